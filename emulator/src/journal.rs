//! The request journal: what integrators' programs sent, and how each request was answered.
//! A bounded ring of the last requests (each vendor's, not the admin calls), kept in memory,
//! read by the admin endpoints (`/_emulator/journal`), the console and [`Local`](crate::Local)'s
//! [`requests`](crate::Local::requests) and [`verify`](crate::Local::verify).
//!
//! Recorded per request: arrival time, vendor, operation, app, caller, whether authentication
//! passed (and when refused, the vendor's code and message and our reason), the body (cut at a
//! configurable size), the status and code answered, latency, and the fault rule that fired.
//! Never a credential: headers and the query are not recorded (Volcengine signs in the
//! `Authorization` header, Tencent puts its UserSig in the query), and neither vendor carries
//! credentials in a body.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex};

use imapi_runtime::{ErrorRole, OperationShape};
use serde::{Deserialize, Serialize};

use crate::faults::FaultAnswer;

/// How many requests the journal keeps unless told otherwise.
pub const DEFAULT_CAPACITY: usize = 5000;
/// How many bytes of a body the journal keeps unless told otherwise.
pub const DEFAULT_BODY_BYTES: usize = 8192;

/// How a request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Answered with success.
    Ok,
    /// Refused with one of the vendor's codes (credentials, shape, constraints, state).
    Refused,
    /// Refused as too many calls: a documented rate limit, or an injected `throttle`.
    Throttled,
    /// Answered by a fault rule with an error code or an HTTP status.
    Fault,
    /// Its connection was closed without an answer by a fault rule.
    Dropped,
}

impl Outcome {
    fn word(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Refused => "refused",
            Outcome::Throttled => "throttled",
            Outcome::Fault => "fault",
            Outcome::Dropped => "dropped",
        }
    }
}

/// Whether the request's credentials were checked, and what came of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Auth {
    /// The signature (or UserSig) was good.
    Passed,
    /// The credentials were refused.
    Refused,
    /// Not checked: the request was refused before (no such operation) or a fault answered it.
    NotChecked,
}

/// The fault rule that fired for a request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fired {
    /// Its index in the rules.
    pub rule: usize,
    /// What it answered.
    pub answer: FaultAnswer,
}

/// One recorded request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Its number: 1 for the first request the emulator received, counting on across clears.
    pub seq: u64,
    /// When it arrived, Unix milliseconds.
    pub time_ms: u64,
    /// The vendor (`volcengine`, `tencent`).
    pub vendor: &'static str,
    /// The HTTP method.
    pub method: Cow<'static, str>,
    /// The path (the query is never recorded: Tencent's carries the UserSig).
    pub path: Cow<'static, str>,
    /// The operation: its name, or what the request asked for when no operation has it.
    pub operation: Cow<'static, str>,
    /// Whether `operation` is one the vendor has.
    pub known_operation: bool,
    /// The app the request names (Volcengine's `AppId`, Tencent's `sdkappid`).
    pub app: Option<i64>,
    /// The authenticated caller (an access key id, an account), when authentication got so far.
    pub caller: Option<String>,
    /// The authentication outcome.
    pub auth: Auth,
    /// How it ended.
    pub outcome: Outcome,
    /// The HTTP status answered; 0 when the connection was dropped.
    pub status: u16,
    /// The vendor's code answered (`SignatureDoesNotMatch`, `10004`); `None` for success.
    pub code: Option<String>,
    /// The message the vendor's envelope carried with the code.
    pub message: Option<String>,
    /// Why, in our words: the kind of refusal.
    pub reason: Option<&'static str>,
    /// The body as text (not valid UTF-8 bytes replaced), cut at the journal's body size.
    pub body: Option<String>,
    /// The body's whole size in bytes.
    pub body_bytes: usize,
    /// Whether `body` was cut.
    pub body_cut: bool,
    /// How long the answer took, microseconds.
    pub latency_us: u64,
    /// The fault rule that fired, if one did.
    pub fault: Option<Fired>,
}

