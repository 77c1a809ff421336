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
//!
//! A constraint may carry the vendor's documented error code for breaking it (`code:` in the
//! spec): generated validators check it inside [`Violations::coded`], so its violations carry
//! the code, and [`Violations::code`] gives the code a server answers the request with.

use std::fmt;

use crate::code::ErrorCode;

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
    /// A field a request must carry is absent (`required: request`: an answer may leave it
    /// out, so the type holds it as an `Option`, and validation, which requests go through,
    /// asks for it). The path names the field.
    Required,
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
            Rule::Required => "required",
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
            Rule::Required => f.write_str("must be present"),
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
    /// The vendor's documented code for breaking this constraint, when the spec gives one
    /// (`10005`); otherwise the service's code for an invalid parameter applies.
    pub code: Option<ErrorCode>,
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
    /// The code of the first violation that carries one, kept or not.
    code: Option<ErrorCode>,
}

impl Violations {
    /// An empty list that keeps at most `cap` violations.
    pub fn with_cap(cap: usize) -> Self {
        Violations {
            kept: Vec::new(),
            total: 0,
            cap,
            code: None,
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
                code: None,
            });
        }
    }

    /// Runs `check` (the checks of one constraint) and gives every violation it finds the
    /// constraint's documented `code`.
    pub fn coded(&mut self, code: ErrorCode, check: impl FnOnce(&mut Violations)) {
        let (kept, total) = (self.kept.len(), self.total);
        check(self);
        for v in &mut self.kept[kept..] {
            v.code = Some(code);
        }
        if self.total > total && self.code.is_none() {
            self.code = Some(code);
        }
    }

    /// The code a server answers these violations with, when one carries a code of its own:
    /// the first such violation's, in the order found (counted past the cap too). A
    /// documented code is more specific than the service's code for an invalid parameter, so
    /// it wins over violations without one, wherever they were found; `None` when no violation
    /// carries a code, and the invalid-parameter role's code applies.
    pub fn code(&self) -> Option<ErrorCode> {
        self.code
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

mod checks;

pub use checks::*;

#[cfg(test)]
mod tests;
