//! The clients against hostile or broken servers on 127.0.0.1, written at the byte level so
//! each misbehaviour is exact: connections refused, dropped and cut short, redirects to another
//! host, oversized bodies, `Retry-After`. No error text and no `Debug` output may carry a
//! credential, and no request may reach a host the client was not pointed at.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::url;
use imapi_runtime::volcengine::sign::{self, SignInput};
use imapi_runtime::volcengine::verify::ReceivedRequest;
use imapi_runtime::volcengine::Credentials;
use imapi_runtime::{Error, HttpConfig, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const AK: &str = "AKLThardeningaccesskey";
const SK: &str = "hardening-secret-access-key-value";
const TOKEN: &str = "STS-session-token-value-0123456789";
const SDKAPPID: u64 = 1_400_000_002;
const ADMIN: &str = "administrator";
const KEY: &str = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

/// What the raw server does with a request.
#[derive(Clone)]
enum Reply {
    /// Writes these bytes and closes.
    Bytes(Vec<u8>),
    /// Closes without answering.
    Drop,
}

/// A request as the raw server read it.
#[derive(Debug, Clone)]
struct Seen {
    head: String,
    body: Vec<u8>,
}

/// An HTTP/1.1 server that answers each request with `reply(attempt, request)`; stopped on
/// drop.
struct RawServer {
    base_url: String,
    hits: Arc<AtomicUsize>,
    seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl RawServer {
    async fn start(reply: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("address"));
        let hits = Arc::new(AtomicUsize::new(0));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (h, s) = (hits.clone(), seen.clone());
        let reply = Arc::new(reply);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let attempt = h.fetch_add(1, Ordering::SeqCst) + 1;
                let (seen, reply) = (s.clone(), reply.clone());
                tokio::spawn(async move {
                    serve(stream, attempt, &*reply, &seen).await;
                });
            }
        });
        RawServer {
            base_url,
            hits,
            seen,
            task,
        }
    }

    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

async fn serve(
    mut stream: TcpStream,
    attempt: usize,
    reply: &(dyn Fn(usize, &Seen) -> Reply + Send + Sync),
    log: &Mutex<Vec<Seen>>,
) -> Option<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let seen = Seen {
        head,
        body: buf[head_end..].to_vec(),
    };
    let answer = reply(attempt, &seen);
    log.lock().unwrap().push(seen);
    match answer {
        Reply::Bytes(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Reply::Drop => drop(stream),
    }
    Some(())
}

fn response(status: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    let mut text = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    Reply::Bytes(text.into_bytes())
}

fn tencent_ok() -> String {
    r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","CommandType":1,"MemberList":[]}"#.into()
}

fn volc_ok() -> String {
    r#"{"ResponseMetadata":{"RequestId":"r","Action":"ModifyMessage","Version":"2020-12-01","Service":"rtc","Region":"cn-north-1"},"Result":{}}"#.into()
}

fn http(retries: u32) -> HttpConfig {
    HttpConfig {
        retry: RetryPolicy {
            max_attempts: retries,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
        },
        timeout: Duration::from_secs(5),
        allow_http: true,
        ..HttpConfig::default()
    }
}

fn tencent(base_url: &str, http: HttpConfig) -> tc::client::Client {
    tc::client::Client::builder(SDKAPPID, ADMIN, KEY)
        .base_url(base_url)
        .http(http)
        .build()
        .expect("a client")
}

fn credentials() -> Credentials {
    Credentials {
        access_key_id: AK.into(),
        secret_access_key: SK.into(),
        session_token: Some(TOKEN.into()),
    }
}

