//! Volcengine RTC IM's message operations beyond sending and editing: looking messages up,
//! listing a conversation's history, recalling and deleting, one-to-one and broadcast sends,
//! read receipts and user tokens.
//!
//! A message's index in its conversation (`IndexInConversation`, the `Cursor` of
//! GetConversationMessages) is its id: the emulator numbers a conversation's messages in the
//! order they are sent.

use imapi::volcengine_rtc_im::{
    self as vc, errors, ConversationType, GetConversationMessagesRequest,
    GetConversationMessagesResponse, GetMessagesRequest, GetMessagesResponse, MessageStatus,
    QueryDirection,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::{conversation, millis};
use crate::state::{Conversation, Message, LIVE_GROUP};
use crate::Emulator;

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
                target.map_or(4, |t| status_now(t, now)),
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
}
