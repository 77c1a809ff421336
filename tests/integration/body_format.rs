//! An operation's body format is protocol data (`http.body` in the IR, `BodyFormat` in the
//! runtime): an operation whose protocol writes forms gets its request's form shape generated,
//! a form `requestBody` in OpenAPI and `body: form` in the template model; the runtime's client
//! then sends a form (signed as one) and the router reads it back by that shape. The two
//! built-in protocols write JSON; the extensions fixture's `ReactToMessage` is turned into a
//! form operation here to see both halves meet.

use std::sync::Arc;

use codegen::ir;
use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{Gateway, StaticKeys};
use extensions_fixture::ext_demo::{
    react_to_message::ReactToMessage, ReactToMessageRequest, ReactToMessageResponse, SPEC,
};
use imapi_runtime::form::{self, Kind, Shape};
use imapi_runtime::server::{Fault, RequestContext, Routes, ServerConfig};
use imapi_runtime::{BodyFormat, Operation, OperationShape};
use imapi_tests::loopback::{self, serve};
use imapi_tests::repo_root;

/// What the generator writes for `ReactToMessage`'s request as a form (asserted below).
const SHAPE: Shape = &[
    ("AppId", Kind::Integer),
    ("ConversationShortId", Kind::Integer),
    ("MessageId", Kind::Integer),
    ("Reaction", Kind::Json),
];

/// `ReactToMessage`, sent as a form.
struct ReactAsForm;

impl OperationShape for ReactAsForm {
    type Service = <ReactToMessage as OperationShape>::Service;
    type Input = ReactToMessageRequest;
    type Output = ReactToMessageResponse;
    const OP: Operation = Operation {
        body: BodyFormat::Form(SHAPE),
        ..ReactToMessage::OP
    };
}

fn fixture_ir() -> ir::Ir {
    codegen::build_ir(&repo_root().join("tests/fixtures/extensions/spec")).expect("the fixture")
}

#[test]
fn the_built_in_protocols_write_json_and_a_form_operation_gets_its_shape() {
    let mut ir = fixture_ir();
    assert!(ir
        .services
        .iter()
        .flat_map(|s| &s.operations)
        .all(|op| op.http.body == ir::BodyFormat::Json));
    let op = ir.services[0]
        .operations
        .iter_mut()
        .find(|op| op.name == "ReactToMessage")
        .expect("the operation");
    op.http.body = ir::BodyFormat::Form;
    let options = codegen::Options {
        crate_name: "extensions-fixture".into(),
        ..codegen::Options::default()
    };
    let out = codegen::render(&ir, &options).expect("renders");
    let file = &out.crate_files["src/ext_demo/react_to_message.rs"];
    let flat: String = file.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(r#"body: BodyFormat::Form( &[ ("AppId", form::Kind::Integer), ("ConversationShortId", form::Kind::Integer), ("MessageId", form::Kind::Integer), ("Reaction", form::Kind::Json), ], ),"#),
        "{file}"
    );
    let json_op = &out.crate_files["src/ext_demo/send_message.rs"];
    assert!(json_op.contains("body: BodyFormat::Json,"), "{json_op}");
    let openapi = out
        .crate_files
        .iter()
        .find(|(path, _)| path.ends_with(".json") && path.contains("openapi"))
        .map(|(_, text)| text.clone())
        .expect("an OpenAPI document");
    let doc: serde_json::Value = serde_json::from_str(&openapi).expect("JSON");
    let react = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|p| p.as_object().unwrap().values())
        .find(|o| o["operationId"] == "ReactToMessage")
        .expect("ReactToMessage in OpenAPI");
    let form = &react["requestBody"]["content"]["application/x-www-form-urlencoded"];
    assert!(form.is_object(), "{react}");
    // A nested object travels as JSON text; scalars need no word.
    assert_eq!(
        form["encoding"],
        serde_json::json!({"Reaction": {"contentType": "application/json"}}),
        "{react}"
    );
    let model = serde_json::to_value(codegen::emit::model::model(&ir)).unwrap();
    let ops = model["services"][0]["operations"].as_array().unwrap();
    let react = ops
        .iter()
        .find(|o| o["name"]["wire"] == "ReactToMessage")
        .unwrap();
    assert_eq!(react["body"], "form");
    assert_eq!(react["content_type"], "application/x-www-form-urlencoded");
}

/// Answers a reaction with the reaction, after checking what arrived.
struct Echo;

const AK: &str = "AKLTformfixture";
const SK: &str = "form-fixture-secret";

