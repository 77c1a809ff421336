// Code generated from spec/volcengine-rtc-im/get_conversation_user_count.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetConversationUserCount`: 你可以使用此接口查询会话成员数量。
//!
//! 你可以调用GetConversationUserCount接口,指定你所属的AppId和会话 ID,查询会话成员数量。
//!
//! Counts a conversation's members, given the `AppId` and the conversation's ID.
//!
//! - HTTP: `POST /?Action=GetConversationUserCount&Version=2020-12-01`
//! - Request: [`GetConversationUserCountRequest`]; response payload: [`GetConversationUserCountResponse`]
//! - Rate limit: 100 requests per second
//! - Source: 查询会话成员数量 GetConversationUserCount, <https://www.volcengine.com/docs/6348/336997>
//! - Also from: volc-sdk-golang service/im model (GetConversationUserCountBody, GetConversationUserCountResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//!
//! # Notes on the source document
//!
//! - The response example says `"Action": "IsUserInConversation"`, copied from another page. — *Resolved:* The example uses `"Action": "GetConversationUserCount"`.
//! - The stored copy lost the 必填 cells; the answer's table has no required column; the ids and `Count` are typed "Int". — *Resolved:* Both request fields and `Count` are required, as the Go SDK's model marks them; the conversation id (`ConversationShortId`) and `Count` are i64 (the SDK's int64; `doc_type` keeps "Int").
//! - The request example writes `000000` and `000001`, which is not JSON (leading zeros). — *Resolved:* The example uses `0` and `1`.
//! - The page's example answers 7 for conversation 1, and does not say whether members who left count. — *Resolved:* The count is of current members (status 0). The emulator's example state gives conversation 1 four members, so its answer is 4, not the page's illustrative 7 (the example test checks the answer's shape, not that number).
//! - The page names no error codes. — *Resolved:* The error-code page's `ConversationNotFound` for an unknown conversation.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `GetConversationUserCount` as a type: it ties [`GetConversationUserCountRequest`] and [`GetConversationUserCountResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetConversationUserCount>`) and servers (`route::<GetConversationUserCount>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetConversationUserCount;

impl OperationShape for GetConversationUserCount {
    type Service = VolcengineRtcIm;
    type Input = GetConversationUserCountRequest;
    type Output = GetConversationUserCountResponse;
    const OP: Operation = Operation {
        name: "GetConversationUserCount",
        service: &SPEC,
        path: "/",
        action: Some("GetConversationUserCount"),
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

    fn app_id(input: &GetConversationUserCountRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `GetConversationUserCount`.
///
/// The request of [`GetConversationUserCount`](self): 你可以使用此接口查询会话成员数量。
///
/// - HTTP: `POST /?Action=GetConversationUserCount&Version=2020-12-01`
/// - Request: [`GetConversationUserCountRequest`]; response payload: [`GetConversationUserCountResponse`]
/// - Rate limit: 100 requests per second
/// - Source: 查询会话成员数量 GetConversationUserCount, <https://www.volcengine.com/docs/6348/336997>
/// - Also from: volc-sdk-golang service/im model (GetConversationUserCountBody, GetConversationUserCountResResult), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetConversationUserCountRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
}

impl GetConversationUserCountRequest {
    /// A value with the required `AppId`, `ConversationShortId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_short_id: i64) -> Self {
        GetConversationUserCountRequest {
            app_id,
            conversation_short_id,
        }
    }
}

impl serde::Serialize for GetConversationUserCountRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetConversationUserCountRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationUserCountRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationUserCountRequest {
    const NAME: &'static str = "GetConversationUserCountRequest";

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
        Ok(GetConversationUserCountRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
        })
    }
}

impl Validate for GetConversationUserCountRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`GetConversationUserCount`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetConversationUserCountResponse {
    /// 会话成员数量
    ///
    /// How many members the conversation has.
    ///
    /// Example: `7`. The document calls the type `Int`.
    pub count: i64,
}

impl serde::Serialize for GetConversationUserCountResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetConversationUserCountResponse", 1)?;
        object.serialize_field("Count", &self.count)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationUserCountResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationUserCountResponse {
    const NAME: &'static str = "GetConversationUserCountResponse";

    fn field(key: &str) -> usize {
        match key {
            "Count" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut count_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut count_slot, "Count", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetConversationUserCountResponse {
            count: count_slot.ok_or_else(|| A::Error::missing_field("Count"))?,
        })
    }
}
