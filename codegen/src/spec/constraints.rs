//! `constraints`: the limits on one value (numbers, string lengths, lists, part of an enum), and
//! the units a number or a length is counted in.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::Value;

/// Limits on one value. Each applies only to the types it fits.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Constraints {
    /// Numbers: the smallest allowed value.
    #[serde(default)]
    pub minimum: Option<serde_json::Number>,
    /// Numbers: the largest allowed value.
    #[serde(default)]
    pub maximum: Option<serde_json::Number>,
    /// Numbers: values allowed although outside `minimum`/`maximum` (Tencent marks: ≥ 1000,
    /// or the special 500 and 600).
    #[serde(default)]
    pub also_allowed: Vec<serde_json::Number>,
    /// Strings: the shortest allowed length, in `length_unit`.
    #[serde(default)]
    pub min_length: Option<u64>,
    /// Strings: the longest allowed length, in `length_unit`.
    #[serde(default)]
    pub max_length: Option<u64>,
    /// Strings: whether lengths count UTF-8 bytes or Unicode characters (scalar values).
    #[serde(default)]
    pub length_unit: Option<LengthUnit>,
    /// Lists: the fewest items.
    #[serde(default)]
    pub min_items: Option<u64>,
    /// Lists: the most items.
    #[serde(default)]
    pub max_items: Option<u64>,
    /// Lists: whether items must be distinct.
    #[serde(default)]
    pub unique_items: bool,
    /// Lists: limits on each item.
    #[serde(default)]
    pub items: Option<Box<Constraints>>,
    /// Lists: the server processes only the first this many items and ignores the rest
    /// (unlike `max_items`, more is not an error).
    #[serde(default)]
    pub truncated_after: Option<u64>,
    /// Enums: the only values of the enum this value takes, by wire value, when the document
    /// lists part of a shared enum (a response's `ConversationType` is 1 or 2, never 100). A
    /// request with another value of the enum is refused as an unknown value would be.
    #[serde(default)]
    pub values: Option<Vec<Value>>,
    /// The error code the document gives for breaking these limits (`10005` for too many
    /// members), one of the operation's or the service's `errors`: a server answers it instead
    /// of the `invalid_parameter` role's code. The limits of `items` take their own `code`.
    #[serde(default)]
    pub code: Option<Value>,
}

/// The unit of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Seconds (a duration, or a Unix time in seconds).
    Seconds,
    /// Milliseconds (a duration, or a Unix time in milliseconds).
    Milliseconds,
    /// Microseconds.
    Microseconds,
    /// Days.
    Days,
    /// Bytes.
    Bytes,
}

impl Unit {
    /// The spec's spelling.
    pub fn spec_name(self) -> &'static str {
        match self {
            Unit::Seconds => "seconds",
            Unit::Milliseconds => "milliseconds",
            Unit::Microseconds => "microseconds",
            Unit::Days => "days",
            Unit::Bytes => "bytes",
        }
    }
}

/// How string lengths are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LengthUnit {
    /// UTF-8 bytes.
    Bytes,
    /// Unicode scalar values.
    Chars,
}
