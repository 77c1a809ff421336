//! The Volcengine gateway, as a server (feature `server`): `POST /` routed by the `Action` and
//! `Version` query parameters, the V4 signature verified, and every answer in the
//! `ResponseMetadata`/`Result` envelope with the documented HTTP status.

use axum::http::request::Parts;
use axum::http::Method;
use serde::Serialize;

use super::verify::{self, ReceivedRequest, VerifyPolicy};
use crate::operation::{ErrorCode, ErrorRole, Operation};
use crate::server::{
    json_response, read_body, request_id, shown, Caller, Exchange, Refusal, RequestContext, Route,
    Secret, Table,
};

/// The `CodeN` written for an error whose document gives none. The official Go SDK counts an
/// answer as failed only when `CodeN` is not 0, so every error carries a non-zero one; the
/// documents give `CodeN` only for the gateway's own codes.
pub const UNDOCUMENTED_CODE_N: i64 = 1;

/// The status of an error whose document gives none: a client mistake.
const UNDOCUMENTED_STATUS: u16 = 400;

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

/// What the request asked for, as far as it was understood.
struct Asked {
    action: String,
    version: String,
}

/// The gateway's answer refusing a request with `code`: for what stands in front of a router
/// (an emulator's injected faults) and must answer exactly as the router would.
pub fn error_answer(
    service: &str,
    region: &str,
    action: &str,
    version: &str,
    code: &ErrorCode,
    message: &str,
    now: std::time::Duration,
) -> axum::response::Response {
    let id = request_id(now);
    let asked = Asked {
        action: action.to_owned(),
        version: version.to_owned(),
    };
    encode(service, region, &id, &asked, Err((code, message)))
}

/// Serves one request.
pub(crate) async fn serve<S: Send + Sync + 'static>(
    table: &Table<S>,
    request: axum::extract::Request,
) -> Exchange {
    let (parts, body) = request.into_parts();
    let now = table.config.clock.now();
    let id = request_id(now);
    let mut caller = None;
    let query = parts.uri.query().unwrap_or("");
    let decoded = crate::url::decode_query_strict(query);
    let value = |name: &str| {
        decoded
            .as_ref()
            .and_then(|q| q.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    };
    let asked = Asked {
        action: value("Action").unwrap_or_default(),
        version: value("Version").unwrap_or_default(),
    };
    let outcome = async {
        let route = locate(table, &parts, decoded.is_some(), &asked)?;
        // Everything the head shows is checked before a byte of the body is read: a request
        // without a valid Authorization, access key, date and scope costs no body read.
        let headers = header_pairs(&parts);
        let signed = authenticate_head(table, &parts, &headers, now.as_secs())?;
        caller = Some(signed.access_key_id().to_owned());
        let body = read_body(body, &table.config)
            .await
            .map_err(|r| (Some(route.op), r))?;
        let access_key = signed
            .verify_body(&body)
            .map_err(|e| (None, Refusal::new(e.role(), e.to_string())))?;
        if !is_json(&parts) {
            return Err((
                Some(route.op),
                Refusal::new(
                    ErrorRole::MalformedBody,
                    "the body must be JSON (Content-Type: application/json)",
                ),
            ));
        }
        let context = RequestContext {
            request_id: id.clone(),
            caller: Caller::AccessKey(access_key),
            app: None,
            region: Some(table.config.region.clone()),
            operation: route.op.name,
            received_at: now,
        };
        route
            .run(table.service.clone(), table.config.clone(), context, body)
            .await
            .map(|payload| (route.op, payload))
            .map_err(|refusal| (Some(route.op), refusal))
    }
    .await;
    let (response, code) = match outcome {
        Ok((_, payload)) => (answer(table, &id, &asked, Ok(&payload)), None),
        Err((op, refusal)) => {
            let code = refusal.code(table.spec, op);
            (
                answer(table, &id, &asked, Err((&code, &refusal.message))),
                Some(code.code.to_owned()),
            )
        }
    };
    Exchange {
        response,
        operation: shown(if asked.action.is_empty() {
            parts.uri.path()
        } else {
            &asked.action
        }),
        caller,
        code,
    }
}

type Failure<'t> = (Option<&'t Operation>, Refusal);

