// Code generated from spec/tencent-chat/batch_send_msg.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchSendMsg`: This API is used to send one-to-one messages to multiple users (up to 500) at a time.
//!
//! This API is used to send one-to-one messages to multiple users (up to 500) at a time. Compared
//! with the API for sending one-to-one messages to one user, it is more suitable for
//! time-sensitive messages, such as marketing messages and system notifications.
//!
//! When the admin specifies an account to send a message to multiple target accounts, the sender
//! displayed to the recipients is not the admin, but the account specified by the admin. This API
//! does not trigger callback requests, and does not check whether the sender and the recipients
//! are friends or blocklisted by either party or whether the senders are muted, nor, by default,
//! whether a recipient has muted notifications for messages from the sender
//! (`WithMuteNotifications` in `SendMsgControl` makes it check).
//!
//! For one-to-one messages, the `MsgSeq` field is specified by the user when the message is sent;
//! the messages of a conversation are sorted by timestamp first, then by `MsgSeq` within a second.
//! `SyncOtherMachine` says whether the message is synchronized to the sender.
//!
//! - HTTP: `POST /v4/openim/batchsendmsg`
//! - Request: [`BatchSendMsgRequest`]; response payload: [`BatchSendMsgResponse`]
//! - Rate limit: 200 requests per second
//! - Source: Sending One-to-One Messages to Multiple Users, <https://trtc.io/document/34920>
//! - Also from: Sending One-to-One Messages to Multiple Users (Tencent Cloud's copy, with the sample), <https://www.tencentcloud.com/document/product/1047/34920>
//! - Also from: 向多个用户发送单聊消息 (the Chinese copy), <https://trtc.io/zh/document/34920?product=chat>
//! - Also from: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>
//! - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The app admin calls this API; any other caller is refused. (error `90009`)
//! - `From_Account`, when given, must be an imported account. (error `90008`)
//! - The message (its `MsgBody`) may be at most 8 KB. (error `90055`)
//! - A recipient that does not exist is listed in `ErrorList` (70107); the message is sent to the others, and the call succeeds.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `90001` | Failed to parse the JSON format. Check whether the JSON request packet meets JSON specifications. |
//! | `90008` | There is no `From_Account` in the JSON request packet or the account it specifies does not exist. |
//! | `90009` | The request requires app admin permission. |
//! | `90010` | The JSON request packet is not in the message format (a field is missing or invalid). |
//! | `90011` | The number of target UserIDs for batch message sending exceeds the limit of 500. Reduce the number of target UserIDs in `To_Account`. |
//! | `90026` | Incorrect offline message storage period. The value cannot exceed 7 days. |
//! | `90055` | The batch message packet exceeded the maximum size of 8 KB. |
//! | `90994` | Internal server error. Try again later. |
//!
//! # Notes on the source document
//!
//! - The copies read give the feature overview and the first sample (cut after its `MsgBody`'s type, with `//` comments), not the request and response tables, the other samples or the error table. — *Resolved:* The fields are those of Tencent's OpenAPI description of this command (BatchSendSingleChatMsgRequest and its response: `MsgTime`, `MsgKey`, `ErrorList` of `To_Account` and `ErrorCode`), all of the response optional; the sample is completed with SendMsg's text element. The errors are the message service's codes from the Error Codes page that name this API (90011 for over 500 recipients, 90055 for a batch packet over 8 KB) or the checks it shares with SendMsg.
//! - The English overview says to set `MsgLifeTime` to 1 for faster delivery without unread counts or storage; the Chinese copy says to set `OnlineOnlyFlag` to 1. Tencent's OpenAPI description has no `OnlineOnlyFlag` for this command, and says `MsgLifeTime` 0 sends to online users only. — *Resolved:* `MsgLifeTime` as SendMsg has it (0 is online only, at most 7 days, 90026); `OnlineOnlyFlag` is left out until its row is read.
//! - The page does not say what `ErrorCode` an `ErrorList` item carries for a recipient that does not exist. — *Resolved:* 70107, the account service's code for an account that does not exist (as AccountDelete's sample answers it per account).
//! - A retry sends the message again (the recipients' conversations deduplicate only within a second), and the page says nothing of idempotency. — *Resolved:* `idempotent: false`.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{
    C2cSendMsgControl, OfflinePushInfo, SPEC, TencentChat, TimMsgElement, errors,
};

/// `BatchSendMsg` as a type: it ties [`BatchSendMsgRequest`] and [`BatchSendMsgResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchSendMsg>`) and servers (`route::<BatchSendMsg>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchSendMsg;

