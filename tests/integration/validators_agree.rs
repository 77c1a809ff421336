//! The three languages' validators agree. A corpus of requests is drawn from the spec, aimed at
//! every limit's edges (a number just inside and just outside each bound and special value, a
//! string of each limit's length in multi-byte characters, lists one short and one long,
//! undocumented enum values and union tags, optional fields present or not, so that groups
//! and conditions hold and break). The Rust crate's validators, the TypeScript package's and
//! the Python package's each check every request; all three must report the same violations
//! (path, rule and message) in the same order. This is done for the repository's spec and for
//! the extensions fixture's, which uses every rule of the format.

use std::process::Command;

use std::collections::{BTreeMap, BTreeSet};

use codegen::ir::{self, Constraints, Scalar, Type, TypeKind};
use imapi::Validate;
use imapi_runtime::{OperationShape, OperationVisitor};
use imapi_tests::repo_root;
use imapi_tests::tools::{compile_typescript, python_tools};
use serde_json::{json, Map, Value};

/// Requests per operation.
const PER_OPERATION: usize = 120;

/// A small deterministic generator (xorshift64*), so the corpus is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

fn as_i128(n: &serde_json::Number) -> Option<i128> {
    n.as_i64().map(i128::from).or(n.as_u64().map(i128::from))
}

fn integer(rng: &mut Rng, scalar: Scalar, c: &Constraints) -> Value {
    let (lo, hi) = scalar.integer_range().expect("an integer type");
    let mut candidates: Vec<i128> = vec![0, 1, -1, 7, 1000];
    for n in c.minimum.iter().chain(&c.maximum).chain(&c.also_allowed) {
        if let Some(n) = as_i128(n) {
            candidates.extend([n - 1, n, n + 1]);
        }
    }
    if rng.chance(10) {
        candidates.extend([lo, hi]);
    }
    let value = rng.pick(&candidates).clamp(lo, hi);
    imapi_tests::strategies::integer_value(value)
}

fn string(rng: &mut Rng, c: &Constraints) -> Value {
    let mut lengths = vec![0, 1, 3, 12];
    for n in c.min_length.iter().chain(&c.max_length) {
        lengths.extend([n.saturating_sub(1), *n, n + 1]);
    }
    let length = rng.pick(&lengths).min(5000) as usize;
    let pool = ["a", "Z", "é", "中", "😀", "_", " "];
    let text: String = (0..length).map(|_| rng.pick(&pool)).collect();
    Value::from(text)
}

fn value(rng: &mut Rng, service: &ir::Service, ty: &Type, c: &Constraints, depth: usize) -> Value {
    match ty {
        Type::Scalar { scalar } => match scalar {
            Scalar::Bool => Value::Bool(rng.chance(50)),
            Scalar::String => string(rng, c),
            Scalar::F64 => {
                let mut candidates = vec![0.0, 0.5, -2.5, 100.0];
                for n in c.minimum.iter().chain(&c.maximum) {
                    let n = n.as_f64().unwrap_or_default();
                    candidates.extend([n - 0.5, n, n + 0.5]);
                }
                json!(rng.pick(&candidates))
            }
            integer_type => integer(rng, *integer_type, c),
        },
        Type::List { item } => {
            let items = c.items.as_deref().cloned().unwrap_or_default();
            let mut lengths = vec![0, 1, 2, 3];
            for n in c.min_items.iter().chain(&c.max_items) {
                lengths.extend([n.saturating_sub(1), *n, n + 1]);
            }
            let length = if depth > 3 {
                0
            } else {
                rng.pick(&lengths).min(600) as usize
            };
            let mut list: Vec<Value> = (0..length)
                .map(|_| value(rng, service, item, &items, depth + 1))
                .collect();
            if c.unique_items && !list.is_empty() && rng.chance(50) {
                list.push(list[0].clone());
            }
            Value::Array(list)
        }
        Type::Map { value: v } => {
            let keys = ["a", "s:from", "键", "", "b-c"];
            let mut map = Map::new();
            for _ in 0..rng.below(3) {
                let key = rng.pick(&keys).to_owned();
                map.insert(
                    key,
                    value(rng, service, v, &Constraints::default(), depth + 1),
                );
            }
            Value::Object(map)
        }
        Type::Nullable { item } => {
            if rng.chance(20) {
                Value::Null
            } else {
                value(rng, service, item, c, depth)
            }
        }
        Type::Named { name } => {
            let def = service.type_named(name).expect("a known type");
            match &def.kind {
                TypeKind::Enum { values, repr, .. } => {
                    if rng.chance(80) {
                        rng.pick(values).value
                    } else if *repr == Scalar::String {
                        Value::from("Undocumented")
                    } else {
                        Value::from(99)
                    }
                }
                TypeKind::Union {
                    tag,
                    content,
                    variants,
                } => {
                    if rng.chance(85) {
                        let v = rng.pick(variants);
                        let body = value(
                            rng,
                            service,
                            &Type::Named { name: v.ty.clone() },
                            &Constraints::default(),
                            depth + 1,
                        );
                        json!({ tag.clone(): v.tag, content.clone(): body })
                    } else {
                        json!({ tag.clone(): "TIMUndocumentedElem", content.clone(): {} })
                    }
                }
                TypeKind::Struct { fields, .. } => {
                    let mut map = Map::new();
                    for f in fields {
                        if f.required || (depth < 4 && rng.chance(50)) {
                            let v = value(rng, service, &f.ty, &f.constraints, depth + 1);
                            map.insert(f.name.wire.clone(), v);
                        }
                    }
                    Value::Object(map)
                }
            }
        }
    }
}

