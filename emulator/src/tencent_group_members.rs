//! Tencent Cloud Chat, emulated: what a group's members are and hold beyond their list.
//! Changing one member's profile (`ModifyGroupMemberInfo`: role, message blocking type, name
//! card, custom fields, mute) and an audio-video group's online members (`GetMembers`, paged by
//! `Timestamp`).

use imapi::tencent_chat::{
    errors, GetMembersRequest, GetMembersResponse, GroupMemberRole, GroupMsgFlag,
    ModifyGroupMemberInfoRequest, ModifyGroupMemberInfoResponse, OnlineMember,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::state::AV_CHAT_ROOM;
use crate::Emulator;

/// The group type (Work in the new version) whose members cannot be muted.
const PRIVATE: &str = "Private";

/// The group types with an online member list (`GetMembers`).
const ONLINE_LISTED: [&str; 2] = [AV_CHAT_ROOM, "Community"];

/// `GetMembers` lists at most the latest this many online members.
pub const MAX_ONLINE_LISTED: usize = 1000;

/// `GetMembers` answers at most this many members at once; the rest come by `Timestamp`.
pub const ONLINE_PAGE: usize = 500;

/// The time a request arrived, in Unix seconds.
fn now(context: &RequestContext) -> i64 {
    i64::try_from(context.received_at.as_secs()).unwrap_or(i64::MAX)
}

impl Emulator {
    /// `ModifyGroupMemberInfo`: every field sent is checked first and then all are applied, so
    /// a refused request changes nothing. Audio-video groups are refused with 10007 (the page's
    /// table); the member must be in the group, `Role` must be `Admin` or `Member` and cannot
    /// change the owner's role (10004, the spec's judgement); a mute in a Private group is
    /// refused with 10007 as `ForbidSendMsg` refuses it. `ShutUpTime` mutes until now plus the
    /// period (0 unmutes); each custom field sent replaces that key's value.
    pub(crate) fn modify_group_member_info_now(
        &self,
        context: &RequestContext,
        request: ModifyGroupMemberInfoRequest,
    ) -> Result<ModifyGroupMemberInfoResponse, Fault> {
        let now = now(context);
        let mut state = self.lock();
        let operation = "ModifyGroupMemberInfo";
        let group = self.any_group_for(&mut state, context, &request.group_id, operation)?;
        if group.group_type == AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10007,
                "audio-video groups (AVChatRoom) do not store member profiles",
            ));
        }
        let is_owner = group.owner.as_deref() == Some(request.member_account.as_str());
        let private = group.group_type == PRIVATE;
        let Some(member) = group.members.get_mut(&request.member_account) else {
            return Err(Fault::new(
                errors::E10004,
                format!("{} is not a member of the group", request.member_account),
            ));
        };
        let admin = match &request.role {
            None => None,
            Some(_) if is_owner => {
                return Err(Fault::new(
                    errors::E10004,
                    "the owner's role cannot be changed; ChangeGroupOwner moves ownership",
                ))
            }
            Some(GroupMemberRole::Admin) => Some(true),
            Some(GroupMemberRole::Member) => Some(false),
            Some(other) => {
                return Err(Fault::new(
                    errors::E10004,
                    format!("Role {} is neither Admin nor Member", other.as_str()),
                ))
            }
        };
        if let Some(GroupMsgFlag::Unknown(other)) = &request.msg_flag {
            return Err(Fault::new(
                errors::E10004,
                format!("MsgFlag {other} is not a message blocking type"),
            ));
        }
        if request.shut_up_time.is_some() && private {
            return Err(Fault::new(
                errors::E10007,
                "Private (Work) groups do not support muting members",
            ));
        }
        if let Some(admin) = admin {
            member.admin = admin;
        }
        if let Some(flag) = request.msg_flag {
            member.msg_flag = Some(flag.as_str().to_owned());
        }
        if let Some(name_card) = request.name_card {
            member.name_card = name_card;
        }
        for field in request.app_member_defined_data.into_iter().flatten() {
            member.app_defined_data.insert(field.key, field.value);
        }
        if let Some(seconds) = request.shut_up_time {
            member.shut_up_until = match seconds {
                0 => 0,
                seconds => now.saturating_add(seconds),
            };
        }
        Ok(ModifyGroupMemberInfoResponse {})
    }

    /// `GetMembers`: the group's online members (of `Mark` only, when it is sent), the latest
    /// to join first, at most the latest 1,000; 500 an answer. `Timestamp` 0 starts the list and
    /// the answer's `NextTimestamp` is the position where the next answer starts, or 0 after the
    /// last member (the emulator's positions, not times: a client only sends them back).
    /// `NickName` and `Avatar` are the imported account's `Nick` and `FaceUrl`, empty for an
    /// account not imported. Only AVChatRoom and Community groups have the list (10007 for the
    /// others, the spec's judgement).
    pub(crate) fn get_members_now(
        &self,
        context: &RequestContext,
        request: GetMembersRequest,
    ) -> Result<GetMembersResponse, Fault> {
        let mut state = self.lock();
        let group = self.any_group_for(&mut state, context, &request.group_id, "GetMembers")?;
        if !ONLINE_LISTED.contains(&group.group_type.as_str()) {
            return Err(Fault::new(
                errors::E10007,
                format!(
                    "{} groups have no online member list; only AVChatRoom and Community groups do",
                    group.group_type
                ),
            ));
        }
        let start = usize::try_from(request.timestamp)
            .map_err(|_| Fault::new(errors::E10004, "Timestamp is not a value this API gave"))?;
        let mut online: Vec<(i64, String)> = group
            .members
            .values()
            .filter(|m| m.online && request.mark.is_none_or(|mark| m.marks.contains(&mark)))
            .map(|m| (m.join_time, m.account.clone()))
            .collect();
        // The latest to join first; the same second by account.
        online.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        online.truncate(MAX_ONLINE_LISTED);
        let accounts = &state.accounts.by_id;
        let member_list: Vec<OnlineMember> = online
            .iter()
            .skip(start)
            .take(ONLINE_PAGE)
            .map(|(join_time, account)| {
                let imported = accounts.get(account);
                OnlineMember {
                    member_account: account.clone(),
                    join_time: Some(*join_time),
                    nick_name: Some(imported.map(|a| a.nick.clone()).unwrap_or_default()),
                    avatar: Some(imported.map(|a| a.face_url.clone()).unwrap_or_default()),
                }
            })
            .collect();
        let after = start.saturating_add(member_list.len());
        let next_timestamp = if member_list.is_empty() || after >= online.len() {
            0
        } else {
            i64::try_from(after).unwrap_or(0)
        };
        Ok(GetMembersResponse {
            member_list,
            next_timestamp,
        })
    }
}
