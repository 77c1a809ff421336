//! Tencent's group member and history operations on an emulator in this process:
//! `AddGroupMember` (its results, its 300-member limit answered with 10005, the refused group
//! types), `GetGroupMemberInfo` walked by offset and, for a Community group, by `Next`, and
//! `GroupMsgGetSimple` returning what `SendGroupMsg` stored, newest first, walked to the end,
//! `DeleteGroupMember` and `GetRoleInGroup` (who left, each account's role), `ChangeGroupOwner`
//! (the roles after a transfer), `ForbidSendMsg` (`ShutUpUntil` set and cleared), and
//! `DestroyGroup` (the group gone, later calls answered 10010).

mod support;

use support::code;

use imapi::tencent_chat as tc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::Error;

const SDKAPPID: u64 = 1_400_000_006;
const KEY: &str = "groups-tencent-key";

async fn start() -> emulator::Local {
    support::in_process("AKLTgroups", "groups-secret", SDKAPPID, KEY).await
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    support::tencent_in(local, SDKAPPID, KEY, identifier)
}

fn add(group: &str, accounts: &[&str]) -> tc::AddGroupMemberRequest {
    tc::AddGroupMemberRequest {
        group_id: group.into(),
        silence: None,
        member_list: accounts
            .iter()
            .map(|a| tc::NewGroupMember {
                member_account: (*a).into(),
            })
            .collect(),
    }
}

fn members(group: &str) -> tc::GetGroupMemberInfoRequest {
    tc::GetGroupMemberInfoRequest {
        group_id: group.into(),
        member_info_filter: None,
        member_role_filter: None,
        app_defined_data_filter_group_member: None,
        limit: None,
        offset: None,
        next: None,
    }
}

#[tokio::test]
async fn added_members_are_listed_and_a_repeat_is_already_a_member() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let added = admin
        .add_group_member(&add(
            "@TGS#2J4SZEAEL",
            &["tommy", "jared", "leckie", "tommy"],
        ))
        .await
        .unwrap();
    let results: Vec<_> = added
        .member_list
        .iter()
        .map(|m| (m.member_account.as_str(), m.result))
        .collect();
    assert_eq!(
        results,
        [
            ("tommy", tc::AddMemberResult::Added),
            ("jared", tc::AddMemberResult::Added),
            ("leckie", tc::AddMemberResult::AlreadyMember),
            ("tommy", tc::AddMemberResult::AlreadyMember),
        ]
    );
    let listed = admin
        .get_group_member_info(&members("@TGS#2J4SZEAEL"))
        .await
        .unwrap();
    assert_eq!(listed.member_num, 3);
    let mut accounts: Vec<_> = listed
        .member_list
        .iter()
        .map(|m| m.member_account.as_str())
        .collect();
    assert_eq!(accounts[0], "leckie", "the owner joined first");
    accounts.sort_unstable();
    assert_eq!(accounts, ["jared", "leckie", "tommy"]);
    assert_eq!(listed.member_list[0].role, Some(tc::GroupMemberRole::Owner));
}

#[tokio::test]
async fn adding_more_than_300_members_is_10005_and_adds_no_one() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let accounts: Vec<String> = (0..301).map(|i| format!("user{i}")).collect();
    let refs: Vec<&str> = accounts.iter().map(String::as_str).collect();
    let mut request = add("@TGS#2J4SZEAEL", &refs);
    // The client's own validation refuses it first, with the same code.
    match admin.add_group_member(&request).await.unwrap_err() {
        Error::InvalidRequest(violations) => {
            assert_eq!(violations.code().map(|c| c.code), Some("10005"))
        }
        other => panic!("refused before sending: {other}"),
    }
    // The server answers 10005 too (sent without the client's validation).
    let unchecked = tc::client::Client::builder(SDKAPPID, "administrator", KEY)
        .base_url(local.base_url.clone())
        .allow_http(true)
        .validate(false)
        .build()
        .unwrap();
    let e = unchecked.add_group_member(&request).await.unwrap_err();
    assert_eq!(code(&e), "10005");
    request.member_list.truncate(300);
    let listed = admin
        .get_group_member_info(&members("@TGS#2J4SZEAEL"))
        .await
        .unwrap();
    assert_eq!(listed.member_num, 1, "nothing was added");
    admin.add_group_member(&request).await.unwrap();
    let listed = admin
        .get_group_member_info(&members("@TGS#2J4SZEAEL"))
        .await
        .unwrap();
    assert_eq!(listed.member_num, 301);
}

