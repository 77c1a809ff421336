//! Volcengine RTC IM's message operations beyond sending and editing: looking messages up,
//! listing a conversation's history, recalling and deleting, one-to-one and broadcast sends,
//! read receipts and user tokens.
//!
//! A message's index in its conversation (`IndexInConversation`, the `Cursor` of
//! GetConversationMessages) is its id: the emulator numbers a conversation's messages in the
//! order they are sent.

use imapi::volcengine_rtc_im::{
    self as vc, errors, ConversationType, DeleteConversationMessageRequest,
    DeleteConversationMessageResponse, DeleteMessageRequest, DeleteMessageResponse,
    GetConversationMessagesRequest, GetConversationMessagesResponse, GetMessagesRequest,
    GetMessagesResponse, MessageDeleteType, MessageStatus, QueryDirection, RecallMessageRequest,
    RecallMessageResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::{conversation, millis};
use crate::state::{Conversation, Message, LIVE_GROUP};
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
}
