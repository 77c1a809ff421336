//! Rate budgets: the operation's per app, and those of its classes of calls. A class the
//! request's fields put it in is charged by the router, unless the class holds only in a
//! server state the request cannot show: that one is left to the implementation, which
//! applies it through the request's [`Classes`] where it finds the state holds.

use std::sync::Arc;

use super::limit::{LimitError, LimiterFailure, RateLimiter};
use super::{Fault, Refusal, RequestContext, ServerConfig};
use crate::operation::{ClassLimit, ErrorRole, Operation, Overflow, RateLimit};
use crate::time::Clock;

/// Where one request's calls are counted: the limiter, the clock, and the app it is charged to.
#[derive(Clone, Debug)]
pub(crate) struct Budgets {
    limiter: Arc<dyn RateLimiter>,
    clock: Arc<dyn Clock>,
    enforce: bool,
    failure: LimiterFailure,
    op: &'static Operation,
    /// The app (or, for a service without one, the caller) the budgets are kept for.
    who: Who,
}

/// Whom budgets are kept for; written into the limiter's keys only when a budget is charged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    App(i64),
    Caller(String),
}

impl std::fmt::Display for Who {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Who::App(app) => write!(f, "app:{app}"),
            Who::Caller(caller) => write!(f, "caller:{caller}"),
        }
    }
}

/// How a charge went.
enum Charged {
    Admitted,
    /// Over the budget: the message says which and how long until the next call fits.
    Over(String),
}

impl Budgets {
    pub(crate) fn new<P>(
        config: &ServerConfig<P>,
        op: &'static Operation,
        context: &RequestContext,
    ) -> Self {
        let who = match context.app {
            Some(app) => Who::App(app),
            None => Who::Caller(context.caller.id().to_owned()),
        };
        Budgets {
            limiter: config.limiter.clone(),
            clock: config.clock.clone(),
            enforce: config.enforce_rate_limits,
            failure: config.limiter_failure,
            op,
            who,
        }
    }

    /// Charges one call to the operation's budget (`class` `None`) or a class's, kept for the
    /// app or, `within` one of its resources, for that resource.
    async fn charge(
        &self,
        class: Option<&str>,
        within: Option<&str>,
        limit: RateLimit,
    ) -> Result<Charged, Refusal> {
        if !self.enforce {
            return Ok(Charged::Admitted);
        }
        let (service, name, who) = (self.op.service.name, self.op.name, &self.who);
        let (mut key, calls) = match class {
            Some(class) => (
                format!("{service}/{name}#{class}/{who}"),
                format!("{name} ({class})"),
            ),
            None => (format!("{service}/{name}/{who}"), name.to_owned()),
        };
        if let Some(within) = within {
            key = format!("{key}/{within}");
        }
        match self.limiter.acquire(&key, limit, self.clock.now()).await {
            Ok(()) => Ok(Charged::Admitted),
            Err(LimitError::Throttled(throttled)) => Ok(Charged::Over(format!(
                "{calls} allows {} requests per {:?} per app; retry after {} ms",
                limit.requests,
                limit.per,
                throttled.retry_after.as_millis().max(1)
            ))),
            Err(LimitError::Unavailable) => match self.failure {
                LimiterFailure::Admit => Ok(Charged::Admitted),
                LimiterFailure::Refuse => Err(Refusal::new(
                    ErrorRole::Throttled,
                    format!("{calls} cannot be admitted now: its rate limit cannot be checked; retry later"),
                )),
            },
        }
    }

    /// Charges one call of `class`: `Ok(true)` when it is dropped (over a budget whose
    /// overflow is [`Overflow::Drop`]), a throttling refusal when it is refused.
    async fn charge_class(
        &self,
        class: &ClassLimit,
        within: Option<&str>,
    ) -> Result<bool, Refusal> {
        match self.charge(Some(class.class), within, class.limit).await? {
            Charged::Admitted => Ok(false),
            Charged::Over(message) => match class.overflow {
                Overflow::Refuse => Err(Refusal::new(ErrorRole::Throttled, message)),
                Overflow::Drop => Ok(true),
            },
        }
    }