#[tokio::test]
async fn group_operations_refuse_with_the_documented_codes() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let av = admin
        .add_group_member(&add("@TGS#a6I4ZUUGO", &["tommy"]))
        .await
        .unwrap_err();
    assert_eq!(code(&av), "10007", "AVChatRoom takes no added members");
    let missing = admin
        .get_group_member_info(&members("@TGS#NoSuchGroup"))
        .await
        .unwrap_err();
    assert_eq!(code(&missing), "10010");
    let history = tc::GroupMsgGetSimpleRequest {
        group_id: "@TGS#a6I4ZUUGO".into(),
        req_msg_number: 5,
        req_msg_seq: None,
        with_recalled_msg: None,
    };
    let av = admin.group_msg_get_simple(&history).await.unwrap_err();
    assert_eq!(code(&av), "10007", "AVChatRoom stores no history");
    let not_admin = tencent(&local, "leckie")
        .add_group_member(&add("@TGS#2J4SZEAEL", &["tommy"]))
        .await
        .unwrap_err();
    assert_eq!(
        code(&not_admin),
        "10007",
        "the pages' code for insufficient permission"
    );
    let mut next_on_public = members("@TGS#1NVTZEAE4");
    next_on_public.next = Some(String::new());
    let e = admin
        .get_group_member_info(&next_on_public)
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004", "Next is for Community groups");
}

#[tokio::test]
async fn members_page_by_offset_to_member_num_and_a_community_by_next() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let accounts: Vec<String> = (0..5).map(|i| format!("m{i}")).collect();
    let refs: Vec<&str> = accounts.iter().map(String::as_str).collect();
    admin
        .add_group_member(&add("@TGS#1NVTZEAE4", &refs))
        .await
        .unwrap();
    // Offset paging: 7 members, 3 a page, ends once the offset reaches MemberNum.
    let mut request = members("@TGS#1NVTZEAE4");
    request.limit = Some(3);
    let pages: Vec<_> = admin
        .get_group_member_info_pages(request)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let sizes: Vec<usize> = pages.iter().map(|p| p.member_list.len()).collect();
    assert_eq!(sizes, [3, 3, 1]);
    let mut seen: Vec<String> = pages
        .iter()
        .flat_map(|p| p.member_list.iter().map(|m| m.member_account.clone()))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 7, "every member once");

    // A Community group by Next: "" first, the last batch answers "".
    let mut request = members("@TGS#_@TGS#cQVLVHIM62CJ");
    request.limit = Some(2);
    request.next = Some(String::new());
    let pages: Vec<_> = admin
        .get_group_member_info_pages(request)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let batches: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| {
            p.member_list
                .iter()
                .map(|m| m.member_account.as_str())
                .collect()
        })
        .collect();
    assert_eq!(batches, [vec!["bob", "peter"], vec!["leckie"]]);
    assert_eq!(pages[1].next.as_deref(), Some(""));

    // Role filter and field filter.
    let mut owners = members("@TGS#1NVTZEAE4");
    owners.member_role_filter = Some(vec![tc::GroupMemberRole::Owner]);
    owners.member_info_filter = Some(vec!["Role".into()]);
    let only = admin.get_group_member_info(&owners).await.unwrap();
    assert_eq!(only.member_list.len(), 1);
    assert_eq!(only.member_list[0].member_account, "bob");
    assert_eq!(only.member_list[0].join_time, None, "not asked for");
}

