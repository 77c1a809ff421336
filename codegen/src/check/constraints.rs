//! Constraints: the limits of one field (numbers, string lengths, lists), and the rules across
//! the fields of an object (groups, and fields required or forbidden on a condition).

use std::collections::HashSet;

use serde_json::Number;

use super::values::scalar_value_fits;
use super::{Loc, ServiceChecker};
use crate::diag::Diagnostic;
use crate::ir::{self, path, Scalar, Type};
use crate::naming;
use crate::spec;

impl<'a> ServiceChecker<'a> {
    pub(super) fn constraints(
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
            ("truncated_after", c.truncated_after.is_some()),
        ];
        let mut items = None;
        for (key, present) in list_keys {
            if present && !is_list {
                misfit(key, "lists", &mut self.diags);
            }
        }
        if let Type::List { item } = ty {
            let item: &Type = match &**item {
                Type::Nullable { item } => item,
                other => other,
            };
            if let (Some(_), Some(_)) = (c.truncated_after, c.max_items) {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.truncated_after"),
                        "a list cannot both refuse extra items (`max_items`) and ignore them (`truncated_after`)",
                    )
                    .with_help("keep the one the document describes"),
                );
            }
            if c.truncated_after == Some(0) {
                self.diags.push(loc.diag(
                    &format!("{path}.truncated_after"),
                    "`truncated_after: 0` would ignore every item",
                ));
            }
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
                *item,
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

        let values = c
            .values
            .as_ref()
            .map(|listed| self.enum_values(loc, path, listed, ty))
            .unwrap_or_default();

        let refuses = !values.is_empty()
            || c.minimum.is_some()
            || c.maximum.is_some()
            || lengths
            || c.min_items.is_some()
            || c.max_items.is_some()
            || c.unique_items;
        if c.code.is_some() && !refuses {
            self.diags.push(
                loc.diag(
                    &format!("{path}.code"),
                    "`code` names the error for breaking a limit, and this block sets none",
                )
                .with_help(
                    "give the limit beside the code (`max_items: 300, code: …`); the limits of `items` take their own `code`",
                ),
            );
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
            truncated_after: c.truncated_after,
            values,
            code: c.code.clone(),
        }
    }

    /// The values of an enum a field takes (`values`, at `path.values`): each one of the enum's,
    /// once, and not all of a closed enum's.
    fn enum_values(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        listed: &[serde_json::Value],
        ty: &Type,
    ) -> Vec<ir::EnumValue> {
        let at = format!("{path}.values");
        let Some((name, known, open)) = self.enum_of(ty) else {
            if self.enum_repr_of(ty).is_none() {
                self.diags.push(loc.diag(
                    &at,
                    format!("`values` applies to enums, not to `{}`", ty.spec_name()),
                ));
            }
            // A list of enums takes its values under `items`; a repaired enum was reported.
            else if !matches!(ty, Type::Named { .. }) {
                self.diags.push(
                    loc.diag(
                        &at,
                        format!("`values` applies to enums, not to `{}`", ty.spec_name()),
                    )
                    .with_help("limit each item's values under `items`"),
                );
            }
            return Vec::new();
        };
        let (name, known) = (name.to_owned(), known.to_vec());
        let before = self.diags.len();
        if listed.is_empty() {
            self.diags.push(
                loc.diag(&at, "`values: []` leaves the field no value")
                    .with_help(format!(
                        "list the values of `{name}` the document allows here"
                    )),
            );
        }
        let mut out: Vec<ir::EnumValue> = Vec::new();
        for (i, v) in listed.iter().enumerate() {
            let p = format!("{at}[{i}]");
            match known.iter().find(|e| e.value == *v) {
                None => {
                    let all: Vec<String> = known.iter().map(|e| e.value.to_string()).collect();
                    self.diags.push(
                        loc.diag(&p, format!("{v} is not a value of `{name}`"))
                            .with_help(format!("its values: {}", all.join(", "))),
                    );
                }
                Some(e) if out.contains(e) => {
                    self.diags
                        .push(loc.diag(&p, format!("{v} is listed twice")));
                }
                Some(e) => out.push(e.clone()),
            }
        }
        if self.diags.len() == before && !open && out.len() == known.len() {
            self.diags.push(
                loc.diag(&at, format!("lists every value of `{name}`"))
                    .with_help("leave `values` out: the field takes the whole enum"),
            );
        }
        if self.diags.len() > before {
            return Vec::new();
        }
        out
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

    pub(super) fn shape_constraints(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        c: &spec::ShapeConstraints,
        fields: Option<&[ir::Field]>,
    ) -> ShapeRules {
        let Some(fields) = fields else {
            return ShapeRules::default();
        };
        for (key, groups, help) in [
            (
                "at_least_one_of",
                &c.at_least_one_of,
                "a single field that must be present is `required: true`",
            ),
            (
                "mutually_exclusive",
                &c.mutually_exclusive,
                "a group names the fields of which at most one may be sent",
            ),
        ] {
            for (g, group) in groups.iter().enumerate() {
                let mut gpath = format!("{path}.{key}[{g}]");
                let group = group.fields();
                if group.len() < 2 {
                    self.diags.push(
                        loc.diag(&gpath, format!("an `{key}` group needs two or more fields"))
                            .with_help(help),
                    );
                }
                if matches!(groups[g], spec::FieldGroup::Coded(_)) {
                    gpath.push_str(".fields");
                }
                let mut seen = HashSet::new();
                for (k, name) in group.iter().enumerate() {
                    let kpath = format!("{gpath}[{k}]");
                    if !seen.insert(name) {
                        self.diags
                            .push(loc.diag(&kpath, format!("`{name}` is listed twice")));
                    }
                    if path::is_nested(fields, name) {
                        // Checked once every type is built (`nested_paths`).
                        continue;
                    }
                    if let Some(f) = self.field_in(loc, &kpath, fields, name) {
                        if f.required_when_sent() {
                            self.diags.push(
                                loc.diag(
                                    &kpath,
                                    format!(
                                        "`{name}` is {}, so the group is decided already",
                                        required_words(f)
                                    ),
                                )
                                .with_help("groups list optional fields"),
                            );
                        }
                    }
                }
            }
        }
        for (key, rules) in [
            ("required_when", &c.required_when),
            ("forbidden_when", &c.forbidden_when),
        ] {
            for (i, r) in rules.iter().enumerate() {
                self.conditional(loc, &format!("{path}.{key}[{i}]"), r, fields);
            }
        }
        let groups = |groups: &[spec::FieldGroup]| {
            groups
                .iter()
                .map(|g| ir::Group {
                    fields: g.fields().to_vec(),
                    code: g.code().cloned(),
                })
                .collect()
        };
        ShapeRules {
            at_least_one_of: groups(&c.at_least_one_of),
            mutually_exclusive: groups(&c.mutually_exclusive),
            required_when: c.required_when.clone(),
            forbidden_when: c.forbidden_when.clone(),
        }
    }

    /// A field required or forbidden on a condition: an optional field, and a condition on
    /// another one.
    fn conditional(
        &mut self,
        loc: Loc<'a>,
        rpath: &str,
        r: &spec::RequiredWhen,
        fields: &[ir::Field],
    ) {
        if path::is_nested(fields, &r.field) {
            // Checked once every type is built (`nested_paths`).
        } else if let Some(f) = self.field_in(loc, &format!("{rpath}.field"), fields, &r.field) {
            if f.required_when_sent() {
                self.diags.push(loc.diag(
                    &format!("{rpath}.field"),
                    format!(
                        "`{}` is {} always, whatever the condition",
                        r.field,
                        required_words(f)
                    ),
                ));
            }
        }
        if r.when.field == r.field {
            self.diags.push(loc.diag(
                &format!("{rpath}.when.field"),
                "a field's presence cannot depend on a condition on itself",
            ));
        }
        self.condition(loc, &format!("{rpath}.when"), &r.when, fields);
    }

    /// The field of `fields` with wire name `name`, or a diagnostic with a suggestion.
    pub(super) fn field_in<'f>(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        fields: &'f [ir::Field],
        name: &str,
    ) -> Option<&'f ir::Field> {
        let found = fields.iter().find(|f| f.name.wire == name);
        if found.is_none() {
            let mut d = loc.diag(path, format!("no field `{name}` in this shape"));
            if let Some(near) = naming::suggest(name, fields.iter().map(|f| f.name.wire.as_str())) {
                d = d.with_help(format!("did you mean `{near}`?"));
            }
            self.diags.push(d);
        }
        found
    }

    /// A condition on a field of `fields`: the field exists and `equals` fits its type.
    pub(super) fn condition(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        c: &spec::Condition,
        fields: &[ir::Field],
    ) {
        if path::is_nested(fields, &c.field) {
            // Checked once every type is built (`nested_paths`).
            return;
        }
        if let Some(f) = self.field_in(loc, &format!("{path}.field"), fields, &c.field) {
            self.condition_value(loc, path, c, f);
        }
    }

    /// The value of a condition on field `f`: `equals` fits its type.
    pub(super) fn condition_value(
        &mut self,
        loc: Loc<'a>,
        path: &str,
        c: &spec::Condition,
        f: &ir::Field,
    ) {
        let Some(value) = &c.equals else {
            return;
        };
        if !self.is_scalar_like(&f.ty) {
            self.diags.push(loc.diag(
                &format!("{path}.equals"),
                format!(
                    "conditions compare scalars and enums, not `{}`",
                    f.ty.spec_name()
                ),
            ));
            return;
        }
        let repr = match &f.ty {
            Type::Scalar { scalar } => Some(*scalar),
            other => self.enum_repr_of(other),
        };
        if let Some(repr) = repr {
            if !scalar_value_fits(value, repr) {
                self.diags.push(loc.diag(
                    &format!("{path}.equals"),
                    format!("{value} is not a {}", repr.spec_name()),
                ));
            }
        }
    }
}

/// The constraints of an object that involve several fields.
#[derive(Default)]
pub(super) struct ShapeRules {
    at_least_one_of: Vec<ir::Group>,
    mutually_exclusive: Vec<ir::Group>,
    required_when: Vec<spec::RequiredWhen>,
    forbidden_when: Vec<spec::RequiredWhen>,
}

impl ShapeRules {
    pub(super) fn into_kind(self, fields: Vec<ir::Field>) -> ir::TypeKind {
        ir::TypeKind::Struct {
            fields,
            at_least_one_of: self.at_least_one_of,
            mutually_exclusive: self.mutually_exclusive,
            required_when: self.required_when,
            forbidden_when: self.forbidden_when,
        }
    }
}

fn as_f64(n: &Number) -> f64 {
    n.as_f64().unwrap_or(f64::NAN)
}

/// How a field required in requests is: `required`, or with `required: request`, `required in
/// requests` (the rules across fields are checked on requests only).
fn required_words(f: &ir::Field) -> &'static str {
    if f.required {
        "required"
    } else {
        "required in requests (`required: request`)"
    }
}
