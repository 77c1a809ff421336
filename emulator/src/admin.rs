//! The admin endpoints under `/_emulator/`, behind the admin token: health, the state (dump
//! and reset) and the fault rules.

use axum::body::Body;
use axum::http::{header, Method, Request, Response, StatusCode};

use crate::{faults, App, Rules};

impl App {
    /// Answers a call under [`ADMIN_PREFIX`](crate::ADMIN_PREFIX) (`rest` is the path after it).
    pub(crate) async fn admin(&self, rest: &str, request: Request<Body>) -> Response<Body> {
        let Some(token) = &self.admin_token else {
            return json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "the admin endpoints are off; start the emulator with --admin-token"}),
            );
        };
        let given = request
            .headers()
            .get("x-emulator-token")
            .or_else(|| request.headers().get(header::AUTHORIZATION))
            .and_then(|v| v.to_str().ok())
            .map(|v| v.strip_prefix("Bearer ").unwrap_or(v));
        if !given.is_some_and(|g| same(g.as_bytes(), token.expose().as_bytes())) {
            return json(
                StatusCode::UNAUTHORIZED,
                &serde_json::json!({"error": "an admin call needs the admin token (X-Emulator-Token or Authorization: Bearer)"}),
            );
        }
        let method = request.method().clone();
        match (method, rest) {
            (Method::GET, "health") => json(StatusCode::OK, &serde_json::json!({"status": "ok"})),
            (Method::GET, "state") => {
                let state = self.emulator.snapshot();
                let yaml = request
                    .headers()
                    .get(header::ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|a| a.contains("yaml"));
                let (body, kind) = if yaml {
                    (state.to_yaml(), "application/yaml")
                } else {
                    (state.to_json(), "application/json")
                };
                Response::builder()
                    .header(header::CONTENT_TYPE, kind)
                    .body(Body::from(body))
                    .unwrap_or_default()
            }
            (Method::POST, "reset") => {
                self.emulator.reset();
                json(StatusCode::OK, &serde_json::json!({"reset": true}))
            }
            (Method::GET, "faults") => json(
                StatusCode::OK,
                &serde_json::to_value(self.faults.rules()).unwrap_or_default(),
            ),
            (Method::PUT, "faults") => {
                let text = match self.upload(request.into_body()).await {
                    Ok(text) => text,
                    Err(refusal) => return refusal,
                };
                // Parsing is CPU work whose cost depends on the upload: it runs on a blocking
                // thread, never on the threads that answer vendor requests.
                let parsed = tokio::task::spawn_blocking(move || Rules::parse(&text)).await;
                match parsed {
                    Ok(Ok(rules)) => {
                        let count = rules.rules.len();
                        self.faults.set(rules);
                        json(StatusCode::OK, &serde_json::json!({"rules": count}))
                    }
                    Ok(Err(e)) => json(StatusCode::BAD_REQUEST, &serde_json::json!({"error": e})),
                    Err(_) => json(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        &serde_json::json!({"error": "the rules could not be parsed"}),
                    ),
                }
            }
            (Method::DELETE, "faults") => {
                self.faults.set(Rules::default());
                json(StatusCode::OK, &serde_json::json!({"rules": 0}))
            }
            _ => json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "admin endpoints: GET health, GET state, POST reset, GET/PUT/DELETE faults"}),
            ),
        }
    }
}

impl App {
    /// An admin upload's text: at most [`faults::MAX_RULES_BYTES`], UTF-8, arriving within the
    /// body read timeout; otherwise the answer refusing it.
    async fn upload(&self, body: Body) -> Result<String, Response<Body>> {
        let max = faults::MAX_RULES_BYTES;
        let too_large = || {
            json(
                StatusCode::PAYLOAD_TOO_LARGE,
                &serde_json::json!({"error": format!("the rules are larger than {max} bytes")}),
            )
        };
        let limit = usize::try_from(max).unwrap_or(usize::MAX);
        if usize::try_from(axum::body::HttpBody::size_hint(&body).lower())
            .map_or(true, |n| n > limit)
        {
            return Err(too_large());
        }
        let read = tokio::time::timeout(
            self.limits.body_read_timeout,
            axum::body::to_bytes(body, limit),
        )
        .await;
        let bytes = match read {
            Ok(Ok(bytes)) => bytes,
            Ok(Err(_)) => return Err(too_large()),
            Err(_) => {
                return Err(json(
                    StatusCode::REQUEST_TIMEOUT,
                    &serde_json::json!({"error": "the rules did not arrive in time"}),
                ))
            }
        };
        String::from_utf8(bytes.to_vec()).map_err(|_| {
            json(
                StatusCode::BAD_REQUEST,
                &serde_json::json!({"error": "the rules are not UTF-8 text"}),
            )
        })
    }
}

/// Compares two secrets in time that depends only on their lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub(crate) fn json(status: StatusCode, value: &serde_json::Value) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(value.to_string()))
        .unwrap_or_default()
}
