//! The values written in a spec, checked against their types: field examples and defaults, and
//! every request and response example of the operations (`conform`).

use std::collections::HashMap;

use serde_json::{Number, Value};

use super::{Loc, ServiceChecker};
use crate::diag::Diagnostic;
use crate::ir::{self, Scalar, Type};
use crate::naming;

impl<'a> ServiceChecker<'a> {
    /// Checks every value written in the spec against its type: enum values are checked when
    /// the enum is built; here field examples, defaults and the operations' examples.
    pub(super) fn check_values(&mut self, service: &ir::Service) {
        let files: HashMap<&str, Loc<'a>> = std::iter::once(Loc::of(&self.loaded.service))
            .chain(self.loaded.operations.iter().map(Loc::of))
            .chain(self.loaded.types.iter().map(Loc::of))
            .map(|l| (l.file, l))
            .collect();
        let mut problems = Vec::new();
        let service_loc = files[self.loaded.service.file.as_str()];
        let check_fields =
            |loc: Loc<'a>, base: &str, fields: &[ir::Field], problems: &mut Vec<Diagnostic>| {
                for (i, f) in fields.iter().enumerate() {
                    for (key, value) in [("example", &f.example), ("default", &f.default)] {
                        if let Some(value) = value {
                            let mut found = Vec::new();
                            conform(service, false, value, &f.ty, String::new(), &mut found);
                            for (sub, message) in found {
                                let at = if sub.is_empty() {
                                    String::new()
                                } else {
                                    format!(" at `{sub}`")
                                };
                                problems.push(loc.diag(
                                    &format!("{base}[{i}].{key}"),
                                    format!("{key}{at}: {message}"),
                                ));
                            }
                        }
                    }
                }
            };
        check_fields(
            service_loc,
            "envelope.fields",
            &service.envelope.fields,
            &mut problems,
        );
        for t in &service.types {
            if let ir::TypeKind::Struct { fields, .. } = &t.kind {
                let loc = files[t.spec_file.as_str()];
                check_fields(
                    loc,
                    &crate::spec::path::child(&t.spec_path, "fields"),
                    fields,
                    &mut problems,
                );
            }
        }
        for op in &service.operations {
            let loc = files[op.spec_file.as_str()];
            for (i, e) in op.examples.iter().enumerate() {
                let mut found = Vec::new();
                if let Some(request) = &e.request {
                    conform(
                        service,
                        true,
                        request,
                        &named(&op.request),
                        String::new(),
                        &mut found,
                    );
                    for (sub, message) in found.drain(..) {
                        problems.push(loc.diag(
                            &format!("examples[{i}].request"),
                            format!("request example `{}`{}: {message}", e.name, at(&sub)),
                        ));
                    }
                }
                if let Some(response) = &e.response {
                    conform_response(service, response, &op.response, &mut found);
                    for (sub, message) in found.drain(..) {
                        problems.push(loc.diag(
                            &format!("examples[{i}].response"),
                            format!("response example `{}`{}: {message}", e.name, at(&sub)),
                        ));
                    }
                }
            }
        }
        self.diags.extend(problems);
    }
}

fn at(sub: &str) -> String {
    if sub.is_empty() {
        String::new()
    } else {
        format!(" at `{sub}`")
    }
}

fn named(name: &str) -> Type {
    Type::Named {
        name: name.to_owned(),
    }
}

/// Checks a whole response body (envelope included) against the envelope and payload types.
fn conform_response(
    service: &ir::Service,
    value: &Value,
    payload: &str,
    out: &mut Vec<(String, String)>,
) {
    let Some(object) = value.as_object() else {
        out.push((
            String::new(),
            format!("expected an object, found {}", kind_of(value)),
        ));
        return;
    };
    let envelope = &service.envelope;
    let payload_fields: &[ir::Field] = match service.type_named(payload).map(|t| &t.kind) {
        Some(ir::TypeKind::Struct { fields, .. }) => fields,
        _ => &[],
    };
    match &envelope.payload_field {
        Some(pf) => {
            conform_fields(
                service,
                false,
                object,
                &envelope.fields,
                Some(&pf.wire),
                String::new(),
                out,
            );
            if let Some(inner) = object.get(&pf.wire) {
                conform(service, false, inner, &named(payload), pf.wire.clone(), out);
            }
        }
        None => {
            let all: Vec<ir::Field> = envelope
                .fields
                .iter()
                .chain(payload_fields)
                .cloned()
                .collect();
            conform_fields(service, false, object, &all, None, String::new(), out);
        }
    }
}

fn conform_fields(
    service: &ir::Service,
    sent: bool,
    object: &serde_json::Map<String, Value>,
    fields: &[ir::Field],
    extra: Option<&str>,
    path: String,
    out: &mut Vec<(String, String)>,
) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    };
    for (key, _) in object {
        if !fields.iter().any(|f| &f.name.wire == key) && Some(key.as_str()) != extra {
            let mut message = format!("unknown field `{key}`");
            if let Some(near) = naming::suggest(key, fields.iter().map(|f| f.name.wire.as_str())) {
                message.push_str(&format!(" (did you mean `{near}`?)"));
            }
            out.push((path.clone(), message));
        }
    }
    for f in fields {
        match object.get(&f.name.wire) {
            None if f.required => out.push((
                path.clone(),
                format!("missing required field `{}`", f.name.wire),
            )),
            None if sent && f.required_in_request => out.push((
                path.clone(),
                format!(
                    "missing field `{}`, which a request must carry (`required: request`)",
                    f.name.wire
                ),
            )),
            None => {}
            Some(Value::Null) => out.push((
                join(&f.name.wire),
                "null is not a value of any spec type; leave the field out instead".into(),
            )),
            Some(v) => conform(service, sent, v, &f.ty, join(&f.name.wire), out),
        }
    }
}