fn volcengine(base_url: &str, http: HttpConfig) -> vc::client::Client {
    vc::client::Client::builder(credentials())
        .base_url(base_url)
        .http(http)
        .build()
        .expect("a client")
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

fn message() -> vc::ModifyMessageRequest {
    vc::ModifyMessageRequest {
        app_id: 1,
        conversation_short_id: 2,
        message_id: 3,
        ext: None,
        content: None,
    }
}

/// The secrets a server saw in a request: the UserSig in the query, or the signature and token
/// in the headers.
fn secrets_in(seen: &Seen) -> Vec<String> {
    let mut secrets = vec![SK.to_owned(), KEY.to_owned(), TOKEN.to_owned()];
    let target = seen.head.split(' ').nth(1).unwrap_or_default();
    if let Some((_, query)) = target.split_once('?') {
        for (k, v) in url::decode_query(query) {
            if k == "usersig" {
                secrets.push(v);
            }
        }
    }
    for line in seen.head.lines() {
        if let Some(auth) = line.strip_prefix("authorization: ") {
            secrets.push(auth.rsplit("Signature=").next().unwrap().to_owned());
        }
    }
    secrets
}

/// Neither the error's `Display` nor its `Debug` holds any of the secrets (raw or
/// percent-encoded).
fn assert_clean(error: &Error, secrets: &[String]) {
    let shown = format!("{error} / {error:?}");
    for secret in secrets {
        assert!(secret.len() >= 8, "a real secret: {secret}");
        let encoded = url::uri_encode(secret, false);
        assert!(
            !shown.contains(secret.as_str()) && !shown.contains(encoded.as_str()),
            "a secret leaks: {shown}"
        );
    }
}

#[tokio::test]
async fn transport_errors_never_carry_the_usersig() {
    // The UserSig this client sends, to look for in the errors.
    let probe = RawServer::start(|_, _| response("200 OK", &[], &tencent_ok())).await;
    tencent(&probe.base_url, http(1))
        .modify_user_info(&marks())
        .await
        .expect("the probe answers");
    let secrets = secrets_in(&probe.seen.lock().unwrap()[0]);
    assert_eq!(secrets.len(), 4, "the probe saw the UserSig");

    // A closed port.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let error = tencent(&closed, http(1))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Connect(_)), "{error}");
    assert_clean(&error, &secrets);

    // A connection dropped before any answer.
    let dropping = RawServer::start(|_, _| Reply::Drop).await;
    let error = tencent(&dropping.base_url, http(1))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error}");
    assert_clean(&error, &secrets);

    // A body cut short of its Content-Length.
    let truncated = RawServer::start(|_, _| {
        Reply::Bytes(b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n{\"ActionStatus\":".to_vec())
    })
    .await;
    let error = tencent(&truncated.base_url, http(1))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error}");
    assert_clean(&error, &secrets);

    // A proxy's error page that echoes the request line, query credentials and all.
    let echoing = RawServer::start(|_, seen| {
        let line = seen.head.lines().next().unwrap_or_default();
        response("502 Bad Gateway", &[], &format!("bad gateway for {line}"))
    })
    .await;
    let error = tencent(&echoing.base_url, http(1))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::HttpStatus { status: 502, body, .. } if body.contains("usersig=<redacted>")),
        "{error}"
    );
    assert_clean(&error, &secrets);
}

#[tokio::test]
async fn volcengine_errors_never_carry_the_signature_or_the_token() {
    // A server that echoes every header it received into its error message.
    let echoing = RawServer::start(|_, seen| {
        let head = seen.head.replace(['\r', '\n', '"'], " ");
        let body = format!(
            r#"{{"ResponseMetadata":{{"RequestId":"r","Error":{{"CodeN":100010,"Code":"SignatureDoesNotMatch","Message":"got {head}"}}}}}}"#
        );
        response("401 Unauthorized", &[], &body)
    })
    .await;
    let error = volcengine(&echoing.base_url, http(1))
        .modify_message(&message())
        .await
        .unwrap_err();
    let seen = echoing.seen.lock().unwrap()[0].clone();
    let secrets = secrets_in(&seen);
    assert_eq!(secrets.len(), 4, "the signature was seen: {}", seen.head);
    assert_eq!(error.vendor().map(|v| v.http_status), Some(401), "{error}");
    assert!(error.to_string().contains("<redacted>"), "{error}");
    assert_clean(&error, &secrets);

    // A dropped connection.
    let dropping = RawServer::start(|_, _| Reply::Drop).await;
    let error = volcengine(&dropping.base_url, http(1))
        .modify_message(&message())
        .await
        .unwrap_err();
    assert_clean(&error, &secrets);
}

