// Code generated from spec/rongcloud-im/group_join.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupJoin`: The App backend calls the IM Service API to request joining the group. After successfully joining the group, the user can send and receive messages within the group.
//!
//! The IM Service does not manage the business logic of groups. Therefore, all group business logic is implemented on the App server.
//!
//! Each group can have up to 3000 members. There is no limit to the number of groups within an App, and there is no limit to the number of groups a user can join or create.
//!
//! Basic Process: the client requests the App backend to join a group. The App backend calls the IM Service API to request joining the group. The group ID is managed by the App server and is returned to the client upon successful creation. After successfully joining the group, the user can send and receive messages within the group.
//!
//! After joining a group, users can only view messages sent after the time they joined by default. If you want users to view historical messages after joining, enable the following features in the Console: Cloud Storage for One-to-One and Group Messages; New Users Can Retrieve Historical Messages Before Joining the Group.
//!
//! - HTTP: `POST /group/join.json`
//! - Request: [`GroupJoinRequest`]; response payload: [`GroupJoinResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Join a Group, <https://docs.rongcloud.io/platform-chat-api/group/join-group>
//!
//! # Rules the server enforces
//!
//! - A group has at most 3000 members.
//! - The users given become members of the group: GroupUserQuery lists them and UserGroupQuery lists the group for each of them, until they leave it (GroupQuit, or a GroupSync of the user that leaves the group out) or it is dismissed (GroupDismiss).
//! - A `groupName` sent renames the group in push notifications, as GroupRefresh does.
//!
//! # Notes on the source document
//!
//! - The stored page is cut inside its request example: no request body, no response table, no response example. The Chinese page of this path was not found (only the different `/entrust/group/join.json` of the profile-hosting service, which answers group profile fields). — *Resolved:* The response is the envelope's `code` only, as for every other group-membership write (GroupCreate, GroupQuit, GroupDismiss); the example is written from the parameter table with the pages' own ids and says so. The `/entrust/` page's fields are not used: it is another API.
//! - `userId` is typed String, but "multiple IDs can be submitted, up to a maximum of 1000". — *Resolved:* A `list<string>` of 1 to 1000 items, sent as a repeated form parameter.
//! - The page does not say what joining a group that was never created does, nor what a user who is already a member gets. — *Resolved:* Marked idempotent: the answer is `code` alone and a repeat leaves the same members (and name). No rule says what a join to a group never created does; no error for it is named.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupJoin` as a type: it ties [`GroupJoinRequest`] and [`GroupJoinResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupJoin>`) and servers (`route::<GroupJoin>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupJoin;

impl OperationShape for GroupJoin {
    type Service = RongcloudIm;
    type Input = GroupJoinRequest;
    type Output = GroupJoinResponse;
    const OP: Operation = Operation {
        name: "GroupJoin",
        service: &SPEC,
        path: "/group/join.json",
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
                ("groupName", form::Kind::String),
            ],
        ),
    };
}

/// The request body of `GroupJoin`.
///
/// The request of [`GroupJoin`](self): The App backend calls the IM Service API to request joining the group. After successfully joining the group, the user can send and receive messages within the group.
///
/// - HTTP: `POST /group/join.json`
/// - Request: [`GroupJoinRequest`]; response payload: [`GroupJoinResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Join a Group, <https://docs.rongcloud.io/platform-chat-api/group/join-group>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupJoinRequest {
    /// The user ID(s) to join the group. Multiple IDs can be submitted, up to a maximum of 1000.
    ///
    /// Example: `["1","2"]`. Limits: 1 to 1000 items. The document calls the type `String`.
    pub user_id: Vec<String>,
    /// The group ID to join.
    ///
    /// Example: `"123"`.
    pub group_id: String,
    /// The name of the group to join. Note: If groupName is provided when joining the group, it will modify the group name in push notifications, similar to calling the refresh group information API.
    ///
    /// Example: `"TestGroup"`.
    pub group_name: Option<String>,
}

impl GroupJoinRequest {
    /// A value with the required `userId`, `groupId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: Vec<String>, group_id: impl Into<String>) -> Self {
        GroupJoinRequest {
            user_id,
            group_id: group_id.into(),
            group_name: None,
        }
    }

    /// Sets `groupName`.
    pub fn with_group_name(mut self, group_name: impl Into<String>) -> Self {
        self.group_name = Some(group_name.into());
        self
    }
}

impl serde::Serialize for GroupJoinRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupJoinRequest",
                2 + usize::from(self.group_name.is_some()),
            )?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("groupId", &self.group_id)?;
        encode::optional(&mut object, "groupName", &self.group_name)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupJoinRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupJoinRequest {
    const NAME: &'static str = "GroupJoinRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "groupId" => 1,
            "groupName" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<Vec<String>> = None;
        let mut group_id_slot: Option<String> = None;
        let mut group_name_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                2 => decode::once(&mut group_name_slot, "groupName", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupJoinRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("groupId"))?,
            group_name: group_name_slot.flatten(),
        })
    }
}

impl Validate for GroupJoinRequest {
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
/// The payload of a successful [`GroupJoin`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupJoinResponse {}

impl serde::Serialize for GroupJoinResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupJoinResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupJoinResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupJoinResponse {
    const NAME: &'static str = "GroupJoinResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupJoinResponse {})
    }
}
