//! Bounds on what a template may build and write.
//!
//! minijinja's fuel counts instructions, not bytes: one `~` that joins two 1 GiB strings costs
//! as little fuel as one that joins two letters, so a template that doubles a string forty
//! times (through a namespace, a macro's recursion or forty `set`s) asks for a terabyte within
//! its fuel, and the process aborts on the allocation. minijinja has no hook in its operators,
//! so the generator makes the templates call its own:
//!
//! * **Values.** Before a template is compiled, its `~`, `+` and `*` are rewritten into calls
//!   of checked functions (`a ~ b` becomes `__cat(a, b)`), found with minijinja's own parser
//!   and put in place without moving a line. Each checks the size of what it would make before
//!   making it; so do the built-in filters that can make more than they are given (`join`,
//!   `replace`, `indent`, `format`, `batch`, `slice`), and every filter's text result is
//!   checked after. One value may have [`Limits::value_bytes`], and all that one file's render
//!   builds [`Limits::built_bytes`] together.
//! * **Text.** Every `{{ … }}` counts what it writes (also into a `{% set %}` block, a macro's
//!   output or a filter block, which minijinja keeps in memory before it is used), and every
//!   body that can run many times (a loop's, a macro's, a call block's, a block's) counts its
//!   own template text each time it runs, through a `{% if __charge(N) %}` wrapped around it;
//!   an `{% include %}` counts the text of the template it brings in. One file may make
//!   [`Limits::file_output_bytes`]; what is written is checked again as it is written, and all
//!   files of a run together may have [`Limits::total_output_bytes`].
//!
//! A refusal is a template error, with the template and the line of the operation, loop or
//! output that went over.

mod rewrite;
#[cfg(test)]
mod tests;

use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use minijinja::value::{Rest, Value, ValueKind};
use minijinja::{context, Environment, Error, ErrorKind, State};

pub use rewrite::{instrument, IncludeCosts, NotInstrumented};

/// What templates may build and write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest value one operation or filter may make: a text, or a list's text as it
    /// would be written.
    pub value_bytes: usize,
    /// All values the operations and filters of one file's render make, together.
    pub built_bytes: usize,
    /// The text one file's render makes: what it writes, and what it captures on the way
    /// (`{% set %}` blocks, macro calls, filter blocks).
    pub file_output_bytes: usize,
    /// The files of every template set of one run, together.
    pub total_output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            value_bytes: 16 << 20,
            built_bytes: 256 << 20,
            file_output_bytes: 16 << 20,
            total_output_bytes: 256 << 20,
        }
    }
}

/// `bytes` for a message: whole MiB or KiB when it is one, bytes otherwise.
pub fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
    } else if bytes >= 1 << 10 && bytes.is_multiple_of(1 << 10) {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

/// What one file's render has used of its limits. Shared by the functions, filters and
/// formatter of a set's environment; reset before each file.
#[derive(Debug)]
pub struct Budget {
    limits: Limits,
    text: AtomicUsize,
    built: AtomicUsize,
}

fn refuse(message: String) -> Error {
    Error::new(ErrorKind::InvalidOperation, message)
}

impl Budget {
    /// A budget of `limits`, nothing used.
    pub fn new(limits: Limits) -> Budget {
        Budget {
            limits,
            text: AtomicUsize::new(0),
            built: AtomicUsize::new(0),
        }
    }

    /// The limits.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Starts a new file.
    pub fn reset(&self) {
        self.text.store(0, Ordering::Relaxed);
        self.built.store(0, Ordering::Relaxed);
    }

    /// Whether one value of `bytes` may be made.
    fn fits(&self, bytes: usize) -> Result<(), Error> {
        let limit = self.limits.value_bytes;
        if bytes > limit {
            return Err(refuse(format!(
                "this would make a value of {}, more than the {} one value may have",
                size(bytes),
                size(limit)
            )));
        }
        Ok(())
    }

    /// Accounts for a value of `bytes` about to be made.
    fn build(&self, bytes: usize) -> Result<(), Error> {
        self.fits(bytes)?;
        let before = self.built.fetch_add(bytes, Ordering::Relaxed);
        let limit = self.limits.built_bytes;
        if before.saturating_add(bytes) > limit {
            return Err(refuse(format!(
                "the values built for this file would be more than {} in all",
                size(limit)
            )));
        }
        Ok(())
    }

    /// Accounts for `bytes` of output (written or captured) about to be made.
    fn write(&self, bytes: usize) -> Result<(), Error> {
        let before = self.text.fetch_add(bytes, Ordering::Relaxed);
        let limit = self.limits.file_output_bytes;
        if before.saturating_add(bytes) > limit {
            return Err(refuse(format!(
                "the output of this file would be more than {} (counting text captured on the way)",
                size(limit)
            )));
        }
        Ok(())
    }

    /// How much output the file may still make.
    fn text_left(&self) -> usize {
        self.limits
            .file_output_bytes
            .saturating_sub(self.text.load(Ordering::Relaxed))
    }
}

/// Counts what a value writes, up to a limit (then stops the writing).
struct Counter {
    bytes: usize,
    limit: usize,
}

impl fmt::Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.bytes = self.bytes.saturating_add(s.len());
        if self.bytes > self.limit {
            Err(fmt::Error)
        } else {
            Ok(())
        }
    }
}

