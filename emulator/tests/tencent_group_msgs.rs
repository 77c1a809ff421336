//! Tencent's group message commands beside sending, on an emulator in this process:
//! `GroupMsgRecall` answering each seq with its own code and what a recall does to the group's
//! history (`GroupMsgGetSimple`); `SendGroupSystemNotification` to all members or those named;
//! `DeleteGroupMsgBySender` within the last 1,000 messages; `SetUnreadMsgNum` up to the group's
//! messages; `ImportGroupMsg` answering each message with its own result.

mod support;

use support::code;

use imapi::tencent_chat as tc;
use imapi_runtime::Error;

const SDKAPPID: u64 = 1_400_000_025;
const KEY: &str = "group-msgs-tencent-key";

async fn start() -> emulator::Local {
    support::in_process("AKLTgroupmsgs", "group-msgs-secret", SDKAPPID, KEY).await
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    support::tencent_in(local, SDKAPPID, KEY, identifier)
}

/// Sends a text message to `group` as the administrator and answers its seq.
async fn send(admin: &tc::client::Client, group: &str, random: u32, text: &str) -> i64 {
    let body = vec![tc::TimMsgElement::Text(tc::TimTextElem {
        text: text.into(),
    })];
    let sent = admin
        .send_group_msg(&tc::SendGroupMsgRequest::new(group, random, body))
        .await
        .unwrap();
    i64::try_from(sent.msg_seq).unwrap()
}

fn recall(group: &str, seqs: &[i64]) -> tc::GroupMsgRecallRequest {
    tc::GroupMsgRecallRequest {
        group_id: group.into(),
        msg_seq_list: seqs
            .iter()
            .map(|&msg_seq| tc::MsgSeqItem { msg_seq })
            .collect(),
        topic_id: None,
    }
}

fn history(group: &str, with_recalled: bool) -> tc::GroupMsgGetSimpleRequest {
    tc::GroupMsgGetSimpleRequest {
        group_id: group.into(),
        req_msg_number: 20,
        req_msg_seq: None,
        with_recalled_msg: with_recalled.then_some(1),
    }
}

fn codes(answer: &tc::GroupMsgRecallResponse) -> Vec<(i64, i32)> {
    answer
        .recall_ret_list
        .iter()
        .map(|r| (r.msg_seq, r.ret_code))
        .collect()
}

#[tokio::test]
async fn a_recall_answers_each_seq_and_history_then_shows_the_message_recalled() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#2C5SZEAEF";
    let first = send(&admin, group, 1, "keep").await;
    let second = send(&admin, group, 2, "recall me").await;

    // One seq recalled, one naming no message: the call succeeds with a code per seq.
    let answer = admin
        .group_msg_recall(&recall(group, &[second, 99]))
        .await
        .unwrap();
    assert_eq!(codes(&answer), [(second, 0), (99, 10030)]);
    // A recalled message cannot be recalled again.
    let again = admin
        .group_msg_recall(&recall(group, &[second]))
        .await
        .unwrap();
    assert_eq!(codes(&again), [(second, 10030)]);

    // History leaves it out by default...
    let plain = admin
        .group_msg_get_simple(&history(group, false))
        .await
        .unwrap();
    let seqs: Vec<i64> = plain.rsp_msg_list.iter().map(|m| m.msg_seq).collect();
    assert_eq!(seqs, [first]);
    assert_eq!(plain.is_finished, 1);
    // ...and gives it as a placeholder, without its content, when asked for recalled ones.
    let all = admin
        .group_msg_get_simple(&history(group, true))
        .await
        .unwrap();
    let listed: Vec<(i64, i32, usize)> = all
        .rsp_msg_list
        .iter()
        .map(|m| (m.msg_seq, m.is_place_msg, m.msg_body.len()))
        .collect();
    assert_eq!(listed, [(second, 2, 0), (first, 0, 1)]);
    let state = local.app().emulator().snapshot();
    assert!(state.groups[group].messages[1].recalled);
    assert_eq!(emulator::State::parse(&state.to_yaml()).unwrap(), state);
}

