//! The README's "Adding an operation" files are working spec files: the operation file and the
//! type file it uses generate in a copy of `spec/`, and they show every key of the format
//! (each property of `spec/operation.schema.json` and `spec/type.schema.json`), so the README
//! documents the whole format.

use std::collections::BTreeSet;

use imapi_tests::{repo_root, Sandbox};
use serde_json::Value;

/// The `n`th YAML block of the README's "Adding an operation" section: the operation file
/// (0), then the type file (1).
fn block(n: usize) -> String {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("README.md");
    let mut section = &readme[readme
        .find("\n## Adding an operation\n")
        .expect("the README has the section")..];
    section = &section[..section[1..]
        .find("\n## ")
        .map_or(section.len(), |end| end + 1)];
    for _ in 0..n {
        let start = section.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
        section = &section[start..];
    }
    let start = section.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
    let end = start + section[start..].find("\n```").expect("the block is closed");
    section[start..end].to_owned()
}

/// The README's operation file.
fn template() -> String {
    block(0)
}

/// The README's type file, `types/text_body.yaml`, which the operation file uses.
fn type_template() -> String {
    block(1)
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
    sb.write("volcengine-rtc-im/types/text_body.yaml", &type_template());
    let outputs = sb
        .render()
        .unwrap_or_else(|e| panic!("the README's template: {e}"));
    let module = &outputs.crate_files["src/volcengine_rtc_im/list_things.rs"];
    assert!(module.contains("pub struct ListThingsRequest"), "{module}");
    assert!(module.contains("impl Paginated for ListThings"), "{module}");
    // `required: request`, a value rather than a key, is shown too: `Thing` is sent and read.
    assert!(template().contains("required: request"));
    assert!(
        module.contains(r#"validate::required(self.url.is_some(), "URL", path, out);"#),
        "{module}"
    );
    let client = &outputs.crate_files["src/volcengine_rtc_im/client.rs"];
    assert!(client.contains("pub fn list_things_pages("), "{client}");
    // The type file's type, and the one another operation's file defines, are the service's
    // shared types now.
    let types = &outputs.crate_files["src/volcengine_rtc_im/types.rs"];
    assert!(types.contains("pub struct TextBody"), "{types}");
    assert!(types.contains("pub enum ConversationType"), "{types}");
}

/// Every property name of `spec/<file>`, at any depth.
fn schema_keys(file: &str) -> BTreeSet<String> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("spec").join(file)).unwrap(),
    )
    .unwrap();
    let mut all = BTreeSet::new();
    keys(&schema, &mut all);
    all
}

/// The keys of `all` that `text` does not show.
fn not_shown<'k>(all: &'k BTreeSet<String>, text: &str) -> Vec<&'k String> {
    all.iter()
        .filter(|key| !text.contains(&format!("{key}:")) && !text.contains(&format!("{{{key}:")))
        .collect()
}

#[test]
fn the_type_file_template_and_the_operation_template_show_every_key_of_a_type_file() {
    let all = schema_keys("type.schema.json");
    let text = type_template() + &template();
    let missing = not_shown(&all, &text);
    assert!(
        missing.is_empty(),
        "the README's templates do not show {missing:?} of a type file"
    );
}

#[test]
fn the_operation_template_shows_every_key_of_the_format() {
    let all = schema_keys("operation.schema.json");
    let missing = not_shown(&all, &template());
    assert!(
        missing.is_empty(),
        "the README's operation template does not show {missing:?}"
    );
}

/// The emulator's semantics section says what the emulator does for every operation of the
/// spec: each is named there (in backticks), walking the spec rather than a list.
#[test]
fn the_emulators_semantics_section_names_every_operation() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).expect("README.md");
    let start = readme
        .find("### Semantics, and what the documents leave open")
        .expect("the semantics section");
    let end = start + readme[start..].find("\n### ").expect("a section after it");
    let section = &readme[start..end];
    let ir = codegen::build_ir(&repo_root().join("spec")).expect("the spec");
    let missing: Vec<&str> = ir
        .services
        .iter()
        .flat_map(|s| &s.operations)
        .map(|op| op.name.as_str())
        .filter(|name| !section.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "the emulator's semantics section does not name {missing:?}"
    );
}
