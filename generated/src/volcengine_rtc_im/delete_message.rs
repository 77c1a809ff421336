// Code generated from spec/volcengine-rtc-im/delete_message.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `DeleteMessage`: 你可以使用此接口为会话成员删除消息。
//!
//! 指定你所属的 AppId、会话 ID、消息 ID 和群成员 ID，为该成员删除一条消息。
//!
//! Deletes a message of a conversation for one member (`ParticipantUserId`): the message is gone from that member's view only, and the others still see it.
//!
//! - HTTP: `POST /?Action=DeleteMessage&Version=2020-12-01`
//! - Request: [`DeleteMessageRequest`]; response payload: [`DeleteMessageResponse`]
//! - Source: volc-sdk-golang service/im model (DeleteMessageBody, DeleteMessageRes), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - The message is deleted for the member named only; for the conversation it stays visible (GetMessages and GetConversationMessages still list it). DeleteConversationMessage deletes it for everyone.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `MessageNotFound` | 消息不存在。 |
//! | `ParticipantNotInConversation` | 用户不是会话成员。 |
//!
//! # Notes on the source document
//!
//! - The DeleteMessage page of the IM documentation could not be read. Volcengine's Go SDK model of the API (generated from the same document) has every field with its description. — *Resolved:* The operation is transcribed from the SDK's `DeleteMessageBody` and `DeleteMessageRes` (the `source`); the summary and description are written from those texts and the sibling DeleteConversationMessage's; the example is made of the SDK's fields and the example state's values.
//! - The SDK says only that `ParticipantUserId` is a member ("群成员 ID"), beside DeleteConversationMessage, which deletes for all users or leaves the sender's copy. — *Resolved:* The message is deleted for that member alone (the rule); the server's lists, which are no member's view, still hold it. No `rate_limit` and no documented code: the errors are the service error page's (412253) codes for an unknown conversation, message and member.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use super::{SPEC, VolcengineRtcIm};

/// `DeleteMessage` as a type: it ties [`DeleteMessageRequest`] and [`DeleteMessageResponse`] to the operation's binding, rate limit and errors, for clients (`call::<DeleteMessage>`) and servers (`route::<DeleteMessage>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DeleteMessage;

impl OperationShape for DeleteMessage {
    type Service = VolcengineRtcIm;
    type Input = DeleteMessageRequest;
    type Output = DeleteMessageResponse;
    const OP: Operation = Operation {
        name: "DeleteMessage",
        service: &SPEC,
        path: "/",
        action: Some("DeleteMessage"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &DeleteMessageRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `DeleteMessage`.
///
/// The request of [`DeleteMessage`](self): 你可以使用此接口为会话成员删除消息。
///
/// - HTTP: `POST /?Action=DeleteMessage&Version=2020-12-01`
/// - Request: [`DeleteMessageRequest`]; response payload: [`DeleteMessageResponse`]
/// - Source: volc-sdk-golang service/im model (DeleteMessageBody, DeleteMessageRes), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteMessageRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`.
    pub conversation_short_id: i64,
    /// 消息 ID
    ///
    /// Example: `10001`.
    pub message_id: i64,
    /// 群成员 ID
    ///
    /// The member for whom the message is deleted.
    ///
    /// Example: `10002`.
    pub participant_user_id: i64,
}

impl DeleteMessageRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `MessageId`, `ParticipantUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        message_id: i64,
        participant_user_id: i64,
    ) -> Self {
        DeleteMessageRequest {
            app_id,
            conversation_short_id,
            message_id,
            participant_user_id,
        }
    }
}

impl serde::Serialize for DeleteMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("DeleteMessageRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MessageId", &self.message_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteMessageRequest {
    const NAME: &'static str = "DeleteMessageRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "MessageId" => 2,
            "ParticipantUserId" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut message_id_slot: Option<i64> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut message_id_slot, "MessageId", &mut map)?,
                3 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(DeleteMessageRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            message_id: message_id_slot
                .ok_or_else(|| A::Error::missing_field("MessageId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
        })
    }
}

impl Validate for DeleteMessageRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// 空。此接口无需关注
///
/// The payload of a successful [`DeleteMessage`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteMessageResponse {}

impl serde::Serialize for DeleteMessageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("DeleteMessageResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteMessageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteMessageResponse {
    const NAME: &'static str = "DeleteMessageResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(DeleteMessageResponse {})
    }
}
