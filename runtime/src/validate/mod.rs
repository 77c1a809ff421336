//! Validation: the constraints of the spec checked on typed values, with every violation
//! reported as data.
//!
//! Generated code implements [`Validate`] for every request type and the shapes it contains;
//! the helpers in this module do the checking, so generated code stays a list of calls. A
//! traversal keeps a [`Path`] of wire names as a stack of borrowed segments and formats it only
//! when something is wrong, so validating a valid request allocates nothing.
//!
//! The TypeScript and Python runtimes (`templates/`) report the same paths, rules and messages
//! in the same order; `templates/README.md` states the contract: map entries in the order of
//! their keys' Unicode scalar values, string lengths in scalar values (or UTF-8 bytes), and at
//! most [`MAX_SHOWN`] scalar values of a string quoted in a message.

use std::fmt;
use std::hash::Hash;

use serde::Serialize;

/// The most violations kept by default; the rest are only counted.
pub const DEFAULT_CAP: usize = 100;

/// A value that can check the spec's constraints on itself.
pub trait Validate {
    /// Checks every constraint and returns all violations (up to [`DEFAULT_CAP`], with a count
    /// of the rest).
    fn validate(&self) -> Result<(), Violations> {
        let mut out = Violations::with_cap(DEFAULT_CAP);
        self.validate_into(&mut Path::root(), &mut out);
        out.into_result()
    }

    /// Checks the constraints of this value, found at `path`, into `out`.
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations);
}

impl<T: Validate> Validate for Option<T> {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = self {
            value.validate_into(path, out);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        for (i, item) in self.iter().enumerate() {
            path.push(Segment::Index(i));
            item.validate_into(path, out);
            path.pop();
        }
    }
}

/// Entries in the order of their keys: UTF-8 byte order, which is the order of the keys'
/// Unicode scalar values, whatever order they arrived in.
impl<T: Validate> Validate for std::collections::BTreeMap<String, T> {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        for (key, value) in self {
            path.push(Segment::Key(key));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// One step of a wire path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// A field, by wire name.
    Field(&'static str),
    /// A list index.
    Index(usize),
    /// A map key.
    Key(&'a str),
}

/// How many segments a [`Path`] holds without allocating; deeper paths spill to the heap.
const INLINE_SEGMENTS: usize = 12;

/// Where a value sits in a request, as a stack of wire-name segments. The first
/// twelve live inline, so validating a request of ordinary depth never allocates.
#[derive(Debug, Clone)]
pub struct Path<'a> {
    inline: [Segment<'a>; INLINE_SEGMENTS],
    len: usize,
    spilled: Vec<Segment<'a>>,
}

impl Default for Path<'_> {
    fn default() -> Self {
        Path::root()
    }
}

impl<'a> Path<'a> {
    /// The request itself.
    pub fn root() -> Self {
        Path {
            inline: [Segment::Index(0); INLINE_SEGMENTS],
            len: 0,
            spilled: Vec::new(),
        }
    }

    /// Enters a segment.
    pub fn push(&mut self, segment: Segment<'a>) {
        if self.len < INLINE_SEGMENTS {
            self.inline[self.len] = segment;
        } else {
            self.spilled.push(segment);
        }
        self.len += 1;
    }

    /// Leaves the last segment.
    pub fn pop(&mut self) {
        if self.len > INLINE_SEGMENTS {
            self.spilled.pop();
        }
        self.len = self.len.saturating_sub(1);
    }

    fn segments(&self) -> impl Iterator<Item = &Segment<'a>> {
        self.inline[..self.len.min(INLINE_SEGMENTS)]
            .iter()
            .chain(self.spilled.iter())
    }
}

/// Whether a map key is written bare in a path: ASCII letters, digits, `_` and `-` only, so the
/// three languages agree whatever their Unicode tables say a letter is.
fn plain_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A string as JSON writes it: in double quotes, with `"`, `\` and the control characters
/// below U+0020 escaped (`\n`, `\u0001`), nothing else.
fn json_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string is JSON")
}

impl fmt::Display for Path<'_> {
    /// `ParticipantInfos[3].Marks[0]`; map keys that are not plain ASCII words are quoted as
    /// JSON strings: `Ext["s:from"]`, `Ext["键"]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.segments().enumerate() {
            match segment {
                Segment::Field(name) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(name)?;
                }
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) => match (plain_key(key), i > 0) {
                    (true, true) => write!(f, ".{key}")?,
                    (true, false) => f.write_str(key)?,
                    (false, _) => write!(f, "[{}]", json_string(key))?,
                },
            }
        }
        Ok(())
    }
}

