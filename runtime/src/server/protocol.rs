//! The seam between the generic server and a vendor's gateway: [`ServerProtocol`].

use std::time::Duration;

use axum::http::request::Parts;
use axum::response::Response;

use super::{Caller, Refusal};
use crate::operation::{BodyFormat, ErrorCode, Operation, ServiceSpec};

/// Where a request was routed, as far as a protocol could tell.
#[derive(Debug)]
pub struct Located<A> {
    /// What the request asked for, kept to frame its answer.
    pub asked: A,
    /// The operation as the request named it, shortened and printable, for the observer.
    pub shown: String,
    /// The index of the operation in the list given to [`ServerProtocol::locate`], or the
    /// refusal, with the index of the operation it concerns when there is one (a known path
    /// asked for with the wrong method).
    pub found: Result<usize, (Option<usize>, Refusal)>,
}

/// What a protocol knows of an authenticated request besides its caller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Admitted {
    /// The app, when the credentials name one (Tencent's `sdkappid`); a request body's app
    /// field (Volcengine's `AppId`) is read later, by the operation.
    pub app: Option<i64>,
    /// The region the server serves, for protocols whose signatures name one.
    pub region: Option<String>,
}

/// The outcome of a call, as a protocol frames it: the response payload's JSON, or a refusal.
pub type Outcome<'a> = Result<&'a [u8], Refused<'a>>;

/// A refusal as a protocol frames it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused<'a> {
    /// The code answered.
    pub code: &'a ErrorCode,
    /// The message answered.
    pub message: &'a str,
    /// What the operation's answers carry in the payload's place on failure too, as the JSON
    /// text of an object ([`Operation::payload_on_error`](crate::Operation::payload_on_error)).
    pub payload: Option<&'static str>,
}

impl<'a> Refused<'a> {
    /// A refusal with nothing in the payload's place.
    pub fn new(code: &'a ErrorCode, message: &'a str) -> Self {
        Refused {
            code,
            message,
            payload: None,
        }
    }
}

/// What a vendor's gateway does differently from the others.
///
/// The generic pipeline ([`Routes`](super::Routes)) owns every step that is the same for all
/// vendors: the bounded body read, strict decoding, validation, rate limits, the call, the
/// observer, and the choice of the vendor's code for each kind of refusal. A protocol says only
/// what differs: where a request names its operation, how its caller is authenticated (the head
/// first, then what covers the body), and how an answer or a refusal is framed. Each vendor
/// implements it in its own folder (`volcengine::server::Gateway`, `tencent::server::Gateway`),
/// with its settings and credentials as the implementing type's fields, the way smithy-rs's
/// `ServerProtocol` separates the protocol from the service.
pub trait ServerProtocol: Send + Sync + std::fmt::Debug + 'static {
    /// What a request asked for, kept to frame its answer (Volcengine echoes `Action` and
    /// `Version` in every answer).
    type Asked: Send + Sync + 'static;
    /// A request whose head passed authentication, waiting for its body.
    type Pending: Send + 'static;

    /// Finds the operation a request names among `operations` (all the router serves).
    fn locate(
        &self,
        spec: &ServiceSpec,
        parts: &Parts,
        operations: &[&'static Operation],
    ) -> Located<Self::Asked>;

    /// Authenticates everything the head shows, before a byte of the body is read: the caller,
    /// and what is left to check once the body is there.
    fn authenticate(
        &self,
        spec: &ServiceSpec,
        parts: &Parts,
        now: Duration,
    ) -> Result<(Caller, Self::Pending), Refusal>;

    /// Finishes authentication with the body (a signature that covers it) and checks how the
    /// body is framed (its `Content-Type`, for a protocol that checks it, against `format`, the
    /// operation's).
    fn admit(
        &self,
        pending: Self::Pending,
        parts: &Parts,
        body: &[u8],
        format: BodyFormat,
    ) -> Result<Admitted, Refusal>;

    /// The answer: the payload in the vendor's envelope, or the refusal with its code, the
    /// code's HTTP status and the vendor's error envelope.
    fn answer(
        &self,
        spec: &ServiceSpec,
        asked: &Self::Asked,
        request_id: &str,
        outcome: Outcome<'_>,
    ) -> Response;
}