/// How long `value` is as text (what `~` and `{{ }}` make of it), counted up to just past
/// `limit` and no further: a list that would write a gigabyte is not written to find out.
fn text_len(value: &Value, limit: usize) -> usize {
    if let Some(text) = value.as_str() {
        return text.len();
    }
    let mut counter = Counter { bytes: 0, limit };
    let _ = write!(counter, "{value}");
    counter.bytes
}

/// What `+` and `*` make of a text or a list, counted up to `limit`: its text, and for a list
/// 16 bytes an item (minijinja keeps the result lazy, but a filter or a loop may make it all).
/// `None` for what they do not grow (numbers).
fn weight(value: &Value, limit: usize) -> Option<usize> {
    if let Some(text) = value.as_str() {
        return Some(text.len());
    }
    if !matches!(value.kind(), ValueKind::Seq | ValueKind::Iterable) {
        return None;
    }
    let items = value.len().unwrap_or(0).saturating_mul(16);
    if items > limit {
        return Some(items);
    }
    Some(text_len(value, limit - items).saturating_add(items))
}

/// The names the instrumented templates call; a template may not use them itself.
pub const RESERVED: [&str; 5] = ["__cat", "__add", "__mul", "__charge", "__include"];

/// Registers the checked functions, the checked built-in filters and the counting formatter.
pub fn install(env: &mut Environment<'static>, budget: &Arc<Budget>) {
    let b = budget.clone();
    env.add_function(
        "__cat",
        move |state: &State, a: Value, c: Value| -> Result<Value, Error> {
            if state.undefined_behavior() == minijinja::UndefinedBehavior::Strict
                && (a.is_undefined() || c.is_undefined())
            {
                return Err(Error::from(ErrorKind::UndefinedError));
            }
            let limit = b.limits.value_bytes.saturating_add(1);
            b.build(text_len(&a, limit).saturating_add(text_len(&c, limit)))?;
            // What minijinja's own `~` does.
            Ok(Value::from(format!("{a}{c}")))
        },
    );
    let b = budget.clone();
    env.add_function("__add", move |a: Value, c: Value| -> Result<Value, Error> {
        let limit = b.limits.value_bytes.saturating_add(1);
        if let (Some(x), Some(y)) = (weight(&a, limit), weight(&c, limit)) {
            b.build(x.saturating_add(y))?;
        }
        operator(Op::Add, a, c)
    });
    let b = budget.clone();
    env.add_function("__mul", move |a: Value, c: Value| -> Result<Value, Error> {
        let limit = b.limits.value_bytes.saturating_add(1);
        let repeated = |v: &Value, n: &Value| Some(weight(v, limit)?.saturating_mul(n.as_usize()?));
        if let Some(bytes) = repeated(&a, &c).or_else(|| repeated(&c, &a)) {
            b.build(bytes)?;
        }
        operator(Op::Mul, a, c)
    });
    let b = budget.clone();
    env.add_function("__charge", move |bytes: usize| -> Result<bool, Error> {
        b.write(bytes)?;
        Ok(true)
    });
    let b = budget.clone();
    env.add_function(
        "__include",
        move |name: Value, bytes: usize| -> Result<Value, Error> {
            b.write(bytes)?;
            Ok(name)
        },
    );

    // Every built-in filter of minijinja (2.24, with the features this crate enables), each
    // replaced by a checked one: those that can make more than they are given are checked
    // before they run, all after. A minijinja upgrade that adds a filter must add it here.
    // ([`instrument`] uses minijinja's `unstable_machinery` parser: an upgrade may also
    // change its AST; the tests of this module are the ones that would say so.)
    use minijinja::filters as f;
    let plain: [(&str, Value); 41] = [
        ("safe", Value::from_function(f::safe)),
        ("escape", Value::from_function(f::escape)),
        ("e", Value::from_function(f::escape)),
        ("lower", Value::from_function(f::lower)),
        ("upper", Value::from_function(f::upper)),
        ("title", Value::from_function(f::title)),
        ("capitalize", Value::from_function(f::capitalize)),
        ("length", Value::from_function(f::length)),
        ("count", Value::from_function(f::length)),
        ("dictsort", Value::from_function(f::dictsort)),
        ("items", Value::from_function(f::items)),
        ("reverse", Value::from_function(f::reverse)),
        ("trim", Value::from_function(f::trim)),
        ("split", Value::from_function(f::split)),
        ("lines", Value::from_function(f::lines)),
        ("default", Value::from_function(f::default)),
        ("d", Value::from_function(f::default)),
        ("round", Value::from_function(f::round)),
        ("abs", Value::from_function(f::abs)),
        ("int", Value::from_function(f::int)),
        ("float", Value::from_function(f::float)),
        ("attr", Value::from_function(f::attr)),
        ("first", Value::from_function(f::first)),
        ("last", Value::from_function(f::last)),
        ("min", Value::from_function(f::min)),
        ("max", Value::from_function(f::max)),
        ("sort", Value::from_function(f::sort)),
        ("list", Value::from_function(f::list)),
        ("string", Value::from_function(f::string)),
        ("bool", Value::from_function(f::bool)),
        ("sum", Value::from_function(f::sum)),
        ("select", Value::from_function(f::select)),
        ("reject", Value::from_function(f::reject)),
        ("selectattr", Value::from_function(f::selectattr)),
        ("rejectattr", Value::from_function(f::rejectattr)),
        ("map", Value::from_function(f::map)),
        ("groupby", Value::from_function(f::groupby)),
        ("unique", Value::from_function(f::unique)),
        ("chain", Value::from_function(f::chain)),
        ("zip", Value::from_function(f::zip)),
        ("pprint", Value::from_function(f::pprint)),
    ];
    for (name, filter) in plain {
        add_checked_filter(env, name, filter, None, budget);
    }
    let growing: [(&str, Value, Estimate); 6] = [
        ("join", Value::from_function(f::join), estimate_join),
        (
            "replace",
            Value::from_function(f::replace),
            estimate_replace,
        ),
        ("indent", Value::from_function(f::indent), estimate_indent),
        ("format", Value::from_function(f::format), estimate_format),
        ("batch", Value::from_function(f::batch), estimate_count),
        ("slice", Value::from_function(f::slice), estimate_count),
    ];
    for (name, filter, estimate) in growing {
        add_checked_filter(env, name, filter, Some(estimate), budget);
    }

    python_methods(env, budget);

    let b = budget.clone();
    env.set_formatter(move |out, state, value| {
        b.write(text_len(value, b.text_left().saturating_add(1)))?;
        minijinja::escape_formatter(out, state, value)
    });
}

