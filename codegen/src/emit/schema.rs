//! The compact schema of a service's types, beside the model: their shapes and limits as data,
//! which the other languages' hand-written runtimes (`templates/typescript/runtime.ts`,
//! `templates/python/_runtime.py`) interpret to validate and decode, so their validators agree
//! with the Rust ones by construction. `templates/README.md` documents the format.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::ir::{self, path, Constraints, Type, TypeKind};

/// The compact schema: per type, what a validator and a decoder need and nothing else.
///
/// - struct: `{"kind": "struct", "fields": [[wire, type, required, limits, unknown_as?]…],
///   where `required` is `true`, `false` or `"request"` (required in a request only),
///   "at_least_one_of": [[[path…], code]…], "mutually_exclusive": […], "required_when":
///   [[path, when_path, equals, condition, code]…], "forbidden_when": […]}`, where a path is
///   the list of wire names from the struct to the field (`["ConversationCoreInfo",
///   "ConversationType"]`) and a code the documented error code's text, or `null`
/// - enum: `{"kind": "enum", "repr": "i32", "values": [v…], "allowed": ["1 (Add)"…],
///   "open": bool}` (`open` for a number whose listed values are only special ones)
/// - union: `{"kind": "union", "tag": …, "content": …, "variants": {tag: type},
///   "allowed": ["\"TIMTextElem\" (Text)"…]}`
///
/// A type is `"i64"`, `"string"`, `["list", item]`, `["map", value]`, `["null", item]` or
/// `{"ref": name}`; limits use the spec's keys (`minimum`, `max_items`, `items`…) and are
/// left out when empty, and `code` among them is the text of the limits' error code.
pub fn schema(s: &ir::Service) -> Schema {
    let mut types = BTreeMap::new();
    for t in &s.types {
        let value = match &t.kind {
            TypeKind::Struct {
                fields,
                at_least_one_of,
                mutually_exclusive,
                required_when,
                forbidden_when,
            } => {
                let path = |p: &str| -> Value { path::segments(fields, p).into() };
                let conditionals = |rules: &[ir::RequiredWhen]| -> Vec<Value> {
                    rules
                        .iter()
                        .map(|r| {
                            serde_json::json!([
                                path(&r.field),
                                path(&r.when.field),
                                r.when.equals,
                                condition_words(&r.when),
                                code(r.code.as_ref()),
                            ])
                        })
                        .collect()
                };
                let groups = |groups: &[ir::Group]| -> Vec<Value> {
                    groups
                        .iter()
                        .map(|g| {
                            let paths: Vec<Value> = g.fields.iter().map(|f| path(f)).collect();
                            serde_json::json!([paths, code(g.code.as_ref())])
                        })
                        .collect()
                };
                serde_json::json!({
                    "kind": "struct",
                    "fields": fields.iter().map(|f| {
                        let mut entry = vec![
                            Value::from(f.name.wire.clone()),
                            schema_type(&f.ty),
                            required(f),
                            schema_limits(&f.constraints),
                        ];
                        if f.unknown_as.is_some() {
                            entry.push(Value::Bool(true));
                        }
                        Value::Array(entry)
                    }).collect::<Vec<_>>(),
                    "at_least_one_of": groups(at_least_one_of),
                    "mutually_exclusive": groups(mutually_exclusive),
                    "required_when": conditionals(required_when),
                    "forbidden_when": conditionals(forbidden_when),
                })
            }
            TypeKind::Enum {
                repr,
                values,
                other,
            } => serde_json::json!({
                "kind": "enum",
                "repr": repr.spec_name(),
                "values": values.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
                "allowed": values.iter().map(|v| format!("{} ({})", v.value, v.name)).collect::<Vec<_>>(),
                "open": other.is_some(),
            }),
            TypeKind::Union {
                tag,
                content,
                variants,
            } => serde_json::json!({
                "kind": "union",
                "tag": tag,
                "content": content,
                "variants": variants.iter().map(|v| (v.tag.clone(), Value::from(v.ty.clone()))).collect::<serde_json::Map<_, _>>(),
                "allowed": variants.iter().map(|v| format!("\"{}\" ({})", v.tag, v.name)).collect::<Vec<_>>(),
            }),
        };
        types.insert(t.name.clone(), value);
    }
    let envelope = serde_json::json!({
        "payload": s.envelope.payload_field.as_ref().map(|f| f.wire.clone()),
        "fields": s.envelope.fields.iter().map(|f| serde_json::json!([
            f.name.wire, schema_type(&f.ty), required(f), schema_limits(&f.constraints)
        ])).collect::<Vec<_>>(),
        "roles": s.envelope.roles,
    });
    Schema { types, envelope }
}

