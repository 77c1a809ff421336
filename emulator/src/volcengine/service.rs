//! The emulator's implementation of the generated Volcengine server trait: each method hands
//! its request to the handler of its group (conversations, members, messages, users and
//! relations), which holds the semantics.

use std::future::Future;

use imapi::volcengine_rtc_im::{self as vc, server::Service};
use imapi_runtime::server::{Fault, RequestContext};

use super::members::Members;
use crate::Emulator;

impl Service for Emulator {
    answer_now! { Emulator, create_conversation, CreateConversation => create_conversation_now(context) }

    fn send_message(
        &self,
        context: RequestContext,
        request: vc::SendMessageRequest,
    ) -> impl Future<Output = Result<vc::SendMessageResponse, Fault>> + Send {
        self.send_message_now(context, request)
    }
    answer_now! { Emulator, get_user_conversations, GetUserConversations => get_user_conversations_now }

    fn scan_conversation_participant_list(
        &self,
        _context: RequestContext,
        request: vc::ScanConversationParticipantListRequest,
    ) -> impl Future<Output = Result<vc::ScanConversationParticipantListResponse, Fault>> + Send
    {
        std::future::ready(self.scan_conversation_participant_list_now(request))
    }
    answer_now! { Emulator, modify_message, ModifyMessage => modify_message_now(context) }
    answer_now! { Emulator, modify_conversation_setting, ModifyConversationSetting => modify_conversation_setting_now }
    answer_now! { Emulator, batch_update_live_participants, BatchUpdateLiveParticipants => batch_update_live_participants_now }

    fn batch_get_conversation_participant(
        &self,
        _context: RequestContext,
        request: vc::BatchGetConversationParticipantRequest,
    ) -> impl Future<Output = Result<vc::BatchGetConversationParticipantResponse, Fault>> + Send
    {
        std::future::ready(self.batch_get_conversation_participant_now(request))
    }
    answer_now! { Emulator, get_messages, GetMessages => get_messages_now(context) }
    answer_now! { Emulator, get_conversation_messages, GetConversationMessages => get_conversation_messages_now(context) }
    answer_now! { Emulator, recall_message, RecallMessage => recall_message_now }
    answer_now! { Emulator, delete_message, DeleteMessage => delete_message_now }
    answer_now! { Emulator, delete_conversation_message, DeleteConversationMessage => delete_conversation_message_now }
    answer_now! { Emulator, batch_send_message, BatchSendMessage => batch_send_message_now(context) }
    answer_now! { Emulator, user_broadcast, UserBroadcast => user_broadcast_now }
    answer_now! { Emulator, get_app_token, GetAppToken => get_app_token_now(context) }
    answer_now! { Emulator, get_messages_read_receipt, GetMessagesReadReceipt => get_messages_read_receipt_now(context) }
    answer_now! { Emulator, register_users, RegisterUsers => register_users_now(context) }
    answer_now! { Emulator, un_register_users, UnRegisterUsers => un_register_users_now }
    answer_now! { Emulator, batch_get_user, BatchGetUser => batch_get_user_now }
    answer_now! { Emulator, batch_update_user, BatchUpdateUser => batch_update_user_now(context) }
    answer_now! { Emulator, batch_update_user_tags, BatchUpdateUserTags => batch_update_user_tags_now(context) }
    answer_now! { Emulator, query_online_status, QueryOnlineStatus => query_online_status_now }
    answer_now! { Emulator, add_friend, AddFriend => add_friend_now(context) }
    answer_now! { Emulator, delete_friend, DeleteFriend => delete_friend_now }
    answer_now! { Emulator, update_friend, UpdateFriend => update_friend_now(context) }
    answer_now! { Emulator, list_friend, ListFriend => list_friend_now }
    answer_now! { Emulator, is_friend, IsFriend => is_friend_now }
    answer_now! { Emulator, add_black_list, AddBlackList => add_black_list_now(context) }
    answer_now! { Emulator, remove_black_list, RemoveBlackList => remove_black_list_now }
    answer_now! { Emulator, get_black_list, GetBlackList => get_black_list_now }
    answer_now! { Emulator, update_black_list, UpdateBlackList => update_black_list_now(context) }
    answer_now! { Emulator, is_in_black_list, IsInBlackList => is_in_black_list_now }
    answer_now! { Emulator, modify_conversation, ModifyConversation => modify_conversation_now(context) }
    answer_now! { Emulator, destroy_conversation, DestroyConversation => destroy_conversation_now }
    answer_now! { Emulator, batch_get_conversations, BatchGetConversations => batch_get_conversations_now }
    answer_now! { Emulator, get_conversation_setting, GetConversationSetting => get_conversation_setting_now }
    answer_now! { Emulator, get_conversation_user_count, GetConversationUserCount => get_conversation_user_count_now }
    answer_now! { Emulator, mark_conversation, MarkConversation => mark_conversation_now }
    answer_now! { Emulator, get_conversation_marks, GetConversationMarks => get_conversation_marks_now }
    answer_now! { Emulator, is_user_in_conversation, IsUserInConversation => is_user_in_conversation_now }
    answer_now! { Emulator, get_participant_read_index, GetParticipantReadIndex => get_participant_read_index_now }
    answer_now! { Emulator, modify_participant_read_index, ModifyParticipantReadIndex => modify_participant_read_index_now }
    answer_now! { Emulator, query_live_participant_status, QueryLiveParticipantStatus => query_live_participant_status_now }
    answer_now! { Members, batch_add_conversation_participant, BatchAddConversationParticipant, context }
    answer_now! { Members, batch_delete_conversation_participant, BatchDeleteConversationParticipant }
    answer_now! { Members, batch_modify_conversation_participant, BatchModifyConversationParticipant, context }
    answer_now! { Members, batch_add_manager, BatchAddManager }
    answer_now! { Members, batch_remove_manager, BatchRemoveManager }
    answer_now! { Members, batch_add_block_participants, BatchAddBlockParticipants, context }
    answer_now! { Members, batch_delete_block_participants, BatchDeleteBlockParticipants, context }
    answer_now! { Members, batch_get_block_participants, BatchGetBlockParticipants, context }
    answer_now! { Members, batch_add_whitelist_participant, BatchAddWhitelistParticipant, context }
    answer_now! { Members, batch_remove_whitelist_participant, BatchRemoveWhitelistParticipant }
    answer_now! { Members, batch_get_whitelist_participant, BatchGetWhitelistParticipant }
}
