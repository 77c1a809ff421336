//! The format's extensions, end to end: `tests/fixtures/extensions/spec` uses each one, its
//! generated crate (`extensions-fixture`) is a workspace member, and each test here checks one
//! behaviour of that generated code, through decoding, validation, a client and a server.
//! Rules on nested fields and constraints with their own error codes are in
//! `extensions_rules.rs`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{router, Gateway, Service, StaticKeys, StrictService};
use extensions_fixture::ext_demo::{
    errors, CreateConversationRequest, CreateConversationResponse, GetGroupHistoryRequest,
    GetGroupHistoryResponse, GetGroupMembersRequest, GetGroupMembersResponse, ImageElem, ImageInfo,
    ListMessages, ListMessagesRequest, ListMessagesResponse, Message, MsgElement, Priority,
    ReactToMessageRequest, ReactToMessageResponse, Reaction, Role, ScanMembersRequest,
    ScanMembersResponse, SendMessageRequest, SendMessageResponse, ShutUpTime, TextElem,
};
use imapi_runtime::pager::StreamExt;
use imapi_runtime::server::{Fault, RequestContext, ServerConfig, Strict};
use imapi_runtime::time::ManualClock;
use imapi_runtime::validate::Rule;
use imapi_runtime::{from_json, Error, OperationShape, PageStep, Paginated, Validate};
use imapi_tests::loopback::{self, serve};
use serde_json::json;

const AK: &str = "AKLTextensions";
const SK: &str = "extensions-secret";

fn text(s: &str) -> MsgElement {
    MsgElement::Text(TextElem { text: s.into() })
}

/// (path, rule name) of every violation.
fn violations<T: Validate>(value: &T) -> Vec<(String, &'static str)> {
    match value.validate() {
        Ok(()) => Vec::new(),
        Err(v) => v.iter().map(|v| (v.path.clone(), v.rule.name())).collect(),
    }
}

