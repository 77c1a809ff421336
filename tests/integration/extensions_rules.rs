//! The extensions fixture's rules that name fields inside nested objects by wire path, and
//! its constraints that carry their own documented error codes (`CreateConversation`, and the
//! shared `TextElem`): what the generated validators report, and what a generated server
//! answers. (`extensions.rs` holds the fixture's other behaviours.)

use std::sync::Arc;

use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{router, Gateway, Service, StaticKeys};
use extensions_fixture::ext_demo::{
    errors, ConversationMode, CoreInfo, CoreSettings, CreateConversationRequest,
    CreateConversationResponse, MsgElement, SendMessageRequest, TextElem,
};
use imapi_runtime::server::{Fault, RequestContext, ServerConfig};
use imapi_runtime::{Error, ErrorCode, Validate};
use imapi_tests::loopback::{self, serve};

const AK: &str = "AKLTextensions";
const SK: &str = "extensions-secret";

/// (path, rule name, code) of every violation.
fn found<T: Validate>(value: &T) -> Vec<(String, &'static str, Option<&'static str>)> {
    match value.validate() {
        Ok(()) => Vec::new(),
        Err(v) => v
            .iter()
            .map(|v| (v.path.clone(), v.rule.name(), v.code.map(|c| c.code)))
            .collect(),
    }
}

fn info(conversation_type: i32) -> CoreInfo {
    CoreInfo {
        conversation_type,
        name: Some("team".into()),
        members: None,
        settings: CoreSettings { mode: None },
    }
}

fn request() -> CreateConversationRequest {
    CreateConversationRequest {
        app_id: 1,
        ..Default::default()
    }
}

#[test]
fn a_condition_reads_a_field_inside_a_nested_object() {
    let one_to_one = request().with_conversation_core_info(info(1));
    assert_eq!(
        found(&one_to_one),
        [(String::new(), "required_when", Some("OtherUserIdMissing"))]
    );
    assert_eq!(
        one_to_one.validate().unwrap_err().to_string(),
        "the request must have OtherUserId when ConversationCoreInfo.ConversationType is 1"
    );
    assert_eq!(one_to_one.clone().with_other_user_id(5).validate(), Ok(()));
    // A group conversation needs no other user.
    assert_eq!(
        request().with_conversation_core_info(info(2)).validate(),
        Ok(())
    );
}

#[test]
fn an_absent_parent_object_makes_the_path_absent() {
    // No `ConversationCoreInfo`: its `ConversationType` is absent, so the condition does not
    // hold, and no `OtherUserId` is needed.
    assert_eq!(request().validate(), Ok(()));
    // Nor is `ConversationCoreInfo.Members` sent, so `InviteAll` alone is fine.
    assert_eq!(request().with_invite_all(true).validate(), Ok(()));
}

#[test]
fn a_condition_goes_through_a_required_object_to_an_optional_enum() {
    let direct = |mode: Option<ConversationMode>| {
        let mut info = info(2);
        info.settings.mode = mode;
        request()
            .with_conversation_core_info(info)
            .with_invite_all(true)
    };
    assert_eq!(
        found(&direct(Some(ConversationMode::Direct))),
        // A rule without a code of its own: the invalid-parameter role's code applies.
        [(String::new(), "forbidden_when", None)]
    );
    assert_eq!(
        direct(Some(ConversationMode::Direct))
            .validate()
            .unwrap_err()
            .to_string(),
        "the request must not have InviteAll when ConversationCoreInfo.Settings.Mode is \"Direct\""
    );
    assert_eq!(direct(Some(ConversationMode::Open)).validate(), Ok(()));
    assert_eq!(direct(None).validate(), Ok(()));
}

