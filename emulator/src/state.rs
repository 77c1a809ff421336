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
    /// When it was created (Unix seconds).
    pub create_time: i64,
    /// The id that makes creating it idempotent (CreateConversation's `IdempotentId`, or for
    /// a one-to-one conversation created without one, its two members').
    pub idempotent_id: Option<String>,
    /// Members by user id.
    pub participants: BTreeMap<i64, Participant>,
    /// Messages by id.
    pub messages: BTreeMap<i64, Message>,
}

/// Extension fields: a few string keys and values, kept sorted in one vector. (A `BTreeMap`
/// allocates a whole tree node for even two keys, which is most of a message's memory.) It is a
/// map in state files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ext(Vec<(String, String)>);

impl Ext {
    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many fields.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// A field's value.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| self.0[i].1.as_str())
    }

    /// Merges fields in: a key already present has its value overwritten, a new key is added,
    /// keys not given are kept.
    pub fn merge(&mut self, fields: impl IntoIterator<Item = (String, String)>) {
        for (key, value) in fields {
            match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
                Ok(i) => self.0[i].1 = value,
                Err(i) => self.0.insert(i, (key, value)),
            }
        }
    }

    /// The fields as a map.
    pub fn to_map(&self) -> BTreeMap<String, String> {
        self.0.iter().cloned().collect()
    }
}

impl FromIterator<(String, String)> for Ext {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        let mut ext = Ext::default();
        ext.merge(iter);
        ext
    }
}

impl Serialize for Ext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for Ext {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(BTreeMap::<String, String>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
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
    #[serde(default, skip_serializing_if = "Ext::is_empty")]
    pub ext: Ext,
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
    #[serde(default, skip_serializing_if = "Ext::is_empty")]
    pub ext: Ext,
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
    #[serde(default, skip_serializing_if = "Ext::is_empty")]
    pub ext: Ext,
    /// When it was sent (milliseconds).
    #[serde(default)]
    pub create_time: i64,
    /// When it expires (milliseconds): an expired message can no longer be modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<i64>,
    /// The sender's `ClientMsgId`: a message sent again with it is not stored twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_msg_id: Option<String>,
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
    /// The messages sent to the group, oldest first.
    pub messages: Vec<GroupMessage>,
}

/// A message sent to a Tencent group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupMessage {
    /// Its sequence number in the group (from 1).
    pub seq: u64,
    /// When it was sent (Unix seconds).
    pub time: i64,
    /// Who sent it.
    pub from: String,
    /// The sender's `Random`: a repeat within five minutes is dropped.
    pub random: u32,
    /// Its elements, as sent (`MsgBody`).
    pub body: serde_json::Value,
    /// Its priority as history answers give it: 1 High, 2 Normal, 3 Low, 4 Lowest (Tencent's
    /// OpenAPI description); `SendGroupMsg` stores its `MsgPriority` so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
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
    /// When the member joined (Unix seconds); members are listed in this order.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub join_time: i64,
    /// Whether the member is a group admin (the owner is the group's `owner`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub admin: bool,
    /// Until when the member is muted (Unix seconds; 0: not muted), as `ForbidSendMsg` set it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub shut_up_until: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn yes() -> bool {
    true
}

// The file format: lists, as a person writes them.

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    volcengine: VolcengineFile,
    #[serde(default)]
    tencent: TencentFile,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct VolcengineFile {
    #[serde(default)]
    conversations: Vec<ConversationFile>,
}

#[derive(Debug, Clone, Deserialize)]
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
    create_time: i64,
    #[serde(default)]
    idempotent_id: Option<String>,
    #[serde(default)]
    participants: Vec<Participant>,
    #[serde(default)]
    messages: Vec<Message>,
}

fn group_type() -> i32 {
    2
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TencentFile {
    #[serde(default)]
    groups: Vec<GroupFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupFile {
    group_id: String,
    #[serde(rename = "type", default = "av_chat_room")]
    group_type: String,
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    members: Vec<Member>,
    #[serde(default)]
    messages: Vec<GroupMessage>,
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
pub const MAX_STATE_FILE_BYTES: u64 = 512 << 20;

impl State {
    /// Parses a state file's text (YAML or JSON).
    pub fn parse(text: &str) -> Result<State, StateError> {
        let file: File = crate::yaml::from_str(text).map_err(StateError)?;
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
                create_time: c.create_time,
                idempotent_id: c.idempotent_id,
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
                messages: g.messages,
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

/// The state written as a state file, by reference: dumping a million messages copies none.
struct View<'a>(&'a State);

/// The values of a map, written as a list.
struct Values<'a, K, V>(&'a BTreeMap<K, V>);

impl<K, V: Serialize> Serialize for Values<'_, K, V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.values())
    }
}

struct Conversations<'a>(&'a BTreeMap<(i64, i64), Conversation>);
struct Groups<'a>(&'a BTreeMap<String, Group>);

