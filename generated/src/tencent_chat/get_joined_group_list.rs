// Code generated from spec/tencent-chat/get_joined_group_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetJoinedGroupList`: App 管理员可以通过本接口获取某一用户加入的群信息。
//!
//! App 管理员可以通过本接口获取某一用户加入的群信息。默认不获取用户已加入但未激活好友工作群(Work)以及直播群(AVChatRoom)群信息。
//!
//! 适用的群组类型：Private（同新版本中的 Work，好友工作群，但默认不返回已加入但未激活的此类型群信息），Public，ChatRoom（同新版本中的 Meeting，临时会议群），AVChatRoom（但默认不返回此类型群信息。如果指定拉取 AVChatRoom 类型群信息，获得的群信息可能不完整，AVChatRoom 并不存储所有的群成员资料），Community（社群）。
//!
//! Lists the groups an account has joined, for app administrators. Work groups joined but not activated, and audio-video groups, are left out unless asked for. Without `Limit` every group comes in one answer; `Limit` and `Offset` page the list, and `ResponseFilter` asks for the groups' basic fields and the account's own data in each.
//!
//! - HTTP: `POST /v4/group_open_http_svc/get_joined_group_list`
//! - Request: [`GetJoinedGroupListRequest`]; response payload: [`GetJoinedGroupListResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Pages: `Offset` is an offset: the next page's is this one plus the items received; the items are in `GroupIdList`; the walk ends once the offset plus the items received reaches `TotalCount`; an empty page ends the list; `Limit` is the page size.
//! - Source: 获取用户已加入的群, <https://trtc.io/zh/document/34925>
//! - Also from: Getting the Groups a User Has Joined, <https://trtc.io/document/34925>
//! - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetJoinedGroupListRequest, GetJoinedGroupListResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetJoinedGroupListRequest.md>
//! - Also from: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>
//! - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
//!
//! # Rules the server enforces
//!
//! - Only the app admin may call this API. (error `10007`)
//! - Audio-video groups are listed only with `WithHugeGroups` 1, and Work groups joined but not activated only with `WithNoActiveGroups` 1.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | Insufficient operation permissions; answered to a caller that is not the app admin. |
//!
//! # Notes on the source document
//!
//! - The copies read (trtc.io in Chinese and English) were cut after the basic sample, in the sentence introducing paging by `Limit` and `Offset`: the other samples, the field tables, the sample answer and the error table could not be read. — *Resolved:* The request fields are Tencent's OpenAPI description's, in the page's words (`openapi`); the answer's items follow a Go client's model (`from: go-sdk`), as `GetGroupInfo`'s page names the same fields; the basic answer is written from the OpenAPI description's `TotalCount` and `GroupIdList`; the paged and filtered examples are the spec's. The errors are the group pages' 10002, 10004 and 10007 (`errors`).
//! - `Limit` left out lists every group; the page does not say how `TotalCount` relates to `GroupType`, `WithHugeGroups` and `WithNoActiveGroups`. — *Resolved:* Paging is by offset and ends at `TotalCount` (the generated pager's `total`), which counts the groups the request's type and switches select, so that a walk ends where the list does.
//! - The Go client's model names the mute-all field `ShutUpAllMember` in this answer, where `GetGroupInfo` answers `MuteAllMember`. — *Resolved:* `ShutUpAllMember`, of the shared `MuteAllMember` enum, as the client reads it.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, PageFields, PageStep, PageStyle,
    Paginated, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{
    ApplyJoinOption, GroupMemberRole, GroupMsgFlag, GroupType, MuteAllMember, SPEC,
    TencentChat, errors,
};

/// `GetJoinedGroupList` as a type: it ties [`GetJoinedGroupListRequest`] and [`GetJoinedGroupListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetJoinedGroupList>`) and servers (`route::<GetJoinedGroupList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetJoinedGroupList;

