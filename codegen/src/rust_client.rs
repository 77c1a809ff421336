//! The client emitter: per operation an `Operation` constant (what the runtime needs: path,
//! action, rate limit, idempotency), and per service a `client` module with the endpoints and a
//! `Client` whose async methods are one line each into the runtime's vendor client.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::docs::{self, Doc};
use crate::ir::{self, Protocol, RatePeriod};

/// The `SCREAMING_SNAKE` name of an operation's constant.
pub fn operation_const(op: &ir::Operation) -> syn::Ident {
    format_ident!("{}", op.snake.trim_start_matches("r#").to_uppercase())
}

/// `pub const MODIFY_MESSAGE: Operation = …;` for an operation's module.
pub fn operation_const_rs(op: &ir::Operation) -> TokenStream {
    let name = operation_const(op);
    let op_name = &op.name;
    let path = &op.http.path;
    let action = match &op.http.action {
        Some(a) => quote!(Some(#a)),
        None => quote!(None),
    };
    let rate_limit = match &op.rate_limit {
        Some(limit) => {
            let requests = proc_macro2::Literal::u32_unsuffixed(limit.requests);
            let secs = proc_macro2::Literal::u64_unsuffixed(match limit.per {
                RatePeriod::Second => 1,
                RatePeriod::Minute => 60,
            });
            quote! {
                Some(RateLimit {
                    requests: #requests,
                    per: Duration::from_secs(#secs),
                })
            }
        }
        None => quote!(None),
    };
    let idempotent = op.http.idempotent;
    let doc = Doc::from_text(&format!(
        "What the runtime needs to call `{op_name}`: its HTTP binding, rate limit and whether it is idempotent."
    ))
    .outer_attrs();
    quote! {
        #doc
        pub const #name: Operation = Operation {
            name: #op_name,
            path: #path,
            action: #action,
            rate_limit: #rate_limit,
            idempotent: #idempotent,
        };
    }
}

/// The `use` lines the operation constant needs.
pub fn operation_const_imports(op: &ir::Operation) -> TokenStream {
    if op.rate_limit.is_some() {
        quote! {
            use imapi_runtime::{Operation, RateLimit};
            use std::time::Duration;
        }
    } else {
        quote!(
            use imapi_runtime::Operation;
        )
    }
}

/// The `client` module of a service.
pub fn client_rs(service: &ir::Service, krate: &str) -> TokenStream {
    let mut doc = Doc::new();
    doc.para(&format!("The client of {}.", docs::inline(&service.title)));
    doc.raw_para(match service.protocol {
        Protocol::Volcengine => "Each call is validated, signed with the V4 \"HMAC-SHA256\" algorithm (a fresh `X-Date` per attempt), sent over HTTPS, and its `ResponseMetadata`/`Result` envelope decoded: a vendor error becomes [`Error::Vendor`] with its code, `CodeN`, message and request id.",
        Protocol::Tencent => "Each call is validated and sent with the admin's UserSig (made from the secret key and cached until near its expiry) and a fresh `random`; the `ActionStatus`/`ErrorCode`/`ErrorInfo` envelope is decoded: a vendor error becomes [`Error::Vendor`] with its code and message.",
    });
    doc.raw_para("Failures that cannot have been applied (no connection, throttling) are retried with capped, jittered backoff; others only for idempotent operations. Timeouts, retries, pacing to the documented rate limits and validation are set in the configuration ([`Client::config`], then [`Client::with_config`]).");
    let attrs = doc.inner_attrs();

    let (runtime_mod, endpoint_items) = match service.protocol {
        Protocol::Volcengine => {
            let items = service.endpoints.iter().map(|e| {
                let (region, host, signing) = (&e.region, &e.host, &e.signing_region);
                quote! {
                    Endpoint {
                        region: #region,
                        host: #host,
                        signing_region: #signing,
                    }
                }
            });
            (format_ident!("volcengine"), quote!(#(#items),*))
        }
        Protocol::Tencent => {
            let items = service.endpoints.iter().map(|e| {
                let (region, host) = (&e.region, &e.host);
                let backup = match &e.backup_host {
                    Some(b) => quote!(Some(#b)),
                    None => quote!(None),
                };
                quote! {
                    Endpoint {
                        region: #region,
                        host: #host,
                        backup_host: #backup,
                    }
                }
            });
            (format_ident!("tencent"), quote!(#(#items),*))
        }
    };
    let default = &service.endpoints[0];
    let mut types = Vec::new();
    let methods: Vec<TokenStream> = service
        .operations
        .iter()
        .map(|op| {
            let request = format_ident!("{}", op.request);
            let response = format_ident!("{}", op.response);
            let constant = operation_const(op);
            types.push(request.clone());
            types.push(response.clone());
            types.push(constant.clone());
            let method = format_ident!("{}", op.snake.trim_start_matches("r#"));
            let doc = method_doc(service, op, krate).outer_attrs();
            quote! {
                #doc
                pub async fn #method(&self, request: &#request) -> Result<#response, Error> {
                    self.inner.call(&#constant, request).await
                }
            }
        })
        .collect();

    let regions: Vec<String> = service
        .endpoints
        .iter()
        .map(|e| format!("`{}`", e.region))
        .collect();
    let regions = regions.join(", ");
    let default_doc = format!(
        " A client for the default region, `{}` (`{}`).",
        default.region, default.host
    );
    let for_region_doc = format!(" A client for a region by key: {regions}.");
    let (constructors, consts) = match service.protocol {
        Protocol::Volcengine => {
            let signing_service = service.signing_service.clone().unwrap_or_default();
            let version = &service.api_version;
            (
                quote! {
                    #[doc = #default_doc]
                    pub fn new(credentials: Credentials) -> Result<Self, Error> {
                        Self::with_config(Self::config(credentials, &ENDPOINTS[0]))
                    }

                    #[doc = #for_region_doc]
                    pub fn for_region(credentials: Credentials, region: &str) -> Result<Self, Error> {
                        Self::with_config(Self::config(credentials, endpoint(region)?))
                    }

                    /// The default configuration for an endpoint, to adjust before [`Client::with_config`].
                    pub fn config(credentials: Credentials, endpoint: &Endpoint) -> volcengine::Config {
                        volcengine::Config::new(credentials, endpoint, SERVICE, VERSION)
                    }
                },
                quote! {
                    /// The service name in the signature's credential scope.
                    pub const SERVICE: &str = #signing_service;

                    /// The API version, sent as the `Version` query parameter.
                    pub const VERSION: &str = #version;
                },
            )
        }
        Protocol::Tencent => (
            quote! {
                #[doc = #default_doc]
                pub fn new(sdkappid: u64, identifier: &str, secret_key: &str) -> Result<Self, Error> {
                    Self::with_config(Self::config(sdkappid, identifier, secret_key, &ENDPOINTS[0]))
                }

                #[doc = #for_region_doc]
                pub fn for_region(
                    sdkappid: u64,
                    identifier: &str,
                    secret_key: &str,
                    region: &str,
                ) -> Result<Self, Error> {
                    Self::with_config(Self::config(sdkappid, identifier, secret_key, endpoint(region)?))
                }

                /// The default configuration for an endpoint (the App admin `identifier` and the
                /// console's secret key), to adjust before [`Client::with_config`].
                pub fn config(sdkappid: u64, identifier: &str, secret_key: &str, endpoint: &Endpoint) -> tencent::Config {
                    tencent::Config::new(sdkappid, identifier, secret_key, endpoint)
                }
            },
            TokenStream::new(),
        ),
    };
    let credentials_import = match service.protocol {
        Protocol::Volcengine => quote!(Credentials,),
        Protocol::Tencent => TokenStream::new(),
    };
    let struct_doc = format!(" A client of {}.", docs::inline(&service.title));
    quote! {
        #attrs
        use imapi_runtime::#runtime_mod::{self, #credentials_import Endpoint};
        use imapi_runtime::Error;

        use super::{#(#types),*};

        /// Where the service answers; the default region first.
        pub const ENDPOINTS: &[Endpoint] = &[#endpoint_items];

        #consts

        fn endpoint(region: &str) -> Result<&'static Endpoint, Error> {
            ENDPOINTS
                .iter()
                .find(|e| e.region == region)
                .ok_or_else(|| Error::Config(format!("unknown region `{region}`; known: {}", #regions)))
        }

        #[doc = #struct_doc]
        #[derive(Debug)]
        pub struct Client {
            inner: #runtime_mod::Client,
        }

        impl Client {
            #constructors

            /// A client with a configuration of your own (endpoint, timeouts, retries, pacing).
            pub fn with_config(config: #runtime_mod::Config) -> Result<Self, Error> {
                Ok(Client {
                    inner: #runtime_mod::Client::new(config)?,
                })
            }

            #(#methods)*
        }
    }
}

fn method_doc(service: &ir::Service, op: &ir::Operation, krate: &str) -> Doc {
    let mut doc = Doc::new();
    doc.para(&format!("`{}`: {}", op.name, op.summary));
    if op.description.trim() != op.summary.trim() {
        doc.para(&op.description);
    }
    if let Some(gloss) = &op.gloss {
        doc.para(gloss);
    }
    let mut facts = vec![format!(
        "See [the operation's page](super::{}) for its rules, errors and notes.",
        op.snake.trim_start_matches("r#")
    )];
    if let Some(limit) = &op.rate_limit {
        let per = match limit.per {
            RatePeriod::Second => "second",
            RatePeriod::Minute => "minute",
        };
        facts.push(format!(
            "Rate limit: {} requests per {per}.",
            limit.requests
        ));
    }
    facts.push(if op.http.idempotent {
        "Idempotent: retried when the outcome is unknown.".to_owned()
    } else {
        "Not idempotent: retried only when it surely was not applied.".to_owned()
    });
    doc.raw_para(&facts.join(" "));
    if let Some(example) = op.examples.iter().find_map(|e| e.request_text.as_ref()) {
        let krate = krate.replace('-', "_");
        let module = &service.module;
        let request = &op.request;
        let method = op.snake.trim_start_matches("r#");
        let hashes = docs::raw_string_hashes(example);
        doc.heading("Example");
        doc.line("```no_run");
        doc.line(&format!(
            "# async fn example(client: &{krate}::{module}::client::Client) -> Result<(), Box<dyn std::error::Error>> {{"
        ));
        doc.line(&format!(
            "let request: {krate}::{module}::{request} = serde_json::from_str(r{hashes}\""
        ));
        for line in example.lines() {
            doc.line(line);
        }
        doc.line(&format!("\"{hashes})?;"));
        doc.line(&format!("let response = client.{method}(&request).await?;"));
        doc.line("println!(\"{response:?}\");");
        doc.line("# Ok(())");
        doc.line("# }");
        doc.line("```");
    }
    doc
}
