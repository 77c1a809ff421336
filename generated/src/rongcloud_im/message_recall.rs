// Code generated from spec/rongcloud-im/message_recall.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `MessageRecall`: Recalling a specific message essentially involves sending a recall command message.
//!
//! Recalling a specific message essentially involves sending a recall command message. When the
//! mobile client receives the recall command message, the original target message will be
//! deleted, and a notification message with objectName as RC:RcNtf will be generated. The chat UI
//! can display this based on RC:RcNtf.
//!
//! The recall command message will also be stored in the message history. When the SDK retrieves
//! the message history, it will fetch both the recall command message and the original message
//! that was recalled. The mobile SDK has already implemented the deletion logic internally, so
//! developers do not need to handle it additionally.
//!
//! No service activation is required to use the Recall Message feature. When recalling a message
//! via the server, if the client of the recall operator is online, the client will synchronously
//! execute the recall operation. If the operator's client remains offline for an extended period,
//! the message recalled via the Server API might still be displayed on the sender's client upon
//! their next login (the recipient is not affected).
//!
//! - HTTP: `POST /message/recall.json`
//! - Request: [`MessageRecallRequest`]; response payload: [`MessageRecallResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Recall Message, <https://docs.rongcloud.io/platform-chat-api/message/msgrecall>
//! - Also from: 撤回消息 (the Chinese page of the same path, read into the `messageUID` row), <https://docs.rongcloud.cn/platform-chat-api/message/msgrecall>
//! - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.recall and Group.recall), <https://pypi.org/project/rc-server-sdk/3.2.0/>
//!
//! # Rules the server enforces
//!
//! - The message `messageUID`, sent by `fromUserId` at `sentTime` in the conversation (`conversationType`, `targetId`), is recalled: a recall command message is sent and stored in the history, and clients delete the original (replacing it with an `RC:RcNtf` notice unless `isDelete` is 1). Only the sender's own messages are recalled, with no time limit.
//! - `busChannel` applies to ultra group messages only: it must be given when the message was sent in a channel, and must not be given when it was not, or the message is not recalled.
//!
//! # Notes on the source document
//!
//! - The EN page is cut in the `targetId` row, the ZH page in the `messageUID` row (its 必传 column not visible); no copy has a request example, response table or response example. — *Resolved:* `targetId`, `busChannel` and `messageUID` are the ZH page's; `sentTime`, `isAdmin`, `isDelete` and `extra` the official Python SDK's (`Private.recall`, `Group.recall`, `from: python-sdk`), which marks `messageUID` and `sentTime` required (必传) and the others optional. The answer is the envelope alone, `{"code":200}`, as the SDK's docstring gives it; the examples are ours.
//! - Parameters that newer SDKs send (`disablePush`, `disableUpdateLastMsg`) are in no page read and not in this SDK version. — *Resolved:* They are left out.
//! - `conversationType` is an Int that takes five values; the SDK fixes it per method (1 or 3, and the chatroom's). — *Resolved:* The enum `RecallConversationType` of the page's five values; another is refused (1002).
//! - `sentTime` is typed only by the SDK (int); the message routing's `msgTimestamp` it comes from is in milliseconds. — *Resolved:* `i64` milliseconds.
//! - Recalling sends a command message; the page does not say what a second recall of the same message does. — *Resolved:* Not `idempotent`, like the sends.
//! - `fromUserId`'s 64-byte limit (that of every user ID, and the SDK's check) is not on the row, nor is an example value. — *Resolved:* The limit is a constraint; `fromUserId` jlk456j5 is our example value.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `MessageRecall` as a type: it ties [`MessageRecallRequest`] and [`MessageRecallResponse`] to the operation's binding, rate limit and errors, for clients (`call::<MessageRecall>`) and servers (`route::<MessageRecall>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MessageRecall;

impl OperationShape for MessageRecall {
    type Service = RongcloudIm;
    type Input = MessageRecallRequest;
    type Output = MessageRecallResponse;
    const OP: Operation = Operation {
        name: "MessageRecall",
        service: &SPEC,
        path: "/message/recall.json",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Form(
            &[
                ("fromUserId", form::Kind::String),
                ("conversationType", form::Kind::Integer),
                ("targetId", form::Kind::String),
                ("busChannel", form::Kind::String),
                ("messageUID", form::Kind::String),
                ("sentTime", form::Kind::Integer),
                ("isAdmin", form::Kind::Integer),
                ("isDelete", form::Kind::Integer),
                ("extra", form::Kind::String),
            ],
        ),
    };
}

