//! The emulator binary as the tests run it: a process on a free port of 127.0.0.1, its log
//! collected, stopped with SIGINT when dropped; and clients of it.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use imapi::rongcloud_im as rc;
use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::volcengine::Credentials;
use imapi_runtime::{HttpConfig, RetryPolicy};

pub const AK: &str = "AKLTemulatoraccesskey";
pub const SK: &str = "ZW11bGF0b3Itc2VjcmV0LWtleQ==";
pub const SDKAPPID: u64 = 1_400_000_004;
pub const ADMIN: &str = "administrator";
pub const KEY: &str = "abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdef0123";
pub const TOKEN: &str = "admin-token-for-the-tests";
pub const RC_APP_KEY: &str = "emulatorappkey";
pub const RC_APP_SECRET: &str = "emulator-rongcloud-app-secret";

/// A running emulator.
pub struct Emulator {
    child: Child,
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Emulator {
    /// Gives a program of another language the emulator's address and the test credentials
    /// (`IMAPI_BASE_URL`, `IMAPI_VOLC_AK`, `IMAPI_VOLC_SK`, `IMAPI_VOLC_REGION`,
    /// `IMAPI_TENCENT_SDKAPPID`, `IMAPI_TENCENT_KEY`, `IMAPI_TENCENT_ADMIN`), the conformance
    /// vectors' folder (`IMAPI_CONFORMANCE_DIR`), and keeps Python from writing bytecode beside
    /// the sources.
    pub fn credentials_env(&self, command: &mut Command) {
        command
            .env("IMAPI_BASE_URL", &self.base_url)
            .env("IMAPI_VOLC_AK", AK)
            .env("IMAPI_VOLC_SK", SK)
            .env("IMAPI_VOLC_REGION", "cn-north-1")
            .env("IMAPI_TENCENT_SDKAPPID", SDKAPPID.to_string())
            .env("IMAPI_TENCENT_KEY", KEY)
            .env("IMAPI_TENCENT_ADMIN", ADMIN)
            .env("IMAPI_RONGCLOUD_APP_KEY", RC_APP_KEY)
            .env("IMAPI_RONGCLOUD_APP_SECRET", RC_APP_SECRET)
            .env("IMAPI_ADMIN_TOKEN", TOKEN)
            .env(
                "IMAPI_CONFORMANCE_DIR",
                imapi_tests::repo_root().join("tests/conformance"),
            )
            .env("PYTHONDONTWRITEBYTECODE", "1");
    }

    /// Starts the binary with the test credentials, the admin token, and `extra` arguments.
    pub fn start(extra: &[&str]) -> Emulator {
        Emulator::try_start(extra).unwrap_or_else(|e| panic!("the emulator did not start: {e}"))
    }

    /// Starts it, or returns what it printed when it exits instead.
    pub fn try_start(extra: &[&str]) -> Result<Emulator, String> {
        let mut args = vec!["--admin-token", TOKEN];
        args.extend_from_slice(extra);
        Emulator::spawn(&args)
    }

    /// Starts it without an admin token.
    pub fn start_without_admin() -> Emulator {
        Emulator::spawn(&[]).unwrap_or_else(|e| panic!("the emulator did not start: {e}"))
    }

    fn spawn(extra: &[&str]) -> Result<Emulator, String> {
        Emulator::spawn_command(Command::new(Emulator::binary()), extra)
    }

    /// The emulator binary.
    pub fn binary() -> &'static str {
        env!("CARGO_BIN_EXE_emulator")
    }

    /// Runs `command` (the binary, or a wrapper such as `prlimit … -- <binary>`) with the
    /// test credentials and `extra` arguments; the secret keys come from `VOLC_SECRETKEY` and
    /// `TENCENT_SECRETKEY` unless `command` sets them already. Returns what it printed when
    /// it exits instead of starting.
    pub fn spawn_command(mut command: Command, extra: &[&str]) -> Result<Emulator, String> {
        for (name, value) in [
            ("VOLC_SECRETKEY", SK),
            ("TENCENT_SECRETKEY", KEY),
            ("RONGCLOUD_APP_SECRET", RC_APP_SECRET),
        ] {
            if !command.get_envs().any(|(n, _)| n == name) {
                command.env(name, value);
            }
        }
        let mut child = command
            .args(["--listen", "127.0.0.1:0", "--volc-access-key", AK])
            .args(["--tencent-sdkappid", &SDKAPPID.to_string()])
            .args(["--tencent-admin", ADMIN])
            .args(["--rongcloud-app-key", RC_APP_KEY])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the emulator");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let first = match lines.next() {
            Some(Ok(line)) => line,
            _ => {
                let output = child.wait_with_output().expect("the emulator's output");
                return Err(String::from_utf8_lossy(&output.stderr).into_owned());
            }
        };
        let rest = first
            .split("http://")
            .nth(1)
            .ok_or_else(|| format!("the first line names no address: {first}"))?;
        let addr: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
            .collect();
        let addr = addr.trim_end_matches(':');
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        Ok(Emulator {
            child,
            base_url: format!("http://{addr}"),
            log,
        })
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The log lines so far.
    pub fn log(&self) -> Vec<String> {
        // The log is written as requests finish; let the reader catch up.
        std::thread::sleep(Duration::from_millis(50));
        self.log.lock().unwrap().clone()
    }