#[tokio::test]
async fn history_returns_sent_messages_newest_first_and_walks_to_the_first() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#2C5SZEAEF";
    for i in 0..5u32 {
        let body = vec![tc::TimMsgElement::Text(tc::TimTextElem {
            text: format!("message {i}"),
        })];
        let mut send = tc::SendGroupMsgRequest::new(group, 1000 + i, body);
        if i == 4 {
            send = send.with_msg_priority(tc::MsgPriority::Low);
        }
        admin.send_group_msg(&send).await.unwrap();
    }
    let first = tc::GroupMsgGetSimpleRequest {
        group_id: group.into(),
        req_msg_number: 2,
        req_msg_seq: None,
        with_recalled_msg: None,
    };
    let latest = admin.group_msg_get_simple(&first).await.unwrap();
    assert_eq!(latest.is_finished, 0, "older messages remain");
    let seqs: Vec<i64> = latest.rsp_msg_list.iter().map(|m| m.msg_seq).collect();
    assert_eq!(seqs, [5, 4]);
    assert_eq!(latest.rsp_msg_list[0].msg_random, 1004);
    assert_eq!(latest.rsp_msg_list[0].from_account, "administrator");
    // Stored priorities come back as numbers: Low is 3, the default Normal 2.
    assert_eq!(
        latest.rsp_msg_list[0].msg_priority,
        Some(tc::StoredMsgPriority::Low)
    );
    assert_eq!(
        latest.rsp_msg_list[1].msg_priority,
        Some(tc::StoredMsgPriority::Normal)
    );
    assert_eq!(
        latest.rsp_msg_list[1].msg_body,
        [tc::HistoryMsgElement::Text(tc::TimTextElem {
            text: "message 3".into()
        })]
    );
    // The pager sends the smallest seq minus 1 each time, and stops on IsFinished 1.
    let pages: Vec<_> = admin
        .group_msg_get_simple_pages(first)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let walked: Vec<Vec<i64>> = pages
        .iter()
        .map(|p| p.rsp_msg_list.iter().map(|m| m.msg_seq).collect())
        .collect();
    assert_eq!(walked, [vec![5, 4], vec![3, 2], vec![1]]);
    assert_eq!(pages.last().unwrap().is_finished, 1);
    // A seq below every message: an empty, finished page.
    let none = tc::GroupMsgGetSimpleRequest {
        group_id: group.into(),
        req_msg_number: 20,
        req_msg_seq: Some(0),
        with_recalled_msg: None,
    };
    let empty = admin.group_msg_get_simple(&none).await.unwrap();
    assert!(empty.rsp_msg_list.is_empty());
    assert_eq!(empty.is_finished, 1);
}

fn destroy(group: &str) -> tc::DestroyGroupRequest {
    tc::DestroyGroupRequest {
        group_id: group.into(),
    }
}

/// `DestroyGroup`: only the app admin disbands a group (its owner gets 10007); every group type
/// may be disbanded, the audio-video group too; once disbanded, every call naming the group,
/// another disbanding included, answers 10010, and other groups are untouched.
#[tokio::test]
async fn a_disbanded_group_is_gone() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let owner = tencent(&local, "leckie");
    let e = owner
        .destroy_group(&destroy("@TGS#2J4SZEAEL"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007", "the owner is not the app admin");
    admin
        .destroy_group(&destroy("@TGS#2J4SZEAEL"))
        .await
        .unwrap();
    for e in [
        admin
            .destroy_group(&destroy("@TGS#2J4SZEAEL"))
            .await
            .unwrap_err(),
        admin
            .get_group_member_info(&members("@TGS#2J4SZEAEL"))
            .await
            .unwrap_err(),
        admin
            .add_group_member(&add("@TGS#2J4SZEAEL", &["tommy"]))
            .await
            .unwrap_err(),
    ] {
        assert_eq!(code(&e), "10010", "{e}");
    }
    admin
        .destroy_group(&destroy("@TGS#a6I4ZUUGO"))
        .await
        .unwrap();
    let e = admin.destroy_group(&destroy("")).await.unwrap_err();
    assert_eq!(code(&e), "10015", "no group named");
    let left = admin
        .get_group_member_info(&members("@TGS#1NVTZEAE4"))
        .await
        .unwrap();
    assert_eq!(left.member_num, 2, "another group keeps its members");
}

fn roles(group: &str, accounts: &[&str]) -> tc::GetRoleInGroupRequest {
    tc::GetRoleInGroupRequest {
        group_id: group.into(),
        user_account: accounts.iter().map(|a| (*a).into()).collect(),
    }
}

/// `GetRoleInGroup`: each account's role in the order asked (`NotMember` for an outsider, and
/// for a member once deleted), refused for an audio-video group (10007), a missing group
/// (10010) and a caller who is not the app admin (10007).
#[tokio::test]
async fn roles_in_a_group_are_answered_per_account() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let got = admin
        .get_role_in_group(&roles(
            "@TGS#37AB3PAEC",
            &["Test_7", "Test_1", "nobody", "Test_6"],
        ))
        .await
        .unwrap();
    let answered: Vec<(&str, &tc::RoleInGroup)> = got
        .user_id_list
        .iter()
        .map(|u| (u.member_account.as_str(), &u.role))
        .collect();
    assert_eq!(
        answered,
        [
            ("Test_7", &tc::RoleInGroup::Member),
            ("Test_1", &tc::RoleInGroup::Owner),
            ("nobody", &tc::RoleInGroup::NotMember),
            ("Test_6", &tc::RoleInGroup::Admin),
        ]
    );
    let av = admin
        .get_role_in_group(&roles("@TGS#a6I4ZUUGO", &["teacher10"]))
        .await
        .unwrap_err();
    assert_eq!(code(&av), "10007", "AVChatRoom does not support the API");
    let missing = admin
        .get_role_in_group(&roles("@TGS#NoSuchGroup", &["leckie"]))
        .await
        .unwrap_err();
    assert_eq!(code(&missing), "10010");
    let not_admin = tencent(&local, "leckie")
        .get_role_in_group(&roles("@TGS#2C5SZEAEF", &["leckie"]))
        .await
        .unwrap_err();
    assert_eq!(code(&not_admin), "10007");
}

