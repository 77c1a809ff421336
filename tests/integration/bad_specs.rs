//! The bad-spec corpus: one mistake per test, on a small fixture spec. Each test checks the
//! diagnostics (an insta snapshot: message, file:line:column, spec path, help) and that nothing
//! was written: the generated folder and the schema files keep every byte.

use codegen::Error;
use imapi_tests::Sandbox;

const SERVICE: &str = "demo/service.yaml";
const OP: &str = "demo/set_marks.yaml";

/// Breaks the fixture with `mutate`, runs `generate`, and returns the rendered diagnostics after
/// checking that the run failed and wrote nothing.
fn reject(mutate: impl FnOnce(&Sandbox)) -> String {
    reject_in(Sandbox::fixture("base"), mutate)
}

/// [`reject`] on another sandbox (the repository's spec, for a Tencent service).
fn reject_in(sb: Sandbox, mutate: impl FnOnce(&Sandbox)) -> String {
    mutate(&sb);
    let before = sb.written_state();
    let error = codegen::generate(&sb.spec, &sb.out).expect_err("the broken spec is rejected");
    assert_eq!(
        sb.written_state(),
        before,
        "a rejected spec must not change any output"
    );
    match error {
        Error::Spec(diagnostics) => {
            assert!(!diagnostics.0.is_empty());
            diagnostics.render("spec")
        }
        other => panic!("expected spec diagnostics, got: {other}"),
    }
}

macro_rules! bad_spec {
    ($name:ident, $mutate:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), reject($mutate));
        }
    };
}

#[test]
fn the_fixture_is_valid() {
    let sb = Sandbox::fixture("base");
    let before = sb.written_state();
    assert_eq!(codegen::generate(&sb.spec, &sb.out).expect("valid"), 0);
    assert_eq!(sb.written_state(), before);
}

bad_spec!(yaml_syntax_error, |sb| sb.edit(
    OP,
    "  method: POST\n",
    "  method: [POST\n"
));

bad_spec!(misspelled_key, |sb| sb.edit(
    OP,
    "      required: true\n      description: The app.",
    "      requried: true\n      description: The app."
));

bad_spec!(unknown_keys_in_several_places_are_all_reported, |sb| {
    sb.edit(SERVICE, "title: Demo service\n", "titel: Demo service\n");
    sb.edit(OP, "  per: second\n", "  per: second\n  burst: 10\n");
    sb.edit(OP, "        max_items: 10\n", "        max_item: 10\n");
});

bad_spec!(wrong_value_type, |sb| sb.edit(
    OP,
    "  requests: 50\n",
    "  requests: fifty\n"
));

bad_spec!(missing_required_key, |sb| sb.edit(
    OP,
    "    - name: AppId\n      type: i32\n",
    "    - name: AppId\n"
));

bad_spec!(unknown_type_reference, |sb| sb.edit(
    OP,
    "      type: list<Member>\n",
    "      type: list<Membr>\n"
));

bad_spec!(invalid_type_syntax, |sb| sb.edit(
    OP,
    "        type: list<i64>\n",
    "        type: map<i64,string>\n"
));

bad_spec!(duplicate_field, |sb| sb.edit(
    OP,
    "    - name: Members\n",
    "    - name: AppId\n"
));

bad_spec!(fields_that_collide_in_rust, |sb| sb.edit(
    OP,
    "    - name: Members\n",
    "    - name: App_Id\n"
));

bad_spec!(duplicate_type, |sb| sb.edit(
    OP,
    "  - name: Member\n    description: A member and its marks.\n",
    "  - name: Meta\n    description: A member and its marks.\n"
));

bad_spec!(duplicate_operation, |sb| {
    let text = sb.read(OP);
    sb.write("demo/set_marks_again.yaml", &text);
});

bad_spec!(enum_with_duplicate_values, |sb| sb.edit(
    SERVICE,
    "        - value: 2\n",
    "        - value: 1\n"
));

bad_spec!(default_outside_the_enum, |sb| sb.edit(
    OP,
    "      default: 1\n",
    "      default: 3\n"
));

bad_spec!(constraint_that_does_not_fit_the_type, |sb| {
    sb.edit(
    OP,
    "      type: i32\n      required: true\n      description: The app.\n",
    "      type: i32\n      required: true\n      description: The app.\n      constraints:\n        max_items: 3\n"
)
});

bad_spec!(minimum_greater_than_maximum, |sb| sb.edit(
    OP,
    "            minimum: 1000\n",
    "            minimum: 1000\n            maximum: 10\n"
));

bad_spec!(exception_outside_the_type, |sb| sb.edit(
    OP,
    "            also_allowed: [500, 600]\n",
    "            also_allowed: [500, 600, 1.5, 1200]\n"
));

bad_spec!(at_least_one_of_names_a_missing_field, |sb| sb.edit(
    OP,
    "        - [NickName, Marks]\n",
    "        - [NickName, Mark]\n"
));

