//! A local emulator of Volcengine RTC IM and Tencent Cloud Chat, built on the generated
//! servers: both vendors' APIs on one port, answering like the vendors (routing, signatures,
//! envelopes, error codes) with the documented semantics of the spec's operations on an
//! in-memory state. Integrators point an official SDK or the generated clients at it and test
//! offline.
//!
//! Beside the vendors' routes (`/` for Volcengine, `/v4/…` for Tencent), the emulator injects
//! faults by rule ([`faults`]) and, with an admin token, serves admin endpoints under
//! [`ADMIN_PREFIX`]: health, the state (dump and reset) and the fault rules.

pub mod faults;
mod listen;
pub mod state;
mod tencent;
mod volcengine;
pub mod yaml;

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{header, Method, Request, Response, StatusCode};
use imapi::{tencent_chat as tc, volcengine_rtc_im as vc};
use imapi_runtime::server::{
    KeyStore, Observer, RequestRecord, Router, Secret, ServerConfig, TencentApp,
};
use imapi_runtime::time::{Clock, SystemClock};
use imapi_runtime::{OperationShape, OperationVisitor};
use tower::ServiceExt;

pub use faults::{FaultAnswer, Faults, Rules, Vendor};
pub use listen::Limits;
pub use state::{State, StateError};

/// The path under which the admin endpoints live. No vendor route can take it: Volcengine's
/// operations are all at `/`, Tencent's under `/v4/`.
pub const ADMIN_PREFIX: &str = "/_emulator/";

/// How the emulator runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The Volcengine access key it accepts.
    pub volc_access_key: String,
    /// Its secret key.
    pub volc_secret_key: Secret,
    /// The Volcengine region it is (the signature's scope must name it).
    pub volc_region: String,
    /// The Tencent app it is.
    pub tencent_sdkappid: u64,
    /// The app's secret key.
    pub tencent_secret_key: Secret,
    /// The app's administrators.
    pub tencent_admins: Vec<String>,
    /// The state it starts from (and resets to).
    pub state: State,
    /// The fault rules it starts with.
    pub faults: Rules,
    /// The seed of the fault generator.
    pub seed: u64,
    /// The token admin calls carry; `None` turns the admin endpoints off.
    pub admin_token: Option<Secret>,
    /// Whether each request is logged on standard output.
    pub log: bool,
    /// Whether the spec's rate limits are enforced (per app and operation, as the vendors do).
    pub rate_limits: bool,
    /// Timeouts and the cap on connections.
    pub limits: Limits,
}

impl Config {
    /// A configuration accepting these credentials, with the defaults of the command line:
    /// region `cn-north-1`, the administrator `administrator`, the example state, no faults,
    /// no admin endpoints, the documented rate limits, and no request log.
    pub fn new(
        volc_access_key: &str,
        volc_secret_key: &str,
        tencent_sdkappid: u64,
        tencent_secret_key: &str,
    ) -> Config {
        Config {
            volc_access_key: volc_access_key.to_owned(),
            volc_secret_key: Secret::new(volc_secret_key),
            volc_region: "cn-north-1".to_owned(),
            tencent_sdkappid,
            tencent_secret_key: Secret::new(tencent_secret_key),
            tencent_admins: vec!["administrator".to_owned()],
            state: State::example(),
            faults: Rules::default(),
            seed: 0,
            admin_token: None,
            log: false,
            rate_limits: true,
            limits: Limits::default(),
        }
    }

    /// Refuses a configuration that would let anyone in: an empty or blank secret key (a
    /// request signed with the empty key would pass), access key, administrator or admin
    /// token (the README promises that no token means no admin endpoints).
    pub fn check(&self) -> Result<(), String> {
        let blank = |value: &str| value.trim().is_empty();
        let mut problems = Vec::new();
        if blank(&self.volc_access_key) {
            problems.push("the Volcengine access key (--volc-access-key, VOLC_ACCESSKEY) is empty");
        }
        if blank(self.volc_secret_key.expose()) {
            problems.push(
                "the Volcengine secret key (--volc-secret-key, VOLC_SECRETKEY) is empty: any request signed with the empty key would pass",
            );
        }
        if blank(self.tencent_secret_key.expose()) {
            problems.push(
                "the Tencent secret key (--tencent-secret-key, TENCENT_SECRETKEY) is empty: anyone could make UserSigs with it",
            );
        }
        if self.tencent_admins.iter().any(|a| blank(a)) {
            problems.push("a Tencent administrator (--tencent-admin) is empty");
        }
        if self.admin_token.as_ref().is_some_and(|t| blank(t.expose())) {
            problems.push(
                "the admin token (--admin-token, EMULATOR_ADMIN_TOKEN) is empty: leave it out to turn the admin endpoints off",
            );
        }
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        self.faults.check()
    }
}

