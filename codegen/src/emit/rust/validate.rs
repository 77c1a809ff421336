//! The validator emitter: `impl Validate` for every type a request reaches.
//!
//! A field a request must carry while answers may leave it out (`required: request`) is an
//! `Option` in the type; its validator reports it absent (`validate::required`, rule
//! `required`, at the field's path), in field order, before the field's own limits.
//!
//! Each constraint of the spec becomes one call into `imapi_runtime::validate`; the traversal
//! pushes wire names on the runtime's `Path` so violations carry paths such as
//! `ParticipantInfos[3].Marks[0]`. Types with nothing to check still implement the trait, so
//! generic code (clients, servers) can validate any request.
//!
//! A constraint with a documented error code is checked inside `out.coded(errors::…, |out|
//! …)`, so its violations carry the code. Rules across fields read wire paths into the objects
//! a struct holds (`ConversationCoreInfo.ConversationType`) through each optional object on
//! the way: an absent one makes the path absent.

use std::collections::HashMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use super::imports::Imports;
use super::names;
use super::Ctx;
use crate::ir::{self, Constraints, LengthUnit, Scalar, Type, TypeKind};

const VALIDATE: &str = "imapi_runtime::validate";

/// Which runtime names a validator uses, collected while it is emitted.
#[derive(Debug, Default, Clone, Copy)]
struct Uses {
    helpers: bool,
    segment: bool,
    errors: bool,
}

/// Whether values of each named type have anything to check. Computed once per service, in
/// time linear in its types.
pub struct Needs {
    named: HashMap<String, bool>,
    /// The wire type of each enum, for conditions on enum fields.
    reprs: HashMap<String, Scalar>,
    /// The constant in the `errors` module of each documented code, by the code's JSON text.
    codes: HashMap<String, String>,
}

impl Needs {
    /// Works out, for every named type of the service, whether validating it can find anything.
    pub fn of(service: &ir::Service) -> Needs {
        let index: HashMap<&str, &ir::TypeDef> =
            service.types.iter().map(|t| (t.name.as_str(), t)).collect();
        let mut named = HashMap::new();
        for t in &service.types {
            let mut visiting = Vec::new();
            let need = type_needs(&index, &t.name, &mut named, &mut visiting);
            named.insert(t.name.clone(), need);
        }
        let reprs = service
            .types
            .iter()
            .filter_map(|t| match &t.kind {
                TypeKind::Enum { repr, .. } => Some((t.name.clone(), *repr)),
                _ => None,
            })
            .collect();
        let codes = service
            .all_errors()
            .into_iter()
            .map(|e| (e.code.to_string(), names::error_const(e).to_string()))
            .collect();
        Needs {
            named,
            reprs,
            codes,
        }
    }

    /// `check` (statements), made to give its violations `code` when there is one.
    fn coded(&self, code: Option<&Value>, check: TokenStream, uses: &mut Uses) -> TokenStream {
        let Some(name) = code.and_then(|c| self.codes.get(&c.to_string())) else {
            return check;
        };
        uses.errors = true;
        let name = names::ident(name);
        quote! {
            out.coded(errors::#name, |out| {
                #check
            });
        }
    }

    /// Whether the type named `name` was looked at.
    pub fn knows(&self, name: &str) -> bool {
        self.named.contains_key(name)
    }

    fn ty(&self, ty: &Type) -> bool {
        match ty {
            Type::Scalar { .. } => false,
            Type::List { item } | Type::Nullable { item } => self.ty(item),
            Type::Map { value } => self.ty(value),
            Type::Named { name } => self.named.get(name).copied().unwrap_or(false),
        }
    }

    fn field(&self, field: &ir::Field) -> bool {
        let limits = Constraints {
            truncated_after: None,
            ..field.constraints.clone()
        };
        // A field whose unknown enum values the server coerces has only its limits to check.
        !limits.is_empty() || (field.unknown_as.is_none() && self.ty(&field.ty))
    }
}

