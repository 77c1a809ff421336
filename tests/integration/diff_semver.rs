//! `codegen diff`'s advice, checked by building: for each change of a corpus, the base fixture's
//! crate and the changed spec's crate are generated, and one program written against the base
//! crate's API (a struct literal of every struct, an exhaustive `match` on the enum, each field
//! read at its type: what cargo-semver-checks' lints guard) is compiled against both. It must
//! compile against the base; it must fail against the head exactly when `codegen diff` says
//! the change breaks the Rust API. A change the report calls compatible that breaks the program,
//! or a break the program does not feel, fails the test.
//!
//! The crates are built with the types only (no client or server feature), offline, in one
//! target folder under the workspace's, so the dependencies build once.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::options::Options;
use imapi_tests::{repo_root, Sandbox};

const OP: &str = "demo/set_marks.yaml";
const SERVICE: &str = "demo/service.yaml";

/// Uses every item of the base crate the way a caller may: constructing, matching, reading.
const PROBE: &str = r#"
use fixture::demo::{Member, Mode, SetMarksRequest, SetMarksResponse};

pub fn build() -> SetMarksRequest {
    SetMarksRequest {
        app_id: 1,
        members: vec![Member { user_id: 7, nick_name: None, marks: Some(vec![1000]) }],
        mode: Some(Mode::Add),
    }
}

pub fn read(r: &SetMarksRequest) -> (i32, i64, Option<Mode>) {
    let app: i32 = r.app_id;
    let user: i64 = r.members[0].user_id;
    let mode: Option<Mode> = r.mode;
    (app, user, mode)
}

pub fn name(m: Mode) -> &'static str {
    match m {
        Mode::Add => "add",
        Mode::Delete => "delete",
        Mode::Unknown(_) => "unknown",
    }
}

pub fn failed(r: &SetMarksResponse) -> Option<&Vec<i64>> {
    r.failed.as_ref()
}
"#;

/// One change: its name, the edit, and whether it breaks the Rust API.
struct Case {
    name: &'static str,
    edit: fn(&Sandbox),
    api_breaking: bool,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "optional-field-added",
            edit: |sb| {
                sb.edit(
                    OP,
                    "      description: How marks are applied.\n",
                    "      description: How marks are applied.\n    - name: Note\n      type: string\n      required: false\n      description: A note.\n",
                )
            },
            api_breaking: true,
        },
        Case {
            name: "enum-value-added",
            edit: |sb| {
                sb.edit(
                    SERVICE,
                    "          description: Delete them.\n",
                    "          description: Delete them.\n        - value: 3\n          name: Replace\n          description: Replace them.\n",
                )
            },
            api_breaking: true,
        },
        Case {
            name: "field-type-changed",
            edit: |sb| {
                sb.edit(
                    OP,
                    "    - name: AppId\n      type: i32\n",
                    "    - name: AppId\n      type: i64\n",
                )
            },
            api_breaking: true,
        },
        Case {
            name: "optional-made-required",
            edit: |sb| {
                sb.edit(
                    OP,
                    "      type: Mode\n      required: false\n",
                    "      type: Mode\n      required: true\n",
                )
            },
            api_breaking: true,
        },
        Case {
            name: "limit-tightened",
            edit: |sb| sb.edit(OP, "        max_items: 10\n", "        max_items: 5\n"),
            api_breaking: false,
        },
        Case {
            name: "limit-loosened",
            edit: |sb| sb.edit(OP, "        max_items: 10\n", "        max_items: 20\n"),
            api_breaking: false,
        },
        Case {
            name: "description-changed",
            edit: |sb| {
                sb.edit(
                    OP,
                    "      description: The members.\n",
                    "      description: The members whose marks are set.\n",
                )
            },
            api_breaking: false,
        },
        Case {
            name: "rate-limit-lowered",
            edit: |sb| sb.edit(OP, "  requests: 50\n", "  requests: 20\n"),
            api_breaking: false,
        },
    ]
}

/// A workspace of the generated crates and one probe per crate, outside the repository.
struct Probes {
    root: PathBuf,
    members: Vec<String>,
}

