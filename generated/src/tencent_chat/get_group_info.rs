// Code generated from spec/tencent-chat/get_group_info.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetGroupInfo`: This API is used by the app admin to query the detailed group information based on one or more group IDs.
//!
//! This API is used by the app admin to query the detailed group information based on one or
//! more group IDs.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and Community.
//! A request without `ResponseFilter` obtains all the basic group information, group member
//! information and custom information; a request supports the query for information on a
//! maximum of 50 groups. The call's `ErrorCode` and `ErrorInfo` say nothing of each group:
//! check the `ErrorCode` and `ErrorInfo` of each group.
//!
//! - HTTP: `POST /v4/group_open_http_svc/get_group_info`
//! - Request: [`GetGroupInfoRequest`]; response payload: [`GetGroupInfoResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Source: Getting Group Profiles, <https://trtc.io/document/34961>
//! - Also from: Obtaining Detailed Group Profiles (international page, updated 2020-05-22), <https://intl.cloud.tencent.com/document/product/1047/34961>
//! - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetGroupInfoRequestResponseFilter, GetGroupInfoResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetGroupInfoRequestResponseFilter.md>
//! - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
//!
//! # Rules the server enforces
//!
//! - Only the app admin may call this API. (error `10007`)
//! - A group that does not exist is answered in its own item, `ErrorCode` 10010, and the call succeeds.
//! - With `ResponseFilter`, only what its filters name is obtained: a filter left out obtains nothing of its kind.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | Insufficient operation permissions; answered to a caller that is not the app admin. |
//! | `10010` | The group does not exist, or it existed but has been dismissed (a group's own `ErrorCode` in `GroupInfo`, not the call's). |
//! | `10015` | The group ID is invalid (a group's own `ErrorCode` in `GroupInfo`, not the call's). |
//! | `10018` | Response packet length exceeds the maximum packet length (1 MB); ask for fewer groups a request. |
//!
//! # Notes on the source document
//!
//! - The copies read were cut before the request and response field tables and the error table; the samples and their comments were read (from the English page, as another client transcribes them). — *Resolved:* The fields are those of the samples, described in the samples' comments, the filters' descriptions from Tencent's OpenAPI description (`from: openapi`); the errors are the group codes of the error-code page (`errors`) that fit reading groups: 10010 and 10015 as a group's own code, 10018 for an answer over 1 MB, and the group pages' 10002, 10004 and 10007.
//! - The samples carry `//` comments, which JSON does not allow. — *Resolved:* The examples are the samples without the comments; nothing else changed.
//! - The samples' answers describe `@TGS#2J4SZEAEL` while the requests ask for `@TGS#1NVTZEAE4` and `@TGS#1CXTZEAET`, and list one group "for simplicity". — *Resolved:* The examples keep the page's requests and answers; an answer lists one item per group asked.
//! - `MemberInfoFilter` names the member ID `Account` in the sample, while the members carry it as `Member_Account`; the page does not list the filters' values. — *Resolved:* The filters are lists of strings; the member ID is always given, whatever the filter.
//! - `Appid` and `MaxMemberNum` could exceed 32 bits in other apps (SDKAppIDs of ten digits); the page types no field. — *Resolved:* `Appid`, the times, `NextMsgSeq` and `MsgSeq` are i64; the counts are i32.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{
    AppMemberDefinedData, ApplyJoinOption, GroupDefinedData, GroupMemberRole,
    GroupMsgFlag, GroupType, MuteAllMember, SPEC, TencentChat, errors,
};

/// `GetGroupInfo` as a type: it ties [`GetGroupInfoRequest`] and [`GetGroupInfoResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetGroupInfo>`) and servers (`route::<GetGroupInfo>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetGroupInfo;

