//! Checking: parsed spec files → IR, with every semantic problem reported at once.
//!
//! Each problem names the file, the spec path and (through the file's location index) the line.
//! The IR is only returned when nothing is wrong, so emitters never see a half-valid spec.
//!
//! One `ServiceChecker` walks a service, and its `impl` is spread over files by concern, as
//! typify spreads its `TypeSpace`: the walk itself is here ([`check`] and `run`), the symbol
//! table and names in `names`, fields and named types in `types`, limits and rules across
//! fields in `constraints` (and their wire paths into other types, once every type is built, in
//! `paths`), where `required: request` may be written in `directions`, operations in `operations` and `pagination` (their class limits in `classes`), what holds for the service as a
//! whole in `service`, and, on the finished IR, the values written in the spec in `values` and
//! the error codes constraints carry in `codes`. The protocol's own rules come from [`crate::protocol`].

mod classes;
mod codes;
mod constraints;
mod directions;
mod drafts;
mod names;
mod operations;
mod pagination;
mod paths;
mod service;
pub mod type_syntax;
mod types;
mod values;

use std::collections::{HashMap, HashSet};

use crate::diag::Diagnostic;
use crate::ir::reach::mark_reachability;
use crate::ir::{self, Scalar};
use crate::naming::{self, Case};
use crate::protocol::{self, Problem};
use crate::spec;
use crate::spec::load::{LoadedService, LocationIndex, Parsed};

/// A file and its location index: enough to point at a spec path.
#[derive(Clone, Copy)]
struct Loc<'a> {
    file: &'a str,
    index: &'a LocationIndex,
    /// The paths whose value the loader replaced after a structural problem.
    repaired: &'a [String],
}

/// The message of the diagnostics the checker records where it meets a stand-in: they make
/// the part that holds it fail, as a real problem would, and are never shown, since they sit
/// at a repaired path ([`check`] drops what is said there).
const STAND_IN: &str = "a value the loader stood in for";

impl<'a> Loc<'a> {
    fn of<T>(parsed: &'a Parsed<T>) -> Self {
        Loc {
            file: &parsed.file,
            index: &parsed.index,
            repaired: &parsed.repaired,
        }
    }

    /// Whether `path` is, or lies under, a value the loader replaced.
    fn is_repaired(&self, path: &str) -> bool {
        crate::spec::load::covers(self.repaired, path)
    }

    /// The first replaced value at or under `path`, if any.
    fn repair_under(&self, path: &str) -> Option<&'a str> {
        self.repaired
            .iter()
            .find(|r| crate::spec::load::covers(std::slice::from_ref(&path.to_owned()), r))
            .map(String::as_str)
    }

    fn diag(&self, path: &str, message: impl Into<String>) -> Diagnostic {
        crate::spec::load::locate(self.file, self.index, path, message)
    }

    /// The protocol's problems as diagnostics in this file.
    fn report(&self, problems: Vec<Problem>, diags: &mut Vec<Diagnostic>) {
        for p in problems {
            let d = self.diag(&p.path, p.message);
            diags.push(match p.help {
                Some(help) => d.with_help(help),
                None => d,
            });
        }
    }
}

/// Checks every loaded service and builds the IR, or returns every problem found.
///
/// Values the loader replaced after a structural problem (already reported) are checked like
/// any other, so that the rest of their file is; what the checker says at or under one is
/// about the stand-in and is dropped here. A service with a stand-in never yields IR.
pub fn check(services: &[LoadedService]) -> Result<ir::Ir, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut out = Vec::new();
    for service in services {
        let mut checker = ServiceChecker {
            diags: Vec::new(),
            loaded: service,
            table: HashMap::new(),
            sources: Vec::new(),
            unknown: Vec::new(),
        };
        let built = checker.run();
        let repaired: HashMap<&str, &[String]> = std::iter::once((
            service.service.file.as_str(),
            service.service.repaired.as_slice(),
        ))
        .chain(
            service
                .operations
                .iter()
                .map(|op| (op.file.as_str(), op.repaired.as_slice())),
        )
        .chain(
            service
                .types
                .iter()
                .map(|t| (t.file.as_str(), t.repaired.as_slice())),
        )
        .collect();
        diags.extend(checker.diags.into_iter().filter(|d| {
            let about_a_stand_in = repaired.get(d.file.as_str()).is_some_and(|paths| {
                crate::spec::load::covers(paths, d.spec_path.as_deref().unwrap_or(""))
            });
            !about_a_stand_in
        }));
        out.extend(built);
    }
    if diags.is_empty() {
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(ir::Ir { services: out })
    } else {
        Err(diags)
    }
}

/// What the checker knows of a named type before the IR exists.
#[derive(Clone)]
struct Declared<'a> {
    loc: Loc<'a>,
    path: String,
    /// `Some(repr)` for enums.
    enum_repr: Option<Scalar>,
    /// Whether it is an object (a struct), the only kind a union variant may carry.
    is_struct: bool,
    /// An enum's documented values, and whether other values are valid too (`other`): what a
    /// field's `values` may pick from.
    enum_values: Vec<ir::EnumValue>,
    enum_open: bool,
    /// A repaired path of its definition that decides what kind of type it is (its `enum`
    /// type, say): what it is declared as is the stand-in's doing, so fields of this type are
    /// not checked against it.
    stand_in: Option<String>,
}