/// A number in a limit or a value, exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// Any integer type.
    Int(i128),
    /// A double.
    Float(f64),
}

impl Number {
    fn as_f64(self) -> f64 {
        match self {
            // Precision loss only for magnitudes beyond 2^53, compared only with floats.
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }
    }

    fn cmp_key(self, other: Number) -> Option<std::cmp::Ordering> {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => Some(a.cmp(&b)),
            (a, b) => a.as_f64().partial_cmp(&b.as_f64()),
        }
    }
}

macro_rules! number_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(value: $t) -> Self {
                Number::Int(i128::from(value))
            }
        }
    )*};
}
number_from_int!(i32, i64, u32, u64);

impl From<f64> for Number {
    fn from(value: f64) -> Self {
        Number::Float(value)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::Int(i) => write!(f, "{i}"),
            Number::Float(x) => write!(f, "{x}"),
        }
    }
}

/// How string lengths are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthUnit {
    /// UTF-8 bytes.
    Bytes,
    /// Unicode scalar values.
    Chars,
}

impl fmt::Display for LengthUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LengthUnit::Bytes => "bytes",
            LengthUnit::Chars => "characters",
        })
    }
}

/// Which constraint a value broke, with its limit.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// Below `minimum` and not one of the extra allowed values.
    Minimum {
        /// The smallest allowed value.
        limit: Number,
        /// Values allowed although outside the range.
        also_allowed: &'static [Number],
    },
    /// Above `maximum` and not one of the extra allowed values.
    Maximum {
        /// The largest allowed value.
        limit: Number,
        /// Values allowed although outside the range.
        also_allowed: &'static [Number],
    },
    /// A string shorter than allowed.
    MinLength {
        /// The shortest allowed length.
        limit: u64,
        /// The unit.
        unit: LengthUnit,
    },
    /// A string longer than allowed.
    MaxLength {
        /// The longest allowed length.
        limit: u64,
        /// The unit.
        unit: LengthUnit,
    },
    /// A list with too few items.
    MinItems {
        /// The fewest allowed items.
        limit: u64,
    },
    /// A list with too many items.
    MaxItems {
        /// The most allowed items.
        limit: u64,
    },
    /// A list item equal to an earlier one.
    UniqueItems {
        /// The index of the earlier, equal item.
        first: usize,
    },
    /// None of a group of optional fields is present.
    AtLeastOneOf {
        /// The group's wire names.
        fields: &'static [&'static str],
    },
    /// More than one of a group of mutually exclusive fields is present.
    AtMostOneOf {
        /// The group's wire names.
        fields: &'static [&'static str],
    },
    /// A field that a condition makes required is absent.
    RequiredWhen {
        /// The field's wire name.
        field: &'static str,
        /// The condition, in words (`ConversationType is 1`).
        condition: &'static str,
    },
    /// A field that a condition forbids is present.
    ForbiddenWhen {
        /// The field's wire name.
        field: &'static str,
        /// The condition, in words (`OnlineOnlyFlag is 1`).
        condition: &'static str,
    },
    /// An enum value the spec does not list.
    EnumValue {
        /// The allowed values, as written on the wire.
        allowed: &'static [&'static str],
    },
}

impl Rule {
    /// A short stable name of the rule (`max_items`), matching the spec's vocabulary.
    pub fn name(&self) -> &'static str {
        match self {
            Rule::Minimum { .. } => "minimum",
            Rule::Maximum { .. } => "maximum",
            Rule::MinLength { .. } => "min_length",
            Rule::MaxLength { .. } => "max_length",
            Rule::MinItems { .. } => "min_items",
            Rule::MaxItems { .. } => "max_items",
            Rule::UniqueItems { .. } => "unique_items",
            Rule::AtLeastOneOf { .. } => "at_least_one_of",
            Rule::AtMostOneOf { .. } => "mutually_exclusive",
            Rule::RequiredWhen { .. } => "required_when",
            Rule::ForbiddenWhen { .. } => "forbidden_when",
            Rule::EnumValue { .. } => "enum",
        }
    }
}