#[test]
fn debug_output_of_every_credential_holder_is_redacted() {
    let creds = credentials();
    let signed = sign::sign(
        &SignInput {
            method: "POST",
            host: "rtc.volcengineapi.com",
            path: "/",
            query: &[("Action", "ModifyMessage"), ("Version", "2020-12-01")],
            content_type: "application/json",
            body: b"{}",
            x_date: "20240102T030405Z",
            region: "cn-north-1",
            service: "rtc",
        },
        &creds,
    );
    let signature = signed.signature().expect("a signature").to_owned();
    let headers = [
        ("Authorization", signed.authorization.as_str()),
        ("X-Security-Token", TOKEN),
    ];
    let received = ReceivedRequest {
        method: "POST",
        path: "/",
        raw_query: "",
        headers: &headers,
        body: b"{}",
    };
    let authorization = sign::parse_authorization(&signed.authorization).expect("parses");

    let tencent_config = tc::client::Client::builder(SDKAPPID, ADMIN, KEY)
        .into_config()
        .unwrap();
    let tencent_runtime = imapi_runtime::tencent::Client::new(tencent_config.clone()).unwrap();
    let usersig = tencent_runtime.usersig();
    let volc_config = vc::client::Client::builder(creds.clone())
        .into_config()
        .unwrap();
    let volc_runtime = imapi_runtime::volcengine::Client::new(volc_config.clone()).unwrap();
    let volc_generated = vc::client::Client::with_config(volc_config.clone()).unwrap();
    let tencent_generated = format!(
        "{:?}",
        tc::client::Client::with_config(tencent_config.clone()).unwrap()
    );

    let shown = [
        ("Credentials", format!("{creds:?}")),
        ("SignedHeaders", format!("{signed:?}")),
        ("ReceivedRequest", format!("{received:?}")),
        ("Authorization", format!("{authorization:?}")),
        ("tencent::Config", format!("{tencent_config:?}")),
        ("tencent::Client", format!("{tencent_runtime:?}")),
        ("tencent_chat::client::Client", tencent_generated),
        ("volcengine::Config", format!("{volc_config:?}")),
        ("volcengine::Client", format!("{volc_runtime:?}")),
        (
            "volcengine_rtc_im::client::Client",
            format!("{volc_generated:?}"),
        ),
    ];
    for (name, text) in &shown {
        for secret in [SK, KEY, TOKEN, signature.as_str(), usersig.as_str()] {
            assert!(!text.contains(secret), "{name} shows a secret: {text}");
        }
        assert!(text.contains("<redacted>"), "{name}: {text}");
    }
    // What is not secret is still shown.
    assert!(shown[1].1.contains("SignedHeaders=content-type;host;"));
    assert!(shown[0].1.contains(AK));
}

