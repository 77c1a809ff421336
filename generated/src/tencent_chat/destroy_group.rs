// Code generated from spec/tencent-chat/destroy_group.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `DestroyGroup`: This API is used by the app admin to disband a group.
//!
//! This API is used by the app admin to disband a group. Disbanding is irrevocable: call it
//! with caution.
//!
//! Applicable group types: all of them, Private (Work), Public, ChatRoom (Meeting), AVChatRoom
//! and Community.
//!
//! - HTTP: `POST /v4/group_open_http_svc/destroy_group`
//! - Request: [`DestroyGroupRequest`]; response payload: [`DestroyGroupResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Source: 解散群组, <https://tencentcloud.com/zh/document/product/1047/34896>
//! - Also from: Disbanding a Group, <https://trtc.io/document/34896>
//!
//! # Rules the server enforces
//!
//! - The group must exist; once disbanded it is gone, and every later call naming it (this one included) answers 10010. (error `10010`)
//! - Only the app admin may disband a group. (error `10007`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | No operation permissions: only the app admin may disband a group. |
//! | `10010` | The group does not exist, or it existed but has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The English page's request table describes `GroupId` as "The ID of the Group whose historical messages will be modified", a description copied from another page; the Chinese page says 操作的群 ID (the ID of the group operated on). — *Resolved:* The Chinese page's meaning.
//! - The copy of the Chinese page read for the import lost its section titles, its feature overview and its call frequency line; the copy of the English page was cut before its error codes. — *Resolved:* The error codes are the Chinese page's; the summary, the `rate_limit` (200 calls per second, not on the Chinese copy) and the group types are the English page's, which agree with the Chinese table.
//! - The Chinese page describes its error codes in Chinese (10002, 10003, 10004, 10007, 10010, 10015). — *Resolved:* Each description is an English rendering of the page's, in the words the other group operations use; 10007's names the case this operation has (only the app admin).

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `DestroyGroup` as a type: it ties [`DestroyGroupRequest`] and [`DestroyGroupResponse`] to the operation's binding, rate limit and errors, for clients (`call::<DestroyGroup>`) and servers (`route::<DestroyGroup>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DestroyGroup;

impl OperationShape for DestroyGroup {
    type Service = TencentChat;
    type Input = DestroyGroupRequest;
    type Output = DestroyGroupResponse;
    const OP: Operation = Operation {
        name: "DestroyGroup",
        service: &SPEC,
        path: "/v4/group_open_http_svc/destroy_group",
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

/// The request body of `DestroyGroup`.
///
/// The request of [`DestroyGroup`](self): This API is used by the app admin to disband a group.
///
/// - HTTP: `POST /v4/group_open_http_svc/destroy_group`
/// - Request: [`DestroyGroupRequest`]; response payload: [`DestroyGroupResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Source: 解散群组, <https://tencentcloud.com/zh/document/product/1047/34896>
/// - Also from: Disbanding a Group, <https://trtc.io/document/34896>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DestroyGroupRequest {
    /// ID of the group to disband (操作的群 ID).
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
}

impl DestroyGroupRequest {
    /// A value with the required `GroupId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>) -> Self {
        DestroyGroupRequest {
            group_id: group_id.into(),
        }
    }
}

impl serde::Serialize for DestroyGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("DestroyGroupRequest", 1)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for DestroyGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DestroyGroupRequest {
    const NAME: &'static str = "DestroyGroupRequest";

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
        Ok(DestroyGroupRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
        })
    }
}

impl Validate for DestroyGroupRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`DestroyGroup`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DestroyGroupResponse {}

impl serde::Serialize for DestroyGroupResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("DestroyGroupResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for DestroyGroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DestroyGroupResponse {
    const NAME: &'static str = "DestroyGroupResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(DestroyGroupResponse {})
    }
}
