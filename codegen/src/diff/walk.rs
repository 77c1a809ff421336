//! Services, operations, errors, examples and named types.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::fields::{self, Ctx};
use super::{At, Effect, Kind, Sink};
use crate::ir::{self, Ir, Operation, Service, TypeDef, TypeKind};

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
    errors(sink, &at.join("errors"), &b.errors, &h.errors, h);
    for bo in &b.operations {
        let oat = At {
            operation: Some(bo.name.clone()),
            ..at.join(&bo.name)
        };
        match h.operations.iter().find(|o| o.name == bo.name) {
            Some(ho) => operation(sink, &oat, h, bo, ho),
            None => sink.push(
                &oat,
                Kind::OperationRemoved,
                Effect::ApiAndWire,
                format!("operation `{}` removed", bo.name),
            ),
        }
    }
    for ho in &h.operations {
        if !b.operations.iter().any(|o| o.name == ho.name) {
            let oat = At {
                operation: Some(ho.name.clone()),
                ..at.join(&ho.name)
            };
            sink.push_with(
                &oat,
                Kind::OperationAdded,
                Effect::Api,
                format!("operation `{}` added", ho.name),
                Some(format!(
                    "a new client method `{0}` and module; the server's `StrictService` trait gains a required method `{0}`, so its implementations no longer compile (cargo-semver-checks: trait_method_added); `Service` gains one with a default",
                    ho.snake
                )),
            );
        }
    }
    types(sink, &at, b, h, &renames);
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
    fields::fields(sink, &at, &ctx, &be.fields, &he.fields);
}

/// Error lists compared by code. `hs` tells whether a code is still anywhere in the service
/// (its `errors::E…` constant stays).
fn errors(sink: &mut Sink, at: &At, b: &[ir::ErrorDef], h: &[ir::ErrorDef], hs: &Service) {
    for be in b {
        let eat = at.join(&be.code_text());
        match h.iter().find(|e| e.code == be.code) {
            None => {
                let gone = hs.error_with_code(&be.code).is_none();
                let effect = if gone {
                    Effect::ApiAndWire
                } else {
                    Effect::Wire
                };
                sink.push_with(
                    &eat,
                    Kind::ErrorRemoved,
                    effect,
                    format!("error code `{}` removed", be.code_text()),
                    Some(if gone {
                        "its `errors` constant is gone, and clients that match on the code no longer see it documented".to_owned()
                    } else {
                        "clients that match on the code no longer see it documented here".to_owned()
                    }),
                );
            }
            Some(he) => {
                let wire = doc_diff(&[
                    ("code_n", json(&be.code_n), json(&he.code_n)),
                    ("http_status", json(&be.http_status), json(&he.http_status)),
                    ("role", json(&be.role), json(&he.role)),
                ]);
                if !wire.is_empty() {
                    sink.push(
                        &eat,
                        Kind::ErrorChanged,
                        Effect::Wire,
                        format!("error `{}` changed ({})", be.code_text(), wire.join(", ")),
                    );
                }
                doc_change(
                    sink,
                    &eat,
                    "error",
                    doc_diff(&[("description", json(&be.description), json(&he.description))]),
                );
            }
        }
    }
    for he in h {
        if !b.iter().any(|e| e.code == he.code) {
            sink.push(
                &at.join(&he.code_text()),
                Kind::ErrorAdded,
                Effect::Addition,
                format!("error code `{}` added", he.code_text()),
            );
        }
    }
}

/// Calls per minute.
fn per_minute(limit: &ir::RateLimit) -> u64 {
    let n = u64::from(limit.requests);
    match limit.per {
        ir::RatePeriod::Second => n * 60,
        ir::RatePeriod::Minute => n,
    }
}

fn rate(limit: &ir::RateLimit) -> String {
    let per = match limit.per {
        ir::RatePeriod::Second => "second",
        ir::RatePeriod::Minute => "minute",
    };
    format!("{} per {per}", limit.requests)
}

