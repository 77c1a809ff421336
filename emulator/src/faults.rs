//! Fault injection: rules that make the emulator misbehave on purpose, the way integrators need
//! to test their error paths (LocalStack's chaos rules and MockServer's chaos profiles are the
//! models). A rule matches a vendor, an operation and optionally an app, and with its
//! probability answers with the vendor's throttling error, any documented error code, an HTTP
//! status (with `Retry-After`), added latency, or a dropped connection. Draws come from one
//! seeded generator, so a run with `--seed` repeats exactly.
//!
//! ```yaml
//! rules:
//!   - vendor: volcengine
//!     operation: ModifyMessage
//!     probability: 0.3
//!     answer: throttle
//!   - vendor: tencent
//!     operation: ModifyUserInfo
//!     app: 1400000000
//!     answer: {error: {code: 10010, message: the group was dismissed}}
//!   - vendor: volcengine
//!     operation: BatchGetConversationParticipant
//!     answer: {status: {status: 503, retry_after: 2}}
//!   - vendor: tencent
//!     operation: ModifyUserInfo
//!     answer: {latency: {ms: 250}}
//!   - vendor: volcengine
//!     operation: ModifyMessage
//!     answer: drop
//! ```

use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::{registry, vendor};

/// What a matching rule answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FaultAnswer {
    /// The vendor's own throttling error (Volcengine `FlowLimitExceeded.QPSOverLimit`, HTTP
    /// 429; Tencent 60007).
    Throttle,
    /// A documented error code of the vendor, with a message.
    Error {
        /// The code: `MessageNotFound`, or `10010`.
        code: serde_json::Value,
        /// The message (`Error.Message`, `ErrorInfo`).
        #[serde(default = "injected")]
        message: String,
    },
    /// An HTTP status, as a proxy in front of the vendor might answer.
    Status {
        /// The status.
        status: u16,
        /// The `Retry-After` header, in seconds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after: Option<u64>,
    },
    /// The real answer, this much later.
    Latency {
        /// Milliseconds added.
        ms: u64,
    },
    /// No answer: the connection is closed.
    Drop,
}

fn injected() -> String {
    "injected by the emulator".into()
}

fn always() -> f64 {
    1.0
}

/// One rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The vendor, by the name the emulator gives it (`volcengine`, `tencent`).
    pub vendor: String,
    /// The operation (`ModifyMessage`); every operation of the vendor when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The app (Volcengine `AppId`, Tencent `sdkappid`); every app when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<i64>,
    /// How often it fires, from 0 to 1 (always by default).
    #[serde(default = "always")]
    pub probability: f64,
    /// What it answers.
    pub answer: FaultAnswer,
}

/// The largest faults file, or admin upload of rules, read.
pub const MAX_RULES_BYTES: u64 = 1 << 20;

/// A set of rules, as a faults file or the admin endpoint takes it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// The rules, tried in order; the first that matches and fires decides.
    #[serde(default)]
    pub rules: Vec<Rule>,
}

impl Rules {
    /// Parses a faults file (YAML or JSON) and checks every rule: known operations, documented
    /// codes, probabilities between 0 and 1.
    pub fn parse(text: &str) -> Result<Rules, String> {
        // YAML first (its errors have lines), then the rules from the tree, so that an answer
        // is written `{error: {…}}` as in JSON (serde_yaml alone wants a `!error` tag).
        let tree: serde_json::Value = crate::yaml::from_str(text)?;
        let rules: Rules = serde_path_to_error::deserialize(tree).map_err(|e| {
            let path = e.path().to_string();
            format!("{path}: {}", e.into_inner())
        })?;
        rules.check()?;
        Ok(rules)
    }

