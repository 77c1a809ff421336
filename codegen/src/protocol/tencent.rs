//! Tencent Cloud Chat REST API: `POST /v4/<service>/<command>?sdkappid=…&identifier=…&
//! usersig=…&random=…&contenttype=json`, and the `ActionStatus`/`ErrorCode`/`ErrorInfo`
//! envelope (HTTP 200 always).

use quote::quote;
use serde_json::{json, Value};

use super::{ClientParts, Problem, Protocol, ServiceSettings};
use crate::ir::{self, ErrorRole};
use crate::json::{one_value, query_parameter, reference, Obj, J};
use crate::spec;

pub struct Tencent;

/// `<servicename>/<command>`: two segments of lowercase letters, digits and `_`.
fn split_path(p: &str) -> Option<(&str, &str)> {
    let (service, command) = p.split_once('/')?;
    let ok = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    (ok(service) && ok(command)).then_some((service, command))
}

/// The signing scheme's name, as the runtimes know it.
const SCHEME: &str = "tencent-usersig";

impl Protocol for Tencent {
    fn service_settings(
        &self,
        s: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> ServiceSettings {
        if s.volcengine.is_some() {
            problems.push(Problem::new(
                "volcengine",
                "`volcengine` settings on a tencent service",
            ));
        }
        let version = match &s.tencent {
            Some(t) => t.version.clone(),
            None => {
                problems.push(Problem::new(
                    "protocol",
                    "a tencent service needs `tencent: {version}`",
                ));
                String::new()
            }
        };
        ServiceSettings {
            api_version: version,
            // The UserSig names the app and an administrator, not a region.
            signing: signing(),
            // The app is the `sdkappid` query parameter of every request.
            app_field: None,
        }
    }

    fn operation_binding(
        &self,
        h: &spec::HttpBinding,
        service: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> Option<(String, ir::Route)> {
        if h.action.is_some() {
            problems.push(Problem::new(
                "http.action",
                "tencent operations are bound by `path`, not `action`",
            ));
        }
        let version = service
            .tencent
            .as_ref()
            .map(|t| t.version.as_str())
            .unwrap_or("v4");
        match &h.path {
            Some(p) => match split_path(p) {
                Some(_) => Some((format!("/{version}/{p}"), ir::Route::Path)),
                None => {
                    problems.push(
                        Problem::new("http.path", format!("path `{p}` is not `<servicename>/<command>`"))
                            .help("for example `group_open_avchatroom_http_svc/modify_user_info`, without the version"),
                    );
                    None
                }
            },
            None => {
                problems.push(Problem::new("http", "a tencent operation needs `path`"));
                None
            }
        }
    }

    fn check_request(
        &self,
        _settings: &ServiceSettings,
        _request: &[ir::Field],
        _problems: &mut Vec<Problem>,
    ) {
        // The app is the `sdkappid` query parameter of every request.
    }

    fn envelope_roles(&self) -> ir::EnvelopeRoles {
        let field = |name: &str| vec![name.to_owned()];
        ir::EnvelopeRoles {
            request_id: field("RequestId"),
            request_id_header: None,
            ok_code: None,
            code: field("ErrorCode"),
            number: field("ErrorCode"),
            message: field("ErrorInfo"),
            status: Some(ir::StatusField {
                path: field("ActionStatus"),
                ok: "OK".to_owned(),
            }),
        }
    }

    fn check_error_code(&self, code: &Value) -> Result<(), &'static str> {
        match code.as_i64() {
            Some(_) => Ok(()),
            None => Err("an integer (`10004`)"),
        }
    }

    fn server_roles(&self) -> &'static [ErrorRole] {
        &[
            ErrorRole::MissingParameter,
            ErrorRole::UnknownOperation,
            ErrorRole::BadRequest,
            ErrorRole::MalformedCredentials,
            ErrorRole::UnknownCredentials,
            ErrorRole::ExpiredCredentials,
            ErrorRole::SignatureMismatch,
            ErrorRole::IdentifierMismatch,
            ErrorRole::AppMismatch,
            ErrorRole::MissingApp,
            ErrorRole::NotAdmin,
            ErrorRole::MalformedBody,
            ErrorRole::InvalidParameter,
            ErrorRole::Throttled,
            ErrorRole::Internal,
        ]
    }

    fn describe(&self, service: &ir::Service) -> String {
        format!(
            "Tencent Cloud Chat REST API: every operation is `POST /{}/<servicename>/<command>?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json`.",
            service.api_version
        )
    }

    fn client_parts(&self, service: &ir::Service) -> ClientParts {
        let endpoints = super::endpoints_with_backups(service);
        ClientParts {
            runtime_module: "tencent",
            reexports: &[],
            doc: "Each call is validated and sent with the admin's UserSig (made from the secret key and cached until near its expiry) and a fresh `random`; the `ActionStatus`/`ErrorCode`/`ErrorInfo` envelope is decoded: a vendor error becomes [`Error::Vendor`] with its code and message.",
            endpoints,
            consts: quote!(),
            params: quote!(sdkappid: u64, identifier: &str, secret_key: &str),
            args: quote!(sdkappid, identifier, secret_key),
            default_config: quote!(Config::new(sdkappid, identifier, secret_key, &ENDPOINTS[0])),
            params_doc: "the app's SDKAppID, an App admin account (`identifier`) and the console's secret key, from which UserSigs are made",
            example_args: "1400000000, \"administrator\", \"<secret key>\"",
        }
    }

