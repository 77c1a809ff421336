//! Tencent Cloud Chat, emulated: disbanding a group (`DestroyGroup`), transferring its
//! ownership (`ChangeGroupOwner`), muting members (`ForbidSendMsg`), each account's role in a group (`GetRoleInGroup`), adding and deleting group members (`AddGroupMember`,
//! `DeleteGroupMember`), listing them
//! (`GetGroupMemberInfo`, by offset or, for Community groups, by `Next`), and a group's message
//! history (`GroupMsgGetSimple`, newest first, a page ending at a smaller seq each time).

use imapi::tencent_chat::{
    errors, AddGroupMemberRequest, AddGroupMemberResponse, AddMemberResult, AddedGroupMember,
    AppMemberDefinedData, ChangeGroupOwnerRequest, ChangeGroupOwnerResponse,
    DeleteGroupMemberRequest, DeleteGroupMemberResponse, DestroyGroupRequest, DestroyGroupResponse,
    ForbidSendMsgRequest, ForbidSendMsgResponse, GetGroupMemberInfoRequest,
    GetGroupMemberInfoResponse, GetRoleInGroupRequest, GetRoleInGroupResponse, GroupHistoryMessage,
    GroupMemberInfo, GroupMemberRole, GroupMsgFlag, GroupMsgGetSimpleRequest,
    GroupMsgGetSimpleResponse, RoleInGroup, StoredMsgPriority, UserRoleInGroup,
};
use imapi_runtime::server::{Fault, RequestContext};

use crate::state::{Group, GroupMessage, Member, State, AV_CHAT_ROOM};
use crate::Emulator;

/// The group type paged by `Next` instead of `Offset`.
pub const COMMUNITY: &str = "Community";

/// The group type (Work in the new version) whose members cannot be muted.
const PRIVATE: &str = "Private";

/// `IsFinished`: every message before the page has been returned too.
const FINISHED: i32 = 1;
/// `IsFinished`: older messages remain; the next pull sends the smallest seq minus 1.
const MORE: i32 = 0;