#[tokio::test]
async fn every_group_type_recalls_and_only_administrators_may() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // An audio-video group's messages are recalled too (the current page).
    let group = "@TGS#a6I4ZUUGO";
    let seq = send(&admin, group, 7, "live").await;
    let answer = admin
        .group_msg_recall(&recall(group, &[seq]))
        .await
        .unwrap();
    assert_eq!(codes(&answer), [(seq, 0)]);

    // The owner of a group is not an app administrator.
    let owner = tencent(&local, "leckie");
    let e = owner
        .group_msg_recall(&recall("@TGS#2J4SZEAEL", &[101]))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = admin
        .group_msg_recall(&recall("@TGS#none", &[1]))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10010");
}

#[tokio::test]
async fn topics_are_for_community_groups_and_hold_no_messages_here() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let mut in_topic = recall("@TGS#2J4SZEAEL", &[101]);
    in_topic.topic_id = Some("topic-1".into());
    let e = admin.group_msg_recall(&in_topic).await.unwrap_err();
    assert_eq!(code(&e), "10004");
    // A Community group's topic holds none of the group's messages.
    let community = "@TGS#_@TGS#cQVLVHIM62CJ";
    let seq = send(&admin, community, 3, "in the group").await;
    let mut in_topic = recall(community, &[seq]);
    in_topic.topic_id = Some("topic-1".into());
    let answer = admin.group_msg_recall(&in_topic).await.unwrap();
    assert_eq!(codes(&answer), [(seq, 10030)]);
}

#[tokio::test]
async fn at_most_ten_seqs_and_at_least_one() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let seqs: Vec<i64> = (1..=11).collect();
    let e = admin
        .group_msg_recall(&recall("@TGS#2J4SZEAEL", &seqs))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
    let e = admin
        .group_msg_recall(&recall("@TGS#2J4SZEAEL", &[]))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

fn notification(group: &str, to: Option<&[&str]>) -> tc::SendGroupSystemNotificationRequest {
    tc::SendGroupSystemNotificationRequest {
        group_id: group.into(),
        to_members_account: to.map(|names| names.iter().map(|n| (*n).to_owned()).collect()),
        content: "Hello World".into(),
        topic_id: None,
    }
}

#[tokio::test]
async fn a_system_notification_reaches_all_members_or_those_named() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#2C5SZEAEF";
    admin
        .send_group_system_notification(&notification(group, None))
        .await
        .unwrap();
    // An empty list is every member too.
    admin
        .send_group_system_notification(&notification(group, Some(&[])))
        .await
        .unwrap();
    // Named recipients: those who are members, each once, in the order named.
    admin
        .send_group_system_notification(&notification(
            group,
            Some(&["peter", "stranger", "leckie", "peter"]),
        ))
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    let sent = &state.groups[group].notifications;
    let everyone = ["leckie", "tommy", "brennanli", "peter"];
    let mut sorted_everyone = everyone.to_vec();
    sorted_everyone.sort_unstable();
    for all in &sent[..2] {
        let mut to: Vec<&str> = all.to.iter().map(String::as_str).collect();
        to.sort_unstable();
        assert_eq!(to, sorted_everyone);
        assert_eq!(all.content, "Hello World");
    }
    assert_eq!(sent[2].to, ["peter", "leckie"]);
    // A dump of the state is a state file that loads back the same.
    assert_eq!(emulator::State::parse(&state.to_yaml()).unwrap(), state);
    // A notification is not a message: the history has none.
    let history = admin
        .group_msg_get_simple(&history(group, true))
        .await
        .unwrap();
    assert!(history.rsp_msg_list.is_empty());
}

#[tokio::test]
async fn an_audio_video_group_takes_notifications_to_all_only() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#a6I4ZUUGO";
    admin
        .send_group_system_notification(&notification(group, None))
        .await
        .unwrap();
    let e = admin
        .send_group_system_notification(&notification(group, Some(&["student9"])))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let e = tencent(&local, "leckie")
        .send_group_system_notification(&notification("@TGS#2C5SZEAEF", None))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    let state = local.app().emulator().snapshot();
    assert_eq!(state.groups[group].notifications.len(), 1);
    // At most 500 recipients.
    let many: Vec<String> = (0..501).map(|i| format!("user{i}")).collect();
    let mut request = notification("@TGS#2C5SZEAEF", None);
    request.to_members_account = Some(many);
    let e = admin
        .send_group_system_notification(&request)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

