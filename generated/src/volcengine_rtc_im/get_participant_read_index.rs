// Code generated from spec/volcengine-rtc-im/get_participant_read_index.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetParticipantReadIndex`: 查询会话成员的已读位置。
//!
//! 查询会话成员已读位置。若没有返回某个成员的 ReadIndex，则表示该成员的 ReadIndex 为 0。
//!
//! Reads the members' read positions in a conversation, given the `AppId` and the conversation's ID. A member left out of the answer has read position 0.
//!
//! - HTTP: `POST /?Action=GetParticipantReadIndex&Version=2020-12-01`
//! - Request: [`GetParticipantReadIndexRequest`]; response payload: [`GetParticipantReadIndexResponse`]
//! - Source: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 若没有返回某个成员的 ReadIndex，则表示该成员的 ReadIndex 为 0。
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//!
//! # Notes on the source document
//!
//! - No page of this action could be read (the docs search has none); only the Go SDK's model of it (generated from the vendor's description) was available. — *Resolved:* Every fact follows the SDK's model and its comments, marked `from: go-sdk`; the source is the model file. The summary is written from the SDK's descriptions; the example is made of the example state's values. No rate limit is set, since none is known.
//! - The SDK describes `ReadIndexes` as "会话成员信息" (member information), while its items hold only a member and a read position. — *Resolved:* The items are `ParticipantReadIndex`; the gloss says what the list holds.
//! - No error codes are known for this action. — *Resolved:* The error-code page's `ConversationNotFound` for an unknown conversation.
//! - The order of `ReadIndexes` is not stated. — *Resolved:* The emulator lists members by UserId; a client should not rely on an order.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use super::{SPEC, VolcengineRtcIm};

/// `GetParticipantReadIndex` as a type: it ties [`GetParticipantReadIndexRequest`] and [`GetParticipantReadIndexResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetParticipantReadIndex>`) and servers (`route::<GetParticipantReadIndex>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetParticipantReadIndex;

impl OperationShape for GetParticipantReadIndex {
    type Service = VolcengineRtcIm;
    type Input = GetParticipantReadIndexRequest;
    type Output = GetParticipantReadIndexResponse;
    const OP: Operation = Operation {
        name: "GetParticipantReadIndex",
        service: &SPEC,
        path: "/",
        action: Some("GetParticipantReadIndex"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetParticipantReadIndexRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `GetParticipantReadIndex`.
///
/// The request of [`GetParticipantReadIndex`](self): 查询会话成员的已读位置。
///
/// - HTTP: `POST /?Action=GetParticipantReadIndex&Version=2020-12-01`
/// - Request: [`GetParticipantReadIndexRequest`]; response payload: [`GetParticipantReadIndexResponse`]
/// - Source: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetParticipantReadIndexRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. Source: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub conversation_short_id: i64,
}

impl GetParticipantReadIndexRequest {
    /// A value with the required `AppId`, `ConversationShortId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_short_id: i64) -> Self {
        GetParticipantReadIndexRequest {
            app_id,
            conversation_short_id,
        }
    }
}

impl serde::Serialize for GetParticipantReadIndexRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetParticipantReadIndexRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetParticipantReadIndexRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetParticipantReadIndexRequest {
    const NAME: &'static str = "GetParticipantReadIndexRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
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
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetParticipantReadIndexRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
        })
    }
}

impl Validate for GetParticipantReadIndexRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`GetParticipantReadIndex`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetParticipantReadIndexResponse {
    /// 会话成员信息
    ///
    /// The members' read positions; a member not listed has read position 0.
    ///
    /// Source: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub read_indexes: Vec<ParticipantReadIndex>,
}

impl serde::Serialize for GetParticipantReadIndexResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetParticipantReadIndexResponse", 1)?;
        object.serialize_field("ReadIndexes", &self.read_indexes)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetParticipantReadIndexResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetParticipantReadIndexResponse {
    const NAME: &'static str = "GetParticipantReadIndexResponse";

    fn field(key: &str) -> usize {
        match key {
            "ReadIndexes" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut read_indexes_slot: Option<Vec<ParticipantReadIndex>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut read_indexes_slot, "ReadIndexes", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetParticipantReadIndexResponse {
            read_indexes: read_indexes_slot
                .ok_or_else(|| A::Error::missing_field("ReadIndexes"))?,
        })
    }
}

/// 会话成员的已读位置。
///
/// One member's read position in a conversation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParticipantReadIndex {
    /// 会话成员 UserId
    ///
    /// Example: `10001`. Source: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub participant_user_id: i64,
    /// 成员已读位置。若没有返回某个成员的 ReadIndex，则表示该成员的 ReadIndex 为 0。
    ///
    /// The member's read position; a member not returned has read position 0.
    ///
    /// Example: `10001`. Source: volc-sdk-golang service/im model (GetParticipantReadIndexBody, GetParticipantReadIndexResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub read_index: i64,
}

impl serde::Serialize for ParticipantReadIndex {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ParticipantReadIndex", 2)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("ReadIndex", &self.read_index)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ParticipantReadIndex {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ParticipantReadIndex {
    const NAME: &'static str = "ParticipantReadIndex";

    fn field(key: &str) -> usize {
        match key {
            "ParticipantUserId" => 0,
            "ReadIndex" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut read_index_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut read_index_slot, "ReadIndex", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ParticipantReadIndex {
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            read_index: read_index_slot
                .ok_or_else(|| A::Error::missing_field("ReadIndex"))?,
        })
    }
}