/// Checks a JSON value against a type; problems are pushed with their path inside the value.
/// `sent`: the value is (part of) a request, so a `required: request` field must be there too.
pub fn conform(
    service: &ir::Service,
    sent: bool,
    value: &Value,
    ty: &Type,
    path: String,
    out: &mut Vec<(String, String)>,
) {
    match ty {
        Type::Scalar { scalar } => {
            if let Err(message) = scalar_fits(value, *scalar) {
                out.push((path, message));
            }
        }
        Type::List { item } => match value.as_array() {
            Some(items) => {
                for (i, v) in items.iter().enumerate() {
                    conform(service, sent, v, item, format!("{path}[{i}]"), out);
                }
            }
            None => out.push((path, format!("expected a list, found {}", kind_of(value)))),
        },
        Type::Map { value: value_ty } => match value.as_object() {
            Some(map) => {
                for (k, v) in map {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    conform(service, sent, v, value_ty, p, out);
                }
            }
            None => out.push((path, format!("expected a map, found {}", kind_of(value)))),
        },
        Type::Named { name } => match service.type_named(name).map(|t| &t.kind) {
            Some(ir::TypeKind::Struct { fields, .. }) => match value.as_object() {
                Some(object) => conform_fields(service, sent, object, fields, None, path, out),
                None => out.push((
                    path,
                    format!("expected a `{name}` object, found {}", kind_of(value)),
                )),
            },
            Some(ir::TypeKind::Enum {
                repr,
                values,
                other,
            }) => {
                if let Err(message) = scalar_fits(value, *repr) {
                    out.push((path, message));
                } else if other.is_none() && !values.iter().any(|v| &v.value == value) {
                    let listed: Vec<String> = values.iter().map(|v| v.value.to_string()).collect();
                    out.push((
                        path,
                        format!("{value} is not a value of `{name}` ({})", listed.join(", ")),
                    ));
                }
            }
            Some(ir::TypeKind::Union {
                tag,
                content,
                variants,
            }) => {
                let Some(object) = value.as_object() else {
                    out.push((
                        path,
                        format!("expected a `{name}` object, found {}", kind_of(value)),
                    ));
                    return;
                };
                let join = |key: &str| {
                    if path.is_empty() {
                        key.to_owned()
                    } else {
                        format!("{path}.{key}")
                    }
                };
                match object.get(tag).and_then(Value::as_str) {
                    None => out.push((path.clone(), format!("missing the tag `{tag}`"))),
                    Some(t) => match variants.iter().find(|v| v.tag == t) {
                        None => {
                            let listed: Vec<&str> =
                                variants.iter().map(|v| v.tag.as_str()).collect();
                            out.push((
                                join(tag),
                                format!(
                                    "`{t}` is not a variant of `{name}` ({})",
                                    listed.join(", ")
                                ),
                            ));
                        }
                        Some(v) => match object.get(content) {
                            None => out.push((path.clone(), format!("missing `{content}`"))),
                            Some(c) => conform(
                                service,
                                sent,
                                c,
                                &Type::Named { name: v.ty.clone() },
                                join(content),
                                out,
                            ),
                        },
                    },
                }
                for key in object.keys() {
                    if key != tag && key != content {
                        out.push((path.clone(), format!("unknown field `{key}`")));
                    }
                }
            }
            None => out.push((path, format!("unknown type `{name}`"))),
        },
        Type::Nullable { item } => {
            if !value.is_null() {
                conform(service, sent, value, item, path, out);
            }
        }
    }
}

/// Whether a JSON value is a value of a scalar type (for conditions and `unknown_as`).
pub(super) fn scalar_value_fits(value: &Value, scalar: Scalar) -> bool {
    scalar_fits(value, scalar).is_ok()
}

fn scalar_fits(value: &Value, scalar: Scalar) -> Result<(), String> {
    let ok = match scalar {
        Scalar::Bool => value.is_boolean(),
        Scalar::String => value.is_string(),
        Scalar::F64 => value.is_number(),
        _ => {
            if let Some(n) = value.as_number() {
                if integer_fits(n, scalar) {
                    return Ok(());
                }
                return Err(format!("{n} is not a {}", scalar.spec_name()));
            }
            false
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "expected {}, found {}",
            scalar.spec_name(),
            kind_of(value)
        ))
    }
}

fn kind_of(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() <= 24 => format!("the string {value}"),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

pub(super) fn integer_fits(n: &Number, scalar: Scalar) -> bool {
    let Some((lo, hi)) = scalar.integer_range() else {
        return false;
    };
    let value = n
        .as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from));
    value.is_some_and(|v| v >= lo && v <= hi)
}
