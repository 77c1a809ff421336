// Code generated from spec/volcengine-rtc-im/batch_send_message.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchSendMessage`: 你可以使用此接口批量发送单聊消息。
//!
//! 指定你所属的 AppId、消息发送人 UserId、消息接收人 UserId 列表、消息类型和消息内容，向每个接收人发送一条单聊消息。
//!
//! Sends the same one-to-one message from a sender to each of a list of receivers; the answer maps each receiver's UserId to the id of the message that receiver got.
//!
//! - HTTP: `POST /?Action=BatchSendMessage&Version=2020-12-01`
//! - Request: [`BatchSendMessageRequest`]; response payload: [`BatchSendMessageResponse`]
//! - Source: volc-sdk-golang service/im model (BatchSendMessageBody, BatchSendMessageResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - Each receiver gets the message in their one-to-one conversation with the sender (the one CreateConversation makes for the two), where GetMessages and GetConversationMessages find it.
//! - `Content` follows the client message format (see <https://www.volcengine.com/docs/6348/372181#server>) for clients to read it.
//!
//! # Notes on the source document
//!
//! - The BatchSendMessage page of the IM documentation could not be read. Volcengine's Go SDK model of the API (generated from the same document) has every field with its description. — *Resolved:* The operation is transcribed from the SDK's `BatchSendMessageBody` and `BatchSendMessageResResult` (the `source`); the summary and description are written from those texts; the example is made of the SDK's fields and SendMessage's values.
//! - The SDK says the messages are one-to-one messages to each receiver ("单聊"), but not in which conversation, nor what a receiver who is the sender, or a receiver named twice, gets; it gives no limit on `Receiver`, no rate limit and no error code. — *Resolved:* Each receiver's message goes to the one-to-one conversation of the two users (made when there is none, as CreateConversation would); the emulator's choices for the rest are in the README. No `max_items`, `rate_limit` or `errors` beyond the service's.
//! - The SDK writes the answer's keys, UserIds, as strings (`map[string]int64`). — *Resolved:* `UserMessageId` is a `map<string,i64>`, keyed by the UserId in decimal.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::collections::BTreeMap;
use super::{SPEC, VolcengineRtcIm};

/// `BatchSendMessage` as a type: it ties [`BatchSendMessageRequest`] and [`BatchSendMessageResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchSendMessage>`) and servers (`route::<BatchSendMessage>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchSendMessage;

impl OperationShape for BatchSendMessage {
    type Service = VolcengineRtcIm;
    type Input = BatchSendMessageRequest;
    type Output = BatchSendMessageResponse;
    const OP: Operation = Operation {
        name: "BatchSendMessage",
        service: &SPEC,
        path: "/",
        action: Some("BatchSendMessage"),
        rate_limit: None,
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &BatchSendMessageRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchSendMessage`.
///
/// The request of [`BatchSendMessage`](self): 你可以使用此接口批量发送单聊消息。
///
/// - HTTP: `POST /?Action=BatchSendMessage&Version=2020-12-01`
/// - Request: [`BatchSendMessageRequest`]; response payload: [`BatchSendMessageResponse`]
/// - Source: volc-sdk-golang service/im model (BatchSendMessageBody, BatchSendMessageResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchSendMessageRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`.
    pub app_id: i32,
    /// 消息发送人 UserId
    ///
    /// The sender's UserId.
    ///
    /// Example: `10001`.
    pub sender: i64,
    /// 消息接收人 UserId 列表
    ///
    /// The receivers' UserIds; each gets the message in their one-to-one conversation with the sender.
    ///
    /// Example: `[10002,10003]`.
    pub receiver: Vec<i64>,
    /// 消息类型
    ///
    /// The message type, as the client message format numbers it (10001 text).
    ///
    /// Example: `10001`.
    pub msg_type: i32,
    /// 消息内容。当你给客户端发消息时，Content 内容需符合客户端格式，详细信息请参看消息格式
    ///
    /// The content; for clients to read it, it follows the client message format.
    ///
    /// Example: `"{\"text\":\"hello\"}"`.
    pub content: String,
    /// 消息的扩展字段，key 的数据类型为 String，value 的数据类型为 String
    ///
    /// The message's extension fields.
    pub ext: Option<BTreeMap<String, String>>,
    /// 信箱，用做逻辑隔离 默认值为 0
    ///
    /// The inbox, a logical partition of the app's conversations.
    ///
    /// Default when absent: `0`.
    pub inbox_type: Option<i32>,
}

impl BatchSendMessageRequest {
    /// A value with the required `AppId`, `Sender`, `Receiver`, `MsgType`, `Content`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        sender: i64,
        receiver: Vec<i64>,
        msg_type: i32,
        content: impl Into<String>,
    ) -> Self {
        BatchSendMessageRequest {
            app_id,
            sender,
            receiver,
            msg_type,
            content: content.into(),
            ext: None,
            inbox_type: None,
        }
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `InboxType`.
    pub fn with_inbox_type(mut self, inbox_type: i32) -> Self {
        self.inbox_type = Some(inbox_type);
        self
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }
}

impl serde::Serialize for BatchSendMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchSendMessageRequest",
                5 + usize::from(self.ext.is_some())
                    + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("Sender", &self.sender)?;
        object.serialize_field("Receiver", &self.receiver)?;
        object.serialize_field("MsgType", &self.msg_type)?;
        object.serialize_field("Content", &self.content)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchSendMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchSendMessageRequest {
    const NAME: &'static str = "BatchSendMessageRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "Sender" => 1,
            "Receiver" => 2,
            "MsgType" => 3,
            "Content" => 4,
            "Ext" => 5,
            "InboxType" => 6,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut sender_slot: Option<i64> = None;
        let mut receiver_slot: Option<Vec<i64>> = None;
        let mut msg_type_slot: Option<i32> = None;
        let mut content_slot: Option<String> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut sender_slot, "Sender", &mut map)?,
                2 => decode::once(&mut receiver_slot, "Receiver", &mut map)?,
                3 => decode::once(&mut msg_type_slot, "MsgType", &mut map)?,
                4 => decode::once(&mut content_slot, "Content", &mut map)?,
                5 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                6 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchSendMessageRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            sender: sender_slot.ok_or_else(|| A::Error::missing_field("Sender"))?,
            receiver: receiver_slot.ok_or_else(|| A::Error::missing_field("Receiver"))?,
            msg_type: msg_type_slot.ok_or_else(|| A::Error::missing_field("MsgType"))?,
            content: content_slot.ok_or_else(|| A::Error::missing_field("Content"))?,
            ext: ext_slot.flatten(),
            inbox_type: inbox_type_slot.flatten(),
        })
    }
}

impl Validate for BatchSendMessageRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchSendMessage`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchSendMessageResponse {
    /// 消息Id列表，key为用户UserId，value为消息Id
    ///
    /// For each receiver (its UserId as the key), the id of the message sent to them.
    pub user_message_id: BTreeMap<String, i64>,
}

impl serde::Serialize for BatchSendMessageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchSendMessageResponse", 1)?;
        object.serialize_field("UserMessageId", &self.user_message_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchSendMessageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchSendMessageResponse {
    const NAME: &'static str = "BatchSendMessageResponse";

    fn field(key: &str) -> usize {
        match key {
            "UserMessageId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_message_id_slot: Option<BTreeMap<String, i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_message_id_slot, "UserMessageId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchSendMessageResponse {
            user_message_id: user_message_id_slot
                .ok_or_else(|| A::Error::missing_field("UserMessageId"))?,
        })
    }
}
