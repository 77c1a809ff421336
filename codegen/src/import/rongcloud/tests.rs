//! The RongCloud page reader's tests, each on a short page written for it.

use super::*;

#[test]
fn paths_are_read_from_the_method_line() {
    assert_eq!(
        path_in("POST: https://data center domain/user/info.json").as_deref(),
        Some("user/info.json")
    );
    assert_eq!(
        path_in("POST /group/user/gag/add.json HTTP/1.1").as_deref(),
        Some("group/user/gag/add.json")
    );
    assert_eq!(
        path_in("请求地址: https://api.rong-api.com/group/sync.json").as_deref(),
        Some("group/sync.json")
    );
    assert_eq!(path_in("POST: https://host/info.json"), None);
    // A host in Chinese: the path starts after a character of several bytes.
    assert_eq!(
        path_in("请求地址: https://数据中心域名/group/user/gag/add.json").as_deref(),
        Some("group/user/gag/add.json")
    );
    assert_eq!(path_in("no path here"), None);
    assert_eq!(name_of("user/block/query.json"), "UserBlockQuery");
}

#[test]
fn form_bodies_become_objects() {
    let mut d = Draft::default();
    let v = form_example(
        &mut d,
        "userId=2014&group[10001]=Test%20One&group[10002]=Two&userId=2015&name=a+b",
        1,
    )
    .unwrap();
    assert_eq!(
        v,
        serde_json::json!({"userId": ["2014", "2015"], "group": {"10001": "Test One", "10002": "Two"}, "name": "a b"})
    );
    assert!(form_example(&mut d, "a=%E0%A4", 2).is_none());
    assert!(!d.todo.is_empty());
    assert_eq!(percent_decode("%4"), Some("%4".to_owned()));
}

/// A page in RongCloud's form around `body` (tables, examples), with its method line.
fn page(body: &str) -> Draft {
    let text = format!(
        "Query\nQueries things.\nRequest Method\nPOST: https://data center domain/user/block/query.json\n\
         Rate Limit: 100 requests per second\n{body}"
    );
    read(&text)
}

fn field<'d>(fields: &'d [DField], name: &str) -> &'d DField {
    fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field `{name}`"))
}

fn has_todo(d: &Draft, part: &str) -> bool {
    d.todo.iter().any(|(w, _)| w.contains(part))
}

#[test]
fn response_tables_have_no_required_column_and_fields_the_examples_all_have_are_required() {
    let d = page(
        "Body Parameters\n\
         Parameter | Type | Description |\n\
         ---|---|---|\n\
         page | Int | Page. |\n\
         Request Example\n\
         page=1\n\
         Response\n\
         Return Value | Return Type | Description |\n\
         ---|---|---|\n\
         code | Int | Return code. |\n\
         total | Int | Count. |\n\
         note | String | A note. |\n\
         Response Example\n\
         {\"code\":200,\"total\":3}\n\
         返回结果\n\
         返回值 | 返回类型 | 说明 |\n\
         ---|---|---|\n\
         code | Int | 返回码。 |\n\
         返回结果示例\n\
         {\"code\":200,\"total\":4,\"note\":\"x\"}\n",
    );
    let required_column: Vec<usize> = d
        .todo
        .iter()
        .filter(|(w, _)| w.contains("no required column"))
        .map(|(_, l)| *l)
        .collect();
    // The request table's todo stays; the response tables raise none.
    assert_eq!(required_column, vec![7], "{:?}", d.todo);
    assert!(field(&d.response, "total").required);
    assert!(!field(&d.response, "note").required);
    assert!(d.response.iter().all(|f| f.name != "code"));
    assert!(!has_todo(&d, "`note`"), "{:?}", d.todo);
}

#[test]
fn rows_of_a_lists_items_become_an_item_type() {
    // `users[i].field` rows.
    let d = page(
        "Response\n\
         Return Value | Type | Description |\n\
         ---|---|---|\n\
         code | Number | Return code. |\n\
         users | Array | Banned users. |\n\
         users[i].userId | String | Banned user ID. |\n\
         users[i].blockEndTime | String | Ban end time. |\n\
         Response Example\n\
         {\"code\":200,\"users\":[{\"userId\":\"a\",\"blockEndTime\":\"t\"},{\"userId\":\"b\"}]}\n",
    );
    let users = field(&d.response, "users");
    assert_eq!(users.ty, "list<UsersItem>");
    assert!(users.required);
    assert_eq!(d.response.len(), 1);
    assert_eq!(d.types.len(), 1, "{:?}", d.types);
    let t = &d.types[0];
    assert_eq!(t.name, "UsersItem");
    let id = field(&t.fields, "userId");
    assert!(id.required);
    assert_eq!(id.description, "Banned user ID.");
    assert_eq!(id.example, Some(Value::from("a")));
    assert!(!field(&t.fields, "blockEndTime").required);
    assert!(!has_todo(&d, "no wire name"), "{:?}", d.todo);
    assert!(!has_todo(&d, "no table describes"), "{:?}", d.todo);

    // A list row followed by rows naming its items' fields, shown by the example.
    let d = page(
        "Response\n\
         Return Value | Type | Description |\n\
         ---|---|---|\n\
         code | Int | Return code. |\n\
         users | String | Array of group members. |\n\
         id | String | User ID of the group member. |\n\
         Response Example\n\
         {\"code\":200,\"users\":[{\"id\":\"10001\"}]}\n",
    );
    assert_eq!(field(&d.response, "users").ty, "list<UsersItem>");
    assert_eq!(
        field(&d.response, "users").doc_type.as_deref(),
        Some("String")
    );
    assert!(d.response.iter().all(|f| f.name != "id"));
    assert!(field(&d.types[0].fields, "id").required);
    assert_eq!(
        d.todo,
        [(
            "the page has no request example with a form body".to_owned(),
            0
        )]
    );

    // Without a response example the rows after the list are its items', with a todo; a
    // field the example has at the top level stays there.
    let d = page(
        "Response\n\
         Return Value | Type | Description |\n\
         ---|---|---|\n\
         groups | String | An array of groups the user has joined. |\n\
         name | String | Group name. |\n\
         id | String | Group ID. |\n",
    );
    assert_eq!(field(&d.response, "groups").ty, "list<GroupsItem>");
    assert_eq!(d.types[0].fields.len(), 2);
    assert!(has_todo(&d, "`name` follows the list `groups`"));
    let d = page(
        "Response\n\
         Return Value | Type | Description |\n\
         ---|---|---|\n\
         groups | Array | Groups. |\n\
         name | String | Group name. |\n\
         total | Int | Count. |\n\
         Response Example\n\
         {\"code\":200,\"groups\":[{\"name\":\"g\"}],\"total\":1}\n",
    );
    assert_eq!(
        d.types[0]
            .fields
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>(),
        ["name"]
    );
    assert!(field(&d.response, "total").required);
}

