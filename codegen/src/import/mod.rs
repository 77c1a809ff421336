//! `codegen import`: a vendor page to a draft operation file.
//!
//! A page is hostile input, like a spec file: it is read only from a regular file of at most
//! [`MAX_PAGE_BYTES`], never fetched, and any text gives a draft or an error, never a panic.
//! The form is detected ([`Form`]) and read by its module ([`volcengine`] for the Markdown
//! sources, [`tencent`] for the rendered text) into a [`Draft`], which [`yaml`] writes in the
//! spec format. What the importer cannot decide is a `todo` entry and a limit read from prose
//! carries a `draft` marker: `codegen validate` refuses both until a person has resolved them.

pub mod drift;
mod examples;
mod fields;
pub mod json;
pub mod rongcloud;
pub mod tencent;
pub mod text;
pub mod volcengine;
pub mod yaml;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::naming::{self, Case};

/// The largest page the importer reads.
pub const MAX_PAGE_BYTES: u64 = 2 * 1024 * 1024;

/// The forms of vendor pages the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Volcengine's Markdown source: front matter, `|` tables, fenced examples.
    Volcengine,
    /// Tencent Cloud Chat's rendered page text: plain section titles, `a | b |` rows.
    Tencent,
    /// RongCloud's rendered page text: a `.json` path, form request examples.
    Rongcloud,
}

impl Form {
    /// The service folder a draft of this form goes to by default.
    pub fn service(self) -> &'static str {
        match self {
            Form::Volcengine => "volcengine-rtc-im",
            Form::Tencent => "tencent-chat",
            Form::Rongcloud => "rongcloud-im",
        }
    }
}

/// Which form a page is in, if any the importer reads.
pub fn detect(text: &str) -> Option<Form> {
    if rongcloud::detect(text) {
        return Some(Form::Rongcloud);
    }
    let volc = text.contains("Action=")
        || text.starts_with("---")
        || text.contains("| 参数")
        || text.contains("参数名");
    let tencent = text.contains("/v4/") || text.contains("v4/");
    if tencent && !text.contains("Action=") {
        Some(Form::Tencent)
    } else if volc {
        Some(Form::Volcengine)
    } else {
        None
    }
}

/// One field of a draft.
#[derive(Debug, Clone, Default)]
pub struct DField {
    pub name: String,
    pub ty: String,
    pub doc_type: Option<String>,
    pub required: bool,
    /// Whether the page states the required flag (a 是/否 or Yes/No cell).
    pub required_stated: bool,
    /// Whether only the examples show the field (no table row).
    pub from_example: bool,
    pub default: Option<Value>,
    pub description: String,
    pub example: Option<Value>,
    /// Constraints by spec key (`max_items`), in the order found.
    pub constraints: Vec<(String, Value)>,
    /// The sentences the prose facts come from, with their line.
    pub draft: Option<(String, usize)>,
    /// The page line of the field's row (or of the example it was found in).
    pub line: usize,
}

/// A named object type of a draft (a sub-table, or a shape read from examples).
#[derive(Debug, Clone, Default)]
pub struct DType {
    pub name: String,
    pub description: String,
    pub fields: Vec<DField>,
    pub line: usize,
}

/// An error code of a draft.
#[derive(Debug, Clone)]
pub struct DError {
    pub code: Value,
    pub description: String,
    pub line: usize,
}

/// An example of a draft, as pretty JSON text.
#[derive(Debug, Clone, Default)]
pub struct DExample {
    pub name: String,
    pub description: Option<String>,
    pub request: Option<(String, usize)>,
    pub response: Option<(String, usize)>,
}

/// A draft operation: what the page says, in our terms, with the page line of each fact.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub form: Option<Form>,
    pub name: String,
    pub page: String,
    pub seed: Option<String>,
    /// The page's address, when the page file carries it ([`page_url`]).
    pub url: Option<String>,
    pub title: Option<String>,
    pub summary: String,
    pub description: String,
    pub method: String,
    pub action: Option<String>,
    pub path: Option<String>,
    pub http_line: usize,
    pub rate_limit: Option<(u32, String, usize)>,
    pub request: Vec<DField>,
    pub response: Vec<DField>,
    pub types: Vec<DType>,
    pub errors: Vec<DError>,
    pub examples: Vec<DExample>,
    pub todo: Vec<(String, usize)>,
    /// Types the page links to on other pages: named, not defined in the draft.
    pub external: Vec<String>,
    /// Limits read from a field's description that fit no type of that field: the field's
    /// name and line, and the limit; placed on a field of its items once the examples have
    /// shaped them, else a `todo`.
    pub unplaced: Vec<(String, usize, text::Limit)>,
}

impl Draft {
    /// Records an open question about line `line` (0: the page as a whole).
    pub fn todo(&mut self, line: usize, what: impl Into<String>) {
        let what = what.into();
        if !self.todo.iter().any(|(w, l)| *w == what && *l == line) {
            self.todo.push((what, line));
        }
    }

    /// The operation's file name, `snake_case.yaml`.
    pub fn file_name(&self) -> Option<String> {
        let snake = naming::rust_name(&self.name, Case::Snake)?.ident;
        (naming::is_pascal_case(&self.name) && !snake.starts_with("r#"))
            .then(|| format!("{snake}.yaml"))
    }
}

