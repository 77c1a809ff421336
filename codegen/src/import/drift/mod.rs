//! `codegen doc-drift`: a page against the spec file that names it as its source ([`find`]:
//! by seed name, by address, by operation name).
//!
//! The page is imported ([`super::import`]) and both sides are reduced to the same mechanical
//! facts (the HTTP binding, the rate limit, per field its type, required flag, example,
//! default, limits and enum values, the examples leaf by leaf, the error codes and the codes
//! the rules name), the page's with their page line, the spec's with their spec path
//! ([`of_draft`], [`of_spec`]). [`compare`] makes each difference an item: a field added,
//! removed or renamed (one item for all its facts), an example changed (one per example
//! side), or one fact changed. Only what the page states is compared: required flags of a
//! table without that column, types defined on other pages, enum values of a description
//! that lists none and error codes of a page without an error table are left out. A
//! difference whose field, value or code the spec's `doc_notes` name (the spec resolved it on
//! purpose) is listed apart, not counted as drift.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

mod compare;

pub use compare::compare;

use super::{DField, Draft};
use crate::spec::load::{LoadedService, LocationIndex};
use crate::spec::{Constraints, Field, OperationFile, TypeDef};

/// Marks the type of a field only the page's examples show.
const EXAMPLE_ONLY: &str = "(in the examples only, no table row)";

/// One fact: its value, and where it is (a page line, or a spec file and path).
#[derive(Debug, Clone, Default)]
pub struct Fact {
    pub value: String,
    /// The page's own word for it (a field's type cell), when it has one.
    pub word: String,
    pub line: usize,
    pub file: String,
    pub path: String,
    /// A field's `type` fact: the field's place among its siblings and its description
    /// (words only), which pair a field removed with a field added as a rename.
    pub pos: Option<usize>,
    pub desc: String,
}

/// A description reduced to its words, for comparing.
pub fn words(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || "`*|\\".contains(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', '。'])
        .to_lowercase()
}

/// The facts of one side, by key (`request.MemberList constraint max_items`).
pub type Facts = BTreeMap<String, Fact>;

/// One difference between a page and its spec file.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Item {
    /// What differs: `field added`, `field removed`, `example changed`, `type changed`, …
    pub kind: String,
    /// The fact's key.
    pub key: String,
    pub page: Option<String>,
    pub spec: Option<String>,
    /// The page line (0: the page does not have it).
    pub line: usize,
    /// The spec file and path (empty: the spec does not have it).
    pub spec_file: String,
    pub spec_path: String,
    pub spec_line: Option<usize>,
    /// Whether the spec's `doc_notes` name it: resolved on purpose, not drift.
    pub noted: bool,
}

/// The spec file (and its service's types) that names the page: by `source.seed` (the page's
/// file name), else by address (the page's [`super::page_url`] equal to `source.url` or an
/// `also_from` url, compared without scheme, query, fragment and trailing `/`), else the one
/// defining the operation the page names.
pub fn find<'s>(
    services: &'s [LoadedService],
    page: &str,
    url: Option<&str>,
    name: &str,
) -> Option<(&'s LoadedService, usize)> {
    let by = |f: &dyn Fn(&OperationFile) -> bool| {
        services.iter().find_map(|s| {
            s.operations
                .iter()
                .position(|op| f(&op.value))
                .map(|i| (s, i))
        })
    };
    let url = url.map(super::url_key);
    let names_url = |op: &OperationFile| {
        url.as_ref().is_some_and(|u| {
            std::iter::once(&op.source)
                .chain(&op.also_from)
                .filter_map(|s| s.url.as_deref())
                .any(|v| super::url_key(v) == *u)
        })
    };
    by(&|op| op.source.seed.as_deref() == Some(page))
        .or_else(|| by(&names_url))
        .or_else(|| by(&|op| op.name == name))
}

/// Where a type is defined: file, path prefix and the type.
type Defined<'s> = HashMap<String, (&'s str, String, &'s TypeDef)>;

fn defined(s: &LoadedService) -> Defined<'_> {
    let mut out = HashMap::new();
    for (j, t) in s.service.value.types.iter().enumerate() {
        out.insert(
            t.name.clone(),
            (s.service.file.as_str(), format!("types[{j}]"), t),
        );
    }
    for f in &s.types {
        out.insert(
            f.value.name.clone(),
            (f.file.as_str(), String::new(), &f.value),
        );
    }
    for op in &s.operations {
        for (j, t) in op.value.types.iter().enumerate() {
            out.entry(t.name.clone())
                .or_insert((op.file.as_str(), format!("types[{j}]"), t));
        }
    }
    out
}

fn join(prefix: &str, rest: &str) -> String {
    if prefix.is_empty() {
        rest.to_owned()
    } else {
        format!("{prefix}.{rest}")
    }
}

