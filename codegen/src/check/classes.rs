//! Class limits: which calls share a budget (a field sent, equal to one value, or to any of
//! several), under which server state, and what happens to a call over it. The form is checked
//! while the operation is built; the values, once every type is built, against the field the
//! condition ends at (a wire path may read other types).

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::values::scalar_value_fits;
use super::{Loc, ServiceChecker};
use crate::ir::path;
use crate::ir::{self, Type, TypeKind};
use crate::spec;

impl<'a> ServiceChecker<'a> {
    /// The class limits of an operation whose request is `request`: their names and counts,
    /// the form of `when`, `state` and `overflow`.
    pub(super) fn class_limits(
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
            self.class_when(loc, &format!("{path}.when"), &c.when, request);
            if c.state.as_deref().is_some_and(|s| s.trim().is_empty()) {
                self.diags.push(
                    loc.diag(&format!("{path}.state"), "`state` is empty")
                        .with_help("say in the document's words which server state the limit holds in (`the conversation is a live group`), or leave `state` out"),
                );
            }
            if c.overflow == ir::Overflow::Drop && op.pagination.is_some() {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.overflow"),
                        "`drop` discards a call's effect, and a paged read has none to discard",
                    )
                    .with_help(
                        "a read over its budget is refused: use `overflow: refuse` (the default)",
                    ),
                );
            }
        }
        op.class_limits.clone()
    }

    /// The form of a class's `when`; its field, when a field of the request's own.
    fn class_when(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        when: &spec::ClassCondition,
        request: &[ir::Field],
    ) {
        if !path::is_nested(request, &when.field) {
            self.field_in(loc, &format!("{path}.field"), request, &when.field);
        }
        let Some(values) = &when.any_of else {
            return;
        };
        let at = format!("{path}.in");
        if when.equals.is_some() {
            self.diags.push(
                loc.diag(&at, "`when` gives both `equals` and `in`")
                    .with_help("one value is `equals`, several sharing the budget are `in`"),
            );
        }
        match values.as_slice() {
            [] => self.diags.push(
                loc.diag(&at, "`in` lists no value, so no call is in the class")
                    .with_help("list the values whose calls share the budget"),
            ),
            [one] => self.diags.push(
                loc.diag(&at, "`in` lists one value")
                    .with_help(format!("write `equals: {one}`")),
            ),
            _ => {
                let mut seen = HashSet::new();
                for (j, v) in values.iter().enumerate() {
                    if !seen.insert(v.to_string()) {
                        self.diags.push(loc.diag(
                            &format!("{at}[{j}]"),
                            format!("{v} is listed twice in `in`"),
                        ));
                    }
                }
            }
        }
    }

    /// Each class's values against the field its `when` ends at: of the field's type, and
    /// for an enum one of its documented values. A nested path is checked here too.
    pub(super) fn class_values(&mut self, types: &[ir::TypeDef], operations: &[ir::Operation]) {
        let files: HashMap<&str, Loc<'a>> = self
            .loaded
            .operations
            .iter()
            .map(Loc::of)
            .map(|l| (l.file, l))
            .collect();
        let index: HashMap<&str, &ir::TypeDef> =
            types.iter().map(|t| (t.name.as_str(), t)).collect();
        let lookup = |name: &str| index.get(name).copied();
        for op in operations {
            let (Some(&loc), Some(TypeKind::Struct { fields, .. })) = (
                files.get(op.spec_file.as_str()),
                lookup(&op.request).map(|t| &t.kind),
            ) else {
                continue;
            };
            for (i, c) in op.class_limits.iter().enumerate() {
                let path = format!("class_limits[{i}].when");
                let found = if path::is_nested(fields, &c.when.field) {
                    self.nested(
                        loc,
                        &format!("{path}.field"),
                        &lookup,
                        fields,
                        &c.when.field,
                    )
                } else {
                    path::walk(lookup, fields, &c.when.field).ok()
                };
                let Some(field) = found.as_ref().and_then(|f| f.last()) else {
                    continue;
                };
                let values: Vec<(String, &Value)> = match (&c.when.equals, &c.when.any_of) {
                    (_, Some(values)) => values
                        .iter()
                        .enumerate()
                        .map(|(j, v)| (format!("{path}.in[{j}]"), v))
                        .collect(),
                    (Some(v), None) => vec![(format!("{path}.equals"), v)],
                    (None, None) => Vec::new(),
                };
                for (at, value) in values {
                    if !self.class_value(loc, &at, value, &field.ty, &lookup) {
                        break;
                    }
                }
            }
        }
    }

    /// Whether `value` is one `ty` has; a diagnostic when not. `false` when the type cannot be
    /// compared at all (said once for the class).
    fn class_value<'t>(
        &mut self,
        loc: Loc<'a>,
        at: &str,
        value: &Value,
        ty: &Type,
        lookup: &impl Fn(&str) -> Option<&'t ir::TypeDef>,
    ) -> bool {
        let (repr, documented) = match ty {
            Type::Scalar { scalar } => (*scalar, None),
            Type::Named { name } => match lookup(name).map(|t| &t.kind) {
                Some(TypeKind::Enum {
                    repr,
                    values,
                    other,
                }) => (*repr, other.is_none().then_some((name, values))),
                _ => return self.not_comparable(loc, at, ty),
            },
            _ => return self.not_comparable(loc, at, ty),
        };
        let mut d = if !scalar_value_fits(value, repr) {
            loc.diag(at, format!("{value} is not a {}", repr.spec_name()))
        } else {
            match documented {
                Some((name, values)) if !values.iter().any(|v| &v.value == value) => {
                    let known: Vec<String> = values.iter().map(|v| v.value.to_string()).collect();
                    loc.diag(
                        at,
                        format!(
                            "{value} is not a value of `{name}` (its values: {})",
                            known.join(", ")
                        ),
                    )
                }
                _ => return true,
            }
        };
        let named = documented
            .and_then(|(_, values)| values.iter().find(|v| value.as_str() == Some(&v.name)));
        if let Some(v) = named {
            d = d.with_help(format!(
                "`{}` is the name of the value {}: a condition compares wire values",
                v.name, v.value
            ));
        }
        self.diags.push(d);
        true
    }

    fn not_comparable(&mut self, loc: Loc<'a>, at: &str, ty: &Type) -> bool {
        self.diags.push(loc.diag(
            at,
            format!(
                "conditions compare scalars and enums, not `{}`",
                ty.spec_name()
            ),
        ));
        false
    }
}
