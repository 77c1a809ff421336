//! The filters the generator adds to minijinja's, one function each: naming and type mapping
//! driven by the manifest (`name`, `type`), values as the language's literals (`as_literal`,
//! `literal`, `envelope_literal`) and text helpers (`doc_lines`, `key`, `json`,
//! `json_pretty`, `words`). [`install`] registers them from one list, each checked by `guard`
//! like minijinja's own; a new filter is a function here and a line in that list (and a line
//! in templates/README.md, which documents them for template authors).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use minijinja::value::Value;
use minijinja::{Environment, Error, ErrorKind, State};

use super::guard::{add_checked_filter, Budget};
use super::manifest::{Literals, Manifest, PerKind, Style, TypeMap, NAME_KINDS};
use crate::emit::model::{self, Model};

/// What the filters read besides their arguments: the set's naming, type map and literals,
/// and each service's schema as JSON (made once: the literal filters run per example).
struct Set {
    naming: Naming,
    literals: Literals,
    schemas: BTreeMap<String, serde_json::Value>,
    /// Each service of the model, by name, for `typed`.
    services: BTreeMap<String, model::Service>,
}

/// Registers every filter the generator adds, by the name templates call it with; `guard`
/// checks the size of the text each returns.
pub(super) fn install(
    env: &mut Environment<'static>,
    budget: &Arc<Budget>,
    manifest: &Manifest,
    model: &Model,
) {
    let set = Arc::new(Set {
        naming: Naming::of(manifest, model),
        literals: manifest.literals.clone(),
        schemas: model
            .services
            .iter()
            .map(|s| {
                let schema = serde_json::to_value(&s.schema).unwrap_or(serde_json::Value::Null);
                (s.name.wire.clone(), schema)
            })
            .collect(),
        services: model
            .services
            .iter()
            .map(|s| (s.name.wire.clone(), s.clone()))
            .collect(),
    });
    let filters: [(&'static str, Value); 11] = [
        ("doc_lines", Value::from_function(doc_lines)),
        ("json", Value::from_function(json)),
        ("json_pretty", Value::from_function(json_pretty)),
        ("words", Value::from_function(words)),
        ("key", Value::from_function(key)),
        ("name", {
            let set = set.clone();
            Value::from_function(move |value: Value, kind: &str| name(&set, &value, kind))
        }),
        ("type", {
            let set = set.clone();
            Value::from_function(move |ty: Value| type_(&set, &ty))
        }),
        ("as_literal", {
            let set = set.clone();
            Value::from_function(move |value: Value| as_literal(&set, &value))
        }),
        ("literal", {
            let set = set.clone();
            Value::from_function(move |state: &State, value: Value, ty: &str| {
                literal(&set, state, &value, ty)
            })
        }),
        ("envelope_literal", {
            let set = set.clone();
            Value::from_function(move |state: &State, value: Value, ty: &str| {
                envelope_literal(&set, state, &value, ty)
            })
        }),
        ("typed", {
            let set = set.clone();
            Value::from_function(move |state: &State, value: Value, ty: &str| {
                typed(&set, state, &value, ty)
            })
        }),
    ];
    for (name, filter) in filters {
        add_checked_filter(env, name, filter, None, budget);
    }
}

/// `name`: a model name (or a plain string) in the manifest's style for a kind of name.
fn name(set: &Set, value: &Value, kind: &str) -> Result<String, Error> {
    set.naming.filter(value, kind)
}

/// `type`: a model type tree in the manifest's spelling.
fn type_(set: &Set, ty: &Value) -> Result<String, Error> {
    set.naming.type_filter(ty)
}

/// `words`: the lowercase words of a name, as the model splits them.
fn words(text: &str) -> Vec<String> {
    model::words(text)
}

/// `as_literal`: a value as the language's literal, its types unknown (a 64-bit integer is
/// written as any other number).
fn as_literal(set: &Set, value: &Value) -> Result<String, Error> {
    let value = to_json(value)?;
    let mut out = String::new();
    write_literal(
        &set.literals,
        &serde_json::Value::Null,
        &serde_json::Value::Null,
        &value,
        &mut out,
    );
    Ok(out)
}

/// `literal`: a value of a schema type of the current service as the language's literal.
fn literal(set: &Set, state: &State, value: &Value, ty: &str) -> Result<String, Error> {
    typed_literal(set, state, value, serde_json::json!({ "ref": ty }))
}

/// `envelope_literal`: a whole response body (envelope included) whose payload is the named
/// type, as the language's literal.
fn envelope_literal(set: &Set, state: &State, value: &Value, ty: &str) -> Result<String, Error> {
    typed_literal(set, state, value, serde_json::json!({ "envelope": ty }))
}

/// A literal of a type of the service being rendered (`service` in the template's context).
fn typed_literal(
    set: &Set,
    state: &State,
    value: &Value,
    ty: serde_json::Value,
) -> Result<String, Error> {
    let schema = state
        .lookup("service")
        .and_then(|s| s.get_attr("name").ok())
        .and_then(|n| n.get_attr("wire").ok())
        .and_then(|n| n.as_str().and_then(|n| set.schemas.get(n)))
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                "literal: needs a `service` (per service or per operation)",
            )
        })?;
    let value = to_json(value)?;
    let mut out = String::new();
    write_literal(&set.literals, schema, &ty, &value, &mut out);
    Ok(out)
}

