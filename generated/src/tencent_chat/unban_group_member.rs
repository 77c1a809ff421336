// Code generated from spec/tencent-chat/unban_group_member.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `UnbanGroupMember`: This API is used to unban a member of an audio-video group.
//!
//! This API is used to unban a member of an audio-video group. An unbanned member can rejoin
//! the audio-video group to receive messages.
//!
//! Applicable group types: AVChatRoom only.
//!
//! - HTTP: `POST /v4/group_open_http_svc/unban_group_member`
//! - Request: [`UnbanGroupMemberRequest`]; response payload: [`UnbanGroupMemberResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `AVChatRoom` only
//! - Source: Unbanning Group Members, <https://trtc.io/document/50297>
//! - Also from: Unbanning Group Members (tencentcloud.com copy, updated 2024-02-07), <https://www.tencentcloud.com/document/product/1047/50297>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Only audio-video groups (AVChatRoom) support unbanning members. (error `10007`)
//! - An unbanned account may rejoin the group; it is no longer listed by `GetGroupBanMember`.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10005` | Too many members in the request (more than 20 accounts). |
//! | `10007` | No operation permissions; also answered for a group type this API does not support. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - Every copy read was cut inside the sample request (after "Up to 20 account IDs"): the request and response tables, the sample response and the error codes were not read. The sample writes the accounts as `[brennanli3", "brennanli12]` and carries `//` comments. — *Resolved:* The request is the sample's two fields (`GroupId`, `Members_Account` of 1 to 20 accounts, as the sample's comment says), the answer the bare envelope, and the error codes those of `BanGroupMember`'s page: the same service, judgement to be checked against a full copy. The console note says "disable" banning where the other two pages say "enable"; the feature must be on for both.
//! - The page does not say what unbanning an account that is not banned does. — *Resolved:* Judgement, as the emulator does it: it is skipped and the call succeeds.

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `UnbanGroupMember` as a type: it ties [`UnbanGroupMemberRequest`] and [`UnbanGroupMemberResponse`] to the operation's binding, rate limit and errors, for clients (`call::<UnbanGroupMember>`) and servers (`route::<UnbanGroupMember>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct UnbanGroupMember;

impl OperationShape for UnbanGroupMember {
    type Service = TencentChat;
    type Input = UnbanGroupMemberRequest;
    type Output = UnbanGroupMemberResponse;
    const OP: Operation = Operation {
        name: "UnbanGroupMember",
        service: &SPEC,
        path: "/v4/group_open_http_svc/unban_group_member",
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

/// The request body of `UnbanGroupMember`.
///
/// The request of [`UnbanGroupMember`](self): This API is used to unban a member of an audio-video group.
///
/// - HTTP: `POST /v4/group_open_http_svc/unban_group_member`
/// - Request: [`UnbanGroupMemberRequest`]; response payload: [`UnbanGroupMemberResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `AVChatRoom` only
/// - Source: Unbanning Group Members, <https://trtc.io/document/50297>
/// - Also from: Unbanning Group Members (tencentcloud.com copy, updated 2024-02-07), <https://www.tencentcloud.com/document/product/1047/50297>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnbanGroupMemberRequest {
    /// ID of the group whose members are to be unbanned
    ///
    /// Example: `"@TGS#aJRGC4MH6"`.
    pub group_id: String,
    /// Account IDs of the members to be unbanned. Up to 20 account IDs are supported per request.
    ///
    /// Example: `["brennanli3","brennanli12"]`. Limits: 1 to 20 items (else error `10005`). The document calls the type `Array`.
    pub members_account: Vec<String>,
}

impl UnbanGroupMemberRequest {
    /// A value with the required `GroupId`, `Members_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, members_account: Vec<String>) -> Self {
        UnbanGroupMemberRequest {
            group_id: group_id.into(),
            members_account,
        }
    }
}

impl serde::Serialize for UnbanGroupMemberRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("UnbanGroupMemberRequest", 2)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("Members_Account", &self.members_account)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for UnbanGroupMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UnbanGroupMemberRequest {
    const NAME: &'static str = "UnbanGroupMemberRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Members_Account" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut members_account_slot: Option<Vec<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => {
                    decode::once(&mut members_account_slot, "Members_Account", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(UnbanGroupMemberRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            members_account: members_account_slot
                .ok_or_else(|| A::Error::missing_field("Members_Account"))?,
        })
    }
}

impl Validate for UnbanGroupMemberRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.members_account;
            path.push(Segment::Field("Members_Account"));
            out.coded(
                errors::E10005,
                |out| {
                    validate::items(value, Some(1), Some(20), path, out);
                },
            );
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`UnbanGroupMember`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnbanGroupMemberResponse {}

impl serde::Serialize for UnbanGroupMemberResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("UnbanGroupMemberResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for UnbanGroupMemberResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for UnbanGroupMemberResponse {
    const NAME: &'static str = "UnbanGroupMemberResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(UnbanGroupMemberResponse {})
    }
}
