//! The templates' output for other languages is checked by that language's own compiler:
//! `tsc --strict` type-checks the TypeScript declarations and every spec example typed with them
//! (for the repository's spec and the naming fixture, whose keys need quoting). The compiler is
//! the one `templates/package-lock.json` pins, installed by the test on first use.

use std::path::PathBuf;
use std::process::Command;

use imapi_tests::repo_root;
use imapi_tests::tools::node_bin;

fn typescript_files(root: &str) -> Vec<PathBuf> {
    let dir = repo_root().join(root).join("typescript");
    let mut files = Vec::new();
    for service in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        for file in std::fs::read_dir(service.expect("an entry").path()).expect("a service folder")
        {
            files.push(file.expect("an entry").path());
        }
    }
    files.sort();
    files
}

#[test]
fn the_typescript_output_type_checks_with_every_example() {
    for root in [
        "generated",
        "tests/fixtures/naming/generated",
        "tests/fixtures/extensions/generated",
    ] {
        let files = typescript_files(root);
        assert!(
            files.iter().any(|f| f.ends_with("examples.ts")),
            "{root} has typed examples"
        );
        let out = Command::new(node_bin("tsc"))
            .args([
                "--strict",
                "--noEmit",
                "--target",
                "es2020",
                "--noUnusedLocals",
            ])
            .args(&files)
            .output()
            .expect("run tsc");
        assert!(
            out.status.success(),
            "tsc rejects {root}:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