fn run(command: &mut Command) -> Value {
    let out = command.output().expect("run the validator");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.stdout.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(&out.stdout).expect("its JSON")
}

/// (wire path, rule, message) of each violation of a request.
type Triples = Vec<(String, String, String)>;

/// Decodes a body as an operation's request and lists its violations, or says why it does not
/// decode.
type Check = fn(&Value) -> Result<Triples, String>;

fn check<Op: OperationShape>(body: &Value) -> Result<Triples, String> {
    let typed: Op::Input = serde_json::from_value(body.clone()).map_err(|e| e.to_string())?;
    Ok(match typed.validate() {
        Ok(()) => Vec::new(),
        Err(violations) => violations
            .iter()
            .map(|v| (v.path.clone(), v.rule.name().to_owned(), v.to_string()))
            .collect(),
    })
}

/// The Rust check of every operation of a generated crate, by (service, operation), found
/// through the crate's `for_each_operation`.
#[derive(Default)]
struct Checks(BTreeMap<(&'static str, &'static str), Check>);

impl<Svc> OperationVisitor<Svc> for Checks {
    fn visit<Op: OperationShape<Service = Svc>>(&mut self) {
        self.0
            .insert((Op::OP.service.name, Op::OP.name), check::<Op>);
    }
}

/// Where a generated Python package is: the folder to put on `PYTHONPATH`, and its name.
struct PythonPackage(&'static str, &'static str);

/// Draws `PER_OPERATION` requests per operation of the spec in `spec`, has the Rust crate
/// (`checks`), the TypeScript package and the Python package validate each, and asserts that
/// all three report the same violations. Returns how many requests were invalid, how many
/// there were, and the rules the spec uses.
fn agree(
    spec: &str,
    checks: &Checks,
    python: PythonPackage,
    seed: u64,
) -> (usize, usize, BTreeSet<String>) {
    let ir = codegen::build_ir(&repo_root().join(spec)).expect("the spec");
    let mut rng = Rng(seed);
    let mut corpus = Vec::new();
    let mut rust: Vec<Triples> = Vec::new();
    let mut undecodable = Vec::new();
    for service in &ir.services {
        for op in &service.operations {
            let check = checks
                .0
                .get(&(service.name.as_str(), op.name.as_str()))
                .expect("a generated operation");
            let ty = Type::Named {
                name: op.request.clone(),
            };
            for _ in 0..PER_OPERATION {
                let body = value(&mut rng, service, &ty, &Constraints::default(), 0);
                match check(&body) {
                    Ok(found) => {
                        rust.push(found);
                        corpus.push(
                            json!({ "service": service.name, "type": op.request, "value": body }),
                        );
                    }
                    Err(e) => undecodable.push(format!("{}: {e}: {body}", op.name)),
                }
            }
        }
    }
    assert!(
        undecodable.is_empty(),
        "every drawn request decodes in Rust: {undecodable:#?}"
    );

    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("corpus.json");
    std::fs::write(&path, serde_json::to_string(&corpus).expect("JSON")).expect("write");

    let script = compile_typescript(
        "tests/typescript/validate_corpus.ts",
        &format!("ts-corpus-{}", spec.replace('/', "-")),
    );
    let typescript = run(Command::new("node").arg(script).arg(&path));
    let python = run(Command::new(python_tools())
        .arg(repo_root().join("tests/python/validate_corpus.py"))
        .arg(&path)
        .arg(python.1)
        .env("PYTHONPATH", repo_root().join(python.0))
        .env("PYTHONDONTWRITEBYTECODE", "1"));

    let as_triples = |v: &Value, i: usize| -> Triples {
        v[i].as_array()
            .expect("a case's violations")
            .iter()
            .map(|t| {
                let s = |j: usize| t[j].as_str().unwrap_or_default().to_owned();
                (s(0), s(1), s(2))
            })
            .collect()
    };
    let mut invalid = 0;
    let mut rules = BTreeSet::new();
    for (i, expected) in rust.iter().enumerate() {
        // Rust keeps the first 100 violations of a request; the others report all of them.
        let cap = |mut found: Triples| {
            found.truncate(imapi_runtime::validate::DEFAULT_CAP);
            found
        };
        let ts = cap(as_triples(&typescript, i));
        let py = cap(as_triples(&python, i));
        assert_eq!(&ts, expected, "TypeScript differs on {}", corpus[i]);
        assert_eq!(&py, expected, "Python differs on {}", corpus[i]);
        invalid += usize::from(!expected.is_empty());
        rules.extend(expected.iter().map(|(_, rule, _)| rule.clone()));
    }
    // Every kind of limit the spec uses is broken somewhere.
    let used = rules_used(&ir);
    for rule in &used {
        assert!(rules.contains(rule), "no request breaks {rule}: {rules:?}");
    }
    (invalid, rust.len(), used)
}

