//! The operations that page and the one that sends messages, on an emulator in this process:
//! `GetUserConversations` and `ScanConversationParticipantList` walked with the generated
//! pagers, and `SendGroupMsg` with its repeat window, its refusals and the stored messages.

mod support;

use support::code;

use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::pager::StreamExt;
use imapi_runtime::{Error, HttpConfig};

const AK: &str = "AKLTpages";
const SK: &str = "pages-secret";
const SDKAPPID: u64 = 1_400_000_005;
const KEY: &str = "pages-tencent-key";

fn http() -> HttpConfig {
    support::http()
}

async fn start() -> (emulator::Local, vc::client::Client) {
    let config = emulator::Config {
        rate_limits: false,
        ..emulator::Config::new(AK, SK, SDKAPPID, KEY)
    };
    let local = emulator::Local::start(config).await.unwrap();
    let client = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .http(http())
        .build()
        .unwrap();
    (local, client)
}

fn tencent(local: &emulator::Local, identifier: &str) -> tc::client::Client {
    tc::client::Client::builder(SDKAPPID, identifier, KEY)
        .base_url(local.base_url.clone())
        .http(http())
        .build()
        .unwrap()
}

fn conversations(
    user: i64,
    data_type: Option<vc::ConversationDataType>,
) -> vc::GetUserConversationsRequest {
    vc::GetUserConversationsRequest {
        app_id: 0,
        participant_user_id: user,
        data_type,
        cursor: 0,
        limit: 2,
        skip_member_count: None,
        inbox_type: None,
    }
}

#[tokio::test]
async fn a_users_conversations_page_in_the_documented_orders() {
    let (_local, client) = start().await;
    let ids = |pages: Vec<vc::GetUserConversationsResponse>| -> Vec<Vec<i64>> {
        pages
            .into_iter()
            .map(|p| {
                p.conversation_infos
                    .iter()
                    .map(|c| c.conversation_short_id)
                    .collect()
            })
            .collect()
    };
    // DataType 1: from the database, oldest first, two a page.
    let pages: Vec<_> = client
        .get_user_conversations_pages(conversations(
            10001,
            Some(vc::ConversationDataType::Database),
        ))
        .map(|p| p.expect("a page"))
        .collect()
        .await;
    assert_eq!(ids(pages.clone()), [vec![1, 2], vec![3]]);
    assert!(pages[0].has_more && !pages[1].has_more);
    assert_eq!(pages[0].next_cursor, 2);
    let one_to_one = &pages[1].conversation_infos[0];
    assert_eq!(one_to_one.conversation_type, vc::ConversationType::OneToOne);
    assert_eq!(one_to_one.other_user_id, Some(10002));
    assert_eq!(one_to_one.member_count, Some(2));
    assert_eq!(one_to_one.conversation_id, "3");

    // DataType 0: most recently active first (conversation 3 was created last).
    let first = client
        .get_user_conversations(&conversations(10001, Some(vc::ConversationDataType::Cache)))
        .await
        .unwrap();
    assert_eq!(first.conversation_infos[0].conversation_short_id, 3);

    // DataType 2: the live groups the user created.
    let live = client
        .get_user_conversations(&conversations(
            10001,
            Some(vc::ConversationDataType::CreatedLiveGroups),
        ))
        .await
        .unwrap();
    let live: Vec<i64> = live
        .conversation_infos
        .iter()
        .map(|c| c.conversation_short_id)
        .collect();
    assert_eq!(live, [1]);

    // SkipMemberCount leaves the counts out; a user in no conversation gets an empty list.
    let mut skip = conversations(10001, None);
    skip.skip_member_count = Some(true);
    let answer = client.get_user_conversations(&skip).await.unwrap();
    assert!(answer
        .conversation_infos
        .iter()
        .all(|c| c.member_count.is_none()));
    let nobody = client
        .get_user_conversations(&conversations(424242, None))
        .await
        .unwrap();
    assert!(nobody.conversation_infos.is_empty() && !nobody.has_more);

    // More than 20 a page is refused, by the client's validation and by the server.
    let mut big = conversations(10001, None);
    big.limit = 21;
    let e = client.get_user_conversations(&big).await.unwrap_err();
    assert!(
        matches!(&e, Error::InvalidRequest(v) if v.to_string().contains("Limit")),
        "{e}"
    );
    let unchecked = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(_local.base_url.clone())
        .http(http())
        .validate(false)
        .build()
        .unwrap();
    let e = unchecked.get_user_conversations(&big).await.unwrap_err();
    assert_eq!(code(&e), "InvalidParam");
}

