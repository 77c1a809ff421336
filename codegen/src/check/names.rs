//! The symbol table and names: the types a service declares (checked before any is built,
//! so that fields may name types defined later), type expressions resolved against them, and
//! the names the generated code is made of (fields, variants), each checked to make a Rust name.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::type_syntax::parse_type_syntax;
use super::{Declared, Loc, ServiceChecker, STAND_IN};
use crate::diag::Diagnostic;
use crate::ir::reach::collect_named;
use crate::ir::{self, Scalar, Type};
use crate::naming::{self, Case};
use crate::spec;
use crate::spec::load::TYPES_DIR;
use crate::spec::path::child;

/// The scalar type names, which a misspelled type name may be close to.
const SCALARS: [&str; 7] = ["bool", "i32", "i64", "u32", "u64", "f64", "string"];

impl<'a> ServiceChecker<'a> {
    pub(super) fn declare(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        name: &str,
        enum_repr: Option<Scalar>,
        is_struct: bool,
    ) {
        if let Some(first) = self.table.get(name) {
            let (line, _) = first.loc.index.locate(&first.path).unwrap_or((0, 0));
            self.diags.push(
                loc.diag(
                    path,
                    format!(
                        "type `{name}` is already defined at {}:{line}",
                        first.loc.file
                    ),
                )
                .with_help(
                    "a type name has one definition in the service, which every file of it uses: keep one, or rename the other and its uses",
                ),
            );
            return;
        }
        if crate::emit::rust::names::USED_NAMES.contains(&name) {
            self.diags.push(
                loc.diag(
                    path,
                    format!("`{name}` is a name the generated code uses itself"),
                )
                .with_help("choose another type name"),
            );
        }
        self.table.insert(
            name.to_owned(),
            Declared {
                loc,
                path: path.to_owned(),
                enum_repr,
                is_struct,
                enum_values: Vec::new(),
                enum_open: false,
                stand_in: None,
            },
        );
    }

    pub(super) fn declare_types(&mut self, loc: Loc<'a>, base: &str, types: &[spec::TypeDef]) {
        for (i, t) in types.iter().enumerate() {
            self.declare_type(loc, &format!("{base}[{i}]"), t);
        }
    }

    /// Declares the type defined at `at` (`types[2]`; `""` for a type file, which is the type).
    pub(super) fn declare_type(&mut self, loc: Loc<'a>, at: &str, t: &spec::TypeDef) {
        let path = child(at, "name");
        if !naming::is_pascal_case(&t.name) {
            self.diags
                .push(not_pascal(loc, &path, "type name", &t.name));
        }
        let repr = t
            .enumeration
            .as_ref()
            .and_then(|e| Scalar::parse(e.ty.trim()));
        let is_struct = t.fields.is_some() && t.enumeration.is_none() && t.union.is_none();
        self.declare(loc, &path, &t.name, repr, is_struct);
        let kind_paths = [
            at.to_owned(),
            child(at, "fields"),
            child(at, "enum"),
            child(at, "enum.type"),
            child(at, "union"),
        ];
        let stand_in = kind_paths.into_iter().find(|p| loc.repaired.contains(p));
        if let Some(declared) = self.table.get_mut(&t.name) {
            if declared.path == path && declared.loc.file == loc.file {
                declared.stand_in = stand_in;
                if let Some(e) = &t.enumeration {
                    declared.enum_values = e
                        .values
                        .iter()
                        .map(|v| ir::EnumValue {
                            value: v.value.clone(),
                            name: v.name.clone(),
                            description: v.description.clone(),
                        })
                        .collect();
                    declared.enum_open = e.other.is_some();
                }
            }
        }
    }

