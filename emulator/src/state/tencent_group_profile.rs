//! A Tencent group's base information (`CreateGroup`, `GetGroupInfo`, `ModifyGroupBaseInfo`,
//! `ImportGroup`): what a state file lists under a group's `info`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A group's base information. Every field may be left out of a state file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GroupInfo {
    /// The group's name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Its introduction.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub introduction: String,
    /// Its notice.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notification: String,
    /// The URL of its profile photo.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub face_url: String,
    /// The most members it may have; 0 for the default of its type.
    #[serde(skip_serializing_if = "is_zero_u32")]
    pub max_member_count: u32,
    /// How requests to join are handled (`FreeAccess`, `NeedPermission`, `DisableApply`);
    /// empty for the default, `NeedPermission`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub apply_join_option: String,
    /// When it was created (Unix seconds).
    #[serde(skip_serializing_if = "is_zero")]
    pub create_time: i64,
    /// When its base information last changed (Unix seconds).
    #[serde(skip_serializing_if = "is_zero")]
    pub last_info_time: i64,
    /// Whether every member but the owner and admins is muted.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub mute_all_member: bool,
    /// Its custom fields, by key.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub app_defined_data: BTreeMap<String, String>,
}

impl GroupInfo {
    /// Whether nothing is set (the state file then leaves `info` out).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn is_zero_u32(n: &u32) -> bool {
    *n == 0
}
