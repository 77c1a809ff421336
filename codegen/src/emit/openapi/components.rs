//! The components' names: the spec's types, those the export adds (the body of a failed call,
//! a flattened envelope's own fields, one per union variant), and the forms of a shape whose
//! schema depends on the direction it travels in.
//!
//! A field with `required: request` is in a request schema's `required` and not in a response
//! schema's, so a shape that holds one (or holds, through its fields or variants, a shape that
//! does) has two schemas when requests and answers both use it. The form requests use keeps the
//! type's name (`TimSoundElem`), the form answers use is `<Type>Received`
//! (`TimSoundElemReceived`, `TimMsgElementReceived`, `TimMsgElementSoundReceived`), so an
//! operation added later that reads the shape adds components and renames none. (For a shape
//! the envelope reaches, whose name the protocol's error body refers to, it is the other way
//! round: the answers' form keeps the name and the requests' is `<Type>Sent`.) A shape used one
//! way has one component, of that way's form, under its own name.
//!
//! Tools turn component names into type names by dropping what is not a letter or digit, so
//! each added name is chosen to differ from every other name in that form too (a numeric
//! suffix when needed).

use std::collections::{HashMap, HashSet};

use crate::ir::reach::{collect_named, reached_by_envelope};
use crate::ir::{Service, TypeDef, TypeKind, UnionVariant};

/// The direction a schema describes a shape in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Way {
    /// In a request: a `required: request` field is required.
    Sent,
    /// In an answer: a `required: request` field may be absent.
    Received,
}

/// A shape's two names, when it has a schema per direction.
#[derive(Debug, Clone)]
struct Forms {
    sent: String,
    received: String,
}

impl Forms {
    fn name(&self, way: Way) -> &str {
        match way {
            Way::Sent => &self.sent,
            Way::Received => &self.received,
        }
    }
}

/// Every component name of a service's document.
pub(super) struct Components {
    /// The body of a failed call.
    pub error: String,
    /// A flattened envelope's own fields.
    pub envelope: String,
    variants: HashMap<(String, String), String>,
    /// The types with a component per direction.
    split: HashMap<String, Forms>,
    /// The union variants with a component per direction.
    split_variants: HashMap<(String, String), Forms>,
}

impl Components {
    pub(super) fn of(service: &Service) -> Components {
        let key = |name: &str| -> String {
            name.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase()
        };
        let mut taken: HashSet<String> = service.types.iter().map(|t| key(&t.name)).collect();
        let mut fresh = |base: &str| -> String {
            let mut name = base.to_owned();
            let mut n = 2;
            while !taken.insert(key(&name)) {
                name = format!("{base}{n}");
                n += 1;
            }
            name
        };
        let error = fresh("ErrorBody");
        let envelope = fresh("EnvelopeFields");
        let mut variants = HashMap::new();
        for ty in &service.types {
            if let TypeKind::Union { variants: vs, .. } = &ty.kind {
                for v in vs {
                    let name = fresh(&format!("{}{}", ty.name, v.name));
                    variants.insert((ty.name.clone(), v.name.clone()), name);
                }
            }
        }
        let differs = differing(service);
        let by_envelope = reached_by_envelope(service);
        // Two forms of `plain`: the way that keeps the name, and a fresh name for the other.
        let mut forms = |plain: &str, keeps: Way| match keeps {
            Way::Sent => Forms {
                sent: plain.to_owned(),
                received: fresh(&format!("{plain}Received")),
            },
            Way::Received => Forms {
                sent: fresh(&format!("{plain}Sent")),
                received: plain.to_owned(),
            },
        };
        let mut split = HashMap::new();
        let mut split_variants = HashMap::new();
        for (i, ty) in service.types.iter().enumerate() {
            if !(differs.contains(&ty.name) && ty.in_request && ty.in_response) {
                continue;
            }
            let keeps = if by_envelope.get(i).copied().unwrap_or(false) {
                Way::Received
            } else {
                Way::Sent
            };
            split.insert(ty.name.clone(), forms(&ty.name, keeps));
            if let TypeKind::Union { variants: vs, .. } = &ty.kind {
                for v in vs.iter().filter(|v| differs.contains(&v.ty)) {
                    let id = (ty.name.clone(), v.name.clone());
                    let plain = variants.get(&id).cloned().unwrap_or_default();
                    split_variants.insert(id, forms(&plain, keeps));
                }
            }
        }
        Components {
            error,
            envelope,
            variants,
            split,
            split_variants,
        }
    }

