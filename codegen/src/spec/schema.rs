//! The JSON Schema of the spec format, derived from [`crate::spec`] so the two cannot drift.
//!
//! The schemas are written next to the spec folders (`spec/service.schema.json`,
//! `spec/operation.schema.json`, `spec/type.schema.json`) for editors. The loader checks every spec file against them
//! before it deserializes the file ([`check_value`]), so that one run reports every structural
//! problem of a file, with the keys allowed where an unknown key was found.

use std::sync::OnceLock;

use serde_json::Value;

use crate::spec::path::Segment;
use crate::spec::{OperationFile, ServiceFile, TypeDef};

/// Which kind of spec file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `service.yaml`.
    Service,
    /// An operation file.
    Operation,
    /// A type file: `<service>/types/<snake_name>.yaml`, one shared type.
    Type,
}

impl Kind {
    /// The schema's file name inside the spec folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Service => "service.schema.json",
            Kind::Operation => "operation.schema.json",
            Kind::Type => "type.schema.json",
        }
    }

    /// Every kind.
    pub const ALL: [Kind; 3] = [Kind::Service, Kind::Operation, Kind::Type];
}

/// The JSON Schema of one kind of spec file, built once.
pub fn schema(kind: Kind) -> &'static Value {
    static SERVICE: OnceLock<Value> = OnceLock::new();
    static OPERATION: OnceLock<Value> = OnceLock::new();
    static TYPE: OnceLock<Value> = OnceLock::new();
    match kind {
        Kind::Service => SERVICE.get_or_init(|| build(kind)),
        Kind::Operation => OPERATION.get_or_init(|| build(kind)),
        Kind::Type => TYPE.get_or_init(|| build(kind)),
    }
}

fn build(kind: Kind) -> Value {
    let mut schema = match kind {
        Kind::Service => schemars::schema_for!(ServiceFile),
        Kind::Operation => schemars::schema_for!(OperationFile),
        Kind::Type => schemars::schema_for!(TypeDef),
    }
    .to_value();
    if let Some(object) = schema.as_object_mut() {
        let title = match kind {
            Kind::Service => "imapi spec: service.yaml",
            Kind::Operation => "imapi spec: operation file",
            Kind::Type => "imapi spec: type file (<service>/types/<snake_name>.yaml)",
        };
        object.insert("title".into(), Value::String(title.into()));
    }
    schema
}

/// The schema as the text written to disk.
pub fn render(kind: Kind) -> String {
    let mut text = serde_json::to_string_pretty(schema(kind)).expect("a JSON value serializes");
    text.push('\n');
    text
}

/// The keys allowed in the mapping at `path` of a file of `kind`, sorted. Empty when the path
/// does not lead to an object of the schema.
pub fn expected_keys(kind: Kind, path: &[Segment]) -> Vec<String> {
    let root = schema(kind);
    let mut node = root;
    for segment in path {
        let want = match segment {
            Segment::Key(_) => "properties",
            Segment::Index(_) => "items",
        };
        let Some(resolved) = resolve(root, node, want) else {
            return Vec::new();
        };
        let next = match segment {
            Segment::Key(key) => resolved.get("properties").and_then(|p| p.get(key)),
            Segment::Index(_) => resolved.get("items"),
        };
        match next {
            Some(next) => node = next,
            None => return Vec::new(),
        }
    }
    let mut keys: Vec<String> = resolve(root, node, "properties")
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

/// Follows `$ref` and picks the non-null branch of `anyOf`/`oneOf` (how optional fields are
/// written; of alternatives such as a list or a mapping, the one that has `want`: `properties`
/// or `items`), until an object or array schema is reached.
fn resolve<'a>(root: &'a Value, mut node: &'a Value, want: &str) -> Option<&'a Value> {
    for _ in 0..16 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let name = reference.strip_prefix("#/$defs/")?;
            node = root.get("$defs")?.get(name)?;
            continue;
        }
        if let Some(branches) = node
            .get("anyOf")
            .or_else(|| node.get("oneOf"))
            .and_then(Value::as_array)
        {
            let mut candidates = branches
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"));
            let first = candidates.clone().next()?;
            node = candidates
                .find(|b| resolve(root, b, want).is_some_and(|r| r.get(want).is_some()))
                .unwrap_or(first);
            continue;
        }
        return Some(node);
    }
    None
}

