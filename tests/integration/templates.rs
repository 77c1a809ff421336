//! The template sets' output, checked by each language's own tools, and sets loaded at run
//! time: `tsc --strict` type-checks the TypeScript package and every spec example typed with
//! it; `mypy --strict` the Python package, its typed examples and its live test; a user's own
//! set (the Markdown reference in examples/templates/markdown, and the one templates/README.md
//! walks through) renders without recompiling, and its committed output (docs/api) is what it
//! renders. The tools are pinned and installed by the tests on first use.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use imapi_tests::repo_root;
use imapi_tests::tools::{node_bin, python_tools};

const ROOTS: [&str; 3] = [
    "generated",
    "tests/fixtures/naming/generated",
    "tests/fixtures/extensions/generated",
];

fn output_text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn the_typescript_package_type_checks_with_every_example() {
    let types = repo_root().join("templates/node_modules/@types");
    let tsc = node_bin("tsc");
    for root in ROOTS {
        let dir = repo_root().join(root).join("typescript");
        assert!(dir.join("package.json").is_file(), "{root} has a package");
        let out = Command::new(&tsc)
            .arg("-p")
            .arg(&dir)
            .args(["--noEmit", "--typeRoots"])
            .arg(&types)
            .output()
            .expect("run tsc");
        assert!(
            out.status.success(),
            "tsc rejects {root}:\n{}",
            output_text(&out)
        );
    }
}

/// The Python package each root's `python/` holds (`--crate-name`, in the set's `package`
/// style).
fn python_package(root: &str) -> &'static str {
    match root {
        "generated" => "imapi",
        "tests/fixtures/naming/generated" => "naming_fixture",
        "tests/fixtures/extensions/generated" => "extensions_fixture",
        other => panic!("no Python package known for {other}"),
    }
}

