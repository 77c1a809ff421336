//! Checking: parsed spec files → IR, with every semantic problem reported at once.
//!
//! Each problem names the file, the spec path and (through the file's location index) the line.
//! The IR is only returned when nothing is wrong, so emitters never see a half-valid spec.

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
use crate::spec::type_syntax::parse_type_syntax;

/// A file and its location index: enough to point at a spec path.
#[derive(Clone, Copy)]
struct Loc<'a> {
    file: &'a str,
    index: &'a LocationIndex,
}

impl<'a> Loc<'a> {
    fn of<T>(parsed: &'a Parsed<T>) -> Self {
        Loc {
            file: &parsed.file,
            index: &parsed.index,
        }
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
pub fn check(services: &[LoadedService]) -> Result<ir::Ir, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut out = Vec::new();
    for service in services {
        let mut checker = ServiceChecker {
            diags: Vec::new(),
            loaded: service,
            table: HashMap::new(),
        };
        let built = checker.run();
        diags.extend(checker.diags);
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
}

struct ServiceChecker<'a> {
    diags: Vec<Diagnostic>,
    loaded: &'a LoadedService,
    table: HashMap<String, Declared<'a>>,
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
                self.declare(oloc, "name", &name, None);
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
        };
        if !self.diags.is_empty() {
            return None;
        }
        mark_reachability(&mut service);
        self.check_values(&service);
        self.diags.is_empty().then_some(service)
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

    fn declare(&mut self, loc: Loc<'a>, path: &str, name: &str, enum_repr: Option<Scalar>) {
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
            },
        );
    }

    fn declare_types(&mut self, loc: Loc<'a>, base: &str, types: &[spec::TypeDef]) {
        for (i, t) in types.iter().enumerate() {
            let path = format!("{base}[{i}].name");
            if !naming::is_pascal_case(&t.name) {
                self.diags
                    .push(loc.diag(&path, format!("type name `{}` is not PascalCase", t.name)));
            }
            let repr = t
                .enumeration
                .as_ref()
                .and_then(|e| Scalar::parse(e.ty.trim()));
            self.declare(loc, &path, &t.name, repr);
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
            let Some(name) = self.field_name(loc, &format!("{path}.name"), &f.name) else {
                continue;
            };
            if let Some(other) = rust_names.insert(name.rust_plain.clone(), &f.name) {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.name"),
                        format!("fields `{other}` and `{}` both become `{}` in Rust", f.name, name.rust),
                    )
                    .with_help("two wire names that differ only in case or separators cannot share a struct"),
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
            if f.default.is_some() {
                if f.required {
                    self.diags.push(
                        loc.diag(
                            &format!("{path}.default"),
                            "a required field cannot have a default",
                        )
                        .with_help(
                            "a default is what the server assumes when an optional field is absent",
                        ),
                    );
                }
                if !self.is_scalar_like(&ty) {
                    self.diags.push(loc.diag(
                        &format!("{path}.default"),
                        format!(
                            "defaults are supported on scalars and enums, not on `{}`",
                            ty.spec_name()
                        ),
                    ));
                }
            }
            out.push(ir::Field {
                name,
                ty,
                doc_type: f.doc_type.clone(),
                required: f.required,
                default: f.default.clone(),
                description: f.description.clone(),
                gloss: f.gloss.clone(),
                example: f.example.clone(),
                constraints,
            });
        }
        (self.diags.len() == before).then_some(out)
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
        ];
        let mut items = None;
        for (key, present) in list_keys {
            if present && !is_list {
                misfit(key, "lists", &mut self.diags);
            }
        }
        if let Type::List { item } = ty {
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
                **item,
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
            let kind = match (&t.fields, &t.enumeration) {
                (Some(fields), None) => {
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
                    fields.map(|fields| ir::TypeKind::Struct {
                        fields,
                        at_least_one_of: groups,
                    })
                }
                (None, Some(e)) => {
                    if t.constraints.is_some() {
                        self.diags.push(loc.diag(
                            &format!("{path}.constraints"),
                            "an enum has no field constraints",
                        ));
                    }
                    self.enumeration(loc, &format!("{path}.enum"), e)
                }
                (Some(_), Some(_)) => {
                    self.diags.push(loc.diag(
                        &path,
                        format!("type `{}` has both `fields` and `enum`", t.name),
                    ));
                    None
                }
                (None, None) => {
                    self.diags.push(loc.diag(
                        &path,
                        format!("type `{}` needs `fields` (an object) or `enum`", t.name),
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
    ) -> Vec<Vec<String>> {
        let Some(fields) = fields else {
            return Vec::new();
        };
        for (g, group) in c.at_least_one_of.iter().enumerate() {
            let gpath = format!("{path}.at_least_one_of[{g}]");
            if group.len() < 2 {
                self.diags.push(
                    loc.diag(
                        &gpath,
                        "an `at_least_one_of` group needs two or more fields",
                    )
                    .with_help("a single field that must be present is `required: true`"),
                );
            }
            let mut seen = HashSet::new();
            for (k, name) in group.iter().enumerate() {
                let kpath = format!("{gpath}[{k}]");
                if !seen.insert(name) {
                    self.diags
                        .push(loc.diag(&kpath, format!("`{name}` is listed twice")));
                }
                match fields.iter().find(|f| &f.name.wire == name) {
                    None => {
                        let mut d = loc.diag(&kpath, format!("no field `{name}` in this shape"));
                        if let Some(near) =
                            naming::suggest(name, fields.iter().map(|f| f.name.wire.as_str()))
                        {
                            d = d.with_help(format!("did you mean `{near}`?"));
                        }
                        self.diags.push(d);
                    }
                    Some(f) if f.required => self.diags.push(
                        loc.diag(
                            &kpath,
                            format!("`{name}` is required, so the group always holds"),
                        )
                        .with_help("groups list optional fields"),
                    ),
                    Some(_) => {}
                }
            }
        }
        c.at_least_one_of.clone()
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
            if !naming::is_pascal_case(&v.name) {
                self.diags.push(loc.diag(
                    &format!("{vpath}.name"),
                    format!("variant name `{}` is not PascalCase", v.name),
                ));
            } else if v.name == "Unknown" {
                self.diags.push(
                    loc.diag(
                        &format!("{vpath}.name"),
                        "`Unknown` is reserved for values the spec does not list",
                    )
                    .with_help(
                        "every generated enum is open: it has an `Unknown` variant of its own",
                    ),
                );
            }
            if let Some(first) = names.insert(v.name.clone(), i) {
                self.diags.push(loc.diag(
                    &format!("{vpath}.name"),
                    format!("variant `{}` is already used by values[{first}]", v.name),
                ));
            }
        }
        (self.diags.len() == before).then(|| ir::TypeKind::Enum {
            repr,
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
            self.diags.push(loc.diag(
                "name",
                format!("operation name `{}` is not PascalCase", op.name),
            ));
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
        types.extend(request);
        types.extend(response);
        let own_types = self.type_defs(loc, Some(&op.name), &op.types);
        types.extend(own_types);

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
            request: ir::request_type_name(&op.name),
            response: ir::response_type_name(&op.name),
            errors,
            rules: op.rules.clone(),
            examples,
            doc_notes: op.doc_notes.clone(),
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
            kind: ir::TypeKind::Struct {
                fields: fields?,
                at_least_one_of: groups,
            },
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
