//! The runtime's costs: a V4 signature (goal under 10 µs), its verification, a UserSig made and
//! verified, and a generated client call against a raw reqwest call to the same loopback server
//! (goal: at most the raw call's time), by criterion and paired in alternating rounds.
//!
//! Run with `cargo bench -p imapi-tests --bench runtime`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::tencent::usersig::{self, Expected, UserSigClaims};
use imapi_runtime::volcengine::sign::{self, Credentials, SignInput};
use imapi_runtime::volcengine::verify::{self, ReceivedRequest, VerifyPolicy};

const BODY: &str = r#"{"AppId":123456,"ConversationShortId":7001,"MessageId":10001,"Ext":{"key":"value"},"Content":"{\"text\":\"\"}"}"#;
const X_DATE: &str = "20240102T030405Z";

fn credentials() -> Credentials {
    Credentials {
        access_key_id: "AKLTbenchmark".into(),
        secret_access_key: "c2VjcmV0LWZvci1iZW5jaG1hcms=".into(),
        session_token: None,
    }
}

fn input<'a>(query: &'a [(&'a str, &'a str)]) -> SignInput<'a> {
    SignInput {
        method: "POST",
        host: "rtc.volcengineapi.com",
        path: "/",
        query,
        content_type: "application/json",
        body: BODY.as_bytes(),
        x_date: X_DATE,
        region: "cn-north-1",
        service: "rtc",
    }
}

fn signing(c: &mut Criterion) {
    let query = [("Action", "ModifyMessage"), ("Version", "2020-12-01")];
    let creds = credentials();
    c.bench_function("volcengine/sign", |b| {
        b.iter(|| sign::sign(black_box(&input(&query)), &creds))
    });

    let signed = sign::sign(&input(&query), &creds);
    let headers = [
        ("Host", "rtc.volcengineapi.com"),
        ("Content-Type", "application/json"),
        ("Authorization", signed.authorization.as_str()),
        ("X-Date", signed.x_date.as_str()),
        ("X-Content-Sha256", signed.x_content_sha256.as_str()),
    ];
    let request = ReceivedRequest {
        method: "POST",
        path: "/",
        raw_query: "Action=ModifyMessage&Version=2020-12-01",
        headers: &headers,
        body: BODY.as_bytes(),
    };
    let policy = VerifyPolicy {
        region: "cn-north-1",
        service: "rtc",
        max_skew_seconds: 900,
        now: sign::parse_x_date(X_DATE).unwrap(),
        host: None,
    };
    let secret = creds.secret_access_key.clone();
    assert!(verify::verify(&request, &policy, |_| Some(secret.clone())).is_ok());
    c.bench_function("volcengine/verify", |b| {
        b.iter(|| verify::verify(black_box(&request), &policy, |_| Some(secret.clone())))
    });
}

fn usersigs(c: &mut Criterion) {
    let key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    let claims = UserSigClaims {
        identifier: "administrator".into(),
        sdkappid: 1_400_000_000,
        time: 1_700_000_000,
        expire: 86_400,
        userbuf: None,
    };
    c.bench_function("tencent/usersig_generate", |b| {
        b.iter(|| usersig::generate(key, black_box(&claims)))
    });
    let sig = usersig::generate(key, &claims);
    let expected = Expected {
        sdkappid: claims.sdkappid,
        identifier: &claims.identifier,
        userbuf: None,
        now: claims.time,
    };
    c.bench_function("tencent/usersig_verify", |b| {
        b.iter(|| usersig::verify(key, black_box(&sig), &expected))
    });
}

/// Rounds of the paired loopback comparison: one round's ratio varies by ±20% on a loaded
/// 2-core machine, so the median needs many.
const ROUNDS: usize = 31;

/// The answer the loopback server gives every call.
const OK: &str = r#"{"ResponseMetadata":{"RequestId":"r","Action":"ModifyMessage","Version":"2020-12-01","Service":"rtc","Region":"cn-north-1"},"Result":{}}"#;

/// A server on 127.0.0.1 answering [`OK`] to everything, on `rt`; its base URL.
fn loopback_server(rt: &tokio::runtime::Runtime) -> (String, tokio::task::JoinHandle<()>) {
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app =
            axum::Router::new().fallback(|| async { ([("content-type", "application/json")], OK) });
        let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (base, server)
    })
}

fn generated_client(base_url: &str) -> vc::client::Client {
    vc::client::Client::builder(credentials())
        .base_url(base_url.to_owned())
        .allow_http(true)
        .build()
        .unwrap()
}