    /// Checks every rule: known vendors and operations, documented codes, probabilities
    /// between 0 and 1, statuses of final answers.
    pub fn check(&self) -> Result<(), String> {
        for (i, rule) in self.rules.iter().enumerate() {
            let at = format!("rules[{i}]");
            let catalog = registry::catalog(&rule.vendor).ok_or_else(|| {
                format!(
                    "{at}.vendor: no vendor `{}` (known: {})",
                    rule.vendor,
                    registry::names().join(", ")
                )
            })?;
            if !(0.0..=1.0).contains(&rule.probability) {
                return Err(format!("{at}.probability: must be between 0 and 1"));
            }
            if let Some(op) = &rule.operation {
                if !catalog.operations.iter().any(|known| known.name == op) {
                    return Err(format!(
                        "{at}.operation: {} has no operation `{op}` (known: {})",
                        catalog.name,
                        catalog.operation_names().join(", ")
                    ));
                }
            }
            match &rule.answer {
                FaultAnswer::Error { code, .. } if find_code(catalog, code).is_none() => {
                    return Err(format!(
                        "{at}.answer.error.code: {code} is not a documented {} error code",
                        catalog.name
                    ));
                }
                FaultAnswer::Status { status, .. } if !(200..=599).contains(status) => {
                    return Err(format!(
                        "{at}.answer.status.status: {status} is not the status of a final answer (200 to 599)"
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// A documented error code of the vendor, written as text (`MessageNotFound`) or a number
/// (`10010`).
pub fn find_code(
    catalog: &vendor::Catalog,
    code: &serde_json::Value,
) -> Option<imapi_runtime::ErrorCode> {
    let text = match code {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    catalog.find_code(&text)
}

/// What a request is, for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target<'a> {
    /// The vendor's name.
    pub vendor: &'a str,
    /// The operation's name, when the request names one the vendor has.
    pub operation: Option<&'a str>,
    /// The app, when the request names one.
    pub app: Option<i64>,
}

/// The live rules and the seeded generator that decides whether they fire.
#[derive(Debug)]
pub struct Faults {
    inner: Mutex<(Rules, fastrand::Rng)>,
}

impl Faults {
    /// Rules drawn with a generator seeded with `seed`.
    pub fn new(rules: Rules, seed: u64) -> Self {
        Faults {
            inner: Mutex::new((rules, fastrand::Rng::with_seed(seed))),
        }
    }

    /// The current rules.
    pub fn rules(&self) -> Rules {
        self.inner
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .0
            .clone()
    }

    /// Replaces the rules (the generator goes on).
    pub fn set(&self, rules: Rules) {
        self.inner.lock().unwrap_or_else(|p| p.into_inner()).0 = rules;
    }

    /// The answer for a request, if a rule matches and fires, with the rule's index. Each
    /// matching rule draws once, in order, so the same requests in the same order get the same
    /// answers.
    pub fn decide(&self, target: &Target<'_>) -> Option<(usize, FaultAnswer)> {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let (rules, rng) = &mut *inner;
        for (index, rule) in rules.rules.iter().enumerate() {
            let matches = rule.vendor == target.vendor
                && rule
                    .operation
                    .as_deref()
                    .is_none_or(|op| Some(op) == target.operation)
                && rule.app.is_none_or(|app| Some(app) == target.app);
            if matches && rng.f64() < rule.probability {
                return Some((index, rule.answer.clone()));
            }
        }
        None
    }
}

/// The added latency of an answer.
pub fn latency(answer: &FaultAnswer) -> Option<Duration> {
    match answer {
        FaultAnswer::Latency { ms } => Some(Duration::from_millis(*ms)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "rules:\n  - {vendor: volcengine, operation: ModifyMessage, probability: 0.3, answer: throttle}\n  - {vendor: tencent, answer: {error: {code: 10010}}}\n";

    #[test]
    fn files_parse_and_are_checked() {
        let rules = Rules::parse(FILE).unwrap();
        assert_eq!(rules.rules.len(), 2);
        assert_eq!(rules.rules[1].probability, 1.0);
        for (bad, says) in [
            (
                "rules: [{vendor: volcengine, operation: Nope, answer: throttle}]",
                "no operation `Nope`",
            ),
            (
                "rules: [{vendor: tencent, answer: {error: {code: 99999}}}]",
                "not a documented tencent",
            ),
            (
                "rules: [{vendor: tencent, probability: 2, answer: drop}]",
                "between 0 and 1",
            ),
            (
                "rules: [{vendor: tencent, answer: explode}]",
                "rules[0].answer: unknown variant `explode`",
            ),
            ("rules: [{vendor: tencent, answer: drop", "line 2"),
        ] {
            let e = Rules::parse(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }

    #[test]
    fn a_seed_repeats_the_same_decisions() {
        let draws = |seed| {
            let faults = Faults::new(Rules::parse(FILE).unwrap(), seed);
            let target = Target {
                vendor: "volcengine",
                operation: Some("ModifyMessage"),
                app: Some(7),
            };
            (0..200)
                .map(|_| faults.decide(&target).is_some())
                .collect::<Vec<_>>()
        };
        assert_eq!(draws(42), draws(42));
        assert_ne!(draws(42), draws(43));
        let fired = draws(42).iter().filter(|f| **f).count();
        assert!((40..=80).contains(&fired), "about 30% of 200: {fired}");
        let faults = Faults::new(Rules::parse(FILE).unwrap(), 1);
        let other = Target {
            vendor: "volcengine",
            operation: Some("ModifyConversationSetting"),
            app: None,
        };
        assert!((0..50).all(|_| faults.decide(&other).is_none()));
    }
}
