//! The generated crate and the spec schemas must be exactly what the spec gives.

use codegen::output::{compare, read_tree};
use imapi_tests::{repo_options, repo_root, Sandbox};

/// Renders the spec in memory and compares with the checkout. It never writes: a stale tree
/// fails with one line saying what to run, then the diffs.
#[test]
fn generated_files_match_the_spec() {
    let root = repo_root();
    let spec = root.join("spec");
    let out = root.join("generated");
    let outputs =
        codegen::generate_in_memory_with(&spec, &repo_options()).unwrap_or_else(|e| panic!("{e}"));
    let drift = compare(&outputs, &spec, &out).expect("read the checkout");
    if drift.is_empty() {
        return;
    }
    let diffs: String = drift.iter().map(|d| d.diff.as_str()).collect();
    panic!(
        "generated/ is stale ({} file(s)): run `{}`\n{diffs}",
        drift.len(),
        codegen::GENERATE_COMMAND
    );
}

#[test]
fn a_changed_description_makes_the_check_fail_until_regenerated() {
    let sb = Sandbox::new();
    let check = || {
        let outputs = sb.render().unwrap_or_else(|e| panic!("{e}"));
        compare(&outputs, &sb.spec, &sb.out).expect("compare")
    };
    assert_eq!(check(), vec![], "the sandbox starts in sync");

    sb.edit(
        "volcengine-rtc-im/modify_message.yaml",
        "      description: 消息 ID\n",
        "      description: 消息 ID（已更新）\n",
    );
    let drift = check();
    let mut paths: Vec<&str> = drift.iter().map(|d| d.path.as_str()).collect();
    paths.sort();
    assert_eq!(
        paths.len(),
        4,
        "the service's OpenAPI document, its Python and TypeScript types, and the operation's module: {paths:#?}"
    );
    assert!(paths[0].ends_with("generated/openapi/volcengine-rtc-im.openapi.json"));
    assert!(paths[1].ends_with("generated/python/imapi/volcengine_rtc_im/types.py"));
    assert!(paths[2].ends_with("generated/src/volcengine_rtc_im/modify_message.rs"));
    assert!(paths[3].ends_with("generated/typescript/volcengine-rtc-im/types.ts"));
    let openapi = drift
        .iter()
        .find(|d| d.path == paths[0])
        .expect("the OpenAPI diff");
    assert!(
        openapi.diff.contains("消息 ID（已更新）"),
        "{}",
        openapi.diff
    );
    let rust = drift
        .iter()
        .find(|d| d.path == paths[2])
        .expect("the Rust diff");
    assert!(rust.diff.contains("-    /// 消息 ID\n"), "{}", rust.diff);
    assert!(
        rust.diff.contains("+    /// 消息 ID（已更新）\n"),
        "{}",
        rust.diff
    );

    let changed = sb.generate().expect("generate");
    assert_eq!(changed, 4);
    assert_eq!(check(), vec![], "generate brings the tree back in sync");
}

#[test]
fn a_removed_operation_removes_its_file_and_a_new_one_adds_it() {
    let sb = Sandbox::new();
    let original = sb.read("volcengine-rtc-im/modify_message.yaml");
    sb.remove("volcengine-rtc-im/modify_message.yaml");
    let outputs = sb.render().expect("render");
    let drift = compare(&outputs, &sb.spec, &sb.out).expect("compare");
    let paths: Vec<&str> = drift.iter().map(|d| d.path.as_str()).collect();
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("volcengine_rtc_im/modify_message.rs")),
        "{paths:?}"
    );
    assert!(drift.iter().any(|d| d.diff.contains("it would be removed")));

    sb.generate().expect("generate");
    let tree = read_tree(&sb.out).expect("read");
    assert!(!tree.contains_key("src/volcengine_rtc_im/modify_message.rs"));
    let mut expected = outputs.crate_files.clone();
    expected.insert(
        codegen::output::MARKER.to_owned(),
        codegen::output::marker_text(),
    );
    assert!(
        tree == expected,
        "the folder holds exactly the rendered files and the marker"
    );

    // An operation renamed into a new file appears in its own module.
    let renamed = original
        .replace("name: ModifyMessage\n", "name: ModifyMessageAgain\n")
        .replace("action: ModifyMessage\n", "action: ModifyMessageAgain\n");
    sb.write("volcengine-rtc-im/modify_message_again.yaml", &renamed);
    sb.generate().expect("generate");
    let module =
        std::fs::read_to_string(sb.out.join("src/volcengine_rtc_im/modify_message_again.rs"))
            .expect("the new module");
    assert!(module.contains("pub struct ModifyMessageAgainRequest"));
}

