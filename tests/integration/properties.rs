//! A property test driven by the spec itself: for every operation, valid request bodies are
//! generated from the IR's types and constraints and must validate; then one constraint site is
//! picked at random and broken, and exactly that violation must be reported, at its wire path.
//! The operations come from the IR and their validators from the generated crate's registry, so
//! a new operation needs no edit here.

use std::cell::RefCell;
use std::collections::BTreeMap;

use codegen::ir::{self, Constraints, Scalar, Type, TypeKind};
use imapi_tests::repo_root;
use imapi_tests::strategies::{integer_value, strategy};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::Value;

/// A place where one constraint can be broken.
#[derive(Debug, Clone)]
struct Site {
    /// Steps to the value inside the JSON body.
    steps: Vec<Step>,
    /// The wire path the validator reports.
    path: String,
    /// The rule name it reports.
    rule: &'static str,
    /// How to break it.
    breakage: Breakage,
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

#[derive(Debug, Clone)]
enum Breakage {
    Replace(Value),
    GrowTo(usize),
    TruncateTo(usize),
    Remove(Vec<String>),
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Collects every breakable constraint site in a valid value.
fn sites(
    service: &ir::Service,
    value: &Value,
    ty: &Type,
    c: &Constraints,
    steps: &[Step],
    path: &str,
    out: &mut Vec<Site>,
) {
    let mut site = |rule, breakage| {
        out.push(Site {
            steps: steps.to_vec(),
            path: path.to_owned(),
            rule,
            breakage,
        })
    };
    match ty {
        Type::Scalar { scalar } if scalar.is_integer() => {
            let (type_lo, type_hi) = scalar.integer_range().expect("an integer type");
            let also: Vec<i128> = c
                .also_allowed
                .iter()
                .filter_map(|n| n.as_i64().map(i128::from))
                .collect();
            if let Some(min) = c.minimum.as_ref().and_then(|n| n.as_i64()).map(i128::from) {
                let mut below = min - 1;
                while also.contains(&below) {
                    below -= 1;
                }
                if below >= type_lo {
                    site("minimum", Breakage::Replace(integer_value(below)));
                }
            }
            if let Some(max) = c.maximum.as_ref().and_then(|n| n.as_i64()).map(i128::from) {
                let mut above = max + 1;
                while also.contains(&above) {
                    above += 1;
                }
                if above <= type_hi {
                    site("maximum", Breakage::Replace(integer_value(above)));
                }
            }
        }
        Type::Scalar {
            scalar: Scalar::String,
        } => {
            if let Some(max) = c.max_length {
                site(
                    "max_length",
                    Breakage::Replace(Value::from("x".repeat(max as usize + 1))),
                );
            }
            if let Some(min) = c.min_length.filter(|m| *m > 0) {
                site(
                    "min_length",
                    Breakage::Replace(Value::from("x".repeat(min as usize - 1))),
                );
            }
        }
        Type::Scalar { .. } => {}
        Type::List { item } => {
            let items = value.as_array().expect("a list");
            if let Some(max) = c.max_items.filter(|_| !items.is_empty() && !c.unique_items) {
                site("max_items", Breakage::GrowTo(max as usize + 1));
            }
            if let Some(min) = c.min_items.filter(|m| *m > 0) {
                site("min_items", Breakage::TruncateTo(min as usize - 1));
            }
            let item_constraints = c.items.as_deref().cloned().unwrap_or_default();
            for (i, v) in items.iter().enumerate() {
                let mut s = steps.to_vec();
                s.push(Step::Index(i));
                sites(
                    service,
                    v,
                    item,
                    &item_constraints,
                    &s,
                    &format!("{path}[{i}]"),
                    out,
                );
            }
        }
        Type::Map { .. } => {}
        Type::Nullable { item } => {
            if !value.is_null() {
                sites(service, value, item, c, steps, path, out);
            }
        }
        Type::Named { name } => match &service.type_named(name).expect("a known type").kind {
            // Every value of the wire type is valid.
            // Part of the enum: one of its other values (or an unknown one) is refused.
            TypeKind::Enum { repr, values, .. } if !c.values.is_empty() => {
                let outside = values.iter().find(|v| !c.values.contains(v)).map_or_else(
                    || match repr {
                        Scalar::String => Value::from("__not_in_the_spec__"),
                        _ => Value::from(i64::from(i32::MAX)),
                    },
                    |v| v.value.clone(),
                );
                site("enum", Breakage::Replace(outside));
            }
            TypeKind::Enum { other: Some(_), .. } => {}
            TypeKind::Enum { repr, values, .. } => {
                let unknown = match repr {
                    Scalar::String => Value::from("__not_in_the_spec__"),
                    _ => {
                        let top = values
                            .iter()
                            .filter_map(|v| v.value.as_i64())
                            .max()
                            .unwrap_or(0);
                        Value::from(top + 100)
                    }
                };
                site("enum", Breakage::Replace(unknown));
            }
            TypeKind::Union {
                tag,
                content,
                variants,
            } => {
                let object = value.as_object().expect("an object");
                let mut s = steps.to_vec();
                s.push(Step::Key(tag.clone()));
                out.push(Site {
                    steps: s,
                    path: join(path, tag),
                    rule: "enum",
                    breakage: Breakage::Replace(Value::from("__not_in_the_spec__")),
                });
                let sent = object.get(tag).and_then(Value::as_str);
                if let Some(v) = variants.iter().find(|v| Some(v.tag.as_str()) == sent) {
                    let mut s = steps.to_vec();
                    s.push(Step::Key(content.clone()));
                    sites(
                        service,
                        &object[content],
                        &Type::Named { name: v.ty.clone() },
                        &Constraints::default(),
                        &s,
                        &join(path, content),
                        out,
                    );
                }
            }
            TypeKind::Struct {
                fields,
                at_least_one_of,
                ..
            } => {
                let object = value.as_object().expect("an object");
                // Broken by leaving out the group's fields; a group naming a nested field (whose
                // parent may be required) is left to the validators' own tests.
                for group in at_least_one_of {
                    if group.fields.iter().all(|f| !ir::path::is_nested(fields, f)) {
                        site("at_least_one_of", Breakage::Remove(group.fields.clone()));
                    }
                }
                // A field a request must carry though answers may leave it out: broken by
                // leaving it out, reported at its own path.
                for f in fields.iter().filter(|f| f.required_in_request) {
                    out.push(Site {
                        steps: steps.to_vec(),
                        path: join(path, &f.name.wire),
                        rule: "required",
                        breakage: Breakage::Remove(vec![f.name.wire.clone()]),
                    });
                }
                // A value the server coerces is never a violation.
                for f in fields.iter().filter(|f| f.unknown_as.is_none()) {
                    if let Some(v) = object.get(&f.name.wire) {
                        let mut s = steps.to_vec();
                        s.push(Step::Key(f.name.wire.clone()));
                        sites(
                            service,
                            v,
                            &f.ty,
                            &f.constraints,
                            &s,
                            &join(path, &f.name.wire),
                            out,
                        );
                    }
                }
            }
        },
    }
}

fn apply(body: &mut Value, site: &Site) {
    let mut target = body;
    for step in &site.steps {
        target = match step {
            Step::Key(k) => target.get_mut(k).expect("the key exists"),
            Step::Index(i) => target.get_mut(*i).expect("the index exists"),
        };
    }
    match &site.breakage {
        Breakage::Replace(v) => *target = v.clone(),
        Breakage::GrowTo(n) => {
            let items = target.as_array_mut().expect("a list");
            let first = items[0].clone();
            items.resize(*n, first);
        }
        Breakage::TruncateTo(n) => target.as_array_mut().expect("a list").truncate(*n),
        Breakage::Remove(keys) => {
            let object = target.as_object_mut().expect("an object");
            for k in keys {
                object.remove(k);
            }
        }
    }
}

#[test]
fn generated_requests_validate_and_one_broken_constraint_is_reported_exactly() {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    // Which kinds of constraint were broken over all cases, to prove each kind is exercised.
    let broken_by_rule: RefCell<BTreeMap<&'static str, usize>> = RefCell::new(BTreeMap::new());
    for service in &ir.services {
        for op in &service.operations {
            let request = Type::Named {
                name: op.request.clone(),
            };
            let valid = strategy(service, &request, &Constraints::default());
            let entry = imapi_tests::registry::find(&service.name, &op.name);
            let mut runner = TestRunner::new(Config {
                cases: 96,
                failure_persistence: None,
                ..Config::default()
            });
            let result = runner.run(&(valid, any::<Index>()), |(body, pick)| {
                let found = (entry.violations)(&body).map_err(TestCaseError::fail)?;
                prop_assert_eq!(found, vec![], "a generated valid body: {}", body);

                let mut all = Vec::new();
                sites(
                    service,
                    &body,
                    &request,
                    &Constraints::default(),
                    &[],
                    "",
                    &mut all,
                );
                if all.is_empty() {
                    return Ok(());
                }
                let site = &all[pick.index(all.len())];
                *broken_by_rule.borrow_mut().entry(site.rule).or_default() += 1;
                let mut broken = body.clone();
                apply(&mut broken, site);
                let found = (entry.violations)(&broken).map_err(TestCaseError::fail)?;
                prop_assert_eq!(
                    found,
                    vec![(site.path.clone(), site.rule.to_owned())],
                    "broke {:?} in {}",
                    site,
                    body
                );
                Ok(())
            });
            if let Err(e) = result {
                panic!("{}/{}: {e}", service.name, op.name);
            }
        }
    }
    let broken = broken_by_rule.into_inner();
    for rule in [
        "max_items",
        "at_least_one_of",
        "enum",
        "minimum",
        "required",
    ] {
        assert!(
            broken.contains_key(rule),
            "no {rule} constraint was broken: {broken:?}"
        );
    }
}
