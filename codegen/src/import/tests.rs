//! The importer on hostile text: no panic on any input.

use super::*;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let text = std::fs::read_to_string(e.path()).ok()?;
                    Some((e.file_name().to_string_lossy().into_owned(), text))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Imports and renders, as the command does: no panic, and a draft is always an operation
/// file the spec loader reads (plain YAML of the format's shape).
fn run(name: &str, text: &str) -> bool {
    let drafted = import(name, text);
    if let Ok(draft) = &drafted {
        let yaml = yaml::render(draft);
        if let Err(e) = serde_yaml::from_str::<crate::spec::OperationFile>(&yaml) {
            panic!("the draft of {text:?} does not read back: {e}\n{yaml}");
        }
    }
    drafted.is_ok()
}

#[test]
fn every_seed_cut_at_every_line_or_without_one_imports_without_panic() {
    for (name, text) in seeds() {
        let lines: Vec<&str> = text.lines().collect();
        for n in 0..=lines.len() {
            run(&name, &lines[..n].join("\n"));
            run(&name, &lines[n..].join("\n"));
            if n < lines.len() {
                let mut without = lines.clone();
                without.remove(n);
                run(&name, &without.join("\n"));
            }
        }
        for (at, _) in text.char_indices().step_by(7) {
            let _ = run(&name, &text[..at]);
        }
    }
}

#[test]
fn random_text_imports_without_panic() {
    // A fixed xorshift, so a failure repeats.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces = [
        "|",
        "|\\",
        "\n",
        "```",
        "```json\n",
        "{",
        "}",
        "[",
        "]",
        "\"",
        ",",
        ":",
        "0",
        "000",
        "-",
        "## 返回示例\n",
        "### Body\n",
        "Action=X",
        "v4/a/b",
        "Request fields\n",
        "Sample request\n",
        "Error Codes\n",
        "Array of [A](#a)",
        "Integer",
        "是",
        "Yes",
        "最多 ",
        "up to ",
        "`",
        "//",
        "默认值为 ",
        "é",
        "\u{0}",
        "\u{feff}",
        "---\n",
        "# ",
        "Sample response\n",
        "Object",
        "\u{85}",
        "\u{2028}",
        "\t",
        "| A | Object | 是 | `{\"k\":\"\u{85}\"}` | d |\n",
        "| --- | --- | --- | --- | --- |\n",
        "| 参数 | 类型 | 必填 | 示例值 | 描述 |\n",
        "Field | Type | Required | Description |\n",
        "{\"A\": [{\"B\": 1}]}\n",
        " | ",
        // RongCloud's form: its header, method line, tables, form bodies and saved-page notes.
        "App-Key: k\n",
        "POST: https://数据中心域名/user/info.json\n",
        "Request Example\n",
        "Response Example\n",
        "Parameter | Type | Required | Description |\n",
        "Return Value | Return Type | Description |\n",
        "users[i].id | String | d |\n",
        "group[id]=name | String | No | d |\n",
        "userId=1&userId=%E4&g[1]=x",
        "# cut here\n",
        "Rate Limit: 100 requests per second\n",
    ];
    let mut drafted = 0;
    for _ in 0..3000 {
        let len = (next() % 80) as usize;
        let mut text = String::new();
        for _ in 0..len {
            let r = next();
            if r % 3 == 0 {
                text.push(char::from_u32((r >> 8) as u32 % 0x3000).unwrap_or('x'));
            } else {
                text.push_str(pieces[(r >> 8) as usize % pieces.len()]);
            }
        }
        drafted += usize::from(run("random.txt", &text));
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        run("bytes.txt", &String::from_utf8_lossy(&bytes));
    }
    // Enough of the texts become drafts for the writer to be tried too.
    assert!(drafted > 300, "only {drafted} drafts");
}

#[test]
fn a_page_over_the_cap_is_refused() {
    let big = "a".repeat(MAX_PAGE_BYTES as usize + 1);
    assert!(import("big.txt", &big).is_err());
}