bad_spec!(example_that_is_not_json, |sb| sb.edit(
    OP,
    r#"{"AppId": 1, "Members""#,
    r#"{"AppId": 000001, "Members""#
));

bad_spec!(example_that_does_not_fit_the_types, |sb| sb.edit(
    OP,
    r#"{"AppId": 1, "Members": [{"UserId": 7, "Marks": [1000]}], "Mode": 1}"#,
    r#"{"AppId": "1", "Members": [{"UserId": 7, "Marks": [1000], "Nick": "x"}], "Mode": 4}"#
));

bad_spec!(rule_names_an_unlisted_error, |sb| sb.edit(
    OP,
    "    error: InvalidParam\n",
    "    error: MemberOffline\n"
));

bad_spec!(missing_service_file, |sb| sb.remove(SERVICE));

bad_spec!(service_name_differs_from_its_folder, |sb| sb.edit(
    SERVICE,
    "name: demo\n",
    "name: demo-service\n"
));

bad_spec!(wrong_binding_for_the_protocol, |sb| sb.edit(
    OP,
    "  action: SetMarks\n",
    "  path: group_open_http_svc/set_marks\n"
));

bad_spec!(when_absent_on_a_required_field, |sb| sb.edit(
    OP,
    "      type: i32\n      required: true\n",
    "      type: i32\n      required: true\n      when_absent: every app\n"
));

bad_spec!(list_constraint_on_a_map, |sb| {
    sb.edit(
    OP,
    "      description: Members that failed.\n",
    "      description: Members that failed.\n    - name: Ext\n      type: map<string,string>\n      required: false\n      description: Extension.\n      constraints:\n        max_items: 5\n        items:\n          max_length: 3\n"
)
});

bad_spec!(an_unknown_key_does_not_stop_the_type_checks, |sb| {
    sb.edit(OP, "  per: second\n", "  per: second\n  burst: 10\n");
    sb.edit(
        OP,
        "      type: list<Member>\n",
        "      type: list<Membr>\n",
    );
});

bad_spec!(every_structural_mistake_of_a_file_in_one_run, |sb| {
    sb.edit(OP, "  method: POST\n", "  method: PUT\n");
    sb.edit(OP, "  requests: 50\n", "  requests: fifty\n");
    sb.edit(
        OP,
        "    - name: AppId\n      type: i32\n",
        "    - name: AppId\n",
    );
    sb.edit(
        OP,
        "summary: Sets marks on members.\n",
        "summary: [Sets, marks]\n",
    );
    sb.edit(OP, "        max_items: 10\n", "        max_items: -1\n");
});

bad_spec!(control_characters_in_one_line_text, |sb| {
    sb.edit(
        SERVICE,
        "title: Demo service\n",
        "title: \"Demo\\n[dependencies]\\nevil = { path = '/tmp/x' }\"\n",
    );
    sb.edit(
        OP,
        "summary: Sets marks on members.\n",
        "summary: \"Sets\\u0007 marks\"\n",
    );
});

bad_spec!(names_that_are_not_rust_identifiers, |sb| {
    sb.edit(OP, "    - name: AppId\n", "    - name: \"²³\"\n");
    sb.edit(OP, "      - name: NickName\n", "      - name: \"٠١\"\n");
    sb.edit(
        OP,
        "        - [NickName, Marks]\n",
        "        - [UserId, Marks]\n",
    );
});

bad_spec!(type_names_the_generated_code_uses, |sb| {
    sb.edit(
        OP,
        "  - name: Member\n    description: A member and its marks.\n",
        "  - name: Path\n    description: A member and its marks.\n",
    );
    sb.edit(OP, "      type: list<Member>\n", "      type: list<Path>\n");
    sb.edit(SERVICE, "  - name: Mode\n", "  - name: Validate\n");
    sb.edit(OP, "      type: Mode\n", "      type: Validate\n");
});

bad_spec!(an_operation_named_like_a_module, |sb| {
    let text = sb.read(OP).replace("name: SetMarks\n", "name: Client\n");
    sb.remove(OP);
    sb.write("demo/client.yaml", &text);
});

bad_spec!(yaml_nested_too_deep, |sb| {
    // 100,000 levels: the recursive YAML loaders overflow the stack long before.
    let deep = format!("name: Deep\ndescription:\n  {}x\n", "- ".repeat(100_000));
    sb.write("demo/deep.yaml", &deep);
});

bad_spec!(yaml_aliases_are_refused, |sb| sb.edit(
    OP,
    "summary: Sets marks on members.\ndescription: Sets marks on members.\n",
    "summary: &s Sets marks on members.\ndescription: *s\n"
));

// The format's extensions: each check with its own mistake.

bad_spec!(a_rust_name_that_is_not_snake_case, |sb| sb.edit(
    OP,
    "    - name: AppId\n      type: i32\n",
    "    - name: AppId\n      rust_name: TheApp\n      type: i32\n"
));

