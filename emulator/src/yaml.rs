//! YAML (and JSON) files read with their nesting bounded while they stream: a file of nested
//! brackets is refused after [`MAX_NESTING`] of them, in time linear in what was read, before
//! serde_yaml (whose cost grows far faster with depth) sees it.

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, Parser};

/// The deepest nesting read. State files nest about nine levels (a group's message's element's
/// content), fault files four.
pub const MAX_NESTING: usize = 32;

/// Parses `text` as `T`; an error names the line and column.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    check_nesting(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let mut message = e.to_string();
        if let Some(at) = message.rfind(" at line ") {
            message.truncate(at);
        }
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
        let e = from_str::<serde_json::Value>("a: [1, 2").unwrap_err();
        assert!(e.starts_with("line 2, column 1: invalid YAML"), "{e}");
    }
}