impl Probes {
    fn new(root: &Path) -> Probes {
        Probes {
            root: root.to_path_buf(),
            members: Vec::new(),
        }
    }

    /// Generates `spec` as the crate `name`, and a probe crate `probe-<name>` using it.
    fn add(&mut self, name: &str, spec: &Path) {
        let options = Options {
            crate_name: name.to_owned(),
            templates: Vec::new(),
            languages: Vec::new(),
            rust: true,
            format: false,
        };
        codegen::generate_with(spec, &self.root.join(name), &options).expect("the spec generates");
        let probe = self.root.join(format!("probe-{name}"));
        fs::create_dir_all(probe.join("src")).unwrap();
        fs::write(
            probe.join("Cargo.toml"),
            format!(
                "[package]\nname = \"probe-{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
                 [dependencies]\nfixture = {{ package = \"{name}\", path = \"../{name}\", default-features = false, features = [\"full\"] }}\n"
            ),
        )
        .unwrap();
        fs::write(probe.join("src/lib.rs"), PROBE).unwrap();
        self.members.push(name.to_owned());
        self.members.push(format!("probe-{name}"));
    }

    /// Writes the workspace's manifest (the repository's shared dependencies, and its lock
    /// file so that resolution needs no network).
    fn finish(&self) {
        let members: Vec<String> = self.members.iter().map(|m| format!("\"{m}\"")).collect();
        let runtime = repo_root().join("runtime");
        fs::write(
            self.root.join("Cargo.toml"),
            format!(
                "[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n\
                 [workspace.package]\nedition = \"2021\"\nrust-version = \"1.89\"\nlicense = \"MIT OR Apache-2.0\"\npublish = false\n\n\
                 [workspace.dependencies]\nimapi-runtime = {{ path = {runtime:?} }}\n\
                 serde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\ntokio = \"1\"\n",
                members.join(", ")
            ),
        )
        .unwrap();
        fs::copy(repo_root().join("Cargo.lock"), self.root.join("Cargo.lock")).unwrap();
    }

    /// Whether `probe-<name>` compiles, with the compiler's words when it does not.
    fn compiles(&self, name: &str) -> Result<(), String> {
        let target = repo_root().join("target/semver-probes");
        let out = Command::new(env!("CARGO"))
            .args([
                "check",
                "--offline",
                "--quiet",
                "-p",
                &format!("probe-{name}"),
            ])
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(&self.root)
            .output()
            .expect("cargo runs");
        if out.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }
}

#[test]
fn the_advice_matches_what_compiles() {
    let dir = tempfile::tempdir().unwrap();
    let mut probes = Probes::new(dir.path());
    let base = Sandbox::fixture("base");
    let base_ir = codegen::build_ir(&base.spec).expect("the base fixture checks");
    probes.add("semver-base", &base.spec);
    let mut reports = Vec::new();
    for case in cases() {
        let head = Sandbox::fixture("base");
        (case.edit)(&head);
        let head_ir = codegen::build_ir(&head.spec).expect("the changed spec checks");
        let report = codegen::diff::compare(&base_ir, &head_ir);
        assert!(!report.changes.is_empty(), "{}: no change found", case.name);
        let says_api = report.changes.iter().any(|c| c.api_breaking);
        assert_eq!(
            says_api, case.api_breaking,
            "{}: codegen diff says {:?}",
            case.name, report.changes
        );
        let name = format!("semver-{}", case.name);
        probes.add(&name, &head.spec);
        reports.push((case, name));
    }
    probes.finish();

    probes
        .compiles("semver-base")
        .unwrap_or_else(|e| panic!("the probe must compile against the base crate:\n{e}"));
    for (case, name) in reports {
        let compiled = probes.compiles(&name);
        assert_eq!(
            compiled.is_err(),
            case.api_breaking,
            "{}: codegen diff says the Rust API {} but the probe {}",
            case.name,
            if case.api_breaking { "breaks" } else { "holds" },
            match &compiled {
                Ok(()) => "still compiles".to_owned(),
                Err(e) => format!("no longer compiles:\n{e}"),
            }
        );
    }
}
