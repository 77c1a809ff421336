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
use super::text::{self, Row, Table};
use super::{fields, pascal, Draft, Form};

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
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '/'))
        .map_or(0, |i| i + 1);
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
    let mut requests = Vec::new();
    let mut responses = Vec::new();
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
            table_of(&mut d, section, &table);
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
                if let Some(value) = form_example(&mut d, t, number) {
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
                if let Some((value, text)) = examples::parse(&mut d, &body, number) {
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
    if requests.is_empty() {
        d.todo(0, "the page has no request example with a form body");
    }
    if responses.is_empty() {
        d.todo(0, "the page has no JSON response example");
    }
    fields::resolve_types(&mut d);
    typed_forms(&d, &mut requests);
    examples::add(&mut d, requests, responses);
    examples::field_examples(&mut d);
    d
}

/// The operation's name from its path: `user/block/query.json` → `UserBlockQuery`.
fn name_of(path: &str) -> String {
    pascal(&path.trim_end_matches(".json").replace('/', "_"))
}

/// A table, by the section it sits in (or by its header, where the page dropped the title).
fn table_of(d: &mut Draft, section: Section, table: &Table) {
    let header = table.header.join(" ").to_lowercase();
    let response =
        section == Section::Response || header.contains("return") || header.contains("返回值");
    if response {
        let read = fields::from_table(d, table);
        d.response.extend(
            read.into_iter()
                .filter(|f| !examples::is_envelope(Form::Rongcloud, &f.name)),
        );
    } else if section == Section::Parameters
        || header.contains("required")
        || header.contains("必传")
    {
        let read = fields::from_table(d, table);
        d.request.extend(read);
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
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_from_the_method_line() {
        assert_eq!(
            path_in("POST: https://data center domain/user/info.json").as_deref(),
            Some("user/info.json")
        );
        assert_eq!(
            path_in("POST /group/user/gag/add.json HTTP/1.1").as_deref(),
            Some("group/user/gag/add.json")
        );
        assert_eq!(
            path_in("请求地址: https://api.rong-api.com/group/sync.json").as_deref(),
            Some("group/sync.json")
        );
        assert_eq!(path_in("POST: https://host/info.json"), None);
        assert_eq!(path_in("no path here"), None);
        assert_eq!(name_of("user/block/query.json"), "UserBlockQuery");
    }

    #[test]
    fn form_bodies_become_objects() {
        let mut d = Draft::default();
        let v = form_example(
            &mut d,
            "userId=2014&group[10001]=Test%20One&group[10002]=Two&userId=2015&name=a+b",
            1,
        )
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!({"userId": ["2014", "2015"], "group": {"10001": "Test One", "10002": "Two"}, "name": "a b"})
        );
        assert!(form_example(&mut d, "a=%E0%A4", 2).is_none());
        assert!(!d.todo.is_empty());
        assert_eq!(percent_decode("%4"), Some("%4".to_owned()));
    }
}
