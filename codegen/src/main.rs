//! The `codegen` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Validates the API specs and generates the `imapi` crate from them.
#[derive(Debug, Parser)]
#[command(name = "codegen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Regenerates the crate (and the spec schemas) from the spec.
    Generate(Generation),
    /// Exits 1 with a diff when the generated files differ from what the spec gives.
    Check(Generation),
    /// Checks the spec only.
    Validate {
        /// The spec folder.
        #[arg(long, default_value = "spec")]
        spec: PathBuf,
    },
    /// Lists the template sets (languages) found, with where each renders to.
    Languages {
        /// Template folders to search (default: `templates/`).
        #[arg(long)]
        templates: Vec<PathBuf>,
    },
    /// Prints the language-neutral model that template sets read, as JSON
    /// (documented in templates/README.md).
    Model {
        /// The spec folder.
        #[arg(long, default_value = "spec")]
        spec: PathBuf,
    },
    /// Prints the checked IR (the Rust emitter's input) as JSON.
    Ir {
        /// The spec folder.
        #[arg(long, default_value = "spec")]
        spec: PathBuf,
    },
    /// Compares two specs and says what each change does to users, and the release the
    /// generated packages need.
    #[command(after_help = DIFF_HELP)]
    Diff(Diffing),
    /// Drafts an operation file from a vendor page (Volcengine's Markdown source or Tencent's
    /// rendered text), with `todo` entries for what it cannot decide.
    #[command(after_help = IMPORT_HELP)]
    Import(Importing),
    /// Compares vendor pages with the spec files that name them as their source, and lists
    /// each difference with its page line and spec path.
    #[command(name = "doc-drift", after_help = DRIFT_HELP)]
    DocDrift(Drifting),
    /// Writes a corpus of requests drawn from the spec, with the generated Rust crate's
    /// verdict on each, for a template set to check its own validators against
    /// (templates/README.md, "Proving a set agrees").
    Corpus(Corpus),
}

/// What `corpus` draws, and from which crate its verdicts come.
#[derive(Debug, Args)]
struct Corpus {
    /// The spec folder.
    #[arg(long, default_value = "spec")]
    spec: PathBuf,
    /// The generated crate whose verdicts are written: its `verdicts` example is run with
    /// cargo (so it is built first, once).
    #[arg(long = "crate", value_name = "DIR", default_value = "generated")]
    crate_dir: PathBuf,
    /// Requests drawn per operation.
    #[arg(long, default_value_t = 120)]
    per_operation: usize,
    /// The seed: the same spec and seed draw the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write only the requests, without running the crate for verdicts.
    #[arg(long)]
    requests_only: bool,
    /// The file to write (standard output when not given).
    #[arg(long)]
    out: Option<PathBuf>,
}

/// The rest of `codegen doc-drift --help`.
const DRIFT_HELP: &str = "\
Each page is imported as `codegen import` reads it (nothing is written) and compared with the
spec file that names it: whose `source.seed` is the page's file name, else whose `source.url`
(or an `also_from` url) is the page's address, else the one defining the operation the page
names. A page file carries its address as a first line that is only the address, or a line
`url: https://...` (also `source:`, `source_url:`, `page:`) among its first 30 lines; that line
is read as empty, so page lines keep their numbers.

Compared: the HTTP binding, the rate limit, every field's type, required flag, example,
default and limits (through nested types), the values a description lists (`1: add; 2:
delete`) against the field's enum, the examples leaf by leaf, the error codes against the
operation's `errors` and the codes its `rules` name. Each difference is one item, with the
page line and the spec file, line and path. Kinds: field added / removed / renamed (a row gone
and one new with the same description, or the same type at the same place), field only in the
examples (no table row), type / required / example / default changed, limit <name> changed,
enum value added / removed / renamed (meaning) / changed (wire value), enum values listed (for
a field whose spec type is no enum), example changed / added / removed (one per request or
response), rate limit changed, HTTP binding changed, error code added / removed, error
description changed.

Only what the page states is compared: required flags of a table without that column, types
the page links to on other pages, enum values of a field whose description lists none, and
error codes of a page without an error table are left out. A difference whose field, value or
code the spec's `doc_notes` name was resolved on purpose: it is listed as noted, and is not
drift.

