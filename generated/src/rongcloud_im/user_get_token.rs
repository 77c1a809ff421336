// Code generated from spec/rongcloud-im/user_get_token.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserGetToken`: Exchange the user ID (userId) defined at the app layer for an authentication Token used in the IM service.
//!
//! Exchange the user ID (userId) defined at the app layer for an authentication Token used in the
//! IM service. The same interface is used to re-obtain a Token for the same user ID.
//!
//! When establishing a connection with the IM service, the client must pass the user's
//! authentication token (Token) for the IM service. The Token serves as the unique identifier for
//! the user in the IM service. Obtaining a Token signifies that a user has completed registration
//! in the IM service.
//!
//! The same user ID can obtain a Token multiple times. If the Token is within its validity period,
//! it can be used to connect to the IM service. Once you refresh the App Secret in the Console,
//! all Tokens obtained under the App Key will become invalid.
//!
//! The name and portraitUri parameters provided during Token retrieval are exclusively for mobile
//! push notifications. For profile updates, use the Update User Info method. New values in
//! subsequent Token requests overwrite existing data.
//!
//! - HTTP: `POST /user/getToken.json`
//! - Request: [`UserGetTokenRequest`]; response payload: [`UserGetTokenResponse`]
//! - Rate limit: 200 requests per second
//! - Source: User Registration, <https://docs.rongcloud.io/platform-chat-api/user/register>
//! - Also from: User Registration (the same endpoint in the RTC Server API docs, whose parameter table is complete), <https://docs.rongcloud.io/server-rtc-api/user/register>
//! - Also from: 获取 Token (the legacy v4 page, updated 2021-03-08), <https://docs.rongcloud.cn/v4-platform/views/im/server/user/register.html?match=server>
//! - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, User.register), <https://pypi.org/project/rc-server-sdk/3.2.0/>
//!
//! # Rules the server enforces
//!
//! - A development app registers at most 100 users: getting a Token for a 101st user ID is refused. (error `2007`)
//! - Getting a Token registers the user: `UserInfo` then answers the `name` as `userName` and the `portraitUri` as `userPortrait`. Getting a Token again for the same `userId` answers a new Token, overwrites the name and avatar with the new values, and leaves the Tokens obtained earlier valid until they expire or `UserTokenExpire` invalidates them.
//!
//! # Errors
//!
//! | Code | CodeN | HTTP | Meaning |
//! | --- | --- | --- | --- |
//! | `2007` |  | 403 | 开发环境下注册用户上限为 100 个,达到上限时将返回错误码 2007。 |
//!
//! # Notes on the source document
//!
//! - The platform-chat-api page (EN and ZH) is cut before its parameter table, and has no request example, response table or response example in the copies read. — *Resolved:* The parameters are the RTC Server API page's table for the same endpoint (`from: rtc`). The response fields (`userId`, the one passed in, and `token`, at most 256 bytes) and the response example are the official Python SDK's (`User.register`'s docstring, `from: python-sdk`); the request example is RongCloud's getting-started request for this endpoint, with the same ids.
//! - `name` is at most 64 characters on the RTC page (and the update page) but at most 128 bytes on the legacy v4 page; the Python SDK checks 0..128 characters and sends an empty name by default, although the pages mark `name` required. — *Resolved:* `name` is required and at most 64 characters, as the current pages say; 64 characters fit in 128 bytes only for ASCII, so the current limit is kept and the older one noted here.
//! - The legacy page allows `+ = - _` in `userId`; the current page says alphanumeric only. Neither gives a code for a bad character. — *Resolved:* The character set is left to the server (not checked by clients); only the 64-byte limit is a constraint, with the table's "parameter too long" code 1005.
//! - The legacy v4 page says 调用频率: 无限制 (no limit); the current pages say 200 requests per second. — *Resolved:* The current limit, 200 per second.
//! - The page does not say whether getting a Token again is safe to repeat. — *Resolved:* It is `idempotent`: each call answers a valid Token for the same user and sets the same name and avatar.
//! - The pages give `portraitUri`'s limit (1024 bytes) and every length only in the descriptions, not on the rows as constraints; there is no example value. — *Resolved:* The descriptions' limits are constraints; the example's values (`jlk456j5`, Ironman, <http://abc.com/myportrait.jpg>) are those of RongCloud's getting-started request, and the answer's `code` 200 the SDK's.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `UserGetToken` as a type: it ties [`UserGetTokenRequest`] and [`UserGetTokenResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserGetToken>`) and servers (`route::<UserGetToken>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserGetToken;

impl OperationShape for UserGetToken {
    type Service = RongcloudIm;
    type Input = UserGetTokenRequest;
    type Output = UserGetTokenResponse;
    const OP: Operation = Operation {
        name: "UserGetToken",
        service: &SPEC,
        path: "/user/getToken.json",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Form(
            &[
                ("userId", form::Kind::String),
                ("name", form::Kind::String),
                ("portraitUri", form::Kind::String),
            ],
        ),
    };
}

