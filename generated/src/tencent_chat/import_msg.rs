// Code generated from spec/tencent-chat/import_msg.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ImportMsg`: This API imports one-to-one chat history to Tencent Cloud Chat in chronological order.
//!
//! This API imports one-to-one chat history to Tencent Cloud Chat in chronological order: it
//! imports your messages from other instant messaging platforms, updates a conversation, and does
//! not trigger a callback.
//!
//! It deduplicates the imported messages in a one-to-one conversation based on the `MsgSeq`,
//! `MsgRandom`, and `MsgTimeStamp` fields. When the values of all these three fields match their
//! counterparts, the two messages are considered duplicates, regardless of their contents (also
//! when `From_Account` and `To_Account` are opposite). Imported messages will not be overwritten
//! by the same messages from later imports.
//!
//! The historical messages of the same conversation are sorted by timestamp first, and then the
//! messages of the same second are sorted by `MsgSeq`.
//!
//! - HTTP: `POST /v4/openim/importmsg`
//! - Request: [`ImportMsgRequest`]; response payload: [`ImportMsgResponse`]
//! - Rate limit: 200 requests per second
//! - Source: Importing One-to-One Messages, <https://trtc.io/document/35014>
//! - Also from: Importing One-to-One Messages (Tencent Cloud's copy, with the sample), <https://www.tencentcloud.com/document/product/1047/35014>
//! - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; ImportMsgRequest, its Chinese page 269/2568), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The app admin calls this API; any other caller is refused. (error `90009`)
//! - `From_Account` must be an imported account. (error `90008`)
//! - `To_Account` must be an imported account. (error `90012`)
//! - The message (its `MsgBody`) may be at most 8 KB. (error `93000`)
//! - A message with the same `MsgSeq`, `MsgRandom` and `MsgTimeStamp` as one already in the conversation (either way round) is a duplicate: the first stays, the later one is dropped.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `20003` | The UserID of the sender or recipient is invalid or does not exist. Check whether the UserID has been imported. |
//! | `90001` | Failed to parse the JSON format. Check whether the JSON request packet meets JSON specifications. |
//! | `90008` | There is no `From_Account` in the JSON request packet or the account it specifies does not exist. |
//! | `90009` | The request requires app admin permission. |
//! | `90010` | The JSON request packet is not in the message format (a field is missing or invalid). |
//! | `90012` | `To_Account` is not registered or does not exist. |
//! | `90994` | Internal server error. Try again later. |
//! | `93000` | The JSON packet exceeds the length limit of 8 KB. |
//!
//! # Notes on the source document
//!
//! - The English sample sends `"SyncFromOldSystem": 5` with the comment "imports real-time messages, marks them as unread"; Tencent's OpenAPI description says the field can only be 1 or 2 (1 real-time, counted unread; 2 historical, not counted) while its own enum lists 0 and 1. — *Resolved:* `SyncFromOldSystem` is 1 or 2, as the description says; the example sends 1, the value its comment describes.
//! - The copies read give the feature overview and the sample (cut in its `MsgBody`), not the request table, the response or the error table. — *Resolved:* The fields are the OpenAPI description's (its required list: all but `MsgSeq` and `CloudCustomData`), the sample completed with SendMsg's text element; the response is the bare envelope, as the other write commands answer; the errors are the message service's codes from the Error Codes page that fit (90008 and 90012 for unknown accounts, 93000 for a body over 8 KB).
//! - The page does not say whether `SyncFromOldSystem` 2 messages come back in history. — *Resolved:* Both kinds are stored; no unread count is modelled, so the emulator treats them alike.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, TimMsgElement, errors};

/// `ImportMsg` as a type: it ties [`ImportMsgRequest`] and [`ImportMsgResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ImportMsg>`) and servers (`route::<ImportMsg>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ImportMsg;

impl OperationShape for ImportMsg {
    type Service = TencentChat;
    type Input = ImportMsgRequest;
    type Output = ImportMsgResponse;
    const OP: Operation = Operation {
        name: "ImportMsg",
        service: &SPEC,
        path: "/v4/openim/importmsg",
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

/// The request body of `ImportMsg`.
///
/// The request of [`ImportMsg`](self): This API imports one-to-one chat history to Tencent Cloud Chat in chronological order.
///
/// - HTTP: `POST /v4/openim/importmsg`
/// - Request: [`ImportMsgRequest`]; response payload: [`ImportMsgResponse`]
/// - Rate limit: 200 requests per second
/// - Source: Importing One-to-One Messages, <https://trtc.io/document/35014>
/// - Also from: Importing One-to-One Messages (Tencent Cloud's copy, with the sample), <https://www.tencentcloud.com/document/product/1047/35014>
/// - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; ImportMsgRequest, its Chinese page 269/2568), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportMsgRequest {
    /// `1`: real-time message import, the message is counted as unread; `2`: historical message import, the message is not counted as unread. Other values are invalid.
    ///
    /// Example: `1`. Limits: between 1 and 2. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; ImportMsgRequest, its Chinese page 269/2568), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub sync_from_old_system: i32,
    /// Account of the sender
    ///
    /// Example: `"lumotuwe1"`.
    pub from_account: String,
    /// Account of the recipient
    ///
    /// Example: `"lumotuwe2"`.
    pub to_account: String,
    /// Sequence number of the message (a 32-bit unsigned integer), used to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
    ///
    /// Example: `827092`. The document calls the type `Integer`.
    pub msg_seq: Option<u32>,
    /// A random number assigned to the message (a 32-bit unsigned integer).
    ///
    /// Example: `1287657`. The document calls the type `Integer`.
    pub msg_random: u32,
    /// UNIX timestamp in seconds of the message.
    ///
    /// Unit: seconds. Example: `1556178721`. The document calls the type `Integer`.
    pub msg_time_stamp: i64,
    /// Message body, an array of message elements. For more information, see Message Formats.
    ///
    /// Limits: at least 1 items. The document calls the type `Array`.
    pub msg_body: Vec<TimMsgElement>,
    /// Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
    ///
    /// Example: `"your cloud custom data"`.
    pub cloud_custom_data: Option<String>,
}

impl ImportMsgRequest {
    /// A value with the required `SyncFromOldSystem`, `From_Account`, `To_Account`, `MsgRandom`, `MsgTimeStamp`, `MsgBody`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        sync_from_old_system: i32,
        from_account: impl Into<String>,
        to_account: impl Into<String>,
        msg_random: u32,
        msg_time_stamp: i64,
        msg_body: Vec<TimMsgElement>,
    ) -> Self {
        ImportMsgRequest {
            sync_from_old_system,
            from_account: from_account.into(),
            to_account: to_account.into(),
            msg_seq: None,
            msg_random,
            msg_time_stamp,
            msg_body,
            cloud_custom_data: None,
        }
    }

