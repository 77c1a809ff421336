//! The conversation operations beyond creating and listing, on an emulator in this process: a
//! conversation changed is read back changed by the other operations, a disbanded one is gone
//! for every operation, and each rule the pages state holds, with a passing and a failing case.

mod support;

use support::code;

use std::collections::BTreeMap;

use imapi::volcengine_rtc_im as vc;
use imapi_runtime::Error;

const AK: &str = "AKLTconversations";
const SK: &str = "conversations-secret";

const STATE: &str = r#"
volcengine:
  conversations:
    - app_id: 0
      conversation_short_id: 1
      conversation_type: 100
      owner_user_id: 10001
      name: live
      create_time: 1000
      marks: [Mark1]
      participants:
        - {user_id: 10001, role: 1, create_time: 1000}
        - {user_id: 10002, create_time: 1001, read_index: 5}
        - {user_id: 10003, create_time: 1002, status: 1}
    - app_id: 0
      conversation_short_id: 2
      conversation_type: 2
      owner_user_id: 10001
      name: group
      create_time: 2000
      participants:
        - {user_id: 10001, role: 1, create_time: 2000, settings: {is_mute: true, stick_top_time: 77}}
        - {user_id: 2, create_time: 2001}
    - app_id: 0
      conversation_short_id: 3
      conversation_type: 1
      owner_user_id: 10001
      create_time: 3000
      participants:
        - {user_id: 10001, create_time: 3000}
        - {user_id: 10002, create_time: 3000}
"#;

async fn start() -> (emulator::Local, vc::client::Client) {
    let config = emulator::Config {
        rate_limits: false,
        state: emulator::State::parse(STATE).unwrap(),
        ..emulator::Config::new(AK, SK, 1_400_000_007, "conversations-tencent-key")
    };
    let local = emulator::Local::start(config).await.unwrap();
    let client = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .http(support::http())
        .build()
        .unwrap();
    (local, client)
}

fn marks(names: std::ops::Range<usize>) -> Vec<String> {
    names.map(|i| format!("m{i:02}")).collect()
}

#[tokio::test]
async fn a_modified_conversation_reads_back_changed() {
    let (_local, client) = start().await;
    let change = vc::ConversationCoreInfoChange::new(2)
        .with_name("renamed")
        .with_notice("hello")
        .with_ext(BTreeMap::from([("k".to_owned(), "v".to_owned())]));
    client
        .modify_conversation(&vc::ModifyConversationRequest::new(0, change))
        .await
        .unwrap();
    // Ext merges: a second change keeps the first key.
    let more = vc::ConversationCoreInfoChange::new(2)
        .with_ext(BTreeMap::from([("k2".to_owned(), "v2".to_owned())]));
    client
        .modify_conversation(&vc::ModifyConversationRequest::new(0, more))
        .await
        .unwrap();
    let read = client
        .batch_get_conversations(&vc::BatchGetConversationsRequest::new(0, vec![2]))
        .await
        .unwrap();
    let info = &read.conversation_core_infos[0];
    assert_eq!(info.name.as_deref(), Some("renamed"));
    assert_eq!(info.notice.as_deref(), Some("hello"));
    assert_eq!(info.ext.as_ref().unwrap().len(), 2);
    assert!(info.modify_time >= info.create_time);
    // GetUserConversations shows the same details.
    let listed = client
        .get_user_conversations(&vc::GetUserConversationsRequest::new(0, 2, 0, 20))
        .await
        .unwrap();
    assert_eq!(
        listed.conversation_infos[0].name.as_deref(),
        Some("renamed")
    );
    // An unknown conversation is refused.
    let unknown = vc::ModifyConversationRequest::new(0, vc::ConversationCoreInfoChange::new(99));
    let e = client.modify_conversation(&unknown).await.unwrap_err();
    assert_eq!(code(&e), "ConversationNotFound");
}

#[tokio::test]
async fn a_new_owner_takes_the_owner_role_and_may_then_disband() {
    let (local, client) = start().await;
    let hand_over = vc::ConversationCoreInfoChange::new(2).with_owner_user_id(100001);
    client
        .modify_conversation(&vc::ModifyConversationRequest::new(0, hand_over))
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    let group = &state.conversations[&(0, 2)];
    assert_eq!(group.owner_user_id, 100001);
    assert_eq!(group.participants[&100001].role, 1);
    assert_eq!(group.participants[&10001].role, 0);
    // The former owner may no longer disband it; the new one may.
    let e = client
        .destroy_conversation(&vc::DestroyConversationRequest::new(0, 10001, 2))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "OnlyOwnerCanOperator");
    client
        .destroy_conversation(&vc::DestroyConversationRequest::new(0, 100001, 2))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_disbanded_conversation_is_gone_for_every_operation() {
    let (_local, client) = start().await;
    client
        .destroy_conversation(&vc::DestroyConversationRequest::new(0, 10001, 2))
        .await
        .unwrap();
    let again = client
        .destroy_conversation(&vc::DestroyConversationRequest::new(0, 10001, 2))
        .await
        .unwrap_err();
    assert_eq!(code(&again), "ConversationNotFound");
    let count = client
        .get_conversation_user_count(&vc::GetConversationUserCountRequest::new(0, 2))
        .await
        .unwrap_err();
    assert_eq!(code(&count), "ConversationNotFound");
    let member = client
        .is_user_in_conversation(&vc::IsUserInConversationRequest::new(0, 2, 10001))
        .await
        .unwrap_err();
    assert_eq!(code(&member), "ConversationNotFound");
    // BatchGetConversations cannot read it: it is left out of the answer.
    let read = client
        .batch_get_conversations(&vc::BatchGetConversationsRequest::new(0, vec![2, 1]))
        .await
        .unwrap();
    let ids: Vec<i64> = read
        .conversation_core_infos
        .iter()
        .map(|c| c.conversation_short_id)
        .collect();
    assert_eq!(ids, [1]);
    // Nor is it among its owner's conversations.
    let listed = client
        .get_user_conversations(&vc::GetUserConversationsRequest::new(0, 10001, 0, 20))
        .await
        .unwrap();
    assert!(listed
        .conversation_infos
        .iter()
        .all(|c| c.conversation_short_id != 2));
}