/// A structural problem of a spec file, found by [`check_value`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, in the file: the value that is wrong, or the key that is missing.
    pub path: Vec<Segment>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

/// What [`check_value`] found, and what it did to the value so that the rest of the file can
/// still be checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    /// Every structural problem, up to [`MAX_PROBLEMS_PER_FILE`] (then a count of the rest).
    pub problems: Vec<Problem>,
    /// The paths whose value was missing or unusable and was replaced by a stand-in (or, for
    /// an optional key, removed), sorted. What the checker later says at or under one of them
    /// is about the stand-in, not about what the person wrote.
    pub repaired: Vec<Vec<Segment>>,
}

impl Checked {
    /// Whether the value at `path` itself was replaced (the whole file, for an empty path).
    pub fn replaced(&self, path: &[Segment]) -> bool {
        self.repaired.iter().any(|r| r.as_slice() == path)
    }
}

/// The most problems reported for one file; past it a count says how many more there were.
pub const MAX_PROBLEMS_PER_FILE: usize = 50;

/// Checks a parsed spec file against the schema of its kind and reports every structural
/// problem: unknown keys (removed from `value`, with a "did you mean"), missing required keys,
/// values of the wrong type or out of their type's range, values that are not one of an
/// enum's, and control characters in one-line text.
///
/// Every problem is recovered from, as from an unknown key, so that the file can still be
/// deserialized and checked further: a missing required value is filled in with a stand-in of
/// its type (empty text, 0, `false`, an empty list, the first value of an enum, a mapping of
/// stand-ins); an unusable value of an optional key is removed; an unusable required value or
/// list item is replaced by a stand-in. [`Checked::repaired`] lists where.
pub fn check_value(kind: Kind, value: &mut serde_yaml::Value) -> Checked {
    let root = schema(kind);
    let mut walker = Walker {
        root,
        path: Vec::new(),
        problems: Vec::new(),
        found: 0,
        repaired: Vec::new(),
    };
    if !walker.walk(root, value) {
        *value = walker.stand_in(root, 0);
        walker.repaired.push(Vec::new());
    }
    if walker.found > walker.problems.len() {
        let more = walker.found - walker.problems.len();
        walker.problems.push(Problem {
            path: Vec::new(),
            message: format!("and {more} more structural problems in this file"),
            help: None,
        });
    }
    walker.repaired.sort();
    Checked {
        problems: walker.problems,
        repaired: walker.repaired,
    }
}

struct Walker<'s> {
    root: &'s Value,
    path: Vec<Segment>,
    problems: Vec<Problem>,
    found: usize,
    repaired: Vec<Vec<Segment>>,
}

impl<'s> Walker<'s> {
    fn report(&mut self, message: String, help: Option<String>) {
        self.found += 1;
        if self.problems.len() < MAX_PROBLEMS_PER_FILE {
            self.problems.push(Problem {
                path: self.path.clone(),
                message,
                help,
            });
        }
    }

