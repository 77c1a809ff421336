// Code generated from spec/tencent-chat/group_msg_get_simple.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GroupMsgGetSimple`: This API allows the app administrator to pull the historical messages of a group.
//!
//! This API allows the app administrator to pull the historical messages of a group.
//!
//! Group messages are sorted by seq, allocated in the order the server receives them: a message
//! sent earlier has a smaller seq. To pull all the messages of a group, leave out the seq on the
//! first pull (the server returns the latest messages), and on each later pull send the smallest
//! seq returned so far minus 1. A message whose `IsPlaceMsg` is 1 has expired, failed to be
//! stored, or been deleted.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
//! Audio-video groups (AVChatRoom) do not support this API because their historical messages
//! are not stored.
//!
//! - HTTP: `POST /v4/group_open_http_svc/group_msg_get_simple`
//! - Request: [`GroupMsgGetSimpleRequest`]; response payload: [`GroupMsgGetSimpleResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Pages: `ReqMsgSeq` is computed from the previous page: its smallest `MsgSeq` minus 1; the items are in `RspMsgList`; `IsFinished` is `0` while more pages follow and `1` or `2` on the last (any other value ends the walk with an error); an empty page ends the list; `ReqMsgNumber` is the page size.
//! - Source: Pulling Historical Group Messages, <https://www.tencentcloud.com/document/product/1047/34971>
//! - Also from: 拉取群历史消息, <https://cloud.tencent.com/document/product/269/2738>
//! - Also from: Getting Historical Group Messages (international page, updated 2020-07-22), <https://intl.cloud.tencent.com/document/product/1047/34971>
//! - Also from: Message Formats (MsgBody, TIMMsgElement and each element's MsgContent), <https://www.tencentcloud.com/document/product/1047/33527>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//! - Also from: 拉取群漫游消息 (an older revision of the Chinese page, with its response table), <https://cloud.tencent.com/document/product/269/2738>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) store no historical messages and do not support this API. (error `10007`)
//! - Messages are kept only for the edition's storage period; an expired, deleted or unstored message comes back as a placeholder (`IsPlaceMsg` 1).
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Please try again. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | Insufficient permission: the caller is not the app admin; also answered for an audio-video group (AVChatRoom), whose messages are not stored. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The 2020 international page lists AVChatRoom and BChatRoom as unsupported and no Community; the current page drops BChatRoom and supports Community. — *Resolved:* The current page's list (Private, Public, ChatRoom, Community).
//! - The request samples carry `//` comments, so they are not JSON as printed. — *Resolved:* The examples are the samples with the comments removed; nothing else changed.
//! - The answer's `MsgPriority` is a number (the sample's `1`), while SendGroupMsg takes the priority as the strings `High`, `Normal` and `Low`. The page's table could not be read; Tencent's OpenAPI description maps 1 to High, 2 Normal, 3 Low, 4 Lowest. — *Resolved:* `MsgPriority` is an open enum of the four numbers (`StoredMsgPriority`), optional, as the older page's sample leaves it out.
//! - The older Chinese page's `IsPlaceMsg` is 0 or 1 (1 for a deleted or expired message, whose `MsgBody` is empty); Tencent's OpenAPI description adds 2 for a recalled message, and `IsSystemMsg`. — *Resolved:* Both, from the OpenAPI description; `IsSystemMsg` is optional.
//! - The element shapes of an answer differ from those a sender gives: Tencent's OpenAPI description of an image's content (`TIMImageElem_MsgContent`) has, besides `UUID`, `ImageFormat` and `ImageInfoArray`, one size's `Type`, `Size`, `Width`, `Height` and `URL` at content level, and does not require `ImageInfoArray`. Decoded with the service's `TimImageElem`, those five fields were dropped and an image without sizes did not decode. — *Resolved:* `RspMsgList[].MsgBody` is `HistoryMsgElement`, a refinement of `TimMsgElement` whose image variant holds `HistoryImageElem`, a refinement of `TimImageElem` with the five fields added (optional: the description does not say when they are given) and `ImageInfoArray` optional. The shared union that SendGroupMsg sends is unchanged. The other elements' shapes are the same both ways (their download URLs and flags are already `required: request`); the OpenAPI description's other differences (a file's `FileName` and `FileSize` and a video's sizes and formats required) describe what an SDK sends, and are not taken as facts of stored elements.
//! - The two samples of the page differ: the older Chinese revision has no `ErrorInfo` and no `MsgPriority`; the newer one has both. — *Resolved:* The example is the newer sample; `MsgPriority` is optional.
//! - The older Chinese page answers 10007 for a caller that is not the app admin (操作权限不足。 请确认操作者是否是APP管理员). — *Resolved:* A caller that is not an app admin gets 10007 (servers and the emulator).
//! - `IsFinished` has three values (0, 1, 2), not a has-more flag, and the next pull's seq is computed from the page (the smallest `MsgSeq` minus 1), not given in the answer. — *Resolved:* A sequence walk: the next `ReqMsgSeq` is the page's smallest `MsgSeq` minus 1 (`next_from_items`); `IsFinished` 0 means more follow, 1 and 2 end the walk, any other value is an error.
//! - The message seq is typed Integer; SendGroupMsg's answer types its `MsgSeq` u64. — *Resolved:* `ReqMsgSeq` and the items' `MsgSeq` are i64, so the walk's `MsgSeq − 1` stays in range and the sample's values (7803321) fit.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, PageFields, PageStep, PageStyle,
    Paginated, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{HistoryMsgElement, SPEC, TencentChat, errors};