#[test]
fn the_file_name_stays_in_the_out_folder() {
    let draft = Draft {
        name: "ModifyUserInfo".into(),
        ..Draft::default()
    };
    let out = Path::new("spec/tencent-chat");
    assert_eq!(
        target(out, &draft).unwrap(),
        out.join("modify_user_info.yaml")
    );
    for bad in ["../Escape", "A/B", "", ".Hidden", "a b"] {
        let draft = Draft {
            name: bad.into(),
            ..Draft::default()
        };
        assert!(target(out, &draft).is_err(), "{bad}");
    }
}

/// A Volcengine page with what the seeds do not show: `Object of`, more type words, an
/// error code table, `//` comments, a field only the example has, an unknown type, a
/// length limit in prose.
#[test]
fn a_volcengine_page_with_every_form_of_fact() {
    let page = "---\nstatus: 1\n---\n\n你可以使用此接口标记会话。\n## 接口行为\n标记会话。\n\
## 注意事项\nQPS 不得超过 20。\n## 请求说明\n- 请求方式：**POST**\n\
- 请求地址：**https://rtc.volcengineapi.com?Action=MarkConversation&Version=2020-12-01**\n\
## 请求参数\n### Body\n| 参数 | 类型 | 是否必选 | 示例值 | 描述 |\n| --- | --- | --- | --- | --- |\n\
| AppId | Int64 | 是 | `1` | 应用 |\n| Score | Double | 否 | `1.5` | 分数，最大值为 100 |\n\
| Flags | Int[] | 否 | `[1]` | 标记 |\n| Name | String | 否 | `a` | 名字，不超过 64 |\n\
| Filter | Object of [Filter](#filter) | 是 | `-` | 过滤 |\n| Blob | 二进制 | 否 | `-` | 数据 |\n\
### Filter\n| 参数 | 类型 | 是否必选 | 示例值 | 描述 |\n| --- | --- | --- | --- | --- |\n\
| On | Boolean | 是 | `true` | 开启 |\n\
## 请求示例\n```json\n{\n  \"AppId\": 1, // 应用\n  \"Filter\": {\"On\": true},\n  \"Extra\": 1\n}\n```\n\
## 错误码\n| 错误码 | 描述 |\n| --- | --- |\n| ConversationNotFound | 会话不存在 |\n";
    let d = import("mark_conversation.md", page).expect("drafted");
    assert_eq!(
        (d.name.as_str(), d.action.as_deref()),
        ("MarkConversation", Some("MarkConversation"))
    );
    assert_eq!(d.rate_limit.as_ref().map(|r| r.0), Some(20));
    let ty = |n: &str| {
        d.request
            .iter()
            .find(|f| f.name == n)
            .map(|f| f.ty.as_str())
    };
    assert_eq!(ty("AppId"), Some("i64"));
    assert_eq!(ty("Score"), Some("f64"));
    assert_eq!(ty("Flags"), Some("list<i32>"));
    assert_eq!(ty("Filter"), Some("Filter"));
    assert_eq!(ty("Blob"), Some("?"));
    assert_eq!(ty("Extra"), Some("i64"), "added from the example");
    let score = d.request.iter().find(|f| f.name == "Score").unwrap();
    assert_eq!(
        score.constraints,
        vec![("maximum".to_owned(), serde_json::json!(100))]
    );
    assert!(score.draft.is_some());
    assert_eq!(d.types[0].fields[0].ty, "bool");
    assert_eq!(d.errors.len(), 1);
    assert_eq!(d.errors[0].code, serde_json::json!("ConversationNotFound"));
    let todo = |needle: &str| d.todo.iter().any(|(w, _)| w.contains(needle));
    assert!(todo("unknown type `二进制`"));
    assert!(todo(
        "`Extra` is in the request example but not in the table"
    ));
    assert!(todo("`//` comments stripped"));
    assert!(
        todo("`Name`"),
        "a length limit needs its unit: {:?}",
        d.todo
    );
    assert!(todo("add the page's `url`"));
    let yaml = yaml::render(&d);
    let op: crate::spec::OperationFile = serde_yaml::from_str(&yaml).expect(&yaml);
    assert_eq!(op.todo.len(), d.todo.len());
    assert_eq!(op.examples.len(), 1);
}

