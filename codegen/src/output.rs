//! Writing and comparing outputs.
//!
//! `generate` renders everything in memory, then replaces the output folder in one rename (a
//! new tree is staged beside it under an unpredictable name), so a failed run leaves the old
//! tree intact, leaves nothing behind, and files that no longer belong disappear. `check`
//! compares the same in-memory tree with the disk and explains every difference as a unified
//! diff.
//!
//! The output folder is replaced as a whole, so `generate` must not be pointed at a folder of
//! someone else's: it replaces a folder only when it is empty or holds the [`MARKER`] file that
//! a previous run wrote (or when forced). Nothing is read through a symbolic link, and a
//! rendered path that would leave the output folder is refused.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

use crate::emit::header::GENERATE_COMMAND;
use crate::error::Error;

/// Everything the generator writes: the crate's files (with the template outputs for other
/// languages) and the spec schemas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outputs {
    /// The generated crate, by path relative to its root.
    pub crate_files: BTreeMap<String, String>,
    /// The JSON Schemas, by file name inside the spec folder.
    pub schemas: BTreeMap<String, String>,
    /// What the user should know of the run, beside the files (a set's formatter that is not
    /// installed, or not run).
    pub notes: Vec<String>,
}

/// The file that marks a folder as written by the generator, so that `generate` may replace it.
pub const MARKER: &str = ".generated-by-codegen";

/// The cache file, in the output folder: the record of the last run that [`crate::cache`]
/// keeps there (git ignores it). It is no output, so a comparison passes over it.
pub const CACHE: &str = ".codegen-cache";

/// The marker's text.
pub fn marker_text() -> String {
    format!(
        "This folder is written by `{GENERATE_COMMAND}`.\nEverything in it is replaced on every run; change the spec instead.\n"
    )
}

/// The largest file read back from the output folder for a comparison; a larger one is a
/// difference without a diff.
const MAX_COMPARED_BYTES: u64 = 8 << 20;

/// A difference between what the generator renders and what is on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The file, as the user would name it (`generated/src/lib.rs`).
    pub path: String,
    /// A unified diff from the disk to the rendered text (or a one-line note).
    pub diff: String,
    /// The file is on disk but not rendered: writing removes it.
    pub removed: bool,
}

/// How `write` treats an output folder it did not write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// Replace the output folder even when it holds files and no [`MARKER`].
    pub force: bool,
}

/// What a path in the output folder is, without following links.
#[derive(Debug, Clone, PartialEq, Eq)]
enum OnDisk {
    Text(String),
    /// Something that is not a readable regular file; says what.
    Other(&'static str),
}

/// Every file the output folder should hold: the rendered crate (and template outputs) and the
/// marker.
fn rendered_tree(outputs: &Outputs) -> BTreeMap<String, String> {
    let mut tree = outputs.crate_files.clone();
    tree.insert(MARKER.to_owned(), marker_text());
    tree
}

/// Compares the rendered outputs with `out_dir` and the schemas in `spec_dir`.
pub fn compare(outputs: &Outputs, spec_dir: &Path, out_dir: &Path) -> Result<Vec<Drift>, Error> {
    check_paths(outputs)?;
    let mut drift = compare_tree(&rendered_tree(outputs), out_dir)?;
    for (name, text) in &outputs.schemas {
        let path = spec_dir.join(name);
        let on_disk = read_one(&path)?;
        if let Some(d) = file_drift(&display(&path), on_disk.as_ref(), Some(text)) {
            drift.push(d);
        }
    }
    Ok(drift)
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Reads one path without following a link: `None` when absent.
fn read_one(path: &Path) -> Result<Option<OnDisk>, Error> {
    let io_error = |e: io::Error| Error::Io(format!("cannot read {}: {e}", path.display()));
    let metadata = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error(e)),
    };
    let kind = metadata.file_type();
    if kind.is_symlink() {
        return Ok(Some(OnDisk::Other("a symbolic link")));
    }
    if kind.is_dir() {
        return Ok(Some(OnDisk::Other("a folder")));
    }
    if !kind.is_file() {
        return Ok(Some(OnDisk::Other("not a regular file")));
    }
    if metadata.len() > MAX_COMPARED_BYTES {
        return Ok(Some(OnDisk::Other("a file too large to compare")));
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_COMPARED_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    Ok(Some(OnDisk::Text(
        String::from_utf8_lossy(&bytes).into_owned(),
    )))
}

/// Every entry under `dir`, by relative path with `/` separators; links are not followed.
fn scan_tree(dir: &Path) -> Result<BTreeMap<String, OnDisk>, Error> {
    let mut out = BTreeMap::new();
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::Io(format!("cannot read {}: {e}", dir.display()))),
        Ok(m) if !m.is_dir() => {
            return Err(Error::Io(format!(
                "{} is not a folder (a symbolic link or a file)",
                dir.display()
            )))
        }
        Ok(_) => {}
    }
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let here = dir.join(&rel);
        let entries = fs::read_dir(&here)
            .map_err(|e| Error::Io(format!("cannot read {}: {e}", here.display())))?;
        for entry in entries {
            let entry =
                entry.map_err(|e| Error::Io(format!("cannot read {}: {e}", here.display())))?;
            // The shortcut's record is not an output (`cache`); git ignores it.
            if rel.as_os_str().is_empty() && entry.file_name() == CACHE {
                continue;
            }
            let child = rel.join(entry.file_name());
            let kind = entry
                .file_type()
                .map_err(|e| Error::Io(format!("cannot read {}: {e}", here.display())))?;
            if kind.is_dir() {
                stack.push(child);
            } else if let Some(found) = read_one(&entry.path())? {
                out.insert(display(&child), found);
            }
        }
    }
    Ok(out)
}

