// Code generated from spec/volcengine-rtc-im/batch_delete_block_participants.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchDeleteBlockParticipants`: 你可以使用此接口在直播群中批量取消禁言或取消拉黑会话成员。
//!
//! 你可以调用BatchDeleteBlockParticipants接口,指定你所属的AppId、会话 ID、 会话成员 UserId 列表和具体的操作行为,来批量取消禁言和取消拉黑会话成员。
//!
//! 目前仅直播群支持此接口
//!
//! Unmutes or unblocks several users of a live group, given the `AppId`, the conversation, the users and the action. Only live groups support it. Users that could not be unmuted or unblocked come back in `FailedParticipantUserIds`.
//!
//! - HTTP: `POST /?Action=BatchDeleteBlockParticipants&Version=2020-12-01`
//! - Request: [`BatchDeleteBlockParticipantsRequest`]; response payload: [`BatchDeleteBlockParticipantsResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: 批量取消禁言/取消拉黑会话成员 BatchDeleteBlockParticipants, <https://www.volcengine.com/docs/6348/788463>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - An unmuted member has `BlockTime` 0 and leaves BatchGetBlockParticipants' mute list; an unblocked user leaves the block list and can be added again. Users on neither list come back in `FailedParticipantUserIds`.
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
//! - The examples write `000000` and `000001`, numbers with leading zeros that are not JSON. — *Resolved:* The examples use `0` and `1`.
//! - The ids are typed "Int"; conversation and user ids are 64-bit in the Go SDK. — *Resolved:* They are i64 (`doc_type` keeps the page's words).
//! - The page does not say which users fail (its example unmutes 10001 with no failure). — *Resolved:* A user who is not on the list named by `BlockAction` comes back in `FailedParticipantUserIds`; the example's answer is an independent sample.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{BlockAction, SPEC, VolcengineRtcIm};

/// `BatchDeleteBlockParticipants` as a type: it ties [`BatchDeleteBlockParticipantsRequest`] and [`BatchDeleteBlockParticipantsResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchDeleteBlockParticipants>`) and servers (`route::<BatchDeleteBlockParticipants>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchDeleteBlockParticipants;

impl OperationShape for BatchDeleteBlockParticipants {
    type Service = VolcengineRtcIm;
    type Input = BatchDeleteBlockParticipantsRequest;
    type Output = BatchDeleteBlockParticipantsResponse;
    const OP: Operation = Operation {
        name: "BatchDeleteBlockParticipants",
        service: &SPEC,
        path: "/",
        action: Some("BatchDeleteBlockParticipants"),
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

    fn app_id(input: &BatchDeleteBlockParticipantsRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchDeleteBlockParticipants`.
///
/// The request of [`BatchDeleteBlockParticipants`](self): 你可以使用此接口在直播群中批量取消禁言或取消拉黑会话成员。
///
/// - HTTP: `POST /?Action=BatchDeleteBlockParticipants&Version=2020-12-01`
/// - Request: [`BatchDeleteBlockParticipantsRequest`]; response payload: [`BatchDeleteBlockParticipantsResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: 批量取消禁言/取消拉黑会话成员 BatchDeleteBlockParticipants, <https://www.volcengine.com/docs/6348/788463>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDeleteBlockParticipantsRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 操作行为。
    /// - 0：取消禁言。
    /// - 1：取消拉黑。
    ///
    /// 默认值为 0
    ///
    /// 0 unmutes the users (default), 1 unblocks them.
    ///
    /// Default when absent: `0` ([`BlockAction::Mute`]). Example: `0`. The document calls the type `Int`.
    pub block_action: Option<BlockAction>,
    /// 取消禁言或者取消拉黑的会员成员 UserId 列表
    ///
    /// The UserIds to unmute or unblock.
    ///
    /// Example: `[10001,10002]`. Limits: at least 1 items. The document calls the type `Array of Int`.
    pub participant_user_ids: Vec<i64>,
}

impl BatchDeleteBlockParticipantsRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_user_ids: Vec<i64>,
    ) -> Self {
        BatchDeleteBlockParticipantsRequest {
            app_id,
            conversation_short_id,
            block_action: None,
            participant_user_ids,
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

impl serde::Serialize for BatchDeleteBlockParticipantsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchDeleteBlockParticipantsRequest",
                3 + usize::from(self.block_action.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        encode::optional(&mut object, "BlockAction", &self.block_action)?;
        object.serialize_field("ParticipantUserIds", &self.participant_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeleteBlockParticipantsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchDeleteBlockParticipantsRequest {
    const NAME: &'static str = "BatchDeleteBlockParticipantsRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "BlockAction" => 2,
            "ParticipantUserIds" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut block_action_slot: Option<Option<BlockAction>> = None;
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
                2 => decode::once(&mut block_action_slot, "BlockAction", &mut map)?,
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
        Ok(BatchDeleteBlockParticipantsRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            block_action: block_action_slot.flatten(),
            participant_user_ids: participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserIds"))?,
        })
    }
}

impl Validate for BatchDeleteBlockParticipantsRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.block_action {
            path.push(Segment::Field("BlockAction"));
            value.validate_into(path, out);
            path.pop();
        }
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
/// The payload of a successful [`BatchDeleteBlockParticipants`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDeleteBlockParticipantsResponse {
    /// 取消禁言或者取消拉黑失败的会话成员 UserId
    ///
    /// The UserIds that could not be unmuted or unblocked; empty when all succeeded.
    ///
    /// Example: `[]`. The document calls the type `Array of Int`.
    pub failed_participant_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchDeleteBlockParticipantsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchDeleteBlockParticipantsResponse", 1)?;
        object
            .serialize_field(
                "FailedParticipantUserIds",
                &self.failed_participant_user_ids,
            )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeleteBlockParticipantsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchDeleteBlockParticipantsResponse {
    const NAME: &'static str = "BatchDeleteBlockParticipantsResponse";

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
        Ok(BatchDeleteBlockParticipantsResponse {
            failed_participant_user_ids: failed_participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedParticipantUserIds"))?,
        })
    }
}
