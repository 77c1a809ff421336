//! The HTTP side of the clients: one reqwest client with rustls, timeouts, retries with capped
//! exponential backoff and full jitter (or the server's `Retry-After`, up to a bound), and
//! optional pacing to the documented rate limits.
//!
//! Answers are read defensively: no redirect is followed and no `Referer` is sent (neither
//! vendor redirects, and a redirect would carry the credentials to another host), plain
//! `http://` is refused unless the configuration allows it, and a body is read in chunks up to
//! [`HttpConfig::max_response_bytes`].

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Mutex, RwLock};
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{HeaderValue, CONTENT_TYPE};
use tokio::time::Instant;

use crate::error::Error;
use crate::operation::{BodyFormat, Operation};
use crate::validate::Validate;

/// When and how often a failed call is tried again. Only failures that are safe to repeat are
/// retried (see [`Error::is_retryable`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 disables retries).
    pub max_attempts: u32,
    /// The backoff before the first retry; it doubles with each retry.
    pub base_delay: Duration,
    /// The longest backoff.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
        }
    }
}

impl RetryPolicy {
    /// The backoff before retry number `retry` (0-based): a random duration up to
    /// `min(max_delay, base_delay * 2^retry)` ("full jitter").
    pub fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self
            .base_delay
            .saturating_mul(1u32.checked_shl(retry.min(31)).unwrap_or(u32::MAX))
            .min(self.max_delay);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

/// The default [`HttpConfig::max_response_bytes`]: 4 MiB, far above any documented answer
/// (Tencent's group service caps its answers at 1 MB).
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 4 * 1024 * 1024;

/// HTTP settings shared by both vendors' clients.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// How long to wait for a connection.
    pub connect_timeout: Duration,
    /// How long a whole attempt may take, answer included.
    pub timeout: Duration,
    /// Retries.
    pub retry: RetryPolicy,
    /// Whether calls are spaced to each operation's documented rate limit.
    pub pacing: bool,
    /// Whether requests are validated before they are sent (on by default).
    pub validate: bool,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Whether a plain `http://` base URL is allowed (off by default: credentials travel in
    /// every request). Tests against a server on 127.0.0.1 turn it on.
    pub allow_http: bool,
    /// The largest answer body read; a larger one is [`Error::ResponseTooLarge`].
    pub max_response_bytes: u64,
    /// The longest `Retry-After` the client waits for before retrying; a server asking for more
    /// gets its throttling error returned at once instead.
    pub max_retry_after: Duration,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            pacing: false,
            validate: true,
            user_agent: format!("imapi/{}", env!("CARGO_PKG_VERSION")),
            allow_http: false,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_retry_after: Duration::from_secs(10),
        }
    }
}

/// Spaces calls of each operation by its rate limit's interval (no bursts).
#[derive(Debug, Default)]
struct Pacer {
    next_free: Mutex<HashMap<&'static str, Instant>>,
}

impl Pacer {
    /// Reserves the next slot for `op` and waits for it.
    async fn wait(&self, op: &Operation) {
        let Some(limit) = op.rate_limit else {
            return;
        };
        let slot = {
            let mut next = self.next_free.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let slot = next
                .get(op.name)
                .copied()
                .filter(|t| *t > now)
                .unwrap_or(now);
            next.insert(op.name, slot + limit.interval());
            slot
        };
        tokio::time::sleep_until(slot).await;
    }
}

/// The most URLs a transport keeps parsed; past it, new ones are parsed on every call.
const MAX_KEPT_URLS: usize = 4096;

/// The HTTP client, its settings, its pacer and the URLs it has parsed.
#[derive(Debug)]
pub struct Transport {
    http: reqwest::Client,
    config: HttpConfig,
    pacer: Pacer,
    urls: RwLock<HashMap<(&'static str, &'static str), reqwest::Url>>,
}

