//! Tests of the loader's schema check.

use super::*;

fn keys(kind: Kind, path: &[Segment]) -> Vec<String> {
    expected_keys(kind, path)
}

#[test]
fn expected_keys_follow_the_model() {
    let top = keys(Kind::Operation, &[]);
    assert!(top.contains(&"request".to_owned()));
    assert!(top.contains(&"doc_notes".to_owned()));
    let field = keys(
        Kind::Operation,
        &[
            Segment::Key("request".into()),
            Segment::Key("fields".into()),
            Segment::Index(0),
        ],
    );
    assert!(field.contains(&"required".to_owned()), "{field:?}");
    assert!(field.contains(&"type".to_owned()));
    let items = keys(
        Kind::Operation,
        &[
            Segment::Key("request".into()),
            Segment::Key("fields".into()),
            Segment::Index(0),
            Segment::Key("constraints".into()),
            Segment::Key("items".into()),
        ],
    );
    assert!(items.contains(&"also_allowed".to_owned()), "{items:?}");
    let endpoint = keys(
        Kind::Service,
        &[Segment::Key("endpoints".into()), Segment::Index(3)],
    );
    assert!(endpoint.contains(&"host".to_owned()));
    assert!(keys(Kind::Service, &[Segment::Key("nope".into())]).is_empty());
}

/// The problems found (path, message) and the repaired value, with its repaired paths.
fn problems(kind: Kind, yaml: &str) -> (Vec<(String, String)>, serde_yaml::Value, Vec<String>) {
    let mut value: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap();
    let checked = check_value(kind, &mut value);
    let found = checked
        .problems
        .into_iter()
        .map(|p| (crate::spec::path::format_path(&p.path), p.message))
        .collect();
    let repaired = checked
        .repaired
        .iter()
        .map(|p| crate::spec::path::format_path(p))
        .collect();
    (found, value, repaired)
}

#[test]
fn every_structural_problem_of_a_file_is_found_at_once() {
    let yaml = "name: M\nsource: {seed: s}\nsummary: \"two\\nlines\"\ndescription: d\n\
        http: {method: PUT, action: M}\nrate_limit: {requests: fifty, per: second, burst: 1}\n\
        request: {fields: [{name: A, type: i32}]}\nresponse: {fields: []}\ntypo: 1\n";
    let (found, value, repaired) = problems(Kind::Operation, yaml);
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "summary",
            "http.method",
            "rate_limit.requests",
            "rate_limit.burst",
            "request.fields[0].required",
            "request.fields[0].description",
            "typo",
        ],
        "{found:#?}"
    );
    assert_eq!(found[1].1, "expected one of POST, GET, found `PUT`");
    assert_eq!(found[2].1, "expected an integer, found the text `fifty`");
    assert_eq!(found[4].1, "missing field `required`");
    assert_eq!(found[5].1, "missing field `description`");
    assert!(value.get("typo").is_none(), "unknown keys are dropped");
    assert!(value["rate_limit"].get("burst").is_none());
    // Unknown keys and control characters need no repair; the rest got stand-ins.
    assert_eq!(
        repaired,
        [
            "http.method",
            "rate_limit.requests",
            "request.fields[0].description",
            "request.fields[0].required",
        ]
    );
    assert_eq!(value["http"]["method"], "POST");
    assert_eq!(value["rate_limit"]["requests"], 0);
    assert_eq!(value["request"]["fields"][0]["required"], false);
    // So the whole file deserializes, and the checker sees the rest of it.
    let file: crate::spec::OperationFile = serde_yaml::from_value(value).unwrap();
    assert_eq!(file.request.fields[0].ty, "i32");
}

#[test]
fn a_group_is_a_list_or_a_mapping_and_its_kind_picks_the_schema() {
    let yaml = "name: M\nsource: {seed: s}\nsummary: s\ndescription: d\n\
        http: {method: POST, action: M}\nresponse: {fields: []}\nrequest: {fields: [], \
        constraints: {mutually_exclusive: [[A, B], {fields: [A, C], code: 5}, {fields: [A], cod: 1}, A]}}\n";
    let (found, value, _) = problems(Kind::Operation, yaml);
    let at = |p: &str| format!("request.constraints.mutually_exclusive{p}");
    let expected = [
        (at("[2].cod"), "unknown key `cod`"),
        (at("[2].code"), "missing field `code`"),
        (
            at("[3]"),
            "expected a list or a mapping, found the text `A`",
        ),
    ];
    assert_eq!(found, expected.map(|(p, m)| (p, m.to_owned())));
    let file: crate::spec::OperationFile = serde_yaml::from_value(value).unwrap();
    let groups = file.request.constraints.unwrap().mutually_exclusive;
    assert_eq!(groups[0].fields(), ["A", "B"]);
    assert_eq!(groups[1].fields(), ["A", "C"]);
    assert_eq!(groups[1].code(), Some(&Value::from(5)));
    // The keys expected inside a group's mapping are the mapping's.
    let at = ["request", "constraints", "mutually_exclusive"].map(|k| Segment::Key(k.into()));
    let group = [at.as_slice(), &[Segment::Index(1)]].concat();
    assert_eq!(keys(Kind::Operation, &group), ["code", "fields"]);
}

#[test]
fn unusable_values_are_removed_when_optional_and_replaced_when_required() {
    let yaml = "name: M\nsource: 5\ndescription: d\nhttp: {method: POST, idempotent: maybe}\n\
        rate_limit: {requests: -5, per: fortnight}\nrequest: {fields: [7, {name: A, type: i32, required: true, description: d}]}\n\
        response: []\ntypes: {a: 1}\n";
    let (found, value, repaired) = problems(Kind::Operation, yaml);
    assert_eq!(
        repaired,
        [
            "http.idempotent",
            "rate_limit.per",
            "rate_limit.requests",
            "request.fields[0]",
            "response",
            "source",
            "summary",
            "types",
        ],
        "{found:#?}"
    );
    assert!(
        value["http"].get("idempotent").is_none(),
        "optional: removed"
    );
    assert!(value.get("types").is_none(), "optional: removed");
    assert_eq!(value["summary"], "", "required: a stand-in");
    assert_eq!(value["rate_limit"]["per"], "second");
    let field = &value["request"]["fields"][0];
    assert_eq!(field["name"], "");
    assert_eq!(field["type"], "");
    assert_eq!(field["required"], false);
    let file: crate::spec::OperationFile = serde_yaml::from_value(value).unwrap();
    assert_eq!(file.request.fields[1].name, "A");
    assert!(file.response.fields.is_empty());
}

#[test]
fn prose_may_span_lines_and_numbers_fit_their_type() {
    let yaml = "name: M\nsource: {seed: s}\nsummary: s\ndescription: \"a\\nb\\tc\"\n\
        http: {method: POST}\nrate_limit: {requests: 5000000000, per: second}\n\
        request: {}\nresponse: {}\n";
    let (found, _, _) = problems(Kind::Operation, yaml);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].0, "rate_limit.requests");
    assert!(found[0].1.contains("out of range"));
}

#[test]
fn schemas_forbid_unknown_keys() {
    let schema = schema(Kind::Operation).clone();
    assert_eq!(schema["additionalProperties"], Value::Bool(false));
    assert_eq!(
        schema["$defs"]["Field"]["additionalProperties"],
        Value::Bool(false)
    );
}