#[tokio::test]
async fn a_form_operation_is_sent_as_a_form_and_read_back_by_its_shape() {
    let routes = Routes::new(
        &SPEC,
        Arc::new(Echo),
        ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK))),
    )
    .route::<ReactAsForm, _, _>(|_: Arc<Echo>, _: RequestContext, request| async move {
        if request.message_id != 3 || request.reaction.emoji != "+1 ❤" {
            return Err(Fault::new(
                extensions_fixture::ext_demo::errors::INVALID_PARAM,
                format!("not what was sent: {request:?}"),
            ));
        }
        Ok(
            serde_json::from_value::<ReactToMessageResponse>(serde_json::json!(
                {"Message": {"MessageId": 3, "MsgBody": []}, "Reactions": [request.reaction]}
            ))
            .expect("an answer"),
        )
    });
    let running = serve(routes.into_router()).await;
    let client = Client::builder(Credentials::new(AK, SK))
        .base_url(running.base_url.clone())
        .http(loopback::http())
        .build()
        .unwrap();
    let request: ReactToMessageRequest = serde_json::from_value(serde_json::json!(
        {"AppId": 1, "ConversationShortId": 2, "MessageId": 3, "Reaction": {"Emoji": "+1 ❤"}}
    ))
    .unwrap();
    client
        .call::<ReactAsForm>(&request)
        .await
        .expect("the form arrives whole");

    // What goes on the wire, and what the router says of a form that does not fit.
    let body = form::encode(&serde_json::to_value(&request).unwrap(), SHAPE).unwrap();
    assert_eq!(
        body,
        "AppId=1&ConversationShortId=2&MessageId=3&Reaction=%7B%22Emoji%22%3A%22%2B1+%E2%9D%A4%22%7D"
    );
    for (bad, says) in [
        (
            "AppId=one&ConversationShortId=2&MessageId=3&Reaction=%7B%7D",
            "AppId",
        ),
        (
            "AppId=1&AppId=2&ConversationShortId=2&MessageId=3&Reaction=%7B%7D",
            "more than once",
        ),
        (
            "AppId=1&ConversationShortId=2&MessageId=3&Reaction=%ZZ",
            "%",
        ),
    ] {
        let url = format!(
            "{}/?Action=ReactToMessage&Version=2020-12-01",
            running.base_url
        );
        let mut post = reqwest::Client::new().post(url).body(bad.to_owned());
        for (name, value) in loopback::volcengine_signed_as(
            &running.base_url,
            "demo",
            "ReactToMessage",
            bad.as_bytes(),
            (AK, SK),
            "application/x-www-form-urlencoded",
        ) {
            post = post.header(name, value);
        }
        let answer = post.send().await.unwrap();
        assert_eq!(answer.status(), 400, "{bad}");
        let text = answer.text().await.unwrap();
        assert!(text.contains(says), "{bad}: {text}");
    }
}

/// The routing table served directly answers every request as its router does: the same
/// status and envelope (bar the request id), for a refusal before the route and for one from
/// the implementation.
#[tokio::test]
async fn the_table_answers_as_its_router_does() {
    let routes = || {
        Routes::new(
            &SPEC,
            Arc::new(Echo),
            ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK))),
        )
        .route::<ReactAsForm, _, _>(|_: Arc<Echo>, _: RequestContext, _| async move {
            Err::<ReactToMessageResponse, _>(Fault::new(
                extensions_fixture::ext_demo::errors::INVALID_PARAM,
                "refused by the implementation",
            ))
        })
    };
    let table = routes().into_table();
    let running = serve(routes().into_router()).await;
    // A transport installs the TLS provider that a bare reqwest client needs.
    imapi_runtime::transport::Transport::new(loopback::http()).expect("a transport");
    let envelope = |bytes: &[u8]| {
        let mut value: serde_json::Value = serde_json::from_slice(bytes).expect("an envelope");
        value["ResponseMetadata"]["RequestId"] = serde_json::Value::Null;
        value
    };
    let body = "AppId=1&ConversationShortId=2&MessageId=3&Reaction=%7B%22Emoji%22%3A%22x%22%7D";
    for (action, signed) in [
        ("Nope", false),
        ("ReactToMessage", false),
        ("ReactToMessage", true),
    ] {
        let query = format!("Action={action}&Version=2020-12-01");
        let headers = if signed {
            loopback::volcengine_signed_as(
                &running.base_url,
                "demo",
                action,
                body.as_bytes(),
                (AK, SK),
                "application/x-www-form-urlencoded",
            )
        } else {
            Vec::new()
        };
        // What reqwest adds by itself, the direct request carries by hand.
        let mut direct = axum::http::Request::post(format!("/?{query}"))
            .header("host", running.base_url.trim_start_matches("http://"));
        let mut over_http = reqwest::Client::new()
            .post(format!("{}/?{query}", running.base_url))
            .body(body);
        for (name, value) in &headers {
            direct = direct.header(*name, value.as_str());
            over_http = over_http.header(*name, value.as_str());
        }
        let answer = table
            .serve(direct.body(axum::body::Body::from(body)).unwrap())
            .await;
        let status = answer.status().as_u16();
        let bytes = axum::body::to_bytes(answer.into_body(), 1 << 20)
            .await
            .unwrap();
        let routed = over_http.send().await.unwrap();
        assert_eq!(
            status,
            routed.status().as_u16(),
            "{action}, signed: {signed}"
        );
        let expected = envelope(&routed.bytes().await.unwrap());
        assert_eq!(envelope(&bytes), expected, "{action}, signed: {signed}");
        let message = expected["ResponseMetadata"]["Error"]["Message"]
            .as_str()
            .unwrap_or_default();
        // Signed, the request gets as far as the implementation; unsigned, it does not.
        assert_eq!(
            message.contains("refused by the implementation"),
            signed,
            "{expected}"
        );
    }
}
