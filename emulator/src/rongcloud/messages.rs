//! RongCloud's messages, emulated: one-to-one and group sends store each message with a UID
//! (one per recipient or group, as the service delivers them), and a recall marks the sender's
//! message recalled. The state dump shows the UIDs, which the service gives integrators through
//! message routing.

use imapi::rongcloud_im::{
    errors, MessageGroupPublishRequest, MessageGroupPublishResponse, MessagePrivatePublishRequest,
    MessagePrivatePublishResponse, MessageRecallRequest, MessageRecallResponse,
    RecallConversationType,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::{millis, Message, State};
use crate::Emulator;

/// The one-to-one conversation type.
pub const PRIVATE: i32 = 1;
/// The group conversation type.
pub const GROUP: i32 = 3;

/// The UID of the `n`th message: four groups of four characters of RongCloud's alphabet
/// (`5FGT-7VA9-G4DD-4V5P`), distinct for each `n`.
fn uid(n: u64) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKLMNPQRSTUVWX";
    // Spread the counter so that consecutive UIDs do not look alike.
    let mut x = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5F37_59DF;
    let mut out = String::with_capacity(19);
    for i in 0..16 {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[usize::try_from(x & 31).unwrap_or(0)]));
        x >>= 4;
    }
    out
}

/// Stores a message under a UID no other message has.
fn store(
    rc: &mut State,
    from: &str,
    conversation_type: i32,
    target: &str,
    object_name: &str,
    content: &str,
    now: i64,
) {
    let mut n = rc.messages.len() as u64;
    let mut id = uid(n);
    while rc.messages.iter().any(|m| m.uid == id) {
        n += 1;
        id = uid(n);
    }
    rc.messages.push(Message {
        uid: id,
        from_user_id: from.to_owned(),
        conversation_type,
        target_id: target.to_owned(),
        object_name: object_name.to_owned(),
        content: content.to_owned(),
        sent_time: now,
        recalled: false,
    });
}

impl Emulator {
    pub(super) fn message_private_publish_now(
        &self,
        context: &RequestContext,
        request: MessagePrivatePublishRequest,
    ) -> Result<MessagePrivatePublishResponse, Fault> {
        let now = millis(context);
        let mut state = self.lock();
        for to in &request.to_user_id {
            store(
                &mut state.rongcloud,
                &request.from_user_id,
                PRIVATE,
                to,
                &request.object_name,
                &request.content,
                now,
            );
        }
        Ok(MessagePrivatePublishResponse {})
    }

    pub(super) fn message_group_publish_now(
        &self,
        context: &RequestContext,
        request: MessageGroupPublishRequest,
    ) -> Result<MessageGroupPublishResponse, Fault> {
        if request.to_user_id.is_some() && request.to_group_id.len() != 1 {
            return Err(Fault::new(
                errors::E1002,
                format!(
                    "a targeted message (toUserId) goes to exactly one group, not {}",
                    request.to_group_id.len()
                ),
            ));
        }
        let now = millis(context);
        let mut state = self.lock();
        for group in &request.to_group_id {
            store(
                &mut state.rongcloud,
                &request.from_user_id,
                GROUP,
                group,
                &request.object_name,
                &request.content,
                now,
            );
        }
        Ok(MessageGroupPublishResponse {})
    }

    pub(super) fn message_recall_now(
        &self,
        request: MessageRecallRequest,
    ) -> Result<MessageRecallResponse, Fault> {
        let conversation_type = match request.conversation_type {
            RecallConversationType::Private => PRIVATE,
            RecallConversationType::Group => GROUP,
            other => {
                return Err(Fault::new(
                    errors::E1002,
                    format!(
                        "the emulator keeps one-to-one and group messages only, not conversation type {}",
                        other.value()
                    ),
                ))
            }
        };
        let mut state = self.lock();
        let message = state
            .rongcloud
            .messages
            .iter_mut()
            .find(|m| {
                m.uid == request.message_uid
                    && m.conversation_type == conversation_type
                    && m.target_id == request.target_id
            })
            .ok_or_else(|| {
                Fault::new(
                    errors::E1002,
                    format!(
                        "no message {} in conversation {} of type {conversation_type}",
                        request.message_uid, request.target_id
                    ),
                )
            })?;
        if message.from_user_id != request.from_user_id {
            return Err(Fault::new(
                errors::E1002,
                format!(
                    "message {} was sent by {}, not {}: only the sender's messages are recalled",
                    message.uid, message.from_user_id, request.from_user_id
                ),
            ));
        }
        if message.sent_time != request.sent_time {
            return Err(Fault::new(
                errors::E1002,
                format!(
                    "message {} was sent at {}, not {}",
                    message.uid, message.sent_time, request.sent_time
                ),
            ));
        }
        // A recalled message recalled again stays recalled.
        message.recalled = true;
        Ok(MessageRecallResponse {})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uids_have_the_vendors_shape_and_differ() {
        let a = uid(0);
        assert_eq!(a.len(), 19);
        assert_eq!(a.matches('-').count(), 3);
        let all: std::collections::BTreeSet<String> = (0..10_000).map(uid).collect();
        assert_eq!(all.len(), 10_000);
    }
}
