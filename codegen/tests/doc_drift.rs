//! `codegen doc-drift` on the seeds: the unedited pages are in step with their spec files
//! (every difference is one the spec's `doc_notes` resolve), and each edit of a page is
//! exactly one drift item at the edited page line and the spec path of the fact it changes.

use std::path::{Path, PathBuf};

use codegen::import::drift::{self, Item};
use codegen::spec::load::LoadedService;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_path_buf()
}

fn services() -> Vec<LoadedService> {
    let (services, diags) = codegen::spec::load::load(&repo().join("spec"));
    assert!(diags.is_empty(), "{diags:?}");
    services
}

fn page(seed: &str) -> String {
    std::fs::read_to_string(repo().join("../shared/seeds").join(seed)).expect("seed")
}

fn drift_items(seed: &str, text: &str, services: &[LoadedService]) -> Vec<Item> {
    let (_, items) = drift::run(seed, text, services).expect("the page compares");
    items.into_iter().filter(|i| !i.noted).collect()
}

const S000: &str = "000_4379b6a4d8acc11d.txt";
const S001: &str = "001_1d69801c7d866c96.txt";
const S002: &str = "002_58160e25f35e982e.txt";
const S003: &str = "003_e59f0db671157365.txt";
const S004: &str = "004_ba3295fb0df4b5b3.txt";

#[test]
fn the_unedited_seeds_are_in_step() {
    let services = services();
    for entry in std::fs::read_dir(repo().join("../shared/seeds"))
        .expect("seeds")
        .flatten()
    {
        let seed = entry.file_name().to_string_lossy().into_owned();
        let items = drift_items(&seed, &page(&seed), &services);
        assert!(items.is_empty(), "{seed}: {items:#?}");
    }
}

/// An edit: what it is, the text replaced and its replacement (`\n` at the start of `to`
/// inserts a line), the page line and the spec path of the one item it must give (`""`: a
/// fact the spec does not have).
type Edit = (
    &'static str,
    &'static str,
    &'static str,
    usize,
    &'static str,
);

fn check_edits(seed: &str, edits: &[Edit]) {
    let services = services();
    let original = page(seed);
    let mut all = original.clone();
    for (what, from, to, line, path) in edits {
        assert!(original.contains(from), "{what}: the page has no {from:?}");
        let edited = original.replacen(from, to, 1);
        assert!(all.contains(from), "{what}: an earlier edit took {from:?}");
        all = all.replacen(from, to, 1);
        let items = drift_items(seed, &edited, &services);
        assert_eq!(items.len(), 1, "{what}: {items:#?}");
        assert_eq!(
            (items[0].line, items[0].spec_path.as_str()),
            (*line, *path),
            "{what}: {:#?}",
            items[0]
        );
    }
    // All at once: one item each (an inserted line moves the lines after it, so only the
    // count is compared).
    let items = drift_items(seed, &all, &services);
    assert_eq!(items.len(), edits.len(), "{items:#?}");
}

#[test]
fn each_edit_of_the_tencent_seed_is_one_drift_item() {
    check_edits(
        S004,
        &[
            ("a limit changed", "Up to 500 accounts", "Up to 50 accounts", 41, "request.fields[2].constraints.max_items"),
            ("the rate limit changed", "200 calls per second", "100 calls per second", 31, "rate_limit"),
            (
                "an example changed",
                "{\"GroupId\": \"@TGS#a6I4ZUUGO\",\"CommandType\": 2,",
                "{\"GroupId\": \"@TGS#a6I4ZUUGO\",\"CommandType\": 3,",
                36,
                "examples[1].request",
            ),
            ("a field added", "MemberList | Array | Yes |", "Random | Integer | No | A random number. |\nMemberList | Array | Yes |", 41, ""),
            ("a required flag changed", "GroupId | String | Yes |", "GroupId | String | No |", 39, "request.fields[0].required"),
            ("a type changed", "CommandType | Integer | Yes |", "CommandType | String | Yes |", 40, "request.fields[1].type"),
            (
                "an error code added",
                "10015 | The group ID is invalid. Please check the group ID. |",
                "10015 | The group ID is invalid. Please check the group ID. |\n10016 | Too many marks. |",
                69,
                "",
            ),
            (
                "an error code removed",
                "10003 | The request command is invalid. Try again or contact technical support. |\n",
                "",
                0,
                "errors[2]",
            ),
            ("an error description changed", "The group does not exist or has been deleted.", "The group does not exist.", 67, "errors[5]"),
            (
                "a new example",
                "Request fields\n",
                "Cancel mark 1002 for member \"teacher11\":\n{\"GroupId\": \"@TGS#a6I4ZUUGO\",\"CommandType\": 2,\"MemberList\": [{\"Member_Account\": \"teacher11\",\"Marks\": [1002]}]}\nRequest fields\n",
                38,
                "",
            ),
            ("an enum value added", "1 : Mark setting; 2 : Mark deletion |", "1 : Mark setting; 2 : Mark deletion; 3 : Mark reset |", 40, ""),
            (
                "a field renamed",
                "MemberList | Object | List of members",
                "Members | Object | List of members",
                49,
                "response.fields[1].name",
            ),
        ],
    );
}