--format json prints an array, one object per page, with stable keys: {page, spec_file,
items: [{kind, key, page, spec, line, spec_file, spec_path, spec_line, noted}]} (line 0: not
on the page; spec_path \"\": not in the spec; page/spec null on the side without the fact).

Exit status: 0 when every page is in step, 1 with drift, 2 on an error (an unreadable page, a
spec that does not load, no spec file for a page).";

/// What `doc-drift` compares.
#[derive(Debug, Args)]
struct Drifting {
    /// The pages.
    #[arg(required = true, value_name = "PAGE")]
    pages: Vec<PathBuf>,
    /// The spec folder.
    #[arg(long, default_value = "spec")]
    spec: PathBuf,
    /// How the report is printed.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// The rest of `codegen import --help`.
const IMPORT_HELP: &str = "\
Each page is read from a file (at most 2 MiB, UTF-8; nothing is fetched), its form detected:
Volcengine's Markdown source (front matter, `Action=` URL, `| 参数 | 类型 | 是否必选 | 示例值 |
描述 |` tables and sub-tables, QPS line, fenced examples) or Tencent's rendered text (a `v4/…`
request URL, `Field | Type | Required | Description |` rows, JSON sample lines, error codes).

The draft has every field with its wire name, our type (the page's word kept as `doc_type`),
the required flag, the description verbatim and the example; the examples (repaired where the
page's JSON is invalid), the rate limit, the error codes, `source.url` when the page file
carries its address (a first line that is only the address, or a line `url: https://...`; read
as an empty line) and `# page line N` comments. A limit
or default read from a description is written with a `draft:` marker holding its sentence;
whatever the importer cannot decide (an unknown type, a field only the example shows, a
contradiction between table and example, a repaired example) is a `todo:` entry with its page
line. `codegen validate` and `generate` refuse the file until every `todo` and `draft` is
resolved and deleted.

Exit status: 0 when every page was drafted, 1 when one was not (unreadable, an unknown form,
no operation name, or the file exists without `--force`).

Examples:
  codegen import ../shared/seeds/004_ba3295fb0df4b5b3.txt --out /tmp/drafts
  codegen import page.md --service volcengine-rtc-im     writes spec/volcengine-rtc-im/<op>.yaml";

/// What `import` reads and where the drafts go.
#[derive(Debug, Args)]
struct Importing {
    /// The pages, one operation each.
    #[arg(required = true, value_name = "PAGE")]
    pages: Vec<PathBuf>,
    /// The service folder the drafts belong to (default: `volcengine-rtc-im` for a Volcengine
    /// page, `tencent-chat` for a Tencent page).
    #[arg(long)]
    service: Option<String>,
    /// The folder to write the drafts to (default: `spec/<service>`).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Replace a file that exists.
    #[arg(long)]
    force: bool,
    /// Print the drafts instead of writing them.
    #[arg(long)]
    stdout: bool,
}

/// The rest of `codegen diff --help`.
const DIFF_HELP: &str = "\
Both specs are loaded and checked as `codegen validate` does; a base that does not check is an
error naming it. Each change is put in one class, the worst that applies:

  Breaking for the Rust API  code using the generated crate may no longer compile: an operation,
                             type, field, enum value or union variant removed or renamed, a
                             field's type changed, a field made required or optional, an enum
                             closed or opened, a field or enum value added (generated structs
                             and enums are exhaustive), a new operation (`StrictService` gains a
                             method), `new(..)` taking other parameters, a type leaving
                             its operation's module (a second operation uses it)
  Breaking on the wire       a server refuses what it accepted or answers what old clients
                             cannot read: a tighter limit, a new required request field, a new
                             rule across fields, a lower rate limit, another HTTP binding, a
                             removed error code
  Compatible                 a looser limit, a new error code, a higher rate limit (minor);
                             examples and documentation (patch)

The advice is the semver release: major if the Rust API breaks, else minor (additions, and
breaks on the wire, which no signature shows), else patch; and the same under Cargo's rules for
a 0.x crate, where a breaking change bumps the minor number.

Exit status: 0 when no change breaks (the API or the wire), 1 when one does, 2 on an error (a
spec that does not check, an unknown base, a changelog that cannot be written).

Examples:
  codegen diff                       the working tree's spec/ against HEAD's
  codegen diff --base v0.1.0 --changelog CHANGELOG.md
  codegen diff --base ../old/spec --format json";

/// What `diff` compares, and how it reports.
#[derive(Debug, Args)]
struct Diffing {
    /// The spec users have: a folder, or a git reference (commit, branch, tag) whose copy of
    /// the spec folder is compared.
    #[arg(long, default_value = "HEAD")]
    base: String,
    /// The spec they will get.
    #[arg(long, default_value = "spec")]
    spec: PathBuf,
    /// How the report is printed.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Also write the report as a Markdown section at the top of this changelog (created if
    /// need be; after its `# ` title if it has one).
    #[arg(long, value_name = "FILE")]
    changelog: Option<PathBuf>,
    /// The generated packages' current version, to say the next one (default: the version in
    /// `generated/Cargo.toml` beside the spec folder, when there is one).
    #[arg(long, value_name = "VERSION")]
    crate_version: Option<String>,
}

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For tools: the changes with their class, rule, path and flags.
    Json,
}

