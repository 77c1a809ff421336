// Code generated from spec/tencent-chat/send_group_msg.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `SendGroupMsg`: This API is used by the app admin to send ordinary messages in a group.
//!
//! This API is used by the app admin to send ordinary messages in a group.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and Community all support this REST API.
//!
//! The Chinese page's summary: App 管理员可以通过该接口在群组中发送普通消息 (the App admin can send ordinary messages in a group through this API).
//!
//! - HTTP: `POST /v4/group_open_http_svc/send_group_msg`
//! - Request: [`SendGroupMsgRequest`]; response payload: [`SendGroupMsgResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Source: Sending Ordinary Messages in a Group, <https://www.tencentcloud.com/document/product/1047/34959>
//! - Also from: 在群组中发送普通消息, <https://cloud.tencent.com/document/product/269/1629>
//! - Also from: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - If two messages carry the same `Random` within five minutes, the later one is discarded as a repeat.
//! - The message content may be at most 8,000 bytes. (error `80002`)
//! - A muted sender cannot send. (error `10017`)
//! - `OnlineOnlyFlag` (online delivery only, no offline or roaming retention) is not valid for audio-video groups (AVChatRoom); neither is `SendMsgControl`.
//! - The account in `From_Account` must exist.
//! - The Chinese page (updated 2026-02-04) adds that Trial and Developer editions may send at most 1,000 messages a day in all.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal error of the server. Please retry. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | No operation permissions, for example a member in a public group trying to remove other users from the group (only the app admin can perform this operation). |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//! | `10016` | The app backend rejected this operation through a third-party callback. |
//! | `10017` | The message cannot be sent due to muting. Check whether the sender is muted. |
//! | `10023` | The frequency limit for message sending is reached. Try again later. |
//! | `80001` | Text security filtering. Check whether the message text contains restricted words. |
//! | `80002` | The message content is too long. Currently, the maximum message length supported is 8,000 bytes. Please adjust the message length. |
//!
//! # Notes on the source document
//!
//! - The request samples carry `//` comments (and the @ sample a comment line between fields), so they are not JSON as printed. — *Resolved:* The examples are the samples with the comments removed; nothing else changed.
//! - `GroupAtInfo` appears in a sample but has no row in the request table, and is not in Tencent's OpenAPI description. — *Resolved:* An optional list of `{GroupAtAllFlag, GroupAt_Account}`, as the sample and its comments give it; `GroupAt_Account` is required when `GroupAtAllFlag` is 0 ("@ a specific group member").
//! - The live page's first sample sends `"SupportMessageExtension": 0`; the request table that could be read (an older revision) has no row for it. — *Resolved:* An optional integer, 0 or 1, described as the newer Chinese wording of the field (该条消息是否支持消息扩展，0为不支持，1为支持).
//! - `To_Account` (up to 50 recipients) and `TopicId` (Community topics) are named only by a third-party SDK; their rows on the official page could not be read. — *Resolved:* Left out until the official rows are transcribed.
//! - The English page says a repeated `Random` within five minutes makes the later message a repeat; a newer Chinese wording requires both the content and `Random` to match. — *Resolved:* Either way, sending the same request again is dropped as a repeat within five minutes, and `Random` is required, so the call is `idempotent: true` (clients retry it when its outcome is unknown, with the same `Random`).
//! - The table says `OnlineOnlyFlag` `1` sends to online members only; the sample says any value greater than 0 does. Tencent's OpenAPI description lists 0 and 1. — *Resolved:* `OnlineOnlyFlag` is 0 or 1, default 0.
//! - Only the Chinese text (in Tencent's OpenAPI description) says `SendMsgControl` is not allowed when `OnlineOnlyFlag` is 1 (如果该消息 OnlineOnlyFlag 设置为1，则不允许使用该字段). — *Resolved:* `SendMsgControl` is forbidden when `OnlineOnlyFlag` is 1 (`forbidden_when`).
//! - `MsgPriority` is a string of `High`, `Normal` or `Low` on the English page; Tencent's OpenAPI description gives no values. — *Resolved:* An enum of the three documented values, default `Normal`.
//! - The response table types `MsgTime` and `MsgSeq` as "Integer". — *Resolved:* `MsgTime` is i64 seconds; `MsgSeq` (a sequence number) is u64.
//! - Message Formats has no row for `ApnsInfo.Sound`, which its example and this page's sample use; Tencent's OpenAPI description types `VIVOClassification` as the strings "0"/"1" while the page says Integer. — *Resolved:* `ApnsInfo.Sound` is an optional string; `VIVOClassification` an integer 0 or 1 (default 1), as the page says.
//! - The sample URL and the list of domains differ between page versions (Mumbai or Tokyo). — *Resolved:* The service's endpoints list all eight domains.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{CallbackControl, OfflinePushInfo, SPEC, TencentChat, TimMsgElement, errors};