/// `DeleteGroupMember`: the named members leave (their role becomes `NotMember`, the count
/// drops), an account not in the group is skipped with success, an audio-video group is refused
/// with the page's 10004, more than 100 accounts with 10004 before the emulator runs, a missing
/// group with 10010 and a caller who is not the app admin with 10007.
#[tokio::test]
async fn deleted_members_leave_the_group() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let delete = |group: &str, accounts: &[&str]| {
        tc::DeleteGroupMemberRequest::new(group, accounts.iter().map(|a| (*a).into()).collect())
    };
    admin
        .delete_group_member(&delete("@TGS#37AB3PAEC", &["Test_7", "nobody"]))
        .await
        .unwrap();
    let left = admin
        .get_group_member_info(&members("@TGS#37AB3PAEC"))
        .await
        .unwrap();
    assert_eq!(left.member_num, 2);
    let got = admin
        .get_role_in_group(&roles("@TGS#37AB3PAEC", &["Test_7"]))
        .await
        .unwrap();
    assert_eq!(got.user_id_list[0].role, tc::RoleInGroup::NotMember);
    let av = admin
        .delete_group_member(&delete("@TGS#a6I4ZUUGO", &["student9"]))
        .await
        .unwrap_err();
    assert_eq!(
        code(&av),
        "10004",
        "the page's code for an audio-video group"
    );
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let e = admin
        .delete_group_member(&delete("@TGS#37AB3PAEC", &refs))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("MemberToDel_Account"), "{e}");
    let missing = admin
        .delete_group_member(&delete("@TGS#NoSuchGroup", &["x"]))
        .await
        .unwrap_err();
    assert_eq!(code(&missing), "10010");
    let not_admin = tencent(&local, "Test_1")
        .delete_group_member(&delete("@TGS#37AB3PAEC", &["Test_6"]))
        .await
        .unwrap_err();
    assert_eq!(code(&not_admin), "10007", "the owner is not the app admin");
}

fn change_owner(group: &str, new_owner: &str) -> tc::ChangeGroupOwnerRequest {
    tc::ChangeGroupOwnerRequest {
        group_id: group.into(),
        new_owner_account: new_owner.into(),
        from_account: None,
    }
}

