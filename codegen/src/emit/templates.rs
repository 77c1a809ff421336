//! Template sets: other languages (and documents) rendered from the model with minijinja.
//!
//! A template set is a folder holding a `manifest.yaml` and minijinja templates. The manifest
//! is declarative: which template renders into which file (once, per service or per
//! operation), the language's naming styles, reserved words and type map. Naming and type
//! mapping run here, in Rust filters driven by the manifest (`name`, `type`), as uniffi keeps
//! them in per-language views; templates only lay text out. Sets are read at run time, so a
//! user's own set needs no recompiling: `codegen generate --templates ./mylang`.
//!
//! Sets read the language-neutral [`model`], never the Rust IR. Undefined
//! variables are errors, and every error names the template file and line.
//!
//! Everything in a set is hostile input: the manifest and templates are size-limited (and the
//! manifest's nesting is bounded while it is read, as spec files' are), no file is read
//! through a link, output paths must stay inside the set's output folder, and rendering runs
//! on a fuel budget, so a template cannot loop without bound. Fuel counts instructions, not
//! bytes, so what templates build and write is bounded too ([`Limits`], enforced by
//! the checks of the `guard` module, which are put into each template before it is compiled).

mod guard;

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use minijinja::machinery::WhitespaceConfig;
use minijinja::value::Value;
use minijinja::{context, Environment, Error, ErrorKind, Template, UndefinedBehavior};
use serde::Deserialize;

pub use guard::Limits;
use guard::{add_checked_filter, Budget, IncludeCosts, NotInstrumented};

use super::model::{self, Model};
use crate::emit::header;
use crate::ir;
use crate::spec::load::{read_text_file, LocationIndex, YamlKind};

/// The manifest's file name.
pub const MANIFEST: &str = "manifest.yaml";
/// Manifests, as the YAML event scan reports them.
const MANIFESTS: YamlKind = YamlKind {
    files: "template manifests",
    depth_help: "a manifest needs four levels; this is not a manifest",
};
/// The largest manifest or template read.
const MAX_FILE_BYTES: u64 = 1 << 20;
/// The most files a set may hold.
const MAX_FILES: usize = 512;
/// The rendering budget of one set (minijinja fuel: roughly one unit per instruction).
const FUEL: u64 = 200_000_000;

/// A set's manifest.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The set's name (`typescript`); `--lang` selects by it.
    pub name: String,
    /// One line on what the set renders.
    #[serde(default)]
    pub description: String,
    /// The folder under the output folder that receives the set's files; the name by default.
    #[serde(default)]
    pub output: Option<String>,
    /// Naming styles by kind of name (`type`, `function`, `file`…): `pascal`, `camel`,
    /// `snake`, `screaming_snake`, `kebab`, `lower` or `wire`.
    #[serde(default)]
    pub naming: BTreeMap<String, Style>,
    /// Words a name may not be; a styled name equal to one gets `escape`.
    #[serde(default)]
    pub reserved: Vec<String>,
    /// How a reserved name, or one starting with a digit, is escaped: `{}` is the name
    /// (`"{}_"` by default).
    #[serde(default = "default_escape")]
    pub escape: String,
    /// The type map.
    #[serde(default)]
    pub types: TypeMap,
    /// How the `literal` filter writes values.
    #[serde(default)]
    pub literals: Literals,
    /// What to render.
    pub files: Vec<FileRule>,
}

fn default_escape() -> String {
    "{}_".to_owned()
}

/// A naming style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    /// `ModifyMessage`.
    Pascal,
    /// `modifyMessage`.
    Camel,
    /// `modify_message`.
    Snake,
    /// `MODIFY_MESSAGE`.
    ScreamingSnake,
    /// `modify-message`.
    Kebab,
    /// `modifymessage`.
    Lower,
    /// The name as the spec spells it.
    Wire,
}

