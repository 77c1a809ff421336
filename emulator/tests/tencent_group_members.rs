//! Tencent's group member commands on an emulator in this process: `ModifyGroupMemberInfo`
//! changing a member's role, message blocking type, name card, custom fields and mute, as
//! `GetGroupMemberInfo`, `GetRoleInGroup` and `GetGroupMutedAccount` then answer them, and
//! refusing what the page and the spec's judgement refuse without changing anything;
//! `GetMembers` walking an audio-video group's latest 1,000 online members 500 at a time
//! through the generated pager, and `GetOnlineMemberNum` counting them; `BanGroupMember`
//! removing members from an audio-video group until `UnbanGroupMember`, with
//! `GetGroupBanMember` listing the bans in force page by page; `ImportGroupMember` with its
//! per-member `Result`.

mod support;

use support::code;

use emulator::state::Member;
use imapi::tencent_chat as tc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::Error;

const SDKAPPID: u64 = 1_400_000_008;
const KEY: &str = "group-members-tencent-key";
/// ModifyGroupMemberInfo's example group: leckie owns it, bob is a member.
const GROUP: &str = "@TGS#2CLUZEAEJ";

async fn start() -> emulator::Local {
    start_on(emulator::State::example()).await
}

async fn start_on(state: emulator::State) -> emulator::Local {
    let config = emulator::Config {
        rate_limits: false,
        state,
        ..emulator::Config::new("AKLTgroupmembers", "group-members-secret", SDKAPPID, KEY)
    };
    emulator::Local::start(config).await.unwrap()
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    support::tencent_in(local, SDKAPPID, KEY, identifier)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn modify(account: &str) -> tc::ModifyGroupMemberInfoRequest {
    tc::ModifyGroupMemberInfoRequest {
        group_id: GROUP.into(),
        member_account: account.into(),
        ..Default::default()
    }
}

/// One member's profile as `GetGroupMemberInfo` answers it, custom fields `keys` asked for.
async fn profile(client: &tc::client::Client, account: &str, keys: &[&str]) -> tc::GroupMemberInfo {
    let answer = client
        .get_group_member_info(&tc::GetGroupMemberInfoRequest {
            group_id: GROUP.into(),
            app_defined_data_filter_group_member: Some(
                keys.iter().map(|k| (*k).to_owned()).collect(),
            ),
            ..Default::default()
        })
        .await
        .unwrap();
    answer
        .member_list
        .into_iter()
        .find(|m| m.member_account == account)
        .unwrap_or_else(|| panic!("{account} is listed"))
}

async fn role(client: &tc::client::Client, account: &str) -> tc::RoleInGroup {
    let answer = client
        .get_role_in_group(&tc::GetRoleInGroupRequest {
            group_id: GROUP.into(),
            user_account: vec![account.into()],
        })
        .await
        .unwrap();
    answer.user_id_list[0].role.clone()
}

#[tokio::test]
async fn a_member_is_made_an_admin_and_a_member_again() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Member);

    let set = tc::ModifyGroupMemberInfoRequest {
        role: Some(tc::GroupMemberRole::Admin),
        ..modify("bob")
    };
    admin.modify_group_member_info(&set).await.unwrap();
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Admin);
    assert_eq!(
        profile(&admin, "bob", &[]).await.role,
        Some(tc::GroupMemberRole::Admin)
    );
    // Setting it twice is the same.
    admin.modify_group_member_info(&set).await.unwrap();

    let cancel = tc::ModifyGroupMemberInfoRequest {
        role: Some(tc::GroupMemberRole::Member),
        ..modify("bob")
    };
    admin.modify_group_member_info(&cancel).await.unwrap();
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Member);

    // The owner's role is not this command's to change, nor is Owner a role it sets.
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            role: Some(tc::GroupMemberRole::Admin),
            ..modify("leckie")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            role: Some(tc::GroupMemberRole::Owner),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    assert_eq!(role(&admin, "leckie").await, tc::RoleInGroup::Owner);
    assert_eq!(role(&admin, "bob").await, tc::RoleInGroup::Member);
}

