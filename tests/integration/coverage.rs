//! The README's coverage tables: every command of a vendor's API in the categories this project
//! takes on, as a list of the vendor's own (committed as data under `tests/conformance/`), against
//! the spec. A command the spec lacks must say why in the list, and one the spec has must not;
//! each table is rendered here and must be the README's block between its markers.
//!
//! - Tencent: the REST API's command list (`tencent_rest_commands.txt`), accounts, one-to-one
//!   messages, group management and the audio-video group commands.
//! - RongCloud: the classic Server API's paths the official Python SDK calls
//!   (`rongcloud_server_api.txt`), users, basic groups and messages.

use imapi_tests::{check_readme_block, repo_root};

/// A vendor's list and how its table reads.
struct Coverage {
    /// The service whose operations cover the list.
    service: &'static str,
    /// The list, under `tests/conformance/`.
    list: &'static str,
    /// The README's block markers.
    marker: &'static str,
    /// A page's address from its id in the list.
    page_url: fn(&str) -> Option<String>,
    /// The command an operation serves, as the list writes it.
    command: fn(&codegen::ir::Operation) -> String,
    /// What the list calls its entries.
    noun: &'static str,
}

const TENCENT: Coverage = Coverage {
    service: "tencent-chat",
    list: "tencent_rest_commands.txt",
    marker: "tencent-coverage",
    page_url: |id| {
        Some(format!(
            "https://www.tencentcloud.com/document/product/1047/{id}"
        ))
    },
    command: |op| op.http.path.trim_start_matches("/v4/").to_owned(),
    noun: "commands",
};

const RONGCLOUD: Coverage = Coverage {
    service: "rongcloud-im",
    list: "rongcloud_server_api.txt",
    marker: "rongcloud-coverage",
    page_url: |slug| {
        (slug != "-").then(|| format!("https://docs.rongcloud.io/platform-chat-api/{slug}"))
    },
    command: |op| op.http.path.trim_start_matches('/').to_owned(),
    noun: "paths",
};

/// A command of the vendor's list.
struct Listed {
    category: String,
    path: String,
    page: String,
    why_not: Option<String>,
}

fn listed(coverage: &Coverage) -> Vec<Listed> {
    let text = std::fs::read_to_string(repo_root().join("tests/conformance").join(coverage.list))
        .expect("the vendor's list");
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
                .unwrap_or_else(|| panic!("a page after the path in {l:?}"));
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
fn expected(coverage: &Coverage) -> Result<String, Vec<String>> {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    let service = ir
        .services
        .iter()
        .find(|s| s.name == coverage.service)
        .expect("the vendor's service");
    let command = coverage.command;
    let listed = listed(coverage);
    let mut problems = Vec::new();
    let mut table = String::from(
        "| Category | Command | Operation (spec file) | Group types | Paged stream |\n| --- | --- | --- | --- | --- |\n",
    );
    let mut covered = 0;
    for entry in &listed {
        let link = match (coverage.page_url)(&entry.page) {
            Some(url) => format!("[`{}`]({url})", entry.path),
            None => format!("`{}`", entry.path),
        };
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
        "\n{covered} of the {} {} listed are in the spec, generated and emulated; each of the others says why not.\n",
        listed.len(),
        coverage.noun
    ));
    if problems.is_empty() {
        Ok(table)
    } else {
        Err(problems)
    }
}

fn check(coverage: &Coverage) {
    match expected(coverage) {
        Ok(table) => check_readme_block(coverage.marker, &table),
        Err(problems) => panic!(
            "tests/conformance/{} and the spec disagree:\n{}",
            coverage.list,
            problems.join("\n")
        ),
    }
}

#[test]
fn the_tencent_coverage_table_is_the_command_list_against_the_spec() {
    check(&TENCENT);
}

#[test]
fn the_rongcloud_coverage_table_is_the_sdks_paths_against_the_spec() {
    check(&RONGCLOUD);
}
