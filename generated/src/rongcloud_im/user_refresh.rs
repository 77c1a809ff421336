// Code generated from spec/rongcloud-im/user_refresh.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserRefresh`: Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
//!
//! Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
//!
//! The user name (name) and avatar (portraitUri) data stored on the IM service server are only
//! used for push notifications. The name field is displayed as the default user name in mobile
//! client push notifications. User profile information modified via the /user/refresh.json
//! interface will not be automatically synchronized to the User Profile Hosting service.
//!
//! The name and portraitUri fields take effect immediately after refreshing user information. The
//! updated user name will be displayed in Push notifications. The user nickname and avatar data
//! displayed in the App need to be implemented by you.
//!
//! - HTTP: `POST /user/refresh.json`
//! - Request: [`UserRefreshRequest`]; response payload: [`UserRefreshResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Update User Information, <https://docs.rongcloud.io/platform-chat-api/user/modify>
//! - Also from: 修改用户信息 (the Chinese page of the same path, whose parameter table is complete), <https://docs.rongcloud.cn/platform-chat-api/user/modify>
//! - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, User.update), <https://pypi.org/project/rc-server-sdk/3.2.0/>
//!
//! # Rules the server enforces
//!
//! - The new `name` and `portraitUri` take effect at once: `UserInfo` then answers them as `userName` and `userPortrait`. A field left out keeps its value.
//!
//! # Notes on the source document
//!
//! - The EN page is cut in the `portraitUri` row; the ZH page of the same path is cut in its request example, after `userId`. Neither copy has a response table or example. — *Resolved:* The table is the ZH page's (the EN words kept where the EN page has them; `portraitUri`'s note translated from the ZH row). The answer is the envelope alone (`{"code": 200}`), as the Python SDK's `User.update` documents ("code 返回码,200 为正常"); the example's values are ours.
//! - The table has no explicit required marks in the EN copy; the ZH copy marks `userId` 是 and the others 否. The Python SDK checks `name` up to 128 characters, the page 64. — *Resolved:* `userId` is required; `name` (at most 64 characters, the page's limit) and `portraitUri` (at most 1024 bytes) are optional, and one left out is not changed ("If not provided, no refresh will be performed").
//! - The page does not say what happens for a user ID that never got a Token. — *Resolved:* Not specified here; left to the server.
//! - The example's values are not on the page (its body is cut after `userId`). — *Resolved:* `userId` jlk456j5, `name` Ironman and `portraitUri` <http://abc.com/myportrait.jpg>, as in the Token example (another page's request); the answer's `code` 200 is the SDK's.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `UserRefresh` as a type: it ties [`UserRefreshRequest`] and [`UserRefreshResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserRefresh>`) and servers (`route::<UserRefresh>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserRefresh;

impl OperationShape for UserRefresh {
    type Service = RongcloudIm;
    type Input = UserRefreshRequest;
    type Output = UserRefreshResponse;
    const OP: Operation = Operation {
        name: "UserRefresh",
        service: &SPEC,
        path: "/user/refresh.json",
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
        body: BodyFormat::Form(
            &[
                ("userId", form::Kind::String),
                ("name", form::Kind::String),
                ("portraitUri", form::Kind::String),
            ],
        ),
    };
}

/// The request body of `UserRefresh`.
///
/// The request of [`UserRefresh`](self): Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
///
/// - HTTP: `POST /user/refresh.json`
/// - Request: [`UserRefreshRequest`]; response payload: [`UserRefreshResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Update User Information, <https://docs.rongcloud.io/platform-chat-api/user/modify>
/// - Also from: 修改用户信息 (the Chinese page of the same path, whose parameter table is complete), <https://docs.rongcloud.cn/platform-chat-api/user/modify>
/// - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, User.update), <https://pypi.org/project/rc-server-sdk/3.2.0/>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserRefreshRequest {
    /// User ID, supports a combination of uppercase and lowercase letters and numbers, with a maximum length of 64 bytes. userId is the unique identifier of the user within the App and must be ensured to be unique within the same App. Duplicate user IDs will be treated as the same user.
    ///
    /// Example: `"jlk456j5"`. Limits: 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub user_id: String,
    /// User name, with a maximum length of 64 characters (regardless of symbols, English characters, or Chinese characters, the maximum is uniformly limited to 64 characters). Used to display the user's name in Push notifications. If not provided, no refresh will be performed.
    ///
    /// When absent: the name is not changed. Example: `"Ironman"`. Limits: at most 64 characters (else error `1005`). The document calls the type `String`.
    pub name: Option<String>,
    /// User avatar URI, with a maximum length of 1024 bytes. Note: since the IM server does not host user profiles, client SDKs cannot fetch this avatar.
    ///
    /// When absent: the avatar is not changed. Example: `"http://abc.com/myportrait.jpg"`. Limits: at most 1024 UTF-8 bytes (else error `1005`). Source: 修改用户信息 (the Chinese page of the same path, whose parameter table is complete), <https://docs.rongcloud.cn/platform-chat-api/user/modify>. The document calls the type `String`.
    pub portrait_uri: Option<String>,
}

impl UserRefreshRequest {
    /// A value with the required `userId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        UserRefreshRequest {
            user_id: user_id.into(),
            name: None,
            portrait_uri: None,
        }
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `portraitUri`.
    pub fn with_portrait_uri(mut self, portrait_uri: impl Into<String>) -> Self {
        self.portrait_uri = Some(portrait_uri.into());
        self
    }
}

impl serde::Serialize for UserRefreshRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UserRefreshRequest",
                1 + usize::from(self.name.is_some())
                    + usize::from(self.portrait_uri.is_some()),
            )?;
        object.serialize_field("userId", &self.user_id)?;
        encode::optional(&mut object, "name", &self.name)?;
        encode::optional(&mut object, "portraitUri", &self.portrait_uri)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserRefreshRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserRefreshRequest {
    const NAME: &'static str = "UserRefreshRequest";

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
        let mut name_slot: Option<Option<String>> = None;
        let mut portrait_uri_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut name_slot, "name", &mut map)?,
                2 => decode::once(&mut portrait_uri_slot, "portraitUri", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserRefreshRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            name: name_slot.flatten(),
            portrait_uri: portrait_uri_slot.flatten(),
        })
    }
}

impl Validate for UserRefreshRequest {
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
        if let Some(value) = &self.name {
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

/// The envelope's `code` alone.
///
/// The payload of a successful [`UserRefresh`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserRefreshResponse {}

impl serde::Serialize for UserRefreshResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("UserRefreshResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserRefreshResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserRefreshResponse {
    const NAME: &'static str = "UserRefreshResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(UserRefreshResponse {})
    }
}
