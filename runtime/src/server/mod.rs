//! The server side (feature `server`): what a generated router is made of.
//!
//! A generated service module has a trait with one method per operation and a `router`
//! function that registers each operation here, one line each ([`Routes::route`]). The router
//! answers like the vendor's gateway, in this order:
//!
//! 1. **Routes** the request: Volcengine by its `Action` and `Version` query parameters,
//!    Tencent by its `/v4/<service>/<command>` path.
//! 2. **Authenticates** it: the V4 signature against the secret key the [`KeyStore`] gives
//!    for the access key, or the UserSig against the app's key and administrators.
//! 3. **Reads the body** up to [`ServerConfig::max_body_bytes`] and decodes it strictly
//!    (objects only where the wire has objects), naming the wire path of a mistake.
//! 4. **Validates** it against the spec's constraints.
//! 5. **Limits the rate** per app and operation to the spec's documented limit, through a
//!    [`RateLimiter`] on the configured [`Clock`].
//! 6. **Calls** the implementation, and writes the vendor's envelope.
//!
//! Each refusal is the vendor's own: the spec gives each documented error the role it plays
//! ([`ErrorRole`]), and the router answers a kind of failure with the code of that role. No
//! request, however malformed, gets a 500 from the router or a dropped connection; a panic in an
//! implementation is answered with the vendor's internal error.

mod keys;
mod limit;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use futures_util::FutureExt;

pub use keys::{KeyStore, Secret, StaticKeys, TencentApp};
pub use limit::{LimitError, LimiterFailure, MemoryLimiter, RateLimiter, Throttled};
#[cfg(feature = "redis")]
pub use limit::{RedisLimiter, RedisOptions};

use crate::decode::{from_json, DecodeErrorKind};
use crate::operation::{ErrorCode, ErrorRole, Operation, OperationShape, Protocol, ServiceSpec};
use crate::time::{Clock, SystemClock};
use crate::validate::Validate;

/// The router type the generated `router` functions return: an [`axum::Router`], to serve or
/// to wrap in your own tower layers.
pub type Router = axum::Router;

/// A boxed future, as the routing table stores handlers.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Who made an authenticated request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// A Volcengine access key id.
    AccessKey(String),
    /// A Tencent app administrator (the `identifier` query parameter).
    Admin(String),
}

impl Caller {
    /// The access key id or administrator account.
    pub fn id(&self) -> &str {
        match self {
            Caller::AccessKey(id) | Caller::Admin(id) => id,
        }
    }
}

/// What an implementation knows of the request it answers, besides the request itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestContext {
    /// The request id the answer carries (`ResponseMetadata.RequestId`, `RequestId`).
    pub request_id: String,
    /// The authenticated caller.
    pub caller: Caller,
    /// The app: Volcengine's `AppId` from the request, Tencent's `sdkappid`.
    pub app: Option<i64>,
    /// Volcengine: the region the server serves (and the signature's scope named).
    pub region: Option<String>,
    /// The operation's name (`ModifyMessage`).
    pub operation: &'static str,
    /// When the request arrived, as Unix time on the server's clock.
    pub received_at: Duration,
}

/// An implementation's refusal: one of the vendor's error codes, with a message. The router
/// writes it in the vendor's envelope, with the code's documented HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The code; generated services list their documented codes in an `errors` module.
    pub code: ErrorCode,
    /// The message (`Error.Message`, `ErrorInfo`).
    pub message: String,
}

impl Fault {
    /// A refusal with `code` and `message`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Fault {
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.code, self.message)
    }
}

impl std::error::Error for Fault {}

/// One answered request, as the [`Observer`] sees it: enough for a log line, and never a
/// secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRecord {
    /// The HTTP method.
    pub method: String,
    /// The operation asked for: the `Action` or the path, as received (shortened).
    pub operation: String,
    /// The authenticated caller, when authentication got that far.
    pub caller: Option<String>,
    /// The vendor's code of a refusal; `None` for success.
    pub code: Option<String>,
    /// The HTTP status of the answer.
    pub status: u16,
    /// How long the answer took.
    pub latency: Duration,
}

