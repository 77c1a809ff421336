// Code generated from spec/volcengine-rtc-im/send_message.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `SendMessage`: 你可以使用此接口发送消息。
//!
//! 发送消息：指定你所属的 AppId、消息发送人 UserId、会话 ID、消息类型和消息内容，向会话发送一条消息。
//!
//! 消息优先级（Priority）仅对直播群有效。为避免直播群中消息频率太多导致服务端压力过大，你可以设置消息的优先级。当前直播群下，普通优先级和低优先级消息共用频控阈值为 30 条/秒，超过部分会被服务端直接丢弃。高优消息频控阈值为 10 条/秒，超过部分服务端无法保证不丢失。
//!
//! Sends a message to a conversation, from a sender, with a message type and content in the client message format. In a live group, low and normal priority messages share 30 messages a second and high priority messages have 10: excess messages are discarded by the server (high priority ones are not guaranteed to arrive), while the call still succeeds.
//!
//! - HTTP: `POST /?Action=SendMessage&Version=2020-12-01`
//! - Request: [`SendMessageRequest`]; response payload: [`SendMessageResponse`]
//! - Rate limit of low and normal priority calls (when `Priority` is one of `0`, `1`, one budget for them all; only while the conversation is a live group, which the server implementation applies): 30 requests per second (per live group); a call over it is answered as a success and its effect discarded
//! - Rate limit of high priority calls (when `Priority` is `2`; only while the conversation is a live group, which the server implementation applies): 10 requests per second (per live group); a call over it is answered as a success and its effect discarded
//! - Idempotent when `ClientMsgId` is sent: the server drops a repeat that carries the same value, so clients retry such a call whose outcome is unknown
//! - Source: volc-sdk-golang service/im model (SendMessageBody, SendMessageResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: volc-sdk-java 1.0.182 com.volcengine.model.im.SendMessageBody, <https://jar-download.com/artifacts/com.volcengine/volc-sdk-java/1.0.182/source-code/com/volcengine/model/im/SendMessageBody.java>
//! - Also from: 批量发送群聊/直播群消息 BatchSendGroupMessage, <https://www.volcengine.com/docs/6348/1756984>
//!
//! # Rules the server enforces
//!
//! - In a live group, low and normal priority messages share 30 messages a second, and the server discards the excess (the call succeeds); high priority messages have 10 a second, beyond which delivery is not guaranteed. Priority does nothing in other conversations.
//! - A message already sent with the request's `ClientMsgId` is not sent again.
//! - `Content` follows the client message format (see <https://www.volcengine.com/docs/6348/372181#server>) for clients to read it.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//!
//! # Notes on the source document
//!
//! - The SendMessage page of the IM documentation could not be read. Volcengine's Go SDK model of the API (generated from the same document) has every field with its description, and the Java SDK's `SendMessageBody` agrees. — *Resolved:* The operation is transcribed from the Go SDK's `SendMessageBody` and `SendMessageResResult` (the `source`), fields marked `from: java-sdk` where the Java SDK gives the same text with its type word (`doc_type`); the rate limit's words are the SDK's `Priority` comment. The summary and description are written from those texts; the example is made of values the SDKs and the sibling BatchSendGroupMessage page use.
//! - `Priority`: low and normal priority messages share 30 a second and the excess "会被服务端直接丢弃" (is discarded by the server), high priority has 10 a second and the excess "服务端无法保证不丢失" (may be lost), and all of it applies only in live groups, which the request cannot show. — *Resolved:* Two class limits: `in: [0, 1]` (one budget for low and normal) and `equals: 2`, each with `state: the conversation is a live group` and `overflow: drop`: a generated router leaves them to the implementation, which knows the conversation's type (the emulator applies them per live group), and a message over the budget is answered as a success and not delivered. For high priority, "not guaranteed" is read as dropped, the behaviour a sender must be ready for.
//! - The limits hold "当前直播群下", in each live group, while a router's budgets are per app. — *Resolved:* `scope: per live group`; an implementation keeps the budgets per conversation (`Classes::apply(Some(conversation), …)`), as the emulator does.
//! - The SDK gives no default for `Priority`, nor says how a message without it counts. — *Resolved:* No `default`: a message without `Priority` is in neither class.
//! - No SDK or page states an overall rate limit for SendMessage (BatchSendGroupMessage's page gives 5 QPS for itself). — *Resolved:* No `rate_limit`.
//! - The Go SDK types the user lists as `[]*int64`, lists of pointers. — *Resolved:* `list<i64>`: the pointers are the generator's style, and nothing says an item may be null.