impl OperationShape for GetGroupInfo {
    type Service = TencentChat;
    type Input = GetGroupInfoRequest;
    type Output = GetGroupInfoResponse;
    const OP: Operation = Operation {
        name: "GetGroupInfo",
        service: &SPEC,
        path: "/v4/group_open_http_svc/get_group_info",
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
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// The request body of `GetGroupInfo`.
///
/// The request of [`GetGroupInfo`](self): This API is used by the app admin to query the detailed group information based on one or more group IDs.
///
/// - HTTP: `POST /v4/group_open_http_svc/get_group_info`
/// - Request: [`GetGroupInfoRequest`]; response payload: [`GetGroupInfoResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Source: Getting Group Profiles, <https://trtc.io/document/34961>
/// - Also from: Obtaining Detailed Group Profiles (international page, updated 2020-05-22), <https://intl.cloud.tencent.com/document/product/1047/34961>
/// - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetGroupInfoRequestResponseFilter, GetGroupInfoResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetGroupInfoRequestResponseFilter.md>
/// - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupInfoRequest {
    /// The list of group IDs specified for the query. This parameter is required.
    ///
    /// Limits: 1 to 50 items. The document calls the type `Array`.
    pub group_id_list: Vec<String>,
    /// The filters that you specify for the response.
    ///
    /// When absent: all the basic group information, member information and custom fields. The document calls the type `Object`.
    pub response_filter: Option<GroupInfoResponseFilter>,
}

impl GetGroupInfoRequest {
    /// A value with the required `GroupIdList`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id_list: Vec<String>) -> Self {
        GetGroupInfoRequest {
            group_id_list,
            response_filter: None,
        }
    }

    /// Sets `ResponseFilter`.
    pub fn with_response_filter(
        mut self,
        response_filter: GroupInfoResponseFilter,
    ) -> Self {
        self.response_filter = Some(response_filter);
        self
    }
}

impl serde::Serialize for GetGroupInfoRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetGroupInfoRequest",
                1 + usize::from(self.response_filter.is_some()),
            )?;
        object.serialize_field("GroupIdList", &self.group_id_list)?;
        encode::optional(&mut object, "ResponseFilter", &self.response_filter)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetGroupInfoRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetGroupInfoRequest {
    const NAME: &'static str = "GetGroupInfoRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupIdList" => 0,
            "ResponseFilter" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_list_slot: Option<Vec<String>> = None;
        let mut response_filter_slot: Option<Option<GroupInfoResponseFilter>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_list_slot, "GroupIdList", &mut map)?,
                1 => decode::once(&mut response_filter_slot, "ResponseFilter", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetGroupInfoRequest {
            group_id_list: group_id_list_slot
                .ok_or_else(|| A::Error::missing_field("GroupIdList"))?,
            response_filter: response_filter_slot.flatten(),
        })
    }
}

impl Validate for GetGroupInfoRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.group_id_list;
            path.push(Segment::Field("GroupIdList"));
            validate::items(value, Some(1), Some(50), path, out);
            path.pop();
        }
    }
}

/// The response payload of `GetGroupInfo`.
///
/// The payload of a successful [`GetGroupInfo`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupInfoResponse {
    /// 返回结果为群组信息数组，内容包括群基础资料字段、群成员资料字段、群组维度自定义字段和群成员维度自定义字段
    ///
    /// One item per group asked, each with its own `ErrorCode`: the basic information, members and custom fields the filters asked for.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetGroupInfoRequestResponseFilter, GetGroupInfoResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetGroupInfoRequestResponseFilter.md>. The document calls the type `Array`.
    pub group_info: Vec<GroupInfoItem>,
}