fn operation(sink: &mut Sink, at: &At, hs: &Service, b: &Operation, h: &Operation) {
    let http = doc_diff(&[
        ("method", json(&b.http.method), json(&h.http.method)),
        ("path", json(&b.http.path), json(&h.http.path)),
        ("route", json(&b.http.route), json(&h.http.route)),
    ]);
    if !http.is_empty() {
        sink.push(
            at,
            Kind::HttpBindingChanged,
            Effect::Wire,
            format!(
                "HTTP binding changed ({}): `{} {}` → `{} {}`",
                http.join(", "),
                json(&b.http.method).as_str().unwrap_or_default(),
                b.http.target(),
                json(&h.http.method).as_str().unwrap_or_default(),
                h.http.target()
            ),
        );
    }
    let idem = doc_diff(&[
        (
            "idempotent",
            json(&b.http.idempotent),
            json(&h.http.idempotent),
        ),
        (
            "idempotent_when",
            json(&b.http.idempotent_when.as_ref().map(|f| &f.wire)),
            json(&h.http.idempotent_when.as_ref().map(|f| &f.wire)),
        ),
    ]);
    if !idem.is_empty() {
        sink.push_with(
            at,
            Kind::IdempotencyChanged,
            Effect::Behaviour,
            format!("idempotency changed ({})", idem.join(", ")),
            Some("clients retry the call in other cases".to_owned()),
        );
    }
    rate_limits(sink, at, b, h);
    pagination(sink, at, b, h);
    if b.payload_on_error != h.payload_on_error {
        sink.push(
            &at.join("envelope"),
            Kind::PayloadOnErrorChanged,
            Effect::Behaviour,
            "what a refusal carries in the payload's place changed".to_owned(),
        );
    }
    errors(sink, &at.join("errors"), &b.errors, &h.errors, hs);
    server_rules(sink, at, b, h);
    examples(sink, &at.join("examples"), b, h);
    if let (Some(ba), Some(ha)) = (&b.applies_to, &h.applies_to) {
        let gone: Vec<&String> = ba
            .values
            .iter()
            .filter(|v| !ha.values.contains(v))
            .collect();
        if !gone.is_empty() {
            sink.push(
                at,
                Kind::LimitTightened,
                Effect::Wire,
                format!("applies to fewer {}: {gone:?} no longer", ba.what),
            );
        }
    }
    doc_change(
        sink,
        at,
        "operation",
        doc_diff(&[
            ("summary", json(&b.summary), json(&h.summary)),
            ("description", json(&b.description), json(&h.description)),
            ("gloss", json(&b.gloss), json(&h.gloss)),
            ("source", json(&b.source), json(&h.source)),
            ("also_from", json(&b.also_from), json(&h.also_from)),
            ("applies_to", json(&b.applies_to), json(&h.applies_to)),
            ("doc_notes", json(&b.doc_notes), json(&h.doc_notes)),
        ]),
    );
}

fn rate_limits(sink: &mut Sink, at: &At, b: &Operation, h: &Operation) {
    let rat = at.join("rate_limit");
    match (&b.rate_limit, &h.rate_limit) {
        (Some(bl), Some(hl)) => {
            let (bn, hn) = (per_minute(bl), per_minute(hl));
            if hn < bn {
                sink.push(
                    &rat,
                    Kind::RateLimitLowered,
                    Effect::Wire,
                    format!("rate limit lowered from {} to {}", rate(bl), rate(hl)),
                );
            } else if hn > bn {
                sink.push(
                    &rat,
                    Kind::RateLimitRaised,
                    Effect::Behaviour,
                    format!("rate limit raised from {} to {}", rate(bl), rate(hl)),
                );
            } else if json(bl) != json(hl) {
                doc_change(sink, &rat, "rate limit", vec!["scope".to_owned()]);
            }
        }
        (None, Some(hl)) => sink.push(
            &rat,
            Kind::RateLimitAdded,
            Effect::Wire,
            format!("rate limit of {} added", rate(hl)),
        ),
        (Some(bl), None) => sink.push(
            &rat,
            Kind::RateLimitRemoved,
            Effect::Behaviour,
            format!("rate limit of {} removed", rate(bl)),
        ),
        (None, None) => {}
    }
    for bc in &b.class_limits {
        let cat = at.join(&format!("class_limits/{}", bc.class));
        match h.class_limits.iter().find(|c| c.class == bc.class) {
            None => sink.push(
                &cat,
                Kind::ClassLimitRemoved,
                Effect::Behaviour,
                format!("limit on {} calls removed", bc.class),
            ),
            Some(hc) if json(bc) != json(hc) => {
                let lower = u64::from(hc.requests) * per_minute_factor(hc.per)
                    < u64::from(bc.requests) * per_minute_factor(bc.per);
                let same_when = json(&bc.when) == json(&hc.when);
                let effect = if lower || !same_when {
                    Effect::Wire
                } else {
                    Effect::Behaviour
                };
                sink.push(
                    &cat,
                    Kind::ClassLimitChanged,
                    effect,
                    format!(
                        "limit on {} calls changed from {} per {:?} to {} per {:?}{}",
                        bc.class,
                        bc.requests,
                        bc.per,
                        hc.requests,
                        hc.per,
                        if same_when {
                            ""
                        } else {
                            ", with another condition"
                        }
                    ),
                );
            }
            Some(_) => {}
        }
    }
    for hc in &h.class_limits {
        if !b.class_limits.iter().any(|c| c.class == hc.class) {
            sink.push(
                &at.join(&format!("class_limits/{}", hc.class)),
                Kind::ClassLimitAdded,
                Effect::Wire,
                format!(
                    "limit of {} per {:?} on {} calls added",
                    hc.requests, hc.per, hc.class
                ),
            );
        }
    }
}

