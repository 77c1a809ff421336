// Code generated from spec/tencent-chat/get_group_member_info.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetGroupMemberInfo`: This API is used by the app admin to obtain group member profiles based on the group ID.
//!
//! This API is used by the app admin to obtain group member profiles based on the group ID.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community. Due to the
//! large number of members in a community group, a Community group is not paged by `Limit` and
//! `Offset` but fetched in batches by the `Next` field.
//!
//! - HTTP: `POST /v4/group_open_http_svc/get_group_member_info`
//! - Request: [`GetGroupMemberInfoRequest`]; response payload: [`GetGroupMemberInfoResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Pages: When `Next` is sent: `Next` is a token from the previous page's `Next`; the items are in `MemberList`; a next position of `""` means the end; an empty page ends the list; `Limit` is the page size. Otherwise: `Offset` is an offset: the next page's is this one plus the items received; the items are in `MemberList`; the walk ends once the offset plus the items received reaches `MemberNum`; an empty page ends the list; `Limit` is the page size.
//! - Source: Getting Group Member Profiles, <https://www.tencentcloud.com/document/product/1047/34948>
//! - Also from: 获取群组成员详细资料 (updated 2019-08-02), <https://cloud.tencent.com/document/product/269/1617>
//! - Also from: Getting Group Member Profiles (international page, updated 2021-09-29), <https://intl.cloud.tencent.com/document/product/1047/34948>
//! - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GetGroupMemberInfoResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - A response may be at most 1 MB; page a large group with `Limit` and `Offset`. (error `10018`)
//! - A Community group is fetched by `Next`, not by `Offset`; every other group by `Limit` and `Offset`, ending once the offset reaches `MemberNum`.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | No operation permissions. Check whether the operator is an app admin or whether the operator has the permission to read the fields in the request; also answered for a group type this API does not support. |
//! | `10018` | The response exceeds the maximum size allowed (1 MB) because the group member data volume is too large. Use `Limit` and `Offset` to pull the group member data by page. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The applicable group types differ by page version: the 2019 Chinese page and the 2021 international page support AVChatRoom but only for the profiles of the first 300 members (members who join after that threshold cannot be obtained); the current page (2024) says AVChatRoom is not supported and adds Community, fetched by `Next`. — *Resolved:* The current page: Private, Public, ChatRoom and Community. The older pages' AVChatRoom limit is kept in this note.
//! - The limit of `Limit` differs by place: the request table says it cannot exceed 6000, the paging note of the same page "Maximum value: 200; recommended value: 100", and an older Chinese revision 10000. — *Resolved:* `Limit` is 1 to 200: the paging note is the most specific, and a client that keeps to it is accepted by a server that allows 6000, not the other way round.
//! - The response table lists `AppMemberDefinedData` beside `MemberList` (and so does Tencent's OpenAPI description), while every sample has it inside each member. — *Resolved:* An optional list of `{Key, Value}` in each member, as the samples give it.
//! - Two samples write `peter`'s role as `"Member "`, with a trailing space, which is none of the documented roles; the others write `"Member"`. The sample of specified fields ends its members with a trailing comma, so it is not JSON. — *Resolved:* The basic example's answer writes `"Member"`; the sample of specified fields is left out. (`Role` is an open enum, so an answer carrying `"Member "` would still decode, as `Unknown`.)
//! - Paging: `Limit` and `Offset` page a group, and the response has no has-more flag, only `MemberNum`; a Community group is fetched by `Next` instead. — *Resolved:* Two paging styles: `Next` sent picks the token walk (ending on an empty `Next`); any other request walks by offset, ending once the offset reaches `MemberNum`. `Next` and `Offset` are mutually exclusive.
//! - The samples carry `//` comments, so they are not JSON as printed; the role sample's answer has no `ErrorInfo`, which the envelope of every answer carries (the overview page). — *Resolved:* The examples are the samples with the comments removed, and `"ErrorInfo": ""` added to the role sample's answer; nothing else changed.
//! - The response table types the times and `MsgSeq` as Integer without a width. — *Resolved:* `JoinTime`, `LastSendMsgTime` and `ShutUpUntil` are i64 seconds; `MsgSeq` is u64.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, PageFields, PageStep, PageStyle,
    Paginated, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{
    AppMemberDefinedData, GroupMemberRole, GroupMsgFlag, SPEC, TencentChat, errors,
};