    /// Follows `$ref`s to the schema they name.
    fn deref(&self, mut schema: &'s Value) -> &'s Value {
        for _ in 0..16 {
            let Some(name) = schema
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
            else {
                break;
            };
            match self.root.get("$defs").and_then(|d| d.get(name)) {
                Some(next) => schema = next,
                None => break,
            }
        }
        schema
    }

    /// A value that fits `schema`, standing in for one that is missing or unusable: null where
    /// null is allowed, the first value of an enum, empty text, 0, `false`, an empty list, or
    /// a mapping of stand-ins for its required keys.
    fn stand_in(&self, schema: &'s Value, depth: usize) -> serde_yaml::Value {
        let schema = self.deref(schema);
        if depth > 16 {
            return serde_yaml::Value::Null;
        }
        if let Some(branches) = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Value::as_array)
        {
            let nullable = branches
                .iter()
                .any(|b| b.get("type").and_then(Value::as_str) == Some("null"));
            return match branches.first() {
                Some(_) if nullable => serde_yaml::Value::Null,
                Some(first) => self.stand_in(first, depth + 1),
                None => serde_yaml::Value::Null,
            };
        }
        let first_allowed = schema
            .get("const")
            .or_else(|| schema.get("enum").and_then(|e| e.get(0)));
        if let Some(allowed) = first_allowed {
            return serde_yaml::to_value(allowed).unwrap_or(serde_yaml::Value::Null);
        }
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        if types.contains(&"null") {
            return serde_yaml::Value::Null;
        }
        match types.first().copied() {
            Some("string") => serde_yaml::Value::String(String::new()),
            Some("integer") | Some("number") => serde_yaml::Value::Number(0.into()),
            Some("boolean") => serde_yaml::Value::Bool(false),
            Some("array") => serde_yaml::Value::Sequence(Vec::new()),
            Some("object") => {
                let mut map = serde_yaml::Mapping::new();
                let properties = schema.get("properties");
                let required = schema.get("required").and_then(Value::as_array);
                for name in required.into_iter().flatten().filter_map(Value::as_str) {
                    if let Some(property) = properties.and_then(|p| p.get(name)) {
                        map.insert(name.into(), self.stand_in(property, depth + 1));
                    }
                }
                serde_yaml::Value::Mapping(map)
            }
            _ => serde_yaml::Value::Null,
        }
    }