/// Every regular file under `dir`, by relative path with `/` separators (links and special
/// files are left out).
pub fn read_tree(dir: &Path) -> Result<BTreeMap<String, String>, Error> {
    Ok(scan_tree(dir)?
        .into_iter()
        .filter_map(|(path, found)| match found {
            OnDisk::Text(text) => Some((path, text)),
            OnDisk::Other(_) => None,
        })
        .collect())
}

fn compare_tree(rendered: &BTreeMap<String, String>, dir: &Path) -> Result<Vec<Drift>, Error> {
    let on_disk = scan_tree(dir)?;
    let mut drift = Vec::new();
    let names: BTreeSet<&String> = rendered.keys().chain(on_disk.keys()).collect();
    for name in names {
        let path = display(&dir.join(name));
        if let Some(d) = file_drift(
            &path,
            on_disk.get(name),
            rendered.get(name).map(String::as_str),
        ) {
            drift.push(d);
        }
    }
    Ok(drift)
}

fn file_drift(path: &str, on_disk: Option<&OnDisk>, rendered: Option<&str>) -> Option<Drift> {
    let diff = match (on_disk, rendered) {
        (Some(OnDisk::Text(old)), Some(new)) if old == new => return None,
        (Some(OnDisk::Text(old)), Some(new)) => similar::TextDiff::from_lines(old.as_str(), new)
            .unified_diff()
            .context_radius(3)
            .header(&format!("{path} (on disk)"), &format!("{path} (generated)"))
            .to_string(),
        (Some(OnDisk::Other(what)), Some(_)) => {
            format!("{path}: is {what} (the generator would write a file there)\n")
        }
        (None, Some(_)) => format!("{path}: missing (the generator would create it)\n"),
        (Some(_), None) => format!("{path}: not produced by the generator (it would be removed)\n"),
        (None, None) => return None,
    };
    Some(Drift {
        path: path.to_owned(),
        diff,
        removed: rendered.is_none(),
    })
}

/// Refuses rendered paths that are empty, absolute, or step out of their folder (`..`): a
/// template set or a spec name must never make the generator write elsewhere.
fn check_paths(outputs: &Outputs) -> Result<(), Error> {
    let crate_paths = outputs.crate_files.keys();
    let schema_paths = outputs.schemas.keys();
    for rel in crate_paths.chain(schema_paths) {
        let plain = !rel.is_empty()
            && !rel.contains('\\')
            && rel
                .split('/')
                .all(|part| !part.is_empty() && part != "." && part != "..")
            && Path::new(rel)
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
        if !plain || rel == MARKER {
            return Err(Error::Internal(format!(
                "refusing to write the output path `{}`: it is not a plain relative path inside the output folder",
                crate::diag::shorten_quoted(rel)
            )));
        }
    }
    Ok(())
}

