//! The emulator's own work for one request, apart from the network: requests built in this
//! process, handed to [`App::handle`] one after another on one thread, the answer's body read.
//! What hyper and the kernel cost is left out, so the figure is the vendor pipeline's alone
//! (locate, authenticate, read, decode, validate, the state's change, the envelope, the
//! journal), steady enough to compare two builds of it.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::http::Request;
use emulator::{App, State};

use super::{config, modify_message, modify_user_info, Prepared};

/// The host the requests are signed for and sent to.
const HOST: &str = "emulator.bench";
/// Requests in a round.
const REQUESTS: u32 = 50_000;
/// Rounds; each operation's median and fastest are shown (this machine's speed drifts, and
/// the fastest round is the one least disturbed).
const ROUNDS: usize = 7;

fn request(prepared: &Prepared) -> Request<Body> {
    let target = prepared
        .url
        .strip_prefix(&format!("http://{HOST}"))
        .unwrap_or(&prepared.url);
    let mut request = Request::post(target).header("Host", HOST);
    for (name, value) in &prepared.headers {
        request = request.header(*name, value.as_str());
    }
    request.body(Body::from(prepared.body)).expect("a request")
}

/// The mean time of one request through [`App::handle`], over one round.
async fn round(app: &App, prepared: &Prepared) -> f64 {
    let started = Instant::now();
    for _ in 0..REQUESTS {
        let answer = app.handle(request(prepared)).await.expect("an answer");
        let status = answer.status();
        let body = axum::body::to_bytes(answer.into_body(), usize::MAX)
            .await
            .expect("a body");
        assert!(
            status.is_success()
                && !body.windows(7).any(|w| w == b"\"Error\"")
                && !body.starts_with(b"{\"ActionStatus\":\"FAIL\""),
            "{status} {}",
            String::from_utf8_lossy(&body)
        );
    }
    started.elapsed().as_secs_f64() * 1e6 / f64::from(REQUESTS)
}

pub(crate) fn pipeline() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let app = Arc::new(App::new(config(State::example())));
    println!();
    println!("The emulator's pipeline, requests built in process and answered one after another on one thread (the median and the fastest of {ROUNDS} rounds of {REQUESTS}):");
    println!("| operation | µs a request, median | fastest |");
    println!("| --- | --- | --- |");
    for (name, prepare) in [
        ("ModifyMessage", modify_message as fn(&str) -> Prepared),
        ("ModifyUserInfo", modify_user_info),
    ] {
        let prepared = prepare(&format!("http://{HOST}"));
        let mut times: Vec<f64> = (0..ROUNDS)
            .map(|_| runtime.block_on(round(&app, &prepared)))
            .collect();
        times.sort_by(f64::total_cmp);
        println!("| {name} | {:.2} | {:.2} |", times[ROUNDS / 2], times[0]);
    }
}
