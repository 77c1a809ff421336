//! Volcengine's member operations: adding, removing and changing members, a live group's
//! managers, and its mute, block and white lists.

use std::collections::BTreeMap;

use imapi::volcengine_rtc_im::{
    self as vc, errors, BatchAddBlockParticipantsRequest, BatchAddBlockParticipantsResponse,
    BatchAddConversationParticipantRequest, BatchAddConversationParticipantResponse,
    BatchAddManagerRequest, BatchAddManagerResponse, BatchAddWhitelistParticipantRequest,
    BatchAddWhitelistParticipantResponse, BatchDeleteBlockParticipantsRequest,
    BatchDeleteBlockParticipantsResponse, BatchDeleteConversationParticipantRequest,
    BatchDeleteConversationParticipantResponse, BatchGetBlockParticipantsRequest,
    BatchGetBlockParticipantsResponse, BatchGetWhitelistParticipantRequest,
    BatchGetWhitelistParticipantResponse, BatchModifyConversationParticipantRequest,
    BatchModifyConversationParticipantResponse, BatchRemoveManagerRequest,
    BatchRemoveManagerResponse, BatchRemoveWhitelistParticipantRequest,
    BatchRemoveWhitelistParticipantResponse, BlockAction,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::{conversation, page};
use crate::state::{Conversation, Listed, Lists, Participant, State, LIVE_GROUP};
use crate::Emulator;

/// What the block and white lists show of a listed user who is a member (nothing of one who is
/// not): the member's profile, each part left out when empty.
struct Profile {
    nick_name: Option<String>,
    ext: Option<BTreeMap<String, String>>,
    avatar_url: Option<String>,
    marks: Option<Vec<String>>,
}

impl Profile {
    fn of(member: Option<&Participant>) -> Profile {
        Profile {
            nick_name: member.and_then(|p| p.nick_name.clone()),
            ext: member.filter(|p| !p.ext.is_empty()).map(|p| p.ext.to_map()),
            avatar_url: member.and_then(|p| p.avatar_url.clone()),
            marks: member
                .filter(|p| !p.marks.is_empty())
                .map(|p| p.marks.iter().cloned().collect()),
        }
    }
}

/// Role values.
const MEMBER: i64 = 0;
const OWNER: i64 = 1;
const MANAGER: i64 = 2;

/// A role as the emulator keeps it: a value outside {0, 1, 2} is taken as 0, as documented.
fn role_value(role: i64) -> i64 {
    match role {
        v @ (MEMBER | OWNER | MANAGER) => v,
        _ => MEMBER,
    }
}

/// The conversation, refused when it is one-to-one.
fn group(state: &mut State, app: i32, id: i64) -> Result<&mut Conversation, Fault> {
    let c = conversation(state, app, id)?;
    if c.conversation_type == 1 {
        return Err(Fault::new(
            errors::SINGLE_CONVERSATION_NOT_SUPPORT,
            format!("conversation {id} is a one-to-one conversation"),
        ));
    }
    Ok(c)
}

/// The conversation, refused unless it is a live group.
fn live_group(state: &mut State, app: i32, id: i64) -> Result<&mut Conversation, Fault> {
    let c = conversation(state, app, id)?;
    if c.conversation_type != LIVE_GROUP {
        return Err(Fault::new(
            errors::ONLY_LIVE_CONVERSATION_SUPPORT,
            format!("conversation {id} is not a live group"),
        ));
    }
    Ok(c)
}

/// A current member (status 0).
fn member(c: &mut Conversation, user: i64) -> Option<&mut Participant> {
    c.participants.get_mut(&user).filter(|p| p.status == 0)
}

/// The list a `BlockAction` names, or a refusal for a value the spec does not list.
fn block_list(lists: &mut Lists, action: BlockAction) -> Result<&mut BTreeMap<i64, Listed>, Fault> {
    match action {
        BlockAction::Mute => Ok(&mut lists.muted),
        BlockAction::Block => Ok(&mut lists.blocked),
        BlockAction::Unknown(v) => Err(Fault::new(
            errors::INVALID_PARAM,
            format!("BlockAction {v} is neither 0 (mute) nor 1 (block)"),
        )),
    }
}

/// The member operations, on the emulator's state.
pub(super) struct Members<'a>(pub(super) &'a Emulator);

