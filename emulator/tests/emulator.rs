//! The emulator binary, as integrators use it: the generated clients against a process on a
//! free port of 127.0.0.1. Every spec example succeeds on the example state; each documented
//! refusal comes back as the right typed error; the `Ext` merge examples of the document, the
//! mark limits and partial successes behave as documented; concurrent updates are never lost;
//! state files load (or say which line is wrong); faults and the admin endpoints work.

mod support;

use std::collections::BTreeMap;
use std::sync::Arc;

use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::{Error, HttpConfig, RetryPolicy};
use imapi_tests::registry::{self, Clients};
use imapi_tests::repo_root;
use reqwest::Method;
use serde_json::{json, Value};
use support::{file, http, Emulator, ADMIN};

fn vendor_code(e: &Error) -> (String, u16) {
    let v = e.vendor().unwrap_or_else(|| panic!("a vendor error: {e}"));
    (v.code.clone(), v.http_status)
}

/// The spec's IR, an emulator on the example state, and generated clients of it.
fn spec_and_emulator() -> (codegen::ir::Ir, Emulator, Clients) {
    let ir = codegen::build_ir(&repo_root().join("spec")).unwrap_or_else(|d| panic!("{d}"));
    // Every example in a row: the documented rate limits (GetAppidGroupList allows one call a
    // second) are tested elsewhere (tests/integration/rate_limits.rs, emulator/tests/faults.rs).
    let emulator = Emulator::start(&["--no-rate-limits"]);
    let clients = Clients {
        volcengine: emulator.volcengine(),
        tencent: emulator.tencent(),
        rongcloud: emulator.rongcloud(),
    };
    (ir, emulator, clients)
}

/// An operation of the spec, by name.
fn operation<'a>(ir: &'a codegen::ir::Ir, name: &str) -> &'a codegen::ir::Operation {
    ir.services
        .iter()
        .flat_map(|s| &s.operations)
        .find(|o| o.name == name)
        .expect("the operation is in the spec")
}

/// Operations of the spec the emulator does not emulate: the generated traits' defaults answer
/// them with the vendor's refusal for an operation not offered. When an operation is added to
/// the spec, the test below lists it until it is emulated (or added here, knowingly).
const NOT_EMULATED: &[&str] = &[];

#[tokio::test]
async fn the_emulator_says_which_operations_it_does_not_emulate() {
    let (ir, _emulator, clients) = spec_and_emulator();
    let mut not_emulated = Vec::new();
    let mut without_example = Vec::new();
    for entry in registry::all() {
        let op = operation(&ir, entry.name);
        let Some(request) = op.examples.iter().find_map(|e| e.request.clone()) else {
            without_example.push(entry.name);
            continue;
        };
        if let Err(e) = (entry.call)(&clients, request).await {
            if e.vendor()
                .is_some_and(|v| v.message.contains("is not implemented"))
            {
                not_emulated.push(entry.name);
            }
        }
    }
    assert_eq!(
        not_emulated, NOT_EMULATED,
        "operations the emulator answers as not implemented: emulate them in emulator/src/<vendor>.rs, or list them in NOT_EMULATED"
    );
    assert!(
        without_example.is_empty(),
        "operations without a request example, which this test cannot call: {without_example:?}"
    );
}

