// Code generated from spec/volcengine-rtc-im/get_messages_read_receipt.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetMessagesReadReceipt`: 你可以使用此接口查询消息的已读回执。
//!
//! 指定你所属的 AppId、会话 ID 和消息 ID，查询这些消息的已读回执：哪些会话成员已读、哪些未读。
//!
//! Tells, for messages of a conversation, which members have read each message and which have not, and for a one-to-one conversation whether the receiver has read it.
//!
//! - HTTP: `POST /?Action=GetMessagesReadReceipt&Version=2020-12-01`
//! - Request: [`GetMessagesReadReceiptRequest`]; response payload: [`GetMessagesReadReceiptResponse`]
//! - Source: volc-sdk-golang service/im model (GetMessagesReadReceiptBody, GetMessagesReadReceiptResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - A member has read a message when their read position (ModifyParticipantReadIndex's `ReadIndex`) has reached the message's index in the conversation.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//!
//! # Notes on the source document
//!
//! - The GetMessagesReadReceipt page of the IM documentation could not be read. Volcengine's Go SDK model of the API (generated from the same document) has every field with its description. — *Resolved:* The operation is transcribed from the SDK's `GetMessagesReadReceiptBody` and `GetMessagesReadReceiptResResult` (the `source`); the summary and description are written from those texts; the example is made of the SDK's fields and the example state's values.
//! - The SDK does not say what makes a member's message read, whether the sender is among the users listed, nor what a message id that names no message gives; it gives no limit on `MessageIds`, no rate limit and no error code. — *Resolved:* A message is read by a member whose read position has reached its index (the rule); the emulator's choices for the rest are in the README. No `max_items` or `rate_limit`; `ConversationNotFound` is the service error page's (412253) code for an unknown conversation.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use super::{SPEC, VolcengineRtcIm};

/// `GetMessagesReadReceipt` as a type: it ties [`GetMessagesReadReceiptRequest`] and [`GetMessagesReadReceiptResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetMessagesReadReceipt>`) and servers (`route::<GetMessagesReadReceipt>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetMessagesReadReceipt;

impl OperationShape for GetMessagesReadReceipt {
    type Service = VolcengineRtcIm;
    type Input = GetMessagesReadReceiptRequest;
    type Output = GetMessagesReadReceiptResponse;
    const OP: Operation = Operation {
        name: "GetMessagesReadReceipt",
        service: &SPEC,
        path: "/",
        action: Some("GetMessagesReadReceipt"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetMessagesReadReceiptRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `GetMessagesReadReceipt`.
///
/// The request of [`GetMessagesReadReceipt`](self): 你可以使用此接口查询消息的已读回执。
///
/// - HTTP: `POST /?Action=GetMessagesReadReceipt&Version=2020-12-01`
/// - Request: [`GetMessagesReadReceiptRequest`]; response payload: [`GetMessagesReadReceiptResponse`]
/// - Source: volc-sdk-golang service/im model (GetMessagesReadReceiptBody, GetMessagesReadReceiptResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMessagesReadReceiptRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`.
    pub app_id: i32,
    /// 会话Id
    ///
    /// Example: `1`.
    pub conversation_short_id: i64,
    /// 消息Id
    ///
    /// The ids of the messages whose receipts are asked for.
    ///
    /// Example: `[10001]`.
    pub message_ids: Vec<i64>,
}

impl GetMessagesReadReceiptRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `MessageIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_short_id: i64, message_ids: Vec<i64>) -> Self {
        GetMessagesReadReceiptRequest {
            app_id,
            conversation_short_id,
            message_ids,
        }
    }
}

impl serde::Serialize for GetMessagesReadReceiptRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetMessagesReadReceiptRequest", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MessageIds", &self.message_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetMessagesReadReceiptRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetMessagesReadReceiptRequest {
    const NAME: &'static str = "GetMessagesReadReceiptRequest";

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
        Ok(GetMessagesReadReceiptRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            message_ids: message_ids_slot
                .ok_or_else(|| A::Error::missing_field("MessageIds"))?,
        })
    }
}

impl Validate for GetMessagesReadReceiptRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`GetMessagesReadReceipt`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMessagesReadReceiptResponse {
    /// 已读回执详情
    ///
    /// One receipt per message found, in the order asked.
    pub read_receipt: Vec<ReadReceipt>,
}

impl serde::Serialize for GetMessagesReadReceiptResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetMessagesReadReceiptResponse", 1)?;
        object.serialize_field("ReadReceipt", &self.read_receipt)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetMessagesReadReceiptResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetMessagesReadReceiptResponse {
    const NAME: &'static str = "GetMessagesReadReceiptResponse";

    fn field(key: &str) -> usize {
        match key {
            "ReadReceipt" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut read_receipt_slot: Option<Vec<ReadReceipt>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut read_receipt_slot, "ReadReceipt", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetMessagesReadReceiptResponse {
            read_receipt: read_receipt_slot
                .ok_or_else(|| A::Error::missing_field("ReadReceipt"))?,
        })
    }
}

/// 已读回执详情
///
/// Who has read a message and who has not.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadReceipt {
    /// 会话Id
    pub conversation_short_id: i64,
    /// 消息Id
    pub message_id: i64,
    /// 消息已读的UserId列表
    ///
    /// The members who have read the message.
    pub read_user_ids: Vec<i64>,
    /// 消息未读的UserId列表
    ///
    /// The members who have not read it.
    pub un_read_user_ids: Vec<i64>,
    /// 单聊中消息的接收方是否已读（只有单聊会话这个字段才有意义）
    ///
    /// In a one-to-one conversation, whether the receiver has read the message; it means nothing in other conversations.
    pub receiver_is_read: bool,
}

impl serde::Serialize for ReadReceipt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ReadReceipt", 5)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MessageId", &self.message_id)?;
        object.serialize_field("ReadUserIds", &self.read_user_ids)?;
        object.serialize_field("UnReadUserIds", &self.un_read_user_ids)?;
        object.serialize_field("ReceiverIsRead", &self.receiver_is_read)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReadReceipt {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ReadReceipt {
    const NAME: &'static str = "ReadReceipt";

    fn field(key: &str) -> usize {
        match key {
            "ConversationShortId" => 0,
            "MessageId" => 1,
            "ReadUserIds" => 2,
            "UnReadUserIds" => 3,
            "ReceiverIsRead" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut message_id_slot: Option<i64> = None;
        let mut read_user_ids_slot: Option<Vec<i64>> = None;
        let mut un_read_user_ids_slot: Option<Vec<i64>> = None;
        let mut receiver_is_read_slot: Option<bool> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut message_id_slot, "MessageId", &mut map)?,
                2 => decode::once(&mut read_user_ids_slot, "ReadUserIds", &mut map)?,
                3 => decode::once(&mut un_read_user_ids_slot, "UnReadUserIds", &mut map)?,
                4 => {
                    decode::once(&mut receiver_is_read_slot, "ReceiverIsRead", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ReadReceipt {
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            message_id: message_id_slot
                .ok_or_else(|| A::Error::missing_field("MessageId"))?,
            read_user_ids: read_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ReadUserIds"))?,
            un_read_user_ids: un_read_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("UnReadUserIds"))?,
            receiver_is_read: receiver_is_read_slot
                .ok_or_else(|| A::Error::missing_field("ReceiverIsRead"))?,
        })
    }
}