impl serde::Serialize for GetGroupInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetGroupInfoResponse", 1)?;
        object.serialize_field("GroupInfo", &self.group_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetGroupInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetGroupInfoResponse {
    const NAME: &'static str = "GetGroupInfoResponse";

    fn field(key: &str) -> usize {
        match key {
            "GroupInfo" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_info_slot: Option<Vec<GroupInfoItem>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_info_slot, "GroupInfo", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetGroupInfoResponse {
            group_info: group_info_slot
                .ok_or_else(|| A::Error::missing_field("GroupInfo"))?,
        })
    }
}

/// The filters that you specify for the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupInfoResponseFilter {
    /// 基础信息字段过滤器，指定需要获取的基础信息字段
    ///
    /// The basic information fields to obtain, by name (`Type`, `Name`, `Introduction`, `Notification`, `FaceUrl`, `Owner_Account`, `CreateTime`, `LastInfoTime`, `LastMsgTime`, `NextMsgSeq`, `MemberNum`, `MaxMemberNum`, `ApplyJoinOption`, `MuteAllMember`, `Appid`). Add this array if you want to query the basic information.
    ///
    /// When absent: no basic information. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetGroupInfoRequestResponseFilter, GetGroupInfoResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetGroupInfoRequestResponseFilter.md>. The document calls the type `Array`.
    pub group_base_info_filter: Option<Vec<String>>,
    /// 成员信息字段过滤器，指定需要获取的成员信息字段
    ///
    /// The member fields to obtain, by name (`Role`, `JoinTime`, `MsgSeq`, `MsgFlag`, `LastSendMsgTime`, `MuteUntil`; `Account` names the member ID, always given). Add this array if you want to query the member information.
    ///
    /// When absent: no member list. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetGroupInfoRequestResponseFilter, GetGroupInfoResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetGroupInfoRequestResponseFilter.md>. The document calls the type `Array`.
    pub member_info_filter: Option<Vec<String>>,
    /// 该字段用来群组维度的自定义字段过滤器，指定需要获取的群组维度的自定义字段
    ///
    /// The keys of the group custom fields to obtain.
    ///
    /// When absent: no group custom fields. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetGroupInfoRequestResponseFilter, GetGroupInfoResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetGroupInfoRequestResponseFilter.md>. The document calls the type `Array`.
    pub app_defined_data_filter_group: Option<Vec<String>>,
    /// 该字段用来群成员维度的自定义字段过滤器，指定需要获取的群成员维度的自定义字段
    ///
    /// The keys of the group member custom fields to obtain.
    ///
    /// When absent: no member custom fields. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (GetGroupInfoRequestResponseFilter, GetGroupInfoResponse), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/GetGroupInfoRequestResponseFilter.md>. The document calls the type `Array`.
    pub app_defined_data_filter_group_member: Option<Vec<String>>,
}

impl GroupInfoResponseFilter {
    /// Sets `GroupBaseInfoFilter`.
    pub fn with_group_base_info_filter(
        mut self,
        group_base_info_filter: Vec<String>,
    ) -> Self {
        self.group_base_info_filter = Some(group_base_info_filter);
        self
    }

    /// Sets `MemberInfoFilter`.
    pub fn with_member_info_filter(mut self, member_info_filter: Vec<String>) -> Self {
        self.member_info_filter = Some(member_info_filter);
        self
    }

