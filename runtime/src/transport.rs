//! The HTTP side of the clients: one reqwest client with rustls, timeouts, retries with capped
//! exponential backoff and full jitter, and optional pacing to the documented rate limits.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::Error;
use crate::operation::Operation;
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

/// The HTTP client, its settings and its pacer.
#[derive(Debug)]
pub struct Transport {
    http: reqwest::Client,
    config: HttpConfig,
    pacer: Pacer,
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
            .build()
            .map_err(|e| Error::Config(e.to_string()))?;
        Ok(Transport {
            http,
            config,
            pacer: Pacer::default(),
        })
    }

    /// The settings.
    pub fn config(&self) -> &HttpConfig {
        &self.config
    }

    /// The reqwest client, to build requests with.
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The body of a request: validated first unless validation is off, then JSON-encoded.
    pub fn encode<Req: serde::Serialize + Validate>(
        &self,
        request: &Req,
    ) -> Result<Vec<u8>, Error> {
        if self.config.validate {
            request.validate().map_err(Error::InvalidRequest)?;
        }
        serde_json::to_vec(request)
            .map_err(|e| Error::Config(format!("the request does not encode: {e}")))
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
                    tokio::time::sleep(self.config.retry.backoff(tries - 1)).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Sends a request and reads the whole answer, mapping transport failures to [`Error`].
    pub async fn send(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<(u16, bytes::Bytes), Error> {
        let response = request.send().await.map_err(|e| self.transport_error(e))?;
        let status = response.status().as_u16();
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(e))?;
        Ok((status, body))
    }

    fn transport_error(&self, e: reqwest::Error) -> Error {
        if e.is_timeout() {
            Error::Timeout(self.config.timeout)
        } else if e.is_connect() {
            Error::Connect(error_chain(&e))
        } else {
            Error::Transport(error_chain(&e))
        }
    }
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
            name: "X",
            path: "/",
            action: None,
            rate_limit: Some(crate::operation::RateLimit {
                requests: 50,
                per: Duration::from_secs(1),
            }),
            idempotent: true,
        };
        let start = Instant::now();
        for _ in 0..5 {
            pacer.wait(&op).await;
        }
        assert_eq!(start.elapsed(), Duration::from_millis(80));
    }
}
