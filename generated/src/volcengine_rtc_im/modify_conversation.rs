// Code generated from spec/volcengine-rtc-im/modify_conversation.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ModifyConversation`: 你可以使用此接口修改会话信息。
//!
//! 你可以调用ModifyConversation接口,指定你所属的AppId和会话信息修改会话的详细信息。
//!
//! Changes a conversation's details (name, avatar, description, notice, extension fields, owner), given the `AppId` and the conversation's ID with the details to change; details left out are kept.
//!
//! - HTTP: `POST /?Action=ModifyConversation&Version=2020-12-01`
//! - Request: [`ModifyConversationRequest`]; response payload: [`ModifyConversationResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 修改会话信息 ModifyConversation, <https://www.volcengine.com/docs/6348/337115>
//! - Also from: volc-sdk-golang service/im model (ModifyConversationBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist (a destroyed one no longer does). (error `ConversationNotFound`)
//! - A new `OwnerUserId` hands the conversation to that user (the page states no further rule).
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//!
//! # Notes on the source document
//!
//! - The stored copy of the page lost the 是否必选 column's cells and ends inside the response example (after `"Region": "cn-north-1`). — *Resolved:* Required flags follow the Go SDK's model (`AppId`, `ConversationCoreInfo` and its `ConversationShortId` required, the rest optional); the response example is completed as the bare envelope with an empty `Result`, which the page says ("本接口无特有的返回参数").
//! - The request example writes `000000` and `000001`, which is not JSON (leading zeros). — *Resolved:* The example uses `0` and `1`.
//! - The page names the request's object `ConversationCoreInfo`, the name `CreateConversation` gives a different shape (with `ConversationType`, without `ConversationShortId` and `OwnerUserId`). — *Resolved:* The type is `ConversationCoreInfoChange`; `doc_type` keeps the page's name.
//! - The page does not say whether `Ext` replaces the conversation's extension fields or merges into them, nor what a new `OwnerUserId` must be, nor which codes the action answers. — *Resolved:* `Ext` merges, as `ModifyMessage`'s page says for a message's; the only code listed is the error-code page's for an unknown conversation. The page's own example hands the conversation to 100001, a user who is in no conversation of the example, so the spec sets no membership rule on the new owner; the emulator makes a new owner who is not yet a member one (the README says so).

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `ModifyConversation` as a type: it ties [`ModifyConversationRequest`] and [`ModifyConversationResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ModifyConversation>`) and servers (`route::<ModifyConversation>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ModifyConversation;

impl OperationShape for ModifyConversation {
    type Service = VolcengineRtcIm;
    type Input = ModifyConversationRequest;
    type Output = ModifyConversationResponse;
    const OP: Operation = Operation {
        name: "ModifyConversation",
        service: &SPEC,
        path: "/",
        action: Some("ModifyConversation"),
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

    fn app_id(input: &ModifyConversationRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `ModifyConversation`.
///
/// The request of [`ModifyConversation`](self): 你可以使用此接口修改会话信息。
///
/// - HTTP: `POST /?Action=ModifyConversation&Version=2020-12-01`
/// - Request: [`ModifyConversationRequest`]; response payload: [`ModifyConversationResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 修改会话信息 ModifyConversation, <https://www.volcengine.com/docs/6348/337115>
/// - Also from: volc-sdk-golang service/im model (ModifyConversationBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyConversationRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话信息
    ///
    /// The conversation and the details to change.
    ///
    /// The document calls the type `Object of ConversationCoreInfo`.
    pub conversation_core_info: ConversationCoreInfoChange,
}

impl ModifyConversationRequest {
    /// A value with the required `AppId`, `ConversationCoreInfo`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_core_info: ConversationCoreInfoChange) -> Self {
        ModifyConversationRequest {
            app_id,
            conversation_core_info,
        }
    }
}

impl serde::Serialize for ModifyConversationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ModifyConversationRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationCoreInfo", &self.conversation_core_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyConversationRequest {
    const NAME: &'static str = "ModifyConversationRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationCoreInfo" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_core_info_slot: Option<ConversationCoreInfoChange> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut conversation_core_info_slot,
                        "ConversationCoreInfo",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyConversationRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_core_info: conversation_core_info_slot
                .ok_or_else(|| A::Error::missing_field("ConversationCoreInfo"))?,
        })
    }
}