    /// Sets `AppDefinedDataFilter_Group`.
    pub fn with_app_defined_data_filter_group(
        mut self,
        app_defined_data_filter_group: Vec<String>,
    ) -> Self {
        self.app_defined_data_filter_group = Some(app_defined_data_filter_group);
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
}

impl serde::Serialize for GroupInfoResponseFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupInfoResponseFilter",
                usize::from(self.group_base_info_filter.is_some())
                    + usize::from(self.member_info_filter.is_some())
                    + usize::from(self.app_defined_data_filter_group.is_some())
                    + usize::from(self.app_defined_data_filter_group_member.is_some()),
            )?;
        encode::optional(
            &mut object,
            "GroupBaseInfoFilter",
            &self.group_base_info_filter,
        )?;
        encode::optional(&mut object, "MemberInfoFilter", &self.member_info_filter)?;
        encode::optional(
            &mut object,
            "AppDefinedDataFilter_Group",
            &self.app_defined_data_filter_group,
        )?;
        encode::optional(
            &mut object,
            "AppDefinedDataFilter_GroupMember",
            &self.app_defined_data_filter_group_member,
        )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupInfoResponseFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupInfoResponseFilter {
    const NAME: &'static str = "GroupInfoResponseFilter";

    fn field(key: &str) -> usize {
        match key {
            "GroupBaseInfoFilter" => 0,
            "MemberInfoFilter" => 1,
            "AppDefinedDataFilter_Group" => 2,
            "AppDefinedDataFilter_GroupMember" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut group_base_info_filter_slot: Option<Option<Vec<String>>> = None;
        let mut member_info_filter_slot: Option<Option<Vec<String>>> = None;
        let mut app_defined_data_filter_group_slot: Option<Option<Vec<String>>> = None;
        let mut app_defined_data_filter_group_member_slot: Option<Option<Vec<String>>> = None;
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
                    decode::once(
                        &mut member_info_filter_slot,
                        "MemberInfoFilter",
                        &mut map,
                    )?
                }
                2 => {
                    decode::once(
                        &mut app_defined_data_filter_group_slot,
                        "AppDefinedDataFilter_Group",
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
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupInfoResponseFilter {
            group_base_info_filter: group_base_info_filter_slot.flatten(),
            member_info_filter: member_info_filter_slot.flatten(),
            app_defined_data_filter_group: app_defined_data_filter_group_slot.flatten(),
            app_defined_data_filter_group_member: app_defined_data_filter_group_member_slot
                .flatten(),
        })
    }
}

impl Validate for GroupInfoResponseFilter {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// A group's information (an item of `GroupInfo`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupInfoItem {
    /// The group's ID.
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
    /// The result specific to this group
    ///
    /// 0 when the group's information was obtained; else why not (10010: no such group).
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub error_code: i64,
    /// The result specific to this group
    ///
    /// Example: `""`.
    pub error_info: String,
    /// Group type
    ///
    /// The document calls the type `String`.
    pub r#type: Option<GroupType>,
    /// Group name
    pub name: Option<String>,
    /// SDKAppID of the Chat app
    ///
    /// Example: `1400001001`. The document calls the type `Integer`.
    pub appid: Option<i64>,
    /// Group introduction
    pub introduction: Option<String>,
    /// Group notice
    pub notification: Option<String>,
    /// Group profile photo
    pub face_url: Option<String>,
    /// Group owner ID
    pub owner_account: Option<String>,
    /// Group creation time in UTC
    ///
    /// Unit: seconds. The document calls the type `Integer`.
    pub create_time: Option<i64>,
    /// The UTC time when the group information was last updated
    ///
    /// Unit: seconds. The document calls the type `Integer`.
    pub last_info_time: Option<i64>,
    /// The UTC time when the last message in the group was sent
    ///
    /// Unit: seconds. The document calls the type `Integer`.
    pub last_msg_time: Option<i64>,
    /// The sequence number the group's next message gets.
    ///
    /// The document calls the type `Integer`.
    pub next_msg_seq: Option<i64>,
    /// Current number of members in the group
    ///
    /// The document calls the type `Integer`.
    pub member_num: Option<i32>,
    /// Maximum number of members in the group
    ///
    /// The document calls the type `Integer`.
    pub max_member_num: Option<i32>,
    /// Method of handling requests to join the group
    ///
    /// The document calls the type `String`.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// Whether to mute all members in the group
    ///
    /// The document calls the type `String`.
    pub mute_all_member: Option<MuteAllMember>,
    /// Group-specific custom fields
    ///
    /// The document calls the type `Array`.
    pub app_defined_data: Option<Vec<GroupDefinedData>>,
    /// Group member list
    ///
    /// The document calls the type `Array`.
    pub member_list: Option<Vec<GroupInfoMember>>,
}

impl serde::Serialize for GroupInfoItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupInfoItem",
                3 + usize::from(self.r#type.is_some()) + usize::from(self.name.is_some())
                    + usize::from(self.appid.is_some())
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
                    + usize::from(self.mute_all_member.is_some())
                    + usize::from(self.app_defined_data.is_some())
                    + usize::from(self.member_list.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("ErrorCode", &self.error_code)?;
        object.serialize_field("ErrorInfo", &self.error_info)?;
        encode::optional(&mut object, "Type", &self.r#type)?;
        encode::optional(&mut object, "Name", &self.name)?;
        encode::optional(&mut object, "Appid", &self.appid)?;
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
        encode::optional(&mut object, "MuteAllMember", &self.mute_all_member)?;
        encode::optional(&mut object, "AppDefinedData", &self.app_defined_data)?;
        encode::optional(&mut object, "MemberList", &self.member_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupInfoItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupInfoItem {
    const NAME: &'static str = "GroupInfoItem";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "ErrorCode" => 1,
            "ErrorInfo" => 2,
            "Type" => 3,
            "Name" => 4,
            "Appid" => 5,
            "Introduction" => 6,
            "Notification" => 7,
            "FaceUrl" => 8,
            "Owner_Account" => 9,
            "CreateTime" => 10,
            "LastInfoTime" => 11,
            "LastMsgTime" => 12,
            "NextMsgSeq" => 13,
            "MemberNum" => 14,
            "MaxMemberNum" => 15,
            "ApplyJoinOption" => 16,
            "MuteAllMember" => 17,
            "AppDefinedData" => 18,
            "MemberList" => 19,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut error_code_slot: Option<i64> = None;
        let mut error_info_slot: Option<String> = None;
        let mut type_slot: Option<Option<GroupType>> = None;
        let mut name_slot: Option<Option<String>> = None;
        let mut appid_slot: Option<Option<i64>> = None;
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
        let mut mute_all_member_slot: Option<Option<MuteAllMember>> = None;
        let mut app_defined_data_slot: Option<Option<Vec<GroupDefinedData>>> = None;
        let mut member_list_slot: Option<Option<Vec<GroupInfoMember>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut error_code_slot, "ErrorCode", &mut map)?,
                2 => decode::once(&mut error_info_slot, "ErrorInfo", &mut map)?,
                3 => decode::once(&mut type_slot, "Type", &mut map)?,
                4 => decode::once(&mut name_slot, "Name", &mut map)?,
                5 => decode::once(&mut appid_slot, "Appid", &mut map)?,
                6 => decode::once(&mut introduction_slot, "Introduction", &mut map)?,
                7 => decode::once(&mut notification_slot, "Notification", &mut map)?,
                8 => decode::once(&mut face_url_slot, "FaceUrl", &mut map)?,
                9 => decode::once(&mut owner_account_slot, "Owner_Account", &mut map)?,
                10 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                11 => decode::once(&mut last_info_time_slot, "LastInfoTime", &mut map)?,
                12 => decode::once(&mut last_msg_time_slot, "LastMsgTime", &mut map)?,
                13 => decode::once(&mut next_msg_seq_slot, "NextMsgSeq", &mut map)?,
                14 => decode::once(&mut member_num_slot, "MemberNum", &mut map)?,
                15 => decode::once(&mut max_member_num_slot, "MaxMemberNum", &mut map)?,
                16 => {
                    decode::once(
                        &mut apply_join_option_slot,
                        "ApplyJoinOption",
                        &mut map,
                    )?
                }
                17 => decode::once(&mut mute_all_member_slot, "MuteAllMember", &mut map)?,
                18 => {
                    decode::once(&mut app_defined_data_slot, "AppDefinedData", &mut map)?
                }
                19 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupInfoItem {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            error_code: error_code_slot
                .ok_or_else(|| A::Error::missing_field("ErrorCode"))?,
            error_info: error_info_slot
                .ok_or_else(|| A::Error::missing_field("ErrorInfo"))?,
            r#type: type_slot.flatten(),
            name: name_slot.flatten(),
            appid: appid_slot.flatten(),
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
            mute_all_member: mute_all_member_slot.flatten(),
            app_defined_data: app_defined_data_slot.flatten(),
            member_list: member_list_slot.flatten(),
        })
    }
}

/// A member as a group's information lists it (an item of `MemberList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupInfoMember {
    /// Member ID
    ///
    /// Example: `"leckie"`.
    pub member_account: String,
    /// The role of the member in the group
    ///
    /// The document calls the type `String`.
    pub role: Option<GroupMemberRole>,
    /// The UTC time when the member joined the group
    ///
    /// Unit: seconds. The document calls the type `Integer`.
    pub join_time: Option<i64>,
    /// The sequence number of the last message the member read.
    ///
    /// The document calls the type `Integer`.
    pub msg_seq: Option<i64>,
    /// Indicates whether the member blocks group messages.
    ///
    /// The document calls the type `String`.
    pub msg_flag: Option<GroupMsgFlag>,
    /// The last time in UTC when the member sent a message in the group
    ///
    /// Unit: seconds. The document calls the type `Integer`.
    pub last_send_msg_time: Option<i64>,
    /// The value `0` indicates that the member is not muted, and other values indicate the time when the member will be unmuted.
    ///
    /// Unit: seconds. The document calls the type `Integer`.
    pub mute_until: Option<i64>,
    /// Custom group member fields
    ///
    /// The document calls the type `Array`.
    pub app_member_defined_data: Option<Vec<AppMemberDefinedData>>,
}

impl serde::Serialize for GroupInfoMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GroupInfoMember",
                1 + usize::from(self.role.is_some())
                    + usize::from(self.join_time.is_some())
                    + usize::from(self.msg_seq.is_some())
                    + usize::from(self.msg_flag.is_some())
                    + usize::from(self.last_send_msg_time.is_some())
                    + usize::from(self.mute_until.is_some())
                    + usize::from(self.app_member_defined_data.is_some()),
            )?;
        object.serialize_field("Member_Account", &self.member_account)?;
        encode::optional(&mut object, "Role", &self.role)?;
        encode::optional(&mut object, "JoinTime", &self.join_time)?;
        encode::optional(&mut object, "MsgSeq", &self.msg_seq)?;
        encode::optional(&mut object, "MsgFlag", &self.msg_flag)?;
        encode::optional(&mut object, "LastSendMsgTime", &self.last_send_msg_time)?;
        encode::optional(&mut object, "MuteUntil", &self.mute_until)?;
        encode::optional(
            &mut object,
            "AppMemberDefinedData",
            &self.app_member_defined_data,
        )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupInfoMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupInfoMember {
    const NAME: &'static str = "GroupInfoMember";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "Role" => 1,
            "JoinTime" => 2,
            "MsgSeq" => 3,
            "MsgFlag" => 4,
            "LastSendMsgTime" => 5,
            "MuteUntil" => 6,
            "AppMemberDefinedData" => 7,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut role_slot: Option<Option<GroupMemberRole>> = None;
        let mut join_time_slot: Option<Option<i64>> = None;
        let mut msg_seq_slot: Option<Option<i64>> = None;
        let mut msg_flag_slot: Option<Option<GroupMsgFlag>> = None;
        let mut last_send_msg_time_slot: Option<Option<i64>> = None;
        let mut mute_until_slot: Option<Option<i64>> = None;
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
                6 => decode::once(&mut mute_until_slot, "MuteUntil", &mut map)?,
                7 => {
                    decode::once(
                        &mut app_member_defined_data_slot,
                        "AppMemberDefinedData",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupInfoMember {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            role: role_slot.flatten(),
            join_time: join_time_slot.flatten(),
            msg_seq: msg_seq_slot.flatten(),
            msg_flag: msg_flag_slot.flatten(),
            last_send_msg_time: last_send_msg_time_slot.flatten(),
            mute_until: mute_until_slot.flatten(),
            app_member_defined_data: app_member_defined_data_slot.flatten(),
        })
    }
}