#[tokio::test]
async fn every_spec_example_succeeds_on_the_example_state() {
    let (ir, emulator, clients) = spec_and_emulator();
    let mut sent = 0;
    for entry in registry::all()
        .into_iter()
        .filter(|e| !NOT_EMULATED.contains(&e.name))
    {
        // Each operation's examples start from the example state: one operation's example
        // (DestroyGroup's) must not take away what another's needs.
        assert_eq!(emulator.admin(Method::POST, "reset", "").await.0, 200);
        let op = operation(&ir, entry.name);
        for example in &op.examples {
            let Some(request) = &example.request else {
                continue;
            };
            let answer = (entry.call)(&clients, request.clone())
                .await
                .unwrap_or_else(|e| panic!("{} example `{}`: {e}", entry.name, example.name));
            sent += 1;
            // Where the document's answer follows from its request, the emulator gives it.
            match (entry.name, example.name.as_str()) {
                ("BatchUpdateLiveParticipants", _) => assert_eq!(
                    answer,
                    json!({"FailedInfos": [{"UserId": 99999, "Code": "ParticipantNotInConversation", "Message": "participant not in conversation"}]})
                ),
                ("BatchAddBlockParticipants", _) | ("BatchRemoveWhitelistParticipant", _) => {
                    // The owner is never muted; 10001 is not whitelisted, 10002 is.
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(&answer, &documented["Result"], "{}", entry.name);
                }
                ("ModifyUserInfo", "set") => {
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(answer["MemberList"], documented["MemberList"]);
                }
                ("AddGroupMember", "basic") => {
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(answer["MemberList"], documented["MemberList"]);
                }
                ("GetGroupMemberInfo", "members in a role") => {
                    // A filter on Owner and Member leaves the admin (Test_6) out.
                    let accounts: Vec<&str> = answer["MemberList"]
                        .as_array()
                        .expect("a list")
                        .iter()
                        .filter_map(|m| m["Member_Account"].as_str())
                        .collect();
                    assert_eq!(accounts, ["Test_1", "Test_7"]);
                    assert_eq!(answer["MemberNum"], 3);
                }
                ("GetRoleInGroup", "basic") => {
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(answer["UserIdList"], documented["UserIdList"]);
                }
                ("ImportGroupMsg", "doc") => {
                    // The example group has no messages: the imports get seqs 1 and 2.
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(answer["ImportMsgResult"], documented["ImportMsgResult"]);
                }
                ("GroupMsgRecall", "doc") => {
                    // Seq 101 is in the example group, 100 is not.
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(answer["RecallRetList"], documented["RecallRetList"]);
                }
                ("GroupMsgGetSimple", "latest") => {
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(answer["RspMsgList"], documented["RspMsgList"]);
                    assert_eq!(answer["IsFinished"], documented["IsFinished"]);
                }
                (
                    "ModifyMessage"
                    | "ModifyConversationSetting"
                    | "ModifyConversation"
                    | "DestroyConversation"
                    | "MarkConversation"
                    | "ModifyParticipantReadIndex",
                    _,
                ) => {
                    assert_eq!(answer, json!({}))
                }
                ("IsUserInConversation" | "GetConversationMarks", "doc") => {
                    let documented = example.response.as_ref().expect("the document's answer");
                    assert_eq!(answer, documented["Result"]);
                }
                _ => {}
            }
        }
    }
    assert!(sent >= 6, "{sent}");
    // One log line per request, with the caller and the result, and no secret.
    let log = emulator.log();
    assert_eq!(log.iter().filter(|l| l.contains(" code=OK ")).count(), sent);
    assert!(log
        .iter()
        .any(|l| l.contains("ModifyMessage caller=AKLTemulatoraccesskey code=OK")));
    assert!(log
        .iter()
        .all(|l| !l.contains(support::SK) && !l.contains(support::KEY)));
}

const STATE: &str = r#"
volcengine:
  conversations:
    - app_id: 1
      conversation_short_id: 100
      conversation_type: 2
      owner_user_id: 1
      participants: [{user_id: 1, role: 1}, {user_id: 2}]
      messages:
        - {message_id: 7, sender: 1, content: '{"text":"hi"}', ext: {key1: value1, key2: value2}, create_time: 1700000000000}
        - {message_id: 8, sender: 1, content: '{"text":"old"}', create_time: 1600000000000, expire_time: 1600000000001}
    - app_id: 1
      conversation_short_id: 200
      conversation_type: 100
      participants: [{user_id: 1, marks: [a]}, {user_id: 2}]
tencent:
  groups:
    - group_id: "@TGS#av"
      type: AVChatRoom
      owner: owner1
      members:
        - {account: owner1}
        - {account: on1}
        - {account: on2}
        - {account: off1, online: false}
    - group_id: "@TGS#public"
      type: Public
      owner: owner2
      members: [{account: owner2}]
