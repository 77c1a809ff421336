// Code generated from spec/volcengine-rtc-im/add_black_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AddBlackList`: 你可以使用此接口添加黑名单用户。
//!
//! 你可以调用 AddBlackList 接口,指定你所属的 AppId、用户 ID 和对方的用户 ID,将对方加入黑名单。一次最多支持添加 10 个用户至黑名单。
//!
//! Adds up to 10 users, each with its own extension fields, to a user's black list. Users that could not be added come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=AddBlackList&Version=2020-12-01`
//! - Request: [`AddBlackListRequest`]; response payload: [`AddBlackListResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 添加黑名单 AddBlackList, <https://www.volcengine.com/docs/6348/1152119>
//! - Also from: volc-sdk-golang service/im model (AddBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - 一次最多支持添加 10 个用户至黑名单。
//! - A user cannot block itself, and a user already in the black list is not added again: both come back in `FailedInfos`; the others are added.
//! - Blocking a friend keeps the friendship: GetBlackList then shows the friend's details with the blocked user.
//!
//! # Notes on the source document
//!
//! - The copy of the page that could be read stops in the middle of the response table (at `FailedInfos`, "添加黑名单失…"); the failed-item table and the response example are missing. — *Resolved:* `FailedInfos` and its items follow the Go SDK's model (`UserId`, `Code`, `Message`: the service's shared `FailedInfo`, with its optional `UserIdStr`, also from the SDK); there is no response example.
//! - The ids are typed `Int`; user ids are 64-bit in the Go SDK. The example writes `AppId` as `000000`, which is not JSON. — *Resolved:* `UserId` and `BlackListUserId` are 64-bit; the example's `AppId` is 0.
//! - The limit of 10 users is in the `BlackListInfos` description, not on the row as a constraint. — *Resolved:* `BlackListInfos` has `max_items: 10`.
//! - Adding a user already in the black list, or the user itself, is not described. — *Resolved:* Both are per-user failures in `FailedInfos` (the emulator's choice).
//! - No minimum is stated for `BlackListInfos`. — *Resolved:* `BlackListInfos` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `AddBlackList` as a type: it ties [`AddBlackListRequest`] and [`AddBlackListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AddBlackList>`) and servers (`route::<AddBlackList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AddBlackList;

impl OperationShape for AddBlackList {
    type Service = VolcengineRtcIm;
    type Input = AddBlackListRequest;
    type Output = AddBlackListResponse;
    const OP: Operation = Operation {
        name: "AddBlackList",
        service: &SPEC,
        path: "/",
        action: Some("AddBlackList"),
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

    fn app_id(input: &AddBlackListRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `AddBlackList`.
///
/// The request of [`AddBlackList`](self): 你可以使用此接口添加黑名单用户。
///
/// - HTTP: `POST /?Action=AddBlackList&Version=2020-12-01`
/// - Request: [`AddBlackListRequest`]; response payload: [`AddBlackListResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 添加黑名单 AddBlackList, <https://www.volcengine.com/docs/6348/1152119>
/// - Also from: volc-sdk-golang service/im model (AddBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddBlackListRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 用户 ID
    ///
    /// Example: `10001`. The document calls the type `Int`.
    pub user_id: i64,
    /// 信箱,用做逻辑隔离。默认值为 0
    ///
    /// The inbox, a logical partition of the app's relations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Int`.
    pub inbox_type: Option<i32>,
    /// 需要加入黑名单的 UserId 及每个用户对应的扩展信息,一次最多添加 10 个用户至黑名单
    ///
    /// The users to add, each with its extension fields; at most 10 per call.
    ///
    /// Limits: 1 to 10 items. The document calls the type `Array of BlackListUserInfo`.
    pub black_list_infos: Vec<BlackListUserInfo>,
}

impl AddBlackListRequest {
    /// A value with the required `AppId`, `UserId`, `BlackListInfos`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        user_id: i64,
        black_list_infos: Vec<BlackListUserInfo>,
    ) -> Self {
        AddBlackListRequest {
            app_id,
            user_id,
            inbox_type: None,
            black_list_infos,
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

impl serde::Serialize for AddBlackListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AddBlackListRequest",
                3 + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.serialize_field("BlackListInfos", &self.black_list_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddBlackListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddBlackListRequest {
    const NAME: &'static str = "AddBlackListRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "InboxType" => 2,
            "BlackListInfos" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        let mut black_list_infos_slot: Option<Vec<BlackListUserInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                3 => {
                    decode::once(&mut black_list_infos_slot, "BlackListInfos", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddBlackListRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            inbox_type: inbox_type_slot.flatten(),
            black_list_infos: black_list_infos_slot
                .ok_or_else(|| A::Error::missing_field("BlackListInfos"))?,
        })
    }
}

impl Validate for AddBlackListRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.black_list_infos;
            path.push(Segment::Field("BlackListInfos"));
            validate::items(value, Some(1), Some(10), path, out);
            path.pop();
        }
    }
}

/// 其中 Result 的结构如下
///
/// The payload of a successful [`AddBlackList`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddBlackListResponse {
    /// 添加黑名单失败的用户信息
    ///
    /// The users that could not be added, each with its error code.
    ///
    /// Source: volc-sdk-golang service/im model (AddBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>. The document calls the type `Array of FailedInfo`.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for AddBlackListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AddBlackListResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddBlackListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddBlackListResponse {
    const NAME: &'static str = "AddBlackListResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedInfos" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut failed_infos_slot: Option<Option<Vec<FailedInfo>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut failed_infos_slot, "FailedInfos", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddBlackListResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}

/// 需要加入黑名单的 UserId 及每个用户对应的扩展信息
///
/// A user to add to a black list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BlackListUserInfo {
    /// 加入黑名单的用户 ID
    ///
    /// Example: `10002`. The document calls the type `Int`.
    pub black_list_user_id: i64,
    /// 黑名单用户扩展字段
    ///
    /// The extension fields kept with the blocked user.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `Map-key(string)-value(string)`.
    pub black_list_user_ext: Option<BTreeMap<String, String>>,
}

impl BlackListUserInfo {
    /// A value with the required `BlackListUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(black_list_user_id: i64) -> Self {
        BlackListUserInfo {
            black_list_user_id,
            black_list_user_ext: None,
        }
    }

    /// Sets `BlackListUserExt`.
    pub fn with_black_list_user_ext(
        mut self,
        black_list_user_ext: BTreeMap<String, String>,
    ) -> Self {
        self.black_list_user_ext = Some(black_list_user_ext);
        self
    }
}

impl serde::Serialize for BlackListUserInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BlackListUserInfo",
                1 + usize::from(self.black_list_user_ext.is_some()),
            )?;
        object.serialize_field("BlackListUserId", &self.black_list_user_id)?;
        encode::optional(&mut object, "BlackListUserExt", &self.black_list_user_ext)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BlackListUserInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BlackListUserInfo {
    const NAME: &'static str = "BlackListUserInfo";

    fn field(key: &str) -> usize {
        match key {
            "BlackListUserId" => 0,
            "BlackListUserExt" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut black_list_user_id_slot: Option<i64> = None;
        let mut black_list_user_ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut black_list_user_id_slot,
                        "BlackListUserId",
                        &mut map,
                    )?
                }
                1 => {
                    decode::once(
                        &mut black_list_user_ext_slot,
                        "BlackListUserExt",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BlackListUserInfo {
            black_list_user_id: black_list_user_id_slot
                .ok_or_else(|| A::Error::missing_field("BlackListUserId"))?,
            black_list_user_ext: black_list_user_ext_slot.flatten(),
        })
    }
}

impl Validate for BlackListUserInfo {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}
