//! Tencent's accounts and one-to-one messages on an emulator in this process: `AccountImport`
//! and `MultiaccountImport` (a repeat updates the account, the limits answered with the
//! account service's codes), `AccountCheck` before and after `AccountDelete` (an unknown
//! account answered 70107 in the results), the administrator-only checks, and one-to-one
//! messages: `SendMsg` (repeats, unknown accounts, the size limit), `AdminGetRoamMsg` walked by
//! the generated pager, `AdminMsgWithdraw` (a recalled message flagged) and `AdminSetMsgRead`.

mod support;

use support::code;

use imapi::tencent_chat as tc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::Error;

const SDKAPPID: u64 = 1_400_000_025;
const KEY: &str = "accounts-tencent-key";

async fn start() -> emulator::Local {
    support::in_process("AKLTaccounts", "accounts-secret", SDKAPPID, KEY).await
}

fn client(local: &emulator::Local, identifier: &str, validate: bool) -> tc::client::Client {
    tc::client::Client::builder(SDKAPPID, identifier, KEY)
        .base_url(local.base_url.clone())
        .http(support::http())
        .validate(validate)
        .build()
        .unwrap()
}

fn admin(local: &emulator::Local) -> tc::client::Client {
    client(local, "administrator", true)
}

fn ids(accounts: &[&str]) -> Vec<tc::AccountUserId> {
    accounts
        .iter()
        .map(|a| tc::AccountUserId {
            user_id: (*a).into(),
        })
        .collect()
}

async fn statuses(admin: &tc::client::Client, accounts: &[&str]) -> Vec<tc::AccountStatus> {
    let checked = admin
        .account_check(&tc::AccountCheckRequest {
            check_item: ids(accounts),
        })
        .await
        .unwrap();
    let asked: Vec<&str> = checked
        .result_item
        .iter()
        .map(|r| r.user_id.as_str())
        .collect();
    assert_eq!(
        asked, accounts,
        "one result per account, in the order asked"
    );
    checked
        .result_item
        .into_iter()
        .map(|r| r.account_status)
        .collect()
}

fn import(user_id: &str, nick: Option<&str>) -> tc::AccountImportRequest {
    tc::AccountImportRequest {
        user_id: user_id.into(),
        nick: nick.map(Into::into),
        face_url: None,
    }
}

#[tokio::test]
async fn an_imported_account_is_checked_imported_until_deleted() {
    use tc::AccountStatus::{Imported, NotImported};
    let local = start().await;
    let admin = admin(&local);
    assert_eq!(
        statuses(&admin, &["alice", "UserID_1"]).await,
        [NotImported, Imported]
    );
    admin
        .account_import(&import("alice", Some("Alice")))
        .await
        .unwrap();
    assert_eq!(statuses(&admin, &["alice"]).await, [Imported]);

    let deleted = admin
        .account_delete(&tc::AccountDeleteRequest {
            delete_item: ids(&["alice", "nobody", "alice"]),
        })
        .await
        .unwrap();
    let codes: Vec<i32> = deleted.result_item.iter().map(|r| r.result_code).collect();
    assert_eq!(
        codes,
        [0, 70107, 70107],
        "an unknown account (or one already deleted) is 70107"
    );
    assert_eq!(
        deleted.result_item[1].result_info,
        "Err_TLS_PT_Open_Login_Account_Not_Exist"
    );
    assert_eq!(statuses(&admin, &["alice"]).await, [NotImported]);
    // A deleted account may be imported again.
    admin.account_import(&import("alice", None)).await.unwrap();
    assert_eq!(statuses(&admin, &["alice"]).await, [Imported]);
}