#[test]
fn output_is_deterministic() {
    let spec = repo_root().join("spec");
    let first = codegen::generate_in_memory_with(&spec, &repo_options()).expect("render");
    let second = codegen::generate_in_memory_with(&spec, &repo_options()).expect("render");
    assert_eq!(first, second);
}

#[test]
fn the_schema_files_are_checked_too() {
    let sb = Sandbox::new();
    std::fs::write(sb.spec.join("operation.schema.json"), "{}\n").expect("write");
    let outputs = sb.render().expect("render");
    let drift = compare(&outputs, &sb.spec, &sb.out).expect("compare");
    assert_eq!(drift.len(), 1);
    assert!(drift[0].path.ends_with("spec/operation.schema.json"));
    sb.generate().expect("generate");
    assert!(compare(&outputs, &sb.spec, &sb.out)
        .expect("compare")
        .is_empty());
}

/// The fixtures' generated crates are workspace members (so they are compiled, linted and
/// their examples tested); each must be what its spec gives, like `generated/`.
fn fixture_crate_matches_its_spec(fixture: &str, crate_name: &str) {
    let root = repo_root().join("tests/fixtures").join(fixture);
    let options = codegen::Options {
        crate_name: crate_name.to_owned(),
        ..repo_options()
    };
    let outputs = codegen::generate_in_memory_with(&root.join("spec"), &options)
        .unwrap_or_else(|e| panic!("{e}"));
    let drift = compare(&outputs, &root.join("spec"), &root.join("generated")).expect("compare");
    let diffs: String = drift.iter().map(|d| d.diff.as_str()).collect();
    assert!(
        drift.is_empty(),
        "tests/fixtures/{fixture}/generated is stale: run `cargo run -p codegen -- generate --spec tests/fixtures/{fixture}/spec --out tests/fixtures/{fixture}/generated --crate-name {crate_name}`\n{diffs}"
    );
}

#[test]
fn the_naming_fixture_crate_matches_its_spec() {
    fixture_crate_matches_its_spec("naming", "naming-fixture");
}

#[test]
fn the_extensions_fixture_crate_matches_its_spec() {
    fixture_crate_matches_its_spec("extensions", "extensions-fixture");
}

/// The IR is what templates for other languages read; a change to it should be deliberate.
#[test]
fn the_ir_of_the_fixture_spec() {
    let ir = codegen::build_ir(&repo_root().join("tests/fixtures/base"))
        .unwrap_or_else(|d| panic!("{d}"));
    insta::assert_snapshot!(serde_json::to_string_pretty(&ir).expect("the IR serializes"));
}

#[test]
fn examples_with_trailing_spaces_or_none_at_all_still_generate() {
    let sb = Sandbox::fixture("base");
    sb.edit(
        "demo/set_marks.yaml",
        r#"{"AppId": 1, "Members": [{"UserId": 7, "Marks": [1000]}], "Mode": 1}"#,
        "{\"AppId\": 1,   \n       \"Members\": [{\"UserId\": 7, \"Marks\": [1000]}], \"Mode\": 1}",
    );
    sb.generate().unwrap_or_else(|e| panic!("{e}"));
    let tests =
        std::fs::read_to_string(sb.out.join("tests/examples.rs")).expect("the example tests");
    assert!(
        tests.contains("{\"AppId\": 1,\n"),
        "spaces at line ends are dropped"
    );

    let text = sb.read("demo/set_marks.yaml");
    let without = &text[..text.find("examples:").expect("the fixture has examples")];
    sb.write("demo/set_marks.yaml", without);
    sb.generate().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !sb.out.join("tests/examples.rs").exists(),
        "no examples, no example tests"
    );
}

/// Each side builds without the other's stack: a client-only build pulls in no axum, a
/// server-only build no reqwest (`cargo tree` reads the lock file; nothing is built).
#[test]
fn each_side_pulls_in_only_its_own_stack() {
    let tree = |features: &str| {
        let out = std::process::Command::new(env!("CARGO"))
            .current_dir(repo_root())
            .args([
                "tree",
                "--locked",
                "--offline",
                "-p",
                "imapi",
                "-e",
                "normal",
            ])
            .args([
                "--prefix",
                "none",
                "--no-default-features",
                "--features",
                features,
            ])
            .output()
            .expect("run cargo tree");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let has = |tree: &str, krate: &str| tree.lines().any(|l| l.starts_with(&format!("{krate} v")));
    let client = tree("full,client");
    assert!(has(&client, "reqwest"), "{client}");
    assert!(!has(&client, "axum") && !has(&client, "redis"), "{client}");
    let server = tree("full,server");
    assert!(has(&server, "axum"), "{server}");
    assert!(
        !has(&server, "reqwest") && !has(&server, "rustls"),
        "{server}"
    );
    let types = tree("full");
    assert!(
        !has(&types, "axum") && !has(&types, "reqwest") && !has(&types, "tokio"),
        "{types}"
    );
}
