// Code generated from spec/rongcloud-im/group_user_gag_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupUserGagList`: Retrieve the list of users muted in a specified group, returning their user IDs.
//!
//! Retrieve the list of users muted in a specified group, returning their user IDs.
//!
//! If no group is specified (groupId is empty), the list of muted users from all groups will be retrieved.
//!
//! - HTTP: `POST /group/user/gag/list.json`
//! - Request: [`GroupUserGagListRequest`]; response payload: [`GroupUserGagListResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Query Group Member Mute List, <https://docs.rongcloud.io/platform-chat-api/group/mute/query-gagged-user>
//!
//! # Rules the server enforces
//!
//! - With `groupId`, `users` holds the users GroupUserGagAdd muted in that group; without it, the users it muted in all groups. A mute is listed until its `time` passes or GroupUserGagRollback ends it, whether or not the user is still a member.
//!
//! # Notes on the source document
//!
//! - The response table names the items' fields `users[i].startTime`, `users[i].time` and `users[i].userId`; the example is cut after the first item's `time`. — *Resolved:* `users` is a `list<GroupGaggedUser>` whose three fields are required (the example's item has the first two, and `userId` is what the call is for); the example is completed with `userId` `2582` and says so.
//! - "If empty, retrieves muted users from all groups" may mean every mute of every group or the users muted in all groups; GroupUserGagAdd's page calls this list with an empty `groupId` to check its limit of 100 users muted in all groups. — *Resolved:* Without `groupId` the list is of the users muted in all groups. The pages do not say what `time` a permanent mute (`minute` 0) answers; `time` stays a string.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupUserGagList` as a type: it ties [`GroupUserGagListRequest`] and [`GroupUserGagListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupUserGagList>`) and servers (`route::<GroupUserGagList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupUserGagList;

impl OperationShape for GroupUserGagList {
    type Service = RongcloudIm;
    type Input = GroupUserGagListRequest;
    type Output = GroupUserGagListResponse;
    const OP: Operation = Operation {
        name: "GroupUserGagList",
        service: &SPEC,
        path: "/group/user/gag/list.json",
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

/// The request body of `GroupUserGagList`.
///
/// The request of [`GroupUserGagList`](self): Retrieve the list of users muted in a specified group, returning their user IDs.
///
/// - HTTP: `POST /group/user/gag/list.json`
/// - Request: [`GroupUserGagListRequest`]; response payload: [`GroupUserGagListResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Query Group Member Mute List, <https://docs.rongcloud.io/platform-chat-api/group/mute/query-gagged-user>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserGagListRequest {
    /// Group ID. If empty, retrieves muted users from all groups.
    ///
    /// Example: `"16"`.
    pub group_id: Option<String>,
}

impl GroupUserGagListRequest {
    /// Sets `groupId`.
    pub fn with_group_id(mut self, group_id: impl Into<String>) -> Self {
        self.group_id = Some(group_id.into());
        self
    }
}

impl serde::Serialize for GroupUserGagListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupUserGagListRequest",
                usize::from(self.group_id.is_some()),
            )?;
        encode::optional(&mut object, "groupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserGagListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserGagListRequest {
    const NAME: &'static str = "GroupUserGagListRequest";

    fn field(key: &str) -> usize {
        match key {
            "groupId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut group_id_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupUserGagListRequest {
            group_id: group_id_slot.flatten(),
        })
    }
}

impl Validate for GroupUserGagListRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The fields beside the envelope's `code`.
///
/// The payload of a successful [`GroupUserGagList`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserGagListResponse {
    /// List of muted members.
    ///
    /// The document calls the type `Array of objects`.
    pub users: Vec<GroupGaggedUser>,
}

impl serde::Serialize for GroupUserGagListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupUserGagListResponse", 1)?;
        object.serialize_field("users", &self.users)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserGagListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserGagListResponse {
    const NAME: &'static str = "GroupUserGagListResponse";

    fn field(key: &str) -> usize {
        match key {
            "users" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut users_slot: Option<Vec<GroupGaggedUser>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut users_slot, "users", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupUserGagListResponse {
            users: users_slot.ok_or_else(|| A::Error::missing_field("users"))?,
        })
    }
}

/// One muted user (an item of GroupUserGagList's `users`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupGaggedUser {
    /// Mute start time. Accurate to the second, in the format YYYY-MM-DD HH:MM:SS, e.g., 2022-09-25 16:12:38. Note: The value of time is related to the data center of the app. If your app uses the China (Beijing) Data Center, time is in Beijing time. If your app uses the global data center, time is in UTC time.
    ///
    /// Example: `"2024-02-07 18:25:12"`.
    pub start_time: String,
    /// Unmute time. Accurate to the second, in the format YYYY-MM-DD HH:MM:SS, e.g., 2022-09-25 16:12:38. Note: The value of time is related to the data center of the app. If your app uses the China (Beijing) Data Center, time is in Beijing time. If your app uses the global data center, time is in UTC time.
    ///
    /// Example: `"2024-02-07 18:55:12"`.
    pub time: String,
    /// User ID of the group member.
    ///
    /// Example: `"2582"`.
    pub user_id: String,
}

impl serde::Serialize for GroupGaggedUser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupGaggedUser", 3)?;
        object.serialize_field("startTime", &self.start_time)?;
        object.serialize_field("time", &self.time)?;
        object.serialize_field("userId", &self.user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupGaggedUser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupGaggedUser {
    const NAME: &'static str = "GroupGaggedUser";

    fn field(key: &str) -> usize {
        match key {
            "startTime" => 0,
            "time" => 1,
            "userId" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut start_time_slot: Option<String> = None;
        let mut time_slot: Option<String> = None;
        let mut user_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut start_time_slot, "startTime", &mut map)?,
                1 => decode::once(&mut time_slot, "time", &mut map)?,
                2 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupGaggedUser {
            start_time: start_time_slot
                .ok_or_else(|| A::Error::missing_field("startTime"))?,
            time: time_slot.ok_or_else(|| A::Error::missing_field("time"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
        })
    }
}