    /// A type file is named after its type, as an operation file is after its operation:
    /// `MsgBody` lives in `types/msg_body.yaml`, where a reader of `type: MsgBody` looks.
    pub(super) fn type_file_name(&mut self, loc: Loc<'a>, t: &spec::TypeDef) {
        let Some(snake) = naming::rust_name(&t.name, Case::Snake).map(|n| n.plain) else {
            return;
        };
        let stem = loc
            .file
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".yaml");
        if stem != snake {
            self.diags.push(
                loc.diag("name", format!("type `{}` is in `{stem}.yaml`", t.name))
                    .with_help(format!(
                        "name the file `{snake}.yaml`: a type file is found by its type's name"
                    )),
            );
        }
    }

    /// Parses `i64`, `list<T>`, `map<string,T>` or a type name.
    pub(super) fn parse_type(&mut self, loc: Loc<'a>, path: &str, text: &str) -> Option<Type> {
        match parse_type_syntax(text) {
            Ok(ty) => {
                let mut unknown = Vec::new();
                collect_named(&ty, &mut unknown);
                let mut ok = true;
                for name in unknown {
                    if let Some(Declared {
                        loc: declared_at,
                        stand_in: Some(repaired),
                        ..
                    }) = self.table.get(name)
                    {
                        // Its kind is a stand-in's: fail quietly (the stand-in is reported).
                        let d = declared_at.diag(repaired, STAND_IN);
                        self.diags.push(d);
                        ok = false;
                        continue;
                    }
                    if !self.table.contains_key(name) {
                        ok = false;
                        if !self.loaded.complete {
                            // The type may be defined in a file that did not parse; its
                            // problems are reported already.
                            continue;
                        }
                        let mut d = loc.diag(path, format!("unknown type `{name}`"));
                        let candidates: Vec<&str> = self
                            .table
                            .keys()
                            .map(String::as_str)
                            .chain(SCALARS)
                            .collect();
                        d = match naming::suggest(name, candidates) {
                            Some(near) => d.with_help(format!("did you mean `{near}`?")),
                            None => d.with_help(
                                "use bool, i32, i64, u32, u64, f64, string, list<T>, map<string,T> or a type defined in the service",
                            ),
                        };
                        self.unknown_use(name, d);
                    }
                }
                ok.then_some(ty)
            }
            Err(message) => {
                self.diags.push(
                    loc.diag(path, format!("invalid type `{text}`: {message}"))
                        .with_help("types are bool, i32, i64, u32, u64, f64, string, list<T>, map<string,T> or a type name"),
                );
                None
            }
        }
    }

    /// Records a use of a type no file of the service defines, reported as `d` unless
    /// [`ServiceChecker::report_unknown_types`] merges it with the name's other uses.
    pub(super) fn unknown_use(&mut self, name: &str, d: Diagnostic) {
        self.unknown.push((name.to_owned(), self.diags.len()));
        self.diags.push(d);
    }

    /// One diagnostic per type name that no file defines, at its first use, naming every use
    /// (file, line and spec path) and saying where a definition goes: a name used in several
    /// places is most often a type whose defining file was deleted (an operation's, say, that
    /// other operations used too), and the fix is one definition that every file finds. A lone
    /// use of a name close to a known one keeps its "did you mean" (a typo).
    pub(super) fn report_unknown_types(&mut self) {
        let mut by_name: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (name, at) in std::mem::take(&mut self.unknown) {
            by_name.entry(name).or_default().push(at);
        }
        let mut merged = HashSet::new();
        for (name, mut uses) in by_name {
            let near = naming::suggest(&name, self.table.keys().map(String::as_str).chain(SCALARS));
            // A lone typo keeps its "did you mean"; a name that is not PascalCase cannot name
            // a type (a misspelled scalar, most likely) and keeps the list of types.
            if (uses.len() == 1 && near.is_some()) || !naming::is_pascal_case(&name) {
                continue;
            }
            uses.sort_by(|a, b| {
                let (a, b) = (&self.diags[*a], &self.diags[*b]);
                (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column))
            });
            let places: Vec<String> = uses
                .iter()
                .map(|&i| {
                    let d = &self.diags[i];
                    let line = d.line.map(|l| format!(":{l}")).unwrap_or_default();
                    match &d.spec_path {
                        Some(path) => format!("{}{line} ({path})", d.file),
                        None => format!("{}{line}", d.file),
                    }
                })
                .collect();
            let mut message = format!("unknown type `{name}`: no file of the service defines it");
            if places.len() > 1 {
                message.push_str(&format!(
                    ", and {} places use it: {}",
                    places.len(),
                    places.join(", ")
                ));
            }
            let file = naming::rust_name(&name, Case::Snake)
                .map_or_else(|| "<snake_name>".to_owned(), |n| n.plain);
            let home = format!("{}/{TYPES_DIR}/{file}.yaml", self.loaded.dir);
            let mut help = format!(
                "define it once, where every file of the service finds it: in a file of its own, `{home}` (the type's keys at the top level), or in the `types` of an operation or of service.yaml. If an operation file that defined it was deleted, move that definition to `{home}`, with any type only it used"
            );
            if let Some(near) = near {
                help = format!("did you mean `{near}`? If not, {help}");
            }
            let first = &self.diags[uses[0]];
            let mut d = Diagnostic::new(first.file.clone(), message);
            d.line = first.line;
            d.column = first.column;
            d.spec_path = first.spec_path.clone();
            self.diags[uses[0]] = d.with_help(help);
            merged.extend(uses.into_iter().skip(1));
        }
        if !merged.is_empty() {
            let mut i = 0;
            self.diags.retain(|_| {
                i += 1;
                !merged.contains(&(i - 1))
            });
        }
    }

    /// A number, an enum over integers, or a list of them.
    pub(super) fn is_numeric(&self, ty: &Type) -> bool {
        match ty {
            Type::Scalar { scalar } => scalar.is_number(),
            Type::Named { name } => self
                .table
                .get(name)
                .and_then(|d| d.enum_repr)
                .is_some_and(Scalar::is_integer),
            Type::List { item } | Type::Nullable { item } => self.is_numeric(item),
            Type::Map { .. } => false,
        }
    }

    /// The wire type of an enum field (or of a list of enums).
    pub(super) fn enum_repr_of(&self, ty: &Type) -> Option<Scalar> {
        match ty {
            Type::Named { name } => self.table.get(name).and_then(|d| d.enum_repr),
            Type::List { item } | Type::Nullable { item } => self.enum_repr_of(item),
            _ => None,
        }
    }

    /// The enum a type names: its name, documented values and whether other values are valid.
    pub(super) fn enum_of<'t>(&self, ty: &'t Type) -> Option<(&'t str, &[ir::EnumValue], bool)> {
        match ty {
            Type::Named { name } => self
                .table
                .get(name)
                .filter(|d| d.enum_repr.is_some() && d.stand_in.is_none())
                .map(|d| (name.as_str(), d.enum_values.as_slice(), d.enum_open)),
            _ => None,
        }
    }

    pub(super) fn is_scalar_like(&self, ty: &Type) -> bool {
        match ty {
            Type::Scalar { .. } => true,
            Type::Named { name } => self.table.get(name).is_some_and(|d| d.enum_repr.is_some()),
            _ => false,
        }
    }

    /// A field's names: the wire name, and the Rust one made from it or given as `rust_name`.
    pub(super) fn named_field(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        f: &spec::Field,
    ) -> Option<ir::FieldName> {
        let Some(given) = &f.rust_name else {
            return self.field_name(loc, &format!("{path}.name"), &f.name);
        };
        match naming::rust_name(given, Case::Snake) {
            Some(n) if n.plain == *given => Some(ir::FieldName {
                wire: f.name.clone(),
                rust: n.ident,
                rust_plain: n.plain,
            }),
            other => {
                let mut d = loc.diag(
                    &format!("{path}.rust_name"),
                    format!("`{given}` is not a snake_case Rust name"),
                );
                if let Some(n) = other {
                    d = d.with_help(format!("write `{}`", n.plain));
                }
                self.diags.push(d);
                None
            }
        }
    }

    pub(super) fn field_name(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        wire: &str,
    ) -> Option<ir::FieldName> {
        match naming::rust_name(wire, Case::Snake) {
            Some(n) => Some(ir::FieldName {
                wire: wire.to_owned(),
                rust: n.ident,
                rust_plain: n.plain,
            }),
            None => {
                self.diags.push(
                    loc.diag(
                        path,
                        format!("`{wire}` has no ASCII letter or digit to make a Rust name of"),
                    )
                    .with_help(
                        "generated Rust names are ASCII; the wire name itself may be in any script",
                    ),
                );
                None
            }
        }
    }

    /// A variant's name: PascalCase, not `Unknown` (every generated enum and union has one of
    /// its own), and not taken by an earlier one of `list` (`values`, `variants`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn variant_name(
        &mut self,
        loc: Loc<'a>,
        vpath: &str,
        name: &str,
        index: usize,
        list: &str,
        what: &str,
        names: &mut HashMap<String, usize>,
    ) {
        let path = format!("{vpath}.name");
        if !naming::is_pascal_case(name) {
            self.diags
                .push(not_pascal(loc, &path, "variant name", name));
        } else if name == "Unknown" {
            self.diags.push(
                loc.diag(&path, format!("`Unknown` is reserved for {what} the spec does not list"))
                    .with_help("every generated enum and union is open: it has an `Unknown` variant of its own"),
            );
        }
        if let Some(first) = names.insert(name.to_owned(), index) {
            self.diags.push(loc.diag(
                &path,
                format!("variant `{name}` is already used by {list}[{first}]"),
            ));
        }
    }
}

/// "`x` is not PascalCase", with the spelling that is (`TIMMsgElement` → `TimMsgElement`).
pub(super) fn not_pascal(loc: Loc<'_>, path: &str, what: &str, name: &str) -> Diagnostic {
    let d = loc.diag(path, format!("{what} `{name}` is not PascalCase"));
    match naming::rust_name(name, Case::Pascal) {
        Some(n) if n.ident != name && naming::is_pascal_case(&n.ident) => d.with_help(format!(
            "write `{}`: names are Rust's PascalCase, acronyms included (the wire never sees them)",
            n.ident
        )),
        _ => d.with_help("PascalCase is ASCII letters and digits, starting with a capital"),
    }
}
