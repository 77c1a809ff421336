//! OpenAPI 3.1: one document per service, `openapi/<service>.openapi.json` under the output
//! folder, with everything of the spec that OpenAPI can say.
//!
//! What OpenAPI says natively: paths, query parameters, request and response schemas with
//! their limits (`maxItems`, `minimum`, `maxLength`, `required`, `default`, enums), documented
//! special values (`anyOf` of the range and an `enum`), field groups (`anyOf`/`not` of
//! `required`, nested `properties` for wire paths), conditional fields (`if`/`then`), tagged
//! unions (`oneOf` with a
//! `discriminator`), the response envelope, examples and descriptions. What it cannot say
//! travels in `x-` extensions, named in the README: enum variant names (`x-enum-varnames`,
//! as openapi-generator reads them), units, the doc notes, rate limits, pagination, server-state
//! rules, error codes and roles (and a constraint's own code, `x-error-code`), and the vendors'
//! request signing.
//!
//! Volcengine routes every operation to `POST /` by the `Action` query value, and an OpenAPI
//! path item holds one operation per method. Each operation therefore gets the path key
//! `/#Action=<Action>` (the convention of APIs.guru's AWS query-protocol documents): the
//! fragment keeps the keys apart, HTTP clients never send it, and `Action` and `Version` are
//! required query parameters with one allowed value each. `x-imapi-path` holds the real path.
//!
//! Output is deterministic: objects keep the order in which they are built here, and spec
//! order is kept everywhere else.

mod pagination;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use crate::emit::header;
use crate::emit::json::{one_value, query_parameter, reference, Obj, J};
use crate::ir::{
    self, Constraints, ErrorDef, Field, LengthUnit, Operation, Route, Scalar, Service, Type,
    TypeDef, TypeKind,
};
use crate::protocol;

/// The OpenAPI version written.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// The names of the components the export adds to the spec's types: the body of a failed
/// call, a flattened envelope's own fields, and one per union variant. Tools turn component
/// names into type names by dropping what is not a letter or digit, so each is chosen to differ
/// from every other name in that form too (a numeric suffix when needed).
struct Components {
    error: String,
    envelope: String,
    variants: HashMap<(String, String), String>,
}

impl Components {
    fn of(service: &Service) -> Components {
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
        Components {
            error,
            envelope,
            variants,
        }
    }

    fn variant(&self, union: &str, variant: &str) -> &str {
        self.variants
            .get(&(union.to_owned(), variant.to_owned()))
            .map_or("", String::as_str)
    }
}

/// The path under the output folder of a service's document.
pub fn document_path(service: &str) -> String {
    format!("openapi/{service}.openapi.json")
}

/// Renders every service's document; keys are paths under the output folder.
pub fn render(ir: &ir::Ir) -> BTreeMap<String, String> {
    ir.services
        .iter()
        .map(|service| {
            let mut text = serde_json::to_string_pretty(&document(service))
                .expect("a JSON tree always serializes");
            text.push('\n');
            (document_path(&service.name), text)
        })
        .collect()
}

fn to_j(value: impl Serialize) -> J {
    J::Value(serde_json::to_value(value).expect("IR values serialize"))
}

