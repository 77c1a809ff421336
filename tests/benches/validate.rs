//! `validate()` against `serde_json::from_slice` of the same request: for every request example
//! in the spec, and for the largest requests the constraints allow (10 participants with every
//! field; 500 members with 10 marks each). The goal is validation under 20% of decoding.
//!
//! Run with `cargo bench -p imapi-tests --bench validate`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi::Validate;
use serde::de::DeserializeOwned;

fn compare<T: DeserializeOwned + Validate>(c: &mut Criterion, name: &str, body: &[u8]) {
    let decoded: T = serde_json::from_slice(body).expect("the body decodes");
    assert!(decoded.validate().is_ok(), "{name}: the body is valid");
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("from_slice", |b| {
        b.iter(|| serde_json::from_slice::<T>(black_box(body)).expect("decodes"))
    });
    group.bench_function("validate", |b| {
        b.iter(|| black_box(&decoded).validate().is_ok())
    });
    group.finish();
}

fn spec_examples(c: &mut Criterion) {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    let ir = codegen::build_ir(&spec).expect("the spec is valid");
    for service in &ir.services {
        for op in &service.operations {
            for example in &op.examples {
                let Some(text) = &example.request_text else {
                    continue;
                };
                let name = format!("{}/{}", op.name, example.name);
                let body = text.as_bytes();
                match op.name.as_str() {
                    "ModifyUserInfo" => compare::<tc::ModifyUserInfoRequest>(c, &name, body),
                    "BatchGetConversationParticipant" => {
                        compare::<vc::BatchGetConversationParticipantRequest>(c, &name, body)
                    }
                    "BatchUpdateLiveParticipants" => {
                        compare::<vc::BatchUpdateLiveParticipantsRequest>(c, &name, body)
                    }
                    "ModifyConversationSetting" => {
                        compare::<vc::ModifyConversationSettingRequest>(c, &name, body)
                    }
                    "ModifyMessage" => compare::<vc::ModifyMessageRequest>(c, &name, body),
                    other => panic!("add {other} to the benchmark"),
                }
            }
        }
    }
}

fn largest_requests(c: &mut Criterion) {
    let participants = vc::BatchUpdateLiveParticipantsRequest {
        app_id: 1,
        conversation_short_id: 2,
        participant_infos: (0..10)
            .map(|i| vc::ParticipantInfo {
                user_id: i,
                user_id_str: Some(format!("user-{i}")),
                avatar_url: Some(format!("https://example.com/avatar/{i}.png")),
                nick_name: Some(format!("Nickname {i}")),
                ext: Some(
                    (0..5)
                        .map(|k| (format!("key{k}"), format!("value{k}")))
                        .collect(),
                ),
                marks: Some((0..10).map(|m| format!("Mark{m}")).collect()),
            })
            .collect(),
        mark_action: Some(vc::MarkAction::Add),
    };
    let body = serde_json::to_vec(&participants).expect("encodes");
    compare::<vc::BatchUpdateLiveParticipantsRequest>(c, "BatchUpdateLiveParticipants/max", &body);

    let members = tc::ModifyUserInfoRequest {
        group_id: "@TGS#a6I4ZUUGO".into(),
        command_type: tc::CommandType::Set,
        member_list: (0..500)
            .map(|i| tc::MemberMarks {
                member_account: format!("member{i}"),
                marks: (0..10).map(|m| 1000 + m).collect(),
            })
            .collect(),
    };
    let body = serde_json::to_vec(&members).expect("encodes");
    compare::<tc::ModifyUserInfoRequest>(c, "ModifyUserInfo/max", &body);
}

criterion_group!(benches, spec_examples, largest_requests);
criterion_main!(benches);
