//! `codegen diff`: what a change to the spec does to the users of the generated packages.
//!
//! [`compare`] walks two checked IRs (the base, what users have; the head, what they will get)
//! and lists every difference as a [`Change`], classified by its effect:
//!
//! - **breaking for the Rust API** ([`Class::ApiBreaking`]): code written against the base's
//!   generated crate may no longer compile. The rules follow how the Rust emitter maps each IR
//!   fact to the crate, and cargo-semver-checks' lints on the result: every struct has only
//!   `pub` fields and no `#[non_exhaustive]`, so a new field breaks struct literals
//!   (`constructible_struct_adds_field`); every enum is exhaustive, so a new variant breaks
//!   `match`es without a wildcard (`enum_variant_added`); an optional field is `Option<T>`, so
//!   making it required changes its type; request types have `new(required fields…)`, so a
//!   required field added, removed or reordered changes that signature; `StrictService` has a
//!   required method per operation (`trait_method_added`).
//! - **breaking on the wire** ([`Class::WireBreaking`]): a server now refuses what it accepted
//!   (a tighter limit, a new required request field, a new rule across fields, a lower rate
//!   limit, another HTTP binding) or answers what old clients cannot read (a response field no
//!   longer always present), or an error code clients match on is gone.
//! - **compatible** ([`Class::Compatible`]): additions and loosened limits (a minor release),
//!   and changes to the documentation only (a patch).
//!
//! [`Report::bump`] is the release the generated packages need. The rules are our own reading
//! of oasdiff's breaking-change checks, `buf breaking` and cargo-semver-checks.

mod base;
mod fields;
mod limits;
mod operations;
mod render;
mod shared;
mod walk;

use serde::Serialize;

use crate::ir::Ir;

pub use base::{materialize, Base, BaseError};
pub use render::{advice, changelog_section, next_version, prepend_changelog, text, to_json};

/// What a change does to users; the order is from worst to mildest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Code using the generated Rust crate may no longer compile.
    ApiBreaking,
    /// A server refuses what it accepted, or answers what old clients cannot read.
    WireBreaking,
    /// Nothing that worked stops working.
    Compatible,
}

impl Class {
    /// The heading of the class in reports.
    pub fn title(self) -> &'static str {
        match self {
            Class::ApiBreaking => "Breaking for the Rust API",
            Class::WireBreaking => "Breaking on the wire",
            Class::Compatible => "Compatible",
        }
    }
}

/// A semver release, from the mildest to the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// Nothing changed.
    None,
    /// Documentation only.
    Patch,
    /// Additions, loosened limits, and changed behaviour that no signature shows.
    Minor,
    /// Code using the crate may no longer compile.
    Major,
}

impl Bump {
    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// The release a `0.y.z` crate needs under Cargo's rules, where a breaking change bumps the
    /// minor number and everything else the patch number.
    pub fn pre_1(self) -> Bump {
        match self {
            Bump::Major => Bump::Minor,
            Bump::Minor | Bump::Patch => Bump::Patch,
            Bump::None => Bump::None,
        }
    }
}

/// What kind of difference a change is: one rule of the classification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Kind {
    ServiceAdded,
    ServiceRemoved,
    ServiceBindingChanged,
    EndpointAdded,
    EndpointRemoved,
    EndpointChanged,
    EnvelopeChanged,
    OperationAdded,
    OperationRemoved,
    HttpBindingChanged,
    IdempotencyChanged,
    RateLimitLowered,
    RateLimitRaised,
    RateLimitAdded,
    RateLimitRemoved,
    ClassLimitAdded,
    ClassLimitRemoved,
    ClassLimitChanged,
    PaginationAdded,
    PaginationRemoved,
    PaginationChanged,
    PayloadOnErrorChanged,
    ErrorAdded,
    ErrorRemoved,
    ErrorChanged,
    ExampleAdded,
    ExampleRemoved,
    ExampleChanged,
    TypeAdded,
    TypeRemoved,
    TypeRenamed,
    TypeMoved,
    TypeKindChanged,
    FieldAdded,
    RequiredFieldAdded,
    FieldRemoved,
    FieldRenamed,
    FieldRustNameChanged,
    FieldWireNameChanged,
    FieldTypeChanged,
    FieldUnitChanged,
    FieldMadeRequired,
    FieldMadeOptional,
    FieldMadeRequiredInRequest,
    FieldNoLongerRequiredInRequest,
    ConstructorReordered,
    ConstructorsAdded,
    ConstructorsRemoved,
    DefaultAdded,
    DefaultRemoved,
    DefaultChanged,
    UnknownAsChanged,
    LimitTightened,
    LimitLoosened,
    LimitCodeChanged,
    RuleAdded,
    RuleRemoved,
    EnumValueAdded,
    EnumValueRemoved,
    EnumValueRenamed,
    EnumValueChanged,
    EnumReprChanged,
    EnumClosed,
    EnumOpened,
    UnionVariantAdded,
    UnionVariantRemoved,
    UnionVariantChanged,
    UnionTagChanged,
    DocChanged,
}

