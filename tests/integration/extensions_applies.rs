//! A kind an operation applies to only in part (`applies_to` values with a `limit`): the
//! extensions fixture's `GetGroupMembers` applies to AVChatRoom groups only for their first 300
//! members. The limit is in the rustdoc, the TypeScript and Python clients' docs, the OpenAPI
//! export's `x-applies-to`, and the model the template sets read; a kind without a limit keeps
//! its plain form.

use serde_json::{json, Value};

fn generated(path: &str) -> String {
    let root = imapi_tests::repo_root().join("tests/fixtures/extensions/generated");
    std::fs::read_to_string(root.join(path)).unwrap()
}

#[test]
fn the_rustdoc_says_how_far_the_operation_reaches() {
    let rust = generated("src/ext_demo/get_group_members.rs");
    assert!(rust.contains(
        "- Applies to group type: `Public`, `Community`, `AVChatRoom` (at most 300 members: Only the profiles of the first 300 members can be obtained; members who join after that threshold cannot.) only"
    ));
    // An operation whose kinds all apply wholly reads as before.
    let send = generated("src/ext_demo/send_message.rs");
    assert!(send.contains("- Applies to conversation type: `group`, `live group` only"));
}

#[test]
fn the_typescript_and_python_clients_say_it_too() {
    let ts = generated("typescript/ext-demo/client.ts");
    assert!(ts.contains(
        "   * Applies to group type: `Public`, `Community`, `AVChatRoom` (at most 300 members) only."
    ));
    let py = generated("python/extensions_fixture/ext_demo/client.py");
    assert!(py.contains(
        "Applies to group type: Public, Community, AVChatRoom; AVChatRoom at most 300 members."
    ));
}

#[test]
fn the_openapi_export_carries_the_limit() {
    let openapi: Value = serde_json::from_str(&generated("openapi/ext-demo.openapi.json")).unwrap();
    let applies = openapi["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|op| op["operationId"] == "GetGroupMembers")
        .map(|op| op["x-applies-to"].clone())
        .expect("GetGroupMembers is exported");
    assert_eq!(
        applies["values"][2],
        json!({"value": "AVChatRoom", "limit": {"max": 300, "of": "members",
            "description": "Only the profiles of the first 300 members can be obtained; members who join after that threshold cannot."}})
    );
    assert_eq!(applies["values"][0], "Public");
}

#[test]
fn the_model_gives_every_kind_in_one_form() {
    let ir = codegen::build_ir(&imapi_tests::repo_root().join("tests/fixtures/extensions/spec"))
        .unwrap();
    let model = serde_json::to_value(codegen::emit::model::model(&ir)).unwrap();
    let op = model["services"][0]["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|op| op["name"]["wire"] == "GetGroupMembers")
        .unwrap()
        .clone();
    assert_eq!(op["applies_to"]["what"], "group type");
    assert_eq!(
        op["applies_to"]["values"][0],
        json!({"value": "Public", "limit": null})
    );
    assert_eq!(op["applies_to"]["values"][2]["limit"]["max"], 300);
    assert_eq!(op["applies_to"]["values"][2]["limit"]["of"], "members");
}
