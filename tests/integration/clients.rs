//! The generated clients against stub servers on 127.0.0.1 that verify what they receive (the V4
//! signature, the UserSig) with the runtime's verifiers and answer from a per-test script: every
//! operation of both vendors, vendor errors, authentication failures, retries, timeouts,
//! malformed envelopes, unknown enum values and requests refused before they are sent.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::tencent::usersig;
use imapi_runtime::volcengine::sign::{self, ReceivedRequest, VerifyPolicy};
use imapi_runtime::volcengine::Credentials;
use imapi_runtime::{Error, HttpConfig, RetryPolicy};
use imapi_tests::repo_root;
use serde_json::{json, Value};

const AK: &str = "AKLTtestaccesskey";
const SK: &str = "c2VjcmV0LWZvci10ZXN0cw==";
const SDKAPPID: u64 = 1_400_000_001;
const ADMIN: &str = "administrator";
const TENCENT_KEY: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// What the stub received, for the script to answer.
#[derive(Debug, Clone)]
struct Received {
    /// Volcengine `Action`, or the Tencent path.
    operation: String,
    query: HashMap<String, String>,
    body: Value,
    /// 1 for the first request the stub sees.
    attempt: usize,
}

type Script = dyn Fn(&Received) -> (u16, String, Duration) + Send + Sync;

/// A stub vendor server on an ephemeral port; stopped when dropped.
struct Stub {
    base_url: String,
    hits: Arc<AtomicUsize>,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Stub {
    fn attempts(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    async fn start(vendor: Vendor, script: Arc<Script>) -> Stub {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let base_url = format!("http://{}", listener.local_addr().expect("an address"));
        let hits = Arc::new(AtomicUsize::new(0));
        let received = Arc::new(Mutex::new(Vec::new()));
        let (h, r) = (hits.clone(), received.clone());
        let app = axum::Router::new().fallback(
            move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                let (hits, received, script) = (h.clone(), r.clone(), script.clone());
                async move {
                    let attempt = hits.fetch_add(1, Ordering::SeqCst) + 1;
                    let query: HashMap<String, String> =
                        sign::decode_query(uri.query().unwrap_or(""))
                            .into_iter()
                            .collect();
                    if let Some(refusal) =
                        vendor.authenticate(&method, &uri, &headers, &body, &query)
                    {
                        return refusal;
                    }
                    let seen = Received {
                        operation: match vendor {
                            Vendor::Volcengine => query.get("Action").cloned().unwrap_or_default(),
                            Vendor::Tencent => uri.path().to_owned(),
                        },
                        query,
                        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
                        attempt,
                    };
                    received.lock().unwrap().push(seen.clone());
                    let (status, body, delay) = script(&seen);
                    tokio::time::sleep(delay).await;
                    (
                        StatusCode::from_u16(status).unwrap(),
                        [("content-type", "application/json")],
                        body,
                    )
                        .into_response()
                }
            },
        );
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("serve");
        });
        Stub {
            base_url,
            hits,
            received,
            task,
        }
    }
}

#[derive(Clone, Copy)]
enum Vendor {
    Volcengine,
    Tencent,
}

impl Vendor {
    /// Checks the credentials as the vendor would; a refusal in the vendor's own envelope.
    fn authenticate(
        &self,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &[u8],
        query: &HashMap<String, String>,
    ) -> Option<Response> {
        match self {
            Vendor::Volcengine => {
                let pairs: Vec<(&str, &str)> = headers
                    .iter()
                    .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
                    .collect();
                let request = ReceivedRequest {
                    method: method.as_str(),
                    path: uri.path(),
                    raw_query: uri.query().unwrap_or(""),
                    headers: &pairs,
                    body,
                };
                let policy = VerifyPolicy {
                    region: "cn-north-1",
                    service: "rtc",
                    max_skew_seconds: 900,
                    now: imapi_runtime::unix_now(),
                };
                let refusal =
                    sign::verify(&request, &policy, |ak| (ak == AK).then(|| SK.to_owned()))
                        .err()?;
                let (code, code_n, status) = refusal.gateway_error();
                let body = volc_error(
                    query.get("Action").map(String::as_str).unwrap_or(""),
                    code,
                    code_n,
                    &refusal.to_string(),
                );
                Some((StatusCode::from_u16(status).unwrap(), body).into_response())
            }
            Vendor::Tencent => {
                let sdkappid = query
                    .get("sdkappid")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                let identifier = query.get("identifier").cloned().unwrap_or_default();
                let sig = query.get("usersig").cloned().unwrap_or_default();
                let well_formed = query.get("contenttype").map(String::as_str) == Some("json")
                    && query
                        .get("random")
                        .is_some_and(|r| r.parse::<u32>().is_ok());
                let code = if sdkappid != SDKAPPID {
                    70014
                } else if !well_formed {
                    60002
                } else {
                    let expected = usersig::Expected {
                        sdkappid,
                        identifier: &identifier,
                        userbuf: None,
                        now: imapi_runtime::unix_now(),
                    };
                    usersig::verify(TENCENT_KEY, &sig, &expected).err()?.code()
                };
                Some(tencent_error(code, "UserSig refused").into_response())
            }
        }
    }
}