fn locate<'t, S>(
    table: &'t Table<S>,
    parts: &Parts,
    query_ok: bool,
    asked: &Asked,
) -> Result<&'t Route<S>, Failure<'t>> {
    if !query_ok {
        return Err((
            None,
            Refusal::new(
                ErrorRole::MissingParameter,
                "the query string is not UTF-8 once decoded",
            ),
        ));
    }
    for (name, value) in [("Action", &asked.action), ("Version", &asked.version)] {
        if value.is_empty() {
            return Err((
                None,
                Refusal::new(
                    ErrorRole::MissingParameter,
                    format!("the query parameter {name} is missing"),
                ),
            ));
        }
    }
    let found = table
        .routes
        .iter()
        .find(|r| r.op.action == Some(asked.action.as_str()));
    match found {
        Some(route)
            if asked.version == table.spec.version
                && parts.method == Method::POST
                && parts.uri.path() == "/" =>
        {
            Ok(route)
        }
        _ => Err((
            None,
            Refusal::new(
                ErrorRole::UnknownOperation,
                format!(
                    "Could not find operation {} for version {} ({} {})",
                    shown(&asked.action),
                    shown(&asked.version),
                    parts.method,
                    shown(parts.uri.path())
                ),
            ),
        )),
    }
}

fn header_pairs(parts: &Parts) -> Vec<(&str, &str)> {
    parts
        .headers
        .iter()
        .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)))
        .collect()
}

/// A secret key from the key store, shown to the verifier only.
struct Key(Secret);

impl AsRef<str> for Key {
    fn as_ref(&self) -> &str {
        self.0.expose()
    }
}

/// The signature's checks that need no body; the secret comes from the key store.
fn authenticate_head<'r, 't, S>(
    table: &'t Table<S>,
    parts: &'r Parts,
    headers: &'r [(&'r str, &'r str)],
    now: u64,
) -> Result<verify::HeadVerified<Key>, Failure<'t>> {
    let request = ReceivedRequest {
        method: parts.method.as_str(),
        path: parts.uri.path(),
        raw_query: parts.uri.query().unwrap_or(""),
        headers,
        body: &[],
    };
    let policy = VerifyPolicy {
        region: &table.config.region,
        service: table.spec.signing_service,
        max_skew_seconds: table.config.max_skew.as_secs(),
        now,
        host: table.config.host.as_deref(),
    };
    let keys = &table.config.keys;
    verify::verify_head(&request, &policy, |ak| keys.volcengine_secret(ak).map(Key))
        .map_err(|e| (None, Refusal::new(e.role(), e.to_string())))
}

fn is_json(parts: &Parts) -> bool {
    parts
        .headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

/// The envelope: `Result` on success; on failure `ResponseMetadata.Error` with `CodeN`,
/// `Code` and `Message`, no `Result`, and the code's HTTP status.
fn answer<S>(
    table: &Table<S>,
    request_id: &str,
    asked: &Asked,
    outcome: Result<&[u8], (&ErrorCode, &str)>,
) -> axum::response::Response {
    encode(
        table.spec.signing_service,
        &table.config.region,
        request_id,
        asked,
        outcome,
    )
}

fn encode(
    service: &str,
    region: &str,
    request_id: &str,
    asked: &Asked,
    outcome: Result<&[u8], (&ErrorCode, &str)>,
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
        (Err((code, message)), _) => (
            code.http_status.unwrap_or(UNDOCUMENTED_STATUS),
            Envelope {
                metadata: metadata(Some(ErrorBody {
                    code_n: code.numeric.unwrap_or(UNDOCUMENTED_CODE_N),
                    code: code.code,
                    message,
                })),
                result: None,
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
