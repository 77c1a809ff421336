//! `emulator`: Volcengine RTC IM and Tencent Cloud Chat on one local port, answering like the
//! vendors, with the documented semantics on an in-memory state.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use emulator::{App, Config, Limits, Rules, State};
use imapi_runtime::server::Secret;

/// mimalloc rather than glibc's allocator: under many connections the emulator allocates and
/// frees on every worker thread, and glibc's malloc and free were a sixth of its user time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Volcengine RTC IM and Tencent Cloud Chat, emulated on one local port.
///
/// Volcengine's operations answer at `POST /?Action=…&Version=2020-12-01`, signed with the V4
/// "HMAC-SHA256" algorithm for the access key given here; Tencent's at
/// `POST /v4/<service>/<command>?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json`,
/// with a UserSig made with the secret key given here by one of the administrators (or, for
/// ModifyUserInfo, by the group's owner). Refusals are the vendors' own codes and envelopes.
///
/// Without --state the emulator starts from an example state in which every request example
/// of the spec succeeds. With --admin-token, admin endpoints under /_emulator/ dump and reset
/// the state, change the fault rules and read the request journal (every call carries the
/// token in X-Emulator-Token); a web console is at /_emulator/ui.
/// Each request is logged on one line (method, operation, caller, result code, latency);
/// secrets never are. Ctrl-C stops it after the requests in flight.
#[derive(Debug, Parser)]
#[command(name = "emulator", version, about, long_about)]
struct Cli {
    /// The address to listen on (a port of 0 picks a free one; the first line printed names it).
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The Volcengine access key id the emulator accepts.
    #[arg(long, env = "VOLC_ACCESSKEY")]
    volc_access_key: String,
    /// Its secret access key (better given through VOLC_SECRETKEY than on the command line).
    #[arg(long, env = "VOLC_SECRETKEY", hide_env_values = true)]
    volc_secret_key: String,
    /// The Volcengine region the emulator is (signatures must name it).
    #[arg(long, default_value = "cn-north-1")]
    volc_region: String,
    /// The Tencent app's SDKAppID (or TENCENT_SDKAPPID).
    #[arg(long, env = "TENCENT_SDKAPPID")]
    tencent_sdkappid: u64,
    /// The Tencent app's secret key, which UserSigs are made with (or TENCENT_SECRETKEY).
    #[arg(long, env = "TENCENT_SECRETKEY", hide_env_values = true)]
    tencent_secret_key: String,
    /// An administrator account of the Tencent app; repeat for several.
    #[arg(long = "tencent-admin", default_value = "administrator")]
    tencent_admins: Vec<String>,
    #[command(flatten)]
    rongcloud: emulator::RongcloudArgs,
    /// A state file (YAML or JSON) of conversations, members, messages and groups; see the
    /// README. The example state when absent.
    #[arg(long)]
    state: Option<PathBuf>,
    /// A fault rules file (YAML or JSON); see the README.
    #[arg(long)]
    faults: Option<PathBuf>,
    /// The seed of the fault generator, for runs that repeat exactly.
    #[arg(long)]
    seed: Option<u64>,
    /// Turns on the admin endpoints under /_emulator/; every admin call carries this token.
    #[arg(long, env = "EMULATOR_ADMIN_TOKEN", hide_env_values = true)]
    admin_token: Option<String>,
    /// Do not log requests.
    #[arg(long)]
    quiet: bool,
    /// Do not enforce the documented rate limits (for load tests).
    #[arg(long)]
    no_rate_limits: bool,
    /// How long a request's head may take to arrive (`10s`, `500ms`; also how long an idle
    /// connection waits for its next request).
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    header_read_timeout: Duration,
    /// How long a request's body may take to arrive once its head is read.
    #[arg(long, default_value = "30s", value_parser = parse_duration)]
    body_read_timeout: Duration,
    /// How long a connection may have nothing moving while none of its requests is answered.
    #[arg(long, default_value = "30s", value_parser = parse_duration)]
    idle_timeout: Duration,
    /// How many connections are served at once; more wait until one closes.
    #[arg(long, default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    max_connections: u32,
    /// How many requests the journal keeps for the admin endpoints and the console (0 turns
    /// it off).
    #[arg(long, default_value_t = emulator::journal::DEFAULT_CAPACITY)]
    journal_size: usize,
    /// How many bytes of each request's body the journal keeps.
    #[arg(long, default_value_t = emulator::journal::DEFAULT_BODY_BYTES)]
    journal_body_bytes: usize,
}

/// `250ms`, `10s`, `2m`, or a number of seconds.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration such as 500ms, 10s or 2m"))?;
    let duration = match unit {
        "ms" => Duration::from_millis(n),
        "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n.saturating_mul(60)),
        _ => {
            return Err(format!(
                "`{text}` is not a duration such as 500ms, 10s or 2m"
            ))
        }
    };
    if duration.is_zero() {
        return Err("a timeout of zero would cut off every connection".into());
    }
    Ok(duration)
}

fn config(cli: Cli) -> Result<Config, String> {
    let state = match &cli.state {
        Some(path) => {
            let text = emulator::read_text_file(
                path,
                "state file",
                emulator::state::MAX_STATE_FILE_BYTES,
            )?;
            State::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => State::example(),
    };
    let faults = match &cli.faults {
        Some(path) => {
            let text =
                emulator::read_text_file(path, "faults file", emulator::faults::MAX_RULES_BYTES)?;
            Rules::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => Rules::default(),
    };
    let config = Config {
        volc_access_key: cli.volc_access_key,
        volc_secret_key: Secret::new(&cli.volc_secret_key),
        volc_region: cli.volc_region,
        tencent_sdkappid: cli.tencent_sdkappid,
        tencent_secret_key: Secret::new(&cli.tencent_secret_key),
        tencent_admins: cli.tencent_admins,
        rongcloud: cli.rongcloud.app(),
        state,
        faults,
        seed: cli.seed.unwrap_or_else(|| fastrand::u64(..)),
        admin_token: cli.admin_token.as_deref().map(Secret::new),
        log: !cli.quiet,
        rate_limits: !cli.no_rate_limits,
        limits: Limits {
            header_read_timeout: cli.header_read_timeout,
            body_read_timeout: cli.body_read_timeout,
            idle_timeout: cli.idle_timeout,
            max_connections: usize::try_from(cli.max_connections).unwrap_or(usize::MAX),
        },
        journal_capacity: cli.journal_size,
        journal_body_bytes: cli.journal_body_bytes,
    };
    config.check()?;
    Ok(config)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let listen = cli.listen;
    let config = match config(cli) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<(), String> = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let stop = emulator::shutdown_signal().map_err(|e| format!("cannot handle signals: {e}"))?;
        println!("emulator listening on http://{addr}: Volcengine RTC IM at /?Action=…, Tencent Cloud Chat at /v4/…");
        let app = Arc::new(App::new(config));
        emulator::serve(listener, app, stop)
            .await
            .map_err(|e| e.to_string())?;
        println!("emulator stopped");
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
