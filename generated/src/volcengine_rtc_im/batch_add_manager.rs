// Code generated from spec/volcengine-rtc-im/batch_add_manager.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchAddManager`: 批量添加直播群中的管理员。
//!
//! 指定你所属的 AppId、会话 ID、操作人 UserId 和要添加为管理员的群成员 UserId，批量添加直播群中的管理员。
//!
//! 目前仅直播群支持此接口
//!
//! Makes several members of a live group its managers (role 2), given the `AppId`, the conversation, the operator and the members' UserIds. Only live groups support it. Users that could not be made managers come back in `FailedManagerUserIds`. The vendor's page could not be read; the fields follow the Go SDK's model, the rest the paired BatchRemoveManager page.
//!
//! - HTTP: `POST /?Action=BatchAddManager&Version=2020-12-01`
//! - Request: [`BatchAddManagerRequest`]; response payload: [`BatchAddManagerResponse`]
//! - Rate limit: 50 requests per second
//! - Applies to conversation type: `live group` only
//! - Source: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: 批量移除管理员 BatchRemoveManager (the paired page), <https://www.volcengine.com/docs/6348/1051344>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - A manager has role 2 in BatchGetConversationParticipant and is listed by ScanConversationParticipantList without `ScanOnlineParticipant`. Users who are not members, and the owner, come back in `FailedManagerUserIds`.
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
//! - The vendor's page for BatchAddManager could not be read (it is not in the stored pages). — *Resolved:* Fields, types and required-ness follow the Go SDK's model (`from: go-sdk`); the live-group-only rule, the rate limit (50 per second) and the descriptions' wording follow the paired BatchRemoveManager page (6348/1051344).
//! - Neither source says whether a manager must be a member, whether the owner can be one, or how many managers a live group may have. — *Resolved:* The emulator makes only members other than the owner managers and sets no limit (README's semantics section).

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchAddManager` as a type: it ties [`BatchAddManagerRequest`] and [`BatchAddManagerResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchAddManager>`) and servers (`route::<BatchAddManager>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchAddManager;

impl OperationShape for BatchAddManager {
    type Service = VolcengineRtcIm;
    type Input = BatchAddManagerRequest;
    type Output = BatchAddManagerResponse;
    const OP: Operation = Operation {
        name: "BatchAddManager",
        service: &SPEC,
        path: "/",
        action: Some("BatchAddManager"),
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

    fn app_id(input: &BatchAddManagerRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchAddManager`.
///
/// The request of [`BatchAddManager`](self): 批量添加直播群中的管理员。
///
/// - HTTP: `POST /?Action=BatchAddManager&Version=2020-12-01`
/// - Request: [`BatchAddManagerRequest`]; response payload: [`BatchAddManagerResponse`]
/// - Rate limit: 50 requests per second
/// - Applies to conversation type: `live group` only
/// - Source: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: 批量移除管理员 BatchRemoveManager (the paired page), <https://www.volcengine.com/docs/6348/1051344>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddManagerRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. Source: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_short_id: i64,
    /// 操作人 UserId
    ///
    /// Example: `10001`. Source: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub operator: i64,
    /// 要添加为管理员的群成员 UserId
    ///
    /// The UserIds of the members to make managers.
    ///
    /// Example: `[10002]`. Limits: at least 1 items. Source: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub manager_user_ids: Vec<i64>,
}

impl BatchAddManagerRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Operator`, `ManagerUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        operator: i64,
        manager_user_ids: Vec<i64>,
    ) -> Self {
        BatchAddManagerRequest {
            app_id,
            conversation_short_id,
            operator,
            manager_user_ids,
        }
    }
}

impl serde::Serialize for BatchAddManagerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchAddManagerRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Operator", &self.operator)?;
        object.serialize_field("ManagerUserIds", &self.manager_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddManagerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddManagerRequest {
    const NAME: &'static str = "BatchAddManagerRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Operator" => 2,
            "ManagerUserIds" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut operator_slot: Option<i64> = None;
        let mut manager_user_ids_slot: Option<Vec<i64>> = None;
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
                    decode::once(&mut manager_user_ids_slot, "ManagerUserIds", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchAddManagerRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            manager_user_ids: manager_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("ManagerUserIds"))?,
        })
    }
}

impl Validate for BatchAddManagerRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.manager_user_ids;
            path.push(Segment::Field("ManagerUserIds"));
            validate::items(value, Some(1), None, path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchAddManager`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddManagerResponse {
    /// 添加失败的 UserId
    ///
    /// The UserIds that could not be made managers; empty when all succeeded.
    ///
    /// Example: `[]`. Source: volc-sdk-golang service/im model (BatchAddManagerBody, BatchAddManagerResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub failed_manager_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchAddManagerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchAddManagerResponse", 1)?;
        object.serialize_field("FailedManagerUserIds", &self.failed_manager_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddManagerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddManagerResponse {
    const NAME: &'static str = "BatchAddManagerResponse";

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
        Ok(BatchAddManagerResponse {
            failed_manager_user_ids: failed_manager_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedManagerUserIds"))?,
        })
    }
}
