//! The emulator under load, over loopback: requests per second and latency percentiles of
//! ModifyMessage (V4-signed) and ModifyUserInfo (UserSig) with 1 and 64 concurrent clients, and
//! the resident memory of one million stored messages; and the request journal's cost, without
//! it and with it, side by side; and SendGroupMsg against a stored history.
//!
//! The emulator runs in this process (its accept loop, its state, rate limits off, no log) and
//! the load is a tokio client loop on keep-alive connections, each request signed once.
//!
//! Run with `cargo bench -p emulator --bench emulator`.

#[path = "emulator/pipeline.rs"]
mod pipeline;

use std::sync::Arc;
use std::time::{Duration, Instant};

use emulator::{App, Config, State};
use imapi_runtime::tencent::usersig::{self, UserSigClaims};
use imapi_runtime::volcengine::sign::{self, Credentials, SignInput};

/// The emulator binary's allocator, so that the figures are the binary's (the bare hyper
/// server of the anchor section runs on it too).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const AK: &str = "AKLTbench";
const SK: &str = "YmVuY2gtc2VjcmV0";
const SDKAPPID: u64 = 1_400_000_005;
const KEY: &str = "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f";
const ROUND: Duration = Duration::from_secs(3);
const JOURNAL_ROUND: Duration = Duration::from_secs(2);

const MESSAGE: &str =
    r#"{"AppId":0,"ConversationShortId":1,"MessageId":10001,"Ext":{"key":"value"}}"#;
const MARKS: &str = r#"{"GroupId":"@TGS#a6I4ZUUGO","CommandType":1,"MemberList":[{"Member_Account":"teacher10","Marks":[1000]}]}"#;

fn config(state: State) -> Config {
    Config {
        state,
        seed: 1,
        rate_limits: false,
        ..Config::new(AK, SK, SDKAPPID, KEY)
    }
}

