//! The header every generated file starts with: what it is generated from, by which command,
//! and that it is not to be edited by hand, in the form tools recognise: Go's
//! `^// Code generated .* DO NOT EDIT\.$` (gofmt, golint, GitHub's diff view), and the
//! `@generated` marker rustfmt and Facebook's tools look for. The Rust files and `Cargo.toml` carry it as
//! comment lines ([`comment`]), the OpenAPI documents and the template sets' files as one line
//! of text ([`line()`]; a template places it where its language takes a comment).

/// The command that regenerates the crate; generated files name it in their header.
pub const GENERATE_COMMAND: &str = "cargo run -p codegen -- generate";

/// What a file is generated from: one spec file (`spec/tencent-chat/service.yaml`), or the
/// whole spec folder when it is `None`.
pub fn source(spec_file: Option<&str>) -> String {
    match spec_file {
        Some(file) => format!("spec/{file}"),
        None => "spec/".to_owned(),
    }
}

/// The header as two comment lines and a blank one, for a language whose line comments start
/// with `comment` (`//`, `#`); `source` as [`source`] writes it.
pub fn comment(comment: &str, source: &str) -> String {
    format!(
        "{comment} Code generated from {source} by `{GENERATE_COMMAND}` (@generated). DO NOT EDIT.\n{comment} Change the spec and regenerate.\n\n"
    )
}

/// The header as one line of text; `source` as [`source`] writes it. `via` says what rendered
/// the file besides the generator (`the typescript template set (client.ts.j2)`).
pub fn line(source: &str, via: Option<&str>) -> String {
    match via {
        Some(via) => format!(
            "Code generated from {source} by `{GENERATE_COMMAND}` with {via} (@generated). DO NOT EDIT."
        ),
        None => format!(
            "Code generated from {source} by `{GENERATE_COMMAND}` (@generated). DO NOT EDIT."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Go's rule for a generated file: a line `^// Code generated .* DO NOT EDIT\.$`.
    fn go_recognises(line: &str) -> bool {
        line.starts_with("// Code generated ") && line.ends_with(" DO NOT EDIT.")
    }

    #[test]
    fn the_header_is_recognised_as_generated() {
        let rust = comment("//", &source(Some("tencent-chat/service.yaml")));
        let first = rust.lines().next().expect("a first line");
        assert!(go_recognises(first), "{first}");
        assert!(first.contains("@generated"), "rustfmt's marker: {first}");
        assert!(
            first.contains("spec/tencent-chat/service.yaml") && first.contains(GENERATE_COMMAND)
        );
        for via in [None, Some("the go template set (types.go.j2)")] {
            let line = line(&source(None), via);
            assert!(go_recognises(&format!("// {line}")), "{line}");
            assert!(line.contains("@generated"), "{line}");
        }
    }
}
