// Code generated from spec/tencent-chat/send_group_system_notification.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `SendGroupSystemNotification`: This API is used by app admins to push system notifications to group chats.
//!
//! This API is used by app admins to push system notifications to group chats.
//!
//! A non-audio-video group supports sending system notifications to specified group members, but an audio-video group (AVChatRoom) only supports sending system notifications to all group members.
//!
//! For more information on the API (V2TIMGroupListener.onReceiveRESTCustomData) for clients to receive system notifications, see Android or iOS.
//!
//! An app administrator pushes a text notification to a group: to every member, or only to the members `ToMembers_Account` names (not in an audio-video group, which takes only the first). The notification is not a group message: it has no seq and is not in the history.
//!
//! - HTTP: `POST /v4/group_open_http_svc/send_group_system_notification`
//! - Request: [`SendGroupSystemNotificationRequest`]; response payload: [`SendGroupSystemNotificationResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
//! - Source: Sending System Messages in a Group, <https://trtc.io/document/34958>
//! - Also from: Sending System Messages in a Group (tencentcloud.com copy, with the request table and the response's start), <https://www.tencentcloud.com/document/product/1047/34958>
//! - Also from: Tencent Cloud Chat OpenAPI description (SendGroupSystemNotificationRequest), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Only an app administrator may push system notifications. (error `10007`)
//! - An audio-video group (AVChatRoom) only supports system notifications to all its members; naming recipients in `ToMembers_Account` is refused. (error `10007`)
//! - Without `ToMembers_Account`, or with it empty, every member of the group receives the notification; otherwise only the members it names.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue; also answered for a `TopicId` on a group that is not a Community group. |
//! | `10007` | No operation permissions: the caller is not an app admin; also answered for recipients named in an audio-video group, which only takes notifications to all its members. |
//! | `10010` | The group does not exist, or it existed but has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The sample requests are not valid JSON as the page writes them: they carry `//` comments ("Content of the notification", "List of recipients. You can leave this field empty to send the notification to all members."). — *Resolved:* The comments are dropped; what they say is in the fields' descriptions.
//! - The request table marks `ToMembers_Account` required ("Yes") while its description, and the basic sample that leaves it out, say it may be left empty to reach all members; the table gives no example value (the field's example, not on the table, is the sample's). — *Resolved:* `ToMembers_Account` is optional (absent: every member), as the sample and Tencent's OpenAPI description (not in its `required` list, at most 500 items) have it; an empty list also reaches every member.
//! - The copies read are cut in the response sample (`{"ActionStatus": "OK","E`) and have no response table or error-code table. — *Resolved:* The response is the bare envelope, as the other group write operations answer (the first example's response is written from it), and the error codes are those the other group pages list for the same checks (10002, 10003, 10004, 10007, 10010, 10015).
//! - The page says an audio-video group takes notifications to all members only, but not what naming recipients there gets, nor what a recipient who is not a member gets, nor what a `TopicId` on a group without topics gets. — *Resolved:* Judgement: recipients named in an audio-video group are refused with 10007 (as a group type that does not support an operation is elsewhere); a named account that is not a member is skipped, as ForbidSendMsg's accounts are; a `TopicId` on a group that is not a Community group is 10004 (invalid parameter).

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `SendGroupSystemNotification` as a type: it ties [`SendGroupSystemNotificationRequest`] and [`SendGroupSystemNotificationResponse`] to the operation's binding, rate limit and errors, for clients (`call::<SendGroupSystemNotification>`) and servers (`route::<SendGroupSystemNotification>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SendGroupSystemNotification;