fn exceptions(f: &mut fmt::Formatter<'_>, also: &[Number]) -> fmt::Result {
    if also.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = also.iter().map(ToString::to_string).collect();
    write!(f, " (or exactly {})", list.join(" or "))
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Minimum {
                limit,
                also_allowed,
            } => {
                write!(f, "must be at least {limit}")?;
                exceptions(f, also_allowed)
            }
            Rule::Maximum {
                limit,
                also_allowed,
            } => {
                write!(f, "must be at most {limit}")?;
                exceptions(f, also_allowed)
            }
            Rule::MinLength { limit, unit } => write!(f, "must be at least {limit} {unit} long"),
            Rule::MaxLength { limit, unit } => write!(f, "must be at most {limit} {unit} long"),
            Rule::MinItems { limit } => write!(f, "must have at least {limit} items"),
            Rule::MaxItems { limit } => write!(f, "must have at most {limit} items"),
            Rule::UniqueItems { first } => write!(f, "must not repeat item [{first}]"),
            Rule::AtLeastOneOf { fields } => {
                write!(f, "must have at least one of {}", fields.join(", "))
            }
            Rule::AtMostOneOf { fields } => {
                write!(f, "must have at most one of {}", fields.join(", "))
            }
            Rule::RequiredWhen { field, condition } => {
                write!(f, "must have {field} when {condition}")
            }
            Rule::ForbiddenWhen { field, condition } => {
                write!(f, "must not have {field} when {condition}")
            }
            Rule::EnumValue { allowed } => write!(f, "must be one of {}", allowed.join(", ")),
        }
    }
}

/// The most Unicode scalar values of a string that a message quotes: a longer string is cut
/// after this many (never inside a character, an escape or a surrogate pair) and marked `…`.
pub const MAX_SHOWN: usize = 64;

/// One broken constraint.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// The wire path of the value (`ParticipantInfos[3].Marks[0]`; empty for the request).
    pub path: String,
    /// The constraint and its limit.
    pub rule: Rule,
    /// The offending value or, for lists and strings, what was measured (`11 items`).
    pub value: Option<String>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let subject = if self.path.is_empty() {
            "the request"
        } else {
            &self.path
        };
        write!(f, "{subject} {}", self.rule)?;
        if let Some(value) = &self.value {
            write!(f, ", found {value}")?;
        }
        Ok(())
    }
}

/// The violations found in one value: the first `cap` in full, and a count of all.
#[derive(Debug, Clone, PartialEq)]
pub struct Violations {
    kept: Vec<Violation>,
    total: usize,
    cap: usize,
}

impl Violations {
    /// An empty list that keeps at most `cap` violations.
    pub fn with_cap(cap: usize) -> Self {
        Violations {
            kept: Vec::new(),
            total: 0,
            cap,
        }
    }

    /// Records a violation at `path`. Past the cap only the count grows, so a hostile request
    /// costs time linear in its size and memory bounded by the cap.
    pub fn push(&mut self, path: &Path<'_>, rule: Rule, value: Option<String>) {
        self.total += 1;
        if self.kept.len() < self.cap {
            self.kept.push(Violation {
                path: path.to_string(),
                rule,
                value,
            });
        }
    }

    /// The violations kept, in the order found.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.kept.iter()
    }

    /// How many violations were found, kept or not.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// `Ok(())` when nothing was found.
    pub fn into_result(self) -> Result<(), Violations> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl<'v> IntoIterator for &'v Violations {
    type Item = &'v Violation;
    type IntoIter = std::slice::Iter<'v, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.kept.iter()
    }
}

/// How many violations the `Display` of [`Violations`] names before "… and N more".
pub const DISPLAY_FIRST: usize = 5;

/// The longest `Display` of [`Violations`], in bytes, the count of the rest aside.
pub const DISPLAY_MAX_BYTES: usize = 1024;

impl fmt::Display for Violations {
    /// One line fit for a vendor's `Message` or `ErrorInfo` field: the first
    /// [`DISPLAY_FIRST`] violations, `; `-separated, within [`DISPLAY_MAX_BYTES`], then
    /// "… and N more". [`iter`](Violations::iter) or `{:#?}` give every violation kept.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown = 0;
        let mut used = 0;
        for v in self.kept.iter().take(DISPLAY_FIRST) {
            let mut text = v.to_string();
            if shown == 0 {
                if text.len() > DISPLAY_MAX_BYTES {
                    let mut cut = DISPLAY_MAX_BYTES;
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    text.truncate(cut);
                    text.push('…');
                }
            } else if used + 2 + text.len() > DISPLAY_MAX_BYTES {
                break;
            } else {
                f.write_str("; ")?;
                used += 2;
            }
            f.write_str(&text)?;
            used += text.len();
            shown += 1;
        }
        let more = self.total - shown;
        if more > 0 {
            write!(f, "; … and {more} more")?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

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
fn shown<T: Serialize + ?Sized>(value: &T) -> String {
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

#[cfg(test)]
mod tests;