#[test]
fn a_bracketed_key_row_is_a_map() {
    let d = page(
        "Body Parameters\n\
         Parameter | Type | Required | Description |\n\
         ---|---|---|---|\n\
         userId | String | Yes | User. |\n\
         group[id]=name | String | No | The user's groups. |\n\
         Request Example\n\
         userId=2014&group[10001]=One&group[10002]=Two\n\
         Response Example\n\
         {\"code\":200}\n",
    );
    let group = field(&d.request, "group");
    assert_eq!(group.ty, "map<string,string>");
    assert!(!group.required);
    assert_eq!(group.doc_type.as_deref(), Some("String"));
    assert_eq!(
        group.example,
        Some(serde_json::json!({"10001": "One", "10002": "Two"}))
    );
    assert!(d.types.is_empty(), "{:?}", d.types);
    assert!(d.todo.is_empty(), "{:?}", d.todo);
    assert_eq!(
        row_name("users[i].id"),
        RowName::Item {
            list: "users".into(),
            field: "id".into()
        }
    );
    assert_eq!(row_name("group[id]=name"), RowName::Map("group".into()));
    assert_eq!(row_name("group[id]"), RowName::Field);
    assert_eq!(row_name("plain"), RowName::Field);
}

#[test]
fn a_table_copied_twice_gives_one_field_each_with_the_facts_of_both() {
    let d = page(
        "Body Parameters\n\
         Parameter | Type | Required | Description |\n\
         ---|---|---|---|\n\
         userId | String | Yes | User ID. |\n\
         name | String | ? | |\n\
         Request Example\n\
         userId=1&name=a\n\
         Response Example\n\
         {\"code\":200}\n\
         # ALSO FROM (zh, same path): https://docs.rongcloud.cn/x\n\
         请求参数\n\
         参数 | 类型 | 必填 | 说明 |\n\
         ---|---|---|---|\n\
         userId | String | 否 | 用户 ID。 |\n\
         name | String | 否 | 名称,最长 64 个字符。 |\n\
         extra | String | 否 | 附加。 |\n\
         请求示例\n\
         userId=1&name=a\n\
         返回结果示例\n\
         {\"code\":200}\n",
    );
    assert_eq!(
        d.request
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>(),
        ["userId", "name", "extra"]
    );
    let user = field(&d.request, "userId");
    assert!(user.required);
    assert_eq!((user.description.as_str(), user.line), ("User ID.", 9));
    let name = field(&d.request, "name");
    assert!(name.required_stated && !name.required);
    assert_eq!(
        (name.description.as_str(), name.line),
        ("名称,最长 64 个字符。", 10)
    );
    assert!(
        !d.todo.iter().any(|(_, l)| [19, 20].contains(l)),
        "{:?}",
        d.todo
    );
    assert!(!has_todo(&d, "required cell"), "{:?}", d.todo);
    assert!(!has_todo(&d, "no description"), "{:?}", d.todo);
    assert_eq!(d.examples.len(), 1);
    assert!(d.examples[0].response.is_some());
}

#[test]
fn a_cut_form_body_is_no_example() {
    let cut = "Request Example\n\
         userId=BWSZ\n\
         \n\
         # [page text cut here by the search tool]\n";
    let d = page(cut);
    assert!(d.examples.is_empty());
    assert!(has_todo(&d, "form body is cut"), "{:?}", d.todo);
    assert!(!has_todo(&d, "no request example"), "{:?}", d.todo);
    let d = page("Request Example\nuserId=test1&u\n");
    assert!(d.examples.is_empty());
    assert!(d.request.is_empty());
    assert!(has_todo(&d, "its last pair has no `=`"), "{:?}", d.todo);
    // A whole body, and a note that says nothing of a cut, are read.
    let d = page("Request Example\nuserId=a&time=1\n# ALSO FROM elsewhere\n");
    assert_eq!(d.examples.len(), 1);
    assert!(!has_todo(&d, "form body is cut"));
}
