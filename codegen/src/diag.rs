//! Diagnostics: what is wrong with a spec, and where.

use std::fmt;

/// One problem in a spec, located by file, line and column (when known) and spec path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, relative to the spec folder, with `/` separators
    /// (`volcengine-rtc-im/modify_message.yaml`). Empty for problems with the folder itself.
    pub file: String,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column.
    pub column: Option<usize>,
    /// Where in the file's structure (`request.fields[2].type`).
    pub spec_path: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with a message only; locate it with the builder methods. Quoted values in
    /// the message are shortened ([`shorten_quoted`]).
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            line: None,
            column: None,
            spec_path: None,
            message: shorten_quoted(&message.into()),
            help: None,
        }
    }

    /// Adds a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(shorten_quoted(&help.into()));
        self
    }

    /// Renders the diagnostic, naming files under `root` (the spec folder as the user gave it).
    pub fn render(&self, root: &str) -> String {
        let mut out = format!("error: {}\n", self.message);
        let root = root.trim_end_matches('/');
        let file = match (root.is_empty(), self.file.is_empty()) {
            (_, true) => root.to_owned(),
            (true, false) => self.file.clone(),
            (false, false) => format!("{root}/{}", self.file),
        };
        match (self.line, self.column) {
            (Some(line), Some(column)) => out.push_str(&format!("  --> {file}:{line}:{column}\n")),
            (Some(line), None) => out.push_str(&format!("  --> {file}:{line}\n")),
            _ => out.push_str(&format!("  --> {file}\n")),
        }
        if let Some(path) = &self.spec_path {
            out.push_str(&format!("   = at: {path}\n"));
        }
        if let Some(help) = &self.help {
            out.push_str(&format!("   = help: {help}\n"));
        }
        out
    }
}

/// The longest quoted value a diagnostic repeats; longer ones are cut with `…`, so a spec file
/// full of something else (a key, a dump) is not echoed back.
pub const MAX_QUOTED_CHARS: usize = 60;

/// A message with every `` `…` `` or `"…"` span longer than [`MAX_QUOTED_CHARS`] shortened,
/// and no control characters (they could rewrite the terminal).
pub fn shorten_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    let mut span: Option<(char, String)> = None;
    for c in message.chars() {
        let c = if c.is_control() { ' ' } else { c };
        match &mut span {
            Some((close, text)) if c == *close => {
                push_span(&mut out, *close, text);
                span = None;
            }
            Some((_, text)) => text.push(c),
            None if c == '`' || c == '"' => span = Some((c, String::new())),
            None => out.push(c),
        }
    }
    if let Some((open, text)) = span {
        // An unclosed quote: shorten what follows it all the same.
        out.push(open);
        out.push_str(&cut(&text));
    }
    out
}

fn push_span(out: &mut String, quote: char, text: &str) {
    out.push(quote);
    out.push_str(&cut(text));
    out.push(quote);
}

fn cut(text: &str) -> String {
    if text.chars().count() <= MAX_QUOTED_CHARS {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(MAX_QUOTED_CHARS).collect();
    short.push('…');
    short
}

/// Every problem found in one run, in file and line order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Renders all diagnostics and a closing count.
    pub fn render(&self, root: &str) -> String {
        let mut out = String::new();
        for d in &self.0 {
            out.push_str(&d.render(root));
            out.push('\n');
        }
        let n = self.0.len();
        out.push_str(&format!(
            "{n} error{} in the spec; nothing was written\n",
            if n == 1 { "" } else { "s" }
        ));
        out
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("spec"))
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quoted_values_are_cut() {
        let key = "k".repeat(500);
        let d = Diagnostic::new(
            "f.yaml",
            format!("invalid type: string \"{key}\", expected u32"),
        );
        assert_eq!(
            d.message,
            format!(
                "invalid type: string \"{}…\", expected u32",
                "k".repeat(MAX_QUOTED_CHARS)
            )
        );
        assert_eq!(shorten_quoted("`short` stays"), "`short` stays");
        assert_eq!(shorten_quoted("bell\u{7}\nline"), "bell  line");
        assert!(shorten_quoted(&format!("open `{key}")).chars().count() < 80);
    }
}
