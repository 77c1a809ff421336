// Code generated from spec/rongcloud-im/user_unblock.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserUnblock`: Unban users of the App.
//!
//! Unban users of the App. Multiple users can be unbanned at once.
//!
//! After unbanning, users can re-establish IM connections and use IM services to send and receive
//! messages normally. Upon going online, they will receive offline messages from the period they
//! were banned. Please note that offline messages are stored for a maximum of 7 days. If the
//! client does not go online within 7 days, the server will discard expired messages.
//!
//! - HTTP: `POST /user/unblock.json`
//! - Request: [`UserUnblockRequest`]; response payload: [`UserUnblockResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Unban Users, <https://docs.rongcloud.io/platform-chat-api/user/unblock>
//!
//! # Rules the server enforces
//!
//! - Each listed user's ban (`UserBlock`) ends at once: `UserBlockQuery` no longer lists it, and it may connect again. A listed user that is not banned is left as it is.
//!
//! # Notes on the source document
//!
//! - `userId` is typed String but supports "unbanning multiple users at once, with a maximum of 20 users", and the example repeats it. — *Resolved:* `list<string>` of 1 to 20 ids (a repeated form parameter), each at most 64 bytes.
//! - The page does not say what unbanning a user that is not banned does. — *Resolved:* It succeeds and changes nothing (our reading, stated as a rule).
//! - The table types `userId` as `String`; its limits (1 to 20 ids, 64 bytes each) are in the description, not on the row as constraints. — *Resolved:* `userId` is a `list<string>` with those limits, not a `string`.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `UserUnblock` as a type: it ties [`UserUnblockRequest`] and [`UserUnblockResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserUnblock>`) and servers (`route::<UserUnblock>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserUnblock;

impl OperationShape for UserUnblock {
    type Service = RongcloudIm;
    type Input = UserUnblockRequest;
    type Output = UserUnblockResponse;
    const OP: Operation = Operation {
        name: "UserUnblock",
        service: &SPEC,
        path: "/user/unblock.json",
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
        body: BodyFormat::Form(&[("userId", form::Kind::List(&form::Kind::String))]),
    };
}

/// The request body of `UserUnblock`.
///
/// The request of [`UserUnblock`](self): Unban users of the App.
///
/// - HTTP: `POST /user/unblock.json`
/// - Request: [`UserUnblockRequest`]; response payload: [`UserUnblockResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Unban Users, <https://docs.rongcloud.io/platform-chat-api/user/unblock>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserUnblockRequest {
    /// User ID. Supports unbanning multiple users at once, with a maximum of 20 users.
    ///
    /// Example: `["jlk456j5","jlk45211"]`. Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub user_id: Vec<String>,
}

impl UserUnblockRequest {
    /// A value with the required `userId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: Vec<String>) -> Self {
        UserUnblockRequest { user_id }
    }
}

impl serde::Serialize for UserUnblockRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserUnblockRequest", 1)?;
        object.serialize_field("userId", &self.user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserUnblockRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserUnblockRequest {
    const NAME: &'static str = "UserUnblockRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<Vec<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserUnblockRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
        })
    }
}

impl Validate for UserUnblockRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_id;
            path.push(Segment::Field("userId"));
            validate::items(value, Some(1), Some(20), path, out);
            for (i, item) in value.iter().enumerate() {
                path.push(Segment::Index(i));
                out.coded(
                    errors::E1005,
                    |out| {
                        validate::length(
                            item,
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
            path.pop();
        }
    }
}

/// The envelope's `code` alone.
///
/// The payload of a successful [`UserUnblock`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserUnblockResponse {}

impl serde::Serialize for UserUnblockResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("UserUnblockResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserUnblockResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserUnblockResponse {
    const NAME: &'static str = "UserUnblockResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(UserUnblockResponse {})
    }
}
