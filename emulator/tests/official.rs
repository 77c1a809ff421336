//! The vendors' official Python packages against the emulator: requests signed by PyPI
//! `volcengine`, UserSigs made by PyPI `tls-sig-api-v2` and RongCloud headers made by PyPI
//! `rc-server-sdk` are accepted, and their wrong signatures and expired UserSigs are refused with
//! the vendors' codes. The packages are installed by the test on first use, pinned, into a
//! virtualenv under `target/`. Every operation of the spec is called through them with its first
//! example request.

mod support;

use std::process::Command;

use imapi_tests::repo_root;
use imapi_tests::tools::python_venv;
use serde_json::{json, Value};
use support::{Emulator, ADMIN, AK, KEY, RC_APP_KEY, RC_APP_SECRET, SDKAPPID, SK, TOKEN};

/// The vendors' packages, pinned (`rc-server-sdk` imports `jinja2` without declaring it).
const VENDOR_PACKAGES: &[&str] = &[
    "volcengine==1.0.229",
    "tls-sig-api-v2==1.1",
    "rc-server-sdk==3.2.0",
    "jinja2==3.1.4",
];

#[test]
fn the_official_python_packages_are_accepted_and_refused_like_the_vendors() {
    let python = python_venv("vendor", VENDOR_PACKAGES);
    let emulator = Emulator::start(&[]);
    let output = Command::new(python)
        .env("IMAPI_RONGCLOUD_APP_KEY", RC_APP_KEY)
        .env("IMAPI_RONGCLOUD_APP_SECRET", RC_APP_SECRET)
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
    let ok = &results["rongcloud_ok"];
    assert_eq!(
        (&ok["status"], &ok["body"]["code"]),
        (&json!(200), &json!(200)),
        "{ok}"
    );
    assert_eq!(ok["body"]["userName"], "123");
    let refused = &results["rongcloud_wrong_secret"];
    assert_eq!(
        (&refused["status"], &refused["body"]["code"]),
        (&json!(401), &json!(1004)),
        "{refused}"
    );
    let log = emulator.log();
    assert_eq!(
        log.iter().filter(|l| l.contains("code=OK")).count(),
        4,
        "{log:#?}"
    );
}

/// Every operation's first example request, sent through the official packages: Volcengine's
/// signed by PyPI `volcengine`, Tencent's as a plain HTTP POST with a UserSig from PyPI
/// `tls-sig-api-v2`, RongCloud's as a form POST with the headers PyPI `rc-server-sdk` signs.
/// Each is answered as a success, on the example state.
#[test]
fn the_official_packages_call_every_operation() {
    let python = python_venv("vendor", VENDOR_PACKAGES);
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    let samples: Vec<Value> = ir
        .services
        .iter()
        .flat_map(|s| s.operations.iter().map(move |op| (s, op)))
        .map(|(service, op)| {
            let request = op
                .examples
                .iter()
                .find_map(|e| e.request.clone())
                .unwrap_or_else(|| panic!("{} has a request example", op.name));
            let vendor = serde_json::to_value(service.protocol).expect("a protocol's name");
            json!({"vendor": vendor, "operation": op.name, "path": op.http.path, "request": request})
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let listed = dir.path().join("samples.json");
    std::fs::write(&listed, serde_json::to_vec(&samples).unwrap()).unwrap();
    // Every example in a row: the documented rate limits (GetAppidGroupList allows one call a
    // second) are tested elsewhere (tests/integration/rate_limits.rs, emulator/tests/faults.rs).
    let emulator = Emulator::start(&["--no-rate-limits"]);
    let output = Command::new(python)
        .env("IMAPI_RONGCLOUD_APP_KEY", RC_APP_KEY)
        .env("IMAPI_RONGCLOUD_APP_SECRET", RC_APP_SECRET)
        .arg(repo_root().join("tests/conformance/official_clients.py"))
        .args([&emulator.base_url, AK, SK, "cn-north-1"])
        .args([&SDKAPPID.to_string(), ADMIN, KEY])
        .arg(&listed)
        .arg(TOKEN)
        .output()
        .expect("run the script");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answers: Vec<Value> = serde_json::from_slice(&output.stdout).expect("the script's JSON");
    assert_eq!(answers.len(), samples.len());
    let failed: Vec<&Value> = answers.iter().filter(|a| a["ok"] != true).collect();
    assert!(failed.is_empty(), "{failed:#?}");
    for answer in answers
        .iter()
        .filter(|a| a["answer"].get("ResponseMetadata").is_some())
    {
        assert_eq!(
            answer["answer"]["ResponseMetadata"]["Action"],
            answer["operation"]
        );
    }
}