#[test]
fn a_union_decodes_and_validates_per_variant() {
    let body = json!({
        "AppId": 1, "ConversationType": 2, "ConversationShortId": 9,
        "MsgBody": [
            {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}},
            {"MsgContent": {"UUID": "u", "ImageInfoArray": [{"Type": 1}]}, "MsgType": "TIMImageElem"},
            {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1}}
        ]
    });
    let request: SendMessageRequest = from_json(body.to_string().as_bytes()).unwrap();
    assert_eq!(request.msg_body[0], text("hi"));
    // Content before its tag decodes too.
    assert!(matches!(&request.msg_body[1], MsgElement::Image(i) if i.uuid.as_deref() == Some("u")));
    // A tag the spec does not list is kept, content and all.
    match &request.msg_body[2] {
        MsgElement::Unknown { tag, content } => {
            assert_eq!(tag, "TIMFaceElem");
            assert_eq!(content, &json!({"Index": 1}));
        }
        other => panic!("{other:?}"),
    }
    // And it encodes back to the same JSON.
    assert_eq!(
        serde_json::to_value(&request).unwrap()["MsgBody"],
        body["MsgBody"]
    );

    // Validation goes into each variant's content, and refuses the unknown tag.
    let mut long = request.clone();
    long.msg_body[0] = text(&"x".repeat(101));
    assert_eq!(
        violations(&long),
        [
            ("MsgBody[0].MsgContent.Text".to_owned(), "max_length"),
            ("MsgBody[2].MsgType".to_owned(), "enum"),
        ]
    );
    let mut image = request;
    image.msg_body = vec![MsgElement::Image(ImageElem::new("u", vec![]))];
    assert_eq!(
        violations(&image),
        [(
            "MsgBody[0].MsgContent.ImageInfoArray".to_owned(),
            "min_items"
        )]
    );

    // A variant's required field is required: the error names it at its wire path.
    let e = from_json::<SendMessageRequest>(
        br#"{"AppId":1,"ConversationShortId":9,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Txt":"hi"}}]}"#,
    )
    .unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.message.as_str()),
        ("MsgBody[0].MsgContent", "missing field `Text`")
    );
    let e = from_json::<SendMessageRequest>(
        br#"{"AppId":1,"ConversationShortId":9,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":7}}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path, "MsgBody[0].MsgContent.Text");
    let e = from_json::<SendMessageRequest>(
        br#"{"AppId":1,"ConversationShortId":9,"MsgBody":[{"MsgContent":{"Text":"hi"}}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.message, "missing field `MsgType`");
    let e = from_json::<SendMessageRequest>(
        br#"{"AppId":1,"ConversationShortId":9,"MsgBody":[["TIMTextElem",{"Text":"hi"}]]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path, "MsgBody[0]");
    assert!(
        e.message.starts_with("invalid type: sequence"),
        "{}",
        e.message
    );
}

#[test]
fn wire_names_that_differ_only_in_case_keep_both_values() {
    let info: ImageInfo =
        from_json(br#"{"Type": 1, "URL": "https://a/upper", "Url": "https://a/lower"}"#).unwrap();
    assert_eq!(info.url.as_deref(), Some("https://a/upper"));
    assert_eq!(info.url_lower.as_deref(), Some("https://a/lower"));
    assert_eq!(
        serde_json::to_value(&info).unwrap(),
        json!({"Type": 1, "URL": "https://a/upper", "Url": "https://a/lower"})
    );
}

#[test]
fn a_required_field_with_a_default_starts_at_it() {
    let request = SendMessageRequest::new(1, 9, vec![text("hi")]);
    assert_eq!(request.conversation_type, 2, "the documented default");
    assert_eq!(SendMessageRequest::default().conversation_type, 2);
    assert_eq!(request.validate(), Ok(()));
    // Required on the wire all the same.
    let e = from_json::<SendMessageRequest>(
        br#"{"AppId":1,"ConversationShortId":9,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.message, "missing field `ConversationType`");
    // The builder sets the rest.
    let request = request
        .with_conversation_type(1)
        .with_other_user_id(5)
        .with_client_msg_id("c-1");
    assert_eq!(
        (
            request.conversation_type,
            request.other_user_id,
            request.client_msg_id.as_deref()
        ),
        (1, Some(5), Some("c-1"))
    );
}

#[test]
fn conditional_and_exclusive_fields() {
    let one_to_one = SendMessageRequest::new(1, 9, vec![text("hi")]).with_conversation_type(1);
    assert_eq!(violations(&one_to_one), [(String::new(), "required_when")]);
    let e = one_to_one.validate().unwrap_err();
    assert_eq!(
        e.to_string(),
        "the request must have OtherUserId when ConversationType is 1"
    );
    assert_eq!(one_to_one.clone().with_other_user_id(5).validate(), Ok(()));
    // A group conversation needs no OtherUserId.
    assert_eq!(
        SendMessageRequest::new(1, 9, vec![text("hi")]).validate(),
        Ok(())
    );

    let both = SendMessageRequest::new(1, 9, vec![text("hi")])
        .with_mentions(vec![3])
        .with_mention_all(true);
    let found = both.validate().unwrap_err();
    let v = found.iter().next().unwrap();
    assert_eq!(
        v.rule,
        Rule::AtMostOneOf {
            fields: &["Mentions", "MentionAll"]
        }
    );
    assert_eq!(v.value.as_deref(), Some("Mentions and MentionAll"));
    assert_eq!(
        SendMessageRequest::new(1, 9, vec![text("hi")])
            .with_mention_all(true)
            .validate(),
        Ok(())
    );

    // Labels may not come with a high-priority message.
    let labelled = SendMessageRequest::new(1, 9, vec![text("hi")]).with_labels(vec![None]);
    assert_eq!(
        labelled.clone().with_priority(Priority::Normal).validate(),
        Ok(())
    );
    let e = labelled
        .with_priority(Priority::High)
        .validate()
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "the request must not have Labels when Priority is \"High\""
    );
}

#[test]
fn a_member_is_mentioned_once() {
    let once = SendMessageRequest::new(1, 9, vec![text("hi")]).with_mentions(vec![3, 4, 5]);
    assert_eq!(once.validate(), Ok(()));
    let twice = SendMessageRequest::new(1, 9, vec![text("hi")]).with_mentions(vec![3, 4, 3]);
    let e = twice.validate().unwrap_err();
    let found: Vec<_> = e.iter().map(|v| (v.path.as_str(), v.rule.name())).collect();
    assert_eq!(found, [("Mentions[2]", "unique_items")]);
    assert_eq!(
        e.to_string(),
        "Mentions[2] must not repeat item [0], found 3"
    );
}

#[test]
fn truncated_lists_and_coerced_values_are_accepted() {
    // The server reads the first 3 mentions and ignores the rest: not an error.
    let many = SendMessageRequest::new(1, 9, vec![text("hi")]).with_mentions((0..250).collect());
    assert_eq!(many.validate(), Ok(()));
    // An unknown role is treated as a member by the server: not an error either.
    let request: SendMessageRequest = from_json(
        br#"{"AppId":1,"ConversationType":2,"ConversationShortId":9,"SenderRole":7,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#,
    )
    .unwrap();
    assert_eq!(request.sender_role, Some(Role::Unknown(7)));
    assert_eq!(request.validate(), Ok(()));
    // An unknown priority (no `unknown_as`) is refused.
    let request: SendMessageRequest = from_json(
        br#"{"AppId":1,"ConversationType":2,"ConversationShortId":9,"Priority":"Urgent","MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#,
    )
    .unwrap();
    assert_eq!(violations(&request), [("Priority".to_owned(), "enum")]);
}

#[test]
fn named_special_numbers_keep_every_other_value() {
    for (wire, value) in [
        (0_u32, ShutUpTime::Unmute),
        (u32::MAX, ShutUpTime::Forever),
        (60, ShutUpTime::Seconds(60)),
    ] {
        let parsed: ShutUpTime = serde_json::from_value(json!(wire)).unwrap();
        assert_eq!(parsed, value);
        assert_eq!(parsed.value(), wire);
        assert_eq!(serde_json::to_value(parsed).unwrap(), json!(wire));
        let request = SendMessageRequest::new(1, 9, vec![text("hi")]).with_shut_up_time(parsed);
        assert_eq!(request.validate(), Ok(()), "{wire} is a valid ShutUpTime");
    }
}

#[test]
fn nullable_items_decode_and_encode() {
    let request: SendMessageRequest = from_json(
        br#"{"AppId":1,"ConversationType":2,"ConversationShortId":9,"Labels":["a",null],"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#,
    )
    .unwrap();
    assert_eq!(request.labels, Some(vec![Some("a".to_owned()), None]));
    assert_eq!(
        serde_json::to_value(&request).unwrap()["Labels"],
        json!(["a", null])
    );
    // Items that are not nullable refuse null.
    let e = from_json::<SendMessageRequest>(
        br#"{"AppId":1,"ConversationType":2,"ConversationShortId":9,"Mentions":[1,null],"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#,
    )
    .unwrap_err();
    assert_eq!(e.path, "Mentions[1]");
}

#[test]
fn units_sources_and_conditions_reach_the_docs() {
    let root = imapi_tests::repo_root().join("tests/fixtures/extensions/generated/src/ext_demo");
    let send = std::fs::read_to_string(root.join("send_message.rs")).unwrap();
    for fact in [
        "Unit: seconds.",
        "Unit: milliseconds.",
        "Source: Frequency limits, <https://example.com/limits>.",
        "When absent: no one is mentioned.",
        "The server processes the first 3 items and ignores the rest",
        "The server treats a value the spec does not list as `0` ([`Role::Member`])",
        "`OtherUserId` is required when `ConversationType` is `1`.",
        "At most one of `Mentions`, `MentionAll` may be present.",
        "`Labels` must be absent when `Priority` is `\"High\"`.",
        "Rate limit of high priority calls (when `Priority` is `\"High\"`): 2 requests per second",
        "Idempotent when `ClientMsgId` is sent",
        "Applies to conversation type: `group`, `live group` only",
    ] {
        assert!(send.contains(fact), "send_message.rs lacks {fact:?}");
    }
    let list = std::fs::read_to_string(root.join("list_messages.rs")).unwrap();
    assert!(
        list.contains("`Cursor` is a cursor from the previous page's `NextCursor`"),
        "{list}"
    );
    // Shared types live in the service's types file: service.yaml's, the type files', and one
    // that an operation's file defines once another operation uses it too, which says so.
    let types = std::fs::read_to_string(root.join("types.rs")).unwrap();
    assert!(types.contains("pub enum MsgElement"));
    assert!(!list.contains("pub enum MsgElement"));
    assert!(types.contains("Defined in `spec/ext-demo/types/reaction.yaml`.\n"));
    assert!(types.contains("pub struct Reaction "));
    assert!(types.contains(
        "Defined in `spec/ext-demo/list_messages.yaml` (`types[0]`), and used by other operations too."
    ));
    assert!(types.contains("pub struct Message "));
    assert!(!list.contains("pub struct Message "));
}

/// The fixture service: messages paged by cursor, members by offset, sends counted.
#[derive(Default)]
struct Fixture {
    messages: Vec<i64>,
    members: Vec<i64>,
    sends: AtomicUsize,
    /// Sends that fail with the internal error before one succeeds.
    failing_sends: AtomicUsize,
    cursors: Mutex<Vec<i64>>,
}

impl Service for Fixture {
    async fn list_messages(
        &self,
        _context: RequestContext,
        request: ListMessagesRequest,
    ) -> Result<ListMessagesResponse, Fault> {
        self.cursors.lock().unwrap().push(request.cursor);
        let limit = usize::try_from(request.limit_or_default()).unwrap_or(1);
        let start = usize::try_from(request.cursor).unwrap_or(0);
        let page: Vec<Message> = self
            .messages
            .iter()
            .skip(start)
            .take(limit)
            .map(|&id| Message {
                message_id: id,
                msg_body: vec![text(&format!("m{id}"))],
            })
            .collect();
        let next = start + page.len();
        let has_more = next < self.messages.len();
        Ok(ListMessagesResponse {
            messages: page,
            has_more,
            next_cursor: if has_more { next as i64 } else { -1 },
        })
    }

    async fn scan_members(
        &self,
        _context: RequestContext,
        request: ScanMembersRequest,
    ) -> Result<ScanMembersResponse, Fault> {
        let start = usize::try_from(request.offset.unwrap_or(0)).unwrap_or(0);
        let page: Vec<i64> = self.members.iter().skip(start).take(2).copied().collect();
        Ok(ScanMembersResponse {
            is_finished: start + page.len() >= self.members.len(),
            members: Some(page),
            caller_role: None,
        })
    }

    async fn send_message(
        &self,
        _context: RequestContext,
        _request: SendMessageRequest,
    ) -> Result<SendMessageResponse, Fault> {
        self.sends.fetch_add(1, Ordering::SeqCst);
        let failing = self.failing_sends.load(Ordering::SeqCst);
        if failing > 0 {
            self.failing_sends.store(failing - 1, Ordering::SeqCst);
            return Err(Fault::new(errors::INTERNAL_ERROR, "try again"));
        }
        Ok(SendMessageResponse {
            message_id: 1,
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
                msg_body: vec![text(&format!("m{}", request.message_id))],
            },
            reactions: vec![request.reaction.with_count(1)],
        })
    }
}

/// The fixture served on loopback, and a client of it with `attempts` tries per call.
async fn start(
    fixture: Fixture,
    clock: Option<ManualClock>,
    attempts: u32,
) -> (Arc<Fixture>, loopback::Running, Client) {
    let fixture = Arc::new(fixture);
    let mut config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)));
    if let Some(clock) = clock {
        config = config.with_clock(clock);
    }
    let running = serve(router(fixture.clone(), config)).await;
    let client = Client::builder(Credentials::new(AK, SK))
        .base_url(running.base_url.clone())
        .http(loopback::http())
        .configure(move |c| c.http.retry.max_attempts = attempts)
        .build()
        .unwrap();
    (fixture, running, client)
}