/// Reads a state or faults file as text: a regular file (not a device, a pipe or a folder)
/// of at most `max` bytes, checked before a byte is read.
pub fn read_text_file(path: &std::path::Path, what: &str, max: u64) -> Result<String, String> {
    use std::io::Read;
    let shown = path.display();
    let cannot = |e: std::io::Error| format!("cannot read the {what} {shown}: {e}");
    let regular = |metadata: &std::fs::Metadata| {
        if !metadata.is_file() {
            return Err(format!("the {what} {shown} is not a regular file"));
        }
        if metadata.len() > max {
            return Err(format!(
                "the {what} {shown} is {} bytes, more than the {max} read",
                metadata.len()
            ));
        }
        Ok(())
    };
    // Checked before opening: opening a pipe would wait for a writer.
    regular(&std::fs::metadata(path).map_err(cannot)?)?;
    let file = std::fs::File::open(path).map_err(cannot)?;
    let metadata = file.metadata().map_err(cannot)?;
    regular(&metadata)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(max + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(format!("the {what} {shown} grew past the {max} bytes read"));
    }
    String::from_utf8(bytes).map_err(|_| format!("the {what} {shown} is not UTF-8 text"))
}

/// An emulator serving on a free port of 127.0.0.1 inside this process, for tests and
/// examples; it stops when dropped.
pub struct Local {
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    app: Arc<App>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Local {
    /// Starts the emulator of `config` on the current tokio runtime; a configuration that
    /// [`Config::check`] refuses is an `InvalidInput` error.
    pub async fn start(config: Config) -> std::io::Result<Local> {
        config
            .check()
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let base_url = format!("http://{}", listener.local_addr()?);
        let app = Arc::new(App::new(config));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(serve(listener, app.clone(), async move {
            let _ = stopped.await;
        }));
        Ok(Local {
            base_url,
            app,
            stop: Some(stop),
        })
    }

    /// The running emulator, to look at or change its state.
    pub fn app(&self) -> &Arc<App> {
        &self.app
    }
}

impl std::fmt::Debug for Local {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Local")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Drop for Local {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The emulated services: the state behind both vendors' traits.
#[derive(Debug)]
pub struct Emulator {
    state: Mutex<State>,
    /// The start state as compact JSON: a tenth of the memory of a second copy.
    start: Vec<u8>,
    admins: Vec<String>,
}

impl Emulator {
    /// An emulator holding `state`, with these Tencent administrators.
    pub fn new(state: State, admins: Vec<String>) -> Self {
        Emulator {
            start: state.to_json_bytes(),
            state: Mutex::new(state),
            admins,
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A copy of the current state.
    pub fn snapshot(&self) -> State {
        self.lock().clone()
    }

    /// Puts the state back to what the emulator started with.
    pub fn reset(&self) {
        // It was written from a valid state, so it reads back.
        if let Ok(start) = State::from_json_bytes(&self.start) {
            *self.lock() = start;
        }
    }

    /// Runs `f` on the state (for tests and tools that seed it).
    pub fn with_state<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        f(&mut self.lock())
    }
}

/// The credentials the emulator's routers accept. A Tencent group's owner may call
/// `ModifyUserInfo` on its group, so owners count as callers beside the administrators; the
/// implementation tells them apart.
#[derive(Debug)]
struct Keys {
    access_key: String,
    secret_key: Secret,
    sdkappid: u64,
    tencent_key: Secret,
    emulator: Arc<Emulator>,
}

impl KeyStore for Keys {
    fn volcengine_secret(&self, access_key_id: &str) -> Option<Secret> {
        (access_key_id == self.access_key).then(|| self.secret_key.clone())
    }

