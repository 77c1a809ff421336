//! Helpers both page forms share: table rows, the documents' type words, limits and defaults
//! in prose, and examples as the pages write them (JSON with comments and slips).
//!
//! Everything here takes any text: no slicing except at boundaries `str` methods return, and
//! no recursion deeper than [`MAX_DEPTH`].

use serde_json::Value;

pub use super::json::{reindent, repair_json, repair_text, Repairs, MAX_DEPTH};

/// The cells of a table row, and whether it ends with `|\` (the Markdown continuation the
/// Volcengine pages use for a cell over several lines). `None` when the line is no row.
pub fn cells(line: &str) -> Option<(Vec<String>, bool)> {
    let mut t = line.trim();
    if !t.contains('|') {
        return None;
    }
    let continued = t.ends_with("|\\");
    if continued {
        t = t.strip_suffix('\\').unwrap_or(t);
    }
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let cells = t.split('|').map(|c| c.trim().to_owned()).collect();
    Some((cells, continued))
}

/// Whether a row is a Markdown table's separator (`| --- | :--: |`).
pub fn is_separator(cells: &[String]) -> bool {
    !cells.is_empty()
        && cells.iter().any(|c| !c.is_empty())
        && cells
            .iter()
            .all(|c| c.chars().all(|ch| ch == '-' || ch == ':' || ch == ' '))
}

/// A header cell without Markdown emphasis.
pub fn plain(cell: &str) -> String {
    cell.replace("**", "").replace('`', "").trim().to_owned()
}

/// A table: its header, and its rows with their page lines (continuations merged).
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    /// The line of the header.
    pub line: usize,
}

/// One row of a [`Table`].
#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<String>,
    pub line: usize,
}

impl Table {
    /// The index of the first column whose header contains one of `words`.
    pub fn column(&self, words: &[&str]) -> Option<usize> {
        self.header.iter().position(|h| {
            let h = plain(h).to_lowercase();
            words.iter().any(|w| h.contains(w))
        })
    }
}

impl Row {
    /// The cell of a column, or "".
    pub fn get(&self, column: Option<usize>) -> &str {
        column
            .and_then(|c| self.cells.get(c))
            .map_or("", String::as_str)
    }
}

/// Appends a continuation row to the row it continues: each non-empty cell joins the cell
/// above it on a new line.
pub fn merge_continuation(row: &mut Row, more: &[String]) {
    for (i, cell) in more.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        match row.cells.get_mut(i) {
            Some(above) if above.is_empty() => above.push_str(cell),
            Some(above) => {
                above.push('\n');
                above.push_str(cell);
            }
            None => row.cells.push(cell.clone()),
        }
    }
}

/// A document's type word resolved to ours.
#[derive(Debug, Clone, PartialEq)]
pub enum DocType {
    /// One of our types (`i32`, `list<string>`, `map<string,string>`).
    Known(String),
    /// A linked sub-table or named shape: the name, whether its table is on this page (a
    /// `#anchor`), and whether it is a list of it.
    Named {
        name: String,
        local: bool,
        list: bool,
    },
    /// `Array` or `Object` without saying of what: to read from the examples.
    Loose { list: bool },
    /// A word the importer does not know.
    Unknown,
}

/// Our scalar type for a document's scalar word.
pub fn scalar(word: &str) -> Option<&'static str> {
    Some(match word.trim().to_ascii_lowercase().as_str() {
        "int" | "integer" | "int32" | "uint32" => "i32",
        "long" | "int64" | "uint64" => "i64",
        "string" | "str" => "string",
        "bool" | "boolean" => "bool",
        "float" | "double" | "number" => "f64",
        _ => return None,
    })
}

