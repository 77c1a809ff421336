//! Services, operations, errors, examples and named types.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::fields::{self, Ctx};
use super::operations;
use super::shared::{doc_change, doc_diff, json, Renames};
use super::{At, Effect, Kind, Sink};
use crate::ir::{Ir, Service, TypeDef, TypeKind};

pub(crate) fn services(sink: &mut Sink, base: &Ir, head: &Ir) {
    for b in &base.services {
        match head.services.iter().find(|h| h.name == b.name) {
            Some(h) => service(sink, b, h),
            None => sink.push(
                &At::service(&b.name),
                Kind::ServiceRemoved,
                Effect::ApiAndWire,
                format!(
                    "service `{}` removed: its module `{}` and Cargo feature are gone",
                    b.name, b.module
                ),
            ),
        }
    }
    for h in &head.services {
        if !base.services.iter().any(|b| b.name == h.name) {
            sink.push(
                &At::service(&h.name),
                Kind::ServiceAdded,
                Effect::Addition,
                format!(
                    "service `{}` added: module `{}` behind the Cargo feature `{}`",
                    h.name, h.module, h.name
                ),
            );
        }
    }
}

fn service(sink: &mut Sink, b: &Service, h: &Service) {
    let at = At::service(&h.name);
    let binding = doc_diff(&[
        ("protocol", json(&b.protocol), json(&h.protocol)),
        ("api_version", json(&b.api_version), json(&h.api_version)),
        ("signing", json(&b.signing), json(&h.signing)),
        ("app_field", json(&b.app_field), json(&h.app_field)),
    ]);
    if !binding.is_empty() {
        sink.push(
            &at,
            Kind::ServiceBindingChanged,
            Effect::Wire,
            format!(
                "how calls reach the service changed ({})",
                binding.join(", ")
            ),
        );
    }
    if b.module != h.module {
        sink.push(
            &at,
            Kind::ServiceBindingChanged,
            Effect::Api,
            format!("module renamed from `{}` to `{}`", b.module, h.module),
        );
    }
    doc_change(
        sink,
        &at,
        "service",
        doc_diff(&[
            ("title", json(&b.title), json(&h.title)),
            ("description", json(&b.description), json(&h.description)),
            ("gloss", json(&b.gloss), json(&h.gloss)),
            ("sources", json(&b.sources), json(&h.sources)),
            ("doc_notes", json(&b.doc_notes), json(&h.doc_notes)),
        ]),
    );
    endpoints(sink, &at, b, h);
    envelope(sink, &at, b, h);
    let renames = type_renames(b, h);
    operations::errors(sink, &at.join("errors"), &b.errors, &h.errors, h);
    let with_removed = types_of_new_operations(h, b);
    for bo in &b.operations {
        let oat = At {
            operation: Some(bo.name.clone()),
            ..at.join(&bo.name)
        };
        match h.operations.iter().find(|o| o.name == bo.name) {
            Some(ho) => operations::operation(sink, &oat, h, bo, ho),
            None => sink.push(
                &oat,
                Kind::OperationRemoved,
                Effect::ApiAndWire,
                with_types(
                    format!("operation `{}` removed", bo.name),
                    &bo.name,
                    &with_removed,
                ),
            ),
        }
    }
    let with_new = types_of_new_operations(b, h);
    for ho in &h.operations {
        if !b.operations.iter().any(|o| o.name == ho.name) {
            let oat = At {
                operation: Some(ho.name.clone()),
                ..at.join(&ho.name)
            };
            let message = with_types(
                format!("operation `{}` added", ho.name),
                &ho.name,
                &with_new,
            );
            sink.push_with(
                &oat,
                Kind::OperationAdded,
                Effect::Api,
                message,
                Some(format!(
                    "a new client method `{0}` and module; the server's `StrictService` trait gains a required method `{0}`, so its implementations no longer compile (cargo-semver-checks: trait_method_added); `Service` gains one with a default",
                    ho.snake
                )),
            );
        }
    }
    types(sink, &at, b, h, &renames, &with_new, &with_removed);
}

