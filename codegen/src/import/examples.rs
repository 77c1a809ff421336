//! The pages' request and response examples: read (and repaired, with a `todo` saying how),
//! compared with the field tables, and used to shape what the tables leave loose (`Array`
//! without an item type, a field only the example shows).

use serde_json::{Map, Value};

use super::fields::{self, UNDECIDED};
use super::text;
use super::{DExample, DField, DType, Draft, Form};

/// A fenced code block and the headings above it.
pub struct Block {
    pub chain: Vec<String>,
    /// The line of its first line of content.
    pub line: usize,
    pub text: String,
}

/// One example read from the page.
pub struct Read {
    pub value: Value,
    /// The example as the spec keeps it, in the page's key order.
    pub text: String,
    pub line: usize,
    pub description: Option<String>,
}

/// The envelope fields of each form, which are not the operation's.
pub fn is_envelope(form: Form, name: &str) -> bool {
    match form {
        Form::Volcengine => name == "ResponseMetadata",
        Form::Tencent => matches!(
            name,
            "ActionStatus" | "ErrorCode" | "ErrorInfo" | "ErrorDisplay"
        ),
        Form::Rongcloud => matches!(name, "code" | "errorMessage"),
    }
}

/// Parses an example, repairing what the pages get wrong, with a `todo` for each repair; the
/// value and its text as the spec keeps it.
pub fn parse(d: &mut Draft, body: &str, line: usize) -> Option<(Value, String)> {
    let (parsed, repairs) = text::repair_json(body);
    match parsed {
        Ok(value) => {
            let laid_out = text::reindent(&text::repair_text(body).0);
            let value = (value, laid_out);
            if repairs.any() {
                d.todo(
                    line,
                    format!(
                        "the example is not valid JSON as the page writes it ({}); check the repair and note it in `doc_notes`",
                        repairs.describe().join("; ")
                    ),
                );
            }
            Some(value)
        }
        Err(e) => {
            d.todo(
                line,
                format!("the example is not JSON even after repair ({e}); transcribe it by hand"),
            );
            None
        }
    }
}

/// The Markdown form's code blocks: under a 请求 heading a request, under 返回 a response.
pub fn read_blocks(d: &mut Draft, blocks: &[Block]) {
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    for b in blocks {
        let lines: Vec<&str> = b.text.lines().collect();
        let Some(first) = lines
            .iter()
            .position(|l| l.trim_start().starts_with(['{', '[']))
        else {
            continue;
        };
        let heading = |w: &str| b.chain.iter().any(|h| h.contains(w));
        let response = heading("返回") || heading("响应");
        if !response && !heading("请求") {
            d.todo(
                b.line,
                "a JSON block under no request or response heading; not read",
            );
            continue;
        }
        if let Some((k, extra)) = lines[..first]
            .iter()
            .enumerate()
            .find(|(_, l)| !l.trim().is_empty())
        {
            d.todo(
                b.line + k,
                format!(
                    "the example's code block starts with `{}`, which is not JSON; only the JSON is kept",
                    extra.trim()
                ),
            );
        }
        let body = lines[first..].join("\n");
        let line = b.line + first;
        if let Some((value, text)) = parse(d, &body, line) {
            let read = Read {
                value,
                text,
                line,
                description: None,
            };
            if response {
                responses.push(read);
            } else {
                requests.push(read);
            }
        }
    }
    add(d, requests, responses);
}

