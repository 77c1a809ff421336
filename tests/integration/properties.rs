//! A property test driven by the spec itself: for every operation, valid request bodies are
//! generated from the IR's types and constraints and must validate; then one constraint site is
//! picked at random and broken, and exactly that violation must be reported, at its wire path.

use std::cell::RefCell;
use std::collections::BTreeMap;

use codegen::ir::{self, Constraints, Scalar, Type, TypeKind};
use imapi::Validate;
use imapi_tests::repo_root;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Map, Value};

/// Decodes `body` as the generated request of `operation` and returns its violations as
/// (path, rule name). Every operation of the spec must be listed here.
fn violations_of(
    service: &str,
    operation: &str,
    body: &Value,
) -> Option<Result<Vec<(String, String)>, String>> {
    fn run<T: serde::de::DeserializeOwned + Validate>(
        body: &Value,
    ) -> Result<Vec<(String, String)>, String> {
        let typed: T = serde_json::from_value(body.clone()).map_err(|e| e.to_string())?;
        Ok(match typed.validate() {
            Ok(()) => Vec::new(),
            Err(v) => v
                .iter()
                .map(|v| (v.path.clone(), v.rule.name().to_owned()))
                .collect(),
        })
    }
    use imapi::{tencent_chat as tc, volcengine_rtc_im as vc};
    Some(match (service, operation) {
        ("tencent-chat", "ModifyUserInfo") => run::<tc::ModifyUserInfoRequest>(body),
        ("volcengine-rtc-im", "BatchGetConversationParticipant") => {
            run::<vc::BatchGetConversationParticipantRequest>(body)
        }
        ("volcengine-rtc-im", "BatchUpdateLiveParticipants") => {
            run::<vc::BatchUpdateLiveParticipantsRequest>(body)
        }
        ("volcengine-rtc-im", "ModifyConversationSetting") => {
            run::<vc::ModifyConversationSettingRequest>(body)
        }
        ("volcengine-rtc-im", "ModifyMessage") => run::<vc::ModifyMessageRequest>(body),
        _ => return None,
    })
}

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

fn integer_value(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::from(i),
        Err(_) => Value::from(u64::try_from(v).expect("in the type's range")),
    }
}

fn strategy(service: &ir::Service, ty: &Type, c: &Constraints) -> BoxedStrategy<Value> {
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
        Type::Named { name } => match &service.type_named(name).expect("a known type").kind {
            TypeKind::Enum { values, .. } => {
                prop::sample::select(values.iter().map(|v| v.value.clone()).collect::<Vec<_>>())
                    .boxed()
            }
            TypeKind::Struct {
                fields,
                at_least_one_of,
            } => object_strategy(service, fields, at_least_one_of),
        },
    }
}

/// Every field gets a value and a presence flag; optional fields are dropped when absent, and a
/// group of which none is present gets its first field back, so the object is always valid.
fn object_strategy(
    service: &ir::Service,
    fields: &[ir::Field],
    groups: &[Vec<String>],
) -> BoxedStrategy<Value> {
    let parts: Vec<BoxedStrategy<(String, Value, bool)>> = fields
        .iter()
        .map(|f| {
            let name = f.name.wire.clone();
            let required = f.required;
            (strategy(service, &f.ty, &f.constraints), any::<bool>())
                .prop_map(move |(v, present)| (name.clone(), v, required || present))
                .boxed()
        })
        .collect();
    let groups = groups.to_vec();
    parts
        .prop_map(move |mut parts| {
            for group in &groups {
                if !parts
                    .iter()
                    .any(|(n, _, present)| *present && group.contains(n))
                {
                    if let Some(part) = parts.iter_mut().find(|(n, ..)| n == &group[0]) {
                        part.2 = true;
                    }
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
        Type::Named { name } => match &service.type_named(name).expect("a known type").kind {
            TypeKind::Enum { repr, values } => {
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
            TypeKind::Struct {
                fields,
                at_least_one_of,
            } => {
                let object = value.as_object().expect("an object");
                for group in at_least_one_of {
                    site("at_least_one_of", Breakage::Remove(group.clone()));
                }
                for f in fields {
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
            let mut runner = TestRunner::new(Config {
                cases: 96,
                failure_persistence: None,
                ..Config::default()
            });
            let result = runner.run(&(valid, any::<Index>()), |(body, pick)| {
                let found = violations_of(&service.name, &op.name, &body)
                    .unwrap_or_else(|| {
                        panic!("register {}/{} in violations_of", service.name, op.name)
                    })
                    .map_err(TestCaseError::fail)?;
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
                let found = violations_of(&service.name, &op.name, &broken)
                    .expect("registered")
                    .map_err(TestCaseError::fail)?;
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
    for rule in ["max_items", "at_least_one_of", "enum", "minimum"] {
        assert!(
            broken.contains_key(rule),
            "no {rule} constraint was broken: {broken:?}"
        );
    }
}
