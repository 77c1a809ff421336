//! The JSON Schema of the spec format, derived from [`crate::spec`] so the two cannot drift.
//!
//! The schemas are written next to the spec folders (`spec/service.schema.json`,
//! `spec/operation.schema.json`) for editors. The loader checks every spec file against them
//! before it deserializes the file ([`check_value`]), so that one run reports every structural
//! problem of a file, with the keys allowed where an unknown key was found.

use std::sync::OnceLock;

use serde_json::Value;

use crate::spec::path::Segment;
use crate::spec::{OperationFile, ServiceFile};

/// Which kind of spec file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `service.yaml`.
    Service,
    /// An operation file.
    Operation,
}

impl Kind {
    /// The schema's file name inside the spec folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Service => "service.schema.json",
            Kind::Operation => "operation.schema.json",
        }
    }

    /// Both kinds.
    pub const ALL: [Kind; 2] = [Kind::Service, Kind::Operation];
}

/// The JSON Schema of one kind of spec file, built once.
pub fn schema(kind: Kind) -> &'static Value {
    static SERVICE: OnceLock<Value> = OnceLock::new();
    static OPERATION: OnceLock<Value> = OnceLock::new();
    match kind {
        Kind::Service => SERVICE.get_or_init(|| build(kind)),
        Kind::Operation => OPERATION.get_or_init(|| build(kind)),
    }
}

fn build(kind: Kind) -> Value {
    let mut schema = match kind {
        Kind::Service => schemars::schema_for!(ServiceFile),
        Kind::Operation => schemars::schema_for!(OperationFile),
    }
    .to_value();
    if let Some(object) = schema.as_object_mut() {
        let title = match kind {
            Kind::Service => "imapi spec: service.yaml",
            Kind::Operation => "imapi spec: operation file",
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
        let Some(resolved) = resolve(root, node) else {
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
    let mut keys: Vec<String> = resolve(root, node)
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

/// Follows `$ref` and picks the non-null branch of `anyOf`/`oneOf` (how optional fields are
/// written), until an object or array schema is reached.
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
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
            node = branches
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))?;
            continue;
        }
        return Some(node);
    }
    None
}

/// A structural problem of a spec file, found by [`check_value`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, in the file.
    pub path: Vec<Segment>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// Whether the file cannot be read into the model (an unknown key, or a control character
    /// in text, is reported but does not stop the file from being checked further).
    pub fatal: bool,
}

/// The most problems reported for one file; past it a count says how many more there were.
pub const MAX_PROBLEMS_PER_FILE: usize = 50;

/// Checks a parsed spec file against the schema of its kind and reports every structural
/// problem: unknown keys (removed from `value`, with a "did you mean"), missing required keys,
/// values of the wrong type or out of their type's range, values that are not one of an
/// enum's, and control characters in one-line text.
pub fn check_value(kind: Kind, value: &mut serde_yaml::Value) -> Vec<Problem> {
    let root = schema(kind);
    let mut walker = Walker {
        root,
        path: Vec::new(),
        problems: Vec::new(),
        found: 0,
    };
    walker.walk(root, value);
    if walker.found > walker.problems.len() {
        let more = walker.found - walker.problems.len();
        walker.problems.push(Problem {
            path: Vec::new(),
            message: format!("and {more} more structural problems in this file"),
            help: None,
            fatal: true,
        });
    }
    walker.problems
}

struct Walker<'s> {
    root: &'s Value,
    path: Vec<Segment>,
    problems: Vec<Problem>,
    found: usize,
}

impl<'s> Walker<'s> {
    fn report(&mut self, message: String, help: Option<String>, fatal: bool) {
        self.found += 1;
        if self.problems.len() < MAX_PROBLEMS_PER_FILE {
            self.problems.push(Problem {
                path: self.path.clone(),
                message,
                help,
                fatal,
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

    /// Checks `value` against `schema`; returns whether it fits (after unknown keys are gone).
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
        let Some(types) = schema.get("type") else {
            // No type: any value (examples, defaults, enum values, error codes).
            return true;
        };
        let types: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => return true,
        };
        let fits = match &*value {
            serde_yaml::Value::Null => types.contains(&"null"),
            serde_yaml::Value::Bool(_) => types.contains(&"boolean"),
            serde_yaml::Value::Number(n) => {
                types.contains(&"number")
                    || (types.contains(&"integer") && (n.is_i64() || n.is_u64()))
            }
            serde_yaml::Value::String(_) => types.contains(&"string"),
            serde_yaml::Value::Sequence(_) => types.contains(&"array"),
            serde_yaml::Value::Mapping(_) => types.contains(&"object"),
            serde_yaml::Value::Tagged(_) => false,
        };
        if !fits {
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
            self.report(message, None, true);
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
                let mut ok = true;
                for (i, item) in items.iter_mut().enumerate() {
                    self.path.push(Segment::Index(i));
                    ok &= self.walk(item_schema, item);
                    self.path.pop();
                }
                ok
            }
            serde_yaml::Value::Mapping(map) => self.mapping(schema, map),
            _ => true,
        }
    }

    /// `anyOf`/`oneOf` as schemars writes them: an optional value (one branch and `null`), or
    /// an enum of constants.
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
        match rest.as_slice() {
            [only] => self.walk(only, value),
            // Not a shape schemars writes for the spec model; accept rather than guess.
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
            true,
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
            self.report(message, Some(help.to_owned()), false);
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
                    true,
                );
                false
            }
            _ => {
                self.report(format!("{n} is out of range ({lo} to {hi})"), None, true);
                false
            }
        }
    }

    fn mapping(&mut self, schema: &'s Value, map: &mut serde_yaml::Mapping) -> bool {
        let properties = schema.get("properties").and_then(Value::as_object);
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        let mut ok = true;
        let mut unknown = Vec::new();
        for (key, value) in map.iter_mut() {
            let Some(name) = key.as_str() else {
                self.report(format!("keys are text, not {}", kind_of(key)), None, true);
                ok = false;
                continue;
            };
            self.path.push(Segment::Key(name.to_owned()));
            match properties.and_then(|p| p.get(name)) {
                Some(property) => ok &= self.walk(property, value),
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
                    self.report(format!("unknown key `{name}`"), Some(help), false);
                    unknown.push(key.clone());
                }
                None => {}
            }
            self.path.pop();
        }
        for key in unknown {
            map.remove(&key);
        }
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(name) {
                    self.report(format!("missing field `{name}`"), None, true);
                    ok = false;
                }
            }
        }
        ok
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
mod tests {
    use super::*;

