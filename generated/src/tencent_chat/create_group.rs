// Code generated from spec/tencent-chat/create_group.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `CreateGroup`: This API is used by the app admin to create groups.
//!
//! This API is used by the app admin to create groups.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and Community.
//! An audio-video group (AVChatRoom) takes no members when it is created: a request naming
//! members for one returns error 10007, and users (its owner too) join it only by requesting
//! to, through the SDK. For other types, the owner and the members the request names are
//! added to the group automatically. The number of groups a user can join at the same time is
//! limited; past it, joining or creating a group fails.
//!
//! - HTTP: `POST /v4/group_open_http_svc/create_group`
//! - Request: [`CreateGroupRequest`]; response payload: [`CreateGroupResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Source: Creating a Group, <https://trtc.io/ko/document/34895>
//! - Also from: 创建群组 (Chinese page, updated 2023-03-20), <https://www.tencentcloud.com/zh/document/product/1047/34895>
//! - Also from: 创建群组 (cloud.tencent.com, updated 2020-10-20), <https://cloud.tencent.com/document/product/269/1615>
//! - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>
//! - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
//!
//! # Rules the server enforces
//!
//! - Only the app admin may call this API. (error `10007`)
//! - An audio-video group (AVChatRoom) takes no members when it is created; a request that names members for one returns 10007. (error `10007`)
//! - A custom group ID must not be in use by another group. (error `10021`)
//! - A custom group ID in use by a group whose owner is the request's owner is answered with 10025. (error `10025`)
//! - The owner and the initial members must fit in the group's maximum member count. (error `10038`)
//! - A user who has joined the most groups the plan allows cannot create or join another. (error `10037`)
//! - The app may create only as many audio-video groups as its plan allows. (error `10036`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue; also answered for a custom group ID that does not keep to the group system's rules. |
//! | `10007` | Insufficient operation permissions; also answered when members are named for an audio-video group (AVChatRoom), and to a caller that is not the app admin. |
//! | `10016` | The App backend denied this operation via third-party callback. |
//! | `10021` | GroupId is already used. Please select another group ID. |
//! | `10025` | The group ID is already used and the operator is the group owner. Use this group ID directly. |
//! | `10036` | The number of AVChatRoom creations exceeds the limit. |
//! | `10037` | The number of groups a single user can create and join exceeds the limit. |
//! | `10038` | The number of group members exceeds the limit. |
//!
//! # Notes on the source document
//!
//! - The copies read (the trtc.io English page and the Chinese pages) were cut after the request parameters: their request and response field tables and the error table could not be read. The samples were read from the English page (as another client transcribes them, with the page's address). — *Resolved:* The request fields and their descriptions are those of Tencent's OpenAPI description (`from: openapi`, in the Chinese page's words); the response fields are those of the samples; the errors are the group codes of the error-code page (`errors`) that fit creating a group (10021 and 10025 for a group ID in use, 10036, 10037 and 10038 for the plan's limits, and the group pages' 10002, 10004, 10007 and 10016).
//! - The request samples carry `//` comments, which JSON does not allow. — *Resolved:* The examples are the samples without the comments; nothing else changed.
//! - The page's "all in one" sample names `MyFirstGroup` as the custom-ID sample does, so the second of the two would be refused (10021) after the first created the group. — *Resolved:* The all-in-one sample is left out: each of its parts is another sample here.
//! - The community answer carries `Type` and `HugeGroupFlag`, which no table describes; the other answers carry only `GroupId`. — *Resolved:* Both are optional response fields (`Type` the shared `GroupType`, `HugeGroupFlag` an i32).
//! - The samples' comments say `Role` can only be `Admin`; the OpenAPI description lists Owner, Admin and Member for a member's role. The MemberList comment says at most 100 members. — *Resolved:* `Role` is the shared `GroupMemberRole` limited to `Admin`; `MemberList` has at most 100 items (10004 past them, the page naming no code).
//! - The page lists five group types; the shared enum also has BChatRoom, which the group pages no longer offer. — *Resolved:* `Type` is limited to the five types the page lists.
//! - The rules of a custom group ID (printable ASCII, at most 48 bytes, no `@TGS#` prefix but a Community group's `@TGS#_`) are on the Group System page, not this one, which names no code for breaking them. — *Resolved:* At most 48 bytes is a constraint; the prefix rules are the emulator's, answered with 10004.
//! - The page does not say what `HugeGroupFlag` means or when `Type` is answered. — *Resolved:* Servers need not answer either; the emulator answers `Type` for a Community group only.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{
    AppMemberDefinedData, ApplyJoinOption, GroupDefinedData, GroupMemberRole, GroupType,
    SPEC, TencentChat, errors,
};

