// @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate`.
// Do not edit by hand: change the spec and regenerate.

//! The server side of Volcengine RTC instant messaging (IM) OpenAPI: implement [`Service`] and serve it with [`router`].
//!
//! Requests are routed by their `Action` and `Version` query parameters and authenticated with the V4 "HMAC-SHA256" signature, checked against the secret key the [`Gateway`]'s [`Keys`] give for the access key (everything the head shows before the body is read); refusals carry the gateway's `Code`, `CodeN` and HTTP status, and answers the `ResponseMetadata`/`Result` envelope.
//!
//! Before a method is called, the request has been routed, authenticated, read (up to `ServerConfig::max_body_bytes`), decoded strictly, validated against every documented constraint and charged to its app's rate limit; each refusal is the vendor's own error code, HTTP status and envelope. A method's [`Fault`] is answered the same way, and a panic as the vendor's internal error. See [`imapi_runtime::server`] for the details.

use imapi_runtime::OperationShape;
use imapi_runtime::server::{
    Fault, Generic, Handler, RequestContext, Router, Routes, ServerConfig, Strict,
};
use std::future::Future;
use std::sync::Arc;
use super::{
    BatchAddBlockParticipants, BatchAddBlockParticipantsRequest,
    BatchAddBlockParticipantsResponse, BatchAddConversationParticipant,
    BatchAddConversationParticipantRequest, BatchAddConversationParticipantResponse,
    BatchAddManager, BatchAddManagerRequest, BatchAddManagerResponse,
    BatchAddWhitelistParticipant, BatchAddWhitelistParticipantRequest,
    BatchAddWhitelistParticipantResponse, BatchDeleteBlockParticipants,
    BatchDeleteBlockParticipantsRequest, BatchDeleteBlockParticipantsResponse,
    BatchDeleteConversationParticipant, BatchDeleteConversationParticipantRequest,
    BatchDeleteConversationParticipantResponse, BatchGetBlockParticipants,
    BatchGetBlockParticipantsRequest, BatchGetBlockParticipantsResponse,
    BatchGetConversationParticipant, BatchGetConversationParticipantRequest,
    BatchGetConversationParticipantResponse, BatchGetWhitelistParticipant,
    BatchGetWhitelistParticipantRequest, BatchGetWhitelistParticipantResponse,
    BatchModifyConversationParticipant, BatchModifyConversationParticipantRequest,
    BatchModifyConversationParticipantResponse, BatchRemoveManager,
    BatchRemoveManagerRequest, BatchRemoveManagerResponse,
    BatchRemoveWhitelistParticipant, BatchRemoveWhitelistParticipantRequest,
    BatchRemoveWhitelistParticipantResponse, BatchSendMessage, BatchSendMessageRequest,
    BatchSendMessageResponse, BatchUpdateLiveParticipants,
    BatchUpdateLiveParticipantsRequest, BatchUpdateLiveParticipantsResponse,
    CreateConversation, CreateConversationRequest, CreateConversationResponse,
    DeleteConversationMessage, DeleteConversationMessageRequest,
    DeleteConversationMessageResponse, DeleteMessage, DeleteMessageRequest,
    DeleteMessageResponse, GetAppToken, GetAppTokenRequest, GetAppTokenResponse,
    GetConversationMessages, GetConversationMessagesRequest,
    GetConversationMessagesResponse, GetMessages, GetMessagesReadReceipt,
    GetMessagesReadReceiptRequest, GetMessagesReadReceiptResponse, GetMessagesRequest,
    GetMessagesResponse, GetUserConversations, GetUserConversationsRequest,
    GetUserConversationsResponse, ModifyConversationSetting,
    ModifyConversationSettingRequest, ModifyConversationSettingResponse, ModifyMessage,
    ModifyMessageRequest, ModifyMessageResponse, RecallMessage, RecallMessageRequest,
    RecallMessageResponse, SPEC, ScanConversationParticipantList,
    ScanConversationParticipantListRequest, ScanConversationParticipantListResponse,
    SendMessage, SendMessageRequest, SendMessageResponse, UserBroadcast,
    UserBroadcastRequest, UserBroadcastResponse,
};

/// The gateway the router answers as, with the credentials it accepts: `ServerConfig::new(Gateway::new(StaticKeys::new()…))`.
#[doc(inline)]
pub use imapi_runtime::volcengine::server::{Gateway, Keys, StaticKeys};

