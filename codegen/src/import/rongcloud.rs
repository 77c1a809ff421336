//! RongCloud's Server API pages (docs.rongcloud.io and docs.rongcloud.cn, text as a browser
//! shows it): a title and overview, the request method line (`POST: https://<data center
//! domain>/user/info.json`), the rate limit (`100 requests per second`, `100 次/秒`), the body
//! parameter table (`Parameter | Type | Required | Description |`), the request example as raw
//! HTTP whose body is a form (`userId=1&userId=2&groupId=123`), the response table (`Return
//! Value | Return Type | Description |`) and the response example (an HTTP status line, headers,
//! then JSON). Sections are told by their titles in English or Chinese; a line starting with `#`
//! is a note of whoever saved the page (where a copy was cut, which other copy filled it) and
//! becomes a `todo`.

use serde_json::{Map, Value};

use super::examples::{self, Read};
use super::text::{self, DocType, Row, Table};
use super::{fields, pascal, DField, DType, Draft, Form};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Title,
    Overview,
    Method,
    Parameters,
    RequestExample,
    Response,
    ResponseExample,
    Other,
}

const TITLES: &[(&str, Section)] = &[
    ("request method", Section::Method),
    ("请求方法", Section::Method),
    ("body parameters", Section::Parameters),
    ("body 参数", Section::Parameters),
    ("请求参数", Section::Parameters),
    ("输入参数", Section::Parameters),
    ("request example", Section::RequestExample),
    ("请求示例", Section::RequestExample),
    ("request", Section::RequestExample),
    ("response", Section::Response),
    ("返回结果", Section::Response),
    ("响应", Section::Response),
    ("response example", Section::ResponseExample),
    ("返回结果示例", Section::ResponseExample),
    ("响应示例", Section::ResponseExample),
    ("faq", Section::Other),
    ("常见问题", Section::Other),
    ("tip", Section::Other),
    ("note", Section::Other),
    ("提示", Section::Other),
];

/// A section title, if the line is one (a trailing colon aside).
fn title(line: &str) -> Option<Section> {
    let lower = line
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    TITLES.iter().find(|(t, _)| *t == lower).map(|(_, s)| *s)
}

/// Whether the text is a RongCloud page: its hosts, or its signature headers.
pub fn detect(text: &str) -> bool {
    text.contains("rongcloud")
        || text.contains("ronghub.com")
        || text.contains("rong-api.com")
        || text.contains("App-Key:")
}

/// Whether a line is a rendered table row (`a | b |`).
fn is_row(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with('|') && t.len() > 1
}

/// `… /user/info.json …` → `user/info.json`: the last `.json` path of the line.
fn path_in(line: &str) -> Option<String> {
    let end = line.rfind(".json")?;
    let start = line[..end]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '/'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let run = &line[start..end];
    // After a host (`…//api.rong-api.com/user/info.json`, `…/data center domain/user/…`) the
    // run starts with the host's last word: the path is what follows it.
    let path = match (run.strip_prefix("//"), run.strip_prefix('/')) {
        (Some(host_and_path), _) => host_and_path.split_once('/').map_or("", |(_, p)| p),
        (None, Some(path)) => path,
        (None, None) => run.split_once('/').map_or("", |(_, path)| path),
    };
    let segments: Vec<&str> = path.split('/').collect();
    (segments.len() >= 2 && segments.iter().all(|s| !s.is_empty())).then(|| format!("{path}.json"))
}

