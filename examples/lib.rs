//! Nothing to call: this crate holds the runnable examples (`cargo run --example tencent`,
//! `cargo run --example volcengine`) and compiles every Rust snippet of the README, which is
//! its documentation, as a doctest.
#![doc = include_str!("../README.md")]