    /// Charges the request to the operation's budget, then to that of each class in
    /// `classes` (the classes its fields put it in) that does not wait on server state.
    pub(crate) async fn admit(
        self,
        classes: impl Iterator<Item = &'static ClassLimit>,
    ) -> Result<Classes, Refusal> {
        if let Some(limit) = self.op.rate_limit {
            if let Charged::Over(message) = self.charge(None, None, limit).await? {
                return Err(Refusal::new(ErrorRole::Throttled, message));
            }
        }
        let mut pending = Vec::new();
        let mut dropped = None;
        for class in classes {
            if class.state.is_some() {
                pending.push(class);
            } else if dropped.is_none() && self.charge_class(class, None).await? {
                dropped = Some(class.class);
            }
        }
        Ok(Classes {
            budgets: Some(self),
            pending,
            dropped,
        })
    }
}

/// The classes of calls (the spec's `class_limits`) a request belongs to, as the router left
/// them to the implementation: in [`RequestContext::classes`].
///
/// The router charges every class whose condition the request shows. A class that also holds
/// only in a server state (its [`ClassLimit::state`], such as "the conversation is a live
/// group") is left [`pending`](Classes::pending): the implementation, which knows the state,
/// [`apply`](Classes::apply)s it where the state holds. A call over a budget whose overflow is
/// [`Overflow::Drop`] is answered as a success, and [`dropped`](Classes::dropped) says so:
/// the implementation must then discard its effect (not store, not deliver) and answer as
/// usual.
#[derive(Clone, Debug, Default)]
pub struct Classes {
    budgets: Option<Budgets>,
    pending: Vec<&'static ClassLimit>,
    dropped: Option<&'static str>,
}

impl Classes {
    /// The class whose exhausted budget dropped the call, if one did: its effect must be
    /// discarded, while the caller gets the usual success.
    pub fn dropped(&self) -> Option<&'static str> {
        self.dropped
    }

    /// The classes the request's fields put it in whose server-state condition the router
    /// cannot see; not charged yet.
    pub fn pending(&self) -> &[&'static ClassLimit] {
        &self.pending
    }

    /// Charges the pending classes whose state `holds` (as the implementation finds it), each
    /// once: a call over a budget whose overflow is [`Overflow::Refuse`] is refused with the
    /// vendor's throttling error; over one whose overflow is [`Overflow::Drop`], it is
    /// [`dropped`](Classes::dropped). Classes whose state does not hold stay pending and
    /// uncharged. With rate limits not enforced, nothing is charged.
    ///
    /// The budgets are the app's, like the router's; `within` keeps them per resource of the
    /// app instead, for a document that limits each one apart ("in a live group": the
    /// conversation's id).
    pub async fn apply(
        &mut self,
        within: Option<&str>,
        holds: impl Fn(&ClassLimit) -> bool,
    ) -> Result<(), Fault> {
        let (apply, keep): (Vec<_>, Vec<_>) = self.pending.iter().partition(|c| holds(c));
        self.pending = keep;
        let Some(budgets) = &self.budgets else {
            return Ok(());
        };
        for class in apply {
            if self.dropped.is_some() {
                break;
            }
            match budgets.charge_class(class, within).await {
                Ok(true) => self.dropped = Some(class.class),
                Ok(false) => {}
                Err(refusal) => {
                    return Err(Fault {
                        code: refusal.code(budgets.op.service, Some(budgets.op)),
                        message: refusal.message,
                    })
                }
            }
        }
        Ok(())
    }
}

/// Two requests' classes are alike when the same classes are pending and the same one
/// dropped the call; where they are counted does not matter.
impl PartialEq for Classes {
    fn eq(&self, other: &Self) -> bool {
        self.pending == other.pending && self.dropped == other.dropped
    }
}

