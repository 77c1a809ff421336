// Code generated from spec/tencent-chat/delete_group_msg_by_sender.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `DeleteGroupMsgBySender`: This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
//!
//! This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
//!
//! This API recalls messages that are in historical message storage, but audio-video groups (AVChatRoom) do not support historical message storage. Therefore, this API does not take effect when it is used to recall messages for a user in an audio-video group (but no error will be returned).
//!
//! This API currently supports silent recall only. A recalled message will be marked as recalled on the server, and the client will not be notified of the recall. The client can know that the message is recalled only when it pulls roaming messages.
//!
//! An app administrator silently recalls every message one sender sent among the group's last 1,000 messages; the group's history (`GroupMsgGetSimple`) then shows them recalled. An audio-video group stores no history: the call succeeds and changes nothing.
//!
//! - HTTP: `POST /v4/group_open_http_svc/delete_group_msg_by_sender`
//! - Request: [`DeleteGroupMsgBySenderRequest`]; response payload: [`DeleteGroupMsgBySenderResponse`]
//! - Rate limit: 200 requests per second
//! - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
//! - Source: Deleting Messages Sent by a Specified User, <https://www.tencentcloud.com/document/product/1047/34970>
//! - Also from: Deleting Messages Sent by the Specified User (international page, 2020, "delete"), <https://intl.cloud.tencent.com/document/product/1047/34970>
//! - Also from: Tencent Cloud Chat OpenAPI description (DeleteGroupMsgBySenderRequest), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
//!
//! # Rules the server enforces
//!
//! - The group must exist. (error `10010`)
//! - Only an app administrator may recall a sender's messages. (error `10007`)
//! - Only the group's last 1,000 messages are searched; the sender's messages among them are marked recalled, silently (no notification), and show as recalled in the group's history.
//! - In an audio-video group (AVChatRoom), which stores no history, the call has no effect and returns no error.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | Internal server error. Try again. |
//! | `10003` | Invalid command word. |
//! | `10004` | Invalid parameter. Check the error description and troubleshoot the issue; also answered for a `TopicId` on a group that is not a Community group. |
//! | `10007` | No operation permissions; the caller is not an app admin. |
//! | `10010` | The group does not exist, or it existed but has been disbanded. |
//! | `10015` | Invalid group ID. Use a correct group ID. |
//!
//! # Notes on the source document
//!
//! - The sample request is not valid JSON as the page writes it: each field carries a `// Required` comment. — *Resolved:* The comments are dropped; the table says the same.
//! - The command is named "delete", and the 2020 international page says the messages are deleted; the current pages say they are recalled: silently marked recalled on the server, seen as such when history is pulled. — *Resolved:* The current pages: the sender's messages are marked recalled (the emulator's `GroupMsgGetSimple` then leaves them out, or gives them with `IsPlaceMsg` 2 when asked for recalled messages).
//! - The copy read is cut in the error table after 10004 ("Check the error d"); the 2020 page also listed BChatRoom (no effect) and no Community. — *Resolved:* 10004's description is completed as the other group pages write it, and 10007, 10010 and 10015 are added as the other group pages list them for the same checks. The group types are the current page's; AVChatRoom, which the page marks unsupported but answers without an error, is left out of `applies_to` and described in a rule.
//! - The page does not say what a `TopicId` on a group without topics gets, nor what a sender who is not a member (or sent nothing) gets. — *Resolved:* Judgement: a `TopicId` on a group that is not a Community group is 10004; a sender with no messages among the last 1,000 changes nothing and the call succeeds.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode, encode,
};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `DeleteGroupMsgBySender` as a type: it ties [`DeleteGroupMsgBySenderRequest`] and [`DeleteGroupMsgBySenderResponse`] to the operation's binding, rate limit and errors, for clients (`call::<DeleteGroupMsgBySender>`) and servers (`route::<DeleteGroupMsgBySender>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DeleteGroupMsgBySender;

impl OperationShape for DeleteGroupMsgBySender {
    type Service = TencentChat;
    type Input = DeleteGroupMsgBySenderRequest;
    type Output = DeleteGroupMsgBySenderResponse;
    const OP: Operation = Operation {
        name: "DeleteGroupMsgBySender",
        service: &SPEC,
        path: "/v4/group_open_http_svc/delete_group_msg_by_sender",
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

/// The request body of `DeleteGroupMsgBySender`.
///
/// The request of [`DeleteGroupMsgBySender`](self): This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
///
/// - HTTP: `POST /v4/group_open_http_svc/delete_group_msg_by_sender`
/// - Request: [`DeleteGroupMsgBySenderRequest`]; response payload: [`DeleteGroupMsgBySenderResponse`]
/// - Rate limit: 200 requests per second
/// - Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only
/// - Source: Deleting Messages Sent by a Specified User, <https://www.tencentcloud.com/document/product/1047/34970>
/// - Also from: Deleting Messages Sent by the Specified User (international page, 2020, "delete"), <https://intl.cloud.tencent.com/document/product/1047/34970>
/// - Also from: Tencent Cloud Chat OpenAPI description (DeleteGroupMsgBySenderRequest), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupMsgBySenderRequest {
    /// ID of the group where messages are to be recalled
    ///
    /// Example: `"@TGS#2C5SZEAEF"`.
    pub group_id: String,
    /// ID of the sender of the messages to be recalled
    ///
    /// Example: `"leckie"`.
    pub sender_account: String,
    /// Topic ID, which indicates message recall in the corresponding topic and applies only to topic-enabled communities.
    pub topic_id: Option<String>,
}

impl DeleteGroupMsgBySenderRequest {
    /// A value with the required `GroupId`, `Sender_Account`; optional fields absent. The `with_…` methods set the others.
    pub fn new(group_id: impl Into<String>, sender_account: impl Into<String>) -> Self {
        DeleteGroupMsgBySenderRequest {
            group_id: group_id.into(),
            sender_account: sender_account.into(),
            topic_id: None,
        }
    }

    /// Sets `TopicId`.
    pub fn with_topic_id(mut self, topic_id: impl Into<String>) -> Self {
        self.topic_id = Some(topic_id.into());
        self
    }
}

impl serde::Serialize for DeleteGroupMsgBySenderRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "DeleteGroupMsgBySenderRequest",
                2 + usize::from(self.topic_id.is_some()),
            )?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("Sender_Account", &self.sender_account)?;
        encode::optional(&mut object, "TopicId", &self.topic_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteGroupMsgBySenderRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteGroupMsgBySenderRequest {
    const NAME: &'static str = "DeleteGroupMsgBySenderRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "Sender_Account" => 1,
            "TopicId" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut sender_account_slot: Option<String> = None;
        let mut topic_id_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut sender_account_slot, "Sender_Account", &mut map)?,
                2 => decode::once(&mut topic_id_slot, "TopicId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(DeleteGroupMsgBySenderRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            sender_account: sender_account_slot
                .ok_or_else(|| A::Error::missing_field("Sender_Account"))?,
            topic_id: topic_id_slot.flatten(),
        })
    }
}

impl Validate for DeleteGroupMsgBySenderRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
///
/// The payload of a successful [`DeleteGroupMsgBySender`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupMsgBySenderResponse {}

impl serde::Serialize for DeleteGroupMsgBySenderResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("DeleteGroupMsgBySenderResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for DeleteGroupMsgBySenderResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for DeleteGroupMsgBySenderResponse {
    const NAME: &'static str = "DeleteGroupMsgBySenderResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(DeleteGroupMsgBySenderResponse {})
    }
}
