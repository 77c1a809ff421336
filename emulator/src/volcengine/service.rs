//! The emulator's implementation of the generated Volcengine server trait: each method hands
//! its request to the handler of its group (conversations, members, messages, users and
//! relations), which holds the semantics.

use std::future::Future;

use imapi::volcengine_rtc_im::{self as vc, server::Service};
use imapi_runtime::server::{Fault, RequestContext};

use super::members::Members;
use crate::Emulator;

impl Service for Emulator {
    answer_now! { Emulator, create_conversation, vc::CreateConversation => create_conversation_now(context) }

    fn send_message(
        &self,
        context: RequestContext,
        request: vc::SendMessageRequest,
    ) -> impl Future<Output = Result<vc::SendMessageResponse, Fault>> + Send {
        self.send_message_now(context, request)
    }
    answer_now! { Emulator, get_user_conversations, vc::GetUserConversations => get_user_conversations_now }

    fn scan_conversation_participant_list(
        &self,
        _context: RequestContext,
        request: vc::ScanConversationParticipantListRequest,
    ) -> impl Future<Output = Result<vc::ScanConversationParticipantListResponse, Fault>> + Send
    {
        std::future::ready(self.scan_conversation_participant_list_now(request))
    }
    answer_now! { Emulator, modify_message, vc::ModifyMessage => modify_message_now(context) }
    answer_now! { Emulator, modify_conversation_setting, vc::ModifyConversationSetting => modify_conversation_setting_now }
    answer_now! { Emulator, batch_update_live_participants, vc::BatchUpdateLiveParticipants => batch_update_live_participants_now }

    fn batch_get_conversation_participant(
        &self,
        _context: RequestContext,
        request: vc::BatchGetConversationParticipantRequest,
    ) -> impl Future<Output = Result<vc::BatchGetConversationParticipantResponse, Fault>> + Send
    {
        std::future::ready(self.batch_get_conversation_participant_now(request))
    }
    answer_now! { Emulator, get_messages, vc::GetMessages => get_messages_now(context) }
    answer_now! { Emulator, get_conversation_messages, vc::GetConversationMessages => get_conversation_messages_now(context) }
    answer_now! { Emulator, recall_message, vc::RecallMessage => recall_message_now }
    answer_now! { Emulator, delete_message, vc::DeleteMessage => delete_message_now }
    answer_now! { Emulator, delete_conversation_message, vc::DeleteConversationMessage => delete_conversation_message_now }
    answer_now! { Emulator, batch_send_message, vc::BatchSendMessage => batch_send_message_now(context) }
    answer_now! { Emulator, user_broadcast, vc::UserBroadcast => user_broadcast_now }
    answer_now! { Emulator, get_app_token, vc::GetAppToken => get_app_token_now(context) }
    answer_now! { Emulator, get_messages_read_receipt, vc::GetMessagesReadReceipt => get_messages_read_receipt_now(context) }
    answer_now! { Emulator, register_users, vc::RegisterUsers => register_users_now(context) }
    answer_now! { Emulator, un_register_users, vc::UnRegisterUsers => un_register_users_now }
    answer_now! { Emulator, batch_get_user, vc::BatchGetUser => batch_get_user_now }
    answer_now! { Emulator, batch_update_user, vc::BatchUpdateUser => batch_update_user_now(context) }
    answer_now! { Emulator, batch_update_user_tags, vc::BatchUpdateUserTags => batch_update_user_tags_now(context) }
    answer_now! { Emulator, query_online_status, vc::QueryOnlineStatus => query_online_status_now }
    answer_now! { Emulator, add_friend, vc::AddFriend => add_friend_now(context) }
    answer_now! { Emulator, delete_friend, vc::DeleteFriend => delete_friend_now }
    answer_now! { Emulator, update_friend, vc::UpdateFriend => update_friend_now(context) }
    answer_now! { Emulator, list_friend, vc::ListFriend => list_friend_now }
    answer_now! { Emulator, is_friend, vc::IsFriend => is_friend_now }
    answer_now! { Emulator, add_black_list, vc::AddBlackList => add_black_list_now(context) }
    answer_now! { Emulator, remove_black_list, vc::RemoveBlackList => remove_black_list_now }
    answer_now! { Emulator, get_black_list, vc::GetBlackList => get_black_list_now }
    answer_now! { Emulator, update_black_list, vc::UpdateBlackList => update_black_list_now(context) }
    answer_now! { Emulator, is_in_black_list, vc::IsInBlackList => is_in_black_list_now }
    answer_now! { Emulator, modify_conversation, vc::ModifyConversation => modify_conversation_now(context) }
    answer_now! { Emulator, destroy_conversation, vc::DestroyConversation => destroy_conversation_now }
    answer_now! { Emulator, batch_get_conversations, vc::BatchGetConversations => batch_get_conversations_now }
    answer_now! { Emulator, get_conversation_setting, vc::GetConversationSetting => get_conversation_setting_now }
    answer_now! { Emulator, get_conversation_user_count, vc::GetConversationUserCount => get_conversation_user_count_now }
    answer_now! { Emulator, mark_conversation, vc::MarkConversation => mark_conversation_now }
    answer_now! { Emulator, get_conversation_marks, vc::GetConversationMarks => get_conversation_marks_now }
    answer_now! { Emulator, is_user_in_conversation, vc::IsUserInConversation => is_user_in_conversation_now }
    answer_now! { Emulator, get_participant_read_index, vc::GetParticipantReadIndex => get_participant_read_index_now }
    answer_now! { Emulator, modify_participant_read_index, vc::ModifyParticipantReadIndex => modify_participant_read_index_now }
    answer_now! { Emulator, query_live_participant_status, vc::QueryLiveParticipantStatus => query_live_participant_status_now }
    answer_now! { Members, batch_add_conversation_participant, vc::BatchAddConversationParticipant, context }
    answer_now! { Members, batch_delete_conversation_participant, vc::BatchDeleteConversationParticipant }
    answer_now! { Members, batch_modify_conversation_participant, vc::BatchModifyConversationParticipant, context }
    answer_now! { Members, batch_add_manager, vc::BatchAddManager }
    answer_now! { Members, batch_remove_manager, vc::BatchRemoveManager }
    answer_now! { Members, batch_add_block_participants, vc::BatchAddBlockParticipants, context }
    answer_now! { Members, batch_delete_block_participants, vc::BatchDeleteBlockParticipants, context }
    answer_now! { Members, batch_get_block_participants, vc::BatchGetBlockParticipants, context }
    answer_now! { Members, batch_add_whitelist_participant, vc::BatchAddWhitelistParticipant, context }
    answer_now! { Members, batch_remove_whitelist_participant, vc::BatchRemoveWhitelistParticipant }
    answer_now! { Members, batch_get_whitelist_participant, vc::BatchGetWhitelistParticipant }
}
