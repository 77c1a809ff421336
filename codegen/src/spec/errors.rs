//! Errors: the codes a vendor answers with, and the roles that say which kind of failure each
//! reports.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// An error an operation or service can return.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ErrorDef {
    /// The vendor's code: a string for Volcengine (`ConversationNotFound`), an integer for
    /// Tencent (`10004`).
    pub code: Value,
    /// Volcengine gateway errors: the numeric `CodeN`.
    #[serde(default)]
    pub code_n: Option<u32>,
    /// The HTTP status the vendor answers with.
    #[serde(default)]
    pub http_status: Option<u16>,
    /// The kind of failure this code reports, so that clients and servers find the vendor's
    /// code for it in the spec: a server answers an unparseable body with the `malformed_body`
    /// error, a client retries errors that are `throttled`. A role may be given to several
    /// codes (Tencent has four throttling codes); a server answers with the first. A code may
    /// play several roles, as a list, when the vendor answers one code for several failures
    /// (RongCloud's `1004` for a missing, malformed, expired or wrong signature).
    #[serde(default, deserialize_with = "one_or_many")]
    #[schemars(with = "Option<OneOrMany>")]
    pub role: Vec<ErrorRole>,
    /// What the error means.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
}

/// [`ErrorDef::role`] as written: one role, or a list of them.
#[derive(JsonSchema)]
#[allow(dead_code)] // only its schema is used
#[serde(untagged)]
enum OneOrMany {
    One(ErrorRole),
    Many(Vec<ErrorRole>),
}

/// One role or a list of roles, with the role's own message when one is unknown.
fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ErrorRole>, D::Error> {
    let value = serde_yaml::Value::deserialize(d)?;
    let roles = match value {
        serde_yaml::Value::Sequence(_) => Vec::<ErrorRole>::deserialize(value),
        one => ErrorRole::deserialize(one).map(|r| vec![r]),
    };
    roles.map_err(serde::de::Error::custom)
}

/// See [`ErrorDef::role`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorRole {
    /// A required query parameter is missing or malformed.
    MissingParameter,
    /// No operation answers to the action, version or path.
    UnknownOperation,
    /// The HTTP request is not what the API takes (a method other than POST).
    BadRequest,
    /// The request carries no credentials.
    MissingCredentials,
    /// The credentials are not in the expected form (a malformed Authorization or UserSig).
    MalformedCredentials,
    /// The access key or app is not known.
    UnknownCredentials,
    /// The signature's time is outside the allowed window, or the UserSig has expired.
    ExpiredCredentials,
    /// The signature's scope (region, service) or signed headers do not fit.
    CredentialScope,
    /// The signature does not match.
    SignatureMismatch,
    /// The UserSig was made for another account.
    IdentifierMismatch,
    /// The UserSig was made for another app.
    AppMismatch,
    /// The request names no app.
    MissingApp,
    /// The caller is not an app administrator.
    NotAdmin,
    /// The body is not JSON, or not JSON of the request's shape.
    MalformedBody,
    /// The request breaks a documented constraint.
    InvalidParameter,
    /// Too many calls: safe to retry later.
    Throttled,
    /// The server failed.
    Internal,
}

impl ErrorRole {
    /// Every role, in declaration order.
    pub const ALL: [ErrorRole; 17] = [
        ErrorRole::MissingParameter,
        ErrorRole::UnknownOperation,
        ErrorRole::BadRequest,
        ErrorRole::MissingCredentials,
        ErrorRole::MalformedCredentials,
        ErrorRole::UnknownCredentials,
        ErrorRole::ExpiredCredentials,
        ErrorRole::CredentialScope,
        ErrorRole::SignatureMismatch,
        ErrorRole::IdentifierMismatch,
        ErrorRole::AppMismatch,
        ErrorRole::MissingApp,
        ErrorRole::NotAdmin,
        ErrorRole::MalformedBody,
        ErrorRole::InvalidParameter,
        ErrorRole::Throttled,
        ErrorRole::Internal,
    ];

    /// The spec's spelling (`malformed_body`).
    pub fn spec_name(self) -> &'static str {
        match self {
            ErrorRole::MissingParameter => "missing_parameter",
            ErrorRole::UnknownOperation => "unknown_operation",
            ErrorRole::BadRequest => "bad_request",
            ErrorRole::MissingCredentials => "missing_credentials",
            ErrorRole::MalformedCredentials => "malformed_credentials",
            ErrorRole::UnknownCredentials => "unknown_credentials",
            ErrorRole::ExpiredCredentials => "expired_credentials",
            ErrorRole::CredentialScope => "credential_scope",
            ErrorRole::SignatureMismatch => "signature_mismatch",
            ErrorRole::IdentifierMismatch => "identifier_mismatch",
            ErrorRole::AppMismatch => "app_mismatch",
            ErrorRole::MissingApp => "missing_app",
            ErrorRole::NotAdmin => "not_admin",
            ErrorRole::MalformedBody => "malformed_body",
            ErrorRole::InvalidParameter => "invalid_parameter",
            ErrorRole::Throttled => "throttled",
            ErrorRole::Internal => "internal",
        }
    }
}
