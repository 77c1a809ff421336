// Code generated from spec/tencent-chat/import_group_member.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ImportGroupMember`: This API is used to import group members without triggering callbacks or delivering notifications.
//!
//! This API is used to import group members without triggering callbacks or delivering
//! notifications. When your app needs to be migrated to Chat from another instant messaging
//! system, you can use this API to import existing group member data.
//!
//! A single request can import up to 300 members. If the unread message count specified by this
//! API is greater than the current number of messages of the group, the unread message count is
//! set to the group's current number of messages. Make sure each imported member's join time is
//! later than the group's creation time and earlier than the current time; otherwise that member
//! fails to be imported.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
//! Generally, importing group members is not required for audio-video groups (AVChatRoom), so
//! audio-video groups do not support this API; error 10007 is returned for them.
//!
//! - HTTP: `POST /v4/group_open_http_svc/import_group_member`
//! - Request: [`ImportGroupMemberRequest`]; response payload: [`ImportGroupMemberResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Importing Group Members, <https://www.tencentcloud.com/document/product/1047/34969>
//! - Also from: Importing Group Members (trtc.io copy, cut in the request table), <https://trtc.io/document/34969>
//! - Also from: 导入群成员 (an older Chinese revision, read in full from tencentyun/qcloud-documents), <https://cloud.tencent.com/document/product/269/1636>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) do not support importing members. (error `10007`)
//! - A member whose join time is not later than the group's creation time and earlier than the current time fails to be imported (`Result` 0); an account already in the group is `Result` 2 and keeps what it had.
//! - An unread message count greater than the group's current number of messages is set to that number.
//! - `Role` is `Admin` or left out (a `Member`); any other role is refused. (error `10004`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | System error. Try again or contact technical support. |
//! | `10003` | System error (invalid command word). Try again or contact technical support. |
//! | `10004` | Invalid parameter. Check the `ErrorInfo` of the answer: whether the required fields are filled and each field is as the API requires. |
//! | `10005` | The request carries too many accounts (more than 300 members). Send fewer accounts in one request. |
//! | `10007` | No operation permissions: the operator must be an app admin. Also answered for an audio-video group, which does not support this API. |
//! | `10010` | The group does not exist, or it existed but has been disbanded. |
//! | `10015` | Invalid group ID. Check the group ID. |
//! | `10019` | The account of a user to be added does not exist. Check the accounts. |
//!
//! # Notes on the source document
//!
//! - The English copies read (tencentcloud.com, trtc.io) were cut inside the request table (at `UnreadMsgNum`) and in the prose on unread counts; the response, its fields and the error codes come from an older Chinese revision (qcloud-documents), read in full. That revision says 500 members a request, 100 calls a second, supports neither AVChatRoom nor the retired BChatRoom and lacks Community; the current English page says 300 members, 200 calls a second and lists Community. — *Resolved:* The current English page's limits and group types (300 members, 10005 past them as the Chinese error table says for its own limit; 200 calls a second; Community included); the response (`MemberList` of `{Member_Account, Result}`) and the error codes 10002 to 10019 are the Chinese revision's, the English sentence on unread counts completed from it.
//! - The samples carry `//` comments, and the Chinese sample misses the commas after `"Member_Account": "tommy"` and `"Member_Account": "jared"`, so neither is JSON as printed. — *Resolved:* The example is the English sample without the comments.
//! - `Result` is an Integer with three documented values; `Role` a String of which only `Admin` is supported; `JoinTime` and `UnreadMsgNum` Integers without a width. The page does not say what a `Role` other than `Admin` gets, nor whether a missing account fails one member or the request (10019). — *Resolved:* `Result` is the enum `ImportMemberResult` (0, 1, 2); `Role` is typed `GroupMemberRole` and any value but `Admin` is refused with 10004 (judgement); `JoinTime` an i64 of seconds, `UnreadMsgNum` an i32 at least 0. 10019 is documented for the whole request, as the Chinese error table gives it.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{GroupMemberRole, SPEC, TencentChat, errors};

