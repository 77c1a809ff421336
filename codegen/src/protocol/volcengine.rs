//! Volcengine OpenAPI: `POST /?Action=…&Version=…`, the V4 "HMAC-SHA256" signature, and the
//! `ResponseMetadata`/`Result` envelope.

use quote::quote;
use serde_json::Value;

use super::{ClientParts, Problem, Protocol};
use crate::ir::{self, ErrorRole, Type};
use crate::naming;
use crate::spec;

pub struct Volcengine;

impl Protocol for Volcengine {
    fn service_binding(
        &self,
        s: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> (String, ir::ServiceBinding) {
        if s.tencent.is_some() {
            problems.push(Problem::new(
                "tencent",
                "`tencent` settings on a volcengine service",
            ));
        }
        match &s.volcengine {
            Some(v) => (
                v.version.clone(),
                ir::ServiceBinding::Volcengine {
                    signing_service: v.service.clone(),
                    app_field: v.app_field.clone(),
                },
            ),
            None => {
                problems.push(Problem::new(
                    "protocol",
                    "a volcengine service needs `volcengine: {service, version}`",
                ));
                (
                    String::new(),
                    ir::ServiceBinding::Volcengine {
                        signing_service: String::new(),
                        app_field: None,
                    },
                )
            }
        }
    }

    fn operation_binding(
        &self,
        h: &spec::HttpBinding,
        _service: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> Option<(String, ir::Binding)> {
        if h.path.is_some() {
            problems.push(Problem::new(
                "http.path",
                "volcengine operations are all `POST /`; name the `action` instead",
            ));
        }
        match &h.action {
            Some(action) if naming::is_pascal_case(action) => Some((
                "/".to_owned(),
                ir::Binding::Volcengine {
                    action: action.clone(),
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
        binding: &ir::ServiceBinding,
        request: &[ir::Field],
        problems: &mut Vec<Problem>,
    ) {
        let ir::ServiceBinding::Volcengine {
            app_field: Some(app),
            ..
        } = binding
        else {
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
        let signing = match &service.binding {
            ir::ServiceBinding::Volcengine {
                signing_service, ..
            } => signing_service.as_str(),
            ir::ServiceBinding::Tencent => "",
        };
        format!(
            "Volcengine OpenAPI: every operation is `POST /?Action=<Action>&Version={}`, signed with the V4 \"HMAC-SHA256\" algorithm for service `{signing}`.",
            service.api_version
        )
    }

    fn describe_operation(&self, service: &ir::Service, op: &ir::Operation) -> String {
        format!(
            "`{} /?Action={}&Version={}`",
            super::method_name(op.http.method),
            op.http.binding.action().unwrap_or_default(),
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
        let signing_service = match &service.binding {
            ir::ServiceBinding::Volcengine {
                signing_service, ..
            } => signing_service.clone(),
            ir::ServiceBinding::Tencent => String::new(),
        };
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
        "Requests are routed by their `Action` and `Version` query parameters and authenticated with the V4 \"HMAC-SHA256\" signature, checked against the secret key the [`KeyStore`](imapi_runtime::server::KeyStore) gives for the access key; refusals carry the gateway's `Code`, `CodeN` and HTTP status, and answers the `ResponseMetadata`/`Result` envelope."
    }
}
