// Code generated from spec/rongcloud-im/user_block.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UserBlock`: Ban specified single or multiple users.
//!
//! Banning an App user is typically used in cases of user violations.
//!
//! - When banning, a time range must be set, with minutes as the smallest unit. The maximum ban
//!   duration is 30 days (43,200 minutes).
//! - Permanent bans are not supported.
//! - After the ban period expires, the ban is automatically lifted. You can also actively call
//!   the unban method to lift the ban.
//!
//!
//! Ban specified single or multiple users. The ban takes effect immediately, with the following
//! impacts:
//!
//! - If the banned user is currently connected to the IM service, the IM connection will be
//!   immediately disconnected.
//! - The banned user cannot establish an IM connection with the IM service and cannot actively
//!   use the IM service.
//! - During the ban period, other users can send messages to the banned user, but the banned
//!   user cannot receive messages or push notifications. After the ban is lifted, the user can
//!   normally connect and use the IM service. Upon reconnecting, the user can receive offline
//!   messages from the banned period. Please note that offline messages are stored for a
//!   maximum of 7 days.
//!
//! - HTTP: `POST /user/block.json`
//! - Request: [`UserBlockRequest`]; response payload: [`UserBlockResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Banned User, <https://docs.rongcloud.io/platform-chat-api/user/block>
//! - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, Block.add), <https://pypi.org/project/rc-server-sdk/3.2.0/>
//!
//! # Rules the server enforces
//!
//! - Each listed user is banned for `minute` minutes from the call: `UserBlockQuery` lists it, with the ban's end as `blockEndTime`, until the ban ends or `UserUnblock` lifts it. Banning a banned user again sets the end anew from this call.
//! - A banned user is disconnected and cannot connect; messages sent to it during the ban are delivered when it reconnects after the ban (offline messages are kept at most 7 days).
//!
//! # Notes on the source document
//!
//! - The page is cut in its request body (after `userId=BWSZ`), before the response table and example; the Chinese page of this path was not found. — *Resolved:* The answer is the envelope alone, `{"code":200}`, the example the Python SDK's `Block.add` docstring gives; the example's `minute` is ours.
//! - `userId` is typed String but "supports banning multiple users at once, with a maximum of 20"; the SDK sends it as a repeated parameter. — *Resolved:* `list<string>` of 1 to 20 ids, each at most 64 bytes.
//! - `minute` is typed Number; the page gives a maximum (43,200) and says a time range must be set (minutes the smallest unit, no permanent ban), but no minimum. The Python SDK checks 0..43200. — *Resolved:* `i32` from 1 to 43,200: a ban of 0 minutes would be no time range; out of range is the service's parameter error (1002), as the page gives no code.
//! - The page does not say what banning an already banned user does. — *Resolved:* The new duration counts from the call (our reading, stated as a rule).
//! - The table types `minute` as `Number` and `userId` as `String`. — *Resolved:* `minute` is `i32` (whole minutes), `userId` a `list<string>` rather than a `string`; the example's `userId` `BWSZ` is the page's, sent as a one-item list.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `UserBlock` as a type: it ties [`UserBlockRequest`] and [`UserBlockResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UserBlock>`) and servers (`route::<UserBlock>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UserBlock;

impl OperationShape for UserBlock {
    type Service = RongcloudIm;
    type Input = UserBlockRequest;
    type Output = UserBlockResponse;
    const OP: Operation = Operation {
        name: "UserBlock",
        service: &SPEC,
        path: "/user/block.json",
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
                ("minute", form::Kind::Integer),
            ],
        ),
    };
}

/// The request body of `UserBlock`.
///
/// The request of [`UserBlock`](self): Ban specified single or multiple users.
///
/// - HTTP: `POST /user/block.json`
/// - Request: [`UserBlockRequest`]; response payload: [`UserBlockResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Banned User, <https://docs.rongcloud.io/platform-chat-api/user/block>
/// - Also from: The official Python server SDK, rc-server-sdk 3.2.0 (rongcloud/user.py, Block.add), <https://pypi.org/project/rc-server-sdk/3.2.0/>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserBlockRequest {
    /// User ID. Supports banning multiple users at once, with a maximum of 20.
    ///
    /// Example: `["BWSZ"]`. Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`). The document calls the type `String`.
    pub user_id: Vec<String>,
    /// Ban duration in minutes. The maximum value is 43,200 minutes.
    ///
    /// Example: `10`. Limits: between 1 and 43200. The document calls the type `Number`.
    pub minute: i32,
}

impl UserBlockRequest {
    /// A value with the required `userId`, `minute`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: Vec<String>, minute: i32) -> Self {
        UserBlockRequest {
            user_id,
            minute,
        }
    }
}

impl serde::Serialize for UserBlockRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserBlockRequest", 2)?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("minute", &self.minute)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserBlockRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserBlockRequest {
    const NAME: &'static str = "UserBlockRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "minute" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<Vec<String>> = None;
        let mut minute_slot: Option<i32> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut minute_slot, "minute", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserBlockRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            minute: minute_slot.ok_or_else(|| A::Error::missing_field("minute"))?,
        })
    }
}

impl Validate for UserBlockRequest {
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
        {
            let value = &self.minute;
            path.push(Segment::Field("minute"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(43200)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// The envelope's `code` alone.
///
/// The payload of a successful [`UserBlock`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserBlockResponse {}

impl serde::Serialize for UserBlockResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("UserBlockResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserBlockResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserBlockResponse {
    const NAME: &'static str = "UserBlockResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(UserBlockResponse {})
    }
}