fn per_minute_factor(per: ir::RatePeriod) -> u64 {
    match per {
        ir::RatePeriod::Second => 60,
        ir::RatePeriod::Minute => 1,
    }
}

fn pagination(sink: &mut Sink, at: &At, b: &Operation, h: &Operation) {
    let pat = at.join("pagination");
    match (b.pagination.is_empty(), h.pagination.is_empty()) {
        (true, false) => sink.push(
            &pat,
            Kind::PaginationAdded,
            Effect::Addition,
            format!("pagination added: a new client method `{}_pages`", h.snake),
        ),
        (false, true) => sink.push(
            &pat,
            Kind::PaginationRemoved,
            Effect::Api,
            format!(
                "pagination removed: the client method `{}_pages` is gone",
                b.snake
            ),
        ),
        _ if json(&b.pagination) != json(&h.pagination) => sink.push(
            &pat,
            Kind::PaginationChanged,
            Effect::Wire,
            "how the pages are walked changed".to_owned(),
        ),
        _ => {}
    }
}

fn server_rules(sink: &mut Sink, at: &At, b: &Operation, h: &Operation) {
    let key = |r: &ir::Rule| json(r);
    let bk: Vec<Value> = b.rules.iter().map(key).collect();
    let hk: Vec<Value> = h.rules.iter().map(key).collect();
    for (r, k) in h.rules.iter().zip(&hk) {
        if !bk.contains(k) {
            sink.push(
                &at.join("rules"),
                Kind::RuleAdded,
                Effect::Wire,
                format!("server rule added: {}", r.description),
            );
        }
    }
    for (r, k) in b.rules.iter().zip(&bk) {
        if !hk.contains(k) {
            sink.push(
                &at.join("rules"),
                Kind::RuleRemoved,
                Effect::Behaviour,
                format!("server rule removed: {}", r.description),
            );
        }
    }
}

fn examples(sink: &mut Sink, at: &At, b: &Operation, h: &Operation) {
    for be in &b.examples {
        match h.examples.iter().find(|e| e.name == be.name) {
            None => sink.push(
                &at.join(&be.name),
                Kind::ExampleRemoved,
                Effect::Doc,
                format!("example `{}` removed", be.name),
            ),
            Some(he) if json(be) != json(he) => sink.push(
                &at.join(&be.name),
                Kind::ExampleChanged,
                Effect::Doc,
                format!("example `{}` changed", be.name),
            ),
            Some(_) => {}
        }
    }
    for he in &h.examples {
        if !b.examples.iter().any(|e| e.name == he.name) {
            sink.push(
                &at.join(&he.name),
                Kind::ExampleAdded,
                Effect::Doc,
                format!("example `{}` added", he.name),
            );
        }
    }
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

fn types(sink: &mut Sink, at: &At, b: &Service, h: &Service, renames: &Renames) {
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
                type_def(sink, &tat, bt, ht, renames);
            }
            None if of_lone_operation(bt, b, h) => {}
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
            fields::fields(sink, at, &ctx, bf, hf);
            fields::rules(sink, at, &ctx, "at_least_one_of", &json(ba), &json(ha));
            fields::rules(sink, at, &ctx, "mutually_exclusive", &json(bm), &json(hm));
            fields::rules(sink, at, &ctx, "required_when", &json(br), &json(hr));
            fields::rules(sink, at, &ctx, "forbidden_when", &json(bfw), &json(hfw));
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