/// `typed`: a value of a type of the service being rendered as a tree of typed nodes
/// (`super::typed`), for a template to write a typed literal from.
fn typed(set: &Set, state: &State, value: &Value, ty: &str) -> Result<Value, Error> {
    let service = state
        .lookup("service")
        .and_then(|s| s.get_attr("name").ok())
        .and_then(|n| n.get_attr("wire").ok())
        .and_then(|n| n.as_str().and_then(|n| set.services.get(n)))
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                "typed: needs a `service` (per service or per operation)",
            )
        })?;
    let ty = crate::ir::Type::Named {
        name: ty.to_owned(),
    };
    Ok(Value::from_serialize(super::typed::typed(
        service,
        &ty,
        &to_json(value)?,
    )))
}

/// A template value as JSON.
fn to_json(value: &Value) -> Result<serde_json::Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

/// `doc_lines`: prose split into lines for a block comment, with `*/` defused.
fn doc_lines(text: &str, width: Option<usize>) -> Vec<String> {
    let lines = text
        .trim()
        .lines()
        .map(|l| l.trim_end().replace("*/", "*\\/"));
    match width {
        Some(width) if width > 0 => lines.flat_map(|l| wrap(&l, width)).collect(),
        _ => lines.collect(),
    }
}

/// A line cut at spaces into lines of at most `width` characters, each continuation indented
/// as the line was; a word longer than `width` (a URL) stays whole on a line of its own.
fn wrap(line: &str, width: usize) -> Vec<String> {
    if line.chars().count() <= width {
        return vec![line.to_owned()];
    }
    let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
    let indent_len = indent.chars().count();
    let mut out = Vec::new();
    let mut current = indent.clone();
    let mut current_len = indent_len;
    for word in line.split_whitespace() {
        let len = word.chars().count();
        if current_len > indent_len && current_len + 1 + len > width {
            out.push(std::mem::replace(&mut current, indent.clone()));
            current_len = indent_len;
        }
        if current_len > indent_len {
            current.push(' ');
            current_len += 1;
        }
        current.push_str(word);
        current_len += len;
    }
    out.push(current);
    out
}

/// `key`: an object key as JavaScript (and JSON-like literals) write it: bare when it is an
/// identifier (`Member_Account`), quoted otherwise (`"2fa"`, `"user-id"`).
fn key(name: &str) -> String {
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        name.to_owned()
    } else {
        serde_json::to_string(name).unwrap_or_else(|_| format!("\"{name}\""))
    }
}