/// The spec's text and its English gloss, as one description.
fn prose(description: &str, gloss: Option<&str>) -> Option<String> {
    let parts: Vec<&str> = [Some(description), gloss]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

fn doc_notes(notes: &[ir::DocNote]) -> Vec<J> {
    notes
        .iter()
        .map(|n| {
            Obj::new()
                .with("issue", n.issue.as_str())
                .with("resolution", n.resolution.as_str())
                .into()
        })
        .collect()
}

fn document(service: &Service) -> J {
    let mut info = Obj::new()
        .with("title", service.title.as_str())
        .with("version", service.api_version.as_str());
    info.set_opt(
        "description",
        prose(&service.description, service.gloss.as_deref()),
    );
    info.set_nonempty("x-doc-notes", doc_notes(&service.doc_notes));
    info.set_nonempty("x-sources", service.sources.iter().map(to_j).collect());
    info.set(
        "x-generator",
        header::line(&header::source(Some(&service.spec_file)), None),
    );

    let servers: Vec<J> = service
        .endpoints
        .iter()
        .map(|e| {
            let mut server = Obj::new().with("url", format!("https://{}", e.host));
            let mut description = e.region.clone();
            if let Some(text) = &e.description {
                description = format!("{description}: {text}");
            }
            server.set("description", description);
            server.set("x-region", e.region.as_str());
            server.set("x-signing-region", e.signing_region.as_str());
            server.set_opt("x-backup-host", e.backup_host.as_deref());
            server.set("x-default", Value::Bool(e.default));
            server.into()
        })
        .collect();

    let protocol = protocol::of(service.protocol);
    let (scheme, security) = protocol.openapi_security(service);
    let mut doc = Obj::new()
        .with("openapi", OPENAPI_VERSION)
        .with("info", info)
        .with(
            "jsonSchemaDialect",
            "https://spec.openapis.org/oas/3.1/dialect/base",
        )
        .with("servers", servers)
        .with(
            "security",
            vec![J::from(Obj::new().with(scheme, Vec::<J>::new()))],
        );
    let names = Components::of(service);
    let mut paths = Obj::new();
    for op in &service.operations {
        paths.set(
            &path_key(&op.http),
            Obj::new().with("post", operation(service, op, &names)),
        );
    }
    doc.set("paths", paths);

    let mut schemas = Obj::new();
    for ty in &service.types {
        schemas.set(&ty.name, type_schema(ty, &names));
        if let TypeKind::Union {
            tag,
            content,
            variants,
        } = &ty.kind
        {
            for v in variants {
                schemas.set(
                    names.variant(&ty.name, &v.name),
                    union_variant(tag, content, &v.tag, &v.ty, &v.description),
                );
            }
        }
    }
    if let Some(envelope) = flattened_envelope(service) {
        schemas.set(&names.envelope, envelope);
    }
    schemas.set(
        &names.error,
        protocol.openapi_error_body(service, &names.envelope),
    );
    doc.set(
        "components",
        Obj::new()
            .with("schemas", schemas)
            .with("securitySchemes", Obj::new().with(scheme, security)),
    );
    doc.into()
}

fn operation(service: &Service, op: &Operation, names: &Components) -> Obj {
    let mut o = Obj::new()
        .with("operationId", op.name.as_str())
        .with("summary", op.summary.as_str());
    o.set_opt("description", prose(&op.description, op.gloss.as_deref()));
    if let Some(url) = &op.source.url {
        let mut docs = Obj::new().with("url", url.as_str());
        docs.set_opt("description", op.source.title.as_deref());
        o.set("externalDocs", docs);
    }
    o.set("parameters", parameters(service, &op.http));

    let mut media = Obj::new().with("schema", reference(&op.request));
    let request_examples = examples(op, |e| e.request.as_ref());
    if !request_examples.is_empty() {
        media.set("examples", request_examples);
    }
    o.set(
        "requestBody",
        Obj::new()
            .with("required", Value::Bool(true))
            .with("content", Obj::new().with("application/json", media)),
    );
    o.set("responses", responses(service, op, names));

    if let Some(action) = op.http.route.operation_in_query() {
        o.set("x-imapi-action", action);
        o.set("x-imapi-path", op.http.path.as_str());
    }
    o.set("x-idempotent", Value::Bool(op.http.idempotent));
    o.set_opt(
        "x-idempotent-when",
        op.http.idempotent_when.as_ref().map(|f| f.wire.as_str()),
    );
    o.set_opt("x-rate-limit", op.rate_limit.as_ref().map(to_j));
    o.set_nonempty("x-class-limits", op.class_limits.iter().map(to_j).collect());
    o.set_opt("x-applies-to", op.applies_to.as_ref().map(to_j));
    o.set_opt("x-pagination", pagination::paging(&op.pagination));
    o.set_nonempty("x-rules", op.rules.iter().map(to_j).collect());
    o.set_nonempty("x-doc-notes", doc_notes(&op.doc_notes));
    o.set_nonempty("x-sources", op.also_from.iter().map(to_j).collect());
    o
}

/// An operation's path key: its path, and for operations that share one and are told apart by
/// a query parameter, that parameter as a fragment (`/#Action=ModifyMessage`).
fn path_key(http: &ir::Http) -> String {
    match &http.route {
        Route::Query { operation, .. } => {
            format!("{}#{}={}", http.path, operation.name, operation.value)
        }
        Route::Path => http.path.clone(),
    }
}

/// The query parameters every call carries: those that name the operation, each with its one
/// value, then the protocol's own (credentials that travel in the query).
fn parameters(service: &Service, http: &ir::Http) -> Vec<J> {
    let mut out = Vec::new();
    if let Route::Query { operation, version } = &http.route {
        out.push(query_parameter(
            &operation.name,
            "The operation.",
            one_value(&operation.value),
        ));
        out.push(query_parameter(
            &version.name,
            "The API version.",
            one_value(&version.value),
        ));
    }
    out.extend(protocol::of(service.protocol).openapi_parameters());
    out
}

/// The named examples of an operation with a request (or response) body.
fn examples(op: &Operation, body: impl Fn(&ir::Example) -> Option<&Value>) -> Obj {
    let mut out = Obj::new();
    for example in &op.examples {
        if let Some(value) = body(example) {
            let mut e = Obj::new().with("summary", example.name.as_str());
            e.set_opt("description", example.description.as_deref());
            e.set("value", value.clone());
            out.set(&example.name, e);
        }
    }
    out
}

fn error_entry(error: &ErrorDef) -> J {
    let mut o = Obj::new().with("code", error.code.clone());
    o.set_opt("code_n", error.code_n);
    o.set_opt("http_status", error.http_status.map(u32::from));
    o.set_opt("role", error.role.map(to_j));
    o.set("description", error.description.as_str());
    o.into()
}

fn responses(service: &Service, op: &Operation, names: &Components) -> Obj {
    let protocol = protocol::of(service.protocol);
    let mut seen = BTreeSet::new();
    // A service-wide code the operation restates is described in the operation's words.
    let errors: Vec<&ErrorDef> = service
        .errors
        .iter()
        .map(|s| op.errors.iter().find(|e| e.code == s.code).unwrap_or(s))
        .chain(&op.errors)
        .filter(|e| seen.insert(e.code_text()))
        .collect();
    let mut by_status: BTreeMap<u16, Vec<&ErrorDef>> = BTreeMap::new();
    for error in &errors {
        by_status
            .entry(protocol.openapi_error_status(error))
            .or_default()
            .push(error);
    }

    let success = match service.envelope.style {
        ir::EnvelopeStyle::Wrapped => {
            let payload = service
                .envelope
                .payload_field
                .as_ref()
                .map_or("Result", |f| f.wire.as_str());
            let mut properties = Obj::new();
            let mut required = Vec::new();
            for field in &service.envelope.fields {
                properties.set(&field.name.wire, field_schema(field));
                if field.required {
                    required.push(J::from(field.name.wire.as_str()));
                }
            }
            properties.set(payload, reference(&op.response));
            required.push(J::from(payload));
            Obj::new()
                .with("type", "object")
                .with("required", required)
                .with("properties", properties)
        }
        ir::EnvelopeStyle::Flattened => Obj::new().with(
            "allOf",
            vec![
                J::from(reference(&names.envelope)),
                J::from(reference(&op.response)),
            ],
        ),
    };
    let ok_schema = Obj::new().with(
        "anyOf",
        vec![J::from(success), J::from(reference(&names.error))],
    );
    let mut ok_media = Obj::new().with("schema", ok_schema);
    let response_examples = examples(op, |e| e.response.as_ref());
    if !response_examples.is_empty() {
        ok_media.set("examples", response_examples);
    }
    let mut ok = Obj::new()
        .with("description", protocol.openapi_ok_description())
        .with("content", Obj::new().with("application/json", ok_media));

    let mut out = Obj::new();
    if let Some(codes) = by_status.remove(&200) {
        ok.set(
            "x-error-codes",
            codes.iter().map(|e| error_entry(e)).collect::<Vec<_>>(),
        );
    }
    out.set("200", ok);
    for (status, codes) in by_status {
        let listed: Vec<String> = codes
            .iter()
            .map(|e| match e.code_n {
                Some(n) => format!("`{}` ({n})", e.code_text()),
                None => format!("`{}`", e.code_text()),
            })
            .collect();
        out.set(
            &status.to_string(),
            Obj::new()
                .with("description", format!("Failure: {}.", listed.join(", ")))
                .with(
                    "content",
                    Obj::new().with(
                        "application/json",
                        Obj::new().with("schema", reference(&names.error)),
                    ),
                )
                .with(
                    "x-error-codes",
                    codes.iter().map(|e| error_entry(e)).collect::<Vec<_>>(),
                ),
        );
    }
    out
}

/// A flattened envelope's own fields, as an object its operations' results extend.
fn flattened_envelope(service: &Service) -> Option<Obj> {
    (service.envelope.style == ir::EnvelopeStyle::Flattened).then(|| {
        let mut o = Obj::new();
        o.set_opt("description", prose(&service.envelope.description, None));
        object(&mut o, &service.envelope.fields);
        o
    })
}

fn type_schema(ty: &TypeDef, names: &Components) -> Obj {
    let mut o = Obj::new();
    o.set_opt("description", prose(&ty.description, ty.gloss.as_deref()));
    match &ty.kind {
        TypeKind::Struct {
            fields,
            at_least_one_of,
            mutually_exclusive,
            required_when,
            forbidden_when,
        } => {
            object(&mut o, fields);
            fn segments<'p>(fields: &[Field], name: &'p str) -> Vec<&'p str> {
                ir::path::segments(fields, name)
            }
            let segments = |name| segments(fields, name);
            let mut all_of: Vec<J> = Vec::new();
            for group in at_least_one_of {
                let any: Vec<J> = group
                    .fields
                    .iter()
                    .map(|f| J::from(path_schema(&segments(f), None)))
                    .collect();
                all_of.push(coded(Obj::new().with("anyOf", any), group.code.as_ref()));
            }
            for group in mutually_exclusive {
                for (i, a) in group.fields.iter().enumerate() {
                    for b in &group.fields[i + 1..] {
                        let (a, b) = (segments(a), segments(b));
                        let both = match (a.as_slice(), b.as_slice()) {
                            ([a], [b]) => {
                                Obj::new().with("required", vec![J::from(*a), J::from(*b)])
                            }
                            _ => Obj::new().with(
                                "allOf",
                                vec![
                                    J::from(path_schema(&a, None)),
                                    J::from(path_schema(&b, None)),
                                ],
                            ),
                        };
                        all_of.push(coded(Obj::new().with("not", both), group.code.as_ref()));
                    }
                }
            }
            for (rules, forbidden) in [(required_when, false), (forbidden_when, true)] {
                for rule in rules {
                    let condition =
                        path_schema(&segments(&rule.when.field), rule.when.equals.as_ref());
                    let required = path_schema(&segments(&rule.field), None);
                    let then = if forbidden {
                        Obj::new().with("not", required)
                    } else {
                        required
                    };
                    let rule_schema = Obj::new().with("if", condition).with("then", then);
                    all_of.push(coded(rule_schema, rule.code.as_ref()));
                }
            }
            o.set_nonempty("allOf", all_of);
        }
        TypeKind::Enum {
            repr,
            values,
            other,
        } => {
            scalar(&mut o, *repr);
            let names: Vec<J> = values.iter().map(|v| J::from(v.name.as_str())).collect();
            let descriptions: Vec<J> = values
                .iter()
                .map(|v| J::from(v.description.as_str()))
                .collect();
            match other {
                // Every value is allowed; the listed ones are special.
                Some(rest) => {
                    o.set(
                        "x-special-values",
                        values
                            .iter()
                            .map(|v| {
                                J::from(
                                    Obj::new()
                                        .with("value", v.value.clone())
                                        .with("name", v.name.as_str())
                                        .with("description", v.description.as_str()),
                                )
                            })
                            .collect::<Vec<_>>(),
                    );
                    o.set("x-other-values", rest.name.as_str());
                }
                None => {
                    o.set(
                        "enum",
                        values
                            .iter()
                            .map(|v| J::from(v.value.clone()))
                            .collect::<Vec<_>>(),
                    );
                    o.set("x-enum-varnames", names);
                    o.set("x-enum-descriptions", descriptions);
                }
            }
        }
        TypeKind::Union { tag, variants, .. } => {
            o.set("type", "object");
            o.set(
                "oneOf",
                variants
                    .iter()
                    .map(|v| J::from(reference(names.variant(&ty.name, &v.name))))
                    .collect::<Vec<_>>(),
            );
            let mut mapping = Obj::new();
            for v in variants {
                mapping.set(
                    &v.tag,
                    format!("#/components/schemas/{}", names.variant(&ty.name, &v.name)),
                );
            }
            o.set(
                "discriminator",
                Obj::new()
                    .with("propertyName", tag.as_str())
                    .with("mapping", mapping),
            );
        }
    }
    o
}

