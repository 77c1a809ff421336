//! A corpus of requests for checking validators against each other (`codegen corpus`):
//! drawn from the spec with a fixed seed, aimed at every limit's edges (a number just inside
//! and just outside each bound and special value, a string of each limit's length in
//! multi-byte characters, lists one short and one long, undocumented enum values and union
//! tags, optional fields present or not, so that groups and conditions hold and break). The
//! Rust crate's verdicts come from its `verdicts` example (`imapi_runtime::corpus`); a
//! template set's validators agree with the crate when their verdicts are the same.

use serde_json::{json, Map, Value};

use crate::ir::{self, Constraints, Scalar, Type, TypeKind};

/// One drawn request: its service, operation and body (as JSON text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The service's name.
    pub service: String,
    /// The operation's name.
    pub operation: String,
    /// The body, as JSON text.
    pub body: String,
}

/// `per_operation` requests for every operation of every service, in the spec's order, drawn
/// from `seed`: the same corpus for the same spec and seed on every run.
pub fn draw(ir: &ir::Ir, seed: u64, per_operation: usize) -> Vec<Request> {
    // xorshift64* has no state 0.
    let mut rng = Rng(seed.max(1));
    let mut out = Vec::new();
    for service in &ir.services {
        for op in &service.operations {
            let ty = Type::Named {
                name: op.request.clone(),
            };
            for _ in 0..per_operation {
                let body = value(&mut rng, service, &ty, &Constraints::default(), 0);
                out.push(Request {
                    service: service.name.clone(),
                    operation: op.name.clone(),
                    body: body.to_string(),
                });
            }
        }
    }
    out
}

/// An integer as JSON: an `i64`, or a `u64` above its range.
fn integer_value(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::from(i),
        Err(_) => u64::try_from(v).map_or(Value::Null, Value::from),
    }
}

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
    let Some((lo, hi)) = scalar.integer_range() else {
        return Value::from(0);
    };
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
    integer_value(value)
}

fn string(rng: &mut Rng, c: &Constraints) -> Value {
    let mut lengths = vec![0, 1, 3, 12];
    for n in c.min_length.iter().chain(&c.max_length) {
        lengths.extend([n.saturating_sub(1), *n, n + 1]);
    }
    let length = rng.pick(&lengths).min(5000) as usize;
    // One scalar value each, so a string's length in characters is the number drawn: a
    // combining mark (U+0301) counts on its own, an emoji is one character but two UTF-16 units.
    let pool = ["a", "Z", "é", "中", "😀", "_", " ", "\u{301}"];
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
            // Keys that sort differently by UTF-16 unit, by insertion or as JavaScript's
            // integer-like property names do: `ｚ` (U+FF5A) before `😀` (U+1F600), `10` before `9`.
            let keys = [
                "a",
                "s:from",
                "键",
                "",
                "b-c",
                "10",
                "9",
                "ｚ",
                "😀",
                "e\u{301}",
                "नमते",
            ];
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
            let Some(def) = service.type_named(name) else {
                return Value::Null;
            };
            match &def.kind {
                TypeKind::Enum { values, repr, .. } => {
                    if rng.chance(80) && !values.is_empty() {
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
                    if rng.chance(85) && !variants.is_empty() {
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
                        // A field required in requests only is left out now and then, as an
                        // answer may leave it out: the rule `required` holds alike.
                        let sent = f.required_in_request && rng.chance(80);
                        if f.required || sent || (depth < 4 && rng.chance(50)) {
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

/// The corpus as JSON: `{"seed", "per_operation", "cases": [{"service", "operation", "body"}]}`,
/// each case with its `verdict` when `verdicts` (the crate's answers, one per case, in order)
/// are given.
pub fn to_json(
    requests: &[Request],
    seed: u64,
    per_operation: usize,
    verdicts: Option<&[Value]>,
) -> Value {
    let cases: Vec<Value> = requests
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut case = json!({
                "service": r.service,
                "operation": r.operation,
                "body": r.body,
            });
            if let Some(verdict) = verdicts.and_then(|v| v.get(i)) {
                case["verdict"] = verdict.clone();
            }
            case
        })
        .collect();
    json!({ "seed": seed, "per_operation": per_operation, "cases": cases })
}

/// The verdicts of the generated crate in `crate_dir` on `requests`: its `verdicts` example,
/// run with cargo (`$CARGO`, else `cargo`) on the corpus, one answer per request; or why
/// there are none.
pub fn verdicts(requests: &[Request], crate_dir: &std::path::Path) -> Result<Vec<Value>, String> {
    let manifest = crate_dir.join("Cargo.toml");
    if !manifest.is_file() {
        return Err(format!(
            "{} is not a generated crate (it has no Cargo.toml): generate it first, or give --crate",
            crate_dir.display()
        ));
    }
    let dir = tempfile::tempdir().map_err(|e| format!("a temporary folder: {e}"))?;
    let path = dir.path().join("corpus.json");
    std::fs::write(&path, to_json(requests, 0, 0, None).to_string())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["run", "--quiet", "--manifest-path"])
        .arg(&manifest)
        .args(["--example", "verdicts", "--"])
        .arg(&path)
        .output()
        .map_err(|e| format!("cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "the crate's verdicts example failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let answers: Vec<Value> = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("the crate's verdicts are not JSON: {e}"))?;
    if answers.len() != requests.len() {
        return Err(format!(
            "the crate answered {} verdicts for {} requests",
            answers.len(),
            requests.len()
        ));
    }
    Ok(answers)
}
