//! Examples as the pages write them: JSON with `//` comments, leading zeros, missing and
//! trailing commas, read after a repair that says what it changed; and laid out again in the
//! page's key order.

use serde_json::Value;

/// Deepest nesting of a JSON example the importer reads.
pub const MAX_DEPTH: usize = 32;

/// What [`repair_json`] changed.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Repairs {
    pub comments: bool,
    pub leading_zeros: bool,
    pub missing_commas: bool,
    pub trailing_commas: bool,
}

impl Repairs {
    /// The changes, in words; empty when there were none.
    pub fn describe(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.comments {
            out.push("`//` comments stripped");
        }
        if self.leading_zeros {
            out.push("numbers with leading zeros (`000001`) read as decimal numbers");
        }
        if self.missing_commas {
            out.push("missing commas between members added");
        }
        if self.trailing_commas {
            out.push("trailing commas dropped");
        }
        out
    }

    pub fn any(&self) -> bool {
        !self.describe().is_empty()
    }
}

/// Reads an example as the pages write it: `//` comments stripped, leading zeros dropped,
/// missing commas between members added, trailing commas dropped. `None` when it is not JSON
/// even then (with serde_json's message).
pub fn repair_json(text: &str) -> (Result<Value, String>, Repairs) {
    let (out, repairs) = repair_text(text);
    let parsed = serde_json::from_str::<Value>(&out).map_err(|e| e.to_string());
    let parsed = parsed.and_then(|v| {
        if depth(&v) > MAX_DEPTH {
            Err(format!("nested deeper than {MAX_DEPTH} levels"))
        } else {
            Ok(v)
        }
    });
    (parsed, repairs)
}

/// The text [`repair_json`] parses.
pub fn repair_text(text: &str) -> (String, Repairs) {
    let mut repairs = Repairs::default();
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let flat = !text.trim().contains('\n');
    let mut i = 0;
    // The last character written outside strings and whitespace, and where the last comma
    // was written.
    let mut last: Option<char> = None;
    let mut last_comma: Option<usize> = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' => {
                if matches!(last, Some('}' | ']' | '"' | '0'..='9' | 'e' | 'l')) {
                    out.push(',');
                    repairs.missing_commas = true;
                }
                i = copy_string(&chars, i, &mut out);
                last = Some('"');
                last_comma = None;
                continue;
            }
            '/' if chars.get(i + 1) == Some(&'/') => {
                repairs.comments = true;
                // A comment runs to the end of its line; in an example the page flattened to
                // one line it ends where the JSON resumes: at the next quote or bracket.
                let ends =
                    |c: char| c == '\n' || (flat && matches!(c, '"' | '{' | '}' | '[' | ']'));
                while i < chars.len() && !ends(chars[i]) {
                    i += 1;
                }
                continue;
            }
            '{' | '[' => {
                if matches!(last, Some('}' | ']' | '"')) && c == '{' {
                    out.push(',');
                    repairs.missing_commas = true;
                }
                out.push(c);
                last = Some(c);
                last_comma = None;
            }
            '}' | ']' => {
                if let Some(at) = last_comma.take() {
                    out.remove(at);
                    repairs.trailing_commas = true;
                }
                out.push(c);
                last = Some(c);
            }
            ',' => {
                last_comma = Some(out.len());
                out.push(c);
                last = Some(c);
            }
            '-' | '0'..='9' => {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_ascii_digit()
                        || matches!(chars[i], '-' | '+' | '.' | 'e' | 'E'))
                {
                    i += 1;
                }
                let token: String = chars[start..i].iter().collect();
                let (sign, digits) = match token.strip_prefix('-') {
                    Some(rest) => ("-", rest),
                    None => ("", token.as_str()),
                };
                let int_part: String = digits.chars().take_while(char::is_ascii_digit).collect();
                if int_part.len() > 1 && int_part.starts_with('0') {
                    let trimmed = int_part.trim_start_matches('0');
                    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
                    out.push_str(sign);
                    out.push_str(trimmed);
                    out.push_str(&digits[int_part.len()..]);
                    repairs.leading_zeros = true;
                } else {
                    out.push_str(&token);
                }
                last = Some('0');
                last_comma = None;
                continue;
            }
            c if c.is_whitespace() => out.push(c),
            _ => {
                out.push(c);
                last = Some(c);
                last_comma = None;
            }
        }
        i += 1;
    }
    (out, repairs)
}