fn union_variant(tag: &str, content: &str, value: &str, ty: &str, description: &str) -> Obj {
    let mut o = Obj::new();
    if !description.trim().is_empty() {
        o.set("description", description.trim());
    }
    o.with("type", "object")
        .with("required", vec![J::from(tag), J::from(content)])
        .with(
            "properties",
            Obj::new()
                .with(tag, one_value(value))
                .with(content, reference(ty)),
        )
}

/// That a wire path is present (every object on the way and the field), and, with `equals`,
/// that the field holds it: `{"required": ["A"], "properties": {"A": {"required": ["B"],
/// "properties": {"B": {"const": 1}}}}}`.
fn path_schema(segments: &[&str], equals: Option<&Value>) -> Obj {
    let Some((first, rest)) = segments.split_first() else {
        return Obj::new();
    };
    let mut o = Obj::new().with("required", vec![J::from(*first)]);
    let inner = match (rest, equals) {
        ([], None) => return o,
        ([], Some(value)) => Obj::new().with("const", value.clone()),
        (rest, equals) => path_schema(rest, equals),
    };
    o.set("properties", Obj::new().with(first, inner));
    o
}

/// A rule's schema with its documented error code, when it has one (`x-error-code`).
fn coded(mut o: Obj, code: Option<&Value>) -> J {
    o.set_opt("x-error-code", code.cloned());
    o.into()
}

