//! RongCloud's Server API (the classic form API): `POST https://<host>/<module>/<action>.json`
//! with an `application/x-www-form-urlencoded` body ([`crate::form`]), signed with four headers
//! ([`sign`]: `App-Key`, `Nonce`, `Timestamp` and `Signature = hex(SHA-1(App Secret + Nonce +
//! Timestamp))`), answered with `{"code": 200, …}` and the payload's fields beside `code`.
//!
//! Sources: the signature page (docs.rongcloud.io/platform-chat-api/auth, and the worked example
//! of docs.rongcloud.cn/im/server/signature), the hosts page (…/platform-chat-api/base-url), and
//! the official Python server SDK (PyPI `rc-server-sdk` 3.2.0), whose signatures and form bodies
//! are the conformance vectors (`tests/conformance/rongcloud_signature.json`).

pub mod sign;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::decode::{from_json, DecodeError};
use crate::error::{Error, VendorError};
use crate::operation::{ErrorRole, Operation};

pub use sign::Credentials;

/// The `code` of a successful call.
pub const OK_CODE: i64 = 200;

/// The response header that carries the request id (the body has none).
pub const REQUEST_ID_HEADER: &str = "X-Request-Id";

/// A region the service answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// The region's key (`china`, `singapore`).
    pub region: &'static str,
    /// The host.
    pub host: &'static str,
    /// The vendor's backup host for the region (to switch to when the first fails).
    pub backup_host: Option<&'static str>,
}

#[derive(Deserialize)]
struct Status {
    #[serde(default)]
    code: Option<i64>,
    #[serde(rename = "errorMessage", default)]
    error_message: Option<String>,
}

/// Decodes a response to `op`: `code` 200 is success and the payload's fields sit beside it;
/// any other code is the vendor's error, with the HTTP status it came with (RongCloud answers
/// most failures with a status of their own, 401 for a bad signature) and `request_id`, the
/// answer's `X-Request-Id`. A body that is not JSON is an HTTP error when the status is not
/// 200, and a decoding error otherwise.
pub fn decode_response<T: DeserializeOwned>(
    op: &Operation,
    status: u16,
    body: &[u8],
    request_id: Option<String>,
) -> Result<T, Error> {
    let s: Status = match serde_json::from_slice(body) {
        Ok(s) => s,
        Err(_) if status != 200 => return Err(Error::http_status(status, body)),
        Err(e) => return Err(Error::Decode(DecodeError::from_serde(&e, String::new()))),
    };
    match s.code {
        Some(OK_CODE) if status == 200 => from_json(body).map_err(Error::Decode),
        None if status == 200 => Err(Error::Decode(DecodeError::shape(
            "",
            "missing field `code`",
        ))),
        None | Some(OK_CODE) => Err(Error::http_status(status, body)),
        Some(code) => {
            let code_text = code.to_string();
            Err(Error::Vendor(VendorError {
                throttled: op.code_has_role(&code_text, ErrorRole::Throttled),
                code: code_text,
                numeric_code: Some(code),
                message: s.error_message.unwrap_or_default(),
                request_id,
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
        version: "",
        signing_service: "",
        errors: &[(
            ErrorRole::Throttled,
            ErrorCode {
                code: "1008",
                numeric: Some(1008),
                http_status: Some(429),
            },
        )],
    };

    const OP: Operation = Operation {
        name: "GetUserInfo",
        service: &SERVICE,
        path: "/user/info.json",
        action: None,
        rate_limit: None,
        idempotent: true,
        errors: &[],
        class_limits: &[],
        payload_on_error: None,
        body: crate::BodyFormat::Json,
        pagination: &[],
    };

    #[derive(Debug, Deserialize, PartialEq)]
    struct Payload {
        #[serde(rename = "userName")]
        user_name: String,
    }

    #[test]
    fn code_200_is_the_payload_beside_it() {
        let body = br#"{"code":200,"userName":"Ironman"}"#;
        let p: Payload = decode_response(&OP, 200, body, None).unwrap();
        assert_eq!(p.user_name, "Ironman");
    }

    #[test]
    fn other_codes_are_vendor_errors_with_the_status_and_request_id() {
        let body = br#"{"code":1008,"errorMessage":"too many requests"}"#;
        let e = decode_response::<Payload>(&OP, 429, body, Some("rid".into())).unwrap_err();
        match e {
            Error::Vendor(v) => {
                assert_eq!(v.code, "1008");
                assert_eq!(v.numeric_code, Some(1008));
                assert_eq!(v.message, "too many requests");
                assert_eq!(v.request_id.as_deref(), Some("rid"));
                assert_eq!(v.http_status, 429);
                assert!(v.throttled);
            }
            other => panic!("{other:?}"),
        }
        let e = decode_response::<Payload>(&OP, 401, br#"{"code":1004}"#, None).unwrap_err();
        assert!(matches!(e, Error::Vendor(v) if v.code == "1004" && !v.throttled));
    }

    #[test]
    fn a_body_without_a_code_or_not_json_is_not_success() {
        assert!(matches!(
            decode_response::<Payload>(&OP, 200, br#"{"userName":"x"}"#, None),
            Err(Error::Decode(_))
        ));
        assert!(matches!(
            decode_response::<Payload>(&OP, 502, b"<html>", None),
            Err(Error::HttpStatus { status: 502, .. })
        ));
        assert!(matches!(
            decode_response::<Payload>(&OP, 500, br#"{"code":200}"#, None),
            Err(Error::HttpStatus { status: 500, .. })
        ));
        assert!(matches!(
            decode_response::<Payload>(&OP, 200, b"<html>", None),
            Err(Error::Decode(_))
        ));
    }
}