/// How the model's types are spelled. `{item}`, `{value}` and `{name}` are replaced.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeMap {
    /// `bool`.
    pub bool: String,
    /// `i32`.
    pub i32: String,
    /// `i64`.
    pub i64: String,
    /// `u32`.
    pub u32: String,
    /// `u64`.
    pub u64: String,
    /// `f64`.
    pub f64: String,
    /// `string`.
    pub string: String,
    /// A list of `{item}`.
    pub list: String,
    /// A map from strings to `{value}`.
    pub map: String,
    /// An `{item}` that may be null.
    pub nullable: String,
    /// A named type: `{name}` is the name in the `type` style.
    #[serde(default = "default_named")]
    pub named: String,
}

fn default_named() -> String {
    "{name}".to_owned()
}

impl Default for TypeMap {
    fn default() -> Self {
        let same = |s: &str| s.to_owned();
        TypeMap {
            bool: same("bool"),
            i32: same("i32"),
            i64: same("i64"),
            u32: same("u32"),
            u64: same("u64"),
            f64: same("f64"),
            string: same("string"),
            list: same("list<{item}>"),
            map: same("map<string,{value}>"),
            nullable: same("{item}?"),
            named: default_named(),
        }
    }
}

/// How JSON values are written as the language's literals; objects and arrays keep JSON's
/// brackets, strings JSON's quoting.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Literals {
    /// `null`.
    pub null: String,
    /// `true`.
    #[serde(rename = "true")]
    pub true_: String,
    /// `false`.
    #[serde(rename = "false")]
    pub false_: String,
    /// A 64-bit integer (`i64`, `u64`): `{}` is its digits (`"{}n"` for a TypeScript bigint).
    pub int64: String,
}

impl Default for Literals {
    fn default() -> Self {
        Literals {
            null: "null".to_owned(),
            true_: "true".to_owned(),
            false_: "false".to_owned(),
            int64: "{}".to_owned(),
        }
    }
}

/// One output of a set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRule {
    /// A template of the set to render.
    #[serde(default)]
    pub template: Option<String>,
    /// A file of the set to copy as it is.
    #[serde(default)]
    pub copy: Option<String>,
    /// Where the output goes, inside the set's output folder. `{package}` is the generated
    /// package's name (`--crate-name`) and `{service}` the service's, both in the `package`
    /// style; `{operation}` is the operation's in the `file` style.
    pub path: String,
    /// How often: `once`, `service` (the default) or `operation`.
    #[serde(default)]
    pub per: Per,
}

/// How often a file rule renders.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// Once, with every service.
    Once,
    /// Once per service.
    #[default]
    Service,
    /// Once per operation of each service.
    Operation,
}

/// A set found on disk.
#[derive(Debug, Clone)]
pub struct TemplateSet {
    /// Its folder.
    pub dir: PathBuf,
    /// Its manifest.
    pub manifest: Manifest,
}

impl TemplateSet {
    /// The folder under the output folder that receives its files.
    pub fn output(&self) -> &str {
        self.manifest
            .output
            .as_deref()
            .unwrap_or(&self.manifest.name)
    }
}

/// The sets in `dirs`: a folder holding a `manifest.yaml` is a set, any other folder is
/// searched one level down. With `languages`, only the sets of those names (each must exist).
pub fn discover(dirs: &[PathBuf], languages: &[String]) -> Result<Vec<TemplateSet>, String> {
    let mut sets: Vec<TemplateSet> = Vec::new();
    for dir in dirs {
        if dir.join(MANIFEST).exists() {
            sets.push(load(dir)?);
            continue;
        }
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let mut found = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
            let file_type = entry.file_type().map_err(|e| e.to_string())?;
            let path = entry.path();
            if file_type.is_dir() && path.join(MANIFEST).exists() {
                found.push(path);
            }
        }
        found.sort();
        for path in found {
            sets.push(load(&path)?);
        }
    }
    for (i, set) in sets.iter().enumerate() {
        if let Some(other) = sets[..i]
            .iter()
            .find(|o| o.output() == set.output() || o.manifest.name == set.manifest.name)
        {
            return Err(format!(
                "{} and {} both render `{}`: give one another `name` or `output`",
                other.dir.display(),
                set.dir.display(),
                set.output()
            ));
        }
    }
    if !languages.is_empty() {
        for language in languages {
            if !sets.iter().any(|s| &s.manifest.name == language) {
                let known: Vec<&str> = sets.iter().map(|s| s.manifest.name.as_str()).collect();
                return Err(format!(
                    "no template set is called `{language}` (found: {})",
                    known.join(", ")
                ));
            }
        }
        sets.retain(|s| languages.contains(&s.manifest.name));
    }
    Ok(sets)
}

