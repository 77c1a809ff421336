//! Types: field lists, the named types (objects, enums and unions) and an operation's request
//! and response shapes.

use std::collections::HashMap;

use serde_json::Value;

use super::directions::OneWay;
use super::names::not_pascal;
use super::values::{integer_fits, scalar_value_fits};
use super::{Loc, ServiceChecker, STAND_IN};
use crate::ir::{self, Scalar};
use crate::naming;
use crate::spec;
use crate::spec::path::child;

impl<'a> ServiceChecker<'a> {
    /// Checks a field list; `None` when any field is wrong (the problems are reported).
    pub(super) fn fields(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        fields: &[spec::Field],
    ) -> Option<Vec<ir::Field>> {
        let before = self.diags.len();
        if loc.is_repaired(base) {
            // The list itself was unusable: its stand-in holds no field to check.
            self.diags.push(loc.diag(base, STAND_IN));
            return None;
        }
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
            let Some(name) = self.named_field(loc, &path, f) else {
                continue;
            };
            if let Some(other) = rust_names.insert(name.rust_plain.clone(), &f.name) {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.name"),
                        format!("fields `{other}` and `{}` both become `{}` in Rust", f.name, name.rust),
                    )
                    .with_help("give one of them a `rust_name` (two wire names that differ only in case or separators need one)"),
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
            if f.default.is_some() && !self.is_scalar_like(&ty) {
                self.diags.push(loc.diag(
                    &format!("{path}.default"),
                    format!(
                        "defaults are supported on scalars and enums, not on `{}`",
                        ty.spec_name()
                    ),
                ));
            }
            if f.when_absent.is_some() && f.required.always() {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.when_absent"),
                        "a required field is never absent",
                    )
                    .with_help("`when_absent` says what leaving out an optional field means"),
                );
            }
            if let Some(unit) = f.unit {
                if !self.is_numeric(&ty) {
                    self.diags.push(loc.diag(
                        &format!("{path}.unit"),
                        format!(
                            "`unit: {}` is for numbers, not `{}`",
                            unit.spec_name(),
                            ty.spec_name()
                        ),
                    ));
                }
            }
            let from = f.from.as_ref().and_then(|id| {
                let found = self
                    .sources
                    .iter()
                    .find(|s| s.id.as_deref() == Some(id.as_str()))
                    .cloned();
                if found.is_none() {
                    let ids: Vec<String> = self
                        .sources
                        .iter()
                        .filter_map(|s| s.id.as_ref().map(|i| format!("`{i}`")))
                        .collect();
                    let d = loc.diag(
                        &format!("{path}.from"),
                        format!("no source `{id}` in the operation's `also_from`"),
                    );
                    self.diags.push(if ids.is_empty() {
                        d.with_help("list the document in `also_from` with an `id`")
                    } else {
                        d.with_help(format!("known: {}", ids.join(", ")))
                    });
                }
                found
            });
            if let (Some(default), false) = (&f.default, constraints.values.is_empty()) {
                if !constraints.values.iter().any(|v| v.value == *default) {
                    self.diags.push(loc.diag(
                        &format!("{path}.default"),
                        format!("the default {default} is not one of the field's `values`"),
                    ));
                }
            }
            if let (Some(_), false) = (&f.unknown_as, constraints.values.is_empty()) {
                self.diags.push(
                    loc.diag(
                        &format!("{path}.constraints.values"),
                        "`values` refuses the enum's other values, and `unknown_as` says the server coerces values it does not know",
                    )
                    .with_help("keep the one the document describes"),
                );
            }
            if let Some(value) = &f.unknown_as {
                match self.enum_repr_of(&ty) {
                    Some(repr) if scalar_value_fits(value, repr) => {}
                    Some(repr) => self.diags.push(loc.diag(
                        &format!("{path}.unknown_as"),
                        format!("{value} is not a {}", repr.spec_name()),
                    )),
                    None => self.diags.push(loc.diag(
                        &format!("{path}.unknown_as"),
                        format!("`unknown_as` is for enum fields, not `{}`", ty.spec_name()),
                    )),
                }
            }
            if let Some(repaired) = loc.repair_under(&path) {
                // Checked above for what else is wrong with it; a field with a stand-in (an
                // unusable `required`, say) must not reach the checks that use the fields.
                self.diags.push(loc.diag(repaired, STAND_IN));
                continue;
            }
            out.push(ir::Field {
                name,
                ty,
                doc_type: f.doc_type.clone(),
                required: f.required.always(),
                required_in_request: f.required.in_request_only(),
                default: f.default.clone(),
                when_absent: f.when_absent.clone(),
                unit: f.unit,
                from,
                unknown_as: f.unknown_as.clone(),
                description: f.description.clone(),
                gloss: f.gloss.clone(),
                example: f.example.clone(),
                constraints,
            });
        }
        (self.diags.len() == before).then_some(out)
    }

    /// The types of a `types` list at `base` (`types`), or with `base` empty, the one type of
    /// a type file (whose keys are the file's); `operation` is the operation whose file
    /// defines them, if any. A type with anything wrong is left out (the problems are reported).
    pub(super) fn type_defs(
        &mut self,
        loc: Loc<'a>,
        operation: Option<&str>,
        base: &str,
        types: &[spec::TypeDef],
    ) -> Vec<ir::TypeDef> {
        let mut out = Vec::new();
        for (i, t) in types.iter().enumerate() {
            let path = if base.is_empty() {
                String::new()
            } else {
                format!("{base}[{i}]")
            };
            let kinds = [
                t.fields.is_some(),
                t.enumeration.is_some(),
                t.union.is_some(),
            ];
            let kind_repaired = ["fields", "enum", "union"]
                .iter()
                .map(|k| child(&path, k))
                .find(|k| loc.is_repaired(k));
            let kind = match (kinds.iter().filter(|k| **k).count(), kind_repaired) {
                // A kind that was unusable, and dropped: its problem is reported.
                (0, Some(repaired)) => {
                    self.diags.push(loc.diag(&repaired, STAND_IN));
                    None
                }
                (0, None) => {
                    self.diags.push(loc.diag(
                        if path.is_empty() { "name" } else { &path },
                        format!(
                            "type `{}` needs `fields` (an object), `enum` or `union`",
                            t.name
                        ),
                    ));
                    None
                }
                (1, _) => {
                    if t.constraints.is_some() && t.fields.is_none() {
                        self.diags.push(loc.diag(
                            &child(&path, "constraints"),
                            "only an object has field constraints",
                        ));
                    }
                    if let Some(fields) = &t.fields {
                        let fields = self.fields(loc, &child(&path, "fields"), fields);
                        let groups = t
                            .constraints
                            .as_ref()
                            .map(|c| {
                                self.shape_constraints(
                                    loc,
                                    &child(&path, "constraints"),
                                    c,
                                    fields.as_deref(),
                                )
                            })
                            .unwrap_or_default();
                        fields.map(|fields| groups.into_kind(fields))
                    } else if let Some(e) = &t.enumeration {
                        self.enumeration(loc, &child(&path, "enum"), e)
                    } else {
                        t.union
                            .as_ref()
                            .and_then(|u| self.union(loc, &child(&path, "union"), u))
                    }
                }
                _ => {
                    self.diags.push(loc.diag(
                        if path.is_empty() { "name" } else { &path },
                        format!(
                            "type `{}` has more than one of `fields`, `enum` and `union`",
                            t.name
                        ),
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
                    refines: t.refines.clone(),
                    kind,
                    in_request: false,
                    in_response: false,
                });
            }
        }
        out
    }

    pub(super) fn shape(
        &mut self,
        loc: Loc<'a>,
        base: &str,
        name: &str,
        op: &spec::OperationFile,
        shape: &spec::Shape,
    ) -> Option<ir::TypeDef> {
        if loc.is_repaired(base) {
            self.diags.push(loc.diag(base, STAND_IN));
            return None;
        }
        let way = if base == "request" {
            OneWay::Request
        } else {
            OneWay::Response
        };
        self.one_way_fields(loc, &format!("{base}.fields"), &shape.fields, way);
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
            refines: None,
            kind: groups.into_kind(fields?),
            in_request: false,
            in_response: false,
        })
    }

    fn union(&mut self, loc: Loc<'a>, path: &str, u: &spec::UnionDef) -> Option<ir::TypeKind> {
        let before = self.diags.len();
        if u.tag == u.content {
            self.diags.push(loc.diag(
                &format!("{path}.content"),
                "the tag and the content are one field",
            ));
        }
        for (key, wire) in [("tag", &u.tag), ("content", &u.content)] {
            self.field_name(loc, &format!("{path}.{key}"), wire);
        }
        if u.variants.is_empty() {
            self.diags
                .push(loc.diag(&format!("{path}.variants"), "a union needs variants"));
        }
        let mut tags = HashMap::new();
        let mut names = HashMap::new();
        for (i, v) in u.variants.iter().enumerate() {
            let vpath = format!("{path}.variants[{i}]");
            if let Some(first) = tags.insert(v.tag.as_str(), i) {
                self.diags.push(loc.diag(
                    &format!("{vpath}.tag"),
                    format!("tag `{}` is already used by variants[{first}]", v.tag),
                ));
            }
            self.variant_name(loc, &vpath, &v.name, i, "variants", "tags", &mut names);
            match self.table.get(v.ty.trim()) {
                Some(d) if d.is_struct => {}
                Some(_) => self.diags.push(loc.diag(
                    &format!("{vpath}.type"),
                    format!(
                        "`{}` is not an object type; a variant's content is one",
                        v.ty
                    ),
                )),
                None => {
                    let mut d =
                        loc.diag(&format!("{vpath}.type"), format!("unknown type `{}`", v.ty));
                    if let Some(near) =
                        naming::suggest(&v.ty, self.table.keys().map(String::as_str))
                    {
                        d = d.with_help(format!("did you mean `{near}`?"));
                    }
                    if self.loaded.complete {
                        self.unknown_use(v.ty.trim(), d);
                    }
                }
            }
        }
        (self.diags.len() == before).then(|| ir::TypeKind::Union {
            tag: u.tag.clone(),
            content: u.content.clone(),
            variants: u
                .variants
                .iter()
                .map(|v| ir::UnionVariant {
                    tag: v.tag.clone(),
                    name: v.name.clone(),
                    ty: v.ty.trim().to_owned(),
                    description: v.description.clone(),
                })
                .collect(),
        })
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
            self.variant_name(loc, &vpath, &v.name, i, "values", "values", &mut names);
        }
        if let Some(other) = &e.other {
            let opath = format!("{path}.other.name");
            if !naming::is_pascal_case(&other.name) {
                self.diags
                    .push(not_pascal(loc, &opath, "variant name", &other.name));
            } else if other.name == "Unknown" || names.contains_key(&other.name) {
                self.diags
                    .push(loc.diag(&opath, format!("variant `{}` is already taken", other.name)));
            }
        }
        (self.diags.len() == before).then(|| ir::TypeKind::Enum {
            repr,
            other: e.other.as_ref().map(|o| ir::EnumValue {
                value: Value::Null,
                name: o.name.clone(),
                description: o.description.clone(),
            }),
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
}
