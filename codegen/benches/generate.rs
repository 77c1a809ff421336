//! `cargo bench -p codegen --bench generate`: the `codegen` binary, as a whole process, on
//! synthetic specs of 5, 250, 1,000 and 10,000 operations (the repository's eight cloned,
//! `codegen::synth`): `generate` into a fresh folder three times a size, then `check` and
//! `generate` again with nothing to do. Prints the median wall time and each process's peak
//! RSS (from `wait4`). `GENERATE_BENCH_SIZES=5,250` picks other sizes.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs the binary with `args`; its wall time and peak RSS in MiB. The child is reaped with
/// `wait4`, which also gives its resource use, rather than `Child::wait`.
#[allow(clippy::zombie_processes)]
fn run(args: &[&str]) -> (Duration, f64) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
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
        "codegen {args:?} failed"
    );
    (elapsed, usage.ru_maxrss as f64 / 1024.0)
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
    let spec_root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    let mut full = Vec::new();
    println!("| operations | generate (median of 3) | peak RSS | no-op generate | no-op check |");
    println!("| --- | --- | --- | --- | --- |");
    for n in sizes {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let spec = dir.path().join("spec");
        codegen::synth::write(&spec_root, n, &spec).expect("write the synthetic spec");
        let spec_arg = spec.to_string_lossy().into_owned();
        let runs: Vec<(Duration, f64)> = (0..3)
            .map(|run_index| {
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
            })
            .collect();
        let (wall, rss) = median(runs);
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
}
