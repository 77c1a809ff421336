//! Volcengine's Markdown pages (the IM OpenAPI docs under `docs/6348/`): front matter, `##`
//! headings, `| 参数 | 类型 | 是否必选 | 示例值 | 描述 |` tables (Query, Body, one sub-table per
//! nested object under a heading with its name, the `Result` table under 返回参数), QPS in
//! 注意事项 or 接口限制, fenced request and response examples, and an error code table.

use super::examples::{self, Block};
use super::text::{self, Row, Table};
use super::{fields, DError, Draft, Form};

/// A table and the headings above it.
struct Placed {
    table: Table,
    /// The headings above it, outermost first.
    chain: Vec<String>,
}

/// Reads a page in the Markdown form.
pub fn read(page: &str) -> Draft {
    let lines: Vec<&str> = page.lines().collect();
    let mut d = Draft {
        form: Some(Form::Volcengine),
        method: "POST".into(),
        ..Draft::default()
    };
    let mut i = 0;
    if lines.first().map(|l| l.trim()) == Some("---") {
        if let Some(end) = lines.iter().skip(1).position(|l| l.trim() == "---") {
            i = end + 2;
        }
    }
    let mut chain: Vec<(usize, String)> = Vec::new();
    let mut tables = Vec::new();
    let mut blocks = Vec::new();
    let mut actions: Vec<(String, usize)> = Vec::new();
    let mut method_found = false;
    let mut description = Vec::new();
    while i < lines.len() {
        let line = lines[i];
        let t = line.trim();
        let number = i + 1;
        let headings: Vec<String> = chain.iter().map(|(_, h)| h.clone()).collect();
        if let Some(action) = action_in(t) {
            actions.push((action, number));
        }
        if t.starts_with("```") {
            let start = i + 1;
            i += 1;
            while i < lines.len() && !lines[i].trim().starts_with("```") {
                i += 1;
            }
            let body = lines[start..i.min(lines.len())].join("\n");
            blocks.push(Block {
                chain: headings,
                line: start + 1,
                text: body,
            });
            i += 1;
            continue;
        }
        if t.starts_with('#') {
            let level = t.chars().take_while(|&c| c == '#').count();
            let name = heading_name(t.trim_start_matches('#'));
            chain.retain(|(l, _)| *l < level);
            chain.push((level, name));
            i += 1;
            continue;
        }
        if t.starts_with('|') {
            let (table, next) = read_table(&lines, i, &mut d);
            if let Some(table) = table {
                tables.push(Placed {
                    table,
                    chain: headings,
                });
            }
            i = next;
            continue;
        }
        if !t.is_empty() {
            let t = t.trim_start_matches('>').trim();
            if d.summary.is_empty() && !t.starts_with('-') {
                d.summary = t.to_owned();
            }
            if headings.last().is_some_and(|h| h.contains("接口行为")) {
                description.push(t.to_owned());
            }
            if !t.to_ascii_uppercase().contains("QPS") {
                fields::prose_limits(&mut d, t, number);
            }
            let about_method =
                t.contains("请求方式") || headings.iter().any(|h| h.contains("请求方式"));
            if about_method && !method_found {
                if let Some(m) = ["POST", "GET"].into_iter().find(|m| t.contains(m)) {
                    d.method = m.into();
                    d.http_line = number;
                    method_found = true;
                }
            }
            if d.rate_limit.is_none() && t.to_ascii_uppercase().contains("QPS") {
                if let Some(n) = t
                    .split(|c: char| !c.is_ascii_digit())
                    .find(|s| !s.is_empty())
                    .and_then(|s| s.parse::<u32>().ok())
                {
                    d.rate_limit = Some((n, t.to_owned(), number));
                }
            }
        }
        i += 1;
    }
    d.description = if description.is_empty() {
        d.summary.clone()
    } else {
        description.join("\n\n")
    };
    if !method_found {
        d.todo(0, "the page names no HTTP method (请求方式); POST assumed");
    }
    place_tables(&mut d, tables, &mut actions);
    match actions.first() {
        Some((action, line)) => {
            d.name = action.clone();
            d.action = Some(action.clone());
            if d.http_line == 0 {
                d.http_line = *line;
            }
            for (other, l) in &actions {
                if other != action {
                    d.todo(*l, format!("the page names the action `{other}` here and `{action}` at line {line}"));
                }
            }
        }
        None => d.todo(0, "the page names no `Action`"),
    }
    fields::resolve_types(&mut d);
    examples::read_blocks(&mut d, &blocks);
    d
}

