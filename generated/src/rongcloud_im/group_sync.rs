// Code generated from spec/rongcloud-im/group_sync.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupSync`: Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
//!
//! Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
//!
//! If there is existing group data on the App Server before integrating the IM service, you can use this interface to synchronize the existing user-group relationships with the IM server when connecting to the IM service for the first time.
//!
//! When the `group[id]=name` parameter is not submitted, it means that the binding relationship of the `userId` with the corresponding group is removed.
//!
//! - HTTP: `POST /group/sync.json`
//! - Request: [`GroupSyncRequest`]; response payload: [`GroupSyncResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Synchronize User's Group Membership, <https://docs.rongcloud.io/platform-chat-api/group/sync-group>
//!
//! # Rules the server enforces
//!
//! - The user's groups become exactly those of `group`: the user joins each group named there (a group that exists takes the name given), and leaves every other group it was in. Without `group`, the user leaves all its groups. UserGroupQuery then lists exactly these groups with these names, and GroupUserQuery of each lists the user.
//!
//! # Notes on the source document
//!
//! - The table's parameter is `group[id]=name`, typed String and "passed multiple times": one form parameter per group whose key carries the group ID (`group[10001]=TestGroup1`). — *Resolved:* A `map<string,string>` named `group` from group ID to group name, form-encoded as `group[<id>]=<name>`; optional, as the table says.
//! - "When the `group[id]=name` parameter is not submitted, the binding relationship of the `userId` with the corresponding group is removed": read as the groups not submitted. — *Resolved:* The call replaces the user's set of groups: groups left out are left, and a call without `group` removes the user from every group. Marked idempotent: a repeat leaves the same groups.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupSync` as a type: it ties [`GroupSyncRequest`] and [`GroupSyncResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupSync>`) and servers (`route::<GroupSync>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupSync;

impl OperationShape for GroupSync {
    type Service = RongcloudIm;
    type Input = GroupSyncRequest;
    type Output = GroupSyncResponse;
    const OP: Operation = Operation {
        name: "GroupSync",
        service: &SPEC,
        path: "/group/sync.json",
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
                ("group", form::Kind::Map(&form::Kind::String)),
            ],
        ),
    };
}

/// The request body of `GroupSync`.
///
/// The request of [`GroupSync`](self): Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
///
/// - HTTP: `POST /group/sync.json`
/// - Request: [`GroupSyncRequest`]; response payload: [`GroupSyncResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Synchronize User's Group Membership, <https://docs.rongcloud.io/platform-chat-api/group/sync-group>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupSyncRequest {
    /// The ID of the user whose group information is being synchronized.
    ///
    /// Example: `"2014"`.
    pub user_id: String,
    /// The group information the user belongs to. If the group ID already exists, the corresponding group name will also be updated. This parameter can be passed multiple times. See the example below.
    ///
    /// Sent as `group[<group ID>]=<group name>`, once per group: the map's keys are group IDs, its values the groups' names.
    ///
    /// Example: `{"10001":"TestGroup1","10002":"TestGroup2","10003":"TestGroup3"}`. The document calls the type `String`.
    pub group: Option<BTreeMap<String, String>>,
}

impl GroupSyncRequest {
    /// A value with the required `userId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        GroupSyncRequest {
            user_id: user_id.into(),
            group: None,
        }
    }

    /// Sets `group`.
    pub fn with_group(mut self, group: BTreeMap<String, String>) -> Self {
        self.group = Some(group);
        self
    }
}

impl serde::Serialize for GroupSyncRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupSyncRequest",
                1 + usize::from(self.group.is_some()),
            )?;
        object.serialize_field("userId", &self.user_id)?;
        encode::optional(&mut object, "group", &self.group)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupSyncRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupSyncRequest {
    const NAME: &'static str = "GroupSyncRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "group" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut group_slot: Option<Option<BTreeMap<String, String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut group_slot, "group", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupSyncRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            group: group_slot.flatten(),
        })
    }
}

impl Validate for GroupSyncRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// Only the envelope's `code`.
///
/// The payload of a successful [`GroupSync`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupSyncResponse {}

impl serde::Serialize for GroupSyncResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupSyncResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupSyncResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupSyncResponse {
    const NAME: &'static str = "GroupSyncResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupSyncResponse {})
    }
}
