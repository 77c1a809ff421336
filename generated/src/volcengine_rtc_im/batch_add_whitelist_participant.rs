// Code generated from spec/volcengine-rtc-im/batch_add_whitelist_participant.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchAddWhitelistParticipant`: 批量添加全员禁言下白名单成员。
//!
//! 指定你所属的AppId、会话 ID、操作人 UserId、要添加白名单成员 UserId，批量添加全员禁言下可发言白名单成员。
//!
//! 目前仅直播群支持此接口
//!
//! Adds several members to a live group's whitelist: the members who may still speak when the whole group is muted. Only live groups support it. Users that could not be added come back in `FailedUserIds`. The vendor's page could not be read; the fields follow the Go SDK's model, the rest the paired BatchRemoveWhitelistParticipant page.
//!
//! - HTTP: `POST /?Action=BatchAddWhitelistParticipant&Version=2020-12-01`
//! - Request: [`BatchAddWhitelistParticipantRequest`]; response payload: [`BatchAddWhitelistParticipantResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: 批量移除全员禁言下白名单成员 BatchRemoveWhitelistParticipant (the paired page), <https://www.volcengine.com/docs/6348/1051346>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - A whitelisted member is listed by BatchGetWhitelistParticipant with the operator and the time it was added. Users who are not members come back in `FailedUserIds`.
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
//! - The vendor's page for BatchAddWhitelistParticipant could not be read (it is not in the stored pages). — *Resolved:* Fields, types and required-ness follow the Go SDK's model (`from: go-sdk`); the live-group-only rule, the rate limit (50 per second) and the wording follow the paired BatchRemoveWhitelistParticipant page (6348/1051346).
//! - Neither source says whether a whitelisted user must be a member, nor what adding a user already on the whitelist does. — *Resolved:* The emulator whitelists members only; adding one already on the list succeeds and keeps the first time and operator (README's semantics section).

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchAddWhitelistParticipant` as a type: it ties [`BatchAddWhitelistParticipantRequest`] and [`BatchAddWhitelistParticipantResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchAddWhitelistParticipant>`) and servers (`route::<BatchAddWhitelistParticipant>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchAddWhitelistParticipant;

impl OperationShape for BatchAddWhitelistParticipant {
    type Service = VolcengineRtcIm;
    type Input = BatchAddWhitelistParticipantRequest;
    type Output = BatchAddWhitelistParticipantResponse;
    const OP: Operation = Operation {
        name: "BatchAddWhitelistParticipant",
        service: &SPEC,
        path: "/",
        action: Some("BatchAddWhitelistParticipant"),
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

    fn app_id(input: &BatchAddWhitelistParticipantRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchAddWhitelistParticipant`.
///
/// The request of [`BatchAddWhitelistParticipant`](self): 批量添加全员禁言下白名单成员。
///
/// - HTTP: `POST /?Action=BatchAddWhitelistParticipant&Version=2020-12-01`
/// - Request: [`BatchAddWhitelistParticipantRequest`]; response payload: [`BatchAddWhitelistParticipantResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: 批量移除全员禁言下白名单成员 BatchRemoveWhitelistParticipant (the paired page), <https://www.volcengine.com/docs/6348/1051346>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddWhitelistParticipantRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. Source: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_short_id: i64,
    /// 操作人 UserId
    ///
    /// Example: `10`. Source: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub operator: i64,
    /// 要添加白名单成员 UserId
    ///
    /// The UserIds of the members to whitelist.
    ///
    /// Example: `[10001,10002]`. Limits: at least 1 items. Source: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub participant_user_ids: Vec<i64>,
}

impl BatchAddWhitelistParticipantRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Operator`, `ParticipantUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        operator: i64,
        participant_user_ids: Vec<i64>,
    ) -> Self {
        BatchAddWhitelistParticipantRequest {
            app_id,
            conversation_short_id,
            operator,
            participant_user_ids,
        }
    }
}

impl serde::Serialize for BatchAddWhitelistParticipantRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchAddWhitelistParticipantRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Operator", &self.operator)?;
        object.serialize_field("ParticipantUserIds", &self.participant_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddWhitelistParticipantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddWhitelistParticipantRequest {
    const NAME: &'static str = "BatchAddWhitelistParticipantRequest";

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
        Ok(BatchAddWhitelistParticipantRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            participant_user_ids: participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserIds"))?,
        })
    }
}

impl Validate for BatchAddWhitelistParticipantRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.participant_user_ids;
            path.push(Segment::Field("ParticipantUserIds"));
            validate::items(value, Some(1), None, path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchAddWhitelistParticipant`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddWhitelistParticipantResponse {
    /// 添加失败的 UserId
    ///
    /// The UserIds that could not be whitelisted; empty when all succeeded.
    ///
    /// Example: `[]`. Source: volc-sdk-golang service/im model (BatchAddWhitelistParticipantBody, BatchAddWhitelistParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub failed_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchAddWhitelistParticipantResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchAddWhitelistParticipantResponse", 1)?;
        object.serialize_field("FailedUserIds", &self.failed_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddWhitelistParticipantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddWhitelistParticipantResponse {
    const NAME: &'static str = "BatchAddWhitelistParticipantResponse";

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
        Ok(BatchAddWhitelistParticipantResponse {
            failed_user_ids: failed_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedUserIds"))?,
        })
    }
}