#[test]
fn rust_typescript_and_python_report_the_same_violations() {
    let mut checks = Checks::default();
    imapi::tencent_chat::for_each_operation(&mut checks);
    imapi::volcengine_rtc_im::for_each_operation(&mut checks);
    let (invalid, total, used) = agree(
        "spec",
        &checks,
        PythonPackage("generated/python", "imapi"),
        0x1d2c_3b4a_5968_7788,
    );
    // The corpus is a real test: many requests break something.
    assert!(invalid * 3 > total, "{invalid} of {total} invalid");
    assert!(used.len() >= 6, "{used:?}");
}

/// The same for the extensions fixture, whose spec uses every key of the format: its rules
/// (`mutually_exclusive` and `unique_items` among them, which the repository's spec does not
/// use) hold alike in its Rust crate, TypeScript package and Python package.
#[test]
fn the_extensions_fixture_validates_alike_in_all_three() {
    let mut checks = Checks::default();
    extensions_fixture::ext_demo::for_each_operation(&mut checks);
    let (invalid, total, used) = agree(
        "tests/fixtures/extensions/spec",
        &checks,
        PythonPackage(
            "tests/fixtures/extensions/generated/python",
            "extensions_fixture",
        ),
        0x5eed_f00d_e47e_2510,
    );
    assert!(invalid * 3 > total, "{invalid} of {total} invalid");
    for rule in [
        "mutually_exclusive",
        "unique_items",
        "required_when",
        "forbidden_when",
    ] {
        assert!(used.contains(rule), "the fixture uses {rule}: {used:?}");
    }
}

/// The rules the requests of the spec can break.
fn rules_used(ir: &ir::Ir) -> BTreeSet<String> {
    fn limits(c: &Constraints, out: &mut BTreeSet<String>) {
        let pairs = [
            (c.minimum.is_some(), "minimum"),
            (c.maximum.is_some(), "maximum"),
            (c.min_length.is_some(), "min_length"),
            (c.max_length.is_some(), "max_length"),
            (c.min_items.is_some(), "min_items"),
            (c.max_items.is_some(), "max_items"),
            (c.unique_items, "unique_items"),
        ];
        out.extend(
            pairs
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, r)| r.to_string()),
        );
        if let Some(items) = &c.items {
            limits(items, out);
        }
    }
    let mut out = BTreeSet::new();
    for service in &ir.services {
        for t in service.types.iter().filter(|t| t.in_request) {
            match &t.kind {
                TypeKind::Struct {
                    fields,
                    at_least_one_of,
                    mutually_exclusive,
                    required_when,
                    forbidden_when,
                } => {
                    for f in fields {
                        limits(&f.constraints, &mut out);
                    }
                    for (used, rule) in [
                        (!at_least_one_of.is_empty(), "at_least_one_of"),
                        (!mutually_exclusive.is_empty(), "mutually_exclusive"),
                        (!required_when.is_empty(), "required_when"),
                        (!forbidden_when.is_empty(), "forbidden_when"),
                    ] {
                        if used {
                            out.insert(rule.to_owned());
                        }
                    }
                }
                TypeKind::Enum { other: None, .. } | TypeKind::Union { .. } => {
                    out.insert("enum".to_owned());
                }
                TypeKind::Enum { .. } => {}
            }
        }
    }
    out
}
