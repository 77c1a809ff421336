//! A synthetic spec of any size, for measuring the generator at scale: the repository's spec
//! with its operation files cloned until there are `n` operations. Each clone renames the
//! operation (`ModifyMessageN3`), its action or path, and the types its own file defines (as
//! whole words, everywhere in the file, so every reference follows), so the result is a valid
//! spec that generates like the real one, `n` times over. Type files (`types/`) are copied
//! once: every clone uses them by name.

use std::fs;
use std::io;
use std::path::Path;

use crate::naming::{rust_name, Case};

/// A seed operation: its file's text and the names to rename in clones.
struct Seed {
    service: String,
    name: String,
    text: String,
    /// Types the file defines.
    types: Vec<String>,
}

/// Every service's operation files, ordered so that any prefix of the result is a valid spec:
/// within a service a file comes after the files defining the types it (or a shared type file
/// under `types/`) names, and services take turns, so the first operations cover every
/// service.
fn seeds(spec: &Path) -> io::Result<Vec<Seed>> {
    let mut services: Vec<_> = fs::read_dir(spec)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    services.sort();
    let mut queues = Vec::new();
    for service in services {
        let dir = spec.join(&service);
        let mut files: Vec<_> = fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|f| f.ends_with(".yaml") && f != "service.yaml")
            .collect();
        files.sort();
        let mut seeds = Vec::new();
        for file in files {
            let text = fs::read_to_string(dir.join(&file))?;
            let name = line_value(&text, "name: ").unwrap_or_default();
            let types = types_section(&text);
            seeds.push(Seed {
                service: service.clone(),
                name,
                text,
                types,
            });
        }
        let mut shared = String::new();
        if dir.join("types").is_dir() {
            let mut files: Vec<_> = fs::read_dir(dir.join("types"))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect();
            files.sort();
            for file in files {
                shared.push_str(&fs::read_to_string(file)?);
                shared.push('\n');
            }
        }
        queues.push(dependency_order(seeds, &shared));
    }
    let mut queues: Vec<_> = queues.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::new();
    loop {
        let before = out.len();
        for queue in &mut queues {
            out.extend(queue.next());
        }
        if out.len() == before {
            return Ok(out);
        }
    }
}

/// `seeds` ordered so that the files defining the types `shared` names come first, and every
/// file after those defining the types it names; otherwise in the order given.
fn dependency_order(seeds: Vec<Seed>, shared: &str) -> Vec<Seed> {
    let definer: std::collections::HashMap<&str, usize> = seeds
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.types.iter().map(move |t| (t.as_str(), i)))
        .collect();
    let needs = |text: &str, own: Option<usize>| -> Vec<usize> {
        let mut found: Vec<usize> = words(text)
            .filter_map(|w| definer.get(w).copied())
            .filter(|&i| Some(i) != own)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    let deps: Vec<Vec<usize>> = seeds
        .iter()
        .enumerate()
        .map(|(i, s)| needs(&s.text, Some(i)))
        .collect();
    let mut placed = vec![false; seeds.len()];
    let mut order = Vec::with_capacity(seeds.len());
    // Depth first, each file after what it needs; a cycle is broken where it closes.
    fn visit(i: usize, deps: &[Vec<usize>], placed: &mut [bool], order: &mut Vec<usize>) {
        if placed[i] {
            return;
        }
        placed[i] = true;
        for &d in &deps[i] {
            visit(d, deps, placed, order);
        }
        order.push(i);
    }
    for i in needs(shared, None).into_iter().chain(0..seeds.len()) {
        visit(i, &deps, &mut placed, &mut order);
    }
    let mut slots: Vec<Option<Seed>> = seeds.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// The words (runs of letters, digits and `_`) of `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// The value of the first top-level `key` line.
fn line_value(text: &str, key: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix(key))
        .map(|v| v.trim().to_owned())
}

/// The names of the types under the file's top-level `types:`.
fn types_section(text: &str) -> Vec<String> {
    let mut inside = false;
    let mut out = Vec::new();
    for line in text.lines() {
        if !line.starts_with(' ') && !line.is_empty() {
            inside = line == "types:";
            continue;
        }
        if inside {
            if let Some(name) = line.strip_prefix("  - name: ") {
                out.push(name.trim().to_owned());
            }
        }
    }
    out
}

