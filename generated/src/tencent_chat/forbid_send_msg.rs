// Code generated from spec/tencent-chat/forbid_send_msg.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ForbidSendMsg`: This API is used by the app admin to mute or unmute group members in bulk.
//!
//! The app admin can mute certain group members for a specific period of time, and unmute
//! certain group members (a muting period of 0). When muted users leave and then enter the
//! group again, they remain muted.
//!
//! Applicable group types: Public, ChatRoom (Meeting), AVChatRoom and Community. Private
//! groups (Work groups in the new version) do not support muting members.
//!
//! - HTTP: `POST /v4/group_open_http_svc/forbid_send_msg`
//! - Request: [`ForbidSendMsgRequest`]; response payload: [`ForbidSendMsgResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Source: Muting and Unmuting Group Members, <https://intl.cloud.tencent.com/document/product/1047/34951>
//! - Also from: Bulk Muting and Unmuting (trtc.io copy, with its section titles), <https://trtc.io/document/34951>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Private (Work) groups do not support muting members; calling this API on one returns 10007. (error `10007`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue. |
//! | `10007` | No operation permissions; also answered when the group is a Private (Work) group, whose members cannot be muted. |
//! | `10010` | The group does not exist, or it existed but has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The sample requests are not valid JSON as the page writes them: they carry `//` comments ("Support a maximum of 500 accounts.", "Set the muting period in seconds.", "The 0 value indicates that muting is canceled."). — *Resolved:* The comments are dropped; what they say is in the fields' descriptions.
//! - The copy of the page read for the import lost its section titles and feature description, and was cut in its response example; it has no response table and no error codes. Its request table has an `Attribute` column (Required) the importer did not read as the required column, and describes `GroupId` as "The ID of the group to be queried", copied from another page. Its group types table still lists the retired BChatRoom in its note and lacks Community. — *Resolved:* The request fields are the table's (read by the importer as the response's: the response has no `GroupId`, `Members_Account` or `ShutUpTime`), all required as its `Attribute` column says; `Members_Account` is a `list<string>` of accounts as the examples show, `ShutUpTime` an i64; `GroupId`'s description says what this API does with it. The summary, description, group types (Community included) and the `rate_limit` (200 calls per second, as the copy's prose also says) are the trtc.io copy's. The response is taken as the bare envelope (the mute example's response, `ActionStatus` OK, is written from it), as the other group write operations answer, and the error codes are those the other group pages list for the same checks (10002, 10003, 10004, 10007, 10010, 10015).
//! - The page does not say which error a Private group gets, whether a period can be negative, or what happens to an account that is not in the group. — *Resolved:* Judgement: a Private group is refused with 10007 (as other group types an API does not support are); `ShutUpTime` is at least 0 and an i64 so any period fits; accounts not in the group are skipped, as `DeleteGroupMember`'s page says for its list.

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `ForbidSendMsg` as a type: it ties [`ForbidSendMsgRequest`] and [`ForbidSendMsgResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ForbidSendMsg>`) and servers (`route::<ForbidSendMsg>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ForbidSendMsg;

impl OperationShape for ForbidSendMsg {
    type Service = TencentChat;
    type Input = ForbidSendMsgRequest;
    type Output = ForbidSendMsgResponse;
    const OP: Operation = Operation {
        name: "ForbidSendMsg",
        service: &SPEC,
        path: "/v4/group_open_http_svc/forbid_send_msg",
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

/// The request body of `ForbidSendMsg`.
///
/// The request of [`ForbidSendMsg`](self): This API is used by the app admin to mute or unmute group members in bulk.
///
/// - HTTP: `POST /v4/group_open_http_svc/forbid_send_msg`
/// - Request: [`ForbidSendMsgRequest`]; response payload: [`ForbidSendMsgResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Source: Muting and Unmuting Group Members, <https://intl.cloud.tencent.com/document/product/1047/34951>
/// - Also from: Bulk Muting and Unmuting (trtc.io copy, with its section titles), <https://trtc.io/document/34951>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForbidSendMsgRequest {
    /// The ID of the group whose members are muted or unmuted.
    ///
    /// Example: `"@TGS#2C5SZEAEF"`.
    pub group_id: String,
    /// User accounts to be muted. Up to 500 accounts can be muted.
    ///
    /// Example: `["peter","leckie"]`. Limits: 1 to 500 items. The document calls the type `Array`.
    pub members_account: Vec<String>,
    /// The muting period in seconds. The 0 value indicates that muting is canceled.
    ///
    /// Example: `60`. Limits: at least 0. The document calls the type `Integer`.
    pub shut_up_time: i64,
}

impl ForbidSendMsgRequest {
    /// A value with the required `GroupId`, `Members_Account`, `ShutUpTime`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        group_id: impl Into<String>,
        members_account: Vec<String>,
        shut_up_time: i64,
    ) -> Self {
        ForbidSendMsgRequest {
            group_id: group_id.into(),
            members_account,
            shut_up_time,
        }
    }
}

impl serde::Serialize for ForbidSendMsgRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ForbidSendMsgRequest", 3)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("Members_Account", &self.members_account)?;
        object.serialize_field("ShutUpTime", &self.shut_up_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ForbidSendMsgRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ForbidSendMsgRequest {
    const NAME: &'static str = "ForbidSendMsgRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Members_Account" => 1,
            "ShutUpTime" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut members_account_slot: Option<Vec<String>> = None;
        let mut shut_up_time_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => {
                    decode::once(&mut members_account_slot, "Members_Account", &mut map)?
                }
                2 => decode::once(&mut shut_up_time_slot, "ShutUpTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ForbidSendMsgRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            members_account: members_account_slot
                .ok_or_else(|| A::Error::missing_field("Members_Account"))?,
            shut_up_time: shut_up_time_slot
                .ok_or_else(|| A::Error::missing_field("ShutUpTime"))?,
        })
    }
}

impl Validate for ForbidSendMsgRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.members_account;
            path.push(Segment::Field("Members_Account"));
            validate::items(value, Some(1), Some(500), path, out);
            path.pop();
        }
        {
            let value = &self.shut_up_time;
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
/// The payload of a successful [`ForbidSendMsg`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForbidSendMsgResponse {}

impl serde::Serialize for ForbidSendMsgResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ForbidSendMsgResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ForbidSendMsgResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ForbidSendMsgResponse {
    const NAME: &'static str = "ForbidSendMsgResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ForbidSendMsgResponse {})
    }
}
