//! The Volcengine gateway, as a server (feature `server`): `POST /` routed by the `Action` and
//! `Version` query parameters, the V4 signature verified (its head before the body is read),
//! and every answer in the `ResponseMetadata`/`Result` envelope with the documented HTTP
//! status. [`Gateway`] is the protocol a generated router serves with, holding the access keys
//! it accepts and the region it is.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::http::request::Parts;
use axum::http::Method;

use super::verify::{self, HeadVerified, HeaderText, VerifyPolicy};
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

impl<'h> HeaderText<'h> for &'h axum::http::HeaderValue {
    fn text(self) -> Option<&'h str> {
        self.to_str().ok()
    }
}

/// What a request asked for, as far as it was understood: the envelope echoes it. Borrowed
/// from the operation's spec when the request named a known action and version, as nearly
/// every one does.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    action: Cow<'static, str>,
    version: Cow<'static, str>,
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
    type Pending = HeadVerified;

    fn locate(
        &self,
        spec: &ServiceSpec,
        parts: &Parts,
        operations: &[&'static Operation],
    ) -> Located<Asked> {
        let query =
            crate::url::query_values(parts.uri.query().unwrap_or(""), ["Action", "Version"]);
        let query_ok = query.is_some();
        let [action, version] = query.unwrap_or_default();
        let (action, version) = (action.unwrap_or_default(), version.unwrap_or_default());
        let shown_operation = shown(if action.is_empty() {
            parts.uri.path()
        } else {
            &action
        });
        let found = find(spec, parts, query_ok, &action, &version, operations);
        let asked = Asked {
            action: match &found {
                Ok(index) => operations[*index]
                    .action
                    .map_or_else(|| Cow::Owned(action.to_string()), Cow::Borrowed),
                Err(_) => Cow::Owned(action.into_owned()),
            },
            version: if version == spec.version {
                Cow::Borrowed(spec.version)
            } else {
                Cow::Owned(version.into_owned())
            },
        };
        Located {
            asked,
            shown: shown_operation,
            found: found.map_err(|r| (None, r)),
        }
    }

    fn authenticate(
        &self,
        spec: &ServiceSpec,
        parts: &Parts,
        now: Duration,
    ) -> Result<(Caller, HeadVerified), Refusal> {
        let policy = VerifyPolicy {
            region: &self.region,
            service: spec.signing_service,
            max_skew_seconds: self.max_skew.as_secs(),
            now: now.as_secs(),
            host: self.host.as_deref(),
        };
        let head = verify::verify_head_in(
            parts.method.as_str(),
            parts.uri.path(),
            parts.uri.query().unwrap_or(""),
            || {
                parts
                    .headers
                    .iter()
                    .map(|(name, value)| (name.as_str(), value))
            },
            &policy,
            |ak| self.keys.secret(ak).map(Key),
        )
        .map_err(|e| Refusal::new(e.role(), e.to_string()))?;
        Ok((Caller::new(head.access_key_id()), head))
    }

    fn admit(
        &self,
        pending: HeadVerified,
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
    action: &str,
    version: &str,
    operations: &[&'static Operation],
) -> Result<usize, Refusal> {
    if !query_ok {
        return Err(Refusal::new(
            ErrorRole::MissingParameter,
            "the query string is not UTF-8 once decoded",
        ));
    }
    for (name, value) in [("Action", action), ("Version", version)] {
        if value.is_empty() {
            return Err(Refusal::new(
                ErrorRole::MissingParameter,
                format!("the query parameter {name} is missing"),
            ));
        }
    }
    let found = operations.iter().position(|op| op.action == Some(action));
    match found {
        Some(index)
            if version == spec.version
                && parts.method == Method::POST
                && parts.uri.path() == "/" =>
        {
            Ok(index)
        }
        _ => Err(Refusal::new(
            ErrorRole::UnknownOperation,
            format!(
                "Could not find operation {} for version {} ({} {})",
                shown(action),
                shown(version),
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

/// A gateway error as `ResponseMetadata.Error` carries it.
struct ErrorBody<'a> {
    code_n: i64,
    code: &'a str,
    message: &'a str,
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
    let (status, error, result) = match outcome {
        Ok(payload) if is_object(payload) => (200, None, Some(payload)),
        Err(refused) => (
            refused.code.http_status.unwrap_or(UNDOCUMENTED_STATUS),
            Some(ErrorBody {
                code_n: refused.code.numeric.unwrap_or(UNDOCUMENTED_CODE_N),
                code: refused.code.code,
                message: refused.message,
            }),
            // What the operation's document shows there on failure (`{}`), if anything.
            refused.payload.map(str::as_bytes).filter(|p| is_object(p)),
        ),
        // The implementation's answer is always a JSON object; this is unreachable in practice.
        Ok(_) => (
            500,
            Some(ErrorBody {
                code_n: UNDOCUMENTED_CODE_N,
                code: "InternalError",
                message: "the answer could not be written",
            }),
            None,
        ),
    };
    json_response(
        status,
        envelope(service, region, request_id, asked, error.as_ref(), result),
    )
}

/// The envelope's JSON text, written in place: the payload is JSON text already (the route
/// encoded it), so it is spliced in rather than parsed and written again.
fn envelope(
    service: &str,
    region: &str,
    request_id: &str,
    asked: &Asked,
    error: Option<&ErrorBody<'_>>,
    result: Option<&[u8]>,
) -> Vec<u8> {
    let mut body = Vec::with_capacity(200 + result.map_or(0, <[u8]>::len));
    body.extend_from_slice(b"{\"ResponseMetadata\":{");
    for (i, (name, value)) in [
        ("RequestId", request_id),
        ("Action", &asked.action),
        ("Version", &asked.version),
        ("Service", service),
        ("Region", region),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            body.push(b',');
        }
        json_string(&mut body, name);
        body.push(b':');
        json_string(&mut body, value);
    }
    if let Some(error) = error {
        body.extend_from_slice(b",\"Error\":{\"CodeN\":");
        body.extend_from_slice(error.code_n.to_string().as_bytes());
        body.extend_from_slice(b",\"Code\":");
        json_string(&mut body, error.code);
        body.extend_from_slice(b",\"Message\":");
        json_string(&mut body, error.message);
        body.push(b'}');
    }
    body.push(b'}');
    if let Some(result) = result {
        body.extend_from_slice(b",\"Result\":");
        body.extend_from_slice(result);
    }
    body.push(b'}');
    body
}

/// `text` as a JSON string, escaped as `serde_json` escapes it.
fn json_string(out: &mut Vec<u8>, text: &str) {
    if text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        // Writing to a vector cannot fail.
        let _ = serde_json::to_writer(&mut *out, text);
    }
}

/// Whether JSON text written by this crate's encoders is an object (a payload always is).
fn is_object(json: &[u8]) -> bool {
    json.first() == Some(&b'{') && json.last() == Some(&b'}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The envelope as `serde_json` writes it from a value: what the in-place writer must
    /// give, byte for byte.
    fn modelled(asked: &Asked, error: Option<&ErrorBody<'_>>, result: Option<&str>) -> String {
        let mut metadata = serde_json::json!({
            "RequestId": "id\"1",
            "Action": &*asked.action,
            "Version": &*asked.version,
            "Service": "rtc",
            "Region": "cn-north-1",
        });
        if let Some(e) = error {
            metadata["Error"] =
                serde_json::json!({"CodeN": e.code_n, "Code": e.code, "Message": e.message});
        }
        let mut envelope = serde_json::json!({ "ResponseMetadata": metadata });
        if let Some(result) = result {
            envelope["Result"] = serde_json::from_str(result).unwrap();
        }
        serde_json::to_string(&envelope).unwrap()
    }

    #[test]
    fn the_envelope_is_written_as_serde_json_writes_it() {
        let asked = |action: &str, version: &str| Asked {
            action: Cow::Owned(action.to_owned()),
            version: Cow::Owned(version.to_owned()),
        };
        let refused = ErrorBody {
            code_n: -1,
            code: "InvalidParam",
            message: "a \"quoted\" name,\ttab\nnewline \\ back 中文 \u{7f} \u{1}",
        };
        for (asked, error, result) in [
            (
                asked("ModifyMessage", "2020-12-01"),
                None,
                Some(r#"{"a":[1,2],"b":"c"}"#),
            ),
            (asked("", ""), Some(&refused), None),
            (asked("Mod\u{0}ify", "v\\1"), Some(&refused), Some("{}")),
            (asked("中文", "2020-12-01"), None, Some("{}")),
        ] {
            let written = envelope(
                "rtc",
                "cn-north-1",
                "id\"1",
                &asked,
                error,
                result.map(str::as_bytes),
            );
            // Key order is the writer's: compare the text, with the model's keys in that order.
            let written = String::from_utf8(written).unwrap();
            let parsed: serde_json::Value = serde_json::from_str(&written).unwrap();
            assert_eq!(
                parsed,
                serde_json::from_str::<serde_json::Value>(&modelled(&asked, error, result))
                    .unwrap()
            );
            assert_eq!(
                serde_json::to_string(&parsed).unwrap().len(),
                written.len(),
                "{written}"
            );
            assert!(
                written.starts_with(r#"{"ResponseMetadata":{"RequestId":"id\"1","Action":"#),
                "{written}"
            );
            let order: Vec<usize> = ["Action", "Version", "Service", "Region", "Error", "Result"]
                .iter()
                .filter_map(|key| written.find(&format!("\"{key}\":")))
                .collect();
            assert!(order.is_sorted(), "{written}");
        }
    }

    #[test]
    fn a_header_value_that_is_not_text_counts_as_not_sent() {
        use super::super::sign::{sign, Credentials, SignInput};
        use axum::http::{HeaderMap, HeaderName, HeaderValue};
        let x_date = "20240102T030405Z";
        let input = SignInput {
            method: "POST",
            host: "h",
            path: "/",
            query: &[("Action", "A"), ("Version", "1")],
            content_type: "application/json",
            body: b"{}",
            x_date,
            region: "cn-north-1",
            service: "rtc",
        };
        let signed = sign(&input, &Credentials::new("AK", "SK"));
        let policy = VerifyPolicy {
            region: "cn-north-1",
            service: "rtc",
            max_skew_seconds: 900,
            now: crate::time::parse_compact(x_date).unwrap(),
            host: None,
        };
        let verify = |extra_date: Option<&[u8]>, date: &[u8]| {
            let mut headers = HeaderMap::new();
            for (name, value) in [
                ("host", "h".as_bytes()),
                ("x-date", date),
                ("x-content-sha256", signed.x_content_sha256.as_bytes()),
                ("content-type", b"application/json"),
                ("authorization", signed.authorization.as_bytes()),
            ] {
                headers.append(
                    HeaderName::from_static(name),
                    HeaderValue::from_bytes(value).unwrap(),
                );
            }
            if let Some(extra) = extra_date {
                headers.append("x-date", HeaderValue::from_bytes(extra).unwrap());
            }
            verify::verify_head_in(
                "POST",
                "/",
                "Action=A&Version=1",
                || headers.iter().map(|(n, v)| (n.as_str(), v)),
                &policy,
                |_| Some("SK"),
            )
            .and_then(|head| head.verify_body(b"{}"))
        };
        assert_eq!(verify(None, x_date.as_bytes()), Ok("AK".to_owned()));
        // A second X-Date that is not text is not a second X-Date.
        assert_eq!(
            verify(Some(b"\xff"), x_date.as_bytes()),
            Ok("AK".to_owned())
        );
        assert_eq!(
            verify(Some(x_date.as_bytes()), x_date.as_bytes()),
            Err(verify::VerifyError::MissingSignedHeader("x-date".into()))
        );
        // The only X-Date not text: none was sent.
        assert_eq!(
            verify(None, b"2024\xff"),
            Err(verify::VerifyError::InvalidTimestamp)
        );
    }

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