/// The request body of `UserGetToken`.
///
/// The request of [`UserGetToken`](self): Exchange the user ID (userId) defined at the app layer for an authentication Token used in the IM service.
///
/// - HTTP: `POST /user/getToken.json`
/// - Request: [`UserGetTokenRequest`]; response payload: [`UserGetTokenResponse`]
/// - Rate limit: 200 requests per second
/// - Source: User Registration, <https://docs.rongcloud.io/platform-chat-api/user/register>
/// - Also from: User Registration (the same endpoint in the RTC Server API docs, whose parameter table is complete), <https://docs.rongcloud.io/server-rtc-api/user/register>
/// - Also from: 获取 Token (the legacy v4 page, updated 2021-03-08), <https://docs.rongcloud.cn/v4-platform/views/im/server/user/register.html?match=server>
/// - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, User.register), <https://pypi.org/project/rc-server-sdk/3.2.0/>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserGetTokenRequest {
    /// App-defined user ID for Token exchange. Supports alphanumeric characters (case-sensitive), max 64 bytes.
    ///
    /// Example: `"jlk456j5"`. Limits: 1 to 64 UTF-8 bytes (else error `1005`). Source: User Registration (the same endpoint in the RTC Server API docs, whose parameter table is complete), <https://docs.rongcloud.io/server-rtc-api/user/register>. The document calls the type `String`.
    pub user_id: String,
    /// Display name for push notifications (max 64 chars). Note: This field is solely for RC's push service. RC does not host user profiles, so client SDKs cannot retrieve this data.
    ///
    /// Example: `"Ironman"`. Limits: at most 64 characters (else error `1005`). Source: User Registration (the same endpoint in the RTC Server API docs, whose parameter table is complete), <https://docs.rongcloud.io/server-rtc-api/user/register>. The document calls the type `String`.
    pub name: String,
    /// User avatar URI (max 1024 bytes). Note: RC does not host user profiles, so client SDKs cannot retrieve this data.
    ///
    /// Example: `"http://abc.com/myportrait.jpg"`. Limits: at most 1024 UTF-8 bytes (else error `1005`). Source: User Registration (the same endpoint in the RTC Server API docs, whose parameter table is complete), <https://docs.rongcloud.io/server-rtc-api/user/register>. The document calls the type `String`.
    pub portrait_uri: Option<String>,
}

impl UserGetTokenRequest {
    /// A value with the required `userId`, `name`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>, name: impl Into<String>) -> Self {
        UserGetTokenRequest {
            user_id: user_id.into(),
            name: name.into(),
            portrait_uri: None,
        }
    }

    /// Sets `portraitUri`.
    pub fn with_portrait_uri(mut self, portrait_uri: impl Into<String>) -> Self {
        self.portrait_uri = Some(portrait_uri.into());
        self
    }
}

impl serde::Serialize for UserGetTokenRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UserGetTokenRequest",
                2 + usize::from(self.portrait_uri.is_some()),
            )?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("name", &self.name)?;
        encode::optional(&mut object, "portraitUri", &self.portrait_uri)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserGetTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserGetTokenRequest {
    const NAME: &'static str = "UserGetTokenRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "name" => 1,
            "portraitUri" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut name_slot: Option<String> = None;
        let mut portrait_uri_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut name_slot, "name", &mut map)?,
                2 => decode::once(&mut portrait_uri_slot, "portraitUri", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserGetTokenRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            name: name_slot.ok_or_else(|| A::Error::missing_field("name"))?,
            portrait_uri: portrait_uri_slot.flatten(),
        })
    }
}

impl Validate for UserGetTokenRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_id;
            path.push(Segment::Field("userId"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        Some(1),
                        Some(64),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        {
            let value = &self.name;
            path.push(Segment::Field("name"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        None,
                        Some(64),
                        validate::LengthUnit::Chars,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        if let Some(value) = &self.portrait_uri {
            path.push(Segment::Field("portraitUri"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        None,
                        Some(1024),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
    }
}

/// The fields beside the envelope's `code`.
///
/// The payload of a successful [`UserGetToken`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserGetTokenResponse {
    /// User ID, the same as the user ID passed in.
    ///
    /// Example: `"jlk456j5"`. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, User.register), <https://pypi.org/project/rc-server-sdk/3.2.0/>. The document calls the type `String`.
    pub user_id: String,
    /// The user's Token; at most 256 bytes, it may be cached in the app.
    ///
    /// Example: `"sfd9823ihufi"`. Source: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, User.register), <https://pypi.org/project/rc-server-sdk/3.2.0/>. The document calls the type `String`.
    pub token: String,
}

impl serde::Serialize for UserGetTokenResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserGetTokenResponse", 2)?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("token", &self.token)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserGetTokenResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserGetTokenResponse {
    const NAME: &'static str = "UserGetTokenResponse";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "token" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut token_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut token_slot, "token", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserGetTokenResponse {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            token: token_slot.ok_or_else(|| A::Error::missing_field("token"))?,
        })
    }
}