#[tokio::test]
async fn only_groups_are_disbanded() {
    let (_local, client) = start().await;
    let e = client
        .destroy_conversation(&vc::DestroyConversationRequest::new(0, 10001, 3))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "SingleConversationNotSupport");
    // A live group may be disbanded by its owner.
    client
        .destroy_conversation(&vc::DestroyConversationRequest::new(0, 10001, 1))
        .await
        .unwrap();
}

#[tokio::test]
async fn batch_get_counts_members_only_when_asked() {
    let (_local, client) = start().await;
    let request = vc::BatchGetConversationsRequest::new(0, vec![3, 1, 3, 404]);
    let read = client.batch_get_conversations(&request).await.unwrap();
    let infos = &read.conversation_core_infos;
    // In the order asked, each once, the unknown one left out; counts skipped by default.
    assert_eq!(infos.len(), 2);
    assert_eq!(infos[0].conversation_short_id, 3);
    assert_eq!(infos[0].other_user_id, Some(10002));
    assert!(infos.iter().all(|c| c.member_count.is_none()));
    let counted = client
        .batch_get_conversations(&request.with_skip_member_count(false))
        .await
        .unwrap();
    // Conversation 1's member who left (10003) is not counted.
    assert_eq!(counted.conversation_core_infos[1].member_count, Some(2));
    // An id that is no conversation id at all is refused.
    let invalid = vc::BatchGetConversationsRequest::new(0, vec![1, 0]);
    let e = client.batch_get_conversations(&invalid).await.unwrap_err();
    match e {
        Error::InvalidRequest(violations) => assert_eq!(
            violations.code().map(|c| c.code),
            Some("ConversationShortIdsHasInvalidElem")
        ),
        other => panic!("refused before sending: {other}"),
    }
}

#[tokio::test]
async fn settings_read_back_what_modify_conversation_setting_set() {
    let (_local, client) = start().await;
    let read = client
        .get_conversation_setting(&vc::GetConversationSettingRequest::new(0, 10001, 2))
        .await
        .unwrap();
    let s = &read.conversation_setting_info;
    assert_eq!(s.is_mute, Some(true));
    assert_eq!(s.stick_top_time, 77);
    assert_eq!(s.is_stick_top, Some(true));
    assert_eq!(s.is_set_favorite, Some(false));
    assert_eq!(s.conversation_type, vc::ConversationType::Group);
    let mut change = vc::ConversationSettingInfo::new(2, 10001);
    change.is_set_favorite = Some(true);
    change.set_favorite_time = Some(1234);
    change.is_mute = Some(false);
    client
        .modify_conversation_setting(&vc::ModifyConversationSettingRequest::new(0, change))
        .await
        .unwrap();
    let read = client
        .get_conversation_setting(&vc::GetConversationSettingRequest::new(0, 10001, 2))
        .await
        .unwrap();
    let s = &read.conversation_setting_info;
    assert_eq!(s.is_mute, Some(false));
    assert_eq!(s.set_favorite_time, Some(1234));
    assert_eq!(s.is_set_favorite, Some(true));
    // A user who is not a member, or left, is refused.
    for user in [999, 10003] {
        let e = client
            .get_conversation_setting(&vc::GetConversationSettingRequest::new(0, user, 1))
            .await
            .unwrap_err();
        assert_eq!(code(&e), "ParticipantNotInConversation");
    }
}

