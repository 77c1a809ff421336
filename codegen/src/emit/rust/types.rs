//! The type emitter: structs, open enums, unions, the envelope, and accessors for documented
//! defaults; each request type followed by its validator. Their `serde` impls, written out
//! under the wire names, come from [`super::serde`].

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::builders::{constructors, default_accessor, scalar_literal, value_tokens};
use super::docs::{self, Doc};
use super::imports::Imports;
use super::names;
use super::serde::{self, SerdeField};
use super::validate::validate_impl;
use super::Ctx;
use crate::ir::{self, Scalar, Type, TypeKind};

/// Whether `Default` can be derived for a value of this type.
fn defaultable(ctx: &Ctx<'_>, ty: &Type, seen: &mut BTreeSet<String>) -> bool {
    match ty {
        Type::Scalar { .. } | Type::List { .. } | Type::Map { .. } | Type::Nullable { .. } => true,
        Type::Named { name } => match ctx.type_named(name).map(|t| &t.kind) {
            Some(TypeKind::Struct { fields, .. }) => {
                if !seen.insert(name.clone()) {
                    return true;
                }
                fields
                    .iter()
                    .all(|f| !f.required || defaultable(ctx, &f.ty, seen))
            }
            _ => false,
        },
    }
}

fn field_doc(field: &ir::Field, ctx: &Ctx<'_>) -> Doc {
    let mut doc = Doc::new();
    doc.para(&field.description);
    if let Some(gloss) = &field.gloss {
        doc.para(gloss);
    }
    let mut facts = Vec::new();
    if field.required_in_request {
        facts.push(
            "Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`.".to_owned(),
        );
    }
    if let Some(default) = &field.default {
        let shown = match &field.ty {
            Type::Named { name } => ctx
                .enum_variant(name, default)
                .map(|v| format!("`{default}` ([`{name}::{v}`])"))
                .unwrap_or_else(|| format!("`{default}`")),
            _ => format!("`{default}`"),
        };
        facts.push(format!("Default when absent: {shown}."));
    }
    if let Some(absent) = &field.when_absent {
        facts.push(format!(
            "When absent: {}.",
            docs::inline(absent.trim_end_matches('.'))
        ));
    }
    if let Some(unit) = field.unit {
        facts.push(format!("Unit: {}.", unit.spec_name()));
    }
    if let Some(example) = &field.example {
        facts.push(format!("Example: `{}`.", docs::code(&example.to_string())));
    }
    let limits = docs::constraints(&field.constraints);
    if !limits.is_empty() {
        facts.push(format!("Limits: {limits}."));
    }
    if let Some(n) = field.constraints.truncated_after {
        facts.push(format!(
            "The server processes the first {n} items and ignores the rest (more is not an error)."
        ));
    }
    if let Some(value) = &field.unknown_as {
        let shown = enum_of(&field.ty)
            .and_then(|name| ctx.enum_variant(name, value).map(|v| (name, v)))
            .map(|(name, v)| format!("`{value}` ([`{name}::{v}`])"))
            .unwrap_or_else(|| format!("`{value}`"));
        facts.push(format!(
            "The server treats a value the spec does not list as {shown} instead of refusing it, so validation accepts it."
        ));
    }
    if let Some(source) = &field.from {
        facts.push(format!("Source: {}.", docs::source_link(source)));
    }
    if let Some(doc_type) = &field.doc_type {
        facts.push(format!(
            "The document calls the type `{}`.",
            docs::code(doc_type)
        ));
    }
    if !facts.is_empty() {
        doc.raw_para(&facts.join(" "));
    }
    doc
}

/// The enum a field holds (directly, or as list items).
fn enum_of(ty: &Type) -> Option<&str> {
    match ty {
        Type::Named { name } => Some(name),
        Type::List { item } | Type::Nullable { item } => enum_of(item),
        _ => None,
    }
}

