//! Form bodies (`application/x-www-form-urlencoded`), for operations whose
//! [`BodyFormat`](crate::BodyFormat) is a form, written as the APIs that take them write them
//! (RongCloud's pages and SDKs): one `key=value` per scalar field; a list as the key repeated
//! (`userId=a&userId=b`); a map as bracketed keys (`group[g1]=Group1&group[g2]=Group2`); anything
//! nested deeper as JSON text in one field (as RongCloud's `content` and `pushExt` are
//! documented). Values are percent-encoded as the WHATWG URL standard's form encoder does; a
//! decoder also reads values written raw (RongCloud's Python SDK does not encode them).
//!
//! A form carries only text: decoding needs each field's [`Kind`] to rebuild the JSON the
//! generated types read (a number, a list of one item, a map). The generator writes each form
//! operation's [`Shape`] from its request type.

use std::fmt;

use serde_json::{Map, Value};

/// What a form field holds, to turn its text back into JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true`/`false` (also `1`/`0`).
    Bool,
    /// JSON text (an object or a list nested in a field).
    Json,
    /// The key repeated, once per item.
    List(&'static Kind),
    /// Bracketed keys, `name[key]=value`.
    Map(&'static Kind),
}

/// A request type's fields as a form carries them: each wire name with its kind.
pub type Shape = &'static [(&'static str, Kind)];

/// A form that cannot be written or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    /// The field (empty for the body as a whole).
    pub field: String,
    /// What is wrong.
    pub message: String,
    /// Whether the body is not a form at all (not UTF-8, a bad escape), rather than a form
    /// whose fields do not fit the request (a value not of its kind, a field repeated).
    pub syntax: bool,
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for FormError {}

fn error(field: &str, message: impl Into<String>) -> FormError {
    FormError {
        field: field.to_owned(),
        message: message.into(),
        syntax: false,
    }
}

fn syntax(field: &str, message: &str) -> FormError {
    FormError {
        syntax: true,
        ..error(field, message)
    }
}

/// Percent-encodes `text` for a form: ASCII letters, digits and `*-._` as they are, a space as
/// `+`, every other byte of its UTF-8 as `%XX`.
pub fn escape(text: &str, out: &mut String) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 15)]));
            }
        }
    }
}

/// A scalar's text in a form; a list or object nested below a field is its JSON text.
fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The form of a request: `value` must be a JSON object, whose members are written in its
/// order (nulls left out) as `shape` says: a [`Kind::List`] as the key repeated, a
/// [`Kind::Map`] as bracketed keys, and any other list or object (a [`Kind::Json`] field, or
/// one the shape does not name) as its JSON text.
pub fn encode(value: &Value, shape: Shape) -> Result<String, FormError> {
    let Value::Object(members) = value else {
        return Err(error("", "a form body is made from a JSON object"));
    };
    let mut out = String::new();
    let mut pair = |key: &str, sub: Option<&str>, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        escape(key, &mut out);
        if let Some(sub) = sub {
            out.push('[');
            escape(sub, &mut out);
            out.push(']');
        }
        out.push('=');
        escape(value, &mut out);
    };
    for (key, value) in members {
        let kind = shape.iter().find(|(n, _)| n == key).map(|(_, k)| *k);
        match (value, kind) {
            (Value::Null, _) => {}
            (Value::Array(items), Some(Kind::List(_))) => {
                for item in items.iter().filter(|i| !i.is_null()) {
                    pair(key, None, &text(item));
                }
            }
            (Value::Object(entries), Some(Kind::Map(_))) => {
                for (sub, value) in entries.iter().filter(|(_, v)| !v.is_null()) {
                    pair(key, Some(sub), &text(value));
                }
            }
            (value, _) => pair(key, None, &text(value)),
        }
    }
    Ok(out)
}

/// Decodes `%XX` and `+`; the result must be UTF-8.
fn unescape(raw: &str, field: &str) -> Result<String, FormError> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| {
                        error(field, "has a % not followed by two hexadecimal digits")
                    })?;
                out.push(hex);
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| syntax(field, "is not UTF-8 once decoded"))
}

