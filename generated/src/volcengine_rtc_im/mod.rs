// Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! Volcengine RTC instant messaging (IM) OpenAPI
//!
//! 火山引擎实时音视频（RTC）即时通讯（IM）服务端 OpenAPI。所有接口均为 POST 请求，
//! `Action` 与 `Version` 放在 Query 中，Body 为 JSON，请求使用 V4 "HMAC-SHA256" 签名。
//!
//! Volcengine RTC instant-messaging server OpenAPI. Every action is a signed POST to
//! `/?Action=<Action>&Version=2020-12-01` with a JSON body.
//!
//! # Protocol
//!
//! Volcengine OpenAPI: every operation is `POST /?Action=<Action>&Version=2020-12-01`, signed with the V4 "HMAC-SHA256" algorithm for service `rtc`.
//!
//! # Endpoints
//!
//! | Region | Host | Signing region | Notes |
//! | --- | --- | --- | --- |
//! | `cn-north-1` | `rtc.volcengineapi.com` | `cn-north-1` | default; 华北（北京），the Go IM SDK's default region. |
//! | `ap-southeast-1` | `open-ap-singapore-1.volcengineapi.com` | `ap-southeast-1` | Singapore, as configured by the Go IM SDK (credential region `ap-southeast-1`). The RTC SDK and the docs use `ap-singapore-1` for the same host; the client config can override the signing region. |
//!
//! # Errors of every operation
//!
//! | Code | CodeN | HTTP | Meaning |
//! | --- | --- | --- | --- |
//! | `MissingParameter` | 100002 | 400 | 缺少必要参数，例如 Action 或 Version。 |
//! | `MissingAuthenticationToken` | 100003 | 401 | 请求未携带签名信息。 |
//! | `MissingRequestInfo` | 100004 | 400 | 缺少 AK、Service 或 Region 等请求信息。 |
//! | `MissingSignature` | 100005 | 401 | 缺少签名。 |
//! | `InvalidTimestamp` | 100006 | 400 | 签名已过期或时间无效。 |
//! | `ServiceNotFound` | 100007 | 404 | 服务不存在。 |
//! | `InvalidActionOrVersion` | 100008 | 404 | Action 或 Version 无效。 |
//! | `InvalidAccessKey` | 100009 | 401 | AccessKey 无效。 |
//! | `SignatureDoesNotMatch` | 100010 | 401 | 签名不匹配。 |
//! | `LackPolicy` | 100012 | 403 | 缺少访问策略。 |
//! | `AccessDenied` | 100013 | 403 | 无访问权限。 |
//! | `JsonParsingError` |  |  | 请求 Body 不是合法的 JSON。 |
//! | `InvalidParam` |  |  | 参数错误。 |
//! | `AppNotFound` |  |  | 应用不存在。 |
//! | `AppStatusException` |  |  | 应用已停用。 |
//! | `NoAuth` |  |  | 应用不属于当前账号。 |
//! | `FlowLimitExceeded.QPSOverLimit` |  | 429 | 请求频率超过限制。 |
//! | `InternalError` |  | 500 | 服务内部错误。 |
//!
//! # Sources
//!
//! - 返回结构 (BaseResponse), <https://www.volcengine.com/docs/6348/1178322>
//! - 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//! - 公共错误码 (gateway CodeN values, BytePlus mirror of the same gateway), <https://docs.byteplus.com/byteplus-platform/reference/common-error-codes>
//! - volc-sdk-golang service/im (regions, models), <https://github.com/volcengine/volc-sdk-golang/tree/26924eb540519b3cc5a9c6e8dae6f610c74d86ea/service/im>
//!
//! # Notes on the source document
//!
//! - The pages give the gateway's codes with `CodeN` and HTTP status, but the IM business codes (6348/412253) with neither. The official Go SDK counts an answer as failed only when `CodeN` is not 0. — *Resolved:* Business codes keep no `code_n` or `http_status`; a server built from the spec answers them with HTTP 400 and `CodeN` 1 (the runtime's `UNDOCUMENTED_CODE_N`), so every SDK sees the failure.
//! - `FlowLimitExceeded` and `InternalError` have no status on the available Volcengine pages; a third-party summary of the gateway's table (citing 6369/68677) lists 429 and 500. — *Resolved:* `FlowLimitExceeded.QPSOverLimit` has `http_status: 429` and `InternalError`, added from the same table, `http_status: 500`.
//! - The documents name no code for a request body that is too large or sent with another Content-Type. — *Resolved:* Servers answer both with `JsonParsingError` (`role: malformed_body`), the code for a body they cannot read as the request.
//! - The IM error page (6348/412253) gives `JsonParsingError` ("请求 Body 不是合法的 JSON") and `InvalidParam` ("参数错误") without saying which answers a body that is JSON but misses or mistypes a field. — *Resolved:* `JsonParsingError` is kept for a body that is not JSON text (cut short, empty, trailing characters), as its description says; JSON that lacks, repeats or mistypes a field, or writes an object as an array, gets `InvalidParam` (`role: invalid_parameter`), as a broken constraint does.
//! - Each IM action's request carries the app as `AppId`, and the rate limits are per app. — *Resolved:* `volcengine.app_field: AppId`: servers count each app's calls separately.
//! - The seed pages link the envelope and `Participant` to page 192711, which is not available; the current "返回结构" page is 1178322. — *Resolved:* The envelope follows 1178322; `Participant` follows the Go IM SDK's model (`BatchGetConversationParticipantResResultParticipantsItem`), which agrees with the doc samples.
//! - The sample error on 1178322 omits `CodeN` and misses a comma after `"Region"`; the Go base SDK treats a response as failed only when `Error.CodeN` is non-zero. — *Resolved:* `CodeN` is modelled as an optional u32 beside the required `Code` and `Message`.
//! - The seed pages write the type of ids loosely as "Int", "Integer" or "Long"; AppId is a 32-bit integer in every IM model, conversation, user and message ids are 64-bit. — *Resolved:* `AppId` is i32; `ConversationShortId`, user ids and `MessageId` are i64 (`doc_type` keeps the doc's word).
//! - The pages' examples write placeholder numbers with leading zeros (`000000`, `000001`), which is not valid JSON. — *Resolved:* The examples use the same numbers without the leading zeros (`000001` → `1`, `000000` → `0`).