    fn tencent_app(&self, sdkappid: u64) -> Option<TencentApp> {
        if sdkappid != self.sdkappid {
            return None;
        }
        let mut admins = self.emulator.admins.clone();
        let owners = self.emulator.with_state(|s| {
            s.groups
                .values()
                .filter_map(|g| g.owner.clone())
                .collect::<Vec<_>>()
        });
        admins.extend(owners);
        Some(TencentApp {
            secret_key: self.tencent_key.clone(),
            admins,
        })
    }
}

/// Writes one line per request: time, method, operation, caller, result code, status,
/// latency. Never a secret: the caller is an access key id or an account.
#[derive(Debug)]
struct Log;

impl Observer for Log {
    fn on_request(&self, r: &RequestRecord) {
        log_line(
            &r.method,
            &r.operation,
            r.caller.as_deref(),
            r.code.as_deref().unwrap_or("OK"),
            r.status,
            r.latency,
        );
    }
}

fn log_line(
    method: &str,
    operation: &str,
    caller: Option<&str>,
    code: &str,
    status: u16,
    latency: Duration,
) {
    let now = SystemClock.now();
    let stamp = imapi_runtime::time::format_compact(now.as_secs());
    println!(
        "{stamp} {method} {operation} caller={} code={code} status={status} {:.1}ms",
        caller.unwrap_or("-"),
        latency.as_secs_f64() * 1e3
    );
}

struct Names(Vec<&'static str>, HashMap<&'static str, &'static str>);

impl<Svc> OperationVisitor<Svc> for Names {
    fn visit<Op: OperationShape<Service = Svc>>(&mut self) {
        self.0.push(Op::OP.name);
        let key = Op::OP.action.unwrap_or(Op::OP.path);
        self.1.insert(key, Op::OP.name);
    }
}

fn names(vendor: Vendor) -> Names {
    let mut names = Names(Vec::new(), HashMap::new());
    match vendor {
        Vendor::Volcengine => vc::for_each_operation(&mut names),
        Vendor::Tencent => tc::for_each_operation(&mut names),
    }
    names
}

/// The operations the emulator serves for a vendor, by name.
pub fn operations(vendor: Vendor) -> Vec<&'static str> {
    names(vendor).0
}

/// The whole emulator as one service: admin endpoints, fault injection, and both vendors'
/// generated routers.
pub struct App {
    emulator: Arc<Emulator>,
    faults: Faults,
    admin_token: Option<Secret>,
    volcengine: Router,
    tencent: Router,
    volc_region: String,
    log: bool,
    /// Operation names by Volcengine action and by Tencent path.
    by_key: HashMap<&'static str, &'static str>,
    limits: Limits,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("emulator", &self.emulator)
            .field("faults", &self.faults)
            .finish_non_exhaustive()
    }
}

/// Why a request got no answer: a fault rule dropped its connection.
#[derive(Debug)]
pub struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the connection was dropped by a fault rule")
    }
}

impl std::error::Error for Dropped {}

impl App {
    /// The emulator of `config`.
    pub fn new(config: Config) -> App {
        let emulator = Arc::new(Emulator::new(config.state, config.tencent_admins.clone()));
        let keys = Keys {
            access_key: config.volc_access_key,
            secret_key: config.volc_secret_key,
            sdkappid: config.tencent_sdkappid,
            tencent_key: config.tencent_secret_key,
            emulator: emulator.clone(),
        };
        let mut server = ServerConfig::new(keys).with_region(&config.volc_region);
        server.enforce_rate_limits = config.rate_limits;
        server.body_read_timeout = config.limits.body_read_timeout;
        if config.log {
            server = server.with_observer(Log);
        }
        let mut by_key = names(Vendor::Volcengine).1;
        by_key.extend(names(Vendor::Tencent).1);
        App {
            volcengine: vc::server::router(emulator.clone(), server.clone()),
            tencent: tc::server::router(emulator.clone(), server),
            emulator,
            faults: Faults::new(config.faults, config.seed),
            admin_token: config.admin_token,
            volc_region: config.volc_region,
            log: config.log,
            by_key,
            limits: config.limits,
        }
    }

    /// The emulated state.
    pub fn emulator(&self) -> &Arc<Emulator> {
        &self.emulator
    }

