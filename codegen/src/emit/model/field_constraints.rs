//! A field's limits in the template model: the spec's limits, with the enum values a field
//! takes written as the enum's own values are (each name a [`Name`]).

use serde::Serialize;
use serde_json::Value;

use super::Name;
use crate::ir::{Constraints, Type};

/// The type a type names, through lists, maps and nullables.
pub(super) fn named(ty: &Type) -> Option<&str> {
    match ty {
        Type::Named { name } => Some(name),
        Type::List { item } | Type::Nullable { item } => named(item),
        Type::Map { value } => named(value),
        Type::Scalar { .. } => None,
    }
}

/// A field's limits as the spec gives them, where each enum value it takes (`values`, also
/// under `items`) is written as the enum's own values are: its `name` a [`Name`] in the enum's
/// `.values` scope.
#[derive(Debug, Clone)]
pub struct FieldConstraints {
    /// The limits.
    pub limits: Constraints,
    /// The scope of the enum's values (`tencent-chat:Role.values`), once known.
    pub(super) values_scope: Option<String>,
}

impl Serialize for FieldConstraints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn name_values(limits: &mut Value, scope: Option<&String>) {
            let Value::Object(limits) = limits else {
                return;
            };
            if let Some(Value::Array(values)) = limits.get_mut("values") {
                for value in values {
                    if let Some(wire) = value.get("name").and_then(Value::as_str) {
                        let mut name = Name::new(wire);
                        name.scope = scope.cloned();
                        value["name"] = serde_json::to_value(name).unwrap_or(Value::Null);
                    }
                }
            }
            if let Some(items) = limits.get_mut("items") {
                name_values(items, scope);
            }
        }
        let mut limits = serde_json::to_value(&self.limits).map_err(serde::ser::Error::custom)?;
        name_values(&mut limits, self.values_scope.as_ref());
        limits.serialize(serializer)
    }
}
