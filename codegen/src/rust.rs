//! The Rust emitter: IR → the files of the generated crate.
//!
//! Code is built with `quote!`, parsed into a `syn::File` and printed by prettyplease, so the
//! output is always well-formed and formatted the same way. Each spec file becomes one Rust file:
//! `service.yaml` → `src/<service>/mod.rs`, `<operation>.yaml` → `src/<service>/<operation>.rs`.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use crate::docs::{self, Doc};
use crate::ir::{self, Scalar, Type, TypeKind};
use crate::naming::{self, Case};
use crate::rust_client::{client_rs, operation_const_imports, operation_const_rs};
use crate::rust_validate::{validate_impl, Needs, Uses};
use crate::GENERATE_COMMAND;

/// The default package name of the generated crate.
pub const CRATE_NAME: &str = "imapi";

/// Names the generated code uses unqualified in the modules where spec types live: the
/// prelude's types and traits, and what the generated files import. A spec type may not take
/// one, or the generated crate would not build; the checker reports it.
pub const USED_NAMES: &[&str] = &[
    // The prelude, as generated code spells it.
    "Box",
    "Clone",
    "Copy",
    "Default",
    "Eq",
    "Err",
    "From",
    "Hash",
    "None",
    "Ok",
    "Option",
    "PartialEq",
    "Result",
    "Send",
    "Some",
    "String",
    "Sync",
    "Vec",
    // Imported or generated per file.
    "BTreeMap",
    "Credentials",
    "Duration",
    "Endpoint",
    "Envelope",
    "Error",
    "Operation",
    "Path",
    "RateLimit",
    "Segment",
    "Validate",
    "Violations",
];

/// Module names the generated code uses in a service folder; an operation may not take one.
pub const USED_MODULES: &[&str] = &["client", "lib", "mod", "server", "tests", "types"];

/// How the crate is generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The package name (`imapi`).
    pub crate_name: String,
    /// A folder of templates for other languages, rendered into the output folder.
    pub templates: Option<std::path::PathBuf>,
}

impl Options {
    /// Checks that the options can produce a valid crate.
    pub fn check(&self) -> Result<(), String> {
        let name = &self.crate_name;
        let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if valid {
            Ok(())
        } else {
            Err(format!(
                "`{name}` is not a valid package name: use ASCII letters, digits, `-` and `_`, starting with a letter"
            ))
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            crate_name: CRATE_NAME.to_owned(),
            templates: None,
        }
    }
}

/// Renders every file of the generated crate, keyed by path relative to the crate root.
pub fn render(ir: &ir::Ir, options: &Options) -> Result<BTreeMap<String, String>, String> {
    options.check()?;
    let mut files = BTreeMap::new();
    files.insert("src/lib.rs".to_owned(), lib_rs(ir)?);
    if let Some(examples) = examples_rs(ir, options)? {
        files.insert("tests/examples.rs".to_owned(), examples);
    }
    for service in &ir.services {
        files.insert(
            format!("src/{}/mod.rs", service.module),
            service_rs(service)?,
        );
        files.insert(
            format!("src/{}/client.rs", service.module),
            print(
                &format!("spec/{}", service.spec_file),
                client_rs(service, &options.crate_name),
            )?,
        );
        for op in &service.operations {
            files.insert(
                format!("src/{}/{}.rs", service.module, op.snake),
                operation_rs(service, op)?,
            );
        }
    }
    let mut files = format_all(files)?;
    files.insert("Cargo.toml".to_owned(), manifest(ir, options));
    Ok(files)
}

/// Runs rustfmt over every Rust file, spread over the machine's cores: the processes dominate
/// the generator's run time.
fn format_all(files: BTreeMap<String, String>) -> Result<BTreeMap<String, String>, String> {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(files.len().max(1));
    let jobs: Vec<(String, String)> = files.into_iter().collect();
    let chunk = jobs.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(path, text)| {
                            rustfmt(text)
                                .map(|formatted| (path.clone(), formatted))
                                .map_err(|e| format!("cannot format the generated {path}: {e}"))
                        })
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        let mut out = BTreeMap::new();
        for handle in handles {
            let formatted = handle
                .join()
                .map_err(|_| "internal error: a formatting thread panicked".to_owned())??;
            out.extend(formatted);
        }
        Ok(out)
    })
}

fn header(source: &str) -> String {
    format!(
        "// @generated from {source} by `{GENERATE_COMMAND}`.\n// Do not edit by hand: change the spec and regenerate.\n\n"
    )
}

fn print(source: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("internal error: generated Rust for {source} does not parse: {e}"))?;
    Ok(format!(
        "{}{}",
        header(source),
        space_items(&prettyplease::unparse(&file))
    ))
}

