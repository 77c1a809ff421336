//! Volcengine RTC IM, emulated: the operations of the spec on the in-memory state, with the
//! documented semantics and refusals.

use std::sync::Arc;

use imapi::volcengine_rtc_im::{
    self as vc, errors, BatchGetConversationParticipantRequest,
    BatchGetConversationParticipantResponse, BatchUpdateLiveParticipantsRequest,
    BatchUpdateLiveParticipantsResponse, ConversationDataType, ConversationStatus,
    ConversationType, CreateConversationRequest, CreateConversationResponse, FailedInfo,
    GetUserConversationsRequest, GetUserConversationsResponse, MarkAction,
    ModifyConversationSettingRequest, ModifyConversationSettingResponse, ModifyMessageRequest,
    ModifyMessageResponse, NewConversationInfo, ParticipantRole, ParticipantStatus,
    ScanConversationParticipantListRequest, ScanConversationParticipantListResponse,
    SendMessageRequest, SendMessageResponse,
};
use imapi_runtime::server::{Fault, RequestContext, Secret, ServerConfig};

use crate::state::{Conversation, Details, Message, Participant, State, LIVE_GROUP};
use crate::vendor::{AppSource, Catalog, Operations, Paths, Served};
use crate::{Config, Emulator};

mod conversations;
mod members;
mod messages;
mod relations;
mod service;
mod users;

/// Volcengine RTC IM as the emulator describes it: every request not under another vendor's
/// path, the app in the body's `AppId`.
pub(crate) fn catalog() -> Catalog {
    Catalog::new(
        "volcengine",
        &vc::SPEC,
        errors::ALL,
        Paths::Prefix("/"),
        AppSource::Body("AppId"),
        vc::for_each_operation::<Operations>,
    )
}

/// The one access key pair the emulator accepts.
#[derive(Debug)]
struct Keys {
    access_key: String,
    secret_key: Secret,
}

impl vc::server::Keys for Keys {
    fn secret(&self, access_key_id: &str) -> Option<Secret> {
        (access_key_id == self.access_key).then(|| self.secret_key.clone())
    }
}

/// The vendor's router over the emulator's state, in the configured region.
pub(crate) fn served(
    emulator: Arc<Emulator>,
    config: &Config,
    base: ServerConfig<()>,
    catalog: &'static Catalog,
) -> Served {
    let gateway = vc::server::Gateway::new(Keys {
        access_key: config.volc_access_key.clone(),
        secret_key: config.volc_secret_key.clone(),
    })
    .with_region(&config.volc_region);
    let table = vc::server::routes(emulator, base.with_protocol(gateway.clone())).into_table();
    Served::new(catalog, table, gateway)
}

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