#[tokio::test]
async fn read_positions_only_move_forward() {
    let (_local, client) = start().await;
    let read = client
        .get_conversation_setting(&vc::GetConversationSettingRequest::new(0, 10002, 1))
        .await
        .unwrap();
    assert_eq!(read.conversation_setting_info.read_index, 5);
    let hidden = client
        .get_conversation_setting(
            &vc::GetConversationSettingRequest::new(0, 10002, 1).with_no_read_index(true),
        )
        .await
        .unwrap();
    assert_eq!(hidden.conversation_setting_info.read_index, 0);
    // Only members with a position are listed: 10001 (position 0) is not.
    let all = client
        .get_participant_read_index(&vc::GetParticipantReadIndexRequest::new(0, 1))
        .await
        .unwrap();
    assert_eq!(all.read_indexes.len(), 1);
    assert_eq!(all.read_indexes[0].participant_user_id, 10002);
    let forward = vc::ModifyParticipantReadIndexRequest::new(0, 1, 10001, 3);
    client
        .modify_participant_read_index(&forward)
        .await
        .unwrap();
    let all = client
        .get_participant_read_index(&vc::GetParticipantReadIndexRequest::new(0, 1))
        .await
        .unwrap();
    let positions: Vec<(i64, i64)> = all
        .read_indexes
        .iter()
        .map(|r| (r.participant_user_id, r.read_index))
        .collect();
    assert_eq!(positions, [(10001, 3), (10002, 5)]);
    // Not forward (equal or smaller) is refused; so is a user who is not a member.
    for back in [5, 4] {
        let request = vc::ModifyParticipantReadIndexRequest::new(0, 1, 10002, back);
        let e = client
            .modify_participant_read_index(&request)
            .await
            .unwrap_err();
        assert_eq!(code(&e), "InvalidParam");
    }
    let stranger = vc::ModifyParticipantReadIndexRequest::new(0, 1, 999, 9);
    let e = client
        .modify_participant_read_index(&stranger)
        .await
        .unwrap_err();
    assert_eq!(code(&e), "ParticipantNotInConversation");
}

#[tokio::test]
async fn counts_and_membership_follow_the_members() {
    let (_local, client) = start().await;
    let count = client
        .get_conversation_user_count(&vc::GetConversationUserCountRequest::new(0, 1))
        .await
        .unwrap();
    assert_eq!(count.count, 2);
    for (user, member) in [(10002, true), (10003, false), (42, false)] {
        let answer = client
            .is_user_in_conversation(&vc::IsUserInConversationRequest::new(0, 1, user))
            .await
            .unwrap();
        assert_eq!(answer.is_user_in_conversation, member, "{user}");
    }
}

#[tokio::test]
async fn live_group_marks_are_added_removed_and_bounded() {
    let (_local, client) = start().await;
    let get = vc::GetConversationMarksRequest::new(0, 1);
    client
        .mark_conversation(&vc::MarkConversationRequest::new(
            0,
            1,
            vec!["Mark2".into(), "Mark1".into()],
        ))
        .await
        .unwrap();
    assert_eq!(
        client
            .get_conversation_marks(&get)
            .await
            .unwrap()
            .mark_types,
        ["Mark1", "Mark2"]
    );
    let remove = vc::MarkConversationRequest::new(0, 1, vec!["Mark1".into()])
        .with_mark_action(vc::MarkAction::Delete);
    client.mark_conversation(&remove).await.unwrap();
    assert_eq!(
        client
            .get_conversation_marks(&get)
            .await
            .unwrap()
            .mark_types,
        ["Mark2"]
    );
    // 19 more fit (20 in all); one more does not, and adds nothing.
    client
        .mark_conversation(&vc::MarkConversationRequest::new(0, 1, marks(0..19)))
        .await
        .unwrap();
    let e = client
        .mark_conversation(&vc::MarkConversationRequest::new(0, 1, marks(19..20)))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "ConversationMarkTypeMoreThanLimit");
    assert_eq!(
        client
            .get_conversation_marks(&get)
            .await
            .unwrap()
            .mark_types
            .len(),
        20
    );
    // Live groups only, for both.
    let e = client
        .mark_conversation(&vc::MarkConversationRequest::new(0, 2, marks(0..1)))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "OnlyLiveConversationSupport");
    let e = client
        .get_conversation_marks(&vc::GetConversationMarksRequest::new(0, 2))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "OnlyLiveConversationSupport");
}

#[tokio::test]
async fn live_status_answers_the_first_200_users_asked() {
    let (_local, client) = start().await;
    let mut users: Vec<i64> = vec![10002, 10003, 7];
    users.extend(1000..1300);
    let answer = client
        .query_live_participant_status(&vc::QueryLiveParticipantStatusRequest::new(0, 1, users))
        .await
        .unwrap();
    assert_eq!(answer.status.len(), 200);
    let first: Vec<(i64, bool, i64)> = answer.status[..3]
        .iter()
        .map(|s| (s.participant_user_id, s.is_in_conversation, s.create_time))
        .collect();
    assert_eq!(
        first,
        [(10002, true, 1001), (10003, false, 0), (7, false, 0)]
    );
    let e = client
        .query_live_participant_status(&vc::QueryLiveParticipantStatusRequest::new(
            0,
            2,
            vec![10001],
        ))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "OnlyLiveConversationSupport");
}

#[tokio::test]
async fn new_state_keys_survive_a_dump_and_load() {
    let (local, _client) = start().await;
    let state = local.app().emulator().snapshot();
    let again = emulator::State::from_json_bytes(&state.to_json_bytes()).unwrap();
    assert_eq!(again, state);
    let live = &again.conversations[&(0, 1)];
    assert!(live.details.marks.contains("Mark1"));
    assert_eq!(live.participants[&10002].read_index, 5);
}