#[tokio::test]
async fn the_pager_walks_every_page_from_a_server() {
    let (fixture, _running, client) = start(
        Fixture {
            messages: (1..=5).collect(),
            members: (10..15).collect(),
            ..Fixture::default()
        },
        None,
        3,
    )
    .await;
    let first = ListMessagesRequest {
        app_id: 1,
        conversation_short_id: 9,
        cursor: 0,
        limit: Some(2),
    };
    let pages: Vec<ListMessagesResponse> = client
        .list_messages_pages(first.clone())
        .map(|page| page.expect("a page"))
        .collect()
        .await;
    let ids: Vec<Vec<i64>> = pages
        .iter()
        .map(|p| p.messages.iter().map(|m| m.message_id).collect())
        .collect();
    assert_eq!(ids, [vec![1, 2], vec![3, 4], vec![5]], "three pages");
    assert_eq!(*fixture.cursors.lock().unwrap(), [0, 2, 4]);

    // The offset walk: 2 members a page, the next offset counted from the items.
    let members: Vec<i64> = client
        .scan_members_pages(ScanMembersRequest::new(1))
        .map(|page| page.expect("a page").members.unwrap_or_default())
        .collect::<Vec<_>>()
        .await
        .concat();
    assert_eq!(members, [10, 11, 12, 13, 14]);

    // Stopping early fetches no more.
    fixture.cursors.lock().unwrap().clear();
    let one = client.list_messages_pages(first).next().await;
    assert!(matches!(one, Some(Ok(_))));
    assert_eq!(*fixture.cursors.lock().unwrap(), [0]);
}

