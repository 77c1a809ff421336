//! An operation's body format as the runtime reads it (`BodyFormat::Json`, or
//! `BodyFormat::Form` with its request's shape: each field's wire name and how a form carries
//! it, `imapi_runtime::form::Kind`).

use proc_macro2::TokenStream;
use quote::quote;

use super::imports::Imports;
use crate::ir::{self, Scalar, Type, TypeKind};

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
                let kind = kind(service, &f.ty, true);
                quote!((#wire, #kind))
            });
            quote!(BodyFormat::Form(&[#(#entries),*]))
        }
    }
}

/// How a form carries a value of `ty`: a scalar as its text, a list or map of scalars at the top
/// of the request as repeated or bracketed keys, anything else as JSON text.
fn kind(service: &ir::Service, ty: &Type, top: bool) -> TokenStream {
    match ty {
        Type::Nullable { item } => kind(service, item, top),
        Type::Scalar { scalar } => scalar_kind(*scalar),
        Type::Named { name } => match service.type_named(name).map(|t| &t.kind) {
            Some(TypeKind::Enum { repr, .. }) => scalar_kind(*repr),
            _ => quote!(form::Kind::Json),
        },
        Type::List { item } if top && is_scalar(service, item) => {
            let item = kind(service, item, false);
            quote!(form::Kind::List(&#item))
        }
        Type::Map { value } if top && is_scalar(service, value) => {
            let value = kind(service, value, false);
            quote!(form::Kind::Map(&#value))
        }
        Type::List { .. } | Type::Map { .. } => quote!(form::Kind::Json),
    }
}

fn is_scalar(service: &ir::Service, ty: &Type) -> bool {
    match ty {
        Type::Scalar { .. } => true,
        Type::Nullable { item } => is_scalar(service, item),
        Type::Named { name } => matches!(
            service.type_named(name).map(|t| &t.kind),
            Some(TypeKind::Enum { .. })
        ),
        Type::List { .. } | Type::Map { .. } => false,
    }
}

fn scalar_kind(scalar: Scalar) -> TokenStream {
    match scalar {
        Scalar::Bool => quote!(form::Kind::Bool),
        Scalar::I32 | Scalar::I64 | Scalar::U32 | Scalar::U64 => quote!(form::Kind::Integer),
        Scalar::F64 => quote!(form::Kind::Number),
        Scalar::String => quote!(form::Kind::String),
    }
}