/// Content in the client message format: a JSON object as text (`{"text":"…"}`).
fn client_format(content: &str) -> Result<(), Fault> {
    if serde_json::from_str::<serde_json::Value>(content).is_ok_and(|v| v.is_object()) {
        Ok(())
    } else {
        Err(Fault::new(
            errors::INVALID_PARAM,
            "Content must follow the client message format: a JSON object as text",
        ))
    }
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
            client_format(&content)?;
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
            .map(|p| details(conversation.conversation_short_id, p))
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

/// Most conversations or members one page holds.
const GET_USER_CONVERSATIONS_MAX: i64 = 20;
/// Most members a scan returns with details; with `OnlyUserIds`, the spec's 50.
const SCAN_DETAILS_MAX: i64 = 20;

/// A member as the API answers with it, details included.
fn details(conversation_short_id: i64, p: &Participant) -> vc::Participant {
    vc::Participant {
        conversation_short_id,
        participant_user_id: p.user_id,
        operator: p.operator,
        role: ParticipantRole::from_value(p.role),
        block_time: Some(p.block_time),
        create_time: Some(p.create_time),
        ext: (!p.ext.is_empty()).then(|| p.ext.to_map()),
        level: Some(p.level),
        nick_name: p.nick_name.clone(),
        status: Some(ParticipantStatus::from_value(p.status)),
        avatar_url: p.avatar_url.clone(),
        marks: (!p.marks.is_empty()).then(|| p.marks.iter().cloned().collect()),
    }
}

/// The page of `items` from `cursor`: the page, whether more follow, and the next cursor.
fn page<T: Clone>(items: &[T], cursor: i64, limit: i64) -> Result<(Vec<T>, bool, i64), Fault> {
    let start = usize::try_from(cursor).map_err(|_| {
        Fault::new(
            errors::INVALID_PARAM,
            format!("Cursor {cursor} is negative"),
        )
    })?;
    let limit = usize::try_from(limit).unwrap_or(0);
    let page: Vec<T> = items.iter().skip(start).take(limit).cloned().collect();
    let next = start.saturating_add(page.len());
    let more = next < items.len();
    Ok((page, more, i64::try_from(next).unwrap_or(i64::MAX)))
}

impl Emulator {
    fn get_user_conversations_now(
        &self,
        request: GetUserConversationsRequest,
    ) -> Result<GetUserConversationsResponse, Fault> {
        if request.limit > GET_USER_CONVERSATIONS_MAX {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                format!("Limit is at most {GET_USER_CONVERSATIONS_MAX}"),
            ));
        }
        let user = request.participant_user_id;
        let app = i64::from(request.app_id);
        let state = self.lock();
        let member_of = |c: &&Conversation| {
            c.app_id == app && c.participants.get(&user).is_some_and(|p| p.status == 0)
        };
        let mut found: Vec<&Conversation> = if request.inbox_type.unwrap_or(0) != 0 {
            // Every emulated conversation is in inbox 0.
            Vec::new()
        } else {
            state.conversations.values().filter(member_of).collect()
        };
        // The order DataType names: 0 most recently active first (the last message's time, or
        // the creation time), 1 oldest first, 2 the user's live groups, newest first.
        let active = |c: &Conversation| {
            c.messages
                .values()
                .map(|m| m.create_time / 1000)
                .max()
                .unwrap_or(c.create_time)
                .max(c.create_time)
        };
        match request.data_type {
            Some(ConversationDataType::Database) => {
                found.sort_by_key(|c| (c.create_time, c.conversation_short_id));
            }
            Some(ConversationDataType::CreatedLiveGroups) => {
                found.retain(|c| c.conversation_type == LIVE_GROUP && c.owner_user_id == user);
                found.sort_by_key(|c| (std::cmp::Reverse(c.create_time), c.conversation_short_id));
            }
            _ => found.sort_by_key(|c| (std::cmp::Reverse(active(c)), c.conversation_short_id)),
        }
        let (page, has_more, next_cursor) = page(&found, request.cursor, request.limit)?;
        let skip_count = request.skip_member_count_or_default();
        let infos = page
            .into_iter()
            .map(|c| conversations::conversation_info(c, request.app_id, Some(user), skip_count))
            .collect();
        Ok(GetUserConversationsResponse {
            conversation_infos: infos,
            has_more,
            next_cursor,
        })
    }

    fn scan_conversation_participant_list_now(
        &self,
        request: ScanConversationParticipantListRequest,
    ) -> Result<ScanConversationParticipantListResponse, Fault> {
        let online = request.scan_online_participant_or_default();
        let only_ids = request.only_user_ids_or_default() && !online;
        if request.limit > SCAN_DETAILS_MAX && !only_ids {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                format!("Limit is at most {SCAN_DETAILS_MAX} unless OnlyUserIds is true"),
            ));
        }
        let mut state = self.lock();
        let conversation = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        if conversation.conversation_type == 1 {
            return Err(Fault::new(
                errors::SINGLE_CONVERSATION_NOT_SUPPORT,
                format!(
                    "conversation {} is a one-to-one conversation",
                    request.conversation_short_id
                ),
            ));
        }
        let live = conversation.conversation_type == LIVE_GROUP;
        let mut members: Vec<&Participant> = conversation
            .participants
            .values()
            .filter(|p| p.status == 0)
            .collect();
        members.sort_by_key(|p| (p.create_time, p.user_id));
        if online {
            // Every member of an emulated live group is online; other groups answer nothing.
            if !live {
                members.clear();
            }
            members.reverse();
        } else {
            if live {
                // Without ScanOnlineParticipant a live group lists its owner and managers.
                members.retain(|p| p.role == 1 || p.role == 2);
            }
            if request.reverse_or_default() {
                members.reverse();
            }
        }
        if let Some(mark) = &request.mark_type {
            members.retain(|p| p.marks.contains(mark));
        }
        let (page, has_more, next) = page(&members, request.cursor, request.limit)?;
        let id = conversation.conversation_short_id;
        let participants = page
            .into_iter()
            .map(|p| {
                if only_ids {
                    vc::Participant {
                        conversation_short_id: id,
                        participant_user_id: p.user_id,
                        operator: p.operator,
                        role: ParticipantRole::from_value(p.role),
                        block_time: None,
                        create_time: None,
                        ext: None,
                        level: None,
                        nick_name: None,
                        status: None,
                        avatar_url: None,
                        marks: None,
                    }
                } else {
                    details(id, p)
                }
            })
            .collect();
        Ok(ScanConversationParticipantListResponse {
            participants,
            has_more,
            // Negative when no members follow, as the document says.
            next_cursor: if has_more { next } else { -1 },
        })
    }
}