fn volc_ok(action: &str, result: Value) -> String {
    json!({
        "ResponseMetadata": {"RequestId": "req-ok", "Action": action, "Version": "2020-12-01", "Service": "rtc", "Region": "cn-north-1"},
        "Result": result,
    })
    .to_string()
}

fn volc_error(action: &str, code: &str, code_n: u32, message: &str) -> String {
    json!({
        "ResponseMetadata": {
            "RequestId": "req-err", "Action": action, "Version": "2020-12-01", "Service": "rtc", "Region": "cn-north-1",
            "Error": {"CodeN": code_n, "Code": code, "Message": message},
        },
        "Result": {},
    })
    .to_string()
}

fn tencent_error(code: i64, info: &str) -> String {
    json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": info, "RequestId": "tc-req"})
        .to_string()
}

fn fast(mut http: HttpConfig) -> HttpConfig {
    http.retry = RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
    };
    http.timeout = Duration::from_secs(5);
    http.allow_http = true;
    http
}

/// The default Volcengine configuration, pointed at `base_url`, with fast retries.
fn volc_config(
    base_url: &str,
    secret: &str,
    token: Option<&str>,
) -> imapi_runtime::volcengine::Config {
    let credentials = Credentials {
        access_key_id: AK.into(),
        secret_access_key: secret.into(),
        session_token: token.map(str::to_owned),
    };
    let mut config = vc::client::Client::config(credentials, &vc::client::ENDPOINTS[0]);
    config.base_url = base_url.to_owned();
    config.http = fast(config.http);
    config
}

fn volc_client(stub: &Stub, secret: &str, token: Option<&str>) -> vc::client::Client {
    vc::client::Client::with_config(volc_config(&stub.base_url, secret, token)).expect("a client")
}

fn tencent_client(stub: &Stub, key: &str) -> tc::client::Client {
    let mut config = tc::client::Client::config(SDKAPPID, ADMIN, key, &tc::client::ENDPOINTS[0]);
    config.base_url = stub.base_url.clone();
    config.http = fast(config.http);
    tc::client::Client::with_config(config).expect("a client")
}

/// The spec's examples of an operation: (request, whole response).
fn examples(service: &str, operation: &str) -> Vec<(Value, Value)> {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    let s = ir
        .services
        .iter()
        .find(|s| s.name == service)
        .expect("the service");
    let op = s
        .operations
        .iter()
        .find(|o| o.name == operation)
        .expect("the operation");
    op.examples
        .iter()
        .filter_map(|e| Some((e.request.clone()?, e.response.clone()?)))
        .collect()
}

fn answer_with(response: Value) -> Arc<Script> {
    let body = response.to_string();
    Arc::new(move |_: &Received| (200, body.clone(), Duration::ZERO))
}