/// `message`, naming the types that come or go with the operation `op`.
fn with_types(message: String, op: &str, types: &BTreeMap<String, String>) -> String {
    let own: Vec<String> = types
        .iter()
        .filter(|(_, o)| o.as_str() == op)
        .map(|(t, _)| format!("`{t}`"))
        .collect();
    if own.is_empty() {
        message
    } else {
        format!("{message}, with the types {}", own.join(", "))
    }
}

/// The types of `h` that `b` lacks (not the requests and responses) and that only operations
/// `b` lacks use, each with the first of them: the types of new operations (or, the sides
/// swapped, of removed ones), reported with the operation, not one by one.
fn types_of_new_operations(b: &Service, h: &Service) -> BTreeMap<String, String> {
    let users = crate::ir::reach::users(h);
    let envelope = crate::ir::reach::reached_by_envelope(h);
    let is_new = |i: &usize| {
        h.operations
            .get(*i)
            .is_some_and(|o| !b.operations.iter().any(|p| p.name == o.name))
    };
    h.types
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            b.type_named(&t.name).is_none()
                && !of_lone_operation(t, h, b)
                && !envelope.get(*i).copied().unwrap_or(false)
                && users
                    .get(*i)
                    .is_some_and(|u| !u.is_empty() && u.iter().all(is_new))
        })
        .filter_map(|(i, t)| {
            let first = users.get(i)?.first()?;
            Some((t.name.clone(), h.operations.get(*first)?.name.clone()))
        })
        .collect()
}

fn endpoints(sink: &mut Sink, at: &At, b: &Service, h: &Service) {
    for be in &b.endpoints {
        let eat = at.join(&format!("endpoints/{}", be.region));
        match h.endpoints.iter().find(|e| e.region == be.region) {
            None => sink.push(
                &eat,
                Kind::EndpointRemoved,
                Effect::Wire,
                format!(
                    "region `{}` removed: `.region(\"{}\")` now fails",
                    be.region, be.region
                ),
            ),
            Some(he) => {
                let wire = doc_diff(&[
                    ("host", json(&be.host), json(&he.host)),
                    ("backup_host", json(&be.backup_host), json(&he.backup_host)),
                    (
                        "signing_region",
                        json(&be.signing_region),
                        json(&he.signing_region),
                    ),
                    ("default", json(&be.default), json(&he.default)),
                ]);
                if !wire.is_empty() {
                    sink.push(
                        &eat,
                        Kind::EndpointChanged,
                        Effect::Wire,
                        format!("region `{}` changed ({})", be.region, wire.join(", ")),
                    );
                }
                doc_change(
                    sink,
                    &eat,
                    "endpoint",
                    doc_diff(&[("description", json(&be.description), json(&he.description))]),
                );
            }
        }
    }
    for he in &h.endpoints {
        if !b.endpoints.iter().any(|e| e.region == he.region) {
            sink.push(
                &at.join(&format!("endpoints/{}", he.region)),
                Kind::EndpointAdded,
                Effect::Addition,
                format!("region `{}` added ({})", he.region, he.host),
            );
        }
    }
}

fn envelope(sink: &mut Sink, at: &At, b: &Service, h: &Service) {
    let at = at.join("envelope");
    let (be, he) = (&b.envelope, &h.envelope);
    let wire = doc_diff(&[
        ("style", json(&be.style), json(&he.style)),
        (
            "payload_field",
            json(&be.payload_field.as_ref().map(|f| &f.wire)),
            json(&he.payload_field.as_ref().map(|f| &f.wire)),
        ),
        ("roles", json(&be.roles), json(&he.roles)),
    ]);
    if !wire.is_empty() {
        sink.push(
            &at,
            Kind::EnvelopeChanged,
            Effect::ApiAndWire,
            format!("the response envelope changed ({})", wire.join(", ")),
        );
    }
    doc_change(
        sink,
        &at,
        "envelope",
        doc_diff(&[("description", json(&be.description), json(&he.description))]),
    );
    let ctx = Ctx {
        renames: &Renames::new(),
        in_request: false,
        in_response: true,
        head_in_request: false,
        type_name: "Envelope",
    };
    let _ = fields::fields(sink, &at, &ctx, &be.fields, &he.fields);
}

