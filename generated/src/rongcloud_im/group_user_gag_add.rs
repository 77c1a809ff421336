// Code generated from spec/rongcloud-im/group_user_gag_add.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupUserGagAdd`: The group service supports muting specified users in a group. Apps can call this API to add users to the mute list.
//!
//! The group service supports muting specified users in a group. Apps can call this API to add users to the mute list. The following capabilities are supported:
//!
//! - Mute one or more users in a specified group.
//! - If no group is specified (the groupId can be left empty), the user will be muted in all groups they have joined. Up to 100 users can be set. To check if the limit has been reached, you can call the Query Group Member Mute List interface (/group/user/gag/list.json) with groupId left empty.
//! - Supports setting the mute duration, which can be a fixed duration (up to 43,200 minutes) or permanent.
//! - Once a user is added to the mute list, the mute status takes effect immediately. A muted group member can receive and view chat messages in the group but cannot send messages to the group via the client SDK.
//!
//!
//! The mute data is not cleared when a user leaves the group:
//!
//! - A user who has been set to a permanent mute will retain the mute status if they rejoin the group.
//! - A user who has been set to a temporary mute will retain the mute status if they rejoin the group within the mute duration.
//!
//!
//! The server-side (Server API) group message sending interface is not restricted by the group-wide mute status. Muted users can send messages to the group via the Server API.
//!
//! - HTTP: `POST /group/user/gag/add.json`
//! - Request: [`GroupUserGagAddRequest`]; response payload: [`GroupUserGagAddResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Mute a Specified Group Member, <https://docs.rongcloud.io/platform-chat-api/group/mute/gag-user>
//! - Also from: 群成员禁言 (the legacy Chinese v4 page, updated 2021-04-16; its 添加禁言成员 section), <https://docs.rongcloud.cn/v4/views/im/ui/guide/group/manage/memeberblock/serverapi.html>
//!
//! # Rules the server enforces
//!
//! - With `groupId`, the users are muted in that group; without it, in every group they have joined. At most 100 users are muted in all groups at once.
//! - A muted user still receives the group's messages but cannot send to it from the client SDK; the Server API's group messages are not restricted. GroupUserGagList lists the user (for the group, or among the users muted in all groups when `groupId` was empty) from now until `minute` minutes have passed (never, for 0) or GroupUserGagRollback unmutes them. A repeat for a muted user sets the mute again.
//! - Leaving the group (GroupQuit, GroupSync, GroupDismiss) does not clear the mute: a user who rejoins while it lasts is muted again.
//!
//! # Notes on the source document
//!
//! - The stored copy of the English page is cut after its parameter table (whose rows run together); its request example, response table and response example are missing. The current Chinese page was not found; the legacy Chinese v4 page (2021) gives the same table, a response table with `code` only, and the examples. — *Resolved:* Fields from the English table (the v4 table agrees: at most 20 users, 43200 minutes, 0 permanent); the examples from the v4 page, cited as `v4-zh`.
//! - `minute` is typed String on both pages, although it is a number of minutes with a maximum (43,200) and 0 for permanent; `userId` is typed String but takes up to 20 users, and the example sends it twice. — *Resolved:* `minute` is an `i32` from 0 to 43200 (on the wire the same decimal text); `userId` a `list<string>` of 1 to 20, sent as a repeated form parameter. Neither limit has a code of its own (the invalid-parameter code 1002 applies).
//! - "Up to 100 users can be set" for the mute in all groups is prose with no error code; the page does not say what muting an already muted user does. — *Resolved:* A rule without a code. Marked idempotent: a repeat sets the same mute again (its end counted from the repeat), as a set operation does.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupUserGagAdd` as a type: it ties [`GroupUserGagAddRequest`] and [`GroupUserGagAddResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupUserGagAdd>`) and servers (`route::<GroupUserGagAdd>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupUserGagAdd;

impl OperationShape for GroupUserGagAdd {
    type Service = RongcloudIm;
    type Input = GroupUserGagAddRequest;
    type Output = GroupUserGagAddResponse;
    const OP: Operation = Operation {
        name: "GroupUserGagAdd",
        service: &SPEC,
        path: "/group/user/gag/add.json",
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
                ("minute", form::Kind::Integer),
            ],
        ),
    };
}

/// The request body of `GroupUserGagAdd`.
///
/// The request of [`GroupUserGagAdd`](self): The group service supports muting specified users in a group. Apps can call this API to add users to the mute list.
///
/// - HTTP: `POST /group/user/gag/add.json`
/// - Request: [`GroupUserGagAddRequest`]; response payload: [`GroupUserGagAddResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Mute a Specified Group Member, <https://docs.rongcloud.io/platform-chat-api/group/mute/gag-user>
/// - Also from: 群成员禁言 (the legacy Chinese v4 page, updated 2021-04-16; its 添加禁言成员 section), <https://docs.rongcloud.cn/v4/views/im/ui/guide/group/manage/memeberblock/serverapi.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserGagAddRequest {
    /// User ID, with a maximum of 20 users per request.
    ///
    /// Example: `["2582","2583"]`. Limits: 1 to 20 items. The document calls the type `String`.
    pub user_id: Vec<String>,
    /// Group ID. If left empty, the user will be muted in all groups they joined.
    ///
    /// Example: `"16"`.
    pub group_id: Option<String>,
    /// Mute duration in minutes, with a maximum of 43,200 minutes. 0 indicates permanent mute.
    ///
    /// A number of minutes, sent as its decimal text like every form value.
    ///
    /// Example: `1`. Limits: between 0 and 43200. The document calls the type `String`.
    pub minute: i32,
}

impl GroupUserGagAddRequest {
    /// A value with the required `userId`, `minute`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: Vec<String>, minute: i32) -> Self {
        GroupUserGagAddRequest {
            user_id,
            group_id: None,
            minute,
        }
    }

    /// Sets `groupId`.
    pub fn with_group_id(mut self, group_id: impl Into<String>) -> Self {
        self.group_id = Some(group_id.into());
        self
    }
}

impl serde::Serialize for GroupUserGagAddRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupUserGagAddRequest",
                2 + usize::from(self.group_id.is_some()),
            )?;
        object.serialize_field("userId", &self.user_id)?;
        encode::optional(&mut object, "groupId", &self.group_id)?;
        object.serialize_field("minute", &self.minute)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserGagAddRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserGagAddRequest {
    const NAME: &'static str = "GroupUserGagAddRequest";

    fn field(key: &str) -> usize {
        match key {
            "userId" => 0,
            "groupId" => 1,
            "minute" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<Vec<String>> = None;
        let mut group_id_slot: Option<Option<String>> = None;
        let mut minute_slot: Option<i32> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                2 => decode::once(&mut minute_slot, "minute", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupUserGagAddRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            group_id: group_id_slot.flatten(),
            minute: minute_slot.ok_or_else(|| A::Error::missing_field("minute"))?,
        })
    }
}

impl Validate for GroupUserGagAddRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_id;
            path.push(Segment::Field("userId"));
            validate::items(value, Some(1), Some(20), path, out);
            path.pop();
        }
        {
            let value = &self.minute;
            path.push(Segment::Field("minute"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
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

/// Only the envelope's `code`.
///
/// The payload of a successful [`GroupUserGagAdd`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserGagAddResponse {}

impl serde::Serialize for GroupUserGagAddResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupUserGagAddResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserGagAddResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserGagAddResponse {
    const NAME: &'static str = "GroupUserGagAddResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupUserGagAddResponse {})
    }
}