    /// The fault rules.
    pub fn faults(&self) -> &Faults {
        &self.faults
    }

    /// Answers one request, or drops it when a fault rule says so.
    pub async fn handle(&self, request: Request<Body>) -> Result<Response<Body>, Dropped> {
        let path = request.uri().path();
        if let Some(rest) = path.strip_prefix(ADMIN_PREFIX) {
            let rest = rest.to_owned();
            return Ok(self.admin(&rest, request).await);
        }
        let vendor = if path.starts_with("/v4/") {
            Vendor::Tencent
        } else {
            Vendor::Volcengine
        };
        let started = Instant::now();
        let (request, target) = self.target(vendor, request).await;
        let answer = target.and_then(|(operation, app)| {
            self.faults.decide(&faults::Target {
                vendor,
                operation,
                app,
            })
        });
        let router = match vendor {
            Vendor::Volcengine => &self.volcengine,
            Vendor::Tencent => &self.tencent,
        };
        let forward = |request| async move {
            match router.clone().oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            }
        };
        let Some(answer) = answer else {
            return Ok(forward(request).await);
        };
        let method = request.method().to_string();
        let operation = target_name(&request, vendor);
        let response = match &answer {
            FaultAnswer::Latency { ms } => {
                tokio::time::sleep(Duration::from_millis(*ms)).await;
                return Ok(forward(request).await);
            }
            FaultAnswer::Drop => {
                if self.log {
                    log_line(
                        &method,
                        &operation,
                        None,
                        "fault:drop",
                        0,
                        started.elapsed(),
                    );
                }
                return Err(Dropped);
            }
            FaultAnswer::Throttle => {
                let code = match vendor {
                    Vendor::Volcengine => vc::errors::FLOW_LIMIT_EXCEEDED_QPS_OVER_LIMIT,
                    Vendor::Tencent => tc::errors::E60007,
                };
                self.vendor_error(vendor, &request, &code, "too many requests (injected)")
            }
            FaultAnswer::Error { code, message } => {
                match faults::find_code(vendor, code) {
                    Some(code) => self.vendor_error(vendor, &request, &code, message),
                    // Rules are checked when set; an unknown code cannot get here.
                    None => return Ok(forward(request).await),
                }
            }
            FaultAnswer::Status {
                status,
                retry_after,
            } => {
                let mut builder = Response::builder()
                    .status(
                        StatusCode::from_u16(*status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE),
                    )
                    .header(header::CONTENT_TYPE, "text/plain");
                if let Some(seconds) = retry_after {
                    builder = builder.header(header::RETRY_AFTER, seconds.to_string());
                }
                builder
                    .body(Body::from(format!(
                        "HTTP {status} (injected by the emulator)"
                    )))
                    .unwrap_or_default()
            }
        };
        if self.log {
            log_line(
                &method,
                &operation,
                None,
                &format!("fault:{}", fault_kind(&answer)),
                response.status().as_u16(),
                started.elapsed(),
            );
        }
        Ok(response)
    }

    /// The operation and app a request names, for fault matching; the body is read (and put
    /// back) only when a rule needs the Volcengine app.
    async fn target(
        &self,
        vendor: Vendor,
        request: Request<Body>,
    ) -> (Request<Body>, Option<(Option<&'static str>, Option<i64>)>) {
        let rules = self.faults.rules();
        if !rules.rules.iter().any(|r| r.vendor == vendor) {
            return (request, None);
        }
        let query = imapi_runtime::url::decode_query(request.uri().query().unwrap_or(""));
        let get = |name: &str| {
            query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        match vendor {
            Vendor::Tencent => {
                let operation = self.by_key.get(request.uri().path()).copied();
                let app = get("sdkappid").and_then(|a| a.parse().ok());
                (request, Some((operation, app)))
            }
            Vendor::Volcengine => {
                let action = get("Action").unwrap_or_default();
                let operation = self.by_key.get(action.as_str()).copied();
                if !rules
                    .rules
                    .iter()
                    .any(|r| r.vendor == vendor && r.app.is_some())
                {
                    return (request, Some((operation, None)));
                }
                let (parts, body) = request.into_parts();
                let (whole, body) = self.peek(body).await;
                #[derive(serde::Deserialize)]
                struct App {
                    #[serde(rename = "AppId")]
                    app_id: i64,
                }
                let app = whole
                    .and_then(|bytes| serde_json::from_slice::<App>(&bytes).ok())
                    .map(|a| a.app_id);
                (Request::from_parts(parts, body), Some((operation, app)))
            }
        }
    }

    /// Reads a body for a fault rule that names an app: the whole body when it fits the
    /// router's limit and arrives in its time, and a body to forward that is the same bytes.
    /// Otherwise no bytes, and the body forwarded is what was read followed by the rest, so
    /// that the router answers it as it deserves (a body too large is refused as too large,
    /// never swapped for an empty one).
    async fn peek(&self, body: Body) -> (Option<Bytes>, Body) {
        use futures_util::StreamExt;
        let limit = imapi_runtime::server::DEFAULT_MAX_BODY_BYTES;
        let declared = axum::body::HttpBody::size_hint(&body).lower();
        if usize::try_from(declared).map_or(true, |n| n > limit) {
            return (None, body);
        }
        let mut stream = body.into_data_stream();
        let mut read = Vec::new();
        let deadline = tokio::time::Instant::now() + self.limits.body_read_timeout;
        loop {
            match tokio::time::timeout_at(deadline, stream.next()).await {
                Ok(None) => {
                    let whole = Bytes::from(read);
                    return (Some(whole.clone()), Body::from(whole));
                }
                Ok(Some(Ok(chunk))) => {
                    read.extend_from_slice(&chunk);
                    if read.len() > limit {
                        break;
                    }
                }
                // A failed or slow body: the router meets the same failure or slowness.
                Ok(Some(Err(_))) | Err(_) => break,
            }
        }
        let first =
            futures_util::stream::once(async move { Ok::<_, axum::Error>(Bytes::from(read)) });
        (None, Body::from_stream(first.chain(stream)))
    }

    fn vendor_error(
        &self,
        vendor: Vendor,
        request: &Request<Body>,
        code: &imapi_runtime::ErrorCode,
        message: &str,
    ) -> Response<Body> {
        let now = SystemClock.now();
        match vendor {
            Vendor::Volcengine => {
                let query = imapi_runtime::url::decode_query(request.uri().query().unwrap_or(""));
                let get = |name: &str| {
                    query
                        .iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.as_str())
                        .unwrap_or_default()
                };
                imapi_runtime::volcengine::server::error_answer(
                    vc::SPEC.signing_service,
                    &self.volc_region,
                    get("Action"),
                    get("Version"),
                    code,
                    message,
                    now,
                )
            }
            Vendor::Tencent => imapi_runtime::tencent::server::error_answer(code, message, now),
        }
    }

    async fn admin(&self, rest: &str, request: Request<Body>) -> Response<Body> {
        let Some(token) = &self.admin_token else {
            return json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "the admin endpoints are off; start the emulator with --admin-token"}),
            );
        };
        let given = request
            .headers()
            .get("x-emulator-token")
            .or_else(|| request.headers().get(header::AUTHORIZATION))
            .and_then(|v| v.to_str().ok())
            .map(|v| v.strip_prefix("Bearer ").unwrap_or(v));
        if !given.is_some_and(|g| same(g.as_bytes(), token.expose().as_bytes())) {
            return json(
                StatusCode::UNAUTHORIZED,
                &serde_json::json!({"error": "an admin call needs the admin token (X-Emulator-Token or Authorization: Bearer)"}),
            );
        }
        let method = request.method().clone();
        match (method, rest) {
            (Method::GET, "health") => json(StatusCode::OK, &serde_json::json!({"status": "ok"})),
            (Method::GET, "state") => {
                let state = self.emulator.snapshot();
                let yaml = request
                    .headers()
                    .get(header::ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|a| a.contains("yaml"));
                let (body, kind) = if yaml {
                    (state.to_yaml(), "application/yaml")
                } else {
                    (state.to_json(), "application/json")
                };
                Response::builder()
                    .header(header::CONTENT_TYPE, kind)
                    .body(Body::from(body))
                    .unwrap_or_default()
            }
            (Method::POST, "reset") => {
                self.emulator.reset();
                json(StatusCode::OK, &serde_json::json!({"reset": true}))
            }
            (Method::GET, "faults") => json(
                StatusCode::OK,
                &serde_json::to_value(self.faults.rules()).unwrap_or_default(),
            ),
            (Method::PUT, "faults") => {
                let text = match self.upload(request.into_body()).await {
                    Ok(text) => text,
                    Err(refusal) => return refusal,
                };
                // Parsing is CPU work whose cost depends on the upload: it runs on a blocking
                // thread, never on the threads that answer vendor requests.
                let parsed = tokio::task::spawn_blocking(move || Rules::parse(&text)).await;
                match parsed {
                    Ok(Ok(rules)) => {
                        let count = rules.rules.len();
                        self.faults.set(rules);
                        json(StatusCode::OK, &serde_json::json!({"rules": count}))
                    }
                    Ok(Err(e)) => json(StatusCode::BAD_REQUEST, &serde_json::json!({"error": e})),
                    Err(_) => json(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        &serde_json::json!({"error": "the rules could not be parsed"}),
                    ),
                }
            }
            (Method::DELETE, "faults") => {
                self.faults.set(Rules::default());
                json(StatusCode::OK, &serde_json::json!({"rules": 0}))
            }
            _ => json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "admin endpoints: GET health, GET state, POST reset, GET/PUT/DELETE faults"}),
            ),
        }
    }
}