/// Pairs the requests and responses in page order, shapes what the tables leave loose, and
/// reports what the examples and tables disagree on.
pub fn add(d: &mut Draft, requests: Vec<Read>, responses: Vec<Read>) {
    let form = d.form_or_default();
    let payloads: Vec<(Value, usize)> = responses
        .iter()
        .map(|r| (payload(d, form, &r.value, r.line), r.line))
        .collect();
    let sent: Vec<(Value, usize)> = requests.iter().map(|r| (r.value.clone(), r.line)).collect();
    let order = key_order(
        requests
            .iter()
            .chain(responses.iter())
            .map(|r| r.text.as_str()),
    );
    loose(d, true, &sent, &order);
    loose(d, false, &payloads, &order);
    unlisted(d, true, &sent, &order);
    unlisted(d, false, &payloads, &order);
    for (value, line) in &sent {
        let shape = d.request.clone();
        compare(d, value, &shape, "request", *line, 0);
    }
    for (value, line) in &payloads {
        let shape = d.response.clone();
        compare(d, value, &shape, "response", *line, 0);
    }
    fields::place_unplaced(d);
    let n = requests.len().max(responses.len());
    let mut requests = requests.into_iter();
    let mut responses = responses.into_iter();
    for i in 0..n {
        let request = requests.next();
        let response = responses.next();
        d.examples.push(DExample {
            name: if n == 1 {
                "doc".into()
            } else {
                format!("doc{}", i + 1)
            },
            description: request.as_ref().and_then(|r| r.description.clone()),
            request: request.map(|r| (r.text, r.line)),
            response: response.map(|r| (r.text, r.line)),
        });
    }
}

