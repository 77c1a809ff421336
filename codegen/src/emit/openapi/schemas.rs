//! The schemas of the spec's types: objects with their limits and rules, enums, unions and
//! their variants, each as it travels one way ([`Way`]).

use serde_json::Value;

use super::components::{Components, Way};
use super::{prose, to_j};
use crate::ir::{
    self, Constraints, Field, LengthUnit, Scalar, Type, TypeDef, TypeKind, UnionVariant,
};
use crate::json::{one_value, reference, Obj, J};

/// The schema of a named type, as it travels `way`.
pub(super) fn type_schema(ty: &TypeDef, names: &Components, way: Way) -> Obj {
    let mut o = Obj::new();
    o.set_opt("description", prose(&ty.description, ty.gloss.as_deref()));
    if let Some(base) = &ty.refines {
        o.set("x-refines", base.as_str());
    }
    match &ty.kind {
        TypeKind::Struct {
            fields,
            at_least_one_of,
            mutually_exclusive,
            required_when,
            forbidden_when,
        } => {
            object(&mut o, fields, names, way);
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
                    .map(|v| J::from(reference(names.variant(&ty.name, &v.name, way))))
                    .collect::<Vec<_>>(),
            );
            let mut mapping = Obj::new();
            for v in variants {
                mapping.set(
                    &v.tag,
                    format!(
                        "#/components/schemas/{}",
                        names.variant(&ty.name, &v.name, way)
                    ),
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

/// The component of one variant of a union (`tag`, `content`), as it travels `way`.
pub(super) fn union_variant(
    tag: &str,
    content: &str,
    v: &UnionVariant,
    names: &Components,
    way: Way,
) -> Obj {
    let (value, ty, description) = (v.tag.as_str(), names.ty(&v.ty, way), &v.description);
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

/// `type: object` with the fields as properties, as it travels `way`: sent, a `required:
/// request` field is in `required`; received, it is not.
pub(super) fn object(o: &mut Obj, fields: &[Field], names: &Components, way: Way) {
    o.set("type", "object");
    let required: Vec<J> = fields
        .iter()
        .filter(|f| f.required || (way == Way::Sent && f.required_in_request))
        .map(|f| J::from(f.name.wire.as_str()))
        .collect();
    o.set_nonempty("required", required);
    let mut properties = Obj::new();
    for field in fields {
        properties.set(&field.name.wire, field_schema(field, names, way));
    }
    o.set("properties", properties);
}

/// A field's schema, its references naming the forms of `way`.
pub(super) fn field_schema(field: &Field, names: &Components, way: Way) -> Obj {
    let mut o = type_ref(&field.ty, &field.constraints, names, way);
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
    if field.required_in_request {
        o.set("x-required-in-request", Value::Bool(true));
    }
    o.set_opt("x-source", field.from.as_ref().map(to_j));
    o
}

/// The schema of a value of type `ty` with the limits `c`.
fn type_ref(ty: &Type, c: &Constraints, names: &Components, way: Way) -> Obj {
    let type_ref = |ty: &Type, c: &Constraints| type_ref(ty, c, names, way);
    match ty {
        Type::Named { name } => {
            let mut o = reference(names.ty(name, way));
            if !c.values.is_empty() {
                let values: Vec<J> = c.values.iter().map(|v| J::from(v.value.clone())).collect();
                if way == Way::Sent {
                    // Part of the enum: a request's other values are refused.
                    o.set("enum", values);
                    o.set_opt("x-error-code", c.code.clone());
                } else {
                    // The values the document lists; an answer with another still decodes.
                    o.set("x-values", values);
                }
            }
            o
        }
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

pub(super) fn scalar(o: &mut Obj, s: Scalar) {
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
