// Code generated from spec/tencent-chat/admin_get_roam_msg.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AdminGetRoamMsg`: This API is used by the app admin to query the message history of a one-to-one conversation from the perspective of a party of the conversation based on a specified time range.
//!
//! This API is used by the app admin to query the message history of a one-to-one conversation
//! from the perspective of a party of the conversation based on a specified time range.
//!
//! The one-to-one conversation to be queried is specified by `Operator_Account` and
//! `Peer_Account` in the request and the query is performed from the perspective of the party
//! specified by `Operator_Account`. The query result contains the messages sent between both
//! parties. The specific sender and recipient of each message are specified by `From_Account`
//! and `To_Account` respectively.
//!
//! The query result contains recalled messages indicated by the `MsgFlagBits` field. The
//! `IsPeerRead` field indicates whether the recipient sent the read receipt of the message.
//! Whether all the messages of the time range were pulled is indicated by the `Complete` field
//! in the response; when it is 0, pull on with `MaxTime` set to the response's `LastMsgTime` and
//! `LastMsgKey` set to its `LastMsgKey`.
//!
//! - HTTP: `POST /v4/openim/admin_getroammsg`
//! - Request: [`AdminGetRoamMsgRequest`]; response payload: [`AdminGetRoamMsgResponse`]
//! - Rate limit: 200 requests per second
//! - Pages: `LastMsgKey` is a token from the previous page's `LastMsgKey`; the next request's `MaxTime` is the previous page's `LastMsgTime`; the items are in `MsgList`; `Complete` is `0` while more pages follow and `1` on the last (any other value ends the walk with an error); an empty page ends the list; `MaxCnt` is the page size.
//! - Source: Pulling Historical One-to-one Messages, <https://www.tencentcloud.com/document/product/1047/35478>
//! - Also from: 拉取单聊历史消息 (the Chinese copy, with the whole first sample and the continued pull), <https://www.tencentcloud.com/zh/document/product/1047/35478>
//! - Also from: Querying One-to-One Message History (international page, with `From_Account`/`To_Account`), <https://intl.cloud.tencent.com/document/product/1047/35478>
//! - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GetRoamMsgRequest, GetRoamMsgResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The app admin calls this API; any other caller is refused. (error `90009`)
//! - Both accounts of the conversation must exist. (error `90048`)
//! - A pull returns the newest `MaxCnt` messages of the conversation between `MinTime` and `MaxTime` (older than `LastMsgKey`'s message when it is given), oldest first; `LastMsgTime` and `LastMsgKey` are those of the oldest message returned.
//! - Recalled messages are returned, flagged in `MsgFlagBits`.
//! - A continued pull sends the previous response's `LastMsgTime` as its `MaxTime` with its `LastMsgKey`. (error `90010`)
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
//! - The 2020 international page and Tencent's OpenAPI description name the conversation's parties `From_Account` and `To_Account`; the current pages name them `Operator_Account` (whose perspective) and `Peer_Account`. — *Resolved:* `Operator_Account` and `Peer_Account`, as the current pages' samples send them.
//! - The first sample's response prints two of its twelve messages and a `{ ... }` comment line for the rest, with `//` comments, so it is not JSON as printed; `MsgCnt` says 12. — *Resolved:* The example keeps the two messages printed and `MsgCnt` 12, without the comments and the placeholder item.
//! - A continued pull moves two request fields: `MaxTime` to the response's `LastMsgTime` and `LastMsgKey` to its `LastMsgKey`. The spec's pagination names one position field. — *Resolved:* The walk is a `token` walk on `LastMsgKey` (sent back as received) that carries `LastMsgTime` into `MaxTime` (`carry`), ending when `Complete` is 1 (0 means more follow, any other value is an error). The page names no code for a continued pull whose `MaxTime` is not the previous `LastMsgTime`; the spec gives it 90010, the code of a request the service cannot take, and the emulator refuses one whose `MaxTime` is not the time `LastMsgKey` ends in (`{MsgSeq}_{MsgRandom}_{MsgTime}`).
//! - The sample lists the page's messages oldest first while its `LastMsgTime` and `LastMsgKey` are the first (oldest) message's, and the continued pull ends at that time: a pull walks from the newest messages of the range to the oldest. — *Resolved:* Each pull returns the newest `MaxCnt` messages not yet pulled, listed oldest first; the `LastMsg` fields name the oldest of them.
//! - The copies read do not give `MsgFlagBits`' values, nor the table's required flags or a limit on `MaxCnt`, nor an error table. — *Resolved:* `MsgFlagBits` is 0 for a normal message and 8 for a recalled one, as Tencent's OpenAPI description of the answer says (该条消息的属性，0表示正常消息，8表示被撤回的消息); every request field but `LastMsgKey` is required (as the OpenAPI description has them) and `MaxCnt` at least 1; the errors are the message service's codes from the Error Codes page (90009 for a caller that is not an admin, 90048 for an account that does not exist, 90010 for a malformed request).

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, PageFields, PageStep, PageStyle,
    Paginated, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{HistoryMsgElement, SPEC, TencentChat, errors};