/// Sees every answered request (for logs and metrics).
pub trait Observer: Send + Sync + 'static {
    /// Called once per request, after the answer is made.
    fn on_request(&self, record: &RequestRecord);
}

/// How a router serves: who may call, how fast, and how much it reads.
#[derive(Clone)]
pub struct ServerConfig {
    /// Credentials: access keys and their secrets, apps and their keys and administrators.
    pub keys: Arc<dyn KeyStore>,
    /// The rate limiter; one shared budget per app and operation ([`MemoryLimiter`] by
    /// default; [`RedisLimiter`] shares it across replicas).
    pub limiter: Arc<dyn RateLimiter>,
    /// The clock for signature windows, UserSig expiry and rate limits.
    pub clock: Arc<dyn Clock>,
    /// Whether the spec's rate limits are enforced.
    pub enforce_rate_limits: bool,
    /// What happens to a request when the limiter cannot decide (its store is down or slow):
    /// admitted by default ([`LimiterFailure::Admit`]).
    pub limiter_failure: LimiterFailure,
    /// The largest request body read; a larger one is refused unread.
    pub max_body_bytes: usize,
    /// How long a request's body may take to arrive once its head is read (30 s by default);
    /// a slower one is refused as a malformed body.
    pub body_read_timeout: Duration,
    /// Volcengine: the region this server is (the signature's scope must name it).
    pub region: String,
    /// Volcengine: the `Host` the signature must cover, when pinned.
    pub host: Option<String>,
    /// Volcengine: how far `X-Date` may be from now.
    pub max_skew: Duration,
    /// Sees every answered request.
    pub observer: Option<Arc<dyn Observer>>,
}

impl std::fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerConfig")
            .field("keys", &self.keys)
            .field("limiter", &self.limiter)
            .field("clock", &self.clock)
            .field("enforce_rate_limits", &self.enforce_rate_limits)
            .field("limiter_failure", &self.limiter_failure)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("body_read_timeout", &self.body_read_timeout)
            .field("region", &self.region)
            .field("host", &self.host)
            .field("max_skew", &self.max_skew)
            .finish_non_exhaustive()
    }
}

/// The default [`ServerConfig::max_body_bytes`]: 1 MiB, well above any documented request.
pub const DEFAULT_MAX_BODY_BYTES: usize = 1 << 20;

impl ServerConfig {
    /// A configuration with these credentials: an in-memory rate limiter on the system clock,
    /// rate limits enforced (and requests admitted when the limiter cannot decide), 1 MiB
    /// bodies read within 30 s, region `cn-north-1`, any host, a 900 s signature window.
    pub fn new(keys: impl KeyStore) -> Self {
        ServerConfig {
            keys: Arc::new(keys),
            limiter: Arc::new(MemoryLimiter::default()),
            clock: Arc::new(SystemClock),
            enforce_rate_limits: true,
            limiter_failure: LimiterFailure::Admit,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            body_read_timeout: Duration::from_secs(30),
            region: "cn-north-1".into(),
            host: None,
            max_skew: Duration::from_secs(900),
            observer: None,
        }
    }

    /// Uses another rate limiter.
    pub fn with_limiter(mut self, limiter: impl RateLimiter) -> Self {
        self.limiter = Arc::new(limiter);
        self
    }

    /// Admits or refuses requests the limiter cannot decide on.
    pub fn with_limiter_failure(mut self, failure: LimiterFailure) -> Self {
        self.limiter_failure = failure;
        self
    }

    /// Uses another clock (a [`ManualClock`](crate::time::ManualClock) in tests).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Serves another Volcengine region.
    pub fn with_region(mut self, region: &str) -> Self {
        self.region = region.to_owned();
        self
    }

