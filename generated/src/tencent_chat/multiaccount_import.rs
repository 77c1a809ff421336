// Code generated from spec/tencent-chat/multiaccount_import.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `MultiaccountImport`: This API is used to import multiple app-owned accounts to Chat in one request, creating an internal ID for each.
//!
//! This API is used to import multiple app-owned accounts to Chat in one request, creating an
//! internal ID for each so that it can use the Chat service. Up to 100 accounts can be imported
//! at a time; importing the same account repeatedly creates only one internal ID.
//!
//! An old version of the request lists only the usernames (`Accounts`); the new version lists
//! each user with a nickname and profile photo (`AccountList`). When an account exists, it is
//! updated with the new nickname and profile photo URL.
//!
//! - HTTP: `POST /v4/im_open_login_svc/multiaccount_import`
//! - Request: [`MultiaccountImportRequest`]; response payload: [`MultiaccountImportResponse`]
//! - Rate limit: 100 requests per second
//! - Source: Importing Multiple Accounts, <https://www.tencentcloud.com/document/product/1047/34954>
//! - Also from: 导入多个账号 (the Chinese page, updated 2025-04-03, in the Live product's copy), <https://cloud.tencent.com/document/product/269/117668>
//! - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//!
//! # Rules the server enforces
//!
//! - An account that exists is not created again; the new version of the request updates its nickname and profile photo URL with the values given.
//! - An account that cannot be imported is listed in `FailAccounts`; the others are imported.
//! - An app of an edition limited to 100 accounts cannot hold more; the accounts over the limit are not imported. (error `70398`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `40006` | Internal server error when setting data; please try again later. |
//! | `40601` | The value of the profile field exceeds the length limit of 500 bytes. |
//! | `70169` | Server timeout. Try again later. |
//! | `70398` | The number of accounts exceeds the limit allowed. To create more than 100 accounts, upgrade your app to the Pro edition. |
//! | `70402` | Invalid parameters. Check whether the required fields have been specified or whether the fields are set according to protocol requirements. |
//! | `70403` | The request failed; app admin permissions are required. |
//! | `70500` | Internal server error. Try again later. |
//!
//! # Notes on the source document
//!
//! - The page gives two request versions, an old one (`Accounts`, a list of usernames) and a new one (`AccountList`, users with nicknames and photos), each as a table with both fields required, without saying whether both may be sent together. — *Resolved:* Both fields are optional, exactly one of them must be given (`at_least_one_of` and `mutually_exclusive`); each holds 1 to 100 accounts, as the page says.
//! - The sample response lists `UserID_002` and `UserID_003` as failed, which matches neither sample request (the new version sends `UserID_001` and `UserID_002`, the old version all three), and no row says why an account fails. — *Resolved:* The response is kept as the page prints it, with the new-version sample it follows; `FailAccounts` is optional (absent when every account was imported). The emulator lists an account as failed only for a reason it models (none today: any well-formed UserID is imported), so its answer to that sample has no failed account.
//! - The copy read is cut in the error table after `40006`; the page states no code for a UserID over 32 bytes or a list over 100 items. — *Resolved:* The error list is `AccountImport`'s (the same account service codes, from the Error Codes page): 70402 for a malformed request (the invalid-parameter role) and the limits, 40601 for a profile field over 500 bytes.
//! - The English page says nothing of existing accounts; the Chinese page (2025) says they are updated with the new nickname, profile photo URL and so on. — *Resolved:* The Chinese page's rule; the call is `idempotent: true`.
//! - The copy read has no Feature Overview. — *Resolved:* The summary and description are written from the Chinese page's overview (100 accounts a call, one internal ID per account, existing accounts updated).

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `MultiaccountImport` as a type: it ties [`MultiaccountImportRequest`] and [`MultiaccountImportResponse`] to the operation's binding, rate limit and errors, for clients (`call::<MultiaccountImport>`) and servers (`route::<MultiaccountImport>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MultiaccountImport;

impl OperationShape for MultiaccountImport {
    type Service = TencentChat;
    type Input = MultiaccountImportRequest;
    type Output = MultiaccountImportResponse;
    const OP: Operation = Operation {
        name: "MultiaccountImport",
        service: &SPEC,
        path: "/v4/im_open_login_svc/multiaccount_import",
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

/// The request body of `MultiaccountImport`.
///
/// The request of [`MultiaccountImport`](self): This API is used to import multiple app-owned accounts to Chat in one request, creating an internal ID for each.
///
/// - HTTP: `POST /v4/im_open_login_svc/multiaccount_import`
/// - Request: [`MultiaccountImportRequest`]; response payload: [`MultiaccountImportResponse`]
/// - Rate limit: 100 requests per second
/// - Source: Importing Multiple Accounts, <https://www.tencentcloud.com/document/product/1047/34954>
/// - Also from: 导入多个账号 (the Chinese page, updated 2025-04-03, in the Live product's copy), <https://cloud.tencent.com/document/product/269/117668>
/// - Also from: Error Codes (account error codes 70xxx), <https://www.tencentcloud.com/document/product/1047/34348>
///
/// At least one of `Accounts`, `AccountList` must be present.
///
/// At most one of `Accounts`, `AccountList` may be present.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiaccountImportRequest {
    /// Username list (old version of the request), each username length not exceeding 32 bytes, up to 100 usernames can be imported at a time
    ///
    /// Example: `["UserID_001","UserID_002","UserID_003"]`. Limits: 1 to 100 items (else error `70402`); each item 1 to 32 UTF-8 bytes (else error `70402`). The document calls the type `Array`.
    pub accounts: Option<Vec<String>>,
    /// List of users to be imported (new version of the request), up to 100 users can be imported at a time
    ///
    /// Limits: 1 to 100 items (else error `70402`). The document calls the type `Array`.
    pub account_list: Option<Vec<ImportedAccount>>,
}

impl MultiaccountImportRequest {
    /// Sets `Accounts`.
    pub fn with_accounts(mut self, accounts: Vec<String>) -> Self {
        self.accounts = Some(accounts);
        self
    }

