//! Tencent Cloud Chat REST API: UserSig ([`usersig`]), the `ActionStatus`/`ErrorCode`/
//! `ErrorInfo` envelope (HTTP 200 always), and (with the `client` feature) the client that
//! generated code wraps.

pub mod usersig;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::decode::{from_json, DecodeError};
use crate::error::{Error, VendorError};
use crate::operation::{ErrorRole, Operation};

/// The query parameters every REST call carries, in the order the client writes them: the
/// app, the administrator, the administrator's UserSig, a random 32-bit number and the body's
/// format (the RESTful API Overview). The server refuses a call that lacks one.
pub const QUERY_PARAMETERS: [&str; 5] =
    ["sdkappid", "identifier", "usersig", "random", "contenttype"];

/// A region the service answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// The region's key (`china`, `singapore`).
    pub region: &'static str,
    /// The host.
    pub host: &'static str,
    /// The vendor's backup host for the region.
    pub backup_host: Option<&'static str>,
}

#[derive(Deserialize)]
struct Status {
    #[serde(rename = "ActionStatus", default)]
    action_status: Option<String>,
    #[serde(rename = "ErrorCode", default)]
    error_code: Option<i64>,
    #[serde(rename = "ErrorInfo", default)]
    error_info: Option<String>,
    #[serde(rename = "ErrorDisplay", default)]
    error_display: Option<String>,
    #[serde(rename = "RequestId", default)]
    request_id: Option<String>,
}

/// Decodes a response to `op`: HTTP errors (only network failures, per the docs), then the
/// status fields (`ActionStatus` must be `OK` and `ErrorCode` 0), then the payload beside them.
/// An error is throttling when the spec gives its code the `throttled` role.
pub fn decode_response<T: DeserializeOwned>(
    op: &Operation,
    status: u16,
    body: &[u8],
) -> Result<T, Error> {
    if status != 200 {
        return Err(Error::http_status(status, body));
    }
    let s: Status = serde_json::from_slice(body)
        .map_err(|e| Error::Decode(DecodeError::from_serde(&e, String::new())))?;
    let code = s.error_code.unwrap_or(0);
    match s.action_status.as_deref() {
        Some("OK") if code == 0 => from_json(body).map_err(Error::Decode),
        None if code == 0 => Err(Error::Decode(DecodeError::shape(
            "",
            "missing field `ActionStatus`",
        ))),
        _ => {
            let mut message = s.error_info.unwrap_or_default();
            if let Some(display) = s.error_display.filter(|d| !d.is_empty() && *d != message) {
                message = format!("{message} ({display})");
            }
            let code_text = code.to_string();
            Err(Error::Vendor(VendorError {
                throttled: op.code_has_role(&code_text, ErrorRole::Throttled),
                code: code_text,
                numeric_code: Some(code),
                message,
                request_id: s.request_id,
                http_status: status,
                retry_after: None,
            }))
        }
    }
}

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "client")]
pub use client::{Client, Config};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::{ErrorCode, ServiceSpec};

    const SERVICE: ServiceSpec = ServiceSpec {
        name: "demo",
        version: "v4",
        signing_service: "",
        errors: &[(
            ErrorRole::Throttled,
            ErrorCode {
                code: "60007",
                numeric: Some(60007),
                http_status: None,
            },
        )],
    };

    const OP: Operation = Operation {
        name: "ModifyUserInfo",
        service: &SERVICE,
        path: "/v4/group_open_avchatroom_http_svc/modify_user_info",
        action: None,
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        payload_on_error: None,
        body: crate::BodyFormat::Json,
        pagination: &[],
    };

    fn decode_response<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<T, Error> {
        super::decode_response(&OP, status, body)
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Payload {
        #[serde(rename = "CommandType")]
        command_type: i32,
    }

    #[test]
    fn ok_answers_decode_the_fields_beside_the_status() {
        let body = br#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","CommandType":1}"#;
        assert_eq!(
            decode_response::<Payload>(200, body).unwrap(),
            Payload { command_type: 1 }
        );
    }

    #[test]
    fn failures_are_vendor_errors_with_their_codes() {
        let body = br#"{"ActionStatus":"FAIL","ErrorCode":10004,"ErrorInfo":"invalid parameter","RequestId":"rid"}"#;
        let e = decode_response::<Payload>(200, body).unwrap_err();
        let v = e.vendor().unwrap();
        assert_eq!(
            (v.code.as_str(), v.numeric_code, v.throttled),
            ("10004", Some(10004), false)
        );
        assert_eq!(v.request_id.as_deref(), Some("rid"));
        let body = br#"{"ActionStatus":"FAIL","ErrorCode":60007,"ErrorInfo":"too frequent"}"#;
        assert!(
            decode_response::<Payload>(200, body)
                .unwrap_err()
                .vendor()
                .unwrap()
                .throttled
        );
        // A non-zero code with an OK status is still a failure.
        let body = br#"{"ActionStatus":"OK","ErrorCode":70001,"ErrorInfo":"expired"}"#;
        assert_eq!(
            decode_response::<Payload>(200, body)
                .unwrap_err()
                .vendor()
                .unwrap()
                .numeric_code,
            Some(70001)
        );
    }

    #[test]
    fn malformed_answers() {
        assert!(matches!(
            decode_response::<Payload>(502, b"Bad Gateway"),
            Err(Error::HttpStatus { status: 502, .. })
        ));
        assert!(matches!(
            decode_response::<Payload>(200, b"{"),
            Err(Error::Decode(_))
        ));
        assert!(matches!(
            decode_response::<Payload>(200, b"{\"ErrorCode\":0}"),
            Err(Error::Decode(_))
        ));
        match decode_response::<Payload>(
            200,
            br#"{"ActionStatus":"OK","ErrorCode":0,"CommandType":"x"}"#,
        ) {
            Err(Error::Decode(e)) => assert_eq!(e.path, "CommandType"),
            other => panic!("{other:?}"),
        }
    }
}
