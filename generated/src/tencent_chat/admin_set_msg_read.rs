// Code generated from spec/tencent-chat/admin_set_msg_read.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AdminSetMsgRead`: This API is used to mark the messages of a one-to-one conversation as read.
//!
//! This API is used to mark the messages of a one-to-one conversation as read: all the messages
//! the account received in its conversation with the peer before `MsgReadTime` (the current
//! time when it is left out).
//!
//! - HTTP: `POST /v4/openim/admin_set_msg_read`
//! - Request: [`AdminSetMsgReadRequest`]; response payload: [`AdminSetMsgReadResponse`]
//! - Rate limit: 200 requests per second
//! - Source: Marking One-to-One Messages as Read, <https://trtc.io/document/38996>
//! - Also from: Marking One-to-One Messages as Read (international page, 2021 revisions), <https://intl.cloud.tencent.com/document/product/1047/38996>
//! - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//!
//! # Rules the server enforces
//!
//! - The app admin calls this API; any other caller is refused. (error `90009`)
//! - Both accounts must exist. (error `90048`)
//! - `MsgReadTime`, when given, is a timestamp in seconds written as a string of digits. (error `90010`)
//! - The messages `Report_Account` received from `Peer_Account` up to `MsgReadTime` are read (`IsPeerRead` in AdminGetRoamMsg's answer); later ones are not.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `90001` | Failed to parse the JSON format. Check whether the JSON request packet meets JSON specifications. |
//! | `90009` | The request requires app admin permission. |
//! | `90010` | The JSON request packet is not in the message format (a field is missing or invalid). |
//! | `90048` | The requested UserID does not exist. |
//! | `90994` | Internal server error. Try again later. |
//!
//! # Notes on the source document
//!
//! - `MsgReadTime` is a timestamp typed String; the 2021 pages have no such field (they mark all messages read); the copies read give no error table; the call frequency was 100 a second on the January 2021 page and is 200 now. — *Resolved:* `MsgReadTime` is an optional string, which the emulator reads as a number of seconds (anything else is 90010); the errors are the message service's codes from the Error Codes page (90009 not an admin, 90048 an unknown account, 90010 a malformed request); 200 calls a second.
//! - The page does not say whether "before the specified timestamp" includes messages of that second. — *Resolved:* Judgement: it does (messages at or before `MsgReadTime` are read).
//! - `IsPeerRead` in the history answer is described as set by a read receipt the recipient's client sends, not by this API. — *Resolved:* The emulator has no clients, and shows this API's read state as `IsPeerRead` (the only read state it keeps).

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `AdminSetMsgRead` as a type: it ties [`AdminSetMsgReadRequest`] and [`AdminSetMsgReadResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AdminSetMsgRead>`) and servers (`route::<AdminSetMsgRead>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AdminSetMsgRead;

impl OperationShape for AdminSetMsgRead {
    type Service = TencentChat;
    type Input = AdminSetMsgReadRequest;
    type Output = AdminSetMsgReadResponse;
    const OP: Operation = Operation {
        name: "AdminSetMsgRead",
        service: &SPEC,
        path: "/v4/openim/admin_set_msg_read",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[
            (ErrorRole::InvalidParameter, errors::E90010),
            (ErrorRole::Internal, errors::E90994),
        ],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// The request body of `AdminSetMsgRead`.
///
/// The request of [`AdminSetMsgRead`](self): This API is used to mark the messages of a one-to-one conversation as read.
///
/// - HTTP: `POST /v4/openim/admin_set_msg_read`
/// - Request: [`AdminSetMsgReadRequest`]; response payload: [`AdminSetMsgReadResponse`]
/// - Rate limit: 200 requests per second
/// - Source: Marking One-to-One Messages as Read, <https://trtc.io/document/38996>
/// - Also from: Marking One-to-One Messages as Read (international page, 2021 revisions), <https://intl.cloud.tencent.com/document/product/1047/38996>
/// - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminSetMsgReadRequest {
    /// UserId of the account for which to mark messages as read
    ///
    /// Example: `"dramon1"`.
    pub report_account: String,
    /// UserId of the other account in the one-to-one conversation
    ///
    /// Example: `"dramon2"`.
    pub peer_account: String,
    /// Timestamp (in seconds). All messages before the specified timestamp are marked as read. If no value is specified, the current timestamp is used.
    ///
    /// When absent: the current time. The document calls the type `String`.
    pub msg_read_time: Option<String>,
}

impl AdminSetMsgReadRequest {
    /// A value with the required `Report_Account`, `Peer_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        report_account: impl Into<String>,
        peer_account: impl Into<String>,
    ) -> Self {
        AdminSetMsgReadRequest {
            report_account: report_account.into(),
            peer_account: peer_account.into(),
            msg_read_time: None,
        }
    }

    /// Sets `MsgReadTime`.
    pub fn with_msg_read_time(mut self, msg_read_time: impl Into<String>) -> Self {
        self.msg_read_time = Some(msg_read_time.into());
        self
    }
}

impl serde::Serialize for AdminSetMsgReadRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AdminSetMsgReadRequest",
                2 + usize::from(self.msg_read_time.is_some()),
            )?;
        object.serialize_field("Report_Account", &self.report_account)?;
        object.serialize_field("Peer_Account", &self.peer_account)?;
        encode::optional(&mut object, "MsgReadTime", &self.msg_read_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdminSetMsgReadRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AdminSetMsgReadRequest {
    const NAME: &'static str = "AdminSetMsgReadRequest";

    fn field(key: &str) -> usize {
        match key {
            "Report_Account" => 0,
            "Peer_Account" => 1,
            "MsgReadTime" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut report_account_slot: Option<String> = None;
        let mut peer_account_slot: Option<String> = None;
        let mut msg_read_time_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut report_account_slot, "Report_Account", &mut map)?,
                1 => decode::once(&mut peer_account_slot, "Peer_Account", &mut map)?,
                2 => decode::once(&mut msg_read_time_slot, "MsgReadTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AdminSetMsgReadRequest {
            report_account: report_account_slot
                .ok_or_else(|| A::Error::missing_field("Report_Account"))?,
            peer_account: peer_account_slot
                .ok_or_else(|| A::Error::missing_field("Peer_Account"))?,
            msg_read_time: msg_read_time_slot.flatten(),
        })
    }
}

impl Validate for AdminSetMsgReadRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`AdminSetMsgRead`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminSetMsgReadResponse {}

impl serde::Serialize for AdminSetMsgReadResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("AdminSetMsgReadResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdminSetMsgReadResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AdminSetMsgReadResponse {
    const NAME: &'static str = "AdminSetMsgReadResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(AdminSetMsgReadResponse {})
    }
}
