// Code generated from spec/volcengine-rtc-im/register_users.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `RegisterUsers`: 你可以使用此接口注册用户。
//!
//! 注册用户的信息。一次最多注册 20 个用户。
//!
//! Registers up to 20 users of an app, each with an optional nickname, portrait, extension fields and tags (used for tag broadcasts). Users that could not be registered come back in `FailedInfos`; the others are registered.
//!
//! - HTTP: `POST /?Action=RegisterUsers&Version=2020-12-01`
//! - Request: [`RegisterUsersRequest`]; response payload: [`RegisterUsersResponse`]
//! - Source: volc-sdk-golang service/im model (RegisterUsersBody, RegisterUsersResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - A user's `Ext` has at most 20 fields; no key starts with `s:` (IM's reserved keys) or is longer than 50 bytes, and no value is longer than 500 bytes. A user that breaks these limits is not registered and comes back in `FailedInfos`.
//! - Users that cannot be registered come back in `FailedInfos` with an error code; the others are registered (the request still succeeds).
//!
//! # Notes on the source document
//!
//! - The RegisterUsers page could not be read. Every fact here is from Volcengine's Go SDK model of this API, which is generated from the same document (its field comments are the document's descriptions). — *Resolved:* The operation is transcribed from the SDK model; summary and rate limit are not stated there, so the summary is written in the document's usual form and no rate limit is set.
//! - The SDK describes `Result` as "空。此接口无需关注。" (empty, nothing to look at) and at the same time gives it a required `FailedInfos` list of failed users. — *Resolved:* `FailedInfos` (the service's shared `FailedInfo` items) is an optional field of the result: absent or empty when every user was registered.
//! - Registering a user that is already registered is not described. — *Resolved:* Registering is idempotent: registering a registered user again replaces its profile with the request's (the emulator does so); it is not a failure.
//! - No minimum is stated for `Users`. — *Resolved:* `Users` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `RegisterUsers` as a type: it ties [`RegisterUsersRequest`] and [`RegisterUsersResponse`] to the operation's binding, rate limit and errors, for clients (`call::<RegisterUsers>`) and servers (`route::<RegisterUsers>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RegisterUsers;

impl OperationShape for RegisterUsers {
    type Service = VolcengineRtcIm;
    type Input = RegisterUsersRequest;
    type Output = RegisterUsersResponse;
    const OP: Operation = Operation {
        name: "RegisterUsers",
        service: &SPEC,
        path: "/",
        action: Some("RegisterUsers"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &RegisterUsersRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `RegisterUsers`.
///
/// The request of [`RegisterUsers`](self): 你可以使用此接口注册用户。
///
/// - HTTP: `POST /?Action=RegisterUsers&Version=2020-12-01`
/// - Request: [`RegisterUsersRequest`]; response payload: [`RegisterUsersResponse`]
/// - Source: volc-sdk-golang service/im model (RegisterUsersBody, RegisterUsersResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterUsersRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 注册用户的信息。一次最多注册 20 个用户。
    ///
    /// The users to register; at most 20 per call.
    ///
    /// Limits: 1 to 20 items.
    pub users: Vec<RegisterUserInfo>,
}

impl RegisterUsersRequest {
    /// A value with the required `AppId`, `Users`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, users: Vec<RegisterUserInfo>) -> Self {
        RegisterUsersRequest {
            app_id,
            users,
        }
    }
}

impl serde::Serialize for RegisterUsersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("RegisterUsersRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("Users", &self.users)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for RegisterUsersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for RegisterUsersRequest {
    const NAME: &'static str = "RegisterUsersRequest";

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
        let mut users_slot: Option<Vec<RegisterUserInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut users_slot, "Users", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(RegisterUsersRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            users: users_slot.ok_or_else(|| A::Error::missing_field("Users"))?,
        })
    }
}

impl Validate for RegisterUsersRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.users;
            path.push(Segment::Field("Users"));
            validate::items(value, Some(1), Some(20), path, out);
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`RegisterUsers`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterUsersResponse {
    /// 注册失败的用户信息
    ///
    /// The users that could not be registered, each with its error code; empty when all were.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for RegisterUsersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "RegisterUsersResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for RegisterUsersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for RegisterUsersResponse {
    const NAME: &'static str = "RegisterUsersResponse";

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
        Ok(RegisterUsersResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}

/// 注册用户的信息。
///
/// One user to register.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterUserInfo {
    /// 注册用户的 UserId
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub user_id: i64,
    /// 长度不能超过100字节
    ///
    /// The user's nickname, at most 100 bytes.
    ///
    /// Example: `"NickName1"`. Limits: at most 100 UTF-8 bytes.
    pub nick_name: Option<String>,
    /// 长度不能超过500字节
    ///
    /// The user's portrait (avatar) URL, at most 500 bytes.
    ///
    /// Example: `"https://example.com/portrait.png"`. Limits: at most 500 UTF-8 bytes.
    pub portrait: Option<String>,
    /// 1. 字段个数不能超过20个；
    /// 2. key不能以"s:"开头（im的保留key），长度不能超过50字节
    /// 3. value长度不能超过500字节
    ///
    /// The user's extension fields: at most 20; a key may not start with `s:` (keys IM reserves) and is at most 50 bytes; a value is at most 500 bytes.
    ///
    /// Example: `{"key":"value"}`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 用于全员广播
    ///
    /// The user's tags, which select the users of a tag broadcast.
    ///
    /// Example: `["tag1"]`.
    pub tags: Option<Vec<String>>,
}

impl RegisterUserInfo {
    /// A value with the required `UserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: i64) -> Self {
        RegisterUserInfo {
            user_id,
            nick_name: None,
            portrait: None,
            ext: None,
            tags: None,
        }
    }

    /// Sets `NickName`.
    pub fn with_nick_name(mut self, nick_name: impl Into<String>) -> Self {
        self.nick_name = Some(nick_name.into());
        self
    }

    /// Sets `Portrait`.
    pub fn with_portrait(mut self, portrait: impl Into<String>) -> Self {
        self.portrait = Some(portrait.into());
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `Tags`.
    pub fn with_tags(mut self, tags: Vec<String>) -> Self {
        self.tags = Some(tags);
        self
    }
}

impl serde::Serialize for RegisterUserInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "RegisterUserInfo",
                1 + usize::from(self.nick_name.is_some())
                    + usize::from(self.portrait.is_some())
                    + usize::from(self.ext.is_some()) + usize::from(self.tags.is_some()),
            )?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "NickName", &self.nick_name)?;
        encode::optional(&mut object, "Portrait", &self.portrait)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "Tags", &self.tags)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for RegisterUserInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for RegisterUserInfo {
    const NAME: &'static str = "RegisterUserInfo";

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
        let mut nick_name_slot: Option<Option<String>> = None;
        let mut portrait_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut tags_slot: Option<Option<Vec<String>>> = None;
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
        Ok(RegisterUserInfo {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            nick_name: nick_name_slot.flatten(),
            portrait: portrait_slot.flatten(),
            ext: ext_slot.flatten(),
            tags: tags_slot.flatten(),
        })
    }
}

impl Validate for RegisterUserInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.nick_name {
            path.push(Segment::Field("NickName"));
            validate::length(
                value,
                None,
                Some(100),
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.portrait {
            path.push(Segment::Field("Portrait"));
            validate::length(
                value,
                None,
                Some(500),
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
    }
}