    /// The component a reference to type `name` in a schema of `way` names.
    pub(super) fn ty<'n>(&'n self, name: &'n str, way: Way) -> &'n str {
        self.split.get(name).map_or(name, |f| f.name(way))
    }

    /// The component of a union's variant in a schema of `way`.
    pub(super) fn variant(&self, union: &str, variant: &str, way: Way) -> &str {
        let id = (union.to_owned(), variant.to_owned());
        match self.split_variants.get(&id) {
            Some(forms) => forms.name(way),
            None => self.variants.get(&id).map_or("", String::as_str),
        }
    }

    /// The components of a type: one per direction when it has a schema per direction, else
    /// one, of the way it travels (a type requests reach is described as sent).
    pub(super) fn forms<'n>(&'n self, ty: &'n TypeDef) -> Vec<(&'n str, Way)> {
        match self.split.get(&ty.name) {
            Some(f) => vec![(&f.sent, Way::Sent), (&f.received, Way::Received)],
            None => vec![(&ty.name, one_way(ty))],
        }
    }

    /// The components of a union's variant, as [`Self::forms`].
    pub(super) fn variant_forms<'n>(
        &'n self,
        union: &'n TypeDef,
        v: &UnionVariant,
    ) -> Vec<(&'n str, Way)> {
        let id = (union.name.clone(), v.name.clone());
        match self.split_variants.get(&id) {
            Some(f) => vec![(&f.sent, Way::Sent), (&f.received, Way::Received)],
            None => {
                // A variant whose content is the same both ways, of a union with two forms:
                // both forms of the union name this one component.
                let way = if self.split.contains_key(&union.name) {
                    Way::Sent
                } else {
                    one_way(union)
                };
                vec![(self.variant(&union.name, &v.name, way), way)]
            }
        }
    }
}

fn one_way(ty: &TypeDef) -> Way {
    if ty.in_request || !ty.in_response {
        Way::Sent
    } else {
        Way::Received
    }
}

/// The types whose schema depends on the direction: those with a `required: request` field or
/// a field taking part of its enum (`values`: refused in a request, read in an answer), and
/// those that reach one through their fields or variants. A fixpoint over the types, so a
/// type that holds itself is decided too.
fn differing(service: &Service) -> HashSet<String> {
    fn takes_part(c: &crate::ir::Constraints) -> bool {
        !c.values.is_empty() || c.items.as_deref().is_some_and(takes_part)
    }
    let mentions: Vec<(&str, Vec<&str>)> = service
        .types
        .iter()
        .map(|t| {
            let mut out = Vec::new();
            match &t.kind {
                TypeKind::Struct { fields, .. } => {
                    for f in fields {
                        collect_named(&f.ty, &mut out);
                    }
                }
                TypeKind::Union { variants, .. } => {
                    out.extend(variants.iter().map(|v| v.ty.as_str()));
                }
                TypeKind::Enum { .. } => {}
            }
            (t.name.as_str(), out)
        })
        .collect();
    let mut differs: HashSet<String> = service
        .types
        .iter()
        .filter(|t| match &t.kind {
            TypeKind::Struct { fields, .. } => fields
                .iter()
                .any(|f| f.required_in_request || takes_part(&f.constraints)),
            _ => false,
        })
        .map(|t| t.name.clone())
        .collect();
    loop {
        let before = differs.len();
        for (name, mentioned) in &mentions {
            if !differs.contains(*name) && mentioned.iter().any(|m| differs.contains(*m)) {
                differs.insert((*name).to_owned());
            }
        }
        if differs.len() == before {
            return differs;
        }
    }
}