use imapi_runtime::{
    BodyFormat, ClassLimit, Operation, OperationShape, Overflow, RateLimit, decode,
    encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{RefMsgInfo, SPEC, VolcengineRtcIm};

/// `SendMessage` as a type: it ties [`SendMessageRequest`] and [`SendMessageResponse`] to the operation's binding, rate limit and errors, for clients (`call::<SendMessage>`) and servers (`route::<SendMessage>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SendMessage;

impl OperationShape for SendMessage {
    type Service = VolcengineRtcIm;
    type Input = SendMessageRequest;
    type Output = SendMessageResponse;
    const OP: Operation = Operation {
        name: "SendMessage",
        service: &SPEC,
        path: "/",
        action: Some("SendMessage"),
        rate_limit: None,
        idempotent: false,
        errors: &[],
        class_limits: &[
            ClassLimit {
                class: "low and normal priority",
                limit: RateLimit {
                    requests: 30,
                    per: Duration::from_secs(1),
                },
                overflow: Overflow::Drop,
                state: Some("the conversation is a live group"),
            },
            ClassLimit {
                class: "high priority",
                limit: RateLimit {
                    requests: 10,
                    per: Duration::from_secs(1),
                },
                overflow: Overflow::Drop,
                state: Some("the conversation is a live group"),
            },
        ],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &SendMessageRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }

    fn idempotent(input: &SendMessageRequest) -> bool {
        input.client_msg_id.is_some()
    }

    fn in_class(input: &SendMessageRequest, class: usize) -> bool {
        match class {
            0 => {
                input.priority.as_ref().is_some_and(|v| v.value() == 0)
                    || input.priority.as_ref().is_some_and(|v| v.value() == 1)
            }
            1 => input.priority.as_ref().is_some_and(|v| v.value() == 2),
            _ => false,
        }
    }
}

/// The request body of `SendMessage`.
///
/// The request of [`SendMessage`](self): 你可以使用此接口发送消息。
///
/// - HTTP: `POST /?Action=SendMessage&Version=2020-12-01`
/// - Request: [`SendMessageRequest`]; response payload: [`SendMessageResponse`]
/// - Rate limit of low and normal priority calls (when `Priority` is one of `0`, `1`, one budget for them all; only while the conversation is a live group, which the server implementation applies): 30 requests per second (per live group); a call over it is answered as a success and its effect discarded
/// - Rate limit of high priority calls (when `Priority` is `2`; only while the conversation is a live group, which the server implementation applies): 10 requests per second (per live group); a call over it is answered as a success and its effect discarded
/// - Idempotent when `ClientMsgId` is sent: the server drops a repeat that carries the same value, so clients retry such a call whose outcome is unknown
/// - Source: volc-sdk-golang service/im model (SendMessageBody, SendMessageResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: volc-sdk-java 1.0.182 com.volcengine.model.im.SendMessageBody, <https://jar-download.com/artifacts/com.volcengine/volc-sdk-java/1.0.182/source-code/com/volcengine/model/im/SendMessageBody.java>
/// - Also from: 批量发送群聊/直播群消息 BatchSendGroupMessage, <https://www.volcengine.com/docs/6348/1756984>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendMessageRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 消息发送人 UserId
    ///
    /// The sender's UserId.
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub sender: i64,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 消息类型
    ///
    /// The message type, as the client message format numbers it (10001 text).
    ///
    /// Example: `10001`. The document calls the type `Integer`.
    pub msg_type: i32,
    /// 消息内容。当你给客户端发消息时，Content 内容需符合客户端格式，详细信息请参看[消息格式](https://www.volcengine.com/docs/6348/372181#server)。
    ///
    /// The content; for clients to read it, it follows the client message format.
    ///
    /// Example: `"{\"text\":\"hello\"}"`. The document calls the type `String`.
    pub content: String,
    /// 会话中@的人
    ///
    /// The members the message mentions.
    ///
    /// Source: volc-sdk-java 1.0.182 com.volcengine.model.im.SendMessageBody, <https://jar-download.com/artifacts/com.volcengine/volc-sdk-java/1.0.182/source-code/com/volcengine/model/im/SendMessageBody.java>. The document calls the type `List`.
    pub mentioned_users: Option<Vec<i64>>,
    /// 消息可见会话成员列表
    ///
    /// The members who see the message.
    ///
    /// Source: volc-sdk-java 1.0.182 com.volcengine.model.im.SendMessageBody, <https://jar-download.com/artifacts/com.volcengine/volc-sdk-java/1.0.182/source-code/com/volcengine/model/im/SendMessageBody.java>. The document calls the type `List`.
    pub visible_users: Option<Vec<i64>>,
    /// 消息不可见会话成员列表。VisibleUsers 和 InvisibleUsers均为空时，代表对所有人可见。
    ///
    /// The members who do not see the message; with neither list, every member sees it.
    ///
    /// When absent: every member sees the message, unless `VisibleUsers` says otherwise. Source: volc-sdk-java 1.0.182 com.volcengine.model.im.SendMessageBody, <https://jar-download.com/artifacts/com.volcengine/volc-sdk-java/1.0.182/source-code/com/volcengine/model/im/SendMessageBody.java>. The document calls the type `List`.
    pub invisible_users: Option<Vec<i64>>,
    /// 消息的扩展字段
    ///
    /// The message's extension fields.
    ///
    /// Source: volc-sdk-java 1.0.182 com.volcengine.model.im.SendMessageBody, <https://jar-download.com/artifacts/com.volcengine/volc-sdk-java/1.0.182/source-code/com/volcengine/model/im/SendMessageBody.java>. The document calls the type `Map`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 幂等id，如果创建时指定了此字段，并且数据库中存在此 id 对应的消息，不会重复发送。如果不指定，会随机生成一个。
    ///
    /// An idempotency id: a message already sent with it is not sent again. A random one is made when absent.
    ///
    /// When absent: a random id, so every call sends. The document calls the type `String`.
    pub client_msg_id: Option<String>,
    /// 消息对应时间戳，单位为毫秒。
    ///
    /// The message's time, in milliseconds.
    ///
    /// Unit: milliseconds. Source: volc-sdk-java 1.0.182 com.volcengine.model.im.SendMessageBody, <https://jar-download.com/artifacts/com.volcengine/volc-sdk-java/1.0.182/source-code/com/volcengine/model/im/SendMessageBody.java>. The document calls the type `Long`.
    pub create_time: Option<i64>,
    /// 消息优先级。 0：低优先级。 1:普通优先级。 2:高优先级。 该字段仅对直播群有效。为避免直播群中消息频率太多导致服务端压力过大，你可以设置消息的优先级。当前直播群下，普通优先级和低优先级消息共用频控阈值为 30 条/秒，超过部分会被服务端直接丢弃。高优消息频控阈值为 10 条/秒，超过部分服务端无法保证不丢失。
    ///
    /// The message's priority, which counts in live groups only: low and normal priority messages share 30 messages a second there, and the excess is discarded; high priority messages have 10 a second, and the excess may be lost.
    ///
    /// The document calls the type `int32`.
    pub priority: Option<MessagePriority>,
    /// 引用消息
    ///
    /// The message this one quotes.
    pub ref_msg_info: Option<RefMsgInfo>,
}

