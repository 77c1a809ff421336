// Code generated from spec/volcengine-rtc-im/batch_get_user.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchGetUser`: 你可以使用此接口批量查询用户资料。
//!
//! 查询用户 UserId，一次最多查询50个用户
//!
//! Reads the profiles of up to 50 users of an app; users not registered (or unregistered) are listed in `NotFoundUsers`.
//!
//! - HTTP: `POST /?Action=BatchGetUser&Version=2020-12-01`
//! - Request: [`BatchGetUserRequest`]; response payload: [`BatchGetUserResponse`]
//! - Source: volc-sdk-golang service/im model (BatchGetUserBody, BatchGetUserResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - A user that was never registered, or was unregistered, is listed in `NotFoundUsers` instead of `Users`.
//!
//! # Notes on the source document
//!
//! - The BatchGetUser page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document; the descriptions of `Ext` and `Tags` there are only their Go types (`map[string]string`, `[]string`). — *Resolved:* The operation is transcribed from the SDK model; the two fields get English glosses of what they hold. No rate limit is set.
//! - No minimum is stated for `UserIds`. — *Resolved:* `UserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{SPEC, VolcengineRtcIm};

/// `BatchGetUser` as a type: it ties [`BatchGetUserRequest`] and [`BatchGetUserResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchGetUser>`) and servers (`route::<BatchGetUser>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchGetUser;

impl OperationShape for BatchGetUser {
    type Service = VolcengineRtcIm;
    type Input = BatchGetUserRequest;
    type Output = BatchGetUserResponse;
    const OP: Operation = Operation {
        name: "BatchGetUser",
        service: &SPEC,
        path: "/",
        action: Some("BatchGetUser"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &BatchGetUserRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchGetUser`.
///
/// The request of [`BatchGetUser`](self): 你可以使用此接口批量查询用户资料。
///
/// - HTTP: `POST /?Action=BatchGetUser&Version=2020-12-01`
/// - Request: [`BatchGetUserRequest`]; response payload: [`BatchGetUserResponse`]
/// - Source: volc-sdk-golang service/im model (BatchGetUserBody, BatchGetUserResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetUserRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 查询用户 UserId，一次最多查询50个用户
    ///
    /// The users to read; at most 50 per call.
    ///
    /// Example: `[10001,10002]`. Limits: 1 to 50 items. The document calls the type `Array of Long`.
    pub user_ids: Vec<i64>,
}

impl BatchGetUserRequest {
    /// A value with the required `AppId`, `UserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_ids: Vec<i64>) -> Self {
        BatchGetUserRequest {
            app_id,
            user_ids,
        }
    }
}

impl serde::Serialize for BatchGetUserRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchGetUserRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserIds", &self.user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetUserRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetUserRequest {
    const NAME: &'static str = "BatchGetUserRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserIds" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_ids_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_ids_slot, "UserIds", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetUserRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_ids: user_ids_slot.ok_or_else(|| A::Error::missing_field("UserIds"))?,
        })
    }
}

impl Validate for BatchGetUserRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_ids;
            path.push(Segment::Field("UserIds"));
            validate::items(value, Some(1), Some(50), path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchGetUser`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetUserResponse {
    /// 用户详细信息
    ///
    /// The profiles of the users found.
    pub users: Vec<UserInfo>,
    /// 未查到的用户uid，原因：未注册或者已注销
    ///
    /// The users not found, because they were never registered or were unregistered.
    pub not_found_users: Vec<i64>,
}

impl serde::Serialize for BatchGetUserResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchGetUserResponse", 2)?;
        object.serialize_field("Users", &self.users)?;
        object.serialize_field("NotFoundUsers", &self.not_found_users)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetUserResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetUserResponse {
    const NAME: &'static str = "BatchGetUserResponse";

    fn field(key: &str) -> usize {
        match key {
            "Users" => 0,
            "NotFoundUsers" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut users_slot: Option<Vec<UserInfo>> = None;
        let mut not_found_users_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut users_slot, "Users", &mut map)?,
                1 => decode::once(&mut not_found_users_slot, "NotFoundUsers", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetUserResponse {
            users: users_slot.ok_or_else(|| A::Error::missing_field("Users"))?,
            not_found_users: not_found_users_slot
                .ok_or_else(|| A::Error::missing_field("NotFoundUsers"))?,
        })
    }
}

/// 用户详细信息
///
/// A registered user's profile.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserInfo {
    /// 用户所属应用
    ///
    /// Example: `0`.
    pub app_id: i32,
    /// 用户 UserId
    ///
    /// Example: `10001`.
    pub user_id: i64,
    /// 用户昵称
    ///
    /// Example: `"NickName1"`.
    pub nick_name: String,
    /// 用户头像
    ///
    /// Example: `"https://example.com/portrait.png"`.
    pub portrait: String,
    /// map\[string\]string
    ///
    /// The user's extension fields.
    pub ext: BTreeMap<String, String>,
    /// \[\]string
    ///
    /// The user's tags.
    pub tags: Option<Vec<String>>,
    /// 用户注册时间戳，单位为毫秒
    ///
    /// Unit: milliseconds. Example: `1669694619000`.
    pub create_time: i64,
    /// 更新时间戳，单位为毫秒
    ///
    /// Unit: milliseconds. Example: `1669694619000`.
    pub modify_time: i64,
}

impl serde::Serialize for UserInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("UserInfo", 7 + usize::from(self.tags.is_some()))?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("NickName", &self.nick_name)?;
        object.serialize_field("Portrait", &self.portrait)?;
        object.serialize_field("Ext", &self.ext)?;
        encode::optional(&mut object, "Tags", &self.tags)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.serialize_field("ModifyTime", &self.modify_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserInfo {
    const NAME: &'static str = "UserInfo";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "NickName" => 2,
            "Portrait" => 3,
            "Ext" => 4,
            "Tags" => 5,
            "CreateTime" => 6,
            "ModifyTime" => 7,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut nick_name_slot: Option<String> = None;
        let mut portrait_slot: Option<String> = None;
        let mut ext_slot: Option<BTreeMap<String, String>> = None;
        let mut tags_slot: Option<Option<Vec<String>>> = None;
        let mut create_time_slot: Option<i64> = None;
        let mut modify_time_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                3 => decode::once(&mut portrait_slot, "Portrait", &mut map)?,
                4 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                5 => decode::once(&mut tags_slot, "Tags", &mut map)?,
                6 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                7 => decode::once(&mut modify_time_slot, "ModifyTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserInfo {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            nick_name: nick_name_slot
                .ok_or_else(|| A::Error::missing_field("NickName"))?,
            portrait: portrait_slot.ok_or_else(|| A::Error::missing_field("Portrait"))?,
            ext: ext_slot.ok_or_else(|| A::Error::missing_field("Ext"))?,
            tags: tags_slot.flatten(),
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
            modify_time: modify_time_slot
                .ok_or_else(|| A::Error::missing_field("ModifyTime"))?,
        })
    }
}