fn type_doc(t: &ir::TypeDef, ctx: &Ctx<'_>) -> Doc {
    let service = ctx.service;
    let mut doc = Doc::new();
    doc.para(&t.description);
    if let Some(gloss) = &t.gloss {
        doc.para(gloss);
    }
    if let Some(base) = &t.refines {
        doc.para(&format!(
            "A refinement of `{base}`: its wire shape, with the fields or variants this use of \
             it adds or changes; a type of its own."
        ));
    }
    if t.operation.is_none() && t.spec_file != service.spec_file {
        // A shared type from elsewhere than service.yaml: say where to find it.
        doc.para(&if t.spec_path.is_empty() {
            format!("Defined in `spec/{}`.", t.spec_file)
        } else {
            format!(
                "Defined in `spec/{}` (`{}`), and used by other operations too.",
                t.spec_file, t.spec_path
            )
        });
    }
    if let Some(op) = t.operation.as_ref().and_then(|o| ctx.operation_named(o)) {
        if t.name == op.request {
            doc.para(&format!(
                "The request of [`{}`](self): {}",
                op.name,
                docs::inline(&op.summary)
            ));
            docs::operation_facts(&mut doc, op);
        } else if t.name == op.response {
            let place = match &service.envelope.payload_field {
                Some(p) => format!("the `{}` object of the response", p.wire),
                None => "the fields of the response beside the envelope's".to_owned(),
            };
            doc.para(&format!(
                "The payload of a successful [`{}`](self) call: {place}.",
                op.name
            ));
        }
    }
    if let TypeKind::Struct {
        at_least_one_of,
        mutually_exclusive,
        required_when,
        forbidden_when,
        ..
    } = &t.kind
    {
        let quoted = |group: &ir::Group| {
            group
                .fields
                .iter()
                .map(|g| format!("`{g}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        for group in at_least_one_of {
            doc.para(&format!(
                "At least one of {} must be present{}.",
                quoted(group),
                docs::refused_with(group.code.as_ref())
            ));
        }
        for group in mutually_exclusive {
            doc.para(&format!(
                "At most one of {} may be present{}.",
                quoted(group),
                docs::refused_with(group.code.as_ref())
            ));
        }
        for r in required_when {
            doc.para(&format!(
                "`{}` is required when {}{}.",
                r.field,
                docs::condition(&r.when),
                docs::refused_with(r.code.as_ref())
            ));
        }
        for r in forbidden_when {
            doc.para(&format!(
                "`{}` must be absent when {}{}.",
                r.field,
                docs::condition(&r.when),
                docs::refused_with(r.code.as_ref())
            ));
        }
        if [at_least_one_of, mutually_exclusive].iter().any(|groups| {
            groups
                .iter()
                .any(|g| g.fields.iter().any(|f| f.contains('.')))
        }) || required_when
            .iter()
            .chain(forbidden_when)
            .any(|r| r.field.contains('.') || r.when.field.contains('.'))
        {
            doc.para(
                "A dotted name is a wire path into the objects this one holds: when an object on the way is absent, so is the field.",
            );
        }
    }
    doc
}

/// The types of one file, each followed by its `impl Validate` when requests reach it; the
/// names they use are added to `imports`.
pub fn items(ctx: &Ctx<'_>, types: &[&ir::TypeDef], imports: &mut Imports) -> TokenStream {
    let mut out = TokenStream::new();
    for t in types {
        out.extend(match &t.kind {
            TypeKind::Struct { fields, .. } => {
                imports.add("imapi_runtime", "decode");
                if fields.iter().any(|f| !f.required) {
                    imports.add("imapi_runtime", "encode");
                }
                struct_rs(ctx, t, fields)
            }
            TypeKind::Enum {
                repr,
                values,
                other,
            } => enum_rs(ctx, t, *repr, values, other.as_ref()),
            TypeKind::Union {
                tag,
                content,
                variants,
            } => {
                for v in variants {
                    if !types.iter().any(|t| t.name == v.ty) {
                        imports.add("super", &v.ty);
                    }
                }
                imports.add("imapi_runtime", "decode");
                union_rs(ctx, t, tag, content, variants)
            }
        });
        out.extend(validate_impl(ctx, t, imports));
    }
    let fields = types.iter().flat_map(|t| match &t.kind {
        TypeKind::Struct { fields, .. } => fields.as_slice(),
        TypeKind::Enum { .. } | TypeKind::Union { .. } => &[],
    });
    type_imports(types, fields, imports);
    out
}

/// A tagged union: one variant per documented tag holding its content's struct, and
/// `Unknown` for a tag the spec does not list (kept with its content as JSON). It reads and
/// writes `{"<tag>": "…", "<content>": {…}}`; decoding goes through
/// `imapi_runtime::decode::tagged`, which keeps the content's wire path in errors.
fn union_rs(
    ctx: &Ctx<'_>,
    t: &ir::TypeDef,
    tag: &str,
    content: &str,
    variants: &[ir::UnionVariant],
) -> TokenStream {
    let mut doc = type_doc(t, ctx);
    doc.raw_para(&format!(
        "On the wire an object: `{tag}` names the variant and `{content}` holds its content. The union is open: a tag the spec does not list is kept in [`Self::Unknown`] with its content as JSON instead of failing to decode."
    ));
    let attrs = doc.outer_attrs();
    let name = names::ident(&t.name);
    let idents: Vec<proc_macro2::Ident> = variants.iter().map(|v| names::ident(&v.name)).collect();
    let tys: Vec<proc_macro2::Ident> = variants.iter().map(|v| names::ident(&v.ty)).collect();
    let tags: Vec<&str> = variants.iter().map(|v| v.tag.as_str()).collect();
    let docs = variants
        .iter()
        .map(|v| Doc::from_text(&format!("`{}`: {}", v.tag, v.description)).outer_attrs());
    let serde_impls = serde::union_serde(&t.name, tag, content, variants);
    quote! {
        #attrs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#docs #idents(#tys),)*
            /// A tag the spec does not list, kept with its content as received.
            Unknown {
                /// The tag.
                tag: String,
                /// The content, as JSON.
                content: serde_json::Value,
            },
        }

        impl #name {
            /// The tag on the wire.
            pub fn tag(&self) -> &str {
                match self {
                    #(Self::#idents(_) => #tags,)*
                    Self::Unknown { tag, .. } => tag,
                }
            }
        }

        #serde_impls
    }
}

