//! Rustdoc text: spec prose made safe for rustdoc, and constraint descriptions.
//!
//! Spec descriptions are Markdown written by people copying vendor pages. Two things in them make
//! rustdoc warn: `[text]` that is not a link (read as an intra-doc link) and bare URLs. Two more
//! would make rustdoc *run* them: a fenced code block and a line indented four spaces are
//! doctests that `cargo test` compiles and executes. So prose code blocks become ```` ```text ````
//! blocks and indentation is capped at three columns. Everything else is kept as written.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::ir::{self, Constraints, LengthUnit};

/// Doc text being assembled, line by line.
#[derive(Debug, Default)]
pub struct Doc {
    lines: Vec<String>,
}

impl Doc {
    /// An empty doc.
    pub fn new() -> Self {
        Doc::default()
    }

    /// A doc holding one paragraph.
    pub fn from_text(text: &str) -> Self {
        let mut doc = Doc::new();
        doc.para(text);
        doc
    }

    /// Adds a paragraph (sanitized), separated from the previous one by a blank line.
    pub fn para(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        self.blank();
        let mut in_list = false;
        for line in inert_markdown(text).lines() {
            let line = line.trim_end();
            let item = is_list_item(line);
            // A plain line right after a list would continue the last item; end the list.
            if in_list && !item && !line.is_empty() && !line.starts_with([' ', '\t']) {
                self.lines.push(String::new());
            }
            if !line.is_empty() {
                in_list = item || (in_list && line.starts_with([' ', '\t']));
            }
            self.lines.push(line.to_owned());
        }
    }

    /// A doc holding one paragraph the emitter wrote (with intra-doc links; not sanitized).
    /// Spec text inside it must already have gone through [`inline`].
    pub fn from_raw(text: &str) -> Self {
        let mut doc = Doc::new();
        doc.raw_para(text);
        doc
    }

    /// Adds a paragraph the emitter wrote (already valid rustdoc Markdown; not sanitized).
    pub fn raw_para(&mut self, text: &str) {
        self.blank();
        self.lines.extend(text.lines().map(str::to_owned));
    }

    /// Ends the current paragraph, so that what follows starts a new block.
    pub fn gap(&mut self) {
        self.blank();
    }

    /// Adds one line as given (already Markdown the emitter wrote), without trailing spaces.
    pub fn line(&mut self, text: &str) {
        self.lines.push(text.trim_end().to_owned());
    }

