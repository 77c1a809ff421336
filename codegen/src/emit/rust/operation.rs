//! What client and server share of each operation (tonic-build's and smithy-rs's pattern): a
//! zero-sized marker type per operation implementing the runtime's `OperationShape`, with the
//! operation's facts; and per service the `SPEC` constant, the service's marker type, the
//! `errors` module of documented codes and `for_each_operation`.
//!
//! ```text
//! pub struct ModifyMessage;
//!
//! impl OperationShape for ModifyMessage {
//!     type Service = super::VolcengineRtcIm;
//!     type Input = ModifyMessageRequest;
//!     type Output = ModifyMessageResponse;
//!     const OP: Operation = Operation { name: "ModifyMessage", service: &super::SPEC, … };
//!     fn app_id(input: &ModifyMessageRequest) -> Option<i64> { Some(i64::from(input.app_id)) }
//! }
//! ```

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::docs::{self, Doc};
use super::imports::Imports;
use super::names;
use crate::ir::{self, ErrorRole, RatePeriod, Scalar, Type};

const RUNTIME: &str = "imapi_runtime";

/// The runtime's spelling of a role.
fn role_tokens(role: ErrorRole) -> TokenStream {
    let variant = names::ident(&heck::ToPascalCase::to_pascal_case(role.spec_name()));
    quote!(ErrorRole::#variant)
}

/// `&[(ErrorRole::…, errors::…), …]` for the errors that play a role.
fn role_table(errors: &[ir::ErrorDef], path: TokenStream) -> TokenStream {
    let rows = errors.iter().flat_map(|e| {
        let name = names::error_const(e);
        let path = &path;
        e.roles.iter().map(move |role| {
            let role = role_tokens(*role);
            quote!((#role, #path::#name))
        })
    });
    quote!(&[#(#rows),*])
}

/// The marker type of an operation and its `OperationShape` implementation.
pub fn marker(ctx: &super::Ctx<'_>, op: &ir::Operation, imports: &mut Imports) -> TokenStream {
    let service = ctx.service;
    imports.add_all(RUNTIME, &["Operation", "OperationShape"]);
    imports.add("super", &ir::service_marker_name(&service.name));
    imports.add("super", "SPEC");
    let name = names::ident(&op.name);
    let service_marker = names::service_marker(service);
    let request = names::ident(&op.request);
    let response = names::ident(&op.response);
    let op_name = &op.name;
    let path = &op.http.path;
    let action = match op.http.route.operation_in_query() {
        Some(a) => quote!(Some(#a)),
        None => quote!(None),
    };
    let rate_limit = match &op.rate_limit {
        Some(limit) => {
            imports.add(RUNTIME, "RateLimit");
            imports.add("std::time", "Duration");
            let requests = Literal::u32_unsuffixed(limit.requests);
            let secs = Literal::u64_unsuffixed(match limit.per {
                RatePeriod::Second => 1,
                RatePeriod::Minute => 60,
            });
            quote!(Some(RateLimit { requests: #requests, per: Duration::from_secs(#secs) }))
        }
        None => quote!(None),
    };
    let idempotent = op.http.idempotent;
    let errors = if op.errors.iter().any(|e| !e.roles.is_empty()) {
        imports.add(RUNTIME, "ErrorRole");
        imports.add("super", "errors");
        role_table(&op.errors, quote!(errors))
    } else {
        quote!(&[])
    };
    let app_id = app_id(service, op);
    let request_fields: &[ir::Field] = match service.type_named(&op.request).map(|t| &t.kind) {
        Some(ir::TypeKind::Struct { fields, .. }) => fields,
        _ => &[],
    };
    let input = quote!(input);
    let class_limits = if op.class_limits.is_empty() {
        quote!(&[])
    } else {
        imports.add(RUNTIME, "ClassLimit");
        imports.add(RUNTIME, "RateLimit");
        imports.add("std::time", "Duration");
        imports.add(RUNTIME, "Overflow");
        let rows = op.class_limits.iter().map(|c| {
            let class = &c.class;
            let requests = Literal::u32_unsuffixed(c.requests);
            let secs = Literal::u64_unsuffixed(match c.per {
                RatePeriod::Second => 1,
                RatePeriod::Minute => 60,
            });
            let overflow = match c.overflow {
                ir::Overflow::Refuse => quote!(Overflow::Refuse),
                ir::Overflow::Drop => quote!(Overflow::Drop),
            };
            let state = match &c.state {
                Some(state) => quote!(Some(#state)),
                None => quote!(None),
            };
            quote!(ClassLimit { class: #class, limit: RateLimit { requests: #requests, per: Duration::from_secs(#secs) }, overflow: #overflow, state: #state })
        });
        quote!(&[#(#rows),*])
    };
    let in_class = if op.class_limits.is_empty() {
        TokenStream::new()
    } else {
        let arms = op.class_limits.iter().enumerate().map(|(i, c)| {
            let holds = c.when.alternatives().into_iter().map(|when| {
                let sent = super::validate::condition_tokens(ctx, request_fields, &when, &input);
                // A field left out has its documented default, which the server assumes.
                match request_fields.iter().find(|f| {
                    !f.required
                        && f.name.wire == when.field
                        && f.default.is_some()
                        && f.default == when.equals
                }) {
                    Some(f) => {
                        let ident = names::field(&f.name);
                        quote!((#sent || #input.#ident.is_none()))
                    }
                    None => sent,
                }
            });
            let i = Literal::usize_unsuffixed(i);
            quote!(#i => #(#holds)||*,)
        });
        quote! {
            fn in_class(input: &#request, class: usize) -> bool {
                match class {
                    #(#arms)*
                    _ => false,
                }
            }
        }
    };
    let idempotent_fn = match &op.http.idempotent_when {
        Some(field) => {
            let ident = names::field(field);
            quote! {
                fn idempotent(input: &#request) -> bool {
                    input.#ident.is_some()
                }
            }
        }
        None => TokenStream::new(),
    };
    let pagination = super::pager::page_fields(op, imports);
    let body = super::form::body_format(service, op, imports);
    let payload_on_error = match &op.payload_on_error {
        Some(payload) => {
            let text = serde_json::Value::Object(payload.clone()).to_string();
            quote!(Some(#text))
        }
        None => quote!(None),
    };
    let paginated = if op.pagination.is_empty() {
        TokenStream::new()
    } else {
        super::pager::paginated_impl(ctx, op, imports)
    };
    let doc = Doc::from_raw(&format!(
        "`{op_name}` as a type: it ties [`{}`] and [`{}`] to the operation's binding, rate limit and errors, for clients (`call::<{op_name}>`) and servers (`route::<{op_name}>`) alike.",
        op.request, op.response
    ))
    .outer_attrs();
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct #name;

        impl OperationShape for #name {
            type Service = #service_marker;
            type Input = #request;
            type Output = #response;
            const OP: Operation = Operation {
                name: #op_name,
                service: &SPEC,
                path: #path,
                action: #action,
                rate_limit: #rate_limit,
                idempotent: #idempotent,
                errors: #errors,
                class_limits: #class_limits,
                pagination: #pagination,
                payload_on_error: #payload_on_error,
                body: #body,
            };
            #app_id
            #idempotent_fn
            #in_class
        }

        #paginated
    }
}

/// `fn app_id`, when the service names the app in every request (`volcengine.app_field`).
fn app_id(service: &ir::Service, op: &ir::Operation) -> TokenStream {
    let Some(wire) = &service.app_field else {
        return TokenStream::new();
    };
    let Some(ir::TypeKind::Struct { fields, .. }) =
        service.type_named(&op.request).map(|t| &t.kind)
    else {
        return TokenStream::new();
    };
    let Some(field) = fields.iter().find(|f| &f.name.wire == wire) else {
        return TokenStream::new();
    };
    let ident = names::field(&field.name);
    let request = names::ident(&op.request);
    let value = match field.ty {
        Type::Scalar {
            scalar: Scalar::I64,
        } => quote!(Some(input.#ident)),
        Type::Scalar {
            scalar: Scalar::I32 | Scalar::U32,
        } => quote!(Some(i64::from(input.#ident))),
        _ => quote!(i64::try_from(input.#ident).ok()),
    };
    quote! {
        fn app_id(input: &#request) -> Option<i64> {
            #value
        }
    }
}

/// The service-level items of `mod.rs`: the marker type, `SPEC` and `for_each_operation`.
pub fn service_items(service: &ir::Service, imports: &mut Imports) -> TokenStream {
    imports.add_all(RUNTIME, &["OperationVisitor", "ServiceSpec"]);
    let marker = names::service_marker(service);
    let name = &service.name;
    let version = &service.api_version;
    let signing_service = service.signing.service.as_deref().unwrap_or_default();
    let errors = if service.errors.iter().any(|e| !e.roles.is_empty()) {
        imports.add(RUNTIME, "ErrorRole");
        role_table(&service.errors, quote!(errors))
    } else {
        quote!(&[])
    };
    let visits = service.operations.iter().map(|op| {
        let op = names::ident(&op.name);
        quote!(visitor.visit::<#op>();)
    });
    let marker_doc = Doc::from_raw(&format!(
        "The operations of {} as a type: the `Service` of each operation's `OperationShape`, so a client or server takes only this service's operations.",
        docs::inline(&service.title)
    ))
    .outer_attrs();
    quote! {
        #marker_doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct #marker;

        /// What the runtime knows of the service: its name, version, signing service, and the service-wide errors that play a role (the code a server answers each kind of failure with).
        pub const SPEC: ServiceSpec = ServiceSpec {
            name: #name,
            version: #version,
            signing_service: #signing_service,
            errors: #errors,
        };

        /// Calls `visitor.visit::<Op>()` for every operation of the service, in name order: code that works on any operation (tests, registries, mocks) needs no list of its own.
        pub fn for_each_operation<V: OperationVisitor<#marker>>(visitor: &mut V) {
            #(#visits)*
        }
    }
}

/// `errors.rs`: one constant per documented error code of the service.
pub fn errors_file(service: &ir::Service, imports: &mut Imports) -> (Doc, TokenStream) {
    imports.add(RUNTIME, "ErrorCode");
    let mut doc = Doc::new();
    doc.para(&format!(
        "The error codes the documents list for {}, the service's and every operation's, as constants: what a server implementation answers with (`Fault::new(errors::…, message)`), and what a client's `VendorError::code` is compared with.",
        docs::inline(&service.title)
    ));
    let all = service.all_errors();
    let names: Vec<proc_macro2::Ident> = all.iter().map(|e| names::error_const(e)).collect();
    let consts = all.into_iter().map(|e| {
        let name = names::error_const(e);
        let code = e.code_text();
        let numeric = match e.numeric() {
            Some(n) => {
                let n = Literal::i64_unsuffixed(n);
                quote!(Some(#n))
            }
            None => quote!(None),
        };
        let status = match e.http_status {
            Some(s) => {
                let s = Literal::u16_unsuffixed(s);
                quote!(Some(#s))
            }
            None => quote!(None),
        };
        let mut text = format!("`{}`: {}", docs::code(&code), e.description.trim());
        if !e.roles.is_empty() {
            let roles: Vec<String> = e
                .roles
                .iter()
                .map(|r| format!("`{}`", r.spec_name()))
                .collect();
            let s = if roles.len() == 1 { "" } else { "s" };
            text.push_str(&format!(" (role{s}: {})", roles.join(", ")));
        }
        let doc = Doc::from_text(&text).outer_attrs();
        quote! {
            #doc
            pub const #name: ErrorCode = ErrorCode {
                code: #code,
                numeric: #numeric,
                http_status: #status,
            };
        }
    });
    (
        doc,
        quote! {
            #(#consts)*

            /// Every code above, in spec order: the service's, then each operation's.
            pub const ALL: &[ErrorCode] = &[#(#names),*];
        },
    )
}
