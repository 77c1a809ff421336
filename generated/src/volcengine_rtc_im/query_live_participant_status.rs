// Code generated from spec/volcengine-rtc-im/query_live_participant_status.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `QueryLiveParticipantStatus`: 你可以使用此接口查询群成员在直播群的状态。
//!
//! 你可以调用QueryLiveParticipantStatus接口,指定你所属的AppId、会话 ID 和查询群成员的 UserId,查询指定成员在直播群的状态。
//!
//! 目前仅直播群支持此接口
//!
//! 一次最多支持查询 200 个群成员状态。如查询群成员数超过 200,只返回前 200 个成员状态。
//!
//! Says whether users are in a live group and since when, given the `AppId`, the live group's ID and the users. Live groups only; at most 200 users are answered, the first 200 asked.
//!
//! - HTTP: `POST /?Action=QueryLiveParticipantStatus&Version=2020-12-01`
//! - Request: [`QueryLiveParticipantStatusRequest`]; response payload: [`QueryLiveParticipantStatusResponse`]
//! - Rate limit: 100 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: 查询直播群成员状态 QueryLiveParticipantStatus, <https://www.volcengine.com/docs/6348/1051348>
//! - Also from: volc-sdk-golang service/im model (QueryLiveParticipantStatusBody, QueryLiveParticipantStatusResResultStatusItem), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口 (error `OnlyLiveConversationSupport`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//! | `OnlyLiveConversationSupport` | 仅直播群支持此接口 |
//!
//! # Notes on the source document
//!
//! - The stored copy of the page lost the 必填 cells, and ends inside the response example (after `"IsInConversation": false, "CreateTime`); the answer's table has no required column. — *Resolved:* Every request and answer field is required, as the Go SDK's model marks them; the example keeps only the page's request (its answer cannot be read whole).
//! - The answer's items are called `ParticipantStatus`, the name of the service's member status enum (0 normal, 1 left). — *Resolved:* The items are `LiveParticipantStatus`; `doc_type` keeps the page's name.
//! - The ids are typed "Int"; conversation and user ids are 64-bit elsewhere (and in the Go SDK's model). — *Resolved:* The ids (`ConversationShortId`, `ParticipantUserIds`, `ParticipantUserId`) and `CreateTime` are i64; `AppId` is i32 (`doc_type` keeps "Int").
//! - "一次最多支持查询 200 个群成员状态。如查询群成员数超过 200,只返回前 200 个成员状态。": more than 200 users is not refused, the rest are ignored. — *Resolved:* `truncated_after: 200` on `ParticipantUserIds`; servers answer the first 200.
//! - "目前仅直播群支持此接口" names no code; the page's example answers a user not in the group (`IsInConversation` false) rather than failing. — *Resolved:* Other conversations are refused with the error-code page's `OnlyLiveConversationSupport` ("仅直播群支持此接口"); a user not in the group is an item with `IsInConversation` false and `CreateTime` 0.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `QueryLiveParticipantStatus` as a type: it ties [`QueryLiveParticipantStatusRequest`] and [`QueryLiveParticipantStatusResponse`] to the operation's binding, rate limit and errors, for clients (`call::<QueryLiveParticipantStatus>`) and servers (`route::<QueryLiveParticipantStatus>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct QueryLiveParticipantStatus;