impl OperationShape for GetJoinedGroupList {
    type Service = TencentChat;
    type Input = GetJoinedGroupListRequest;
    type Output = GetJoinedGroupListResponse;
    const OP: Operation = Operation {
        name: "GetJoinedGroupList",
        service: &SPEC,
        path: "/v4/group_open_http_svc/get_joined_group_list",
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
                style: PageStyle::Offset,
                when: None,
                request_field: "Offset",
                response_field: None,
                next_from_item: None,
                items: "GroupIdList",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// Walking `GetJoinedGroupList` page by page: `Offset` is an offset: the next page's is this one plus the items received; the items are in `GroupIdList`; the walk ends once the offset plus the items received reaches `TotalCount`; an empty page ends the list; `Limit` is the page size.
impl Paginated for GetJoinedGroupList {
    fn next_page(
        request: &GetJoinedGroupListRequest,
        response: &GetJoinedGroupListResponse,
    ) -> PageStep<GetJoinedGroupListRequest> {
        if response.group_id_list.is_empty() {
            return PageStep::Done;
        }
        let Some(next) = i32::try_from(response.group_id_list.len())
            .ok()
            .and_then(|n| request.offset.unwrap_or_default().checked_add(n)) else {
            return PageStep::Stalled("Offset");
        };
        if i128::from(next) >= i128::from(response.total_count) {
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

/// The request body of `GetJoinedGroupList`.
///
/// The request of [`GetJoinedGroupList`](self): App 管理员可以通过本接口获取某一用户加入的群信息。
///
/// - HTTP: `POST /v4/group_open_http_svc/get_joined_group_list`
/// - Request: [`GetJoinedGroupListRequest`]; response payload: [`GetJoinedGroupListResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Pages: `Offset` is an offset: the next page's is this one plus the items received; the items are in `GroupIdList`; the walk ends once the offset plus the items received reaches `TotalCount`; an empty page ends the list; `Limit` is the page size.
/// - Source: 获取用户已加入的群, <https://trtc.io/zh/document/34925>
/// - Also from: Getting the Groups a User Has Joined, <https://trtc.io/document/34925>
/// - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetJoinedGroupListRequest, GetJoinedGroupListResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetJoinedGroupListRequest.md>
/// - Also from: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>
/// - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetJoinedGroupListRequest {
    /// 需要查询的用户帐号
    ///
    /// The account whose groups are listed.
    ///
    /// Example: `"leckie"`.
    pub member_account: String,
    /// 是否获取用户加入的 AVChatRoom(直播群)，0表示不获取，1表示获取。默认为0
    ///
    /// 1 lists the audio-video groups the account joined too; 0 (the default) leaves them out.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub with_huge_groups: Option<i32>,
    /// 是否获取用户已加入但未激活的 Private（即新版本中 Work，好友工作群) 群信息，0表示不获取，1表示获取。默认为0
    ///
    /// 1 lists the Work groups joined but not yet activated too; 0 (the default) leaves them out.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub with_no_active_groups: Option<i32>,
    /// 单次拉取的群组数量，如果不填代表所有群组
    ///
    /// The most groups this page holds; every group when not given.
    ///
    /// When absent: every group. Example: `10`. Limits: at least 1. The document calls the type `Integer`.
    pub limit: Option<i32>,
    /// 从第多少个群组开始拉取
    ///
    /// How many groups to skip (0 for the first page).
    ///
    /// Default when absent: `0`. Example: `0`. Limits: at least 0. The document calls the type `Integer`.
    pub offset: Option<i32>,
    /// 拉取哪种群组类型，例如 Public(陌生人社交群)，Private（即新版本Work，好友工作群)，ChatRoom （即新版本Meeting，会议群），AVChatRoom(直播群)，Community（社群），不填为拉取所有
    ///
    /// Lists only groups of this type.
    ///
    /// When absent: groups of every type. Example: `"Public"`. The document calls the type `String`.
    pub group_type: Option<GroupType>,
    /// 分别包含 GroupBaseInfoFilter 和 SelfInfoFilter 两个过滤器； GroupBaseInfoFilter 表示需要拉取哪些基础信息字段；SelfInfoFilter 表示需要拉取用户在每个群组中的哪些个人资料
    ///
    /// Which basic fields of each group, and which of the account's own data in it, to obtain.
    ///
    /// When absent: only each group's ID. The document calls the type `Object`.
    pub response_filter: Option<JoinedGroupResponseFilter>,
}

impl GetJoinedGroupListRequest {
    /// A value with the required `Member_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(member_account: impl Into<String>) -> Self {
        GetJoinedGroupListRequest {
            member_account: member_account.into(),
            with_huge_groups: None,
            with_no_active_groups: None,
            limit: None,
            offset: None,
            group_type: None,
            response_filter: None,
        }
    }

    /// Sets `WithHugeGroups`.
    pub fn with_with_huge_groups(mut self, with_huge_groups: i32) -> Self {
        self.with_huge_groups = Some(with_huge_groups);
        self
    }

    /// Sets `WithNoActiveGroups`.
    pub fn with_with_no_active_groups(mut self, with_no_active_groups: i32) -> Self {
        self.with_no_active_groups = Some(with_no_active_groups);
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

    /// Sets `GroupType`.
    pub fn with_group_type(mut self, group_type: GroupType) -> Self {
        self.group_type = Some(group_type);
        self
    }

    /// Sets `ResponseFilter`.
    pub fn with_response_filter(
        mut self,
        response_filter: JoinedGroupResponseFilter,
    ) -> Self {
        self.response_filter = Some(response_filter);
        self
    }

    /// `WithHugeGroups` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn with_huge_groups_or_default(&self) -> i32 {
        self.with_huge_groups.unwrap_or(0)
    }

    /// `WithNoActiveGroups` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn with_no_active_groups_or_default(&self) -> i32 {
        self.with_no_active_groups.unwrap_or(0)
    }

    /// `Offset` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn offset_or_default(&self) -> i32 {
        self.offset.unwrap_or(0)
    }
}

impl serde::Serialize for GetJoinedGroupListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetJoinedGroupListRequest",
                1 + usize::from(self.with_huge_groups.is_some())
                    + usize::from(self.with_no_active_groups.is_some())
                    + usize::from(self.limit.is_some())
                    + usize::from(self.offset.is_some())
                    + usize::from(self.group_type.is_some())
                    + usize::from(self.response_filter.is_some()),
            )?;
        object.serialize_field("Member_Account", &self.member_account)?;
        encode::optional(&mut object, "WithHugeGroups", &self.with_huge_groups)?;
        encode::optional(
            &mut object,
            "WithNoActiveGroups",
            &self.with_no_active_groups,
        )?;
        encode::optional(&mut object, "Limit", &self.limit)?;
        encode::optional(&mut object, "Offset", &self.offset)?;
        encode::optional(&mut object, "GroupType", &self.group_type)?;
        encode::optional(&mut object, "ResponseFilter", &self.response_filter)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetJoinedGroupListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetJoinedGroupListRequest {
    const NAME: &'static str = "GetJoinedGroupListRequest";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "WithHugeGroups" => 1,
            "WithNoActiveGroups" => 2,
            "Limit" => 3,
            "Offset" => 4,
            "GroupType" => 5,
            "ResponseFilter" => 6,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut with_huge_groups_slot: Option<Option<i32>> = None;
        let mut with_no_active_groups_slot: Option<Option<i32>> = None;
        let mut limit_slot: Option<Option<i32>> = None;
        let mut offset_slot: Option<Option<i32>> = None;
        let mut group_type_slot: Option<Option<GroupType>> = None;
        let mut response_filter_slot: Option<Option<JoinedGroupResponseFilter>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => {
                    decode::once(&mut with_huge_groups_slot, "WithHugeGroups", &mut map)?
                }
                2 => {
                    decode::once(
                        &mut with_no_active_groups_slot,
                        "WithNoActiveGroups",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut limit_slot, "Limit", &mut map)?,
                4 => decode::once(&mut offset_slot, "Offset", &mut map)?,
                5 => decode::once(&mut group_type_slot, "GroupType", &mut map)?,
                6 => decode::once(&mut response_filter_slot, "ResponseFilter", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetJoinedGroupListRequest {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            with_huge_groups: with_huge_groups_slot.flatten(),
            with_no_active_groups: with_no_active_groups_slot.flatten(),
            limit: limit_slot.flatten(),
            offset: offset_slot.flatten(),
            group_type: group_type_slot.flatten(),
            response_filter: response_filter_slot.flatten(),
        })
    }
}

