//! Refinements (`refines:`): the extensions fixture's `GetGroupHistory` answer holds its
//! elements as `HistoryMsgElement`, a refinement of the shared `MsgElement` union whose image
//! variant holds `HistoryImageElem`, a refinement of `ImageElem` that adds two fields and makes
//! the sizes optional (as `HistoryImageInfo`, itself a refinement of `ImageInfo`). Each is a type
//! of its own in Rust, TypeScript, Python and the OpenAPI export; the shared types are
//! unchanged, so what a sender must give stays required.

use extensions_fixture::ext_demo::{
    GetGroupHistoryResponse, HistoryImageElem, HistoryImageInfo, HistoryMsgElement, ImageElem,
    MsgElement,
};
use imapi_runtime::from_json;
use serde_json::{json, Value};

/// An image element as a history answer holds it: two fields the shared shape does not have,
/// and a size without its `Type`.
const STORED_IMAGE: &str = r#"{"MsgType": "TIMImageElem", "MsgContent": {
    "ImageFormat": 1, "Thumb": {"URL": "https://a/t"},
    "ImageInfoArray": [{"URL": "https://a/1"}]}}"#;

#[test]
fn a_refined_element_keeps_the_fields_the_shared_one_drops() {
    let refined: HistoryMsgElement = from_json(STORED_IMAGE.as_bytes()).unwrap();
    let HistoryMsgElement::Image(image) = &refined else {
        panic!("an image: {refined:?}")
    };
    assert_eq!(image.image_format, Some(1));
    assert_eq!(
        image.thumb,
        Some(HistoryImageInfo {
            r#type: None,
            url: Some("https://a/t".into()),
            url_lower: None,
        })
    );
    // Encoded again, nothing is lost.
    let again: Value = serde_json::to_value(&refined).unwrap();
    let original: Value = serde_json::from_str(STORED_IMAGE).unwrap();
    assert_eq!(again, original);

    // The shared union cannot read the stored size (its `Type` is required there) ...
    let e = from_json::<MsgElement>(STORED_IMAGE.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("Type"), "{e}");
    // ... and, given one, drops the fields only the history answer has.
    let typed = STORED_IMAGE.replace(
        r#"{"URL": "https://a/1"}"#,
        r#"{"Type": 1, "URL": "https://a/1"}"#,
    );
    let shared: MsgElement = from_json(typed.as_bytes()).unwrap();
    let dropped = serde_json::to_value(&shared).unwrap();
    assert_eq!(dropped["MsgContent"].get("ImageFormat"), None);
    assert_eq!(dropped["MsgContent"].get("Thumb"), None);
}

#[test]
fn changes_apply_only_to_the_refinement() {
    // `changes` made the sizes optional in the refinement ...
    let bare: HistoryImageElem = from_json(b"{}").unwrap();
    assert_eq!(bare, HistoryImageElem::default());
    // ... while the base still requires them.
    let e = from_json::<ImageElem>(b"{}").unwrap_err();
    assert!(e.to_string().contains("ImageInfoArray"), "{e}");
    // A change keeps what it does not name: the base's `required: request` on `UUID`.
    let rust = std::fs::read_to_string(
        imapi_tests::repo_root()
            .join("tests/fixtures/extensions/generated/src/ext_demo/get_group_history.rs"),
    )
    .unwrap();
    assert!(rust.contains("/// A refinement of `ImageElem`"));
    assert!(rust.contains("pub image_info_array: Option<Vec<HistoryImageInfo>>,"));
}

#[test]
fn the_documented_answer_decodes_with_the_refined_types() {
    let body = json!({
        "GroupId": "g", "IsFinished": 1,
        "RspMsgList": [{"MsgSeq": 2, "MsgBody": [serde_json::from_str::<Value>(STORED_IMAGE).unwrap(),
                                                   {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]}]
    });
    let answer: GetGroupHistoryResponse = from_json(body.to_string().as_bytes()).unwrap();
    let elements = answer.rsp_msg_list[0].msg_body.as_ref().unwrap();
    assert!(matches!(elements[0], HistoryMsgElement::Image(_)));
    assert!(matches!(elements[1], HistoryMsgElement::Text(_)));
}

#[test]
fn typescript_python_and_openapi_have_the_refined_types() {
    let generated = imapi_tests::repo_root().join("tests/fixtures/extensions/generated");
    let read = |path: &str| std::fs::read_to_string(generated.join(path)).unwrap();
    let ts = read("typescript/ext-demo/types.ts");
    assert!(ts.contains("export interface HistoryImageElem {"));
    assert!(ts.contains("A refinement of `ImageElem`, a type of its own."));
    assert!(ts.contains(r#"{ MsgType: "TIMImageElem"; MsgContent: HistoryImageElem }"#));
    let py = read("python/extensions_fixture/ext_demo/types.py");
    assert!(py.contains(r#""ImageFormat": NotRequired[int],"#));
    assert!(py.contains("A refinement of ``MsgElement``, a type of its own."));

    let openapi: Value = serde_json::from_str(&read("openapi/ext-demo.openapi.json")).unwrap();
    let schemas = &openapi["components"]["schemas"];
    assert_eq!(schemas["HistoryImageElem"]["x-refines"], "ImageElem");
    assert_eq!(schemas["HistoryMsgElement"]["x-refines"], "MsgElement");
    assert_eq!(schemas["HistoryImageInfo"]["x-refines"], "ImageInfo");
    assert!(schemas["HistoryImageElem"]["properties"]["ImageFormat"].is_object());
    assert!(schemas["ImageElem"]["properties"]
        .get("ImageFormat")
        .is_none());
    assert_eq!(
        schemas["HistoryMsgElement"]["discriminator"]["mapping"]["TIMImageElem"],
        "#/components/schemas/HistoryMsgElementImage"
    );
}