impl Emulator {
    /// The caller must be an app administrator (10007, as the pages answer insufficient
    /// permission), and the group must be named (10015), exist (10010) and not be an
    /// audio-video group (10007): the checks the member and history operations share.
    pub(crate) fn group_for<'s>(
        &self,
        state: &'s mut State,
        context: &RequestContext,
        group_id: &str,
        operation: &str,
    ) -> Result<&'s mut Group, Fault> {
        let group = self.any_group_for(state, context, group_id, operation)?;
        if group.group_type == AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10007,
                format!("audio-video groups (AVChatRoom) do not support {operation}"),
            ));
        }
        Ok(group)
    }

    /// [`Self::group_for`]'s checks but the group type: for an operation every type supports.
    pub(crate) fn any_group_for<'s>(
        &self,
        state: &'s mut State,
        context: &RequestContext,
        group_id: &str,
        operation: &str,
    ) -> Result<&'s mut Group, Fault> {
        let caller = context.caller.id();
        if !self.admins.iter().any(|a| a == caller) {
            return Err(Fault::new(
                errors::E10007,
                format!("only an app administrator can call {operation}"),
            ));
        }
        if group_id.is_empty() {
            return Err(Fault::new(errors::E10015, "the group ID is empty"));
        }
        state
            .groups
            .get_mut(group_id)
            .ok_or_else(|| Fault::new(errors::E10010, format!("group {group_id} does not exist")))
    }

    /// `DestroyGroup`: the group is gone, with its members and messages; every later call
    /// naming it answers 10010 (the page's "existed but has been disbanded"). Every group type
    /// may be disbanded.
    pub(crate) fn destroy_group_now(
        &self,
        context: &RequestContext,
        request: DestroyGroupRequest,
    ) -> Result<DestroyGroupResponse, Fault> {
        let mut state = self.lock();
        self.any_group_for(&mut state, context, &request.group_id, "DestroyGroup")?;
        state.groups.remove(&request.group_id);
        Ok(DestroyGroupResponse {})
    }

    /// `ChangeGroupOwner`: the named member becomes the owner (also of a group without one);
    /// the former owner stays an ordinary member. The new owner must be a member (10004, the
    /// spec's judgement); audio-video groups are refused with 10007 as the page says.
    /// `From_Account` (the operator) changes nothing: no notification is modelled.
    pub(crate) fn change_group_owner_now(
        &self,
        context: &RequestContext,
        request: ChangeGroupOwnerRequest,
    ) -> Result<ChangeGroupOwnerResponse, Fault> {
        let mut state = self.lock();
        let group = self.group_for(&mut state, context, &request.group_id, "ChangeGroupOwner")?;
        let Some(member) = group.members.get_mut(&request.new_owner_account) else {
            return Err(Fault::new(
                errors::E10004,
                format!(
                    "the new owner {} is not a member of the group",
                    request.new_owner_account
                ),
            ));
        };
        // The owner's role is the group's `owner`, not an admin mark.
        member.admin = false;
        group.owner = Some(request.new_owner_account);
        Ok(ChangeGroupOwnerResponse {})
    }

    /// `ForbidSendMsg`: each named member is muted until now plus `ShutUpTime` seconds
    /// (`ShutUpUntil` in the member's profile), or unmuted with 0; an account not in the group
    /// is skipped. Private groups are refused with 10007 (the spec's judgement).
    pub(crate) fn forbid_send_msg_now(
        &self,
        context: &RequestContext,
        request: ForbidSendMsgRequest,
    ) -> Result<ForbidSendMsgResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let group = self.any_group_for(&mut state, context, &request.group_id, "ForbidSendMsg")?;
        if group.group_type == PRIVATE {
            return Err(Fault::new(
                errors::E10007,
                "Private (Work) groups do not support muting members",
            ));
        }
        let until = match request.shut_up_time {
            0 => 0,
            seconds => now.saturating_add(seconds),
        };
        for account in &request.members_account {
            if let Some(member) = group.members.get_mut(account) {
                member.shut_up_until = until;
            }
        }
        Ok(ForbidSendMsgResponse {})
    }

    /// `DeleteGroupMember`: the named members leave the group; an account not in it is
    /// skipped (the page: the API still returns success). An audio-video group is refused
    /// with the page's 10004, not the 10007 the other member operations answer.
    pub(crate) fn delete_group_member_now(
        &self,
        context: &RequestContext,
        request: DeleteGroupMemberRequest,
    ) -> Result<DeleteGroupMemberResponse, Fault> {
        let mut state = self.lock();
        let group =
            self.any_group_for(&mut state, context, &request.group_id, "DeleteGroupMember")?;
        if group.group_type == AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10004,
                "audio-video groups (AVChatRoom) do not support deleting members",
            ));
        }
        for account in &request.member_to_del_account {
            group.members.remove(account);
        }
        Ok(DeleteGroupMemberResponse {})
    }

    /// `GetRoleInGroup`: each queried account's role, in the order asked, `NotMember` for an
    /// account not in the group (the page's example: the owner, a member, an outsider).
    pub(crate) fn get_role_in_group_now(
        &self,
        context: &RequestContext,
        request: GetRoleInGroupRequest,
    ) -> Result<GetRoleInGroupResponse, Fault> {
        let mut state = self.lock();
        let group = self.group_for(&mut state, context, &request.group_id, "GetRoleInGroup")?;
        let owner = group.owner.as_deref();
        let user_id_list = request
            .user_account
            .into_iter()
            .map(|account| {
                let role = match group.members.get(&account) {
                    None => RoleInGroup::NotMember,
                    Some(m) => match role_of(m, owner) {
                        GroupMemberRole::Owner => RoleInGroup::Owner,
                        GroupMemberRole::Admin => RoleInGroup::Admin,
                        _ => RoleInGroup::Member,
                    },
                };
                UserRoleInGroup {
                    member_account: account,
                    role,
                }
            })
            .collect();
        Ok(GetRoleInGroupResponse { user_id_list })
    }

    pub(crate) fn add_group_member_now(
        &self,
        context: &RequestContext,
        request: AddGroupMemberRequest,
    ) -> Result<AddGroupMemberResponse, Fault> {
        let now = crate::received_secs(context);
        let mut state = self.lock();
        let group = self.group_for(&mut state, context, &request.group_id, "AddGroupMember")?;
        let mut answered = Vec::with_capacity(request.member_list.len());
        for item in request.member_list {
            let account = item.member_account;
            let result = if account.is_empty() {
                AddMemberResult::Failed
            } else if group.members.contains_key(&account) {
                AddMemberResult::AlreadyMember
            } else {
                group.members.insert(
                    account.clone(),
                    Member {
                        account: account.clone(),
                        online: true,
                        join_time: now,
                        ..Member::default()
                    },
                );
                AddMemberResult::Added
            };
            answered.push(AddedGroupMember {
                member_account: account,
                result,
            });
        }
        Ok(AddGroupMemberResponse {
            member_list: answered,
        })
    }

    pub(crate) fn get_group_member_info_now(
        &self,
        context: &RequestContext,
        request: GetGroupMemberInfoRequest,
    ) -> Result<GetGroupMemberInfoResponse, Fault> {
        let mut state = self.lock();
        let group = self.group_for(&mut state, context, &request.group_id, "GetGroupMemberInfo")?;
        let community = group.group_type == COMMUNITY;
        // Where the page starts: a Community group by its `Next` token (the emulator's tokens
        // are positions), every other group by `Offset`.
        let start = match (&request.next, community) {
            (Some(_), false) => {
                return Err(Fault::new(
                    errors::E10004,
                    "Next is for Community groups; page this group by Offset",
                ))
            }
            (Some(next), true) if !next.is_empty() => next
                .parse::<usize>()
                .map_err(|_| Fault::new(errors::E10004, "Next is not a token this API gave"))?,
            _ => usize::try_from(request.offset.unwrap_or(0)).unwrap_or(0),
        };
        let mut members: Vec<&Member> = group.members.values().collect();
        members.sort_by(|a, b| (a.join_time, &a.account).cmp(&(b.join_time, &b.account)));
        let member_num = i32::try_from(members.len()).unwrap_or(i32::MAX);
        let owner = group.owner.as_deref();
        let listed: Vec<(&Member, GroupMemberRole)> = members
            .into_iter()
            .map(|m| (m, role_of(m, owner)))
            .filter(|(_, role)| {
                request
                    .member_role_filter
                    .as_ref()
                    .is_none_or(|roles| roles.contains(role))
            })
            .collect();
        let limit = request
            .limit
            .and_then(|l| usize::try_from(l).ok())
            .unwrap_or(usize::MAX);
        let page: Vec<GroupMemberInfo> = listed
            .iter()
            .skip(start)
            .take(limit)
            .map(|(m, role)| {
                profile(
                    m,
                    role.clone(),
                    request.member_info_filter.as_deref(),
                    request.app_defined_data_filter_group_member.as_deref(),
                )
            })
            .collect();
        let end = start.saturating_add(page.len());
        let next = community.then(|| {
            if end >= listed.len() {
                String::new()
            } else {
                end.to_string()
            }
        });
        Ok(GetGroupMemberInfoResponse {
            member_num,
            member_list: page,
            next,
        })
    }

    pub(crate) fn group_msg_get_simple_now(
        &self,
        context: &RequestContext,
        request: GroupMsgGetSimpleRequest,
    ) -> Result<GroupMsgGetSimpleResponse, Fault> {
        let mut state = self.lock();
        let group = self.group_for(&mut state, context, &request.group_id, "GroupMsgGetSimple")?;
        let wanted = usize::try_from(request.req_msg_number).unwrap_or(0);
        let below = |seq: u64| {
            request
                .req_msg_seq
                .is_none_or(|max| i64::try_from(seq).is_ok_and(|s| s <= max))
        };
        // Recalled messages only when asked for (`WithRecalledMsg` 1), as placeholders.
        let with_recalled = request.with_recalled_msg == Some(1);
        // Newest first: the messages are stored oldest first.
        let mut older = group
            .messages
            .iter()
            .rev()
            .filter(|m| below(m.seq) && (with_recalled || !m.recalled));
        let mut list = Vec::with_capacity(wanted.min(20));
        for message in older.by_ref().take(wanted) {
            let msg_body = if message.recalled {
                Ok(Vec::new())
            } else {
                message.body.read()
            }
            .map_err(|e| {
                Fault::new(
                    errors::E10002,
                    format!("stored message {} does not decode: {e}", message.seq),
                )
            })?;
            list.push(GroupHistoryMessage {
                from_account: message.from.clone(),
                is_place_msg: place_msg(message),
                msg_body,
                msg_priority: message.priority.map(StoredMsgPriority::from_value),
                msg_random: message.random,
                msg_seq: i64::try_from(message.seq).unwrap_or(i64::MAX),
                msg_time_stamp: message.time,
                is_system_msg: None,
            });
        }
        let is_finished = if older.next().is_some() {
            MORE
        } else {
            FINISHED
        };
        Ok(GroupMsgGetSimpleResponse {
            group_id: group.group_id.clone(),
            is_finished,
            rsp_msg_list: list,
        })
    }
}