#[tokio::test]
async fn redirects_are_errors_and_never_followed() {
    for status in [
        "302 Found",
        "307 Temporary Redirect",
        "308 Permanent Redirect",
    ] {
        let elsewhere = RawServer::start(|_, _| response("200 OK", &[], &tencent_ok())).await;
        let location = format!("{}/steal?token=abc", elsewhere.base_url);
        let redirecting = {
            let location = location.clone();
            RawServer::start(move |_, _| response(status, &[("Location", &location)], "")).await
        };
        let error = tencent(&redirecting.base_url, http(3))
            .modify_user_info(&marks())
            .await
            .unwrap_err();
        match &error {
            Error::Redirect {
                status: s,
                location,
            } => {
                assert!(status.starts_with(&s.to_string()), "{status}: {s}");
                assert_eq!(
                    location.as_deref(),
                    Some(format!("{}/steal", elsewhere.base_url).as_str()),
                    "where it pointed, without the query"
                );
            }
            other => panic!("{status}: {other}"),
        }
        assert_eq!(elsewhere.hits(), 0, "{status}: the other host got nothing");
        assert_eq!(redirecting.hits(), 1, "{status}: a redirect is not retried");
        let seen = redirecting.seen.lock().unwrap()[0].clone();
        assert!(
            !seen.head.to_ascii_lowercase().contains("referer"),
            "{}",
            seen.head
        );
        assert!(
            seen.body.starts_with(b"{\"GroupId\""),
            "the body went only here"
        );
    }
}

#[tokio::test]
async fn plain_http_is_refused_unless_allowed() {
    let server = RawServer::start(|_, _| response("200 OK", &[], &volc_ok())).await;
    let error = vc::client::Client::builder(credentials())
        .base_url(server.base_url.clone())
        .build()
        .unwrap_err();
    assert!(
        matches!(&error, Error::Config(m) if m.contains("plain http")),
        "{error}"
    );
    assert!(tc::client::Client::builder(SDKAPPID, ADMIN, KEY)
        .base_url(server.base_url.clone())
        .build()
        .is_err());
    let mut config = vc::client::Client::builder(credentials())
        .into_config()
        .unwrap();
    for bad in [
        "ftp://example.com",
        "https://user:pw@example.com",
        "https://example.com/?a=1",
    ] {
        config.base_url = bad.into();
        assert!(
            matches!(
                vc::client::Client::with_config(config.clone()),
                Err(Error::Config(_))
            ),
            "{bad}"
        );
    }
    config.base_url = server.base_url.clone();
    config.http.allow_http = true;
    vc::client::Client::with_config(config)
        .unwrap()
        .modify_message(&message())
        .await
        .expect("allowed explicitly");
    assert_eq!(server.hits(), 1);
}

#[tokio::test]
async fn oversized_bodies_are_refused_while_streaming() {
    let limited = |limit: u64| HttpConfig {
        max_response_bytes: limit,
        ..http(1)
    };
    // Announced up front.
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(10_000));
    let announced = RawServer::start(move |_, _| response("200 OK", &[], &big)).await;
    let error = tencent(&announced.base_url, limited(1024))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 1024 }),
        "{error}"
    );

    // Chunked, with no length to check first: cut off in the streaming read.
    let chunk = "y".repeat(1000);
    let mut body = String::from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    for _ in 0..20 {
        body.push_str(&format!("{:x}\r\n{chunk}\r\n", chunk.len()));
    }
    body.push_str("0\r\n\r\n");
    let chunked = RawServer::start(move |_, _| Reply::Bytes(body.clone().into_bytes())).await;
    let error = tencent(&chunked.base_url, limited(4096))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::ResponseTooLarge { limit: 4096 }),
        "{error}"
    );

    // The default limit stops a body of 8 MiB.
    let huge = format!("{{\"pad\":\"{}\"}}", "z".repeat(8 << 20));
    let default = RawServer::start(move |_, _| response("200 OK", &[], &huge)).await;
    let error = tencent(&default.base_url, http(1))
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::ResponseTooLarge { limit } if limit == imapi_runtime::transport::DEFAULT_MAX_RESPONSE_BYTES),
        "{error}"
    );
}

