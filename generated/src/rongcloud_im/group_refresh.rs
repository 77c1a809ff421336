// Code generated from spec/rongcloud-im/group_refresh.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupRefresh`: Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
//!
//! Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
//!
//! When the group name changes, call this API to refresh the group name information stored on the IM server, ensuring that the correct group name is displayed in remote push notifications (PUSH).
//!
//! The refresh group information API only updates the group name carried in remote push notifications (PUSH).
//!
//! The refreshed group information takes effect within 5 minutes, and the updated group name will be displayed in push notifications after it takes effect.
//!
//! - HTTP: `POST /group/refresh.json`
//! - Request: [`GroupRefreshRequest`]; response payload: [`GroupRefreshResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Refresh Group Information, <https://docs.rongcloud.io/platform-chat-api/group/refresh-group-info>
//!
//! # Rules the server enforces
//!
//! - The group's name stored on the IM server becomes `groupName`: remote push notifications of its messages show it once it takes effect (within 5 minutes), and UserGroupQuery answers it. Members and mutes are unchanged.
//!
//! # Notes on the source document
//!
//! - The response table types `code` Int (as GroupSync and GroupUserQuery do) where GroupQuit and GroupUserGagList say Number; the page says the name takes effect "within 5 minutes" without saying what UserGroupQuery (which answers group names) returns meanwhile. — *Resolved:* `code` is the envelope's (i64). The rule has UserGroupQuery answer the stored name, the one the call refreshes; the 5-minute delay is the push notifications', left to the description.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupRefresh` as a type: it ties [`GroupRefreshRequest`] and [`GroupRefreshResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupRefresh>`) and servers (`route::<GroupRefresh>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupRefresh;

impl OperationShape for GroupRefresh {
    type Service = RongcloudIm;
    type Input = GroupRefreshRequest;
    type Output = GroupRefreshResponse;
    const OP: Operation = Operation {
        name: "GroupRefresh",
        service: &SPEC,
        path: "/group/refresh.json",
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
            &[("groupId", form::Kind::String), ("groupName", form::Kind::String)],
        ),
    };
}

/// The request body of `GroupRefresh`.
///
/// The request of [`GroupRefresh`](self): Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
///
/// - HTTP: `POST /group/refresh.json`
/// - Request: [`GroupRefreshRequest`]; response payload: [`GroupRefreshResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Refresh Group Information, <https://docs.rongcloud.io/platform-chat-api/group/refresh-group-info>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupRefreshRequest {
    /// Group ID.
    ///
    /// Example: `"123"`.
    pub group_id: String,
    /// Group name.
    ///
    /// Example: `"new"`.
    pub group_name: String,
}

impl GroupRefreshRequest {
    /// A value with the required `groupId`, `groupName`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, group_name: impl Into<String>) -> Self {
        GroupRefreshRequest {
            group_id: group_id.into(),
            group_name: group_name.into(),
        }
    }
}

impl serde::Serialize for GroupRefreshRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupRefreshRequest", 2)?;
        object.serialize_field("groupId", &self.group_id)?;
        object.serialize_field("groupName", &self.group_name)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupRefreshRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupRefreshRequest {
    const NAME: &'static str = "GroupRefreshRequest";

    fn field(key: &str) -> usize {
        match key {
            "groupId" => 0,
            "groupName" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut group_name_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                1 => decode::once(&mut group_name_slot, "groupName", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupRefreshRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("groupId"))?,
            group_name: group_name_slot
                .ok_or_else(|| A::Error::missing_field("groupName"))?,
        })
    }
}

impl Validate for GroupRefreshRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// Only the envelope's `code`.
///
/// The payload of a successful [`GroupRefresh`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupRefreshResponse {}

impl serde::Serialize for GroupRefreshResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupRefreshResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupRefreshResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupRefreshResponse {
    const NAME: &'static str = "GroupRefreshResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupRefreshResponse {})
    }
}
