//! Volcengine users: registering, unregistering, profiles, tags and online status. Friends and
//! black lists are in `relations`.

use std::collections::BTreeMap;

use imapi::volcengine_rtc_im::{
    errors, BatchGetUserRequest, BatchGetUserResponse, BatchUpdateUserRequest,
    BatchUpdateUserResponse, BatchUpdateUserTagsRequest, BatchUpdateUserTagsResponse, FailedInfo,
    OnlineConnection, QueryOnlineStatusRequest, QueryOnlineStatusResponse, RegisterUsersRequest,
    RegisterUsersResponse, TagUpdateOp, UnRegisterUsersRequest, UnRegisterUsersResponse, UserInfo,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::millis;
use crate::state::{Ext, User};
use crate::Emulator;

/// The most extension fields a user has.
const MAX_EXT_FIELDS: usize = 20;
/// The longest extension key, in bytes.
const MAX_EXT_KEY_BYTES: usize = 50;
/// The longest extension value, in bytes.
const MAX_EXT_VALUE_BYTES: usize = 500;

/// A user that could not be handled, and why: an item of `FailedInfos`.
pub(super) fn failed(user_id: i64, message: String) -> FailedInfo {
    FailedInfo {
        user_id,
        user_id_str: None,
        code: errors::INVALID_PARAM.code.to_owned(),
        message,
    }
}

/// Why a user's extension fields break RegisterUsers' limits, if they do.
fn ext_problem(ext: &BTreeMap<String, String>) -> Option<String> {
    if ext.len() > MAX_EXT_FIELDS {
        return Some(format!(
            "Ext has {} fields, more than {MAX_EXT_FIELDS}",
            ext.len()
        ));
    }
    ext.iter().find_map(|(key, value)| {
        if key.starts_with("s:") {
            Some(format!(
                "Ext key `{key}` starts with `s:`, a key IM reserves"
            ))
        } else if key.len() > MAX_EXT_KEY_BYTES {
            Some(format!(
                "Ext key `{key}` is longer than {MAX_EXT_KEY_BYTES} bytes"
            ))
        } else if value.len() > MAX_EXT_VALUE_BYTES {
            Some(format!(
                "the value of Ext key `{key}` is longer than {MAX_EXT_VALUE_BYTES} bytes"
            ))
        } else {
            None
        }
    })
}

/// Tags in the order given, each once.
fn distinct(tags: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

fn not_registered(app: i32, user: i64) -> FailedInfo {
    failed(user, format!("user {user} is not registered in app {app}"))
}

impl Emulator {
    pub(super) fn register_users_now(
        &self,
        context: &RequestContext,
        request: RegisterUsersRequest,
    ) -> Result<RegisterUsersResponse, Fault> {
        let now = millis(context);
        let app = i64::from(request.app_id);
        let mut state = self.lock();
        let mut failures = Vec::new();
        for info in request.users {
            let ext = info.ext.unwrap_or_default();
            if let Some(problem) = ext_problem(&ext) {
                failures.push(failed(info.user_id, problem));
                continue;
            }
            let create_time = state
                .users
                .get(&(app, info.user_id))
                .map_or(now, |u| u.create_time);
            let connections = state
                .users
                .remove(&(app, info.user_id))
                .map(|u| u.connections)
                .unwrap_or_default();
            state.users.insert(
                (app, info.user_id),
                User {
                    app_id: app,
                    user_id: info.user_id,
                    nick_name: info.nick_name.unwrap_or_default(),
                    portrait: info.portrait.unwrap_or_default(),
                    ext: ext.into_iter().collect(),
                    tags: distinct(info.tags.unwrap_or_default()),
                    create_time,
                    modify_time: now,
                    connections,
                },
            );
        }
        Ok(RegisterUsersResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn un_register_users_now(
        &self,
        request: UnRegisterUsersRequest,
    ) -> Result<UnRegisterUsersResponse, Fault> {
        let app = i64::from(request.app_id);
        let mut state = self.lock();
        for user in request.user_ids {
            state.users.remove(&(app, user));
        }
        Ok(UnRegisterUsersResponse {
            failed_infos: Some(Vec::new()),
        })
    }

    pub(super) fn batch_get_user_now(
        &self,
        request: BatchGetUserRequest,
    ) -> Result<BatchGetUserResponse, Fault> {
        let app = i64::from(request.app_id);
        let state = self.lock();
        let mut users = Vec::new();
        let mut not_found_users = Vec::new();
        for id in request.user_ids {
            match state.users.get(&(app, id)) {
                Some(user) => users.push(UserInfo {
                    app_id: request.app_id,
                    user_id: id,
                    nick_name: user.nick_name.clone(),
                    portrait: user.portrait.clone(),
                    ext: user.ext.to_map(),
                    tags: Some(user.tags.clone()),
                    create_time: user.create_time,
                    modify_time: user.modify_time,
                }),
                None => not_found_users.push(id),
            }
        }
        Ok(BatchGetUserResponse {
            users,
            not_found_users,
        })
    }

    pub(super) fn batch_update_user_now(
        &self,
        context: &RequestContext,
        request: BatchUpdateUserRequest,
    ) -> Result<BatchUpdateUserResponse, Fault> {
        let now = millis(context);
        let app = i64::from(request.app_id);
        let mut state = self.lock();
        let mut failures = Vec::new();
        for info in request.users {
            if let Some(problem) = ext_problem(&info.ext) {
                failures.push(failed(info.user_id, problem));
                continue;
            }
            let Some(user) = state.users.get_mut(&(app, info.user_id)) else {
                failures.push(not_registered(request.app_id, info.user_id));
                continue;
            };
            user.nick_name = info.nick_name;
            user.portrait = info.portrait;
            user.ext = info.ext.into_iter().collect::<Ext>();
            user.tags = distinct(info.tags);
            user.modify_time = now;
        }
        Ok(BatchUpdateUserResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn batch_update_user_tags_now(
        &self,
        context: &RequestContext,
        request: BatchUpdateUserTagsRequest,
    ) -> Result<BatchUpdateUserTagsResponse, Fault> {
        let delete = match request.op.unwrap_or(TagUpdateOp::Upsert) {
            TagUpdateOp::Upsert => false,
            TagUpdateOp::Delete => true,
            TagUpdateOp::Unknown(op) => {
                return Err(Fault::new(
                    errors::INVALID_PARAM,
                    format!("Op {op} is neither 0 (add) nor 1 (delete)"),
                ))
            }
        };
        let now = millis(context);
        let app = i64::from(request.app_id);
        let mut state = self.lock();
        let mut failures = Vec::new();
        for id in request.user_ids {
            let Some(user) = state.users.get_mut(&(app, id)) else {
                failures.push(not_registered(request.app_id, id));
                continue;
            };
            if delete {
                user.tags.retain(|t| !request.tags.contains(t));
            } else {
                let tags = std::mem::take(&mut user.tags);
                user.tags = distinct(tags.into_iter().chain(request.tags.iter().cloned()));
            }
            user.modify_time = now;
        }
        Ok(BatchUpdateUserTagsResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn query_online_status_now(
        &self,
        request: QueryOnlineStatusRequest,
    ) -> Result<QueryOnlineStatusResponse, Fault> {
        let app = i64::from(request.app_id);
        let state = self.lock();
        let mut query_online_results = BTreeMap::new();
        for id in request.user_ids {
            let Some(user) = state.users.get(&(app, id)) else {
                continue;
            };
            if user.connections.is_empty() {
                continue;
            }
            let connections = user
                .connections
                .iter()
                .map(|c| OnlineConnection {
                    conn_id: c.conn_id.clone(),
                    user_id: id,
                    device_id: c.device_id,
                    client_version: c.client_version,
                    platform: c.platform.clone(),
                })
                .collect();
            query_online_results.insert(id.to_string(), connections);
        }
        Ok(QueryOnlineStatusResponse {
            app_id: request.app_id,
            query_online_results,
        })
    }
}
