//! Volcengine's conversation operations beyond creating and listing: changing and disbanding a
//! conversation, reading several at once, a member's settings and read position, member counts
//! and presence, and a live group's marks.

use imapi::volcengine_rtc_im::{
    errors, BatchGetConversationsRequest, BatchGetConversationsResponse, ConversationInfo,
    ConversationStatus, ConversationType, DestroyConversationRequest, DestroyConversationResponse,
    GetConversationMarksRequest, GetConversationMarksResponse, GetConversationSettingRequest,
    GetConversationSettingResponse, GetConversationUserCountRequest,
    GetConversationUserCountResponse, GetParticipantReadIndexRequest,
    GetParticipantReadIndexResponse, IsUserInConversationRequest, IsUserInConversationResponse,
    LiveParticipantStatus, MarkAction, MarkConversationRequest, MarkConversationResponse,
    ModifyConversationRequest, ModifyConversationResponse, ModifyParticipantReadIndexRequest,
    ModifyParticipantReadIndexResponse, ParticipantConversationSetting, ParticipantReadIndex,
    QueryLiveParticipantStatusRequest, QueryLiveParticipantStatusResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::conversation;
use crate::state::{Conversation, Participant, LIVE_GROUP};
use crate::Emulator;

/// Most marks a live group holds (MarkConversation's page).
const MAX_MARKS: usize = 20;
/// Most users QueryLiveParticipantStatus answers; the rest of a request is ignored.
const MAX_STATUS_USERS: usize = 200;

/// The conversation's current members (not those who left).
fn members(c: &Conversation) -> impl Iterator<Item = &Participant> + Clone {
    c.participants.values().filter(|p| p.status == 0)
}

/// A current member, or the vendor's refusal.
fn member(c: &mut Conversation, user: i64) -> Result<&mut Participant, Fault> {
    let id = c.conversation_short_id;
    c.participants
        .get_mut(&user)
        .filter(|p| p.status == 0)
        .ok_or_else(|| {
            Fault::new(
                errors::PARTICIPANT_NOT_IN_CONVERSATION,
                format!("user {user} is not a member of conversation {id}"),
            )
        })
}

/// Live groups only, or the vendor's refusal.
fn live_only(c: &Conversation) -> Result<(), Fault> {
    if c.conversation_type == LIVE_GROUP {
        Ok(())
    } else {
        Err(Fault::new(
            errors::ONLY_LIVE_CONVERSATION_SUPPORT,
            format!(
                "conversation {} is not a live group",
                c.conversation_short_id
            ),
        ))
    }
}

/// A conversation as the list and batch reads answer it. `viewer` is the user reading (the
/// other member of a one-to-one conversation is the one who is not the viewer; without one,
/// not the owner).
pub(super) fn conversation_info(
    c: &Conversation,
    app_id: i32,
    viewer: Option<i64>,
    skip_count: bool,
) -> ConversationInfo {
    let d = &c.details;
    let me = viewer.unwrap_or(c.owner_user_id);
    ConversationInfo {
        conversation_short_id: c.conversation_short_id,
        conversation_id: c.conversation_short_id.to_string(),
        app_id,
        inbox_type: 0,
        name: (!c.name.is_empty()).then(|| c.name.clone()),
        avatar_url: d.avatar_url.clone(),
        description: d.description.clone(),
        owner_user_id: c.owner_user_id,
        creator_user_id: c.owner_user_id,
        notice: d.notice.clone(),
        status: Some(ConversationStatus::Normal),
        ext: (!d.ext.is_empty()).then(|| d.ext.to_map()),
        create_time: c.create_time,
        modify_time: d.modify_time.max(c.create_time),
        conversation_type: ConversationType::from_value(c.conversation_type),
        member_count: (!skip_count).then(|| members(c).count() as i64),
        online_count: None,
        other_user_id: (c.conversation_type == 1)
            .then(|| members(c).map(|p| p.user_id).find(|id| *id != me))
            .flatten(),
    }
}

impl Emulator {
    pub(super) fn modify_conversation_now(
        &self,
        context: &RequestContext,
        request: ModifyConversationRequest,
    ) -> Result<ModifyConversationResponse, Fault> {
        let info = request.conversation_core_info;
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, info.conversation_short_id)?;
        if let Some(name) = info.name {
            c.name = name;
        }
        let d = &mut c.details;
        if info.avatar_url.is_some() {
            d.avatar_url = info.avatar_url;
        }
        if info.description.is_some() {
            d.description = info.description;
        }
        if info.notice.is_some() {
            d.notice = info.notice;
        }
        // Ext merges, as a message's does: a key sent overwrites, the others stay.
        if let Some(ext) = info.ext {
            d.ext.merge(ext);
        }
        d.modify_time = now;
        if let Some(owner) = info.owner_user_id.filter(|&o| o != c.owner_user_id) {
            // The former owner stays an ordinary member; a new owner who is not a member
            // becomes one.
            if let Some(former) = c.participants.get_mut(&c.owner_user_id) {
                former.role = 0;
            }
            let joined = c.participants.entry(owner).or_insert_with(|| Participant {
                user_id: owner,
                create_time: now,
                ..Participant::default()
            });
            joined.role = 1;
            joined.status = 0;
            c.owner_user_id = owner;
        }
        Ok(ModifyConversationResponse {})
    }

    pub(super) fn destroy_conversation_now(
        &self,
        request: DestroyConversationRequest,
    ) -> Result<DestroyConversationResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        if c.conversation_type == 1 {
            return Err(Fault::new(
                errors::SINGLE_CONVERSATION_NOT_SUPPORT,
                "a one-to-one conversation cannot be disbanded",
            ));
        }
        if c.owner_user_id != request.owner_user_id {
            return Err(Fault::new(
                errors::ONLY_OWNER_CAN_OPERATOR,
                format!(
                    "user {} is not the owner of conversation {}",
                    request.owner_user_id, request.conversation_short_id
                ),
            ));
        }
        // Disbanded is gone: every later call naming it answers ConversationNotFound.
        let key = (i64::from(request.app_id), request.conversation_short_id);
        state.conversations.remove(&key);
        Ok(DestroyConversationResponse {})
    }

    pub(super) fn batch_get_conversations_now(
        &self,
        request: BatchGetConversationsRequest,
    ) -> Result<BatchGetConversationsResponse, Fault> {
        let app = i64::from(request.app_id);
        let skip = request.skip_member_count_or_default();
        let state = self.lock();
        let mut seen = std::collections::BTreeSet::new();
        // Unknown (and disbanded) conversations are left out; each is answered once, in the
        // order asked.
        let infos = request
            .conversation_short_id
            .iter()
            .filter(|id| seen.insert(**id))
            .filter_map(|id| state.conversations.get(&(app, *id)))
            .map(|c| conversation_info(c, request.app_id, None, skip))
            .collect();
        Ok(BatchGetConversationsResponse {
            conversation_core_infos: infos,
        })
    }

    pub(super) fn get_conversation_setting_now(
        &self,
        request: GetConversationSettingRequest,
    ) -> Result<GetConversationSettingResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let kind = ConversationType::from_value(c.conversation_type);
        let id = c.conversation_short_id;
        let p = member(c, request.participant_user_id)?;
        let s = &p.settings;
        Ok(GetConversationSettingResponse {
            conversation_setting_info: ParticipantConversationSetting {
                app_id: request.app_id,
                participant_user_id: p.user_id,
                conversation_short_id: id,
                conversation_id: id.to_string(),
                conversation_type: kind,
                inbox_type: 0,
                stick_top_time: s.stick_top_time,
                is_stick_top: Some(s.stick_top_time > 0),
                set_favorite_time: Some(s.favorite_time),
                is_set_favorite: Some(s.favorite_time > 0),
                is_mute: Some(s.is_mute),
                ext: (!s.ext.is_empty()).then(|| s.ext.to_map()),
                read_index: if request.no_read_index == Some(true) {
                    0
                } else {
                    p.read_index
                },
            },
        })
    }

    pub(super) fn get_conversation_user_count_now(
        &self,
        request: GetConversationUserCountRequest,
    ) -> Result<GetConversationUserCountResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let count = members(c).count() as i64;
        Ok(GetConversationUserCountResponse { count })
    }

    pub(super) fn is_user_in_conversation_now(
        &self,
        request: IsUserInConversationRequest,
    ) -> Result<IsUserInConversationResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let is_member = members(c).any(|p| p.user_id == request.participant_user_id);
        Ok(IsUserInConversationResponse {
            is_user_in_conversation: is_member,
        })
    }

    pub(super) fn mark_conversation_now(
        &self,
        request: MarkConversationRequest,
    ) -> Result<MarkConversationResponse, Fault> {
        let add = request.mark_action_or_default() == MarkAction::Add;
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        live_only(c)?;
        let marks = &mut c.details.marks;
        if add {
            let mut after = marks.clone();
            after.extend(request.mark_types);
            if after.len() > MAX_MARKS {
                return Err(Fault::new(
                    errors::CONVERSATION_MARK_TYPE_MORE_THAN_LIMIT,
                    format!("a live group has at most {MAX_MARKS} marks"),
                ));
            }
            *marks = after;
        } else {
            for mark in &request.mark_types {
                marks.remove(mark);
            }
        }
        Ok(MarkConversationResponse {})
    }

    pub(super) fn get_conversation_marks_now(
        &self,
        request: GetConversationMarksRequest,
    ) -> Result<GetConversationMarksResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        live_only(c)?;
        Ok(GetConversationMarksResponse {
            mark_types: c.details.marks.iter().cloned().collect(),
        })
    }

    pub(super) fn get_participant_read_index_now(
        &self,
        request: GetParticipantReadIndexRequest,
    ) -> Result<GetParticipantReadIndexResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        // A member left out has read position 0, as the SDK's description says.
        let read_indexes = members(c)
            .filter(|p| p.read_index > 0)
            .map(|p| ParticipantReadIndex {
                participant_user_id: p.user_id,
                read_index: p.read_index,
            })
            .collect();
        Ok(GetParticipantReadIndexResponse { read_indexes })
    }

    pub(super) fn modify_participant_read_index_now(
        &self,
        request: ModifyParticipantReadIndexRequest,
    ) -> Result<ModifyParticipantReadIndexResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let p = member(c, request.participant_user_id)?;
        if request.read_index <= p.read_index {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                format!(
                    "ReadIndex {} must be greater than the member's current {}",
                    request.read_index, p.read_index
                ),
            ));
        }
        p.read_index = request.read_index;
        Ok(ModifyParticipantReadIndexResponse {})
    }

    pub(super) fn query_live_participant_status_now(
        &self,
        request: QueryLiveParticipantStatusRequest,
    ) -> Result<QueryLiveParticipantStatusResponse, Fault> {
        let mut state = self.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        live_only(c)?;
        // Only the first 200 users asked are answered; the rest are ignored.
        let status = request
            .participant_user_ids
            .iter()
            .take(MAX_STATUS_USERS)
            .map(|&user| {
                let joined = members(c).find(|p| p.user_id == user);
                LiveParticipantStatus {
                    app_id: request.app_id,
                    conversation_short_id: c.conversation_short_id,
                    participant_user_id: user,
                    is_in_conversation: joined.is_some(),
                    create_time: joined.map_or(0, |p| p.create_time),
                }
            })
            .collect();
        Ok(QueryLiveParticipantStatusResponse { status })
    }
}
