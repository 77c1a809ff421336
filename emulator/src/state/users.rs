//! Volcengine's users: each app's registered users (profile, tags, connections) and each
//! user's relations (friends and black list, per inbox), and how a state file lists them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Ext, State, StateError, Values};

/// A registered user of an app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct User {
    /// The app.
    pub app_id: i64,
    /// The user.
    pub user_id: i64,
    /// A nickname.
    #[serde(default)]
    pub nick_name: String,
    /// A portrait (avatar) URL.
    #[serde(default)]
    pub portrait: String,
    /// The user's extension fields.
    #[serde(default, skip_serializing_if = "Ext::is_empty")]
    pub ext: Ext,
    /// Tags, in the order given, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// When the user was registered (milliseconds).
    #[serde(default)]
    pub create_time: i64,
    /// When the profile last changed (milliseconds).
    #[serde(default)]
    pub modify_time: i64,
    /// The user's open connections: a user with one is online (QueryOnlineStatus).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connections: Vec<Connection>,
}

/// One connection of an online user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Connection {
    /// The connection's id.
    pub conn_id: String,
    /// The device.
    #[serde(default)]
    pub device_id: i64,
    /// The client's version.
    #[serde(default)]
    pub client_version: i64,
    /// The client's platform.
    #[serde(default)]
    pub platform: String,
}

/// A user's friends and black list in one inbox, each in the order added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relations {
    /// Friends, the first added first.
    pub friends: Vec<Friend>,
    /// Blocked users, the first added first.
    pub black_list: Vec<Blocked>,
}

impl Relations {
    /// Whether nothing is left.
    pub fn is_empty(&self) -> bool {
        self.friends.is_empty() && self.black_list.is_empty()
    }

    /// The friend `user`, if a friend.
    pub fn friend(&self, user: i64) -> Option<&Friend> {
        self.friends.iter().find(|f| f.user_id == user)
    }

    /// The blocked user `user`, if blocked.
    pub fn blocked(&self, user: i64) -> Option<&Blocked> {
        self.black_list.iter().find(|b| b.user_id == user)
    }
}

/// One side of a friendship: what a user keeps about a friend.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Friend {
    /// The friend.
    pub user_id: i64,
    /// The alias the user gives the friend.
    #[serde(default)]
    pub alias: String,
    /// The friendship's extension fields.
    #[serde(default, skip_serializing_if = "Ext::is_empty")]
    pub ext: Ext,
    /// When the friendship was requested (milliseconds).
    #[serde(default)]
    pub apply_time: i64,
    /// When the two became friends (milliseconds).
    #[serde(default)]
    pub create_time: i64,
    /// When this side last changed (milliseconds).
    #[serde(default)]
    pub modify_time: i64,
}

/// A user in a black list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blocked {
    /// The blocked user.
    pub user_id: i64,
    /// The extension fields kept with it.
    #[serde(default, skip_serializing_if = "Ext::is_empty")]
    pub ext: Ext,
    /// When it was added (milliseconds).
    #[serde(default)]
    pub create_time: i64,
    /// When the entry last changed (milliseconds).
    #[serde(default)]
    pub modify_time: i64,
}

/// A user's relations as a state file lists them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RelationsFile {
    app_id: i64,
    #[serde(default)]
    inbox_type: i32,
    user_id: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    friends: Vec<Friend>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    black_list: Vec<Blocked>,
}

/// Loads the users and relations of a state file into `state`, or says which entry breaks a
/// rule.
pub(super) fn load(
    users: Vec<User>,
    relations: Vec<RelationsFile>,
    state: &mut State,
) -> Result<(), StateError> {
    for (i, user) in users.into_iter().enumerate() {
        let key = (user.app_id, user.user_id);
        if state.users.insert(key, user).is_some() {
            return Err(StateError(format!(
                "volcengine.users[{i}]: user {} of app {} is listed twice",
                key.1, key.0
            )));
        }
    }
    for (i, r) in relations.into_iter().enumerate() {
        let key = (r.app_id, r.inbox_type, r.user_id);
        let at = format!("volcengine.relations[{i}]");
        for (list, ids) in [
            (
                "friends",
                r.friends.iter().map(|f| f.user_id).collect::<Vec<_>>(),
            ),
            (
                "black_list",
                r.black_list.iter().map(|b| b.user_id).collect(),
            ),
        ] {
            if let Some(j) = (1..ids.len()).find(|&j| ids[..j].contains(&ids[j])) {
                return Err(StateError(format!(
                    "{at}.{list}[{j}]: user {} is listed twice",
                    ids[j]
                )));
            }
        }
        let relations = Relations {
            friends: r.friends,
            black_list: r.black_list,
        };
        if state.relations.insert(key, relations).is_some() {
            return Err(StateError(format!(
                "{at}: the relations of user {} (app {}, inbox {}) are listed twice",
                key.2, key.0, key.1
            )));
        }
    }
    Ok(())
}

/// The users, written as a state file lists them.
pub(super) fn users(state: &State) -> Values<'_, (i64, i64), User> {
    Values(&state.users)
}

/// The relations, written as a state file lists them.
pub(super) fn relations(state: &State) -> Vec<RelationsFile> {
    state
        .relations
        .iter()
        .filter(|(_, r)| !r.is_empty())
        .map(|(&(app_id, inbox_type, user_id), r)| RelationsFile {
            app_id,
            inbox_type,
            user_id,
            friends: r.friends.clone(),
            black_list: r.black_list.clone(),
        })
        .collect()
}

/// Relations by (AppId, InboxType, UserId).
pub type RelationsMap = BTreeMap<(i64, i32, i64), Relations>;
