//! An operation's own envelope behaviour (`envelope.payload_on_error`): the extensions
//! fixture's `ReactToMessage` answers `Result: {}` beside its error, as the page it stands for
//! shows. A generated server writes it on every refusal of that operation (and only of that
//! one), and the generated client still reports the error.

use std::sync::Arc;

use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{router, Gateway, Service, StaticKeys};
use extensions_fixture::ext_demo::{
    errors, react_to_message::ReactToMessage, ReactToMessageRequest, ReactToMessageResponse,
    Reaction,
};
use imapi_runtime::server::{Fault, RequestContext, ServerConfig};
use imapi_runtime::{Error, OperationShape};
use imapi_tests::loopback::{self, serve};
use serde_json::{json, Value};

const AK: &str = "AKLTenvelopefixture";
const SK: &str = "envelope-fixture-secret";

/// Refuses every reaction with a documented code.
struct Refuses;

impl Service for Refuses {
    async fn react_to_message(
        &self,
        _context: RequestContext,
        _request: ReactToMessageRequest,
    ) -> Result<ReactToMessageResponse, Fault> {
        Err(Fault::new(errors::INVALID_PARAM, "no reactions here"))
    }
}

/// POSTs `body` to `action`, signed, and returns the status and the answer's JSON.
async fn post(base_url: &str, action: &str, body: &str) -> (u16, Value) {
    let url = format!("{base_url}/?Action={action}&Version=2020-12-01");
    let mut request = reqwest::Client::new().post(url).body(body.to_owned());
    for (name, value) in
        loopback::volcengine_signed(base_url, "demo", action, body.as_bytes(), (AK, SK))
    {
        request = request.header(name, value);
    }
    let answer = request.send().await.expect("the server answers");
    let status = answer.status().as_u16();
    let bytes = answer.bytes().await.expect("a body");
    (
        status,
        serde_json::from_slice(&bytes).expect("a JSON answer"),
    )
}

#[tokio::test]
async fn a_refusal_carries_the_documented_payload_and_the_client_reports_the_error() {
    assert_eq!(ReactToMessage::OP.payload_on_error, Some("{}"));
    let config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)));
    let running = serve(router(Arc::new(Refuses), config)).await;
    let base = running.base_url.clone();
    // Built first: building it installs the TLS crypto provider the plain reqwest client of
    // `post` needs too.
    let client = Client::builder(Credentials::new(AK, SK))
        .base_url(base.clone())
        .http(loopback::http())
        .build()
        .unwrap();

    // The service's refusal, and the router's own (validation), both carry `Result: {}`.
    let valid = r#"{"AppId":1,"ConversationShortId":2,"MessageId":3,"Reaction":{"Emoji":"+1"}}"#;
    let invalid = r#"{"AppId":1,"ConversationShortId":2,"MessageId":3,"Reaction":{"Emoji":""}}"#;
    for body in [valid, invalid] {
        let (status, answer) = post(&base, "ReactToMessage", body).await;
        assert_eq!(status, 400, "{answer}");
        assert_eq!(answer["ResponseMetadata"]["Error"]["Code"], "InvalidParam");
        assert_eq!(answer["Result"], json!({}), "{answer}");
    }
    // Another operation's refusal has no `Result`.
    let (_, other) = post(&base, "ScanMembers", r#"{"AppId":"x"}"#).await;
    assert!(other["ResponseMetadata"]["Error"].is_object(), "{other}");
    assert!(other.get("Result").is_none(), "{other}");

    // The client reads the error, not the empty `Result` as a payload.
    let request = ReactToMessageRequest::new(1, 2, 3, Reaction::new("+1"));
    match client.react_to_message(&request).await {
        Err(Error::Vendor(v)) => {
            assert_eq!(v.code, errors::INVALID_PARAM.code);
            assert_eq!(v.message, "no reactions here");
        }
        other => panic!("{other:?}"),
    }
    drop(running);
}

#[test]
fn the_docs_and_the_openapi_export_show_it() {
    let generated = imapi_tests::repo_root().join("tests/fixtures/extensions/generated");
    let read = |path: &str| std::fs::read_to_string(generated.join(path)).unwrap();
    assert!(read("src/ext_demo/react_to_message.rs")
        .contains("A failure's answer carries `{}` in the payload's place too"));
    let openapi: Value = serde_json::from_str(&read("openapi/ext-demo.openapi.json")).unwrap();
    let post = openapi["paths"]
        .as_object()
        .unwrap()
        .values()
        .find_map(|p| {
            p["post"]
                .as_object()
                .filter(|o| o["operationId"] == "ReactToMessage")
        })
        .expect("the operation");
    assert_eq!(post["x-payload-on-error"], json!({}));
}
