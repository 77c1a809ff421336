// Code generated from spec/tencent-chat/account_delete.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AccountDelete`: This API is used to delete accounts; their data cannot be recovered.
//!
//! The Chat trial edition and Chat developer edition applications support account deletion by
//! default. For other types of applications (such as: TRTC, whiteboard, professional edition,
//! ultimate edition), it needs to be enabled in the console.
//!
//! After deleting an account, the user's data will be irrecoverable, please use this interface
//! with caution. When deleting an account, that user's contacts, profile, groups, sessions, and
//! other data will also be deleted.
//!
//! The Chat trial edition and Chat free trial edition support importing deleted UserIDs. For
//! other types of applications, deleted UserIDs are not allowed to be re-imported within 3
//! months.
//!
//! - HTTP: `POST /v4/im_open_login_svc/account_delete`
//! - Request: [`AccountDeleteRequest`]; response payload: [`AccountDeleteResponse`]
//! - Source: Deleting Accounts, <https://www.tencentcloud.com/document/product/1047/34955>
//! - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; AccountDeleteRequest, its Chinese page 269/36443), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - An account that does not exist is answered in `ResultItem` with `ResultCode` 70107 (`Err_TLS_PT_Open_Login_Account_Not_Exist`); the others are deleted.
//! - A deleted account's contacts, profile, groups, sessions and other data are deleted with it.
//! - Apps other than the trial editions must enable deletion in the console; without it the call is refused. (error `71000`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `70169` | Server timeout. Try again later. |
//! | `70402` | Invalid parameters. Check whether the required fields have been specified or whether the fields are set according to protocol requirements. |
//! | `70403` | The request failed; app admin permissions are required. |
//! | `70500` | Internal server error. Try again later. |
//! | `71000` | Failed to delete the account: account deletion is not enabled for the app's edition (it must be enabled in the console). |
//!
//! # Notes on the source document
//!
//! - The copies read are cut before the error table, and state no call frequency. — *Resolved:* The errors are the account service's codes from the Error Codes page (70169, 70402, 70403, 70500), and 71000, which that page gives for a deletion the app's edition does not allow; no `rate_limit` is given, as the page states none that could be read.
//! - The page says the deleted account's groups and sessions are deleted with it, without saying what happens to the groups it owned or was a member of. — *Resolved:* Judgement, in the emulator: the account's one-to-one messages are deleted; group membership is left alone, as the group commands treat any account as existing.
//! - The page does not say whether a UserID repeated in `DeleteItem` gets one result or two. — *Resolved:* One result per item, in the order given (the repeat finds the account deleted, 70107).

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use super::{AccountUserId, SPEC, TencentChat, errors};

/// `AccountDelete` as a type: it ties [`AccountDeleteRequest`] and [`AccountDeleteResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AccountDelete>`) and servers (`route::<AccountDelete>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AccountDelete;

impl OperationShape for AccountDelete {
    type Service = TencentChat;
    type Input = AccountDeleteRequest;
    type Output = AccountDeleteResponse;
    const OP: Operation = Operation {
        name: "AccountDelete",
        service: &SPEC,
        path: "/v4/im_open_login_svc/account_delete",
        action: None,
        rate_limit: None,
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

/// The request body of `AccountDelete`.
///
/// The request of [`AccountDelete`](self): This API is used to delete accounts; their data cannot be recovered.
///
/// - HTTP: `POST /v4/im_open_login_svc/account_delete`
/// - Request: [`AccountDeleteRequest`]; response payload: [`AccountDeleteResponse`]
/// - Source: Deleting Accounts, <https://www.tencentcloud.com/document/product/1047/34955>
/// - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; AccountDeleteRequest, its Chinese page 269/36443), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountDeleteRequest {
    /// Account array to delete. A single request can contain up to 100 accounts.
    ///
    /// Limits: 1 to 100 items (else error `70402`). The document calls the type `Array`.
    pub delete_item: Vec<AccountUserId>,
}

impl AccountDeleteRequest {
    /// A value with the required `DeleteItem`; optional fields absent. The `with_…` methods set the others.
    pub fn new(delete_item: Vec<AccountUserId>) -> Self {
        AccountDeleteRequest {
            delete_item,
        }
    }
}

impl serde::Serialize for AccountDeleteRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AccountDeleteRequest", 1)?;
        object.serialize_field("DeleteItem", &self.delete_item)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountDeleteRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountDeleteRequest {
    const NAME: &'static str = "AccountDeleteRequest";

    fn field(key: &str) -> usize {
        match key {
            "DeleteItem" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut delete_item_slot: Option<Vec<AccountUserId>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut delete_item_slot, "DeleteItem", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountDeleteRequest {
            delete_item: delete_item_slot
                .ok_or_else(|| A::Error::missing_field("DeleteItem"))?,
        })
    }
}

impl Validate for AccountDeleteRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.delete_item;
            path.push(Segment::Field("DeleteItem"));
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
/// The payload of a successful [`AccountDelete`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountDeleteResponse {
    /// Array of results for different accounts
    ///
    /// The document calls the type `Array`.
    pub result_item: Vec<AccountDeleteResult>,
}

impl serde::Serialize for AccountDeleteResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AccountDeleteResponse", 1)?;
        object.serialize_field("ResultItem", &self.result_item)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountDeleteResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountDeleteResponse {
    const NAME: &'static str = "AccountDeleteResponse";

    fn field(key: &str) -> usize {
        match key {
            "ResultItem" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut result_item_slot: Option<Vec<AccountDeleteResult>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut result_item_slot, "ResultItem", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountDeleteResponse {
            result_item: result_item_slot
                .ok_or_else(|| A::Error::missing_field("ResultItem"))?,
        })
    }
}

/// The result for one account to delete (an item of `ResultItem`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountDeleteResult {
    /// Error code for the account. 0: successful; other values: failed (70107: the account does not exist)
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub result_code: i32,
    /// Error information about the failure to delete the account
    ///
    /// Example: `""`.
    pub result_info: String,
    /// UserID of the account to delete
    ///
    /// Example: `"UserID_1"`.
    pub user_id: String,
}

impl serde::Serialize for AccountDeleteResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AccountDeleteResult", 3)?;
        object.serialize_field("ResultCode", &self.result_code)?;
        object.serialize_field("ResultInfo", &self.result_info)?;
        object.serialize_field("UserID", &self.user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountDeleteResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountDeleteResult {
    const NAME: &'static str = "AccountDeleteResult";

    fn field(key: &str) -> usize {
        match key {
            "ResultCode" => 0,
            "ResultInfo" => 1,
            "UserID" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut result_code_slot: Option<i32> = None;
        let mut result_info_slot: Option<String> = None;
        let mut user_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut result_code_slot, "ResultCode", &mut map)?,
                1 => decode::once(&mut result_info_slot, "ResultInfo", &mut map)?,
                2 => decode::once(&mut user_id_slot, "UserID", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountDeleteResult {
            result_code: result_code_slot
                .ok_or_else(|| A::Error::missing_field("ResultCode"))?,
            result_info: result_info_slot
                .ok_or_else(|| A::Error::missing_field("ResultInfo"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserID"))?,
        })
    }
}
