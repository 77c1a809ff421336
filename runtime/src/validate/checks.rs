//! The checks generated validators call, one per kind of constraint: each measures a value and
//! pushes a [`Violation`](super::Violation) when it breaks its limit.

use std::hash::Hash;

use serde::Serialize;

use super::{json_string, LengthUnit, Number, Path, Rule, Segment, Violations, MAX_SHOWN};

/// The bounds of a number field.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// The smallest allowed value.
    pub minimum: Option<Number>,
    /// The largest allowed value.
    pub maximum: Option<Number>,
    /// Values allowed although outside the range.
    pub also_allowed: &'static [Number],
}

impl Bounds {
    /// Whether `value` is inside the range or one of the extra allowed values.
    pub fn allows(&self, value: Number) -> bool {
        let below = self
            .minimum
            .is_some_and(|min| value.cmp_key(min) == Some(std::cmp::Ordering::Less));
        let above = self
            .maximum
            .is_some_and(|max| value.cmp_key(max) == Some(std::cmp::Ordering::Greater));
        !(below || above) || self.also_allowed.contains(&value)
    }
}

/// Checks every number of a list against the same bounds; the path is only touched for the
/// items that fail, which keeps long valid lists cheap.
pub fn each_number<'a, N: Copy + Into<Number>>(
    items: &[N],
    bounds: &Bounds,
    path: &mut Path<'a>,
    out: &mut Violations,
) {
    for (i, item) in items.iter().enumerate() {
        let value: Number = (*item).into();
        if !bounds.allows(value) {
            path.push(Segment::Index(i));
            number(value, bounds, path, out);
            path.pop();
        }
    }
}

/// Checks a number against its bounds.
pub fn number(value: impl Into<Number>, bounds: &Bounds, path: &Path<'_>, out: &mut Violations) {
    let value = value.into();
    let below = bounds
        .minimum
        .is_some_and(|min| value.cmp_key(min) == Some(std::cmp::Ordering::Less));
    let above = bounds
        .maximum
        .is_some_and(|max| value.cmp_key(max) == Some(std::cmp::Ordering::Greater));
    if !(below || above) || bounds.also_allowed.contains(&value) {
        return;
    }
    let rule = match (below, bounds.minimum, bounds.maximum) {
        (true, Some(limit), _) => Rule::Minimum {
            limit,
            also_allowed: bounds.also_allowed,
        },
        (_, _, Some(limit)) => Rule::Maximum {
            limit,
            also_allowed: bounds.also_allowed,
        },
        _ => return,
    };
    out.push(path, rule, Some(value.to_string()));
}

/// Checks a string's length.
pub fn length(
    value: &str,
    min: Option<u64>,
    max: Option<u64>,
    unit: LengthUnit,
    path: &Path<'_>,
    out: &mut Violations,
) {
    let measured = match unit {
        LengthUnit::Bytes => value.len() as u64,
        LengthUnit::Chars => value.chars().count() as u64,
    };
    let rule = match (min, max) {
        (Some(limit), _) if measured < limit => Rule::MinLength { limit, unit },
        (_, Some(limit)) if measured > limit => Rule::MaxLength { limit, unit },
        _ => return,
    };
    out.push(path, rule, Some(format!("{measured} {unit}")));
}

/// Checks a list's size.
pub fn items<T>(
    list: &[T],
    min: Option<u64>,
    max: Option<u64>,
    path: &Path<'_>,
    out: &mut Violations,
) {
    let len = list.len() as u64;
    let rule = match (min, max) {
        (Some(limit), _) if len < limit => Rule::MinItems { limit },
        (_, Some(limit)) if len > limit => Rule::MaxItems { limit },
        _ => return,
    };
    out.push(path, rule, Some(format!("{len} items")));
}

/// Checks that no item repeats an earlier one; each repeat is reported at its own index.
pub fn unique<'a, T: Eq + Hash + Serialize>(
    list: &'a [T],
    path: &mut Path<'a>,
    out: &mut Violations,
) {
    let mut seen = std::collections::HashMap::with_capacity(list.len());
    for (i, item) in list.iter().enumerate() {
        if let Some(first) = seen.insert(item, i) {
            seen.insert(item, first);
            path.push(Segment::Index(i));
            out.push(path, Rule::UniqueItems { first }, Some(shown(item)));
            path.pop();
        }
    }
}

/// Checks that at least one field of a group is present.
pub fn at_least_one_of(
    present: &[bool],
    fields: &'static [&'static str],
    path: &Path<'_>,
    out: &mut Violations,
) {
    if !present.iter().any(|p| *p) {
        out.push(path, Rule::AtLeastOneOf { fields }, None);
    }
}

/// Reports more than one present field of a mutually exclusive group.
pub fn at_most_one_of(
    present: &[bool],
    fields: &'static [&'static str],
    path: &Path<'_>,
    out: &mut Violations,
) {
    let sent: Vec<&str> = present
        .iter()
        .zip(fields)
        .filter(|(p, _)| **p)
        .map(|(_, f)| *f)
        .collect();
    if sent.len() > 1 {
        out.push(path, Rule::AtMostOneOf { fields }, Some(sent.join(" and ")));
    }
}

/// Reports a field that is absent although its condition holds (the caller checked it).
pub fn required_when(
    present: bool,
    field: &'static str,
    condition: &'static str,
    path: &Path<'_>,
    out: &mut Violations,
) {
    if !present {
        out.push(path, Rule::RequiredWhen { field, condition }, None);
    }
}

/// Reports a field that is present although its condition forbids it (the caller checked the
/// condition).
pub fn forbidden_when(
    present: bool,
    field: &'static str,
    condition: &'static str,
    path: &Path<'_>,
    out: &mut Violations,
) {
    if present {
        out.push(path, Rule::ForbiddenWhen { field, condition }, None);
    }
}

/// Reports a field a request must carry (`required: request`) that is absent, at the field's
/// own path: `MsgBody[0].MsgContent.Url must be present`.
pub fn required<'a>(present: bool, field: &'static str, path: &mut Path<'a>, out: &mut Violations) {
    if !present {
        path.push(Segment::Field(field));
        out.push(path, Rule::Required, None);
        path.pop();
    }
}

/// Reports an enum value the spec does not list.
pub fn unknown_enum_value<T: Serialize + ?Sized>(
    value: &T,
    allowed: &'static [&'static str],
    path: &Path<'_>,
    out: &mut Violations,
) {
    out.push(path, Rule::EnumValue { allowed }, Some(shown(value)));
}

/// The first [`MAX_SHOWN`] Unicode scalar values of `text`, or `None` when it has no more.
fn cut_text(text: &str) -> Option<&str> {
    text.char_indices()
        .nth(MAX_SHOWN)
        .map(|(end, _)| &text[..end])
}

/// An offending value as a message quotes it: as JSON (strings with JSON's escapes), a string of
/// more than [`MAX_SHOWN`] Unicode scalar values cut after that many and followed by `…`
/// (`"中中…中"…`); any other value's JSON text cut the same way. TypeScript and Python count
/// and cut alike.
pub(super) fn shown<T: Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => match cut_text(&s) {
            Some(cut) => format!("{}…", json_string(cut)),
            None => json_string(&s),
        },
        Ok(other) => {
            let text = other.to_string();
            match cut_text(&text) {
                Some(cut) => format!("{cut}…"),
                None => text,
            }
        }
        // Serializing fails only for a map with non-string keys or a failing impl: the values
        // quoted (enum values, union tags, items of unique lists) are never either.
        Err(_) => "?".to_owned(),
    }
}
