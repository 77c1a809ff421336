//! Rendering a set: one minijinja environment per set, with strict undefined values, the
//! filters and the checks of `guard` in place, every template of the set loaded (so templates
//! may import and include each other), then each file rule rendered once, per service or per
//! operation, on a fuel and byte budget.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;
use std::sync::Arc;

use minijinja::machinery::WhitespaceConfig;
use minijinja::value::Value;
use minijinja::{context, Environment, Error, Template, UndefinedBehavior};

use super::filters::{self, Naming};
use super::format::{self, Formatted};
use super::guard::{self, Budget, IncludeCosts, Limits, NotInstrumented};
use super::manifest::{collect_templates, read_set_file, relative_path, Per, TemplateSet};
use crate::emit::header;
use crate::emit::model::{self, Model};
use crate::ir;

/// The rendering budget of one set (minijinja fuel: roughly one unit per instruction).
const FUEL: u64 = 200_000_000;

/// Renders every set for the IR; keys are paths under the output folder. `package` is the name
/// of the package being generated (`--crate-name`), which templates see as `package`.
pub fn render(
    sets: &[TemplateSet],
    ir: &ir::Ir,
    package: &str,
) -> Result<BTreeMap<String, String>, String> {
    render_with_limits(sets, ir, package, &Limits::default())
}

/// [`render`] within other [`Limits`] than the default ones.
pub fn render_with_limits(
    sets: &[TemplateSet],
    ir: &ir::Ir,
    package: &str,
    limits: &Limits,
) -> Result<BTreeMap<String, String>, String> {
    render_with(sets, ir, package, limits, false).map(|(files, _)| files)
}

/// [`render`] within `limits`, running each set's formatter when `run_formatters` is set: the files,
/// and notes for the user (a formatter that is not installed, or one not run).
pub fn render_with(
    sets: &[TemplateSet],
    ir: &ir::Ir,
    package: &str,
    limits: &Limits,
    run_formatters: bool,
) -> Result<(BTreeMap<String, String>, Vec<String>), String> {
    let model = model::model(ir);
    let package = model::Name::new(package);
    let mut out = BTreeMap::new();
    let mut notes = Vec::new();
    let budget = Arc::new(Budget::new(*limits));
    let mut total = 0usize;
    for set in sets {
        let mut files = BTreeMap::new();
        render_set(set, &model, &package, &budget, &mut total, &mut files)?;
        if let Some(formatter) = &set.manifest.format {
            let program = formatter.command.first().cloned().unwrap_or_default();
            let name = &set.manifest.name;
            if !run_formatters {
                notes.push(format!(
                    "the {name} set names a formatter ({program}); it runs with --format"
                ));
            } else {
                let base = relative_path(set.output())
                    .unwrap_or_default()
                    .to_string_lossy()
                    .replace('\\', "/");
                if let Formatted::NotInstalled(program) =
                    format::format_set(set, formatter, &base, &mut files)?
                {
                    notes.push(format!(
                        "the {name} set's formatter `{program}` is not installed: its files are written as rendered"
                    ));
                }
            }
        }
        out.append(&mut files);
    }
    Ok((out, notes))
}

/// How templates treat whitespace: the environment and the rewriting agree on it.
fn whitespace() -> WhitespaceConfig {
    WhitespaceConfig {
        keep_trailing_newline: true,
        lstrip_blocks: true,
        trim_blocks: true,
    }
}

/// Collects a file's output, up to `limit` bytes.
struct Sink {
    bytes: Vec<u8>,
    limit: usize,
    over: bool,
}

