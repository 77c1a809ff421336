//! Loading: spec folder → parsed files, each with an index from spec path to line and column.
//! A service folder holds its `service.yaml`, one file per operation, and in [`TYPES_DIR`] one
//! file per shared type.
//!
//! Spec files are input a person (or a pull request) wrote, so they are read with care: only
//! regular files and folders (no symbolic links, FIFOs or devices), at most
//! [`MAX_SPEC_FILE_BYTES`] each, nested at most [`MAX_NESTING`] levels, and without YAML
//! anchors, aliases or tags (which spec files never need, and which can multiply a small file
//! into a huge document).
//!
//! Each file is read in three passes. An event-level pass with yaml-rust2
//! ([`crate::spec::index`]) records where every node starts (so later stages can point at a
//! line for any spec path) and enforces the limits above. serde_yaml then parses it into a YAML value, which is checked against the JSON Schema
//! of the spec format ([`crate::spec::schema::check_value`]): every unknown key, missing key and
//! wrong type of the file is reported in one run, and each is recovered from so that the file
//! still reaches the semantic checks: unknown keys are dropped, missing or unusable values
//! replaced by stand-ins of their type (or, for optional keys, dropped). The checker then says
//! nothing at or under a replaced value ([`Parsed::repaired`]), so that a stand-in does not
//! produce problems of its own.

use std::fs;
use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::Diagnostic;
pub use crate::spec::index::{scan, IndexError, LocationIndex, YamlKind, MAX_NESTING, SPEC_FILES};
use crate::spec::path::{format_path, Segment};
use crate::spec::schema;
use crate::spec::{OperationFile, ServiceFile, TypeDef};

/// The file of a service folder that describes the service itself.
pub const SERVICE_FILE: &str = "service.yaml";

/// The folder of a service folder that holds its shared type files, one type per file
/// (`tencent-chat/types/msg_body.yaml` defines `MsgBody`).
pub const TYPES_DIR: &str = "types";

/// The largest spec file read. The biggest real one is a few kilobytes.
pub const MAX_SPEC_FILE_BYTES: u64 = 1 << 20;

/// A parsed spec file.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    /// The file relative to the spec folder (`tencent-chat/modify_user_info.yaml`).
    pub file: String,
    /// Where each spec path starts in the file.
    pub index: LocationIndex,
    /// The parsed content.
    pub value: T,
    /// The spec paths whose value was missing or unusable, reported as such, and replaced by a
    /// stand-in (or removed) so that the rest of the file could be checked
    /// ([`schema::Checked::repaired`]). The checker says nothing at or under them.
    pub repaired: Vec<String>,
}

impl<T> Parsed<T> {
    /// Whether `path` is, or lies under, a repaired path.
    pub fn is_repaired(&self, path: &str) -> bool {
        covers(&self.repaired, path)
    }
}

/// Whether `path` is one of `paths`, or lies under one (`a.b[2].c` lies under `a.b`).
pub fn covers(paths: &[String], path: &str) -> bool {
    paths.iter().any(|r| {
        path.strip_prefix(r.as_str()).is_some_and(|rest| {
            r.is_empty() || rest.is_empty() || rest.starts_with('.') || rest.starts_with('[')
        })
    })
}

impl<T> Parsed<T> {
    /// A diagnostic located at `path` in this file (or at its nearest located ancestor).
    pub fn diag(&self, path: &str, message: impl Into<String>) -> Diagnostic {
        locate(&self.file, &self.index, path, message)
    }
}

/// A diagnostic in `file` at spec path `path`, with the line and column `index` knows for it.
pub fn locate(
    file: &str,
    index: &LocationIndex,
    path: &str,
    message: impl Into<String>,
) -> Diagnostic {
    let mut d = Diagnostic::new(file, message);
    if let Some((line, column)) = index.locate(path) {
        d.line = Some(line);
        d.column = Some(column);
    }
    if !path.is_empty() {
        d.spec_path = Some(path.to_owned());
    }
    d
}