impl App {
    /// An admin upload's text: at most [`faults::MAX_RULES_BYTES`], UTF-8, arriving within the
    /// body read timeout; otherwise the answer refusing it.
    async fn upload(&self, body: Body) -> Result<String, Response<Body>> {
        let max = faults::MAX_RULES_BYTES;
        let too_large = || {
            json(
                StatusCode::PAYLOAD_TOO_LARGE,
                &serde_json::json!({"error": format!("the rules are larger than {max} bytes")}),
            )
        };
        let limit = usize::try_from(max).unwrap_or(usize::MAX);
        if usize::try_from(axum::body::HttpBody::size_hint(&body).lower())
            .map_or(true, |n| n > limit)
        {
            return Err(too_large());
        }
        let read = tokio::time::timeout(
            self.limits.body_read_timeout,
            axum::body::to_bytes(body, limit),
        )
        .await;
        let bytes = match read {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(_)) => return Err(too_large()),
            Err(_) => {
                return Err(json(
                    StatusCode::REQUEST_TIMEOUT,
                    &serde_json::json!({"error": "the rules did not arrive in time"}),
                ))
            }
        };
        String::from_utf8(bytes.to_vec()).map_err(|_| {
            json(
                StatusCode::BAD_REQUEST,
                &serde_json::json!({"error": "the rules are not UTF-8 text"}),
            )
        })
    }
}

