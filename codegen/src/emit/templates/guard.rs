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

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use minijinja::machinery::{ast, parse, tokenize, Span, Token, WhitespaceConfig};
use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Rest, Value, ValueKind};
use minijinja::{context, Environment, Error, ErrorKind, State};

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

    let b = budget.clone();
    env.set_formatter(move |out, state, value| {
        b.write(text_len(value, b.text_left().saturating_add(1)))?;
        minijinja::escape_formatter(out, state, value)
    });
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

/// The template text each template's top level writes when it is included, by name; what an
/// `{% include %}` of a name not known when the template is written costs is the largest.
#[derive(Debug, Clone, Default)]
pub struct IncludeCosts(pub BTreeMap<String, usize>);

impl IncludeCosts {
    fn of(&self, name: &ast::Expr<'_>) -> usize {
        let largest = || self.0.values().copied().max().unwrap_or(0);
        let known = |value: &Value| value.as_str().and_then(|n| self.0.get(n).copied());
        match name {
            ast::Expr::Const(c) => known(&c.value).unwrap_or_else(largest),
            ast::Expr::List(list) => list
                .items
                .iter()
                .map(|item| match item {
                    ast::Expr::Const(c) => known(&c.value).unwrap_or_else(largest),
                    _ => largest(),
                })
                .max()
                .unwrap_or(0),
            _ => largest(),
        }
    }
}

/// How a template is rewritten: its text with the checks in place, and the template text its
/// top level writes (what including it costs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrumented {
    /// The rewritten template; every line where it was.
    pub source: String,
    /// The template text its top level writes each time it runs.
    pub top_text: usize,
}

/// Why a template was not rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotInstrumented {
    /// It does not parse; compiling it reports why, with its line.
    Syntax,
    /// It uses a name the checks reserve, or a construct they cannot place; line and message.
    Refused(usize, String),
}

