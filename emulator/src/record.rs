//! What is seen of each vendor request: the log line and the journal entry. The generated
//! routers report each answered request to a [`Recorder`]; the requests a fault rule answers
//! in front of them are recorded by [`App`](crate::App) with [`fault_entry`].

use std::sync::Arc;
use std::time::{Duration, Instant};

use imapi_runtime::server::{Observer, RequestRecord};
use imapi_runtime::time::{Clock, SystemClock};
use imapi_runtime::ErrorRole;

use crate::faults::FaultAnswer;
use crate::journal::{self, Auth, Entry, Fired, Journal, Outcome};
use crate::vendor::{AppSource, Catalog};

tokio::task_local! {
    /// The fault rule that fired for the request being forwarded (an added latency) and when
    /// the request arrived, for the router's record of it: the router answers on the same task.
    pub(crate) static FIRED: (Fired, Instant);
}

/// Logs and journals one vendor's answered requests.
#[derive(Debug)]
pub(crate) struct Recorder {
    pub catalog: &'static Catalog,
    pub journal: Option<Arc<Journal>>,
    pub log: bool,
}

impl Observer for Recorder {
    fn on_request(&self, r: RequestRecord) {
        if self.log {
            log_line(
                &r.method,
                &r.operation,
                r.caller.as_deref(),
                r.code.as_deref().unwrap_or("OK"),
                r.status,
                r.latency,
            );
        }
        let Some(journal) = &self.journal else {
            return;
        };
        let fired = FIRED.try_with(Clone::clone).ok();
        journal.record_request(self.catalog, r, fired);
    }
}

impl Journal {
    /// Records a request as a vendor's router reports it, with the fault rule that delayed it
    /// (and when the request arrived, for its whole latency).
    pub fn record_request(
        &self,
        catalog: &'static Catalog,
        r: RequestRecord,
        fired: Option<(Fired, Instant)>,
    ) {
        if !self.is_on() {
            return;
        }
        let (body, body_cut) = match &r.body {
            Some(bytes) => {
                let (text, cut) = self.keep_body(bytes);
                (Some(text), cut)
            }
            None => (None, false),
        };
        let app = r.app.or_else(|| match (catalog.app, &r.body) {
            (AppSource::Body(field), Some(body)) => journal::body_app(body, field),
            _ => None,
        });
        let auth = match (r.role, &r.caller) {
            (Some(role), _) if journal::refuses_credentials(role) => Auth::Refused,
            (_, Some(_)) => Auth::Passed,
            (_, None) => Auth::NotChecked,
        };
        let outcome = match r.role {
            None => Outcome::Ok,
            Some(ErrorRole::Throttled) => Outcome::Throttled,
            Some(_) => Outcome::Refused,
        };
        // A delayed request's latency is the whole of it, the added delay included.
        let latency = fired
            .as_ref()
            .map_or(r.latency, |(_, started)| started.elapsed());
        self.record(Entry {
            seq: 0,
            time_ms: millis(r.received_at),
            vendor: catalog.name,
            method: r.method,
            path: r.path,
            operation: r.op.map_or(r.operation, str::to_owned),
            known_operation: r.op.is_some(),
            app,
            caller: r.caller,
            auth,
            outcome,
            status: r.status,
            code: r.code,
            message: r.message,
            reason: r.role.map(journal::reason),
            body_bytes: r.body.as_ref().map_or(0, |b| b.len()),
            body,
            body_cut,
            latency_us: micros(latency),
            fault: fired.map(|(fired, _)| fired),
        });
    }
}

/// The journal entry of a request a fault rule answered (or dropped) in front of the router.
pub(crate) struct FaultRecord<'a> {
    pub catalog: &'static Catalog,
    pub method: &'a str,
    pub path: &'a str,
    pub operation: Option<&'static str>,
    pub app: Option<i64>,
    pub status: u16,
    pub code: Option<String>,
    pub message: Option<String>,
    pub fired: Fired,
    pub latency: Duration,
}

pub(crate) fn fault_entry(r: FaultRecord<'_>) -> Entry {
    let outcome = match r.fired.answer {
        FaultAnswer::Drop => Outcome::Dropped,
        FaultAnswer::Throttle => Outcome::Throttled,
        _ => Outcome::Fault,
    };
    Entry {
        seq: 0,
        time_ms: millis(SystemClock.now().saturating_sub(r.latency)),
        vendor: r.catalog.name,
        method: r.method.to_owned(),
        path: r.path.to_owned(),
        operation: r.operation.unwrap_or("-").to_owned(),
        known_operation: r.operation.is_some(),
        app: r.app,
        caller: None,
        auth: Auth::NotChecked,
        outcome,
        status: r.status,
        code: r.code,
        message: r.message,
        reason: Some("a fault rule answered in the vendor's place"),
        body: None,
        body_bytes: 0,
        body_cut: false,
        latency_us: micros(r.latency),
        fault: Some(r.fired),
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

/// Writes one line per request: time, method, operation, caller, result code, status,
/// latency. Never a secret: the caller is an access key id or an account.
pub(crate) fn log_line(
    method: &str,
    operation: &str,
    caller: Option<&str>,
    code: &str,
    status: u16,
    latency: Duration,
) {
    let now = SystemClock.now();
    let stamp = imapi_runtime::time::format_compact(now.as_secs());
    println!(
        "{stamp} {method} {operation} caller={} code={code} status={status} {:.1}ms",
        caller.unwrap_or("-"),
        latency.as_secs_f64() * 1e3
    );
}
