// Code generated from spec/volcengine-rtc-im/get_messages.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetMessages`: 你可以使用此接口指定消息 ID 对消息进行批量查询。
//!
//! 你可以调用GetMessages接口,指定你所属的AppId和,会话 ID 和消息 ID,查询指定消息的详细信息。
//!
//! Looks up messages of a conversation by their ids: give the `AppId`, the conversation and the message ids; the answer has the details of each message found.
//!
//! - HTTP: `POST /?Action=GetMessages&Version=2020-12-01`
//! - Request: [`GetMessagesRequest`]; response payload: [`GetMessagesResponse`]
//! - Rate limit: 100 requests per second
//! - Source: 批量查询消息 GetMessages, <https://www.volcengine.com/docs/6348/337136>
//! - Also from: volc-sdk-golang service/im model (GetMessagesBody, GetMessagesResResultMessagesItem), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - Only visible messages are answered (`Status` 0, as the page says): a recalled message, or one deleted for the conversation (DeleteConversationMessage), is left out.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//!
//! # Notes on the source document
//!
//! - The saved page stops inside the `MessageBody` table, at its `AppId` row; the page's examples and error codes could not be read. — *Resolved:* `AppId`, `IndexInConversation` and `RefMsgInfo` of `MessageBody` follow Volcengine's Go SDK model of this page (`GetMessagesResResultMessagesItem`), marked with their source; the example is made of the request table's values; `ConversationNotFound` is the code of the service's error-code page (412253) for a conversation that does not exist.
//! - The response tables have no required column. — *Resolved:* The required flags follow the Go SDK's model: every `MessageBody` field but `Ext`, `IndexInConversation` and `RefMsgInfo` is required, and so is `Messages`.
//! - `ConversationType` lists 1 (one-to-one) and 2 (group) only, while messages of live groups (100) can be looked up too. — *Resolved:* `ConversationType` is the service's open enum of 1, 2 and 100.
//! - `MsgType` lists six message types; the client message format lets an app define more. — *Resolved:* `MsgType` stays an `i32`, as in SendMessage, with the six values in its gloss.
//! - `Status` "取值为0,表示消息可见" (is 0, the message is visible), while the SDK's quoted message (`RefMsgInfo.Status`) lists five states, recalled (3) and deleted (4) among them. — *Resolved:* One open enum, `MessageStatus`, for both; the lists answer only visible messages, so a recalled or deleted message is not in them (the rule above).
//! - The page gives no limit on `MessageIds` and does not say what an id that names no message does. — *Resolved:* No `max_items`; an id that names no visible message is left out of `Messages`, and the call succeeds.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{MessageBody, SPEC, VolcengineRtcIm};

/// `GetMessages` as a type: it ties [`GetMessagesRequest`] and [`GetMessagesResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetMessages>`) and servers (`route::<GetMessages>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetMessages;

impl OperationShape for GetMessages {
    type Service = VolcengineRtcIm;
    type Input = GetMessagesRequest;
    type Output = GetMessagesResponse;
    const OP: Operation = Operation {
        name: "GetMessages",
        service: &SPEC,
        path: "/",
        action: Some("GetMessages"),
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetMessagesRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `GetMessages`.
///
/// The request of [`GetMessages`](self): 你可以使用此接口指定消息 ID 对消息进行批量查询。
///
/// - HTTP: `POST /?Action=GetMessages&Version=2020-12-01`
/// - Request: [`GetMessagesRequest`]; response payload: [`GetMessagesResponse`]
/// - Rate limit: 100 requests per second
/// - Source: 批量查询消息 GetMessages, <https://www.volcengine.com/docs/6348/337136>
/// - Also from: volc-sdk-golang service/im model (GetMessagesBody, GetMessagesResResultMessagesItem), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMessagesRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 消息 ID
    ///
    /// The ids of the messages to look up.
    ///
    /// Example: `[10003]`. The document calls the type `Array of Long`.
    pub message_ids: Vec<i64>,
}

impl GetMessagesRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `MessageIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_short_id: i64, message_ids: Vec<i64>) -> Self {
        GetMessagesRequest {
            app_id,
            conversation_short_id,
            message_ids,
        }
    }
}

impl serde::Serialize for GetMessagesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetMessagesRequest", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MessageIds", &self.message_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetMessagesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetMessagesRequest {
    const NAME: &'static str = "GetMessagesRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "MessageIds" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut message_ids_slot: Option<Vec<i64>> = None;
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
                2 => decode::once(&mut message_ids_slot, "MessageIds", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetMessagesRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            message_ids: message_ids_slot
                .ok_or_else(|| A::Error::missing_field("MessageIds"))?,
        })
    }
}

impl Validate for GetMessagesRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`GetMessages`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMessagesResponse {
    /// 消息详细信息
    ///
    /// The messages found, in the order asked; an id that names no visible message of the conversation is left out.
    ///
    /// The document calls the type `Array of MessageBody`.
    pub messages: Vec<MessageBody>,
}

impl serde::Serialize for GetMessagesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetMessagesResponse", 1)?;
        object.serialize_field("Messages", &self.messages)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetMessagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetMessagesResponse {
    const NAME: &'static str = "GetMessagesResponse";

    fn field(key: &str) -> usize {
        match key {
            "Messages" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut messages_slot: Option<Vec<MessageBody>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut messages_slot, "Messages", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetMessagesResponse {
            messages: messages_slot.ok_or_else(|| A::Error::missing_field("Messages"))?,
        })
    }
}
