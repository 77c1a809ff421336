//! The Rust emitter: IR → the files of the generated crate.
//!
//! Code is built with `quote!`, parsed into a `syn::File` and printed by prettyplease, so the
//! output is always well-formed and formatted the same way. Each concern has its module:
//! [`types`] and [`validate`] for the shapes, [`operation`] for what client and server share
//! (marker types, the service spec, error codes), [`client`] and [`server`] for the two sides,
//! [`examples`] for the spec's examples as tests, [`manifest`] for `Cargo.toml`. Files are
//! assembled here: each collects the names it uses in one [`Imports`] and is printed with a
//! header saying it is generated.
//!
//! Layout: `service.yaml` → `src/<service>/mod.rs` (with `errors.rs`, `client.rs`, `server.rs`),
//! `<operation>.yaml` → `src/<service>/<operation>.rs`.

pub mod builders;
pub mod client;
pub mod docs;
pub mod examples;
pub mod form;
pub mod imports;
pub mod manifest;
pub mod names;
pub mod operation;
pub mod pager;
pub mod serde;
pub mod server;
pub mod types;
pub mod validate;
pub mod verdicts;

use std::collections::{BTreeMap, HashMap};

use proc_macro2::TokenStream;
use quote::quote;

use self::docs::Doc;
use self::imports::Imports;
use self::validate::Needs;
use crate::emit::header;
use crate::ir;
use crate::options::Options;
use crate::pool::{self, Job};

/// What every emitter of one service needs, computed once (smithy-rs's codegen context): the
/// service, its types and operations by name, and which types have anything to validate.
pub struct Ctx<'a> {
    /// The service.
    pub service: &'a ir::Service,
    types: HashMap<&'a str, &'a ir::TypeDef>,
    operations: HashMap<&'a str, &'a ir::Operation>,
    /// Which named types have anything to check.
    pub needs: Needs,
}

impl<'a> Ctx<'a> {
    /// The context of a service.
    pub fn new(service: &'a ir::Service) -> Self {
        Ctx {
            service,
            types: service.types.iter().map(|t| (t.name.as_str(), t)).collect(),
            operations: service
                .operations
                .iter()
                .map(|o| (o.name.as_str(), o))
                .collect(),
            needs: Needs::of(service),
        }
    }

    /// The named type called `name`.
    pub fn type_named(&self, name: &str) -> Option<&'a ir::TypeDef> {
        self.types.get(name).copied()
    }

    /// The variant name of `value` in the enum called `name`, when it is one of its values.
    pub fn enum_variant(&self, name: &str, value: &serde_json::Value) -> Option<&'a str> {
        match &self.type_named(name)?.kind {
            ir::TypeKind::Enum { values, .. } => values
                .iter()
                .find(|v| &v.value == value)
                .map(|v| v.name.as_str()),
            ir::TypeKind::Struct { .. } | ir::TypeKind::Union { .. } => None,
        }
    }

    /// The operation called `name`.
    pub fn operation_named(&self, name: &str) -> Option<&'a ir::Operation> {
        self.operations.get(name).copied()
    }
}

/// A file to render beside the crate's: its path under the output folder and the job that
/// renders it (`None`: no such file this time).
pub type FileJob<'a> = (String, Job<'a, Result<Option<String>, String>>);

/// Renders every file of the generated crate, keyed by path relative to the crate root.
pub fn render(ir: &ir::Ir, options: &Options) -> Result<BTreeMap<String, String>, String> {
    render_with(ir, options, Vec::new())
}