#[tokio::test]
async fn importing_again_keeps_one_account_and_takes_the_new_profile() {
    let local = start().await;
    let admin = admin(&local);
    admin
        .account_import(&import("bob", Some("Bob")))
        .await
        .unwrap();
    let first = local.app().emulator().snapshot().accounts.by_id["bob"].clone();
    admin.account_import(&import("bob", None)).await.unwrap();
    let kept = local.app().emulator().snapshot().accounts.by_id["bob"].clone();
    assert_eq!(kept, first, "a repeat without a profile changes nothing");

    let answer = admin
        .multiaccount_import(&tc::MultiaccountImportRequest {
            accounts: None,
            account_list: Some(vec![
                tc::ImportedAccount {
                    user_id: "bob".into(),
                    nick: Some("Robert".into()),
                    face_url: Some("https://a.example/bob.png".into()),
                },
                tc::ImportedAccount {
                    user_id: "carol".into(),
                    nick: None,
                    face_url: None,
                },
            ]),
        })
        .await
        .unwrap();
    assert_eq!(answer.fail_accounts, None);
    let state = local.app().emulator().snapshot();
    let bob = &state.accounts.by_id["bob"];
    assert_eq!(
        (bob.nick.as_str(), bob.face_url.as_str()),
        ("Robert", "https://a.example/bob.png")
    );
    assert_eq!(
        bob.imported_at, first.imported_at,
        "the account keeps its import time"
    );
    assert!(state.accounts.exists("carol"));

    // The old version: usernames only.
    admin
        .multiaccount_import(&tc::MultiaccountImportRequest {
            accounts: Some(vec!["dave".into(), "erin".into()]),
            account_list: None,
        })
        .await
        .unwrap();
    use tc::AccountStatus::Imported;
    assert_eq!(
        statuses(&admin, &["dave", "erin"]).await,
        [Imported, Imported]
    );
}

#[tokio::test]
async fn the_limits_are_the_account_service_codes() {
    let local = start().await;
    let unchecked = client(&local, "administrator", false);
    // A UserID over 32 bytes, and one of 32.
    let e = unchecked
        .account_import(&import(&"x".repeat(33), None))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "70402");
    unchecked
        .account_import(&import(&"x".repeat(32), None))
        .await
        .unwrap();
    // A nickname over 500 bytes (UTF-8: 167 three-byte characters are 501 bytes).
    let e = unchecked
        .account_import(&import("frank", Some(&"好".repeat(167))))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "40601");
    unchecked
        .account_import(&import("frank", Some(&"好".repeat(166))))
        .await
        .unwrap();
    // 101 accounts in one call, and 100.
    let many: Vec<String> = (0..101).map(|i| format!("user{i}")).collect();
    let request = |n: usize| tc::MultiaccountImportRequest {
        accounts: Some(many[..n].to_vec()),
        account_list: None,
    };
    let e = unchecked
        .multiaccount_import(&request(101))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "70402");
    assert!(
        !local.app().emulator().snapshot().accounts.exists("user0"),
        "none imported"
    );
    unchecked.multiaccount_import(&request(100)).await.unwrap();
    // Both versions at once, or neither.
    let e = unchecked
        .multiaccount_import(&tc::MultiaccountImportRequest {
            accounts: Some(vec!["a".into()]),
            account_list: Some(vec![]),
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "70402");
    let e = unchecked
        .multiaccount_import(&tc::MultiaccountImportRequest {
            accounts: None,
            account_list: None,
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "70402");
    // The client refuses the same before sending.
    match admin(&local)
        .account_import(&import(&"x".repeat(33), None))
        .await
        .unwrap_err()
    {
        Error::InvalidRequest(violations) => {
            assert_eq!(violations.code().map(|c| c.code), Some("70402"))
        }
        other => panic!("refused before sending: {other}"),
    }
}

#[tokio::test]
async fn only_app_administrators_manage_accounts() {
    let local = start().await;
    // `leckie` owns a group, so the gateway lets the call through to the command.
    let owner = client(&local, "leckie", true);
    let e = owner
        .account_import(&import("mallory", None))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "70403");
    let e = owner
        .account_delete(&tc::AccountDeleteRequest {
            delete_item: ids(&["UserID_1"]),
        })
        .await
        .unwrap_err();
    assert_eq!(code(&e), "70403");
    assert!(local
        .app()
        .emulator()
        .snapshot()
        .accounts
        .exists("UserID_1"));
}

fn text(
    from: Option<&str>,
    to: &str,
    seq: Option<u32>,
    random: u32,
    words: &str,
) -> tc::SendMsgRequest {
    tc::SendMsgRequest {
        sync_other_machine: None,
        from_account: from.map(Into::into),
        to_account: to.into(),
        msg_life_time: None,
        msg_seq: seq,
        msg_random: random,
        msg_time_stamp: None,
        forbid_callback_control: None,
        send_msg_control: None,
        msg_body: vec![tc::TimMsgElement::Text(tc::TimTextElem {
            text: words.into(),
        })],
        cloud_custom_data: None,
        support_message_extension: None,
        offline_push_info: None,
    }
}

