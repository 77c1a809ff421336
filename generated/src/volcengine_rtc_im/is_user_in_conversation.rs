// Code generated from spec/volcengine-rtc-im/is_user_in_conversation.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `IsUserInConversation`: 你可以使用此接口判断用户是否在会话中。
//!
//! 你可以调用IsUserInConversation接口,指定你所属的AppId、会话 ID 和会话成员 UserId,判断该用户是否在会话中。
//!
//! Says whether a user is a member of a conversation, given the `AppId`, the conversation's ID and the user.
//!
//! - HTTP: `POST /?Action=IsUserInConversation&Version=2020-12-01`
//! - Request: [`IsUserInConversationRequest`]; response payload: [`IsUserInConversationResponse`]
//! - Rate limit: 100 requests per second
//! - Source: 判断用户是否在会话中 IsUserInConversation, <https://www.volcengine.com/docs/6348/336996>
//! - Also from: volc-sdk-golang service/im model (IsUserInConversationBody, IsUserInConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist; a user who is not a member is answered false, not refused. (error `ConversationNotFound`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//!
//! # Notes on the source document
//!
//! - The stored copy lost the 必填 cells; the answer's table has no required column; the ids are typed "Int". — *Resolved:* Every field is required, as the Go SDK's model marks them; the conversation and user ids (`ConversationShortId`, `ParticipantUserId`) are i64 (`doc_type` keeps "Int"). The answer's `IsUserInConversation` example (true) is the page's response example's.
//! - The request example writes `000000` and `000001`, which is not JSON (leading zeros). — *Resolved:* The example uses `0` and `1`.
//! - The page names no error codes, nor what an unknown conversation answers. — *Resolved:* An unknown (or disbanded) conversation is the error-code page's `ConversationNotFound`; a user who is not (or no longer) a member is answered `false`.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `IsUserInConversation` as a type: it ties [`IsUserInConversationRequest`] and [`IsUserInConversationResponse`] to the operation's binding, rate limit and errors, for clients (`call::<IsUserInConversation>`) and servers (`route::<IsUserInConversation>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct IsUserInConversation;

impl OperationShape for IsUserInConversation {
    type Service = VolcengineRtcIm;
    type Input = IsUserInConversationRequest;
    type Output = IsUserInConversationResponse;
    const OP: Operation = Operation {
        name: "IsUserInConversation",
        service: &SPEC,
        path: "/",
        action: Some("IsUserInConversation"),
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &IsUserInConversationRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `IsUserInConversation`.
///
/// The request of [`IsUserInConversation`](self): 你可以使用此接口判断用户是否在会话中。
///
/// - HTTP: `POST /?Action=IsUserInConversation&Version=2020-12-01`
/// - Request: [`IsUserInConversationRequest`]; response payload: [`IsUserInConversationResponse`]
/// - Rate limit: 100 requests per second
/// - Source: 判断用户是否在会话中 IsUserInConversation, <https://www.volcengine.com/docs/6348/336996>
/// - Also from: volc-sdk-golang service/im model (IsUserInConversationBody, IsUserInConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsUserInConversationRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 查询用户 UserId
    ///
    /// The user asked about.
    ///
    /// Example: `10001`. The document calls the type `Int`.
    pub participant_user_id: i64,
}

impl IsUserInConversationRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_user_id: i64,
    ) -> Self {
        IsUserInConversationRequest {
            app_id,
            conversation_short_id,
            participant_user_id,
        }
    }
}

impl serde::Serialize for IsUserInConversationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("IsUserInConversationRequest", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for IsUserInConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for IsUserInConversationRequest {
    const NAME: &'static str = "IsUserInConversationRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "ParticipantUserId" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut participant_user_id_slot: Option<i64> = None;
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
                2 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(IsUserInConversationRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
        })
    }
}

impl Validate for IsUserInConversationRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`IsUserInConversation`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsUserInConversationResponse {
    /// 用户是否在会话中。
    /// - true:是。
    /// - false:否。
    ///
    /// Whether the user is a member of the conversation.
    ///
    /// Example: `true`. The document calls the type `Bool`.
    pub is_user_in_conversation: bool,
}

impl serde::Serialize for IsUserInConversationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("IsUserInConversationResponse", 1)?;
        object.serialize_field("IsUserInConversation", &self.is_user_in_conversation)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for IsUserInConversationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for IsUserInConversationResponse {
    const NAME: &'static str = "IsUserInConversationResponse";

    fn field(key: &str) -> usize {
        match key {
            "IsUserInConversation" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut is_user_in_conversation_slot: Option<bool> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut is_user_in_conversation_slot,
                        "IsUserInConversation",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(IsUserInConversationResponse {
            is_user_in_conversation: is_user_in_conversation_slot
                .ok_or_else(|| A::Error::missing_field("IsUserInConversation"))?,
        })
    }
}
