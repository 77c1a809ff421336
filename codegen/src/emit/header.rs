//! The header every generated file starts with: what it is generated from, by which command,
//! and that it is not to be edited by hand. The Rust files and `Cargo.toml` carry it as
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
        "{comment} @generated from {source} by `{GENERATE_COMMAND}`.\n{comment} Do not edit by hand: change the spec and regenerate.\n\n"
    )
}

/// The header as one line of text; `source` as [`source`] writes it. `via` says what rendered
/// the file besides the generator (`the typescript template set (client.ts.j2)`).
pub fn line(source: &str, via: Option<&str>) -> String {
    match via {
        Some(via) => format!(
            "@generated from {source} by `{GENERATE_COMMAND}` with {via}. Do not edit by hand."
        ),
        None => format!("@generated from {source} by `{GENERATE_COMMAND}`. Do not edit by hand."),
    }
}
