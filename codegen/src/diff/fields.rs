//! Fields of objects, rules across them, enum values and union variants.

use serde_json::Value;

use super::limits;
use super::shared::{doc_change, doc_diff, json, Renames};
use super::{At, Effect, Kind, Sink};
use crate::ir::{self, Field, Type};

/// What is known of the type being compared.
pub(crate) struct Ctx<'a> {
    /// Type renames, base → head.
    pub renames: &'a Renames,
    /// Whether the base's requests reach the type: old clients send it, servers validate it.
    pub in_request: bool,
    /// Whether the base's answers reach it: old clients decode it.
    pub in_response: bool,
    /// Whether the head's requests reach it: it has `new(…)` and `with_…` methods.
    pub head_in_request: bool,
    /// The type's (head) name.
    pub type_name: &'a str,
}

/// Whether two field types are the same once the renamed types are renamed.
pub(crate) fn same_type(b: &Type, h: &Type, renames: &Renames) -> bool {
    match (b, h) {
        (Type::Named { name: bn }, Type::Named { name: hn }) => renames.get(bn).unwrap_or(bn) == hn,
        (Type::List { item: bi }, Type::List { item: hi })
        | (Type::Nullable { item: bi }, Type::Nullable { item: hi }) => same_type(bi, hi, renames),
        (Type::Map { value: bv }, Type::Map { value: hv }) => same_type(bv, hv, renames),
        _ => b == h,
    }
}

/// A type as the Rust emitter spells it (`Vec<i64>`, `BTreeMap<String, String>`).
pub(crate) fn rust_ty(ty: &Type) -> String {
    match ty {
        Type::Scalar {
            scalar: ir::Scalar::String,
        } => "String".to_owned(),
        Type::Scalar { scalar } => scalar.spec_name().to_owned(),
        Type::List { item } => format!("Vec<{}>", rust_ty(item)),
        Type::Map { value } => format!("BTreeMap<String, {}>", rust_ty(value)),
        Type::Named { name } => name.clone(),
        Type::Nullable { item } => format!("Option<{}>", rust_ty(item)),
    }
}

/// A field's type in its struct: `Option<…>` unless required.
fn rust_type(f: &Field) -> String {
    let t = rust_ty(&f.ty);
    if f.required {
        t
    } else {
        format!("Option<{t}>")
    }
}

fn field_at(at: &At, wire: &str) -> At {
    At {
        field: Some(wire.to_owned()),
        ..at.join(wire)
    }
}

/// Field renames, old wire name → new.
pub(crate) type FieldRenames = Vec<(String, String)>;

