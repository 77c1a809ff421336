// Code generated from spec/tencent-chat/admin_msg_withdraw.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AdminMsgWithdraw`: This API enables administrators to recall one-to-one messages.
//!
//! This API enables administrators to recall one-to-one messages, including those sent by clients
//! or by the `v4/openim/sendmsg` and `v4/openim/batchsendmsg` RESTful APIs. The `MsgKey` of a
//! message sent by those two APIs is in their responses; that of any message can be queried with
//! `v4/openim/admin_getroammsg`.
//!
//! Once a one-to-one message is recalled by this API, it is recalled from offline storage,
//! roaming storage, and the local cache of the sender's and recipient's clients. This API can
//! recall one-to-one messages sent at any time; there is no time limit. One-to-one messages
//! recalled by this API cannot be restored.
//!
//! - HTTP: `POST /v4/openim/admin_msgwithdraw`
//! - Request: [`AdminMsgWithdrawRequest`]; response payload: [`AdminMsgWithdrawResponse`]
//! - Source: Recalling One-to-One Messages, <https://www.tencentcloud.com/document/product/1047/35015>
//! - Also from: Recalling One-to-One Messages (trtc.io copy, with the feature overview), <https://trtc.io/document/35015>
//! - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//!
//! # Rules the server enforces
//!
//! - The app admin calls this API; any other caller is refused. (error `90009`)
//! - `MsgKey` must have the form of the keys the message APIs return. (error `90054`)
//! - The message must be one of the two accounts' conversation, sent by `From_Account`. (error `20022`)
//! - A message can be recalled once. (error `20023`)
//! - A recalled message stays in history, flagged as recalled (`MsgFlagBits` in AdminGetRoamMsg's answer).
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `90001` | Failed to parse the JSON format. Check whether the JSON request packet meets JSON specifications. |
//! | `90009` | The request requires app admin permission. |
//! | `90010` | The JSON request packet is not in the message format (a field is missing or invalid). |
//! | `90054` | Invalid MsgKey in the recall request. |
//! | `20022` | The message to be recalled does not exist. |
//! | `20023` | The message has been recalled. |
//! | `90994` | Internal server error. Try again later. |
//!
//! # Notes on the source document
//!
//! - The copies read have no error table (the page's failure sample answers 90001 for a body that is not JSON) and no call frequency. — *Resolved:* The errors are the message service's codes from the Error Codes page that fit this API: 90001, 90009 (not an admin), 90010 (a malformed request), 90054 (an invalid `MsgKey`), 20022 (no such message), 20023 (already recalled) and 90994; no `rate_limit` is given.
//! - The page does not say whether a recall is idempotent, nor what a second recall of the same message answers. — *Resolved:* A second recall answers 20023 ("the message has been recalled", the Error Codes page) and changes nothing, so retrying is safe: `idempotent: true`.
//! - The page says nothing of empty account names. — *Resolved:* `From_Account` and `To_Account` hold at least one character; an empty one is 90010.
//! - The page does not say whether the message must have been sent by `From_Account`. — *Resolved:* Judgement: the message is looked up by its key in the conversation of the two accounts, sent by `From_Account` to `To_Account`; any other is 20022.

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use super::{SPEC, TencentChat, errors};

/// `AdminMsgWithdraw` as a type: it ties [`AdminMsgWithdrawRequest`] and [`AdminMsgWithdrawResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AdminMsgWithdraw>`) and servers (`route::<AdminMsgWithdraw>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AdminMsgWithdraw;

impl OperationShape for AdminMsgWithdraw {
    type Service = TencentChat;
    type Input = AdminMsgWithdrawRequest;
    type Output = AdminMsgWithdrawResponse;
    const OP: Operation = Operation {
        name: "AdminMsgWithdraw",
        service: &SPEC,
        path: "/v4/openim/admin_msgwithdraw",
        action: None,
        rate_limit: None,
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

/// The request body of `AdminMsgWithdraw`.
///
/// The request of [`AdminMsgWithdraw`](self): This API enables administrators to recall one-to-one messages.
///
/// - HTTP: `POST /v4/openim/admin_msgwithdraw`
/// - Request: [`AdminMsgWithdrawRequest`]; response payload: [`AdminMsgWithdrawResponse`]
/// - Source: Recalling One-to-One Messages, <https://www.tencentcloud.com/document/product/1047/35015>
/// - Also from: Recalling One-to-One Messages (trtc.io copy, with the feature overview), <https://trtc.io/document/35015>
/// - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminMsgWithdrawRequest {
    /// The UserID of the message sender.
    ///
    /// Example: `"vinson"`. Limits: at least 1 UTF-8 bytes.
    pub from_account: String,
    /// UserID of the recipient
    ///
    /// Example: `"dramon"`. Limits: at least 1 UTF-8 bytes.
    pub to_account: String,
    /// The unique identifier of the message to be recalled, which can be found in the responses to the v4/openim/sendmsg and v4/openim/batchsendmsg API calls.
    ///
    /// Example: `"31906_833502_1572869830"`.
    pub msg_key: String,
}

impl AdminMsgWithdrawRequest {
    /// A value with the required `From_Account`, `To_Account`, `MsgKey`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        from_account: impl Into<String>,
        to_account: impl Into<String>,
        msg_key: impl Into<String>,
    ) -> Self {
        AdminMsgWithdrawRequest {
            from_account: from_account.into(),
            to_account: to_account.into(),
            msg_key: msg_key.into(),
        }
    }
}

impl serde::Serialize for AdminMsgWithdrawRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AdminMsgWithdrawRequest", 3)?;
        object.serialize_field("From_Account", &self.from_account)?;
        object.serialize_field("To_Account", &self.to_account)?;
        object.serialize_field("MsgKey", &self.msg_key)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdminMsgWithdrawRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AdminMsgWithdrawRequest {
    const NAME: &'static str = "AdminMsgWithdrawRequest";

    fn field(key: &str) -> usize {
        match key {
            "From_Account" => 0,
            "To_Account" => 1,
            "MsgKey" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut from_account_slot: Option<String> = None;
        let mut to_account_slot: Option<String> = None;
        let mut msg_key_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                1 => decode::once(&mut to_account_slot, "To_Account", &mut map)?,
                2 => decode::once(&mut msg_key_slot, "MsgKey", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AdminMsgWithdrawRequest {
            from_account: from_account_slot
                .ok_or_else(|| A::Error::missing_field("From_Account"))?,
            to_account: to_account_slot
                .ok_or_else(|| A::Error::missing_field("To_Account"))?,
            msg_key: msg_key_slot.ok_or_else(|| A::Error::missing_field("MsgKey"))?,
        })
    }
}

impl Validate for AdminMsgWithdrawRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.from_account;
            path.push(Segment::Field("From_Account"));
            validate::length(
                value,
                Some(1),
                None,
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
        {
            let value = &self.to_account;
            path.push(Segment::Field("To_Account"));
            validate::length(
                value,
                Some(1),
                None,
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`AdminMsgWithdraw`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminMsgWithdrawResponse {}

impl serde::Serialize for AdminMsgWithdrawResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("AdminMsgWithdrawResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdminMsgWithdrawResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AdminMsgWithdrawResponse {
    const NAME: &'static str = "AdminMsgWithdrawResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(AdminMsgWithdrawResponse {})
    }
}