impl io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.bytes.len().saturating_add(buf.len()) > self.limit {
            self.over = true;
            return Err(io::Error::other("the output limit"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A set's environment: strict about undefined values, on the fuel budget, with the checked
/// built-ins and functions of `guard`, the generator's filters, and every template of the set,
/// each compiled with the checks of `guard` in place.
fn environment(
    set: &TemplateSet,
    model: &Model,
    budget: &Arc<Budget>,
) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let ws = whitespace();
    env.set_trim_blocks(ws.trim_blocks);
    env.set_lstrip_blocks(ws.lstrip_blocks);
    env.set_keep_trailing_newline(ws.keep_trailing_newline);
    env.set_fuel(Some(FUEL));
    guard::install(&mut env, budget);
    filters::install(&mut env, budget, &set.manifest, model);

    // Every template of the set is loaded, so templates can import and include each other;
    // each is compiled with the checks of `guard` in place (what including each one writes
    // is known first).
    let mut names = Vec::new();
    collect_templates(&set.dir, &set.dir, &mut names)?;
    let mut texts = Vec::new();
    for name in names {
        let text = read_set_file(&set.dir, &name)?;
        texts.push((name, text));
    }
    let costs = IncludeCosts(
        texts
            .iter()
            .filter_map(|(name, text)| {
                let top = guard::instrument(text, ws, &IncludeCosts::default()).ok()?;
                Some((name.clone(), top.top_text))
            })
            .collect(),
    );
    for (name, text) in texts {
        let source = match guard::instrument(&text, ws, &costs) {
            Ok(instrumented) => instrumented.source,
            // Compiling the template as it is reports the syntax error, with its line.
            Err(NotInstrumented::Syntax) => text,
            Err(NotInstrumented::Refused(line, message)) => {
                return Err(format!(
                    "template error: {message}\n  --> {}:{line}",
                    set.dir.join(&name).display()
                ))
            }
        };
        env.add_template_owned(name, source)
            .map_err(|e| template_error(&set.dir, None, &e))?;
    }
    Ok(env)
}

/// Renders each file rule of a set: a copy as it is, a template once, per service or per
/// operation, each file under the generated-file header.
fn render_set(
    set: &TemplateSet,
    model: &Model,
    package_name: &model::Name,
    budget: &Arc<Budget>,
    total: &mut usize,
    out: &mut BTreeMap<String, String>,
) -> Result<(), String> {
    let manifest = &set.manifest;
    let naming = Naming::of(manifest, model);
    let env = environment(set, model, budget)?;

    let base = relative_path(set.output()).unwrap_or_default();
    let all = Value::from_serialize(model);
    let package = Value::from_serialize(package_name);
    let package_dir = naming.style(package_name, "package");
    for rule in &manifest.files {
        let rule_path = rule.path.replace("{package}", &package_dir);
        if let Some(copy) = &rule.copy {
            let text = read_set_file(&set.dir, copy)?;
            *total = total.saturating_add(text.len());
            if *total > budget.limits().total_output_bytes {
                return Err(format!(
                    "{}: the output of all template sets together would be more than {}",
                    set.dir.join(copy).display(),
                    guard::size(budget.limits().total_output_bytes)
                ));
            }
            insert(out, &base, &rule_path, text);
            continue;
        }
        let Some(name) = &rule.template else { continue };
        let template = env
            .get_template(name)
            .map_err(|e| template_error(&set.dir, Some(&env), &e))?;
        let via = format!("the {} template set ({name})", manifest.name);
        let header_of = |service: Option<&model::Service>| {
            let source = header::source(service.map(|s| s.spec_file.as_str()));
            header::line(&source, Some(&via))
        };
        match rule.per {
            Per::Once => {
                let text = render_file(
                    (&env, &template),
                    context! {
                        model => all.clone(),
                        package => package.clone(),
                        header => header_of(None),
                    },
                    (&set.dir, &rule_path),
                    budget,
                    total,
                )?;
                insert(out, &base, &rule_path, text);
            }
            Per::Service | Per::Operation => {
                for service in &model.services {
                    let service_name = naming.style(&service.name, "package");
                    let path = rule_path.replace("{service}", &service_name);
                    let service_value = Value::from_serialize(service);
                    if rule.per == Per::Service {
                        let text = render_file(
                            (&env, &template),
                            context! {
                                model => all.clone(),
                                package => package.clone(),
                                service => service_value,
                                header => header_of(Some(service)),
                            },
                            (&set.dir, &format!("{path} (service {})", service.name.wire)),
                            budget,
                            total,
                        )?;
                        insert(out, &base, &path, text);
                        continue;
                    }
                    for op in &service.operations {
                        let path = path.replace("{operation}", &naming.style(&op.name, "file"));
                        let text = render_file(
                            (&env, &template),
                            context! {
                                model => all.clone(),
                                package => package.clone(),
                                service => service_value.clone(),
                                operation => Value::from_serialize(op),
                                header => header_of(Some(service)),
                            },
                            (
                                &set.dir,
                                &format!(
                                    "{path} (operation {} of service {})",
                                    op.name.wire, service.name.wire
                                ),
                            ),
                            budget,
                            total,
                        )?;
                        insert(out, &base, &path, text);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Renders one file within the budget: what one file may write, and what is left of what all
/// files together may. `dir` is the set's folder and `rendering` the file being rendered, with
/// the service or operation it is for, which an error names.
fn render_file(
    (env, template): (&Environment<'_>, &Template<'_, '_>),
    context: Value,
    (dir, rendering): (&Path, &str),
    budget: &Budget,
    total: &mut usize,
) -> Result<String, String> {
    budget.reset();
    let limits = budget.limits();
    let left = limits.total_output_bytes.saturating_sub(*total);
    let mut sink = Sink {
        bytes: Vec::new(),
        limit: limits.file_output_bytes.min(left),
        over: false,
    };
    if let Err(e) = template.render_captured_to(context, &mut sink) {
        if !sink.over {
            // minijinja keeps no stack of templates: when the error is in an included or
            // imported one, the template being rendered is named after it.
            let mut text = template_error(dir, Some(env), &e);
            if e.name() != Some(template.name()) {
                text.push_str(&format!(
                    "\n  = in a template {} includes or imports",
                    dir.join(template.name()).display()
                ));
            }
            return Err(format!("{text}\n  = while rendering {rendering}"));
        }
        let what = if left < limits.file_output_bytes {
            format!(
                "the output of all template sets together would be more than {}",
                guard::size(limits.total_output_bytes)
            )
        } else {
            format!(
                "the output of this file would be more than {}",
                guard::size(limits.file_output_bytes)
            )
        };
        return Err(format!(
            "template error: {what}\n  --> {}",
            dir.join(template.name()).display()
        ));
    }
    *total = total.saturating_add(sink.bytes.len());
    String::from_utf8(sink.bytes)
        .map_err(|e| format!("{}: {e}", dir.join(template.name()).display()))
}

fn insert(out: &mut BTreeMap<String, String>, base: &Path, path: &str, text: String) {
    let key = base.join(path).to_string_lossy().replace('\\', "/");
    out.insert(key, text);
}

/// A template error: what went wrong, the expression that failed when it can be shown (the
/// undefined `f.requird`), and each template on the way (an included or imported one first,
/// then the one that included it), by file and line.
fn template_error(dir: &Path, env: Option<&Environment<'_>>, e: &Error) -> String {
    // An error in an included template comes wrapped ("could not render include"): the
    // innermost error says what went wrong, and each error on the way says where.
    let mut chain: Vec<&Error> = vec![e];
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        if let Some(inner) = inner.downcast_ref::<Error>() {
            chain.push(inner);
        }
        source = inner.source();
    }
    let root = chain.last().copied().unwrap_or(e);
    let mut text = format!("template error: {}", root.kind());
    if let Some(detail) = root.detail() {
        text.push_str(&format!(": {detail}"));
    }
    if let Some(expression) = env.and_then(|env| failing_expression(env, root)) {
        text.push_str(&format!(" (in `{expression}`)"));
    }
    let mut shown = Vec::new();
    for error in chain.iter().rev() {
        if let (Some(name), Some(line)) = (error.name(), error.line()) {
            let at = format!("\n  --> {}:{line}", dir.join(name).display());
            if !shown.contains(&at) {
                text.push_str(&at);
                shown.push(at);
            }
        }
    }
    text
}

/// The text of the expression an error points at, when it is short and is the template's own
/// (not one of the checks `guard` wrote in).
fn failing_expression(env: &Environment<'_>, e: &Error) -> Option<String> {
    let template = env.get_template(e.name()?).ok()?;
    let expression = template.source().get(e.range()?)?.trim();
    let own = !guard::RESERVED.iter().any(|name| expression.contains(name));
    (own && !expression.is_empty() && expression.len() <= 120 && !expression.contains('\n'))
        .then(|| expression.to_owned())
}