/// The fields of an object, by wire name; returns the fields renamed.
pub(crate) fn fields(
    sink: &mut Sink,
    at: &At,
    ctx: &Ctx<'_>,
    b: &[Field],
    h: &[Field],
) -> FieldRenames {
    let mut removed: Vec<&Field> = b
        .iter()
        .filter(|f| !h.iter().any(|g| g.name.wire == f.name.wire))
        .collect();
    let mut added: Vec<&Field> = h
        .iter()
        .filter(|f| !b.iter().any(|g| g.name.wire == f.name.wire))
        .collect();
    // A field gone and a field new of the same type and requiredness, and the only such pair:
    // a rename.
    let mut renamed = Vec::new();
    for r in removed.clone() {
        let like = |a: &&Field| {
            same_type(&r.ty, &a.ty, ctx.renames)
                && r.required == a.required
                && r.required_in_request == a.required_in_request
        };
        let candidates: Vec<&Field> = added.iter().copied().filter(like).collect();
        let rivals = removed
            .iter()
            .filter(|o| {
                candidates.first().is_some_and(|a| {
                    same_type(&o.ty, &a.ty, ctx.renames)
                        && o.required == a.required
                        && o.required_in_request == a.required_in_request
                })
            })
            .count();
        if let ([a], 1) = (candidates.as_slice(), rivals) {
            renamed.push((r, *a));
            added.retain(|x| x.name.wire != a.name.wire);
            removed.retain(|x| x.name.wire != r.name.wire);
        }
    }
    let renames: FieldRenames = renamed
        .iter()
        .map(|(r, a)| (r.name.wire.clone(), a.name.wire.clone()))
        .collect();
    for (r, a) in renamed {
        let rust_same = r.name.rust == a.name.rust;
        let fat = field_at(at, &a.name.wire);
        if rust_same {
            sink.push(
                &fat,
                Kind::FieldWireNameChanged,
                Effect::Wire,
                format!(
                    "field `{}` renamed to `{}` on the wire (the Rust field stays `{}`)",
                    r.name.wire, a.name.wire, a.name.rust
                ),
            );
        } else {
            sink.push(
                &fat,
                Kind::FieldRenamed,
                Effect::ApiAndWire,
                format!(
                    "field `{}` renamed to `{}` (Rust `{}` → `{}`)",
                    r.name.wire, a.name.wire, r.name.rust, a.name.rust
                ),
            );
        }
    }
    for r in removed {
        let wire = ctx.in_response && r.required;
        sink.push_with(
            &field_at(at, &r.name.wire),
            Kind::FieldRemoved,
            Effect::Api.or_wire(wire),
            format!("field `{}` removed", r.name.wire),
            Some(if wire {
                format!(
                    "the Rust field `{}` is gone, and answers leave out what old clients require",
                    r.name.rust
                )
            } else {
                format!("the Rust field `{}` is gone", r.name.rust)
            }),
        );
    }
    for a in added {
        let sent_required = a.required_when_sent();
        let wire = sent_required && ctx.in_request;
        let mut why = vec![format!(
            "struct literals of `{}` must name the new `pub {}: {}` (cargo-semver-checks: constructible_struct_adds_field)",
            ctx.type_name,
            a.name.rust,
            rust_type(a)
        )];
        if sent_required && ctx.head_in_request {
            why.push(format!("`{}::new` takes it", ctx.type_name));
        }
        if wire {
            why.push("servers refuse requests without it".to_owned());
        }
        let (kind, what) = if a.required || a.required_in_request {
            (Kind::RequiredFieldAdded, "required field")
        } else {
            (Kind::FieldAdded, "optional field")
        };
        sink.push_with(
            &field_at(at, &a.name.wire),
            kind,
            Effect::Api.or_wire(wire),
            format!("{what} `{}` added ({})", a.name.wire, a.ty.spec_name()),
            Some(why.join("; ")),
        );
    }
    for bf in b {
        if let Some(hf) = h.iter().find(|f| f.name.wire == bf.name.wire) {
            field(sink, &field_at(at, &hf.name.wire), ctx, bf, hf);
        }
    }
    constructor_order(sink, at, ctx, b, h);
    renames
}

