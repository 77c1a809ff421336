//! A vendor's documented error code: what operations, validators and servers name when they
//! say how a call failed. A leaf, so that each of them can use it without using the others.

/// A documented error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorCode {
    /// The code as the vendor writes it: Volcengine `Error.Code` (`MessageNotFound`), Tencent
    /// `ErrorCode` as text (`10004`).
    pub code: &'static str,
    /// The numeric code: Volcengine `Error.CodeN`, Tencent `ErrorCode`.
    pub numeric: Option<i64>,
    /// The documented HTTP status, when the document gives one.
    pub http_status: Option<u16>,
}
