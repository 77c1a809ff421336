//! A set's formatter (`format:` in its manifest): a program such as `gofmt` or `black` run over
//! the set's rendered files, for the alignment and wrapping no template can compute. It runs
//! only when asked (`generate --format`), since a set's manifest names the program: running it
//! is running the set author's choice of code on this machine. The files are written to a
//! temporary folder, the program is run there with their paths as its last arguments, and what
//! it leaves is read back; a program that is not installed is reported and the files stay as
//! rendered.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::manifest::{Format, TemplateSet};

/// How long a formatter may run over one set's files.
const TIMEOUT: Duration = Duration::from_secs(120);

/// What formatting a set's files came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Formatted {
    /// The files were formatted.
    Done,
    /// The program is not installed: the files are as rendered.
    NotInstalled(String),
}

/// Formats the files of `set` (those under `base`, by the path keys of `out`, whose names end
/// as `format.files` says), in place in `out`.
pub fn format_set(
    set: &TemplateSet,
    format: &Format,
    base: &str,
    out: &mut BTreeMap<String, String>,
) -> Result<Formatted, String> {
    let Some((program, args)) = format.command.split_first() else {
        return Ok(Formatted::Done);
    };
    let prefix = if base.is_empty() {
        String::new()
    } else {
        format!("{base}/")
    };
    let chosen: Vec<String> = out
        .keys()
        .filter(|k| k.starts_with(&prefix))
        .filter(|k| format.files.is_empty() || format.files.iter().any(|end| k.ends_with(end)))
        .cloned()
        .collect();
    if chosen.is_empty() {
        return Ok(Formatted::Done);
    }
    let dir = tempfile::tempdir().map_err(|e| format!("a temporary folder: {e}"))?;
    let mut relative = Vec::with_capacity(chosen.len());
    for key in &chosen {
        let rel = &key[prefix.len()..];
        let path = dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &out[key]).map_err(|e| format!("{}: {e}", path.display()))?;
        relative.push(rel.to_owned());
    }
    let name = &set.manifest.name;
    // What it says on stderr goes to a file, so a talkative formatter never blocks on a full
    // pipe while it is waited for.
    let mut stderr = tempfile::tempfile().map_err(|e| format!("a temporary file: {e}"))?;
    let stderr_for_child = stderr
        .try_clone()
        .map_err(|e| format!("a temporary file: {e}"))?;
    let mut child = match Command::new(program)
        .args(args)
        .args(&relative)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(stderr_for_child))
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Formatted::NotInstalled(program.clone()))
        }
        Err(e) => return Err(format!("the {name} set's formatter `{program}`: {e}")),
    };
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "the {name} set's formatter `{program}` ran longer than {} s",
                    TIMEOUT.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("the {name} set's formatter `{program}`: {e}")),
        }
    };
    if !status.success() {
        use std::io::{Seek, SeekFrom};
        let mut said = String::new();
        if stderr.seek(SeekFrom::Start(0)).is_ok() {
            let _ = (&mut stderr).take(8 * 1024).read_to_string(&mut said);
        }
        return Err(format!(
            "the {name} set's formatter `{program}` failed ({status}): {}",
            said.trim()
        ));
    }
    for (key, rel) in chosen.iter().zip(&relative) {
        let text = read_back(&dir.path().join(rel), out[key].len())
            .map_err(|e| format!("the {name} set's formatter `{program}` left {rel}: {e}"))?;
        out.insert(key.clone(), text);
    }
    Ok(Formatted::Done)
}

/// A formatted file, which may not grow past four times its rendered size (and 64 MiB).
fn read_back(path: &Path, rendered: usize) -> Result<String, String> {
    let limit = (rendered.saturating_mul(4)).clamp(1 << 16, 64 << 20) as u64;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut text = String::new();
    file.take(limit + 1)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    if text.len() as u64 > limit {
        return Err(format!("more than {limit} bytes"));
    }
    Ok(text)
}
