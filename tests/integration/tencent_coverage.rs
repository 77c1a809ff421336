//! The README's Tencent coverage table: every command of the REST API's categories this
//! project takes on (accounts, one-to-one messages, group management, audio-video groups),
//! as the vendor's command list gives them (committed as data,
//! `tests/conformance/tencent_rest_commands.txt`), against the spec. A command the spec lacks
//! must say why in the list, and one the spec has must not; the table is rendered here and must
//! be the README's block between the `tencent-coverage` markers.

use imapi_tests::{check_readme_block, repo_root};

/// A command of the vendor's list.
struct Listed {
    category: String,
    path: String,
    page: String,
    why_not: Option<String>,
}

fn listed() -> Vec<Listed> {
    let text =
        std::fs::read_to_string(repo_root().join("tests/conformance/tencent_rest_commands.txt"))
            .expect("the Tencent command list");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (entry, why_not) = match l.split_once(" | ") {
                Some((entry, why)) => (entry, Some(why.trim().to_owned())),
                None => (l, None),
            };
            let (category, rest) = entry
                .split_once(": ")
                .unwrap_or_else(|| panic!("`category: path page` in {l:?}"));
            let (path, page) = rest
                .trim()
                .split_once(' ')
                .unwrap_or_else(|| panic!("a page id after the path in {l:?}"));
            Listed {
                category: category.to_owned(),
                path: path.to_owned(),
                page: page.to_owned(),
                why_not,
            }
        })
        .collect()
}

/// The table as the spec and the list make it, or what is wrong between them.
fn expected() -> Result<String, Vec<String>> {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    let service = ir
        .services
        .iter()
        .find(|s| s.name == "tencent-chat")
        .expect("the Tencent service");
    let command = |op: &codegen::ir::Operation| op.http.path.trim_start_matches("/v4/").to_owned();
    let listed = listed();
    let mut problems = Vec::new();
    let mut table = String::from(
        "| Category | Command | Operation (spec file) | Group types | Paged stream |\n| --- | --- | --- | --- | --- |\n",
    );
    let mut covered = 0;
    for entry in &listed {
        let link = format!(
            "[`{}`](https://www.tencentcloud.com/document/product/1047/{})",
            entry.path, entry.page
        );
        let op = service.operations.iter().find(|o| command(o) == entry.path);
        let row = match (op, &entry.why_not) {
            (Some(op), None) => {
                covered += 1;
                let types = op.applies_to.as_ref().map_or_else(
                    || "–".to_owned(),
                    |a| {
                        a.values
                            .iter()
                            .map(|v| v.value())
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                );
                let paged = if op.pagination.is_empty() {
                    "–".to_owned()
                } else {
                    format!("`{}_pages`", op.snake)
                };
                format!(
                    "| {} | {link} | `{}` (`{}`) | {types} | {paged} |\n",
                    entry.category, op.name, op.spec_file
                )
            }
            (None, Some(why)) => {
                format!(
                    "| {} | {link} | not covered: {why} | – | – |\n",
                    entry.category
                )
            }
            (Some(op), Some(_)) => {
                problems.push(format!(
                    "{} is in the spec ({}) but the list still says why it is not",
                    entry.path, op.spec_file
                ));
                continue;
            }
            (None, None) => {
                problems.push(format!(
                    "{} is not in the spec and the list does not say why",
                    entry.path
                ));
                continue;
            }
        };
        table.push_str(&row);
    }
    for op in &service.operations {
        if !listed.iter().any(|l| l.path == command(op)) {
            problems.push(format!(
                "{} ({}) is in the spec but not in the list",
                op.name,
                command(op)
            ));
        }
    }
    table.push_str(&format!(
        "\n{covered} of the {} commands listed are in the spec, generated and emulated; each of the others says why not.\n",
        listed.len()
    ));
    if problems.is_empty() {
        Ok(table)
    } else {
        Err(problems)
    }
}

#[test]
fn the_tencent_coverage_table_is_the_command_list_against_the_spec() {
    match expected() {
        Ok(table) => check_readme_block("tencent-coverage", &table),
        Err(problems) => panic!(
            "tests/conformance/tencent_rest_commands.txt and the spec disagree:\n{}",
            problems.join("\n")
        ),
    }
}
