//! The generated clients against the generated routers over 127.0.0.1: every operation of both
//! services with every spec example, random valid requests and responses, the implementation's
//! refusals as typed errors, and the clients' retries, timeouts and validation. Operations come
//! from the generated `for_each_operation` (through the registry) and the IR, so an operation
//! added to the spec is covered without an edit here.

use std::collections::HashSet;
use std::time::Duration;

use codegen::ir::{self, Type};
use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::server::Caller;
use imapi_runtime::Error;
use imapi_tests::loopback::{self, Answer, Loopback, ADMIN, AK, SDKAPPID, SK};
use imapi_tests::registry;
use imapi_tests::repo_root;
use imapi_tests::strategies::{sample, strategy};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

fn spec() -> ir::Ir {
    codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"))
}

/// The payload of a whole response body: Volcengine's `Result`, or Tencent's fields beside the
/// envelope's.
fn payload(service: &ir::Service, body: &Value) -> Value {
    match &service.envelope.payload_field {
        Some(field) => body.get(&field.wire).cloned().unwrap_or(json!({})),
        None => {
            let mut object = body.as_object().cloned().unwrap_or_default();
            for f in &service.envelope.fields {
                object.remove(&f.name.wire);
            }
            Value::Object(object)
        }
    }
}

fn named(name: &str) -> Type {
    Type::Named {
        name: name.to_owned(),
    }
}

#[tokio::test]
async fn every_spec_example_goes_through_every_operation() {
    let ir = spec();
    let lb = Loopback::start_unlimited().await;
    let mut runner = TestRunner::deterministic();
    let mut covered = 0;
    for entry in registry::all() {
        let service = ir
            .services
            .iter()
            .find(|s| s.name == entry.service)
            .expect("the registry's service is in the spec");
        let op = service
            .operations
            .iter()
            .find(|o| o.name == entry.name)
            .expect("the registry's operation is in the spec");
        let responses: Vec<Value> = op
            .examples
            .iter()
            .filter_map(|e| e.response.as_ref().map(|r| payload(service, r)))
            .collect();
        for (i, example) in op.examples.iter().enumerate() {
            let Some(request) = &example.request else {
                continue;
            };
            // The example's own response, another of the operation's, or a generated one.
            let answer = example
                .response
                .as_ref()
                .map(|r| payload(service, r))
                .or_else(|| responses.first().cloned())
                .unwrap_or_else(|| sample(&mut runner, service, &named(&op.response)));
            lb.recorder
                .queue(entry.name, Answer::Payload(answer.clone()));
            let got = (entry.call)(&lb.clients, request.clone())
                .await
                .unwrap_or_else(|e| panic!("{}/{} example {i}: {e}", entry.service, entry.name));
            assert_eq!(got, answer, "{} example `{}`", entry.name, example.name);
            let seen = lb
                .recorder
                .seen()
                .pop()
                .expect("the request reached the server");
            assert_eq!(seen.operation, entry.name);
            assert_eq!(&seen.request, request, "the server got what was sent");
            match service.protocol {
                ir::Protocol::Volcengine => {
                    assert_eq!(seen.context.caller, Caller::new(AK));
                    assert_eq!(seen.context.app, request["AppId"].as_i64());
                    assert_eq!(seen.context.region.as_deref(), Some("cn-north-1"));
                }
                ir::Protocol::Tencent => {
                    assert_eq!(seen.context.caller, Caller::new(ADMIN));
                    assert_eq!(seen.context.app, Some(SDKAPPID as i64));
                }
                ir::Protocol::Rongcloud => {
                    assert_eq!(seen.context.caller, Caller::new(loopback::RC_APP_KEY));
                    assert_eq!(seen.context.app, Some(1));
                }
            }
            covered += 1;
        }
    }
    assert!(covered >= 6, "every request example, {covered} here");
    let ids: HashSet<String> = lb
        .recorder
        .seen()
        .into_iter()
        .map(|s| s.context.request_id)
        .collect();
    assert_eq!(ids.len(), covered, "each request has its own id");
}

#[tokio::test]
async fn random_valid_requests_and_responses_round_trip() {
    let ir = spec();
    let lb = Loopback::start_unlimited().await;
    for entry in registry::all() {
        let service = ir
            .services
            .iter()
            .find(|s| s.name == entry.service)
            .expect("the service");
        let op = service
            .operations
            .iter()
            .find(|o| o.name == entry.name)
            .expect("the operation");
        let requests = strategy(service, &named(&op.request), &Default::default());
        let responses = strategy(service, &named(&op.response), &Default::default());
        let mut runner = TestRunner::new(Config {
            cases: 24,
            failure_persistence: None,
            ..Config::default()
        });
        for case in 0..24 {
            let request = requests.new_tree(&mut runner).unwrap().current();
            let response = responses.new_tree(&mut runner).unwrap().current();
            lb.recorder
                .queue(entry.name, Answer::Payload(response.clone()));
            let got = (entry.call)(&lb.clients, request.clone())
                .await
                .unwrap_or_else(|e| panic!("{} case {case}: {e}\nrequest {request}", entry.name));
            assert_eq!(got, response, "{} case {case}: the answer", entry.name);
            let seen = lb.recorder.seen().pop().expect("seen");
            // A form has no way to write an empty list or map: an optional one left empty
            // arrives as absent, which is what it means.
            let sent = match (op.http.body, request) {
                (ir::BodyFormat::Form, Value::Object(fields)) => Value::Object(
                    fields
                        .into_iter()
                        .filter(|(_, v)| !is_empty_collection(v))
                        .collect(),
                ),
                (_, request) => request,
            };
            assert_eq!(
                seen.request, sent,
                "{} case {case}: the request",
                entry.name
            );
        }
    }
}