    /// Checks `value` against `schema`, repairing what is wrong inside it; returns whether the
    /// value itself fits (when it does not, the caller removes or replaces it).
    fn walk(&mut self, schema: &'s Value, value: &mut serde_yaml::Value) -> bool {
        let schema = self.deref(schema);
        if let Some(branches) = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Value::as_array)
        {
            return self.branches(branches, value);
        }
        if let Some(constant) = schema.get("const") {
            return self.one_of(std::slice::from_ref(constant), value);
        }
        let Some(types) = type_names(schema) else {
            // No type: any value (examples, defaults, enum values, error codes).
            return true;
        };
        if !kind_fits(&types, value) {
            self.wrong_kind(&types, value);
            return false;
        }
        match value {
            serde_yaml::Value::String(text) => {
                let prose = schema.get("x-prose") == Some(&Value::Bool(true));
                self.text(text, prose);
                true
            }
            serde_yaml::Value::Number(n) => self.integer_range(schema, n),
            serde_yaml::Value::Sequence(items) => {
                let Some(item_schema) = schema.get("items") else {
                    return true;
                };
                for (i, item) in items.iter_mut().enumerate() {
                    self.path.push(Segment::Index(i));
                    if !self.walk(item_schema, item) {
                        *item = self.stand_in(item_schema, 0);
                        self.repaired.push(self.path.clone());
                    }
                    self.path.pop();
                }
                true
            }
            serde_yaml::Value::Mapping(map) => {
                self.mapping(schema, map);
                true
            }
            _ => true,
        }
    }

    /// Reports a value of a kind `types` does not allow.
    fn wrong_kind(&mut self, types: &[&str], value: &serde_yaml::Value) {
        let expected: Vec<&str> = types
            .iter()
            .filter(|t| **t != "null")
            .map(|t| match *t {
                "object" => "a mapping",
                "array" => "a list",
                "string" => "text",
                "integer" => "an integer",
                "number" => "a number",
                "boolean" => "true or false",
                other => other,
            })
            .collect();
        let message = format!(
            "expected {}, found {}",
            expected.join(" or "),
            kind_of(value)
        );
        self.report(message, None);
    }

    /// `anyOf`/`oneOf` as schemars writes them: an optional value (one branch and `null`), an
    /// enum of constants, or alternatives of different kinds (a list or a mapping, as an
    /// untagged enum of the model is written), of which the value's kind picks one.
    fn branches(&mut self, branches: &'s [Value], value: &mut serde_yaml::Value) -> bool {
        let is_null = |b: &Value| b.get("type").and_then(Value::as_str) == Some("null");
        if value.is_null() && branches.iter().any(is_null) {
            return true;
        }
        let constants: Vec<&Value> = branches.iter().filter_map(|b| b.get("const")).collect();
        if !constants.is_empty() && constants.len() == branches.len() {
            let constants: Vec<Value> = constants.into_iter().cloned().collect();
            return self.one_of(&constants, value);
        }
        let rest: Vec<&'s Value> = branches.iter().filter(|b| !is_null(b)).collect();
        if let [only] = rest.as_slice() {
            return self.walk(only, value);
        }
        let kinds: Vec<(&'s Value, Vec<&'s str>)> = rest
            .iter()
            .map(|b| self.deref(b))
            .filter_map(|b| type_names(b).map(|t| (b, t)))
            .collect();
        if kinds.len() != rest.len() {
            // Not a shape schemars writes for the spec model; accept rather than guess.
            return true;
        }
        let fitting: Vec<&'s Value> = kinds
            .iter()
            .filter(|(_, types)| kind_fits(types, value))
            .map(|(b, _)| *b)
            .collect();
        match fitting.as_slice() {
            [one] => self.walk(one, value),
            [] => {
                // A branch of one constant is named by it (`true or false or `request``).
                let all: Vec<String> = kinds
                    .iter()
                    .flat_map(|(b, t)| match b.get("const") {
                        Some(Value::String(c)) => vec![format!("`{c}`")],
                        _ => t.iter().map(|t| (*t).to_owned()).collect(),
                    })
                    .collect();
                let all: Vec<&str> = all.iter().map(String::as_str).collect();
                self.wrong_kind(&all, value);
                false
            }
            // Alternatives of one kind: not a shape of the model; accept rather than guess.
            _ => true,
        }
    }

    fn one_of(&mut self, allowed: &[Value], value: &serde_yaml::Value) -> bool {
        let as_json = serde_json::to_value(value).unwrap_or(Value::Null);
        if allowed.contains(&as_json) {
            return true;
        }
        let names: Vec<String> = allowed
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect();
        let shown = match &as_json {
            Value::String(s) => format!("`{s}`"),
            other => kind_of_json(other),
        };
        let help = as_json
            .as_str()
            .and_then(|s| crate::naming::suggest(s, names.iter().map(String::as_str)))
            .map(|near| format!("did you mean `{near}`?"));
        self.report(
            format!("expected one of {}, found {shown}", names.join(", ")),
            help,
        );
        false
    }

    fn text(&mut self, text: &str, prose: bool) {
        let bad = text
            .chars()
            .find(|c| c.is_control() && !(prose && (*c == '\n' || *c == '\t')));
        if let Some(c) = bad {
            let (message, help) = if prose {
                (
                    format!("text holds the control character U+{:04X}", c as u32),
                    "only line breaks and tabs may appear in descriptions",
                )
            } else {
                (
                    format!(
                        "one-line text holds the control character U+{:04X}{}",
                        c as u32,
                        if c == '\n' { " (a line break)" } else { "" }
                    ),
                    "names, titles, hosts and summaries are a single line of text",
                )
            };
            self.report(message, Some(help.to_owned()));
        }
    }

    /// schemars marks unsigned and sized integers with a `format` and a `minimum`.
    fn integer_range(&mut self, schema: &Value, n: &serde_yaml::Number) -> bool {
        let Some(format) = schema.get("format").and_then(Value::as_str) else {
            return true;
        };
        let (lo, hi): (i128, i128) = match format {
            "uint8" => (0, u8::MAX.into()),
            "uint16" => (0, u16::MAX.into()),
            "uint32" => (0, u32::MAX.into()),
            "uint64" | "uint" => (0, u64::MAX.into()),
            "int32" => (i32::MIN.into(), i32::MAX.into()),
            "int64" | "int" => (i64::MIN.into(), i64::MAX.into()),
            _ => return true,
        };
        let value = n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from));
        match value {
            Some(v) if (lo..=hi).contains(&v) => true,
            Some(v) if v < 0 && lo == 0 => {
                self.report(
                    format!("expected a whole number of at least 0, found {v}"),
                    None,
                );
                false
            }
            _ => {
                self.report(format!("{n} is out of range ({lo} to {hi})"), None);
                false
            }
        }
    }

    /// Checks a mapping's keys and values: unknown keys and non-text keys are removed,
    /// unusable values of optional keys removed, unusable or missing required values replaced
    /// by stand-ins.
    fn mapping(&mut self, schema: &'s Value, map: &mut serde_yaml::Mapping) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut remove = Vec::new();
        for (key, value) in map.iter_mut() {
            let Some(name) = key.as_str() else {
                self.report(format!("keys are text, not {}", kind_of(key)), None);
                remove.push(key.clone());
                continue;
            };
            self.path.push(Segment::Key(name.to_owned()));
            match properties.and_then(|p| p.get(name)) {
                Some(property) if !self.walk(property, value) => {
                    if required.contains(&name) {
                        *value = self.stand_in(property, 0);
                    } else {
                        remove.push(key.clone());
                    }
                    self.repaired.push(self.path.clone());
                }
                Some(_) => {}
                None if closed => {
                    let expected: Vec<&str> = properties
                        .map(|p| {
                            let mut keys: Vec<&str> = p.keys().map(String::as_str).collect();
                            keys.sort_unstable();
                            keys
                        })
                        .unwrap_or_default();
                    let list = expected.join(", ");
                    let help = match crate::naming::suggest(name, expected.iter().copied()) {
                        Some(near) => format!("did you mean `{near}`? expected one of: {list}"),
                        None => format!("expected one of: {list}"),
                    };
                    self.report(format!("unknown key `{name}`"), Some(help));
                    remove.push(key.clone());
                }
                None => {}
            }
            self.path.pop();
        }
        for key in remove {
            map.remove(&key);
        }
        for name in required {
            if !map.contains_key(name) {
                // Reported at the key that is missing (located at its mapping).
                self.path.push(Segment::Key(name.to_owned()));
                self.report(format!("missing field `{name}`"), None);
                self.repaired.push(self.path.clone());
                self.path.pop();
                let stand_in = properties
                    .and_then(|p| p.get(name))
                    .map_or(serde_yaml::Value::Null, |p| self.stand_in(p, 0));
                map.insert(name.into(), stand_in);
            }
        }
    }
}

