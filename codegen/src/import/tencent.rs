//! Tencent Cloud Chat's rendered pages (text as a browser shows it, in English, Chinese or
//! with a Japanese title): plain section titles (Feature Overview, Sample request URL,
//! Maximum call frequency, Sample request, Request fields, Sample response, Response fields,
//! Error Codes, or their Chinese names), tables as `a | b |` lines, examples as JSON lines.

use super::examples::{self, Read};
use super::text::{self, Row, Table};
use super::{fields, pascal, DError, Draft, Form};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Title,
    Overview,
    GroupTypes,
    Url,
    Parameters,
    Rate,
    RequestSample,
    RequestFields,
    ResponseSample,
    ResponseFields,
    Errors,
    Other,
}

const TITLES: &[(&str, Section)] = &[
    ("feature overview", Section::Overview),
    ("功能说明", Section::Overview),
    ("api calling description", Section::Other),
    ("接口调用说明", Section::Other),
    ("applicable group types", Section::GroupTypes),
    ("适用的群组类型", Section::GroupTypes),
    ("note", Section::Other),
    ("注意", Section::Other),
    ("sample request url", Section::Url),
    ("请求 url 示例", Section::Url),
    ("请求url示例", Section::Url),
    ("request parameters", Section::Parameters),
    ("请求参数说明", Section::Parameters),
    ("maximum call frequency", Section::Rate),
    ("最高调用频率", Section::Rate),
    ("sample request", Section::RequestSample),
    ("sample requests", Section::RequestSample),
    ("请求包示例", Section::RequestSample),
    ("request fields", Section::RequestFields),
    ("请求包字段说明", Section::RequestFields),
    ("sample response", Section::ResponseSample),
    ("应答包体示例", Section::ResponseSample),
    ("response fields", Section::ResponseFields),
    ("应答包字段说明", Section::ResponseFields),
    ("error codes", Section::Errors),
    ("错误码说明", Section::Errors),
    ("special marks", Section::Other),
];

/// A section title, if the line is one.
fn title(line: &str) -> Option<Section> {
    let lower = line.trim().to_lowercase();
    TITLES.iter().find(|(t, _)| *t == lower).map(|(_, s)| *s)
}

/// The section a table belongs to, told by its header, for a page whose section titles were
/// stripped (some renderings keep the tables, URLs and examples but drop every heading).
fn by_header(header: &[String]) -> Option<Section> {
    let cells: Vec<String> = header.iter().map(|c| c.trim().to_lowercase()).collect();
    let first = cells.first().map(String::as_str).unwrap_or_default();
    let has = |words: &[&str]| cells.iter().any(|c| words.iter().any(|w| c.contains(w)));
    if first.contains("group type") || first.contains("群组类型") {
        Some(Section::GroupTypes)
    } else if first.contains("error code") || first.contains("错误码") {
        Some(Section::Errors)
    } else if has(&["type", "类型"]) && has(&["required", "attribute", "属性", "必填"]) {
        Some(Section::RequestFields)
    } else if has(&["type", "类型"]) {
        Some(Section::ResponseFields)
    } else if first == "parameter" || first == "参数" {
        Some(Section::Parameters)
    } else {
        None
    }
}

/// Whether a row is the header of a table (its first cell one of the headers the pages use):
/// where a page drops the titles between tables, the next table starts at its header.
fn is_header(line: &str) -> bool {
    let first = text::cells(line)
        .and_then(|(cells, _)| cells.into_iter().next())
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    [
        "字段",
        "field",
        "参数",
        "parameter",
        "错误码",
        "error code",
        "群组类型 id",
        "group type id",
    ]
    .contains(&first.as_str())
}

/// Whether a line is a rendered table row (`a | b |`).
fn is_row(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with('|') && t.len() > 1
}

