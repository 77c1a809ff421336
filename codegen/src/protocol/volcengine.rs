//! Volcengine OpenAPI: `POST /?Action=…&Version=…`, the V4 "HMAC-SHA256" signature, and the
//! `ResponseMetadata`/`Result` envelope.

use quote::quote;
use serde_json::{json, Value};

use super::{ClientParts, Problem, Protocol, ServiceSettings};
use crate::ir::{self, ErrorRole, Type};
use crate::json::{reference, Obj, J};
use crate::naming;
use crate::spec;

pub struct Volcengine;

/// The signing scheme's name, as the runtimes know it.
const SCHEME: &str = "volcengine-v4";

/// The service name in the signature's credential scope.
fn signing_service(service: &ir::Service) -> &str {
    service.signing.service.as_deref().unwrap_or_default()
}

/// A query parameter of every call.
fn param(name: &str, value: &str) -> ir::QueryParam {
    ir::QueryParam {
        name: name.to_owned(),
        value: value.to_owned(),
    }
}

/// A path of wire names.
fn path(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

impl Protocol for Volcengine {
    fn service_settings(
        &self,
        s: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> ServiceSettings {
        if s.tencent.is_some() {
            problems.push(Problem::new(
                "tencent",
                "`tencent` settings on a volcengine service",
            ));
        }
        let settings = |version: &str, service: &str, app_field: Option<&String>| ServiceSettings {
            api_version: version.to_owned(),
            signing: signing(service),
            app_field: app_field.cloned(),
        };
        match &s.volcengine {
            Some(v) => settings(&v.version, &v.service, v.app_field.as_ref()),
            None => {
                problems.push(Problem::new(
                    "protocol",
                    "a volcengine service needs `volcengine: {service, version}`",
                ));
                settings("", "", None)
            }
        }
    }

    fn operation_binding(
        &self,
        h: &spec::HttpBinding,
        service: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> Option<(String, ir::Route)> {
        if h.path.is_some() {
            problems.push(Problem::new(
                "http.path",
                "volcengine operations are all `POST /`; name the `action` instead",
            ));
        }
        let version = service
            .volcengine
            .as_ref()
            .map(|v| v.version.as_str())
            .unwrap_or_default();
        match &h.action {
            Some(action) if naming::is_pascal_case(action) => Some((
                "/".to_owned(),
                ir::Route::Query {
                    operation: param("Action", action),
                    version: param("Version", version),
                },
            )),
            Some(action) => {
                problems.push(Problem::new(
                    "http.action",
                    format!("action `{action}` is not PascalCase"),
                ));
                None
            }
            None => {
                problems.push(Problem::new(
                    "http",
                    "a volcengine operation needs `action`",
                ));
                None
            }
        }
    }

    fn check_request(
        &self,
        settings: &ServiceSettings,
        request: &[ir::Field],
        problems: &mut Vec<Problem>,
    ) {
        let Some(app) = &settings.app_field else {
            return;
        };
        match request.iter().find(|f| &f.name.wire == app) {
            Some(f) if f.required && matches!(&f.ty, Type::Scalar { scalar } if scalar.is_integer()) => {}
            Some(_) => problems.push(Problem::new(
                "request.fields",
                format!("`{app}` names the app (the service's `app_field`), so it must be a required integer"),
            )),
            None => problems.push(
                Problem::new(
                    "request.fields",
                    format!("the request has no `{app}`, the field that names the app"),
                )
                .help("rate limits hold per app; every request of the service names it (`volcengine.app_field`)"),
            ),
        }
    }

    fn envelope_roles(&self) -> ir::EnvelopeRoles {
        ir::EnvelopeRoles {
            request_id: path(&["ResponseMetadata", "RequestId"]),
            request_id_header: None,
            ok_code: None,
            code: path(&["ResponseMetadata", "Error", "Code"]),
            number: path(&["ResponseMetadata", "Error", "CodeN"]),
            message: path(&["ResponseMetadata", "Error", "Message"]),
            status: None,
        }
    }

    fn check_error_code(&self, code: &Value) -> Result<(), &'static str> {
        match code.as_str() {
            Some(s) if !s.is_empty() => Ok(()),
            _ => Err("a string (`ConversationNotFound`)"),
        }
    }

    fn server_roles(&self) -> &'static [ErrorRole] {
        &[
            ErrorRole::MissingParameter,
            ErrorRole::UnknownOperation,
            ErrorRole::MissingCredentials,
            ErrorRole::MalformedCredentials,
            ErrorRole::UnknownCredentials,
            ErrorRole::ExpiredCredentials,
            ErrorRole::CredentialScope,
            ErrorRole::SignatureMismatch,
            ErrorRole::MalformedBody,
            ErrorRole::InvalidParameter,
            ErrorRole::Throttled,
            ErrorRole::Internal,
        ]
    }

    fn describe(&self, service: &ir::Service) -> String {
        let signing = signing_service(service);
        format!(
            "Volcengine OpenAPI: every operation is `POST /?Action=<Action>&Version={}`, signed with the V4 \"HMAC-SHA256\" algorithm for service `{signing}`.",
            service.api_version
        )
    }

    fn client_parts(&self, service: &ir::Service) -> ClientParts {
        let endpoints = service
            .endpoints
            .iter()
            .map(|e| {
                let (region, host, signing) = (&e.region, &e.host, &e.signing_region);
                quote! {
                    Endpoint {
                        region: #region,
                        host: #host,
                        signing_region: #signing,
                    }
                }
            })
            .collect();
        let signing_service = signing_service(service);
        let version = &service.api_version;
        ClientParts {
            runtime_module: "volcengine",
            reexports: &["Credentials"],
            doc: "Each call is validated, signed with the V4 \"HMAC-SHA256\" algorithm (a fresh `X-Date` per attempt), sent over HTTPS, and its `ResponseMetadata`/`Result` envelope decoded: a vendor error becomes [`Error::Vendor`] with its code, `CodeN`, message and request id.",
            endpoints,
            consts: quote! {
                /// The service name in the signature's credential scope.
                pub const SERVICE: &str = #signing_service;

                /// The API version, sent as the `Version` query parameter.
                pub const VERSION: &str = #version;
            },
            params: quote!(credentials: Credentials),
            args: quote!(credentials),
            default_config: quote!(Config::new(credentials, &ENDPOINTS[0], SERVICE, VERSION)),
            params_doc: "the access key pair ([`Credentials::new`], or [`Credentials::from_env`] for `VOLC_ACCESSKEY` and `VOLC_SECRETKEY`)",
            example_args: "Credentials::new(\"<access key id>\", \"<secret access key>\")",
        }
    }

    fn server_doc(&self) -> &'static str {
        "Requests are routed by their `Action` and `Version` query parameters and authenticated with the V4 \"HMAC-SHA256\" signature, checked against the secret key the [`Gateway`]'s [`Keys`] give for the access key (everything the head shows before the body is read); refusals carry the gateway's `Code`, `CodeN` and HTTP status, and answers the `ResponseMetadata`/`Result` envelope."
    }

    fn openapi_parameters(&self) -> Vec<J> {
        // The credentials travel in headers.
        Vec::new()
    }

    fn openapi_security(&self, service: &ir::Service) -> (&'static str, Obj) {
        let signing_service = signing_service(service);
        let scheme = Obj::new()
            .with("type", "apiKey")
            .with("in", "header")
            .with("name", "Authorization")
            .with(
                "description",
                format!(
                    "Volcengine OpenAPI V4 signature, not a standard scheme. Each request carries \
                 `X-Date` (UTC, `YYYYMMDD'T'HHMMSS'Z'`), `X-Content-Sha256` (the hex SHA-256 of \
                 the body) and `Authorization: HMAC-SHA256 Credential=<AccessKeyId>/<YYYYMMDD>/\
                 <region>/{signing_service}/request, SignedHeaders=<names>, Signature=<hex>`. \
                 The canonical request is the method, the path, the query sorted by name and \
                 percent-encoded (RFC 3986), the signed headers (lower-case names, trimmed \
                 values, each followed by a newline), a blank line, the signed header names \
                 joined by `;`, and the body hash. The string to sign is `HMAC-SHA256`, the \
                 X-Date, the credential scope and the hex SHA-256 of the canonical request, \
                 one per line. The key is HMAC-SHA256 chained over the date, the region, \
                 `{signing_service}` and `request`, starting from the secret access key. \
                 `host` and `x-date` must be signed, and `X-Security-Token` when sent (STS \
                 credentials)."
                ),
            )
            .with(
                "x-imapi-signing",
                json!({
                    "algorithm": "HMAC-SHA256",
                    "service": signing_service,
                    "scope": "<YYYYMMDD>/<region>/<service>/request",
                    "date_header": "X-Date",
                    "content_hash_header": "X-Content-Sha256",
                    "token_header": "X-Security-Token",
                    "required_signed_headers": ["host", "x-date"],
                    "signed_headers": ["content-type", "host", "x-content-sha256", "x-date"],
                }),
            );
        ("volcengineV4", scheme)
    }

    fn openapi_error_status(&self, error: &ir::ErrorDef) -> u16 {
        // The business codes the documents give no status are answered with 400, as the
        // spec's doc notes resolve.
        error.http_status.unwrap_or(400)
    }

    fn openapi_ok_description(&self) -> &'static str {
        "The result, or a failure carried in `ResponseMetadata.Error`."
    }

    fn openapi_error_body(&self, service: &ir::Service, _envelope: &str) -> Obj {
        let metadata = service
            .envelope
            .fields
            .first()
            .map_or("ResponseMetadata", |f| f.name.wire.as_str());
        let metadata_type = service
            .envelope
            .fields
            .first()
            .and_then(|f| match &f.ty {
                Type::Named { name } => Some(name.as_str()),
                _ => None,
            })
            .unwrap_or("ResponseMetadata");
        Obj::new()
            .with(
                "description",
                "A failed call: the metadata carries `Error` and there is no result.",
            )
            .with("type", "object")
            .with("required", vec![J::from(metadata)])
            .with(
                "properties",
                Obj::new().with(
                    metadata,
                    Obj::new().with(
                        "allOf",
                        vec![
                            J::from(reference(metadata_type)),
                            J::from(Obj::new().with("required", vec![J::from("Error")])),
                        ],
                    ),
                ),
            )
    }
}