/// Rewrites `source` with the checks in place ([`module docs`](self)).
pub fn instrument(
    source: &str,
    whitespace: WhitespaceConfig,
    includes: &IncludeCosts,
) -> Result<Instrumented, NotInstrumented> {
    let tokens: Vec<(Token<'_>, Span)> = tokenize(source, false, SyntaxConfig, whitespace)
        .collect::<Result<_, _>>()
        .map_err(|_| NotInstrumented::Syntax)?;
    for (token, span) in &tokens {
        if let Token::Ident(name) = token {
            if RESERVED.contains(name) {
                return Err(NotInstrumented::Refused(
                    usize::from(span.start_line),
                    format!("`{name}` is a name the generator reserves for its own checks"),
                ));
            }
        }
    }
    let template =
        parse(source, "template", SyntaxConfig, whitespace).map_err(|_| NotInstrumented::Syntax)?;
    let mut walker = Walker {
        source,
        tokens,
        edits: Vec::new(),
        depth: 0,
        includes,
        refused: None,
    };
    let top_text = walker.stmt(&template);
    if let Some(refused) = walker.refused {
        return Err(refused);
    }
    let mut edits = walker.edits;
    edits.sort_by_key(|e| (e.at, e.rank));
    let mut out = String::with_capacity(source.len() + edits.len() * 16);
    let mut at = 0;
    for edit in edits {
        if edit.at < at || edit.at + edit.remove > source.len() {
            return Err(NotInstrumented::Refused(
                1,
                "internal error: overlapping rewrites of the template".into(),
            ));
        }
        out.push_str(&source[at..edit.at]);
        out.push_str(&edit.text);
        at = edit.at + edit.remove;
    }
    out.push_str(&source[at..]);
    Ok(Instrumented {
        source: out,
        top_text,
    })
}

/// One change to a template's text: at byte `at`, `remove` bytes replaced by `text`. Changes
/// at the same place apply in `rank` order (an enclosing construct's opening before an
/// enclosed one's, its closing after).
struct Edit {
    at: usize,
    rank: i64,
    remove: usize,
    text: String,
}

struct Walker<'s, 'i> {
    source: &'s str,
    tokens: Vec<(Token<'s>, Span)>,
    edits: Vec<Edit>,
    depth: i64,
    includes: &'i IncludeCosts,
    refused: Option<NotInstrumented>,
}

const OPEN: i64 = 1 << 20;
const REPLACE: i64 = 0;

fn stmt_span(stmt: &ast::Stmt<'_>) -> Option<Span> {
    use ast::Stmt as S;
    #[allow(unreachable_patterns)]
    let span = match stmt {
        S::Template(s) => s.span(),
        S::EmitExpr(s) => s.span(),
        S::EmitRaw(s) => s.span(),
        S::ForLoop(s) => s.span(),
        S::IfCond(s) => s.span(),
        S::WithBlock(s) => s.span(),
        S::Set(s) => s.span(),
        S::SetBlock(s) => s.span(),
        S::AutoEscape(s) => s.span(),
        S::FilterBlock(s) => s.span(),
        S::Block(s) => s.span(),
        S::Import(s) => s.span(),
        S::FromImport(s) => s.span(),
        S::Extends(s) => s.span(),
        S::Include(s) => s.span(),
        S::Macro(s) => s.span(),
        S::CallBlock(s) => s.span(),
        S::Do(s) => s.span(),
        _ => return None,
    };
    Some(span)
}

fn expr_span(expr: &ast::Expr<'_>) -> Span {
    use ast::Expr as E;
    match expr {
        E::Var(e) => e.span(),
        E::Const(e) => e.span(),
        E::Slice(e) => e.span(),
        E::UnaryOp(e) => e.span(),
        E::BinOp(e) => e.span(),
        E::Compare(e) => e.span(),
        E::IfExpr(e) => e.span(),
        E::Filter(e) => e.span(),
        E::Test(e) => e.span(),
        E::GetAttr(e) => e.span(),
        E::GetItem(e) => e.span(),
        E::Call(e) => e.span(),
        E::List(e) => e.span(),
        E::Map(e) => e.span(),
    }
}

impl<'s> Walker<'s, '_> {
    fn refuse(&mut self, line: u16, message: &str) {
        self.refused.get_or_insert_with(|| {
            NotInstrumented::Refused(
                usize::from(line),
                format!("internal error: cannot put the output checks around {message}"),
            )
        });
    }

    fn insert(&mut self, at: u32, rank: i64, text: String) {
        self.edits.push(Edit {
            at: at as usize,
            rank,
            remove: 0,
            text,
        });
    }

    /// The template text `body` writes each time it runs (the bodies that count their own
    /// left out).
    fn stmts(&mut self, body: &[ast::Stmt<'_>]) -> usize {
        body.iter()
            .fold(0usize, |sum, s| sum.saturating_add(self.stmt(s)))
    }

    fn stmt(&mut self, stmt: &ast::Stmt<'_>) -> usize {
        use ast::Stmt as S;
        #[allow(unreachable_patterns)]
        match stmt {
            S::Template(t) => self.stmts(&t.children),
            S::EmitExpr(e) => {
                self.expr(&e.expr);
                0
            }
            S::EmitRaw(r) => r.raw.len(),
            S::ForLoop(f) => {
                self.expr(&f.iter);
                if let Some(filter) = &f.filter_expr {
                    self.expr(filter);
                }
                let body = self.stmts(&f.body);
                self.charge(f.span(), &f.body, body);
                self.stmts(&f.else_body)
            }
            S::IfCond(i) => {
                self.expr(&i.expr);
                let yes = self.stmts(&i.true_body);
                let no = self.stmts(&i.false_body);
                yes.max(no)
            }
            S::WithBlock(w) => {
                for (_, value) in &w.assignments {
                    self.expr(value);
                }
                self.stmts(&w.body)
            }
            S::Set(s) => {
                self.expr(&s.target);
                self.expr(&s.expr);
                0
            }
            S::SetBlock(s) => {
                if let Some(filter) = &s.filter {
                    self.expr(filter);
                }
                self.stmts(&s.body)
            }
            S::AutoEscape(a) => {
                self.expr(&a.enabled);
                self.stmts(&a.body)
            }
            S::FilterBlock(f) => {
                self.expr(&f.filter);
                self.stmts(&f.body)
            }
            S::Block(b) => {
                let body = self.stmts(&b.body);
                // A required block may hold nothing (minijinja checks); it writes nothing.
                if !b.required {
                    self.charge(b.span(), &b.body, body);
                }
                0
            }
            S::Import(i) => {
                self.expr(&i.expr);
                0
            }
            S::FromImport(f) => {
                self.expr(&f.expr);
                0
            }
            S::Extends(e) => {
                self.expr(&e.name);
                0
            }
            S::Include(i) => {
                let cost = self.includes.of(&i.name);
                let span = expr_span(&i.name);
                self.insert(span.start_offset, OPEN + self.depth, "__include(".into());
                self.insert(span.end_offset, -self.depth, format!(", {cost})"));
                self.depth += 1;
                self.expr(&i.name);
                self.depth -= 1;
                0
            }
            S::Macro(m) => {
                for default in &m.defaults {
                    self.expr(default);
                }
                let body = self.stmts(&m.body);
                self.charge(m.span(), &m.body, body);
                0
            }
            S::CallBlock(c) => {
                self.call(&c.call);
                let m = &c.macro_decl;
                for default in &m.defaults {
                    self.expr(default);
                }
                let body = self.stmts(&m.body);
                self.charge(c.span(), &m.body, body);
                0
            }
            S::Do(d) => {
                self.call(&d.call);
                0
            }
            _ => 0,
        }
    }

    /// Wraps `body`, which runs each time its statement (starting at `span`) calls for it, in
    /// `{% if __charge(N) %}…{% endif %}`: right after the statement's opening tag, and right
    /// before the tag that ends the body, each with the whitespace control of the tag it
    /// touches, so the output keeps every byte.
    fn charge(&mut self, span: Span, body: &[ast::Stmt<'_>], bytes: usize) {
        if bytes == 0 {
            return;
        }
        let Some(last) = body.last().and_then(stmt_span) else {
            self.refuse(span.start_line, "a body that ends in an unknown statement");
            return;
        };
        let open = self
            .tokens
            .iter()
            .find(|(t, s)| matches!(t, Token::BlockEnd) && s.start_offset >= span.start_offset);
        let close = self
            .tokens
            .iter()
            .find(|(t, s)| matches!(t, Token::BlockStart) && s.start_offset >= last.end_offset);
        let (Some((_, open)), Some((_, close))) = (open, close) else {
            self.refuse(span.start_line, "a body whose tags were not found");
            return;
        };
        let (open, close) = (*open, *close);
        let open_tag = &self.source[open.start_offset as usize..open.end_offset as usize];
        let close_tag = &self.source[close.start_offset as usize..close.end_offset as usize];
        let opening = format!("{{% if __charge({bytes}) {open_tag}");
        let closing = format!("{close_tag} endif %}}");
        self.insert(open.end_offset, OPEN + self.depth, opening);
        self.insert(close.start_offset, -self.depth, closing);
    }

    fn call(&mut self, call: &ast::Spanned<ast::Call<'_>>) {
        self.depth += 1;
        self.expr(&call.expr);
        self.args(&call.args);
        self.depth -= 1;
    }

    fn args(&mut self, args: &[ast::CallArg<'_>]) {
        for arg in args {
            match arg {
                ast::CallArg::Pos(e)
                | ast::CallArg::Kwarg(_, e)
                | ast::CallArg::PosSplat(e)
                | ast::CallArg::KwargSplat(e) => self.expr(e),
            }
        }
    }

    fn expr(&mut self, expr: &ast::Expr<'_>) {
        use ast::Expr as E;
        self.depth += 1;
        match expr {
            E::Var(_) | E::Const(_) => {}
            E::Slice(s) => {
                self.expr(&s.expr);
                for part in [&s.start, &s.stop, &s.step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            E::UnaryOp(u) => self.expr(&u.expr),
            E::BinOp(b) => {
                let function = match b.op {
                    ast::BinOpKind::Concat => Some("__cat"),
                    ast::BinOpKind::Add => Some("__add"),
                    ast::BinOpKind::Mul => Some("__mul"),
                    _ => None,
                };
                if let Some(function) = function {
                    self.operator(b.span(), &b.left, &b.right, function);
                }
                self.expr(&b.left);
                self.expr(&b.right);
            }
            E::Compare(c) => {
                self.expr(&c.expr);
                for op in &c.ops {
                    self.expr(&op.expr);
                }
            }
            E::IfExpr(i) => {
                self.expr(&i.test_expr);
                self.expr(&i.true_expr);
                if let Some(no) = &i.false_expr {
                    self.expr(no);
                }
            }
            E::Filter(f) => {
                if let Some(input) = &f.expr {
                    self.expr(input);
                }
                self.args(&f.args);
            }
            E::Test(t) => {
                self.expr(&t.expr);
                self.args(&t.args);
            }
            E::GetAttr(g) => self.expr(&g.expr),
            E::GetItem(g) => {
                self.expr(&g.expr);
                self.expr(&g.subscript_expr);
            }
            E::Call(c) => {
                self.expr(&c.expr);
                self.args(&c.args);
            }
            E::List(l) => {
                for item in &l.items {
                    self.expr(item);
                }
            }
            E::Map(m) => {
                for (k, v) in m.keys.iter().zip(&m.values) {
                    self.expr(k);
                    self.expr(v);
                }
            }
        }
        self.depth -= 1;
    }

    /// `left OP right` (the operation's span covers both, with their parentheses) becomes
    /// `function(left, right)`: the function's name before it, a comma for the operator, a
    /// parenthesis after it.
    fn operator(
        &mut self,
        span: Span,
        left: &ast::Expr<'_>,
        right: &ast::Expr<'_>,
        function: &str,
    ) {
        let (after_left, before_right) =
            (expr_span(left).end_offset, expr_span(right).start_offset);
        let operators: Vec<Span> = self
            .tokens
            .iter()
            .filter(|(t, s)| {
                matches!(t, Token::Tilde | Token::Plus | Token::Mul)
                    && s.start_offset >= after_left
                    && s.end_offset <= before_right
            })
            .map(|(_, s)| *s)
            .collect();
        let [operator] = operators.as_slice() else {
            self.refuse(span.start_line, "an operator");
            return;
        };
        let operator = *operator;
        self.insert(span.start_offset, OPEN + self.depth, format!("{function}("));
        self.edits.push(Edit {
            at: operator.start_offset as usize,
            rank: REPLACE,
            remove: (operator.end_offset - operator.start_offset) as usize,
            text: ",".into(),
        });
        self.insert(span.end_offset, -self.depth, ")".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whitespace() -> WhitespaceConfig {
        WhitespaceConfig {
            keep_trailing_newline: true,
            lstrip_blocks: true,
            trim_blocks: true,
        }
    }

    fn rewrite(source: &str) -> String {
        instrument(source, whitespace(), &IncludeCosts::default())
            .unwrap()
            .source
    }

    #[test]
    fn operators_become_checked_calls_on_the_same_lines() {
        assert_eq!(rewrite("{{ a ~ b }}"), "{{ __cat(a , b) }}");
        assert_eq!(
            rewrite("{{ (a ~ \"b\") ~ y * 2 }}"),
            "{{ __cat((__cat(a , \"b\")) , __mul(y , 2)) }}"
        );
        assert_eq!(rewrite("{{ a + b ~ c }}"), "{{ __add(a , __cat(b , c)) }}");
        assert_eq!(rewrite("{{ ((a)) + [1] }}"), "{{ __add(((a)) , [1]) }}");
        assert_eq!(rewrite("{{ x\n~\ny }}"), "{{ __cat(x\n,\ny) }}");
        assert_eq!(rewrite("{{ a - b / c }}"), "{{ a - b / c }}");
    }

    #[test]
    fn bodies_that_repeat_count_their_text_and_keep_their_whitespace() {
        assert_eq!(
            rewrite("{% for x in y -%}\n  ab\n  {%- endfor %}"),
            "{% for x in y -%}{% if __charge(2) -%}\n  ab\n  {%- endif %}{%- endfor %}"
        );
        assert_eq!(
            rewrite("{% macro m() %}\nxyz\n{% endmacro %}"),
            "{% macro m() %}{% if __charge(4) %}\nxyz\n{% endif %}{% endmacro %}"
        );
        assert_eq!(
            rewrite("{% for x in y %}a{% else %}none{% endfor %}"),
            "{% for x in y %}{% if __charge(1) %}a{% endif %}{% else %}none{% endfor %}"
        );
        // Nothing to count: nothing changes.
        assert_eq!(
            rewrite("{% for x in y %}{{ x }}{% endfor %}"),
            "{% for x in y %}{{ x }}{% endfor %}"
        );
    }

    #[test]
    fn the_rewritten_templates_write_what_the_originals_did() {
        let sources = [
            "{% for x in items -%}\n  a {{ x ~ \"!\" }}\n  {%- endfor %}\n",
            "{% for x in items %}\n    {{ x }}\n  {% endfor %}\nend\n",
            "{% macro m(a) %}\n  <{{ a ~ a }}>\n{% endmacro %}\n{% for x in items %}{{ m(x) }}{% else %}none{% endfor %}\n",
            "{% for x in items recursive %}[{{ x }}{% if x is sequence %}{{ loop(x) }}{% endif %}]{% endfor %}",
            "{% set s %}\n{% for x in items %}  {{ x }},\n{% endfor %}\n{% endset %}{{ s | upper }}|{{ [1] + [2] }}|{{ 3 * 4 }}",
            "{% call(x) m2() %}\n   in {{ x }}\n{% endcall %}\n{% macro m2() %}{{ caller(1) }}{% endmacro %}",
            "{%- for x in items +%}\n  {%+ if x %}y{% endif +%}\n{%+ endfor -%}\n",
            "{{ \"a\" ~ 1 ~ none ~ true ~ [1, \"x\"] ~ {\"k\": 1} ~ 1.5 ~ items }}",
            "{{ [1] + items }} {{ (items + [3]) | length }} {{ 2 * 3.5 }} {{ items * 2 }} {{ \"-\" * 3 }}",
            "{{ 1 + \"a\" }}",
            "{{ undefined_thing ~ \"a\" }}",
            "{{ \"a\" * -1 }}|{{ 9223372036854775807 + 1 }}",
        ];
        let items = Value::from_serialize(["a", "b"]);
        for source in sources {
            let mut plain = Environment::new();
            plain.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
            plain.set_trim_blocks(true);
            plain.set_lstrip_blocks(true);
            plain.set_keep_trailing_newline(true);
            let mut checked = plain.clone();
            install(&mut checked, &Arc::new(Budget::new(Limits::default())));
            let rewritten = rewrite(source);
            let want = plain.render_str(source, context! { items => items.clone() });
            let got = checked.render_str(&rewritten, context! { items => items.clone() });
            assert_eq!(
                got.as_ref().map_err(ToString::to_string),
                want.as_ref().map_err(ToString::to_string),
                "{source:?} became {rewritten:?}"
            );
            assert_eq!(source.lines().count(), rewritten.lines().count());
        }
    }

    #[test]
    fn an_include_counts_the_text_of_what_it_brings_in() {
        let part = "{% for x in items %}<{{ x }}>{% endfor %}\npart\n";
        let page = "{% for x in items %}{% include \"part.j2\" %}{% endfor %}";
        let top = instrument(part, whitespace(), &IncludeCosts::default()).unwrap();
        // `part\n` (the line break after `endfor` is trimmed); the loop counts its own text.
        assert_eq!(top.top_text, 5);
        let costs = IncludeCosts([("part.j2".to_owned(), top.top_text)].into());
        let rewritten = instrument(page, whitespace(), &costs).unwrap().source;
        assert_eq!(
            rewritten,
            "{% for x in items %}{% include __include(\"part.j2\", 5) %}{% endfor %}"
        );
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_keep_trailing_newline(true);
        install(&mut env, &Arc::new(Budget::new(Limits::default())));
        env.add_template_owned("part.j2", top.source).unwrap();
        env.add_template_owned("page.j2", rewritten).unwrap();
        let items = Value::from_serialize(["a", "b"]);
        let page = env.get_template("page.j2").unwrap();
        assert_eq!(
            page.render(context! { items }).unwrap(),
            "<a><b>part\n<a><b>part\n"
        );
    }

    #[test]
    fn templates_may_not_use_the_reserved_names() {
        let refused = instrument(
            "x\n{{ __cat(1, 2) }}",
            whitespace(),
            &IncludeCosts::default(),
        );
        assert!(
            matches!(refused, Err(NotInstrumented::Refused(2, _))),
            "{refused:?}"
        );
        let broken = instrument("{{ x ~ }}", whitespace(), &IncludeCosts::default());
        assert_eq!(broken, Err(NotInstrumented::Syntax));
    }
}
