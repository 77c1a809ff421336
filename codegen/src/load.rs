//! Loading: spec folder → parsed files, each with an index from spec path to line and column.
//!
//! serde_yaml parses the typed model; a second, event-level pass with yaml-rust2 records where
//! every node starts, so that later stages can point at a line for any spec path. Unknown keys
//! are collected with serde_ignored instead of stopping at the first, so one run reports every
//! typo in a file.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::diag::Diagnostic;
use crate::schema;
use crate::spec::{OperationFile, ServiceFile};

/// The file of a service folder that describes the service itself.
pub const SERVICE_FILE: &str = "service.yaml";

/// A parsed spec file.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    /// The file relative to the spec folder (`tencent-chat/modify_user_info.yaml`).
    pub file: String,
    /// Where each spec path starts in the file.
    pub index: LocationIndex,
    /// The parsed content.
    pub value: T,
}

impl<T> Parsed<T> {
    /// A diagnostic located at `path` in this file (or at its nearest located ancestor).
    pub fn diag(&self, path: &str, message: impl Into<String>) -> Diagnostic {
        let mut d = Diagnostic::new(self.file.clone(), message);
        if let Some((line, column)) = self.index.locate(path) {
            d.line = Some(line);
            d.column = Some(column);
        }
        if !path.is_empty() {
            d.spec_path = Some(path.to_owned());
        }
        d
    }
}

/// One service folder.
#[derive(Debug, Clone)]
pub struct LoadedService {
    /// The folder's name.
    pub dir: String,
    /// `service.yaml`.
    pub service: Parsed<ServiceFile>,
    /// The operation files, sorted by file name.
    pub operations: Vec<Parsed<OperationFile>>,
}

/// Loads every service folder under `root`. Returns what parsed and every problem found; a
/// service whose `service.yaml` did not parse is left out (its problems are reported).
pub fn load(root: &Path) -> (Vec<LoadedService>, Vec<Diagnostic>) {
    let mut services = Vec::new();
    let mut diags = Vec::new();
    let entries = match sorted_entries(root) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::new(
                "",
                format!("cannot read the spec folder: {e}"),
            ));
            return (services, diags);
        }
    };
    for (name, path) in entries {
        if path.is_dir() {
            if let Some(service) = load_service(root, &name, &mut diags) {
                services.push(service);
            }
        } else if is_yaml_name(&name) {
            diags.push(
                Diagnostic::new(name, "spec files belong in a service folder")
                    .with_help("move the file into `<service>/` next to its `service.yaml`"),
            );
        }
    }
    if services.is_empty() && diags.is_empty() {
        diags.push(
            Diagnostic::new("", "the spec folder holds no service folder").with_help(
                "a service is a folder with a `service.yaml` and one file per operation",
            ),
        );
    }
    (services, diags)
}

fn is_yaml_name(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<(String, std::path::PathBuf)>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        entries.push((name, entry.path()));
    }
    entries.sort();
    Ok(entries)
}

fn load_service(root: &Path, dir: &str, diags: &mut Vec<Diagnostic>) -> Option<LoadedService> {
    let folder = root.join(dir);
    let entries = match sorted_entries(&folder) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::new(dir, format!("cannot read the folder: {e}")));
            return None;
        }
    };
    let mut service = None;
    let mut operations = Vec::new();
    let mut found_service_file = false;
    for (name, path) in entries {
        let rel = format!("{dir}/{name}");
        if name.ends_with(".yml") {
            diags.push(
                Diagnostic::new(rel, "spec files end in `.yaml`, not `.yml`")
                    .with_help(format!("rename it to `{}`", name.replace(".yml", ".yaml"))),
            );
            continue;
        }
        if !name.ends_with(".yaml") || path.is_dir() {
            continue;
        }
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                diags.push(Diagnostic::new(rel, format!("cannot read the file: {e}")));
                continue;
            }
        };
        if name == SERVICE_FILE {
            found_service_file = true;
            service = parse::<ServiceFile>(&rel, &text, schema::Kind::Service, diags);
        } else if let Some(op) = parse::<OperationFile>(&rel, &text, schema::Kind::Operation, diags)
        {
            operations.push(op);
        }
    }
    if !found_service_file {
        diags.push(
            Diagnostic::new(dir, format!("the service folder has no `{SERVICE_FILE}`")).with_help(
                "every service folder needs a service.yaml (protocol, endpoints, envelope)",
            ),
        );
    }
    Some(LoadedService {
        dir: dir.to_owned(),
        service: service?,
        operations,
    })
}

