//! What the emulator holds: Volcengine conversations (their members, settings and messages)
//! and Tencent audio-video groups (their members, who is online, and marks), and the state file
//! that loads and dumps it.
//!
//! The file is YAML or JSON (JSON is YAML). Unknown keys are refused, and a mistake is reported
//! with its line and column, or with the path of the entry for one that breaks a rule (a
//! conversation listed twice).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

mod json;
mod lists;
mod tencent;
mod tencent_accounts;
mod tencent_group_profile;
mod users;
mod volcengine;

pub use json::Json;
pub use lists::{Listed, Lists};
pub use tencent::{Ban, Group, GroupMessage, Member, SystemNotification, AV_CHAT_ROOM};
pub use tencent_accounts::{Account, Accounts, C2cMessage};
pub use tencent_group_profile::GroupInfo;
pub use users::{Blocked, Connection, Friend, Relations, RelationsMap, User};
pub use volcengine::{
    Conversation, Details, Ext, Message, Participant, Quote, Settings, LIVE_GROUP, TEXT_MESSAGE,
};

/// The emulator's whole state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Volcengine conversations by (AppId, ConversationShortId).
    pub conversations: BTreeMap<(i64, i64), Conversation>,
    /// Volcengine's registered users by (AppId, UserId).
    pub users: BTreeMap<(i64, i64), User>,
    /// Volcengine users' friends and black lists by (AppId, InboxType, UserId).
    pub relations: RelationsMap,
    /// Tencent groups by GroupId.
    pub groups: BTreeMap<String, Group>,
    /// Tencent accounts and their one-to-one messages.
    pub accounts: Accounts,
    /// RongCloud's users, groups, mutes and messages.
    pub rongcloud: crate::rongcloud::State,
}

// The file format: lists, as a person writes them.

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    volcengine: volcengine::VolcengineFile,
    #[serde(default)]
    tencent: tencent::TencentFile,
    #[serde(default)]
    rongcloud: crate::rongcloud::StateFile,
}

/// A state file that cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateError(pub String);

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StateError {}

/// The largest state file read (1 million messages fit in about 200 MiB of YAML).
pub const MAX_STATE_FILE_BYTES: u64 = 512 << 20;

impl State {
    /// Parses a state file's text (YAML or JSON).
    pub fn parse(text: &str) -> Result<State, StateError> {
        let file: File = crate::yaml::from_str(text).map_err(StateError)?;
        State::from_file(file)
    }

    fn from_file(file: File) -> Result<State, StateError> {
        let mut state = State::default();
        volcengine::load(file.volcengine, &mut state)?;
        tencent::load(file.tencent, &mut state)?;
        state.rongcloud = crate::rongcloud::State::load(file.rongcloud)?;
        Ok(state)
    }

    /// The state as compact JSON, [`State::from_json_bytes`] reads it back: a cheap copy to
    /// keep (the emulator keeps its start state this way, for `reset`).
    pub fn to_json_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(&View(self)).unwrap_or_default()
    }

    /// Reads what [`State::to_json_bytes`] wrote.
    pub fn from_json_bytes(bytes: &[u8]) -> Result<State, StateError> {
        let file: File = serde_json::from_slice(bytes).map_err(|e| StateError(e.to_string()))?;
        State::from_file(file)
    }

    /// The state as a state file (YAML), which [`State::parse`] reads back to the same state.
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(&View(self)).unwrap_or_default()
    }

    /// The state as a state file (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&View(self)).unwrap_or_default()
    }

    /// The documented example state: every request example of the spec succeeds against it.
    /// Volcengine app 0 has live group 1 with members 2, 3, 10001 and 10002 (the examples ask
    /// for 2 and 3 and answer with 10001 and 10002) and message 10001, group 2 (10001, 2, 3)
    /// and one-to-one conversation 3 (10001 and 10002); Tencent's audio-video group
    /// `@TGS#a6I4ZUUGO` has `teacher10` and `student9` online, and public group
    /// `@TGS#2C5SZEAEF` (the messaging and role examples' group) `leckie` (its owner), `tommy`,
    /// `brennanli` and `peter`;
    /// the member and history examples' groups follow (see [`EXAMPLE`]).
    pub fn example() -> State {
        State::parse(EXAMPLE).expect("the example state parses")
    }
}
struct View<'a>(&'a State);

/// The values of a map, written as a list.
struct Values<'a, K, V>(&'a BTreeMap<K, V>);

impl<K, V: Serialize> Serialize for Values<'_, K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.values())
    }
}

impl Serialize for View<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut file = serializer.serialize_map(None)?;
        file.serialize_entry("volcengine", &volcengine::Section(self.0))?;
        file.serialize_entry("tencent", &tencent::Section(self.0))?;
        if !self.0.rongcloud.is_empty() {
            file.serialize_entry("rongcloud", &self.0.rongcloud.file())?;
        }
        file.end()
    }
}

/// The example state, as a state file.
pub const EXAMPLE: &str = include_str!("example.yaml");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_round_trips_through_yaml_and_json() {
        let state = State::example();
        assert_eq!(State::parse(&state.to_yaml()).unwrap(), state);
        assert_eq!(State::parse(&state.to_json()).unwrap(), state);
        assert_eq!(state.conversations.len(), 3);
        assert_eq!(state.groups["@TGS#a6I4ZUUGO"].members.len(), 2);
    }

    #[test]
    fn ext_merges_keep_order_and_overwrite() {
        let mut ext: Ext = [("key1", "value1"), ("key2", "value2")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        ext.merge([
            ("key3".into(), "value3".into()),
            ("key1".into(), "update".into()),
        ]);
        assert_eq!(ext.get("key1"), Some("update"));
        assert_eq!(ext.len(), 3);
        assert_eq!(
            serde_json::to_string(&ext).unwrap(),
            r#"{"key1":"update","key2":"value2","key3":"value3"}"#
        );
        let state = State::example();
        assert_eq!(
            State::from_json_bytes(&state.to_json_bytes()).unwrap(),
            state
        );
    }

    #[test]
    fn bad_files_name_the_line_or_the_entry() {
        let e = State::parse("volcengine:\n  conversations:\n    - app_id: x\n").unwrap_err();
        assert!(e.0.starts_with("line 3, column"), "{e}");
        let e = State::parse("tencent:\n  grups: []\n").unwrap_err();
        assert!(e.0.contains("unknown field `grups`"), "{e}");
        let e = State::parse(
            "volcengine:\n  conversations:\n    - {app_id: 1, conversation_short_id: 2}\n    - {app_id: 1, conversation_short_id: 2}\n",
        )
        .unwrap_err();
        assert_eq!(
            e.0,
            "volcengine.conversations[1]: conversation 2 of app 1 is listed twice"
        );
    }
}
