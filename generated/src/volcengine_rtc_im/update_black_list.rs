// Code generated from spec/volcengine-rtc-im/update_black_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UpdateBlackList`: 你可以使用此接口更新黑名单中的用户信息。
//!
//! 你可以调用 UpdateBlackList 接口,指定你所属的 AppId、用户 ID 和黑名单中用户的 ID,更新黑名单用户的扩展信息。 一次最多支持更新 10 个好友。
//!
//! Merges new extension fields into those of up to 10 users of a user's black list. Users that could not be updated come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=UpdateBlackList&Version=2020-12-01`
//! - Request: [`UpdateBlackListRequest`]; response payload: [`UpdateBlackListResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 更新黑名单 UpdateBlackList, <https://www.volcengine.com/docs/6348/1152121>
//! - Also from: volc-sdk-golang service/im model (UpdateBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - 假设 ID 为 10002 的黑名单用户原 ext 为 {"key1":"value1"}, 若调用本接口通过 BlackListUserExt 传入 {"key1":"value2"},此时 10002 用户的 ext 将更新为 {"key1":"value2"}; 若调用本接口通过 BlackListUserExt 传入 {"key2":"value2"},此时 10002 用户的 ext 将更新为 {"key1":"value1", "key2":"value2"}。
//! - A user that is not in the black list cannot be updated: it comes back in `FailedInfos`; the others are updated.
//!
//! # Notes on the source document
//!
//! - The copy of the page that could be read stops in the middle of the response table (at `FailedInfos`, "更新失…"); the failed-item table and the response example are missing. — *Resolved:* `FailedInfos` and its items follow the Go SDK's model (`UserId`, `Code`, `Message`: the service's shared `FailedInfo`, with its optional `UserIdStr`, also from the SDK); there is no response example.
//! - The prose says "一次最多支持更新 10 个好友" (10 friends) where it means black-list users; the `BlackListInfos` description says 10 black-list users (not on the row as a constraint). — *Resolved:* `BlackListInfos` has `max_items: 10`.
//! - The page names the item table `BlackListUserInfo`, the name AddBlackList uses for a table whose extension fields are optional; here they are required (the Go SDK makes them optional in both). — *Resolved:* This operation's item type is `BlackListUserUpdate`, with `BlackListUserExt` required as the page says.
//! - The ids are typed `Int` (the `BlackListUserId` example is `100002`); user ids are 64-bit in the Go SDK. — *Resolved:* `UserId` and `BlackListUserId` are 64-bit; the example's `AppId` is 0.
//! - No minimum is stated for `BlackListInfos`. — *Resolved:* `BlackListInfos` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `UpdateBlackList` as a type: it ties [`UpdateBlackListRequest`] and [`UpdateBlackListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UpdateBlackList>`) and servers (`route::<UpdateBlackList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UpdateBlackList;

impl OperationShape for UpdateBlackList {
    type Service = VolcengineRtcIm;
    type Input = UpdateBlackListRequest;
    type Output = UpdateBlackListResponse;
    const OP: Operation = Operation {
        name: "UpdateBlackList",
        service: &SPEC,
        path: "/",
        action: Some("UpdateBlackList"),
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

    fn app_id(input: &UpdateBlackListRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `UpdateBlackList`.
///
/// The request of [`UpdateBlackList`](self): 你可以使用此接口更新黑名单中的用户信息。
///
/// - HTTP: `POST /?Action=UpdateBlackList&Version=2020-12-01`
/// - Request: [`UpdateBlackListRequest`]; response payload: [`UpdateBlackListResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 更新黑名单 UpdateBlackList, <https://www.volcengine.com/docs/6348/1152121>
/// - Also from: volc-sdk-golang service/im model (UpdateBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateBlackListRequest {
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
    /// 黑名单用户 ID 及需要更新的扩展字段。一次最多更新 10 个黑名单用户的扩展字段。
    ///
    /// The blocked users and their new extension fields; at most 10 per call.
    ///
    /// Limits: 1 to 10 items. The document calls the type `Array of BlackListUserInfo`.
    pub black_list_infos: Vec<BlackListUserUpdate>,
}

impl UpdateBlackListRequest {
    /// A value with the required `AppId`, `UserId`, `BlackListInfos`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        user_id: i64,
        black_list_infos: Vec<BlackListUserUpdate>,
    ) -> Self {
        UpdateBlackListRequest {
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

impl serde::Serialize for UpdateBlackListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UpdateBlackListRequest",
                3 + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.serialize_field("BlackListInfos", &self.black_list_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateBlackListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UpdateBlackListRequest {
    const NAME: &'static str = "UpdateBlackListRequest";

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
        let mut black_list_infos_slot: Option<Vec<BlackListUserUpdate>> = None;
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
        Ok(UpdateBlackListRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            inbox_type: inbox_type_slot.flatten(),
            black_list_infos: black_list_infos_slot
                .ok_or_else(|| A::Error::missing_field("BlackListInfos"))?,
        })
    }
}

impl Validate for UpdateBlackListRequest {
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
/// The payload of a successful [`UpdateBlackList`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateBlackListResponse {
    /// 更新失败的黑名单用户信息
    ///
    /// The users that could not be updated, each with its error code.
    ///
    /// Source: volc-sdk-golang service/im model (UpdateBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>. The document calls the type `Array of FailedInfo`.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for UpdateBlackListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UpdateBlackListResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateBlackListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UpdateBlackListResponse {
    const NAME: &'static str = "UpdateBlackListResponse";

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
        Ok(UpdateBlackListResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}

/// 黑名单用户 ID 及需要更新的扩展字段
///
/// A blocked user's new extension fields. The page names this table `BlackListUserInfo`, like AddBlackList's, but here the extension fields are required.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BlackListUserUpdate {
    /// 黑名单用户 ID
    ///
    /// Example: `10003`. The document calls the type `Int`.
    pub black_list_user_id: i64,
    /// 黑名单用户的扩展字段,支持新增 key 和更新已有 key。更新已有 key 时,新 value 会覆盖旧 value。参看示例
    ///
    /// Fields merged into the blocked user's: a new key is added, an existing key gets the new value, keys not given are kept.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `Map-key(string)-value(string)`.
    pub black_list_user_ext: BTreeMap<String, String>,
}

impl BlackListUserUpdate {
    /// A value with the required `BlackListUserId`, `BlackListUserExt`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        black_list_user_id: i64,
        black_list_user_ext: BTreeMap<String, String>,
    ) -> Self {
        BlackListUserUpdate {
            black_list_user_id,
            black_list_user_ext,
        }
    }
}

impl serde::Serialize for BlackListUserUpdate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BlackListUserUpdate", 2)?;
        object.serialize_field("BlackListUserId", &self.black_list_user_id)?;
        object.serialize_field("BlackListUserExt", &self.black_list_user_ext)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BlackListUserUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BlackListUserUpdate {
    const NAME: &'static str = "BlackListUserUpdate";

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
        let mut black_list_user_ext_slot: Option<BTreeMap<String, String>> = None;
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
        Ok(BlackListUserUpdate {
            black_list_user_id: black_list_user_id_slot
                .ok_or_else(|| A::Error::missing_field("BlackListUserId"))?,
            black_list_user_ext: black_list_user_ext_slot
                .ok_or_else(|| A::Error::missing_field("BlackListUserExt"))?,
        })
    }
}

impl Validate for BlackListUserUpdate {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}
