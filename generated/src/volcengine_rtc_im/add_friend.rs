// Code generated from spec/volcengine-rtc-im/add_friend.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AddFriend`: 你可以使用此接口添加好友。
//!
//! 好友 UserId，一次最多添加 10 个好友
//!
//! Makes up to 10 users friends of a user, with the same extension fields for each friendship. Friends that could not be added come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=AddFriend&Version=2020-12-01`
//! - Request: [`AddFriendRequest`]; response payload: [`AddFriendResponse`]
//! - Source: volc-sdk-golang service/im model (AddFriendBody, AddFriendResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - A friendship holds both ways: after AddFriend each friend is the user's friend (IsFriend, ListFriend) and the user is each friend's.
//! - A user cannot be its own friend, and a user already a friend is not added again: both come back in `FailedInfos`; the other friends are added.
//!
//! # Notes on the source document
//!
//! - The AddFriend page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. — *Resolved:* The operation is transcribed from the SDK model; no rate limit is set.
//! - Whether a friendship is one-way or two-way is not said. The friend item of ListFriend has an `ApplyTime` (when the request was made) and a `CreateTime` (when the two became friends), which reads as a relation both users are in. — *Resolved:* A friendship is two-way: AddFriend makes both users friends of each other, DeleteFriend ends it for both. Adding oneself or a friend again is a per-friend failure.
//! - No minimum is stated for `FriendUserIds`. — *Resolved:* `FriendUserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `AddFriend` as a type: it ties [`AddFriendRequest`] and [`AddFriendResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AddFriend>`) and servers (`route::<AddFriend>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AddFriend;

impl OperationShape for AddFriend {
    type Service = VolcengineRtcIm;
    type Input = AddFriendRequest;
    type Output = AddFriendResponse;
    const OP: Operation = Operation {
        name: "AddFriend",
        service: &SPEC,
        path: "/",
        action: Some("AddFriend"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &AddFriendRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `AddFriend`.
///
/// The request of [`AddFriend`](self): 你可以使用此接口添加好友。
///
/// - HTTP: `POST /?Action=AddFriend&Version=2020-12-01`
/// - Request: [`AddFriendRequest`]; response payload: [`AddFriendResponse`]
/// - Source: volc-sdk-golang service/im model (AddFriendBody, AddFriendResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddFriendRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 用户 UserId
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub user_id: i64,
    /// 好友 UserId，一次最多添加 10 个好友
    ///
    /// The users to add as friends; at most 10 per call.
    ///
    /// Example: `[10002]`. Limits: 1 to 10 items. The document calls the type `Array of Long`.
    pub friend_user_ids: Vec<i64>,
    /// 好友扩展字段
    ///
    /// The friendship's extension fields, set on each friend added.
    ///
    /// Example: `{"key":"value"}`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 信箱，用做逻辑隔离。默认值为 0
    ///
    /// The inbox, a logical partition of the app's relations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Integer`.
    pub inbox_type: Option<i32>,
}

impl AddFriendRequest {
    /// A value with the required `AppId`, `UserId`, `FriendUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64, friend_user_ids: Vec<i64>) -> Self {
        AddFriendRequest {
            app_id,
            user_id,
            friend_user_ids,
            ext: None,
            inbox_type: None,
        }
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `InboxType`.
    pub fn with_inbox_type(mut self, inbox_type: i32) -> Self {
        self.inbox_type = Some(inbox_type);
        self
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }
}

impl serde::Serialize for AddFriendRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AddFriendRequest",
                3 + usize::from(self.ext.is_some())
                    + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("FriendUserIds", &self.friend_user_ids)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddFriendRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddFriendRequest {
    const NAME: &'static str = "AddFriendRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "FriendUserIds" => 2,
            "Ext" => 3,
            "InboxType" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut friend_user_ids_slot: Option<Vec<i64>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut friend_user_ids_slot, "FriendUserIds", &mut map)?,
                3 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                4 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddFriendRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            friend_user_ids: friend_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FriendUserIds"))?,
            ext: ext_slot.flatten(),
            inbox_type: inbox_type_slot.flatten(),
        })
    }
}

impl Validate for AddFriendRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.friend_user_ids;
            path.push(Segment::Field("FriendUserIds"));
            validate::items(value, Some(1), Some(10), path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`AddFriend`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddFriendResponse {
    /// 添加失败的好友信息
    ///
    /// The friends that could not be added, each with its error code.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for AddFriendResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AddFriendResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddFriendResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddFriendResponse {
    const NAME: &'static str = "AddFriendResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedInfos" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut failed_infos_slot: Option<Option<Vec<FailedInfo>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut failed_infos_slot, "FailedInfos", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddFriendResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}