fn by_sender(group: &str, sender: &str) -> tc::DeleteGroupMsgBySenderRequest {
    tc::DeleteGroupMsgBySenderRequest {
        group_id: group.into(),
        sender_account: sender.into(),
        topic_id: None,
    }
}

#[tokio::test]
async fn a_senders_messages_among_the_last_thousand_are_recalled() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#2C5SZEAEF";
    // leckie's first message, then 1,000 from tommy and leckie in turn: the first is older
    // than the last 1,000 and stays.
    let as_leckie = |random: u32| {
        tc::SendGroupMsgRequest::new(
            group,
            random,
            vec![tc::TimMsgElement::Text(tc::TimTextElem {
                text: "hi".into(),
            })],
        )
        .with_from_account("leckie")
    };
    let oldest = admin.send_group_msg(&as_leckie(1)).await.unwrap().msg_seq;
    for i in 0..1000u32 {
        let request = if i % 2 == 0 {
            as_leckie(10 + i)
        } else {
            as_leckie(10 + i).with_from_account("tommy")
        };
        admin.send_group_msg(&request).await.unwrap();
    }
    admin
        .delete_group_msg_by_sender(&by_sender(group, "leckie"))
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    let messages = &state.groups[group].messages;
    assert_eq!(messages.len(), 1001);
    for m in messages {
        let expected = m.from == "leckie" && m.seq != oldest;
        assert_eq!(m.recalled, expected, "message {} from {}", m.seq, m.from);
    }
    // The latest page of history holds tommy's messages only.
    let page = admin
        .group_msg_get_simple(&history(group, false))
        .await
        .unwrap();
    assert!(page.rsp_msg_list.iter().all(|m| m.from_account == "tommy"));
    assert_eq!(page.rsp_msg_list.len(), 20);
}

#[tokio::test]
async fn an_audio_video_group_has_no_history_to_recall_from() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#a6I4ZUUGO";
    send(&admin, group, 5, "live").await;
    // No error, and nothing changes.
    admin
        .delete_group_msg_by_sender(&by_sender(group, "administrator"))
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    assert!(!state.groups[group].messages[0].recalled);
    let e = tencent(&local, "leckie")
        .delete_group_msg_by_sender(&by_sender("@TGS#2C5SZEAEF", "tommy"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
}

fn unread(group: &str, member: &str, count: i64) -> tc::SetUnreadMsgNumRequest {
    tc::SetUnreadMsgNumRequest {
        group_id: group.into(),
        member_account: member.into(),
        unread_msg_num: count,
    }
}

fn unread_of(local: &emulator::Local, group: &str, member: &str) -> i64 {
    local.app().emulator().snapshot().groups[group].members[member].unread_msg_num
}

#[tokio::test]
async fn an_unread_count_is_kept_on_the_member_up_to_the_groups_messages() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    // The example group holds 6 messages.
    let group = "@TGS#2CLUZEAEJ";
    admin
        .set_unread_msg_num(&unread(group, "bob", 5))
        .await
        .unwrap();
    assert_eq!(unread_of(&local, group, "bob"), 5);
    assert_eq!(
        unread_of(&local, group, "peter"),
        0,
        "only the member named"
    );
    // More than the group's messages: the number of messages.
    admin
        .set_unread_msg_num(&unread(group, "bob", 50))
        .await
        .unwrap();
    assert_eq!(unread_of(&local, group, "bob"), 6);
    admin
        .set_unread_msg_num(&unread(group, "bob", 0))
        .await
        .unwrap();
    assert_eq!(unread_of(&local, group, "bob"), 0);

    // A non-member is refused; a negative count never leaves the client.
    let e = admin
        .set_unread_msg_num(&unread(group, "stranger", 1))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10004");
    let e = admin
        .set_unread_msg_num(&unread(group, "bob", -1))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
    // The count is in a state dump, which loads back the same.
    admin
        .set_unread_msg_num(&unread(group, "peter", 2))
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    assert_eq!(emulator::State::parse(&state.to_yaml()).unwrap(), state);
}