    /// Sets `AccountList`.
    pub fn with_account_list(mut self, account_list: Vec<ImportedAccount>) -> Self {
        self.account_list = Some(account_list);
        self
    }
}

impl serde::Serialize for MultiaccountImportRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "MultiaccountImportRequest",
                usize::from(self.accounts.is_some())
                    + usize::from(self.account_list.is_some()),
            )?;
        encode::optional(&mut object, "Accounts", &self.accounts)?;
        encode::optional(&mut object, "AccountList", &self.account_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MultiaccountImportRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MultiaccountImportRequest {
    const NAME: &'static str = "MultiaccountImportRequest";

    fn field(key: &str) -> usize {
        match key {
            "Accounts" => 0,
            "AccountList" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut accounts_slot: Option<Option<Vec<String>>> = None;
        let mut account_list_slot: Option<Option<Vec<ImportedAccount>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut accounts_slot, "Accounts", &mut map)?,
                1 => decode::once(&mut account_list_slot, "AccountList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(MultiaccountImportRequest {
            accounts: accounts_slot.flatten(),
            account_list: account_list_slot.flatten(),
        })
    }
}

impl Validate for MultiaccountImportRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::at_least_one_of(
            &[self.accounts.is_some(), self.account_list.is_some()],
            &["Accounts", "AccountList"],
            path,
            out,
        );
        validate::at_most_one_of(
            &[self.accounts.is_some(), self.account_list.is_some()],
            &["Accounts", "AccountList"],
            path,
            out,
        );
        if let Some(value) = &self.accounts {
            path.push(Segment::Field("Accounts"));
            out.coded(
                errors::E70402,
                |out| {
                    validate::items(value, Some(1), Some(100), path, out);
                },
            );
            for (i, item) in value.iter().enumerate() {
                path.push(Segment::Index(i));
                out.coded(
                    errors::E70402,
                    |out| {
                        validate::length(
                            item,
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
            path.pop();
        }
        if let Some(value) = &self.account_list {
            path.push(Segment::Field("AccountList"));
            out.coded(
                errors::E70402,
                |out| {
                    validate::items(value, Some(1), Some(100), path, out);
                },
            );
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`MultiaccountImport`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiaccountImportResponse {
    /// List of failed account
    ///
    /// Example: `["UserID_002","UserID_003"]`. The document calls the type `Array`.
    pub fail_accounts: Option<Vec<String>>,
}

impl serde::Serialize for MultiaccountImportResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "MultiaccountImportResponse",
                usize::from(self.fail_accounts.is_some()),
            )?;
        encode::optional(&mut object, "FailAccounts", &self.fail_accounts)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MultiaccountImportResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MultiaccountImportResponse {
    const NAME: &'static str = "MultiaccountImportResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailAccounts" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut fail_accounts_slot: Option<Option<Vec<String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut fail_accounts_slot, "FailAccounts", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(MultiaccountImportResponse {
            fail_accounts: fail_accounts_slot.flatten(),
        })
    }
}

/// One user to import (an item of `AccountList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedAccount {
    /// Username, which is a string of up to 32 bytes in length
    ///
    /// Example: `"UserID_001"`. Limits: 1 to 32 UTF-8 bytes (else error `70402`).
    pub user_id: String,
    /// User nickname
    ///
    /// Example: `"Nick_001"`. Limits: at most 500 UTF-8 bytes (else error `40601`).
    pub nick: Option<String>,
    /// URL of the user's profile photo
    ///
    /// Example: `"http://www.qq.com"`. Limits: at most 500 UTF-8 bytes (else error `40601`).
    pub face_url: Option<String>,
}

impl ImportedAccount {
    /// A value with the required `UserID`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        ImportedAccount {
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

impl serde::Serialize for ImportedAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ImportedAccount",
                1 + usize::from(self.nick.is_some())
                    + usize::from(self.face_url.is_some()),
            )?;
        object.serialize_field("UserID", &self.user_id)?;
        encode::optional(&mut object, "Nick", &self.nick)?;
        encode::optional(&mut object, "FaceUrl", &self.face_url)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportedAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportedAccount {
    const NAME: &'static str = "ImportedAccount";

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
        Ok(ImportedAccount {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserID"))?,
            nick: nick_slot.flatten(),
            face_url: face_url_slot.flatten(),
        })
    }
}

impl Validate for ImportedAccount {
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