/// Parses one file. Every unknown key is reported; a file that does not fit the model is
/// reported at the first place it fails (serde stops there) and yields `None`.
pub fn parse<T: DeserializeOwned>(
    file: &str,
    text: &str,
    kind: schema::Kind,
    diags: &mut Vec<Diagnostic>,
) -> Option<Parsed<T>> {
    let index = match LocationIndex::build(text) {
        Ok(index) => index,
        Err(e) => {
            let mark = e.marker();
            let mut d = Diagnostic::new(file, format!("invalid YAML: {}", e.info()));
            d.line = Some(mark.line());
            d.column = Some(mark.col() + 1);
            diags.push(d);
            return None;
        }
    };
    let located = Parsed {
        file: file.to_owned(),
        index,
        value: (),
    };
    let mut unknown = Vec::new();
    let de = serde_yaml::Deserializer::from_str(text);
    let result: Result<T, _> = serde_ignored::deserialize(de, |path| {
        unknown.push(ignored_path(&path));
    });
    for segments in &unknown {
        diags.push(unknown_key(&located, kind, segments));
    }
    match result {
        Ok(value) if unknown.is_empty() => Some(Parsed {
            file: located.file,
            index: located.index,
            value,
        }),
        Ok(_) => None,
        Err(e) => {
            diags.push(serde_error(&located, &e));
            None
        }
    }
}

fn unknown_key(located: &Parsed<()>, kind: schema::Kind, segments: &[Segment]) -> Diagnostic {
    let path = format_path(segments);
    let key = match segments.last() {
        Some(Segment::Key(key)) => key.clone(),
        _ => path.clone(),
    };
    let d = located.diag(&path, format!("unknown key `{key}`"));
    let parent = &segments[..segments.len().saturating_sub(1)];
    let expected = schema::expected_keys(kind, parent);
    if expected.is_empty() {
        return d;
    }
    let list = expected.join(", ");
    match crate::naming::suggest(&key, expected.iter().map(String::as_str)) {
        Some(near) => d.with_help(format!("did you mean `{near}`? expected one of: {list}")),
        None => d.with_help(format!("expected one of: {list}")),
    }
}

/// Turns a serde_yaml error into a diagnostic: its location, and its path when it names one.
fn serde_error<T>(parsed: &Parsed<T>, e: &serde_yaml::Error) -> Diagnostic {
    let mut message = e.to_string();
    // serde_yaml appends " at line L column C" and prefixes "path: ". Keep them as data.
    if let Some(at) = message.rfind(" at line ") {
        message.truncate(at);
    }
    let mut spec_path = None;
    if let Some((path, rest)) = message.split_once(": ") {
        if !path.contains(' ') && !path.is_empty() {
            spec_path = Some(path.to_owned());
            message = rest.to_owned();
        }
    }
    let mut d = Diagnostic::new(parsed.file.clone(), message);
    if let Some(location) = e.location() {
        d.line = Some(location.line());
        d.column = Some(location.column());
    } else if let Some((line, column)) = spec_path.as_deref().and_then(|p| parsed.index.locate(p)) {
        d.line = Some(line);
        d.column = Some(column);
    }
    d.spec_path = spec_path;
    d
}

