//! Checking: parsed spec files → IR, with every semantic problem reported at once.
//!
//! Each problem names the file, the spec path and (through the file's location index) the line.
//! The IR is only returned when nothing is wrong, so emitters never see a half-valid spec.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Number, Value};

use crate::diag::Diagnostic;
use crate::ir::{self, Scalar, Type};
use crate::load::{LoadedService, LocationIndex, Parsed};
use crate::naming::{self, Case};
use crate::spec;

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
        crate::load::locate(self.file, self.index, path, message)
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
        let (signing_service, api_version) = self.protocol_settings(loc, s);
        let endpoints = self.endpoints(loc, s);

        self.declare_types(loc, "types", &s.types);
        let mut declared_ops = HashSet::new();
        for op in &self.loaded.operations {
            // A duplicated operation is reported once, below; its types would only add noise.
            if !declared_ops.insert(op.value.name.as_str()) {
                continue;
            }
            let oloc = Loc::of(op);
            for suffix in ["Request", "Response"] {
                let name = format!("{}{suffix}", op.value.name);
                self.declare(oloc, "name", &name, None);
            }
            self.declare_types(oloc, "types", &op.value.types);
        }

        let envelope = self.envelope(loc, &s.envelope);
        let mut types = self.type_defs(loc, None, &s.types);
        let service_errors = self.errors(loc, "errors", &s.errors, s.protocol);

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
            if let Some(built) = self.operation(op, s, &service_errors, &mut types) {
                operations.push(built);
            }
        }
        operations.sort_by(|a, b| a.name.cmp(&b.name));

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
            signing_service,
            api_version,
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

    fn protocol_settings(
        &mut self,
        loc: Loc<'a>,
        s: &spec::ServiceFile,
    ) -> (Option<String>, String) {
        match s.protocol {
            spec::Protocol::Volcengine => {
                if s.tencent.is_some() {
                    self.diags
                        .push(loc.diag("tencent", "`tencent` settings on a volcengine service"));
                }
                match &s.volcengine {
                    Some(v) => (Some(v.service.clone()), v.version.clone()),
                    None => {
                        self.diags.push(loc.diag(
                            "protocol",
                            "a volcengine service needs `volcengine: {service, version}`",
                        ));
                        (None, String::new())
                    }
                }
            }
            spec::Protocol::Tencent => {
                if s.volcengine.is_some() {
                    self.diags
                        .push(loc.diag("volcengine", "`volcengine` settings on a tencent service"));
                }
                match &s.tencent {
                    Some(t) => (None, t.version.clone()),
                    None => {
                        self.diags.push(
                            loc.diag("protocol", "a tencent service needs `tencent: {version}`"),
                        );
                        (None, String::new())
                    }
                }
            }
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
        if crate::rust::USED_NAMES.contains(&name) {
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
        protocol: spec::Protocol,
    ) -> Vec<ir::ErrorDef> {
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for (i, e) in errors.iter().enumerate() {
            let path = format!("{base}[{i}].code");
            let fits = match protocol {
                spec::Protocol::Volcengine => e.code.as_str().is_some_and(|s| !s.is_empty()),
                spec::Protocol::Tencent => e.code.as_i64().is_some(),
            };
            if !fits {
                let want = match protocol {
                    spec::Protocol::Volcengine => "a string (`ConversationNotFound`)",
                    spec::Protocol::Tencent => "an integer (`10004`)",
                };
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
            });
        }
        out
    }

    fn operation(
        &mut self,
        parsed: &'a Parsed<spec::OperationFile>,
        service: &spec::ServiceFile,
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
            || crate::rust::USED_MODULES.contains(&snake.as_str())
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
        let http = self.http(loc, op, service);
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
            &format!("{}Request", op.name),
            op,
            &op.request,
        );
        let response = self.shape(
            loc,
            "response",
            &format!("{}Response", op.name),
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

        let errors = self.errors(loc, "errors", &op.errors, service.protocol);
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
        (self.diags.len() == before).then(|| ir::Operation {
            name: op.name.clone(),
            snake,
            spec_file: parsed.file.clone(),
            source: op.source.clone(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            gloss: op.gloss.clone(),
            http,
            rate_limit: op.rate_limit.clone(),
            request: format!("{}Request", op.name),
            response: format!("{}Response", op.name),
            errors,
            rules: op.rules.clone(),
            examples,
            doc_notes: op.doc_notes.clone(),
        })
    }

    fn http(
        &mut self,
        loc: Loc<'a>,
        op: &spec::OperationFile,
        service: &spec::ServiceFile,
    ) -> ir::Http {
        let h = &op.http;
        match service.protocol {
            spec::Protocol::Volcengine => {
                if h.path.is_some() {
                    self.diags.push(loc.diag(
                        "http.path",
                        "volcengine operations are all `POST /`; name the `action` instead",
                    ));
                }
                match &h.action {
                    Some(action) if naming::is_pascal_case(action) => {}
                    Some(action) => self.diags.push(loc.diag(
                        "http.action",
                        format!("action `{action}` is not PascalCase"),
                    )),
                    None => self
                        .diags
                        .push(loc.diag("http", "a volcengine operation needs `action`")),
                }
                ir::Http {
                    method: h.method,
                    action: h.action.clone(),
                    path: "/".to_owned(),
                    idempotent: h.idempotent,
                }
            }
            spec::Protocol::Tencent => {
                if h.action.is_some() {
                    self.diags.push(loc.diag(
                        "http.action",
                        "tencent operations are bound by `path`, not `action`",
                    ));
                }
                let version = service
                    .tencent
                    .as_ref()
                    .map(|t| t.version.as_str())
                    .unwrap_or("v4");
                let path = match &h.path {
                    Some(p) if is_tencent_path(p) => format!("/{version}/{p}"),
                    Some(p) => {
                        self.diags.push(
                            loc.diag("http.path", format!("path `{p}` is not `<servicename>/<command>`"))
                                .with_help("for example `group_open_avchatroom_http_svc/modify_user_info`, without the version"),
                        );
                        String::new()
                    }
                    None => {
                        self.diags
                            .push(loc.diag("http", "a tencent operation needs `path`"));
                        String::new()
                    }
                };
                ir::Http {
                    method: h.method,
                    action: None,
                    path,
                    idempotent: h.idempotent,
                }
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

    /// Checks every value written in the spec against its type: enum values are checked when
    /// the enum is built; here field examples, defaults and the operations' examples.
    fn check_values(&mut self, service: &ir::Service) {
        let files: HashMap<&str, Loc<'a>> = std::iter::once(Loc::of(&self.loaded.service))
            .chain(self.loaded.operations.iter().map(Loc::of))
            .map(|l| (l.file, l))
            .collect();
        let mut problems = Vec::new();
        let service_loc = files[self.loaded.service.file.as_str()];
        let check_fields =
            |loc: Loc<'a>, base: &str, fields: &[ir::Field], problems: &mut Vec<Diagnostic>| {
                for (i, f) in fields.iter().enumerate() {
                    for (key, value) in [("example", &f.example), ("default", &f.default)] {
                        if let Some(value) = value {
                            let mut found = Vec::new();
                            conform(service, value, &f.ty, String::new(), &mut found);
                            for (sub, message) in found {
                                let at = if sub.is_empty() {
                                    String::new()
                                } else {
                                    format!(" at `{sub}`")
                                };
                                problems.push(loc.diag(
                                    &format!("{base}[{i}].{key}"),
                                    format!("{key}{at}: {message}"),
                                ));
                            }
                        }
                    }
                }
            };
        check_fields(
            service_loc,
            "envelope.fields",
            &service.envelope.fields,
            &mut problems,
        );
        for t in &service.types {
            if let ir::TypeKind::Struct { fields, .. } = &t.kind {
                let loc = files[t.spec_file.as_str()];
                check_fields(
                    loc,
                    &format!("{}.fields", t.spec_path),
                    fields,
                    &mut problems,
                );
            }
        }
        for op in &service.operations {
            let loc = files[op.spec_file.as_str()];
            for (i, e) in op.examples.iter().enumerate() {
                let mut found = Vec::new();
                if let Some(request) = &e.request {
                    conform(
                        service,
                        request,
                        &named(&op.request),
                        String::new(),
                        &mut found,
                    );
                    for (sub, message) in found.drain(..) {
                        problems.push(loc.diag(
                            &format!("examples[{i}].request"),
                            format!("request example `{}`{}: {message}", e.name, at(&sub)),
                        ));
                    }
                }
                if let Some(response) = &e.response {
                    conform_response(service, response, &op.response, &mut found);
                    for (sub, message) in found.drain(..) {
                        problems.push(loc.diag(
                            &format!("examples[{i}].response"),
                            format!("response example `{}`{}: {message}", e.name, at(&sub)),
                        ));
                    }
                }
            }
        }
        self.diags.extend(problems);
    }
}

fn at(sub: &str) -> String {
    if sub.is_empty() {
        String::new()
    } else {
        format!(" at `{sub}`")
    }
}

fn named(name: &str) -> Type {
    Type::Named {
        name: name.to_owned(),
    }
}

fn is_tencent_path(p: &str) -> bool {
    let mut parts = p.split('/');
    let ok = |s: Option<&str>| {
        s.is_some_and(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
    };
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
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

/// Parses the spec's type syntax.
pub fn parse_type_syntax(text: &str) -> Result<Type, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty type".into());
    }
    if let Some(scalar) = Scalar::parse(text) {
        return Ok(Type::Scalar { scalar });
    }
    if let Some((head, rest)) = text.split_once('<') {
        let inner = rest
            .strip_suffix('>')
            .ok_or_else(|| format!("`{head}<` is not closed with `>`"))?;
        return match head.trim() {
            "list" => Ok(Type::List {
                item: Box::new(parse_type_syntax(inner)?),
            }),
            "map" => {
                let (key, value) =
                    split_top_comma(inner).ok_or("a map is written map<string,T>")?;
                if key.trim() != "string" {
                    return Err(format!("map keys must be `string`, not `{}`", key.trim()));
                }
                Ok(Type::Map {
                    value: Box::new(parse_type_syntax(value)?),
                })
            }
            other => Err(format!(
                "`{other}<…>` is not a type; use list<T> or map<string,T>"
            )),
        };
    }
    if text.contains(['>', ',', ' ']) {
        return Err("unexpected characters".into());
    }
    if !text.chars().all(|c| c.is_ascii_alphanumeric())
        || !text.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return Err("a type name is PascalCase letters and digits".into());
    }
    Ok(Type::Named {
        name: text.to_owned(),
    })
}

/// Splits `a,b` at the first comma outside angle brackets.
fn split_top_comma(s: &str) -> Option<(&str, &str)> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => return Some((&s[..i], &s[i + 1..])),
            _ => {}
        }
    }
    None
}