/// `GetGroupMemberInfo` as a type: it ties [`GetGroupMemberInfoRequest`] and [`GetGroupMemberInfoResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetGroupMemberInfo>`) and servers (`route::<GetGroupMemberInfo>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetGroupMemberInfo;

impl OperationShape for GetGroupMemberInfo {
    type Service = TencentChat;
    type Input = GetGroupMemberInfoRequest;
    type Output = GetGroupMemberInfoResponse;
    const OP: Operation = Operation {
        name: "GetGroupMemberInfo",
        service: &SPEC,
        path: "/v4/group_open_http_svc/get_group_member_info",
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
                style: PageStyle::Token,
                when: Some("`Next` is sent"),
                request_field: "Next",
                response_field: Some("Next"),
                next_from_item: None,
                items: "MemberList",
            },
            PageFields {
                style: PageStyle::Offset,
                when: None,
                request_field: "Offset",
                response_field: None,
                next_from_item: None,
                items: "MemberList",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// Walking `GetGroupMemberInfo` page by page: When `Next` is sent: `Next` is a token from the previous page's `Next`; the items are in `MemberList`; a next position of `""` means the end; an empty page ends the list; `Limit` is the page size. Otherwise: `Offset` is an offset: the next page's is this one plus the items received; the items are in `MemberList`; the walk ends once the offset plus the items received reaches `MemberNum`; an empty page ends the list; `Limit` is the page size.
impl Paginated for GetGroupMemberInfo {
    fn next_page(
        request: &GetGroupMemberInfoRequest,
        response: &GetGroupMemberInfoResponse,
    ) -> PageStep<GetGroupMemberInfoRequest> {
        if request.next.is_some() {
            if response.member_list.is_empty() {
                return PageStep::Done;
            }
            let Some(next) = response.next.clone() else {
                return PageStep::Done;
            };
            if next.is_empty() {
                return PageStep::Done;
            }
            if request.next.as_ref() == Some(&next) {
                return PageStep::Stalled("Next");
            }
            let mut following = request.clone();
            following.next = Some(next);
            return PageStep::Next(following);
        }
        if response.member_list.is_empty() {
            return PageStep::Done;
        }
        let Some(next) = i32::try_from(response.member_list.len())
            .ok()
            .and_then(|n| request.offset.unwrap_or_default().checked_add(n)) else {
            return PageStep::Stalled("Offset");
        };
        if i128::from(next) >= i128::from(response.member_num) {
            return PageStep::Done;
        }
        if request.offset.as_ref() == Some(&next) {
            return PageStep::Stalled("Offset");
        }
        let mut following = request.clone();
        following.offset = Some(next);
        PageStep::Next(following)
    }
}

/// The request body of `GetGroupMemberInfo`.
///
/// The request of [`GetGroupMemberInfo`](self): This API is used by the app admin to obtain group member profiles based on the group ID.
///
/// - HTTP: `POST /v4/group_open_http_svc/get_group_member_info`
/// - Request: [`GetGroupMemberInfoRequest`]; response payload: [`GetGroupMemberInfoResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Pages: When `Next` is sent: `Next` is a token from the previous page's `Next`; the items are in `MemberList`; a next position of `""` means the end; an empty page ends the list; `Limit` is the page size. Otherwise: `Offset` is an offset: the next page's is this one plus the items received; the items are in `MemberList`; the walk ends once the offset plus the items received reaches `MemberNum`; an empty page ends the list; `Limit` is the page size.
/// - Source: Getting Group Member Profiles, <https://www.tencentcloud.com/document/product/1047/34948>
/// - Also from: 获取群组成员详细资料 (updated 2019-08-02), <https://cloud.tencent.com/document/product/269/1617>
/// - Also from: Getting Group Member Profiles (international page, updated 2021-09-29), <https://intl.cloud.tencent.com/document/product/1047/34948>
/// - Also from: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GetGroupMemberInfoResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
///
/// At most one of `Next`, `Offset` may be present.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupMemberInfoRequest {
    /// ID of the group whose members are obtained.
    ///
    /// Example: `"@TGS#1NVTZEAE4"`.
    pub group_id: String,
    /// The member profile fields to obtain (for example `Role`, `JoinTime`, `MsgSeq`, `MsgFlag`, `LastSendMsgTime`, `ShutUpUntil`, `NameCard`); fields not named are not returned. `Member_Account` is always included.
    ///
    /// When absent: every field of the members' profiles. The document calls the type `Array`.
    pub member_info_filter: Option<Vec<String>>,
    /// The roles of the members to obtain: `Owner`, `Admin` or `Member`. Only members with these roles are returned.
    ///
    /// When absent: members of every role. The document calls the type `Array`.
    pub member_role_filter: Option<Vec<GroupMemberRole>>,
    /// The keys of the custom group member fields to obtain.
    ///
    /// When absent: no custom member fields. The document calls the type `Array`.
    pub app_defined_data_filter_group_member: Option<Vec<String>>,
    /// The maximum number of members in the response's `MemberList` (recommended: 100). If it is not given, the information of all members of the group is obtained.
    ///
    /// When absent: every member. Limits: between 1 and 200. The document calls the type `Integer`.
    pub limit: Option<i32>,
    /// The member to start from (how many members come before the page). Not for Community groups, which are fetched by `Next`.
    ///
    /// Default when absent: `0`. Limits: at least 0. The document calls the type `Integer`.
    pub offset: Option<i32>,
    /// Community groups only: the batch to fetch, `""` for the first batch and then the `Next` of the previous response. Cannot be used with `Offset`.
    pub next: Option<String>,
}

impl GetGroupMemberInfoRequest {
    /// A value with the required `GroupId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>) -> Self {
        GetGroupMemberInfoRequest {
            group_id: group_id.into(),
            member_info_filter: None,
            member_role_filter: None,
            app_defined_data_filter_group_member: None,
            limit: None,
            offset: None,
            next: None,
        }
    }