fn type_needs(
    index: &HashMap<&str, &ir::TypeDef>,
    name: &str,
    memo: &mut HashMap<String, bool>,
    visiting: &mut Vec<String>,
) -> bool {
    if let Some(known) = memo.get(name) {
        return *known;
    }
    if visiting.iter().any(|v| v == name) {
        // A cycle: whatever the rest of the cycle needs decides.
        return false;
    }
    visiting.push(name.to_owned());
    let need = match index.get(name).map(|t| &t.kind) {
        // An enum checks for unknown values, unless every value is valid.
        Some(TypeKind::Enum { other, .. }) => other.is_none(),
        // A union checks for unknown tags.
        Some(TypeKind::Union { .. }) => true,
        Some(TypeKind::Struct {
            fields,
            at_least_one_of,
            mutually_exclusive,
            required_when,
            forbidden_when,
        }) => {
            !at_least_one_of.is_empty()
                || !mutually_exclusive.is_empty()
                || !required_when.is_empty()
                || !forbidden_when.is_empty()
                || fields.iter().any(|f| {
                    f.required_in_request
                        || !f.constraints.is_empty()
                        || ty_needs(index, &f.ty, memo, visiting)
                })
        }
        None => false,
    };
    visiting.pop();
    memo.insert(name.to_owned(), need);
    need
}

fn ty_needs(
    index: &HashMap<&str, &ir::TypeDef>,
    ty: &Type,
    memo: &mut HashMap<String, bool>,
    visiting: &mut Vec<String>,
) -> bool {
    match ty {
        Type::Scalar { .. } => false,
        Type::List { item } | Type::Nullable { item } => ty_needs(index, item, memo, visiting),
        Type::Map { value } => ty_needs(index, value, memo, visiting),
        Type::Named { name } => type_needs(index, name, memo, visiting),
    }
}

/// `impl Validate for <type>` for a type that requests reach, or nothing; the names it uses are
/// added to `imports`.
pub fn validate_impl(ctx: &Ctx<'_>, t: &ir::TypeDef, imports: &mut Imports) -> TokenStream {
    let needs = &ctx.needs;
    let mut uses = Uses::default();
    if !t.in_request {
        return TokenStream::new();
    }
    let name = names::ident(&t.name);
    let body = match &t.kind {
        TypeKind::Struct {
            fields,
            at_least_one_of,
            mutually_exclusive,
            required_when,
            forbidden_when,
        } => struct_body(
            ctx,
            fields,
            Groups {
                at_least_one_of,
                mutually_exclusive,
                required_when,
                forbidden_when,
            },
            &mut uses,
        ),
        TypeKind::Enum { other: Some(_), .. } => TokenStream::new(),
        TypeKind::Enum { values, .. } => enum_body(values, &mut uses),
        TypeKind::Union {
            tag,
            content,
            variants,
        } => union_body(needs, tag, content, variants, &mut uses),
    };
    imports.add_all(VALIDATE, &["Path", "Validate", "Violations"]);
    if uses.helpers {
        imports.add(VALIDATE, "self");
    }
    if uses.segment {
        imports.add(VALIDATE, "Segment");
    }
    if uses.errors {
        imports.add("super", "errors");
    }
    if body.is_empty() {
        quote! {
            impl Validate for #name {
                fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
            }
        }
    } else {
        quote! {
            impl Validate for #name {
                fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
                    #body
                }
            }
        }
    }
}

