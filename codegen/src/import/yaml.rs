//! Writes a [`Draft`] as an operation file: the spec format, each fact followed by a comment
//! with its page line, `todo` entries and `draft` markers for a person to resolve.

use std::fmt::Write as _;

use serde_json::Value;

use super::{DField, Draft};

/// The draft's text.
pub fn render(d: &Draft) -> String {
    let mut o = String::new();
    o.push_str("# yaml-language-server: $schema=../operation.schema.json\n");
    let _ = writeln!(
        o,
        "# Drafted by `codegen import` from {}: `# page line N` says where each fact is on the page.",
        one_line(&d.page)
    );
    o.push_str(
        "# Review every fact, resolve each `todo` (a doc error goes in `doc_notes`), delete each\n\
         # `draft` marker once its limit is checked; `codegen validate` refuses the file until then.\n",
    );
    let _ = writeln!(o, "name: {}", scalar(&d.name));
    o.push_str("source:\n");
    if let Some(seed) = &d.seed {
        let _ = writeln!(o, "  seed: {}", scalar(seed));
    }
    if let Some(url) = &d.url {
        let _ = writeln!(o, "  url: {}", scalar(url));
    }
    let title = match (&d.title, &d.seed) {
        (Some(t), _) => Some(t.clone()),
        (None, None) => Some(d.page.clone()),
        (None, Some(_)) => None,
    };
    if let Some(title) = title {
        let _ = writeln!(o, "  title: {}", scalar(&one_line(&title)));
    }
    let _ = writeln!(o, "summary: {}", scalar(&one_line(&d.summary)));
    let _ = writeln!(o, "description: {}", prose(&d.description, 0));
    o.push_str("http:\n");
    let _ = writeln!(o, "  method: {}  # page line {}", d.method, d.http_line);
    if let Some(action) = &d.action {
        let _ = writeln!(o, "  action: {}", scalar(action));
    }
    if let Some(path) = &d.path {
        let _ = writeln!(o, "  path: {}", scalar(path));
    }
    if let Some((requests, sentence, line)) = &d.rate_limit {
        let _ = writeln!(o, "rate_limit:  # page line {line}: {}", one_line(sentence));
        let _ = writeln!(o, "  requests: {requests}\n  per: second");
    }
    o.push_str("request:\n");
    fields(&mut o, 1, &d.request);
    o.push_str("response:\n");
    fields(&mut o, 1, &d.response);
    if !d.types.is_empty() {
        o.push_str("types:\n");
        for t in &d.types {
            let _ = writeln!(o, "  - name: {}  # page line {}", scalar(&t.name), t.line);
            let _ = writeln!(o, "    description: {}", prose(&t.description, 4));
            fields(&mut o, 2, &t.fields);
        }
    }
    if !d.errors.is_empty() {
        o.push_str("errors:\n");
        for e in &d.errors {
            let _ = writeln!(o, "  - code: {}  # page line {}", json(&e.code), e.line);
            let _ = writeln!(o, "    description: {}", prose(&e.description, 4));
        }
    }
    if !d.examples.is_empty() {
        o.push_str("examples:\n");
        for e in &d.examples {
            let _ = writeln!(o, "  - name: {}", scalar(&e.name));
            if let Some(text) = &e.description {
                let _ = writeln!(o, "    description: {}", prose(text, 4));
            }
            for (key, part) in [("request", &e.request), ("response", &e.response)] {
                if let Some((body, line)) = part {
                    let _ = writeln!(o, "    # page line {line}");
                    let _ = writeln!(o, "    {key}: {}", prose(body, 4));
                }
            }
        }
    }
    if !d.todo.is_empty() {
        o.push_str("todo:\n");
        for (what, line) in &d.todo {
            let _ = writeln!(o, "  - what: {}", prose(what, 4));
            if *line > 0 {
                let _ = writeln!(o, "    line: {line}");
            }
        }
    }
    o
}