/// Resolves a document's type cell (`Long`, `Array of [ParticipantInfo](#participantinfo)`,
/// `map-key(string)-value(string)`).
pub fn doc_type(cell: &str) -> DocType {
    let t = plain(cell);
    let lower = t.to_ascii_lowercase();
    if let Some(s) = scalar(&t) {
        return DocType::Known(s.to_owned());
    }
    if lower == "json map"
        || lower == "map"
        || lower == "map-key(string)-value(string)"
        || lower == "map<string,string>"
        || lower == "map<string, string>"
    {
        return DocType::Known("map<string,string>".into());
    }
    if lower == "object" || lower == "json object" {
        return DocType::Loose { list: false };
    }
    if lower == "array" || lower == "list" {
        return DocType::Loose { list: true };
    }
    let (inner, list) = if let Some(rest) = t
        .strip_prefix("Array of ")
        .or_else(|| t.strip_prefix("array of "))
    {
        (rest.trim().to_owned(), true)
    } else if let Some(rest) = t
        .strip_prefix("Object of ")
        .or_else(|| t.strip_prefix("object of "))
    {
        (rest.trim().to_owned(), false)
    } else if let Some(rest) = t.strip_suffix("[]") {
        (rest.trim().to_owned(), true)
    } else {
        (t.clone(), false)
    };
    if let Some(link) = link(&inner) {
        return DocType::Named {
            local: link.1.starts_with('#'),
            name: link.0,
            list,
        };
    }
    if list {
        return match scalar(&inner) {
            Some(s) => DocType::Known(format!("list<{s}>")),
            None if is_type_name(&inner) => DocType::Named {
                name: inner,
                local: true,
                list,
            },
            None => DocType::Unknown,
        };
    }
    if is_type_name(&t) && t.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
        return DocType::Named {
            name: t,
            local: true,
            list: false,
        };
    }
    DocType::Unknown
}

/// `[Text](target)` → `(Text, target)`.
pub fn link(s: &str) -> Option<(String, String)> {
    let s = s.trim();
    let rest = s.strip_prefix('[')?;
    let close = rest.find("](")?;
    let text = &rest[..close];
    let target = rest[close + 2..].strip_suffix(')')?;
    is_type_name(text).then(|| (text.to_owned(), target.to_owned()))
}

/// Whether `s` can name one of our types (ASCII letters and digits, a letter first).
pub fn is_type_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && s.len() <= 100
}

/// Whether `s` can be a wire name (ASCII letters, digits and `_`).
pub fn is_wire_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s.len() <= 100
}

/// A required cell: `Some(true)` for 是/Yes/必填, `Some(false)` for 否/No/选填.
pub fn required(cell: &str) -> Option<bool> {
    match plain(cell).to_ascii_lowercase().as_str() {
        "是" | "yes" | "y" | "true" | "必填" | "必选" | "required" => Some(true),
        "否" | "no" | "n" | "false" | "选填" | "可选" | "optional" => Some(false),
        _ => None,
    }
}

/// A limit found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    /// `true` for a largest value or count, `false` for a smallest.
    pub max: bool,
    pub value: u64,
    /// The sentence, as the page has it.
    pub sentence: String,
    /// The clause of the sentence that states it.
    pub clause: String,
    /// Whether the clause speaks of server state (per group, different marks): a rule, not a
    /// constraint on the request.
    pub stateful: bool,
}

const MAX_WORDS: &[&str] = &[
    "最多支持",
    "最多",
    "最大值为",
    "最大为",
    "不得超过",
    "不超过",
    "上限为",
    "up to ",
    "at most ",
    "maximum of ",
    "no more than ",
    "not exceed ",
    "a maximum of ",
];
const MIN_WORDS: &[&str] = &[
    "最小值为",
    "最小为",
    "不少于",
    "不小于",
    "至少",
    "at least ",
    "greater than or equal to ",
    "minimum of ",
    "no less than ",
];
const STATE_WORDS: &[&str] = &[
    "each group",
    "per group",
    "for each group",
    "different",
    "每个群",
    "每个会话",
    "per app",
];