impl Eq for Classes {}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::operation::{ErrorCode, ServiceSpec};
    use crate::server::limit::MemoryLimiter;
    use crate::server::BoxFuture;
    use crate::time::ManualClock;

    static SERVICE: ServiceSpec = ServiceSpec {
        name: "svc",
        version: "v1",
        signing_service: "",
        errors: &[(
            ErrorRole::Throttled,
            ErrorCode {
                code: "Throttled",
                numeric: None,
                http_status: Some(429),
            },
        )],
    };

    const PER_SECOND: RateLimit = RateLimit {
        requests: 2,
        per: Duration::from_secs(1),
    };

    static LIVE_DROP: ClassLimit = ClassLimit {
        class: "live",
        limit: PER_SECOND,
        overflow: Overflow::Drop,
        state: Some("the group is live"),
    };

    static LIVE_REFUSE: ClassLimit = ClassLimit {
        class: "strict",
        limit: PER_SECOND,
        overflow: Overflow::Refuse,
        state: Some("the group is live"),
    };

    static OP: Operation = Operation {
        name: "Send",
        service: &SERVICE,
        path: "/",
        action: Some("Send"),
        rate_limit: None,
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: crate::BodyFormat::Json,
    };

    fn budgets(limiter: Arc<dyn RateLimiter>, enforce: bool) -> Budgets {
        Budgets {
            limiter,
            clock: Arc::new(ManualClock::at(Duration::from_secs(1_700_000_000))),
            enforce,
            failure: LimiterFailure::Refuse,
            op: &OP,
            who: Who::App(1),
        }
    }

    /// The classes of one request in `classes`, admitted by `budgets`.
    async fn request(budgets: &Budgets, classes: &[&'static ClassLimit]) -> Classes {
        budgets
            .clone()
            .admit(classes.iter().copied())
            .await
            .expect("admitted")
    }

    #[tokio::test]
    async fn a_class_under_a_state_is_pending_until_applied_and_charged_once() {
        let budgets = budgets(Arc::new(MemoryLimiter::default()), true);
        for _ in 0..2 {
            let mut classes = request(&budgets, &[&LIVE_DROP]).await;
            assert_eq!(classes.pending(), [&LIVE_DROP]);
            classes.apply(None, |_| true).await.unwrap();
            assert!(classes.pending().is_empty());
            // Applying again charges nothing more: the class is no longer pending.
            classes.apply(None, |_| true).await.unwrap();
            assert_eq!(classes.dropped(), None);
        }
        // The budget of two is spent: the third is dropped.
        let mut third = request(&budgets, &[&LIVE_DROP]).await;
        third.apply(None, |_| true).await.unwrap();
        assert_eq!(third.dropped(), Some("live"));
        // A state that does not hold leaves the class pending and its budget alone.
        let mut elsewhere = request(&budgets, &[&LIVE_REFUSE]).await;
        elsewhere.apply(None, |_| false).await.unwrap();
        assert_eq!(elsewhere.pending(), [&LIVE_REFUSE]);
    }

    #[tokio::test]
    async fn budgets_within_a_resource_are_apart_and_a_refusing_class_refuses() {
        let budgets = budgets(Arc::new(MemoryLimiter::default()), true);
        for group in ["1", "1", "2", "2"] {
            let mut classes = request(&budgets, &[&LIVE_REFUSE]).await;
            classes.apply(Some(group), |_| true).await.unwrap();
        }
        let mut classes = request(&budgets, &[&LIVE_REFUSE]).await;
        let fault = classes.apply(Some("1"), |_| true).await.unwrap_err();
        assert_eq!(fault.code.code, "Throttled");
        assert!(fault.message.contains("Send (strict)"), "{}", fault.message);
    }

    #[tokio::test]
    async fn nothing_is_charged_when_limits_are_not_enforced() {
        let budgets = budgets(Arc::new(MemoryLimiter::default()), false);
        for _ in 0..5 {
            let mut classes = request(&budgets, &[&LIVE_REFUSE]).await;
            classes.apply(None, |_| true).await.unwrap();
            assert_eq!(classes.dropped(), None);
        }
    }

    /// A limiter whose store never answers.
    #[derive(Debug)]
    struct Down;

    impl RateLimiter for Down {
        fn acquire<'a>(
            &'a self,
            _key: &'a str,
            _limit: RateLimit,
            _now: Duration,
        ) -> BoxFuture<'a, Result<(), LimitError>> {
            Box::pin(async { Err(LimitError::Unavailable) })
        }
    }

    #[tokio::test]
    async fn an_unavailable_limiter_refuses_an_applied_class_when_configured_to() {
        let budgets = budgets(Arc::new(Down), true);
        let mut classes = request(&budgets, &[&LIVE_DROP]).await;
        let fault = classes.apply(None, |_| true).await.unwrap_err();
        assert_eq!(fault.code.code, "Throttled");
        assert!(
            fault.message.contains("cannot be checked"),
            "{}",
            fault.message
        );
    }
}