fn collect_named<'t>(ty: &'t Type, out: &mut Vec<&'t str>) {
    match ty {
        Type::Scalar { .. } => {}
        Type::List { item } => collect_named(item, out),
        Type::Map { value } => collect_named(value, out),
        Type::Named { name } => out.push(name),
    }
}

/// Marks which types requests and responses reach.
fn mark_reachability(service: &mut ir::Service) {
    let mut request_roots: Vec<String> = service
        .operations
        .iter()
        .map(|o| o.request.clone())
        .collect();
    let mut response_roots: Vec<String> = service
        .operations
        .iter()
        .map(|o| o.response.clone())
        .collect();
    for f in &service.envelope.fields {
        let mut names = Vec::new();
        collect_named(&f.ty, &mut names);
        response_roots.extend(names.into_iter().map(str::to_owned));
    }
    let reach = |roots: &mut Vec<String>| {
        let mut seen = BTreeSet::new();
        while let Some(name) = roots.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            if let Some(ir::TypeDef {
                kind: ir::TypeKind::Struct { fields, .. },
                ..
            }) = service.type_named(&name)
            {
                for f in fields {
                    let mut names = Vec::new();
                    collect_named(&f.ty, &mut names);
                    roots.extend(names.into_iter().map(str::to_owned));
                }
            }
        }
        seen
    };
    let in_request = reach(&mut request_roots);
    let in_response = reach(&mut response_roots);
    for t in &mut service.types {
        t.in_request = in_request.contains(&t.name);
        t.in_response = in_response.contains(&t.name);
    }
}

