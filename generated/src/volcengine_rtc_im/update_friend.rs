// Code generated from spec/volcengine-rtc-im/update_friend.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UpdateFriend`: 你可以使用此接口对好友信息进行更新。
//!
//! 你可以调用 UpdateFriend 接口,指定你所属的 AppId、用户 ID 和 好友 ID 更新好友信息。 一次最多支持更新 10 个好友。
//!
//! Updates the alias or the extension fields of up to 10 of a user's friends. Friends that could not be updated come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=UpdateFriend&Version=2020-12-01`
//! - Request: [`UpdateFriendRequest`]; response payload: [`UpdateFriendResponse`]
//! - Source: 更新好友信息 UpdateFriend, <https://www.volcengine.com/docs/6348/1125752>
//!
//! # Rules the server enforces
//!
//! - 一次最多支持更新 10 个好友。
//! - A user that is not a friend cannot be updated: it comes back in `FailedInfos`; the other friends are updated.
//! - An update changes only the user's side of the friendship (the alias and extension fields the user keeps for the friend); `Ext` replaces the stored fields.
//!
//! # Notes on the source document
//!
//! - The page gives no QPS limit (its neighbours, IsFriend and the black-list APIs, do). — *Resolved:* No rate limit is set.
//! - "一次最多支持更新 10 个好友" (at most 10 friends per call) is in the prose, not on the `FriendInfos` row. — *Resolved:* `FriendInfos` has `max_items: 10`.
//! - The Go SDK marks `Ext` REQUIRED; the page makes it optional, with at least one of `Ext` and `Alias`. — *Resolved:* `Ext` is optional; `FriendInfo` carries `at_least_one_of: [[Ext, Alias]]`, as the page says.
//! - The ids are typed `Int` (the `FriendUserId` example is `000001`); user ids are 64-bit in the Go SDK. The failed-item table is named `FailedInfo`, the service's shared type, with the same fields. — *Resolved:* `UserId` and `FriendUserId` are 64-bit; `FailedInfos` reuses the shared `FailedInfo`, which also has an optional `UserIdStr` (from the Go SDK, not on this page) and whose `Code` and `Message` examples come from BatchUpdateLiveParticipants' page, not on this page.
//! - Whether `Ext` replaces or merges into the stored fields is not said (UpdateBlackList says it merges). — *Resolved:* `Ext` replaces the friend's stored extension fields; `Alias` replaces the alias.
//! - No minimum is stated for `FriendInfos`. — *Resolved:* `FriendInfos` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `UpdateFriend` as a type: it ties [`UpdateFriendRequest`] and [`UpdateFriendResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UpdateFriend>`) and servers (`route::<UpdateFriend>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UpdateFriend;

