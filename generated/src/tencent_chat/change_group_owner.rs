// Code generated from spec/tencent-chat/change_group_owner.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ChangeGroupOwner`: This API is used by the app admin to transfer the group ownership to another member.
//!
//! The app admin can call this API to transfer the group ownership to others. For a group
//! without an owner, the app admin can call this API to specify a user as the owner of the
//! group. The new group owner must be a member of the group.
//!
//! Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
//! Audio-video groups (AVChatRoom) do not support the transfer of group ownership: called for
//! one, this API returns error 10007.
//!
//! - HTTP: `POST /v4/group_open_http_svc/change_group_owner`
//! - Request: [`ChangeGroupOwnerRequest`]; response payload: [`ChangeGroupOwnerResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Changing Group Owner, <https://intl.cloud.tencent.com/jp/document/product/1047/34966>
//! - Also from: Changing Group Owner (trtc.io copy, with its section titles), <https://trtc.io/document/34966>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Audio-video groups (AVChatRoom) do not support the transfer of group ownership; calling this API on one returns 10007. (error `10007`)
//! - The new group owner must be a member of the group. (error `10004`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue; also answered when the new owner is not a member of the group. |
//! | `10007` | No operation permissions; also answered when the group is an audio-video group (AVChatRoom), which does not support the transfer of group ownership. |
//! | `10010` | The group does not exist, or it existed but has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The sample request is not valid JSON as the page writes it: it carries `//` comments ("(Required) ID of the group whose ownership is to be transferred", "(Required) ID of the new group owner", "(Optional) Operator designated to transfer group ownership"). — *Resolved:* The comments are dropped; what they say is in the fields' descriptions (`From_Account`'s from its comment, the table's "Specified Operator Account" being terse).
//! - The copy of the page read for the import lost its section titles, its feature overview, the note on audio-video groups and its call frequency line (the trtc.io copy has them), and was cut at the first row of its error code table ("10002 \| A s"). — *Resolved:* The summary, the description, the group types' note (AVChatRoom answers 10007) and the `rate_limit` (200 calls per second, not on the copy read) are the trtc.io copy's. The error codes are those the other group pages list for the same checks (10002, 10003, 10004, 10007, 10010, 10015), in their words.
//! - The page says the new group owner must be a member of the group but not which error a non-member gets. — *Resolved:* Judgement: the spec (and the emulator) answer it with 10004, invalid parameter; the rule names it.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `ChangeGroupOwner` as a type: it ties [`ChangeGroupOwnerRequest`] and [`ChangeGroupOwnerResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ChangeGroupOwner>`) and servers (`route::<ChangeGroupOwner>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ChangeGroupOwner;

impl OperationShape for ChangeGroupOwner {
    type Service = TencentChat;
    type Input = ChangeGroupOwnerRequest;
    type Output = ChangeGroupOwnerResponse;
    const OP: Operation = Operation {
        name: "ChangeGroupOwner",
        service: &SPEC,
        path: "/v4/group_open_http_svc/change_group_owner",
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

/// The request body of `ChangeGroupOwner`.
///
/// The request of [`ChangeGroupOwner`](self): This API is used by the app admin to transfer the group ownership to another member.
///
/// - HTTP: `POST /v4/group_open_http_svc/change_group_owner`
/// - Request: [`ChangeGroupOwnerRequest`]; response payload: [`ChangeGroupOwnerResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Changing Group Owner, <https://intl.cloud.tencent.com/jp/document/product/1047/34966>
/// - Also from: Changing Group Owner (trtc.io copy, with its section titles), <https://trtc.io/document/34966>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeGroupOwnerRequest {
    /// ID of the group whose ownership is to be transferred.
    ///
    /// Example: `"@TGS#1NVTZEAE4"`.
    pub group_id: String,
    /// ID of the new group owner; it must be a member of the group.
    ///
    /// Example: `"peter"`.
    pub new_owner_account: String,
    /// Specified operator account (the operator designated to transfer group ownership).
    ///
    /// Example: `"emily"`.
    pub from_account: Option<String>,
}

impl ChangeGroupOwnerRequest {
    /// A value with the required `GroupId`, `NewOwner_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        group_id: impl Into<String>,
        new_owner_account: impl Into<String>,
    ) -> Self {
        ChangeGroupOwnerRequest {
            group_id: group_id.into(),
            new_owner_account: new_owner_account.into(),
            from_account: None,
        }
    }

    /// Sets `From_Account`.
    pub fn with_from_account(mut self, from_account: impl Into<String>) -> Self {
        self.from_account = Some(from_account.into());
        self
    }
}

impl serde::Serialize for ChangeGroupOwnerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ChangeGroupOwnerRequest",
                2 + usize::from(self.from_account.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("NewOwner_Account", &self.new_owner_account)?;
        encode::optional(&mut object, "From_Account", &self.from_account)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChangeGroupOwnerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ChangeGroupOwnerRequest {
    const NAME: &'static str = "ChangeGroupOwnerRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "NewOwner_Account" => 1,
            "From_Account" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut new_owner_account_slot: Option<String> = None;
        let mut from_account_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => {
                    decode::once(
                        &mut new_owner_account_slot,
                        "NewOwner_Account",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut from_account_slot, "From_Account", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ChangeGroupOwnerRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            new_owner_account: new_owner_account_slot
                .ok_or_else(|| A::Error::missing_field("NewOwner_Account"))?,
            from_account: from_account_slot.flatten(),
        })
    }
}

impl Validate for ChangeGroupOwnerRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`ChangeGroupOwner`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeGroupOwnerResponse {}

impl serde::Serialize for ChangeGroupOwnerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ChangeGroupOwnerResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChangeGroupOwnerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ChangeGroupOwnerResponse {
    const NAME: &'static str = "ChangeGroupOwnerResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ChangeGroupOwnerResponse {})
    }
}
