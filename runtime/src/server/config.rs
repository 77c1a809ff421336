//! How a router serves: its vendor's gateway settings, and what every vendor shares.

use std::sync::Arc;
use std::time::Duration;

use super::limit::{LimiterFailure, MemoryLimiter, RateLimiter};
use super::Observer;
use crate::time::{Clock, SystemClock};

/// The default [`ServerConfig::max_body_bytes`]: 1 MiB, well above any documented request.
pub const DEFAULT_MAX_BODY_BYTES: usize = 1 << 20;

/// How a router serves: the vendor's gateway (`P`: its credentials and settings, such as
/// `volcengine::server::Gateway`), and who may call how fast and with how much.
#[derive(Clone)]
pub struct ServerConfig<P> {
    /// The vendor's gateway: how requests are routed, authenticated and answered, with the
    /// credentials it accepts.
    pub protocol: P,
    /// The rate limiter; one shared budget per app and operation ([`MemoryLimiter`] by
    /// default; `RedisLimiter` shares it across replicas).
    pub limiter: Arc<dyn RateLimiter>,
    /// The clock for signature windows, UserSig expiry and rate limits.
    pub clock: Arc<dyn Clock>,
    /// Whether the spec's rate limits are enforced.
    pub enforce_rate_limits: bool,
    /// What happens to a request when the limiter cannot decide (its store is down or slow):
    /// admitted by default ([`LimiterFailure::Admit`]).
    pub limiter_failure: LimiterFailure,
    /// The largest request body read; a larger one is refused unread.
    pub max_body_bytes: usize,
    /// How long a request's body may take to arrive once its head is read (30 s by default);
    /// a slower one is refused as a malformed body.
    pub body_read_timeout: Duration,
    /// Sees every answered request.
    pub observer: Option<Arc<dyn Observer>>,
}

impl<P: std::fmt::Debug> std::fmt::Debug for ServerConfig<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerConfig")
            .field("protocol", &self.protocol)
            .field("limiter", &self.limiter)
            .field("clock", &self.clock)
            .field("enforce_rate_limits", &self.enforce_rate_limits)
            .field("limiter_failure", &self.limiter_failure)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("body_read_timeout", &self.body_read_timeout)
            .finish_non_exhaustive()
    }
}

impl<P> ServerConfig<P> {
    /// A configuration for this gateway: an in-memory rate limiter on the system clock, rate
    /// limits enforced (and requests admitted when the limiter cannot decide), 1 MiB bodies
    /// read within 30 s.
    pub fn new(protocol: P) -> Self {
        ServerConfig {
            protocol,
            limiter: Arc::new(MemoryLimiter::default()),
            clock: Arc::new(SystemClock),
            enforce_rate_limits: true,
            limiter_failure: LimiterFailure::Admit,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            body_read_timeout: Duration::from_secs(30),
            observer: None,
        }
    }

    /// The same settings for another gateway: how one server's routers for several vendors
    /// share a limiter, a clock and an observer.
    pub fn with_protocol<Q>(self, protocol: Q) -> ServerConfig<Q> {
        ServerConfig {
            protocol,
            limiter: self.limiter,
            clock: self.clock,
            enforce_rate_limits: self.enforce_rate_limits,
            limiter_failure: self.limiter_failure,
            max_body_bytes: self.max_body_bytes,
            body_read_timeout: self.body_read_timeout,
            observer: self.observer,
        }
    }

    /// Uses another rate limiter.
    pub fn with_limiter(mut self, limiter: impl RateLimiter) -> Self {
        self.limiter = Arc::new(limiter);
        self
    }

    /// Admits or refuses requests the limiter cannot decide on.
    pub fn with_limiter_failure(mut self, failure: LimiterFailure) -> Self {
        self.limiter_failure = failure;
        self
    }

    /// Uses another clock (a [`ManualClock`](crate::time::ManualClock) in tests).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Reports every answered request to `observer`.
    pub fn with_observer(mut self, observer: impl Observer) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }
}
