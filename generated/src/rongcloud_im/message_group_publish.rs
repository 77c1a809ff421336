// Code generated from spec/rongcloud-im/message_group_publish.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `MessageGroupPublish`: Send messages to one or multiple groups within your application.
//!
//! Send messages to one or multiple groups within your application. Note that when sending
//! messages to a group via the Server API, the sender does not need to be a group member. The app
//! must control message-sending permissions. This API supports the following functionalities:
//!
//! - Send regular group messages: Supports sending messages to up to 3 groups at a time.
//! - Send targeted group messages: Allows sending messages to one or more specified users within
//!   a group, but only one target group is supported per request.
//!
//!
//! Messages sent via this API are not synchronized to the sender's client by default, nor are
//! they stored in the sender's message history. For synchronization, refer to the
//! isIncludeSender parameter.
//!
//! When sending targeted group messages, only one toGroupId is supported, and expansion,
//! extraContent, disablePush, and pushExt fields are not supported.
//!
//! - HTTP: `POST /message/group/publish.json`
//! - Request: [`MessageGroupPublishRequest`]; response payload: [`MessageGroupPublishResponse`]
//! - Rate limit: 20 requests per second (per app, counting one message per group (a message to 3 groups is 3 messages))
//! - Source: Send Group Messages, <https://docs.rongcloud.io/platform-chat-api/message/send-group>
//! - Also from: 发送群聊消息 (the Chinese page of the same path, read to the `objectName` row), <https://docs.rongcloud.cn/platform-chat-api/message/send-group>
//! - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>
//!
//! # Rules the server enforces
//!
//! - Each group of `toGroupId` receives the message, whether or not the sender is a member; with `toUserId` (one group only) only those members receive it. The sender's own clients receive it only with `isIncludeSender` 1 and one group.
//! - A targeted message (`toUserId`) names exactly one group in `toGroupId`; an @ message (`isMentioned` 1) sent with `toUserId` mentions only users of `toUserId`.
//!
//! # Notes on the source document
//!
//! - Every copy of the page is cut in its parameter table: the EN page in the `toUserId` row, the ZH page in the `objectName` row; none has a request example, response table or response example. — *Resolved:* The rows up to `objectName` are the pages'. `content` and the optional parameters after it are the official Python SDK's (`Group.send` and `Group.send_direction`, `from: python-sdk`), with its defaults and 0/1 ranges. The answer is the envelope alone, `{"code":200}`, as the SDK's docstring gives it; the examples are ours.
//! - The page names `extraContent` among the fields a targeted message does not support, but no copy read describes it and the SDK does not send it; nor does the SDK's group send have `count`, `verifyBlacklist`, `isCounted` or `disableUpdateLastMsg`. — *Resolved:* They are left out.
//! - The SDK sends one `toGroupId`; the page takes up to 3, and the SDK's targeted send repeats `toUserId`. — *Resolved:* `toGroupId` is `list<string>` of 1 to 3 ids and `toUserId` a `list<string>` of at least one id (the pages give no maximum), both repeated form parameters.
//! - "When sending targeted group messages, only one toGroupId is supported, and expansion, extraContent, disablePush, and pushExt fields are not supported": the page does not say whether such a request is refused or those fields ignored. — *Resolved:* `expansion`, `disablePush` and `pushExt` are forbidden with `toUserId` (refused as a parameter error, 1002); the single group is a rule, as the spec cannot state a list's length as a condition.
//! - The limit is 20 messages a second, where a message to 3 groups counts as 3; the spec's `rate_limit` counts requests. — *Resolved:* `rate_limit` is 20 per second, its `scope` saying that groups count; a server that counts requests only admits more than the vendor would.
//! - `content` is "at most 128k" in the SDK's docstring (the page's row is cut), without saying bytes or characters. — *Resolved:* At most 131,072 bytes, with the "parameter too long" code 1005.
//! - `content`, `pushContent`, `pushData`, `isPersisted`, `isIncludeSender`, `isMentioned`, `contentAvailable`, `expansion`, `disablePush` and `pushExt` are not on the page (its table is cut); `toGroupId` is typed `String`. — *Resolved:* They are the SDK's parameters (`from: python-sdk`); `toGroupId` is a list of up to 3, not a `string`.
//! - `fromUserId`'s and `toGroupId`'s 64-byte limits (those of every user ID, and the SDK's check) are not on the rows, nor are example values. — *Resolved:* Both are constraints; `fromUserId` jlk456j5 and `toGroupId` 123 are our example values.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `MessageGroupPublish` as a type: it ties [`MessageGroupPublishRequest`] and [`MessageGroupPublishResponse`] to the operation's binding, rate limit and errors, for clients (`call::<MessageGroupPublish>`) and servers (`route::<MessageGroupPublish>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MessageGroupPublish;

