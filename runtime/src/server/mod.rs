//! The server side (feature `server`): what a generated router is made of.
//!
//! A generated service module has a trait with one method per operation and a `router`
//! function that registers each operation here, one line each ([`Routes::route`]). The router
//! answers like the vendor's gateway, in this order:
//!
//! 1. **Routes** the request to an operation, where the vendor's protocol says it is named
//!    (Volcengine's `Action` and `Version` query parameters, Tencent's `/v4/<service>/<command>`
//!    path).
//! 2. **Authenticates** it with the vendor's credentials, everything the head shows first, so
//!    that a request that cannot pass costs no body read.
//! 3. **Reads the body** up to [`ServerConfig::max_body_bytes`], within
//!    [`ServerConfig::body_read_timeout`], finishes authentication with it (a signature over
//!    the body), and decodes it strictly (objects only where the wire has objects), naming the
//!    wire path of a mistake.
//! 4. **Validates** it against the spec's constraints, refusing a broken one with the code the
//!    spec gives it (the first such violation's, [`Violations::code`](crate::validate::Violations::code)),
//!    or else with the invalid-parameter role's.
//! 5. **Limits the rate** per app and operation to the spec's documented limit, through a
//!    [`RateLimiter`] on the configured clock, and per class of calls the request shows it is
//!    in (refusing or dropping the excess, as the class says); a class that holds only in a
//!    server state is left to the implementation ([`Classes`]).
//! 6. **Calls** the implementation, and writes the vendor's envelope.
//!
//! The generic pipeline is [`Routes`]; what a vendor does differently (steps 1 and 2, and the
//! envelope) is its [`ServerProtocol`], implemented by the vendor's `server::Gateway` with its
//! credentials and settings (`imapi_runtime::volcengine::server::Gateway`,
//! `imapi_runtime::tencent::server::Gateway`). Each refusal is the vendor's own: the spec gives
//! each documented error the role it plays ([`ErrorRole`]), and the router answers a kind of
//! failure with the code of that role. No request, however malformed, gets a 500 from the
//! router or a dropped connection; a panic in an implementation is answered with the vendor's
//! internal error.

mod budget;
mod config;
mod keys;
mod limit;
mod protocol;
mod routes;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;

pub use budget::Classes;
pub use config::{ServerConfig, DEFAULT_MAX_BODY_BYTES};
pub use keys::Secret;
pub use limit::{LimitError, LimiterFailure, MemoryLimiter, RateLimiter, Throttled};
#[cfg(feature = "redis")]
pub use limit::{RedisLimiter, RedisOptions};
pub use protocol::{Admitted, Located, Outcome, Refused, ServerProtocol};
pub use routes::{RouteTable, Routes};

use crate::operation::{ErrorCode, ErrorRole, Operation, OperationShape, ServiceSpec};

/// The router type the generated `router` functions return: an [`axum::Router`], to serve or
/// to wrap in your own tower layers.
pub type Router = axum::Router;

/// A boxed future, as the routing table stores handlers.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Who made an authenticated request: the id of the credentials it was made with (a
/// Volcengine access key id, a Tencent administrator account). Never a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    id: String,
}

impl Caller {
    /// A caller with this credential id.
    pub fn new(id: impl Into<String>) -> Self {
        Caller { id: id.into() }
    }