/// `text` with every whole-word `word` replaced.
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + word.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(is_word) || after.is_some_and(is_word) {
            out.push_str(word);
        } else {
            out.push_str(with);
        }
        rest = &rest[at + word.len()..];
    }
    out.push_str(rest);
    out
}

/// Writes a spec of `n` operations into `out` (which must not exist or be empty), cloned from
/// the spec at `spec`. Returns the number of operations written.
pub fn write(spec: &Path, n: usize, out: &Path) -> io::Result<usize> {
    let seeds = seeds(spec)?;
    if seeds.is_empty() {
        return Ok(0);
    }
    fs::create_dir_all(out)?;
    // A service none of the first `n` operations belongs to is left out whole.
    let used: std::collections::BTreeSet<&str> =
        seeds.iter().take(n).map(|s| s.service.as_str()).collect();
    for entry in fs::read_dir(spec)? {
        let entry = entry?;
        let service = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !used.contains(service.as_str()) {
            continue;
        }
        if entry.path().is_dir() {
            let dir = out.join(entry.file_name());
            fs::create_dir_all(&dir)?;
            fs::copy(entry.path().join("service.yaml"), dir.join("service.yaml"))?;
            // Type files are shared by name, so every clone uses them as they are.
            let types = entry.path().join("types");
            if types.is_dir() {
                fs::create_dir_all(dir.join("types"))?;
                for file in fs::read_dir(&types)? {
                    let file = file?;
                    fs::copy(file.path(), dir.join("types").join(file.file_name()))?;
                }
            }
        } else if entry.file_name().to_string_lossy().ends_with(".json") {
            fs::copy(entry.path(), out.join(entry.file_name()))?;
        }
    }
    for i in 0..n {
        let seed = &seeds[i % seeds.len()];
        let copy = i / seeds.len();
        let (name, text) = if copy == 0 {
            (seed.name.clone(), seed.text.clone())
        } else {
            let suffix = format!("N{copy}");
            let mut text = replace_word(&seed.text, &seed.name, &format!("{}{suffix}", seed.name));
            for t in &seed.types {
                text = replace_word(&text, t, &format!("{t}{suffix}"));
            }
            // The action or path must be unique too.
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            for line in &mut lines {
                if let Some(path) = line.strip_prefix("  path: ") {
                    // Before an extension the path's form asks for (`group/create.json`).
                    let path = path.trim();
                    *line = match path.rsplit_once('.') {
                        Some((stem, ext)) if !ext.contains('/') => {
                            format!("  path: {stem}_n{copy}.{ext}")
                        }
                        _ => format!("  path: {path}_n{copy}"),
                    };
                } else if let Some(action) = line.strip_prefix("  action: ") {
                    // An action named like the operation was renamed with it.
                    if !action.trim().ends_with(&suffix) {
                        *line = format!("  action: {}{suffix}", action.trim());
                    }
                }
            }
            (format!("{}{suffix}", seed.name), lines.join("\n") + "\n")
        };
        let file = rust_name(&name, Case::Snake)
            .map(|n| n.plain)
            .unwrap_or_else(|| name.to_lowercase());
        fs::write(out.join(&seed.service).join(format!("{file}.yaml")), text)?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Any number of operations makes a valid spec, however few: the first operations of a
    /// service bring the types its shared type files and each other need.
    #[test]
    fn small_synthetic_specs_are_valid() {
        let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
        for n in [1, 2, 3, 5, 8, 13, 40] {
            let dir = tempfile::tempdir().unwrap();
            assert_eq!(write(&spec, n, dir.path()).unwrap(), n);
            let ir = crate::build_ir(dir.path())
                .unwrap_or_else(|d| panic!("{n} operations: {}", d.render("")));
            let count: usize = ir.services.iter().map(|s| s.operations.len()).sum();
            assert_eq!(count, n);
            assert_eq!(ir.services.len(), n.min(3), "{n} operations");
        }
    }
}
