// Code generated from spec/rongcloud-im/group_create.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupCreate`: The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group.
//!
//! The IM Service does not manage the business logic of groups. Therefore, all the business logic of groups is implemented on the App server. For client developers, creating a group only requires interaction with the App backend.
//!
//! Each group can have up to 3000 members. There is no limit to the number of groups within the App, and there is no limit to the number of groups a user can join or create.
//!
//! Basic Process: when the App client needs to create a group, it sends a request to the App backend. The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group. After the IM Service successfully creates the group, it returns the result to the App backend. The App backend notifies the client that the group has been successfully created. The user has joined the group and can send and receive messages within the group.
//!
//! - HTTP: `POST /group/create.json`
//! - Request: [`GroupCreateRequest`]; response payload: [`GroupCreateResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Create a Group, <https://docs.rongcloud.io/platform-chat-api/group/create-group>
//! - Also from: 创建群组 (the Chinese page of the same path; its request example and response table), <https://docs.rongcloud.cn/platform-chat-api/group/create-group>
//!
//! # Rules the server enforces
//!
//! - A group has at most 3000 members.
//! - The users given become members of the group: GroupUserQuery lists them and UserGroupQuery lists the group, with `groupName`, for each of them, until they leave it (GroupQuit, or a GroupSync of the user that leaves the group out) or it is dismissed (GroupDismiss).
//! - `groupName` is the name remote push notifications of the group's messages show, until GroupRefresh (or a GroupJoin or GroupSync that names the group) changes it.
//!
//! # Notes on the source document
//!
//! - The stored copy of the English page is cut inside its request example; the Chinese page of the same path supplies the request example and the response table (`code` only), but its response example is cut too, after `{"c`. — *Resolved:* The request example is the Chinese page's; the response example is `{"code": 200}`, written from the response table and the sibling pages (GroupQuit, GroupDismiss), which answer that.
//! - `userId` is typed String, but its description says up to 1000 users and the example sends it twice (`userId=1&userId=2`). — *Resolved:* A `list<string>` of 1 to 1000 items, sent as a repeated form parameter.
//! - "Each group can have up to 3000 members" is prose with no error code; the page does not say what creating an existing group ID does, nor which characters beyond letters and digits `groupId` refuses. — *Resolved:* The member cap is a rule without a code (the invalid-parameter code 1002 applies); `groupId` has only the 64-character limit, with 1005 (parameter too long). Not marked idempotent: the page does not say a repeat is harmless, so a client does not retry it on an unknown outcome.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, form};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC, errors};

/// `GroupCreate` as a type: it ties [`GroupCreateRequest`] and [`GroupCreateResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupCreate>`) and servers (`route::<GroupCreate>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupCreate;

impl OperationShape for GroupCreate {
    type Service = RongcloudIm;
    type Input = GroupCreateRequest;
    type Output = GroupCreateResponse;
    const OP: Operation = Operation {
        name: "GroupCreate",
        service: &SPEC,
        path: "/group/create.json",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: false,
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

/// The request body of `GroupCreate`.
///
/// The request of [`GroupCreate`](self): The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group.
///
/// - HTTP: `POST /group/create.json`
/// - Request: [`GroupCreateRequest`]; response payload: [`GroupCreateResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Create a Group, <https://docs.rongcloud.io/platform-chat-api/group/create-group>
/// - Also from: 创建群组 (the Chinese page of the same path; its request example and response table), <https://docs.rongcloud.cn/platform-chat-api/group/create-group>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupCreateRequest {
    /// The user ID to be added to the group, up to 1000.
    ///
    /// Example: `["1","2"]`. Limits: 1 to 1000 items. The document calls the type `String`.
    pub user_id: Vec<String>,
    /// The group ID to be created, with a maximum length of 64 characters. Supports a combination of uppercase and lowercase letters and numbers.
    ///
    /// Example: `"123"`. Limits: at most 64 characters (else error `1005`).
    pub group_id: String,
    /// The name corresponding to the group ID, used when sending group messages to display remote Push notifications. If the group name changes, the Refresh Group Information interface needs to be called to synchronize.
    ///
    /// Example: `"TestGroup"`.
    pub group_name: String,
}

impl GroupCreateRequest {
    /// A value with the required `userId`, `groupId`, `groupName`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        user_id: Vec<String>,
        group_id: impl Into<String>,
        group_name: impl Into<String>,
    ) -> Self {
        GroupCreateRequest {
            user_id,
            group_id: group_id.into(),
            group_name: group_name.into(),
        }
    }
}

impl serde::Serialize for GroupCreateRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupCreateRequest", 3)?;
        object.serialize_field("userId", &self.user_id)?;
        object.serialize_field("groupId", &self.group_id)?;
        object.serialize_field("groupName", &self.group_name)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupCreateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupCreateRequest {
    const NAME: &'static str = "GroupCreateRequest";

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
        let mut group_name_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                2 => decode::once(&mut group_name_slot, "groupName", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupCreateRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("groupId"))?,
            group_name: group_name_slot
                .ok_or_else(|| A::Error::missing_field("groupName"))?,
        })
    }
}

impl Validate for GroupCreateRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_id;
            path.push(Segment::Field("userId"));
            validate::items(value, Some(1), Some(1000), path, out);
            path.pop();
        }
        {
            let value = &self.group_id;
            path.push(Segment::Field("groupId"));
            out.coded(
                errors::E1005,
                |out| {
                    validate::length(
                        value,
                        None,
                        Some(64),
                        validate::LengthUnit::Chars,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
    }
}

/// Only the envelope's `code`.
///
/// The payload of a successful [`GroupCreate`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupCreateResponse {}

impl serde::Serialize for GroupCreateResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupCreateResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupCreateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupCreateResponse {
    const NAME: &'static str = "GroupCreateResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupCreateResponse {})
    }
}