#[tokio::test]
async fn the_profile_fields_set_are_those_get_group_member_info_answers() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // The example state: bob's name card, flag and one custom field.
    let bob = profile(&admin, "bob", &["MemberDefined1", "MemberDefined3"]).await;
    assert_eq!(bob.name_card.as_deref(), Some("Bobby"));
    assert_eq!(bob.msg_flag, Some(tc::GroupMsgFlag::AcceptNotNotify));
    let fields = |m: &tc::GroupMemberInfo| -> Vec<(String, String)> {
        m.app_member_defined_data
            .iter()
            .flatten()
            .map(|f| (f.key.clone(), f.value.clone()))
            .collect()
    };
    assert_eq!(fields(&bob), [("MemberDefined1".into(), "Data1".into())]);

    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            msg_flag: Some(tc::GroupMsgFlag::Discard),
            name_card: Some("bob the builder".into()),
            app_member_defined_data: Some(vec![tc::AppMemberDefinedData {
                key: "MemberDefined3".into(),
                value: "ModifyData3".into(),
            }]),
            ..modify("bob")
        })
        .await
        .unwrap();
    let bob = profile(&admin, "bob", &["MemberDefined1", "MemberDefined3"]).await;
    assert_eq!(bob.name_card.as_deref(), Some("bob the builder"));
    assert_eq!(bob.msg_flag, Some(tc::GroupMsgFlag::Discard));
    // The key sent is added; the one not sent keeps its value.
    assert_eq!(
        fields(&bob),
        [
            ("MemberDefined1".into(), "Data1".into()),
            ("MemberDefined3".into(), "ModifyData3".into())
        ]
    );
    // Custom fields only when asked for, and only those asked for.
    assert_eq!(
        profile(&admin, "bob", &["MemberDefined3"])
            .await
            .app_member_defined_data
            .map(|f| f.len()),
        Some(1)
    );
    let plain = admin
        .get_group_member_info(&tc::GetGroupMemberInfoRequest {
            group_id: GROUP.into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(plain
        .member_list
        .iter()
        .all(|m| m.app_member_defined_data.is_none()));
    // An untouched member reads AcceptAndNotify and an empty name card.
    let leckie = profile(&admin, "leckie", &[]).await;
    assert_eq!(leckie.msg_flag, Some(tc::GroupMsgFlag::AcceptAndNotify));
    assert_eq!(leckie.name_card.as_deref(), Some(""));

    // A name card past 50 bytes is refused (by the client before it is sent).
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            name_card: Some("x".repeat(51)),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

#[tokio::test]
async fn shut_up_time_mutes_and_unmutes_as_forbid_send_msg_does() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let muted = |answer: tc::GetGroupMutedAccountResponse| -> Vec<(String, i64)> {
        answer
            .shutted_uin_list
            .into_iter()
            .map(|m| (m.member_account, m.shutted_until))
            .collect()
    };
    let list = tc::GetGroupMutedAccountRequest {
        group_id: GROUP.into(),
    };
    assert!(muted(admin.get_group_muted_account(&list).await.unwrap()).is_empty());

    let before = now();
    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            shut_up_time: Some(86_400),
            ..modify("bob")
        })
        .await
        .unwrap();
    let listed = muted(admin.get_group_muted_account(&list).await.unwrap());
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].0, "bob");
    assert!((before + 86_400..=before + 86_402).contains(&listed[0].1));
    assert_eq!(
        profile(&admin, "bob", &[]).await.shut_up_until,
        Some(listed[0].1)
    );

    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            shut_up_time: Some(0),
            ..modify("bob")
        })
        .await
        .unwrap();
    assert!(muted(admin.get_group_muted_account(&list).await.unwrap()).is_empty());
}