/// Puts a blank line between items, which prettyplease leaves out; runs of `use` and `mod`
/// lines stay together.
fn space_items(text: &str) -> String {
    fn indent(line: &str) -> usize {
        line.len() - line.trim_start().len()
    }
    fn kind(line: &str) -> Option<&'static str> {
        let t = line.trim_start();
        ["pub use ", "use ", "mod ", "pub mod "]
            .into_iter()
            .find(|k| t.starts_with(k))
    }
    fn starts_item(line: &str) -> bool {
        let t = line.trim_start();
        [
            "///", "#[", "pub ", "impl", "fn ", "const ", "use ", "mod ", "struct ", "enum ",
        ]
        .iter()
        .any(|p| t.starts_with(p))
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(prev) = previous {
            let inner_doc_ends = (prev.starts_with("//!") && !line.starts_with("//!"))
                || (prev.starts_with("#![") && !line.starts_with("#!["));
            let item_ends = indent(prev) == indent(line)
                && (prev.trim() == "}"
                    || (prev.ends_with(';') && (kind(prev).is_some() || indent(prev) == 0)))
                && starts_item(line)
                && !(kind(prev).is_some() && kind(prev) == kind(line));
            if !line.trim().is_empty() && !prev.trim().is_empty() && (inner_doc_ends || item_ends) {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// Formats with the toolchain's rustfmt, so the generated crate passes `cargo fmt --check`.
/// `$RUSTFMT` names another binary.
fn rustfmt(text: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(&program)
        .args([
            "--edition",
            "2021",
            "--emit",
            "stdout",
            "--quiet",
            "--color",
            "never",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!(
                "cannot run {}: {e} (install it with `rustup component add rustfmt`)",
                program.to_string_lossy()
            )
        })?;
    let mut stdin = child.stdin.take().ok_or("rustfmt has no stdin")?;
    let input = text.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "the rustfmt writer thread failed".to_owned())?
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    String::from_utf8(output.stdout).map_err(|e| e.to_string())
}

fn manifest(ir: &ir::Ir, options: &Options) -> String {
    use toml_edit::{value, Array, DocumentMut, Item, Table};

    /// A comment line: one line, whatever the text holds.
    fn comment(text: &str) -> String {
        let line: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        format!("# {}\n", line.trim())
    }
    fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> Item {
        value(items.into_iter().collect::<Array>())
    }
    fn inherited() -> Item {
        let mut table = Table::new();
        table.set_dotted(true);
        table["workspace"] = value(true);
        Item::Table(table)
    }

    let mut package = Table::new();
    package.decor_mut().set_prefix(format!(
        "# @generated from spec/ by `{GENERATE_COMMAND}`.\n# Do not edit by hand: change the spec and regenerate.\n\n"
    ));
    package["name"] = value(options.crate_name.as_str());
    package["version"] = value("0.1.0");
    package["description"] = value("Typed models of the vendor IM APIs described under spec/");
    for key in ["edition", "rust-version", "license", "publish"] {
        package[key] = inherited();
    }

    let mut features = Table::new();
    features["default"] = list(["full", "client"]);
    features["client"] = list(["imapi-runtime/client"]);
    features["full"] = list(ir.services.iter().map(|s| s.name.as_str()));
    for s in &ir.services {
        features[s.name.as_str()] = list([]);
    }
    let mut notes = vec![
        (
            "client",
            comment("A client per enabled service (reqwest with rustls)."),
        ),
        ("full", comment("Every service.")),
    ];
    notes.extend(
        ir.services
            .iter()
            .map(|s| (s.name.as_str(), comment(&s.title))),
    );
    for (key, note) in notes {
        if let Some(mut key) = features.key_mut(key) {
            key.leaf_decor_mut().set_prefix(note);
        }
    }

    let mut dependencies = Table::new();
    dependencies["imapi-runtime"] = inherited();
    dependencies["serde"] = inherited();
    let mut dev_dependencies = Table::new();
    dev_dependencies["serde_json"] = inherited();

    let mut doc = DocumentMut::new();
    doc["package"] = Item::Table(package);
    doc["features"] = Item::Table(features);
    doc["dependencies"] = Item::Table(dependencies);
    doc["dev-dependencies"] = Item::Table(dev_dependencies);
    doc.to_string()
}

fn lib_rs(ir: &ir::Ir) -> Result<String, String> {
    let mut doc = Doc::new();
    doc.para("Typed models of the vendor IM APIs described under `spec/`, generated by `codegen`.");
    doc.para(
        "Each service is a module behind a Cargo feature of the same name (all on by default); the `client` feature (on by default) adds each service's `client` module:",
    );
    doc.line("");
    doc.line("| Module | Feature | Service |");
    doc.line("| --- | --- | --- |");
    for s in &ir.services {
        doc.line(&format!(
            "| [`{}`] | `{}` | {} |",
            s.module,
            s.name,
            docs::inline(&s.title)
        ));
    }
    let attrs = doc.inner_attrs();
    let mods = ir.services.iter().map(|s| {
        let feature = &s.name;
        let module = format_ident!("{}", s.module);
        quote! {
            #[cfg(feature = #feature)]
            pub mod #module;
        }
    });
    print(
        "spec/",
        quote! {
            #attrs
            pub use imapi_runtime::{Validate, Violation, Violations};
            #(#mods)*
        },
    )
}

/// `tests/examples.rs`: every example of the spec as a test that decodes it into the generated
/// type and encodes it back to the same JSON.
fn examples_rs(ir: &ir::Ir, options: &Options) -> Result<Option<String>, String> {
    let krate = format_ident!("{}", options.crate_name.replace('-', "_"));
    let features: Vec<&String> = ir
        .services
        .iter()
        .filter(|s| s.operations.iter().any(|o| !o.examples.is_empty()))
        .map(|s| &s.name)
        .collect();
    if features.is_empty() {
        return Ok(None);
    }
    let cfg = match features.as_slice() {
        [one] => quote!(#![cfg(feature = #one)]),
        many => quote!(#![cfg(any(#(feature = #many),*))]),
    };
    let mut all_sides = BTreeSet::new();
    let modules: Vec<TokenStream> = ir
        .services
        .iter()
        .filter_map(|service| {
            let feature = &service.name;
            let module = format_ident!("{}", service.module);
            let mut used = BTreeSet::new();
            let mut sides = BTreeSet::new();
            let mut tests = Vec::new();
            for op in &service.operations {
                for example in &op.examples {
                    let base = naming::rust_name(&example.name, Case::Snake)
                        .map(|n| n.plain)
                        .unwrap_or_default();
                    let parts = [
                        (
                            "request",
                            &example.request_text,
                            quote_type(&op.request, false),
                        ),
                        (
                            "response",
                            &example.response_text,
                            quote_type(&op.response, true),
                        ),
                    ];
                    for (side, text, ty) in parts {
                        let Some(text) = text else { continue };
                        let check = format_ident!("{side}");
                        sides.insert(side);
                        let name =
                            format_ident!("{}_{}_{}", op.snake, base.trim_start_matches('_'), side);
                        let doc = format!(" `{}` example `{}`: the {side}.", op.name, example.name);
                        let json = raw_string(text);
                        used.insert(if side == "request" {
                            op.request.clone()
                        } else {
                            op.response.clone()
                        });
                        tests.push(quote! {
                            #[doc = #doc]
                            #[test]
                            fn #name() {
                                #check::<#ty>(#json);
                            }
                        });
                    }
                }
            }
            if tests.is_empty() {
                return None;
            }
            if sides.contains("response") {
                used.insert("Envelope".to_owned());
            }
            let imports = used.iter().map(|n| format_ident!("{}", n));
            let helpers: Vec<_> = sides.iter().map(|s| format_ident!("{s}")).collect();
            all_sides.extend(sides);
            Some(quote! {
                #[cfg(feature = #feature)]
                mod #module {
                    use super::{#(#helpers),*};
                    use #krate::#module::{#(#imports),*};

                    #(#tests)*
                }
            })
        })
        .collect();
    let request_helper = if all_sides.contains("request") {
        quote! {
            /// A request example round-trips and satisfies every constraint of the spec.
            fn request<T: Serialize + DeserializeOwned + Validate>(json: &str) {
                if let Err(violations) = round_trip::<T>(json).validate() {
                    panic!("the example breaks the spec's constraints: {violations}");
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let validate_import = if all_sides.contains("request") {
        quote!(use #krate::Validate;)
    } else {
        TokenStream::new()
    };
    let response_helper = if all_sides.contains("response") {
        quote! {
            /// A response example (a whole body, envelope included) round-trips.
            fn response<T: Serialize + DeserializeOwned>(json: &str) {
                round_trip::<T>(json);
            }
        }
    } else {
        TokenStream::new()
    };
    print(
        "spec/",
        quote! {
            #![doc = " Every example of the spec, as a test: it decodes into the generated type and encodes"]
            #![doc = " back to the same JSON. Responses are whole bodies, envelope included."]
            #cfg

            #validate_import
            use serde::de::DeserializeOwned;
            use serde::Serialize;
            use serde_json::Value;

            /// Decodes `json` as `T`, encodes it again, and checks that nothing was lost or added.
            fn round_trip<T: Serialize + DeserializeOwned>(json: &str) -> T {
                let expected: Value = serde_json::from_str(json).expect("the example is JSON");
                let typed: T = match serde_json::from_str(json) {
                    Ok(typed) => typed,
                    Err(e) => panic!("the example does not decode: {e}"),
                };
                let encoded = serde_json::to_value(&typed).expect("the value encodes");
                assert_eq!(encoded, expected, "the example does not survive a round trip");
                typed
            }

            #request_helper
            #response_helper

            #(#modules)*
        },
    )
    .map(Some)
}

fn quote_type(name: &str, enveloped: bool) -> TokenStream {
    let ident = format_ident!("{}", name);
    if enveloped {
        quote!(Envelope<#ident>)
    } else {
        quote!(#ident)
    }
}

/// A raw string literal holding `text`, with enough `#`s that the text cannot close it. Spaces
/// at line ends are dropped: a JSON string cannot span lines, so they are never significant,
/// and rustfmt refuses to leave them inside a literal.
fn raw_string(text: &str) -> TokenStream {
    let text: Vec<&str> = text.lines().map(str::trim_end).collect();
    let text = text.join("\n");
    let fence = docs::raw_string_hashes(&text);
    let literal: Literal = format!("r{fence}\"{text}\"{fence}")
        .parse()
        .unwrap_or_else(|_| Literal::string(&text));
    quote!(#literal)
}

fn service_rs(service: &ir::Service) -> Result<String, String> {
    let source = format!("spec/{}", service.spec_file);
    let mut doc = Doc::new();
    doc.para(&service.title);
    doc.para(&service.description);
    if let Some(gloss) = &service.gloss {
        doc.para(gloss);
    }
    doc.heading("Protocol");
    match service.protocol {
        ir::Protocol::Volcengine => doc.para(&format!(
            "Volcengine OpenAPI: every operation is `POST /?Action=<Action>&Version={}`, signed with the V4 \"HMAC-SHA256\" algorithm for service `{}`.",
            service.api_version,
            service.signing_service.as_deref().unwrap_or_default()
        )),
        ir::Protocol::Tencent => doc.para(&format!(
            "Tencent Cloud Chat REST API: every operation is `POST /{}/<servicename>/<command>?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json`.",
            service.api_version
        )),
    }
    doc.heading("Endpoints");
    doc.line("| Region | Host | Signing region | Notes |");
    doc.line("| --- | --- | --- | --- |");
    for e in &service.endpoints {
        let mut notes = Vec::new();
        if e.default {
            notes.push("default".to_owned());
        }
        if let Some(backup) = &e.backup_host {
            notes.push(format!("backup `{backup}`"));
        }
        if let Some(d) = &e.description {
            notes.push(docs::inline(d));
        }
        doc.line(&format!(
            "| `{}` | `{}` | `{}` | {} |",
            e.region,
            e.host,
            e.signing_region,
            notes.join("; ")
        ));
    }
    doc.line("");
    errors_doc(&mut doc, "Errors of every operation", &service.errors);
    sources_doc(&mut doc, &service.sources);
    notes_doc(&mut doc, &service.doc_notes);
    let attrs = doc.inner_attrs();

    let modules = service.operations.iter().map(|op| {
        let m = format_ident!("{}", op.snake);
        quote! { pub mod #m; }
    });
    let uses = service.operations.iter().map(|op| {
        let m = format_ident!("{}", op.snake);
        quote! { pub use #m::*; }
    });
    let envelope = envelope_rs(service);
    let types: Vec<&ir::TypeDef> = service
        .types
        .iter()
        .filter(|t| t.operation.is_none())
        .collect();
    let (items, validate_uses) = items_rs(service, &types);
    let imports = imports(service, &types, &service.envelope.fields);
    let validate_use = validate_uses.import();
    print(
        &source,
        quote! {
            #attrs
            #imports
            #validate_use
            #[cfg(feature = "client")]
            pub mod client;
            #(#modules)*
            #(#uses)*
            #envelope
            #items
        },
    )
}

fn operation_rs(service: &ir::Service, op: &ir::Operation) -> Result<String, String> {
    let source = format!("spec/{}", op.spec_file);
    let mut doc = Doc::new();
    doc.para(&format!("`{}`: {}", op.name, op.summary));
    doc.para(&op.description);
    if let Some(gloss) = &op.gloss {
        doc.para(gloss);
    }
    operation_facts(&mut doc, service, op);
    if !op.rules.is_empty() {
        doc.heading("Rules the server enforces");
        for rule in &op.rules {
            let error = rule
                .error
                .as_ref()
                .map(|e| format!(" (error {})", code_text(e)))
                .unwrap_or_default();
            doc.line(&format!("- {}{error}", docs::inline(&rule.description)));
        }
        doc.line("");
    }
    errors_doc(&mut doc, "Errors", &op.errors);
    notes_doc(&mut doc, &op.doc_notes);
    let attrs = doc.inner_attrs();

    let types: Vec<&ir::TypeDef> = service
        .types
        .iter()
        .filter(|t| t.operation.as_deref() == Some(op.name.as_str()))
        .collect();
    let (items, validate_uses) = items_rs(service, &types);
    let imports = imports(service, &types, &[]);
    let validate_use = validate_uses.import();
    let operation_imports = operation_const_imports(op);
    let operation = operation_const_rs(op);
    print(
        &source,
        quote! {
            #attrs
            #imports
            #operation_imports
            #validate_use
            #operation
            #items
        },
    )
}

/// The facts a caller needs on one screen: binding, rate limit, source.
fn operation_facts(doc: &mut Doc, service: &ir::Service, op: &ir::Operation) {
    doc.gap();
    let method = match op.http.method {
        ir::HttpMethod::Post => "POST",
        ir::HttpMethod::Get => "GET",
    };
    let binding = match &op.http.action {
        Some(action) => format!(
            "`{method} /?Action={action}&Version={}`",
            service.api_version
        ),
        None => format!("`{method} {}`", op.http.path),
    };
    doc.line(&format!("- HTTP: {binding}"));
    doc.line(&format!(
        "- Request: [`{}`]; response payload: [`{}`]",
        op.request, op.response
    ));
    if let Some(limit) = &op.rate_limit {
        doc.line(&format!("- Rate limit: {}", rate_limit_text(limit)));
    }
    let mut source = Vec::new();
    if let Some(title) = &op.source.title {
        source.push(docs::inline(title));
    }
    if let Some(url) = &op.source.url {
        source.push(format!("<{url}>"));
    }
    if let Some(seed) = &op.source.seed {
        source.push(format!("seed `{seed}`"));
    }
    doc.line(&format!("- Source: {}", source.join(", ")));
    doc.line("");
}

fn rate_limit_text(limit: &ir::RateLimit) -> String {
    let per = match limit.per {
        ir::RatePeriod::Second => "second",
        ir::RatePeriod::Minute => "minute",
    };
    let scope = limit
        .scope
        .as_ref()
        .map(|s| format!(" ({})", docs::inline(s)))
        .unwrap_or_default();
    format!("{} requests per {per}{scope}", limit.requests)
}

fn code_text(code: &Value) -> String {
    match code {
        Value::String(s) => format!("`{s}`"),
        other => format!("`{other}`"),
    }
}

fn errors_doc(doc: &mut Doc, title: &str, errors: &[ir::ErrorDef]) {
    if errors.is_empty() {
        return;
    }
    doc.heading(title);
    let with_status = errors
        .iter()
        .any(|e| e.http_status.is_some() || e.code_n.is_some());
    if with_status {
        doc.line("| Code | CodeN | HTTP | Meaning |");
        doc.line("| --- | --- | --- | --- |");
    } else {
        doc.line("| Code | Meaning |");
        doc.line("| --- | --- |");
    }
    for e in errors {
        let meaning = docs::inline(&e.description);
        if with_status {
            let code_n = e.code_n.map(|n| n.to_string()).unwrap_or_default();
            let status = e.http_status.map(|n| n.to_string()).unwrap_or_default();
            doc.line(&format!(
                "| {} | {code_n} | {status} | {meaning} |",
                code_text(&e.code)
            ));
        } else {
            doc.line(&format!("| {} | {meaning} |", code_text(&e.code)));
        }
    }
    doc.line("");
}

fn sources_doc(doc: &mut Doc, sources: &[ir::Source]) {
    if sources.is_empty() {
        return;
    }
    doc.heading("Sources");
    for s in sources {
        let mut parts = Vec::new();
        if let Some(title) = &s.title {
            parts.push(docs::inline(title));
        }
        if let Some(url) = &s.url {
            parts.push(format!("<{url}>"));
        }
        if let Some(seed) = &s.seed {
            parts.push(format!("seed `{seed}`"));
        }
        doc.line(&format!("- {}", parts.join(", ")));
    }
    doc.line("");
}

fn notes_doc(doc: &mut Doc, notes: &[ir::DocNote]) {
    if notes.is_empty() {
        return;
    }
    doc.heading("Notes on the source document");
    for n in notes {
        doc.line(&format!(
            "- {} — *Resolved:* {}",
            docs::inline(&n.issue),
            docs::inline(&n.resolution)
        ));
    }
    doc.line("");
}

/// `use` lines for named types a file references but does not define.
fn imports(
    service: &ir::Service,
    defined: &[&ir::TypeDef],
    extra_fields: &[ir::Field],
) -> TokenStream {
    let own: BTreeSet<&str> = defined.iter().map(|t| t.name.as_str()).collect();
    let mut referenced = BTreeSet::new();
    let mut maps = false;
    let mut visit = |ty: &Type, referenced: &mut BTreeSet<String>| {
        let mut stack = vec![ty];
        while let Some(ty) = stack.pop() {
            match ty {
                Type::Scalar { .. } => {}
                Type::List { item } => stack.push(item),
                Type::Map { value } => {
                    maps = true;
                    stack.push(value);
                }
                Type::Named { name } => {
                    referenced.insert(name.clone());
                }
            }
        }
    };
    for t in defined {
        if let TypeKind::Struct { fields, .. } = &t.kind {
            for f in fields {
                visit(&f.ty, &mut referenced);
            }
        }
    }
    for f in extra_fields {
        visit(&f.ty, &mut referenced);
    }
    let foreign: Vec<_> = referenced
        .iter()
        .filter(|n| !own.contains(n.as_str()))
        .map(|n| {
            let is_service_level = service.type_named(n).is_some_and(|t| t.operation.is_none());
            let ident = format_ident!("{}", n);
            (is_service_level, ident)
        })
        .collect();
    let mut out = TokenStream::new();
    if maps {
        out.extend(quote! { use std::collections::BTreeMap; });
    }
    let idents: Vec<_> = foreign.iter().map(|(_, i)| i).collect();
    match idents.len() {
        0 => {}
        1 => {
            let i = idents[0];
            out.extend(quote! { use super::#i; });
        }
        _ => out.extend(quote! { use super::{#(#idents),*}; }),
    }
    out
}

fn scalar_tokens(s: Scalar) -> TokenStream {
    match s {
        Scalar::Bool => quote!(bool),
        Scalar::I32 => quote!(i32),
        Scalar::I64 => quote!(i64),
        Scalar::U32 => quote!(u32),
        Scalar::U64 => quote!(u64),
        Scalar::F64 => quote!(f64),
        Scalar::String => quote!(String),
    }
}

fn type_tokens(ty: &Type) -> TokenStream {
    match ty {
        Type::Scalar { scalar } => scalar_tokens(*scalar),
        Type::List { item } => {
            let item = type_tokens(item);
            quote!(Vec<#item>)
        }
        Type::Map { value } => {
            let value = type_tokens(value);
            quote!(BTreeMap<String, #value>)
        }
        Type::Named { name } => {
            let ident = format_ident!("{}", name);
            quote!(#ident)
        }
    }
}

fn field_ident(name: &ir::FieldName) -> syn::Ident {
    syn::parse_str::<syn::Ident>(&name.rust)
        .unwrap_or_else(|_| format_ident!("{}", name.rust_plain))
}

/// Whether `Default` can be derived for a value of this type.
fn defaultable(service: &ir::Service, ty: &Type, seen: &mut BTreeSet<String>) -> bool {
    match ty {
        Type::Scalar { .. } | Type::List { .. } | Type::Map { .. } => true,
        Type::Named { name } => match service.type_named(name).map(|t| &t.kind) {
            Some(TypeKind::Struct { fields, .. }) => {
                if !seen.insert(name.clone()) {
                    return true;
                }
                fields
                    .iter()
                    .all(|f| !f.required || defaultable(service, &f.ty, seen))
            }
            _ => false,
        },
    }
}

fn field_doc(field: &ir::Field, service: &ir::Service) -> Doc {
    let mut doc = Doc::new();
    doc.para(&field.description);
    if let Some(gloss) = &field.gloss {
        doc.para(gloss);
    }
    let mut facts = Vec::new();
    if let Some(default) = &field.default {
        let shown = match &field.ty {
            Type::Named { name } => enum_variant_for(service, name, default)
                .map(|v| format!("`{default}` ([`{name}::{v}`])"))
                .unwrap_or_else(|| format!("`{default}`")),
            _ => format!("`{default}`"),
        };
        facts.push(format!("Default when absent: {shown}."));
    }
    if let Some(example) = &field.example {
        facts.push(format!("Example: `{}`.", docs::code(&example.to_string())));
    }
    let limits = docs::constraints(&field.constraints);
    if !limits.is_empty() {
        facts.push(format!("Limits: {limits}."));
    }
    if let Some(doc_type) = &field.doc_type {
        facts.push(format!(
            "The document calls the type `{}`.",
            docs::code(doc_type)
        ));
    }
    if !facts.is_empty() {
        doc.raw_para(&facts.join(" "));
    }
    doc
}

fn enum_variant_for<'s>(service: &'s ir::Service, name: &str, value: &Value) -> Option<&'s str> {
    match &service.type_named(name)?.kind {
        TypeKind::Enum { values, .. } => values
            .iter()
            .find(|v| &v.value == value)
            .map(|v| v.name.as_str()),
        TypeKind::Struct { .. } => None,
    }
}

fn type_doc(t: &ir::TypeDef, service: &ir::Service) -> Doc {
    let mut doc = Doc::new();
    doc.para(&t.description);
    if let Some(gloss) = &t.gloss {
        doc.para(gloss);
    }
    if let Some(op) = t
        .operation
        .as_ref()
        .and_then(|o| service.operations.iter().find(|x| &x.name == o))
    {
        if t.name == op.request {
            doc.para(&format!(
                "The request of [`{}`](self): {}",
                op.name,
                docs::inline(&op.summary)
            ));
            operation_facts(&mut doc, service, op);
        } else if t.name == op.response {
            let place = match &service.envelope.payload_field {
                Some(p) => format!("the `{}` object of the response", p.wire),
                None => "the fields of the response beside the envelope's".to_owned(),
            };
            doc.para(&format!(
                "The payload of a successful [`{}`](self) call: {place}.",
                op.name
            ));
        }
    }
    if let TypeKind::Struct {
        at_least_one_of, ..
    } = &t.kind
    {
        for group in at_least_one_of {
            let names: Vec<String> = group.iter().map(|g| format!("`{g}`")).collect();
            doc.para(&format!(
                "At least one of {} must be present.",
                names.join(", ")
            ));
        }
    }
    doc
}

/// The types of one file, each followed by its `impl Validate` when requests reach it.
fn items_rs(service: &ir::Service, types: &[&ir::TypeDef]) -> (TokenStream, Uses) {
    let needs = Needs::of(service);
    let mut uses = Uses::default();
    let mut out = TokenStream::new();
    for t in types {
        out.extend(type_rs(service, t));
        let (validate, used) = validate_impl(&needs, t);
        out.extend(validate);
        uses.merge(used);
    }
    (out, uses)
}

fn type_rs(service: &ir::Service, t: &ir::TypeDef) -> TokenStream {
    match &t.kind {
        TypeKind::Struct { fields, .. } => struct_rs(service, t, fields),
        TypeKind::Enum { repr, values } => enum_rs(service, t, *repr, values),
    }
}

fn serde_attr(field: &ir::Field, optional_default: bool) -> TokenStream {
    let wire = &field.name.wire;
    let mut parts = Vec::new();
    if field.name.rust_plain != *wire {
        parts.push(quote!(rename = #wire));
    }
    if !field.required {
        if optional_default {
            parts.push(quote!(default));
        }
        parts.push(quote!(skip_serializing_if = "Option::is_none"));
    }
    if parts.is_empty() {
        TokenStream::new()
    } else {
        quote!(#[serde(#(#parts),*)])
    }
}

fn field_rs(service: &ir::Service, field: &ir::Field) -> TokenStream {
    let attrs = field_doc(field, service).outer_attrs();
    let serde = serde_attr(field, true);
    let ident = field_ident(&field.name);
    let ty = type_tokens(&field.ty);
    let ty = if field.required {
        ty
    } else {
        quote!(Option<#ty>)
    };
    quote! {
        #attrs
        #serde
        pub #ident: #ty,
    }
}

fn struct_rs(service: &ir::Service, t: &ir::TypeDef, fields: &[ir::Field]) -> TokenStream {
    let attrs = type_doc(t, service).outer_attrs();
    let name = format_ident!("{}", t.name);
    let mut derives = vec![quote!(Debug), quote!(Clone), quote!(PartialEq)];
    if defaultable(
        service,
        &Type::Named {
            name: t.name.clone(),
        },
        &mut BTreeSet::new(),
    ) {
        derives.push(quote!(Default));
    }
    derives.push(quote!(serde::Serialize));
    derives.push(quote!(serde::Deserialize));
    let fields_rs = fields.iter().map(|f| field_rs(service, f));
    let accessors: Vec<TokenStream> = fields
        .iter()
        .filter_map(|f| default_accessor(service, f))
        .collect();
    let impl_block = if accessors.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            impl #name {
                #(#accessors)*
            }
        }
    };
    quote! {
        #attrs
        #[derive(#(#derives),*)]
        pub struct #name {
            #(#fields_rs)*
        }
        #impl_block
    }
}

/// `fn <field>_or_default(&self)`: the value the server reads for an optional field with a
/// documented default.
fn default_accessor(service: &ir::Service, f: &ir::Field) -> Option<TokenStream> {
    let default = f.default.as_ref()?;
    let ident = field_ident(&f.name);
    let method = format_ident!("{}_or_default", f.name.rust_plain.trim_start_matches('_'));
    let wire = &f.name.wire;
    let doc = Doc::from_text(&format!(
        "`{wire}` as the server reads it: the value sent, or the documented default `{default}` when absent."
    ))
    .outer_attrs();
    let body = match &f.ty {
        Type::Scalar {
            scalar: Scalar::String,
        } => {
            let lit = default.as_str().unwrap_or_default();
            return Some(quote! {
                #doc
                pub fn #method(&self) -> &str {
                    self.#ident.as_deref().unwrap_or(#lit)
                }
            });
        }
        Type::Scalar { scalar } => {
            let ty = scalar_tokens(*scalar);
            let lit = scalar_literal(default, *scalar)?;
            (ty, quote!(self.#ident.unwrap_or(#lit)))
        }
        Type::Named { name } => {
            let variant = format_ident!("{}", enum_variant_for(service, name, default)?);
            let ty = format_ident!("{}", name);
            let repr = match &service.type_named(name)?.kind {
                TypeKind::Enum { repr, .. } => *repr,
                TypeKind::Struct { .. } => return None,
            };
            let value = if repr == Scalar::String {
                quote!(self.#ident.clone().unwrap_or(#ty::#variant))
            } else {
                quote!(self.#ident.unwrap_or(#ty::#variant))
            };
            (quote!(#ty), value)
        }
        _ => return None,
    };
    let (ty, value) = body;
    Some(quote! {
        #doc
        pub fn #method(&self) -> #ty {
            #value
        }
    })
}

fn scalar_literal(value: &Value, scalar: Scalar) -> Option<TokenStream> {
    Some(match scalar {
        Scalar::Bool => {
            let b = value.as_bool()?;
            quote!(#b)
        }
        Scalar::I32 => {
            Literal::i32_unsuffixed(i32::try_from(value.as_i64()?).ok()?).into_token_stream()
        }
        Scalar::I64 => Literal::i64_unsuffixed(value.as_i64()?).into_token_stream(),
        Scalar::U32 => {
            Literal::u32_unsuffixed(u32::try_from(value.as_u64()?).ok()?).into_token_stream()
        }
        Scalar::U64 => Literal::u64_unsuffixed(value.as_u64()?).into_token_stream(),
        Scalar::F64 => Literal::f64_unsuffixed(value.as_f64()?).into_token_stream(),
        Scalar::String => {
            let s = value.as_str()?;
            quote!(#s)
        }
    })
}

trait IntoTokens {
    fn into_token_stream(self) -> TokenStream;
}

impl IntoTokens for Literal {
    fn into_token_stream(self) -> TokenStream {
        quote!(#self)
    }
}

fn enum_rs(
    service: &ir::Service,
    t: &ir::TypeDef,
    repr: Scalar,
    values: &[ir::EnumValue],
) -> TokenStream {
    let mut doc = type_doc(t, service);
    doc.raw_para("The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.");
    let attrs = doc.outer_attrs();
    let name = format_ident!("{}", t.name);
    let variants: Vec<syn::Ident> = values
        .iter()
        .map(|v| {
            let n = naming::rust_name(&v.name, Case::Pascal)
                .map(|n| n.ident)
                .unwrap_or_default();
            format_ident!("{}", n)
        })
        .collect();
    let variant_docs = values
        .iter()
        .map(|v| Doc::from_text(&format!("`{}`: {}", v.value, v.description)).outer_attrs());
    let repr_ty = scalar_tokens(repr);
    if repr == Scalar::String {
        let lits: Vec<String> = values
            .iter()
            .map(|v| v.value.as_str().unwrap_or_default().to_owned())
            .collect();
        quote! {
            #attrs
            #[derive(Debug, Clone, PartialEq, Eq, Hash)]
            pub enum #name {
                #(#variant_docs #variants,)*
                /// A value the spec does not list, kept as received.
                Unknown(String),
            }

            impl #name {
                /// The value on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#variants => #lits,)*
                        Self::Unknown(value) => value,
                    }
                }
            }

            impl From<String> for #name {
                fn from(value: String) -> Self {
                    match value.as_str() {
                        #(#lits => Self::#variants,)*
                        _ => Self::Unknown(value),
                    }
                }
            }

            impl serde::Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }

            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    String::deserialize(deserializer).map(Self::from)
                }
            }
        }
    } else {
        let lits: Vec<TokenStream> = values
            .iter()
            .map(|v| scalar_literal(&v.value, repr).unwrap_or_default())
            .collect();
        let serialize = format_ident!("serialize_{}", repr.spec_name());
        quote! {
            #attrs
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #name {
                #(#variant_docs #variants,)*
                /// A value the spec does not list, kept as received.
                Unknown(#repr_ty),
            }

            impl #name {
                /// The value on the wire.
                pub const fn value(self) -> #repr_ty {
                    match self {
                        #(Self::#variants => #lits,)*
                        Self::Unknown(value) => value,
                    }
                }

                /// The variant for a wire value.
                pub const fn from_value(value: #repr_ty) -> Self {
                    match value {
                        #(#lits => Self::#variants,)*
                        other => Self::Unknown(other),
                    }
                }
            }

            impl serde::Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.#serialize(self.value())
                }
            }

            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    #repr_ty::deserialize(deserializer).map(Self::from_value)
                }
            }
        }
    }
}

fn envelope_rs(service: &ir::Service) -> TokenStream {
    let e = &service.envelope;
    let mut doc = Doc::new();
    doc.para("The response envelope: every response body of the service has this shape, with the operation's payload as `T`.");
    doc.para(&e.description);
    let attrs = doc.outer_attrs();
    let fields = e.fields.iter().map(|f| field_rs(service, f));
    let payload = match &e.payload_field {
        Some(p) => {
            let ident = field_ident(p);
            let wire = &p.wire;
            let rename = if p.rust_plain != *wire {
                quote!(rename = #wire,)
            } else {
                TokenStream::new()
            };
            quote! {
                #[doc = " The operation's payload; present only when the call succeeded."]
                #[serde(#rename skip_serializing_if = "Option::is_none")]
                pub #ident: Option<T>,
            }
        }
        None => quote! {
            #[doc = " The operation's payload, whose fields sit beside the envelope's."]
            #[serde(flatten)]
            pub payload: T,
        },
    };
    quote! {
        #attrs
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct Envelope<T> {
            #(#fields)*
            #payload
        }
    }
}