#[tokio::test]
async fn every_volcengine_operation_succeeds_with_a_verified_signature() {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    let service = ir
        .services
        .iter()
        .find(|s| s.name == "volcengine-rtc-im")
        .expect("the service");
    for op in &service.operations {
        let cases = examples(&service.name, &op.name);
        assert!(
            !cases.is_empty(),
            "{} has a request/response example",
            op.name
        );
        for (request, response) in cases {
            let stub = Stub::start(Vendor::Volcengine, answer_with(response.clone())).await;
            let client = volc_client(&stub, SK, None);
            let result = response["Result"].clone();
            let got = match op.name.as_str() {
                "ModifyMessage" => to_value(client.modify_message(&from(&request)).await),
                "ModifyConversationSetting" => {
                    to_value(client.modify_conversation_setting(&from(&request)).await)
                }
                "BatchUpdateLiveParticipants" => {
                    to_value(client.batch_update_live_participants(&from(&request)).await)
                }
                "BatchGetConversationParticipant" => to_value(
                    client
                        .batch_get_conversation_participant(&from(&request))
                        .await,
                ),
                other => panic!("add {other} to this test"),
            };
            assert_eq!(got, result, "{}", op.name);
            let seen = stub.received.lock().unwrap().clone();
            assert_eq!(seen.len(), 1);
            assert_eq!(seen[0].operation, op.name);
            assert_eq!(
                seen[0].query.get("Version").map(String::as_str),
                Some("2020-12-01")
            );
            assert_eq!(seen[0].body, request, "the body sent is the request");
        }
    }
}

fn from<T: serde::de::DeserializeOwned>(v: &Value) -> T {
    serde_json::from_value(v.clone()).expect("the example decodes")
}

fn to_value<T: serde::Serialize>(r: Result<T, Error>) -> Value {
    serde_json::to_value(r.unwrap_or_else(|e| panic!("the call fails: {e}"))).expect("encodes")
}

fn modify_message() -> vc::ModifyMessageRequest {
    vc::ModifyMessageRequest {
        app_id: 1,
        conversation_short_id: 2,
        message_id: 3,
        ext: Some([("k".to_owned(), "v".to_owned())].into()),
        content: None,
    }
}

#[tokio::test]
async fn sts_tokens_are_signed() {
    let stub = Stub::start(
        Vendor::Volcengine,
        answer_with(serde_json::from_str(&volc_ok("ModifyMessage", json!({}))).unwrap()),
    )
    .await;
    let client = volc_client(&stub, SK, Some("STS-token-value"));
    client
        .modify_message(&modify_message())
        .await
        .expect("a signed call with a token");
}

#[tokio::test]
async fn volcengine_errors_are_typed_and_not_retried() {
    let script: Arc<Script> = Arc::new(|r: &Received| {
        (
            404,
            volc_error(
                &r.operation,
                "ConversationNotFound",
                0,
                "conversation not found",
            ),
            Duration::ZERO,
        )
    });
    let stub = Stub::start(Vendor::Volcengine, script).await;
    let error = volc_client(&stub, SK, None)
        .modify_message(&modify_message())
        .await
        .unwrap_err();
    let vendor = error.vendor().expect("a vendor error");
    assert_eq!(vendor.code, "ConversationNotFound");
    assert_eq!(vendor.message, "conversation not found");
    assert_eq!(vendor.request_id.as_deref(), Some("req-err"));
    assert_eq!(vendor.http_status, 404);
    assert_eq!(stub.attempts(), 1);
}

#[tokio::test]
async fn a_wrong_secret_key_is_refused_by_the_signature_check() {
    let stub = Stub::start(Vendor::Volcengine, answer_with(json!({}))).await;
    let error = volc_client(&stub, "not-the-secret", None)
        .modify_message(&modify_message())
        .await
        .unwrap_err();
    let vendor = error.vendor().expect("the gateway's answer");
    assert_eq!(
        (
            vendor.code.as_str(),
            vendor.numeric_code,
            vendor.http_status
        ),
        ("SignatureDoesNotMatch", Some(100010), 401)
    );
    assert_eq!(
        stub.attempts(),
        1,
        "authentication failures are not retried"
    );
}

