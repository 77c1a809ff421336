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
    imports.add(&runtime, "Endpoint");
    for name in parts.extra_imports {
        imports.add(&runtime, name);
    }
    imports.add_all("imapi_runtime", &["Error", "OperationShape"]);
    let marker = names::service_marker(service);
    imports.add("super", &marker.to_string());

    let mut doc = Doc::new();
    doc.para(&format!("The client of {}.", docs::inline(&service.title)));
    doc.raw_para(parts.doc);
    doc.raw_para("Failures that cannot have been applied (no connection, throttling) are retried with capped, jittered backoff; others only for idempotent operations. Timeouts, retries, pacing to the documented rate limits and validation are set in the configuration ([`Client::config`], then [`Client::with_config`]).");

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
            quote! {
                #doc
                pub async fn #method(&self, request: &#request) -> Result<#response, Error> {
                    self.call::<#marker>(request).await
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
    let endpoints = &parts.endpoints;
    let consts = &parts.consts;
    let constructors = &parts.constructors;
    let struct_doc = format!(" A client of {}.", docs::inline(&service.title));
    let items = quote! {

        /// Where the service answers; the default region first.
        pub const ENDPOINTS: &[Endpoint] = &[#(#endpoints),*];

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

            /// Calls any operation of the service by its marker type:
            /// `client.call::<Operation>(&request)` is what each method below does.
            pub async fn call<Op: OperationShape<Service = #marker>>(&self, request: &Op::Input) -> Result<Op::Output, Error> {
                self.inner.call::<Op>(request).await
            }

            #(#methods)*
        }
    };
    (doc, items)
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
