//! `cargo bench -p codegen --bench generate`: the `codegen` binary, as a whole process, on
//! synthetic specs of 5, 250, 1,000 and 10,000 operations (the repository's eight cloned,
//! `codegen::synth`): `generate` into a fresh folder three times a size, then `check` and
//! `generate` again with nothing to do. Prints the median wall time and each process's peak
//! RSS (from `wait4`). `GENERATE_BENCH_SIZES=5,250` picks other sizes.
//!
//! Paired with progenitor when `cargo-progenitor` is installed (`cargo install
//! cargo-progenitor --version 0.15.1 --locked`; found on PATH, in `~/.cargo/bin`, or named by
//! `PROGENITOR`): at each size up to `PROGENITOR_MAX` (1,000), progenitor turns the same
//! operations into a client crate, one process per service (wall times summed, the largest
//! peak), fed two ways: the OpenAPI documents `generate` exports, and a plain transcription of
//! them (no examples, no `x-` extensions; see [`Transcription`]), both brought down to
//! OpenAPI 3.0, which progenitor reads. The runs alternate, ours then progenitor's on each
//! input, three rounds.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{progenitor, run_progenitor, run_program, Transcription};

/// Runs the `codegen` binary with `args`; its wall time and peak RSS in MiB.
fn run(args: &[&str]) -> (Duration, f64) {
    run_program(Path::new(env!("CARGO_BIN_EXE_codegen")), args)
}

/// The median run by wall time.
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
        // The same operations in OpenAPI 3.0, for progenitor, as exported and plain.
        let inputs: Vec<(Transcription, Vec<PathBuf>)> = match &progenitor {
            Some(_) if n <= progenitor_max => [Transcription::Full, Transcription::Plain]
                .into_iter()
                .map(|t| {
                    let openapi = dir.path().join("out0/openapi");
                    (t, common::progenitor_documents(&openapi, dir.path(), t))
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut ours = vec![first];
        let mut theirs: Vec<Vec<(Duration, f64)>> = inputs.iter().map(|_| Vec::new()).collect();
        for run_index in 1..4 {
            if run_index < 3 {
                ours.push(generate(run_index));
            }
            if let Some(program) = &progenitor {
                for ((_, docs), runs) in inputs.iter().zip(&mut theirs) {
                    runs.push(run_progenitor(
                        program,
                        docs,
                        &dir.path().join("progenitor"),
                    ));
                }
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
        for ((transcription, _), runs) in inputs.iter().zip(theirs) {
            paired.push((n, *transcription, wall, rss, median(runs)));
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
        println!("| operations | progenitor fed | codegen wall | progenitor wall | ratio | codegen peak | progenitor peak |");
        println!("| --- | --- | --- | --- | --- | --- | --- |");
        for (n, transcription, wall, rss, (their_wall, their_rss)) in paired {
            println!(
                "| {n} | {} | {:.3} s | {:.3} s | {:.2}x | {rss:.0} MiB | {their_rss:.0} MiB |",
                transcription.label(),
                wall.as_secs_f64(),
                their_wall.as_secs_f64(),
                wall.as_secs_f64() / their_wall.as_secs_f64()
            );
        }
    }
}