    /// Requires Volcengine signatures to cover this `Host`.
    pub fn with_host(mut self, host: &str) -> Self {
        self.host = Some(host.to_owned());
        self
    }

    /// Reports every answered request to `observer`.
    pub fn with_observer(mut self, observer: impl Observer) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }
}

/// An implementation of every operation at once, generically: generated services implement
/// their trait for [`Generic<H>`](Generic) by calling [`handle`](Handler::handle), so a mock, a
/// recorder or a proxy is one generic function instead of one method per operation.
pub trait Handler: Send + Sync + 'static {
    /// Answers one request of operation `Op`.
    fn handle<Op: OperationShape>(
        &self,
        context: RequestContext,
        request: Op::Input,
    ) -> impl Future<Output = Result<Op::Output, Fault>> + Send;
}

/// A [`Handler`] seen as a generated service's trait.
#[derive(Debug, Clone, Default)]
pub struct Generic<H>(pub H);

/// A refusal on the way to the implementation: the role it plays, or a code of its own (a
/// [`Fault`]), and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub role: ErrorRole,
    pub code: Option<ErrorCode>,
    pub message: String,
}

impl Refusal {
    pub(crate) fn new(role: ErrorRole, message: impl Into<String>) -> Self {
        Refusal {
            role,
            code: None,
            message: message.into(),
        }
    }

    /// The vendor's code: the fault's own, or the one the spec gives the role (the operation's
    /// errors first, then the service's).
    pub(crate) fn code(&self, spec: &ServiceSpec, op: Option<&Operation>) -> ErrorCode {
        if let Some(code) = self.code {
            return code;
        }
        let found = match op {
            Some(op) => op.error(self.role),
            None => spec
                .errors
                .iter()
                .find(|(role, _)| *role == self.role)
                .map(|(_, code)| code),
        };
        // The checker makes every protocol role resolve; this is only reached for a role the
        // spec of a hand-made `ServiceSpec` left out.
        found.copied().unwrap_or(ErrorCode {
            code: "InternalError",
            numeric: None,
            http_status: Some(500),
        })
    }
}

type RouteFn<S> = dyn Fn(
        Arc<S>,
        Arc<ServerConfig>,
        RequestContext,
        Bytes,
    ) -> BoxFuture<'static, Result<Vec<u8>, Refusal>>
    + Send
    + Sync;

/// One routed operation.
pub(crate) struct Route<S> {
    pub op: &'static Operation,
    call: Arc<RouteFn<S>>,
}

impl<S> Clone for Route<S> {
    fn clone(&self) -> Self {
        Route {
            op: self.op,
            call: self.call.clone(),
        }
    }
}

impl<S: Send + Sync + 'static> Route<S> {
    /// Decodes, validates, limits, calls and encodes: everything after authentication.
    pub(crate) async fn run(
        &self,
        service: Arc<S>,
        config: Arc<ServerConfig>,
        context: RequestContext,
        body: Bytes,
    ) -> Result<Vec<u8>, Refusal> {
        // A panic in the implementation (or below it) is the vendor's internal error, not a
        // dropped connection.
        match AssertUnwindSafe((self.call)(service, config, context, body))
            .catch_unwind()
            .await
        {
            Ok(result) => result,
            Err(_) => Err(Refusal::new(
                ErrorRole::Internal,
                "internal error while handling the request",
            )),
        }
    }
}

/// A service's routing table under construction: the generated `router` registers each
/// operation with one [`route`](Routes::route) call.
pub struct Routes<S> {
    spec: &'static ServiceSpec,
    service: Arc<S>,
    config: ServerConfig,
    routes: Vec<Route<S>>,
}

