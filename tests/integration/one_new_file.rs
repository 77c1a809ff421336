//! Adding an operation is one new file: it may use any type of its service by name (one of
//! `service.yaml`'s, one from a type file of its own under `types/`, one another operation's
//! file defines), so nothing else changes.

use std::collections::BTreeMap;

use imapi_tests::Sandbox;

const NEW_OP: &str = "ext-demo/react_to_message.yaml";

/// The files of the sandbox's spec folder, by path.
fn spec_files(sb: &Sandbox) -> BTreeMap<String, Vec<u8>> {
    fn walk(dir: &std::path::Path, rel: &str, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("read the folder") {
            let entry = entry.expect("an entry");
            let name = format!("{rel}{}", entry.file_name().to_string_lossy());
            if entry.path().is_dir() {
                walk(&entry.path(), &format!("{name}/"), out);
            } else {
                out.insert(name, std::fs::read(entry.path()).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&sb.spec, "", &mut out);
    out
}

#[test]
fn an_operation_that_uses_another_operations_type_and_a_type_file_is_one_new_file() {
    // The extensions fixture as it was before ReactToMessage: valid, generated (with the
    // template sets, for the other languages).
    let mut sb = Sandbox::fixture("extensions");
    sb.options = imapi_tests::repo_options();
    let new_op = sb.read(NEW_OP);
    sb.remove(NEW_OP);
    sb.generate()
        .unwrap_or_else(|e| panic!("without the operation: {e}"));
    let before = spec_files(&sb);
    let list = std::fs::read_to_string(sb.out.join("src/ext_demo/list_messages.rs")).unwrap();
    assert!(
        list.contains("pub struct Message "),
        "ListMessages' own type"
    );

    // Adding it is writing its file; nothing else in the spec changes.
    sb.write(NEW_OP, &new_op);
    sb.generate()
        .unwrap_or_else(|e| panic!("with the operation: {e}"));
    let mut after = spec_files(&sb);
    assert!(after.remove("ext-demo/react_to_message.yaml").is_some());
    assert_eq!(after, before, "only the new file was added to the spec");

    let read = |file: &str| std::fs::read_to_string(sb.out.join(file)).unwrap();
    let module = read("src/ext_demo/react_to_message.rs");
    assert!(
        module.contains("use super::{ExtDemo, Message, Reaction, SPEC};"),
        "{module}"
    );
    assert!(!module.contains("pub struct Message ") && !module.contains("pub struct Reaction "));
    // `Message` now serves two operations: it moved to the shared types, where the type file's
    // `Reaction` is too, and ListMessages' module uses it from there.
    let types = read("src/ext_demo/types.rs");
    assert!(types.contains("pub struct Message "), "{types}");
    assert!(types.contains("pub struct Reaction "), "{types}");
    assert!(!read("src/ext_demo/list_messages.rs").contains("pub struct Message "));
    // And the other languages have them, once each.
    let ts = read("typescript/ext-demo/types.ts");
    assert_eq!(ts.matches("export interface Message {").count(), 1, "{ts}");
    assert_eq!(ts.matches("export interface Reaction {").count(), 1, "{ts}");
}
