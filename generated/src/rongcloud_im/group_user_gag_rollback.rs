// Code generated from spec/rongcloud-im/group_user_gag_rollback.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupUserGagRollback`: Unmute one or more users in a specific group.
//!
//! Unmute one or more users in a specific group.
//!
//! If a user is muted in all groups, you can unmute them by leaving the groupId parameter empty.
//!
//! - HTTP: `POST /group/user/gag/rollback.json`
//! - Request: [`GroupUserGagRollbackRequest`]; response payload: [`GroupUserGagRollbackResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Unmute a User in a Specific Group, <https://docs.rongcloud.io/platform-chat-api/group/mute/ungag-user>
//! - Also from: 群成员禁言 (the legacy Chinese v4 page, updated 2021-04-16; its 移除禁言成员 section), <https://docs.rongcloud.cn/v4/views/im/ui/guide/group/manage/memeberblock/serverapi.html>
//!
//! # Rules the server enforces
//!
//! - With `groupId`, the users' mute in that group ends; without it, their mute in all groups (set by GroupUserGagAdd without `groupId`) ends. GroupUserGagList no longer lists them there, and they may send to the group from the client SDK again.
//!
//! # Notes on the source document
//!
//! - `userId` is typed String, but "up to 20 users can be removed at once" and the example sends it twice. The legacy Chinese v4 page says the same (每次最多移除 20 个用户). — *Resolved:* A `list<string>` of 1 to 20 items, sent as a repeated form parameter.
//! - "If empty, the user's mute setting in all groups will be removed" may mean the mute in all groups (set without `groupId`) or every mute of the user; the description says the former ("if a user is muted in all groups, you can unmute them by leaving the groupId parameter empty"). — *Resolved:* Without `groupId` the call ends the mute in all groups only; a mute in one group ends with a call naming that group. Unmuting a user who is not muted is not described: marked idempotent, with no operation-level error.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, RateLimit, decode, encode, form,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{RongcloudIm, SPEC};

/// `GroupUserGagRollback` as a type: it ties [`GroupUserGagRollbackRequest`] and [`GroupUserGagRollbackResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupUserGagRollback>`) and servers (`route::<GroupUserGagRollback>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupUserGagRollback;

impl OperationShape for GroupUserGagRollback {
    type Service = RongcloudIm;
    type Input = GroupUserGagRollbackRequest;
    type Output = GroupUserGagRollbackResponse;
    const OP: Operation = Operation {
        name: "GroupUserGagRollback",
        service: &SPEC,
        path: "/group/user/gag/rollback.json",
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

/// The request body of `GroupUserGagRollback`.
///
/// The request of [`GroupUserGagRollback`](self): Unmute one or more users in a specific group.
///
/// - HTTP: `POST /group/user/gag/rollback.json`
/// - Request: [`GroupUserGagRollbackRequest`]; response payload: [`GroupUserGagRollbackResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Unmute a User in a Specific Group, <https://docs.rongcloud.io/platform-chat-api/group/mute/ungag-user>
/// - Also from: 群成员禁言 (the legacy Chinese v4 page, updated 2021-04-16; its 移除禁言成员 section), <https://docs.rongcloud.cn/v4/views/im/ui/guide/group/manage/memeberblock/serverapi.html>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserGagRollbackRequest {
    /// User ID. Up to 20 users can be removed at once.
    ///
    /// Example: `["2582","2583"]`. Limits: 1 to 20 items. The document calls the type `String`.
    pub user_id: Vec<String>,
    /// Group ID. If empty, the user's mute setting in all groups will be removed.
    ///
    /// Example: `"16"`.
    pub group_id: Option<String>,
}

impl GroupUserGagRollbackRequest {
    /// A value with the required `userId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: Vec<String>) -> Self {
        GroupUserGagRollbackRequest {
            user_id,
            group_id: None,
        }
    }

    /// Sets `groupId`.
    pub fn with_group_id(mut self, group_id: impl Into<String>) -> Self {
        self.group_id = Some(group_id.into());
        self
    }
}

impl serde::Serialize for GroupUserGagRollbackRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupUserGagRollbackRequest",
                1 + usize::from(self.group_id.is_some()),
            )?;
        object.serialize_field("userId", &self.user_id)?;
        encode::optional(&mut object, "groupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserGagRollbackRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserGagRollbackRequest {
    const NAME: &'static str = "GroupUserGagRollbackRequest";

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
        let mut group_id_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "userId", &mut map)?,
                1 => decode::once(&mut group_id_slot, "groupId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupUserGagRollbackRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("userId"))?,
            group_id: group_id_slot.flatten(),
        })
    }
}

impl Validate for GroupUserGagRollbackRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_id;
            path.push(Segment::Field("userId"));
            validate::items(value, Some(1), Some(20), path, out);
            path.pop();
        }
    }
}

/// Only the envelope's `code`.
///
/// The payload of a successful [`GroupUserGagRollback`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupUserGagRollbackResponse {}

impl serde::Serialize for GroupUserGagRollbackResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("GroupUserGagRollbackResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupUserGagRollbackResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupUserGagRollbackResponse {
    const NAME: &'static str = "GroupUserGagRollbackResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(GroupUserGagRollbackResponse {})
    }
}