impl<S: Send + Sync + 'static> Routes<S> {
    /// An empty table for `spec`, calling into `service`.
    pub fn new(spec: &'static ServiceSpec, service: Arc<S>, config: ServerConfig) -> Self {
        Routes {
            spec,
            service,
            config,
            routes: Vec::new(),
        }
    }

    /// Routes operation `Op` to `handler`.
    pub fn route<Op, F, Fut>(mut self, handler: F) -> Self
    where
        Op: OperationShape,
        F: Fn(Arc<S>, RequestContext, Op::Input) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Op::Output, Fault>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let call: Arc<RouteFn<S>> = Arc::new(move |service, config, mut context, body| {
            let handler = handler.clone();
            Box::pin(async move {
                // A body that is not JSON is malformed; JSON that breaks the request's shape
                // (a field missing, mistyped, repeated) is an invalid parameter, as a broken
                // constraint is: the vendors' tables give those two codes those two meanings.
                let input: Op::Input = from_json(&body).map_err(|e| {
                    let role = match e.kind {
                        DecodeErrorKind::Syntax => ErrorRole::MalformedBody,
                        DecodeErrorKind::Shape => ErrorRole::InvalidParameter,
                    };
                    Refusal::new(role, e.to_string())
                })?;
                if let Err(violations) = input.validate() {
                    return Err(Refusal::new(
                        ErrorRole::InvalidParameter,
                        violations.to_string(),
                    ));
                }
                if let Some(app) = Op::app_id(&input) {
                    context.app = Some(app);
                }
                let classes = (0..Op::OP.class_limits.len()).filter(|&c| Op::in_class(&input, c));
                limit_rate(&config, &Op::OP, &context, classes).await?;
                let output = handler(service, context, input)
                    .await
                    .map_err(|fault| Refusal {
                        role: ErrorRole::Internal,
                        code: Some(fault.code),
                        message: fault.message,
                    })?;
                serde_json::to_vec(&output).map_err(|e| {
                    Refusal::new(
                        ErrorRole::Internal,
                        format!("the answer does not encode: {e}"),
                    )
                })
            })
        });
        self.routes.push(Route { op: &Op::OP, call });
        self
    }

    /// The finished router.
    pub fn into_router(self) -> Router {
        let table = Arc::new(Table {
            spec: self.spec,
            service: self.service,
            config: Arc::new(self.config),
            routes: self.routes,
        });
        axum::Router::new().fallback(move |request: axum::extract::Request| {
            let table = table.clone();
            async move { table.serve(request).await }
        })
    }
}

/// A finished routing table.
pub(crate) struct Table<S> {
    pub spec: &'static ServiceSpec,
    pub service: Arc<S>,
    pub config: Arc<ServerConfig>,
    pub routes: Vec<Route<S>>,
}

impl<S: Send + Sync + 'static> Table<S> {
    async fn serve(&self, request: axum::extract::Request) -> Response {
        let started = self.config.clock.now();
        let method = request.method().as_str().to_owned();
        let exchange = match self.spec.protocol {
            Protocol::Volcengine => crate::volcengine::server::serve(self, request).await,
            Protocol::Tencent => crate::tencent::server::serve(self, request).await,
        };
        if let Some(observer) = &self.config.observer {
            observer.on_request(&RequestRecord {
                method,
                operation: exchange.operation,
                caller: exchange.caller,
                code: exchange.code,
                status: exchange.response.status().as_u16(),
                latency: self.config.clock.now().saturating_sub(started),
            });
        }
        exchange.response
    }
}

/// What a protocol's `serve` made of a request.
pub(crate) struct Exchange {
    pub response: Response,
    pub operation: String,
    pub caller: Option<String>,
    pub code: Option<String>,
}

