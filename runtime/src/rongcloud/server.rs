//! RongCloud's Server API, as a server (feature `server`): `POST /<module>/<action>.json` with a
//! form body, authenticated by the `App-Key`, `Nonce`, `Timestamp` and `Signature` headers
//! (each also under its `RC-` name) before the body is read; answers `{"code":200, …}` with the
//! payload's fields beside `code`, refusals `{"code":…,"errorMessage":…}` with the code's HTTP
//! status, and the request id in the `X-Request-Id` header. [`Gateway`] is the protocol a
//! generated router serves with, holding the apps it accepts.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::http::request::Parts;
use axum::http::HeaderValue;
use axum::response::Response;

use super::sign::{self, Credentials, VerifyError};
use super::{OK_CODE, REQUEST_ID_HEADER};
use crate::operation::{BodyFormat, ErrorRole, Operation, ServiceSpec};
use crate::server::{
    failure_body, json_response, locate_by_path, shown, spliced, Admitted, Caller, Located,
    Outcome, Refusal, Refused, Secret, ServerProtocol,
};

/// A RongCloud app, as a server knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    /// The number rate limits, records and state know the app by (the App Key is text).
    pub id: i64,
    /// The App Secret, which requests are signed with.
    pub app_secret: Secret,
}

/// Where a server finds an app by its App Key. Implement it over your own store;
/// [`StaticKeys`] holds a fixed set.
pub trait Keys: Send + Sync + std::fmt::Debug + 'static {
    /// The app whose App Key is `app_key`; `None` for one it does not know. An app with a
    /// blank secret counts as none.
    fn app(&self, app_key: &str) -> Option<App>;
}

/// A fixed set of apps.
#[derive(Debug, Clone, Default)]
pub struct StaticKeys {
    apps: HashMap<String, App>,
}

impl StaticKeys {
    /// No apps.
    pub fn new() -> Self {
        StaticKeys::default()
    }

    /// Adds an app: the number it is known by, its App Key and its App Secret.
    pub fn with_app(mut self, id: i64, app_key: &str, app_secret: &str) -> Self {
        self.apps.insert(
            app_key.to_owned(),
            App {
                id,
                app_secret: Secret::new(app_secret),
            },
        );
        self
    }
}

impl Keys for StaticKeys {
    fn app(&self, app_key: &str) -> Option<App> {
        self.apps.get(app_key).cloned()
    }
}

/// The Server API's gateway: the apps it accepts.
#[derive(Debug, Clone)]
pub struct Gateway {
    keys: Arc<dyn Keys>,
}

impl Gateway {
    /// A gateway accepting the apps of `keys`.
    pub fn new(keys: impl Keys) -> Self {
        Gateway {
            keys: Arc::new(keys),
        }
    }
}

/// The kind of failure each signature refusal is.
fn role(e: &VerifyError) -> ErrorRole {
    match e {
        VerifyError::Missing(_) => ErrorRole::MissingCredentials,
        VerifyError::Malformed(..) => ErrorRole::MalformedCredentials,
        VerifyError::UnknownAppKey => ErrorRole::UnknownCredentials,
        VerifyError::Expired => ErrorRole::ExpiredCredentials,
        VerifyError::Mismatch => ErrorRole::SignatureMismatch,
    }
}

/// A header's value under its own name or its `RC-` name (names are case-insensitive); a
/// value that is not visible ASCII counts as absent.
fn header<'a>(parts: &'a Parts, name: &'static str) -> Option<&'a str> {
    sign::header_names(name)
        .iter()
        .find_map(|n| parts.headers.get(n.as_str()))
        .and_then(|v| v.to_str().ok())
}

impl ServerProtocol for Gateway {
    /// The answer echoes nothing of the request.
    type Asked = ();
    /// The signature covers no body: everything is checked on the head.
    type Pending = Admitted;