/// `ImportGroupMember` as a type: it ties [`ImportGroupMemberRequest`] and [`ImportGroupMemberResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ImportGroupMember>`) and servers (`route::<ImportGroupMember>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ImportGroupMember;

impl OperationShape for ImportGroupMember {
    type Service = TencentChat;
    type Input = ImportGroupMemberRequest;
    type Output = ImportGroupMemberResponse;
    const OP: Operation = Operation {
        name: "ImportGroupMember",
        service: &SPEC,
        path: "/v4/group_open_http_svc/import_group_member",
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

/// The request body of `ImportGroupMember`.
///
/// The request of [`ImportGroupMember`](self): This API is used to import group members without triggering callbacks or delivering notifications.
///
/// - HTTP: `POST /v4/group_open_http_svc/import_group_member`
/// - Request: [`ImportGroupMemberRequest`]; response payload: [`ImportGroupMemberResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Importing Group Members, <https://www.tencentcloud.com/document/product/1047/34969>
/// - Also from: Importing Group Members (trtc.io copy, cut in the request table), <https://trtc.io/document/34969>
/// - Also from: 导入群成员 (an older Chinese revision, read in full from tencentyun/qcloud-documents), <https://cloud.tencent.com/document/product/269/1636>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportGroupMemberRequest {
    /// ID of the target group
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
    /// A list of the members to be added (up to 300 at a time).
    ///
    /// Limits: 1 to 300 items (else error `10005`). The document calls the type `Array`.
    pub member_list: Vec<ImportedGroupMember>,
}

impl ImportGroupMemberRequest {
    /// A value with the required `GroupId`, `MemberList`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        group_id: impl Into<String>,
        member_list: Vec<ImportedGroupMember>,
    ) -> Self {
        ImportGroupMemberRequest {
            group_id: group_id.into(),
            member_list,
        }
    }
}

impl serde::Serialize for ImportGroupMemberRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ImportGroupMemberRequest", 2)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("MemberList", &self.member_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupMemberRequest {
    const NAME: &'static str = "ImportGroupMemberRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "MemberList" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut member_list_slot: Option<Vec<ImportedGroupMember>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupMemberRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            member_list: member_list_slot
                .ok_or_else(|| A::Error::missing_field("MemberList"))?,
        })
    }
}

impl Validate for ImportGroupMemberRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.member_list;
            path.push(Segment::Field("MemberList"));
            out.coded(
                errors::E10005,
                |out| {
                    validate::items(value, Some(1), Some(300), path, out);
                },
            );
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`ImportGroupMember`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportGroupMemberResponse {
    /// The result of each member of the request, in the request's order.
    ///
    /// The document calls the type `Array`.
    pub member_list: Vec<ImportedMemberResult>,
}

impl serde::Serialize for ImportGroupMemberResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ImportGroupMemberResponse", 1)?;
        object.serialize_field("MemberList", &self.member_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportGroupMemberResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportGroupMemberResponse {
    const NAME: &'static str = "ImportGroupMemberResponse";

    fn field(key: &str) -> usize {
        match key {
            "MemberList" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_list_slot: Option<Vec<ImportedMemberResult>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportGroupMemberResponse {
            member_list: member_list_slot
                .ok_or_else(|| A::Error::missing_field("MemberList"))?,
        })
    }
}

/// One member to import (an item of the request's `MemberList`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedGroupMember {
    /// Group member accounts to be imported
    ///
    /// Example: `"tommy"`.
    pub member_account: String,
    /// Role of the group member to be imported. Currently, only Admin is supported. If this field is not specified, the value Member (ordinary user) is used.
    ///
    /// When absent: Member (an ordinary member). Example: `"Admin"`. The document calls the type `String`.
    pub role: Option<GroupMemberRole>,
    /// Time when the group member to be imported joined the group
    ///
    /// When absent: the time of the import. Unit: seconds. Example: `1448357837`. The document calls the type `Integer`.
    pub join_time: Option<i64>,
    /// Unread message count of the member; a count greater than the group's current number of messages is set to that number.
    ///
    /// When absent: 0. Example: `5`. Limits: at least 0. The document calls the type `Integer`.
    pub unread_msg_num: Option<i32>,
}