/// A new conversation's answer, or an existing one's, from what the state holds.
fn new_conversation_info(c: &Conversation) -> NewConversationInfo {
    let members = c.participants.values().filter(|p| p.status == 0);
    let d = &c.details;
    NewConversationInfo {
        app_id: i32::try_from(c.app_id).unwrap_or_default(),
        conversation_short_id: c.conversation_short_id,
        conversation_type: ConversationType::from_value(c.conversation_type),
        inbox_type: 0,
        name: (!c.name.is_empty()).then(|| c.name.clone()),
        avatar_url: d.avatar_url.clone(),
        description: d.description.clone(),
        notice: d.notice.clone(),
        ext: (!d.ext.is_empty()).then(|| d.ext.to_map()),
        owner_user_id: Some(c.owner_user_id),
        creator_user_id: Some(c.owner_user_id),
        other_user_id: (c.conversation_type == 1)
            .then(|| {
                members
                    .clone()
                    .map(|p| p.user_id)
                    .find(|id| *id != c.owner_user_id)
            })
            .flatten(),
        create_time: Some(c.create_time),
        modify_time: Some(d.modify_time.max(c.create_time)),
        member_count: Some(members.count() as i64),
        online_count: None,
        status: Some(ConversationStatus::Normal),
    }
}

impl Emulator {
    fn create_conversation_now(
        &self,
        context: &RequestContext,
        request: CreateConversationRequest,
    ) -> Result<CreateConversationResponse, Fault> {
        if request.inbox_type.unwrap_or(0) != 0 {
            return Err(Fault::new(
                errors::INVALID_PARAM,
                "the emulator keeps every conversation in inbox 0",
            ));
        }
        let core = request.conversation_core_info;
        let kind = core.conversation_type.value();
        let owner = request.owner_user_id;
        // The router refused a one-to-one conversation without OtherUserId (the spec's rule).
        let other = request.other_user_id.filter(|_| kind == 1);
        // Without an IdempotentId, a one-to-one conversation is keyed by its two members; a
        // group by nothing, so every call creates one.
        let key = request.idempotent_id.clone().or_else(|| {
            other.map(|other| format!("one-to-one:{}:{}", owner.min(other), owner.max(other)))
        });
        let app = i64::from(request.app_id);
        let mut state = self.lock();
        // A one-to-one conversation of a state file has no key: its two members are its key.
        let same_members = |c: &Conversation| {
            other.is_some_and(|other| {
                c.conversation_type == 1
                    && c.idempotent_id.is_none()
                    && request.idempotent_id.is_none()
                    && c.participants
                        .keys()
                        .copied()
                        .eq(std::collections::BTreeSet::from([owner, other]))
            })
        };
        let existing = state.conversations.values().find(|c| {
            c.app_id == app && (key.is_some() && c.idempotent_id == key || same_members(c))
        });
        if let Some(c) = existing {
            return Ok(CreateConversationResponse {
                conversation_short_id: c.conversation_short_id,
                conversation_info: new_conversation_info(c),
                exist: true,
            });
        }
        let id = state
            .conversations
            .range((app, i64::MIN)..=(app, i64::MAX))
            .next_back()
            .map_or(1, |((_, id), _)| id.saturating_add(1));
        let now = crate::received_secs(context);
        let member = |user_id, role| Participant {
            user_id,
            role,
            operator: owner,
            create_time: now,
            ..Participant::default()
        };
        let mut participants = std::collections::BTreeMap::from([(owner, member(owner, 1))]);
        if let Some(other) = other.filter(|&other| other != owner) {
            participants.insert(other, member(other, 0));
        }
        let conversation = Conversation {
            app_id: app,
            conversation_short_id: id,
            conversation_type: kind,
            owner_user_id: owner,
            name: core.name.clone().unwrap_or_default(),
            create_time: now,
            idempotent_id: key,
            participants,
            messages: Default::default(),
            details: Details {
                avatar_url: core.avatar_url,
                description: core.description,
                notice: core.notice,
                ext: core.ext.unwrap_or_default().into_iter().collect(),
                ..Details::default()
            },
            lists: Default::default(),
        };
        let info = new_conversation_info(&conversation);
        state.conversations.insert((app, id), conversation);
        Ok(CreateConversationResponse {
            conversation_short_id: id,
            conversation_info: info,
            exist: false,
        })
    }