/// A field's presence: `true`, `false`, or `"request"` (a request must carry it, an answer may
/// leave it out: validators report it absent with the rule `required`).
fn required(f: &ir::Field) -> Value {
    if f.required_in_request {
        Value::from("request")
    } else {
        Value::Bool(f.required)
    }
}

fn schema_type(ty: &Type) -> Value {
    match ty {
        Type::Scalar { scalar } => Value::from(scalar.spec_name()),
        Type::List { item } => serde_json::json!(["list", schema_type(item)]),
        Type::Map { value } => serde_json::json!(["map", schema_type(value)]),
        Type::Nullable { item } => serde_json::json!(["null", schema_type(item)]),
        Type::Named { name } => serde_json::json!({ "ref": name }),
    }
}

/// An error code's text (`10005`, `TooManyMembers`), as runtimes report it, or null.
fn code(code: Option<&Value>) -> Value {
    match code {
        Some(Value::String(s)) => Value::String(s.clone()),
        Some(other) => Value::String(other.to_string()),
        None => Value::Null,
    }
}

fn schema_limits(c: &Constraints) -> Value {
    let mut out = serde_json::Map::new();
    if let Some(n) = &c.minimum {
        out.insert("minimum".into(), Value::Number(n.clone()));
    }
    if let Some(n) = &c.maximum {
        out.insert("maximum".into(), Value::Number(n.clone()));
    }
    if !c.also_allowed.is_empty() {
        out.insert(
            "also_allowed".into(),
            Value::Array(c.also_allowed.iter().cloned().map(Value::Number).collect()),
        );
    }
    if let Some(n) = c.min_length {
        out.insert("min_length".into(), n.into());
    }
    if let Some(n) = c.max_length {
        out.insert("max_length".into(), n.into());
    }
    if c.length_unit == Some(ir::LengthUnit::Bytes) {
        out.insert("length_unit".into(), "bytes".into());
    }
    if let Some(n) = c.min_items {
        out.insert("min_items".into(), n.into());
    }
    if let Some(n) = c.max_items {
        out.insert("max_items".into(), n.into());
    }
    if c.unique_items {
        out.insert("unique_items".into(), true.into());
    }
    if !c.values.is_empty() {
        out.insert(
            "values".into(),
            c.values.iter().map(|v| v.value.clone()).collect(),
        );
        out.insert(
            "allowed".into(),
            c.values
                .iter()
                .map(|v| Value::String(format!("{} ({})", v.value, v.name)))
                .collect(),
        );
    }
    if c.code.is_some() {
        out.insert("code".into(), code(c.code.as_ref()));
    }
    if let Some(items) = &c.items {
        let items = schema_limits(items);
        if items.as_object().is_some_and(|o| !o.is_empty()) {
            out.insert("items".into(), items);
        }
    }
    Value::Object(out)
}

/// The shapes and limits of a service's types, as data for runtimes.
#[derive(Debug, Clone, Serialize)]
pub struct Schema {
    /// By type name.
    pub types: BTreeMap<String, Value>,
    /// The response envelope: `{"payload": "Result" or null, "fields": [[wire, type,
    /// required, limits]…], "roles": {…}}`; with a `null` payload the result's fields sit
    /// beside these, and `roles` are the envelope's (which fields say how a call went).
    pub envelope: Value,
}

/// A condition as validators word it in their messages (the Rust runtime's wording).
pub fn condition_words(c: &ir::Condition) -> String {
    crate::emit::rust::docs::condition(c).replace('`', "")
}
