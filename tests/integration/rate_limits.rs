//! The Redis-backed rate limiter under faults, against a real `redis-server` and a listener
//! that accepts and never answers: every request is answered within the limiter's bound, the
//! server's `LimiterFailure` decides between admitting and refusing, a circuit breaker keeps a
//! dead Redis from costing a timeout per request, and the limiter recovers when Redis returns.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use imapi::volcengine_rtc_im as vc;
use imapi_runtime::server::{Generic, LimiterFailure, RedisLimiter, RedisOptions, ServerConfig};
use imapi_runtime::time::ManualClock;
use imapi_runtime::volcengine::sign::Credentials;
use imapi_runtime::{unix_now, Error, HttpConfig, RetryPolicy};
use imapi_tests::loopback::{self, serve, Answer, Recorder, Recording, Running, AK, SK};
use imapi_tests::tools::RedisServer;
use serde_json::json;

/// Short timeouts, so that the tests are quick; the defaults are 250 ms and 1 s.
fn options(retry_interval: Duration) -> RedisOptions {
    RedisOptions {
        connect_timeout: Duration::from_millis(200),
        response_timeout: Duration::from_millis(200),
        retry_interval,
    }
}

/// A Volcengine router limited by `limiter`, on `clock`.
struct Limited {
    recorder: Arc<Recorder>,
    _running: Running,
    client: vc::client::Client,
}

async fn limited(
    limiter: Arc<RedisLimiter>,
    failure: LimiterFailure,
    clock: &ManualClock,
) -> Limited {
    let mut config = ServerConfig::new(loopback::volcengine_gateway())
        .with_clock(clock.clone())
        .with_limiter_failure(failure);
    config.limiter = limiter;
    let recorder = Arc::new(Recorder::default());
    let service = Arc::new(Generic(Recording(recorder.clone())));
    let running = serve(vc::server::router(service, config)).await;
    // No retries, and a client timeout of two seconds: a request the server leaves hanging
    // fails the test instead of waiting for Redis.
    let http = HttpConfig {
        timeout: Duration::from_secs(2),
        retry: RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        },
        ..loopback::http()
    };
    let client = vc::client::Client::builder(Credentials::new(AK, SK))
        .base_url(&running.base_url)
        .http(http)
        .build()
        .expect("a client");
    Limited {
        recorder,
        _running: running,
        client,
    }
}

/// How a call ended.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Admitted,
    /// Over its budget: the vendor's throttling answer, saying the limit.
    Throttled,
    /// The limiter could not say: the vendor's throttling answer, saying so.
    Refused,
}

impl Limited {
    async fn call(&self) -> Outcome {
        self.recorder
            .queue("ModifyMessage", Answer::Payload(json!({})));
        let request: vc::ModifyMessageRequest =
            serde_json::from_value(json!({"AppId": 7, "ConversationShortId": 2, "MessageId": 3}))
                .unwrap();
        match self.client.modify_message(&request).await {
            Ok(_) => Outcome::Admitted,
            Err(Error::Vendor(v)) => {
                assert_eq!(
                    (v.http_status, v.code.as_str(), v.throttled),
                    (429, "FlowLimitExceeded.QPSOverLimit", true),
                    "{v:?}"
                );
                if v.message.contains("cannot be checked") {
                    Outcome::Refused
                } else {
                    assert!(v.message.contains("allows 50 requests"), "{}", v.message);
                    Outcome::Throttled
                }
            }
            Err(e) => panic!("answered within the bound with the vendor's envelope: {e}"),
        }
    }
}