#[test]
fn each_edit_of_a_volcengine_seed_is_one_drift_item() {
    check_edits(
        S001,
        &[
            (
                "a limit changed",
                "一次最多支持 10 个成员",
                "一次最多支持 20 个成员",
                36,
                "request.fields[2].constraints.max_items",
            ),
            (
                "the rate limit changed",
                "QPS 不得超过 50。",
                "QPS 不得超过 20。",
                20,
                "rate_limit",
            ),
            (
                "a default changed",
                "默认值为 `1`",
                "默认值为 `2`",
                37,
                "request.fields[3].default",
            ),
            (
                "a field example changed",
                "| `Your_AvatarUrl` |",
                "| `Their_AvatarUrl` |",
                46,
                "types[0].fields[2].example",
            ),
            (
                "a nested row removed",
                "| NickName | String | 否 | `Your_NickName` | 群成员昵称 |\n",
                "",
                0,
                "types[0].fields[3].type",
            ),
            (
                "a response example changed",
                "\"Message\": \"participant not in conversation\"",
                "\"Message\": \"not a participant\"",
                104,
                "examples[0].response",
            ),
            (
                "a field added",
                "| MarkAction | Integer |",
                "| Silent | Bool | 否 | `false` | 静默更新 |\n| MarkAction | Integer |",
                37,
                "",
            ),
            (
                "an enum value added",
                "|  |  |  |  | `2`：删除 |",
                "|  |  |  |  | `2`：删除 |\\\n|  |  |  |  | `3`：替换 |",
                37,
                "",
            ),
            (
                "an enum value renamed",
                "`2`：删除",
                "`2`：移除",
                37,
                "types[1].enum.values[1]",
            ),
            (
                "an enum value changed",
                "`1`：添加",
                "`3`：添加",
                37,
                "types[1].enum.values[0]",
            ),
            (
                "a field renamed",
                "| ConversationShortId | Long |",
                "| ConversationId | Long |",
                35,
                "request.fields[1].name",
            ),
        ],
    );
}

#[test]
fn each_edit_of_the_first_volcengine_seed_is_one_drift_item() {
    check_edits(
        S000,
        &[
            (
                "the rate limit changed",
                "QPS 不得超过 50。",
                "QPS 不得超过 30。",
                17,
                "rate_limit",
            ),
            (
                "a type changed",
                "| StickTopTime | Int |",
                "| StickTopTime | String |",
                44,
                "types[0].fields[4].type",
            ),
            (
                "a required flag changed",
                "| IsStickTop | Bool | 否 |",
                "| IsStickTop | Bool | 是 |",
                43,
                "types[0].fields[3].required",
            ),
            (
                "a field example changed",
                "| SetFavoriteTime | Int | 否 |`0` |",
                "| SetFavoriteTime | Int | 否 |`5` |",
                46,
                "types[0].fields[6].example",
            ),
            (
                "a row removed",
                "| IsSetFavorite | Bool | 否 |`false`  | 是否需要修改收藏时间  |\n",
                "",
                0,
                "types[0].fields[5].type",
            ),
            (
                "a field renamed",
                "| IsMute | Bool |",
                "| IsMuted | Bool |",
                42,
                "types[0].fields[2].name",
            ),
            (
                "a field added",
                "| Ext | map-key",
                "| Tag | String | 否 | `a` | 标签 |\n| Ext | map-key",
                47,
                "",
            ),
            (
                "a default changed",
                "默认值为 `false`",
                "默认值为 `true`",
                42,
                "types[0].fields[2].default",
            ),
            (
                "values listed for a field that is no enum",
                "置顶时间戳，单位为毫秒 |",
                "置顶时间戳，单位为毫秒；`0`：取消置顶；`1`：置顶 |",
                44,
                "types[0].fields[4].type",
            ),
            (
                "a request example changed",
                "\"StickTopTime\":0",
                "\"StickTopTime\":5",
                60,
                "examples[0].request",
            ),
        ],
    );
}