/// `SendGroupMsg` as a type: it ties [`SendGroupMsgRequest`] and [`SendGroupMsgResponse`] to the operation's binding, rate limit and errors, for clients (`call::<SendGroupMsg>`) and servers (`route::<SendGroupMsg>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SendGroupMsg;

impl OperationShape for SendGroupMsg {
    type Service = TencentChat;
    type Input = SendGroupMsgRequest;
    type Output = SendGroupMsgResponse;
    const OP: Operation = Operation {
        name: "SendGroupMsg",
        service: &SPEC,
        path: "/v4/group_open_http_svc/send_group_msg",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[
            (ErrorRole::Internal, errors::E10002),
            (ErrorRole::InvalidParameter, errors::E10004),
            (ErrorRole::Throttled, errors::E10023),
        ],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// The request body of `SendGroupMsg`.
///
/// The request of [`SendGroupMsg`](self): This API is used by the app admin to send ordinary messages in a group.
///
/// - HTTP: `POST /v4/group_open_http_svc/send_group_msg`
/// - Request: [`SendGroupMsgRequest`]; response payload: [`SendGroupMsgResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Source: Sending Ordinary Messages in a Group, <https://www.tencentcloud.com/document/product/1047/34959>
/// - Also from: 在群组中发送普通消息, <https://cloud.tencent.com/document/product/269/1629>
/// - Also from: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
///
/// `SendMsgControl` must be absent when `OnlineOnlyFlag` is `1`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendGroupMsgRequest {
    /// ID of the group to which the message will be sent.
    ///
    /// Example: `"@TGS#2C5SZEAEF"`.
    pub group_id: String,
    /// A 32-bit unsigned integer. If the random numbers of two messages within five minutes are the same, the later message will be discarded as a repeated message.
    ///
    /// Example: `8912345`. The document calls the type `Integer`.
    pub random: u32,
    /// Message priority. There are three priority options in descending order: `High`, `Normal` and `Low`. They are case-sensitive.
    ///
    /// Default when absent: `"Normal"` ([`MsgPriority::Normal`]). Example: `"High"`. The document calls the type `String`.
    pub msg_priority: Option<MsgPriority>,
    /// Message body, which consists of an element array. For more information, see Message Formats.
    ///
    /// Limits: at least 1 items. The document calls the type `Array`.
    pub msg_body: Vec<TimMsgElement>,
    /// Message source account. If this field is not specified, the message sender is the app admin account used to call the API. Alternatively, apps can specify the message sender in this field to implement some special features. Note that if this field is specified, you must ensure that the account in this field exists.
    ///
    /// When absent: the app admin calling the API is the sender. Example: `"leckie"`.
    pub from_account: Option<String>,
    /// Information of offline push. For more information, see Message Formats.
    ///
    /// Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>. The document calls the type `Object`.
    pub offline_push_info: Option<OfflinePushInfo>,
    /// Message callback forbidding option, valid only for a single message. `ForbidBeforeSendMsgCallback`: callback before sending the message is forbidden; `ForbidAfterSendMsgCallback`: callback after sending the message is forbidden.
    ///
    /// When absent: callbacks are initiated. The document calls the type `Array`.
    pub forbid_callback_control: Option<Vec<CallbackControl>>,
    /// `1`: send to online members only; `0` (default value): send to all members. This field is not valid for audio-video groups (AVChatRoom).
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub online_only_flag: Option<i32>,
    /// Message sending permission, only valid for the current message. `NoLastMsg`: do not trigger conversation update; `NoUnread`: do not include the message in the unread count. Not allowed when `OnlineOnlyFlag` is 1, and not available for AVChatRoom.
    ///
    /// The document calls the type `Array`.
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
    ///
    /// Example: `"your cloud custom data"`.
    pub cloud_custom_data: Option<String>,
    /// The members @-mentioned in the message. The target @ users set in the `GroupAtInfo` field have a one-to-one and sequential correspondence to the target @ users in the message body.
    ///
    /// The document calls the type `Array`.
    pub group_at_info: Option<Vec<GroupAtInfo>>,
    /// Whether the message supports message extensions (0 no, 1 yes).
    ///
    /// Limits: between 0 and 1. The document calls the type `Integer`.
    pub support_message_extension: Option<i32>,
}

impl SendGroupMsgRequest {
    /// A value with the required `GroupId`, `Random`, `MsgBody`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        group_id: impl Into<String>,
        random: u32,
        msg_body: Vec<TimMsgElement>,
    ) -> Self {
        SendGroupMsgRequest {
            group_id: group_id.into(),
            random,
            msg_priority: None,
            msg_body,
            from_account: None,
            offline_push_info: None,
            forbid_callback_control: None,
            online_only_flag: None,
            send_msg_control: None,
            cloud_custom_data: None,
            group_at_info: None,
            support_message_extension: None,
        }
    }