/// `CreateGroup` as a type: it ties [`CreateGroupRequest`] and [`CreateGroupResponse`] to the operation's binding, rate limit and errors, for clients (`call::<CreateGroup>`) and servers (`route::<CreateGroup>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CreateGroup;

impl OperationShape for CreateGroup {
    type Service = TencentChat;
    type Input = CreateGroupRequest;
    type Output = CreateGroupResponse;
    const OP: Operation = Operation {
        name: "CreateGroup",
        service: &SPEC,
        path: "/v4/group_open_http_svc/create_group",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: false,
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

/// The request body of `CreateGroup`.
///
/// The request of [`CreateGroup`](self): This API is used by the app admin to create groups.
///
/// - HTTP: `POST /v4/group_open_http_svc/create_group`
/// - Request: [`CreateGroupRequest`]; response payload: [`CreateGroupResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Source: Creating a Group, <https://trtc.io/ko/document/34895>
/// - Also from: 创建群组 (Chinese page, updated 2023-03-20), <https://www.tencentcloud.com/zh/document/product/1047/34895>
/// - Also from: 创建群组 (cloud.tencent.com, updated 2020-10-20), <https://cloud.tencent.com/document/product/269/1615>
/// - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>
/// - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGroupRequest {
    /// 群主 ID（需是已导入的帐号）。填写后自动添加到群成员中；如果不填，群没有群主
    ///
    /// The owner's UserID (an imported account); the owner is added to the members. Without it the group has no owner.
    ///
    /// Example: `"leckie"`. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>.
    pub owner_account: Option<String>,
    /// 群组形态，包括 Public（陌生人社交群），Private（即 Work，好友工作群），ChatRoom（即 Meeting，会议群），AVChatRoom（直播群），Community（社群）
    ///
    /// The group's type.
    ///
    /// Example: `"Public"`. Limits: only `"Private"` (Private) or `"Public"` (Public) or `"ChatRoom"` (ChatRoom) or `"AVChatRoom"` (AvChatRoom) or `"Community"` (Community). Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>. The document calls the type `String`.
    pub r#type: GroupType,
    /// 为了使得群组 ID 更加简单，便于记忆传播，腾讯云支持 App 在通过 REST API 创建群组时自定义群组 ID
    ///
    /// A custom group ID; without one the server assigns an ID (`@TGS#…`). A custom ID is printable ASCII of at most 48 bytes, must not start with `@TGS#`, except that a Community group's must start with `@TGS#_`.
    ///
    /// Example: `"MyFirstGroup"`. Limits: 1 to 48 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>.
    pub group_id: Option<String>,
    /// 群名称，最长30字节，使用 UTF-8 编码，1个汉字占3个字节
    ///
    /// The group's name, at most 30 bytes of UTF-8.
    ///
    /// Example: `"TestGroup"`. Limits: at most 30 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>.
    pub name: String,
    /// 群简介，最长240字节，使用 UTF-8 编码，1个汉字占3个字节
    ///
    /// The group's introduction, at most 240 bytes of UTF-8.
    ///
    /// Example: `"This is group Introduction"`. Limits: at most 240 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>.
    pub introduction: Option<String>,
    /// 群公告，最长300字节，使用 UTF-8 编码，1个汉字占3个字节
    ///
    /// The group's notice, at most 300 bytes of UTF-8.
    ///
    /// Example: `"This is group Notification"`. Limits: at most 300 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>.
    pub notification: Option<String>,
    /// 群头像 URL，最长100字节
    ///
    /// The URL of the group's profile photo, at most 100 bytes.
    ///
    /// Example: `"http://this.is.face.url"`. Limits: at most 100 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>.
    pub face_url: Option<String>,
    /// 最大群成员数量，缺省时的默认值：付费套餐包上限，例如体验版是20，如果升级套餐包，需按照修改群基础资料修改这个字段
    ///
    /// The most members the group may have; when not given, the limit of the app's plan (20 in the trial edition).
    ///
    /// When absent: the limit of the app's plan. Example: `500`. Limits: at least 1. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>. The document calls the type `Integer`.
    pub max_member_count: Option<i32>,
    /// 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群），不填默认为 NeedPermission（需要验证） 仅当创建支持申请加群的群组时，该字段有效
    ///
    /// How requests to join are handled; NeedPermission when not given. It only matters for group types that take requests to join.
    ///
    /// Default when absent: `"NeedPermission"` ([`ApplyJoinOption::NeedPermission`]). Example: `"FreeAccess"`. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>. The document calls the type `String`.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// 群组维度的自定义字段，默认情况是没有的，可以通过即时通信 IM 控制台进行配置
    ///
    /// The group's custom fields (none unless configured in the console).
    ///
    /// Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>. The document calls the type `Array`.
    pub app_defined_data: Option<Vec<GroupDefinedData>>,
    /// 初始群成员列表，最多100个；成员信息字段详情请参阅群成员资料
    ///
    /// The group's first members, at most 100; not for an audio-video group (10007).
    ///
    /// Limits: at most 100 items. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (CreateGroupRequest, CreateGroupRequestMemberList), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/CreateGroupRequest.md>. The document calls the type `Array`.
    pub member_list: Option<Vec<InitialGroupMember>>,
    /// Whether the topic option is supported. Valid values: `1`: yes; `0`: no.
    ///
    /// For a Community group, whether it supports topics.
    ///
    /// Example: `1`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub support_topic: Option<i32>,
}

impl CreateGroupRequest {
    /// A value with the required `Type`, `Name`; optional fields absent. The `with_…` methods set the others.
    pub fn new(r#type: GroupType, name: impl Into<String>) -> Self {
        CreateGroupRequest {
            owner_account: None,
            r#type,
            group_id: None,
            name: name.into(),
            introduction: None,
            notification: None,
            face_url: None,
            max_member_count: None,
            apply_join_option: None,
            app_defined_data: None,
            member_list: None,
            support_topic: None,
        }
    }

