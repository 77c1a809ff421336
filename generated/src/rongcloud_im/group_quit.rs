// Code generated from spec/rongcloud-im/group_quit.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupQuit`: Remove a user from a group so that they no longer receive messages from that group.
//!
//! Remove a user from a group so that they no longer receive messages from that group.
//!
//! Basic Process: the user initiates the leave group operation in the app, and this operation request is sent to the app server. The app server calls the IM service's server API to remove the user from the group. After removal, the user will no longer receive messages from that group.
//!
//! The IM service does not maintain basic group information (avatar, name, group member profiles, etc.). This must be managed by the developer's app server. Calling the leave group API does not automatically send a notification message to the SDK. If you wish to notify the user about leaving the group, you can send a system message for notification.
//!
//! - HTTP: `POST /group/quit.json`
//! - Request: [`GroupQuitRequest`]; response payload: [`GroupQuitResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Leave a Group, <https://docs.rongcloud.io/platform-chat-api/group/quit-group>
//!
//! # Rules the server enforces
//!
//! - The users given stop being members of the group and receive none of its messages: GroupUserQuery no longer lists them, nor UserGroupQuery the group for them. No notification is sent to the clients.
//! - A mute set by GroupUserGagAdd is not cleared by leaving: GroupUserGagList still lists the user, and the mute holds again if they rejoin while it lasts.
//!
//! # Notes on the source document
//!
//! - `userId` is typed String, but "multiple user IDs can be submitted, with a maximum of 1000", and the example sends it twice. — *Resolved:* A `list<string>` of 1 to 1000 items, sent as a repeated form parameter.
//! - The page does not say what removing a user who is not a member answers. — *Resolved:* Marked idempotent (a repeat leaves the same members, and the answer is `code` alone); no operation-level error is listed.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupQuit` as a type: it ties [`GroupQuitRequest`] and [`GroupQuitResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupQuit>`) and servers (`route::<GroupQuit>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupQuit;

impl OperationShape for GroupQuit {
    type Service = RongcloudIm;
    type Input = GroupQuitRequest;
    type Output = GroupQuitResponse;
    const OP: Operation = Operation {
        name: "GroupQuit",
        service: &SPEC,
        path: "/group/quit.json",
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
                ("groupId", form::Kind::String),
            ],
        ),
    };
}

/// The request body of `GroupQuit`.
///
/// The request of [`GroupQuit`](self): Remove a user from a group so that they no longer receive messages from that group.
///
/// - HTTP: `POST /group/quit.json`
/// - Request: [`GroupQuitRequest`]; response payload: [`GroupQuitResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Leave a Group, <https://docs.rongcloud.io/platform-chat-api/group/quit-group>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupQuitRequest {
    /// The user ID(s) to be removed from the group. Multiple user IDs can be submitted, with a maximum of 1000.
    ///
    /// Example: `["1","2"]`. Limits: 1 to 1000 items. The document calls the type `String`.
    pub user_id: Vec<String>,
    /// The group ID from which the user(s) will be removed.
    ///
    /// Example: `"123"`.
    pub group_id: String,
}

impl GroupQuitRequest {
    /// A value with the required `userId`, `groupId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: Vec<String>, group_id: impl Into<String>) -> Self {
        GroupQuitRequest {
            user_id,
            group_id: group_id.into(),
        }
    }
}

impl serde::Serialize for GroupQuitRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupQuitRequest", 2)?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("groupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupQuitRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupQuitRequest {
    const NAME: &'static str = "GroupQuitRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "groupId" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<Vec<String>> = None;
        let mut group_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupQuitRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("groupId"))?,
        })
    }
}

impl Validate for GroupQuitRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_id;
            path.push(Segment::Field("userId"));
            validate::items(value, Some(1), Some(1000), path, out);
            path.pop();
        }
    }
}

/// Only the envelope's `code`.
///
/// The payload of a successful [`GroupQuit`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupQuitResponse {}

impl serde::Serialize for GroupQuitResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupQuitResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupQuitResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupQuitResponse {
    const NAME: &'static str = "GroupQuitResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupQuitResponse {})
    }
}
