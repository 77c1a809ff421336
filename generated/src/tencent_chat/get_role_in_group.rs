// Code generated from spec/tencent-chat/get_role_in_group.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetRoleInGroup`: This API is used by the app admin to batch obtain the roles of users in a group.
//!
//! This API is used by the app admin to batch obtain the roles of users in a group: for each
//! account asked about, `Owner`, `Admin`, `Member`, or `NotMember` when the account is not in
//! the group.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
//! Audio-video groups (AVChatRoom) do not support this API: called for one it returns error
//! 10007; the API for getting group member profiles gives their members' roles instead.
//!
//! - HTTP: `POST /v4/group_open_http_svc/get_role_in_group`
//! - Request: [`GetRoleInGroupRequest`]; response payload: [`GetRoleInGroupResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Querying the Roles of Users in a Group, <https://tencentcloud.com/document/product/1047/34963>
//! - Also from: Querying the Roles of Users in a Group (trtc.io copy, with its section titles), <https://trtc.io/document/34963>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) do not support this API; calling it on one returns 10007. (error `10007`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | Insufficient permission; also answered when the group is an audio-video group (AVChatRoom), which does not support this API. |
//! | `10010` | The group does not exist or has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The examples are not valid JSON as the page writes them: each carries `//` comments ("Up to 500 member accounts are supported", "Result", "Member role: Owner/Admin/Member/NotMember"). — *Resolved:* The comments are dropped; what they say is in the fields' descriptions.
//! - The sample request's caption ("Obtain the list of groups a user has joined…") describes another API; the request itself asks for roles in one group. — *Resolved:* The example's description says what the request does.
//! - The copy of the page read for the import lost its section titles and its feature overview (the trtc.io copy has them: the summary and the 200 calls per second are from it), and was cut at the start of its error code table; the page's prose names 10007 for audio-video groups. The `rate_limit` is not on the copy read: the trtc.io copy's 200 calls per second. — *Resolved:* The errors are 10007 (the page's note), 10002 and 10004 (every group API page's, see service.yaml), and 10010 and 10015, the codes the group pages (DestroyGroup's, AddGroupMember's) give for a missing group and an invalid group ID. Check them against the page's table when it can be read whole.
//! - The response table types `UserIdList` as `Array` without saying what its items hold; only the example shows them (`Member_Account`, `Role`). — *Resolved:* The items are `UserRoleInGroup`, read from the example; `Role` is an enum.
//! - `User_Account`'s least count is not on the page. — *Resolved:* `min_items: 1`: a query naming no account asks nothing (refused with 10004 before it is sent).

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `GetRoleInGroup` as a type: it ties [`GetRoleInGroupRequest`] and [`GetRoleInGroupResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetRoleInGroup>`) and servers (`route::<GetRoleInGroup>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetRoleInGroup;

impl OperationShape for GetRoleInGroup {
    type Service = TencentChat;
    type Input = GetRoleInGroupRequest;
    type Output = GetRoleInGroupResponse;
    const OP: Operation = Operation {
        name: "GetRoleInGroup",
        service: &SPEC,
        path: "/v4/group_open_http_svc/get_role_in_group",
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

/// The request body of `GetRoleInGroup`.
///
/// The request of [`GetRoleInGroup`](self): This API is used by the app admin to batch obtain the roles of users in a group.
///
/// - HTTP: `POST /v4/group_open_http_svc/get_role_in_group`
/// - Request: [`GetRoleInGroupRequest`]; response payload: [`GetRoleInGroupResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Querying the Roles of Users in a Group, <https://tencentcloud.com/document/product/1047/34963>
/// - Also from: Querying the Roles of Users in a Group (trtc.io copy, with its section titles), <https://trtc.io/document/34963>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleInGroupRequest {
    /// The ID of the group to be queried.
    ///
    /// Example: `"@TGS#2C5SZEAEF"`.
    pub group_id: String,
    /// User accounts to be queried. Up to 500 accounts are supported.
    ///
    /// Example: `["leckie","peter","wesley"]`. Limits: 1 to 500 items. The document calls the type `Array`.
    pub user_account: Vec<String>,
}

impl GetRoleInGroupRequest {
    /// A value with the required `GroupId`, `User_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, user_account: Vec<String>) -> Self {
        GetRoleInGroupRequest {
            group_id: group_id.into(),
            user_account,
        }
    }
}

impl serde::Serialize for GetRoleInGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetRoleInGroupRequest", 2)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("User_Account", &self.user_account)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetRoleInGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetRoleInGroupRequest {
    const NAME: &'static str = "GetRoleInGroupRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "User_Account" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut user_account_slot: Option<Vec<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut user_account_slot, "User_Account", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetRoleInGroupRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            user_account: user_account_slot
                .ok_or_else(|| A::Error::missing_field("User_Account"))?,
        })
    }
}

impl Validate for GetRoleInGroupRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.user_account;
            path.push(Segment::Field("User_Account"));
            validate::items(value, Some(1), Some(500), path, out);
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`GetRoleInGroup`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleInGroupResponse {
    /// Member roles that are pulled, including Owner, Admin, Member, and NotMember: one item per account of `User_Account`.
    ///
    /// The document calls the type `Array`.
    pub user_id_list: Vec<UserRoleInGroup>,
}

impl serde::Serialize for GetRoleInGroupResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetRoleInGroupResponse", 1)?;
        object.serialize_field("UserIdList", &self.user_id_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetRoleInGroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetRoleInGroupResponse {
    const NAME: &'static str = "GetRoleInGroupResponse";

    fn field(key: &str) -> usize {
        match key {
            "UserIdList" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_list_slot: Option<Vec<UserRoleInGroup>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_list_slot, "UserIdList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetRoleInGroupResponse {
            user_id_list: user_id_list_slot
                .ok_or_else(|| A::Error::missing_field("UserIdList"))?,
        })
    }
}

/// One queried account's role (an item of the response's `UserIdList`).
#[derive(Debug, Clone, PartialEq)]
pub struct UserRoleInGroup {
    /// The queried account.
    ///
    /// Example: `"leckie"`.
    pub member_account: String,
    /// The account's role: `Owner`, `Admin`, `Member` or `NotMember`.
    ///
    /// Example: `"Owner"`. The document calls the type `String`.
    pub role: RoleInGroup,
}

impl serde::Serialize for UserRoleInGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UserRoleInGroup", 2)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        object.serialize_field("Role", &self.role)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UserRoleInGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UserRoleInGroup {
    const NAME: &'static str = "UserRoleInGroup";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "Role" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut role_slot: Option<RoleInGroup> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut role_slot, "Role", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UserRoleInGroup {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            role: role_slot.ok_or_else(|| A::Error::missing_field("Role"))?,
        })
    }
}

/// An account's role in a group, or that it is not a member.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleInGroup {
    /// `"Owner"`: The group owner.
    Owner,
    /// `"Admin"`: A group admin.
    Admin,
    /// `"Member"`: An ordinary member.
    Member,
    /// `"NotMember"`: The account is not in the group.
    NotMember,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl RoleInGroup {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "Owner",
            Self::Admin => "Admin",
            Self::Member => "Member",
            Self::NotMember => "NotMember",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for RoleInGroup {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Owner" => Self::Owner,
            "Admin" => Self::Admin,
            "Member" => Self::Member,
            "NotMember" => Self::NotMember,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for RoleInGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RoleInGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