/// Python's methods on strings, maps and lists (`name.startswith("Get")`, `m.get(k, d)`,
/// `m.items()`), as minijinja-contrib's `pycompat` gives them, checked like the filters: a
/// `replace`, `join` or `format` that would make a value over the limit is refused before it
/// runs, and every string or list a method returns is accounted for.
fn python_methods(env: &mut Environment<'static>, budget: &Arc<Budget>) {
    let b = budget.clone();
    env.set_unknown_method_callback(
        move |state: &State, value: &Value, method: &str, args: &[Value]| {
            let limit = b.limits.value_bytes.saturating_add(1);
            if value.kind() == ValueKind::String {
                let with_value = |rest: &[Value]| {
                    let mut all = vec![value.clone()];
                    all.extend_from_slice(rest);
                    all
                };
                let estimate = match method {
                    "replace" => Some(estimate_replace(&with_value(args), limit)?),
                    // `sep.join(items)` is the filter `items | join(sep)`.
                    "join" => {
                        let mut filter_args: Vec<Value> = args.iter().take(1).cloned().collect();
                        filter_args.push(value.clone());
                        Some(estimate_join(&filter_args, limit)?)
                    }
                    "format" => Some(estimate_str_format(value, args, limit)),
                    _ => None,
                };
                if let Some(bytes) = estimate {
                    b.fits(bytes)?;
                }
            }
            let result =
                minijinja_contrib::pycompat::unknown_method_callback(state, value, method, args)?;
            if value.kind() == ValueKind::String {
                if let Some(bytes) = weight(&result, limit) {
                    b.build(bytes)?;
                }
            }
            Ok(result)
        },
    );
}

