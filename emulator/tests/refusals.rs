//! Every documented refusal of every operation, answered by the emulator with its code.
//!
//! The operations come from the generated registry and their refusals from the spec (each
//! operation's `errors`, and the errors its `rules` name), so an operation added to the spec is
//! checked here with no list to edit: the test fails until
//! `emulator/tests/refusals/<service>/<operation>.yaml` gives each documented refusal a case
//! (a request, on the example state, after `before` calls that must succeed, that the emulator
//! refuses with that code) or says under `not_answered` why the emulator never answers it.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use imapi_runtime::HttpConfig;
use imapi_tests::registry::{self, Clients};
use imapi_tests::repo_root;
use reqwest::Method;
use serde::Deserialize;
use serde_json::Value;
use support::Emulator;

/// One operation's file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Refusals {
    /// Requests the emulator refuses, each with the code it answers.
    #[serde(default)]
    refusals: Vec<Case>,
    /// Documented codes the emulator never answers, each with the reason.
    #[serde(default)]
    not_answered: Vec<NotAnswered>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// The code, as the spec writes it (`MessageNotFound`, `10007`).
    error: Value,
    /// What the case shows.
    #[serde(default)]
    why: Option<String>,
    /// Calls made first, on the same state, each of which must succeed.
    #[serde(default)]
    before: Vec<Call>,
    /// The refused request.
    request: Value,
    /// The Tencent account that calls (the app administrator by default).
    #[serde(default, rename = "as")]
    caller: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Call {
    operation: String,
    request: Value,
    #[serde(default, rename = "as")]
    caller: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NotAnswered {
    error: Value,
    why: String,
}

fn code_text(code: &Value) -> String {
    match code {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn file_of(service: &str, snake: &str) -> PathBuf {
    repo_root()
        .join("emulator/tests/refusals")
        .join(service)
        .join(format!("{snake}.yaml"))
}

/// Clients that send what they are given: a request breaking a constraint must be refused by
/// the emulator, with the constraint's code, not by the client before sending.
fn clients(emulator: &Emulator, caller: Option<&str>) -> Clients {
    let unchecked = || HttpConfig {
        validate: false,
        ..support::http()
    };
    Clients {
        volcengine: emulator.volcengine_with(unchecked()),
        tencent: emulator.tencent_with(caller.unwrap_or(support::ADMIN), unchecked()),
        rongcloud: emulator.rongcloud_with(unchecked()),
    }
}

async fn call(
    emulator: &Emulator,
    operation: &str,
    caller: Option<&str>,
    request: Value,
) -> Result<Value, imapi_runtime::Error> {
    let entry = registry::all()
        .into_iter()
        .find(|e| e.name == operation)
        .unwrap_or_else(|| panic!("no operation {operation} in the registry"));
    (entry.call)(&clients(emulator, caller), request).await
}

#[tokio::test]
async fn every_documented_refusal_is_answered_with_its_code() {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    // Every example in a row: the documented rate limits (GetAppidGroupList allows one call a
    // second) are tested elsewhere (tests/integration/rate_limits.rs, emulator/tests/faults.rs).
    let emulator = Emulator::start(&["--no-rate-limits"]);
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut files = BTreeSet::new();
    for entry in registry::all() {
        let (service, op) = ir
            .services
            .iter()
            .find_map(|s| {
                s.operations
                    .iter()
                    .find(|o| o.name == entry.name)
                    .map(|o| (s, o))
            })
            .expect("every registered operation is in the spec");
        // The page's own errors and the ones its rules name: the service-wide codes (signature,
        // throttling, bad bodies) are the gateway's, tested with the routers.
        let documented: BTreeSet<String> = op
            .errors
            .iter()
            .map(|e| e.code_text())
            .chain(
                op.rules
                    .iter()
                    .filter_map(|r| r.error.as_ref().map(code_text)),
            )
            .collect();
        let path = file_of(&service.name, &op.snake);
        files.insert(path.clone());
        let shown = path
            .strip_prefix(repo_root())
            .unwrap_or(&path)
            .display()
            .to_string();
        let file: Refusals = match std::fs::read_to_string(&path) {
            Ok(text) => match serde_yaml::from_str(&text) {
                Ok(file) => file,
                Err(e) => {
                    problems.push(format!("{shown}: {e}"));
                    continue;
                }
            },
            Err(_) if documented.is_empty() => Refusals::default(),
            Err(e) => {
                problems.push(format!(
                    "{shown}: {e}; {} documents {documented:?}",
                    op.name
                ));
                continue;
            }
        };
        let mut covered = BTreeMap::new();
        for n in &file.not_answered {
            covered.insert(code_text(&n.error), "not_answered");
            assert!(
                !n.why.trim().is_empty(),
                "{shown}: a reason for {}",
                n.error
            );
        }
        for case in &file.refusals {
            let code = code_text(&case.error);
            covered.insert(code.clone(), "refusals");
            // Each case starts from the example state.
            assert_eq!(emulator.admin(Method::POST, "reset", "").await.0, 200);
            let mut ready = true;
            for before in &case.before {
                if let Err(e) = call(
                    &emulator,
                    &before.operation,
                    before.caller.as_deref(),
                    before.request.clone(),
                )
                .await
                {
                    problems.push(format!(
                        "{shown}: {code}: the call before, {}, failed: {e}",
                        before.operation
                    ));
                    ready = false;
                }
            }
            if !ready {
                continue;
            }
            checked += 1;
            let answer = call(
                &emulator,
                &op.name,
                case.caller.as_deref(),
                case.request.clone(),
            )
            .await;
            let why = case.why.as_deref().unwrap_or("");
            match answer {
                Ok(answer) => problems.push(format!(
                    "{shown}: {code} ({why}): the emulator answered {answer}"
                )),
                Err(e) => {
                    let got = e.vendor().map(|v| v.code.clone());
                    if got.as_deref() != Some(code.as_str()) {
                        problems.push(format!("{shown}: {code} ({why}): the emulator said {e}"));
                    }
                }
            }
        }
        for code in &documented {
            if !covered.contains_key(code) {
                problems.push(format!(
                    "{shown}: {} documents {code}: add a case under `refusals`, or say under `not_answered` why the emulator never answers it",
                    op.name
                ));
            }
        }
        for code in covered.keys() {
            if !documented.contains(code) {
                problems.push(format!(
                    "{shown}: {code} is not one of {}'s documented errors {documented:?}",
                    op.name
                ));
            }
        }
    }
    // A file for an operation the spec no longer has is stale.
    for service in std::fs::read_dir(repo_root().join("emulator/tests/refusals")).unwrap() {
        for file in std::fs::read_dir(service.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            if !files.contains(&path) {
                problems.push(format!("{}: no operation of the spec", path.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 0);
}
