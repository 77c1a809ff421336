//! The protocol seam: everything that differs between the vendors, behind one trait
//! (smithy-rs's `ServerProtocol` is the model), and the one place that tells the spec's
//! vendor enum apart ([`of`]).
//!
//! The checker asks a protocol for a service's settings (API version, how requests are signed,
//! the app field), where each operation's requests name it (an [`ir::Route`]), which envelope
//! fields say how a call went, and which error codes fit. What it answers is data in the IR,
//! which the emitters and the template model read without asking which vendor a service is.
//! Beyond that data, the Rust emitter asks it for the client's parts, the runtime's protocol
//! and the prose that describes a service; the OpenAPI export for the credentials that travel
//! in the query, the security scheme and the failure bodies. A third vendor is one more
//! implementation here and one more runtime module (and, for a new signing scheme, a signer in
//! each template set's runtime).

mod rongcloud;
mod tencent;
mod volcengine;

use proc_macro2::TokenStream;
use serde_json::Value;

use crate::ir::{self, ErrorRole};
use crate::json::{Obj, J};
use crate::spec;

/// A problem the protocol found, at a spec path of the file being checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where (`http.action`).
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Problem {
    /// A problem without a hint.
    pub fn new(path: &str, message: impl Into<String>) -> Self {
        Problem {
            path: path.to_owned(),
            message: message.into(),
            help: None,
        }
    }

    /// Adds a hint.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// The protocol-specific parts of a service's generated client.
pub struct ClientParts {
    /// The runtime module that implements the protocol (`volcengine`).
    pub runtime_module: &'static str,
    /// Names of that module re-exported by the client module besides `Config` and `Endpoint`
    /// (`Credentials`).
    pub reexports: &'static [&'static str],
    /// The paragraph describing what a call does on the wire.
    pub doc: &'static str,
    /// One `Endpoint { … }` literal per endpoint.
    pub endpoints: Vec<TokenStream>,
    /// Associated constants of the service (`SERVICE`, `VERSION`).
    pub consts: TokenStream,
    /// The parameters of `Client::new` and `Client::builder` (`credentials: Credentials`).
    pub params: TokenStream,
    /// Those parameters passed on (`credentials`).
    pub args: TokenStream,
    /// The default configuration from those parameters and `ENDPOINTS[0]`.
    pub default_config: TokenStream,
    /// What the parameters are, for rustdoc ("the access key pair").
    pub params_doc: &'static str,
    /// Example arguments for rustdoc, with the client module's names in scope.
    pub example_args: &'static str,
}

/// A service's protocol settings, checked: what the IR records of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceSettings {
    /// The API version (`2020-12-01`, `v4`).
    pub api_version: String,
    /// How requests are signed.
    pub signing: ir::Signing,
    /// The request field that names the app, for a protocol whose requests carry it.
    pub app_field: Option<String>,
}

/// One wire protocol.
pub trait Protocol: Sync {
    /// Checks the protocol's service-level settings; returns what the IR records of them.
    fn service_settings(
        &self,
        service: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> ServiceSettings;

    /// Checks an operation's HTTP binding; returns its URL path and where a request names it.
    fn operation_binding(
        &self,
        http: &spec::HttpBinding,
        service: &spec::ServiceFile,
        problems: &mut Vec<Problem>,
    ) -> Option<(String, ir::Route)>;

    /// How its operations' request bodies are written: JSON unless the protocol says
    /// otherwise.
    fn body_format(&self) -> ir::BodyFormat {
        ir::BodyFormat::Json
    }

    /// Checks an operation's request against the service's settings (the app field).
    fn check_request(
        &self,
        settings: &ServiceSettings,
        request: &[ir::Field],
        problems: &mut Vec<Problem>,
    );

    /// The envelope fields that say how a call went.
    fn envelope_roles(&self) -> ir::EnvelopeRoles;

    /// Whether an error code has the protocol's form; what it should be otherwise.
    fn check_error_code(&self, code: &Value) -> Result<(), &'static str>;

    /// The roles a server of this protocol answers with; each must be given to an error of
    /// the service or of every operation.
    fn server_roles(&self) -> &'static [ErrorRole];

    /// How every request of the service looks, for docs.
    fn describe(&self, service: &ir::Service) -> String;

    /// The protocol-specific parts of the generated client.
    fn client_parts(&self, service: &ir::Service) -> ClientParts;

    /// The runtime module that serves the protocol, and how a server authenticates callers.
    fn server_doc(&self) -> &'static str;

    /// The query parameters every call carries besides those that name the operation (the
    /// credentials that travel in the query), as OpenAPI parameters.
    fn openapi_parameters(&self) -> Vec<J>;

    /// The name of the service's OpenAPI security scheme, and the scheme: the signature in
    /// prose and as data (`x-imapi-…`).
    fn openapi_security(&self, service: &ir::Service) -> (&'static str, Obj);

    /// The HTTP status a server answers an error code with.
    fn openapi_error_status(&self, error: &ir::ErrorDef) -> u16;

    /// The description of a call's HTTP 200 answer.
    fn openapi_ok_description(&self) -> &'static str;

    /// The schema of a failed call's body. `envelope` names the component that holds a
    /// flattened envelope's own fields.
    fn openapi_error_body(&self, service: &ir::Service, envelope: &str) -> Obj;
}

/// The implementation of a protocol.
pub fn of(protocol: ir::Protocol) -> &'static dyn Protocol {
    match protocol {
        ir::Protocol::Volcengine => &volcengine::Volcengine,
        ir::Protocol::Tencent => &tencent::Tencent,
        ir::Protocol::Rongcloud => &rongcloud::Rongcloud,
    }
}

/// One `Endpoint { region, host, backup_host }` literal per endpoint, for a runtime whose
/// endpoints are a region, a host and the vendor's backup host (Tencent's, RongCloud's).
fn endpoints_with_backups(service: &ir::Service) -> Vec<TokenStream> {
    service
        .endpoints
        .iter()
        .map(|e| {
            let (region, host) = (&e.region, &e.host);
            let backup = match &e.backup_host {
                Some(b) => quote::quote!(Some(#b)),
                None => quote::quote!(None),
            };
            quote::quote! {
                Endpoint {
                    region: #region,
                    host: #host,
                    backup_host: #backup,
                }
            }
        })
        .collect()
}

/// The method's spelling on the wire.
pub fn method_name(method: ir::HttpMethod) -> &'static str {
    match method {
        ir::HttpMethod::Post => "POST",
        ir::HttpMethod::Get => "GET",
    }
}
