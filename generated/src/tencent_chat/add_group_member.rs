// Code generated from spec/tencent-chat/add_group_member.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `AddGroupMember`: This API allows the app administrator to add new members to a group.
//!
//! This API allows the app administrator to add new members to a group.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community. Audio-video
//! groups (AVChatRoom) do not support this API: used on an audio-video group it returns error
//! 10007, and the only way for users to join such a group is to apply to join.
//!
//! - HTTP: `POST /v4/group_open_http_svc/add_group_member`
//! - Request: [`AddGroupMemberRequest`]; response payload: [`AddGroupMemberResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Adding Group Members, <https://www.tencentcloud.com/document/product/1047/34921>
//! - Also from: 增加群成员, <https://cloud.tencent.com/document/product/269/1621>
//! - Also from: Adding Group Members (international page, updated 2020-09-01), <https://intl.cloud.tencent.com/document/product/1047/34921>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) do not support this API; calling it on one returns 10007. (error `10007`)
//! - A group that is full takes no more members. (error `10014`)
//! - Every account to add must exist. (error `10019`)
//! - A user who has joined the most groups the plan allows cannot be added. (error `10037`)
//! - By default every member receives a group system notification of the addition, except in a Private (Work) group that has not been activated; `Silence` 1 sends none.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10005` | The number of member accounts in the request packet exceeds 300. |
//! | `10007` | No operation permissions. Check whether the group type supports user invitation: for example, AVChatRoom and BChatRoom groups do not allow anyone to invite others to the groups. Also answered to a caller that is not the app admin. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10014` | The users in the request cannot be added because the group is already full. Delete some `Member_Account` from the request, or raise `MaxMemberNum` in the basic group information. |
//! | `10015` | The group ID is invalid. Make sure to use the correct group ID. |
//! | `10016` | The developer backend has rejected this operation through a third-party callback. |
//! | `10019` | The UserID does not exist. Make sure all the accounts specified in `Member_Account` are correct. |
//! | `10026` | The command word of the `SDKAppID` request is disabled. Contact customer service. |
//! | `10037` | The number of groups the invited user has joined exceeds the limit. Remove that `Member_Account` from the request, or upgrade the plan. |
//!
//! # Notes on the source document
//!
//! - The current pages (English 2024, and the Chinese page) say a single request adds up to 300 members; the international page of 2020-09-01 said 500. — *Resolved:* At most 300 (`max_items: 300`): the newer pages in both languages agree, and a client that keeps to 300 is accepted by a server that allows 500, not the other way round. More is refused with 10005, the code for too many members in the request (a limit `code:`), not with the generic 10004.
//! - The request table marks `Silence` as required, while its description and the basic sample (which leaves it out) make it a switch that defaults to 0, adding members with notifications. — *Resolved:* `Silence` is optional, default 0, and 0 or 1; the basic sample is a valid request.
//! - The request samples carry `//` comments, so they are not JSON as printed. — *Resolved:* The examples are the samples with the comments removed; nothing else changed.
//! - The response table gives `Result` four values (0 failed, 1 successful, 2 already in the group, 3 pending approval by the invitee); the sample's comment, and the 2020 page, only the first three. — *Resolved:* An open enum of the table's four values.
//! - The request table lists `Member_Account` beside `MemberList` as if it were a field of the request; the samples show it inside each item of `MemberList`, as does the response. — *Resolved:* `MemberList` is a list of `{Member_Account}` (`NewGroupMember`).
//! - The page does not say whether adding members can be repeated safely; a repeat of a request that succeeded answers `Result` 2 (already a member) instead of 1. — *Resolved:* Not marked idempotent; a client does not retry it when the outcome is unknown.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `AddGroupMember` as a type: it ties [`AddGroupMemberRequest`] and [`AddGroupMemberResponse`] to the operation's binding, rate limit and errors, for clients (`call::<AddGroupMember>`) and servers (`route::<AddGroupMember>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AddGroupMember;

impl OperationShape for AddGroupMember {
    type Service = TencentChat;
    type Input = AddGroupMemberRequest;
    type Output = AddGroupMemberResponse;
    const OP: Operation = Operation {
        name: "AddGroupMember",
        service: &SPEC,
        path: "/v4/group_open_http_svc/add_group_member",
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

/// The request body of `AddGroupMember`.
///
/// The request of [`AddGroupMember`](self): This API allows the app administrator to add new members to a group.
///
/// - HTTP: `POST /v4/group_open_http_svc/add_group_member`
/// - Request: [`AddGroupMemberRequest`]; response payload: [`AddGroupMemberResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Adding Group Members, <https://www.tencentcloud.com/document/product/1047/34921>
/// - Also from: 增加群成员, <https://cloud.tencent.com/document/product/269/1621>
/// - Also from: Adding Group Members (international page, updated 2020-09-01), <https://intl.cloud.tencent.com/document/product/1047/34921>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddGroupMemberRequest {
    /// ID of the group to which members are added.
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
    /// Whether to add members silently. `0`: add members and deliver a group system notification to all members; `1`: add members silently, without the notification.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub silence: Option<i32>,
    /// The members to add. A single request supports adding up to 300 members.
    ///
    /// Limits: 1 to 300 items (else error `10005`). The document calls the type `Array`.
    pub member_list: Vec<NewGroupMember>,
}

impl AddGroupMemberRequest {
    /// A value with the required `GroupId`, `MemberList`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, member_list: Vec<NewGroupMember>) -> Self {
        AddGroupMemberRequest {
            group_id: group_id.into(),
            silence: None,
            member_list,
        }
    }

