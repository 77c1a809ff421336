//! Presence: whether a field must be present, in each direction a shape travels.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::Deserialize;

/// Whether a field must be present: `true` (every request and every answer carries it),
/// `false` (either may leave it out), or `request` (a request must carry it, an answer may leave
/// it out).
///
/// `request` is for the fields of a shape that is both sent and read, when what a sender must
/// give is more than what a stored or echoed value always holds: Tencent's message elements
/// must carry a download `Url` when sent, while a history answer holds elements that older
/// clients stored without one. Generated types hold such a field as optional, so every answer
/// decodes; validation, which every request goes through (the client's before sending, the
/// server's on receipt), refuses a request without it. An operation's `request` and `response`
/// and the envelope travel one way only: their fields are `true` or `false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Required {
    /// `true` or `false`, in every direction.
    Always(bool),
    /// Required in one direction only.
    In(RequiredIn),
}

/// The direction a [`Required`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequiredIn {
    /// Required when sent in a request; an answer may leave it out.
    Request,
}

/// Written out rather than derived: a boolean or the text `request`, each branch with its kind,
/// so the loader's schema check picks the branch by the value's kind and names what is wrong
/// (`expected one of request, found `requets``) before anything is deserialized.
impl JsonSchema for Required {
    fn schema_name() -> Cow<'static, str> {
        "Required".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Whether a field must be present: `true` (every request and every answer carries it), `false` (either may leave it out), or `request` (a request must carry it, an answer may leave it out: for the fields of a shape both sent and read, such as a message element that history answers return as stored; generated types hold it as optional and request validation requires it).",
            "anyOf": [
                {"type": "boolean", "description": "In every direction."},
                {
                    "type": "string",
                    "const": "request",
                    "description": "Required when sent in a request; an answer may leave it out."
                }
            ]
        })
    }
}

impl Required {
    /// Whether every request and every answer carries it.
    pub fn always(self) -> bool {
        self == Required::Always(true)
    }

    /// Whether a request must carry it while an answer may leave it out (`required: request`).
    pub fn in_request_only(self) -> bool {
        self == Required::In(RequiredIn::Request)
    }
}
