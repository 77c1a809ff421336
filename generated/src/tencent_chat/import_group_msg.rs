// Code generated from spec/tencent-chat/import_group_msg.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ImportGroupMsg`: This API is used to import group messages without triggering callbacks or sending notifications.
//!
//! This API is used to import group messages without triggering callbacks or sending notifications.
//!
//! When you are migrating your app from another instant messaging system to Tencent Cloud IM, you can use this API to import group message data.
//!
//! Audio-video groups (AVChatRoom) do not support importing group messages. If you attempt to import group messages for these groups, error 10007 will be returned. Therefore, members of an audio-video group cannot view the messages sent before they join the group.
//!
//! A single request can import up to seven group messages.
//! After messages are imported through this API, the unread message count for all members will become 0. To retain the unread message count, you need to import group members or set the unread message count for members after importing all messages.
//! The messages must be imported in ascending order by timestamp, and the timestamps of imported messages must be earlier than the current time, and later than the group creation time and the creation time of the latest message in the group. Otherwise, the import will fail.
//!
//! An app administrator imports up to 7 past messages into a group's history (a migration), each with its own sender and time, oldest first and after the group's latest message; each is answered with its own `Result`, and the imported ones with the seq they got. Every member's unread count becomes 0.
//!
//! - HTTP: `POST /v4/group_open_http_svc/import_group_msg`
//! - Request: [`ImportGroupMsgRequest`]; response payload: [`ImportGroupMsgResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Importing Group Messages, <https://www.tencentcloud.com/document/product/1047/34968>
//! - Also from: Importing Group Messages (the current copy, with `RecentContactFlag` and Community), <https://tencentcloud.com/document/product/1047/34968>
//! - Also from: Importing Group Messages (international page, 2020, up to 20 messages), <https://intl.cloud.tencent.com/document/product/1047/34968>
//! - Also from: Tencent Cloud Chat OpenAPI description (ImportGroupMsgRequest, ImportGroupMsgResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) do not support importing group messages. (error `10007`)
//! - The messages must be in ascending order of `SendTime`, earlier than now and later than the group's creation and its latest message; a message that is not gets `Result` 10004 and is not imported, while the others are.
//! - A message whose content is over 8,000 bytes gets `Result` 80002 and is not imported.
//! - A message with the same `Random` as one stored within five minutes of it is a repeat and is discarded.
//! - After an import every member's unread message count is 0 (SetUnreadMsgNum sets it again).
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | No operation permissions. For example, a common member in a public group tries to remove other users from the group, but only the app admin can do so. Also answered for an audio-video group (AVChatRoom), which does not support importing messages. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | The group ID is invalid. Use the correct group ID. |
//! | `10020` | The message is too large. Currently, the maximum message size supported is 8,000 bytes. Adjust the message size. |
//!
//! # Notes on the source document
//!
//! - The sample request is not valid JSON as the page writes it (`//` comments: "Specified message sender", "Random number of the message (optional)", the element comments), and the sample response has a trailing comma after its last item. — *Resolved:* The comments and the trailing comma are dropped; nothing else changed.
//! - The request table types `MsgList` as String and `MsgBody` and `MsgContent` as Object, and lists the items' fields and the elements' `MsgType`/`MsgContent` as rows of the request; the sample has `MsgList` an array of messages whose `MsgBody` is an array of elements. — *Resolved:* `MsgList` is a list of `ImportGroupMsgItem` (`From_Account`, `SendTime`, `Random`, `MsgBody`), and `MsgBody` the service's message element union (`TimMsgElement`, as SendGroupMsg's), with at least one element. The table's element types (text, emoji, location, custom) are a subset of the union; the union's other elements are not refused.
//! - The limit on messages per request differs: the 2020 page says up to 20, the current pages up to seven. The copy that has the full tables lacks `RecentContactFlag`, which the current copy's sample has (1 triggers a conversation update, not for AVChatRoom), and lacks Community in its group types. — *Resolved:* The current pages: at most 7 messages (`max_items`), `RecentContactFlag` an optional 0 or 1 (default 0, as its comment and Tencent's OpenAPI description say), Community supported.
//! - The response table has no items table: `Result`, `MsgTime` and `MsgSeq` are rows of the response, though the sample has them in each item of `ImportMsgResult`. The table types them Integer. — *Resolved:* `ImportMsgResult` is a list of `ImportGroupMsgResult` with the three fields, required (the sample has them all); `MsgTime` and `MsgSeq` are i64 like the history's, `Result` an i32.
//! - The error table lists 10020 (message too large, 8,000 bytes) for the call, and the `Result` description 80002 for a single message over 8,000 bytes; the page does not say when the call as a whole gets 10020. It does not say what a sender who is not a member gets, nor what a repeated `Random` answers. — *Resolved:* Judgement: a message over 8,000 bytes gets `Result` 80002 and the call succeeds (10020 is kept as documented, not answered by the emulator); the sender is not checked (an import migrates history, whose senders may have left); a repeat is answered like SendGroupMsg's, with the first message's seq and time and `Result` 0, and not stored again.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, TimMsgElement, errors};

