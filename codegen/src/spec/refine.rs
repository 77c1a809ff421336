//! Refinements: a named type that `refines` another is written as the differences (fields it
//! adds, `changes` to the base's fields, `variants` whose content is refined), and resolved here
//! into a whole object or union before the checker runs, so that every later stage (the IR,
//! the Rust, TypeScript and Python types, the OpenAPI export) sees a distinct, complete type.
//!
//! What can go wrong is reported here, at the refinement's own keys: an unknown or unusable
//! base (an enum), a cycle of refinements, a change to a field the base does not have, an added
//! field the base already has, a variant tag the base union does not list, and a type change
//! that is not to a refinement of the base's type.

use std::collections::{HashMap, HashSet};

use crate::check::type_syntax::parse_type_syntax;
use crate::diag::Diagnostic;
use crate::ir::Type;
use crate::spec::load::{LoadedService, Parsed};
use crate::spec::{Constraints, Field, Required, TypeDef, Unit};

use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::Value;

/// A change a refinement makes to one field of its base ([`TypeDef::refines`]): only the keys
/// given change; the others stay the base's.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FieldChange {
    /// The wire name of the base's field.
    pub name: String,
    /// A compatible type: the base's, or a refinement of it (also inside `list<…>` and
    /// `map<string,…>`).
    #[serde(default, rename = "type")]
    pub ty: Option<String>,
    /// `true`, `false` or `request`, as on a field.
    #[serde(default)]
    pub required: Option<Required>,
    /// The document's own word for the type.
    #[serde(default)]
    pub doc_type: Option<String>,
    /// What the field means in this use.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub description: Option<String>,
    /// An English gloss.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub gloss: Option<String>,
    /// An example value.
    #[serde(default)]
    pub example: Option<Value>,
    /// What the server assumes when the field is absent.
    #[serde(default)]
    pub default: Option<Value>,
    /// What leaving the field out means, when not a value.
    #[serde(default)]
    pub when_absent: Option<String>,
    /// The unit of a number.
    #[serde(default)]
    pub unit: Option<Unit>,
    /// The `also_from` id of the document this comes from.
    #[serde(default)]
    pub from: Option<String>,
    /// The field's limits, replacing the base's.
    #[serde(default)]
    pub constraints: Option<Constraints>,
}

/// A variant of a refined union whose content is another type ([`TypeDef::variants`]).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct VariantChange {
    /// The variant's tag on the wire (`TIMImageElem`).
    pub tag: String,
    /// The content's type: a refinement of the base variant's type.
    #[serde(rename = "type")]
    pub ty: String,
    /// What the variant carries in this use.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub description: Option<String>,
}

/// The longest chain of refinements (a type refining a refinement of …, down to a type
/// written whole): the format needs two or three; a longer chain is refused, so that resolving
/// one never recurses deeper than this.
pub const MAX_DEPTH: usize = 32;

/// Where a type is defined: the file (by position in the service) and the spec path of the
/// definition (`types[2]`; empty for a type file).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Home {
    Service(usize),
    Operation(usize, usize),
    File(usize),
}

/// Resolves every refinement of every service in place, and returns what is wrong with them.
/// A refinement with a problem is still resolved as far as it can be (the broken parts left
/// out), so that the checker reports the rest of the spec as usual.
pub fn resolve_refinements(services: &mut [LoadedService]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for service in services {
        let resolved = Resolver::new(service).run(&mut diags);
        for (home, def) in resolved {
            match home {
                Home::Service(i) => service.service.value.types[i] = def,
                Home::Operation(j, i) => service.operations[j].value.types[i] = def,
                Home::File(k) => service.types[k].value = def,
            }
        }
    }
    diags
}

struct Resolver<'s> {
    service: &'s LoadedService,
    /// Every type by name (the first definition; the checker reports a second).
    table: HashMap<&'s str, Home>,
    /// Resolved refinements, by name.
    done: HashMap<String, TypeDef>,
}

impl<'s> Resolver<'s> {
    fn new(service: &'s LoadedService) -> Self {
        let mut table = HashMap::new();
        for (i, t) in service.service.value.types.iter().enumerate() {
            table.entry(t.name.as_str()).or_insert(Home::Service(i));
        }
        for (k, t) in service.types.iter().enumerate() {
            table.entry(t.value.name.as_str()).or_insert(Home::File(k));
        }
        for (j, op) in service.operations.iter().enumerate() {
            for (i, t) in op.value.types.iter().enumerate() {
                table
                    .entry(t.name.as_str())
                    .or_insert(Home::Operation(j, i));
            }
        }
        Resolver {
            service,
            table,
            done: HashMap::new(),
        }
    }

