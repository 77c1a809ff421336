//! Operations: the name and file, the HTTP binding (through the protocol), the request and
//! response, idempotency, rate-limit classes, sources, errors, rules and examples.

use std::collections::HashSet;

use serde_json::Value;

use super::names::not_pascal;
use super::{Loc, ServiceChecker};
use crate::diag::Diagnostic;
use crate::ir;
use crate::naming::{self, Case};
use crate::protocol::{Protocol, ServiceSettings};
use crate::spec;
use crate::spec::load::Parsed;

impl<'a> ServiceChecker<'a> {
    pub(super) fn operation(
        &mut self,
        parsed: &'a Parsed<spec::OperationFile>,
        service: &spec::ServiceFile,
        protocol: &dyn Protocol,
        settings: &ServiceSettings,
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
            .map(|(path, route)| ir::Http {
                method: op.http.method,
                path,
                idempotent: op.http.idempotent,
                idempotent_when: None,
                route,
                body: protocol.body_format(),
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
            protocol.check_request(settings, fields, &mut problems);
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
        let mut pagination = Vec::new();
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
            if let Some(paging) = &op.pagination {
                pagination = self.paging(loc, paging, req, resp);
            }
            class_limits = self.class_limits(loc, op, req);
        }
        if let Some(applies) = &op.applies_to {
            self.applies_to(loc, applies);
        }
        types.extend(request);
        types.extend(response);
        let own_types = self.type_defs(loc, Some(&op.name), "types", &op.types);
        types.extend(own_types);
        self.sources.clear();

        let mut errors = self.errors(loc, "errors", &op.errors, protocol);
        for (i, e) in errors.iter_mut().enumerate() {
            if let Some(general) = service_errors.iter().find(|s| s.code == e.code) {
                self.restated_error(loc, &format!("errors[{i}]"), e, general);
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
        let payload_on_error = op
            .envelope
            .as_ref()
            .and_then(|e| self.payload_on_error(loc, service, &e.payload_on_error));
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
            payload_on_error,
            rules: op.rules.clone(),
            examples,
            doc_notes: op.doc_notes.clone(),
        })
    }

    /// An operation's entry for a code the service lists: the operation's page words it its
    /// own way (kept, for the operation's docs), and the service's entry says what the code
    /// is: its role, `code_n` and HTTP status come from there, so a new operation's file
    /// needs no roles of its own. Saying any of them again is refused (one place for each).
    fn restated_error(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        e: &mut ir::ErrorDef,
        general: &ir::ErrorDef,
    ) {
        let said = [
            ("role", !e.roles.is_empty()),
            ("code_n", e.code_n.is_some()),
            ("http_status", e.http_status.is_some()),
        ];
        for (key, _) in said.iter().filter(|(_, said)| *said) {
            self.diags.push(
                loc.diag(
                    &format!("{path}.{key}"),
                    format!(
                        "error code {} is the service's: its `{key}` is given in service.yaml",
                        e.code
                    ),
                )
                .with_help(format!(
                    "leave out `{key}`: an operation may list a service-wide code to word it as its page does, and the rest comes from the service's entry"
                )),
            );
        }
        e.roles.clone_from(&general.roles);
        e.code_n = general.code_n;
        e.http_status = general.http_status;
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
    /// `envelope.payload_on_error`: an object, and beside a flattened envelope's fields, none of
    /// theirs.
    fn payload_on_error(
        &mut self,
        loc: Loc<'a>,
        service: &spec::ServiceFile,
        value: &serde_json::Value,
    ) -> Option<serde_json::Map<String, serde_json::Value>> {
        let at = "envelope.payload_on_error";
        let Some(fields) = value.as_object() else {
            self.diags.push(
                loc.diag(
                    at,
                    format!("a failure's payload is an object, not `{value}`"),
                )
                .with_help("write the object the document shows, `{}` for an empty `Result`"),
            );
            return None;
        };
        if service.envelope.style == spec::EnvelopeStyle::Flattened {
            for key in fields.keys() {
                if service.envelope.fields.iter().any(|e| &e.name == key) {
                    self.diags.push(
                        loc.diag(
                            &crate::spec::path::child(at, key),
                            format!("`{key}` is an envelope field, which a failure's answer fills itself"),
                        )
                        .with_help("list only what the document shows beside the error fields"),
                    );
                }
            }
        }
        Some(fields.clone())
    }

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

    /// The kinds an operation applies to: at least one, none twice, and a limit that reaches
    /// something (a limit of 0 would mean it does not apply: leave the kind out).
    fn applies_to(&mut self, loc: Loc<'a>, applies: &spec::AppliesTo) {
        if applies.values.is_empty() {
            self.diags.push(loc.diag(
                "applies_to.values",
                format!("say which {} the operation applies to", applies.what),
            ));
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, value) in applies.values.iter().enumerate() {
            let at = format!("applies_to.values[{i}]");
            let name = value.value();
            if name.trim().is_empty() {
                self.diags
                    .push(loc.diag(&at, format!("an empty {} name", applies.what)));
            } else if seen.contains(&name) {
                self.diags.push(
                    loc.diag(&at, format!("`{name}` is listed twice"))
                        .with_help("list each kind once; one with a limit, written with it"),
                );
            }
            seen.push(name);
            if let Some(limit) = value.limit() {
                if limit.max == 0 {
                    self.diags.push(
                        loc.diag(
                            &format!("{at}.limit.max"),
                            format!("a limit of 0 {} means the operation does not apply to `{name}`", limit.of),
                        )
                        .with_help("leave the kind out of `values`, or give the most it reaches (at least 1)"),
                    );
                }
                if limit.of.trim().is_empty() {
                    self.diags.push(loc.diag(
                        &format!("{at}.limit.of"),
                        "say what the limit counts (`members`)",
                    ));
                }
            }
        }
    }
}