/// Reads a page in the rendered form.
pub fn read(page: &str) -> Draft {
    let lines: Vec<&str> = page.lines().collect();
    let mut d = Draft {
        form: Some(Form::Tencent),
        method: "POST".into(),
        ..Draft::default()
    };
    let mut section = Section::Title;
    let mut overview = Vec::new();
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    let mut caption: Option<String> = None;
    let mut table_paths = Vec::new();
    // Whether the page has shown a section title yet: until it does, sections are told by
    // content (a table's header, a URL, an example's place before or after the request table).
    let mut titled = false;
    let mut seen_request_table = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim();
        let number = i + 1;
        if let Some(s) = title(t) {
            section = s;
            titled = true;
            i += 1;
            continue;
        }
        if !titled && !is_row(t) {
            let lower = t.to_lowercase();
            if path_in(t).is_some() {
                section = Section::Url;
            } else if lower.contains("calls per second")
                || lower.contains("times per second")
                || t.contains("次/秒")
            {
                section = Section::Rate;
            }
        }
        if t.is_empty() {
            i += 1;
            continue;
        }
        let joined = trailing_json(t);
        if let Some((prose, _)) = joined {
            caption =
                Some(prose.trim_start_matches([',', ' ']).to_owned()).filter(|c| !c.is_empty());
        }
        if t.starts_with('{') || t.starts_with('[') || joined.is_some() {
            let (body, next) = match joined {
                Some((_, at)) => (t[at..].to_owned(), i + 1),
                None => json_lines(&lines, i),
            };
            i = next;
            if !titled {
                section = if seen_request_table {
                    Section::ResponseSample
                } else {
                    Section::RequestSample
                };
            }
            let role = match section {
                Section::RequestSample => Some(true),
                Section::ResponseSample => Some(false),
                _ => None,
            };
            let Some(request) = role else {
                d.todo(
                    number,
                    "a JSON example outside the sample request and response sections; not read",
                );
                continue;
            };
            if let Some((value, text)) = examples::parse(&mut d, &body, number) {
                let read = Read {
                    value,
                    text,
                    line: number,
                    description: caption.take(),
                };
                if request {
                    requests.push(read);
                } else {
                    responses.push(read);
                }
            }
            continue;
        }
        if is_row(t) {
            let (table, next, cut) = read_table(&lines, i);
            i = next;
            for line in cut {
                d.todo(
                    line,
                    "this row has no closing `|`: the page may be cut mid-row; check its last cell",
                );
            }
            if !titled {
                section = by_header(&table.header).unwrap_or(Section::Other);
                seen_request_table |= section == Section::RequestFields;
            }
            match section {
                Section::RequestFields => {
                    let read = fields::from_table(&mut d, &table);
                    d.request.extend(read);
                }
                // A table of the envelope only (`ActionStatus`, `ErrorCode`, `ErrorInfo`)
                // holds no field of the operation, and no required flag to ask about.
                Section::ResponseFields
                    if table
                        .rows
                        .iter()
                        .all(|r| examples::is_envelope(Form::Tencent, r.get(Some(0)).trim())) => {}
                Section::ResponseFields => {
                    let read = fields::from_table(&mut d, &table);
                    d.response
                        .extend(read.into_iter().filter(|f| !examples::is_envelope(Form::Tencent, &f.name)));
                }
                Section::Errors => errors(&mut d, &table),
                Section::Parameters => {
                    for row in &table.rows {
                        let first = row.get(Some(0));
                        if first.starts_with("v4/") {
                            table_paths.push((first.trim_start_matches("v4/").to_owned(), row.line));
                        }
                    }
                }
                Section::GroupTypes => d.todo(
                    table.line,
                    "the applicable group types table: record which the API supports (`applies_to`, or a rule)",
                ),
                _ => d.todo(
                    table.line,
                    format!("a table the importer does not read (`{}`); transcribe what it says", table.header.join(" | ")),
                ),
            }
            continue;
        }
        if matches!(
            section,
            Section::Overview | Section::Other | Section::GroupTypes
        ) {
            super::fields::prose_limits(&mut d, t, number);
        }
        match section {
            Section::Title if d.title.is_none() => d.title = Some(t.to_owned()),
            Section::Overview => overview.push(t.to_owned()),
            Section::Url => {
                if let Some(path) = path_in(t) {
                    if d.path.is_none() {
                        d.path = Some(path);
                        d.http_line = number;
                    }
                }
            }
            Section::Rate if d.rate_limit.is_none() => rate(&mut d, t, number),
            Section::RequestSample | Section::ResponseSample => {
                caption = Some(t.trim_end_matches([':', '：']).to_owned());
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
            "the page has no Feature Overview: write the summary and description",
        );
    }
    match d.path.clone() {
        Some(path) => {
            d.name = path.rsplit('/').next().map(pascal).unwrap_or_default();
            for (other, line) in table_paths {
                if other != path {
                    d.todo(
                        line,
                        format!("the parameter table names the API `v4/{other}`, the sample URL `v4/{path}`: which is it?"),
                    );
                }
            }
        }
        None => d.todo(
            0,
            "the page has no request URL with a `v4/<service>/<command>` path",
        ),
    }
    if d.rate_limit.is_none() {
        d.todo(0, "the page states no call frequency limit");
    }
    fields::resolve_types(&mut d);
    examples::add(&mut d, requests, responses);
    examples::field_examples(&mut d);
    d
}