    /// Sets `Owner_Account`.
    pub fn with_owner_account(mut self, owner_account: impl Into<String>) -> Self {
        self.owner_account = Some(owner_account.into());
        self
    }

    /// Sets `GroupId`.
    pub fn with_group_id(mut self, group_id: impl Into<String>) -> Self {
        self.group_id = Some(group_id.into());
        self
    }

    /// Sets `Introduction`.
    pub fn with_introduction(mut self, introduction: impl Into<String>) -> Self {
        self.introduction = Some(introduction.into());
        self
    }

    /// Sets `Notification`.
    pub fn with_notification(mut self, notification: impl Into<String>) -> Self {
        self.notification = Some(notification.into());
        self
    }

    /// Sets `FaceUrl`.
    pub fn with_face_url(mut self, face_url: impl Into<String>) -> Self {
        self.face_url = Some(face_url.into());
        self
    }

    /// Sets `MaxMemberCount`.
    pub fn with_max_member_count(mut self, max_member_count: i32) -> Self {
        self.max_member_count = Some(max_member_count);
        self
    }

    /// Sets `ApplyJoinOption`.
    pub fn with_apply_join_option(mut self, apply_join_option: ApplyJoinOption) -> Self {
        self.apply_join_option = Some(apply_join_option);
        self
    }

    /// Sets `AppDefinedData`.
    pub fn with_app_defined_data(
        mut self,
        app_defined_data: Vec<GroupDefinedData>,
    ) -> Self {
        self.app_defined_data = Some(app_defined_data);
        self
    }

    /// Sets `MemberList`.
    pub fn with_member_list(mut self, member_list: Vec<InitialGroupMember>) -> Self {
        self.member_list = Some(member_list);
        self
    }

    /// Sets `SupportTopic`.
    pub fn with_support_topic(mut self, support_topic: i32) -> Self {
        self.support_topic = Some(support_topic);
        self
    }

