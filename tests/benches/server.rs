//! The generated router against a hand-written axum handler, over loopback: throughput and
//! latency percentiles of `ModifyMessage`, signature check included. Both servers do the same
//! work a real one would: verify the V4 signature, parse the body, merge `Ext` into an
//! in-memory message, and answer the `ResponseMetadata` envelope; the generated router also
//! validates the request and makes a request id. Rate limits are off (the load is one app far
//! above its 50 calls per second).
//!
//! The load is a tokio client loop: `CONCURRENCY` tasks on keep-alive connections, each
//! sending the same signed request (signed once; the signature stays valid for 15 minutes).
//! Rounds alternate between the two servers so that both see the same machine.
//!
//! Run with `cargo bench -p imapi-tests --bench server`.

use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::IntoResponse;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::server::{Fault, Generic, Handler, RequestContext, ServerConfig};
use imapi_runtime::volcengine::verify::{self, ReceivedRequest, VerifyPolicy};
use imapi_runtime::OperationShape;
use serde::Deserialize;
use serde_json::json;

const AK: &str = "AKLTbenchmark";
const SK: &str = "c2VjcmV0LWZvci1iZW5jaG1hcms=";
const BODY: &str =
    r#"{"AppId":7,"ConversationShortId":2,"MessageId":3,"Ext":{"key":"value","n":"1"}}"#;
const CONCURRENCY: usize = 32;
const ROUND: Duration = Duration::from_secs(3);
const ROUNDS: usize = 3;

/// Messages by (app, conversation, message): their `Ext`.
type Store = Mutex<HashMap<(i64, i64, i64), BTreeMap<String, String>>>;

/// The generated server's implementation: the same in-memory update. A `Handler` (served
/// through `Generic`) answers `ModifyMessage` and refuses the rest, so a new operation in the
/// spec needs no change here.
struct Messages(Store);

impl Handler for Messages {
    fn handle<Op: OperationShape>(
        &self,
        _context: RequestContext,
        request: Op::Input,
    ) -> impl Future<Output = Result<Op::Output, Fault>> + Send {
        let answer = match (&request as &dyn Any).downcast_ref::<vc::ModifyMessageRequest>() {
            Some(request) => {
                let mut store = self.0.lock().unwrap();
                let ext = store
                    .entry((
                        i64::from(request.app_id),
                        request.conversation_short_id,
                        request.message_id,
                    ))
                    .or_default();
                ext.extend(request.ext.clone().unwrap_or_default());
                let output: Box<dyn Any> = Box::new(vc::ModifyMessageResponse {});
                output
                    .downcast::<Op::Output>()
                    .map(|output| *output)
                    .map_err(|_| Fault::new(vc::errors::INTERNAL_ERROR, "not the response type"))
            }
            None => Err(Fault::new(vc::errors::INVALID_PARAM, "not benchmarked")),
        };
        std::future::ready(answer)
    }
}

#[derive(Deserialize)]
struct HandRequest {
    #[serde(rename = "AppId")]
    app_id: i64,
    #[serde(rename = "ConversationShortId")]
    conversation_short_id: i64,
    #[serde(rename = "MessageId")]
    message_id: i64,
    #[serde(rename = "Ext", default)]
    ext: BTreeMap<String, String>,
}

/// The hand-written server: one handler, the minimum a correct one does.
async fn hand_written(
    store: Arc<Store>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> axum::response::Response {
    let pairs: Vec<(&str, &str)> = headers
        .iter()
        .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
        .collect();
    let request = ReceivedRequest {
        method: method.as_str(),
        path: uri.path(),
        raw_query: uri.query().unwrap_or(""),
        headers: &pairs,
        body: &body,
    };
    let policy = VerifyPolicy {
        region: "cn-north-1",
        service: "rtc",
        max_skew_seconds: 900,
        now: imapi_runtime::unix_now(),
        host: None,
    };
    if verify::verify(&request, &policy, |ak| (ak == AK).then_some(SK)).is_err() {
        return (StatusCode::UNAUTHORIZED, "refused").into_response();
    }
    let Ok(parsed) = serde_json::from_slice::<HandRequest>(&body) else {
        return (StatusCode::BAD_REQUEST, "bad body").into_response();
    };
    store
        .lock()
        .unwrap()
        .entry((
            parsed.app_id,
            parsed.conversation_short_id,
            parsed.message_id,
        ))
        .or_default()
        .extend(parsed.ext);
    let answer = json!({
        "ResponseMetadata": {"RequestId": "r", "Action": "ModifyMessage", "Version": "2020-12-01", "Service": "rtc", "Region": "cn-north-1"},
        "Result": {},
    });
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        answer.to_string(),
    )
        .into_response()
}

