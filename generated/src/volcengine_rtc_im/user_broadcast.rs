// Code generated from spec/volcengine-rtc-im/user_broadcast.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserBroadcast`: 你可以使用此接口向全员或指定标签的用户广播消息。
//!
//! 指定你所属的 AppId、发送方、消息类型、消息内容和消息过期时间，向全员或具有指定标签的用户广播一条消息。
//!
//! Broadcasts a message from a sender to every user of the app, or to the users with the given tags (any of them, or all of them, by `TagOp`); the message lives `MsgTTL` seconds.
//!
//! - HTTP: `POST /?Action=UserBroadcast&Version=2020-12-01`
//! - Request: [`UserBroadcastRequest`]; response payload: [`UserBroadcastResponse`]
//! - Source: volc-sdk-golang service/im model (UserBroadcastBody, UserBroadcastRes), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - 消息过期时间，单位为秒，范围为\[1,604800\] (`MsgTTL`).
//! - Without `Tags` every user of the app receives the message; with them, the users having any of the tags (`TagOp` 0) or all of them (1).
//!
//! # Notes on the source document
//!
//! - The UserBroadcast page of the IM documentation could not be read. Volcengine's Go SDK model of the API (generated from the same document) has every field with its description. — *Resolved:* The operation is transcribed from the SDK's `UserBroadcastBody` and `UserBroadcastRes` (the `source`); the summary and description are written from those texts; the example is made of the SDK's fields and SendMessage's values.
//! - `MsgTTL`'s range "\[1,604800\]" is prose in the field's description. — *Resolved:* `MsgTTL` has `minimum: 1` and `maximum: 604800`: validation refuses the rest.
//! - The SDK gives no rate limit, no limit on `Tags` and no error code. — *Resolved:* No `rate_limit`, `max_items` or `errors` beyond the service's.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{SPEC, VolcengineRtcIm};

/// `UserBroadcast` as a type: it ties [`UserBroadcastRequest`] and [`UserBroadcastResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserBroadcast>`) and servers (`route::<UserBroadcast>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserBroadcast;

