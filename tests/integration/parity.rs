//! The README's parity table: every action of Volcengine's own Go SDK against this project.
//! The table is rendered here from the SDK's action list (committed as data,
//! `tests/conformance/volcengine_go_sdk_actions.txt`) and the spec, and must be the README's
//! block between the `parity` markers, so it cannot claim an action the spec lacks or miss one
//! the spec gained. (The emulator column follows the spec: the emulator's test
//! `the_emulator_says_which_operations_it_does_not_emulate` fails for any operation of the spec
//! it does not serve.)

use imapi_tests::{check_readme_block, repo_root};

/// The Go SDK's actions, with their groups.
fn sdk_actions() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(
        repo_root().join("tests/conformance/volcengine_go_sdk_actions.txt"),
    )
    .expect("the SDK's action list");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (group, action) = l.split_once(": ").expect("`group: Action`");
            (group.to_owned(), action.to_owned())
        })
        .collect()
}

/// The table as the spec makes it.
fn expected() -> String {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    let service = ir
        .services
        .iter()
        .find(|s| s.name == "volcengine-rtc-im")
        .expect("the Volcengine service");
    let mut table = String::from(
        "| Group | Action (Go SDK) | Spec file | Client, server | Emulator | Paged stream |\n| --- | --- | --- | --- | --- | --- |\n",
    );
    let mut covered = 0;
    for (group, action) in sdk_actions() {
        let row = match service.operations.iter().find(|o| o.name == action) {
            Some(op) => {
                covered += 1;
                let paged = if op.pagination.is_empty() {
                    "–".to_owned()
                } else {
                    format!("`{}_pages`", op.snake)
                };
                format!(
                    "| {group} | `{action}` | `{}` | `client.{}()`, route | yes | {paged} |\n",
                    op.spec_file, op.snake
                )
            }
            None => format!("| {group} | `{action}` | not yet | – | – | – |\n"),
        };
        table.push_str(&row);
    }
    let extra: Vec<&str> = service
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .filter(|name| !sdk_actions().iter().any(|(_, a)| a == name))
        .collect();
    assert!(
        extra.is_empty(),
        "operations of the spec the Go SDK does not have: {extra:?}"
    );
    table.push_str(&format!(
        "\n{covered} of the Go SDK's {} actions are in the spec.\n",
        sdk_actions().len()
    ));
    table
}

#[test]
fn the_parity_table_is_the_go_sdk_against_the_spec() {
    check_readme_block("parity", &expected());
}