impl Entry {
    /// The request decoded as operation `Op`'s generated request type: an error when the entry
    /// is another operation's, its body was not read or was cut, or it does not decode.
    pub fn request<Op: OperationShape>(&self) -> Result<Op::Input, String> {
        if self.operation != Op::OP.name {
            return Err(format!(
                "request #{} is {}, not {}",
                self.seq,
                self.operation,
                Op::OP.name
            ));
        }
        let body = self
            .body
            .as_deref()
            .ok_or_else(|| format!("request #{} has no recorded body", self.seq))?;
        if self.body_cut {
            return Err(format!(
                "request #{}'s body was cut at the journal's body size",
                self.seq
            ));
        }
        serde_json::from_str(body).map_err(|e| format!("request #{}: {e}", self.seq))
    }

    fn body_json(&self) -> Option<serde_json::Value> {
        match (&self.body, self.body_cut) {
            (Some(body), false) => serde_json::from_str(body).ok(),
            _ => None,
        }
    }
}

/// Why a role refuses, in our words.
pub(crate) fn reason(role: ErrorRole) -> &'static str {
    match role {
        ErrorRole::MissingParameter => "a required query parameter is missing or malformed",
        ErrorRole::UnknownOperation => "no operation answers to this action, version or path",
        ErrorRole::BadRequest => "the HTTP request is not what the API takes",
        ErrorRole::MissingCredentials => "the request carries no credentials",
        ErrorRole::MalformedCredentials => "the credentials are not in the expected form",
        ErrorRole::UnknownCredentials => "the access key or app is not known",
        ErrorRole::ExpiredCredentials => {
            "the signature's time is outside the allowed window, or the UserSig has expired"
        }
        ErrorRole::CredentialScope => "the signature's scope or signed headers do not fit",
        ErrorRole::SignatureMismatch => "the signature does not match",
        ErrorRole::IdentifierMismatch => "the UserSig was made for another account",
        ErrorRole::AppMismatch => "the UserSig was made for another app",
        ErrorRole::MissingApp => "the request names no app",
        ErrorRole::NotAdmin => "the caller is not an app administrator",
        ErrorRole::MalformedBody => "the body is not JSON, or not JSON of the request's shape",
        ErrorRole::InvalidParameter => "the request breaks a documented constraint",
        ErrorRole::Throttled => "too many calls",
        ErrorRole::Internal => "the operation refused the request on the emulated state",
    }
}

/// Whether a role is a refusal of the credentials.
pub(crate) fn refuses_credentials(role: ErrorRole) -> bool {
    matches!(
        role,
        ErrorRole::MissingCredentials
            | ErrorRole::MalformedCredentials
            | ErrorRole::UnknownCredentials
            | ErrorRole::ExpiredCredentials
            | ErrorRole::CredentialScope
            | ErrorRole::SignatureMismatch
            | ErrorRole::IdentifierMismatch
            | ErrorRole::AppMismatch
            | ErrorRole::MissingApp
            | ErrorRole::NotAdmin
    )
}

/// Which requests a listing or a verification is about; every criterion given must hold.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filter {
    /// The vendor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    /// The operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<i64>,
    /// How it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// The code answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The caller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caller: Option<String>,
    /// Arrived at or after this Unix time, milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<u64>,
    /// Numbered after this `seq` (for following the journal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<u64>,
    /// A JSON value the body contains: every member of an object given is in the body's with
    /// a value that contains it; lists and other values are equal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<serde_json::Value>,
}

impl Filter {
    /// Requests of `operation`.
    pub fn operation(operation: &str) -> Filter {
        Filter {
            operation: Some(operation.to_owned()),
            ..Filter::default()
        }
    }

    /// Whether `entry` is one of the requests.
    pub fn matches(&self, entry: &Entry) -> bool {
        self.differences(entry, 1).is_empty()
    }

