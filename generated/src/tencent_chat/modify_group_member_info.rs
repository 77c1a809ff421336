// Code generated from spec/tencent-chat/modify_group_member_info.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ModifyGroupMemberInfo`: This API is used by the app admin to modify the profile of a group member.
//!
//! This API is used by the app admin to modify the profile of a group member: the member's role
//! (setting or cancelling an admin), message blocking type, group name card, custom member
//! fields and muting period. Only the fields sent are changed.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
//! Audio-video groups (AVChatRoom) do not store group member profiles and therefore do not
//! allow member profile modification.
//!
//! - HTTP: `POST /v4/group_open_http_svc/modify_group_member_info`
//! - Request: [`ModifyGroupMemberInfoRequest`]; response payload: [`ModifyGroupMemberInfoResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Modifying the Profile of a Group Member, <https://intl.cloud.tencent.com/document/product/1047/34900>
//! - Also from: Modifying the Profile of a Group Member (current page, also on trtc.io/document/34900), <https://www.tencentcloud.com/document/product/1047/34900>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) do not store group member profiles and therefore do not allow member profile modification. (error `10007`)
//! - Private groups (Work groups in the new version) do not support muting members. (error `10007`)
//! - `Member_Account` must be a member of the group; `Role` sets or cancels an admin (`Admin` or `Member`), so `Owner` is refused, and the owner's own role cannot be changed here (ownership moves with `ChangeGroupOwner`). (error `10004`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | No operation permissions. For example, a common member in a public group tries to remove other users from the group, but only the app admin can do so. Also answered for an audio-video group and for muting a member of a Private (Work) group. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | Invalid group ID. Be sure to use the correct group ID. |
//! | `80001` | The modified group member information failed text content filtering. Check whether the modified group member information contains sensitive words. |
//!
//! # Notes on the source document
//!
//! - The samples carry `//` comments ("Target group (required)", "Set as an admin", the message blocking types...), so they are not JSON as printed. — *Resolved:* The examples are the samples without the comments; what the comments say is in the fields' descriptions and the examples' descriptions.
//! - The group types table says AVChatRoom: No, and the current page's note says audio-video groups do not allow member profile modification; the older international copy's note adds that audio-video groups only support modifying the profiles of admins and the owner, answering 10007 for common members, which contradicts its own table. — *Resolved:* The table and the current page: an audio-video group is refused with 10007 whoever the member is (the code the older note names). The Chinese page (269/1623) could not be read for this transcription; the facts are the English pages'.
//! - The page says Private groups do not support muting members but names no code, and it does not say what a `Role` of `Owner`, a change of the owner's role, or an account that is not a member of the group gets. — *Resolved:* Judgement: muting a member of a Private group is refused with 10007, as `ForbidSendMsg`'s file does; `Role` is typed with the member roles of `GetGroupMemberInfo` and `Owner`, the owner's role and a non-member are refused with 10004 (invalid parameter), as `ChangeGroupOwner`'s file does for a non-member.
//! - The request table types `Role` and `MsgFlag` as String and `ShutUpTime` as Integer without a width, and describes `AppMemberDefinedData`'s items only by the sample. — *Resolved:* `Role` is `GroupMemberRole` and `MsgFlag` `GroupMsgFlag` (the values `GetGroupMemberInfo` answers, now in types/); `ShutUpTime` an i64 of seconds at least 0, as in `ForbidSendMsg`; the items are `AppMemberDefinedData` (`{Key, Value}`), shared with `GetGroupMemberInfo`. `NameCard`'s 50 bytes is a constraint answered with 10004 (the page names no code).
//! - Error 80001 (text content filtering) depends on the console's sensitive-word settings. — *Resolved:* Documented; the emulator does not model content filtering and never answers it.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{
    AppMemberDefinedData, GroupMemberRole, GroupMsgFlag, SPEC, TencentChat, errors,
};

/// `ModifyGroupMemberInfo` as a type: it ties [`ModifyGroupMemberInfoRequest`] and [`ModifyGroupMemberInfoResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ModifyGroupMemberInfo>`) and servers (`route::<ModifyGroupMemberInfo>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ModifyGroupMemberInfo;

