//! The client emitter: per service a `client` module with the endpoints and a `Client` whose
//! methods are one line each into the runtime's vendor client (`call::<Operation>`). What
//! differs between vendors (endpoint fields, constructors) comes from the protocol.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{self, Doc};
use super::imports::Imports;
use super::names;
use crate::ir::{self, RatePeriod};
use crate::protocol;

/// The `client` module of a service.
pub fn client_rs(service: &ir::Service, krate: &str, imports: &mut Imports) -> (Doc, TokenStream) {
    let parts = protocol::of(service.protocol).client_parts(service);
    let runtime = format!("imapi_runtime::{}", parts.runtime_module);
    imports.add(&runtime, "self");
    imports.add_all("imapi_runtime", &["Error", "OperationShape"]);
    let marker = names::service_marker(service);
    imports.add("super", &marker.to_string());

    let doc = module_doc(service, krate, &parts);

    let runtime_mod = names::ident(parts.runtime_module);
    let methods: Vec<TokenStream> = service
        .operations
        .iter()
        .map(|op| {
            let marker = names::ident(&op.name);
            let request = names::ident(&op.request);
            let response = names::ident(&op.response);
            for name in [&op.name, &op.request, &op.response] {
                imports.add("super", name);
            }
            let method = names::method(op);
            let doc = method_doc(service, op, krate).outer_attrs();
            let pages = (!op.pagination.is_empty()).then(|| {
                let pages = quote::format_ident!("{}_pages", method);
                let doc = Doc::from_raw(&format!(
                    "Every page of `{}` from `request` on, each fetched when the stream is polled: {} A failed call ends the stream after its error.",
                    op.name,
                    docs::paging_text(&op.pagination)
                ))
                .outer_attrs();
                quote! {
                    #doc
                    pub fn #pages(&self, request: #request) -> impl Stream<Item = Result<#response, Error>> + Send + Unpin + '_ {
                        self.pages::<#marker>(request)
                    }
                }
            });
            quote! {
                #doc
                pub async fn #method(&self, request: &#request) -> Result<#response, Error> {
                    self.call::<#marker>(request).await
                }

                #pages
            }
        })
        .collect();
    let paged = service.operations.iter().any(|o| !o.pagination.is_empty());
    let pages = if paged {
        imports.add_all("imapi_runtime", &["Paginated"]);
        imports.add("imapi_runtime::pager", "Stream");
        quote! {
            /// Every page of a paginated operation from `request` on, by its marker type: the
            /// `…_pages` methods below are this. Consume it with `StreamExt::next`
            /// (`imapi::runtime::pager::StreamExt`).
            pub fn pages<Op: Paginated<Service = #marker>>(&self, request: Op::Input) -> impl Stream<Item = Result<Op::Output, Error>> + Send + Unpin + '_ {
                imapi_runtime::pager::pages::<Op, _, _>(request, move |request| async move {
                    let answer = self.call::<Op>(&request).await;
                    (request, answer)
                })
            }
        }
    } else {
        TokenStream::new()
    };
    let reexports = std::iter::once("Config")
        .chain(std::iter::once("Endpoint"))
        .chain(parts.reexports.iter().copied())
        .map(names::ident);
    let endpoints = &parts.endpoints;
    let consts = &parts.consts;
    let (params, args, default_config) = (&parts.params, &parts.args, &parts.default_config);
    let struct_doc = format!(" A client of {}.", docs::inline(&service.title));
    let new_doc = format!(
        " A client of the default region (the first of [`ENDPOINTS`]) with the default settings, given {}.",
        parts.params_doc
    );
    let builder_doc = format!(
        " A builder starting from the default region and settings, given {}: pick a region or another server, set timeouts, retries, pacing and validation, then [`build`](ClientBuilder::build).",
        parts.params_doc
    );
    let items = quote! {
        #[doc(inline)]
        pub use #runtime_mod::{#(#reexports),*};

        /// Where the service answers; the default region first.
        pub const ENDPOINTS: &[Endpoint] = &[#(#endpoints),*];

        #consts

        /// Builds a [`Client`]: [`Client::builder`], the settings, then
        /// [`build`](ClientBuilder::build).
        pub type ClientBuilder = imapi_runtime::ClientBuilder<Config, Client>;

        #[doc = #struct_doc]
        #[derive(Debug)]
        pub struct Client {
            inner: #runtime_mod::Client,
        }

        impl Client {
            #[doc = #new_doc]
            pub fn new(#params) -> Result<Self, Error> {
                Self::builder(#args).build()
            }

            #[doc = #builder_doc]
            pub fn builder(#params) -> ClientBuilder {
                ClientBuilder::new(#default_config, ENDPOINTS, Self::with_config)
            }

            /// A client with a whole configuration of your own.
            pub fn with_config(config: Config) -> Result<Self, Error> {
                Ok(Client {
                    inner: #runtime_mod::Client::new(config)?,
                })
            }

            /// Calls any operation of the service by its marker type:
            /// `client.call::<Operation>(&request)` is what each method below does.
            pub async fn call<Op: OperationShape<Service = #marker>>(&self, request: &Op::Input) -> Result<Op::Output, Error> {
                self.inner.call::<Op>(request).await
            }

            #pages

            #(#methods)*
        }
    };
    (doc, items)
}

/// What a doc example imports from a client module: `Client`, or `{Client, Credentials}`.
pub fn client_names(parts: &protocol::ClientParts) -> String {
    let mut names = vec!["Client"];
    names.extend(parts.reexports.iter().copied());
    if names.len() == 1 {
        names[0].to_owned()
    } else {
        format!("{{{}}}", names.join(", "))
    }
}

/// The module's rustdoc: what a call does, how retries work, and how to build a client for a
/// region or another server (a doctest).
fn module_doc(service: &ir::Service, krate: &str, parts: &protocol::ClientParts) -> Doc {
    let mut doc = Doc::new();
    doc.para(&format!("The client of {}.", docs::inline(&service.title)));
    doc.raw_para(parts.doc);
    doc.raw_para("Failures that cannot have been applied (no connection, throttling) are retried with capped, jittered backoff; others only for idempotent operations. [`Client::new`] calls the default region with the default settings; [`Client::builder`] picks another region or server and sets timeouts, retries, pacing to the documented rate limits, and validation.");
    let module = &service.module;
    let uses = client_names(parts);
    let region = service
        .endpoints
        .get(1)
        .or(service.endpoints.first())
        .map(|e| e.region.as_str());
    let args = parts.example_args;
    doc.gap();
    doc.line("```no_run");
    doc.line("use std::time::Duration;");
    doc.line("");
    doc.line(&format!("use {krate}::{module}::client::{uses};"));
    doc.line("");
    doc.line(&format!("let client = Client::builder({args})"));
    if let Some(region) = region {
        doc.line(&format!("    .region({region:?}) // a key of ENDPOINTS"));
    }
    doc.line("    .timeout(Duration::from_secs(10))");
    doc.line("    .build()?;");
    doc.line("");
    doc.line("// Any other server, such as the emulator on this machine:");
    doc.line(&format!("let local = Client::builder({args})"));
    doc.line("    .base_url(\"http://127.0.0.1:8080\")");
    doc.line("    .allow_http(true)");
    doc.line("    .build()?;");
    doc.line(&format!("# Ok::<(), {krate}::Error>(())"));
    doc.line("```");
    doc
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
    let method = names::method(op);
    let mut facts = vec![format!(
        "See [the operation's page](super::{method}) for its rules, errors and notes."
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
        let module = &service.module;
        let request = &op.request;
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
