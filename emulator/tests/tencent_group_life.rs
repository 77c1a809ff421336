//! Tencent's group lifecycle and base information on an emulator in this process:
//! `CreateGroup` (assigned and custom IDs, initial members and their roles, the audio-video
//! group's rules, the member limit), `GetGroupInfo` (per group, filtered), `ModifyGroupBaseInfo`
//! (what it changes, what `GetGroupInfo` then shows) and `GetJoinedGroupList` (walked by the
//! generated pager, filtered by type, audio-video groups on request) and `ImportGroup` (its
//! creation time kept).

mod support;

use support::code;

use imapi::tencent_chat as tc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::Error;

const SDKAPPID: u64 = 1_400_000_025;
const KEY: &str = "group-life-tencent-key";

async fn start() -> emulator::Local {
    support::in_process("AKLTgrouplife", "group-life-secret", SDKAPPID, KEY).await
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    support::tencent_in(local, SDKAPPID, KEY, identifier)
}

fn group(local: &emulator::Local, id: &str) -> emulator::state::Group {
    local.app().emulator().snapshot().groups[id].clone()
}

fn member(account: &str, admin: bool) -> tc::InitialGroupMember {
    tc::InitialGroupMember {
        member_account: account.into(),
        role: admin.then_some(tc::GroupMemberRole::Admin),
        app_member_defined_data: None,
    }
}

#[tokio::test]
async fn a_created_group_holds_its_owner_members_and_information() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let request = tc::CreateGroupRequest {
        owner_account: Some("leckie".into()),
        introduction: Some("About us".into()),
        max_member_count: Some(50),
        apply_join_option: Some(tc::ApplyJoinOption::FreeAccess),
        member_list: Some(vec![member("bob", true), member("peter", false)]),
        app_defined_data: Some(vec![tc::GroupDefinedData {
            key: "k".into(),
            value: "v".into(),
        }]),
        ..tc::CreateGroupRequest::new(tc::GroupType::Public, "TestGroup")
    };
    let created = admin.create_group(&request).await.unwrap();
    // An assigned ID of a public group, answered without a type.
    assert!(
        created.group_id.starts_with("@TGS#2"),
        "{}",
        created.group_id
    );
    assert_eq!(created.r#type, None);

    // Each member's role: the owner, the admin asked for, an ordinary member.
    let roles = admin
        .get_role_in_group(&tc::GetRoleInGroupRequest {
            group_id: created.group_id.clone(),
            user_account: vec![
                "leckie".into(),
                "bob".into(),
                "peter".into(),
                "tommy".into(),
            ],
        })
        .await
        .unwrap();
    let roles: Vec<String> = roles
        .user_id_list
        .into_iter()
        .map(|r| r.role.as_str().to_owned())
        .collect();
    assert_eq!(roles, ["Owner", "Admin", "Member", "NotMember"]);

    let stored = group(&local, &created.group_id);
    assert_eq!(stored.info.name, "TestGroup");
    assert_eq!(stored.info.introduction, "About us");
    assert_eq!(stored.info.max_member_count, 50);
    assert_eq!(stored.info.apply_join_option, "FreeAccess");
    assert_eq!(stored.info.app_defined_data["k"], "v");
    assert!(stored.info.create_time > 0);

    // Another group gets another ID; the defaults: NeedPermission, the type's member limit.
    let second = admin
        .create_group(&tc::CreateGroupRequest::new(tc::GroupType::Private, "Work"))
        .await
        .unwrap();
    assert!(second.group_id.starts_with("@TGS#1"), "{}", second.group_id);
    assert_ne!(second.group_id, created.group_id);
    let stored = group(&local, &second.group_id);
    assert_eq!(stored.info.apply_join_option, "NeedPermission");
    assert_eq!(stored.info.max_member_count, 200);
    assert!(stored.owner.is_none() && stored.members.is_empty());
}

