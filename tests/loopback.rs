//! A loopback harness: both services' generated routers on 127.0.0.1, served by one generic
//! implementation that records every request and answers with what the test queued, and the
//! generated clients pointed at them. Tests of clients and servers share it.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use imapi::rongcloud_im as rc;
use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::server::{Fault, Generic, Handler, RequestContext, Router, ServerConfig};
use imapi_runtime::volcengine::Credentials;
use imapi_runtime::{ErrorCode, HttpConfig, OperationShape, RetryPolicy};
use serde_json::Value;

use crate::registry::Clients;

/// The headers of a Volcengine request to `base_url` (`POST /?Action=<action>&Version=2020-12-01`
/// carrying `body`), signed now for `service` in `cn-north-1` with the key pair given: the
/// `Content-Type` and the signature's headers, for tests that write requests by hand.
pub fn volcengine_signed(
    base_url: &str,
    service: &str,
    action: &str,
    body: &[u8],
    keys: (&str, &str),
) -> Vec<(&'static str, String)> {
    volcengine_signed_as(base_url, service, action, body, keys, "application/json")
}

/// [`volcengine_signed`] for a body of another `Content-Type` (a form).
pub fn volcengine_signed_as(
    base_url: &str,
    service: &str,
    action: &str,
    body: &[u8],
    (access_key, secret): (&str, &str),
    content_type: &str,
) -> Vec<(&'static str, String)> {
    use imapi_runtime::volcengine::sign::{self, SignInput};
    let signed = sign::sign(
        &SignInput {
            method: "POST",
            host: base_url.trim_start_matches("http://"),
            path: "/",
            query: &[("Action", action), ("Version", "2020-12-01")],
            content_type,
            body,
            x_date: &sign::format_x_date(imapi_runtime::unix_now()),
            region: "cn-north-1",
            service,
        },
        &Credentials {
            access_key_id: access_key.into(),
            secret_access_key: secret.into(),
            session_token: None,
        },
    );
    let mut headers = vec![("Content-Type", content_type.to_owned())];
    headers.extend(signed.pairs().into_iter().map(|(n, v)| (n, v.to_owned())));
    headers
}

/// The Volcengine access key the servers know.
pub const AK: &str = "AKLTloopbackaccesskey";
/// Its secret.
pub const SK: &str = "bG9vcGJhY2stc2VjcmV0LWtleQ==";
/// The Tencent app the servers know.
pub const SDKAPPID: u64 = 1_400_000_003;
/// Its administrator.
pub const ADMIN: &str = "administrator";
/// An account of the app that is not an administrator.
pub const NOT_ADMIN: &str = "teacher10";
/// The app's secret key.
pub const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

/// What the implementation answers one request with.
#[derive(Debug, Clone)]
pub enum Answer {
    /// This payload (JSON of the operation's response type).
    Payload(Value),
    /// This refusal.
    Fault(ErrorCode, String),
    /// The inner answer, after a delay.
    Late(Duration, Box<Answer>),
    /// A panic.
    Panic,
}

/// A request as the implementation saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// The operation.
    pub operation: &'static str,
    /// The request, encoded again.
    pub request: Value,
    /// Its context.
    pub context: RequestContext,
}

/// The recording implementation of every operation of both services.
#[derive(Debug, Default)]
pub struct Recorder {
    seen: Mutex<Vec<Seen>>,
    answers: Mutex<HashMap<&'static str, VecDeque<Answer>>>,
}

impl Recorder {
    /// Queues an answer for the next request of `operation`.
    pub fn queue(&self, operation: &'static str, answer: Answer) {
        self.answers
            .lock()
            .unwrap()
            .entry(operation)
            .or_default()
            .push_back(answer);
    }

    /// The requests seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

/// The recorder as a [`Handler`].
#[derive(Debug, Clone)]
pub struct Recording(pub Arc<Recorder>);

impl Handler for Recording {
    fn handle<Op: OperationShape>(
        &self,
        context: RequestContext,
        request: Op::Input,
    ) -> impl Future<Output = Result<Op::Output, Fault>> + Send {
        let recorder = self.0.clone();
        async move {
            recorder.seen.lock().unwrap().push(Seen {
                operation: Op::OP.name,
                request: serde_json::to_value(&request).expect("a request encodes"),
                context,
            });
            let answer = recorder
                .answers
                .lock()
                .unwrap()
                .get_mut(Op::OP.name)
                .and_then(VecDeque::pop_front);
            let mut answer =
                answer.unwrap_or_else(|| panic!("no answer queued for {}", Op::OP.name));
            loop {
                match answer {
                    Answer::Payload(value) => {
                        return Ok(serde_json::from_value(value).expect("a queued payload decodes"))
                    }
                    Answer::Fault(code, message) => return Err(Fault::new(code, message)),
                    Answer::Late(delay, inner) => {
                        tokio::time::sleep(delay).await;
                        answer = *inner;
                    }
                    Answer::Panic => panic!("the implementation panics"),
                }
            }
        }
    }
}

/// A router served on 127.0.0.1; stopped when dropped.
pub struct Running {
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves `router` on a free port of 127.0.0.1.
pub async fn serve(router: Router) -> Running {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1");
    let base_url = format!("http://{}", listener.local_addr().expect("an address"));
    let task = tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });
    Running { base_url, task }
}

/// The Volcengine gateway of the loopback servers: the access key pair [`AK`], [`SK`].
pub fn volcengine_gateway() -> vc::server::Gateway {
    vc::server::Gateway::new(vc::server::StaticKeys::new().with_access_key(AK, SK))
}

