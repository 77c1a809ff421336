// Code generated from spec/tencent-chat/account_import.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AccountImport`: This API is used to import an app-owned account to Chat and create an internal ID for the account to ensure that the account can use the Chat service.
//!
//! This API is used to import an app-owned account to Chat and create an internal ID for the
//! account to ensure that the account can use the Chat service.
//!
//! If the same account is imported to Chat repeatedly, only one internal ID will be created for
//! the account.
//!
//! - HTTP: `POST /v4/im_open_login_svc/account_import`
//! - Request: [`AccountImportRequest`]; response payload: [`AccountImportResponse`]
//! - Rate limit: 200 requests per second
//! - Source: Importing a Single Account, <https://www.tencentcloud.com/document/product/1047/34953>
//! - Also from: Importing a Single Account (international page, updated 2020-05-22), <https://intl.cloud.tencent.com/document/product/1047/34953>
//! - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; AccountImportRequest, its Chinese page 269/1608), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - Importing an account that exists creates nothing new: the account keeps its one internal ID.
//! - An app of an edition limited to 100 accounts cannot hold more; importing one more is refused. (error `70398`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `40006` | An internal server error occurred during profile setting. Try again later. |
//! | `40601` | The value of the profile field exceeds the length limit of 500 bytes. |
//! | `70169` | Server timeout. Try again later. |
//! | `70398` | The number of accounts exceeds the limit allowed. To create more than 100 accounts, upgrade your app to the Pro edition. For specific steps, see Purchase Guide. |
//! | `70402` | Invalid parameters. Check whether the required fields have been specified or whether the fields are set according to protocol requirements. |
//! | `70403` | The request failed; app admin permissions are required. |
//! | `70500` | Internal server error. Try again later. |
//!
//! # Notes on the source document
//!
//! - The 2020 international page names the account field `Identifier`; the current page and Tencent's OpenAPI description name it `UserID`. — *Resolved:* `UserID`, as the current page and sample send it.
//! - The copy read is cut in the error table at `70403 \| The request fail`, and has no row after it; the 2020 page's table starts with 40005 (sensitive words in a profile field), which the current page no longer lists. — *Resolved:* 70403's description is completed from the Error Codes page ("the request failed, and app admin permissions are required"), and 70500 (internal server error), which that page lists beside 70402 and 70403 for the account service, is added; 40005 is left out as the current page drops it.
//! - The page says `UserID` is at most 32 bytes and 40601 that a profile field is at most 500 bytes, but names no code for a `UserID` that is too long, and says nothing of an empty one. — *Resolved:* `UserID` is 1 to 32 bytes, refused with 70402 (the page's invalid-parameter code, which plays that role for this API instead of the group service's 10004); `Nick` and `FaceUrl` at most 500 bytes each, refused with 40601.
//! - The page does not say whether importing an existing account changes its nickname or profile photo; the page on importing many accounts says it updates them with the new values. — *Resolved:* Judgement: the same here (the emulator keeps the account and takes the new `Nick` and `FaceUrl` when given); the call is `idempotent: true`, as importing twice leaves one account.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `AccountImport` as a type: it ties [`AccountImportRequest`] and [`AccountImportResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AccountImport>`) and servers (`route::<AccountImport>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AccountImport;

impl OperationShape for AccountImport {
    type Service = TencentChat;
    type Input = AccountImportRequest;
    type Output = AccountImportResponse;
    const OP: Operation = Operation {
        name: "AccountImport",
        service: &SPEC,
        path: "/v4/im_open_login_svc/account_import",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[
            (ErrorRole::InvalidParameter, errors::E70402),
            (ErrorRole::Internal, errors::E70500),
        ],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// The request body of `AccountImport`.
///
/// The request of [`AccountImport`](self): This API is used to import an app-owned account to Chat and create an internal ID for the account to ensure that the account can use the Chat service.
///
/// - HTTP: `POST /v4/im_open_login_svc/account_import`
/// - Request: [`AccountImportRequest`]; response payload: [`AccountImportResponse`]
/// - Rate limit: 200 requests per second
/// - Source: Importing a Single Account, <https://www.tencentcloud.com/document/product/1047/34953>
/// - Also from: Importing a Single Account (international page, updated 2020-05-22), <https://intl.cloud.tencent.com/document/product/1047/34953>
/// - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; AccountImportRequest, its Chinese page 269/1608), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountImportRequest {
    /// Username, which is a string of up to 32 bytes in length
    ///
    /// Example: `"test"`. Limits: 1 to 32 UTF-8 bytes (else error `70402`).
    pub user_id: String,
    /// User nickname
    ///
    /// Example: `"test"`. Limits: at most 500 UTF-8 bytes (else error `40601`).
    pub nick: Option<String>,
    /// URL of the user's profile photo
    ///
    /// Example: `"http://www.qq.com"`. Limits: at most 500 UTF-8 bytes (else error `40601`).
    pub face_url: Option<String>,
}

impl AccountImportRequest {
    /// A value with the required `UserID`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        AccountImportRequest {
            user_id: user_id.into(),
            nick: None,
            face_url: None,
        }
    }

    /// Sets `Nick`.
    pub fn with_nick(mut self, nick: impl Into<String>) -> Self {
        self.nick = Some(nick.into());
        self
    }

    /// Sets `FaceUrl`.
    pub fn with_face_url(mut self, face_url: impl Into<String>) -> Self {
        self.face_url = Some(face_url.into());
        self
    }
}

impl serde::Serialize for AccountImportRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AccountImportRequest",
                1 + usize::from(self.nick.is_some())
                    + usize::from(self.face_url.is_some()),
            )?;
        object.serialize_field("UserID", &self.user_id)?;
        encode::optional(&mut object, "Nick", &self.nick)?;
        encode::optional(&mut object, "FaceUrl", &self.face_url)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountImportRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountImportRequest {
    const NAME: &'static str = "AccountImportRequest";

    fn field(key: &str) -> usize {
        match key {
            "UserID" => 0,
            "Nick" => 1,
            "FaceUrl" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut nick_slot: Option<Option<String>> = None;
        let mut face_url_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "UserID", &mut map)?,
                1 => decode::once(&mut nick_slot, "Nick", &mut map)?,
                2 => decode::once(&mut face_url_slot, "FaceUrl", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountImportRequest {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserID"))?,
            nick: nick_slot.flatten(),
            face_url: face_url_slot.flatten(),
        })
    }
}

impl Validate for AccountImportRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_id;
            path.push(Segment::Field("UserID"));
            out.coded(
                errors::E70402,
                |out| {
                    validate::length(
                        value,
                        Some(1),
                        Some(32),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        if let Some(value) = &self.nick {
            path.push(Segment::Field("Nick"));
            out.coded(
                errors::E40601,
                |out| {
                    validate::length(
                        value,
                        None,
                        Some(500),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        if let Some(value) = &self.face_url {
            path.push(Segment::Field("FaceUrl"));
            out.coded(
                errors::E40601,
                |out| {
                    validate::length(
                        value,
                        None,
                        Some(500),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`AccountImport`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountImportResponse {}

impl serde::Serialize for AccountImportResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("AccountImportResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountImportResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountImportResponse {
    const NAME: &'static str = "AccountImportResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(AccountImportResponse {})
    }
}