/// The limits stated in a description, each with its sentence.
pub fn limits(text: &str) -> Vec<Limit> {
    let mut out = Vec::new();
    for sentence in sentences(text) {
        for clause in sentence
            .split(", ")
            .flat_map(|c| c.split(['，', '；', ';']))
        {
            let lower = clause.to_lowercase();
            let stateful = STATE_WORDS.iter().any(|w| lower.contains(w));
            for (words, max) in [(MAX_WORDS, true), (MIN_WORDS, false)] {
                if let Some(value) = words.iter().find_map(|w| number_after(&lower, w)) {
                    out.push(Limit {
                        max,
                        value,
                        sentence: sentence.clone(),
                        clause: clause.trim().to_owned(),
                        stateful,
                    });
                    break;
                }
            }
        }
    }
    out
}

/// The thing a clause speaks of: its first word after an article (`A mark is …` → `mark`).
pub fn subject(clause: &str) -> Option<String> {
    let lower = clause.trim().to_lowercase();
    let mut words = lower.split_whitespace();
    let mut word = words.next()?;
    if matches!(word, "a" | "an" | "each" | "the" | "every") {
        word = words.next()?;
    }
    let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
    (!word.is_empty()).then_some(word)
}

/// Text without HTML tags (`<ul><li>`), each replaced by a line break.
pub fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' if !in_tag => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\n');
            }
            _ if in_tag => {}
            _ => out.push(c),
        }
    }
    out
}

/// The sentences of a text (split after `。`, `. `, `！`, `?` and at line ends).
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let ends = match c {
            '。' | '！' | '？' | '\n' => true,
            '.' | '!' | '?' => chars.peek().is_none_or(|n| n.is_whitespace()),
            _ => false,
        };
        if c != '\n' {
            current.push(c);
        }
        if ends {
            let s = current.trim();
            if !s.is_empty() {
                out.push(s.to_owned());
            }
            current.clear();
        }
    }
    let s = current.trim();
    if !s.is_empty() {
        out.push(s.to_owned());
    }
    out
}

/// The number right after `word` in `text` (spaces, backticks and thousands commas allowed).
fn number_after(text: &str, word: &str) -> Option<u64> {
    let at = text.find(word)?;
    let rest = &text[at + word.len()..];
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ',' if !digits.is_empty() => {}
            ' ' | '`' | '\u{a0}' if digits.is_empty() => {}
            _ => break,
        }
        if digits.len() > 18 {
            return None;
        }
    }
    digits.parse().ok()
}

/// A default stated in a description (`默认值为 \`1\``, `Default: 1`, `defaults to 1`), as
/// text, with its sentence.
pub fn default_in(text: &str) -> Option<(String, String)> {
    for sentence in sentences(text) {
        let lower = sentence.to_lowercase();
        for word in [
            "默认值为",
            "默认为",
            "默认值：",
            "default: ",
            "defaults to ",
            "default value is ",
        ] {
            let Some(at) = lower.find(word) else { continue };
            // Read the value from the sentence as written when the offsets agree (they may
            // not after a non-ASCII case change: then from `lower`).
            let rest = sentence
                .get(at + word.len()..)
                .filter(|_| sentence.len() == lower.len())
                .unwrap_or(&lower[at + word.len()..])
                .trim_start();
            let value: String = if let Some(quoted) = rest.strip_prefix('`') {
                quoted.chars().take_while(|&c| c != '`').collect()
            } else {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
                    .collect()
            };
            if !value.is_empty() {
                return Some((value, sentence.clone()));
            }
        }
    }
    None
}

/// Values listed in a description (`` `1`：添加 ``, `1 : Mark setting; 2 : Mark deletion`):
/// the importer leaves an enum to a person, with a `todo`.
pub fn lists_values(text: &str) -> bool {
    listed_values(text).len() >= 2
}

/// The values a description lists, each an integer followed by `:` or `：` at the start of a
/// line, list item or `;`-separated part, with its meaning (the rest of that part, without
/// backticks, trailing punctuation or table pipes). Fewer than two such parts is no list.
pub fn listed_values(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for sentence in text.split(['\n', ';', '；', '<']) {
        let s = sentence
            .trim()
            .trim_start_matches("li>")
            .trim_start_matches('-')
            .trim();
        let s = s.strip_prefix('`').unwrap_or(s);
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue;
        }
        let rest = s[digits.len()..].trim_start_matches('`').trim_start();
        if let Some(meaning) = rest.strip_prefix(':').or_else(|| rest.strip_prefix('：')) {
            let meaning = meaning
                .trim()
                .trim_end_matches(['|', '\\'])
                .trim()
                .trim_end_matches(['.', '。', ',', '，'])
                .replace('`', "");
            found.push((digits, meaning.trim().to_owned()));
        }
    }
    if found.len() < 2 {
        found.clear();
    }
    found
}

