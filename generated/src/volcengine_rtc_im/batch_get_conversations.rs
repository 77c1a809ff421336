// Code generated from spec/volcengine-rtc-im/batch_get_conversations.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchGetConversations`: 你可以使用此接口批量查询会话。
//!
//! 你可以调用BatchGetConversations接口,指定你所属的AppId和会话 ID 批量查询会话信息。
//!
//! 无法查询已解散会话。
//!
//! Reads several conversations' details at once, given the `AppId` and their IDs. A disbanded conversation cannot be read.
//!
//! - HTTP: `POST /?Action=BatchGetConversations&Version=2020-12-01`
//! - Request: [`BatchGetConversationsRequest`]; response payload: [`BatchGetConversationsResponse`]
//! - Rate limit: 100 requests per second
//! - Source: 批量查询会话 BatchGetConversations, <https://www.volcengine.com/docs/6348/337118>
//! - Also from: volc-sdk-golang service/im model (BatchGetConversationsBody, BatchGetConversationsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - 无法查询已解散会话。A conversation that does not exist (or was disbanded) is not in the answer.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationShortIdsHasInvalidElem` | 传入的会话 ID 数组中有异常的会话 ID |
//!
//! # Notes on the source document
//!
//! - The stored copy of the page ends inside the `ConversationCoreInfos` table (after `ModifyTime`), without the request and response examples; its 是否必选 cells are readable only for the request. — *Resolved:* The table's rows read are the fields of the service's `ConversationInfo` (GetUserConversations'), and the Go SDK's model of this answer (`BatchGetConversationsResResultConversationCoreInfosItem`) has exactly that type's fields, required and optional alike, so the answer's items are `ConversationInfo`; the example is made of the request table's example values.
//! - The answer's type is called `ConversationCoreInfos` on the page, the name `CreateConversation` gives (singular) to a request shape. — *Resolved:* The items take the shared `ConversationInfo`; `doc_type` keeps the page's name.
//! - `SkipMemberCount`'s default is true here ("默认值为 true"), while GetUserConversations' same field defaults to false; the table's example value is false. — *Resolved:* The default is true, as the page and the Go SDK say.
//! - The page says a disbanded conversation cannot be queried, but not whether an unknown or disbanded id fails the call; the error-code page has `ConversationShortIdsHasInvalidElem` ("传入的会话 ID 数组中有异常的会话 ID"). — *Resolved:* An id that is not a valid conversation id (0 or negative) is refused with `ConversationShortIdsHasInvalidElem` (a constraint on the items); an id naming no conversation (or a disbanded one) is left out of the answer, which may then be empty. The page states no limit on the number of ids; none is set.
//! - The request examples write ids with leading zeros (`000000`, `[000001]`), which is not JSON. — *Resolved:* The example uses `0` and `[1]`.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{ConversationInfo, SPEC, VolcengineRtcIm, errors};

/// `BatchGetConversations` as a type: it ties [`BatchGetConversationsRequest`] and [`BatchGetConversationsResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchGetConversations>`) and servers (`route::<BatchGetConversations>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchGetConversations;

impl OperationShape for BatchGetConversations {
    type Service = VolcengineRtcIm;
    type Input = BatchGetConversationsRequest;
    type Output = BatchGetConversationsResponse;
    const OP: Operation = Operation {
        name: "BatchGetConversations",
        service: &SPEC,
        path: "/",
        action: Some("BatchGetConversations"),
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

    fn app_id(input: &BatchGetConversationsRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchGetConversations`.
///
/// The request of [`BatchGetConversations`](self): 你可以使用此接口批量查询会话。
///
/// - HTTP: `POST /?Action=BatchGetConversations&Version=2020-12-01`
/// - Request: [`BatchGetConversationsRequest`]; response payload: [`BatchGetConversationsResponse`]
/// - Rate limit: 100 requests per second
/// - Source: 批量查询会话 BatchGetConversations, <https://www.volcengine.com/docs/6348/337118>
/// - Also from: volc-sdk-golang service/im model (BatchGetConversationsBody, BatchGetConversationsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetConversationsRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// The conversations to read (the field's name is singular on the wire).
    ///
    /// Example: `[1]`. Limits: each item at least 1 (else error `ConversationShortIdsHasInvalidElem`). The document calls the type `Array of Long`.
    pub conversation_short_id: Vec<i64>,
    /// 是否忽略获取会话成员数。
    /// - true: 忽略。
    /// - false:不忽略。
    ///
    /// 默认值为 true
    ///
    /// Whether the member counts are left out of the answer; true by default.
    ///
    /// Default when absent: `true`. Example: `false`. The document calls the type `Boolean`.
    pub skip_member_count: Option<bool>,
}

impl BatchGetConversationsRequest {
    /// A value with the required `AppId`, `ConversationShortId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_short_id: Vec<i64>) -> Self {
        BatchGetConversationsRequest {
            app_id,
            conversation_short_id,
            skip_member_count: None,
        }
    }

    /// Sets `SkipMemberCount`.
    pub fn with_skip_member_count(mut self, skip_member_count: bool) -> Self {
        self.skip_member_count = Some(skip_member_count);
        self
    }

    /// `SkipMemberCount` as the server reads it: the value sent, or the documented default `true` when absent.
    pub fn skip_member_count_or_default(&self) -> bool {
        self.skip_member_count.unwrap_or(true)
    }
}

impl serde::Serialize for BatchGetConversationsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchGetConversationsRequest",
                2 + usize::from(self.skip_member_count.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        encode::optional(&mut object, "SkipMemberCount", &self.skip_member_count)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetConversationsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetConversationsRequest {
    const NAME: &'static str = "BatchGetConversationsRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "SkipMemberCount" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<Vec<i64>> = None;
        let mut skip_member_count_slot: Option<Option<bool>> = None;
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
                        &mut skip_member_count_slot,
                        "SkipMemberCount",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetConversationsRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            skip_member_count: skip_member_count_slot.flatten(),
        })
    }
}

impl Validate for BatchGetConversationsRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.conversation_short_id;
            path.push(Segment::Field("ConversationShortId"));
            out.coded(
                errors::CONVERSATION_SHORT_IDS_HAS_INVALID_ELEM,
                |out| {
                    validate::each_number(
                        value,
                        &validate::Bounds {
                            minimum: Some(validate::Number::Int(1)),
                            maximum: None,
                            also_allowed: &[],
                        },
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchGetConversations`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetConversationsResponse {
    /// 会话详细信息
    ///
    /// The conversations found, each with its details.
    ///
    /// The document calls the type `Array of ConversationCoreInfos`.
    pub conversation_core_infos: Vec<ConversationInfo>,
}

impl serde::Serialize for BatchGetConversationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchGetConversationsResponse", 1)?;
        object.serialize_field("ConversationCoreInfos", &self.conversation_core_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetConversationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetConversationsResponse {
    const NAME: &'static str = "BatchGetConversationsResponse";

    fn field(key: &str) -> usize {
        match key {
            "ConversationCoreInfos" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_core_infos_slot: Option<Vec<ConversationInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_core_infos_slot,
                        "ConversationCoreInfos",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetConversationsResponse {
            conversation_core_infos: conversation_core_infos_slot
                .ok_or_else(|| A::Error::missing_field("ConversationCoreInfos"))?,
        })
    }
}