/// Writes the outputs: the crate folder is replaced as a whole, each schema file atomically.
/// Returns the number of files that differed (changed, added or removed). A non-empty output folder without the [`MARKER`]
/// is refused.
pub fn write(outputs: &Outputs, spec_dir: &Path, out_dir: &Path) -> Result<usize, Error> {
    write_with(outputs, spec_dir, out_dir, WriteOptions::default()).map(|drift| drift.len())
}

/// [`write()`] with options; returns what differed (and was then written or removed).
pub fn write_with(
    outputs: &Outputs,
    spec_dir: &Path,
    out_dir: &Path,
    options: WriteOptions,
) -> Result<Vec<Drift>, Error> {
    check_paths(outputs)?;
    check_replaceable(out_dir, options)?;
    let drift = compare(outputs, spec_dir, out_dir)?;
    if drift.is_empty() {
        return Ok(drift);
    }
    let crate_changed = drift
        .iter()
        .any(|d| Path::new(&d.path).starts_with(out_dir));
    if crate_changed {
        replace_tree(&rendered_tree(outputs), out_dir)
            .map_err(|e| Error::Io(format!("cannot write {}: {e}", out_dir.display())))?;
    }
    for (name, text) in &outputs.schemas {
        let path = spec_dir.join(name);
        if read_one(&path)? != Some(OnDisk::Text(text.clone())) {
            write_file_atomic(&path, text)
                .map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
        }
    }
    Ok(drift)
}

/// Whether `out_dir` may be replaced: absent, empty, marked as the generator's, or forced.
fn check_replaceable(out_dir: &Path, options: WriteOptions) -> Result<(), Error> {
    let shown = out_dir.display();
    let metadata = match fs::symlink_metadata(out_dir) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::Io(format!("cannot read {shown}: {e}"))),
    };
    if metadata.file_type().is_symlink() {
        return Err(Error::Usage(format!(
            "{shown} is a symbolic link; point --out at the folder itself"
        )));
    }
    if !metadata.is_dir() {
        return Err(Error::Usage(format!("{shown} exists and is not a folder")));
    }
    let marked = fs::symlink_metadata(out_dir.join(MARKER)).is_ok_and(|m| m.is_file());
    let empty = fs::read_dir(out_dir)
        .map_err(|e| Error::Io(format!("cannot read {shown}: {e}")))?
        .next()
        .is_none();
    if marked || empty || options.force {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "refusing to replace {shown}: it holds files that codegen did not write (there is no \
         `{MARKER}` in it), and generating replaces the whole folder. Choose another --out, \
         or pass --force to replace it anyway."
    )))
}

/// Stages the whole tree beside `dir` in a fresh folder with an unpredictable name, then swaps
/// it in with two renames. Every error path removes what it made.
fn replace_tree(files: &BTreeMap<String, String>, dir: &Path) -> io::Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.codegen-staging-"))
        .tempdir_in(&parent)?;
    for (rel, text) in files {
        let path = staging.path().join(rel);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        file.write_all(text.as_bytes())?;
    }
    if fs::symlink_metadata(dir).is_err() {
        fs::rename(staging.path(), dir)?;
        let _ = staging.keep();
        return Ok(());
    }
    // An empty folder to move the old tree into; removed, old tree and all, when dropped.
    let old = tempfile::Builder::new()
        .prefix(&format!(".{name}.codegen-old-"))
        .tempdir_in(&parent)?;
    fs::rename(dir, old.path())?;
    if let Err(e) = fs::rename(staging.path(), dir) {
        // Put the old tree back; the staging folder goes when `staging` drops.
        let _ = fs::rename(old.path(), dir);
        let _ = old.keep();
        return Err(e);
    }
    let _ = staging.keep();
    Ok(())
}

