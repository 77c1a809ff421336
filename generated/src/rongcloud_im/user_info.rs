// Code generated from spec/rongcloud-im/user_info.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserInfo`: Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
//!
//! Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
//!
//! - HTTP: `POST /user/info.json`
//! - Request: [`UserInfoRequest`]; response payload: [`UserInfoResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Get User Info, <https://docs.rongcloud.io/platform-chat-api/user/get>
//!
//! # Notes on the source document
//!
//! - The response table has no required column. — *Resolved:* `userName`, `userPortrait` and `createTime` are required: the example answers all three (an empty `userPortrait` for a user without an avatar).

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `UserInfo` as a type: it ties [`UserInfoRequest`] and [`UserInfoResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserInfo>`) and servers (`route::<UserInfo>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserInfo;

impl OperationShape for UserInfo {
    type Service = RongcloudIm;
    type Input = UserInfoRequest;
    type Output = UserInfoResponse;
    const OP: Operation = Operation {
        name: "UserInfo",
        service: &SPEC,
        path: "/user/info.json",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Form(&[("userId", form::Kind::String)]),
    };
}

/// The request body of `UserInfo`.
///
/// The request of [`UserInfo`](self): Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
///
/// - HTTP: `POST /user/info.json`
/// - Request: [`UserInfoRequest`]; response payload: [`UserInfoResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Get User Info, <https://docs.rongcloud.io/platform-chat-api/user/get>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserInfoRequest {
    /// User ID
    ///
    /// Example: `"123"`.
    pub user_id: String,
}

impl UserInfoRequest {
    /// A value with the required `userId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        UserInfoRequest {
            user_id: user_id.into(),
        }
    }
}

impl serde::Serialize for UserInfoRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserInfoRequest", 1)?;
        object.serialize_field("userId", &self.user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserInfoRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserInfoRequest {
    const NAME: &'static str = "UserInfoRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserInfoRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
        })
    }
}

impl Validate for UserInfoRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The fields beside the envelope's `code`.
///
/// The payload of a successful [`UserInfo`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserInfoResponse {
    /// User name.
    ///
    /// Example: `"123"`.
    pub user_name: String,
    /// User avatar URL.
    ///
    /// Example: `""`.
    pub user_portrait: String,
    /// User creation time.
    ///
    /// Example: `"2016-05-24 10:38:19"`.
    pub create_time: String,
}

impl serde::Serialize for UserInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserInfoResponse", 3)?;
        object.serialize_field("userName", &self.user_name)?;
        object.serialize_field("userPortrait", &self.user_portrait)?;
        object.serialize_field("createTime", &self.create_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserInfoResponse {
    const NAME: &'static str = "UserInfoResponse";

    fn field(key: &str) -> usize {
        match key {
            "userName" => 0,
            "userPortrait" => 1,
            "createTime" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_name_slot: Option<String> = None;
        let mut user_portrait_slot: Option<String> = None;
        let mut create_time_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_name_slot, "userName", &mut map)?,
                1 => decode::once(&mut user_portrait_slot, "userPortrait", &mut map)?,
                2 => decode::once(&mut create_time_slot, "createTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserInfoResponse {
            user_name: user_name_slot
                .ok_or_else(|| A::Error::missing_field("userName"))?,
            user_portrait: user_portrait_slot
                .ok_or_else(|| A::Error::missing_field("userPortrait"))?,
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("createTime"))?,
        })
    }
}
