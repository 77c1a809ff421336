//! What can go wrong in a run.

use std::fmt;

use crate::diag::Diagnostics;

/// What can go wrong in a run.
#[derive(Debug)]
pub enum Error {
    /// The spec has problems; nothing was written.
    Spec(Diagnostics),
    /// A bug in the generator (it produced Rust that does not parse).
    Internal(String),
    /// Reading or writing files failed.
    Io(String),
    /// The command was given an unusable option.
    Usage(String),
    /// A template does not parse or render.
    Template(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Spec(d) => write!(f, "{d}"),
            Error::Internal(m) | Error::Io(m) | Error::Usage(m) | Error::Template(m) => {
                f.write_str(m)
            }
        }
    }
}

impl std::error::Error for Error {}