#[test]
fn a_page_that_names_the_position_asked_for_stalls_the_walk() {
    let request = ListMessagesRequest {
        app_id: 1,
        conversation_short_id: 9,
        cursor: 4,
        limit: None,
    };
    let page = |has_more, next_cursor| ListMessagesResponse {
        messages: vec![Message {
            message_id: 1,
            msg_body: vec![],
        }],
        has_more,
        next_cursor,
    };
    assert_eq!(
        ListMessages::next_page(&request, &page(true, 4)),
        PageStep::Stalled("NextCursor")
    );
    assert_eq!(
        ListMessages::next_page(&request, &page(false, 6)),
        PageStep::Done
    );
    assert_eq!(
        ListMessages::next_page(&request, &page(true, -1)),
        PageStep::Done,
        "the end marker"
    );
    match ListMessages::next_page(&request, &page(true, 6)) {
        PageStep::Next(next) => assert_eq!(next.cursor, 6),
        other => panic!("{other:?}"),
    }
    let empty = ListMessagesResponse {
        messages: vec![],
        has_more: true,
        next_cursor: 6,
    };
    assert_eq!(
        ListMessages::next_page(&request, &empty),
        PageStep::Done,
        "an empty page"
    );
    let [op] = ListMessages::OP.pagination else {
        panic!("one style of pagination facts");
    };
    assert_eq!(
        (op.request_field, op.response_field, op.items),
        ("Cursor", Some("NextCursor"), "Messages")
    );
}