/// `ImportGroupMsg` as a type: it ties [`ImportGroupMsgRequest`] and [`ImportGroupMsgResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ImportGroupMsg>`) and servers (`route::<ImportGroupMsg>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ImportGroupMsg;

impl OperationShape for ImportGroupMsg {
    type Service = TencentChat;
    type Input = ImportGroupMsgRequest;
    type Output = ImportGroupMsgResponse;
    const OP: Operation = Operation {
        name: "ImportGroupMsg",
        service: &SPEC,
        path: "/v4/group_open_http_svc/import_group_msg",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: false,
        errors: &[(ErrorRole::InvalidParameter, errors::E10004)],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// The request body of `ImportGroupMsg`.
///
/// The request of [`ImportGroupMsg`](self): This API is used to import group messages without triggering callbacks or sending notifications.
///
/// - HTTP: `POST /v4/group_open_http_svc/import_group_msg`
/// - Request: [`ImportGroupMsgRequest`]; response payload: [`ImportGroupMsgResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Importing Group Messages, <https://www.tencentcloud.com/document/product/1047/34968>
/// - Also from: Importing Group Messages (the current copy, with `RecentContactFlag` and Community), <https://tencentcloud.com/document/product/1047/34968>
/// - Also from: Importing Group Messages (international page, 2020, up to 20 messages), <https://intl.cloud.tencent.com/document/product/1047/34968>
/// - Also from: Tencent Cloud Chat OpenAPI description (ImportGroupMsgRequest, ImportGroupMsgResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportGroupMsgRequest {
    /// ID of the group for which to import messages
    ///
    /// Example: `"@TGS#2C5SZEAEF"`.
    pub group_id: String,
    /// 1: triggers conversation update; conversation update is not triggered by default. (This field is not supported by AVChatRoom groups.)
    ///
    /// Default when absent: `0`. Example: `1`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub recent_contact_flag: Option<i32>,
    /// List of the messages to import
    ///
    /// Limits: 1 to 7 items. The document calls the type `Array`.
    pub msg_list: Vec<ImportGroupMsgItem>,
}

impl ImportGroupMsgRequest {
    /// A value with the required `GroupId`, `MsgList`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, msg_list: Vec<ImportGroupMsgItem>) -> Self {
        ImportGroupMsgRequest {
            group_id: group_id.into(),
            recent_contact_flag: None,
            msg_list,
        }
    }

    /// Sets `RecentContactFlag`.
    pub fn with_recent_contact_flag(mut self, recent_contact_flag: i32) -> Self {
        self.recent_contact_flag = Some(recent_contact_flag);
        self
    }

    /// `RecentContactFlag` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn recent_contact_flag_or_default(&self) -> i32 {
        self.recent_contact_flag.unwrap_or(0)
    }
}

impl serde::Serialize for ImportGroupMsgRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ImportGroupMsgRequest",
                2 + usize::from(self.recent_contact_flag.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "RecentContactFlag", &self.recent_contact_flag)?;
        object.serialize_field("MsgList", &self.msg_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupMsgRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupMsgRequest {
    const NAME: &'static str = "ImportGroupMsgRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "RecentContactFlag" => 1,
            "MsgList" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut recent_contact_flag_slot: Option<Option<i32>> = None;
        let mut msg_list_slot: Option<Vec<ImportGroupMsgItem>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => {
                    decode::once(
                        &mut recent_contact_flag_slot,
                        "RecentContactFlag",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut msg_list_slot, "MsgList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupMsgRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            recent_contact_flag: recent_contact_flag_slot.flatten(),
            msg_list: msg_list_slot.ok_or_else(|| A::Error::missing_field("MsgList"))?,
        })
    }
}

