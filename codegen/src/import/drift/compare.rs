//! Comparing the two sides' facts: one item per difference, renames paired, resolved
//! differences marked `noted`.

use std::collections::HashMap;

use super::{Fact, Facts, Item, EXAMPLE_ONLY};
use crate::spec::load::LocationIndex;

/// The wire name or value a key is about, as `doc_notes` would name it.
fn subject(key: &str) -> String {
    let path = key.split(' ').next().unwrap_or("");
    path.rsplit('.')
        .next()
        .unwrap_or("")
        .replace("[]", "")
        .replace("{}", "")
}

/// Compares a page's facts with its spec file's.
pub fn compare(
    page: &(Facts, Vec<String>),
    spec: &Facts,
    notes: &[String],
    index: &HashMap<String, &LocationIndex>,
) -> Vec<Item> {
    let (mine, silent) = page;
    let mut keys: Vec<&String> = mine.keys().chain(spec.keys()).collect();
    keys.sort();
    keys.dedup();
    // Resolved on purpose: a note names what the difference is about. An example value or an
    // error code is named by its value; a field by its wire name in backticks, together with
    // what the page says of it (its type word, its value, or "sample"/"example" for a field
    // only the examples show); a field the page lacks by its name and where it comes from
    // instead (the SDK, another page).
    let noted = |key: &str, kind: &str, page: Option<&Fact>| {
        let who = format!("`{}`", subject(key));
        if let Some(code) = key.strip_prefix("error ") {
            let code = code.trim_matches('"');
            return notes.iter().any(|n| n.contains(code));
        }
        let value = page
            .map(|f| f.value.trim_matches('"').to_owned())
            .unwrap_or_default();
        if key.starts_with("example[") {
            return value.len() >= 3 && notes.iter().any(|n| n.contains(&value));
        }
        notes.iter().any(|n| {
            if !n.contains(&who) {
                return false;
            }
            match page {
                // The spec holds a field the page lacks: the note says where it comes from.
                None => ["not on", "SDK", "other page", "another page"]
                    .iter()
                    .any(|w| n.contains(w)),
                Some(_) if kind.starts_with("field only in the examples") => {
                    n.contains("sample") || n.contains("example")
                }
                Some(f) => {
                    let word = f.word.trim();
                    (!word.is_empty()
                        && (n.contains(&format!("\"{word}\"")) || n.contains(&format!("`{word}`"))))
                        || (value.len() >= 2 && n.contains(&format!("`{value}`")))
                }
            }
        })
    };
    let mut items: Vec<Item> = Vec::new();
    let mut covered: Vec<String> = Vec::new();
    // A field on one side only is one item, made at its `type` fact; its other facts, and
    // those of the fields it holds, belong to it.
    let one_sided: Vec<String> = keys
        .iter()
        .filter_map(|k| k.strip_suffix(" type"))
        .filter(|f| !f.starts_with("example["))
        .filter(|f| {
            mine.contains_key(&format!("{f} type")) != spec.contains_key(&format!("{f} type"))
        })
        .map(str::to_owned)
        .collect();
    let in_group = |key: &str| {
        one_sided.iter().any(|g| {
            key != format!("{g} type")
                && [" ", ".", "[]", "{}"]
                    .iter()
                    .any(|sep| key.starts_with(&format!("{g}{sep}")))
        })
    };
    for key in keys {
        if silent.iter().any(|s| key.starts_with(s.as_str()))
            || covered.iter().any(|c| key.starts_with(c.as_str()))
            || in_group(key)
        {
            continue;
        }
        let (p, s) = (mine.get(key), spec.get(key));
        if p.map(|f| &f.value) == s.map(|f| &f.value) {
            continue;
        }
        let example = key.starts_with("example[");
        let field = key.strip_suffix(" type").filter(|_| !example);
        let (kind, group) = match (p, s, field) {
            (Some(_), None, Some(f)) => ("field added", Some(f.to_owned())),
            (None, Some(_), Some(f)) => ("field removed", Some(f.to_owned())),
            _ if example => (
                "example changed",
                key.split(' ').next().map(|e| format!("{e} ")),
            ),
            (Some(_), Some(_), _) => (key.rsplit(' ').next().unwrap_or("fact"), None),
            (Some(_), None, _) => ("fact added", None),
            (None, Some(_), _) => ("fact removed", None),
            (None, None, _) => continue,
        };
        let example_only = |f: Option<&Fact>| f.is_some_and(|f| f.value.ends_with(EXAMPLE_ONLY));
        let kind = if example_only(p) && !example_only(s) && s.is_some() {
            "field only in the examples (no table row)"
        } else {
            kind
        };
        let kind = match (key.as_str(), p, s) {
            ("rate_limit", _, _) => "rate limit changed",
            (k, _, _) if k.starts_with("http ") => "HTTP binding changed",
            (k, Some(_), Some(_)) if k.starts_with("error ") => "error description changed",
            (k, Some(_), None) if k.starts_with("error ") => "error code added",
            (k, None, Some(_)) if k.starts_with("error ") => "error code removed",
            _ => kind,
        };
        let kind = match kind {
            "type" | "required" | "example" | "default" => format!("{kind} changed"),
            other if other.contains('_') || other == "minimum" || other == "maximum" => {
                format!("limit {other} changed")
            }
            other => other.to_owned(),
        };
        if let Some(g) = &group {
            let dotted = if g.ends_with(' ') {
                g.clone()
            } else {
                format!("{g} ")
            };
            covered.push(dotted);
            if !g.ends_with(' ') {
                covered.push(format!("{g}."));
                covered.push(format!("{g}[]"));
                covered.push(format!("{g}{{}}"));
            }
        }
        let spec_fact = s.cloned().unwrap_or_default();
        let spec_line = index
            .get(&spec_fact.file)
            .and_then(|i| i.locate(&spec_fact.path))
            .map(|(l, _)| l);
        items.push(Item {
            noted: noted(key, &kind, p),
            kind,
            key: key.clone(),
            page: p.map(|f| f.value.clone()),
            spec: s.map(|f| f.value.clone()),
            line: p.map_or(0, |f| f.line),
            spec_file: spec_fact.file,
            spec_path: spec_fact.path,
            spec_line,
        });
    }
    items
}
