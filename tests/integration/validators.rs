//! Every constraint of the seed operations, with a passing and a failing case that asserts the
//! exact wire path, rule and limit; decoding errors with paths; bounded output.

use imapi::tencent_chat::{CommandType, MemberMarks, ModifyUserInfoRequest};
use imapi::volcengine_rtc_im::{BatchUpdateLiveParticipantsRequest, MarkAction, ParticipantInfo};
use imapi::{Validate, Violations};
use imapi_runtime::validate::{Number, Rule};

/// (path, rule) of every violation, in order.
fn found<T: Validate>(value: &T) -> Vec<(String, Rule)> {
    match value.validate() {
        Ok(()) => Vec::new(),
        Err(violations) => violations
            .iter()
            .map(|v| (v.path.clone(), v.rule.clone()))
            .collect(),
    }
}

fn errors<T: Validate>(value: &T) -> Violations {
    value.validate().expect_err("the value breaks a constraint")
}

fn participant(user_id: i64) -> ParticipantInfo {
    ParticipantInfo {
        user_id,
        nick_name: Some(format!("member {user_id}")),
        ..ParticipantInfo::default()
    }
}

fn live_update(n: usize) -> BatchUpdateLiveParticipantsRequest {
    BatchUpdateLiveParticipantsRequest {
        app_id: 1,
        conversation_short_id: 2,
        participant_infos: (0..n as i64).map(participant).collect(),
        mark_action: None,
    }
}

fn member(account: &str, marks: &[i64]) -> MemberMarks {
    MemberMarks {
        member_account: account.to_owned(),
        marks: marks.to_vec(),
    }
}

fn marks_request(members: Vec<MemberMarks>) -> ModifyUserInfoRequest {
    ModifyUserInfoRequest {
        group_id: "@TGS#a6I4ZUUGO".to_owned(),
        command_type: CommandType::Set,
        member_list: members,
    }
}

const MARK_EXCEPTIONS: &[Number] = &[Number::Int(500), Number::Int(600)];

#[test]
fn participant_infos_hold_at_most_10() {
    assert_eq!(found(&live_update(10)), vec![]);
    assert_eq!(found(&live_update(0)), vec![], "the doc states no minimum");
    let e = errors(&live_update(11));
    let v: Vec<_> = e.iter().collect();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].path, "ParticipantInfos");
    assert_eq!(v[0].rule, Rule::MaxItems { limit: 10 });
    assert_eq!(v[0].value.as_deref(), Some("11 items"));
    assert_eq!(
        e.to_string(),
        "ParticipantInfos must have at most 10 items, found 11 items"
    );
}

#[test]
fn each_participant_needs_avatar_nickname_or_ext() {
    for which in 0..3 {
        let mut p = ParticipantInfo {
            user_id: 1,
            ..ParticipantInfo::default()
        };
        match which {
            0 => p.avatar_url = Some("https://example.com/a.png".into()),
            1 => p.nick_name = Some("n".into()),
            _ => p.ext = Some([("k".to_owned(), "v".to_owned())].into()),
        }
        assert_eq!(found(&p), vec![]);
    }
    let mut request = live_update(5);
    request.participant_infos[3] = ParticipantInfo {
        user_id: 3,
        marks: Some(vec!["Mark1".into()]),
        ..ParticipantInfo::default()
    };
    assert_eq!(
        found(&request),
        vec![(
            "ParticipantInfos[3]".to_owned(),
            Rule::AtLeastOneOf {
                fields: &["AvatarUrl", "NickName", "Ext"]
            }
        )]
    );
}

#[test]
fn mark_action_is_add_or_delete() {
    for action in [None, Some(MarkAction::Add), Some(MarkAction::Delete)] {
        let request = BatchUpdateLiveParticipantsRequest {
            mark_action: action,
            ..live_update(1)
        };
        assert_eq!(found(&request), vec![]);
    }
    let request = BatchUpdateLiveParticipantsRequest {
        mark_action: Some(MarkAction::from_value(3)),
        ..live_update(1)
    };
    let e = errors(&request);
    let v: Vec<_> = e.iter().collect();
    assert_eq!(v[0].path, "MarkAction");
    assert_eq!(
        v[0].rule,
        Rule::EnumValue {
            allowed: &["1 (Add)", "2 (Delete)"]
        }
    );
    assert_eq!(v[0].value.as_deref(), Some("3"));
    assert_eq!(
        BatchUpdateLiveParticipantsRequest::default().mark_action_or_default(),
        MarkAction::Add
    );
}