/// `type: object` with the fields as properties.
fn object(o: &mut Obj, fields: &[Field]) {
    o.set("type", "object");
    let required: Vec<J> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| J::from(f.name.wire.as_str()))
        .collect();
    o.set_nonempty("required", required);
    let mut properties = Obj::new();
    for field in fields {
        properties.set(&field.name.wire, field_schema(field));
    }
    o.set("properties", properties);
}

fn field_schema(field: &Field) -> Obj {
    let mut o = type_ref(&field.ty, &field.constraints);
    o.set_opt(
        "description",
        prose(&field.description, field.gloss.as_deref()),
    );
    o.set_opt("default", field.default.clone());
    if let Some(example) = &field.example {
        o.set("examples", vec![J::from(example.clone())]);
    }
    o.set_opt("x-doc-type", field.doc_type.as_deref());
    o.set_opt("x-unit", field.unit.map(to_j));
    o.set_opt("x-when-absent", field.when_absent.as_deref());
    o.set_opt("x-unknown-as", field.unknown_as.clone());
    o.set_opt("x-source", field.from.as_ref().map(to_j));
    o
}

/// The schema of a value of type `ty` with the limits `c`.
fn type_ref(ty: &Type, c: &Constraints) -> Obj {
    match ty {
        Type::Named { name } => reference(name),
        Type::Nullable { item } => Obj::new().with(
            "anyOf",
            vec![
                J::from(type_ref(item, c)),
                J::from(Obj::new().with("type", "null")),
            ],
        ),
        Type::List { item } => {
            let mut o = Obj::new().with("type", "array");
            let items = c.items.as_deref().cloned().unwrap_or_default();
            o.set("items", type_ref(item, &items));
            o.set_opt("minItems", c.min_items);
            o.set_opt("maxItems", c.max_items);
            if c.unique_items {
                o.set("uniqueItems", Value::Bool(true));
            }
            o.set_opt("x-truncated-after", c.truncated_after);
            o.set_opt("x-error-code", c.code.clone());
            o
        }
        Type::Map { value } => {
            let items = c.items.as_deref().cloned().unwrap_or_default();
            Obj::new()
                .with("type", "object")
                .with("additionalProperties", type_ref(value, &items))
        }
        Type::Scalar { scalar: s } => {
            let mut o = Obj::new();
            scalar(&mut o, *s);
            limits(&mut o, *s, c);
            o
        }
    }
}

