// Code generated from spec/volcengine-rtc-im/modify_message.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ModifyMessage`: 你可以使用此接口修改消息扩展字段。
//!
//! 你可以调用 `ModifyMessage` 接口，指定你所属的 `AppId`、会话 ID 和消息 ID，修改消息的扩展字段。
//!
//! 无法修改已过期消息。
//!
//! Modifies a message's extension fields (and optionally its content). Expired messages cannot be modified.
//!
//! - HTTP: `POST /?Action=ModifyMessage&Version=2020-12-01`
//! - Request: [`ModifyMessageRequest`]; response payload: [`ModifyMessageResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 修改消息, seed `003_e59f0db671157365.txt`
//!
//! # Rules the server enforces
//!
//! - 无法修改已过期消息。
//! - `Ext` is merged into the message's existing extension: keys sent overwrite the stored value, new keys are appended, keys not sent are kept.
//! - 修改时 `Content` 内容需符合客户端消息格式（see <https://www.volcengine.com/docs/6348/372181#server>）。
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `MessageNotFound` | 消息不存在。 |
//! | `ConversationNotFound` | 会话不存在。 |
//!
//! # Notes on the source document
//!
//! - The request example writes `"AppId": 000000` and `"ConversationShortId": 000001`, invalid JSON. — *Resolved:* The example uses `0` and `1`.
//! - The opening sentence says the interface modifies the message's extension fields only, but the body also accepts `Content`. — *Resolved:* Both `Ext` and `Content` are optional fields of the request.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `ModifyMessage` as a type: it ties [`ModifyMessageRequest`] and [`ModifyMessageResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ModifyMessage>`) and servers (`route::<ModifyMessage>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ModifyMessage;

impl OperationShape for ModifyMessage {
    type Service = VolcengineRtcIm;
    type Input = ModifyMessageRequest;
    type Output = ModifyMessageResponse;
    const OP: Operation = Operation {
        name: "ModifyMessage",
        service: &SPEC,
        path: "/",
        action: Some("ModifyMessage"),
        rate_limit: Some(RateLimit {
            requests: 50,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &ModifyMessageRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `ModifyMessage`.
///
/// The request of [`ModifyMessage`](self): 你可以使用此接口修改消息扩展字段。
///
/// - HTTP: `POST /?Action=ModifyMessage&Version=2020-12-01`
/// - Request: [`ModifyMessageRequest`]; response payload: [`ModifyMessageResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 修改消息, seed `003_e59f0db671157365.txt`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyMessageRequest {
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
    /// Example: `10001`. The document calls the type `Long`.
    pub message_id: i64,
    /// 消息的扩展字段，key 的数据类型为 String，value 的数据类型为 String。目前更新的规则为相同的 key，value 直接覆盖。未出现的 key，直接追加。
    ///
    /// 举个例子，消息目前的 ext 为 {"key1":"value1","key2":"value2"}：
    /// 1. 传入的为 {"key3":"value3"}，key3 为一个新的 key，因此直接追加，最终 ext 为 {"key1":"value1","key2":"value2","key3":"value3"}
    /// 2. 传入的为 {"key1":"update_value"}，key1 目前已经存在了，因此直接覆盖对应的 value，最终 ext 为 {"key1":"update_value","key2":"value2"}
    /// 3. 传入的为 {"key1":"update_value","key3":"value3"}，key1 存在覆盖 value，key3 不存在需要追加，最终的 ext 为 {"key1":"update_value","key2":"value2","key3":"value3"}
    ///
    /// The message's extension fields. They are merged into the existing ones: a key already present has its value overwritten, a new key is appended; keys not sent are kept.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `JSON Map`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 消息内容。修改时 `Content` 内容需符合客户端格式，详细信息请参看[消息格式](https://www.volcengine.com/docs/6348/372181#server)。
    ///
    /// The message content; it must follow the client message format.
    ///
    /// Example: `"{\"text\":\"\"}"`.
    pub content: Option<String>,
}

impl ModifyMessageRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `MessageId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_short_id: i64, message_id: i64) -> Self {
        ModifyMessageRequest {
            app_id,
            conversation_short_id,
            message_id,
            ext: None,
            content: None,
        }
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `Content`.
    pub fn with_content(mut self, content: impl Into<String>) -> Self {
        self.content = Some(content.into());
        self
    }
}

impl serde::Serialize for ModifyMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ModifyMessageRequest",
                3 + usize::from(self.ext.is_some()) + usize::from(self.content.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MessageId", &self.message_id)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "Content", &self.content)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyMessageRequest {
    const NAME: &'static str = "ModifyMessageRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "MessageId" => 2,
            "Ext" => 3,
            "Content" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut message_id_slot: Option<i64> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut content_slot: Option<Option<String>> = None;
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
                3 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                4 => decode::once(&mut content_slot, "Content", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyMessageRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            message_id: message_id_slot
                .ok_or_else(|| A::Error::missing_field("MessageId"))?,
            ext: ext_slot.flatten(),
            content: content_slot.flatten(),
        })
    }
}

impl Validate for ModifyMessageRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// 本接口无特有的返回参数。`Result` 为空，可忽略。
///
/// The payload of a successful [`ModifyMessage`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyMessageResponse {}

impl serde::Serialize for ModifyMessageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ModifyMessageResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyMessageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyMessageResponse {
    const NAME: &'static str = "ModifyMessageResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ModifyMessageResponse {})
    }
}