#[test]
fn member_list_holds_at_most_500() {
    let members = |n: usize| {
        (0..n)
            .map(|i| member(&format!("user{i}"), &[1000]))
            .collect()
    };
    assert_eq!(found(&marks_request(members(500))), vec![]);
    assert_eq!(
        found(&marks_request(members(501))),
        vec![("MemberList".to_owned(), Rule::MaxItems { limit: 500 })]
    );
}

#[test]
fn marks_are_at_least_1000_or_the_special_500_and_600() {
    for ok in [1000, 1001, 500, 600, i64::MAX] {
        let request = marks_request(vec![member("teacher10", &[ok])]);
        assert_eq!(found(&request), vec![], "{ok} is a valid mark");
    }
    for bad in [999, 0, -1, 501, 599, 601, i64::MIN] {
        let mut members: Vec<_> = (0..13)
            .map(|i| member(&format!("u{i}"), &[1000, 1001]))
            .collect();
        members[12].marks[1] = bad;
        let e = errors(&marks_request(members));
        let v: Vec<_> = e.iter().collect();
        assert_eq!(v.len(), 1, "{bad}");
        assert_eq!(v[0].path, "MemberList[12].Marks[1]");
        assert_eq!(
            v[0].rule,
            Rule::Minimum {
                limit: Number::Int(1000),
                also_allowed: MARK_EXCEPTIONS
            }
        );
        assert_eq!(v[0].value, Some(bad.to_string()));
    }
}

#[test]
fn command_type_is_set_or_delete() {
    for command in [CommandType::Set, CommandType::Delete] {
        let request = ModifyUserInfoRequest {
            command_type: command,
            ..marks_request(vec![member("a", &[1000])])
        };
        assert_eq!(found(&request), vec![]);
    }
    let request = ModifyUserInfoRequest {
        command_type: CommandType::Unknown(0),
        ..marks_request(vec![member("a", &[1000])])
    };
    assert_eq!(
        found(&request),
        vec![(
            "CommandType".to_owned(),
            Rule::EnumValue {
                allowed: &["1 (Set)", "2 (Delete)"]
            }
        )]
    );
}

#[test]
fn every_violation_is_reported_in_one_pass() {
    let mut request = live_update(12);
    request.participant_infos[2].nick_name = None;
    request.participant_infos[7].nick_name = None;
    request.mark_action = Some(MarkAction::Unknown(9));
    let paths: Vec<String> = found(&request).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            "ParticipantInfos",
            "ParticipantInfos[2]",
            "ParticipantInfos[7]",
            "MarkAction"
        ]
    );
    assert_eq!(
        errors(&request).to_string(),
        "ParticipantInfos must have at most 10 items, found 12 items; \
         ParticipantInfos[2] must have at least one of AvatarUrl, NickName, Ext; \
         ParticipantInfos[7] must have at least one of AvatarUrl, NickName, Ext; \
         MarkAction must be one of 1 (Add), 2 (Delete), found 9"
    );
}

#[test]
fn a_million_bad_marks_give_a_capped_list_and_a_count() {
    let request = marks_request(vec![member("flood", &vec![1; 1_000_000])]);
    let e = errors(&request);
    assert_eq!(e.total(), 1_000_000);
    assert_eq!(e.iter().count(), imapi_runtime::validate::DEFAULT_CAP);
    assert_eq!(
        e.iter().last().map(|v| v.path.as_str()),
        Some("MemberList[0].Marks[99]")
    );
    assert!(e.to_string().ends_with("; … and 999995 more"));
}

