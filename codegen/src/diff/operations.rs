//! Operations: HTTP binding, rate limits, pagination, errors, server rules, examples.

use serde_json::Value;

use super::shared::{doc_change, doc_diff, json};
use super::{At, Effect, Kind, Sink};
use crate::ir::{self, Operation, Service};

/// Error lists compared by code. `hs` tells whether a code is still anywhere in the service
/// (its `errors::E…` constant stays).
pub(crate) fn errors(
    sink: &mut Sink,
    at: &At,
    b: &[ir::ErrorDef],
    h: &[ir::ErrorDef],
    hs: &Service,
) {
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
                    ("role", json(&be.roles), json(&he.roles)),
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

pub(crate) fn operation(sink: &mut Sink, at: &At, hs: &Service, b: &Operation, h: &Operation) {
    let http = doc_diff(&[
        ("method", json(&b.http.method), json(&h.http.method)),
        ("path", json(&b.http.path), json(&h.http.path)),
        ("route", json(&b.http.route), json(&h.http.route)),
        ("body", json(&b.http.body), json(&h.http.body)),
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
        let gone: Vec<&str> = ba
            .values
            .iter()
            .map(|v| v.value())
            .filter(|v| !ha.values.iter().any(|h| h.value() == *v))
            .collect();
        if !gone.is_empty() {
            sink.push(
                at,
                Kind::LimitTightened,
                Effect::Wire,
                format!("applies to fewer {}: {gone:?} no longer", ba.what),
            );
        }
        // A kind it now reaches only in part, or less far than before.
        let narrowed: Vec<&str> = ba
            .values
            .iter()
            .filter_map(|bv| {
                let hv = ha.values.iter().find(|h| h.value() == bv.value())?;
                let tighter = match (bv.limit(), hv.limit()) {
                    (None, Some(_)) => true,
                    (Some(b), Some(h)) => h.max < b.max,
                    _ => false,
                };
                tighter.then_some(bv.value())
            })
            .collect();
        if !narrowed.is_empty() {
            sink.push(
                at,
                Kind::LimitTightened,
                Effect::Wire,
                format!("reaches less of {} {narrowed:?}", ba.what),
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
