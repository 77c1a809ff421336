//! The error codes constraints carry (`code:` beside a limit, on a coded group, on a
//! `required_when` or `forbidden_when`), checked on the finished IR: each is a code the spec
//! lists, and one every operation whose request reaches the constraint documents (its own
//! errors or the service's), since that operation's server answers it.

use std::collections::HashMap;

use serde_json::Value;

use super::{Loc, ServiceChecker};
use crate::ir::{self, reach, TypeKind};

impl<'a> ServiceChecker<'a> {
    /// Checks every code a constraint of the service carries.
    pub(super) fn constraint_codes(&mut self, service: &ir::Service) {
        let files: HashMap<&str, Loc<'a>> = std::iter::once(Loc::of(&self.loaded.service))
            .chain(self.loaded.operations.iter().map(Loc::of))
            .map(|l| (l.file, l))
            .collect();
        let users = reach::request_users(service);
        for (t, users) in service.types.iter().zip(&users) {
            let Some(&loc) = files.get(t.spec_file.as_str()) else {
                continue;
            };
            for (path, code) in coded(t) {
                let Some(error) = service.error_with_code(code) else {
                    self.diags.push(
                        loc.diag(
                            &path,
                            format!("error code {code} is not listed in `errors`"),
                        )
                        .with_help("list the error in the operation's or the service's `errors`"),
                    );
                    continue;
                };
                let in_service = service.errors.iter().any(|e| e.code == error.code);
                for op in users.iter().map(|&o| &service.operations[o]) {
                    if in_service || op.errors.iter().any(|e| e.code == error.code) {
                        continue;
                    }
                    self.diags.push(
                        loc.diag(
                            &path,
                            format!(
                                "error code {code} is not one of `{}`'s errors, and its request reaches this constraint, so its server would answer it",
                                op.name
                            ),
                        )
                        .with_help(format!(
                            "list the error in `{}`'s `errors`, or in the service's",
                            op.name
                        )),
                    );
                }
            }
        }
    }
}

/// Every code a type's constraints carry, with the spec path of its `code` key.
fn coded(t: &ir::TypeDef) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    let TypeKind::Struct {
        fields,
        at_least_one_of,
        mutually_exclusive,
        required_when,
        forbidden_when,
    } = &t.kind
    else {
        return out;
    };
    let base = &t.spec_path;
    for (i, f) in fields.iter().enumerate() {
        let mut path = format!("{base}.fields[{i}].constraints");
        let mut c = Some(&f.constraints);
        while let Some(limits) = c {
            if let Some(code) = &limits.code {
                out.push((format!("{path}.code"), code));
            }
            path.push_str(".items");
            c = limits.items.as_deref();
        }
    }
    for (key, groups) in [
        ("at_least_one_of", at_least_one_of),
        ("mutually_exclusive", mutually_exclusive),
    ] {
        for (g, group) in groups.iter().enumerate() {
            if let Some(code) = &group.code {
                out.push((format!("{base}.constraints.{key}[{g}].code"), code));
            }
        }
    }
    for (key, rules) in [
        ("required_when", required_when),
        ("forbidden_when", forbidden_when),
    ] {
        for (i, r) in rules.iter().enumerate() {
            if let Some(code) = &r.code {
                out.push((format!("{base}.constraints.{key}[{i}].code"), code));
            }
        }
    }
    out
}
