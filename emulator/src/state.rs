//! What the emulator holds: Volcengine conversations (their members, settings and messages)
//! and Tencent audio-video groups (their members, who is online, and marks), and the state file
//! that loads and dumps it.
//!
//! The file is YAML or JSON (JSON is YAML). Unknown keys are refused, and a mistake is reported
//! with its line and column, or with the path of the entry for one that breaks a rule (a
//! conversation listed twice).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// The emulator's whole state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Volcengine conversations by (AppId, ConversationShortId).
    pub conversations: BTreeMap<(i64, i64), Conversation>,
    /// Tencent groups by GroupId.
    pub groups: BTreeMap<String, Group>,
}

/// A Volcengine conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    /// The app.
    pub app_id: i64,
    /// The conversation's id.
    pub conversation_short_id: i64,
    /// 1 one-to-one, 2 group, 100 live group.
    pub conversation_type: i32,
    /// The owner.
    pub owner_user_id: i64,
    /// A name.
    pub name: String,
    /// Members by user id.
    pub participants: BTreeMap<i64, Participant>,
    /// Messages by id.
    pub messages: BTreeMap<i64, Message>,
}

/// The conversation type of a live group.
pub const LIVE_GROUP: i32 = 100;

/// A member of a conversation, and its own settings for it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The member.
    pub user_id: i64,
    /// 0 member, 1 owner, 2 manager.
    #[serde(default)]
    pub role: i64,
    /// Who added the member.
    #[serde(default)]
    pub operator: i64,
    /// A nickname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    /// An avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// A level.
    #[serde(default)]
    pub level: i32,
    /// 0 normal, 1 left.
    #[serde(default)]
    pub status: i32,
    /// Muted until (Unix seconds; 0 not muted).
    #[serde(default)]
    pub block_time: i64,
    /// When the member joined (Unix seconds).
    #[serde(default)]
    pub create_time: i64,
    /// The member's extension fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ext: BTreeMap<String, String>,
    /// Live-group marks.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub marks: BTreeSet<String>,
    /// The member's settings for the conversation.
    #[serde(default)]
    pub settings: Settings,
}

/// A member's settings for a conversation (ModifyConversationSetting).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Do not disturb.
    #[serde(default)]
    pub is_mute: bool,
    /// When the conversation was pinned (milliseconds; 0 not pinned).
    #[serde(default)]
    pub stick_top_time: i64,
    /// When it was made a favourite (milliseconds; 0 not a favourite).
    #[serde(default)]
    pub favorite_time: i64,
    /// The setting's extension fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ext: BTreeMap<String, String>,
}

/// A message of a conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The message's id.
    pub message_id: i64,
    /// Who sent it.
    #[serde(default)]
    pub sender: i64,
    /// Its content, in the client message format (a JSON object as text).
    #[serde(default)]
    pub content: String,
    /// Its extension fields.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ext: BTreeMap<String, String>,
    /// When it was sent (milliseconds).
    #[serde(default)]
    pub create_time: i64,
    /// When it expires (milliseconds): an expired message can no longer be modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<i64>,
}

/// A Tencent group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The group's id.
    pub group_id: String,
    /// `AVChatRoom`, `Public`, `Private`, `ChatRoom` or `Community`.
    pub group_type: String,
    /// The owner's account.
    pub owner: Option<String>,
    /// Members by account.
    pub members: BTreeMap<String, Member>,
}

/// The group type that has online members and marks.
pub const AV_CHAT_ROOM: &str = "AVChatRoom";

/// A member of a Tencent group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// The member's account.
    pub account: String,
    /// Whether the member is online (marks are for online members, except mark 500).
    #[serde(default = "yes")]
    pub online: bool,
    /// The member's marks.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub marks: BTreeSet<i64>,
}

fn yes() -> bool {
    true
}

