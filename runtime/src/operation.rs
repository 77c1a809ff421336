//! What the runtime needs to know of an operation; generated code declares one per operation.

use std::time::Duration;

/// A documented call-rate limit: at most `requests` calls per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// How many calls.
    pub requests: u32,
    /// In how long.
    pub per: Duration,
}

impl RateLimit {
    /// The spacing between calls that keeps to the limit.
    pub fn interval(&self) -> Duration {
        self.per / self.requests.max(1)
    }
}

/// One operation of a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The operation's name (`ModifyMessage`).
    pub name: &'static str,
    /// The URL path: `/` for Volcengine, `/v4/<service>/<command>` for Tencent.
    pub path: &'static str,
    /// Volcengine's `Action` query value.
    pub action: Option<&'static str>,
    /// The documented rate limit, used for optional client-side pacing.
    pub rate_limit: Option<RateLimit>,
    /// Whether sending the same request twice has the effect of sending it once, so that a
    /// call whose outcome is unknown may be retried.
    pub idempotent: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_spread_calls_evenly() {
        let limit = RateLimit {
            requests: 50,
            per: Duration::from_secs(1),
        };
        assert_eq!(limit.interval(), Duration::from_millis(20));
    }
}
