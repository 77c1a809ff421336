//! `codegen`: validates the API specs under `spec/` and generates the `imapi` crate from them.
//!
//! The pipeline is load ([`spec::load`]: YAML with file and line, checked against the format's
//! schema) → check ([`check`]: every problem at once, protocol rules from [`protocol`]) → IR
//! ([`ir`]: resolved, ordered, serializable) → emit ([`emit::rust`] for the crate,
//! [`emit::templates`] for other languages) → write ([`output`]: in memory first, then replaced
//! atomically; `check` diffs instead).

pub mod cache;
pub mod check;
pub mod corpus;
pub mod diag;
pub mod diff;
pub mod emit;
pub mod error;
pub mod import;
pub mod ir;
pub mod json;
pub mod naming;
pub mod options;
pub mod output;
pub mod pool;
pub mod protocol;
pub mod spec;
pub mod synth;

use std::collections::BTreeMap;
use std::path::Path;

pub use diag::{Diagnostic, Diagnostics};
pub use emit::header::GENERATE_COMMAND;
pub use error::Error;
pub use options::{Options, CRATE_NAME};
pub use output::Outputs;

/// Loads and checks the spec folder.
pub fn build_ir(spec_dir: &Path) -> Result<ir::Ir, Diagnostics> {
    let (mut services, mut diags) = spec::load::load(spec_dir);
    diags.extend(spec::resolve_refinements(&mut services));
    match check::check(&services) {
        Ok(ir) if diags.is_empty() => Ok(ir),
        Ok(_) => Err(Diagnostics(diags)),
        Err(more) => {
            diags.extend(more);
            diags.sort();
            Err(Diagnostics(diags))
        }
    }
}

/// Renders every output in memory.
pub fn render(ir: &ir::Ir, options: &Options) -> Result<Outputs, Error> {
    options.check().map_err(Error::Usage)?;
    let mut crate_files = BTreeMap::new();
    if options.rust {
        // The OpenAPI documents are rendered by the crate's threads, beside its files.
        let documents = ir
            .services
            .iter()
            .map(|service| {
                let job: emit::rust::FileJob<'_> = (
                    emit::openapi::document_path(&service.name),
                    Box::new(move || Ok(Some(emit::openapi::document_text(service)))),
                );
                job
            })
            .collect();
        crate_files = emit::rust::render_with(ir, options, documents).map_err(Error::Internal)?;
    }
    let mut notes = Vec::new();
    if !options.templates.is_empty() {
        let sets = emit::templates::discover(&options.templates, &options.languages)
            .map_err(Error::Template)?;
        let (files, set_notes) = emit::templates::render_with(
            &sets,
            ir,
            &options.crate_name,
            &emit::templates::Limits::default(),
            options.format,
        )
        .map_err(Error::Template)?;
        crate_files.extend(files);
        notes = set_notes;
    }
    let schemas = spec::schema::Kind::ALL
        .iter()
        .map(|k| (k.file_name().to_owned(), spec::schema::render(*k)))
        .collect();
    Ok(Outputs {
        crate_files,
        schemas,
        notes,
    })
}

/// Loads, checks and renders the spec folder with the default options.
pub fn generate_in_memory(spec_dir: &Path) -> Result<Outputs, Error> {
    generate_in_memory_with(spec_dir, &Options::default())
}

/// Loads, checks and renders the spec folder.
pub fn generate_in_memory_with(spec_dir: &Path, options: &Options) -> Result<Outputs, Error> {
    let ir = build_ir(spec_dir).map_err(Error::Spec)?;
    render(&ir, options)
}

/// Loads, checks, renders and writes: the `generate` command. Returns how many files changed.
/// On any spec problem nothing is written.
pub fn generate(spec_dir: &Path, out_dir: &Path) -> Result<usize, Error> {
    generate_with(spec_dir, out_dir, &Options::default())
}

/// [`generate`] with explicit options.
pub fn generate_with(spec_dir: &Path, out_dir: &Path, options: &Options) -> Result<usize, Error> {
    let outputs = generate_in_memory_with(spec_dir, options)?;
    output::write(&outputs, spec_dir, out_dir)
}