/// The JSON Schema types a schema allows, or `None` when it names none (any value).
fn type_names(schema: &Value) -> Option<Vec<&str>> {
    match schema.get("type")? {
        Value::String(t) => Some(vec![t.as_str()]),
        Value::Array(ts) => Some(ts.iter().filter_map(Value::as_str).collect()),
        _ => None,
    }
}

/// Whether `value` is of one of the JSON Schema `types`.
fn kind_fits(types: &[&str], value: &serde_yaml::Value) -> bool {
    match value {
        serde_yaml::Value::Null => types.contains(&"null"),
        serde_yaml::Value::Bool(_) => types.contains(&"boolean"),
        serde_yaml::Value::Number(n) => {
            types.contains(&"number") || (types.contains(&"integer") && (n.is_i64() || n.is_u64()))
        }
        serde_yaml::Value::String(_) => types.contains(&"string"),
        serde_yaml::Value::Sequence(_) => types.contains(&"array"),
        serde_yaml::Value::Mapping(_) => types.contains(&"object"),
        serde_yaml::Value::Tagged(_) => false,
    }
}

fn kind_of(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::Tagged(_) => "a tagged value".into(),
        other => kind_of_json(&serde_json::to_value(other).unwrap_or(Value::Null)),
    }
}

fn kind_of_json(value: &Value) -> String {
    match value {
        Value::Null => "nothing (null)".into(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the text `{s}`"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a mapping".into(),
    }
}

#[cfg(test)]
#[path = "schema_tests.rs"]
mod tests;