/// The operation's payload in a whole response: Volcengine's `Result`, Tencent's fields
/// beside the envelope's.
fn payload(d: &mut Draft, form: Form, body: &Value, line: usize) -> Value {
    let Value::Object(map) = body else {
        d.todo(line, "the response example is not a JSON object");
        return Value::Null;
    };
    match form {
        Form::Volcengine => {
            let said = map
                .get("ResponseMetadata")
                .and_then(|m| m.get("Action"))
                .and_then(Value::as_str);
            if let (Some(said), Some(action)) = (said, d.action.clone()) {
                if said != action {
                    d.todo(
                        line,
                        format!("the response example's `ResponseMetadata.Action` is `{said}`, not `{action}`"),
                    );
                }
            }
            map.get("Result")
                .cloned()
                .unwrap_or(Value::Object(Map::new()))
        }
        Form::Tencent | Form::Rongcloud => Value::Object(
            map.iter()
                .filter(|(k, _)| !is_envelope(form, k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
    }
}

/// Fields typed `Array`/`Object` without their items: shaped from the examples' values.
fn loose(d: &mut Draft, request: bool, values: &[(Value, usize)], order: &[String]) {
    let count = if request {
        d.request.len()
    } else {
        d.response.len()
    };
    for i in 0..count {
        let field = if request {
            &d.request[i]
        } else {
            &d.response[i]
        };
        if field.ty != UNDECIDED && field.ty != format!("list<{UNDECIDED}>") {
            continue;
        }
        let (name, line, declared_list) = (
            field.name.clone(),
            field.line,
            field.ty.starts_with("list<"),
        );
        let seen: Vec<(&Value, usize)> = values
            .iter()
            .filter_map(|(v, l)| v.get(&name).map(|x| (x, *l)))
            .collect();
        let Some(&(_, first_line)) = seen.first() else {
            d.todo(
                line,
                format!(
                    "`{name}` is `{}` with no item type, and no example shows it",
                    field.doc_type.clone().unwrap_or_default()
                ),
            );
            continue;
        };
        let all_lists = seen.iter().all(|(v, _)| v.is_array());
        if all_lists != declared_list {
            d.todo(
                line,
                format!(
                    "`{name}` is typed `{}` in the table, but the example at line {first_line} holds {}",
                    field.doc_type.clone().unwrap_or_default(),
                    if all_lists { "an array" } else { "no array" }
                ),
            );
        }
        let items: Vec<&Value> = if all_lists {
            seen.iter()
                .filter_map(|(v, _)| v.as_array())
                .flatten()
                .collect()
        } else {
            seen.iter().map(|(v, _)| *v).collect()
        };
        let ty = match shape_of(d, &name, &items, first_line, order) {
            Some(t) if all_lists => format!("list<{t}>"),
            Some(t) => t,
            None => {
                d.todo(
                    line,
                    format!("`{name}`: no type can be read from the examples"),
                );
                continue;
            }
        };
        let field = if request {
            &mut d.request[i]
        } else {
            &mut d.response[i]
        };
        field.ty = ty;
    }
}

/// The type of the values `items` (a field's, or a list's items): a scalar or list type, or a
/// named type read from their keys (reusing a type read before with the same keys).
fn shape_of(
    d: &mut Draft,
    field: &str,
    items: &[&Value],
    line: usize,
    order: &[String],
) -> Option<String> {
    if !items.iter().all(|v| v.is_object()) {
        let first = items.first()?;
        let ty = text::type_of_value(first)?;
        d.todo(
            line,
            format!("`{field}`: its item type `{ty}` is read from the example"),
        );
        return Some(ty);
    }
    let mut keys: Vec<String> = Vec::new();
    for item in items {
        for k in item.as_object().into_iter().flat_map(|m| m.keys()) {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    keys.sort_by_key(|k| position(order, k));
    if let Some(t) = d
        .types
        .iter()
        .find(|t| t.fields.len() == keys.len() && t.fields.iter().all(|f| keys.contains(&f.name)))
    {
        return Some(t.name.clone());
    }
    let name = item_type_name(field);
    if !text::is_type_name(&name) || d.types.iter().any(|t| t.name == name) {
        return None;
    }
    let mut out = Vec::new();
    for k in &keys {
        let values: Vec<&Value> = items.iter().filter_map(|v| v.get(k)).collect();
        out.push(from_example(d, k, &values, items.len(), line));
    }
    d.todo(
        line,
        format!(
            "no table describes the items of `{field}`: type `{name}` is read from the example's keys ({}); name it and check each field",
            keys.join(", ")
        ),
    );
    d.types.push(DType {
        name,
        description: match d.form {
            Some(Form::Volcengine) => format!("`{field}` 的元素（由 codegen import 从示例读出）。"),
            _ => format!("An item of `{field}` (read from the page's examples by codegen import)."),
        },
        fields: out,
        line,
    });
    d.types.last().map(|t| t.name.clone())
}

/// The name of the type drafted for the items of the field `field` (`MemberList` →
/// `MemberListItem`).
pub fn item_type_name(field: &str) -> String {
    format!("{field}Item")
}

/// A field only the examples show: its type from a table field of the same name or from the
/// values, required when every example has it.
fn from_example(d: &Draft, name: &str, values: &[&Value], of: usize, line: usize) -> DField {
    let twin = d
        .request
        .iter()
        .chain(d.response.iter())
        .chain(d.types.iter().flat_map(|t| t.fields.iter()))
        .find(|f| f.name == name && f.ty != UNDECIDED);
    let ty = twin
        .map(|f| f.ty.clone())
        .or_else(|| values.first().and_then(|v| text::type_of_value(v)))
        .unwrap_or_else(|| UNDECIDED.to_owned());
    let example = values
        .first()
        .filter(|v| !v.is_object() && !v.as_array().is_some_and(|a| a.iter().any(Value::is_object)))
        .map(|v| (*v).clone());
    DField {
        name: name.to_owned(),
        ty,
        doc_type: twin.and_then(|f| f.doc_type.clone()),
        required: values.len() == of && of > 0,
        description: String::new(),
        example,
        line,
        from_example: true,
        ..DField::default()
    }
}

/// Fields the examples carry at the top level but the table does not list: added, each with
/// a `todo`.
fn unlisted(d: &mut Draft, request: bool, values: &[(Value, usize)], order: &[String]) {
    let mut keys: Vec<(String, usize)> = Vec::new();
    for (v, line) in values {
        for k in v.as_object().into_iter().flat_map(|m| m.keys()) {
            if !keys.iter().any(|(n, _)| n == k) {
                keys.push((k.clone(), *line));
            }
        }
    }
    keys.sort_by_key(|(k, _)| position(order, k));
    for (key, line) in keys {
        let shape = if request { &d.request } else { &d.response };
        if shape.iter().any(|f| f.name == key) || !text::is_wire_name(&key) {
            continue;
        }
        let seen: Vec<&Value> = values.iter().filter_map(|(v, _)| v.get(&key)).collect();
        let mut field = from_example(d, &key, &seen, values.len(), line);
        if field.ty == UNDECIDED || seen.iter().any(|v| v.is_object()) {
            let items: Vec<&Value> = seen.clone();
            if let Some(t) = shape_of(d, &key, &items, line, order) {
                field.ty = t;
            }
        }
        let side = if request { "request" } else { "response" };
        d.todo(
            line,
            format!(
                "`{key}` is in the {side} example but not in the table: added as `{}`; describe it",
                field.ty
            ),
        );
        if request {
            d.request.push(field);
        } else {
            d.response.push(field);
        }
    }
}

/// Checks an example's object against a shape: keys the shape lacks, and values of another
/// kind than the field's type.
fn compare(d: &mut Draft, value: &Value, shape: &[DField], at: &str, line: usize, depth: usize) {
    if depth > text::MAX_DEPTH {
        return;
    }
    let Value::Object(map) = value else { return };
    for (key, v) in map {
        let Some(f) = shape.iter().find(|f| f.name == *key) else {
            if depth > 0 {
                d.todo(
                    line,
                    format!("`{at}.{key}` is in the example but not in the table"),
                );
            }
            continue;
        };
        check_value(d, v, &f.ty, &format!("{at}.{key}"), line, depth);
    }
}

fn check_value(d: &mut Draft, v: &Value, ty: &str, at: &str, line: usize, depth: usize) {
    if depth > text::MAX_DEPTH || ty == UNDECIDED {
        return;
    }
    let fits = match ty {
        "i32" | "i64" | "u32" | "u64" => v.is_i64() || v.is_u64(),
        "f64" => v.is_number(),
        "string" => v.is_string(),
        "bool" => v.is_boolean(),
        t if t.starts_with("map<") => v.is_object(),
        t if t.starts_with("list<") => v.is_array(),
        _ => v.is_object(),
    };
    if !fits {
        d.todo(
            line,
            format!("`{at}` is `{ty}` in the table, but the example has `{v}`"),
        );
        return;
    }
    if let (Some(inner), Value::Array(items)) = (
        ty.strip_prefix("list<").and_then(|r| r.strip_suffix('>')),
        v,
    ) {
        for item in items {
            check_value(d, item, inner, &format!("{at}[]"), line, depth + 1);
        }
    } else if let Some(name) = fields::named(ty) {
        let shape = d
            .types
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.fields.clone());
        if let Some(shape) = shape {
            compare(d, v, &shape, at, line, depth + 1);
        }
    }
}

/// Tencent's tables have no example column: a field's example is its value in the first
/// request (or response) example that has it, unless it is an object or holds objects.
pub fn field_examples(d: &mut Draft) {
    let first_request = d
        .examples
        .iter()
        .find_map(|e| e.request.as_ref())
        .and_then(|(t, _)| serde_json::from_str::<Value>(t).ok());
    let form = d.form_or_default();
    let first_response = d
        .examples
        .iter()
        .find_map(|e| e.response.as_ref())
        .and_then(|(t, _)| serde_json::from_str::<Value>(t).ok());
    for (shape, example) in [
        (&mut d.request, first_request),
        (&mut d.response, first_response),
    ] {
        let Some(example) = example else { continue };
        for f in shape.iter_mut() {
            if f.example.is_some() || is_envelope(form, &f.name) {
                continue;
            }
            if let Some(v) = example.get(&f.name) {
                if !v.is_object() && !v.as_array().is_some_and(|a| a.iter().any(Value::is_object)) {
                    f.example = Some(v.clone());
                }
            }
        }
    }
}

impl Draft {
    fn form_or_default(&self) -> Form {
        self.form.unwrap_or(if self.path.is_some() {
            Form::Tencent
        } else {
            Form::Volcengine
        })
    }
}

/// The keys of the examples' objects in the order the page writes them (serde_json's maps
/// sort them): every `"key":` of the texts, first occurrence first.
fn key_order<'t>(texts: impl Iterator<Item = &'t str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in texts {
        let mut rest = text;
        while let Some(at) = rest.find("\": ") {
            let before = &rest[..at];
            if let Some(open) = before.rfind('"') {
                let key = &before[open + 1..];
                if !out.iter().any(|k| k == key) {
                    out.push(key.to_owned());
                }
            }
            rest = &rest[at + 3..];
        }
    }
    out
}

/// Where a key comes in [`key_order`] (unknown keys last, stably).
fn position(order: &[String], key: &str) -> usize {
    order.iter().position(|k| k == key).unwrap_or(usize::MAX)
}
