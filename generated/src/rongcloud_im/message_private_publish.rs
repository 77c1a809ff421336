// Code generated from spec/rongcloud-im/message_private_publish.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `MessagePrivatePublish`: Users within an application can send one-to-one chat messages to other users.
//!
//! Users within an application can send one-to-one chat messages to other users.
//!
//! - A single request supports sending messages to one or multiple users, with a maximum of 1000
//!   users per request.
//! - Messages sent through this API will not be synchronized to the sender's client by default,
//!   nor will they be stored in the sender's historical message records. To enable
//!   synchronization, refer to the usage of the isIncludeSender parameter.
//!
//! - HTTP: `POST /message/private/publish.json`
//! - Request: [`MessagePrivatePublishRequest`]; response payload: [`MessagePrivatePublishResponse`]
//! - Rate limit: 6000 requests per minute (per app, counting one message per recipient (a request to 1000 users is 1000 messages))
//! - Source: Send one-to-one chat messages, <https://docs.rongcloud.io/platform-chat-api/message/send-private>
//! - Also from: 发送单聊消息 (the Chinese page of the same path, read to the `pushData` row), <https://docs.rongcloud.cn/platform-chat-api/message/send-private>
//! - Also from: 发送单聊消息 (the legacy v4 page, updated 2021-03-01, read to the `isIncludeSender` row), <https://docs.rongcloud.cn/v4-platform/views/im/server/message/msgsend/private-p.html?match=server>
//! - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>
//!
//! # Rules the server enforces
//!
//! - Each user of `toUserId` receives the message, one message per recipient; it is not synchronized to the sender's clients nor stored in the sender's history unless `isIncludeSender` is 1 (which, like `count`, only applies when `toUserId` names one user).
//! - With `verifyBlacklist` 1 a recipient that has the sender in its blocklist does not receive the message; with `isPersisted` 0 the server does not store it.
//!
//! # Notes on the source document
//!
//! - Every copy of the page is cut in its parameter table: the EN page in the `pushContent` row, the ZH page in the `pushData` row, the legacy v4 page in the `isIncludeSender` row. None has a request example, response table or response example. — *Resolved:* The rows up to `content` are the EN page's, `pushContent` the ZH page's and `pushData` the legacy page's. The optional parameters after them are the official Python SDK's (`Private.send`, `from: python-sdk`): `count` (-1..9999), `verifyBlacklist`, `isPersisted`, `isIncludeSender`, `contentAvailable` (0/1 flags with the SDK's defaults), `expansion`, `disablePush` (booleans) and `pushExt` (JSON text). The answer is the envelope alone, `{"code":200}`, as the SDK's docstring gives it; the examples are ours.
//! - Parameters that newer pages mention but neither the copies read nor the SDK describe (`isCounted`, `disableUpdateLastMsg`, `extraContent`) are not specified anywhere we could read. — *Resolved:* They are left out.
//! - The limit is 6,000 messages a minute per app, where a message is one recipient: a request to 1,000 users counts as 1,000. The spec's `rate_limit` counts requests. — *Resolved:* `rate_limit` is 6,000 per minute, its `scope` saying that recipients count; a server that counts requests only admits more than the vendor would.
//! - `toUserId` is typed String but takes up to 1,000 users, sent as a repeated parameter; `content` is "at most 128k" (128KB on the legacy page), without saying bytes or characters; `objectName` at most 32 characters. — *Resolved:* `toUserId` is `list<string>` of 1 to 1,000 ids; `content` at most 131,072 bytes and `objectName` at most 32 characters, both with the "parameter too long" code 1005.
//! - The Python SDK sends `expansion` and `disablePush` as Python's `True`, never `False` (it leaves them out instead); the pages say "true"/"false". — *Resolved:* Both are `bool`, sent as `true`/`false`.
//! - The limits of `fromUserId` (64 bytes, like every user ID), `objectName` (32 characters) and `toUserId` (1,000 users, typed `String`) are in the descriptions or on another page, not on the rows as constraints, and the rows give no example values; the `rate_limit` is prose, not on the rows either. — *Resolved:* They are constraints; `fromUserId` jlk456j5, `toUserId` BWSZ and `objectName` RC:TxtMsg are our example values, `toUserId` a `list<string>`, not a `string`.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `MessagePrivatePublish` as a type: it ties [`MessagePrivatePublishRequest`] and [`MessagePrivatePublishResponse`] to the operation's binding, rate limit and errors, for clients (`call::<MessagePrivatePublish>`) and servers (`route::<MessagePrivatePublish>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MessagePrivatePublish;

