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

mod components;
mod pagination;
mod schemas;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::emit::header;
use crate::ir::{self, ErrorDef, Operation, Route, Service, TypeKind};
use crate::json::{one_value, query_parameter, reference, Obj, J};
use crate::protocol;
use components::{Components, Way};
use schemas::{field_schema, object, type_schema, union_variant};

/// The OpenAPI version written.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// The path under the output folder of a service's document.
pub fn document_path(service: &str) -> String {
    format!("openapi/{service}.openapi.json")
}

/// Renders every service's document; keys are paths under the output folder.
pub fn render(ir: &ir::Ir) -> BTreeMap<String, String> {
    ir.services
        .iter()
        .map(|service| (document_path(&service.name), document_text(service)))
        .collect()
}

/// A service's document, as written.
pub fn document_text(service: &ir::Service) -> String {
    let mut text =
        serde_json::to_string_pretty(&document(service)).expect("a JSON tree always serializes");
    text.push('\n');
    text
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
        // OpenAPI needs a version; an API that has none (RongCloud's) is `unversioned`.
        .with(
            "version",
            Some(service.api_version.as_str())
                .filter(|v| !v.is_empty())
                .unwrap_or("unversioned"),
        );
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
        for (name, way) in names.forms(ty) {
            schemas.set(name, type_schema(ty, &names, way));
        }
        if let TypeKind::Union {
            tag,
            content,
            variants,
        } = &ty.kind
        {
            for v in variants {
                for (name, way) in names.variant_forms(ty, v) {
                    schemas.set(name, union_variant(tag, content, v, &names, way));
                }
            }
        }
    }
    if let Some(envelope) = flattened_envelope(service, &names) {
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
    if op.http.body == ir::BodyFormat::Form {
        media.set("encoding", form_encoding(service, op));
    }
    o.set(
        "requestBody",
        Obj::new().with("required", Value::Bool(true)).with(
            "content",
            Obj::new().with(op.http.body.content_type(), media),
        ),
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
    o.set_opt(
        "x-payload-on-error",
        op.payload_on_error.clone().map(Value::Object),
    );
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
    match error.roles.as_slice() {
        [] => {}
        [one] => o.set("role", to_j(*one)),
        several => o.set("role", several.iter().map(|r| to_j(*r)).collect::<Vec<J>>()),
    }
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
                properties.set(&field.name.wire, field_schema(field, names, Way::Received));
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
fn flattened_envelope(service: &Service, names: &Components) -> Option<Obj> {
    (service.envelope.style == ir::EnvelopeStyle::Flattened).then(|| {
        let mut o = Obj::new();
        o.set_opt("description", prose(&service.envelope.description, None));
        object(&mut o, &service.envelope.fields, names, Way::Received);
        o
    })
}

/// How a form carries the request's fields that are not plain scalars: a map as bracketed keys
/// (`deepObject`), anything nested as JSON text; a list's repeated key is the form default.
fn form_encoding(service: &ir::Service, op: &ir::Operation) -> Obj {
    let mut encoding = Obj::new();
    let Some(ir::TypeKind::Struct { fields, .. }) =
        service.type_named(&op.request).map(|t| &t.kind)
    else {
        return encoding;
    };
    for f in fields {
        let how = match ir::form::field_kind(service, &f.ty) {
            ir::form::FormKind::Map(_) => Obj::new()
                .with("style", "deepObject")
                .with("explode", Value::Bool(true)),
            ir::form::FormKind::Json => Obj::new().with("contentType", "application/json"),
            _ => continue,
        };
        encoding.set(&f.name.wire, how);
    }
    encoding
}
