//! YAML (and JSON) files read with their nesting bounded while they stream: a file of nested
//! brackets is refused after [`MAX_NESTING`] of them, in time linear in what was read, before
//! serde_yaml (whose cost grows far faster with depth) sees it.

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, Parser};

/// The deepest nesting read. State files nest about nine levels (a group's message's element's
/// content), fault files four.
pub const MAX_NESTING: usize = 32;

/// Parses `text` as `T`; an error names the line and column. JSON (a dump of the admin
/// endpoint) is read by serde_json, which is linear in the text and bounds nesting itself; YAML,
/// or JSON that turns out to be YAML's flow syntax, has its nesting bounded first.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let without_suffix = |message: String| match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    };
    let json = text.strip_prefix('\u{feff}').unwrap_or(text);
    if json.trim_start().starts_with(['{', '[']) {
        match serde_json::from_str(json) {
            Ok(value) => return Ok(value),
            Err(e) if e.classify() == serde_json::error::Category::Data => {
                return Err(format!(
                    "line {}, column {}: {}",
                    e.line(),
                    e.column(),
                    without_suffix(e.to_string())
                ))
            }
            // Not JSON (`{vendor: tencent}` is YAML): read it as YAML.
            Err(_) => {}
        }
    }
    check_nesting(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let message = without_suffix(e.to_string());
        match e.location() {
            Some(l) => format!("line {}, column {}: {message}", l.line(), l.column()),
            None => message,
        }
    })
}

/// Reads `text`'s events one at a time, refusing at the first collection nested deeper than
/// [`MAX_NESTING`] and at malformed YAML.
fn check_nesting(text: &str) -> Result<(), String> {
    let mut parser = Parser::new_from_str(text);
    let mut depth = 0usize;
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            let at = e.marker();
            // The scanner reads ahead, and refuses flow collections nested past its own
            // limit before the parser reaches ours.
            let info = if e.info().contains("recursion limit") {
                format!("the file nests deeper than {MAX_NESTING} levels")
            } else {
                format!("invalid YAML: {}", e.info())
            };
            format!("line {}, column {}: {info}", at.line(), at.col() + 1)
        })?;
        match event {
            Event::StreamEnd => return Ok(()),
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(format!(
                        "line {}, column {}: the file nests deeper than {MAX_NESTING} levels",
                        mark.line(),
                        mark.col() + 1
                    ));
                }
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_where_it_goes_too_deep() {
        let fine = "[".repeat(MAX_NESTING) + &"]".repeat(MAX_NESTING);
        assert!(from_str::<serde_json::Value>(&fine).is_ok());
        // 160 KB of brackets: refused on the first line, long before its end.
        let deep = "[".repeat(160_000);
        let e = from_str::<serde_json::Value>(&deep).unwrap_err();
        assert!(
            e.starts_with("line 1, column ")
                && e.ends_with(&format!(
                    ": the file nests deeper than {MAX_NESTING} levels"
                )),
            "{e}"
        );
        let column: usize = e["line 1, column ".len()..]
            .split(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(column <= 300, "{e}");
        let block = (0..40)
            .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
            .collect::<String>();
        let e = from_str::<serde_json::Value>(&block).unwrap_err();
        assert!(e.starts_with("line 33, "), "{e}");
        // JSON nested past serde_json's own limit falls to the YAML reading, and is refused
        // there the same way.
        let deep_json = format!("{{\"a\": {}", "[".repeat(10_000));
        let e = from_str::<serde_json::Value>(&deep_json).unwrap_err();
        assert!(e.contains("nests deeper than"), "{e}");
        let e = from_str::<serde_json::Value>("a: [1, 2").unwrap_err();
        assert!(e.starts_with("line 2, column 1: invalid YAML"), "{e}");
    }

    #[test]
    fn json_is_read_as_json_and_yaml_flow_syntax_as_yaml() {
        #[derive(Debug, serde::Deserialize, PartialEq)]
        #[serde(deny_unknown_fields)]
        struct Doc {
            name: String,
        }
        assert_eq!(
            from_str::<Doc>("\u{feff} {\"name\": \"x\"}"),
            Ok(Doc { name: "x".into() })
        );
        assert_eq!(from_str::<Doc>("{name: x}"), Ok(Doc { name: "x".into() }));
        let e = from_str::<Doc>("{\n  \"name\": \"x\",\n  \"nmae\": 1\n}").unwrap_err();
        assert!(
            e.starts_with("line 3, column ") && e.contains("unknown field `nmae`"),
            "{e}"
        );
    }
}
