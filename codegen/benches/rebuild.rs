//! `cargo bench -p codegen --bench rebuild`: what the generated crate costs to compile, beside
//! progenitor's crates for the same operations.
//!
//! For each size (`REBUILD_BENCH_SIZES`, default 250 operations; the repository's eight cloned
//! by `codegen::synth`), `codegen generate` writes the crate (default features: every service
//! and the client) and `cargo-progenitor` 0.15.1 writes one client crate per service from the
//! OpenAPI documents `generate` exported (brought down to OpenAPI 3.0). Both go into one
//! scratch workspace that inherits this repository's `[workspace.package]`, dependencies,
//! profiles and `Cargo.lock`, built into `target/rebuild-bench` so that their dependencies are
//! compiled once and shared. Then, with every dependency built, each side is timed:
//! - **from scratch**: `cargo clean -p` of the crates, then `cargo build`;
//! - **rebuild**: `touch` of the crates' `src/lib.rs`, then `cargo build` (the incremental
//!   rebuild a user waits for after regenerating), five rounds alternating ours and theirs;
//!   the median.
//!
//! progenitor's two crates are built by one `cargo build`, in parallel. Without
//! `cargo-progenitor` (see the `generate` bench for how to install it) only ours is timed.
//! The dependencies must be in Cargo's local cache; set `CARGO_NET_OFFLINE=true` where there
//! is no network.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use common::{progenitor, progenitor_documents, run_progenitor, run_program, Transcription};

/// `cargo <verb> <packages…>` in `dir`, building into `target`; its wall time. Panics with
/// cargo's output when it fails.
fn cargo(dir: &Path, target: &Path, verb: &str, packages: &[&str]) -> Duration {
    let started = Instant::now();
    let output = Command::new(env!("CARGO"))
        .arg(verb)
        .args(packages)
        .arg("--quiet")
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("start cargo");
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "cargo {verb} {packages:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
}

/// The median of the times.
fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Sets a file's modification time to now, as `touch` does.
fn touch(path: &Path) {
    std::fs::File::options()
        .append(true)
        .open(path)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .unwrap_or_else(|e| panic!("touch {}: {e}", path.display()));
}

/// The scratch workspace's manifest: this repository's, with `members` set and the
/// path dependencies pointed back into the repository (the generator's own and the `imapi`
/// crate's, which the scratch workspace replaces, are dropped).
fn workspace_manifest(repo: &Path, members: &[&str]) -> String {
    let text = std::fs::read_to_string(repo.join("Cargo.toml")).expect("read Cargo.toml");
    let mut doc: toml_edit::DocumentMut = text.parse().expect("Cargo.toml parses");
    let workspace = doc["workspace"].as_table_mut().expect("[workspace]");
    workspace["members"] = toml_edit::value(toml_edit::Array::from_iter(members.iter().copied()));
    let deps = workspace["dependencies"]
        .as_table_mut()
        .expect("[workspace.dependencies]");
    deps.remove("codegen");
    deps.remove("imapi");
    for (_, dep) in deps.iter_mut() {
        let Some(dep) = dep.as_table_like_mut() else {
            continue;
        };
        if let Some(path) = dep.get("path").and_then(|p| p.as_str()) {
            let absolute = repo.join(path).display().to_string();
            dep.insert("path", toml_edit::value(absolute));
        }
    }
    doc.to_string()
}

fn main() {
    let sizes: Vec<usize> = std::env::var("REBUILD_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![250]);
    let progenitor = progenitor();
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = manifest_dir.parent().expect("the repository").to_path_buf();
    let target = repo.join("target/rebuild-bench");
    let codegen = Path::new(env!("CARGO_BIN_EXE_codegen"));

    println!("| operations | build | codegen's crate | progenitor's crates | ratio |");
    println!("| --- | --- | --- | --- | --- |");
    for n in sizes {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let spec = dir.path().join("spec");
        codegen::synth::write(&repo.join("spec"), n, &spec).expect("write the synthetic spec");
        let ours = dir.path().join("imapi");
        run_program(
            codegen,
            &[
                "generate",
                "--no-templates",
                "--spec",
                &spec.to_string_lossy(),
                "--out",
                &ours.to_string_lossy(),
            ],
        );
        let mut members = vec!["imapi"];
        let mut theirs: Vec<PathBuf> = Vec::new();
        if let Some(program) = &progenitor {
            let docs = progenitor_documents(&ours.join("openapi"), dir.path(), Transcription::Full);
            run_progenitor(program, &docs, &dir.path().join("progenitor"));
            theirs = (0..docs.len())
                .map(|i| dir.path().join(format!("progenitor/crate{i}")))
                .collect();
            members.push("progenitor/*");
        }
        std::fs::write(
            dir.path().join("Cargo.toml"),
            workspace_manifest(&repo, &members),
        )
        .expect("write the workspace manifest");
        std::fs::copy(repo.join("Cargo.lock"), dir.path().join("Cargo.lock"))
            .expect("copy Cargo.lock");

        let our_packages = ["-p", "imapi"];
        let their_packages: Vec<String> = (0..theirs.len())
            .flat_map(|i| ["-p".to_owned(), format!("bench-client-{i}")])
            .collect();
        let their_packages: Vec<&str> = their_packages.iter().map(String::as_str).collect();
        let build = |packages: &[&str]| cargo(dir.path(), &target, "build", packages);
        let clean = |packages: &[&str]| {
            cargo(dir.path(), &target, "clean", packages);
        };

        // Every dependency built once, for both sides.
        build(&[]);
        clean(&our_packages);
        let our_scratch = build(&our_packages);
        let their_scratch = (!theirs.is_empty()).then(|| {
            clean(&their_packages);
            build(&their_packages)
        });
        let mut our_rebuilds = Vec::new();
        let mut their_rebuilds = Vec::new();
        for _ in 0..5 {
            touch(&ours.join("src/lib.rs"));
            our_rebuilds.push(build(&our_packages));
            if !theirs.is_empty() {
                for crate_dir in &theirs {
                    touch(&crate_dir.join("src/lib.rs"));
                }
                their_rebuilds.push(build(&their_packages));
            }
        }
        let (our_rebuild, their_rebuild) = (
            median(our_rebuilds),
            (!their_rebuilds.is_empty()).then(|| median(their_rebuilds)),
        );
        for (what, ours, theirs) in [
            ("from scratch", our_scratch, their_scratch),
            ("rebuild after touch", our_rebuild, their_rebuild),
        ] {
            match theirs {
                Some(theirs) => println!(
                    "| {n} | {what} | {:.2} s | {:.2} s | {:.2}x |",
                    ours.as_secs_f64(),
                    theirs.as_secs_f64(),
                    ours.as_secs_f64() / theirs.as_secs_f64()
                ),
                None => println!("| {n} | {what} | {:.2} s | | |", ours.as_secs_f64()),
            }
        }
    }
    if progenitor.is_none() {
        println!("(cargo-progenitor is not installed: only ours was timed)");
    }
}
