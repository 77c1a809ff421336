// Code generated from spec/volcengine-rtc-im/destroy_conversation.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `DestroyConversation`: 你可以使用此接口解散群聊。
//!
//! 你可以调用DestroyConversation接口,指定你所属的AppId、会话 ID 和群主 ID来解散指定群聊。
//!
//! 单聊无法调用此接口。
//! 只有群主可以解散群聊。
//!
//! Disbands a group conversation, given the `AppId`, the conversation's ID and its owner's UserId. Not for one-to-one conversations; only the owner may disband a group.
//!
//! - HTTP: `POST /?Action=DestroyConversation&Version=2020-12-01`
//! - Request: [`DestroyConversationRequest`]; response payload: [`DestroyConversationResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `group`, `live group` only
//! - Source: 解散群聊 DestroyConversation, <https://www.volcengine.com/docs/6348/337036>
//! - Also from: volc-sdk-golang service/im model (DestroyConversationBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist; once disbanded it no longer does. (error `ConversationNotFound`)
//! - 单聊无法调用此接口。 (error `SingleConversationNotSupport`)
//! - 只有群主可以解散群聊。 (error `OnlyOwnerCanOperator`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//! | `SingleConversationNotSupport` | 单聊会话不允许调此接口 |
//! | `OnlyOwnerCanOperator` | 仅有群主才能执行此操作 |
//!
//! # Notes on the source document
//!
//! - The stored copy of the page lost the 必填 column's cells. — *Resolved:* All three fields are required, as the Go SDK's model marks them.
//! - The request example writes `000000` and `000001`, which is not JSON (leading zeros); the table types the ids "Int". — *Resolved:* The example uses `0` and `1`; `OwnerUserId` and `ConversationShortId` are i64, as every other id of the service (`doc_type` keeps "Int").
//! - The page says one-to-one conversations cannot call the action and only the owner may disband a group, but names no code for either. — *Resolved:* The error-code page's `SingleConversationNotSupport` ("单聊会话不允许调此接口") and `OnlyOwnerCanOperator` ("仅有群主才能执行此操作"), whose meanings are exactly these rules.
//! - The page does not say what happens to a disbanded conversation; `BatchGetConversations`' page says a disbanded conversation cannot be queried ("无法查询已解散会话"), and the conversation models carry a `Status` 1 (已解散). — *Resolved:* A disbanded conversation is gone: later calls naming it answer `ConversationNotFound`, as the emulator does.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `DestroyConversation` as a type: it ties [`DestroyConversationRequest`] and [`DestroyConversationResponse`] to the operation's binding, rate limit and errors, for clients (`call::<DestroyConversation>`) and servers (`route::<DestroyConversation>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DestroyConversation;

impl OperationShape for DestroyConversation {
    type Service = VolcengineRtcIm;
    type Input = DestroyConversationRequest;
    type Output = DestroyConversationResponse;
    const OP: Operation = Operation {
        name: "DestroyConversation",
        service: &SPEC,
        path: "/",
        action: Some("DestroyConversation"),
        rate_limit: Some(RateLimit {
            requests: 50,
            per: Duration::from_secs(1),
        }),
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &DestroyConversationRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `DestroyConversation`.
///
/// The request of [`DestroyConversation`](self): 你可以使用此接口解散群聊。
///
/// - HTTP: `POST /?Action=DestroyConversation&Version=2020-12-01`
/// - Request: [`DestroyConversationRequest`]; response payload: [`DestroyConversationResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `group`, `live group` only
/// - Source: 解散群聊 DestroyConversation, <https://www.volcengine.com/docs/6348/337036>
/// - Also from: volc-sdk-golang service/im model (DestroyConversationBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DestroyConversationRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 群主 UserId
    ///
    /// The group's owner, who disbands it.
    ///
    /// Example: `10001`. The document calls the type `Int`.
    pub owner_user_id: i64,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
}

impl DestroyConversationRequest {
    /// A value with the required `AppId`, `OwnerUserId`, `ConversationShortId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, owner_user_id: i64, conversation_short_id: i64) -> Self {
        DestroyConversationRequest {
            app_id,
            owner_user_id,
            conversation_short_id,
        }
    }
}

impl serde::Serialize for DestroyConversationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("DestroyConversationRequest", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("OwnerUserId", &self.owner_user_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for DestroyConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DestroyConversationRequest {
    const NAME: &'static str = "DestroyConversationRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "OwnerUserId" => 1,
            "ConversationShortId" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut owner_user_id_slot: Option<i64> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut owner_user_id_slot, "OwnerUserId", &mut map)?,
                2 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(DestroyConversationRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            owner_user_id: owner_user_id_slot
                .ok_or_else(|| A::Error::missing_field("OwnerUserId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
        })
    }
}

impl Validate for DestroyConversationRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// 本接口无特有的返回参数。`Result` 为空。
///
/// The payload of a successful [`DestroyConversation`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DestroyConversationResponse {}

impl serde::Serialize for DestroyConversationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("DestroyConversationResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for DestroyConversationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DestroyConversationResponse {
    const NAME: &'static str = "DestroyConversationResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(DestroyConversationResponse {})
    }
}