impl OperationShape for SendGroupSystemNotification {
    type Service = TencentChat;
    type Input = SendGroupSystemNotificationRequest;
    type Output = SendGroupSystemNotificationResponse;
    const OP: Operation = Operation {
        name: "SendGroupSystemNotification",
        service: &SPEC,
        path: "/v4/group_open_http_svc/send_group_system_notification",
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

/// The request body of `SendGroupSystemNotification`.
///
/// The request of [`SendGroupSystemNotification`](self): This API is used by app admins to push system notifications to group chats.
///
/// - HTTP: `POST /v4/group_open_http_svc/send_group_system_notification`
/// - Request: [`SendGroupSystemNotificationRequest`]; response payload: [`SendGroupSystemNotificationResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only
/// - Source: Sending System Messages in a Group, <https://trtc.io/document/34958>
/// - Also from: Sending System Messages in a Group (tencentcloud.com copy, with the request table and the response's start), <https://www.tencentcloud.com/document/product/1047/34958>
/// - Also from: Tencent Cloud Chat OpenAPI description (SendGroupSystemNotificationRequest), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendGroupSystemNotificationRequest {
    /// ID of the group to which the notification will be sent
    ///
    /// Example: `"@TGS#2C5SZEAEF"`.
    pub group_id: String,
    /// List of recipients. Up to 500 recipient UserIDs are supported. You can leave this field empty to send the notification to all members.
    ///
    /// When absent: every member of the group. Example: `["peter","leckie"]`. Limits: at most 500 items. The document calls the type `Array`.
    pub to_members_account: Option<Vec<String>>,
    /// Content of the notification
    ///
    /// Example: `"Hello World"`.
    pub content: String,
    /// ID of the topic where system notices are sent. This field applies only to topic-enabled community groups.
    pub topic_id: Option<String>,
}

impl SendGroupSystemNotificationRequest {
    /// A value with the required `GroupId`, `Content`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, content: impl Into<String>) -> Self {
        SendGroupSystemNotificationRequest {
            group_id: group_id.into(),
            to_members_account: None,
            content: content.into(),
            topic_id: None,
        }
    }

    /// Sets `ToMembers_Account`.
    pub fn with_to_members_account(mut self, to_members_account: Vec<String>) -> Self {
        self.to_members_account = Some(to_members_account);
        self
    }

    /// Sets `TopicId`.
    pub fn with_topic_id(mut self, topic_id: impl Into<String>) -> Self {
        self.topic_id = Some(topic_id.into());
        self
    }
}

impl serde::Serialize for SendGroupSystemNotificationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "SendGroupSystemNotificationRequest",
                2 + usize::from(self.to_members_account.is_some())
                    + usize::from(self.topic_id.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        encode::optional(&mut object, "ToMembers_Account", &self.to_members_account)?;
        object.serialize_field("Content", &self.content)?;
        encode::optional(&mut object, "TopicId", &self.topic_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendGroupSystemNotificationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SendGroupSystemNotificationRequest {
    const NAME: &'static str = "SendGroupSystemNotificationRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "ToMembers_Account" => 1,
            "Content" => 2,
            "TopicId" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut to_members_account_slot: Option<Option<Vec<String>>> = None;
        let mut content_slot: Option<String> = None;
        let mut topic_id_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => {
                    decode::once(
                        &mut to_members_account_slot,
                        "ToMembers_Account",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut content_slot, "Content", &mut map)?,
                3 => decode::once(&mut topic_id_slot, "TopicId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(SendGroupSystemNotificationRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            to_members_account: to_members_account_slot.flatten(),
            content: content_slot.ok_or_else(|| A::Error::missing_field("Content"))?,
            topic_id: topic_id_slot.flatten(),
        })
    }
}

impl Validate for SendGroupSystemNotificationRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.to_members_account {
            path.push(Segment::Field("ToMembers_Account"));
            validate::items(value, None, Some(500), path, out);
            path.pop();
        }
    }
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`SendGroupSystemNotification`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendGroupSystemNotificationResponse {}

impl serde::Serialize for SendGroupSystemNotificationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("SendGroupSystemNotificationResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendGroupSystemNotificationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for SendGroupSystemNotificationResponse {
    const NAME: &'static str = "SendGroupSystemNotificationResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(SendGroupSystemNotificationResponse {
        })
    }
}
