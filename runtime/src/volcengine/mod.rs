//! Volcengine OpenAPI: the V4 signature ([`sign`] and [`verify`]), the `ResponseMetadata`/`Result` envelope,
//! and (with the `client` feature) the client that generated code wraps.

pub mod sign;
pub mod verify;

pub use sign::Credentials;

use std::borrow::Cow;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::decode::{from_json, DecodeError};
use crate::error::{Error, VendorError};
use crate::operation::{ErrorRole, Operation};

/// A region the service answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// The region's key (`cn-north-1`).
    pub region: &'static str,
    /// The host.
    pub host: &'static str,
    /// The region in the credential scope of the signature.
    pub signing_region: &'static str,
}

#[derive(Deserialize)]
struct Body<'a> {
    #[serde(rename = "ResponseMetadata", borrow)]
    metadata: Option<Metadata<'a>>,
    #[serde(rename = "Result", borrow, default)]
    result: Option<&'a RawValue>,
}

/// Borrowed where it can be: a success needs nothing of it but the absence of an error.
#[derive(Deserialize)]
struct Metadata<'a> {
    #[serde(rename = "RequestId", borrow, default)]
    request_id: Option<Cow<'a, str>>,
    #[serde(rename = "Error", default)]
    error: Option<ErrorObject>,
}

#[derive(Deserialize)]
struct ErrorObject {
    #[serde(rename = "CodeN", default)]
    code_n: Option<i64>,
    #[serde(rename = "Code", default)]
    code: Option<String>,
    #[serde(rename = "Message", default)]
    message: Option<String>,
}

/// Decodes a response to `op`: a vendor error when `ResponseMetadata.Error` carries a code (or
/// the status is not 200), otherwise `Result` as `T` (an absent `Result` reads as `{}`). An
/// error is throttling when its status is 429 or the spec gives its code the `throttled` role.
pub fn decode_response<T: DeserializeOwned>(
    op: &Operation,
    status: u16,
    body: &[u8],
) -> Result<T, Error> {
    let parsed: Body<'_> = match serde_json::from_slice(body) {
        Ok(parsed) => parsed,
        Err(_) if status != 200 => return Err(Error::http_status(status, body)),
        Err(e) => return Err(Error::Decode(DecodeError::from_serde(&e, String::new()))),
    };
    let Some(metadata) = parsed.metadata else {
        if status != 200 {
            return Err(Error::http_status(status, body));
        }
        return Err(Error::Decode(DecodeError::shape(
            "",
            "missing field `ResponseMetadata`",
        )));
    };
    if let Some(e) = metadata.error {
        let code = e.code.unwrap_or_default();
        if e.code_n.unwrap_or(0) != 0 || !code.is_empty() {
            return Err(Error::Vendor(VendorError {
                throttled: status == 429 || op.code_has_role(&code, ErrorRole::Throttled),
                code,
                numeric_code: e.code_n,
                message: e.message.unwrap_or_default(),
                request_id: metadata.request_id.map(Cow::into_owned),
                http_status: status,
                retry_after: None,
            }));
        }
    }
    if status != 200 {
        return Err(Error::http_status(status, body));
    }
    let payload = parsed.result.map(RawValue::get).unwrap_or("{}");
    from_json::<T>(payload.as_bytes()).map_err(|mut e| {
        e.path = if e.path.is_empty() {
            "Result".to_owned()
        } else {
            format!("Result.{}", e.path)
        };
        Error::Decode(e)
    })
}

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "client")]
pub use client::{Client, Config};

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::operation::{ErrorCode, ServiceSpec};

    pub(crate) const SERVICE: ServiceSpec = ServiceSpec {
        name: "demo",
        version: "2020-12-01",
        signing_service: "rtc",
        errors: &[(
            ErrorRole::Throttled,
            ErrorCode {
                code: "FlowLimitExceeded.QPSOverLimit",
                numeric: None,
                http_status: Some(429),
            },
        )],
    };

    pub(crate) const OP: Operation = Operation {
        name: "BatchGetConversationParticipant",
        service: &SERVICE,
        path: "/",
        action: Some("BatchGetConversationParticipant"),
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
        #[serde(rename = "Participants", default)]
        participants: Vec<i64>,
    }

    #[test]
    fn success_decodes_the_result() {
        let body = br#"{"ResponseMetadata":{"RequestId":"r","Action":"A","Version":"2020-12-01","Service":"rtc","Region":"cn-north-1"},"Result":{"Participants":[1,2]}}"#;
        assert_eq!(
            decode_response::<Payload>(200, body).unwrap(),
            Payload {
                participants: vec![1, 2]
            }
        );
        let empty = br#"{"ResponseMetadata":{"RequestId":"r"}}"#;
        assert_eq!(
            decode_response::<Payload>(200, empty).unwrap(),
            Payload {
                participants: vec![]
            }
        );
    }

    #[test]
    fn errors_become_vendor_errors() {
        let body = br#"{"ResponseMetadata":{"RequestId":"req-1","Error":{"CodeN":100010,"Code":"SignatureDoesNotMatch","Message":"bad"}},"Result":{}}"#;
        let e = decode_response::<Payload>(401, body).unwrap_err();
        let v = e.vendor().expect("a vendor error");
        assert_eq!(
            (v.code.as_str(), v.numeric_code, v.http_status),
            ("SignatureDoesNotMatch", Some(100010), 401)
        );
        assert_eq!(v.request_id.as_deref(), Some("req-1"));
        let body = br#"{"ResponseMetadata":{"RequestId":"r","Error":{"Code":"FlowLimitExceeded.QPSOverLimit","Message":"slow down"}}}"#;
        assert!(
            decode_response::<Payload>(429, body)
                .unwrap_err()
                .vendor()
                .unwrap()
                .throttled
        );
        // A code without CodeN, as in the documentation's sample error, is still an error.
        let body = br#"{"ResponseMetadata":{"RequestId":"r","Error":{"Code":"InvalidParameter.AccountIdMismatch","Message":"Check owner failed"}},"Result":{}}"#;
        assert_eq!(
            decode_response::<Payload>(200, body)
                .unwrap_err()
                .vendor()
                .unwrap()
                .code,
            "InvalidParameter.AccountIdMismatch"
        );
    }

    #[test]
    fn malformed_answers_are_decode_or_status_errors() {
        assert!(matches!(
            decode_response::<Payload>(502, b"<html>bad gateway</html>"),
            Err(Error::HttpStatus { status: 502, .. })
        ));
        assert!(matches!(
            decode_response::<Payload>(200, b"{\"Result\":{}}"),
            Err(Error::Decode(_))
        ));
        assert!(matches!(
            decode_response::<Payload>(200, b"not json"),
            Err(Error::Decode(_))
        ));
        match decode_response::<Payload>(
            200,
            br#"{"ResponseMetadata":{"RequestId":"r"},"Result":{"Participants":["x"]}}"#,
        ) {
            Err(Error::Decode(e)) => assert_eq!(e.path, "Result.Participants[0]"),
            other => panic!("{other:?}"),
        }
    }
}
