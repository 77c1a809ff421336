//! CreateConversation and SendMessage on an emulator in this process: a conversation created
//! (once per idempotency id) is one the other operations find, a message sent is one
//! ModifyMessage modifies, and in a live group the priority classes' budget drops the excess
//! (answered as a success, not stored), while other conversations have no such budget.

mod support;

use support::code;

use futures_util::future::join_all;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::Error;

const AK: &str = "AKLTsending";
const SK: &str = "sending-secret";

const STATE: &str = r#"
volcengine:
  conversations:
    - {app_id: 0, conversation_short_id: 1, conversation_type: 100, owner_user_id: 10001, participants: [{user_id: 10001, role: 1}]}
    - {app_id: 0, conversation_short_id: 2, conversation_type: 2, owner_user_id: 10001, participants: [{user_id: 10001, role: 1}]}
    - {app_id: 0, conversation_short_id: 20, conversation_type: 1, owner_user_id: 5, participants: [{user_id: 5, role: 1}, {user_id: 6}]}
"#;

async fn start(rate_limits: bool) -> (emulator::Local, vc::client::Client) {
    let config = emulator::Config {
        rate_limits,
        state: emulator::State::parse(STATE).unwrap(),
        ..emulator::Config::new(AK, SK, 1_400_000_006, "sending-tencent-key")
    };
    let local = emulator::Local::start(config).await.unwrap();
    let client = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .http(support::http())
        .build()
        .unwrap();
    (local, client)
}