/// [`render`], with `more` files rendered by the same threads (the OpenAPI documents): every
/// file depends only on the IR, so all are rendered at once on all cores, the largest first.
pub fn render_with<'a>(
    ir: &'a ir::Ir,
    options: &'a Options,
    more: Vec<FileJob<'a>>,
) -> Result<BTreeMap<String, String>, String> {
    options.check()?;
    let krate = options.crate_ident();
    let contexts: Vec<Ctx<'_>> = ir.services.iter().map(Ctx::new).collect();
    let krate = &krate;
    let mut jobs: Vec<FileJob<'_>> = more;
    fn job<'a>(
        path: String,
        work: impl FnOnce() -> Result<Option<String>, String> + Send + 'a,
    ) -> FileJob<'a> {
        (path, Box::new(work))
    }
    jobs.push(job("tests/examples.rs".to_owned(), move || {
        examples::examples_rs(ir, options)
            .map(|tokens| print("spec/", tokens))
            .transpose()
    }));
    for ctx in &contexts {
        let service = ctx.service;
        let dir = format!("src/{}", service.module);
        jobs.push(job(format!("{dir}/client.rs"), move || {
            let mut imports = Imports::default();
            let (doc, client) = client::client_rs(service, krate, &mut imports);
            let source = format!("spec/{}", service.spec_file);
            print_file(&source, &doc, &imports, client).map(Some)
        }));
        jobs.push(job(format!("{dir}/server.rs"), move || {
            let mut imports = Imports::default();
            let (doc, server) = server::server_rs(service, &mut imports);
            let source = format!("spec/{}", service.spec_file);
            print_file(&source, &doc, &imports, server).map(Some)
        }));
        jobs.push(job(format!("{dir}/types.rs"), move || types_rs(ctx)));
        jobs.push(job(format!("{dir}/mod.rs"), move || {
            service_rs(ctx).map(Some)
        }));
        jobs.push(job(format!("{dir}/errors.rs"), move || {
            let mut imports = Imports::default();
            let (doc, items) = operation::errors_file(service, &mut imports);
            let source = format!("spec/{}", service.spec_file);
            print_file(&source, &doc, &imports, items).map(Some)
        }));
    }
    jobs.push(job("src/lib.rs".to_owned(), move || {
        lib_rs(ir, options).map(Some)
    }));
    jobs.push(job("examples/verdicts.rs".to_owned(), move || {
        print("spec/", verdicts::verdicts_rs(ir, options)).map(Some)
    }));
    for ctx in &contexts {
        let dir = format!("src/{}", ctx.service.module);
        for op in &ctx.service.operations {
            jobs.push(job(format!("{dir}/{}.rs", op.snake), move || {
                operation_rs(ctx, op).map(Some)
            }));
        }
    }
    let (paths, work): (Vec<String>, Vec<_>) = jobs.into_iter().unzip();
    let rendered =
        pool::run(work).map_err(|_| "internal error: a rendering thread panicked".to_owned())?;
    let mut files = BTreeMap::new();
    for (path, text) in paths.into_iter().zip(rendered) {
        if let Some(text) = text? {
            files.insert(path, text);
        }
    }
    files.insert("Cargo.toml".to_owned(), manifest::manifest(ir, options));
    Ok(files)
}

/// A file: its doc, its imports, then its items.
fn print_file(
    source: &str,
    doc: &Doc,
    imports: &Imports,
    items: TokenStream,
) -> Result<String, String> {
    let attrs = doc.inner_attrs();
    let uses = imports.tokens();
    print(
        source,
        quote! {
            #attrs
            #uses
            #items
        },
    )
}

fn print(source: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("internal error: generated Rust for {source} does not parse: {e}"))?;
    Ok(format!(
        "{}{}",
        header::comment("//", source),
        space_items(&prettyplease::unparse(&file))
    ))
}