/// One service folder.
#[derive(Debug, Clone)]
pub struct LoadedService {
    /// The folder's name.
    pub dir: String,
    /// `service.yaml`.
    pub service: Parsed<ServiceFile>,
    /// The operation files that parsed, sorted by file name.
    pub operations: Vec<Parsed<OperationFile>>,
    /// The type files (`types/<snake_name>.yaml`, one type each) that parsed, sorted by file
    /// name.
    pub types: Vec<Parsed<TypeDef>>,
    /// Whether every operation file of the folder parsed. When one did not, its problems are
    /// reported and the checker does not report names the missing file may have defined.
    pub complete: bool,
}

/// Loads every service folder under `root`. Returns what parsed and every problem found; a
/// service whose `service.yaml` did not parse is left out (its problems are reported).
pub fn load(root: &Path) -> (Vec<LoadedService>, Vec<Diagnostic>) {
    let mut services = Vec::new();
    let mut diags = Vec::new();
    let entries = match sorted_entries(root, "", &mut diags) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::new(
                "",
                format!("cannot read the spec folder: {e}"),
            ));
            return (services, diags);
        }
    };
    for entry in entries {
        match entry.kind {
            Kind::Dir => {
                if let Some(service) = load_service(root, &entry.name, &mut diags) {
                    services.push(service);
                }
            }
            Kind::File if is_yaml_name(&entry.name) => diags.push(
                Diagnostic::new(entry.name, "spec files belong in a service folder")
                    .with_help("move the file into `<service>/` next to its `service.yaml`"),
            ),
            Kind::File => {}
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Dir,
    File,
}

struct Entry {
    name: String,
    kind: Kind,
}

/// The folders and regular files in `dir`, sorted by name; hidden entries are skipped. Symbolic
/// links and special files are reported (they could lead the generator to read anything on the
/// machine, or block it forever) and left out.
fn sorted_entries(
    dir: &Path,
    rel: &str,
    diags: &mut Vec<Diagnostic>,
) -> std::io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let shown = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if name.chars().any(char::is_control) {
            diags.push(Diagnostic::new(
                rel,
                "a file name holds control characters; it was skipped",
            ));
            continue;
        }
        // `file_type` does not follow symbolic links.
        let file_type = entry.file_type()?;
        let kind = if file_type.is_symlink() {
            diags.push(
                Diagnostic::new(shown, "is a symbolic link; it was not followed")
                    .with_help("spec folders and files must be real folders and files"),
            );
            continue;
        } else if file_type.is_dir() {
            Kind::Dir
        } else if file_type.is_file() {
            Kind::File
        } else {
            if is_yaml_name(&name) || rel.is_empty() {
                diags.push(Diagnostic::new(
                    shown,
                    "is not a regular file (a FIFO, socket or device); it was not read",
                ));
            }
            continue;
        };
        entries.push(Entry { name, kind });
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(entries)
}

fn load_service(root: &Path, dir: &str, diags: &mut Vec<Diagnostic>) -> Option<LoadedService> {
    let folder = root.join(dir);
    let entries = match sorted_entries(&folder, dir, diags) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::new(dir, format!("cannot read the folder: {e}")));
            return None;
        }
    };
    let mut service = None;
    let mut found_service_file = false;
    let mut complete = true;
    // Read the operation files first, then parse them on all cores: parsing (YAML, the schema
    // walk, the location index) is most of the loader's time on a large spec.
    let mut texts = Vec::new();
    let mut types = Vec::new();
    for entry in entries {
        let name = entry.name;
        let rel = format!("{dir}/{name}");
        if name == TYPES_DIR && entry.kind == Kind::Dir {
            complete &= load_type_files(&folder.join(&name), &rel, &mut types, diags);
            continue;
        }
        if name.ends_with(".yml") {
            diags.push(
                Diagnostic::new(rel, "spec files end in `.yaml`, not `.yml`")
                    .with_help(format!("rename it to `{}`", name.replace(".yml", ".yaml"))),
            );
            complete = false;
            continue;
        }
        if !name.ends_with(".yaml") || entry.kind != Kind::File {
            continue;
        }
        let text = match read_spec_file(&folder.join(&name)) {
            Ok(text) => text,
            Err(e) => {
                diags.push(Diagnostic::new(rel, e));
                complete = false;
                continue;
            }
        };
        if name == SERVICE_FILE {
            found_service_file = true;
            service = parse::<ServiceFile>(&rel, &text, schema::Kind::Service, diags);
        } else {
            texts.push((rel, text));
        }
    }
    let mut operations = Vec::new();
    for (parsed, found) in parse_all(&texts) {
        diags.extend(found);
        match parsed {
            Some(op) => {
                complete &= !op.repaired.iter().any(|p| names_types(p));
                operations.push(op);
            }
            None => complete = false,
        }
    }
    if let Some(service) = &service {
        complete &= !service.repaired.iter().any(|p| names_types(p));
    }
    // A type file's name is the whole file's subject: a stand-in there hides the type.
    complete &= !types
        .iter()
        .any(|t: &Parsed<TypeDef>| t.repaired.iter().any(|p| p.is_empty() || p == "name"));
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
        types,
        complete,
    })
}