/// The file `rel` of the set in `dir`, checked component by component: `rel` is a relative
/// path of plain names, no folder on the way is a link (a linked folder could lead anywhere on
/// the machine: `ext/secret.txt` with `ext` a link to `/etc`), and the last component is a
/// plain file. The file is opened without following a link again when it is read.
fn path_in_set(dir: &Path, rel: &str) -> Result<PathBuf, String> {
    let not_in_set = || format!("`{rel}` is not a file of the set");
    let relative = relative_path(rel).ok_or_else(not_in_set)?;
    let components: Vec<Component> = relative.components().collect();
    let mut at = dir.to_path_buf();
    for (i, component) in components.iter().enumerate() {
        at.push(component);
        let meta = match fs::symlink_metadata(&at) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(not_in_set()),
            Err(e) => return Err(format!("cannot read {}: {e}", at.display())),
        };
        if meta.file_type().is_symlink() {
            return Err(format!(
                "{} is a symbolic link; links inside a template set are not followed",
                at.display()
            ));
        }
        let last = i + 1 == components.len();
        if !last && !meta.is_dir() {
            return Err(not_in_set());
        }
        if last && !meta.is_file() {
            return Err(format!("{} is not a plain file", at.display()));
        }
    }
    Ok(at)
}

/// Reads the file `rel` of the set in `dir` ([`path_in_set`]): a plain file of bounded size.
fn read_set_file(dir: &Path, rel: &str) -> Result<String, String> {
    let path = path_in_set(dir, rel)?;
    read_text_file(&path, MAX_FILE_BYTES, "a file of a template set")
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Loads one set's manifest and checks it. Every problem is reported at once, each with the
/// manifest's path and the line of the key it is about.
pub fn load(dir: &Path) -> Result<TemplateSet, String> {
    let path = dir.join(MANIFEST);
    let text = read_set_file(dir, MANIFEST)?;
    // serde_yaml recurses and backtracks per level; the event scan bounds depth (and refuses
    // anchors and aliases) as it streams, before serde_yaml sees the text.
    let index = LocationIndex::build_as(&text, MANIFESTS).map_err(|e| {
        let mut text = format!("{}:{}:{}: {}", path.display(), e.line, e.column, e.message);
        if let Some(help) = e.help {
            text.push_str(&format!("\n  = help: {help}"));
        }
        text
    })?;
    let manifest: Manifest = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}:{}", l.line(), l.column()))
            .unwrap_or_default();
        format!("{}{at}: {e}", path.display())
    })?;
    // (spec path in the manifest, message)
    let mut problems: Vec<(String, String)> = Vec::new();
    let name_ok = |n: &str| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if !name_ok(&manifest.name) {
        problems.push((
            "name".into(),
            format!(
                "`name: {}` must be ASCII letters, digits, `-` and `_`",
                manifest.name
            ),
        ));
    }
    if let Some(output) = &manifest.output {
        if relative_path(output).is_none() {
            problems.push((
                "output".into(),
                format!("`output: {output}` must be a relative path inside the output folder"),
            ));
        }
    }
    for kind in manifest.naming.keys() {
        if !NAME_KINDS.contains(&kind.as_str()) {
            problems.push((
                format!("naming.{kind}"),
                format!(
                    "`naming.{kind}` is not a kind of name (known: {})",
                    NAME_KINDS.join(", ")
                ),
            ));
        }
    }
    if manifest.escape.matches("{}").count() != 1 {
        problems.push((
            "escape".into(),
            format!("`escape: {}` must hold `{{}}` once", manifest.escape),
        ));
    }
    for (i, rule) in manifest.files.iter().enumerate() {
        let (key, source) = match (&rule.template, &rule.copy) {
            (Some(t), None) => ("template", t),
            (None, Some(c)) => ("copy", c),
            _ => {
                problems.push((
                    format!("files[{i}]"),
                    format!("files[{i}]: give exactly one of `template` and `copy`"),
                ));
                continue;
            }
        };
        if let Err(why) = path_in_set(dir, source) {
            problems.push((format!("files[{i}].{key}"), format!("files[{i}]: {why}")));
        }
        let placeholders_ok = match rule.per {
            Per::Once => !rule.path.contains("{service}") && !rule.path.contains("{operation}"),
            Per::Service => !rule.path.contains("{operation}"),
            Per::Operation => rule.path.contains("{operation}"),
        };
        if !placeholders_ok {
            problems.push((format!("files[{i}].path"), format!(
                "files[{i}]: `path: {}` does not fit `per: {:?}` (`{{service}}` for per service, `{{operation}}` too for per operation, neither for once)",
                rule.path,
                rule.per
            )));
        }
        let sample = rule
            .path
            .replace("{package}", "p")
            .replace("{service}", "s")
            .replace("{operation}", "o");
        if sample.contains(['{', '}']) || relative_path(&sample).is_none() {
            problems.push((format!("files[{i}].path"), format!(
                "files[{i}]: `path: {}` must be a relative path inside the output folder, with only `{{package}}`, `{{service}}` and `{{operation}}`",
                rule.path
            )));
        }
    }
    if manifest.files.is_empty() {
        problems.push(("files".into(), "`files` is empty".to_owned()));
    }
    if problems.is_empty() {
        Ok(TemplateSet {
            dir: dir.to_path_buf(),
            manifest,
        })
    } else {
        let lines: Vec<String> = problems
            .iter()
            .map(|(at, message)| {
                let (line, column) = index.locate(at).unwrap_or((1, 1));
                format!("{}:{line}:{column}: {message}", path.display())
            })
            .collect();
        Err(lines.join("\n"))
    }
}

