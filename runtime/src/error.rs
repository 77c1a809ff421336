//! The one error type of every generated client call.

use std::fmt;
use std::time::Duration;

use crate::decode::DecodeError;
use crate::redact::Scrubber;
use crate::validate::Violations;

/// What a vendor's service answered when it refused a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendorError {
    /// The vendor's code: Volcengine `Error.Code` (`ConversationNotFound`), Tencent `ErrorCode`
    /// as text (`10004`).
    pub code: String,
    /// The numeric code: Volcengine `Error.CodeN`, Tencent `ErrorCode`.
    pub numeric_code: Option<i64>,
    /// `Error.Message` or `ErrorInfo`.
    pub message: String,
    /// `ResponseMetadata.RequestId` or `RequestId`, when the vendor sent one.
    pub request_id: Option<String>,
    /// The HTTP status of the answer.
    pub http_status: u16,
    /// Whether the vendor refused the call for its rate (safe to repeat later).
    pub throttled: bool,
    /// How long the answer's `Retry-After` header asked to wait.
    pub retry_after: Option<Duration>,
}

impl fmt::Display for VendorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if let Some(n) = self.numeric_code.filter(|n| n.to_string() != self.code) {
            write!(f, " ({n})")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for VendorError {}

/// Why a call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request breaks the spec's constraints; it was not sent.
    InvalidRequest(Violations),
    /// No connection could be made; the request was not sent.
    Connect(String),
    /// The connection failed while the request was in flight.
    Transport(String),
    /// No answer within the configured time.
    Timeout(Duration),
    /// An HTTP error status without a vendor envelope to explain it.
    HttpStatus {
        /// The status.
        status: u16,
        /// The start of the body.
        body: String,
        /// How long the answer's `Retry-After` header asked to wait.
        retry_after: Option<Duration>,
    },
    /// The server answered with a redirect. Neither vendor's API redirects, so none is
    /// followed: the request may not have reached the vendor.
    Redirect {
        /// The 3xx status.
        status: u16,
        /// Where it pointed (scheme, host and path; the query is left out).
        location: Option<String>,
    },
    /// The answer is larger than [`HttpConfig::max_response_bytes`](crate::HttpConfig); it was
    /// not read.
    ResponseTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The vendor refused the call.
    Vendor(VendorError),
    /// The answer is not the documented envelope or payload.
    Decode(DecodeError),
    /// The client is configured wrongly.
    Config(String),
}

impl From<Violations> for Error {
    /// A request that breaks the spec's constraints, so that `request.validate()?` works in a
    /// function returning [`Error`].
    fn from(violations: Violations) -> Self {
        Error::InvalidRequest(violations)
    }
}

impl From<DecodeError> for Error {
    /// A body that is not what the spec describes, so that `from_json(body)?` works in a
    /// function returning [`Error`].
    fn from(e: DecodeError) -> Self {
        Error::Decode(e)
    }
}

impl Error {
    /// Whether the same request may be sent again: always when it cannot have been applied
    /// (no connection, throttled), and for idempotent operations also when the outcome is
    /// unknown (timeouts, broken connections, server errors).
    pub fn is_retryable(&self, idempotent: bool) -> bool {
        match self {
            Error::Connect(_) => true,
            Error::Vendor(v) if v.throttled => true,
            Error::Vendor(v) => idempotent && v.http_status >= 500,
            Error::HttpStatus { status, .. } => *status == 429 || (idempotent && *status >= 500),
            Error::Timeout(_) | Error::Transport(_) => idempotent,
            Error::InvalidRequest(_)
            | Error::Decode(_)
            | Error::Config(_)
            | Error::Redirect { .. }
            | Error::ResponseTooLarge { .. } => false,
        }
    }

    /// An HTTP error status, with the start of its body.
    pub fn http_status(status: u16, body: &[u8]) -> Self {
        Error::HttpStatus {
            status,
            body: crate::decode::excerpt(body),
            retry_after: None,
        }
    }

