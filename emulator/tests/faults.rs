//! Injected faults, as integrators use them to test their error paths: a retry loop meets
//! injected throttling and then succeeds, a seed repeats the same draws, and every kind of fault
//! answers as described.

mod support;

use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::{Error, HttpConfig, RetryPolicy};
use reqwest::Method;
use serde_json::json;
use support::{file, http, Emulator, ADMIN};

#[tokio::test]
async fn a_retry_loop_meets_injected_throttling_then_succeeds() {
    let emulator = Emulator::start(&["--seed", "7"]);
    let rules = "rules:\n  - {vendor: volcengine, operation: ModifyMessage, probability: 0.6, answer: throttle}\n  - {vendor: tencent, operation: ModifyUserInfo, probability: 0.6, answer: throttle}\n";
    let (status, body) = emulator.admin(Method::PUT, "faults", rules).await;
    assert_eq!(status, 200, "{body}");
    let retrying = HttpConfig {
        retry: RetryPolicy {
            max_attempts: 20,
            base_delay: std::time::Duration::from_millis(1),
            max_delay: std::time::Duration::from_millis(2),
        },
        ..http()
    };
    let request: vc::ModifyMessageRequest = serde_json::from_value(
        json!({"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "Ext": {"x": "y"}}),
    )
    .unwrap();
    for _ in 0..5 {
        emulator
            .volcengine_with(retrying.clone())
            .modify_message(&request)
            .await
            .expect("succeeds after the throttling");
        let marks: tc::ModifyUserInfoRequest = serde_json::from_value(json!({"GroupId": "@TGS#a6I4ZUUGO", "CommandType": 1, "MemberList": [{"Member_Account": "teacher10", "Marks": [1000]}]})).unwrap();
        emulator
            .tencent_with(ADMIN, retrying.clone())
            .modify_user_info(&marks)
            .await
            .expect("succeeds after the throttling");
    }
    let log = emulator.log();
    let throttled = log
        .iter()
        .filter(|l| l.contains("code=fault:throttle"))
        .count();
    assert!(throttled > 0, "the rule fired: {log:#?}");
    assert_eq!(log.iter().filter(|l| l.contains("code=OK")).count(), 10);
    // Without retries the throttling error is the vendor's own.
    let (status, _) = emulator
        .admin(
            Method::PUT,
            "faults",
            "rules: [{vendor: volcengine, answer: throttle}]",
        )
        .await;
    assert_eq!(status, 200);
    let e = emulator
        .volcengine()
        .modify_message(&request)
        .await
        .unwrap_err();
    let v = e.vendor().expect("a vendor error");
    assert_eq!(
        (v.code.as_str(), v.http_status, v.throttled),
        ("FlowLimitExceeded.QPSOverLimit", 429, true)
    );
}

/// The outcome of 40 calls under a 30% fault rate, as a string of `.` and `x`.
async fn sequence(seed: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let faults = file(
        dir.path(),
        "faults.yaml",
        "rules:\n  - {vendor: volcengine, probability: 0.3, answer: {error: {code: InvalidParam, message: injected}}}\n",
    );
    let emulator = Emulator::start(&["--seed", seed, "--faults", &faults]);
    let volc = emulator.volcengine();
    let request: vc::ModifyMessageRequest =
        serde_json::from_value(json!({"AppId": 0, "ConversationShortId": 1, "MessageId": 10001}))
            .unwrap();
    let mut out = String::new();
    for _ in 0..40 {
        out.push(match volc.modify_message(&request).await {
            Ok(_) => '.',
            Err(e) => {
                assert_eq!(e.vendor().map(|v| v.message.as_str()), Some("injected"));
                'x'
            }
        });
    }
    out
}

#[tokio::test]
async fn a_seeded_fault_rate_repeats_exactly() {
    let first = sequence("1234").await;
    let second = sequence("1234").await;
    assert_eq!(first, second);
    let faults = first.matches('x').count();
    assert!((4..=20).contains(&faults), "about 30% of 40: {first}");
    assert_ne!(
        first,
        sequence("99").await,
        "another seed, another sequence"
    );
}

#[tokio::test]
async fn every_kind_of_fault_answers_as_described() {
    let emulator = Emulator::start(&[]);
    let request: vc::ModifyMessageRequest =
        serde_json::from_value(json!({"AppId": 0, "ConversationShortId": 1, "MessageId": 10001}))
            .unwrap();
    let set = |rules: &'static str| {
        let emulator = &emulator;
        async move {
            let (status, body) = emulator.admin(Method::PUT, "faults", rules).await;
            assert_eq!(status, 200, "{body}");
        }
    };
    // A documented code, scoped to an app.
    set("rules: [{vendor: volcengine, operation: ModifyMessage, app: 0, answer: {error: {code: MessageNotFound, message: gone}}}]").await;
    let e = emulator
        .volcengine()
        .modify_message(&request)
        .await
        .unwrap_err();
    assert_eq!(
        e.vendor().map(|v| (v.code.as_str(), v.message.as_str())),
        Some(("MessageNotFound", "gone"))
    );
    let other_app: vc::ModifyMessageRequest =
        serde_json::from_value(json!({"AppId": 5, "ConversationShortId": 1, "MessageId": 10001}))
            .unwrap();
    let e = emulator
        .volcengine()
        .modify_message(&other_app)
        .await
        .unwrap_err();
    assert_eq!(
        e.vendor().map(|v| v.code.as_str()),
        Some("ConversationNotFound"),
        "not this app"
    );
    // An HTTP status with Retry-After.
    set("rules: [{vendor: volcengine, answer: {status: {status: 503, retry_after: 30}}}]").await;
    let e = emulator
        .volcengine()
        .modify_message(&request)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::HttpStatus { status: 503, .. }), "{e}");
    assert_eq!(e.retry_after(), Some(std::time::Duration::from_secs(30)));
    // Latency.
    set("rules: [{vendor: volcengine, answer: {latency: {ms: 300}}}]").await;
    let started = std::time::Instant::now();
    emulator
        .volcengine()
        .modify_message(&request)
        .await
        .expect("late but fine");
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
    // A dropped connection.
    set("rules: [{vendor: volcengine, answer: drop}]").await;
    let e = emulator
        .volcengine()
        .modify_message(&request)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e}");
    // Bad rules are refused with a reason; the live rules stay.
    let (status, body) = emulator
        .admin(
            Method::PUT,
            "faults",
            "rules: [{vendor: tencent, answer: {error: {code: 1}}}]",
        )
        .await;
    assert_eq!(status, 400);
    assert!(
        body.contains("not a documented tencent error code"),
        "{body}"
    );
    assert_eq!(emulator.admin(Method::DELETE, "faults", "").await.0, 200);
    emulator
        .volcengine()
        .modify_message(&request)
        .await
        .expect("no rules");
}
