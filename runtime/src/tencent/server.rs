//! The Tencent Cloud Chat REST API, as a server (feature `server`): `POST /v4/<service>/<command>`
//! with `sdkappid`, `identifier`, `usersig`, `random` and `contenttype=json` in the query; the
//! UserSig verified with the app's key and the identifier checked against the app's
//! administrators, all before the body is read; every answer HTTP 200 with `ActionStatus`,
//! `ErrorCode` and `ErrorInfo`. [`Gateway`] is the protocol a generated router serves with,
//! holding the apps it accepts.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::request::Parts;

use super::usersig::{self, UserSigError};
use crate::operation::{BodyFormat, ErrorRole, Operation, ServiceSpec};
use crate::server::{
    failure_body, json_response, locate_by_path, shown, spliced, Admitted, Caller, Located,
    Outcome, Refusal, Refused, Secret, ServerProtocol,
};
use crate::url::decode_query_strict;

/// A Tencent Cloud Chat app, as a server knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    /// The console's secret key, which UserSigs are made with.
    pub secret_key: Secret,
    /// The accounts that are app administrators (the REST API takes calls from them only).
    pub admins: Vec<String>,
}

/// Where a server finds an app by its SDKAppID. Implement it over your own store;
/// [`StaticKeys`] holds a fixed set.
pub trait Keys: Send + Sync + std::fmt::Debug + 'static {
    /// The app `sdkappid`; `None` for one it does not know. An app with a blank key counts as
    /// none.
    fn app(&self, sdkappid: u64) -> Option<App>;

    /// Whether `identifier` may call app `sdkappid`'s REST API: by default, whether
    /// [`App::admins`] names it. Override it where callers are known another way, without
    /// listing them all in every [`App`] (the emulator also lets a group's owner in).
    fn may_call(&self, sdkappid: u64, app: &App, identifier: &str) -> bool {
        let _ = sdkappid;
        app.admins.iter().any(|a| a == identifier)
    }
}

/// A fixed set of apps.
#[derive(Debug, Clone, Default)]
pub struct StaticKeys {
    apps: HashMap<u64, App>,
}

impl StaticKeys {
    /// No apps.
    pub fn new() -> Self {
        StaticKeys::default()
    }

    /// Adds an app with its secret key and administrators.
    pub fn with_app(mut self, sdkappid: u64, secret_key: &str, admins: &[&str]) -> Self {
        self.apps.insert(
            sdkappid,
            App {
                secret_key: Secret::new(secret_key),
                admins: admins.iter().map(|a| (*a).to_owned()).collect(),
            },
        );
        self
    }
}

impl Keys for StaticKeys {
    fn app(&self, sdkappid: u64) -> Option<App> {
        self.apps.get(&sdkappid).cloned()
    }
}

/// The REST API's gateway: the apps it accepts.
#[derive(Debug, Clone)]
pub struct Gateway {
    keys: Arc<dyn Keys>,
    verified: Arc<Verified>,
}

impl Gateway {
    /// A gateway accepting the apps of `keys`.
    pub fn new(keys: impl Keys) -> Self {
        Gateway {
            keys: Arc::new(keys),
            verified: Arc::default(),
        }
    }
}

/// How many verified UserSigs a gateway remembers; past it, it forgets them all and starts
/// again (bounded memory, whatever callers send).
const VERIFIED_CAPACITY: usize = 4096;

/// UserSigs this gateway has verified, so that one sent again (a caller keeps its
/// administrator's UserSig for hours or days) is not decoded, inflated and MACed again. Each
/// is remembered with everything its verification depended on: the app, the account, a keyed
/// hash of the app's secret key (so that a rotated key verifies afresh) and the sig itself,
/// compared whole; its expiry is checked again on every use, and a sig that has expired is
/// verified again for the refusal's words.
#[derive(Default)]
struct Verified {
    entries: Mutex<HashMap<u64, Remembered>>,
    hasher: std::hash::RandomState,
}

struct Remembered {
    sdkappid: u64,
    identifier: Box<str>,
    usersig: Box<str>,
    secret: u64,
    expires_at: u64,
}

impl std::fmt::Debug for Verified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The sigs are credentials: only their number is shown.
        let n = self.entries.lock().map_or(0, |e| e.len());
        f.debug_struct("Verified").field("remembered", &n).finish()
    }
}

impl Verified {
    fn key(&self, usersig: &str) -> u64 {
        self.hasher.hash_one(usersig)
    }