#[tokio::test]
async fn server_errors_and_throttling_are_retried() {
    for (status, code, code_n) in [
        (500, "InternalError", 0),
        (429, "FlowLimitExceeded.QPSOverLimit", 0),
    ] {
        let script: Arc<Script> = Arc::new(move |r: &Received| {
            if r.attempt == 1 {
                (
                    status,
                    volc_error(&r.operation, code, code_n, "try again"),
                    Duration::ZERO,
                )
            } else {
                (200, volc_ok(&r.operation, json!({})), Duration::ZERO)
            }
        });
        let stub = Stub::start(Vendor::Volcengine, script).await;
        volc_client(&stub, SK, None)
            .modify_message(&modify_message())
            .await
            .expect("the retry succeeds");
        assert_eq!(stub.attempts(), 2, "{code}");
    }
    // A 5xx that keeps failing gives up after the policy's attempts.
    let script: Arc<Script> =
        Arc::new(|_: &Received| (503, "<html>unavailable</html>".into(), Duration::ZERO));
    let stub = Stub::start(Vendor::Volcengine, script).await;
    let error = volc_client(&stub, SK, None)
        .modify_message(&modify_message())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::HttpStatus { status: 503, .. }),
        "{error}"
    );
    assert_eq!(stub.attempts(), 3);
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let script: Arc<Script> = Arc::new(|r: &Received| {
        (
            200,
            volc_ok(&r.operation, json!({})),
            Duration::from_millis(400),
        )
    });
    let stub = Stub::start(Vendor::Volcengine, script).await;
    let mut config = volc_config(&stub.base_url, SK, None);
    config.http.timeout = Duration::from_millis(60);
    config.http.retry.max_attempts = 2;
    let client = vc::client::Client::with_config(config).unwrap();
    let error = client.modify_message(&modify_message()).await.unwrap_err();
    assert!(
        matches!(error, Error::Timeout(d) if d == Duration::from_millis(60)),
        "{error}"
    );
    assert_eq!(
        stub.attempts(),
        2,
        "an idempotent call is retried after a timeout"
    );
}

#[tokio::test]
async fn malformed_envelopes_are_decode_errors() {
    for body in ["{\"Result\":{}}", "not json", "{\"ResponseMetadata\":{\"RequestId\":\"r\"},\"Result\":{\"Participants\":[{\"Role\":\"x\"}]}}"] {
        let stub = Stub::start(Vendor::Volcengine, Arc::new(move |_: &Received| (200, body.to_owned(), Duration::ZERO))).await;
        let request = vc::BatchGetConversationParticipantRequest {
            app_id: 1,
            conversation_short_id: 2,
            participant_user_ids: vec![3],
        };
        let error = volc_client(&stub, SK, None).batch_get_conversation_participant(&request).await.unwrap_err();
        assert!(matches!(error, Error::Decode(_)), "{body}: {error}");
        assert_eq!(stub.attempts(), 1);
    }
}

#[tokio::test]
async fn unknown_enum_values_in_responses_decode() {
    let participant = json!({"ConversationShortId": 2, "ParticipantUserId": 3, "Operator": 4, "Role": 9, "Status": 5});
    let body = volc_ok(
        "BatchGetConversationParticipant",
        json!({"Participants": [participant]}),
    );
    let stub = Stub::start(
        Vendor::Volcengine,
        Arc::new(move |_: &Received| (200, body.clone(), Duration::ZERO)),
    )
    .await;
    let request = vc::BatchGetConversationParticipantRequest {
        app_id: 1,
        conversation_short_id: 2,
        participant_user_ids: vec![3],
    };
    let response = volc_client(&stub, SK, None)
        .batch_get_conversation_participant(&request)
        .await
        .expect("decodes");
    let p = &response.participants.expect("participants")[0];
    assert_eq!(p.role, vc::ParticipantRole::Unknown(9));
    assert_eq!(p.status, Some(vc::ParticipantStatus::Unknown(5)));
}

#[tokio::test]
async fn invalid_requests_are_not_sent() {
    let stub = Stub::start(
        Vendor::Volcengine,
        answer_with(
            serde_json::from_str(&volc_ok("BatchUpdateLiveParticipants", json!({}))).unwrap(),
        ),
    )
    .await;
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
    let client = volc_client(&stub, SK, None);
    let error = client
        .batch_update_live_participants(&request)
        .await
        .unwrap_err();
    match error {
        Error::InvalidRequest(v) => assert_eq!(v.iter().next().unwrap().path, "ParticipantInfos"),
        other => panic!("{other}"),
    }
    assert_eq!(stub.attempts(), 0);
}

#[tokio::test]
async fn a_non_idempotent_operation_is_not_retried_after_a_server_error() {
    let script: Arc<Script> = Arc::new(|r: &Received| {
        (
            500,
            volc_error(&r.operation, "InternalError", 0, "boom"),
            Duration::ZERO,
        )
    });
    let stub = Stub::start(Vendor::Volcengine, script).await;
    let config = volc_config(&stub.base_url, SK, None);
    let runtime_client = imapi_runtime::volcengine::Client::new(config).unwrap();
    let once = imapi_runtime::Operation {
        idempotent: false,
        ..vc::MODIFY_MESSAGE
    };
    let error = runtime_client
        .call::<_, vc::ModifyMessageResponse>(&once, &modify_message())
        .await
        .unwrap_err();
    assert_eq!(error.vendor().map(|v| v.http_status), Some(500));
    assert_eq!(stub.attempts(), 1);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let config = volc_config(&format!("http://{closed}"), SK, None);
    let error = vc::client::Client::with_config(config)
        .unwrap()
        .modify_message(&modify_message())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Connect(_)), "{error}");
}

