// Code generated from spec/tencent-chat/modify_group_base_info.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ModifyGroupBaseInfo`: This API is used by the app admin to modify the profile of a specified group.
//!
//! This API is used by the app admin to modify the profile of a specified group: basic group
//! information, such as the group name and group announcement, and the group's custom fields.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and
//! Community.
//!
//! - HTTP: `POST /v4/group_open_http_svc/modify_group_base_info`
//! - Request: [`ModifyGroupBaseInfoRequest`]; response payload: [`ModifyGroupBaseInfoResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Source: Modifying the Profile of a Group, <https://trtc.io/document/34962>
//! - Also from: Modifying the Profile of a Group (international page, updated 2021-04-13), <https://intl.cloud.tencent.com/document/product/1047/34962>
//! - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>
//! - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
//!
//! # Rules the server enforces
//!
//! - Only the app admin may call this API. (error `10007`)
//! - The group must exist. (error `10010`)
//! - A field left out keeps its value; `MaxMemberNum` has no effect on an audio-video group.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | Insufficient operation permissions; answered to a caller that is not the app admin. |
//! | `10010` | The group does not exist, or it existed but has been dismissed. |
//! | `10015` | The group ID is invalid. |
//! | `10016` | The App backend denied this operation via third-party callback. |
//!
//! # Notes on the source document
//!
//! - The copies read were cut in the first request sample (after `"MuteAllMem`); the request field table, the custom-field sample, the response and the error table could not be read. — *Resolved:* The fields are the sample's, described from Tencent's OpenAPI description (`from: openapi`); the response is the bare envelope, as the other modifying group commands answer; the errors are the group pages' 10002, 10004, 10007, 10010, 10015 and 10016 from the error-code page (`errors`). The custom-field example is the spec's.
//! - The current page mutes all members with `MuteAllMember`; the 2021 page's sample and the OpenAPI description name the field `ShutUpAllMember`, with the same "On"/"Off" values. — *Resolved:* Both are optional fields of the shared `MuteAllMember` enum, at most one of them a request (`mutually_exclusive`); either sets the group's mute-all state, which `GetGroupInfo` answers as `MuteAllMember`.
//! - The samples carry `//` comments, which JSON does not allow. — *Resolved:* The examples are the samples without the comments; nothing else changed.
//! - The page does not say how a custom field is removed, or whether `MaxMemberNum` may fall below the group's member count. — *Resolved:* A field given replaces the stored value and the others stay (the emulator removes a field whose `Value` is empty, its judgement); a smaller `MaxMemberNum` is stored and limits later joins only.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{ApplyJoinOption, GroupDefinedData, MuteAllMember, SPEC, TencentChat, errors};

/// `ModifyGroupBaseInfo` as a type: it ties [`ModifyGroupBaseInfoRequest`] and [`ModifyGroupBaseInfoResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ModifyGroupBaseInfo>`) and servers (`route::<ModifyGroupBaseInfo>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ModifyGroupBaseInfo;

