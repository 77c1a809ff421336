//! The README's "Adding an operation" file is a working spec file: it generates in a copy of
//! `spec/`, and it shows every key of the operation format (each property of
//! `spec/operation.schema.json`), so the README documents the whole format.

use std::collections::BTreeSet;

use imapi_tests::{repo_root, Sandbox};
use serde_json::Value;

/// The YAML block of the README's "Adding an operation" section.
fn template() -> String {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("README.md");
    let section = &readme[readme
        .find("\n## Adding an operation\n")
        .expect("the README has the section")..];
    let start = section.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
    let end = start + section[start..].find("\n```").expect("the block is closed");
    section[start..end].to_owned()
}

/// Every property name the schema declares, at any depth.
fn keys(schema: &Value, out: &mut BTreeSet<String>) {
    match schema {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                out.extend(properties.keys().cloned());
            }
            for value in map.values() {
                keys(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

#[test]
fn the_operation_template_generates() {
    let sb = Sandbox::new();
    sb.write("volcengine-rtc-im/list_things.yaml", &template());
    let outputs = sb
        .render()
        .unwrap_or_else(|e| panic!("the README's template: {e}"));
    let module = &outputs.crate_files["src/volcengine_rtc_im/list_things.rs"];
    assert!(module.contains("pub struct ListThingsRequest"), "{module}");
    assert!(module.contains("impl Paginated for ListThings"), "{module}");
    let client = &outputs.crate_files["src/volcengine_rtc_im/client.rs"];
    assert!(client.contains("pub fn list_things_pages("), "{client}");
}

#[test]
fn the_operation_template_shows_every_key_of_the_format() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("spec/operation.schema.json")).unwrap(),
    )
    .unwrap();
    let mut all = BTreeSet::new();
    keys(&schema, &mut all);
    let text = template();
    let missing: Vec<&String> = all
        .iter()
        .filter(|key| !text.contains(&format!("{key}:")) && !text.contains(&format!("{{{key}:")))
        .collect();
    assert!(
        missing.is_empty(),
        "the README's operation template does not show {missing:?}"
    );
}
