//! `imapi-runtime`: the hand-written code that the generated `imapi` crate calls, so that
//! generated code stays thin.
//!
//! - [`validate`]: the [`Validate`] trait that every generated request implements, and the
//!   checks it is made of; violations are data with wire paths.
//! - [`decode`]: JSON bodies into generated types, with the wire path of a failure; [`encode`]:
//!   the pieces of generated types' `Serialize` impls; [`form`]: form bodies, for operations
//!   whose [`BodyFormat`] is a form.
//! - [`volcengine`]: the V4 "HMAC-SHA256" signature (sign and verify) and the
//!   `ResponseMetadata`/`Result` envelope.
//! - [`tencent`]: UserSig (generate and verify) and the `ActionStatus`/`ErrorCode` envelope.
//! - [`rongcloud`]: RongCloud's header signature (sign and verify) and the `code` envelope.
//! - With the `client` feature: the HTTP transport (reqwest with rustls; timeouts, retries,
//!   pacing) and each vendor's client that generated clients wrap.

#[cfg(feature = "client")]
pub mod client;
pub mod code;
pub mod corpus;
pub mod decode;
pub mod encode;
pub mod error;
pub mod form;
pub mod operation;
#[cfg(feature = "client")]
pub mod pager;
pub mod redact;
pub mod rongcloud;
#[cfg(feature = "server")]
pub mod server;
pub mod strict;
pub mod tencent;
pub mod time;
#[cfg(feature = "client")]
pub mod transport;
pub mod url;
pub mod validate;
pub mod volcengine;

#[cfg(feature = "client")]
pub use client::ClientBuilder;
pub use decode::{from_json, DecodeError, DecodeErrorKind};
pub use error::{Error, VendorError};
pub use operation::{
    BodyFormat, ClassLimit, ErrorCode, ErrorRole, Operation, OperationShape, OperationVisitor,
    Overflow, PageFields, PageStep, PageStyle, Paginated, RateLimit, ServiceSpec,
};
pub use time::unix_now;
#[cfg(feature = "client")]
pub use transport::{HttpConfig, RetryPolicy};
pub use validate::{Validate, Violation, Violations};