/// `GroupMsgGetSimple` as a type: it ties [`GroupMsgGetSimpleRequest`] and [`GroupMsgGetSimpleResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GroupMsgGetSimple>`) and servers (`route::<GroupMsgGetSimple>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GroupMsgGetSimple;

impl OperationShape for GroupMsgGetSimple {
    type Service = TencentChat;
    type Input = GroupMsgGetSimpleRequest;
    type Output = GroupMsgGetSimpleResponse;
    const OP: Operation = Operation {
        name: "GroupMsgGetSimple",
        service: &SPEC,
        path: "/v4/group_open_http_svc/group_msg_get_simple",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[
            (ErrorRole::Internal, errors::E10002),
            (ErrorRole::InvalidParameter, errors::E10004),
        ],
        class_limits: &[],
        pagination: &[
            PageFields {
                style: PageStyle::Sequence,
                when: None,
                request_field: "ReqMsgSeq",
                response_field: None,
                next_from_item: Some("MsgSeq"),
                items: "RspMsgList",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// Walking `GroupMsgGetSimple` page by page: `ReqMsgSeq` is computed from the previous page: its smallest `MsgSeq` minus 1; the items are in `RspMsgList`; `IsFinished` is `0` while more pages follow and `1` or `2` on the last (any other value ends the walk with an error); an empty page ends the list; `ReqMsgNumber` is the page size.
impl Paginated for GroupMsgGetSimple {
    fn next_page(
        request: &GroupMsgGetSimpleRequest,
        response: &GroupMsgGetSimpleResponse,
    ) -> PageStep<GroupMsgGetSimpleRequest> {
        let value = response.is_finished;
        match value {
            0 => {}
            1 | 2 => return PageStep::Done,
            other => {
                return PageStep::Invalid {
                    field: "IsFinished",
                    message: format!(
                        "{other} means neither that more pages follow (0) nor that this was the last (1 or 2)"
                    ),
                };
            }
        }
        if response.rsp_msg_list.is_empty() {
            return PageStep::Done;
        }
        let Some(extreme) = response.rsp_msg_list.iter().map(|item| item.msg_seq).min()
        else {
            return PageStep::Invalid {
                field: "RspMsgList",
                message: "no item of the page has `MsgSeq`, which the next position is computed from"
                    .to_owned(),
            };
        };
        let Ok(next) = i64::try_from(i128::from(extreme) - 1) else {
            return PageStep::Done;
        };
        if request.req_msg_seq.is_some_and(|current| next >= current) {
            return PageStep::Stalled("RspMsgList");
        }
        let mut following = request.clone();
        following.req_msg_seq = Some(next);
        PageStep::Next(following)
    }
}

/// The request body of `GroupMsgGetSimple`.
///
/// The request of [`GroupMsgGetSimple`](self): This API allows the app administrator to pull the historical messages of a group.
///
/// - HTTP: `POST /v4/group_open_http_svc/group_msg_get_simple`
/// - Request: [`GroupMsgGetSimpleRequest`]; response payload: [`GroupMsgGetSimpleResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Pages: `ReqMsgSeq` is computed from the previous page: its smallest `MsgSeq` minus 1; the items are in `RspMsgList`; `IsFinished` is `0` while more pages follow and `1` or `2` on the last (any other value ends the walk with an error); an empty page ends the list; `ReqMsgNumber` is the page size.
/// - Source: Pulling Historical Group Messages, <https://www.tencentcloud.com/document/product/1047/34971>
/// - Also from: 拉取群历史消息, <https://cloud.tencent.com/document/product/269/2738>
/// - Also from: Getting Historical Group Messages (international page, updated 2020-07-22), <https://intl.cloud.tencent.com/document/product/1047/34971>
/// - Also from: Message Formats (MsgBody, TIMMsgElement and each element's MsgContent), <https://www.tencentcloud.com/document/product/1047/33527>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
/// - Also from: 拉取群漫游消息 (an older revision of the Chinese page, with its response table), <https://cloud.tencent.com/document/product/269/2738>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupMsgGetSimpleRequest {
    /// The ID of the group of which messages are to be pulled.
    ///
    /// Example: `"@TGS#15ERQPAER"`.
    pub group_id: String,
    /// The number of historical messages to be pulled. At present, a maximum of 20 historical messages can be returned per request, so set it to 20 or less.
    ///
    /// Example: `2`. Limits: between 1 and 20. The document calls the type `Integer`.
    pub req_msg_number: i32,
    /// The maximum seq of the messages to be pulled: messages with a seq less than or equal to it are returned.
    ///
    /// When absent: the latest messages. Example: `7803321`. The document calls the type `Integer`.
    pub req_msg_seq: Option<i64>,
    /// Whether to pull recalled messages as well: `1` pulls them; by default (`0`) they are not pulled.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub with_recalled_msg: Option<i32>,
}

impl GroupMsgGetSimpleRequest {
    /// A value with the required `GroupId`, `ReqMsgNumber`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, req_msg_number: i32) -> Self {
        GroupMsgGetSimpleRequest {
            group_id: group_id.into(),
            req_msg_number,
            req_msg_seq: None,
            with_recalled_msg: None,
        }
    }

    /// Sets `ReqMsgSeq`.
    pub fn with_req_msg_seq(mut self, req_msg_seq: i64) -> Self {
        self.req_msg_seq = Some(req_msg_seq);
        self
    }

    /// Sets `WithRecalledMsg`.
    pub fn with_with_recalled_msg(mut self, with_recalled_msg: i32) -> Self {
        self.with_recalled_msg = Some(with_recalled_msg);
        self
    }

    /// `WithRecalledMsg` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn with_recalled_msg_or_default(&self) -> i32 {
        self.with_recalled_msg.unwrap_or(0)
    }
}

impl serde::Serialize for GroupMsgGetSimpleRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupMsgGetSimpleRequest",
                2 + usize::from(self.req_msg_seq.is_some())
                    + usize::from(self.with_recalled_msg.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("ReqMsgNumber", &self.req_msg_number)?;
        encode::optional(&mut object, "ReqMsgSeq", &self.req_msg_seq)?;
        encode::optional(&mut object, "WithRecalledMsg", &self.with_recalled_msg)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupMsgGetSimpleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupMsgGetSimpleRequest {
    const NAME: &'static str = "GroupMsgGetSimpleRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "ReqMsgNumber" => 1,
            "ReqMsgSeq" => 2,
            "WithRecalledMsg" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut req_msg_number_slot: Option<i32> = None;
        let mut req_msg_seq_slot: Option<Option<i64>> = None;
        let mut with_recalled_msg_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut req_msg_number_slot, "ReqMsgNumber", &mut map)?,
                2 => decode::once(&mut req_msg_seq_slot, "ReqMsgSeq", &mut map)?,
                3 => {
                    decode::once(
                        &mut with_recalled_msg_slot,
                        "WithRecalledMsg",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupMsgGetSimpleRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            req_msg_number: req_msg_number_slot
                .ok_or_else(|| A::Error::missing_field("ReqMsgNumber"))?,
            req_msg_seq: req_msg_seq_slot.flatten(),
            with_recalled_msg: with_recalled_msg_slot.flatten(),
        })
    }
}

impl Validate for GroupMsgGetSimpleRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.req_msg_number;
            path.push(Segment::Field("ReqMsgNumber"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(20)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.with_recalled_msg {
            path.push(Segment::Field("WithRecalledMsg"));
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
/// The payload of a successful [`GroupMsgGetSimple`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupMsgGetSimpleResponse {
    /// The ID of the group whose messages were pulled.
    ///
    /// Example: `"@TGS#15ERQPAER"`.
    pub group_id: String,
    /// Whether all the messages of the requested range were returned: `1` when they were; `0` when the messages are too long or the range too large (over 20) to return them all; `2` when, besides, every message of the range has expired.
    ///
    /// Example: `1`. The document calls the type `Integer`.
    pub is_finished: i32,
    /// The messages pulled, newest (largest seq) first.
    ///
    /// The document calls the type `Array`.
    pub rsp_msg_list: Vec<GroupHistoryMessage>,
}

impl serde::Serialize for GroupMsgGetSimpleResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupMsgGetSimpleResponse", 3)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("IsFinished", &self.is_finished)?;
        object.serialize_field("RspMsgList", &self.rsp_msg_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupMsgGetSimpleResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupMsgGetSimpleResponse {
    const NAME: &'static str = "GroupMsgGetSimpleResponse";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "IsFinished" => 1,
            "RspMsgList" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut is_finished_slot: Option<i32> = None;
        let mut rsp_msg_list_slot: Option<Vec<GroupHistoryMessage>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut is_finished_slot, "IsFinished", &mut map)?,
                2 => decode::once(&mut rsp_msg_list_slot, "RspMsgList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupMsgGetSimpleResponse {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            is_finished: is_finished_slot
                .ok_or_else(|| A::Error::missing_field("IsFinished"))?,
            rsp_msg_list: rsp_msg_list_slot
                .ok_or_else(|| A::Error::missing_field("RspMsgList"))?,
        })
    }
}