/// `str.format`: each `{…}` of the text may write the longest argument.
fn estimate_str_format(text: &Value, args: &[Value], limit: usize) -> usize {
    let longest = positional(args)
        .iter()
        .map(|a| text_len(a, limit))
        .chain(
            keyword_values(args)
                .into_iter()
                .map(|a| text_len(&a, limit)),
        )
        .max()
        .unwrap_or(0);
    let text = text.as_str().unwrap_or_default();
    let fields = text.matches('{').count();
    text.len().saturating_add(fields.saturating_mul(longest))
}

/// The values of the keyword arguments.
fn keyword_values(args: &[Value]) -> Vec<Value> {
    let Some(last) = args.last().filter(|v| v.is_kwargs()) else {
        return Vec::new();
    };
    let Ok(keys) = last.try_iter() else {
        return Vec::new();
    };
    keys.filter_map(|k| last.get_item(&k).ok())
        .filter(|v| !v.is_undefined())
        .collect()
}

/// How large a filter's result would be, from its arguments (the value first).
type Estimate = fn(&[Value], usize) -> Result<usize, Error>;

/// Registers `filter` as `name`, checked: `estimate` (when given) before it runs, the size of
/// the text it returns after.
pub fn add_checked_filter(
    env: &mut Environment<'static>,
    name: &'static str,
    filter: Value,
    estimate: Option<Estimate>,
    budget: &Arc<Budget>,
) {
    let b = budget.clone();
    env.add_filter(
        name,
        move |state: &State, args: Rest<Value>| -> Result<Value, Error> {
            let limit = b.limits.value_bytes.saturating_add(1);
            if let Some(estimate) = estimate {
                // Refused before it runs; what it returns is accounted for after.
                b.fits(estimate(&args, limit)?)?;
            }
            let result = filter.call(state, &args)?;
            if let Some(text) = result.as_str() {
                b.build(text.len())?;
            }
            Ok(result)
        },
    );
}

/// The positional arguments (keyword arguments come last, as one value).
fn positional(args: &[Value]) -> &[Value] {
    match args.last() {
        Some(last) if last.is_kwargs() => &args[..args.len() - 1],
        _ => args,
    }
}

/// A keyword argument.
fn keyword(args: &[Value], name: &str) -> Option<Value> {
    let last = args.last().filter(|v| v.is_kwargs())?;
    last.get_attr(name).ok().filter(|v| !v.is_undefined())
}

