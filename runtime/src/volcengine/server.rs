//! The Volcengine gateway, as a server (feature `server`): `POST /` routed by the `Action` and
//! `Version` query parameters, the V4 signature verified (its head before the body is read),
//! and every answer in the `ResponseMetadata`/`Result` envelope with the documented HTTP
//! status. [`Gateway`] is the protocol a generated router serves with, holding the access keys
//! it accepts and the region it is.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::http::request::Parts;
use axum::http::Method;
use serde::Serialize;

use super::verify::{self, HeadVerified, ReceivedRequest, VerifyPolicy};
use crate::operation::{BodyFormat, ErrorRole, Operation, ServiceSpec};
use crate::server::{
    json_response, shown, Admitted, Caller, Located, Outcome, Refusal, Secret, ServerProtocol,
};

/// The `CodeN` written for an error whose document gives none. The official Go SDK counts an
/// answer as failed only when `CodeN` is not 0, so every error carries a non-zero one; the
/// documents give `CodeN` only for the gateway's own codes.
pub const UNDOCUMENTED_CODE_N: i64 = 1;

/// The status of an error whose document gives none: a client mistake.
const UNDOCUMENTED_STATUS: u16 = 400;

/// Where a server finds the secret key of an access key id. Implement it over your own store;
/// [`StaticKeys`] holds a fixed set.
pub trait Keys: Send + Sync + std::fmt::Debug + 'static {
    /// The secret access key of `access_key_id`; `None` for a key it does not know. A blank
    /// secret counts as none.
    fn secret(&self, access_key_id: &str) -> Option<Secret>;
}

/// A fixed set of access key pairs.
#[derive(Debug, Clone, Default)]
pub struct StaticKeys {
    keys: HashMap<String, Secret>,
}

impl StaticKeys {
    /// No access keys.
    pub fn new() -> Self {
        StaticKeys::default()
    }

    /// Adds an access key pair.
    pub fn with_access_key(mut self, access_key_id: &str, secret_access_key: &str) -> Self {
        self.keys
            .insert(access_key_id.to_owned(), Secret::new(secret_access_key));
        self
    }
}

impl Keys for StaticKeys {
    fn secret(&self, access_key_id: &str) -> Option<Secret> {
        self.keys.get(access_key_id).cloned()
    }
}

/// The Volcengine gateway: the access keys it accepts, the region it is, the host signatures
/// must cover (when pinned), and how far `X-Date` may be from now.
#[derive(Debug, Clone)]
pub struct Gateway {
    keys: Arc<dyn Keys>,
    /// The region this server is (the signature's scope must name it).
    pub region: String,
    /// The `Host` the signature must cover, when pinned.
    pub host: Option<String>,
    /// How far `X-Date` may be from now.
    pub max_skew: Duration,
}

impl Gateway {
    /// A gateway accepting `keys`: region `cn-north-1`, any host, a 900 s signature window.
    pub fn new(keys: impl Keys) -> Self {
        Gateway {
            keys: Arc::new(keys),
            region: "cn-north-1".into(),
            host: None,
            max_skew: Duration::from_secs(900),
        }
    }

    /// Serves another region.
    pub fn with_region(mut self, region: &str) -> Self {
        self.region = region.to_owned();
        self
    }

    /// Requires signatures to cover this `Host`.
    pub fn with_host(mut self, host: &str) -> Self {
        self.host = Some(host.to_owned());
        self
    }

    /// Allows `X-Date` this far from now.
    pub fn with_max_skew(mut self, max_skew: Duration) -> Self {
        self.max_skew = max_skew;
        self
    }
}

/// What a request asked for, as far as it was understood: the envelope echoes it.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    action: String,
    version: String,
}

/// A secret key from the key store, shown to the verifier only.
pub struct Key(Secret);

impl AsRef<str> for Key {
    fn as_ref(&self) -> &str {
        self.0.expose()
    }
}

impl ServerProtocol for Gateway {
    type Asked = Asked;
    type Pending = HeadVerified<Key>;

    fn locate(
        &self,
        spec: &ServiceSpec,
        parts: &Parts,
        operations: &[&'static Operation],
    ) -> Located<Asked> {
        let decoded = crate::url::decode_query_strict(parts.uri.query().unwrap_or(""));
        let value = |name: &str| {
            decoded
                .as_ref()
                .and_then(|q| {
                    q.iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.to_string())
                })
                .unwrap_or_default()
        };
        let asked = Asked {
            action: value("Action"),
            version: value("Version"),
        };
        let shown_operation = shown(if asked.action.is_empty() {
            parts.uri.path()
        } else {
            &asked.action
        });
        let found = find(spec, parts, decoded.is_some(), &asked, operations).map_err(|r| (None, r));
        Located {
            asked,
            shown: shown_operation,
            found,
        }
    }

