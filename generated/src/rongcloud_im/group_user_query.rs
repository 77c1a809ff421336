// Code generated from spec/rongcloud-im/group_user_query.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupUserQuery`: Query the user IDs of all members in a specified group.
//!
//! Query the user IDs of all members in a specified group.
//!
//! - HTTP: `POST /group/user/query.json`
//! - Request: [`GroupUserQueryRequest`]; response payload: [`GroupUserQueryResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Query Group Members, <https://docs.rongcloud.io/platform-chat-api/group/query-group-member>
//!
//! # Rules the server enforces
//!
//! - `users` holds every current member of the group: those GroupCreate, GroupJoin and GroupSync added, less those GroupQuit, GroupSync and GroupDismiss removed. A muted member is still listed.
//!
//! # Notes on the source document
//!
//! - The response table types `users` String ("Array of group members") and lists `id` as a row of its own; the example shows `users` as an array of `{"id": ...}` objects. — *Resolved:* `users` is a `list<GroupMemberId>`, each item with its `id`, as the example shows; it is required since the example answers it (the page does not show a group without members).

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupUserQuery` as a type: it ties [`GroupUserQueryRequest`] and [`GroupUserQueryResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupUserQuery>`) and servers (`route::<GroupUserQuery>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupUserQuery;

impl OperationShape for GroupUserQuery {
    type Service = RongcloudIm;
    type Input = GroupUserQueryRequest;
    type Output = GroupUserQueryResponse;
    const OP: Operation = Operation {
        name: "GroupUserQuery",
        service: &SPEC,
        path: "/group/user/query.json",
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
        body: BodyFormat::Form(&[("groupId", form::Kind::String)]),
    };
}

/// The request body of `GroupUserQuery`.
///
/// The request of [`GroupUserQuery`](self): Query the user IDs of all members in a specified group.
///
/// - HTTP: `POST /group/user/query.json`
/// - Request: [`GroupUserQueryRequest`]; response payload: [`GroupUserQueryResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Query Group Members, <https://docs.rongcloud.io/platform-chat-api/group/query-group-member>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserQueryRequest {
    /// Group ID.
    ///
    /// Example: `"123"`.
    pub group_id: String,
}

impl GroupUserQueryRequest {
    /// A value with the required `groupId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>) -> Self {
        GroupUserQueryRequest {
            group_id: group_id.into(),
        }
    }
}

impl serde::Serialize for GroupUserQueryRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupUserQueryRequest", 1)?;
        object.serialize_field("groupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserQueryRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserQueryRequest {
    const NAME: &'static str = "GroupUserQueryRequest";

    fn field(key: &str) -> usize {
        match key {
            "groupId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupUserQueryRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("groupId"))?,
        })
    }
}

impl Validate for GroupUserQueryRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The fields beside the envelope's `code`.
///
/// The payload of a successful [`GroupUserQuery`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserQueryResponse {
    /// Array of group members.
    ///
    /// The document calls the type `String`.
    pub users: Vec<GroupMemberId>,
}

impl serde::Serialize for GroupUserQueryResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupUserQueryResponse", 1)?;
        object.serialize_field("users", &self.users)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserQueryResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserQueryResponse {
    const NAME: &'static str = "GroupUserQueryResponse";

    fn field(key: &str) -> usize {
        match key {
            "users" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut users_slot: Option<Vec<GroupMemberId>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut users_slot, "users", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupUserQueryResponse {
            users: users_slot.ok_or_else(|| A::Error::missing_field("users"))?,
        })
    }
}

/// One member of a group (an item of GroupUserQuery's `users`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupMemberId {
    /// User ID of the group member.
    ///
    /// Example: `"10001"`.
    pub id: String,
}

impl serde::Serialize for GroupMemberId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupMemberId", 1)?;
        object.serialize_field("id", &self.id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupMemberId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupMemberId {
    const NAME: &'static str = "GroupMemberId";

    fn field(key: &str) -> usize {
        match key {
            "id" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut id_slot, "id", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupMemberId {
            id: id_slot.ok_or_else(|| A::Error::missing_field("id"))?,
        })
    }
}