/// The request body of `MessageRecall`.
///
/// The request of [`MessageRecall`](self): Recalling a specific message essentially involves sending a recall command message.
///
/// - HTTP: `POST /message/recall.json`
/// - Request: [`MessageRecallRequest`]; response payload: [`MessageRecallResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Recall Message, <https://docs.rongcloud.io/platform-chat-api/message/msgrecall>
/// - Also from: 撤回消息 (the Chinese page of the same path, read into the `messageUID` row), <https://docs.rongcloud.cn/platform-chat-api/message/msgrecall>
/// - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.recall and Group.recall), <https://pypi.org/project/rc-server-sdk/3.2.0/>
#[derive(Debug, Clone, PartialEq)]
pub struct MessageRecallRequest {
    /// The user ID of the message sender.
    ///
    /// Example: `"jlk456j5"`. Limits: 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub from_user_id: String,
    /// The conversation type. Supported conversation types include: 1 (one-to-one chat), 3 (group chat), 4 (chatroom), 6 (system conversation), 10 (ultra group).
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_type: RecallConversationType,
    /// 目标 ID,根据不同的会话类型(ConversationType),可能是用户 ID、群组 ID、聊天室 ID、超级群 ID,系统目标 ID。
    ///
    /// The target ID: a user ID, group ID, chatroom ID, ultra group ID or system target ID, by the conversation type.
    ///
    /// Example: `"BWSZ"`. Limits: 1 to 64 UTF-8 bytes (else error `1005`). Source: 撤回消息 (the Chinese page of the same path, read into the `messageUID` row), <https://docs.rongcloud.cn/platform-chat-api/message/msgrecall>. The document calls the type `String`.
    pub target_id: String,
    /// 超级群频道 ID,仅适用于撤回超级群消息。如果发送消息时指定了频道 ID,则撤回时必须指定频道 ID,否则无法撤回;如果发送消息时未指定频道 ID,则撤回时不可指定频道 ID,否则无法撤回。客户端发送超级群消息时,频道 ID 对应字段名称为 channelId。
    ///
    /// The ultra group channel ID, only for ultra group messages: given exactly when the message was sent in a channel.
    ///
    /// Source: 撤回消息 (the Chinese page of the same path, read into the `messageUID` row), <https://docs.rongcloud.cn/platform-chat-api/message/msgrecall>. The document calls the type `String`.
    pub bus_channel: Option<String>,
    /// 消息唯一标识。可通过全量消息路由服务获取消息唯一标识,对应名称为 msgUID。
    ///
    /// The message's unique ID (`msgUID` in the message routing callback).
    ///
    /// Example: `"5FGT-7VA9-G4DD-4V5P"`. Source: 撤回消息 (the Chinese page of the same path, read into the `messageUID` row), <https://docs.rongcloud.cn/platform-chat-api/message/msgrecall>. The document calls the type `String`.
    pub message_uid: String,
    /// 消息发送时间,可通过服务端实时消息路由获取,对应名称为 msgTimestamp。
    ///
    /// When the message was sent (`msgTimestamp` in the message routing callback).
    ///
    /// Unit: milliseconds. Example: `1585284151512`. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.recall and Group.recall), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub sent_time: i64,
    /// 是否为管理员,默认为 0,设为 1 时,IMKit 收到此条消息后,小灰条默认显示为"管理员 撤回了一条消息"。
    ///
    /// Whether an administrator recalls it; with 1, IMKit shows "an administrator recalled a message".
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.recall and Group.recall), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub is_admin: Option<i32>,
    /// 是否删除消息,默认为 0 撤回该条消息同时,用户端将该条消息删除并替换为一条小灰条撤回提示消息;为 1 时,该条消息删除后,不替换为小灰条提示消息。
    ///
    /// 0 (the default): the message is replaced by a recall notice; 1: it is deleted without a notice.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.recall and Group.recall), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub is_delete: Option<i32>,
    /// 扩展信息,可以放置任意的数据内容。
    ///
    /// Extension data, any content.
    ///
    /// Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.recall and Group.recall), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub extra: Option<String>,
}

impl MessageRecallRequest {
    /// A value with the required `fromUserId`, `conversationType`, `targetId`, `messageUID`, `sentTime`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        from_user_id: impl Into<String>,
        conversation_type: RecallConversationType,
        target_id: impl Into<String>,
        message_uid: impl Into<String>,
        sent_time: i64,
    ) -> Self {
        MessageRecallRequest {
            from_user_id: from_user_id.into(),
            conversation_type,
            target_id: target_id.into(),
            bus_channel: None,
            message_uid: message_uid.into(),
            sent_time,
            is_admin: None,
            is_delete: None,
            extra: None,
        }
    }

    /// Sets `busChannel`.
    pub fn with_bus_channel(mut self, bus_channel: impl Into<String>) -> Self {
        self.bus_channel = Some(bus_channel.into());
        self
    }

    /// Sets `isAdmin`.
    pub fn with_is_admin(mut self, is_admin: i32) -> Self {
        self.is_admin = Some(is_admin);
        self
    }

    /// Sets `isDelete`.
    pub fn with_is_delete(mut self, is_delete: i32) -> Self {
        self.is_delete = Some(is_delete);
        self
    }

    /// Sets `extra`.
    pub fn with_extra(mut self, extra: impl Into<String>) -> Self {
        self.extra = Some(extra.into());
        self
    }

    /// `isAdmin` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn is_admin_or_default(&self) -> i32 {
        self.is_admin.unwrap_or(0)
    }

    /// `isDelete` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn is_delete_or_default(&self) -> i32 {
        self.is_delete.unwrap_or(0)
    }
}