/// Valid JSON text laid out as the spec keeps examples, in the page's key order: two spaces
/// per level, a list of scalars on one line.
pub fn reindent(json: &str) -> String {
    let chars: Vec<char> = json.chars().collect();
    let mut out = String::with_capacity(json.len() * 2);
    let mut level = 0usize;
    let mut i = 0;
    let newline = |out: &mut String, level: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(level.min(MAX_DEPTH * 2)));
    };
    // Whether the list or object opened at `at` closes before any nested one opens, and
    // whether it is empty.
    let flat = |at: usize| -> (bool, bool) {
        let mut in_string = false;
        let mut escaped = false;
        let mut empty = true;
        for &c in &chars[at + 1..] {
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
                '"' => {
                    in_string = true;
                    empty = false;
                }
                '{' | '[' => return (false, false),
                '}' | ']' => return (true, empty),
                c if !c.is_whitespace() => empty = false,
                _ => {}
            }
        }
        (false, false)
    };
    let mut inline = 0usize;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' => {
                i = copy_string(&chars, i, &mut out);
                continue;
            }
            '{' | '[' => {
                out.push(c);
                let (is_flat, empty) = flat(i);
                if empty || (is_flat && c == '[') {
                    inline += 1;
                } else {
                    level += 1;
                    newline(&mut out, level);
                }
            }
            '}' | ']' => {
                if inline > 0 {
                    inline -= 1;
                } else {
                    level = level.saturating_sub(1);
                    newline(&mut out, level);
                }
                out.push(c);
            }
            ',' => {
                out.push(',');
                if inline > 0 {
                    out.push(' ');
                } else {
                    newline(&mut out, level);
                }
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// How deep a JSON value nests (serde_json refuses more than 128 levels already).
pub fn depth(v: &Value) -> usize {
    match v {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

/// Copies the JSON string starting at `chars[at]` (its opening quote) to `out`, escapes as they
/// are, through its closing quote or the end of the text; the index after it.
fn copy_string(chars: &[char], at: usize, out: &mut String) -> usize {
    out.push(chars[at]);
    let mut i = at + 1;
    while i < chars.len() {
        let s = chars[i];
        out.push(s);
        i += 1;
        if s == '\\' {
            if let Some(&n) = chars.get(i) {
                out.push(n);
                i += 1;
            }
        } else if s == '"' {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_what_the_seeds_get_wrong() {
        let (v, r) = repair_json("{\"a\":000001,\n \"b\":{\"k\":\"v\"}\n \"c\":[1,2,],} // note");
        assert_eq!(
            v.unwrap(),
            serde_json::json!({"a": 1, "b": {"k": "v"}, "c": [1, 2]})
        );
        assert!(r.leading_zeros && r.missing_commas && r.trailing_commas && r.comments);
        let (v, r) = repair_json("{\"url\": \"http://x//y\", \"n\": -0.5e3}");
        assert_eq!(v.unwrap()["url"], "http://x//y");
        assert!(!r.any());
    }

    #[test]
    fn a_comment_in_a_flattened_example_ends_where_the_json_resumes() {
        let (v, r) = repair_json(
            "{\"a\": [ // up to 5 ids\"x\",\"y\"],\"b\": [ // result{\"k\": 1 // a note},{\"k\": 2}]}",
        );
        assert_eq!(
            v.unwrap(),
            serde_json::json!({"a": ["x", "y"], "b": [{"k": 1}, {"k": 2}]})
        );
        assert!(r.comments);
        // On a page that keeps its lines, a comment still runs to the end of its line.
        let (v, _) = repair_json("{\"a\": 1, // \"quoted\" {note}\n\"b\": 2}");
        assert_eq!(v.unwrap(), serde_json::json!({"a": 1, "b": 2}));
    }

    #[test]
    fn lays_out_in_the_page_s_key_order() {
        assert_eq!(
            reindent("{\"b\":1,\"a\":[1,2],\"c\":{},\"d\":[{\"x\":\"y,z\"}]}"),
            "{\n  \"b\": 1,\n  \"a\": [1, 2],\n  \"c\": {},\n  \"d\": [\n    {\n      \"x\": \"y,z\"\n    }\n  ]\n}"
        );
    }
}