bad_spec!(a_field_from_an_unknown_source, |sb| sb.edit(
    OP,
    "      description: The app.\n",
    "      description: The app.\n      from: overview\n"
));

bad_spec!(a_unit_on_a_string, |sb| sb.edit(
    OP,
    "        description: A nickname.\n",
    "        description: A nickname.\n        unit: seconds\n"
));

bad_spec!(unknown_as_on_a_number, |sb| sb.edit(
    OP,
    "      description: The app.\n",
    "      description: The app.\n      unknown_as: 0\n"
));

bad_spec!(truncated_and_refused_at_once, |sb| sb.edit(
    OP,
    "        max_items: 10\n",
    "        max_items: 10\n        truncated_after: 5\n"
));

bad_spec!(a_nullable_field_outside_a_list, |sb| sb.edit(
    OP,
    "      type: list<i64>\n      required: false\n      description: Members that failed.\n",
    "      type: i64?\n      required: false\n      description: Members that failed.\n"
));

bad_spec!(conditions_on_missing_or_required_fields, |sb| {
    sb.edit(
    OP,
    "    constraints:\n      at_least_one_of:\n        - [NickName, Marks]\n",
    "    constraints:\n      at_least_one_of:\n        - [NickName, Marks]\n      mutually_exclusive:\n        - [NickName, UserId]\n      required_when:\n        - field: Marks\n          when: {field: Nickname, equals: x}\n        - field: NickName\n          when: {field: UserId, equals: seven}\n"
)
});

bad_spec!(a_union_of_an_enum_and_an_unknown_type, |sb| {
    sb.edit(
    SERVICE,
    "  - name: Mode\n",
    "  - name: Body\n    description: A tagged body.\n    union:\n      tag: Kind\n      content: Kind\n      variants:\n        - {tag: a, name: A, type: Mode, description: An enum.}\n        - {tag: a, name: Unknown, type: Membr, description: A typo.}\n  - name: Mode\n"
)
});

bad_spec!(an_enum_other_named_like_a_value, |sb| {
    sb.edit(
    SERVICE,
    "          name: Delete\n          description: Delete them.\n",
    "          name: Delete\n          description: Delete them.\n      other:\n        name: Add\n        description: Anything else.\n"
)
});

bad_spec!(pagination_that_does_not_fit_its_fields, |sb| {
    sb.edit(
    OP,
    "response:\n",
    "pagination:\n  style: cursor\n  request_field: AppId\n  response_field: Failed\n  items: Cursor\n  end: {}\nresponse:\n"
)
});

bad_spec!(idempotent_when_a_required_field, |sb| sb.edit(
    OP,
    "  action: SetMarks\n",
    "  action: SetMarks\n  idempotent: true\n  idempotent_when: AppId\n"
));

bad_spec!(a_class_limit_on_an_unknown_field, |sb| {
    sb.edit(
    OP,
    "request:\n",
    "class_limits:\n  - class: bulk\n    requests: 0\n    per: second\n    when: {field: Mods, equals: 2}\nrequest:\n"
)
});

/// A second operation of the fixture, `name` (`ClearMarks`): SetMarks' file without its
/// types and rules, so that it uses `Member`, which set_marks.yaml defines.
fn another_operation(sb: &Sandbox, name: &str) -> String {
    let text = sb
        .read(OP)
        .replace("name: SetMarks\n", &format!("name: {name}\n"))
        .replace("action: SetMarks\n", &format!("action: {name}\n"));
    text[..text.find("types:\n").unwrap()].replace("rules:\n", "")
}

bad_spec!(a_type_whose_defining_file_was_deleted, |sb| {
    // Two operations use `Member`, one in its request, one in its response; the file that
    // defined it goes.
    sb.write(
        "demo/clear_marks.yaml",
        &another_operation(sb, "ClearMarks"),
    );
    let get = another_operation(sb, "GetMarks").replace(
        "    - name: Failed\n      type: list<i64>\n",
        "    - name: Failed\n      type: list<Member>\n",
    );
    sb.write(
        "demo/get_marks.yaml",
        &get.replace(
            "    - name: Members\n      type: list<Member>\n",
            "    - name: Members\n      type: list<i64>\n",
        ),
    );
    sb.remove(OP);
});

bad_spec!(a_type_defined_in_an_operation_file_and_a_type_file, |sb| {
    let member = sb.read(OP);
    let member =
        &member[member.find("  - name: Member\n").unwrap()..member.find("rules:\n").unwrap()];
    let unindented: String = member
        .lines()
        .map(|l| format!("{}\n", l.get(4..).unwrap_or("")))
        .collect();
    sb.write("demo/types/member.yaml", &unindented);
});

bad_spec!(a_type_file_named_after_another_type, |sb| {
    sb.write(
        "demo/types/members.yaml",
        "name: Marks\ndescription: Marks.\nfields:\n  - {name: Mark, type: i64, required: true, description: A mark.}\n",
    );
});

