//! The emulator's implementation of the generated Volcengine server trait: each method hands
//! its request to the handler of its group (conversations, members, messages, users and
//! relations), which holds the semantics.

use std::future::Future;

use imapi::volcengine_rtc_im::{self as vc, server::Service};
use imapi_runtime::server::{Fault, RequestContext};

use crate::Emulator;

/// A `Service` method that answers with the emulator's method for the operation, given the
/// request (and the context, when the method is written `name(context)`).
macro_rules! delegate {
    ($name:ident: $request:ident => $response:ident, $now:ident) => {
        fn $name(
            &self,
            _context: RequestContext,
            request: vc::$request,
        ) -> impl Future<Output = Result<vc::$response, Fault>> + Send {
            std::future::ready(self.$now(request))
        }
    };
    ($name:ident: $request:ident => $response:ident, $now:ident(context)) => {
        fn $name(
            &self,
            context: RequestContext,
            request: vc::$request,
        ) -> impl Future<Output = Result<vc::$response, Fault>> + Send {
            std::future::ready(self.$now(&context, request))
        }
    };
}

impl Service for Emulator {
    fn create_conversation(
        &self,
        context: RequestContext,
        request: vc::CreateConversationRequest,
    ) -> impl Future<Output = Result<vc::CreateConversationResponse, Fault>> + Send {
        std::future::ready(self.create_conversation_now(&context, request))
    }

    fn send_message(
        &self,
        context: RequestContext,
        request: vc::SendMessageRequest,
    ) -> impl Future<Output = Result<vc::SendMessageResponse, Fault>> + Send {
        self.send_message_now(context, request)
    }

    fn get_user_conversations(
        &self,
        _context: RequestContext,
        request: vc::GetUserConversationsRequest,
    ) -> impl Future<Output = Result<vc::GetUserConversationsResponse, Fault>> + Send {
        std::future::ready(self.get_user_conversations_now(request))
    }

    fn scan_conversation_participant_list(
        &self,
        _context: RequestContext,
        request: vc::ScanConversationParticipantListRequest,
    ) -> impl Future<Output = Result<vc::ScanConversationParticipantListResponse, Fault>> + Send
    {
        std::future::ready(self.scan_conversation_participant_list_now(request))
    }

    fn modify_message(
        &self,
        context: RequestContext,
        request: vc::ModifyMessageRequest,
    ) -> impl Future<Output = Result<vc::ModifyMessageResponse, Fault>> + Send {
        std::future::ready(self.modify_message_now(&context, request))
    }

    fn modify_conversation_setting(
        &self,
        _context: RequestContext,
        request: vc::ModifyConversationSettingRequest,
    ) -> impl Future<Output = Result<vc::ModifyConversationSettingResponse, Fault>> + Send {
        std::future::ready(self.modify_conversation_setting_now(request))
    }

    fn batch_update_live_participants(
        &self,
        _context: RequestContext,
        request: vc::BatchUpdateLiveParticipantsRequest,
    ) -> impl Future<Output = Result<vc::BatchUpdateLiveParticipantsResponse, Fault>> + Send {
        std::future::ready(self.batch_update_live_participants_now(request))
    }

    fn batch_get_conversation_participant(
        &self,
        _context: RequestContext,
        request: vc::BatchGetConversationParticipantRequest,
    ) -> impl Future<Output = Result<vc::BatchGetConversationParticipantResponse, Fault>> + Send
    {
        std::future::ready(self.batch_get_conversation_participant_now(request))
    }

    fn get_messages(
        &self,
        context: RequestContext,
        request: vc::GetMessagesRequest,
    ) -> impl Future<Output = Result<vc::GetMessagesResponse, Fault>> + Send {
        std::future::ready(self.get_messages_now(&context, request))
    }

    fn get_conversation_messages(
        &self,
        context: RequestContext,
        request: vc::GetConversationMessagesRequest,
    ) -> impl Future<Output = Result<vc::GetConversationMessagesResponse, Fault>> + Send {
        std::future::ready(self.get_conversation_messages_now(&context, request))
    }

    fn recall_message(
        &self,
        _context: RequestContext,
        request: vc::RecallMessageRequest,
    ) -> impl Future<Output = Result<vc::RecallMessageResponse, Fault>> + Send {
        std::future::ready(self.recall_message_now(request))
    }

    fn delete_message(
        &self,
        _context: RequestContext,
        request: vc::DeleteMessageRequest,
    ) -> impl Future<Output = Result<vc::DeleteMessageResponse, Fault>> + Send {
        std::future::ready(self.delete_message_now(request))
    }

    fn delete_conversation_message(
        &self,
        _context: RequestContext,
        request: vc::DeleteConversationMessageRequest,
    ) -> impl Future<Output = Result<vc::DeleteConversationMessageResponse, Fault>> + Send {
        std::future::ready(self.delete_conversation_message_now(request))
    }

    fn batch_send_message(
        &self,
        context: RequestContext,
        request: vc::BatchSendMessageRequest,
    ) -> impl Future<Output = Result<vc::BatchSendMessageResponse, Fault>> + Send {
        std::future::ready(self.batch_send_message_now(&context, request))
    }

    fn user_broadcast(
        &self,
        _context: RequestContext,
        request: vc::UserBroadcastRequest,
    ) -> impl Future<Output = Result<vc::UserBroadcastResponse, Fault>> + Send {
        std::future::ready(self.user_broadcast_now(request))
    }