    fn locate(
        &self,
        _spec: &ServiceSpec,
        parts: &Parts,
        operations: &[&'static Operation],
    ) -> Located<()> {
        locate_by_path(parts, operations, "Server API")
    }

    fn authenticate(
        &self,
        _spec: &ServiceSpec,
        parts: &Parts,
        now: Duration,
    ) -> Result<(Caller, Admitted), Refusal> {
        let app_key = header(parts, sign::HEADERS[0]).ok_or_else(|| {
            Refusal::new(
                ErrorRole::MissingCredentials,
                VerifyError::Missing(sign::HEADERS[0]).to_string(),
            )
        })?;
        // An app with a blank secret is no app: anyone could sign for it.
        let app = self
            .keys
            .app(app_key)
            .filter(|app| !app.app_secret.is_blank())
            .ok_or_else(|| {
                Refusal::new(
                    ErrorRole::UnknownCredentials,
                    format!("App-Key {} does not exist", shown(app_key)),
                )
            })?;
        let credentials = Credentials::new(app_key, app.app_secret.expose());
        sign::verify(|name| header(parts, name), &credentials, now.as_secs())
            .map_err(|e| Refusal::new(role(&e), e.to_string()))?;
        let admitted = Admitted {
            app: Some(app.id),
            region: None,
        };
        Ok((Caller::new(app_key), admitted))
    }

    fn admit(
        &self,
        pending: Admitted,
        parts: &Parts,
        _body: &[u8],
        format: BodyFormat,
    ) -> Result<Admitted, Refusal> {
        let expected = format.content_type();
        let given = parts
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(str::trim);
        match given {
            Some(given) if given.eq_ignore_ascii_case(expected) => Ok(pending),
            _ => Err(Refusal::new(
                ErrorRole::MalformedBody,
                format!("the body must be sent as {expected}"),
            )),
        }
    }

    fn answer(
        &self,
        _spec: &ServiceSpec,
        _asked: &(),
        request_id: &str,
        outcome: Outcome<'_>,
    ) -> Response {
        let (status, body) = match outcome {
            Ok(payload) => (200, ok_body(payload)),
            Err(refused) => (refused.code.http_status.unwrap_or(400), fail_body(&refused)),
        };
        let mut response = json_response(status, body);
        if let Ok(id) = HeaderValue::from_str(request_id) {
            response.headers_mut().insert(REQUEST_ID_HEADER, id);
        }
        response
    }
}

/// `{"code":200, <the payload's fields>}`.
fn ok_body(payload: &[u8]) -> Vec<u8> {
    spliced(format!("{{\"code\":{OK_CODE}").as_bytes(), payload, b"")
}

/// `{"code":…,"errorMessage":…}`, with the fields the operation's document shows beside them
/// on failure, if any (never in place of these).
fn fail_body(refused: &Refused<'_>) -> Vec<u8> {
    let code = refused.code;
    let numeric = code
        .numeric
        .or_else(|| code.code.parse().ok())
        .unwrap_or_default();
    let mut body = serde_json::Map::new();
    body.insert("code".into(), numeric.into());
    body.insert("errorMessage".into(), refused.message.into());
    failure_body(body, refused.payload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::ErrorCode;

    #[test]
    fn payload_fields_sit_beside_the_code() {
        let v: serde_json::Value =
            serde_json::from_slice(&ok_body(br#"{"userName":"a","userPortrait":""}"#)).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"code":200,"userName":"a","userPortrait":""})
        );
        let empty: serde_json::Value = serde_json::from_slice(&ok_body(b"{}")).unwrap();
        assert_eq!(empty, serde_json::json!({"code":200}));
    }

    #[test]
    fn a_failure_is_the_code_and_its_message() {
        let code = ErrorCode {
            code: "1004",
            numeric: Some(1004),
            http_status: Some(401),
        };
        let v: serde_json::Value =
            serde_json::from_slice(&fail_body(&Refused::new(&code, "bad signature"))).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"code":1004,"errorMessage":"bad signature"})
        );
    }

    #[test]
    fn apps_never_show_their_secrets() {
        let keys = StaticKeys::new().with_app(1, "app-key", "the-app-secret");
        let shown = format!("{:?}", Gateway::new(keys.clone()));
        assert!(!shown.contains("the-app-secret"), "{shown}");
        assert!(keys.app("app-key").is_some_and(|a| a.id == 1));
        assert!(keys.app("other").is_none());
    }
}
