//! Field tables, in either form: a row per field with its wire name, type, required flag,
//! example and description; limits and defaults read from the description.

use serde_json::Value;

use super::text::{self, DocType, Table};
use super::{DField, DType, Draft};

/// The placeholder type of a field whose type the importer could not decide.
pub const UNDECIDED: &str = "?";

/// The fields of a table. Rows that are no field (an empty name) are skipped; a name that
/// cannot be a wire name is a `todo`.
pub fn from_table(d: &mut Draft, table: &Table) -> Vec<DField> {
    read_rows(d, table, true)
}

/// [`from_table`] for a table that has no required column by design (RongCloud's response
/// tables): no `todo` says it lacks one, and its fields are drafted optional.
pub fn from_response_table(d: &mut Draft, table: &Table) -> Vec<DField> {
    read_rows(d, table, false)
}

/// The column of a table's field names (the first, when no header names it).
pub fn name_column(table: &Table) -> Option<usize> {
    table.column(&["参数", "field", "name", "字段"]).or(Some(0))
}

/// The column of a table's type words.
pub fn type_column(table: &Table) -> Option<usize> {
    table.column(&["类型", "type"])
}

fn read_rows(d: &mut Draft, table: &Table, expect_required: bool) -> Vec<DField> {
    let name_c = name_column(table);
    let type_c = type_column(table);
    let required_c = table.column(&["必填", "必选", "required", "attribute", "属性"]);
    let example_c = table.column(&["示例", "example"]);
    let description_c = table.column(&["描述", "说明", "description"]);
    if required_c.is_none() && expect_required {
        d.todo(
            table.line,
            "the table has no required column: its fields are drafted optional; say which are required",
        );
    }
    let mut out = Vec::new();
    for row in &table.rows {
        let name = text::plain(row.get(name_c));
        if name.is_empty() {
            continue;
        }
        if !text::is_wire_name(&name) {
            d.todo(
                row.line,
                format!("`{name}` in the name column is no wire name; row not read"),
            );
            continue;
        }
        let word = text::plain(row.get(type_c));
        let (ty, doc_type) = field_type(d, &word, row.line);
        let stated = text::required(row.get(required_c));
        let required = match stated {
            Some(r) => r,
            None => {
                if required_c.is_some() {
                    d.todo(
                        row.line,
                        format!(
                            "`{name}`: the required cell `{}` is neither 是/否 nor Yes/No; drafted optional",
                            row.get(required_c)
                        ),
                    );
                }
                false
            }
        };
        let (example, note) = text::cell_example(row.get(example_c), &ty);
        if let Some(note) = note {
            d.todo(row.line, format!("`{name}`'s example cell: {note}"));
        }
        let description = row.get(description_c).to_owned();
        if description.is_empty() {
            d.todo(row.line, format!("`{name}` has no description on the page"));
        }
        let mut field = DField {
            name,
            ty,
            doc_type,
            required,
            description,
            example,
            line: row.line,
            required_stated: stated.is_some(),
            ..DField::default()
        };
        prose_facts(d, &mut field);
        out.push(field);
    }
    out
}

/// Our type for a type cell, and the cell's word when it had to be resolved.
fn field_type(d: &mut Draft, word: &str, line: usize) -> (String, Option<String>) {
    let keep = |w: &str| {
        let lower = w.to_ascii_lowercase();
        (!matches!(lower.as_str(), "string" | "bool" | "boolean")).then(|| w.to_owned())
    };
    match text::doc_type(word) {
        DocType::Known(ty) => (ty, keep(word)),
        DocType::Named { name, local, list } => {
            if !local && !d.external.contains(&name) {
                d.todo(
                    line,
                    format!("`{name}` is defined on another page ({word}): define the type, or use the service's"),
                );
                d.external.push(name.clone());
            }
            let ty = if list { format!("list<{name}>") } else { name };
            (ty, None)
        }
        DocType::Loose { list } => {
            let ty = if list {
                format!("list<{UNDECIDED}>")
            } else {
                UNDECIDED.to_owned()
            };
            (ty, Some(word.to_owned()))
        }
        DocType::Unknown => {
            d.todo(
                line,
                format!("unknown type `{word}`: say which of ours it is"),
            );
            (
                UNDECIDED.to_owned(),
                (!word.is_empty()).then(|| word.to_owned()),
            )
        }
    }
}