impl Transport {
    /// Builds the HTTP client (rustls with the ring provider, system or bundled roots).
    pub fn new(config: HttpConfig) -> Result<Self, Error> {
        // reqwest is built without a default crypto provider; install ring once per process.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .user_agent(config.user_agent.clone())
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .https_only(!config.allow_http)
            .build()
            .map_err(|e| Error::Config(e.without_url().to_string()))?;
        Ok(Transport {
            http,
            config,
            pacer: Pacer::default(),
            urls: RwLock::default(),
        })
    }

    /// The URL a client names by `key` (an operation's path and `Action`, say), parsed from
    /// `text` the first time and cloned after: parsing a URL costs more than copying one.
    pub fn url(
        &self,
        key: (&'static str, &'static str),
        text: impl FnOnce() -> String,
    ) -> Result<reqwest::Url, Error> {
        let kept = self
            .urls
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
            .cloned();
        if let Some(url) = kept {
            return Ok(url);
        }
        let text = text();
        let url = reqwest::Url::parse(&text)
            .map_err(|e| Error::Config(format!("the URL `{text}` does not parse: {e}")))?;
        let mut urls = self.urls.write().unwrap_or_else(|p| p.into_inner());
        if urls.len() < MAX_KEPT_URLS {
            urls.insert(key, url.clone());
        }
        Ok(url)
    }

    /// A `POST` of `body` to `url` with its `Content-Type`; the caller adds its credentials.
    pub fn post(
        &self,
        url: reqwest::Url,
        content_type: &'static str,
        body: &Bytes,
    ) -> reqwest::Request {
        let mut request = reqwest::Request::new(reqwest::Method::POST, url);
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        *request.body_mut() = Some(body.clone().into());
        request
    }

    /// The settings.
    pub fn config(&self) -> &HttpConfig {
        &self.config
    }