/// A request, ready to send again and again.
struct Prepared {
    url: String,
    headers: Vec<(&'static str, String)>,
    body: &'static str,
}

fn modify_message(base: &str) -> Prepared {
    let host = base.trim_start_matches("http://");
    let query = [("Action", "ModifyMessage"), ("Version", "2020-12-01")];
    let signed = sign::sign(
        &SignInput {
            method: "POST",
            host,
            path: "/",
            query: &query,
            content_type: "application/json",
            body: MESSAGE.as_bytes(),
            x_date: &sign::format_x_date(imapi_runtime::unix_now()),
            region: "cn-north-1",
            service: "rtc",
        },
        &Credentials {
            access_key_id: AK.into(),
            secret_access_key: SK.into(),
            session_token: None,
        },
    );
    Prepared {
        url: format!("{base}/?Action=ModifyMessage&Version=2020-12-01"),
        headers: vec![
            ("Content-Type", "application/json".into()),
            ("Authorization", signed.authorization.clone()),
            ("X-Date", signed.x_date.clone()),
            ("X-Content-Sha256", signed.x_content_sha256.clone()),
        ],
        body: MESSAGE,
    }
}

fn modify_user_info(base: &str) -> Prepared {
    let sig = usersig::generate(
        KEY,
        &UserSigClaims {
            identifier: "administrator".into(),
            sdkappid: SDKAPPID,
            time: imapi_runtime::unix_now(),
            expire: 86_400,
            userbuf: None,
        },
    );
    Prepared {
        url: format!(
            "{base}/v4/group_open_avchatroom_http_svc/modify_user_info?sdkappid={SDKAPPID}&identifier=administrator&usersig={}&random=7&contenttype=json",
            imapi_runtime::url::uri_encode(&sig, false)
        ),
        headers: vec![("Content-Type", "application/json".into())],
        body: MARKS,
    }
}

struct Measured {
    rps: f64,
    p50: Duration,
    p99: Duration,
}

async fn load(prepared: Arc<Prepared>, concurrency: usize, round: Duration) -> Measured {
    let start = Instant::now();
    let deadline = start + round;
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let prepared = prepared.clone();
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut latencies = Vec::new();
                while Instant::now() < deadline {
                    let sent = Instant::now();
                    let mut request = client.post(&prepared.url).body(prepared.body);
                    for (name, value) in &prepared.headers {
                        request = request.header(*name, value.as_str());
                    }
                    let response = request.send().await.expect("an answer");
                    let bytes = response.bytes().await.expect("a body");
                    assert!(
                        !bytes.windows(7).any(|w| w == b"\"Error\"")
                            && !bytes.starts_with(b"{\"ActionStatus\":\"FAIL\""),
                        "{}",
                        String::from_utf8_lossy(&bytes)
                    );
                    latencies.push(sent.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    all.sort();
    let at = |p: f64| all[((all.len() - 1) as f64 * p).round() as usize];
    Measured {
        rps: all.len() as f64 / start.elapsed().as_secs_f64(),
        p50: at(0.5),
        p99: at(0.99),
    }
}

/// `SendGroupMsg` with a fresh `Random` each time (none is a repeat), 8 clients, to a Public
/// group already holding `stored` messages sent within the last five minutes, so that the
/// repeat check has the whole history in its window: requests per second at each size.
async fn send_group_msg_history() {
    const GROUP: &str = "@TGS#2C5SZEAEF";
    println!();
    println!("SendGroupMsg, unique Random, 8 clients, to a group holding messages all inside the five-minute repeat window:");
    println!("| stored messages | requests/s |");
    println!("| --- | --- |");
    let now = i64::try_from(imapi_runtime::unix_now()).unwrap();
    for stored in [0u64, 100_000, 400_000, 1_000_000] {
        let mut state = State::example();
        let group = state.groups.get_mut(GROUP).unwrap();
        let template = emulator::state::GroupMessage {
            seq: 0,
            time: now,
            from: "leckie".into(),
            random: 0,
            body: emulator::state::Json::of(
                &serde_json::json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]),
            ),
            priority: None,
            recalled: false,
        };
        group.messages = (1..=stored)
            .map(|seq| emulator::state::GroupMessage {
                seq,
                random: u32::try_from(seq).unwrap(),
                ..template.clone()
            })
            .collect();
        let base = serve(config(state)).await;
        let sig = usersig::generate(
            KEY,
            &UserSigClaims {
                identifier: "administrator".into(),
                sdkappid: SDKAPPID,
                time: imapi_runtime::unix_now(),
                expire: 86_400,
                userbuf: None,
            },
        );
        let url = Arc::new(format!(
            "{base}/v4/group_open_http_svc/send_group_msg?sdkappid={SDKAPPID}&identifier=administrator&usersig={}&random=7&contenttype=json",
            imapi_runtime::url::uri_encode(&sig, false)
        ));
        // Randoms past the stored ones: never a repeat.
        let next = Arc::new(std::sync::atomic::AtomicU32::new(u32::MAX / 2));
        let start = Instant::now();
        let deadline = start + ROUND;
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (url, next) = (url.clone(), next.clone());
                tokio::spawn(async move {
                    let client = reqwest::Client::new();
                    let mut sent = 0u64;
                    while Instant::now() < deadline {
                        let random = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let body = format!(
                            r#"{{"GroupId":"{GROUP}","Random":{random},"MsgBody":[{{"MsgType":"TIMTextElem","MsgContent":{{"Text":"hello"}}}}]}}"#
                        );
                        let answer = client.post(url.as_str()).body(body).send().await.unwrap();
                        let text = answer.text().await.unwrap();
                        assert!(text.contains(r#""ActionStatus":"OK""#), "{text}");
                        sent += 1;
                    }
                    sent
                })
            })
            .collect();
        let mut sent = 0;
        for task in tasks {
            sent += task.await.unwrap();
        }
        println!(
            "| {stored} | {:.0} |",
            sent as f64 / start.elapsed().as_secs_f64()
        );
    }
}

/// A bare hyper 1.x server on a free port of 127.0.0.1, with an accept loop of the emulator's
/// shape (a task per connection, HTTP/1.1 keep-alive), reading each request's body and
/// answering `answer` as JSON: the fastest a server of these requests could be.
async fn bare_hyper(answer: axum::body::Bytes) -> String {
    use hyper::service::service_fn;
    use hyper_util::rt::TokioIo;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let answer = answer.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                    let answer = answer.clone();
                    async move {
                        let body = axum::body::Body::new(request.into_body());
                        let _ = axum::body::to_bytes(body, 1 << 20).await;
                        Ok::<_, std::convert::Infallible>(
                            hyper::Response::builder()
                                .header("Content-Type", "application/json")
                                .body(axum::body::Body::from(answer))
                                .unwrap(),
                        )
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    base
}

/// The emulator against a bare hyper server answering its own answer to the same signed
/// requests, `wrk` driving both from its own process, alternating rounds of 2 s, medians of 5,
/// at 1 and 64 connections: how near the emulator is to the machine's limit for a server.
async fn against_bare_hyper() {
    let emulator = serve(config(State::example())).await;
    println!();
    println!("The emulator against a bare hyper server answering the same bytes (wrk, alternating rounds of 2 s, medians of 5):");
    println!("| operation | connections | bare hyper, requests/s | emulator, requests/s | ratio |");
    println!("| --- | --- | --- | --- | --- |");
    for (name, prepare) in [
        ("ModifyMessage", modify_message as fn(&str) -> Prepared),
        ("ModifyUserInfo", modify_user_info),
    ] {
        let real = Arc::new(prepare(&emulator));
        // The emulator's own answer, for the bare server to give.
        let mut request = reqwest::Client::new().post(&real.url).body(real.body);
        for (header, value) in &real.headers {
            request = request.header(*header, value.as_str());
        }
        let answer = request.send().await.unwrap().bytes().await.unwrap();
        let bare = bare_hyper(answer).await;
        let anchor = Arc::new(Prepared {
            url: real.url.replacen(&emulator, &bare, 1),
            headers: real.headers.clone(),
            body: real.body,
        });
        for connections in [1, 64] {
            let (fast, ours) = paired(&anchor, &real, connections, 5).await;
            println!(
                "| {name} | {connections} | {fast:.0} | {ours:.0} | {:.2} |",
                ours / fast
            );
        }
    }
}

/// An emulator of `config` serving on a free port of 127.0.0.1 in this process; its base URL.
async fn serve(config: Config) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = Arc::new(App::new(config));
    tokio::spawn(emulator::serve(listener, app, std::future::pending()));
    base
}

/// The request journal's cost: the same signed requests to an emulator without a journal and
/// to one with the default journal (5,000 entries, 8 KiB of each body), in alternating rounds,
/// each side's median of nine rounds of 2 s (short rounds, many of them: this machine's
/// speed drifts more than the journal costs). The load is `wrk` in its own process when it is installed
/// (`apt-get install wrk`), so that the emulator, not the load, is what is measured; else this
/// process's reqwest loop.
async fn journal_cost() {
    let without = serve(Config {
        journal_capacity: 0,
        ..config(State::example())
    })
    .await;
    let with = serve(config(State::example())).await;
    let tool = if wrk_installed() {
        "wrk"
    } else {
        "reqwest in this process"
    };
    println!();
    println!("The request journal's cost (without it vs with the default journal, load by {tool}, alternating rounds of 2 s, medians of 9):");
    println!("| operation | connections | without, requests/s | with, requests/s | ratio |");
    println!("| --- | --- | --- | --- | --- |");
    for (name, prepare) in [
        ("ModifyMessage", modify_message as fn(&str) -> Prepared),
        ("ModifyUserInfo", modify_user_info),
    ] {
        let (a, b) = (Arc::new(prepare(&without)), Arc::new(prepare(&with)));
        // Warm up, and check that each side answers with success.
        let _ = load(a.clone(), 8, ROUND).await;
        let _ = load(b.clone(), 8, ROUND).await;
        for concurrency in [1, 64] {
            let (off, on) = paired(&a, &b, concurrency, 9).await;
            println!(
                "| {name} | {concurrency} | {off:.0} | {on:.0} | {:.3} |",
                on / off
            );
        }
    }
}

/// The journal's own work for one request, apart from any load: the mean time to record a
/// router's report of a request into the default journal (full, so each record also frees
/// the oldest entry), over 200,000 reports built beforehand.
fn journal_work() {
    use axum::body::Bytes;
    use imapi_runtime::server::RequestRecord;
    const N: u32 = 200_000;
    let report =
        |vendor: &str, operation: &str, path: &str, app: Option<i64>, body: &'static str| {
            RequestRecord {
                method: axum::http::Method::POST,
                path: path.to_owned().into(),
                operation: operation.into(),
                caller: Some(AK.into()),
                code: None,
                status: 200,
                latency: Duration::from_micros(50),
                received_at: Duration::from_secs(1_700_000_000),
                op: emulator::registry::catalog(vendor)
                    .and_then(|c| c.operations.iter().find(|o| o.name == operation))
                    .map(|o| o.name),
                app,
                role: None,
                message: None,
                body: Some(Bytes::from_static(body.as_bytes())),
            }
        };
    println!();
    for (vendor, report) in [
        (
            "volcengine",
            report("volcengine", "ModifyMessage", "/", None, MESSAGE),
        ),
        (
            "tencent",
            report(
                "tencent",
                "ModifyUserInfo",
                "/v4/group_open_avchatroom_http_svc/modify_user_info",
                Some(SDKAPPID as i64),
                MARKS,
            ),
        ),
    ] {
        let catalog = emulator::registry::catalog(vendor).unwrap();
        let journal = emulator::Journal::new(
            emulator::journal::DEFAULT_CAPACITY,
            emulator::journal::DEFAULT_BODY_BYTES,
        );
        for _ in 0..emulator::journal::DEFAULT_CAPACITY {
            journal.record_request(catalog, report.clone(), None);
        }
        let reports: Vec<RequestRecord> = (0..N).map(|_| report.clone()).collect();
        let start = Instant::now();
        for r in reports {
            journal.record_request(catalog, r, None);
        }
        println!(
            "The journal's own work for a {vendor} request: {:.0} ns (mean of {N}, into a full journal)",
            start.elapsed().as_secs_f64() * 1e9 / f64::from(N)
        );
    }
}