#[test]
fn each_edit_of_the_participant_query_seed_is_one_drift_item() {
    check_edits(
        S002,
        &[
            (
                "the rate limit changed",
                "QPS 不得超过 100。",
                "QPS 不得超过 200。",
                18,
                "rate_limit",
            ),
            (
                "a type changed",
                "| AppId | Int | 是 |",
                "| AppId | String | 是 |",
                36,
                "request.fields[0].type",
            ),
            (
                "a field renamed",
                "| ParticipantUserIds | Array of Int |",
                "| ParticipantIds | Array of Int |",
                38,
                "request.fields[2].name",
            ),
            (
                "a field example changed",
                "`[10001,10002] `",
                "`[10001,10003] `",
                38,
                "request.fields[2].example",
            ),
            (
                "a required flag changed",
                "| ConversationShortId | Int |是 |",
                "| ConversationShortId | Int |否 |",
                37,
                "request.fields[1].required",
            ),
            (
                "a request example changed",
                "[000002,000003]",
                "[000002,000004]",
                51,
                "examples[0].request",
            ),
            (
                "a response example changed",
                "\"NickName\": \"NickName2\"",
                "\"NickName\": \"Nick2\"",
                74,
                "examples[0].response",
            ),
            (
                "a response field added",
                "| Participants |Array of",
                "| HasMore | Bool | 是否还有更多。 |\n| Participants |Array of",
                68,
                "",
            ),
        ],
    );
}

#[test]
fn each_edit_of_the_message_seed_is_one_drift_item() {
    check_edits(
        S003,
        &[
            (
                "the rate limit changed",
                "QPS 不得超过 50。",
                "QPS 不得超过 10。",
                17,
                "rate_limit",
            ),
            (
                "a row removed",
                "| MessageId | Long | 是 | `10001` | 消息 ID |\n",
                "",
                44,
                "request.fields[2].type",
            ),
            (
                "a type changed",
                "| ConversationShortId | Long |",
                "| ConversationShortId | String |",
                32,
                "request.fields[1].type",
            ),
            (
                "a field example changed",
                "| AppId | Integer | 是 | `000000` |",
                "| AppId | Integer | 是 | `000001` |",
                31,
                "request.fields[0].example",
            ),
            (
                "a required flag changed",
                "| Ext | JSON Map | 否 |",
                "| Ext | JSON Map | 是 |",
                34,
                "request.fields[3].required",
            ),
            (
                "a field renamed",
                "| Content | String |",
                "| Body | String |",
                39,
                "request.fields[4].name",
            ),
            (
                "a request example changed",
                "\"MessageId\": 10001,",
                "\"MessageId\": 10002,",
                45,
                "examples[0].request",
            ),
            (
                "a response example changed",
                "\"Action\": \"ModifyMessage\",",
                "\"Action\": \"EditMessage\",",
                57,
                "examples[0].response",
            ),
            (
                "an error table with a code added",
                "## 错误码\n",
                "## 错误码\n| 错误码 | 描述 |\n| --- | --- |\n| MessageNotFound | 消息不存在。 |\n| ConversationNotFound | 会话不存在。 |\n| MessageExpired | 消息已过期。 |\n",
                74,
                "",
            ),
        ],
    );
}