#[tokio::test]
async fn a_custom_group_id_is_used_once() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let custom = |owner: &str| tc::CreateGroupRequest {
        owner_account: Some(owner.into()),
        group_id: Some("MyFirstGroup".into()),
        ..tc::CreateGroupRequest::new(tc::GroupType::Public, "TestGroup")
    };
    let created = admin.create_group(&custom("leckie")).await.unwrap();
    assert_eq!(created.group_id, "MyFirstGroup");
    // The same ID again: 10025 for the group's own owner, 10021 for anyone else.
    let e = admin.create_group(&custom("leckie")).await.unwrap_err();
    assert_eq!(code(&e), "10025");
    let e = admin.create_group(&custom("bob")).await.unwrap_err();
    assert_eq!(code(&e), "10021");
    // Once the group is disbanded, the ID is free again.
    admin
        .destroy_group(&tc::DestroyGroupRequest {
            group_id: "MyFirstGroup".into(),
        })
        .await
        .unwrap();
    admin.create_group(&custom("bob")).await.unwrap();

    // The assigned IDs' prefix is not for custom IDs, except a Community's own `@TGS#_`.
    let prefixed = |ty, id: &str| tc::CreateGroupRequest {
        group_id: Some(id.into()),
        ..tc::CreateGroupRequest::new(ty, "TestGroup")
    };
    let e = admin
        .create_group(&prefixed(tc::GroupType::Public, "@TGS#Mine"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let e = admin
        .create_group(&prefixed(tc::GroupType::Community, "Mine"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let community = admin
        .create_group(&prefixed(tc::GroupType::Community, "@TGS#_Mine"))
        .await
        .unwrap();
    assert_eq!(community.group_id, "@TGS#_Mine");
    assert_eq!(community.r#type, Some(tc::GroupType::Community));
    // An assigned Community ID has the Community prefix.
    let assigned = admin
        .create_group(&tc::CreateGroupRequest::new(tc::GroupType::Community, "C"))
        .await
        .unwrap();
    assert!(
        assigned.group_id.starts_with("@TGS#_@TGS#c"),
        "{}",
        assigned.group_id
    );
}

#[tokio::test]
async fn an_audio_video_group_is_created_without_members() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let mut request = tc::CreateGroupRequest {
        owner_account: Some("teacher10".into()),
        member_list: Some(vec![member("student9", false)]),
        ..tc::CreateGroupRequest::new(tc::GroupType::AvChatRoom, "Live")
    };
    let e = admin.create_group(&request).await.unwrap_err();
    assert_eq!(code(&e), "10007");
    // Without members it is created; its owner joins through the SDK, so it has no member yet.
    request.member_list = None;
    let created = admin.create_group(&request).await.unwrap();
    let stored = group(&local, &created.group_id);
    assert_eq!(stored.group_type, "AVChatRoom");
    assert_eq!(stored.owner.as_deref(), Some("teacher10"));
    assert!(stored.members.is_empty());
}

#[tokio::test]
async fn the_first_members_fit_in_the_groups_limit_and_only_an_admin_creates() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let request = |max| tc::CreateGroupRequest {
        owner_account: Some("leckie".into()),
        max_member_count: Some(max),
        member_list: Some(vec![member("bob", false), member("leckie", true)]),
        ..tc::CreateGroupRequest::new(tc::GroupType::Public, "Small")
    };
    // leckie is the owner and named again: two members, not three.
    let e = admin.create_group(&request(1)).await.unwrap_err();
    assert_eq!(code(&e), "10038");
    let created = admin.create_group(&request(2)).await.unwrap();
    let stored = group(&local, &created.group_id);
    assert_eq!(stored.members.len(), 2);
    assert!(
        !stored.members["leckie"].admin,
        "the owner is not made an admin"
    );

    // A group owner is not the app admin.
    let owner = tencent(&local, "leckie");
    let e = owner.create_group(&request(2)).await.unwrap_err();
    assert_eq!(code(&e), "10007");
    // Longer than 30 bytes: ten Chinese characters are 30, eleven are 33.
    let name = |n| tc::CreateGroupRequest::new(tc::GroupType::Public, "群".repeat(n));
    admin.create_group(&name(10)).await.unwrap();
    let e = admin.create_group(&name(11)).await.unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

fn info_request(ids: &[&str]) -> tc::GetGroupInfoRequest {
    tc::GetGroupInfoRequest {
        group_id_list: ids.iter().map(|s| (*s).to_owned()).collect(),
        response_filter: None,
    }
}

#[tokio::test]
async fn group_information_is_given_per_group_and_as_filtered() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let created = admin
        .create_group(&tc::CreateGroupRequest {
            owner_account: Some("leckie".into()),
            notification: Some("Welcome".into()),
            member_list: Some(vec![member("bob", true)]),
            app_defined_data: Some(vec![
                tc::GroupDefinedData {
                    key: "a".into(),
                    value: "1".into(),
                },
                tc::GroupDefinedData {
                    key: "b".into(),
                    value: "2".into(),
                },
            ]),
            ..tc::CreateGroupRequest::new(tc::GroupType::Public, "Readers")
        })
        .await
        .unwrap();
    let id = created.group_id.as_str();
    admin
        .send_group_msg(&tc::SendGroupMsgRequest {
            from_account: Some("bob".into()),
            ..tc::SendGroupMsgRequest::new(
                id,
                7,
                vec![tc::TimMsgElement::Text(tc::TimTextElem::new("hi"))],
            )
        })
        .await
        .unwrap();

    // Everything, one item per group asked, in that order: a missing group fails alone.
    let answer = admin
        .get_group_info(&info_request(&[id, "@TGS#none", ""]))
        .await
        .unwrap();
    let [group, missing, empty] = &answer.group_info[..] else {
        panic!("three items: {answer:?}");
    };
    assert_eq!(
        (missing.group_id.as_str(), missing.error_code),
        ("@TGS#none", 10010)
    );
    assert_eq!(empty.error_code, 10015);
    assert_eq!(missing.name, None);
    assert_eq!(group.error_code, 0);
    assert_eq!(group.r#type, Some(tc::GroupType::Public));
    assert_eq!(group.name.as_deref(), Some("Readers"));
    assert_eq!(group.notification.as_deref(), Some("Welcome"));
    assert_eq!(group.owner_account.as_deref(), Some("leckie"));
    assert_eq!(group.appid, Some(SDKAPPID as i64));
    assert_eq!(group.member_num, Some(2));
    assert_eq!(group.max_member_num, Some(2000));
    assert_eq!(group.next_msg_seq, Some(2), "one message sent");
    assert_eq!(
        group.apply_join_option,
        Some(tc::ApplyJoinOption::NeedPermission)
    );
    assert_eq!(group.mute_all_member, Some(tc::MuteAllMember::Off));
    assert_eq!(group.app_defined_data.as_ref().map(Vec::len), Some(2));
    let members = group.member_list.as_ref().unwrap();
    let roles: Vec<_> = members.iter().map(|m| m.role.clone().unwrap()).collect();
    assert_eq!(
        roles,
        [tc::GroupMemberRole::Owner, tc::GroupMemberRole::Admin]
    );
    let bob = &members[1];
    assert_eq!(bob.last_send_msg_time, group.last_msg_time);
    assert!(bob.last_send_msg_time.unwrap() > 0);

    // A filter gives what it names: two basic fields, roles only, one custom field.
    let filtered = admin
        .get_group_info(&tc::GetGroupInfoRequest {
            response_filter: Some(tc::GroupInfoResponseFilter {
                group_base_info_filter: Some(vec!["Name".into(), "MemberNum".into()]),
                member_info_filter: Some(vec!["Role".into()]),
                app_defined_data_filter_group: Some(vec!["b".into()]),
                app_defined_data_filter_group_member: None,
            }),
            ..info_request(&[id])
        })
        .await
        .unwrap();
    let group = &filtered.group_info[0];
    assert_eq!(group.name.as_deref(), Some("Readers"));
    assert_eq!(group.member_num, Some(2));
    assert_eq!(
        (group.r#type.as_ref(), group.notification.as_ref()),
        (None, None)
    );
    let custom = group.app_defined_data.as_ref().unwrap();
    assert_eq!(custom.len(), 1);
    assert_eq!(
        (custom[0].key.as_str(), custom[0].value.as_str()),
        ("b", "2")
    );
    let members = group.member_list.as_ref().unwrap();
    assert!(members
        .iter()
        .all(|m| m.role.is_some() && m.join_time.is_none()));

    // A filter without members gives no member list; a group owner is not the app admin.
    let bare = admin
        .get_group_info(&tc::GetGroupInfoRequest {
            response_filter: Some(tc::GroupInfoResponseFilter {
                group_base_info_filter: Some(vec!["Type".into()]),
                ..Default::default()
            }),
            ..info_request(&[id])
        })
        .await
        .unwrap();
    assert_eq!(bare.group_info[0].member_list, None);
    assert_eq!(bare.group_info[0].app_defined_data, None);
    let e = tencent(&local, "leckie")
        .get_group_info(&info_request(&[id]))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
}

fn modify(group: &str) -> tc::ModifyGroupBaseInfoRequest {
    tc::ModifyGroupBaseInfoRequest {
        group_id: group.into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn a_modification_changes_what_it_names_and_group_information_shows_it() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let id = "@TGS#1NVTZEAE4";
    let before = group(&local, id).info;
    assert_eq!(before.name, "MyFirstGroup");

    admin
        .modify_group_base_info(&tc::ModifyGroupBaseInfoRequest {
            name: Some("NewName".into()),
            max_member_num: Some(80),
            apply_join_option: Some(tc::ApplyJoinOption::DisableApply),
            mute_all_member: Some(tc::MuteAllMember::On),
            app_defined_data: Some(vec![
                tc::GroupDefinedData {
                    key: "GroupTestData1".into(),
                    value: String::new(),
                },
                tc::GroupDefinedData {
                    key: "Fresh".into(),
                    value: "yes".into(),
                },
            ]),
            ..modify(id)
        })
        .await
        .unwrap();
    let answer = admin.get_group_info(&info_request(&[id])).await.unwrap();
    let info = &answer.group_info[0];
    assert_eq!(info.name.as_deref(), Some("NewName"));
    // What the request left out stays.
    assert_eq!(
        info.introduction.as_deref(),
        Some(before.introduction.as_str())
    );
    assert_eq!(info.face_url.as_deref(), Some(before.face_url.as_str()));
    assert_eq!(info.max_member_num, Some(80));
    assert_eq!(
        info.apply_join_option,
        Some(tc::ApplyJoinOption::DisableApply)
    );
    assert_eq!(info.mute_all_member, Some(tc::MuteAllMember::On));
    // An empty value removed a custom field; a new key was added.
    let custom: Vec<(&str, &str)> = info
        .app_defined_data
        .iter()
        .flatten()
        .map(|d| (d.key.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(custom, [("Fresh", "yes")]);
    assert!(info.last_info_time.unwrap() > before.last_info_time);
    assert_eq!(info.create_time, Some(before.create_time));

    // The earlier pages' ShutUpAllMember lifts it the same way; the two together are refused.
    admin
        .modify_group_base_info(&tc::ModifyGroupBaseInfoRequest {
            shut_up_all_member: Some(tc::MuteAllMember::Off),
            ..modify(id)
        })
        .await
        .unwrap();
    assert!(!group(&local, id).info.mute_all_member);
    let e = admin
        .modify_group_base_info(&tc::ModifyGroupBaseInfoRequest {
            mute_all_member: Some(tc::MuteAllMember::On),
            shut_up_all_member: Some(tc::MuteAllMember::On),
            ..modify(id)
        })
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");

    // An audio-video group keeps no member limit; an unknown group is 10010; a group owner is
    // not the app admin.
    let live = "@TGS#a6I4ZUUGO";
    admin
        .modify_group_base_info(&tc::ModifyGroupBaseInfoRequest {
            max_member_num: Some(10),
            name: Some("Live".into()),
            ..modify(live)
        })
        .await
        .unwrap();
    assert_eq!(group(&local, live).info.max_member_count, 0);
    assert_eq!(group(&local, live).info.name, "Live");
    let e = admin
        .modify_group_base_info(&modify("@TGS#none"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10010");
    let e = tencent(&local, "leckie")
        .modify_group_base_info(&modify(id))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
}

fn joined(account: &str) -> tc::GetJoinedGroupListRequest {
    tc::GetJoinedGroupListRequest {
        member_account: account.into(),
        ..Default::default()
    }
}

/// The groups of the example state `account` is a member of, by ID, but audio-video ones.
fn example_memberships(account: &str) -> Vec<String> {
    emulator::State::example()
        .groups
        .values()
        .filter(|g| g.group_type != "AVChatRoom" && g.members.contains_key(account))
        .map(|g| g.group_id.clone())
        .collect()
}

#[tokio::test]
async fn the_groups_an_account_joined_are_walked_page_by_page() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let all = example_memberships("leckie");
    assert!(all.len() > 3, "leckie is in enough groups to page: {all:?}");

    // Without Limit, every group in one answer, each only its ID.
    let one = admin
        .get_joined_group_list(&joined("leckie"))
        .await
        .unwrap();
    assert_eq!(one.total_count as usize, all.len());
    let ids: Vec<String> = one
        .group_id_list
        .iter()
        .map(|g| g.group_id.clone())
        .collect();
    assert_eq!(ids, all);
    assert!(one
        .group_id_list
        .iter()
        .all(|g| g.name.is_none() && g.self_info.is_none()));

    // Two a page: the pager walks the offsets until TotalCount.
    let pages: Vec<_> = admin
        .get_joined_group_list_pages(tc::GetJoinedGroupListRequest {
            limit: Some(2),
            ..joined("leckie")
        })
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(pages.len(), all.len().div_ceil(2));
    let walked: Vec<String> = pages
        .iter()
        .flat_map(|p| p.group_id_list.iter().map(|g| g.group_id.clone()))
        .collect();
    assert_eq!(walked, all);

    // A group created for leckie is listed too; a type keeps that type only.
    let created = admin
        .create_group(&tc::CreateGroupRequest {
            owner_account: Some("leckie".into()),
            ..tc::CreateGroupRequest::new(tc::GroupType::ChatRoom, "Meeting")
        })
        .await
        .unwrap();
    let meetings = admin
        .get_joined_group_list(&tc::GetJoinedGroupListRequest {
            group_type: Some(tc::GroupType::ChatRoom),
            ..joined("leckie")
        })
        .await
        .unwrap();
    assert_eq!(meetings.total_count, 1);
    assert_eq!(meetings.group_id_list[0].group_id, created.group_id);
}

#[tokio::test]
async fn joined_groups_carry_what_the_filters_ask_and_audio_video_groups_on_request() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // teacher10 is in the audio-video group only: listed with WithHugeGroups 1.
    let none = admin
        .get_joined_group_list(&joined("teacher10"))
        .await
        .unwrap();
    assert_eq!((none.total_count, none.group_id_list.len()), (0, 0));
    let live = admin
        .get_joined_group_list(&tc::GetJoinedGroupListRequest {
            with_huge_groups: Some(1),
            ..joined("teacher10")
        })
        .await
        .unwrap();
    assert_eq!(live.group_id_list[0].group_id, "@TGS#a6I4ZUUGO");

    let filtered = admin
        .get_joined_group_list(&tc::GetJoinedGroupListRequest {
            response_filter: Some(tc::JoinedGroupResponseFilter {
                group_base_info_filter: Some(vec!["Name".into(), "MemberNum".into()]),
                self_info_filter: Some(vec!["Role".into(), "JoinTime".into()]),
            }),
            ..joined("bob")
        })
        .await
        .unwrap();
    let first = filtered
        .group_id_list
        .iter()
        .find(|g| g.group_id == "@TGS#1NVTZEAE4")
        .expect("bob owns @TGS#1NVTZEAE4");
    assert_eq!(first.name.as_deref(), Some("MyFirstGroup"));
    assert_eq!(first.member_num, Some(2));
    assert_eq!(first.r#type, None);
    let own = first.self_info.as_ref().unwrap();
    assert_eq!(own.role, Some(tc::GroupMemberRole::Owner));
    assert_eq!(own.join_time, Some(1425976500));
    assert_eq!(own.msg_flag, None);

    let e = tencent(&local, "leckie")
        .get_joined_group_list(&joined("leckie"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
}

#[tokio::test]
async fn an_imported_group_keeps_its_creation_time() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let imported = admin
        .import_group(&tc::ImportGroupRequest {
            owner_account: Some("leckie".into()),
            group_id: Some("Migrated".into()),
            create_time: Some(1_448_357_837),
            ..tc::ImportGroupRequest::new(tc::GroupType::Public, "Old")
        })
        .await
        .unwrap();
    assert_eq!(imported.group_id, "Migrated");
    let stored = group(&local, "Migrated");
    assert_eq!(stored.info.create_time, 1_448_357_837);
    assert_eq!(stored.members["leckie"].join_time, 1_448_357_837);
    let info = admin
        .get_group_info(&info_request(&["Migrated"]))
        .await
        .unwrap();
    assert_eq!(info.group_info[0].create_time, Some(1_448_357_837));
    assert_eq!(info.group_info[0].owner_account.as_deref(), Some("leckie"));

    // Without CreateTime, the time of the request; an ID in use is refused as CreateGroup does.
    let now = admin
        .import_group(&tc::ImportGroupRequest::new(tc::GroupType::Community, "C"))
        .await
        .unwrap();
    assert!(now.group_id.starts_with("@TGS#_@TGS#c"));
    assert!(group(&local, &now.group_id).info.create_time > 1_448_357_837);
    let again = tc::ImportGroupRequest {
        group_id: Some("Migrated".into()),
        ..tc::ImportGroupRequest::new(tc::GroupType::Public, "Old")
    };
    let e = admin.import_group(&again).await.unwrap_err();
    assert_eq!(code(&e), "10021");

    // An audio-video group cannot be imported; a group owner is not the app admin.
    let e = admin
        .import_group(&tc::ImportGroupRequest::new(
            tc::GroupType::AvChatRoom,
            "Live",
        ))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = tencent(&local, "leckie")
        .import_group(&tc::ImportGroupRequest::new(tc::GroupType::Public, "Old"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
}