impl SendMessageRequest {
    /// A value with the required `AppId`, `Sender`, `ConversationShortId`, `MsgType`, `Content`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        sender: i64,
        conversation_short_id: i64,
        msg_type: i32,
        content: impl Into<String>,
    ) -> Self {
        SendMessageRequest {
            app_id,
            sender,
            conversation_short_id,
            msg_type,
            content: content.into(),
            mentioned_users: None,
            visible_users: None,
            invisible_users: None,
            ext: None,
            client_msg_id: None,
            create_time: None,
            priority: None,
            ref_msg_info: None,
        }
    }

    /// Sets `MentionedUsers`.
    pub fn with_mentioned_users(mut self, mentioned_users: Vec<i64>) -> Self {
        self.mentioned_users = Some(mentioned_users);
        self
    }

    /// Sets `VisibleUsers`.
    pub fn with_visible_users(mut self, visible_users: Vec<i64>) -> Self {
        self.visible_users = Some(visible_users);
        self
    }

    /// Sets `InvisibleUsers`.
    pub fn with_invisible_users(mut self, invisible_users: Vec<i64>) -> Self {
        self.invisible_users = Some(invisible_users);
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `ClientMsgId`.
    pub fn with_client_msg_id(mut self, client_msg_id: impl Into<String>) -> Self {
        self.client_msg_id = Some(client_msg_id.into());
        self
    }

    /// Sets `CreateTime`.
    pub fn with_create_time(mut self, create_time: i64) -> Self {
        self.create_time = Some(create_time);
        self
    }

    /// Sets `Priority`.
    pub fn with_priority(mut self, priority: MessagePriority) -> Self {
        self.priority = Some(priority);
        self
    }

    /// Sets `RefMsgInfo`.
    pub fn with_ref_msg_info(mut self, ref_msg_info: RefMsgInfo) -> Self {
        self.ref_msg_info = Some(ref_msg_info);
        self
    }
}

