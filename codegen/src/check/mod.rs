//! Checking: parsed spec files → IR, with every semantic problem reported at once.
//!
//! Each problem names the file, the spec path and (through the file's location index) the line.
//! The IR is only returned when nothing is wrong, so emitters never see a half-valid spec.

pub mod type_syntax;
mod values;

use std::collections::{HashMap, HashSet};

use serde_json::{Number, Value};

use crate::diag::Diagnostic;
use crate::ir::reach::{collect_named, mark_reachability};
use crate::ir::{self, Scalar, Type};
use crate::naming::{self, Case};
use crate::protocol::{self, Problem, Protocol};
use crate::spec;
use crate::spec::load::{LoadedService, LocationIndex, Parsed};
use type_syntax::parse_type_syntax;

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
    /// A repaired path of its definition that decides what kind of type it is (its `enum`
    /// type, say): what it is declared as is the stand-in's doing, so fields of this type are
    /// not checked against it.
    stand_in: Option<String>,
}

struct ServiceChecker<'a> {
    diags: Vec<Diagnostic>,
    loaded: &'a LoadedService,
    table: HashMap<String, Declared<'a>>,
    /// The `also_from` sources of the operation being checked, which fields name in `from`.
    sources: Vec<spec::Source>,
}

impl<'a> ServiceChecker<'a> {
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
        let (api_version, binding) = protocol.service_binding(s, &mut problems);
        loc.report(problems, &mut self.diags);
        let endpoints = self.endpoints(loc, s);

        self.declare_types(loc, "types", &s.types);
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