/// One step of a spec path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// Formats segments as a spec path: `request.fields[2].type`.
pub fn format_path(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn ignored_path(path: &serde_ignored::Path<'_>) -> Vec<Segment> {
    use serde_ignored::Path as P;
    match path {
        P::Root => Vec::new(),
        P::Seq { parent, index } => {
            let mut v = ignored_path(parent);
            v.push(Segment::Index(*index));
            v
        }
        P::Map { parent, key } => {
            let mut v = ignored_path(parent);
            v.push(Segment::Key(key.clone()));
            v
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            ignored_path(parent)
        }
    }
}

/// Where each node of a YAML document starts, by spec path. A mapping value is located at its
/// key, which is where a person looks.
#[derive(Debug, Clone, Default)]
pub struct LocationIndex {
    starts: HashMap<String, (usize, usize)>,
}

impl LocationIndex {
    /// Indexes `text`; fails with the scanner's error on malformed YAML.
    pub fn build(text: &str) -> Result<Self, yaml_rust2::ScanError> {
        let mut builder = IndexBuilder::default();
        Parser::new_from_str(text).load(&mut builder, false)?;
        Ok(LocationIndex {
            starts: builder.starts,
        })
    }

    /// The 1-based line and column of `path`, or of its nearest indexed ancestor.
    pub fn locate(&self, path: &str) -> Option<(usize, usize)> {
        let mut path = path;
        loop {
            if let Some(found) = self.starts.get(path) {
                return Some(*found);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

#[derive(Default)]
struct IndexBuilder {
    starts: HashMap<String, (usize, usize)>,
    stack: Vec<Frame>,
}

enum Frame {
    Mapping {
        path: Vec<Segment>,
        key: Option<String>,
        /// A mapping that is a list item is located at its first key (the scanner marks a block
        /// mapping at its first value).
        locate_at_first_key: bool,
    },
    Sequence {
        path: Vec<Segment>,
        next: usize,
    },
}

impl IndexBuilder {
    /// Handles the start of a node (scalar, alias, or container); returns the node's path if it
    /// is a value (not a key).
    fn node(&mut self, scalar: Option<&str>, mark: Marker) -> Option<Vec<Segment>> {
        let position = (mark.line(), mark.col() + 1);
        match self.stack.last_mut() {
            None => Some(Vec::new()),
            Some(Frame::Mapping {
                path,
                key,
                locate_at_first_key,
            }) => match key.take() {
                None => {
                    if std::mem::take(locate_at_first_key) {
                        self.starts.insert(format_path(path), position);
                    }
                    let name = scalar.unwrap_or("?").to_owned();
                    let mut child = path.clone();
                    child.push(Segment::Key(name.clone()));
                    self.starts.entry(format_path(&child)).or_insert(position);
                    *key = Some(name);
                    None
                }
                Some(name) => {
                    let mut child = path.clone();
                    child.push(Segment::Key(name));
                    Some(child)
                }
            },
            Some(Frame::Sequence { path, next }) => {
                let mut child = path.clone();
                child.push(Segment::Index(*next));
                *next += 1;
                self.starts.entry(format_path(&child)).or_insert(position);
                Some(child)
            }
        }
    }
}

impl MarkedEventReceiver for IndexBuilder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(value, ..) => {
                self.node(Some(&value), mark);
            }
            Event::Alias(_) => {
                self.node(None, mark);
            }
            Event::MappingStart(..) => {
                let in_list = matches!(self.stack.last(), Some(Frame::Sequence { .. }));
                // A mapping used as a key has no spec path; index it under "?".
                let path = self
                    .node(None, mark)
                    .unwrap_or_else(|| vec![Segment::Key("?".into())]);
                self.stack.push(Frame::Mapping {
                    path,
                    key: None,
                    locate_at_first_key: in_list,
                });
            }
            Event::SequenceStart(..) => {
                let path = self
                    .node(None, mark)
                    .unwrap_or_else(|| vec![Segment::Key("?".into())]);
                self.stack.push(Frame::Sequence { path, next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_locates_keys_and_items() {
        let text = "name: A\nrequest:\n  fields:\n    - name: X\n      type: i32\n    - name: Y\n      tpye: i64\n";
        let index = LocationIndex::build(text).unwrap();
        assert_eq!(index.locate("name"), Some((1, 1)));
        assert_eq!(index.locate("request.fields"), Some((3, 3)));
        assert_eq!(index.locate("request.fields[0]"), Some((4, 7)));
        assert_eq!(index.locate("request.fields[0].type"), Some((5, 7)));
        assert_eq!(index.locate("request.fields[1].tpye"), Some((7, 7)));
        // Unindexed paths fall back to the nearest ancestor.
        assert_eq!(index.locate("request.fields[1].type.inner"), Some((6, 7)));
        assert_eq!(index.locate("request.fields[1].type"), Some((6, 7)));
    }

    #[test]
    fn paths_format_like_the_docs() {
        let p = [
            Segment::Key("request".into()),
            Segment::Key("fields".into()),
            Segment::Index(2),
            Segment::Key("type".into()),
        ];
        assert_eq!(format_path(&p), "request.fields[2].type");
    }
}