#[test]
fn decoding_errors_name_the_wire_path() {
    use imapi_runtime::from_json;
    let e = from_json::<BatchUpdateLiveParticipantsRequest>(
        br#"{"AppId":1,"ConversationShortId":2,"ParticipantInfos":[{"UserId":1,"NickName":"a"},{"UserId":"2"}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path, "ParticipantInfos[1].UserId");
    assert_eq!(e.message, "invalid type: string \"2\", expected i64");

    let e = from_json::<ModifyUserInfoRequest>(br#"{"GroupId":"g","MemberList":[]}"#).unwrap_err();
    assert_eq!(e.path, "");
    assert_eq!(e.message, "missing field `CommandType`");

    let e = from_json::<ModifyUserInfoRequest>(
        br#"{"GroupId":"g","CommandType":1,"MemberList":[{"Member_Account":"a","Marks":[1000,"x"]}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path, "MemberList[0].Marks[1]");

    let ok = from_json::<ModifyUserInfoRequest>(
        br#"{"GroupId":"g","CommandType":7,"MemberList":[{"Member_Account":"a","Marks":[1000]}]}"#,
    )
    .expect("an unknown enum value decodes; validation reports it");
    assert_eq!(ok.command_type, CommandType::Unknown(7));
    assert_eq!(found(&ok).len(), 1);
}

/// A Tencent body: the envelope's fields beside the payload's.
const TENCENT_BODY: &str = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","RequestId":"r-1","CommandType":1,"MemberList":[{"Member_Account":"a","Marks":[1000]},{"Member_Account":"b","Marks":[1000,1001]}]}"#;

#[test]
fn envelopes_decode_as_precisely_as_their_payloads() {
    use imapi::from_json;
    use imapi::tencent_chat::{ActionStatus, Envelope, ModifyUserInfoResponse};
    type Body = Envelope<ModifyUserInfoResponse>;

    let ok = from_json::<Body>(TENCENT_BODY.as_bytes()).expect("the body decodes");
    assert_eq!(ok.action_status, ActionStatus::Ok);
    assert_eq!((ok.error_code, ok.request_id.as_deref()), (0, Some("r-1")));
    assert_eq!(ok.error_display, None);
    assert_eq!(ok.payload.member_list[1].marks, [1000, 1001]);
    // It encodes back to the same object.
    let again: serde_json::Value = serde_json::to_value(&ok).unwrap();
    assert_eq!(
        again,
        serde_json::from_str::<serde_json::Value>(TENCENT_BODY).unwrap()
    );

    // A type error inside the payload names its wire path, as without the envelope.
    let bad = TENCENT_BODY.replace("[1000,1001]", r#"[1000,"x"]"#);
    let through_envelope = from_json::<Body>(bad.as_bytes()).unwrap_err();
    let payload_alone = from_json::<ModifyUserInfoResponse>(bad.as_bytes()).unwrap_err();
    assert_eq!(through_envelope.path, "MemberList[1].Marks[1]");
    assert_eq!(through_envelope, payload_alone);

    // So does one in the envelope's own fields.
    let bad = TENCENT_BODY.replace(r#""ErrorCode":0"#, r#""ErrorCode":"0""#);
    let e = from_json::<Body>(bad.as_bytes()).unwrap_err();
    assert_eq!(e.path, "ErrorCode");
    assert_eq!(e.message, "invalid type: string \"0\", expected i64");

    // Missing and repeated fields, of either part.
    let e = from_json::<Body>(
        TENCENT_BODY
            .replace(r#""ActionStatus":"OK","#, "")
            .as_bytes(),
    )
    .unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        ("", "missing field `ActionStatus`")
    );
    let e =
        from_json::<Body>(TENCENT_BODY.replace(r#""CommandType":1,"#, "").as_bytes()).unwrap_err();
    assert_eq!(e.message, "missing field `CommandType`");
    let e = from_json::<Body>(
        TENCENT_BODY
            .replace(r#""ErrorCode":0"#, r#""ErrorCode":0,"ErrorCode":1"#)
            .as_bytes(),
    )
    .unwrap_err();
    assert_eq!(e.message, "duplicate field `ErrorCode`");

    // Arrays are refused where the wire has an object: the body, and a member inside it.
    let e = from_json::<Body>(br#"["OK",0,"",null,null,{"CommandType":1,"MemberList":[]}]"#)
        .unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        ("", "invalid type: sequence, expected a JSON object")
    );
    let bad = TENCENT_BODY.replace(
        r#"{"Member_Account":"a","Marks":[1000]}"#,
        r#"["a",[1000]]"#,
    );
    let e = from_json::<Body>(bad.as_bytes()).unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        (
            "MemberList[0]",
            "invalid type: sequence, expected struct MemberMarks"
        )
    );
}

#[test]
fn wrapped_envelopes_name_the_path_under_result() {
    use imapi::from_json;
    use imapi::volcengine_rtc_im::{BatchGetConversationParticipantResponse, Envelope};
    type Body = Envelope<BatchGetConversationParticipantResponse>;
    let meta = r#""ResponseMetadata":{"RequestId":"r","Action":"BatchGetConversationParticipant","Version":"2020-12-01","Service":"rtc","Region":"cn-north-1"}"#;
    let body = format!(r#"{{{meta},"Result":{{"Participants":[{{"ParticipantUserId":"x"}}]}}}}"#);
    let e = from_json::<Body>(body.as_bytes()).unwrap_err();
    assert_eq!(e.path, "Result.Participants[0].ParticipantUserId");
    let body = format!(r#"{{{meta},"Result":[[]]}}"#);
    let e = from_json::<Body>(body.as_bytes()).unwrap_err();
    assert_eq!(e.path, "Result");
    assert!(
        e.message.starts_with("invalid type: sequence"),
        "{}",
        e.message
    );
}

/// Structs' `Serialize` and `Deserialize` are written out by the generator (not derived): they
/// read and write what the derive did, key by key, and refuse a sequence even without
/// `from_json`'s strict adapter.
#[test]
fn structs_read_objects_key_by_key() {
    use imapi::volcengine_rtc_im::ModifyMessageRequest;
    let decode = |body: &str| serde_json::from_str::<ModifyMessageRequest>(body);

    let full = decode(
        r#"{"AppId":1,"ConversationShortId":2,"MessageId":3,"Ext":{"k":"v"},"Content":"c"}"#,
    )
    .unwrap();
    assert_eq!(full.ext.as_ref().map(|e| e["k"].as_str()), Some("v"));
    // Absent and null optional fields are both `None`; unknown keys, of any shape, are skipped.
    let sparse = decode(
        r#"{"Unknown":[1,{"a":null}],"MessageId":3,"Ext":null,"ConversationShortId":2,"AppId":1}"#,
    )
    .unwrap();
    assert_eq!(sparse, ModifyMessageRequest::new(1, 2, 3));
    // A key spelt with escapes is the same key; so is one read from a stream.
    assert_eq!(
        decode(r#"{"App\u0049d":1,"ConversationShortId":2,"MessageId":3}"#).unwrap(),
        sparse
    );
    let from_reader: ModifyMessageRequest =
        serde_json::from_reader(&br#"{"AppId":1,"ConversationShortId":2,"MessageId":3}"#[..])
            .unwrap();
    assert_eq!(from_reader, sparse);

    let message = |body: &str| decode(body).unwrap_err().to_string();
    assert!(
        message(r#"{"AppId":1,"AppId":1,"ConversationShortId":2,"MessageId":3}"#)
            .starts_with("duplicate field `AppId`")
    );
    assert!(
        message(r#"{"AppId":1,"MessageId":3}"#).starts_with("missing field `ConversationShortId`")
    );
    assert!(message(r#"[1,2,3]"#)
        .starts_with("invalid type: sequence, expected struct ModifyMessageRequest"));
    assert!(
        message(r#"{"AppId":"1","ConversationShortId":2,"MessageId":3}"#)
            .starts_with("invalid type: string \"1\", expected i32")
    );

    // The same through an envelope whose payload sits beside its fields, with keys copied
    // (a stream; an escape) and a key too long to copy onto the stack.
    use imapi::tencent_chat::{Envelope, ModifyUserInfoResponse};
    let long_key = "K".repeat(100);
    let body = TENCENT_BODY.replace(
        r#""RequestId""#,
        &format!(r#""{long_key}":1,"Req\u0075estId""#),
    );
    let from_slice = serde_json::from_str::<Envelope<ModifyUserInfoResponse>>(&body).unwrap();
    let from_reader: Envelope<ModifyUserInfoResponse> =
        serde_json::from_reader(body.as_bytes()).unwrap();
    assert_eq!(from_slice, from_reader);
    assert_eq!(from_slice.request_id.as_deref(), Some("r-1"));
    assert_eq!(from_slice.payload.member_list.len(), 2);

    // A struct whose fields are all optional declares the exact count of those present
    // (serde_json closes an object declared empty at once, so a wrong count is broken JSON).
    use imapi::tencent_chat::{AndroidPushInfo, OfflinePushInfo};
    let push = OfflinePushInfo {
        title: Some("t".into()),
        android_info: Some(AndroidPushInfo::default()),
        ..OfflinePushInfo::default()
    };
    assert_eq!(
        serde_json::to_string(&push).unwrap(),
        r#"{"Title":"t","AndroidInfo":{}}"#
    );
    assert_eq!(
        serde_json::to_string(&OfflinePushInfo::default()).unwrap(),
        "{}"
    );

    // Envelopes: Tencent's fields first and the payload's beside them, in order; Volcengine's
    // metadata and result, the result left out when absent.
    let tencent = serde_json::from_str::<Envelope<ModifyUserInfoResponse>>(TENCENT_BODY).unwrap();
    assert_eq!(serde_json::to_string(&tencent).unwrap(), TENCENT_BODY);
    use imapi::volcengine_rtc_im::{Envelope as VolcengineEnvelope, ModifyMessageResponse};
    let volcengine = r#"{"ResponseMetadata":{"RequestId":"r","Action":"ModifyMessage","Version":"2020-12-01","Service":"rtc","Region":"cn-north-1"},"Result":{}}"#;
    let decoded =
        serde_json::from_str::<VolcengineEnvelope<ModifyMessageResponse>>(volcengine).unwrap();
    assert_eq!(serde_json::to_string(&decoded).unwrap(), volcengine);
    let failed = VolcengineEnvelope::<ModifyMessageResponse> {
        result: None,
        ..decoded
    };
    assert_eq!(
        serde_json::to_string(&failed).unwrap(),
        volcengine.replace(r#","Result":{}"#, "")
    );

    // Encoding leaves absent optional fields out and keeps the documented order.
    assert_eq!(
        serde_json::to_string(&sparse).unwrap(),
        r#"{"AppId":1,"ConversationShortId":2,"MessageId":3}"#
    );
    assert_eq!(
        serde_json::to_string(&full).unwrap(),
        r#"{"AppId":1,"ConversationShortId":2,"MessageId":3,"Ext":{"k":"v"},"Content":"c"}"#
    );
}

/// Tencent's voice, file and video elements as older clients stored them have no download URL
/// or flag (`required: request`): such an element, as a history answer returns it, decodes;
/// sending it on is refused, each missing field named at its wire path.
#[test]
fn a_stored_element_without_its_url_decodes_and_cannot_be_sent_on() {
    use imapi::tencent_chat::{SendGroupMsgRequest, TimMsgElement, TimSoundElem};

    let stored: Vec<TimMsgElement> = imapi::from_json(
        br#"[{"MsgType": "TIMSoundElem", "MsgContent": {"UUID": "u", "Size": 62351, "Second": 1}},
             {"MsgType": "TIMFileElem", "MsgContent": {"UUID": "f", "FileName": "a.txt"}},
             {"MsgType": "TIMVideoFileElem", "MsgContent": {"VideoUUID": "v", "ThumbUUID": "t", "ThumbWidth": 720, "ThumbHeight": 1280}}]"#,
    )
    .expect("elements without their URLs decode");
    assert!(
        matches!(&stored[0], TimMsgElement::Sound(s) if s.url.is_none() && s.download_flag.is_none())
    );
    let request = SendGroupMsgRequest::new("@TGS#2C5SZEAEF", 1, stored);
    let missing: Vec<String> = found(&request)
        .into_iter()
        .map(|(path, rule)| {
            assert_eq!(rule, Rule::Required);
            path
        })
        .collect();
    assert_eq!(
        missing,
        [
            "MsgBody[0].MsgContent.Url",
            "MsgBody[0].MsgContent.Download_Flag",
            "MsgBody[1].MsgContent.Url",
            "MsgBody[1].MsgContent.Download_Flag",
            "MsgBody[2].MsgContent.VideoUrl",
            "MsgBody[2].MsgContent.VideoDownloadFlag",
            "MsgBody[2].MsgContent.ThumbUrl",
            "MsgBody[2].MsgContent.ThumbDownloadFlag",
        ]
    );
    // What a REST sender gives passes, and the flag's limit still holds when it is sent.
    let sound = |flag: i32| {
        SendGroupMsgRequest::new(
            "@TGS#2C5SZEAEF",
            1,
            vec![TimMsgElement::Sound(TimSoundElem::new(
                "https://a/v.silk",
                "u",
                flag,
            ))],
        )
    };
    assert_eq!(sound(2).validate(), Ok(()));
    assert_eq!(
        found(&sound(1)),
        [(
            "MsgBody[0].MsgContent.Download_Flag".to_owned(),
            Rule::Minimum {
                limit: Number::Int(2),
                also_allowed: &[]
            }
        )]
    );
}