    /// Sets `MsgPriority`.
    pub fn with_msg_priority(mut self, msg_priority: MsgPriority) -> Self {
        self.msg_priority = Some(msg_priority);
        self
    }

    /// Sets `From_Account`.
    pub fn with_from_account(mut self, from_account: impl Into<String>) -> Self {
        self.from_account = Some(from_account.into());
        self
    }

    /// Sets `OfflinePushInfo`.
    pub fn with_offline_push_info(mut self, offline_push_info: OfflinePushInfo) -> Self {
        self.offline_push_info = Some(offline_push_info);
        self
    }

    /// Sets `ForbidCallbackControl`.
    pub fn with_forbid_callback_control(
        mut self,
        forbid_callback_control: Vec<CallbackControl>,
    ) -> Self {
        self.forbid_callback_control = Some(forbid_callback_control);
        self
    }

    /// Sets `OnlineOnlyFlag`.
    pub fn with_online_only_flag(mut self, online_only_flag: i32) -> Self {
        self.online_only_flag = Some(online_only_flag);
        self
    }

    /// Sets `SendMsgControl`.
    pub fn with_send_msg_control(
        mut self,
        send_msg_control: Vec<SendMsgControl>,
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

    /// Sets `GroupAtInfo`.
    pub fn with_group_at_info(mut self, group_at_info: Vec<GroupAtInfo>) -> Self {
        self.group_at_info = Some(group_at_info);
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

    /// `MsgPriority` as the server reads it: the value sent, or the documented default `"Normal"` when absent.
    pub fn msg_priority_or_default(&self) -> MsgPriority {
        self.msg_priority.clone().unwrap_or(MsgPriority::Normal)
    }

    /// `OnlineOnlyFlag` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn online_only_flag_or_default(&self) -> i32 {
        self.online_only_flag.unwrap_or(0)
    }
}

impl serde::Serialize for SendGroupMsgRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "SendGroupMsgRequest",
                3 + usize::from(self.msg_priority.is_some())
                    + usize::from(self.from_account.is_some())
                    + usize::from(self.offline_push_info.is_some())
                    + usize::from(self.forbid_callback_control.is_some())
                    + usize::from(self.online_only_flag.is_some())
                    + usize::from(self.send_msg_control.is_some())
                    + usize::from(self.cloud_custom_data.is_some())
                    + usize::from(self.group_at_info.is_some())
                    + usize::from(self.support_message_extension.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("Random", &self.random)?;
        encode::optional(&mut object, "MsgPriority", &self.msg_priority)?;
        object.serialize_field("MsgBody", &self.msg_body)?;
        encode::optional(&mut object, "From_Account", &self.from_account)?;
        encode::optional(&mut object, "OfflinePushInfo", &self.offline_push_info)?;
        encode::optional(
            &mut object,
            "ForbidCallbackControl",
            &self.forbid_callback_control,
        )?;
        encode::optional(&mut object, "OnlineOnlyFlag", &self.online_only_flag)?;
        encode::optional(&mut object, "SendMsgControl", &self.send_msg_control)?;
        encode::optional(&mut object, "CloudCustomData", &self.cloud_custom_data)?;
        encode::optional(&mut object, "GroupAtInfo", &self.group_at_info)?;
        encode::optional(
            &mut object,
            "SupportMessageExtension",
            &self.support_message_extension,
        )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendGroupMsgRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SendGroupMsgRequest {
    const NAME: &'static str = "SendGroupMsgRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Random" => 1,
            "MsgPriority" => 2,
            "MsgBody" => 3,
            "From_Account" => 4,
            "OfflinePushInfo" => 5,
            "ForbidCallbackControl" => 6,
            "OnlineOnlyFlag" => 7,
            "SendMsgControl" => 8,
            "CloudCustomData" => 9,
            "GroupAtInfo" => 10,
            "SupportMessageExtension" => 11,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut random_slot: Option<u32> = None;
        let mut msg_priority_slot: Option<Option<MsgPriority>> = None;
        let mut msg_body_slot: Option<Vec<TimMsgElement>> = None;
        let mut from_account_slot: Option<Option<String>> = None;
        let mut offline_push_info_slot: Option<Option<OfflinePushInfo>> = None;
        let mut forbid_callback_control_slot: Option<Option<Vec<CallbackControl>>> = None;
        let mut online_only_flag_slot: Option<Option<i32>> = None;
        let mut send_msg_control_slot: Option<Option<Vec<SendMsgControl>>> = None;
        let mut cloud_custom_data_slot: Option<Option<String>> = None;
        let mut group_at_info_slot: Option<Option<Vec<GroupAtInfo>>> = None;
        let mut support_message_extension_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut random_slot, "Random", &mut map)?,
                2 => decode::once(&mut msg_priority_slot, "MsgPriority", &mut map)?,
                3 => decode::once(&mut msg_body_slot, "MsgBody", &mut map)?,
                4 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                5 => {
                    decode::once(
                        &mut offline_push_info_slot,
                        "OfflinePushInfo",
                        &mut map,
                    )?
                }
                6 => {
                    decode::once(
                        &mut forbid_callback_control_slot,
                        "ForbidCallbackControl",
                        &mut map,
                    )?
                }
                7 => {
                    decode::once(&mut online_only_flag_slot, "OnlineOnlyFlag", &mut map)?
                }
                8 => {
                    decode::once(&mut send_msg_control_slot, "SendMsgControl", &mut map)?
                }
                9 => {
                    decode::once(
                        &mut cloud_custom_data_slot,
                        "CloudCustomData",
                        &mut map,
                    )?
                }
                10 => decode::once(&mut group_at_info_slot, "GroupAtInfo", &mut map)?,
                11 => {
                    decode::once(
                        &mut support_message_extension_slot,
                        "SupportMessageExtension",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(SendGroupMsgRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            random: random_slot.ok_or_else(|| A::Error::missing_field("Random"))?,
            msg_priority: msg_priority_slot.flatten(),
            msg_body: msg_body_slot.ok_or_else(|| A::Error::missing_field("MsgBody"))?,
            from_account: from_account_slot.flatten(),
            offline_push_info: offline_push_info_slot.flatten(),
            forbid_callback_control: forbid_callback_control_slot.flatten(),
            online_only_flag: online_only_flag_slot.flatten(),
            send_msg_control: send_msg_control_slot.flatten(),
            cloud_custom_data: cloud_custom_data_slot.flatten(),
            group_at_info: group_at_info_slot.flatten(),
            support_message_extension: support_message_extension_slot.flatten(),
        })
    }
}

impl Validate for SendGroupMsgRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if self.online_only_flag.as_ref().is_some_and(|v| *v == 1) {
            validate::forbidden_when(
                self.send_msg_control.is_some(),
                "SendMsgControl",
                "OnlineOnlyFlag is 1",
                path,
                out,
            );
        }
        if let Some(value) = &self.msg_priority {
            path.push(Segment::Field("MsgPriority"));
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
        if let Some(value) = &self.offline_push_info {
            path.push(Segment::Field("OfflinePushInfo"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.forbid_callback_control {
            path.push(Segment::Field("ForbidCallbackControl"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.online_only_flag {
            path.push(Segment::Field("OnlineOnlyFlag"));
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
        if let Some(value) = &self.send_msg_control {
            path.push(Segment::Field("SendMsgControl"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.group_at_info {
            path.push(Segment::Field("GroupAtInfo"));
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
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`SendGroupMsg`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendGroupMsgResponse {
    /// Message sending timestamp, corresponding to the backend server time.
    ///
    /// Unit: seconds. Example: `1497249503`. The document calls the type `Integer`.
    pub msg_time: i64,
    /// Message sequence number, the unique identifier of a message.
    ///
    /// Example: `1`. The document calls the type `Integer`.
    pub msg_seq: u64,
}

impl serde::Serialize for SendGroupMsgResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("SendGroupMsgResponse", 2)?;
        object.serialize_field("MsgTime", &self.msg_time)?;
        object.serialize_field("MsgSeq", &self.msg_seq)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendGroupMsgResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SendGroupMsgResponse {
    const NAME: &'static str = "SendGroupMsgResponse";

    fn field(key: &str) -> usize {
        match key {
            "MsgTime" => 0,
            "MsgSeq" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut msg_time_slot: Option<i64> = None;
        let mut msg_seq_slot: Option<u64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut msg_time_slot, "MsgTime", &mut map)?,
                1 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(SendGroupMsgResponse {
            msg_time: msg_time_slot.ok_or_else(|| A::Error::missing_field("MsgTime"))?,
            msg_seq: msg_seq_slot.ok_or_else(|| A::Error::missing_field("MsgSeq"))?,
        })
    }
}

/// A message's priority.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MsgPriority {
    /// `"High"`: The highest priority.
    High,
    /// `"Normal"`: The default priority.
    Normal,
    /// `"Low"`: The lowest priority.
    Low,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl MsgPriority {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "High",
            Self::Normal => "Normal",
            Self::Low => "Low",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for MsgPriority {
    fn from(value: String) -> Self {
        match value.as_str() {
            "High" => Self::High,
            "Normal" => Self::Normal,
            "Low" => Self::Low,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for MsgPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MsgPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for MsgPriority {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["\"High\" (High)", "\"Normal\" (Normal)", "\"Low\" (Low)"],
                path,
                out,
            );
        }
    }
}

/// How this message is counted by the receivers' clients.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SendMsgControl {
    /// `"NoLastMsg"`: Do not trigger conversation update.
    NoLastMsg,
    /// `"NoUnread"`: Do not include the message in the unread count.
    NoUnread,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl SendMsgControl {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoLastMsg => "NoLastMsg",
            Self::NoUnread => "NoUnread",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SendMsgControl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NoLastMsg" => Self::NoLastMsg,
            "NoUnread" => Self::NoUnread,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for SendMsgControl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SendMsgControl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for SendMsgControl {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["\"NoLastMsg\" (NoLastMsg)", "\"NoUnread\" (NoUnread)"],
                path,
                out,
            );
        }
    }
}

/// One @-mention in a group message.
///
/// `GroupAt_Account` is required when `GroupAtAllFlag` is `0`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupAtInfo {
    /// `1`: @ all; `0`: @ a certain group member.
    ///
    /// Limits: between 0 and 1. The document calls the type `Integer`.
    pub group_at_all_flag: i32,
    /// The group member @-mentioned, when `GroupAtAllFlag` is 0.
    pub group_at_account: Option<String>,
}

impl GroupAtInfo {
    /// A value with the required `GroupAtAllFlag`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_at_all_flag: i32) -> Self {
        GroupAtInfo {
            group_at_all_flag,
            group_at_account: None,
        }
    }

    /// Sets `GroupAt_Account`.
    pub fn with_group_at_account(mut self, group_at_account: impl Into<String>) -> Self {
        self.group_at_account = Some(group_at_account.into());
        self
    }
}

impl serde::Serialize for GroupAtInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupAtInfo",
                1 + usize::from(self.group_at_account.is_some()),
            )?;
        object.serialize_field("GroupAtAllFlag", &self.group_at_all_flag)?;
        encode::optional(&mut object, "GroupAt_Account", &self.group_at_account)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupAtInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupAtInfo {
    const NAME: &'static str = "GroupAtInfo";

    fn field(key: &str) -> usize {
        match key {
            "GroupAtAllFlag" => 0,
            "GroupAt_Account" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_at_all_flag_slot: Option<i32> = None;
        let mut group_at_account_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut group_at_all_flag_slot,
                        "GroupAtAllFlag",
                        &mut map,
                    )?
                }
                1 => {
                    decode::once(
                        &mut group_at_account_slot,
                        "GroupAt_Account",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupAtInfo {
            group_at_all_flag: group_at_all_flag_slot
                .ok_or_else(|| A::Error::missing_field("GroupAtAllFlag"))?,
            group_at_account: group_at_account_slot.flatten(),
        })
    }
}

impl Validate for GroupAtInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if self.group_at_all_flag == 0 {
            validate::required_when(
                self.group_at_account.is_some(),
                "GroupAt_Account",
                "GroupAtAllFlag is 0",
                path,
                out,
            );
        }
        {
            let value = &self.group_at_all_flag;
            path.push(Segment::Field("GroupAtAllFlag"));
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
    }
}