/// Reads a page in either form into a draft. `page` names it (its file name) in `source`.
pub fn import(page: &str, text: &str) -> Result<Draft, String> {
    if text.len() as u64 > MAX_PAGE_BYTES {
        return Err(format!(
            "the page is larger than {} KiB",
            MAX_PAGE_BYTES / 1024
        ));
    }
    let (url, text) = match page_url(text) {
        Some((url, line)) => (Some(url), blank_line(text, line)),
        None => (None, text.to_owned()),
    };
    let text = text.as_str();
    let form = detect(text).ok_or(
        "not a page form the importer reads: neither Volcengine's Markdown (front matter, \
         `Action=` in the URL, `| 参数 |` tables), Tencent's rendered text (a `v4/…` URL) nor \
         RongCloud's (its hosts, or an `App-Key:` header in the request example)",
    )?;
    let mut draft = match form {
        Form::Volcengine => volcengine::read(text),
        Form::Tencent => tencent::read(text),
        Form::Rongcloud => rongcloud::read(text),
    };
    draft.form = Some(form);
    draft.page = page.to_owned();
    draft.url = url;
    if is_seed_name(page) {
        draft.seed = Some(page.to_owned());
    } else if draft.url.is_none() {
        draft.todo(
            0,
            format!("add the page's `url` to `source` (imported from `{page}`)"),
        );
    }
    if draft.name.is_empty() {
        return Err(match form {
            Form::Volcengine => "no operation name: the page has no `Action=` URL and no `Action` row",
            Form::Tencent => "no operation name: the page has no request URL with a `v4/<service>/<command>` path",
            Form::Rongcloud => "no operation name: the page has no request method line with a `/…/<action>.json` path",
        }
        .into());
    }
    if draft.file_name().is_none() {
        return Err(format!(
            "the operation name `{}` is not a PascalCase name",
            draft.name.escape_debug()
        ));
    }
    Ok(draft)
}

/// The address a page file carries, and its line (1-based): among the first 30 lines, a line
/// `url: https://…` (also `source:`, `source_url:`, `page:`, any case, in front matter or not,
/// optionally inside `<!-- … -->`), or a first non-empty line that is only an `http(s)://`
/// address (not a request URL: one naming a `v4/` command or an `Action`). A saved page does not show its address, so whoever saves it adds this line; the
/// importer reads the page as if the line were empty, so page lines keep their numbers.
pub fn page_url(text: &str) -> Option<(String, usize)> {
    // A page's own address, not a request URL the page shows (a copy may start with one):
    // Tencent's name a `v4/` command, Volcengine's an `Action`.
    let is_url = |v: &str| {
        (v.starts_with("https://") || v.starts_with("http://"))
            && v.len() > 8
            && !v.contains(char::is_whitespace)
            && !v.contains("/v4/")
            && !v.contains("Action=")
    };
    let mut first = true;
    for (i, line) in text.lines().take(30).enumerate() {
        let t = line.trim();
        let t = t
            .strip_prefix("<!--")
            .and_then(|r| r.strip_suffix("-->"))
            .unwrap_or(t)
            .trim();
        if t.is_empty() || t == "---" {
            continue;
        }
        if first && is_url(t) {
            return Some((t.to_owned(), i + 1));
        }
        first = false;
        if let Some((key, value)) = t.split_once(':') {
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            if ["url", "source", "source_url", "page"].contains(&key.as_str()) && is_url(value) {
                return Some((value.to_owned(), i + 1));
            }
        }
    }
    None
}

/// An address in a comparable form: no scheme, fragment, query or trailing `/`.
pub fn url_key(url: &str) -> String {
    let u = url.trim();
    let u = u.split(['#', '?']).next().unwrap_or(u);
    let u = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .unwrap_or(u);
    u.trim_end_matches('/').to_ascii_lowercase()
}

/// `text` with line `line` (1-based) emptied.
fn blank_line(text: &str, line: usize) -> String {
    text.split_inclusive('\n')
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == line {
                let end = l.len() - l.trim_end_matches(['\r', '\n']).len();
                &l[l.len() - end..]
            } else {
                l
            }
        })
        .collect()
}

/// Whether a page's file name is a seed's (`000_4379b6a4d8acc11d.txt`).
fn is_seed_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".txt") else {
        return false;
    };
    let mut parts = stem.splitn(2, '_');
    let (Some(n), Some(hash)) = (parts.next(), parts.next()) else {
        return false;
    };
    n.len() == 3
        && n.chars().all(|c| c.is_ascii_digit())
        && hash.len() == 16
        && hash.chars().all(|c| c.is_ascii_hexdigit())
}

/// PascalCase of a snake_case command (`modify_user_info` → `ModifyUserInfo`).
pub fn pascal(snake: &str) -> String {
    snake
        .split(['_', '-'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Reads a page file: a regular file of at most [`MAX_PAGE_BYTES`], UTF-8.
pub fn read_page(path: &Path) -> Result<String, String> {
    crate::spec::load::read_text_file(path, MAX_PAGE_BYTES, "a page")
}

/// Where a draft goes: `out/<snake_name>.yaml`. The name is made from the operation's
/// PascalCase name, so it cannot leave `out`.
pub fn target(out: &Path, draft: &Draft) -> Result<PathBuf, String> {
    let name = draft
        .file_name()
        .ok_or_else(|| format!("`{}` is not a PascalCase name", draft.name.escape_debug()))?;
    let path = out.join(&name);
    if path.parent() != Some(out) || name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(format!("{} is outside {}", path.display(), out.display()));
    }
    Ok(path)
}

/// Writes a draft's text to `path`: a new file, or with `force` over an existing regular file
/// (never through a symbolic link).
pub fn write(path: &Path, text: &str, force: bool) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            format!(
                "{} exists; the importer does not overwrite a spec file (`--force` does)",
                path.display()
            )
        } else {
            format!("cannot write {}: {e}", path.display())
        }
    })?;
    file.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests;