/// Limits, a default and listed values in a field's description.
pub fn prose_facts(d: &mut Draft, f: &mut DField) {
    let mut sentences: Vec<String> = Vec::new();
    let prose = text::strip_tags(&f.description);
    for limit in text::limits(&prose) {
        let what = if limit.max { "at most" } else { "at least" };
        if limit.stateful {
            d.todo(
                f.line,
                format!(
                    "`{}`: \"{}\" limits server state ({what} {}): a `rules` entry, with its error code?",
                    f.name, limit.sentence, limit.value
                ),
            );
            continue;
        }
        let key = if f.ty.starts_with("list<") && limit.max {
            Some("max_items")
        } else if matches!(f.ty.as_str(), "i32" | "i64" | "u32" | "u64" | "f64") {
            Some(if limit.max { "maximum" } else { "minimum" })
        } else {
            None
        };
        match key {
            Some(key) if !f.constraints.iter().any(|(k, _)| k == key) => {
                f.constraints
                    .push((key.to_owned(), Value::from(limit.value)));
                if !sentences.contains(&limit.sentence) {
                    sentences.push(limit.sentence);
                }
            }
            _ => d.unplaced.push((f.name.clone(), f.line, limit)),
        }
    }
    if let Some((value, sentence)) = text::default_in(&prose) {
        let parsed = if f.ty == "string" {
            Some(Value::String(value.clone()))
        } else {
            serde_json::from_str::<Value>(&value).ok()
        };
        match parsed {
            Some(v) => {
                f.default = Some(v);
                if !sentences.contains(&sentence) {
                    sentences.push(sentence);
                }
            }
            None => d.todo(
                f.line,
                format!(
                    "`{}`: the default `{value}` is not a `{}` value",
                    f.name, f.ty
                ),
            ),
        }
    }
    if text::lists_values(&prose) {
        d.todo(
            f.line,
            format!(
                "`{}`'s description lists values: an enum type (with a name and meaning per value)?",
                f.name
            ),
        );
    }
    if !sentences.is_empty() {
        f.draft = Some((sentences.join(" / "), f.line));
    }
}

/// Adds a named type read from a sub-table.
pub fn add_type(d: &mut Draft, name: &str, fields: Vec<DField>, line: usize) {
    if d.types.iter().any(|t| t.name == name) {
        d.todo(line, format!("a second sub-table named `{name}`; not read"));
        return;
    }
    d.types.push(DType {
        name: name.to_owned(),
        description: String::new(),
        fields,
        line,
    });
}

/// The named type a field type holds (`list<X>` or `X`), if it is not one of ours.
pub fn named(ty: &str) -> Option<&str> {
    let inner = ty
        .strip_prefix("list<")
        .and_then(|r| r.strip_suffix('>'))
        .unwrap_or(ty);
    (text::is_type_name(inner) && text::scalar(inner).is_none() && !inner.starts_with("map"))
        .then_some(inner)
        .filter(|n| {
            !matches!(
                *n,
                "i32" | "i64" | "u32" | "u64" | "f64" | "string" | "bool"
            )
        })
}

/// Every field of the draft, with the shapes they sit in.
fn all_fields(d: &Draft) -> impl Iterator<Item = &DField> {
    d.request
        .iter()
        .chain(d.response.iter())
        .chain(d.types.iter().flat_map(|t| t.fields.iter()))
}

