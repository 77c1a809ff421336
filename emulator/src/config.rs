//! How the emulator runs, and what it refuses to start with.

use imapi_runtime::server::Secret;

use crate::{Limits, Rules, State};

/// The most requests a journal may keep (about 100 MB at the largest body size).
pub const MAX_JOURNAL_CAPACITY: usize = 1_000_000;
/// The largest body size a journal may keep of each request.
pub const MAX_JOURNAL_BODY_BYTES: usize = 1 << 20;

/// How the emulator runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The Volcengine access key it accepts.
    pub volc_access_key: String,
    /// Its secret key.
    pub volc_secret_key: Secret,
    /// The Volcengine region it is (the signature's scope must name it).
    pub volc_region: String,
    /// The Tencent app it is.
    pub tencent_sdkappid: u64,
    /// The app's secret key.
    pub tencent_secret_key: Secret,
    /// The app's administrators.
    pub tencent_admins: Vec<String>,
    /// The RongCloud app it is, if any (without one, every RongCloud request is refused as
    /// an unknown App Key).
    pub rongcloud: Option<crate::rongcloud::App>,
    /// The state it starts from (and resets to).
    pub state: State,
    /// The fault rules it starts with.
    pub faults: Rules,
    /// The seed of the fault generator.
    pub seed: u64,
    /// The token admin calls carry; `None` turns the admin endpoints off.
    pub admin_token: Option<Secret>,
    /// Whether each request is logged on standard output.
    pub log: bool,
    /// Whether the spec's rate limits are enforced (per app and operation, as the vendors do).
    pub rate_limits: bool,
    /// Timeouts and the cap on connections.
    pub limits: Limits,
    /// How many requests the journal keeps (0 turns it off).
    pub journal_capacity: usize,
    /// How many bytes of each request's body the journal keeps.
    pub journal_body_bytes: usize,
}

impl Config {
    /// A configuration accepting these credentials, with the defaults of the command line:
    /// region `cn-north-1`, the administrator `administrator`, the example state, no faults,
    /// no admin endpoints, the documented rate limits, no request log, and a journal of the
    /// last 5,000 requests keeping 8 KiB of each body.
    pub fn new(
        volc_access_key: &str,
        volc_secret_key: &str,
        tencent_sdkappid: u64,
        tencent_secret_key: &str,
    ) -> Config {
        Config {
            volc_access_key: volc_access_key.to_owned(),
            volc_secret_key: Secret::new(volc_secret_key),
            volc_region: "cn-north-1".to_owned(),
            tencent_sdkappid,
            tencent_secret_key: Secret::new(tencent_secret_key),
            tencent_admins: vec!["administrator".to_owned()],
            rongcloud: None,
            state: State::example(),
            faults: Rules::default(),
            seed: 0,
            admin_token: None,
            log: false,
            rate_limits: true,
            limits: Limits::default(),
            journal_capacity: crate::journal::DEFAULT_CAPACITY,
            journal_body_bytes: crate::journal::DEFAULT_BODY_BYTES,
        }
    }

    /// The same configuration, also being the RongCloud app with this App Key and App Secret.
    pub fn with_rongcloud(mut self, app_key: &str, app_secret: &str) -> Config {
        self.rongcloud = Some(crate::rongcloud::App {
            app_key: app_key.to_owned(),
            app_secret: Secret::new(app_secret),
        });
        self
    }

    /// Refuses a configuration that would let anyone in: an empty or blank secret key (a
    /// request signed with the empty key would pass), access key, administrator or admin
    /// token (the README promises that no token means no admin endpoints).
    pub fn check(&self) -> Result<(), String> {
        let blank = |value: &str| value.trim().is_empty();
        let mut problems = Vec::new();
        if blank(&self.volc_access_key) {
            problems.push("the Volcengine access key (--volc-access-key, VOLC_ACCESSKEY) is empty");
        }
        if blank(self.volc_secret_key.expose()) {
            problems.push(
                "the Volcengine secret key (--volc-secret-key, VOLC_SECRETKEY) is empty: any request signed with the empty key would pass",
            );
        }
        if blank(self.tencent_secret_key.expose()) {
            problems.push(
                "the Tencent secret key (--tencent-secret-key, TENCENT_SECRETKEY) is empty: anyone could make UserSigs with it",
            );
        }
        if self.tencent_admins.iter().any(|a| blank(a)) {
            problems.push("a Tencent administrator (--tencent-admin) is empty");
        }
        if let Some(app) = &self.rongcloud {
            problems.extend(app.problems());
        }
        if self.admin_token.as_ref().is_some_and(|t| blank(t.expose())) {
            problems.push(
                "the admin token (--admin-token, EMULATOR_ADMIN_TOKEN) is empty: leave it out to turn the admin endpoints off",
            );
        }
        if self.journal_capacity > MAX_JOURNAL_CAPACITY {
            problems.push("the journal (--journal-size) holds at most 1000000 requests");
        }
        if self.journal_body_bytes > MAX_JOURNAL_BODY_BYTES {
            problems.push("the journal keeps at most 1 MiB of a body (--journal-body-bytes)");
        }
        if !problems.is_empty() {
            return Err(problems.join("; "));
        }
        self.faults.check()
    }
}

/// Reads a state or faults file as text: a regular file (not a device, a pipe or a folder)
/// of at most `max` bytes, checked before a byte is read.
pub fn read_text_file(path: &std::path::Path, what: &str, max: u64) -> Result<String, String> {
    use std::io::Read;
    let shown = path.display();
    let cannot = |e: std::io::Error| format!("cannot read the {what} {shown}: {e}");
    let regular = |metadata: &std::fs::Metadata| {
        if !metadata.is_file() {
            return Err(format!("the {what} {shown} is not a regular file"));
        }
        if metadata.len() > max {
            return Err(format!(
                "the {what} {shown} is {} bytes, more than the {max} read",
                metadata.len()
            ));
        }
        Ok(())
    };
    // Checked before opening: opening a pipe would wait for a writer.
    regular(&std::fs::metadata(path).map_err(cannot)?)?;
    let file = std::fs::File::open(path).map_err(cannot)?;
    let metadata = file.metadata().map_err(cannot)?;
    regular(&metadata)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(max + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(format!("the {what} {shown} grew past the {max} bytes read"));
    }
    String::from_utf8(bytes).map_err(|_| format!("the {what} {shown} is not UTF-8 text"))
}
