//! `imapi-runtime`: the hand-written code that the generated `imapi` crate calls.
//!
//! It is deliberately empty for now: the generated crate holds only types. Validation
//! (a `Validate` trait and violations as data), Volcengine V4 signing, Tencent UserSig, the HTTP
//! transport and envelope decoding land here with the validator and client work, so that
//! generated code stays thin.