impl Validate for ImportGroupMsgRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.recent_contact_flag {
            path.push(Segment::Field("RecentContactFlag"));
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
        {
            let value = &self.msg_list;
            path.push(Segment::Field("MsgList"));
            validate::items(value, Some(1), Some(7), path, out);
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`ImportGroupMsg`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportGroupMsgResponse {
    /// Message import result
    ///
    /// The document calls the type `Array`.
    pub import_msg_result: Vec<ImportGroupMsgResult>,
}

impl serde::Serialize for ImportGroupMsgResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ImportGroupMsgResponse", 1)?;
        object.serialize_field("ImportMsgResult", &self.import_msg_result)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupMsgResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupMsgResponse {
    const NAME: &'static str = "ImportGroupMsgResponse";

    fn field(key: &str) -> usize {
        match key {
            "ImportMsgResult" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut import_msg_result_slot: Option<Vec<ImportGroupMsgResult>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut import_msg_result_slot,
                        "ImportMsgResult",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupMsgResponse {
            import_msg_result: import_msg_result_slot
                .ok_or_else(|| A::Error::missing_field("ImportMsgResult"))?,
        })
    }
}

/// One message to import (an item of `MsgList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportGroupMsgItem {
    /// Message sender
    ///
    /// Example: `"leckie"`.
    pub from_account: String,
    /// Message sending time
    ///
    /// Unit: seconds. Example: `1620808101`. The document calls the type `Integer`.
    pub send_time: i64,
    /// A 32-bit random number. If the random numbers of two messages within five minutes are the same, the later message will be discarded as a repeated message.
    ///
    /// When absent: a number the server chooses. Example: `8912345`. The document calls the type `Integer`.
    pub random: Option<u32>,
    /// TIM message. For more information, see the definition of TIMMsgElement in Message Formats.
    ///
    /// Limits: at least 1 items. The document calls the type `Object`.
    pub msg_body: Vec<TimMsgElement>,
}

impl ImportGroupMsgItem {
    /// A value with the required `From_Account`, `SendTime`, `MsgBody`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        from_account: impl Into<String>,
        send_time: i64,
        msg_body: Vec<TimMsgElement>,
    ) -> Self {
        ImportGroupMsgItem {
            from_account: from_account.into(),
            send_time,
            random: None,
            msg_body,
        }
    }

    /// Sets `Random`.
    pub fn with_random(mut self, random: u32) -> Self {
        self.random = Some(random);
        self
    }
}

impl serde::Serialize for ImportGroupMsgItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ImportGroupMsgItem",
                3 + usize::from(self.random.is_some()),
            )?;
        object.serialize_field("From_Account", &self.from_account)?;
        object.serialize_field("SendTime", &self.send_time)?;
        encode::optional(&mut object, "Random", &self.random)?;
        object.serialize_field("MsgBody", &self.msg_body)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupMsgItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupMsgItem {
    const NAME: &'static str = "ImportGroupMsgItem";

    fn field(key: &str) -> usize {
        match key {
            "From_Account" => 0,
            "SendTime" => 1,
            "Random" => 2,
            "MsgBody" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut from_account_slot: Option<String> = None;
        let mut send_time_slot: Option<i64> = None;
        let mut random_slot: Option<Option<u32>> = None;
        let mut msg_body_slot: Option<Vec<TimMsgElement>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                1 => decode::once(&mut send_time_slot, "SendTime", &mut map)?,
                2 => decode::once(&mut random_slot, "Random", &mut map)?,
                3 => decode::once(&mut msg_body_slot, "MsgBody", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupMsgItem {
            from_account: from_account_slot
                .ok_or_else(|| A::Error::missing_field("From_Account"))?,
            send_time: send_time_slot
                .ok_or_else(|| A::Error::missing_field("SendTime"))?,
            random: random_slot.flatten(),
            msg_body: msg_body_slot.ok_or_else(|| A::Error::missing_field("MsgBody"))?,
        })
    }
}

impl Validate for ImportGroupMsgItem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.msg_body;
            path.push(Segment::Field("MsgBody"));
            validate::items(value, Some(1), None, path, out);
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The result of importing one message (an item of `ImportMsgResult`), in the order sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportGroupMsgResult {
    /// Result of each message: 0: the message was imported successfully. 10004: the sending time of the message is invalid. 80001: the message contains restricted words and therefore cannot be stored. 80002: the message content exceeds the limit of 8,000 bytes. Please adjust the message size.
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub result: i32,
    /// Message timestamp
    ///
    /// Unit: seconds. Example: `1620808101`. The document calls the type `Integer`.
    pub msg_time: i64,
    /// Message sequence number, the unique identifier of a message
    ///
    /// Example: `1`. The document calls the type `Integer`.
    pub msg_seq: i64,
}

impl serde::Serialize for ImportGroupMsgResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ImportGroupMsgResult", 3)?;
        object.serialize_field("Result", &self.result)?;
        object.serialize_field("MsgTime", &self.msg_time)?;
        object.serialize_field("MsgSeq", &self.msg_seq)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupMsgResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupMsgResult {
    const NAME: &'static str = "ImportGroupMsgResult";

    fn field(key: &str) -> usize {
        match key {
            "Result" => 0,
            "MsgTime" => 1,
            "MsgSeq" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut result_slot: Option<i32> = None;
        let mut msg_time_slot: Option<i64> = None;
        let mut msg_seq_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut result_slot, "Result", &mut map)?,
                1 => decode::once(&mut msg_time_slot, "MsgTime", &mut map)?,
                2 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupMsgResult {
            result: result_slot.ok_or_else(|| A::Error::missing_field("Result"))?,
            msg_time: msg_time_slot.ok_or_else(|| A::Error::missing_field("MsgTime"))?,
            msg_seq: msg_seq_slot.ok_or_else(|| A::Error::missing_field("MsgSeq"))?,
        })
    }
}