/// Puts a blank line between items, which prettyplease leaves out; runs of `use`, `mod` and
/// `const` items stay together (one spanning lines included).
fn space_items(text: &str) -> String {
    fn indent(line: &str) -> usize {
        line.len() - line.trim_start().len()
    }
    fn kind(line: &str) -> Option<&'static str> {
        let t = line.trim_start();
        [
            "pub use ",
            "use ",
            "mod ",
            "pub mod ",
            "const ",
            "pub const ",
        ]
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
    // The kind of the statement the previous line belongs to, at its indentation.
    let mut statement: Option<(usize, Option<&'static str>)> = None;
    for line in text.lines() {
        if let Some(prev) = previous {
            let prev_kind = match statement {
                Some((at, kind)) if at == indent(prev) => kind,
                _ => kind(prev),
            };
            let inner_doc_ends = (prev.starts_with("//!") && !line.starts_with("//!"))
                || (prev.starts_with("#![") && !line.starts_with("#!["));
            // A doc comment never ends an item, whatever it shows (an example `{}`).
            let item_ends = indent(prev) == indent(line)
                && !prev.trim_start().starts_with("//")
                && (prev.trim() == "}"
                    || prev.ends_with(" {}")
                    || (prev.ends_with(';') && (prev_kind.is_some() || indent(prev) == 0)))
                && starts_item(line)
                && !(prev_kind.is_some() && prev_kind == kind(line));
            if !line.trim().is_empty() && !prev.trim().is_empty() && (inner_doc_ends || item_ends) {
                out.push('\n');
            }
        }
        if kind(line).is_some() {
            statement = Some((indent(line), kind(line)));
        } else if statement
            .is_some_and(|(at, _)| indent(line) <= at && !line.trim_start().starts_with('}'))
        {
            statement = None;
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

fn lib_rs(ir: &ir::Ir, options: &Options) -> Result<String, String> {
    let krate = options.crate_ident();
    let mut doc = Doc::new();
    doc.para("Typed models of the vendor IM APIs described under `spec/`, generated by `codegen`: request and response types with the wire names, validators for every documented constraint, HTTP clients with each vendor's signing, and server traits with routers that answer like the vendor.");
    quick_start(&mut doc, ir, options);
    doc.heading("Services");
    doc.para(
        "Each service is a module behind a Cargo feature of the same name (`full`, on by default, turns on all). The `client` feature (on by default) adds each service's `client` module; the `server` feature its `server` module, a trait to implement and an axum router that answers like the vendor.",
    );
    doc.gap();
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
    doc.heading("The names you use");
    doc.raw_para(&format!(
        "Everything a program names is here, so `{krate}` is its one dependency (with tokio for its own `main`):\n\n\
         - [`Error`]: why a call failed; a refusal by the vendor is [`Error::Vendor`] with a [`VendorError`] (code, numeric code, message, request id).\n\
         - [`Validate`], [`Violations`] and [`Violation`]: every broken constraint of a request, with its wire path.\n\
         - [`from_json`] and [`DecodeError`]: a JSON body into a generated type, naming the wire path of a mistake."
    ));
    // Names behind a feature are linked only when it is on, so that every build's docs link.
    let client_line =
        "- With `client`: [`HttpConfig`] and [`RetryPolicy`], the settings a client builder takes.";
    let server_line = "- With `server`: [`server`], the router's parts ([`server::Fault`], [`server::RequestContext`], [`server::ServerConfig`], …), and in each service module a `server` module with its trait, its `router` and its vendor's `Gateway`.";
    let mut rest = Doc::new();
    rest.line("- [`runtime`]: the rest of `imapi-runtime`, which the generated code calls.");
    rest.gap();
    rest.line("Per service: the operations' `…Request` and `…Response` types and the shapes they use; `Envelope<T>`, the whole response body; `errors`, the documented codes; `client::{Client, ClientBuilder, Config, Endpoint, ENDPOINTS}`; `server::{Service, router}`.");
    let rest = rest.inner_attrs();
    let attrs = doc.inner_attrs();
    let mods = ir.services.iter().map(|s| {
        let feature = &s.name;
        let module = names::service_module(s);
        quote! {
            #[cfg(feature = #feature)]
            #[rustfmt::skip]
            pub mod #module;
        }
    });
    print(
        "spec/",
        quote! {
            #attrs
            #![cfg_attr(feature = "client", doc = #client_line)]
            #![cfg_attr(feature = "server", doc = #server_line)]
            #rest
            #![warn(missing_docs)]
            // The generator's own layout (prettyplease) is the committed form: the same on every
            // toolchain, with no formatter process per file. rustfmt leaves these files alone.
            #![cfg_attr(rustfmt, rustfmt::skip)]
            #[doc(inline)]
            pub use imapi_runtime::{from_json, DecodeError, Error, Validate, VendorError, Violation, Violations};
            #[cfg(feature = "client")]
            #[doc(inline)]
            pub use imapi_runtime::{HttpConfig, RetryPolicy};
            /// The server side's parts: credentials, the request context, faults, rate limiters.
            #[cfg(feature = "server")]
            pub mod server {
                #[doc(inline)]
                pub use imapi_runtime::server::*;
            }
            #[doc(no_inline)]
            pub use imapi_runtime as runtime;
            #(#mods)*
        },
    )
}

/// The crate docs' quick start: the dependency lines and a complete program calling the first
/// operation that has a request example, with its error handling.
fn quick_start(doc: &mut Doc, ir: &ir::Ir, options: &Options) {
    let Some((service, op, example)) = ir.services.iter().find_map(|s| {
        s.operations.iter().find_map(|o| {
            o.examples
                .iter()
                .find_map(|e| e.request_text.as_deref())
                .map(|e| (s, o, e))
        })
    }) else {
        return;
    };
    let krate = options.crate_ident();
    let parts = crate::protocol::of(service.protocol).client_parts(service);
    doc.heading("Quick start");
    doc.line("```toml");
    doc.line("[dependencies]");
    doc.line(&format!(
        "{} = {{ path = \"…/generated\", default-features = false, features = [\"{}\", \"client\"] }}",
        options.crate_name, service.name
    ));
    doc.line("tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }");
    doc.line("```");
    doc.gap();
    let module = &service.module;
    let uses = client::client_names(&parts);
    let hashes = docs::raw_string_hashes(example);
    doc.line("```no_run");
    doc.line(&format!("use {krate}::{module}::client::{uses};"));
    doc.line(&format!("use {krate}::{module}::{};", op.request));
    doc.line(&format!("use {krate}::{{Error, Validate}};"));
    doc.line("");
    doc.line("#[tokio::main]");
    doc.line("async fn main() -> Result<(), Box<dyn std::error::Error>> {");
    doc.line(&format!(
        "    let client = Client::new({})?;",
        parts.example_args
    ));
    doc.line(&format!(
        "    let request: {} = serde_json::from_str(r{hashes}\"",
        op.request
    ));
    for line in example.trim().lines() {
        doc.line(&format!("        {line}"));
    }
    doc.line(&format!("    \"{hashes})?;"));
    doc.line("    request.validate()?; // what the client checks before sending, too");
    doc.line(&format!(
        "    match client.{}(&request).await {{",
        names::method(op)
    ));
    doc.line("        Ok(response) => println!(\"{response:?}\"),");
    doc.line("        Err(Error::Vendor(refusal)) => eprintln!(\"refused: {} {}\", refusal.code, refusal.message),");
    doc.line("        Err(other) => return Err(other.into()),");
    doc.line("    }");
    doc.line("    Ok(())");
    doc.line("}");
    doc.line("```");
}

fn service_rs(ctx: &Ctx<'_>) -> Result<String, String> {
    let service = ctx.service;
    let source = format!("spec/{}", service.spec_file);
    let mut doc = Doc::new();
    doc.para(&service.title);
    doc.para(&service.description);
    if let Some(gloss) = &service.gloss {
        doc.para(gloss);
    }
    doc.heading("Protocol");
    doc.para(&crate::protocol::of(service.protocol).describe(service));
    doc.heading("Endpoints");
    let signs_by_region = service.signing.per_region;
    if signs_by_region {
        doc.line("| Region | Host | Signing region | Notes |");
        doc.line("| --- | --- | --- | --- |");
    } else {
        doc.line("| Region | Host | Notes |");
        doc.line("| --- | --- | --- |");
    }
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
        let signing = if signs_by_region {
            format!(" `{}` |", e.signing_region)
        } else {
            String::new()
        };
        doc.line(&format!(
            "| `{}` | `{}` |{signing} {} |",
            e.region,
            e.host,
            notes.join("; ")
        ));
    }
    doc.line("");
    docs::errors_doc(&mut doc, "Errors of every operation", &service.errors);
    docs::sources_doc(&mut doc, &service.sources);
    docs::notes_doc(&mut doc, &service.doc_notes);

    let mut imports = Imports::default();
    let modules = service.operations.iter().map(|op| {
        let m = names::operation_module(op);
        quote! {
            #[rustfmt::skip]
            pub mod #m;
        }
    });
    let uses = service.operations.iter().map(|op| {
        let m = names::operation_module(op);
        quote! { pub use #m::*; }
    });
    let envelope = types::envelope(ctx);
    imports.add_all("imapi_runtime", &["decode", "encode"]);
    types::type_imports(&[], &service.envelope.fields, &mut imports);
    let shared = shared_types(service);
    let types_mod = if shared.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            #[rustfmt::skip]
            mod types;
            pub use types::*;
        }
    };
    let service_items = operation::service_items(service, &mut imports);
    // What `super` names are this file's own.
    let uses_tokens = imports_without_super(&imports);
    let attrs = doc.inner_attrs();
    print(
        &source,
        quote! {
            #attrs
            #uses_tokens
            #[cfg(feature = "client")]
            #[rustfmt::skip]
            pub mod client;
            #[rustfmt::skip]
            pub mod errors;
            #[cfg(feature = "server")]
            #[rustfmt::skip]
            pub mod server;
            #(#modules)*
            #types_mod
            #(#uses)*
            #service_items
            #envelope
        },
    )
}

/// The types the service's operations share: those of service.yaml and of its type files,
/// and those an operation's file defines that other operations use too (the checker places
/// each type: `operation` is `None` for these).
fn shared_types(service: &ir::Service) -> Vec<&ir::TypeDef> {
    service
        .types
        .iter()
        .filter(|t| t.operation.is_none())
        .collect()
}

/// `types.rs`: the types the service's operations share, so that each operation's file holds
/// only what is its own and no operation's module depends on another's.
fn types_rs(ctx: &Ctx<'_>) -> Result<Option<String>, String> {
    let service = ctx.service;
    let shared = shared_types(service);
    if shared.is_empty() {
        return Ok(None);
    }
    let mut imports = Imports::default();
    let items = types::items(ctx, &shared, &mut imports);
    let folder = service
        .spec_file
        .rsplit_once('/')
        .map_or("", |(dir, _)| dir);
    let mut from = Vec::new();
    if shared.iter().any(|t| t.spec_file == service.spec_file) {
        from.push(format!("the `types` of `spec/{}`", service.spec_file));
    }
    if shared.iter().any(|t| t.spec_path.is_empty()) {
        from.push(format!("the type files of `spec/{folder}/types/`"));
    }
    if shared
        .iter()
        .any(|t| t.spec_file != service.spec_file && !t.spec_path.is_empty())
    {
        from.push("the types an operation's file defines that other operations use too".into());
    }
    let from = match from.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}, and {last}", rest.join(", ")),
        _ => from.concat(),
    };
    let doc = Doc::from_raw(&format!(
        "The types that {}'s operations share: {from}.",
        docs::inline(&service.title),
    ));
    // One file is the source when every type comes from it; else the service's folder.
    let source = if shared.iter().all(|t| t.spec_file == service.spec_file) {
        format!("spec/{}", service.spec_file)
    } else {
        format!("spec/{folder}/")
    };
    print_file(&source, &doc, &imports, items).map(Some)
}

