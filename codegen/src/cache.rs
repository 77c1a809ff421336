//! Regeneration with nothing to do: a fingerprint of everything `generate` reads (the
//! generator's own executable, its options, every spec and template file), kept in the output
//! folder as [`CACHE`] (which git ignores) with a hash of every file that run left. When the
//! fingerprint is the same and every file still hashes the same, with no file added, the
//! folder is what rendering would give, so `generate` and `check` need not render.
//!
//! The generator's executable is part of the fingerprint, so a changed generator (a new
//! emitter, another dependency) never passes for an unchanged one; any file the shortcut
//! cannot read plainly (a link, a special file) turns the shortcut off, never on.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::options::Options;
pub use crate::output::CACHE;
use crate::output::{Outputs, MARKER};

/// The largest cache file read (a 10,000-operation crate's is about 1.2 MB).
const MAX_CACHE_BYTES: u64 = 64 << 20;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Every regular file under `dir` (hidden ones left out), by relative path, in order; `None`
/// if anything under it is not a plain folder or file.
fn files(dir: &Path) -> Option<BTreeMap<String, PathBuf>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        for entry in fs::read_dir(dir.join(&rel)).ok()? {
            let entry = entry.ok()?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let kind = entry.file_type().ok()?;
            let child = rel.join(&name);
            if kind.is_dir() {
                stack.push(child);
            } else if kind.is_file() {
                out.insert(child.to_string_lossy().replace('\\', "/"), entry.path());
            } else {
                return None;
            }
        }
    }
    Some(out)
}

/// The fingerprint of a run: the executable, the options, every spec and template file.
/// `None` when something cannot be read plainly: then there is no shortcut.
pub fn fingerprint(spec: &Path, options: &Options) -> Option<String> {
    let mut h = Sha256::new();
    let exe = fs::read(std::env::current_exe().ok()?).ok()?;
    h.update(Sha256::digest(&exe));
    h.update(format!("crate {}\n", options.crate_name));
    h.update(format!("languages {:?}\n", options.languages));
    h.update(format!("rust {}\n", options.rust));
    h.update(format!("format {}\n", options.format));
    let mut trees = vec![("spec", spec.to_path_buf())];
    for templates in &options.templates {
        trees.push(("templates", templates.clone()));
    }
    for (label, dir) in trees {
        h.update(format!("{label}\n"));
        for (rel, path) in files(&dir)? {
            let installed = |part: &str| part == "node_modules" || part == "__pycache__";
            if label == "templates" && rel.split('/').any(installed) {
                continue;
            }
            let bytes = fs::read(&path).ok()?;
            h.update(format!("{rel} {}\n", bytes.len()));
            h.update(&bytes);
        }
    }
    Some(hex(&h.finalize()))
}

/// The number of files the last run left when `out` still holds exactly them and the
/// fingerprint is `fingerprint`; `None` when anything differs (render, then).
pub fn fresh(fingerprint: &str, spec: &Path, out: &Path) -> Option<usize> {
    let cache = out.join(CACHE);
    let meta = fs::symlink_metadata(&cache).ok()?;
    if !meta.is_file() || meta.len() > MAX_CACHE_BYTES {
        return None;
    }
    let text = fs::read_to_string(&cache).ok()?;
    let mut lines = text.lines();
    if lines.next()? != format!("fingerprint {fingerprint}") {
        return None;
    }
    let mut listed_out = Vec::new();
    let mut count = 0;
    for line in lines {
        let (digest, rest) = line.split_once(' ')?;
        let (place, rel) = rest.split_once(' ')?;
        let path = match place {
            "out" => {
                listed_out.push(rel.to_owned());
                out.join(rel)
            }
            "spec" => spec.join(rel),
            _ => return None,
        };
        if rel
            .split('/')
            .any(|p| p.is_empty() || p == "." || p == "..")
        {
            return None;
        }
        if !fs::symlink_metadata(&path).ok()?.is_file() || hash(&fs::read(&path).ok()?) != digest {
            return None;
        }
        if rel != MARKER {
            count += 1;
        }
    }
    // No file may have been added beside them.
    let mut on_disk: Vec<String> = files(out)?.into_keys().collect();
    on_disk.retain(|rel| rel != MARKER);
    listed_out.retain(|rel| rel != MARKER);
    listed_out.sort();
    (on_disk == listed_out).then_some(count)
}

/// Records the run that left `outputs` in `out` (and the schemas in `spec`). A failure to
/// write only costs the next run its shortcut.
pub fn record(fingerprint: &str, outputs: &Outputs, out: &Path) {
    let mut text = format!("fingerprint {fingerprint}\n");
    text.push_str(&format!(
        "{} out {MARKER}\n",
        hash(crate::output::marker_text().as_bytes())
    ));
    for (rel, content) in &outputs.crate_files {
        text.push_str(&format!("{} out {rel}\n", hash(content.as_bytes())));
    }
    for (rel, content) in &outputs.schemas {
        text.push_str(&format!("{} spec {rel}\n", hash(content.as_bytes())));
    }
    let Ok(mut file) = tempfile::NamedTempFile::new_in(out) else {
        return;
    };
    if file.write_all(text.as_bytes()).is_ok() {
        let _ = file.persist(out.join(CACHE));
    }
}
