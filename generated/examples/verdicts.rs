// Code generated from spec/ by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! This crate's verdict on every request of a corpus, as `codegen corpus` asks for it:
//! reads the corpus (JSON) from the file named first, or from standard input, and
//! prints one verdict per request (`imapi_runtime::corpus`). A template set's own
//! validators agree with the crate when they give the same verdicts.

use imapi_runtime::corpus::{answer, Checks};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let checks = &mut Checks::default();
    #[cfg(feature = "rongcloud-im")]
    {
        imapi::rongcloud_im::for_each_operation(checks);
    }

    #[cfg(feature = "tencent-chat")]
    {
        imapi::tencent_chat::for_each_operation(checks);
    }

    #[cfg(feature = "volcengine-rtc-im")]
    {
        imapi::volcengine_rtc_im::for_each_operation(checks);
    }
    let mut corpus = String::new();
    let read = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(path).map(|text| corpus = text),
        None => std::io::stdin().read_to_string(&mut corpus).map(drop),
    };
    if let Err(e) = read {
        eprintln!("verdicts: the corpus cannot be read: {e}");
        return ExitCode::from(2);
    }
    match answer(checks, &corpus) {
        Ok(verdicts) => {
            println!("{verdicts}");
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("verdicts: {why}");
            ExitCode::from(2)
        }
    }
}