    fn server_doc(&self) -> &'static str {
        "Requests are routed by their path, `/v4/<servicename>/<command>`, and authenticated with the `sdkappid`, `identifier` and `usersig` query parameters: the UserSig is verified with the app's secret key from the [`Gateway`]'s [`Keys`], and the identifier must be one of the app's administrators. Every answer is HTTP 200 with the `ActionStatus`/`ErrorCode`/`ErrorInfo` envelope."
    }

    fn openapi_parameters(&self) -> Vec<J> {
        vec![
            query_parameter(
                "sdkappid",
                "The app's SDKAppID.",
                Obj::new()
                    .with("type", "integer")
                    .with("minimum", 0)
                    .with("maximum", u32::MAX),
            ),
            query_parameter(
                "identifier",
                "An administrator account of the app, whose UserSig `usersig` is.",
                Obj::new().with("type", "string").with("minLength", 1),
            ),
            query_parameter(
                "random",
                "A random 32-bit unsigned integer.",
                Obj::new()
                    .with("type", "integer")
                    .with("minimum", 0)
                    .with("maximum", u32::MAX),
            ),
            query_parameter("contenttype", "Always `json`.", one_value("json")),
        ]
    }

    fn openapi_security(&self, _service: &ir::Service) -> (&'static str, Obj) {
        let scheme = Obj::new()
            .with("type", "apiKey")
            .with("in", "query")
            .with("name", "usersig")
            .with(
                "description",
                "Tencent Cloud Chat UserSig (TLSSigAPIv2), not a standard scheme. `usersig` is an \
                 administrator's UserSig and travels with `sdkappid` (the app), `identifier` (that \
                 administrator), `random` (a random 32-bit unsigned integer) and \
                 `contenttype=json`. A UserSig is the JSON object `{\"TLS.ver\": \"2.0\", \
                 \"TLS.identifier\", \"TLS.sdkappid\", \"TLS.time\", \"TLS.expire\", \"TLS.sig\"}` \
                 compressed with zlib and base64-encoded with `+`, `/` and `=` replaced by `*`, \
                 `-` and `_`. `TLS.sig` is the base64 HMAC-SHA256, keyed by the app's secret key, \
                 of the lines `TLS.identifier:<id>`, `TLS.sdkappid:<app>`, `TLS.time:<unix \
                 seconds>` and `TLS.expire:<seconds>`, each ended by a newline.",
            )
            .with(
                "x-imapi-usersig",
                json!({
                    "algorithm": "TLSSigAPIv2",
                    "mac": "HMAC-SHA256",
                    "companion_query_parameters": ["sdkappid", "identifier", "random", "contenttype"],
                }),
            );
        ("tencentUserSig", scheme)
    }

    fn openapi_error_status(&self, _error: &ir::ErrorDef) -> u16 {
        200
    }

    fn openapi_ok_description(&self) -> &'static str {
        "The result, or a failure: Tencent answers every call with HTTP 200 and carries \
         failures in `ActionStatus`, `ErrorCode` and `ErrorInfo`."
    }

    fn openapi_error_body(&self, _service: &ir::Service, envelope: &str) -> Obj {
        Obj::new()
            .with(
                "description",
                "A failed call: `ActionStatus` is `FAIL` and `ErrorCode` is not 0.",
            )
            .with(
                "allOf",
                vec![
                    J::from(reference(envelope)),
                    J::from(Obj::new().with(
                        "properties",
                        Obj::new().with("ActionStatus", one_value("FAIL")).with(
                            "ErrorCode",
                            Obj::new().with("not", Obj::new().with("const", 0)),
                        ),
                    )),
                ],
            )
    }
}

/// The UserSig scheme as data, for template sets (the runtime's `tencent::usersig` does it):
/// the query every REST call carries (the RESTful API Overview, 1047/34620) and the UserSig
/// the official `tls-sig-api-v2` package makes.
fn signing() -> ir::Signing {
    let part = |name: &str, value: &str| ir::SigningPart {
        name: name.to_owned(),
        value: value.to_owned(),
    };
    ir::Signing {
        scheme: SCHEME.to_owned(),
        service: None,
        per_region: false,
        algorithm: "HMAC-SHA256".to_owned(),
        carrier: "query".to_owned(),
        adds: vec![
            part("sdkappid", "the app's SDKAppID"),
            part("identifier", "the app administrator the call is made as"),
            part(
                "usersig",
                "the administrator's UserSig: the JSON document TLS.ver, TLS.identifier, TLS.sdkappid, TLS.expire, TLS.time and TLS.sig (an HMAC-SHA256, base64, over `TLS.identifier:…\\nTLS.sdkappid:…\\nTLS.time:…\\nTLS.expire:…\\n` keyed with the secret key), zlib-compressed, base64 with `+/=` written `*-_`",
            ),
            part("random", "a random 32-bit unsigned integer"),
            part("contenttype", "json"),
        ],
        signed_headers: Vec::new(),
        scope: None,
        validity: "TLS.expire seconds after TLS.time (the runtimes make them for 180 days)".to_owned(),
        vectors: "tests/conformance/tencent_usersig.json".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_service_and_command() {
        assert_eq!(
            split_path("group_open_avchatroom_http_svc/modify_user_info"),
            Some(("group_open_avchatroom_http_svc", "modify_user_info"))
        );
        assert!(split_path("/group_open_avchatroom_http_svc/modify_user_info").is_none());
        assert!(split_path("v4/group_open_avchatroom_http_svc/modify_user_info").is_none());
        assert!(split_path("one").is_none());
    }
}