        let envelope = self.envelope(loc, &s.envelope);
        let mut types = self.type_defs(loc, None, &s.types);
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
                self.operation(op, s, protocol, &binding, &service_errors, &mut types)
            {
                operations.push(built);
            }
        }
        operations.sort_by(|a, b| a.name.cmp(&b.name));
        self.roles_covered(protocol, &service_errors, &operations);

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
            api_version,
            binding,
            endpoints,
            envelope,
            types,
            errors: service_errors,
            sources: s.sources.clone(),
            doc_notes: s.doc_notes.clone(),
            operations,
            type_index: Default::default(),
        };
        // The checks below read the IR as a whole; stand-ins have no place in it.
        let stand_ins = !svc.repaired.is_empty()
            || self
                .loaded
                .operations
                .iter()
                .any(|op| !op.repaired.is_empty());
        if !self.diags.is_empty() || stand_ins {
            return None;
        }
        mark_reachability(&mut service);
        self.shared_types_have_a_home(&service);
        self.check_values(&service);
        self.diags.is_empty().then_some(service)
    }

    /// A type defined in an operation's file belongs to that operation alone: if another one
    /// used it, deleting the first file would break the second.
    fn shared_types_have_a_home(&mut self, service: &ir::Service) {
        let users = crate::ir::reach::users(service);
        for (t, ops) in service.types.iter().zip(users) {
            let Some(owner) = &t.operation else { continue };
            let others: Vec<&str> = ops
                .iter()
                .map(|&o| service.operations[o].name.as_str())
                .filter(|name| name != owner)
                .collect();
            if others.is_empty() {
                continue;
            }
            let Some(declared) = self.table.get(&t.name) else {
                continue;
            };
            let d = declared.loc.diag(
                &declared.path,
                format!(
                    "type `{}` is defined by `{owner}` but `{}` use{} it too",
                    t.name,
                    others.join("`, `"),
                    if others.len() == 1 { "s" } else { "" }
                ),
            );
            self.diags.push(d.with_help(
                "move it to the service's `types` in service.yaml, so that deleting one operation cannot break another",
            ));
        }
    }

    fn endpoints(&mut self, loc: Loc<'a>, s: &spec::ServiceFile) -> Vec<ir::Endpoint> {
        if s.endpoints.is_empty() {
            self.diags
                .push(loc.diag("endpoints", "a service needs at least one endpoint"));
        }
        let defaults = s.endpoints.iter().filter(|e| e.default).count();
        if !s.endpoints.is_empty() && defaults != 1 {
            self.diags.push(loc.diag(
                "endpoints",
                format!("exactly one endpoint must be `default: true`, found {defaults}"),
            ));
        }
        let mut regions = HashSet::new();
        let mut out = Vec::new();
        for (i, e) in s.endpoints.iter().enumerate() {
            let path = format!("endpoints[{i}]");
            if !regions.insert(e.region.as_str()) {
                self.diags.push(loc.diag(
                    &format!("{path}.region"),
                    format!("region `{}` is listed twice", e.region),
                ));
            }
            for (key, host) in [
                ("host", Some(&e.host)),
                ("backup_host", e.backup_host.as_ref()),
            ] {
                if let Some(host) = host {
                    if host.is_empty()
                        || host.contains("://")
                        || host.contains('/')
                        || host.contains(' ')
                    {
                        self.diags.push(
                            loc.diag(
                                &format!("{path}.{key}"),
                                format!("`{host}` is not a host name"),
                            )
                            .with_help("write the host alone, without scheme or path"),
                        );
                    }
                }
            }
            out.push(ir::Endpoint {
                region: e.region.clone(),
                host: e.host.clone(),
                backup_host: e.backup_host.clone(),
                signing_region: e.signing_region.clone().unwrap_or_else(|| e.region.clone()),
                default: e.default,
                description: e.description.clone(),
            });
        }
        out.sort_by_key(|e| !e.default);
        out
    }

    fn declare(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        name: &str,
        enum_repr: Option<Scalar>,
        is_struct: bool,
    ) {
        if let Some(first) = self.table.get(name) {
            let (line, _) = first.loc.index.locate(&first.path).unwrap_or((0, 0));
            self.diags.push(loc.diag(
                path,
                format!(
                    "type `{name}` is already defined at {}:{line}",
                    first.loc.file
                ),
            ));
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
                stand_in: None,
            },
        );
    }

    fn declare_types(&mut self, loc: Loc<'a>, base: &str, types: &[spec::TypeDef]) {
        for (i, t) in types.iter().enumerate() {
            let path = format!("{base}[{i}].name");
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
            let kind_paths = ["", ".fields", ".enum", ".enum.type", ".union"]
                .map(|tail| format!("{base}[{i}]{tail}"));
            let stand_in = kind_paths.into_iter().find(|p| loc.repaired.contains(p));
            if let Some(declared) = self.table.get_mut(&t.name) {
                if declared.path == path && declared.loc.file == loc.file {
                    declared.stand_in = stand_in;
                }
            }
        }
    }

    fn envelope(&mut self, loc: Loc<'a>, e: &spec::Envelope) -> ir::Envelope {
        let payload_field = match (e.style, &e.payload_field) {
            (spec::EnvelopeStyle::Wrapped, None) => {
                self.diags
                    .push(loc.diag("envelope.style", "a wrapped envelope needs `payload_field`"));
                None
            }
            (spec::EnvelopeStyle::Flattened, Some(_)) => {
                self.diags.push(loc.diag(
                    "envelope.payload_field",
                    "a flattened envelope has no payload field",
                ));
                None
            }
            (_, payload) => payload
                .as_ref()
                .and_then(|p| self.field_name(loc, "envelope.payload_field", p)),
        };
        let fields = self.fields(loc, "envelope.fields", &e.fields);
        if let (Some(payload), Some(fields)) = (&payload_field, &fields) {
            if fields.iter().any(|f| f.name.wire == payload.wire) {
                self.diags.push(loc.diag(
                    "envelope.payload_field",
                    format!("`{}` is also an envelope field", payload.wire),
                ));
            }
        }
        ir::Envelope {
            style: e.style,
            payload_field,
            description: e.description.clone(),
            fields: fields.unwrap_or_default(),
        }
    }

    /// A field's names: the wire name, and the Rust one made from it or given as `rust_name`.
    fn named_field(&mut self, loc: Loc<'a>, path: &str, f: &spec::Field) -> Option<ir::FieldName> {
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

    fn field_name(&mut self, loc: Loc<'a>, path: &str, wire: &str) -> Option<ir::FieldName> {
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

    /// Checks a field list; `None` when any field is wrong (the problems are reported).
    fn fields(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        fields: &[spec::Field],
    ) -> Option<Vec<ir::Field>> {
        let before = self.diags.len();
        if loc.is_repaired(base) {
            // The list itself was unusable: its stand-in holds no field to check.
            self.diags.push(loc.diag(base, STAND_IN));
            return None;
        }
        let mut wire_names: HashMap<&str, usize> = HashMap::new();
        let mut rust_names: HashMap<String, &str> = HashMap::new();
        let mut out = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            let path = format!("{base}[{i}]");
            if let Some(first) = wire_names.insert(&f.name, i) {
                self.diags.push(loc.diag(
                    &format!("{path}.name"),
                    format!("field `{}` is already defined at {base}[{first}]", f.name),
                ));
                continue;
            }
            let Some(name) = self.named_field(loc, &path, f) else {
                continue;
            };
            if let Some(other) = rust_names.insert(name.rust_plain.clone(), &f.name) {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.name"),
                        format!("fields `{other}` and `{}` both become `{}` in Rust", f.name, name.rust),
                    )
                    .with_help("give one of them a `rust_name` (two wire names that differ only in case or separators need one)"),
                );
            }
            let Some(ty) = self.parse_type(loc, &format!("{path}.type"), &f.ty) else {
                continue;
            };
            let constraints = f
                .constraints
                .as_ref()
                .map(|c| self.constraints(loc, &format!("{path}.constraints"), c, &ty))
                .unwrap_or_default();
            if f.default.is_some() && !self.is_scalar_like(&ty) {
                self.diags.push(loc.diag(
                    &format!("{path}.default"),
                    format!(
                        "defaults are supported on scalars and enums, not on `{}`",
                        ty.spec_name()
                    ),
                ));
            }
            if f.when_absent.is_some() && f.required {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.when_absent"),
                        "a required field is never absent",
                    )
                    .with_help("`when_absent` says what leaving out an optional field means"),
                );
            }
            if let Some(unit) = f.unit {
                if !self.is_numeric(&ty) {
                    self.diags.push(loc.diag(
                        &format!("{path}.unit"),
                        format!(
                            "`unit: {}` is for numbers, not `{}`",
                            unit.spec_name(),
                            ty.spec_name()
                        ),
                    ));
                }
            }
            let from = f.from.as_ref().and_then(|id| {
                let found = self
                    .sources
                    .iter()
                    .find(|s| s.id.as_deref() == Some(id.as_str()))
                    .cloned();
                if found.is_none() {
                    let ids: Vec<String> = self
                        .sources
                        .iter()
                        .filter_map(|s| s.id.as_ref().map(|i| format!("`{i}`")))
                        .collect();
                    let d = loc.diag(
                        &format!("{path}.from"),
                        format!("no source `{id}` in the operation's `also_from`"),
                    );
                    self.diags.push(if ids.is_empty() {
                        d.with_help("list the document in `also_from` with an `id`")
                    } else {
                        d.with_help(format!("known: {}", ids.join(", ")))
                    });
                }
                found
            });
            if let Some(value) = &f.unknown_as {
                match self.enum_repr_of(&ty) {
                    Some(repr) if values::scalar_value_fits(value, repr) => {}
                    Some(repr) => self.diags.push(loc.diag(
                        &format!("{path}.unknown_as"),
                        format!("{value} is not a {}", repr.spec_name()),
                    )),
                    None => self.diags.push(loc.diag(
                        &format!("{path}.unknown_as"),
                        format!("`unknown_as` is for enum fields, not `{}`", ty.spec_name()),
                    )),
                }
            }
            if let Some(repaired) = loc.repair_under(&path) {
                // Checked above for what else is wrong with it; a field with a stand-in (an
                // unusable `required`, say) must not reach the checks that use the fields.
                self.diags.push(loc.diag(repaired, STAND_IN));
                continue;
            }
            out.push(ir::Field {
                name,
                ty,
                doc_type: f.doc_type.clone(),
                required: f.required,
                default: f.default.clone(),
                when_absent: f.when_absent.clone(),
                unit: f.unit,
                from,
                unknown_as: f.unknown_as.clone(),
                description: f.description.clone(),
                gloss: f.gloss.clone(),
                example: f.example.clone(),
                constraints,
            });
        }
        (self.diags.len() == before).then_some(out)
    }

    /// A number, an enum over integers, or a list of them.
    fn is_numeric(&self, ty: &Type) -> bool {
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
    fn enum_repr_of(&self, ty: &Type) -> Option<Scalar> {
        match ty {
            Type::Named { name } => self.table.get(name).and_then(|d| d.enum_repr),
            Type::List { item } | Type::Nullable { item } => self.enum_repr_of(item),
            _ => None,
        }
    }

    fn is_scalar_like(&self, ty: &Type) -> bool {
        match ty {
            Type::Scalar { .. } => true,
            Type::Named { name } => self.table.get(name).is_some_and(|d| d.enum_repr.is_some()),
            _ => false,
        }
    }

    /// Parses `i64`, `list<T>`, `map<string,T>` or a type name.
    fn parse_type(&mut self, loc: Loc<'a>, path: &str, text: &str) -> Option<Type> {
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
                        let scalars = ["bool", "i32", "i64", "u32", "u64", "f64", "string"];
                        let candidates: Vec<&str> = self
                            .table
                            .keys()
                            .map(String::as_str)
                            .chain(scalars)
                            .collect();
                        d = match naming::suggest(name, candidates) {
                            Some(near) => d.with_help(format!("did you mean `{near}`?")),
                            None => d.with_help(
                                "use bool, i32, i64, u32, u64, f64, string, list<T>, map<string,T> or a type defined in the service",
                            ),
                        };
                        self.diags.push(d);
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

    fn constraints(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        c: &spec::Constraints,
        ty: &Type,
    ) -> ir::Constraints {
        let scalar = match ty {
            Type::Scalar { scalar } => Some(*scalar),
            _ => None,
        };
        let is_list = matches!(ty, Type::List { .. });
        let type_name = ty.spec_name();
        let misfit = |key: &str, what: &str, diags: &mut Vec<Diagnostic>| {
            diags.push(loc.diag(
                &format!("{path}.{key}"),
                format!("`{key}` applies to {what}, not to `{type_name}`"),
            ));
        };

        // Numbers.
        let numeric = c.minimum.is_some() || c.maximum.is_some() || !c.also_allowed.is_empty();
        if numeric {
            match scalar {
                Some(s) if s.is_number() => {
                    for (key, n) in [("minimum", &c.minimum), ("maximum", &c.maximum)] {
                        if let Some(n) = n {
                            self.number_fits(loc, &format!("{path}.{key}"), n, s);
                        }
                    }
                    if let (Some(min), Some(max)) = (&c.minimum, &c.maximum) {
                        if as_f64(min) > as_f64(max) {
                            self.diags.push(loc.diag(
                                &format!("{path}.minimum"),
                                format!("minimum {min} is greater than maximum {max}"),
                            ));
                        }
                    }
                    if !c.also_allowed.is_empty() && c.minimum.is_none() && c.maximum.is_none() {
                        self.diags.push(loc.diag(
                            &format!("{path}.also_allowed"),
                            "`also_allowed` needs a `minimum` or `maximum` to make exceptions to",
                        ));
                    }
                    for (i, n) in c.also_allowed.iter().enumerate() {
                        let p = format!("{path}.also_allowed[{i}]");
                        self.number_fits(loc, &p, n, s);
                        let inside = c.minimum.as_ref().is_none_or(|m| as_f64(n) >= as_f64(m))
                            && c.maximum.as_ref().is_none_or(|m| as_f64(n) <= as_f64(m));
                        if inside && (c.minimum.is_some() || c.maximum.is_some()) {
                            self.diags.push(
                                loc.diag(&p, format!("{n} is already inside the allowed range"))
                                    .with_help(
                                        "`also_allowed` lists values outside minimum/maximum",
                                    ),
                            );
                        }
                    }
                }
                _ => {
                    let key = if c.minimum.is_some() {
                        "minimum"
                    } else if c.maximum.is_some() {
                        "maximum"
                    } else {
                        "also_allowed"
                    };
                    misfit(key, "numbers", &mut self.diags);
                }
            }
        }

        // Strings.
        let lengths = c.min_length.is_some() || c.max_length.is_some();
        if lengths || c.length_unit.is_some() {
            if scalar != Some(Scalar::String) {
                let key = if c.min_length.is_some() {
                    "min_length"
                } else if c.max_length.is_some() {
                    "max_length"
                } else {
                    "length_unit"
                };
                misfit(key, "strings", &mut self.diags);
            } else if lengths && c.length_unit.is_none() {
                self.diags.push(
                    loc.diag(
                        path,
                        "string lengths need `length_unit: bytes` or `length_unit: chars`",
                    )
                    .with_help("say whether the document counts UTF-8 bytes or characters"),
                );
            } else if !lengths {
                self.diags.push(loc.diag(
                    &format!("{path}.length_unit"),
                    "`length_unit` without `min_length` or `max_length`",
                ));
            }
            if let (Some(min), Some(max)) = (c.min_length, c.max_length) {
                if min > max {
                    self.diags.push(loc.diag(
                        &format!("{path}.min_length"),
                        format!("min_length {min} is greater than max_length {max}"),
                    ));
                }
            }
        }

        // Lists.
        let list_keys = [
            ("min_items", c.min_items.is_some()),
            ("max_items", c.max_items.is_some()),
            ("unique_items", c.unique_items),
            ("items", c.items.is_some()),
            ("truncated_after", c.truncated_after.is_some()),
        ];
        let mut items = None;
        for (key, present) in list_keys {
            if present && !is_list {
                misfit(key, "lists", &mut self.diags);
            }
        }
        if let Type::List { item } = ty {
            let item: &Type = match &**item {
                Type::Nullable { item } => item,
                other => other,
            };
            if let (Some(_), Some(_)) = (c.truncated_after, c.max_items) {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.truncated_after"),
                        "a list cannot both refuse extra items (`max_items`) and ignore them (`truncated_after`)",
                    )
                    .with_help("keep the one the document describes"),
                );
            }
            if c.truncated_after == Some(0) {
                self.diags.push(loc.diag(
                    &format!("{path}.truncated_after"),
                    "`truncated_after: 0` would ignore every item",
                ));
            }
            if let (Some(min), Some(max)) = (c.min_items, c.max_items) {
                if min > max {
                    self.diags.push(loc.diag(
                        &format!("{path}.min_items"),
                        format!("min_items {min} is greater than max_items {max}"),
                    ));
                }
            }
            if c.unique_items && !self.is_scalar_like(item) {
                self.diags.push(loc.diag(
                    &format!("{path}.unique_items"),
                    format!(
                        "`unique_items` needs scalar or enum items, not `{}`",
                        item.spec_name()
                    ),
                ));
            }
            if matches!(
                *item,
                Type::Scalar {
                    scalar: Scalar::F64
                }
            ) && c.unique_items
            {
                self.diags.push(loc.diag(
                    &format!("{path}.unique_items"),
                    "`unique_items` cannot compare f64 items",
                ));
            }
            items = c.items.as_ref().map(|inner| {
                Box::new(self.constraints(loc, &format!("{path}.items"), inner, item))
            });
        }

        ir::Constraints {
            minimum: c.minimum.clone(),
            maximum: c.maximum.clone(),
            also_allowed: c.also_allowed.clone(),
            min_length: c.min_length,
            max_length: c.max_length,
            length_unit: c.length_unit,
            min_items: c.min_items,
            max_items: c.max_items,
            unique_items: c.unique_items,
            items,
            truncated_after: c.truncated_after,
        }
    }

    fn number_fits(&mut self, loc: Loc<'a>, path: &str, n: &Number, scalar: Scalar) {
        if let Some((lo, hi)) = scalar.integer_range() {
            let value = n
                .as_i64()
                .map(i128::from)
                .or_else(|| n.as_u64().map(i128::from));
            match value {
                Some(v) if v >= lo && v <= hi => {}
                Some(v) => self
                    .diags
                    .push(loc.diag(path, format!("{v} does not fit in {}", scalar.spec_name()))),
                None => self.diags.push(loc.diag(
                    path,
                    format!(
                        "{n} is not an integer, but the type is {}",
                        scalar.spec_name()
                    ),
                )),
            }
        }
    }

    fn type_defs(
        &mut self,
        loc: Loc<'a>,
        operation: Option<&str>,
        types: &[spec::TypeDef],
    ) -> Vec<ir::TypeDef> {
        let mut out = Vec::new();
        for (i, t) in types.iter().enumerate() {
            let path = format!("types[{i}]");
            let kinds = [
                t.fields.is_some(),
                t.enumeration.is_some(),
                t.union.is_some(),
            ];
            let kind_repaired = ["fields", "enum", "union"]
                .iter()
                .map(|k| format!("{path}.{k}"))
                .find(|k| loc.is_repaired(k));
            let kind = match (kinds.iter().filter(|k| **k).count(), kind_repaired) {
                // A kind that was unusable, and dropped: its problem is reported.
                (0, Some(repaired)) => {
                    self.diags.push(loc.diag(&repaired, STAND_IN));
                    None
                }
                (0, None) => {
                    self.diags.push(loc.diag(
                        &path,
                        format!(
                            "type `{}` needs `fields` (an object), `enum` or `union`",
                            t.name
                        ),
                    ));
                    None
                }
                (1, _) => {
                    if t.constraints.is_some() && t.fields.is_none() {
                        self.diags.push(loc.diag(
                            &format!("{path}.constraints"),
                            "only an object has field constraints",
                        ));
                    }
                    if let Some(fields) = &t.fields {
                        let fields = self.fields(loc, &format!("{path}.fields"), fields);
                        let groups = t
                            .constraints
                            .as_ref()
                            .map(|c| {
                                self.shape_constraints(
                                    loc,
                                    &format!("{path}.constraints"),
                                    c,
                                    fields.as_deref(),
                                )
                            })
                            .unwrap_or_default();
                        fields.map(|fields| groups.into_kind(fields))
                    } else if let Some(e) = &t.enumeration {
                        self.enumeration(loc, &format!("{path}.enum"), e)
                    } else {
                        t.union
                            .as_ref()
                            .and_then(|u| self.union(loc, &format!("{path}.union"), u))
                    }
                }
                _ => {
                    self.diags.push(loc.diag(
                        &path,
                        format!(
                            "type `{}` has more than one of `fields`, `enum` and `union`",
                            t.name
                        ),
                    ));
                    None
                }
            };
            if let Some(kind) = kind {
                out.push(ir::TypeDef {
                    name: t.name.clone(),
                    spec_file: loc.file.to_owned(),
                    spec_path: path.clone(),
                    operation: operation.map(str::to_owned),
                    description: t.description.clone(),
                    gloss: t.gloss.clone(),
                    kind,
                    in_request: false,
                    in_response: false,
                });
            }
        }
        out
    }

    fn shape_constraints(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        c: &spec::ShapeConstraints,
        fields: Option<&[ir::Field]>,
    ) -> ShapeRules {
        let Some(fields) = fields else {
            return ShapeRules::default();
        };
        for (key, groups, help) in [
            (
                "at_least_one_of",
                &c.at_least_one_of,
                "a single field that must be present is `required: true`",
            ),
            (
                "mutually_exclusive",
                &c.mutually_exclusive,
                "a group names the fields of which at most one may be sent",
            ),
        ] {
            for (g, group) in groups.iter().enumerate() {
                let gpath = format!("{path}.{key}[{g}]");
                if group.len() < 2 {
                    self.diags.push(
                        loc.diag(&gpath, format!("an `{key}` group needs two or more fields"))
                            .with_help(help),
                    );
                }
                let mut seen = HashSet::new();
                for (k, name) in group.iter().enumerate() {
                    let kpath = format!("{gpath}[{k}]");
                    if !seen.insert(name) {
                        self.diags
                            .push(loc.diag(&kpath, format!("`{name}` is listed twice")));
                    }
                    if let Some(f) = self.field_in(loc, &kpath, fields, name) {
                        if f.required {
                            self.diags.push(
                                loc.diag(
                                    &kpath,
                                    format!(
                                        "`{name}` is required, so the group is decided already"
                                    ),
                                )
                                .with_help("groups list optional fields"),
                            );
                        }
                    }
                }
            }
        }
        for (key, rules) in [
            ("required_when", &c.required_when),
            ("forbidden_when", &c.forbidden_when),
        ] {
            for (i, r) in rules.iter().enumerate() {
                self.conditional(loc, &format!("{path}.{key}[{i}]"), r, fields);
            }
        }
        ShapeRules {
            at_least_one_of: c.at_least_one_of.clone(),
            mutually_exclusive: c.mutually_exclusive.clone(),
            required_when: c.required_when.clone(),
            forbidden_when: c.forbidden_when.clone(),
        }
    }

    /// A field required or forbidden on a condition: an optional field, and a condition on
    /// another one.
    fn conditional(
        &mut self,
        loc: Loc<'a>,
        rpath: &str,
        r: &spec::RequiredWhen,
        fields: &[ir::Field],
    ) {
        if let Some(f) = self.field_in(loc, &format!("{rpath}.field"), fields, &r.field) {
            if f.required {
                self.diags.push(loc.diag(
                    &format!("{rpath}.field"),
                    format!("`{}` is required always, whatever the condition", r.field),
                ));
            }
        }
        if r.when.field == r.field {
            self.diags.push(loc.diag(
                &format!("{rpath}.when.field"),
                "a field's presence cannot depend on a condition on itself",
            ));
        }
        self.condition(loc, &format!("{rpath}.when"), &r.when, fields);
    }

    /// The field of `fields` with wire name `name`, or a diagnostic with a suggestion.
    fn field_in<'f>(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        fields: &'f [ir::Field],
        name: &str,
    ) -> Option<&'f ir::Field> {
        let found = fields.iter().find(|f| f.name.wire == name);
        if found.is_none() {
            let mut d = loc.diag(path, format!("no field `{name}` in this shape"));
            if let Some(near) = naming::suggest(name, fields.iter().map(|f| f.name.wire.as_str())) {
                d = d.with_help(format!("did you mean `{near}`?"));
            }
            self.diags.push(d);
        }
        found
    }

    /// A condition on a field of `fields`: the field exists and `equals` fits its type.
    fn condition(&mut self, loc: Loc<'a>, path: &str, c: &spec::Condition, fields: &[ir::Field]) {
        let Some(f) = self.field_in(loc, &format!("{path}.field"), fields, &c.field) else {
            return;
        };
        let Some(value) = &c.equals else {
            return;
        };
        if !self.is_scalar_like(&f.ty) {
            self.diags.push(loc.diag(
                &format!("{path}.equals"),
                format!(
                    "conditions compare scalars and enums, not `{}`",
                    f.ty.spec_name()
                ),
            ));
            return;
        }
        let repr = match &f.ty {
            Type::Scalar { scalar } => Some(*scalar),
            other => self.enum_repr_of(other),
        };
        if let Some(repr) = repr {
            if !values::scalar_value_fits(value, repr) {
                self.diags.push(loc.diag(
                    &format!("{path}.equals"),
                    format!("{value} is not a {}", repr.spec_name()),
                ));
            }
        }
    }

    /// A variant's name: PascalCase, not `Unknown` (every generated enum and union has one of
    /// its own), and not taken by an earlier one of `list` (`values`, `variants`).
    #[allow(clippy::too_many_arguments)]
    fn variant_name(
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

    fn union(&mut self, loc: Loc<'a>, path: &str, u: &spec::UnionDef) -> Option<ir::TypeKind> {
        let before = self.diags.len();
        if u.tag == u.content {
            self.diags.push(loc.diag(
                &format!("{path}.content"),
                "the tag and the content are one field",
            ));
        }
        for (key, wire) in [("tag", &u.tag), ("content", &u.content)] {
            self.field_name(loc, &format!("{path}.{key}"), wire);
        }
        if u.variants.is_empty() {
            self.diags
                .push(loc.diag(&format!("{path}.variants"), "a union needs variants"));
        }
        let mut tags = HashMap::new();
        let mut names = HashMap::new();
        for (i, v) in u.variants.iter().enumerate() {
            let vpath = format!("{path}.variants[{i}]");
            if let Some(first) = tags.insert(v.tag.as_str(), i) {
                self.diags.push(loc.diag(
                    &format!("{vpath}.tag"),
                    format!("tag `{}` is already used by variants[{first}]", v.tag),
                ));
            }
            self.variant_name(loc, &vpath, &v.name, i, "variants", "tags", &mut names);
            match self.table.get(v.ty.trim()) {
                Some(d) if d.is_struct => {}
                Some(_) => self.diags.push(loc.diag(
                    &format!("{vpath}.type"),
                    format!(
                        "`{}` is not an object type; a variant's content is one",
                        v.ty
                    ),
                )),
                None => {
                    let mut d =
                        loc.diag(&format!("{vpath}.type"), format!("unknown type `{}`", v.ty));
                    if let Some(near) =
                        naming::suggest(&v.ty, self.table.keys().map(String::as_str))
                    {
                        d = d.with_help(format!("did you mean `{near}`?"));
                    }
                    if self.loaded.complete {
                        self.diags.push(d);
                    }
                }
            }
        }
        (self.diags.len() == before).then(|| ir::TypeKind::Union {
            tag: u.tag.clone(),
            content: u.content.clone(),
            variants: u
                .variants
                .iter()
                .map(|v| ir::UnionVariant {
                    tag: v.tag.clone(),
                    name: v.name.clone(),
                    ty: v.ty.trim().to_owned(),
                    description: v.description.clone(),
                })
                .collect(),
        })
    }

    fn enumeration(&mut self, loc: Loc<'a>, path: &str, e: &spec::EnumDef) -> Option<ir::TypeKind> {
        let repr = match Scalar::parse(e.ty.trim()) {
            Some(s) if s.is_integer() || s == Scalar::String => s,
            _ => {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.type"),
                        format!("enum type `{}` is not supported", e.ty),
                    )
                    .with_help("enums are over i32, i64, u32, u64 or string"),
                );
                return None;
            }
        };
        if e.values.is_empty() {
            self.diags.push(loc.diag(
                &format!("{path}.values"),
                "an enum needs at least one value",
            ));
        }
        let before = self.diags.len();
        let mut values = HashMap::new();
        let mut names = HashMap::new();
        for (i, v) in e.values.iter().enumerate() {
            let vpath = format!("{path}.values[{i}]");
            let fits = match repr {
                Scalar::String => v.value.is_string(),
                _ => v.value.as_number().is_some_and(|n| integer_fits(n, repr)),
            };
            if !fits {
                self.diags.push(loc.diag(
                    &format!("{vpath}.value"),
                    format!("value {} is not a {}", v.value, repr.spec_name()),
                ));
            }
            if let Some(first) = values.insert(v.value.to_string(), i) {
                self.diags.push(loc.diag(
                    &format!("{vpath}.value"),
                    format!("value {} is already used by values[{first}]", v.value),
                ));
            }
            self.variant_name(loc, &vpath, &v.name, i, "values", "values", &mut names);
        }
        if let Some(other) = &e.other {
            let opath = format!("{path}.other.name");
            if !naming::is_pascal_case(&other.name) {
                self.diags
                    .push(not_pascal(loc, &opath, "variant name", &other.name));
            } else if other.name == "Unknown" || names.contains_key(&other.name) {
                self.diags
                    .push(loc.diag(&opath, format!("variant `{}` is already taken", other.name)));
            }
        }
        (self.diags.len() == before).then(|| ir::TypeKind::Enum {
            repr,
            other: e.other.as_ref().map(|o| ir::EnumValue {
                value: Value::Null,
                name: o.name.clone(),
                description: o.description.clone(),
            }),
            values: e
                .values
                .iter()
                .map(|v| ir::EnumValue {
                    value: v.value.clone(),
                    name: v.name.clone(),
                    description: v.description.clone(),
                })
                .collect(),
        })
    }

    fn errors(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        errors: &[spec::ErrorDef],
        protocol: &dyn Protocol,
    ) -> Vec<ir::ErrorDef> {
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for (i, e) in errors.iter().enumerate() {
            let path = format!("{base}[{i}].code");
            if let Err(want) = protocol.check_error_code(&e.code) {
                self.diags
                    .push(loc.diag(&path, format!("error code {} must be {want}", e.code)));
            }
            if let Some(first) = seen.insert(e.code.to_string(), i) {
                self.diags.push(loc.diag(
                    &path,
                    format!("error code {} is already listed at {base}[{first}]", e.code),
                ));
            }
            out.push(ir::ErrorDef {
                code: e.code.clone(),
                code_n: e.code_n,
                http_status: e.http_status,
                description: e.description.clone(),
                role: e.role,
            });
        }
        out
    }

    fn operation(
        &mut self,
        parsed: &'a Parsed<spec::OperationFile>,
        service: &spec::ServiceFile,
        protocol: &dyn Protocol,
        binding: &ir::ServiceBinding,
        service_errors: &[ir::ErrorDef],
        types: &mut Vec<ir::TypeDef>,
    ) -> Option<ir::Operation> {
        let loc = Loc::of(parsed);
        let op = &parsed.value;
        let before = self.diags.len();
        if !naming::is_pascal_case(&op.name) {
            self.diags
                .push(not_pascal(loc, "name", "operation name", &op.name));
        }
        let snake = naming::rust_name(&op.name, Case::Snake)
            .map(|n| n.ident)
            .unwrap_or_default();
        if snake.starts_with("r#")
            || snake.ends_with('_')
            || crate::emit::rust::names::USED_MODULES.contains(&snake.as_str())
        {
            self.diags.push(
                loc.diag(
                    "name",
                    format!(
                        "operation `{}` would be the Rust module `{snake}`, which is a keyword or a module the generated code uses",
                        op.name
                    ),
                )
                .with_help("choose another operation name"),
            );
        }
        let stem = parsed
            .file
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".yaml");
        if stem != snake {
            self.diags.push(
                loc.diag(
                    "name",
                    format!("operation `{}` is in `{stem}.yaml`", op.name),
                )
                .with_help(format!(
                    "name the file `{snake}.yaml`, so the spec and generated files match"
                )),
            );
        }
        if op.source.seed.is_none() && op.source.url.is_none() {
            self.diags.push(loc.diag(
                "source",
                "say where the operation comes from: `seed`, `url` or both",
            ));
        }
        let mut problems = Vec::new();
        let http = protocol
            .operation_binding(&op.http, service, &mut problems)
            .map(|(path, binding)| ir::Http {
                method: op.http.method,
                path,
                idempotent: op.http.idempotent,
                idempotent_when: None,
                binding,
            });
        loc.report(problems, &mut self.diags);
        if let Some(limit) = &op.rate_limit {
            if limit.requests == 0 {
                self.diags.push(loc.diag(
                    "rate_limit.requests",
                    "a rate limit of 0 requests allows no call",
                ));
            }
        }

        self.sources = self.also_from(loc, op);
        let request = self.shape(
            loc,
            "request",
            &ir::request_type_name(&op.name),
            op,
            &op.request,
        );
        if let Some(ir::TypeDef {
            kind: ir::TypeKind::Struct { fields, .. },
            ..
        }) = &request
        {
            let mut problems = Vec::new();
            protocol.check_request(binding, fields, &mut problems);
            loc.report(problems, &mut self.diags);
        }
        let response = self.shape(
            loc,
            "response",
            &ir::response_type_name(&op.name),
            op,
            &op.response,
        );
        if service.envelope.style == spec::EnvelopeStyle::Flattened {
            if let Some(ir::TypeDef {
                kind: ir::TypeKind::Struct { fields, .. },
                ..
            }) = &response
            {
                for (i, f) in fields.iter().enumerate() {
                    if service
                        .envelope
                        .fields
                        .iter()
                        .any(|e| e.name == f.name.wire)
                    {
                        self.diags.push(loc.diag(
                            &format!("response.fields[{i}].name"),
                            format!(
                                "`{}` is an envelope field; the payload sits beside it",
                                f.name.wire
                            ),
                        ));
                    }
                }
            }
        }
        let mut http = http;
        let mut pagination = None;
        let mut class_limits = Vec::new();
        if let (
            Some(ir::TypeDef {
                kind: ir::TypeKind::Struct { fields: req, .. },
                ..
            }),
            Some(ir::TypeDef {
                kind: ir::TypeKind::Struct { fields: resp, .. },
                ..
            }),
        ) = (&request, &response)
        {
            if let Some(http) = &mut http {
                http.idempotent_when = self.idempotent_when(loc, op, req);
            }
            pagination = op
                .pagination
                .as_ref()
                .and_then(|p| self.pagination(loc, p, req, resp));
            class_limits = self.class_limits(loc, op, req);
        }
        if let Some(applies) = &op.applies_to {
            if applies.values.is_empty() {
                self.diags.push(loc.diag(
                    "applies_to.values",
                    format!("say which {} the operation applies to", applies.what),
                ));
            }
        }
        types.extend(request);
        types.extend(response);
        let own_types = self.type_defs(loc, Some(&op.name), &op.types);
        types.extend(own_types);
        self.sources.clear();

        let errors = self.errors(loc, "errors", &op.errors, protocol);
        for (i, e) in errors.iter().enumerate() {
            if service_errors.iter().any(|s| s.code == e.code) {
                self.diags.push(loc.diag(
                    &format!("errors[{i}].code"),
                    format!("error code {} is already listed by the service", e.code),
                ));
            }
        }
        for (i, rule) in op.rules.iter().enumerate() {
            if let Some(code) = &rule.error {
                if !errors.iter().chain(service_errors).any(|e| &e.code == code) {
                    self.diags.push(
                        loc.diag(
                            &format!("rules[{i}].error"),
                            format!("error code {code} is not listed in `errors`"),
                        )
                        .with_help("list the error in the operation's or the service's `errors`"),
                    );
                }
            }
        }
        let examples = self.examples(loc, &op.examples);
        if self.diags.len() != before {
            return None;
        }
        Some(ir::Operation {
            name: op.name.clone(),
            snake,
            spec_file: parsed.file.clone(),
            source: op.source.clone(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            gloss: op.gloss.clone(),
            http: http?,
            rate_limit: op.rate_limit.clone(),
            class_limits,
            also_from: op.also_from.clone(),
            applies_to: op.applies_to.clone(),
            pagination,
            request: ir::request_type_name(&op.name),
            response: ir::response_type_name(&op.name),
            errors,
            rules: op.rules.clone(),
            examples,
            doc_notes: op.doc_notes.clone(),
        })
    }

    /// The operation's other sources: each with a unique `id`.
    fn also_from(&mut self, loc: Loc<'a>, op: &spec::OperationFile) -> Vec<spec::Source> {
        let mut ids = HashSet::new();
        for (i, source) in op.also_from.iter().enumerate() {
            let path = format!("also_from[{i}]");
            match &source.id {
                None => self.diags.push(
                    loc.diag(&path, "a further source needs an `id`")
                        .with_help("fields name their source by it in `from`"),
                ),
                Some(id) if !ids.insert(id.as_str()) => self.diags.push(loc.diag(
                    &format!("{path}.id"),
                    format!("source `{id}` is listed twice"),
                )),
                Some(_) => {}
            }
            if source.seed.is_none() && source.url.is_none() {
                self.diags
                    .push(loc.diag(&path, "a source needs a `seed`, a `url` or both"));
            }
        }
        op.also_from.clone()
    }

    /// `http.idempotent_when`: an optional request field, instead of `idempotent`.
    fn idempotent_when(
        &mut self,
        loc: Loc<'a>,
        op: &spec::OperationFile,
        request: &[ir::Field],
    ) -> Option<ir::FieldName> {
        let name = op.http.idempotent_when.as_ref()?;
        let path = "http.idempotent_when";
        if op.http.idempotent {
            self.diags.push(
                loc.diag(path, "the operation is `idempotent: true` already")
                    .with_help("`idempotent_when` is for calls that are safe to repeat only with a dedupe field"),
            );
        }
        let f = self.field_in(loc, path, request, name)?;
        if f.required {
            self.diags.push(
                loc.diag(
                    path,
                    format!("`{name}` is required, so every call would be idempotent"),
                )
                .with_help("use `idempotent: true`"),
            );
        }
        Some(f.name.clone())
    }

    fn class_limits(
        &mut self,
        loc: Loc<'a>,
        op: &spec::OperationFile,
        request: &[ir::Field],
    ) -> Vec<ir::ClassLimit> {
        let mut classes = HashSet::new();
        for (i, c) in op.class_limits.iter().enumerate() {
            let path = format!("class_limits[{i}]");
            if c.requests == 0 {
                self.diags.push(loc.diag(
                    &format!("{path}.requests"),
                    "a rate limit of 0 requests allows no call",
                ));
            }
            if !classes.insert(c.class.as_str()) {
                self.diags.push(loc.diag(
                    &format!("{path}.class"),
                    format!("class `{}` is listed twice", c.class),
                ));
            }
            self.condition(loc, &format!("{path}.when"), &c.when, request);
        }
        op.class_limits.clone()
    }

    fn pagination(
        &mut self,
        loc: Loc<'a>,
        p: &spec::Pagination,
        request: &[ir::Field],
        response: &[ir::Field],
    ) -> Option<ir::Pagination> {
        let before = self.diags.len();
        let position = self.field_in(loc, "pagination.request_field", request, &p.request_field);
        let next = match (&p.style, &p.response_field) {
            (spec::PageStyle::Offset, Some(_)) => {
                self.diags.push(
                    loc.diag(
                        "pagination.response_field",
                        "an `offset` walk needs no response field: the next offset is this one plus the items received",
                    ),
                );
                None
            }
            (spec::PageStyle::Offset, None) => None,
            (_, None) => {
                self.diags.push(loc.diag(
                    "pagination.response_field",
                    "say which response field holds the next position",
                ));
                None
            }
            (_, Some(name)) => self.field_in(loc, "pagination.response_field", response, name),
        };
        if let Some(position) = position {
            if p.style == spec::PageStyle::Offset {
                if !matches!(position.ty, Type::Scalar { scalar } if scalar.is_integer()) {
                    self.diags.push(loc.diag(
                        "pagination.request_field",
                        format!("an offset is an integer, not `{}`", position.ty.spec_name()),
                    ));
                }
            } else if let Some(next) = next {
                if next.ty != position.ty {
                    self.diags.push(loc.diag(
                        "pagination.response_field",
                        format!(
                            "`{}` is `{}` but `{}` is `{}`: the next position is sent back as is",
                            next.name.wire,
                            next.ty.spec_name(),
                            position.name.wire,
                            position.ty.spec_name()
                        ),
                    ));
                }
            }
            if position.required && p.style == spec::PageStyle::Offset {
                // A required offset is fine: the first page sends 0.
            }
        }
        let items = self.field_in(loc, "pagination.items", response, &p.items);
        if let Some(items) = items {
            if !matches!(items.ty, Type::List { .. }) {
                self.diags.push(loc.diag(
                    "pagination.items",
                    format!("`{}` is not a list", items.name.wire),
                ));
            }
        }
        let page_size = p
            .page_size
            .as_ref()
            .and_then(|name| self.field_in(loc, "pagination.page_size", request, name));
        let bool_field = |this: &mut Self, key: &str, name: &Option<String>| {
            let name = name.as_ref()?;
            let f = this.field_in(loc, &format!("pagination.end.{key}"), response, name)?;
            if f.ty
                != (Type::Scalar {
                    scalar: Scalar::Bool,
                })
            {
                this.diags.push(loc.diag(
                    &format!("pagination.end.{key}"),
                    format!("`{name}` is not a bool"),
                ));
            }
            Some(f.clone())
        };
        let has_more = bool_field(self, "has_more", &p.end.has_more);
        let is_finished = bool_field(self, "is_finished", &p.end.is_finished);
        let ends = [
            p.end.has_more.is_some(),
            p.end.is_finished.is_some(),
            p.end.end_value.is_some(),
        ];
        if !ends.iter().any(|e| *e) {
            self.diags.push(
                loc.diag(
                    "pagination.end",
                    "give `has_more`, `is_finished` or `end_value`",
                )
                .with_help("how does the document say the last page has come?"),
            );
        }
        if let Some(value) = &p.end.end_value {
            match (&p.style, next) {
                (spec::PageStyle::Offset, _) => self.diags.push(loc.diag(
                    "pagination.end.end_value",
                    "an `offset` walk has no next position to compare",
                )),
                (_, Some(next)) => {
                    let fits = match &next.ty {
                        Type::Scalar { scalar } => values::scalar_value_fits(value, *scalar),
                        _ => false,
                    };
                    if !fits {
                        self.diags.push(loc.diag(
                            "pagination.end.end_value",
                            format!("{value} is not a value of `{}`", next.ty.spec_name()),
                        ));
                    }
                }
                _ => {}
            }
        }
        if self.diags.len() != before {
            return None;
        }
        Some(ir::Pagination {
            style: p.style,
            request_field: position?.clone(),
            response_field: next.cloned(),
            items: items?.clone(),
            page_size: page_size.cloned(),
            has_more,
            is_finished,
            end_value: p.end.end_value.clone(),
        })
    }

    /// A server answers each kind of failure with the vendor's code for it, so every role the
    /// protocol's server uses must be given to an error of the operation or of the service. A
    /// role no operation covers is reported once, at the service.
    fn roles_covered(
        &mut self,
        protocol: &dyn Protocol,
        service_errors: &[ir::ErrorDef],
        operations: &[ir::Operation],
    ) {
        let help = "a server answers each kind of failure with the vendor's code for it: give that code `role: …` in the service's or the operation's `errors`";
        let has = |errors: &[ir::ErrorDef], role: ir::ErrorRole| {
            errors.iter().any(|e| e.role == Some(role))
        };
        let open: Vec<ir::ErrorRole> = protocol
            .server_roles()
            .iter()
            .copied()
            .filter(|role| !has(service_errors, *role))
            .collect();
        let nowhere: Vec<&str> = open
            .iter()
            .filter(|role| !operations.iter().any(|op| has(&op.errors, **role)))
            .map(|role| role.spec_name())
            .collect();
        if !nowhere.is_empty() {
            let loc = Loc::of(&self.loaded.service);
            self.diags.push(
                loc.diag(
                    "errors",
                    format!(
                        "no error has the role{} {}",
                        plural(&nowhere),
                        nowhere.join(", ")
                    ),
                )
                .with_help(help),
            );
        }
        for op in operations {
            let missing: Vec<&str> = open
                .iter()
                .filter(|role| !nowhere.contains(&role.spec_name()) && !has(&op.errors, **role))
                .map(|role| role.spec_name())
                .collect();
            let Some(file) = self
                .loaded
                .operations
                .iter()
                .find(|f| f.file == op.spec_file)
            else {
                continue;
            };
            if !missing.is_empty() {
                self.diags.push(
                    Loc::of(file)
                        .diag(
                            "errors",
                            format!(
                                "neither the operation nor its service has an error with the role{} {}",
                                plural(&missing),
                                missing.join(", ")
                            ),
                        )
                        .with_help(help),
                );
            }
        }
    }

    fn shape(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        name: &str,
        op: &spec::OperationFile,
        shape: &spec::Shape,
    ) -> Option<ir::TypeDef> {
        if loc.is_repaired(base) {
            self.diags.push(loc.diag(base, STAND_IN));
            return None;
        }
        let fields = self.fields(loc, &format!("{base}.fields"), &shape.fields);
        let groups = shape
            .constraints
            .as_ref()
            .map(|c| {
                self.shape_constraints(loc, &format!("{base}.constraints"), c, fields.as_deref())
            })
            .unwrap_or_default();
        let description = shape.description.clone().unwrap_or_else(|| match base {
            "request" => format!("The request body of `{}`.", op.name),
            _ => format!("The response payload of `{}`.", op.name),
        });
        Some(ir::TypeDef {
            name: name.to_owned(),
            spec_file: loc.file.to_owned(),
            spec_path: base.to_owned(),
            operation: Some(op.name.clone()),
            description,
            gloss: None,
            kind: groups.into_kind(fields?),
            in_request: false,
            in_response: false,
        })
    }

    fn examples(&mut self, loc: Loc<'a>, examples: &[spec::Example]) -> Vec<ir::Example> {
        let mut names = HashSet::new();
        let mut out = Vec::new();
        for (i, e) in examples.iter().enumerate() {
            let path = format!("examples[{i}]");
            if !names.insert(e.name.as_str()) {
                self.diags.push(loc.diag(
                    &format!("{path}.name"),
                    format!("example `{}` is defined twice", e.name),
                ));
            }
            if e.request.is_none() && e.response.is_none() {
                self.diags
                    .push(loc.diag(&path, "an example needs a `request`, a `response` or both"));
            }
            let parse = |key: &str, text: &Option<String>, diags: &mut Vec<Diagnostic>| {
                let text = text.as_ref()?;
                match serde_json::from_str::<Value>(text) {
                    Ok(v) => Some(v),
                    Err(err) => {
                        let p = format!("{path}.{key}");
                        let mut d = loc.diag(&p, format!("the example is not valid JSON: {err}"));
                        // Block scalars start on the line after the key.
                        if let Some(line) = d.line {
                            d.line = Some(line + err.line());
                            d.column = Some(err.column());
                        }
                        diags.push(d);
                        None
                    }
                }
            };
            let request = parse("request", &e.request, &mut self.diags);
            let response = parse("response", &e.response, &mut self.diags);
            out.push(ir::Example {
                name: e.name.clone(),
                description: e.description.clone(),
                request,
                response,
                request_text: e.request.clone(),
                response_text: e.response.clone(),
            });
        }
        out
    }
}