// The file format: lists, as a person writes them.

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    volcengine: VolcengineFile,
    #[serde(default)]
    tencent: TencentFile,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VolcengineFile {
    #[serde(default)]
    conversations: Vec<ConversationFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConversationFile {
    app_id: i64,
    conversation_short_id: i64,
    #[serde(default = "group_type")]
    conversation_type: i32,
    #[serde(default)]
    owner_user_id: i64,
    #[serde(default)]
    name: String,
    #[serde(default)]
    participants: Vec<Participant>,
    #[serde(default)]
    messages: Vec<Message>,
}

fn group_type() -> i32 {
    2
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TencentFile {
    #[serde(default)]
    groups: Vec<GroupFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupFile {
    group_id: String,
    #[serde(rename = "type", default = "av_chat_room")]
    group_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    owner: Option<String>,
    #[serde(default)]
    members: Vec<Member>,
}

fn av_chat_room() -> String {
    AV_CHAT_ROOM.to_owned()
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
pub const MAX_STATE_FILE_BYTES: usize = 512 << 20;

impl State {
    /// Parses a state file's text (YAML or JSON).
    pub fn parse(text: &str) -> Result<State, StateError> {
        let file: File = serde_yaml::from_str(text).map_err(|e| {
            let mut message = e.to_string();
            if let Some(at) = message.rfind(" at line ") {
                message.truncate(at);
            }
            match e.location() {
                Some(l) => StateError(format!(
                    "line {}, column {}: {message}",
                    l.line(),
                    l.column()
                )),
                None => StateError(message),
            }
        })?;
        State::from_file(file)
    }

    fn from_file(file: File) -> Result<State, StateError> {
        let mut state = State::default();
        for (i, c) in file.volcengine.conversations.into_iter().enumerate() {
            let at = format!("volcengine.conversations[{i}]");
            let mut participants = BTreeMap::new();
            for (j, p) in c.participants.into_iter().enumerate() {
                let user = p.user_id;
                if participants.insert(user, p).is_some() {
                    return Err(StateError(format!(
                        "{at}.participants[{j}]: user {user} is listed twice"
                    )));
                }
            }
            let mut messages = BTreeMap::new();
            for (j, m) in c.messages.into_iter().enumerate() {
                let id = m.message_id;
                if messages.insert(id, m).is_some() {
                    return Err(StateError(format!(
                        "{at}.messages[{j}]: message {id} is listed twice"
                    )));
                }
            }
            let key = (c.app_id, c.conversation_short_id);
            let conversation = Conversation {
                app_id: c.app_id,
                conversation_short_id: c.conversation_short_id,
                conversation_type: c.conversation_type,
                owner_user_id: c.owner_user_id,
                name: c.name,
                participants,
                messages,
            };
            if state.conversations.insert(key, conversation).is_some() {
                return Err(StateError(format!(
                    "{at}: conversation {} of app {} is listed twice",
                    key.1, key.0
                )));
            }
        }
        for (i, g) in file.tencent.groups.into_iter().enumerate() {
            let at = format!("tencent.groups[{i}]");
            if g.group_id.is_empty() {
                return Err(StateError(format!("{at}.group_id: a group needs an id")));
            }
            let mut members = BTreeMap::new();
            for (j, m) in g.members.into_iter().enumerate() {
                let account = m.account.clone();
                if members.insert(account.clone(), m).is_some() {
                    return Err(StateError(format!(
                        "{at}.members[{j}]: {account} is listed twice"
                    )));
                }
            }
            let group = Group {
                group_id: g.group_id.clone(),
                group_type: g.group_type,
                owner: g.owner,
                members,
            };
            if state.groups.insert(g.group_id.clone(), group).is_some() {
                return Err(StateError(format!(
                    "{at}: group {} is listed twice",
                    g.group_id
                )));
            }
        }
        Ok(state)
    }

    /// The state as a state file (YAML), which [`State::parse`] reads back to the same state.
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(&self.to_file()).unwrap_or_default()
    }

    /// The state as a state file (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_file()).unwrap_or_default()
    }

    fn to_file(&self) -> File {
        File {
            volcengine: VolcengineFile {
                conversations: self
                    .conversations
                    .values()
                    .map(|c| ConversationFile {
                        app_id: c.app_id,
                        conversation_short_id: c.conversation_short_id,
                        conversation_type: c.conversation_type,
                        owner_user_id: c.owner_user_id,
                        name: c.name.clone(),
                        participants: c.participants.values().cloned().collect(),
                        messages: c.messages.values().cloned().collect(),
                    })
                    .collect(),
            },
            tencent: TencentFile {
                groups: self
                    .groups
                    .values()
                    .map(|g| GroupFile {
                        group_id: g.group_id.clone(),
                        group_type: g.group_type.clone(),
                        owner: g.owner.clone(),
                        members: g.members.values().cloned().collect(),
                    })
                    .collect(),
            },
        }
    }

    /// The documented example state: every request example of the spec succeeds against it.
    /// Volcengine app 0 has live group 1 with members 2, 3, 10001 and 10002 (the examples ask
    /// for 2 and 3 and answer with 10001 and 10002) and message 10001; Tencent's audio-video
    /// group `@TGS#a6I4ZUUGO` has `teacher10` and `student9` online.
    pub fn example() -> State {
        State::parse(EXAMPLE).expect("the example state parses")
    }
}

/// The example state, as a state file.
pub const EXAMPLE: &str = r#"# The emulator's example state: every request example of the spec succeeds against it.
volcengine:
  conversations:
    - app_id: 0
      conversation_short_id: 1
      conversation_type: 100   # 1 one-to-one, 2 group, 100 live group
      owner_user_id: 10001
      name: Example live group
      participants:
        - {user_id: 10001, role: 1, operator: 10, nick_name: NickName1, level: 1, create_time: 1669694619, ext: {key: value, "s:from": biz}}
        - {user_id: 10002, role: 0, operator: 10, nick_name: NickName2, level: 20, create_time: 1669694619, ext: {key: value, "s:from": biz}}
        - {user_id: 2, operator: 10, create_time: 1669694619}
        - {user_id: 3, operator: 10, create_time: 1669694619}
      messages:
        - message_id: 10001
          sender: 10001
          content: '{"text":"hello"}'
          ext: {key1: value1, key2: value2}
          create_time: 1669694619000
tencent:
  groups:
    - group_id: "@TGS#a6I4ZUUGO"
      type: AVChatRoom
      owner: teacher10
      members:
        - {account: teacher10, online: true}
        - {account: student9, online: true}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_round_trips_through_yaml_and_json() {
        let state = State::example();
        assert_eq!(State::parse(&state.to_yaml()).unwrap(), state);
        assert_eq!(State::parse(&state.to_json()).unwrap(), state);
        assert_eq!(state.conversations.len(), 1);
        assert_eq!(state.groups["@TGS#a6I4ZUUGO"].members.len(), 2);
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