fn scan(conversation: i64, limit: i64) -> vc::ScanConversationParticipantListRequest {
    vc::ScanConversationParticipantListRequest {
        app_id: 0,
        conversation_short_id: conversation,
        cursor: 0,
        limit,
        reverse: None,
        only_user_ids: None,
        scan_online_participant: None,
        mark_type: None,
    }
}

async fn scanned(
    client: &vc::client::Client,
    request: vc::ScanConversationParticipantListRequest,
) -> Vec<Vec<i64>> {
    client
        .scan_conversation_participant_list_pages(request)
        .map(|p| {
            p.expect("a page")
                .participants
                .iter()
                .map(|m| m.participant_user_id)
                .collect::<Vec<_>>()
        })
        .collect()
        .await
}

#[tokio::test]
async fn a_groups_members_scan_in_batches() {
    let (local, client) = start().await;
    // A group: members in the order they joined, two a batch; the last batch's cursor is -1.
    assert_eq!(
        scanned(&client, scan(2, 2)).await,
        [vec![10001, 2], vec![3]]
    );
    let last = client
        .scan_conversation_participant_list(&vc::ScanConversationParticipantListRequest {
            cursor: 2,
            ..scan(2, 2)
        })
        .await
        .unwrap();
    assert_eq!((last.has_more, last.next_cursor), (false, -1));
    let reversed = vc::ScanConversationParticipantListRequest {
        reverse: Some(true),
        ..scan(2, 5)
    };
    assert_eq!(scanned(&client, reversed).await, [vec![3, 2, 10001]]);

    // A live group lists its owner and managers, or with ScanOnlineParticipant its online
    // members, newest first.
    assert_eq!(scanned(&client, scan(1, 5)).await, [vec![10001]]);
    let online = vc::ScanConversationParticipantListRequest {
        scan_online_participant: Some(true),
        ..scan(1, 5)
    };
    // (All four joined at the same second: by user id, reversed.)
    assert_eq!(scanned(&client, online).await, [vec![10002, 10001, 3, 2]]);

    // Details, or only the ids.
    let detailed = client
        .scan_conversation_participant_list(&scan(1, 5))
        .await
        .unwrap();
    assert_eq!(
        detailed.participants[0].nick_name.as_deref(),
        Some("NickName1")
    );
    let ids_only = vc::ScanConversationParticipantListRequest {
        only_user_ids: Some(true),
        ..scan(2, 30)
    };
    let answer = client
        .scan_conversation_participant_list(&ids_only)
        .await
        .unwrap();
    assert_eq!(answer.participants.len(), 3);
    assert!(answer.participants.iter().all(|p| p.create_time.is_none()));

    // Marks: only the members with the mark.
    local.app().emulator().with_state(|state| {
        let group = state.conversations.get_mut(&(0, 1)).unwrap();
        group
            .participants
            .get_mut(&2)
            .unwrap()
            .marks
            .insert("Mark1".into());
    });
    let marked = vc::ScanConversationParticipantListRequest {
        scan_online_participant: Some(true),
        mark_type: Some("Mark1".into()),
        ..scan(1, 5)
    };
    assert_eq!(scanned(&client, marked).await, [vec![2]]);

    // Refusals: a one-to-one conversation, an unknown one, more than 20 with details.
    let e = client
        .scan_conversation_participant_list(&scan(3, 5))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "SingleConversationNotSupport");
    let e = client
        .scan_conversation_participant_list(&scan(99, 5))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "ConversationNotFound");
    let e = client
        .scan_conversation_participant_list(&scan(2, 30))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "InvalidParam");
}

fn text_message(random: u32, text: &str) -> tc::SendGroupMsgRequest {
    tc::SendGroupMsgRequest::new(
        "@TGS#2C5SZEAEF",
        random,
        vec![tc::TimMsgElement::Text(tc::TimTextElem {
            text: text.into(),
        })],
    )
}

