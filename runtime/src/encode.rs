//! Encoding generated types: the pieces their written-out `Serialize` impls share.

use serde::ser::SerializeStruct;
use serde::Serialize;

/// Writes an optional field: its value when present, nothing when absent (`null` is never
/// sent for a field the caller left out).
pub fn optional<S: SerializeStruct, T: Serialize>(
    object: &mut S,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => object.serialize_field(key, value),
        None => object.skip_field(key),
    }
}
