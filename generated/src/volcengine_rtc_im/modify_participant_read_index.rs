// Code generated from spec/volcengine-rtc-im/modify_participant_read_index.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ModifyParticipantReadIndex`: 修改会话成员的已读位置。
//!
//! 修改会话成员已读位置。传入的ReadIndex必须要大于该会话成员目前的ReadIndex。
//!
//! Moves a member's read position in a conversation forward, given the `AppId`, the conversation's ID, the member and the new position, which must be greater than the current one.
//!
//! - HTTP: `POST /?Action=ModifyParticipantReadIndex&Version=2020-12-01`
//! - Request: [`ModifyParticipantReadIndexRequest`]; response payload: [`ModifyParticipantReadIndexResponse`]
//! - Source: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - The user must be a member of the conversation. (error `ParticipantNotInConversation`)
//! - 传入的ReadIndex必须要大于该会话成员目前的ReadIndex。 (error `InvalidParam`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//! | `ParticipantNotInConversation` | 会话成员不在会话中 |
//! | `InvalidParam` | 参数非法 |
//!
//! # Notes on the source document
//!
//! - No page of this action could be read (the docs search has none); only the Go SDK's model of it (generated from the vendor's description) was available. — *Resolved:* Every fact follows the SDK's model and its comments, marked `from: go-sdk`; the source is the model file. The summary is written from the SDK's descriptions; the example is made of the example state's values. No rate limit is set, since none is known.
//! - "传入的ReadIndex必须要大于该会话成员目前的ReadIndex" (the new position must be greater than the current one) names no code, nor does "UserId 必须大于 0". — *Resolved:* A position not greater than the current one is refused with `InvalidParam` (参数非法, the error-code page's code for a parameter that breaks its stated requirement), by judgement; `ParticipantUserId` has `minimum: 1`; a non-member is `ParticipantNotInConversation`.

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use super::{SPEC, VolcengineRtcIm, errors};

/// `ModifyParticipantReadIndex` as a type: it ties [`ModifyParticipantReadIndexRequest`] and [`ModifyParticipantReadIndexResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ModifyParticipantReadIndex>`) and servers (`route::<ModifyParticipantReadIndex>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ModifyParticipantReadIndex;

impl OperationShape for ModifyParticipantReadIndex {
    type Service = VolcengineRtcIm;
    type Input = ModifyParticipantReadIndexRequest;
    type Output = ModifyParticipantReadIndexResponse;
    const OP: Operation = Operation {
        name: "ModifyParticipantReadIndex",
        service: &SPEC,
        path: "/",
        action: Some("ModifyParticipantReadIndex"),
        rate_limit: None,
        idempotent: false,
        errors: &[(ErrorRole::InvalidParameter, errors::INVALID_PARAM)],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &ModifyParticipantReadIndexRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `ModifyParticipantReadIndex`.
///
/// The request of [`ModifyParticipantReadIndex`](self): 修改会话成员的已读位置。
///
/// - HTTP: `POST /?Action=ModifyParticipantReadIndex&Version=2020-12-01`
/// - Request: [`ModifyParticipantReadIndexRequest`]; response payload: [`ModifyParticipantReadIndexResponse`]
/// - Source: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyParticipantReadIndexRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. Source: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub conversation_short_id: i64,
    /// 修改成员所属 UserId，UserId 必须大于 0。
    ///
    /// The member whose read position moves; greater than 0.
    ///
    /// Example: `10001`. Limits: at least 1. Source: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub participant_user_id: i64,
    /// 成员已读位置。传入的ReadIndex必须要大于该会话成员目前的ReadIndex。
    ///
    /// The member's new read position, greater than the current one.
    ///
    /// Example: `10001`. Source: volc-sdk-golang service/im model (ModifyParticipantReadIndexBody), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub read_index: i64,
}

impl ModifyParticipantReadIndexRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantUserId`, `ReadIndex`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_user_id: i64,
        read_index: i64,
    ) -> Self {
        ModifyParticipantReadIndexRequest {
            app_id,
            conversation_short_id,
            participant_user_id,
            read_index,
        }
    }
}

impl serde::Serialize for ModifyParticipantReadIndexRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("ModifyParticipantReadIndexRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("ReadIndex", &self.read_index)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyParticipantReadIndexRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyParticipantReadIndexRequest {
    const NAME: &'static str = "ModifyParticipantReadIndexRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "ParticipantUserId" => 2,
            "ReadIndex" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut read_index_slot: Option<i64> = None;
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
                3 => decode::once(&mut read_index_slot, "ReadIndex", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyParticipantReadIndexRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            read_index: read_index_slot
                .ok_or_else(|| A::Error::missing_field("ReadIndex"))?,
        })
    }
}

impl Validate for ModifyParticipantReadIndexRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.participant_user_id;
            path.push(Segment::Field("ParticipantUserId"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: None,
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// 空，此接口可忽略此字段。
///
/// The payload of a successful [`ModifyParticipantReadIndex`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyParticipantReadIndexResponse {}

impl serde::Serialize for ModifyParticipantReadIndexResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ModifyParticipantReadIndexResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyParticipantReadIndexResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyParticipantReadIndexResponse {
    const NAME: &'static str = "ModifyParticipantReadIndexResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ModifyParticipantReadIndexResponse {
        })
    }
}
