//! How the generator is run: the package name and the template set.

use std::path::PathBuf;

/// The default package name of the generated crate.
pub const CRATE_NAME: &str = "imapi";

/// How the crate is generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The package name (`imapi`).
    pub crate_name: String,
    /// Template sets to render into the output folder: a folder holding a `manifest.yaml` is
    /// one set, any other folder holds sets one level down. Empty renders none.
    pub templates: Vec<PathBuf>,
    /// Only the sets of these names (empty: every set found).
    pub languages: Vec<String>,
    /// Whether the output holds the Rust crate and the OpenAPI documents beside the sets'
    /// files (`false`: the template sets' files alone, `generate --sets-only`).
    pub rust: bool,
    /// Whether a set's formatter (`format:` in its manifest) is run over its files
    /// (`generate --format`); off, a set naming one is noted.
    pub format: bool,
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

    /// The crate's name as Rust code writes it (`imapi`, `naming_fixture`).
    pub fn crate_ident(&self) -> String {
        self.crate_name.replace('-', "_")
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            crate_name: CRATE_NAME.to_owned(),
            templates: Vec::new(),
            languages: Vec::new(),
            rust: true,
            format: false,
        }
    }
}
