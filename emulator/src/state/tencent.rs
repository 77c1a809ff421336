//! Tencent's part of the state: groups with their members and messages (and, from
//! `tencent_accounts.rs`, accounts and one-to-one messages), and how a state file lists them.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::tencent_accounts::{self, Account, C2cMessage};
use super::tencent_group_profile::GroupInfo;
use super::{State, StateError, Values};

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
    /// Its base information: name, introduction, limits, times (`info` in a state file).
    pub info: GroupInfo,
    /// The system notifications pushed to the group (`SendGroupSystemNotification`), oldest
    /// first.
    pub notifications: Vec<SystemNotification>,
    /// The accounts banned from the group (`BanGroupMember`), by account.
    pub banned: BTreeMap<String, Ban>,
    /// Where each `Random` was last used, for the repeat check (derived from `messages`).
    pub repeats: Repeats,
}

/// The latest message of a group with each `Random`, so that the five-minute repeat check
/// looks one message up instead of scanning the window. Messages are only ever appended, in
/// time order, so the latest message with a `Random` is the one nearest in time to a new one:
/// if it is outside the window, every older one is. It catches up with the messages appended
/// since it last looked, whoever appended them, so no code that sends a message needs to know
/// of it.
#[derive(Debug, Clone, Default)]
pub struct Repeats {
    latest: std::collections::HashMap<u32, usize>,
    indexed: usize,
}

impl Repeats {
    /// The latest of `messages` whose `Random` is `random`.
    pub fn latest<'m>(
        &mut self,
        messages: &'m [GroupMessage],
        random: u32,
    ) -> Option<&'m GroupMessage> {
        if self.indexed > messages.len() {
            // Not this list's index (a state replaced whole): start again.
            *self = Repeats::default();
        }
        for (at, message) in messages.iter().enumerate().skip(self.indexed) {
            self.latest.insert(message.random, at);
        }
        self.indexed = messages.len();
        self.latest.get(&random).and_then(|&at| messages.get(at))
    }
}

/// Derived data: two groups with the same messages are equal whatever their index has seen.
impl PartialEq for Repeats {
    fn eq(&self, _: &Repeats) -> bool {
        true
    }
}

impl Eq for Repeats {}

/// A system notification pushed to a Tencent group: not a message (no seq, not in history).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemNotification {
    /// When it was pushed (Unix seconds).
    pub time: i64,
    /// Its text (`Content`).
    pub content: String,
    /// The members it was pushed to: those named, in that order, or every member then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<String>,
    /// The Community topic it was pushed to (`TopicId`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

/// A ban from an audio-video group: the account cannot join until it ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ban {
    /// When the ban ends (Unix seconds).
    pub until: i64,
    /// The ban's `Description`, empty when none was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
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
    pub body: super::Json,
    /// Its priority as history answers give it: 1 High, 2 Normal, 3 Low, 4 Lowest (Tencent's
    /// OpenAPI description); `SendGroupMsg` stores its `MsgPriority` so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i32>,
    /// Whether `GroupMsgRecall` recalled it: history leaves it out, or gives it as a
    /// placeholder (`IsPlaceMsg` 2) when asked for recalled messages.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recalled: bool,
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
    /// The member's group name card (`NameCard`), as `ModifyGroupMemberInfo` set it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_card: String,
    /// How the member receives the group's messages (`MsgFlag`, its wire value); none set
    /// reads as `AcceptAndNotify`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<String>,
    /// The member's custom fields (`AppMemberDefinedData`), by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub app_defined_data: BTreeMap<String, String>,
    /// How many of the group's messages the member has not read, as `SetUnreadMsgNum`
    /// or `ImportGroupMember` set it.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unread_msg_num: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn yes() -> bool {
    true
}

/// Tencent's part of a state file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TencentFile {
    #[serde(default)]
    groups: Vec<GroupFile>,
    #[serde(default)]
    accounts: Vec<Account>,
    #[serde(default)]
    c2c_messages: Vec<C2cMessage>,
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
    #[serde(default)]
    info: GroupInfo,
    #[serde(default)]
    notifications: Vec<SystemNotification>,
    #[serde(default)]
    banned: BTreeMap<String, Ban>,
}

fn av_chat_room() -> String {
    AV_CHAT_ROOM.to_owned()
}

/// Loads Tencent's part of a state file into `state`, or says which entry breaks a rule.
pub(super) fn load(file: TencentFile, state: &mut State) -> Result<(), StateError> {
    for (i, g) in file.groups.into_iter().enumerate() {
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
            info: g.info,
            notifications: g.notifications,
            banned: g.banned,
            repeats: Repeats::default(),
        };
        if state.groups.insert(g.group_id.clone(), group).is_some() {
            return Err(StateError(format!(
                "{at}: group {} is listed twice",
                g.group_id
            )));
        }
    }
    tencent_accounts::load(file.accounts, file.c2c_messages, &mut state.accounts)
}

/// Tencent's part of the state, written as a state file lists it.
pub(super) struct Section<'a>(pub &'a State);

impl Serialize for Section<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let accounts = &self.0.accounts;
        let mut section = serializer.serialize_map(None)?;
        section.serialize_entry("groups", &Values(&self.0.groups))?;
        if !accounts.by_id.is_empty() {
            section.serialize_entry("accounts", &Values(&accounts.by_id))?;
        }
        if !accounts.messages.is_empty() {
            section.serialize_entry("c2c_messages", &accounts.messages)?;
        }
        section.end()
    }
}

impl Serialize for Group {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut g = serializer.serialize_struct("Group", 8)?;
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
        if self.info.is_empty() {
            g.skip_field("info")?;
        } else {
            g.serialize_field("info", &self.info)?;
        }
        if self.notifications.is_empty() {
            g.skip_field("notifications")?;
        } else {
            g.serialize_field("notifications", &self.notifications)?;
        }
        if self.banned.is_empty() {
            g.skip_field("banned")?;
        } else {
            g.serialize_field("banned", &self.banned)?;
        }
        g.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(seq: u64, random: u32) -> GroupMessage {
        GroupMessage {
            seq,
            time: i64::try_from(seq).unwrap(),
            from: "a".into(),
            random,
            body: crate::state::Json::default(),
            priority: None,
            recalled: false,
        }
    }

    #[test]
    fn the_repeat_index_finds_the_latest_and_catches_up_with_appends() {
        let mut repeats = Repeats::default();
        let mut messages = vec![message(1, 7), message(2, 8), message(3, 7)];
        assert_eq!(repeats.latest(&messages, 7).map(|m| m.seq), Some(3));
        assert_eq!(repeats.latest(&messages, 9), None);
        // Appended by anyone: seen on the next look.
        messages.push(message(4, 9));
        messages.push(message(5, 7));
        assert_eq!(repeats.latest(&messages, 9).map(|m| m.seq), Some(4));
        assert_eq!(repeats.latest(&messages, 7).map(|m| m.seq), Some(5));
        // Another, shorter list (a state replaced whole) is indexed afresh.
        let other = vec![message(1, 9)];
        assert_eq!(repeats.latest(&other, 7), None);
        assert_eq!(repeats.latest(&other, 9).map(|m| m.seq), Some(1));
        // Derived data: it does not make two groups differ.
        assert_eq!(repeats, Repeats::default());
    }
}
