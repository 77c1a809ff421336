//! How a form carries each field of a request (for operations whose body is a form): a scalar
//! as its text, a list or map of scalars at the top of the request as repeated or bracketed
//! keys, anything nested deeper as JSON text. The Rust emitter writes it as the runtime's
//! `form::Kind`, the OpenAPI export as each field's `encoding`.

use super::{Scalar, Service, Type, TypeKind};

/// How a form carries a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true`/`false`.
    Bool,
    /// JSON text in one field.
    Json,
    /// The key repeated, once per item.
    List(Box<FormKind>),
    /// Bracketed keys, `name[key]=value`.
    Map(Box<FormKind>),
}

/// How a form carries a top-level field of type `ty`.
pub fn field_kind(service: &Service, ty: &Type) -> FormKind {
    kind(service, ty, true)
}

fn kind(service: &Service, ty: &Type, top: bool) -> FormKind {
    match ty {
        Type::Nullable { item } => kind(service, item, top),
        Type::Scalar { scalar } => scalar_kind(*scalar),
        Type::Named { name } => match service.type_named(name).map(|t| &t.kind) {
            Some(TypeKind::Enum { repr, .. }) => scalar_kind(*repr),
            _ => FormKind::Json,
        },
        Type::List { item } if top && is_scalar(service, item) => {
            FormKind::List(Box::new(kind(service, item, false)))
        }
        Type::Map { value } if top && is_scalar(service, value) => {
            FormKind::Map(Box::new(kind(service, value, false)))
        }
        Type::List { .. } | Type::Map { .. } => FormKind::Json,
    }
}

fn is_scalar(service: &Service, ty: &Type) -> bool {
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

fn scalar_kind(scalar: Scalar) -> FormKind {
    match scalar {
        Scalar::Bool => FormKind::Bool,
        Scalar::I32 | Scalar::I64 | Scalar::U32 | Scalar::U64 => FormKind::Integer,
        Scalar::F64 => FormKind::Number,
        Scalar::String => FormKind::String,
    }
}
