//! What is seen of each vendor request: the log line and the journal entry. The generated
//! routers report each answered request to a [`Recorder`]; the requests a fault rule answers
//! in front of them are recorded by [`App`](crate::App) with [`fault_entry`].

use std::borrow::Cow;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::Method;
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
                r.method.as_str(),
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
            method: method_name(&r.method),
            path: r.path,
            operation: r.op.map_or(Cow::Owned(r.operation), Cow::Borrowed),
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
    pub method: &'a Method,
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
        method: method_name(r.method),
        path: Cow::Owned(r.path.to_owned()),
        operation: Cow::Borrowed(r.operation.unwrap_or("-")),
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
/// A method's name, not copied for the methods HTTP defines.
fn method_name(method: &Method) -> Cow<'static, str> {
    const DEFINED: [&str; 9] = [
        "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "CONNECT", "TRACE",
    ];
    match DEFINED.into_iter().find(|name| *name == method.as_str()) {
        Some(name) => Cow::Borrowed(name),
        None => Cow::Owned(method.as_str().to_owned()),
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defined_methods_are_named_without_a_copy_and_others_as_sent() {
        for method in [Method::GET, Method::POST, Method::PATCH, Method::TRACE] {
            assert!(matches!(method_name(&method), Cow::Borrowed(name) if name == method.as_str()));
        }
        let custom = Method::from_bytes(b"PURGE").unwrap();
        assert!(matches!(method_name(&custom), Cow::Owned(name) if name == "PURGE"));
    }
}