/// Reads the type files of a service's `types/` folder (`rel` is the folder relative to the
/// spec folder) into `out`; returns whether every one of them parsed. Files that are not YAML
/// and folders are left alone, as in the service folder.
fn load_type_files(
    folder: &Path,
    rel: &str,
    out: &mut Vec<Parsed<TypeDef>>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let entries = match sorted_entries(folder, rel, diags) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic::new(rel, format!("cannot read the folder: {e}")));
            return false;
        }
    };
    let mut complete = true;
    for entry in entries {
        let file = format!("{rel}/{}", entry.name);
        if entry.kind != Kind::File {
            continue;
        }
        if entry.name.ends_with(".yml") {
            diags.push(
                Diagnostic::new(file, "spec files end in `.yaml`, not `.yml`").with_help(format!(
                    "rename it to `{}`",
                    entry.name.replace(".yml", ".yaml")
                )),
            );
            complete = false;
            continue;
        }
        if !entry.name.ends_with(".yaml") {
            continue;
        }
        match read_spec_file(&folder.join(&entry.name)) {
            Ok(text) => match parse::<TypeDef>(&file, &text, schema::Kind::Type, diags) {
                Some(parsed) => out.push(parsed),
                None => complete = false,
            },
            Err(e) => {
                diags.push(Diagnostic::new(file, e));
                complete = false;
            }
        }
    }
    complete
}

/// Whether a value at `path` of a spec file names types the service's other files may use (a
/// type's name, the type list, an operation's name): when one was replaced after a structural
/// problem, a name used elsewhere may be missing for no fault of the file that uses it.
fn names_types(path: &str) -> bool {
    if path == "name" || path == "types" {
        return true;
    }
    let Some(rest) = path.strip_prefix("types[") else {
        return false;
    };
    match rest.split_once(']') {
        Some((index, tail)) => {
            index.bytes().all(|b| b.is_ascii_digit()) && (tail.is_empty() || tail == ".name")
        }
        None => false,
    }
}

/// Parses operation files on all cores, in order: each file's result and its diagnostics.
fn parse_all(texts: &[(String, String)]) -> Vec<(Option<Parsed<OperationFile>>, Vec<Diagnostic>)> {
    let one = |(rel, text): &(String, String)| {
        let mut found = Vec::new();
        let parsed = parse::<OperationFile>(rel, text, schema::Kind::Operation, &mut found);
        (parsed, found)
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(texts.len().div_ceil(16).max(1));
    if workers <= 1 {
        return texts.iter().map(one).collect();
    }
    let chunk = texts.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                // A parsing thread that panicked is a bug; report it as a diagnostic.
                h.join().unwrap_or_else(|_| {
                    vec![(
                        None,
                        vec![Diagnostic::new(
                            "",
                            "internal error: a parsing thread panicked",
                        )],
                    )]
                })
            })
            .collect()
    })
}