/// A shape's `fields:` at `depth` (1: under `request:`, 2: under a type item).
fn fields(o: &mut String, depth: usize, list: &[DField]) {
    let pad = "  ".repeat(depth);
    if list.is_empty() {
        let _ = writeln!(o, "{pad}fields: []");
        return;
    }
    let _ = writeln!(o, "{pad}fields:");
    let item = format!("{pad}    ");
    for f in list {
        let _ = writeln!(
            o,
            "{pad}  - name: {}  # page line {}",
            scalar(&f.name),
            f.line
        );
        let _ = writeln!(o, "{item}type: {}", scalar(&f.ty));
        if let Some(doc) = &f.doc_type {
            let _ = writeln!(o, "{item}doc_type: {}", scalar(&one_line(doc)));
        }
        let _ = writeln!(o, "{item}required: {}", f.required);
        if let Some(v) = &f.default {
            let _ = writeln!(o, "{item}default: {}", json(v));
        }
        let _ = writeln!(
            o,
            "{item}description: {}",
            prose(&f.description, item.len())
        );
        if let Some(v) = &f.example {
            let _ = writeln!(o, "{item}example: {}", json(v));
        }
        if !f.constraints.is_empty() {
            let _ = writeln!(o, "{item}constraints:");
            for (key, v) in &f.constraints {
                let _ = writeln!(o, "{item}  {key}: {}", json(v));
            }
        }
        if let Some((sentence, line)) = &f.draft {
            let _ = writeln!(o, "{item}draft:  # drafted from prose: review, then delete");
            let _ = writeln!(o, "{item}  sentence: {}", prose(sentence, item.len() + 2));
            let _ = writeln!(o, "{item}  line: {line}");
        }
    }
}

/// A value as YAML: JSON, which YAML reads as flow style; strings as [`scalar`].
fn json(v: &Value) -> String {
    match v {
        Value::String(s) => scalar(s),
        // Characters YAML would not take only occur inside JSON strings, where `\uXXXX` means
        // the same to both.
        other => serde_json::to_string(other)
            .unwrap_or_else(|_| "null".into())
            .chars()
            .map(|c| {
                if printable(c) {
                    c.to_string()
                } else {
                    format!("\\u{:04x}", u32::from(c))
                }
            })
            .collect(),
    }
}

/// Text on one line: line breaks and other control characters become spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if printable(c) { c } else { ' ' })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A one-line string: plain when YAML reads it back as the same string, else double-quoted
/// (JSON's escapes are YAML's).
pub fn scalar(s: &str) -> String {
    let plain_ok = !s.is_empty()
        && s.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(c, '_' | '-' | '.' | '/' | ' ' | '(' | ')' | '<' | '>' | ',')
        })
        && s.chars().next().is_some_and(|c| c.is_alphabetic())
        && !s.ends_with(' ')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if plain_ok {
        s.to_owned()
    } else {
        quoted(s)
    }
}

/// Whether YAML takes a character as it is (its printable set, less the line breaks YAML 1.1
/// knows besides `\n`, and the byte-order mark).
fn printable(c: char) -> bool {
    !c.is_control()
        && !matches!(
            c,
            '\u{feff}' | '\u{fffe}' | '\u{ffff}' | '\u{2028}' | '\u{2029}'
        )
}

/// A double-quoted YAML string: every character YAML would not take as it is escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if printable(c) => out.push(c),
            c => out.push_str(&format!("\\u{:04x}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

/// Prose: a block literal (`|-`) when it spans lines and reads back unchanged, else
/// [`scalar`]. `indent` is the column of the key.
fn prose(s: &str, indent: usize) -> String {
    let block_ok = s.contains('\n')
        && !s.starts_with([' ', '\t', '\n'])
        && !s.ends_with(['\n', ' ', '\t'])
        && !s.lines().any(|l| l.trim().is_empty() && !l.is_empty())
        && s.chars().all(|c| c == '\n' || printable(c));
    if !block_ok {
        return scalar(s);
    }
    let pad = " ".repeat(indent + 2);
    let mut out = String::from("|-");
    for line in s.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    out
}