    /// The access key id or administrator account.
    pub fn id(&self) -> &str {
        &self.id
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
    /// The region the server serves, for protocols whose signatures name one (Volcengine).
    pub region: Option<String>,
    /// The operation's name (`ModifyMessage`).
    pub operation: &'static str,
    /// When the request arrived, as Unix time on the server's clock.
    pub received_at: Duration,
    /// The classes of calls the request belongs to: the one whose budget dropped it, and
    /// those whose server-state condition is the implementation's to apply.
    pub classes: Classes,
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

    /// The refusal of an operation this server does not implement: the service's code for an
    /// unknown operation (Volcengine `InvalidActionOrVersion`, Tencent 60009), as the vendor
    /// answers an operation it does not offer. Generated service traits answer it by default,
    /// so an operation added to the spec never breaks an implementation's build.
    pub fn not_implemented(op: &Operation) -> Self {
        let refusal = Refusal::new(
            ErrorRole::UnknownOperation,
            format!("{} is not implemented by this server", op.name),
        );
        Fault {
            code: refusal.code(op.service, Some(op)),
            message: refusal.message,
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
    pub method: axum::http::Method,
    /// The path (without the query, which may carry credentials): the operation's own, not
    /// copied, when the request was routed to one.
    pub path: std::borrow::Cow<'static, str>,
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
    /// When the request arrived, as Unix time on the server's clock.
    pub received_at: Duration,
    /// The operation, when the request names one the server has.
    pub op: Option<&'static str>,
    /// The app, when the credentials name one (Tencent's `sdkappid`; a body's app is in
    /// [`body`](Self::body)).
    pub app: Option<i64>,
    /// What kind of refusal it was; `None` for success.
    pub role: Option<ErrorRole>,
    /// The refusal's message, as the envelope carries it; `None` for success.
    pub message: Option<String>,
    /// The body, when authentication let it be read. Neither protocol carries credentials in
    /// the body (they travel in headers and the query), so it holds none.
    pub body: Option<axum::body::Bytes>,
}

/// Sees every answered request (for logs and metrics).
pub trait Observer: Send + Sync + 'static {
    /// Called once per request, after the answer is made; the record is the observer's to
    /// keep.
    fn on_request(&self, record: RequestRecord);
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

/// An implementation of a generated service's `StrictService` (every operation, no defaults)
/// seen as its `Service`.
#[derive(Debug, Clone, Default)]
pub struct Strict<T>(pub T);

/// A refusal on the way to the implementation: the role it plays, or a code of its own (a
/// [`Fault`]), and the message. Protocols refuse with a role; the router finds the vendor's
/// code for it in the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The kind of failure.
    pub role: ErrorRole,
    /// A code of its own, which wins over the role's.
    pub code: Option<ErrorCode>,
    /// The message the answer carries.
    pub message: String,
}

impl Refusal {
    /// A refusal playing `role`, with `message`.
    pub fn new(role: ErrorRole, message: impl Into<String>) -> Self {
        Refusal {
            role,
            code: None,
            message: message.into(),
        }
    }

    /// The vendor's code: the refusal's own, or the one the spec gives the role (the
    /// operation's errors first, then the service's).
    pub fn code(&self, spec: &ServiceSpec, op: Option<&Operation>) -> ErrorCode {
        if let Some(code) = self.code {
            return code;
        }
        let found = match op {
            Some(op) => op.error(self.role),
            None => spec.error(self.role),
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

/// The answer a router of `protocol` gives a request refused with `code`: for what stands in
/// front of a router (an emulator's injected faults) and must answer exactly as it would.
pub fn answer_refusal<P: ServerProtocol>(
    protocol: &P,
    spec: &ServiceSpec,
    parts: &Parts,
    code: &ErrorCode,
    message: &str,
    now: Duration,
) -> Response {
    let located = protocol.locate(spec, parts, &[]);
    let refused = Refused::new(code, message);
    protocol.answer(spec, &located.asked, &request_id(now), Err(refused))
}

/// A request id: the time of day as `YYYYMMDDHHMMSS` and 20 random hex digits, the form the
/// Volcengine gateway uses (`2023092620261328037E0DB0EC6C03DD41`).
pub(crate) fn request_id(now: Duration) -> String {
    thread_local! {
        /// The last second a request id was made for on this thread, and its digits.
        static STAMP: std::cell::RefCell<(u64, String)> = const {
            std::cell::RefCell::new((u64::MAX, String::new()))
        };
    }
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let secs = now.as_secs();
    let mut id = String::with_capacity(34);
    STAMP.with_borrow_mut(|(at, digits)| {
        if *at != secs {
            let stamp = crate::time::format_compact(secs);
            *digits = stamp.chars().filter(char::is_ascii_digit).collect();
            *at = secs;
        }
        id.push_str(digits);
    });
    let random = (u128::from(fastrand::u64(..)) << 16) | u128::from(fastrand::u16(..));
    for shift in (0..20).rev() {
        id.push(char::from(HEX[((random >> (shift * 4)) & 0xF) as usize]));
    }
    id
}

/// A JSON answer.
pub(crate) fn json_response(status: u16, body: Vec<u8>) -> Response {
    // Built in place rather than through `IntoResponse` for a tuple: every answer comes here.
    let mut response = Response::new(axum::body::Body::from(body));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("application/json"),
    );
    response
}

/// Where a request to a protocol that names operations by path (`/v4/<service>/<command>`,
/// `/<module>/<action>.json`) goes: the operation whose path is the request's, asked for with
/// POST. `api` names the API in the refusals (`REST API`).
pub(crate) fn locate_by_path(
    parts: &Parts,
    operations: &[&'static Operation],
    api: &str,
) -> Located<()> {
    let path = parts.uri.path();
    let found = match operations.iter().position(|op| op.path == path) {
        None => Err((
            None,
            Refusal::new(
                ErrorRole::UnknownOperation,
                format!("no {api} at {}", shown(path)),
            ),
        )),
        Some(index) if parts.method != axum::http::Method::POST => Err((
            Some(index),
            Refusal::new(
                ErrorRole::BadRequest,
                format!("the {api} takes POST, not {}", parts.method),
            ),
        )),
        Some(index) => Ok(index),
    };
    Located {
        asked: (),
        shown: shown(path),
        found,
    }
}

/// A flattened envelope's success: `head` (the envelope's own fields, an open JSON object
/// such as `{"code":200`), then the payload's fields (a JSON object: every response type is a
/// struct) spliced in, then `tail` (more envelope fields, each led by a comma, or nothing) and
/// the closing brace.
pub(crate) fn spliced(head: &[u8], payload: &[u8], tail: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(head.len() + payload.len() + tail.len() + 2);
    out.extend_from_slice(head);
    let inner = payload
        .strip_prefix(b"{")
        .and_then(|p| p.strip_suffix(b"}"))
        .unwrap_or_default();
    if !inner.iter().all(u8::is_ascii_whitespace) {
        out.push(b',');
        out.extend_from_slice(inner);
    }
    out.extend_from_slice(tail);
    out.push(b'}');
    out
}

/// A flattened envelope's failure: its own fields, with the fields the operation's document
/// shows beside them on failure (`payload`, a JSON object's text), never in place of them.
pub(crate) fn failure_body(
    mut own: serde_json::Map<String, serde_json::Value>,
    payload: Option<&str>,
) -> Vec<u8> {
    let beside = payload
        .and_then(|p| serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(p).ok());
    for (key, value) in beside.into_iter().flatten() {
        own.entry(key).or_insert(value);
    }
    serde_json::to_vec(&own).unwrap_or_default()
}

/// Text from a request shown in an answer or a log: at most 64 characters, no control
/// characters.
pub(crate) fn shown(text: &str) -> String {
    // Most are an operation's name: short and printable, shown as they are.
    if text.len() <= 64 && !text.chars().any(char::is_control) {
        return text.to_owned();
    }
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
        // Each thread keeps the last second's digits: another second gets its own.
        let next = request_id(Duration::from_secs(1_695_731_174));
        assert!(next.starts_with("20230926122614"), "{next}");
        let back = request_id(Duration::from_secs(1_695_731_173));
        assert!(back.starts_with("20230926122613"), "{back}");
        assert!(back[14..]
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
    }

    #[test]
    fn shown_text_is_short_and_printable() {
        assert_eq!(shown("Modify\nMessage"), "ModifyMessage");
        assert_eq!(shown(&"a".repeat(100)).chars().count(), 65);
    }
}
