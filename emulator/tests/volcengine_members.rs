//! Volcengine's member operations on an emulator in this process: members added are the ones
//! BatchGetConversationParticipant and ScanConversationParticipantList then find, members
//! removed are gone, managers have role 2, and a live group's mute, block and white lists
//! change what the other operations answer. Each rule with a case that holds and one that
//! fails.

mod support;

use support::code;

use imapi::volcengine_rtc_im as vc;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

const AK: &str = "AKLTmembers";
const SK: &str = "members-secret";

const STATE: &str = r#"
volcengine:
  conversations:
    - {app_id: 0, conversation_short_id: 1, conversation_type: 100, owner_user_id: 10001, participants: [{user_id: 10001, role: 1}, {user_id: 2, nick_name: two, create_time: 5}, {user_id: 3, create_time: 6}]}
    - {app_id: 0, conversation_short_id: 2, conversation_type: 2, owner_user_id: 10001, participants: [{user_id: 10001, role: 1}, {user_id: 2, create_time: 5}]}
    - {app_id: 0, conversation_short_id: 3, conversation_type: 1, owner_user_id: 5, participants: [{user_id: 5}, {user_id: 6}]}
"#;

async fn start() -> (emulator::Local, vc::client::Client) {
    let config = emulator::Config {
        rate_limits: false,
        state: emulator::State::parse(STATE).unwrap(),
        ..emulator::Config::new(AK, SK, 1_400_000_007, "members-tencent-key")
    };
    let local = emulator::Local::start(config).await.unwrap();
    let client = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(local.base_url.clone())
        .http(support::http())
        .build()
        .unwrap();
    (local, client)
}

/// A request written as the JSON body.
fn req<T: DeserializeOwned>(body: Value) -> T {
    serde_json::from_value(body).unwrap()
}

/// The members BatchGetConversationParticipant finds among `users`, or the refusal's code.
async fn get(
    client: &vc::client::Client,
    conversation: i64,
    users: &[i64],
) -> Result<Vec<vc::Participant>, String> {
    client
        .batch_get_conversation_participant(&req(
            json!({"AppId": 0, "ConversationShortId": conversation, "ParticipantUserIds": users}),
        ))
        .await
        .map(|r| r.participants.unwrap_or_default())
        .map_err(|e| code(&e))
}

/// The UserIds ScanConversationParticipantList lists, in its order.
async fn scan(client: &vc::client::Client, conversation: i64) -> Vec<i64> {
    let answer = client
        .scan_conversation_participant_list(&req(
            json!({"AppId": 0, "ConversationShortId": conversation, "Cursor": 0, "Limit": 20}),
        ))
        .await
        .unwrap();
    answer
        .participants
        .iter()
        .map(|p| p.participant_user_id)
        .collect()
}

#[tokio::test]
async fn members_added_are_found_and_members_removed_are_not() {
    let (_local, client) = start().await;
    let added = client
        .batch_add_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 2, "Operator": 10001,
            "ParticipantInfos": [
                {"ParticipantUserId": 20, "NickName": "twenty", "Level": 4, "Ext": {"k": "v"}},
                {"ParticipantUserId": 21, "Role": 2},
                {"ParticipantUserId": 22, "Role": 7},
                {"ParticipantUserId": 23, "Role": 1}
            ]
        })))
        .await
        .unwrap();
    // Role 1 is the owner's only; an invalid role is taken as 0.
    assert_eq!(added.failed_user_ids, vec![23]);
    let found = get(&client, 2, &[20, 21, 22, 23]).await.unwrap();
    let roles: Vec<(i64, i64)> = found
        .iter()
        .map(|p| (p.participant_user_id, p.role.value()))
        .collect();
    assert_eq!(roles, vec![(20, 0), (21, 2), (22, 0)]);
    assert_eq!(found[0].nick_name.as_deref(), Some("twenty"));
    assert_eq!(found[0].level, Some(4));
    assert_eq!(found[0].operator, 10001);
    assert_eq!(scan(&client, 2).await, vec![10001, 2, 20, 21, 22]);

    // Adding a member again overwrites its data.
    client
        .batch_add_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 2, "Operator": 7,
            "ParticipantInfos": [{"ParticipantUserId": 20, "Level": 9}]
        })))
        .await
        .unwrap();
    let again = &get(&client, 2, &[20]).await.unwrap()[0];
    assert_eq!((again.level, again.operator), (Some(9), 7));
    assert_eq!(again.nick_name, None);
    assert_eq!(again.ext, None);

    // The owner and users who are not members are not removed.
    let removed = client
        .batch_delete_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 2, "Operator": 10001,
            "ParticipantUserIds": [20, 21, 10001, 99]
        })))
        .await
        .unwrap();
    assert_eq!(removed.failed_user_ids, vec![10001, 99]);
    assert_eq!(
        get(&client, 2, &[20, 21]).await.unwrap_err(),
        "ParticipantNotFound"
    );
    assert_eq!(scan(&client, 2).await, vec![10001, 2, 22]);
}