    fn get_app_token(
        &self,
        context: RequestContext,
        request: vc::GetAppTokenRequest,
    ) -> impl Future<Output = Result<vc::GetAppTokenResponse, Fault>> + Send {
        std::future::ready(self.get_app_token_now(&context, request))
    }

    fn get_messages_read_receipt(
        &self,
        context: RequestContext,
        request: vc::GetMessagesReadReceiptRequest,
    ) -> impl Future<Output = Result<vc::GetMessagesReadReceiptResponse, Fault>> + Send {
        std::future::ready(self.get_messages_read_receipt_now(&context, request))
    }
    delegate!(register_users: RegisterUsersRequest => RegisterUsersResponse, register_users_now(context));
    delegate!(un_register_users: UnRegisterUsersRequest => UnRegisterUsersResponse, un_register_users_now);
    delegate!(batch_get_user: BatchGetUserRequest => BatchGetUserResponse, batch_get_user_now);
    delegate!(batch_update_user: BatchUpdateUserRequest => BatchUpdateUserResponse, batch_update_user_now(context));
    delegate!(batch_update_user_tags: BatchUpdateUserTagsRequest => BatchUpdateUserTagsResponse, batch_update_user_tags_now(context));
    delegate!(query_online_status: QueryOnlineStatusRequest => QueryOnlineStatusResponse, query_online_status_now);
    delegate!(add_friend: AddFriendRequest => AddFriendResponse, add_friend_now(context));
    delegate!(delete_friend: DeleteFriendRequest => DeleteFriendResponse, delete_friend_now);
    delegate!(update_friend: UpdateFriendRequest => UpdateFriendResponse, update_friend_now(context));
    delegate!(list_friend: ListFriendRequest => ListFriendResponse, list_friend_now);
    delegate!(is_friend: IsFriendRequest => IsFriendResponse, is_friend_now);
    delegate!(add_black_list: AddBlackListRequest => AddBlackListResponse, add_black_list_now(context));
    delegate!(remove_black_list: RemoveBlackListRequest => RemoveBlackListResponse, remove_black_list_now);
    delegate!(get_black_list: GetBlackListRequest => GetBlackListResponse, get_black_list_now);
    delegate!(update_black_list: UpdateBlackListRequest => UpdateBlackListResponse, update_black_list_now(context));
    delegate!(is_in_black_list: IsInBlackListRequest => IsInBlackListResponse, is_in_black_list_now);
    fn modify_conversation(
        &self,
        context: RequestContext,
        request: vc::ModifyConversationRequest,
    ) -> impl Future<Output = Result<vc::ModifyConversationResponse, Fault>> + Send {
        std::future::ready(self.modify_conversation_now(&context, request))
    }

    fn destroy_conversation(
        &self,
        _context: RequestContext,
        request: vc::DestroyConversationRequest,
    ) -> impl Future<Output = Result<vc::DestroyConversationResponse, Fault>> + Send {
        std::future::ready(self.destroy_conversation_now(request))
    }

    fn batch_get_conversations(
        &self,
        _context: RequestContext,
        request: vc::BatchGetConversationsRequest,
    ) -> impl Future<Output = Result<vc::BatchGetConversationsResponse, Fault>> + Send {
        std::future::ready(self.batch_get_conversations_now(request))
    }

    fn get_conversation_setting(
        &self,
        _context: RequestContext,
        request: vc::GetConversationSettingRequest,
    ) -> impl Future<Output = Result<vc::GetConversationSettingResponse, Fault>> + Send {
        std::future::ready(self.get_conversation_setting_now(request))
    }

    fn get_conversation_user_count(
        &self,
        _context: RequestContext,
        request: vc::GetConversationUserCountRequest,
    ) -> impl Future<Output = Result<vc::GetConversationUserCountResponse, Fault>> + Send {
        std::future::ready(self.get_conversation_user_count_now(request))
    }

    fn mark_conversation(
        &self,
        _context: RequestContext,
        request: vc::MarkConversationRequest,
    ) -> impl Future<Output = Result<vc::MarkConversationResponse, Fault>> + Send {
        std::future::ready(self.mark_conversation_now(request))
    }

    fn get_conversation_marks(
        &self,
        _context: RequestContext,
        request: vc::GetConversationMarksRequest,
    ) -> impl Future<Output = Result<vc::GetConversationMarksResponse, Fault>> + Send {
        std::future::ready(self.get_conversation_marks_now(request))
    }

    fn is_user_in_conversation(
        &self,
        _context: RequestContext,
        request: vc::IsUserInConversationRequest,
    ) -> impl Future<Output = Result<vc::IsUserInConversationResponse, Fault>> + Send {
        std::future::ready(self.is_user_in_conversation_now(request))
    }

    fn get_participant_read_index(
        &self,
        _context: RequestContext,
        request: vc::GetParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<vc::GetParticipantReadIndexResponse, Fault>> + Send {
        std::future::ready(self.get_participant_read_index_now(request))
    }

    fn modify_participant_read_index(
        &self,
        _context: RequestContext,
        request: vc::ModifyParticipantReadIndexRequest,
    ) -> impl Future<Output = Result<vc::ModifyParticipantReadIndexResponse, Fault>> + Send {
        std::future::ready(self.modify_participant_read_index_now(request))
    }

    fn query_live_participant_status(
        &self,
        _context: RequestContext,
        request: vc::QueryLiveParticipantStatusRequest,
    ) -> impl Future<Output = Result<vc::QueryLiveParticipantStatusResponse, Fault>> + Send {
        std::future::ready(self.query_live_participant_status_now(request))
    }
}