/// Our type with named types reduced to their kind (an enum by its wire type).
fn norm(ty: &str, kind: &dyn Fn(&str) -> Option<String>) -> String {
    let ty = ty.trim();
    if let Some(inner) = ty.strip_prefix("list<").and_then(|r| r.strip_suffix('>')) {
        return format!("list<{}>", norm(inner, kind));
    }
    if let Some(inner) = ty
        .strip_prefix("map<string,")
        .and_then(|r| r.strip_suffix('>'))
    {
        return format!("map<string,{}>", norm(inner, kind));
    }
    match ty {
        "bool" | "i32" | "i64" | "u32" | "u64" | "f64" | "string" => ty.to_owned(),
        name => kind(name).unwrap_or_else(|| "object".into()),
    }
}

/// The struct name a type holds and the path step to its fields.
fn inner(ty: &str) -> (&str, &'static str) {
    if let Some(i) = ty.strip_prefix("list<").and_then(|r| r.strip_suffix('>')) {
        (i.trim_end_matches('?'), "[]")
    } else if let Some(i) = ty
        .strip_prefix("map<string,")
        .and_then(|r| r.strip_suffix('>'))
    {
        (i.trim_end_matches('?'), "{}")
    } else {
        (ty, "")
    }
}

fn constraints(c: &Constraints, key: &str, at: &Fact, out: &mut Facts) {
    let mut put = |k: &str, v: String, p: &str| {
        let path = join(&at.path, &format!("constraints.{p}"));
        out.insert(
            format!("{key} constraint {k}"),
            Fact {
                value: v,
                path,
                ..at.clone()
            },
        );
    };
    if let Some(v) = &c.minimum {
        put("minimum", v.to_string(), "minimum");
    }
    if let Some(v) = &c.maximum {
        put("maximum", v.to_string(), "maximum");
    }
    for (k, v) in [
        ("min_length", c.min_length),
        ("max_length", c.max_length),
        ("min_items", c.min_items),
        ("max_items", c.max_items),
    ] {
        if let Some(v) = v {
            put(k, v.to_string(), k);
        }
    }
    if let Some(items) = &c.items {
        let at = Fact {
            path: join(&at.path, "constraints.items"),
            ..at.clone()
        };
        let mut nested = Facts::new();
        constraints(items, &format!("{key}[]"), &at, &mut nested);
        for (k, mut f) in nested {
            f.path = f
                .path
                .replace("constraints.items.constraints.", "constraints.items.");
            out.insert(k, f);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn spec_fields(
    fields: &[Field],
    key: &str,
    file: &str,
    path: &str,
    types: &Defined<'_>,
    depth: usize,
    out: &mut Facts,
) {
    let kind = |name: &str| {
        types
            .get(name)
            .and_then(|(_, _, t)| t.enumeration.as_ref().map(|e| e.ty.clone()))
    };
    for (i, f) in fields.iter().enumerate() {
        let k = format!("{key}.{}", f.name);
        let at = |p: &str| Fact {
            file: file.to_owned(),
            path: format!("{path}[{i}].{p}"),
            ..Fact::default()
        };
        let put = |out: &mut Facts, what: &str, p: &str, value: String| {
            out.insert(format!("{k} {what}"), Fact { value, ..at(p) });
        };
        put(out, "type", "type", norm(&f.ty, &kind));
        if let Some(t) = out.get_mut(&format!("{k} type")) {
            t.pos = Some(i);
            t.desc = words(&f.description);
        }
        if let Some((tf, tp, t)) = types.get(inner(&f.ty).0) {
            for (j, v) in t
                .enumeration
                .iter()
                .flat_map(|e| e.values.iter().enumerate())
            {
                let value = match &v.value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                out.insert(
                    format!("{k} enum {value}"),
                    Fact {
                        value: words(&v.description),
                        file: (*tf).to_owned(),
                        path: join(tp, &format!("enum.values[{j}]")),
                        ..Fact::default()
                    },
                );
            }
        }
        put(out, "required", "required", format!("{:?}", f.required));
        if let Some(e) = &f.example {
            put(out, "example", "example", e.to_string());
        }
        if let Some(v) = &f.default {
            put(out, "default", "default", v.to_string());
        }
        if let Some(c) = &f.constraints {
            constraints(
                c,
                &k,
                &Fact {
                    path: format!("{path}[{i}]"),
                    ..at("")
                },
                out,
            );
        }
        let (name, step) = inner(&f.ty);
        if depth < 6 {
            if let Some((tf, tp, t)) = types.get(name) {
                if let Some(fs) = &t.fields {
                    spec_fields(
                        fs,
                        &format!("{k}{step}"),
                        tf,
                        &join(tp, "fields"),
                        types,
                        depth + 1,
                        out,
                    );
                }
            }
        }
    }
}

fn leaves(v: &Value, key: &str, at: &Fact, out: &mut Facts) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                leaves(x, &format!("{key}/{k}"), at, out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, &format!("{key}/{i}"), at, out);
            }
        }
        other => {
            out.insert(
                key.to_owned(),
                Fact {
                    value: other.to_string(),
                    ..at.clone()
                },
            );
        }
    }
}

