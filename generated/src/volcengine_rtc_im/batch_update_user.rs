// Code generated from spec/volcengine-rtc-im/batch_update_user.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchUpdateUser`: 你可以使用此接口批量更新用户资料。
//!
//! 用户资料。一次最多 10 个用户
//!
//! Replaces the profiles (nickname, portrait, extension fields, tags) of up to 10 registered users. Users that could not be updated come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=BatchUpdateUser&Version=2020-12-01`
//! - Request: [`BatchUpdateUserRequest`]; response payload: [`BatchUpdateUserResponse`]
//! - Source: volc-sdk-golang service/im model (BatchUpdateUserBody, BatchUpdateUserResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - A user that is not registered cannot be updated: it comes back in `FailedInfos`; the other users are updated.
//!
//! # Notes on the source document
//!
//! - The BatchUpdateUser page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. It describes `AppId` as "用户的唯一标识" (the user's unique id), where every other API says the app's. — *Resolved:* The operation is transcribed from the SDK model, the description kept as written; the gloss says what the field is, the app. No rate limit is set.
//! - Every field of a user's profile is required, and whether a field is replaced or merged (`Ext`, `Tags`) is not said. — *Resolved:* The profile replaces the stored one as a whole (every field is required, so nothing is left unsaid); BatchUpdateUserTags is the operation that merges tags.
//! - No minimum is stated for `Users`. — *Resolved:* `Users` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `BatchUpdateUser` as a type: it ties [`BatchUpdateUserRequest`] and [`BatchUpdateUserResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchUpdateUser>`) and servers (`route::<BatchUpdateUser>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchUpdateUser;

impl OperationShape for BatchUpdateUser {
    type Service = VolcengineRtcIm;
    type Input = BatchUpdateUserRequest;
    type Output = BatchUpdateUserResponse;
    const OP: Operation = Operation {
        name: "BatchUpdateUser",
        service: &SPEC,
        path: "/",
        action: Some("BatchUpdateUser"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &BatchUpdateUserRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchUpdateUser`.
///
/// The request of [`BatchUpdateUser`](self): 你可以使用此接口批量更新用户资料。
///
/// - HTTP: `POST /?Action=BatchUpdateUser&Version=2020-12-01`
/// - Request: [`BatchUpdateUserRequest`]; response payload: [`BatchUpdateUserResponse`]
/// - Source: volc-sdk-golang service/im model (BatchUpdateUserBody, BatchUpdateUserResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateUserRequest {
    /// 用户的唯一标识
    ///
    /// The app.
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 用户资料。一次最多 10 个用户
    ///
    /// The users' new profiles; at most 10 per call.
    ///
    /// Limits: 1 to 10 items.
    pub users: Vec<UpdateUserInfo>,
}

impl BatchUpdateUserRequest {
    /// A value with the required `AppId`, `Users`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, users: Vec<UpdateUserInfo>) -> Self {
        BatchUpdateUserRequest {
            app_id,
            users,
        }
    }
}

impl serde::Serialize for BatchUpdateUserRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchUpdateUserRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("Users", &self.users)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchUpdateUserRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchUpdateUserRequest {
    const NAME: &'static str = "BatchUpdateUserRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "Users" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut users_slot: Option<Vec<UpdateUserInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut users_slot, "Users", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchUpdateUserRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            users: users_slot.ok_or_else(|| A::Error::missing_field("Users"))?,
        })
    }
}

impl Validate for BatchUpdateUserRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.users;
            path.push(Segment::Field("Users"));
            validate::items(value, Some(1), Some(10), path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchUpdateUser`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateUserResponse {
    /// 更新失败的用户信息
    ///
    /// The users that could not be updated, each with its error code.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for BatchUpdateUserResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchUpdateUserResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchUpdateUserResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchUpdateUserResponse {
    const NAME: &'static str = "BatchUpdateUserResponse";

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
        Ok(BatchUpdateUserResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}

/// 用户资料
///
/// A user's new profile; every field is required and replaces the one stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateUserInfo {
    /// 用户id
    ///
    /// Example: `10001`.
    pub user_id: i64,
    /// 昵称
    ///
    /// Example: `"NewNickName"`.
    pub nick_name: String,
    /// 头像 url
    ///
    /// Example: `"https://example.com/new.png"`.
    pub portrait: String,
    /// 扩展字段。key 的类型为 string，value 的类型为 string。
    ///
    /// The extension fields; string keys and string values.
    ///
    /// Example: `{"key":"value2"}`.
    pub ext: BTreeMap<String, String>,
    /// 标签
    ///
    /// Example: `["tag2"]`.
    pub tags: Vec<String>,
}

impl UpdateUserInfo {
    /// A value with the required `UserId`, `NickName`, `Portrait`, `Ext`, `Tags`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        user_id: i64,
        nick_name: impl Into<String>,
        portrait: impl Into<String>,
        ext: BTreeMap<String, String>,
        tags: Vec<String>,
    ) -> Self {
        UpdateUserInfo {
            user_id,
            nick_name: nick_name.into(),
            portrait: portrait.into(),
            ext,
            tags,
        }
    }
}

impl serde::Serialize for UpdateUserInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UpdateUserInfo", 5)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("NickName", &self.nick_name)?;
        object.serialize_field("Portrait", &self.portrait)?;
        object.serialize_field("Ext", &self.ext)?;
        object.serialize_field("Tags", &self.tags)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateUserInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UpdateUserInfo {
    const NAME: &'static str = "UpdateUserInfo";

    fn field(key: &str) -> usize {
        match key {
            "UserId" => 0,
            "NickName" => 1,
            "Portrait" => 2,
            "Ext" => 3,
            "Tags" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<i64> = None;
        let mut nick_name_slot: Option<String> = None;
        let mut portrait_slot: Option<String> = None;
        let mut ext_slot: Option<BTreeMap<String, String>> = None;
        let mut tags_slot: Option<Vec<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                1 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                2 => decode::once(&mut portrait_slot, "Portrait", &mut map)?,
                3 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                4 => decode::once(&mut tags_slot, "Tags", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UpdateUserInfo {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            nick_name: nick_name_slot
                .ok_or_else(|| A::Error::missing_field("NickName"))?,
            portrait: portrait_slot.ok_or_else(|| A::Error::missing_field("Portrait"))?,
            ext: ext_slot.ok_or_else(|| A::Error::missing_field("Ext"))?,
            tags: tags_slot.ok_or_else(|| A::Error::missing_field("Tags"))?,
        })
    }
}

impl Validate for UpdateUserInfo {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}
