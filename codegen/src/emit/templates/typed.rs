//! `typed(type_name)`: a value of the spec (an example) as a tree a template walks to write a
//! typed literal in a compiled language (`new Member("teacher10", List.of(1000L))`), where
//! `literal` writes a JSON-like one. Each node says what it is, with the model's names and
//! types, so a recursive macro can write it:
//!
//! - `{kind: "null"}`
//! - `{kind: "scalar", scalar: "i64" | "string" | …, value}`
//! - `{kind: "list", ty, items: [node]}` and `{kind: "map", ty, entries: [{key, value: node}]}`
//!   (`ty` the model's type tree)
//! - `{kind: "struct", type: Name, fields: [{name: Name, ty, value: node}]}`: the fields the
//!   value has, in the spec's order (an unknown key is left out)
//! - `{kind: "enum", type: Name, value, variant: Name or null}` (null: a value the spec does
//!   not list)
//! - `{kind: "union", type: Name, tag, variant: Name or null, content: node}`
//! - `{kind: "json", value}`: a value whose type the spec does not give.

use serde_json::{json, Value as J};

use crate::emit::model;
use crate::ir::Type;

/// `value` as a node of `ty` in `service`.
pub(super) fn typed(service: &model::Service, ty: &Type, value: &J) -> J {
    if value.is_null() {
        return json!({ "kind": "null" });
    }
    match ty {
        Type::Scalar { scalar } => json!({
            "kind": "scalar",
            "scalar": scalar.spec_name(),
            "value": value,
        }),
        Type::Nullable { item } => typed(service, item, value),
        Type::List { item } => match value.as_array() {
            Some(items) => json!({
                "kind": "list",
                "ty": ty,
                "items": items.iter().map(|v| typed(service, item, v)).collect::<Vec<_>>(),
            }),
            None => json!({ "kind": "json", "value": value }),
        },
        Type::Map { value: item } => match value.as_object() {
            Some(map) => json!({
                "kind": "map",
                "ty": ty,
                "entries": map
                    .iter()
                    .map(|(k, v)| json!({ "key": k, "value": typed(service, item, v) }))
                    .collect::<Vec<_>>(),
            }),
            None => json!({ "kind": "json", "value": value }),
        },
        Type::Named { name } => named(service, name, value),
    }
}

/// A value of a named type: a struct, an enum or a union.
fn named(service: &model::Service, name: &str, value: &J) -> J {
    let Some(def) = service
        .type_index
        .get(name)
        .and_then(|&i| service.types.get(i))
    else {
        return json!({ "kind": "json", "value": value });
    };
    match def.kind.as_str() {
        "struct" => {
            let Some(object) = value.as_object() else {
                return json!({ "kind": "json", "value": value });
            };
            let fields: Vec<J> = def
                .fields
                .iter()
                .filter_map(|f| {
                    let v = object.get(&f.name.wire)?;
                    Some(json!({
                        "name": f.name,
                        "ty": f.ty,
                        "value": typed(service, &f.ty, v),
                    }))
                })
                .collect();
            json!({ "kind": "struct", "type": def.name, "fields": fields })
        }
        "enum" => {
            let variant = def
                .values
                .iter()
                .chain(&def.other)
                .find(|v| &v.value == value)
                .map(|v| &v.name);
            json!({ "kind": "enum", "type": def.name, "value": value, "variant": variant })
        }
        "union" => {
            let tag_field = def.tag.as_deref().unwrap_or_default();
            let content_field = def.content.as_deref().unwrap_or_default();
            let tag = value.get(tag_field).and_then(J::as_str).unwrap_or_default();
            let variant = def.variants.iter().find(|v| v.tag == tag);
            let content = value.get(content_field).unwrap_or(&J::Null);
            let content = match variant {
                Some(v) => named(service, &v.ty, content),
                None => json!({ "kind": "json", "value": content }),
            };
            json!({
                "kind": "union",
                "type": def.name,
                "tag": tag,
                "variant": variant.map(|v| &v.name),
                "content": content,
            })
        }
        _ => json!({ "kind": "json", "value": value }),
    }
}
