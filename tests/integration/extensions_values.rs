//! A field that takes part of a shared enum (`constraints.values`), in the extensions
//! fixture's `ScanMembers`: its request's `Role` takes only 0 and 2 of the shared `Role`, each
//! item of `Except` only 2 (with a documented code), and the response's `CallerRole` is
//! documented as 0 or 2. What the generated validators report, what a generated server
//! answers, what an answer decodes to, and what the docs and the OpenAPI export say.

use std::sync::Arc;

use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{router, Gateway, Service, StaticKeys};
use extensions_fixture::ext_demo::{errors, Role, ScanMembersRequest, ScanMembersResponse};
use imapi_runtime::server::{Fault, RequestContext, ServerConfig};
use imapi_runtime::{Error, Validate};
use imapi_tests::loopback::{self, serve};

const AK: &str = "AKLTvaluesfixture";
const SK: &str = "values-fixture-secret";

/// Every violation as (path, rule name, code, message).
fn found(
    request: &ScanMembersRequest,
) -> Vec<(String, &'static str, Option<&'static str>, String)> {
    match request.validate() {
        Ok(()) => Vec::new(),
        Err(v) => v
            .iter()
            .map(|v| {
                (
                    v.path.clone(),
                    v.rule.name(),
                    v.code.map(|c| c.code),
                    v.to_string(),
                )
            })
            .collect(),
    }
}

fn decoded(json: &str) -> ScanMembersRequest {
    serde_json::from_str(json).expect("a request the types hold")
}

#[test]
fn a_field_takes_only_its_values_of_the_enum() {
    for role in [Role::Member, Role::Manager] {
        assert_eq!(found(&ScanMembersRequest::new(1).with_role(role)), vec![]);
    }
    // A documented value of the enum that this field does not take.
    assert_eq!(
        found(&ScanMembersRequest::new(1).with_role(Role::Owner)),
        vec![(
            "Role".to_owned(),
            "enum",
            None,
            "Role must be one of 0 (Member), 2 (Manager), found 1".to_owned()
        )]
    );
    // A value the enum does not list at all: reported once, with the field's values.
    assert_eq!(
        found(&decoded(r#"{"AppId": 1, "Role": 7}"#)),
        vec![(
            "Role".to_owned(),
            "enum",
            None,
            "Role must be one of 0 (Member), 2 (Manager), found 7".to_owned()
        )]
    );
}

#[test]
fn list_items_take_their_values_with_their_code() {
    let request = ScanMembersRequest::new(1).with_except(vec![Role::Manager, Role::Member]);
    assert_eq!(
        found(&request),
        vec![(
            "Except[1]".to_owned(),
            "enum",
            Some(errors::INVALID_PARAM.code),
            "Except[1] must be one of 2 (Manager), found 0".to_owned()
        )]
    );
    assert_eq!(
        found(&ScanMembersRequest::new(1).with_except(vec![Role::Manager])),
        vec![]
    );
}

#[test]
fn an_answer_decodes_every_value_of_the_shared_enum() {
    // The documented subset is the server's promise, not a reason to fail an answer: the type
    // is the shared enum's, so a value outside it still decodes.
    let answer: ScanMembersResponse =
        serde_json::from_str(r#"{"IsFinished": true, "CallerRole": 1}"#).unwrap();
    assert_eq!(answer.caller_role, Some(Role::Owner));
}

struct Scans;

impl Service for Scans {
    async fn scan_members(
        &self,
        _context: RequestContext,
        request: ScanMembersRequest,
    ) -> Result<ScanMembersResponse, Fault> {
        Ok(ScanMembersResponse {
            members: Some(vec![7]),
            is_finished: true,
            caller_role: request.role,
        })
    }
}

#[tokio::test]
async fn a_server_refuses_the_enums_other_values() {
    let config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)));
    let running = serve(router(Arc::new(Scans), config)).await;
    let client = |validate| {
        Client::builder(Credentials::new(AK, SK))
            .base_url(running.base_url.clone())
            .http(loopback::http())
            .validate(validate)
            .build()
            .unwrap()
    };
    let unchecked = client(false);

    let manager = ScanMembersRequest::new(1).with_role(Role::Manager);
    let answer = unchecked.scan_members(&manager).await.unwrap();
    assert_eq!(answer.caller_role, Some(Role::Manager));

    let owner = ScanMembersRequest::new(1).with_role(Role::Owner);
    match unchecked.scan_members(&owner).await {
        Err(Error::Vendor(v)) => {
            assert_eq!(v.code, errors::INVALID_PARAM.code);
            assert!(
                v.message
                    .contains("Role must be one of 0 (Member), 2 (Manager)"),
                "{v}"
            );
        }
        other => panic!("{other:?}"),
    }
    // The client's own validation refuses it before sending.
    match client(true).scan_members(&owner).await {
        Err(Error::InvalidRequest(v)) => assert_eq!(v.iter().next().unwrap().path, "Role"),
        other => panic!("{other:?}"),
    }
    drop(running);
}

#[test]
fn the_docs_and_the_openapi_export_name_the_values() {
    let generated = imapi_tests::repo_root().join("tests/fixtures/extensions/generated");
    let read = |path: &str| std::fs::read_to_string(generated.join(path)).unwrap();
    let rust = read("src/ext_demo/scan_members.rs");
    assert!(rust.contains("Limits: only `0` (Member) or `2` (Manager)."));
    assert!(rust.contains("Limits: each item only `2` (Manager) (else error `InvalidParam`)."));
    for docs in [
        read("typescript/ext-demo/types.ts"),
        read("python/extensions_fixture/ext_demo/types.py"),
    ] {
        assert!(docs.contains("only `0` (Member) or `2` (Manager)"));
    }

    let openapi: serde_json::Value =
        serde_json::from_str(&read("openapi/ext-demo.openapi.json")).unwrap();
    let schemas = &openapi["components"]["schemas"];
    let role = &schemas["ScanMembersRequest"]["properties"]["Role"];
    assert_eq!(role["enum"], serde_json::json!([0, 2]));
    assert!(role["$ref"].as_str().unwrap().ends_with("/Role"));
    let except = &schemas["ScanMembersRequest"]["properties"]["Except"]["items"];
    assert_eq!(except["enum"], serde_json::json!([2]));
    assert_eq!(except["x-error-code"], "InvalidParam");
    // In an answer the values are the document's word, not a refusal: an answer with another
    // value of the enum decodes, so the schema does not reject it.
    let caller = &schemas["ScanMembersResponse"]["properties"]["CallerRole"];
    assert_eq!(caller["x-values"], serde_json::json!([0, 2]));
    assert!(caller.get("enum").is_none(), "{caller}");
}
