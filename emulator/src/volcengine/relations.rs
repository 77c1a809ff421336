//! Volcengine users' relations: friends (two-way, each side with its own alias and extension
//! fields) and black lists (one-way), per app and inbox.

use std::collections::BTreeMap;

use imapi::volcengine_rtc_im::{
    AddBlackListRequest, AddBlackListResponse, AddFriendRequest, AddFriendResponse,
    BlackListDetail, DeleteFriendRequest, DeleteFriendResponse, FriendDetail, GetBlackListRequest,
    GetBlackListResponse, IsFriendInfo, IsFriendRequest, IsFriendResponse, IsInBlackListRequest,
    IsInBlackListResponse, ListFriendRequest, ListFriendResponse, RemoveBlackListRequest,
    RemoveBlackListResponse, UpdateBlackListRequest, UpdateBlackListResponse, UpdateFriendRequest,
    UpdateFriendResponse,
};
use imapi_runtime::server::{Fault, RequestContext};

use super::millis;
use super::users::failed;
use crate::state::{Blocked, Friend, Relations, State};
use crate::Emulator;

/// The most friends or blocked users a page holds (ListFriend's default, both lists' maximum).
const PAGE: i64 = 20;

/// The relations of a user in an inbox (the default inbox is 0).
fn relations(state: &mut State, app: i32, inbox: Option<i32>, user: i64) -> &mut Relations {
    state
        .relations
        .entry((i64::from(app), inbox.unwrap_or(0), user))
        .or_default()
}

/// Drops the relations left empty, so that the state holds (and dumps) only real ones.
fn prune(state: &mut State) {
    state.relations.retain(|_, r| !r.is_empty());
}

/// The relations of a user in an inbox, read only.
fn read(state: &State, app: i32, inbox: Option<i32>, user: i64) -> Option<&Relations> {
    state
        .relations
        .get(&(i64::from(app), inbox.unwrap_or(0), user))
}

fn friend_detail(friend: &Friend) -> FriendDetail {
    FriendDetail {
        friend_user_id: friend.user_id,
        alias: friend.alias.clone(),
        ext: Some(friend.ext.to_map()),
        apply_time: friend.apply_time,
        create_time: friend.create_time,
        modify_time: friend.modify_time,
    }
}

/// One page of a list: the items from `cursor` on, at most `limit`, and the next cursor (-1
/// at the end).
fn page<T: Clone>(items: &[T], cursor: i64, limit: i64) -> (Vec<T>, bool, i64) {
    let Ok(start) = usize::try_from(cursor) else {
        return (Vec::new(), false, -1);
    };
    let limit = usize::try_from(limit.clamp(1, PAGE)).unwrap_or(1);
    let page: Vec<T> = items.iter().skip(start).take(limit).cloned().collect();
    let end = start.saturating_add(page.len());
    if end < items.len() {
        (page, true, i64::try_from(end).unwrap_or(i64::MAX))
    } else {
        (page, false, -1)
    }
}

