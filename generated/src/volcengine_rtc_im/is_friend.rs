// Code generated from spec/volcengine-rtc-im/is_friend.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `IsFriend`: 你可以使用此接口校验两个用户之间的好友关系。
//!
//! 你可以调用 IsFriend 接口,指定你所属的 AppId、用户 ID 和 检验用户 ID 判断双方是否为好友。一次最多支持校验 10 个好友。
//!
//! Tells whether each of up to 10 users is a friend of a user.
//!
//! - HTTP: `POST /?Action=IsFriend&Version=2020-12-01`
//! - Request: [`IsFriendRequest`]; response payload: [`IsFriendResponse`]
//! - Rate limit: 100 requests per second
//! - Source: 校验好友关系 IsFriend, <https://www.volcengine.com/docs/6348/1125754>
//!
//! # Notes on the source document
//!
//! - The response table types `Infos` as `IsFriendInfo` (one `object`), but the response example (and the Go SDK) give a list of them; the `IsFriendInfo` rows (`FriendUserId` `Int`, `IsFriend` `Bool`) describe the list's items. — *Resolved:* `Infos` is `list<IsFriendInfo>`.
//! - The ids are typed `Int` (`FriendUserIds` `Array of Int`) on the page; user ids are 64-bit elsewhere (`Long`, and `int64` in the Go SDK). The example writes `AppId` as `000000`, which is not JSON. — *Resolved:* `UserId`, `FriendUserIds` and `FriendUserId` are 64-bit; the example's `AppId` is 0.
//! - The response tables have no required column. — *Resolved:* Both fields of `IsFriendInfo` and `Infos` are required, as in the Go SDK.
//! - No minimum is stated for `FriendUserIds`. — *Resolved:* `FriendUserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `IsFriend` as a type: it ties [`IsFriendRequest`] and [`IsFriendResponse`] to the operation's binding, rate limit and errors, for clients (`call::<IsFriend>`) and servers (`route::<IsFriend>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct IsFriend;

impl OperationShape for IsFriend {
    type Service = VolcengineRtcIm;
    type Input = IsFriendRequest;
    type Output = IsFriendResponse;
    const OP: Operation = Operation {
        name: "IsFriend",
        service: &SPEC,
        path: "/",
        action: Some("IsFriend"),
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &IsFriendRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `IsFriend`.
///
/// The request of [`IsFriend`](self): 你可以使用此接口校验两个用户之间的好友关系。
///
/// - HTTP: `POST /?Action=IsFriend&Version=2020-12-01`
/// - Request: [`IsFriendRequest`]; response payload: [`IsFriendResponse`]
/// - Rate limit: 100 requests per second
/// - Source: 校验好友关系 IsFriend, <https://www.volcengine.com/docs/6348/1125754>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsFriendRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 用户 UserId
    ///
    /// Example: `10001`. The document calls the type `Int`.
    pub user_id: i64,
    /// 信箱,用做逻辑隔离。默认值为 0
    ///
    /// The inbox, a logical partition of the app's relations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Int`.
    pub inbox_type: Option<i32>,
    /// 需要校验用户的 UserId,一次最多检验 10 个用户
    ///
    /// The users to check; at most 10 per call.
    ///
    /// Example: `[10002]`. Limits: 1 to 10 items. The document calls the type `Array of Int`.
    pub friend_user_ids: Vec<i64>,
}

impl IsFriendRequest {
    /// A value with the required `AppId`, `UserId`, `FriendUserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64, friend_user_ids: Vec<i64>) -> Self {
        IsFriendRequest {
            app_id,
            user_id,
            inbox_type: None,
            friend_user_ids,
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

impl serde::Serialize for IsFriendRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "IsFriendRequest",
                3 + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.serialize_field("FriendUserIds", &self.friend_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for IsFriendRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for IsFriendRequest {
    const NAME: &'static str = "IsFriendRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "InboxType" => 2,
            "FriendUserIds" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        let mut friend_user_ids_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                3 => decode::once(&mut friend_user_ids_slot, "FriendUserIds", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(IsFriendRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            inbox_type: inbox_type_slot.flatten(),
            friend_user_ids: friend_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FriendUserIds"))?,
        })
    }
}

impl Validate for IsFriendRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.friend_user_ids;
            path.push(Segment::Field("FriendUserIds"));
            validate::items(value, Some(1), Some(10), path, out);
            path.pop();
        }
    }
}

/// 其中 Result 的结构如下
///
/// The payload of a successful [`IsFriend`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsFriendResponse {
    /// 好友关系详情
    ///
    /// One entry per user checked, in the request's order.
    ///
    /// The document calls the type `IsFriendInfo`.
    pub infos: Vec<IsFriendInfo>,
}

impl serde::Serialize for IsFriendResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("IsFriendResponse", 1)?;
        object.serialize_field("Infos", &self.infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for IsFriendResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for IsFriendResponse {
    const NAME: &'static str = "IsFriendResponse";

    fn field(key: &str) -> usize {
        match key {
            "Infos" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut infos_slot: Option<Vec<IsFriendInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut infos_slot, "Infos", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(IsFriendResponse {
            infos: infos_slot.ok_or_else(|| A::Error::missing_field("Infos"))?,
        })
    }
}

/// 好友关系详情
///
/// Whether one user is a friend.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsFriendInfo {
    /// 校验好友的 UserId
    ///
    /// Example: `10002`. The document calls the type `Int`.
    pub friend_user_id: i64,
    /// 是否是好友。
    /// - true:是。
    /// - false:否
    ///
    /// Example: `false`. The document calls the type `Bool`.
    pub is_friend: bool,
}

impl serde::Serialize for IsFriendInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("IsFriendInfo", 2)?;
        object.serialize_field("FriendUserId", &self.friend_user_id)?;
        object.serialize_field("IsFriend", &self.is_friend)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for IsFriendInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for IsFriendInfo {
    const NAME: &'static str = "IsFriendInfo";

    fn field(key: &str) -> usize {
        match key {
            "FriendUserId" => 0,
            "IsFriend" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut friend_user_id_slot: Option<i64> = None;
        let mut is_friend_slot: Option<bool> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut friend_user_id_slot, "FriendUserId", &mut map)?,
                1 => decode::once(&mut is_friend_slot, "IsFriend", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(IsFriendInfo {
            friend_user_id: friend_user_id_slot
                .ok_or_else(|| A::Error::missing_field("FriendUserId"))?,
            is_friend: is_friend_slot.ok_or_else(|| A::Error::missing_field("IsFriend"))?,
        })
    }
}
