//! `codegen diff`: a corpus of spec changes, one per rule, each with the classification and
//! the release it needs; and the command line (`--base DIR`, `--base HEAD` in a git
//! repository, the formats, the changelog, the exit statuses).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use codegen::diff::{self, Bump, Class, Kind, Report};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// One edit of the spec folder.
#[derive(Clone, Copy)]
enum Edit {
    /// Replace the first `from` in the file with `to`.
    Replace(&'static str, &'static str, &'static str),
    /// Write a whole file.
    Write(&'static str, &'static str),
    /// Delete a file.
    Remove(&'static str),
}

fn apply(spec: &Path, edits: &[Edit]) {
    for edit in edits {
        if let Edit::Write(file, _) = edit {
            if let Some(parent) = spec.join(file).parent() {
                fs::create_dir_all(parent).expect("mkdir");
            }
        }
        match *edit {
            Edit::Replace(file, from, to) => {
                let path = spec.join(file);
                let old = fs::read_to_string(&path).expect("read");
                assert!(
                    old.contains(from),
                    "{} does not contain {from:?}",
                    path.display()
                );
                fs::write(&path, old.replacen(from, to, 1)).expect("write");
            }
            Edit::Write(file, content) => fs::write(spec.join(file), content).expect("write"),
            Edit::Remove(file) => fs::remove_file(spec.join(file)).expect("remove"),
        }
    }
}

const SET_MARKS: &str = "demo/set_marks.yaml";
const SERVICE: &str = "demo/service.yaml";

/// A second operation, so that one can be removed.
const GET_MARKS: &str = "\
name: GetMarks
source:
  seed: demo.txt
summary: Gets marks.
description: Gets marks.
http:
  method: POST
  action: GetMarks
request:
  fields:
    - name: AppId
      type: i32
      required: true
      description: The app.
response:
  fields:
    - name: Marks
      type: list<i64>
      required: false
      description: Marks.
";

/// A third one, to add.
const CLEAR_MARKS: &str = "\
name: ClearMarks
source:
  seed: demo.txt
summary: Clears marks.
description: Clears marks.
http:
  method: POST
  action: ClearMarks
request:
  fields:
    - name: AppId
      type: i32
      required: true
      description: The app.
response:
  fields: []
";

/// What the fixture gets before the base is taken: an optional field with a limit, an open
/// enum, an operation error and a second operation, so that each rule has something to act on.
const PREPARE: &[Edit] = &[
    Edit::Replace(
        SET_MARKS,
        "            also_allowed: [500, 600]\n",
        "            also_allowed: [500, 600]
      - name: Tag
        type: string
        required: false
        description: A tag.
        constraints:
          max_length: 32
          length_unit: chars
      - name: Expire
        type: Ttl
        required: false
        description: When the marks expire.
      - name: Body
        type: Body
        required: false
        description: What the marks stand for.
  - name: Ttl
    description: A lifetime.
    enum:
      type: u32
      values:
        - {value: 0, name: Forever, description: Never expires.}
      other: {name: Seconds, description: Expires after this many seconds.}
  - name: Body
    description: A tagged union.
    union:
      tag: Kind
      content: Content
      variants:
        - {tag: text, name: Text, type: TextBody, description: Text.}
        - {tag: image, name: Image, type: ImageBody, description: An image.}
  - name: TextBody
    description: A text.
    fields:
      - {name: Text, type: string, required: true, description: The text.}
  - name: ImageBody
    description: An image.
    fields:
      - {name: Url, type: string, required: true, description: Its address.}
",
    ),
    Edit::Replace(
        SET_MARKS,
        "rules:\n",
        "errors:\n  - code: MemberNotFound\n    description: No such member.\nrules:\n",
    ),
    Edit::Write("demo/get_marks.yaml", GET_MARKS),
];

/// A temporary spec folder: the fixture, prepared.
fn prepared() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(
        &repo_root().join("tests/fixtures/base"),
        &dir.path().join("spec"),
    );
    apply(&dir.path().join("spec"), PREPARE);
    dir
}

fn ir(spec: &Path) -> codegen::ir::Ir {
    codegen::build_ir(spec).unwrap_or_else(|d| panic!("{}", d.render(&spec.display().to_string())))
}

/// The report for the prepared fixture against itself after `edits`.
fn report_after(edits: &[Edit]) -> Report {
    report_between(&[], edits)
}

/// The report for the prepared fixture with `both` applied, against itself after `edits`.
fn report_between(both: &[Edit], edits: &[Edit]) -> Report {
    let base = prepared();
    let head = prepared();
    apply(&base.path().join("spec"), both);
    apply(&head.path().join("spec"), both);
    apply(&head.path().join("spec"), edits);
    diff::compare(
        &ir(&base.path().join("spec")),
        &ir(&head.path().join("spec")),
    )
}

struct Case {
    name: &'static str,
    edits: &'static [Edit],
    kind: Kind,
    class: Class,
    wire: bool,
    path: &'static str,
    bump: Bump,
    /// Changes the edit makes besides (an example that must carry a new required field).
    also: &'static [Kind],
}

const MEMBER: &str = "demo/types/Member";
const REQUEST: &str = "demo/SetMarks/request";

#[rustfmt::skip]
fn corpus() -> Vec<Case> {
    use Class::*;
    vec![
        Case { name: "field removed", edits: &[Edit::Replace(SET_MARKS, "      - name: Tag\n        type: string\n        required: false\n        description: A tag.\n        constraints:\n          max_length: 32\n          length_unit: chars\n", "")],
            kind: Kind::FieldRemoved, class: ApiBreaking, wire: false, path: "demo/types/Member/Tag", bump: Bump::Major, also: &[] },
        Case { name: "field renamed", edits: &[Edit::Replace(SET_MARKS, "name: Tag", "name: Label")],
            kind: Kind::FieldRenamed, class: ApiBreaking, wire: true, path: "demo/types/Member/Label", bump: Bump::Major, also: &[] },
        Case { name: "field type changed", edits: &[Edit::Replace(SET_MARKS, "type: list<i64>\n      required: false\n      description: Members that failed.", "type: list<string>\n      required: false\n      description: Members that failed.")],
            kind: Kind::FieldTypeChanged, class: ApiBreaking, wire: true, path: "demo/SetMarks/response/Failed", bump: Bump::Major, also: &[] },
        Case { name: "optional field made required", edits: &[Edit::Replace(SET_MARKS, "      type: Mode\n      required: false", "      type: Mode\n      required: true")],
            kind: Kind::FieldMadeRequired, class: ApiBreaking, wire: true, path: "demo/SetMarks/request/Mode", bump: Bump::Major, also: &[] },
        Case { name: "required field made optional", edits: &[Edit::Replace(SET_MARKS, "      type: i32\n      required: true\n      description: The app.", "      type: i32\n      required: false\n      description: The app.")],
            kind: Kind::FieldMadeOptional, class: ApiBreaking, wire: false, path: "demo/SetMarks/request/AppId", bump: Bump::Major, also: &[] },
        Case { name: "enum value added", edits: &[Edit::Replace(SERVICE, "          description: Delete them.\n", "          description: Delete them.\n        - value: 3\n          name: Replace\n          description: Replace them.\n")],
            kind: Kind::EnumValueAdded, class: ApiBreaking, wire: false, path: "demo/types/Mode/values/3", bump: Bump::Major, also: &[] },
        Case { name: "enum value removed", edits: &[Edit::Replace(SERVICE, "        - value: 2\n          name: Delete\n          description: Delete them.\n", "")],
            kind: Kind::EnumValueRemoved, class: ApiBreaking, wire: true, path: "demo/types/Mode/values/2", bump: Bump::Major, also: &[] },
        Case { name: "enum closed", edits: &[Edit::Replace(SET_MARKS, "      other: {name: Seconds, description: Expires after this many seconds.}\n", "")],
            kind: Kind::EnumClosed, class: ApiBreaking, wire: true, path: "demo/types/Ttl", bump: Bump::Major, also: &[] },
        Case { name: "limit tightened", edits: &[Edit::Replace(SET_MARKS, "max_items: 10", "max_items: 5")],
            kind: Kind::LimitTightened, class: WireBreaking, wire: true, path: "demo/SetMarks/request/Members", bump: Bump::Minor, also: &[] },
        Case { name: "limit loosened", edits: &[Edit::Replace(SET_MARKS, "max_items: 10", "max_items: 20")],
            kind: Kind::LimitLoosened, class: Compatible, wire: false, path: "demo/SetMarks/request/Members", bump: Bump::Minor, also: &[] },
        Case { name: "length limit tightened", edits: &[Edit::Replace(SET_MARKS, "max_length: 32", "max_length: 16")],
            kind: Kind::LimitTightened, class: WireBreaking, wire: true, path: "demo/types/Member/Tag", bump: Bump::Minor, also: &[] },
        Case { name: "item minimum raised", edits: &[Edit::Replace(SET_MARKS, "minimum: 1000", "minimum: 1001")],
            kind: Kind::LimitTightened, class: WireBreaking, wire: true, path: "demo/types/Member/Marks", bump: Bump::Minor, also: &[] },
        Case { name: "new required request field", edits: &[Edit::Replace(SET_MARKS, "          length_unit: chars\n", "          length_unit: chars\n      - name: Level\n        type: i32\n        required: true\n        description: The level.\n"), Edit::Replace(SET_MARKS, r#"{"UserId": 7, "Marks": [1000]}"#, r#"{"UserId": 7, "Marks": [1000], "Level": 1}"#)],
            kind: Kind::RequiredFieldAdded, class: ApiBreaking, wire: true, path: "demo/types/Member/Level", bump: Bump::Major, also: &[Kind::ExampleChanged] },
        Case { name: "new optional field", edits: &[Edit::Replace(SET_MARKS, "          length_unit: chars\n", "          length_unit: chars\n      - name: Note\n        type: string\n        required: false\n        description: A note.\n")],
            kind: Kind::FieldAdded, class: ApiBreaking, wire: false, path: "demo/types/Member/Note", bump: Bump::Major, also: &[] },
        Case { name: "new operation", edits: &[Edit::Write("demo/clear_marks.yaml", CLEAR_MARKS)],
            kind: Kind::OperationAdded, class: ApiBreaking, wire: false, path: "demo/ClearMarks", bump: Bump::Major, also: &[] },
        Case { name: "operation removed", edits: &[Edit::Remove("demo/get_marks.yaml")],
            kind: Kind::OperationRemoved, class: ApiBreaking, wire: true, path: "demo/GetMarks", bump: Bump::Major, also: &[] },
        Case { name: "rate limit lowered", edits: &[Edit::Replace(SET_MARKS, "requests: 50", "requests: 20")],
            kind: Kind::RateLimitLowered, class: WireBreaking, wire: true, path: "demo/SetMarks/rate_limit", bump: Bump::Minor, also: &[] },
        Case { name: "rate limit per minute, not per second", edits: &[Edit::Replace(SET_MARKS, "  requests: 50\n  per: second", "  requests: 50\n  per: minute")],
            kind: Kind::RateLimitLowered, class: WireBreaking, wire: true, path: "demo/SetMarks/rate_limit", bump: Bump::Minor, also: &[] },
        Case { name: "rate limit raised", edits: &[Edit::Replace(SET_MARKS, "requests: 50", "requests: 100")],
            kind: Kind::RateLimitRaised, class: Compatible, wire: false, path: "demo/SetMarks/rate_limit", bump: Bump::Minor, also: &[] },
        Case { name: "HTTP action changed", edits: &[Edit::Replace(SET_MARKS, "action: SetMarks", "action: SetMarks2")],
            kind: Kind::HttpBindingChanged, class: WireBreaking, wire: true, path: "demo/SetMarks", bump: Bump::Minor, also: &[] },
        Case { name: "description changed", edits: &[Edit::Replace(SET_MARKS, "description: Sets marks on members.", "description: Sets marks on the members.")],
            kind: Kind::DocChanged, class: Compatible, wire: false, path: "demo/SetMarks", bump: Bump::Patch, also: &[] },
        Case { name: "field description changed", edits: &[Edit::Replace(SET_MARKS, "description: A tag.", "description: A short tag.")],
            kind: Kind::DocChanged, class: Compatible, wire: false, path: "demo/types/Member/Tag", bump: Bump::Patch, also: &[] },
        Case { name: "example added", edits: &[Edit::Replace(SET_MARKS, "examples:\n", "examples:\n  - name: small\n    request: |-\n      {\"AppId\": 2, \"Members\": [{\"UserId\": 8, \"NickName\": \"n\"}]}\n")],
            kind: Kind::ExampleAdded, class: Compatible, wire: false, path: "demo/SetMarks/examples/small", bump: Bump::Patch, also: &[] },
        Case { name: "error code added", edits: &[Edit::Replace(SET_MARKS, "errors:\n", "errors:\n  - code: TooManyMarks\n    description: Too many marks.\n")],
            kind: Kind::ErrorAdded, class: Compatible, wire: false, path: "demo/SetMarks/errors/TooManyMarks", bump: Bump::Minor, also: &[] },
        Case { name: "error code removed", edits: &[Edit::Replace(SET_MARKS, "errors:\n  - code: MemberNotFound\n    description: No such member.\n", "")],
            kind: Kind::ErrorRemoved, class: ApiBreaking, wire: true, path: "demo/SetMarks/errors/MemberNotFound", bump: Bump::Major, also: &[] },
        Case { name: "rule across fields added", edits: &[Edit::Replace(SET_MARKS, "        - [NickName, Marks]\n", "        - [NickName, Marks]\n      mutually_exclusive:\n        - [NickName, Tag]\n")],
            kind: Kind::RuleAdded, class: WireBreaking, wire: true, path: MEMBER, bump: Bump::Minor, also: &[] },
        Case { name: "type renamed", edits: &[Edit::Replace(SET_MARKS, "type: list<Member>", "type: list<Person>"), Edit::Replace(SET_MARKS, "  - name: Member\n", "  - name: Person\n")],
            kind: Kind::TypeRenamed, class: ApiBreaking, wire: false, path: "demo/types/Person", bump: Bump::Major, also: &[] },
        Case { name: "enum opened", edits: &[Edit::Replace(SERVICE, "          description: Delete them.\n", "          description: Delete them.\n      other: {name: Other, description: Any other mode.}\n")],
            kind: Kind::EnumOpened, class: ApiBreaking, wire: false, path: "demo/types/Mode", bump: Bump::Major, also: &[] },
        Case { name: "response field made optional", edits: &[Edit::Replace(SERVICE, "        type: string\n        required: true\n        description: Request id.", "        type: string\n        required: false\n        description: Request id.")],
            kind: Kind::FieldMadeOptional, class: ApiBreaking, wire: true, path: "demo/types/Meta/RequestId", bump: Bump::Major, also: &[] },
        Case { name: "enum value renamed", edits: &[Edit::Replace(SERVICE, "name: Delete", "name: Remove")],
            kind: Kind::EnumValueRenamed, class: ApiBreaking, wire: false, path: "demo/types/Mode/values/2", bump: Bump::Major, also: &[] },
        Case { name: "field renamed on the wire only", edits: &[Edit::Replace(SET_MARKS, "name: Tag", "name: TAG")],
            kind: Kind::FieldWireNameChanged, class: WireBreaking, wire: true, path: "demo/types/Member/TAG", bump: Bump::Minor, also: &[] },
        Case { name: "default changed", edits: &[Edit::Replace(SET_MARKS, "default: 1", "default: 2")],
            kind: Kind::DefaultChanged, class: WireBreaking, wire: true, path: "demo/SetMarks/request/Mode", bump: Bump::Minor, also: &[] },
        Case { name: "default removed", edits: &[Edit::Replace(SET_MARKS, "      default: 1\n", "")],
            kind: Kind::DefaultRemoved, class: ApiBreaking, wire: false, path: "demo/SetMarks/request/Mode", bump: Bump::Major, also: &[] },
        Case { name: "value allowed outside the range no longer", edits: &[Edit::Replace(SET_MARKS, "also_allowed: [500, 600]", "also_allowed: [500]")],
            kind: Kind::LimitTightened, class: WireBreaking, wire: true, path: "demo/types/Member/Marks", bump: Bump::Minor, also: &[] },
        Case { name: "items made distinct", edits: &[Edit::Replace(SET_MARKS, "        constraints:\n          items:\n", "        constraints:\n          unique_items: true\n          items:\n")],
            kind: Kind::LimitTightened, class: WireBreaking, wire: true, path: "demo/types/Member/Marks", bump: Bump::Minor, also: &[] },
        Case { name: "limit on an answer tightened", edits: &[Edit::Replace("demo/get_marks.yaml", "      description: Marks.\n", "      description: Marks.\n      constraints:\n        max_items: 100\n")],
            kind: Kind::LimitTightened, class: Compatible, wire: false, path: "demo/GetMarks/response/Marks", bump: Bump::Minor, also: &[] },
        Case { name: "constructor parameters reordered", edits: &[Edit::Replace(SET_MARKS, "    - name: AppId\n      type: i32\n      required: true\n      description: The app.\n    - name: Members\n      type: list<Member>\n      required: true\n      description: The members.\n      constraints:\n        max_items: 10\n", "    - name: Members\n      type: list<Member>\n      required: true\n      description: The members.\n      constraints:\n        max_items: 10\n    - name: AppId\n      type: i32\n      required: true\n      description: The app.\n")],
            kind: Kind::ConstructorReordered, class: ApiBreaking, wire: false, path: REQUEST, bump: Bump::Major, also: &[] },
        Case { name: "idempotent", edits: &[Edit::Replace(SET_MARKS, "  action: SetMarks\n", "  action: SetMarks\n  idempotent: true\n")],
            kind: Kind::IdempotencyChanged, class: Compatible, wire: false, path: "demo/SetMarks", bump: Bump::Minor, also: &[] },
        Case { name: "rate limit removed", edits: &[Edit::Replace(SET_MARKS, "rate_limit:\n  requests: 50\n  per: second\n", "")],
            kind: Kind::RateLimitRemoved, class: Compatible, wire: false, path: "demo/SetMarks/rate_limit", bump: Bump::Minor, also: &[] },
        Case { name: "union variant removed", edits: &[Edit::Replace(SET_MARKS, "        - {tag: image, name: Image, type: ImageBody, description: An image.}\n", "")],
            kind: Kind::UnionVariantRemoved, class: ApiBreaking, wire: true, path: "demo/types/Body/variants/image", bump: Bump::Major, also: &[Kind::ConstructorsRemoved] },
        Case { name: "union variant added", edits: &[Edit::Replace(SET_MARKS, "        - {tag: image, name: Image, type: ImageBody, description: An image.}\n", "        - {tag: image, name: Image, type: ImageBody, description: An image.}\n        - {tag: quote, name: Quote, type: TextBody, description: A quote.}\n")],
            kind: Kind::UnionVariantAdded, class: ApiBreaking, wire: false, path: "demo/types/Body/variants/quote", bump: Bump::Major, also: &[] },
        Case { name: "part of an enum narrowed", edits: &[Edit::Replace(SET_MARKS, "      default: 1\n", "      default: 1\n      constraints: {values: [1]}\n")],
            kind: Kind::LimitTightened, class: WireBreaking, wire: true, path: "demo/SetMarks/request/Mode", bump: Bump::Minor, also: &[] },
        Case { name: "field a rule names renamed", edits: &[Edit::Replace(SET_MARKS, "name: NickName", "name: Nick"), Edit::Replace(SET_MARKS, "- [NickName, Marks]", "- [Nick, Marks]")],
            kind: Kind::FieldRenamed, class: ApiBreaking, wire: true, path: "demo/types/Member/Nick", bump: Bump::Major, also: &[] },
    ]
}

#[test]
fn each_rule_gives_exactly_its_change() {
    let mut failures = Vec::new();
    for case in corpus() {
        let report = report_after(case.edits);
        let got: Vec<String> = report
            .changes
            .iter()
            .map(|c| {
                format!(
                    "{:?} {:?} wire={} {} ({})",
                    c.kind, c.class, c.wire_breaking, c.path, c.message
                )
            })
            .collect();
        let (main, besides): (Vec<_>, Vec<_>) =
            report.changes.iter().partition(|c| c.kind == case.kind);
        let besides: Vec<Kind> = besides.iter().map(|c| c.kind).collect();
        let ok = match main.as_slice() {
            [c] if besides == case.also => {
                c.kind == case.kind
                    && c.class == case.class
                    && c.wire_breaking == case.wire
                    && c.path == case.path
                    && report.bump == case.bump
                    && report.bump_pre_1 == case.bump.pre_1()
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{}: expected {:?} {:?} wire={} at {} ({:?}), got {:?} bump {:?}",
                case.name, case.kind, case.class, case.wire, case.path, case.bump, got, report.bump
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A type only one operation used is generated in its module (`demo::set_marks::Member`,
/// re-exported as `demo::Member`); once a second operation uses it, it moves to the shared
/// types with every type it reaches, and the module paths go.
#[test]
fn a_type_shared_by_a_second_operation_leaves_the_operation_module() {
    let report = report_after(&[Edit::Replace(
        "demo/get_marks.yaml",
        "      description: Marks.\n",
        "      description: Marks.\n    - name: Members\n      type: list<Member>\n      required: false\n      description: The members.\n",
    )]);
    let got: Vec<(Kind, &str)> = report
        .changes
        .iter()
        .map(|c| (c.kind, c.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (Kind::FieldAdded, "demo/GetMarks/response/Members"),
            (Kind::TypeMoved, "demo/types/Body"),
            (Kind::TypeMoved, "demo/types/ImageBody"),
            (Kind::TypeMoved, "demo/types/Member"),
            (Kind::TypeMoved, "demo/types/TextBody"),
            (Kind::TypeMoved, "demo/types/Ttl"),
        ]
    );
    let member = &report.changes[3];
    assert_eq!(member.class, Class::ApiBreaking);
    assert_eq!(
        member.effect.as_deref(),
        Some("the path `demo::set_marks::Member` is gone; `demo::Member` still names it")
    );
}

/// An operation with a type of its own, in a type file.
const CLEAR_MARKS_WHY: &str = "\
name: ClearMarks
source:
  seed: demo.txt
summary: Clears marks.
description: Clears marks.
http:
  method: POST
  action: ClearMarks
request:
  fields:
    - {name: AppId, type: i32, required: true, description: The app.}
    - {name: Why, type: Reason, required: false, description: Why.}
response:
  fields: []
";

/// Its type.
const REASON: &str = "\
name: Reason
description: Why.
fields:
  - {name: Text, type: string, required: true, description: The reason.}
";

/// A new operation's new types are part of its addition, also those of a type file.
#[test]
fn a_new_operation_brings_its_types() {
    let report = report_after(&[
        Edit::Write("demo/clear_marks.yaml", CLEAR_MARKS_WHY),
        Edit::Write("demo/types/reason.yaml", REASON),
    ]);
    let got: Vec<(Kind, &str, &str)> = report
        .changes
        .iter()
        .map(|c| (c.kind, c.path.as_str(), c.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [(
            Kind::OperationAdded,
            "demo/ClearMarks",
            "operation `ClearMarks` added, with the types `Reason`"
        )]
    );
    // And the other way round.
    let base = prepared();
    let head = prepared();
    for dir in [&base, &head] {
        apply(
            &dir.path().join("spec"),
            &[
                Edit::Write("demo/clear_marks.yaml", CLEAR_MARKS_WHY),
                Edit::Write("demo/types/reason.yaml", REASON),
            ],
        );
    }
    apply(
        &head.path().join("spec"),
        &[
            Edit::Remove("demo/clear_marks.yaml"),
            Edit::Remove("demo/types/reason.yaml"),
        ],
    );
    let report = diff::compare(
        &ir(&base.path().join("spec")),
        &ir(&head.path().join("spec")),
    );
    let got: Vec<(Kind, &str)> = report
        .changes
        .iter()
        .map(|c| (c.kind, c.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [(
            Kind::OperationRemoved,
            "operation `ClearMarks` removed, with the types `Reason`"
        )]
    );
}

/// `Member` both sent (SetMarks) and read (GetMarks).
const MEMBER_READ_TOO: &[Edit] = &[Edit::Replace(
    "demo/get_marks.yaml",
    "      description: Marks.\n",
    "      description: Marks.\n    - name: Members\n      type: list<Member>\n      required: false\n      description: The members.\n",
)];

/// A case of [`shapes_both_sent_and_read`]: its name, the edits, the change's rule, whether it
/// breaks the wire, and the other changes the edits make.
type SharedCase = (&'static str, &'static [Edit], Kind, bool, &'static [Kind]);

/// Shapes both sent and read: what answers may leave out breaks old readers, what requests
/// must carry breaks old senders.
#[test]
fn shapes_both_sent_and_read() {
    let cases: &[SharedCase] = &[
        (
            "required in requests",
            &[
                Edit::Replace(SET_MARKS, "name: Tag\n        type: string\n        required: false", "name: Tag\n        type: string\n        required: request"),
                Edit::Replace(SET_MARKS, r#"{"UserId": 7, "Marks": [1000]}"#, r#"{"UserId": 7, "Marks": [1000], "Tag": "t"}"#),
            ],
            Kind::FieldMadeRequiredInRequest,
            true,
            &[Kind::ExampleChanged],
        ),
        (
            "required field removed",
            &[
                Edit::Replace(SET_MARKS, "      - name: UserId\n        type: i64\n        required: true\n        description: The member.\n", ""),
                Edit::Replace(SET_MARKS, r#"{"UserId": 7, "Marks": [1000]}"#, r#"{"Marks": [1000]}"#),
            ],
            Kind::FieldRemoved,
            true,
            &[Kind::ExampleChanged],
        ),
        (
            "optional field removed",
            &[Edit::Replace(SET_MARKS, "      - name: Expire\n        type: Ttl\n        required: false\n        description: When the marks expire.\n", "")],
            Kind::FieldRemoved,
            false,
            &[],
        ),
    ];
    for (name, edits, kind, wire, also) in cases {
        let report = report_between(MEMBER_READ_TOO, edits);
        let (main, besides): (Vec<_>, Vec<_>) =
            report.changes.iter().partition(|c| c.kind == *kind);
        let besides: Vec<Kind> = besides.iter().map(|c| c.kind).collect();
        assert_eq!(main.len(), 1, "{name}: {:#?}", report.changes);
        assert_eq!(besides, *also, "{name}: {:#?}", report.changes);
        assert_eq!(main[0].class, Class::ApiBreaking, "{name}");
        assert_eq!(main[0].wire_breaking, *wire, "{name}: {:#?}", main[0]);
    }
}

#[test]
fn an_unchanged_spec_has_no_change() {
    let report = report_after(&[]);
    assert!(report.changes.is_empty(), "{:#?}", report.changes);
    assert_eq!(report.bump, Bump::None);
    assert!(!report.is_breaking());
}

#[test]
fn the_release_advice_follows_cargo_below_1_0() {
    assert_eq!(
        diff::next_version("0.1.0", Bump::Major).as_deref(),
        Some("0.2.0")
    );
    assert_eq!(
        diff::next_version("0.1.0", Bump::Minor).as_deref(),
        Some("0.1.1")
    );
    assert_eq!(
        diff::next_version("0.1.3", Bump::Patch).as_deref(),
        Some("0.1.4")
    );
    assert_eq!(
        diff::next_version("1.4.2", Bump::Major).as_deref(),
        Some("2.0.0")
    );
    assert_eq!(
        diff::next_version("1.4.2", Bump::Minor).as_deref(),
        Some("1.5.0")
    );
    assert_eq!(
        diff::next_version("1.4.2", Bump::None).as_deref(),
        Some("1.4.2")
    );
}

// ---- the command line ----

fn codegen(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run codegen")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
}

/// The prepared fixture as `spec/` and a copy as `base/`.
fn two_specs() -> tempfile::TempDir {
    let dir = prepared();
    copy_dir(&dir.path().join("spec"), &dir.path().join("base"));
    dir
}

#[test]
fn base_dir_exit_status_follows_the_worst_change() {
    let dir = two_specs();
    let out = codegen(&["diff", "--base", "base"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("No change."),
        "{}",
        text(&out.stdout)
    );

    apply(
        &dir.path().join("spec"),
        &[Edit::Replace(SET_MARKS, "requests: 50", "requests: 100")],
    );
    let out = codegen(
        &["diff", "--base", "base", "--crate-version", "0.3.1"],
        dir.path(),
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("Compatible (1):"), "{stdout}");
    assert!(
        stdout.contains(
            "demo/SetMarks/rate_limit: rate limit raised from 50 per second to 100 per second"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("from 0.3.1 to 0.3.2"), "{stdout}");

    apply(
        &dir.path().join("spec"),
        &[Edit::Replace(SET_MARKS, "max_items: 10", "max_items: 5")],
    );
    let out = codegen(&["diff", "--base", "base"], dir.path());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("Breaking on the wire (1):"), "{stdout}");
    assert!(
        stdout.contains("`Members`: max_items lowered from 10 to 5"),
        "{stdout}"
    );
}

#[test]
fn json_format_and_changelog() {
    let dir = two_specs();
    apply(
        &dir.path().join("spec"),
        &[Edit::Replace(SET_MARKS, "name: Tag", "name: Label")],
    );
    let changelog = dir.path().join("CHANGELOG.md");
    fs::write(&changelog, "# Changelog\n\n## 0.1.0\n\nFirst.\n").expect("write");
    let out = codegen(
        &[
            "diff",
            "--base",
            "base",
            "--format",
            "json",
            "--changelog",
            "CHANGELOG.md",
            "--crate-version",
            "0.1.0",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["breaking"], true);
    assert_eq!(json["bump"], "major");
    assert_eq!(json["bump_pre_1"], "minor");
    assert_eq!(json["next_version"], "0.2.0");
    let changes = json["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 1, "{json:#}");
    assert_eq!(changes[0]["kind"], "field_renamed");
    assert_eq!(changes[0]["class"], "api_breaking");
    assert_eq!(changes[0]["wire_breaking"], true);
    assert_eq!(changes[0]["service"], "demo");
    assert_eq!(changes[0]["type"], "Member");
    assert_eq!(changes[0]["field"], "Label");

    let log = fs::read_to_string(&changelog).expect("changelog");
    assert!(log.starts_with("# Changelog\n\n## 0.2.0 ("), "{log}");
    assert!(log.contains("### Breaking for the Rust API\n\n- `demo/types/Member/Label`: field `Tag` renamed to `Label`"), "{log}");
    assert!(log.ends_with("## 0.1.0\n\nFirst.\n"), "{log}");
}

#[test]
fn base_head_in_a_git_repository() {
    let dir = prepared();
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    git(repo, &["add", "spec"]);
    git(repo, &["commit", "-q", "-m", "base"]);

    let out = codegen(&["diff"], repo);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("codegen diff: HEAD:spec → spec"),
        "{}",
        text(&out.stdout)
    );

    apply(&repo.join("spec"), &[Edit::Remove("demo/get_marks.yaml")]);
    let out = codegen(&["diff", "--base", "HEAD"], repo);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("demo/GetMarks: operation `GetMarks` removed"),
        "{stdout}"
    );

    // The spec folder named from elsewhere in the repository, and a commit given by branch.
    git(repo, &["add", "-A", "spec"]);
    git(repo, &["commit", "-q", "-m", "head"]);
    let out = codegen(
        &["diff", "--base", "HEAD~1", "--spec", ".."],
        &repo.join("spec/demo"),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let out = codegen(&["diff", "--base", "main"], repo);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

#[test]
fn errors_exit_2_and_name_the_base() {
    let dir = two_specs();
    // A base that does not check.
    apply(
        &dir.path().join("base"),
        &[Edit::Replace(
            SET_MARKS,
            "type: list<Member>",
            "type: list<Nobody>",
        )],
    );
    let out = codegen(&["diff", "--base", "base"], dir.path());
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("the base spec base does not check"),
        "{stderr}"
    );
    assert!(stderr.contains("base/demo/set_marks.yaml"), "{stderr}");

    // Neither a folder nor a commit; an option-like reference; no repository.
    for (base, says) in [
        ("no-such-ref", "not in a git repository"),
        ("-c", "cannot start with `-`"),
    ] {
        let out = codegen(&["diff", &format!("--base={base}")], dir.path());
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{base}: {stderr}");
        assert!(stderr.contains(says), "{base}: {stderr}");
    }

    // A changelog that cannot be written.
    let out = codegen(
        &[
            "diff",
            "--base",
            "spec",
            "--changelog",
            "no/such/dir/CHANGELOG.md",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("cannot write the changelog"));
}

#[test]
fn help_documents_the_exit_statuses() {
    let out = codegen(&["diff", "--help"], &repo_root());
    let stdout = text(&out.stdout);
    assert!(out.status.success());
    for needle in [
        "--base",
        "--format",
        "--changelog",
        "Exit status: 0",
        "1 when one does, 2 on an error",
    ] {
        assert!(stdout.contains(needle), "{needle}: {stdout}");
    }
}

// ---- what the rules assume of the Rust emitter ----

/// The generated crate's files, by path, for the prepared fixture after `edits`.
fn crate_after(edits: &[Edit]) -> std::collections::BTreeMap<String, String> {
    let dir = prepared();
    apply(&dir.path().join("spec"), edits);
    codegen::render(&ir(&dir.path().join("spec")), &codegen::Options::default())
        .expect("render")
        .crate_files
}

/// The generated crate's Rust files, joined, for the prepared fixture after `edits`.
fn rust_after(edits: &[Edit]) -> String {
    crate_after(edits)
        .iter()
        .filter(|(path, _)| path.ends_with(".rs"))
        .map(|(_, text)| text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The rules call a new field, enum value or operation breaking because the generated structs
/// and enums are exhaustive and `StrictService` has a required method per operation; an
/// optional field `Option<T>`; `new(…)` taking the required fields. If the emitter changes
/// any of that (`#[non_exhaustive]`, say), this fails: change the rules with it.
#[test]
fn the_emitter_makes_what_the_rules_assume() {
    let base = rust_after(&[]);
    assert!(
        !base.contains("non_exhaustive"),
        "the generated crate has #[non_exhaustive] now"
    );
    assert!(base.contains("pub mode: Option<Mode>,"), "{base}");

    let head = rust_after(&[Edit::Replace(
        SET_MARKS,
        "      type: Mode\n      required: false",
        "      type: Mode\n      required: true",
    )]);
    assert!(head.contains("pub mode: Mode,"));

    let head = rust_after(&[Edit::Replace(SET_MARKS, "          length_unit: chars\n", "          length_unit: chars\n      - name: Note\n        type: string\n        required: false\n        description: A note.\n")]);
    assert!(head.contains("pub note: Option<String>,"));

    let head = rust_after(&[Edit::Replace(SERVICE, "          description: Delete them.\n", "          description: Delete them.\n        - value: 3\n          name: Replace\n          description: Replace them.\n")]);
    let mode = &head[head.find("pub enum Mode {").expect("enum Mode")..];
    assert!(
        mode[..mode.find("\n}").expect("end")].contains("Replace,"),
        "{mode}"
    );

    let head = rust_after(&[Edit::Write("demo/clear_marks.yaml", CLEAR_MARKS)]);
    let strict = &head[head.find("pub trait StrictService").expect("StrictService")..];
    let strict = &strict[..strict.find("\n}").expect("end")];
    let method = &strict[strict
        .find("fn clear_marks(")
        .expect("a method per operation")..];
    let signature = &method[..method.find(';').expect("no default body")];
    assert!(!signature.contains('{'), "{signature}");

    assert!(
        base.contains("pub fn new(app_id: i32, members: Vec<Member>) -> Self"),
        "{base}"
    );

    let files = crate_after(&[]);
    let names: Vec<&String> = files.keys().collect();
    let module = files
        .get("src/demo/set_marks.rs")
        .unwrap_or_else(|| panic!("{names:?}"));
    assert!(
        module.contains("pub struct Member {"),
        "the type is generated with its operation"
    );
    assert!(files["src/demo/mod.rs"].contains("pub mod set_marks;"));
}
