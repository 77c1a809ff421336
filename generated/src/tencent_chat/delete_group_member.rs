// Code generated from spec/tencent-chat/delete_group_member.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `DeleteGroupMember`: This API is used by app admins to delete group members.
//!
//! This API is used by app admins to delete group members. A single request deletes up to 100
//! members. By default every member receives a system notification of the deletion, except in
//! a Private (Work) group that has not been activated; `Silence` 1 sends none. Even if an
//! account to delete is not in the group, the API still returns success.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
//! Audio-video groups (AVChatRoom) do not support deleting members: the API returns error 10004
//! for one (admins can batch mute members instead).
//!
//! - HTTP: `POST /v4/group_open_http_svc/delete_group_member`
//! - Request: [`DeleteGroupMemberRequest`]; response payload: [`DeleteGroupMemberResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Deleting Group Members, <https://tencentcloud.com/jp/document/product/1047/34949>
//! - Also from: Deleting Group Members (trtc.io copy, with its section titles), <https://trtc.io/document/34949>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) do not support deleting members; calling it on one returns 10004. (error `10004`)
//! - An account that is not in the group is skipped: the request still succeeds.
//! - By default every member receives a system notification of the deletion, except in a Private (Work) group that has not been activated; `Silence` 1 sends none.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10004` | Invalid parameter; also answered when the group is an audio-video group (AVChatRoom), whose members cannot be deleted. |
//! | `10007` | Insufficient permission; only the app admin may delete group members. |
//! | `10010` | The group does not exist or has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The examples are not valid JSON as the page writes them: each carries `//` comments ("Target group (required)", "Whether to delete members silently (optional)", "Reason for deleting a user from a group (optional)", "List of group members to be deleted. A maximum of 100 members can be deleted."). — *Resolved:* The comments are dropped; what they say is in the fields' descriptions (the 100-member limit is `MemberToDel_Account`'s `max_items`).
//! - The copy of the page read for the import lost its section titles, its feature overview and its call frequency, and ends in the middle of the request table's `Silence` row: the `Reason` and `MemberToDel_Account` rows, the sample response, the response table and the error codes are not in it. The trtc.io copy has the overview, the note on audio-video groups (10004), the 200 calls per second and the basic-format note (up to 100 members; success even for an account not in the group), and is cut at the first example. — *Resolved:* `Reason` and `MemberToDel_Account` are typed from the examples and described from their comments (`MemberToDel_Account` required: every example has it, and it names what the request deletes; `Reason` optional, as its comment says). The response is taken as the bare envelope, as the page shows no other field. The errors are 10004 (the page's note), 10002 (every group API page's), and 10007, 10010 and 10015, the codes the group pages (DestroyGroup's, AddGroupMember's) give for insufficient permission, a missing group and an invalid group ID. Check them against the page when it can be read whole.
//! - Audio-video groups are refused with 10004 (invalid parameter), where the group pages of the other operations (AddGroupMember, GetRoleInGroup) refuse them with 10007. — *Resolved:* The page's 10004.
//! - Facts not on the page as the importer reads them: `Silence`'s default and range (its cut row says "0 : No (default value); 1 : Yes" in prose), `MemberToDel_Account`'s least count, and the `rate_limit` (on the trtc.io copy only). — *Resolved:* `Silence` defaults to 0 and takes 0 or 1, as the row says; `MemberToDel_Account` takes at least one account (a deletion of no one is refused with 10004 before it is sent); 200 calls per second from the trtc.io copy.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `DeleteGroupMember` as a type: it ties [`DeleteGroupMemberRequest`] and [`DeleteGroupMemberResponse`] to the operation's binding, rate limit and errors, for clients (`call::<DeleteGroupMember>`) and servers (`route::<DeleteGroupMember>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DeleteGroupMember;

impl OperationShape for DeleteGroupMember {
    type Service = TencentChat;
    type Input = DeleteGroupMemberRequest;
    type Output = DeleteGroupMemberResponse;
    const OP: Operation = Operation {
        name: "DeleteGroupMember",
        service: &SPEC,
        path: "/v4/group_open_http_svc/delete_group_member",
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

/// The request body of `DeleteGroupMember`.
///
/// The request of [`DeleteGroupMember`](self): This API is used by app admins to delete group members.
///
/// - HTTP: `POST /v4/group_open_http_svc/delete_group_member`
/// - Request: [`DeleteGroupMemberRequest`]; response payload: [`DeleteGroupMemberResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Deleting Group Members, <https://tencentcloud.com/jp/document/product/1047/34949>
/// - Also from: Deleting Group Members (trtc.io copy, with its section titles), <https://trtc.io/document/34949>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupMemberRequest {
    /// ID of the target group.
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
    /// Whether to adopt silent deletion. `0`: no (default value); `1`: yes. Silent deletion means that no member of the group is notified of the deletion.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub silence: Option<i32>,
    /// The reason for deleting the members from the group.
    ///
    /// Example: `"kick reason"`.
    pub reason: Option<String>,
    /// The accounts of the group members to delete. A maximum of 100 members can be deleted per request.
    ///
    /// Example: `["tommy","jared"]`. Limits: 1 to 100 items.
    pub member_to_del_account: Vec<String>,
}

impl DeleteGroupMemberRequest {
    /// A value with the required `GroupId`, `MemberToDel_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, member_to_del_account: Vec<String>) -> Self {
        DeleteGroupMemberRequest {
            group_id: group_id.into(),
            silence: None,
            reason: None,
            member_to_del_account,
        }
    }

    /// Sets `Silence`.
    pub fn with_silence(mut self, silence: i32) -> Self {
        self.silence = Some(silence);
        self
    }

    /// Sets `Reason`.
    pub fn with_reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }

    /// `Silence` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn silence_or_default(&self) -> i32 {
        self.silence.unwrap_or(0)
    }
}

impl serde::Serialize for DeleteGroupMemberRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "DeleteGroupMemberRequest",
                2 + usize::from(self.silence.is_some())
                    + usize::from(self.reason.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "Silence", &self.silence)?;
        encode::optional(&mut object, "Reason", &self.reason)?;
        object.serialize_field("MemberToDel_Account", &self.member_to_del_account)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteGroupMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteGroupMemberRequest {
    const NAME: &'static str = "DeleteGroupMemberRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Silence" => 1,
            "Reason" => 2,
            "MemberToDel_Account" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut silence_slot: Option<Option<i32>> = None;
        let mut reason_slot: Option<Option<String>> = None;
        let mut member_to_del_account_slot: Option<Vec<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut silence_slot, "Silence", &mut map)?,
                2 => decode::once(&mut reason_slot, "Reason", &mut map)?,
                3 => {
                    decode::once(
                        &mut member_to_del_account_slot,
                        "MemberToDel_Account",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(DeleteGroupMemberRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            silence: silence_slot.flatten(),
            reason: reason_slot.flatten(),
            member_to_del_account: member_to_del_account_slot
                .ok_or_else(|| A::Error::missing_field("MemberToDel_Account"))?,
        })
    }
}

impl Validate for DeleteGroupMemberRequest {
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
            let value = &self.member_to_del_account;
            path.push(Segment::Field("MemberToDel_Account"));
            validate::items(value, Some(1), Some(100), path, out);
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`DeleteGroupMember`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupMemberResponse {}

impl serde::Serialize for DeleteGroupMemberResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("DeleteGroupMemberResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteGroupMemberResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteGroupMemberResponse {
    const NAME: &'static str = "DeleteGroupMemberResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(DeleteGroupMemberResponse {})
    }
}
