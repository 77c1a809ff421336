//! Tencent Cloud Chat, emulated: `ModifyUserInfo` (marks on audio-video group members) and
//! `SendGroupMsg` on the in-memory groups, with the documented limits; the group member and
//! history operations are in `tencent_groups.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::sync::Arc;

use imapi::tencent_chat::{
    self as tc, errors, server::Service, CommandType, MemberMarks, ModifyUserInfoRequest,
    ModifyUserInfoResponse, MsgPriority, SendGroupMsgRequest, SendGroupMsgResponse,
};
use imapi_runtime::server::{Fault, RequestContext, Secret, ServerConfig};

use crate::state::{GroupMessage, Member, AV_CHAT_ROOM};
use crate::vendor::{AppSource, Catalog, Operations, Paths, Served};
use crate::{Config, Emulator};

/// Tencent Cloud Chat as the emulator describes it: requests under `/v4/`, the app in the
/// `sdkappid` query parameter.
pub(crate) fn catalog() -> Catalog {
    Catalog::new(
        "tencent",
        &tc::SPEC,
        errors::ALL,
        Paths::Prefix("/v4/"),
        AppSource::Query("sdkappid"),
        tc::for_each_operation::<Operations>,
    )
}

/// The one app the emulator is. A group's owner may call `ModifyUserInfo` on its group, so
/// owners count as callers beside the administrators; the implementation tells them apart.
#[derive(Debug)]
struct Keys {
    sdkappid: u64,
    secret_key: Secret,
    emulator: Arc<Emulator>,
}

impl tc::server::Keys for Keys {
    fn app(&self, sdkappid: u64) -> Option<imapi_runtime::tencent::server::App> {
        if sdkappid != self.sdkappid {
            return None;
        }
        Some(imapi_runtime::tencent::server::App {
            secret_key: self.secret_key.clone(),
            admins: self.emulator.admins.clone(),
        })
    }

    /// The administrators, and any group's owner (looked for only when the caller is not an
    /// administrator, so an administrator's call reads no state here).
    fn may_call(
        &self,
        _sdkappid: u64,
        app: &imapi_runtime::tencent::server::App,
        identifier: &str,
    ) -> bool {
        app.admins.iter().any(|a| a == identifier)
            || self.emulator.with_state(|s| {
                s.groups
                    .values()
                    .any(|g| g.owner.as_deref() == Some(identifier))
            })
    }
}

/// The vendor's router over the emulator's state.
pub(crate) fn served(
    emulator: Arc<Emulator>,
    config: &Config,
    base: ServerConfig<()>,
    catalog: &'static Catalog,
) -> Served {
    let gateway = tc::server::Gateway::new(Keys {
        sdkappid: config.tencent_sdkappid,
        secret_key: config.tencent_secret_key.clone(),
        emulator: emulator.clone(),
    });
    let table = tc::server::routes(emulator, base.with_protocol(gateway.clone())).into_table();
    Served::new(catalog, table, gateway)
}

/// An audio-video group holds at most this many different marks.
pub const MAX_MARKS_PER_GROUP: usize = 10;
/// A mark is on at most this many members.
pub const MAX_MEMBERS_PER_MARK: usize = 1000;
/// The mark that may be set on offline members (they count as online for three days).
pub const ALWAYS_ONLINE: i64 = 500;
/// The special marks only app administrators may set.
pub const ADMIN_MARKS: [i64; 2] = [500, 600];