fn history(operator: &str, peer: &str, max_cnt: i32) -> tc::AdminGetRoamMsgRequest {
    tc::AdminGetRoamMsgRequest {
        operator_account: operator.into(),
        peer_account: peer.into(),
        max_cnt,
        min_time: 0,
        max_time: i64::from(u32::MAX),
        last_msg_key: None,
    }
}

fn texts(answer: &tc::AdminGetRoamMsgResponse) -> Vec<String> {
    answer
        .msg_list
        .iter()
        .map(|m| match &m.msg_body[..] {
            [tc::HistoryMsgElement::Text(t)] => t.text.clone(),
            other => panic!("one text element: {other:?}"),
        })
        .collect()
}

/// Imports the accounts of a conversation test.
async fn accounts(admin: &tc::client::Client, ids: &[&str]) {
    admin
        .multiaccount_import(&tc::MultiaccountImportRequest {
            accounts: Some(ids.iter().map(|a| (*a).to_owned()).collect()),
            account_list: None,
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn sent_messages_come_back_in_history_walked_by_the_pager() {
    let local = start().await;
    let admin = admin(&local);
    accounts(&admin, &["ann", "ben", "cat"]).await;
    let mut keys = Vec::new();
    for i in 1..=5u32 {
        let (from, to) = if i % 2 == 1 {
            ("ann", "ben")
        } else {
            ("ben", "ann")
        };
        let sent = admin
            .send_msg(&text(Some(from), to, None, i, &format!("m{i}")))
            .await
            .unwrap();
        keys.push(sent.msg_key);
    }
    // A message of another conversation, and one kept for no one (MsgLifeTime 0).
    admin
        .send_msg(&text(Some("ann"), "cat", None, 9, "other"))
        .await
        .unwrap();
    let mut online = text(Some("ann"), "ben", None, 10, "online only");
    online.msg_life_time = Some(0);
    admin.send_msg(&online).await.unwrap();

    // The sender is the admin when From_Account is left out.
    let from_admin = admin
        .send_msg(&text(None, "cat", None, 11, "hi"))
        .await
        .unwrap();
    assert!(
        from_admin.msg_key.starts_with("1_11_"),
        "{}",
        from_admin.msg_key
    );

    // One pull: the conversation either way round, oldest first.
    let all = admin
        .admin_get_roam_msg(&history("ben", "ann", 100))
        .await
        .unwrap();
    assert_eq!(texts(&all), ["m1", "m2", "m3", "m4", "m5"]);
    assert_eq!((all.complete, all.msg_cnt), (1, 5));
    assert_eq!(all.msg_list[0].msg_key, keys[0]);
    assert_eq!(all.last_msg_key, keys[0], "the oldest message of the pull");

    // Two at a time: the newest first, each page oldest first, ending on Complete 1.
    let pages: Vec<_> = admin
        .admin_get_roam_msg_pages(history("ann", "ben", 2))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let walked: Vec<Vec<String>> = pages.iter().map(texts).collect();
    assert_eq!(walked, [vec!["m4", "m5"], vec!["m2", "m3"], vec!["m1"]]);
    let ends: Vec<i32> = pages.iter().map(|p| p.complete).collect();
    assert_eq!(ends, [0, 0, 1]);

    // A time range: MinTime after every message is an empty, complete pull.
    let mut later = history("ann", "ben", 100);
    later.min_time = i64::from(u32::MAX);
    let none = admin.admin_get_roam_msg(&later).await.unwrap();
    assert!(none.msg_list.is_empty());
    assert_eq!(none.complete, 1);
}

#[tokio::test]
async fn a_repeat_is_stored_once_and_unknown_accounts_are_refused() {
    let local = start().await;
    let admin = admin(&local);
    accounts(&admin, &["dan", "eve"]).await;
    let mut message = text(Some("dan"), "eve", Some(7), 42, "once");
    message.msg_time_stamp = Some(1_700_000_000);
    let first = admin.send_msg(&message).await.unwrap();
    let again = admin.send_msg(&message).await.unwrap();
    assert_eq!(
        first, again,
        "the same MsgSeq, MsgRandom and second: a repeat"
    );
    assert_eq!(first.msg_key, "7_42_1700000000");
    let stored = admin
        .admin_get_roam_msg(&history("dan", "eve", 100))
        .await
        .unwrap();
    assert_eq!(stored.msg_cnt, 1);
    // Another second is another message.
    message.msg_time_stamp = Some(1_700_000_001);
    admin.send_msg(&message).await.unwrap();
    let stored = admin
        .admin_get_roam_msg(&history("dan", "eve", 100))
        .await
        .unwrap();
    assert_eq!(stored.msg_cnt, 2);

    let e = admin
        .send_msg(&text(Some("nobody"), "eve", None, 1, "x"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "90008");
    let e = admin
        .send_msg(&text(Some("dan"), "nobody", None, 1, "x"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "90012");
    // A deleted account's messages go with it, and it can no longer receive.
    admin
        .account_delete(&tc::AccountDeleteRequest {
            delete_item: ids(&["eve"]),
        })
        .await
        .unwrap();
    let e = admin
        .send_msg(&text(Some("dan"), "eve", None, 1, "x"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "90012");
    let e = admin
        .admin_get_roam_msg(&history("dan", "eve", 100))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "90048");
    assert!(local
        .app()
        .emulator()
        .snapshot()
        .accounts
        .messages
        .iter()
        .all(|m| m.to != "eve" && m.from != "eve"));
    // A body over 8 KB.
    let e = admin
        .send_msg(&text(Some("dan"), "UserID_1", None, 1, &"x".repeat(8200)))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "93000");
}

#[tokio::test]
async fn a_recalled_message_is_flagged_and_read_marks_what_was_received() {
    let local = start().await;
    let admin = admin(&local);
    accounts(&admin, &["fay", "gus"]).await;
    let at = |t: i64, from: &str, to: &str, r: u32| {
        let mut m = text(Some(from), to, None, r, &format!("t{t}"));
        m.msg_time_stamp = Some(t);
        m
    };
    let first = admin.send_msg(&at(100, "fay", "gus", 1)).await.unwrap();
    admin.send_msg(&at(200, "fay", "gus", 2)).await.unwrap();
    admin.send_msg(&at(300, "gus", "fay", 3)).await.unwrap();

    let withdraw = |from: &str, to: &str, key: &str| tc::AdminMsgWithdrawRequest {
        from_account: from.into(),
        to_account: to.into(),
        msg_key: key.into(),
    };
    // Only the sender's message to that recipient.
    let e = admin
        .admin_msg_withdraw(&withdraw("gus", "fay", &first.msg_key))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "20022");
    admin
        .admin_msg_withdraw(&withdraw("fay", "gus", &first.msg_key))
        .await
        .unwrap();
    let e = admin
        .admin_msg_withdraw(&withdraw("fay", "gus", &first.msg_key))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "20023");

    // gus reads what fay sent up to 150: the first message only; fay's own is untouched.
    admin
        .admin_set_msg_read(&tc::AdminSetMsgReadRequest {
            report_account: "gus".into(),
            peer_account: "fay".into(),
            msg_read_time: Some("150".into()),
        })
        .await
        .unwrap();
    let listed = admin
        .admin_get_roam_msg(&history("gus", "fay", 100))
        .await
        .unwrap();
    let flags: Vec<(i32, Option<i32>)> = listed
        .msg_list
        .iter()
        .map(|m| (m.msg_flag_bits, m.is_peer_read))
        .collect();
    assert_eq!(flags, [(8, Some(1)), (0, Some(0)), (0, Some(0))]);
    // Without MsgReadTime: everything received until now.
    admin
        .admin_set_msg_read(&tc::AdminSetMsgReadRequest {
            report_account: "gus".into(),
            peer_account: "fay".into(),
            msg_read_time: None,
        })
        .await
        .unwrap();
    let listed = admin
        .admin_get_roam_msg(&history("gus", "fay", 100))
        .await
        .unwrap();
    let read: Vec<Option<i32>> = listed.msg_list.iter().map(|m| m.is_peer_read).collect();
    assert_eq!(read, [Some(1), Some(1), Some(0)]);
}

#[tokio::test]
async fn a_batch_reaches_each_account_that_exists_and_lists_the_others() {
    let local = start().await;
    let admin = admin(&local);
    accounts(&admin, &["hal", "ivy", "jon"]).await;
    let batch = |to: Vec<String>| tc::BatchSendMsgRequest {
        sync_other_machine: None,
        from_account: Some("hal".into()),
        to_account: to,
        msg_life_time: None,
        msg_seq: None,
        msg_random: 5,
        send_msg_control: None,
        msg_body: vec![tc::TimMsgElement::Text(tc::TimTextElem {
            text: "notice".into(),
        })],
        cloud_custom_data: None,
        support_message_extension: None,
        offline_push_info: None,
    };
    // jon already has a message from hal: the batch takes a MsgSeq free in both conversations.
    admin
        .send_msg(&text(Some("hal"), "jon", None, 1, "first"))
        .await
        .unwrap();
    let sent = admin
        .batch_send_msg(&batch(vec!["ivy".into(), "ghost".into(), "jon".into()]))
        .await
        .unwrap();
    let failed: Vec<(String, i64)> = sent
        .error_list
        .unwrap_or_default()
        .into_iter()
        .map(|e| (e.to_account, e.error_code))
        .collect();
    assert_eq!(failed, [("ghost".to_owned(), 70107)]);
    let key = sent.msg_key.expect("a key");
    assert!(key.starts_with("2_5_"), "{key}");
    for peer in ["ivy", "jon"] {
        let got = admin
            .admin_get_roam_msg(&history(peer, "hal", 100))
            .await
            .unwrap();
        assert_eq!(
            got.msg_list.last().map(|m| m.msg_key.as_str()),
            Some(key.as_str())
        );
    }
    // The key recalls the message in one conversation at a time.
    admin
        .admin_msg_withdraw(&tc::AdminMsgWithdrawRequest {
            from_account: "hal".into(),
            to_account: "ivy".into(),
            msg_key: key.clone(),
        })
        .await
        .unwrap();
    let jon = admin
        .admin_get_roam_msg(&history("jon", "hal", 100))
        .await
        .unwrap();
    assert_eq!(jon.msg_list.last().map(|m| m.msg_flag_bits), Some(0));
    // Over 500 recipients: 90011 from the server (and the client).
    let many: Vec<String> = (0..501).map(|i| format!("u{i}")).collect();
    let e = client(&local, "administrator", false)
        .batch_send_msg(&batch(many))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "90011");
}

#[tokio::test]
async fn imported_messages_keep_their_time_and_a_duplicate_either_way_round_is_dropped() {
    let local = start().await;
    let admin = admin(&local);
    accounts(&admin, &["kim", "lou"]).await;
    let import = |from: &str, to: &str, t: i64, words: &str| tc::ImportMsgRequest {
        sync_from_old_system: 2,
        from_account: from.into(),
        to_account: to.into(),
        msg_seq: Some(3),
        msg_random: 4,
        msg_time_stamp: t,
        msg_body: vec![tc::TimMsgElement::Text(tc::TimTextElem {
            text: words.into(),
        })],
        cloud_custom_data: None,
    };
    admin
        .import_msg(&import("kim", "lou", 1_500_000_100, "later"))
        .await
        .unwrap();
    admin
        .import_msg(&import("kim", "lou", 1_500_000_000, "earlier"))
        .await
        .unwrap();
    // The same MsgSeq, MsgRandom and time, the other way round: a duplicate, not stored.
    admin
        .import_msg(&import("lou", "kim", 1_500_000_000, "copy"))
        .await
        .unwrap();
    let got = admin
        .admin_get_roam_msg(&history("kim", "lou", 100))
        .await
        .unwrap();
    assert_eq!(
        texts(&got),
        ["earlier", "later"],
        "in time order, the first import kept"
    );
    assert_eq!(got.msg_list[0].msg_key, "3_4_1500000000");
    let e = admin
        .import_msg(&import("kim", "nobody", 1, "x"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "90012");
}