impl OperationShape for BatchSendMsg {
    type Service = TencentChat;
    type Input = BatchSendMsgRequest;
    type Output = BatchSendMsgResponse;
    const OP: Operation = Operation {
        name: "BatchSendMsg",
        service: &SPEC,
        path: "/v4/openim/batchsendmsg",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: false,
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

/// The request body of `BatchSendMsg`.
///
/// The request of [`BatchSendMsg`](self): This API is used to send one-to-one messages to multiple users (up to 500) at a time.
///
/// - HTTP: `POST /v4/openim/batchsendmsg`
/// - Request: [`BatchSendMsgRequest`]; response payload: [`BatchSendMsgResponse`]
/// - Rate limit: 200 requests per second
/// - Source: Sending One-to-One Messages to Multiple Users, <https://trtc.io/document/34920>
/// - Also from: Sending One-to-One Messages to Multiple Users (Tencent Cloud's copy, with the sample), <https://www.tencentcloud.com/document/product/1047/34920>
/// - Also from: 向多个用户发送单聊消息 (the Chinese copy), <https://trtc.io/zh/document/34920?product=chat>
/// - Also from: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>
/// - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchSendMsgRequest {
    /// `1`: synchronize the message to `From_Account`'s online terminals and roaming; `2`: do not synchronize the message to `From_Account`. When it is left out, the message is stored in `From_Account`'s roaming.
    ///
    /// Example: `2`. Limits: between 1 and 2. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub sync_other_machine: Option<i32>,
    /// The account the admin sends as (when given, it must not be empty). When it is left out, the sender is the app admin calling the API.
    ///
    /// When absent: the app admin calling the API is the sender. Limits: at least 1 UTF-8 bytes.
    pub from_account: Option<String>,
    /// UserIDs of the message recipients, up to 500.
    ///
    /// Example: `["bonnie","rong"]`. Limits: 1 to 500 items (else error `90011`). The document calls the type `Array`.
    pub to_account: Vec<String>,
    /// Offline storage period of the message, in seconds; at most 7 days (604800 seconds). `0`: the message is sent to online users only, and not stored offline or for roaming.
    ///
    /// Unit: seconds. Limits: between 0 and 604800 (else error `90026`). Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub msg_life_time: Option<i64>,
    /// Sequence number of the message (a 32-bit unsigned integer), used to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
    ///
    /// Example: `28360`. The document calls the type `Integer`.
    pub msg_seq: Option<u32>,
    /// Random number of the message (a 32-bit unsigned integer).
    ///
    /// Example: `19901224`. The document calls the type `Integer`.
    pub msg_random: u32,
    /// Message sending control options, valid only for this request. `NoUnread`: the message is not counted as unread; `NoLastMsg`: the message does not update the conversation list; `WithMuteNotifications`: the recipients' do-not-disturb settings for the sender apply.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Array`.
    pub send_msg_control: Option<Vec<C2cSendMsgControl>>,
    /// Message body, an array of message elements. For more information, see Message Formats.
    ///
    /// Limits: at least 1 items. The document calls the type `Array`.
    pub msg_body: Vec<TimMsgElement>,
    /// Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>.
    pub cloud_custom_data: Option<String>,
    /// Whether the message supports message extensions (0 no, 1 yes).
    ///
    /// Limits: between 0 and 1. The document calls the type `Integer`.
    pub support_message_extension: Option<i32>,
    /// Offline push information. For more information, see Message Formats.
    ///
    /// Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>. The document calls the type `Object`.
    pub offline_push_info: Option<OfflinePushInfo>,
}

impl BatchSendMsgRequest {
    /// A value with the required `To_Account`, `MsgRandom`, `MsgBody`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        to_account: Vec<String>,
        msg_random: u32,
        msg_body: Vec<TimMsgElement>,
    ) -> Self {
        BatchSendMsgRequest {
            sync_other_machine: None,
            from_account: None,
            to_account,
            msg_life_time: None,
            msg_seq: None,
            msg_random,
            send_msg_control: None,
            msg_body,
            cloud_custom_data: None,
            support_message_extension: None,
            offline_push_info: None,
        }
    }

    /// Sets `SyncOtherMachine`.
    pub fn with_sync_other_machine(mut self, sync_other_machine: i32) -> Self {
        self.sync_other_machine = Some(sync_other_machine);
        self
    }

    /// Sets `From_Account`.
    pub fn with_from_account(mut self, from_account: impl Into<String>) -> Self {
        self.from_account = Some(from_account.into());
        self
    }

    /// Sets `MsgLifeTime`.
    pub fn with_msg_life_time(mut self, msg_life_time: i64) -> Self {
        self.msg_life_time = Some(msg_life_time);
        self
    }

    /// Sets `MsgSeq`.
    pub fn with_msg_seq(mut self, msg_seq: u32) -> Self {
        self.msg_seq = Some(msg_seq);
        self
    }

