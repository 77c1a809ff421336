//! The spec's examples as tests of the generated crate (`tests/examples.rs`): each request and
//! response example decodes into its type and encodes back to the same JSON, and request
//! examples satisfy every constraint.

use std::collections::BTreeSet;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs;
use super::imports::Imports;
use super::names;
use crate::ir;
use crate::naming::{self, Case};
use crate::options::Options;

/// `tests/examples.rs`: every example of the spec as a test that decodes it into the generated
/// type and encodes it back to the same JSON.
pub fn examples_rs(ir: &ir::Ir, options: &Options) -> Option<TokenStream> {
    let krate = names::ident(&options.crate_ident());
    let features: Vec<&String> = ir
        .services
        .iter()
        .filter(|s| s.operations.iter().any(|o| !o.examples.is_empty()))
        .map(|s| &s.name)
        .collect();
    if features.is_empty() {
        return None;
    }
    let cfg = match features.as_slice() {
        [one] => quote!(#![cfg(feature = #one)]),
        many => quote!(#![cfg(any(#(feature = #many),*))]),
    };
    let mut all_sides = BTreeSet::new();
    let modules: Vec<TokenStream> = ir
        .services
        .iter()
        .filter_map(|service| {
            let feature = &service.name;
            let module = names::service_module(service);
            let mut used = BTreeSet::new();
            let mut sides = BTreeSet::new();
            let mut tests = Vec::new();
            for op in &service.operations {
                for example in &op.examples {
                    let base = naming::rust_name(&example.name, Case::Snake)
                        .map(|n| n.plain)
                        .unwrap_or_default();
                    let parts = [
                        (
                            "request",
                            &example.request_text,
                            quote_type(&op.request, false),
                        ),
                        (
                            "response",
                            &example.response_text,
                            quote_type(&op.response, true),
                        ),
                    ];
                    for (side, text, ty) in parts {
                        let Some(text) = text else { continue };
                        let check = format_ident!("{side}");
                        sides.insert(side);
                        let name =
                            format_ident!("{}_{}_{}", op.snake, base.trim_start_matches('_'), side);
                        let doc = format!(" `{}` example `{}`: the {side}.", op.name, example.name);
                        let json = raw_string(text);
                        used.insert(if side == "request" {
                            op.request.clone()
                        } else {
                            op.response.clone()
                        });
                        tests.push(quote! {
                            #[doc = #doc]
                            #[test]
                            fn #name() {
                                #check::<#ty>(#json);
                            }
                        });
                    }
                }
            }
            if tests.is_empty() {
                return None;
            }
            if sides.contains("response") {
                used.insert("Envelope".to_owned());
            }
            let mut imports = Imports::default();
            for side in &sides {
                imports.add("super", side);
            }
            for name in &used {
                imports.add(&format!("{krate}::{module}"), name);
            }
            all_sides.extend(sides);
            let uses = imports.tokens();
            Some(quote! {
                #[cfg(feature = #feature)]
                mod #module {
                    #uses
                    #(#tests)*
                }
            })
        })
        .collect();
    let request_helper = if all_sides.contains("request") {
        quote! {
            /// A request example round-trips and satisfies every constraint of the spec.
            fn request<T: Serialize + DeserializeOwned + Validate>(json: &str) {
                if let Err(violations) = round_trip::<T>(json).validate() {
                    panic!("the example breaks the spec's constraints: {violations}");
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let mut imports = Imports::default();
    imports.add("serde::de", "DeserializeOwned");
    imports.add("serde", "Serialize");
    imports.add("serde_json", "Value");
    if all_sides.contains("request") {
        imports.add(&krate.to_string(), "Validate");
    }
    let uses = imports.tokens();
    let response_helper = if all_sides.contains("response") {
        quote! {
            /// A response example (a whole body, envelope included) round-trips.
            fn response<T: Serialize + DeserializeOwned>(json: &str) {
                round_trip::<T>(json);
            }
        }
    } else {
        TokenStream::new()
    };
    Some(quote! {
            #![doc = " Every example of the spec, as a test: it decodes into the generated type and encodes"]
            #![doc = " back to the same JSON. Responses are whole bodies, envelope included."]
            #cfg
            #![cfg_attr(rustfmt, rustfmt::skip)]

            #uses

            /// Decodes `json` as `T`, encodes it again, and checks that nothing was lost or added.
            fn round_trip<T: Serialize + DeserializeOwned>(json: &str) -> T {
                let expected: Value = serde_json::from_str(json).expect("the example is JSON");
                let typed: T = match serde_json::from_str(json) {
                    Ok(typed) => typed,
                    Err(e) => panic!("the example does not decode: {e}"),
                };
                let encoded = serde_json::to_value(&typed).expect("the value encodes");
                assert_eq!(encoded, expected, "the example does not survive a round trip");
                typed
            }

            #request_helper
            #response_helper

            #(#modules)*
    })
}

fn quote_type(name: &str, enveloped: bool) -> TokenStream {
    let ident = names::ident(name);
    if enveloped {
        quote!(Envelope<#ident>)
    } else {
        quote!(#ident)
    }
}

/// A raw string literal holding `text`, with enough `#`s that the text cannot close it. Spaces
/// at line ends are dropped: a JSON string cannot span lines, so they are never significant,
/// and rustfmt refuses to leave them inside a literal.
fn raw_string(text: &str) -> TokenStream {
    let text: Vec<&str> = text.lines().map(str::trim_end).collect();
    let text = text.join("\n");
    let fence = docs::raw_string_hashes(&text);
    let literal: Literal = format!("r{fence}\"{text}\"{fence}")
        .parse()
        .unwrap_or_else(|_| Literal::string(&text));
    quote!(#literal)
}