impl OperationShape for MessagePrivatePublish {
    type Service = RongcloudIm;
    type Input = MessagePrivatePublishRequest;
    type Output = MessagePrivatePublishResponse;
    const OP: Operation = Operation {
        name: "MessagePrivatePublish",
        service: &SPEC,
        path: "/message/private/publish.json",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 6000,
            per: Duration::from_secs(60),
        }),
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Form(
            &[
                ("fromUserId", form::Kind::String),
                ("toUserId", form::Kind::List(&form::Kind::String)),
                ("objectName", form::Kind::String),
                ("content", form::Kind::String),
                ("pushContent", form::Kind::String),
                ("pushData", form::Kind::String),
                ("count", form::Kind::Integer),
                ("verifyBlacklist", form::Kind::Integer),
                ("isPersisted", form::Kind::Integer),
                ("isIncludeSender", form::Kind::Integer),
                ("contentAvailable", form::Kind::Integer),
                ("expansion", form::Kind::Bool),
                ("disablePush", form::Kind::Bool),
                ("pushExt", form::Kind::String),
            ],
        ),
    };
}

/// The request body of `MessagePrivatePublish`.
///
/// The request of [`MessagePrivatePublish`](self): Users within an application can send one-to-one chat messages to other users.
///
/// - HTTP: `POST /message/private/publish.json`
/// - Request: [`MessagePrivatePublishRequest`]; response payload: [`MessagePrivatePublishResponse`]
/// - Rate limit: 6000 requests per minute (per app, counting one message per recipient (a request to 1000 users is 1000 messages))
/// - Source: Send one-to-one chat messages, <https://docs.rongcloud.io/platform-chat-api/message/send-private>
/// - Also from: 发送单聊消息 (the Chinese page of the same path, read to the `pushData` row), <https://docs.rongcloud.cn/platform-chat-api/message/send-private>
/// - Also from: 发送单聊消息 (the legacy v4 page, updated 2021-03-01, read to the `isIncludeSender` row), <https://docs.rongcloud.cn/v4-platform/views/im/server/message/msgsend/private-p.html?match=server>
/// - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessagePrivatePublishRequest {
    /// The sender's user ID. Note: The user ID used to send the message must have obtained a user Token; otherwise, the sender's user information will not be correctly displayed in the notification if the message triggers an offline push.
    ///
    /// Example: `"jlk456j5"`. Limits: 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub from_user_id: String,
    /// The recipient's user ID. Messages can be sent to multiple users, with a maximum of 1000 users per request.
    ///
    /// Example: `["BWSZ"]`. Limits: 1 to 1000 items; each item 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub to_user_id: Vec<String>,
    /// The message type, which accepts built-in message types (see Message Type Overview) or custom message type values. Note: When using custom messages, the message type must not start with "RC:" to avoid conflicts with built-in message types; the message type length must not exceed 32 characters. The custom message type must be registered in the SDK; otherwise, the SDK will not be able to parse the message upon receipt.
    ///
    /// Example: `"RC:TxtMsg"`. Limits: 1 to 32 characters (else error `1005`). The document calls the type `String`.
    pub object_name: String,
    /// The content of the message being sent, with a maximum size of 128k per message. Built-in message types: serialize the message content JSON object to a JSON string (for a text message, `{"content":"Hello world!"}`); a custom message type may use any format, not only JSON.
    ///
    /// Example: `"{\"content\":\"Hello world!\"}"`. Limits: 1 to 131072 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub content: String,
    /// 指定收件人离线时触发的远程推送通知中的通知内容。注意:对于部分消息类型,该字段是否有值决定了是否触发远程推送通知。
    ///
    /// The text of the push notification sent to a recipient who is offline; for some message types whether it is set decides whether a push is sent at all.
    ///
    /// Source: 发送单聊消息 (the Chinese page of the same path, read to the `pushData` row), <https://docs.rongcloud.cn/platform-chat-api/message/send-private>. The document calls the type `String`.
    pub push_content: Option<String>,
    /// Push 透传信息,针对 iOS 平台 APNs 推送时附加到 payload 中,客户端获取远程推送内容时通过 appData,同时融云默认携带了消息基本信息,客户端可通过 'rc' 属性获取。针对 Android 平台收到推送消息时对应字段名为 pushData。
    ///
    /// Data carried with the push: in the APNs payload as `appData` on iOS, as `pushData` on Android.
    ///
    /// Source: 发送单聊消息 (the legacy v4 page, updated 2021-03-01, read to the `isIncludeSender` row), <https://docs.rongcloud.cn/v4-platform/views/im/server/message/msgsend/private-p.html?match=server>. The document calls the type `String`.
    pub push_data: Option<String>,
    /// 针对 iOS 平台,Push 时用来控制未读消息显示数,只有在 toUserId 为一个用户 Id 的时候有效;为 -1 时不改变角标数,传入相应数字表示把角标数改为指定的数字,最大不超过 9999。
    ///
    /// iOS only: the badge count the push sets, -1 to leave it; only when `toUserId` names one user.
    ///
    /// Limits: between -1 and 9999. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub count: Option<i32>,
    /// 是否过滤接收用户黑名单列表,0 表示为不过滤,1 表示为过滤,默认为 0 不过滤。
    ///
    /// Whether recipients' blocklists filter the message (1) or not (0, the default).
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub verify_blacklist: Option<i32>,
    /// 针对融云服务端是否存储此条消息,0 表示为不存储,1 表示为存储,默认为 1 存储消息。
    ///
    /// Whether the server stores the message (1, the default) or not (0).
    ///
    /// Default when absent: `1`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub is_persisted: Option<i32>,
    /// 终端用户在线状态下,发送者是否接收该消息,0 表示为不接收,1 表示为接收,默认为 0 不接收,只有在 toUserId 为一个用户 Id 的时候有效。
    ///
    /// Whether the sender's online clients receive the message too (1) or not (0, the default); only when `toUserId` names one user.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>. The document calls the type `Int`.
    pub is_include_sender: Option<i32>,
    /// 针对 iOS 平台,对 SDK 处于后台暂停状态时为静默推送。1 表示为开启,0 表示为关闭,默认为 0。
    ///
    /// iOS only: a silent push that wakes a suspended app (1), or not (0, the default).
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub content_available: Option<i32>,
    /// 是否为可扩展消息,默认为 false,设为 true 时终端在收到该条消息后,可对该条消息设置扩展信息。暂不支持海外数据中心。
    ///
    /// Whether the message is extensible (clients may set extension data on it); not supported in overseas data centers.
    ///
    /// Default when absent: `false`. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub expansion: Option<bool>,
    /// 是否为静默消息,默认为 false,设为 true 时终端用户离线情况下不会收到通知提醒。暂不支持海外数据中心。
    ///
    /// A silent message: offline recipients get no notification; not supported in overseas data centers.
    ///
    /// Default when absent: `false`. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub disable_push: Option<bool>,
    /// 推送通知属性设置,pushExt 为 JSON 结构请求时需要做转义处理。disablePush 为 true 时此属性无效。暂不支持海外数据中心。
    ///
    /// Push notification settings, a JSON object sent as text; ignored when `disablePush` is true; not supported in overseas data centers.
    ///
    /// Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/message.py, Private.send), <https://pypi.org/project/rc-server-sdk/3.2.0/>.
    pub push_ext: Option<String>,
}