/// An empty list or object.
fn is_empty_collection(v: &Value) -> bool {
    match v {
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
        _ => false,
    }
}

fn message() -> vc::ModifyMessageRequest {
    vc::ModifyMessageRequest {
        app_id: 7,
        conversation_short_id: 2,
        message_id: 3,
        ext: Some([("k".to_owned(), "v".to_owned())].into()),
        content: None,
    }
}

fn marks() -> tc::ModifyUserInfoRequest {
    tc::ModifyUserInfoRequest {
        group_id: "@TGS#a6I4ZUUGO".into(),
        command_type: tc::CommandType::Set,
        member_list: vec![tc::MemberMarks {
            member_account: "teacher10".into(),
            marks: vec![1000],
        }],
    }
}

#[tokio::test]
async fn an_implementations_refusal_is_a_typed_vendor_error() {
    let lb = Loopback::start().await;
    lb.recorder.queue(
        "ModifyMessage",
        Answer::Fault(vc::errors::MESSAGE_NOT_FOUND, "no message 3".into()),
    );
    let e = lb
        .clients
        .volcengine
        .modify_message(&message())
        .await
        .unwrap_err();
    let v = e.vendor().expect("a vendor error");
    assert_eq!(
        (
            v.code.as_str(),
            v.numeric_code,
            v.http_status,
            v.message.as_str()
        ),
        ("MessageNotFound", Some(1), 400, "no message 3")
    );
    assert!(v.request_id.is_some());

    lb.recorder.queue(
        "ModifyUserInfo",
        Answer::Fault(tc::errors::E10010, "group gone".into()),
    );
    let e = lb
        .clients
        .tencent
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    let v = e.vendor().expect("a vendor error");
    assert_eq!(
        (v.code.as_str(), v.numeric_code, v.http_status),
        ("10010", Some(10010), 200)
    );
    assert_eq!(lb.recorder.seen().len(), 2, "neither was retried");
}

#[tokio::test]
async fn throttling_and_server_errors_are_retried_then_succeed() {
    let lb = Loopback::start().await;
    for code in [
        vc::errors::FLOW_LIMIT_EXCEEDED_QPS_OVER_LIMIT,
        vc::errors::INTERNAL_ERROR,
    ] {
        lb.recorder
            .queue("ModifyMessage", Answer::Fault(code, "try again".into()));
        lb.recorder
            .queue("ModifyMessage", Answer::Payload(json!({})));
    }
    lb.clients
        .volcengine
        .modify_message(&message())
        .await
        .expect("the retry after 429 succeeds");
    lb.clients
        .volcengine
        .modify_message(&message())
        .await
        .expect("the retry after 500 succeeds");
    assert_eq!(lb.recorder.seen().len(), 4);

    // Each of Tencent's four throttling codes is retried.
    for code in [
        tc::errors::E60007,
        tc::errors::E60011,
        tc::errors::E60018,
        tc::errors::E60019,
    ] {
        lb.recorder
            .queue("ModifyUserInfo", Answer::Fault(code, "too frequent".into()));
        lb.recorder.queue(
            "ModifyUserInfo",
            Answer::Payload(json!({"CommandType": 7, "MemberList": []})),
        );
        let response = lb
            .clients
            .tencent
            .modify_user_info(&marks())
            .await
            .expect("the retry succeeds");
        assert_eq!(
            response.command_type,
            tc::CommandType::Unknown(7),
            "open enums"
        );
    }
    assert_eq!(lb.recorder.seen().len(), 12);
}

#[tokio::test]
async fn a_non_idempotent_call_is_not_retried_after_a_server_error() {
    let lb = Loopback::start().await;
    lb.recorder.queue(
        "ModifyMessage",
        Answer::Fault(vc::errors::INTERNAL_ERROR, "boom".into()),
    );
    let config = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(lb.volcengine.base_url.clone())
        .http(loopback::http())
        .into_config()
        .unwrap();
    let runtime = imapi_runtime::volcengine::Client::new(config).unwrap();
    let once = imapi_runtime::Operation {
        idempotent: false,
        ..<vc::ModifyMessage as imapi_runtime::OperationShape>::OP
    };
    let e = runtime
        .call_op::<_, vc::ModifyMessageResponse>(&once, &message())
        .await
        .unwrap_err();
    assert_eq!(e.vendor().map(|v| v.http_status), Some(500));
    assert_eq!(lb.recorder.seen().len(), 1);
}