/// Imports what the fields of `defined` reference but the file does not define: other named
/// types of the service (from `super`) and `BTreeMap`.
pub fn type_imports<'f>(
    defined: &[&ir::TypeDef],
    fields: impl IntoIterator<Item = &'f ir::Field>,
    imports: &mut Imports,
) {
    let own: BTreeSet<&str> = defined.iter().map(|t| t.name.as_str()).collect();
    for f in fields {
        let mut stack = vec![&f.ty];
        while let Some(ty) = stack.pop() {
            match ty {
                Type::Scalar { .. } => {}
                Type::List { item } | Type::Nullable { item } => stack.push(item),
                Type::Map { value } => {
                    imports.add("std::collections", "BTreeMap");
                    stack.push(value);
                }
                Type::Named { name } if !own.contains(name.as_str()) => {
                    imports.add("super", name);
                }
                Type::Named { .. } => {}
            }
        }
    }
}

/// A struct field.
fn field_rs(ctx: &Ctx<'_>, field: &ir::Field) -> TokenStream {
    let attrs = field_doc(field, ctx).outer_attrs();
    let ident = names::field(&field.name);
    let ty = names::type_tokens(&field.ty);
    let ty = if field.required {
        ty
    } else {
        quote!(Option<#ty>)
    };
    quote! {
        #attrs
        pub #ident: #ty,
    }
}

fn struct_rs(ctx: &Ctx<'_>, t: &ir::TypeDef, fields: &[ir::Field]) -> TokenStream {
    let attrs = type_doc(t, ctx).outer_attrs();
    let name = names::ident(&t.name);
    let mut derives = vec![quote!(Debug), quote!(Clone), quote!(PartialEq)];
    let defaultable = defaultable(
        ctx,
        &Type::Named {
            name: t.name.clone(),
        },
        &mut BTreeSet::new(),
    );
    // A field a request must carry with a documented default starts at it, so `Default` is
    // written out.
    let documented = fields
        .iter()
        .any(|f| f.required_when_sent() && f.default.is_some());
    let default_impl = if defaultable && documented {
        let inits = fields.iter().map(|f| {
            let ident = names::field(&f.name);
            let documented = f.default.as_ref().and_then(|d| value_tokens(ctx, &f.ty, d));
            let value = match (f.required, f.required_in_request, documented) {
                (true, _, Some(value)) => value,
                (true, _, None) => quote!(Default::default()),
                (false, true, Some(value)) => quote!(Some(#value)),
                (false, _, _) => quote!(None),
            };
            quote!(#ident: #value,)
        });
        quote! {
            impl Default for #name {
                /// Every optional field absent, every one a request must carry at its
                /// documented default (or empty, or absent when answers may leave it out).
                fn default() -> Self {
                    #name {
                        #(#inits)*
                    }
                }
            }
        }
    } else {
        if defaultable {
            derives.push(quote!(Default));
        }
        TokenStream::new()
    };
    let serde_impls = serde::struct_serde(
        &t.name,
        None,
        &fields.iter().map(SerdeField::of).collect::<Vec<_>>(),
    );
    let fields_rs = fields.iter().map(|f| field_rs(ctx, f));
    let mut methods: Vec<TokenStream> = Vec::new();
    if t.in_request {
        methods.extend(constructors(ctx, &t.name, fields, defaultable));
    }
    methods.extend(fields.iter().filter_map(|f| default_accessor(ctx, f)));
    let impl_block = if methods.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            impl #name {
                #(#methods)*
            }
        }
    };
    quote! {
        #attrs
        #[derive(#(#derives),*)]
        pub struct #name {
            #(#fields_rs)*
        }
        #default_impl
        #impl_block
        #serde_impls
    }
}

