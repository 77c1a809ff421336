// Code generated from spec/tencent-chat/set_unread_msg_num.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `SetUnreadMsgNum`: This API is used by app admins to set the unread message count of a group member.
//!
//! This document is only for users who are migrating their apps to Tencent Cloud IM.
//!
//! This API is used by app admins to set the unread message count of a group member. When this API is called, no callback is triggered and no notification is sent.
//!
//! When you are migrating your app from another IM system to Tencent Cloud IM, you can use this API to set the unread message count of group members.
//!
//! ChatRoom and AVChatroom (audio-video) groups do not support unread message counts. Therefore, you cannot set an unread message count for members of these two group types. If you try to do so, no error will be returned.
//!
//! An app administrator sets how many of a group's messages one member has not read (for a migration); a count above the group's number of messages becomes that number. Meeting (ChatRoom) and audio-video groups have no unread counts: the call succeeds and changes nothing.
//!
//! - HTTP: `POST /v4/group_open_http_svc/set_unread_msg_num`
//! - Request: [`SetUnreadMsgNumRequest`]; response payload: [`SetUnreadMsgNumResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `Community` only
//! - Source: Setting the Unread Message Count of a Member, <https://www.tencentcloud.com/document/product/1047/34909>
//! - Also from: Configuring Unread Message Counts (international page, 2020), <https://intl.cloud.tencent.com/document/product/1047/34909>
//! - Also from: Tencent Cloud Chat OpenAPI description (SetUnreadMsgNumRequest), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Only an app administrator may set unread counts. (error `10007`)
//! - The account must be a member of the group. (error `10004`)
//! - An unread count greater than the group's current number of messages is set to that number.
//! - Meeting (ChatRoom) and audio-video (AVChatRoom) groups have no unread counts: the call changes nothing there and returns no error.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue; also answered for a `Member_Account` that is not a member of the group. |
//! | `10007` | No operation permissions; the caller is not an app admin. |
//! | `10010` | The group does not exist, or it existed but has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The sample request is not valid JSON as the page writes it: its fields carry `//` comments ("Target group (required)", "Target group member (required)", "Unread message count of the target member"). — *Resolved:* The comments are dropped; the table says the same.
//! - The copies disagree on meeting groups: a July 2020 page says ChatRoom is supported while its note says ChatRoom has no unread counts; the March 2020 page and the current pages say ChatRoom is not supported, without an error. The March 2020 page also lists BChatRoom and no Community. — *Resolved:* The current pages: Private, Public and Community (`applies_to`); on ChatRoom and AVChatRoom groups the call succeeds and changes nothing (a rule).
//! - The copies read are cut at the head of the error-code table; no code could be read. — *Resolved:* The error codes are those the other group pages list for the same checks (10002, 10003, 10004, 10007, 10010, 10015).
//! - The page does not say what an account that is not a member gets, nor whether the count may be negative (a minimum not on the page); it types `UnreadMsgNum` "Integer". — *Resolved:* Judgement: a non-member is 10004, as ChangeGroupOwner answers for a new owner who is not a member; `UnreadMsgNum` is an i64 of at least 0.

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `SetUnreadMsgNum` as a type: it ties [`SetUnreadMsgNumRequest`] and [`SetUnreadMsgNumResponse`] to the operation's binding, rate limit and errors, for clients (`call::<SetUnreadMsgNum>`) and servers (`route::<SetUnreadMsgNum>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SetUnreadMsgNum;

impl OperationShape for SetUnreadMsgNum {
    type Service = TencentChat;
    type Input = SetUnreadMsgNumRequest;
    type Output = SetUnreadMsgNumResponse;
    const OP: Operation = Operation {
        name: "SetUnreadMsgNum",
        service: &SPEC,
        path: "/v4/group_open_http_svc/set_unread_msg_num",
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

/// The request body of `SetUnreadMsgNum`.
///
/// The request of [`SetUnreadMsgNum`](self): This API is used by app admins to set the unread message count of a group member.
///
/// - HTTP: `POST /v4/group_open_http_svc/set_unread_msg_num`
/// - Request: [`SetUnreadMsgNumRequest`]; response payload: [`SetUnreadMsgNumResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `Community` only
/// - Source: Setting the Unread Message Count of a Member, <https://www.tencentcloud.com/document/product/1047/34909>
/// - Also from: Configuring Unread Message Counts (international page, 2020), <https://intl.cloud.tencent.com/document/product/1047/34909>
/// - Also from: Tencent Cloud Chat OpenAPI description (SetUnreadMsgNumRequest), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetUnreadMsgNumRequest {
    /// ID of the target group
    ///
    /// Example: `"@TGS#2CLUZEAEJ"`.
    pub group_id: String,
    /// Target group member
    ///
    /// Example: `"bob"`.
    pub member_account: String,
    /// Unread message count of the target member
    ///
    /// Example: `5`. Limits: at least 0. The document calls the type `Integer`.
    pub unread_msg_num: i64,
}

impl SetUnreadMsgNumRequest {
    /// A value with the required `GroupId`, `Member_Account`, `UnreadMsgNum`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        group_id: impl Into<String>,
        member_account: impl Into<String>,
        unread_msg_num: i64,
    ) -> Self {
        SetUnreadMsgNumRequest {
            group_id: group_id.into(),
            member_account: member_account.into(),
            unread_msg_num,
        }
    }
}

impl serde::Serialize for SetUnreadMsgNumRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("SetUnreadMsgNumRequest", 3)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        object.serialize_field("UnreadMsgNum", &self.unread_msg_num)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for SetUnreadMsgNumRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SetUnreadMsgNumRequest {
    const NAME: &'static str = "SetUnreadMsgNumRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Member_Account" => 1,
            "UnreadMsgNum" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut member_account_slot: Option<String> = None;
        let mut unread_msg_num_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                2 => decode::once(&mut unread_msg_num_slot, "UnreadMsgNum", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(SetUnreadMsgNumRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            unread_msg_num: unread_msg_num_slot
                .ok_or_else(|| A::Error::missing_field("UnreadMsgNum"))?,
        })
    }
}

impl Validate for SetUnreadMsgNumRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.unread_msg_num;
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

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`SetUnreadMsgNum`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetUnreadMsgNumResponse {}

impl serde::Serialize for SetUnreadMsgNumResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("SetUnreadMsgNumResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for SetUnreadMsgNumResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SetUnreadMsgNumResponse {
    const NAME: &'static str = "SetUnreadMsgNumResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(SetUnreadMsgNumResponse {})
    }
}
