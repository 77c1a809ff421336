// Code generated from spec/volcengine-rtc-im/batch_remove_whitelist_participant.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchRemoveWhitelistParticipant`: 你可以使用此接口批量移除全员禁言下白名单成员。
//!
//! 你可以调用BatchRemoveWhitelistParticipant接口,指定你所属的AppId、会话 ID、 操作人 UserId、要移除白名单成员 UserId,批量移除全员禁言下可发言白名单成员。
//!
//! 目前仅直播群支持此接口
//!
//! Removes several members from a live group's whitelist (the members who may speak when the whole group is muted). Only live groups support it. Users that could not be removed come back in `FailedUserIds`.
//!
//! - HTTP: `POST /?Action=BatchRemoveWhitelistParticipant&Version=2020-12-01`
//! - Request: [`BatchRemoveWhitelistParticipantRequest`]; response payload: [`BatchRemoveWhitelistParticipantResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: 批量移除全员禁言下白名单成员 BatchRemoveWhitelistParticipant, <https://www.volcengine.com/docs/6348/1051346>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - A removed user is no longer listed by BatchGetWhitelistParticipant. Users not on the whitelist come back in `FailedUserIds`.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `OnlyLiveConversationSupport` | 仅直播群支持此操作。 |
//!
//! # Notes on the source document
//!
//! - The examples write `000000`, `000001` and `000010`, numbers with leading zeros that are not JSON, and the request block starts with the line `POST https://rtc.volcengineapi.com?Action=…`. — *Resolved:* The examples use `0`, `1` and `10` and keep only the JSON body.
//! - The response example's `Region` is `cn-beijing`, not a region the service names. — *Resolved:* The example is transcribed as written.
//! - The page does not say why 10001 fails in its example. — *Resolved:* The emulator fails users who are not on the whitelist; its example state whitelists 10002 and not 10001, so the document's answer is the emulator's.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchRemoveWhitelistParticipant` as a type: it ties [`BatchRemoveWhitelistParticipantRequest`] and [`BatchRemoveWhitelistParticipantResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchRemoveWhitelistParticipant>`) and servers (`route::<BatchRemoveWhitelistParticipant>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchRemoveWhitelistParticipant;

impl OperationShape for BatchRemoveWhitelistParticipant {
    type Service = VolcengineRtcIm;
    type Input = BatchRemoveWhitelistParticipantRequest;
    type Output = BatchRemoveWhitelistParticipantResponse;
    const OP: Operation = Operation {
        name: "BatchRemoveWhitelistParticipant",
        service: &SPEC,
        path: "/",
        action: Some("BatchRemoveWhitelistParticipant"),
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

    fn app_id(input: &BatchRemoveWhitelistParticipantRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchRemoveWhitelistParticipant`.
///
/// The request of [`BatchRemoveWhitelistParticipant`](self): 你可以使用此接口批量移除全员禁言下白名单成员。
///
/// - HTTP: `POST /?Action=BatchRemoveWhitelistParticipant&Version=2020-12-01`
/// - Request: [`BatchRemoveWhitelistParticipantRequest`]; response payload: [`BatchRemoveWhitelistParticipantResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: 批量移除全员禁言下白名单成员 BatchRemoveWhitelistParticipant, <https://www.volcengine.com/docs/6348/1051346>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRemoveWhitelistParticipantRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 操作人 UserId
    ///
    /// Example: `10`. The document calls the type `Long`.
    pub operator: i64,
    /// 要移除白名单用户 UserId
    ///
    /// The UserIds to remove from the whitelist.
    ///
    /// Example: `[10001,10002]`. Limits: at least 1 items. The document calls the type `Array of Long`.
    pub participant_user_ids: Vec<i64>,
}

impl BatchRemoveWhitelistParticipantRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Operator`, `ParticipantUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        operator: i64,
        participant_user_ids: Vec<i64>,
    ) -> Self {
        BatchRemoveWhitelistParticipantRequest {
            app_id,
            conversation_short_id,
            operator,
            participant_user_ids,
        }
    }
}

impl serde::Serialize for BatchRemoveWhitelistParticipantRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchRemoveWhitelistParticipantRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Operator", &self.operator)?;
        object.serialize_field("ParticipantUserIds", &self.participant_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchRemoveWhitelistParticipantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchRemoveWhitelistParticipantRequest {
    const NAME: &'static str = "BatchRemoveWhitelistParticipantRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Operator" => 2,
            "ParticipantUserIds" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut operator_slot: Option<i64> = None;
        let mut participant_user_ids_slot: Option<Vec<i64>> = None;
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
                2 => decode::once(&mut operator_slot, "Operator", &mut map)?,
                3 => {
                    decode::once(
                        &mut participant_user_ids_slot,
                        "ParticipantUserIds",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchRemoveWhitelistParticipantRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            participant_user_ids: participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserIds"))?,
        })
    }
}

impl Validate for BatchRemoveWhitelistParticipantRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.participant_user_ids;
            path.push(Segment::Field("ParticipantUserIds"));
            validate::items(value, Some(1), None, path, out);
            path.pop();
        }
    }
}

/// 本接口特有的返回参数（`Result` 的字段）。
///
/// The payload of a successful [`BatchRemoveWhitelistParticipant`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRemoveWhitelistParticipantResponse {
    /// 移除失败的 UserId
    ///
    /// The UserIds that could not be removed; empty when all succeeded.
    ///
    /// Example: `[10001]`. The document calls the type `Array of Long`.
    pub failed_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchRemoveWhitelistParticipantResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchRemoveWhitelistParticipantResponse", 1)?;
        object.serialize_field("FailedUserIds", &self.failed_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchRemoveWhitelistParticipantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchRemoveWhitelistParticipantResponse {
    const NAME: &'static str = "BatchRemoveWhitelistParticipantResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedUserIds" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut failed_user_ids_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut failed_user_ids_slot, "FailedUserIds", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchRemoveWhitelistParticipantResponse {
            failed_user_ids: failed_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedUserIds"))?,
        })
    }
}