    /// How `entry` differs from the filter, in words, at most `max` of them.
    pub fn differences(&self, entry: &Entry, max: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut differ = |what: String| {
            if out.len() < max {
                out.push(what);
            }
        };
        let shown = |v: Option<&str>| v.map_or("none".to_owned(), str::to_owned);
        if let Some(vendor) = &self.vendor {
            if entry.vendor != vendor {
                differ(format!("vendor is {}, not {vendor}", entry.vendor));
            }
        }
        if let Some(operation) = &self.operation {
            if &entry.operation != operation {
                differ(format!("operation is {}, not {operation}", entry.operation));
            }
        }
        if let Some(app) = self.app {
            if entry.app != Some(app) {
                let was = entry.app.map_or("none".to_owned(), |a| a.to_string());
                differ(format!("app is {was}, not {app}"));
            }
        }
        if let Some(outcome) = self.outcome {
            if entry.outcome != outcome {
                let code = entry
                    .code
                    .as_deref()
                    .map_or(String::new(), |c| format!(" ({c})"));
                differ(format!(
                    "outcome is {}{code}, not {}",
                    entry.outcome.word(),
                    outcome.word()
                ));
            }
        }
        if let Some(code) = &self.code {
            if entry.code.as_ref() != Some(code) {
                differ(format!(
                    "code is {}, not {code}",
                    shown(entry.code.as_deref())
                ));
            }
        }
        if let Some(caller) = &self.caller {
            if entry.caller.as_ref() != Some(caller) {
                differ(format!(
                    "caller is {}, not {caller}",
                    shown(entry.caller.as_deref())
                ));
            }
        }
        if let Some(since) = self.since {
            if entry.time_ms < since {
                differ(format!("arrived at {} ms, before {since}", entry.time_ms));
            }
        }
        if let Some(after) = self.after {
            if entry.seq <= after {
                differ(format!("is #{}, not after #{after}", entry.seq));
            }
        }
        if let Some(expected) = &self.body {
            match entry.body_json() {
                Some(actual) => {
                    if let Some(why) = contains(&actual, expected, "body") {
                        differ(why);
                    }
                }
                None if entry.body_cut => {
                    differ("its body was cut, so it cannot be compared".into())
                }
                None => differ("its body was not read, or is not JSON".into()),
            }
        }
        out
    }
}

/// Where `actual` does not contain `expected`, in words; `None` when it does.
fn contains(actual: &serde_json::Value, expected: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value;
    match (actual, expected) {
        (Value::Object(actual), Value::Object(expected)) => {
            expected
                .iter()
                .find_map(|(key, want)| match actual.get(key) {
                    Some(have) => contains(have, want, &format!("{at}.{key}")),
                    None => Some(format!("{at} has no {key}")),
                })
        }
        (actual, expected) if actual == expected => None,
        // Numbers that are the same number in different spellings (1 and 1.0).
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => None,
        (actual, expected) => Some(format!(
            "{at} is {}, not {}",
            cut(&actual.to_string()),
            cut(&expected.to_string())
        )),
    }
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(64) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// How many matching requests a verification expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Times {
    /// At least this many.
    pub at_least: u64,
    /// At most this many, when bounded.
    pub at_most: Option<u64>,
}

impl Times {
    /// Exactly `n`.
    pub fn exactly(n: u64) -> Times {
        Times {
            at_least: n,
            at_most: Some(n),
        }
    }

    /// `n` or more.
    pub fn at_least(n: u64) -> Times {
        Times {
            at_least: n,
            at_most: None,
        }
    }

    /// None at all.
    pub fn never() -> Times {
        Times::exactly(0)
    }

    fn holds(self, n: u64) -> bool {
        n >= self.at_least && self.at_most.is_none_or(|most| n <= most)
    }
}

