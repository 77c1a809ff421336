//! The generated TypeScript and Python packages call the emulator for every operation: each
//! package's live test (tests/typescript/live.ts, compiled by the pinned tsc and run by Node;
//! tests/python/test_live.py, run by the pinned pytest) sends every spec example through the
//! package's client, and checks its signers against the vendors' vectors, 64-bit ids, a refusal
//! before sending and a vendor error. The tools are installed by the tests on first use.

mod support;

use std::process::Command;

use imapi_tests::registry;
use imapi_tests::repo_root;
use imapi_tests::tools::{compile_typescript, python_tools};
use serde_json::Value;
use support::Emulator;

fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Every operation of the spec, by name, sorted: the generated registry's, so an operation added
/// to the spec is called by both packages' live tests with no list here to edit.
fn operations() -> Vec<&'static str> {
    let mut names: Vec<&str> = registry::all().iter().map(|e| e.name).collect();
    names.sort_unstable();
    names
}

/// What the emulator's log line of a successful call of each operation holds: Volcengine's
/// operations are logged by name, Tencent's by path.
fn logged_as() -> Vec<String> {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    ir.services
        .iter()
        .flat_map(|s| &s.operations)
        .map(|op| match op.http.path.rsplit_once('/') {
            Some((_, command)) if !command.is_empty() => format!("/{command}"),
            _ => format!(" {} ", op.name),
        })
        .collect()
}

#[test]
fn the_typescript_package_calls_every_operation_of_the_emulator() {
    let script = compile_typescript("tests/typescript/live.ts", "ts-live");

    // Every example in a row: the documented rate limits (GetAppidGroupList allows one call a
    // second) are tested elsewhere (tests/integration/rate_limits.rs, emulator/tests/faults.rs).
    let emulator = Emulator::start(&["--no-rate-limits"]);
    let mut node = Command::new("node");
    node.arg(script);
    emulator.credentials_env(&mut node);
    let out = node.output().expect("run node");
    assert!(out.status.success(), "{}", text(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).expect("the test's summary");
    assert_eq!(
        summary["called"],
        serde_json::json!(operations()),
        "{summary}"
    );
    assert_eq!(
        summary["refused"],
        serde_json::json!(["MemberList[0].Marks[0] minimum"])
    );
    assert_eq!(
        summary["vendor_error"],
        serde_json::json!(["ConversationNotFound", "1", "400"])
    );
    assert_eq!(summary["vectors"], 13);
    assert_eq!(
        summary["roam_walk"],
        serde_json::json!([
            "0:1054803289_7201_1584669689",
            "1:549396494_2578554_1584669680"
        ]),
        "AdminGetRoamMsg's walk, carrying LastMsgTime into MaxTime"
    );
    // Every call was signed well enough for the emulator to run the operation.
    let log = emulator.log();
    for op in ["ModifyMessage", "/modify_user_info", "/send_group_msg"] {
        assert!(
            log.iter().any(|l| l.contains(op) && l.contains("code=OK")),
            "{op} succeeded"
        );
    }
}

#[test]
fn the_python_package_calls_every_operation_of_the_emulator() {
    // Every example in a row: the documented rate limits (GetAppidGroupList allows one call a
    // second) are tested elsewhere (tests/integration/rate_limits.rs, emulator/tests/faults.rs).
    let emulator = Emulator::start(&["--no-rate-limits"]);
    let mut pytest = Command::new(python_tools());
    pytest
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
        .arg(repo_root().join("tests/python/test_live.py"))
        .current_dir(repo_root().join("generated/python"))
        .env("PYTHONPATH", repo_root().join("generated/python"));
    emulator.credentials_env(&mut pytest);
    let out = pytest.output().expect("run pytest");
    let report = text(&out);
    assert!(out.status.success(), "{report}");
    let passed: usize = report
        .lines()
        .find_map(|l| l.split(" passed").next()?.trim().parse().ok())
        .unwrap_or(0);
    // A case per example request (at least one an operation) and the eight checks beside.
    assert!(passed >= registry::all().len() + 8, "{report}");
    let log = emulator.log();
    for op in logged_as() {
        assert!(
            log.iter().any(|l| l.contains(&op) && l.contains("code=OK")),
            "{op} succeeded"
        );
    }
}