/// `AdminGetRoamMsg` as a type: it ties [`AdminGetRoamMsgRequest`] and [`AdminGetRoamMsgResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AdminGetRoamMsg>`) and servers (`route::<AdminGetRoamMsg>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AdminGetRoamMsg;

impl OperationShape for AdminGetRoamMsg {
    type Service = TencentChat;
    type Input = AdminGetRoamMsgRequest;
    type Output = AdminGetRoamMsgResponse;
    const OP: Operation = Operation {
        name: "AdminGetRoamMsg",
        service: &SPEC,
        path: "/v4/openim/admin_getroammsg",
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
        pagination: &[
            PageFields {
                style: PageStyle::Token,
                when: None,
                request_field: "LastMsgKey",
                response_field: Some("LastMsgKey"),
                next_from_item: None,
                items: "MsgList",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// Walking `AdminGetRoamMsg` page by page: `LastMsgKey` is a token from the previous page's `LastMsgKey`; the next request's `MaxTime` is the previous page's `LastMsgTime`; the items are in `MsgList`; `Complete` is `0` while more pages follow and `1` on the last (any other value ends the walk with an error); an empty page ends the list; `MaxCnt` is the page size.
impl Paginated for AdminGetRoamMsg {
    fn next_page(
        request: &AdminGetRoamMsgRequest,
        response: &AdminGetRoamMsgResponse,
    ) -> PageStep<AdminGetRoamMsgRequest> {
        let value = response.complete;
        match value {
            0 => {}
            1 => return PageStep::Done,
            other => {
                return PageStep::Invalid {
                    field: "Complete",
                    message: format!(
                        "{other} means neither that more pages follow (0) nor that this was the last (1)"
                    ),
                };
            }
        }
        if response.msg_list.is_empty() {
            return PageStep::Done;
        }
        let next = response.last_msg_key.clone();
        if request.last_msg_key.as_ref() == Some(&next) {
            return PageStep::Stalled("LastMsgKey");
        }
        let mut following = request.clone();
        following.last_msg_key = Some(next);
        following.max_time = response.last_msg_time;
        PageStep::Next(following)
    }
}

/// The request body of `AdminGetRoamMsg`.
///
/// The request of [`AdminGetRoamMsg`](self): This API is used by the app admin to query the message history of a one-to-one conversation from the perspective of a party of the conversation based on a specified time range.
///
/// - HTTP: `POST /v4/openim/admin_getroammsg`
/// - Request: [`AdminGetRoamMsgRequest`]; response payload: [`AdminGetRoamMsgResponse`]
/// - Rate limit: 200 requests per second
/// - Pages: `LastMsgKey` is a token from the previous page's `LastMsgKey`; the next request's `MaxTime` is the previous page's `LastMsgTime`; the items are in `MsgList`; `Complete` is `0` while more pages follow and `1` on the last (any other value ends the walk with an error); an empty page ends the list; `MaxCnt` is the page size.
/// - Source: Pulling Historical One-to-one Messages, <https://www.tencentcloud.com/document/product/1047/35478>
/// - Also from: 拉取单聊历史消息 (the Chinese copy, with the whole first sample and the continued pull), <https://www.tencentcloud.com/zh/document/product/1047/35478>
/// - Also from: Querying One-to-One Message History (international page, with `From_Account`/`To_Account`), <https://intl.cloud.tencent.com/document/product/1047/35478>
/// - Also from: Error Codes (message error codes 20xxx and 90xxx), <https://www.tencentcloud.com/document/product/1047/34348>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GetRoamMsgRequest, GetRoamMsgResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminGetRoamMsgRequest {
    /// UserID of the party of the conversation from whose perspective the history is queried.
    ///
    /// Example: `"user2"`.
    pub operator_account: String,
    /// UserID of the other party of the conversation.
    ///
    /// Example: `"user1"`.
    pub peer_account: String,
    /// Number of messages requested.
    ///
    /// Example: `100`. Limits: at least 1. The document calls the type `Integer`.
    pub max_cnt: i32,
    /// Minimum of the time range of the messages requested (a Unix timestamp in seconds).
    ///
    /// Unit: seconds. Example: `1584669600`. The document calls the type `Integer`.
    pub min_time: i64,
    /// Maximum of the time range of the messages requested (a Unix timestamp in seconds).
    ///
    /// Unit: seconds. Example: `1584673200`. The document calls the type `Integer`.
    pub max_time: i64,
    /// `MsgKey` of the last message pulled by the previous request; required when continuing a pull (with `MaxTime` set to the previous response's `LastMsgTime`).
    ///
    /// When absent: the pull starts from `MaxTime`. Example: `"549396494_2578554_1584669680"`.
    pub last_msg_key: Option<String>,
}

impl AdminGetRoamMsgRequest {
    /// A value with the required `Operator_Account`, `Peer_Account`, `MaxCnt`, `MinTime`, `MaxTime`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        operator_account: impl Into<String>,
        peer_account: impl Into<String>,
        max_cnt: i32,
        min_time: i64,
        max_time: i64,
    ) -> Self {
        AdminGetRoamMsgRequest {
            operator_account: operator_account.into(),
            peer_account: peer_account.into(),
            max_cnt,
            min_time,
            max_time,
            last_msg_key: None,
        }
    }

    /// Sets `LastMsgKey`.
    pub fn with_last_msg_key(mut self, last_msg_key: impl Into<String>) -> Self {
        self.last_msg_key = Some(last_msg_key.into());
        self
    }
}

impl serde::Serialize for AdminGetRoamMsgRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AdminGetRoamMsgRequest",
                5 + usize::from(self.last_msg_key.is_some()),
            )?;
        object.serialize_field("Operator_Account", &self.operator_account)?;
        object.serialize_field("Peer_Account", &self.peer_account)?;
        object.serialize_field("MaxCnt", &self.max_cnt)?;
        object.serialize_field("MinTime", &self.min_time)?;
        object.serialize_field("MaxTime", &self.max_time)?;
        encode::optional(&mut object, "LastMsgKey", &self.last_msg_key)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdminGetRoamMsgRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AdminGetRoamMsgRequest {
    const NAME: &'static str = "AdminGetRoamMsgRequest";

    fn field(key: &str) -> usize {
        match key {
            "Operator_Account" => 0,
            "Peer_Account" => 1,
            "MaxCnt" => 2,
            "MinTime" => 3,
            "MaxTime" => 4,
            "LastMsgKey" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut operator_account_slot: Option<String> = None;
        let mut peer_account_slot: Option<String> = None;
        let mut max_cnt_slot: Option<i32> = None;
        let mut min_time_slot: Option<i64> = None;
        let mut max_time_slot: Option<i64> = None;
        let mut last_msg_key_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut operator_account_slot,
                        "Operator_Account",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut peer_account_slot, "Peer_Account", &mut map)?,
                2 => decode::once(&mut max_cnt_slot, "MaxCnt", &mut map)?,
                3 => decode::once(&mut min_time_slot, "MinTime", &mut map)?,
                4 => decode::once(&mut max_time_slot, "MaxTime", &mut map)?,
                5 => decode::once(&mut last_msg_key_slot, "LastMsgKey", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AdminGetRoamMsgRequest {
            operator_account: operator_account_slot
                .ok_or_else(|| A::Error::missing_field("Operator_Account"))?,
            peer_account: peer_account_slot
                .ok_or_else(|| A::Error::missing_field("Peer_Account"))?,
            max_cnt: max_cnt_slot.ok_or_else(|| A::Error::missing_field("MaxCnt"))?,
            min_time: min_time_slot.ok_or_else(|| A::Error::missing_field("MinTime"))?,
            max_time: max_time_slot.ok_or_else(|| A::Error::missing_field("MaxTime"))?,
            last_msg_key: last_msg_key_slot.flatten(),
        })
    }
}

impl Validate for AdminGetRoamMsgRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.max_cnt;
            path.push(Segment::Field("MaxCnt"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: None,
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
/// The payload of a successful [`AdminGetRoamMsg`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdminGetRoamMsgResponse {
    /// Whether all the messages of the time range were pulled: `1` when they were; `0` when not, and the pull must continue.
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub complete: i32,
    /// Number of messages returned by this pull.
    ///
    /// Example: `12`. The document calls the type `Integer`.
    pub msg_cnt: i32,
    /// Time of the last message of this pull, the `MaxTime` of a continued pull.
    ///
    /// Unit: seconds. Example: `1584669680`. The document calls the type `Integer`.
    pub last_msg_time: i64,
    /// `MsgKey` of the last message of this pull, the `LastMsgKey` of a continued pull.
    ///
    /// Example: `"549396494_2578554_1584669680"`.
    pub last_msg_key: String,
    /// The messages returned.
    ///
    /// The document calls the type `Array`.
    pub msg_list: Vec<C2cHistoryMessage>,
}

impl serde::Serialize for AdminGetRoamMsgResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AdminGetRoamMsgResponse", 5)?;
        object.serialize_field("Complete", &self.complete)?;
        object.serialize_field("MsgCnt", &self.msg_cnt)?;
        object.serialize_field("LastMsgTime", &self.last_msg_time)?;
        object.serialize_field("LastMsgKey", &self.last_msg_key)?;
        object.serialize_field("MsgList", &self.msg_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AdminGetRoamMsgResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AdminGetRoamMsgResponse {
    const NAME: &'static str = "AdminGetRoamMsgResponse";

    fn field(key: &str) -> usize {
        match key {
            "Complete" => 0,
            "MsgCnt" => 1,
            "LastMsgTime" => 2,
            "LastMsgKey" => 3,
            "MsgList" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut complete_slot: Option<i32> = None;
        let mut msg_cnt_slot: Option<i32> = None;
        let mut last_msg_time_slot: Option<i64> = None;
        let mut last_msg_key_slot: Option<String> = None;
        let mut msg_list_slot: Option<Vec<C2cHistoryMessage>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut complete_slot, "Complete", &mut map)?,
                1 => decode::once(&mut msg_cnt_slot, "MsgCnt", &mut map)?,
                2 => decode::once(&mut last_msg_time_slot, "LastMsgTime", &mut map)?,
                3 => decode::once(&mut last_msg_key_slot, "LastMsgKey", &mut map)?,
                4 => decode::once(&mut msg_list_slot, "MsgList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AdminGetRoamMsgResponse {
            complete: complete_slot.ok_or_else(|| A::Error::missing_field("Complete"))?,
            msg_cnt: msg_cnt_slot.ok_or_else(|| A::Error::missing_field("MsgCnt"))?,
            last_msg_time: last_msg_time_slot
                .ok_or_else(|| A::Error::missing_field("LastMsgTime"))?,
            last_msg_key: last_msg_key_slot
                .ok_or_else(|| A::Error::missing_field("LastMsgKey"))?,
            msg_list: msg_list_slot.ok_or_else(|| A::Error::missing_field("MsgList"))?,
        })
    }
}

/// One stored one-to-one message (an item of `MsgList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct C2cHistoryMessage {
    /// UserID of the message sender.
    ///
    /// Example: `"user1"`.
    pub from_account: String,
    /// UserID of the message recipient.
    ///
    /// Example: `"user2"`.
    pub to_account: String,
    /// The message's sequence number (`MsgSeq`).
    ///
    /// Example: `549396494`. The document calls the type `Integer`.
    pub msg_seq: u32,
    /// The message's random number (`MsgRandom`).
    ///
    /// Example: `2578554`. The document calls the type `Integer`.
    pub msg_random: u32,
    /// The message's timestamp, in seconds.
    ///
    /// Unit: seconds. Example: `1584669680`. The document calls the type `Integer`.
    pub msg_time_stamp: i64,
    /// The message's flags: `0` for a normal message, `8` for a recalled message.
    ///
    /// Example: `0`. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GetRoamMsgRequest, GetRoamMsgResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub msg_flag_bits: i32,
    /// `1` when the recipient has sent the message's read receipt, else `0`.
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub is_peer_read: Option<i32>,
    /// The message's unique identifier, used to recall it.
    ///
    /// Example: `"549396494_2578554_1584669680"`.
    pub msg_key: String,
    /// The message's content, its elements as stored (see Message Formats).
    ///
    /// The document calls the type `Array`.
    pub msg_body: Vec<HistoryMsgElement>,
    /// The message's custom data.
    ///
    /// Example: `"your cloud custom data"`.
    pub cloud_custom_data: Option<String>,
}

impl serde::Serialize for C2cHistoryMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "C2cHistoryMessage",
                8 + usize::from(self.is_peer_read.is_some())
                    + usize::from(self.cloud_custom_data.is_some()),
            )?;
        object.serialize_field("From_Account", &self.from_account)?;
        object.serialize_field("To_Account", &self.to_account)?;
        object.serialize_field("MsgSeq", &self.msg_seq)?;
        object.serialize_field("MsgRandom", &self.msg_random)?;
        object.serialize_field("MsgTimeStamp", &self.msg_time_stamp)?;
        object.serialize_field("MsgFlagBits", &self.msg_flag_bits)?;
        encode::optional(&mut object, "IsPeerRead", &self.is_peer_read)?;
        object.serialize_field("MsgKey", &self.msg_key)?;
        object.serialize_field("MsgBody", &self.msg_body)?;
        encode::optional(&mut object, "CloudCustomData", &self.cloud_custom_data)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for C2cHistoryMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for C2cHistoryMessage {
    const NAME: &'static str = "C2cHistoryMessage";

    fn field(key: &str) -> usize {
        match key {
            "From_Account" => 0,
            "To_Account" => 1,
            "MsgSeq" => 2,
            "MsgRandom" => 3,
            "MsgTimeStamp" => 4,
            "MsgFlagBits" => 5,
            "IsPeerRead" => 6,
            "MsgKey" => 7,
            "MsgBody" => 8,
            "CloudCustomData" => 9,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut from_account_slot: Option<String> = None;
        let mut to_account_slot: Option<String> = None;
        let mut msg_seq_slot: Option<u32> = None;
        let mut msg_random_slot: Option<u32> = None;
        let mut msg_time_stamp_slot: Option<i64> = None;
        let mut msg_flag_bits_slot: Option<i32> = None;
        let mut is_peer_read_slot: Option<Option<i32>> = None;
        let mut msg_key_slot: Option<String> = None;
        let mut msg_body_slot: Option<Vec<HistoryMsgElement>> = None;
        let mut cloud_custom_data_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                1 => decode::once(&mut to_account_slot, "To_Account", &mut map)?,
                2 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                3 => decode::once(&mut msg_random_slot, "MsgRandom", &mut map)?,
                4 => decode::once(&mut msg_time_stamp_slot, "MsgTimeStamp", &mut map)?,
                5 => decode::once(&mut msg_flag_bits_slot, "MsgFlagBits", &mut map)?,
                6 => decode::once(&mut is_peer_read_slot, "IsPeerRead", &mut map)?,
                7 => decode::once(&mut msg_key_slot, "MsgKey", &mut map)?,
                8 => decode::once(&mut msg_body_slot, "MsgBody", &mut map)?,
                9 => {
                    decode::once(
                        &mut cloud_custom_data_slot,
                        "CloudCustomData",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(C2cHistoryMessage {
            from_account: from_account_slot
                .ok_or_else(|| A::Error::missing_field("From_Account"))?,
            to_account: to_account_slot
                .ok_or_else(|| A::Error::missing_field("To_Account"))?,
            msg_seq: msg_seq_slot.ok_or_else(|| A::Error::missing_field("MsgSeq"))?,
            msg_random: msg_random_slot
                .ok_or_else(|| A::Error::missing_field("MsgRandom"))?,
            msg_time_stamp: msg_time_stamp_slot
                .ok_or_else(|| A::Error::missing_field("MsgTimeStamp"))?,
            msg_flag_bits: msg_flag_bits_slot
                .ok_or_else(|| A::Error::missing_field("MsgFlagBits"))?,
            is_peer_read: is_peer_read_slot.flatten(),
            msg_key: msg_key_slot.ok_or_else(|| A::Error::missing_field("MsgKey"))?,
            msg_body: msg_body_slot.ok_or_else(|| A::Error::missing_field("MsgBody"))?,
            cloud_custom_data: cloud_custom_data_slot.flatten(),
        })
    }
}
