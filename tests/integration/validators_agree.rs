//! The three languages' validators agree. A corpus of requests is drawn from the spec (by
//! `codegen::corpus`, as `codegen corpus` draws it for a set of one's own), aimed at
//! every limit's edges (a number just inside and just outside each bound and special value, a
//! string of each limit's length in multi-byte characters, lists one short and one long,
//! undocumented enum values and union tags, optional fields present or not, so that groups
//! and conditions hold and break). The Rust crate's validators, the TypeScript package's and
//! the Python package's each check every request; all three must report the same violations
//! (path, rule, message and documented error code) in the same order. This is done for the repository's spec and for
//! the extensions fixture's, which uses every rule of the format.
//!
//! Beside the drawn requests, each corpus has requests written by hand for what chance rarely
//! draws: long values quoted in messages (CJK, emoji outside the BMP, combining marks, ZWJ
//! sequences, characters JSON escapes), strings at a length limit's edge counted in characters
//! and in bytes, and maps whose keys arrive out of order. Their bodies go to all three as JSON
//! text, key order kept.

use std::process::Command;

use std::collections::BTreeSet;

use codegen::ir::{self, Constraints, TypeKind};
use imapi_runtime::corpus::{Checks, Finding};
use imapi_tests::repo_root;
use imapi_tests::tools::{compile_typescript, python_tools};
use serde_json::Value;

/// Requests per operation.
const PER_OPERATION: usize = 120;

fn run(command: &mut Command) -> Value {
    let out = command.output().expect("run the validator");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.stdout.is_empty() {
        return Value::Null;
    }
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    serde_json::from_str(&lone_surrogates_replaced(&text)).expect("its JSON")
}

/// JSON text with each escaped lone surrogate (`\ud83d` without its pair) written as U+FFFD:
/// JavaScript's `JSON.stringify` writes one for half a pair, which serde_json refuses, and a
/// message with half a character is to be reported as differing, not as unreadable output.
fn lone_surrogates_replaced(text: &str) -> String {
    let unit = |s: &str| {
        s.strip_prefix("\\u")
            .and_then(|hex| hex.get(..4))
            .and_then(|hex| u16::from_str_radix(hex, 16).ok())
    };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let escape = &rest[i..];
        let taken = match unit(escape) {
            Some(0xd800..=0xdbff) if matches!(unit(&escape[6..]), Some(0xdc00..=0xdfff)) => 12,
            Some(0xd800..=0xdfff) => {
                out.push_str("\\ufffd");
                rest = &escape[6..];
                continue;
            }
            Some(_) => 6,
            None => 1 + escape[1..].chars().next().map_or(0, char::len_utf8),
        };
        out.push_str(&escape[..taken]);
        rest = &escape[taken..];
    }
    out.push_str(rest);
    out
}

/// (wire path, rule, message, error code) of each violation of a request.
type Triples = Vec<Finding>;

/// Where a generated Python package is: the folder to put on `PYTHONPATH`, and its name.
struct PythonPackage(&'static str, &'static str);

/// A request written by hand: its service, operation and body, as JSON text (so an object's
/// keys keep the order written).
pub(crate) struct Case {
    pub(crate) service: &'static str,
    pub(crate) operation: &'static str,
    pub(crate) body: String,
}

/// JSON text of a string.
fn quote(s: &str) -> String {
    serde_json::to_string(s).expect("a string is JSON")
}

/// What the three validators found in a corpus, and what the spec lets a request break.
struct Agreement {
    /// Requests with at least one violation.
    invalid: usize,
    /// Requests checked: drawn and written by hand.
    total: usize,
    /// Requests of the operations some request of which broke a rule.
    breakable: usize,
    /// Of them, written by hand.
    by_hand: usize,
    /// The rules the spec's requests can break.
    used: BTreeSet<String>,
    /// The documented error codes the violations carried.
    codes: BTreeSet<String>,
}

