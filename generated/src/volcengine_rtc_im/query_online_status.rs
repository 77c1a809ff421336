// Code generated from spec/volcengine-rtc-im/query_online_status.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `QueryOnlineStatus`: 你可以使用此接口查询用户在线状态。
//!
//! 查询用户的 UserId。一次最多查询 100 个成员。
//!
//! Reads the connections of up to 100 users: for each user that is online, the connections it has (device, platform, client version).
//!
//! - HTTP: `POST /?Action=QueryOnlineStatus&Version=2020-12-01`
//! - Request: [`QueryOnlineStatusRequest`]; response payload: [`QueryOnlineStatusResponse`]
//! - Source: volc-sdk-golang service/im model (QueryOnlineStatusBody, QueryOnlineStatusResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Notes on the source document
//!
//! - The QueryOnlineStatus page could not be read. Every fact here is from Volcengine's Go SDK model of this API. The SDK names the result field `QueryOnlineResults` on the wire (`QueryOnlineStatusResults` in Go) and gives the connection item's fields no comments. — *Resolved:* The wire name `QueryOnlineResults` is used; the item's descriptions are ours, in English, and say that the SDK has none. No rate limit is set.
//! - What the map holds for a user that is offline is not said. — *Resolved:* An offline user has no entry in `QueryOnlineResults`.
//! - No minimum is stated for `UserIds`. — *Resolved:* `UserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{SPEC, VolcengineRtcIm};

/// `QueryOnlineStatus` as a type: it ties [`QueryOnlineStatusRequest`] and [`QueryOnlineStatusResponse`] to the operation's binding, rate limit and errors, for clients (`call::<QueryOnlineStatus>`) and servers (`route::<QueryOnlineStatus>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct QueryOnlineStatus;

impl OperationShape for QueryOnlineStatus {
    type Service = VolcengineRtcIm;
    type Input = QueryOnlineStatusRequest;
    type Output = QueryOnlineStatusResponse;
    const OP: Operation = Operation {
        name: "QueryOnlineStatus",
        service: &SPEC,
        path: "/",
        action: Some("QueryOnlineStatus"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &QueryOnlineStatusRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `QueryOnlineStatus`.
///
/// The request of [`QueryOnlineStatus`](self): 你可以使用此接口查询用户在线状态。
///
/// - HTTP: `POST /?Action=QueryOnlineStatus&Version=2020-12-01`
/// - Request: [`QueryOnlineStatusRequest`]; response payload: [`QueryOnlineStatusResponse`]
/// - Source: volc-sdk-golang service/im model (QueryOnlineStatusBody, QueryOnlineStatusResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryOnlineStatusRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 查询用户的 UserId。一次最多查询 100 个成员。
    ///
    /// The users to look up; at most 100 per call.
    ///
    /// Example: `[10001,10002]`. Limits: 1 to 100 items. The document calls the type `Array of Long`.
    pub user_ids: Vec<i64>,
}

impl QueryOnlineStatusRequest {
    /// A value with the required `AppId`, `UserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_ids: Vec<i64>) -> Self {
        QueryOnlineStatusRequest {
            app_id,
            user_ids,
        }
    }
}

impl serde::Serialize for QueryOnlineStatusRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("QueryOnlineStatusRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserIds", &self.user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for QueryOnlineStatusRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for QueryOnlineStatusRequest {
    const NAME: &'static str = "QueryOnlineStatusRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserIds" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_ids_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_ids_slot, "UserIds", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(QueryOnlineStatusRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_ids: user_ids_slot.ok_or_else(|| A::Error::missing_field("UserIds"))?,
        })
    }
}

impl Validate for QueryOnlineStatusRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_ids;
            path.push(Segment::Field("UserIds"));
            validate::items(value, Some(1), Some(100), path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`QueryOnlineStatus`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryOnlineStatusResponse {
    /// 应用的唯一标志
    ///
    /// Example: `0`.
    pub app_id: i32,
    /// 用户在线状态
    ///
    /// Each online user's connections, keyed by the user's UserId as a string; a user that is offline has no entry.
    pub query_online_results: BTreeMap<String, Vec<OnlineConnection>>,
}

impl serde::Serialize for QueryOnlineStatusResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("QueryOnlineStatusResponse", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("QueryOnlineResults", &self.query_online_results)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for QueryOnlineStatusResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for QueryOnlineStatusResponse {
    const NAME: &'static str = "QueryOnlineStatusResponse";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "QueryOnlineResults" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut query_online_results_slot: Option<
            BTreeMap<String, Vec<OnlineConnection>>,
        > = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut query_online_results_slot,
                        "QueryOnlineResults",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(QueryOnlineStatusResponse {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            query_online_results: query_online_results_slot
                .ok_or_else(|| A::Error::missing_field("QueryOnlineResults"))?,
        })
    }
}

/// 用户在线状态
///
/// One connection of an online user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OnlineConnection {
    /// The connection's id (no description in the SDK).
    pub conn_id: String,
    /// The user's UserId (no description in the SDK).
    pub user_id: i64,
    /// The device's id (no description in the SDK).
    pub device_id: i64,
    /// The client's version (no description in the SDK).
    pub client_version: i64,
    /// The client's platform (no description in the SDK).
    pub platform: String,
}

impl serde::Serialize for OnlineConnection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("OnlineConnection", 5)?;
        object.serialize_field("ConnId", &self.conn_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("DeviceId", &self.device_id)?;
        object.serialize_field("ClientVersion", &self.client_version)?;
        object.serialize_field("Platform", &self.platform)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for OnlineConnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for OnlineConnection {
    const NAME: &'static str = "OnlineConnection";

    fn field(key: &str) -> usize {
        match key {
            "ConnId" => 0,
            "UserId" => 1,
            "DeviceId" => 2,
            "ClientVersion" => 3,
            "Platform" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conn_id_slot: Option<String> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut device_id_slot: Option<i64> = None;
        let mut client_version_slot: Option<i64> = None;
        let mut platform_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut conn_id_slot, "ConnId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut device_id_slot, "DeviceId", &mut map)?,
                3 => decode::once(&mut client_version_slot, "ClientVersion", &mut map)?,
                4 => decode::once(&mut platform_slot, "Platform", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(OnlineConnection {
            conn_id: conn_id_slot.ok_or_else(|| A::Error::missing_field("ConnId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            device_id: device_id_slot
                .ok_or_else(|| A::Error::missing_field("DeviceId"))?,
            client_version: client_version_slot
                .ok_or_else(|| A::Error::missing_field("ClientVersion"))?,
            platform: platform_slot.ok_or_else(|| A::Error::missing_field("Platform"))?,
        })
    }
}
