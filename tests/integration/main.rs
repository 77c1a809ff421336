//! Workspace-level tests of the generator against the real spec.

mod bad_specs;
mod client_hardening;
mod clients;
mod diff_semver;
mod drift;
mod extensions;
mod extensions_applies;
mod extensions_classes;
mod extensions_directions;
mod extensions_envelope;
mod extensions_pages;
mod extensions_refines;
mod extensions_rules;
mod extensions_values;
mod hostile_specs;
mod one_new_file;
mod openapi;
mod properties;
mod rate_limits;
mod readme;
mod robustness;
mod scale;
mod servers;
mod templates;
mod validators;
mod validators_agree;
