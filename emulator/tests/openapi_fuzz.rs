//! schemathesis fuzzes the emulator from the exported OpenAPI documents
//! (`generated/openapi/`): its examples, coverage and fuzzing phases, positive and negative
//! data, every request signed by `tests/openapi/hooks.py` the way the vendor signs it. The
//! emulator must answer no 5xx, no undocumented status or content type, and no body outside
//! the documented schema. schemathesis and Hypothesis are pinned and installed by the test on
//! first use; the run is bounded by `--max-examples` per operation and a fixed seed.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use imapi_tests::repo_root;
use imapi_tests::tools::openapi_python;
use serde_json::Value;
use support::Emulator;

const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance";

fn schemathesis(document: &Path, emulator: &Emulator, max_examples: u32) -> Output {
    let python = openapi_python();
    let bin = python
        .parent()
        .expect("the venv's bin")
        .join("schemathesis");
    // schemathesis keeps a cache in its working folder: one under target/.
    let work = repo_root().join("target/schemathesis");
    std::fs::create_dir_all(&work).expect("create target/schemathesis");
    let mut command = Command::new(bin);
    emulator.credentials_env(&mut command);
    command
        .current_dir(&work)
        .arg("run")
        .arg(document)
        .args(["--url", &emulator.base_url, "--checks", CHECKS])
        .args(["--max-examples", &max_examples.to_string()])
        .args(["--seed", "20261129", "--workers", "1"])
        .args(["--generation-database", "none", "--no-color"])
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONPATH", hooks_path())
        .env("SCHEMATHESIS_HOOKS", "hooks")
        .output()
        .expect("run schemathesis")
}

/// The hooks' folder and the generated Python package, whose signers the hooks use.
fn hooks_path() -> std::ffi::OsString {
    std::env::join_paths([
        repo_root().join("tests/openapi"),
        repo_root().join("generated/python"),
    ])
    .expect("paths without separators")
}

/// `812` from schemathesis's "812 generated, 812 passed".
fn generated(stdout: &str) -> u64 {
    stdout
        .lines()
        .find_map(|l| {
            let (count, _) = l.trim().split_once(" generated")?;
            count.trim().parse().ok()
        })
        .unwrap_or(0)
}

#[test]
fn the_hooks_sign_like_the_vendors_official_packages() {
    let output = Command::new(openapi_python())
        .args([
            "-c",
            "import sys, hooks; print(hooks.self_test(sys.argv[1]))",
        ])
        .arg(repo_root().join("tests/conformance"))
        .env("PYTHONPATH", hooks_path())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run the self test");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "13");
}

#[test]
fn schemathesis_finds_nothing_wrong_in_the_emulator() {
    let emulator = Emulator::start(&["--no-rate-limits"]);
    let mut total = 0;
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    for service in ir.services.iter().map(|s| s.name.as_str()) {
        let document = repo_root().join(format!("generated/openapi/{service}.openapi.json"));
        let output = schemathesis(&document, &emulator, 30);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "schemathesis found problems in {service}:\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let count = generated(&stdout);
        assert!(count >= 200, "{service}: only {count} requests:\n{stdout}");
        println!("{service}: {count} requests");
        total += count;
    }
    println!("{total} requests in all");

    // The signing hook works: every operation of both documents was reached and succeeded at
    // least once, besides the refusals of the negative cases.
    let log = emulator.log();
    for op in [
        " BatchGetConversationParticipant ",
        " BatchUpdateLiveParticipants ",
        " GetUserConversations ",
        " ModifyConversationSetting ",
        " ModifyMessage ",
        " ScanConversationParticipantList ",
        "/modify_user_info ",
        "/send_group_msg ",
        "/user/info.json ",
        "/group/sync.json ",
        "/message/private/publish.json ",
    ] {
        assert!(
            log.iter().any(|l| l.contains(op) && l.contains("code=OK")),
            "no successful{op}call in the log"
        );
    }
}

#[test]
fn schemathesis_reports_a_response_outside_the_document() {
    // The same document, except that a successful ModifyMessage must also hold a field the
    // emulator never sends: the run has to fail, so the passing run above means something.
    let source = repo_root().join("generated/openapi/volcengine-rtc-im.openapi.json");
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(source).expect("the document"))
            .expect("JSON");
    let schemas = doc["components"]["schemas"]
        .as_object_mut()
        .expect("schemas");
    let response = schemas
        .get_mut("ModifyMessageResponse")
        .expect("the response type");
    response["required"] = Value::from(vec!["NoSuchField"]);
    let dir = tempfile::tempdir().expect("a folder");
    let broken = dir.path().join("broken.openapi.json");
    std::fs::write(&broken, doc.to_string()).expect("write");

    let emulator = Emulator::start(&["--no-rate-limits"]);
    let output = schemathesis(&broken, &emulator, 5);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "{stdout}");
    assert!(
        stdout.contains("POST /#Action=ModifyMessage")
            && stdout.contains("Response violates schema"),
        "{stdout}"
    );
}