use imapi_runtime::{ErrorRole, OperationVisitor, ServiceSpec, decode, encode};

#[cfg(feature = "client")]
#[rustfmt::skip]
pub mod client;

#[rustfmt::skip]
pub mod errors;

#[cfg(feature = "server")]
#[rustfmt::skip]
pub mod server;

#[rustfmt::skip]
pub mod add_black_list;

#[rustfmt::skip]
pub mod add_friend;

#[rustfmt::skip]
pub mod batch_add_block_participants;

#[rustfmt::skip]
pub mod batch_add_conversation_participant;

#[rustfmt::skip]
pub mod batch_add_manager;

#[rustfmt::skip]
pub mod batch_add_whitelist_participant;

#[rustfmt::skip]
pub mod batch_delete_block_participants;

#[rustfmt::skip]
pub mod batch_delete_conversation_participant;

#[rustfmt::skip]
pub mod batch_get_block_participants;

#[rustfmt::skip]
pub mod batch_get_conversation_participant;

#[rustfmt::skip]
pub mod batch_get_conversations;

#[rustfmt::skip]
pub mod batch_get_user;

#[rustfmt::skip]
pub mod batch_get_whitelist_participant;

#[rustfmt::skip]
pub mod batch_modify_conversation_participant;

#[rustfmt::skip]
pub mod batch_remove_manager;

#[rustfmt::skip]
pub mod batch_remove_whitelist_participant;

#[rustfmt::skip]
pub mod batch_send_message;

#[rustfmt::skip]
pub mod batch_update_live_participants;

#[rustfmt::skip]
pub mod batch_update_user;

#[rustfmt::skip]
pub mod batch_update_user_tags;

#[rustfmt::skip]
pub mod create_conversation;

#[rustfmt::skip]
pub mod delete_conversation_message;

#[rustfmt::skip]
pub mod delete_friend;

#[rustfmt::skip]
pub mod delete_message;

#[rustfmt::skip]
pub mod destroy_conversation;

#[rustfmt::skip]
pub mod get_app_token;

#[rustfmt::skip]
pub mod get_black_list;

#[rustfmt::skip]
pub mod get_conversation_marks;

#[rustfmt::skip]
pub mod get_conversation_messages;

#[rustfmt::skip]
pub mod get_conversation_setting;

#[rustfmt::skip]
pub mod get_conversation_user_count;

#[rustfmt::skip]
pub mod get_messages;

#[rustfmt::skip]
pub mod get_messages_read_receipt;

#[rustfmt::skip]
pub mod get_participant_read_index;

#[rustfmt::skip]
pub mod get_user_conversations;

#[rustfmt::skip]
pub mod is_friend;

#[rustfmt::skip]
pub mod is_in_black_list;

#[rustfmt::skip]
pub mod is_user_in_conversation;

