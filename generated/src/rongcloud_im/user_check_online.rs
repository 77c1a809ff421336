// Code generated from spec/rongcloud-im/user_check_online.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserCheckOnline`: Actively query the online status of a specific user.
//!
//! Actively query the online status of a specific user.
//!
//! Through the Server API interface, you can actively query the online status of a specific user.
//! The API call is rate-limited and should not be invoked frequently. This can be used to display
//! user status on a management platform or to check if the client of a specified user has
//! successfully connected to the IM service.
//!
//! If you need the IM service to send real-time notifications about user status changes, you can
//! enable the Subscription User Status service.
//!
//! - HTTP: `POST /user/checkOnline.json`
//! - Request: [`UserCheckOnlineRequest`]; response payload: [`UserCheckOnlineResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Query User Online Status, <https://docs.rongcloud.io/platform-chat-api/user/check-online-status-by-user>
//!
//! # Rules the server enforces
//!
//! - A user is online while one of its clients holds an IM connection; a user banned by `UserBlock` is disconnected and so answered offline.
//!
//! # Notes on the source document
//!
//! - `status` is a String holding `1` or `0`, not a number; the table has no required column. — *Resolved:* `status` is the string enum `UserOnlineStatus` ("1" online, "0" offline), required as the example has it.
//! - The page does not say what is answered for a user ID that never got a Token. — *Resolved:* Not specified; such a user has no connection, so offline is the natural answer.
//! - The page gives no length limit for `userId`. — *Resolved:* At most 64 bytes, the limit another page (registration, update) gives every user ID.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `UserCheckOnline` as a type: it ties [`UserCheckOnlineRequest`] and [`UserCheckOnlineResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserCheckOnline>`) and servers (`route::<UserCheckOnline>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserCheckOnline;

impl OperationShape for UserCheckOnline {
    type Service = RongcloudIm;
    type Input = UserCheckOnlineRequest;
    type Output = UserCheckOnlineResponse;
    const OP: Operation = Operation {
        name: "UserCheckOnline",
        service: &SPEC,
        path: "/user/checkOnline.json",
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

/// The request body of `UserCheckOnline`.
///
/// The request of [`UserCheckOnline`](self): Actively query the online status of a specific user.
///
/// - HTTP: `POST /user/checkOnline.json`
/// - Request: [`UserCheckOnlineRequest`]; response payload: [`UserCheckOnlineResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Query User Online Status, <https://docs.rongcloud.io/platform-chat-api/user/check-online-status-by-user>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserCheckOnlineRequest {
    /// User ID.
    ///
    /// Example: `"jlk456j5"`. Limits: 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub user_id: String,
}

impl UserCheckOnlineRequest {
    /// A value with the required `userId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        UserCheckOnlineRequest {
            user_id: user_id.into(),
        }
    }
}

impl serde::Serialize for UserCheckOnlineRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserCheckOnlineRequest", 1)?;
        object.serialize_field("userId", &self.user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserCheckOnlineRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserCheckOnlineRequest {
    const NAME: &'static str = "UserCheckOnlineRequest";

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
        Ok(UserCheckOnlineRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
        })
    }
}

impl Validate for UserCheckOnlineRequest {
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
    }
}

/// The fields beside the envelope's `code`.
///
/// The payload of a successful [`UserCheckOnline`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq)]
pub struct UserCheckOnlineResponse {
    /// User status. 1 - User is currently online. 0 - User is currently offline.
    ///
    /// Example: `"1"`. The document calls the type `String`.
    pub status: UserOnlineStatus,
}

impl serde::Serialize for UserCheckOnlineResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserCheckOnlineResponse", 1)?;
        object.serialize_field("status", &self.status)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserCheckOnlineResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserCheckOnlineResponse {
    const NAME: &'static str = "UserCheckOnlineResponse";

    fn field(key: &str) -> usize {
        match key {
            "status" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut status_slot: Option<UserOnlineStatus> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut status_slot, "status", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserCheckOnlineResponse {
            status: status_slot.ok_or_else(|| A::Error::missing_field("status"))?,
        })
    }
}

/// Whether a user is connected to the IM service, as `UserCheckOnline` answers it.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserOnlineStatus {
    /// `"1"`: User is currently online.
    Online,
    /// `"0"`: User is currently offline.
    Offline,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl UserOnlineStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "1",
            Self::Offline => "0",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UserOnlineStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "1" => Self::Online,
            "0" => Self::Offline,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for UserOnlineStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UserOnlineStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
