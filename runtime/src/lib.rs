//! `imapi-runtime`: the hand-written code that the generated `imapi` crate calls, so that
//! generated code stays thin.
//!
//! - [`validate`]: the [`Validate`] trait that every generated request implements, and the
//!   checks it is made of; violations are data with wire paths.
//! - [`decode`]: JSON bodies into generated types, with the wire path of a failure.

pub mod decode;
pub mod validate;

pub use decode::{from_json, DecodeError};
pub use validate::{Validate, Violation, Violations};
