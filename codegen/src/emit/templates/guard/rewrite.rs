//! The rewriting of a template before it is compiled: its operators become calls of the checked
//! functions, and every body that can run many times, every `{% include %}` and the top level
//! count their template text, each without moving a line ([the module docs](super)).

use std::collections::BTreeMap;

use minijinja::machinery::{ast, parse, tokenize, Span, Token, WhitespaceConfig};
use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;

use super::RESERVED;

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

/// Rewrites `source` with the checks in place ([the module docs](super)).
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
