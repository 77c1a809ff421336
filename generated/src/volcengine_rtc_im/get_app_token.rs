// Code generated from spec/volcengine-rtc-im/get_app_token.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetAppToken`: 你可以使用此接口生成用户登录 IM 所需的 Token。
//!
//! 指定你所属的 AppId、用户 UserId 和 Token 过期时间，生成该用户的 Token。
//!
//! Token 本质是使用 AppKey 对 AppID,UserID,Token 的过期时间三个字段进行对称性加密。客户端所有跟 IM 服务端交互的请求,都需要携带Token,IM 服务端会解密 Token 从而获取请求方的身份信息,一旦解密失败或者 Token 过期,则会请求失败。
//!
//! Issues the token a user's client signs in to IM with, valid until `ExpireTime`. The token is a secret: whoever holds it acts as that user, so keep it out of logs and hand it to that user's client only.
//!
//! - HTTP: `POST /?Action=GetAppToken&Version=2020-12-01`
//! - Request: [`GetAppTokenRequest`]; response payload: [`GetAppTokenResponse`]
//! - Source: volc-sdk-golang service/im model (GetAppTokenBody, GetAppTokenResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
//! - Also from: IM 鉴权 (Token), <https://volcengine.com/docs/6348/291043>
//!
//! # Rules the server enforces
//!
//! - The token signs the user in until `ExpireTime`; a time already past gives no usable token.
//!
//! # Notes on the source document
//!
//! - The GetAppToken page of the IM documentation could not be read. Volcengine's Go SDK model of the API has every field with its description, and the IM authentication page (291043) says what the token is. — *Resolved:* The operation is transcribed from the SDK's `GetAppTokenBody` and `GetAppTokenResResult` (the `source`); the description adds the authentication page's own words on the token (`also_from`).
//! - "Token过期时间 单位毫秒" (the token's expiry, in milliseconds) does not say whether it is a time or a duration; the RTC token pages stress that their expiry is a timestamp. — *Resolved:* `ExpireTime` is a Unix time in milliseconds; a time already past is refused by the emulator with `InvalidParam` (its choice: no code is documented).
//! - The SDK gives no rate limit and no error code. — *Resolved:* No `rate_limit` and no `errors` beyond the service's.

use imapi_runtime::{BodyFormat, Operation, OperationShape, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use super::{SPEC, VolcengineRtcIm};

/// `GetAppToken` as a type: it ties [`GetAppTokenRequest`] and [`GetAppTokenResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetAppToken>`) and servers (`route::<GetAppToken>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetAppToken;

impl OperationShape for GetAppToken {
    type Service = VolcengineRtcIm;
    type Input = GetAppTokenRequest;
    type Output = GetAppTokenResponse;
    const OP: Operation = Operation {
        name: "GetAppToken",
        service: &SPEC,
        path: "/",
        action: Some("GetAppToken"),
        rate_limit: None,
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetAppTokenRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `GetAppToken`.
///
/// The request of [`GetAppToken`](self): 你可以使用此接口生成用户登录 IM 所需的 Token。
///
/// - HTTP: `POST /?Action=GetAppToken&Version=2020-12-01`
/// - Request: [`GetAppTokenRequest`]; response payload: [`GetAppTokenResponse`]
/// - Source: volc-sdk-golang service/im model (GetAppTokenBody, GetAppTokenResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
/// - Also from: IM 鉴权 (Token), <https://volcengine.com/docs/6348/291043>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAppTokenRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`.
    pub app_id: i32,
    /// 用户UserId
    ///
    /// The user the token is for.
    ///
    /// Example: `10001`.
    pub user_id: i64,
    /// Token过期时间 单位毫秒
    ///
    /// When the token expires, a Unix time in milliseconds.
    ///
    /// Unit: milliseconds. Example: `4102444800000`.
    pub expire_time: i64,
}

impl GetAppTokenRequest {
    /// A value with the required `AppId`, `UserId`, `ExpireTime`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64, expire_time: i64) -> Self {
        GetAppTokenRequest {
            app_id,
            user_id,
            expire_time,
        }
    }
}

impl serde::Serialize for GetAppTokenRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetAppTokenRequest", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("ExpireTime", &self.expire_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetAppTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetAppTokenRequest {
    const NAME: &'static str = "GetAppTokenRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "ExpireTime" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut expire_time_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut expire_time_slot, "ExpireTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetAppTokenRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            expire_time: expire_time_slot
                .ok_or_else(|| A::Error::missing_field("ExpireTime"))?,
        })
    }
}

impl Validate for GetAppTokenRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// `Result` 的结构。
///
/// The payload of a successful [`GetAppToken`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAppTokenResponse {
    /// 应用的唯一标志
    pub app_id: i32,
    /// 生成的Token
    ///
    /// The token, a secret that signs the user in, to be kept out of logs.
    pub token: String,
    /// 用户UserId
    pub user_id: i64,
}

impl serde::Serialize for GetAppTokenResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetAppTokenResponse", 3)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("Token", &self.token)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetAppTokenResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetAppTokenResponse {
    const NAME: &'static str = "GetAppTokenResponse";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "Token" => 1,
            "UserId" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut token_slot: Option<String> = None;
        let mut user_id_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut token_slot, "Token", &mut map)?,
                2 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetAppTokenResponse {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            token: token_slot.ok_or_else(|| A::Error::missing_field("Token"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
        })
    }
}