/// A field's text as the JSON its kind says.
fn scalar(kind: Kind, text: String, field: &str) -> Result<Value, FormError> {
    match kind {
        Kind::String => Ok(Value::String(text)),
        Kind::Integer => text
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| text.parse::<u64>().map(Value::from))
            .map_err(|_| error(field, format!("`{}` is not a whole number", cut(&text)))),
        Kind::Number => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| error(field, format!("`{}` is not a number", cut(&text)))),
        Kind::Bool => match text.as_str() {
            "true" | "1" => Ok(Value::Bool(true)),
            "false" | "0" => Ok(Value::Bool(false)),
            _ => Err(error(
                field,
                format!("`{}` is not true or false", cut(&text)),
            )),
        },
        Kind::Json => {
            serde_json::from_str(&text).map_err(|e| error(field, format!("is not JSON text: {e}")))
        }
        Kind::List(_) | Kind::Map(_) => Err(error(
            field,
            "a list or map inside a list or map is sent as JSON text",
        )),
    }
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(32) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The JSON object a form body carries, each field read as `shape` says (a field the shape does
/// not name is text). A scalar field given twice, a value not of its kind, bad escapes or text
/// that is not UTF-8 are errors naming the field.
pub fn decode(body: &[u8], shape: Shape) -> Result<Value, FormError> {
    let body = std::str::from_utf8(body).map_err(|_| syntax("", "the body is not UTF-8 text"))?;
    let mut out = Map::new();
    for part in body.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = part.split_once('=').unwrap_or((part, ""));
        let key = unescape(raw_key, raw_key)?;
        let (name, sub) = match key.split_once('[') {
            Some((name, rest)) if rest.ends_with(']') => {
                (name.to_owned(), Some(rest[..rest.len() - 1].to_owned()))
            }
            _ => (key.clone(), None),
        };
        let value = unescape(raw_value, &name)?;
        let kind = shape
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(Kind::String, |(_, k)| *k);
        match (kind, sub) {
            (Kind::List(item), None) => {
                let item = scalar(*item, value, &name)?;
                if let Value::Array(items) =
                    out.entry(name).or_insert_with(|| Value::Array(Vec::new()))
                {
                    items.push(item);
                }
            }
            (Kind::Map(value_kind), Some(sub)) => {
                let value = scalar(*value_kind, value, &name)?;
                let entry = out
                    .entry(name.clone())
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(entries) = entry {
                    if entries.insert(sub.clone(), value).is_some() {
                        return Err(error(&name, format!("[{sub}] is given more than once")));
                    }
                }
            }
            (Kind::Map(_), None) => {
                return Err(error(
                    &name,
                    format!("is a map: send it as {name}[key]=value"),
                ));
            }
            (_, Some(sub)) => {
                return Err(error(&name, format!("is not a map, but [{sub}] was given")));
            }
            (kind, None) => {
                let value = scalar(kind, value, &name)?;
                if out.insert(name.clone(), value).is_some() {
                    return Err(error(&name, "is given more than once"));
                }
            }
        }
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SHAPE: Shape = &[
        ("userId", Kind::List(&Kind::String)),
        ("groupId", Kind::String),
        ("minute", Kind::Integer),
        ("isIncludeSender", Kind::Bool),
        ("group", Kind::Map(&Kind::String)),
        ("pushExt", Kind::Json),
    ];

    #[test]
    fn a_request_round_trips() {
        let request = json!({
            "userId": ["u1", "u 2", "用户"],
            "groupId": "g&=1",
            "minute": 60,
            "isIncludeSender": true,
            "group": {"g1": "Group 1", "g[2]": "x"},
            "pushExt": {"title": "hi", "n": [1, 2]},
            "absent": null,
        });
        let body = encode(&request, SHAPE).unwrap();
        // Members in the object's order (serde_json's map is sorted by key).
        assert_eq!(
            body,
            "group[g1]=Group+1&group[g%5B2%5D]=x&groupId=g%26%3D1&isIncludeSender=true&minute=60&pushExt=%7B%22n%22%3A%5B1%2C2%5D%2C%22title%22%3A%22hi%22%7D&userId=u1&userId=u+2&userId=%E7%94%A8%E6%88%B7"
        );
        let mut expected = request.clone();
        expected.as_object_mut().unwrap().remove("absent");
        assert_eq!(decode(body.as_bytes(), SHAPE).unwrap(), expected);
    }

    #[test]
    fn one_item_is_still_a_list_and_raw_values_are_read() {
        let value = decode(b"userId=u1&groupId=g1&group[g1]=A&minute=5", SHAPE).unwrap();
        assert_eq!(
            value,
            json!({"userId": ["u1"], "groupId": "g1", "group": {"g1": "A"}, "minute": 5})
        );
        let raw = decode(b"portraitUri=http://example.com/a.png", SHAPE).unwrap();
        assert_eq!(raw["portraitUri"], "http://example.com/a.png");
        assert_eq!(
            decode(b"isIncludeSender=0", SHAPE).unwrap()["isIncludeSender"],
            false
        );
    }

    #[test]
    fn what_cannot_be_read_is_named() {
        let fails = |body: &str| decode(body.as_bytes(), SHAPE).unwrap_err().to_string();
        assert_eq!(
            fails("groupId=a&groupId=b"),
            "groupId: is given more than once"
        );
        assert_eq!(fails("minute=five"), "minute: `five` is not a whole number");
        assert_eq!(
            fails("isIncludeSender=yes"),
            "isIncludeSender: `yes` is not true or false"
        );
        assert_eq!(
            fails("group=x"),
            "group: is a map: send it as group[key]=value"
        );
        assert_eq!(
            fails("groupId[x]=1"),
            "groupId: is not a map, but [x] was given"
        );
        assert_eq!(
            fails("group[a]=1&group[a]=2"),
            "group: [a] is given more than once"
        );
        assert_eq!(
            fails("groupId=%E7%94"),
            "groupId: is not UTF-8 once decoded"
        );
        assert_eq!(
            fails("groupId=%zz"),
            "groupId: has a % not followed by two hexadecimal digits"
        );
        assert!(fails("pushExt=%7B").starts_with("pushExt: is not JSON text"));
        assert_eq!(
            decode(b"\xff", SHAPE).unwrap_err().to_string(),
            "the body is not UTF-8 text"
        );
        assert!(encode(&json!([1]), SHAPE).is_err());
    }
}
