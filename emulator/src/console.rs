//! The web console under `/_emulator/ui`: the live journal with its filters and each request's
//! detail, the state per app, the fault rules (add, remove) and reset. Plain HTML, CSS and a
//! little JavaScript, shipped in the binary; the script reads the same admin endpoints as any
//! other client.
//!
//! The page asks for the admin token once and keeps a session in an `HttpOnly`,
//! `SameSite=Strict` cookie (an id the emulator made, never the token). A change made with the
//! cookie must carry the `X-Emulator-Console` header, which only the console's own script
//! adds. The pages allow only their own script and style (`Content-Security-Policy`), and the
//! script writes what requests contain as text, never as markup.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use axum::body::Body;
use axum::http::{header, Method, Request, Response, StatusCode};
use imapi_runtime::server::Secret;

use imapi_runtime::redact::same_secret as same;

use crate::admin::json;
use crate::App;

const PAGE: &str = include_str!("console/index.html");
const LOGIN: &str = include_str!("console/login.html");
const SCRIPT: &str = include_str!("console/console.js");
const STYLE: &str = include_str!("console/console.css");
const COOKIE: &str = "emulator_session";
/// How many console sessions are kept; the oldest is forgotten past it.
const MAX_SESSIONS: usize = 32;

/// The console's sessions, by the ids their cookies carry.
#[derive(Default)]
pub(crate) struct Sessions {
    ids: Mutex<VecDeque<String>>,
    made: AtomicU64,
}

impl std::fmt::Debug for Sessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The ids are credentials: only their number is shown.
        let n = self.ids.lock().map_or(0, |ids| ids.len());
        f.debug_struct("Sessions").field("open", &n).finish()
    }
}

impl Sessions {
    fn ids(&self) -> std::sync::MutexGuard<'_, VecDeque<String>> {
        self.ids.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new session: an id no one can guess without the token (a hash of the token, the time,
    /// a count and a random number).
    fn open(&self, token: &Secret) -> String {
        let n = self.made.fetch_add(1, Ordering::Relaxed);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let seed = format!("{}\n{now}\n{n}\n{}", token.expose(), fastrand::u64(..));
        let id = imapi_runtime::volcengine::sign::sha256_hex(seed.as_bytes());
        let mut ids = self.ids();
        if ids.len() == MAX_SESSIONS {
            ids.pop_front();
        }
        ids.push_back(id.clone());
        id
    }

    /// Whether `id` is an open session.
    pub(crate) fn knows(&self, id: &str) -> bool {
        self.ids().iter().fold(false, |known, open| {
            known | same(open.as_bytes(), id.as_bytes())
        })
    }

    fn close(&self, id: &str) {
        self.ids()
            .retain(|open| !same(open.as_bytes(), id.as_bytes()));
    }
}

/// The session id a request's cookie carries.
pub(crate) fn session_of(request: &Request<Body>) -> Option<&str> {
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('='))
}

/// Whether a request comes from the console's script.
pub(crate) fn from_console(request: &Request<Body>) -> bool {
    request
        .headers()
        .get("x-emulator-console")
        .is_some_and(|v| v == "1")
}

fn page(status: StatusCode, kind: &str, body: String) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, kind)
        .header(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        )
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::REFERRER_POLICY, "no-referrer")
        .body(Body::from(body))
        .unwrap_or_default()
}

fn html(status: StatusCode, body: String) -> Response<Body> {
    page(status, "text/html; charset=utf-8", body)
}

fn login(status: StatusCode, note: &str) -> Response<Body> {
    html(status, LOGIN.replace("{{note}}", note))
}

fn see_console(cookie: String) -> Response<Body> {
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, "/_emulator/ui")
        .header(header::SET_COOKIE, cookie)
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::empty())
        .unwrap_or_default()
}

impl App {
    /// Answers a call under `/_emulator/ui` (`page` is the rest of the path).
    pub(crate) async fn console(
        &self,
        page_path: &str,
        token: &Secret,
        request: Request<Body>,
    ) -> Response<Body> {
        let session = session_of(&request)
            .filter(|id| self.sessions.knows(id))
            .map(str::to_owned);
        match (request.method().clone(), page_path) {
            (Method::GET, "" | "/") => match session {
                Some(_) => html(StatusCode::OK, PAGE.to_owned()),
                None => login(StatusCode::OK, ""),
            },
            (Method::GET, "/console.css") => page(StatusCode::OK, "text/css", STYLE.to_owned()),
            (Method::GET, "/console.js") => {
                page(StatusCode::OK, "text/javascript", SCRIPT.to_owned())
            }
            (Method::POST, "/login") => {
                let text = match self.upload(request.into_body()).await {
                    Ok(text) => text,
                    Err(refusal) => return refusal,
                };
                let given = imapi_runtime::url::decode_query(&text)
                    .into_iter()
                    .find(|(k, _)| k == "token")
                    .map(|(_, v)| v)
                    .unwrap_or_default();
                if !same(given.as_bytes(), token.expose().as_bytes()) {
                    return login(
                        StatusCode::UNAUTHORIZED,
                        "That is not the admin token the emulator was started with.",
                    );
                }
                let id = self.sessions.open(token);
                see_console(format!(
                    "{COOKIE}={id}; Path=/_emulator/; HttpOnly; SameSite=Strict"
                ))
            }
            (Method::POST, "/logout") => {
                if let Some(id) = &session {
                    self.sessions.close(id);
                }
                see_console(format!(
                    "{COOKIE}=; Path=/_emulator/; HttpOnly; SameSite=Strict; Max-Age=0"
                ))
            }
            _ => json(
                StatusCode::NOT_FOUND,
                &serde_json::json!({"error": "the console is at GET /_emulator/ui"}),
            ),
        }
    }
}
