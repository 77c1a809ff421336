//! RongCloud's basic groups, emulated: membership and a push name per group (the IM server
//! keeps nothing else of a group), and member mutes. A group exists while it has members or a
//! name; the pages name no code for an unknown group, so reads of one answer it empty and
//! changes to it succeed, as a store of memberships would.

use imapi::rongcloud_im::{
    errors, GroupCreateRequest, GroupCreateResponse, GroupDismissRequest, GroupDismissResponse,
    GroupGaggedUser, GroupJoinRequest, GroupJoinResponse, GroupMemberId, GroupQuitRequest,
    GroupQuitResponse, GroupRefreshRequest, GroupRefreshResponse, GroupSyncRequest,
    GroupSyncResponse, GroupUserGagAddRequest, GroupUserGagAddResponse, GroupUserGagListRequest,
    GroupUserGagListResponse, GroupUserGagRollbackRequest, GroupUserGagRollbackResponse,
    GroupUserQueryRequest, GroupUserQueryResponse, UserGroupQueryRequest, UserGroupQueryResponse,
    UserJoinedGroup,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::{beijing_time, millis, Gag, Group, State};
use crate::Emulator;

/// A group holds at most this many members.
pub const MAX_MEMBERS: usize = 3000;
/// At most this many users are muted in all groups at once.
pub const MAX_MUTED_EVERYWHERE: usize = 100;
/// Without `page`, `UserGroupQuery` answers at most this many groups.
pub const UNPAGED_GROUPS: usize = 5000;

/// Adds `users` to group `id` (made if new), renaming it when `name` is given; refused
/// whole when the group would pass [`MAX_MEMBERS`].
fn join(state: &mut State, id: &str, users: &[String], name: Option<&str>) -> Result<(), Fault> {
    let group = state.groups.entry(id.to_owned()).or_insert_with(|| Group {
        group_id: id.to_owned(),
        ..Group::default()
    });
    let new = users.iter().filter(|u| !group.members.contains(*u)).count();
    if group.members.len() + new > MAX_MEMBERS {
        return Err(Fault::new(
            errors::E1002,
            format!(
                "group {id} has {} members; {new} more would pass {MAX_MEMBERS}",
                group.members.len()
            ),
        ));
    }
    group.members.extend(users.iter().cloned());
    if let Some(name) = name {
        name.clone_into(&mut group.name);
    }
    Ok(())
}

/// Whether a mute still holds at `now`.
fn holds(gag: &Gag, now: i64) -> bool {
    gag.until.is_none_or(|until| until > now)
}

impl Emulator {
    pub(super) fn group_create_now(
        &self,
        request: GroupCreateRequest,
    ) -> Result<GroupCreateResponse, Fault> {
        let mut state = self.lock();
        join(
            &mut state.rongcloud,
            &request.group_id,
            &request.user_id,
            Some(&request.group_name),
        )?;
        Ok(GroupCreateResponse {})
    }

    pub(super) fn group_join_now(
        &self,
        request: GroupJoinRequest,
    ) -> Result<GroupJoinResponse, Fault> {
        let mut state = self.lock();
        join(
            &mut state.rongcloud,
            &request.group_id,
            &request.user_id,
            request.group_name.as_deref(),
        )?;
        Ok(GroupJoinResponse {})
    }

    pub(super) fn group_quit_now(
        &self,
        request: GroupQuitRequest,
    ) -> Result<GroupQuitResponse, Fault> {
        let mut state = self.lock();
        if let Some(group) = state.rongcloud.groups.get_mut(&request.group_id) {
            for user in &request.user_id {
                group.members.remove(user);
            }
        }
        Ok(GroupQuitResponse {})
    }

    pub(super) fn group_dismiss_now(
        &self,
        request: GroupDismissRequest,
    ) -> Result<GroupDismissResponse, Fault> {
        // Any user may dismiss a group; its mutes outlive it (they hold if it is made again).
        self.lock().rongcloud.groups.remove(&request.group_id);
        Ok(GroupDismissResponse {})
    }

    pub(super) fn group_refresh_now(
        &self,
        request: GroupRefreshRequest,
    ) -> Result<GroupRefreshResponse, Fault> {
        let mut state = self.lock();
        let group = state
            .rongcloud
            .groups
            .entry(request.group_id.clone())
            .or_insert_with(|| Group {
                group_id: request.group_id.clone(),
                ..Group::default()
            });
        group.name = request.group_name;
        Ok(GroupRefreshResponse {})
    }

    pub(super) fn group_sync_now(
        &self,
        request: GroupSyncRequest,
    ) -> Result<GroupSyncResponse, Fault> {
        let wanted = request.group.unwrap_or_default();
        let mut state = self.lock();
        let rc = &mut state.rongcloud;
        // Check every group first, so that a sync past a group's limit changes nothing.
        for id in wanted.keys() {
            let full = rc.groups.get(id).is_some_and(|g| {
                !g.members.contains(&request.user_id) && g.members.len() >= MAX_MEMBERS
            });
            if full {
                return Err(Fault::new(
                    errors::E1002,
                    format!("group {id} already has {MAX_MEMBERS} members"),
                ));
            }
        }
        for group in rc.groups.values_mut() {
            if !wanted.contains_key(&group.group_id) {
                group.members.remove(&request.user_id);
            }
        }
        for (id, name) in &wanted {
            join(rc, id, std::slice::from_ref(&request.user_id), Some(name))?;
        }
        Ok(GroupSyncResponse {})
    }

    pub(super) fn group_user_query_now(
        &self,
        request: GroupUserQueryRequest,
    ) -> Result<GroupUserQueryResponse, Fault> {
        let state = self.lock();
        let users = state
            .rongcloud
            .groups
            .get(&request.group_id)
            .map(|g| {
                g.members
                    .iter()
                    .map(|id| GroupMemberId { id: id.clone() })
                    .collect()
            })
            .unwrap_or_default();
        Ok(GroupUserQueryResponse { users })
    }

    pub(super) fn user_group_query_now(
        &self,
        request: UserGroupQueryRequest,
    ) -> Result<UserGroupQueryResponse, Fault> {
        let state = self.lock();
        let joined = state
            .rongcloud
            .groups
            .values()
            .filter(|g| g.members.contains(&request.user_id))
            .map(|g| UserJoinedGroup {
                name: g.name.clone(),
                id: g.group_id.clone(),
            });
        let page = usize::try_from(request.page_or_default()).unwrap_or(0);
        let groups = if page == 0 {
            joined.take(UNPAGED_GROUPS).collect()
        } else {
            let size = usize::try_from(request.size_or_default())
                .unwrap_or(1)
                .max(1);
            joined
                .skip((page - 1).saturating_mul(size))
                .take(size)
                .collect()
        };
        Ok(UserGroupQueryResponse { groups })
    }

    pub(super) fn group_user_gag_add_now(
        &self,
        context: &RequestContext,
        request: GroupUserGagAddRequest,
    ) -> Result<GroupUserGagAddResponse, Fault> {
        let now = millis(context);
        let group_id = request.group_id.unwrap_or_default();
        let until = (request.minute > 0).then(|| now + i64::from(request.minute) * 60_000);
        let mut state = self.lock();
        let gags = &mut state.rongcloud.gags;
        if group_id.is_empty() {
            let everywhere = gags
                .values()
                .filter(|g| g.group_id.is_empty() && holds(g, now))
                .count();
            let new = request
                .user_id
                .iter()
                .filter(|u| {
                    !gags
                        .get(&(String::new(), (*u).clone()))
                        .is_some_and(|g| holds(g, now))
                })
                .count();
            if everywhere + new > MAX_MUTED_EVERYWHERE {
                return Err(Fault::new(
                    errors::E1002,
                    format!(
                        "{everywhere} users are muted in all groups; {new} more would pass {MAX_MUTED_EVERYWHERE}"
                    ),
                ));
            }
        }
        for user in request.user_id {
            gags.insert(
                (group_id.clone(), user.clone()),
                Gag {
                    user_id: user,
                    group_id: group_id.clone(),
                    since: now,
                    until,
                },
            );
        }
        Ok(GroupUserGagAddResponse {})
    }

    pub(super) fn group_user_gag_rollback_now(
        &self,
        request: GroupUserGagRollbackRequest,
    ) -> Result<GroupUserGagRollbackResponse, Fault> {
        let group_id = request.group_id.unwrap_or_default();
        let mut state = self.lock();
        for user in request.user_id {
            state.rongcloud.gags.remove(&(group_id.clone(), user));
        }
        Ok(GroupUserGagRollbackResponse {})
    }

    pub(super) fn group_user_gag_list_now(
        &self,
        context: &RequestContext,
        request: GroupUserGagListRequest,
    ) -> Result<GroupUserGagListResponse, Fault> {
        let now = millis(context);
        let group_id = request.group_id.unwrap_or_default();
        let state = self.lock();
        let users = state
            .rongcloud
            .gags
            .values()
            .filter(|g| g.group_id == group_id && holds(g, now))
            .map(|g| GroupGaggedUser {
                start_time: beijing_time(g.since),
                // A permanent mute has no end; the pages do not say what it answers.
                time: g.until.map(beijing_time).unwrap_or_default(),
                user_id: g.user_id.clone(),
            })
            .collect();
        Ok(GroupUserGagListResponse { users })
    }
}