    /// Sets `SendMsgControl`.
    pub fn with_send_msg_control(
        mut self,
        send_msg_control: Vec<C2cSendMsgControl>,
    ) -> Self {
        self.send_msg_control = Some(send_msg_control);
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

    /// Sets `SupportMessageExtension`.
    pub fn with_support_message_extension(
        mut self,
        support_message_extension: i32,
    ) -> Self {
        self.support_message_extension = Some(support_message_extension);
        self
    }

    /// Sets `OfflinePushInfo`.
    pub fn with_offline_push_info(mut self, offline_push_info: OfflinePushInfo) -> Self {
        self.offline_push_info = Some(offline_push_info);
        self
    }
}

impl serde::Serialize for BatchSendMsgRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchSendMsgRequest",
                3 + usize::from(self.sync_other_machine.is_some())
                    + usize::from(self.from_account.is_some())
                    + usize::from(self.msg_life_time.is_some())
                    + usize::from(self.msg_seq.is_some())
                    + usize::from(self.send_msg_control.is_some())
                    + usize::from(self.cloud_custom_data.is_some())
                    + usize::from(self.support_message_extension.is_some())
                    + usize::from(self.offline_push_info.is_some()),
            )?;
        encode::optional(&mut object, "SyncOtherMachine", &self.sync_other_machine)?;
        encode::optional(&mut object, "From_Account", &self.from_account)?;
        object.serialize_field("To_Account", &self.to_account)?;
        encode::optional(&mut object, "MsgLifeTime", &self.msg_life_time)?;
        encode::optional(&mut object, "MsgSeq", &self.msg_seq)?;
        object.serialize_field("MsgRandom", &self.msg_random)?;
        encode::optional(&mut object, "SendMsgControl", &self.send_msg_control)?;
        object.serialize_field("MsgBody", &self.msg_body)?;
        encode::optional(&mut object, "CloudCustomData", &self.cloud_custom_data)?;
        encode::optional(
            &mut object,
            "SupportMessageExtension",
            &self.support_message_extension,
        )?;
        encode::optional(&mut object, "OfflinePushInfo", &self.offline_push_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchSendMsgRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchSendMsgRequest {
    const NAME: &'static str = "BatchSendMsgRequest";

    fn field(key: &str) -> usize {
        match key {
            "SyncOtherMachine" => 0,
            "From_Account" => 1,
            "To_Account" => 2,
            "MsgLifeTime" => 3,
            "MsgSeq" => 4,
            "MsgRandom" => 5,
            "SendMsgControl" => 6,
            "MsgBody" => 7,
            "CloudCustomData" => 8,
            "SupportMessageExtension" => 9,
            "OfflinePushInfo" => 10,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut sync_other_machine_slot: Option<Option<i32>> = None;
        let mut from_account_slot: Option<Option<String>> = None;
        let mut to_account_slot: Option<Vec<String>> = None;
        let mut msg_life_time_slot: Option<Option<i64>> = None;
        let mut msg_seq_slot: Option<Option<u32>> = None;
        let mut msg_random_slot: Option<u32> = None;
        let mut send_msg_control_slot: Option<Option<Vec<C2cSendMsgControl>>> = None;
        let mut msg_body_slot: Option<Vec<TimMsgElement>> = None;
        let mut cloud_custom_data_slot: Option<Option<String>> = None;
        let mut support_message_extension_slot: Option<Option<i32>> = None;
        let mut offline_push_info_slot: Option<Option<OfflinePushInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut sync_other_machine_slot,
                        "SyncOtherMachine",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                2 => decode::once(&mut to_account_slot, "To_Account", &mut map)?,
                3 => decode::once(&mut msg_life_time_slot, "MsgLifeTime", &mut map)?,
                4 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                5 => decode::once(&mut msg_random_slot, "MsgRandom", &mut map)?,
                6 => {
                    decode::once(&mut send_msg_control_slot, "SendMsgControl", &mut map)?
                }
                7 => decode::once(&mut msg_body_slot, "MsgBody", &mut map)?,
                8 => {
                    decode::once(
                        &mut cloud_custom_data_slot,
                        "CloudCustomData",
                        &mut map,
                    )?
                }
                9 => {
                    decode::once(
                        &mut support_message_extension_slot,
                        "SupportMessageExtension",
                        &mut map,
                    )?
                }
                10 => {
                    decode::once(
                        &mut offline_push_info_slot,
                        "OfflinePushInfo",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchSendMsgRequest {
            sync_other_machine: sync_other_machine_slot.flatten(),
            from_account: from_account_slot.flatten(),
            to_account: to_account_slot
                .ok_or_else(|| A::Error::missing_field("To_Account"))?,
            msg_life_time: msg_life_time_slot.flatten(),
            msg_seq: msg_seq_slot.flatten(),
            msg_random: msg_random_slot
                .ok_or_else(|| A::Error::missing_field("MsgRandom"))?,
            send_msg_control: send_msg_control_slot.flatten(),
            msg_body: msg_body_slot.ok_or_else(|| A::Error::missing_field("MsgBody"))?,
            cloud_custom_data: cloud_custom_data_slot.flatten(),
            support_message_extension: support_message_extension_slot.flatten(),
            offline_push_info: offline_push_info_slot.flatten(),
        })
    }
}

impl Validate for BatchSendMsgRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.sync_other_machine {
            path.push(Segment::Field("SyncOtherMachine"));
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
        if let Some(value) = &self.from_account {
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
            out.coded(
                errors::E90011,
                |out| {
                    validate::items(value, Some(1), Some(500), path, out);
                },
            );
            path.pop();
        }
        if let Some(value) = &self.msg_life_time {
            path.push(Segment::Field("MsgLifeTime"));
            out.coded(
                errors::E90026,
                |out| {
                    validate::number(
                        *value,
                        &validate::Bounds {
                            minimum: Some(validate::Number::Int(0)),
                            maximum: Some(validate::Number::Int(604800)),
                            also_allowed: &[],
                        },
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        if let Some(value) = &self.send_msg_control {
            path.push(Segment::Field("SendMsgControl"));
            value.validate_into(path, out);
            path.pop();
        }
        {
            let value = &self.msg_body;
            path.push(Segment::Field("MsgBody"));
            validate::items(value, Some(1), None, path, out);
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.support_message_extension {
            path.push(Segment::Field("SupportMessageExtension"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.offline_push_info {
            path.push(Segment::Field("OfflinePushInfo"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`BatchSendMsg`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchSendMsgResponse {
    /// Message timestamp, a Unix timestamp in seconds.
    ///
    /// Unit: seconds. Example: `1573192060`. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub msg_time: Option<i64>,
    /// Unique identifier of the message, used to recall it (the same for every recipient).
    ///
    /// Example: `"28360_19901224_1573192060"`. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>.
    pub msg_key: Option<String>,
    /// The recipients the message could not be sent to; absent or empty when it was sent to all.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; BatchSendSingleChatMsgRequest and its response), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Array`.
    pub error_list: Option<Vec<BatchSendError>>,
}

impl serde::Serialize for BatchSendMsgResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchSendMsgResponse",
                usize::from(self.msg_time.is_some())
                    + usize::from(self.msg_key.is_some())
                    + usize::from(self.error_list.is_some()),
            )?;
        encode::optional(&mut object, "MsgTime", &self.msg_time)?;
        encode::optional(&mut object, "MsgKey", &self.msg_key)?;
        encode::optional(&mut object, "ErrorList", &self.error_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchSendMsgResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchSendMsgResponse {
    const NAME: &'static str = "BatchSendMsgResponse";

    fn field(key: &str) -> usize {
        match key {
            "MsgTime" => 0,
            "MsgKey" => 1,
            "ErrorList" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut msg_time_slot: Option<Option<i64>> = None;
        let mut msg_key_slot: Option<Option<String>> = None;
        let mut error_list_slot: Option<Option<Vec<BatchSendError>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut msg_time_slot, "MsgTime", &mut map)?,
                1 => decode::once(&mut msg_key_slot, "MsgKey", &mut map)?,
                2 => decode::once(&mut error_list_slot, "ErrorList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchSendMsgResponse {
            msg_time: msg_time_slot.flatten(),
            msg_key: msg_key_slot.flatten(),
            error_list: error_list_slot.flatten(),
        })
    }
}

/// A recipient the message could not be sent to (an item of `ErrorList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchSendError {
    /// The recipient.
    ///
    /// Example: `"rong"`.
    pub to_account: String,
    /// Why the message could not be sent to it (70107 for an account that does not exist).
    ///
    /// Example: `70107`. The document calls the type `Integer`.
    pub error_code: i64,
}

impl serde::Serialize for BatchSendError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BatchSendError", 2)?;
        object.serialize_field("To_Account", &self.to_account)?;
        object.serialize_field("ErrorCode", &self.error_code)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchSendError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchSendError {
    const NAME: &'static str = "BatchSendError";

    fn field(key: &str) -> usize {
        match key {
            "To_Account" => 0,
            "ErrorCode" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut to_account_slot: Option<String> = None;
        let mut error_code_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut to_account_slot, "To_Account", &mut map)?,
                1 => decode::once(&mut error_code_slot, "ErrorCode", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchSendError {
            to_account: to_account_slot
                .ok_or_else(|| A::Error::missing_field("To_Account"))?,
            error_code: error_code_slot
                .ok_or_else(|| A::Error::missing_field("ErrorCode"))?,
        })
    }
}