fn message(conversation: i64, text: &str) -> vc::SendMessageRequest {
    vc::SendMessageRequest::new(
        0,
        10001,
        conversation,
        10001,
        format!(r#"{{"text":"{text}"}}"#),
    )
}

/// The ids of a conversation's stored messages.
fn stored(local: &emulator::Local, conversation: i64) -> Vec<i64> {
    local.app().emulator().snapshot().conversations[&(0, conversation)]
        .messages
        .keys()
        .copied()
        .collect()
}

#[tokio::test]
async fn a_created_conversation_is_found_by_the_other_operations() {
    let (local, client) = start(false).await;
    let group = vc::CreateConversationRequest::new(
        0,
        vc::ConversationCoreInfo::new(vc::ConversationType::Group).with_name("team"),
        10001,
    );
    let created = client.create_conversation(&group).await.unwrap();
    assert!(!created.exist);
    assert_eq!(created.conversation_short_id, 21);
    let info = &created.conversation_info;
    assert_eq!(info.conversation_type, vc::ConversationType::Group);
    assert_eq!(info.name.as_deref(), Some("team"));
    assert_eq!(info.owner_user_id, Some(10001));
    assert_eq!(info.member_count, Some(1));
    // Without an IdempotentId every group call creates one.
    let again = client.create_conversation(&group).await.unwrap();
    assert_eq!((again.conversation_short_id, again.exist), (22, false));
    // The owner is a member: GetUserConversations lists the new ones.
    let mine = client
        .get_user_conversations(&vc::GetUserConversationsRequest::new(0, 10001, 0, 20))
        .await
        .unwrap();
    let ids: Vec<i64> = mine
        .conversation_infos
        .iter()
        .map(|c| c.conversation_short_id)
        .collect();
    assert!(ids.contains(&21) && ids.contains(&22), "{ids:?}");

    // An IdempotentId makes the call idempotent: the second answers the first, `Exist` true.
    let keyed = group.clone().with_idempotent_id("team-2024");
    let first = client.create_conversation(&keyed).await.unwrap();
    let second = client.create_conversation(&keyed).await.unwrap();
    assert_eq!((first.exist, second.exist), (false, true));
    assert_eq!(first.conversation_short_id, second.conversation_short_id);

    // A one-to-one conversation is keyed by its two members, whichever creates it.
    let one = |owner, other| {
        vc::CreateConversationRequest::new(
            0,
            vc::ConversationCoreInfo::new(vc::ConversationType::OneToOne),
            owner,
        )
        .with_other_user_id(other)
    };
    let a = client.create_conversation(&one(7, 8)).await.unwrap();
    let b = client.create_conversation(&one(8, 7)).await.unwrap();
    assert_eq!((a.exist, b.exist), (false, true));
    assert_eq!(a.conversation_short_id, b.conversation_short_id);
    assert_eq!(a.conversation_info.other_user_id, Some(8));
    // So is one the state file holds, made before any call.
    let held = client.create_conversation(&one(6, 5)).await.unwrap();
    assert_eq!((held.conversation_short_id, held.exist), (20, true));
    let members = client
        .batch_get_conversation_participant(&vc::BatchGetConversationParticipantRequest::new(
            0,
            a.conversation_short_id,
            vec![7, 8],
        ))
        .await
        .unwrap();
    assert_eq!(members.participants.map(|p| p.len()), Some(2));

    // Without OtherUserId a one-to-one conversation is refused with the documented code,
    // by validation in the client and by the server alike.
    let lonely = vc::CreateConversationRequest::new(
        0,
        vc::ConversationCoreInfo::new(vc::ConversationType::OneToOne),
        7,
    );
    assert!(matches!(
        client.create_conversation(&lonely).await,
        Err(Error::InvalidRequest(_))
    ));
    let unchecked = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .allow_http(true)
        .validate(false)
        .build()
        .unwrap();
    let e = unchecked.create_conversation(&lonely).await.unwrap_err();
    assert_eq!(code(&e), "CreateSingleConversationNeedOtherParticipantId");
}

#[tokio::test]
async fn a_sent_message_is_stored_once_and_modified_by_modify_message() {
    let (local, client) = start(false).await;
    let sent = client.send_message(&message(2, "hello")).await.unwrap();
    assert_eq!(stored(&local, 2), [sent.message_id]);
    client
        .modify_message(
            &vc::ModifyMessageRequest::new(0, 2, sent.message_id)
                .with_ext([("k".to_owned(), "v".to_owned())].into()),
        )
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    let kept = &state.conversations[&(0, 2)].messages[&sent.message_id];
    assert_eq!(kept.content, r#"{"text":"hello"}"#);
    assert_eq!(kept.ext.get("k"), Some("v"));
    assert_eq!(kept.sender, 10001);

    // A repeat with the same ClientMsgId answers the first message and stores nothing.
    let keyed = message(2, "once").with_client_msg_id("c-1");
    let first = client.send_message(&keyed).await.unwrap();
    let repeat = client.send_message(&keyed).await.unwrap();
    assert_eq!(first.message_id, repeat.message_id);
    assert_eq!(stored(&local, 2).len(), 2);

    // The documented refusals: no such conversation; content not in the client format.
    let e = client.send_message(&message(99, "x")).await.unwrap_err();
    assert_eq!(code(&e), "ConversationNotFound");
    let mut plain = message(2, "x");
    plain.content = "not json".into();
    let e = client.send_message(&plain).await.unwrap_err();
    assert_eq!(code(&e), "InvalidParam");
    assert_eq!(stored(&local, 2).len(), 2);
}

/// Sends `n` messages of `priority` to `conversation` at once; every one is answered as a
/// success.
async fn burst(
    client: &vc::client::Client,
    conversation: i64,
    priority: Option<vc::MessagePriority>,
    n: usize,
) {
    let requests: Vec<vc::SendMessageRequest> = (0..n)
        .map(|i| {
            let mut m = message(conversation, &format!("m{i}"));
            m.priority = priority;
            m
        })
        .collect();
    let answers = join_all(requests.iter().map(|r| client.send_message(r))).await;
    for answer in answers {
        answer.expect("answered as a success, dropped or not");
    }
}

#[tokio::test]
async fn a_live_group_drops_messages_over_the_shared_priority_budget() {
    let (local, client) = start(true).await;
    // Low and normal priority share 30 a second in a live group: of 60 sent at once, all are
    // answered as successes, and about 30 are stored (a few more as the budget refills
    // while the burst is answered); the rest were dropped.
    burst(&client, 1, Some(vc::MessagePriority::Low), 30).await;
    burst(&client, 1, Some(vc::MessagePriority::Normal), 30).await;
    let kept = stored(&local, 1).len();
    assert!((30..50).contains(&kept), "{kept} of 60 stored");
    // High priority has a budget of its own, 10 a second.
    burst(&client, 1, Some(vc::MessagePriority::High), 20).await;
    let high = stored(&local, 1).len() - kept;
    assert!((10..20).contains(&high), "{high} of 20 stored");

    // In a group that is not live, priority sets no budget: all 60 are stored.
    burst(&client, 2, Some(vc::MessagePriority::Normal), 60).await;
    assert_eq!(stored(&local, 2).len(), 60);
}