/// The constraints of an object that involve several fields.
#[derive(Default)]
struct ShapeRules {
    at_least_one_of: Vec<Vec<String>>,
    mutually_exclusive: Vec<Vec<String>>,
    required_when: Vec<spec::RequiredWhen>,
    forbidden_when: Vec<spec::RequiredWhen>,
}

impl ShapeRules {
    fn into_kind(self, fields: Vec<ir::Field>) -> ir::TypeKind {
        ir::TypeKind::Struct {
            fields,
            at_least_one_of: self.at_least_one_of,
            mutually_exclusive: self.mutually_exclusive,
            required_when: self.required_when,
            forbidden_when: self.forbidden_when,
        }
    }
}

/// "`x` is not PascalCase", with the spelling that is (`TIMMsgElement` → `TimMsgElement`).
fn not_pascal(loc: Loc<'_>, path: &str, what: &str, name: &str) -> Diagnostic {
    let d = loc.diag(path, format!("{what} `{name}` is not PascalCase"));
    match naming::rust_name(name, Case::Pascal) {
        Some(n) if n.ident != name && naming::is_pascal_case(&n.ident) => d.with_help(format!(
            "write `{}`: names are Rust's PascalCase, acronyms included (the wire never sees them)",
            n.ident
        )),
        _ => d.with_help("PascalCase is ASCII letters and digits, starting with a capital"),
    }
}

fn plural(items: &[&str]) -> &'static str {
    if items.len() == 1 {
        ""
    } else {
        "s"
    }
}

fn as_f64(n: &Number) -> f64 {
    n.as_f64().unwrap_or(f64::NAN)
}

fn integer_fits(n: &Number, scalar: Scalar) -> bool {
    let Some((lo, hi)) = scalar.integer_range() else {
        return false;
    };
    let value = n
        .as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from));
    value.is_some_and(|v| v >= lo && v <= hi)
}
