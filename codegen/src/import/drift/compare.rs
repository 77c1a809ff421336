//! Comparing the two sides' facts: one item per difference, renames paired, resolved
//! differences marked `noted`.

use std::collections::HashMap;

use super::{Fact, Facts, Item, EXAMPLE_ONLY, RULE};
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

/// Whether `key` is a fact of field `field` or of a field it holds.
fn under(key: &str, field: &str) -> bool {
    key.strip_prefix(field)
        .is_some_and(|r| [" ", ".", "[]", "{}"].iter().any(|sep| r.starts_with(sep)))
}

/// A rename: the spec's key (a field's, or a field's enum value's) and the page's.
struct Rename {
    old: String,
    new: String,
    kind: &'static str,
}

/// Pairs what only the spec has with what only the page has, as renames: a field removed (or
/// left only in the examples) with a field added under the same parent that has its
/// description, or its type and its place among its siblings; an enum value removed
/// with one added for the same field with the same meaning. The page's facts of a renamed
/// field are re-keyed to the spec's name, so its other facts are compared as usual.
fn renames(mine: &Facts, silent: &[String], spec: &Facts) -> (Facts, Vec<String>, Vec<Rename>) {
    let example_only = |f: &Fact| f.value.ends_with(EXAMPLE_ONLY);
    let quiet = |k: &str| silent.iter().any(|s| k.starts_with(s.as_str()));
    let parent = |k: &str| k.rsplit_once('.').map(|(p, _)| p.to_owned());
    let gone: Vec<(&str, &Fact)> = spec
        .iter()
        .filter(|(k, _)| !k.starts_with("example["))
        .filter_map(|(k, f)| Some((k.strip_suffix(" type")?, f)))
        .filter(|(k, _)| !quiet(&format!("{k} type")))
        .filter(|(k, _)| mine.get(&format!("{k} type")).is_none_or(example_only))
        .collect();
    let new: Vec<(&str, &Fact)> = mine
        .iter()
        .filter(|(k, _)| !k.starts_with("example["))
        .filter_map(|(k, f)| Some((k.strip_suffix(" type")?, f)))
        .filter(|(k, f)| !example_only(f) && !spec.contains_key(&format!("{k} type")))
        .collect();
    let mut out: Vec<Rename> = Vec::new();
    for (n, nf) in &new {
        let fits = |(o, of): &&(&str, &Fact), strict: bool| {
            let place = nf.pos.is_some() && nf.pos == of.pos;
            let desc = !nf.desc.is_empty() && nf.desc == of.desc;
            let ty = nf.value == of.value;
            parent(o) == parent(n)
                && if strict {
                    ty && place && desc
                } else {
                    desc || (ty && place)
                }
                && !out.iter().any(|r| r.old == *o)
        };
        let pick = gone
            .iter()
            .find(|g| fits(g, true))
            .or_else(|| gone.iter().find(|g| fits(g, false)));
        if let Some((o, _)) = pick {
            out.push(Rename {
                old: (*o).to_owned(),
                new: (*n).to_owned(),
                kind: "field renamed",
            });
        }
    }
    for (k, sf) in spec {
        let Some((field, _)) = k
            .split_once(" enum ")
            .filter(|_| !k.starts_with("example["))
        else {
            continue;
        };
        if mine.contains_key(k) || quiet(k) {
            continue;
        }
        let prefix = format!("{field} enum ");
        let pick = mine.iter().find(|(pk, pf)| {
            pk.starts_with(&prefix)
                && !spec.contains_key(*pk)
                && pf.value == sf.value
                && !out.iter().any(|r| r.new == **pk)
        });
        if let Some((pk, _)) = pick {
            out.push(Rename {
                old: k.clone(),
                new: pk.clone(),
                kind: "enum value changed",
            });
        }
    }
    let mut facts = Facts::new();
    for (k, f) in mine {
        let field = |r: &Rename| r.kind == "field renamed";
        if out.iter().any(|r| field(r) && under(k, &r.old))
            || out.iter().any(|r| !field(r) && *k == r.old)
        {
            continue;
        }
        let key = out
            .iter()
            .find(|r| {
                if field(r) {
                    under(k, &r.new)
                } else {
                    *k == r.new
                }
            })
            .map_or_else(|| k.clone(), |r| format!("{}{}", r.old, &k[r.new.len()..]));
        facts.insert(key, f.clone());
    }
    // The examples of a page that renamed a field everywhere use the new name: read under the
    // old one (unless the examples still have the old name too).
    for r in out.iter().filter(|r| r.kind == "field renamed") {
        let (old, new) = (
            format!("/{}", subject(&r.old)),
            format!("/{}", subject(&r.new)),
        );
        let has = |k: &str, seg: &str| {
            k.split_once(' ').is_some_and(|(e, path)| {
                e.starts_with("example[")
                    && (path.contains(&format!("{seg}/")) || path.ends_with(seg))
            })
        };
        if facts.keys().any(|k| has(k, &old)) {
            continue;
        }
        let moved: Vec<String> = facts.keys().filter(|k| has(k, &new)).cloned().collect();
        for k in moved {
            if let (Some(f), Some((e, path))) = (facts.remove(&k), k.split_once(' ')) {
                let path = format!("{path}/")
                    .replace(&format!("{new}/"), &format!("{old}/"))
                    .trim_end_matches('/')
                    .to_owned();
                facts.insert(format!("{e} {path}"), f);
            }
        }
    }
    let silent = silent
        .iter()
        .map(|s| {
            out.iter()
                .find(|r| r.kind == "field renamed" && under(s, &r.new))
                .map_or_else(|| s.clone(), |r| format!("{}{}", r.old, &s[r.new.len()..]))
        })
        .collect();
    (facts, silent, out)
}