impl Emulator {
    fn modify_user_info_now(
        &self,
        context: &RequestContext,
        request: ModifyUserInfoRequest,
    ) -> Result<ModifyUserInfoResponse, Fault> {
        let caller = context.caller.id();
        let is_admin = self.admins.iter().any(|a| a == caller);
        if request.group_id.is_empty() {
            return Err(Fault::new(errors::E10015, "the group ID is empty"));
        }
        let mut state = self.lock();
        let group = state.groups.get_mut(&request.group_id).ok_or_else(|| {
            Fault::new(
                errors::E10010,
                format!("group {} does not exist", request.group_id),
            )
        })?;
        if group.group_type != AV_CHAT_ROOM {
            return Err(Fault::new(
                errors::E10007,
                format!(
                    "group {} is a {} group; only audio-video groups (AVChatRoom) have marks",
                    group.group_id, group.group_type
                ),
            ));
        }
        if !is_admin && group.owner.as_deref() != Some(caller) {
            return Err(Fault::new(
                errors::E10007,
                "only the app admin or the group owner can call this API",
            ));
        }
        let mut answered = Vec::new();
        match request.command_type {
            CommandType::Set => {
                let special = request
                    .member_list
                    .iter()
                    .flat_map(|m| &m.marks)
                    .any(|mark| ADMIN_MARKS.contains(mark));
                if special && !is_admin {
                    return Err(Fault::new(
                        errors::E10007,
                        "only app admins can set the special marks 500 and 600",
                    ));
                }
                // The members' new marks, set only once they are within the limits, so that
                // a request over a limit changes nothing (and no copy of the group is made).
                let mut changed: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
                for item in request.member_list {
                    let Some(member) = group.members.get(&item.member_account) else {
                        continue;
                    };
                    // Offline members can only be given mark 500.
                    let marks: Vec<i64> = item
                        .marks
                        .into_iter()
                        .filter(|mark| member.online || *mark == ALWAYS_ONLINE)
                        .collect();
                    if marks.is_empty() {
                        continue;
                    }
                    changed
                        .entry(item.member_account.clone())
                        .or_insert_with(|| member.marks.clone())
                        .extend(marks.iter().copied());
                    answered.push(MemberMarks {
                        member_account: item.member_account,
                        marks,
                    });
                }
                if answered.is_empty() {
                    return Err(Fault::new(
                        errors::E10004,
                        "none of the accounts is an online member of the group",
                    ));
                }
                check_limits(&group.members, &changed)?;
                for (account, marks) in changed {
                    if let Some(member) = group.members.get_mut(&account) {
                        member.marks = marks;
                    }
                }
            }
            CommandType::Delete => {
                // Taking marks away cannot break a limit: done in place.
                for item in request.member_list {
                    let Some(member) = group.members.get_mut(&item.member_account) else {
                        continue;
                    };
                    for mark in &item.marks {
                        member.marks.remove(mark);
                    }
                    answered.push(MemberMarks {
                        member_account: item.member_account,
                        marks: item.marks,
                    });
                }
                if answered.is_empty() {
                    return Err(Fault::new(
                        errors::E10004,
                        "none of the accounts is a member of the group",
                    ));
                }
            }
            CommandType::Unknown(other) => {
                // The validator refuses unknown commands before this is called.
                return Err(Fault::new(
                    errors::E10004,
                    format!("CommandType {other} is neither 1 nor 2"),
                ));
            }
        }
        Ok(ModifyUserInfoResponse {
            command_type: request.command_type,
            member_list: answered,
        })
    }
}

/// At most 10 different marks in the group, and each on at most 1,000 members, once the
/// members of `changed` have their new marks.
fn check_limits(
    members: &BTreeMap<String, Member>,
    changed: &BTreeMap<String, BTreeSet<i64>>,
) -> Result<(), Fault> {
    let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
    for (account, member) in members {
        let marks = changed.get(account).unwrap_or(&member.marks);
        for mark in marks {
            *counts.entry(*mark).or_default() += 1;
        }
    }
    if counts.len() > MAX_MARKS_PER_GROUP {
        return Err(Fault::new(
            errors::E10004,
            format!(
                "an audio-video group holds at most {MAX_MARKS_PER_GROUP} different marks; this would make {}",
                counts.len()
            ),
        ));
    }
    if let Some((mark, count)) = counts.iter().find(|(_, n)| **n > MAX_MEMBERS_PER_MARK) {
        return Err(Fault::new(
            errors::E10004,
            format!(
                "a mark is on at most {MAX_MEMBERS_PER_MARK} members; mark {mark} would be on {count}"
            ),
        ));
    }
    Ok(())
}

