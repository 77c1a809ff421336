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
    let sb = Sandbox::fixture("base");
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

bad_spec!(default_on_a_required_field, |sb| sb.edit(
    OP,
    "      type: i32\n      required: true\n",
    "      type: i32\n      required: true\n      default: 5\n"
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