/// The kinds of names a manifest styles.
pub const NAME_KINDS: &[&str] = &[
    "type", "field", "function", "variable", "constant", "variant", "module", "file", "package",
];

/// `path` as normal components only (no `..`, no root), or `None`.
fn relative_path(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    let normal = !path.is_empty()
        && p.components().all(|c| matches!(c, Component::Normal(_)))
        && !path.contains('\\');
    normal.then(|| p.to_path_buf())
}

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
    let model = model::model(ir);
    let package = model::Name::new(package);
    let mut out = BTreeMap::new();
    let budget = Arc::new(Budget::new(*limits));
    let mut total = 0usize;
    for set in sets {
        render_set(set, &model, &package, &budget, &mut total, &mut out)?;
    }
    Ok(out)
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

fn render_set(
    set: &TemplateSet,
    model: &Model,
    package_name: &model::Name,
    budget: &Arc<Budget>,
    total: &mut usize,
    out: &mut BTreeMap<String, String>,
) -> Result<(), String> {
    let manifest = &set.manifest;
    let naming = Naming::of(manifest);
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let ws = whitespace();
    env.set_trim_blocks(ws.trim_blocks);
    env.set_lstrip_blocks(ws.lstrip_blocks);
    env.set_keep_trailing_newline(ws.keep_trailing_newline);
    env.set_fuel(Some(FUEL));
    guard::install(&mut env, budget);
    let mut filter =
        |name: &'static str, f: Value| add_checked_filter(&mut env, name, f, None, budget);
    filter("doc_lines", Value::from_function(doc_lines));
    filter("json", Value::from_function(json));
    filter("json_pretty", Value::from_function(json_pretty));
    filter(
        "words",
        Value::from_function(|text: &str| model::words(text)),
    );
    filter("key", Value::from_function(key));
    let n = naming.clone();
    filter(
        "name",
        Value::from_function(move |value: Value, kind: &str| n.filter(&value, kind)),
    );
    let n = naming.clone();
    filter(
        "type",
        Value::from_function(move |ty: Value| n.type_filter(&ty)),
    );
    let literals = manifest.literals.clone();
    filter(
        "as_literal",
        Value::from_function(move |value: Value| -> Result<String, Error> {
            let value: serde_json::Value = serde_json::to_value(&value)
                .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))?;
            let mut out = String::new();
            write_literal(
                &literals,
                &serde_json::Value::Null,
                &serde_json::Value::Null,
                &value,
                &mut out,
            );
            Ok(out)
        }),
    );
    // Each service's schema as JSON, made once: the literal filters run per example.
    let schemas: std::sync::Arc<BTreeMap<String, serde_json::Value>> = std::sync::Arc::new(
        model
            .services
            .iter()
            .map(|s| {
                let schema = serde_json::to_value(&s.schema).unwrap_or(serde_json::Value::Null);
                (s.name.wire.clone(), schema)
            })
            .collect(),
    );
    for (name, envelope) in [("literal", false), ("envelope_literal", true)] {
        let literals = manifest.literals.clone();
        let schemas = schemas.clone();
        filter(
            name,
            Value::from_function(
                move |state: &minijinja::State, value: Value, ty: &str| -> Result<String, Error> {
                    let schema = state
                        .lookup("service")
                        .and_then(|s| s.get_attr("name").ok())
                        .and_then(|n| n.get_attr("wire").ok())
                        .and_then(|n| n.as_str().and_then(|n| schemas.get(n)))
                        .ok_or_else(|| {
                            Error::new(
                                ErrorKind::InvalidOperation,
                                "literal: needs a `service` (per service or per operation)",
                            )
                        })?;
                    let value: serde_json::Value = serde_json::to_value(&value)
                        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))?;
                    let ty = if envelope {
                        serde_json::json!({ "envelope": ty })
                    } else {
                        serde_json::json!({ "ref": ty })
                    };
                    let mut out = String::new();
                    write_literal(&literals, schema, &ty, &value, &mut out);
                    Ok(out)
                },
            ),
        );
    }

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
            .map_err(|e| template_error(&set.dir, &e))?;
    }

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
            .map_err(|e| template_error(&set.dir, &e))?;
        let via = format!("the {} template set ({name})", manifest.name);
        let header_of = |service: Option<&model::Service>| {
            let source = header::source(service.map(|s| s.spec_file.as_str()));
            header::line(&source, Some(&via))
        };
        match rule.per {
            Per::Once => {
                let text = render_file(
                    &template,
                    context! {
                        model => all.clone(),
                        package => package.clone(),
                        header => header_of(None),
                    },
                    &set.dir,
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
                            &template,
                            context! {
                                model => all.clone(),
                                package => package.clone(),
                                service => service_value,
                                header => header_of(Some(service)),
                            },
                            &set.dir,
                            budget,
                            total,
                        )?;
                        insert(out, &base, &path, text);
                        continue;
                    }
                    for op in &service.operations {
                        let path = path.replace("{operation}", &naming.style(&op.name, "file"));
                        let text = render_file(
                            &template,
                            context! {
                                model => all.clone(),
                                package => package.clone(),
                                service => service_value.clone(),
                                operation => Value::from_serialize(op),
                                header => header_of(Some(service)),
                            },
                            &set.dir,
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
/// files together may.
fn render_file(
    template: &Template<'_, '_>,
    context: Value,
    dir: &Path,
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
            return Err(template_error(dir, &e));
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

/// The `.j2` files under `dir`, named by their path relative to `root` (`/`-separated). Links
/// are neither followed into nor listed.
fn collect_templates(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "node_modules" || name == "__pycache__" {
            continue;
        }
        paths.push((entry.path(), entry.file_type().map_err(|e| e.to_string())?));
    }
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, file_type) in paths {
        if file_type.is_dir() {
            collect_templates(root, &path, out)?;
        } else if file_type.is_file() && path.extension().is_some_and(|e| e == "j2") {
            if out.len() >= MAX_FILES {
                return Err(format!(
                    "{} holds more than {MAX_FILES} templates",
                    root.display()
                ));
            }
            let name = path
                .strip_prefix(root)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .replace('\\', "/");
            out.push(name);
        }
    }
    Ok(())
}

fn template_error(dir: &Path, e: &Error) -> String {
    let mut text = format!("template error: {}", e.kind());
    if let Some(detail) = e.detail() {
        text.push_str(&format!(": {detail}"));
    }
    if let (Some(name), Some(line)) = (e.name(), e.line()) {
        text.push_str(&format!("\n  --> {}:{line}", dir.join(name).display()));
    }
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        if let Some(inner) = inner.downcast_ref::<Error>() {
            if let (Some(name), Some(line)) = (inner.name(), inner.line()) {
                text.push_str(&format!("\n  --> {}:{line}", dir.join(name).display()));
            }
        }
        source = inner.source();
    }
    text
}

/// Splits prose into lines for a block comment, with `*/` defused.
fn doc_lines(text: &str) -> Vec<String> {
    text.trim()
        .lines()
        .map(|l| l.trim_end().replace("*/", "*\\/"))
        .collect()
}

/// An object key as JavaScript (and JSON-like literals) write it: bare when it is an
/// identifier (`Member_Account`), quoted otherwise (`"2fa"`, `"user-id"`).
fn key(name: &str) -> String {
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if identifier {
        name.to_owned()
    } else {
        serde_json::to_string(name).unwrap_or_else(|_| format!("\"{name}\""))
    }
}

/// A value as compact JSON.
fn json(value: Value) -> Result<String, Error> {
    serde_json::to_string(&value)
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

/// A value as indented JSON.
fn json_pretty(value: Value) -> Result<String, Error> {
    serde_json::to_string_pretty(&value)
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

/// Writes `value`, a `ty` of `schema`, as a literal. `ty` is a schema type, or
/// `{"envelope": name}` for a whole response body whose result is a `name`.
fn write_literal(
    literals: &Literals,
    schema: &serde_json::Value,
    ty: &serde_json::Value,
    value: &serde_json::Value,
    out: &mut String,
) {
    use serde_json::Value as J;
    let types = &schema["types"];
    let find = |fields: &J, key: &str| -> Option<J> {
        fields
            .as_array()
            .and_then(|fields| fields.iter().find(|f| f[0] == key))
            .map(|f| f[1].clone())
    };
    // What the value's own parts are: a field's type, an item's, or unknown (`Null`).
    let field_type = |key: &str| -> J {
        if let Some(result) = ty.get("envelope") {
            let envelope = &schema["envelope"];
            if envelope["payload"] == key {
                return serde_json::json!({ "ref": result });
            }
            if let Some(t) = find(&envelope["fields"], key) {
                return t;
            }
            if !envelope["payload"].is_null() {
                return J::Null;
            }
            let name = result.as_str().unwrap_or_default();
            return find(&types[name]["fields"], key).unwrap_or(J::Null);
        }
        let Some(name) = ty.get("ref").and_then(J::as_str) else {
            return J::Null;
        };
        let def = &types[name];
        match def["kind"].as_str() {
            Some("struct") => find(&def["fields"], key).unwrap_or(J::Null),
            Some("union") if def["content"] == key => {
                let tag = def["tag"].as_str().unwrap_or_default();
                let variant = value.get(tag).and_then(J::as_str).unwrap_or_default();
                def["variants"]
                    .get(variant)
                    .map_or(J::Null, |t| serde_json::json!({ "ref": t }))
            }
            _ => J::Null,
        }
    };
    let inner = |ty: &J| -> J {
        match ty.as_array() {
            Some(pair) if pair.len() == 2 => pair[1].clone(),
            _ => J::Null,
        }
    };
    match value {
        J::Null => out.push_str(&literals.null),
        J::Bool(true) => out.push_str(&literals.true_),
        J::Bool(false) => out.push_str(&literals.false_),
        J::String(s) => out.push_str(&serde_json::to_string(s).unwrap_or_default()),
        J::Number(n) => {
            let ty = match ty.as_array() {
                Some(pair) if pair[0] == "null" => pair[1].clone(),
                _ => ty.clone(),
            };
            let wide = ty == "i64" || ty == "u64";
            if wide && (n.is_i64() || n.is_u64()) {
                out.push_str(&literals.int64.replacen("{}", &n.to_string(), 1));
            } else {
                out.push_str(&n.to_string());
            }
        }
        J::Array(items) => {
            let item = inner(ty);
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_literal(literals, schema, &item, v, out);
            }
            out.push(']');
        }
        J::Object(map) => {
            let is_map = ty.as_array().is_some_and(|pair| pair[0] == "map");
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push_str(": ");
                let t = if is_map { inner(ty) } else { field_type(k) };
                write_literal(literals, schema, &t, v, out);
            }
            out.push('}');
        }
    }
}

/// The manifest's naming and type map, as the filters apply them.
#[derive(Debug, Clone)]
struct Naming {
    styles: BTreeMap<String, Style>,
    reserved: std::collections::HashSet<String>,
    escape: String,
    types: TypeMap,
}

impl Naming {
    fn of(manifest: &Manifest) -> Naming {
        Naming {
            styles: manifest.naming.clone(),
            reserved: manifest.reserved.iter().cloned().collect(),
            escape: manifest.escape.clone(),
            types: manifest.types.clone(),
        }
    }

    /// `name` in the style of `kind`, escaped when reserved or not starting with a letter.
    fn style(&self, name: &model::Name, kind: &str) -> String {
        let style = self.styles.get(kind).copied().unwrap_or(Style::Wire);
        let words = &name.words;
        let cap = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        };
        let styled = match style {
            Style::Wire => name.wire.clone(),
            Style::Pascal => words.iter().map(|w| cap(w)).collect(),
            Style::Camel => words
                .iter()
                .enumerate()
                .map(|(i, w)| if i == 0 { w.clone() } else { cap(w) })
                .collect(),
            Style::Snake => words.join("_"),
            Style::ScreamingSnake => words.join("_").to_ascii_uppercase(),
            Style::Kebab => words.join("-"),
            Style::Lower => words.concat(),
        };
        let starts_badly = style != Style::Wire
            && !styled.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
        if self.reserved.contains(&styled) || starts_badly {
            self.escape.replacen("{}", &styled, 1)
        } else {
            styled
        }
    }

    /// The `name` filter: a model name (or a plain string) in the style of `kind`.
    fn filter(&self, value: &Value, kind: &str) -> Result<String, Error> {
        if !NAME_KINDS.contains(&kind) {
            return Err(Error::new(
                ErrorKind::InvalidOperation,
                format!(
                    "name: `{kind}` is not a kind of name (known: {})",
                    NAME_KINDS.join(", ")
                ),
            ));
        }
        let name = if let Some(text) = value.as_str() {
            model::Name::new(text)
        } else {
            let wire = value.get_attr("wire")?;
            let wire = wire.as_str().ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidOperation,
                    "name: expects a name (with `wire` and `words`) or a string",
                )
            })?;
            model::Name::new(wire)
        };
        Ok(self.style(&name, kind))
    }

    /// The `type` filter: a model type tree in the manifest's spelling.
    fn type_filter(&self, ty: &Value) -> Result<String, Error> {
        let invalid = |what: &str| Error::new(ErrorKind::InvalidOperation, format!("type: {what}"));
        let kind = ty.get_attr("kind")?;
        let t = &self.types;
        match kind.as_str() {
            Some("scalar") => {
                let scalar = ty.get_attr("scalar")?;
                Ok(match scalar.as_str() {
                    Some("bool") => t.bool.clone(),
                    Some("i32") => t.i32.clone(),
                    Some("i64") => t.i64.clone(),
                    Some("u32") => t.u32.clone(),
                    Some("u64") => t.u64.clone(),
                    Some("f64") => t.f64.clone(),
                    Some("string") => t.string.clone(),
                    _ => return Err(invalid("unknown scalar")),
                })
            }
            Some("list") => Ok(t
                .list
                .replace("{item}", &self.type_filter(&ty.get_attr("item")?)?)),
            Some("map") => Ok(t
                .map
                .replace("{value}", &self.type_filter(&ty.get_attr("value")?)?)),
            Some("nullable") => Ok(t
                .nullable
                .replace("{item}", &self.type_filter(&ty.get_attr("item")?)?)),
            Some("named") => {
                let name = ty.get_attr("name")?;
                let name = name
                    .as_str()
                    .ok_or_else(|| invalid("a named type without a name"))?;
                Ok(t.named
                    .replace("{name}", &self.style(&model::Name::new(name), "type")))
            }
            _ => Err(invalid("not a type")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Scalar, Type};

    fn naming(yaml: &str) -> Naming {
        let manifest: Manifest = serde_yaml::from_str(yaml).unwrap();
        Naming::of(&manifest)
    }

    const TS: &str = r#"
name: ts
naming: {type: pascal, function: camel, constant: screaming_snake, file: snake, package: kebab}
reserved: [delete, new]
escape: "{}_"
types: {bool: boolean, i32: number, i64: bigint, u32: number, u64: bigint, f64: number,
        string: string, list: "Array<{item}>", map: "Record<string, {value}>",
        nullable: "{item} | null"}
files: [{template: a.j2, path: "{service}/a.ts"}]
"#;

    #[test]
    fn names_follow_the_manifest() {
        let n = naming(TS);
        let name = model::Name::new("ModifyMessage");
        assert_eq!(n.style(&name, "function"), "modifyMessage");
        assert_eq!(n.style(&name, "constant"), "MODIFY_MESSAGE");
        assert_eq!(n.style(&name, "file"), "modify_message");
        assert_eq!(
            n.style(&model::Name::new("tencent-chat"), "package"),
            "tencent-chat"
        );
        // Reserved words and leading digits are escaped; unstyled kinds keep the wire name.
        assert_eq!(n.style(&model::Name::new("Delete"), "function"), "delete_");
        assert_eq!(n.style(&model::Name::new("2fa"), "function"), "2fa_");
        assert_eq!(
            n.style(&model::Name::new("Member_Account"), "field"),
            "Member_Account"
        );
    }

    #[test]
    fn types_follow_the_manifest() {
        let n = naming(TS);
        let ty = |t: &Type| n.type_filter(&Value::from_serialize(t)).unwrap();
        let i64 = Type::Scalar {
            scalar: Scalar::I64,
        };
        let map = Type::Map {
            value: Box::new(i64.clone()),
        };
        assert_eq!(ty(&i64), "bigint");
        assert_eq!(
            ty(&Type::List {
                item: Box::new(map)
            }),
            "Array<Record<string, bigint>>"
        );
        assert_eq!(
            ty(&Type::Nullable {
                item: Box::new(Type::Named {
                    name: "MemberMarks".into()
                })
            }),
            "MemberMarks | null"
        );
    }

    #[test]
    fn a_deeply_nested_manifest_is_refused_while_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = dir.path().join(MANIFEST);
        for text in [
            // 120 KB of flow brackets, and the same depth in block style under a real key.
            "[".repeat(120_000),
            format!("name: deep\nfiles:\n{}x\n", "- ".repeat(60_000)),
            // Flow mappings in lists, which serde_yaml took seconds to read and refuse.
            format!("name: deep\nfiles: {}\n", "[{a: ".repeat(24_000)),
        ] {
            fs::write(&manifest, &text).unwrap();
            let err = load(dir.path()).unwrap_err();
            assert!(
                err.contains(&format!("{}:", manifest.display())),
                "names the manifest: {err}"
            );
            assert!(err.contains("deeper than 64 levels"), "says why: {err}");
            let line: usize = err[manifest.display().to_string().len() + 1..]
                .split(':')
                .next()
                .and_then(|l| l.parse().ok())
                .unwrap_or_else(|| panic!("a line number: {err}"));
            assert!((1..=3).contains(&line), "{err}");
        }
    }

    #[test]
    fn bad_manifests_are_refused_with_every_problem() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.j2"), "x").unwrap();
        fs::write(
            dir.path().join(MANIFEST),
            "name: 'bad name'\noutput: ../up\nnaming: {colour: snake}\nescape: nope\nfiles:\n  - {template: a.j2, path: '../{service}/x'}\n  - {template: missing.j2, path: once.txt, per: once}\n  - {copy: a.j2, path: '{service}.txt', per: once}\n",
        )
        .unwrap();
        let err = load(dir.path()).unwrap_err();
        for expected in [
            "`name: bad name`",
            "`output: ../up`",
            "`naming.colour`",
            "`escape: nope`",
            "files[0]: `path: ../{service}/x`",
            "files[1]: `missing.j2` is not a file of the set",
            "files[2]: `path: {service}.txt` does not fit",
        ] {
            assert!(err.contains(expected), "{expected} in {err}");
        }
    }
}