/// `Action=Name` in a line, as in the request URL.
fn action_in(line: &str) -> Option<String> {
    let at = line.find("Action=")?;
    let name: String = line[at + "Action=".len()..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    text::is_type_name(&name).then_some(name)
}

/// A heading's text without emphasis or an `<span id=…>` anchor.
fn heading_name(h: &str) -> String {
    let h = h.split("<span").next().unwrap_or("");
    text::plain(h)
}

/// Reads the table starting at line `start`; returns it (with continuation rows merged) and
/// the index of the line after it.
fn read_table(lines: &[&str], start: usize, d: &mut Draft) -> (Option<Table>, usize) {
    let Some((header, _)) = text::cells(lines[start]) else {
        return (None, start + 1);
    };
    let mut i = start + 1;
    let separated = lines
        .get(i)
        .and_then(|l| text::cells(l))
        .is_some_and(|(c, _)| text::is_separator(&c));
    if !separated {
        d.todo(
            start + 1,
            "a table without a `| --- |` separator line; not read",
        );
        while i < lines.len() && lines[i].trim().starts_with('|') {
            i += 1;
        }
        return (None, i);
    }
    i += 1;
    let mut table = Table {
        header,
        rows: Vec::new(),
        line: start + 1,
    };
    let mut continues = false;
    while i < lines.len() && lines[i].trim().starts_with('|') {
        let Some((cells, continued)) = text::cells(lines[i]) else {
            break;
        };
        match table.rows.last_mut() {
            Some(row) if continues => text::merge_continuation(row, &cells),
            _ => table.rows.push(Row { cells, line: i + 1 }),
        }
        continues = continued;
        i += 1;
    }
    (Some(table), i)
}

/// Sorts the tables into the request, the response, the named sub-tables and the errors.
fn place_tables(d: &mut Draft, tables: Vec<Placed>, actions: &mut Vec<(String, usize)>) {
    for Placed { table, chain } in tables {
        let last = chain.last().cloned().unwrap_or_default();
        let in_any = |word: &str| chain.iter().any(|h| h.contains(word));
        if in_any("错误码") || table.column(&["错误码", "error code"]).is_some() {
            errors(d, &table);
        } else if last == "Query" {
            let name = table.column(&["参数"]);
            let example = table.column(&["示例"]);
            for row in &table.rows {
                if text::plain(row.get(name)) == "Action" {
                    let value = text::plain(row.get(example));
                    if text::is_type_name(&value) && !actions.iter().any(|(a, _)| *a == value) {
                        actions.push((value, row.line));
                    }
                }
            }
        } else if last == "Body" {
            let read = fields::from_table(d, &table);
            d.request.extend(read);
        } else if text::is_type_name(&last) {
            let read = fields::from_table(d, &table);
            fields::add_type(d, &last, read, table.line);
        } else if in_any("返回") {
            let read = fields::from_table(d, &table);
            d.response.extend(read);
        } else if in_any("请求") {
            let read = fields::from_table(d, &table);
            d.request.extend(read);
        } else {
            d.todo(
                table.line,
                format!(
                    "a table under `{last}` that is neither the request, the response, a named sub-table nor the error codes; not read"
                ),
            );
        }
    }
}

/// The error code table: a code column and a description column.
fn errors(d: &mut Draft, table: &Table) {
    let code = table.column(&["错误码", "code"]).or(Some(0));
    let description = table
        .column(&["描述", "说明", "description", "message"])
        .or(Some(table.header.len().saturating_sub(1)));
    for row in &table.rows {
        let c = text::plain(row.get(code));
        if c.is_empty() {
            continue;
        }
        let value = c
            .parse::<i64>()
            .map(serde_json::Value::from)
            .unwrap_or_else(|_| serde_json::Value::String(c.clone()));
        d.errors.push(DError {
            code: value,
            description: row.get(description).to_owned(),
            line: row.line,
        });
    }
}