impl fmt::Display for Times {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.at_least, self.at_most) {
            (least, Some(most)) if least == most => write!(f, "exactly {least}"),
            (0, Some(most)) => write!(f, "at most {most}"),
            (least, Some(most)) => write!(f, "between {least} and {most}"),
            (least, None) => write!(f, "at least {least}"),
        }
    }
}

/// A request that did not match, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearMiss {
    /// The request.
    pub entry: Entry,
    /// How it differs from the filter.
    pub differences: Vec<String>,
}

/// The answer to a verification.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verification {
    /// Whether the count of matching requests is what was expected.
    pub holds: bool,
    /// How many requests the journal holds that match.
    pub matched: u64,
    /// What was expected, in words (`exactly 2`).
    pub expected: String,
    /// When too few matched: the requests closest to matching (fewest differences, newest
    /// first), at most three.
    pub near_misses: Vec<NearMiss>,
    /// How many older requests had already left the journal (a count may be short by them).
    pub evicted: u64,
}

impl fmt::Display for Verification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected {} matching requests, found {}",
            self.expected, self.matched
        )?;
        if self.evicted > 0 {
            write!(f, " ({} older requests had left the journal)", self.evicted)?;
        }
        for miss in &self.near_misses {
            write!(
                f,
                "\n  closest: #{} {} {}: {}",
                miss.entry.seq,
                miss.entry.vendor,
                miss.entry.operation,
                miss.differences.join("; ")
            )?;
        }
        Ok(())
    }
}

/// A journal page: the entries asked for, newest first, and the journal's size.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// The entries, newest first.
    #[serde(serialize_with = "shared_entries")]
    pub entries: Vec<Arc<Entry>>,
    /// How many requests the journal holds.
    pub held: usize,
    /// How many it can hold.
    pub capacity: usize,
    /// How many it has recorded since the emulator started.
    pub recorded: u64,
}

fn shared_entries<S: serde::Serializer>(entries: &[Arc<Entry>], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(entries.iter().map(|e| &**e))
}

/// The bounded journal.
#[derive(Debug)]
pub struct Journal {
    capacity: usize,
    body_bytes: usize,
    ring: Mutex<Ring>,
}

#[derive(Debug, Default)]
struct Ring {
    recorded: u64,
    entries: VecDeque<Arc<Entry>>,
}

impl Journal {
    /// A journal of the last `capacity` requests (none when 0), keeping `body_bytes` of each
    /// body.
    pub fn new(capacity: usize, body_bytes: usize) -> Journal {
        Journal {
            capacity,
            body_bytes,
            ring: Mutex::new(Ring::default()),
        }
    }

    /// Whether it records anything.
    pub fn is_on(&self) -> bool {
        self.capacity > 0
    }

    fn ring(&self) -> std::sync::MutexGuard<'_, Ring> {
        self.ring.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The body as kept: its text cut at the body size (never inside a character), and
    /// whether it was cut.
    pub(crate) fn keep_body(&self, body: &[u8]) -> (String, bool) {
        let mut end = body.len().min(self.body_bytes);
        if end < body.len() {
            // Back to the start of a UTF-8 character.
            while end > 0 && (body[end] & 0xC0) == 0x80 {
                end -= 1;
            }
        }
        (
            String::from_utf8_lossy(&body[..end]).into_owned(),
            end < body.len(),
        )
    }

    /// Records a request; its `seq` is given here.
    pub(crate) fn record(&self, entry: Entry) {
        if self.capacity == 0 {
            return;
        }
        let mut entry = Arc::new(entry);
        let evicted = {
            let mut ring = self.ring();
            ring.recorded += 1;
            // Not shared yet: the number is written in place.
            if let Some(e) = Arc::get_mut(&mut entry) {
                e.seq = ring.recorded;
            }
            let evicted = (ring.entries.len() == self.capacity)
                .then(|| ring.entries.pop_front())
                .flatten();
            ring.entries.push_back(entry);
            evicted
        };
        // Freed after the lock is let go: other requests need not wait for it.
        drop(evicted);
    }

