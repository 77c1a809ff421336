//! Tencent Cloud Chat, emulated: what a group's members are and hold beyond their list.
//! Changing one member's profile (`ModifyGroupMemberInfo`: role, message blocking type, name
//! card, custom fields, mute), an audio-video group's online members (`GetMembers`, paged by
//! `Timestamp`) and how many there are (`GetOnlineMemberNum`); bans from an audio-video group
//! (`BanGroupMember`, `UnbanGroupMember`, `GetGroupBanMember`, paged by `Offset`); importing
//! members (`ImportGroupMember`).

use imapi::tencent_chat::{
    errors, BanGroupMemberRequest, BanGroupMemberResponse, BannedMember, GetGroupBanMemberRequest,
    GetGroupBanMemberResponse, GetMembersRequest, GetMembersResponse, GetOnlineMemberNumRequest,
    GetOnlineMemberNumResponse, GroupMemberRole, GroupMsgFlag, ImportGroupMemberRequest,
    ImportGroupMemberResponse, ImportMemberResult, ImportedMemberResult,
    ModifyGroupMemberInfoRequest, ModifyGroupMemberInfoResponse, OnlineMember,
    UnbanGroupMemberRequest, UnbanGroupMemberResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::state::{Ban, Group, Member, State, AV_CHAT_ROOM};
use crate::Emulator;

/// The group type (Work in the new version) whose members cannot be muted.
const PRIVATE: &str = "Private";

/// The group types with an online member list (`GetMembers`).
const ONLINE_LISTED: [&str; 2] = [AV_CHAT_ROOM, "Community"];

/// `GetMembers` lists at most the latest this many online members.
pub const MAX_ONLINE_LISTED: usize = 1000;

/// `GetMembers` answers at most this many members at once; the rest come by `Timestamp`.
pub const ONLINE_PAGE: usize = 500;

/// `GetGroupBanMember`'s page size when `Limit` is not sent (the page gives none; its sample
/// sends 20).
pub const BAN_PAGE: usize = 20;

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
        let now = crate::received_secs(context);
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

    /// `GetOnlineMemberNum`: how many of the group's members are online (`online: true`), for
    /// every group type as the current page says; counted when asked, never a stale cache.
    pub(crate) fn get_online_member_num_now(
        &self,
        context: &RequestContext,
        request: GetOnlineMemberNumRequest,
    ) -> Result<GetOnlineMemberNumResponse, Fault> {
        let mut state = self.lock();
        let group =
            self.any_group_for(&mut state, context, &request.group_id, "GetOnlineMemberNum")?;
        let online = group.members.values().filter(|m| m.online).count();
        Ok(GetOnlineMemberNumResponse {
            online_member_num: i64::try_from(online).unwrap_or(i64::MAX),
        })
    }

    /// The checks the three ban commands share: [`Self::any_group_for`]'s, and an audio-video
    /// group (10007 for any other type, the spec's judgement).
    fn av_group_for<'s>(
        &self,
        state: &'s mut State,
        context: &RequestContext,
        group_id: &str,
        operation: &str,
    ) -> Result<&'s mut Group, Fault> {
        let group = self.any_group_for(state, context, group_id, operation)?;
        if group.group_type != AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10007,
                format!("only audio-video groups (AVChatRoom) support {operation}"),
            ));
        }
        Ok(group)
    }

    /// `BanGroupMember`: each named account is banned until now plus `Duration` seconds (a
    /// ban already in place is replaced) with the `Description` given, and leaves the group if
    /// it is a member; an account that is not a member is banned too (the spec's judgement).
    pub(crate) fn ban_group_member_now(
        &self,
        context: &RequestContext,
        request: BanGroupMemberRequest,
    ) -> Result<BanGroupMemberResponse, Fault> {
        let until = crate::received_secs(context).saturating_add(i64::from(request.duration));
        let mut state = self.lock();
        let group = self.av_group_for(&mut state, context, &request.group_id, "BanGroupMember")?;
        let description = request.description.unwrap_or_default();
        for account in request.members_account {
            group.members.remove(&account);
            group.banned.insert(
                account,
                Ban {
                    until,
                    description: description.clone(),
                },
            );
        }
        Ok(BanGroupMemberResponse {})
    }

    /// `UnbanGroupMember`: each named account's ban ends now; an account not banned is
    /// skipped. The account does not come back into the group by itself (it may rejoin).
    pub(crate) fn unban_group_member_now(
        &self,
        context: &RequestContext,
        request: UnbanGroupMemberRequest,
    ) -> Result<UnbanGroupMemberResponse, Fault> {
        let mut state = self.lock();
        let group =
            self.av_group_for(&mut state, context, &request.group_id, "UnbanGroupMember")?;
        for account in &request.members_account {
            group.banned.remove(account);
        }
        Ok(UnbanGroupMemberResponse {})
    }

    /// `GetGroupBanMember`: the bans that have not ended, by account, `Limit` of them (20 when
    /// not sent) from `Offset`; `NextOffset` is the position after the page, or 0 when no ban
    /// is left after it.
    pub(crate) fn get_group_ban_member_now(
        &self,
        context: &RequestContext,
        request: GetGroupBanMemberRequest,
    ) -> Result<GetGroupBanMemberResponse, Fault> {
        let now = crate::received_secs(context);
        let start = usize::try_from(request.offset)
            .map_err(|_| Fault::new(errors::E10004, "Offset cannot be negative"))?;
        let limit = request
            .limit
            .and_then(|l| usize::try_from(l).ok())
            .unwrap_or(BAN_PAGE);
        let mut state = self.lock();
        let group =
            self.av_group_for(&mut state, context, &request.group_id, "GetGroupBanMember")?;
        let banned: Vec<(&String, &Ban)> = group
            .banned
            .iter()
            .filter(|(_, ban)| ban.until > now)
            .collect();
        let banned_account_list: Vec<BannedMember> = banned
            .iter()
            .skip(start)
            .take(limit)
            .map(|(account, ban)| BannedMember {
                member_account: (*account).clone(),
                banned_until: ban.until,
            })
            .collect();
        let after = start.saturating_add(banned_account_list.len());
        let next_offset = if banned_account_list.is_empty() || after >= banned.len() {
            0
        } else {
            i32::try_from(after).unwrap_or(0)
        };
        Ok(GetGroupBanMemberResponse {
            banned_account_list,
            next_offset,
        })
    }
    /// `ImportGroupMember`: each listed account joins at its `JoinTime` (now when not sent) as
    /// an admin (`Role` `Admin`) or an ordinary member, with its unread count capped at the
    /// group's number of messages: `Result` 1. An account already in the group (or listed
    /// twice) is `Result` 2 and keeps what it had; a `JoinTime` in the future or an empty
    /// account is `Result` 0 (the emulator keeps no creation time to check join times against). Any `Role` but `Admin` refuses the whole request with 10004, an
    /// audio-video group with 10007; no callback or notification exists to skip.
    pub(crate) fn import_group_member_now(
        &self,
        context: &RequestContext,
        request: ImportGroupMemberRequest,
    ) -> Result<ImportGroupMemberResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let group =
            self.any_group_for(&mut state, context, &request.group_id, "ImportGroupMember")?;
        if group.group_type == AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10007,
                "audio-video groups (AVChatRoom) do not support importing members",
            ));
        }
        if let Some(role) = request
            .member_list
            .iter()
            .filter_map(|m| m.role.as_ref())
            .find(|r| **r != GroupMemberRole::Admin)
        {
            return Err(Fault::new(
                errors::E10004,
                format!("Role {} cannot be imported; only Admin can", role.as_str()),
            ));
        }
        let messages = group.messages.len();
        let mut answered = Vec::with_capacity(request.member_list.len());
        for item in request.member_list {
            let join_time = item.join_time.unwrap_or(now);
            let result = if group.members.contains_key(&item.member_account) {
                ImportMemberResult::AlreadyMember
            } else if item.member_account.is_empty() || join_time > now {
                ImportMemberResult::Failed
            } else {
                let unread = usize::try_from(item.unread_msg_num.unwrap_or(0)).unwrap_or(0);
                group.members.insert(
                    item.member_account.clone(),
                    Member {
                        account: item.member_account.clone(),
                        online: true,
                        join_time,
                        admin: item.role.is_some(),
                        unread_msg_num: i64::try_from(unread.min(messages)).unwrap_or(i64::MAX),
                        ..Member::default()
                    },
                );
                ImportMemberResult::Imported
            };
            answered.push(ImportedMemberResult {
                member_account: item.member_account,
                result,
            });
        }
        Ok(ImportGroupMemberResponse {
            member_list: answered,
        })
    }
}
