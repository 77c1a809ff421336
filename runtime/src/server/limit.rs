//! Rate limits per app and operation: the generic cell rate algorithm (GCRA), which admits a
//! burst of a whole period's calls and then one call per interval, and keeps one timestamp per
//! key. The vendors' limits hold per app across the whole service, so replicas of a server must
//! share one budget: [`RedisLimiter`] (feature `redis`) keeps the timestamps in Redis and
//! updates them in one atomic script, within bounded time, behind a circuit breaker.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use super::BoxFuture;
use crate::operation::RateLimit;

/// A request over its budget, and how long until the next one fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    /// How long to wait.
    pub retry_after: Duration,
}

/// Why a limiter did not admit a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitError {
    /// The call is over its budget.
    Throttled(Throttled),
    /// The limiter could not decide: its store failed or did not answer in time. The server's
    /// [`LimiterFailure`] says whether the call is admitted or refused.
    Unavailable,
}

impl From<Throttled> for LimitError {
    fn from(throttled: Throttled) -> Self {
        LimitError::Throttled(throttled)
    }
}

/// What a server does with a call its limiter cannot decide on ([`LimitError::Unavailable`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LimiterFailure {
    /// Admit it (fail open): an outage of the limiter's store lifts the rate limits for its
    /// duration instead of refusing every request. Envoy's global rate limit filter does the
    /// same by default.
    #[default]
    Admit,
    /// Refuse it with the vendor's throttling error (fail closed): the limits hold whatever
    /// happens, and an outage of the store refuses every rate-limited request.
    Refuse,
}

/// Counts calls against a limit per key.
pub trait RateLimiter: Send + Sync + std::fmt::Debug + 'static {
    /// Charges one call to `key` at time `now` (Unix time on the server's clock). It must
    /// answer in bounded time: a limiter whose store is slow answers
    /// [`LimitError::Unavailable`] rather than making the request wait.
    fn acquire<'a>(
        &'a self,
        key: &'a str,
        limit: RateLimit,
        now: Duration,
    ) -> BoxFuture<'a, Result<(), LimitError>>;
}

/// The GCRA step: given the key's theoretical arrival time `tat` (absent for a new key),
/// whether a call at `now` fits, and the new `tat`.
pub fn gcra(tat: Option<Duration>, limit: RateLimit, now: Duration) -> Result<Duration, Throttled> {
    let interval = limit.interval();
    // A whole period's calls may come at once: the tolerance is the period less one interval.
    let tolerance = limit.per.saturating_sub(interval);
    let tat = tat.unwrap_or(now).max(now);
    let ahead = tat - now;
    if ahead > tolerance {
        return Err(Throttled {
            retry_after: ahead - tolerance,
        });
    }
    Ok(tat + interval)
}

/// An in-process limiter: right for one server, or for tests on a manual clock.
#[derive(Debug, Default)]
pub struct MemoryLimiter {
    tats: Mutex<HashMap<String, Duration>>,
}

/// Past this many keys, keys whose budget is full again are forgotten.
const PRUNE_AT: usize = 100_000;

impl MemoryLimiter {
    fn charge(&self, key: &str, limit: RateLimit, now: Duration) -> Result<(), Throttled> {
        let mut tats = self.tats.lock().unwrap_or_else(|p| p.into_inner());
        let next = gcra(tats.get(key).copied(), limit, now)?;
        tats.insert(key.to_owned(), next);
        if tats.len() > PRUNE_AT {
            tats.retain(|_, tat| *tat > now);
        }
        Ok(())
    }
}

impl RateLimiter for MemoryLimiter {
    fn acquire<'a>(
        &'a self,
        key: &'a str,
        limit: RateLimit,
        now: Duration,
    ) -> BoxFuture<'a, Result<(), LimitError>> {
        let result = self.charge(key, limit, now).map_err(LimitError::from);
        Box::pin(std::future::ready(result))
    }
}

#[cfg(feature = "redis")]
pub use self::redis_limiter::{RedisLimiter, RedisOptions};

#[cfg(feature = "redis")]
mod redis_limiter {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::{Duration, Instant};

    use super::{BoxFuture, LimitError, RateLimit, RateLimiter, Throttled};

    /// The GCRA step of [`super::gcra`] as one Redis script, so that concurrent servers update a
    /// key atomically. Times are in microseconds; the key expires when its budget is full
    /// again.
    const SCRIPT: &str = r"
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local tolerance = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local ahead = tat - now
if ahead > tolerance then return ahead - tolerance end
local next = tat + interval
redis.call('SET', KEYS[1], next, 'PX', math.floor((next - now) / 1000) + 1)
return 0
";