/// An example cell read for a field of type `ty`: backticks stripped; `-` or nothing is no
/// example. The second value says what had to be assumed, for a `todo`.
pub fn cell_example(cell: &str, ty: &str) -> (Option<Value>, Option<String>) {
    let t = cell.trim();
    let t = t
        .strip_prefix('`')
        .and_then(|r| r.strip_suffix('`'))
        .unwrap_or(t)
        .trim();
    if t.is_empty() || t == "-" || t == "/" {
        return (None, None);
    }
    if ty == "string" {
        if t.contains("\\\"") {
            if let Ok(Value::String(s)) = serde_json::from_str::<Value>(&format!("\"{t}\"")) {
                return (Some(Value::String(s)), None);
            }
        }
        return (Some(Value::String(t.to_owned())), None);
    }
    let (parsed, repairs) = repair_json(t);
    let note = repairs.any().then(|| repairs.describe().join("; "));
    match parsed {
        Ok(v) => (Some(v), note),
        Err(_) if ty.starts_with("map<") => match repair_json(&format!("{{{t}}}")).0 {
            Ok(v) => (
                Some(v),
                Some(format!(
                    "the example `{t}` has no braces; read as an object"
                )),
            ),
            Err(_) => (None, Some(format!("the example `{t}` is not JSON"))),
        },
        Err(_) => (
            None,
            Some(format!("the example `{t}` is not a `{ty}` value")),
        ),
    }
}

/// Our type for an example value, when no table gives one: integers are `i64` (the widest
/// the documents use), other numbers `f64`.
pub fn type_of_value(v: &Value) -> Option<String> {
    Some(match v {
        Value::Bool(_) => "bool".into(),
        Value::Number(n) if n.is_i64() || n.is_u64() => "i64".into(),
        Value::Number(_) => "f64".into(),
        Value::String(_) => "string".into(),
        Value::Array(items) => {
            let first = items.first()?;
            let t = type_of_value(first)?;
            if items
                .iter()
                .any(|i| type_of_value(i).as_deref() != Some(&t))
            {
                return None;
            }
            format!("list<{t}>")
        }
        Value::Object(_) | Value::Null => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_types_and_limits() {
        assert_eq!(doc_type("Long"), DocType::Known("i64".into()));
        assert_eq!(doc_type("Array of Int"), DocType::Known("list<i32>".into()));
        assert_eq!(
            doc_type("Array of [Participant](192711.md#participant)"),
            DocType::Named {
                name: "Participant".into(),
                local: false,
                list: true
            }
        );
        let l = limits("需要更新的成员资料。一次最多支持 10 个成员。");
        assert_eq!((l[0].max, l[0].value, l[0].stateful), (true, 10, false));
        let l = limits("Up to 500 accounts are supported each time, and up to 10 different marks can be set for each group. A mark is a number greater than or equal to 1,000.");
        assert_eq!(l.len(), 3);
        assert_eq!((l[0].value, l[0].stateful), (500, false));
        assert!(l[1].stateful);
        assert_eq!((l[2].max, l[2].value), (false, 1000));
        assert_eq!(
            default_in("更新群成员标记。默认值为 `1`。").map(|d| d.0),
            Some("1".into())
        );
        assert!(lists_values("更新。\n`1`：添加\n`2`：删除"));
        assert!(lists_values("1 : Mark setting; 2 : Mark deletion"));
        assert_eq!(
            listed_values("1 : Mark setting; 2 : Mark deletion."),
            [
                ("1".into(), "Mark setting".into()),
                ("2".into(), "Mark deletion".into())
            ]
        );
        assert!(listed_values("1. 传入的为 a\n2. 传入的为 b").is_empty());
    }
}