/// The V4 signature as data, for template sets (the runtime's `volcengine::sign` does it):
/// what the official SDKs' signers send and sign (volcengine-python `auth/SignerV4.py`).
fn signing(service: &str) -> ir::Signing {
    let part = |name: &str, value: &str| ir::SigningPart {
        name: name.to_owned(),
        value: value.to_owned(),
    };
    ir::Signing {
        scheme: SCHEME.to_owned(),
        service: Some(service.to_owned()),
        per_region: true,
        algorithm: "HMAC-SHA256".to_owned(),
        carrier: "headers".to_owned(),
        adds: vec![
            part("X-Date", "the time of signing, YYYYMMDD'T'HHMMSS'Z' in UTC"),
            part("X-Content-Sha256", "the body's SHA-256, lower-case hex"),
            part(
                "Authorization",
                "HMAC-SHA256 Credential=<access key id>/<scope>, SignedHeaders=<signed headers joined by ;>, Signature=<hex HMAC of the string to sign>",
            ),
            part("X-Security-Token", "the STS session token, when the credentials have one (then signed too)"),
        ],
        signed_headers: ["content-type", "host", "x-content-sha256", "x-date"]
            .map(str::to_owned)
            .to_vec(),
        scope: Some("{date}/{region}/{service}/request".to_owned()),
        validity: "a server accepts X-Date within 15 minutes of its clock".to_owned(),
        vectors: "tests/conformance/volcengine_v4.json".to_owned(),
    }
}