/// The command: 0 in step, 1 with drift (the item printed with its page line and spec
/// path), 2 for a page no spec file names.
#[test]
fn the_command_exits_by_drift() {
    let run = |args: &[&str], dir: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_codegen"))
            .args(args)
            .current_dir(dir)
            .output()
            .expect("run codegen")
    };
    let seeds = repo().join("../shared/seeds");
    let seed = seeds.join(S004);
    let seed = seed.to_str().expect("UTF-8");
    let out = run(&["doc-drift", seed], &repo());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let edited = dir.path().join(S004);
    std::fs::write(
        &edited,
        page(S004).replace("200 calls per second", "100 calls per second"),
    )
    .expect("write");
    let spec = repo().join("spec");
    let args = ["doc-drift", S004, "--spec", spec.to_str().expect("UTF-8")];
    let out = run(&args, dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("1 drift items")
            && stdout.contains("rate limit changed: rate_limit (page line 31): page 100 per Second, spec 200 per Second")
            && stdout.contains("modify_user_info.yaml:") && stdout.contains("(rate_limit)"),
        "{stdout}"
    );
    let out = run(&[&args[..], &["--format", "json"]].concat(), dir.path());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json[0]["items"][0]["spec_path"], "rate_limit");
    // The JSON form is stable: these keys, no others (README, `doc-drift --help`).
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
        k.sort();
        k.join(",")
    };
    assert_eq!(keys(&json[0]), "items,page,spec_file");
    assert_eq!(
        keys(&json[0]["items"][0]),
        "key,kind,line,noted,page,spec,spec_file,spec_line,spec_path"
    );

    std::fs::write(
        dir.path().join("other.txt"),
        page(S004).replace("modify_user_info", "get_marks"),
    )
    .expect("write");
    let out = run(
        &[
            "doc-drift",
            "other.txt",
            "--spec",
            spec.to_str().expect("UTF-8"),
        ],
        dir.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A field renamed on the whole page (its row and the examples) is one item: the examples are
/// read under the old name.
#[test]
fn a_field_renamed_everywhere_is_one_item() {
    let services = services();
    for (seed, old, new, line, path) in [
        (
            S002,
            "ParticipantUserIds",
            "ParticipantIds",
            38,
            "request.fields[2].name",
        ),
        (S004, "GroupId", "GroupID", 39, "request.fields[0].name"),
    ] {
        let text = page(seed);
        assert!(
            text.matches(old).count() >= 2,
            "{old}: in a row and an example"
        );
        let items = drift_items(seed, &text.replace(old, new), &services);
        assert_eq!(items.len(), 1, "{seed} {new}: {items:#?}");
        assert_eq!(
            (
                items[0].kind.as_str(),
                items[0].line,
                items[0].spec_path.as_str()
            ),
            ("field renamed", line, path)
        );
    }
}

/// A code the spec's `rules` name but its `errors` do not list (a service's common code) is
/// compared by its presence: on the page it is in step, gone from the page's error table it
/// is one item at the rule.
#[test]
fn codes_named_by_rules_are_compared() {
    let dir = tempfile::tempdir().expect("tempdir");
    let service = dir.path().join("tencent-chat");
    std::fs::create_dir(&service).expect("mkdir");
    for entry in std::fs::read_dir(repo().join("spec/tencent-chat"))
        .expect("spec")
        .flatten()
    {
        if entry.path().is_dir() {
            // The service's type files (`types/`), copied as they are.
            let types = service.join(entry.file_name());
            std::fs::create_dir(&types).expect("mkdir");
            for file in std::fs::read_dir(entry.path()).expect("types").flatten() {
                std::fs::copy(file.path(), types.join(file.file_name())).expect("copy");
            }
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read");
        let text = if entry.file_name() == "modify_user_info.yaml" {
            let listed = "  - code: 10007\n    description: Insufficient permission. Only the app admin or group owner can call this API.\n";
            assert!(text.contains(listed));
            text.replace(listed, "")
        } else {
            text
        };
        std::fs::write(service.join(entry.file_name()), text).expect("write");
    }
    for schema in [
        "operation.schema.json",
        "service.schema.json",
        "type.schema.json",
    ] {
        std::fs::copy(repo().join("spec").join(schema), dir.path().join(schema)).expect("copy");
    }
    let (services, diags) = codegen::spec::load::load(dir.path());
    assert!(diags.is_empty(), "{diags:?}");
    let items = drift_items(S004, &page(S004), &services);
    assert!(items.is_empty(), "{items:#?}");
    let without = page(S004).replace(
        "10007 | Insufficient permission. Only the app admin or group owner can call this API. |\n",
        "",
    );
    let items = drift_items(S004, &without, &services);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(
        (
            items[0].kind.as_str(),
            items[0].line,
            items[0].spec_path.as_str()
        ),
        ("error code removed", 0, "rules[0].error")
    );
}

/// A page file may carry its address (a `url:` line, or a first line that is only the
/// address): the page is matched to the spec file whose `source.url` (or an `also_from` url)
/// it is, before the operation's name; the line is read as empty, so page lines keep their
/// numbers; `codegen import` writes it to `source.url`.
#[test]
fn a_page_is_matched_by_its_url() {
    let services = services();
    let url = "https://www.tencentcloud.com/jp/document/product/1047/50294";
    assert_eq!(
        codegen::import::page_url(&format!("{url}\nTitle\n")),
        Some((url.to_owned(), 1))
    );
    assert_eq!(
        codegen::import::page_url(&format!("---\nis_dir: False\nurl: {url}/\n---\n")),
        Some((format!("{url}/"), 3))
    );
    assert_eq!(
        codegen::import::page_url("Title\nsee https://x.com/a\n"),
        None
    );

    // The first line replaced by the address: the same lines, in step.
    let original = page(S004);
    let (_, first) = original.split_once('\n').expect("lines");
    let saved = format!("{url}\n{first}");
    let items = drift_items("saved.txt", &saved, &services);
    assert!(items.is_empty(), "{items:#?}");
    // Another command on the page: matched by the address, not by the name.
    let other = saved.replace("modify_user_info", "get_marks");
    let items = drift_items("saved.txt", &other, &services);
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(
        (
            items[0].kind.as_str(),
            items[0].line,
            items[0].spec_path.as_str()
        ),
        ("HTTP binding changed", 19, "http.path")
    );
    // Front matter in a Volcengine page, matched through `source.url` of the seed's spec.
    let text = page(S001).replacen(
        "keywords:",
        "url: https://www.volcengine.com/docs/6348/1162951\nkeywords:",
        1,
    );
    let text = text.replace("BatchUpdateLiveParticipants", "BatchUpdateLiveMembers");
    let (file, items) = drift::run("saved.md", &text, &services).expect("compares");
    assert_eq!(
        file,
        "volcengine-rtc-im/batch_update_live_participants.yaml"
    );
    let kinds: Vec<&str> = items
        .iter()
        .filter(|i| !i.noted)
        .map(|i| i.kind.as_str())
        .collect();
    // The action, and the examples' echo of it.
    assert_eq!(
        kinds,
        ["example changed", "HTTP binding changed"],
        "{items:#?}"
    );
    // Or written above the page (`<!-- url: … -->`): in step, the title still read.
    let above = format!("<!-- url: {url} -->\n{original}");
    assert!(drift_items("saved.txt", &above, &services).is_empty());
    let draft = codegen::import::import("saved.txt", &above).expect("imports");
    assert_eq!(draft.url.as_deref(), Some(url));
    assert_eq!(
        draft.title.as_deref(),
        original.lines().next().map(str::trim)
    );
    let draft = codegen::import::import("saved.txt", &saved).expect("imports");
    assert_eq!(draft.url.as_deref(), Some(url));
    assert!(codegen::import::yaml::render(&draft).contains(&format!("  url: \"{url}\"\n")));
}

/// Hostile pages: each seed cut at every line, and without each line, compares or fails
/// with an error, never a panic.
#[test]
fn cut_pages_compare_without_panic() {
    let services = services();
    for entry in std::fs::read_dir(repo().join("../shared/seeds"))
        .expect("seeds")
        .flatten()
    {
        let seed = entry.file_name().to_string_lossy().into_owned();
        let text = page(&seed);
        let lines: Vec<&str> = text.lines().collect();
        for n in 0..lines.len() {
            let _ = drift::run(&seed, &lines[..n].join("\n"), &services);
            let mut without = lines.clone();
            without.remove(n);
            let _ = drift::run(&seed, &without.join("\n"), &services);
        }
    }
}