/// The longest message content, in bytes of its JSON (error 80002).
pub const MAX_MESSAGE_BYTES: usize = 8000;
/// How long a message's `Random` marks a repeat (five minutes).
pub const REPEAT_WINDOW_SECS: i64 = 300;

impl Emulator {
    fn send_group_msg_now(
        &self,
        context: &RequestContext,
        request: SendGroupMsgRequest,
    ) -> Result<SendGroupMsgResponse, Fault> {
        let caller = context.caller.id().to_owned();
        if !self.admins.contains(&caller) {
            return Err(Fault::new(
                errors::E60010,
                "only an app administrator can send group messages",
            ));
        }
        if request.group_id.is_empty() {
            return Err(Fault::new(errors::E10015, "the group ID is empty"));
        }
        let body = crate::state::Json::of(&request.msg_body);
        let size = body.text().len();
        if size > MAX_MESSAGE_BYTES {
            return Err(Fault::new(
                errors::E80002,
                format!("the message is {size} bytes; at most {MAX_MESSAGE_BYTES} are allowed"),
            ));
        }
        let now = crate::received_secs(context);
        // As history answers give it (Tencent's OpenAPI description: 1 High, 2 Normal, 3 Low).
        let priority = match request.msg_priority_or_default() {
            MsgPriority::High => 1,
            MsgPriority::Low => 3,
            // Normal, and a value the spec does not list (which validation refuses).
            _ => 2,
        };
        let mut state = self.lock();
        let group = state.groups.get_mut(&request.group_id).ok_or_else(|| {
            Fault::new(
                errors::E10010,
                format!("group {} does not exist", request.group_id),
            )
        })?;
        let from = match request.from_account {
            Some(account) if !group.members.contains_key(&account) => {
                return Err(Fault::new(
                    errors::E10007,
                    format!("{account} is not a member of group {}", group.group_id),
                ));
            }
            Some(account) => account,
            None => caller,
        };
        // A member muted with ForbidSendMsg cannot send until the mute ends.
        if let Some(until) = group
            .members
            .get(&from)
            .map(|m| m.shut_up_until)
            .filter(|&until| until > now)
        {
            return Err(Fault::new(
                errors::E10017,
                format!("{from} is muted in group {} until {until}", group.group_id),
            ));
        }
        // A message with the same Random within five minutes is a repeat: it is dropped and
        // the first one's sequence and time are answered.
        if let Some(first) = group
            .repeats
            .latest(&group.messages, request.random)
            .filter(|m| now - m.time < REPEAT_WINDOW_SECS)
        {
            return Ok(SendGroupMsgResponse {
                msg_time: first.time,
                msg_seq: first.seq,
            });
        }
        let seq = group.messages.last().map_or(1, |m| m.seq + 1);
        group.messages.push(GroupMessage {
            seq,
            time: now,
            from,
            random: request.random,
            body,
            priority: Some(priority),
            recalled: false,
        });
        Ok(SendGroupMsgResponse {
            msg_time: now,
            msg_seq: seq,
        })
    }
}