fn scalar(o: &mut Obj, s: Scalar) {
    let (ty, format) = match s {
        Scalar::Bool => ("boolean", None),
        Scalar::I32 => ("integer", Some("int32")),
        Scalar::I64 => ("integer", Some("int64")),
        Scalar::U32 => ("integer", Some("uint32")),
        Scalar::U64 => ("integer", Some("uint64")),
        Scalar::F64 => ("number", Some("double")),
        Scalar::String => ("string", None),
    };
    o.set("type", ty);
    o.set_opt("format", format);
}

fn limits(o: &mut Obj, s: Scalar, c: &Constraints) {
    // The field's range, or the type's own where `format` alone would not say it to a
    // validator (unsigned, and 32-bit).
    let (low, high) = s.integer_range().unzip();
    let minimum = match (&c.minimum, low) {
        (Some(n), _) => Some(Value::Number(n.clone())),
        (None, Some(low)) if low == 0 || s == Scalar::I32 => Some(Value::from(low as i64)),
        _ => None,
    };
    let maximum = match (&c.maximum, high) {
        (Some(n), _) => Some(Value::Number(n.clone())),
        (None, Some(high)) if matches!(s, Scalar::I32 | Scalar::U32) => {
            Some(Value::from(high as i64))
        }
        _ => None,
    };
    let mut range = Obj::new();
    range.set_opt("minimum", minimum);
    range.set_opt("maximum", maximum);
    if c.also_allowed.is_empty() {
        o.extend(range);
    } else {
        let special: Vec<J> = c
            .also_allowed
            .iter()
            .map(|n| J::from(Value::Number(n.clone())))
            .collect();
        o.set(
            "anyOf",
            vec![J::from(range), J::from(Obj::new().with("enum", special))],
        );
    }
    let bytes = c.length_unit == Some(LengthUnit::Bytes);
    // A string of n UTF-8 bytes has between n/4 and n characters: the schema's character
    // counts are the widest that every valid value meets.
    o.set_opt(
        "minLength",
        c.min_length.map(|n| if bytes { n.div_ceil(4) } else { n }),
    );
    o.set_opt("maxLength", c.max_length);
    if let Some(unit) = c.length_unit {
        o.set("x-length-unit", to_j(unit));
        if bytes {
            o.set_opt("x-min-bytes", c.min_length);
            o.set_opt("x-max-bytes", c.max_length);
        }
    }
    o.set_opt("x-error-code", c.code.clone());
}