/// `IsPlaceMsg`: 2 for a recalled message (Tencent's OpenAPI description), else 0.
fn place_msg(message: &GroupMessage) -> i32 {
    if message.recalled {
        2
    } else {
        0
    }
}

/// A member's role: the group's owner, an admin, or an ordinary member.
fn role_of(member: &Member, owner: Option<&str>) -> GroupMemberRole {
    if owner == Some(member.account.as_str()) {
        GroupMemberRole::Owner
    } else if member.admin {
        GroupMemberRole::Admin
    } else {
        GroupMemberRole::Member
    }
}

/// A member's profile, with only the fields `MemberInfoFilter` names when it is sent
/// (`Member_Account` always).
fn profile(
    member: &Member,
    role: GroupMemberRole,
    filter: Option<&[String]>,
    custom: Option<&[String]>,
) -> GroupMemberInfo {
    let wanted = |field: &str| filter.is_none_or(|names| names.iter().any(|n| n == field));
    GroupMemberInfo {
        member_account: member.account.clone(),
        role: wanted("Role").then_some(role),
        join_time: wanted("JoinTime").then_some(member.join_time),
        msg_seq: wanted("MsgSeq").then_some(0),
        msg_flag: wanted("MsgFlag").then(|| {
            member
                .msg_flag
                .clone()
                .map_or(GroupMsgFlag::AcceptAndNotify, GroupMsgFlag::from)
        }),
        last_send_msg_time: wanted("LastSendMsgTime").then_some(0),
        shut_up_until: wanted("ShutUpUntil").then_some(member.shut_up_until),
        name_card: wanted("NameCard").then(|| member.name_card.clone()),
        app_member_defined_data: custom_fields(member, custom),
    }
}

/// The member's custom fields `AppDefinedDataFilter_GroupMember` names, in its order (none
/// when it is not sent, as the spec's `when_absent` says); a key the member has no value for
/// is left out.
fn custom_fields(member: &Member, keys: Option<&[String]>) -> Option<Vec<AppMemberDefinedData>> {
    let keys = keys?;
    Some(
        keys.iter()
            .filter_map(|key| {
                member
                    .app_defined_data
                    .get(key)
                    .map(|value| AppMemberDefinedData {
                        key: key.clone(),
                        value: value.clone(),
                    })
            })
            .collect(),
    )
}