/// `json`: a value as compact JSON.
fn json(value: Value) -> Result<String, Error> {
    serde_json::to_string(&value)
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

/// `json_pretty`: a value as indented JSON.
fn json_pretty(value: Value) -> Result<String, Error> {
    serde_json::to_string_pretty(&value)
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

/// Writes `value`, a `ty` of `schema`, as a literal. `ty` is a schema type, or
/// `{"envelope": name}` for a whole response body whose result is a `name`.
fn write_literal(
    literals: &Literals,
    schema: &serde_json::Value,
    ty: &serde_json::Value,
    value: &serde_json::Value,
    out: &mut String,
) {
    use serde_json::Value as J;
    let types = &schema["types"];
    let find = |fields: &J, key: &str| -> Option<J> {
        fields
            .as_array()
            .and_then(|fields| fields.iter().find(|f| f[0] == key))
            .map(|f| f[1].clone())
    };
    // What the value's own parts are: a field's type, an item's, or unknown (`Null`).
    let field_type = |key: &str| -> J {
        if let Some(result) = ty.get("envelope") {
            let envelope = &schema["envelope"];
            if envelope["payload"] == key {
                return serde_json::json!({ "ref": result });
            }
            if let Some(t) = find(&envelope["fields"], key) {
                return t;
            }
            if !envelope["payload"].is_null() {
                return J::Null;
            }
            let name = result.as_str().unwrap_or_default();
            return find(&types[name]["fields"], key).unwrap_or(J::Null);
        }
        let Some(name) = ty.get("ref").and_then(J::as_str) else {
            return J::Null;
        };
        let def = &types[name];
        match def["kind"].as_str() {
            Some("struct") => find(&def["fields"], key).unwrap_or(J::Null),
            Some("union") if def["content"] == key => {
                let tag = def["tag"].as_str().unwrap_or_default();
                let variant = value.get(tag).and_then(J::as_str).unwrap_or_default();
                def["variants"]
                    .get(variant)
                    .map_or(J::Null, |t| serde_json::json!({ "ref": t }))
            }
            _ => J::Null,
        }
    };
    let inner = |ty: &J| -> J {
        match ty.as_array() {
            Some(pair) if pair.len() == 2 => pair[1].clone(),
            _ => J::Null,
        }
    };
    match value {
        J::Null => out.push_str(&literals.null),
        J::Bool(true) => out.push_str(&literals.true_),
        J::Bool(false) => out.push_str(&literals.false_),
        J::String(s) => out.push_str(&serde_json::to_string(s).unwrap_or_default()),
        J::Number(n) => {
            let ty = match ty.as_array() {
                Some(pair) if pair[0] == "null" => pair[1].clone(),
                _ => ty.clone(),
            };
            let wide = ty == "i64" || ty == "u64";
            if wide && (n.is_i64() || n.is_u64()) {
                out.push_str(&literals.int64.replacen("{}", &n.to_string(), 1));
            } else {
                out.push_str(&n.to_string());
            }
        }
        J::Array(items) => {
            let item = inner(ty);
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_literal(literals, schema, &item, v, out);
            }
            out.push(']');
        }
        J::Object(map) => {
            let is_map = ty.as_array().is_some_and(|pair| pair[0] == "map");
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push_str(": ");
                let t = if is_map { inner(ty) } else { field_type(k) };
                write_literal(literals, schema, &t, v, out);
            }
            out.push('}');
        }
    }
}

/// A type's name, in the scope of every type (as the model's type names are).
fn type_name(wire: &str) -> model::Name {
    let mut name = model::Name::new(wire);
    name.scope = Some(model::TYPES_SCOPE.to_owned());
    name
}

/// The manifest's naming and type map, as the filters apply them.
#[derive(Debug, Clone)]
pub(super) struct Naming {
    styles: BTreeMap<String, Style>,
    manifest: Arc<Manifest>,
    initialisms: std::collections::HashSet<String>,
    types: TypeMap,
    /// Each scope's names, in the model's order.
    scopes: Arc<BTreeMap<String, Vec<String>>>,
    /// By kind and scope, each name of the scope as [`Naming::style`] writes it: made once.
    unique: Arc<Mutex<UniqueNames>>,
}

/// By (kind, scope), each wire name of the scope and how it is written.
type UniqueNames = HashMap<(String, String), HashMap<String, String>>;

impl Naming {
    pub(super) fn of(manifest: &Manifest, model: &Model) -> Naming {
        Naming {
            styles: manifest.naming.clone(),
            manifest: Arc::new(manifest.clone()),
            initialisms: manifest
                .initialisms
                .iter()
                .map(|w| w.to_ascii_lowercase())
                .collect(),
            types: manifest.types.clone(),
            scopes: Arc::new(model.scopes()),
            unique: Arc::default(),
        }
    }

    /// `name` in the style of `kind`, unique in its scope: styled as [`Naming::styled`]
    /// writes it, and when an earlier name of the scope (in the model's order) is written the
    /// same, followed by the first number from 2 that makes it unique (`Url`, `Url2`).
    pub(super) fn style(&self, name: &model::Name, kind: &str) -> String {
        let Some(scope) = &name.scope else {
            return self.styled(name, kind);
        };
        let Some(members) = self.scopes.get(scope) else {
            return self.styled(name, kind);
        };
        let mut unique = self.unique.lock().unwrap_or_else(|e| e.into_inner());
        let names = unique
            .entry((kind.to_owned(), scope.clone()))
            .or_insert_with(|| {
                let mut taken = std::collections::HashSet::new();
                let mut names = HashMap::new();
                for wire in members {
                    let base = self.styled(&model::Name::new(wire), kind);
                    let mut styled = base.clone();
                    let mut n = 2;
                    while !taken.insert(styled.clone()) {
                        styled = format!("{base}{n}");
                        n += 1;
                    }
                    names.insert(wire.clone(), styled);
                }
                names
            });
        names
            .get(&name.wire)
            .cloned()
            .unwrap_or_else(|| self.styled(name, kind))
    }