bad_spec!(a_type_file_with_a_misspelled_key, |sb| {
    sb.write(
        "demo/types/marks.yaml",
        "name: Marks\ndescription: Marks.\nfeilds:\n  - {name: Mark, type: i64, required: true, description: A mark.}\n",
    );
});

bad_spec!(another_operations_request_as_a_field, |sb| {
    let clear = another_operation(sb, "ClearMarks").replace(
        "    - name: Failed\n      type: list<i64>\n",
        "    - name: Failed\n      type: list<SetMarksRequest>\n",
    );
    sb.write("demo/clear_marks.yaml", &clear);
});

bad_spec!(a_service_wide_code_restated_with_its_role, |sb| {
    sb.edit(
    OP,
    "rules:\n",
    "errors:\n  - code: InvalidParam\n    description: A member is invalid.\n    role: invalid_parameter\n  - code: MissingParameter\n    http_status: 400\n    description: A query parameter is missing.\nrules:\n"
)
});

bad_spec!(a_type_name_in_capitals, |sb| {
    sb.edit(OP, "  - name: Member\n", "  - name: TIMMember\n");
    sb.edit(OP, "type: list<Member>", "type: list<TIMMember>");
});

/// The README's promise: one run reports every problem of a file. A structural mistake (a
/// missing or mistyped value) is reported and the rest of the file is still checked, so the
/// type errors of the same file come out in the same run.
#[test]
fn structural_and_type_mistakes_of_one_file_in_one_run() {
    let mutate = |sb: &Sandbox| {
        sb.edit(OP, "summary: Sets marks on members.\n", "");
        sb.edit(
            OP,
            "  action: SetMarks\n",
            "  action: SetMarks\n  idempotent: maybe\n",
        );
        sb.edit(OP, "  requests: 50\n", "  requests: -5\n");
        sb.edit(OP, "      type: i32\n", "      type: int33\n");
        sb.edit(OP, "      type: list<i64>\n      required: false\n      description: Members that failed.\n", "      type: NoSuchType\n      required: false\n      description: Members that failed.\n");
    };
    let rendered = reject(mutate);
    insta::assert_snapshot!(
        "structural_and_type_mistakes_of_one_file_in_one_run",
        rendered
    );

    let sb = Sandbox::fixture("base");
    mutate(&sb);
    let Err(Error::Spec(diagnostics)) = codegen::generate(&sb.spec, &sb.out) else {
        panic!("the broken spec is rejected with diagnostics");
    };
    for (path, message) in [
        ("summary", "missing field `summary`"),
        (
            "http.idempotent",
            "expected true or false, found the text `maybe`",
        ),
        ("rate_limit.requests", "found -5"),
        ("request.fields[0].type", "int33"),
        ("response.fields[0].type", "unknown type `NoSuchType`"),
    ] {
        let found = diagnostics
            .0
            .iter()
            .find(|d| d.spec_path.as_deref() == Some(path) && d.message.contains(message));
        let Some(d) = found else {
            panic!("no diagnostic at {path} saying {message:?} in:\n{rendered}");
        };
        assert_eq!(d.file, OP, "{d:?}");
        assert!(d.line.is_some() && d.column.is_some(), "{d:?}");
    }
    assert_eq!(
        diagnostics.0.len(),
        5,
        "nothing else is reported:\n{rendered}"
    );
}

// Error codes on constraints (`code:`), and wire paths in rules across fields.

bad_spec!(codes_that_no_error_lists, |sb| {
    sb.edit(
        OP,
        "        max_items: 10\n",
        "        max_items: 10\n        code: TooManyMembers\n",
    );
    sb.edit(
        OP,
        "      at_least_one_of:\n        - [NickName, Marks]\n",
        "      at_least_one_of:\n        - fields: [NickName, Marks]\n          code: NoMark\n      required_when:\n        - field: Marks\n          when: {field: NickName}\n          code: 10005\n",
    );
});

bad_spec!(a_code_without_a_limit, |sb| {
    sb.edit(
        OP,
        "        max_items: 10\n",
        "        max_items: 10\n        items:\n          code: InvalidParam\n",
    );
    sb.edit(
        OP,
        "      required: false\n      description: Members that failed.\n",
        "      required: false\n      description: Members that failed.\n      constraints:\n        truncated_after: 5\n        code: InvalidParam\n",
    );
});

bad_spec!(a_code_that_an_operation_reaching_it_does_not_list, |sb| {
    sb.edit(
        SERVICE,
        "  - name: Mode\n",
        "  - name: Owner\n    description: An owner.\n    fields:\n      - name: Ids\n        type: list<i64>\n        required: false\n        description: Their ids.\n        constraints: {max_items: 2, code: TooManyIds}\n  - name: Mode\n",
    );
    sb.edit(
        OP,
        "rules:\n",
        "errors:\n  - code: TooManyIds\n    description: Too many ids.\nrules:\n",
    );
    sb.edit(
        OP,
        "      description: The app.\n",
        "      description: The app.\n    - name: Owner\n      type: Owner\n      required: false\n      description: The owner.\n",
    );
    sb.write(
        "demo/clear_marks.yaml",
        "name: ClearMarks\nsource:\n  seed: demo.txt\nsummary: Clears marks.\ndescription: Clears marks.\nhttp:\n  method: POST\n  action: ClearMarks\nrequest:\n  fields:\n    - {name: AppId, type: i32, required: true, description: The app.}\n    - {name: Owner, type: Owner, required: false, description: The owner.}\nresponse:\n  fields: []\n",
    );
});

