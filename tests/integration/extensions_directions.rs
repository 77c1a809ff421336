//! A field a request must carry that an answer may leave out (`required: request`): the
//! extensions fixture's `ImageElem.UUID`, on the message element `SendMessage` sends and
//! `ListMessages` and `ReactToMessage` read. The generated type holds it as an `Option`, so
//! every answer decodes; validation refuses a request without it, in the client before sending
//! and in a generated server, which answers the vendor's invalid-parameter code; the OpenAPI
//! export describes the shape once per direction.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{router, Gateway, Service, StaticKeys};
use extensions_fixture::ext_demo::{
    errors, Envelope, ImageElem, ImageInfo, Message, MsgElement, ReactToMessageRequest,
    ReactToMessageResponse, Reaction, SendMessageRequest, SendMessageResponse,
};
use imapi_runtime::server::{Fault, RequestContext, ServerConfig};
use imapi_runtime::{from_json, Error, Validate};
use imapi_tests::loopback::{self, serve};
use serde_json::{json, Value};

const AK: &str = "AKLTextensions";
const SK: &str = "extensions-secret";

/// An image element as stored: its sizes, and no `UUID`.
fn stored_image() -> MsgElement {
    MsgElement::Image(ImageElem {
        uuid: None,
        image_info_array: vec![ImageInfo {
            r#type: 1,
            url: Some("https://a/1".into()),
            url_lower: None,
        }],
    })
}

/// A request sending `element`.
fn sending(element: MsgElement) -> SendMessageRequest {
    SendMessageRequest::new(1, 9, vec![element])
}

/// (path, rule name, message) of every violation.
fn violations<T: Validate>(value: &T) -> Vec<(String, &'static str, String)> {
    match value.validate() {
        Ok(()) => Vec::new(),
        Err(v) => v
            .iter()
            .map(|v| (v.path.clone(), v.rule.name(), v.to_string()))
            .collect(),
    }
}

fn uuid_missing() -> Vec<(String, &'static str, String)> {
    vec![(
        "MsgBody[0].MsgContent.UUID".to_owned(),
        "required",
        "MsgBody[0].MsgContent.UUID must be present".to_owned(),
    )]
}

#[test]
fn an_answer_without_the_field_decodes() {
    let body = json!({
        "ResponseMetadata": {"RequestId": "r"},
        "Result": {
            "Message": {"MessageId": 2, "MsgBody": [
                {"MsgType": "TIMImageElem", "MsgContent": {"ImageInfoArray": [{"Type": 1, "URL": "https://a/1"}]}},
                {"MsgType": "TIMImageElem", "MsgContent": {"UUID": null, "ImageInfoArray": [{"Type": 1, "URL": "https://a/1"}]}}
            ]},
            "Reactions": []
        }
    });
    let answer: Envelope<ReactToMessageResponse> =
        from_json(body.to_string().as_bytes()).expect("an answer without UUID decodes");
    let message = answer.result.expect("a result").message;
    assert_eq!(message.msg_body, vec![stored_image(), stored_image()]);
    // Encoded again, the absent field stays absent.
    assert_eq!(
        serde_json::to_value(&message.msg_body[0]).unwrap(),
        body["Result"]["Message"]["MsgBody"][0]
    );
    // A field required both ways is still required in an answer.
    let e = from_json::<Envelope<ReactToMessageResponse>>(
        br#"{"ResponseMetadata": {"RequestId": "r"}, "Result": {"Message": {"MessageId": 2, "MsgBody": [{"MsgType": "TIMImageElem", "MsgContent": {"UUID": "u"}}]}, "Reactions": []}}"#,
    )
    .unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        (
            "Result.Message.MsgBody[0].MsgContent",
            "missing field `ImageInfoArray`"
        )
    );
}

#[test]
fn a_request_without_the_field_decodes_and_validation_refuses_it() {
    // The same JSON a server receives: it decodes (the type serves answers too), and
    // validation, which every request goes through, names the missing field by its wire path.
    for content in [
        json!({"ImageInfoArray": [{"Type": 1, "URL": "https://a/1"}]}),
        json!({"UUID": null, "ImageInfoArray": [{"Type": 1, "URL": "https://a/1"}]}),
    ] {
        let body = json!({"AppId": 1, "ConversationType": 2, "ConversationShortId": 9,
            "MsgBody": [{"MsgType": "TIMImageElem", "MsgContent": content}]});
        let request: SendMessageRequest = from_json(body.to_string().as_bytes()).unwrap();
        assert_eq!(request, sending(stored_image()));
        assert_eq!(violations(&request), uuid_missing());
    }
    // The constructor takes what a request must carry, as a plain value.
    let image = ImageElem::new("u", vec![ImageInfo::new(1)]);
    assert_eq!(image.uuid.as_deref(), Some("u"));
    assert_eq!(sending(MsgElement::Image(image)).validate(), Ok(()));
    // Found in field order, before the field's neighbours' limits.
    let mut both = sending(MsgElement::Image(ImageElem {
        uuid: None,
        image_info_array: Vec::new(),
    }));
    both.msg_body.push(stored_image());
    assert_eq!(
        violations(&both)
            .into_iter()
            .map(|(path, rule, _)| (path, rule))
            .collect::<Vec<_>>(),
        [
            ("MsgBody[0].MsgContent.UUID".to_owned(), "required"),
            (
                "MsgBody[0].MsgContent.ImageInfoArray".to_owned(),
                "min_items"
            ),
            ("MsgBody[1].MsgContent.UUID".to_owned(), "required"),
        ]
    );
}