#[tokio::test]
async fn meeting_and_audio_video_groups_have_no_unread_counts() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#a6I4ZUUGO";
    send(&admin, group, 9, "live").await;
    admin
        .set_unread_msg_num(&unread(group, "student9", 1))
        .await
        .unwrap();
    assert_eq!(unread_of(&local, group, "student9"), 0);
    let e = tencent(&local, "bob")
        .set_unread_msg_num(&unread("@TGS#2CLUZEAEJ", "peter", 1))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
}

fn past(from: &str, time: i64, random: Option<u32>, text: &str) -> tc::ImportGroupMsgItem {
    tc::ImportGroupMsgItem {
        from_account: from.into(),
        send_time: time,
        random,
        msg_body: vec![tc::TimMsgElement::Text(tc::TimTextElem {
            text: text.into(),
        })],
    }
}

fn import(group: &str, messages: Vec<tc::ImportGroupMsgItem>) -> tc::ImportGroupMsgRequest {
    tc::ImportGroupMsgRequest {
        group_id: group.into(),
        recent_contact_flag: None,
        msg_list: messages,
    }
}

fn results(answer: &tc::ImportGroupMsgResponse) -> Vec<(i32, i64, i64)> {
    answer
        .import_msg_result
        .iter()
        .map(|r| (r.result, r.msg_seq, r.msg_time))
        .collect()
}

#[tokio::test]
async fn imported_messages_join_the_history_in_time_order_each_with_its_result() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#2C5SZEAEF";
    let answer = admin
        .import_group_msg(&import(
            group,
            vec![
                past("leckie", 1_600_000_000, Some(1), "first"),
                // Before the message just imported: an invalid time, not imported.
                past("peter", 1_500_000_000, Some(2), "too early"),
                past("peter", 1_600_000_100, None, "second"),
                // The same Random within five minutes: a repeat, answered with the first.
                past("leckie", 1_600_000_200, Some(1), "again"),
                // Not before now.
                past("peter", 4_102_444_800, Some(3), "future"),
                past("tommy", 1_600_000_300, Some(4), &"x".repeat(8_001)),
            ],
        ))
        .await
        .unwrap();
    assert_eq!(
        results(&answer),
        [
            (0, 1, 1_600_000_000),
            (10004, 0, 1_500_000_000),
            (0, 2, 1_600_000_100),
            (0, 1, 1_600_000_000),
            (10004, 0, 4_102_444_800),
            (80002, 0, 1_600_000_300),
        ]
    );
    // The history holds the two imported, newest first, with their senders and times; a
    // message sent now comes after them.
    let seq = send(&admin, group, 9, "now").await;
    assert_eq!(seq, 3);
    let page = admin
        .group_msg_get_simple(&history(group, false))
        .await
        .unwrap();
    let listed: Vec<(i64, &str, i64)> = page
        .rsp_msg_list
        .iter()
        .map(|m| (m.msg_seq, m.from_account.as_str(), m.msg_time_stamp))
        .collect();
    assert_eq!(
        listed[1..],
        [(2, "peter", 1_600_000_100), (1, "leckie", 1_600_000_000)]
    );
}

#[tokio::test]
async fn an_import_clears_unread_counts_and_audio_video_groups_take_none() {
    let local = start().await;
    let admin = tencent(&local, "administrator");
    let group = "@TGS#2CLUZEAEJ";
    admin
        .set_unread_msg_num(&unread(group, "bob", 4))
        .await
        .unwrap();
    let answer = admin
        .import_group_msg(&import(
            group,
            vec![past("peter", 1_458_115_070, Some(7), "seven")],
        ))
        .await
        .unwrap();
    assert_eq!(results(&answer), [(0, 7, 1_458_115_070)]);
    assert_eq!(unread_of(&local, group, "bob"), 0);

    let e = admin
        .import_group_msg(&import(
            "@TGS#a6I4ZUUGO",
            vec![past("teacher10", 1_600_000_000, None, "live")],
        ))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");
    // At most seven messages a call.
    let eight = (0..8)
        .map(|i| past("peter", 1_600_000_000 + i, None, "m"))
        .collect();
    let e = admin
        .import_group_msg(&import(group, eight))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}