/// Reads a page in RongCloud's form.
pub fn read(page: &str) -> Draft {
    let lines: Vec<&str> = page.lines().collect();
    let mut d = Draft {
        form: Some(Form::Rongcloud),
        method: "POST".into(),
        ..Draft::default()
    };
    let mut section = Section::Title;
    let mut overview = Vec::new();
    let mut requests: Vec<Read> = Vec::new();
    let mut responses: Vec<Read> = Vec::new();
    // Response tables wait for the response examples, which say where their rows belong; each
    // with where its `todo` entries go.
    let mut pending: Vec<(Table, usize)> = Vec::new();
    let mut cut_body = false;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        let number = i + 1;
        if t.is_empty() {
            i += 1;
            continue;
        }
        if let Some(note) = t.strip_prefix('#') {
            d.todo(number, format!("a note on the saved page: {}", note.trim()));
            i += 1;
            continue;
        }
        if let Some(s) = title(t) {
            section = s;
            i += 1;
            continue;
        }
        if is_row(t) {
            let (table, next) = read_table(&lines, i);
            i = next;
            table_of(&mut d, section, &table, &mut pending);
            continue;
        }
        if d.path.is_none() && (t.starts_with("POST") || t.contains("请求地址")) {
            if let Some(path) = path_in(t) {
                d.path = Some(path);
                d.http_line = number;
            }
        }
        if d.rate_limit.is_none() && is_rate(t) {
            rate(&mut d, t, number);
        }
        match section {
            Section::Title if d.title.is_none() => d.title = Some(t.to_owned()),
            Section::Title | Section::Overview => {
                section = Section::Overview;
                overview.push(t.trim_start_matches(['•', '-', ' ']).to_owned());
                fields::prose_limits(&mut d, t, number);
            }
            Section::RequestExample if is_form(t) => {
                if let Some(why) = cut_form(&lines, i, t) {
                    cut_body = true;
                    d.todo(
                        number,
                        format!(
                            "the request example's form body is cut on the saved page ({why}); not read as an example: complete it from another copy"
                        ),
                    );
                } else if let Some(value) = form_example(&mut d, t, number)
                    .filter(|v| !requests.iter().any(|r| r.value == *v))
                {
                    requests.push(Read {
                        text: serde_json::to_string_pretty(&value).unwrap_or_default(),
                        value,
                        line: number,
                        description: None,
                    });
                }
            }
            Section::Response | Section::ResponseExample if t.starts_with(['{', '[']) => {
                let (body, next) = super::tencent::json_lines(&lines, i);
                // A copy of an earlier response (the same page appended after an `# ALSO
                // FROM` note) is not read again, unless a request of its own pairs with it.
                let again = |v: &Value| {
                    responses.len() >= requests.len() && responses.iter().any(|r| r.value == *v)
                };
                if let Some((value, text)) =
                    examples::parse(&mut d, &body, number).filter(|(v, _)| !again(v))
                {
                    responses.push(Read {
                        value,
                        text,
                        line: number,
                        description: None,
                    });
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    d.description = overview.join("\n\n");
    d.summary = overview
        .first()
        .and_then(|p| text::sentences(p).into_iter().next())
        .unwrap_or_default();
    if d.summary.is_empty() {
        d.summary = d.title.clone().unwrap_or_default();
        d.todo(
            0,
            "the page has no overview: write the summary and description",
        );
    }
    match d.path.clone() {
        Some(path) => d.name = name_of(&path),
        None => d.todo(
            0,
            "the page has no request method line with a `/…/<action>.json` path",
        ),
    }
    if d.rate_limit.is_none() {
        d.todo(0, "the page states no rate limit per second");
    }
    if requests.is_empty() && !cut_body {
        d.todo(0, "the page has no request example with a form body");
    }
    if responses.is_empty() {
        d.todo(0, "the page has no JSON response example");
    }
    let payloads: Vec<Value> = responses
        .iter()
        .filter_map(|r| r.value.as_object())
        .map(|m| {
            Value::Object(
                m.iter()
                    .filter(|(k, _)| !examples::is_envelope(Form::Rongcloud, k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            )
        })
        .collect();
    let mut shift = 0;
    for (table, mark) in pending {
        let at = (mark + shift).min(d.todo.len());
        let before = d.todo.len();
        let after = d.todo.split_off(at);
        read_fields(&mut d, &table, true, &payloads);
        for entry in after {
            if !d.todo.contains(&entry) {
                d.todo.push(entry);
            }
        }
        shift += d.todo.len().saturating_sub(before);
    }
    fields::resolve_types(&mut d);
    typed_forms(&d, &mut requests);
    examples::add(&mut d, requests, responses);
    examples::field_examples(&mut d);
    map_examples(&mut d);
    d
}

/// Why a request example's form line (line index `i`) is cut, if it is: a note right after
/// it (blank lines aside) says the page text was cut there, or its last pair has no `=`.
fn cut_form(lines: &[&str], i: usize, line: &str) -> Option<&'static str> {
    let note = lines[i + 1..]
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .and_then(|l| l.strip_prefix('#'))
        .map(str::to_lowercase);
    if note.is_some_and(|n| n.contains("cut") || n.contains("截断")) {
        return Some("a note after it says the page text was cut there");
    }
    let last = line.rsplit('&').next().unwrap_or(line);
    (!last.contains('=')).then_some("its last pair has no `=`")
}

/// A map field's example: its value in the first request example that has it.
fn map_examples(d: &mut Draft) {
    let first = d
        .examples
        .iter()
        .find_map(|e| e.request.as_ref())
        .and_then(|(t, _)| serde_json::from_str::<Value>(t).ok());
    let Some(first) = first else { return };
    for f in &mut d.request {
        if f.ty.starts_with("map<") && f.example.is_none() {
            f.example = first.get(&f.name).filter(|v| v.is_object()).cloned();
        }
    }
}

/// The operation's name from its path: `user/block/query.json` → `UserBlockQuery`.
fn name_of(path: &str) -> String {
    pascal(&path.trim_end_matches(".json").replace('/', "_"))
}

/// A table, by the section it sits in (or by its header, where the page dropped the title).
/// A response table is kept in `pending` until the response examples are read.
fn table_of(d: &mut Draft, section: Section, table: &Table, pending: &mut Vec<(Table, usize)>) {
    let header = table.header.join(" ").to_lowercase();
    let response =
        section == Section::Response || header.contains("return") || header.contains("返回值");
    if response {
        pending.push((table.clone(), d.todo.len()));
    } else if section == Section::Parameters
        || header.contains("required")
        || header.contains("必传")
    {
        read_fields(d, table, false, &[]);
    } else {
        d.todo(
            table.line,
            format!(
                "a table the importer does not read (`{}`); transcribe what it says",
                table.header.join(" | ")
            ),
        );
    }
}

/// What a row's name cell names: a field, a field of a list's items (`users[i].userId`), or
/// a map sent as bracketed keys (`group[id]=name`).
#[derive(Debug, PartialEq)]
enum RowName {
    Field,
    Item { list: String, field: String },
    Map(String),
}

fn row_name(name: &str) -> RowName {
    let Some((outer, rest)) = name.split_once('[') else {
        return RowName::Field;
    };
    let Some((_, after)) = rest.split_once(']') else {
        return RowName::Field;
    };
    if !text::is_wire_name(outer) {
        return RowName::Field;
    }
    match after.strip_prefix('.') {
        Some(field) if text::is_wire_name(field) => RowName::Item {
            list: outer.to_owned(),
            field: field.to_owned(),
        },
        None if after.starts_with('=') => RowName::Map(outer.to_owned()),
        _ => RowName::Field,
    }
}

/// Whether a row is a list whose items the rows after it may describe: typed `Array` (of
/// something), or described as an array or a list (`users | String | Array of group members.`).
fn is_list_row(row: &Row, type_c: Option<usize>, description_c: Option<usize>) -> bool {
    let by_type = matches!(
        text::doc_type(row.get(type_c)),
        DocType::Loose { list: true } | DocType::Named { list: true, .. }
    );
    let lower = row.get(description_c).trim().to_lowercase();
    by_type
        || ["array", "an array", "list of", "a list of"]
            .iter()
            .any(|w| lower.starts_with(w))
        || lower.contains("数组")
        || lower.contains("列表")
}

/// `users` → `Users`.
fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// Reads a field table into the request or the response. Rows naming a field of a list's
/// items (`users[i].userId`, or in a response table plain names following the list's row that
/// no response example has at its top level) become the fields of a drafted item type, and the
/// list a `list` of it; a `group[id]=name` row is the map `group`. A response table's fields
/// are required when every response example (`payloads`, without the envelope) has them.
fn read_fields(d: &mut Draft, table: &Table, response: bool, payloads: &[Value]) {
    let name_c = fields::name_column(table);
    let type_c = fields::type_column(table);
    let description_c = table.column(&["描述", "说明", "description"]);
    let word = |line: usize| {
        table
            .rows
            .iter()
            .find(|r| r.line == line)
            .map(|r| text::plain(r.get(type_c)))
            .filter(|w| !w.is_empty())
    };
    let renamed = |row: &Row, name: &str| {
        let mut row = row.clone();
        if let Some(cell) = name_c.and_then(|c| row.cells.get_mut(c)) {
            *cell = name.to_owned();
        }
        row
    };
    let mut top = Vec::new();
    let mut maps = Vec::new();
    let mut lists: Vec<(String, Vec<Row>)> = Vec::new();
    let mut guessed: Vec<(String, String, usize)> = Vec::new();
    let mut open: Option<String> = None;
    let add_item = |lists: &mut Vec<(String, Vec<Row>)>, list: &str, row: Row| match lists
        .iter_mut()
        .find(|(l, _)| l == list)
    {
        Some((_, rows)) => rows.push(row),
        None => lists.push((list.to_owned(), vec![row])),
    };
    for row in &table.rows {
        let name = text::plain(row.get(name_c));
        match row_name(&name) {
            RowName::Item { list, field } => {
                if open.as_deref() == Some(list.as_str()) {
                    open = None;
                }
                add_item(&mut lists, &list, renamed(row, &field));
            }
            RowName::Map(field) => {
                open = None;
                top.push(renamed(row, &field));
                maps.push(field);
            }
            RowName::Field => {
                if let Some(list) = open.clone() {
                    if !payloads.iter().any(|p| p.get(&name).is_some()) {
                        let shown = payloads
                            .iter()
                            .filter_map(|p| p.get(&list).and_then(Value::as_array))
                            .flatten()
                            .any(|item| item.get(&name).is_some());
                        if !shown {
                            guessed.push((name.clone(), list.clone(), row.line));
                        }
                        add_item(&mut lists, &list, row.clone());
                        continue;
                    }
                    open = None;
                }
                if response && is_list_row(row, type_c, description_c) {
                    open = Some(name);
                }
                top.push(row.clone());
            }
        }
    }
    let read = |d: &mut Draft, rows: Vec<Row>| {
        let t = Table {
            header: table.header.clone(),
            rows,
            line: table.line,
        };
        if response {
            fields::from_response_table(d, &t)
        } else {
            fields::from_table(d, &t)
        }
    };
    let mut out = read(d, top);
    for f in out.iter_mut().filter(|f| maps.contains(&f.name)) {
        if f.doc_type.is_none() {
            f.doc_type = word(f.line);
        }
        f.ty = "map<string,string>".into();
    }
    for (list, rows) in lists {
        let line = rows.first().map_or(table.line, |r| r.line);
        let mut items = read(d, rows);
        let type_name = examples::item_type_name(&upper_first(&list));
        if response {
            let objects: Vec<&Map<String, Value>> = payloads
                .iter()
                .filter_map(|p| p.get(&list).and_then(Value::as_array))
                .flatten()
                .filter_map(Value::as_object)
                .collect();
            for f in items.iter_mut() {
                if !f.required_stated {
                    f.required =
                        !objects.is_empty() && objects.iter().all(|o| o.contains_key(&f.name));
                }
                if f.example.is_none() {
                    f.example = objects
                        .iter()
                        .find_map(|o| o.get(&f.name))
                        .filter(|v| {
                            !v.is_object()
                                && !v.as_array().is_some_and(|a| a.iter().any(Value::is_object))
                        })
                        .cloned();
                }
            }
        }
        for (field, _, at) in guessed.iter().filter(|(_, l, _)| *l == list) {
            d.todo(
                *at,
                format!(
                    "`{field}` follows the list `{list}` in the table and no response example shows where it goes: drafted as a field of its items (`{type_name}`); check"
                ),
            );
        }
        match d.types.iter().position(|t| t.name == type_name) {
            Some(i) => {
                let mut have = std::mem::take(&mut d.types[i].fields);
                merge(d, &mut have, items);
                d.types[i].fields = have;
            }
            None => d.types.push(DType {
                name: type_name.clone(),
                description: String::new(),
                fields: items,
                line,
            }),
        }
        let shape = if response { &d.response } else { &d.request };
        if let Some(f) = out.iter_mut().find(|f| f.name == list) {
            if f.doc_type.is_none() {
                f.doc_type = word(f.line);
            }
            f.ty = format!("list<{type_name}>");
        } else if !shape.iter().any(|f| f.name == list) {
            d.todo(
                line,
                format!(
                    "`{list}` has no row of its own, only rows for its items' fields: drafted as `list<{type_name}>`; describe it"
                ),
            );
            out.push(DField {
                name: list,
                ty: format!("list<{type_name}>"),
                line,
                ..DField::default()
            });
        }
    }
    if response {
        out.retain(|f| !examples::is_envelope(Form::Rongcloud, &f.name));
        for f in out.iter_mut().filter(|f| !f.required_stated) {
            f.required = !payloads.is_empty() && payloads.iter().all(|p| p.get(&f.name).is_some());
        }
    }
    let mut shape = std::mem::take(if response {
        &mut d.response
    } else {
        &mut d.request
    });
    merge(d, &mut shape, out);
    *(if response {
        &mut d.response
    } else {
        &mut d.request
    }) = shape;
}

/// Adds a table's fields to a shape. A field the shape has already (the same table copied
/// again, after an `# ALSO FROM` note) keeps its first row and takes from the later one only
/// what the first lacks: a stated required flag, a description; what the later row raised is
/// dropped.
fn merge(d: &mut Draft, shape: &mut Vec<DField>, fields: Vec<DField>) {
    for f in fields {
        let Some(e) = shape.iter_mut().find(|e| e.name == f.name) else {
            shape.push(f);
            continue;
        };
        // Each row has a line of its own: what was raised at it is about the copy.
        d.todo.retain(|(_, l)| *l != f.line);
        d.unplaced.retain(|(_, l, _)| *l != f.line);
        if !e.required_stated && f.required_stated {
            e.required = f.required;
            e.required_stated = true;
            let cell = format!("`{}`: the required cell", e.name);
            d.todo
                .retain(|(w, l)| !(*l == e.line && w.starts_with(&cell)));
        }
        if e.description.trim().is_empty() && !f.description.trim().is_empty() {
            let gap = format!("`{}` has no description on the page", e.name);
            d.todo.retain(|(w, l)| !(*l == e.line && *w == gap));
            let mut from = DField {
                description: f.description,
                line: f.line,
                constraints: Vec::new(),
                default: None,
                draft: None,
                ..e.clone()
            };
            let unplaced = d.unplaced.len();
            fields::prose_facts(d, &mut from);
            for u in &mut d.unplaced[unplaced..] {
                u.1 = e.line;
            }
            e.description = from.description;
            e.constraints = from.constraints;
            e.default = from.default;
            e.draft = from.draft;
        }
    }
}

/// The table starting at line `start`, and the index of the line after it. A row whose last
/// cell runs onto the next line (the pages put a lone `|` there) is joined.
fn read_table(lines: &[&str], start: usize) -> (Table, usize) {
    let (header, _) = text::cells(lines[start]).unwrap_or_default();
    let mut table = Table {
        header,
        rows: Vec::new(),
        line: start + 1,
    };
    let mut i = start + 1;
    while i < lines.len() {
        let t = lines[i].trim();
        if t == "|" {
            i += 1;
            continue;
        }
        // A description cut by a line break: `content | String | Yes | … 128k per message.`
        // then `|` on the next line.
        let joined;
        let line = if !is_row(t) && lines.get(i + 1).is_some_and(|n| n.trim() == "|") {
            joined = format!("{t} |");
            joined.as_str()
        } else {
            t
        };
        if !is_row(line) || title(line).is_some() {
            break;
        }
        if let Some((cells, _)) = text::cells(line).filter(|(c, _)| !text::is_separator(c)) {
            table.rows.push(Row { cells, line: i + 1 });
        }
        i += 1;
    }
    (table, i)
}

/// Whether a line of a request example is its form body (not the request line or a header).
fn is_form(line: &str) -> bool {
    line.contains('=') && !line.contains(": ") && !line.starts_with("POST") && !line.contains(' ')
}

/// Whether a line states a rate limit.
fn is_rate(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("rate limit") || line.contains("频率") || lower.contains("per second")
}

/// `100 requests per second` (`100 次/秒`); a limit per minute (the message pages count
/// messages per minute) is a `todo`.
fn rate(d: &mut Draft, line: &str, number: usize) {
    let digits: String = line
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    let lower = line.to_lowercase();
    match digits.parse::<u32>() {
        Ok(n) if lower.contains("per second") || line.contains("/秒") || line.contains("每秒") =>
        {
            d.rate_limit = Some((n, line.to_owned(), number));
        }
        _ => d.todo(
            number,
            format!("a rate limit the importer does not read: `{line}`"),
        ),
    }
}

/// A form body as a JSON object: a key sent several times is a list, `key[sub]=value` an
/// object; values stay text until [`typed_forms`] reads them by the fields' types.
fn form_example(d: &mut Draft, line: &str, number: usize) -> Option<Value> {
    let mut out = Map::new();
    for pair in line.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (percent_decode(key), percent_decode(value)) else {
            d.todo(
                number,
                format!("`{pair}` is not form encoding; transcribe it by hand"),
            );
            return None;
        };
        if let Some((outer, inner)) = key.strip_suffix(']').and_then(|k| k.split_once('[')) {
            let slot = out
                .entry(outer.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(map) = slot {
                map.insert(inner.to_owned(), Value::String(value));
            }
            continue;
        }
        match out.get_mut(&key) {
            Some(Value::Array(items)) => items.push(Value::String(value)),
            Some(first) => {
                let first = first.take();
                out.insert(key, Value::Array(vec![first, Value::String(value)]));
            }
            None => {
                out.insert(key, Value::String(value));
            }
        }
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

/// `%41` and `+` decoded; `None` for an escape that is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// The request examples' values read by the fields' types: a number field's text as a number,
/// a list field's single value as a list of one.
fn typed_forms(d: &Draft, requests: &mut [Read]) {
    for read in requests {
        let Value::Object(map) = &mut read.value else {
            continue;
        };
        for (key, value) in map.iter_mut() {
            let Some(field) = d.request.iter().find(|f| f.name == *key) else {
                continue;
            };
            let list = field.ty.starts_with("list<");
            let item = field.ty.trim_start_matches("list<").trim_end_matches('>');
            let typed = |v: &Value| -> Value {
                let Value::String(s) = v else {
                    return v.clone();
                };
                match item {
                    "i32" | "i64" | "u32" | "u64" | "f64" => s
                        .parse::<i64>()
                        .map(Value::from)
                        .or_else(|_| s.parse::<f64>().map(Value::from))
                        .unwrap_or_else(|_| v.clone()),
                    "bool" => match s.as_str() {
                        "true" => Value::Bool(true),
                        "false" => Value::Bool(false),
                        _ => v.clone(),
                    },
                    _ => v.clone(),
                }
            };
            let new = match &*value {
                Value::Array(items) => Value::Array(items.iter().map(typed).collect()),
                one if list => Value::Array(vec![typed(one)]),
                one => typed(one),
            };
            *value = new;
        }
        read.text = serde_json::to_string_pretty(&read.value).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests;