    /// The entries matching `filter`, newest first, at most `limit`.
    pub fn list(&self, filter: &Filter, limit: usize) -> Page {
        let (held, recorded): (Vec<Arc<Entry>>, u64) = {
            let ring = self.ring();
            (ring.entries.iter().rev().cloned().collect(), ring.recorded)
        };
        Page {
            held: held.len(),
            entries: held
                .into_iter()
                .filter(|e| filter.matches(e))
                .take(limit)
                .collect(),
            capacity: self.capacity,
            recorded,
        }
    }

    /// Forgets every entry (numbering goes on); returns how many there were.
    pub fn clear(&self) -> usize {
        let mut ring = self.ring();
        let n = ring.entries.len();
        ring.entries.clear();
        n
    }

    /// Whether the requests matching `filter` number `times`, with the closest non-matching
    /// requests when too few do.
    pub fn verify(&self, filter: &Filter, times: Times) -> Verification {
        let (held, recorded): (Vec<Arc<Entry>>, u64) = {
            let ring = self.ring();
            (ring.entries.iter().rev().cloned().collect(), ring.recorded)
        };
        let mut matched = 0u64;
        let mut misses: Vec<(Vec<String>, Arc<Entry>)> = Vec::new();
        for entry in held.iter() {
            let differences = filter.differences(entry, usize::MAX);
            if differences.is_empty() {
                matched += 1;
            } else {
                misses.push((differences, entry.clone()));
            }
        }
        let holds = times.holds(matched);
        let near_misses = if matched < times.at_least {
            // Stable: among equally close ones, the newest (first) stays first.
            misses.sort_by_key(|(d, _)| d.len());
            misses
                .into_iter()
                .take(3)
                .map(|(differences, entry)| NearMiss {
                    entry: (*entry).clone(),
                    differences,
                })
                .collect()
        } else {
            Vec::new()
        };
        Verification {
            holds,
            matched,
            expected: times.to_string(),
            near_misses,
            evicted: recorded.saturating_sub(held.len() as u64),
        }
    }
}

