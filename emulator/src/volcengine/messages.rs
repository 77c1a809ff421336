//! Volcengine RTC IM's message operations beyond sending and editing: looking messages up,
//! listing a conversation's history, recalling and deleting, one-to-one and broadcast sends,
//! read receipts and user tokens.
//!
//! A message's index in its conversation (`IndexInConversation`, the `Cursor` of
//! GetConversationMessages) is its id: the emulator numbers a conversation's messages in the
//! order they are sent.

use imapi::volcengine_rtc_im::{
    self as vc, errors, BatchSendMessageRequest, BatchSendMessageResponse, ConversationType,
    DeleteConversationMessageRequest, DeleteConversationMessageResponse, DeleteMessageRequest,
    DeleteMessageResponse, GetAppTokenRequest, GetAppTokenResponse, GetConversationMessagesRequest,
    GetConversationMessagesResponse, GetMessagesReadReceiptRequest, GetMessagesReadReceiptResponse,
    GetMessagesRequest, GetMessagesResponse, MessageDeleteType, MessageStatus, QueryDirection,
    RecallMessageRequest, RecallMessageResponse, UserBroadcastRequest, UserBroadcastResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::{client_format, conversation, millis};
use crate::state::{Conversation, Message, Participant, State, LIVE_GROUP};
use crate::Emulator;

/// A message's state (the `MessageStatus` numbers): seen by its sender only.
const INVISIBLE: i32 = 2;
/// Recalled.
const RECALLED: i32 = 3;
/// Deleted for the conversation.
const DELETED: i32 = 4;

/// Most messages one GetConversationMessages page holds.
const CONVERSATION_MESSAGES_MAX: i64 = 20;

/// A message's state now, as `MessageStatus` numbers it: the stored state, or expired.
fn status_now(message: &Message, now: i64) -> i32 {
    if message.status == 0 && message.expire_time.is_some_and(|t| now >= t) {
        1
    } else {
        message.status
    }
}

/// Whether the message lists show the message: only visible ones.
fn listed(message: &Message, now: i64) -> bool {
    status_now(message, now) == 0
}

/// A message as the queries answer it, with the state of the message it quotes.
fn body(c: &Conversation, m: &Message, now: i64) -> vc::MessageBody {
    let quoted = m.quotes.as_ref().map(|q| {
        let target = c.messages.get(&q.message_id);
        vc::RefMsgInfo {
            referenced_message_id: q.message_id,
            hint: q.hint.clone(),
            referenced_message_type: target.map(|t| t.msg_type),
            // A quoted message that is not (or no longer) stored counts as deleted.
            status: Some(MessageStatus::from_value(
                target.map_or(DELETED, |t| status_now(t, now)),
            )),
        }
    });
    vc::MessageBody {
        conversation_type: ConversationType::from_value(c.conversation_type),
        conversation_short_id: c.conversation_short_id,
        message_id: m.message_id,
        msg_type: m.msg_type,
        content: m.content.clone(),
        ext: (!m.ext.is_empty()).then(|| m.ext.to_map()),
        status: MessageStatus::from_value(status_now(m, now)),
        create_time: m.create_time,
        sender: m.sender,
        app_id: i32::try_from(c.app_id).unwrap_or_default(),
        index_in_conversation: Some(m.message_id),
        ref_msg_info: quoted,
    }
}

/// The message a request names in a conversation, or `MessageNotFound`.
pub(super) fn message_mut(c: &mut Conversation, id: i64) -> Result<&mut Message, Fault> {
    let conversation_id = c.conversation_short_id;
    c.messages.get_mut(&id).ok_or_else(|| {
        Fault::new(
            errors::MESSAGE_NOT_FOUND,
            format!("message {id} does not exist in conversation {conversation_id}"),
        )
    })
}

/// A current member of a conversation, or `ParticipantNotInConversation`.
fn member(c: &Conversation, user: i64) -> Result<&crate::state::Participant, Fault> {
    c.participants
        .get(&user)
        .filter(|p| p.status == 0)
        .ok_or_else(|| {
            Fault::new(
                errors::PARTICIPANT_NOT_IN_CONVERSATION,
                format!(
                    "user {user} is not a member of conversation {}",
                    c.conversation_short_id
                ),
            )
        })
}

impl Emulator {
    pub(super) fn get_messages_now(
        &self,
        context: &RequestContext,
        request: GetMessagesRequest,
    ) -> Result<GetMessagesResponse, Fault> {
        let now = millis(context);
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let mut seen = std::collections::BTreeSet::new();
        let messages = request
            .message_ids
            .iter()
            .filter(|id| seen.insert(**id))
            .filter_map(|id| c.messages.get(id))
            .filter(|m| listed(m, now))
            .map(|m| body(c, m, now))
            .collect();
        Ok(GetMessagesResponse { messages })
    }

    pub(super) fn get_conversation_messages_now(
        &self,
        context: &RequestContext,
        request: GetConversationMessagesRequest,
    ) -> Result<GetConversationMessagesResponse, Fault> {
        if request.limit > CONVERSATION_MESSAGES_MAX {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                format!("Limit is at most {CONVERSATION_MESSAGES_MAX}"),
            ));
        }
        let now = millis(context);
        let limit = usize::try_from(request.limit).unwrap_or(0);
        let cursor = request.cursor;
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        // A live group is read backward whatever the request says; any other unknown
        // direction reads forward, the default.
        let backward = c.conversation_type == LIVE_GROUP
            || request.reverse_or_default() == QueryDirection::Backward;
        let visible = |m: &&Message| listed(m, now);
        let (page, has_more, new_cursor): (Vec<&Message>, bool, i64) = if backward {
            // Backward: the messages at or before the cursor, newest first; 0 starts at the
            // newest.
            let start = if cursor == 0 { i64::MAX } else { cursor };
            let mut older = c
                .messages
                .range(..=start)
                .rev()
                .map(|(_, m)| m)
                .filter(visible);
            let page: Vec<&Message> = older.by_ref().take(limit).collect();
            let more = older.next().is_some();
            let next = match page.last() {
                Some(last) if more => last.message_id.saturating_sub(1),
                _ => -1,
            };
            (page, more, next)
        } else {
            let mut newer = c.messages.range(cursor..).map(|(_, m)| m).filter(visible);
            let page: Vec<&Message> = newer.by_ref().take(limit).collect();
            let more = newer.next().is_some();
            let next = page
                .last()
                .map_or(cursor, |last| last.message_id.saturating_add(1));
            (page, more, next)
        };
        let messages = page.into_iter().map(|m| body(c, m, now)).collect();
        Ok(GetConversationMessagesResponse {
            has_more,
            new_cursor,
            messages,
        })
    }

    pub(super) fn recall_message_now(
        &self,
        request: RecallMessageRequest,
    ) -> Result<RecallMessageResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let user = request.participant_user_id;
        let role = member(c, user)?.role;
        let message = message_mut(c, request.message_id)?;
        // A member recalls their own messages; the owner and the managers anyone's.
        if message.sender != user && role != 1 && role != 2 {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                format!(
                    "user {user} may not recall message {} of user {}: only its sender, the owner or a manager may",
                    request.message_id, message.sender
                ),
            ));
        }
        message.status = RECALLED;
        Ok(RecallMessageResponse {})
    }

    pub(super) fn delete_message_now(
        &self,
        request: DeleteMessageRequest,
    ) -> Result<DeleteMessageResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let user = request.participant_user_id;
        member(c, user)?;
        message_mut(c, request.message_id)?.deleted_for.insert(user);
        Ok(DeleteMessageResponse {})
    }

    pub(super) fn delete_conversation_message_now(
        &self,
        request: DeleteConversationMessageRequest,
    ) -> Result<DeleteConversationMessageResponse, Fault> {
        let sender_only = request.delete_type_or_default() == MessageDeleteType::SenderOnly;
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        if sender_only && c.conversation_type == LIVE_GROUP {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                "a live group's message can only be deleted for everyone (DeleteType 0)",
            ));
        }
        // DeleteType 1 leaves the sender's view: invisible to the users (2); 0 deleted (4).
        message_mut(c, request.message_id)?.status = if sender_only { INVISIBLE } else { DELETED };
        Ok(DeleteConversationMessageResponse {})
    }

    pub(super) fn batch_send_message_now(
        &self,
        context: &RequestContext,
        request: BatchSendMessageRequest,
    ) -> Result<BatchSendMessageResponse, Fault> {
        client_format(&request.content)?;
        inbox_zero(request.inbox_type_or_default())?;
        let now = millis(context);
        let app = i64::from(request.app_id);
        let sender = request.sender;
        let ext: crate::state::Ext = request.ext.unwrap_or_default().into_iter().collect();
        let mut state = self.lock();
        let mut sent = std::collections::BTreeMap::new();
        for &receiver in &request.receiver {
            // A receiver named twice gets one message; the sender gets none.
            if receiver == sender || sent.contains_key(&receiver.to_string()) {
                continue;
            }
            let id = one_to_one(&mut state, app, sender, receiver, now / 1000);
            let c = state
                .conversations
                .get_mut(&(app, id))
                .expect("the conversation just found or made");
            let message_id = c
                .messages
                .keys()
                .next_back()
                .map_or(1, |id| id.saturating_add(1));
            c.messages.insert(
                message_id,
                Message {
                    message_id,
                    sender,
                    content: request.content.clone(),
                    ext: ext.clone(),
                    create_time: now,
                    msg_type: request.msg_type,
                    ..Message::default()
                },
            );
            sent.insert(receiver.to_string(), message_id);
        }
        Ok(BatchSendMessageResponse {
            user_message_id: sent,
        })
    }

    pub(super) fn get_messages_read_receipt_now(
        &self,
        context: &RequestContext,
        request: GetMessagesReadReceiptRequest,
    ) -> Result<GetMessagesReadReceiptResponse, Fault> {
        let now = millis(context);
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let mut seen = std::collections::BTreeSet::new();
        let receipts = request
            .message_ids
            .iter()
            .filter(|id| seen.insert(**id))
            .filter_map(|id| c.messages.get(id))
            .filter(|m| listed(m, now))
            .map(|m| {
                // The current members but the sender; read once their position reaches the
                // message's index.
                let (read, unread): (Vec<&Participant>, Vec<&Participant>) = c
                    .participants
                    .values()
                    .filter(|p| p.status == 0 && p.user_id != m.sender)
                    .partition(|p| p.read_index >= m.message_id);
                let ids = |list: Vec<&Participant>| list.iter().map(|p| p.user_id).collect();
                vc::ReadReceipt {
                    conversation_short_id: c.conversation_short_id,
                    message_id: m.message_id,
                    receiver_is_read: c.conversation_type == 1
                        && !read.is_empty()
                        && unread.is_empty(),
                    read_user_ids: ids(read),
                    un_read_user_ids: ids(unread),
                }
            })
            .collect();
        Ok(GetMessagesReadReceiptResponse {
            read_receipt: receipts,
        })
    }

    pub(super) fn user_broadcast_now(
        &self,
        request: UserBroadcastRequest,
    ) -> Result<UserBroadcastResponse, Fault> {
        // No client is connected to an emulator: the broadcast is checked and accepted, and
        // nothing is stored.
        client_format(&request.content)?;
        inbox_zero(request.inbox_type_or_default())?;
        Ok(UserBroadcastResponse {})
    }

    pub(super) fn get_app_token_now(
        &self,
        context: &RequestContext,
        request: GetAppTokenRequest,
    ) -> Result<GetAppTokenResponse, Fault> {
        if request.expire_time <= millis(context) {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                "ExpireTime is a time in milliseconds that must not have passed",
            ));
        }
        // A fresh random secret each call; the emulator keeps no copy (nor logs it), so a
        // state dump never holds a token.
        let token: String = (0..4)
            .map(|_| format!("{:016x}", fastrand::u64(..)))
            .collect();
        Ok(GetAppTokenResponse {
            app_id: request.app_id,
            token,
            user_id: request.user_id,
        })
    }
}