#[tokio::test]
async fn one_to_one_conversations_take_no_member_changes() {
    let (_local, client) = start().await;
    let add = client
        .batch_add_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 3, "Operator": 5,
            "ParticipantInfos": [{"ParticipantUserId": 7}]
        })))
        .await
        .unwrap_err();
    assert_eq!(code(&add), "SingleConversationNotSupport");
    let delete = client
        .batch_delete_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 3, "Operator": 5, "ParticipantUserIds": [6]
        })))
        .await
        .unwrap_err();
    assert_eq!(code(&delete), "SingleConversationNotSupport");
    let missing = client
        .batch_add_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 404, "Operator": 5,
            "ParticipantInfos": [{"ParticipantUserId": 7}]
        })))
        .await
        .unwrap_err();
    assert_eq!(code(&missing), "ConversationNotFound");
    // A UserId of 0 breaks the documented constraint before anything is sent.
    let zero: vc::BatchAddConversationParticipantRequest = req(json!({
        "AppId": 0, "ConversationShortId": 2, "Operator": 5,
        "ParticipantInfos": [{"ParticipantUserId": 0}]
    }));
    assert!(client
        .batch_add_conversation_participant(&zero)
        .await
        .is_err());
}

#[tokio::test]
async fn modifications_change_only_the_fields_given() {
    let (_local, client) = start().await;
    let modified = client
        .batch_modify_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "Operator": 10001,
            "ParticipantInfos": [
                {"ParticipantUserId": 2, "Level": 5, "Ext": {"a": "1"}, "BlockTime": 4102444800_i64},
                {"ParticipantUserId": 3, "Role": 1},
                {"ParticipantUserId": 10001, "Role": 0},
                {"ParticipantUserId": 99, "Level": 1}
            ]
        })))
        .await
        .unwrap();
    assert_eq!(modified.failed_user_ids, vec![3, 10001, 99]);
    let two = &get(&client, 1, &[2]).await.unwrap()[0];
    assert_eq!(two.level, Some(5));
    assert_eq!(
        two.nick_name.as_deref(),
        Some("two"),
        "a field left out stays"
    );
    assert_eq!(two.block_time, Some(4_102_444_800));
    // The mute set through BlockTime is on the live group's mute list.
    let muted = client
        .batch_get_block_participants(&req(
            json!({"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20}),
        ))
        .await
        .unwrap();
    assert_eq!(muted.participants.len(), 1);
    assert_eq!(muted.participants[0].block_time, 4_102_444_800);
}

#[tokio::test]
async fn managers_have_role_two_in_live_groups_only() {
    let (_local, client) = start().await;
    let added = client
        .batch_add_manager(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "Operator": 10001, "ManagerUserIds": [2, 10001, 99]
        })))
        .await
        .unwrap();
    assert_eq!(added.failed_manager_user_ids, vec![10001, 99]);
    assert_eq!(get(&client, 1, &[2]).await.unwrap()[0].role.value(), 2);
    // A live group's scan without ScanOnlineParticipant lists its owner and managers.
    assert_eq!(scan(&client, 1).await, vec![10001, 2]);

    let removed = client
        .batch_remove_manager(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "Operator": 10001, "RemoveManagerUserIds": [2, 3]
        })))
        .await
        .unwrap();
    assert_eq!(removed.failed_manager_user_ids, vec![3]);
    assert_eq!(get(&client, 1, &[2]).await.unwrap()[0].role.value(), 0);
    assert_eq!(scan(&client, 1).await, vec![10001]);

    let group = client
        .batch_add_manager(&req(json!({
            "AppId": 0, "ConversationShortId": 2, "Operator": 10001, "ManagerUserIds": [2]
        })))
        .await
        .unwrap_err();
    assert_eq!(code(&group), "OnlyLiveConversationSupport");
}

