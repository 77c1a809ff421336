//! RongCloud's Server API (the classic form API): `POST https://<host>/<module>/<action>.json`
//! with an `application/x-www-form-urlencoded` body, signed with the `App-Key`, `Nonce`,
//! `Timestamp` and `Signature` headers, answered with `{"code": 200, …}` (the payload's fields
//! beside `code`) or `{"code": <n>, "errorMessage": …}` with the code's HTTP status.
//!
//! Sources: docs.rongcloud.io/platform-chat-api/auth (the headers and the signature),
//! …/base-url (the hosts), and the status-code table the spec's `errors` transcribe.

use quote::quote;
use serde_json::{json, Value};

use super::{ClientParts, Problem, Protocol, ServiceSettings};
use crate::ir::{self, ErrorRole};
use crate::json::{reference, Obj, J};
use crate::spec;

pub struct Rongcloud;

/// The signing scheme's name, as the runtimes know it.
const SCHEME: &str = "rongcloud-sha1";

/// `<segment>/…/<action>.json`: at least two segments of ASCII letters, digits and `_`, the
/// last ending in `.json` (`user/getToken.json`, `group/user/gag/add.json`).
fn valid_path(p: &str) -> bool {
    let Some(stem) = p.strip_suffix(".json") else {
        return false;
    };
    let segments: Vec<&str> = stem.split('/').collect();
    segments.len() >= 2
        && segments
            .iter()
            .all(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

impl Protocol for Rongcloud {
    fn service_settings(
        &self,
        s: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> ServiceSettings {
        for (present, key) in [
            (s.volcengine.is_some(), "volcengine"),
            (s.tencent.is_some(), "tencent"),
        ] {
            if present {
                problems.push(Problem::new(
                    key,
                    format!("`{key}` settings on a rongcloud service"),
                ));
            }
        }
        ServiceSettings {
            // The classic API has no version: its paths and headers name none.
            api_version: String::new(),
            signing: signing(),
            // The app is the `App-Key` header of every request.
            app_field: None,
        }
    }

    fn operation_binding(
        &self,
        h: &spec::HttpBinding,
        _service: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> Option<(String, ir::Route)> {
        if h.action.is_some() {
            problems.push(Problem::new(
                "http.action",
                "rongcloud operations are bound by `path`, not `action`",
            ));
        }
        match &h.path {
            Some(p) if valid_path(p) => Some((format!("/{p}"), ir::Route::Path)),
            Some(p) => {
                problems.push(
                    Problem::new(
                        "http.path",
                        format!("path `{p}` is not `<module>/<action>.json`"),
                    )
                    .help("for example `user/getToken.json` or `group/user/gag/add.json`, without the leading `/`"),
                );
                None
            }
            None => {
                problems.push(Problem::new("http", "a rongcloud operation needs `path`"));
                None
            }
        }
    }

    fn body_format(&self) -> ir::BodyFormat {
        ir::BodyFormat::Form
    }

    fn check_request(
        &self,
        _settings: &ServiceSettings,
        _request: &[ir::Field],
        _problems: &mut Vec<Problem>,
    ) {
        // The app is the `App-Key` header of every request.
    }

    fn envelope_roles(&self) -> ir::EnvelopeRoles {
        let field = |name: &str| vec![name.to_owned()];
        ir::EnvelopeRoles {
            // The body carries no request id; the `X-Request-Id` response header does.
            request_id: Vec::new(),
            request_id_header: Some("X-Request-Id".to_owned()),
            code: field("code"),
            ok_code: Some(200),
            number: field("code"),
            message: field("errorMessage"),
            status: None,
        }
    }

    fn check_error_code(&self, code: &Value) -> Result<(), &'static str> {
        match code.as_i64() {
            Some(c) if c != 200 => Ok(()),
            Some(_) => Err("a failure's code, not 200 (which is success)"),
            None => Err("an integer (`1002`)"),
        }
    }

    fn server_roles(&self) -> &'static [ErrorRole] {
        &[
            ErrorRole::UnknownOperation,
            ErrorRole::BadRequest,
            ErrorRole::MissingCredentials,
            ErrorRole::MalformedCredentials,
            ErrorRole::UnknownCredentials,
            ErrorRole::ExpiredCredentials,
            ErrorRole::SignatureMismatch,
            ErrorRole::MalformedBody,
            ErrorRole::InvalidParameter,
            ErrorRole::Throttled,
            ErrorRole::Internal,
        ]
    }

    fn describe(&self, _service: &ir::Service) -> String {
        "RongCloud Server API: every operation is `POST /<module>/<action>.json` with a form-encoded body, signed with the `App-Key`, `Nonce`, `Timestamp` and `Signature` headers (`Signature` is the hex SHA-1 of the App Secret, the nonce and the timestamp).".to_owned()
    }

    fn client_parts(&self, service: &ir::Service) -> ClientParts {
        let endpoints = super::endpoints_with_backups(service);
        ClientParts {
            runtime_module: "rongcloud",
            reexports: &["Credentials"],
            doc: "Each call is validated, form-encoded and signed with a fresh nonce and timestamp (`Signature` is the hex SHA-1 of the App Secret, the nonce and the timestamp); the `code` envelope is decoded: any code but 200 becomes [`Error::Vendor`] with its code, `errorMessage` and the `X-Request-Id` the server answered with.",
            endpoints,
            consts: quote!(),
            params: quote!(credentials: Credentials),
            args: quote!(credentials),
            default_config: quote!(Config::new(credentials, &ENDPOINTS[0])),
            params_doc: "the app's App Key and App Secret ([`Credentials::new`])",
            example_args: "Credentials::new(\"<app key>\", \"<app secret>\")",
        }
    }

    fn server_doc(&self) -> &'static str {
        "Requests are routed by their path, `/<module>/<action>.json`, and authenticated with the `App-Key`, `Nonce`, `Timestamp` and `Signature` headers (each also accepted with the `RC-` prefix): the signature is checked against the App Secret the [`Gateway`]'s [`Keys`] give for the App Key, and the timestamp must be within the gateway's window. Answers are `{\"code\": 200, …}` with the payload's fields beside `code`; refusals `{\"code\": …, \"errorMessage\": …}` with the code's HTTP status."
    }

    fn openapi_parameters(&self) -> Vec<J> {
        // The credentials travel in headers.
        Vec::new()
    }

    fn openapi_security(&self, _service: &ir::Service) -> (&'static str, Obj) {
        let scheme = Obj::new()
            .with("type", "apiKey")
            .with("in", "header")
            .with("name", "Signature")
            .with(
                "description",
                "RongCloud Server API signature, not a standard scheme. Each request carries \
                 `App-Key` (the app), `Nonce` (a random string), `Timestamp` (milliseconds or \
                 seconds since the Unix epoch) and `Signature`, the lower-case hex SHA-1 of the \
                 App Secret, the nonce and the timestamp written one after the other. Each \
                 header may instead be sent with the `RC-` prefix (`RC-App-Key`). The signature \
                 covers neither the path nor the body.",
            )
            .with(
                "x-imapi-signing",
                json!({
                    "algorithm": "SHA-1",
                    "headers": ["App-Key", "Nonce", "Timestamp", "Signature"],
                    "alternative_prefix": "RC-",
                    "signature": "hex(sha1(app_secret + nonce + timestamp))",
                }),
            );
        ("rongcloudSignature", scheme)
    }

    fn openapi_error_status(&self, error: &ir::ErrorDef) -> u16 {
        // The status table gives most codes a status; the rest are answered with 400.
        error.http_status.unwrap_or(400)
    }

    fn openapi_ok_description(&self) -> &'static str {
        "The result: `code` is 200 and the payload's fields sit beside it."
    }

    fn openapi_error_body(&self, _service: &ir::Service, envelope: &str) -> Obj {
        Obj::new()
            .with(
                "description",
                "A failed call: `code` is not 200 and `errorMessage` says why.",
            )
            .with(
                "allOf",
                vec![
                    J::from(reference(envelope)),
                    J::from(
                        Obj::new().with("required", vec![J::from("code")]).with(
                            "properties",
                            Obj::new().with(
                                "code",
                                Obj::new()
                                    .with("type", "integer")
                                    .with("not", Obj::new().with("const", 200)),
                            ),
                        ),
                    ),
                ],
            )
    }
}

