// Code generated from spec/rongcloud-im/group_dismiss.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupDismiss`: Dismissing a group means that all users will no longer receive messages from that group.
//!
//! Dismissing a group means that all users will no longer receive messages from that group.
//!
//! Impact on local historical message records: after the group is dismissed, clients can still view the group's historical messages that have been saved locally.
//!
//! Impact on remote historical message records (only applicable if the Cloud Storage for One-to-One and Group Messages service is enabled): dismissing a group does not delete the group's historical messages on the server. If you need to clear them, you can use the IM service's API to delete messages. Once the group relationship is dismissed, the App client no longer has the right to pull the group's historical messages from the cloud storage service. If the historical messages in the Cloud Storage for One-to-One and Group Messages service are not cleared, as long as a group with the same ID is created, the client can still pull the previous historical messages.
//!
//! Basic Process: the user performs the group dismissal operation in the App and initiates a group dismissal request to the App server. The App backend calls the IM service's API to dismiss the group.
//!
//! - HTTP: `POST /group/dismiss.json`
//! - Request: [`GroupDismissRequest`]; response payload: [`GroupDismissResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Dismiss a Group, <https://docs.rongcloud.io/platform-chat-api/group/dismiss-group>
//! - Also from: 解散群组 (the Chinese page of the same path; its request and response examples), <https://docs.rongcloud.cn/platform-chat-api/group/dismiss-group>
//!
//! # Rules the server enforces
//!
//! - Every member leaves the group: GroupUserQuery lists no member of it and UserGroupQuery no longer lists it for anyone. The operator `userId` need not be a member or the creator.
//! - The group's messages kept in cloud storage are not deleted: a group created again with the same ID can pull them.
//!
//! # Notes on the source document
//!
//! - The stored copy of the English page is cut inside its request example; the Chinese page of the same path gives the example, the response table (`code` only) and the response example, then is cut in its FAQ. — *Resolved:* The examples and the response are the Chinese page's. The FAQ's remaining text (from the sibling GroupQuit page: no notification is sent to the SDK) is not relied on.
//! - The page does not say what dismissing a group that does not exist answers. — *Resolved:* Marked idempotent (a repeat leaves no members, and the answer is `code` alone); no operation-level error is listed.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupDismiss` as a type: it ties [`GroupDismissRequest`] and [`GroupDismissResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupDismiss>`) and servers (`route::<GroupDismiss>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupDismiss;

impl OperationShape for GroupDismiss {
    type Service = RongcloudIm;
    type Input = GroupDismissRequest;
    type Output = GroupDismissResponse;
    const OP: Operation = Operation {
        name: "GroupDismiss",
        service: &SPEC,
        path: "/group/dismiss.json",
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
            &[("userId", form::Kind::String), ("groupId", form::Kind::String)],
        ),
    };
}

/// The request body of `GroupDismiss`.
///
/// The request of [`GroupDismiss`](self): Dismissing a group means that all users will no longer receive messages from that group.
///
/// - HTTP: `POST /group/dismiss.json`
/// - Request: [`GroupDismissRequest`]; response payload: [`GroupDismissResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Dismiss a Group, <https://docs.rongcloud.io/platform-chat-api/group/dismiss-group>
/// - Also from: 解散群组 (the Chinese page of the same path; its request and response examples), <https://docs.rongcloud.cn/platform-chat-api/group/dismiss-group>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupDismissRequest {
    /// The user ID of the operator dismissing the group. It can be any user ID; the group creator is not required to dismiss the group.
    ///
    /// Example: `"1"`.
    pub user_id: String,
    /// The group ID of the group to be dismissed.
    ///
    /// Example: `"123"`.
    pub group_id: String,
}

impl GroupDismissRequest {
    /// A value with the required `userId`, `groupId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>, group_id: impl Into<String>) -> Self {
        GroupDismissRequest {
            user_id: user_id.into(),
            group_id: group_id.into(),
        }
    }
}

impl serde::Serialize for GroupDismissRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupDismissRequest", 2)?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("groupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupDismissRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupDismissRequest {
    const NAME: &'static str = "GroupDismissRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "groupId" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut group_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupDismissRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("groupId"))?,
        })
    }
}

impl Validate for GroupDismissRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// Only the envelope's `code`.
///
/// The payload of a successful [`GroupDismiss`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupDismissResponse {}

impl serde::Serialize for GroupDismissResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupDismissResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupDismissResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupDismissResponse {
    const NAME: &'static str = "GroupDismissResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupDismissResponse {})
    }
}