/// One stored group message (an item of `RspMsgList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupHistoryMessage {
    /// The message's sender.
    ///
    /// Example: `"144115197276518801"`.
    pub from_account: String,
    /// Whether the message is a placeholder (空洞消息): `1` when it was deleted or has expired, and its `MsgBody` is then empty; `2` when it was recalled; `0` otherwise.
    ///
    /// Example: `0`. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub is_place_msg: i32,
    /// The message's content: its elements as stored (see Message Formats); empty for a placeholder.
    ///
    /// The document calls the type `Array`.
    pub msg_body: Vec<HistoryMsgElement>,
    /// The message's priority: 1 High, 2 Normal, 3 Low, 4 Lowest.
    ///
    /// Example: `1`. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub msg_priority: Option<StoredMsgPriority>,
    /// The message's random number, used to deduplicate messages: filled in by the client that sent it, or generated by the server when it was not.
    ///
    /// Example: `51083293`. Source: 拉取群漫游消息 (an older revision of the Chinese page, with its response table), <https://cloud.tencent.com/document/product/269/2738>. The document calls the type `Integer`.
    pub msg_random: u32,
    /// The message's seq, which identifies it: the smaller, the earlier it was sent.
    ///
    /// Example: `7803321`. Source: 拉取群漫游消息 (an older revision of the Chinese page, with its response table), <https://cloud.tencent.com/document/product/269/2738>. The document calls the type `Integer`.
    pub msg_seq: i64,
    /// When the message was sent, in the server's time.
    ///
    /// Unit: seconds. Example: `1458721802`. Source: 拉取群漫游消息 (an older revision of the Chinese page, with its response table), <https://cloud.tencent.com/document/product/269/2738>. The document calls the type `Integer`.
    pub msg_time_stamp: i64,
    /// `1` when the message is a system message.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub is_system_msg: Option<i32>,
}