fn fault_kind(answer: &FaultAnswer) -> &'static str {
    match answer {
        FaultAnswer::Throttle => "throttle",
        FaultAnswer::Error { .. } => "error",
        FaultAnswer::Status { .. } => "status",
        FaultAnswer::Latency { .. } => "latency",
        FaultAnswer::Drop => "drop",
    }
}

/// What a request asked for, for a log line.
fn target_name(request: &Request<Body>, vendor: Vendor) -> String {
    match vendor {
        Vendor::Tencent => request.uri().path().to_owned(),
        Vendor::Volcengine => imapi_runtime::url::decode_query(request.uri().query().unwrap_or(""))
            .into_iter()
            .find(|(k, _)| k == "Action")
            .map(|(_, v)| v.chars().filter(|c| !c.is_control()).take(64).collect())
            .unwrap_or_else(|| "-".to_owned()),
    }
}

/// Compares two secrets in time that depends only on their lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn json(status: StatusCode, value: &serde_json::Value) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(value.to_string()))
        .unwrap_or_default()
}

/// Serves `app` on `listener` until `shutdown` completes, then lets requests in flight finish
/// (for at most five seconds) and returns. A request a fault rule drops has its connection
/// closed without an answer. Connections are held to the config's [`Limits`].
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Arc<App>,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    listen::serve_on(listener, app, shutdown).await;
    Ok(())
}

/// A future that completes on Ctrl-C (SIGINT) or SIGTERM. On Unix the handlers are installed
/// when this is called, so a signal that arrives before the future is first polled still
/// counts.
pub fn shutdown_signal() -> std::io::Result<impl Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt())?;
        let mut terminate = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}
