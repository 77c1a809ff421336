//! The Rust crate's verdicts on a corpus of requests (`codegen corpus`): each request decoded as
//! its operation's request type and validated, its violations listed as every language's
//! validators must list them. A generated crate's `verdicts` example runs [`answer`] over the
//! operations of its services; a template set proves its validators agree by comparing its
//! own verdicts with these (templates/README.md, "Proving a set agrees").
//!
//! The corpus is JSON: `{"cases": [{"service": …, "operation": …, "body": "<JSON text>"}, …]}`,
//! each body kept as text so that an object's keys keep their order (and a key sent twice is
//! sent twice). The answer is a list with one verdict per case, in order: `{"violations":
//! [[path, rule, message, code or null], …]}`, or `{"undecodable": "<why>"}` for a body that is
//! not a request of its operation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::operation::{OperationShape, OperationVisitor};
use crate::validate::Validate;

/// One violation: its wire path, rule name, message and documented error code.
pub type Finding = (String, String, String, Option<String>);

/// What the crate says of one body: its violations, or why it does not decode.
pub type Verdict = Result<Vec<Finding>, String>;

type Check = fn(&str) -> Verdict;

/// The check of every operation a crate visits, by (service, operation): fill it with each
/// service's `for_each_operation`.
#[derive(Default)]
pub struct Checks(BTreeMap<(&'static str, &'static str), Check>);

impl<Svc> OperationVisitor<Svc> for Checks {
    fn visit<Op: OperationShape<Service = Svc>>(&mut self) {
        self.0
            .insert((Op::OP.service.name, Op::OP.name), check::<Op>);
    }
}

fn check<Op: OperationShape>(body: &str) -> Verdict {
    let typed: Op::Input = serde_json::from_str(body).map_err(|e| e.to_string())?;
    Ok(match typed.validate() {
        Ok(()) => Vec::new(),
        Err(violations) => violations
            .iter()
            .map(|v| {
                (
                    v.path.clone(),
                    v.rule.name().to_owned(),
                    v.to_string(),
                    v.code.map(|c| c.code.to_owned()),
                )
            })
            .collect(),
    })
}

impl Checks {
    /// The verdict on `body` as a request of `operation` of `service`; `None` when the crate
    /// has no such operation.
    pub fn check(&self, service: &str, operation: &str, body: &str) -> Option<Verdict> {
        self.0
            .iter()
            .find(|((s, o), _)| *s == service && *o == operation)
            .map(|(_, check)| check(body))
    }

    /// How many operations it checks.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether it checks none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A corpus, as `codegen corpus` writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    /// The requests, in order.
    pub cases: Vec<Case>,
}

/// One request of a corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// The service's name (`tencent-chat`).
    pub service: String,
    /// The operation's name (`SendGroupMsg`).
    pub operation: String,
    /// The request body, as JSON text.
    pub body: String,
    /// The Rust crate's verdict, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Answer>,
}

/// A verdict as the corpus writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The request's violations (none: it is valid).
    Violations(Vec<Finding>),
    /// The body is not a request of the operation.
    Undecodable(String),
}

impl From<Verdict> for Answer {
    fn from(verdict: Verdict) -> Answer {
        match verdict {
            Ok(found) => Answer::Violations(found),
            Err(why) => Answer::Undecodable(why),
        }
    }
}

/// The verdicts on a corpus (its JSON text), one per case in order, as JSON text; or what is
/// wrong with the corpus (not JSON of the shape above, or naming an operation `checks` does
/// not have).
pub fn answer(checks: &Checks, corpus: &str) -> Result<String, String> {
    let corpus: Corpus = serde_json::from_str(corpus).map_err(|e| format!("the corpus: {e}"))?;
    let mut answers = Vec::with_capacity(corpus.cases.len());
    for (i, case) in corpus.cases.iter().enumerate() {
        let verdict = checks
            .check(&case.service, &case.operation, &case.body)
            .ok_or_else(|| {
                format!(
                    "cases[{i}]: this crate has no operation {} of {}",
                    case.operation, case.service
                )
            })?;
        answers.push(Answer::from(verdict));
    }
    serde_json::to_string(&answers).map_err(|e| e.to_string())
}
