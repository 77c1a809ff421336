//! `cargo bench -p imapi-tests --bench generate`: `generate` on synthetic specs of 5, 250,
//! 1,000 and 10,000 operations (the repository's eight cloned, `imapi_tests::synth`), each
//! into a fresh output folder, three runs a size; prints the median wall time, the ratio to the
//! 1,000-operation run and the process's peak RSS so far (sizes go up, so each figure is that
//! size's peak). `GENERATE_BENCH_SIZES=5,250` picks other sizes.

use std::time::{Duration, Instant};

use imapi_tests::{repo_root, synth};

fn peak_rss_mib() -> f64 {
    // SAFETY: getrusage fills the struct it is given and touches nothing else.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0;
    if ok {
        usage.ru_maxrss as f64 / 1024.0
    } else {
        f64::NAN
    }
}

fn main() {
    let sizes: Vec<usize> = std::env::var("GENERATE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![5, 250, 1000, 10_000]);
    let spec_root = repo_root().join("spec");
    let mut medians = Vec::new();
    println!("| operations | median wall | runs | peak RSS |");
    println!("| --- | --- | --- | --- |");
    for n in sizes {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let spec = dir.path().join("spec");
        synth::write(&spec_root, n, &spec).expect("write the synthetic spec");
        let mut runs: Vec<Duration> = (0..3)
            .map(|run| {
                let out = dir.path().join(format!("out{run}"));
                let started = Instant::now();
                codegen::generate(&spec, &out).unwrap_or_else(|e| panic!("{n} operations: {e}"));
                started.elapsed()
            })
            .collect();
        runs.sort();
        let median = runs[1];
        medians.push((n, median));
        println!(
            "| {n} | {:.3} s | {} | {:.0} MiB |",
            median.as_secs_f64(),
            runs.iter()
                .map(|r| format!("{:.3}", r.as_secs_f64()))
                .collect::<Vec<_>>()
                .join(", "),
            peak_rss_mib()
        );
    }
    if let (Some((_, thousand)), Some((_, ten_thousand))) = (
        medians.iter().find(|(n, _)| *n == 1000),
        medians.iter().find(|(n, _)| *n == 10_000),
    ) {
        println!(
            "10,000 operations cost {:.1}x what 1,000 cost",
            ten_thousand.as_secs_f64() / thousand.as_secs_f64()
        );
    }
}
