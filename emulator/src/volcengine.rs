//! Volcengine RTC IM, emulated: the four operations of the spec on the in-memory state, with
//! the documented semantics and refusals.

use std::future::Future;

use imapi::volcengine_rtc_im::{
    self as vc, errors, server::Service, BatchGetConversationParticipantRequest,
    BatchGetConversationParticipantResponse, BatchUpdateLiveParticipantsRequest,
    BatchUpdateLiveParticipantsResponse, FailedInfo, MarkAction, ModifyConversationSettingRequest,
    ModifyConversationSettingResponse, ModifyMessageRequest, ModifyMessageResponse,
    ParticipantRole, ParticipantStatus,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::state::{Conversation, State, LIVE_GROUP};
use crate::Emulator;

fn millis(context: &RequestContext) -> i64 {
    i64::try_from(context.received_at.as_millis()).unwrap_or(i64::MAX)
}

/// The conversation a request names, or the vendor's refusal.
fn conversation(state: &mut State, app: i32, id: i64) -> Result<&mut Conversation, Fault> {
    state
        .conversations
        .get_mut(&(i64::from(app), id))
        .ok_or_else(|| {
            Fault::new(
                errors::CONVERSATION_NOT_FOUND,
                format!("conversation {id} does not exist in app {app}"),
            )
        })
}

impl Emulator {
    fn modify_message_now(
        &self,
        context: &RequestContext,
        request: ModifyMessageRequest,
    ) -> Result<ModifyMessageResponse, Fault> {
        let mut state = self.lock();
        let conversation = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let message = conversation
            .messages
            .get_mut(&request.message_id)
            .ok_or_else(|| {
                Fault::new(
                    errors::MESSAGE_NOT_FOUND,
                    format!(
                        "message {} does not exist in conversation {}",
                        request.message_id, request.conversation_short_id
                    ),
                )
            })?;
        if message.expire_time.is_some_and(|t| millis(context) >= t) {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                format!(
                    "message {} has expired and cannot be modified",
                    request.message_id
                ),
            ));
        }
        if let Some(content) = request.content {
            // The client message format is a JSON object as text (`{"text":"…"}`).
            let is_object =
                serde_json::from_str::<serde_json::Value>(&content).is_ok_and(|v| v.is_object());
            if !is_object {
                return Err(Fault::new(
                    errors::INVALID_PARAM,
                    "Content must follow the client message format: a JSON object as text",
                ));
            }
            message.content = content;
        }
        // Ext merges: a key sent overwrites the stored value, a new key is appended, keys not
        // sent are kept.
        if let Some(ext) = request.ext {
            message.ext.merge(ext);
        }
        Ok(ModifyMessageResponse {})
    }

    fn modify_conversation_setting_now(
        &self,
        request: ModifyConversationSettingRequest,
    ) -> Result<ModifyConversationSettingResponse, Fault> {
        let info = request.conversation_setting_info;
        let mut state = self.lock();
        let conversation = conversation(&mut state, request.app_id, info.conversation_short_id)?;
        let member = conversation
            .participants
            .get_mut(&info.participant_user_id)
            .ok_or_else(|| {
                Fault::new(
                    errors::PARTICIPANT_NOT_IN_CONVERSATION,
                    format!(
                        "user {} is not a member of conversation {}",
                        info.participant_user_id, info.conversation_short_id
                    ),
                )
            })?;
        let settings = &mut member.settings;
        if let Some(mute) = info.is_mute {
            settings.is_mute = mute;
        }
        // IsStickTop and IsSetFavorite say whether to change the time, not the state.
        if info.is_stick_top == Some(true) {
            settings.stick_top_time = info.stick_top_time.unwrap_or(0);
        }
        if info.is_set_favorite == Some(true) {
            settings.favorite_time = info.set_favorite_time.unwrap_or(0);
        }
        if let Some(ext) = info.ext {
            settings.ext.merge(ext);
        }
        Ok(ModifyConversationSettingResponse {})
    }

    fn batch_update_live_participants_now(
        &self,
        request: BatchUpdateLiveParticipantsRequest,
    ) -> Result<BatchUpdateLiveParticipantsResponse, Fault> {
        let add = request.mark_action_or_default() == MarkAction::Add;
        let mut state = self.lock();
        let conversation = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        if conversation.conversation_type != LIVE_GROUP {
            return Err(Fault::new(
                errors::ONLY_LIVE_CONVERSATION_SUPPORT,
                format!(
                    "conversation {} is not a live group",
                    request.conversation_short_id
                ),
            ));
        }
        let mut failed = Vec::new();
        for info in request.participant_infos {
            let Some(member) = conversation.participants.get_mut(&info.user_id) else {
                failed.push(FailedInfo {
                    user_id: info.user_id,
                    user_id_str: info.user_id_str,
                    code: "ParticipantNotInConversation".into(),
                    message: "participant not in conversation".into(),
                });
                continue;
            };
            if info.avatar_url.is_some() {
                member.avatar_url = info.avatar_url;
            }
            if info.nick_name.is_some() {
                member.nick_name = info.nick_name;
            }
            if let Some(ext) = info.ext {
                member.ext.merge(ext);
            }
            for mark in info.marks.unwrap_or_default() {
                if add {
                    member.marks.insert(mark);
                } else {
                    member.marks.remove(&mark);
                }
            }
        }
        Ok(BatchUpdateLiveParticipantsResponse {
            failed_infos: (!failed.is_empty()).then_some(failed),
        })
    }

    fn batch_get_conversation_participant_now(
        &self,
        request: BatchGetConversationParticipantRequest,
    ) -> Result<BatchGetConversationParticipantResponse, Fault> {
        let mut state = self.lock();
        let conversation = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let found: Vec<vc::Participant> = request
            .participant_user_ids
            .iter()
            .filter_map(|id| conversation.participants.get(id))
            .map(|p| vc::Participant {
                conversation_short_id: conversation.conversation_short_id,
                participant_user_id: p.user_id,
                operator: p.operator,
                role: ParticipantRole::from_value(p.role),
                block_time: Some(p.block_time),
                create_time: Some(p.create_time),
                ext: (!p.ext.is_empty()).then(|| p.ext.to_map()),
                level: Some(p.level),
                nick_name: p.nick_name.clone(),
                status: Some(ParticipantStatus::from_value(p.status)),
            })
            .collect();
        if found.is_empty() {
            return Err(Fault::new(
                errors::PARTICIPANT_NOT_FOUND,
                "none of the users is a member of the conversation",
            ));
        }
        Ok(BatchGetConversationParticipantResponse {
            participants: Some(found),
        })
    }
}

impl Service for Emulator {
    fn modify_message(
        &self,
        context: RequestContext,
        request: ModifyMessageRequest,
    ) -> impl Future<Output = Result<ModifyMessageResponse, Fault>> + Send {
        std::future::ready(self.modify_message_now(&context, request))
    }

    fn modify_conversation_setting(
        &self,
        _context: RequestContext,
        request: ModifyConversationSettingRequest,
    ) -> impl Future<Output = Result<ModifyConversationSettingResponse, Fault>> + Send {
        std::future::ready(self.modify_conversation_setting_now(request))
    }

    fn batch_update_live_participants(
        &self,
        _context: RequestContext,
        request: BatchUpdateLiveParticipantsRequest,
    ) -> impl Future<Output = Result<BatchUpdateLiveParticipantsResponse, Fault>> + Send {
        std::future::ready(self.batch_update_live_participants_now(request))
    }

    fn batch_get_conversation_participant(
        &self,
        _context: RequestContext,
        request: BatchGetConversationParticipantRequest,
    ) -> impl Future<Output = Result<BatchGetConversationParticipantResponse, Fault>> + Send {
        std::future::ready(self.batch_get_conversation_participant_now(request))
    }
}