    /// `name` in the style of `kind`: initialisms in capitals, a reserved word escaped, and a
    /// name that does not start with a letter or `_` written by `leading_digit`.
    fn styled(&self, name: &model::Name, kind: &str) -> String {
        let style = self.styles.get(kind).copied().unwrap_or(Style::Wire);
        let words = &name.words;
        let cap = |w: &str| {
            if self.initialisms.contains(w) {
                return w.to_ascii_uppercase();
            }
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        };
        let styled = match style {
            Style::Wire => name.wire.clone(),
            Style::Pascal => words.iter().map(|w| cap(w)).collect(),
            Style::Camel => words
                .iter()
                .enumerate()
                .map(|(i, w)| if i == 0 { w.clone() } else { cap(w) })
                .collect(),
            Style::Snake => words.join("_"),
            Style::ScreamingSnake => words.join("_").to_ascii_uppercase(),
            Style::Kebab => words.join("-"),
            Style::Lower => words.concat(),
        };
        let m = &self.manifest;
        let starts_badly = style != Style::Wire
            && !styled.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
        let styled = match m.leading_digit.get(kind) {
            Some(pattern) if starts_badly => pattern.replacen("{}", &styled, 1),
            _ => styled,
        };
        // By kind, a kind's own words and those under `all` are both reserved.
        let reserved = match &m.reserved {
            PerKind::All(words) => words.contains(&styled),
            PerKind::ByKind(map) => [kind, "all"]
                .iter()
                .any(|k| map.get(*k).is_some_and(|words| words.contains(&styled))),
        };
        match m.escape.get(kind) {
            Some(pattern) if reserved => pattern.replacen("{}", &styled, 1),
            _ => styled,
        }
    }

