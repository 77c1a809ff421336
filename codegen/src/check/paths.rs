//! Wire paths in the rules across an object's fields (`ConversationCoreInfo.ConversationType`),
//! checked once every type is built, since a path reads the fields of other types: each
//! segment names a field of the object reached so far, every segment but the last an object,
//! and the rule's own checks hold for the field the path ends at. A rule on a name without a
//! `.` (or on the exact wire name of one of the object's fields) was checked where the object
//! was built (`constraints`).

use std::collections::HashMap;

use super::{Loc, ServiceChecker};
use crate::ir::path::{self, PathError};
use crate::ir::{self, TypeKind};
use crate::naming;
use crate::spec;

impl<'a> ServiceChecker<'a> {
    /// Checks every wire path of the built types' rules and of the operations' paging conditions
    /// (class limits' are `class_values`').
    /// Types or operations that did not build are skipped: their problems are reported.
    pub(super) fn nested_paths(&mut self, types: &[ir::TypeDef], operations: &[ir::Operation]) {
        let files: HashMap<&str, Loc<'a>> = std::iter::once(Loc::of(&self.loaded.service))
            .chain(self.loaded.operations.iter().map(Loc::of))
            .map(|l| (l.file, l))
            .collect();
        let index: HashMap<&str, &ir::TypeDef> =
            types.iter().map(|t| (t.name.as_str(), t)).collect();
        let lookup = |name: &str| index.get(name).copied();
        for t in types {
            let TypeKind::Struct {
                fields,
                at_least_one_of,
                mutually_exclusive,
                required_when,
                forbidden_when,
            } = &t.kind
            else {
                continue;
            };
            let Some(&loc) = files.get(t.spec_file.as_str()) else {
                continue;
            };
            let base = format!("{}.constraints", t.spec_path);
            for (key, groups) in [
                ("at_least_one_of", at_least_one_of),
                ("mutually_exclusive", mutually_exclusive),
            ] {
                for (g, group) in groups.iter().enumerate() {
                    // A group with a code is written as a mapping, its fields under `fields`.
                    let gpath = match group.code {
                        Some(_) => format!("{base}.{key}[{g}].fields"),
                        None => format!("{base}.{key}[{g}]"),
                    };
                    for (k, name) in group.fields.iter().enumerate() {
                        let kpath = format!("{gpath}[{k}]");
                        let Some(found) = self.nested(loc, &kpath, &lookup, fields, name) else {
                            continue;
                        };
                        if path::always_present(&found) {
                            self.diags.push(
                                loc.diag(
                                    &kpath,
                                    format!(
                                        "`{name}` is always present (every field on its path is required), so the group is decided already"
                                    ),
                                )
                                .with_help("groups list optional fields"),
                            );
                        }
                    }
                }
            }
            for (key, rules) in [
                ("required_when", required_when),
                ("forbidden_when", forbidden_when),
            ] {
                for (i, r) in rules.iter().enumerate() {
                    let rpath = format!("{base}.{key}[{i}]");
                    let fpath = format!("{rpath}.field");
                    if let Some(found) = self.nested(loc, &fpath, &lookup, fields, &r.field) {
                        if path::always_present(&found) {
                            self.diags.push(loc.diag(
                                &fpath,
                                format!(
                                    "`{}` is always present (every field on its path is required), whatever the condition",
                                    r.field
                                ),
                            ));
                        }
                    }
                    self.nested_condition(loc, &format!("{rpath}.when"), &lookup, fields, &r.when);
                }
            }
        }
        for op in operations {
            let (Some(&loc), Some(TypeKind::Struct { fields, .. })) = (
                files.get(op.spec_file.as_str()),
                lookup(&op.request).map(|t| &t.kind),
            ) else {
                continue;
            };
            // Only a list of styles has conditions, so the paths index it.
            for (i, p) in op.pagination.iter().enumerate() {
                let Some(when) = &p.when else {
                    continue;
                };
                let path = format!("pagination[{i}].when");
                let at = format!("{path}.field");
                let Some(found) = self.nested(loc, &at, &lookup, fields, &when.field) else {
                    continue;
                };
                if when.equals.is_none() && path::always_present(&found) {
                    self.diags.push(loc.diag(
                        &at,
                        format!(
                            "`{}` is always present (every field on its path is required), so the condition always holds: the styles after this one would never be used",
                            when.field
                        ),
                    ));
                }
                if let Some(last) = found.last() {
                    self.condition_value(loc, &path, when, last);
                }
            }
        }
    }

    /// A condition whose field is a nested path: the path, and `equals` against the field it
    /// ends at.
    fn nested_condition<'t>(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        lookup: &impl Fn(&str) -> Option<&'t ir::TypeDef>,
        fields: &'t [ir::Field],
        c: &spec::Condition,
    ) {
        if let Some(found) = self.nested(loc, &format!("{path}.field"), lookup, fields, &c.field) {
            if let Some(last) = found.last() {
                self.condition_value(loc, path, c, last);
            }
        }
    }

    /// The fields a nested path names, or a diagnostic saying where it broke; `None` for a
    /// name that is not a nested path (checked already) or a path into a type that did not
    /// build.
    pub(super) fn nested<'t>(
        &mut self,
        loc: Loc<'a>,
        at: &str,
        lookup: &impl Fn(&str) -> Option<&'t ir::TypeDef>,
        fields: &'t [ir::Field],
        name: &str,
    ) -> Option<Vec<&'t ir::Field>> {
        if !path::is_nested(fields, name) {
            return None;
        }
        let segments = path::segments(fields, name);
        let upto = |i: usize| segments[..=i].join(".");
        match path::walk(lookup, fields, name) {
            Ok(found) => Some(found),
            Err(PathError::Unknown { .. }) => None,
            Err(PathError::TooLong { segments }) => {
                self.diags.push(loc.diag(
                    at,
                    format!(
                        "the path `{}…` has {segments} segments; a wire path has at most {}",
                        segments_shown(name),
                        path::MAX_SEGMENTS
                    ),
                ));
                None
            }
            Err(PathError::NoField {
                at: i,
                object,
                known,
            }) => {
                let segment = segments[i];
                let message = match &object {
                    None => format!("no field `{segment}` in this shape (the path `{name}` starts there)"),
                    Some(ty) => format!(
                        "no field `{segment}` in `{ty}`, the type of `{}`: the path `{name}` breaks there",
                        upto(i - 1)
                    ),
                };
                let mut d = loc.diag(at, message);
                if let Some(near) = naming::suggest(segment, known.iter().map(String::as_str)) {
                    d = d.with_help(format!("did you mean `{near}`?"));
                }
                self.diags.push(d);
                None
            }
            Err(PathError::NotAnObject { at: i, ty }) => {
                self.diags.push(
                    loc.diag(
                        at,
                        format!(
                            "`{}` is a `{ty}`, not an object, so the path `{name}` cannot go on past it",
                            upto(i)
                        ),
                    )
                    .with_help("a path goes through object fields only, not lists, maps, enums or unions"),
                );
                None
            }
        }
    }
}

/// The start of a long path, for a message.
fn segments_shown(name: &str) -> String {
    name.split('.').take(3).collect::<Vec<_>>().join(".")
}
