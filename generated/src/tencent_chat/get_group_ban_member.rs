// Code generated from spec/tencent-chat/get_group_ban_member.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetGroupBanMember`: You can use this API to get the list of banned members of an audio-video group.
//!
//! You can use this API to get the list of banned members of an audio-video group, page by page
//! with `Offset` and `Limit`.
//!
//! Applicable group types: AVChatRoom only.
//!
//! - HTTP: `POST /v4/group_open_http_svc/get_group_ban_member`
//! - Request: [`GetGroupBanMemberRequest`]; response payload: [`GetGroupBanMemberResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `AVChatRoom` only
//! - Pages: `Offset` is a cursor from the previous page's `NextOffset`; the items are in `BannedAccountList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size.
//! - Source: Getting the List of Banned Group Members, <https://www.tencentcloud.com/document/product/1047/50295>
//! - Also from: 获取封禁群成员列表 (Chinese copy on trtc.io), <https://trtc.io/zh/document/50295>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Only audio-video groups (AVChatRoom) have banned members. (error `10007`)
//! - `Offset` starts at 0 and then takes the previous answer's `NextOffset`, until it is 0.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | No operation permissions; also answered for a group type this API does not support. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The sample's caption says it "is used to deliver broadcast messages to all the audio-video groups", copied from another page; the request table describes `GroupId` as the group "whose members are to be unbanned" and `Limit` as the number of "unbanned users", while the sample's comments say banned members. — *Resolved:* The descriptions are the sample comments' (banned members of the group); the copied caption is not kept.
//! - The copies read were cut in the response table (`BannedAccountList` "…BannedUntil 为封禁成员的") and no error table was read. The answer's `NextOffset` of 2 after a page of 2 is the position after the page, yet the sample ends there with no word of whether more remain. — *Resolved:* `BannedAccountList` items are `{Member_Account, BannedUntil}` as the sample gives them, `BannedUntil` an i64 Unix time in seconds (when the ban ends); the walk ends on `NextOffset` 0, as the request comment says. The error codes are those of the other group pages for the same checks (judgement). `Limit` is 1 to 100; the page gives no default.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, PageFields, PageStep, PageStyle,
    Paginated, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `GetGroupBanMember` as a type: it ties [`GetGroupBanMemberRequest`] and [`GetGroupBanMemberResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetGroupBanMember>`) and servers (`route::<GetGroupBanMember>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetGroupBanMember;

impl OperationShape for GetGroupBanMember {
    type Service = TencentChat;
    type Input = GetGroupBanMemberRequest;
    type Output = GetGroupBanMemberResponse;
    const OP: Operation = Operation {
        name: "GetGroupBanMember",
        service: &SPEC,
        path: "/v4/group_open_http_svc/get_group_ban_member",
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
                style: PageStyle::Cursor,
                when: None,
                request_field: "Offset",
                response_field: Some("NextOffset"),
                next_from_item: None,
                items: "BannedAccountList",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// Walking `GetGroupBanMember` page by page: `Offset` is a cursor from the previous page's `NextOffset`; the items are in `BannedAccountList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size.
impl Paginated for GetGroupBanMember {
    fn next_page(
        request: &GetGroupBanMemberRequest,
        response: &GetGroupBanMemberResponse,
    ) -> PageStep<GetGroupBanMemberRequest> {
        if response.banned_account_list.is_empty() {
            return PageStep::Done;
        }
        let next = response.next_offset;
        if next == 0 {
            return PageStep::Done;
        }
        if request.offset == next {
            return PageStep::Stalled("NextOffset");
        }
        let mut following = request.clone();
        following.offset = next;
        PageStep::Next(following)
    }
}

/// The request body of `GetGroupBanMember`.
///
/// The request of [`GetGroupBanMember`](self): You can use this API to get the list of banned members of an audio-video group.
///
/// - HTTP: `POST /v4/group_open_http_svc/get_group_ban_member`
/// - Request: [`GetGroupBanMemberRequest`]; response payload: [`GetGroupBanMemberResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `AVChatRoom` only
/// - Pages: `Offset` is a cursor from the previous page's `NextOffset`; the items are in `BannedAccountList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size.
/// - Source: Getting the List of Banned Group Members, <https://www.tencentcloud.com/document/product/1047/50295>
/// - Also from: 获取封禁群成员列表 (Chinese copy on trtc.io), <https://trtc.io/zh/document/50295>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupBanMemberRequest {
    /// Group ID
    ///
    /// Example: `"@TGS#aJRGC4MH6"`.
    pub group_id: String,
    /// Number of banned members to be pulled per page each time. The maximum value allowed is 100.
    ///
    /// When absent: the server's page size. Example: `20`. Limits: between 1 and 100. The document calls the type `Integer`.
    pub limit: Option<i32>,
    /// Offset. For the first request, set `Offset` to 0. For subsequent requests, set `Offset` to the value of `NextOffset` in the response packet.
    ///
    /// Example: `0`. Limits: at least 0. The document calls the type `Integer`.
    pub offset: i32,
}