    /// Stops it with SIGINT, as Ctrl-C would; returns its exit status.
    pub fn interrupt(mut self) -> std::process::ExitStatus {
        self.signal_interrupt();
        self.child.wait().expect("the emulator exits")
    }

    fn signal_interrupt(&mut self) {
        // SAFETY: kill(2) with the child's pid and SIGINT.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGINT);
        }
    }

    /// A Volcengine client of it.
    pub fn volcengine(&self) -> vc::client::Client {
        self.volcengine_with(http())
    }

    /// A Volcengine client with these settings.
    pub fn volcengine_with(&self, http: HttpConfig) -> vc::client::Client {
        vc::client::Client::builder(Credentials::new(AK, SK))
            .base_url(self.base_url.clone())
            .http(http)
            .build()
            .expect("a client")
    }

    /// A Tencent client calling as `identifier`.
    pub fn tencent_as(&self, identifier: &str) -> tc::client::Client {
        self.tencent_with(identifier, http())
    }

    /// A Tencent client calling as `identifier` with these settings.
    pub fn tencent_with(&self, identifier: &str, http: HttpConfig) -> tc::client::Client {
        tc::client::Client::builder(SDKAPPID, identifier, KEY)
            .base_url(self.base_url.clone())
            .http(http)
            .build()
            .expect("a client")
    }

    /// A Tencent client calling as the administrator.
    pub fn tencent(&self) -> tc::client::Client {
        self.tencent_as(ADMIN)
    }

    /// A RongCloud client of it.
    pub fn rongcloud(&self) -> rc::client::Client {
        self.rongcloud_with(http())
    }

    /// A RongCloud client with these settings.
    pub fn rongcloud_with(&self, http: HttpConfig) -> rc::client::Client {
        rc::client::Client::builder(rc::client::Credentials::new(RC_APP_KEY, RC_APP_SECRET))
            .base_url(self.base_url.clone())
            .http(http)
            .build()
            .expect("a client")
    }

    /// An admin call; returns the status and the body.
    pub async fn admin(&self, method: reqwest::Method, path: &str, body: &str) -> (u16, String) {
        let response = raw_client()
            .request(method, format!("{}/_emulator/{path}", self.base_url))
            .header("X-Emulator-Token", TOKEN)
            .body(body.to_owned())
            .send()
            .await
            .expect("an answer");
        (
            response.status().as_u16(),
            response.text().await.expect("a body"),
        )
    }

    /// The state, as the admin endpoint dumps it.
    pub async fn state(&self) -> serde_json::Value {
        let (status, body) = self.admin(reqwest::Method::GET, "state", "").await;
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).expect("the state is JSON")
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.signal_interrupt();
        let _ = self.child.wait();
    }
}

/// A plain HTTP client for the admin endpoints and hand-made requests.
pub fn raw_client() -> reqwest::Client {
    // Building the runtime's transport installs the rustls provider reqwest needs.
    imapi_runtime::transport::Transport::new(HttpConfig::default()).expect("a transport");
    reqwest::Client::new()
}

/// The vendor's code of an error the emulator answered; a test that got another error fails
/// naming it.
pub fn code(e: &imapi_runtime::Error) -> String {
    e.vendor()
        .map(|v| v.code.clone())
        .unwrap_or_else(|| panic!("a vendor error: {e}"))
}

/// An emulator in this process for the access key pair `ak`/`sk` and the Tencent app
/// `sdkappid` with secret `key`, rate limits off (tests send requests in a row).
pub async fn in_process(ak: &str, sk: &str, sdkappid: u64, key: &str) -> emulator::Local {
    let config = emulator::Config {
        rate_limits: false,
        ..emulator::Config::new(ak, sk, sdkappid, key).with_rongcloud(RC_APP_KEY, RC_APP_SECRET)
    };
    emulator::Local::start(config).await.unwrap()
}

/// A Tencent client of an in-process emulator's app `sdkappid` (secret `key`), calling as
/// `identifier`.
pub fn tencent_in(
    local: &emulator::Local,
    sdkappid: u64,
    key: &str,
    identifier: &str,
) -> tc::client::Client {
    tc::client::Client::builder(sdkappid, identifier, key)
        .base_url(local.base_url.clone())
        .http(http())
        .build()
        .unwrap()
}

/// A Volcengine client of the emulator at `base_url` for the key pair `ak`/`sk`, checking
/// requests before sending them or not.
pub fn volcengine_at(base_url: &str, ak: &str, sk: &str, validate: bool) -> vc::client::Client {
    vc::client::Client::builder(Credentials::new(ak, sk))
        .base_url(base_url.to_owned())
        .http(HttpConfig { validate, ..http() })
        .build()
        .unwrap()
}

/// ModifyMessage on the example state's message 10001, setting `Ext.k`.
pub fn modify_message() -> vc::ModifyMessageRequest {
    serde_json::from_value(
        serde_json::json!({"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "Ext": {"k": "v"}}),
    )
    .unwrap()
}

/// Client settings: plain http allowed (the emulator is on 127.0.0.1), no retries.
pub fn http() -> HttpConfig {
    HttpConfig {
        allow_http: true,
        retry: RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        },
        ..HttpConfig::default()
    }
}

/// Writes `text` to a file in `dir` and returns its path as a string.
pub fn file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write a file");
    path.to_string_lossy().into_owned()
}