impl serde::Serialize for GroupHistoryMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupHistoryMessage",
                6 + usize::from(self.msg_priority.is_some())
                    + usize::from(self.is_system_msg.is_some()),
            )?;
        object.serialize_field("From_Account", &self.from_account)?;
        object.serialize_field("IsPlaceMsg", &self.is_place_msg)?;
        object.serialize_field("MsgBody", &self.msg_body)?;
        encode::optional(&mut object, "MsgPriority", &self.msg_priority)?;
        object.serialize_field("MsgRandom", &self.msg_random)?;
        object.serialize_field("MsgSeq", &self.msg_seq)?;
        object.serialize_field("MsgTimeStamp", &self.msg_time_stamp)?;
        encode::optional(&mut object, "IsSystemMsg", &self.is_system_msg)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupHistoryMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupHistoryMessage {
    const NAME: &'static str = "GroupHistoryMessage";

    fn field(key: &str) -> usize {
        match key {
            "From_Account" => 0,
            "IsPlaceMsg" => 1,
            "MsgBody" => 2,
            "MsgPriority" => 3,
            "MsgRandom" => 4,
            "MsgSeq" => 5,
            "MsgTimeStamp" => 6,
            "IsSystemMsg" => 7,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut from_account_slot: Option<String> = None;
        let mut is_place_msg_slot: Option<i32> = None;
        let mut msg_body_slot: Option<Vec<HistoryMsgElement>> = None;
        let mut msg_priority_slot: Option<Option<StoredMsgPriority>> = None;
        let mut msg_random_slot: Option<u32> = None;
        let mut msg_seq_slot: Option<i64> = None;
        let mut msg_time_stamp_slot: Option<i64> = None;
        let mut is_system_msg_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                1 => decode::once(&mut is_place_msg_slot, "IsPlaceMsg", &mut map)?,
                2 => decode::once(&mut msg_body_slot, "MsgBody", &mut map)?,
                3 => decode::once(&mut msg_priority_slot, "MsgPriority", &mut map)?,
                4 => decode::once(&mut msg_random_slot, "MsgRandom", &mut map)?,
                5 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                6 => decode::once(&mut msg_time_stamp_slot, "MsgTimeStamp", &mut map)?,
                7 => decode::once(&mut is_system_msg_slot, "IsSystemMsg", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupHistoryMessage {
            from_account: from_account_slot
                .ok_or_else(|| A::Error::missing_field("From_Account"))?,
            is_place_msg: is_place_msg_slot
                .ok_or_else(|| A::Error::missing_field("IsPlaceMsg"))?,
            msg_body: msg_body_slot.ok_or_else(|| A::Error::missing_field("MsgBody"))?,
            msg_priority: msg_priority_slot.flatten(),
            msg_random: msg_random_slot
                .ok_or_else(|| A::Error::missing_field("MsgRandom"))?,
            msg_seq: msg_seq_slot.ok_or_else(|| A::Error::missing_field("MsgSeq"))?,
            msg_time_stamp: msg_time_stamp_slot
                .ok_or_else(|| A::Error::missing_field("MsgTimeStamp"))?,
            is_system_msg: is_system_msg_slot.flatten(),
        })
    }
}

/// A stored message's priority, as history answers give it (a number).
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoredMsgPriority {
    /// `1`: A High priority message.
    High,
    /// `2`: A Normal priority message.
    Normal,
    /// `3`: A Low priority message.
    Low,
    /// `4`: A Lowest priority message.
    Lowest,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl StoredMsgPriority {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::High => 1,
            Self::Normal => 2,
            Self::Low => 3,
            Self::Lowest => 4,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            1 => Self::High,
            2 => Self::Normal,
            3 => Self::Low,
            4 => Self::Lowest,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for StoredMsgPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for StoredMsgPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}