    /// How long a [`RedisLimiter`] waits for Redis, and how it backs off when Redis fails.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct RedisOptions {
        /// The longest a connection attempt may take (default 250 ms).
        pub connect_timeout: Duration,
        /// The longest a call may wait for Redis's answer (default 250 ms). A call that must
        /// connect first waits at most `connect_timeout + response_timeout` in all.
        pub response_timeout: Duration,
        /// After a failure, how long calls skip Redis and are answered
        /// [`LimitError::Unavailable`] at once; then one call tries Redis again (default 1 s).
        /// A Redis that is down costs one timeout per interval, not one per request.
        pub retry_interval: Duration,
    }

    impl Default for RedisOptions {
        fn default() -> Self {
            RedisOptions {
                connect_timeout: Duration::from_millis(250),
                response_timeout: Duration::from_millis(250),
                retry_interval: Duration::from_secs(1),
            }
        }
    }

    /// A limiter whose budget every server connected to the same Redis shares.
    ///
    /// Every call is bounded by [`RedisOptions`]' timeouts. When Redis fails or does not answer
    /// in time, the call is [`LimitError::Unavailable`] (the server admits or refuses it as its
    /// [`LimiterFailure`](super::LimiterFailure) says) and a circuit breaker opens: calls skip
    /// Redis for [`RedisOptions::retry_interval`], then one call tries again, and the first
    /// success closes the breaker.
    pub struct RedisLimiter {
        client: redis::Client,
        connection: tokio::sync::OnceCell<redis::aio::ConnectionManager>,
        script: redis::Script,
        prefix: String,
        options: RedisOptions,
        /// When the limiter was made: the origin of `retry_at`.
        epoch: Instant,
        /// Microseconds after `epoch` from which Redis may be tried again; 0 while it is
        /// healthy.
        retry_at: AtomicU64,
    }

    impl std::fmt::Debug for RedisLimiter {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            // The URL may carry a password: only the prefix and the options are shown.
            f.debug_struct("RedisLimiter")
                .field("prefix", &self.prefix)
                .field("options", &self.options)
                .field("available", &self.is_available())
                .finish_non_exhaustive()
        }
    }

    fn timed_out(what: &str) -> redis::RedisError {
        std::io::Error::new(std::io::ErrorKind::TimedOut, what.to_owned()).into()
    }

    impl RedisLimiter {
        /// A limiter on Redis at `url` (`redis://127.0.0.1:6379/`), with keys made of `prefix`
        /// and the app and operation. Nothing is sent until the first call, so a server starts
        /// while Redis is away; only a malformed URL is an error here.
        pub fn new(
            url: &str,
            prefix: &str,
            options: RedisOptions,
        ) -> Result<Self, redis::RedisError> {
            Ok(RedisLimiter {
                client: redis::Client::open(url)?,
                connection: tokio::sync::OnceCell::new(),
                script: redis::Script::new(SCRIPT),
                prefix: prefix.to_owned(),
                options,
                epoch: Instant::now(),
                retry_at: AtomicU64::new(0),
            })
        }

        /// [`new`](Self::new) with the default options, connected: an error when Redis does
        /// not answer within the connect and response timeouts.
        pub async fn connect(url: &str, prefix: &str) -> Result<Self, redis::RedisError> {
            Self::connect_with(url, prefix, RedisOptions::default()).await
        }

        /// [`new`](Self::new), connected: an error when Redis does not answer within the
        /// options' connect and response timeouts.
        pub async fn connect_with(
            url: &str,
            prefix: &str,
            options: RedisOptions,
        ) -> Result<Self, redis::RedisError> {
            let limiter = Self::new(url, prefix, options)?;
            let connection = limiter.connection().await?;
            let mut ping = connection.clone();
            tokio::time::timeout(
                options.response_timeout,
                redis::cmd("PING").query_async::<()>(&mut ping),
            )
            .await
            .map_err(|_| timed_out("Redis did not answer PING in time"))??;
            Ok(limiter)
        }

        /// Whether Redis answered the last call (the circuit breaker is closed).
        pub fn is_available(&self) -> bool {
            self.retry_at.load(Ordering::Acquire) == 0
        }

        fn micros_since_epoch(&self) -> u64 {
            micros(self.epoch.elapsed()).max(1)
        }

        /// The connection, made on first use within the connect timeout. The manager then
        /// reconnects by itself, each attempt within the same timeout.
        async fn connection(&self) -> redis::RedisResult<&redis::aio::ConnectionManager> {
            let options = self.options;
            let make = async {
                let config = redis::aio::ConnectionManagerConfig::new()
                    .set_connection_timeout(options.connect_timeout)
                    .set_response_timeout(options.response_timeout)
                    .set_number_of_retries(1)
                    .set_max_delay(
                        u64::try_from(options.retry_interval.as_millis()).unwrap_or(u64::MAX),
                    );
                redis::aio::ConnectionManager::new_with_config(self.client.clone(), config).await
            };
            let bounded = async {
                tokio::time::timeout(options.connect_timeout + options.response_timeout, make)
                    .await
                    .map_err(|_| timed_out("Redis did not accept a connection in time"))?
            };
            self.connection.get_or_try_init(|| bounded).await
        }

        /// Whether this call may try Redis: always while it is healthy; once the breaker is
        /// open, only the first call after the retry interval (which pushes the next try one
        /// interval on).
        fn may_try(&self) -> bool {
            let at = self.retry_at.load(Ordering::Acquire);
            if at == 0 {
                return true;
            }
            let now = self.micros_since_epoch();
            now >= at
                && self
                    .retry_at
                    .compare_exchange(
                        at,
                        now + micros(self.options.retry_interval),
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    )
                    .is_ok()
        }

        async fn charge(
            &self,
            key: &str,
            limit: RateLimit,
            now: Duration,
        ) -> redis::RedisResult<u64> {
            let mut connection = self.connection().await?.clone();
            let interval = limit.interval();
            let tolerance = limit.per.saturating_sub(interval);
            let mut invocation = self.script.key(format!("{}{key}", self.prefix));
            invocation
                .arg(micros(now))
                .arg(micros(interval))
                .arg(micros(tolerance));
            let call = invocation.invoke_async(&mut connection);
            tokio::time::timeout(self.options.response_timeout, call)
                .await
                .map_err(|_| timed_out("Redis did not answer in time"))?
        }
    }

    fn micros(d: Duration) -> u64 {
        u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
    }

    impl RateLimiter for RedisLimiter {
        fn acquire<'a>(
            &'a self,
            key: &'a str,
            limit: RateLimit,
            now: Duration,
        ) -> BoxFuture<'a, Result<(), LimitError>> {
            Box::pin(async move {
                if !self.may_try() {
                    return Err(LimitError::Unavailable);
                }
                match self.charge(key, limit, now).await {
                    Ok(wait) => {
                        self.retry_at.store(0, Ordering::Release);
                        if wait == 0 {
                            Ok(())
                        } else {
                            Err(LimitError::Throttled(Throttled {
                                retry_after: Duration::from_micros(wait),
                            }))
                        }
                    }
                    Err(_) => {
                        let next = self.micros_since_epoch() + micros(self.options.retry_interval);
                        self.retry_at.store(next, Ordering::Release);
                        Err(LimitError::Unavailable)
                    }
                }
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIFTY: RateLimit = RateLimit {
        requests: 50,
        per: Duration::from_secs(1),
    };

    #[test]
    fn a_period_of_calls_fits_then_one_per_interval() {
        let limiter = MemoryLimiter::default();
        let t0 = Duration::from_secs(1_000);
        for i in 0..50 {
            assert_eq!(limiter.charge("k", FIFTY, t0), Ok(()), "call {i}");
        }
        let refused = limiter.charge("k", FIFTY, t0).unwrap_err();
        assert_eq!(refused.retry_after, Duration::from_millis(20));
        assert!(limiter
            .charge("k", FIFTY, t0 + Duration::from_millis(19))
            .is_err());
        assert_eq!(
            limiter.charge("k", FIFTY, t0 + Duration::from_millis(20)),
            Ok(())
        );
        // Other keys have budgets of their own.
        assert_eq!(limiter.charge("other", FIFTY, t0), Ok(()));
        // After a quiet period the whole burst is back.
        let later = t0 + Duration::from_secs(5);
        for _ in 0..50 {
            assert!(limiter.charge("k", FIFTY, later).is_ok());
        }
        assert!(limiter.charge("k", FIFTY, later).is_err());
    }

    #[test]
    fn over_a_long_run_the_rate_is_the_limit() {
        let limiter = MemoryLimiter::default();
        let mut admitted = 0;
        // A call every millisecond for ten seconds.
        for ms in 0..10_000u64 {
            if limiter
                .charge("k", FIFTY, Duration::from_millis(1_000_000 + ms))
                .is_ok()
            {
                admitted += 1;
            }
        }
        // 50 at once, then 50 per second: 50 + 10 s × 50/s.
        assert!((549..=551).contains(&admitted), "{admitted}");
    }
}