bad_spec!(a_group_that_is_neither_a_list_nor_a_mapping, |sb| {
    sb.edit(
    OP,
    "      at_least_one_of:\n        - [NickName, Marks]\n",
    "      at_least_one_of:\n        - NickName\n        - {fields: [NickName, Marks], cod: InvalidParam}\n",
)
});

bad_spec!(wire_paths_that_name_no_field, |sb| {
    sb.edit(
        OP,
        "      description: The app.\n",
        "      description: The app.\n    - name: Owner\n      type: Member\n      required: false\n      description: The owner.\n",
    );
    sb.edit(
        OP,
        "request:\n  fields:\n",
        "request:\n  constraints:\n    required_when:\n      - field: Mode\n        when: {field: Owner.NickNam}\n      - field: Mode\n        when: {field: Ownr.NickName}\n    mutually_exclusive:\n      - [Mode, Owner.Marks.First]\n  fields:\n",
    );
});

bad_spec!(a_wire_path_through_a_list, |sb| {
    sb.edit(
    OP,
    "request:\n  fields:\n",
    "request:\n  constraints:\n    forbidden_when:\n      - field: Mode\n        when: {field: Members.UserId, equals: 7}\n  fields:\n",
)
});

bad_spec!(nested_rules_that_decide_nothing_or_do_not_fit, |sb| {
    sb.edit(
        OP,
        "      description: The app.\n",
        "      description: The app.\n    - name: Owner\n      type: Member\n      required: true\n      description: The owner.\n",
    );
    sb.edit(
        OP,
        "request:\n  fields:\n",
        "request:\n  constraints:\n    required_when:\n      - field: Owner.UserId\n        when: {field: Mode, equals: 1}\n      - field: Mode\n        when: {field: Owner.UserId, equals: seven}\n    at_least_one_of:\n      - [Mode, Owner.UserId]\n  fields:\n",
    );
});

bad_spec!(a_wire_path_too_long_to_follow, |sb| {
    // `Member` holds a `Member`, so a path may go on as far as it likes; 20,000 segments get a
    // diagnostic, never 20,000 nested closures.
    sb.edit(
        OP,
        "        description: A nickname.\n",
        "        description: A nickname.\n      - name: Next\n        type: Member\n        required: false\n        description: The next member.\n",
    );
    sb.edit(
        OP,
        "      description: The app.\n",
        "      description: The app.\n    - name: Owner\n      type: Member\n      required: false\n      description: The owner.\n",
    );
    let deep = format!("Owner{}.NickName", ".Next".repeat(20_000));
    sb.edit(
        OP,
        "request:\n  fields:\n",
        &format!("request:\n  constraints:\n    required_when:\n      - field: Mode\n        when: {{field: {deep}}}\n  fields:\n"),
    );
});

/// The fixture's operation with fields to page by: `Seq` (i64), `Offset` (i32), `Next` and
/// `Name` (strings), all optional, in the request; `Members` (`list<Member>`), `Next`, `Name`
/// (strings), `State`, `Count` (i32) and `More` (bool) beside `Failed` in the response; and
/// the `pagination` given.
fn paged(sb: &Sandbox, pagination: &str) {
    let optional = |name: &str, ty: &str| {
        format!("    - name: {name}\n      type: {ty}\n      required: false\n      description: {name}.\n")
    };
    let request: String = [
        ("Seq", "i64"),
        ("Offset", "i32"),
        ("Next", "string"),
        ("Name", "string"),
    ]
    .iter()
    .map(|(n, t)| optional(n, t))
    .collect();
    let response: String = [
        ("Members", "list<Member>"),
        ("Next", "string"),
        ("Name", "string"),
        ("State", "i32"),
        ("Count", "i32"),
        ("More", "bool"),
    ]
    .iter()
    .map(|(n, t)| optional(n, t))
    .collect();
    sb.edit(
        OP,
        "      description: The app.\n",
        &format!("      description: The app.\n{request}"),
    );
    sb.edit(
        OP,
        "response:\n  fields:\n",
        &format!("pagination:\n{pagination}response:\n  fields:\n{response}"),
    );
}