impl Members<'_> {
    pub(super) fn batch_add_conversation_participant(
        &self,
        context: &RequestContext,
        request: BatchAddConversationParticipantRequest,
    ) -> Result<BatchAddConversationParticipantResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.0.lock();
        let c = group(&mut state, request.app_id, request.conversation_short_id)?;
        let mut failed = Vec::new();
        for info in request.participant_infos {
            let user = info.participant_user_id;
            let role = role_value(info.role_or_default());
            let blocked = c.lists.blocked.get(&user).is_some_and(|l| l.holds_at(now));
            // Role 1 belongs to the conversation's owner, who keeps it.
            if blocked || (role == OWNER && user != c.owner_user_id) {
                failed.push(user);
                continue;
            }
            let role = if user == c.owner_user_id { OWNER } else { role };
            // A member already there has its data overwritten; its join time, avatar, marks,
            // settings and (unless ReadIndex is given) read position stay.
            let kept = member(c, user).cloned().unwrap_or(Participant {
                create_time: now,
                ..Participant::default()
            });
            c.participants.insert(
                user,
                Participant {
                    user_id: user,
                    role,
                    operator: request.operator,
                    nick_name: info.nick_name,
                    level: info.level.unwrap_or(0),
                    status: 0,
                    ext: info.ext.unwrap_or_default().into_iter().collect(),
                    read_index: info.read_index.unwrap_or(kept.read_index),
                    ..kept
                },
            );
        }
        Ok(BatchAddConversationParticipantResponse {
            failed_user_ids: failed,
        })
    }

    pub(super) fn batch_delete_conversation_participant(
        &self,
        request: BatchDeleteConversationParticipantRequest,
    ) -> Result<BatchDeleteConversationParticipantResponse, Fault> {
        let mut state = self.0.lock();
        let c = group(&mut state, request.app_id, request.conversation_short_id)?;
        let mut failed = Vec::new();
        for user in request.participant_user_ids {
            // The owner stays: a group keeps the member its OwnerUserId names.
            if user == c.owner_user_id || member(c, user).is_none() {
                failed.push(user);
                continue;
            }
            c.participants.remove(&user);
            c.lists.muted.remove(&user);
            c.lists.whitelist.remove(&user);
        }
        Ok(BatchDeleteConversationParticipantResponse {
            failed_user_ids: failed,
        })
    }

    pub(super) fn batch_modify_conversation_participant(
        &self,
        context: &RequestContext,
        request: BatchModifyConversationParticipantRequest,
    ) -> Result<BatchModifyConversationParticipantResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.0.lock();
        let c = conversation(&mut state, request.app_id, request.conversation_short_id)?;
        let owner = c.owner_user_id;
        let mut failed = Vec::new();
        for info in request.participant_infos {
            let user = info.participant_user_id;
            let role = info.role.map(role_value);
            let Some(p) =
                member(c, user).filter(|_| role.is_none_or(|r| (r == OWNER) == (user == owner)))
            else {
                failed.push(user);
                continue;
            };
            if let Some(role) = role {
                p.role = role;
            }
            if let Some(level) = info.level {
                p.level = level;
            }
            if info.nick_name.is_some() {
                p.nick_name = info.nick_name;
            }
            if let Some(ext) = info.ext {
                p.ext.merge(ext);
            }
            let Some(until) = info.block_time else {
                continue;
            };
            p.block_time = until;
            if until > now {
                let entry = Listed {
                    user_id: user,
                    operator: request.operator,
                    create_time: now,
                    until,
                };
                c.lists.muted.insert(user, entry);
            } else {
                c.lists.muted.remove(&user);
            }
        }
        Ok(BatchModifyConversationParticipantResponse {
            failed_user_ids: failed,
        })
    }

    pub(super) fn batch_add_manager(
        &self,
        request: BatchAddManagerRequest,
    ) -> Result<BatchAddManagerResponse, Fault> {
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        let owner = c.owner_user_id;
        let mut failed = Vec::new();
        for user in request.manager_user_ids {
            match member(c, user).filter(|_| user != owner) {
                Some(p) => p.role = MANAGER,
                None => failed.push(user),
            }
        }
        Ok(BatchAddManagerResponse {
            failed_manager_user_ids: failed,
        })
    }

    pub(super) fn batch_remove_manager(
        &self,
        request: BatchRemoveManagerRequest,
    ) -> Result<BatchRemoveManagerResponse, Fault> {
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        let mut failed = Vec::new();
        for user in request.remove_manager_user_ids {
            match member(c, user).filter(|p| p.role == MANAGER) {
                Some(p) => p.role = MEMBER,
                None => failed.push(user),
            }
        }
        Ok(BatchRemoveManagerResponse {
            failed_manager_user_ids: failed,
        })
    }

    pub(super) fn batch_add_block_participants(
        &self,
        context: &RequestContext,
        request: BatchAddBlockParticipantsRequest,
    ) -> Result<BatchAddBlockParticipantsResponse, Fault> {
        let now = crate::received_secs(context);
        let action = request.block_action_or_default();
        let mut entries = Vec::new();
        for (key, duration) in request.participant_block_infos {
            let user = key.parse::<i64>().ok().filter(|u| *u > 0).ok_or_else(|| {
                Fault::new(
                    errors::INVALID_PARAM,
                    format!("ParticipantBlockInfos key {key:?} is not a UserId"),
                )
            })?;
            entries.push((user, duration));
        }
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        block_list(&mut c.lists, action)?;
        let mut failed = Vec::new();
        for (user, duration) in entries {
            let role = c
                .participants
                .get(&user)
                .filter(|p| p.status == 0)
                .map(|p| p.role);
            // The owner and managers are never muted or blocked; a mute needs a member.
            let refused = duration <= 0
                || matches!(role, Some(OWNER | MANAGER))
                || (action == BlockAction::Mute && role.is_none());
            if refused {
                failed.push(user);
                continue;
            }
            let until = now.saturating_add(duration);
            if action == BlockAction::Mute {
                if let Some(p) = member(c, user) {
                    p.block_time = until;
                }
            }
            let entry = Listed {
                user_id: user,
                operator: 0,
                create_time: now,
                until,
            };
            block_list(&mut c.lists, action)?.insert(user, entry);
        }
        Ok(BatchAddBlockParticipantsResponse {
            failed_participant_user_ids: failed,
        })
    }

    pub(super) fn batch_delete_block_participants(
        &self,
        context: &RequestContext,
        request: BatchDeleteBlockParticipantsRequest,
    ) -> Result<BatchDeleteBlockParticipantsResponse, Fault> {
        let now = crate::received_secs(context);
        let action = request.block_action_or_default();
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        block_list(&mut c.lists, action)?;
        let mut failed = Vec::new();
        for user in request.participant_user_ids {
            let removed = block_list(&mut c.lists, action)?.remove(&user);
            if !removed.is_some_and(|l| l.holds_at(now)) {
                failed.push(user);
                continue;
            }
            if action == BlockAction::Mute {
                if let Some(p) = member(c, user) {
                    p.block_time = 0;
                }
            }
        }
        Ok(BatchDeleteBlockParticipantsResponse {
            failed_participant_user_ids: failed,
        })
    }

    pub(super) fn batch_get_block_participants(
        &self,
        context: &RequestContext,
        request: BatchGetBlockParticipantsRequest,
    ) -> Result<BatchGetBlockParticipantsResponse, Fault> {
        let now = crate::received_secs(context);
        let action = request.block_action_or_default();
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        let list = block_list(&mut c.lists, action)?.clone();
        let entries = Lists::current(&list, now);
        let (batch, has_more, next) = page(&entries, request.cursor, request.limit)?;
        let participants = batch
            .into_iter()
            .map(|l| {
                let profile = Profile::of(c.participants.get(&l.user_id));
                vc::BlockParticipant {
                    participant_user_id: l.user_id,
                    create_time: l.create_time,
                    block_time: l.until,
                    nick_name: profile.nick_name,
                    ext: profile.ext,
                    avatar_url: profile.avatar_url,
                    marks: profile.marks,
                }
            })
            .collect();
        Ok(BatchGetBlockParticipantsResponse {
            participants,
            has_more,
            next_cursor: if has_more { next } else { -1 },
        })
    }

    pub(super) fn batch_add_whitelist_participant(
        &self,
        context: &RequestContext,
        request: BatchAddWhitelistParticipantRequest,
    ) -> Result<BatchAddWhitelistParticipantResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        let mut failed = Vec::new();
        for user in request.participant_user_ids {
            if member(c, user).is_none() {
                failed.push(user);
                continue;
            }
            // Whitelisting again keeps the first time and operator.
            c.lists.whitelist.entry(user).or_insert(Listed {
                user_id: user,
                operator: request.operator,
                create_time: now,
                until: 0,
            });
        }
        Ok(BatchAddWhitelistParticipantResponse {
            failed_user_ids: failed,
        })
    }

    pub(super) fn batch_remove_whitelist_participant(
        &self,
        request: BatchRemoveWhitelistParticipantRequest,
    ) -> Result<BatchRemoveWhitelistParticipantResponse, Fault> {
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        let failed = request
            .participant_user_ids
            .into_iter()
            .filter(|user| c.lists.whitelist.remove(user).is_none())
            .collect();
        Ok(BatchRemoveWhitelistParticipantResponse {
            failed_user_ids: failed,
        })
    }

    pub(super) fn batch_get_whitelist_participant(
        &self,
        request: BatchGetWhitelistParticipantRequest,
    ) -> Result<BatchGetWhitelistParticipantResponse, Fault> {
        let mut state = self.0.lock();
        let c = live_group(&mut state, request.app_id, request.conversation_short_id)?;
        let entries = Lists::current(&c.lists.whitelist, 0);
        let (batch, has_more, next) = page(&entries, request.cursor, request.limit)?;
        let participants = batch
            .into_iter()
            .map(|l| {
                let profile = Profile::of(c.participants.get(&l.user_id));
                vc::WhitelistParticipant {
                    participant_user_id: l.user_id,
                    create_time: l.create_time,
                    operator: l.operator,
                    nick_name: profile.nick_name,
                    ext: profile.ext,
                    avatar_url: profile.avatar_url,
                    marks: profile.marks,
                }
            })
            .collect();
        Ok(BatchGetWhitelistParticipantResponse {
            next_cursor: if has_more { next } else { -1 },
            has_more,
            participants,
        })
    }
}