    fn keys(kind: Kind, path: &[Segment]) -> Vec<String> {
        expected_keys(kind, path)
    }

    #[test]
    fn expected_keys_follow_the_model() {
        let top = keys(Kind::Operation, &[]);
        assert!(top.contains(&"request".to_owned()));
        assert!(top.contains(&"doc_notes".to_owned()));
        let field = keys(
            Kind::Operation,
            &[
                Segment::Key("request".into()),
                Segment::Key("fields".into()),
                Segment::Index(0),
            ],
        );
        assert!(field.contains(&"required".to_owned()), "{field:?}");
        assert!(field.contains(&"type".to_owned()));
        let items = keys(
            Kind::Operation,
            &[
                Segment::Key("request".into()),
                Segment::Key("fields".into()),
                Segment::Index(0),
                Segment::Key("constraints".into()),
                Segment::Key("items".into()),
            ],
        );
        assert!(items.contains(&"also_allowed".to_owned()), "{items:?}");
        let endpoint = keys(
            Kind::Service,
            &[Segment::Key("endpoints".into()), Segment::Index(3)],
        );
        assert!(endpoint.contains(&"host".to_owned()));
        assert!(keys(Kind::Service, &[Segment::Key("nope".into())]).is_empty());
    }

    fn problems(kind: Kind, yaml: &str) -> (Vec<(String, String, bool)>, serde_yaml::Value) {
        let mut value: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap();
        let found = check_value(kind, &mut value)
            .into_iter()
            .map(|p| (crate::spec::path::format_path(&p.path), p.message, p.fatal))
            .collect();
        (found, value)
    }

    #[test]
    fn every_structural_problem_of_a_file_is_found_at_once() {
        let yaml = "name: M\nsource: {seed: s}\nsummary: \"two\\nlines\"\ndescription: d\n\
            http: {method: PUT, action: M}\nrate_limit: {requests: fifty, per: second, burst: 1}\n\
            request: {fields: [{name: A, type: i32}]}\nresponse: {fields: []}\ntypo: 1\n";
        let (found, value) = problems(Kind::Operation, yaml);
        let paths: Vec<(&str, bool)> = found.iter().map(|(p, _, f)| (p.as_str(), *f)).collect();
        assert_eq!(
            paths,
            [
                ("summary", false),
                ("http.method", true),
                ("rate_limit.requests", true),
                ("rate_limit.burst", false),
                ("request.fields[0]", true),
                ("request.fields[0]", true),
                ("typo", false),
            ],
            "{found:#?}"
        );
        assert_eq!(found[1].1, "expected one of POST, GET, found `PUT`");
        assert_eq!(found[2].1, "expected an integer, found the text `fifty`");
        assert_eq!(found[4].1, "missing field `required`");
        assert_eq!(found[5].1, "missing field `description`");
        assert!(value.get("typo").is_none(), "unknown keys are dropped");
        assert!(value["rate_limit"].get("burst").is_none());
    }

    #[test]
    fn prose_may_span_lines_and_numbers_fit_their_type() {
        let yaml = "name: M\nsource: {seed: s}\nsummary: s\ndescription: \"a\\nb\\tc\"\n\
            http: {method: POST}\nrate_limit: {requests: 5000000000, per: second}\n\
            request: {}\nresponse: {}\n";
        let (found, _) = problems(Kind::Operation, yaml);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].0, "rate_limit.requests");
        assert!(found[0].1.contains("out of range"));
    }

    #[test]
    fn schemas_forbid_unknown_keys() {
        let schema = schema(Kind::Operation).clone();
        assert_eq!(schema["additionalProperties"], Value::Bool(false));
        assert_eq!(
            schema["$defs"]["Field"]["additionalProperties"],
            Value::Bool(false)
        );
    }
}