impl OperationShape for MessageGroupPublish {
    type Service = RongcloudIm;
    type Input = MessageGroupPublishRequest;
    type Output = MessageGroupPublishResponse;
    const OP: Operation = Operation {
        name: "MessageGroupPublish",
        service: &SPEC,
        path: "/message/group/publish.json",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 20,
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
                ("toGroupId", form::Kind::List(&form::Kind::String)),
                ("toUserId", form::Kind::List(&form::Kind::String)),
                ("objectName", form::Kind::String),
                ("content", form::Kind::String),
                ("pushContent", form::Kind::String),
                ("pushData", form::Kind::String),
                ("isPersisted", form::Kind::Integer),
                ("isIncludeSender", form::Kind::Integer),
                ("isMentioned", form::Kind::Integer),
                ("contentAvailable", form::Kind::Integer),
                ("expansion", form::Kind::Bool),
                ("disablePush", form::Kind::Bool),
                ("pushExt", form::Kind::String),
            ],
        ),
    };
}

/// The request body of `MessageGroupPublish`.
///
/// The request of [`MessageGroupPublish`](self): Send messages to one or multiple groups within your application.
///
/// - HTTP: `POST /message/group/publish.json`
/// - Request: [`MessageGroupPublishRequest`]; response payload: [`MessageGroupPublishResponse`]
/// - Rate limit: 20 requests per second (per app, counting one message per group (a message to 3 groups is 3 messages))
/// - Source: Send Group Messages, <https://docs.rongcloud.io/platform-chat-api/message/send-group>
/// - Also from: 发送群聊消息 (the Chinese page of the same path, read to the `objectName` row), <https://docs.rongcloud.cn/platform-chat-api/message/send-group>
/// - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>
///
/// `expansion` must be absent when `toUserId` is sent.
///
/// `disablePush` must be absent when `toUserId` is sent.
///
/// `pushExt` must be absent when `toUserId` is sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageGroupPublishRequest {
    /// Sender's user ID. Non-group members can also send messages to a group via the Server API. Note: The user ID used to send the message must have obtained a user Token; otherwise, if the message triggers an offline push, the sender's user information will not be displayed correctly in the notification.
    ///
    /// Example: `"jlk456j5"`. Limits: 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub from_user_id: String,
    /// Group ID(s) receiving the message. Supports up to 3 group IDs. When sending targeted group messages, only one group ID is supported.
    ///
    /// Example: `["123"]`. Limits: 1 to 3 items; each item 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub to_group_id: Vec<String>,
    /// 发送群聊定向消息时,接收消息的群成员用户 ID 列表,群中其他用户无法收到该定向消息。仅当 toGroupId 传入单个群组 ID 时有效。
    ///
    /// For a targeted group message, the members who receive it; the group's other members do not. Only when `toGroupId` names one group.
    ///
    /// Limits: at least 1 items; each item 1 to 64 UTF-8 bytes (else error `1005`). Source: 发送群聊消息 (the Chinese page of the same path, read to the `objectName` row), <https://docs.rongcloud.cn/platform-chat-api/message/send-group>. The document calls the type `String`.
    pub to_user_id: Option<Vec<String>>,
    /// 接受内置消息类型(见消息类型概述)或自定义消息的消息类型值。注意:在自定义消息时,消息类型不可以 "RC:" 开头,以免与系统内置消息类型重名;消息类型长度不可超过 32 个字符。
    ///
    /// The message type: a built-in type or a custom one, which must not start with "RC:"; at most 32 characters.
    ///
    /// Example: `"RC:TxtMsg"`. Limits: 1 to 32 characters (else error `1005`). Source: 发送群聊消息 (the Chinese page of the same path, read to the `objectName` row), <https://docs.rongcloud.cn/platform-chat-api/message/send-group>. The document calls the type `String`.
    pub object_name: String,
    /// 发送消息内容,单条消息最大 128k。内置消息以 JSON 方式进行数据序列化;如果 objectName 为自定义消息类型,该参数可自定义格式,不限于 JSON。
    ///
    /// The message content, at most 128k: a built-in type's content JSON serialized to text; a custom type may use any format.
    ///
    /// Example: `"{\"content\":\"Hello world!\"}"`. Limits: 1 to 131072 UTF-8 bytes (else error `1005`). Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub content: String,
    /// 定义显示的 Push 内容,如果 objectName 为融云内置消息类型时,则发送后用户一定会收到 Push 信息。如果为自定义消息,则 pushContent 为自定义消息显示的 Push 内容,如果不传则用户不会收到 Push 通知。
    ///
    /// The push notification's text; a custom message type without it sends no push.
    ///
    /// Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub push_content: Option<String>,
    /// 针对 iOS 平台为 Push 通知时附加到 payload 中,客户端获取远程推送内容时为 appData,Android 客户端收到推送消息时对应字段名为 pushData。
    ///
    /// Data carried with the push, `appData` on iOS and `pushData` on Android.
    ///
    /// Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub push_data: Option<String>,
    /// 针对融云服务端是否存储此条消息,0 表示为不存储、1 表示为存储,默认为 1 存储消息。
    ///
    /// Whether the server stores the message (1, the default) or not (0).
    ///
    /// Default when absent: `1`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub is_persisted: Option<i32>,
    /// 发送用户自己是否接收消息,0 表示为不接收,1 表示为接收,默认为 0 不接收,只有在 toGroupId 为一个群组 Id 的时候有效。
    ///
    /// Whether the sender receives the message too (1) or not (0, the default); only when `toGroupId` names one group.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub is_include_sender: Option<i32>,
    /// 是否为 @ 消息,0 表示为普通消息,1 表示为 @ 消息,默认为 0。当为 1 时 content 参数中必须携带 mentionedInfo @消息的详细内容。当指定了 toUserId 时,则 @ 的用户必须为 toUserId 中的用户。
    ///
    /// An @ message (1) or not (0, the default); an @ message's `content` carries `mentionedInfo`, and with `toUserId` the mentioned users must be among them.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub is_mentioned: Option<i32>,
    /// 针对 iOS 平台,对 SDK 处于后台暂停状态时为静默推送。1 表示为开启,0 表示为关闭,默认为 0。
    ///
    /// iOS only: a silent push that wakes a suspended app (1), or not (0, the default).
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub content_available: Option<i32>,
    /// 是否为可扩展消息,默认为 false,设为 true 时终端在收到该条消息后,可对该条消息设置扩展信息。暂不支持海外数据中心。
    ///
    /// Whether the message is extensible; not with `toUserId`, and not supported in overseas data centers.
    ///
    /// Default when absent: `false`. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub expansion: Option<bool>,
    /// 是否为静默消息,默认为 false,设为 true 时终端用户离线情况下不会收到通知提醒。暂不支持海外数据中心。
    ///
    /// A silent message: offline members get no notification; not with `toUserId`.
    ///
    /// Default when absent: `false`. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub disable_push: Option<bool>,
    /// 推送通知属性设置,pushExt 为 JSON 结构请求时需要做转义处理。disablePush 为 true 时此属性无效。暂不支持海外数据中心。
    ///
    /// Push notification settings, a JSON object sent as text; ignored when `disablePush` is true; not with `toUserId`.
    ///
    /// Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Group.send and Group.send_direction), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub push_ext: Option<String>,
}