"#;

fn message(
    conversation: i64,
    id: i64,
    ext: Option<Value>,
    content: Option<&str>,
) -> vc::ModifyMessageRequest {
    serde_json::from_value(json!({
        "AppId": 1, "ConversationShortId": conversation, "MessageId": id,
        "Ext": ext, "Content": content,
    }))
    .unwrap()
}

#[tokio::test]
async fn each_documented_refusal_is_its_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    let state = file(dir.path(), "state.yaml", STATE);
    let emulator = Emulator::start(&["--state", &state]);
    let volc = emulator.volcengine();

    let refused = |r: Result<vc::ModifyMessageResponse, Error>| vendor_code(&r.unwrap_err());
    assert_eq!(
        refused(volc.modify_message(&message(999, 7, None, None)).await),
        ("ConversationNotFound".into(), 400)
    );
    assert_eq!(
        refused(volc.modify_message(&message(100, 9, None, None)).await),
        ("MessageNotFound".into(), 400)
    );
    let e = volc
        .modify_message(&message(100, 8, None, None))
        .await
        .unwrap_err();
    assert_eq!(vendor_code(&e), ("InvalidParam".into(), 400));
    assert!(e.to_string().contains("expired"), "{e}");
    assert_eq!(
        refused(
            volc.modify_message(&message(100, 7, None, Some("not json")))
                .await
        ),
        ("InvalidParam".into(), 400)
    );

    let setting = |user: i64| -> vc::ModifyConversationSettingRequest {
        serde_json::from_value(json!({"AppId": 1, "ConversationSettingInfo": {"ConversationShortId": 100, "ParticipantUserId": user, "IsMute": true}})).unwrap()
    };
    let e = volc
        .modify_conversation_setting(&setting(3))
        .await
        .unwrap_err();
    assert_eq!(vendor_code(&e).0, "ParticipantNotInConversation");

    let live = |conversation: i64| -> vc::BatchUpdateLiveParticipantsRequest {
        serde_json::from_value(json!({"AppId": 1, "ConversationShortId": conversation, "ParticipantInfos": [{"UserId": 1, "NickName": "n"}]})).unwrap()
    };
    let e = volc
        .batch_update_live_participants(&live(100))
        .await
        .unwrap_err();
    assert_eq!(vendor_code(&e).0, "OnlyLiveConversationSupport");

    let get: vc::BatchGetConversationParticipantRequest = serde_json::from_value(
        json!({"AppId": 1, "ConversationShortId": 100, "ParticipantUserIds": [5, 6]}),
    )
    .unwrap();
    let e = volc
        .batch_get_conversation_participant(&get)
        .await
        .unwrap_err();
    assert_eq!(vendor_code(&e).0, "ParticipantNotFound");

    let marks = |group: &str, members: Value| -> tc::ModifyUserInfoRequest {
        serde_json::from_value(json!({"GroupId": group, "CommandType": 1, "MemberList": members}))
            .unwrap()
    };
    let tencent = emulator.tencent();
    let code = |e: Error| e.vendor().and_then(|v| v.numeric_code).unwrap();
    let one = json!([{"Member_Account": "on1", "Marks": [1000]}]);
    assert_eq!(
        code(
            tencent
                .modify_user_info(&marks("@TGS#none", one.clone()))
                .await
                .unwrap_err()
        ),
        10010
    );
    assert_eq!(
        code(
            tencent
                .modify_user_info(&marks("", one.clone()))
                .await
                .unwrap_err()
        ),
        10015
    );
    assert_eq!(
        code(
            tencent
                .modify_user_info(&marks("@TGS#public", one.clone()))
                .await
                .unwrap_err()
        ),
        10007
    );
    // Offline and unknown accounts only: nothing marked, the call fails.
    let e = tencent
        .modify_user_info(&marks("@TGS#av", json!([{"Member_Account": "off1", "Marks": [1000]}, {"Member_Account": "ghost", "Marks": [1000]}])))
        .await
        .unwrap_err();
    assert_eq!(code(e), 10004);
    // A group owner calls on its own group, but not with the special marks, and not on another.
    let owner = emulator.tencent_as("owner1");
    owner
        .modify_user_info(&marks("@TGS#av", one.clone()))
        .await
        .expect("the owner may mark");
    let special = json!([{"Member_Account": "on1", "Marks": [600]}]);
    assert_eq!(
        code(
            owner
                .modify_user_info(&marks("@TGS#av", special.clone()))
                .await
                .unwrap_err()
        ),
        10007
    );
    let other_owner = emulator.tencent_as("owner2");
    assert_eq!(
        code(
            other_owner
                .modify_user_info(&marks("@TGS#av", one))
                .await
                .unwrap_err()
        ),
        10007
    );
    // An account that is neither an administrator nor an owner is refused by the gateway.
    let stranger = emulator.tencent_as("on2");
    assert_eq!(
        code(
            stranger
                .modify_user_info(&marks("@TGS#av", special))
                .await
                .unwrap_err()
        ),
        60010
    );
}