impl Emulator {
    pub(super) fn add_friend_now(
        &self,
        context: &RequestContext,
        request: AddFriendRequest,
    ) -> Result<AddFriendResponse, Fault> {
        let now = millis(context);
        let ext: crate::state::Ext = request.ext.unwrap_or_default().into_iter().collect();
        let mut state = self.lock();
        let mut failures = Vec::new();
        for id in request.friend_user_ids {
            let mine = relations(
                &mut state,
                request.app_id,
                request.inbox_type,
                request.user_id,
            );
            if id == request.user_id {
                failures.push(failed(id, format!("user {id} cannot be its own friend")));
                continue;
            }
            if mine.friend(id).is_some() {
                failures.push(failed(
                    id,
                    format!("user {id} is already a friend of {}", request.user_id),
                ));
                continue;
            }
            let side = |user_id| Friend {
                user_id,
                alias: String::new(),
                ext: ext.clone(),
                apply_time: now,
                create_time: now,
                modify_time: now,
            };
            mine.friends.push(side(id));
            let theirs = relations(&mut state, request.app_id, request.inbox_type, id);
            theirs.friends.retain(|f| f.user_id != request.user_id);
            theirs.friends.push(side(request.user_id));
        }
        prune(&mut state);
        Ok(AddFriendResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn delete_friend_now(
        &self,
        request: DeleteFriendRequest,
    ) -> Result<DeleteFriendResponse, Fault> {
        let mut state = self.lock();
        let mut failures = Vec::new();
        for id in request.delete_user_ids {
            let mine = relations(
                &mut state,
                request.app_id,
                request.inbox_type,
                request.user_id,
            );
            let before = mine.friends.len();
            mine.friends.retain(|f| f.user_id != id);
            if mine.friends.len() == before {
                failures.push(failed(
                    id,
                    format!("user {id} is not a friend of {}", request.user_id),
                ));
                continue;
            }
            relations(&mut state, request.app_id, request.inbox_type, id)
                .friends
                .retain(|f| f.user_id != request.user_id);
        }
        prune(&mut state);
        Ok(DeleteFriendResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn update_friend_now(
        &self,
        context: &RequestContext,
        request: UpdateFriendRequest,
    ) -> Result<UpdateFriendResponse, Fault> {
        let now = millis(context);
        let mut state = self.lock();
        let mine = relations(
            &mut state,
            request.app_id,
            request.inbox_type,
            request.user_id,
        );
        let mut failures = Vec::new();
        for info in request.friend_infos {
            let id = info.friend_user_id;
            let Some(friend) = mine.friends.iter_mut().find(|f| f.user_id == id) else {
                failures.push(failed(
                    id,
                    format!("user {id} is not a friend of {}", request.user_id),
                ));
                continue;
            };
            if let Some(ext) = info.ext {
                friend.ext = ext.into_iter().collect();
            }
            if let Some(alias) = info.alias {
                friend.alias = alias;
            }
            friend.modify_time = now;
        }
        prune(&mut state);
        Ok(UpdateFriendResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn list_friend_now(
        &self,
        request: ListFriendRequest,
    ) -> Result<ListFriendResponse, Fault> {
        let state = self.lock();
        let friends = read(&state, request.app_id, request.inbox_type, request.user_id)
            .map(|r| r.friends.as_slice())
            .unwrap_or_default();
        let (items, has_more, next_cursor) = page(
            friends,
            request.cursor.unwrap_or(0),
            request.limit.unwrap_or(PAGE),
        );
        Ok(ListFriendResponse {
            friend_infos: items.iter().map(friend_detail).collect(),
            has_more,
            next_cursor,
            total_count: if request.need_total.unwrap_or(false) {
                i64::try_from(friends.len()).unwrap_or(i64::MAX)
            } else {
                0
            },
        })
    }

    pub(super) fn is_friend_now(
        &self,
        request: IsFriendRequest,
    ) -> Result<IsFriendResponse, Fault> {
        let state = self.lock();
        let mine = read(&state, request.app_id, request.inbox_type, request.user_id);
        let infos = request
            .friend_user_ids
            .into_iter()
            .map(|id| IsFriendInfo {
                friend_user_id: id,
                is_friend: mine.is_some_and(|r| r.friend(id).is_some()),
            })
            .collect();
        Ok(IsFriendResponse { infos })
    }

    pub(super) fn add_black_list_now(
        &self,
        context: &RequestContext,
        request: AddBlackListRequest,
    ) -> Result<AddBlackListResponse, Fault> {
        let now = millis(context);
        let mut state = self.lock();
        let mine = relations(
            &mut state,
            request.app_id,
            request.inbox_type,
            request.user_id,
        );
        let mut failures = Vec::new();
        for info in request.black_list_infos {
            let id = info.black_list_user_id;
            if id == request.user_id {
                failures.push(failed(id, format!("user {id} cannot block itself")));
            } else if mine.blocked(id).is_some() {
                failures.push(failed(
                    id,
                    format!(
                        "user {id} is already in the black list of {}",
                        request.user_id
                    ),
                ));
            } else {
                mine.black_list.push(Blocked {
                    user_id: id,
                    ext: info
                        .black_list_user_ext
                        .unwrap_or_default()
                        .into_iter()
                        .collect(),
                    create_time: now,
                    modify_time: now,
                });
            }
        }
        prune(&mut state);
        Ok(AddBlackListResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn remove_black_list_now(
        &self,
        request: RemoveBlackListRequest,
    ) -> Result<RemoveBlackListResponse, Fault> {
        let mut state = self.lock();
        let mine = relations(
            &mut state,
            request.app_id,
            request.inbox_type,
            request.user_id,
        );
        mine.black_list
            .retain(|b| !request.black_list_user_ids.contains(&b.user_id));
        prune(&mut state);
        Ok(RemoveBlackListResponse {})
    }

    pub(super) fn update_black_list_now(
        &self,
        context: &RequestContext,
        request: UpdateBlackListRequest,
    ) -> Result<UpdateBlackListResponse, Fault> {
        let now = millis(context);
        let mut state = self.lock();
        let mine = relations(
            &mut state,
            request.app_id,
            request.inbox_type,
            request.user_id,
        );
        let mut failures = Vec::new();
        for info in request.black_list_infos {
            let id = info.black_list_user_id;
            match mine.black_list.iter_mut().find(|b| b.user_id == id) {
                Some(blocked) => {
                    blocked.ext.merge(info.black_list_user_ext);
                    blocked.modify_time = now;
                }
                None => failures.push(failed(
                    id,
                    format!("user {id} is not in the black list of {}", request.user_id),
                )),
            }
        }
        prune(&mut state);
        Ok(UpdateBlackListResponse {
            failed_infos: Some(failures),
        })
    }

    pub(super) fn get_black_list_now(
        &self,
        request: GetBlackListRequest,
    ) -> Result<GetBlackListResponse, Fault> {
        let state = self.lock();
        let mine = read(&state, request.app_id, request.inbox_type, request.user_id);
        // The list runs newest first: cursor 0 is the user added last.
        let newest_first: Vec<&Blocked> = mine
            .map(|r| r.black_list.iter().rev().collect())
            .unwrap_or_default();
        let (items, has_more, next_cursor) = page(&newest_first, request.cursor, request.limit);
        let black_list_infos = items
            .into_iter()
            .map(|b| BlackListDetail {
                black_list_user_id: b.user_id,
                black_list_user_ext: Some(b.ext.to_map()),
                create_time: b.create_time,
                modify_time: b.modify_time,
                friend_user_info: mine.and_then(|r| r.friend(b.user_id)).map(friend_detail),
            })
            .collect();
        Ok(GetBlackListResponse {
            black_list_infos,
            has_more,
            next_cursor,
            total_count: if request.need_total.unwrap_or(false) {
                i64::try_from(newest_first.len()).unwrap_or(i64::MAX)
            } else {
                0
            },
        })
    }

    pub(super) fn is_in_black_list_now(
        &self,
        request: IsInBlackListRequest,
    ) -> Result<IsInBlackListResponse, Fault> {
        let state = self.lock();
        let mine = read(&state, request.app_id, request.inbox_type, request.user_id);
        let is_in_black_list_infos: BTreeMap<String, bool> = request
            .black_list_user_ids
            .into_iter()
            .map(|id| {
                (
                    id.to_string(),
                    mine.is_some_and(|r| r.blocked(id).is_some()),
                )
            })
            .collect();
        Ok(IsInBlackListResponse {
            is_in_black_list_infos,
        })
    }
}