fn mypy(dir: &Path, package: &str, extra: &[PathBuf]) -> std::process::Output {
    let python = python_tools();
    // A cache per checked folder: two runs at once never share one.
    let cache: String = dir
        .to_string_lossy()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    Command::new(python)
        .args(["-m", "mypy", "--strict", "--cache-dir"])
        .arg(repo_root().join("target/mypy-cache").join(cache))
        .arg(package)
        .args(extra)
        .current_dir(dir)
        .env("MYPYPATH", dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run mypy")
}

#[test]
fn the_python_package_type_checks_strictly_with_every_example() {
    for root in ROOTS {
        let dir = repo_root().join(root).join("python");
        let extra = if root == "generated" {
            vec![repo_root().join("tests/python/test_live.py")]
        } else {
            Vec::new()
        };
        assert!(dir.join(python_package(root)).is_dir(), "{root}");
        let out = mypy(&dir, python_package(root), &extra);
        let text = output_text(&out);
        assert!(out.status.success(), "mypy rejects {root}:\n{text}");
        assert!(text.contains("Success: no issues found"), "{text}");
    }
}

#[test]
fn mypy_refuses_an_example_that_does_not_fit_its_type() {
    // The typed examples are a real check: a wrong value type is an error.
    let dir = tempfile::tempdir().expect("a folder");
    copy(&repo_root().join("generated/python"), dir.path());
    let examples = dir.path().join("imapi/tencent_chat/examples.py");
    let text = fs::read_to_string(&examples).expect("read");
    let broken = text.replacen("\"GroupId\": \"@TGS#a6I4ZUUGO\"", "\"GroupId\": 7", 1);
    assert_ne!(broken, text);
    fs::write(&examples, broken).expect("write");
    let out = mypy(dir.path(), "imapi", &[]);
    assert!(!out.status.success());
    assert!(
        output_text(&out).contains("examples.py"),
        "{}",
        output_text(&out)
    );
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn render_with(set: &Path) -> Result<codegen::Outputs, codegen::Error> {
    let options = codegen::Options {
        templates: vec![set.to_path_buf()],
        ..codegen::Options::default()
    };
    codegen::generate_in_memory_with(&repo_root().join("spec"), &options)
}

#[test]
fn the_markdown_reference_in_docs_is_what_its_set_renders() {
    let outputs = render_with(&repo_root().join("examples/templates/markdown"))
        .unwrap_or_else(|e| panic!("{e}"));
    let pages: Vec<(&String, &String)> = outputs
        .crate_files
        .iter()
        .filter(|(path, _)| path.starts_with("api-reference/"))
        .collect();
    let ir = codegen::build_ir(&repo_root().join("spec")).expect("the spec");
    assert_eq!(
        pages.len(),
        ir.services.len() + 1,
        "an index and a page per service"
    );
    for (path, text) in pages {
        let committed = repo_root()
            .join("docs/api")
            .join(path.trim_start_matches("api-reference/"));
        assert_eq!(
            &fs::read_to_string(&committed).unwrap_or_default(),
            text,
            "{} is stale: render examples/templates/markdown again (see its manifest)",
            committed.display()
        );
        // Every operation of its service, with its fields, limits and errors.
        for service in &ir.services {
            if !path.ends_with(&format!("{}.md", service.name)) {
                continue;
            }
            for op in &service.operations {
                assert!(
                    text.contains(&format!("## {}", op.name)),
                    "{path}: {}",
                    op.name
                );
                for e in &op.errors {
                    assert!(
                        text.contains(&format!("`{}`", e.code_text())),
                        "{path}: {}",
                        e.code_text()
                    );
                }
            }
            assert!(text.contains("at most 500 items") || service.name != "tencent-chat");
        }
    }
}

/// The fenced block after `marker` in templates/README.md.
fn readme_block(readme: &str, marker: &str) -> String {
    let start = readme
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in the README"));
    let rest = &readme[start..];
    let open = rest.find("```").expect("a fence");
    let body = &rest[open..];
    let body = &body[body.find('\n').expect("a line") + 1..];
    body[..body.find("\n```").expect("a closing fence")].to_owned() + "\n"
}

#[test]
fn the_set_in_the_templates_readme_renders_as_it_says() {
    let readme = fs::read_to_string(repo_root().join("templates/README.md")).expect("read");
    let dir = tempfile::tempdir().expect("a folder");
    let set = dir.path().join("mylang");
    fs::create_dir_all(&set).expect("mkdir");
    fs::write(
        set.join("manifest.yaml"),
        readme_block(&readme, "`mylang/manifest.yaml`"),
    )
    .expect("write");
    fs::write(
        set.join("service.md.j2"),
        readme_block(&readme, "`mylang/service.md.j2`"),
    )
    .expect("write");
    let outputs = render_with(&set).unwrap_or_else(|e| panic!("{e}"));
    let page = &outputs.crate_files["mylang-docs/tencent-chat.md"];
    assert!(
        page.contains(
            "## modify_user_info: `POST /v4/group_open_avchatroom_http_svc/modify_user_info`"
        ),
        "{page}"
    );
    assert!(
        page.contains("- `MemberList`: list of MemberMarks (required), at most 500 items"),
        "{page}"
    );
    assert!(outputs
        .crate_files
        .contains_key("mylang-docs/volcengine-rtc-im.md"));
    // The Rust crate is generated beside it, and no built-in set is.
    assert!(outputs.crate_files.contains_key("src/lib.rs"));
    assert!(!outputs
        .crate_files
        .keys()
        .any(|k| k.starts_with("typescript/")));
}

#[test]
fn a_template_error_names_its_file_and_line() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("manifest.yaml"),
        "name: broken\ntypes: {bool: b, i32: i, i64: l, u32: u, u64: q, f64: d, string: s, list: 'l', map: 'm', nullable: 'n'}\nfiles:\n  - {template: page.j2, path: '{service}.txt'}\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("page.j2"),
        "{{ service.title }}\n\n{{ service.no_such_field }}\n",
    )
    .expect("write");
    let error = render_with(dir.path()).expect_err("an undefined variable");
    let text = error.to_string();
    assert!(text.contains("undefined"), "{text}");
    assert!(
        text.contains(&format!("{}:3", dir.path().join("page.j2").display())),
        "{text}"
    );
    // The failing expression, and the file and service being rendered.
    assert!(text.contains("`service.no_such_field`"), "{text}");
    assert!(
        text.contains("while rendering rongcloud-im.txt (service rongcloud-im)"),
        "{text}"
    );

    // In a macro imported from another template: both templates, the macro's first.
    fs::write(
        dir.path().join("macros.j2"),
        "{% macro field(f) %}\n{{ f.requird }}\n{% endmacro %}\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("page.j2"),
        "{% import \"macros.j2\" as m %}\n{% for t in service.types %}{% for f in t.fields %}{{ m.field(f) }}{% endfor %}{% endfor %}\n",
    )
    .expect("write");
    let text = render_with(dir.path())
        .expect_err("a typo in a macro")
        .to_string();
    assert!(text.contains("`f.requird`"), "{text}");
    let macro_at = text.find("macros.j2:2").unwrap_or_else(|| panic!("{text}"));
    let page_at = text
        .find(&format!(
            "in a template {} includes",
            dir.path().join("page.j2").display()
        ))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(macro_at < page_at, "the macro first:\n{text}");

    // In an included template: the included one's reason and expression, then both places.
    fs::write(
        dir.path().join("part.j2"),
        "{{ service.title }}\n{{ nosuch.x }}\n",
    )
    .expect("write");
    fs::write(dir.path().join("page.j2"), "{% include \"part.j2\" %}\n").expect("write");
    let text = render_with(dir.path())
        .expect_err("an undefined value in an included template")
        .to_string();
    assert!(
        text.starts_with("template error: undefined value"),
        "the reason comes first:\n{text}"
    );
    assert!(text.contains("`nosuch.x`"), "{text}");
    let part_at = text.find("part.j2:2").unwrap_or_else(|| panic!("{text}"));
    let page_at = text.find("page.j2:1").unwrap_or_else(|| panic!("{text}"));
    assert!(part_at < page_at, "the included template first:\n{text}");

    // And a filter the manifest drives, given a kind it does not know.
    fs::write(
        dir.path().join("page.j2"),
        "{{ service.name | name(\"colour\") }}\n",
    )
    .expect("write");
    let text = render_with(dir.path())
        .expect_err("an unknown kind")
        .to_string();
    assert!(text.contains("`colour` is not a kind of name"), "{text}");
    assert!(text.contains("page.j2:1"), "{text}");
}