    /// Sets `MemberInfoFilter`.
    pub fn with_member_info_filter(mut self, member_info_filter: Vec<String>) -> Self {
        self.member_info_filter = Some(member_info_filter);
        self
    }

    /// Sets `MemberRoleFilter`.
    pub fn with_member_role_filter(
        mut self,
        member_role_filter: Vec<GroupMemberRole>,
    ) -> Self {
        self.member_role_filter = Some(member_role_filter);
        self
    }

    /// Sets `AppDefinedDataFilter_GroupMember`.
    pub fn with_app_defined_data_filter_group_member(
        mut self,
        app_defined_data_filter_group_member: Vec<String>,
    ) -> Self {
        self.app_defined_data_filter_group_member = Some(
            app_defined_data_filter_group_member,
        );
        self
    }

    /// Sets `Limit`.
    pub fn with_limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `Offset`.
    pub fn with_offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sets `Next`.
    pub fn with_next(mut self, next: impl Into<String>) -> Self {
        self.next = Some(next.into());
        self
    }

    /// `Offset` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn offset_or_default(&self) -> i32 {
        self.offset.unwrap_or(0)
    }
}

impl serde::Serialize for GetGroupMemberInfoRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetGroupMemberInfoRequest",
                1 + usize::from(self.member_info_filter.is_some())
                    + usize::from(self.member_role_filter.is_some())
                    + usize::from(self.app_defined_data_filter_group_member.is_some())
                    + usize::from(self.limit.is_some())
                    + usize::from(self.offset.is_some())
                    + usize::from(self.next.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "MemberInfoFilter", &self.member_info_filter)?;
        encode::optional(&mut object, "MemberRoleFilter", &self.member_role_filter)?;
        encode::optional(
            &mut object,
            "AppDefinedDataFilter_GroupMember",
            &self.app_defined_data_filter_group_member,
        )?;
        encode::optional(&mut object, "Limit", &self.limit)?;
        encode::optional(&mut object, "Offset", &self.offset)?;
        encode::optional(&mut object, "Next", &self.next)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetGroupMemberInfoRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetGroupMemberInfoRequest {
    const NAME: &'static str = "GetGroupMemberInfoRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "MemberInfoFilter" => 1,
            "MemberRoleFilter" => 2,
            "AppDefinedDataFilter_GroupMember" => 3,
            "Limit" => 4,
            "Offset" => 5,
            "Next" => 6,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut member_info_filter_slot: Option<Option<Vec<String>>> = None;
        let mut member_role_filter_slot: Option<Option<Vec<GroupMemberRole>>> = None;
        let mut app_defined_data_filter_group_member_slot: Option<Option<Vec<String>>> = None;
        let mut limit_slot: Option<Option<i32>> = None;
        let mut offset_slot: Option<Option<i32>> = None;
        let mut next_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => {
                    decode::once(
                        &mut member_info_filter_slot,
                        "MemberInfoFilter",
                        &mut map,
                    )?
                }
                2 => {
                    decode::once(
                        &mut member_role_filter_slot,
                        "MemberRoleFilter",
                        &mut map,
                    )?
                }
                3 => {
                    decode::once(
                        &mut app_defined_data_filter_group_member_slot,
                        "AppDefinedDataFilter_GroupMember",
                        &mut map,
                    )?
                }
                4 => decode::once(&mut limit_slot, "Limit", &mut map)?,
                5 => decode::once(&mut offset_slot, "Offset", &mut map)?,
                6 => decode::once(&mut next_slot, "Next", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetGroupMemberInfoRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            member_info_filter: member_info_filter_slot.flatten(),
            member_role_filter: member_role_filter_slot.flatten(),
            app_defined_data_filter_group_member: app_defined_data_filter_group_member_slot
                .flatten(),
            limit: limit_slot.flatten(),
            offset: offset_slot.flatten(),
            next: next_slot.flatten(),
        })
    }
}