impl OperationShape for UpdateFriend {
    type Service = VolcengineRtcIm;
    type Input = UpdateFriendRequest;
    type Output = UpdateFriendResponse;
    const OP: Operation = Operation {
        name: "UpdateFriend",
        service: &SPEC,
        path: "/",
        action: Some("UpdateFriend"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &UpdateFriendRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `UpdateFriend`.
///
/// The request of [`UpdateFriend`](self): 你可以使用此接口对好友信息进行更新。
///
/// - HTTP: `POST /?Action=UpdateFriend&Version=2020-12-01`
/// - Request: [`UpdateFriendRequest`]; response payload: [`UpdateFriendResponse`]
/// - Source: 更新好友信息 UpdateFriend, <https://www.volcengine.com/docs/6348/1125752>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateFriendRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 用户 UserId
    ///
    /// Example: `10001`. The document calls the type `Int`.
    pub user_id: i64,
    /// 信箱,用做逻辑隔离。默认值为 0
    ///
    /// The inbox, a logical partition of the app's relations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Int`.
    pub inbox_type: Option<i32>,
    /// 好友信息
    ///
    /// The friends to update; at most 10 per call.
    ///
    /// Limits: 1 to 10 items. The document calls the type `Array of FriendInfo`.
    pub friend_infos: Vec<FriendInfo>,
}

impl UpdateFriendRequest {
    /// A value with the required `AppId`, `UserId`, `FriendInfos`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64, friend_infos: Vec<FriendInfo>) -> Self {
        UpdateFriendRequest {
            app_id,
            user_id,
            inbox_type: None,
            friend_infos,
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

impl serde::Serialize for UpdateFriendRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UpdateFriendRequest",
                3 + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.serialize_field("FriendInfos", &self.friend_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateFriendRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UpdateFriendRequest {
    const NAME: &'static str = "UpdateFriendRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "InboxType" => 2,
            "FriendInfos" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        let mut friend_infos_slot: Option<Vec<FriendInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                3 => decode::once(&mut friend_infos_slot, "FriendInfos", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UpdateFriendRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            inbox_type: inbox_type_slot.flatten(),
            friend_infos: friend_infos_slot
                .ok_or_else(|| A::Error::missing_field("FriendInfos"))?,
        })
    }
}

impl Validate for UpdateFriendRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.friend_infos;
            path.push(Segment::Field("FriendInfos"));
            validate::items(value, Some(1), Some(10), path, out);
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// 其中 Result 的结构如下
///
/// The payload of a successful [`UpdateFriend`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateFriendResponse {
    /// 更新失败的好友信息
    ///
    /// The friends that could not be updated, each with its error code.
    ///
    /// The document calls the type `Array of FailedInfo`.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for UpdateFriendResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UpdateFriendResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateFriendResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UpdateFriendResponse {
    const NAME: &'static str = "UpdateFriendResponse";

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
        Ok(UpdateFriendResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}

/// 好友信息
///
/// One friend's update. At least one of `Ext` and `Alias` must be present.
///
/// At least one of `Ext`, `Alias` must be present.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FriendInfo {
    /// 好友 UserId
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub friend_user_id: i64,
    /// 好友扩展字段。Ext 与 Alias 为非必填字段,但是至少需要填一个,否则服务端会报错。
    ///
    /// The friendship's extension fields. `Ext` and `Alias` are each optional, but at least one of them must be given, otherwise the server returns an error.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `Map-key(string)-value(string)`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 好友备注
    ///
    /// The alias the user gives the friend.
    ///
    /// Example: `"Your_Alias"`. The document calls the type `String`.
    pub alias: Option<String>,
}

impl FriendInfo {
    /// A value with the required `FriendUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(friend_user_id: i64) -> Self {
        FriendInfo {
            friend_user_id,
            ext: None,
            alias: None,
        }
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `Alias`.
    pub fn with_alias(mut self, alias: impl Into<String>) -> Self {
        self.alias = Some(alias.into());
        self
    }
}

impl serde::Serialize for FriendInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "FriendInfo",
                1 + usize::from(self.ext.is_some()) + usize::from(self.alias.is_some()),
            )?;
        object.serialize_field("FriendUserId", &self.friend_user_id)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "Alias", &self.alias)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for FriendInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for FriendInfo {
    const NAME: &'static str = "FriendInfo";

    fn field(key: &str) -> usize {
        match key {
            "FriendUserId" => 0,
            "Ext" => 1,
            "Alias" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut friend_user_id_slot: Option<i64> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut alias_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut friend_user_id_slot, "FriendUserId", &mut map)?,
                1 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                2 => decode::once(&mut alias_slot, "Alias", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(FriendInfo {
            friend_user_id: friend_user_id_slot
                .ok_or_else(|| A::Error::missing_field("FriendUserId"))?,
            ext: ext_slot.flatten(),
            alias: alias_slot.flatten(),
        })
    }
}

impl Validate for FriendInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::at_least_one_of(
            &[self.ext.is_some(), self.alias.is_some()],
            &["Ext", "Alias"],
            path,
            out,
        );
    }
}
