//! The paging of an operation: the `PageFields` of its `Operation` facts, and `impl Paginated`,
//! which says what follows a page in each of its styles.
//!
//! ```text
//! impl Paginated for ListMessages {
//!     fn next_page(request: &ListMessagesRequest, response: &ListMessagesResponse) -> PageStep<ListMessagesRequest> {
//!         if !response.has_more { return PageStep::Done; }
//!         if response.messages.is_empty() { return PageStep::Done; }
//!         let next = response.next_cursor;
//!         if next == -1 { return PageStep::Done; }
//!         if request.cursor == next { return PageStep::Stalled("NextCursor"); }
//!         let mut following = request.clone();
//!         following.cursor = next;
//!         PageStep::Next(following)
//!     }
//! }
//! ```

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::docs::{self, Doc};
use super::imports::Imports;
use super::{names, Ctx};
use crate::ir::{self, NextPosition, Scalar, Type};

const RUNTIME: &str = "imapi_runtime";

/// `&[PageFields { … }, …]`: the styles of an operation as the runtime's facts.
pub fn page_fields(op: &ir::Operation, imports: &mut Imports) -> TokenStream {
    if op.pagination.is_empty() {
        return quote!(&[]);
    }
    imports.add_all(RUNTIME, &["PageFields", "PageStyle"]);
    let rows = op.pagination.iter().map(|p| {
        let style = names::ident(match p.style {
            ir::PageStyle::Cursor => "Cursor",
            ir::PageStyle::Offset => "Offset",
            ir::PageStyle::Sequence => "Sequence",
            ir::PageStyle::Token => "Token",
        });
        let when = option(p.when.as_ref().map(docs::condition));
        let request_field = &p.request_field.name.wire;
        let response_field = option(p.response_field().map(|f| f.name.wire.clone()));
        let next_from_item = option(match &p.next {
            NextPosition::Items { field, .. } => Some(field.clone()),
            _ => None,
        });
        let items = &p.items.name.wire;
        quote! {
            PageFields {
                style: PageStyle::#style,
                when: #when,
                request_field: #request_field,
                response_field: #response_field,
                next_from_item: #next_from_item,
                items: #items,
            }
        }
    });
    quote!(&[#(#rows),*])
}

fn option(text: Option<String>) -> TokenStream {
    match text {
        Some(t) => quote!(Some(#t)),
        None => quote!(None),
    }
}

/// `impl Paginated`: what follows a page. With several styles, the first whose condition holds
/// for the request decides (a walk keeps its first request's style: the position is all that
/// changes). Each style ends the walk on its documented end markers, on an empty page, or when
/// the next position is missing; it stalls when the next position does not move on from the
/// one asked for, and refuses an end flag with a value the document does not give.
pub fn paginated_impl(ctx: &Ctx<'_>, op: &ir::Operation, imports: &mut Imports) -> TokenStream {
    imports.add_all(RUNTIME, &["PageStep", "Paginated"]);
    let name = names::ident(&op.name);
    let request = names::ident(&op.request);
    let response = names::ident(&op.response);
    let request_fields: &[ir::Field] = match ctx.service.type_named(&op.request).map(|t| &t.kind) {
        Some(ir::TypeKind::Struct { fields, .. }) => fields,
        _ => &[],
    };
    let this = quote!(request);
    let mut body = TokenStream::new();
    let (last, guarded) = match op.pagination.split_last() {
        Some(split) => split,
        None => return TokenStream::new(),
    };
    for p in guarded {
        let Some(when) = &p.when else { continue };
        let holds = super::validate::condition_tokens(ctx, request_fields, when, &this);
        let style = style_body(ctx, p, false);
        body.extend(quote! {
            if #holds {
                #style
            }
        });
    }
    body.extend(style_body(ctx, last, true));
    let doc = Doc::from_raw(&format!(
        "Walking `{}` page by page: {}",
        op.name,
        docs::paging_text(&op.pagination)
    ))
    .outer_attrs();
    quote! {
        #doc
        impl Paginated for #name {
            fn next_page(request: &#request, response: &#response) -> PageStep<#request> {
                #body
            }
        }
    }
}

/// The statements of one style, ending with the step that follows the page: its value when
/// `tail` (the last style), else returned.
fn style_body(ctx: &Ctx<'_>, p: &ir::Pagination, tail: bool) -> TokenStream {
    let items = names::field(&p.items.name);
    let position = names::field(&p.request_field.name);
    let mut checks = TokenStream::new();
    if let Some(f) = &p.has_more {
        let ident = names::field(&f.name);
        checks.extend(if f.required {
            quote!(if !response.#ident { return PageStep::Done; })
        } else {
            quote!(if response.#ident != Some(true) { return PageStep::Done; })
        });
    }
    if let Some(f) = &p.is_finished {
        let ident = names::field(&f.name);
        checks.extend(if f.required {
            quote!(if response.#ident { return PageStep::Done; })
        } else {
            quote!(if response.#ident != Some(false) { return PageStep::Done; })
        });
    }
    if let Some(flag) = &p.flag {
        checks.extend(end_flag(ctx, flag));
    }
    checks.extend(if p.items.required {
        quote!(if response.#items.is_empty() { return PageStep::Done; })
    } else {
        quote! {
            if response.#items.as_ref().is_none_or(|items| items.is_empty()) {
                return PageStep::Done;
            }
        }
    });
    let current = if p.request_field.required {
        quote!(request.#position)
    } else {
        quote!(request.#position.unwrap_or_default())
    };
    let (next, stall) = match &p.next {
        NextPosition::Field { field } => (read_next(p, field), same_position(p, field)),
        NextPosition::Offset => {
            let ty = scalar_ident(&p.request_field.ty);
            let received = if p.items.required {
                quote!(response.#items.len())
            } else {
                quote!(response.#items.as_ref().map_or(0, Vec::len))
            };
            let wire = &p.request_field.name.wire;
            let total = p.total.as_ref().map(|f| {
                let ident = names::field(&f.name);
                if f.required {
                    quote!(if i128::from(next) >= i128::from(response.#ident) { return PageStep::Done; })
                } else {
                    quote! {
                        if response.#ident.is_some_and(|total| i128::from(next) >= i128::from(total)) {
                            return PageStep::Done;
                        }
                    }
                }
            });
            (
                quote! {
                    // The offset asked for plus the items received.
                    let Some(next) = #ty::try_from(#received).ok().and_then(|n| #current.checked_add(n)) else {
                        return PageStep::Stalled(#wire);
                    };
                    #total
                },
                same_position(p, &p.request_field),
            )
        }
        NextPosition::Items {
            field,
            smallest,
            add,
        } => from_items(ctx, p, field, *smallest, *add),
    };
    let assign = if p.request_field.required {
        quote!(following.#position = next;)
    } else {
        quote!(following.#position = Some(next);)
    };
    let carried = p.carry.iter().map(carry);
    let step = if tail {
        quote!(PageStep::Next(following))
    } else {
        quote!(return PageStep::Next(following);)
    };
    quote! {
        #checks
        #next
        #stall
        let mut following = request.clone();
        #assign
        #(#carried)*
        #step
    }
}

/// A request field set from the response beside the position; a response without it leaves
/// the request's value.
fn carry(c: &ir::Carried) -> TokenStream {
    let to = names::field(&c.request_field.name);
    let from = names::field(&c.response_field.name);
    let copy = matches!(&c.response_field.ty, Type::Scalar { scalar } if *scalar != Scalar::String);
    let set = |value: TokenStream| {
        if c.request_field.required {
            quote!(following.#to = #value;)
        } else {
            quote!(following.#to = Some(#value);)
        }
    };
    match (c.response_field.required, copy) {
        (true, true) => set(quote!(response.#from)),
        (true, false) => set(quote!(response.#from.clone())),
        (false, true) => {
            let set = set(quote!(value));
            quote! {
                if let Some(value) = response.#from {
                    #set
                }
            }
        }
        (false, false) => {
            let set = set(quote!(value.clone()));
            quote! {
                if let Some(value) = &response.#from {
                    #set
                }
            }
        }
    }
}

/// The next position read from a response field, and the end value compared with it.
fn read_next(p: &ir::Pagination, f: &ir::Field) -> TokenStream {
    let ident = names::field(&f.name);
    let copy = !matches!(
        f.ty,
        Type::Scalar {
            scalar: Scalar::String
        }
    );
    let read = match (f.required, copy) {
        (true, true) => quote!(let next = response.#ident;),
        (true, false) => quote!(let next = response.#ident.clone();),
        (false, true) => quote! {
            let Some(next) = response.#ident else {
                return PageStep::Done;
            };
        },
        (false, false) => quote! {
            let Some(next) = response.#ident.clone() else {
                return PageStep::Done;
            };
        },
    };
    let end = end_check(p, &f.ty);
    quote! {
        #read
        #end
    }
}

/// `if next == <end_value> { return PageStep::Done; }`, when the style has an end value.
fn end_check(p: &ir::Pagination, ty: &Type) -> TokenStream {
    if p.end_value.as_ref().and_then(serde_json::Value::as_str) == Some("") {
        return quote!(if next.is_empty() {
            return PageStep::Done;
        });
    }
    p.end_value
        .as_ref()
        .and_then(|v| end_literal(v, ty))
        .map(|end| quote!(if next == #end { return PageStep::Done; }))
        .unwrap_or_default()
}

/// The stall guard of a position sent back as is, or counted on: the next one is the one
/// asked for.
fn same_position(p: &ir::Pagination, moved: &ir::Field) -> TokenStream {
    let position = names::field(&p.request_field.name);
    let wire = &moved.name.wire;
    let same = if p.request_field.required {
        quote!(request.#position == next)
    } else {
        quote!(request.#position.as_ref() == Some(&next))
    };
    quote! {
        if #same {
            return PageStep::Stalled(#wire);
        }
    }
}

/// The next position computed from the page's items: the smallest (or largest) value of
/// `field` plus `add`, in the request field's type (none fits: there is no such position, and
/// the walk is over); and the guard that it moves on past the position asked for, in the
/// walk's direction.
fn from_items(
    ctx: &Ctx<'_>,
    p: &ir::Pagination,
    field: &str,
    smallest: bool,
    add: i64,
) -> (TokenStream, TokenStream) {
    let items = names::field(&p.items.name);
    let items_wire = &p.items.name.wire;
    let Some(f) = ctx.service.item_field(p) else {
        return (quote!(return PageStep::Done;), TokenStream::new());
    };
    let ident = names::field(&f.name);
    let all = if p.items.required {
        quote!(response.#items.iter())
    } else {
        quote!(response.#items.iter().flatten())
    };
    let values = if f.required {
        quote!(#all.map(|item| item.#ident))
    } else {
        quote!(#all.filter_map(|item| item.#ident))
    };
    let pick = if smallest { quote!(min) } else { quote!(max) };
    let missing =
        format!("no item of the page has `{field}`, which the next position is computed from");
    let shifted = match add {
        0 => quote!(i128::from(extreme)),
        n if n < 0 => {
            let n = Literal::u64_unsuffixed(n.unsigned_abs());
            quote!(i128::from(extreme) - #n)
        }
        n => {
            let n = Literal::i64_unsuffixed(n);
            quote!(i128::from(extreme) + #n)
        }
    };
    let ty = scalar_ident(&p.request_field.ty);
    let end = end_check(p, &p.request_field.ty);
    let next = quote! {
        let Some(extreme) = #values.#pick() else {
            return PageStep::Invalid { field: #items_wire, message: #missing.to_owned() };
        };
        // A position the request field cannot hold does not exist: nothing lies beyond.
        let Ok(next) = #ty::try_from(#shifted) else {
            return PageStep::Done;
        };
        #end
    };
    let position = names::field(&p.request_field.name);
    let behind = if smallest {
        quote!(next >= current)
    } else {
        quote!(next <= current)
    };
    let stall = if p.request_field.required {
        quote! {
            let current = request.#position;
            if #behind {
                return PageStep::Stalled(#items_wire);
            }
        }
    } else {
        quote! {
            if request.#position.is_some_and(|current| #behind) {
                return PageStep::Stalled(#items_wire);
            }
        }
    };
    (next, stall)
}

/// The end flag: a value that means more goes on, one that means the last ends the walk, and
/// any other ends it with an error (an absent flag ends it too, as an absent `has_more` does).
fn end_flag(ctx: &Ctx<'_>, flag: &ir::EndFlag) -> TokenStream {
    let f = &flag.field;
    let ident = names::field(&f.name);
    let wire = &f.name.wire;
    let repr = match &f.ty {
        Type::Scalar { scalar } => Some((*scalar, false)),
        Type::Named { name } => match ctx.service.type_named(name).map(|t| &t.kind) {
            Some(ir::TypeKind::Enum { repr, .. }) => Some((*repr, true)),
            _ => None,
        },
        _ => None,
    };
    let Some((repr, is_enum)) = repr else {
        return TokenStream::new();
    };
    let text = repr == Scalar::String;
    let read = match (f.required, text, is_enum) {
        (true, true, _) => quote!(let value = response.#ident.as_str();),
        (true, false, false) => quote!(let value = response.#ident;),
        (true, false, true) => quote!(let value = response.#ident.value();),
        (false, true, false) => quote! {
            let Some(value) = response.#ident.as_deref() else { return PageStep::Done; };
        },
        (false, true, true) => quote! {
            let Some(value) = response.#ident.as_ref().map(|v| v.as_str()) else { return PageStep::Done; };
        },
        (false, false, false) => quote! {
            let Some(value) = response.#ident else { return PageStep::Done; };
        },
        (false, false, true) => quote! {
            let Some(value) = response.#ident.map(|v| v.value()) else { return PageStep::Done; };
        },
    };
    let patterns = |values: &[serde_json::Value]| -> Vec<TokenStream> {
        values
            .iter()
            .filter_map(|v| match v {
                serde_json::Value::String(s) if text => Some(quote!(#s)),
                serde_json::Value::Number(n) if !text => n
                    .as_i64()
                    .map(Literal::i64_unsuffixed)
                    .or_else(|| n.as_u64().map(Literal::u64_unsuffixed))
                    .map(|lit| quote!(#lit)),
                _ => None,
            })
            .collect()
    };
    let more = patterns(&flag.more);
    let done = patterns(&flag.done);
    let words = |values: &[serde_json::Value]| {
        values
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" or ")
    };
    let message = format!(
        "{{other}} means neither that more pages follow ({}) nor that this was the last ({})",
        words(&flag.more).replace('{', "{{").replace('}', "}}"),
        words(&flag.done).replace('{', "{{").replace('}', "}}")
    );
    quote! {
        #read
        match value {
            #(#more)|* => {}
            #(#done)|* => return PageStep::Done,
            other => {
                return PageStep::Invalid { field: #wire, message: format!(#message) };
            }
        }
    }
}

/// The Rust integer type of a position (`i64` for anything else).
fn scalar_ident(ty: &Type) -> TokenStream {
    match ty {
        Type::Scalar {
            scalar: Scalar::I32,
        } => quote!(i32),
        Type::Scalar {
            scalar: Scalar::U32,
        } => quote!(u32),
        Type::Scalar {
            scalar: Scalar::U64,
        } => quote!(u64),
        _ => quote!(i64),
    }
}

/// The end marker as a literal comparable with the next position.
fn end_literal(value: &serde_json::Value, ty: &Type) -> Option<TokenStream> {
    match (ty, value) {
        (
            Type::Scalar {
                scalar: Scalar::String,
            },
            serde_json::Value::String(s),
        ) => Some(quote!(#s)),
        (Type::Scalar { scalar }, serde_json::Value::Number(n)) if scalar.is_integer() => {
            let lit = n
                .as_i64()
                .map(Literal::i64_unsuffixed)
                .or_else(|| n.as_u64().map(Literal::u64_unsuffixed))?;
            Some(quote!(#lit))
        }
        _ => None,
    }
}
