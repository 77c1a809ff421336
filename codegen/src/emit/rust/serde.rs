//! The written-out `serde` code of the generated types: `Serialize` and `Deserialize` for
//! structs (and a wrapped `Envelope<T>`), for an envelope whose payload sits beside its fields,
//! for unions and for open enums. The impls are written rather than derived: the derives'
//! expansion was most of the cost of recompiling the generated crate, and a written impl reads
//! only what the vendors send (a JSON object, unknown keys skipped, a repeated key refused),
//! keeping the wire path in every decoding error through `imapi_runtime::decode`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, ToTokens};

use super::names;
use crate::ir::{self, Scalar};

/// A struct field as its `Serialize` and `Deserialize` impls see it.
pub struct SerdeField {
    /// The field's Rust name.
    pub ident: Ident,
    /// Its wire name.
    pub wire: String,
    /// The field's type as declared (`Option<…>` for an optional field).
    pub ty: TokenStream,
    /// Optional: `None` when absent on the wire, and left out of the encoded object when
    /// `None`. (A field's own type is never nullable; only list and map items may be.)
    pub optional: bool,
}

impl SerdeField {
    /// A field of the spec as its impls see it.
    pub fn of(field: &ir::Field) -> Self {
        let ty = names::type_tokens(&field.ty);
        SerdeField {
            ident: names::field(&field.name),
            wire: field.name.wire.clone(),
            ty: if field.required {
                ty
            } else {
                quote!(Option<#ty>)
            },
            optional: !field.required,
        }
    }
}

/// `Serialize` and `Deserialize` written out for a struct (or `Envelope<T>` when `generic`
/// is given) instead of derived: a JSON object with the fields under their wire names,
/// optional ones left out when absent. Decoding goes through `imapi_runtime::decode::object`:
/// the wire names numbered by `field`, one `match` on the number per key, unknown keys
/// ignored, a repeated key refused. The derives' expansion was most of the cost of
/// recompiling the generated crate; this is a fraction of its size and reads only objects, as
/// the vendors do.
pub fn struct_serde(name_text: &str, generic: Option<&str>, fields: &[SerdeField]) -> TokenStream {
    let name = names::ident(name_text);
    let (ser_impl, de_impl, ty) = match generic {
        Some(param) => {
            let param = names::ident(param);
            (
                quote!(impl<#param: serde::Serialize>),
                quote!(impl<'de, #param: serde::Deserialize<'de>>),
                quote!(#name<#param>),
            )
        }
        None => (quote!(impl), quote!(impl<'de>), quote!(#name)),
    };

    // The exact number of fields written: serde_json ends an object declared empty at once.
    let always = fields.iter().filter(|f| !f.optional).count();
    let mut terms: Vec<TokenStream> = Vec::new();
    if always > 0 {
        terms.push(Literal::usize_unsuffixed(always).into_token_stream());
    }
    terms.extend(fields.iter().filter(|f| f.optional).map(|f| {
        let ident = &f.ident;
        quote!(usize::from(self.#ident.is_some()))
    }));
    let len = quote!(#(#terms)+*);
    let writes = fields.iter().map(|f| {
        let (ident, wire) = (&f.ident, &f.wire);
        if f.optional {
            quote!(encode::optional(&mut object, #wire, &self.#ident)?;)
        } else {
            quote!(object.serialize_field(#wire, &self.#ident)?;)
        }
    });
    let body = if fields.is_empty() {
        quote!(serializer.serialize_struct(#name_text, 0)?.end())
    } else {
        quote! {
            let mut object = serializer.serialize_struct(#name_text, #len)?;
            #(#writes)*
            object.end()
        }
    };
    let serialize = quote! {
        #ser_impl serde::Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                #body
            }
        }
    };

    let numbers: Vec<Literal> = (0..fields.len()).map(Literal::usize_unsuffixed).collect();
    let wires: Vec<&String> = fields.iter().map(|f| &f.wire).collect();
    let field = if fields.is_empty() {
        quote! {
            fn field(_key: &str) -> usize {
                decode::UNKNOWN
            }
        }
    } else {
        quote! {
            fn field(key: &str) -> usize {
                match key {
                    #(#wires => #numbers,)*
                    _ => decode::UNKNOWN,
                }
            }
        }
    };
    let read = if fields.is_empty() {
        quote! {
            while Self::next_field(&mut map)?.is_some() {
                decode::skip(&mut map)?;
            }
            Ok(#name {})
        }
    } else {
        // `<field>_slot`: a field's name alone could be `map` or `field`, the names `read`
        // itself uses. Distinct fields get distinct slots: `r#type` → `type_slot`, and the
        // keywords that cannot be raw (`self_`) → `self_slot`.
        let slot = |f: &SerdeField| {
            let name = f.ident.to_string();
            let base = name.trim_start_matches("r#").trim_end_matches('_');
            format_ident!("{base}_slot")
        };
        let slots = fields.iter().map(|f| {
            let (slot, ty) = (slot(f), &f.ty);
            quote!(let mut #slot: Option<#ty> = None;)
        });
        let arms = fields.iter().zip(&numbers).map(|(f, number)| {
            let (slot, wire) = (slot(f), &f.wire);
            quote!(#number => decode::once(&mut #slot, #wire, &mut map)?,)
        });
        let inits = fields.iter().map(|f| {
            let (ident, slot, wire) = (&f.ident, slot(f), &f.wire);
            if f.optional {
                quote!(#ident: #slot.flatten(),)
            } else {
                quote!(#ident: #slot.ok_or_else(|| A::Error::missing_field(#wire))?,)
            }
        });
        let error_trait = if fields.iter().all(|f| f.optional) {
            TokenStream::new()
        } else {
            quote!(
                use serde::de::Error as _;
            )
        };
        quote! {
            #error_trait
            #(#slots)*
            while let Some(field) = Self::next_field(&mut map)? {
                match field {
                    #(#arms)*
                    _ => decode::skip(&mut map)?,
                }
            }
            Ok(#name {
                #(#inits)*
            })
        }
    };
    quote! {
        #serialize

        #de_impl serde::Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                decode::object(deserializer)
            }
        }

        #de_impl decode::Object<'de> for #ty {
            const NAME: &'static str = #name_text;

            #field

            fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                #read
            }
        }
    }
}

/// `Serialize` for an envelope whose payload's fields sit beside its own: one JSON object, the
/// envelope's fields first (`imapi_runtime::encode::beside` writes the payload's).
pub fn beside_encode(fields: &[ir::Field]) -> TokenStream {
    let writes = fields.iter().map(|f| {
        let (ident, wire) = (names::field(&f.name), &f.name.wire);
        if f.required {
            quote!(object.serialize_entry(#wire, &self.#ident)?;)
        } else {
            quote!(encode::optional_entry(&mut object, #wire, &self.#ident)?;)
        }
    });
    quote! {
        impl<T: serde::Serialize> serde::Serialize for Envelope<T> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut object = serializer.serialize_map(None)?;
                #(#writes)*
                encode::beside(&mut object, &self.payload)?;
                object.end()
            }
        }
    }
}

/// `Deserialize` for an envelope whose payload's fields sit beside its own: the payload reads
/// its entries straight from the object (`imapi_runtime::decode::beside`), so an error inside
/// it keeps its wire path, which `#[serde(flatten)]` would lose.
pub fn beside_decode(fields: &[ir::Field]) -> TokenStream {
    let idents: Vec<_> = fields.iter().map(|f| names::field(&f.name)).collect();
    let slots = fields.iter().zip(&idents).map(|(f, ident)| {
        let ty = names::type_tokens(&f.ty);
        if f.required {
            quote!(#ident: Option<#ty>,)
        } else {
            quote!(#ident: Option<Option<#ty>>,)
        }
    });
    let reads = fields.iter().zip(&idents).map(|(f, ident)| {
        let wire = &f.name.wire;
        quote!(#wire => decode::read_once(&mut self.#ident, #wire, map),)
    });
    let finish = fields.iter().zip(&idents).map(|(f, ident)| {
        let wire = &f.name.wire;
        if f.required {
            quote!(#ident: head.#ident.ok_or_else(|| D::Error::missing_field(#wire))?,)
        } else {
            quote!(#ident: head.#ident.flatten(),)
        }
    });
    let error_trait = if fields.iter().any(|f| f.required) {
        quote!(
            use serde::de::Error as _;
        )
    } else {
        TokenStream::new()
    };
    quote! {
        impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Envelope<T> {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #error_trait
                let (head, payload) = decode::beside::<D, EnvelopeHead, T>(deserializer)?;
                Ok(Envelope {
                    #(#finish)*
                    payload,
                })
            }
        }

        /// The envelope's own fields while a body is decoded.
        #[derive(Default)]
        struct EnvelopeHead {
            #(#slots)*
        }

        impl<'de> decode::EnvelopeFields<'de> for EnvelopeHead {
            fn read<A: serde::de::MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
                match key {
                    #(#reads)*
                    _ => Ok(false),
                }
            }
        }
    }
}

/// A union's `Serialize` and `Deserialize`: `{"<tag>": "…", "<content>": {…}}` both ways;
/// decoding goes through `imapi_runtime::decode::tagged`, which keeps the content's wire path
/// in errors.
pub fn union_serde(
    name_text: &str,
    tag: &str,
    content: &str,
    variants: &[ir::UnionVariant],
) -> TokenStream {
    let name = names::ident(name_text);
    let idents: Vec<Ident> = variants.iter().map(|v| names::ident(&v.name)).collect();
    let tys: Vec<Ident> = variants.iter().map(|v| names::ident(&v.ty)).collect();
    let tags: Vec<&str> = variants.iter().map(|v| v.tag.as_str()).collect();
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry(#tag, self.tag())?;
                match self {
                    #(Self::#idents(content) => map.serialize_entry(#content, content)?,)*
                    Self::Unknown { content, .. } => map.serialize_entry(#content, content)?,
                }
                map.end()
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                decode::tagged(deserializer)
            }
        }

        impl<'de> decode::Tagged<'de> for #name {
            const NAME: &'static str = #name_text;
            const TAG: &'static str = #tag;
            const CONTENT: &'static str = #content;

            fn content<D: serde::Deserializer<'de>>(tag: &str, content: D) -> Result<Self, D::Error> {
                use serde::Deserialize;
                Ok(match tag {
                    #(#tags => Self::#idents(#tys::deserialize(content)?),)*
                    _ => Self::Unknown {
                        tag: tag.to_owned(),
                        content: serde_json::Value::deserialize(content)?,
                    },
                })
            }
        }
    }
}

/// An open enum's `Serialize` and `Deserialize`: the wire value both ways, through `as_str`
/// and `From<String>` for a string enum, `value` and `from_value` for a number.
pub fn enum_serde(name_text: &str, repr: Scalar) -> TokenStream {
    let name = names::ident(name_text);
    if repr == Scalar::String {
        return quote! {
            impl serde::Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }

            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    String::deserialize(deserializer).map(Self::from)
                }
            }
        };
    }
    let repr_ty = names::scalar_tokens(repr);
    let serialize = format_ident!("serialize_{}", repr.spec_name());
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.#serialize(self.value())
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #repr_ty::deserialize(deserializer).map(Self::from_value)
            }
        }
    }
}