    /// Whether `usersig` was verified for this app, account and key, and has not expired.
    fn holds(
        &self,
        sdkappid: u64,
        identifier: &str,
        usersig: &str,
        secret: &str,
        now: u64,
    ) -> bool {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(&self.key(usersig)).is_some_and(|r| {
            r.sdkappid == sdkappid
                && *r.identifier == *identifier
                && *r.usersig == *usersig
                && r.secret == self.hasher.hash_one(secret)
                && now <= r.expires_at
        })
    }

    fn remember(
        &self,
        sdkappid: u64,
        identifier: &str,
        usersig: &str,
        secret: &str,
        expires_at: u64,
    ) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= VERIFIED_CAPACITY {
            entries.clear();
        }
        entries.insert(
            self.key(usersig),
            Remembered {
                sdkappid,
                identifier: identifier.into(),
                usersig: usersig.into(),
                secret: self.hasher.hash_one(secret),
                expires_at,
            },
        );
    }
}

/// The kind of failure each UserSig refusal is.
fn role(e: &UserSigError) -> ErrorRole {
    match e {
        UserSigError::Malformed(_) => ErrorRole::MalformedCredentials,
        UserSigError::Expired { .. } => ErrorRole::ExpiredCredentials,
        UserSigError::IdentifierMismatch => ErrorRole::IdentifierMismatch,
        UserSigError::SdkAppIdMismatch => ErrorRole::AppMismatch,
        UserSigError::UserbufMismatch | UserSigError::SignatureMismatch => {
            ErrorRole::SignatureMismatch
        }
    }
}

impl ServerProtocol for Gateway {
    /// The answer echoes nothing of the request.
    type Asked = ();
    /// The UserSig covers no body: everything is checked on the head.
    type Pending = Admitted;

    fn locate(
        &self,
        _spec: &ServiceSpec,
        parts: &Parts,
        operations: &[&'static Operation],
    ) -> Located<()> {
        locate_by_path(parts, operations, "REST API")
    }

    fn authenticate(
        &self,
        _spec: &ServiceSpec,
        parts: &Parts,
        now: Duration,
    ) -> Result<(Caller, Admitted), Refusal> {
        let query = decode_query_strict(parts.uri.query().unwrap_or("")).ok_or_else(|| {
            Refusal::new(
                ErrorRole::MissingParameter,
                "the query string is not UTF-8 once decoded",
            )
        })?;
        let get = |name: &str| {
            query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_ref())
        };
        let sdkappid = get("sdkappid").ok_or_else(|| {
            Refusal::new(
                ErrorRole::MissingApp,
                "the query parameter sdkappid is missing",
            )
        })?;
        let sdkappid: u64 = sdkappid.parse().map_err(|_| {
            Refusal::new(
                ErrorRole::UnknownCredentials,
                format!("sdkappid {} is not an app", shown(sdkappid)),
            )
        })?;
        for name in &super::QUERY_PARAMETERS[1..] {
            if get(name).is_none_or(str::is_empty) {
                return Err(Refusal::new(
                    ErrorRole::MissingParameter,
                    format!("the query parameter {name} is missing"),
                ));
            }
        }
        let identifier = get("identifier").unwrap_or_default();
        if get("random").is_some_and(|r| r.parse::<u32>().is_err()) {
            return Err(Refusal::new(
                ErrorRole::MissingParameter,
                "random must be a 32-bit unsigned integer",
            ));
        }
        if get("contenttype") != Some("json") {
            return Err(Refusal::new(
                ErrorRole::MissingParameter,
                "contenttype must be json",
            ));
        }
        // An app with a blank key is no app: anyone could make its UserSigs.
        let app = self
            .keys
            .app(sdkappid)
            .filter(|app| !app.secret_key.is_blank())
            .ok_or_else(|| {
                Refusal::new(
                    ErrorRole::UnknownCredentials,
                    format!("sdkappid {sdkappid} does not exist"),
                )
            })?;
        let expected = usersig::Expected {
            sdkappid,
            identifier,
            userbuf: None,
            now: now.as_secs(),
        };
        let sig = get("usersig").unwrap_or_default();
        let secret = app.secret_key.expose();
        let now_secs = now.as_secs();
        if !self
            .verified
            .holds(sdkappid, identifier, sig, secret, now_secs)
        {
            let claims = usersig::verify(secret, sig, &expected)
                .map_err(|e| Refusal::new(role(&e), e.to_string()))?;
            self.verified
                .remember(sdkappid, identifier, sig, secret, claims.expires_at());
        }
        if !self.keys.may_call(sdkappid, &app, identifier) {
            return Err(Refusal::new(
                ErrorRole::NotAdmin,
                format!("{} is not an app administrator", shown(identifier)),
            ));
        }
        let admitted = Admitted {
            app: i64::try_from(sdkappid).ok(),
            region: None,
        };
        Ok((Caller::new(identifier), admitted))
    }

