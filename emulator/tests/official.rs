//! The vendors' official Python packages against the emulator: requests signed by PyPI
//! `volcengine` and UserSigs made by PyPI `tls-sig-api-v2` are accepted, and their wrong
//! signatures and expired UserSigs are refused with the vendors' codes. The packages are
//! installed by the test on first use, pinned, into a virtualenv under `target/`.

mod support;

use std::process::Command;

use imapi_tests::repo_root;
use imapi_tests::tools::python_venv;
use serde_json::Value;
use support::{Emulator, ADMIN, AK, KEY, SDKAPPID, SK};

#[test]
fn the_official_python_packages_are_accepted_and_refused_like_the_vendors() {
    let python = python_venv("vendor", &["volcengine==1.0.229", "tls-sig-api-v2==1.1"]);
    let emulator = Emulator::start(&[]);
    let output = Command::new(python)
        .arg(repo_root().join("tests/conformance/official_clients.py"))
        .args([&emulator.base_url, AK, SK, "cn-north-1"])
        .args([&SDKAPPID.to_string(), ADMIN, KEY])
        .output()
        .expect("run the script");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let results: Value = serde_json::from_slice(&output.stdout).expect("the script's JSON");

    let (ok, answer) = (&results["volcengine_ok"][0], &results["volcengine_ok"][1]);
    assert_eq!(ok, true, "{answer}");
    assert_eq!(answer["ResponseMetadata"]["Action"], "ModifyMessage");
    assert!(answer["ResponseMetadata"].get("Error").is_none());

    let (ok, answer) = (
        &results["volcengine_wrong_secret"][0],
        &results["volcengine_wrong_secret"][1],
    );
    assert_eq!(ok, false);
    let error = &answer["ResponseMetadata"]["Error"];
    assert_eq!(
        (&error["Code"], &error["CodeN"]),
        (&Value::from("SignatureDoesNotMatch"), &Value::from(100010))
    );

    let participants = &results["volcengine_get"][1]["Result"]["Participants"];
    assert_eq!(participants[0]["ParticipantUserId"], 10001);

    let ok = &results["tencent_ok"];
    assert_eq!(ok["status"], 200);
    assert_eq!(ok["body"]["ActionStatus"], "OK", "{ok}");
    assert_eq!(ok["body"]["MemberList"][0]["Member_Account"], "teacher10");
    assert_eq!(results["tencent_wrong_key"]["body"]["ErrorCode"], 70009);
    assert_eq!(results["tencent_expired"]["body"]["ErrorCode"], 70001);
    let log = emulator.log();
    assert_eq!(
        log.iter().filter(|l| l.contains("code=OK")).count(),
        3,
        "{log:#?}"
    );
}
