//! Rate limits per app and operation: the generic cell rate algorithm (GCRA), which admits a
//! burst of a whole period's calls and then one call per interval, and keeps one timestamp per
//! key. The vendors' limits hold per app across the whole service, so replicas of a server must
//! share one budget: [`RedisLimiter`] (feature `redis`) keeps the timestamps in Redis and
//! updates them in one atomic script.

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

/// Counts calls against a limit per key.
pub trait RateLimiter: Send + Sync + std::fmt::Debug + 'static {
    /// Charges one call to `key` at time `now` (Unix time on the server's clock).
    fn acquire<'a>(
        &'a self,
        key: &'a str,
        limit: RateLimit,
        now: Duration,
    ) -> BoxFuture<'a, Result<(), Throttled>>;
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
    ) -> BoxFuture<'a, Result<(), Throttled>> {
        let result = self.charge(key, limit, now);
        Box::pin(std::future::ready(result))
    }
}

#[cfg(feature = "redis")]
pub use self::redis_limiter::RedisLimiter;

#[cfg(feature = "redis")]
mod redis_limiter {
    use std::time::Duration;

    use super::{BoxFuture, RateLimit, RateLimiter, Throttled};

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

    /// A limiter whose budget every server connected to the same Redis shares.
    #[derive(Clone)]
    pub struct RedisLimiter {
        connection: redis::aio::ConnectionManager,
        script: redis::Script,
        prefix: String,
    }

    impl std::fmt::Debug for RedisLimiter {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("RedisLimiter")
                .field("prefix", &self.prefix)
                .finish_non_exhaustive()
        }
    }

    impl RedisLimiter {
        /// Connects to Redis at `url` (`redis://127.0.0.1:6379/`); keys are `prefix` and the
        /// app and operation.
        pub async fn connect(url: &str, prefix: &str) -> Result<Self, redis::RedisError> {
            let client = redis::Client::open(url)?;
            let connection = redis::aio::ConnectionManager::new(client).await?;
            Ok(RedisLimiter {
                connection,
                script: redis::Script::new(SCRIPT),
                prefix: prefix.to_owned(),
            })
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
        ) -> BoxFuture<'a, Result<(), Throttled>> {
            Box::pin(async move {
                let interval = limit.interval();
                let tolerance = limit.per.saturating_sub(interval);
                let mut connection = self.connection.clone();
                let wait: redis::RedisResult<u64> = self
                    .script
                    .key(format!("{}{key}", self.prefix))
                    .arg(micros(now))
                    .arg(micros(interval))
                    .arg(micros(tolerance))
                    .invoke_async(&mut connection)
                    .await;
                match wait {
                    Ok(0) => Ok(()),
                    Ok(micros) => Err(Throttled {
                        retry_after: Duration::from_micros(micros),
                    }),
                    // A limiter that cannot reach its store lets calls through rather than
                    // refusing every request.
                    Err(_) => Ok(()),
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
