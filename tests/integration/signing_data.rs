//! The model's signing data (`service.signing`, which template sets read) is what the runtime
//! does: the V4 signature's signed headers, scope and added headers, the query a Tencent call
//! carries, and conformance vectors that exist where the model says.

use codegen::ir;
use imapi_runtime::volcengine::sign::{sign, Credentials, SignInput};
use imapi_tests::repo_root;

fn signing(service: &str) -> ir::Signing {
    let ir = codegen::build_ir(&repo_root().join("spec")).expect("the spec");
    ir.services
        .into_iter()
        .find(|s| s.name == service)
        .unwrap_or_else(|| panic!("the {service} service"))
        .signing
}

#[test]
fn each_schemes_vectors_are_where_the_model_says() {
    let ir = codegen::build_ir(&repo_root().join("spec")).expect("the spec");
    for service in &ir.services {
        let path = repo_root().join(&service.signing.vectors);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let vectors: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let count = vectors["vectors"].as_array().map_or(0, Vec::len);
        assert!(count > 0, "{} holds no vectors", path.display());
    }
}

#[test]
fn the_v4_data_is_what_the_signer_does() {
    let model = signing("volcengine-rtc-im");
    let input = SignInput {
        method: "POST",
        host: "rtc.volcengineapi.com",
        path: "/",
        query: &[("Action", "ModifyMessage"), ("Version", "2020-12-01")],
        content_type: "application/json",
        body: b"{}",
        x_date: "20261207T101010Z",
        region: "cn-north-1",
        service: model.service.as_deref().expect("a scope service"),
    };
    let plain = sign(&input, &Credentials::new("AK", "SK"));
    let authorization = &plain.authorization;
    assert!(
        authorization.starts_with(&format!("{} ", model.algorithm)),
        "{authorization}"
    );
    let signed = model.signed_headers.join(";");
    assert!(
        authorization.contains(&format!("SignedHeaders={signed},")),
        "{authorization} signs {signed}"
    );
    let scope = model
        .scope
        .as_deref()
        .expect("a scope")
        .replace("{date}", "20261207")
        .replace("{region}", "cn-north-1")
        .replace("{service}", input.service);
    assert!(
        authorization.contains(&format!("Credential=AK/{scope},")),
        "{authorization} names {scope}"
    );
    // The headers added: all the model lists but the token, and the token with one.
    let names = |headers: &imapi_runtime::volcengine::sign::SignedHeaders| -> Vec<String> {
        let mut names: Vec<String> = headers
            .pairs()
            .iter()
            .map(|(n, _)| (*n).to_owned())
            .collect();
        names.sort();
        names
    };
    let mut listed: Vec<String> = model.adds.iter().map(|p| p.name.clone()).collect();
    listed.sort();
    let mut with_token = Credentials::new("AK", "SK");
    with_token.session_token = Some("sts".into());
    assert_eq!(names(&sign(&input, &with_token)), listed);
    listed.retain(|n| n != "X-Security-Token");
    assert_eq!(names(&plain), listed);
    assert_eq!(model.carrier, "headers");
}

#[test]
fn the_tencent_query_is_what_the_client_sends_and_the_server_asks_for() {
    let model = signing("tencent-chat");
    let names: Vec<&str> = model.adds.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, imapi_runtime::tencent::QUERY_PARAMETERS);
    assert_eq!(model.carrier, "query");
    assert!(model.signed_headers.is_empty() && model.scope.is_none());
}
