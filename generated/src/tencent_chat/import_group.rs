// Code generated from spec/tencent-chat/import_group.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ImportGroup`: This API allows the app admin to import group data without triggering callbacks or delivering notifications.
//!
//! This API allows the app admin to import group data without triggering callbacks or
//! delivering notifications. When your app needs to be migrated to Chat from another instant
//! messaging system, you can use this API to import existing group data.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
//! AVChatRoom groups do not support importing basic group data: importing one returns error
//! 10007. To achieve the effect of importing basic group data, create a group and modify its
//!
//! basic group data.
//!
//! - HTTP: `POST /v4/group_open_http_svc/import_group`
//! - Request: [`ImportGroupRequest`]; response payload: [`ImportGroupResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Importing a Group Profile, <https://trtc.io/document/34967>
//! - Also from: Importing a Group Profile (updated 2022-07-06), <https://www.tencentcloud.com/document/product/1047/34967>
//! - Also from: Importing a Group Profile (Korean-site copy, whose samples another client transcribes), <https://www.tencentcloud.com/ko/document/product/1047/34967>
//! - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>
//! - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
//!
//! # Rules the server enforces
//!
//! - Only the app admin may call this API. (error `10007`)
//! - AVChatRoom groups do not support importing basic group data. (error `10007`)
//! - A custom group ID must not be in use by another group. (error `10021`)
//! - A custom group ID in use by a group whose owner is the request's owner is answered with 10025. (error `10025`)
//! - No callback is triggered and no notification delivered.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue; also answered for a custom group ID that does not keep to the group system's rules. |
//! | `10007` | Insufficient operation permissions; answered for an AVChatRoom group, which does not support importing, and to a caller that is not the app admin. |
//! | `10021` | GroupId is already used. Please select another group ID. |
//! | `10025` | The group ID is already used and the operator is the group owner. Use this group ID directly. |
//!
//! # Notes on the source document
//!
//! - The trtc.io copy read was cut in the basic sample, and the 2022 copy before the samples; the request field table, the answer table and the error table could not be read. The samples were read from the Korean-site copy, as another client transcribes them. — *Resolved:* The request fields are Tencent's OpenAPI description's (`from: openapi`, in the Chinese page's words), with `CreateTime` and `SupportTopic` from the samples' comments; the answer is the samples' `GroupId`; the errors are the page's 10007 for AVChatRoom and the group codes of the error-code page (`errors`) that fit importing a group (10021 and 10025 for a group ID in use, and the group pages' 10002, 10004 and 10007).
//! - The samples carry `//` comments, which JSON does not allow. — *Resolved:* The examples are the samples without the comments; nothing else changed.
//! - The OpenAPI description says `MaxMemberCount` is at most 6,000 and 2,000 by default, which CreateGroup's current page replaces with the plan's limits. — *Resolved:* No upper bound is a constraint; the emulator's default is the type's, as for `CreateGroup` (2,000 for a Public group).
//! - The type list names four types and the page refuses AVChatRoom with 10007; the shared enum also has BChatRoom. — *Resolved:* `Type` takes the five types, AVChatRoom included, so that a server answers it with the page's 10007 rather than the validators' 10004; BChatRoom is refused by validation.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{ApplyJoinOption, GroupDefinedData, GroupType, SPEC, TencentChat, errors};

/// `ImportGroup` as a type: it ties [`ImportGroupRequest`] and [`ImportGroupResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ImportGroup>`) and servers (`route::<ImportGroup>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ImportGroup;

