// Code generated from spec/volcengine-rtc-im/get_conversation_marks.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetConversationMarks`: 你可以调用 GetConversationMarks 接口对会话标记进行查询。
//!
//! 你可以调用 GetConversationMarks 接口,指定你所属的 AppId、会话成员 ID 对会话标记进行查询。
//!
//! 当前仅支持直播群。
//!
//! Reads a live group's marks (set by MarkConversation), given the `AppId` and the group's ID. Live groups only.
//!
//! - HTTP: `POST /?Action=GetConversationMarks&Version=2020-12-01`
//! - Request: [`GetConversationMarksRequest`]; response payload: [`GetConversationMarksResponse`]
//! - Rate limit: 100 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: 会话标记查询 GetConversationMarks, <https://www.volcengine.com/docs/6348/1187905>
//! - Also from: volc-sdk-golang service/im model (GetConversationMarksBody, GetConversationMarksResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 当前仅支持直播群。 (error `OnlyLiveConversationSupport`)
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
//! - The stored copy lost the 是否必选 cells; the answer's table has no required column. — *Resolved:* Every field is required, as the Go SDK's model marks them.
//! - The opening sentence names "会话成员 ID" (a member's ID) among the inputs, but the request has none: a group's marks are read by the group alone. — *Resolved:* The summary leaves the member out.
//! - The request example writes `000000` and `000001`, which is not JSON (leading zeros). — *Resolved:* The example uses `0` and `1`.
//! - "当前仅支持直播群" names no code; the page names no codes at all. — *Resolved:* The error-code page's `OnlyLiveConversationSupport` for another conversation type and `ConversationNotFound` for an unknown one.
//! - The page gives its rate as "最大请求次数:100 次/秒" (the importer does not read that wording as a `rate_limit`). — *Resolved:* `rate_limit: 100 per second`.
//! - The page does not say in which order the marks come back. — *Resolved:* The emulator answers them sorted; a client should not rely on an order.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `GetConversationMarks` as a type: it ties [`GetConversationMarksRequest`] and [`GetConversationMarksResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetConversationMarks>`) and servers (`route::<GetConversationMarks>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetConversationMarks;

impl OperationShape for GetConversationMarks {
    type Service = VolcengineRtcIm;
    type Input = GetConversationMarksRequest;
    type Output = GetConversationMarksResponse;
    const OP: Operation = Operation {
        name: "GetConversationMarks",
        service: &SPEC,
        path: "/",
        action: Some("GetConversationMarks"),
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

    fn app_id(input: &GetConversationMarksRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `GetConversationMarks`.
///
/// The request of [`GetConversationMarks`](self): 你可以调用 GetConversationMarks 接口对会话标记进行查询。
///
/// - HTTP: `POST /?Action=GetConversationMarks&Version=2020-12-01`
/// - Request: [`GetConversationMarksRequest`]; response payload: [`GetConversationMarksResponse`]
/// - Rate limit: 100 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: 会话标记查询 GetConversationMarks, <https://www.volcengine.com/docs/6348/1187905>
/// - Also from: volc-sdk-golang service/im model (GetConversationMarksBody, GetConversationMarksResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetConversationMarksRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
}

impl GetConversationMarksRequest {
    /// A value with the required `AppId`, `ConversationShortId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_short_id: i64) -> Self {
        GetConversationMarksRequest {
            app_id,
            conversation_short_id,
        }
    }
}

impl serde::Serialize for GetConversationMarksRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetConversationMarksRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationMarksRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationMarksRequest {
    const NAME: &'static str = "GetConversationMarksRequest";

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
        Ok(GetConversationMarksRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
        })
    }
}

impl Validate for GetConversationMarksRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`GetConversationMarks`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetConversationMarksResponse {
    /// 标记类型
    ///
    /// The group's marks.
    ///
    /// Example: `["Mark1","Mark2"]`. The document calls the type `Array of String`.
    pub mark_types: Vec<String>,
}

impl serde::Serialize for GetConversationMarksResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetConversationMarksResponse", 1)?;
        object.serialize_field("MarkTypes", &self.mark_types)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationMarksResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationMarksResponse {
    const NAME: &'static str = "GetConversationMarksResponse";

    fn field(key: &str) -> usize {
        match key {
            "MarkTypes" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut mark_types_slot: Option<Vec<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut mark_types_slot, "MarkTypes", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetConversationMarksResponse {
            mark_types: mark_types_slot
                .ok_or_else(|| A::Error::missing_field("MarkTypes"))?,
        })
    }
}
