// Code generated from spec/rongcloud-im/user_token_expire.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserTokenExpire`: Invalidate all tokens obtained by a specified user before a certain point in time.
//!
//! Invalidate all tokens obtained by a specified user before a certain point in time.
//!
//! When a user ID obtains multiple tokens (e.g., by reissuing a token), all previously obtained
//! tokens remain valid within their expiration period. You can invalidate all tokens for a
//! specific user based on business needs. Invalidating a token does not affect existing
//! connections established with that token.
//!
//! - Once a client user reconnects (including automatic reconnection in case of weak network), a
//!   token invalidation error will be returned. At this point, a new token should be obtained.
//! - After token invalidation, if an app user attempts to establish an IM connection using an
//!   invalidated token, a token invalidation error will be returned. At this point, a new token
//!   should be obtained.
//!
//!
//! Tokens are permanently valid by default. The expiration period can be modified in the Console.
//!
//! - HTTP: `POST /user/token/expire.json`
//! - Request: [`UserTokenExpireRequest`]; response payload: [`UserTokenExpireResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Invalidate Token, <https://docs.rongcloud.io/platform-chat-api/user/expire>
//! - Also from: 作废 Token (the Chinese page of the same path, complete), <https://docs.rongcloud.cn/platform-chat-api/user/expire>
//!
//! # Rules the server enforces
//!
//! - Every Token each listed user obtained (`UserGetToken`) before `time` no longer connects; Tokens obtained at or after `time` still do. Connections already made with an invalidated Token stay until they close. Calling again with a later `time` moves the point on.
//!
//! # Notes on the source document
//!
//! - The EN page is cut in its request body (`userId=test1&u`); the ZH page of the same path is complete (`userId=test1&userId=test2&time=1615362955344`, response table and `{"code":200}`). — *Resolved:* The example is the ZH page's; the cut EN body (read by the importer as a field `u`) is dropped.
//! - `userId` is typed String but "supports multiple users, up to a maximum of 20", and the example repeats it. — *Resolved:* `list<string>` of 1 to 20 ids (a repeated form parameter), each at most 64 bytes like every user ID.
//! - The response table types `code` Int here, Number on the other user pages. — *Resolved:* The envelope's `code` (i64) applies; nothing else is answered.
//! - The EN table types `userId` as `String`; its limits (1 to 20 ids, 64 bytes each) are not on the rows as constraints, and `time` has no example value there. — *Resolved:* `userId` is a list with those limits, not a `string` (the EN example's `test1` is one of its items); `time`'s example 1615362955344 is the ZH page's (another page of the same path). The importer read the cut body `userId=test1&u` as a field `u` of type `string` from the example; it is no field.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `UserTokenExpire` as a type: it ties [`UserTokenExpireRequest`] and [`UserTokenExpireResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserTokenExpire>`) and servers (`route::<UserTokenExpire>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserTokenExpire;

impl OperationShape for UserTokenExpire {
    type Service = RongcloudIm;
    type Input = UserTokenExpireRequest;
    type Output = UserTokenExpireResponse;
    const OP: Operation = Operation {
        name: "UserTokenExpire",
        service: &SPEC,
        path: "/user/token/expire.json",
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
                ("userId", form::Kind::List(&form::Kind::String)),
                ("time", form::Kind::Integer),
            ],
        ),
    };
}

/// The request body of `UserTokenExpire`.
///
/// The request of [`UserTokenExpire`](self): Invalidate all tokens obtained by a specified user before a certain point in time.
///
/// - HTTP: `POST /user/token/expire.json`
/// - Request: [`UserTokenExpireRequest`]; response payload: [`UserTokenExpireResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Invalidate Token, <https://docs.rongcloud.io/platform-chat-api/user/expire>
/// - Also from: 作废 Token (the Chinese page of the same path, complete), <https://docs.rongcloud.cn/platform-chat-api/user/expire>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTokenExpireRequest {
    /// The user ID for which the token should be invalidated. Supports multiple users, up to a maximum of 20.
    ///
    /// Example: `["test1","test2"]`. Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub user_id: Vec<String>,
    /// The expiration timestamp in milliseconds. All tokens obtained by the user before this timestamp will be invalidated. Users already connected with tokens obtained before this timestamp will not be immediately disconnected but will be unable to reconnect after disconnection.
    ///
    /// Unit: milliseconds. Example: `1615362955344`. The document calls the type `Long`.
    pub time: i64,
}

impl UserTokenExpireRequest {
    /// A value with the required `userId`, `time`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: Vec<String>, time: i64) -> Self {
        UserTokenExpireRequest {
            user_id,
            time,
        }
    }
}

impl serde::Serialize for UserTokenExpireRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserTokenExpireRequest", 2)?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("time", &self.time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserTokenExpireRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserTokenExpireRequest {
    const NAME: &'static str = "UserTokenExpireRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "time" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<Vec<String>> = None;
        let mut time_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut time_slot, "time", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserTokenExpireRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            time: time_slot.ok_or_else(|| A::Error::missing_field("time"))?,
        })
    }
}

impl Validate for UserTokenExpireRequest {
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
/// The payload of a successful [`UserTokenExpire`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTokenExpireResponse {}

impl serde::Serialize for UserTokenExpireResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("UserTokenExpireResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserTokenExpireResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserTokenExpireResponse {
    const NAME: &'static str = "UserTokenExpireResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(UserTokenExpireResponse {})
    }
}
