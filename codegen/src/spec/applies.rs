//! `applies_to`: the kinds of resource an operation applies to, each wholly or in part.

use schemars::JsonSchema;
use serde::Deserialize;

/// What an operation applies to.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct AppliesTo {
    /// The kind of resource (`group type`).
    pub what: String,
    /// The kinds it applies to (`AVChatRoom`); others are refused by the server. A kind it
    /// applies to only in part is written with its limit:
    /// `{value: AVChatRoom, limit: {max: 300, of: members, description: …}}`.
    pub values: Vec<AppliesToValue>,
}

/// One kind an operation applies to: its name, or its name with a limit.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[serde(untagged)]
pub enum AppliesToValue {
    /// It applies wholly (`Public`).
    Whole(String),
    /// It applies only in part.
    Limited(LimitedValue),
}

impl AppliesToValue {
    /// The kind's name.
    pub fn value(&self) -> &str {
        match self {
            AppliesToValue::Whole(value) => value,
            AppliesToValue::Limited(limited) => &limited.value,
        }
    }

    /// Its limit, when it applies only in part.
    pub fn limit(&self) -> Option<&AppliesLimit> {
        match self {
            AppliesToValue::Whole(_) => None,
            AppliesToValue::Limited(limited) => Some(&limited.limit),
        }
    }
}

/// A kind an operation applies to only in part ("AVChatRoom, but only the first 300 members").
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct LimitedValue {
    /// The kind's name (`AVChatRoom`).
    pub value: String,
    /// How far the operation reaches for it.
    pub limit: AppliesLimit,
}

/// How far an operation reaches for a kind it applies to in part: at most `max` of `of`.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct AppliesLimit {
    /// The most it reaches (`300`); at least 1.
    pub max: u64,
    /// What is counted, in the plural (`members`).
    pub of: String,
    /// The document's words for the limit (only the first 300 members' profiles can be
    /// obtained; those who join later cannot).
    #[schemars(extend("x-prose" = true))]
    pub description: String,
}
