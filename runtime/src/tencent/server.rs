//! The Tencent Cloud Chat REST API, as a server (feature `server`): `POST /v4/<service>/<command>`
//! with `sdkappid`, `identifier`, `usersig`, `random` and `contenttype=json` in the query; the
//! UserSig verified with the app's key and the identifier checked against the app's
//! administrators; every answer HTTP 200 with `ActionStatus`, `ErrorCode` and `ErrorInfo`.

use axum::http::request::Parts;
use axum::http::Method;

use super::usersig::{self, UserSigError};
use crate::operation::{ErrorCode, ErrorRole, Operation};
use crate::server::{
    json_response, read_body, request_id, shown, Caller, Exchange, Refusal, RequestContext, Route,
    Table,
};
use crate::url::decode_query_strict;

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

type Failure<'t> = (Option<&'t Operation>, Refusal);

/// The query credentials of a request, authenticated.
struct Admin {
    sdkappid: u64,
    identifier: String,
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
    let outcome = async {
        let route = locate(table, &parts)?;
        let admin = authenticate(table, &parts, route.op, now.as_secs())?;
        caller = Some(admin.identifier.clone());
        let body = read_body(body, &table.config)
            .await
            .map_err(|r| (Some(route.op), r))?;
        let context = RequestContext {
            request_id: id.clone(),
            caller: Caller::Admin(admin.identifier),
            app: i64::try_from(admin.sdkappid).ok(),
            region: None,
            operation: route.op.name,
            received_at: now,
        };
        route
            .run(table.service.clone(), table.config.clone(), context, body)
            .await
            .map_err(|refusal| (Some(route.op), refusal))
    }
    .await;
    let (body, code) = match outcome {
        Ok(payload) => (ok_body(&payload, &id), None),
        Err((op, refusal)) => {
            let code = refusal.code(table.spec, op);
            (
                fail_body(&code, &refusal.message, &id),
                Some(code.code.to_owned()),
            )
        }
    };
    Exchange {
        // Always 200: the error is in ErrorCode and ErrorInfo.
        response: json_response(200, body),
        operation: shown(parts.uri.path()),
        caller,
        code,
    }
}

fn locate<'t, S>(table: &'t Table<S>, parts: &Parts) -> Result<&'t Route<S>, Failure<'t>> {
    let path = parts.uri.path();
    let Some(route) = table.routes.iter().find(|r| r.op.path == path) else {
        return Err((
            None,
            Refusal::new(
                ErrorRole::UnknownOperation,
                format!("no REST API at {}", shown(path)),
            ),
        ));
    };
    if parts.method != Method::POST {
        return Err((
            Some(route.op),
            Refusal::new(
                ErrorRole::BadRequest,
                format!("the REST API takes POST, not {}", parts.method),
            ),
        ));
    }
    Ok(route)
}

fn authenticate<'t, S>(
    table: &'t Table<S>,
    parts: &Parts,
    op: &'t Operation,
    now: u64,
) -> Result<Admin, Failure<'t>> {
    let refuse = |role, message: String| (Some(op), Refusal::new(role, message));
    let query = decode_query_strict(parts.uri.query().unwrap_or("")).ok_or_else(|| {
        refuse(
            ErrorRole::MissingParameter,
            "the query string is not UTF-8 once decoded".into(),
        )
    })?;
    let get = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let sdkappid = get("sdkappid").ok_or_else(|| {
        refuse(
            ErrorRole::MissingApp,
            "the query parameter sdkappid is missing".into(),
        )
    })?;
    let sdkappid: u64 = sdkappid.parse().map_err(|_| {
        refuse(
            ErrorRole::UnknownCredentials,
            format!("sdkappid {} is not an app", shown(sdkappid)),
        )
    })?;
    for name in ["identifier", "usersig", "random", "contenttype"] {
        if get(name).is_none_or(str::is_empty) {
            return Err(refuse(
                ErrorRole::MissingParameter,
                format!("the query parameter {name} is missing"),
            ));
        }
    }
    let identifier = get("identifier").unwrap_or_default();
    if get("random").is_some_and(|r| r.parse::<u32>().is_err()) {
        return Err(refuse(
            ErrorRole::MissingParameter,
            "random must be a 32-bit unsigned integer".into(),
        ));
    }
    if get("contenttype") != Some("json") {
        return Err(refuse(
            ErrorRole::MissingParameter,
            "contenttype must be json".into(),
        ));
    }
    // An app with an empty key is no app: anyone could make its UserSigs.
    let app = table
        .config
        .keys
        .tencent_app(sdkappid)
        .filter(|app| !app.secret_key.expose().is_empty());
    let app = app.ok_or_else(|| {
        refuse(
            ErrorRole::UnknownCredentials,
            format!("sdkappid {sdkappid} does not exist"),
        )
    })?;
    let expected = usersig::Expected {
        sdkappid,
        identifier,
        userbuf: None,
        now,
    };
    usersig::verify(
        app.secret_key.expose(),
        get("usersig").unwrap_or_default(),
        &expected,
    )
    .map_err(|e| refuse(role(&e), e.to_string()))?;
    if !app.admins.iter().any(|a| a == identifier) {
        return Err(refuse(
            ErrorRole::NotAdmin,
            format!("{} is not an app administrator", shown(identifier)),
        ));
    }
    Ok(Admin {
        sdkappid,
        identifier: identifier.to_owned(),
    })
}

/// The REST API's answer refusing a request with `code` (HTTP 200, `ActionStatus: FAIL`): for
/// what stands in front of a router (an emulator's injected faults) and must answer exactly as
/// the router would.
pub fn error_answer(
    code: &ErrorCode,
    message: &str,
    now: std::time::Duration,
) -> axum::response::Response {
    json_response(200, fail_body(code, message, &request_id(now)))
}

/// `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"", <the payload's fields>, "RequestId":…}`.
/// The payload is a JSON object (every response type is a struct); its fields are spliced in.
fn ok_body(payload: &[u8], request_id: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 96);
    out.extend_from_slice(br#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"""#);
    let inner = payload
        .strip_prefix(b"{")
        .and_then(|p| p.strip_suffix(b"}"))
        .unwrap_or_default();
    if !inner.iter().all(u8::is_ascii_whitespace) {
        out.push(b',');
        out.extend_from_slice(inner);
    }
    out.extend_from_slice(br#","RequestId":"#);
    out.extend_from_slice(
        serde_json::to_string(request_id)
            .unwrap_or_default()
            .as_bytes(),
    );
    out.push(b'}');
    out
}

/// `{"ActionStatus":"FAIL","ErrorCode":…,"ErrorInfo":…,"RequestId":…}`.
fn fail_body(code: &ErrorCode, message: &str, request_id: &str) -> Vec<u8> {
    let numeric = code
        .numeric
        .or_else(|| code.code.parse().ok())
        .unwrap_or_default();
    serde_json::to_vec(&serde_json::json!({
        "ActionStatus": "FAIL",
        "ErrorCode": numeric,
        "ErrorInfo": message,
        "RequestId": request_id,
    }))
    .unwrap_or_default()
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
}