/// The spec side's facts, for operation `op` of service `s`.
pub fn of_spec(s: &LoadedService, op: usize) -> Facts {
    let parsed = &s.operations[op];
    let o = &parsed.value;
    let file = parsed.file.as_str();
    let types = defined(s);
    let mut out = Facts::new();
    let at = |p: &str| Fact {
        file: file.to_owned(),
        path: p.to_owned(),
        ..Fact::default()
    };
    out.insert(
        "http method".into(),
        Fact {
            value: format!("{:?}", o.http.method),
            ..at("http.method")
        },
    );
    if let Some(a) = &o.http.action {
        out.insert(
            "http action".into(),
            Fact {
                value: a.clone(),
                ..at("http.action")
            },
        );
    }
    if let Some(p) = &o.http.path {
        out.insert(
            "http path".into(),
            Fact {
                value: p.clone(),
                ..at("http.path")
            },
        );
    }
    if let Some(r) = &o.rate_limit {
        out.insert(
            "rate_limit".into(),
            Fact {
                value: format!("{} per {:?}", r.requests, r.per),
                ..at("rate_limit")
            },
        );
    }
    spec_fields(
        &o.request.fields,
        "request",
        file,
        "request.fields",
        &types,
        0,
        &mut out,
    );
    spec_fields(
        &o.response.fields,
        "response",
        file,
        "response.fields",
        &types,
        0,
        &mut out,
    );
    for (i, e) in o.examples.iter().enumerate() {
        for (side, text) in [("request", &e.request), ("response", &e.response)] {
            if let Some(v) = text
                .as_ref()
                .and_then(|t| serde_json::from_str::<Value>(t).ok())
            {
                leaves(
                    &v,
                    &format!("example[{i}].{side} "),
                    &at(&format!("examples[{i}].{side}")),
                    &mut out,
                );
            }
        }
    }
    for (i, e) in o.errors.iter().enumerate() {
        let description = e
            .description
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.insert(
            format!("error {}", e.code),
            Fact {
                value: description,
                ..at(&format!("errors[{i}]"))
            },
        );
    }
    // A code a rule names, where the operation does not list it (the service's common codes):
    // compared by its presence only.
    for (i, r) in o.rules.iter().enumerate() {
        if let Some(code) = &r.error {
            out.entry(format!("error {code}")).or_insert(Fact {
                word: RULE.into(),
                ..at(&format!("rules[{i}].error"))
            });
        }
    }
    out
}

/// Marks an error code only a rule names (see [`of_spec`]).
pub const RULE: &str = "(named by a rule)";

fn draft_fields(d: &Draft, fields: &[DField], key: &str, depth: usize, out: &mut Facts) {
    let kind = |_: &str| None;
    for (i, f) in fields.iter().enumerate() {
        let k = format!("{key}.{}", f.name);
        let at = Fact {
            line: f.line,
            ..Fact::default()
        };
        let mut put = |what: &str, value: String| {
            out.insert(
                format!("{k} {what}"),
                Fact {
                    value,
                    ..at.clone()
                },
            );
        };
        let ty = norm(&f.ty, &kind);
        put(
            "type",
            if f.from_example {
                format!("{ty} {EXAMPLE_ONLY}")
            } else {
                ty
            },
        );
        for (value, meaning) in super::text::listed_values(&super::text::strip_tags(&f.description))
        {
            put(&format!("enum {value}"), words(&meaning));
        }
        if f.required_stated {
            put("required", format!("Always({})", f.required));
        }
        if let Some(e) = &f.example {
            put("example", e.to_string());
        }
        if let Some(v) = &f.default {
            put("default", v.to_string());
        }
        for (c, v) in &f.constraints {
            match (c.as_str(), v) {
                ("items", Value::Object(m)) => {
                    for (ck, cv) in m {
                        out.insert(
                            format!("{k}[] constraint {ck}"),
                            Fact {
                                value: cv.to_string(),
                                ..at.clone()
                            },
                        );
                    }
                }
                _ => {
                    out.insert(
                        format!("{k} constraint {c}"),
                        Fact {
                            value: v.to_string(),
                            ..at.clone()
                        },
                    );
                }
            }
        }
        if let Some(fact) = out.get_mut(&format!("{k} type")) {
            fact.word = f.doc_type.clone().unwrap_or_default();
            fact.pos = Some(i);
            fact.desc = words(&f.description);
        }
        let (name, step) = inner(&f.ty);
        if depth < 6 {
            if let Some(t) = d.types.iter().find(|t| t.name == name) {
                draft_fields(d, &t.fields, &format!("{k}{step}"), depth + 1, out);
            }
        }
    }
}