/// The JSON starting at line `start`: lines until its brackets close (at most 2,000 lines).
pub(super) fn json_lines(lines: &[&str], start: usize) -> (String, usize) {
    let mut depth: i64 = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = start;
    let mut out = Vec::new();
    while i < lines.len() && i < start + 2000 {
        out.push(lines[i]);
        for c in lines[i].chars() {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' | '[' => depth += 1,
                '}' | ']' => depth -= 1,
                _ => {}
            }
        }
        i += 1;
        if depth <= 0 {
            break;
        }
    }
    (out.join("\n"), i)
}

/// `…/v4/<service>/<command>?…` in a URL line → `<service>/<command>`.
fn path_in(line: &str) -> Option<String> {
    let at = line.find("v4/")?;
    let rest = &line[at + 3..];
    let path: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '/')
        .collect();
    let mut parts = path.split('/');
    let (Some(service), Some(command), None) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    (!service.is_empty() && !command.is_empty()).then_some(path)
}

/// `200 calls per second` (`200次/秒`).
fn rate(d: &mut Draft, line: &str, number: usize) {
    let digits: String = line
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    let Ok(n) = digits.parse::<u32>() else { return };
    let lower = line.to_lowercase();
    if lower.contains("second") || lower.contains('秒') {
        d.rate_limit = Some((n, line.to_owned(), number));
    } else {
        d.todo(number, format!("a call frequency not per second: `{line}`"));
    }
}

/// The table starting at line `start` (its header may follow prose on the same line, after
/// a colon), the index of the line after it, and the lines of rows cut short: a last line with
/// the header's cells but no closing `|` (a page copy that ends mid-row).
fn read_table(lines: &[&str], start: usize) -> (Table, usize, Vec<usize>) {
    let (mut header, _) = text::cells(lines[start]).unwrap_or_default();
    if let Some(first) = header.first_mut() {
        if let Some(at) = first.rfind([':', '：']) {
            *first = first[at..]
                .trim_start_matches([':', '：'])
                .trim()
                .to_owned();
        }
    }
    let mut table = Table {
        header,
        rows: Vec::new(),
        line: start + 1,
    };
    let mut i = start + 1;
    while i < lines.len() && is_row(lines[i]) && title(lines[i]).is_none() && !is_header(lines[i]) {
        // A flattened copy keeps the Markdown separator (`---|---|`) as a line of its own.
        if let Some((cells, _)) = text::cells(lines[i]).filter(|(c, _)| !text::is_separator(c)) {
            table.rows.push(Row { cells, line: i + 1 });
        }
        i += 1;
    }
    let mut cut = Vec::new();
    if let Some(line) = lines.get(i) {
        let columns = table.header.len();
        if columns > 1 && !is_row(line) && line.matches('|').count() + 1 >= columns {
            if let Some((cells, _)) = text::cells(line) {
                table.rows.push(Row { cells, line: i + 1 });
                cut.push(i + 1);
                i += 1;
            }
        }
    }
    (table, i, cut)
}

/// A line of prose that ends in a JSON object (a flattened page joins an example's caption
/// and the example on one line): the caption and where the JSON starts.
fn trailing_json(line: &str) -> Option<(&str, usize)> {
    if !(line.ends_with('}') || line.ends_with(']')) {
        return None;
    }
    let at = line.find("{\"")?;
    (at > 0).then(|| (line[..at].trim(), at))
}

/// The error code table: a numeric code and its description per row.
fn errors(d: &mut Draft, table: &Table) {
    for row in &table.rows {
        let code = row.get(Some(0));
        match code.trim().parse::<i64>() {
            Ok(n) => d.errors.push(DError {
                code: n.into(),
                description: row.get(Some(1)).to_owned(),
                line: row.line,
            }),
            Err(_) => d.todo(
                row.line,
                format!("`{code}` in the error code table is not a code"),
            ),
        }
    }
}
