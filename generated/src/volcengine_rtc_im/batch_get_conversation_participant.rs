// Code generated from spec/volcengine-rtc-im/batch_get_conversation_participant.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchGetConversationParticipant`: 你可以使用此接口批量查询会话成员的详细信息。
//!
//! 你可以调用`BatchGetConversationParticipant`接口，指定你所属的`AppId`、会话 ID 和查询会话成员 UserId 进行批量查询会话成员的详细信息。
//!
//! Looks up the details of several members of one conversation, given the `AppId`, the conversation ID and the members' UserIds.
//!
//! - HTTP: `POST /?Action=BatchGetConversationParticipant&Version=2020-12-01`
//! - Request: [`BatchGetConversationParticipantRequest`]; response payload: [`BatchGetConversationParticipantResponse`]
//! - Rate limit: 100 requests per second
//! - Source: 批量查询会话成员, <https://www.volcengine.com/docs/6348/336992>, seed `002_58160e25f35e982e.txt`
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `ParticipantNotFound` | 成员不存在。 |
//!
//! # Notes on the source document
//!
//! - The response example says `"Action": "BatchModifyConversationParticipant"` for a BatchGetConversationParticipant call (copied from another page). — *Resolved:* The example uses `"Action": "BatchGetConversationParticipant"`.
//! - The examples write numbers with leading zeros, invalid JSON: `"AppId":000000`, `"ConversationShortId":000001`, `"ParticipantUserIds":[000002,000003]` and `"Operator": 000010`. — *Resolved:* The examples use `0`, `1`, `[2, 3]` and `10`.
//! - `ConversationShortId` is typed "Int" here but "Long" on other pages; `ParticipantUserIds` is "Array of Int". Conversation and user ids are 64-bit in every IM model; `AppId` is 32-bit. — *Resolved:* `AppId` is i32, `ConversationShortId` is i64 and `ParticipantUserIds` is `list<i64>` (`doc_type` keeps the doc's words).
//! - `Participant` is defined on another page (192711#participant), which is not available. — *Resolved:* `Participant` is the shared type in service.yaml, following the Go IM SDK's model, which agrees with this page's sample.
//! - The QPS limit is 100, while the other IM pages of this set say 50. — *Resolved:* `rate_limit` is 100 per second for this operation.
//! - "成功时返回查询会话成员信息，失败时为空" (members on success, empty on failure). — *Resolved:* `Participants` is optional.
//! - The request example asks for users 2 and 3 (`[000002,000003]`), but the response example returns users 10001 and 10002 (the ones in the table's example value `[10001,10002]`). — *Resolved:* Both examples are transcribed as written; they are independent samples, not one exchange.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{Participant, SPEC, VolcengineRtcIm};

/// `BatchGetConversationParticipant` as a type: it ties [`BatchGetConversationParticipantRequest`] and [`BatchGetConversationParticipantResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchGetConversationParticipant>`) and servers (`route::<BatchGetConversationParticipant>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchGetConversationParticipant;

impl OperationShape for BatchGetConversationParticipant {
    type Service = VolcengineRtcIm;
    type Input = BatchGetConversationParticipantRequest;
    type Output = BatchGetConversationParticipantResponse;
    const OP: Operation = Operation {
        name: "BatchGetConversationParticipant",
        service: &SPEC,
        path: "/",
        action: Some("BatchGetConversationParticipant"),
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

    fn app_id(input: &BatchGetConversationParticipantRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchGetConversationParticipant`.
///
/// The request of [`BatchGetConversationParticipant`](self): 你可以使用此接口批量查询会话成员的详细信息。
///
/// - HTTP: `POST /?Action=BatchGetConversationParticipant&Version=2020-12-01`
/// - Request: [`BatchGetConversationParticipantRequest`]; response payload: [`BatchGetConversationParticipantResponse`]
/// - Rate limit: 100 requests per second
/// - Source: 批量查询会话成员, <https://www.volcengine.com/docs/6348/336992>, seed `002_58160e25f35e982e.txt`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetConversationParticipantRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 需要查询会话成员的 UserId
    ///
    /// The UserIds of the members to look up.
    ///
    /// Example: `[10001,10002]`. The document calls the type `Array of Int`.
    pub participant_user_ids: Vec<i64>,
}

impl BatchGetConversationParticipantRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_user_ids: Vec<i64>,
    ) -> Self {
        BatchGetConversationParticipantRequest {
            app_id,
            conversation_short_id,
            participant_user_ids,
        }
    }
}

impl serde::Serialize for BatchGetConversationParticipantRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchGetConversationParticipantRequest", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantUserIds", &self.participant_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetConversationParticipantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetConversationParticipantRequest {
    const NAME: &'static str = "BatchGetConversationParticipantRequest";

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
        Ok(BatchGetConversationParticipantRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_user_ids: participant_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserIds"))?,
        })
    }
}

impl Validate for BatchGetConversationParticipantRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchGetConversationParticipant`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetConversationParticipantResponse {
    /// 成功时返回查询会话成员信息，失败时为空。
    ///
    /// The members' details on success; empty (absent) on failure.
    pub participants: Option<Vec<Participant>>,
}

impl serde::Serialize for BatchGetConversationParticipantResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchGetConversationParticipantResponse",
                usize::from(self.participants.is_some()),
            )?;
        encode::optional(&mut object, "Participants", &self.participants)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetConversationParticipantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetConversationParticipantResponse {
    const NAME: &'static str = "BatchGetConversationParticipantResponse";

    fn field(key: &str) -> usize {
        match key {
            "Participants" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut participants_slot: Option<Option<Vec<Participant>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut participants_slot, "Participants", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetConversationParticipantResponse {
            participants: participants_slot.flatten(),
        })
    }
}
