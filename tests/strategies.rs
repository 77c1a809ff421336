//! proptest strategies built from the IR: for any type of the spec, values that satisfy every
//! constraint the spec states. Used to check validators, and to send random valid requests and
//! responses through a client and a server.

use codegen::ir::{self, Constraints, Scalar, Type, TypeKind};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::{Map, Value};

/// Lists generated per list field, at most; a `max_items` site is broken by growing the list.
const MAX_GENERATED_ITEMS: u64 = 6;

fn scalar_strategy(scalar: Scalar, c: &Constraints) -> BoxedStrategy<Value> {
    match scalar {
        Scalar::Bool => any::<bool>().prop_map(Value::from).boxed(),
        Scalar::String => {
            let min = c.min_length.unwrap_or(0);
            let max = c.max_length.unwrap_or(min + 12).max(min);
            proptest::collection::vec(prop::char::range('a', 'z'), min as usize..=max as usize)
                .prop_map(|chars| Value::from(chars.into_iter().collect::<String>()))
                .boxed()
        }
        Scalar::F64 => {
            let lo = c.minimum.as_ref().and_then(|n| n.as_f64()).unwrap_or(-1e6);
            let hi = c.maximum.as_ref().and_then(|n| n.as_f64()).unwrap_or(1e6);
            (lo..=hi).prop_map(Value::from).boxed()
        }
        integer => {
            let (type_lo, type_hi) = integer.integer_range().expect("an integer type");
            let as_i128 =
                |n: &serde_json::Number| n.as_i64().map(i128::from).or(n.as_u64().map(i128::from));
            let lo = c.minimum.as_ref().and_then(as_i128).unwrap_or(type_lo);
            let hi = c.maximum.as_ref().and_then(as_i128).unwrap_or(type_hi);
            let in_range = (lo..=hi).prop_map(integer_value).boxed();
            let extra: Vec<Value> = c
                .also_allowed
                .iter()
                .map(|n| Value::Number(n.clone()))
                .collect();
            if extra.is_empty() {
                in_range
            } else {
                prop_oneof![3 => in_range, 1 => prop::sample::select(extra)].boxed()
            }
        }
    }
}

pub fn integer_value(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::from(i),
        Err(_) => Value::from(u64::try_from(v).expect("in the type's range")),
    }
}

pub fn strategy(service: &ir::Service, ty: &Type, c: &Constraints) -> BoxedStrategy<Value> {
    match ty {
        Type::Scalar { scalar } => scalar_strategy(*scalar, c),
        Type::List { item } => {
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            let min = c.min_items.unwrap_or(0);
            let max = c
                .max_items
                .unwrap_or(MAX_GENERATED_ITEMS)
                .min(MAX_GENERATED_ITEMS)
                .max(min);
            proptest::collection::vec(
                strategy(service, item, &item_constraints),
                min as usize..=max as usize,
            )
            .prop_map(Value::Array)
            .boxed()
        }
        Type::Map { value } => proptest::collection::btree_map(
            "[a-z]{1,6}",
            strategy(service, value, &Constraints::default()),
            0..3,
        )
        .prop_map(|m| Value::Object(m.into_iter().collect()))
        .boxed(),
        Type::Nullable { item } => {
            prop_oneof![1 => Just(Value::Null), 3 => strategy(service, item, c)].boxed()
        }
        Type::Named { name } => match &service.type_named(name).expect("a known type").kind {
            TypeKind::Enum {
                values,
                other,
                repr,
            } => {
                // A field that takes part of the enum (`values`) takes only those.
                let taken = if c.values.is_empty() {
                    values
                } else {
                    &c.values
                };
                let named =
                    prop::sample::select(taken.iter().map(|v| v.value.clone()).collect::<Vec<_>>())
                        .boxed();
                match other {
                    Some(_) if !c.values.is_empty() => named,
                    // Any value of the wire type is valid.
                    Some(_) => prop_oneof![
                        2 => named,
                        1 => scalar_strategy(*repr, &Constraints::default())
                    ]
                    .boxed(),
                    None => named,
                }
            }
            TypeKind::Struct {
                fields,
                at_least_one_of,
                mutually_exclusive,
                required_when,
                forbidden_when,
            } => {
                let path = |name: &str| -> Vec<String> {
                    ir::path::segments(fields, name)
                        .into_iter()
                        .map(str::to_owned)
                        .collect()
                };
                let groups = |groups: &[ir::Group]| -> Vec<Vec<Vec<String>>> {
                    groups
                        .iter()
                        .map(|g| g.fields.iter().map(|f| path(f)).collect())
                        .collect()
                };
                let conditionals = required_when
                    .iter()
                    .map(|r| (r, true))
                    .chain(forbidden_when.iter().map(|r| (r, false)))
                    .map(|(r, present_after)| Conditional {
                        field: path(&r.field),
                        when: path(&r.when.field),
                        equals: r.when.equals.clone(),
                        present_after,
                    })
                    .collect();
                object_strategy(
                    service,
                    fields,
                    Rules {
                        at_least_one_of: groups(at_least_one_of),
                        mutually_exclusive: groups(mutually_exclusive),
                        conditionals,
                    },
                )
            }
            TypeKind::Union {
                tag,
                content,
                variants,
            } => {
                let arms: Vec<BoxedStrategy<Value>> = variants
                    .iter()
                    .map(|v| {
                        let (tag, content, tag_value) =
                            (tag.clone(), content.clone(), v.tag.clone());
                        let ty = Type::Named { name: v.ty.clone() };
                        strategy(service, &ty, &Constraints::default())
                            .prop_map(move |c| {
                                let mut object = Map::new();
                                object.insert(tag.clone(), Value::from(tag_value.clone()));
                                object.insert(content.clone(), c);
                                Value::Object(object)
                            })
                            .boxed()
                    })
                    .collect();
                prop::strategy::Union::new(arms).boxed()
            }
        },
    }
}

