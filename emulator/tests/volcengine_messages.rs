//! Volcengine's message operations on an emulator in this process: what SendMessage stored is
//! what GetMessages and GetConversationMessages (paged by the generated pager) answer, and a
//! recalled or deleted message leaves those lists, as the pages say; one-to-one sends to many,
//! broadcasts, and user tokens, which are secrets the emulator neither logs nor keeps.

mod support;

use support::code;

use futures_util::StreamExt;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::Error;

const AK: &str = "AKLTmessages";
const SK: &str = "messages-secret";

const STATE: &str = r#"
volcengine:
  conversations:
    - {app_id: 0, conversation_short_id: 1, conversation_type: 100, owner_user_id: 10001,
       participants: [{user_id: 10001, role: 1}, {user_id: 10002}]}
    - {app_id: 0, conversation_short_id: 2, conversation_type: 2, owner_user_id: 10001,
       participants: [{user_id: 10001, role: 1}, {user_id: 10002, role: 2, read_index: 2},
                      {user_id: 10003}]}
    - {app_id: 0, conversation_short_id: 3, conversation_type: 1, owner_user_id: 10001,
       participants: [{user_id: 10001}, {user_id: 10002, read_index: 1}]}
"#;

async fn start() -> (emulator::Local, vc::client::Client) {
    let config = emulator::Config {
        rate_limits: false,
        state: emulator::State::parse(STATE).unwrap(),
        ..emulator::Config::new(AK, SK, 1_400_000_007, "messages-tencent-key")
    };
    let local = emulator::Local::start(config).await.unwrap();
    let client = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .http(support::http())
        .build()
        .unwrap();
    (local, client)
}

