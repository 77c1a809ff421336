// Code generated from spec/tencent-chat/ban_group_member.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BanGroupMember`: This API is used to ban a member of an audio-video group.
//!
//! This API is used to ban a member of an audio-video group. A banned member cannot receive
//! messages nor rejoin the audio-video group during the ban duration.
//!
//! Audio-video group member banning is supported by SDK Enhanced edition v6.6 or later and web
//! SDK v2.22.0 or later. To use it, you need to purchase the Premium edition and enable
//! Audio-video group member banning in the console's group feature configuration.
//!
//! Applicable group types: AVChatRoom only.
//!
//! - HTTP: `POST /v4/group_open_http_svc/ban_group_member`
//! - Request: [`BanGroupMemberRequest`]; response payload: [`BanGroupMemberResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `AVChatRoom` only
//! - Source: Banning Group Members, <https://www.tencentcloud.com/document/product/1047/50296>
//! - Also from: 群成员封禁 (Chinese copy, cut in its error code table), <https://www.tencentcloud.com/zh/document/product/1047/50296>
//! - Also from: Banning Group Members (trtc.io copy), <https://trtc.io/document/50296>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Only audio-video groups (AVChatRoom) support banning members. (error `10007`)
//! - A banned member leaves the group and cannot rejoin it nor receive its messages until the ban ends; `UnbanGroupMember` ends it early and `GetGroupBanMember` lists it.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10005` | Named by the Chinese page's error table, whose description is cut; taken as the group pages' "too many members in the request" (more than 20 accounts here). |
//! | `10007` | No operation permissions; also answered for a group type this API does not support. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The sample request is not JSON: it carries `//` comments and writes the accounts as `[brennanli3", "brennanli12]`, the quotes misplaced. — *Resolved:* The example is the sample without the comments and with `["brennanli3", "brennanli12"]`, as the table's Array of account IDs says.
//! - No copy read shows the whole error table: the English copies end at the response table, the Chinese copy lists 10002, 10003, 10004 and then `10005` with its description cut. — *Resolved:* 10002 to 10005 as the Chinese copy names them, 10005 taken as the group pages' code for too many members in a request (more than 20 accounts; the constraint answers it); 10007, 10010 and 10015 as the other group pages give them for the same checks (judgement).
//! - The page does not say what a ban does to a member still in the group, whether an account not in the group can be banned, nor what a `Duration` of 0 means. — *Resolved:* Judgement, as the emulator does it: the ban removes the member from the group (a banned member cannot receive the group's messages), any account can be banned, and a `Duration` of 0 is a ban that has already ended. `Duration` is a u32 as the table says.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `BanGroupMember` as a type: it ties [`BanGroupMemberRequest`] and [`BanGroupMemberResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BanGroupMember>`) and servers (`route::<BanGroupMember>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BanGroupMember;

impl OperationShape for BanGroupMember {
    type Service = TencentChat;
    type Input = BanGroupMemberRequest;
    type Output = BanGroupMemberResponse;
    const OP: Operation = Operation {
        name: "BanGroupMember",
        service: &SPEC,
        path: "/v4/group_open_http_svc/ban_group_member",
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

/// The request body of `BanGroupMember`.
///
/// The request of [`BanGroupMember`](self): This API is used to ban a member of an audio-video group.
///
/// - HTTP: `POST /v4/group_open_http_svc/ban_group_member`
/// - Request: [`BanGroupMemberRequest`]; response payload: [`BanGroupMemberResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `AVChatRoom` only
/// - Source: Banning Group Members, <https://www.tencentcloud.com/document/product/1047/50296>
/// - Also from: 群成员封禁 (Chinese copy, cut in its error code table), <https://www.tencentcloud.com/zh/document/product/1047/50296>
/// - Also from: Banning Group Members (trtc.io copy), <https://trtc.io/document/50296>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BanGroupMemberRequest {
    /// ID of the group whose members are to be banned
    ///
    /// Example: `"@TGS#aJRGC4MH6"`.
    pub group_id: String,
    /// Account IDs of the members to be banned. Up to 20 account IDs are supported per request.
    ///
    /// Example: `["brennanli3","brennanli12"]`. Limits: 1 to 20 items (else error `10005`). The document calls the type `Array`.
    pub members_account: Vec<String>,
    /// Ban duration, in seconds. It is a 32-bit unsigned integer.
    ///
    /// Unit: seconds. Example: `3600`. The document calls the type `Integer`.
    pub duration: u32,
    /// Ban information, which can be up to 1,000 bytes in length
    ///
    /// When absent: no ban information. Example: `"you are banned because of irregularities"`. Limits: at most 1000 UTF-8 bytes (else error `10004`).
    pub description: Option<String>,
}

impl BanGroupMemberRequest {
    /// A value with the required `GroupId`, `Members_Account`, `Duration`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        group_id: impl Into<String>,
        members_account: Vec<String>,
        duration: u32,
    ) -> Self {
        BanGroupMemberRequest {
            group_id: group_id.into(),
            members_account,
            duration,
            description: None,
        }
    }

    /// Sets `Description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
}

impl serde::Serialize for BanGroupMemberRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BanGroupMemberRequest",
                3 + usize::from(self.description.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("Members_Account", &self.members_account)?;
        object.serialize_field("Duration", &self.duration)?;
        encode::optional(&mut object, "Description", &self.description)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BanGroupMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BanGroupMemberRequest {
    const NAME: &'static str = "BanGroupMemberRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Members_Account" => 1,
            "Duration" => 2,
            "Description" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut members_account_slot: Option<Vec<String>> = None;
        let mut duration_slot: Option<u32> = None;
        let mut description_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => {
                    decode::once(&mut members_account_slot, "Members_Account", &mut map)?
                }
                2 => decode::once(&mut duration_slot, "Duration", &mut map)?,
                3 => decode::once(&mut description_slot, "Description", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BanGroupMemberRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            members_account: members_account_slot
                .ok_or_else(|| A::Error::missing_field("Members_Account"))?,
            duration: duration_slot.ok_or_else(|| A::Error::missing_field("Duration"))?,
            description: description_slot.flatten(),
        })
    }
}

impl Validate for BanGroupMemberRequest {
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
        if let Some(value) = &self.description {
            path.push(Segment::Field("Description"));
            out.coded(
                errors::E10004,
                |out| {
                    validate::length(
                        value,
                        None,
                        Some(1000),
                        validate::LengthUnit::Bytes,
                        path,
                        out,
                    );
                },
            );
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`BanGroupMember`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BanGroupMemberResponse {}

impl serde::Serialize for BanGroupMemberResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("BanGroupMemberResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for BanGroupMemberResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BanGroupMemberResponse {
    const NAME: &'static str = "BanGroupMemberResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(BanGroupMemberResponse {})
    }
}
