//! RongCloud's users, emulated: registration and Tokens, profile changes, Token expiry, bans
//! and online status. The emulator has no client connections: a user is online when the state
//! file says so, and a ban or an expired Token shows in what the queries answer.

use imapi::rongcloud_im::{
    errors, BlockedUser, UserBlockQueryRequest, UserBlockQueryResponse, UserBlockRequest,
    UserBlockResponse, UserCheckOnlineRequest, UserCheckOnlineResponse, UserGetTokenRequest,
    UserGetTokenResponse, UserOnlineStatus, UserRefreshRequest, UserRefreshResponse,
    UserTokenExpireRequest, UserTokenExpireResponse, UserUnblockRequest, UserUnblockResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::{beijing_time, millis, no_such_user, User};
use crate::Emulator;

/// A development app registers at most this many users (error 2007).
pub const MAX_DEV_USERS: usize = 100;
/// Without `page`, `UserBlockQuery` answers at most this many users.
pub const UNPAGED_BLOCKED: usize = 1000;

impl Emulator {
    pub(super) fn user_get_token_now(
        &self,
        context: &RequestContext,
        request: UserGetTokenRequest,
    ) -> Result<UserGetTokenResponse, Fault> {
        let now = millis(context);
        let mut state = self.lock();
        let users = &mut state.rongcloud.users;
        if !users.contains_key(&request.user_id) && users.len() >= MAX_DEV_USERS {
            return Err(Fault::new(
                errors::E2007,
                format!("a development app registers at most {MAX_DEV_USERS} users"),
            ));
        }
        let user = users
            .entry(request.user_id.clone())
            .or_insert_with(|| User {
                user_id: request.user_id.clone(),
                created_at: now,
                ..User::default()
            });
        user.name = request.name;
        user.portrait_uri = request.portrait_uri.unwrap_or_default();
        user.tokens_issued += 1;
        // Opaque to callers; it names the user and which of its Tokens it is.
        let token = format!("{}@emulator.{}.{now}", request.user_id, user.tokens_issued);
        Ok(UserGetTokenResponse {
            user_id: request.user_id,
            token,
        })
    }

    pub(super) fn user_refresh_now(
        &self,
        request: UserRefreshRequest,
    ) -> Result<UserRefreshResponse, Fault> {
        let mut state = self.lock();
        let user = state
            .rongcloud
            .users
            .get_mut(&request.user_id)
            .ok_or_else(|| no_such_user(&request.user_id))?;
        if let Some(name) = request.name {
            user.name = name;
        }
        if let Some(portrait) = request.portrait_uri {
            user.portrait_uri = portrait;
        }
        Ok(UserRefreshResponse {})
    }

    pub(super) fn user_token_expire_now(
        &self,
        request: UserTokenExpireRequest,
    ) -> Result<UserTokenExpireResponse, Fault> {
        let mut state = self.lock();
        // Users never registered have no Tokens to void: nothing to do for them.
        for id in &request.user_id {
            if let Some(user) = state.rongcloud.users.get_mut(id) {
                user.tokens_void_before = request.time;
            }
        }
        Ok(UserTokenExpireResponse {})
    }

    pub(super) fn user_block_now(
        &self,
        context: &RequestContext,
        request: UserBlockRequest,
    ) -> Result<UserBlockResponse, Fault> {
        let until = millis(context) + i64::from(request.minute) * 60_000;
        let mut state = self.lock();
        let users = &mut state.rongcloud.users;
        if let Some(id) = request.user_id.iter().find(|id| !users.contains_key(*id)) {
            return Err(no_such_user(id));
        }
        for id in &request.user_id {
            if let Some(user) = users.get_mut(id) {
                user.blocked_until = Some(until);
                // A ban disconnects the user.
                user.online = false;
            }
        }
        Ok(UserBlockResponse {})
    }

    pub(super) fn user_unblock_now(
        &self,
        request: UserUnblockRequest,
    ) -> Result<UserUnblockResponse, Fault> {
        let mut state = self.lock();
        for id in &request.user_id {
            if let Some(user) = state.rongcloud.users.get_mut(id) {
                user.blocked_until = None;
            }
        }
        Ok(UserUnblockResponse {})
    }

    pub(super) fn user_block_query_now(
        &self,
        context: &RequestContext,
        request: UserBlockQueryRequest,
    ) -> Result<UserBlockQueryResponse, Fault> {
        let now = millis(context);
        let state = self.lock();
        let mut banned: Vec<(&str, i64)> = state
            .rongcloud
            .users
            .values()
            .filter_map(|u| Some((u.user_id.as_str(), u.blocked_until.filter(|&t| t > now)?)))
            .collect();
        // The latest end first; ties by user id, so the order is stable.
        banned.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let page = usize::try_from(request.page_or_default()).unwrap_or(0);
        let listed: Vec<_> = if page == 0 {
            banned.into_iter().take(UNPAGED_BLOCKED).collect()
        } else {
            let size = usize::try_from(request.size_or_default())
                .unwrap_or(1)
                .max(1);
            banned
                .into_iter()
                .skip((page - 1).saturating_mul(size))
                .take(size)
                .collect()
        };
        Ok(UserBlockQueryResponse {
            users: listed
                .into_iter()
                .map(|(id, until)| BlockedUser {
                    user_id: id.to_owned(),
                    block_end_time: beijing_time(until),
                })
                .collect(),
        })
    }

    pub(super) fn user_check_online_now(
        &self,
        context: &RequestContext,
        request: UserCheckOnlineRequest,
    ) -> Result<UserCheckOnlineResponse, Fault> {
        let now = millis(context);
        let state = self.lock();
        let online = state
            .rongcloud
            .users
            .get(&request.user_id)
            .is_some_and(|u| u.online && u.blocked_until.is_none_or(|t| t <= now));
        Ok(UserCheckOnlineResponse {
            status: if online {
                UserOnlineStatus::Online
            } else {
                UserOnlineStatus::Offline
            },
        })
    }
}