#[tokio::test]
async fn a_refused_modification_changes_nothing() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // A valid name card beside the owner's role change: the whole request is refused.
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            name_card: Some("the boss".into()),
            role: Some(tc::GroupMemberRole::Member),
            ..modify("leckie")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    assert_eq!(
        profile(&admin, "leckie", &[]).await.name_card.as_deref(),
        Some("")
    );

    // Not a member; an audio-video group; a mute in a Private group; a group owner calling; a group that is gone.
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            name_card: Some("Wes".into()),
            ..modify("wesley")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#a6I4ZUUGO".into(),
            name_card: Some("student".into()),
            ..modify("student9")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#2WORKGRP".into(),
            shut_up_time: Some(60),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    // Other fields of a Private group's members may change.
    admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#2WORKGRP".into(),
            name_card: Some("bob at work".into()),
            ..modify("bob")
        })
        .await
        .unwrap();
    let e = tencent(&local, "leckie")
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            role: Some(tc::GroupMemberRole::Admin),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .modify_group_member_info(&tc::ModifyGroupMemberInfoRequest {
            group_id: "@TGS#none".into(),
            ..modify("bob")
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10010");
}

/// The example state and an audio-video group `@TGS#crowd` of 1,200 online members `u0000`
/// (joined first) to `u1199` (last), every tenth with mark 1000, and two offline members.
fn crowded() -> emulator::State {
    let mut state = emulator::State::example();
    let mut members = std::collections::BTreeMap::new();
    for i in 0..1200_i64 {
        let account = format!("u{i:04}");
        let member = Member {
            account: account.clone(),
            online: true,
            join_time: 1_700_000_000 + i,
            marks: if i % 10 == 0 {
                [1000].into()
            } else {
                Default::default()
            },
            ..Member::default()
        };
        members.insert(account, member);
    }
    for account in ["away1", "away2"] {
        let member = Member {
            account: account.into(),
            online: false,
            join_time: 1_800_000_000,
            ..Member::default()
        };
        members.insert(account.into(), member);
    }
    // A copy of the example's audio-video group with these members.
    let mut crowd = state.groups["@TGS#a6I4ZUUGO"].clone();
    crowd.group_id = "@TGS#crowd".into();
    crowd.owner = Some("u0000".into());
    crowd.members = members;
    state.groups.insert(crowd.group_id.clone(), crowd);
    state
}

fn online(group: &str, mark: Option<i64>) -> tc::GetMembersRequest {
    tc::GetMembersRequest {
        group_id: group.into(),
        timestamp: 0,
        mark,
    }
}

#[tokio::test]
async fn the_latest_thousand_online_members_come_five_hundred_a_page() {
    let local = start_on(crowded()).await;
    let admin = tencent(&local, "administrator");
    let pages: Vec<tc::GetMembersResponse> = admin
        .get_members_pages(online("@TGS#crowd", None))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    // 1,200 online: the latest 1,000 only, in two answers; the offline members never.
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].member_list.len(), 500);
    assert_ne!(pages[0].next_timestamp, 0);
    assert_eq!(pages[1].next_timestamp, 0);
    let accounts: Vec<String> = pages
        .iter()
        .flat_map(|p| p.member_list.iter().map(|m| m.member_account.clone()))
        .collect();
    let expected: Vec<String> = (200..1200).rev().map(|i| format!("u{i:04}")).collect();
    assert_eq!(accounts, expected);
    assert_eq!(pages[0].member_list[0].join_time, Some(1_700_001_199));

    // By mark: the 120 members with mark 1000, in one answer.
    let marked = admin
        .get_members(&online("@TGS#crowd", Some(1000)))
        .await
        .unwrap();
    assert_eq!(marked.member_list.len(), 120);
    assert_eq!(marked.next_timestamp, 0);
    assert!(marked
        .member_list
        .iter()
        .all(|m| m.member_account.ends_with('0')));
}

#[tokio::test]
async fn online_members_carry_their_account_profile_and_other_groups_are_refused() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    admin
        .account_import(&tc::AccountImportRequest {
            user_id: "student9".into(),
            nick: Some("Student 9".into()),
            face_url: Some("http://www.example.com/s9.jpg".into()),
        })
        .await
        .unwrap();
    let answer = admin
        .get_members(&online("@TGS#a6I4ZUUGO", None))
        .await
        .unwrap();
    assert_eq!(answer.next_timestamp, 0);
    let student = answer
        .member_list
        .iter()
        .find(|m| m.member_account == "student9")
        .unwrap();
    assert_eq!(student.nick_name.as_deref(), Some("Student 9"));
    assert_eq!(
        student.avatar.as_deref(),
        Some("http://www.example.com/s9.jpg")
    );
    let teacher = answer
        .member_list
        .iter()
        .find(|m| m.member_account == "teacher10")
        .unwrap();
    assert_eq!(teacher.nick_name.as_deref(), Some(""));

    // A Community group has the list too; a Public group does not.
    admin
        .get_members(&online("@TGS#_@TGS#cQVLVHIM62CJ", None))
        .await
        .unwrap();
    let e = admin
        .get_members(&online("@TGS#2C5SZEAEF", None))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = tencent(&local, "teacher10")
        .get_members(&online("@TGS#a6I4ZUUGO", None))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
}