#[tokio::test]
async fn retry_after_is_honoured_up_to_a_bound() {
    let throttled = |wait: &'static str| {
        move |attempt: usize, _: &Seen| {
            if attempt == 1 {
                response(
                    "429 Too Many Requests",
                    &[("Retry-After", wait)],
                    r#"{"ResponseMetadata":{"RequestId":"r","Error":{"CodeN":0,"Code":"FlowLimitExceeded.QPSOverLimit","Message":"slow down"}}}"#,
                )
            } else {
                response("200 OK", &[], &volc_ok())
            }
        }
    };
    // Asked for 30 s, more than the 10 s the client waits at most: the error comes back at
    // once, after one attempt, saying how long the server asked for.
    let server = RawServer::start(throttled("30")).await;
    let error = volcengine(&server.base_url, http(3))
        .modify_message(&message())
        .await
        .unwrap_err();
    assert_eq!(server.hits(), 1);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(30)));
    assert!(error.vendor().is_some_and(|v| v.throttled), "{error}");

    // Asked for 1 s: the client waits that long (not its millisecond backoff), then succeeds.
    let server = RawServer::start(throttled("1")).await;
    let started = Instant::now();
    volcengine(&server.base_url, http(3))
        .modify_message(&message())
        .await
        .expect("the retry after the wait succeeds");
    assert_eq!(server.hits(), 2);
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn malformed_answers_are_decode_errors_with_their_path() {
    let batch = vc::BatchGetConversationParticipantRequest {
        app_id: 1,
        conversation_short_id: 2,
        participant_user_ids: vec![3],
    };
    for (body, path) in [
        ("{\"Result\":{}}", ""),
        ("not json", ""),
        (
            r#"{"ResponseMetadata":{"RequestId":"r"},"Result":{"Participants":[{"Role":"x"}]}}"#,
            "Result.Participants[0].Role",
        ),
        // A positional array where the wire has an object: serde would read it, the vendor
        // never sends it.
        (
            r#"{"ResponseMetadata":{"RequestId":"r"},"Result":{"Participants":[[1,2,3,0]]}}"#,
            "Result.Participants[0]",
        ),
    ] {
        let server = RawServer::start(move |_, _| response("200 OK", &[], body)).await;
        let e = volcengine(&server.base_url, http(3))
            .batch_get_conversation_participant(&batch)
            .await
            .unwrap_err();
        match &e {
            Error::Decode(d) => assert_eq!(d.path, path, "{body}: {e}"),
            other => panic!("{body}: {other}"),
        }
        assert_eq!(server.hits(), 1, "{body}: not retried");
    }
    let server = RawServer::start(|_, _| {
        response(
            "200 OK",
            &[],
            r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","CommandType":1,"MemberList":[["teacher10",[1000]]]}"#,
        )
    })
    .await;
    match tencent(&server.base_url, http(1))
        .modify_user_info(&marks())
        .await
        .unwrap_err()
    {
        Error::Decode(d) => assert_eq!(d.path, "MemberList[0]"),
        other => panic!("{other}"),
    }
}

#[tokio::test]
async fn the_usersig_is_cached_and_random_is_fresh_per_request() {
    let server = RawServer::start(|attempt, _| {
        if attempt == 1 {
            response(
                "200 OK",
                &[],
                r#"{"ActionStatus":"FAIL","ErrorCode":60007,"ErrorInfo":"too frequent"}"#,
            )
        } else {
            response("200 OK", &[], &tencent_ok())
        }
    })
    .await;
    tencent(&server.base_url, http(3))
        .modify_user_info(&marks())
        .await
        .expect("the retry succeeds");
    let seen = server.seen.lock().unwrap().clone();
    let query = |s: &Seen| {
        let target = s.head.split(' ').nth(1).unwrap_or_default().to_owned();
        let (_, q) = target.split_once('?').expect("a query");
        url::decode_query(q)
            .into_iter()
            .collect::<std::collections::HashMap<_, _>>()
    };
    let (first, second) = (query(&seen[0]), query(&seen[1]));
    assert_eq!(first["usersig"], second["usersig"], "the UserSig is cached");
    assert_ne!(first["random"], second["random"], "random is fresh");
    assert_eq!(first["identifier"], ADMIN);
    assert_eq!(first["contenttype"], "json");
}