impl serde::Serialize for MessageRecallRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "MessageRecallRequest",
                5 + usize::from(self.bus_channel.is_some())
                    + usize::from(self.is_admin.is_some())
                    + usize::from(self.is_delete.is_some())
                    + usize::from(self.extra.is_some()),
            )?;
        object.serialize_field("fromUserId", &self.from_user_id)?;
        object.serialize_field("conversationType", &self.conversation_type)?;
        object.serialize_field("targetId", &self.target_id)?;
        encode::optional(&mut object, "busChannel", &self.bus_channel)?;
        object.serialize_field("messageUID", &self.message_uid)?;
        object.serialize_field("sentTime", &self.sent_time)?;
        encode::optional(&mut object, "isAdmin", &self.is_admin)?;
        encode::optional(&mut object, "isDelete", &self.is_delete)?;
        encode::optional(&mut object, "extra", &self.extra)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageRecallRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MessageRecallRequest {
    const NAME: &'static str = "MessageRecallRequest";

    fn field(key: &str) -> usize {
        match key {
            "fromUserId" => 0,
            "conversationType" => 1,
            "targetId" => 2,
            "busChannel" => 3,
            "messageUID" => 4,
            "sentTime" => 5,
            "isAdmin" => 6,
            "isDelete" => 7,
            "extra" => 8,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut from_user_id_slot: Option<String> = None;
        let mut conversation_type_slot: Option<RecallConversationType> = None;
        let mut target_id_slot: Option<String> = None;
        let mut bus_channel_slot: Option<Option<String>> = None;
        let mut message_uid_slot: Option<String> = None;
        let mut sent_time_slot: Option<i64> = None;
        let mut is_admin_slot: Option<Option<i32>> = None;
        let mut is_delete_slot: Option<Option<i32>> = None;
        let mut extra_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut from_user_id_slot, "fromUserId", &mut map)?,
                1 => {
                    decode::once(
                        &mut conversation_type_slot,
                        "conversationType",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut target_id_slot, "targetId", &mut map)?,
                3 => decode::once(&mut bus_channel_slot, "busChannel", &mut map)?,
                4 => decode::once(&mut message_uid_slot, "messageUID", &mut map)?,
                5 => decode::once(&mut sent_time_slot, "sentTime", &mut map)?,
                6 => decode::once(&mut is_admin_slot, "isAdmin", &mut map)?,
                7 => decode::once(&mut is_delete_slot, "isDelete", &mut map)?,
                8 => decode::once(&mut extra_slot, "extra", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(MessageRecallRequest {
            from_user_id: from_user_id_slot
                .ok_or_else(|| A::Error::missing_field("fromUserId"))?,
            conversation_type: conversation_type_slot
                .ok_or_else(|| A::Error::missing_field("conversationType"))?,
            target_id: target_id_slot
                .ok_or_else(|| A::Error::missing_field("targetId"))?,
            bus_channel: bus_channel_slot.flatten(),
            message_uid: message_uid_slot
                .ok_or_else(|| A::Error::missing_field("messageUID"))?,
            sent_time: sent_time_slot
                .ok_or_else(|| A::Error::missing_field("sentTime"))?,
            is_admin: is_admin_slot.flatten(),
            is_delete: is_delete_slot.flatten(),
            extra: extra_slot.flatten(),
        })
    }
}

impl Validate for MessageRecallRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.from_user_id;
            path.push(Segment::Field("fromUserId"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        Some(1),
                        Some(64),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        {
            let value = &self.conversation_type;
            path.push(Segment::Field("conversationType"));
            value.validate_into(path, out);
            path.pop();
        }
        {
            let value = &self.target_id;
            path.push(Segment::Field("targetId"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        Some(1),
                        Some(64),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        if let Some(value) = &self.is_admin {
            path.push(Segment::Field("isAdmin"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.is_delete {
            path.push(Segment::Field("isDelete"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// The envelope's `code` alone.
///
/// The payload of a successful [`MessageRecall`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageRecallResponse {}

impl serde::Serialize for MessageRecallResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("MessageRecallResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageRecallResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MessageRecallResponse {
    const NAME: &'static str = "MessageRecallResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(MessageRecallResponse {})
    }
}

/// The conversation types a message can be recalled from.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecallConversationType {
    /// `1`: One-to-one chat.
    Private,
    /// `3`: Group chat.
    Group,
    /// `4`: Chatroom.
    Chatroom,
    /// `6`: System conversation.
    System,
    /// `10`: Ultra group.
    UltraGroup,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl RecallConversationType {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Private => 1,
            Self::Group => 3,
            Self::Chatroom => 4,
            Self::System => 6,
            Self::UltraGroup => 10,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            1 => Self::Private,
            3 => Self::Group,
            4 => Self::Chatroom,
            6 => Self::System,
            10 => Self::UltraGroup,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for RecallConversationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for RecallConversationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for RecallConversationType {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &[
                    "1 (Private)",
                    "3 (Group)",
                    "4 (Chatroom)",
                    "6 (System)",
                    "10 (UltraGroup)",
                ],
                path,
                out,
            );
        }
    }
}