    fn def(&self, home: Home) -> &'s TypeDef {
        match home {
            Home::Service(i) => &self.service.service.value.types[i],
            Home::Operation(j, i) => &self.service.operations[j].value.types[i],
            Home::File(k) => &self.service.types[k].value,
        }
    }

    fn at(home: Home) -> String {
        match home {
            Home::Service(i) | Home::Operation(_, i) => format!("types[{i}]"),
            Home::File(_) => String::new(),
        }
    }

    fn diag(&self, home: Home, key: &str, message: impl Into<String>) -> Diagnostic {
        let path = child(&Self::at(home), key);
        match home {
            Home::Service(_) => self.service.service.diag(&path, message),
            Home::Operation(j, _) => file_diag(&self.service.operations[j], &path, message),
            Home::File(k) => file_diag(&self.service.types[k], &path, message),
        }
    }

    /// Resolves every refinement, in any order: a refinement of a refinement resolves its
    /// base first.
    fn run(mut self, diags: &mut Vec<Diagnostic>) -> Vec<(Home, TypeDef)> {
        let mut homes: Vec<(&'s str, Home)> = self
            .table
            .iter()
            .filter(|(_, home)| self.def(**home).refines.is_some())
            .map(|(name, home)| (*name, *home))
            .collect();
        homes.sort_by_key(|(name, _)| *name);
        // Definitions that are not the first of their name are resolved too (and reported by
        // the checker as duplicates), so that they do not stay half-written.
        let mut extra = Vec::new();
        self.for_each_home(|home, t| {
            if t.refines.is_some() && !homes.iter().any(|(_, h)| *h == home) {
                extra.push(home);
            }
        });
        let mut out = Vec::new();
        for (name, home) in homes {
            let mut visiting = Vec::new();
            self.resolve(name, home, &mut visiting, diags);
            if let Some(def) = self.done.get(name) {
                out.push((home, def.clone()));
            }
        }
        for home in extra {
            let mut visiting = Vec::new();
            let def = self.expand(home, &mut visiting, diags);
            out.push((home, def));
        }
        out
    }

    fn for_each_home(&self, mut visit: impl FnMut(Home, &TypeDef)) {
        for (i, t) in self.service.service.value.types.iter().enumerate() {
            visit(Home::Service(i), t);
        }
        for (k, t) in self.service.types.iter().enumerate() {
            visit(Home::File(k), &t.value);
        }
        for (j, op) in self.service.operations.iter().enumerate() {
            for (i, t) in op.value.types.iter().enumerate() {
                visit(Home::Operation(j, i), t);
            }
        }
    }

    /// The resolved definition of `name` (itself when it refines nothing).
    fn resolve(
        &mut self,
        name: &str,
        home: Home,
        visiting: &mut Vec<String>,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<TypeDef> {
        if let Some(done) = self.done.get(name) {
            return Some(done.clone());
        }
        let def = self.def(home);
        if def.refines.is_none() {
            return Some(def.clone());
        }
        if visiting.iter().any(|v| v == name) {
            return None;
        }
        visiting.push(name.to_owned());
        let resolved = self.expand(home, visiting, diags);
        visiting.pop();
        self.done.insert(name.to_owned(), resolved.clone());
        Some(resolved)
    }

    /// Builds the whole type a refinement stands for, reporting what does not fit.
    fn expand(
        &mut self,
        home: Home,
        visiting: &mut Vec<String>,
        diags: &mut Vec<Diagnostic>,
    ) -> TypeDef {
        let def = self.def(home);
        let mut out = def.clone();
        out.changes = Vec::new();
        out.variants = Vec::new();
        let base_name = def.refines.clone().unwrap_or_default();
        for (key, given) in [
            ("enum", def.enumeration.is_some()),
            ("union", def.union.is_some()),
        ] {
            if given {
                diags.push(
                    self.diag(
                        home,
                        key,
                        format!(
                            "`{}` refines `{base_name}` and also gives `{key}`",
                            def.name
                        ),
                    )
                    .with_help(
                        "a refinement is the kind of its base: leave out `enum` and `union`",
                    ),
                );
            }
        }
        out.enumeration = None;
        out.union = None;
        let added = def.fields.clone().unwrap_or_default();
        // What to stand in when the base cannot be used: the fields it adds, so that the
        // checker still checks them.
        let stand_in = |mut out: TypeDef| {
            out.fields = Some(added.clone());
            out
        };
        let Some(base_home) = self.table.get(base_name.as_str()).copied() else {
            diags.push(
                self.diag(
                    home,
                    "refines",
                    format!(
                        "`{}` refines `{base_name}`, which no file of the service defines",
                        def.name
                    ),
                )
                .with_help("name an object or union type of the service"),
            );
            return stand_in(out);
        };
        if visiting.contains(&base_name) {
            let mut cycle = visiting.clone();
            cycle.push(base_name.clone());
            diags.push(
                self.diag(
                    home,
                    "refines",
                    format!(
                        "`{}` refines itself, through a cycle of refinements: {}",
                        def.name,
                        cycle.join(" refines ")
                    ),
                )
                .with_help("a refinement builds on a type that is defined without it"),
            );
            return stand_in(out);
        }
        if self.chain_too_long(&def.name) {
            diags.push(
                self.diag(
                    home,
                    "refines",
                    format!(
                        "`{}` is more than {MAX_DEPTH} refinements away from a type written whole",
                        def.name
                    ),
                )
                .with_help("refine a type written whole, or one a few refinements from it"),
            );
            return stand_in(out);
        }
        let Some(base) = self.resolve(&base_name, base_home, visiting, diags) else {
            return stand_in(out);
        };
        if base.enumeration.is_some() {
            diags.push(
                self.diag(
                    home,
                    "refines",
                    format!("`{}` refines `{base_name}`, an enum", def.name),
                )
                .with_help("only an object or a union can be refined"),
            );
            return stand_in(out);
        }
        if let Some(union) = &base.union {
            if def.fields.is_some() || !def.changes.is_empty() {
                let key = if def.fields.is_some() {
                    "fields"
                } else {
                    "changes"
                };
                diags.push(
                    self.diag(
                        home,
                        key,
                        format!("`{base_name}` is a union: a refinement of it has no fields"),
                    )
                    .with_help(
                        "give the variants whose content is refined under `variants`, by tag",
                    ),
                );
            }
            let mut union = union.clone();
            let mut seen = HashSet::new();
            for (j, change) in def.variants.iter().enumerate() {
                let at = format!("variants[{j}]");
                if !seen.insert(change.tag.as_str()) {
                    diags.push(self.diag(
                        home,
                        &format!("{at}.tag"),
                        format!("variant `{}` is refined twice", change.tag),
                    ));
                    continue;
                }
                let Some(variant) = union.variants.iter_mut().find(|v| v.tag == change.tag) else {
                    let tags: Vec<&str> = union.variants.iter().map(|v| v.tag.as_str()).collect();
                    diags.push(
                        self.diag(
                            home,
                            &format!("{at}.tag"),
                            format!("union `{base_name}` has no variant `{}`", change.tag),
                        )
                        .with_help(format!("its tags: {}", tags.join(", "))),
                    );
                    continue;
                };
                if !self.compatible(&change.ty, &variant.ty) {
                    diags.push(
                        self.diag(
                            home,
                            &format!("{at}.type"),
                            format!(
                                "variant `{}` of `{base_name}` holds `{}`; `{}` is not a refinement of it",
                                change.tag, variant.ty, change.ty
                            ),
                        )
                        .with_help(format!(
                            "define the content as a type that `refines: {}`",
                            variant.ty
                        )),
                    );
                    continue;
                }
                variant.ty = change.ty.clone();
                if let Some(description) = &change.description {
                    variant.description = description.clone();
                }
            }
            out.fields = None;
            out.union = Some(union);
            return out;
        }
        if !def.variants.is_empty() {
            diags.push(
                self.diag(
                    home,
                    "variants",
                    format!("`{base_name}` is an object: a refinement of it has no variants"),
                )
                .with_help("change its fields under `changes`, and add fields under `fields`"),
            );
        }
        let mut fields = base.fields.clone().unwrap_or_default();
        let names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
        let mut kept_added = Vec::new();
        for (i, field) in added.iter().enumerate() {
            if names.contains(&field.name) {
                diags.push(
                    self.diag(
                        home,
                        &format!("fields[{i}].name"),
                        format!("`{base_name}` already has field `{}`", field.name),
                    )
                    .with_help(
                        "change a field of the base under `changes`; `fields` adds new ones",
                    ),
                );
            } else {
                kept_added.push(field.clone());
            }
        }
        let mut changed = HashSet::new();
        for (j, change) in def.changes.iter().enumerate() {
            let at = format!("changes[{j}]");
            let Some(field) = fields.iter_mut().find(|f| f.name == change.name) else {
                diags.push(
                    self.diag(
                        home,
                        &format!("{at}.name"),
                        format!("`{base_name}` has no field `{}` to change", change.name),
                    )
                    .with_help(format!(
                        "its fields: {}; a field it does not have is added under `fields`",
                        names.join(", ")
                    )),
                );
                continue;
            };
            if !changed.insert(change.name.as_str()) {
                diags.push(self.diag(
                    home,
                    &format!("{at}.name"),
                    format!("field `{}` is changed twice", change.name),
                ));
                continue;
            }
            if let Some(ty) = &change.ty {
                if !self.compatible(ty, &field.ty) {
                    diags.push(
                        self.diag(
                            home,
                            &format!("{at}.type"),
                            format!(
                                "field `{}` is `{}` in `{base_name}`; `{ty}` is not compatible with it",
                                change.name, field.ty
                            ),
                        )
                        .with_help("a refinement may change a field's type only to a refinement of it (also inside list<…> and map<string,…>)"),
                    );
                    continue;
                }
            }
            apply(field, change);
        }
        // Its own fields first (where the file writes them), then the base's.
        kept_added.extend(fields);
        out.fields = Some(kept_added);
        if out.constraints.is_none() {
            out.constraints = base.constraints.clone();
        }
        out
    }

    /// Whether `name` reaches a type written whole only through more than [`MAX_DEPTH`]
    /// refinements. Walked at most that far, so it costs the same whatever the spec; a cycle
    /// is not too long (it is reported as a cycle).
    fn chain_too_long(&self, name: &str) -> bool {
        let mut seen = HashSet::new();
        let mut at = name;
        for _ in 0..=MAX_DEPTH {
            if !seen.insert(at) {
                return false;
            }
            let Some(base) = self
                .table
                .get(at)
                .and_then(|home| self.def(*home).refines.as_deref())
            else {
                return false;
            };
            at = base;
        }
        true
    }

    /// Whether a field or variant of type `old` may become `new`: the same type, or a
    /// refinement of it (through any number of refinements), also as a list's item or a map's
    /// value. A name no file defines is let through: the checker reports it.
    fn compatible(&self, new: &str, old: &str) -> bool {
        match (parse_type_syntax(new), parse_type_syntax(old)) {
            (Ok(new), Ok(old)) => self.compatible_types(&new, &old),
            // A type that does not parse is the checker's to report.
            _ => true,
        }
    }

    fn compatible_types(&self, new: &Type, old: &Type) -> bool {
        match (new, old) {
            (Type::Scalar { scalar: a }, Type::Scalar { scalar: b }) => a == b,
            (Type::List { item: a }, Type::List { item: b })
            | (Type::Map { value: a }, Type::Map { value: b })
            | (Type::Nullable { item: a }, Type::Nullable { item: b }) => {
                self.compatible_types(a, b)
            }
            (Type::Named { name: a }, Type::Named { name: b }) => {
                if a == b {
                    return true;
                }
                // Up the chain of refinements from `a`, at most once through each type.
                let mut seen = HashSet::new();
                let mut at = a.as_str();
                while seen.insert(at) {
                    let Some(home) = self.table.get(at) else {
                        return seen.len() == 1;
                    };
                    match self.def(*home).refines.as_deref() {
                        Some(base) if base == b => return true,
                        Some(base) => at = base,
                        None => return false,
                    }
                }
                false
            }
            _ => false,
        }
    }
}

/// A field with a refinement's changes applied.
fn apply(field: &mut Field, change: &FieldChange) {
    if let Some(ty) = &change.ty {
        field.ty = ty.clone();
    }
    if let Some(required) = change.required {
        field.required = required;
    }
    if change.doc_type.is_some() {
        field.doc_type = change.doc_type.clone();
    }
    if let Some(description) = &change.description {
        field.description = description.clone();
    }
    if change.gloss.is_some() {
        field.gloss = change.gloss.clone();
    }
    if change.example.is_some() {
        field.example = change.example.clone();
    }
    if change.default.is_some() {
        field.default = change.default.clone();
    }
    if change.when_absent.is_some() {
        field.when_absent = change.when_absent.clone();
    }
    if change.unit.is_some() {
        field.unit = change.unit;
    }
    if change.from.is_some() {
        field.from = change.from.clone();
    }
    if change.constraints.is_some() {
        field.constraints = change.constraints.clone();
    }
}

fn file_diag<T>(parsed: &Parsed<T>, path: &str, message: impl Into<String>) -> Diagnostic {
    parsed.diag(path, message)
}

fn child(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}