impl GetGroupBanMemberRequest {
    /// A value with the required `GroupId`, `Offset`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, offset: i32) -> Self {
        GetGroupBanMemberRequest {
            group_id: group_id.into(),
            limit: None,
            offset,
        }
    }

    /// Sets `Limit`.
    pub fn with_limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }
}

impl serde::Serialize for GetGroupBanMemberRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetGroupBanMemberRequest",
                2 + usize::from(self.limit.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "Limit", &self.limit)?;
        object.serialize_field("Offset", &self.offset)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetGroupBanMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetGroupBanMemberRequest {
    const NAME: &'static str = "GetGroupBanMemberRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Limit" => 1,
            "Offset" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut limit_slot: Option<Option<i32>> = None;
        let mut offset_slot: Option<i32> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut limit_slot, "Limit", &mut map)?,
                2 => decode::once(&mut offset_slot, "Offset", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetGroupBanMemberRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            limit: limit_slot.flatten(),
            offset: offset_slot.ok_or_else(|| A::Error::missing_field("Offset"))?,
        })
    }
}

impl Validate for GetGroupBanMemberRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.limit {
            path.push(Segment::Field("Limit"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(100)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        {
            let value = &self.offset;
            path.push(Segment::Field("Offset"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
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
/// The payload of a successful [`GetGroupBanMember`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupBanMemberResponse {
    /// The banned members of the page.
    ///
    /// The document calls the type `Array`.
    pub banned_account_list: Vec<BannedMember>,
    /// The `Offset` of the next request; `0` when the entire list of banned members of the audio-video group has been obtained.
    ///
    /// Example: `2`. The document calls the type `Integer`.
    pub next_offset: i32,
}

impl serde::Serialize for GetGroupBanMemberResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetGroupBanMemberResponse", 2)?;
        object.serialize_field("BannedAccountList", &self.banned_account_list)?;
        object.serialize_field("NextOffset", &self.next_offset)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetGroupBanMemberResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetGroupBanMemberResponse {
    const NAME: &'static str = "GetGroupBanMemberResponse";

    fn field(key: &str) -> usize {
        match key {
            "BannedAccountList" => 0,
            "NextOffset" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut banned_account_list_slot: Option<Vec<BannedMember>> = None;
        let mut next_offset_slot: Option<i32> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut banned_account_list_slot,
                        "BannedAccountList",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut next_offset_slot, "NextOffset", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetGroupBanMemberResponse {
            banned_account_list: banned_account_list_slot
                .ok_or_else(|| A::Error::missing_field("BannedAccountList"))?,
            next_offset: next_offset_slot
                .ok_or_else(|| A::Error::missing_field("NextOffset"))?,
        })
    }
}

/// One banned member of an audio-video group (an item of `BannedAccountList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BannedMember {
    /// The banned account.
    ///
    /// Example: `"brennanli1"`.
    pub member_account: String,
    /// When the member's ban ends (Unix time).
    ///
    /// Unit: seconds. Example: `1660875916`. The document calls the type `Integer`.
    pub banned_until: i64,
}

impl serde::Serialize for BannedMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("BannedMember", 2)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        object.serialize_field("BannedUntil", &self.banned_until)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BannedMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BannedMember {
    const NAME: &'static str = "BannedMember";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "BannedUntil" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut banned_until_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut banned_until_slot, "BannedUntil", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BannedMember {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            banned_until: banned_until_slot
                .ok_or_else(|| A::Error::missing_field("BannedUntil"))?,
        })
    }
}