#[test]
fn a_runaway_template_is_stopped_by_its_fuel() {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("manifest.yaml"),
        "name: runaway\nfiles:\n  - {template: page.j2, path: out.txt, per: once}\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("page.j2"),
        // Loops that write nothing: only the fuel stops them (writing would be stopped sooner,
        // by the output limit).
        "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}{% set x = c %}{% endfor %}{% endfor %}{% endfor %}",
    )
    .expect("write");
    let text = render_with(dir.path())
        .expect_err("out of fuel")
        .to_string();
    assert!(text.contains("fuel"), "{text}");
}

/// A set of one template, `page.j2`, rendered once.
fn one_page(template: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("manifest.yaml"),
        "name: page\nfiles:\n  - {template: page.j2, path: page.txt, per: once}\n",
    )
    .expect("write");
    fs::write(dir.path().join("page.j2"), template).expect("write");
    dir
}

/// Renders `template` and returns the error, which must name the template and `line`.
fn refused(template: &str, line: usize) -> String {
    refused_in(&one_page(template), template, line)
}

fn refused_in(dir: &tempfile::TempDir, template: &str, line: usize) -> String {
    let text = match render_with(dir.path()) {
        Ok(_) => panic!("rendered without bound:\n{template}"),
        Err(e) => e.to_string(),
    };
    assert!(
        text.contains(&format!("{}:{line}", dir.path().join("page.j2").display())),
        "names page.j2:{line}:\n{text}\n--- for:\n{template}"
    );
    text
}