/// A Tencent page in Chinese: section titles, the `属性` column with 必填/选填, `次/秒`.
#[test]
fn a_tencent_page_in_chinese() {
    let page = "获取群成员标记\n功能说明\n获取直播群成员的标记。\n请求 URL 示例\n\
https://xxxxxx/v4/group_open_avchatroom_http_svc/get_members?sdkappid=88888888&identifier=admin&usersig=xxx&random=99999999&contenttype=json\n\
最高调用频率\n200次/秒\n请求包示例\n{\n  \"GroupId\": \"@TGS#a6I4ZUUGO\",\n  \"Limit\": 10\n}\n\
请求包字段说明\n字段 | 类型 | 属性 | 说明 |\nGroupId | String | 必填 | 群 ID |\nLimit | Integer | 选填 | 每页数量，最大值为 100 |\n\
应答包体示例\n{\"ActionStatus\": \"OK\", \"ErrorCode\": 0, \"ErrorInfo\": \"\", \"Total\": 3}\n\
应答包字段说明\n字段 | 类型 | 说明 |\nTotal | Integer | 总数 |\n错误码说明\n错误码 | 说明 |\n10004 | 参数非法 |\n";
    let d = import("get_members.txt", page).expect("drafted");
    assert_eq!(d.name, "GetMembers");
    assert_eq!(
        d.path.as_deref(),
        Some("group_open_avchatroom_http_svc/get_members")
    );
    assert_eq!(d.rate_limit.as_ref().map(|r| r.0), Some(200));
    assert_eq!(d.summary, "获取直播群成员的标记。");
    let f = |n: &str| d.request.iter().find(|f| f.name == n).unwrap();
    assert!(f("GroupId").required && f("GroupId").required_stated);
    assert!(!f("Limit").required && f("Limit").required_stated);
    assert_eq!(
        f("Limit").constraints,
        vec![("maximum".to_owned(), serde_json::json!(100))]
    );
    assert_eq!(f("Limit").example, Some(serde_json::json!(10)));
    assert_eq!(
        d.response.len(),
        1,
        "the envelope's fields are not the operation's"
    );
    assert_eq!(d.errors[0].code, serde_json::json!(10004));
    assert_eq!(d.examples.len(), 1);
}

/// A Tencent page whose section titles were stripped (some renderings keep only the tables,
/// the URL, the examples and the prose): sections are told by each table's header, and an
/// example by whether the request field table came before it. A synthetic page of that shape.
#[test]
fn a_tencent_page_without_section_titles() {
    let page = "群组类型 ID | 是否支持此 REST API |\nPublic | 支持 |\nAVChatRoom | 不支持 |\n\
https://xxxxxx/v4/group_open_http_svc/close_room?sdkappid=88888888&identifier=admin&usersig=xxx&random=99999999&contenttype=json\n\
参数 | 说明 |\nv4/group_open_http_svc/close_room | 请求接口 |\nrandom | 随机数 |\n\
50次/秒\n\
{\"RoomId\": \"r1\", \"Force\": 1}\n\
字段 | 类型 | 属性 | 说明 |\nRoomId | String | 必填 | 房间 ID |\nForce | Integer | 选填 | 是否强制 |\n\
{\"ActionStatus\": \"OK\",\"ErrorInfo\": \"\",\"ErrorCode\": 0,\"Closed\": 2}\n\
字段 | 类型 | 说明 |\nActionStatus | String | 结果 |\nClosed | Integer | 关闭数 |\n\
错误码 | 描述 |\n10004 | 参数非法 |\n10010 | 不存在 |\n这一页有帮助吗?\n";
    let d = import("close_room.txt", page).expect("drafted");
    assert_eq!(d.name, "CloseRoom");
    assert_eq!(d.path.as_deref(), Some("group_open_http_svc/close_room"));
    assert_eq!(d.rate_limit.as_ref().map(|r| r.0), Some(50));
    let names: Vec<&str> = d.request.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["RoomId", "Force"]);
    assert!(d.request[0].required && !d.request[1].required);
    let names: Vec<&str> = d.response.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Closed"], "the envelope is not the operation's");
    let codes: Vec<_> = d.errors.iter().map(|e| e.code.clone()).collect();
    assert_eq!(codes, [serde_json::json!(10004), serde_json::json!(10010)]);
    assert_eq!(d.examples.len(), 1, "one request and its response");
    assert!(d.examples[0].response.is_some());
    assert!(d.title.is_none(), "the closing question is not a title");
    assert!(
        d.todo.iter().any(|t| t.0.contains("group types")),
        "{:?}",
        d.todo
    );
    assert!(
        !d.todo.iter().any(|t| t.0.contains("outside the sample")),
        "{:?}",
        d.todo
    );
}