/// Reads a body up to [`ServerConfig::max_body_bytes`], within
/// [`ServerConfig::body_read_timeout`]. A body whose `Content-Length` is over the limit is
/// refused unread.
pub(crate) async fn read_body(body: Body, config: &ServerConfig) -> Result<Bytes, Refusal> {
    let limit = config.max_body_bytes;
    let too_large = || {
        Refusal::new(
            ErrorRole::MalformedBody,
            format!("the body could not be read whole, or is larger than {limit} bytes"),
        )
    };
    if usize::try_from(axum::body::HttpBody::size_hint(&body).lower()).map_or(true, |n| n > limit) {
        return Err(too_large());
    }
    match tokio::time::timeout(config.body_read_timeout, axum::body::to_bytes(body, limit)).await {
        Ok(read) => read.map_err(|_| too_large()),
        Err(_) => Err(Refusal::new(
            ErrorRole::MalformedBody,
            format!(
                "the body did not arrive whole within {} s",
                config.body_read_timeout.as_secs_f64()
            ),
        )),
    }
}

/// Charges the request to its app's budget for the operation, then to the budget of each
/// class of calls it belongs to (`classes`, indices into the operation's `class_limits`).
async fn limit_rate(
    config: &ServerConfig,
    op: &Operation,
    context: &RequestContext,
    classes: impl Iterator<Item = usize>,
) -> Result<(), Refusal> {
    if !config.enforce_rate_limits {
        return Ok(());
    }
    let who = match context.app {
        Some(app) => format!("app:{app}"),
        None => format!("caller:{}", context.caller.id()),
    };
    let budgets = op
        .rate_limit
        .map(|limit| {
            (
                format!("{}/{}/{who}", op.service.name, op.name),
                limit,
                None,
            )
        })
        .into_iter()
        .chain(classes.filter_map(|c| {
            let class = op.class_limits.get(c)?;
            Some((
                format!("{}/{}#{}/{who}", op.service.name, op.name, class.class),
                class.limit,
                Some(class.class),
            ))
        }));
    for (key, limit, class) in budgets {
        let calls = || match class {
            Some(class) => format!("{} ({class})", op.name),
            None => op.name.to_owned(),
        };
        match config
            .limiter
            .acquire(&key, limit, config.clock.now())
            .await
        {
            Ok(()) => {}
            Err(LimitError::Throttled(throttled)) => {
                return Err(Refusal::new(
                    ErrorRole::Throttled,
                    format!(
                        "{} allows {} requests per {:?} per app; retry after {} ms",
                        calls(),
                        limit.requests,
                        limit.per,
                        throttled.retry_after.as_millis().max(1)
                    ),
                ))
            }
            Err(LimitError::Unavailable) => match config.limiter_failure {
                LimiterFailure::Admit => {}
                LimiterFailure::Refuse => {
                    return Err(Refusal::new(
                        ErrorRole::Throttled,
                        format!(
                        "{} cannot be admitted now: its rate limit cannot be checked; retry later",
                        calls()
                    ),
                    ))
                }
            },
        }
    }
    Ok(())
}

/// A request id: the time of day as `YYYYMMDDHHMMSS` and 20 random hex digits, the form the
/// Volcengine gateway uses (`2023092620261328037E0DB0EC6C03DD41`).
pub(crate) fn request_id(now: Duration) -> String {
    let stamp = crate::time::format_compact(now.as_secs());
    let digits: String = stamp.chars().filter(char::is_ascii_digit).collect();
    format!(
        "{digits}{:016X}{:04X}",
        fastrand::u64(..),
        fastrand::u16(..)
    )
}

/// A JSON answer.
pub(crate) fn json_response(status: u16, body: Vec<u8>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

/// Text from a request shown in an answer or a log: at most 64 characters, no control
/// characters.
pub(crate) fn shown(text: &str) -> String {
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(64).collect();
    if text.chars().count() > 64 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_look_like_the_gateways() {
        let id = request_id(Duration::from_secs(1_695_731_173));
        assert_eq!(id.len(), 34, "{id}");
        assert!(id.starts_with("20230926122613"), "{id}");
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
        assert_ne!(id, request_id(Duration::from_secs(1_695_731_173)));
    }

    #[test]
    fn shown_text_is_short_and_printable() {
        assert_eq!(shown("Modify\nMessage"), "ModifyMessage");
        assert_eq!(shown(&"a".repeat(100)).chars().count(), 65);
    }
}