/// A rule of the base with the renamed fields under their new names: a wire name, or the
/// first name of a wire path (`Filter.Kind`).
fn renamed_rule(rule: &Value, renames: &FieldRenames) -> Value {
    match rule {
        Value::String(name) => {
            for (old, new) in renames {
                if name == old {
                    return Value::String(new.clone());
                }
                if let Some(rest) = name.strip_prefix(&format!("{old}.")) {
                    return Value::String(format!("{new}.{rest}"));
                }
            }
            rule.clone()
        }
        Value::Array(items) => {
            Value::Array(items.iter().map(|i| renamed_rule(i, renames)).collect())
        }
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    // The value a condition compares with is data, not a field name.
                    let v = if k == "equals" {
                        v.clone()
                    } else {
                        renamed_rule(v, renames)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The order of `new(…)`'s parameters: the fields a request must carry, in spec order.
fn constructor_order(sink: &mut Sink, at: &At, ctx: &Ctx<'_>, b: &[Field], h: &[Field]) {
    if !(ctx.in_request && ctx.head_in_request) {
        return;
    }
    let params = |fs: &[Field]| -> Vec<String> {
        fs.iter()
            .filter(|f| f.required_when_sent())
            .map(|f| f.name.wire.clone())
            .collect()
    };
    let (bp, hp) = (params(b), params(h));
    let mut bs = bp.clone();
    let mut hs = hp.clone();
    bs.sort();
    hs.sort();
    if bs == hs && bp != hp {
        sink.push(
            at,
            Kind::ConstructorReordered,
            Effect::Api,
            format!(
                "`{}::new` takes its parameters in another order: ({}) → ({})",
                ctx.type_name,
                bp.join(", "),
                hp.join(", ")
            ),
        );
    }
}

fn field(sink: &mut Sink, at: &At, ctx: &Ctx<'_>, b: &Field, h: &Field) {
    let wire = &h.name.wire;
    if b.name.rust != h.name.rust {
        sink.push(
            at,
            Kind::FieldRustNameChanged,
            Effect::Api,
            format!(
                "the Rust field `{}` is now `{}` (same wire name `{wire}`)",
                b.name.rust, h.name.rust
            ),
        );
    }
    if !same_type(&b.ty, &h.ty, ctx.renames) {
        sink.push(
            at,
            Kind::FieldTypeChanged,
            Effect::ApiAndWire,
            format!(
                "field `{wire}` changed type from `{}` to `{}`",
                b.ty.spec_name(),
                h.ty.spec_name()
            ),
        );
    }
    requiredness(sink, at, ctx, b, h);
    defaults(sink, at, b, h);
    if b.unknown_as != h.unknown_as {
        // Coercing unknown values accepts more; anything else may refuse what was coerced.
        let effect = match (&b.unknown_as, &h.unknown_as) {
            (None, Some(_)) => Effect::Behaviour,
            _ if ctx.in_request => Effect::Wire,
            _ => Effect::Behaviour,
        };
        sink.push(
            at,
            Kind::UnknownAsChanged,
            effect,
            format!(
                "what servers make of an unknown value of `{wire}` changed ({} → {})",
                show(&b.unknown_as),
                show(&h.unknown_as)
            ),
        );
    }
    if b.unit != h.unit {
        sink.push(
            at,
            Kind::FieldUnitChanged,
            Effect::Wire,
            format!(
                "field `{wire}` is counted in another unit ({} → {})",
                show(&json(&b.unit).as_str().map(str::to_owned)),
                show(&json(&h.unit).as_str().map(str::to_owned))
            ),
        );
    }
    limits::compare(
        sink,
        at,
        ctx.in_request,
        wire,
        &b.constraints,
        &h.constraints,
    );
    doc_change(
        sink,
        at,
        "field",
        doc_diff(&[
            ("description", json(&b.description), json(&h.description)),
            ("gloss", json(&b.gloss), json(&h.gloss)),
            ("example", json(&b.example), json(&h.example)),
            ("doc_type", json(&b.doc_type), json(&h.doc_type)),
            ("when_absent", json(&b.when_absent), json(&h.when_absent)),
            ("from", json(&b.from), json(&h.from)),
        ]),
    );
}

fn show<T: serde::Serialize>(v: &Option<T>) -> String {
    match v {
        Some(v) => json(v).to_string(),
        None => "none".to_owned(),
    }
}

fn requiredness(sink: &mut Sink, at: &At, ctx: &Ctx<'_>, b: &Field, h: &Field) {
    let wire = &h.name.wire;
    let ty = rust_ty(&h.ty);
    match (b.required, h.required) {
        (false, true) => {
            let refused = ctx.in_request && !b.required_in_request;
            sink.push_with(
                at,
                Kind::FieldMadeRequired,
                Effect::Api.or_wire(refused),
                format!("field `{wire}` made required"),
                Some(format!(
                    "the Rust field changes from `Option<{ty}>` to `{ty}`{}",
                    if refused {
                        "; servers refuse requests without it"
                    } else {
                        ""
                    }
                )),
            );
        }
        (true, false) => {
            let unreadable = ctx.in_response;
            sink.push_with(
                at,
                Kind::FieldMadeOptional,
                Effect::Api.or_wire(unreadable),
                format!("field `{wire}` made optional"),
                Some(format!(
                    "the Rust field changes from `{ty}` to `Option<{ty}>`{}",
                    if unreadable {
                        "; answers may leave it out, which old clients fail to decode"
                    } else {
                        ""
                    }
                )),
            );
        }
        _ if !b.required && b.required_in_request != h.required_in_request => {
            if h.required_in_request {
                let api = ctx.head_in_request;
                let effect = if api { Effect::Api } else { Effect::Behaviour };
                sink.push_with(
                    at,
                    Kind::FieldMadeRequiredInRequest,
                    effect.or_wire(ctx.in_request),
                    format!("field `{wire}` made required in requests"),
                    Some(format!(
                        "`{}::new` takes it; servers refuse requests without it",
                        ctx.type_name
                    )),
                );
            } else {
                let effect = if ctx.in_request {
                    Effect::Api
                } else {
                    Effect::Behaviour
                };
                sink.push_with(
                    at,
                    Kind::FieldNoLongerRequiredInRequest,
                    effect,
                    format!("field `{wire}` no longer required in requests"),
                    Some(format!("`{}::new` no longer takes it", ctx.type_name)),
                );
            }
        }
        _ => {}
    }
}

fn defaults(sink: &mut Sink, at: &At, b: &Field, h: &Field) {
    let wire = &h.name.wire;
    match (&b.default, &h.default) {
        (None, Some(d)) if !h.required => sink.push(
            at,
            Kind::DefaultAdded,
            Effect::Addition,
            format!(
                "field `{wire}` documents its default {d}: a new `{}_or_default()` accessor",
                h.name.rust_plain
            ),
        ),
        (Some(d), None) if !b.required => sink.push(
            at,
            Kind::DefaultRemoved,
            Effect::Api,
            format!(
                "field `{wire}` no longer documents its default {d}: `{}_or_default()` is gone",
                b.name.rust_plain
            ),
        ),
        (Some(bd), Some(hd)) if bd != hd && !h.required => sink.push(
            at,
            Kind::DefaultChanged,
            Effect::Wire,
            format!("field `{wire}`'s default changed from {bd} to {hd}: servers assume another value when it is absent"),
        ),
        (bd, hd) if bd != hd => sink.push(
            at,
            Kind::DefaultChanged,
            Effect::Behaviour,
            format!(
                "field `{wire}`'s recommended value changed ({} → {})",
                show(bd),
                show(hd)
            ),
        ),
        _ => {}
    }
}

/// A rule across fields (`at_least_one_of`, `mutually_exclusive`, `required_when`,
/// `forbidden_when`), each a JSON list compared item by item, with the base's renamed fields
/// under their new names (the rename is reported once, as such).
pub(crate) fn rules(
    sink: &mut Sink,
    at: &At,
    ctx: &Ctx<'_>,
    name: &str,
    renames: &FieldRenames,
    b: &Value,
    h: &Value,
) {
    let empty = Vec::new();
    let b = renamed_rule(b, renames);
    let bl = b.as_array().unwrap_or(&empty);
    let hl = h.as_array().unwrap_or(&empty);
    for r in hl.iter().filter(|r| !bl.contains(r)) {
        let effect = if ctx.in_request {
            Effect::Wire
        } else {
            Effect::Behaviour
        };
        sink.push(
            at,
            Kind::RuleAdded,
            effect,
            format!("rule added: {name} {}", rule_text(r)),
        );
    }
    for r in bl.iter().filter(|r| !hl.contains(r)) {
        sink.push(
            at,
            Kind::RuleRemoved,
            Effect::Behaviour,
            format!("rule removed: {name} {}", rule_text(r)),
        );
    }
}

fn rule_text(r: &Value) -> String {
    match r.get("fields") {
        Some(fields) => fields.to_string(),
        None => r.to_string(),
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// An enum's values, matched by wire value, and its catch-all variant.
pub(crate) fn enum_values(
    sink: &mut Sink,
    at: &At,
    ctx: &Ctx<'_>,
    b: &[ir::EnumValue],
    h: &[ir::EnumValue],
    bo: Option<&ir::EnumValue>,
    ho: Option<&ir::EnumValue>,
) {
    let name = ctx.type_name;
    let mut removed: Vec<&ir::EnumValue> = b
        .iter()
        .filter(|v| !h.iter().any(|w| w.value == v.value))
        .collect();
    let mut added: Vec<&ir::EnumValue> = h
        .iter()
        .filter(|v| !b.iter().any(|w| w.value == v.value))
        .collect();
    // The same variant with another wire value.
    for r in removed.clone() {
        if let Some(a) = added.iter().copied().find(|a| a.name == r.name) {
            sink.push(
                &at.join(&format!("values/{}", value_text(&a.value))),
                Kind::EnumValueChanged,
                Effect::Wire,
                format!(
                    "`{name}::{}` is now {} on the wire (was {})",
                    a.name, a.value, r.value
                ),
            );
            added.retain(|x| x.value != a.value);
            removed.retain(|x| x.value != r.value);
        }
    }
    for r in removed {
        sink.push_with(
            &at.join(&format!("values/{}", value_text(&r.value))),
            Kind::EnumValueRemoved,
            Effect::Api.or_wire(ctx.in_request),
            format!("enum value {} (`{name}::{}`) removed", r.value, r.name),
            Some(if ctx.in_request {
                "the variant is gone, and servers refuse the value".to_owned()
            } else {
                "the variant is gone".to_owned()
            }),
        );
    }
    for a in added {
        sink.push_with(
            &at.join(&format!("values/{}", value_text(&a.value))),
            Kind::EnumValueAdded,
            Effect::Api,
            format!("enum value {} (`{name}::{}`) added", a.value, a.name),
            Some(format!(
                "`{name}` is an exhaustive enum: a `match` without a wildcard no longer compiles (cargo-semver-checks: enum_variant_added); the value no longer decodes into the catch-all variant"
            )),
        );
    }
    for bv in b {
        if let Some(hv) = h.iter().find(|v| v.value == bv.value) {
            let vat = at.join(&format!("values/{}", value_text(&hv.value)));
            if bv.name != hv.name {
                sink.push(
                    &vat,
                    Kind::EnumValueRenamed,
                    Effect::Api,
                    format!(
                        "`{name}::{}` renamed to `{name}::{}` (value {})",
                        bv.name, hv.name, hv.value
                    ),
                );
            }
            doc_change(
                sink,
                &vat,
                "enum value",
                doc_diff(&[("description", json(&bv.description), json(&hv.description))]),
            );
        }
    }
    match (bo, ho) {
        (None, Some(o)) => sink.push_with(
            at,
            Kind::EnumOpened,
            Effect::Api,
            format!(
                "enum `{name}` opened: every other value is valid, in `{name}::{}`",
                o.name
            ),
            Some(format!(
                "the catch-all variant `{name}::Unknown` becomes `{name}::{}`",
                o.name
            )),
        ),
        (Some(o), None) => sink.push_with(
            at,
            Kind::EnumClosed,
            Effect::Api.or_wire(ctx.in_request),
            format!("enum `{name}` closed: only the listed values are valid"),
            Some(format!(
                "the variant `{name}::{}` becomes `{name}::Unknown`{}",
                o.name,
                if ctx.in_request {
                    "; servers refuse the values it held"
                } else {
                    ""
                }
            )),
        ),
        (Some(bo), Some(ho)) => {
            if bo.name != ho.name {
                sink.push(
                    at,
                    Kind::EnumValueRenamed,
                    Effect::Api,
                    format!("`{name}::{}` renamed to `{name}::{}`", bo.name, ho.name),
                );
            }
            doc_change(
                sink,
                at,
                "catch-all variant",
                doc_diff(&[("description", json(&bo.description), json(&ho.description))]),
            );
        }
        (None, None) => {}
    }
}

/// A union's variants, matched by tag.
pub(crate) fn union_variants(
    sink: &mut Sink,
    at: &At,
    ctx: &Ctx<'_>,
    b: &[ir::UnionVariant],
    h: &[ir::UnionVariant],
) {
    let name = ctx.type_name;
    for bv in b {
        let vat = at.join(&format!("variants/{}", bv.tag));
        match h.iter().find(|v| v.tag == bv.tag) {
            None => sink.push_with(
                &vat,
                Kind::UnionVariantRemoved,
                Effect::Api.or_wire(ctx.in_request),
                format!("union variant `{}` (`{name}::{}`) removed", bv.tag, bv.name),
                Some(if ctx.in_request {
                    "the variant is gone, and servers refuse the tag".to_owned()
                } else {
                    "the variant is gone".to_owned()
                }),
            ),
            Some(hv) => {
                if bv.name != hv.name {
                    sink.push(
                        &vat,
                        Kind::UnionVariantChanged,
                        Effect::Api,
                        format!("`{name}::{}` renamed to `{name}::{}`", bv.name, hv.name),
                    );
                }
                let bt = Type::Named {
                    name: bv.ty.clone(),
                };
                let ht = Type::Named {
                    name: hv.ty.clone(),
                };
                if !same_type(&bt, &ht, ctx.renames) {
                    sink.push(
                        &vat,
                        Kind::UnionVariantChanged,
                        Effect::ApiAndWire,
                        format!(
                            "union variant `{}` now holds `{}` (was `{}`)",
                            bv.tag, hv.ty, bv.ty
                        ),
                    );
                }
                doc_change(
                    sink,
                    &vat,
                    "union variant",
                    doc_diff(&[("description", json(&bv.description), json(&hv.description))]),
                );
            }
        }
    }
    for hv in h {
        if !b.iter().any(|v| v.tag == hv.tag) {
            sink.push_with(
                &at.join(&format!("variants/{}", hv.tag)),
                Kind::UnionVariantAdded,
                Effect::Api,
                format!("union variant `{}` (`{name}::{}`) added", hv.tag, hv.name),
                Some(format!(
                    "`{name}` is an exhaustive enum: a `match` without a wildcard no longer compiles (cargo-semver-checks: enum_variant_added)"
                )),
            );
        }
    }
}
