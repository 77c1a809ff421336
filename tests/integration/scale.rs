//! The generator at scale: a synthetic spec of 2,000 operations (the repository's operations
//! cloned) goes through the whole of `generate` in memory. What is asserted is the work
//! done (every operation's file rendered, once), not a time: timings are the benchmark's.

use imapi_tests::{repo_options, repo_root, synth};

#[test]
fn two_thousand_operations_generate() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("spec");
    let n = synth::write(&repo_root().join("spec"), 2000, &spec).unwrap();
    assert_eq!(n, 2000);
    let ir = codegen::build_ir(&spec).unwrap_or_else(|d| panic!("{d}"));
    let operations: usize = ir.services.iter().map(|s| s.operations.len()).sum();
    assert_eq!(operations, 2000);
    let outputs =
        codegen::generate_in_memory_with(&spec, &repo_options()).unwrap_or_else(|e| panic!("{e}"));
    let operation_files = outputs
        .crate_files
        .keys()
        .filter(|path| {
            let file = path.rsplit('/').next().unwrap_or_default();
            path.starts_with("src/")
                && path.matches('/').count() == 2
                && !["mod.rs", "client.rs", "server.rs", "errors.rs", "types.rs"].contains(&file)
        })
        .count();
    assert_eq!(operation_files, 2000, "one module per operation");
}