/// The constraints of an object that involve several fields, each field named by its wire
/// path (one wire name for a field of the object itself).
struct Rules {
    at_least_one_of: Vec<Vec<Vec<String>>>,
    mutually_exclusive: Vec<Vec<Vec<String>>>,
    conditionals: Vec<Conditional>,
}

/// A field required (`present_after`) or forbidden when a condition holds.
struct Conditional {
    field: Vec<String>,
    when: Vec<String>,
    equals: Option<Value>,
    present_after: bool,
}

/// A field of the object being drawn: its wire name, its value, and whether it is sent.
type Part = (String, Value, bool);

/// The value a wire path leads to, when every object on the way and the field are sent.
fn lookup<'v>(parts: &'v [Part], path: &[String]) -> Option<&'v Value> {
    let (first, rest) = path.split_first()?;
    let (_, value, present) = parts.iter().find(|(n, ..)| n == first)?;
    if !present {
        return None;
    }
    let mut value = value;
    for segment in rest {
        value = value.as_object()?.get(segment)?;
    }
    (!value.is_null()).then_some(value)
}

/// Leaves out the field a wire path names.
fn remove(parts: &mut [Part], path: &[String]) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let Some(part) = parts.iter_mut().find(|(n, ..)| n == first) else {
        return;
    };
    let Some((last, between)) = rest.split_last() else {
        part.2 = false;
        return;
    };
    let mut value = &mut part.1;
    for segment in between {
        match value.get_mut(segment) {
            Some(inner) => value = inner,
            None => return,
        }
    }
    if let Some(object) = value.as_object_mut() {
        object.remove(last);
    }
}

/// Sends the field a wire path names, when it is a field of the object itself (its value is
/// drawn); a nested one is left as drawn.
fn make_present(parts: &mut [Part], path: &[String]) {
    if let [name] = path {
        if let Some(part) = parts.iter_mut().find(|(n, ..)| n == name) {
            part.2 = true;
        }
    }
}

/// Every field gets a value and a presence flag; optional fields are dropped when absent, a
/// group of which none is present gets its first field of the object's own back, a mutually
/// exclusive group keeps only its first present field, and a field whose condition holds is
/// made present (or left out), so the object is always valid.
fn object_strategy(
    service: &ir::Service,
    fields: &[ir::Field],
    rules: Rules,
) -> BoxedStrategy<Value> {
    let parts: Vec<BoxedStrategy<Part>> = fields
        .iter()
        .map(|f| {
            let name = f.name.wire.clone();
            // Present when a request must carry it, so the value is valid both ways.
            let required = f.required_when_sent();
            (strategy(service, &f.ty, &f.constraints), any::<bool>())
                .prop_map(move |(v, present)| (name.clone(), v, required || present))
                .boxed()
        })
        .collect();
    parts
        .prop_map(move |mut parts| {
            for group in &rules.at_least_one_of {
                if !group.iter().any(|p| lookup(&parts, p).is_some()) {
                    if let Some(own) = group.iter().find(|p| p.len() == 1) {
                        make_present(&mut parts, own);
                    }
                }
            }
            for group in &rules.mutually_exclusive {
                let mut kept = false;
                for p in group {
                    if lookup(&parts, p).is_some() && std::mem::replace(&mut kept, true) {
                        remove(&mut parts, p);
                    }
                }
            }
            for rule in &rules.conditionals {
                let holds = lookup(&parts, &rule.when)
                    .is_some_and(|v| rule.equals.as_ref().is_none_or(|e| e == v));
                if holds && rule.present_after {
                    make_present(&mut parts, &rule.field);
                } else if holds {
                    remove(&mut parts, &rule.field);
                }
            }
            Value::Object(
                parts
                    .into_iter()
                    .filter(|(.., present)| *present)
                    .map(|(n, v, _)| (n, v))
                    .collect::<Map<String, Value>>(),
            )
        })
        .boxed()
}

/// One valid value of `ty`, drawn with `runner` (deterministic for a deterministic runner).
pub fn sample(runner: &mut TestRunner, service: &ir::Service, ty: &Type) -> Value {
    strategy(service, ty, &Constraints::default())
        .new_tree(runner)
        .expect("a value tree")
        .current()
}
