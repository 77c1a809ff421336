//! The service as a whole: its endpoints and envelope, its errors and the roles they cover,
//! and where each type is generated (with its operation, or with the shared types).

use std::collections::{HashMap, HashSet};

use super::directions::OneWay;
use super::{Loc, ServiceChecker};
use crate::ir;
use crate::protocol::Protocol;
use crate::spec;
use crate::spec::load::TYPES_DIR;
use crate::spec::path::child;

impl<'a> ServiceChecker<'a> {
    /// Where each type defined in an operation's file is generated: with its operation when
    /// no other operation (nor the envelope) uses it, else with the service's shared types, so
    /// that an operation's module never depends on another's. The request and response of an
    /// operation are its own: no other file may use them (`own_shapes_stay_own`).
    pub(super) fn place_types(&mut self, service: &mut ir::Service) {
        self.own_shapes_stay_own(service);
        let users = crate::ir::reach::users(service);
        let by_envelope = crate::ir::reach::reached_by_envelope(service);
        for (i, ops) in users.iter().enumerate() {
            let t = &service.types[i];
            let Some(owner) = &t.operation else { continue };
            let own_shape =
                t.name == ir::request_type_name(owner) || t.name == ir::response_type_name(owner);
            let shared =
                by_envelope[i] || ops.iter().any(|&o| service.operations[o].name != *owner);
            if shared && !own_shape {
                service.types[i].operation = None;
            }
        }
    }

    /// Each use of an operation's request or response type outside its operation's file is
    /// refused where it is: deleting the operation would take the shape away.
    fn own_shapes_stay_own(&mut self, service: &ir::Service) {
        let owners: HashMap<&str, (&str, &str)> = service
            .operations
            .iter()
            .flat_map(|o| {
                [o.request.as_str(), o.response.as_str()]
                    .map(|shape| (shape, (o.name.as_str(), o.spec_file.as_str())))
            })
            .collect();
        let files: HashMap<&str, Loc<'a>> = std::iter::once(Loc::of(&self.loaded.service))
            .chain(self.loaded.operations.iter().map(Loc::of))
            .chain(self.loaded.types.iter().map(Loc::of))
            .map(|l| (l.file, l))
            .collect();
        // (file, spec path, the type it names) of every use of a named type.
        let mut uses: Vec<(&str, String, &str)> = Vec::new();
        let mut named = Vec::new();
        for (i, f) in service.envelope.fields.iter().enumerate() {
            crate::ir::reach::collect_named(&f.ty, &mut named);
            let path = format!("envelope.fields[{i}].type");
            uses.extend(
                named
                    .drain(..)
                    .map(|n| (service.spec_file.as_str(), path.clone(), n)),
            );
        }
        for t in &service.types {
            let file = t.spec_file.as_str();
            match &t.kind {
                ir::TypeKind::Struct { fields, .. } => {
                    for (i, f) in fields.iter().enumerate() {
                        crate::ir::reach::collect_named(&f.ty, &mut named);
                        let path = child(&t.spec_path, &format!("fields[{i}].type"));
                        uses.extend(named.drain(..).map(|n| (file, path.clone(), n)));
                    }
                }
                ir::TypeKind::Union { variants, .. } => {
                    for (i, v) in variants.iter().enumerate() {
                        let path = child(&t.spec_path, &format!("union.variants[{i}].type"));
                        uses.push((file, path, v.ty.as_str()));
                    }
                }
                ir::TypeKind::Enum { .. } => {}
            }
        }
        for (file, path, name) in uses {
            let Some(&(owner, owner_file)) = owners.get(name) else {
                continue;
            };
            let Some(loc) = files.get(file) else { continue };
            if file == owner_file {
                continue;
            }
            let what = if name == ir::request_type_name(owner) {
                "request"
            } else {
                "response"
            };
            self.diags.push(
                loc.diag(
                    &path,
                    format!("`{name}` is the {what} of `{owner}`; another file may not use it"),
                )
                .with_help(format!(
                    "an operation's request and response are its own: give the fields both need a type of their own, in `{}/{TYPES_DIR}/<snake_name>.yaml`, and use it in both",
                    self.loaded.dir
                )),
            );
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
        self.one_way_fields(loc, "envelope.fields", &e.fields, OneWay::Envelope);
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
                roles: e.role.clone(),
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
            errors.iter().any(|e| e.roles.contains(&role))
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