/// Writes a file through a temporary sibling (created exclusively, with an unpredictable
/// name) and a rename, which replaces a link at `path` rather than writing through it.
fn write_file_atomic(path: &Path, text: &str) -> io::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".codegen-write-")
        .tempfile_in(parent)?;
    tmp.write_all(text.as_bytes())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outputs(files: &[(&str, &str)]) -> Outputs {
        Outputs {
            notes: Vec::new(),
            crate_files: files
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            schemas: BTreeMap::new(),
        }
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_folder_codegen_did_not_write_is_not_replaced() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("mine");
        fs::create_dir_all(out.join(".git")).unwrap();
        fs::write(out.join("notes.txt"), "keep me").unwrap();
        let spec = root.path().join("spec");
        fs::create_dir(&spec).unwrap();
        let o = outputs(&[("src/lib.rs", "// x\n")]);
        let e = write(&o, &spec, &out).unwrap_err();
        assert!(
            matches!(&e, Error::Usage(m) if m.contains("--force")),
            "{e}"
        );
        assert_eq!(
            fs::read_to_string(out.join("notes.txt")).unwrap(),
            "keep me"
        );
        assert!(out.join(".git").is_dir());

        // Forced, it is replaced; from then on it carries the marker and needs no force.
        write_with(&o, &spec, &out, WriteOptions { force: true }).unwrap();
        assert_eq!(entries(&out), [MARKER, "src"]);
        let o2 = outputs(&[("src/lib.rs", "// y\n")]);
        assert_eq!(write(&o2, &spec, &out).unwrap(), 1);
        assert_eq!(
            entries(root.path()),
            ["mine", "spec"],
            "nothing left beside it"
        );
    }

    #[test]
    fn failed_runs_leave_nothing_behind_and_the_old_tree_intact() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("generated");
        let spec = root.path().join("spec");
        fs::create_dir(&spec).unwrap();
        write(&outputs(&[("a.txt", "old\n")]), &spec, &out).unwrap();
        // `x` as a file and as a folder: staging fails half-way.
        let clash = outputs(&[("x", "file\n"), ("x/y", "under a file\n")]);
        assert!(matches!(write(&clash, &spec, &out), Err(Error::Io(_))));
        assert_eq!(entries(root.path()), ["generated", "spec"]);
        assert_eq!(fs::read_to_string(out.join("a.txt")).unwrap(), "old\n");
    }

    #[test]
    fn paths_outside_the_output_folder_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let spec = root.path().join("spec");
        fs::create_dir(&spec).unwrap();
        for bad in [
            "../escape.rs",
            "/etc/passwd",
            "a/../../b",
            "",
            "a//b",
            MARKER,
        ] {
            let o = outputs(&[(bad, "x")]);
            let e = write(&o, &spec, &root.path().join("out")).unwrap_err();
            assert!(matches!(e, Error::Internal(_)), "{bad}: {e}");
        }
        assert_eq!(entries(root.path()), ["spec"]);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_neither_followed_when_reading_nor_written_through() {
        let root = tempfile::tempdir().unwrap();
        let secret = root.path().join("secret.txt");
        fs::write(&secret, "do not print").unwrap();
        let out = root.path().join("generated");
        let spec = root.path().join("spec");
        fs::create_dir(&spec).unwrap();
        let o = outputs(&[("lib.rs", "x\n")]);
        write(&o, &spec, &out).unwrap();
        std::os::unix::fs::symlink(&secret, out.join("lib.rs.link")).unwrap();
        std::os::unix::fs::symlink(&secret, spec.join("service.schema.json")).unwrap();
        let mut o = o;
        o.schemas
            .insert("service.schema.json".into(), "{}\n".into());
        let drift = compare(&o, &spec, &out).unwrap();
        let text: String = drift.iter().map(|d| d.diff.as_str()).collect();
        assert!(!text.contains("do not print"), "{text}");
        assert!(text.contains("a symbolic link"), "{text}");
        write(&o, &spec, &out).unwrap();
        assert_eq!(fs::read_to_string(&secret).unwrap(), "do not print");
        assert_eq!(
            fs::read_to_string(spec.join("service.schema.json")).unwrap(),
            "{}\n"
        );
        assert!(!out.join("lib.rs.link").exists());
    }
}