#[test]
fn a_template_cannot_build_a_value_without_bound() {
    let doubled_lines: String = (1..=40)
        .map(|i| format!("{{% set s{i} = s{} ~ s{} %}}\n", i - 1, i - 1))
        .collect();
    let cases = [
        // Doubling a string 40 times through a namespace (1 TiB), with `~` and with `+`.
        (
            "{% set ns = namespace(s=\"x\") %}\n{% for i in range(40) %}\n{% set ns.s = ns.s ~ ns.s %}\n{% endfor %}\n{{ ns.s }}\n".to_owned(),
            3,
        ),
        (
            "{% set ns = namespace(s=\"x\") %}\n{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}\n".to_owned(),
            2,
        ),
        // A list doubled the same way, then written out.
        (
            "{% set ns = namespace(l=[\"xxxxxxxx\"]) %}\n{% for i in range(40) %}{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l }}\n".to_owned(),
            2,
        ),
        // Doubling through a macro's recursion.
        (
            "{% macro d(s, n) %}{{ d(s ~ s, n - 1) if n else s }}{% endmacro %}\n{{ d(\"x\", 40) }}\n".to_owned(),
            1,
        ),
        // Forty plain `set`s: the 25th makes 32 MiB.
        (format!("{{% set s0 = \"x\" %}}\n{doubled_lines}{{{{ s40 }}}}\n"), 26),
        // One operation, or one filter, asked for a huge value at once.
        ("\n{{ (\"x\" * 10000000) ~ (\"x\" * 10000000) }}\n".to_owned(), 2),
        ("\n\n{{ \"x\" * 100000000 }}\n".to_owned(), 3),
        ("{{ (\"x\" * 100000) | replace(\"x\", \"y\" * 1000) }}\n".to_owned(), 1),
        ("{{ ([\"x\" * 1000] * 100000) | join(\",\") }}\n".to_owned(), 1),
        ("{{ \"a\\nb\" | indent(10000000000) }}\n".to_owned(), 1),
        ("{{ \"%10000000000s\" | format(\"x\") }}\n".to_owned(), 1),
        ("{{ range(3) | batch(100000000000000) | list }}\n".to_owned(), 1),
        ("{{ range(3) | slice(100000000000000) | list }}\n".to_owned(), 1),
        ("{{ (range(1000) * 1000000) | list | length }}\n".to_owned(), 1),
    ];
    for (template, line) in cases {
        let text = refused(&template, line);
        assert!(text.contains("MiB"), "says the limit:\n{text}");
    }
}

#[test]
fn a_template_cannot_write_a_file_without_bound() {
    let chunk = "x".repeat(1000);
    for (template, line) in [
        // 100,000,000 lines of 1 KB, in loops; then the same into a variable and a macro.
        (
            format!("{{% for a in range(10000) %}}\n{{% for b in range(10000) %}}\n{chunk}\n{{% endfor %}}\n{{% endfor %}}\n"),
            2,
        ),
        (
            format!("{{% set s %}}\n{{% for a in range(10000) %}}{{% for b in range(10000) %}}{chunk}{{% endfor %}}{{% endfor %}}\n{{% endset %}}\n"),
            2,
        ),
        (
            format!("{{% macro m() %}}{{% for a in range(100000) %}}{chunk}{{% endfor %}}{{% endmacro %}}\n{{% for a in range(10000) %}}{{{{ m() | length }}}}{{% endfor %}}\n"),
            1,
        ),
        // Values within the limit, written out many times.
        (
            "{% set big = \"x\" * 10000000 %}\n{% for a in range(100) %}\n{{ big }}\n{% endfor %}\n".to_owned(),
            3,
        ),
    ] {
        let text = refused(&template, line);
        assert!(text.contains("output"), "says what is too large:\n{text}");
    }

    // A template included over and over.
    let page = "{% for a in range(100000) %}\n{% include \"part.j2\" %}\n{% endfor %}\n";
    let dir = one_page(page);
    fs::write(dir.path().join("part.j2"), format!("{chunk}\n")).expect("write");
    let text = refused_in(&dir, page, 2);
    assert!(text.contains("output"), "says what is too large:\n{text}");
}

#[test]
fn the_output_of_all_files_together_is_bounded() {
    // One operation's file is 300 KB; with a total of 1 MiB, the fourth is refused.
    let dir = tempfile::tempdir().expect("a folder");
    fs::write(
        dir.path().join("manifest.yaml"),
        "name: many\nfiles:\n  - {template: op.j2, path: '{service}/{operation}.txt', per: operation}\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("op.j2"),
        "{{ operation.name.wire }}\n{% for i in range(3000) %}\n{{ \"x\" * 99 }}\n{% endfor %}\n",
    )
    .expect("write");
    let ir = codegen::build_ir(&repo_root().join("spec")).expect("the spec");
    let sets =
        codegen::emit::templates::discover(&[dir.path().to_path_buf()], &[]).expect("the set");
    let limits = codegen::emit::templates::Limits {
        total_output_bytes: 1 << 20,
        ..codegen::emit::templates::Limits::default()
    };
    let error = codegen::emit::templates::render_with_limits(&sets, &ir, "imapi", &limits)
        .expect_err("more than 1 MiB in all");
    assert!(error.contains("1 MiB"), "{error}");
    assert!(error.contains("op.j2"), "names the template: {error}");
    // Under the default limits the same set renders.
    let files = codegen::emit::templates::render(&sets, &ir, "imapi").expect("renders");
    let operations: usize = ir.services.iter().map(|s| s.operations.len()).sum();
    assert_eq!(files.len(), operations);
    assert!(files.values().all(|text| text.len() > 300_000));
}