/// Draws `PER_OPERATION` requests per operation of the spec in `spec`, adds the requests
/// `by_hand` writes, has the Rust crate (`checks`), the TypeScript package and the Python
/// package validate each, and asserts that all three report the same violations.
fn agree(
    spec: &str,
    checks: &Checks,
    python: PythonPackage,
    seed: u64,
    by_hand: fn(&ir::Ir) -> Vec<Case>,
) -> Agreement {
    let ir = codegen::build_ir(&repo_root().join(spec)).expect("the spec");
    // Each request as `{"service": …, "type": …, "value": …}` JSON text.
    let mut corpus: Vec<String> = Vec::new();
    let mut rust: Vec<Triples> = Vec::new();
    // The operation of each request, to tell the operations whose requests can break a rule.
    let mut of: Vec<String> = Vec::new();
    let mut undecodable = Vec::new();
    let mut add = |service: &str, op: &ir::Operation, body: String| {
        let verdict = checks
            .check(service, &op.name, &body)
            .expect("a generated operation");
        match verdict {
            Ok(found) => {
                rust.push(found);
                of.push(format!("{service}/{}", op.name));
                corpus.push(format!(
                    r#"{{"service":{},"type":{},"value":{body}}}"#,
                    quote(service),
                    quote(&op.request)
                ));
            }
            Err(e) => undecodable.push(format!("{}: {e}: {body}", op.name)),
        }
    };
    // The corpus `codegen corpus` draws for the same seed.
    for drawn in codegen::corpus::draw(&ir, seed, PER_OPERATION) {
        let op = operation(&ir, &drawn.service, &drawn.operation);
        add(&drawn.service, op, drawn.body);
    }
    let written = by_hand(&ir);
    for case in &written {
        let op = operation(&ir, case.service, case.operation);
        add(case.service, op, case.body.clone());
    }
    assert!(
        undecodable.is_empty(),
        "every request decodes in Rust: {undecodable:#?}"
    );

    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("corpus.json");
    std::fs::write(&path, format!("[{}]", corpus.join(","))).expect("write");

    let script = compile_typescript(
        "tests/typescript/validate_corpus.ts",
        &format!("ts-corpus-{}", spec.replace('/', "-")),
    );
    let typescript = run(Command::new("node").arg(script).arg(&path));
    let python = run(Command::new(python_tools())
        .arg(repo_root().join("tests/python/validate_corpus.py"))
        .arg(&path)
        .arg(python.1)
        .env("PYTHONPATH", repo_root().join(python.0))
        .env("PYTHONDONTWRITEBYTECODE", "1"));

    let as_triples = |v: &Value, i: usize| -> Triples {
        v[i].as_array()
            .expect("a case's violations")
            .iter()
            .map(|t| {
                let s = |j: usize| t[j].as_str().unwrap_or_default().to_owned();
                (s(0), s(1), s(2), t[3].as_str().map(str::to_owned))
            })
            .collect()
    };
    let mut invalid = 0;
    let mut rules = BTreeSet::new();
    let mut codes = BTreeSet::new();
    let mut differences = Vec::new();
    for (i, expected) in rust.iter().enumerate() {
        // Rust keeps the first 100 violations of a request; the others report all of them.
        let cap = |mut found: Triples| {
            found.truncate(imapi_runtime::validate::DEFAULT_CAP);
            found
        };
        for (language, found) in [("TypeScript", &typescript), ("Python", &python)] {
            let found = cap(as_triples(found, i));
            if &found != expected {
                differences.push(format!(
                    "{language} differs on {}:\n  Rust: {expected:?}\n  {language}: {found:?}",
                    corpus[i]
                ));
            }
        }
        invalid += usize::from(!expected.is_empty());
        rules.extend(expected.iter().map(|(_, rule, ..)| rule.clone()));
        codes.extend(expected.iter().filter_map(|(.., code)| code.clone()));
    }
    assert!(
        differences.is_empty(),
        "{} difference(s) in {} requests; the first:\n{}",
        differences.len(),
        rust.len(),
        differences[..differences.len().min(8)].join("\n")
    );
    // Every kind of limit the spec uses is broken somewhere.
    let used = rules_used(&ir);
    for rule in &used {
        assert!(rules.contains(rule), "no request breaks {rule}: {rules:?}");
    }
    eprintln!(
        "{spec}: {} requests ({} by hand), {invalid} invalid",
        rust.len(),
        written.len()
    );
    // Requests of the operations a request broke something of (an operation whose request has
    // no rule to break draws only valid requests, and says nothing of the corpus's strength).
    let breakable: BTreeSet<&String> = of
        .iter()
        .zip(&rust)
        .filter(|(_, found)| !found.is_empty())
        .map(|(op, _)| op)
        .collect();
    let breakable = of.iter().filter(|op| breakable.contains(op)).count();
    Agreement {
        invalid,
        breakable,
        total: rust.len(),
        by_hand: written.len(),
        used,
        codes,
    }
}