impl MessageGroupPublishRequest {
    /// A value with the required `fromUserId`, `toGroupId`, `objectName`, `content`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        from_user_id: impl Into<String>,
        to_group_id: Vec<String>,
        object_name: impl Into<String>,
        content: impl Into<String>,
    ) -> Self {
        MessageGroupPublishRequest {
            from_user_id: from_user_id.into(),
            to_group_id,
            to_user_id: None,
            object_name: object_name.into(),
            content: content.into(),
            push_content: None,
            push_data: None,
            is_persisted: None,
            is_include_sender: None,
            is_mentioned: None,
            content_available: None,
            expansion: None,
            disable_push: None,
            push_ext: None,
        }
    }

    /// Sets `toUserId`.
    pub fn with_to_user_id(mut self, to_user_id: Vec<String>) -> Self {
        self.to_user_id = Some(to_user_id);
        self
    }

    /// Sets `pushContent`.
    pub fn with_push_content(mut self, push_content: impl Into<String>) -> Self {
        self.push_content = Some(push_content.into());
        self
    }

    /// Sets `pushData`.
    pub fn with_push_data(mut self, push_data: impl Into<String>) -> Self {
        self.push_data = Some(push_data.into());
        self
    }

    /// Sets `isPersisted`.
    pub fn with_is_persisted(mut self, is_persisted: i32) -> Self {
        self.is_persisted = Some(is_persisted);
        self
    }

    /// Sets `isIncludeSender`.
    pub fn with_is_include_sender(mut self, is_include_sender: i32) -> Self {
        self.is_include_sender = Some(is_include_sender);
        self
    }

    /// Sets `isMentioned`.
    pub fn with_is_mentioned(mut self, is_mentioned: i32) -> Self {
        self.is_mentioned = Some(is_mentioned);
        self
    }

    /// Sets `contentAvailable`.
    pub fn with_content_available(mut self, content_available: i32) -> Self {
        self.content_available = Some(content_available);
        self
    }

    /// Sets `expansion`.
    pub fn with_expansion(mut self, expansion: bool) -> Self {
        self.expansion = Some(expansion);
        self
    }

    /// Sets `disablePush`.
    pub fn with_disable_push(mut self, disable_push: bool) -> Self {
        self.disable_push = Some(disable_push);
        self
    }

    /// Sets `pushExt`.
    pub fn with_push_ext(mut self, push_ext: impl Into<String>) -> Self {
        self.push_ext = Some(push_ext.into());
        self
    }

    /// `isPersisted` as the server reads it: the value sent, or the documented default `1` when absent.
    pub fn is_persisted_or_default(&self) -> i32 {
        self.is_persisted.unwrap_or(1)
    }

    /// `isIncludeSender` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn is_include_sender_or_default(&self) -> i32 {
        self.is_include_sender.unwrap_or(0)
    }

    /// `isMentioned` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn is_mentioned_or_default(&self) -> i32 {
        self.is_mentioned.unwrap_or(0)
    }

    /// `contentAvailable` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn content_available_or_default(&self) -> i32 {
        self.content_available.unwrap_or(0)
    }

    /// `expansion` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn expansion_or_default(&self) -> bool {
        self.expansion.unwrap_or(false)
    }

    /// `disablePush` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn disable_push_or_default(&self) -> bool {
        self.disable_push.unwrap_or(false)
    }
}