    /// The reqwest client, to build requests with.
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// Parses and checks a base URL: `https://host[:port]` (or `http://` when allowed), with
    /// no credentials, query or fragment.
    pub fn base_url(&self, base_url: &str) -> Result<reqwest::Url, Error> {
        let url = reqwest::Url::parse(base_url)
            .map_err(|e| Error::Config(format!("base_url `{base_url}`: {e}")))?;
        match url.scheme() {
            "https" => {}
            "http" if self.config.allow_http => {}
            "http" => {
                return Err(Error::Config(format!(
                    "base_url `{base_url}` is plain http; credentials would travel unencrypted \
                     (set `HttpConfig::allow_http` for a test server)"
                )))
            }
            other => {
                return Err(Error::Config(format!(
                    "base_url `{base_url}`: the scheme `{other}` is not http(s)"
                )))
            }
        }
        if url.host_str().is_none() {
            return Err(Error::Config(format!("base_url `{base_url}` has no host")));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::Config(
                "base_url must not carry a user name or password".into(),
            ));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(Error::Config(format!(
                "base_url `{base_url}` must not have a query or fragment"
            )));
        }
        Ok(url)
    }

    /// The body of a request in the operation's format, and its `Content-Type`: validated
    /// first unless validation is off, then JSON text or a form.
    pub fn encode<Req: serde::Serialize + Validate>(
        &self,
        format: BodyFormat,
        request: &Req,
    ) -> Result<(Vec<u8>, &'static str), Error> {
        if self.config.validate {
            request.validate().map_err(Error::InvalidRequest)?;
        }
        let fails =
            |e: &dyn std::fmt::Display| Error::Config(format!("the request does not encode: {e}"));
        let body = match format {
            BodyFormat::Json => serde_json::to_vec(request).map_err(|e| fails(&e))?,
            BodyFormat::Form(shape) => {
                let value = serde_json::to_value(request).map_err(|e| fails(&e))?;
                crate::form::encode(&value, shape)
                    .map_err(|e| fails(&e))?
                    .into_bytes()
            }
        };
        Ok((body, format.content_type()))
    }

    /// Runs `attempt` until it succeeds, fails in a way that is not safe to retry, or the
    /// policy's attempts are used up; paces each attempt when pacing is on.
    pub async fn run<T, F, Fut>(&self, op: &Operation, mut attempt: F) -> Result<T, Error>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let mut tries = 0;
        loop {
            if self.config.pacing {
                self.pacer.wait(op).await;
            }
            tries += 1;
            match attempt().await {
                Ok(value) => return Ok(value),
                Err(e)
                    if tries < self.config.retry.max_attempts && e.is_retryable(op.idempotent) =>
                {
                    let wait = match e.retry_after() {
                        // The server asks for longer than the caller is willing to wait: say so
                        // now rather than sleep.
                        Some(asked) if asked > self.config.max_retry_after => return Err(e),
                        Some(asked) => asked,
                        None => self.config.retry.backoff(tries - 1),
                    };
                    tokio::time::sleep(wait).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Sends a request and reads the answer: a redirect is an error, and the body is read in
    /// chunks up to the configured limit (a `Content-Length` over it is refused unread).
    pub async fn send(&self, request: reqwest::Request) -> Result<Answer, Error> {
        let mut response = self
            .http
            .execute(request)
            .await
            .map_err(|e| self.transport_error(e))?;
        let status = response.status();
        if status.is_redirection() {
            let location = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(shown_location);
            return Err(Error::Redirect {
                status: status.as_u16(),
                location,
            });
        }
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| crate::time::parse_retry_after(v, crate::time::unix_now()));
        let request_id = response
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .filter(|v| v.len() <= MAX_REQUEST_ID && v.bytes().all(|b| b.is_ascii_graphic()))
            .map(str::to_owned);
        let limit = self.config.max_response_bytes;
        if response.content_length().is_some_and(|n| n > limit) {
            return Err(Error::ResponseTooLarge { limit });
        }
        let mut body = Vec::with_capacity(
            usize::try_from(response.content_length().unwrap_or(0).min(limit)).unwrap_or(0),
        );
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.transport_error(e))?
        {
            if (body.len() + chunk.len()) as u64 > limit {
                return Err(Error::ResponseTooLarge { limit });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Answer {
            status: status.as_u16(),
            retry_after,
            request_id,
            body,
        })
    }

    /// A reqwest failure as an [`Error`]. The URL is dropped first: reqwest's text carries the
    /// whole URL, query credentials included.
    fn transport_error(&self, e: reqwest::Error) -> Error {
        let e = e.without_url();
        if e.is_timeout() {
            Error::Timeout(self.config.timeout)
        } else if e.is_connect() {
            Error::Connect(error_chain(&e))
        } else {
            Error::Transport(error_chain(&e))
        }
    }
}

/// A header value that carries a secret (a signature, a token): marked sensitive, so that
/// HTTP libraries leave it out of their own logs. `what` names it in the error when it holds a
/// character no header may (the value itself is not shown).
pub fn secret_header(what: &str, value: &str) -> Result<HeaderValue, Error> {
    let mut value = header(what, value)?;
    value.set_sensitive(true);
    Ok(value)
}

/// A header value; `what` names it in the error when it holds a character no header may.
pub fn header(what: &str, value: &str) -> Result<HeaderValue, Error> {
    HeaderValue::from_str(value)
        .map_err(|_| Error::Config(format!("the {what} is not a valid header value")))
}

/// The longest `X-Request-Id` an answer's request id is taken from.
const MAX_REQUEST_ID: usize = 128;

/// An answer as read off the wire.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// What its `Retry-After` header asked for.
    pub retry_after: Option<Duration>,
    /// Its `X-Request-Id` header, for protocols whose body carries no request id (kept only
    /// when it is printable ASCII of at most 128 bytes).
    pub request_id: Option<String>,
    /// The body.
    pub body: Vec<u8>,
}