impl serde::Serialize for SendMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "SendMessageRequest",
                5 + usize::from(self.mentioned_users.is_some())
                    + usize::from(self.visible_users.is_some())
                    + usize::from(self.invisible_users.is_some())
                    + usize::from(self.ext.is_some())
                    + usize::from(self.client_msg_id.is_some())
                    + usize::from(self.create_time.is_some())
                    + usize::from(self.priority.is_some())
                    + usize::from(self.ref_msg_info.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("Sender", &self.sender)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MsgType", &self.msg_type)?;
        object.serialize_field("Content", &self.content)?;
        encode::optional(&mut object, "MentionedUsers", &self.mentioned_users)?;
        encode::optional(&mut object, "VisibleUsers", &self.visible_users)?;
        encode::optional(&mut object, "InvisibleUsers", &self.invisible_users)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "ClientMsgId", &self.client_msg_id)?;
        encode::optional(&mut object, "CreateTime", &self.create_time)?;
        encode::optional(&mut object, "Priority", &self.priority)?;
        encode::optional(&mut object, "RefMsgInfo", &self.ref_msg_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SendMessageRequest {
    const NAME: &'static str = "SendMessageRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "Sender" => 1,
            "ConversationShortId" => 2,
            "MsgType" => 3,
            "Content" => 4,
            "MentionedUsers" => 5,
            "VisibleUsers" => 6,
            "InvisibleUsers" => 7,
            "Ext" => 8,
            "ClientMsgId" => 9,
            "CreateTime" => 10,
            "Priority" => 11,
            "RefMsgInfo" => 12,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut sender_slot: Option<i64> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut msg_type_slot: Option<i32> = None;
        let mut content_slot: Option<String> = None;
        let mut mentioned_users_slot: Option<Option<Vec<i64>>> = None;
        let mut visible_users_slot: Option<Option<Vec<i64>>> = None;
        let mut invisible_users_slot: Option<Option<Vec<i64>>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut client_msg_id_slot: Option<Option<String>> = None;
        let mut create_time_slot: Option<Option<i64>> = None;
        let mut priority_slot: Option<Option<MessagePriority>> = None;
        let mut ref_msg_info_slot: Option<Option<RefMsgInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut sender_slot, "Sender", &mut map)?,
                2 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut msg_type_slot, "MsgType", &mut map)?,
                4 => decode::once(&mut content_slot, "Content", &mut map)?,
                5 => decode::once(&mut mentioned_users_slot, "MentionedUsers", &mut map)?,
                6 => decode::once(&mut visible_users_slot, "VisibleUsers", &mut map)?,
                7 => decode::once(&mut invisible_users_slot, "InvisibleUsers", &mut map)?,
                8 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                9 => decode::once(&mut client_msg_id_slot, "ClientMsgId", &mut map)?,
                10 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                11 => decode::once(&mut priority_slot, "Priority", &mut map)?,
                12 => decode::once(&mut ref_msg_info_slot, "RefMsgInfo", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(SendMessageRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            sender: sender_slot.ok_or_else(|| A::Error::missing_field("Sender"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            msg_type: msg_type_slot.ok_or_else(|| A::Error::missing_field("MsgType"))?,
            content: content_slot.ok_or_else(|| A::Error::missing_field("Content"))?,
            mentioned_users: mentioned_users_slot.flatten(),
            visible_users: visible_users_slot.flatten(),
            invisible_users: invisible_users_slot.flatten(),
            ext: ext_slot.flatten(),
            client_msg_id: client_msg_id_slot.flatten(),
            create_time: create_time_slot.flatten(),
            priority: priority_slot.flatten(),
            ref_msg_info: ref_msg_info_slot.flatten(),
        })
    }
}

impl Validate for SendMessageRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.priority {
            path.push(Segment::Field("Priority"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.ref_msg_info {
            path.push(Segment::Field("RefMsgInfo"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`SendMessage`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendMessageResponse {
    /// 消息Id
    ///
    /// The new message's id.
    ///
    /// The document calls the type `int64`.
    pub message_id: i64,
}

impl serde::Serialize for SendMessageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("SendMessageResponse", 1)?;
        object.serialize_field("MessageId", &self.message_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendMessageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SendMessageResponse {
    const NAME: &'static str = "SendMessageResponse";

    fn field(key: &str) -> usize {
        match key {
            "MessageId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut message_id_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut message_id_slot, "MessageId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(SendMessageResponse {
            message_id: message_id_slot
                .ok_or_else(|| A::Error::missing_field("MessageId"))?,
        })
    }
}

/// 消息优先级，仅对直播群有效。
///
/// A message's priority, which counts in live groups only.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessagePriority {
    /// `0`: 低优先级
    Low,
    /// `1`: 普通优先级
    Normal,
    /// `2`: 高优先级
    High,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl MessagePriority {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Low => 0,
            Self::Normal => 1,
            Self::High => 2,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Low,
            1 => Self::Normal,
            2 => Self::High,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for MessagePriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for MessagePriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for MessagePriority {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["0 (Low)", "1 (Normal)", "2 (High)"],
                path,
                out,
            );
        }
    }
}
