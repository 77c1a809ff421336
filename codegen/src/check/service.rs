//! The service as a whole: its endpoints and envelope, its errors and the roles they cover,
//! and which operation each type belongs to.

use std::collections::{HashMap, HashSet};

use super::{Loc, ServiceChecker};
use crate::ir;
use crate::protocol::Protocol;
use crate::spec;

impl<'a> ServiceChecker<'a> {
    /// A type defined in an operation's file belongs to that operation alone: if another one
    /// used it, deleting the first file would break the second.
    pub(super) fn shared_types_have_a_home(&mut self, service: &ir::Service) {
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

    pub(super) fn endpoints(&mut self, loc: Loc<'a>, s: &spec::ServiceFile) -> Vec<ir::Endpoint> {
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

    pub(super) fn envelope(
        &mut self,
        loc: Loc<'a>,
        e: &spec::Envelope,
        protocol: &dyn Protocol,
    ) -> ir::Envelope {
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
            roles: protocol.envelope_roles(),
        }
    }

    pub(super) fn errors(
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

    /// A server answers each kind of failure with the vendor's code for it, so every role the
    /// protocol's server uses must be given to an error of the operation or of the service. A
    /// role no operation covers is reported once, at the service.
    pub(super) fn roles_covered(
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
}

fn plural(items: &[&str]) -> &'static str {
    if items.len() == 1 {
        ""
    } else {
        "s"
    }
}
