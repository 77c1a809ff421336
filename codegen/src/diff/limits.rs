//! Limits on one value: tighter or looser.

use serde_json::Number;

use super::{At, Effect, Kind, Sink};
use crate::ir::Constraints;

/// Which way a change of one limit goes.
enum Way {
    Tighter(String),
    Looser(String),
}

fn num(n: &Number) -> f64 {
    n.as_f64().unwrap_or(0.0)
}

/// A lower bound (`minimum`, `min_length`, `min_items`): up is tighter.
fn lower<T: PartialOrd + std::fmt::Display>(name: &str, b: Option<T>, h: Option<T>) -> Option<Way> {
    match (b, h) {
        (None, Some(h)) => Some(Way::Tighter(format!("{name} {h} added"))),
        (Some(b), None) => Some(Way::Looser(format!("{name} {b} removed"))),
        (Some(b), Some(h)) if h > b => Some(Way::Tighter(format!("{name} raised from {b} to {h}"))),
        (Some(b), Some(h)) if h < b => Some(Way::Looser(format!("{name} lowered from {b} to {h}"))),
        _ => None,
    }
}

/// An upper bound (`maximum`, `max_length`, `max_items`, `truncated_after`): down is tighter.
fn upper<T: PartialOrd + std::fmt::Display>(name: &str, b: Option<T>, h: Option<T>) -> Option<Way> {
    match (b, h) {
        (None, Some(h)) => Some(Way::Tighter(format!("{name} {h} added"))),
        (Some(b), None) => Some(Way::Looser(format!("{name} {b} removed"))),
        (Some(b), Some(h)) if h < b => {
            Some(Way::Tighter(format!("{name} lowered from {b} to {h}")))
        }
        (Some(b), Some(h)) if h > b => Some(Way::Looser(format!("{name} raised from {b} to {h}"))),
        _ => None,
    }
}

/// Compares two fields' limits; `in_request` says whether servers check them against what old
/// clients send. `wire` is the field's wire name (`Marks`, `Marks[]` for its items).
pub(crate) fn compare(
    sink: &mut Sink,
    at: &At,
    in_request: bool,
    wire: &str,
    b: &Constraints,
    h: &Constraints,
) {
    let mut ways: Vec<Way> = Vec::new();
    ways.extend(lower(
        "minimum",
        b.minimum.as_ref().map(num),
        h.minimum.as_ref().map(num),
    ));
    ways.extend(upper(
        "maximum",
        b.maximum.as_ref().map(num),
        h.maximum.as_ref().map(num),
    ));
    for n in &b.also_allowed {
        if !h.also_allowed.contains(n) {
            ways.push(Way::Tighter(format!(
                "{n} no longer allowed outside the range"
            )));
        }
    }
    for n in &h.also_allowed {
        if !b.also_allowed.contains(n) {
            ways.push(Way::Looser(format!("{n} now allowed outside the range")));
        }
    }
    ways.extend(lower("min_length", b.min_length, h.min_length));
    ways.extend(upper("max_length", b.max_length, h.max_length));
    if b.length_unit != h.length_unit {
        // Counted another way, some strings that fit no longer do.
        ways.push(Way::Tighter(format!(
            "lengths counted in {:?} instead of {:?}",
            h.length_unit, b.length_unit
        )));
    }
    ways.extend(lower("min_items", b.min_items, h.min_items));
    ways.extend(upper("max_items", b.max_items, h.max_items));
    match (b.unique_items, h.unique_items) {
        (false, true) => ways.push(Way::Tighter("items must now be distinct".to_owned())),
        (true, false) => ways.push(Way::Looser("items no longer need be distinct".to_owned())),
        _ => {}
    }
    ways.extend(upper(
        "truncated_after",
        b.truncated_after,
        h.truncated_after,
    ));
    values(&mut ways, b, h);
    for way in ways {
        match way {
            Way::Tighter(what) => sink.push_with(
                at,
                Kind::LimitTightened,
                if in_request {
                    Effect::Wire
                } else {
                    Effect::Behaviour
                },
                format!("`{wire}`: {what}"),
                Some(if in_request {
                    "servers refuse requests they accepted".to_owned()
                } else {
                    "answers stay within the old limit".to_owned()
                }),
            ),
            Way::Looser(what) => sink.push(
                at,
                Kind::LimitLoosened,
                Effect::Behaviour,
                format!("`{wire}`: {what}"),
            ),
        }
    }
    if b.code != h.code {
        let show = |c: &Option<serde_json::Value>| {
            c.as_ref()
                .map(|c| {
                    format!(
                        "`{}`",
                        c.as_str().map_or_else(|| c.to_string(), str::to_owned)
                    )
                })
                .unwrap_or_else(|| "the generic invalid-parameter code".to_owned())
        };
        sink.push(
            at,
            Kind::LimitCodeChanged,
            if in_request {
                Effect::Wire
            } else {
                Effect::Doc
            },
            format!(
                "`{wire}`: breaking its limits is answered with {} instead of {}",
                show(&h.code),
                show(&b.code)
            ),
        );
    }
    if b.items.is_some() || h.items.is_some() {
        let none = Constraints::default();
        compare(
            sink,
            at,
            in_request,
            &format!("{wire}[]"),
            b.items.as_deref().unwrap_or(&none),
            h.items.as_deref().unwrap_or(&none),
        );
    }
}

/// The values of a shared enum a field takes: none listed means every value.
fn values(ways: &mut Vec<Way>, b: &Constraints, h: &Constraints) {
    let names = |vs: &[crate::ir::EnumValue]| -> Vec<String> {
        vs.iter().map(|v| v.value.to_string()).collect()
    };
    let (bv, hv) = (names(&b.values), names(&h.values));
    match (bv.is_empty(), hv.is_empty()) {
        (true, true) => {}
        (true, false) => ways.push(Way::Tighter(format!(
            "only the values {} now",
            hv.join(", ")
        ))),
        (false, true) => ways.push(Way::Looser(format!(
            "every value of the enum now, not only {}",
            bv.join(", ")
        ))),
        (false, false) => {
            let gone: Vec<&String> = bv.iter().filter(|v| !hv.contains(v)).collect();
            let new: Vec<&String> = hv.iter().filter(|v| !bv.contains(v)).collect();
            if !gone.is_empty() {
                ways.push(Way::Tighter(format!(
                    "values no longer allowed: {}",
                    gone.iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            if !new.is_empty() {
                ways.push(Way::Looser(format!(
                    "values now allowed: {}",
                    new.iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
    }
}