    /// How long the server asked to wait before trying again (its `Retry-After` header).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Vendor(v) => v.retry_after,
            Error::HttpStatus { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Records the answer's `Retry-After` on the errors that carry one.
    pub fn with_retry_after(mut self, wait: Option<Duration>) -> Self {
        match &mut self {
            Error::Vendor(v) => v.retry_after = wait,
            Error::HttpStatus { retry_after, .. } => *retry_after = wait,
            _ => {}
        }
        self
    }

    /// Blanks out the call's secrets from every text the error carries. Clients pass every
    /// error through this, since a server (or a proxy) may echo the request URL back.
    pub fn scrubbed(mut self, scrubber: &Scrubber) -> Self {
        match &mut self {
            Error::Connect(text) | Error::Transport(text) | Error::Config(text) => {
                scrubber.scrub_in_place(text)
            }
            Error::HttpStatus { body, .. } => scrubber.scrub_in_place(body),
            Error::Vendor(v) => {
                scrubber.scrub_in_place(&mut v.message);
                scrubber.scrub_in_place(&mut v.code);
                if let Some(id) = &mut v.request_id {
                    scrubber.scrub_in_place(id);
                }
            }
            Error::Decode(e) => {
                scrubber.scrub_in_place(&mut e.message);
                scrubber.scrub_in_place(&mut e.path);
            }
            Error::Redirect {
                location: Some(location),
                ..
            } => scrubber.scrub_in_place(location),
            Error::InvalidRequest(_)
            | Error::Timeout(_)
            | Error::Redirect { .. }
            | Error::ResponseTooLarge { .. } => {}
        }
        self
    }

    /// The vendor's answer, when the vendor refused the call.
    pub fn vendor(&self) -> Option<&VendorError> {
        match self {
            Error::Vendor(v) => Some(v),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(v) => write!(f, "the request breaks the spec's constraints: {v}"),
            Error::Connect(e) => write!(f, "could not connect: {e}"),
            Error::Transport(e) => write!(f, "the connection failed: {e}"),
            Error::Timeout(d) => write!(f, "no answer within {d:?}"),
            Error::HttpStatus { status, body, .. } => write!(f, "HTTP {status}: {body}"),
            Error::Redirect { status, location } => {
                write!(f, "HTTP {status}: a redirect, which is not followed")?;
                match location {
                    Some(location) => write!(f, " (it pointed to {location})"),
                    None => f.write_str(" (it named no location)"),
                }
            }
            Error::ResponseTooLarge { limit } => {
                write!(f, "the answer is larger than the {limit}-byte limit")
            }
            Error::Vendor(v) => write!(f, "{v}"),
            Error::Decode(e) => write!(f, "the response could not be decoded: {e}"),
            Error::Config(e) => write!(f, "invalid client configuration: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidRequest(v) => Some(v),
            Error::Vendor(v) => Some(v),
            Error::Decode(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vendor(status: u16, throttled: bool) -> Error {
        Error::Vendor(VendorError {
            code: "X".into(),
            numeric_code: None,
            message: "m".into(),
            request_id: None,
            http_status: status,
            throttled,
            retry_after: None,
        })
    }

    #[test]
    fn only_safe_failures_are_retried() {
        for idempotent in [false, true] {
            assert!(Error::Connect("refused".into()).is_retryable(idempotent));
            assert!(vendor(429, true).is_retryable(idempotent));
            assert!(Error::HttpStatus {
                status: 429,
                body: String::new(),
                retry_after: None,
            }
            .is_retryable(idempotent));
            assert!(!vendor(400, false).is_retryable(idempotent));
            assert!(!Error::Config("x".into()).is_retryable(idempotent));
        }
        assert!(!Error::Timeout(Duration::from_secs(1)).is_retryable(false));
        assert!(Error::Timeout(Duration::from_secs(1)).is_retryable(true));
        assert!(!vendor(500, false).is_retryable(false));
        assert!(vendor(500, false).is_retryable(true));
        assert!(Error::HttpStatus {
            status: 503,
            body: String::new(),
            retry_after: None,
        }
        .is_retryable(true));
        assert!(!Error::HttpStatus {
            status: 503,
            body: String::new(),
            retry_after: None,
        }
        .is_retryable(false));
    }

    #[test]
    fn vendor_errors_read_well() {
        let e = VendorError {
            code: "ConversationNotFound".into(),
            numeric_code: None,
            message: "conversation not found".into(),
            request_id: Some("202401".into()),
            http_status: 400,
            throttled: false,
            retry_after: None,
        };
        assert_eq!(
            e.to_string(),
            "ConversationNotFound: conversation not found [request id 202401]"
        );
        let t = VendorError {
            code: "10004".into(),
            numeric_code: Some(10004),
            ..e
        };
        assert_eq!(
            t.to_string(),
            "10004: conversation not found [request id 202401]"
        );
    }
}
