// Code generated from spec/volcengine-rtc-im/un_register_users.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UnRegisterUsers`: 你可以使用此接口注销用户。
//!
//! 注销用户 UserId。一次最多注销 10 个用户。
//!
//! Unregisters up to 10 users of an app. Users that could not be unregistered come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=UnRegisterUsers&Version=2020-12-01`
//! - Request: [`UnRegisterUsersRequest`]; response payload: [`UnRegisterUsersResponse`]
//! - Source: volc-sdk-golang service/im model (UnRegisterUsersBody, UnRegisterUsersResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - An unregistered user is no longer returned by BatchGetUser (it is listed in its `NotFoundUsers`), and can be registered again.
//!
//! # Notes on the source document
//!
//! - The UnRegisterUsers page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. — *Resolved:* The operation is transcribed from the SDK model; no rate limit is set, as the SDK states none.
//! - The SDK describes `Result` as empty ("空。此接口无需关注") yet gives it a required `FailedInfos` list; what unregistering a user that is not registered does is not said. — *Resolved:* `FailedInfos` is optional. Unregistering a user that is not registered succeeds (the user is not registered afterwards either way); the emulator does not list it as failed.
//! - No minimum is stated for `UserIds`. — *Resolved:* `UserIds` needs at least one item (`min_items: 1`, not on the page): a call that names no one has nothing to do, and is refused with `InvalidParam` like the stated limits.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use super::{FailedInfo, SPEC, VolcengineRtcIm};

/// `UnRegisterUsers` as a type: it ties [`UnRegisterUsersRequest`] and [`UnRegisterUsersResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UnRegisterUsers>`) and servers (`route::<UnRegisterUsers>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UnRegisterUsers;

impl OperationShape for UnRegisterUsers {
    type Service = VolcengineRtcIm;
    type Input = UnRegisterUsersRequest;
    type Output = UnRegisterUsersResponse;
    const OP: Operation = Operation {
        name: "UnRegisterUsers",
        service: &SPEC,
        path: "/",
        action: Some("UnRegisterUsers"),
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &UnRegisterUsersRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `UnRegisterUsers`.
///
/// The request of [`UnRegisterUsers`](self): 你可以使用此接口注销用户。
///
/// - HTTP: `POST /?Action=UnRegisterUsers&Version=2020-12-01`
/// - Request: [`UnRegisterUsersRequest`]; response payload: [`UnRegisterUsersResponse`]
/// - Source: volc-sdk-golang service/im model (UnRegisterUsersBody, UnRegisterUsersResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnRegisterUsersRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 注销用户 UserId。一次最多注销 10 个用户。
    ///
    /// The users to unregister; at most 10 per call.
    ///
    /// Example: `[10003]`. Limits: 1 to 10 items. The document calls the type `Array of Long`.
    pub user_ids: Vec<i64>,
}

impl UnRegisterUsersRequest {
    /// A value with the required `AppId`, `UserIds`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_ids: Vec<i64>) -> Self {
        UnRegisterUsersRequest {
            app_id,
            user_ids,
        }
    }
}

impl serde::Serialize for UnRegisterUsersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UnRegisterUsersRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserIds", &self.user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UnRegisterUsersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UnRegisterUsersRequest {
    const NAME: &'static str = "UnRegisterUsersRequest";

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
        Ok(UnRegisterUsersRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_ids: user_ids_slot.ok_or_else(|| A::Error::missing_field("UserIds"))?,
        })
    }
}

impl Validate for UnRegisterUsersRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_ids;
            path.push(Segment::Field("UserIds"));
            validate::items(value, Some(1), Some(10), path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`UnRegisterUsers`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnRegisterUsersResponse {
    /// 注销失败的用户信息
    ///
    /// The users that could not be unregistered, each with its error code.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for UnRegisterUsersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "UnRegisterUsersResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UnRegisterUsersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UnRegisterUsersResponse {
    const NAME: &'static str = "UnRegisterUsersResponse";

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
        Ok(UnRegisterUsersResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}
