//! What the two whole-process benchmarks share: running a program for its wall time and
//! peak RSS, and progenitor (found, fed OpenAPI 3.0, run per service).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

/// Runs `program` with `args`; its wall time and peak RSS in MiB. The child is reaped with
/// `wait4`, which also gives its resource use, rather than `Child::wait`.
#[allow(clippy::zombie_processes)]
pub fn run_program(program: &Path, args: &[&str]) -> (Duration, f64) {
    let started = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("start {}: {e}", program.display()));
    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
    // What it says on stderr, kept for a failure's message; read on a thread so that a full
    // pipe never stalls the child.
    let stderr = child.stderr.take().map(|mut pipe| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut pipe, &mut text);
            text
        })
    });
    let mut status = 0;
    // SAFETY: wait4 fills `status` and `usage` for our own child and touches nothing else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait for {}", program.display());
    let said = stderr
        .and_then(|reader| reader.join().ok())
        .unwrap_or_default();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{} {args:?} failed:\n{}",
        program.display(),
        said.lines()
            .rev()
            .take(20)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
    (elapsed, usage.ru_maxrss as f64 / 1024.0)
}

/// The installed `cargo-progenitor`, if any.
pub fn progenitor() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PROGENITOR") {
        return Some(PathBuf::from(path));
    }
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo/bin"));
    }
    dirs.into_iter()
        .map(|d| d.join("cargo-progenitor"))
        .find(|p| p.is_file())
}

/// An OpenAPI 3.1 document as OpenAPI 3.0, which progenitor reads: `anyOf` with `null`
/// becomes `nullable`, `examples` lists become `example`, `const` an `enum`, `if`/`then`
/// (which 3.0 lacks) is dropped, and so is a form field's `deepObject` style (which
/// progenitor 0.15.1 panics on).
pub fn to_openapi_30(value: Value) -> Value {
    match value {
        Value::Object(mut map) => {
            let null = serde_json::json!({ "type": "null" });
            if let Some(Value::Array(any)) = map.get("anyOf") {
                if any.contains(&null) {
                    let rest: Vec<Value> = any.iter().filter(|v| **v != null).cloned().collect();
                    map.remove("anyOf");
                    if let Some(Value::Object(inner)) = rest.into_iter().next() {
                        if inner.contains_key("$ref") {
                            map.insert("allOf".into(), Value::Array(vec![Value::Object(inner)]));
                        } else {
                            map.extend(inner);
                        }
                    }
                    map.insert("nullable".into(), Value::Bool(true));
                }
            }
            let mut out = serde_json::Map::new();
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("examples", Value::Array(list)) => {
                        if let Some(first) = list.into_iter().next() {
                            out.insert("example".into(), to_openapi_30(first));
                        }
                    }
                    ("const", v) => {
                        out.insert("enum".into(), Value::Array(vec![v]));
                    }
                    ("allOf", Value::Array(list)) => {
                        let kept: Vec<Value> = list
                            .into_iter()
                            .filter(|v| v.get("if").is_none())
                            .map(to_openapi_30)
                            .collect();
                        if !kept.is_empty() {
                            out.insert("allOf".into(), Value::Array(kept));
                        }
                    }
                    ("jsonSchemaDialect", _) => {}
                    // progenitor 0.15.1 panics on a form field's `deepObject` style (RongCloud's
                    // `group[id]=name` maps); without it the field is a plain form object.
                    ("encoding", Value::Object(fields)) => {
                        let kept: serde_json::Map<String, Value> = fields
                            .into_iter()
                            .filter(|(_, e)| e.get("style") != Some(&"deepObject".into()))
                            .map(|(k, e)| (k, to_openapi_30(e)))
                            .collect();
                        out.insert(key, Value::Object(kept));
                    }
                    ("openapi", _) => {
                        out.insert("openapi".into(), "3.0.3".into());
                    }
                    (_, v) => {
                        out.insert(key, to_openapi_30(v));
                    }
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(to_openapi_30).collect()),
        other => other,
    }
}

/// progenitor on each document of `docs`: the summed wall time and the largest peak RSS.
pub fn run_progenitor(program: &Path, docs: &[PathBuf], out: &Path) -> (Duration, f64) {
    let mut total = (Duration::ZERO, 0.0f64);
    for (i, doc) in docs.iter().enumerate() {
        let target = out.join(format!("crate{i}"));
        let _ = std::fs::remove_dir_all(&target);
        let (wall, rss) = run_program(
            program,
            &[
                "progenitor",
                "-i",
                &doc.to_string_lossy(),
                "-o",
                &target.to_string_lossy(),
                "-n",
                &format!("bench-client-{i}"),
                "-v",
                "0.1.0",
            ],
        );
        total.0 += wall;
        total.1 = total.1.max(rss);
    }
    total
}

/// What progenitor is fed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transcription {
    /// The documents as `generate` exports them: every description, example and `x-`
    /// extension.
    Full,
    /// What a person transcribing the pages into OpenAPI would write: the same paths,
    /// parameters, schemas, constraints and descriptions, without any `example`/`examples`
    /// and without any `x-` extension (the spec's doc notes, sources, error roles, signing).
    // Only the `generate` bench feeds progenitor this; `rebuild` compiles the full export.
    #[allow(dead_code)]
    Plain,
}

impl Transcription {
    /// Its name in the bench's tables.
    #[allow(dead_code)]
    pub fn label(self) -> &'static str {
        match self {
            Transcription::Full => "full export",
            Transcription::Plain => "plain transcription",
        }
    }
}

/// `value` without its examples and `x-` extensions, at every depth (a property that happens
/// to be named `example` stays: the keys of `properties` are names, not keywords).
pub fn plain(value: Value) -> Value {
    fn walk(value: Value, names: bool) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.into_iter()
                    .filter(|(key, _)| {
                        names || !(key.starts_with("x-") || key == "example" || key == "examples")
                    })
                    .map(|(key, value)| {
                        let names = !names && (key == "properties" || key == "patternProperties");
                        (key, walk(value, names))
                    })
                    .collect(),
            ),
            Value::Array(items) => {
                Value::Array(items.into_iter().map(|v| walk(v, false)).collect())
            }
            other => other,
        }
    }
    walk(value, false)
}

/// Writes each exported OpenAPI document under `openapi` as OpenAPI 3.0 into `dir`, for
/// progenitor, as `transcription` says; the paths written, in name order.
pub fn progenitor_documents(
    openapi: &Path,
    dir: &Path,
    transcription: Transcription,
) -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(openapi)
        .expect("the exported documents")
        .map(|e| e.expect("an entry").path())
        .collect();
    docs.sort();
    docs.into_iter()
        .map(|doc| {
            let value: Value =
                serde_json::from_slice(&std::fs::read(&doc).expect("read a document"))
                    .expect("JSON");
            let value = match transcription {
                Transcription::Full => value,
                Transcription::Plain => plain(value),
            };
            let suffix = match transcription {
                Transcription::Full => "30.json",
                Transcription::Plain => "plain.30.json",
            };
            let target = dir
                .join(doc.file_name().expect("a name"))
                .with_extension(suffix);
            std::fs::write(&target, to_openapi_30(value).to_string()).expect("write");
            target
        })
        .collect()
}