fn operation<'i>(ir: &'i ir::Ir, service: &str, name: &str) -> &'i ir::Operation {
    ir.services
        .iter()
        .filter(|s| s.name == service)
        .flat_map(|s| &s.operations)
        .find(|op| op.name == name)
        .unwrap_or_else(|| panic!("{service} has {name}"))
}

/// Values that a message quotes: at most 64 Unicode scalar values of a string are quoted, in
/// JSON's escaping, then `…` if it was longer; never a byte, a UTF-16 unit or an escape of a
/// character. Around that edge in every kind of character.
fn quoted_values() -> Vec<String> {
    vec![
        // 60 CJK characters: 180 UTF-8 bytes, quoted whole.
        "中".repeat(60),
        "中".repeat(64),
        "中".repeat(65),
        // Outside the BMP: 40 characters, 80 UTF-16 units, quoted whole.
        "😀".repeat(40),
        "😀".repeat(64),
        "😀".repeat(65),
        // Cut after 64 characters where a UTF-16 cut would split a surrogate pair.
        format!("a{}", "😀".repeat(70)),
        // Combining marks count on their own: 66 characters, cut between a letter and its mark.
        "e\u{301}".repeat(33),
        format!("a{}", "e\u{301}".repeat(40)),
        // Variation selectors and ZWJ sequences (five characters each).
        "❤\u{fe0f}".repeat(40),
        "👨\u{200d}👩\u{200d}👧".repeat(13),
        "👨\u{200d}👩\u{200d}👧".repeat(12),
        // Invisible format characters are written as they are; JSON escapes only `"`, `\` and
        // control characters.
        "\u{200b}zero\u{feff}width\u{ad}".to_owned(),
        "tab\there \"quoted\" back\\slash \u{1}\u{7f}\u{0}\n".to_owned(),
        // An escape as the 64th character, and as the 65th (cut off).
        format!("{}\u{1}", "x".repeat(63)),
        format!("{}\u{1}", "x".repeat(64)),
    ]
}

/// The repository's spec: long values as an undocumented `MsgPriority` (the issue's example)
/// and as an undocumented message element tag.
pub(crate) fn repository_cases(ir: &ir::Ir) -> Vec<Case> {
    let send = operation(ir, "tencent-chat", "SendGroupMsg");
    let example = send.examples[0]
        .request
        .clone()
        .expect("SendGroupMsg has an example request");
    let mut out = Vec::new();
    for v in quoted_values() {
        let mut body = example.clone();
        body["MsgPriority"] = Value::from(v.clone());
        out.push(Case {
            service: "tencent-chat",
            operation: "SendGroupMsg",
            body: body.to_string(),
        });
        let mut body = example.clone();
        body["MsgBody"][0]["MsgType"] = Value::from(v);
        out.push(Case {
            service: "tencent-chat",
            operation: "SendGroupMsg",
            body: body.to_string(),
        });
    }
    out
}

