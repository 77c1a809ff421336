// Code generated from spec/volcengine-rtc-im/is_in_black_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `IsInBlackList`: 你可以使用此接口校验用户是否在黑名单中。
//!
//! 需要校验的用户的 UserId，一次最多校验 10 个用户
//!
//! Tells whether each of up to 10 users is in a user's black list.
//!
//! - HTTP: `POST /?Action=IsInBlackList&Version=2020-12-01`
//! - Request: [`IsInBlackListRequest`]; response payload: [`IsInBlackListResponse`]
//! - Source: volc-sdk-golang service/im model (IsInBlackListBody, IsInBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Notes on the source document
//!
//! - The IsInBlackList page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. — *Resolved:* The operation is transcribed from the SDK model; no rate limit is set.
//! - No minimum is stated for `BlackListUserIds`. — *Resolved:* `BlackListUserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{SPEC, VolcengineRtcIm};

/// `IsInBlackList` as a type: it ties [`IsInBlackListRequest`] and [`IsInBlackListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<IsInBlackList>`) and servers (`route::<IsInBlackList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct IsInBlackList;

impl OperationShape for IsInBlackList {
    type Service = VolcengineRtcIm;
    type Input = IsInBlackListRequest;
    type Output = IsInBlackListResponse;
    const OP: Operation = Operation {
        name: "IsInBlackList",
        service: &SPEC,
        path: "/",
        action: Some("IsInBlackList"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &IsInBlackListRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `IsInBlackList`.
///
/// The request of [`IsInBlackList`](self): 你可以使用此接口校验用户是否在黑名单中。
///
/// - HTTP: `POST /?Action=IsInBlackList&Version=2020-12-01`
/// - Request: [`IsInBlackListRequest`]; response payload: [`IsInBlackListResponse`]
/// - Source: volc-sdk-golang service/im model (IsInBlackListBody, IsInBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsInBlackListRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 用户 ID
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub user_id: i64,
    /// 需要校验的用户的 UserId，一次最多校验 10 个用户
    ///
    /// The users to check; at most 10 per call.
    ///
    /// Example: `[10003,10002]`. Limits: 1 to 10 items. The document calls the type `Array of Long`.
    pub black_list_user_ids: Vec<i64>,
    /// 信箱，用做逻辑隔离。默认值为 0
    ///
    /// The inbox, a logical partition of the app's relations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Integer`.
    pub inbox_type: Option<i32>,
}

impl IsInBlackListRequest {
    /// A value with the required `AppId`, `UserId`, `BlackListUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64, black_list_user_ids: Vec<i64>) -> Self {
        IsInBlackListRequest {
            app_id,
            user_id,
            black_list_user_ids,
            inbox_type: None,
        }
    }

    /// Sets `InboxType`.
    pub fn with_inbox_type(mut self, inbox_type: i32) -> Self {
        self.inbox_type = Some(inbox_type);
        self
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }
}

impl serde::Serialize for IsInBlackListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "IsInBlackListRequest",
                3 + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("BlackListUserIds", &self.black_list_user_ids)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for IsInBlackListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for IsInBlackListRequest {
    const NAME: &'static str = "IsInBlackListRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "BlackListUserIds" => 2,
            "InboxType" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut black_list_user_ids_slot: Option<Vec<i64>> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => {
                    decode::once(
                        &mut black_list_user_ids_slot,
                        "BlackListUserIds",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(IsInBlackListRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            black_list_user_ids: black_list_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("BlackListUserIds"))?,
            inbox_type: inbox_type_slot.flatten(),
        })
    }
}

impl Validate for IsInBlackListRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.black_list_user_ids;
            path.push(Segment::Field("BlackListUserIds"));
            validate::items(value, Some(1), Some(10), path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`IsInBlackList`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsInBlackListResponse {
    /// 校验结果。key 为 uid，value 为 true：在黑名单中。 value 为 false：不在黑名单中
    ///
    /// One entry per user checked, keyed by its UserId as a string: true when it is in the black list.
    pub is_in_black_list_infos: BTreeMap<String, bool>,
}

impl serde::Serialize for IsInBlackListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("IsInBlackListResponse", 1)?;
        object.serialize_field("IsInBlackListInfos", &self.is_in_black_list_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for IsInBlackListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for IsInBlackListResponse {
    const NAME: &'static str = "IsInBlackListResponse";

    fn field(key: &str) -> usize {
        match key {
            "IsInBlackListInfos" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut is_in_black_list_infos_slot: Option<BTreeMap<String, bool>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut is_in_black_list_infos_slot,
                        "IsInBlackListInfos",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(IsInBlackListResponse {
            is_in_black_list_infos: is_in_black_list_infos_slot
                .ok_or_else(|| A::Error::missing_field("IsInBlackListInfos"))?,
        })
    }
}