    /// SendMessage before the live group's budgets: the conversation's type, or the answer
    /// when the message was sent already (its `ClientMsgId`).
    fn send_message_first(&self, request: &SendMessageRequest) -> Result<Result<bool, i64>, Fault> {
        client_format(&request.content)?;
        let mut state = self.lock();
        let conversation = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let sent = request.client_msg_id.as_ref().and_then(|id| {
            conversation
                .messages
                .values()
                .find(|m| m.client_msg_id.as_ref() == Some(id))
        });
        Ok(match sent {
            Some(message) => Err(message.message_id),
            None => Ok(conversation.conversation_type == LIVE_GROUP),
        })
    }

    /// SendMessage after the budgets: the message stored, unless it was `dropped`. A dropped
    /// message is answered with the id the next message gets; nothing is stored under it.
    fn send_message_then(
        &self,
        context: &RequestContext,
        request: SendMessageRequest,
    ) -> Result<SendMessageResponse, Fault> {
        let mut state = self.lock();
        let conversation = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let message_id = conversation
            .messages
            .keys()
            .next_back()
            .map_or(1, |id| id.saturating_add(1));
        if context.classes.dropped().is_none() {
            conversation.messages.insert(
                message_id,
                Message {
                    message_id,
                    sender: request.sender,
                    content: request.content,
                    ext: request.ext.unwrap_or_default().into_iter().collect(),
                    create_time: request.create_time.unwrap_or_else(|| millis(context)),
                    expire_time: None,
                    client_msg_id: request.client_msg_id,
                    msg_type: request.msg_type,
                    quotes: request.ref_msg_info.map(|r| crate::state::Quote {
                        message_id: r.referenced_message_id,
                        hint: r.hint,
                    }),
                    ..Message::default()
                },
            );
        }
        Ok(SendMessageResponse { message_id })
    }

    async fn send_message_now(
        &self,
        mut context: RequestContext,
        request: SendMessageRequest,
    ) -> Result<SendMessageResponse, Fault> {
        let live = match self.send_message_first(&request)? {
            Ok(live) => live,
            Err(message_id) => return Ok(SendMessageResponse { message_id }),
        };
        if live {
            // The priority budgets hold in each live group: the emulator knows the type.
            let group = request.conversation_short_id.to_string();
            context.classes.apply(Some(&group), |_| true).await?;
        }
        self.send_message_then(&context, request)
    }
}
