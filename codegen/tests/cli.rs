//! The `codegen` binary: exit statuses, what it prints, and what it leaves on disk.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_path_buf()
}

fn codegen(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run codegen")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_name() == "node_modules" {
            continue;
        }
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A copy of the repository's spec/, templates/ and generated/ in a temporary folder, as a
/// user's checkout.
fn checkout() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for part in ["spec", "templates", "generated"] {
        copy_dir(&repo_root().join(part), &dir.path().join(part));
    }
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let old = fs::read_to_string(path).expect("read");
    assert!(
        old.contains(from),
        "{} no longer contains {from:?}",
        path.display()
    );
    fs::write(path, old.replacen(from, to, 1)).expect("write");
}

#[test]
fn check_passes_on_the_checkout() {
    let out = codegen(&["check"], &repo_root());
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("match the spec"));
}

#[test]
fn an_edited_description_fails_check_with_a_diff_until_generate() {
    let dir = checkout();
    edit(
        &dir.path().join("spec/tencent-chat/modify_user_info.yaml"),
        "description: Whether marks are set or deleted.",
        "description: Whether the marks are set or deleted.",
    );
    let out = codegen(&["check"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("--- generated/src/tencent_chat/modify_user_info.rs (on disk)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("+/// Whether the marks are set or deleted."),
        "{stdout}"
    );
    // The Rust module, the TypeScript and Python types and the OpenAPI document all carry it.
    assert!(
        stdout.contains("--- generated/openapi/tencent-chat.openapi.json (on disk)"),
        "{stdout}"
    );
    assert!(text(&out.stderr).contains("cargo run -p codegen -- generate"));

    let out = codegen(&["generate"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("4 of "),
        "{}",
        text(&out.stdout)
    );
    let out = codegen(&["check"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stdout));

    // A file the spec no longer produces is removed, and counted apart from the changed ones.
    let stray = dir.path().join("generated/src/tencent_chat/stray.rs");
    std::fs::write(&stray, "// left over\n").unwrap();
    let out = codegen(&["generate"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("0 of ")
            && text(&out.stdout).contains(" files changed, 1 removed;"),
        "{}",
        text(&out.stdout)
    );
    assert!(!stray.exists());
}

#[test]
fn a_bad_spec_exits_1_names_file_and_line_and_writes_nothing() {
    let dir = checkout();
    edit(
        &dir.path()
            .join("spec/volcengine-rtc-im/modify_message.yaml"),
        "      type: i64\n      doc_type: Long\n      required: true\n      description: 消息 ID",
        "      type: i64\n      doc_type: Long\n      requried: true\n      description: 消息 ID",
    );
    edit(
        &dir.path().join("spec/tencent-chat/modify_user_info.yaml"),
        "type: list<MemberMarks>",
        "type: list<MemberMark>",
    );
    let marker = dir.path().join("generated/src/lib.rs");
    let before = fs::read(&marker).expect("read");
    let out = codegen(&["generate"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("unknown key `requried`"), "{stderr}");
    assert!(
        stderr.contains("--> spec/volcengine-rtc-im/modify_message.yaml:"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `required`?"), "{stderr}");
    assert!(stderr.contains("unknown type `MemberMark`"), "{stderr}");
    assert!(
        stderr.contains("--> spec/tencent-chat/modify_user_info.yaml:"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(fs::read(&marker).expect("read"), before);
    assert!(!dir.path().join("generated.codegen-tmp").exists());

    let out = codegen(&["validate"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let out = codegen(&["check"], dir.path());
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn broken_yaml_is_reported_with_its_position() {
    let dir = checkout();
    edit(
        &dir.path().join("spec/tencent-chat/service.yaml"),
        "protocol: tencent\n",
        "protocol: [tencent\n",
    );
    let out = codegen(&["validate"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("invalid YAML"), "{stderr}");
    assert!(
        stderr.contains("--> spec/tencent-chat/service.yaml:"),
        "{stderr}"
    );
}

#[test]
fn a_missing_spec_folder_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = codegen(&["validate", "--spec", "nowhere"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("cannot read the spec folder"),
        "{}",
        text(&out.stderr)
    );
}

/// Operation files per service folder of the repository's spec, counted from the folder, so
/// that adding an operation file needs no edit here.
fn operation_files() -> std::collections::BTreeMap<String, usize> {
    let mut out = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(repo_root().join("spec")).expect("spec/") {
        let entry = entry.expect("an entry");
        if !entry.file_type().expect("a type").is_dir() {
            continue;
        }
        let count = std::fs::read_dir(entry.path())
            .expect("a service folder")
            .filter_map(Result::ok)
            .filter(|f| {
                let name = f.file_name().to_string_lossy().into_owned();
                name.ends_with(".yaml") && name != "service.yaml"
            })
            .count();
        out.insert(entry.file_name().to_string_lossy().into_owned(), count);
    }
    out
}

#[test]
fn validate_and_ir_describe_the_spec() {
    let files = operation_files();
    let out = codegen(&["validate"], &repo_root());
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!(
            "{} services, {} operations: the spec is valid",
            files.len(),
            files.values().sum::<usize>()
        )
    );
    let out = codegen(&["ir"], &repo_root());
    assert!(out.status.success());
    let ir: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the IR is JSON");
    let services = ir["services"].as_array().expect("services");
    let counted: std::collections::BTreeMap<String, usize> = services
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap_or_default().to_owned(),
                s["operations"].as_array().map_or(0, Vec::len),
            )
        })
        .collect();
    assert_eq!(counted, files, "one operation per file, per service");
}

#[test]
fn an_invalid_crate_name_is_refused() {
    let dir = checkout();
    let out = codegen(&["generate", "--crate-name", "my crate"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not a valid package name"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        fs::read(dir.path().join("generated/Cargo.toml")).expect("read"),
        fs::read(repo_root().join("generated/Cargo.toml")).expect("read")
    );
}

#[test]
fn a_broken_template_is_reported_and_nothing_is_written() {
    let dir = checkout();
    let template = dir.path().join("templates/typescript/types.ts.j2");
    let source = fs::read_to_string(&template).expect("read");
    let broken = source.replacen(
        "{% for t in service.types %}",
        "{% for t in service.typez %}",
        1,
    );
    assert_ne!(broken, source, "the template still has its types loop");
    fs::write(&template, broken).expect("write");
    let output = dir
        .path()
        .join("generated/typescript/tencent-chat/types.ts");
    let before = fs::read(&output).expect("read");
    let out = codegen(&["generate"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("template error"), "{stderr}");
    assert!(stderr.contains("typescript/types.ts.j2:"), "{stderr}");
    assert_eq!(fs::read(&output).expect("read"), before);

    // Without templates, their outputs no longer belong to the tree.
    let out = codegen(&["check", "--no-templates"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout)
        .contains("typescript/tencent-chat/types.ts: not produced by the generator"));
}

#[test]
fn generate_refuses_to_replace_a_folder_it_did_not_write() {
    let dir = checkout();
    let mine = dir.path().join("mine");
    fs::create_dir_all(mine.join(".git")).expect("mkdir");
    fs::write(mine.join(".git/HEAD"), "ref: refs/heads/main\n").expect("write");
    let out = codegen(&["generate", "--out", "mine"], dir.path());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("refusing to replace mine"), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(
        fs::read_to_string(mine.join(".git/HEAD")).expect("still there"),
        "ref: refs/heads/main\n"
    );

    let out = codegen(&["generate", "--out", "mine", "--force"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !mine.join(".git").exists(),
        "forced, the folder is replaced"
    );
    assert!(mine.join(".generated-by-codegen").is_file());
    // Marked now: no force needed, and nothing is left beside it.
    let out = codegen(&["generate", "--out", "mine"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let leftovers: Vec<String> = fs::read_dir(dir.path())
        .expect("read")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("codegen"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A regeneration with nothing to do renders nothing; anything changed since (the spec, a
/// generated file, a file added beside them) is found all the same.
#[test]
fn an_unchanged_tree_is_not_rendered_again_but_every_change_is_seen() {
    let dir = checkout();
    let _ = fs::remove_file(dir.path().join("generated/.codegen-cache"));
    let out = codegen(&["generate"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        dir.path().join("generated/.codegen-cache").is_file(),
        "generate records what it left"
    );
    let again = codegen(&["generate"], dir.path());
    assert!(
        text(&again.stdout).contains("up to date (nothing read has changed"),
        "{}",
        text(&again.stdout)
    );
    let check = codegen(&["check"], dir.path());
    assert!(check.status.success());
    assert!(text(&check.stdout).contains("nothing read has changed"));

    // A hand edit of a generated file.
    let lib = dir.path().join("generated/src/lib.rs");
    let original = fs::read_to_string(&lib).unwrap();
    fs::write(&lib, format!("{original}// edited\n")).unwrap();
    let check = codegen(&["check"], dir.path());
    assert_eq!(check.status.code(), Some(1));
    assert!(
        text(&check.stdout).contains("+// edited") || text(&check.stdout).contains("-// edited")
    );
    fs::write(&lib, original).unwrap();
    assert!(codegen(&["check"], dir.path()).status.success());

    // A file added beside the generated ones.
    let extra = dir.path().join("generated/src/extra.rs");
    fs::write(&extra, "// not generated\n").unwrap();
    assert_eq!(codegen(&["check"], dir.path()).status.code(), Some(1));
    fs::remove_file(&extra).unwrap();

    // A spec edit.
    edit(
        &dir.path()
            .join("spec/volcengine-rtc-im/modify_message.yaml"),
        "      description: 消息 ID\n",
        "      description: 消息 ID（已更新）\n",
    );
    assert_eq!(codegen(&["check"], dir.path()).status.code(), Some(1));

    // A record that does not fit the tree is ignored, never trusted.
    fs::write(
        dir.path().join("generated/.codegen-cache"),
        "fingerprint 00\n",
    )
    .unwrap();
    assert_eq!(codegen(&["check"], dir.path()).status.code(), Some(1));
    let regenerated = codegen(&["generate"], dir.path());
    assert!(
        text(&regenerated.stdout).contains("changed"),
        "{}",
        text(&regenerated.stdout)
    );
    assert!(codegen(&["check"], dir.path()).status.success());
}

#[test]
fn languages_lists_the_sets_and_lang_picks_among_them() {
    let dir = checkout();
    let out = codegen(&["languages"], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listed = text(&out.stdout);
    assert!(
        listed.contains("python") && listed.contains("<out>/python/"),
        "{listed}"
    );
    assert!(
        listed.contains("typescript") && listed.contains("<out>/typescript/"),
        "{listed}"
    );

    let out = codegen(
        &["generate", "--lang", "python", "--out", "only-python"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(dir
        .path()
        .join("only-python/python/imapi/_runtime.py")
        .is_file());
    assert!(!dir.path().join("only-python/typescript").exists());
    assert!(dir.path().join("only-python/openapi").is_dir());
    assert!(dir.path().join("only-python/Cargo.toml").is_file());

    // `--sets-only`: the set's files without the Rust crate or the OpenAPI documents.
    let out = codegen(
        &[
            "generate",
            "--lang",
            "python",
            "--sets-only",
            "--out",
            "sets-only",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sets_only = dir.path().join("sets-only");
    assert!(sets_only.join("python/imapi/_runtime.py").is_file());
    assert!(!sets_only.join("Cargo.toml").exists());
    assert!(!sets_only.join("src").exists() && !sets_only.join("openapi").exists());

    // The package is named after `--crate-name`: its folder (`{package}` in the manifest's
    // paths) and its metadata.
    let out = codegen(
        &[
            "generate",
            "--lang",
            "python",
            "--crate-name",
            "my-api",
            "--out",
            "named",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let python = dir.path().join("named/python");
    assert!(python.join("my_api/tencent_chat/client.py").is_file());
    let pyproject = std::fs::read_to_string(python.join("pyproject.toml")).unwrap();
    assert!(pyproject.contains("name = \"my-api\""), "{pyproject}");
    assert!(pyproject.contains("include = [\"my_api*\"]"), "{pyproject}");

    let out = codegen(
        &["generate", "--lang", "cobol", "--out", "nothing"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no template set is called `cobol` (found: python, typescript)"),
        "{}",
        text(&out.stderr)
    );
    assert!(!dir.path().join("nothing").exists(), "nothing is written");
}

#[test]
fn a_template_set_cannot_read_through_a_link_or_write_outside_its_folder() {
    let dir = checkout();
    let set = dir.path().join("mine");
    fs::create_dir_all(&set).expect("mkdir");
    std::os::unix::fs::symlink("/etc/passwd", set.join("passwd")).expect("a link");
    fs::write(
        set.join("manifest.yaml"),
        "name: mine\nfiles:\n  - {copy: passwd, path: passwd.txt, per: once}\n",
    )
    .expect("write");
    let out = codegen(
        &["generate", "--templates", "mine", "--out", "out"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .contains("mine/manifest.yaml:3:6: files[0]: mine/passwd is a symbolic link"),
        "{}",
        text(&out.stderr)
    );

    fs::remove_file(set.join("passwd")).expect("remove");
    fs::write(set.join("page.j2"), "x").expect("write");
    fs::write(
        set.join("manifest.yaml"),
        "name: mine\noutput: ../../escaped\nfiles:\n  - {template: page.j2, path: '../{service}.txt'}\n",
    )
    .expect("write");
    let out = codegen(
        &["generate", "--templates", "mine", "--out", "out"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("`output: ../../escaped` must be a relative path"),
        "{stderr}"
    );
    assert!(
        stderr.contains("must be a relative path inside the output folder"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("out").exists() && !dir.path().parent().unwrap().join("escaped").exists()
    );
}

#[test]
fn a_linked_folder_inside_a_set_is_not_followed() {
    let dir = checkout();
    let set = dir.path().join("mine");
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir_all(&set).expect("mkdir");
    fs::create_dir_all(&elsewhere).expect("mkdir");
    fs::write(elsewhere.join("secret.txt"), "the secret\n").expect("write");
    fs::write(elsewhere.join("page.j2"), "the secret template\n").expect("write");
    std::os::unix::fs::symlink(&elsewhere, set.join("ext")).expect("a link");
    std::os::unix::fs::symlink("/etc", set.join("etc")).expect("a link");
    fs::create_dir_all(set.join("real")).expect("mkdir");
    std::os::unix::fs::symlink(&elsewhere, set.join("real/deeper")).expect("a link");
    for (rule, shown) in [
        ("{copy: ext/secret.txt, path: s.txt, per: once}", "ext"),
        ("{copy: etc/passwd, path: p.txt, per: once}", "etc"),
        (
            "{copy: real/deeper/secret.txt, path: s.txt, per: once}",
            "real/deeper",
        ),
        ("{template: ext/page.j2, path: t.txt, per: once}", "ext"),
    ] {
        fs::write(
            set.join("manifest.yaml"),
            format!("name: mine\nfiles:\n  - {rule}\n"),
        )
        .expect("write");
        let out = codegen(
            &["generate", "--templates", "mine", "--out", "out"],
            dir.path(),
        );
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{rule}: {stderr}");
        // The manifest, the line and the key of the rule, and the link on the way.
        assert!(
            stderr.contains(&format!(
                "mine/manifest.yaml:3:6: files[0]: mine/{shown} is a symbolic link"
            )),
            "{rule}: {stderr}"
        );
        assert!(
            !dir.path().join("out").exists(),
            "{rule}: nothing is written"
        );
    }

    // A template in a linked folder is not loaded either, so nothing can include it.
    fs::write(set.join("page.j2"), "{% include \"ext/page.j2\" %}\n").expect("write");
    fs::write(
        set.join("manifest.yaml"),
        "name: mine\nfiles:\n  - {template: page.j2, path: t.txt, per: once}\n",
    )
    .expect("write");
    let out = codegen(
        &["generate", "--templates", "mine", "--out", "out"],
        dir.path(),
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("ext/page.j2"), "{stderr}");
    assert!(!stderr.contains("the secret"), "{stderr}");
    assert!(!dir.path().join("out").exists());
}

/// `codegen corpus`: requests drawn from the spec, the same for the same seed, each with the
/// generated crate's verdict (its `verdicts` example, run with cargo); `--requests-only`
/// without.
#[test]
fn corpus_draws_requests_with_the_crates_verdicts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("corpus.json");
    let run = |extra: &[&str], to: &Path| {
        let mut args = vec!["corpus", "--per-operation", "3", "--seed", "7", "--out"];
        let to = to.to_str().expect("a UTF-8 path").to_owned();
        args.push(&to);
        args.extend_from_slice(extra);
        let done = codegen(&args, &repo_root());
        assert!(done.status.success(), "{}", text(&done.stderr));
        serde_json::from_str::<serde_json::Value>(&fs::read_to_string(&to).expect("written"))
            .expect("JSON")
    };
    let corpus = run(&[], &out);
    let cases = corpus["cases"].as_array().expect("cases");
    let ir = codegen::build_ir(&repo_root().join("spec")).expect("the spec");
    let operations: usize = ir.services.iter().map(|s| s.operations.len()).sum();
    assert_eq!(cases.len(), 3 * operations);
    let mut invalid = 0;
    for case in cases {
        let body: serde_json::Value =
            serde_json::from_str(case["body"].as_str().expect("a body")).expect("JSON text");
        assert!(body.is_object(), "{case}");
        let found = case["verdict"]["violations"]
            .as_array()
            .unwrap_or_else(|| panic!("a verdict: {case}"));
        for v in found {
            // [path, rule, message, code]
            assert_eq!(v.as_array().map(Vec::len), Some(4), "{v}");
            assert!(v[2].as_str().is_some_and(|m| m.contains(" must ")), "{v}");
        }
        invalid += usize::from(!found.is_empty());
    }
    assert!(invalid > 0 && invalid < cases.len(), "{invalid} invalid");

    // The same seed draws the same requests; --requests-only gives them without verdicts.
    let requests = run(&["--requests-only"], &dir.path().join("requests.json"));
    let bodies = |c: &serde_json::Value| -> Vec<serde_json::Value> {
        c["cases"]
            .as_array()
            .expect("cases")
            .iter()
            .map(|case| case["body"].clone())
            .collect()
    };
    assert_eq!(bodies(&requests), bodies(&corpus));
    assert!(requests["cases"][0].get("verdict").is_none());

    // A crate folder that is not one is an error, not a panic.
    let missing = codegen(
        &["corpus", "--crate", "no-such-crate", "--per-operation", "1"],
        &repo_root(),
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).contains("is not a generated crate"),
        "{}",
        text(&missing.stderr)
    );
}