impl Validate for ModifyConversationRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// 本接口无特有的返回参数。
///
/// The payload of a successful [`ModifyConversation`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyConversationResponse {}

impl serde::Serialize for ModifyConversationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ModifyConversationResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyConversationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyConversationResponse {
    const NAME: &'static str = "ModifyConversationResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ModifyConversationResponse {})
    }
}

/// 会话信息
///
/// The conversation to change and its new details (the page's `ConversationCoreInfo` of this action, a shape apart from `CreateConversation`'s).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationCoreInfoChange {
    /// 需要修改的会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 会话名
    ///
    /// Example: `"Conversation"`. The document calls the type `String`.
    pub name: Option<String>,
    /// 会话头像 url
    ///
    /// Example: `"http://xxx.com"`. The document calls the type `String`.
    pub avatar_url: Option<String>,
    /// 会话描述
    ///
    /// Example: `"Your_Description"`. The document calls the type `String`.
    pub description: Option<String>,
    /// 会话公告
    ///
    /// Example: `"Your_Notice"`. The document calls the type `String`.
    pub notice: Option<String>,
    /// 会话的扩展字段。key 的数据类型为 String,value 的数据类型为 String
    ///
    /// The conversation's extension fields, string keys and string values.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `JSON Map`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 会话拥有人 UserId
    ///
    /// The conversation's new owner.
    ///
    /// Example: `100001`. The document calls the type `Long`.
    pub owner_user_id: Option<i64>,
}

impl ConversationCoreInfoChange {
    /// A value with the required `ConversationShortId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(conversation_short_id: i64) -> Self {
        ConversationCoreInfoChange {
            conversation_short_id,
            name: None,
            avatar_url: None,
            description: None,
            notice: None,
            ext: None,
            owner_user_id: None,
        }
    }

    /// Sets `Name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `AvatarUrl`.
    pub fn with_avatar_url(mut self, avatar_url: impl Into<String>) -> Self {
        self.avatar_url = Some(avatar_url.into());
        self
    }

    /// Sets `Description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets `Notice`.
    pub fn with_notice(mut self, notice: impl Into<String>) -> Self {
        self.notice = Some(notice.into());
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `OwnerUserId`.
    pub fn with_owner_user_id(mut self, owner_user_id: i64) -> Self {
        self.owner_user_id = Some(owner_user_id);
        self
    }
}

impl serde::Serialize for ConversationCoreInfoChange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ConversationCoreInfoChange",
                1 + usize::from(self.name.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.description.is_some())
                    + usize::from(self.notice.is_some())
                    + usize::from(self.ext.is_some())
                    + usize::from(self.owner_user_id.is_some()),
            )?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        encode::optional(&mut object, "Name", &self.name)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "Description", &self.description)?;
        encode::optional(&mut object, "Notice", &self.notice)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "OwnerUserId", &self.owner_user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConversationCoreInfoChange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ConversationCoreInfoChange {
    const NAME: &'static str = "ConversationCoreInfoChange";

    fn field(key: &str) -> usize {
        match key {
            "ConversationShortId" => 0,
            "Name" => 1,
            "AvatarUrl" => 2,
            "Description" => 3,
            "Notice" => 4,
            "Ext" => 5,
            "OwnerUserId" => 6,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut name_slot: Option<Option<String>> = None;
        let mut avatar_url_slot: Option<Option<String>> = None;
        let mut description_slot: Option<Option<String>> = None;
        let mut notice_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut owner_user_id_slot: Option<Option<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut name_slot, "Name", &mut map)?,
                2 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                3 => decode::once(&mut description_slot, "Description", &mut map)?,
                4 => decode::once(&mut notice_slot, "Notice", &mut map)?,
                5 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                6 => decode::once(&mut owner_user_id_slot, "OwnerUserId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ConversationCoreInfoChange {
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            name: name_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            description: description_slot.flatten(),
            notice: notice_slot.flatten(),
            ext: ext_slot.flatten(),
            owner_user_id: owner_user_id_slot.flatten(),
        })
    }
}

impl Validate for ConversationCoreInfoChange {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}
