// Code generated from spec/volcengine-rtc-im/batch_remove_manager.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchRemoveManager`: 你可以使用此接口批量移除直播群中的管理员。
//!
//! 你可以调用BatchRemoveManager接口,指定你所属的 AppId、会话 ID、 操作人 UserId 和要移除的管理员 UserId 批量移除直播群中的管理员。
//!
//! 目前仅直播群支持此接口
//!
//! Makes several managers of a live group ordinary members again, given the `AppId`, the conversation, the operator and the managers' UserIds. Only live groups support it. Users that could not be removed as managers come back in `FailedManagerUserIds`.
//!
//! - HTTP: `POST /?Action=BatchRemoveManager&Version=2020-12-01`
//! - Request: [`BatchRemoveManagerRequest`]; response payload: [`BatchRemoveManagerResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: 批量移除管理员 BatchRemoveManager, <https://www.volcengine.com/docs/6348/1051344>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - A removed manager is an ordinary member again (role 0). Users who are not managers come back in `FailedManagerUserIds`.
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
//! - The page's response example removes 10002 and 10004 with no failure, but does not say what happens to a user who is not a manager. — *Resolved:* Such a user comes back in `FailedManagerUserIds` (the field's name says it holds the failures); the document's example is an independent sample.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchRemoveManager` as a type: it ties [`BatchRemoveManagerRequest`] and [`BatchRemoveManagerResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchRemoveManager>`) and servers (`route::<BatchRemoveManager>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchRemoveManager;

impl OperationShape for BatchRemoveManager {
    type Service = VolcengineRtcIm;
    type Input = BatchRemoveManagerRequest;
    type Output = BatchRemoveManagerResponse;
    const OP: Operation = Operation {
        name: "BatchRemoveManager",
        service: &SPEC,
        path: "/",
        action: Some("BatchRemoveManager"),
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

    fn app_id(input: &BatchRemoveManagerRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchRemoveManager`.
///
/// The request of [`BatchRemoveManager`](self): 你可以使用此接口批量移除直播群中的管理员。
///
/// - HTTP: `POST /?Action=BatchRemoveManager&Version=2020-12-01`
/// - Request: [`BatchRemoveManagerRequest`]; response payload: [`BatchRemoveManagerResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: 批量移除管理员 BatchRemoveManager, <https://www.volcengine.com/docs/6348/1051344>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRemoveManagerRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 操作人 UserId
    ///
    /// Example: `100001`. The document calls the type `Int`.
    pub operator: i64,
    /// 要移除的管理员 UserId
    ///
    /// The UserIds of the managers to remove.
    ///
    /// Example: `[10002,10004]`. Limits: at least 1 items. The document calls the type `Array of Int`.
    pub remove_manager_user_ids: Vec<i64>,
}

impl BatchRemoveManagerRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Operator`, `RemoveManagerUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        operator: i64,
        remove_manager_user_ids: Vec<i64>,
    ) -> Self {
        BatchRemoveManagerRequest {
            app_id,
            conversation_short_id,
            operator,
            remove_manager_user_ids,
        }
    }
}

impl serde::Serialize for BatchRemoveManagerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchRemoveManagerRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Operator", &self.operator)?;
        object.serialize_field("RemoveManagerUserIds", &self.remove_manager_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchRemoveManagerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchRemoveManagerRequest {
    const NAME: &'static str = "BatchRemoveManagerRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Operator" => 2,
            "RemoveManagerUserIds" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut operator_slot: Option<i64> = None;
        let mut remove_manager_user_ids_slot: Option<Vec<i64>> = None;
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
                        &mut remove_manager_user_ids_slot,
                        "RemoveManagerUserIds",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchRemoveManagerRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            remove_manager_user_ids: remove_manager_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("RemoveManagerUserIds"))?,
        })
    }
}

impl Validate for BatchRemoveManagerRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.remove_manager_user_ids;
            path.push(Segment::Field("RemoveManagerUserIds"));
            validate::items(value, Some(1), None, path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchRemoveManager`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRemoveManagerResponse {
    /// 移除失败的管理员 UserId
    ///
    /// The UserIds that could not be removed as managers; empty when all succeeded.
    ///
    /// Example: `[]`. The document calls the type `Array of Int`.
    pub failed_manager_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchRemoveManagerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchRemoveManagerResponse", 1)?;
        object.serialize_field("FailedManagerUserIds", &self.failed_manager_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchRemoveManagerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchRemoveManagerResponse {
    const NAME: &'static str = "BatchRemoveManagerResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedManagerUserIds" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut failed_manager_user_ids_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut failed_manager_user_ids_slot,
                        "FailedManagerUserIds",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchRemoveManagerResponse {
            failed_manager_user_ids: failed_manager_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedManagerUserIds"))?,
        })
    }
}