/// What `generate` and `check` render, and where it goes.
#[derive(Debug, Args)]
struct Generation {
    /// The spec folder.
    #[arg(long, default_value = "spec")]
    spec: PathBuf,
    /// The generated crate's folder.
    #[arg(long, default_value = "generated")]
    out: PathBuf,
    /// The generated crate's package name.
    #[arg(long, default_value = codegen::CRATE_NAME)]
    crate_name: String,
    /// Template sets to render into the output folder (repeatable): a folder holding a
    /// `manifest.yaml` is one set (your own: `--templates ./mylang`), any other folder holds
    /// sets one level down. Default: the built-in sets of `templates/`, when it exists.
    #[arg(long)]
    templates: Vec<PathBuf>,
    /// Render only the template set of this name (repeatable); `codegen languages` lists them.
    #[arg(long = "lang")]
    languages: Vec<String>,
    /// Render no template set.
    #[arg(long, conflicts_with_all = ["templates", "languages"])]
    no_templates: bool,
    /// Render the template sets alone: no Rust crate and no OpenAPI documents in the output
    /// folder (for a set of one's own: `--sets-only --templates ./mylang --out target/mine`).
    #[arg(long, conflicts_with = "no_templates")]
    sets_only: bool,
    /// Run each set's formatter (`format:` in its manifest, a program the set names) over
    /// its files; `check` needs the same flag as the `generate` it checks.
    #[arg(long, conflicts_with = "no_templates")]
    format: bool,
    /// Replace the output folder even if it holds files that codegen did not write (it has no
    /// `.generated-by-codegen` marker). Everything in it is deleted.
    #[arg(long)]
    force: bool,
}

impl Generation {
    /// The generator's options: the default templates folder is optional, one named on the
    /// command line must exist.
    fn options(&self) -> codegen::Options {
        codegen::Options {
            crate_name: self.crate_name.clone(),
            templates: template_dirs(&self.templates, self.no_templates),
            languages: self.languages.clone(),
            rust: !self.sets_only,
            format: self.format,
        }
    }

    /// Everything rendered in memory.
    fn render(&self) -> Result<codegen::Outputs, (PathBuf, codegen::Error)> {
        codegen::generate_in_memory_with(&self.spec, &self.options())
            .map_err(|e| (self.spec.clone(), e))
    }
}

fn main() -> ExitCode {
    let command = Cli::parse().command;
    if let Command::Diff(diffing) = command {
        return diff(&diffing);
    }
    if let Command::Import(importing) = command {
        return import(&importing);
    }
    if let Command::DocDrift(drifting) = command {
        return doc_drift(&drifting);
    }
    match run(command) {
        Ok(code) => code,
        Err((spec, error)) => {
            match error {
                codegen::Error::Spec(d) => eprint!("{}", d.render(&display(&spec))),
                other => eprintln!("error: {other}"),
            }
            ExitCode::FAILURE
        }
    }
}