fn client_overhead(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let (base_url, server) = loopback_server(&rt);
    let client = generated_client(&base_url);
    let request: vc::ModifyMessageRequest = serde_json::from_str(BODY).unwrap();
    let mut group = c.benchmark_group("loopback_call");
    group.bench_function("generated_client", |b| {
        b.iter(|| {
            rt.block_on(client.modify_message(black_box(&request)))
                .unwrap()
        })
    });
    let raw = reqwest::Client::new();
    let url = format!("{base_url}/?Action=ModifyMessage&Version=2020-12-01");
    group.bench_function("raw_reqwest", |b| {
        b.iter(|| {
            rt.block_on(async {
                let response = raw
                    .post(&url)
                    .header("Content-Type", "application/json")
                    .body(BODY)
                    .send()
                    .await
                    .unwrap();
                black_box(response.bytes().await.unwrap())
            })
        })
    });
    group.finish();
    server.abort();
    drop(rt);

    // Criterion measures one side after the other, so the machine's drift between them shows
    // as a difference. Paired: rounds of 1,000 calls a side, the order alternating, and the
    // ratio taken round by round; the raw side sends the generated client's bytes (signed
    // once, ahead), so the ratio is the client's own work: validating, signing, encoding,
    // decoding. Twice: with the server on a worker thread of its own (a round trip includes
    // waking the other thread), and with server and client on one thread, where a call's
    // time is the work of both sides and the kernel's, without the wake-ups' jitter.
    let across = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    paired("server on its own thread", &across);
    let one = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    paired("server and client on one thread", &one);
}

/// A raw reqwest POST of `body` as JSON with the V4 headers of `signed`.
fn signed_post(
    raw: &reqwest::Client,
    url: &str,
    signed: &sign::SignedHeaders,
    body: impl Into<reqwest::Body>,
) -> reqwest::RequestBuilder {
    raw.post(url)
        .header("Content-Type", "application/json")
        .header("Authorization", signed.authorization.as_str())
        .header("X-Date", signed.x_date.as_str())
        .header("X-Content-Sha256", signed.x_content_sha256.as_str())
        .body(body)
}

/// The generated client against raw reqwest, in rounds whose order rotates, on `rt`. Raw
/// reqwest twice: sending the generated client's bytes (signed once, ahead: the floor, none of
/// a call's work), and doing that work by hand as a caller without the generated client would
/// (serialize the request, sign it with this crate's signer, send it, parse the answer as JSON
/// and look for an error in it).
fn paired(label: &str, rt: &tokio::runtime::Runtime) {
    let (base_url, server) = loopback_server(rt);
    let client = generated_client(&base_url);
    let request: vc::ModifyMessageRequest = serde_json::from_str(BODY).unwrap();
    let raw = reqwest::Client::new();
    let url = format!("{base_url}/?Action=ModifyMessage&Version=2020-12-01");
    let query = [("Action", "ModifyMessage"), ("Version", "2020-12-01")];
    let host = base_url.trim_start_matches("http://").to_owned();
    let generated = || {
        rt.block_on(async {
            for _ in 0..1000 {
                client.modify_message(black_box(&request)).await.unwrap();
            }
        })
    };
    let signed = sign::sign(
        &SignInput {
            host: &host,
            ..input(&query)
        },
        &credentials(),
    );
    let same_bytes = || {
        rt.block_on(async {
            for _ in 0..1000 {
                let response = signed_post(&raw, &url, &signed, BODY).send().await.unwrap();
                black_box(response.bytes().await.unwrap());
            }
        })
    };
    let credentials = credentials();
    let by_hand = || {
        rt.block_on(async {
            for _ in 0..1000 {
                let body = serde_json::to_vec(black_box(&request)).unwrap();
                let x_date = sign::format_x_date(imapi_runtime::unix_now());
                let signed = sign::sign(
                    &SignInput {
                        host: &host,
                        body: &body,
                        x_date: &x_date,
                        ..input(&query)
                    },
                    &credentials,
                );
                let response = signed_post(&raw, &url, &signed, body).send().await.unwrap();
                let answer: serde_json::Value =
                    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
                assert!(answer["ResponseMetadata"].get("Error").is_none());
                black_box(answer);
            }
        })
    };
    let time = |f: &dyn Fn()| {
        let started = std::time::Instant::now();
        f();
        started.elapsed().as_secs_f64() / 1000.0
    };
    let sides: [&dyn Fn(); 3] = [&generated, &same_bytes, &by_hand];
    for side in sides {
        side();
    }
    let mut times = [Vec::new(), Vec::new(), Vec::new()];
    let mut ratios = [Vec::new(), Vec::new()];
    for round in 0..ROUNDS {
        let mut taken = [0.0; 3];
        for k in 0..3 {
            let side = (round + k) % 3;
            taken[side] = time(sides[side]);
        }
        for (side, t) in taken.iter().enumerate() {
            times[side].push(*t);
        }
        ratios[0].push(taken[0] / taken[1]);
        ratios[1].push(taken[0] / taken[2]);
    }
    let median = |v: &[f64]| {
        let mut v = v.to_vec();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let spread = |v: &[f64]| {
        (
            v.iter().copied().fold(f64::INFINITY, f64::min),
            v.iter().copied().fold(0.0, f64::max),
        )
    };
    println!(
        "loopback_call, paired, {label} ({ROUNDS} rounds of 1,000 calls a side, order rotating): generated client {:.1} µs, raw reqwest sending its bytes {:.1} µs, raw reqwest doing the work by hand {:.1} µs a call (medians)",
        median(&times[0]) * 1e6,
        median(&times[1]) * 1e6,
        median(&times[2]) * 1e6,
    );
    for (against, ratios) in ["its bytes", "by hand"].iter().zip(&ratios) {
        let (low, high) = spread(ratios);
        println!(
            "  generated / raw ({against}): ratio median {:.3} (from {low:.3} to {high:.3})",
            median(ratios)
        );
    }
    server.abort();
}

criterion_group!(benches, signing, usersigs, client_overhead);
criterion_main!(benches);