/// Where a named type is reported: under its operation for a request or response.
fn type_at(at: &At, service: &Service, name: &str) -> At {
    for o in &service.operations {
        for (side, t) in [("request", &o.request), ("response", &o.response)] {
            if t == name {
                return At {
                    operation: Some(o.name.clone()),
                    type_name: Some(name.to_owned()),
                    ..at.join(&format!("{}/{side}", o.name))
                };
            }
        }
    }
    At {
        type_name: Some(name.to_owned()),
        ..at.join(&format!("types/{name}"))
    }
}

/// Whether a type comes and goes with an operation that only one side has.
fn of_lone_operation(t: &TypeDef, this: &Service, other: &Service) -> bool {
    this.operations
        .iter()
        .filter(|o| !other.operations.iter().any(|p| p.name == o.name))
        .any(|o| {
            t.name == o.request || t.name == o.response || t.operation.as_deref() == Some(&o.name)
        })
}

/// A type's shape without its prose, to recognise a renamed type.
fn shape(t: &TypeDef) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for key in ["description", "gloss", "example", "from", "doc_type"] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = json(&t.kind);
    strip(&mut v);
    v
}

/// Types that one side has and the other has with the same shape under another name.
fn type_renames(b: &Service, h: &Service) -> Renames {
    let gone: Vec<&TypeDef> = b
        .types
        .iter()
        .filter(|t| h.type_named(&t.name).is_none() && !of_lone_operation(t, b, h))
        .collect();
    let new: Vec<&TypeDef> = h
        .types
        .iter()
        .filter(|t| b.type_named(&t.name).is_none() && !of_lone_operation(t, h, b))
        .collect();
    let mut renames = Renames::new();
    let mut taken = BTreeSet::new();
    for g in gone {
        let key = shape(g);
        let matches: Vec<&&TypeDef> = new.iter().filter(|n| shape(n) == key).collect();
        if let [only] = matches.as_slice() {
            if taken.insert(only.name.clone()) {
                renames.insert(g.name.clone(), only.name.clone());
            }
        }
    }
    renames
}

fn types(
    sink: &mut Sink,
    at: &At,
    b: &Service,
    h: &Service,
    renames: &Renames,
    with_new: &BTreeMap<String, String>,
    with_removed: &BTreeMap<String, String>,
) {
    for bt in &b.types {
        let head_name = renames.get(&bt.name).unwrap_or(&bt.name);
        match h.type_named(head_name) {
            Some(ht) => {
                let tat = type_at(at, h, &ht.name);
                if head_name != &bt.name {
                    sink.push(
                        &tat,
                        Kind::TypeRenamed,
                        Effect::Api,
                        format!("type `{}` renamed to `{}`", bt.name, ht.name),
                    );
                }
                moved(sink, &tat, b, h, bt, ht);
                type_def(sink, &tat, bt, ht, renames);
            }
            None if of_lone_operation(bt, b, h) || with_removed.contains_key(&bt.name) => {}
            None => sink.push(
                &type_at(at, b, &bt.name),
                Kind::TypeRemoved,
                Effect::Api,
                format!("type `{}` removed", bt.name),
            ),
        }
    }
    let renamed: BTreeSet<&String> = renames.values().collect();
    for ht in &h.types {
        if b.type_named(&ht.name).is_none()
            && !renamed.contains(&ht.name)
            && !of_lone_operation(ht, h, b)
            && !with_new.contains_key(&ht.name)
        {
            sink.push(
                &type_at(at, h, &ht.name),
                Kind::TypeAdded,
                Effect::Addition,
                format!("type `{}` added", ht.name),
            );
        }
    }
}