    /// Adds a `# Heading`.
    pub fn heading(&mut self, text: &str) {
        self.blank();
        self.lines.push(format!("# {text}"));
        self.lines.push(String::new());
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    fn trimmed(&self) -> &[String] {
        let mut end = self.lines.len();
        while end > 0 && self.lines[end - 1].is_empty() {
            end -= 1;
        }
        &self.lines[..end]
    }

    /// `#[doc = "…"]` attributes for an item.
    pub fn outer_attrs(&self) -> TokenStream {
        let lines = self.trimmed().iter().map(|l| doc_line(l));
        quote! { #(#[doc = #lines])* }
    }

    /// `#![doc = "…"]` attributes for a module.
    pub fn inner_attrs(&self) -> TokenStream {
        let lines = self.trimmed().iter().map(|l| doc_line(l));
        quote! { #(#![doc = #lines])* }
    }
}

/// Whether a Markdown line starts a list item (`- `, `* `, `+ `, `1. `, `1) `).
fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ") {
        return true;
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

fn doc_line(line: &str) -> String {
    if line.is_empty() {
        String::new()
    } else {
        format!(" {line}")
    }
}

/// An opening or closing code fence: three or more backticks or tildes after at most three
/// spaces. Returns the fence character and length.
fn fence(line: &str) -> Option<(char, usize)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let c = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = rest.chars().take_while(|x| *x == c).count();
    (n >= 3).then_some((c, n))
}

/// Prose as Markdown that rustdoc shows but never compiles or runs: code fences are rewritten
/// as ```` ```text ```` blocks (and closed if the text leaves one open), indentation outside them
/// is capped at three columns so no line starts an indented code block, and the rest goes
/// through [`sanitize`]. Tabs are expanded and other control characters dropped.
pub fn inert_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut prose = String::new();
    let mut open: Option<(char, usize)> = None;
    let flush = |prose: &mut String, out: &mut String| {
        if !prose.is_empty() {
            out.push_str(&sanitize(prose));
            prose.clear();
        }
    };
    for raw in text.lines() {
        let line: String = raw
            .replace('\t', "    ")
            .chars()
            .filter(|c| !c.is_control())
            .collect();
        match (open, fence(&line)) {
            (None, Some(found)) => {
                flush(&mut prose, &mut out);
                out.push_str("```text\n");
                open = Some(found);
            }
            (Some((c, n)), Some((c2, n2)))
                if c == c2 && n2 >= n && line.trim().chars().all(|x| x == c) =>
            {
                out.push_str("```\n");
                open = None;
            }
            (Some(_), _) => {
                // Shown as written, but a run of backticks must not close the block early.
                out.push_str(&line.replace("```", "'''"));
                out.push('\n');
            }
            (None, None) => {
                let indent = line.len() - line.trim_start().len();
                prose.push_str(&" ".repeat(indent.min(3)));
                prose.push_str(line.trim_start());
                prose.push('\n');
            }
        }
    }
    flush(&mut prose, &mut out);
    if open.is_some() {
        out.push_str("```\n");
    }
    out
}

/// Text to put between backticks: no backtick, no line break or other control character.
pub fn code(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// Prose on one line, safe inside a Markdown table cell or list item.
pub fn inline(text: &str) -> String {
    let joined = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    sanitize(&joined).replace('|', "\\|")
}

/// The `#` run that fences `text` as a raw string literal: one more than the longest run of
/// `#` that follows a `"` in the text, so no content can close the literal early.
pub fn raw_string_hashes(text: &str) -> String {
    let mut longest = 0;
    for (i, _) in text.match_indices('"') {
        let run = text[i + 1..].bytes().take_while(|b| *b == b'#').count();
        longest = longest.max(run);
    }
    "#".repeat(longest + 1)
}

/// Escapes `[…]` that is not a Markdown link and wraps bare URLs in `<…>`, outside code spans.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_code = false;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            i += 1;
            continue;
        }
        if in_code {
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' => {
                if let Some(close) = link_end(&chars, i) {
                    // A Markdown link: copy it as is.
                    out.extend(&chars[i..close]);
                    i = close;
                    continue;
                }
                out.push_str("\\[");
            }
            ']' => out.push_str("\\]"),
            'h' if starts_url(&chars[i..]) && !preceded_by_opener(&chars, i) => {
                let end = url_end(&chars, i);
                out.push('<');
                out.extend(&chars[i..end]);
                out.push('>');
                i = end;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// If `chars[start]` opens `[text](url)`, the index after the closing `)`.
fn link_end(chars: &[char], start: usize) -> Option<usize> {
    let close = start + chars[start..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ')')?;
    Some(end + 1)
}

fn starts_url(chars: &[char]) -> bool {
    let s: String = chars.iter().take(8).collect();
    s.starts_with("https://") || s.starts_with("http://")
}

/// Whether the URL at `i` is already an autolink `<…>` or the target of a `[text](…)` link.
fn preceded_by_opener(chars: &[char], i: usize) -> bool {
    match i.checked_sub(1).map(|p| chars[p]) {
        Some('<') => true,
        Some('(') => i >= 2 && chars[i - 2] == ']',
        _ => false,
    }
}

fn url_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    while end < chars.len()
        && !chars[end].is_whitespace()
        && !matches!(chars[end], '）' | '，' | '。' | '>' | '"')
    {
        end += 1;
    }
    // Trailing sentence punctuation is not part of the URL.
    while end > start && matches!(chars[end - 1], '.' | ',' | ';' | ')' | ':') {
        end -= 1;
    }
    end
}

/// A constraint set in words: `at most 10 items; each item: at least 1000, or 500 or 600`.
pub fn constraints(c: &Constraints) -> String {
    constraint_parts(c).join("; ")
}

/// What a server answers a broken rule or limit with, when the spec gives its own code: ` (else
/// error `10005`)`; nothing otherwise.
pub fn refused_with(code: Option<&Value>) -> String {
    code.map(|c| format!(" (else error {})", code_text(c)))
        .unwrap_or_default()
}

/// [`constraints`] a limit at a time: `["at most 10 items", "each item at least 1000, or 500
/// or 600"]`.
pub fn constraint_parts(c: &Constraints) -> Vec<String> {
    let mut parts = Vec::new();
    match (&c.minimum, &c.maximum) {
        (Some(min), Some(max)) => parts.push(format!("between {min} and {max}")),
        (Some(min), None) => parts.push(format!("at least {min}")),
        (None, Some(max)) => parts.push(format!("at most {max}")),
        (None, None) => {}
    }
    if !c.also_allowed.is_empty() {
        let values: Vec<String> = c.also_allowed.iter().map(ToString::to_string).collect();
        let last = parts.pop().unwrap_or_default();
        parts.push(format!("{last}, or {}", values.join(" or ")));
    }
    let unit = match c.length_unit {
        Some(LengthUnit::Bytes) => "UTF-8 bytes",
        _ => "characters",
    };
    match (c.min_length, c.max_length) {
        (Some(min), Some(max)) => parts.push(format!("{min} to {max} {unit}")),
        (Some(min), None) => parts.push(format!("at least {min} {unit}")),
        (None, Some(max)) => parts.push(format!("at most {max} {unit}")),
        (None, None) => {}
    }
    match (c.min_items, c.max_items) {
        (Some(min), Some(max)) => parts.push(format!("{min} to {max} items")),
        (Some(min), None) => parts.push(format!("at least {min} items")),
        (None, Some(max)) => parts.push(format!("at most {max} items")),
        (None, None) => {}
    }
    if c.unique_items {
        parts.push("items distinct".into());
    }
    if !c.values.is_empty() {
        let values: Vec<String> = c
            .values
            .iter()
            .map(|v| format!("`{}` ({})", v.value, v.name))
            .collect();
        parts.push(format!("only {}", values.join(" or ")));
    }
    let suffix = refused_with(c.code.as_ref());
    for part in &mut parts {
        part.push_str(&suffix);
    }
    if let Some(items) = &c.items {
        let inner = constraints(items);
        if !inner.is_empty() {
            parts.push(format!("each item {inner}"));
        }
    }
    parts
}

// The sections every operation's and service's page has.

/// The facts a caller needs on one screen: binding, rate limit, source.
pub fn operation_facts(doc: &mut Doc, op: &ir::Operation) {
    doc.gap();
    let method = crate::protocol::method_name(op.http.method);
    doc.line(&format!("- HTTP: `{method} {}`", op.http.target()));
    doc.line(&format!(
        "- Request: [`{}`]; response payload: [`{}`]",
        op.request, op.response
    ));
    if let Some(limit) = &op.rate_limit {
        doc.line(&format!("- Rate limit: {}", rate_limit_text(limit)));
    }
    for c in &op.class_limits {
        let limit = ir::RateLimit {
            requests: c.requests,
            per: c.per,
            scope: c.scope.clone(),
        };
        let state = c
            .state
            .as_ref()
            .map(|s| {
                format!(
                    "; only while {}, which the server implementation applies",
                    inline(s)
                )
            })
            .unwrap_or_default();
        let overflow = match c.overflow {
            ir::Overflow::Refuse => "a call over it is refused",
            ir::Overflow::Drop => {
                "a call over it is answered as a success and its effect discarded"
            }
        };
        doc.line(&format!(
            "- Rate limit of {} calls (when {}{state}): {}; {overflow}",
            inline(&c.class),
            class_condition(&c.when),
            rate_limit_text(&limit)
        ));
    }
    if let Some(field) = &op.http.idempotent_when {
        doc.line(&format!(
            "- Idempotent when `{}` is sent: the server drops a repeat that carries the same value, so clients retry such a call whose outcome is unknown",
            field.wire
        ));
    }
    if let Some(applies) = &op.applies_to {
        let values: Vec<String> = applies
            .values
            .iter()
            .map(|v| match v.limit() {
                None => format!("`{}`", code(v.value())),
                Some(limit) => format!(
                    "`{}` (at most {} {}: {})",
                    code(v.value()),
                    limit.max,
                    inline(&limit.of),
                    inline(limit.description.trim())
                ),
            })
            .collect();
        doc.line(&format!(
            "- Applies to {}: {} only",
            inline(&applies.what),
            values.join(", ")
        ));
    }
    if !op.pagination.is_empty() {
        doc.line(&format!("- Pages: {}", paging_text(&op.pagination)));
    }
    if let Some(payload) = &op.payload_on_error {
        doc.line(&format!(
            "- A failure's answer carries `{}` in the payload's place too; the client reports the error",
            Value::Object(payload.clone())
        ));
    }
    doc.line(&format!("- Source: {}", source_link(&op.source)));
    for s in &op.also_from {
        doc.line(&format!("- Also from: {}", source_link(s)));
    }
    doc.line("");
}

/// How an operation pages: its only style in one sentence, or each style with the request
/// condition that picks it.
pub fn paging_text(styles: &[ir::Pagination]) -> String {
    match styles {
        [only] => pagination_text(only),
        _ => styles
            .iter()
            .map(|p| match &p.when {
                Some(c) => format!("When {}: {}", condition(c), pagination_text(p)),
                None => format!("Otherwise: {}", pagination_text(p)),
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// How one style pages, in one sentence.
pub fn pagination_text(p: &ir::Pagination) -> String {
    let position = &p.request_field.name.wire;
    let next = match &p.next {
        ir::NextPosition::Offset => format!(
            "`{position}` is an offset: the next page's is this one plus the items received"
        ),
        ir::NextPosition::Field { field } => format!(
            "`{position}` is a {} from the previous page's `{}`",
            match p.style {
                ir::PageStyle::Sequence => "sequence number",
                ir::PageStyle::Token => "token",
                _ => "cursor",
            },
            field.name.wire
        ),
        ir::NextPosition::Items {
            field,
            smallest,
            add,
        } => {
            let shift = match add {
                0 => String::new(),
                n if *n < 0 => format!(" minus {}", n.unsigned_abs()),
                n => format!(" plus {n}"),
            };
            format!(
                "`{position}` is computed from the previous page: its {} `{field}`{shift}",
                if *smallest { "smallest" } else { "largest" }
            )
        }
    };
    let mut ends = Vec::new();
    if let Some(f) = &p.has_more {
        ends.push(format!("the last page has `{}` false", f.name.wire));
    }
    if let Some(f) = &p.is_finished {
        ends.push(format!("the last page has `{}` true", f.name.wire));
    }
    if let Some(flag) = &p.flag {
        let values = |vs: &[serde_json::Value]| {
            vs.iter()
                .map(|v| format!("`{}`", code(&v.to_string())))
                .collect::<Vec<_>>()
                .join(" or ")
        };
        ends.push(format!(
            "`{}` is {} while more pages follow and {} on the last (any other value ends the walk with an error)",
            flag.field.name.wire,
            values(&flag.more),
            values(&flag.done)
        ));
    }
    if let Some(f) = &p.total {
        ends.push(format!(
            "the walk ends once the offset plus the items received reaches `{}`",
            f.name.wire
        ));
    }
    if let Some(v) = &p.end_value {
        ends.push(format!(
            "a next position of `{}` means the end",
            code(&v.to_string())
        ));
    }
    ends.push("an empty page ends the list".to_owned());
    let size = p
        .page_size
        .as_ref()
        .map(|f| format!("; `{}` is the page size", f.name.wire))
        .unwrap_or_default();
    let carried = p
        .carry
        .iter()
        .map(|c| {
            format!(
                "; the next request's `{}` is the previous page's `{}`",
                c.request_field.name.wire, c.response_field.name.wire
            )
        })
        .collect::<String>();
    format!(
        "{next}{carried}; the items are in `{}`; {}{size}.",
        p.items.name.wire,
        ends.join("; ")
    )
}

/// A source as title, link and seed.
pub fn source_link(s: &ir::Source) -> String {
    let mut parts = Vec::new();
    if let Some(title) = &s.title {
        parts.push(inline(title));
    }
    if let Some(url) = &s.url {
        parts.push(format!("<{url}>"));
    }
    if let Some(seed) = &s.seed {
        parts.push(format!("seed `{seed}`"));
    }
    parts.join(", ")
}

/// A condition in words: "`ConversationType` is `1`", or "`ClientMsgId` is sent".
pub fn condition(c: &ir::Condition) -> String {
    match &c.equals {
        Some(v) => format!("`{}` is `{}`", c.field, code(&v.to_string())),
        None => format!("`{}` is sent", c.field),
    }
}

/// A class's condition in words: one value, or several sharing the budget.
fn class_condition(c: &ir::ClassCondition) -> String {
    match &c.any_of {
        Some(values) => {
            let values: Vec<String> = values
                .iter()
                .map(|v| format!("`{}`", code(&v.to_string())))
                .collect();
            format!(
                "`{}` is one of {}, one budget for them all",
                c.field,
                values.join(", ")
            )
        }
        None => condition(&ir::Condition {
            field: c.field.clone(),
            equals: c.equals.clone(),
        }),
    }
}

pub fn rate_limit_text(limit: &ir::RateLimit) -> String {
    let per = match limit.per {
        ir::RatePeriod::Second => "second",
        ir::RatePeriod::Minute => "minute",
    };
    let scope = limit
        .scope
        .as_ref()
        .map(|s| format!(" ({})", inline(s)))
        .unwrap_or_default();
    format!("{} requests per {per}{scope}", limit.requests)
}

pub fn code_text(code: &Value) -> String {
    match code {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

pub fn errors_doc(doc: &mut Doc, title: &str, errors: &[ir::ErrorDef]) {
    if errors.is_empty() {
        return;
    }
    doc.heading(title);
    let with_status = errors
        .iter()
        .any(|e| e.http_status.is_some() || e.code_n.is_some());
    if with_status {
        doc.line("| Code | CodeN | HTTP | Meaning |");
        doc.line("| --- | --- | --- | --- |");
    } else {
        doc.line("| Code | Meaning |");
        doc.line("| --- | --- |");
    }
    for e in errors {
        let meaning = inline(&e.description);
        if with_status {
            let code_n = e.code_n.map(|n| n.to_string()).unwrap_or_default();
            let status = e.http_status.map(|n| n.to_string()).unwrap_or_default();
            doc.line(&format!(
                "| {} | {code_n} | {status} | {meaning} |",
                code_text(&e.code)
            ));
        } else {
            doc.line(&format!("| {} | {meaning} |", code_text(&e.code)));
        }
    }
    doc.line("");
}

pub fn sources_doc(doc: &mut Doc, sources: &[ir::Source]) {
    if sources.is_empty() {
        return;
    }
    doc.heading("Sources");
    for s in sources {
        doc.line(&format!("- {}", source_link(s)));
    }
    doc.line("");
}

pub fn notes_doc(doc: &mut Doc, notes: &[ir::DocNote]) {
    if notes.is_empty() {
        return;
    }
    doc.heading("Notes on the source document");
    for n in notes {
        doc.line(&format!(
            "- {} — *Resolved:* {}",
            inline(&n.issue),
            inline(&n.resolution)
        ));
    }
    doc.line("");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_that_are_not_links_are_escaped() {
        assert_eq!(sanitize("range [1000, +)"), "range \\[1000, +)");
        assert_eq!(
            sanitize("see [消息格式](https://x.example/a#b) now"),
            "see [消息格式](https://x.example/a#b) now"
        );
        assert_eq!(sanitize("`[kept]`"), "`[kept]`");
    }

    #[test]
    fn a_plain_line_after_a_list_starts_a_new_paragraph() {
        let mut doc = Doc::new();
        doc.para("Intro.\n- `true`: on\n- `false`: off\nDefault `false`.");
        assert_eq!(
            doc.lines,
            [
                "Intro.",
                "- `true`: on",
                "- `false`: off",
                "",
                "Default `false`."
            ]
        );
        let mut doc = Doc::new();
        doc.para("1. one\n   more of one\n2. two");
        assert_eq!(doc.lines, ["1. one", "   more of one", "2. two"]);
    }

    #[test]
    fn code_in_prose_never_becomes_a_doctest() {
        let text = "Run this:\n```rust\nstd::process::exit(1);\n```\nthen\n    indented();\n\tx();\n~~~\nopen";
        let out = inert_markdown(text);
        assert_eq!(
            out,
            "Run this:\n```text\nstd::process::exit(1);\n```\nthen\n   indented();\n   x();\n```text\nopen\n```\n"
        );
        // A longer fence is closed only by one at least as long; inner backticks are defused.
        let out = inert_markdown("````\n```\nstill code\n````");
        assert_eq!(out, "```text\n'''\nstill code\n```\n");
        let mut doc = Doc::new();
        doc.para("a\n\n        deep\n```ignore\nx\n```");
        assert_eq!(doc.lines, ["a", "", "   deep", "```text", "x", "```"]);
        assert_eq!(code("a`b\nc"), "a'b c");
        assert_eq!(inline("a\u{0}b\nc"), "a b c");
    }

    #[test]
    fn raw_strings_outlast_their_content() {
        assert_eq!(raw_string_hashes("{}"), "#");
        assert_eq!(raw_string_hashes(r##"{"a":"#"}"##), "##");
        assert_eq!(raw_string_hashes(r###"{"a":"##"}"###), "###");
    }

    #[test]
    fn bare_urls_are_wrapped() {
        assert_eq!(
            sanitize("see https://a.example/x."),
            "see <https://a.example/x>."
        );
        assert_eq!(sanitize("<https://a.example>"), "<https://a.example>");
        assert_eq!(sanitize("(https://a.example/x)"), "(<https://a.example/x>)");
        assert_eq!(
            sanitize("参看 https://a.example/x）。"),
            "参看 <https://a.example/x>）。"
        );
    }

    #[test]
    fn constraints_read_as_words() {
        let marks = Constraints {
            max_items: Some(10),
            items: Some(Box::new(Constraints {
                minimum: Some(1000.into()),
                also_allowed: vec![500.into(), 600.into()],
                ..Constraints::default()
            })),
            ..Constraints::default()
        };
        assert_eq!(
            constraints(&marks),
            "at most 10 items; each item at least 1000, or 500 or 600"
        );
        assert_eq!(constraints(&Constraints::default()), "");
        // A code is named beside each limit it is for; the items' beside theirs.
        let coded = Constraints {
            min_items: Some(1),
            max_items: Some(300),
            code: Some(10005.into()),
            items: Some(Box::new(Constraints {
                minimum: Some(1.into()),
                code: Some("InvalidOwner".into()),
                ..Constraints::default()
            })),
            ..Constraints::default()
        };
        assert_eq!(
            constraints(&coded),
            "1 to 300 items (else error `10005`); each item at least 1 (else error `InvalidOwner`)"
        );
    }
}