impl OperationShape for ModifyGroupMemberInfo {
    type Service = TencentChat;
    type Input = ModifyGroupMemberInfoRequest;
    type Output = ModifyGroupMemberInfoResponse;
    const OP: Operation = Operation {
        name: "ModifyGroupMemberInfo",
        service: &SPEC,
        path: "/v4/group_open_http_svc/modify_group_member_info",
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

/// The request body of `ModifyGroupMemberInfo`.
///
/// The request of [`ModifyGroupMemberInfo`](self): This API is used by the app admin to modify the profile of a group member.
///
/// - HTTP: `POST /v4/group_open_http_svc/modify_group_member_info`
/// - Request: [`ModifyGroupMemberInfoRequest`]; response payload: [`ModifyGroupMemberInfoResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Modifying the Profile of a Group Member, <https://intl.cloud.tencent.com/document/product/1047/34900>
/// - Also from: Modifying the Profile of a Group Member (current page, also on trtc.io/document/34900), <https://www.tencentcloud.com/document/product/1047/34900>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyGroupMemberInfoRequest {
    /// ID of the target group.
    ///
    /// Example: `"@TGS#2CLUZEAEJ"`.
    pub group_id: String,
    /// Target group member.
    ///
    /// Example: `"bob"`.
    pub member_account: String,
    /// Role of the member. Admin: set as an admin. Member: cancel the admin role.
    ///
    /// When absent: the member's role is unchanged. Example: `"Admin"`. The document calls the type `String`.
    pub role: Option<GroupMemberRole>,
    /// Message blocking type: `AcceptAndNotify` (accept and notify), `Discard` (neither accept nor notify) or `AcceptNotNotify` (accept but do not notify).
    ///
    /// When absent: the member's message blocking type is unchanged. Example: `"AcceptAndNotify"`. The document calls the type `String`.
    pub msg_flag: Option<GroupMsgFlag>,
    /// Group name card (with a maximum length of 50 bytes).
    ///
    /// When absent: the member's name card is unchanged. Example: `"bob"`. Limits: at most 50 UTF-8 bytes (else error `10004`).
    pub name_card: Option<String>,
    /// Group member custom field. By default, this field is not available and needs to be enabled in the IM console. Each item sets one field's value; fields not named keep theirs.
    ///
    /// When absent: no custom member field is changed. The document calls the type `Array`.
    pub app_member_defined_data: Option<Vec<AppMemberDefinedData>>,
    /// Muting period in seconds. `0`: unmuted.
    ///
    /// When absent: the member's mute is unchanged. Unit: seconds. Example: `86400`. Limits: at least 0. The document calls the type `Integer`.
    pub shut_up_time: Option<i64>,
}

impl ModifyGroupMemberInfoRequest {
    /// A value with the required `GroupId`, `Member_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, member_account: impl Into<String>) -> Self {
        ModifyGroupMemberInfoRequest {
            group_id: group_id.into(),
            member_account: member_account.into(),
            role: None,
            msg_flag: None,
            name_card: None,
            app_member_defined_data: None,
            shut_up_time: None,
        }
    }

    /// Sets `Role`.
    pub fn with_role(mut self, role: GroupMemberRole) -> Self {
        self.role = Some(role);
        self
    }

    /// Sets `MsgFlag`.
    pub fn with_msg_flag(mut self, msg_flag: GroupMsgFlag) -> Self {
        self.msg_flag = Some(msg_flag);
        self
    }

    /// Sets `NameCard`.
    pub fn with_name_card(mut self, name_card: impl Into<String>) -> Self {
        self.name_card = Some(name_card.into());
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

    /// Sets `ShutUpTime`.
    pub fn with_shut_up_time(mut self, shut_up_time: i64) -> Self {
        self.shut_up_time = Some(shut_up_time);
        self
    }
}

impl serde::Serialize for ModifyGroupMemberInfoRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ModifyGroupMemberInfoRequest",
                2 + usize::from(self.role.is_some())
                    + usize::from(self.msg_flag.is_some())
                    + usize::from(self.name_card.is_some())
                    + usize::from(self.app_member_defined_data.is_some())
                    + usize::from(self.shut_up_time.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        encode::optional(&mut object, "Role", &self.role)?;
        encode::optional(&mut object, "MsgFlag", &self.msg_flag)?;
        encode::optional(&mut object, "NameCard", &self.name_card)?;
        encode::optional(
            &mut object,
            "AppMemberDefinedData",
            &self.app_member_defined_data,
        )?;
        encode::optional(&mut object, "ShutUpTime", &self.shut_up_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyGroupMemberInfoRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyGroupMemberInfoRequest {
    const NAME: &'static str = "ModifyGroupMemberInfoRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Member_Account" => 1,
            "Role" => 2,
            "MsgFlag" => 3,
            "NameCard" => 4,
            "AppMemberDefinedData" => 5,
            "ShutUpTime" => 6,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut member_account_slot: Option<String> = None;
        let mut role_slot: Option<Option<GroupMemberRole>> = None;
        let mut msg_flag_slot: Option<Option<GroupMsgFlag>> = None;
        let mut name_card_slot: Option<Option<String>> = None;
        let mut app_member_defined_data_slot: Option<
            Option<Vec<AppMemberDefinedData>>,
        > = None;
        let mut shut_up_time_slot: Option<Option<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                2 => decode::once(&mut role_slot, "Role", &mut map)?,
                3 => decode::once(&mut msg_flag_slot, "MsgFlag", &mut map)?,
                4 => decode::once(&mut name_card_slot, "NameCard", &mut map)?,
                5 => {
                    decode::once(
                        &mut app_member_defined_data_slot,
                        "AppMemberDefinedData",
                        &mut map,
                    )?
                }
                6 => decode::once(&mut shut_up_time_slot, "ShutUpTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyGroupMemberInfoRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            role: role_slot.flatten(),
            msg_flag: msg_flag_slot.flatten(),
            name_card: name_card_slot.flatten(),
            app_member_defined_data: app_member_defined_data_slot.flatten(),
            shut_up_time: shut_up_time_slot.flatten(),
        })
    }
}

impl Validate for ModifyGroupMemberInfoRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.role {
            path.push(Segment::Field("Role"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.msg_flag {
            path.push(Segment::Field("MsgFlag"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.name_card {
            path.push(Segment::Field("NameCard"));
            out.coded(
                errors::E10004,
                |out| {
                    validate::length(
                        value,
                        None,
                        Some(50),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
        if let Some(value) = &self.shut_up_time {
            path.push(Segment::Field("ShutUpTime"));
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

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`ModifyGroupMemberInfo`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyGroupMemberInfoResponse {}

impl serde::Serialize for ModifyGroupMemberInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ModifyGroupMemberInfoResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyGroupMemberInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyGroupMemberInfoResponse {
    const NAME: &'static str = "ModifyGroupMemberInfoResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ModifyGroupMemberInfoResponse {})
    }
}