/// A type an operation's module held that it no longer holds: generated with the operation
/// (`svc::op::Type`, re-exported as `svc::Type`) while only that operation uses it, with the
/// shared types (`svc::Type` only) once others do. The re-export stays, the module path goes.
fn moved(sink: &mut Sink, at: &At, bs: &Service, hs: &Service, b: &TypeDef, h: &TypeDef) {
    let Some(op) = &b.operation else {
        return;
    };
    if h.operation.as_ref() == Some(op) {
        return;
    }
    let snake = bs
        .operations
        .iter()
        .find(|o| &o.name == op)
        .map_or_else(String::new, |o| o.snake.clone());
    sink.push_with(
        at,
        Kind::TypeMoved,
        Effect::Api,
        format!("type `{}` is no longer generated with `{op}`", b.name),
        Some(format!(
            "the path `{}::{snake}::{}` is gone; `{}::{}` still names it",
            bs.module, b.name, hs.module, h.name
        )),
    );
}

fn kind_name(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Struct { .. } => "object",
        TypeKind::Enum { .. } => "enum",
        TypeKind::Union { .. } => "union",
    }
}

fn type_def(sink: &mut Sink, at: &At, b: &TypeDef, h: &TypeDef, renames: &Renames) {
    doc_change(
        sink,
        at,
        "type",
        doc_diff(&[
            ("description", json(&b.description), json(&h.description)),
            ("gloss", json(&b.gloss), json(&h.gloss)),
        ]),
    );
    let ctx = Ctx {
        renames,
        in_request: b.in_request,
        in_response: b.in_response,
        head_in_request: h.in_request,
        type_name: &h.name,
    };
    match (&b.kind, &h.kind) {
        (
            TypeKind::Struct {
                fields: bf,
                at_least_one_of: ba,
                mutually_exclusive: bm,
                required_when: br,
                forbidden_when: bfw,
            },
            TypeKind::Struct {
                fields: hf,
                at_least_one_of: ha,
                mutually_exclusive: hm,
                required_when: hr,
                forbidden_when: hfw,
            },
        ) => {
            if b.in_request != h.in_request {
                if h.in_request {
                    sink.push(
                        at,
                        Kind::ConstructorsAdded,
                        Effect::Addition,
                        format!(
                            "`{}` is now sent: it gains `new(…)` and `with_…` methods",
                            h.name
                        ),
                    );
                } else {
                    sink.push(
                        at,
                        Kind::ConstructorsRemoved,
                        Effect::Api,
                        format!(
                            "`{}` is no longer sent: its `new(…)` and `with_…` methods are gone",
                            h.name
                        ),
                    );
                }
            }
            let renamed = fields::fields(sink, at, &ctx, bf, hf);
            for (name, b, h) in [
                ("at_least_one_of", json(ba), json(ha)),
                ("mutually_exclusive", json(bm), json(hm)),
                ("required_when", json(br), json(hr)),
                ("forbidden_when", json(bfw), json(hfw)),
            ] {
                fields::rules(sink, at, &ctx, name, &renamed, &b, &h);
            }
        }
        (
            TypeKind::Enum {
                repr: brepr,
                values: bv,
                other: bo,
            },
            TypeKind::Enum {
                repr: hrepr,
                values: hv,
                other: ho,
            },
        ) => {
            if brepr != hrepr {
                sink.push(
                    at,
                    Kind::EnumReprChanged,
                    Effect::ApiAndWire,
                    format!(
                        "enum `{}` changed from {} to {} values",
                        h.name,
                        brepr.spec_name(),
                        hrepr.spec_name()
                    ),
                );
            }
            super::fields::enum_values(sink, at, &ctx, bv, hv, bo.as_ref(), ho.as_ref());
        }
        (
            TypeKind::Union {
                tag: bt,
                content: bc,
                variants: bv,
            },
            TypeKind::Union {
                tag: ht,
                content: hc,
                variants: hv,
            },
        ) => {
            if bt != ht || bc != hc {
                sink.push(
                    at,
                    Kind::UnionTagChanged,
                    Effect::Wire,
                    format!(
                        "union `{}` is now tagged `{ht}` with content `{hc}` (was `{bt}`, `{bc}`)",
                        h.name
                    ),
                );
            }
            super::fields::union_variants(sink, at, &ctx, bv, hv);
        }
        (bk, hk) => sink.push(
            at,
            Kind::TypeKindChanged,
            Effect::ApiAndWire,
            format!(
                "type `{}` changed from an {} to an {}",
                h.name,
                kind_name(bk),
                kind_name(hk)
            ),
        ),
    }
}