#[tokio::test]
async fn mutes_and_blocks_are_listed_until_lifted() {
    let (_local, client) = start().await;
    let muted = client
        .batch_add_block_participants(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "BlockAction": 0,
            "ParticipantBlockInfos": {"2": 600, "10001": 600, "99": 600, "3": 0}
        })))
        .await
        .unwrap();
    // The owner is never muted, a mute needs a member and a positive duration.
    assert_eq!(muted.failed_participant_user_ids, vec![10001, 3, 99]);
    let list = client
        .batch_get_block_participants(&req(
            json!({"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20, "BlockAction": 0}),
        ))
        .await
        .unwrap();
    assert_eq!(list.participants.len(), 1);
    let entry = &list.participants[0];
    assert_eq!(entry.participant_user_id, 2);
    assert_eq!(entry.block_time - entry.create_time, 600);
    assert_eq!(entry.nick_name.as_deref(), Some("two"));
    assert_eq!((list.has_more, list.next_cursor), (false, -1));
    let member = &get(&client, 1, &[2]).await.unwrap()[0];
    assert_eq!(member.block_time, Some(entry.block_time));

    // A blocked user cannot be added until unblocked.
    let blocked = client
        .batch_add_block_participants(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "BlockAction": 1,
            "ParticipantBlockInfos": {"77": 600}
        })))
        .await
        .unwrap();
    assert!(blocked.failed_participant_user_ids.is_empty());
    let add = |user: i64| {
        req::<vc::BatchAddConversationParticipantRequest>(json!({
            "AppId": 0, "ConversationShortId": 1, "Operator": 10001,
            "ParticipantInfos": [{"ParticipantUserId": user}]
        }))
    };
    let refused = client
        .batch_add_conversation_participant(&add(77))
        .await
        .unwrap();
    assert_eq!(refused.failed_user_ids, vec![77]);

    let lifted = client
        .batch_delete_block_participants(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "BlockAction": 1, "ParticipantUserIds": [77, 2]
        })))
        .await
        .unwrap();
    assert_eq!(
        lifted.failed_participant_user_ids,
        vec![2],
        "2 is muted, not blocked"
    );
    let admitted = client
        .batch_add_conversation_participant(&add(77))
        .await
        .unwrap();
    assert!(admitted.failed_user_ids.is_empty());

    let unmuted = client
        .batch_delete_block_participants(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "ParticipantUserIds": [2]
        })))
        .await
        .unwrap();
    assert!(unmuted.failed_participant_user_ids.is_empty());
    assert_eq!(get(&client, 1, &[2]).await.unwrap()[0].block_time, Some(0));
    let empty = client
        .batch_get_block_participants(&req(
            json!({"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20}),
        ))
        .await
        .unwrap();
    assert!(empty.participants.is_empty());

    let group = client
        .batch_get_block_participants(&req(
            json!({"AppId": 0, "ConversationShortId": 2, "Cursor": 0, "Limit": 20}),
        ))
        .await
        .unwrap_err();
    assert_eq!(code(&group), "OnlyLiveConversationSupport");
}

#[tokio::test]
async fn the_whitelist_holds_members_and_pages() {
    let (_local, client) = start().await;
    let added = client
        .batch_add_whitelist_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "Operator": 10001, "ParticipantUserIds": [2, 3, 99]
        })))
        .await
        .unwrap();
    assert_eq!(added.failed_user_ids, vec![99]);
    let first = client
        .batch_get_whitelist_participant(&req(
            json!({"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 1}),
        ))
        .await
        .unwrap();
    assert_eq!(first.participants.len(), 1);
    assert_eq!(first.participants[0].operator, 10001);
    assert!(first.has_more);
    let rest = client
        .batch_get_whitelist_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "Cursor": first.next_cursor, "Limit": 20
        })))
        .await
        .unwrap();
    assert_eq!(rest.participants.len(), 1);
    assert_eq!((rest.has_more, rest.next_cursor), (false, -1));

    let removed = client
        .batch_remove_whitelist_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "Operator": 10001, "ParticipantUserIds": [2, 2]
        })))
        .await
        .unwrap();
    assert_eq!(
        removed.failed_user_ids,
        vec![2],
        "the second time 2 is no longer listed"
    );
    let left = client
        .batch_get_whitelist_participant(&req(
            json!({"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20}),
        ))
        .await
        .unwrap();
    let users: Vec<i64> = left
        .participants
        .iter()
        .map(|p| p.participant_user_id)
        .collect();
    assert_eq!(users, vec![3]);
    // Removing a member takes it off the whitelist too.
    client
        .batch_delete_conversation_participant(&req(json!({
            "AppId": 0, "ConversationShortId": 1, "Operator": 10001, "ParticipantUserIds": [3]
        })))
        .await
        .unwrap();
    let none = client
        .batch_get_whitelist_participant(&req(
            json!({"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20}),
        ))
        .await
        .unwrap();
    assert!(none.participants.is_empty());
}