#[test]
fn a_group_names_a_nested_field_and_carries_a_code() {
    let mut with_members = info(2);
    with_members.members = Some(vec![7]);
    let both = request()
        .with_conversation_core_info(with_members.clone())
        .with_invite_all(true);
    assert_eq!(
        found(&both),
        [(String::new(), "mutually_exclusive", Some("InviteConflict"))]
    );
    assert_eq!(
        both.validate().unwrap_err().to_string(),
        "the request must have at most one of InviteAll, ConversationCoreInfo.Members, found InviteAll and ConversationCoreInfo.Members"
    );
    assert_eq!(
        request()
            .with_conversation_core_info(with_members)
            .validate(),
        Ok(())
    );
    // A coded group inside the nested object: neither `Name` nor `Members`.
    let mut bare = info(2);
    bare.name = None;
    assert_eq!(
        found(&request().with_conversation_core_info(bare)),
        [(
            "ConversationCoreInfo".to_owned(),
            "at_least_one_of",
            Some("NameOrMembersMissing")
        )]
    );
}

#[test]
fn limits_carry_their_codes_and_items_their_own() {
    assert_eq!(request().with_owners(vec![1, 2, 3]).validate(), Ok(()));
    assert_eq!(
        found(&request().with_owners(vec![1, 2, 3, 4])),
        [("Owners".to_owned(), "max_items", Some("TooManyOwners"))]
    );
    assert_eq!(
        found(&request().with_owners(vec![1, 0])),
        [("Owners[1]".to_owned(), "minimum", Some("InvalidOwner"))]
    );
    // A limit without a code.
    let mut long = info(2);
    long.name = Some("n".repeat(21));
    assert_eq!(
        found(&request().with_conversation_core_info(long)),
        [("ConversationCoreInfo.Name".to_owned(), "max_length", None)]
    );
    // The code of a shared type's limit, listed by the service.
    let text = |n: usize| {
        SendMessageRequest::new(
            1,
            9,
            vec![MsgElement::Text(TextElem {
                text: "x".repeat(n),
            })],
        )
    };
    assert_eq!(text(100).validate(), Ok(()));
    assert_eq!(
        found(&text(101)),
        [(
            "MsgBody[0].MsgContent.Text".to_owned(),
            "max_length",
            Some("TextTooLong")
        )]
    );
}

#[test]
fn the_first_coded_violation_decides_the_code() {
    let mut long = info(2);
    long.name = Some("n".repeat(21));
    let request = request()
        .with_conversation_core_info(long)
        .with_owners(vec![0, 1, 2, 3]);
    let violations = request.validate().unwrap_err();
    assert_eq!(
        found(&request),
        [
            ("ConversationCoreInfo.Name".to_owned(), "max_length", None),
            ("Owners".to_owned(), "max_items", Some("TooManyOwners")),
            ("Owners[0]".to_owned(), "minimum", Some("InvalidOwner")),
        ]
    );
    // Not the first violation's (it has none), but the first one's that carries a code.
    assert_eq!(violations.code(), Some(errors::TOO_MANY_OWNERS));
}

/// Answers every call; the tests below are about what is refused before it.
struct Creates;

impl Service for Creates {
    async fn create_conversation(
        &self,
        _context: RequestContext,
        _request: CreateConversationRequest,
    ) -> Result<CreateConversationResponse, Fault> {
        Ok(CreateConversationResponse {
            conversation_short_id: 10,
        })
    }
}

/// What the server answers `request` (sent without the client's own validation).
async fn answer(client: &Client, request: &CreateConversationRequest) -> Result<i64, ErrorCode> {
    match client.create_conversation(request).await {
        Ok(r) => Ok(r.conversation_short_id),
        Err(Error::Vendor(v)) => {
            let all = [
                errors::INVALID_PARAM,
                errors::OTHER_USER_ID_MISSING,
                errors::INVITE_CONFLICT,
                errors::TOO_MANY_OWNERS,
                errors::INVALID_OWNER,
                errors::NAME_OR_MEMBERS_MISSING,
            ];
            let code = all.into_iter().find(|c| c.code == v.code);
            Err(code.unwrap_or_else(|| panic!("an unexpected code: {v}")))
        }
        Err(other) => panic!("{other}"),
    }
}

