//! What the walks over services, operations and fields share: type renames, the JSON view of
//! IR parts without `PartialEq`, and doc-only changes.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::{At, Effect, Kind, Sink};

/// Type renames, base name → head name.
pub(crate) type Renames = BTreeMap<String, String>;

/// A value as JSON, for comparing parts of the IR that have no `PartialEq`.
pub(crate) fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The doc-only facts that differ, by name (`description`, `gloss`).
pub(crate) fn doc_diff(pairs: &[(&str, Value, Value)]) -> Vec<String> {
    pairs
        .iter()
        .filter(|(_, b, h)| b != h)
        .map(|(name, _, _)| (*name).to_owned())
        .collect()
}

/// Reports a doc-only change listing what differs, if anything does.
pub(crate) fn doc_change(sink: &mut Sink, at: &At, what: &str, differ: Vec<String>) {
    if !differ.is_empty() {
        sink.push(
            at,
            Kind::DocChanged,
            Effect::Doc,
            format!("{what} documentation changed ({})", differ.join(", ")),
        );
    }
}
