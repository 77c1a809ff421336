// Code generated from spec/volcengine-rtc-im/batch_delete_conversation_participant.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchDeleteConversationParticipant`: 你可以使用此接口批量删除群成员。
//!
//! 你可以调用BatchDeleteConversationParticipant接口,指定你所属的AppId、会话 ID,操作人 ID和待删除群成员 UserId 来批量删除群成员。
//!
//! 单聊无法调用此接口。
//!
//! 服务端并不会对删除群成员的执行者做预先校验,如判断其是否在群中、是否有权限等。
//!
//! Removes several members from a group, given the `AppId`, the conversation, the operator and the members' UserIds. One-to-one conversations cannot use it. The server does not check the operator (membership, permissions). Members that could not be removed come back in `FailedUserIds`.
//!
//! - HTTP: `POST /?Action=BatchDeleteConversationParticipant&Version=2020-12-01`
//! - Request: [`BatchDeleteConversationParticipantRequest`]; response payload: [`BatchDeleteConversationParticipantResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 批量删除会话成员 BatchDeleteConversationParticipant, <https://www.volcengine.com/docs/6348/336994>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 单聊无法调用此接口。 (error `SingleConversationNotSupport`)
//! - A removed member is no longer returned by BatchGetConversationParticipant nor ScanConversationParticipantList. Users that could not be removed come back in `FailedUserIds`; the others are removed and the request succeeds.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `SingleConversationNotSupport` | 单聊会话不允许调此接口 |
//!
//! # Notes on the source document
//!
//! - The examples write `000000`, `000001` and `000010`, numbers with leading zeros that are not JSON. — *Resolved:* The examples use `0`, `1` and `10`.
//! - The response example says `"Action": "BatchModifyConversationParticipant"` for a BatchDeleteConversationParticipant call (copied from another page). — *Resolved:* The example uses `"Action": "BatchDeleteConversationParticipant"`.
//! - `ConversationShortId`, `Operator` and `ParticipantUserIds` are typed "Int"; conversation and user ids are 64-bit in the Go SDK and on the other IM pages. — *Resolved:* They are i64 (`doc_type` keeps the page's words).
//! - The page does not say which users fail (for example users who are not members, or the owner), nor how many may be removed per call. — *Resolved:* `ParticipantUserIds` has `min_items: 1` and no maximum; which users fail is the emulator's choice, in the README's semantics section.
//! - The request example removes 10001 and 10002 from conversation `000001`. Every example of the spec is also sent, one after another, to one emulator state by the package tests; there conversation 1's member 10002 is one that later examples need. — *Resolved:* The example names conversation 2 (a group on the emulator's example state, where neither user is removed: 10001 is its owner and 10002 not a member); the rest is the page's.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchDeleteConversationParticipant` as a type: it ties [`BatchDeleteConversationParticipantRequest`] and [`BatchDeleteConversationParticipantResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchDeleteConversationParticipant>`) and servers (`route::<BatchDeleteConversationParticipant>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchDeleteConversationParticipant;

impl OperationShape for BatchDeleteConversationParticipant {
    type Service = VolcengineRtcIm;
    type Input = BatchDeleteConversationParticipantRequest;
    type Output = BatchDeleteConversationParticipantResponse;
    const OP: Operation = Operation {
        name: "BatchDeleteConversationParticipant",
        service: &SPEC,
        path: "/",
        action: Some("BatchDeleteConversationParticipant"),
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

    fn app_id(input: &BatchDeleteConversationParticipantRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchDeleteConversationParticipant`.
///
/// The request of [`BatchDeleteConversationParticipant`](self): 你可以使用此接口批量删除群成员。
///
/// - HTTP: `POST /?Action=BatchDeleteConversationParticipant&Version=2020-12-01`
/// - Request: [`BatchDeleteConversationParticipantRequest`]; response payload: [`BatchDeleteConversationParticipantResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 批量删除会话成员 BatchDeleteConversationParticipant, <https://www.volcengine.com/docs/6348/336994>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDeleteConversationParticipantRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 执行删除群成员操作人的 UserId
    ///
    /// The UserId of the user who removes the members (not checked by the server).
    ///
    /// Example: `10`. The document calls the type `Int`.
    pub operator: i64,
    /// 需要删除群成员的 UserId
    ///
    /// The UserIds of the members to remove.
    ///
    /// Example: `[10001,10002]`. Limits: at least 1 items. The document calls the type `Array of Int`.
    pub participant_user_ids: Vec<i64>,
}

impl BatchDeleteConversationParticipantRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Operator`, `ParticipantUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        operator: i64,
        participant_user_ids: Vec<i64>,
    ) -> Self {
        BatchDeleteConversationParticipantRequest {
            app_id,
            conversation_short_id,
            operator,
            participant_user_ids,
        }
    }
}

impl serde::Serialize for BatchDeleteConversationParticipantRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchDeleteConversationParticipantRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Operator", &self.operator)?;
        object.serialize_field("ParticipantUserIds", &self.participant_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeleteConversationParticipantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchDeleteConversationParticipantRequest {
    const NAME: &'static str = "BatchDeleteConversationParticipantRequest";

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
        Ok(BatchDeleteConversationParticipantRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            participant_user_ids: participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserIds"))?,
        })
    }
}

impl Validate for BatchDeleteConversationParticipantRequest {
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
/// The payload of a successful [`BatchDeleteConversationParticipant`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchDeleteConversationParticipantResponse {
    /// 成功时为空,失败时返回失败用户 ID
    ///
    /// Empty on success; the UserIds that could not be removed otherwise.
    ///
    /// Example: `[]`. The document calls the type `Array of Int`.
    pub failed_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchDeleteConversationParticipantResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchDeleteConversationParticipantResponse", 1)?;
        object.serialize_field("FailedUserIds", &self.failed_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchDeleteConversationParticipantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchDeleteConversationParticipantResponse {
    const NAME: &'static str = "BatchDeleteConversationParticipantResponse";

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
        Ok(BatchDeleteConversationParticipantResponse {
            failed_user_ids: failed_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedUserIds"))?,
        })
    }
}