    /// The `name` filter: a model name (or a plain string) in the style of `kind`.
    fn filter(&self, value: &Value, kind: &str) -> Result<String, Error> {
        if !NAME_KINDS.contains(&kind) {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                format!(
                    "name: `{kind}` is not a kind of name (known: {})",
                    NAME_KINDS.join(", ")
                ),
            ));
        }
        let name = if let Some(text) = value.as_str() {
            model::Name::new(text)
        } else {
            let wire = value.get_attr("wire")?;
            let wire = wire.as_str().ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidOperation,
                    "name: expects a name (with `wire` and `words`) or a string",
                )
            })?;
            let mut name = model::Name::new(wire);
            // A model name keeps its scope, so names of one scope stay apart once styled.
            if let Ok(scope) = value.get_attr("scope") {
                name.scope = scope.as_str().map(str::to_owned);
            }
            name
        };
        Ok(self.style(&name, kind))
    }

    /// The `type` filter: a model type tree in the manifest's spelling.
    fn type_filter(&self, ty: &Value) -> Result<String, Error> {
        let invalid = |what: &str| Error::new(ErrorKind::InvalidOperation, format!("type: {what}"));
        let kind = ty.get_attr("kind")?;
        let t = &self.types;
        match kind.as_str() {
            Some("scalar") => {
                let scalar = ty.get_attr("scalar")?;
                Ok(match scalar.as_str() {
                    Some("bool") => t.bool.clone(),
                    Some("i32") => t.i32.clone(),
                    Some("i64") => t.i64.clone(),
                    Some("u32") => t.u32.clone(),
                    Some("u64") => t.u64.clone(),
                    Some("f64") => t.f64.clone(),
                    Some("string") => t.string.clone(),
                    _ => return Err(invalid("unknown scalar")),
                })
            }
            Some("list") => Ok(t
                .list
                .replace("{item}", &self.type_filter(&ty.get_attr("item")?)?)),
            Some("map") => Ok(t
                .map
                .replace("{value}", &self.type_filter(&ty.get_attr("value")?)?)),
            Some("nullable") => Ok(t
                .nullable
                .replace("{item}", &self.type_filter(&ty.get_attr("item")?)?)),
            Some("named") => {
                let name = ty.get_attr("name")?;
                let name = name
                    .as_str()
                    .ok_or_else(|| invalid("a named type without a name"))?;
                Ok(t.named
                    .replace("{name}", &self.style(&type_name(name), "type")))
            }
            _ => Err(invalid("not a type")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Scalar, Type};

    fn naming(yaml: &str) -> Naming {
        let manifest: Manifest = serde_yaml::from_str(yaml).unwrap();
        Naming::of(
            &manifest,
            &Model {
                services: Vec::new(),
            },
        )
    }

    const TS: &str = r#"
name: ts
naming: {type: pascal, function: camel, constant: screaming_snake, file: snake, package: kebab}
reserved: [delete, new]
escape: "{}_"
types: {bool: boolean, i32: number, i64: bigint, u32: number, u64: bigint, f64: number,
        string: string, list: "Array<{item}>", map: "Record<string, {value}>",
        nullable: "{item} | null"}
files: [{template: a.j2, path: "{service}/a.ts"}]
"#;

    #[test]
    fn doc_lines_trim_defuse_and_wrap_when_asked() {
        let text =
            "  First line */ here.  \n  - a list item that runs on past the width it was given\n";
        assert_eq!(
            doc_lines(text, None),
            [
                "First line *\\/ here.",
                "  - a list item that runs on past the width it was given"
            ]
        );
        assert_eq!(
            doc_lines(text, Some(24)),
            [
                "First line *\\/ here.",
                "  - a list item that",
                "  runs on past the width",
                "  it was given"
            ]
        );
        // A word longer than the width stays whole; no line is empty.
        assert_eq!(
            doc_lines("see https://example.com/a/very/long/address now", Some(10)),
            ["see", "https://example.com/a/very/long/address", "now"]
        );
    }

    #[test]
    fn reserved_words_escapes_and_leading_digits_go_by_kind() {
        let n = naming(
            r#"
name: go
naming: {type: pascal, field: pascal, variable: camel, function: pascal}
reserved:
  all: [type, func, False]
  variable: [string, len]
escape: {all: "{}_", type: "{}Type"}
leading_digit: {all: "N{}", variable: "n{}"}
initialisms: [ID, url]
files: [{template: a.j2, path: a.go, per: once}]
"#,
        );
        let style = |wire: &str, kind: &str| n.style(&model::Name::new(wire), kind);
        // A word reserved for one kind only is escaped only there.
        assert_eq!(style("len", "variable"), "len_");
        assert_eq!(style("Len", "field"), "Len");
        // `all` applies to every kind, each with its own escape.
        assert_eq!(style("func", "variable"), "func_");
        assert_eq!(style("type", "variable"), "type_");
        // YAML's `False` in the list is the word, not a bool.
        assert_eq!(style("False", "field"), "False_");
        // A leading digit gets its kind's prefix, an identifier in the language.
        assert_eq!(style("2fa", "field"), "N2fa");
        assert_eq!(style("2fa", "variable"), "n2fa");
        // Initialisms in capitals, but never the first word of a camel name.
        assert_eq!(style("UserId", "field"), "UserID");
        assert_eq!(style("user_id", "variable"), "userID");
        assert_eq!(style("URL", "field"), "URL");
        assert_eq!(style("url", "variable"), "url");
        assert_eq!(style("AvatarUrl", "function"), "AvatarURL");
    }

    #[test]
    fn names_follow_the_manifest() {
        let n = naming(TS);
        let name = model::Name::new("ModifyMessage");
        assert_eq!(n.style(&name, "function"), "modifyMessage");
        assert_eq!(n.style(&name, "constant"), "MODIFY_MESSAGE");
        assert_eq!(n.style(&name, "file"), "modify_message");
        assert_eq!(
            n.style(&model::Name::new("tencent-chat"), "package"),
            "tencent-chat"
        );
        // Reserved words are escaped and leading digits prefixed; unstyled kinds keep the wire
        // name.
        assert_eq!(n.style(&model::Name::new("Delete"), "function"), "delete_");
        assert_eq!(n.style(&model::Name::new("2fa"), "function"), "_2fa");
        assert_eq!(
            n.style(&model::Name::new("Member_Account"), "field"),
            "Member_Account"
        );
    }

    #[test]
    fn types_follow_the_manifest() {
        let n = naming(TS);
        let ty = |t: &Type| n.type_filter(&Value::from_serialize(t)).unwrap();
        let i64 = Type::Scalar {
            scalar: Scalar::I64,
        };
        let map = Type::Map {
            value: Box::new(i64.clone()),
        };
        assert_eq!(ty(&i64), "bigint");
        assert_eq!(
            ty(&Type::List {
                item: Box::new(map)
            }),
            "Array<Record<string, bigint>>"
        );
        assert_eq!(
            ty(&Type::Nullable {
                item: Box::new(Type::Named {
                    name: "MemberMarks".into()
                })
            }),
            "MemberMarks | null"
        );
    }
}
