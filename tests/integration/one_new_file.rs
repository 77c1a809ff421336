//! Adding an operation is one new file: it may use any type of its service by name (one of
//! `service.yaml`'s, one from a type file of its own under `types/`, one another operation's
//! file defines), and it takes the service's errors and their roles, so nothing else changes.

use std::collections::BTreeMap;

use codegen::ir::ErrorRole;
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

#[test]
fn a_new_tencent_operation_needs_no_error_roles_of_its_own() {
    // A new operation of the real spec: it uses `MemberMarks`, which modify_user_info.yaml
    // defines, and lists its page's general codes in the page's words, without roles.
    let sb = Sandbox::new();
    sb.write(
        "tencent-chat/clear_marks.yaml",
        r#"# yaml-language-server: $schema=../operation.schema.json
name: ClearMarks
source:
  url: https://example.com/clear-marks
summary: Clears members' marks.
description: Clears members' marks.
http:
  method: POST
  path: group_open_avchatroom_http_svc/clear_marks
request:
  fields:
    - {name: GroupId, type: string, required: true, description: The group.}
    - {name: MemberList, type: list<MemberMarks>, required: true, description: The members.}
response:
  fields:
    - {name: MemberList, type: list<MemberMarks>, required: true, description: The members.}
errors:
  - {code: 10002, description: A system error occurred.}
  - {code: 10004, description: A parameter is invalid.}
  - {code: 10010, description: The group does not exist.}
"#,
    );
    let ir = codegen::build_ir(&sb.spec).unwrap_or_else(|d| panic!("{d}"));
    let service = ir
        .services
        .iter()
        .find(|s| s.name == "tencent-chat")
        .unwrap();
    let op = service
        .operations
        .iter()
        .find(|o| o.name == "ClearMarks")
        .unwrap();
    let role = |code: i64| {
        op.errors
            .iter()
            .find(|e| e.code == code)
            .and_then(|e| e.roles.first().copied())
    };
    // The roles come from service.yaml; the page's words stay the operation's.
    assert_eq!(role(10002), Some(ErrorRole::Internal));
    assert_eq!(role(10004), Some(ErrorRole::InvalidParameter));
    assert_eq!(role(10010), None);
    assert_eq!(op.errors[0].description, "A system error occurred.");
    for (code, role) in [
        (10002, ErrorRole::Internal),
        (10004, ErrorRole::InvalidParameter),
    ] {
        assert!(service
            .errors
            .iter()
            .any(|e| e.code == code && e.roles == [role]));
    }
    // And `MemberMarks` is shared now.
    let marks = service
        .types
        .iter()
        .find(|t| t.name == "MemberMarks")
        .unwrap();
    assert_eq!(marks.spec_file, "tencent-chat/modify_user_info.yaml");
    assert_eq!(marks.operation, None);
}