#[rustfmt::skip]
pub mod list_friend;

#[rustfmt::skip]
pub mod mark_conversation;

#[rustfmt::skip]
pub mod modify_conversation;

#[rustfmt::skip]
pub mod modify_conversation_setting;

#[rustfmt::skip]
pub mod modify_message;

#[rustfmt::skip]
pub mod modify_participant_read_index;

#[rustfmt::skip]
pub mod query_live_participant_status;

#[rustfmt::skip]
pub mod query_online_status;

#[rustfmt::skip]
pub mod recall_message;

#[rustfmt::skip]
pub mod register_users;

#[rustfmt::skip]
pub mod remove_black_list;

#[rustfmt::skip]
pub mod scan_conversation_participant_list;

#[rustfmt::skip]
pub mod send_message;

#[rustfmt::skip]
pub mod un_register_users;

#[rustfmt::skip]
pub mod update_black_list;

#[rustfmt::skip]
pub mod update_friend;

#[rustfmt::skip]
pub mod user_broadcast;

#[rustfmt::skip]
mod types;

pub use types::*;
pub use add_black_list::*;
pub use add_friend::*;
pub use batch_add_block_participants::*;
pub use batch_add_conversation_participant::*;
pub use batch_add_manager::*;
pub use batch_add_whitelist_participant::*;
pub use batch_delete_block_participants::*;
pub use batch_delete_conversation_participant::*;
pub use batch_get_block_participants::*;
pub use batch_get_conversation_participant::*;
pub use batch_get_conversations::*;
pub use batch_get_user::*;
pub use batch_get_whitelist_participant::*;
pub use batch_modify_conversation_participant::*;
pub use batch_remove_manager::*;
pub use batch_remove_whitelist_participant::*;
pub use batch_send_message::*;
pub use batch_update_live_participants::*;
pub use batch_update_user::*;
pub use batch_update_user_tags::*;
pub use create_conversation::*;
pub use delete_conversation_message::*;
pub use delete_friend::*;
pub use delete_message::*;
pub use destroy_conversation::*;
pub use get_app_token::*;
pub use get_black_list::*;
pub use get_conversation_marks::*;
pub use get_conversation_messages::*;
pub use get_conversation_setting::*;
pub use get_conversation_user_count::*;
pub use get_messages::*;
pub use get_messages_read_receipt::*;
pub use get_participant_read_index::*;
pub use get_user_conversations::*;
pub use is_friend::*;
pub use is_in_black_list::*;
pub use is_user_in_conversation::*;
pub use list_friend::*;
pub use mark_conversation::*;
pub use modify_conversation::*;
pub use modify_conversation_setting::*;
pub use modify_message::*;
pub use modify_participant_read_index::*;
pub use query_live_participant_status::*;
pub use query_online_status::*;
pub use recall_message::*;
pub use register_users::*;
pub use remove_black_list::*;
pub use scan_conversation_participant_list::*;
pub use send_message::*;
pub use un_register_users::*;
pub use update_black_list::*;
pub use update_friend::*;
pub use user_broadcast::*;

/// The operations of Volcengine RTC instant messaging (IM) OpenAPI as a type: the `Service` of each operation's `OperationShape`, so a client or server takes only this service's operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct VolcengineRtcIm;

/// What the runtime knows of the service: its name, version, signing service, and the service-wide errors that play a role (the code a server answers each kind of failure with).
pub const SPEC: ServiceSpec = ServiceSpec {
    name: "volcengine-rtc-im",
    version: "2020-12-01",
    signing_service: "rtc",
    errors: &[
        (ErrorRole::MissingParameter, errors::MISSING_PARAMETER),
        (ErrorRole::MissingCredentials, errors::MISSING_AUTHENTICATION_TOKEN),
        (ErrorRole::CredentialScope, errors::MISSING_REQUEST_INFO),
        (ErrorRole::MalformedCredentials, errors::MISSING_SIGNATURE),
        (ErrorRole::ExpiredCredentials, errors::INVALID_TIMESTAMP),
        (ErrorRole::UnknownOperation, errors::INVALID_ACTION_OR_VERSION),
        (ErrorRole::UnknownCredentials, errors::INVALID_ACCESS_KEY),
        (ErrorRole::SignatureMismatch, errors::SIGNATURE_DOES_NOT_MATCH),
        (ErrorRole::MalformedBody, errors::JSON_PARSING_ERROR),
        (ErrorRole::InvalidParameter, errors::INVALID_PARAM),
        (ErrorRole::Throttled, errors::FLOW_LIMIT_EXCEEDED_QPS_OVER_LIMIT),
        (ErrorRole::Internal, errors::INTERNAL_ERROR),
    ],
};

