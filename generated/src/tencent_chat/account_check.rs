// Code generated from spec/tencent-chat/account_check.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AccountCheck`: This API is used to query whether app-owned accounts have been imported to Chat. Batch query is supported.
//!
//! This API is used to query whether app-owned accounts have been imported to Chat. Batch query
//! is supported.
//!
//! - HTTP: `POST /v4/im_open_login_svc/account_check`
//! - Request: [`AccountCheckRequest`]; response payload: [`AccountCheckResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Querying Accounts, <https://trtc.io/document/34956>
//! - Also from: Querying Accounts (Tencent Cloud's copy), <https://www.tencentcloud.com/document/product/1047/34956>
//! - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//!
//! # Rules the server enforces
//!
//! - An account is `Imported` once `AccountImport` or `MultiaccountImport` imported it, and `NotImported` again after `AccountDelete` deleted it.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `70169` | Server timeout. Try again later. |
//! | `70402` | Invalid parameters. Check whether the required fields have been specified or whether the fields are set according to protocol requirements. |
//! | `70403` | The request failed; app admin permissions are required. |
//! | `70500` | Internal server error. Try again later. |
//!
//! # Notes on the source document
//!
//! - The copies read are cut in the response table (after `ResultItem`'s `UserID`) and have no error table. — *Resolved:* The items' fields are the sample's, described as the delete page describes the same fields; `AccountStatus` is an enum of the sample's two values. The errors are the account service's codes from the Error Codes page (70169, 70402, 70403, 70500), as for the other account commands.
//! - The page does not say what an account's result is when it cannot be checked. — *Resolved:* `ResultCode` is kept as an integer with `ResultInfo`; the emulator answers 0 for every account, as the sample does for both.

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{AccountUserId, SPEC, TencentChat, errors};

/// `AccountCheck` as a type: it ties [`AccountCheckRequest`] and [`AccountCheckResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AccountCheck>`) and servers (`route::<AccountCheck>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AccountCheck;

impl OperationShape for AccountCheck {
    type Service = TencentChat;
    type Input = AccountCheckRequest;
    type Output = AccountCheckResponse;
    const OP: Operation = Operation {
        name: "AccountCheck",
        service: &SPEC,
        path: "/v4/im_open_login_svc/account_check",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 100,
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

/// The request body of `AccountCheck`.
///
/// The request of [`AccountCheck`](self): This API is used to query whether app-owned accounts have been imported to Chat. Batch query is supported.
///
/// - HTTP: `POST /v4/im_open_login_svc/account_check`
/// - Request: [`AccountCheckRequest`]; response payload: [`AccountCheckResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Querying Accounts, <https://trtc.io/document/34956>
/// - Also from: Querying Accounts (Tencent Cloud's copy), <https://www.tencentcloud.com/document/product/1047/34956>
/// - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCheckRequest {
    /// Account object array to check. A single request can contain up to 100 accounts.
    ///
    /// Limits: 1 to 100 items (else error `70402`). The document calls the type `Array`.
    pub check_item: Vec<AccountUserId>,
}

impl AccountCheckRequest {
    /// A value with the required `CheckItem`; optional fields absent. The `with_…` methods set the others.
    pub fn new(check_item: Vec<AccountUserId>) -> Self {
        AccountCheckRequest { check_item }
    }
}

impl serde::Serialize for AccountCheckRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AccountCheckRequest", 1)?;
        object.serialize_field("CheckItem", &self.check_item)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountCheckRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountCheckRequest {
    const NAME: &'static str = "AccountCheckRequest";

    fn field(key: &str) -> usize {
        match key {
            "CheckItem" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut check_item_slot: Option<Vec<AccountUserId>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut check_item_slot, "CheckItem", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountCheckRequest {
            check_item: check_item_slot
                .ok_or_else(|| A::Error::missing_field("CheckItem"))?,
        })
    }
}

impl Validate for AccountCheckRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.check_item;
            path.push(Segment::Field("CheckItem"));
            out.coded(
                errors::E70402,
                |out| {
                    validate::items(value, Some(1), Some(100), path, out);
                },
            );
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`AccountCheck`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCheckResponse {
    /// Array of results for different accounts
    ///
    /// The document calls the type `Array`.
    pub result_item: Vec<AccountCheckResult>,
}

impl serde::Serialize for AccountCheckResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AccountCheckResponse", 1)?;
        object.serialize_field("ResultItem", &self.result_item)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountCheckResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountCheckResponse {
    const NAME: &'static str = "AccountCheckResponse";

    fn field(key: &str) -> usize {
        match key {
            "ResultItem" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut result_item_slot: Option<Vec<AccountCheckResult>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut result_item_slot, "ResultItem", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountCheckResponse {
            result_item: result_item_slot
                .ok_or_else(|| A::Error::missing_field("ResultItem"))?,
        })
    }
}

/// The result for one account checked (an item of `ResultItem`).
#[derive(Debug, Clone, PartialEq)]
pub struct AccountCheckResult {
    /// UserID of the account checked
    ///
    /// Example: `"UserID_1"`.
    pub user_id: String,
    /// Result of the check for the account. 0: successful; other values: failed
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub result_code: i32,
    /// Error information about the failure to check the account
    ///
    /// Example: `""`.
    pub result_info: String,
    /// Whether the account has been imported: `Imported` or `NotImported`
    ///
    /// Example: `"Imported"`. The document calls the type `String`.
    pub account_status: AccountStatus,
}

impl serde::Serialize for AccountCheckResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AccountCheckResult", 4)?;
        object.serialize_field("UserID", &self.user_id)?;
        object.serialize_field("ResultCode", &self.result_code)?;
        object.serialize_field("ResultInfo", &self.result_info)?;
        object.serialize_field("AccountStatus", &self.account_status)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountCheckResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountCheckResult {
    const NAME: &'static str = "AccountCheckResult";

    fn field(key: &str) -> usize {
        match key {
            "UserID" => 0,
            "ResultCode" => 1,
            "ResultInfo" => 2,
            "AccountStatus" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        let mut result_code_slot: Option<i32> = None;
        let mut result_info_slot: Option<String> = None;
        let mut account_status_slot: Option<AccountStatus> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "UserID", &mut map)?,
                1 => decode::once(&mut result_code_slot, "ResultCode", &mut map)?,
                2 => decode::once(&mut result_info_slot, "ResultInfo", &mut map)?,
                3 => decode::once(&mut account_status_slot, "AccountStatus", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountCheckResult {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserID"))?,
            result_code: result_code_slot
                .ok_or_else(|| A::Error::missing_field("ResultCode"))?,
            result_info: result_info_slot
                .ok_or_else(|| A::Error::missing_field("ResultInfo"))?,
            account_status: account_status_slot
                .ok_or_else(|| A::Error::missing_field("AccountStatus"))?,
        })
    }
}

/// Whether an account has been imported to Chat.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountStatus {
    /// `"Imported"`: The account has been imported.
    Imported,
    /// `"NotImported"`: The account has not been imported.
    NotImported,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl AccountStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Imported => "Imported",
            Self::NotImported => "NotImported",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AccountStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Imported" => Self::Imported,
            "NotImported" => Self::NotImported,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for AccountStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AccountStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