/// One difference between the two specs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Its class: the worst of its effects.
    pub class: Class,
    /// The release it needs on its own.
    pub bump: Bump,
    /// Whether code using the generated Rust crate may no longer compile.
    pub api_breaking: bool,
    /// Whether it breaks on the wire.
    pub wire_breaking: bool,
    /// The rule.
    pub kind: Kind,
    /// Where, as one path: `demo/SetMarks/request/Members`, `demo/types/Mode/values/3`.
    pub path: String,
    /// The service.
    pub service: String,
    /// The operation, for a change to one (its request and response included).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The named type.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// The field's wire name (with `[]` for a list's items: `Marks[]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What changed, in one sentence.
    pub message: String,
    /// What it does to users, when not plain from the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effect: Option<String>,
}

/// Every difference, and the release they need.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The changes: the API-breaking first, then those breaking on the wire, then the
    /// compatible ones; in each class by path.
    pub changes: Vec<Change>,
    /// The release the generated packages need (semver, for a crate at 1.0 or later).
    pub bump: Bump,
    /// The release a `0.y.z` crate needs under Cargo's rules.
    pub bump_pre_1: Bump,
}

impl Report {
    /// Whether any change breaks the Rust API or the wire.
    pub fn is_breaking(&self) -> bool {
        self.changes
            .iter()
            .any(|c| c.api_breaking || c.wire_breaking)
    }

    /// The changes of a class.
    pub fn of_class(&self, class: Class) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.class == class)
    }
}

/// Compares the base spec (what users have) with the head (what they will get).
pub fn compare(base: &Ir, head: &Ir) -> Report {
    let mut sink = Sink::default();
    walk::services(&mut sink, base, head);
    let mut changes = sink.changes;
    changes.sort_by(|a, b| {
        (a.class, &a.path, a.kind, &a.message).cmp(&(b.class, &b.path, b.kind, &b.message))
    });
    changes.dedup();
    let bump = changes.iter().map(|c| c.bump).max().unwrap_or(Bump::None);
    Report {
        changes,
        bump,
        bump_pre_1: bump.pre_1(),
    }
}

/// What a change does, before it is turned into a [`Change`]'s flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Effect {
    /// Breaks the Rust API only.
    Api,
    /// Breaks the wire only.
    Wire,
    /// Breaks both.
    ApiAndWire,
    /// Something new: a minor release.
    Addition,
    /// Behaviour changes compatibly (a looser limit): a minor release.
    Behaviour,
    /// The documentation only: a patch.
    Doc,
}

impl Effect {
    /// Adds a wire break when `wire` holds.
    pub(crate) fn or_wire(self, wire: bool) -> Effect {
        match (self, wire) {
            (_, false) => self,
            (Effect::Api | Effect::ApiAndWire, true) => Effect::ApiAndWire,
            (_, true) => Effect::Wire,
        }
    }
}

/// Where a change is.
#[derive(Debug, Clone, Default)]
pub(crate) struct At {
    pub service: String,
    pub operation: Option<String>,
    pub type_name: Option<String>,
    pub field: Option<String>,
    pub path: String,
}

impl At {
    pub(crate) fn service(name: &str) -> At {
        At {
            service: name.to_owned(),
            path: name.to_owned(),
            ..At::default()
        }
    }

    /// A place below this one: `segment` is appended to the path.
    pub(crate) fn join(&self, segment: &str) -> At {
        At {
            path: format!("{}/{segment}", self.path),
            ..self.clone()
        }
    }
}

/// Collects changes.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub changes: Vec<Change>,
}

impl Sink {
    pub(crate) fn push(&mut self, at: &At, kind: Kind, effect: Effect, message: String) {
        self.push_with(at, kind, effect, message, None);
    }

    pub(crate) fn push_with(
        &mut self,
        at: &At,
        kind: Kind,
        effect: Effect,
        message: String,
        why: Option<String>,
    ) {
        let (api_breaking, wire_breaking, bump) = match effect {
            Effect::Api => (true, false, Bump::Major),
            Effect::Wire => (false, true, Bump::Minor),
            Effect::ApiAndWire => (true, true, Bump::Major),
            Effect::Addition | Effect::Behaviour => (false, false, Bump::Minor),
            Effect::Doc => (false, false, Bump::Patch),
        };
        let class = if api_breaking {
            Class::ApiBreaking
        } else if wire_breaking {
            Class::WireBreaking
        } else {
            Class::Compatible
        };
        self.changes.push(Change {
            class,
            bump,
            api_breaking,
            wire_breaking,
            kind,
            path: at.path.clone(),
            service: at.service.clone(),
            operation: at.operation.clone(),
            type_name: at.type_name.clone(),
            field: at.field.clone(),
            message,
            effect: why,
        });
    }
}
