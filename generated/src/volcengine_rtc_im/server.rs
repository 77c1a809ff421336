// Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

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
    AddBlackList, AddBlackListRequest, AddBlackListResponse, AddFriend, AddFriendRequest,
    AddFriendResponse, BatchAddBlockParticipants, BatchAddBlockParticipantsRequest,
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
    BatchGetConversationParticipantResponse, BatchGetConversations,
    BatchGetConversationsRequest, BatchGetConversationsResponse, BatchGetUser,
    BatchGetUserRequest, BatchGetUserResponse, BatchGetWhitelistParticipant,
    BatchGetWhitelistParticipantRequest, BatchGetWhitelistParticipantResponse,
    BatchModifyConversationParticipant, BatchModifyConversationParticipantRequest,
    BatchModifyConversationParticipantResponse, BatchRemoveManager,
    BatchRemoveManagerRequest, BatchRemoveManagerResponse,
    BatchRemoveWhitelistParticipant, BatchRemoveWhitelistParticipantRequest,
    BatchRemoveWhitelistParticipantResponse, BatchSendMessage, BatchSendMessageRequest,
    BatchSendMessageResponse, BatchUpdateLiveParticipants,
    BatchUpdateLiveParticipantsRequest, BatchUpdateLiveParticipantsResponse,
    BatchUpdateUser, BatchUpdateUserRequest, BatchUpdateUserResponse,
    BatchUpdateUserTags, BatchUpdateUserTagsRequest, BatchUpdateUserTagsResponse,
    CreateConversation, CreateConversationRequest, CreateConversationResponse,
    DeleteConversationMessage, DeleteConversationMessageRequest,
    DeleteConversationMessageResponse, DeleteFriend, DeleteFriendRequest,
    DeleteFriendResponse, DeleteMessage, DeleteMessageRequest, DeleteMessageResponse,
    DestroyConversation, DestroyConversationRequest, DestroyConversationResponse,
    GetAppToken, GetAppTokenRequest, GetAppTokenResponse, GetBlackList,
    GetBlackListRequest, GetBlackListResponse, GetConversationMarks,
    GetConversationMarksRequest, GetConversationMarksResponse, GetConversationMessages,
    GetConversationMessagesRequest, GetConversationMessagesResponse,
    GetConversationSetting, GetConversationSettingRequest,
    GetConversationSettingResponse, GetConversationUserCount,
    GetConversationUserCountRequest, GetConversationUserCountResponse, GetMessages,
    GetMessagesReadReceipt, GetMessagesReadReceiptRequest,
    GetMessagesReadReceiptResponse, GetMessagesRequest, GetMessagesResponse,
    GetParticipantReadIndex, GetParticipantReadIndexRequest,
    GetParticipantReadIndexResponse, GetUserConversations, GetUserConversationsRequest,
    GetUserConversationsResponse, IsFriend, IsFriendRequest, IsFriendResponse,
    IsInBlackList, IsInBlackListRequest, IsInBlackListResponse, IsUserInConversation,
    IsUserInConversationRequest, IsUserInConversationResponse, ListFriend,
    ListFriendRequest, ListFriendResponse, MarkConversation, MarkConversationRequest,
    MarkConversationResponse, ModifyConversation, ModifyConversationRequest,
    ModifyConversationResponse, ModifyConversationSetting,
    ModifyConversationSettingRequest, ModifyConversationSettingResponse, ModifyMessage,
    ModifyMessageRequest, ModifyMessageResponse, ModifyParticipantReadIndex,
    ModifyParticipantReadIndexRequest, ModifyParticipantReadIndexResponse,
    QueryLiveParticipantStatus, QueryLiveParticipantStatusRequest,
    QueryLiveParticipantStatusResponse, QueryOnlineStatus, QueryOnlineStatusRequest,
    QueryOnlineStatusResponse, RecallMessage, RecallMessageRequest,
    RecallMessageResponse, RegisterUsers, RegisterUsersRequest, RegisterUsersResponse,
    RemoveBlackList, RemoveBlackListRequest, RemoveBlackListResponse, SPEC,
    ScanConversationParticipantList, ScanConversationParticipantListRequest,
    ScanConversationParticipantListResponse, SendMessage, SendMessageRequest,
    SendMessageResponse, UnRegisterUsers, UnRegisterUsersRequest,
    UnRegisterUsersResponse, UpdateBlackList, UpdateBlackListRequest,
    UpdateBlackListResponse, UpdateFriend, UpdateFriendRequest, UpdateFriendResponse,
    UserBroadcast, UserBroadcastRequest, UserBroadcastResponse,
};

/// The gateway the router answers as, with the credentials it accepts: `ServerConfig::new(Gateway::new(StaticKeys::new()…))`.
#[doc(inline)]
pub use imapi_runtime::volcengine::server::{Gateway, Keys, StaticKeys};

