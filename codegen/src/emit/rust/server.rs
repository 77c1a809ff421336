//! The server emitter: per service (feature `server`) a `server` module with a trait of one
//! async method per operation, its implementation for any generic `Handler`, and `routes`
//! (with `router`, the same as an axum router) that registers each operation with the runtime
//! in one line. Routing, authentication,
//! decoding, validation, rate limits and envelopes are the runtime's (`imapi_runtime::server`,
//! with the vendor's `Gateway`), so the generated module stays a list.
//!
//! Each method of the trait has a default that answers the vendor's refusal for an operation
//! the server does not offer (`Fault::not_implemented`), so an operation added to the spec
//! never breaks an implementation's build; `StrictService`, served through `Strict`, is the
//! same trait without defaults, for implementers who want a compile error instead.
//!
//! ```text
//! pub use imapi_runtime::volcengine::server::{Gateway, Keys, StaticKeys};
//!
//! pub trait Service: Send + Sync + 'static {
//!     fn modify_message(&self, context: RequestContext, request: ModifyMessageRequest)
//!         -> impl Future<Output = Result<ModifyMessageResponse, Fault>> + Send {
//!         let _ = (context, request);
//!         std::future::ready(Err(Fault::not_implemented(&ModifyMessage::OP)))
//!     }
//! }
//!
//! pub fn routes<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Routes<S, Gateway> {
//!     Routes::new(&SPEC, service, config)
//!         .route::<ModifyMessage, _, _>(|s: Arc<S>, c, r| async move { s.modify_message(c, r).await })
//! }
//!
//! pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
//!     routes(service, config).into_router()
//! }
//! ```

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{self, Doc};
use super::imports::Imports;
use super::names;
use crate::ir;
use crate::protocol;

/// The `server` module of a service.
pub fn server_rs(service: &ir::Service, imports: &mut Imports) -> (Doc, TokenStream) {
    imports.add("std::future", "Future");
    imports.add("std::sync", "Arc");
    imports.add_all(
        "imapi_runtime::server",
        &[
            "Fault",
            "Generic",
            "Handler",
            "RequestContext",
            "Router",
            "Routes",
            "ServerConfig",
            "Strict",
        ],
    );
    imports.add("imapi_runtime", "OperationShape");
    imports.add("super", "SPEC");
    let runtime_mod = names::ident(
        protocol::of(service.protocol)
            .client_parts(service)
            .runtime_module,
    );

    let mut doc = Doc::from_raw(&format!(
        "The server side of {}: implement [`Service`] and serve it with [`router`].",
        docs::inline(&service.title)
    ));
    doc.raw_para(protocol::of(service.protocol).server_doc());
    doc.raw_para("Before a method is called, the request has been routed, authenticated, read (up to `ServerConfig::max_body_bytes`), decoded strictly, validated against every documented constraint and charged to its app's rate limit; each refusal is the vendor's own error code, HTTP status and envelope. A method's [`Fault`] is answered the same way, and a panic as the vendor's internal error. See [`imapi_runtime::server`] for the details.");

    let mut methods = Vec::new();
    let mut strict_methods = Vec::new();
    let mut forwards = Vec::new();
    let mut strict_forwards = Vec::new();
    let mut routes = Vec::new();
    for op in &service.operations {
        for name in [&op.name, &op.request, &op.response] {
            imports.add("super", name);
        }
        let marker = names::ident(&op.name);
        let request = names::ident(&op.request);
        let response = names::ident(&op.response);
        let method = names::method(op);
        let module = names::operation_module(op);
        let method_doc = Doc::from_text(&format!(
            "`{}`: {}\n\nSee [the operation's page](super::{module}) for its rules, errors and notes.",
            op.name, op.summary
        ))
        .outer_attrs();
        let signature = quote! {
            fn #method(&self, context: RequestContext, request: #request) -> impl Future<Output = Result<#response, Fault>> + Send
        };
        methods.push(quote! {
            #method_doc
            #signature {
                let _ = (context, request);
                std::future::ready(Err(Fault::not_implemented(&#marker::OP)))
            }
        });
        strict_methods.push(quote! {
            #method_doc
            #signature;
        });
        forwards.push(quote! {
            #signature {
                self.0.handle::<#marker>(context, request)
            }
        });
        strict_forwards.push(quote! {
            #signature {
                self.0.#method(context, request)
            }
        });
        routes.push(quote! {
            .route::<#marker, _, _>(|service: Arc<S>, context, request| async move {
                service.#method(context, request).await
            })
        });
    }
    let trait_doc = Doc::from_raw(&format!(
        "{}, served: one method per operation, each given the authenticated [`RequestContext`] and the request, decoded and validated. Share state across requests through `&self` (the router holds the implementation in an [`Arc`]).\n\nA method left out answers the vendor's refusal for an operation the server does not offer ([`Fault::not_implemented`]), so an operation added to the spec never breaks an implementation; implement [`StrictService`] instead to have the compiler ask for every method.",
        docs::inline(&service.title)
    ))
    .outer_attrs();
    let strict_doc = Doc::from_raw(&format!(
        "{}, every operation implemented: [`Service`] without its defaults, so that a method left out, or an operation added to the spec, is a compile error. Serve it through [`Strict`]: `router(Arc::new(Strict(implementation)), config)`.",
        docs::inline(&service.title)
    ))
    .outer_attrs();
    let items = quote! {
        /// The gateway the router answers as, with the credentials it accepts: `ServerConfig::new(Gateway::new(StaticKeys::new()…))`.
        #[doc(inline)]
        pub use imapi_runtime::#runtime_mod::server::{Gateway, Keys, StaticKeys};

        #trait_doc
        pub trait Service: Send + Sync + 'static {
            #(#methods)*
        }

        #strict_doc
        pub trait StrictService: Send + Sync + 'static {
            #(#strict_methods)*
        }

        /// Every operation served by one generic [`Handler`]: for mocks, recorders and proxies.
        impl<H: Handler> Service for Generic<H> {
            #(#forwards)*
        }

        /// A [`StrictService`] served as a [`Service`].
        impl<T: StrictService> Service for Strict<T> {
            #(#strict_forwards)*
        }

        /// The routing table of the service, every operation routed to `service`: [`router`] makes it an axum router; [`Routes::into_table`] serves it without one, behind a dispatch of your own.
        pub fn routes<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Routes<S, Gateway> {
            Routes::new(&SPEC, service, config)
                #(#routes)*
        }

        /// The router of the service: answers every operation like the vendor's gateway, calling into `service`. Add your own tower layers to it, and serve it with `axum::serve`.
        pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
            routes(service, config).into_router()
        }
    };
    (doc, items)
}