/// The imports of `mod.rs`, where `super` would be the crate root: the service's own types are
/// already in scope there.
fn imports_without_super(imports: &Imports) -> TokenStream {
    imports.without("super").tokens()
}

fn operation_rs(ctx: &Ctx<'_>, op: &ir::Operation) -> Result<String, String> {
    let service = ctx.service;
    let source = format!("spec/{}", op.spec_file);
    let mut doc = Doc::new();
    doc.para(&format!("`{}`: {}", op.name, op.summary));
    doc.para(&op.description);
    if let Some(gloss) = &op.gloss {
        doc.para(gloss);
    }
    docs::operation_facts(&mut doc, op);
    if !op.rules.is_empty() {
        doc.heading("Rules the server enforces");
        for rule in &op.rules {
            let error = rule
                .error
                .as_ref()
                .map(|e| format!(" (error {})", docs::code_text(e)))
                .unwrap_or_default();
            doc.line(&format!("- {}{error}", docs::inline(&rule.description)));
        }
        doc.line("");
    }
    docs::errors_doc(&mut doc, "Errors", &op.errors);
    docs::notes_doc(&mut doc, &op.doc_notes);

    let types: Vec<&ir::TypeDef> = service
        .types
        .iter()
        .filter(|t| t.operation.as_deref() == Some(op.name.as_str()))
        .collect();
    let mut imports = Imports::default();
    let marker = operation::marker(ctx, op, &mut imports);
    let items = types::items(ctx, &types, &mut imports);
    print_file(&source, &doc, &imports, quote! { #marker #items })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::TypeKind;

    #[test]
    fn items_are_spaced_but_doc_comments_are_not_split() {
        let text =
            "struct A {}\nstruct B {}\n/// let request = r#\"\n/// {}\n/// \"#;\nfn f() {}\n";
        assert_eq!(
            space_items(text),
            "struct A {}\n\nstruct B {}\n\n/// let request = r#\"\n/// {}\n/// \"#;\nfn f() {}\n"
        );
    }

    #[test]
    fn struct_kinds_are_what_the_needs_index_sees() {
        // A guard for the index: every struct type of a service is in it.
        let ir = crate::build_ir(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/fixtures/base"
        )))
        .expect("the fixture is valid");
        let ctx = Ctx::new(&ir.services[0]);
        for t in &ctx.service.types {
            assert!(ctx.type_named(&t.name).is_some());
            if let TypeKind::Struct { .. } = t.kind {
                assert!(ctx.needs.knows(&t.name));
            }
        }
    }
}
