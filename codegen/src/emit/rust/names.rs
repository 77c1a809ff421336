//! The Rust naming oracle: every Rust spelling the emitters write (fields, modules, methods,
//! constants, types) is made here from the IR's names, so a name is spelled the same wherever it is
//! used.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::ir::{self, Scalar, Type};
use crate::naming::{self, Case};

/// Names the generated code uses unqualified in the modules where spec types live: the
/// prelude's types and traits, and what the generated files import. A spec type may not take
/// one, or the generated crate would not build; the checker reports it.
pub const USED_NAMES: &[&str] = &[
    // The prelude, as generated code spells it.
    "Box",
    "Clone",
    "Copy",
    "Default",
    "Eq",
    "Err",
    "From",
    "Hash",
    "None",
    "Ok",
    "Option",
    "PartialEq",
    "Result",
    "Send",
    "Some",
    "String",
    "Sync",
    "Vec",
    // Imported or generated per file.
    "Arc",
    "BTreeMap",
    "Client",
    "ClientBuilder",
    "Config",
    "Credentials",
    "Duration",
    "Endpoint",
    "Envelope",
    "EnvelopeHead",
    "Error",
    "ErrorCode",
    "ErrorRole",
    "Fault",
    "Future",
    "KeyStore",
    "Operation",
    "OperationShape",
    "OperationVisitor",
    "Path",
    "Protocol",
    "RateLimit",
    "RequestContext",
    "Routes",
    "Segment",
    "ServerConfig",
    "Service",
    "ServiceSpec",
    "Validate",
    "Violations",
    // The type parameters of generated impls (`read<A: MapAccess>`, `Envelope<T>`, …).
    "A",
    "D",
    "S",
    "T",
];

/// Module names the generated code uses in a service folder; an operation may not take one.
pub const USED_MODULES: &[&str] = &[
    "client", "decode", "encode", "errors", "lib", "mod", "server", "tests", "types",
];

/// An identifier the emitter made itself (ASCII, checked by the checker).
pub fn ident(name: &str) -> Ident {
    format_ident!("{}", name)
}

/// A field's identifier, raw prefix included (`r#type`).
pub fn field(name: &ir::FieldName) -> Ident {
    syn::parse_str::<Ident>(&name.rust).unwrap_or_else(|_| format_ident!("{}", name.rust_plain))
}

/// An operation's module (`modify_message`).
pub fn operation_module(op: &ir::Operation) -> Ident {
    ident(&op.snake)
}

/// An operation's client and server method (`modify_message`).
pub fn method(op: &ir::Operation) -> Ident {
    ident(op.snake.trim_start_matches("r#"))
}

/// A service's module (`volcengine_rtc_im`).
pub fn service_module(service: &ir::Service) -> Ident {
    ident(&service.module)
}

/// A service's marker type (`VolcengineRtcIm`).
pub fn service_marker(service: &ir::Service) -> Ident {
    ident(&ir::service_marker_name(&service.name))
}

/// The constant of a documented error: Volcengine codes in SCREAMING_SNAKE_CASE
/// (`FlowLimitExceeded.QPSOverLimit` → `FLOW_LIMIT_EXCEEDED_QPS_OVER_LIMIT`), numeric codes
/// prefixed (`10004` → `E10004`).
pub fn error_const(error: &ir::ErrorDef) -> Ident {
    let text = error.code_text();
    let snake = naming::rust_name(&text, Case::Snake)
        .map(|n| n.plain)
        .unwrap_or_default();
    let upper = snake.trim_start_matches('_').to_uppercase();
    if upper.starts_with(|c: char| c.is_ascii_digit()) {
        format_ident!("E{}", upper)
    } else {
        format_ident!("{}", upper)
    }
}

/// The variant of an enum value.
pub fn variant(value: &ir::EnumValue) -> Ident {
    let name = naming::rust_name(&value.name, Case::Pascal)
        .map(|n| n.ident)
        .unwrap_or_default();
    ident(&name)
}

/// A scalar's Rust type.
pub fn scalar_tokens(s: Scalar) -> TokenStream {
    match s {
        Scalar::Bool => quote!(bool),
        Scalar::I32 => quote!(i32),
        Scalar::I64 => quote!(i64),
        Scalar::U32 => quote!(u32),
        Scalar::U64 => quote!(u64),
        Scalar::F64 => quote!(f64),
        Scalar::String => quote!(String),
    }
}

/// A spec type's Rust type (`Vec<Option<i64>>`, `BTreeMap<String, Marks>`).
pub fn type_tokens(ty: &Type) -> TokenStream {
    match ty {
        Type::Scalar { scalar } => scalar_tokens(*scalar),
        Type::List { item } => {
            let item = type_tokens(item);
            quote!(Vec<#item>)
        }
        Type::Map { value } => {
            let value = type_tokens(value);
            quote!(BTreeMap<String, #value>)
        }
        Type::Named { name } => {
            let ident = ident(name);
            quote!(#ident)
        }
        Type::Nullable { item } => {
            let item = type_tokens(item);
            quote!(Option<#item>)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(code: serde_json::Value) -> ir::ErrorDef {
        ir::ErrorDef {
            code,
            code_n: None,
            http_status: None,
            description: String::new(),
            roles: Vec::new(),
        }
    }

    #[test]
    fn error_constants() {
        assert_eq!(
            error_const(&error("FlowLimitExceeded.QPSOverLimit".into())).to_string(),
            "FLOW_LIMIT_EXCEEDED_QPS_OVER_LIMIT"
        );
        assert_eq!(
            error_const(&error("MessageNotFound".into())).to_string(),
            "MESSAGE_NOT_FOUND"
        );
        assert_eq!(error_const(&error(10004.into())).to_string(), "E10004");
    }
}