impl Validate for GetGroupMemberInfoRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::at_most_one_of(
            &[self.next.is_some(), self.offset.is_some()],
            &["Next", "Offset"],
            path,
            out,
        );
        if let Some(value) = &self.member_role_filter {
            path.push(Segment::Field("MemberRoleFilter"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.limit {
            path.push(Segment::Field("Limit"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(200)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.offset {
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
/// The payload of a successful [`GetGroupMemberInfo`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupMemberInfoResponse {
    /// The total number of members in the group.
    ///
    /// Example: `2`. The document calls the type `Integer`.
    pub member_num: i32,
    /// The members' profiles.
    ///
    /// The document calls the type `Array`.
    pub member_list: Vec<GroupMemberInfo>,
    /// Community groups: where the next batch starts, to be sent in the next request's `Next`; `""` when every member has been returned.
    pub next: Option<String>,
}

impl serde::Serialize for GetGroupMemberInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetGroupMemberInfoResponse",
                2 + usize::from(self.next.is_some()),
            )?;
        object.serialize_field("MemberNum", &self.member_num)?;
        object.serialize_field("MemberList", &self.member_list)?;
        encode::optional(&mut object, "Next", &self.next)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetGroupMemberInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetGroupMemberInfoResponse {
    const NAME: &'static str = "GetGroupMemberInfoResponse";

    fn field(key: &str) -> usize {
        match key {
            "MemberNum" => 0,
            "MemberList" => 1,
            "Next" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_num_slot: Option<i32> = None;
        let mut member_list_slot: Option<Vec<GroupMemberInfo>> = None;
        let mut next_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_num_slot, "MemberNum", &mut map)?,
                1 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                2 => decode::once(&mut next_slot, "Next", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetGroupMemberInfoResponse {
            member_num: member_num_slot
                .ok_or_else(|| A::Error::missing_field("MemberNum"))?,
            member_list: member_list_slot
                .ok_or_else(|| A::Error::missing_field("MemberList"))?,
            next: next_slot.flatten(),
        })
    }
}

/// One member's profile in a group (an item of `MemberList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupMemberInfo {
    /// The member's UserID.
    ///
    /// Example: `"bob"`.
    pub member_account: String,
    /// The member's role: `Owner`, `Admin` or `Member`.
    ///
    /// Example: `"Owner"`. The document calls the type `String`.
    pub role: Option<GroupMemberRole>,
    /// When the member joined the group.
    ///
    /// Unit: seconds. Example: `1425976500`. The document calls the type `Integer`.
    pub join_time: Option<i64>,
    /// The sequence number of the last message the member has read.
    ///
    /// Example: `1233`. The document calls the type `Integer`.
    pub msg_seq: Option<u64>,
    /// How the member receives the group's messages: `AcceptAndNotify`, `AcceptNotNotify` or `Discard`.
    ///
    /// Example: `"AcceptAndNotify"`. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GetGroupMemberInfoResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `String`.
    pub msg_flag: Option<GroupMsgFlag>,
    /// When the member last sent a message in the group.
    ///
    /// Unit: seconds. Example: `1425976500`. The document calls the type `Integer`.
    pub last_send_msg_time: Option<i64>,
    /// When the member's mute ends; `0` when the member is not muted.
    ///
    /// Unit: seconds. Example: `0`. The document calls the type `Integer`.
    pub shut_up_until: Option<i64>,
    /// The member's contact card in the group (at most 50 bytes).
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GetGroupMemberInfoResponse), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>.
    pub name_card: Option<String>,
    /// The member's custom fields asked for in `AppDefinedDataFilter_GroupMember`.
    ///
    /// The document calls the type `Array`.
    pub app_member_defined_data: Option<Vec<AppMemberDefinedData>>,
}

impl serde::Serialize for GroupMemberInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupMemberInfo",
                1 + usize::from(self.role.is_some())
                    + usize::from(self.join_time.is_some())
                    + usize::from(self.msg_seq.is_some())
                    + usize::from(self.msg_flag.is_some())
                    + usize::from(self.last_send_msg_time.is_some())
                    + usize::from(self.shut_up_until.is_some())
                    + usize::from(self.name_card.is_some())
                    + usize::from(self.app_member_defined_data.is_some()),
            )?;
        object.serialize_field("Member_Account", &self.member_account)?;
        encode::optional(&mut object, "Role", &self.role)?;
        encode::optional(&mut object, "JoinTime", &self.join_time)?;
        encode::optional(&mut object, "MsgSeq", &self.msg_seq)?;
        encode::optional(&mut object, "MsgFlag", &self.msg_flag)?;
        encode::optional(&mut object, "LastSendMsgTime", &self.last_send_msg_time)?;
        encode::optional(&mut object, "ShutUpUntil", &self.shut_up_until)?;
        encode::optional(&mut object, "NameCard", &self.name_card)?;
        encode::optional(
            &mut object,
            "AppMemberDefinedData",
            &self.app_member_defined_data,
        )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupMemberInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupMemberInfo {
    const NAME: &'static str = "GroupMemberInfo";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "Role" => 1,
            "JoinTime" => 2,
            "MsgSeq" => 3,
            "MsgFlag" => 4,
            "LastSendMsgTime" => 5,
            "ShutUpUntil" => 6,
            "NameCard" => 7,
            "AppMemberDefinedData" => 8,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut role_slot: Option<Option<GroupMemberRole>> = None;
        let mut join_time_slot: Option<Option<i64>> = None;
        let mut msg_seq_slot: Option<Option<u64>> = None;
        let mut msg_flag_slot: Option<Option<GroupMsgFlag>> = None;
        let mut last_send_msg_time_slot: Option<Option<i64>> = None;
        let mut shut_up_until_slot: Option<Option<i64>> = None;
        let mut name_card_slot: Option<Option<String>> = None;
        let mut app_member_defined_data_slot: Option<
            Option<Vec<AppMemberDefinedData>>,
        > = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut role_slot, "Role", &mut map)?,
                2 => decode::once(&mut join_time_slot, "JoinTime", &mut map)?,
                3 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                4 => decode::once(&mut msg_flag_slot, "MsgFlag", &mut map)?,
                5 => {
                    decode::once(
                        &mut last_send_msg_time_slot,
                        "LastSendMsgTime",
                        &mut map,
                    )?
                }
                6 => decode::once(&mut shut_up_until_slot, "ShutUpUntil", &mut map)?,
                7 => decode::once(&mut name_card_slot, "NameCard", &mut map)?,
                8 => {
                    decode::once(
                        &mut app_member_defined_data_slot,
                        "AppMemberDefinedData",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupMemberInfo {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            role: role_slot.flatten(),
            join_time: join_time_slot.flatten(),
            msg_seq: msg_seq_slot.flatten(),
            msg_flag: msg_flag_slot.flatten(),
            last_send_msg_time: last_send_msg_time_slot.flatten(),
            shut_up_until: shut_up_until_slot.flatten(),
            name_card: name_card_slot.flatten(),
            app_member_defined_data: app_member_defined_data_slot.flatten(),
        })
    }
}