/// Volcengine RTC instant messaging (IM) OpenAPI, served: one method per operation, each given the authenticated [`RequestContext`] and the request, decoded and validated. Share state across requests through `&self` (the router holds the implementation in an [`Arc`]).
///
/// A method left out answers the vendor's refusal for an operation the server does not offer ([`Fault::not_implemented`]), so an operation added to the spec never breaks an implementation; implement [`StrictService`] instead to have the compiler ask for every method.
pub trait Service: Send + Sync + 'static {
    /// `BatchAddBlockParticipants`: 你可以使用此接口在直播群中批量禁言或拉黑会话成员。
    ///
    /// See [the operation's page](super::batch_add_block_participants) for its rules, errors and notes.
    fn batch_add_block_participants(
        &self,
        context: RequestContext,
        request: BatchAddBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchAddBlockParticipantsResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchAddBlockParticipants::OP)))
    }

    /// `BatchAddConversationParticipant`: 你可以使用此接口向群聊中批量添加群成员。
    ///
    /// See [the operation's page](super::batch_add_conversation_participant) for its rules, errors and notes.
    fn batch_add_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchAddConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddConversationParticipantResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchAddConversationParticipant::OP)),
        )
    }

    /// `BatchAddManager`: 批量添加直播群中的管理员。
    ///
    /// See [the operation's page](super::batch_add_manager) for its rules, errors and notes.
    fn batch_add_manager(
        &self,
        context: RequestContext,
        request: BatchAddManagerRequest,
    ) -> impl Future<Output = Result<BatchAddManagerResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchAddManager::OP)))
    }

    /// `BatchAddWhitelistParticipant`: 批量添加全员禁言下白名单成员。
    ///
    /// See [the operation's page](super::batch_add_whitelist_participant) for its rules, errors and notes.
    fn batch_add_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchAddWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddWhitelistParticipantResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchAddWhitelistParticipant::OP)),
        )
    }

    /// `BatchDeleteBlockParticipants`: 你可以使用此接口在直播群中批量取消禁言或取消拉黑会话成员。
    ///
    /// See [the operation's page](super::batch_delete_block_participants) for its rules, errors and notes.
    fn batch_delete_block_participants(
        &self,
        context: RequestContext,
        request: BatchDeleteBlockParticipantsRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteBlockParticipantsResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchDeleteBlockParticipants::OP)),
        )
    }

    /// `BatchDeleteConversationParticipant`: 你可以使用此接口批量删除群成员。
    ///
    /// See [the operation's page](super::batch_delete_conversation_participant) for its rules, errors and notes.
    fn batch_delete_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchDeleteConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteConversationParticipantResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchDeleteConversationParticipant::OP)),
        )
    }

    /// `BatchGetBlockParticipants`: 分批查询直播群中的禁言或拉黑成员。
    ///
    /// See [the operation's page](super::batch_get_block_participants) for its rules, errors and notes.
    fn batch_get_block_participants(
        &self,
        context: RequestContext,
        request: BatchGetBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchGetBlockParticipantsResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchGetBlockParticipants::OP)))
    }

    /// `BatchGetConversationParticipant`: 你可以使用此接口批量查询会话成员的详细信息。
    ///
    /// See [the operation's page](super::batch_get_conversation_participant) for its rules, errors and notes.
    fn batch_get_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchGetConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetConversationParticipantResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchGetConversationParticipant::OP)),
        )
    }

    /// `BatchGetWhitelistParticipant`: 你可以使用此接口批量查询全员禁言下白名单成员。
    ///
    /// See [the operation's page](super::batch_get_whitelist_participant) for its rules, errors and notes.
    fn batch_get_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchGetWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetWhitelistParticipantResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchGetWhitelistParticipant::OP)),
        )
    }

    /// `BatchModifyConversationParticipant`: 批量修改群成员信息。
    ///
    /// See [the operation's page](super::batch_modify_conversation_participant) for its rules, errors and notes.
    fn batch_modify_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchModifyConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchModifyConversationParticipantResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchModifyConversationParticipant::OP)),
        )
    }

    /// `BatchRemoveManager`: 你可以使用此接口批量移除直播群中的管理员。
    ///
    /// See [the operation's page](super::batch_remove_manager) for its rules, errors and notes.
    fn batch_remove_manager(
        &self,
        context: RequestContext,
        request: BatchRemoveManagerRequest,
    ) -> impl Future<Output = Result<BatchRemoveManagerResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchRemoveManager::OP)))
    }

    /// `BatchRemoveWhitelistParticipant`: 你可以使用此接口批量移除全员禁言下白名单成员。
    ///
    /// See [the operation's page](super::batch_remove_whitelist_participant) for its rules, errors and notes.
    fn batch_remove_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchRemoveWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchRemoveWhitelistParticipantResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&BatchRemoveWhitelistParticipant::OP)),
        )
    }

    /// `BatchSendMessage`: 你可以使用此接口批量发送单聊消息。
    ///
    /// See [the operation's page](super::batch_send_message) for its rules, errors and notes.
    fn batch_send_message(
        &self,
        context: RequestContext,
        request: BatchSendMessageRequest,
    ) -> impl Future<Output = Result<BatchSendMessageResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchSendMessage::OP)))
    }

    /// `BatchUpdateLiveParticipants`: 你可以使用此接口更新直播群成员资料。
    ///
    /// See [the operation's page](super::batch_update_live_participants) for its rules, errors and notes.
    fn batch_update_live_participants(
        &self,
        context: RequestContext,
        request: BatchUpdateLiveParticipantsRequest,
    ) -> impl Future<
        Output = Result<BatchUpdateLiveParticipantsResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchUpdateLiveParticipants::OP)))
    }

    /// `CreateConversation`: 你可以使用此接口创建会话。
    ///
    /// See [the operation's page](super::create_conversation) for its rules, errors and notes.
    fn create_conversation(
        &self,
        context: RequestContext,
        request: CreateConversationRequest,
    ) -> impl Future<Output = Result<CreateConversationResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&CreateConversation::OP)))
    }

    /// `DeleteConversationMessage`: 你可以使用此接口删除会话中的消息。
    ///
    /// See [the operation's page](super::delete_conversation_message) for its rules, errors and notes.
    fn delete_conversation_message(
        &self,
        context: RequestContext,
        request: DeleteConversationMessageRequest,
    ) -> impl Future<Output = Result<DeleteConversationMessageResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&DeleteConversationMessage::OP)))
    }

    /// `DeleteMessage`: 你可以使用此接口为会话成员删除消息。
    ///
    /// See [the operation's page](super::delete_message) for its rules, errors and notes.
    fn delete_message(
        &self,
        context: RequestContext,
        request: DeleteMessageRequest,
    ) -> impl Future<Output = Result<DeleteMessageResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&DeleteMessage::OP)))
    }

    /// `GetAppToken`: 你可以使用此接口生成用户登录 IM 所需的 Token。
    ///
    /// See [the operation's page](super::get_app_token) for its rules, errors and notes.
    fn get_app_token(
        &self,
        context: RequestContext,
        request: GetAppTokenRequest,
    ) -> impl Future<Output = Result<GetAppTokenResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetAppToken::OP)))
    }

    /// `GetConversationMessages`: 你可以使用此接口批量查询会话中的消息。
    ///
    /// See [the operation's page](super::get_conversation_messages) for its rules, errors and notes.
    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<GetConversationMessagesResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetConversationMessages::OP)))
    }

    /// `GetMessages`: 你可以使用此接口指定消息 ID 对消息进行批量查询。
    ///
    /// See [the operation's page](super::get_messages) for its rules, errors and notes.
    fn get_messages(
        &self,
        context: RequestContext,
        request: GetMessagesRequest,
    ) -> impl Future<Output = Result<GetMessagesResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetMessages::OP)))
    }

    /// `GetMessagesReadReceipt`: 你可以使用此接口查询消息的已读回执。
    ///
    /// See [the operation's page](super::get_messages_read_receipt) for its rules, errors and notes.
    fn get_messages_read_receipt(
        &self,
        context: RequestContext,
        request: GetMessagesReadReceiptRequest,
    ) -> impl Future<Output = Result<GetMessagesReadReceiptResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetMessagesReadReceipt::OP)))
    }

    /// `GetUserConversations`: 你可以使用此接口查询某个成员拥有的会话。
    ///
    /// See [the operation's page](super::get_user_conversations) for its rules, errors and notes.
    fn get_user_conversations(
        &self,
        context: RequestContext,
        request: GetUserConversationsRequest,
    ) -> impl Future<Output = Result<GetUserConversationsResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetUserConversations::OP)))
    }

    /// `ModifyConversationSetting`: 你可以使用此接口修改会话成员对会话的设置。
    ///
    /// See [the operation's page](super::modify_conversation_setting) for its rules, errors and notes.
    fn modify_conversation_setting(
        &self,
        context: RequestContext,
        request: ModifyConversationSettingRequest,
    ) -> impl Future<Output = Result<ModifyConversationSettingResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ModifyConversationSetting::OP)))
    }

    /// `ModifyMessage`: 你可以使用此接口修改消息扩展字段。
    ///
    /// See [the operation's page](super::modify_message) for its rules, errors and notes.
    fn modify_message(
        &self,
        context: RequestContext,
        request: ModifyMessageRequest,
    ) -> impl Future<Output = Result<ModifyMessageResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ModifyMessage::OP)))
    }

    /// `RecallMessage`: 你可以使用此接口撤回会话中的消息。
    ///
    /// See [the operation's page](super::recall_message) for its rules, errors and notes.
    fn recall_message(
        &self,
        context: RequestContext,
        request: RecallMessageRequest,
    ) -> impl Future<Output = Result<RecallMessageResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&RecallMessage::OP)))
    }

    /// `ScanConversationParticipantList`: 你可以使用此接口分批扫描群中成员的详细信息。
    ///
    /// See [the operation's page](super::scan_conversation_participant_list) for its rules, errors and notes.
    fn scan_conversation_participant_list(
        &self,
        context: RequestContext,
        request: ScanConversationParticipantListRequest,
    ) -> impl Future<
        Output = Result<ScanConversationParticipantListResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(
            Err(Fault::not_implemented(&ScanConversationParticipantList::OP)),
        )
    }

    /// `SendMessage`: 你可以使用此接口发送消息。
    ///
    /// See [the operation's page](super::send_message) for its rules, errors and notes.
    fn send_message(
        &self,
        context: RequestContext,
        request: SendMessageRequest,
    ) -> impl Future<Output = Result<SendMessageResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&SendMessage::OP)))
    }

    /// `UserBroadcast`: 你可以使用此接口向全员或指定标签的用户广播消息。
    ///
    /// See [the operation's page](super::user_broadcast) for its rules, errors and notes.
    fn user_broadcast(
        &self,
        context: RequestContext,
        request: UserBroadcastRequest,
    ) -> impl Future<Output = Result<UserBroadcastResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserBroadcast::OP)))
    }
}