async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}")
}

/// The signed request's headers for `base_url`.
fn signed_headers(base_url: &str) -> Vec<(&'static str, String)> {
    imapi_tests::loopback::volcengine_signed(
        base_url,
        "rtc",
        "ModifyMessage",
        BODY.as_bytes(),
        (AK, SK),
    )
}

struct Measured {
    requests: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

/// Runs the client loop against `base_url` for `ROUND`.
async fn load(base_url: &str) -> Measured {
    let url = format!("{base_url}/?Action=ModifyMessage&Version=2020-12-01");
    let headers = Arc::new(signed_headers(base_url));
    let start = Instant::now();
    let deadline = start + ROUND;
    let tasks: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (url, headers) = (url.clone(), headers.clone());
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut latencies = Vec::with_capacity(16_384);
                while Instant::now() < deadline {
                    let sent = Instant::now();
                    let mut request = client.post(&url).body(BODY);
                    for (name, value) in headers.iter() {
                        request = request.header(*name, value.as_str());
                    }
                    let response = request.send().await.expect("an answer");
                    assert!(response.status().is_success(), "{}", response.status());
                    response.bytes().await.expect("a body");
                    latencies.push(sent.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    Measured {
        requests: latencies.len(),
        elapsed: start.elapsed(),
        latencies,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    // Building the runtime's transport installs the rustls provider the load's clients use.
    imapi_runtime::transport::Transport::new(imapi_runtime::HttpConfig::default())
        .expect("a transport");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let config = ServerConfig {
            enforce_rate_limits: false,
            ..ServerConfig::new(vc::server::Gateway::new(
                vc::server::StaticKeys::new().with_access_key(AK, SK),
            ))
        };
        let generated = serve(vc::server::router(
            Arc::new(Generic(Messages(Mutex::new(HashMap::new())))),
            config,
        ))
        .await;
        let store = Arc::new(Store::default());
        let hand = serve(axum::Router::new().fallback(
            move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                hand_written(store.clone(), method, uri, headers, body)
            },
        ))
        .await;
        // Warm both up.
        let _ = load(&generated).await;
        let _ = load(&hand).await;
        let mut results: HashMap<&str, Vec<Measured>> = HashMap::new();
        for _ in 0..ROUNDS {
            for (name, url) in [("generated router", &generated), ("hand-written axum", &hand)] {
                results.entry(name).or_default().push(load(url).await);
            }
        }
        println!(
            "ModifyMessage over loopback, {CONCURRENCY} concurrent clients, {ROUNDS} rounds of {ROUND:?} each (median round):"
        );
        println!("| server | requests/s | p50 | p99 |");
        println!("| --- | --- | --- | --- |");
        let mut throughput = HashMap::new();
        for name in ["generated router", "hand-written axum"] {
            let rounds = results.get_mut(name).unwrap();
            rounds.sort_by(|a, b| {
                let ra = a.requests as f64 / a.elapsed.as_secs_f64();
                let rb = b.requests as f64 / b.elapsed.as_secs_f64();
                ra.total_cmp(&rb)
            });
            let median = &mut rounds[ROUNDS / 2];
            median.latencies.sort();
            let rps = median.requests as f64 / median.elapsed.as_secs_f64();
            throughput.insert(name, rps);
            println!(
                "| {name} | {rps:.0} | {:.0} µs | {:.0} µs |",
                percentile(&median.latencies, 0.50).as_secs_f64() * 1e6,
                percentile(&median.latencies, 0.99).as_secs_f64() * 1e6
            );
        }
        println!(
            "generated / hand-written throughput: {:.2}",
            throughput["generated router"] / throughput["hand-written axum"]
        );
    });
}