impl OperationShape for ModifyGroupBaseInfo {
    type Service = TencentChat;
    type Input = ModifyGroupBaseInfoRequest;
    type Output = ModifyGroupBaseInfoResponse;
    const OP: Operation = Operation {
        name: "ModifyGroupBaseInfo",
        service: &SPEC,
        path: "/v4/group_open_http_svc/modify_group_base_info",
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

/// The request body of `ModifyGroupBaseInfo`.
///
/// The request of [`ModifyGroupBaseInfo`](self): This API is used by the app admin to modify the profile of a specified group.
///
/// - HTTP: `POST /v4/group_open_http_svc/modify_group_base_info`
/// - Request: [`ModifyGroupBaseInfoRequest`]; response payload: [`ModifyGroupBaseInfoResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Source: Modifying the Profile of a Group, <https://trtc.io/document/34962>
/// - Also from: Modifying the Profile of a Group (international page, updated 2021-04-13), <https://intl.cloud.tencent.com/document/product/1047/34962>
/// - Also from: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>
/// - Also from: Error Codes (the group service's codes), <https://trtc.io/document/34348>
///
/// At most one of `MuteAllMember`, `ShutUpAllMember` may be present.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyGroupBaseInfoRequest {
    /// Group whose basic profile you want to modify (required)
    ///
    /// Example: `"@TGS#1NVTZEAE4"`.
    pub group_id: String,
    /// 群名称，最长30字节
    ///
    /// The new group name, at most 30 bytes.
    ///
    /// Example: `"NewName"`. Limits: at most 30 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>.
    pub name: Option<String>,
    /// 群简介，最长240字节
    ///
    /// The new introduction, at most 240 bytes.
    ///
    /// Example: `"NewIntroduction"`. Limits: at most 240 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>.
    pub introduction: Option<String>,
    /// 群公告，最长300字节
    ///
    /// The new notice, at most 300 bytes.
    ///
    /// Example: `"NewNotification"`. Limits: at most 300 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>.
    pub notification: Option<String>,
    /// 群头像 URL，最长100字节
    ///
    /// The new profile photo URL, at most 100 bytes.
    ///
    /// Example: `"http://this.is.new.face.url"`. Limits: at most 100 UTF-8 bytes. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>.
    pub face_url: Option<String>,
    /// 最大群成员数量；私有群、公开群和聊天室：该字段阈值请参考群组系统和计费概述中的群成员人数上限相关说明；音视频聊天室和在线成员广播大群：该字段为无效字段，无需填写
    ///
    /// The most members the group may have (within the plan's limits); it has no effect on an audio-video group.
    ///
    /// Example: `500`. Limits: at least 1. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>. The document calls the type `Integer`.
    pub max_member_num: Option<i32>,
    /// 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群）
    ///
    /// How requests to join are handled from now on.
    ///
    /// Example: `"NeedPermission"`. Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>. The document calls the type `String`.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// 默认情况是没有的。开通群组维度的自定义字段详情请参见自定义字段
    ///
    /// Custom group fields to set (none unless configured in the console); a field given replaces its value, the others stay.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description as generated into tencentcloud-im-sdk-php (ModifyGroupBaseInfoRequest), <https://github.com/wen-gg/tencentcloud-im-sdk-php/blob/57b3c55f40e87108236ca8ec95c481ea1f0615e0/docs/Model/ModifyGroupBaseInfoRequest.md>. The document calls the type `Array`.
    pub app_defined_data: Option<Vec<GroupDefinedData>>,
    /// Whether to mute all members in the group ("On" or "Off").
    ///
    /// "On" mutes every member but the owner and admins, "Off" lifts it; the current page's name for `ShutUpAllMember`.
    ///
    /// Example: `"On"`. The document calls the type `String`.
    pub mute_all_member: Option<MuteAllMember>,
    /// Mutes all members (optional). "On": enable, "Off": disable
    ///
    /// The earlier pages' name for `MuteAllMember`; send one of the two.
    ///
    /// Example: `"On"`. Source: Modifying the Profile of a Group (international page, updated 2021-04-13), <https://intl.cloud.tencent.com/document/product/1047/34962>. The document calls the type `String`.
    pub shut_up_all_member: Option<MuteAllMember>,
}

impl ModifyGroupBaseInfoRequest {
    /// A value with the required `GroupId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>) -> Self {
        ModifyGroupBaseInfoRequest {
            group_id: group_id.into(),
            name: None,
            introduction: None,
            notification: None,
            face_url: None,
            max_member_num: None,
            apply_join_option: None,
            app_defined_data: None,
            mute_all_member: None,
            shut_up_all_member: None,
        }
    }

    /// Sets `Name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
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