/// Stores what it is sent and answers reads with an image stored without its id.
#[derive(Default)]
struct Stored {
    sends: AtomicUsize,
}

impl Service for Stored {
    async fn send_message(
        &self,
        _context: RequestContext,
        _request: SendMessageRequest,
    ) -> Result<SendMessageResponse, Fault> {
        self.sends.fetch_add(1, Ordering::SeqCst);
        Ok(SendMessageResponse {
            message_id: 2,
            sent_time: 1_700_000_000_000,
        })
    }

    async fn react_to_message(
        &self,
        _context: RequestContext,
        request: ReactToMessageRequest,
    ) -> Result<ReactToMessageResponse, Fault> {
        Ok(ReactToMessageResponse {
            message: Message {
                message_id: request.message_id,
                msg_body: vec![stored_image()],
            },
            reactions: vec![request.reaction.with_count(1)],
        })
    }
}

async fn client(base_url: &str, validate: bool) -> Client {
    Client::builder(Credentials::new(AK, SK))
        .base_url(base_url)
        .http(loopback::http())
        .validate(validate)
        .build()
        .unwrap()
}

#[tokio::test]
async fn clients_read_it_absent_and_neither_side_lets_a_request_go_without_it() {
    let stored = Arc::new(Stored::default());
    let config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)));
    let running = serve(router(stored.clone(), config)).await;
    let checking = client(&running.base_url, true).await;
    let trusting = client(&running.base_url, false).await;

    // The answer holds an image without its id: the client decodes it.
    let read = checking
        .react_to_message(&ReactToMessageRequest {
            app_id: 1,
            conversation_short_id: 9,
            message_id: 2,
            reaction: Reaction::new("👍"),
        })
        .await
        .expect("the answer decodes");
    assert_eq!(read.message.msg_body, vec![stored_image()]);

    // Sending that element back: the client refuses it, and nothing is sent.
    match checking.send_message(&sending(stored_image())).await {
        Err(Error::InvalidRequest(v)) => {
            assert_eq!(v.to_string(), "MsgBody[0].MsgContent.UUID must be present");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(stored.sends.load(Ordering::SeqCst), 0);

    // Sent all the same: the server refuses it with the vendor's invalid-parameter code,
    // naming the field, and the implementation never sees it.
    match trusting.send_message(&sending(stored_image())).await {
        Err(Error::Vendor(refusal)) => {
            assert_eq!(refusal.code, errors::INVALID_PARAM.code);
            assert!(
                refusal
                    .message
                    .contains("MsgBody[0].MsgContent.UUID must be present"),
                "{}",
                refusal.message
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(stored.sends.load(Ordering::SeqCst), 0);

    // With its id, it goes through.
    let mut complete = stored_image();
    if let MsgElement::Image(image) = &mut complete {
        image.uuid = Some("u".into());
    }
    trusting.send_message(&sending(complete)).await.unwrap();
    assert_eq!(stored.sends.load(Ordering::SeqCst), 1);
    drop(running);
}

#[test]
fn the_docs_the_schema_and_the_openapi_export_say_it() {
    let generated = imapi_tests::repo_root().join("tests/fixtures/extensions/generated");
    let read = |path: &str| std::fs::read_to_string(generated.join(path)).unwrap();
    let rust = read("src/ext_demo/types.rs");
    assert!(rust.contains("pub uuid: Option<String>,"));
    assert!(rust.contains("Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`."));
    assert!(read("typescript/ext-demo/types.ts").contains(
        "Required in a request (validation reports it absent); an answer may leave it out."
    ));
    assert!(read("python/extensions_fixture/ext_demo/types.py")
        .contains("``UUID`` (required in a request; an answer may leave it out)"));

    let openapi: Value = serde_json::from_str(&read("openapi/ext-demo.openapi.json")).unwrap();
    let schemas = &openapi["components"]["schemas"];
    let required = |name: &str| schemas[name]["required"].clone();
    let items =
        |name: &str, field: &str| schemas[name]["properties"][field]["items"]["$ref"].clone();
    // Sent, the id is required; received, it is not.
    assert_eq!(required("ImageElem"), json!(["UUID", "ImageInfoArray"]));
    assert_eq!(required("ImageElemReceived"), json!(["ImageInfoArray"]));
    assert_eq!(
        schemas["ImageElemReceived"]["properties"]["UUID"]["x-required-in-request"],
        true
    );
    // Requests name the sent forms, answers the received ones, all the way down.
    assert_eq!(
        items("SendMessageRequest", "MsgBody"),
        "#/components/schemas/MsgElement"
    );
    assert_eq!(
        items("Message", "MsgBody"),
        "#/components/schemas/MsgElementReceived"
    );
    assert_eq!(
        schemas["MsgElementReceived"]["discriminator"]["mapping"],
        json!({
            "TIMTextElem": "#/components/schemas/MsgElementText",
            "TIMImageElem": "#/components/schemas/MsgElementImageReceived"
        })
    );
    assert_eq!(
        schemas["MsgElementImageReceived"]["properties"]["MsgContent"]["$ref"],
        "#/components/schemas/ImageElemReceived"
    );
    // A shape the same both ways has one component.
    assert!(schemas.get("TextElemReceived").is_none());
    assert!(schemas.get("MsgElementTextReceived").is_none());
}
