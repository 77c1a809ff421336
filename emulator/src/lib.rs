//! A local emulator of Volcengine RTC IM and Tencent Cloud Chat, built on the generated
//! servers: both vendors' APIs on one port, answering like the vendors (routing, signatures,
//! envelopes, error codes) with the documented semantics of the spec's operations on an
//! in-memory state. Integrators point an official SDK or the generated clients at it and test
//! offline.
//!
//! Beside the vendors' routes (`/` for Volcengine, `/v4/…` for Tencent), the emulator injects
//! faults by rule ([`faults`]), records each request in a bounded [`journal`] and, with an
//! admin token, serves admin endpoints under [`ADMIN_PREFIX`]: health, the state (dump and
//! reset), the fault rules, the journal (list, clear, verify) and a web console (`ui`).
//!
//! Each vendor is described in its own file (`volcengine.rs`, `tencent.rs`: its catalog, its
//! credentials and its router, beside the operations' semantics) and registered in
//! [`registry`]; everything else is the same for every vendor.

#[macro_use]
mod answer;
mod admin;
mod config;
mod console;
pub mod faults;
pub mod journal;
mod listen;
mod local;
mod record;
pub mod registry;
mod rongcloud;
pub mod state;
mod tencent;
mod tencent_accounts;
mod tencent_c2c;
mod tencent_group_info;
mod tencent_group_life;
mod tencent_group_members;
mod tencent_group_msgs;
mod tencent_groups;
pub mod vendor;
mod volcengine;
pub mod yaml;

/// The Unix time (seconds) a request was received.
pub(crate) fn received_secs(context: &imapi_runtime::server::RequestContext) -> i64 {
    i64::try_from(context.received_at.as_secs()).unwrap_or(i64::MAX)
}

use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::http::{header, Request, Response, StatusCode};
use imapi_runtime::server::Secret;
use imapi_runtime::ErrorRole;

pub use config::{read_text_file, Config};
pub use faults::{FaultAnswer, Faults, Rules};
pub use journal::{Entry, Filter, Journal, Outcome, Times, Verification};
pub use listen::Limits;
use record::log_line;
pub use rongcloud::{App as RongcloudApp, Args as RongcloudArgs};
pub use state::{State, StateError};
use vendor::{AppSource, Served};

/// The path under which the admin endpoints live. No vendor route can take it: Volcengine's
/// operations are all at `/`, Tencent's under `/v4/`.
pub const ADMIN_PREFIX: &str = "/_emulator/";

pub use local::Local;

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

/// The operations the emulator serves for a vendor (`volcengine`, `tencent`), by name.
pub fn operations(vendor: &str) -> Vec<&'static str> {
    registry::catalog(vendor)
        .map(vendor::Catalog::operation_names)
        .unwrap_or_default()
}