    /// Sets `MaxMemberNum`.
    pub fn with_max_member_num(mut self, max_member_num: i32) -> Self {
        self.max_member_num = Some(max_member_num);
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

    /// Sets `MuteAllMember`.
    pub fn with_mute_all_member(mut self, mute_all_member: MuteAllMember) -> Self {
        self.mute_all_member = Some(mute_all_member);
        self
    }

    /// Sets `ShutUpAllMember`.
    pub fn with_shut_up_all_member(mut self, shut_up_all_member: MuteAllMember) -> Self {
        self.shut_up_all_member = Some(shut_up_all_member);
        self
    }
}

impl serde::Serialize for ModifyGroupBaseInfoRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ModifyGroupBaseInfoRequest",
                1 + usize::from(self.name.is_some())
                    + usize::from(self.introduction.is_some())
                    + usize::from(self.notification.is_some())
                    + usize::from(self.face_url.is_some())
                    + usize::from(self.max_member_num.is_some())
                    + usize::from(self.apply_join_option.is_some())
                    + usize::from(self.app_defined_data.is_some())
                    + usize::from(self.mute_all_member.is_some())
                    + usize::from(self.shut_up_all_member.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "Name", &self.name)?;
        encode::optional(&mut object, "Introduction", &self.introduction)?;
        encode::optional(&mut object, "Notification", &self.notification)?;
        encode::optional(&mut object, "FaceUrl", &self.face_url)?;
        encode::optional(&mut object, "MaxMemberNum", &self.max_member_num)?;
        encode::optional(&mut object, "ApplyJoinOption", &self.apply_join_option)?;
        encode::optional(&mut object, "AppDefinedData", &self.app_defined_data)?;
        encode::optional(&mut object, "MuteAllMember", &self.mute_all_member)?;
        encode::optional(&mut object, "ShutUpAllMember", &self.shut_up_all_member)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyGroupBaseInfoRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyGroupBaseInfoRequest {
    const NAME: &'static str = "ModifyGroupBaseInfoRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Name" => 1,
            "Introduction" => 2,
            "Notification" => 3,
            "FaceUrl" => 4,
            "MaxMemberNum" => 5,
            "ApplyJoinOption" => 6,
            "AppDefinedData" => 7,
            "MuteAllMember" => 8,
            "ShutUpAllMember" => 9,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut name_slot: Option<Option<String>> = None;
        let mut introduction_slot: Option<Option<String>> = None;
        let mut notification_slot: Option<Option<String>> = None;
        let mut face_url_slot: Option<Option<String>> = None;
        let mut max_member_num_slot: Option<Option<i32>> = None;
        let mut apply_join_option_slot: Option<Option<ApplyJoinOption>> = None;
        let mut app_defined_data_slot: Option<Option<Vec<GroupDefinedData>>> = None;
        let mut mute_all_member_slot: Option<Option<MuteAllMember>> = None;
        let mut shut_up_all_member_slot: Option<Option<MuteAllMember>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut name_slot, "Name", &mut map)?,
                2 => decode::once(&mut introduction_slot, "Introduction", &mut map)?,
                3 => decode::once(&mut notification_slot, "Notification", &mut map)?,
                4 => decode::once(&mut face_url_slot, "FaceUrl", &mut map)?,
                5 => decode::once(&mut max_member_num_slot, "MaxMemberNum", &mut map)?,
                6 => {
                    decode::once(
                        &mut apply_join_option_slot,
                        "ApplyJoinOption",
                        &mut map,
                    )?
                }
                7 => {
                    decode::once(&mut app_defined_data_slot, "AppDefinedData", &mut map)?
                }
                8 => decode::once(&mut mute_all_member_slot, "MuteAllMember", &mut map)?,
                9 => {
                    decode::once(
                        &mut shut_up_all_member_slot,
                        "ShutUpAllMember",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyGroupBaseInfoRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            name: name_slot.flatten(),
            introduction: introduction_slot.flatten(),
            notification: notification_slot.flatten(),
            face_url: face_url_slot.flatten(),
            max_member_num: max_member_num_slot.flatten(),
            apply_join_option: apply_join_option_slot.flatten(),
            app_defined_data: app_defined_data_slot.flatten(),
            mute_all_member: mute_all_member_slot.flatten(),
            shut_up_all_member: shut_up_all_member_slot.flatten(),
        })
    }
}

impl Validate for ModifyGroupBaseInfoRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::at_most_one_of(
            &[self.mute_all_member.is_some(), self.shut_up_all_member.is_some()],
            &["MuteAllMember", "ShutUpAllMember"],
            path,
            out,
        );
        if let Some(value) = &self.name {
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
        if let Some(value) = &self.max_member_num {
            path.push(Segment::Field("MaxMemberNum"));
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
        if let Some(value) = &self.mute_all_member {
            path.push(Segment::Field("MuteAllMember"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.shut_up_all_member {
            path.push(Segment::Field("ShutUpAllMember"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`ModifyGroupBaseInfo`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyGroupBaseInfoResponse {}

impl serde::Serialize for ModifyGroupBaseInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ModifyGroupBaseInfoResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyGroupBaseInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyGroupBaseInfoResponse {
    const NAME: &'static str = "ModifyGroupBaseInfoResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ModifyGroupBaseInfoResponse {})
    }
}