/// Calls `visitor.visit::<Op>()` for every operation of the service, in name order: code that works on any operation (tests, registries, mocks) needs no list of its own.
pub fn for_each_operation<V: OperationVisitor<VolcengineRtcIm>>(visitor: &mut V) {
    visitor.visit::<AddBlackList>();
    visitor.visit::<AddFriend>();
    visitor.visit::<BatchAddBlockParticipants>();
    visitor.visit::<BatchAddConversationParticipant>();
    visitor.visit::<BatchAddManager>();
    visitor.visit::<BatchAddWhitelistParticipant>();
    visitor.visit::<BatchDeleteBlockParticipants>();
    visitor.visit::<BatchDeleteConversationParticipant>();
    visitor.visit::<BatchGetBlockParticipants>();
    visitor.visit::<BatchGetConversationParticipant>();
    visitor.visit::<BatchGetConversations>();
    visitor.visit::<BatchGetUser>();
    visitor.visit::<BatchGetWhitelistParticipant>();
    visitor.visit::<BatchModifyConversationParticipant>();
    visitor.visit::<BatchRemoveManager>();
    visitor.visit::<BatchRemoveWhitelistParticipant>();
    visitor.visit::<BatchSendMessage>();
    visitor.visit::<BatchUpdateLiveParticipants>();
    visitor.visit::<BatchUpdateUser>();
    visitor.visit::<BatchUpdateUserTags>();
    visitor.visit::<CreateConversation>();
    visitor.visit::<DeleteConversationMessage>();
    visitor.visit::<DeleteFriend>();
    visitor.visit::<DeleteMessage>();
    visitor.visit::<DestroyConversation>();
    visitor.visit::<GetAppToken>();
    visitor.visit::<GetBlackList>();
    visitor.visit::<GetConversationMarks>();
    visitor.visit::<GetConversationMessages>();
    visitor.visit::<GetConversationSetting>();
    visitor.visit::<GetConversationUserCount>();
    visitor.visit::<GetMessages>();
    visitor.visit::<GetMessagesReadReceipt>();
    visitor.visit::<GetParticipantReadIndex>();
    visitor.visit::<GetUserConversations>();
    visitor.visit::<IsFriend>();
    visitor.visit::<IsInBlackList>();
    visitor.visit::<IsUserInConversation>();
    visitor.visit::<ListFriend>();
    visitor.visit::<MarkConversation>();
    visitor.visit::<ModifyConversation>();
    visitor.visit::<ModifyConversationSetting>();
    visitor.visit::<ModifyMessage>();
    visitor.visit::<ModifyParticipantReadIndex>();
    visitor.visit::<QueryLiveParticipantStatus>();
    visitor.visit::<QueryOnlineStatus>();
    visitor.visit::<RecallMessage>();
    visitor.visit::<RegisterUsers>();
    visitor.visit::<RemoveBlackList>();
    visitor.visit::<ScanConversationParticipantList>();
    visitor.visit::<SendMessage>();
    visitor.visit::<UnRegisterUsers>();
    visitor.visit::<UpdateBlackList>();
    visitor.visit::<UpdateFriend>();
    visitor.visit::<UserBroadcast>();
}

/// The response envelope: every response body of the service has this shape, with the operation's payload as `T`.
///
/// BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200
/// 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope<T> {
    /// 请求的元数据。
    ///
    /// Metadata of the request; carries the error on failure.
    pub response_metadata: ResponseMetadata,
    /// The operation's payload; present only when the call succeeded.
    pub result: Option<T>,
}

impl<T: serde::Serialize> serde::Serialize for Envelope<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("Envelope", 1 + usize::from(self.result.is_some()))?;
        object.serialize_field("ResponseMetadata", &self.response_metadata)?;
        encode::optional(&mut object, "Result", &self.result)?;
        object.end()
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Envelope<T> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de, T: serde::Deserialize<'de>> decode::Object<'de> for Envelope<T> {
    const NAME: &'static str = "Envelope";

    fn field(key: &str) -> usize {
        match key {
            "ResponseMetadata" => 0,
            "Result" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut response_metadata_slot: Option<ResponseMetadata> = None;
        let mut result_slot: Option<Option<T>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut response_metadata_slot,
                        "ResponseMetadata",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut result_slot, "Result", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(Envelope {
            response_metadata: response_metadata_slot
                .ok_or_else(|| A::Error::missing_field("ResponseMetadata"))?,
            result: result_slot.flatten(),
        })
    }
}
