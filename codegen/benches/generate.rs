//! `cargo bench -p codegen --bench generate`: the `codegen` binary, as a whole process, on
//! synthetic specs of 5, 250, 1,000 and 10,000 operations (the repository's eight cloned,
//! `codegen::synth`): `generate` into a fresh folder three times a size, then `check` and
//! `generate` again with nothing to do. Prints the median wall time and each process's peak
//! RSS (from `wait4`). `GENERATE_BENCH_SIZES=5,250` picks other sizes.
//!
//! Paired with progenitor when `cargo-progenitor` is installed (`cargo install
//! cargo-progenitor --version 0.15.1 --locked`; found on PATH, in `~/.cargo/bin`, or named by
//! `PROGENITOR`): at each size up to `PROGENITOR_MAX` (1,000), progenitor turns the same
//! operations into a client crate, from the OpenAPI documents `generate` exports (brought down
//! to OpenAPI 3.0, which progenitor reads), one process per service; its wall times are summed
//! and its peak is the larger. The runs alternate, ours then progenitor's, three rounds.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use std::time::{Duration, Instant};

/// Runs the binary with `args`; its wall time and peak RSS in MiB. The child is reaped with
/// `wait4`, which also gives its resource use, rather than `Child::wait`.
#[allow(clippy::zombie_processes)]
fn run(args: &[&str]) -> (Duration, f64) {
    run_program(Path::new(env!("CARGO_BIN_EXE_codegen")), args)
}

/// [`run`] for any program.
#[allow(clippy::zombie_processes)]
fn run_program(program: &Path, args: &[&str]) -> (Duration, f64) {
    let started = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stderr(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("start codegen");
    let pid = libc::pid_t::try_from(child.id()).expect("a pid");
    let mut status = 0;
    // SAFETY: wait4 fills `status` and `usage` for our own child and touches nothing else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait for codegen");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{} {args:?} failed",
        program.display()
    );
    (elapsed, usage.ru_maxrss as f64 / 1024.0)
}

/// The installed `cargo-progenitor`, if any.
fn progenitor() -> Option<PathBuf> {
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
/// becomes `nullable`, `examples` lists become `example`, `const` an `enum`, and `if`/`then`
/// (which 3.0 lacks) is dropped.
fn to_openapi_30(value: Value) -> Value {
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
fn run_progenitor(program: &Path, docs: &[PathBuf], out: &Path) -> (Duration, f64) {
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

fn median(mut runs: Vec<(Duration, f64)>) -> (Duration, f64) {
    runs.sort_by_key(|r| r.0);
    runs[runs.len() / 2]
}

fn main() {
    let sizes: Vec<usize> = std::env::var("GENERATE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![5, 250, 1000, 10_000]);
    let progenitor_max: usize = std::env::var("PROGENITOR_MAX")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let progenitor = progenitor();
    if progenitor.is_none() {
        println!("(cargo-progenitor is not installed: no paired runs; `cargo install cargo-progenitor --version 0.15.1 --locked`)");
    }
    let spec_root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    let mut full = Vec::new();
    let mut paired = Vec::new();
    println!("| operations | generate (median of 3) | peak RSS | no-op generate | no-op check |");
    println!("| --- | --- | --- | --- | --- |");
    for n in sizes {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let spec = dir.path().join("spec");
        codegen::synth::write(&spec_root, n, &spec).expect("write the synthetic spec");
        let spec_arg = spec.to_string_lossy().into_owned();
        let generate = |run_index: usize| {
            let out = dir.path().join(format!("out{run_index}"));
            let out = out.to_string_lossy().into_owned();
            run(&[
                "generate",
                "--no-templates",
                "--spec",
                &spec_arg,
                "--out",
                &out,
            ])
        };
        let first = generate(0);
        // The same operations in OpenAPI 3.0, for progenitor.
        let progenitor_docs: Vec<PathBuf> = match &progenitor {
            Some(_) if n <= progenitor_max => {
                let openapi = dir.path().join("out0/openapi");
                let mut docs: Vec<PathBuf> = std::fs::read_dir(&openapi)
                    .expect("the exported documents")
                    .map(|e| e.expect("an entry").path())
                    .collect();
                docs.sort();
                docs.into_iter()
                    .map(|doc| {
                        let value: Value =
                            serde_json::from_slice(&std::fs::read(&doc).expect("read a document"))
                                .expect("JSON");
                        let target = dir
                            .path()
                            .join(doc.file_name().expect("a name"))
                            .with_extension("30.json");
                        std::fs::write(&target, to_openapi_30(value).to_string()).expect("write");
                        target
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        let mut ours = vec![first];
        let mut theirs = Vec::new();
        for run_index in 1..4 {
            if run_index < 3 {
                ours.push(generate(run_index));
            }
            if let (Some(program), false) = (&progenitor, progenitor_docs.is_empty()) {
                theirs.push(run_progenitor(
                    program,
                    &progenitor_docs,
                    &dir.path().join("progenitor"),
                ));
            }
        }
        let (wall, rss) = median(ours);
        let out = dir.path().join("out0").to_string_lossy().into_owned();
        let (noop_generate, _) = run(&[
            "generate",
            "--no-templates",
            "--spec",
            &spec_arg,
            "--out",
            &out,
        ]);
        let (noop_check, _) = run(&[
            "check",
            "--no-templates",
            "--spec",
            &spec_arg,
            "--out",
            &out,
        ]);
        full.push((n, wall));
        if !theirs.is_empty() {
            paired.push((n, wall, rss, median(theirs)));
        }
        println!(
            "| {n} | {:.3} s | {rss:.0} MiB | {:.3} s | {:.3} s |",
            wall.as_secs_f64(),
            noop_generate.as_secs_f64(),
            noop_check.as_secs_f64()
        );
    }
    if let (Some((_, thousand)), Some((_, ten_thousand))) = (
        full.iter().find(|(n, _)| *n == 1000),
        full.iter().find(|(n, _)| *n == 10_000),
    ) {
        println!(
            "10,000 operations cost {:.1}x what 1,000 cost",
            ten_thousand.as_secs_f64() / thousand.as_secs_f64()
        );
    }
    if !paired.is_empty() {
        println!();
        println!("| operations | codegen wall | progenitor wall | ratio | codegen peak | progenitor peak |");
        println!("| --- | --- | --- | --- | --- | --- |");
        for (n, wall, rss, (their_wall, their_rss)) in paired {
            println!(
                "| {n} | {:.3} s | {:.3} s | {:.2}x | {rss:.0} MiB | {their_rss:.0} MiB |",
                wall.as_secs_f64(),
                their_wall.as_secs_f64(),
                wall.as_secs_f64() / their_wall.as_secs_f64()
            );
        }
    }
}
