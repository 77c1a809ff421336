//! RongCloud's part of the emulator's state: the app's users, its groups and their members,
//! mutes, blocks and the messages sent, and how a state file lists them (`rongcloud:`).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::state::StateError;

/// A registered user (`UserGetToken`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct User {
    /// The user's id.
    pub user_id: String,
    /// The name pushes show.
    #[serde(default)]
    pub name: String,
    /// The avatar URL, empty when none was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub portrait_uri: String,
    /// When the user registered (Unix milliseconds).
    #[serde(default)]
    pub created_at: i64,
    /// Tokens issued before this time (Unix milliseconds) are void (`UserTokenExpire`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tokens_void_before: i64,
    /// How many tokens were issued (a token names its number).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tokens_issued: i64,
    /// Until when the user is blocked (Unix milliseconds), if blocked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked_until: Option<i64>,
    /// Whether the user is connected (set by a state file: the emulator has no clients).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
}

/// A group (`GroupCreate`, `GroupJoin`, `GroupSync`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// The group's id.
    pub group_id: String,
    /// The name pushes show.
    #[serde(default)]
    pub name: String,
    /// The members' user ids.
    #[serde(default)]
    pub members: BTreeSet<String>,
}

/// A member muted in a group, or in every group when `group_id` is empty
/// (`GroupUserGagAdd`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gag {
    /// The muted user.
    pub user_id: String,
    /// The group, or empty for every group the user is in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group_id: String,
    /// When the mute started (Unix milliseconds).
    #[serde(default)]
    pub since: i64,
    /// When it ends (Unix milliseconds); `None` for a permanent mute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
}

/// A message the Server API sent, which `MessageRecall` can recall by its UID.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Its UID, as message routing and callbacks give it.
    pub uid: String,
    /// The sender.
    pub from_user_id: String,
    /// The conversation type: 1 one-to-one, 3 group.
    pub conversation_type: i32,
    /// The receiver (a user or a group).
    pub target_id: String,
    /// The message type (`RC:TxtMsg`).
    pub object_name: String,
    /// The content, as sent (JSON text for the built-in types).
    pub content: String,
    /// When it was sent (Unix milliseconds).
    pub sent_time: i64,
    /// Whether it was recalled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recalled: bool,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// The app's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rongcloud {
    /// Users by id.
    pub users: BTreeMap<String, User>,
    /// Groups by id.
    pub groups: BTreeMap<String, Group>,
    /// Mutes by (group id or empty, user id).
    pub gags: BTreeMap<(String, String), Gag>,
    /// Messages sent, oldest first.
    pub messages: Vec<Message>,
}

/// The `rongcloud:` section of a state file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    users: Vec<User>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    groups: Vec<Group>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    gags: Vec<Gag>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    messages: Vec<Message>,
}

impl Rongcloud {
    /// The state a file's section lists; an entry listed twice is refused with its path.
    pub fn load(file: File) -> Result<Rongcloud, StateError> {
        let twice = |what: &str, i: usize, id: &str| {
            StateError(format!("rongcloud.{what}[{i}]: {id} is listed twice"))
        };
        let mut out = Rongcloud::default();
        for (i, user) in file.users.into_iter().enumerate() {
            if out.users.contains_key(&user.user_id) {
                return Err(twice("users", i, &user.user_id));
            }
            out.users.insert(user.user_id.clone(), user);
        }
        for (i, group) in file.groups.into_iter().enumerate() {
            if out.groups.contains_key(&group.group_id) {
                return Err(twice("groups", i, &group.group_id));
            }
            out.groups.insert(group.group_id.clone(), group);
        }
        for (i, gag) in file.gags.into_iter().enumerate() {
            let key = (gag.group_id.clone(), gag.user_id.clone());
            if out.gags.contains_key(&key) {
                return Err(twice(
                    "gags",
                    i,
                    &format!("{} in {:?}", gag.user_id, gag.group_id),
                ));
            }
            out.gags.insert(key, gag);
        }
        for (i, message) in file.messages.iter().enumerate() {
            if file.messages[..i].iter().any(|m| m.uid == message.uid) {
                return Err(twice("messages", i, &message.uid));
            }
        }
        out.messages = file.messages;
        Ok(out)
    }

    /// The section as a state file lists it.
    pub fn file(&self) -> File {
        File {
            users: self.users.values().cloned().collect(),
            groups: self.groups.values().cloned().collect(),
            gags: self.gags.values().cloned().collect(),
            messages: self.messages.clone(),
        }
    }

    /// Whether the section is empty (then a state file leaves it out).
    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
            && self.groups.is_empty()
            && self.gags.is_empty()
            && self.messages.is_empty()
    }
}
