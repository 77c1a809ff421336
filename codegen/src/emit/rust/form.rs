//! An operation's body format as the runtime reads it (`BodyFormat::Json`, or
//! `BodyFormat::Form` with its request's shape: each field's wire name and how a form carries
//! it, `imapi_runtime::form::Kind`).

use proc_macro2::TokenStream;
use quote::quote;

use super::imports::Imports;
use crate::ir::form::{self, FormKind};
use crate::ir::{self, TypeKind};

const RUNTIME: &str = "imapi_runtime";

/// The `body` of an operation's `Operation` constant.
pub fn body_format(
    service: &ir::Service,
    op: &ir::Operation,
    imports: &mut Imports,
) -> TokenStream {
    imports.add(RUNTIME, "BodyFormat");
    match op.http.body {
        ir::BodyFormat::Json => quote!(BodyFormat::Json),
        ir::BodyFormat::Form => {
            imports.add(RUNTIME, "form");
            let fields = match service.type_named(&op.request).map(|t| &t.kind) {
                Some(TypeKind::Struct { fields, .. }) => fields.as_slice(),
                _ => &[],
            };
            let entries = fields.iter().map(|f| {
                let wire = &f.name.wire;
                let kind = tokens(&form::field_kind(service, &f.ty));
                quote!((#wire, #kind))
            });
            quote!(BodyFormat::Form(&[#(#entries),*]))
        }
    }
}

/// The runtime's `form::Kind` for a kind.
fn tokens(kind: &FormKind) -> TokenStream {
    match kind {
        FormKind::String => quote!(form::Kind::String),
        FormKind::Integer => quote!(form::Kind::Integer),
        FormKind::Number => quote!(form::Kind::Number),
        FormKind::Bool => quote!(form::Kind::Bool),
        FormKind::Json => quote!(form::Kind::Json),
        FormKind::List(item) => {
            let item = tokens(item);
            quote!(form::Kind::List(&#item))
        }
        FormKind::Map(value) => {
            let value = tokens(value);
            quote!(form::Kind::Map(&#value))
        }
    }
}