impl Serialize for View<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut file = serializer.serialize_map(Some(2))?;
        file.serialize_entry(
            "volcengine",
            &BTreeMap::from([("conversations", Conversations(&self.0.conversations))]),
        )?;
        file.serialize_entry(
            "tencent",
            &BTreeMap::from([("groups", Groups(&self.0.groups))]),
        )?;
        file.end()
    }
}

impl Serialize for Conversations<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.values())
    }
}

impl Serialize for Groups<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.values())
    }
}

impl Serialize for Conversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut c = serializer.serialize_struct("Conversation", 9)?;
        c.serialize_field("app_id", &self.app_id)?;
        c.serialize_field("conversation_short_id", &self.conversation_short_id)?;
        c.serialize_field("conversation_type", &self.conversation_type)?;
        c.serialize_field("owner_user_id", &self.owner_user_id)?;
        c.serialize_field("name", &self.name)?;
        c.serialize_field("create_time", &self.create_time)?;
        match &self.idempotent_id {
            Some(id) => c.serialize_field("idempotent_id", id)?,
            None => c.skip_field("idempotent_id")?,
        }
        c.serialize_field("participants", &Values(&self.participants))?;
        c.serialize_field("messages", &Values(&self.messages))?;
        c.end()
    }
}

impl Serialize for Group {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut g = serializer.serialize_struct("Group", 5)?;
        g.serialize_field("group_id", &self.group_id)?;
        g.serialize_field("type", &self.group_type)?;
        match &self.owner {
            Some(owner) => g.serialize_field("owner", owner)?,
            None => g.skip_field("owner")?,
        }
        g.serialize_field("members", &Values(&self.members))?;
        if self.messages.is_empty() {
            g.skip_field("messages")?;
        } else {
            g.serialize_field("messages", &self.messages)?;
        }
        g.end()
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
      create_time: 1669694619
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
    - app_id: 0
      conversation_short_id: 2
      conversation_type: 2
      owner_user_id: 10001
      name: Example group
      create_time: 1669694700
      participants:
        - {user_id: 10001, role: 1, operator: 10001, create_time: 1669694700}
        - {user_id: 2, operator: 10001, create_time: 1669694701}
        - {user_id: 3, operator: 10001, create_time: 1669694702}
    - app_id: 0
      conversation_short_id: 3
      conversation_type: 1
      owner_user_id: 10001
      create_time: 1669694800
      participants:
        - {user_id: 10001, operator: 10001, create_time: 1669694800}
        - {user_id: 10002, operator: 10001, create_time: 1669694800}
tencent:
  groups:
    - group_id: "@TGS#a6I4ZUUGO"
      type: AVChatRoom
      owner: teacher10
      members:
        - {account: teacher10, online: true}
        - {account: student9, online: true}
    - group_id: "@TGS#2C5SZEAEF"
      type: Public
      owner: leckie
      members:
        - {account: leckie}
        - {account: tommy}
        - {account: brennanli}
        - {account: peter}  # GetRoleInGroup's example: leckie Owner, peter Member, wesley NotMember
    # The group-member examples' groups: members are added to @TGS#2J4SZEAEL, listed from
    # @TGS#1NVTZEAE4, @TGS#37AB3PAEC (an owner, an admin, a member) and the Community group, and @TGS#15ERQPAER holds the two messages of
    # the history example's answer.
    - group_id: "@TGS#2J4SZEAEL"
      type: Public
      owner: leckie
      members:
        - {account: leckie, join_time: 1425976400}
    - group_id: "@TGS#1NVTZEAE4"
      type: Public
      owner: bob
      members:
        - {account: bob, join_time: 1425976500}
        - {account: peter, join_time: 1425976500}
    - group_id: "@TGS#37AB3PAEC"
      type: Public
      owner: Test_1
      members:
        - {account: Test_1, join_time: 1450680436}
        - {account: Test_6, join_time: 1450680436, admin: true}
        - {account: Test_7, join_time: 1450680437}
    - group_id: "@TGS#_@TGS#cQVLVHIM62CJ"
      type: Community
      owner: bob
      members:
        - {account: bob, join_time: 1425976500}
        - {account: peter, join_time: 1425976501}
        - {account: leckie, join_time: 1425976502}
    - group_id: "@TGS#15ERQPAER"
      type: Public
      owner: "144115197276518801"
      members:
        - {account: "144115197276518801"}
        - {account: "144115198339527735"}
      messages:
        - seq: 7803320
          time: 1458721797
          from: "144115198339527735"
          random: 235168582
          priority: 1
          body: [{MsgType: TIMCustomElem, MsgContent: {Data: "\b\u0001\u0010\u0006\u001a\u000f西瓜妹妹。", Desc: MIF, Ext: ""}},
                 {MsgType: TIMTextElem, MsgContent: {Text: 报上来}}]
        - seq: 7803321
          time: 1458721802
          from: "144115197276518801"
          random: 51083293
          priority: 1
          body: [{MsgType: TIMCustomElem, MsgContent: {Data: "\b\u0001\u0010\u0006\u001a\u0006猫瞳", Desc: MIF, Ext: ""}},
                 {MsgType: TIMFaceElem, MsgContent: {Data: "", Index: 15}}]
"#;

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