impl ImportedGroupMember {
    /// A value with the required `Member_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(member_account: impl Into<String>) -> Self {
        ImportedGroupMember {
            member_account: member_account.into(),
            role: None,
            join_time: None,
            unread_msg_num: None,
        }
    }

    /// Sets `Role`.
    pub fn with_role(mut self, role: GroupMemberRole) -> Self {
        self.role = Some(role);
        self
    }

    /// Sets `JoinTime`.
    pub fn with_join_time(mut self, join_time: i64) -> Self {
        self.join_time = Some(join_time);
        self
    }

    /// Sets `UnreadMsgNum`.
    pub fn with_unread_msg_num(mut self, unread_msg_num: i32) -> Self {
        self.unread_msg_num = Some(unread_msg_num);
        self
    }
}

impl serde::Serialize for ImportedGroupMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ImportedGroupMember",
                1 + usize::from(self.role.is_some())
                    + usize::from(self.join_time.is_some())
                    + usize::from(self.unread_msg_num.is_some()),
            )?;
        object.serialize_field("Member_Account", &self.member_account)?;
        encode::optional(&mut object, "Role", &self.role)?;
        encode::optional(&mut object, "JoinTime", &self.join_time)?;
        encode::optional(&mut object, "UnreadMsgNum", &self.unread_msg_num)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportedGroupMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportedGroupMember {
    const NAME: &'static str = "ImportedGroupMember";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "Role" => 1,
            "JoinTime" => 2,
            "UnreadMsgNum" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut role_slot: Option<Option<GroupMemberRole>> = None;
        let mut join_time_slot: Option<Option<i64>> = None;
        let mut unread_msg_num_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut role_slot, "Role", &mut map)?,
                2 => decode::once(&mut join_time_slot, "JoinTime", &mut map)?,
                3 => decode::once(&mut unread_msg_num_slot, "UnreadMsgNum", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportedGroupMember {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            role: role_slot.flatten(),
            join_time: join_time_slot.flatten(),
            unread_msg_num: unread_msg_num_slot.flatten(),
        })
    }
}

impl Validate for ImportedGroupMember {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.role {
            path.push(Segment::Field("Role"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.unread_msg_num {
            path.push(Segment::Field("UnreadMsgNum"));
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

/// What became of one member of an import (an item of the response's `MemberList`).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedMemberResult {
    /// The member's account, as the request named it.
    ///
    /// Example: `"tommy"`.
    pub member_account: String,
    /// The import result: `0` failed; `1` succeeded; `2` already a group member.
    ///
    /// Example: `1`. The document calls the type `Integer`.
    pub result: ImportMemberResult,
}

impl serde::Serialize for ImportedMemberResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ImportedMemberResult", 2)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        object.serialize_field("Result", &self.result)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImportedMemberResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImportedMemberResult {
    const NAME: &'static str = "ImportedMemberResult";

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
        let mut result_slot: Option<ImportMemberResult> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut result_slot, "Result", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImportedMemberResult {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            result: result_slot.ok_or_else(|| A::Error::missing_field("Result"))?,
        })
    }
}

/// What became of one member of an import request.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportMemberResult {
    /// `0`: The member failed to be imported.
    Failed,
    /// `1`: The member was imported.
    Imported,
    /// `2`: The account is already a member of the group.
    AlreadyMember,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl ImportMemberResult {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Failed => 0,
            Self::Imported => 1,
            Self::AlreadyMember => 2,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Failed,
            1 => Self::Imported,
            2 => Self::AlreadyMember,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ImportMemberResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ImportMemberResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}