#[tokio::test]
async fn a_panicking_implementation_is_the_vendors_internal_error() {
    let lb = Loopback::start().await;
    lb.recorder.queue("ModifyMessage", Answer::Panic);
    lb.recorder
        .queue("ModifyMessage", Answer::Payload(json!({})));
    // Idempotent: the 500 is retried, and the router is still up for the retry.
    lb.clients
        .volcengine
        .modify_message(&message())
        .await
        .expect("retried after the internal error");
    lb.recorder.queue("ModifyUserInfo", Answer::Panic);
    let e = lb
        .clients
        .tencent
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert_eq!(e.vendor().and_then(|v| v.numeric_code), Some(10002));
}

#[tokio::test]
async fn a_slow_server_times_out_and_an_idempotent_call_is_retried() {
    let lb = Loopback::start().await;
    for _ in 0..2 {
        lb.recorder.queue(
            "ModifyMessage",
            Answer::Late(
                Duration::from_millis(400),
                Box::new(Answer::Payload(json!({}))),
            ),
        );
    }
    let client = vc::client::Client::builder(vc::client::Credentials::new(AK, SK))
        .base_url(lb.volcengine.base_url.clone())
        .http(loopback::http())
        .timeout(Duration::from_millis(60))
        .configure(|c| c.http.retry.max_attempts = 2)
        .build()
        .unwrap();
    let e = client.modify_message(&message()).await.unwrap_err();
    assert!(
        matches!(e, Error::Timeout(d) if d == Duration::from_millis(60)),
        "{e}"
    );
    // Both attempts reached the implementation.
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(lb.recorder.seen().len(), 2);
}

#[tokio::test]
async fn invalid_requests_are_not_sent() {
    let lb = Loopback::start().await;
    let request = vc::BatchUpdateLiveParticipantsRequest {
        app_id: 1,
        conversation_short_id: 2,
        participant_infos: (0..11)
            .map(|i| vc::ParticipantInfo {
                user_id: i,
                nick_name: Some("n".into()),
                ..Default::default()
            })
            .collect(),
        mark_action: None,
    };
    let e = lb
        .clients
        .volcengine
        .batch_update_live_participants(&request)
        .await
        .unwrap_err();
    match e {
        Error::InvalidRequest(v) => assert_eq!(v.iter().next().unwrap().path, "ParticipantInfos"),
        other => panic!("{other}"),
    }
    assert!(lb.recorder.seen().is_empty());
}

#[tokio::test]
async fn credentials_are_checked_by_the_generated_routers() {
    let lb = Loopback::start().await;
    // An STS token is signed and accepted.
    lb.recorder
        .queue("ModifyMessage", Answer::Payload(json!({})));
    loopback::volcengine_client(&lb.volcengine.base_url, SK, Some("STS-token-0123456789"))
        .modify_message(&message())
        .await
        .expect("a signed call with a token");
    // A wrong secret key: the gateway's refusal, not retried.
    let e = loopback::volcengine_client(&lb.volcengine.base_url, "not-the-secret", None)
        .modify_message(&message())
        .await
        .unwrap_err();
    let v = e.vendor().expect("the gateway's answer");
    assert_eq!(
        (v.code.as_str(), v.numeric_code, v.http_status),
        ("SignatureDoesNotMatch", Some(100010), 401)
    );
    // A wrong Tencent key, and an account that is not an administrator.
    let e = loopback::tencent_client(&lb.tencent.base_url, ADMIN, &"f".repeat(64))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert_eq!(e.vendor().and_then(|v| v.numeric_code), Some(70009));
    let e = loopback::tencent_client(&lb.tencent.base_url, loopback::NOT_ADMIN, loopback::KEY)
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert_eq!(e.vendor().and_then(|v| v.numeric_code), Some(60010));
    assert_eq!(
        lb.recorder.seen().len(),
        1,
        "only the good call got through"
    );
}

#[tokio::test]
async fn unknown_enum_values_in_responses_decode() {
    let lb = Loopback::start().await;
    let participant = json!({"ConversationShortId": 2, "ParticipantUserId": 3, "Operator": 4, "Role": 9, "Status": 5});
    lb.recorder.queue(
        "BatchGetConversationParticipant",
        Answer::Payload(json!({"Participants": [participant]})),
    );
    let request = vc::BatchGetConversationParticipantRequest {
        app_id: 1,
        conversation_short_id: 2,
        participant_user_ids: vec![3],
    };
    let response = lb
        .clients
        .volcengine
        .batch_get_conversation_participant(&request)
        .await
        .expect("decodes");
    let p = &response.participants.expect("participants")[0];
    assert_eq!(p.role, vc::ParticipantRole::Unknown(9));
    assert_eq!(p.status, Some(vc::ParticipantStatus::Unknown(5)));
}