/// Volcengine RTC instant messaging (IM) OpenAPI, served: one method per operation, each given the authenticated [`RequestContext`] and the request, decoded and validated. Share state across requests through `&self` (the router holds the implementation in an [`Arc`]).
///
/// A method left out answers the vendor's refusal for an operation the server does not offer ([`Fault::not_implemented`]), so an operation added to the spec never breaks an implementation; implement [`StrictService`] instead to have the compiler ask for every method.
pub trait Service: Send + Sync + 'static {
    /// `AddBlackList`: 你可以使用此接口添加黑名单用户。
    ///
    /// See [the operation's page](super::add_black_list) for its rules, errors and notes.
    fn add_black_list(
        &self,
        context: RequestContext,
        request: AddBlackListRequest,
    ) -> impl Future<Output = Result<AddBlackListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AddBlackList::OP)))
    }

    /// `AddFriend`: 你可以使用此接口添加好友。
    ///
    /// See [the operation's page](super::add_friend) for its rules, errors and notes.
    fn add_friend(
        &self,
        context: RequestContext,
        request: AddFriendRequest,
    ) -> impl Future<Output = Result<AddFriendResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AddFriend::OP)))
    }

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

    /// `BatchGetConversations`: 你可以使用此接口批量查询会话。
    ///
    /// See [the operation's page](super::batch_get_conversations) for its rules, errors and notes.
    fn batch_get_conversations(
        &self,
        context: RequestContext,
        request: BatchGetConversationsRequest,
    ) -> impl Future<Output = Result<BatchGetConversationsResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchGetConversations::OP)))
    }

    /// `BatchGetUser`: 你可以使用此接口批量查询用户资料。
    ///
    /// See [the operation's page](super::batch_get_user) for its rules, errors and notes.
    fn batch_get_user(
        &self,
        context: RequestContext,
        request: BatchGetUserRequest,
    ) -> impl Future<Output = Result<BatchGetUserResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchGetUser::OP)))
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

    /// `BatchUpdateUser`: 你可以使用此接口批量更新用户资料。
    ///
    /// See [the operation's page](super::batch_update_user) for its rules, errors and notes.
    fn batch_update_user(
        &self,
        context: RequestContext,
        request: BatchUpdateUserRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchUpdateUser::OP)))
    }

    /// `BatchUpdateUserTags`: 你可以使用此接口批量更新用户标签。
    ///
    /// See [the operation's page](super::batch_update_user_tags) for its rules, errors and notes.
    fn batch_update_user_tags(
        &self,
        context: RequestContext,
        request: BatchUpdateUserTagsRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserTagsResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchUpdateUserTags::OP)))
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

    /// `DeleteFriend`: 你可以使用此接口删除好友。
    ///
    /// See [the operation's page](super::delete_friend) for its rules, errors and notes.
    fn delete_friend(
        &self,
        context: RequestContext,
        request: DeleteFriendRequest,
    ) -> impl Future<Output = Result<DeleteFriendResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&DeleteFriend::OP)))
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

    /// `DestroyConversation`: 你可以使用此接口解散群聊。
    ///
    /// See [the operation's page](super::destroy_conversation) for its rules, errors and notes.
    fn destroy_conversation(
        &self,
        context: RequestContext,
        request: DestroyConversationRequest,
    ) -> impl Future<Output = Result<DestroyConversationResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&DestroyConversation::OP)))
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

    /// `GetBlackList`: 你可以使用此接口查询黑名单。
    ///
    /// See [the operation's page](super::get_black_list) for its rules, errors and notes.
    fn get_black_list(
        &self,
        context: RequestContext,
        request: GetBlackListRequest,
    ) -> impl Future<Output = Result<GetBlackListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetBlackList::OP)))
    }

    /// `GetConversationMarks`: 你可以调用 GetConversationMarks 接口对会话标记进行查询。
    ///
    /// See [the operation's page](super::get_conversation_marks) for its rules, errors and notes.
    fn get_conversation_marks(
        &self,
        context: RequestContext,
        request: GetConversationMarksRequest,
    ) -> impl Future<Output = Result<GetConversationMarksResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetConversationMarks::OP)))
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

    /// `GetConversationSetting`: 你可以使用此接口查询会话成员对会话的设置。
    ///
    /// See [the operation's page](super::get_conversation_setting) for its rules, errors and notes.
    fn get_conversation_setting(
        &self,
        context: RequestContext,
        request: GetConversationSettingRequest,
    ) -> impl Future<Output = Result<GetConversationSettingResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetConversationSetting::OP)))
    }

    /// `GetConversationUserCount`: 你可以使用此接口查询会话成员数量。
    ///
    /// See [the operation's page](super::get_conversation_user_count) for its rules, errors and notes.
    fn get_conversation_user_count(
        &self,
        context: RequestContext,
        request: GetConversationUserCountRequest,
    ) -> impl Future<Output = Result<GetConversationUserCountResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetConversationUserCount::OP)))
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

    /// `GetParticipantReadIndex`: 查询会话成员的已读位置。
    ///
    /// See [the operation's page](super::get_participant_read_index) for its rules, errors and notes.
    fn get_participant_read_index(
        &self,
        context: RequestContext,
        request: GetParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<GetParticipantReadIndexResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetParticipantReadIndex::OP)))
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

    /// `IsFriend`: 你可以使用此接口校验两个用户之间的好友关系。
    ///
    /// See [the operation's page](super::is_friend) for its rules, errors and notes.
    fn is_friend(
        &self,
        context: RequestContext,
        request: IsFriendRequest,
    ) -> impl Future<Output = Result<IsFriendResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&IsFriend::OP)))
    }

    /// `IsInBlackList`: 你可以使用此接口校验用户是否在黑名单中。
    ///
    /// See [the operation's page](super::is_in_black_list) for its rules, errors and notes.
    fn is_in_black_list(
        &self,
        context: RequestContext,
        request: IsInBlackListRequest,
    ) -> impl Future<Output = Result<IsInBlackListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&IsInBlackList::OP)))
    }

    /// `IsUserInConversation`: 你可以使用此接口判断用户是否在会话中。
    ///
    /// See [the operation's page](super::is_user_in_conversation) for its rules, errors and notes.
    fn is_user_in_conversation(
        &self,
        context: RequestContext,
        request: IsUserInConversationRequest,
    ) -> impl Future<Output = Result<IsUserInConversationResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&IsUserInConversation::OP)))
    }

    /// `ListFriend`: 你可以使用此接口查询好友列表。
    ///
    /// See [the operation's page](super::list_friend) for its rules, errors and notes.
    fn list_friend(
        &self,
        context: RequestContext,
        request: ListFriendRequest,
    ) -> impl Future<Output = Result<ListFriendResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ListFriend::OP)))
    }

    /// `MarkConversation`: 你可以调用 MarkConversation 接口对会话进行标记。
    ///
    /// See [the operation's page](super::mark_conversation) for its rules, errors and notes.
    fn mark_conversation(
        &self,
        context: RequestContext,
        request: MarkConversationRequest,
    ) -> impl Future<Output = Result<MarkConversationResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&MarkConversation::OP)))
    }

    /// `ModifyConversation`: 你可以使用此接口修改会话信息。
    ///
    /// See [the operation's page](super::modify_conversation) for its rules, errors and notes.
    fn modify_conversation(
        &self,
        context: RequestContext,
        request: ModifyConversationRequest,
    ) -> impl Future<Output = Result<ModifyConversationResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ModifyConversation::OP)))
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

    /// `ModifyParticipantReadIndex`: 修改会话成员的已读位置。
    ///
    /// See [the operation's page](super::modify_participant_read_index) for its rules, errors and notes.
    fn modify_participant_read_index(
        &self,
        context: RequestContext,
        request: ModifyParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<ModifyParticipantReadIndexResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ModifyParticipantReadIndex::OP)))
    }

    /// `QueryLiveParticipantStatus`: 你可以使用此接口查询群成员在直播群的状态。
    ///
    /// See [the operation's page](super::query_live_participant_status) for its rules, errors and notes.
    fn query_live_participant_status(
        &self,
        context: RequestContext,
        request: QueryLiveParticipantStatusRequest,
    ) -> impl Future<Output = Result<QueryLiveParticipantStatusResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&QueryLiveParticipantStatus::OP)))
    }

    /// `QueryOnlineStatus`: 你可以使用此接口查询用户在线状态。
    ///
    /// See [the operation's page](super::query_online_status) for its rules, errors and notes.
    fn query_online_status(
        &self,
        context: RequestContext,
        request: QueryOnlineStatusRequest,
    ) -> impl Future<Output = Result<QueryOnlineStatusResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&QueryOnlineStatus::OP)))
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

    /// `RegisterUsers`: 你可以使用此接口注册用户。
    ///
    /// See [the operation's page](super::register_users) for its rules, errors and notes.
    fn register_users(
        &self,
        context: RequestContext,
        request: RegisterUsersRequest,
    ) -> impl Future<Output = Result<RegisterUsersResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&RegisterUsers::OP)))
    }

    /// `RemoveBlackList`: 你可以使用此接口移出黑名单用户。
    ///
    /// See [the operation's page](super::remove_black_list) for its rules, errors and notes.
    fn remove_black_list(
        &self,
        context: RequestContext,
        request: RemoveBlackListRequest,
    ) -> impl Future<Output = Result<RemoveBlackListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&RemoveBlackList::OP)))
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

    /// `UnRegisterUsers`: 你可以使用此接口注销用户。
    ///
    /// See [the operation's page](super::un_register_users) for its rules, errors and notes.
    fn un_register_users(
        &self,
        context: RequestContext,
        request: UnRegisterUsersRequest,
    ) -> impl Future<Output = Result<UnRegisterUsersResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UnRegisterUsers::OP)))
    }

    /// `UpdateBlackList`: 你可以使用此接口更新黑名单中的用户信息。
    ///
    /// See [the operation's page](super::update_black_list) for its rules, errors and notes.
    fn update_black_list(
        &self,
        context: RequestContext,
        request: UpdateBlackListRequest,
    ) -> impl Future<Output = Result<UpdateBlackListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UpdateBlackList::OP)))
    }

    /// `UpdateFriend`: 你可以使用此接口对好友信息进行更新。
    ///
    /// See [the operation's page](super::update_friend) for its rules, errors and notes.
    fn update_friend(
        &self,
        context: RequestContext,
        request: UpdateFriendRequest,
    ) -> impl Future<Output = Result<UpdateFriendResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UpdateFriend::OP)))
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
    /// `AddBlackList`: 你可以使用此接口添加黑名单用户。
    ///
    /// See [the operation's page](super::add_black_list) for its rules, errors and notes.
    fn add_black_list(
        &self,
        context: RequestContext,
        request: AddBlackListRequest,
    ) -> impl Future<Output = Result<AddBlackListResponse, Fault>> + Send;
    /// `AddFriend`: 你可以使用此接口添加好友。
    ///
    /// See [the operation's page](super::add_friend) for its rules, errors and notes.
    fn add_friend(
        &self,
        context: RequestContext,
        request: AddFriendRequest,
    ) -> impl Future<Output = Result<AddFriendResponse, Fault>> + Send;
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
    /// `BatchGetConversations`: 你可以使用此接口批量查询会话。
    ///
    /// See [the operation's page](super::batch_get_conversations) for its rules, errors and notes.
    fn batch_get_conversations(
        &self,
        context: RequestContext,
        request: BatchGetConversationsRequest,
    ) -> impl Future<Output = Result<BatchGetConversationsResponse, Fault>> + Send;
    /// `BatchGetUser`: 你可以使用此接口批量查询用户资料。
    ///
    /// See [the operation's page](super::batch_get_user) for its rules, errors and notes.
    fn batch_get_user(
        &self,
        context: RequestContext,
        request: BatchGetUserRequest,
    ) -> impl Future<Output = Result<BatchGetUserResponse, Fault>> + Send;
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
    /// `BatchUpdateUser`: 你可以使用此接口批量更新用户资料。
    ///
    /// See [the operation's page](super::batch_update_user) for its rules, errors and notes.
    fn batch_update_user(
        &self,
        context: RequestContext,
        request: BatchUpdateUserRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserResponse, Fault>> + Send;
    /// `BatchUpdateUserTags`: 你可以使用此接口批量更新用户标签。
    ///
    /// See [the operation's page](super::batch_update_user_tags) for its rules, errors and notes.
    fn batch_update_user_tags(
        &self,
        context: RequestContext,
        request: BatchUpdateUserTagsRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserTagsResponse, Fault>> + Send;
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
    /// `DeleteFriend`: 你可以使用此接口删除好友。
    ///
    /// See [the operation's page](super::delete_friend) for its rules, errors and notes.
    fn delete_friend(
        &self,
        context: RequestContext,
        request: DeleteFriendRequest,
    ) -> impl Future<Output = Result<DeleteFriendResponse, Fault>> + Send;
    /// `DeleteMessage`: 你可以使用此接口为会话成员删除消息。
    ///
    /// See [the operation's page](super::delete_message) for its rules, errors and notes.
    fn delete_message(
        &self,
        context: RequestContext,
        request: DeleteMessageRequest,
    ) -> impl Future<Output = Result<DeleteMessageResponse, Fault>> + Send;
    /// `DestroyConversation`: 你可以使用此接口解散群聊。
    ///
    /// See [the operation's page](super::destroy_conversation) for its rules, errors and notes.
    fn destroy_conversation(
        &self,
        context: RequestContext,
        request: DestroyConversationRequest,
    ) -> impl Future<Output = Result<DestroyConversationResponse, Fault>> + Send;
    /// `GetAppToken`: 你可以使用此接口生成用户登录 IM 所需的 Token。
    ///
    /// See [the operation's page](super::get_app_token) for its rules, errors and notes.
    fn get_app_token(
        &self,
        context: RequestContext,
        request: GetAppTokenRequest,
    ) -> impl Future<Output = Result<GetAppTokenResponse, Fault>> + Send;
    /// `GetBlackList`: 你可以使用此接口查询黑名单。
    ///
    /// See [the operation's page](super::get_black_list) for its rules, errors and notes.
    fn get_black_list(
        &self,
        context: RequestContext,
        request: GetBlackListRequest,
    ) -> impl Future<Output = Result<GetBlackListResponse, Fault>> + Send;
    /// `GetConversationMarks`: 你可以调用 GetConversationMarks 接口对会话标记进行查询。
    ///
    /// See [the operation's page](super::get_conversation_marks) for its rules, errors and notes.
    fn get_conversation_marks(
        &self,
        context: RequestContext,
        request: GetConversationMarksRequest,
    ) -> impl Future<Output = Result<GetConversationMarksResponse, Fault>> + Send;
    /// `GetConversationMessages`: 你可以使用此接口批量查询会话中的消息。
    ///
    /// See [the operation's page](super::get_conversation_messages) for its rules, errors and notes.
    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<GetConversationMessagesResponse, Fault>> + Send;
    /// `GetConversationSetting`: 你可以使用此接口查询会话成员对会话的设置。
    ///
    /// See [the operation's page](super::get_conversation_setting) for its rules, errors and notes.
    fn get_conversation_setting(
        &self,
        context: RequestContext,
        request: GetConversationSettingRequest,
    ) -> impl Future<Output = Result<GetConversationSettingResponse, Fault>> + Send;
    /// `GetConversationUserCount`: 你可以使用此接口查询会话成员数量。
    ///
    /// See [the operation's page](super::get_conversation_user_count) for its rules, errors and notes.
    fn get_conversation_user_count(
        &self,
        context: RequestContext,
        request: GetConversationUserCountRequest,
    ) -> impl Future<Output = Result<GetConversationUserCountResponse, Fault>> + Send;
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
    /// `GetParticipantReadIndex`: 查询会话成员的已读位置。
    ///
    /// See [the operation's page](super::get_participant_read_index) for its rules, errors and notes.
    fn get_participant_read_index(
        &self,
        context: RequestContext,
        request: GetParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<GetParticipantReadIndexResponse, Fault>> + Send;
    /// `GetUserConversations`: 你可以使用此接口查询某个成员拥有的会话。
    ///
    /// See [the operation's page](super::get_user_conversations) for its rules, errors and notes.
    fn get_user_conversations(
        &self,
        context: RequestContext,
        request: GetUserConversationsRequest,
    ) -> impl Future<Output = Result<GetUserConversationsResponse, Fault>> + Send;
    /// `IsFriend`: 你可以使用此接口校验两个用户之间的好友关系。
    ///
    /// See [the operation's page](super::is_friend) for its rules, errors and notes.
    fn is_friend(
        &self,
        context: RequestContext,
        request: IsFriendRequest,
    ) -> impl Future<Output = Result<IsFriendResponse, Fault>> + Send;
    /// `IsInBlackList`: 你可以使用此接口校验用户是否在黑名单中。
    ///
    /// See [the operation's page](super::is_in_black_list) for its rules, errors and notes.
    fn is_in_black_list(
        &self,
        context: RequestContext,
        request: IsInBlackListRequest,
    ) -> impl Future<Output = Result<IsInBlackListResponse, Fault>> + Send;
    /// `IsUserInConversation`: 你可以使用此接口判断用户是否在会话中。
    ///
    /// See [the operation's page](super::is_user_in_conversation) for its rules, errors and notes.
    fn is_user_in_conversation(
        &self,
        context: RequestContext,
        request: IsUserInConversationRequest,
    ) -> impl Future<Output = Result<IsUserInConversationResponse, Fault>> + Send;
    /// `ListFriend`: 你可以使用此接口查询好友列表。
    ///
    /// See [the operation's page](super::list_friend) for its rules, errors and notes.
    fn list_friend(
        &self,
        context: RequestContext,
        request: ListFriendRequest,
    ) -> impl Future<Output = Result<ListFriendResponse, Fault>> + Send;
    /// `MarkConversation`: 你可以调用 MarkConversation 接口对会话进行标记。
    ///
    /// See [the operation's page](super::mark_conversation) for its rules, errors and notes.
    fn mark_conversation(
        &self,
        context: RequestContext,
        request: MarkConversationRequest,
    ) -> impl Future<Output = Result<MarkConversationResponse, Fault>> + Send;
    /// `ModifyConversation`: 你可以使用此接口修改会话信息。
    ///
    /// See [the operation's page](super::modify_conversation) for its rules, errors and notes.
    fn modify_conversation(
        &self,
        context: RequestContext,
        request: ModifyConversationRequest,
    ) -> impl Future<Output = Result<ModifyConversationResponse, Fault>> + Send;
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
    /// `ModifyParticipantReadIndex`: 修改会话成员的已读位置。
    ///
    /// See [the operation's page](super::modify_participant_read_index) for its rules, errors and notes.
    fn modify_participant_read_index(
        &self,
        context: RequestContext,
        request: ModifyParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<ModifyParticipantReadIndexResponse, Fault>> + Send;
    /// `QueryLiveParticipantStatus`: 你可以使用此接口查询群成员在直播群的状态。
    ///
    /// See [the operation's page](super::query_live_participant_status) for its rules, errors and notes.
    fn query_live_participant_status(
        &self,
        context: RequestContext,
        request: QueryLiveParticipantStatusRequest,
    ) -> impl Future<Output = Result<QueryLiveParticipantStatusResponse, Fault>> + Send;
    /// `QueryOnlineStatus`: 你可以使用此接口查询用户在线状态。
    ///
    /// See [the operation's page](super::query_online_status) for its rules, errors and notes.
    fn query_online_status(
        &self,
        context: RequestContext,
        request: QueryOnlineStatusRequest,
    ) -> impl Future<Output = Result<QueryOnlineStatusResponse, Fault>> + Send;
    /// `RecallMessage`: 你可以使用此接口撤回会话中的消息。
    ///
    /// See [the operation's page](super::recall_message) for its rules, errors and notes.
    fn recall_message(
        &self,
        context: RequestContext,
        request: RecallMessageRequest,
    ) -> impl Future<Output = Result<RecallMessageResponse, Fault>> + Send;
    /// `RegisterUsers`: 你可以使用此接口注册用户。
    ///
    /// See [the operation's page](super::register_users) for its rules, errors and notes.
    fn register_users(
        &self,
        context: RequestContext,
        request: RegisterUsersRequest,
    ) -> impl Future<Output = Result<RegisterUsersResponse, Fault>> + Send;
    /// `RemoveBlackList`: 你可以使用此接口移出黑名单用户。
    ///
    /// See [the operation's page](super::remove_black_list) for its rules, errors and notes.
    fn remove_black_list(
        &self,
        context: RequestContext,
        request: RemoveBlackListRequest,
    ) -> impl Future<Output = Result<RemoveBlackListResponse, Fault>> + Send;
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
    /// `UnRegisterUsers`: 你可以使用此接口注销用户。
    ///
    /// See [the operation's page](super::un_register_users) for its rules, errors and notes.
    fn un_register_users(
        &self,
        context: RequestContext,
        request: UnRegisterUsersRequest,
    ) -> impl Future<Output = Result<UnRegisterUsersResponse, Fault>> + Send;
    /// `UpdateBlackList`: 你可以使用此接口更新黑名单中的用户信息。
    ///
    /// See [the operation's page](super::update_black_list) for its rules, errors and notes.
    fn update_black_list(
        &self,
        context: RequestContext,
        request: UpdateBlackListRequest,
    ) -> impl Future<Output = Result<UpdateBlackListResponse, Fault>> + Send;
    /// `UpdateFriend`: 你可以使用此接口对好友信息进行更新。
    ///
    /// See [the operation's page](super::update_friend) for its rules, errors and notes.
    fn update_friend(
        &self,
        context: RequestContext,
        request: UpdateFriendRequest,
    ) -> impl Future<Output = Result<UpdateFriendResponse, Fault>> + Send;
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
    fn add_black_list(
        &self,
        context: RequestContext,
        request: AddBlackListRequest,
    ) -> impl Future<Output = Result<AddBlackListResponse, Fault>> + Send {
        self.0.handle::<AddBlackList>(context, request)
    }

    fn add_friend(
        &self,
        context: RequestContext,
        request: AddFriendRequest,
    ) -> impl Future<Output = Result<AddFriendResponse, Fault>> + Send {
        self.0.handle::<AddFriend>(context, request)
    }

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

    fn batch_get_conversations(
        &self,
        context: RequestContext,
        request: BatchGetConversationsRequest,
    ) -> impl Future<Output = Result<BatchGetConversationsResponse, Fault>> + Send {
        self.0.handle::<BatchGetConversations>(context, request)
    }

    fn batch_get_user(
        &self,
        context: RequestContext,
        request: BatchGetUserRequest,
    ) -> impl Future<Output = Result<BatchGetUserResponse, Fault>> + Send {
        self.0.handle::<BatchGetUser>(context, request)
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

    fn batch_update_user(
        &self,
        context: RequestContext,
        request: BatchUpdateUserRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserResponse, Fault>> + Send {
        self.0.handle::<BatchUpdateUser>(context, request)
    }

    fn batch_update_user_tags(
        &self,
        context: RequestContext,
        request: BatchUpdateUserTagsRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserTagsResponse, Fault>> + Send {
        self.0.handle::<BatchUpdateUserTags>(context, request)
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

    fn delete_friend(
        &self,
        context: RequestContext,
        request: DeleteFriendRequest,
    ) -> impl Future<Output = Result<DeleteFriendResponse, Fault>> + Send {
        self.0.handle::<DeleteFriend>(context, request)
    }

    fn delete_message(
        &self,
        context: RequestContext,
        request: DeleteMessageRequest,
    ) -> impl Future<Output = Result<DeleteMessageResponse, Fault>> + Send {
        self.0.handle::<DeleteMessage>(context, request)
    }

    fn destroy_conversation(
        &self,
        context: RequestContext,
        request: DestroyConversationRequest,
    ) -> impl Future<Output = Result<DestroyConversationResponse, Fault>> + Send {
        self.0.handle::<DestroyConversation>(context, request)
    }

    fn get_app_token(
        &self,
        context: RequestContext,
        request: GetAppTokenRequest,
    ) -> impl Future<Output = Result<GetAppTokenResponse, Fault>> + Send {
        self.0.handle::<GetAppToken>(context, request)
    }

    fn get_black_list(
        &self,
        context: RequestContext,
        request: GetBlackListRequest,
    ) -> impl Future<Output = Result<GetBlackListResponse, Fault>> + Send {
        self.0.handle::<GetBlackList>(context, request)
    }

    fn get_conversation_marks(
        &self,
        context: RequestContext,
        request: GetConversationMarksRequest,
    ) -> impl Future<Output = Result<GetConversationMarksResponse, Fault>> + Send {
        self.0.handle::<GetConversationMarks>(context, request)
    }

    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<GetConversationMessagesResponse, Fault>> + Send {
        self.0.handle::<GetConversationMessages>(context, request)
    }

    fn get_conversation_setting(
        &self,
        context: RequestContext,
        request: GetConversationSettingRequest,
    ) -> impl Future<Output = Result<GetConversationSettingResponse, Fault>> + Send {
        self.0.handle::<GetConversationSetting>(context, request)
    }

    fn get_conversation_user_count(
        &self,
        context: RequestContext,
        request: GetConversationUserCountRequest,
    ) -> impl Future<Output = Result<GetConversationUserCountResponse, Fault>> + Send {
        self.0.handle::<GetConversationUserCount>(context, request)
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

    fn get_participant_read_index(
        &self,
        context: RequestContext,
        request: GetParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<GetParticipantReadIndexResponse, Fault>> + Send {
        self.0.handle::<GetParticipantReadIndex>(context, request)
    }

    fn get_user_conversations(
        &self,
        context: RequestContext,
        request: GetUserConversationsRequest,
    ) -> impl Future<Output = Result<GetUserConversationsResponse, Fault>> + Send {
        self.0.handle::<GetUserConversations>(context, request)
    }

    fn is_friend(
        &self,
        context: RequestContext,
        request: IsFriendRequest,
    ) -> impl Future<Output = Result<IsFriendResponse, Fault>> + Send {
        self.0.handle::<IsFriend>(context, request)
    }

    fn is_in_black_list(
        &self,
        context: RequestContext,
        request: IsInBlackListRequest,
    ) -> impl Future<Output = Result<IsInBlackListResponse, Fault>> + Send {
        self.0.handle::<IsInBlackList>(context, request)
    }

    fn is_user_in_conversation(
        &self,
        context: RequestContext,
        request: IsUserInConversationRequest,
    ) -> impl Future<Output = Result<IsUserInConversationResponse, Fault>> + Send {
        self.0.handle::<IsUserInConversation>(context, request)
    }

    fn list_friend(
        &self,
        context: RequestContext,
        request: ListFriendRequest,
    ) -> impl Future<Output = Result<ListFriendResponse, Fault>> + Send {
        self.0.handle::<ListFriend>(context, request)
    }

    fn mark_conversation(
        &self,
        context: RequestContext,
        request: MarkConversationRequest,
    ) -> impl Future<Output = Result<MarkConversationResponse, Fault>> + Send {
        self.0.handle::<MarkConversation>(context, request)
    }

    fn modify_conversation(
        &self,
        context: RequestContext,
        request: ModifyConversationRequest,
    ) -> impl Future<Output = Result<ModifyConversationResponse, Fault>> + Send {
        self.0.handle::<ModifyConversation>(context, request)
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

    fn modify_participant_read_index(
        &self,
        context: RequestContext,
        request: ModifyParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<ModifyParticipantReadIndexResponse, Fault>> + Send {
        self.0.handle::<ModifyParticipantReadIndex>(context, request)
    }

    fn query_live_participant_status(
        &self,
        context: RequestContext,
        request: QueryLiveParticipantStatusRequest,
    ) -> impl Future<Output = Result<QueryLiveParticipantStatusResponse, Fault>> + Send {
        self.0.handle::<QueryLiveParticipantStatus>(context, request)
    }

    fn query_online_status(
        &self,
        context: RequestContext,
        request: QueryOnlineStatusRequest,
    ) -> impl Future<Output = Result<QueryOnlineStatusResponse, Fault>> + Send {
        self.0.handle::<QueryOnlineStatus>(context, request)
    }

    fn recall_message(
        &self,
        context: RequestContext,
        request: RecallMessageRequest,
    ) -> impl Future<Output = Result<RecallMessageResponse, Fault>> + Send {
        self.0.handle::<RecallMessage>(context, request)
    }

    fn register_users(
        &self,
        context: RequestContext,
        request: RegisterUsersRequest,
    ) -> impl Future<Output = Result<RegisterUsersResponse, Fault>> + Send {
        self.0.handle::<RegisterUsers>(context, request)
    }

    fn remove_black_list(
        &self,
        context: RequestContext,
        request: RemoveBlackListRequest,
    ) -> impl Future<Output = Result<RemoveBlackListResponse, Fault>> + Send {
        self.0.handle::<RemoveBlackList>(context, request)
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

    fn un_register_users(
        &self,
        context: RequestContext,
        request: UnRegisterUsersRequest,
    ) -> impl Future<Output = Result<UnRegisterUsersResponse, Fault>> + Send {
        self.0.handle::<UnRegisterUsers>(context, request)
    }

    fn update_black_list(
        &self,
        context: RequestContext,
        request: UpdateBlackListRequest,
    ) -> impl Future<Output = Result<UpdateBlackListResponse, Fault>> + Send {
        self.0.handle::<UpdateBlackList>(context, request)
    }

    fn update_friend(
        &self,
        context: RequestContext,
        request: UpdateFriendRequest,
    ) -> impl Future<Output = Result<UpdateFriendResponse, Fault>> + Send {
        self.0.handle::<UpdateFriend>(context, request)
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
    fn add_black_list(
        &self,
        context: RequestContext,
        request: AddBlackListRequest,
    ) -> impl Future<Output = Result<AddBlackListResponse, Fault>> + Send {
        self.0.add_black_list(context, request)
    }

    fn add_friend(
        &self,
        context: RequestContext,
        request: AddFriendRequest,
    ) -> impl Future<Output = Result<AddFriendResponse, Fault>> + Send {
        self.0.add_friend(context, request)
    }

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

    fn batch_get_conversations(
        &self,
        context: RequestContext,
        request: BatchGetConversationsRequest,
    ) -> impl Future<Output = Result<BatchGetConversationsResponse, Fault>> + Send {
        self.0.batch_get_conversations(context, request)
    }

    fn batch_get_user(
        &self,
        context: RequestContext,
        request: BatchGetUserRequest,
    ) -> impl Future<Output = Result<BatchGetUserResponse, Fault>> + Send {
        self.0.batch_get_user(context, request)
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

    fn batch_update_user(
        &self,
        context: RequestContext,
        request: BatchUpdateUserRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserResponse, Fault>> + Send {
        self.0.batch_update_user(context, request)
    }

    fn batch_update_user_tags(
        &self,
        context: RequestContext,
        request: BatchUpdateUserTagsRequest,
    ) -> impl Future<Output = Result<BatchUpdateUserTagsResponse, Fault>> + Send {
        self.0.batch_update_user_tags(context, request)
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

    fn delete_friend(
        &self,
        context: RequestContext,
        request: DeleteFriendRequest,
    ) -> impl Future<Output = Result<DeleteFriendResponse, Fault>> + Send {
        self.0.delete_friend(context, request)
    }

    fn delete_message(
        &self,
        context: RequestContext,
        request: DeleteMessageRequest,
    ) -> impl Future<Output = Result<DeleteMessageResponse, Fault>> + Send {
        self.0.delete_message(context, request)
    }

    fn destroy_conversation(
        &self,
        context: RequestContext,
        request: DestroyConversationRequest,
    ) -> impl Future<Output = Result<DestroyConversationResponse, Fault>> + Send {
        self.0.destroy_conversation(context, request)
    }

    fn get_app_token(
        &self,
        context: RequestContext,
        request: GetAppTokenRequest,
    ) -> impl Future<Output = Result<GetAppTokenResponse, Fault>> + Send {
        self.0.get_app_token(context, request)
    }

    fn get_black_list(
        &self,
        context: RequestContext,
        request: GetBlackListRequest,
    ) -> impl Future<Output = Result<GetBlackListResponse, Fault>> + Send {
        self.0.get_black_list(context, request)
    }

    fn get_conversation_marks(
        &self,
        context: RequestContext,
        request: GetConversationMarksRequest,
    ) -> impl Future<Output = Result<GetConversationMarksResponse, Fault>> + Send {
        self.0.get_conversation_marks(context, request)
    }

    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<GetConversationMessagesResponse, Fault>> + Send {
        self.0.get_conversation_messages(context, request)
    }

    fn get_conversation_setting(
        &self,
        context: RequestContext,
        request: GetConversationSettingRequest,
    ) -> impl Future<Output = Result<GetConversationSettingResponse, Fault>> + Send {
        self.0.get_conversation_setting(context, request)
    }

    fn get_conversation_user_count(
        &self,
        context: RequestContext,
        request: GetConversationUserCountRequest,
    ) -> impl Future<Output = Result<GetConversationUserCountResponse, Fault>> + Send {
        self.0.get_conversation_user_count(context, request)
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

    fn get_participant_read_index(
        &self,
        context: RequestContext,
        request: GetParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<GetParticipantReadIndexResponse, Fault>> + Send {
        self.0.get_participant_read_index(context, request)
    }

    fn get_user_conversations(
        &self,
        context: RequestContext,
        request: GetUserConversationsRequest,
    ) -> impl Future<Output = Result<GetUserConversationsResponse, Fault>> + Send {
        self.0.get_user_conversations(context, request)
    }

    fn is_friend(
        &self,
        context: RequestContext,
        request: IsFriendRequest,
    ) -> impl Future<Output = Result<IsFriendResponse, Fault>> + Send {
        self.0.is_friend(context, request)
    }

    fn is_in_black_list(
        &self,
        context: RequestContext,
        request: IsInBlackListRequest,
    ) -> impl Future<Output = Result<IsInBlackListResponse, Fault>> + Send {
        self.0.is_in_black_list(context, request)
    }

    fn is_user_in_conversation(
        &self,
        context: RequestContext,
        request: IsUserInConversationRequest,
    ) -> impl Future<Output = Result<IsUserInConversationResponse, Fault>> + Send {
        self.0.is_user_in_conversation(context, request)
    }

    fn list_friend(
        &self,
        context: RequestContext,
        request: ListFriendRequest,
    ) -> impl Future<Output = Result<ListFriendResponse, Fault>> + Send {
        self.0.list_friend(context, request)
    }

    fn mark_conversation(
        &self,
        context: RequestContext,
        request: MarkConversationRequest,
    ) -> impl Future<Output = Result<MarkConversationResponse, Fault>> + Send {
        self.0.mark_conversation(context, request)
    }

    fn modify_conversation(
        &self,
        context: RequestContext,
        request: ModifyConversationRequest,
    ) -> impl Future<Output = Result<ModifyConversationResponse, Fault>> + Send {
        self.0.modify_conversation(context, request)
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

    fn modify_participant_read_index(
        &self,
        context: RequestContext,
        request: ModifyParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<ModifyParticipantReadIndexResponse, Fault>> + Send {
        self.0.modify_participant_read_index(context, request)
    }

    fn query_live_participant_status(
        &self,
        context: RequestContext,
        request: QueryLiveParticipantStatusRequest,
    ) -> impl Future<Output = Result<QueryLiveParticipantStatusResponse, Fault>> + Send {
        self.0.query_live_participant_status(context, request)
    }

    fn query_online_status(
        &self,
        context: RequestContext,
        request: QueryOnlineStatusRequest,
    ) -> impl Future<Output = Result<QueryOnlineStatusResponse, Fault>> + Send {
        self.0.query_online_status(context, request)
    }

    fn recall_message(
        &self,
        context: RequestContext,
        request: RecallMessageRequest,
    ) -> impl Future<Output = Result<RecallMessageResponse, Fault>> + Send {
        self.0.recall_message(context, request)
    }

    fn register_users(
        &self,
        context: RequestContext,
        request: RegisterUsersRequest,
    ) -> impl Future<Output = Result<RegisterUsersResponse, Fault>> + Send {
        self.0.register_users(context, request)
    }

    fn remove_black_list(
        &self,
        context: RequestContext,
        request: RemoveBlackListRequest,
    ) -> impl Future<Output = Result<RemoveBlackListResponse, Fault>> + Send {
        self.0.remove_black_list(context, request)
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

    fn un_register_users(
        &self,
        context: RequestContext,
        request: UnRegisterUsersRequest,
    ) -> impl Future<Output = Result<UnRegisterUsersResponse, Fault>> + Send {
        self.0.un_register_users(context, request)
    }

    fn update_black_list(
        &self,
        context: RequestContext,
        request: UpdateBlackListRequest,
    ) -> impl Future<Output = Result<UpdateBlackListResponse, Fault>> + Send {
        self.0.update_black_list(context, request)
    }

    fn update_friend(
        &self,
        context: RequestContext,
        request: UpdateFriendRequest,
    ) -> impl Future<Output = Result<UpdateFriendResponse, Fault>> + Send {
        self.0.update_friend(context, request)
    }

    fn user_broadcast(
        &self,
        context: RequestContext,
        request: UserBroadcastRequest,
    ) -> impl Future<Output = Result<UserBroadcastResponse, Fault>> + Send {
        self.0.user_broadcast(context, request)
    }
}

/// The routing table of the service, every operation routed to `service`: [`router`] makes it an axum router; [`Routes::into_table`] serves it without one, behind a dispatch of your own.
pub fn routes<S: Service>(
    service: Arc<S>,
    config: ServerConfig<Gateway>,
) -> Routes<S, Gateway> {
    Routes::new(&SPEC, service, config)
        .route::<
            AddBlackList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.add_black_list(context, request).await
        })
        .route::<
            AddFriend,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.add_friend(context, request).await
        })
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
            BatchGetConversations,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_get_conversations(context, request).await
        })
        .route::<
            BatchGetUser,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_get_user(context, request).await
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
            BatchUpdateUser,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_update_user(context, request).await
        })
        .route::<
            BatchUpdateUserTags,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_update_user_tags(context, request).await
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
            DeleteFriend,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.delete_friend(context, request).await
        })
        .route::<
            DeleteMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.delete_message(context, request).await
        })
        .route::<
            DestroyConversation,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.destroy_conversation(context, request).await
        })
        .route::<
            GetAppToken,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_app_token(context, request).await
        })
        .route::<
            GetBlackList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_black_list(context, request).await
        })
        .route::<
            GetConversationMarks,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_conversation_marks(context, request).await
        })
        .route::<
            GetConversationMessages,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_conversation_messages(context, request).await
        })
        .route::<
            GetConversationSetting,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_conversation_setting(context, request).await
        })
        .route::<
            GetConversationUserCount,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_conversation_user_count(context, request).await
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
            GetParticipantReadIndex,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_participant_read_index(context, request).await
        })
        .route::<
            GetUserConversations,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_user_conversations(context, request).await
        })
        .route::<
            IsFriend,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.is_friend(context, request).await
        })
        .route::<
            IsInBlackList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.is_in_black_list(context, request).await
        })
        .route::<
            IsUserInConversation,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.is_user_in_conversation(context, request).await
        })
        .route::<
            ListFriend,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.list_friend(context, request).await
        })
        .route::<
            MarkConversation,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.mark_conversation(context, request).await
        })
        .route::<
            ModifyConversation,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.modify_conversation(context, request).await
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
            ModifyParticipantReadIndex,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.modify_participant_read_index(context, request).await
        })
        .route::<
            QueryLiveParticipantStatus,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.query_live_participant_status(context, request).await
        })
        .route::<
            QueryOnlineStatus,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.query_online_status(context, request).await
        })
        .route::<
            RecallMessage,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.recall_message(context, request).await
        })
        .route::<
            RegisterUsers,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.register_users(context, request).await
        })
        .route::<
            RemoveBlackList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.remove_black_list(context, request).await
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
            UnRegisterUsers,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.un_register_users(context, request).await
        })
        .route::<
            UpdateBlackList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.update_black_list(context, request).await
        })
        .route::<
            UpdateFriend,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.update_friend(context, request).await
        })
        .route::<
            UserBroadcast,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_broadcast(context, request).await
        })
}

/// The router of the service: answers every operation like the vendor's gateway, calling into `service`. Add your own tower layers to it, and serve it with `axum::serve`.
pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
    routes(service, config).into_router()
}