/// The text of a value, or `None` when it would be longer than `limit`.
fn text_within(value: &Value, limit: usize) -> Option<String> {
    if text_len(value, limit) > limit {
        return None;
    }
    Some(
        value
            .as_str()
            .map_or_else(|| value.to_string(), str::to_owned),
    )
}

fn estimate_join(args: &[Value], limit: usize) -> Result<usize, Error> {
    let args = positional(args);
    let Some(items) = args.first() else {
        return Ok(0);
    };
    let joiner = args.get(1).map_or(0, |j| text_len(j, limit));
    let mut bytes = 0usize;
    let Ok(iter) = items.try_iter() else {
        return Ok(text_len(items, limit));
    };
    for (i, item) in iter.enumerate() {
        bytes = bytes
            .saturating_add(text_len(&item, limit))
            .saturating_add(if i > 0 { joiner } else { 0 });
        if bytes > limit {
            break;
        }
    }
    Ok(bytes)
}

fn estimate_replace(args: &[Value], limit: usize) -> Result<usize, Error> {
    let args = positional(args);
    let (Some(value), Some(from), Some(to)) = (args.first(), args.get(1), args.get(2)) else {
        return Ok(0);
    };
    let (Some(value), Some(from)) = (text_within(value, limit), text_within(from, limit)) else {
        return Ok(limit.saturating_add(1));
    };
    let to = text_len(to, limit);
    let times = if from.is_empty() {
        value.chars().count() + 1
    } else {
        value.matches(from.as_str()).count()
    };
    Ok(value.len().saturating_add(times.saturating_mul(to)))
}

fn estimate_indent(args: &[Value], limit: usize) -> Result<usize, Error> {
    let positional = positional(args);
    let Some(value) = positional.first() else {
        return Ok(0);
    };
    let width = positional
        .get(1)
        .cloned()
        .or_else(|| keyword(args, "width"))
        .and_then(|w| w.as_usize())
        .unwrap_or(4);
    let Some(text) = text_within(value, limit) else {
        return Ok(limit.saturating_add(1));
    };
    let lines = text.lines().count() + 1;
    Ok(text.len().saturating_add(lines.saturating_mul(width)))
}

/// A printf-style format: the arguments' text, and every width or precision it asks for.
fn estimate_format(args: &[Value], limit: usize) -> Result<usize, Error> {
    let args = positional(args);
    let Some(format) = args.first() else {
        return Ok(0);
    };
    let mut bytes = text_len(format, limit);
    for arg in &args[1..] {
        bytes = bytes.saturating_add(text_len(arg, limit));
    }
    if let Some(format) = format.as_str() {
        let mut number = 0usize;
        for c in format.chars().chain(std::iter::once(' ')) {
            match c.to_digit(10) {
                Some(d) => number = number.saturating_mul(10).saturating_add(d as usize),
                None => {
                    bytes = bytes.saturating_add(number);
                    number = 0;
                }
            }
        }
    }
    Ok(bytes)
}

/// `batch` and `slice` set aside room for `count` items (16 bytes or more each) before they
/// fill it, with `fill` where items run out.
fn estimate_count(args: &[Value], limit: usize) -> Result<usize, Error> {
    let positional = positional(args);
    let count = positional.get(1).and_then(Value::as_usize).unwrap_or(0);
    let fill = positional.get(2).map_or(0, |v| text_len(v, limit));
    Ok(count.saturating_mul(16usize.saturating_add(fill)))
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Mul,
}

/// minijinja's own `+` or `*`, run in an environment of its own (the checks are done).
fn operator(op: Op, a: Value, b: Value) -> Result<Value, Error> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    let env = ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env
    });
    let source = match op {
        Op::Add => "a + b",
        Op::Mul => "a * b",
    };
    let expression = env.compile_expression(source)?;
    // An error is located by the template's own operation, not in this expression.
    expression
        .eval(context! { a => a, b => b })
        .map_err(|e| match e.detail() {
            Some(detail) => Error::new(e.kind(), detail.to_owned()),
            None => Error::from(e.kind()),
        })
}
