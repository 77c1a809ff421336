//! A live group's three lists of users: who is muted, who is blocked from joining, and who may
//! speak while the whole group is muted (the whitelist). A state file writes them under a
//! conversation's `lists` key.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A user on one of the lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listed {
    /// The user.
    pub user_id: i64,
    /// Who put the user on the list (0 when the request names nobody).
    #[serde(default)]
    pub operator: i64,
    /// When the user was put on the list (Unix seconds).
    #[serde(default)]
    pub create_time: i64,
    /// When the entry ends (Unix seconds); 0 for the whitelist, whose entries do not end.
    #[serde(default)]
    pub until: i64,
}

impl Listed {
    /// Whether the entry still holds at `now` (Unix seconds).
    pub fn holds_at(&self, now: i64) -> bool {
        self.until == 0 || self.until > now
    }
}

/// The three lists, each by user id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lists {
    /// Muted members (BlockAction 0).
    pub muted: BTreeMap<i64, Listed>,
    /// Users blocked from joining (BlockAction 1).
    pub blocked: BTreeMap<i64, Listed>,
    /// Members who may speak while the whole group is muted.
    pub whitelist: BTreeMap<i64, Listed>,
}

impl Lists {
    /// Whether all three lists are empty.
    pub fn is_empty(&self) -> bool {
        self.muted.is_empty() && self.blocked.is_empty() && self.whitelist.is_empty()
    }

    /// The entries of a list that hold at `now`, oldest first.
    pub fn current(list: &BTreeMap<i64, Listed>, now: i64) -> Vec<&Listed> {
        let mut entries: Vec<&Listed> = list.values().filter(|l| l.holds_at(now)).collect();
        entries.sort_by_key(|l| (l.create_time, l.user_id));
        entries
    }
}

#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListsFile {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    muted: Vec<Listed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    blocked: Vec<Listed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    whitelist: Vec<Listed>,
}

fn by_user(entries: Vec<Listed>) -> BTreeMap<i64, Listed> {
    entries.into_iter().map(|l| (l.user_id, l)).collect()
}

impl Serialize for Lists {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ListsFile {
            muted: self.muted.values().cloned().collect(),
            blocked: self.blocked.values().cloned().collect(),
            whitelist: self.whitelist.values().cloned().collect(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Lists {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let file = ListsFile::deserialize(deserializer)?;
        Ok(Lists {
            muted: by_user(file.muted),
            blocked: by_user(file.blocked),
            whitelist: by_user(file.whitelist),
        })
    }
}