/// A listener that accepts connections, reads what is sent and never answers; counts the
/// connections.
async fn silent_listener() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("redis://{}/", listener.local_addr().unwrap());
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            count.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut sink = tokio::io::sink();
                let _ = tokio::io::copy(&mut stream, &mut sink).await;
            });
        }
    });
    (url, accepted)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_that_never_answers_costs_one_timeout_per_interval() {
    let (url, accepted) = silent_listener().await;
    // Connecting up front fails within the bound instead of hanging.
    let refused = RedisLimiter::connect_with(&url, "silent:", options(Duration::from_secs(60)))
        .await
        .expect_err("nothing answers");
    assert!(refused.to_string().contains("in time"), "{refused}");

    let clock = ManualClock::at(Duration::from_secs(unix_now()));
    let limiter = Arc::new(
        RedisLimiter::new(&url, "silent:", options(Duration::from_secs(60))).expect("a URL"),
    );
    let before = accepted.load(Ordering::SeqCst);
    let open = limited(limiter.clone(), LimiterFailure::Admit, &clock).await;
    for i in 0..30 {
        assert_eq!(open.call().await, Outcome::Admitted, "call {i} fails open");
    }
    assert!(!limiter.is_available());
    // One try per retry interval: the first call's connection attempts, and no more for the
    // 29 calls after it.
    let tries = accepted.load(Ordering::SeqCst) - before;
    assert!((1..=2).contains(&tries), "{tries} connections for 30 calls");

    // The same limiter behind a server that fails closed: the vendor's throttling answer,
    // at once, without another try.
    let closed = limited(limiter.clone(), LimiterFailure::Refuse, &clock).await;
    for i in 0..10 {
        assert_eq!(
            closed.call().await,
            Outcome::Refused,
            "call {i} fails closed"
        );
    }
    assert_eq!(accepted.load(Ordering::SeqCst) - before, tries);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_stopped_mid_test_refuses_when_failing_closed_and_recovers() {
    let mut redis = RedisServer::start();
    let clock = ManualClock::at(Duration::from_secs(unix_now()));
    let limiter = Arc::new(
        RedisLimiter::connect_with(
            &redis.url(),
            "stopped:",
            options(Duration::from_millis(300)),
        )
        .await
        .expect("connect to redis"),
    );
    let server = limited(limiter.clone(), LimiterFailure::Refuse, &clock).await;
    for _ in 0..3 {
        assert_eq!(server.call().await, Outcome::Admitted);
    }

    redis.stop();
    for i in 0..20 {
        assert_eq!(server.call().await, Outcome::Refused, "call {i}");
    }
    assert!(!limiter.is_available());

    redis.restart();
    let mut recovered = false;
    for _ in 0..100 {
        if server.call().await == Outcome::Admitted {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(recovered, "the limiter uses Redis again once it is back");
    assert!(limiter.is_available());
    // The budget holds again: the restarted Redis knows only the call just admitted.
    let outcomes: Vec<Outcome> = {
        let mut all = Vec::new();
        for _ in 0..50 {
            all.push(server.call().await);
        }
        all
    };
    let admitted = outcomes.iter().filter(|o| **o == Outcome::Admitted).count();
    assert_eq!(admitted, 49, "{outcomes:?}");
    assert_eq!(outcomes.last(), Some(&Outcome::Throttled));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paused_redis_is_passed_over_when_failing_open_and_used_again_when_it_answers() {
    let redis = RedisServer::start();
    let clock = ManualClock::at(Duration::from_secs(unix_now()));
    let limiter = Arc::new(
        RedisLimiter::connect_with(&redis.url(), "paused:", options(Duration::from_millis(300)))
            .await
            .expect("connect to redis"),
    );
    let server = limited(limiter.clone(), LimiterFailure::Admit, &clock).await;
    assert_eq!(server.call().await, Outcome::Admitted);

    // Frozen: connections are accepted and nothing is answered.
    redis.pause();
    for i in 0..80 {
        // More than the budget of 50: the limit is lifted while Redis is away.
        assert_eq!(server.call().await, Outcome::Admitted, "call {i}");
    }
    assert!(!limiter.is_available());

    redis.resume();
    let mut recovered = false;
    for _ in 0..100 {
        server.call().await;
        if limiter.is_available() {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(recovered, "the breaker closes once Redis answers");
    // Rate limits hold again: within the same second of the server's clock the budget runs
    // out.
    let mut throttled = false;
    for _ in 0..60 {
        if server.call().await == Outcome::Throttled {
            throttled = true;
            break;
        }
    }
    assert!(throttled, "the budget is enforced through Redis again");
    // Debug shows neither the URL nor a password.
    let shown = format!("{limiter:?}");
    assert!(
        shown.contains("paused:") && !shown.contains("redis://"),
        "{shown}"
    );
}
