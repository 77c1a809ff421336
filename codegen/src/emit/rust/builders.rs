//! Builders: `new(…)` with what a request must carry, a `with_<field>(…)` per other field,
//! `…_or_default()` accessors for documented defaults, and the literals they start from.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, ToTokens};
use serde_json::Value;

use super::docs::Doc;
use super::names;
use super::Ctx;
use crate::ir::{self, Scalar, Type, TypeKind};

/// A value of a field's type from the spec's JSON: a literal, or an enum variant.
pub(super) fn value_tokens(ctx: &Ctx<'_>, ty: &Type, value: &Value) -> Option<TokenStream> {
    match ty {
        Type::Scalar {
            scalar: Scalar::String,
        } => {
            let s = value.as_str()?;
            Some(quote!(#s.to_owned()))
        }
        Type::Scalar { scalar } => scalar_literal(value, *scalar),
        Type::Named { name } => {
            let variant = names::ident(ctx.enum_variant(name, value)?);
            let ty = names::ident(name);
            Some(quote!(#ty::#variant))
        }
        _ => None,
    }
}

/// `new(…)` with the fields a request must carry (those without a documented default), and a
/// `with_<field>(…)` setter per optional field and per required field with a default, so a
/// request with many optional fields is written with the ones it sends. A field required in
/// requests only (`required: request`) is held as an `Option` (answers may leave it out), yet
/// `new` takes it as a plain value, as it takes the required ones: what `new` asks for is what
/// a request must carry.
pub(super) fn constructors(
    ctx: &Ctx<'_>,
    type_name: &str,
    fields: &[ir::Field],
    defaultable: bool,
) -> Vec<TokenStream> {
    let name = names::ident(type_name);
    let param = |f: &ir::Field| {
        let ident = names::field(&f.name);
        match &f.ty {
            Type::Scalar {
                scalar: Scalar::String,
            } => (quote!(#ident: impl Into<String>), quote!(#ident.into())),
            ty => {
                let ty = names::type_tokens(ty);
                (quote!(#ident: #ty), quote!(#ident))
            }
        }
    };
    let mut out = Vec::new();
    let takes: Vec<&ir::Field> = fields
        .iter()
        .filter(|f| f.required_when_sent() && f.default.is_none())
        .collect();
    // With nothing to take, `Default` is the constructor.
    if !takes.is_empty() || !defaultable {
        let params = takes.iter().map(|f| param(f).0);
        let inits = fields.iter().map(|f| {
            let ident = names::field(&f.name);
            if !f.required_when_sent() {
                quote!(#ident: None,)
            } else if let Some(value) = f.default.as_ref().and_then(|d| value_tokens(ctx, &f.ty, d))
            {
                if f.required {
                    quote!(#ident: #value,)
                } else {
                    quote!(#ident: Some(#value),)
                }
            } else {
                let (_, arg) = param(f);
                match (f.required, ident == arg.to_string()) {
                    (true, true) => quote!(#ident,),
                    (true, false) => quote!(#ident: #arg,),
                    (false, _) => quote!(#ident: Some(#arg),),
                }
            }
        });
        let allow = if takes.len() > 7 {
            quote!(#[allow(clippy::too_many_arguments)])
        } else {
            TokenStream::new()
        };
        let required: Vec<String> = takes.iter().map(|f| format!("`{}`", f.name.wire)).collect();
        let doc = Doc::from_raw(&format!(
            "A value with {}; optional fields absent{}. The `with_…` methods set the others.",
            if required.is_empty() {
                "no required field to give".to_owned()
            } else {
                format!("the required {}", required.join(", "))
            },
            if fields
                .iter()
                .any(|f| f.required_when_sent() && f.default.is_some())
            {
                ", fields with a documented default at it"
            } else {
                ""
            }
        ))
        .outer_attrs();
        out.push(quote! {
            #doc
            #allow
            pub fn new(#(#params),*) -> Self {
                #name {
                    #(#inits)*
                }
            }
        });
    }
    for f in fields
        .iter()
        .filter(|f| !f.required_when_sent() || f.default.is_some())
    {
        let ident = names::field(&f.name);
        let method = format_ident!("with_{}", f.name.rust_plain.trim_start_matches('_'));
        let (param, arg) = param(f);
        let value = if f.required { arg } else { quote!(Some(#arg)) };
        let doc = Doc::from_raw(&format!("Sets `{}`.", f.name.wire)).outer_attrs();
        out.push(quote! {
            #doc
            pub fn #method(mut self, #param) -> Self {
                self.#ident = #value;
                self
            }
        });
    }
    out
}

/// `fn <field>_or_default(&self)`: the value the server reads for an optional field with a
/// documented default. Not for a field a request must carry, whose default is the value the
/// document recommends, not one the server assumes.
pub(super) fn default_accessor(ctx: &Ctx<'_>, f: &ir::Field) -> Option<TokenStream> {
    if f.required_when_sent() {
        return None;
    }
    let default = f.default.as_ref()?;
    let ident = names::field(&f.name);
    let method = format_ident!("{}_or_default", f.name.rust_plain.trim_start_matches('_'));
    let wire = &f.name.wire;
    let doc = Doc::from_text(&format!(
        "`{wire}` as the server reads it: the value sent, or the documented default `{default}` when absent."
    ))
    .outer_attrs();
    let body = match &f.ty {
        Type::Scalar {
            scalar: Scalar::String,
        } => {
            let lit = default.as_str().unwrap_or_default();
            return Some(quote! {
                #doc
                pub fn #method(&self) -> &str {
                    self.#ident.as_deref().unwrap_or(#lit)
                }
            });
        }
        Type::Scalar { scalar } => {
            let ty = names::scalar_tokens(*scalar);
            let lit = scalar_literal(default, *scalar)?;
            (ty, quote!(self.#ident.unwrap_or(#lit)))
        }
        Type::Named { name } => {
            let variant = names::ident(ctx.enum_variant(name, default)?);
            let ty = names::ident(name);
            let repr = match &ctx.type_named(name)?.kind {
                TypeKind::Enum { repr, .. } => *repr,
                TypeKind::Struct { .. } | TypeKind::Union { .. } => return None,
            };
            let value = if repr == Scalar::String {
                quote!(self.#ident.clone().unwrap_or(#ty::#variant))
            } else {
                quote!(self.#ident.unwrap_or(#ty::#variant))
            };
            (quote!(#ty), value)
        }
        _ => return None,
    };
    let (ty, value) = body;
    Some(quote! {
        #doc
        pub fn #method(&self) -> #ty {
            #value
        }
    })
}

pub(super) fn scalar_literal(value: &Value, scalar: Scalar) -> Option<TokenStream> {
    Some(match scalar {
        Scalar::Bool => {
            let b = value.as_bool()?;
            quote!(#b)
        }
        Scalar::I32 => {
            Literal::i32_unsuffixed(i32::try_from(value.as_i64()?).ok()?).to_token_stream()
        }
        Scalar::I64 => Literal::i64_unsuffixed(value.as_i64()?).to_token_stream(),
        Scalar::U32 => {
            Literal::u32_unsuffixed(u32::try_from(value.as_u64()?).ok()?).to_token_stream()
        }
        Scalar::U64 => Literal::u64_unsuffixed(value.as_u64()?).to_token_stream(),
        Scalar::F64 => Literal::f64_unsuffixed(value.as_f64()?).to_token_stream(),
        Scalar::String => {
            let s = value.as_str()?;
            quote!(#s)
        }
    })
}