impl Validate for GetJoinedGroupListRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.with_huge_groups {
            path.push(Segment::Field("WithHugeGroups"));
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
        if let Some(value) = &self.with_no_active_groups {
            path.push(Segment::Field("WithNoActiveGroups"));
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
        if let Some(value) = &self.limit {
            path.push(Segment::Field("Limit"));
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
        if let Some(value) = &self.group_type {
            path.push(Segment::Field("GroupType"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The response payload of `GetJoinedGroupList`.
///
/// The payload of a successful [`GetJoinedGroupList`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetJoinedGroupListResponse {
    /// 用户所加入的群组个数
    ///
    /// How many groups the listing covers, whatever the page.
    ///
    /// Example: `2`. The document calls the type `Integer`.
    pub total_count: i32,
    /// 拉取到的群组信息，返回的结果是根据过滤器中设置的过滤字段进行过滤后的信息
    ///
    /// This page's groups, each with the fields the filters asked for.
    ///
    /// The document calls the type `Array`.
    pub group_id_list: Vec<JoinedGroup>,
}

impl serde::Serialize for GetJoinedGroupListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetJoinedGroupListResponse", 2)?;
        object.serialize_field("TotalCount", &self.total_count)?;
        object.serialize_field("GroupIdList", &self.group_id_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetJoinedGroupListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetJoinedGroupListResponse {
    const NAME: &'static str = "GetJoinedGroupListResponse";

    fn field(key: &str) -> usize {
        match key {
            "TotalCount" => 0,
            "GroupIdList" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut total_count_slot: Option<i32> = None;
        let mut group_id_list_slot: Option<Vec<JoinedGroup>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut total_count_slot, "TotalCount", &mut map)?,
                1 => decode::once(&mut group_id_list_slot, "GroupIdList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetJoinedGroupListResponse {
            total_count: total_count_slot
                .ok_or_else(|| A::Error::missing_field("TotalCount"))?,
            group_id_list: group_id_list_slot
                .ok_or_else(|| A::Error::missing_field("GroupIdList"))?,
        })
    }
}

/// 分别包含 GroupBaseInfoFilter 和 SelfInfoFilter 两个过滤器
///
/// The filters of a joined-group listing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinedGroupResponseFilter {
    /// 表示需要拉取哪些基础信息字段
    ///
    /// The basic fields to obtain, by name (`Type`, `Name`, `Introduction`, `Notification`, `FaceUrl`, `Owner_Account`, `CreateTime`, `LastInfoTime`, `LastMsgTime`, `NextMsgSeq`, `MemberNum`, `MaxMemberNum`, `ApplyJoinOption`, `ShutUpAllMember`).
    ///
    /// The document calls the type `Array`.
    pub group_base_info_filter: Option<Vec<String>>,
    /// 表示需要拉取用户在每个群组中的哪些个人资料
    ///
    /// The account's own data to obtain in each group (`Role`, `JoinTime`, `MsgFlag`, `MsgSeq`, `UnreadMsgNum`).
    ///
    /// The document calls the type `Array`.
    pub self_info_filter: Option<Vec<String>>,
}

impl JoinedGroupResponseFilter {
    /// Sets `GroupBaseInfoFilter`.
    pub fn with_group_base_info_filter(
        mut self,
        group_base_info_filter: Vec<String>,
    ) -> Self {
        self.group_base_info_filter = Some(group_base_info_filter);
        self
    }

    /// Sets `SelfInfoFilter`.
    pub fn with_self_info_filter(mut self, self_info_filter: Vec<String>) -> Self {
        self.self_info_filter = Some(self_info_filter);
        self
    }
}

impl serde::Serialize for JoinedGroupResponseFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "JoinedGroupResponseFilter",
                usize::from(self.group_base_info_filter.is_some())
                    + usize::from(self.self_info_filter.is_some()),
            )?;
        encode::optional(
            &mut object,
            "GroupBaseInfoFilter",
            &self.group_base_info_filter,
        )?;
        encode::optional(&mut object, "SelfInfoFilter", &self.self_info_filter)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for JoinedGroupResponseFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for JoinedGroupResponseFilter {
    const NAME: &'static str = "JoinedGroupResponseFilter";

    fn field(key: &str) -> usize {
        match key {
            "GroupBaseInfoFilter" => 0,
            "SelfInfoFilter" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut group_base_info_filter_slot: Option<Option<Vec<String>>> = None;
        let mut self_info_filter_slot: Option<Option<Vec<String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut group_base_info_filter_slot,
                        "GroupBaseInfoFilter",
                        &mut map,
                    )?
                }
                1 => {
                    decode::once(&mut self_info_filter_slot, "SelfInfoFilter", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(JoinedGroupResponseFilter {
            group_base_info_filter: group_base_info_filter_slot.flatten(),
            self_info_filter: self_info_filter_slot.flatten(),
        })
    }
}

impl Validate for JoinedGroupResponseFilter {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// 拉取到的群组信息
///
/// One group the account joined (an item of `GroupIdList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinedGroup {
    /// 群组 ID
    ///
    /// The group's ID.
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
    /// The group's type.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `String`.
    pub r#type: Option<GroupType>,
    /// The group's name.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>.
    pub name: Option<String>,
    /// The group's introduction.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>.
    pub introduction: Option<String>,
    /// The group's notice.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>.
    pub notification: Option<String>,
    /// The group's profile photo URL.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>.
    pub face_url: Option<String>,
    /// The group owner's account.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>.
    pub owner_account: Option<String>,
    /// When the group was created.
    ///
    /// Unit: seconds. Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub create_time: Option<i64>,
    /// When the group's information last changed.
    ///
    /// Unit: seconds. Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub last_info_time: Option<i64>,
    /// When the group's last message was sent.
    ///
    /// Unit: seconds. Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub last_msg_time: Option<i64>,
    /// The sequence number the group's next message gets.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub next_msg_seq: Option<i64>,
    /// How many members the group has.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub member_num: Option<i32>,
    /// The most members the group may have.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub max_member_num: Option<i32>,
    /// How the group handles requests to join.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `String`.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// Whether all members are muted.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `String`.
    pub shut_up_all_member: Option<MuteAllMember>,
    /// The account's own data in the group, as `SelfInfoFilter` asked.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Object`.
    pub self_info: Option<JoinedGroupSelfInfo>,
}

impl serde::Serialize for JoinedGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "JoinedGroup",
                1 + usize::from(self.r#type.is_some()) + usize::from(self.name.is_some())
                    + usize::from(self.introduction.is_some())
                    + usize::from(self.notification.is_some())
                    + usize::from(self.face_url.is_some())
                    + usize::from(self.owner_account.is_some())
                    + usize::from(self.create_time.is_some())
                    + usize::from(self.last_info_time.is_some())
                    + usize::from(self.last_msg_time.is_some())
                    + usize::from(self.next_msg_seq.is_some())
                    + usize::from(self.member_num.is_some())
                    + usize::from(self.max_member_num.is_some())
                    + usize::from(self.apply_join_option.is_some())
                    + usize::from(self.shut_up_all_member.is_some())
                    + usize::from(self.self_info.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "Type", &self.r#type)?;
        encode::optional(&mut object, "Name", &self.name)?;
        encode::optional(&mut object, "Introduction", &self.introduction)?;
        encode::optional(&mut object, "Notification", &self.notification)?;
        encode::optional(&mut object, "FaceUrl", &self.face_url)?;
        encode::optional(&mut object, "Owner_Account", &self.owner_account)?;
        encode::optional(&mut object, "CreateTime", &self.create_time)?;
        encode::optional(&mut object, "LastInfoTime", &self.last_info_time)?;
        encode::optional(&mut object, "LastMsgTime", &self.last_msg_time)?;
        encode::optional(&mut object, "NextMsgSeq", &self.next_msg_seq)?;
        encode::optional(&mut object, "MemberNum", &self.member_num)?;
        encode::optional(&mut object, "MaxMemberNum", &self.max_member_num)?;
        encode::optional(&mut object, "ApplyJoinOption", &self.apply_join_option)?;
        encode::optional(&mut object, "ShutUpAllMember", &self.shut_up_all_member)?;
        encode::optional(&mut object, "SelfInfo", &self.self_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for JoinedGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for JoinedGroup {
    const NAME: &'static str = "JoinedGroup";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Type" => 1,
            "Name" => 2,
            "Introduction" => 3,
            "Notification" => 4,
            "FaceUrl" => 5,
            "Owner_Account" => 6,
            "CreateTime" => 7,
            "LastInfoTime" => 8,
            "LastMsgTime" => 9,
            "NextMsgSeq" => 10,
            "MemberNum" => 11,
            "MaxMemberNum" => 12,
            "ApplyJoinOption" => 13,
            "ShutUpAllMember" => 14,
            "SelfInfo" => 15,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut type_slot: Option<Option<GroupType>> = None;
        let mut name_slot: Option<Option<String>> = None;
        let mut introduction_slot: Option<Option<String>> = None;
        let mut notification_slot: Option<Option<String>> = None;
        let mut face_url_slot: Option<Option<String>> = None;
        let mut owner_account_slot: Option<Option<String>> = None;
        let mut create_time_slot: Option<Option<i64>> = None;
        let mut last_info_time_slot: Option<Option<i64>> = None;
        let mut last_msg_time_slot: Option<Option<i64>> = None;
        let mut next_msg_seq_slot: Option<Option<i64>> = None;
        let mut member_num_slot: Option<Option<i32>> = None;
        let mut max_member_num_slot: Option<Option<i32>> = None;
        let mut apply_join_option_slot: Option<Option<ApplyJoinOption>> = None;
        let mut shut_up_all_member_slot: Option<Option<MuteAllMember>> = None;
        let mut self_info_slot: Option<Option<JoinedGroupSelfInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut type_slot, "Type", &mut map)?,
                2 => decode::once(&mut name_slot, "Name", &mut map)?,
                3 => decode::once(&mut introduction_slot, "Introduction", &mut map)?,
                4 => decode::once(&mut notification_slot, "Notification", &mut map)?,
                5 => decode::once(&mut face_url_slot, "FaceUrl", &mut map)?,
                6 => decode::once(&mut owner_account_slot, "Owner_Account", &mut map)?,
                7 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                8 => decode::once(&mut last_info_time_slot, "LastInfoTime", &mut map)?,
                9 => decode::once(&mut last_msg_time_slot, "LastMsgTime", &mut map)?,
                10 => decode::once(&mut next_msg_seq_slot, "NextMsgSeq", &mut map)?,
                11 => decode::once(&mut member_num_slot, "MemberNum", &mut map)?,
                12 => decode::once(&mut max_member_num_slot, "MaxMemberNum", &mut map)?,
                13 => {
                    decode::once(
                        &mut apply_join_option_slot,
                        "ApplyJoinOption",
                        &mut map,
                    )?
                }
                14 => {
                    decode::once(
                        &mut shut_up_all_member_slot,
                        "ShutUpAllMember",
                        &mut map,
                    )?
                }
                15 => decode::once(&mut self_info_slot, "SelfInfo", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(JoinedGroup {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            r#type: type_slot.flatten(),
            name: name_slot.flatten(),
            introduction: introduction_slot.flatten(),
            notification: notification_slot.flatten(),
            face_url: face_url_slot.flatten(),
            owner_account: owner_account_slot.flatten(),
            create_time: create_time_slot.flatten(),
            last_info_time: last_info_time_slot.flatten(),
            last_msg_time: last_msg_time_slot.flatten(),
            next_msg_seq: next_msg_seq_slot.flatten(),
            member_num: member_num_slot.flatten(),
            max_member_num: max_member_num_slot.flatten(),
            apply_join_option: apply_join_option_slot.flatten(),
            shut_up_all_member: shut_up_all_member_slot.flatten(),
            self_info: self_info_slot.flatten(),
        })
    }
}

/// 用户在群组中的个人资料
///
/// The listed account's own data in a group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinedGroupSelfInfo {
    /// The account's role in the group.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `String`.
    pub role: Option<GroupMemberRole>,
    /// When the account joined the group.
    ///
    /// Unit: seconds. Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub join_time: Option<i64>,
    /// How the account receives the group's messages.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `String`.
    pub msg_flag: Option<GroupMsgFlag>,
    /// The sequence number of the last message the account read.
    ///
    /// Source: A Go client's model of the answer (dobyte/tencent-im group/types.go, an earlier version's GetJoinedGroupListResp, GroupIdList and SelfInfo), <https://github.com/dobyte/tencent-im/blob/main/group/types.go>. The document calls the type `Integer`.
    pub msg_seq: Option<i64>,
    /// How many of the group's messages the account has not read.
    ///
    /// The document calls the type `Integer`.
    pub unread_msg_num: Option<i64>,
}

impl serde::Serialize for JoinedGroupSelfInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "JoinedGroupSelfInfo",
                usize::from(self.role.is_some()) + usize::from(self.join_time.is_some())
                    + usize::from(self.msg_flag.is_some())
                    + usize::from(self.msg_seq.is_some())
                    + usize::from(self.unread_msg_num.is_some()),
            )?;
        encode::optional(&mut object, "Role", &self.role)?;
        encode::optional(&mut object, "JoinTime", &self.join_time)?;
        encode::optional(&mut object, "MsgFlag", &self.msg_flag)?;
        encode::optional(&mut object, "MsgSeq", &self.msg_seq)?;
        encode::optional(&mut object, "UnreadMsgNum", &self.unread_msg_num)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for JoinedGroupSelfInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for JoinedGroupSelfInfo {
    const NAME: &'static str = "JoinedGroupSelfInfo";

    fn field(key: &str) -> usize {
        match key {
            "Role" => 0,
            "JoinTime" => 1,
            "MsgFlag" => 2,
            "MsgSeq" => 3,
            "UnreadMsgNum" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut role_slot: Option<Option<GroupMemberRole>> = None;
        let mut join_time_slot: Option<Option<i64>> = None;
        let mut msg_flag_slot: Option<Option<GroupMsgFlag>> = None;
        let mut msg_seq_slot: Option<Option<i64>> = None;
        let mut unread_msg_num_slot: Option<Option<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut role_slot, "Role", &mut map)?,
                1 => decode::once(&mut join_time_slot, "JoinTime", &mut map)?,
                2 => decode::once(&mut msg_flag_slot, "MsgFlag", &mut map)?,
                3 => decode::once(&mut msg_seq_slot, "MsgSeq", &mut map)?,
                4 => decode::once(&mut unread_msg_num_slot, "UnreadMsgNum", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(JoinedGroupSelfInfo {
            role: role_slot.flatten(),
            join_time: join_time_slot.flatten(),
            msg_flag: msg_flag_slot.flatten(),
            msg_seq: msg_seq_slot.flatten(),
            unread_msg_num: unread_msg_num_slot.flatten(),
        })
    }
}
