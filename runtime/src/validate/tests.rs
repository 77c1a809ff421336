//! The validators' tests: paths, rules and their messages, the cap, each check with a passing
//! and a failing case.

use super::checks::shown;
use super::*;

const MARKS: Bounds = Bounds {
    minimum: Some(Number::Int(1000)),
    maximum: None,
    also_allowed: &[Number::Int(500), Number::Int(600)],
};

fn at<'a>(segments: &[Segment<'a>]) -> Path<'a> {
    let mut p = Path::root();
    for s in segments {
        p.push(*s);
    }
    p
}

#[test]
fn paths_use_wire_names() {
    let p = at(&[
        Segment::Field("ParticipantInfos"),
        Segment::Index(3),
        Segment::Field("Marks"),
        Segment::Index(0),
    ]);
    assert_eq!(p.to_string(), "ParticipantInfos[3].Marks[0]");
    let p = at(&[Segment::Field("Ext"), Segment::Key("s:from")]);
    assert_eq!(p.to_string(), "Ext[\"s:from\"]");
    let p = at(&[Segment::Field("Ext"), Segment::Key("key")]);
    assert_eq!(p.to_string(), "Ext.key");
    assert_eq!(Path::root().to_string(), "");
    // Bare only when plain ASCII; otherwise quoted as JSON quotes it, as TypeScript's
    // JSON.stringify and Python's json.dumps do (not Rust's Debug: `"e\u{301}"`).
    for (key, text) in [
        ("zh-Hans_2", "Ext.zh-Hans_2"),
        ("键", r#"Ext["键"]"#),
        ("e\u{301}", "Ext[\"e\u{301}\"]"),
        ("नमते", r#"Ext["नमते"]"#),
        ("a\u{1}\"b", r#"Ext["a\u0001\"b"]"#),
        ("", r#"Ext[""]"#),
    ] {
        assert_eq!(
            at(&[Segment::Field("Ext"), Segment::Key(key)]).to_string(),
            text
        );
    }
}

#[test]
fn numbers_with_exceptions() {
    let mut out = Violations::with_cap(10);
    let p = at(&[Segment::Field("Marks"), Segment::Index(0)]);
    for ok in [1000_i64, 5000, 500, 600] {
        number(ok, &MARKS, &p, &mut out);
    }
    assert!(out.is_empty());
    number(999_i64, &MARKS, &p, &mut out);
    number(501_i64, &MARKS, &p, &mut out);
    let v: Vec<_> = out.iter().collect();
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].path, "Marks[0]");
    assert_eq!(v[0].rule.name(), "minimum");
    assert_eq!(v[0].value.as_deref(), Some("999"));
    assert_eq!(
        v[0].to_string(),
        "Marks[0] must be at least 1000 (or exactly 500 or 600), found 999"
    );
}

#[test]
fn each_number_reports_only_failing_items() {
    let mut out = Violations::with_cap(10);
    let mut p = at(&[Segment::Field("Marks")]);
    each_number(&[1000_i64, 999, 500, 1], &MARKS, &mut p, &mut out);
    let paths: Vec<_> = out.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(paths, ["Marks[1]", "Marks[3]"]);
    assert_eq!(p.to_string(), "Marks");
}

#[test]
fn deep_paths_spill_and_unwind() {
    let mut p = Path::root();
    for i in 0..40 {
        p.push(Segment::Index(i));
    }
    assert!(p.to_string().ends_with("[38][39]"));
    for _ in 0..38 {
        p.pop();
    }
    assert_eq!(p.to_string(), "[0][1]");
    p.pop();
    p.pop();
    p.pop();
    assert_eq!(p.to_string(), "");
}

#[test]
fn maximum_and_floats() {
    let bounds = Bounds {
        minimum: Some(Number::Float(0.5)),
        maximum: Some(Number::Int(2)),
        also_allowed: &[],
    };
    let mut out = Violations::with_cap(10);
    number(2.0, &bounds, &Path::root(), &mut out);
    number(0.5, &bounds, &Path::root(), &mut out);
    assert!(out.is_empty());
    number(2.5, &bounds, &Path::root(), &mut out);
    number(0.25, &bounds, &Path::root(), &mut out);
    let names: Vec<_> = out.iter().map(|v| v.rule.name()).collect();
    assert_eq!(names, ["maximum", "minimum"]);
}

#[test]
fn lengths_in_bytes_or_chars() {
    let mut out = Violations::with_cap(10);
    length(
        "群成员",
        None,
        Some(3),
        LengthUnit::Chars,
        &Path::root(),
        &mut out,
    );
    assert!(out.is_empty());
    length(
        "群成员",
        None,
        Some(3),
        LengthUnit::Bytes,
        &Path::root(),
        &mut out,
    );
    length(
        "",
        Some(1),
        None,
        LengthUnit::Chars,
        &Path::root(),
        &mut out,
    );
    let v: Vec<_> = out.iter().collect();
    assert_eq!(
        v[0].rule,
        Rule::MaxLength {
            limit: 3,
            unit: LengthUnit::Bytes
        }
    );
    assert_eq!(v[0].value.as_deref(), Some("9 bytes"));
    assert_eq!(v[1].rule.name(), "min_length");
}

#[test]
fn list_sizes_and_uniqueness() {
    let mut out = Violations::with_cap(10);
    items(&[1; 10], None, Some(10), &Path::root(), &mut out);
    items(&[1; 1], Some(1), None, &Path::root(), &mut out);
    assert!(out.is_empty());
    items(&[1; 11], None, Some(10), &Path::root(), &mut out);
    items::<u8>(&[], Some(1), None, &Path::root(), &mut out);
    let list = ["a", "b", "a", "a"];
    let mut p = at(&[Segment::Field("Marks")]);
    unique(&list, &mut p, &mut out);
    let v: Vec<_> = out
        .iter()
        .map(|v| (v.path.as_str(), v.rule.clone()))
        .collect();
    assert_eq!(
        v,
        [
            ("", Rule::MaxItems { limit: 10 }),
            ("", Rule::MinItems { limit: 1 }),
            ("Marks[2]", Rule::UniqueItems { first: 0 }),
            ("Marks[3]", Rule::UniqueItems { first: 0 }),
        ]
    );
}

#[test]
fn output_is_capped_but_counted() {
    let mut out = Violations::with_cap(3);
    for _ in 0..1_000_000 {
        number(1_i64, &MARKS, &Path::root(), &mut out);
    }
    assert_eq!(out.total(), 1_000_000);
    assert_eq!(out.iter().count(), 3);
    let text = out.to_string();
    assert!(text.ends_with("; … and 999997 more"), "{text}");
    assert!(format!("{out:#?}").matches("Violation {").count() == 3);
}

#[test]
fn display_names_the_first_few_within_a_bound() {
    let mut out = Violations::with_cap(DEFAULT_CAP);
    for i in 0..501 {
        let mut path = Path::root();
        path.push(Segment::Field("MemberList"));
        path.push(Segment::Index(i));
        number(1_i64, &MARKS, &path, &mut out);
    }
    let text = out.to_string();
    assert_eq!(text.matches(" must be ").count(), DISPLAY_FIRST, "{text}");
    assert!(text.starts_with("MemberList[0] must be "), "{text}");
    assert!(text.ends_with("; … and 496 more"), "{text}");
    assert!(text.len() < DISPLAY_MAX_BYTES, "{}", text.len());
    assert_eq!(out.iter().count(), DEFAULT_CAP);

    // A single violation under a huge map key is cut, never the whole key.
    let key = "k".repeat(100_000);
    let mut out = Violations::with_cap(DEFAULT_CAP);
    let mut path = Path::root();
    path.push(Segment::Field("Ext"));
    path.push(Segment::Key(&key));
    number(1_i64, &MARKS, &path, &mut out);
    number(1_i64, &MARKS, &path, &mut out);
    let text = out.to_string();
    assert!(text.len() <= DISPLAY_MAX_BYTES + 64, "{}", text.len());
    assert!(
        text.ends_with("…; … and 1 more"),
        "{}",
        &text[text.len() - 40..]
    );

    // Exactly five: no count.
    let mut out = Violations::with_cap(DEFAULT_CAP);
    for _ in 0..DISPLAY_FIRST {
        number(1_i64, &MARKS, &Path::root(), &mut out);
    }
    assert!(!out.to_string().contains("more"));
}

#[test]
fn groups_and_enums() {
    let mut out = Violations::with_cap(10);
    let p = at(&[Segment::Field("ParticipantInfos"), Segment::Index(1)]);
    at_least_one_of(
        &[false, true, false],
        &["AvatarUrl", "NickName", "Ext"],
        &p,
        &mut out,
    );
    assert!(out.is_empty());
    at_least_one_of(
        &[false, false, false],
        &["AvatarUrl", "NickName", "Ext"],
        &p,
        &mut out,
    );
    unknown_enum_value(
        &7,
        &["1", "2"],
        &at(&[Segment::Field("MarkAction")]),
        &mut out,
    );
    assert_eq!(
        out.to_string(),
        "ParticipantInfos[1] must have at least one of AvatarUrl, NickName, Ext; MarkAction must be one of 1, 2, found 7"
    );
}

#[test]
fn a_field_a_request_must_carry_is_reported_at_its_own_path() {
    let mut out = Violations::with_cap(10);
    let mut p = at(&[
        Segment::Field("MsgBody"),
        Segment::Index(0),
        Segment::Field("MsgContent"),
    ]);
    required(true, "Url", &mut p, &mut out);
    assert!(out.is_empty());
    required(false, "Url", &mut p, &mut out);
    assert_eq!(
        p.to_string(),
        "MsgBody[0].MsgContent",
        "the path is left as it was"
    );
    let v = out.iter().next().expect("one violation");
    assert_eq!(v.path, "MsgBody[0].MsgContent.Url");
    assert_eq!(v.rule.name(), "required");
    assert_eq!(v.value, None);
    assert_eq!(out.to_string(), "MsgBody[0].MsgContent.Url must be present");
}

#[test]
fn long_values_are_shortened() {
    let long = "x".repeat(500);
    assert_eq!(shown(&long), format!("\"{}\"…", "x".repeat(MAX_SHOWN)));
}

#[test]
fn values_are_quoted_up_to_64_scalar_values() {
    // 60 CJK characters are 180 bytes but 60 characters: quoted whole.
    let cjk = "中".repeat(60);
    assert_eq!(shown(&cjk), format!("\"{cjk}\""));
    assert_eq!(shown(&"中".repeat(64)), format!("\"{}\"", "中".repeat(64)));
    assert_eq!(shown(&"中".repeat(65)), format!("\"{}\"…", "中".repeat(64)));
    // An emoji is one scalar value (two UTF-16 units): 40 are quoted whole, and a cut never
    // splits one.
    let emoji = "😀".repeat(40);
    assert_eq!(shown(&emoji), format!("\"{emoji}\""));
    let odd = format!("a{}", "😀".repeat(70));
    assert_eq!(shown(&odd), format!("\"a{}\"…", "😀".repeat(63)));
    // A combining mark counts on its own and is written as it is.
    let marks = "e\u{301}".repeat(33);
    assert_eq!(shown(&marks), format!("\"{}\"…", "e\u{301}".repeat(32)));
    // JSON's escapes, counted as the one character each stands for.
    assert_eq!(
        shown(&"a\tb\u{1}\"\\\u{7f}"),
        "\"a\\tb\\u0001\\\"\\\\\u{7f}\""
    );
    let escape_last = format!("{}\u{1}", "x".repeat(63));
    assert_eq!(
        shown(&escape_last),
        format!("\"{}\\u0001\"", "x".repeat(63))
    );
    let escape_cut = format!("{}\u{1}", "x".repeat(64));
    assert_eq!(shown(&escape_cut), format!("\"{}\"…", "x".repeat(64)));
    // Numbers are bare; any other value's JSON text is cut alike.
    assert_eq!(shown(&7), "7");
    assert_eq!(shown(&-9_007_199_254_740_993_i64), "-9007199254740993");
    let list = vec![1; 100];
    assert_eq!(shown(&list), format!("[{}1…", "1,".repeat(31)));
}

#[test]
fn map_entries_are_checked_in_key_order() {
    struct Negative(i64);
    impl Validate for Negative {
        fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
            number(self.0, &MARKS, path, out);
        }
    }
    let map: std::collections::BTreeMap<String, Negative> =
        ["😀", "ｚ", "9", "10", "b", "", "é", "e\u{301}"]
            .into_iter()
            .map(|k| (k.to_owned(), Negative(1)))
            .collect();
    let paths: Vec<String> = map
        .validate()
        .expect_err("every entry breaks MARKS")
        .iter()
        .map(|v| v.path.clone())
        .collect();
    // By scalar value: U+FF5A before U+1F600, although UTF-16 puts the emoji first.
    assert_eq!(
        paths,
        [
            r#"[""]"#,
            "10",
            "9",
            "b",
            "[\"e\u{301}\"]",
            r#"["é"]"#,
            r#"["ｚ"]"#,
            r#"["😀"]"#
        ]
    );
}

const TOO_MANY: ErrorCode = ErrorCode {
    code: "10005",
    numeric: Some(10005),
    http_status: None,
};

#[test]
fn a_coded_constraint_gives_its_violations_its_code() {
    let mut out = Violations::with_cap(10);
    let members = at(&[Segment::Field("MemberList")]);
    // A coded constraint that holds leaves no code behind.
    out.coded(TOO_MANY, |out| items(&[1, 2], None, Some(2), &members, out));
    assert!(out.is_empty());
    assert_eq!(out.code(), None);
    // A violation without a code, then one with: the code is the coded one's.
    let group = at(&[Segment::Field("GroupId")]);
    length("abc", None, Some(2), LengthUnit::Chars, &group, &mut out);
    assert_eq!(out.code(), None);
    out.coded(TOO_MANY, |out| {
        items(&[1, 2, 3], None, Some(2), &members, out)
    });
    let found: Vec<_> = out
        .iter()
        .map(|v| (v.path.as_str(), v.rule.name(), v.code.map(|c| c.code)))
        .collect();
    assert_eq!(
        found,
        [
            ("GroupId", "max_length", None),
            ("MemberList", "max_items", Some("10005")),
        ]
    );
    assert_eq!(out.code(), Some(TOO_MANY));
    // The message is the same as without a code.
    assert_eq!(
        out.to_string(),
        "GroupId must be at most 2 characters long, found 3 characters; MemberList must have at most 2 items, found 3 items"
    );
}

#[test]
fn the_first_coded_violation_decides_even_past_the_cap() {
    const OTHER: ErrorCode = ErrorCode {
        code: "10006",
        numeric: Some(10006),
        http_status: None,
    };
    let mut out = Violations::with_cap(1);
    let p = at(&[Segment::Field("Marks")]);
    number(1_i64, &MARKS, &p, &mut out);
    out.coded(TOO_MANY, |out| number(2_i64, &MARKS, &p, out));
    out.coded(OTHER, |out| number(3_i64, &MARKS, &p, out));
    assert_eq!(out.total(), 3);
    assert_eq!(out.iter().count(), 1);
    assert_eq!(out.code(), Some(TOO_MANY));
}