/// The whole emulator as one service: admin endpoints, fault injection, and every vendor's
/// generated routing tables.
pub struct App {
    emulator: Arc<Emulator>,
    faults: Faults,
    journal: Arc<Journal>,
    sessions: admin::Sessions,
    admin_token: Option<Secret>,
    vendors: Vec<Served>,
    log: bool,
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
    pub fn new(mut config: Config) -> App {
        let state = std::mem::take(&mut config.state);
        let emulator = Arc::new(Emulator::new(state, config.tencent_admins.clone()));
        let journal = Arc::new(Journal::new(
            config.journal_capacity,
            config.journal_body_bytes,
        ));
        let vendors = registry::serve_all(&emulator, &config, &journal);
        App {
            emulator,
            faults: Faults::new(config.faults, config.seed),
            journal,
            sessions: admin::Sessions::default(),
            admin_token: config.admin_token,
            vendors,
            log: config.log,
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

    /// The request journal.
    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    /// The vendor a path is for: the one whose path prefix is the longest that matches.
    fn vendor_of(&self, path: &str) -> Option<&Served> {
        self.vendors
            .iter()
            .filter_map(|v| Some((v, v.catalog.matches(path)?)))
            .max_by_key(|(_, len)| *len)
            .map(|(v, _)| v)
    }

    /// Answers one request, or drops it when a fault rule says so.
    pub async fn handle(&self, request: Request<Body>) -> Result<Response<Body>, Dropped> {
        let path = request.uri().path();
        if let Some(rest) = path.strip_prefix(ADMIN_PREFIX) {
            let rest = rest.to_owned();
            return Ok(self.admin(&rest, request).await);
        }
        let Some(vendor) = self.vendor_of(path) else {
            return Ok(admin::json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "no vendor's API is served at this path"}),
            ));
        };
        let started = Instant::now();
        let (request, decided) = self.decide(vendor, request).await;
        let forward = |request| vendor.table.serve(request);
        let Some(Decided {
            operation,
            app,
            rule,
            answer,
        }) = decided
        else {
            return Ok(forward(request).await);
        };
        let fired = journal::Fired {
            rule,
            answer: answer.clone(),
        };
        let method = request.method().clone();
        let (parts, body) = request.into_parts();
        let refuse = |role: ErrorRole, message: &str| {
            vendor.catalog.code_for(role).map(|code| {
                (
                    vendor.refuse(&parts, &code, message),
                    code.code,
                    message.to_owned(),
                )
            })
        };
        let answered = match &answer {
            FaultAnswer::Latency { ms } => {
                tokio::time::sleep(Duration::from_millis(*ms)).await;
                let request = Request::from_parts(parts, body);
                return Ok(record::FIRED
                    .scope((fired, started), forward(request))
                    .await);
            }
            FaultAnswer::Drop => None,
            FaultAnswer::Throttle => refuse(ErrorRole::Throttled, "too many requests (injected)"),
            FaultAnswer::Error { code, message } => {
                faults::find_code(vendor.catalog, code).map(|code| {
                    (
                        vendor.refuse(&parts, &code, message),
                        code.code,
                        message.clone(),
                    )
                })
            }
            FaultAnswer::Status {
                status,
                retry_after,
            } => Some((
                status_answer(*status, *retry_after),
                "",
                format!("HTTP {status} (injected by the emulator)"),
            )),
        };
        let status = answered.as_ref().map_or(0, |(r, _, _)| r.status().as_u16());
        if self.log {
            log_line(
                method.as_str(),
                operation.unwrap_or("-"),
                None,
                &format!("fault:{}", fault_kind(&answer)),
                status,
                started.elapsed(),
            );
        }
        if self.journal.is_on() && (answered.is_some() || answer == FaultAnswer::Drop) {
            let (code, message) = match &answered {
                Some((_, code, message)) => (
                    Some(*code).filter(|c| !c.is_empty()).map(str::to_owned),
                    Some(message.clone()),
                ),
                None => (None, None),
            };
            self.journal
                .record(record::fault_entry(record::FaultRecord {
                    catalog: vendor.catalog,
                    method: &method,
                    path: parts.uri.path(),
                    operation,
                    app,
                    status,
                    code,
                    message,
                    fired,
                    latency: started.elapsed(),
                }));
        }
        match (answered, &answer) {
            (Some((response, _, _)), _) => Ok(response),
            (None, FaultAnswer::Drop) => Err(Dropped),
            // Rules are checked when set: a code or role they name exists, so this is not
            // reached; the request goes on unharmed.
            (None, _) => Ok(forward(Request::from_parts(parts, body)).await),
        }
    }

    /// Whether a fault rule fires for the request: the operation it names and the answer.
    /// The request's app is looked for only when a rule of its vendor names one (reading a
    /// Volcengine body for it, and putting it back).
    async fn decide(
        &self,
        vendor: &Served,
        request: Request<Body>,
    ) -> (Request<Body>, Option<Decided>) {
        let rules = self.faults.rules();
        let name = vendor.catalog.name;
        if !rules.rules.iter().any(|r| r.vendor == name) {
            return (request, None);
        }
        let (parts, body) = request.into_parts();
        let operation = vendor.locate(&parts);
        let wants_app = rules
            .rules
            .iter()
            .any(|r| r.vendor == name && r.app.is_some());
        let (app, body) = match vendor.catalog.app {
            // Read whether a rule wants it or not: it costs nothing, and the journal shows it.
            AppSource::Query(key) => {
                let query = imapi_runtime::url::decode_query(parts.uri.query().unwrap_or(""));
                let app = query
                    .into_iter()
                    .find(|(k, _)| k == key)
                    .and_then(|(_, v)| v.parse().ok());
                (app, body)
            }
            _ if !wants_app => (None, body),
            AppSource::Credentials => (None, body),
            AppSource::Body(field) => {
                let (whole, body) = self.peek(body).await;
                let app = whole
                    .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                    .and_then(|value| value.get(field)?.as_i64());
                (app, body)
            }
        };
        let answer = self.faults.decide(&faults::Target {
            vendor: name,
            operation,
            app,
        });
        (
            Request::from_parts(parts, body),
            answer.map(|(rule, answer)| Decided {
                operation,
                app,
                rule,
                answer,
            }),
        )
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
}

/// A fault rule that fires for a request.
struct Decided {
    operation: Option<&'static str>,
    app: Option<i64>,
    rule: usize,
    answer: FaultAnswer,
}

/// An injected HTTP status, as a proxy in front of the vendor might answer it.
fn status_answer(status: u16, retry_after: Option<u64>) -> Response<Body> {
    // Rules are checked to name final statuses; anything else would be a 503.
    let code = StatusCode::from_u16(status)
        .ok()
        .filter(|s| (200..=599).contains(&s.as_u16()))
        .unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let mut builder = Response::builder()
        .status(code)
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

fn fault_kind(answer: &FaultAnswer) -> &'static str {
    match answer {
        FaultAnswer::Throttle => "throttle",
        FaultAnswer::Error { .. } => "error",
        FaultAnswer::Status { .. } => "status",
        FaultAnswer::Latency { .. } => "latency",
        FaultAnswer::Drop => "drop",
    }
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