/// `ChangeGroupOwner`: the new owner must be a member (10004); after the transfer the roles say
/// so (the former owner an ordinary member, an admin made owner no longer an admin); refused
/// for an audio-video group and a caller who is not the app admin (10007), a missing group
/// (10010) and an empty group ID (10015).
#[tokio::test]
async fn the_ownership_of_a_group_is_transferred_to_a_member() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#1NVTZEAE4";
    let e = admin
        .change_group_owner(&change_owner(group, "wesley"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004", "wesley is not a member");
    admin
        .change_group_owner(&tc::ChangeGroupOwnerRequest {
            from_account: Some("emily".into()),
            ..change_owner(group, "peter")
        })
        .await
        .unwrap();
    let after = admin
        .get_role_in_group(&roles(group, &["peter", "bob"]))
        .await
        .unwrap();
    let got: Vec<(String, tc::RoleInGroup)> = after
        .user_id_list
        .into_iter()
        .map(|r| (r.member_account, r.role))
        .collect();
    assert_eq!(
        got,
        [
            ("peter".to_owned(), tc::RoleInGroup::Owner),
            ("bob".to_owned(), tc::RoleInGroup::Member),
        ]
    );
    // An admin made owner is the owner only.
    admin
        .change_group_owner(&change_owner("@TGS#37AB3PAEC", "Test_6"))
        .await
        .unwrap();
    let admin_now = admin
        .get_role_in_group(&roles("@TGS#37AB3PAEC", &["Test_6", "Test_1"]))
        .await
        .unwrap();
    assert_eq!(admin_now.user_id_list[0].role, tc::RoleInGroup::Owner);
    assert_eq!(admin_now.user_id_list[1].role, tc::RoleInGroup::Member);
    let owner = tencent(&local, "peter");
    for (client, request, expected) in [
        (&owner, change_owner(group, "bob"), "10007"),
        (&admin, change_owner("@TGS#a6I4ZUUGO", "teacher10"), "10007"),
        (&admin, change_owner("@TGS#NoSuchGroup", "peter"), "10010"),
        (&admin, change_owner("", "peter"), "10015"),
    ] {
        let e = client.change_group_owner(&request).await.unwrap_err();
        assert_eq!(code(&e), expected, "{e}");
    }
}

fn mute(group: &str, accounts: &[&str], seconds: i64) -> tc::ForbidSendMsgRequest {
    tc::ForbidSendMsgRequest {
        group_id: group.into(),
        members_account: accounts.iter().map(|a| (*a).into()).collect(),
        shut_up_time: seconds,
    }
}

/// Each account's `ShutUpUntil` in a group's member profiles.
async fn muted_until(client: &tc::client::Client, group: &str) -> Vec<(String, i64)> {
    client
        .get_group_member_info(&members(group))
        .await
        .unwrap()
        .member_list
        .into_iter()
        .map(|m| (m.member_account, m.shut_up_until.unwrap_or(-1)))
        .collect()
}

/// `ForbidSendMsg`: muted members have a `ShutUpUntil` `ShutUpTime` seconds on, a period of 0
/// unmutes them, an account not in the group is skipped; refused for a Private group and a
/// caller who is not the app admin (10007) and a missing group (10010); a negative period is
/// refused by the client.
#[tokio::test]
async fn members_are_muted_and_unmuted() {
    let mut state = emulator::State::example();
    let private = emulator::State::parse(
        "tencent:\n  groups:\n    - group_id: \"@TGS#Private\"\n      type: Private\n      owner: leckie\n      members:\n        - {account: leckie}\n",
    )
    .unwrap();
    state.groups.extend(private.groups);
    let config = emulator::Config {
        rate_limits: false,
        state,
        ..emulator::Config::new("AKLTgroups", "groups-secret", SDKAPPID, KEY)
    };
    let local = emulator::Local::start(config).await.unwrap();
    let admin = tencent(&local, "administrator");
    let group = "@TGS#2C5SZEAEF";
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    admin
        .forbid_send_msg(&mute(group, &["peter", "leckie", "wesley"], 60))
        .await
        .unwrap();
    let muted = muted_until(&admin, group).await;
    for (account, until) in &muted {
        if account == "peter" || account == "leckie" {
            assert!(
                (before + 60..=before + 62).contains(until),
                "{account} muted for 60 s: {until}"
            );
        } else {
            assert_eq!(*until, 0, "{account} is not muted");
        }
    }
    assert!(
        !muted.iter().any(|(a, _)| a == "wesley"),
        "wesley was skipped"
    );
    admin
        .forbid_send_msg(&mute(group, &["peter", "leckie"], 0))
        .await
        .unwrap();
    assert!(muted_until(&admin, group)
        .await
        .iter()
        .all(|(_, until)| *until == 0));
    let owner = tencent(&local, "leckie");
    for (client, request, expected) in [
        (&admin, mute("@TGS#Private", &["leckie"], 60), "10007"),
        (&owner, mute(group, &["peter"], 60), "10007"),
        (&admin, mute("@TGS#NoSuchGroup", &["peter"], 60), "10010"),
    ] {
        let e = client.forbid_send_msg(&request).await.unwrap_err();
        assert_eq!(code(&e), expected, "{e}");
    }
    // A negative period breaks the spec's `minimum: 0`: the client refuses it before sending.
    let e = admin
        .forbid_send_msg(&mute(group, &["peter"], -1))
        .await
        .unwrap_err();
    assert!(e.vendor().is_none(), "{e}");
}