#[tokio::test]
async fn the_online_count_is_the_members_online_in_any_group() {
    let local = start_on(crowded()).await;
    let admin = tencent(&local, "administrator");
    let count = |group: &str| tc::GetOnlineMemberNumRequest {
        group_id: group.into(),
    };
    // 1,200 online and two offline; the count is not capped as the list is.
    let crowd = admin
        .get_online_member_num(&count("@TGS#crowd"))
        .await
        .unwrap();
    assert_eq!(crowd.online_member_num, 1200);
    // A Public group of four answers too (the current page: every type).
    let public = admin
        .get_online_member_num(&count("@TGS#2C5SZEAEF"))
        .await
        .unwrap();
    assert_eq!(public.online_member_num, 4);
    let e = tencent(&local, "u0000")
        .get_online_member_num(&count("@TGS#crowd"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .get_online_member_num(&count("@TGS#none"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10010");
}

const AV: &str = "@TGS#aJRGC4MH6";

async fn bans(client: &tc::client::Client, limit: Option<i32>) -> Vec<(String, i64)> {
    let pages: Vec<tc::GetGroupBanMemberResponse> = client
        .get_group_ban_member_pages(tc::GetGroupBanMemberRequest {
            group_id: AV.into(),
            limit,
            offset: 0,
        })
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(pages.last().unwrap().next_offset, 0);
    pages
        .into_iter()
        .flat_map(|p| p.banned_account_list)
        .map(|b| (b.member_account, b.banned_until))
        .collect()
}

async fn members(client: &tc::client::Client) -> Vec<String> {
    let answer = client.get_members(&online(AV, None)).await.unwrap();
    let mut accounts: Vec<String> = answer
        .member_list
        .into_iter()
        .map(|m| m.member_account)
        .collect();
    accounts.sort();
    accounts
}

#[tokio::test]
async fn a_ban_removes_the_member_until_it_is_lifted() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // The example state: brennanli1 banned until 2100.
    assert_eq!(
        bans(&admin, None).await,
        [("brennanli1".to_owned(), 4_102_444_800)]
    );
    assert_eq!(
        members(&admin).await,
        ["anchor1", "brennanli12", "brennanli3"]
    );

    let before = now();
    admin
        .ban_group_member(&tc::BanGroupMemberRequest {
            group_id: AV.into(),
            members_account: vec!["brennanli3".into(), "outsider".into()],
            duration: 3600,
            description: Some("you are banned".into()),
        })
        .await
        .unwrap();
    // The member is gone; the outsider is banned too; each ban ends an hour from now.
    assert_eq!(members(&admin).await, ["anchor1", "brennanli12"]);
    let listed = bans(&admin, None).await;
    let accounts: Vec<&str> = listed.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(accounts, ["brennanli1", "brennanli3", "outsider"]);
    let until = listed[1].1;
    assert!((before + 3600..=before + 3602).contains(&until), "{until}");
    // One a page: the pager follows NextOffset to the end.
    assert_eq!(bans(&admin, Some(1)).await, listed);

    admin
        .unban_group_member(&tc::UnbanGroupMemberRequest {
            group_id: AV.into(),
            members_account: vec!["brennanli3".into(), "never-banned".into()],
        })
        .await
        .unwrap();
    let accounts: Vec<String> = bans(&admin, None)
        .await
        .into_iter()
        .map(|(a, _)| a)
        .collect();
    assert_eq!(accounts, ["brennanli1", "outsider"]);
    // Unbanned is not back in the group: it may rejoin.
    assert_eq!(members(&admin).await, ["anchor1", "brennanli12"]);

    // A ban of 0 seconds has already ended: listed nowhere, though the member is gone.
    admin
        .ban_group_member(&tc::BanGroupMemberRequest {
            group_id: AV.into(),
            members_account: vec!["brennanli12".into()],
            duration: 0,
            description: None,
        })
        .await
        .unwrap();
    assert_eq!(members(&admin).await, ["anchor1"]);
    assert_eq!(bans(&admin, None).await.len(), 2);
}

#[tokio::test]
async fn bans_are_for_audio_video_groups_and_administrators() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let ban = |group: &str| tc::BanGroupMemberRequest {
        group_id: group.into(),
        members_account: vec!["tommy".into()],
        duration: 60,
        description: None,
    };
    let e = admin
        .ban_group_member(&ban("@TGS#2C5SZEAEF"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = tencent(&local, "anchor1")
        .ban_group_member(&ban(AV))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .get_group_ban_member(&tc::GetGroupBanMemberRequest {
            group_id: "@TGS#none".into(),
            limit: None,
            offset: 0,
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10010");
    // More than 20 accounts: the client refuses before sending (the server answers 10005).
    let e = admin
        .ban_group_member(&tc::BanGroupMemberRequest {
            members_account: (0..21).map(|i| format!("a{i}")).collect(),
            ..ban(AV)
        })
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

fn imported(account: &str, join_time: Option<i64>, unread: Option<i32>) -> tc::ImportedGroupMember {
    tc::ImportedGroupMember {
        member_account: account.into(),
        role: None,
        join_time,
        unread_msg_num: unread,
    }
}

#[tokio::test]
async fn imported_members_join_at_their_time_each_with_its_result() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // @TGS#15ERQPAER holds two messages and two members.
    let group = "@TGS#15ERQPAER";
    let answer = admin
        .import_group_member(&tc::ImportGroupMemberRequest {
            group_id: group.into(),
            member_list: vec![
                tc::ImportedGroupMember {
                    role: Some(tc::GroupMemberRole::Admin),
                    ..imported("tommy", Some(1_448_357_837), Some(5))
                },
                imported("jared", None, Some(1)),
                imported("144115197276518801", Some(1_448_357_837), None),
                imported("future", Some(now() + 3600), None),
                imported("tommy", Some(1_448_357_900), None),
            ],
        })
        .await
        .unwrap();
    let results: Vec<(String, tc::ImportMemberResult)> = answer
        .member_list
        .into_iter()
        .map(|m| (m.member_account, m.result))
        .collect();
    use tc::ImportMemberResult::{AlreadyMember, Failed, Imported};
    assert_eq!(
        results,
        [
            ("tommy".to_owned(), Imported),
            ("jared".to_owned(), Imported),
            ("144115197276518801".to_owned(), AlreadyMember),
            ("future".to_owned(), Failed),
            ("tommy".to_owned(), AlreadyMember),
        ]
    );

    // The group now lists them: tommy at his join time and as an admin.
    let info = admin
        .get_group_member_info(&tc::GetGroupMemberInfoRequest {
            group_id: group.into(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(info.member_num, 4);
    let tommy = info
        .member_list
        .iter()
        .find(|m| m.member_account == "tommy")
        .unwrap();
    assert_eq!(tommy.join_time, Some(1_448_357_837));
    assert_eq!(tommy.role, Some(tc::GroupMemberRole::Admin));
    assert!(info
        .member_list
        .iter()
        .any(|m| m.member_account == "jared" && m.role == Some(tc::GroupMemberRole::Member)));
    // Unread counts are capped at the group's two messages.
    let state = local.app().emulator().snapshot();
    let members = &state.groups[group].members;
    assert_eq!(members["tommy"].unread_msg_num, 2);
    assert_eq!(members["jared"].unread_msg_num, 1);
    assert!(!members.contains_key("future"));
}

#[tokio::test]
async fn imports_refused_whole() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let import = |group: &str, member: tc::ImportedGroupMember| tc::ImportGroupMemberRequest {
        group_id: group.into(),
        member_list: vec![member],
    };
    // A role the page does not import: nothing is imported.
    let e = admin
        .import_group_member(&tc::ImportGroupMemberRequest {
            group_id: "@TGS#2J4SZEAEL".into(),
            member_list: vec![
                imported("jared", None, None),
                tc::ImportedGroupMember {
                    role: Some(tc::GroupMemberRole::Owner),
                    ..imported("tommy", None, None)
                },
            ],
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let state = local.app().emulator().snapshot();
    assert!(!state.groups["@TGS#2J4SZEAEL"].members.contains_key("jared"));
    let e = admin
        .import_group_member(&import("@TGS#a6I4ZUUGO", imported("tommy", None, None)))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = tencent(&local, "leckie")
        .import_group_member(&import("@TGS#2J4SZEAEL", imported("tommy", None, None)))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    // More than 300: the client refuses before sending (the server answers 10005).
    let e = admin
        .import_group_member(&tc::ImportGroupMemberRequest {
            group_id: "@TGS#2J4SZEAEL".into(),
            member_list: (0..301)
                .map(|i| imported(&format!("m{i}"), None, None))
                .collect(),
        })
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}