/// The extensions fixture: long values as an undocumented `Priority`; `Text` (at most 100
/// characters) and `ClientMsgId` (at most 32 bytes) at their edges; `Translations`, a map of
/// text elements, with keys out of order; `CreateConversation`'s rules on nested fields with
/// each object on the way present, absent or null, and its coded limits; image elements with
/// their `UUID` (required in a request only) present, absent or null.
pub(crate) fn fixture_cases(_: &ir::Ir) -> Vec<Case> {
    let message = |extra: &str| Case {
        service: "ext-demo",
        operation: "SendMessage",
        body: format!(
            r#"{{"AppId":1,"ConversationType":2,"ConversationShortId":9,"MsgBody":[{{"MsgType":"TIMTextElem","MsgContent":{{"Text":"hi"}}}}]{extra}}}"#
        ),
    };
    let mut out = Vec::new();
    for content in [
        r#"{"UUID":"u","ImageInfoArray":[{"Type":1}]}"#,
        r#"{"ImageInfoArray":[{"Type":1}]}"#,
        r#"{"UUID":null,"ImageInfoArray":[{"Type":1}]}"#,
        r#"{"ImageInfoArray":[]}"#,
    ] {
        out.push(Case {
            service: "ext-demo",
            operation: "SendMessage",
            body: format!(
                r#"{{"AppId":1,"ConversationType":2,"ConversationShortId":9,"MsgBody":[{{"MsgType":"TIMImageElem","MsgContent":{content}}},{{"MsgType":"TIMTextElem","MsgContent":{{"Text":"hi"}}}}]}}"#
            ),
        });
    }
    for v in quoted_values() {
        out.push(message(&format!(r#","Priority":{}"#, quote(&v))));
    }
    // Characters are Unicode scalar values: not bytes, UTF-16 units or graphemes.
    let family = "👨\u{200d}👩\u{200d}👧";
    let texts = [
        "😀".repeat(100),
        "😀".repeat(101),
        "e\u{301}".repeat(50),
        format!("{}\u{301}", "e\u{301}".repeat(50)),
        family.repeat(20),
        format!("{}a", family.repeat(20)),
        format!("{}😀", "中".repeat(99)),
        format!("{}😀", "中".repeat(100)),
        "❤\u{fe0f}".repeat(50),
        format!("{}❤", "❤\u{fe0f}".repeat(50)),
    ];
    for text in &texts {
        out.push(Case {
            service: "ext-demo",
            operation: "SendMessage",
            body: format!(
                r#"{{"AppId":1,"ConversationType":2,"ConversationShortId":9,"MsgBody":[{{"MsgType":"TIMTextElem","MsgContent":{{"Text":{}}}}}]}}"#,
                quote(text)
            ),
        });
    }
    // Bytes are UTF-8 bytes: 4 for an emoji, 3 for a CJK character, 2 for é, 1 + 2 for e and
    // a combining acute.
    let ids = [
        "😀".repeat(8),
        format!("{}a", "😀".repeat(8)),
        format!("{}é", "中".repeat(10)),
        "中".repeat(11),
        format!("{}ab", "e\u{301}".repeat(10)),
        "e\u{301}".repeat(11),
    ];
    for id in &ids {
        out.push(message(&format!(r#","ClientMsgId":{}"#, quote(id))));
    }
    // Map entries are reported in the order of their keys' Unicode scalar values (UTF-8 byte
    // order, as Rust's BTreeMap keeps them), whatever order they arrive in.
    let long = format!(r#"{{"Text":{}}}"#, quote(&"x".repeat(101)));
    let translations = |keys: &[&str]| {
        let entries: Vec<String> = keys
            .iter()
            .map(|k| format!("{}:{long}", quote(k)))
            .collect();
        message(&format!(r#","Translations":{{{}}}"#, entries.join(",")))
    };
    out.push(translations(&["zh", "b", "a"]));
    out.push(translations(&["10", "9", "b", "1", "A", "_", "-"]));
    out.push(translations(&[
        "😀",
        "ｚ",
        "é",
        "e\u{301}",
        "नमते",
        "键",
        "",
        "s:from",
        "z",
    ]));
    // Already in order: only how each key is written in the path is at stake. A key is bare
    // when plain ASCII, else quoted as JSON quotes it (not as Rust's Debug, which escapes the
    // combining mark; Rust calls the Devanagari vowel sign and Ⓐ alphanumeric, JavaScript's
    // \p{L} does not).
    out.push(translations(&["e\u{301}", "नमते", "Ⓐ", "键"]));
    // A key sent twice: the last value is the one checked, in its key's place.
    out.push(message(&format!(
        r#","Translations":{{"b":{long},"a":{{"Text":"ok"}},"c":{long},"a":{long}}}"#
    )));
    // Wire paths through `ConversationCoreInfo` (optional) and `Settings` (required): a
    // condition on an absent or null object does not hold, and a field inside one is not sent.
    let create = |body: &str| Case {
        service: "ext-demo",
        operation: "CreateConversation",
        body: format!(r#"{{"AppId":1{body}}}"#),
    };
    let info = |ty: i32, rest: &str| {
        format!(
            r#","ConversationCoreInfo":{{"ConversationType":{ty},"Name":"n","Settings":{{{rest}}}}}"#
        )
    };
    for body in [
        String::new(),
        r#","ConversationCoreInfo":null"#.to_owned(),
        r#","ConversationCoreInfo":null,"InviteAll":true"#.to_owned(),
        info(1, ""),
        format!("{},\"OtherUserId\":5", info(1, "")),
        info(2, ""),
        format!("{},\"InviteAll\":true", info(2, r#""Mode":"Direct""#)),
        format!("{},\"InviteAll\":false", info(2, r#""Mode":null"#)),
        format!("{},\"InviteAll\":true", info(2, r#""Mode":"Open""#)),
        r#","ConversationCoreInfo":{"ConversationType":2,"Members":[1],"Settings":{}},"InviteAll":true"#.to_owned(),
        r#","ConversationCoreInfo":{"ConversationType":2,"Members":null,"Settings":{}},"InviteAll":true"#.to_owned(),
        // Uncoded and coded violations together, in every language's order.
        r#","ConversationCoreInfo":{"ConversationType":1,"Name":"012345678901234567890","Settings":{"Mode":"Direct"}},"InviteAll":true,"Owners":[0,1,2,-3]"#.to_owned(),
    ] {
        out.push(create(&body));
    }
    out
}

#[test]
fn rust_typescript_and_python_report_the_same_violations() {
    let checks = imapi_tests::registry::checks();
    let found = agree(
        "spec",
        &checks,
        PythonPackage("generated/python", "imapi"),
        0x1d2c_3b4a_5968_7788,
        repository_cases,
    );
    // The corpus is a real test: many requests break something, among the requests of the
    // operations that have a rule to break (many operations have none).
    let (invalid, breakable) = (found.invalid, found.breakable);
    assert!(invalid * 3 > breakable, "{invalid} of {breakable} invalid");
    assert!(found.used.len() >= 6, "{:?}", found.used);
    assert_eq!(found.by_hand, 2 * quoted_values().len());
}

/// The same for the extensions fixture, whose spec uses every key of the format: its rules
/// (`mutually_exclusive` and `unique_items` among them, which the repository's spec does not
/// use) hold alike in its Rust crate, TypeScript package and Python package.
#[test]
fn the_extensions_fixture_validates_alike_in_all_three() {
    let mut checks = Checks::default();
    extensions_fixture::ext_demo::for_each_operation(&mut checks);
    let found = agree(
        "tests/fixtures/extensions/spec",
        &checks,
        PythonPackage(
            "tests/fixtures/extensions/generated/python",
            "extensions_fixture",
        ),
        0x5eed_f00d_e47e_2510,
        fixture_cases,
    );
    let (invalid, total, used) = (found.invalid, found.total, found.used);
    assert!(invalid * 3 > total, "{invalid} of {total} invalid");
    // Every documented code a constraint carries is reported alike.
    for code in [
        "TextTooLong",
        "OtherUserIdMissing",
        "InviteConflict",
        "TooManyOwners",
        "InvalidOwner",
        "NameOrMembersMissing",
    ] {
        assert!(
            found.codes.contains(code),
            "no violation carries {code}: {:?}",
            found.codes
        );
    }
    for rule in [
        "at_least_one_of",
        "mutually_exclusive",
        "unique_items",
        "required_when",
        "forbidden_when",
        "max_length",
        "required",
    ] {
        assert!(used.contains(rule), "the fixture uses {rule}: {used:?}");
    }
}

/// The rules the requests of the spec can break.
fn rules_used(ir: &ir::Ir) -> BTreeSet<String> {
    fn limits(c: &Constraints, out: &mut BTreeSet<String>) {
        let pairs = [
            (c.minimum.is_some(), "minimum"),
            (c.maximum.is_some(), "maximum"),
            (c.min_length.is_some(), "min_length"),
            (c.max_length.is_some(), "max_length"),
            (c.min_items.is_some(), "min_items"),
            (c.max_items.is_some(), "max_items"),
            (c.unique_items, "unique_items"),
        ];
        out.extend(
            pairs
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, r)| r.to_string()),
        );
        if let Some(items) = &c.items {
            limits(items, out);
        }
    }
    let mut out = BTreeSet::new();
    for service in &ir.services {
        for t in service.types.iter().filter(|t| t.in_request) {
            match &t.kind {
                TypeKind::Struct {
                    fields,
                    at_least_one_of,
                    mutually_exclusive,
                    required_when,
                    forbidden_when,
                } => {
                    for f in fields {
                        limits(&f.constraints, &mut out);
                        if f.required_in_request {
                            out.insert("required".to_owned());
                        }
                    }
                    for (used, rule) in [
                        (!at_least_one_of.is_empty(), "at_least_one_of"),
                        (!mutually_exclusive.is_empty(), "mutually_exclusive"),
                        (!required_when.is_empty(), "required_when"),
                        (!forbidden_when.is_empty(), "forbidden_when"),
                    ] {
                        if used {
                            out.insert(rule.to_owned());
                        }
                    }
                }
                TypeKind::Enum { other: None, .. } | TypeKind::Union { .. } => {
                    out.insert("enum".to_owned());
                }
                TypeKind::Enum { .. } => {}
            }
        }
    }
    out
}
