//! The admin endpoints under `/_emulator/`, behind the admin token: health, the state (dump
//! and reset), the fault rules, the request journal (list, clear, verify) and the console.

use axum::body::Body;
use axum::http::{header, Method, Request, Response, StatusCode};

use imapi_runtime::redact::same_secret as same;
use imapi_runtime::server::Secret;

use crate::journal::{Filter, Times};
use crate::{console, faults, App, Rules};

pub(crate) use console::Sessions;

impl App {
    /// Answers a call under [`ADMIN_PREFIX`](crate::ADMIN_PREFIX) (`rest` is the path after it).
    pub(crate) async fn admin(&self, rest: &str, request: Request<Body>) -> Response<Body> {
        let Some(token) = &self.admin_token else {
            return json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "the admin endpoints are off; start the emulator with --admin-token"}),
            );
        };
        if let Some(page) = rest.strip_prefix("ui") {
            return self.console(page, token, request).await;
        }
        match self.admitted(&request, token) {
            Some(Via::Token) => {}
            // A cookie is sent by the browser whatever page asks: a change needs the header
            // only the console's own script adds (a form of another site cannot).
            Some(Via::Session)
                if request.method() == Method::GET || console::from_console(&request) => {}
            Some(Via::Session) => {
                return json(
                    StatusCode::FORBIDDEN,
                    &serde_json::json!({"error": "a change from the console carries its X-Emulator-Console header"}),
                )
            }
            None => {
                return json(
                    StatusCode::UNAUTHORIZED,
                    &serde_json::json!({"error": "an admin call needs the admin token (X-Emulator-Token or Authorization: Bearer)"}),
                )
            }
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
            (Method::GET, "journal") => match journal_query(request.uri().query().unwrap_or("")) {
                Ok((filter, limit)) => json(
                    StatusCode::OK,
                    &serde_json::to_value(self.journal.list(&filter, limit)).unwrap_or_default(),
                ),
                Err(e) => json(StatusCode::BAD_REQUEST, &serde_json::json!({"error": e})),
            },
            (Method::DELETE, "journal") => json(
                StatusCode::OK,
                &serde_json::json!({"cleared": self.journal.clear()}),
            ),
            (Method::POST, "journal/verify") => {
                let text = match self.upload(request.into_body()).await {
                    Ok(text) => text,
                    Err(refusal) => return refusal,
                };
                match serde_json::from_str::<VerifyRequest>(&text) {
                    Ok(asked) => {
                        let times = asked.times();
                        json(
                            StatusCode::OK,
                            &serde_json::to_value(self.journal.verify(&asked.filter, times))
                                .unwrap_or_default(),
                        )
                    }
                    Err(e) => json(
                        StatusCode::BAD_REQUEST,
                        &serde_json::json!({"error": format!("a verification is {{\"filter\": {{…}}, \"count\" or \"at_least\"/\"at_most\"}}: {e}")}),
                    ),
                }
            }
            (Method::GET, "catalog") => json(StatusCode::OK, &catalog()),
            _ => json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "admin endpoints: GET health, GET state, POST reset, GET/PUT/DELETE faults, GET/DELETE journal, POST journal/verify, GET catalog, GET ui"}),
            ),
        }
    }

    /// How an admin call proved itself: the token, or the console's session cookie.
    fn admitted(&self, request: &Request<Body>, token: &Secret) -> Option<Via> {
        let given = request
            .headers()
            .get("x-emulator-token")
            .or_else(|| request.headers().get(header::AUTHORIZATION))
            .and_then(|v| v.to_str().ok())
            .map(|v| v.strip_prefix("Bearer ").unwrap_or(v));
        if given.is_some_and(|g| same(g.as_bytes(), token.expose().as_bytes())) {
            return Some(Via::Token);
        }
        console::session_of(request)
            .filter(|id| self.sessions.knows(id))
            .map(|_| Via::Session)
    }
}

enum Via {
    Token,
    Session,
}

/// A verification asked of `POST /_emulator/journal/verify`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyRequest {
    #[serde(default)]
    filter: Filter,
    count: Option<u64>,
    at_least: Option<u64>,
    at_most: Option<u64>,
}

impl VerifyRequest {
    fn times(&self) -> Times {
        match (self.count, self.at_least, self.at_most) {
            (Some(n), _, _) => Times::exactly(n),
            (None, least, most) => Times {
                at_least: least.unwrap_or(u64::from(most.is_none())),
                at_most: most,
            },
        }
    }
}

/// The journal's filter and page size from a query string: `vendor`, `operation`, `app`,
/// `outcome`, `code`, `caller`, `since`, `after`, `body` (JSON text) and `limit` (100 unless
/// given).
fn journal_query(query: &str) -> Result<(Filter, usize), String> {
    let mut fields = serde_json::Map::new();
    let mut limit = 100usize;
    for (key, value) in imapi_runtime::url::decode_query(query) {
        let number = || {
            value
                .parse::<i64>()
                .map(serde_json::Value::from)
                .map_err(|_| format!("{key} must be a whole number, not `{value}`"))
        };
        let parsed = match key.as_str() {
            "limit" => {
                limit = value
                    .parse()
                    .map_err(|_| format!("limit must be a whole number, not `{value}`"))?;
                continue;
            }
            "app" | "since" | "after" => number()?,
            "body" => {
                serde_json::from_str(&value).map_err(|e| format!("body must be JSON text: {e}"))?
            }
            _ => serde_json::Value::String(value),
        };
        fields.insert(key, parsed);
    }
    let filter = serde_json::from_value(serde_json::Value::Object(fields))
        .map_err(|e| format!("journal filter: {e}"))?;
    Ok((filter, limit))
}

/// The vendors, their operations and documented codes, for the console's fault form.
fn catalog() -> serde_json::Value {
    let vendors: Vec<serde_json::Value> = crate::registry::catalogs()
        .iter()
        .map(|c| {
            serde_json::json!({
                "name": c.name,
                "operations": c.operation_names(),
                "codes": c.codes.iter().map(|code| code.code).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::json!({ "vendors": vendors })
}

impl App {
    /// An admin upload's text (rules, a verification, a login form): at most
    /// [`faults::MAX_RULES_BYTES`], UTF-8, arriving within the
    /// body read timeout; otherwise the answer refusing it.
    pub(crate) async fn upload(&self, body: Body) -> Result<String, Response<Body>> {
        let max = faults::MAX_RULES_BYTES;
        let too_large = || {
            json(
                StatusCode::PAYLOAD_TOO_LARGE,
                &serde_json::json!({"error": format!("the upload is larger than {max} bytes")}),
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
                    &serde_json::json!({"error": "the upload did not arrive in time"}),
                ))
            }
        };
        String::from_utf8(bytes.to_vec()).map_err(|_| {
            json(
                StatusCode::BAD_REQUEST,
                &serde_json::json!({"error": "the upload is not UTF-8 text"}),
            )
        })
    }
}

pub(crate) fn json(status: StatusCode, value: &serde_json::Value) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(value.to_string()))
        .unwrap_or_default()
}
