//! Workspace-level tests of the generator against the real spec.

mod bad_specs;
mod clients;
mod drift;
mod properties;
mod robustness;
mod templates;
mod validators;