impl serde::Serialize for MessageGroupPublishRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "MessageGroupPublishRequest",
                4 + usize::from(self.to_user_id.is_some())
                    + usize::from(self.push_content.is_some())
                    + usize::from(self.push_data.is_some())
                    + usize::from(self.is_persisted.is_some())
                    + usize::from(self.is_include_sender.is_some())
                    + usize::from(self.is_mentioned.is_some())
                    + usize::from(self.content_available.is_some())
                    + usize::from(self.expansion.is_some())
                    + usize::from(self.disable_push.is_some())
                    + usize::from(self.push_ext.is_some()),
            )?;
        object.serialize_field("fromUserId", &self.from_user_id)?;
        object.serialize_field("toGroupId", &self.to_group_id)?;
        encode::optional(&mut object, "toUserId", &self.to_user_id)?;
        object.serialize_field("objectName", &self.object_name)?;
        object.serialize_field("content", &self.content)?;
        encode::optional(&mut object, "pushContent", &self.push_content)?;
        encode::optional(&mut object, "pushData", &self.push_data)?;
        encode::optional(&mut object, "isPersisted", &self.is_persisted)?;
        encode::optional(&mut object, "isIncludeSender", &self.is_include_sender)?;
        encode::optional(&mut object, "isMentioned", &self.is_mentioned)?;
        encode::optional(&mut object, "contentAvailable", &self.content_available)?;
        encode::optional(&mut object, "expansion", &self.expansion)?;
        encode::optional(&mut object, "disablePush", &self.disable_push)?;
        encode::optional(&mut object, "pushExt", &self.push_ext)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageGroupPublishRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MessageGroupPublishRequest {
    const NAME: &'static str = "MessageGroupPublishRequest";

    fn field(key: &str) -> usize {
        match key {
            "fromUserId" => 0,
            "toGroupId" => 1,
            "toUserId" => 2,
            "objectName" => 3,
            "content" => 4,
            "pushContent" => 5,
            "pushData" => 6,
            "isPersisted" => 7,
            "isIncludeSender" => 8,
            "isMentioned" => 9,
            "contentAvailable" => 10,
            "expansion" => 11,
            "disablePush" => 12,
            "pushExt" => 13,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut from_user_id_slot: Option<String> = None;
        let mut to_group_id_slot: Option<Vec<String>> = None;
        let mut to_user_id_slot: Option<Option<Vec<String>>> = None;
        let mut object_name_slot: Option<String> = None;
        let mut content_slot: Option<String> = None;
        let mut push_content_slot: Option<Option<String>> = None;
        let mut push_data_slot: Option<Option<String>> = None;
        let mut is_persisted_slot: Option<Option<i32>> = None;
        let mut is_include_sender_slot: Option<Option<i32>> = None;
        let mut is_mentioned_slot: Option<Option<i32>> = None;
        let mut content_available_slot: Option<Option<i32>> = None;
        let mut expansion_slot: Option<Option<bool>> = None;
        let mut disable_push_slot: Option<Option<bool>> = None;
        let mut push_ext_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut from_user_id_slot, "fromUserId", &mut map)?,
                1 => decode::once(&mut to_group_id_slot, "toGroupId", &mut map)?,
                2 => decode::once(&mut to_user_id_slot, "toUserId", &mut map)?,
                3 => decode::once(&mut object_name_slot, "objectName", &mut map)?,
                4 => decode::once(&mut content_slot, "content", &mut map)?,
                5 => decode::once(&mut push_content_slot, "pushContent", &mut map)?,
                6 => decode::once(&mut push_data_slot, "pushData", &mut map)?,
                7 => decode::once(&mut is_persisted_slot, "isPersisted", &mut map)?,
                8 => {
                    decode::once(
                        &mut is_include_sender_slot,
                        "isIncludeSender",
                        &mut map,
                    )?
                }
                9 => decode::once(&mut is_mentioned_slot, "isMentioned", &mut map)?,
                10 => {
                    decode::once(
                        &mut content_available_slot,
                        "contentAvailable",
                        &mut map,
                    )?
                }
                11 => decode::once(&mut expansion_slot, "expansion", &mut map)?,
                12 => decode::once(&mut disable_push_slot, "disablePush", &mut map)?,
                13 => decode::once(&mut push_ext_slot, "pushExt", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(MessageGroupPublishRequest {
            from_user_id: from_user_id_slot
                .ok_or_else(|| A::Error::missing_field("fromUserId"))?,
            to_group_id: to_group_id_slot
                .ok_or_else(|| A::Error::missing_field("toGroupId"))?,
            to_user_id: to_user_id_slot.flatten(),
            object_name: object_name_slot
                .ok_or_else(|| A::Error::missing_field("objectName"))?,
            content: content_slot.ok_or_else(|| A::Error::missing_field("content"))?,
            push_content: push_content_slot.flatten(),
            push_data: push_data_slot.flatten(),
            is_persisted: is_persisted_slot.flatten(),
            is_include_sender: is_include_sender_slot.flatten(),
            is_mentioned: is_mentioned_slot.flatten(),
            content_available: content_available_slot.flatten(),
            expansion: expansion_slot.flatten(),
            disable_push: disable_push_slot.flatten(),
            push_ext: push_ext_slot.flatten(),
        })
    }
}

impl Validate for MessageGroupPublishRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if self.to_user_id.is_some() {
            validate::forbidden_when(
                self.expansion.is_some(),
                "expansion",
                "toUserId is sent",
                path,
                out,
            );
        }
        if self.to_user_id.is_some() {
            validate::forbidden_when(
                self.disable_push.is_some(),
                "disablePush",
                "toUserId is sent",
                path,
                out,
            );
        }
        if self.to_user_id.is_some() {
            validate::forbidden_when(
                self.push_ext.is_some(),
                "pushExt",
                "toUserId is sent",
                path,
                out,
            );
        }
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
            let value = &self.to_group_id;
            path.push(Segment::Field("toGroupId"));
            validate::items(value, Some(1), Some(3), path, out);
            for (i, item) in value.iter().enumerate() {
                path.push(Segment::Index(i));
                out.coded(
                    errors::E1005,
                    |out| {
                        validate::length(
                            item,
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
            path.pop();
        }
        if let Some(value) = &self.to_user_id {
            path.push(Segment::Field("toUserId"));
            validate::items(value, Some(1), None, path, out);
            for (i, item) in value.iter().enumerate() {
                path.push(Segment::Index(i));
                out.coded(
                    errors::E1005,
                    |out| {
                        validate::length(
                            item,
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
            path.pop();
        }
        {
            let value = &self.object_name;
            path.push(Segment::Field("objectName"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        Some(1),
                        Some(32),
                        validate::LengthUnit::Chars,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        {
            let value = &self.content;
            path.push(Segment::Field("content"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        Some(1),
                        Some(131072),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        if let Some(value) = &self.is_persisted {
            path.push(Segment::Field("isPersisted"));
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
        if let Some(value) = &self.is_include_sender {
            path.push(Segment::Field("isIncludeSender"));
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
        if let Some(value) = &self.is_mentioned {
            path.push(Segment::Field("isMentioned"));
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
        if let Some(value) = &self.content_available {
            path.push(Segment::Field("contentAvailable"));
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
/// The payload of a successful [`MessageGroupPublish`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageGroupPublishResponse {}

impl serde::Serialize for MessageGroupPublishResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("MessageGroupPublishResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageGroupPublishResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MessageGroupPublishResponse {
    const NAME: &'static str = "MessageGroupPublishResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(MessageGroupPublishResponse {})
    }
}