    /// Sets `Silence`.
    pub fn with_silence(mut self, silence: i32) -> Self {
        self.silence = Some(silence);
        self
    }

    /// `Silence` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn silence_or_default(&self) -> i32 {
        self.silence.unwrap_or(0)
    }
}

impl serde::Serialize for AddGroupMemberRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AddGroupMemberRequest",
                2 + usize::from(self.silence.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "Silence", &self.silence)?;
        object.serialize_field("MemberList", &self.member_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddGroupMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddGroupMemberRequest {
    const NAME: &'static str = "AddGroupMemberRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Silence" => 1,
            "MemberList" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut silence_slot: Option<Option<i32>> = None;
        let mut member_list_slot: Option<Vec<NewGroupMember>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut silence_slot, "Silence", &mut map)?,
                2 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddGroupMemberRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            silence: silence_slot.flatten(),
            member_list: member_list_slot
                .ok_or_else(|| A::Error::missing_field("MemberList"))?,
        })
    }
}

impl Validate for AddGroupMemberRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.silence {
            path.push(Segment::Field("Silence"));
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
        {
            let value = &self.member_list;
            path.push(Segment::Field("MemberList"));
            out.coded(
                errors::E10005,
                |out| {
                    validate::items(value, Some(1), Some(300), path, out);
                },
            );
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`AddGroupMember`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddGroupMemberResponse {
    /// The result of adding each member.
    ///
    /// The document calls the type `Array`.
    pub member_list: Vec<AddedGroupMember>,
}

impl serde::Serialize for AddGroupMemberResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AddGroupMemberResponse", 1)?;
        object.serialize_field("MemberList", &self.member_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddGroupMemberResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddGroupMemberResponse {
    const NAME: &'static str = "AddGroupMemberResponse";

    fn field(key: &str) -> usize {
        match key {
            "MemberList" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_list_slot: Option<Vec<AddedGroupMember>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddGroupMemberResponse {
            member_list: member_list_slot
                .ok_or_else(|| A::Error::missing_field("MemberList"))?,
        })
    }
}

/// A member to add (an item of the request's `MemberList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewGroupMember {
    /// The UserID of the member to add.
    ///
    /// Example: `"tommy"`.
    pub member_account: String,
}

impl NewGroupMember {
    /// A value with the required `Member_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(member_account: impl Into<String>) -> Self {
        NewGroupMember {
            member_account: member_account.into(),
        }
    }
}

impl serde::Serialize for NewGroupMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("NewGroupMember", 1)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewGroupMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for NewGroupMember {
    const NAME: &'static str = "NewGroupMember";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(NewGroupMember {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
        })
    }
}

impl Validate for NewGroupMember {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// What became of one member the request named (an item of the response's `MemberList`).
#[derive(Debug, Clone, PartialEq)]
pub struct AddedGroupMember {
    /// The UserID of the member.
    ///
    /// Example: `"tommy"`.
    pub member_account: String,
    /// The result: `0` failed; `1` added; `2` already a member of the group; `3` waiting for the invitee to confirm.
    ///
    /// Example: `1`. The document calls the type `Integer`.
    pub result: AddMemberResult,
}

impl serde::Serialize for AddedGroupMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AddedGroupMember", 2)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        object.serialize_field("Result", &self.result)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddedGroupMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddedGroupMember {
    const NAME: &'static str = "AddedGroupMember";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "Result" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut result_slot: Option<AddMemberResult> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut result_slot, "Result", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddedGroupMember {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            result: result_slot.ok_or_else(|| A::Error::missing_field("Result"))?,
        })
    }
}

/// What became of one member of an add request.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AddMemberResult {
    /// `0`: The member could not be added.
    Failed,
    /// `1`: The member was added.
    Added,
    /// `2`: The account is already a member of the group.
    AlreadyMember,
    /// `3`: The invitee has not confirmed yet.
    AwaitingConfirmation,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl AddMemberResult {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Failed => 0,
            Self::Added => 1,
            Self::AlreadyMember => 2,
            Self::AwaitingConfirmation => 3,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Failed,
            1 => Self::Added,
            2 => Self::AlreadyMember,
            3 => Self::AwaitingConfirmation,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for AddMemberResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for AddMemberResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}