/// Every emulated conversation and user is in inbox 0.
fn inbox_zero(inbox: i32) -> Result<(), Fault> {
    if inbox == 0 {
        Ok(())
    } else {
        Err(Fault::new(
            errors::INVALID_PARAM,
            "the emulator keeps every conversation in inbox 0",
        ))
    }
}

/// The one-to-one conversation of two users in an app, the one CreateConversation makes for
/// them, made now (`now` in seconds) when there is none: its id.
fn one_to_one(state: &mut State, app: i64, owner: i64, other: i64, now: i64) -> i64 {
    let key = format!("one-to-one:{}:{}", owner.min(other), owner.max(other));
    let pair = std::collections::BTreeSet::from([owner, other]);
    let existing = state.conversations.values().find(|c| {
        c.app_id == app
            && c.conversation_type == 1
            && (c.idempotent_id.as_deref() == Some(key.as_str())
                || c.idempotent_id.is_none()
                    && c.participants.keys().copied().eq(pair.iter().copied()))
    });
    if let Some(c) = existing {
        return c.conversation_short_id;
    }
    let id = state
        .conversations
        .range((app, i64::MIN)..=(app, i64::MAX))
        .next_back()
        .map_or(1, |((_, id), _)| id.saturating_add(1));
    let member = |user_id, role| Participant {
        user_id,
        role,
        operator: owner,
        create_time: now,
        ..Participant::default()
    };
    let conversation = Conversation {
        app_id: app,
        conversation_short_id: id,
        conversation_type: 1,
        owner_user_id: owner,
        create_time: now,
        idempotent_id: Some(key),
        participants: [(owner, member(owner, 1)), (other, member(other, 0))].into(),
        ..Conversation::default()
    };
    state.conversations.insert((app, id), conversation);
    id
}
