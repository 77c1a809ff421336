//! Helpers for the workspace tests: the repository's paths and a sandbox copy of `spec/` and
//! `generated/` that a test may break without touching the checkout.

pub mod loopback;
pub mod registry;
pub mod strategies;
pub use codegen::synth;
pub mod tools;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The options the repository's own generated crate is made with: the default package name
/// and the templates folder.
pub fn repo_options() -> codegen::Options {
    codegen::Options {
        templates: vec![repo_root().join("templates")],
        ..codegen::Options::default()
    }
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository")
        .to_path_buf()
}

/// A temporary copy of the spec folder and the generated crate (and, for the repository's
/// own spec, the templates).
pub struct Sandbox {
    _dir: tempfile::TempDir,
    /// The copied `spec/`.
    pub spec: PathBuf,
    /// The copied `generated/`.
    pub out: PathBuf,
    /// The options the sandbox generates with.
    pub options: codegen::Options,
}

impl Sandbox {
    /// Copies the repository's `spec/`, `generated/` and `templates/`.
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let spec = dir.path().join("spec");
        let out = dir.path().join("generated");
        let templates = dir.path().join("templates");
        copy_dir(&repo_root().join("spec"), &spec);
        copy_dir(&repo_root().join("generated"), &out);
        copy_dir(&repo_root().join("templates"), &templates);
        Sandbox {
            _dir: dir,
            spec,
            out,
            options: codegen::Options {
                templates: vec![templates],
                ..codegen::Options::default()
            },
        }
    }

    /// Renders the sandbox's spec in memory.
    pub fn render(&self) -> Result<codegen::Outputs, codegen::Error> {
        codegen::generate_in_memory_with(&self.spec, &self.options)
    }

    /// Generates into the sandbox's output folder.
    pub fn generate(&self) -> Result<usize, codegen::Error> {
        codegen::generate_with(&self.spec, &self.out, &self.options)
    }

    /// Copies the fixture spec `tests/fixtures/<name>` (its `spec/` folder, for a fixture
    /// that keeps its generated crate beside it) and generates its crate, so the sandbox
    /// starts valid and in sync.
    pub fn fixture(name: &str) -> Sandbox {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let spec = dir.path().join("spec");
        let out = dir.path().join("generated");
        let fixture = repo_root().join("tests/fixtures").join(name);
        let fixture_spec = fixture.join("spec");
        copy_dir(
            if fixture_spec.is_dir() {
                &fixture_spec
            } else {
                &fixture
            },
            &spec,
        );
        codegen::generate(&spec, &out)
            .unwrap_or_else(|e| panic!("the fixture {name} is valid: {e}"));
        Sandbox {
            _dir: dir,
            spec,
            out,
            options: codegen::Options::default(),
        }
    }

    /// Replaces the first `from` in a spec file with `to`; panics when `from` is not there,
    /// so a test whose mutation no longer applies fails instead of passing vacuously.
    pub fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.spec.join(file);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(text.contains(from), "{file} no longer contains {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).expect("write the spec file");
    }

    /// Writes a spec file.
    pub fn write(&self, file: &str, text: &str) {
        let path = self.spec.join(file);
        fs::create_dir_all(path.parent().expect("a parent")).expect("create the folder");
        fs::write(path, text).expect("write the spec file");
    }

    /// Reads a spec file.
    pub fn read(&self, file: &str) -> String {
        fs::read_to_string(self.spec.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }

    /// Removes a spec file.
    pub fn remove(&self, file: &str) {
        fs::remove_file(self.spec.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    }

    /// Every byte the generator could write: the generated tree and the spec's schema files.
    pub fn written_state(&self) -> BTreeMap<String, Vec<u8>> {
        let mut state = BTreeMap::new();
        read_all(&self.out, "generated", &mut state);
        for entry in fs::read_dir(&self.spec).expect("read spec/") {
            let path = entry.expect("an entry").path();
            if path.is_file() {
                let name = path
                    .file_name()
                    .expect("a name")
                    .to_string_lossy()
                    .into_owned();
                state.insert(format!("spec/{name}"), fs::read(&path).expect("read"));
            }
        }
        state
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create the folder");
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_name() == "node_modules" {
            continue;
        }
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy a file");
        }
    }
}

fn read_all(dir: &Path, prefix: &str, into: &mut BTreeMap<String, Vec<u8>>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let entry = entry.expect("an entry");
        let name = format!("{prefix}/{}", entry.file_name().to_string_lossy());
        if entry.path().is_dir() {
            read_all(&entry.path(), &name, into);
        } else {
            into.insert(name, fs::read(entry.path()).expect("read"));
        }
    }
}

/// Checks that the README's block between `<!-- {name}:start -->` and `<!-- {name}:end -->`
/// is `expected`, a table a test renders from the spec and a committed list; with
/// `IMAPI_UPDATE_README=1` set, writes it there instead (after a change to the spec).
pub fn check_readme_block(name: &str, expected: &str) {
    let path = repo_root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let start_marker = format!("<!-- {name}:start -->\n");
    let end_marker = format!("<!-- {name}:end -->");
    let start = readme
        .find(&start_marker)
        .unwrap_or_else(|| panic!("the README has no `{name}` block"))
        + start_marker.len();
    let end = start
        + readme[start..]
            .find(&end_marker)
            .unwrap_or_else(|| panic!("the README's `{name}` block does not end"));
    if std::env::var_os("IMAPI_UPDATE_README").is_some() {
        let updated = format!("{}{expected}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).expect("write README.md");
        return;
    }
    assert!(
        readme[start..end] == *expected,
        "the README's `{name}` block is not what the spec and its list give (run the test with IMAPI_UPDATE_README=1 to write it):\n{expected}"
    );
}
