//! `validate()` against `serde_json::from_slice` of the same request: for every request example
//! in the spec, and for the largest requests the constraints allow (10 participants with every
//! field; 500 members with 10 marks each). The goal is validation under 20% of decoding. Also
//! the generated types' written-out serde impls against serde's derives (`-- derived`).
//!
//! Run with `cargo bench -p imapi-tests --bench validate`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi::Validate;
use imapi_runtime::{OperationShape, OperationVisitor};
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

/// Benchmarks every request example of the operations it visits.
struct Examples<'a> {
    c: &'a mut Criterion,
    ir: &'a codegen::ir::Ir,
}

impl<Svc> OperationVisitor<Svc> for Examples<'_> {
    fn visit<Op: OperationShape<Service = Svc>>(&mut self) {
        let op = self
            .ir
            .services
            .iter()
            .flat_map(|s| &s.operations)
            .find(|op| op.name == Op::OP.name)
            .expect("every generated operation is in the spec");
        for example in &op.examples {
            if let Some(text) = &example.request_text {
                let name = format!("{}/{}", op.name, example.name);
                compare::<Op::Input>(self.c, &name, text.as_bytes());
            }
        }
    }
}

fn spec_examples(c: &mut Criterion) {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    let ir = codegen::build_ir(&spec).expect("the spec is valid");
    let mut examples = Examples { c, ir: &ir };
    tc::for_each_operation(&mut examples);
    vc::for_each_operation(&mut examples);
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

/// `ModifyUserInfoRequest` with serde's derives, for [`written_against_derived`].
#[derive(serde::Serialize, serde::Deserialize)]
struct DerivedModifyUserInfoRequest {
    #[serde(rename = "GroupId")]
    group_id: String,
    #[serde(rename = "CommandType")]
    command_type: tc::CommandType,
    #[serde(rename = "MemberList")]
    member_list: Vec<DerivedMemberMarks>,
}

/// `MemberMarks` with serde's derives.
#[derive(serde::Serialize, serde::Deserialize)]
struct DerivedMemberMarks {
    #[serde(rename = "Member_Account")]
    member_account: String,
    #[serde(rename = "Marks")]
    marks: Vec<i64>,
}

/// The generator writes structs' serde impls out instead of deriving them (the derive is most
/// of what recompiling the crate costs): the same request decoded and encoded both ways.
fn written_against_derived(c: &mut Criterion) {
    let body = br#"{"GroupId":"@TGS#a6I4ZUUGO","CommandType":1,"MemberList":[{"Member_Account":"brennanli","Marks":[1000,1001]},{"Member_Account":"peterli","Marks":[1002]}]}"#;
    let written: tc::ModifyUserInfoRequest = serde_json::from_slice(body).expect("decodes");
    let derived: DerivedModifyUserInfoRequest = serde_json::from_slice(body).expect("decodes");
    let encoded = serde_json::to_vec(&written).expect("encodes");
    assert_eq!(encoded, serde_json::to_vec(&derived).expect("encodes"));
    assert_eq!(encoded, body);

    let mut group = c.benchmark_group("derived/decode");
    group.bench_function("written", |b| {
        b.iter(|| serde_json::from_slice::<tc::ModifyUserInfoRequest>(black_box(body)).unwrap())
    });
    group.bench_function("derived", |b| {
        b.iter(|| serde_json::from_slice::<DerivedModifyUserInfoRequest>(black_box(body)).unwrap())
    });
    group.finish();
    let mut group = c.benchmark_group("derived/encode");
    group.bench_function("written", |b| {
        b.iter(|| serde_json::to_vec(black_box(&written)).unwrap())
    });
    group.bench_function("derived", |b| {
        b.iter(|| serde_json::to_vec(black_box(&derived)).unwrap())
    });
    group.finish();
}

criterion_group!(
    benches,
    spec_examples,
    largest_requests,
    written_against_derived
);
criterion_main!(benches);
