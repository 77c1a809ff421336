//! Spec folders and spec text written by an attacker: links to files elsewhere on the machine,
//! FIFOs and devices, oversized files, and prose or examples crafted to become code in the
//! generated crate. Each gets a diagnostic or is rendered inert; nothing is read through a
//! link, nothing hangs, and nothing of the spec runs.

use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use imapi_tests::Sandbox;

const SERVICE: &str = "demo/service.yaml";
const OP: &str = "demo/set_marks.yaml";

/// Runs the loader and checker on another thread and fails the test if they take more than a
/// minute: a FIFO opened for reading blocks forever.
fn build_ir_within_a_minute(spec: &Path) -> Result<codegen::ir::Ir, codegen::Diagnostics> {
    let spec = spec.to_path_buf();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(codegen::build_ir(&spec));
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("the loader returns instead of hanging")
}

#[cfg(unix)]
#[test]
fn links_fifos_devices_and_huge_files_are_refused_unread() {
    let sb = Sandbox::fixture("base");
    let secret = sb.spec.parent().unwrap().join("id_ed25519");
    fs::write(
        &secret,
        "-----BEGIN OPENSSH PRIVATE KEY-----\nname: stolen\n",
    )
    .unwrap();
    let demo = sb.spec.join("demo");
    std::os::unix::fs::symlink(&secret, demo.join("linked.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", demo.join("zero.yaml")).unwrap();
    std::os::unix::fs::symlink(&demo, sb.spec.join("linked-service")).unwrap();
    let fifo = demo.join("fifo.yaml");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo reads a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
    fs::write(demo.join("huge.yaml"), "# x\n".repeat(300_000)).unwrap();

    let diagnostics = build_ir_within_a_minute(&sb.spec).expect_err("refused");
    let text = diagnostics.render("spec");
    for (file, what) in [
        ("demo/linked.yaml", "symbolic link"),
        ("demo/zero.yaml", "symbolic link"),
        ("linked-service", "symbolic link"),
        ("demo/fifo.yaml", "not a regular file"),
        ("demo/huge.yaml", "larger than 1024 KiB"),
    ] {
        assert!(
            diagnostics
                .0
                .iter()
                .any(|d| d.file == file && d.message.contains(what)),
            "{file}: {what}\n{text}"
        );
    }
    assert!(!text.contains("PRIVATE KEY"), "{text}");
    assert!(!text.contains("stolen"), "{text}");
}

/// The lines of every doc comment in a generated file, without the comment markers.
fn doc_lines(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| {
            let t = l.trim_start();
            t.strip_prefix("///")
                .or_else(|| t.strip_prefix("//!"))
                .map(|d| d.strip_prefix(' ').unwrap_or(d).to_owned())
        })
        .collect()
}

#[test]
fn spec_text_never_becomes_code() {
    let sb = Sandbox::fixture("base");
    sb.edit(
        SERVICE,
        "title: Demo service\n",
        "title: 'Demo \"service\" ] [features] x = [\"../../evil\"] # not a comment'\n",
    );
    // A region becomes a string in the client's doc example, escaped.
    sb.edit(
        SERVICE,
        "    default: true\n",
        "    default: true\n  - region: 'x\"); panic!(); (\"'\n    host: x.example.com\n",
    );
    sb.edit(
        OP,
        "description: Sets marks on members.\n",
        "description: |-\n  Sets marks.\n\n  ```rust\n  std::process::exit(1);\n  ```\n\n      std::process::abort();\n\n  ~~~should_panic\n  never closed\n",
    );
    sb.edit(
        OP,
        r#"{"AppId": 1, "Members": [{"UserId": 7, "Marks": [1000]}], "Mode": 1}"#,
        r##"{"AppId": 1, "Members": [{"UserId": 7, "NickName": "\"#)?; panic!(); (r#\"", "Marks": [1000]}], "Mode": 1}"##,
    );
    sb.generate().unwrap_or_else(|e| panic!("{e}"));

    // The title is a value and a comment in the manifest, never TOML of its own.
    let manifest = fs::read_to_string(sb.out.join("Cargo.toml")).unwrap();
    let parsed: toml_edit::DocumentMut = manifest.parse().expect("valid TOML");
    let features: Vec<&str> = parsed["features"]
        .as_table()
        .unwrap()
        .iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        features,
        ["default", "client", "server", "redis", "full", "demo"],
        "{manifest}"
    );
    assert!(parsed.get("dependencies").unwrap().get("evil").is_none());

    // Every code block in the docs is either inert text or the generator's own example.
    for file in [
        "src/demo/set_marks.rs",
        "src/demo/client.rs",
        "src/demo/mod.rs",
    ] {
        let source = fs::read_to_string(sb.out.join(file)).unwrap();
        let lines = doc_lines(&source);
        let mut open = false;
        for line in &lines {
            if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
                if !open {
                    assert!(
                        line == "```text" || line == "```no_run",
                        "{file}: a code block that rustdoc would run: {line:?}"
                    );
                }
                open = !open;
            } else if !open {
                assert!(
                    !line.starts_with("    "),
                    "{file}: an indented code block: {line:?}"
                );
            }
        }
        assert!(!open, "{file}: a code block left open");
    }

    // The client's doc examples still parse as Rust: the request's raw string outlasts the
    // example, and no spec text escapes its string literal.
    let client = fs::read_to_string(sb.out.join("src/demo/client.rs")).unwrap();
    let lines = doc_lines(&client);
    let mut blocks = Vec::new();
    let mut rest = &lines[..];
    while let Some(start) = rest.iter().position(|l| l == "```no_run") {
        let body = &rest[start + 1..];
        let end = body.iter().position(|l| l == "```").unwrap();
        let code: String = body[..end]
            .iter()
            .map(|l| l.strip_prefix("# ").unwrap_or(l).to_owned() + "\n")
            .collect();
        syn::parse_file(&format!("fn doc() {{\n{code}}}"))
            .unwrap_or_else(|e| panic!("{e}\n{code}"));
        assert!(!code.contains("panic!();\n"), "{code}");
        blocks.push(code);
        rest = &body[end + 1..];
    }
    assert_eq!(blocks.len(), 2, "the module's example and the method's");
    assert!(blocks[1].contains("r##\""), "{}", blocks[1]);
}