#[tokio::test]
async fn the_tencent_operation_succeeds_with_a_verified_usersig() {
    for (request, response) in examples("tencent-chat", "ModifyUserInfo") {
        let stub = Stub::start(Vendor::Tencent, answer_with(response.clone())).await;
        let client = tencent_client(&stub, TENCENT_KEY);
        let got = client
            .modify_user_info(&from(&request))
            .await
            .expect("the call succeeds");
        assert_eq!(got.command_type, from(&response["CommandType"]));
        assert_eq!(
            serde_json::to_value(&got.member_list).unwrap(),
            response["MemberList"]
        );
        let seen = stub.received.lock().unwrap().clone();
        assert_eq!(
            seen[0].operation,
            "/v4/group_open_avchatroom_http_svc/modify_user_info"
        );
        assert_eq!(
            seen[0].query.get("identifier").map(String::as_str),
            Some(ADMIN)
        );
        assert_eq!(seen[0].body, request);
    }
}

fn marks_request(command: tc::CommandType) -> tc::ModifyUserInfoRequest {
    tc::ModifyUserInfoRequest {
        group_id: "@TGS#a6I4ZUUGO".into(),
        command_type: command,
        member_list: vec![tc::MemberMarks {
            member_account: "teacher10".into(),
            marks: vec![1000],
        }],
    }
}

#[tokio::test]
async fn tencent_errors_are_typed() {
    let stub = Stub::start(
        Vendor::Tencent,
        Arc::new(|_: &Received| {
            (
                200,
                tencent_error(10004, "invalid parameter"),
                Duration::ZERO,
            )
        }),
    )
    .await;
    let error = tencent_client(&stub, TENCENT_KEY)
        .modify_user_info(&marks_request(tc::CommandType::Set))
        .await
        .unwrap_err();
    let vendor = error.vendor().expect("a vendor error");
    assert_eq!(
        (vendor.numeric_code, vendor.http_status),
        (Some(10004), 200)
    );
    assert_eq!(vendor.request_id.as_deref(), Some("tc-req"));
    assert_eq!(stub.attempts(), 1);
}

#[tokio::test]
async fn a_wrong_tencent_key_is_refused_by_the_usersig_check() {
    let stub = Stub::start(Vendor::Tencent, answer_with(json!({}))).await;
    let wrong = TENCENT_KEY.replace('0', "f");
    let error = tencent_client(&stub, &wrong)
        .modify_user_info(&marks_request(tc::CommandType::Set))
        .await
        .unwrap_err();
    assert_eq!(error.vendor().and_then(|v| v.numeric_code), Some(70009));
    assert_eq!(stub.attempts(), 1);
}

#[tokio::test]
async fn tencent_throttling_is_retried_and_the_usersig_is_reused() {
    let script: Arc<Script> = Arc::new(|r: &Received| {
        if r.attempt == 1 {
            (
                200,
                tencent_error(60007, "REST API call frequency over the limit"),
                Duration::ZERO,
            )
        } else {
            let members = r.body["MemberList"].clone();
            (200, json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "CommandType": 7, "MemberList": members}).to_string(), Duration::ZERO)
        }
    });
    let stub = Stub::start(Vendor::Tencent, script).await;
    let client = tencent_client(&stub, TENCENT_KEY);
    let response = client
        .modify_user_info(&marks_request(tc::CommandType::Delete))
        .await
        .expect("the retry succeeds");
    assert_eq!(
        response.command_type,
        tc::CommandType::Unknown(7),
        "unknown values decode"
    );
    assert_eq!(stub.attempts(), 2);
    let seen = stub.received.lock().unwrap().clone();
    assert_eq!(
        seen[0].query["usersig"], seen[1].query["usersig"],
        "the UserSig is cached"
    );
    assert_ne!(
        seen[0].query["random"], seen[1].query["random"],
        "random is fresh per request"
    );
}