/// Requests per second of `a` and of `b`, over `connections` connections, in `rounds`
/// alternating rounds of 2 s each: each side's median.
async fn paired(
    a: &Arc<Prepared>,
    b: &Arc<Prepared>,
    connections: usize,
    rounds: usize,
) -> (f64, f64) {
    let (mut first, mut second) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        first.push(rps(a, connections, JOURNAL_ROUND).await);
        second.push(rps(b, connections, JOURNAL_ROUND).await);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (median(&mut first), median(&mut second))
}

/// Whether `wrk` runs here. On first use, when it does not, it is installed from Debian's
/// packages (`apt-get install wrk`) if this machine lets us.
fn wrk_installed() -> bool {
    static READY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *READY.get_or_init(|| {
        let runs = || {
            std::process::Command::new("wrk")
                .arg("--version")
                .output()
                .is_ok()
        };
        if runs() {
            return true;
        }
        eprintln!("wrk is not installed; installing Debian's package with apt-get");
        let installed = std::process::Command::new("apt-get")
            .args(["install", "-y", "-q", "wrk"])
            .stdout(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !installed {
            eprintln!("apt-get could not install wrk: the load goes without it");
        }
        runs()
    })
}

/// Requests per second of one round of `prepared` over `connections` connections.
async fn rps(prepared: &Arc<Prepared>, connections: usize, round: Duration) -> f64 {
    if !wrk_installed() {
        return load(prepared.clone(), connections, round).await.rps;
    }
    // Lua long strings hold the body and headers as they are.
    let quote = |text: &str| format!("[==[{text}]==]");
    let mut script = format!(
        "wrk.method = \"POST\"\nwrk.body = {}\n",
        quote(prepared.body)
    );
    for (name, value) in &prepared.headers {
        script.push_str(&format!("wrk.headers[\"{name}\"] = {}\n", quote(value)));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("request.lua");
    std::fs::write(&path, script).unwrap();
    let output = tokio::process::Command::new("wrk")
        .args([
            "-t1",
            &format!("-c{connections}"),
            &format!("-d{}s", round.as_secs()),
        ])
        .arg("-s")
        .arg(&path)
        .arg(&prepared.url)
        .output()
        .await
        .expect("run wrk");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(!text.contains("Non-2xx"), "wrk saw refusals:\n{text}");
    text.lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("wrk printed no rate:\n{text}"))
}

/// This process's resident memory now and at its peak, in MiB (Linux).
fn rss() -> (f64, f64) {
    memory_of("/proc/self/status")
}

/// The resident memory now and at its peak, in MiB, that a `/proc/<pid>/status` file gives.
fn memory_of(status: &str) -> (f64, f64) {
    let status = std::fs::read_to_string(status).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn main() {
    imapi_runtime::transport::Transport::new(imapi_runtime::HttpConfig::default())
        .expect("installs the rustls provider the load's clients use");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    // `cargo bench -p emulator --bench emulator -- <section>` runs one section: `pipeline`, `loopback`,
    // `journal`, `history`, `anchor` (needs `wrk`), `memory` or `state`.
    let only = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let runs = |section: &str| only.as_deref().is_none_or(|o| o == section);
    if runs("pipeline") {
        pipeline::pipeline();
    }
    if runs("loopback") {
        runtime.block_on(loopback());
    }
    if runs("journal") {
        runtime.block_on(journal_cost());
        journal_work();
    }
    if runs("history") {
        runtime.block_on(send_group_msg_history());
    }
    if runs("anchor") {
        if wrk_installed() {
            runtime.block_on(against_bare_hyper());
        } else {
            println!("\nThe anchor section needs wrk (apt-get install wrk); skipped.");
        }
    }
    drop(runtime);
    if runs("memory") {
        memory();
    }
    if runs("state") {
        state_file();
    }
}

/// One million messages in the state, as the emulator would hold them.
fn million_messages() -> State {
    let mut state = State::example();
    let conversation = state.conversations.values_mut().next().unwrap();
    let template = conversation.messages.values().next().unwrap().clone();
    for id in 0..1_000_000i64 {
        let mut message = template.clone();
        message.message_id = 1_000_000 + id;
        message.ext.merge([("seq".to_owned(), id.to_string())]);
        conversation.messages.insert(message.message_id, message);
    }
    state
}

/// Loading a state file of one million messages (JSON, as the admin endpoint dumps it) in a
/// fresh emulator process: the time to its first line (listening), and its peak and resident
/// memory then, read from `/proc/<pid>/status` (issue 29 wants the peak under 1.5x the
/// resident size).
fn state_file() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("million.json");
    std::fs::write(&path, million_messages().to_json()).expect("write the state file");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len()) as f64 / (1 << 20) as f64;
    let started = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_emulator"))
        .args(["--listen", "127.0.0.1:0", "--quiet", "--state"])
        .arg(&path)
        .env("VOLC_ACCESSKEY", "AKLTbench")
        .env("VOLC_SECRETKEY", "bench-secret")
        .env("TENCENT_SDKAPPID", "1400000000")
        .env("TENCENT_SECRETKEY", "bench-key")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("start the emulator");
    let stdout = child.stdout.take().expect("its output");
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut first)
        .expect("its first line");
    let loaded = started.elapsed();
    let (resident, peak) = memory_of(&format!("/proc/{}/status", child.id()));
    let _ = child.kill();
    let _ = child.wait();
    println!(
        "A state file of 1,000,000 messages ({size:.0} MiB of JSON), loaded by the emulator binary: listening after {:.1} s, resident {resident:.0} MiB, peak {peak:.0} MiB ({:.2}x)",
        loaded.as_secs_f64(),
        peak / resident
    );
}