    /// Sets `MsgSeq`.
    pub fn with_msg_seq(mut self, msg_seq: u32) -> Self {
        self.msg_seq = Some(msg_seq);
        self
    }

    /// Sets `CloudCustomData`.
    pub fn with_cloud_custom_data(
        mut self,
        cloud_custom_data: impl Into<String>,
    ) -> Self {
        self.cloud_custom_data = Some(cloud_custom_data.into());
        self
    }
}

impl serde::Serialize for ImportMsgRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ImportMsgRequest",
                6 + usize::from(self.msg_seq.is_some())
                    + usize::from(self.cloud_custom_data.is_some()),
            )?;
        object.serialize_field("SyncFromOldSystem", &self.sync_from_old_system)?;
        object.serialize_field("From_Account", &self.from_account)?;
        object.serialize_field("To_Account", &self.to_account)?;
        encode::optional(&mut object, "MsgSeq", &self.msg_seq)?;
        object.serialize_field("MsgRandom", &self.msg_random)?;
        object.serialize_field("MsgTimeStamp", &self.msg_time_stamp)?;
        object.serialize_field("MsgBody", &self.msg_body)?;
        encode::optional(&mut object, "CloudCustomData", &self.cloud_custom_data)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportMsgRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportMsgRequest {
    const NAME: &'static str = "ImportMsgRequest";

    fn field(key: &str) -> usize {
        match key {
            "SyncFromOldSystem" => 0,
            "From_Account" => 1,
            "To_Account" => 2,
            "MsgSeq" => 3,
            "MsgRandom" => 4,
            "MsgTimeStamp" => 5,
            "MsgBody" => 6,
            "CloudCustomData" => 7,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut sync_from_old_system_slot: Option<i32> = None;
        let mut from_account_slot: Option<String> = None;
        let mut to_account_slot: Option<String> = None;
        let mut msg_seq_slot: Option<Option<u32>> = None;
        let mut msg_random_slot: Option<u32> = None;
        let mut msg_time_stamp_slot: Option<i64> = None;
        let mut msg_body_slot: Option<Vec<TimMsgElement>> = None;
        let mut cloud_custom_data_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut sync_from_old_system_slot,
                        "SyncFromOldSystem",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                2 => decode::once(&mut to_account_slot, "To_Account", &mut map)?,
                3 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                4 => decode::once(&mut msg_random_slot, "MsgRandom", &mut map)?,
                5 => decode::once(&mut msg_time_stamp_slot, "MsgTimeStamp", &mut map)?,
                6 => decode::once(&mut msg_body_slot, "MsgBody", &mut map)?,
                7 => {
                    decode::once(
                        &mut cloud_custom_data_slot,
                        "CloudCustomData",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportMsgRequest {
            sync_from_old_system: sync_from_old_system_slot
                .ok_or_else(|| A::Error::missing_field("SyncFromOldSystem"))?,
            from_account: from_account_slot
                .ok_or_else(|| A::Error::missing_field("From_Account"))?,
            to_account: to_account_slot
                .ok_or_else(|| A::Error::missing_field("To_Account"))?,
            msg_seq: msg_seq_slot.flatten(),
            msg_random: msg_random_slot
                .ok_or_else(|| A::Error::missing_field("MsgRandom"))?,
            msg_time_stamp: msg_time_stamp_slot
                .ok_or_else(|| A::Error::missing_field("MsgTimeStamp"))?,
            msg_body: msg_body_slot.ok_or_else(|| A::Error::missing_field("MsgBody"))?,
            cloud_custom_data: cloud_custom_data_slot.flatten(),
        })
    }
}

impl Validate for ImportMsgRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.sync_from_old_system;
            path.push(Segment::Field("SyncFromOldSystem"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(2)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        {
            let value = &self.msg_body;
            path.push(Segment::Field("MsgBody"));
            validate::items(value, Some(1), None, path, out);
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`ImportMsg`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportMsgResponse {}

impl serde::Serialize for ImportMsgResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ImportMsgResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportMsgResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportMsgResponse {
    const NAME: &'static str = "ImportMsgResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ImportMsgResponse {})
    }
}
