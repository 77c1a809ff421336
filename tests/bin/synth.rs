//! `cargo run -p imapi-tests --bin synth -- N OUT [SPEC]`: writes a spec of N operations into
//! OUT, cloned from SPEC (the repository's `spec/` by default), for measuring the generator
//! at scale (`codegen generate --spec OUT --out …`).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(out)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: synth N OUT [SPEC]");
        return ExitCode::from(2);
    };
    let spec = args
        .get(2)
        .map(PathBuf::from)
        .unwrap_or_else(|| imapi_tests::repo_root().join("spec"));
    match imapi_tests::synth::write(&spec, n, &PathBuf::from(out)) {
        Ok(n) => {
            println!("wrote {n} operations to {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