/// A flattened Tencent page joins an example's caption and the example on one line, and a copy
/// may end mid-row (no closing `|`): the example is read with its caption, the cut row is read
/// with a `todo`. A synthetic page of that shape.
#[test]
fn a_tencent_page_with_a_joined_caption_and_a_cut_row() {
    let page = "https://xxxxxx/v4/group_open_http_svc/kick_all?sdkappid=1&contenttype=json\n\
{\"RoomId\": \"r1\"}\n\
With Quiet set, nobody is told.{\"RoomId\": \"r1\", // the room\"Quiet\": 1}\n\
Field | Type | Required | Description |\nRoomId | String | Yes | The room |\n\
Quiet | Integer | No | Whether to tell nobody. 0 : tell (defau";
    let d = import("kick_all.txt", page).expect("drafted");
    assert_eq!(d.examples.len(), 2, "{:?}", d.todo);
    assert_eq!(
        d.examples[1].description.as_deref(),
        Some("With Quiet set, nobody is told.")
    );
    let names: Vec<&str> = d.request.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["RoomId", "Quiet"]);
    assert!(
        d.todo
            .iter()
            .any(|t| t.0.contains("no closing") && t.1 == 6),
        "{:?}",
        d.todo
    );
}

/// An English copy whose request table names its required column `Attribute`, keeps the
/// Markdown separators as lines of their own (`---|---|`), and states its rate in "times per
/// second": the fields are read as the request's, required or not, no separator is a field, and
/// the rate is found. A synthetic page of that shape.
#[test]
fn an_attribute_column_separator_lines_and_times_per_second() {
    let page = "https://xxxxxx/v4/group_open_http_svc/pause_room?sdkappid=1&contenttype=json\n\
Parameter | Description |\n---|---|\nv4/group_open_http_svc/pause_room | Request API |\n\
The maximum invocation frequency is 40 times per second.\n\
{\"RoomId\": \"r1\", \"Seconds\": 60}\n\
Field | Type | Attribute | Description |\n---|---|---|---|\n\
RoomId | String | Required | The room |\nSeconds | Integer | Optional | How long |\n\
{\"ActionStatus\": \"OK\", \"ErrorInfo\": \"\", \"ErrorCode\": 0}\n";
    let d = import("pause_room.txt", page).expect("drafted");
    assert_eq!(d.name, "PauseRoom");
    assert_eq!(d.rate_limit.as_ref().map(|r| r.0), Some(40));
    let names: Vec<&str> = d.request.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["RoomId", "Seconds"]);
    assert!(d.request[0].required && !d.request[1].required);
    assert!(d.response.is_empty(), "{:?}", d.response);
    for t in &d.todo {
        assert!(
            !t.0.contains("`---`"),
            "a separator read as a row: {:?}",
            d.todo
        );
        assert!(!t.0.contains("no required column"), "{:?}", d.todo);
        assert!(!t.0.contains("call frequency"), "{:?}", d.todo);
    }
}