/// Requests per second and latency of ModifyMessage and ModifyUserInfo at 1 and 64 clients.
async fn loopback() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = Arc::new(App::new(config(State::example())));
    tokio::spawn(emulator::serve(listener, app, std::future::pending()));
    println!("The emulator over loopback, {ROUND:?} per measurement:");
    println!("| operation | clients | requests/s | p50 | p99 |");
    println!("| --- | --- | --- | --- | --- |");
    for (name, prepared) in [
        ("ModifyMessage", modify_message(&base)),
        ("ModifyUserInfo", modify_user_info(&base)),
    ] {
        let prepared = Arc::new(prepared);
        let _ = load(prepared.clone(), 8, ROUND).await; // warm up
        for concurrency in [1, 64] {
            let m = load(prepared.clone(), concurrency, ROUND).await;
            println!(
                "| {name} | {concurrency} | {:.0} | {:.0} µs | {:.0} µs |",
                m.rps,
                m.p50.as_secs_f64() * 1e6,
                m.p99.as_secs_f64() * 1e6
            );
        }
    }
}

/// The resident memory of one million stored messages.
fn memory() {
    // Each vendor's million is built while the other's (if any) stays alive, in an order where
    // nothing is freed before a measurement: memory freed would be reused without showing.
    // Tencent first: a million group messages as SendGroupMsg stores them, each a text element.
    let (before, _) = rss();
    let mut tencent = State::example();
    let group = tencent
        .groups
        .values_mut()
        .next()
        .expect("the example state has a Tencent group");
    group.messages.reserve_exact(1_000_000);
    for seq in 1..=1_000_000u64 {
        let element = serde_json::json!([
            {"MsgType": "TIMTextElem", "MsgContent": {"Text": format!("message {seq}")}}
        ]);
        group.messages.push(emulator::state::GroupMessage {
            seq,
            time: 1_700_000_000 + i64::try_from(seq).unwrap_or(0),
            from: "admin".into(),
            random: u32::try_from(seq).unwrap_or(0),
            body: emulator::state::Json::of(&element),
            priority: Some(2),
            recalled: false,
        });
    }
    let (live, _) = rss();
    println!(
        "Tencent, 1,000,000 group messages: the state alone {:.0} MiB, about {:.0} bytes a message",
        live - before,
        (live - before) * 1024.0 * 1024.0 / 1e6,
    );
    // Volcengine: the live state alone (what a stored message costs), then an emulator
    // serving it, which also keeps the start state as compact JSON for `reset`.
    let (before, _) = rss();
    let state = million_messages();
    let (live, _) = rss();
    let app = App::new(config(state));
    let held = app.emulator().with_state(|s| {
        s.conversations
            .values()
            .map(|c| c.messages.len())
            .sum::<usize>()
    });
    let (after, _) = rss();
    println!(
        "Volcengine, 1,000,000 stored messages ({held} in all): the state alone {:.0} MiB, about {:.0} bytes a message; served, {:.0} MiB more than before (the start state for reset included)",
        live - before,
        (live - before) * 1024.0 * 1024.0 / 1e6,
        after - before,
    );
    drop((tencent, app));
}