    fn authenticate(
        &self,
        spec: &ServiceSpec,
        parts: &Parts,
        now: Duration,
    ) -> Result<(Caller, HeadVerified<Key>), Refusal> {
        let headers: Vec<(&str, &str)> = parts
            .headers
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)))
            .collect();
        let request = ReceivedRequest {
            method: parts.method.as_str(),
            path: parts.uri.path(),
            raw_query: parts.uri.query().unwrap_or(""),
            headers: &headers,
            body: &[],
        };
        let policy = VerifyPolicy {
            region: &self.region,
            service: spec.signing_service,
            max_skew_seconds: self.max_skew.as_secs(),
            now: now.as_secs(),
            host: self.host.as_deref(),
        };
        let head = verify::verify_head(&request, &policy, |ak| self.keys.secret(ak).map(Key))
            .map_err(|e| Refusal::new(e.role(), e.to_string()))?;
        Ok((Caller::new(head.access_key_id()), head))
    }

    fn admit(
        &self,
        pending: HeadVerified<Key>,
        parts: &Parts,
        body: &[u8],
        format: BodyFormat,
    ) -> Result<Admitted, Refusal> {
        pending
            .verify_body(body)
            .map_err(|e| Refusal::new(e.role(), e.to_string()))?;
        let expected = format.content_type();
        if !has_content_type(parts, expected) {
            let what = match format {
                BodyFormat::Json => "JSON",
                BodyFormat::Form(_) => "a form",
            };
            return Err(Refusal::new(
                ErrorRole::MalformedBody,
                format!("the body must be {what} (Content-Type: {expected})"),
            ));
        }
        Ok(Admitted {
            app: None,
            region: Some(self.region.clone()),
        })
    }

    fn answer(
        &self,
        spec: &ServiceSpec,
        asked: &Asked,
        request_id: &str,
        outcome: Outcome<'_>,
    ) -> axum::response::Response {
        encode(
            spec.signing_service,
            &self.region,
            request_id,
            asked,
            outcome,
        )
    }
}

/// The operation named by `Action`, when `Version`, method and path are the gateway's.
fn find(
    spec: &ServiceSpec,
    parts: &Parts,
    query_ok: bool,
    asked: &Asked,
    operations: &[&'static Operation],
) -> Result<usize, Refusal> {
    if !query_ok {
        return Err(Refusal::new(
            ErrorRole::MissingParameter,
            "the query string is not UTF-8 once decoded",
        ));
    }
    for (name, value) in [("Action", &asked.action), ("Version", &asked.version)] {
        if value.is_empty() {
            return Err(Refusal::new(
                ErrorRole::MissingParameter,
                format!("the query parameter {name} is missing"),
            ));
        }
    }
    let found = operations
        .iter()
        .position(|op| op.action == Some(asked.action.as_str()));
    match found {
        Some(index)
            if asked.version == spec.version
                && parts.method == Method::POST
                && parts.uri.path() == "/" =>
        {
            Ok(index)
        }
        _ => Err(Refusal::new(
            ErrorRole::UnknownOperation,
            format!(
                "Could not find operation {} for version {} ({} {})",
                shown(&asked.action),
                shown(&asked.version),
                parts.method,
                shown(parts.uri.path())
            ),
        )),
    }
}

/// Whether the request's `Content-Type` is `expected` (parameters such as `charset` aside).
fn has_content_type(parts: &Parts, expected: &str) -> bool {
    parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case(expected))
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    #[serde(rename = "CodeN")]
    code_n: i64,
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message")]
    message: &'a str,
}

#[derive(Serialize)]
struct Metadata<'a> {
    #[serde(rename = "RequestId")]
    request_id: &'a str,
    #[serde(rename = "Action")]
    action: &'a str,
    #[serde(rename = "Version")]
    version: &'a str,
    #[serde(rename = "Service")]
    service: &'a str,
    #[serde(rename = "Region")]
    region: &'a str,
    #[serde(rename = "Error", skip_serializing_if = "Option::is_none")]
    error: Option<ErrorBody<'a>>,
}

#[derive(Serialize)]
struct Envelope<'a> {
    #[serde(rename = "ResponseMetadata")]
    metadata: Metadata<'a>,
    #[serde(rename = "Result", skip_serializing_if = "Option::is_none")]
    result: Option<&'a serde_json::value::RawValue>,
}

/// The envelope: `Result` on success; on failure `ResponseMetadata.Error` with `CodeN`,
/// `Code` and `Message`, the code's HTTP status, and no `Result` unless the operation's
/// document shows one there.
fn encode(
    service: &str,
    region: &str,
    request_id: &str,
    asked: &Asked,
    outcome: Outcome<'_>,
) -> axum::response::Response {
    let raw = outcome
        .ok()
        .map(serde_json::from_slice::<&serde_json::value::RawValue>);
    let metadata = |error| Metadata {
        request_id,
        action: &asked.action,
        version: &asked.version,
        service,
        region,
        error,
    };
    let (status, envelope) = match (outcome, raw) {
        (Ok(_), Some(Ok(result))) => (
            200,
            Envelope {
                metadata: metadata(None),
                result: Some(result),
            },
        ),
        (Err(refused), _) => (
            refused.code.http_status.unwrap_or(UNDOCUMENTED_STATUS),
            Envelope {
                metadata: metadata(Some(ErrorBody {
                    code_n: refused.code.numeric.unwrap_or(UNDOCUMENTED_CODE_N),
                    code: refused.code.code,
                    message: refused.message,
                })),
                // What the operation's document shows there on failure (`{}`), if anything.
                result: refused
                    .payload
                    .and_then(|p| serde_json::from_str::<&serde_json::value::RawValue>(p).ok()),
            },
        ),
        // The implementation's answer is always JSON text; this is unreachable in practice.
        (Ok(_), _) => (
            500,
            Envelope {
                metadata: metadata(Some(ErrorBody {
                    code_n: UNDOCUMENTED_CODE_N,
                    code: "InternalError",
                    message: "the answer could not be written",
                })),
                result: None,
            },
        ),
    };
    let body = serde_json::to_vec(&envelope).unwrap_or_default();
    json_response(status, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_show_their_secrets() {
        let keys = StaticKeys::new().with_access_key("AK", "the-secret-access-key");
        let gateway = Gateway::new(keys.clone()).with_region("ap-singapore-1");
        for shown in [format!("{keys:?}"), format!("{gateway:?}")] {
            assert!(!shown.contains("the-secret"), "{shown}");
        }
        assert_eq!(
            keys.secret("AK").map(|s| s.expose().to_owned()).as_deref(),
            Some("the-secret-access-key")
        );
        assert!(keys.secret("other").is_none());
    }
}