/// Gives each sub-table's type the description of a field that uses it, and makes a `todo`
/// of a sub-table no field uses and of a linked type with no sub-table.
pub fn resolve_types(d: &mut Draft) {
    let mut todo = Vec::new();
    let mut descriptions = Vec::new();
    for t in &d.types {
        let user = all_fields(d).find(|f| named(&f.ty) == Some(t.name.as_str()));
        match user {
            Some(f) if !f.description.is_empty() => descriptions.push(f.description.clone()),
            _ => descriptions.push(t.name.clone()),
        }
        if user.is_none() {
            todo.push((
                t.line,
                format!("the sub-table `{}` is used by no field", t.name),
            ));
        }
    }
    for f in all_fields(d) {
        if let Some(name) = named(&f.ty) {
            if !d.types.iter().any(|t| t.name == name) && !d.external.iter().any(|e| e == name) {
                todo.push((
                    f.line,
                    format!(
                        "`{}` is of type `{name}`, which has no sub-table on the page",
                        f.name
                    ),
                ));
            }
        }
    }
    for (t, description) in d.types.iter_mut().zip(descriptions) {
        t.description = description;
    }
    for (line, what) in todo {
        d.todo(line, what);
    }
}

/// Places the limits [`prose_facts`] could not place on the field they were read from onto
/// the field of its items the clause speaks of (`MemberList`: "A mark is a number greater
/// than or equal to 1,000" → each of `Marks`), with a `draft` marker; a `todo` for the rest.
pub fn place_unplaced(d: &mut Draft) {
    for (name, line, limit) in std::mem::take(&mut d.unplaced) {
        let what = if limit.max { "at most" } else { "at least" };
        if !place(d, &name, line, &limit) {
            d.todo(
                line,
                format!(
                    "`{name}`: \"{}\" states a limit ({what} {}) the importer cannot place",
                    limit.sentence, limit.value
                ),
            );
        }
    }
}

fn place(d: &mut Draft, name: &str, line: usize, limit: &text::Limit) -> bool {
    let Some(subject) = text::subject(&limit.clause) else {
        return false;
    };
    let holder = d
        .request
        .iter()
        .chain(d.response.iter())
        .chain(d.types.iter().flat_map(|t| t.fields.iter()))
        .find(|f| f.name == name && f.line == line)
        .and_then(|f| named(&f.ty).map(str::to_owned));
    let Some(holder) = holder else { return false };
    let Some(t) = d.types.iter_mut().find(|t| t.name == holder) else {
        return false;
    };
    let Some(f) = t.fields.iter_mut().find(|f| {
        let n = f.name.to_lowercase();
        n == subject || n == format!("{subject}s") || n.trim_end_matches('s') == subject
    }) else {
        return false;
    };
    let key = if limit.max { "maximum" } else { "minimum" };
    let is_int = |t: &str| matches!(t, "i32" | "i64" | "u32" | "u64" | "f64");
    let constraint = match f.ty.strip_prefix("list<").and_then(|r| r.strip_suffix('>')) {
        Some(inner) if is_int(inner) => {
            ("items".to_owned(), serde_json::json!({ key: limit.value }))
        }
        None if is_int(&f.ty) => (key.to_owned(), Value::from(limit.value)),
        _ => return false,
    };
    if f.constraints.iter().any(|(k, _)| *k == constraint.0) {
        return false;
    }
    f.constraints.push(constraint);
    f.draft = Some(match f.draft.take() {
        Some((s, l)) => (format!("{s} / {}", limit.sentence), l),
        None => (limit.sentence.clone(), line),
    });
    true
}

/// Limits in the page's prose outside the field tables ("For audio-video group, up to 10
/// different marks can be set."): the importer cannot tell what they bound, so each is a
/// `todo`.
pub fn prose_limits(d: &mut Draft, line_text: &str, line: usize) {
    let mut seen = Vec::new();
    for limit in text::limits(&text::strip_tags(line_text)) {
        if seen.contains(&limit.sentence) {
            continue;
        }
        d.todo(
            line,
            format!(
                "the page's prose states a limit: \"{}\": a field's constraint, or a `rules` entry?",
                limit.sentence
            ),
        );
        seen.push(limit.sentence);
    }
}