/// The signature as data, for template sets (the runtime's `rongcloud::sign` does it): the
/// headers of the signature page, as the official server SDK sends them.
fn signing() -> ir::Signing {
    let part = |name: &str, value: &str| ir::SigningPart {
        name: name.to_owned(),
        value: value.to_owned(),
    };
    ir::Signing {
        scheme: SCHEME.to_owned(),
        service: None,
        per_region: false,
        algorithm: "SHA-1".to_owned(),
        carrier: "headers".to_owned(),
        adds: vec![
            part("App-Key", "the app's App Key"),
            part("Nonce", "a random string (the pages say at most 18 characters)"),
            part("Timestamp", "the time of signing, milliseconds since the Unix epoch"),
            part(
                "Signature",
                "the lower-case hex SHA-1 of the App Secret, the Nonce and the Timestamp, concatenated",
            ),
        ],
        signed_headers: Vec::new(),
        scope: None,
        validity: "no window is documented; the runtime's server accepts a Timestamp within 300 seconds of its clock".to_owned(),
        vectors: "tests/conformance/rongcloud_signature.json".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_modules_and_an_action_in_json() {
        assert!(valid_path("user/getToken.json"));
        assert!(valid_path("group/user/gag/add.json"));
        assert!(!valid_path("/user/getToken.json"));
        assert!(!valid_path("user/getToken"));
        assert!(!valid_path("getToken.json"));
        assert!(!valid_path("user//getToken.json"));
        assert!(!valid_path("user/get-token.json"));
        assert!(!valid_path("user/getToken.xml"));
    }

    #[test]
    fn success_is_code_200() {
        let roles = Rongcloud.envelope_roles();
        assert_eq!(roles.ok_code, Some(200));
        assert_eq!(roles.request_id_header.as_deref(), Some("X-Request-Id"));
        assert!(Rongcloud.check_error_code(&json!(1002)).is_ok());
        assert!(Rongcloud.check_error_code(&json!(200)).is_err());
        assert!(Rongcloud.check_error_code(&json!("1002")).is_err());
    }
}