/// The Tencent gateway of the loopback servers: app [`SDKAPPID`] with [`KEY`] and [`ADMIN`].
pub fn tencent_gateway() -> tc::server::Gateway {
    tc::server::Gateway::new(tc::server::StaticKeys::new().with_app(SDKAPPID, KEY, &[ADMIN]))
}

/// The RongCloud App Key of the loopback servers.
pub const RC_APP_KEY: &str = "loopbackappkey";
/// Its App Secret.
pub const RC_APP_SECRET: &str = "loopback-app-secret";

/// The RongCloud gateway of the loopback servers: app 1, [`RC_APP_KEY`] with [`RC_APP_SECRET`].
pub fn rongcloud_gateway() -> rc::server::Gateway {
    rc::server::Gateway::new(rc::server::StaticKeys::new().with_app(1, RC_APP_KEY, RC_APP_SECRET))
}

/// A RongCloud client of `base_url`, signing with `secret`.
pub fn rongcloud_client(base_url: &str, secret: &str) -> rc::client::Client {
    rc::client::Client::builder(rc::client::Credentials::new(RC_APP_KEY, secret))
        .base_url(base_url)
        .http(http())
        .build()
        .expect("a client")
}

/// Every service's router, the recorder behind them, and clients pointed at them.
pub struct Loopback {
    /// The implementation's record and queue.
    pub recorder: Arc<Recorder>,
    /// The Volcengine router.
    pub volcengine: Running,
    /// The Tencent router.
    pub tencent: Running,
    /// The RongCloud router.
    pub rongcloud: Running,
    /// Generated clients of each.
    pub clients: Clients,
}

/// Client settings for loopback: plain http allowed, quick retries.
pub fn http() -> HttpConfig {
    HttpConfig {
        allow_http: true,
        timeout: Duration::from_secs(10),
        retry: RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(5),
        },
        ..HttpConfig::default()
    }
}

/// A Volcengine client of `base_url`.
pub fn volcengine_client(base_url: &str, secret: &str, token: Option<&str>) -> vc::client::Client {
    let mut builder = vc::client::Client::builder(Credentials::new(AK, secret))
        .base_url(base_url)
        .http(http());
    if let Some(token) = token {
        builder = builder.session_token(token);
    }
    builder.build().expect("a client")
}

/// A Tencent client of `base_url`, calling as `identifier` with `key`.
pub fn tencent_client(base_url: &str, identifier: &str, key: &str) -> tc::client::Client {
    tc::client::Client::builder(SDKAPPID, identifier, key)
        .base_url(base_url)
        .http(http())
        .build()
        .expect("a client")
}

impl Loopback {
    /// Starts both routers with `config`'s settings and the loopback gateways, and makes the
    /// clients.
    pub async fn start_with(config: ServerConfig<()>) -> Loopback {
        Loopback::start_with_gateway(config, volcengine_gateway()).await
    }

    /// [`start_with`](Self::start_with), the Volcengine router answering as `gateway`.
    pub async fn start_with_gateway(
        config: ServerConfig<()>,
        gateway: vc::server::Gateway,
    ) -> Loopback {
        let recorder = Arc::new(Recorder::default());
        let service = Arc::new(Generic(Recording(recorder.clone())));
        let volcengine = serve(vc::server::router(
            service.clone(),
            config.clone().with_protocol(gateway),
        ))
        .await;
        let tencent = serve(tc::server::router(
            service.clone(),
            config.clone().with_protocol(tencent_gateway()),
        ))
        .await;
        let rongcloud = serve(rc::server::router(
            service,
            config.with_protocol(rongcloud_gateway()),
        ))
        .await;
        let clients = Clients {
            volcengine: volcengine_client(&volcengine.base_url, SK, None),
            tencent: tencent_client(&tencent.base_url, ADMIN, KEY),
            rongcloud: rongcloud_client(&rongcloud.base_url, RC_APP_SECRET),
        };
        Loopback {
            recorder,
            volcengine,
            tencent,
            rongcloud,
            clients,
        }
    }

    /// Starts both routers with the loopback credentials and default settings.
    pub async fn start() -> Loopback {
        Loopback::start_with(ServerConfig::new(())).await
    }

    /// [`start`](Self::start) without the documented rate limits, for tests that call each
    /// operation many times in a row (one operation allows one call a second).
    pub async fn start_unlimited() -> Loopback {
        let mut config = ServerConfig::new(());
        config.enforce_rate_limits = false;
        Loopback::start_with(config).await
    }
}

/// Reads one HTTP/1.1 answer from a connection a test wrote a request to by hand: its status
/// and its body, once `Content-Length` bytes of body have come. `None` when the answer is not
/// whole within `within` (the server waits for more of the request, or holds the connection).
pub async fn read_http_answer(
    stream: &mut tokio::net::TcpStream,
    within: Duration,
) -> Option<(u16, String)> {
    use tokio::io::AsyncReadExt;
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    let read = async {
        loop {
            let n = stream.read(&mut buf).await.unwrap_or(0);
            if n == 0 {
                return;
            }
            bytes.extend_from_slice(&buf[..n]);
            let text = String::from_utf8_lossy(&bytes);
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let length = head.lines().find_map(|line| {
                    let (name, value) = line.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                });
                if length.is_some_and(|n| body.len() >= n) {
                    return;
                }
            }
        }
    };
    tokio::time::timeout(within, read).await.ok()?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    Some((head.split(' ').nth(1)?.parse().ok()?, body.to_owned()))
}