/// Checks a whole response body (envelope included) against the envelope and payload types.
fn conform_response(
    service: &ir::Service,
    value: &Value,
    payload: &str,
    out: &mut Vec<(String, String)>,
) {
    let Some(object) = value.as_object() else {
        out.push((
            String::new(),
            format!("expected an object, found {}", kind_of(value)),
        ));
        return;
    };
    let envelope = &service.envelope;
    let payload_fields: &[ir::Field] = match service.type_named(payload).map(|t| &t.kind) {
        Some(ir::TypeKind::Struct { fields, .. }) => fields,
        _ => &[],
    };
    match &envelope.payload_field {
        Some(pf) => {
            conform_fields(
                service,
                object,
                &envelope.fields,
                Some(&pf.wire),
                String::new(),
                out,
            );
            if let Some(inner) = object.get(&pf.wire) {
                conform(service, inner, &named(payload), pf.wire.clone(), out);
            }
        }
        None => {
            let all: Vec<ir::Field> = envelope
                .fields
                .iter()
                .chain(payload_fields)
                .cloned()
                .collect();
            conform_fields(service, object, &all, None, String::new(), out);
        }
    }
}

fn conform_fields(
    service: &ir::Service,
    object: &serde_json::Map<String, Value>,
    fields: &[ir::Field],
    extra: Option<&str>,
    path: String,
    out: &mut Vec<(String, String)>,
) {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    };
    for (key, _) in object {
        if !fields.iter().any(|f| &f.name.wire == key) && Some(key.as_str()) != extra {
            let mut message = format!("unknown field `{key}`");
            if let Some(near) = naming::suggest(key, fields.iter().map(|f| f.name.wire.as_str())) {
                message.push_str(&format!(" (did you mean `{near}`?)"));
            }
            out.push((path.clone(), message));
        }
    }
    for f in fields {
        match object.get(&f.name.wire) {
            None if f.required => out.push((
                path.clone(),
                format!("missing required field `{}`", f.name.wire),
            )),
            None => {}
            Some(Value::Null) => out.push((
                join(&f.name.wire),
                "null is not a value of any spec type; leave the field out instead".into(),
            )),
            Some(v) => conform(service, v, &f.ty, join(&f.name.wire), out),
        }
    }
}

