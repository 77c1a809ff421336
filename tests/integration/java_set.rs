//! The Java set in examples/templates/java, written from templates/README.md and `codegen model`
//! alone, proves that it agrees with the Rust crate. It is rendered (in-process, as `generate
//! --sets-only --templates examples/templates/java` renders it), compiled with `javac --release
//! 17 -Xlint:all -Werror`, and its harness (`<package>.Harness`, rendered with it) is run over a
//! corpus in `codegen corpus`'s format: the requests `codegen corpus` draws by default (seed 1,
//! 120 an operation) and the ones validators_agree.rs writes by hand (long values quoted in
//! messages, lengths in characters and in bytes, map keys out of order and needing quotes),
//! each with the Rust crate's verdict. Java must give every verdict exactly (paths, rules,
//! messages, codes, order), and every spec example must round-trip: its typed literal writes
//! the example's JSON, and the request and response JSON come back unchanged through
//! `fromJson` and `toJson`. For the repository's spec and for the extensions fixture. The JDK
//! is installed on first use when missing (tests/tools.rs).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use codegen::ir;
use imapi_runtime::corpus::{Answer, Checks};
use imapi_tests::repo_root;
use imapi_tests::tools::javac;
use serde_json::{json, Value};

use crate::validators_agree::{fixture_cases, repository_cases, Case};

/// `codegen corpus`'s defaults.
const SEED: u64 = 1;
const PER_OPERATION: usize = 120;

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The first lines of a long report, and its last (the summary).
fn shortened(report: &str) -> String {
    let lines: Vec<&str> = report.lines().collect();
    if lines.len() <= 60 {
        return report.to_owned();
    }
    format!(
        "{}\n… {} lines left out …\n{}",
        lines[..50].join("\n"),
        lines.len() - 51,
        lines[lines.len() - 1]
    )
}

/// Renders the set for `spec` into `target/java-set/<work>/src` and compiles it into
/// `…/classes`; returns the work folder.
fn render_and_compile(spec: &str, crate_name: &str, work: &str) -> PathBuf {
    let options = codegen::Options {
        crate_name: crate_name.to_owned(),
        templates: vec![repo_root().join("examples/templates/java")],
        rust: false,
        ..codegen::Options::default()
    };
    let outputs = codegen::generate_in_memory_with(&repo_root().join(spec), &options)
        .unwrap_or_else(|e| panic!("the Java set renders for {spec}: {e}"));
    let dir = repo_root().join("target/java-set").join(work);
    let _ = fs::remove_dir_all(&dir);
    let mut sources = Vec::new();
    for (path, contents) in &outputs.crate_files {
        let path = dir.join("src").join(path);
        fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
        fs::write(&path, contents).expect("write");
        sources.push(path);
    }
    assert!(
        sources.len() > 8,
        "the runtime, the harness and three files a service"
    );
    let out = Command::new(javac())
        .args([
            "--release",
            "17",
            "-Xlint:all",
            "-Werror",
            "-encoding",
            "UTF-8",
        ])
        .arg("-d")
        .arg(dir.join("classes"))
        .args(&sources)
        .output()
        .expect("run javac");
    assert!(
        out.status.success(),
        "javac rejects the Java set's output for {spec}:\n{}",
        shortened(&text(&out))
    );
    dir
}

/// Writes `dir/corpus.json` as `codegen corpus` writes it: the drawn requests, then those
/// written by hand, each with the Rust crate's verdict.
fn write_corpus(dir: &Path, spec: &str, checks: &Checks, by_hand: fn(&ir::Ir) -> Vec<Case>) {
    let ir = codegen::build_ir(&repo_root().join(spec)).expect("the spec");
    let drawn = codegen::corpus::draw(&ir, SEED, PER_OPERATION)
        .into_iter()
        .map(|r| (r.service, r.operation, r.body));
    let written = by_hand(&ir)
        .into_iter()
        .map(|c| (c.service.to_owned(), c.operation.to_owned(), c.body));
    let cases: Vec<Value> = drawn
        .chain(written)
        .map(|(service, operation, body)| {
            let verdict = checks
                .check(&service, &operation, &body)
                .unwrap_or_else(|| panic!("the crate has {service} {operation}"));
            json!({
                "service": service,
                "operation": operation,
                "body": body,
                "verdict": Answer::from(verdict),
            })
        })
        .collect();
    let corpus = json!({"seed": SEED, "per_operation": PER_OPERATION, "cases": cases});
    fs::write(dir.join("corpus.json"), corpus.to_string()).expect("write the corpus");
}

/// Runs `<package>.Harness` over `dir/corpus.json` with `classpath`.
fn harness(dir: &Path, classpath: &str, package: &str) -> Output {
    Command::new(javac().with_file_name("java"))
        .arg("-cp")
        .arg(classpath)
        .arg(format!("{package}.Harness"))
        .arg(dir.join("corpus.json"))
        .output()
        .expect("run java")
}

fn agrees(
    spec: &str,
    package: &str,
    work: &str,
    checks: &Checks,
    by_hand: fn(&ir::Ir) -> Vec<Case>,
) -> PathBuf {
    let dir = render_and_compile(spec, package, work);
    write_corpus(&dir, spec, checks, by_hand);
    let out = harness(&dir, &dir.join("classes").to_string_lossy(), package);
    let report = text(&out);
    assert!(
        out.status.success(),
        "the Java set disagrees with the Rust crate on {spec}:\n{}",
        shortened(&report)
    );
    eprintln!("{spec}: {}", report.trim());
    assert!(report.contains(" 0 mismatch(es)"), "{report}");
    dir
}

#[test]
fn the_java_set_agrees_with_the_rust_crate() {
    let checks = imapi_tests::registry::checks();
    let dir = agrees("spec", "imapi", "spec", &checks, repository_cases);

    // The check can fail: one word wrong in the enum rule's message (Check.java, compiled
    // again alone and put first on the class path) is reported, case by case.
    let check = dir.join("src/java/imapi/runtime/Check.java");
    let source = fs::read_to_string(&check).expect("read");
    let wrong = source.replace("\"must be one of \"", "\"must be one from \"");
    assert_ne!(wrong, source, "Check.java words the enum rule");
    let mutant = dir.join("mutant");
    fs::create_dir_all(mutant.join("src")).expect("mkdir");
    fs::write(mutant.join("src/Check.java"), wrong).expect("write");
    let out = Command::new(javac())
        .args(["--release", "17", "-encoding", "UTF-8", "-cp"])
        .arg(dir.join("classes"))
        .arg("-d")
        .arg(&mutant)
        .arg(mutant.join("src/Check.java"))
        .output()
        .expect("run javac");
    assert!(out.status.success(), "{}", text(&out));
    let classpath = format!("{}:{}", mutant.display(), dir.join("classes").display());
    let out = harness(&dir, &classpath, "imapi");
    let report = text(&out);
    assert!(
        !out.status.success(),
        "a wrong message passes:\n{}",
        shortened(&report)
    );
    assert!(
        report.contains("must be one from") && report.contains("violations differ"),
        "{}",
        shortened(&report)
    );
}

/// The extensions fixture: unions and refined types, maps with odd keys, nested conditionals,
/// groups with wire paths, coded limits, open enums and `unknown_as`.
#[test]
fn the_java_set_agrees_with_the_rust_crate_on_the_extensions_fixture() {
    let mut checks = Checks::default();
    extensions_fixture::ext_demo::for_each_operation(&mut checks);
    agrees(
        "tests/fixtures/extensions/spec",
        "extensions_fixture",
        "extensions",
        &checks,
        fixture_cases,
    );
}
