//! Tencent's accounts (what `AccountImport` and `MultiaccountImport` made) and the one-to-one
//! messages between them, and how a state file lists them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::StateError;

/// An account imported into the app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// The account's UserID.
    pub user_id: String,
    /// Its nickname (`Nick`), empty when none was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nick: String,
    /// Its profile photo URL (`FaceUrl`), empty when none was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub face_url: String,
    /// When it was first imported (Unix seconds).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub imported_at: i64,
}

/// A one-to-one message, as `SendMsg`, `BatchSendMsg` or `ImportMsg` stored it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct C2cMessage {
    /// The sender's account.
    pub from: String,
    /// The receiver's account.
    pub to: String,
    /// Its sequence number in the conversation of the two accounts (from 1).
    pub seq: u64,
    /// The sender's `MsgRandom`.
    pub random: u32,
    /// When it was sent (Unix seconds).
    pub time: i64,
    /// Its elements, as sent (`MsgBody`).
    pub body: super::Json,
    /// Its `CloudCustomData`, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// Whether the receiver has read it (`AdminSetMsgRead`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read: bool,
    /// Whether it was recalled (`AdminMsgWithdraw`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recalled: bool,
}

impl C2cMessage {
    /// The message's `MsgKey`, as Tencent forms it: `{MsgSeq}_{MsgRandom}_{MsgTime}`.
    pub fn key(&self) -> String {
        format!("{}_{}_{}", self.seq, self.random, self.time)
    }

    /// Whether the message is between `a` and `b`, either way round.
    pub fn between(&self, a: &str, b: &str) -> bool {
        (self.from == a && self.to == b) || (self.from == b && self.to == a)
    }
}

/// The accounts of the app and their one-to-one messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Accounts {
    /// Accounts by UserID.
    pub by_id: BTreeMap<String, Account>,
    /// One-to-one messages, oldest first.
    pub messages: Vec<C2cMessage>,
}

impl Accounts {
    /// Whether the account has been imported.
    pub fn exists(&self, user_id: &str) -> bool {
        self.by_id.contains_key(user_id)
    }

    /// The next sequence number in the conversation of `a` and `b`.
    pub fn next_seq(&self, a: &str, b: &str) -> u64 {
        self.messages
            .iter()
            .filter(|m| m.between(a, b))
            .map(|m| m.seq)
            .max()
            .map_or(1, |s| s + 1)
    }
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// Loads the accounts and one-to-one messages of a state file's `tencent` section.
pub(super) fn load(
    accounts: Vec<Account>,
    messages: Vec<C2cMessage>,
    into: &mut Accounts,
) -> Result<(), StateError> {
    for (i, account) in accounts.into_iter().enumerate() {
        let at = format!("tencent.accounts[{i}]");
        if account.user_id.is_empty() {
            return Err(StateError(format!(
                "{at}.user_id: an account needs a UserID"
            )));
        }
        let id = account.user_id.clone();
        if into.by_id.insert(id.clone(), account).is_some() {
            return Err(StateError(format!("{at}: {id} is listed twice")));
        }
    }
    for (i, message) in messages.into_iter().enumerate() {
        let at = format!("tencent.c2c_messages[{i}]");
        for who in [&message.from, &message.to] {
            if !into.by_id.contains_key(who) {
                return Err(StateError(format!(
                    "{at}: {who} is not in tencent.accounts"
                )));
            }
        }
        into.messages.push(message);
    }
    Ok(())
}