    fn admit(
        &self,
        pending: Admitted,
        _parts: &Parts,
        _body: &[u8],
        _format: BodyFormat,
    ) -> Result<Admitted, Refusal> {
        // Tencent reads the body as JSON whatever its Content-Type says.
        Ok(pending)
    }

    fn answer(
        &self,
        _spec: &ServiceSpec,
        _asked: &(),
        request_id: &str,
        outcome: Outcome<'_>,
    ) -> axum::response::Response {
        let body = match outcome {
            Ok(payload) => ok_body(payload, request_id),
            Err(refused) => fail_body(&refused, request_id),
        };
        // Always 200: the error is in ErrorCode and ErrorInfo.
        json_response(200, body)
    }
}

/// `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"", <the payload's fields>, "RequestId":…}`.
fn ok_body(payload: &[u8], request_id: &str) -> Vec<u8> {
    let id = serde_json::to_string(request_id).unwrap_or_default();
    spliced(
        br#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"""#,
        payload,
        format!(r#","RequestId":{id}"#).as_bytes(),
    )
}

/// `{"ActionStatus":"FAIL","ErrorCode":…,"ErrorInfo":…,"RequestId":…}`, with the fields the
/// operation's document shows beside them on failure, if any (never in place of these).
fn fail_body(refused: &Refused<'_>, request_id: &str) -> Vec<u8> {
    let code = refused.code;
    let numeric = code
        .numeric
        .or_else(|| code.code.parse().ok())
        .unwrap_or_default();
    let mut body = serde_json::Map::new();
    body.insert("ActionStatus".into(), "FAIL".into());
    body.insert("ErrorCode".into(), numeric.into());
    body.insert("ErrorInfo".into(), refused.message.into());
    body.insert("RequestId".into(), request_id.into());
    failure_body(body, refused.payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_fields_sit_beside_the_status() {
        let body = ok_body(br#"{"CommandType":1,"MemberList":[]}"#, "r1");
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","CommandType":1,"MemberList":[],"RequestId":"r1"})
        );
        let empty: serde_json::Value = serde_json::from_slice(&ok_body(b"{}", "r")).unwrap();
        assert_eq!(empty["ActionStatus"], "OK");
    }

    #[test]
    fn a_failure_carries_the_documented_fields_beside_its_own() {
        let code = crate::operation::ErrorCode {
            code: "10004",
            numeric: Some(10004),
            http_status: None,
        };
        let plain: serde_json::Value =
            serde_json::from_slice(&fail_body(&Refused::new(&code, "bad"), "r")).unwrap();
        assert_eq!(
            plain,
            serde_json::json!({"ActionStatus":"FAIL","ErrorCode":10004,"ErrorInfo":"bad","RequestId":"r"})
        );
        let refused = Refused {
            payload: Some(r#"{"ErrorList":[],"ErrorCode":0}"#),
            ..Refused::new(&code, "bad")
        };
        let with: serde_json::Value = serde_json::from_slice(&fail_body(&refused, "r")).unwrap();
        // The envelope's own fields are never replaced.
        assert_eq!(
            with,
            serde_json::json!({"ActionStatus":"FAIL","ErrorCode":10004,"ErrorInfo":"bad","RequestId":"r","ErrorList":[]})
        );
    }

    #[test]
    fn a_verified_usersig_is_remembered_with_all_it_depended_on() {
        let verified = Verified::default();
        verified.remember(1, "admin", "sig", "key", 100);
        assert!(verified.holds(1, "admin", "sig", "key", 100));
        assert!(!verified.holds(1, "admin", "sig", "key", 101), "expired");
        assert!(!verified.holds(2, "admin", "sig", "key", 50), "another app");
        assert!(
            !verified.holds(1, "other", "sig", "key", 50),
            "another account"
        );
        assert!(
            !verified.holds(1, "admin", "sig2", "key", 50),
            "another sig"
        );
        assert!(
            !verified.holds(1, "admin", "sig", "rotated", 50),
            "another key"
        );
        for i in 0..VERIFIED_CAPACITY + 10 {
            verified.remember(1, "admin", &format!("s{i}"), "key", 100);
        }
        assert!(verified.entries.lock().unwrap().len() <= VERIFIED_CAPACITY);
        assert!(!format!("{verified:?}").contains("s1"));
    }

    #[test]
    fn apps_never_show_their_keys() {
        let keys = StaticKeys::new().with_app(1400000000, "the-console-key", &["administrator"]);
        let shown = format!("{:?}", Gateway::new(keys.clone()));
        assert!(!shown.contains("the-console"), "{shown}");
        assert!(shown.contains("administrator"));
        assert!(keys.app(1).is_none());
    }
}