/// Sends a text message from `sender`; its id.
async fn send(client: &vc::client::Client, conversation: i64, sender: i64, text: &str) -> i64 {
    let request = vc::SendMessageRequest::new(
        0,
        sender,
        conversation,
        10001,
        format!(r#"{{"text":"{text}"}}"#),
    );
    client.send_message(&request).await.unwrap().message_id
}

async fn found(client: &vc::client::Client, conversation: i64, ids: &[i64]) -> Vec<i64> {
    let request = vc::GetMessagesRequest::new(0, conversation, ids.to_vec());
    let answer = client.get_messages(&request).await.unwrap();
    answer.messages.iter().map(|m| m.message_id).collect()
}

/// Every message of a conversation, through the generated pager, `limit` a page.
async fn history(
    client: &vc::client::Client,
    conversation: i64,
    limit: i64,
    direction: vc::QueryDirection,
) -> Vec<Vec<i64>> {
    let request =
        vc::GetConversationMessagesRequest::new(0, conversation, 0, limit).with_reverse(direction);
    client
        .get_conversation_messages_pages(request)
        .map(|page| {
            page.expect("a page")
                .messages
                .iter()
                .map(|m| m.message_id)
                .collect::<Vec<i64>>()
        })
        .collect()
        .await
}

#[tokio::test]
async fn a_sent_message_is_found_with_its_details() {
    let (_local, client) = start().await;
    let first = send(&client, 2, 10001, "hello").await;
    let quoting = vc::SendMessageRequest::new(0, 10002, 2, 10012, r#"{"custom":1}"#)
        .with_ext([("k".to_owned(), "v".to_owned())].into())
        .with_ref_msg_info(vc::RefMsgInfo::new(first, "hello"));
    let second = client.send_message(&quoting).await.unwrap().message_id;
    assert_eq!((first, second), (1, 2));

    let request = vc::GetMessagesRequest::new(0, 2, vec![second, 999, first, second]);
    let answer = client.get_messages(&request).await.unwrap();
    // In the order asked, each once; an id that names no message is left out.
    let ids: Vec<i64> = answer.messages.iter().map(|m| m.message_id).collect();
    assert_eq!(ids, [second, first]);
    let m = &answer.messages[0];
    assert_eq!(m.conversation_type, vc::ConversationType::Group);
    assert_eq!((m.conversation_short_id, m.app_id, m.sender), (2, 0, 10002));
    assert_eq!(m.msg_type, 10012);
    assert_eq!(m.content, r#"{"custom":1}"#);
    assert_eq!(m.status, vc::MessageStatus::Visible);
    assert_eq!(m.index_in_conversation, Some(second));
    assert_eq!(m.ext.as_ref().unwrap()["k"], "v");
    let quote = m.ref_msg_info.as_ref().expect("the quote");
    assert_eq!(
        (quote.referenced_message_id, quote.hint.as_str()),
        (first, "hello")
    );
    assert_eq!(quote.referenced_message_type, Some(10001));
    assert_eq!(quote.status, Some(vc::MessageStatus::Visible));
    assert!(answer.messages[1].ref_msg_info.is_none());

    // Another conversation's ids are not this one's messages.
    assert!(found(&client, 3, &[first]).await.is_empty());
    let unknown = vc::GetMessagesRequest::new(0, 99, vec![1]);
    let refused = client.get_messages(&unknown).await.unwrap_err();
    assert_eq!(code(&refused), "ConversationNotFound");
}

#[tokio::test]
async fn a_conversations_history_pages_forward_and_backward() {
    let (_local, client) = start().await;
    for text in ["a", "b", "c", "d", "e"] {
        send(&client, 2, 10001, text).await;
    }
    // Forward from 0: oldest first, two a page, through the pager.
    let forward = history(&client, 2, 2, vc::QueryDirection::Forward).await;
    assert_eq!(forward, [vec![1, 2], vec![3, 4], vec![5]]);
    // Backward from 0: newest first.
    let backward = history(&client, 2, 2, vc::QueryDirection::Backward).await;
    assert_eq!(backward, [vec![5, 4], vec![3, 2], vec![1]]);

    // The cursors: forward the index after the page, backward the one before it; the
    // last backward page ends with -1.
    let page = |cursor, reverse| {
        vc::GetConversationMessagesRequest::new(0, 2, cursor, 2).with_reverse(reverse)
    };
    let next = client
        .get_conversation_messages(&page(2, vc::QueryDirection::Forward))
        .await
        .unwrap();
    assert_eq!((next.has_more, next.new_cursor), (true, 4));
    let last = client
        .get_conversation_messages(&page(2, vc::QueryDirection::Backward))
        .await
        .unwrap();
    assert_eq!((last.has_more, last.new_cursor), (false, -1));
    assert_eq!(last.messages.len(), 2);
    // A direction the page does not know reads forward, the default.
    let unknown = client
        .get_conversation_messages(&page(1, vc::QueryDirection::from_value(7)))
        .await
        .unwrap();
    assert_eq!(unknown.messages[0].message_id, 1);
}

#[tokio::test]
async fn a_live_group_is_read_backward_whatever_the_request_says() {
    let (_local, client) = start().await;
    for text in ["a", "b", "c"] {
        send(&client, 1, 10001, text).await;
    }
    let forward = history(&client, 1, 20, vc::QueryDirection::Forward).await;
    assert_eq!(forward, [vec![3, 2, 1]]);
}

#[tokio::test]
async fn more_than_twenty_messages_a_page_is_refused() {
    let (_local, client) = start().await;
    let request = vc::GetConversationMessagesRequest::new(0, 2, 0, 21);
    let refused = client
        .get_conversation_messages(&request)
        .await
        .unwrap_err();
    assert!(
        matches!(refused, Error::InvalidRequest(_)),
        "the client refuses it: {refused}"
    );
    let twenty = vc::GetConversationMessagesRequest::new(0, 2, 0, 20);
    assert!(client.get_conversation_messages(&twenty).await.is_ok());
}

/// The state a message quoting `quoted` gives for it.
async fn quoted_state(
    client: &vc::client::Client,
    conversation: i64,
    quoted: i64,
) -> Option<vc::MessageStatus> {
    let quoting = vc::SendMessageRequest::new(0, 10001, conversation, 10001, r#"{"text":"re"}"#)
        .with_ref_msg_info(vc::RefMsgInfo::new(quoted, "quoted"));
    let id = client.send_message(&quoting).await.unwrap().message_id;
    let request = vc::GetMessagesRequest::new(0, conversation, vec![id]);
    let answer = client.get_messages(&request).await.unwrap();
    answer.messages[0].ref_msg_info.as_ref().unwrap().status
}

#[tokio::test]
async fn a_recalled_message_leaves_the_lists() {
    let (_local, client) = start().await;
    let mine = send(&client, 2, 10003, "mine").await;
    let owners = send(&client, 2, 10001, "the owner's").await;
    let recall = |message, user| vc::RecallMessageRequest::new(0, 2, message, user);

    // A member recalls their own message: GetMessages and the history leave it out, and a
    // message quoting it shows it recalled.
    client.recall_message(&recall(mine, 10003)).await.unwrap();
    assert_eq!(found(&client, 2, &[mine, owners]).await, [owners]);
    let all = history(&client, 2, 20, vc::QueryDirection::Forward).await;
    assert_eq!(all, [vec![owners]]);
    assert_eq!(
        quoted_state(&client, 2, mine).await,
        Some(vc::MessageStatus::Recalled)
    );

    // An ordinary member may not recall another's message; a manager may.
    let refused = client
        .recall_message(&recall(owners, 10003))
        .await
        .unwrap_err();
    assert_eq!(code(&refused), "InvalidParam");
    assert_eq!(found(&client, 2, &[owners]).await, [owners]);
    let by_manager = recall(owners, 10002).with_recall_role(vc::ParticipantRole::Manager);
    client.recall_message(&by_manager).await.unwrap();
    assert!(found(&client, 2, &[owners]).await.is_empty());

    // Only members recall, and only messages that exist.
    let stranger = client
        .recall_message(&recall(owners, 777))
        .await
        .unwrap_err();
    assert_eq!(code(&stranger), "ParticipantNotInConversation");
    let missing = client.recall_message(&recall(99, 10001)).await.unwrap_err();
    assert_eq!(code(&missing), "MessageNotFound");
}

#[tokio::test]
async fn a_message_deleted_for_one_member_stays_in_the_lists() {
    let (local, client) = start().await;
    let id = send(&client, 3, 10001, "hello").await;
    let delete = |user| vc::DeleteMessageRequest::new(0, 3, id, user);
    client.delete_message(&delete(10002)).await.unwrap();
    // The conversation still holds it (no member's view is the server's), for 10001 too.
    assert_eq!(found(&client, 3, &[id]).await, [id]);
    let stored = &local.app().emulator().snapshot().conversations[&(0, 3)].messages[&id];
    assert_eq!(
        stored.deleted_for.iter().copied().collect::<Vec<_>>(),
        [10002]
    );

    let stranger = client.delete_message(&delete(10003)).await.unwrap_err();
    assert_eq!(code(&stranger), "ParticipantNotInConversation");
    let missing = vc::DeleteMessageRequest::new(0, 3, 99, 10001);
    let refused = client.delete_message(&missing).await.unwrap_err();
    assert_eq!(code(&refused), "MessageNotFound");
}

#[tokio::test]
async fn a_message_deleted_for_the_conversation_leaves_the_lists() {
    let (_local, client) = start().await;
    let for_all = send(&client, 2, 10001, "one").await;
    let senders = send(&client, 2, 10001, "two").await;
    let kept = send(&client, 2, 10001, "three").await;
    let delete = |message| vc::DeleteConversationMessageRequest::new(0, 2, message);
    client
        .delete_conversation_message(&delete(for_all))
        .await
        .unwrap();
    let sender_only = delete(senders).with_delete_type(vc::MessageDeleteType::SenderOnly);
    client
        .delete_conversation_message(&sender_only)
        .await
        .unwrap();
    assert_eq!(found(&client, 2, &[for_all, senders, kept]).await, [kept]);
    let backward = history(&client, 2, 20, vc::QueryDirection::Backward).await;
    assert_eq!(backward, [vec![kept]]);
    assert_eq!(
        quoted_state(&client, 2, for_all).await,
        Some(vc::MessageStatus::Deleted)
    );
    assert_eq!(
        quoted_state(&client, 2, senders).await,
        Some(vc::MessageStatus::Invisible)
    );

    // A live group's message is deleted for everyone only.
    let live = send(&client, 1, 10001, "live").await;
    let refused = client
        .delete_conversation_message(
            &vc::DeleteConversationMessageRequest::new(0, 1, live)
                .with_delete_type(vc::MessageDeleteType::SenderOnly),
        )
        .await
        .unwrap_err();
    assert_eq!(code(&refused), "InvalidParam");
    let for_everyone = vc::DeleteConversationMessageRequest::new(0, 1, live);
    client
        .delete_conversation_message(&for_everyone)
        .await
        .unwrap();
    assert!(found(&client, 1, &[live]).await.is_empty());
    let missing = client
        .delete_conversation_message(&delete(99))
        .await
        .unwrap_err();
    assert_eq!(code(&missing), "MessageNotFound");
}

#[tokio::test]
async fn a_batch_reaches_each_receiver_in_their_one_to_one_conversation() {
    let (local, client) = start().await;
    let request = vc::BatchSendMessageRequest::new(
        0,
        10001,
        vec![10002, 10004, 10002, 10001],
        10001,
        r#"{"text":"to all"}"#,
    );
    let answer = client.batch_send_message(&request).await.unwrap();
    // One message each, the sender none; 10002 already has conversation 3 with 10001.
    let ids = &answer.user_message_id;
    assert_eq!(
        ids.keys().map(String::as_str).collect::<Vec<_>>(),
        ["10002", "10004"]
    );
    assert_eq!(found(&client, 3, &[ids["10002"]]).await, [ids["10002"]]);
    // 10004 had none: the batch made the one CreateConversation gives for the two.
    let create = vc::CreateConversationRequest::new(
        0,
        vc::ConversationCoreInfo::new(vc::ConversationType::OneToOne),
        10004,
    )
    .with_other_user_id(10001);
    let made = client.create_conversation(&create).await.unwrap();
    assert!(made.exist);
    let c = made.conversation_short_id;
    assert_eq!(c, 4);
    assert_eq!(found(&client, c, &[ids["10004"]]).await, [ids["10004"]]);
    let stored = &local.app().emulator().snapshot().conversations[&(0, c)];
    assert_eq!(
        stored.participants.keys().copied().collect::<Vec<_>>(),
        [10001, 10004]
    );

    let bad = vc::BatchSendMessageRequest::new(0, 10001, vec![10002], 10001, "not json");
    let refused = client.batch_send_message(&bad).await.unwrap_err();
    assert_eq!(code(&refused), "InvalidParam");
}

#[tokio::test]
async fn a_broadcast_is_accepted_within_its_lifetime_range() {
    let (_local, client) = start().await;
    let broadcast = |ttl| {
        vc::UserBroadcastRequest::new(0, 10001, 10001, r#"{"text":"news"}"#, ttl)
            .with_tags(vec!["vip".to_owned()])
            .with_tag_op(vc::TagMatch::And)
    };
    client.user_broadcast(&broadcast(1)).await.unwrap();
    client.user_broadcast(&broadcast(604_800)).await.unwrap();
    for ttl in [0, 604_801] {
        let refused = client.user_broadcast(&broadcast(ttl)).await.unwrap_err();
        assert!(
            matches!(refused, Error::InvalidRequest(_)),
            "{ttl}: {refused}"
        );
    }
    let bad = vc::UserBroadcastRequest::new(0, 10001, 10001, "not json", 60);
    let refused = client.user_broadcast(&bad).await.unwrap_err();
    assert_eq!(code(&refused), "InvalidParam");
}

#[tokio::test]
async fn a_token_is_issued_and_kept_secret() {
    let emulator = support::Emulator::start(&[]);
    let client = emulator.volcengine();
    let request = vc::GetAppTokenRequest::new(0, 10001, 4_102_444_800_000);
    let first = client.get_app_token(&request).await.unwrap();
    assert_eq!((first.app_id, first.user_id), (0, 10001));
    assert_eq!(first.token.len(), 64);
    let second = client.get_app_token(&request).await.unwrap();
    assert_ne!(first.token, second.token);
    // A time already past gives no token.
    let past = vc::GetAppTokenRequest::new(0, 10001, 1_000);
    let refused = client.get_app_token(&past).await.unwrap_err();
    assert_eq!(code(&refused), "InvalidParam");

    // The token is in no log line and not in the state.
    let log = emulator.log();
    assert!(log.iter().any(|l| l.contains("GetAppToken")), "{log:?}");
    for token in [&first.token, &second.token] {
        assert!(log.iter().all(|l| !l.contains(token.as_str())), "{log:?}");
        assert!(!emulator.state().await.to_string().contains(token.as_str()));
    }
}

#[tokio::test]
async fn a_receipt_tells_who_has_read_up_to_the_message() {
    let (_local, client) = start().await;
    for text in ["a", "b", "c"] {
        send(&client, 2, 10001, text).await;
    }
    // In group 2, 10002 has read up to index 2 and 10003 nothing; the sender is in neither list.
    let request = vc::GetMessagesReadReceiptRequest::new(0, 2, vec![3, 1, 99]);
    let answer = client.get_messages_read_receipt(&request).await.unwrap();
    let receipts: Vec<(i64, Vec<i64>, Vec<i64>, bool)> = answer
        .read_receipt
        .iter()
        .map(|r| {
            assert_eq!(r.conversation_short_id, 2);
            (
                r.message_id,
                r.read_user_ids.clone(),
                r.un_read_user_ids.clone(),
                r.receiver_is_read,
            )
        })
        .collect();
    assert_eq!(
        receipts,
        [
            (3, vec![], vec![10002, 10003], false),
            (1, vec![10002], vec![10003], false),
        ]
    );

    // One-to-one: whether the receiver has read it.
    let first = send(&client, 3, 10001, "one").await;
    let second = send(&client, 3, 10001, "two").await;
    let request = vc::GetMessagesReadReceiptRequest::new(0, 3, vec![first, second]);
    let answer = client.get_messages_read_receipt(&request).await.unwrap();
    let read: Vec<bool> = answer
        .read_receipt
        .iter()
        .map(|r| r.receiver_is_read)
        .collect();
    assert_eq!(read, [true, false]);

    let unknown = vc::GetMessagesReadReceiptRequest::new(0, 99, vec![1]);
    let refused = client
        .get_messages_read_receipt(&unknown)
        .await
        .unwrap_err();
    assert_eq!(code(&refused), "ConversationNotFound");
}