#[tokio::test]
async fn a_server_answers_a_constraints_own_code() {
    let config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)));
    let running = serve(router(Arc::new(Creates), config)).await;
    let client = Client::builder(Credentials::new(AK, SK))
        .base_url(running.base_url.clone())
        .http(loopback::http())
        .validate(false)
        .build()
        .unwrap();

    assert_eq!(answer(&client, &request()).await, Ok(10));
    // The case: a condition on a nested field, refused with its documented code.
    let one_to_one = request().with_conversation_core_info(info(1));
    assert_eq!(
        answer(&client, &one_to_one).await,
        Err(errors::OTHER_USER_ID_MISSING)
    );
    assert_eq!(
        answer(&client, &one_to_one.with_other_user_id(5)).await,
        Ok(10)
    );
    assert_eq!(
        answer(&client, &request().with_owners(vec![1, 2, 3, 4])).await,
        Err(errors::TOO_MANY_OWNERS)
    );
    // A rule without a code: the invalid-parameter role's code, as before.
    let mut direct = info(2);
    direct.settings.mode = Some(ConversationMode::Direct);
    let forbidden = request()
        .with_conversation_core_info(direct)
        .with_invite_all(true);
    assert_eq!(
        answer(&client, &forbidden).await,
        Err(errors::INVALID_PARAM)
    );
    // An uncoded violation first and a coded one after: the coded one's code.
    let mut long = info(2);
    long.name = Some("n".repeat(21));
    let both = request()
        .with_conversation_core_info(long)
        .with_owners(vec![0]);
    assert_eq!(answer(&client, &both).await, Err(errors::INVALID_OWNER));
    drop(running);
}

#[test]
fn the_docs_and_the_openapi_export_show_codes_and_paths() {
    let generated = imapi_tests::repo_root().join("tests/fixtures/extensions/generated");
    let read = |path: &str| std::fs::read_to_string(generated.join(path)).unwrap();
    let rust = read("src/ext_demo/create_conversation.rs");
    for text in [
        "Limits: at most 3 items (else error `TooManyOwners`); each item at least 1 (else error `InvalidOwner`).",
        "`OtherUserId` is required when `ConversationCoreInfo.ConversationType` is `1` (else error `OtherUserIdMissing`).",
        "At most one of `InviteAll`, `ConversationCoreInfo.Members` may be present (else error `InviteConflict`).",
        "A dotted name is a wire path into the objects this one holds",
    ] {
        assert!(rust.contains(text), "{text}");
    }
    let typescript = read("typescript/ext-demo/types.ts");
    let python = read("python/extensions_fixture/ext_demo/types.py");
    for docs in [&typescript, &python] {
        assert!(docs.contains("at most 3 items (else error `TooManyOwners`)"));
    }

    let openapi: serde_json::Value =
        serde_json::from_str(&read("openapi/ext-demo.openapi.json")).unwrap();
    let request = &openapi["components"]["schemas"]["CreateConversationRequest"];
    let owners = &request["properties"]["Owners"];
    assert_eq!(owners["x-error-code"], "TooManyOwners");
    assert_eq!(owners["items"]["x-error-code"], "InvalidOwner");
    let rules = request["allOf"].as_array().unwrap();
    let required_when = rules
        .iter()
        .find(|r| r.get("if").is_some() && r["then"]["required"][0] == "OtherUserId")
        .unwrap();
    assert_eq!(required_when["x-error-code"], "OtherUserIdMissing");
    assert_eq!(
        required_when["if"],
        serde_json::json!({
            "required": ["ConversationCoreInfo"],
            "properties": {"ConversationCoreInfo": {
                "required": ["ConversationType"],
                "properties": {"ConversationType": {"const": 1}}
            }}
        })
    );
}