#[tokio::test]
async fn group_messages_are_numbered_and_repeats_dropped() {
    let (local, _client) = start().await;
    let admin = tencent(&local, "administrator");
    let first = admin
        .send_group_msg(&text_message(1, "red packet"))
        .await
        .unwrap();
    let second = admin
        .send_group_msg(&text_message(2, "another"))
        .await
        .unwrap();
    assert_eq!((first.msg_seq, second.msg_seq), (1, 2));
    // The same Random within five minutes is a repeat: dropped, the first one answered.
    let again = admin
        .send_group_msg(&text_message(1, "red packet"))
        .await
        .unwrap();
    assert_eq!(again.msg_seq, 1);
    let state = local.app().emulator().snapshot();
    let stored = &state.groups["@TGS#2C5SZEAEF"].messages;
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].from, "administrator");
    assert_eq!(
        stored[0].body.read::<serde_json::Value>().unwrap(),
        serde_json::json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}}])
    );

    // From_Account names the sender, who must be a member.
    let as_leckie = text_message(3, "hi").with_from_account("leckie");
    admin.send_group_msg(&as_leckie).await.unwrap();
    let e = admin
        .send_group_msg(&text_message(4, "hi").with_from_account("stranger"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "10007");

    // The documented refusals.
    let mut missing = text_message(5, "hi");
    missing.group_id = "@TGS#missing".into();
    assert_eq!(
        code(&admin.send_group_msg(&missing).await.unwrap_err()),
        "10010"
    );
    let e = admin
        .send_group_msg(&text_message(6, &"x".repeat(9000)))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "80002");
    // Only administrators send; the group's owner may not.
    let owner = tencent(&local, "leckie");
    let e = owner
        .send_group_msg(&text_message(7, "hi"))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "60010");
    // SendMsgControl with OnlineOnlyFlag 1 is refused by validation (forbidden_when).
    let both = text_message(8, "hi")
        .with_online_only_flag(1)
        .with_send_msg_control(vec![tc::SendMsgControl::NoUnread]);
    let e = admin.send_group_msg(&both).await.unwrap_err();
    assert!(matches!(&e, Error::InvalidRequest(_)), "{e}");

    // A dump lists the messages, and loads back to the same state.
    let dumped = local.app().emulator().snapshot().to_yaml();
    assert!(dumped.contains("random: 3"), "{dumped}");
    assert_eq!(
        emulator::State::parse(&dumped).unwrap(),
        local.app().emulator().snapshot()
    );
}

/// A voice element as older clients stored it, without the download `Url` and flag a REST
/// sender must give (`required: request`): the client will not send it, and the emulator, on
/// the generated server, refuses it with 10004 and stores nothing; with them it is stored.
#[tokio::test]
async fn an_element_without_what_a_sender_must_give_is_refused() {
    let (local, _client) = start().await;
    let voice = |url: Option<&str>| {
        tc::SendGroupMsgRequest::new(
            "@TGS#2C5SZEAEF",
            11,
            vec![tc::TimMsgElement::Sound(tc::TimSoundElem {
                url: url.map(str::to_owned),
                uuid: "1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F".into(),
                size: Some(62351),
                second: Some(1),
                download_flag: url.map(|_| 2),
            })],
        )
    };
    let e = tencent(&local, "administrator")
        .send_group_msg(&voice(None))
        .await
        .unwrap_err();
    assert!(matches!(&e, Error::InvalidRequest(_)), "{e}");
    let unchecked = tc::client::Client::builder(SDKAPPID, "administrator", KEY)
        .base_url(local.base_url.clone())
        .http(http())
        .validate(false)
        .build()
        .unwrap();
    let e = unchecked.send_group_msg(&voice(None)).await.unwrap_err();
    assert_eq!(code(&e), "10004");
    let refusal = e.vendor().unwrap().message.clone();
    assert!(
        refusal.contains("MsgBody[0].MsgContent.Url must be present"),
        "{refusal}"
    );
    let stored = |local: &emulator::Local| {
        local.app().emulator().snapshot().groups["@TGS#2C5SZEAEF"]
            .messages
            .len()
    };
    assert_eq!(stored(&local), 0);
    unchecked
        .send_group_msg(&voice(Some("https://a/v.silk")))
        .await
        .unwrap();
    assert_eq!(stored(&local), 1);
}