#[tokio::test]
async fn a_stalled_server_ends_the_stream_with_an_error() {
    // Written in the strict form (every operation, no defaults), served through `Strict`.
    struct Stuck;
    impl StrictService for Stuck {
        async fn list_messages(
            &self,
            _context: RequestContext,
            _request: ListMessagesRequest,
        ) -> Result<ListMessagesResponse, Fault> {
            Ok(ListMessagesResponse {
                messages: vec![Message {
                    message_id: 1,
                    msg_body: vec![],
                }],
                has_more: true,
                next_cursor: 0,
            })
        }
        async fn scan_members(
            &self,
            _context: RequestContext,
            _request: ScanMembersRequest,
        ) -> Result<ScanMembersResponse, Fault> {
            Err(Fault::new(errors::INTERNAL_ERROR, "unused"))
        }
        async fn send_message(
            &self,
            _context: RequestContext,
            _request: SendMessageRequest,
        ) -> Result<SendMessageResponse, Fault> {
            Err(Fault::new(errors::INTERNAL_ERROR, "unused"))
        }
        async fn create_conversation(
            &self,
            _context: RequestContext,
            _request: CreateConversationRequest,
        ) -> Result<CreateConversationResponse, Fault> {
            Err(Fault::new(errors::INTERNAL_ERROR, "unused"))
        }
        async fn react_to_message(
            &self,
            _context: RequestContext,
            _request: ReactToMessageRequest,
        ) -> Result<ReactToMessageResponse, Fault> {
            Err(Fault::new(errors::INTERNAL_ERROR, "unused"))
        }
        async fn get_group_members(
            &self,
            _context: RequestContext,
            _request: GetGroupMembersRequest,
        ) -> Result<GetGroupMembersResponse, Fault> {
            Err(Fault::new(errors::INTERNAL_ERROR, "unused"))
        }
        async fn get_group_history(
            &self,
            _context: RequestContext,
            _request: GetGroupHistoryRequest,
        ) -> Result<GetGroupHistoryResponse, Fault> {
            Err(Fault::new(errors::INTERNAL_ERROR, "unused"))
        }
    }
    let config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)));
    let running = serve(router(Arc::new(Strict(Stuck)), config)).await;
    let client = Client::builder(Credentials::new(AK, SK))
        .base_url(running.base_url.clone())
        .http(loopback::http())
        .build()
        .unwrap();
    let request = ListMessagesRequest {
        app_id: 1,
        conversation_short_id: 9,
        cursor: 0,
        limit: None,
    };
    let all: Vec<_> = client.list_messages_pages(request).collect().await;
    assert_eq!(
        all.len(),
        2,
        "the page, then the error; never an endless walk"
    );
    assert!(all[0].is_ok());
    match &all[1] {
        Err(Error::Decode(e)) => assert_eq!(e.path, "NextCursor"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_dedupe_field_makes_a_call_retryable() {
    let (fixture, _running, client) = start(Fixture::default(), None, 3).await;
    // Without ClientMsgId a server error is not retried: the message may have been sent.
    fixture.failing_sends.store(1, Ordering::SeqCst);
    let plain = SendMessageRequest::new(1, 9, vec![text("hi")]);
    let e = client.send_message(&plain).await.unwrap_err();
    assert!(
        matches!(&e, Error::Vendor(v) if v.code == "InternalError"),
        "{e}"
    );
    assert_eq!(fixture.sends.load(Ordering::SeqCst), 1);
    // With it the server drops a repeat, so the client retries.
    fixture.failing_sends.store(1, Ordering::SeqCst);
    let deduped = plain.with_client_msg_id("c-1");
    client.send_message(&deduped).await.expect("retried");
    assert_eq!(fixture.sends.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_class_limit_throttles_its_class_only() {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let clock = ManualClock::at(now);
    // One attempt per call: a throttled call is not retried into the next budget.
    let (fixture, _running, client) = start(Fixture::default(), Some(clock.clone()), 1).await;
    let high = SendMessageRequest::new(1, 9, vec![text("hi")]).with_priority(Priority::High);
    let normal = SendMessageRequest::new(1, 9, vec![text("hi")]);
    // The class allows 2 per second: a burst of two, then one every 500 ms.
    client
        .send_message(&high)
        .await
        .expect("the first high-priority message");
    client.send_message(&high).await.expect("the second");
    let e = client.send_message(&high).await.unwrap_err();
    assert!(matches!(&e, Error::Vendor(v) if v.throttled), "{e}");
    assert!(e.to_string().contains("SendMessage (high priority)"), "{e}");
    // Normal messages have the operation's own budget of 100 per second.
    for _ in 0..5 {
        client
            .send_message(&normal)
            .await
            .expect("a normal message");
    }
    clock.advance(Duration::from_millis(500));
    client
        .send_message(&high)
        .await
        .expect("the class's budget came back");
    assert_eq!(fixture.sends.load(Ordering::SeqCst), 8);
}

#[tokio::test]
async fn an_operation_uses_another_operations_type_and_a_type_file() {
    // ReactToMessage was added as one file: its `Message` is the type list_messages.yaml
    // defines, the one ListMessages answers with, and its `Reaction` comes from the type file
    // types/reaction.yaml; the client and server of both work on the same Rust types.
    let (_fixture, _running, client) = start(Fixture::default(), None, 1).await;
    let request = ReactToMessageRequest::new(1, 9, 7, Reaction::new("👍"));
    let answer = client.react_to_message(&request).await.expect("an answer");
    let listed: ListMessagesResponse = from_json(
        br#"{"Messages": [{"MessageId": 7, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "m7"}}]}], "HasMore": false, "NextCursor": -1}"#,
    )
    .unwrap();
    assert_eq!(answer.message, listed.messages[0]);
    assert_eq!(answer.reactions, [Reaction::new("👍").with_count(1)]);
    // The type file's limits hold in the new operation's request.
    let long = ReactToMessageRequest::new(1, 9, 7, Reaction::new("x".repeat(9)));
    assert_eq!(
        violations(&long),
        [("Reaction.Emoji".to_owned(), "max_length")]
    );
    assert!(client.react_to_message(&long).await.is_err());
}