impl OperationShape for QueryLiveParticipantStatus {
    type Service = VolcengineRtcIm;
    type Input = QueryLiveParticipantStatusRequest;
    type Output = QueryLiveParticipantStatusResponse;
    const OP: Operation = Operation {
        name: "QueryLiveParticipantStatus",
        service: &SPEC,
        path: "/",
        action: Some("QueryLiveParticipantStatus"),
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

    fn app_id(input: &QueryLiveParticipantStatusRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `QueryLiveParticipantStatus`.
///
/// The request of [`QueryLiveParticipantStatus`](self): 你可以使用此接口查询群成员在直播群的状态。
///
/// - HTTP: `POST /?Action=QueryLiveParticipantStatus&Version=2020-12-01`
/// - Request: [`QueryLiveParticipantStatusRequest`]; response payload: [`QueryLiveParticipantStatusResponse`]
/// - Rate limit: 100 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: 查询直播群成员状态 QueryLiveParticipantStatus, <https://www.volcengine.com/docs/6348/1051348>
/// - Also from: volc-sdk-golang service/im model (QueryLiveParticipantStatusBody, QueryLiveParticipantStatusResResultStatusItem), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryLiveParticipantStatusRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 查询群成员 UserId
    ///
    /// The users to look up; only the first 200 are answered.
    ///
    /// Example: `[10001,10002]`. The server processes the first 200 items and ignores the rest (more is not an error). The document calls the type `Array of Int`.
    pub participant_user_ids: Vec<i64>,
}

impl QueryLiveParticipantStatusRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_user_ids: Vec<i64>,
    ) -> Self {
        QueryLiveParticipantStatusRequest {
            app_id,
            conversation_short_id,
            participant_user_ids,
        }
    }
}

impl serde::Serialize for QueryLiveParticipantStatusRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("QueryLiveParticipantStatusRequest", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantUserIds", &self.participant_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for QueryLiveParticipantStatusRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for QueryLiveParticipantStatusRequest {
    const NAME: &'static str = "QueryLiveParticipantStatusRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "ParticipantUserIds" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
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
                2 => {
                    decode::once(
                        &mut participant_user_ids_slot,
                        "ParticipantUserIds",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(QueryLiveParticipantStatusRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_user_ids: participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserIds"))?,
        })
    }
}

impl Validate for QueryLiveParticipantStatusRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`QueryLiveParticipantStatus`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryLiveParticipantStatusResponse {
    /// 成员在直播群的状态
    ///
    /// One item per user asked (the first 200), in the order asked.
    ///
    /// The document calls the type `Array of ParticipantStatus`.
    pub status: Vec<LiveParticipantStatus>,
}

impl serde::Serialize for QueryLiveParticipantStatusResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("QueryLiveParticipantStatusResponse", 1)?;
        object.serialize_field("Status", &self.status)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for QueryLiveParticipantStatusResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for QueryLiveParticipantStatusResponse {
    const NAME: &'static str = "QueryLiveParticipantStatusResponse";

    fn field(key: &str) -> usize {
        match key {
            "Status" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut status_slot: Option<Vec<LiveParticipantStatus>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut status_slot, "Status", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(QueryLiveParticipantStatusResponse {
            status: status_slot.ok_or_else(|| A::Error::missing_field("Status"))?,
        })
    }
}

/// 成员在直播群的状态
///
/// Whether a user is in a live group, and since when.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LiveParticipantStatus {
    /// 应用的唯一标志
    ///
    /// The document calls the type `Int`.
    pub app_id: i32,
    /// 该成员所属会话 ID
    ///
    /// The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 该成员 UserId
    ///
    /// The document calls the type `Int`.
    pub participant_user_id: i64,
    /// 是否在群中
    ///
    /// The document calls the type `bool`.
    pub is_in_conversation: bool,
    /// 加群时间,单位为秒
    ///
    /// When the user joined, in seconds (0 for a user not in the group).
    ///
    /// Unit: seconds. The document calls the type `Int`.
    pub create_time: i64,
}

impl serde::Serialize for LiveParticipantStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("LiveParticipantStatus", 5)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("IsInConversation", &self.is_in_conversation)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for LiveParticipantStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for LiveParticipantStatus {
    const NAME: &'static str = "LiveParticipantStatus";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "ParticipantUserId" => 2,
            "IsInConversation" => 3,
            "CreateTime" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut is_in_conversation_slot: Option<bool> = None;
        let mut create_time_slot: Option<i64> = None;
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
                3 => {
                    decode::once(
                        &mut is_in_conversation_slot,
                        "IsInConversation",
                        &mut map,
                    )?
                }
                4 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(LiveParticipantStatus {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            is_in_conversation: is_in_conversation_slot
                .ok_or_else(|| A::Error::missing_field("IsInConversation"))?,
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
        })
    }
}
