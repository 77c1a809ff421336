//! Volcengine's part of the state: conversations with their members, settings and messages,
//! and how a state file lists them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::lists::Lists;
use super::{State, StateError, Values};

/// A Volcengine conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
    /// A live group's mute, block and white lists.
    pub lists: Lists,
    /// The details besides the name (ModifyConversation), and the live group's marks.
    pub details: Details,
}

/// A conversation's details besides its name, and a live group's marks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    /// An avatar URL.
    pub avatar_url: Option<String>,
    /// A description.
    pub description: Option<String>,
    /// A notice.
    pub notice: Option<String>,
    /// The conversation's extension fields.
    pub ext: Ext,
    /// When its details last changed (Unix seconds; 0: never, the creation time is shown).
    pub modify_time: i64,
    /// A live group's marks (MarkConversation).
    pub marks: BTreeSet<String>,
}

/// Extension fields: a few string keys and values, sorted by key and packed into one
/// allocation (each key and value as its length, a LEB128 number, then its bytes). A
/// `BTreeMap` allocates a whole tree node for even two keys, and a vector of string pairs
/// one block for the vector and one a string: most of a stored message's memory, which is
/// why it is packed. It is a map in state files.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Ext(Box<[u8]>);

impl Ext {
    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many fields.
    pub fn len(&self) -> usize {
        self.entries().count()
    }

    /// A field's value.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// Merges fields in: a key already present has its value overwritten, a new key is added,
    /// keys not given are kept.
    pub fn merge(&mut self, fields: impl IntoIterator<Item = (String, String)>) {
        let mut given: Vec<(String, String)> = fields.into_iter().collect();
        if given.is_empty() {
            return;
        }
        // In key order, the last of a key given twice winning (a map gives them so already).
        if !given.windows(2).all(|w| w[0].0 < w[1].0) {
            given.sort_by(|a, b| a.0.cmp(&b.0));
            let mut kept: Vec<(String, String)> = Vec::with_capacity(given.len());
            for field in given {
                match kept.last_mut() {
                    Some(last) if last.0 == field.0 => *last = field,
                    _ => kept.push(field),
                }
            }
            given = kept;
        }
        // Both lists are in key order: one pass merges them, the stored fields read in place.
        let mut packed = Vec::with_capacity(
            self.0.len()
                + given
                    .iter()
                    .map(|(k, v)| k.len() + v.len() + 2)
                    .sum::<usize>(),
        );
        let mut stored = self.entries().peekable();
        let mut given = given.iter().peekable();
        loop {
            let take_stored = match (stored.peek(), given.peek()) {
                (None, None) => break,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (Some(&(stored_key, _)), Some((given_key, _))) => {
                    if stored_key == given_key.as_str() {
                        // Overwritten: the given value is written instead.
                        stored.next();
                    }
                    stored_key < given_key.as_str()
                }
            };
            let next = if take_stored {
                stored.next()
            } else {
                given.next().map(|(k, v)| (k.as_str(), v.as_str()))
            };
            let Some((key, value)) = next else {
                break;
            };
            for text in [key, value] {
                let mut n = text.len();
                loop {
                    let low = (n & 0x7f) as u8;
                    n >>= 7;
                    if n == 0 {
                        packed.push(low);
                        break;
                    }
                    packed.push(low | 0x80);
                }
                packed.extend_from_slice(text.as_bytes());
            }
        }
        drop(stored);
        self.0 = packed.into_boxed_slice();
    }

    /// The fields as a map.
    pub fn to_map(&self) -> BTreeMap<String, String> {
        self.entries()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }

    /// The fields in key order.
    fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        let mut rest: &[u8] = &self.0;
        // Only `merge` writes the bytes, from whole strings, so every read succeeds; a
        // malformed tail would end the fields rather than panic.
        let mut text = move || -> Option<&str> {
            let mut n = 0usize;
            let mut shift = 0;
            loop {
                let (&b, tail) = rest.split_first()?;
                rest = tail;
                n |= usize::from(b & 0x7f).checked_shl(shift)?;
                if b & 0x80 == 0 {
                    break;
                }
                shift += 7;
            }
            let (bytes, tail) = rest.split_at_checked(n)?;
            rest = tail;
            std::str::from_utf8(bytes).ok()
        };
        std::iter::from_fn(move || Some((text()?, text()?)))
    }
}

impl std::fmt::Debug for Ext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.entries()).finish()
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
        serializer.collect_map(self.entries())
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
    /// How far the member has read (ModifyParticipantReadIndex; 0 nothing).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub read_index: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Its type (SendMessage's `MsgType`; 10001 text).
    #[serde(default = "text_type")]
    pub msg_type: i32,
    /// 0 visible, 2 seen by its sender only, 3 recalled, 4 deleted (the `MessageStatus`
    /// numbers): the message lists give only visible messages.
    #[serde(default, skip_serializing_if = "is_visible")]
    pub status: i32,
    /// The members who deleted it for themselves (DeleteMessage); the others still see it.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub deleted_for: BTreeSet<i64>,
    /// The message it quotes (SendMessage's `RefMsgInfo`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Quote>,
}

/// The message a message quotes, and the text shown for the quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The quoted message's id, in the same conversation.
    pub message_id: i64,
    /// The text shown for the quote.
    #[serde(default)]
    pub hint: String,
}

/// The message type of a text message, the default.
pub const TEXT_MESSAGE: i32 = 10001;

fn text_type() -> i32 {
    TEXT_MESSAGE
}

fn is_visible(status: &i32) -> bool {
    *status == 0
}