/// The checker of one service: what it found so far, the service's files, and the types they
/// declare. Its methods are spread over this module's files by concern (see above).
struct ServiceChecker<'a> {
    diags: Vec<Diagnostic>,
    loaded: &'a LoadedService,
    table: HashMap<String, Declared<'a>>,
    /// The `also_from` sources of the operation being checked, which fields name in `from`.
    sources: Vec<spec::Source>,
    /// Each use of a type no file defines: its name and its diagnostic in `diags`, which
    /// [`ServiceChecker::report_unknown_types`] merges into one per name.
    unknown: Vec<(String, usize)>,
}

impl<'a> ServiceChecker<'a> {
    /// Checks the service: every type is declared first, so that any field may name it; then
    /// the envelope, the types, the errors and the operations are built; last come the checks
    /// that read the IR as a whole. `None` when anything is wrong.
    fn run(&mut self) -> Option<ir::Service> {
        let svc = &self.loaded.service;
        let loc = Loc::of(svc);
        let s = &svc.value;

        if s.name != self.loaded.dir {
            self.diags.push(
                loc.diag(
                    "name",
                    format!(
                        "the service is named `{}` but its folder is `{}`",
                        s.name, self.loaded.dir
                    ),
                )
                .with_help("the service name and its folder name must be the same"),
            );
        }
        if !naming::is_kebab_case(&s.name) {
            self.diags.push(loc.diag(
                "name",
                format!("service name `{}` is not kebab-case", s.name),
            ));
        }
        let protocol = protocol::of(s.protocol);
        let mut problems = Vec::new();
        let settings = protocol.service_settings(s, &mut problems);
        loc.report(problems, &mut self.diags);
        let endpoints = self.endpoints(loc, s);

        self.declare_types(loc, "types", &s.types);
        for file in &self.loaded.types {
            let tloc = Loc::of(file);
            self.type_file_name(tloc, &file.value);
            self.declare_type(tloc, "", &file.value);
        }
        let mut declared_ops = HashSet::new();
        for op in &self.loaded.operations {
            // A duplicated operation is reported once, below; its types would only add noise.
            if !declared_ops.insert(op.value.name.as_str()) {
                continue;
            }
            let oloc = Loc::of(op);
            // The operation's marker type and its request and response types.
            for name in [
                op.value.name.clone(),
                ir::request_type_name(&op.value.name),
                ir::response_type_name(&op.value.name),
            ] {
                self.declare(oloc, "name", &name, None, true);
            }
            self.declare_types(oloc, "types", &op.value.types);
        }
        let marker = ir::service_marker_name(&s.name);
        if let Some(first) = self.table.get(&marker) {
            let d = first.loc.diag(
                &first.path,
                format!(
                    "`{marker}` is the name of the service's marker type in the generated code"
                ),
            );
            self.diags.push(d.with_help("choose another name"));
        }

        let envelope = self.envelope(loc, &s.envelope, protocol);
        let mut types = self.type_defs(loc, None, "types", &s.types);
        for file in &self.loaded.types {
            let built = self.type_defs(Loc::of(file), None, "", std::slice::from_ref(&file.value));
            types.extend(built);
        }
        let service_errors = self.errors(loc, "errors", &s.errors, protocol);

        let mut operations = Vec::new();
        let mut op_names: HashMap<&str, &str> = HashMap::new();
        for op in &self.loaded.operations {
            let oloc = Loc::of(op);
            if let Some(first) = op_names.insert(&op.value.name, &op.file) {
                self.diags.push(oloc.diag(
                    "name",
                    format!(
                        "operation `{}` is already defined in {first}",
                        op.value.name
                    ),
                ));
                continue;
            }
            if let Some(built) =
                self.operation(op, s, protocol, &settings, &service_errors, &mut types)
            {
                operations.push(built);
            }
        }
        operations.sort_by(|a, b| a.name.cmp(&b.name));
        self.roles_covered(protocol, &service_errors, &operations);
        self.report_unknown_types();
        self.unreviewed_drafts();

        let module = naming::rust_name(&s.name, Case::Snake)
            .map(|n| n.ident)
            .unwrap_or_default();
        let mut service = ir::Service {
            name: s.name.clone(),
            module,
            spec_file: svc.file.clone(),
            title: s.title.clone(),
            description: s.description.clone(),
            gloss: s.gloss.clone(),
            protocol: s.protocol,
            api_version: settings.api_version,
            signing: settings.signing,
            app_field: settings.app_field,
            endpoints,
            envelope,
            types,
            errors: service_errors,
            sources: s.sources.clone(),
            doc_notes: s.doc_notes.clone(),
            operations,
            type_index: Default::default(),
        };
        self.nested_paths(&service.types, &service.operations);
        self.class_values(&service.types, &service.operations);
        self.paged_items(&service.types, &service.operations);
        // The checks below read the IR as a whole; stand-ins have no place in it.
        let stand_ins = !svc.repaired.is_empty()
            || self
                .loaded
                .operations
                .iter()
                .any(|op| !op.repaired.is_empty())
            || self.loaded.types.iter().any(|t| !t.repaired.is_empty());
        if !self.diags.is_empty() || stand_ins {
            return None;
        }
        mark_reachability(&mut service);
        self.place_types(&mut service);
        self.check_values(&service);
        self.constraint_codes(&service);
        self.diags.is_empty().then_some(service)
    }
}