/// The page side's facts, with their page lines; and the key prefixes the page is silent on
/// (types defined on other pages; error codes when it has no error table).
pub fn of_draft(d: &Draft) -> (Facts, Vec<String>) {
    let mut out = Facts::new();
    let at = Fact {
        line: d.http_line,
        ..Fact::default()
    };
    out.insert(
        "http method".into(),
        Fact {
            value: match d.method.as_str() {
                "GET" => "Get",
                _ => "Post",
            }
            .into(),
            ..at.clone()
        },
    );
    if let Some(a) = &d.action {
        out.insert(
            "http action".into(),
            Fact {
                value: a.clone(),
                ..at.clone()
            },
        );
    }
    if let Some(p) = &d.path {
        out.insert(
            "http path".into(),
            Fact {
                value: p.clone(),
                ..at.clone()
            },
        );
    }
    if let Some((n, _, line)) = &d.rate_limit {
        out.insert(
            "rate_limit".into(),
            Fact {
                value: format!("{n} per Second"),
                line: *line,
                ..Fact::default()
            },
        );
    }
    draft_fields(d, &d.request, "request", 0, &mut out);
    draft_fields(d, &d.response, "response", 0, &mut out);
    for (i, e) in d.examples.iter().enumerate() {
        for (side, part) in [("request", &e.request), ("response", &e.response)] {
            if let Some((text, line)) = part {
                if let Ok(v) = serde_json::from_str::<Value>(text) {
                    leaves(
                        &v,
                        &format!("example[{i}].{side} "),
                        &Fact {
                            line: *line,
                            ..Fact::default()
                        },
                        &mut out,
                    );
                }
            }
        }
    }
    for e in &d.errors {
        let description = e
            .description
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.insert(
            format!("error {}", e.code),
            Fact {
                value: description,
                line: e.line,
                ..Fact::default()
            },
        );
    }
    let mut silent = Vec::new();
    // A field whose description lists no values: its enum's values are not on the page.
    for k in out.keys().filter_map(|k| k.strip_suffix(" type")) {
        let prefix = format!("{k} enum ");
        if !out
            .range(prefix.clone()..)
            .next()
            .is_some_and(|(n, _)| n.starts_with(&prefix))
        {
            silent.push(prefix);
        }
    }
    if d.errors.is_empty() {
        silent.push("error ".to_owned());
    }
    let all = d
        .request
        .iter()
        .map(|f| ("request", f))
        .chain(d.response.iter().map(|f| ("response", f)));
    for (side, f) in all {
        let (name, step) = inner(&f.ty);
        if d.external.iter().any(|e| e == name) {
            silent.push(format!("{side}.{}{step}.", f.name));
        }
        if !f.required_stated {
            silent.push(format!("{side}.{} required", f.name));
        }
    }
    for t in &d.types {
        for f in t.fields.iter().filter(|f| !f.required_stated) {
            for (side, holder) in d
                .request
                .iter()
                .map(|h| ("request", h))
                .chain(d.response.iter().map(|h| ("response", h)))
            {
                let (name, step) = inner(&holder.ty);
                if name == t.name {
                    silent.push(format!("{side}.{}{step}.{} required", holder.name, f.name));
                }
            }
        }
    }
    (out, silent)
}

/// Imports `page` and compares it with the spec file that names it. The file compared and the
/// items.
pub fn run(
    name: &str,
    text: &str,
    services: &[LoadedService],
) -> Result<(String, Vec<Item>), String> {
    let draft = super::import(name, text)?;
    let (s, op) = find(services, name, draft.url.as_deref(), &draft.name).ok_or_else(|| {
        format!(
            "no spec file names {name} as its source, nor defines `{}`",
            draft.name
        )
    })?;
    let spec = of_spec(s, op);
    let parsed = &s.operations[op];
    let notes: Vec<String> = parsed
        .value
        .doc_notes
        .iter()
        .map(|n| format!("{} {}", n.issue, n.resolution))
        .collect();
    let mut index: HashMap<String, &LocationIndex> = HashMap::new();
    index.insert(s.service.file.clone(), &s.service.index);
    for o in &s.operations {
        index.insert(o.file.clone(), &o.index);
    }
    for t in &s.types {
        index.insert(t.file.clone(), &t.index);
    }
    Ok((
        parsed.file.clone(),
        compare(&of_draft(&draft), &spec, &notes, &index),
    ))
}