#[tokio::test]
async fn the_ext_merge_follows_the_documents_three_examples() {
    let dir = tempfile::tempdir().unwrap();
    let state = file(dir.path(), "state.yaml", STATE);
    let emulator = Emulator::start(&["--state", &state]);
    let volc = emulator.volcengine();
    // The document: the message's ext is {"key1":"value1","key2":"value2"}, then
    for (sent, expected) in [
        (
            json!({"key3": "value3"}),
            json!({"key1": "value1", "key2": "value2", "key3": "value3"}),
        ),
        (
            json!({"key1": "update_value"}),
            json!({"key1": "update_value", "key2": "value2"}),
        ),
        (
            json!({"key1": "update_value", "key3": "value3"}),
            json!({"key1": "update_value", "key2": "value2", "key3": "value3"}),
        ),
    ] {
        let (status, _) = emulator.admin(Method::POST, "reset", "").await;
        assert_eq!(status, 200);
        volc.modify_message(&message(100, 7, Some(sent.clone()), None))
            .await
            .expect("modified");
        let state = emulator.state().await;
        assert_eq!(
            state["volcengine"]["conversations"][0]["messages"][0]["ext"], expected,
            "sent {sent}"
        );
    }
    // Content is replaced.
    volc.modify_message(&message(100, 7, None, Some(r#"{"text":"edited"}"#)))
        .await
        .expect("modified");
    let state = emulator.state().await;
    assert_eq!(
        state["volcengine"]["conversations"][0]["messages"][0]["content"],
        r#"{"text":"edited"}"#
    );
}

#[tokio::test]
async fn settings_and_live_group_profiles_change_as_documented() {
    let dir = tempfile::tempdir().unwrap();
    let state = file(dir.path(), "state.yaml", STATE);
    let emulator = Emulator::start(&["--state", &state]);
    let volc = emulator.volcengine();
    let setting: vc::ModifyConversationSettingRequest = serde_json::from_value(json!({
        "AppId": 1,
        "ConversationSettingInfo": {"ConversationShortId": 100, "ParticipantUserId": 2, "IsMute": true,
            "IsStickTop": true, "StickTopTime": 1700000000123_i64, "IsSetFavorite": false, "SetFavoriteTime": 5, "Ext": {"a": "1"}}
    }))
    .unwrap();
    volc.modify_conversation_setting(&setting)
        .await
        .expect("set");
    let state = emulator.state().await;
    let member = &state["volcengine"]["conversations"][0]["participants"][1];
    assert_eq!(
        member["settings"],
        json!({"is_mute": true, "stick_top_time": 1700000000123_i64, "favorite_time": 0, "ext": {"a": "1"}}),
        "IsSetFavorite false: the favourite time is not changed"
    );

    // Marks added, then deleted; the profile changes; an outsider comes back in FailedInfos.
    let update = |action: i32, marks: Value| -> vc::BatchUpdateLiveParticipantsRequest {
        serde_json::from_value(
            json!({"AppId": 1, "ConversationShortId": 200, "MarkAction": action,
            "ParticipantInfos": [
                {"UserId": 1, "NickName": "one", "Marks": marks},
                {"UserId": 2, "Ext": {"k": "v"}, "Marks": marks},
                {"UserId": 42, "UserIdStr": "u42", "AvatarUrl": "https://a.example/x.png"}
            ]}),
        )
        .unwrap()
    };
    let answer = volc
        .batch_update_live_participants(&update(1, json!(["b", "c"])))
        .await
        .expect("updated");
    let failed = answer.failed_infos.expect("one failure");
    assert_eq!(failed.len(), 1);
    assert_eq!(
        (
            failed[0].user_id,
            failed[0].user_id_str.as_deref(),
            failed[0].code.as_str()
        ),
        (42, Some("u42"), "ParticipantNotInConversation")
    );
    volc.batch_update_live_participants(&update(2, json!(["a", "c"])))
        .await
        .expect("deleted");
    let state = emulator.state().await;
    let members = &state["volcengine"]["conversations"][1]["participants"];
    assert_eq!(members[0]["marks"], json!(["b"]));
    assert_eq!(members[0]["nick_name"], "one");
    assert_eq!(members[1]["marks"], json!(["b"]));
    assert_eq!(members[1]["ext"], json!({"k": "v"}));

    // The participants read back.
    let get: vc::BatchGetConversationParticipantRequest = serde_json::from_value(
        json!({"AppId": 1, "ConversationShortId": 200, "ParticipantUserIds": [2, 1, 99]}),
    )
    .unwrap();
    let found = volc
        .batch_get_conversation_participant(&get)
        .await
        .expect("read")
        .participants
        .expect("participants");
    let ids: Vec<i64> = found.iter().map(|p| p.participant_user_id).collect();
    assert_eq!(ids, [2, 1], "in the order asked, members only");
    assert_eq!(found[1].nick_name.as_deref(), Some("one"));
}

/// A group of `online` online members and `offline` offline ones.
fn big_group(online: usize, offline: usize) -> String {
    let mut text = String::from("tencent:\n  groups:\n    - group_id: \"@TGS#big\"\n      type: AVChatRoom\n      members:\n");
    for i in 0..online {
        text.push_str(&format!("        - {{account: u{i}}}\n"));
    }
    for i in 0..offline {
        text.push_str(&format!("        - {{account: off{i}, online: false}}\n"));
    }
    text
}

fn mark_request(
    accounts: impl Iterator<Item = String>,
    marks: &[i64],
) -> tc::ModifyUserInfoRequest {
    tc::ModifyUserInfoRequest {
        group_id: "@TGS#big".into(),
        command_type: tc::CommandType::Set,
        member_list: accounts
            .map(|a| tc::MemberMarks {
                member_account: a,
                marks: marks.to_vec(),
            })
            .collect(),
    }
}

#[tokio::test]
async fn the_mark_limits_hold() {
    let dir = tempfile::tempdir().unwrap();
    let state = file(dir.path(), "state.yaml", &big_group(1002, 2));
    let emulator = Emulator::start(&["--state", &state]);
    let tencent = emulator.tencent();
    let code = |e: Error| e.vendor().and_then(|v| v.numeric_code).unwrap();
    let one = |account: &str| std::iter::once(account.to_owned());

    // Offline members take only mark 500; the answer lists only who was marked, with what.
    let answer = tencent
        .modify_user_info(&mark_request(
            ["off0", "off1", "u1001", "ghost"]
                .into_iter()
                .map(str::to_owned),
            &[500, 1001],
        ))
        .await
        .expect("a partial success");
    let listed: Vec<(String, Vec<i64>)> = answer
        .member_list
        .into_iter()
        .map(|m| (m.member_account, m.marks))
        .collect();
    assert_eq!(
        listed,
        [
            ("off0".to_owned(), vec![500]),
            ("off1".to_owned(), vec![500]),
            ("u1001".to_owned(), vec![500, 1001])
        ]
    );

    // Ten different marks in the group fit (500 and 1001 so far); an eleventh does not, and
    // changes nothing.
    for mark in 1002..1010 {
        tencent
            .modify_user_info(&mark_request(one("u0"), &[mark]))
            .await
            .unwrap_or_else(|e| panic!("mark {mark}: {e}"));
    }
    let e = tencent
        .modify_user_info(&mark_request(one("u1"), &[1010]))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("at most 10 different marks"), "{e}");
    assert_eq!(code(e), 10004);

    // Mark 1002 (on u0) fits on 1,000 members, 500 accounts per call; the 1,001st is refused.
    for range in [1..501, 501..1000] {
        tencent
            .modify_user_info(&mark_request(range.map(|i| format!("u{i}")), &[1002]))
            .await
            .expect("up to 1,000 members");
    }
    let e = tencent
        .modify_user_info(&mark_request(one("u1000"), &[1002]))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("at most 1000 members"), "{e}");
    assert_eq!(code(e), 10004);

    // Delete takes marks off again.
    let mut delete = mark_request(one("u1001"), &[1001]);
    delete.command_type = tc::CommandType::Delete;
    tencent.modify_user_info(&delete).await.expect("deleted");
    let state = emulator.state().await;
    let members = state["tencent"]["groups"][0]["members"]
        .as_array()
        .unwrap()
        .clone();
    let u1001 = members.iter().find(|m| m["account"] == "u1001").unwrap();
    assert_eq!(u1001["marks"], json!([500]));
    let u1 = members.iter().find(|m| m["account"] == "u1").unwrap();
    assert_eq!(
        u1["marks"],
        json!([1002]),
        "the refused 1010 changed nothing"
    );
}

#[tokio::test]
async fn concurrent_updates_are_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let state = file(
        dir.path(),
        "state.yaml",
        &STATE.replace("tencent:\n  groups:\n", &big_group(200, 0)),
    );
    let emulator = Arc::new(Emulator::start(&["--state", &state]));
    let mut tasks = Vec::new();
    // ModifyMessage allows 50 calls per second per app: the clients retry when throttled.
    let patient = HttpConfig {
        retry: RetryPolicy {
            max_attempts: 50,
            base_delay: std::time::Duration::from_millis(20),
            max_delay: std::time::Duration::from_millis(200),
        },
        ..http()
    };
    for i in 0..64 {
        let emulator = emulator.clone();
        let patient = patient.clone();
        tasks.push(tokio::spawn(async move {
            let volc = emulator.volcengine_with(patient.clone());
            let ext = json!({format!("k{i}"): format!("v{i}")});
            volc.modify_message(&message(100, 7, Some(ext), None))
                .await
                .expect("merged");
            let tencent = emulator.tencent_with(ADMIN, patient);
            let accounts = (0..5).map(|j| format!("u{}", i * 3 + j));
            tencent
                .modify_user_info(&mark_request(accounts, &[1000 + (i % 8) as i64]))
                .await
                .expect("marked");
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let state = emulator.state().await;
    let ext = state["volcengine"]["conversations"][0]["messages"][0]["ext"]
        .as_object()
        .unwrap()
        .clone();
    assert_eq!(ext.len(), 66, "64 keys merged beside the two first ones");
    for i in 0..64 {
        assert_eq!(ext[&format!("k{i}")], format!("v{i}"));
    }
    // Every mark every task set is there: member u(i*3+j) carries mark 1000 + i % 8.
    let big = state["tencent"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group_id"] == "@TGS#big")
        .unwrap()
        .clone();
    let marks: BTreeMap<String, Vec<i64>> = big["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let marks = m["marks"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_i64).collect())
                .unwrap_or_default();
            (m["account"].as_str().unwrap().to_owned(), marks)
        })
        .collect();
    for i in 0..64 {
        for j in 0..5 {
            assert!(
                marks[&format!("u{}", i * 3 + j)].contains(&(1000 + (i % 8) as i64)),
                "u{} lost mark {}",
                i * 3 + j,
                1000 + i % 8
            );
        }
    }
    let distinct: std::collections::BTreeSet<i64> = marks.values().flatten().copied().collect();
    assert!(distinct.len() <= 10, "{distinct:?}");
}

#[test]
fn bad_state_files_are_refused_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    for (text, says) in [
        (
            "volcengine:\n  conversations:\n    - app_id: 1\n      conversation_short_id: x\n",
            "line 4",
        ),
        (
            "tencent:\n  groups:\n    - {group_id: g, members: [{acount: a}]}\n",
            "unknown field `acount`",
        ),
        ("volcengine: [1, 2\n", "line"),
        (
            "tencent:\n  groups:\n    - {group_id: g}\n    - {group_id: g}\n",
            "tencent.groups[1]: group g is listed twice",
        ),
    ] {
        let state = file(dir.path(), "bad.yaml", text);
        let e = Emulator::try_start(&["--state", &state])
            .err()
            .unwrap_or_else(|| panic!("{text:?} was accepted"));
        assert!(e.contains(says), "{text:?}: {e}");
        assert!(e.contains("bad.yaml"), "{e}");
    }
    let e = Emulator::try_start(&["--state", "/no/such/file.yaml"])
        .err()
        .unwrap();
    assert!(e.contains("cannot read the state file"), "{e}");
}

#[tokio::test]
async fn a_good_state_file_loads_and_dumps_back() {
    let dir = tempfile::tempdir().unwrap();
    let emulator = Emulator::start(&["--state", &file(dir.path(), "state.yaml", STATE)]);
    let dumped = emulator.state().await;
    // The dump is itself a state file: a second emulator started from it holds the same state.
    let again = Emulator::start(&[
        "--state",
        &file(dir.path(), "dump.json", &dumped.to_string()),
    ]);
    assert_eq!(again.state().await, dumped);
    let off1 = dumped["tencent"]["groups"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["account"] == "off1")
        .cloned()
        .unwrap();
    assert_eq!(off1["online"], false);
    // YAML on request.
    let response = support::raw_client()
        .get(format!("{}/_emulator/state", emulator.base_url))
        .header("X-Emulator-Token", support::TOKEN)
        .header("Accept", "application/yaml")
        .send()
        .await
        .unwrap();
    let text = response.text().await.unwrap();
    assert!(text.starts_with("volcengine:\n"), "{text}");
}

#[tokio::test]
async fn reset_restores_the_start_state() {
    let emulator = Emulator::start(&[]);
    let before = emulator.state().await;
    let volc = emulator.volcengine();
    let request: vc::ModifyMessageRequest = serde_json::from_value(
        json!({"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "Ext": {"x": "y"}}),
    )
    .unwrap();
    volc.modify_message(&request).await.expect("modified");
    assert_ne!(emulator.state().await, before);
    assert_eq!(emulator.admin(Method::POST, "reset", "").await.0, 200);
    assert_eq!(emulator.state().await, before);
}

#[tokio::test]
async fn admin_calls_need_the_token_and_are_off_without_one() {
    let emulator = Emulator::start(&[]);
    let client = support::raw_client();
    for token in [None, Some("wrong")] {
        let mut request = client.get(format!("{}/_emulator/state", emulator.base_url));
        if let Some(token) = token {
            request = request.header("X-Emulator-Token", token);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 401, "{token:?}");
    }
    let bearer = client
        .get(format!("{}/_emulator/health", emulator.base_url))
        .header("Authorization", format!("Bearer {}", support::TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(bearer.text().await.unwrap(), r#"{"status":"ok"}"#);

    // Without --admin-token there are no admin endpoints.
    let off = Emulator::start_without_admin();
    let response = client
        .post(format!("{}/_emulator/reset", off.base_url))
        .header("X-Emulator-Token", support::TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
}

#[test]
fn ctrl_c_stops_the_emulator_cleanly() {
    let emulator = Emulator::start(&[]);
    let status = emulator.interrupt();
    assert!(status.success(), "{status:?}");
}