impl OperationShape for ImportGroup {
    type Service = TencentChat;
    type Input = ImportGroupRequest;
    type Output = ImportGroupResponse;
    const OP: Operation = Operation {
        name: "ImportGroup",
        service: &SPEC,
        path: "/v4/group_open_http_svc/import_group",
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

/// The request body of `ImportGroup`.
///
/// The request of [`ImportGroup`](self): This API allows the app admin to import group data without triggering callbacks or delivering notifications.
///
/// - HTTP: `POST /v4/group_open_http_svc/import_group`
/// - Request: [`ImportGroupRequest`]; response payload: [`ImportGroupResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Importing a Group Profile, <https://trtc.io/document/34967>
/// - Also from: Importing a Group Profile (updated 2022-07-06), <https://www.tencentcloud.com/document/product/1047/34967>
/// - Also from: Importing a Group Profile (Korean-site copy, whose samples another client transcribes), <https://www.tencentcloud.com/ko/document/product/1047/34967>
/// - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>
/// - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
#[derive(Debug, Clone, PartialEq)]
pub struct ImportGroupRequest {
    /// 群主 ID，自动添加到群成员中。如果不填，群没有群主
    ///
    /// The owner's UserID, added to the members; without it the group has no owner.
    ///
    /// Example: `"leckie"`. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>.
    pub owner_account: Option<String>,
    /// 群组类型，包括 Public（陌生人社交群），Private（同新版本中的Work，好友工作群）， ChatRoom（同新版本中的Meeting，会议群）、Community（社群）
    ///
    /// The group's type; an audio-video group (AVChatRoom) is refused with 10007.
    ///
    /// Example: `"Public"`. Limits: only `"Private"` (Private) or `"Public"` (Public) or `"ChatRoom"` (ChatRoom) or `"AVChatRoom"` (AvChatRoom) or `"Community"` (Community). Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>. The document calls the type `String`.
    pub r#type: GroupType,
    /// 为了使得群组 ID 更加简单，便于记忆传播，腾讯云支持 App 在通过 REST API 创建群组时自定义群组 ID
    ///
    /// A custom group ID, kept to the same rules as `CreateGroup`'s; without one the server assigns an ID.
    ///
    /// Example: `"MyFirstGroup"`. Limits: 1 to 48 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>.
    pub group_id: Option<String>,
    /// 群名称，最长30字节
    ///
    /// The group's name, at most 30 bytes.
    ///
    /// Example: `"TestGroup"`. Limits: at most 30 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>.
    pub name: String,
    /// 群简介，最长240字节
    ///
    /// The group's introduction, at most 240 bytes.
    ///
    /// Limits: at most 240 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>.
    pub introduction: Option<String>,
    /// 群公告，最长300字节
    ///
    /// The group's notice, at most 300 bytes.
    ///
    /// Limits: at most 300 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>.
    pub notification: Option<String>,
    /// 群头像 URL，最长100字节
    ///
    /// The URL of the group's profile photo, at most 100 bytes.
    ///
    /// Limits: at most 100 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>.
    pub face_url: Option<String>,
    /// 最大群成员数量，最大为6000，不填默认为2000个
    ///
    /// The most members the group may have.
    ///
    /// When absent: the type's default. Example: `500`. Limits: at least 1. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>. The document calls the type `Integer`.
    pub max_member_count: Option<i32>,
    /// 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群），不填默认为NeedPermission（需要验证）
    ///
    /// How requests to join are handled; NeedPermission when not given.
    ///
    /// Default when absent: `"NeedPermission"` ([`ApplyJoinOption::NeedPermission`]). Example: `"FreeAccess"`. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>. The document calls the type `String`.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// 群组维度的自定义字段，默认情况是没有的，需要开通
    ///
    /// The group's custom fields (none unless configured in the console).
    ///
    /// Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ImportGroupRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ImportGroupRequest.md>. The document calls the type `Array`.
    pub app_defined_data: Option<Vec<GroupDefinedData>>,
    /// Group creation time (optional). If this field is not specified, the default creation time is the request time.
    ///
    /// When absent: the time of the request. Unit: seconds. Example: `1448357837`. The document calls the type `Integer`.
    pub create_time: Option<i64>,
    /// Whether the topic option is supported. Valid values: `1`: yes; `0`: no.
    ///
    /// For a Community group, whether it supports topics.
    ///
    /// Example: `1`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub support_topic: Option<i32>,
}

impl ImportGroupRequest {
    /// A value with the required `Type`, `Name`; optional fields absent. The `with_…` methods set the others.
    pub fn new(r#type: GroupType, name: impl Into<String>) -> Self {
        ImportGroupRequest {
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
            create_time: None,
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

    /// Sets `CreateTime`.
    pub fn with_create_time(mut self, create_time: i64) -> Self {
        self.create_time = Some(create_time);
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

impl serde::Serialize for ImportGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ImportGroupRequest",
                2 + usize::from(self.owner_account.is_some())
                    + usize::from(self.group_id.is_some())
                    + usize::from(self.introduction.is_some())
                    + usize::from(self.notification.is_some())
                    + usize::from(self.face_url.is_some())
                    + usize::from(self.max_member_count.is_some())
                    + usize::from(self.apply_join_option.is_some())
                    + usize::from(self.app_defined_data.is_some())
                    + usize::from(self.create_time.is_some())
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
        encode::optional(&mut object, "CreateTime", &self.create_time)?;
        encode::optional(&mut object, "SupportTopic", &self.support_topic)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupRequest {
    const NAME: &'static str = "ImportGroupRequest";

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
            "CreateTime" => 10,
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
        let mut create_time_slot: Option<Option<i64>> = None;
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
                10 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                11 => decode::once(&mut support_topic_slot, "SupportTopic", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupRequest {
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
            create_time: create_time_slot.flatten(),
            support_topic: support_topic_slot.flatten(),
        })
    }
}

impl Validate for ImportGroupRequest {
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

/// The response payload of `ImportGroup`.
///
/// The payload of a successful [`ImportGroup`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportGroupResponse {
    /// The ID of the imported group.
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
}

impl serde::Serialize for ImportGroupResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ImportGroupResponse", 1)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupResponse {
    const NAME: &'static str = "ImportGroupResponse";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupResponse {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
        })
    }
}