impl Default for Message {
    fn default() -> Self {
        Message {
            message_id: 0,
            sender: 0,
            content: String::new(),
            ext: Ext::default(),
            create_time: 0,
            expire_time: None,
            client_msg_id: None,
            msg_type: TEXT_MESSAGE,
            status: 0,
            deleted_for: BTreeSet::new(),
            quotes: None,
        }
    }
}

/// Volcengine's part of a state file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VolcengineFile {
    #[serde(default)]
    conversations: Vec<ConversationFile>,
    #[serde(default)]
    users: Vec<super::User>,
    #[serde(default)]
    relations: Vec<super::users::RelationsFile>,
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
    #[serde(default)]
    avatar_url: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    notice: Option<String>,
    #[serde(default)]
    ext: Ext,
    #[serde(default)]
    modify_time: i64,
    #[serde(default)]
    marks: BTreeSet<String>,
    #[serde(default)]
    lists: Lists,
}

fn group_type() -> i32 {
    2
}

/// Loads Volcengine's part of a state file into `state`, or says which entry breaks a rule.
pub(super) fn load(file: VolcengineFile, state: &mut State) -> Result<(), StateError> {
    super::users::load(file.users, file.relations, state)?;
    for (i, c) in file.conversations.into_iter().enumerate() {
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
            details: Details {
                avatar_url: c.avatar_url,
                description: c.description,
                notice: c.notice,
                ext: c.ext,
                modify_time: c.modify_time,
                marks: c.marks,
            },
            lists: c.lists,
        };
        if state.conversations.insert(key, conversation).is_some() {
            return Err(StateError(format!(
                "{at}: conversation {} of app {} is listed twice",
                key.1, key.0
            )));
        }
    }
    Ok(())
}

/// Volcengine's part of the state, written as a state file lists it.
pub(super) struct Section<'a>(pub &'a State);

impl Serialize for Section<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut section = serializer.serialize_map(None)?;
        section.serialize_entry("conversations", &Values(&self.0.conversations))?;
        if !self.0.users.is_empty() {
            section.serialize_entry("users", &super::users::users(self.0))?;
        }
        let relations = super::users::relations(self.0);
        if !relations.is_empty() {
            section.serialize_entry("relations", &relations)?;
        }
        section.end()
    }
}

impl Serialize for Conversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut c = serializer.serialize_struct("Conversation", 15)?;
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
        let d = &self.details;
        for (key, value) in [
            ("avatar_url", &d.avatar_url),
            ("description", &d.description),
            ("notice", &d.notice),
        ] {
            match value {
                Some(v) => c.serialize_field(key, v)?,
                None => c.skip_field(key)?,
            }
        }
        if d.ext.is_empty() {
            c.skip_field("ext")?;
        } else {
            c.serialize_field("ext", &d.ext)?;
        }
        if d.modify_time == 0 {
            c.skip_field("modify_time")?;
        } else {
            c.serialize_field("modify_time", &d.modify_time)?;
        }
        if d.marks.is_empty() {
            c.skip_field("marks")?;
        } else {
            c.serialize_field("marks", &d.marks)?;
        }
        if self.lists.is_empty() {
            c.skip_field("lists")?;
        } else {
            c.serialize_field("lists", &self.lists)?;
        }
        c.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ext(fields: &[(&str, &str)]) -> Ext {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn merges_agree_with_a_map_given_any_order_and_repeats() {
        // Keys from a small alphabet, so merges overwrite, add and repeat; the last of a key
        // given twice wins, as a map's insert does.
        let mut model = BTreeMap::new();
        let mut fields = Ext::default();
        let mut seed = 7u32;
        for round in 0..200 {
            let mut given = Vec::new();
            for _ in 0..(round % 5) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let key = ["a", "b", "c", "d", "é", ""][(seed >> 16) as usize % 6].to_owned();
                given.push((key, format!("v{round}-{}", seed % 97)));
            }
            for (k, v) in &given {
                model.insert(k.clone(), v.clone());
            }
            fields.merge(given);
            assert_eq!(fields.to_map(), model, "after round {round}");
        }
    }

    #[test]
    fn packed_extension_fields_read_back_as_written() {
        let long = "v".repeat(300);
        let mut fields = ext(&[("b", "2"), ("a", "1"), ("", ""), ("中文", "é")]);
        assert_eq!(fields.len(), 4);
        assert_eq!(fields.get("a"), Some("1"));
        assert_eq!(fields.get(""), Some(""));
        assert_eq!(fields.get("中文"), Some("é"));
        assert_eq!(fields.get("c"), None);
        fields.merge([
            ("a".to_owned(), long.clone()),
            ("c".to_owned(), "3".to_owned()),
        ]);
        assert_eq!(fields.get("a"), Some(long.as_str()));
        assert_eq!(fields.get("b"), Some("2"));
        assert_eq!(fields.len(), 5);
        let keys: Vec<String> = fields.to_map().into_keys().collect();
        assert_eq!(keys, ["", "a", "b", "c", "中文"]);
        assert_eq!(format!("{:?}", ext(&[("k", "v")])), r#"{"k": "v"}"#);
        assert!(Ext::default().is_empty());
        assert_eq!(Ext::default().len(), 0);
    }

    #[test]
    fn extension_fields_are_a_map_in_state_files() {
        let fields = ext(&[("key2", "value2"), ("key1", "value1")]);
        let json = serde_json::to_string(&fields).unwrap();
        assert_eq!(json, r#"{"key1":"value1","key2":"value2"}"#);
        let back: Ext = serde_json::from_str(&json).unwrap();
        assert_eq!(back, fields);
        assert!(serde_json::from_str::<Ext>(r#"["key1"]"#).is_err());
    }
}