fn enum_body(values: &[ir::EnumValue], uses: &mut Uses) -> TokenStream {
    uses.helpers = true;
    // Strings keep their JSON quotes (`"OK" (Ok)`), numbers are bare (`1 (Add)`).
    let allowed: Vec<String> = values
        .iter()
        .map(|v| format!("{} ({})", v.value, v.name))
        .collect();
    quote! {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(value, &[#(#allowed),*], path, out);
        }
    }
}

/// A union: the content of a documented variant is validated under the content's name; an
/// unknown tag is a violation at the tag (the vendor refuses it in a request).
fn union_body(
    needs: &Needs,
    tag: &str,
    content: &str,
    variants: &[ir::UnionVariant],
    uses: &mut Uses,
) -> TokenStream {
    uses.helpers = true;
    uses.segment = true;
    let arms = variants.iter().map(|v| {
        let ident = names::ident(&v.name);
        if needs.named.get(&v.ty).copied().unwrap_or(false) {
            quote! {
                Self::#ident(value) => {
                    path.push(Segment::Field(#content));
                    value.validate_into(path, out);
                    path.pop();
                }
            }
        } else {
            quote!(Self::#ident(_) => {})
        }
    });
    let allowed = variants
        .iter()
        .map(|v| format!("\"{}\" ({})", v.tag, v.name));
    quote! {
        match self {
            #(#arms)*
            Self::Unknown { tag, .. } => {
                path.push(Segment::Field(#tag));
                validate::unknown_enum_value(tag, &[#(#allowed),*], path, out);
                path.pop();
            }
        }
    }
}

/// The constraints of a struct that involve several fields.
struct Groups<'g> {
    at_least_one_of: &'g [ir::Group],
    mutually_exclusive: &'g [ir::Group],
    required_when: &'g [ir::RequiredWhen],
    forbidden_when: &'g [ir::RequiredWhen],
}

/// A test on the value a wire path of `this` (a place or a reference holding an object with
/// `fields`) leads to, through each optional object on the way: `last` gets the value (a place,
/// or with `true` a reference) and returns the test, or `None` for "present". `None` when the
/// whole is always true (every field on the path is required, and `last` tests nothing).
fn along(
    chain: &[&ir::Field],
    this: TokenStream,
    last: &dyn Fn(TokenStream, bool) -> Option<TokenStream>,
) -> Option<TokenStream> {
    let (f, rest) = chain.split_first()?;
    let ident = names::field(&f.name);
    let test = |value: TokenStream, is_ref: bool| match rest {
        [] => last(value, is_ref),
        _ => along(rest, value, last),
    };
    if f.required {
        test(quote!(#this.#ident), false)
    } else {
        Some(match test(quote!(v), true) {
            Some(t) => quote!(#this.#ident.as_ref().is_some_and(|v| #t)),
            None => quote!(#this.#ident.is_some()),
        })
    }
}

/// Whether the field (or wire path) `wire` of `this` is present (`true` when always).
fn present(
    service: &ir::Service,
    fields: &[ir::Field],
    wire: &str,
    this: &TokenStream,
) -> Option<TokenStream> {
    let chain = service.field_path(fields, wire)?;
    Some(along(&chain, this.clone(), &|_, _| None).unwrap_or_else(|| quote!(true)))
}

/// A condition on a field (or wire path) of `this` (`self`, or a request) as a Rust `bool`
/// expression.
pub fn condition_tokens(
    ctx: &Ctx<'_>,
    fields: &[ir::Field],
    c: &ir::Condition,
    this: &TokenStream,
) -> TokenStream {
    let Some(chain) = ctx.service.field_path(fields, &c.field) else {
        return quote!(false);
    };
    let Some(value) = &c.equals else {
        return present(ctx.service, fields, &c.field, this).unwrap_or_else(|| quote!(false));
    };
    let Some(f) = chain.last() else {
        return quote!(false);
    };
    // How to read the wire value from a place (or with `true` a reference) of the field.
    let (scalar, read): (Scalar, fn(TokenStream, bool) -> TokenStream) = match &f.ty {
        Type::Scalar { scalar } if *scalar == Scalar::String => {
            (*scalar, |v, _| quote!(#v.as_str()))
        }
        Type::Scalar { scalar } => (*scalar, |v, is_ref| if is_ref { quote!(*#v) } else { v }),
        Type::Named { name } => match ctx.needs.reprs.get(name) {
            Some(Scalar::String) => (Scalar::String, |v, _| quote!(#v.as_str())),
            Some(repr) => (*repr, |v, _| quote!(#v.value())),
            None => return quote!(false),
        },
        _ => return quote!(false),
    };
    let expected = match (scalar, value) {
        (Scalar::String, serde_json::Value::String(s)) => quote!(#s),
        (Scalar::Bool, serde_json::Value::Bool(b)) => quote!(#b),
        (Scalar::F64, serde_json::Value::Number(n)) => {
            let f = Literal::f64_unsuffixed(n.as_f64().unwrap_or_default());
            quote!(#f)
        }
        (_, serde_json::Value::Number(n)) => {
            let lit = n
                .as_i64()
                .map(Literal::i64_unsuffixed)
                .or_else(|| n.as_u64().map(Literal::u64_unsuffixed));
            match lit {
                Some(lit) => quote!(#lit),
                None => return quote!(false),
            }
        }
        _ => return quote!(false),
    };
    along(&chain, this.clone(), &|v, is_ref| {
        let value = read(v, is_ref);
        Some(quote!(#value == #expected))
    })
    .unwrap_or_else(|| quote!(false))
}

fn struct_body(
    ctx: &Ctx<'_>,
    fields: &[ir::Field],
    groups: Groups<'_>,
    uses: &mut Uses,
) -> TokenStream {
    let needs = &ctx.needs;
    let service = ctx.service;
    let mut out = TokenStream::new();
    let this = quote!(self);
    for (group, check) in groups
        .at_least_one_of
        .iter()
        .map(|g| (g, quote!(at_least_one_of)))
        .chain(
            groups
                .mutually_exclusive
                .iter()
                .map(|g| (g, quote!(at_most_one_of))),
        )
    {
        uses.helpers = true;
        let present = group
            .fields
            .iter()
            .filter_map(|wire| present(service, fields, wire, &this));
        let names = &group.fields;
        let check = quote! {
            validate::#check(&[#(#present),*], &[#(#names),*], path, out);
        };
        out.extend(needs.coded(group.code.as_ref(), check, uses));
    }
    for (rules, check) in [
        (groups.required_when, quote!(required_when)),
        (groups.forbidden_when, quote!(forbidden_when)),
    ] {
        for r in rules {
            uses.helpers = true;
            let present =
                present(service, fields, &r.field, &this).unwrap_or_else(|| quote!(false));
            let holds = condition_tokens(ctx, fields, &r.when, &this);
            let field = &r.field;
            let when = super::docs::condition(&r.when).replace('`', "");
            let check = needs.coded(
                r.code.as_ref(),
                quote! { validate::#check(#present, #field, #when, path, out); },
                uses,
            );
            out.extend(quote! {
                if #holds {
                    #check
                }
            });
        }
    }
    for f in fields {
        let ident = names::field(&f.name);
        let wire = &f.name.wire;
        if f.required_in_request {
            // Optional in the type, since answers may leave it out; a request must carry it.
            uses.helpers = true;
            out.extend(quote! {
                validate::required(self.#ident.is_some(), #wire, path, out);
            });
        }
        if !needs.field(f) {
            continue;
        }
        uses.segment = true;
        let checks = if f.unknown_as.is_some() {
            // Unknown enum values are the server's to coerce: only the limits are checked.
            let limits_only = Needs {
                named: HashMap::new(),
                reprs: HashMap::new(),
                codes: needs.codes.clone(),
            };
            value_checks(&limits_only, quote!(value), &f.ty, &f.constraints, uses)
        } else {
            value_checks(needs, quote!(value), &f.ty, &f.constraints, uses)
        };
        let binding = if f.required {
            quote! {
                let value = &self.#ident;
                path.push(Segment::Field(#wire));
                #checks
                path.pop();
            }
        } else {
            quote! {
                if let Some(value) = &self.#ident {
                    path.push(Segment::Field(#wire));
                    #checks
                    path.pop();
                }
            }
        };
        out.extend(if f.required {
            quote!({ #binding })
        } else {
            binding
        });
    }
    out
}

/// Checks on `value` (a reference to a value of `ty`), with `path` already pointing at it.
fn value_checks(
    needs: &Needs,
    value: TokenStream,
    ty: &Type,
    c: &Constraints,
    uses: &mut Uses,
) -> TokenStream {
    let mut out = TokenStream::new();
    match ty {
        Type::Scalar { scalar } if scalar.is_number() => {
            if let Some(bounds) = bounds(c, *scalar) {
                uses.helpers = true;
                let check = quote! { validate::number(*#value, &#bounds, path, out); };
                out.extend(needs.coded(c.code.as_ref(), check, uses));
            }
        }
        Type::Scalar {
            scalar: Scalar::String,
        } => {
            if c.min_length.is_some() || c.max_length.is_some() {
                uses.helpers = true;
                let min = option_u64(c.min_length);
                let max = option_u64(c.max_length);
                let unit = match c.length_unit {
                    Some(LengthUnit::Bytes) => quote!(validate::LengthUnit::Bytes),
                    _ => quote!(validate::LengthUnit::Chars),
                };
                let check = quote! { validate::length(#value, #min, #max, #unit, path, out); };
                out.extend(needs.coded(c.code.as_ref(), check, uses));
            }
        }
        Type::Scalar { .. } => {}
        Type::List { item } => {
            let (item, nullable) = match &**item {
                Type::Nullable { item } => (&**item, true),
                other => (other, false),
            };
            if c.min_items.is_some() || c.max_items.is_some() {
                uses.helpers = true;
                let min = option_u64(c.min_items);
                let max = option_u64(c.max_items);
                let check = quote! { validate::items(#value, #min, #max, path, out); };
                out.extend(needs.coded(c.code.as_ref(), check, uses));
            }
            if c.unique_items {
                uses.helpers = true;
                let check = quote! { validate::unique(#value, path, out); };
                out.extend(needs.coded(c.code.as_ref(), check, uses));
            }
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            // Numbers with only bounds: one runtime loop that touches the path on failure only.
            if let (Type::Scalar { scalar }, false) = (item, nullable) {
                let scalar = *scalar;
                let only_bounds = Constraints {
                    minimum: item_constraints.minimum.clone(),
                    maximum: item_constraints.maximum.clone(),
                    also_allowed: item_constraints.also_allowed.clone(),
                    code: item_constraints.code.clone(),
                    ..Constraints::default()
                };
                if scalar.is_number() && item_constraints == only_bounds {
                    if let Some(bounds) = bounds(&item_constraints, scalar) {
                        uses.helpers = true;
                        let check = quote! { validate::each_number(#value, &#bounds, path, out); };
                        out.extend(needs.coded(item_constraints.code.as_ref(), check, uses));
                    }
                    return out;
                }
            }
            let item_checks = value_checks(needs, quote!(item), item, &item_constraints, uses);
            if !item_checks.is_empty() {
                let is_plain_named =
                    matches!(item, Type::Named { .. }) && item_constraints.is_empty();
                if is_plain_named {
                    out.extend(quote! { #value.validate_into(path, out); });
                } else if nullable {
                    out.extend(quote! {
                        for (i, item) in #value.iter().enumerate() {
                            if let Some(item) = item {
                                path.push(Segment::Index(i));
                                #item_checks
                                path.pop();
                            }
                        }
                    });
                } else {
                    out.extend(quote! {
                        for (i, item) in #value.iter().enumerate() {
                            path.push(Segment::Index(i));
                            #item_checks
                            path.pop();
                        }
                    });
                }
            }
        }
        Type::Map { value: value_ty } => {
            if needs.ty(value_ty) {
                out.extend(quote! { #value.validate_into(path, out); });
            }
        }
        Type::Named { name } if !c.values.is_empty() => {
            // Part of a shared enum: any other value, documented or not, is refused with the
            // values this field takes, in place of the enum's own check.
            uses.helpers = true;
            let ty = names::ident(name);
            let variants = c.values.iter().map(names::variant);
            let allowed: Vec<String> = c
                .values
                .iter()
                .map(|v| format!("{} ({})", v.value, v.name))
                .collect();
            let check = quote! {
                if !matches!(#value, #(#ty::#variants)|*) {
                    validate::unknown_enum_value(#value, &[#(#allowed),*], path, out);
                }
            };
            out.extend(needs.coded(c.code.as_ref(), check, uses));
        }
        Type::Named { .. } | Type::Nullable { .. } => {
            if needs.ty(ty) {
                out.extend(quote! { #value.validate_into(path, out); });
            }
        }
    }
    out
}

fn option_u64(v: Option<u64>) -> TokenStream {
    match v {
        Some(n) => {
            let lit = Literal::u64_unsuffixed(n);
            quote!(Some(#lit))
        }
        None => quote!(None),
    }
}

fn number_tokens(n: &serde_json::Number, scalar: Scalar) -> TokenStream {
    if scalar == Scalar::F64 {
        let f = Literal::f64_unsuffixed(n.as_f64().unwrap_or_default());
        return quote!(validate::Number::Float(#f));
    }
    let value = n
        .as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from))
        .unwrap_or_default();
    let lit = Literal::i128_unsuffixed(value);
    quote!(validate::Number::Int(#lit))
}

fn bounds(c: &Constraints, scalar: Scalar) -> Option<TokenStream> {
    if c.minimum.is_none() && c.maximum.is_none() {
        return None;
    }
    let min = match &c.minimum {
        Some(n) => {
            let n = number_tokens(n, scalar);
            quote!(Some(#n))
        }
        None => quote!(None),
    };
    let max = match &c.maximum {
        Some(n) => {
            let n = number_tokens(n, scalar);
            quote!(Some(#n))
        }
        None => quote!(None),
    };
    let also = c.also_allowed.iter().map(|n| number_tokens(n, scalar));
    Some(quote! {
        validate::Bounds {
            minimum: #min,
            maximum: #max,
            also_allowed: &[#(#also),*],
        }
    })
}
