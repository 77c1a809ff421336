//! Template sets: other languages (and documents) rendered from the model with minijinja.
//!
//! A template set is a folder holding a `manifest.yaml` and minijinja templates. The manifest
//! is declarative: which template renders into which file (once, per service or per
//! operation), the language's naming styles, reserved words and type map. Naming and type
//! mapping run here, in Rust filters driven by the manifest (`name`, `type`), as uniffi keeps
//! them in per-language views; templates only lay text out. Sets are read at run time, so a
//! user's own set needs no recompiling: `codegen generate --templates ./mylang`.
//!
//! Sets read the language-neutral [`model`](super::model), never the Rust IR. Undefined
//! variables are errors, and every error names the template file and line.
//!
//! Everything in a set is hostile input: the manifest and templates are size-limited (and the
//! manifest's nesting is bounded while it is read, as spec files' are), no file is read
//! through a link, output paths must stay inside the set's output folder, and rendering runs
//! on a fuel budget, so a template cannot loop without bound. Fuel counts instructions, not
//! bytes, so what templates build and write is bounded too ([`Limits`], enforced by
//! the checks of the `guard` module, which are put into each template before it is compiled).
//!
//! The module is in four parts: `manifest` reads a set (its manifest, checked, and its
//! files, never through a link), `render` runs a set's templates over the model, `filters`
//! holds the filters the generator adds, one function each (`typed` the tree of a typed
//! literal), and `guard` bounds what a template may build and write.

mod filters;
mod format;
mod guard;
mod manifest;
mod render;
mod typed;

pub use format::Formatted;
pub use guard::Limits;
pub use manifest::{
    discover, load, FileRule, Format, Literals, Manifest, Per, Style, TemplateSet, TypeMap,
    MANIFEST, NAME_KINDS,
};
pub use render::{render, render_with, render_with_limits};
