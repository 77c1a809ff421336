//! The spec to compare against: a folder, or the spec folder as a git commit has it.

use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// The base spec, on disk.
#[derive(Debug)]
pub enum Base {
    /// A folder named on the command line.
    Dir(PathBuf),
    /// The spec folder of a commit, written into a temporary folder (deleted on drop).
    Git {
        /// The reference as given (`HEAD`, `main`, `v0.1.0`).
        reference: String,
        /// The spec folder's path in the repository (`spec`).
        path: String,
        /// The temporary folder.
        dir: tempfile::TempDir,
    },
}

impl Base {
    /// The spec folder to load.
    pub fn spec_dir(&self) -> PathBuf {
        match self {
            Base::Dir(dir) => dir.clone(),
            Base::Git { path, dir, .. } => dir.path().join(path),
        }
    }

    /// How reports name it: the folder, or `HEAD:spec`.
    pub fn label(&self) -> String {
        match self {
            Base::Dir(dir) => dir.display().to_string(),
            Base::Git {
                reference, path, ..
            } => format!("{reference}:{path}"),
        }
    }
}

/// Why the base could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseError(pub String);

impl fmt::Display for BaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BaseError {}

/// Runs git with `args` in `dir`, returning its standard output.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, BaseError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| BaseError(format!("cannot run git: {e}")))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(BaseError(format!(
            "git {} failed: {}",
            args.first().copied().unwrap_or_default(),
            String::from_utf8_lossy(&output.stderr).trim()
        )))
    }
}

/// A reference git may be given as an argument: not an option, no control characters.
fn check_reference(reference: &str) -> Result<(), BaseError> {
    if reference.is_empty() {
        return Err(BaseError("the base is empty".to_owned()));
    }
    if reference.starts_with('-') {
        return Err(BaseError(format!(
            "`{reference}` is neither a folder nor a git reference (a reference cannot start with `-`)"
        )));
    }
    if reference
        .chars()
        .any(|c| c.is_control() || c.is_whitespace())
    {
        return Err(BaseError(format!(
            "`{}` is neither a folder nor a git reference",
            reference.escape_debug()
        )));
    }
    Ok(())
}

/// The base named by `base`: a folder when one exists at that path, else a git reference
/// (`HEAD`, a branch, a tag, a commit) whose copy of the folder `head_spec` is in the
/// repository that holds `head_spec` is written into a temporary folder.
pub fn materialize(base: &str, head_spec: &Path) -> Result<Base, BaseError> {
    let as_dir = Path::new(base);
    if as_dir.is_dir() {
        return Ok(Base::Dir(as_dir.to_path_buf()));
    }
    check_reference(base)?;
    if !head_spec.is_dir() {
        return Err(BaseError(format!(
            "the spec folder {} does not exist",
            head_spec.display()
        )));
    }
    let top = git(head_spec, &["rev-parse", "--show-toplevel"]).map_err(|e| {
        BaseError(format!(
            "{} is not in a git repository ({e})",
            head_spec.display()
        ))
    })?;
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim());
    let top = top.canonicalize().unwrap_or(top);
    let spec = head_spec
        .canonicalize()
        .map_err(|e| BaseError(format!("{}: {e}", head_spec.display())))?;
    let relative = spec
        .strip_prefix(&top)
        .map_err(|_| BaseError(format!("{} is outside the repository", head_spec.display())))?;
    let path = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let path = if path.is_empty() {
        ".".to_owned()
    } else {
        path
    };
    let commit = git(
        &top,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &format!("{base}^{{commit}}"),
        ],
    )
    .map_err(|_| {
        BaseError(format!(
            "`{base}` is neither a folder nor a commit of the repository at {}",
            top.display()
        ))
    })?;
    let commit = String::from_utf8_lossy(&commit).trim().to_owned();
    let listing = git(
        &top,
        &["ls-tree", "-r", "-z", "--full-tree", &commit, "--", &path],
    )?;
    let dir = tempfile::tempdir().map_err(|e| BaseError(format!("temporary folder: {e}")))?;
    let mut files = 0;
    for entry in listing.split(|b| *b == 0).filter(|e| !e.is_empty()) {
        let entry = String::from_utf8_lossy(entry);
        let Some((meta, file)) = entry.split_once('\t') else {
            continue;
        };
        let mut meta = meta.split(' ');
        let (mode, kind, oid) = (meta.next(), meta.next(), meta.next());
        // Regular files only: the loader reads no link, and a submodule has no content here.
        if kind != Some("blob") || !matches!(mode, Some("100644" | "100755")) {
            continue;
        }
        let Some(oid) = oid else { continue };
        let relative = Path::new(file);
        if relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return Err(BaseError(format!("unexpected path in {base}: {file}")));
        }
        let target = dir.path().join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| BaseError(format!("{}: {e}", parent.display())))?;
        }
        let content = git(&top, &["cat-file", "blob", oid])?;
        std::fs::write(&target, content)
            .map_err(|e| BaseError(format!("{}: {e}", target.display())))?;
        files += 1;
    }
    if files == 0 {
        return Err(BaseError(format!("`{path}` has no files at `{base}`")));
    }
    if path == "." {
        return Ok(Base::Git {
            reference: base.to_owned(),
            path: String::new(),
            dir,
        });
    }
    Ok(Base::Git {
        reference: base.to_owned(),
        path,
        dir,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_that_could_be_options_or_split_are_refused() {
        assert!(check_reference("HEAD").is_ok());
        assert!(check_reference("v0.1.0").is_ok());
        assert!(check_reference("main~2").is_ok());
        for bad in ["", "-c", "--output=/tmp/x", "HEAD main", "a\nb", "a\0b"] {
            assert!(check_reference(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_folder_wins_over_a_reference() {
        let dir = tempfile::tempdir().expect("tempdir");
        let base = materialize(&dir.path().display().to_string(), dir.path()).expect("a folder");
        assert_eq!(base.spec_dir(), dir.path());
    }
}