/// Checks a JSON value against a type; problems are pushed with their path inside the value.
pub fn conform(
    service: &ir::Service,
    value: &Value,
    ty: &Type,
    path: String,
    out: &mut Vec<(String, String)>,
) {
    match ty {
        Type::Scalar { scalar } => {
            if let Err(message) = scalar_fits(value, *scalar) {
                out.push((path, message));
            }
        }
        Type::List { item } => match value.as_array() {
            Some(items) => {
                for (i, v) in items.iter().enumerate() {
                    conform(service, v, item, format!("{path}[{i}]"), out);
                }
            }
            None => out.push((path, format!("expected a list, found {}", kind_of(value)))),
        },
        Type::Map { value: value_ty } => match value.as_object() {
            Some(map) => {
                for (k, v) in map {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    conform(service, v, value_ty, p, out);
                }
            }
            None => out.push((path, format!("expected a map, found {}", kind_of(value)))),
        },
        Type::Named { name } => match service.type_named(name).map(|t| &t.kind) {
            Some(ir::TypeKind::Struct { fields, .. }) => match value.as_object() {
                Some(object) => conform_fields(service, object, fields, None, path, out),
                None => out.push((
                    path,
                    format!("expected a `{name}` object, found {}", kind_of(value)),
                )),
            },
            Some(ir::TypeKind::Enum { repr, values }) => {
                if let Err(message) = scalar_fits(value, *repr) {
                    out.push((path, message));
                } else if !values.iter().any(|v| &v.value == value) {
                    let listed: Vec<String> = values.iter().map(|v| v.value.to_string()).collect();
                    out.push((
                        path,
                        format!("{value} is not a value of `{name}` ({})", listed.join(", ")),
                    ));
                }
            }
            None => out.push((path, format!("unknown type `{name}`"))),
        },
    }
}

fn scalar_fits(value: &Value, scalar: Scalar) -> Result<(), String> {
    let ok = match scalar {
        Scalar::Bool => value.is_boolean(),
        Scalar::String => value.is_string(),
        Scalar::F64 => value.is_number(),
        _ => {
            if let Some(n) = value.as_number() {
                if integer_fits(n, scalar) {
                    return Ok(());
                }
                return Err(format!("{n} is not a {}", scalar.spec_name()));
            }
            false
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "expected {}, found {}",
            scalar.spec_name(),
            kind_of(value)
        ))
    }
}

fn kind_of(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() <= 24 => format!("the string {value}"),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_syntax() {
        assert_eq!(
            parse_type_syntax("i64"),
            Ok(Type::Scalar {
                scalar: Scalar::I64
            })
        );
        assert_eq!(
            parse_type_syntax("list<map<string, string>>"),
            Ok(Type::List {
                item: Box::new(Type::Map {
                    value: Box::new(Type::Scalar {
                        scalar: Scalar::String
                    })
                })
            })
        );
        assert_eq!(parse_type_syntax("Participant"), Ok(named("Participant")));
        assert!(parse_type_syntax("list<i64").is_err());
        assert!(parse_type_syntax("map<i64,string>").is_err());
        assert!(parse_type_syntax("set<i64>").is_err());
        assert!(parse_type_syntax("").is_err());
        assert!(parse_type_syntax("Foo Bar").is_err());
        assert!(parse_type_syntax("map<string>").is_err());
    }

    #[test]
    fn tencent_paths() {
        assert!(is_tencent_path(
            "group_open_avchatroom_http_svc/modify_user_info"
        ));
        assert!(!is_tencent_path(
            "/group_open_avchatroom_http_svc/modify_user_info"
        ));
        assert!(!is_tencent_path(
            "v4/group_open_avchatroom_http_svc/modify_user_info"
        ));
        assert!(!is_tencent_path("one"));
    }
}