impl Service for Emulator {
    answer_now! { Emulator, add_group_member, tc::AddGroupMember => add_group_member_now(context) }
    answer_now! { Emulator, change_group_owner, tc::ChangeGroupOwner => change_group_owner_now(context) }
    answer_now! { Emulator, delete_group_member, tc::DeleteGroupMember => delete_group_member_now(context) }
    answer_now! { Emulator, destroy_group, tc::DestroyGroup => destroy_group_now(context) }
    answer_now! { Emulator, forbid_send_msg, tc::ForbidSendMsg => forbid_send_msg_now(context) }
    answer_now! { Emulator, get_group_member_info, tc::GetGroupMemberInfo => get_group_member_info_now(context) }
    answer_now! { Emulator, get_appid_group_list, tc::GetAppidGroupList => get_appid_group_list_now(context) }
    answer_now! { Emulator, get_group_muted_account, tc::GetGroupMutedAccount => get_group_muted_account_now(context) }
    answer_now! { Emulator, get_role_in_group, tc::GetRoleInGroup => get_role_in_group_now(context) }
    answer_now! { Emulator, group_msg_get_simple, tc::GroupMsgGetSimple => group_msg_get_simple_now(context) }
    answer_now! { Emulator, send_group_msg, tc::SendGroupMsg => send_group_msg_now(context) }
    answer_now! { Emulator, modify_user_info, tc::ModifyUserInfo => modify_user_info_now(context) }
    answer_now! { Emulator, account_import, tc::AccountImport => account_import_now(context) }
    answer_now! { Emulator, multiaccount_import, tc::MultiaccountImport => multiaccount_import_now(context) }
    answer_now! { Emulator, account_delete, tc::AccountDelete => account_delete_now(context) }
    answer_now! { Emulator, account_check, tc::AccountCheck => account_check_now(context) }
    answer_now! { Emulator, send_msg, tc::SendMsg => send_msg_now(context) }
    answer_now! { Emulator, admin_get_roam_msg, tc::AdminGetRoamMsg => admin_get_roam_msg_now(context) }
    answer_now! { Emulator, admin_msg_withdraw, tc::AdminMsgWithdraw => admin_msg_withdraw_now(context) }
    answer_now! { Emulator, admin_set_msg_read, tc::AdminSetMsgRead => admin_set_msg_read_now(context) }
    answer_now! { Emulator, batch_send_msg, tc::BatchSendMsg => batch_send_msg_now(context) }
    answer_now! { Emulator, import_msg, tc::ImportMsg => import_msg_now(context) }
    answer_now! { Emulator, create_group, tc::CreateGroup => create_group_now(context) }
    answer_now! { Emulator, get_group_info, tc::GetGroupInfo => get_group_info_now(context) }
    answer_now! { Emulator, modify_group_base_info, tc::ModifyGroupBaseInfo => modify_group_base_info_now(context) }
    answer_now! { Emulator, get_joined_group_list, tc::GetJoinedGroupList => get_joined_group_list_now(context) }
    answer_now! { Emulator, import_group, tc::ImportGroup => import_group_now(context) }
    answer_now! { Emulator, group_msg_recall, tc::GroupMsgRecall => group_msg_recall_now(context) }
    answer_now! { Emulator, send_group_system_notification, tc::SendGroupSystemNotification => send_group_system_notification_now(context) }
    answer_now! { Emulator, delete_group_msg_by_sender, tc::DeleteGroupMsgBySender => delete_group_msg_by_sender_now(context) }
    answer_now! { Emulator, set_unread_msg_num, tc::SetUnreadMsgNum => set_unread_msg_num_now(context) }
    answer_now! { Emulator, import_group_msg, tc::ImportGroupMsg => import_group_msg_now(context) }
    answer_now! { Emulator, modify_group_member_info, tc::ModifyGroupMemberInfo => modify_group_member_info_now(context) }
    answer_now! { Emulator, get_members, tc::GetMembers => get_members_now(context) }
    answer_now! { Emulator, get_online_member_num, tc::GetOnlineMemberNum => get_online_member_num_now(context) }
    answer_now! { Emulator, ban_group_member, tc::BanGroupMember => ban_group_member_now(context) }
    answer_now! { Emulator, unban_group_member, tc::UnbanGroupMember => unban_group_member_now(context) }
    answer_now! { Emulator, get_group_ban_member, tc::GetGroupBanMember => get_group_ban_member_now(context) }
    answer_now! { Emulator, import_group_member, tc::ImportGroupMember => import_group_member_now(context) }
}