impl MessagePrivatePublishRequest {
    /// A value with the required `fromUserId`, `toUserId`, `objectName`, `content`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        from_user_id: impl Into<String>,
        to_user_id: Vec<String>,
        object_name: impl Into<String>,
        content: impl Into<String>,
    ) -> Self {
        MessagePrivatePublishRequest {
            from_user_id: from_user_id.into(),
            to_user_id,
            object_name: object_name.into(),
            content: content.into(),
            push_content: None,
            push_data: None,
            count: None,
            verify_blacklist: None,
            is_persisted: None,
            is_include_sender: None,
            content_available: None,
            expansion: None,
            disable_push: None,
            push_ext: None,
        }
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

    /// Sets `count`.
    pub fn with_count(mut self, count: i32) -> Self {
        self.count = Some(count);
        self
    }

    /// Sets `verifyBlacklist`.
    pub fn with_verify_blacklist(mut self, verify_blacklist: i32) -> Self {
        self.verify_blacklist = Some(verify_blacklist);
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

    /// `verifyBlacklist` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn verify_blacklist_or_default(&self) -> i32 {
        self.verify_blacklist.unwrap_or(0)
    }

    /// `isPersisted` as the server reads it: the value sent, or the documented default `1` when absent.
    pub fn is_persisted_or_default(&self) -> i32 {
        self.is_persisted.unwrap_or(1)
    }

    /// `isIncludeSender` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn is_include_sender_or_default(&self) -> i32 {
        self.is_include_sender.unwrap_or(0)
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

impl serde::Serialize for MessagePrivatePublishRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "MessagePrivatePublishRequest",
                4 + usize::from(self.push_content.is_some())
                    + usize::from(self.push_data.is_some())
                    + usize::from(self.count.is_some())
                    + usize::from(self.verify_blacklist.is_some())
                    + usize::from(self.is_persisted.is_some())
                    + usize::from(self.is_include_sender.is_some())
                    + usize::from(self.content_available.is_some())
                    + usize::from(self.expansion.is_some())
                    + usize::from(self.disable_push.is_some())
                    + usize::from(self.push_ext.is_some()),
            )?;
        object.serialize_field("fromUserId", &self.from_user_id)?;
        object.serialize_field("toUserId", &self.to_user_id)?;
        object.serialize_field("objectName", &self.object_name)?;
        object.serialize_field("content", &self.content)?;
        encode::optional(&mut object, "pushContent", &self.push_content)?;
        encode::optional(&mut object, "pushData", &self.push_data)?;
        encode::optional(&mut object, "count", &self.count)?;
        encode::optional(&mut object, "verifyBlacklist", &self.verify_blacklist)?;
        encode::optional(&mut object, "isPersisted", &self.is_persisted)?;
        encode::optional(&mut object, "isIncludeSender", &self.is_include_sender)?;
        encode::optional(&mut object, "contentAvailable", &self.content_available)?;
        encode::optional(&mut object, "expansion", &self.expansion)?;
        encode::optional(&mut object, "disablePush", &self.disable_push)?;
        encode::optional(&mut object, "pushExt", &self.push_ext)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessagePrivatePublishRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MessagePrivatePublishRequest {
    const NAME: &'static str = "MessagePrivatePublishRequest";

    fn field(key: &str) -> usize {
        match key {
            "fromUserId" => 0,
            "toUserId" => 1,
            "objectName" => 2,
            "content" => 3,
            "pushContent" => 4,
            "pushData" => 5,
            "count" => 6,
            "verifyBlacklist" => 7,
            "isPersisted" => 8,
            "isIncludeSender" => 9,
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
        let mut to_user_id_slot: Option<Vec<String>> = None;
        let mut object_name_slot: Option<String> = None;
        let mut content_slot: Option<String> = None;
        let mut push_content_slot: Option<Option<String>> = None;
        let mut push_data_slot: Option<Option<String>> = None;
        let mut count_slot: Option<Option<i32>> = None;
        let mut verify_blacklist_slot: Option<Option<i32>> = None;
        let mut is_persisted_slot: Option<Option<i32>> = None;
        let mut is_include_sender_slot: Option<Option<i32>> = None;
        let mut content_available_slot: Option<Option<i32>> = None;
        let mut expansion_slot: Option<Option<bool>> = None;
        let mut disable_push_slot: Option<Option<bool>> = None;
        let mut push_ext_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut from_user_id_slot, "fromUserId", &mut map)?,
                1 => decode::once(&mut to_user_id_slot, "toUserId", &mut map)?,
                2 => decode::once(&mut object_name_slot, "objectName", &mut map)?,
                3 => decode::once(&mut content_slot, "content", &mut map)?,
                4 => decode::once(&mut push_content_slot, "pushContent", &mut map)?,
                5 => decode::once(&mut push_data_slot, "pushData", &mut map)?,
                6 => decode::once(&mut count_slot, "count", &mut map)?,
                7 => {
                    decode::once(
                        &mut verify_blacklist_slot,
                        "verifyBlacklist",
                        &mut map,
                    )?
                }
                8 => decode::once(&mut is_persisted_slot, "isPersisted", &mut map)?,
                9 => {
                    decode::once(
                        &mut is_include_sender_slot,
                        "isIncludeSender",
                        &mut map,
                    )?
                }
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
        Ok(MessagePrivatePublishRequest {
            from_user_id: from_user_id_slot
                .ok_or_else(|| A::Error::missing_field("fromUserId"))?,
            to_user_id: to_user_id_slot
                .ok_or_else(|| A::Error::missing_field("toUserId"))?,
            object_name: object_name_slot
                .ok_or_else(|| A::Error::missing_field("objectName"))?,
            content: content_slot.ok_or_else(|| A::Error::missing_field("content"))?,
            push_content: push_content_slot.flatten(),
            push_data: push_data_slot.flatten(),
            count: count_slot.flatten(),
            verify_blacklist: verify_blacklist_slot.flatten(),
            is_persisted: is_persisted_slot.flatten(),
            is_include_sender: is_include_sender_slot.flatten(),
            content_available: content_available_slot.flatten(),
            expansion: expansion_slot.flatten(),
            disable_push: disable_push_slot.flatten(),
            push_ext: push_ext_slot.flatten(),
        })
    }
}

impl Validate for MessagePrivatePublishRequest {
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
            let value = &self.to_user_id;
            path.push(Segment::Field("toUserId"));
            validate::items(value, Some(1), Some(1000), path, out);
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
        if let Some(value) = &self.count {
            path.push(Segment::Field("count"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(-1)),
                    maximum: Some(validate::Number::Int(9999)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.verify_blacklist {
            path.push(Segment::Field("verifyBlacklist"));
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
/// The payload of a successful [`MessagePrivatePublish`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessagePrivatePublishResponse {}

impl serde::Serialize for MessagePrivatePublishResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("MessagePrivatePublishResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessagePrivatePublishResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MessagePrivatePublishResponse {
    const NAME: &'static str = "MessagePrivatePublishResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(MessagePrivatePublishResponse {})
    }
}
