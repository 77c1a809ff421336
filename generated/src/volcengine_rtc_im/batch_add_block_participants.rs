// Code generated from spec/volcengine-rtc-im/batch_add_block_participants.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchAddBlockParticipants`: 你可以使用此接口在直播群中批量禁言或拉黑会话成员。
//!
//! 你可以调用BatchAddBlockParticipants接口,指定你所属的AppId、会话 ID、 会话成员 UserId 和具体的操作行为,来批量禁言或者拉黑会话成员。
//!
//! 目前仅直播群支持此接口
//!
//! Mutes several members of a live group (they cannot speak) or blocks users (they cannot join), each for a number of seconds, given the `AppId`, the conversation and the action. Only live groups support it. Users that could not be muted or blocked come back in `FailedParticipantUserIds`.
//!
//! - HTTP: `POST /?Action=BatchAddBlockParticipants&Version=2020-12-01`
//! - Request: [`BatchAddBlockParticipantsRequest`]; response payload: [`BatchAddBlockParticipantsResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: 批量禁言/拉黑会话成员 BatchAddBlockParticipants, <https://www.volcengine.com/docs/6348/788462>
//! - Also from: volc-sdk-golang service/im model (BatchAddBlockParticipantsBody), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - A muted member is listed by BatchGetBlockParticipants (`BlockAction` 0) and shows the end of the mute as `BlockTime` in BatchGetConversationParticipant until it passes; a blocked user is listed with `BlockAction` 1 and cannot be added to the group until the block ends.
//! - Users that could not be muted or blocked come back in `FailedParticipantUserIds`; the others are and the request succeeds.
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
//! - The examples write `000000` and `000001`, numbers with leading zeros that are not JSON, and the request block starts with the line `POST https://rtc.volcengineapi.com?Action=…`. — *Resolved:* The examples use `0` and `1` and keep only the JSON body.
//! - The `BlockAction` row is cut in the copy that could be read ("操作行为" and nothing more). — *Resolved:* The values follow the Go SDK's comment and the BatchDeleteBlockParticipants page: 0 mute (default), 1 block; the shared enum `BlockAction`.
//! - The response example's `Region` is `cn-beijing`, not a region the service names (`cn-north-1`). — *Resolved:* The example is transcribed as written; the region is not checked.
//! - The page does not say why 10001 fails in its example, nor which users fail in general, nor how many users one call may take. — *Resolved:* The emulator fails keys that are not a positive UserId, durations that are not positive, the owner and managers, and for a mute users who are not members (README's semantics section); no maximum.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{BlockAction, SPEC, VolcengineRtcIm};

/// `BatchAddBlockParticipants` as a type: it ties [`BatchAddBlockParticipantsRequest`] and [`BatchAddBlockParticipantsResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchAddBlockParticipants>`) and servers (`route::<BatchAddBlockParticipants>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchAddBlockParticipants;

impl OperationShape for BatchAddBlockParticipants {
    type Service = VolcengineRtcIm;
    type Input = BatchAddBlockParticipantsRequest;
    type Output = BatchAddBlockParticipantsResponse;
    const OP: Operation = Operation {
        name: "BatchAddBlockParticipants",
        service: &SPEC,
        path: "/",
        action: Some("BatchAddBlockParticipants"),
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

    fn app_id(input: &BatchAddBlockParticipantsRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchAddBlockParticipants`.
///
/// The request of [`BatchAddBlockParticipants`](self): 你可以使用此接口在直播群中批量禁言或拉黑会话成员。
///
/// - HTTP: `POST /?Action=BatchAddBlockParticipants&Version=2020-12-01`
/// - Request: [`BatchAddBlockParticipantsRequest`]; response payload: [`BatchAddBlockParticipantsResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: 批量禁言/拉黑会话成员 BatchAddBlockParticipants, <https://www.volcengine.com/docs/6348/788462>
/// - Also from: volc-sdk-golang service/im model (BatchAddBlockParticipantsBody), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddBlockParticipantsRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 操作行为
    /// - 0：禁言。用户无法在直播群中发言。
    /// - 1：拉黑。用户无法加入直播群。
    ///
    /// 默认值为 0
    ///
    /// 0 mutes the users (default), 1 blocks them from joining.
    ///
    /// Default when absent: `0` ([`BlockAction::Mute`]). Example: `0`. The document calls the type `Integer`.
    pub block_action: Option<BlockAction>,
    /// key 为群成员 ID,类型:String,只能传userId,value 为禁言或者拉黑时长,类型:int,单位为秒。
    ///
    /// Keyed by the users' UserIds written as strings; each value is how long the mute or block lasts, in seconds.
    ///
    /// Example: `{"10001":6000}`. The document calls the type `JSON Map`.
    pub participant_block_infos: BTreeMap<String, i64>,
}

impl BatchAddBlockParticipantsRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantBlockInfos`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_block_infos: BTreeMap<String, i64>,
    ) -> Self {
        BatchAddBlockParticipantsRequest {
            app_id,
            conversation_short_id,
            block_action: None,
            participant_block_infos,
        }
    }

    /// Sets `BlockAction`.
    pub fn with_block_action(mut self, block_action: BlockAction) -> Self {
        self.block_action = Some(block_action);
        self
    }

    /// `BlockAction` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn block_action_or_default(&self) -> BlockAction {
        self.block_action.unwrap_or(BlockAction::Mute)
    }
}

impl serde::Serialize for BatchAddBlockParticipantsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchAddBlockParticipantsRequest",
                3 + usize::from(self.block_action.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        encode::optional(&mut object, "BlockAction", &self.block_action)?;
        object.serialize_field("ParticipantBlockInfos", &self.participant_block_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddBlockParticipantsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddBlockParticipantsRequest {
    const NAME: &'static str = "BatchAddBlockParticipantsRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "BlockAction" => 2,
            "ParticipantBlockInfos" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut block_action_slot: Option<Option<BlockAction>> = None;
        let mut participant_block_infos_slot: Option<BTreeMap<String, i64>> = None;
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
                2 => decode::once(&mut block_action_slot, "BlockAction", &mut map)?,
                3 => {
                    decode::once(
                        &mut participant_block_infos_slot,
                        "ParticipantBlockInfos",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchAddBlockParticipantsRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            block_action: block_action_slot.flatten(),
            participant_block_infos: participant_block_infos_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantBlockInfos"))?,
        })
    }
}

impl Validate for BatchAddBlockParticipantsRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.block_action {
            path.push(Segment::Field("BlockAction"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// 本接口特有的返回参数（`Result` 的字段）。
///
/// The payload of a successful [`BatchAddBlockParticipants`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddBlockParticipantsResponse {
    /// 禁言或者拉黑失败的会话成员 UserId
    ///
    /// The UserIds that could not be muted or blocked; empty when all succeeded.
    ///
    /// Example: `[11]`. The document calls the type `Array of Long`.
    pub failed_participant_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchAddBlockParticipantsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchAddBlockParticipantsResponse", 1)?;
        object
            .serialize_field(
                "FailedParticipantUserIds",
                &self.failed_participant_user_ids,
            )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddBlockParticipantsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddBlockParticipantsResponse {
    const NAME: &'static str = "BatchAddBlockParticipantsResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedParticipantUserIds" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut failed_participant_user_ids_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut failed_participant_user_ids_slot,
                        "FailedParticipantUserIds",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchAddBlockParticipantsResponse {
            failed_participant_user_ids: failed_participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedParticipantUserIds"))?,
        })
    }
}