/// The app a JSON body names in its top-level `field`, read without building the body's tree.
pub(crate) fn body_app(body: &[u8], field: &str) -> Option<i64> {
    use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
    struct Find<'f>(&'f str);
    impl<'de> Visitor<'de> for Find<'_> {
        type Value = Option<i64>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<i64>, A::Error> {
            let mut found = None;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                if key == self.0 && found.is_none() {
                    found = map.next_value::<serde_json::Value>()?.as_i64();
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }
    impl<'de> DeserializeSeed<'de> for Find<'_> {
        type Value = Option<i64>;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<i64>, D::Error> {
            d.deserialize_map(self)
        }
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    Find(field).deserialize(&mut de).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(operation: &str, outcome: Outcome, body: &str) -> Entry {
        Entry {
            seq: 0,
            time_ms: 1_000,
            vendor: "volcengine",
            method: "POST".into(),
            path: "/".into(),
            operation: operation.to_owned().into(),
            known_operation: true,
            app: Some(7),
            caller: Some("AK".into()),
            auth: Auth::Passed,
            outcome,
            status: 200,
            code: None,
            message: None,
            reason: None,
            body: Some(body.into()),
            body_bytes: body.len(),
            body_cut: false,
            latency_us: 10,
            fault: None,
        }
    }

    #[test]
    fn the_ring_keeps_the_last_requests_and_numbers_on() {
        let journal = Journal::new(3, 100);
        for _ in 0..5 {
            journal.record(entry("ModifyMessage", Outcome::Ok, "{}"));
        }
        let page = journal.list(&Filter::default(), 10);
        let seqs: Vec<u64> = page.entries.iter().map(|e| e.seq).collect();
        assert_eq!(seqs, [5, 4, 3]);
        assert_eq!((page.held, page.recorded), (3, 5));
        assert_eq!(journal.clear(), 3);
        journal.record(entry("ModifyMessage", Outcome::Ok, "{}"));
        assert_eq!(journal.list(&Filter::default(), 10).entries[0].seq, 6);
        let off = Journal::new(0, 100);
        off.record(entry("ModifyMessage", Outcome::Ok, "{}"));
        assert!(off.list(&Filter::default(), 10).entries.is_empty());
    }

    #[test]
    fn bodies_are_cut_at_a_character_boundary() {
        let journal = Journal::new(1, 4);
        assert_eq!(journal.keep_body(b"abc"), ("abc".into(), false));
        // "a中" is 4 bytes; "a中b" cut at 4 keeps both, "ab中" cut at 4 keeps "ab".
        assert_eq!(journal.keep_body("ab中".as_bytes()), ("ab".into(), true));
        assert_eq!(journal.keep_body("a中b".as_bytes()), ("a中".into(), true));
    }

    #[test]
    fn filters_say_how_a_request_differs() {
        let e = entry(
            "ModifyMessage",
            Outcome::Refused,
            r#"{"AppId":7,"Ext":{"a":"1","b":"2"},"Ids":[1,2]}"#,
        );
        let body = |v: serde_json::Value| Filter {
            body: Some(v),
            ..Filter::default()
        };
        assert!(body(serde_json::json!({"Ext": {"a": "1"}})).matches(&e));
        assert!(body(serde_json::json!({"AppId": 7.0})).matches(&e));
        assert_eq!(
            body(serde_json::json!({"Ext": {"a": "2"}})).differences(&e, 9),
            [r#"body.Ext.a is "1", not "2""#]
        );
        assert_eq!(
            body(serde_json::json!({"Nope": 1})).differences(&e, 9),
            ["body has no Nope"]
        );
        assert!(!body(serde_json::json!({"Ids": [1]})).matches(&e));
        let filter = Filter {
            operation: Some("SendMessage".into()),
            outcome: Some(Outcome::Ok),
            app: Some(8),
            ..Filter::default()
        };
        assert_eq!(
            filter.differences(&e, 9),
            [
                "operation is ModifyMessage, not SendMessage",
                "app is 7, not 8",
                "outcome is refused, not ok"
            ]
        );
        assert_eq!(filter.differences(&e, 1).len(), 1);
    }

    #[test]
    fn a_verification_counts_and_names_the_near_misses() {
        let journal = Journal::new(10, 100);
        journal.record(entry("ModifyMessage", Outcome::Refused, "{}"));
        journal.record(entry("SendMessage", Outcome::Ok, "{}"));
        journal.record(entry("ModifyMessage", Outcome::Ok, "{}"));
        let wanted = Filter {
            outcome: Some(Outcome::Ok),
            ..Filter::operation("ModifyMessage")
        };
        assert!(journal.verify(&wanted, Times::exactly(1)).holds);
        assert!(!journal.verify(&wanted, Times::never()).holds);
        let twice = journal.verify(&wanted, Times::at_least(2));
        assert!(!twice.holds);
        assert_eq!(twice.matched, 1);
        let closest: Vec<u64> = twice.near_misses.iter().map(|m| m.entry.seq).collect();
        assert_eq!(closest, [2, 1], "one difference each, newest first");
        assert!(twice.to_string().starts_with(
            "expected at least 2 matching requests, found 1\n  closest: #2 volcengine SendMessage: operation is SendMessage, not ModifyMessage"
        ), "{twice}");
    }

    #[test]
    fn the_app_is_read_from_the_top_level_of_a_body() {
        assert_eq!(
            body_app(br#"{"X":{"AppId":1},"AppId":7}"#, "AppId"),
            Some(7)
        );
        assert_eq!(body_app(br#"{"AppId":"7"}"#, "AppId"), None);
        assert_eq!(body_app(b"not json", "AppId"), None);
        assert_eq!(body_app(br#"[1]"#, "AppId"), None);
    }
}
