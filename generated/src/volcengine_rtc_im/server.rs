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
    BatchGetConversationParticipant, BatchGetConversationParticipantRequest,
    BatchGetConversationParticipantResponse, BatchGetConversations,
    BatchGetConversationsRequest, BatchGetConversationsResponse,
    BatchUpdateLiveParticipants, BatchUpdateLiveParticipantsRequest,
    BatchUpdateLiveParticipantsResponse, CreateConversation, CreateConversationRequest,
    CreateConversationResponse, DestroyConversation, DestroyConversationRequest,
    DestroyConversationResponse, GetConversationMarks, GetConversationMarksRequest,
    GetConversationMarksResponse, GetConversationSetting, GetConversationSettingRequest,
    GetConversationSettingResponse, GetConversationUserCount,
    GetConversationUserCountRequest, GetConversationUserCountResponse,
    GetParticipantReadIndex, GetParticipantReadIndexRequest,
    GetParticipantReadIndexResponse, GetUserConversations, GetUserConversationsRequest,
    GetUserConversationsResponse, IsUserInConversation, IsUserInConversationRequest,
    IsUserInConversationResponse, MarkConversation, MarkConversationRequest,
    MarkConversationResponse, ModifyConversation, ModifyConversationRequest,
    ModifyConversationResponse, ModifyConversationSetting,
    ModifyConversationSettingRequest, ModifyConversationSettingResponse, ModifyMessage,
    ModifyMessageRequest, ModifyMessageResponse, ModifyParticipantReadIndex,
    ModifyParticipantReadIndexRequest, ModifyParticipantReadIndexResponse,
    QueryLiveParticipantStatus, QueryLiveParticipantStatusRequest,
    QueryLiveParticipantStatusResponse, SPEC, ScanConversationParticipantList,
    ScanConversationParticipantListRequest, ScanConversationParticipantListResponse,
    SendMessage, SendMessageRequest, SendMessageResponse,
};

/// The gateway the router answers as, with the credentials it accepts: `ServerConfig::new(Gateway::new(StaticKeys::new()…))`.
#[doc(inline)]
pub use imapi_runtime::volcengine::server::{Gateway, Keys, StaticKeys};

/// Volcengine RTC instant messaging (IM) OpenAPI, served: one method per operation, each given the authenticated [`RequestContext`] and the request, decoded and validated. Share state across requests through `&self` (the router holds the implementation in an [`Arc`]).
///
/// A method left out answers the vendor's refusal for an operation the server does not offer ([`Fault::not_implemented`]), so an operation added to the spec never breaks an implementation; implement [`StrictService`] instead to have the compiler ask for every method.
pub trait Service: Send + Sync + 'static {
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
}

/// Volcengine RTC instant messaging (IM) OpenAPI, every operation implemented: [`Service`] without its defaults, so that a method left out, or an operation added to the spec, is a compile error. Serve it through [`Strict`]: `router(Arc::new(Strict(implementation)), config)`.
pub trait StrictService: Send + Sync + 'static {
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
    /// `DestroyConversation`: 你可以使用此接口解散群聊。
    ///
    /// See [the operation's page](super::destroy_conversation) for its rules, errors and notes.
    fn destroy_conversation(
        &self,
        context: RequestContext,
        request: DestroyConversationRequest,
    ) -> impl Future<Output = Result<DestroyConversationResponse, Fault>> + Send;
    /// `GetConversationMarks`: 你可以调用 GetConversationMarks 接口对会话标记进行查询。
    ///
    /// See [the operation's page](super::get_conversation_marks) for its rules, errors and notes.
    fn get_conversation_marks(
        &self,
        context: RequestContext,
        request: GetConversationMarksRequest,
    ) -> impl Future<Output = Result<GetConversationMarksResponse, Fault>> + Send;
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
    /// `IsUserInConversation`: 你可以使用此接口判断用户是否在会话中。
    ///
    /// See [the operation's page](super::is_user_in_conversation) for its rules, errors and notes.
    fn is_user_in_conversation(
        &self,
        context: RequestContext,
        request: IsUserInConversationRequest,
    ) -> impl Future<Output = Result<IsUserInConversationResponse, Fault>> + Send;
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
}

/// Every operation served by one generic [`Handler`]: for mocks, recorders and proxies.
impl<H: Handler> Service for Generic<H> {
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

    fn destroy_conversation(
        &self,
        context: RequestContext,
        request: DestroyConversationRequest,
    ) -> impl Future<Output = Result<DestroyConversationResponse, Fault>> + Send {
        self.0.handle::<DestroyConversation>(context, request)
    }

    fn get_conversation_marks(
        &self,
        context: RequestContext,
        request: GetConversationMarksRequest,
    ) -> impl Future<Output = Result<GetConversationMarksResponse, Fault>> + Send {
        self.0.handle::<GetConversationMarks>(context, request)
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

    fn is_user_in_conversation(
        &self,
        context: RequestContext,
        request: IsUserInConversationRequest,
    ) -> impl Future<Output = Result<IsUserInConversationResponse, Fault>> + Send {
        self.0.handle::<IsUserInConversation>(context, request)
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
}

/// A [`StrictService`] served as a [`Service`].
impl<T: StrictService> Service for Strict<T> {
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

    fn destroy_conversation(
        &self,
        context: RequestContext,
        request: DestroyConversationRequest,
    ) -> impl Future<Output = Result<DestroyConversationResponse, Fault>> + Send {
        self.0.destroy_conversation(context, request)
    }

    fn get_conversation_marks(
        &self,
        context: RequestContext,
        request: GetConversationMarksRequest,
    ) -> impl Future<Output = Result<GetConversationMarksResponse, Fault>> + Send {
        self.0.get_conversation_marks(context, request)
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

    fn is_user_in_conversation(
        &self,
        context: RequestContext,
        request: IsUserInConversationRequest,
    ) -> impl Future<Output = Result<IsUserInConversationResponse, Fault>> + Send {
        self.0.is_user_in_conversation(context, request)
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
}

/// The router of the service: answers every operation like the vendor's gateway, calling into `service`. Add your own tower layers to it, and serve it with `axum::serve`.
pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
    Routes::new(&SPEC, service, config)
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
            DestroyConversation,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.destroy_conversation(context, request).await
        })
        .route::<
            GetConversationMarks,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_conversation_marks(context, request).await
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
            IsUserInConversation,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.is_user_in_conversation(context, request).await
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
        .into_router()
}
