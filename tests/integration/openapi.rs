//! The exported OpenAPI documents, checked by validators that are not ours: every document
//! (the repository's and both fixtures') is valid OpenAPI 3.1 to `openapi-spec-validator`, and
//! every example in it validates against the schema it illustrates with Python's `jsonschema`,
//! while a broken copy of each example object is refused. The packages are pinned and
//! installed by the test on first use (`tools::openapi_python`).

use std::path::PathBuf;
use std::process::Command;

use imapi_tests::repo_root;
use imapi_tests::tools::openapi_python;
use serde_json::Value;

fn documents(root: &str) -> Vec<PathBuf> {
    let dir = repo_root().join(root).join("openapi");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".openapi.json"))
        .collect();
    files.sort();
    files
}

fn check(files: &[PathBuf]) -> (bool, Value, String) {
    let output = Command::new(openapi_python())
        .arg(repo_root().join("tests/openapi/check_documents.py"))
        .args(files)
        .output()
        .expect("run check_documents.py");
    let counts = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    (
        output.status.success(),
        counts,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn every_document_is_valid_openapi_and_every_example_fits_its_schema() {
    let mut files = documents("generated");
    let services = codegen::build_ir(&repo_root().join("spec"))
        .expect("the spec")
        .services
        .len();
    assert_eq!(files.len(), services, "one document per service: {files:?}");
    files.extend(documents("tests/fixtures/naming/generated"));
    files.extend(documents("tests/fixtures/extensions/generated"));
    let (ok, counts, problems) = check(&files);
    assert!(ok, "{problems}");
    assert_eq!(counts["documents"], files.len(), "{counts}");
    // The repository's spec alone has 8 operations, each with an example.
    assert!(counts["operations"].as_u64() >= Some(8), "{counts}");
    assert!(counts["examples"].as_u64() >= Some(100), "{counts}");
    assert!(counts["refused"].as_u64() >= Some(16), "{counts}");
}

#[test]
fn a_document_whose_example_breaks_its_schema_is_refused() {
    let dir = tempfile::tempdir().expect("a folder");
    let source = repo_root().join("generated/openapi/volcengine-rtc-im.openapi.json");
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(source).expect("the document"))
            .expect("JSON");
    let post = &mut doc["paths"]["/#Action=ModifyMessage"]["post"];
    let examples = post["requestBody"]["content"]["application/json"]["examples"]
        .as_object_mut()
        .expect("request examples");
    let first = examples.values_mut().next().expect("an example");
    first["value"]["AppId"] = Value::from("not a number");
    let broken = dir.path().join("broken.openapi.json");
    std::fs::write(&broken, doc.to_string()).expect("write");

    let (ok, _, problems) = check(&[broken]);
    assert!(!ok);
    assert!(
        problems.contains("ModifyMessage request example") && problems.contains("AppId"),
        "{problems}"
    );

    // And a document that is not OpenAPI at all.
    let not_openapi = dir.path().join("not.openapi.json");
    std::fs::write(&not_openapi, r#"{"openapi": "3.1.0", "info": {}}"#).expect("write");
    let (ok, _, problems) = check(&[not_openapi]);
    assert!(!ok);
    assert!(problems.contains("not valid OpenAPI 3.1"), "{problems}");
}

#[test]
fn component_names_stay_apart_when_generators_drop_punctuation() {
    // Generators (progenitor, openapi-generator) name types after components with everything
    // but letters and digits dropped; two components must not become one type.
    let mut files = documents("generated");
    files.extend(documents("tests/fixtures/naming/generated"));
    files.extend(documents("tests/fixtures/extensions/generated"));
    for file in files {
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).expect("read")).expect("JSON");
        let names: Vec<&String> = doc["components"]["schemas"]
            .as_object()
            .expect("schemas")
            .keys()
            .collect();
        let mut seen = std::collections::HashMap::new();
        for name in names {
            let key: String = name
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase();
            if let Some(other) = seen.insert(key, name) {
                panic!("{}: `{other}` and `{name}` become one type", file.display());
            }
        }
        assert!(seen.contains_key("errorbody"), "{}", file.display());
    }
}