/// Compares a page's facts with its spec file's.
pub fn compare(
    page: &(Facts, Vec<String>),
    spec: &Facts,
    notes: &[String],
    index: &HashMap<String, &LocationIndex>,
) -> Vec<Item> {
    let (mine, silent, paired) = renames(&page.0, &page.1, spec);
    let (mine, silent) = (&mine, &silent);
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
    let locate = |f: &Fact| {
        index
            .get(&f.file)
            .and_then(|i| i.locate(&f.path))
            .map(|(l, _)| l)
    };
    let mut items: Vec<Item> = Vec::new();
    for r in &paired {
        let field = r.kind == "field renamed";
        let (pk, sk) = if field {
            (format!("{} type", r.new), format!("{} type", r.old))
        } else {
            (r.new.clone(), r.old.clone())
        };
        let (Some(p), Some(s)) = (page.0.get(&pk), spec.get(&sk)) else {
            continue;
        };
        let name = |k: &str| {
            if field {
                subject(k)
            } else {
                k.rsplit(' ').next().unwrap_or("").to_owned()
            }
        };
        let mut at = s.clone();
        if field {
            at.path = at.path.strip_suffix(".type").unwrap_or(&at.path).to_owned() + ".name";
        }
        let key = if field {
            format!("{} name", r.old)
        } else {
            r.old.clone()
        };
        // Resolved on purpose: a note names the page's new name.
        let new = format!("`{}`", name(&r.new));
        items.push(Item {
            noted: notes.iter().any(|n| n.contains(&new)),
            kind: r.kind.to_owned(),
            key,
            page: Some(name(&r.new)),
            spec: Some(name(&r.old)),
            line: p.line,
            spec_line: locate(&at),
            spec_file: at.file,
            spec_path: at.path,
        });
    }
    let mut covered: Vec<String> = Vec::new();
    // A field on one side only (or only in the page's examples) is one item, made at its
    // `type` fact; its other facts, and those of the fields it holds, belong to it.
    let one_sided: Vec<String> = keys
        .iter()
        .filter_map(|k| k.strip_suffix(" type"))
        .filter(|f| !f.starts_with("example["))
        .filter(|f| {
            let (p, s) = (
                mine.get(&format!("{f} type")),
                spec.get(&format!("{f} type")),
            );
            let only_examples =
                |f: Option<&Fact>| f.is_some_and(|f| f.value.ends_with(EXAMPLE_ONLY));
            p.is_some() != s.is_some() || (only_examples(p) && !only_examples(s))
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
        // An example or default read as another type (the type changed) is the same value.
        fn bare<'f>(key: &str, f: Option<&'f Fact>) -> Option<&'f str> {
            f.map(|f| {
                if key.ends_with(" example") || key.ends_with(" default") {
                    let t = f.value.trim_matches('"');
                    if t.len() > 1 && t.bytes().all(|b| b.is_ascii_digit()) {
                        let t = t.trim_start_matches('0');
                        if t.is_empty() {
                            "0"
                        } else {
                            t
                        }
                    } else {
                        t
                    }
                } else {
                    f.value.as_str()
                }
            })
        }
        if bare(key, p) == bare(key, s) || (p.is_some() && s.is_some_and(|f| f.word == RULE)) {
            continue;
        }
        let example = key.starts_with("example[");
        let field = key.strip_suffix(" type").filter(|_| !example);
        // Values listed for a field whose spec type is no enum: one item for the list, at the
        // field's type.
        let unlisted = key
            .split_once(" enum ")
            .map(|(f, _)| f)
            .filter(|_| !example)
            .filter(|f| {
                let prefix = format!("{f} enum ");
                !spec.keys().any(|k| k.starts_with(&prefix))
            });
        let (kind, group) = match (p, s, field) {
            _ if unlisted.is_some() => {
                ("enum values listed", unlisted.map(|f| format!("{f} enum ")))
            }
            (Some(_), None, Some(f)) => ("field added", Some(f.to_owned())),
            (None, Some(_), Some(f)) => ("field removed", Some(f.to_owned())),
            _ if example => {
                let side = key.split(' ').next().map(|e| format!("{e} "));
                let has = |facts: &Facts| {
                    side.as_ref()
                        .is_some_and(|p| facts.keys().any(|k| k.starts_with(p.as_str())))
                };
                let kind = match (has(mine), has(spec)) {
                    (true, false) => "example added",
                    (false, true) => "example removed",
                    _ => "example changed",
                };
                (kind, side)
            }
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
            (k, Some(_), None) if !k.starts_with("example[") && k.contains(" enum ") => {
                "enum value added"
            }
            (k, None, Some(_)) if !k.starts_with("example[") && k.contains(" enum ") => {
                "enum value removed"
            }
            (k, Some(_), Some(_)) if !k.starts_with("example[") && k.contains(" enum ") => {
                "enum value renamed"
            }
            _ => kind,
        };
        let kind = match kind {
            "type" | "required" | "example" | "default" => format!("{kind} changed"),
            other if other.contains('_') || other == "minimum" || other == "maximum" => {
                format!("limit {other} changed")
            }
            other => other.to_owned(),
        };
        let is_noted = noted(key, &kind, p);
        // A noted leaf of an example does not stand for the rest of that example.
        if let Some(g) = group.as_ref().filter(|_| !(is_noted && example)) {
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
        let spec_fact = s
            .or_else(|| unlisted.and_then(|f| spec.get(&format!("{f} type"))))
            .cloned()
            .unwrap_or_default();
        let spec_line = locate(&spec_fact);
        items.push(Item {
            noted: is_noted,
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