fn enum_rs(
    ctx: &Ctx<'_>,
    t: &ir::TypeDef,
    repr: Scalar,
    values: &[ir::EnumValue],
    other: Option<&ir::EnumValue>,
) -> TokenStream {
    let mut doc = type_doc(t, ctx);
    let (catch, catch_doc) = match other {
        Some(o) => {
            doc.raw_para(&format!(
                "Besides the named values, every other value is valid and kept in [`Self::{}`].",
                o.name
            ));
            (
                names::ident(&o.name),
                Doc::from_text(&format!("Any other value: {}", o.description)).outer_attrs(),
            )
        }
        None => {
            doc.raw_para("The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.");
            (
                names::ident("Unknown"),
                Doc::from_text("A value the spec does not list, kept as received.").outer_attrs(),
            )
        }
    };
    let attrs = doc.outer_attrs();
    let name = names::ident(&t.name);
    let variants: Vec<proc_macro2::Ident> = values.iter().map(names::variant).collect();
    let variant_docs = values
        .iter()
        .map(|v| Doc::from_text(&format!("`{}`: {}", v.value, v.description)).outer_attrs());
    let repr_ty = names::scalar_tokens(repr);
    let serde_impls = serde::enum_serde(&t.name, repr);
    if repr == Scalar::String {
        let lits: Vec<String> = values
            .iter()
            .map(|v| v.value.as_str().unwrap_or_default().to_owned())
            .collect();
        quote! {
            #attrs
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            pub enum #name {
                #(#variant_docs #variants,)*
                #catch_doc
                #catch(String),
            }

            impl #name {
                /// The value on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#variants => #lits,)*
                        Self::#catch(value) => value,
                    }
                }
            }

            impl From<String> for #name {
                fn from(value: String) -> Self {
                    match value.as_str() {
                        #(#lits => Self::#variants,)*
                        _ => Self::#catch(value),
                    }
                }
            }

            #serde_impls
        }
    } else {
        let lits: Vec<TokenStream> = values
            .iter()
            .map(|v| scalar_literal(&v.value, repr).unwrap_or_default())
            .collect();
        quote! {
            #attrs
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #name {
                #(#variant_docs #variants,)*
                #catch_doc
                #catch(#repr_ty),
            }

            impl #name {
                /// The value on the wire.
                pub const fn value(self) -> #repr_ty {
                    match self {
                        #(Self::#variants => #lits,)*
                        Self::#catch(value) => value,
                    }
                }

                /// The variant for a wire value.
                pub const fn from_value(value: #repr_ty) -> Self {
                    match value {
                        #(#lits => Self::#variants,)*
                        other => Self::#catch(other),
                    }
                }
            }

            #serde_impls
        }
    }
}

/// `Envelope<T>`: the whole response body, the payload as `T`.
pub fn envelope(ctx: &Ctx<'_>) -> TokenStream {
    let e = &ctx.service.envelope;
    let mut doc = Doc::new();
    doc.para("The response envelope: every response body of the service has this shape, with the operation's payload as `T`.");
    doc.para(&e.description);
    let attrs = doc.outer_attrs();
    let payload = match &e.payload_field {
        Some(p) => p,
        None => {
            let fields = e.fields.iter().map(|f| field_rs(ctx, f));
            let encode = serde::beside_encode(&e.fields);
            let decode = serde::beside_decode(&e.fields);
            return quote! {
                #attrs
                #[derive(Debug, Clone, PartialEq)]
                pub struct Envelope<T> {
                    #(#fields)*
                    #[doc = " The operation's payload, whose fields sit beside the envelope's."]
                    pub payload: T,
                }

                #encode

                #decode
            };
        }
    };
    let fields = e.fields.iter().map(|f| field_rs(ctx, f));
    let ident = names::field(payload);
    let mut serde_fields: Vec<SerdeField> = e.fields.iter().map(SerdeField::of).collect();
    serde_fields.push(SerdeField {
        ident: ident.clone(),
        wire: payload.wire.clone(),
        ty: quote!(Option<T>),
        optional: true,
    });
    let serde_impls = serde::struct_serde("Envelope", Some("T"), &serde_fields);
    quote! {
        #attrs
        #[derive(Debug, Clone, PartialEq)]
        pub struct Envelope<T> {
            #(#fields)*
            #[doc = " The operation's payload; present only when the call succeeded."]
            pub #ident: Option<T>,
        }

        #serde_impls
    }
}