/// A redirect target as shown in an error: scheme, host and path, at most 200 characters; the
/// query and fragment are left out (they are where credentials would be).
fn shown_location(location: &str) -> String {
    const MAX_SHOWN: usize = 200;
    let cut = location.find(['?', '#']).unwrap_or(location.len());
    let visible = location[..cut].chars().filter(|c| !c.is_control());
    let mut shown: String = visible.clone().take(MAX_SHOWN).collect();
    if visible.count() > MAX_SHOWN {
        shown.push('…');
    }
    shown
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_capped_and_jittered() {
        let policy = RetryPolicy::default();
        for retry in 0..40 {
            let d = policy.backoff(retry);
            assert!(d <= policy.max_delay, "{retry}: {d:?}");
            let ceiling = Duration::from_millis(100)
                .saturating_mul(1 << retry.min(20))
                .min(policy.max_delay);
            assert!(d <= ceiling);
        }
        let spread: std::collections::HashSet<_> = (0..32).map(|_| policy.backoff(3)).collect();
        assert!(spread.len() > 1, "jitter varies the delay");
    }

    #[tokio::test(start_paused = true)]
    async fn pacing_spaces_calls_by_the_interval() {
        let pacer = Pacer::default();
        let op = Operation {
            rate_limit: Some(crate::operation::RateLimit {
                requests: 50,
                per: Duration::from_secs(1),
            }),
            ..crate::volcengine::tests::OP
        };
        let start = Instant::now();
        for _ in 0..5 {
            pacer.wait(&op).await;
        }
        assert_eq!(start.elapsed(), Duration::from_millis(80));
    }

    #[test]
    fn a_url_is_parsed_once_per_key_and_a_bad_one_is_an_error() {
        let transport = Transport::new(HttpConfig::default()).unwrap();
        let parses = std::cell::Cell::new(0);
        let counted = &parses;
        let text = |t: &'static str| {
            move || {
                counted.set(counted.get() + 1);
                t.to_owned()
            }
        };
        let first = transport
            .url(("/", "A"), text("https://h.example/?Action=A"))
            .unwrap();
        let again = transport
            .url(("/", "A"), text("https://h.example/?Action=Other"))
            .unwrap();
        assert_eq!(first, again);
        assert_eq!(parses.get(), 1);
        let other = transport
            .url(("/", "B"), text("https://h.example/?Action=B"))
            .unwrap();
        assert_eq!(other.query(), Some("Action=B"));
        assert_eq!(parses.get(), 2);
        let bad = transport.url(("/", "C"), text("https://[nope/"));
        assert!(matches!(bad, Err(Error::Config(_))), "{bad:?}");
        // A failed parse is not kept: the next call parses again.
        let _ = transport.url(("/", "C"), text("https://[nope/"));
        assert_eq!(parses.get(), 4);
    }

    #[test]
    fn the_kept_urls_are_bounded() {
        let transport = Transport::new(HttpConfig::default()).unwrap();
        let keys: Vec<&'static str> = (0..MAX_KEPT_URLS + 10)
            .map(|i| &*Box::leak(format!("/p{i}").into_boxed_str()))
            .collect();
        for key in &keys {
            transport
                .url((key, ""), || format!("https://h.example{key}"))
                .unwrap();
        }
        assert_eq!(transport.urls.read().unwrap().len(), MAX_KEPT_URLS);
        // Past the bound a URL is still given, parsed anew.
        let last = keys[keys.len() - 1];
        let url = transport
            .url((last, ""), || format!("https://h.example{last}"))
            .unwrap();
        assert_eq!(url.path(), last);
    }

    #[test]
    fn secret_headers_are_marked_and_bad_values_are_not_shown() {
        let value = secret_header("signature", "abc").unwrap();
        assert!(value.is_sensitive());
        assert!(!header("X-Date", "20240101T000000Z").unwrap().is_sensitive());
        let e = secret_header("session token", "line\nbreak-secret").unwrap_err();
        let text = e.to_string();
        assert!(text.contains("session token"), "{text}");
        assert!(!text.contains("break-secret"), "{text}");
    }

    #[test]
    fn a_post_carries_its_content_type_and_body() {
        let transport = Transport::new(HttpConfig::default()).unwrap();
        let url = reqwest::Url::parse("https://h.example/x").unwrap();
        let body = Bytes::from_static(b"{}");
        let request = transport.post(url, "application/json", &body);
        assert_eq!(request.method(), reqwest::Method::POST);
        assert_eq!(request.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(
            request.body().and_then(reqwest::Body::as_bytes),
            Some(&b"{}"[..])
        );
    }
}