/// The guide's table of rules and messages (templates/README.md) is the Rust crate's wording:
/// for each rule, the message its row gives, with the placeholders filled as below, is what the
/// runtime writes; and every rule the runtime has is a row.
#[test]
fn the_guides_message_table_is_the_runtimes_wording() {
    use imapi_runtime::validate::{LengthUnit, Number, Rule};
    const ALSO: &[Number] = &[Number::Int(500), Number::Int(600)];
    let rules = [
        Rule::Minimum {
            limit: Number::Int(1000),
            also_allowed: ALSO,
        },
        Rule::Maximum {
            limit: Number::Int(1000),
            also_allowed: ALSO,
        },
        Rule::MinLength {
            limit: 4,
            unit: LengthUnit::Chars,
        },
        Rule::MaxLength {
            limit: 4,
            unit: LengthUnit::Chars,
        },
        Rule::MinItems { limit: 4 },
        Rule::MaxItems { limit: 4 },
        Rule::UniqueItems { first: 4 },
        Rule::EnumValue {
            allowed: &["A", "B"],
        },
        Rule::AtLeastOneOf {
            fields: &["A", "B"],
        },
        Rule::AtMostOneOf {
            fields: &["A", "B"],
        },
        Rule::RequiredWhen {
            field: "A",
            condition: "B is 1",
        },
        Rule::ForbiddenWhen {
            field: "A",
            condition: "B is 1",
        },
        Rule::Required,
    ];
    let guide = fs::read_to_string(repo_root().join("templates/README.md")).expect("the guide");
    let rows: Vec<&str> = guide
        .lines()
        .skip_while(|l| !l.starts_with("| Rule (`rule`) | Message |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(
        rows.len(),
        rules.len(),
        "a row per rule:\n{}",
        rows.join("\n")
    );
    for rule in rules {
        let row = rows
            .iter()
            .find(|r| r.starts_with(&format!("| `{}` |", rule.name())))
            .unwrap_or_else(|| panic!("no row for `{}`", rule.name()));
        let message = row.split(" | ").nth(1).expect("a message column");
        // The first code span is the message; `<…>` are the limits, filled in as the rules
        // above have them; a second span is the `also_allowed` tail.
        let spans: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
        let fill = |span: &str| {
            let mut text = span.to_owned();
            for (placeholder, value) in [
                ("<minimum>", "1000"),
                ("<maximum>", "1000"),
                ("<n>", "4"),
                ("<first index>", "4"),
                ("<allowed, joined by \", \">", "A, B"),
                ("<A>, <B>", "A, B"),
                ("<field>", "A"),
                ("<condition>", "B is 1"),
                ("<a> or <b>", "500 or 600"),
            ] {
                text = text.replace(placeholder, value);
            }
            text
        };
        let mut expected = fill(spans[0]);
        if spans.len() > 1 && spans[1].starts_with(" (or exactly") {
            expected.push_str(&fill(spans[1]));
        }
        assert_eq!(rule.to_string(), expected, "the row of `{}`", rule.name());
    }
}

/// Python's methods on strings, maps and lists work (as minijinja-contrib's `pycompat` gives
/// them), and one that would build a value past the limit is refused, as the filters are.
#[test]
fn templates_have_pythons_methods_within_the_limits() {
    let dir = one_page(concat!(
        "{% set op = model.services[0].operations[0] %}",
        "{{ op.name.wire.upper() }} {{ op.name.wire.startswith(op.name.wire[0]) }} ",
        "{{ {\"a\": 1}.get(\"b\", 2) }} {{ {\"a\": 1}.items() | list | length }} ",
        "{{ \", \".join([\"x\", \"y\"]) }} {{ \"a-b\".split(\"-\") | length }}\n",
    ));
    let outputs = render_with(dir.path()).expect("renders");
    let page = outputs
        .crate_files
        .iter()
        .find(|(path, _)| path.ends_with("page.txt"))
        .map(|(_, text)| text.clone())
        .expect("page.txt");
    assert!(page.ends_with(" True 2 1 x, y 2\n"), "{page}");
    assert!(
        page.starts_with("GROUP") || page.starts_with("ACCOUNT") || page.starts_with("ADD"),
        "{page}"
    );

    // A replace, a join and a format that would each make gigabytes.
    for (template, line) in [
        (
            "{% set s = \"a\" * 1000000 %}\n{{ s.replace(\"a\", s) }}\n",
            2,
        ),
        (
            "{% set s = \"a\" * 1000000 %}\n{{ s.join(range(1000)) }}\n",
            2,
        ),
        (
            "{% set s = \"{}\" * 100000 %}\n{{ s.format(\"a\" * 1000000) }}\n",
            2,
        ),
    ] {
        let text = refused(template, line);
        assert!(text.contains("more than"), "{text}");
    }
}

/// Names that style alike in one scope stay apart: `URL`, `Url` and `url` are three fields
/// of one struct (the Rust crate needs a `rust_name` for two), each `Url` in pascal (or `URL`
/// with the initialism); the first keeps the
/// name and the others are numbered, in the spec's order, wherever the set styles them.
#[test]
fn names_of_one_scope_stay_apart_once_styled() {
    let sb = imapi_tests::Sandbox::fixture("base");
    sb.edit(
        "demo/set_marks.yaml",
        "    - name: Failed\n",
        "    - name: URL\n      type: string\n      required: false\n      description: One.\n    - name: Url\n      rust_name: url_2\n      type: string\n      required: false\n      description: Two.\n    - name: url\n      rust_name: url_3\n      type: string\n      required: false\n      description: Three.\n    - name: Failed\n",
    );
    let set = tempfile::tempdir().expect("a folder");
    let render = |initialisms: &str| {
        fs::write(
            set.path().join("manifest.yaml"),
            format!("name: fields\nnaming: {{field: pascal, function: snake}}\n{initialisms}files:\n  - {{template: page.j2, path: '{{service}}.txt'}}\n"),
        )
        .expect("write");
        fs::write(
            set.path().join("page.j2"),
            "{% set t = service.types[service.type_index[\"SetMarksResponse\"]] %}{% for f in t.fields %}{{ f.name | name(\"field\") }} {% endfor %}\n",
        )
        .expect("write");
        let options = codegen::Options {
            templates: vec![set.path().to_path_buf()],
            rust: false,
            ..codegen::Options::default()
        };
        let outputs = codegen::generate_in_memory_with(&sb.spec, &options).expect("renders");
        outputs.crate_files["fields/demo.txt"].clone()
    };
    // (trim_blocks drops the newline after the last `{% endfor %}`.)
    assert_eq!(render(""), "Url Url2 Url3 Failed ");
    assert_eq!(render("initialisms: [URL]\n"), "URL URL2 URL3 Failed ");
}

/// `typed` gives a set what it needs to write a typed literal of an example in a compiled
/// language: a tree of nodes (struct with its fields in the spec's order, list, enum with its
/// variant, scalar with its type), which a recursive macro walks.
#[test]
fn an_example_becomes_a_typed_literal_through_typed() {
    let dir = one_page("");
    fs::write(
        dir.path().join("manifest.yaml"),
        "name: javaish\nnaming: {type: pascal, function: camel, constant: screaming_snake}\nfiles:\n  - {template: page.j2, path: '{service}.txt'}\n",
    )
    .expect("write");
    fs::write(
        dir.path().join("page.j2"),
        concat!(
            "{% macro lit(n) %}",
            "{% if n.kind == \"null\" %}null",
            "{% elif n.kind == \"scalar\" %}{% if n.scalar == \"string\" %}{{ n.value | json }}{% elif n.scalar == \"i64\" %}{{ n.value }}L{% else %}{{ n.value }}{% endif %}",
            "{% elif n.kind == \"list\" %}List.of({% for i in n.items %}{{ lit(i) }}{% if not loop.last %}, {% endif %}{% endfor %})",
            "{% elif n.kind == \"struct\" %}new {{ n.type | name(\"type\") }}(){% for f in n.fields %}.{{ f.name | name(\"function\") }}({{ lit(f.value) }}){% endfor %}",
            "{% elif n.kind == \"enum\" %}{{ n.type | name(\"type\") }}.{{ n.variant | name(\"constant\") if n.variant else \"of(\" ~ n.value ~ \")\" }}",
            "{% elif n.kind == \"union\" %}{{ n.variant | name(\"type\") }}.of({{ lit(n.content) }})",
            "{% else %}Json.parse({{ n.value | json | json }}){% endif %}",
            "{% endmacro %}",
            "{% for op in service.operations %}{% if op.name.wire in [\"ModifyUserInfo\", \"SendGroupMsg\"] %}",
            "{{ lit(op.examples[0].request | typed(op.request)) }}\n",
            "{% endif %}{% endfor %}",
        ),
    )
    .expect("write");
    let outputs = render_with(dir.path()).expect("renders");
    let page = &outputs.crate_files["javaish/tencent-chat.txt"];
    let (modify, send) = page.split_once('\n').expect("two lines");
    // A union is its variant and content, each field in the spec's order (Random is a u32,
    // Index an i64).
    assert!(
        send.starts_with("new SendGroupMsgRequest().groupId(\"@TGS#2C5SZEAEF\").random(8912345).msgBody(List.of(Text.of(new TimTextElem().text(\"red packet\")), Face.of(new TimFaceElem().index(6L)"),
        "{send}"
    );
    assert_eq!(
        format!("{modify}\n"),
        "new ModifyUserInfoRequest().groupId(\"@TGS#a6I4ZUUGO\").commandType(CommandType.SET).memberList(List.of(new MemberMarks().memberAccount(\"teacher10\").marks(List.of(1000L)), new MemberMarks().memberAccount(\"student9\").marks(List.of(1001L))))\n"
    );
}

/// A set's formatter runs over its files only when asked (`--format`), is reported when not
/// installed, and a failing one stops the render with what it said.
#[test]
fn a_sets_formatter_runs_when_asked() {
    let dir = one_page("{% for s in model.services %}{{ s.name.wire }}\n{% endfor %}");
    let script = dir.path().join("upper.py");
    fs::write(
        &script,
        "import sys\nfor path in sys.argv[1:]:\n    text = open(path).read()\n    if 'fail' in sys.argv[0]:\n        sys.exit('bad input in ' + path)\n    open(path, 'w').write(text.upper())\n",
    )
    .expect("write");
    let python = python_tools();
    let manifest = |command: &str| {
        fs::write(
            dir.path().join("manifest.yaml"),
            format!("name: page\nformat: {{command: {command}, files: [.txt]}}\nfiles:\n  - {{template: page.j2, path: page.txt, per: once}}\n"),
        )
        .expect("write");
    };
    let render = |format: bool| {
        let options = codegen::Options {
            templates: vec![dir.path().to_path_buf()],
            rust: false,
            format,
            ..codegen::Options::default()
        };
        codegen::generate_in_memory_with(&repo_root().join("spec"), &options)
    };
    manifest(&format!("[{}, {}]", python.display(), script.display()));
    let formatted = render(true).expect("renders");
    assert_eq!(
        formatted.crate_files["page/page.txt"],
        "RONGCLOUD-IM\nTENCENT-CHAT\nVOLCENGINE-RTC-IM\n"
    );
    assert!(formatted.notes.is_empty(), "{:?}", formatted.notes);
    // Not asked: as rendered, with a note.
    let plain = render(false).expect("renders");
    assert_eq!(
        plain.crate_files["page/page.txt"],
        "rongcloud-im\ntencent-chat\nvolcengine-rtc-im\n"
    );
    assert!(
        plain.notes[0].contains("runs with --format"),
        "{:?}",
        plain.notes
    );

    // A program that is not installed: noted, the files as rendered.
    manifest("[no-such-formatter-here, -w]");
    let missing = render(true).expect("renders");
    assert_eq!(
        missing.crate_files["page/page.txt"],
        "rongcloud-im\ntencent-chat\nvolcengine-rtc-im\n"
    );
    assert!(
        missing.notes[0].contains("`no-such-formatter-here` is not installed"),
        "{:?}",
        missing.notes
    );

    // One that fails: an error with what it said.
    let failing = dir.path().join("fail.py");
    fs::copy(&script, &failing).expect("copy");
    manifest(&format!("[{}, {}]", python.display(), failing.display()));
    let error = render(true).expect_err("the formatter fails").to_string();
    assert!(
        error.contains("formatter") && error.contains("bad input in page.txt"),
        "{error}"
    );
}