bad_spec!(
    paging_styles_out_of_order_or_chosen_by_conditions_that_cannot_be_evaluated,
    |sb| {
        paged(
        sb,
        "  - {style: offset, request_field: Offset, items: Failed, end: {total: Count}}
  - style: token
    when: {field: AppId}
    request_field: Next
    response_field: Next
    items: Failed
    end: {end_value: \"\"}
  - style: token
    when: {field: Nxt, equals: 1}
    request_field: Next
    response_field: Next
    items: Failed
    end: {end_value: \"\"}
  - style: token
    when: {field: Mode, equals: x}
    request_field: Next
    response_field: Next
    items: Failed
    end: {end_value: \"\"}
  - {style: offset, when: {field: Offset}, request_field: Offset, items: Failed, end: {total: Count}}
",
    );
    }
);

bad_spec!(a_paging_condition_on_a_path_through_a_list, |sb| {
    // Wire paths are followed once every type is built, as the request's own rules' are.
    paged(
        sb,
        "  - {style: token, when: {field: Members.UserId}, request_field: Next, response_field: Next, items: Failed, end: {end_value: \"\"}}
  - {style: offset, request_field: Offset, items: Failed, end: {total: Count}}
",
    );
});

bad_spec!(carried_fields_that_do_not_fit, |sb| {
    // The position itself, a source of another type, a field that does not exist, and one
    // request field carried twice; `Name` from `Name` is fine.
    paged(
        sb,
        "  style: token
  request_field: Next
  response_field: Next
  items: Failed
  end: {end_value: \"\"}
  carry:
    - {request_field: Next, response_field: Name}
    - {request_field: Name, response_field: State}
    - {request_field: Seq, response_field: Sequence}
    - {request_field: Name, response_field: Name}
    - {request_field: Name, response_field: Next}
",
    );
});

bad_spec!(a_single_paging_style_with_a_condition, |sb| {
    paged(
        sb,
        "  style: offset\n  when: {field: Offset}\n  request_field: Offset\n  items: Failed\n  end: {total: Count}\n",
    );
});

bad_spec!(a_total_that_is_not_an_offset_walks_count, |sb| {
    paged(
        sb,
        "  - {style: cursor, when: {field: Seq}, request_field: Offset, response_field: Count, items: Failed, end: {total: Count}}
  - {style: offset, when: {field: Next}, request_field: Offset, items: Failed, end: {total: Name}}
  - {style: offset, request_field: Offset, items: Failed, end: {total: Totl}}
",
    );
});

bad_spec!(a_position_from_items_given_twice_or_going_back, |sb| {
    paged(
        sb,
        "  - {style: sequence, when: {field: Seq}, request_field: Seq, response_field: Count, next_from_items: {min: UserId}, items: Members, end: {has_more: More}}
  - {style: sequence, when: {field: Seq, equals: 3}, request_field: Seq, next_from_items: {min: UserId, max: UserId}, items: Members, end: {has_more: More}}
  - {style: sequence, when: {field: Seq, equals: 4}, request_field: Seq, next_from_items: {add: -1}, items: Members, end: {has_more: More}}
  - {style: sequence, when: {field: Seq, equals: 5}, request_field: Seq, next_from_items: {min: UserId, add: 1}, items: Members, end: {has_more: More}}
  - {style: sequence, when: {field: Next}, request_field: Name, next_from_items: {max: UserId}, items: Members, end: {has_more: More}}
  - {style: offset, when: {field: Name}, request_field: Offset, next_from_items: {min: UserId}, items: Members, end: {has_more: More}}
  - {style: sequence, request_field: Seq, items: Members, end: {has_more: More}}
",
    );
});

bad_spec!(
    a_position_from_items_that_have_no_such_integer_field,
    |sb| {
        paged(
        sb,
        "  - {style: sequence, when: {field: Seq}, request_field: Seq, next_from_items: {min: UserId, add: -1}, items: Failed, end: {has_more: More}}
  - {style: sequence, when: {field: Mode, equals: 2}, request_field: Seq, next_from_items: {max: UserID}, items: Members, end: {has_more: More}}
  - {style: sequence, request_field: Seq, next_from_items: {min: NickName}, items: Members, end: {has_more: More}}
",
    );
    }
);

bad_spec!(an_end_flag_whose_values_do_not_fit_or_overlap, |sb| {
    paged(
        sb,
        "  - {style: token, when: {field: Next}, request_field: Next, response_field: Next, items: Failed, end: {flag: {field: More, more: [false], done: [true]}}}
  - {style: offset, when: {field: Offset}, request_field: Offset, items: Failed, end: {flag: {field: State, more: [0, \"1\"], done: [0, 2]}}}
  - {style: offset, request_field: Offset, items: Failed, end: {flag: {field: Stat, more: [], done: []}}}
",
    );
});

bad_spec!(required_in_requests_on_shapes_that_travel_one_way, |sb| {
    // An operation's request is only sent, its response and the envelope only read:
    // `required: request` means nothing more there than `true` or `false`.
    sb.edit(
        OP,
        "      required: false\n      default: 1\n",
        "      required: request\n      default: 1\n",
    );
    sb.edit(
        OP,
        "      required: false\n      description: Members that failed.\n",
        "      required: request\n      description: Members that failed.\n",
    );
    sb.edit(
        SERVICE,
        "      type: Meta\n      required: true\n",
        "      type: Meta\n      required: request\n",
    );
});

bad_spec!(a_misspelled_or_mistyped_direction, |sb| {
    sb.edit(
        OP,
        "        type: i64\n        required: true\n        description: The member.\n",
        "        type: i64\n        required: requets\n        description: The member.\n",
    );
    sb.edit(
        OP,
        "      required: false\n      default: 1\n",
        "      required: 1\n      default: 1\n",
    );
});

bad_spec!(rules_on_fields_required_in_requests_decide_nothing, |sb| {
    // `Member` is a named type, so `required: request` is meaningful on it; but the rules
    // across fields are checked on requests, where such a field is always there.
    sb.edit(
        OP,
        "        type: string\n        required: false\n        description: A nickname.\n",
        "        type: string\n        required: request\n        description: A nickname.\n",
    );
    sb.edit(
        OP,
        "      description: The app.\n",
        "      description: The app.\n    - name: Owner\n      type: Member\n      required: true\n      description: The owner.\n",
    );
    sb.edit(
        OP,
        "request:\n  fields:\n",
        "request:\n  constraints:\n    forbidden_when:\n      - field: Owner.NickName\n        when: {field: Mode, equals: 1}\n  fields:\n",
    );
});

bad_spec!(
    a_request_example_without_a_field_required_in_requests,
    |sb| {
        sb.edit(
            OP,
            "        type: i64\n        required: true\n        description: The member.\n",
            "        type: i64\n        required: request\n        description: The member.\n",
        );
        sb.edit(
            OP,
            r#"{"AppId": 1, "Members": [{"UserId": 7, "Marks": [1000]}], "Mode": 1}"#,
            r#"{"AppId": 1, "Members": [{"Marks": [1000]}], "Mode": 1}"#,
        );
    }
);

bad_spec!(values_that_are_not_the_enums_or_are_listed_twice, |sb| {
    // `Mode` is 1 (Add) or 2 (Delete); its default is 1.
    sb.edit(
        OP,
        "      default: 1\n      description: How marks are applied.\n",
        "      default: 1\n      description: How marks are applied.\n      constraints:\n        values: [2, 3, 2]\n",
    );
});

bad_spec!(values_on_what_is_no_enum_or_leaving_nothing_out, |sb| {
    sb.edit(
        OP,
        "      default: 1\n      description: How marks are applied.\n",
        "      default: 1\n      description: How marks are applied.\n      constraints:\n        values: [1, 2]\n    - name: Modes\n      type: list<Mode>\n      required: false\n      description: Modes.\n      constraints:\n        values: [1]\n    - name: Never\n      type: Mode\n      required: false\n      description: No mode.\n      constraints:\n        values: []\n",
    );
    sb.edit(
        OP,
        "      required: true\n      description: The app.\n",
        "      required: true\n      description: The app.\n      constraints:\n        values: [1]\n",
    );
});

bad_spec!(values_beside_unknown_as, |sb| {
    sb.edit(
        OP,
        "      default: 1\n      description: How marks are applied.\n",
        "      default: 1\n      unknown_as: 1\n      description: How marks are applied.\n      constraints:\n        values: [1]\n",
    );
});

bad_spec!(a_default_outside_the_fields_values, |sb| {
    sb.edit(
        OP,
        "      default: 1\n      description: How marks are applied.\n",
        "      default: 1\n      description: How marks are applied.\n      constraints:\n        values: [2]\n",
    );
});

bad_spec!(a_payload_on_error_that_is_no_object, |sb| {
    sb.edit(
        OP,
        "response:\n  fields:\n",
        "envelope:\n  payload_on_error: [1]\nresponse:\n  fields:\n",
    );
});
bad_spec!(a_class_limit_on_values_its_enum_does_not_have, |sb| {
    // `Mode` is an integer enum of 1 (`Add`) and 2 (`Delete`): 7 is none of them, a name is
    // not a wire value, and a string is not an i32.
    sb.edit(
        OP,
        "request:\n",
        "class_limits:\n  - class: bulk\n    requests: 5\n    per: second\n    when: {field: Mode, in: [1, 7]}\n  - class: adds\n    requests: 5\n    per: second\n    when: {field: Mode, equals: Add}\n  - class: wide\n    requests: 5\n    per: second\n    when: {field: AppId, in: [1, \"2\"]}\nrequest:\n",
    )
});

bad_spec!(
    a_class_limit_whose_in_is_not_a_list_of_several_values,
    |sb| {
        sb.edit(
        OP,
        "request:\n",
        "class_limits:\n  - class: none\n    requests: 5\n    per: second\n    when: {field: Mode, in: []}\n  - class: one\n    requests: 5\n    per: second\n    when: {field: Mode, in: [1]}\n  - class: both\n    requests: 5\n    per: second\n    when: {field: Mode, equals: 1, in: [1, 2]}\n  - class: twice\n    requests: 5\n    per: second\n    when: {field: Mode, in: [2, 2]}\nrequest:\n",
    )
    }
);

bad_spec!(
    a_class_limit_with_an_empty_state_or_dropping_a_paged_read,
    |sb| {
        sb.edit(
        OP,
        "request:\n",
        "class_limits:\n  - class: live\n    requests: 5\n    per: second\n    when: {field: Mode, equals: 1}\n    state: \" \"\n    overflow: drop\n  - class: sideways\n    requests: 5\n    per: second\n    when: {field: Mode, equals: 2}\n    overflow: discard\npagination:\n  style: offset\n  request_field: Offset\n  items: Failed\n  end: {total: Total}\nrequest:\n",
    );
        sb.edit(
        OP,
        "      description: How marks are applied.\nresponse:\n  fields:\n",
        "      description: How marks are applied.\n    - name: Offset\n      type: i32\n      required: false\n      description: Where to start.\nresponse:\n  fields:\n    - name: Total\n      type: i32\n      required: true\n      description: How many.\n",
    );
    }
);
/// Adds type definitions to the operation file's `types`.
fn add_types(sb: &Sandbox, types: &str) {
    sb.edit(OP, "rules:\n", &format!("{types}rules:\n"));
}

bad_spec!(a_refinement_of_an_unknown_type_or_of_an_enum, |sb| {
    add_types(
        sb,
        "  - name: StoredMember\n    refines: Membr\n    description: A member as stored.\n  - name: StoredMode\n    refines: Mode\n    description: A mode as stored.\n",
    );
});

bad_spec!(
    a_refinement_changes_a_field_its_base_lacks_and_adds_one_it_has,
    |sb| {
        add_types(
            sb,
            "  - name: StoredMember\n    refines: Member\n    description: A member as stored.\n    fields:\n      - {name: UserId, type: i64, required: false, description: Again.}\n    changes:\n      - {name: Nick, required: false}\n    variants:\n      - {tag: x, type: Member}\n",
        );
    }
);

bad_spec!(a_refinement_changes_a_type_incompatibly, |sb| {
    add_types(
        sb,
        "  - name: StoredMember\n    refines: Member\n    description: A member as stored.\n    changes:\n      - {name: UserId, type: string}\n      - {name: Marks, type: list<Meta>}\n",
    );
});

bad_spec!(refinements_in_a_cycle, |sb| {
    add_types(
        sb,
        "  - name: StoredMember\n    refines: OldMember\n    description: A member as stored.\n  - name: OldMember\n    refines: StoredMember\n    description: A member as stored long ago.\n",
    );
});

bad_spec!(
    a_union_refinement_with_an_unknown_tag_or_an_unrelated_type,
    |sb| {
        add_types(
        sb,
        "  - name: Entry\n    description: An entry.\n    union:\n      tag: Kind\n      content: Body\n      variants:\n        - {tag: member, name: Member, type: Member, description: A member.}\n  - name: StoredEntry\n    refines: Entry\n    description: An entry as stored.\n    changes:\n      - {name: Kind, required: false}\n    variants:\n      - {tag: membr, type: Member}\n      - {tag: member, type: Meta}\n",
    );
    }
);

bad_spec!(applies_to_with_a_limit_that_reaches_nothing, |sb| {
    sb.edit(
    OP,
    "rate_limit:\n",
    "applies_to:\n  what: group type\n  values:\n    - Public\n    - {value: AVChatRoom, limit: {max: 0, of: members, description: None.}}\n    - {value: Public, limit: {max: 300, of: \" \", description: The first 300.}}\n    - {value: Community, limit: {max: 10, of: members, description: Ten., unit: seconds}}\nrate_limit:\n",
)
});

bad_spec!(a_refinement_in_a_type_file_and_one_chain_too_long, |sb| {
    sb.write(
        "demo/types/stored_member.yaml",
        "name: StoredMember\nrefines: Member\ndescription: A member as stored.\nchanges:\n  - name: Marks\n    type: map<string,i64>\n",
    );
    // 34 refinements in a row: the chain is refused once it passes 32.
    let mut chain = String::new();
    for i in 1..=34 {
        let base = if i == 1 {
            "Member".to_owned()
        } else {
            format!("Member{}", i - 1)
        };
        chain.push_str(&format!(
            "  - {{name: Member{i}, refines: {base}, description: A member again.}}\n"
        ));
    }
    add_types(sb, &chain);
});

#[test]
fn a_payload_on_error_naming_a_flattened_envelopes_own_field() {
    // Tencent's envelope sits beside the payload: a failure's `ErrorCode` is the server's to
    // write, never the page's fixed value.
    insta::assert_snapshot!(
        "a_payload_on_error_naming_a_flattened_envelopes_own_field",
        reject_in(Sandbox::new(), |sb| sb.edit(
            "tencent-chat/add_group_member.yaml",
            "\nresponse:\n",
            "\nenvelope:\n  payload_on_error: {ErrorCode: 0, MemberList: []}\nresponse:\n",
        ))
    );
}
