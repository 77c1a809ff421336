//! Writing and comparing outputs.
//!
//! `generate` renders everything in memory, then replaces the crate folder in one rename (a new
//! tree is staged beside it), so a failed run leaves the old tree intact and files that no
//! longer belong disappear. `check` compares the same in-memory tree with the disk and explains
//! every difference as a unified diff.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::{Error, Outputs};

/// A difference between what the generator renders and what is on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The file, as the user would name it (`generated/src/lib.rs`).
    pub path: String,
    /// A unified diff from the disk to the rendered text (or a one-line note).
    pub diff: String,
}

/// Compares the rendered outputs with `out_dir` and the schemas in `spec_dir`.
pub fn compare(outputs: &Outputs, spec_dir: &Path, out_dir: &Path) -> Result<Vec<Drift>, Error> {
    let mut drift = compare_tree(&outputs.crate_files, out_dir)?;
    for (name, text) in &outputs.schemas {
        let path = spec_dir.join(name);
        let on_disk = read_optional(&path)?;
        if let Some(d) = file_drift(&display(&path), on_disk.as_deref(), Some(text)) {
            drift.push(d);
        }
    }
    Ok(drift)
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn read_optional(path: &Path) -> Result<Option<String>, Error> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Io(format!("cannot read {}: {e}", path.display()))),
    }
}

/// Every file under `dir`, by relative path with `/` separators.
pub fn read_tree(dir: &Path) -> Result<BTreeMap<String, String>, Error> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let here = dir.join(&rel);
        let entries = fs::read_dir(&here)
            .map_err(|e| Error::Io(format!("cannot read {}: {e}", here.display())))?;
        for entry in entries {
            let entry =
                entry.map_err(|e| Error::Io(format!("cannot read {}: {e}", here.display())))?;
            let child = rel.join(entry.file_name());
            let path = entry.path();
            if path.is_dir() {
                stack.push(child);
            } else {
                let text = read_optional(&path)?.unwrap_or_default();
                out.insert(display(&child), text);
            }
        }
    }
    Ok(out)
}

fn compare_tree(rendered: &BTreeMap<String, String>, dir: &Path) -> Result<Vec<Drift>, Error> {
    let on_disk = read_tree(dir)?;
    let mut drift = Vec::new();
    let names: std::collections::BTreeSet<&String> =
        rendered.keys().chain(on_disk.keys()).collect();
    for name in names {
        let path = display(&dir.join(name));
        if let Some(d) = file_drift(
            &path,
            on_disk.get(name).map(String::as_str),
            rendered.get(name).map(String::as_str),
        ) {
            drift.push(d);
        }
    }
    Ok(drift)
}

fn file_drift(path: &str, on_disk: Option<&str>, rendered: Option<&str>) -> Option<Drift> {
    let diff = match (on_disk, rendered) {
        (Some(old), Some(new)) if old == new => return None,
        (Some(old), Some(new)) => similar::TextDiff::from_lines(old, new)
            .unified_diff()
            .context_radius(3)
            .header(&format!("{path} (on disk)"), &format!("{path} (generated)"))
            .to_string(),
        (None, Some(_)) => format!("{path}: missing (the generator would create it)\n"),
        (Some(_), None) => format!("{path}: not produced by the generator (it would be removed)\n"),
        (None, None) => return None,
    };
    Some(Drift {
        path: path.to_owned(),
        diff,
    })
}

/// Writes the outputs: the crate folder is replaced as a whole, each schema file atomically.
/// Returns the number of files that changed.
pub fn write(outputs: &Outputs, spec_dir: &Path, out_dir: &Path) -> Result<usize, Error> {
    let drift = compare(outputs, spec_dir, out_dir)?;
    if drift.is_empty() {
        return Ok(0);
    }
    let crate_changed = drift
        .iter()
        .any(|d| Path::new(&d.path).starts_with(out_dir));
    if crate_changed {
        replace_tree(&outputs.crate_files, out_dir)
            .map_err(|e| Error::Io(format!("cannot write {}: {e}", out_dir.display())))?;
    }
    for (name, text) in &outputs.schemas {
        let path = spec_dir.join(name);
        if read_optional(&path)?.as_deref() != Some(text.as_str()) {
            write_file_atomic(&path, text)
                .map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
        }
    }
    Ok(drift.len())
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    dir.with_file_name(format!("{name}.{suffix}"))
}

/// Stages the whole tree beside `dir`, then swaps it in with two renames.
fn replace_tree(files: &BTreeMap<String, String>, dir: &Path) -> io::Result<()> {
    let staging = sibling(dir, "codegen-tmp");
    let old = sibling(dir, "codegen-old");
    for leftover in [&staging, &old] {
        if leftover.exists() {
            fs::remove_dir_all(leftover)?;
        }
    }
    let staged = (|| {
        for (rel, text) in files {
            let path = staging.join(rel);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, text)?;
        }
        Ok::<_, io::Error>(())
    })();
    if let Err(e) = staged {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    let had_old = dir.exists();
    if had_old {
        fs::rename(dir, &old)?;
    }
    if let Err(e) = fs::rename(&staging, dir) {
        if had_old {
            let _ = fs::rename(&old, dir);
        }
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    if had_old {
        fs::remove_dir_all(&old)?;
    }
    Ok(())
}

/// Writes a file through a temporary sibling and a rename.
fn write_file_atomic(path: &Path, text: &str) -> io::Result<()> {
    let tmp = path.with_extension("codegen-tmp");
    fs::write(&tmp, text)?;
    fs::rename(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}