/// Reads a spec file as UTF-8 text: a regular file (not a link to one), at most
/// [`MAX_SPEC_FILE_BYTES`] long. On Unix the file is opened without following a link and
/// without blocking, so a file swapped for a link or a FIFO after it was listed is refused too.
pub fn read_spec_file(path: &Path) -> Result<String, String> {
    read_text_file(path, MAX_SPEC_FILE_BYTES, "a spec file")
}

/// Reads a file someone else wrote as UTF-8 text: a regular file (not a link to one, nor a
/// FIFO or device), at most `max_bytes` long; `what` names the kind of file in the message
/// on a file too large. The last component of `path` is opened without following a link and
/// without blocking; the caller checks the folders above it.
pub fn read_text_file(path: &Path, max_bytes: u64, what: &str) -> Result<String, String> {
    let too_large = || {
        format!(
            "the file is larger than {} KiB, the limit for {what}",
            max_bytes / 1024
        )
    };
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| match e.raw_os_error() {
        #[cfg(unix)]
        Some(libc::ELOOP) => "is a symbolic link; it was not followed".to_owned(),
        _ => format!("cannot read the file: {e}"),
    })?;
    let metadata = file
        .metadata()
        .map_err(|e| format!("cannot read the file: {e}"))?;
    if !metadata.is_file() {
        return Err("is not a regular file; it was not read".into());
    }
    if metadata.len() > max_bytes {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the file: {e}"))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "the file is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Parses one file: every structural problem is reported (unknown keys, missing keys, wrong
/// types, control characters in one-line text) and recovered from: unknown keys are dropped,
/// missing or unusable values replaced by stand-ins ([`schema::check_value`]), and the file is
/// deserialized so that the checker still sees the rest of it. Only a file that is not a
/// mapping, or a service whose `protocol` is unusable, yields `None`.
pub fn parse<T: DeserializeOwned>(
    file: &str,
    text: &str,
    kind: schema::Kind,
    diags: &mut Vec<Diagnostic>,
) -> Option<Parsed<T>> {
    let index = match LocationIndex::build(text) {
        Ok(index) => index,
        Err(problem) => {
            let mut d = Diagnostic::new(file, problem.message);
            d.line = Some(problem.line);
            d.column = Some(problem.column);
            if let Some(help) = problem.help {
                d = d.with_help(help);
            }
            diags.push(d);
            return None;
        }
    };
    let mut value: serde_yaml::Value = match serde_yaml::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            let mut d = Diagnostic::new(file, format!("invalid YAML: {}", strip_location(&e)));
            if let Some(location) = e.location() {
                d.line = Some(location.line());
                d.column = Some(location.column());
            }
            diags.push(d);
            return None;
        }
    };
    let checked = schema::check_value(kind, &mut value);
    // The file as a whole is unusable (not a mapping), or the protocol of a service is: every
    // check of the service's operations depends on it, and a stand-in would mislead them.
    let unusable = checked.replaced(&[])
        || (kind == schema::Kind::Service && checked.replaced(&[Segment::Key("protocol".into())]));
    for p in checked.problems {
        let mut d = locate(file, &index, &format_path(&p.path), p.message);
        if let Some(help) = p.help {
            d = d.with_help(help);
        }
        diags.push(d);
    }
    if unusable {
        return None;
    }
    match serde_yaml::from_value::<T>(value) {
        Ok(value) => Some(Parsed {
            file: file.to_owned(),
            index,
            value,
            repaired: checked.repaired.iter().map(|p| format_path(p)).collect(),
        }),
        Err(e) => {
            // The schema check should have caught whatever serde refuses; say so plainly.
            diags.push(Diagnostic::new(
                file,
                format!(
                    "the file does not fit the spec format: {}",
                    strip_location(&e)
                ),
            ));
            None
        }
    }
}

/// serde_yaml's message without the " at line L column C" it appends (kept as numbers).
fn strip_location(e: &serde_yaml::Error) -> String {
    let mut message = e.to_string();
    if let Some(at) = message.rfind(" at line ") {
        message.truncate(at);
    }
    message
}