/// `codegen doc-drift`: 0 in step, 1 with drift, 2 on an error.
fn doc_drift(args: &Drifting) -> ExitCode {
    let (services, diags) = codegen::spec::load::load(&args.spec);
    if !diags.is_empty() {
        let label = display(&args.spec);
        eprint!(
            "error: the spec {label} does not load\n\n{}",
            codegen::Diagnostics(diags).render(&label)
        );
        return ExitCode::from(2);
    }
    let mut drift = false;
    let mut reports = Vec::new();
    for page in &args.pages {
        let name = page
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let result = codegen::import::read_page(page)
            .and_then(|text| codegen::import::drift::run(&name, &text, &services));
        match result {
            Ok((file, items)) => {
                drift |= items.iter().any(|i| !i.noted);
                reports.push((page.display().to_string(), file, items));
            }
            Err(e) => {
                eprintln!("error: {}: {e}", page.display());
                return ExitCode::from(2);
            }
        }
    }
    let printed = match args.format {
        Format::Json => {
            let value: Vec<serde_json::Value> = reports
                .iter()
                .map(|(page, file, items)| {
                    serde_json::json!({"page": page, "spec_file": file, "items": items})
                })
                .collect();
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
        Format::Text => {
            let mut out = String::new();
            for (page, file, items) in &reports {
                let (noted, drifted): (Vec<_>, Vec<_>) = items.iter().partition(|i| i.noted);
                out += &format!(
                    "{page} against {}: {} drift items, {} differences resolved in doc_notes\n",
                    display(&args.spec.join(file)),
                    drifted.len(),
                    noted.len()
                );
                for (label, list) in [("", &drifted), ("noted: ", &noted)] {
                    for i in list.iter() {
                        let line = if i.line > 0 {
                            format!("page line {}", i.line)
                        } else {
                            "not on the page".into()
                        };
                        out += &format!(
                            "  {label}{}: {} ({line}): page {}, spec {}\n",
                            i.kind,
                            i.key.trim(),
                            i.page.as_deref().unwrap_or("-"),
                            i.spec.as_deref().unwrap_or("-")
                        );
                        if !i.spec_path.is_empty() {
                            let at = i.spec_line.map(|l| format!(":{l}")).unwrap_or_default();
                            out += &format!(
                                "    --> {}{at} ({})\n",
                                display(&args.spec.join(&i.spec_file)),
                                i.spec_path
                            );
                        }
                    }
                }
            }
            out
        }
    };
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), printed.as_bytes());
    if drift {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `codegen import`: 0 when every page was drafted, 1 otherwise.
fn import(args: &Importing) -> ExitCode {
    if let Some(service) = &args.service {
        if !codegen::naming::is_kebab_case(service) {
            eprintln!("error: `--service {service}` is not a kebab-case service name");
            return ExitCode::FAILURE;
        }
    }
    let mut failed = false;
    for page in &args.pages {
        match import_one(args, page) {
            Ok(message) => eprintln!("{message}"),
            Err(message) => {
                eprintln!("error: {}: {message}", page.display());
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Drafts one page; what was written, or why not.
fn import_one(args: &Importing, page: &Path) -> Result<String, String> {
    let text = codegen::import::read_page(page)?;
    let name = page
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let draft = codegen::import::import(&name, &text)?;
    let rendered = codegen::import::yaml::render(&draft);
    let summary = format!(
        "{} fields, {} types, {} examples, {} error codes; {} todo, {} drafted from prose",
        draft.request.len() + draft.response.len(),
        draft.types.len(),
        draft.examples.len(),
        draft.errors.len(),
        draft.todo.len(),
        draft
            .request
            .iter()
            .chain(&draft.response)
            .chain(draft.types.iter().flat_map(|t| &t.fields))
            .filter(|f| f.draft.is_some())
            .count()
    );
    if args.stdout {
        let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), rendered.as_bytes());
        return Ok(format!("{}: {} ({summary})", page.display(), draft.name));
    }
    let service = match (&args.service, draft.form) {
        (Some(s), _) => s.clone(),
        (None, Some(form)) => form.service().to_owned(),
        (None, None) => return Err("no form detected".into()),
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new("spec").join(&service));
    if !out.is_dir() {
        return Err(format!("{} is not a folder", out.display()));
    }
    let target = codegen::import::target(&out, &draft)?;
    codegen::import::write(&target, &rendered, args.force)?;
    Ok(format!(
        "{}: wrote {} ({summary}); resolve each `todo` and `draft`, then `codegen generate`",
        page.display(),
        target.display()
    ))
}

/// `codegen diff`: 0 without a breaking change, 1 with one, 2 on an error.
fn diff(args: &Diffing) -> ExitCode {
    match compare(args) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        Err(message) => {
            eprint!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Runs the comparison and prints it; whether it breaks.
fn compare(args: &Diffing) -> Result<bool, String> {
    let head_label = display(&args.spec);
    let head = codegen::build_ir(&args.spec).map_err(|d| {
        format!(
            "error: the spec {head_label} does not check\n\n{}",
            d.render(&head_label)
        )
    })?;
    let base =
        codegen::diff::materialize(&args.base, &args.spec).map_err(|e| format!("error: {e}\n"))?;
    let base_label = base.label();
    let base_ir = codegen::build_ir(&base.spec_dir()).map_err(|d| {
        format!(
            "error: the base spec {base_label} does not check\n\n{}",
            d.render(&base_label)
        )
    })?;
    let report = codegen::diff::compare(&base_ir, &head);
    let version = args
        .crate_version
        .clone()
        .or_else(|| generated_version(&args.spec));
    let version = version.as_deref();
    let printed = match args.format {
        Format::Text => codegen::diff::text(&report, &base_label, &head_label, version),
        Format::Json => codegen::diff::to_json(&report, &base_label, &head_label, version) + "\n",
    };
    // A reader that stops early (`| head`) is not an error worth a panic.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), printed.as_bytes());
    if let Some(path) = &args.changelog {
        let section = codegen::diff::changelog_section(&report, &base_label, version);
        codegen::diff::prepend_changelog(path, &section).map_err(|e| {
            format!(
                "error: cannot write the changelog {}: {e}\n",
                path.display()
            )
        })?;
    }
    Ok(report.is_breaking())
}

/// The version of the generated crate beside the spec folder (`../generated/Cargo.toml`).
fn generated_version(spec: &Path) -> Option<String> {
    let manifest = spec.parent()?.join("generated").join("Cargo.toml");
    let text = std::fs::read_to_string(manifest).ok()?;
    let doc: toml_edit::DocumentMut = text.parse().ok()?;
    doc.get("package")?
        .get("version")?
        .as_str()
        .map(str::to_owned)
}

/// The template folders to read: the ones named, else `templates/` when it exists.
fn template_dirs(named: &[PathBuf], none: bool) -> Vec<PathBuf> {
    let default = Path::new(DEFAULT_TEMPLATES);
    if none {
        Vec::new()
    } else if !named.is_empty() {
        named.to_vec()
    } else if default.is_dir() {
        vec![default.to_path_buf()]
    } else {
        Vec::new()
    }
}

/// The folder of the built-in template sets.
const DEFAULT_TEMPLATES: &str = "templates";

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn run(command: Command) -> Result<ExitCode, (PathBuf, codegen::Error)> {
    match command {
        Command::Generate(g) => {
            let fingerprint = codegen::cache::fingerprint(&g.spec, &g.options());
            if let Some(total) = fingerprint
                .as_deref()
                .and_then(|f| codegen::cache::fresh(f, &g.spec, &g.out))
            {
                println!("{total} files up to date (nothing read has changed since the last run)");
                return Ok(ExitCode::SUCCESS);
            }
            let outputs = g.render()?;
            for note in &outputs.notes {
                eprintln!("note: {note}");
            }
            let options = codegen::output::WriteOptions { force: g.force };
            let drift = codegen::output::write_with(&outputs, &g.spec, &g.out, options)
                .map_err(|e| (g.spec.clone(), e))?;
            if let Some(fingerprint) = &fingerprint {
                codegen::cache::record(fingerprint, &outputs, &g.out);
            }
            let total = outputs.crate_files.len() + outputs.schemas.len();
            let removed = drift.iter().filter(|d| d.removed).count();
            let changed = drift.len() - removed;
            if drift.is_empty() {
                println!("{total} files up to date");
            } else if removed == 0 {
                println!(
                    "{changed} of {total} files changed; wrote {}",
                    display(&g.out)
                );
            } else {
                println!(
                    "{changed} of {total} files changed, {removed} removed; wrote {}",
                    display(&g.out)
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(g) => {
            if let Some(total) = codegen::cache::fingerprint(&g.spec, &g.options())
                .and_then(|f| codegen::cache::fresh(&f, &g.spec, &g.out))
            {
                println!("{total} files match the spec (nothing read has changed since the last generate)");
                return Ok(ExitCode::SUCCESS);
            }
            let outputs = g.render()?;
            let drift = codegen::output::compare(&outputs, &g.spec, &g.out)
                .map_err(|e| (g.spec.clone(), e))?;
            if drift.is_empty() {
                let total = outputs.crate_files.len() + outputs.schemas.len();
                println!("{total} files match the spec");
                return Ok(ExitCode::SUCCESS);
            }
            for d in &drift {
                print!("{}", d.diff);
            }
            eprintln!(
                "{} file(s) differ from what the spec gives; run `{}`",
                drift.len(),
                codegen::GENERATE_COMMAND
            );
            Ok(ExitCode::FAILURE)
        }
        Command::Corpus(c) => {
            let ir = codegen::build_ir(&c.spec)
                .map_err(|d| (c.spec.clone(), codegen::Error::Spec(d)))?;
            let requests = codegen::corpus::draw(&ir, c.seed, c.per_operation);
            let verdicts = if c.requests_only {
                None
            } else {
                Some(
                    codegen::corpus::verdicts(&requests, &c.crate_dir)
                        .map_err(|e| (c.crate_dir.clone(), codegen::Error::Usage(e)))?,
                )
            };
            let text =
                codegen::corpus::to_json(&requests, c.seed, c.per_operation, verdicts.as_deref())
                    .to_string();
            match &c.out {
                Some(path) => {
                    std::fs::write(path, format!("{text}\n")).map_err(|e| {
                        (
                            path.clone(),
                            codegen::Error::Usage(format!("{}: {e}", path.display())),
                        )
                    })?;
                    eprintln!("{} requests written to {}", requests.len(), display(path));
                }
                None => println!("{text}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { spec } => {
            let ir =
                codegen::build_ir(&spec).map_err(|d| (spec.clone(), codegen::Error::Spec(d)))?;
            let operations: usize = ir.services.iter().map(|s| s.operations.len()).sum();
            println!(
                "{} services, {operations} operations: the spec is valid",
                ir.services.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Languages { templates } => {
            let dirs = template_dirs(&templates, false);
            let sets = codegen::emit::templates::discover(&dirs, &[]).map_err(|e| {
                (
                    PathBuf::from(DEFAULT_TEMPLATES),
                    codegen::Error::Template(e),
                )
            })?;
            if sets.is_empty() {
                println!("no template sets found");
            }
            for set in sets {
                let m = &set.manifest;
                println!(
                    "{:<12} {} → <out>/{}/ ({} files, {})",
                    m.name,
                    m.description,
                    set.output(),
                    m.files.len(),
                    set.dir.display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Model { spec } => {
            let ir =
                codegen::build_ir(&spec).map_err(|d| (spec.clone(), codegen::Error::Spec(d)))?;
            let json = serde_json::to_string_pretty(&codegen::emit::model::model(&ir))
                .map_err(|e| (spec.clone(), codegen::Error::Internal(e.to_string())))?;
            println!("{json}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Ir { spec } => {
            let ir =
                codegen::build_ir(&spec).map_err(|d| (spec.clone(), codegen::Error::Spec(d)))?;
            let json = serde_json::to_string_pretty(&ir)
                .map_err(|e| (spec.clone(), codegen::Error::Internal(e.to_string())))?;
            println!("{json}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff(args) => Ok(diff(&args)),
        Command::Import(args) => Ok(import(&args)),
        Command::DocDrift(args) => Ok(doc_drift(&args)),
    }
}