/// Volcengine RTC instant messaging (IM) OpenAPI, every operation implemented: [`Service`] without its defaults, so that a method left out, or an operation added to the spec, is a compile error. Serve it through [`Strict`]: `router(Arc::new(Strict(implementation)), config)`.
pub trait StrictService: Send + Sync + 'static {
    /// `BatchAddBlockParticipants`: 你可以使用此接口在直播群中批量禁言或拉黑会话成员。
    ///
    /// See [the operation's page](super::batch_add_block_participants) for its rules, errors and notes.
    fn batch_add_block_participants(
        &self,
        context: RequestContext,
        request: BatchAddBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchAddBlockParticipantsResponse, Fault>> + Send;
    /// `BatchAddConversationParticipant`: 你可以使用此接口向群聊中批量添加群成员。
    ///
    /// See [the operation's page](super::batch_add_conversation_participant) for its rules, errors and notes.
    fn batch_add_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchAddConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddConversationParticipantResponse, Fault>,
    > + Send;
    /// `BatchAddManager`: 批量添加直播群中的管理员。
    ///
    /// See [the operation's page](super::batch_add_manager) for its rules, errors and notes.
    fn batch_add_manager(
        &self,
        context: RequestContext,
        request: BatchAddManagerRequest,
    ) -> impl Future<Output = Result<BatchAddManagerResponse, Fault>> + Send;
    /// `BatchAddWhitelistParticipant`: 批量添加全员禁言下白名单成员。
    ///
    /// See [the operation's page](super::batch_add_whitelist_participant) for its rules, errors and notes.
    fn batch_add_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchAddWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddWhitelistParticipantResponse, Fault>,
    > + Send;
    /// `BatchDeleteBlockParticipants`: 你可以使用此接口在直播群中批量取消禁言或取消拉黑会话成员。
    ///
    /// See [the operation's page](super::batch_delete_block_participants) for its rules, errors and notes.
    fn batch_delete_block_participants(
        &self,
        context: RequestContext,
        request: BatchDeleteBlockParticipantsRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteBlockParticipantsResponse, Fault>,
    > + Send;
    /// `BatchDeleteConversationParticipant`: 你可以使用此接口批量删除群成员。
    ///
    /// See [the operation's page](super::batch_delete_conversation_participant) for its rules, errors and notes.
    fn batch_delete_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchDeleteConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteConversationParticipantResponse, Fault>,
    > + Send;
    /// `BatchGetBlockParticipants`: 分批查询直播群中的禁言或拉黑成员。
    ///
    /// See [the operation's page](super::batch_get_block_participants) for its rules, errors and notes.
    fn batch_get_block_participants(
        &self,
        context: RequestContext,
        request: BatchGetBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchGetBlockParticipantsResponse, Fault>> + Send;
    /// `BatchGetConversationParticipant`: 你可以使用此接口批量查询会话成员的详细信息。
    ///
    /// See [the operation's page](super::batch_get_conversation_participant) for its rules, errors and notes.
    fn batch_get_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchGetConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetConversationParticipantResponse, Fault>,
    > + Send;
    /// `BatchGetWhitelistParticipant`: 你可以使用此接口批量查询全员禁言下白名单成员。
    ///
    /// See [the operation's page](super::batch_get_whitelist_participant) for its rules, errors and notes.
    fn batch_get_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchGetWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetWhitelistParticipantResponse, Fault>,
    > + Send;
    /// `BatchModifyConversationParticipant`: 批量修改群成员信息。
    ///
    /// See [the operation's page](super::batch_modify_conversation_participant) for its rules, errors and notes.
    fn batch_modify_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchModifyConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchModifyConversationParticipantResponse, Fault>,
    > + Send;
    /// `BatchRemoveManager`: 你可以使用此接口批量移除直播群中的管理员。
    ///
    /// See [the operation's page](super::batch_remove_manager) for its rules, errors and notes.
    fn batch_remove_manager(
        &self,
        context: RequestContext,
        request: BatchRemoveManagerRequest,
    ) -> impl Future<Output = Result<BatchRemoveManagerResponse, Fault>> + Send;
    /// `BatchRemoveWhitelistParticipant`: 你可以使用此接口批量移除全员禁言下白名单成员。
    ///
    /// See [the operation's page](super::batch_remove_whitelist_participant) for its rules, errors and notes.
    fn batch_remove_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchRemoveWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchRemoveWhitelistParticipantResponse, Fault>,
    > + Send;
    /// `BatchSendMessage`: 你可以使用此接口批量发送单聊消息。
    ///
    /// See [the operation's page](super::batch_send_message) for its rules, errors and notes.
    fn batch_send_message(
        &self,
        context: RequestContext,
        request: BatchSendMessageRequest,
    ) -> impl Future<Output = Result<BatchSendMessageResponse, Fault>> + Send;
    /// `BatchUpdateLiveParticipants`: 你可以使用此接口更新直播群成员资料。
    ///
    /// See [the operation's page](super::batch_update_live_participants) for its rules, errors and notes.
    fn batch_update_live_participants(
        &self,
        context: RequestContext,
        request: BatchUpdateLiveParticipantsRequest,
    ) -> impl Future<Output = Result<BatchUpdateLiveParticipantsResponse, Fault>> + Send;
    /// `CreateConversation`: 你可以使用此接口创建会话。
    ///
    /// See [the operation's page](super::create_conversation) for its rules, errors and notes.
    fn create_conversation(
        &self,
        context: RequestContext,
        request: CreateConversationRequest,
    ) -> impl Future<Output = Result<CreateConversationResponse, Fault>> + Send;
    /// `DeleteConversationMessage`: 你可以使用此接口删除会话中的消息。
    ///
    /// See [the operation's page](super::delete_conversation_message) for its rules, errors and notes.
    fn delete_conversation_message(
        &self,
        context: RequestContext,
        request: DeleteConversationMessageRequest,
    ) -> impl Future<Output = Result<DeleteConversationMessageResponse, Fault>> + Send;
    /// `DeleteMessage`: 你可以使用此接口为会话成员删除消息。
    ///
    /// See [the operation's page](super::delete_message) for its rules, errors and notes.
    fn delete_message(
        &self,
        context: RequestContext,
        request: DeleteMessageRequest,
    ) -> impl Future<Output = Result<DeleteMessageResponse, Fault>> + Send;
    /// `GetAppToken`: 你可以使用此接口生成用户登录 IM 所需的 Token。
    ///
    /// See [the operation's page](super::get_app_token) for its rules, errors and notes.
    fn get_app_token(
        &self,
        context: RequestContext,
        request: GetAppTokenRequest,
    ) -> impl Future<Output = Result<GetAppTokenResponse, Fault>> + Send;
    /// `GetConversationMessages`: 你可以使用此接口批量查询会话中的消息。
    ///
    /// See [the operation's page](super::get_conversation_messages) for its rules, errors and notes.
    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<GetConversationMessagesResponse, Fault>> + Send;
    /// `GetMessages`: 你可以使用此接口指定消息 ID 对消息进行批量查询。
    ///
    /// See [the operation's page](super::get_messages) for its rules, errors and notes.
    fn get_messages(
        &self,
        context: RequestContext,
        request: GetMessagesRequest,
    ) -> impl Future<Output = Result<GetMessagesResponse, Fault>> + Send;
    /// `GetMessagesReadReceipt`: 你可以使用此接口查询消息的已读回执。
    ///
    /// See [the operation's page](super::get_messages_read_receipt) for its rules, errors and notes.
    fn get_messages_read_receipt(
        &self,
        context: RequestContext,
        request: GetMessagesReadReceiptRequest,
    ) -> impl Future<Output = Result<GetMessagesReadReceiptResponse, Fault>> + Send;
    /// `GetUserConversations`: 你可以使用此接口查询某个成员拥有的会话。
    ///
    /// See [the operation's page](super::get_user_conversations) for its rules, errors and notes.
    fn get_user_conversations(
        &self,
        context: RequestContext,
        request: GetUserConversationsRequest,
    ) -> impl Future<Output = Result<GetUserConversationsResponse, Fault>> + Send;
    /// `ModifyConversationSetting`: 你可以使用此接口修改会话成员对会话的设置。
    ///
    /// See [the operation's page](super::modify_conversation_setting) for its rules, errors and notes.
    fn modify_conversation_setting(
        &self,
        context: RequestContext,
        request: ModifyConversationSettingRequest,
    ) -> impl Future<Output = Result<ModifyConversationSettingResponse, Fault>> + Send;
    /// `ModifyMessage`: 你可以使用此接口修改消息扩展字段。
    ///
    /// See [the operation's page](super::modify_message) for its rules, errors and notes.
    fn modify_message(
        &self,
        context: RequestContext,
        request: ModifyMessageRequest,
    ) -> impl Future<Output = Result<ModifyMessageResponse, Fault>> + Send;
    /// `RecallMessage`: 你可以使用此接口撤回会话中的消息。
    ///
    /// See [the operation's page](super::recall_message) for its rules, errors and notes.
    fn recall_message(
        &self,
        context: RequestContext,
        request: RecallMessageRequest,
    ) -> impl Future<Output = Result<RecallMessageResponse, Fault>> + Send;
    /// `ScanConversationParticipantList`: 你可以使用此接口分批扫描群中成员的详细信息。
    ///
    /// See [the operation's page](super::scan_conversation_participant_list) for its rules, errors and notes.
    fn scan_conversation_participant_list(
        &self,
        context: RequestContext,
        request: ScanConversationParticipantListRequest,
    ) -> impl Future<
        Output = Result<ScanConversationParticipantListResponse, Fault>,
    > + Send;
    /// `SendMessage`: 你可以使用此接口发送消息。
    ///
    /// See [the operation's page](super::send_message) for its rules, errors and notes.
    fn send_message(
        &self,
        context: RequestContext,
        request: SendMessageRequest,
    ) -> impl Future<Output = Result<SendMessageResponse, Fault>> + Send;
    /// `UserBroadcast`: 你可以使用此接口向全员或指定标签的用户广播消息。
    ///
    /// See [the operation's page](super::user_broadcast) for its rules, errors and notes.
    fn user_broadcast(
        &self,
        context: RequestContext,
        request: UserBroadcastRequest,
    ) -> impl Future<Output = Result<UserBroadcastResponse, Fault>> + Send;
}

/// Every operation served by one generic [`Handler`]: for mocks, recorders and proxies.
impl<H: Handler> Service for Generic<H> {
    fn batch_add_block_participants(
        &self,
        context: RequestContext,
        request: BatchAddBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchAddBlockParticipantsResponse, Fault>> + Send {
        self.0.handle::<BatchAddBlockParticipants>(context, request)
    }

    fn batch_add_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchAddConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddConversationParticipantResponse, Fault>,
    > + Send {
        self.0.handle::<BatchAddConversationParticipant>(context, request)
    }

    fn batch_add_manager(
        &self,
        context: RequestContext,
        request: BatchAddManagerRequest,
    ) -> impl Future<Output = Result<BatchAddManagerResponse, Fault>> + Send {
        self.0.handle::<BatchAddManager>(context, request)
    }

    fn batch_add_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchAddWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddWhitelistParticipantResponse, Fault>,
    > + Send {
        self.0.handle::<BatchAddWhitelistParticipant>(context, request)
    }

    fn batch_delete_block_participants(
        &self,
        context: RequestContext,
        request: BatchDeleteBlockParticipantsRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteBlockParticipantsResponse, Fault>,
    > + Send {
        self.0.handle::<BatchDeleteBlockParticipants>(context, request)
    }

    fn batch_delete_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchDeleteConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteConversationParticipantResponse, Fault>,
    > + Send {
        self.0.handle::<BatchDeleteConversationParticipant>(context, request)
    }

    fn batch_get_block_participants(
        &self,
        context: RequestContext,
        request: BatchGetBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchGetBlockParticipantsResponse, Fault>> + Send {
        self.0.handle::<BatchGetBlockParticipants>(context, request)
    }

    fn batch_get_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchGetConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetConversationParticipantResponse, Fault>,
    > + Send {
        self.0.handle::<BatchGetConversationParticipant>(context, request)
    }

    fn batch_get_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchGetWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetWhitelistParticipantResponse, Fault>,
    > + Send {
        self.0.handle::<BatchGetWhitelistParticipant>(context, request)
    }

    fn batch_modify_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchModifyConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchModifyConversationParticipantResponse, Fault>,
    > + Send {
        self.0.handle::<BatchModifyConversationParticipant>(context, request)
    }

    fn batch_remove_manager(
        &self,
        context: RequestContext,
        request: BatchRemoveManagerRequest,
    ) -> impl Future<Output = Result<BatchRemoveManagerResponse, Fault>> + Send {
        self.0.handle::<BatchRemoveManager>(context, request)
    }

    fn batch_remove_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchRemoveWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchRemoveWhitelistParticipantResponse, Fault>,
    > + Send {
        self.0.handle::<BatchRemoveWhitelistParticipant>(context, request)
    }

    fn batch_send_message(
        &self,
        context: RequestContext,
        request: BatchSendMessageRequest,
    ) -> impl Future<Output = Result<BatchSendMessageResponse, Fault>> + Send {
        self.0.handle::<BatchSendMessage>(context, request)
    }

    fn batch_update_live_participants(
        &self,
        context: RequestContext,
        request: BatchUpdateLiveParticipantsRequest,
    ) -> impl Future<
        Output = Result<BatchUpdateLiveParticipantsResponse, Fault>,
    > + Send {
        self.0.handle::<BatchUpdateLiveParticipants>(context, request)
    }

    fn create_conversation(
        &self,
        context: RequestContext,
        request: CreateConversationRequest,
    ) -> impl Future<Output = Result<CreateConversationResponse, Fault>> + Send {
        self.0.handle::<CreateConversation>(context, request)
    }

    fn delete_conversation_message(
        &self,
        context: RequestContext,
        request: DeleteConversationMessageRequest,
    ) -> impl Future<Output = Result<DeleteConversationMessageResponse, Fault>> + Send {
        self.0.handle::<DeleteConversationMessage>(context, request)
    }

    fn delete_message(
        &self,
        context: RequestContext,
        request: DeleteMessageRequest,
    ) -> impl Future<Output = Result<DeleteMessageResponse, Fault>> + Send {
        self.0.handle::<DeleteMessage>(context, request)
    }

    fn get_app_token(
        &self,
        context: RequestContext,
        request: GetAppTokenRequest,
    ) -> impl Future<Output = Result<GetAppTokenResponse, Fault>> + Send {
        self.0.handle::<GetAppToken>(context, request)
    }

    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<GetConversationMessagesResponse, Fault>> + Send {
        self.0.handle::<GetConversationMessages>(context, request)
    }

    fn get_messages(
        &self,
        context: RequestContext,
        request: GetMessagesRequest,
    ) -> impl Future<Output = Result<GetMessagesResponse, Fault>> + Send {
        self.0.handle::<GetMessages>(context, request)
    }

    fn get_messages_read_receipt(
        &self,
        context: RequestContext,
        request: GetMessagesReadReceiptRequest,
    ) -> impl Future<Output = Result<GetMessagesReadReceiptResponse, Fault>> + Send {
        self.0.handle::<GetMessagesReadReceipt>(context, request)
    }

    fn get_user_conversations(
        &self,
        context: RequestContext,
        request: GetUserConversationsRequest,
    ) -> impl Future<Output = Result<GetUserConversationsResponse, Fault>> + Send {
        self.0.handle::<GetUserConversations>(context, request)
    }

    fn modify_conversation_setting(
        &self,
        context: RequestContext,
        request: ModifyConversationSettingRequest,
    ) -> impl Future<Output = Result<ModifyConversationSettingResponse, Fault>> + Send {
        self.0.handle::<ModifyConversationSetting>(context, request)
    }

    fn modify_message(
        &self,
        context: RequestContext,
        request: ModifyMessageRequest,
    ) -> impl Future<Output = Result<ModifyMessageResponse, Fault>> + Send {
        self.0.handle::<ModifyMessage>(context, request)
    }

    fn recall_message(
        &self,
        context: RequestContext,
        request: RecallMessageRequest,
    ) -> impl Future<Output = Result<RecallMessageResponse, Fault>> + Send {
        self.0.handle::<RecallMessage>(context, request)
    }

    fn scan_conversation_participant_list(
        &self,
        context: RequestContext,
        request: ScanConversationParticipantListRequest,
    ) -> impl Future<
        Output = Result<ScanConversationParticipantListResponse, Fault>,
    > + Send {
        self.0.handle::<ScanConversationParticipantList>(context, request)
    }

    fn send_message(
        &self,
        context: RequestContext,
        request: SendMessageRequest,
    ) -> impl Future<Output = Result<SendMessageResponse, Fault>> + Send {
        self.0.handle::<SendMessage>(context, request)
    }

    fn user_broadcast(
        &self,
        context: RequestContext,
        request: UserBroadcastRequest,
    ) -> impl Future<Output = Result<UserBroadcastResponse, Fault>> + Send {
        self.0.handle::<UserBroadcast>(context, request)
    }
}

/// A [`StrictService`] served as a [`Service`].
impl<T: StrictService> Service for Strict<T> {
    fn batch_add_block_participants(
        &self,
        context: RequestContext,
        request: BatchAddBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchAddBlockParticipantsResponse, Fault>> + Send {
        self.0.batch_add_block_participants(context, request)
    }

    fn batch_add_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchAddConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddConversationParticipantResponse, Fault>,
    > + Send {
        self.0.batch_add_conversation_participant(context, request)
    }

    fn batch_add_manager(
        &self,
        context: RequestContext,
        request: BatchAddManagerRequest,
    ) -> impl Future<Output = Result<BatchAddManagerResponse, Fault>> + Send {
        self.0.batch_add_manager(context, request)
    }

    fn batch_add_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchAddWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchAddWhitelistParticipantResponse, Fault>,
    > + Send {
        self.0.batch_add_whitelist_participant(context, request)
    }

    fn batch_delete_block_participants(
        &self,
        context: RequestContext,
        request: BatchDeleteBlockParticipantsRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteBlockParticipantsResponse, Fault>,
    > + Send {
        self.0.batch_delete_block_participants(context, request)
    }

    fn batch_delete_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchDeleteConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchDeleteConversationParticipantResponse, Fault>,
    > + Send {
        self.0.batch_delete_conversation_participant(context, request)
    }

    fn batch_get_block_participants(
        &self,
        context: RequestContext,
        request: BatchGetBlockParticipantsRequest,
    ) -> impl Future<Output = Result<BatchGetBlockParticipantsResponse, Fault>> + Send {
        self.0.batch_get_block_participants(context, request)
    }

    fn batch_get_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchGetConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetConversationParticipantResponse, Fault>,
    > + Send {
        self.0.batch_get_conversation_participant(context, request)
    }

    fn batch_get_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchGetWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchGetWhitelistParticipantResponse, Fault>,
    > + Send {
        self.0.batch_get_whitelist_participant(context, request)
    }

    fn batch_modify_conversation_participant(
        &self,
        context: RequestContext,
        request: BatchModifyConversationParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchModifyConversationParticipantResponse, Fault>,
    > + Send {
        self.0.batch_modify_conversation_participant(context, request)
    }

    fn batch_remove_manager(
        &self,
        context: RequestContext,
        request: BatchRemoveManagerRequest,
    ) -> impl Future<Output = Result<BatchRemoveManagerResponse, Fault>> + Send {
        self.0.batch_remove_manager(context, request)
    }

    fn batch_remove_whitelist_participant(
        &self,
        context: RequestContext,
        request: BatchRemoveWhitelistParticipantRequest,
    ) -> impl Future<
        Output = Result<BatchRemoveWhitelistParticipantResponse, Fault>,
    > + Send {
        self.0.batch_remove_whitelist_participant(context, request)
    }

    fn batch_send_message(
        &self,
        context: RequestContext,
        request: BatchSendMessageRequest,
    ) -> impl Future<Output = Result<BatchSendMessageResponse, Fault>> + Send {
        self.0.batch_send_message(context, request)
    }

    fn batch_update_live_participants(
        &self,
        context: RequestContext,
        request: BatchUpdateLiveParticipantsRequest,
    ) -> impl Future<
        Output = Result<BatchUpdateLiveParticipantsResponse, Fault>,
    > + Send {
        self.0.batch_update_live_participants(context, request)
    }

    fn create_conversation(
        &self,
        context: RequestContext,
        request: CreateConversationRequest,
    ) -> impl Future<Output = Result<CreateConversationResponse, Fault>> + Send {
        self.0.create_conversation(context, request)
    }

    fn delete_conversation_message(
        &self,
        context: RequestContext,
        request: DeleteConversationMessageRequest,
    ) -> impl Future<Output = Result<DeleteConversationMessageResponse, Fault>> + Send {
        self.0.delete_conversation_message(context, request)
    }

    fn delete_message(
        &self,
        context: RequestContext,
        request: DeleteMessageRequest,
    ) -> impl Future<Output = Result<DeleteMessageResponse, Fault>> + Send {
        self.0.delete_message(context, request)
    }

    fn get_app_token(
        &self,
        context: RequestContext,
        request: GetAppTokenRequest,
    ) -> impl Future<Output = Result<GetAppTokenResponse, Fault>> + Send {
        self.0.get_app_token(context, request)
    }

    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<GetConversationMessagesResponse, Fault>> + Send {
        self.0.get_conversation_messages(context, request)
    }

    fn get_messages(
        &self,
        context: RequestContext,
        request: GetMessagesRequest,
    ) -> impl Future<Output = Result<GetMessagesResponse, Fault>> + Send {
        self.0.get_messages(context, request)
    }

    fn get_messages_read_receipt(
        &self,
        context: RequestContext,
        request: GetMessagesReadReceiptRequest,
    ) -> impl Future<Output = Result<GetMessagesReadReceiptResponse, Fault>> + Send {
        self.0.get_messages_read_receipt(context, request)
    }

    fn get_user_conversations(
        &self,
        context: RequestContext,
        request: GetUserConversationsRequest,
    ) -> impl Future<Output = Result<GetUserConversationsResponse, Fault>> + Send {
        self.0.get_user_conversations(context, request)
    }

    fn modify_conversation_setting(
        &self,
        context: RequestContext,
        request: ModifyConversationSettingRequest,
    ) -> impl Future<Output = Result<ModifyConversationSettingResponse, Fault>> + Send {
        self.0.modify_conversation_setting(context, request)
    }

    fn modify_message(
        &self,
        context: RequestContext,
        request: ModifyMessageRequest,
    ) -> impl Future<Output = Result<ModifyMessageResponse, Fault>> + Send {
        self.0.modify_message(context, request)
    }

    fn recall_message(
        &self,
        context: RequestContext,
        request: RecallMessageRequest,
    ) -> impl Future<Output = Result<RecallMessageResponse, Fault>> + Send {
        self.0.recall_message(context, request)
    }

    fn scan_conversation_participant_list(
        &self,
        context: RequestContext,
        request: ScanConversationParticipantListRequest,
    ) -> impl Future<
        Output = Result<ScanConversationParticipantListResponse, Fault>,
    > + Send {
        self.0.scan_conversation_participant_list(context, request)
    }

    fn send_message(
        &self,
        context: RequestContext,
        request: SendMessageRequest,
    ) -> impl Future<Output = Result<SendMessageResponse, Fault>> + Send {
        self.0.send_message(context, request)
    }

    fn user_broadcast(
        &self,
        context: RequestContext,
        request: UserBroadcastRequest,
    ) -> impl Future<Output = Result<UserBroadcastResponse, Fault>> + Send {
        self.0.user_broadcast(context, request)
    }
}

/// The router of the service: answers every operation like the vendor's gateway, calling into `service`. Add your own tower layers to it, and serve it with `axum::serve`.
pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
    Routes::new(&SPEC, service, config)
        .route::<
            BatchAddBlockParticipants,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_add_block_participants(context, request).await
        })
        .route::<
            BatchAddConversationParticipant,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_add_conversation_participant(context, request).await
        })
        .route::<
            BatchAddManager,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_add_manager(context, request).await
        })
        .route::<
            BatchAddWhitelistParticipant,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_add_whitelist_participant(context, request).await
        })
        .route::<
            BatchDeleteBlockParticipants,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_delete_block_participants(context, request).await
        })
        .route::<
            BatchDeleteConversationParticipant,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_delete_conversation_participant(context, request).await
        })
        .route::<
            BatchGetBlockParticipants,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_get_block_participants(context, request).await
        })
        .route::<
            BatchGetConversationParticipant,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_get_conversation_participant(context, request).await
        })
        .route::<
            BatchGetWhitelistParticipant,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_get_whitelist_participant(context, request).await
        })
        .route::<
            BatchModifyConversationParticipant,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_modify_conversation_participant(context, request).await
        })
        .route::<
            BatchRemoveManager,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_remove_manager(context, request).await
        })
        .route::<
            BatchRemoveWhitelistParticipant,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_remove_whitelist_participant(context, request).await
        })
        .route::<
            BatchSendMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_send_message(context, request).await
        })
        .route::<
            BatchUpdateLiveParticipants,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_update_live_participants(context, request).await
        })
        .route::<
            CreateConversation,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.create_conversation(context, request).await
        })
        .route::<
            DeleteConversationMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.delete_conversation_message(context, request).await
        })
        .route::<
            DeleteMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.delete_message(context, request).await
        })
        .route::<
            GetAppToken,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_app_token(context, request).await
        })
        .route::<
            GetConversationMessages,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_conversation_messages(context, request).await
        })
        .route::<
            GetMessages,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_messages(context, request).await
        })
        .route::<
            GetMessagesReadReceipt,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_messages_read_receipt(context, request).await
        })
        .route::<
            GetUserConversations,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_user_conversations(context, request).await
        })
        .route::<
            ModifyConversationSetting,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.modify_conversation_setting(context, request).await
        })
        .route::<
            ModifyMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.modify_message(context, request).await
        })
        .route::<
            RecallMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.recall_message(context, request).await
        })
        .route::<
            ScanConversationParticipantList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.scan_conversation_participant_list(context, request).await
        })
        .route::<
            SendMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.send_message(context, request).await
        })
        .route::<
            UserBroadcast,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_broadcast(context, request).await
        })
        .into_router()
}