    /// `ApplyJoinOption` as the server reads it: the value sent, or the documented default `"NeedPermission"` when absent.
    pub fn apply_join_option_or_default(&self) -> ApplyJoinOption {
        self.apply_join_option.clone().unwrap_or(ApplyJoinOption::NeedPermission)
    }
}

impl serde::Serialize for CreateGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "CreateGroupRequest",
                2 + usize::from(self.owner_account.is_some())
                    + usize::from(self.group_id.is_some())
                    + usize::from(self.introduction.is_some())
                    + usize::from(self.notification.is_some())
                    + usize::from(self.face_url.is_some())
                    + usize::from(self.max_member_count.is_some())
                    + usize::from(self.apply_join_option.is_some())
                    + usize::from(self.app_defined_data.is_some())
                    + usize::from(self.member_list.is_some())
                    + usize::from(self.support_topic.is_some()),
            )?;
        encode::optional(&mut object, "Owner_Account", &self.owner_account)?;
        object.serialize_field("Type", &self.r#type)?;
        encode::optional(&mut object, "GroupId", &self.group_id)?;
        object.serialize_field("Name", &self.name)?;
        encode::optional(&mut object, "Introduction", &self.introduction)?;
        encode::optional(&mut object, "Notification", &self.notification)?;
        encode::optional(&mut object, "FaceUrl", &self.face_url)?;
        encode::optional(&mut object, "MaxMemberCount", &self.max_member_count)?;
        encode::optional(&mut object, "ApplyJoinOption", &self.apply_join_option)?;
        encode::optional(&mut object, "AppDefinedData", &self.app_defined_data)?;
        encode::optional(&mut object, "MemberList", &self.member_list)?;
        encode::optional(&mut object, "SupportTopic", &self.support_topic)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for CreateGroupRequest {
    const NAME: &'static str = "CreateGroupRequest";

    fn field(key: &str) -> usize {
        match key {
            "Owner_Account" => 0,
            "Type" => 1,
            "GroupId" => 2,
            "Name" => 3,
            "Introduction" => 4,
            "Notification" => 5,
            "FaceUrl" => 6,
            "MaxMemberCount" => 7,
            "ApplyJoinOption" => 8,
            "AppDefinedData" => 9,
            "MemberList" => 10,
            "SupportTopic" => 11,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut owner_account_slot: Option<Option<String>> = None;
        let mut type_slot: Option<GroupType> = None;
        let mut group_id_slot: Option<Option<String>> = None;
        let mut name_slot: Option<String> = None;
        let mut introduction_slot: Option<Option<String>> = None;
        let mut notification_slot: Option<Option<String>> = None;
        let mut face_url_slot: Option<Option<String>> = None;
        let mut max_member_count_slot: Option<Option<i32>> = None;
        let mut apply_join_option_slot: Option<Option<ApplyJoinOption>> = None;
        let mut app_defined_data_slot: Option<Option<Vec<GroupDefinedData>>> = None;
        let mut member_list_slot: Option<Option<Vec<InitialGroupMember>>> = None;
        let mut support_topic_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut owner_account_slot, "Owner_Account", &mut map)?,
                1 => decode::once(&mut type_slot, "Type", &mut map)?,
                2 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                3 => decode::once(&mut name_slot, "Name", &mut map)?,
                4 => decode::once(&mut introduction_slot, "Introduction", &mut map)?,
                5 => decode::once(&mut notification_slot, "Notification", &mut map)?,
                6 => decode::once(&mut face_url_slot, "FaceUrl", &mut map)?,
                7 => {
                    decode::once(&mut max_member_count_slot, "MaxMemberCount", &mut map)?
                }
                8 => {
                    decode::once(
                        &mut apply_join_option_slot,
                        "ApplyJoinOption",
                        &mut map,
                    )?
                }
                9 => {
                    decode::once(&mut app_defined_data_slot, "AppDefinedData", &mut map)?
                }
                10 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                11 => decode::once(&mut support_topic_slot, "SupportTopic", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(CreateGroupRequest {
            owner_account: owner_account_slot.flatten(),
            r#type: type_slot.ok_or_else(|| A::Error::missing_field("Type"))?,
            group_id: group_id_slot.flatten(),
            name: name_slot.ok_or_else(|| A::Error::missing_field("Name"))?,
            introduction: introduction_slot.flatten(),
            notification: notification_slot.flatten(),
            face_url: face_url_slot.flatten(),
            max_member_count: max_member_count_slot.flatten(),
            apply_join_option: apply_join_option_slot.flatten(),
            app_defined_data: app_defined_data_slot.flatten(),
            member_list: member_list_slot.flatten(),
            support_topic: support_topic_slot.flatten(),
        })
    }
}

impl Validate for CreateGroupRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.r#type;
            path.push(Segment::Field("Type"));
            if !matches!(
                value, GroupType::Private | GroupType::Public | GroupType::ChatRoom |
                GroupType::AvChatRoom | GroupType::Community
            ) {
                validate::unknown_enum_value(
                    value,
                    &[
                        "\"Private\" (Private)",
                        "\"Public\" (Public)",
                        "\"ChatRoom\" (ChatRoom)",
                        "\"AVChatRoom\" (AvChatRoom)",
                        "\"Community\" (Community)",
                    ],
                    path,
                    out,
                );
            }
            path.pop();
        }
        if let Some(value) = &self.group_id {
            path.push(Segment::Field("GroupId"));
            validate::length(
                value,
                Some(1),
                Some(48),
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
        {
            let value = &self.name;
            path.push(Segment::Field("Name"));
            validate::length(
                value,
                None,
                Some(30),
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.introduction {
            path.push(Segment::Field("Introduction"));
            validate::length(
                value,
                None,
                Some(240),
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.notification {
            path.push(Segment::Field("Notification"));
            validate::length(
                value,
                None,
                Some(300),
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.face_url {
            path.push(Segment::Field("FaceUrl"));
            validate::length(
                value,
                None,
                Some(100),
                validate::LengthUnit::Bytes,
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.max_member_count {
            path.push(Segment::Field("MaxMemberCount"));
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
        if let Some(value) = &self.apply_join_option {
            path.push(Segment::Field("ApplyJoinOption"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.member_list {
            path.push(Segment::Field("MemberList"));
            validate::items(value, None, Some(100), path, out);
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.support_topic {
            path.push(Segment::Field("SupportTopic"));
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

/// The response payload of `CreateGroup`.
///
/// The payload of a successful [`CreateGroup`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupResponse {
    /// ID of the created group
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
    /// The type of the created group (the community sample answers it).
    ///
    /// The document calls the type `String`.
    pub r#type: Option<GroupType>,
    /// A flag the community sample answers (0); the page does not describe it.
    ///
    /// The document calls the type `Integer`.
    pub huge_group_flag: Option<i32>,
}

impl serde::Serialize for CreateGroupResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "CreateGroupResponse",
                1 + usize::from(self.r#type.is_some())
                    + usize::from(self.huge_group_flag.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "Type", &self.r#type)?;
        encode::optional(&mut object, "HugeGroupFlag", &self.huge_group_flag)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateGroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for CreateGroupResponse {
    const NAME: &'static str = "CreateGroupResponse";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Type" => 1,
            "HugeGroupFlag" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut type_slot: Option<Option<GroupType>> = None;
        let mut huge_group_flag_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut type_slot, "Type", &mut map)?,
                2 => decode::once(&mut huge_group_flag_slot, "HugeGroupFlag", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(CreateGroupResponse {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            r#type: type_slot.flatten(),
            huge_group_flag: huge_group_flag_slot.flatten(),
        })
    }
}

/// 初始群成员
///
/// A member the group is created with (an item of the request's `MemberList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InitialGroupMember {
    /// Member (required)
    ///
    /// Example: `"bob"`.
    pub member_account: String,
    /// Role assigned to the member (optional). Currently, only the Admin option is available.
    ///
    /// Example: `"Admin"`. Limits: only `"Admin"` (Admin). The document calls the type `String`.
    pub role: Option<GroupMemberRole>,
    /// Group member custom field (optional)
    ///
    /// The document calls the type `Array`.
    pub app_member_defined_data: Option<Vec<AppMemberDefinedData>>,
}

impl InitialGroupMember {
    /// A value with the required `Member_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(member_account: impl Into<String>) -> Self {
        InitialGroupMember {
            member_account: member_account.into(),
            role: None,
            app_member_defined_data: None,
        }
    }

    /// Sets `Role`.
    pub fn with_role(mut self, role: GroupMemberRole) -> Self {
        self.role = Some(role);
        self
    }

    /// Sets `AppMemberDefinedData`.
    pub fn with_app_member_defined_data(
        mut self,
        app_member_defined_data: Vec<AppMemberDefinedData>,
    ) -> Self {
        self.app_member_defined_data = Some(app_member_defined_data);
        self
    }
}

impl serde::Serialize for InitialGroupMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "InitialGroupMember",
                1 + usize::from(self.role.is_some())
                    + usize::from(self.app_member_defined_data.is_some()),
            )?;
        object.serialize_field("Member_Account", &self.member_account)?;
        encode::optional(&mut object, "Role", &self.role)?;
        encode::optional(
            &mut object,
            "AppMemberDefinedData",
            &self.app_member_defined_data,
        )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for InitialGroupMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for InitialGroupMember {
    const NAME: &'static str = "InitialGroupMember";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "Role" => 1,
            "AppMemberDefinedData" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut role_slot: Option<Option<GroupMemberRole>> = None;
        let mut app_member_defined_data_slot: Option<
            Option<Vec<AppMemberDefinedData>>,
        > = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut role_slot, "Role", &mut map)?,
                2 => {
                    decode::once(
                        &mut app_member_defined_data_slot,
                        "AppMemberDefinedData",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(InitialGroupMember {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            role: role_slot.flatten(),
            app_member_defined_data: app_member_defined_data_slot.flatten(),
        })
    }
}

impl Validate for InitialGroupMember {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.role {
            path.push(Segment::Field("Role"));
            if !matches!(value, GroupMemberRole::Admin) {
                validate::unknown_enum_value(value, &["\"Admin\" (Admin)"], path, out);
            }
            path.pop();
        }
    }
}
