// Code generated from spec/volcengine-rtc-im/delete_friend.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `DeleteFriend`: 你可以使用此接口删除好友。
//!
//! 要删除的好友 UserId，一次最多删除 10 个好友
//!
//! Ends up to 10 of a user's friendships. Friends that could not be deleted come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=DeleteFriend&Version=2020-12-01`
//! - Request: [`DeleteFriendRequest`]; response payload: [`DeleteFriendResponse`]
//! - Source: volc-sdk-golang service/im model (DeleteFriendBody, DeleteFriendResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - Deleting a friend ends the friendship for both users. A user that is not a friend comes back in `FailedInfos`; the others are deleted.
//!
//! # Notes on the source document
//!
//! - The DeleteFriend page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. — *Resolved:* The operation is transcribed from the SDK model; no rate limit is set.
//! - No minimum is stated for `DeleteUserIds`. — *Resolved:* `DeleteUserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `DeleteFriend` as a type: it ties [`DeleteFriendRequest`] and [`DeleteFriendResponse`] to the operation's binding, rate limit and errors, for clients (`call::<DeleteFriend>`) and servers (`route::<DeleteFriend>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DeleteFriend;

impl OperationShape for DeleteFriend {
    type Service = VolcengineRtcIm;
    type Input = DeleteFriendRequest;
    type Output = DeleteFriendResponse;
    const OP: Operation = Operation {
        name: "DeleteFriend",
        service: &SPEC,
        path: "/",
        action: Some("DeleteFriend"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &DeleteFriendRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `DeleteFriend`.
///
/// The request of [`DeleteFriend`](self): 你可以使用此接口删除好友。
///
/// - HTTP: `POST /?Action=DeleteFriend&Version=2020-12-01`
/// - Request: [`DeleteFriendRequest`]; response payload: [`DeleteFriendResponse`]
/// - Source: volc-sdk-golang service/im model (DeleteFriendBody, DeleteFriendResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteFriendRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 用户 UserId
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub user_id: i64,
    /// 要删除的好友 UserId，一次最多删除 10 个好友
    ///
    /// The friends to delete; at most 10 per call.
    ///
    /// Example: `[2000]`. Limits: 1 to 10 items. The document calls the type `Array of Long`.
    pub delete_user_ids: Vec<i64>,
    /// 信箱，用做逻辑隔离。默认值为 0
    ///
    /// The inbox, a logical partition of the app's relations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Integer`.
    pub inbox_type: Option<i32>,
}

impl DeleteFriendRequest {
    /// A value with the required `AppId`, `UserId`, `DeleteUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64, delete_user_ids: Vec<i64>) -> Self {
        DeleteFriendRequest {
            app_id,
            user_id,
            delete_user_ids,
            inbox_type: None,
        }
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

impl serde::Serialize for DeleteFriendRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "DeleteFriendRequest",
                3 + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("DeleteUserIds", &self.delete_user_ids)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteFriendRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteFriendRequest {
    const NAME: &'static str = "DeleteFriendRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "DeleteUserIds" => 2,
            "InboxType" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut delete_user_ids_slot: Option<Vec<i64>> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut delete_user_ids_slot, "DeleteUserIds", &mut map)?,
                3 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(DeleteFriendRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            delete_user_ids: delete_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("DeleteUserIds"))?,
            inbox_type: inbox_type_slot.flatten(),
        })
    }
}

impl Validate for DeleteFriendRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.delete_user_ids;
            path.push(Segment::Field("DeleteUserIds"));
            validate::items(value, Some(1), Some(10), path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`DeleteFriend`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteFriendResponse {
    /// 删除失败的好友信息
    ///
    /// The friends that could not be deleted, each with its error code.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for DeleteFriendResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "DeleteFriendResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteFriendResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteFriendResponse {
    const NAME: &'static str = "DeleteFriendResponse";

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
        Ok(DeleteFriendResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}