impl OperationShape for UserBroadcast {
    type Service = VolcengineRtcIm;
    type Input = UserBroadcastRequest;
    type Output = UserBroadcastResponse;
    const OP: Operation = Operation {
        name: "UserBroadcast",
        service: &SPEC,
        path: "/",
        action: Some("UserBroadcast"),
        rate_limit: None,
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &UserBroadcastRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `UserBroadcast`.
///
/// The request of [`UserBroadcast`](self): 你可以使用此接口向全员或指定标签的用户广播消息。
///
/// - HTTP: `POST /?Action=UserBroadcast&Version=2020-12-01`
/// - Request: [`UserBroadcastRequest`]; response payload: [`UserBroadcastResponse`]
/// - Source: volc-sdk-golang service/im model (UserBroadcastBody, UserBroadcastRes), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserBroadcastRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`.
    pub app_id: i32,
    /// 发送方
    ///
    /// The sender's UserId.
    ///
    /// Example: `10001`.
    pub sender: i64,
    /// 消息类型。
    ///
    /// The message type, as the client message format numbers it (10001 text).
    ///
    /// Example: `10001`.
    pub msg_type: i32,
    /// 消息内容。关于消息类型和消息内容，参看 消息相关 \[<https://www.volcengine.com/docs/6348/372181]>
    ///
    /// The content, in the client message format.
    ///
    /// Example: `"{\"text\":\"hello\"}"`.
    pub content: String,
    /// 消息过期时间，单位为秒，范围为\[1,604800\]
    ///
    /// How long the message lives, in seconds, from 1 to 604,800 (seven days).
    ///
    /// Unit: seconds. Example: `3600`. Limits: between 1 and 604800.
    pub msg_ttl: i64,
    /// 消息的扩展字段。key 的类型为 String，value 的类型为 String。
    ///
    /// The message's extension fields.
    pub ext: Option<BTreeMap<String, String>>,
    /// 信箱，用做逻辑隔离。默认值为 0。
    ///
    /// The inbox, a logical partition of the app's users.
    ///
    /// Default when absent: `0`.
    pub inbox_type: Option<i32>,
    /// 筛选用户时，Tag 匹配关系。 0：或 1：且 默认值为 0。
    ///
    /// How `Tags` select users (0 a user with any of them, 1 a user with all of them).
    ///
    /// Default when absent: `0` ([`TagMatch::Or`]).
    pub tag_op: Option<TagMatch>,
    /// 筛选标签。不填表示全员广播。
    ///
    /// The tags that select the receivers; without them, every user receives the message.
    ///
    /// When absent: every user of the app receives the message. Example: `["vip"]`.
    pub tags: Option<Vec<String>>,
}

impl UserBroadcastRequest {
    /// A value with the required `AppId`, `Sender`, `MsgType`, `Content`, `MsgTTL`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        sender: i64,
        msg_type: i32,
        content: impl Into<String>,
        msg_ttl: i64,
    ) -> Self {
        UserBroadcastRequest {
            app_id,
            sender,
            msg_type,
            content: content.into(),
            msg_ttl,
            ext: None,
            inbox_type: None,
            tag_op: None,
            tags: None,
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

    /// Sets `TagOp`.
    pub fn with_tag_op(mut self, tag_op: TagMatch) -> Self {
        self.tag_op = Some(tag_op);
        self
    }

    /// Sets `Tags`.
    pub fn with_tags(mut self, tags: Vec<String>) -> Self {
        self.tags = Some(tags);
        self
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }

    /// `TagOp` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn tag_op_or_default(&self) -> TagMatch {
        self.tag_op.unwrap_or(TagMatch::Or)
    }
}

impl serde::Serialize for UserBroadcastRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UserBroadcastRequest",
                5 + usize::from(self.ext.is_some())
                    + usize::from(self.inbox_type.is_some())
                    + usize::from(self.tag_op.is_some())
                    + usize::from(self.tags.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("Sender", &self.sender)?;
        object.serialize_field("MsgType", &self.msg_type)?;
        object.serialize_field("Content", &self.content)?;
        object.serialize_field("MsgTTL", &self.msg_ttl)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        encode::optional(&mut object, "TagOp", &self.tag_op)?;
        encode::optional(&mut object, "Tags", &self.tags)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserBroadcastRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserBroadcastRequest {
    const NAME: &'static str = "UserBroadcastRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "Sender" => 1,
            "MsgType" => 2,
            "Content" => 3,
            "MsgTTL" => 4,
            "Ext" => 5,
            "InboxType" => 6,
            "TagOp" => 7,
            "Tags" => 8,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut sender_slot: Option<i64> = None;
        let mut msg_type_slot: Option<i32> = None;
        let mut content_slot: Option<String> = None;
        let mut msg_ttl_slot: Option<i64> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        let mut tag_op_slot: Option<Option<TagMatch>> = None;
        let mut tags_slot: Option<Option<Vec<String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut sender_slot, "Sender", &mut map)?,
                2 => decode::once(&mut msg_type_slot, "MsgType", &mut map)?,
                3 => decode::once(&mut content_slot, "Content", &mut map)?,
                4 => decode::once(&mut msg_ttl_slot, "MsgTTL", &mut map)?,
                5 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                6 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                7 => decode::once(&mut tag_op_slot, "TagOp", &mut map)?,
                8 => decode::once(&mut tags_slot, "Tags", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserBroadcastRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            sender: sender_slot.ok_or_else(|| A::Error::missing_field("Sender"))?,
            msg_type: msg_type_slot.ok_or_else(|| A::Error::missing_field("MsgType"))?,
            content: content_slot.ok_or_else(|| A::Error::missing_field("Content"))?,
            msg_ttl: msg_ttl_slot.ok_or_else(|| A::Error::missing_field("MsgTTL"))?,
            ext: ext_slot.flatten(),
            inbox_type: inbox_type_slot.flatten(),
            tag_op: tag_op_slot.flatten(),
            tags: tags_slot.flatten(),
        })
    }
}

impl Validate for UserBroadcastRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.msg_ttl;
            path.push(Segment::Field("MsgTTL"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(604800)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.tag_op {
            path.push(Segment::Field("TagOp"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// 空，此接口可忽略此字段。
///
/// The payload of a successful [`UserBroadcast`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserBroadcastResponse {}

impl serde::Serialize for UserBroadcastResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("UserBroadcastResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserBroadcastResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserBroadcastResponse {
    const NAME: &'static str = "UserBroadcastResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(UserBroadcastResponse {})
    }
}

/// 筛选用户时，Tag 匹配关系。
///
/// How UserBroadcast's `Tags` select users.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TagMatch {
    /// `0`: 或
    Or,
    /// `1`: 且
    And,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl TagMatch {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Or => 0,
            Self::And => 1,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Or,
            1 => Self::And,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for TagMatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for TagMatch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for TagMatch {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(value, &["0 (Or)", "1 (And)"], path, out);
        }
    }
}
