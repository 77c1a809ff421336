//! Paging shapes beyond a cursor and a has-more flag, in the extensions fixture: an offset
//! walk that ends when the offset reaches a total count (`GetGroupMembers`, as Tencent's
//! get_group_member_info pages a group), two styles in one operation chosen by the request
//! (the same operation pages Community groups by a `Next` token), and a next position computed
//! from the page's items with an end flag of three values (`GetGroupHistory`, as
//! group_msg_get_simple: the next `ReqMsgSeq` is the smallest `MsgSeq` minus 1; `IsFinished` 0
//! more, 1 and 2 the last). Each is walked by the generated Rust client, and by the TypeScript
//! and Python packages, against a loopback router that pages as the documents say, with its
//! end conditions and its stall guard.

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::{Arc, Mutex};

use extensions_fixture::ext_demo::client::{Client, Credentials};
use extensions_fixture::ext_demo::server::{router, Gateway, Service, StaticKeys};
use extensions_fixture::ext_demo::{
    errors, GetGroupHistory, GetGroupHistoryRequest, GetGroupHistoryResponse, GetGroupMembers,
    GetGroupMembersRequest, GetGroupMembersResponse, GroupMember, HistoryMessage,
};
use imapi_runtime::pager::StreamExt;
use imapi_runtime::server::{Fault, RequestContext, ServerConfig};
use imapi_runtime::{Error, OperationShape, PageStep, Paginated};
use imapi_tests::loopback::{self, serve};
use imapi_tests::repo_root;
use imapi_tests::tools::{compile_typescript, python_tools};
use serde_json::{json, Value};

const AK: &str = "AKLTpagesfixture";
/// A walk is cut after this many pages, so a pager that never stops fails the test instead of
/// hanging it (the scripts cut theirs alike, reporting the error `endless`).
const MAX_PAGES: usize = 20;
const SK: &str = "pages-fixture-secret";

/// How a group's server behaves.
#[derive(Clone, Copy, PartialEq)]
enum Behaviour {
    /// As the documents say.
    Documented,
    /// Community batches: answers with the `Next` it was asked for, after the first.
    SameToken,
    /// History: ignores `ReqMsgSeq`, always answering the latest messages.
    IgnoresSeq,
    /// History: answers an `IsFinished` the document does not give.
    UnknownFlag,
}

/// One group of the router: its members, or its messages by sequence number (1 to `messages`).
struct Group {
    members: usize,
    messages: i64,
    /// Messages below this sequence number have expired.
    expired_below: i64,
    behaviour: Behaviour,
}

/// The groups every language walks, by id; a Community group's id starts with `@TGS#_`, as
/// Tencent's do.
fn groups() -> BTreeMap<&'static str, Group> {
    let group = |members, messages, expired_below, behaviour| Group {
        members,
        messages,
        expired_below,
        behaviour,
    };
    BTreeMap::from([
        ("@TGS#1PLAIN", group(5, 0, 0, Behaviour::Documented)),
        ("@TGS#1EVEN", group(4, 0, 0, Behaviour::Documented)),
        ("@TGS#_COMMUNITY", group(5, 0, 0, Behaviour::Documented)),
        ("@TGS#_STUCK", group(5, 0, 0, Behaviour::SameToken)),
        ("@TGS#HISTORY", group(0, 7, 0, Behaviour::Documented)),
        ("@TGS#EXPIRED", group(0, 9, 7, Behaviour::Documented)),
        ("@TGS#ODD", group(0, 7, 0, Behaviour::UnknownFlag)),
        ("@TGS#DEAF", group(0, 7, 0, Behaviour::IgnoresSeq)),
    ])
}

/// The router's service: it pages each group as documented (or as its behaviour says), and
/// records each request's paging fields by group.
struct Pages {
    groups: BTreeMap<&'static str, Group>,
    seen: Mutex<BTreeMap<String, Vec<Value>>>,
}

impl Pages {
    fn new() -> Pages {
        Pages {
            groups: groups(),
            seen: Mutex::default(),
        }
    }

    fn saw(&self, group: &str, what: Value) {
        self.seen
            .lock()
            .unwrap()
            .entry(group.to_owned())
            .or_default()
            .push(what);
    }

    fn group(&self, id: &str) -> Result<&Group, Fault> {
        self.groups
            .get(id)
            .ok_or_else(|| Fault::new(errors::INVALID_PARAM, format!("no group {id}")))
    }

    /// The positions each group was asked for, and forgets them.
    fn take_seen(&self) -> BTreeMap<String, Vec<Value>> {
        std::mem::take(&mut *self.seen.lock().unwrap())
    }
}

fn member(i: usize) -> GroupMember {
    GroupMember {
        member_account: format!("m{i}"),
    }
}

impl Service for Pages {
    /// `Limit`/`Offset` for a group, with `MemberNum` its size; a Community group by `Next`:
    /// "" first, then the `Next` of the answer before, "" after the last batch.
    async fn get_group_members(
        &self,
        _context: RequestContext,
        request: GetGroupMembersRequest,
    ) -> Result<GetGroupMembersResponse, Fault> {
        let group = self.group(&request.group_id)?;
        let community = request.group_id.starts_with("@TGS#_");
        self.saw(
            &request.group_id,
            json!({"Offset": request.offset, "Next": request.next}),
        );
        let limit = request.limit.map_or(group.members, |l| l as usize);
        let start = match (&request.next, community) {
            (Some(next), true) => next.strip_prefix('n').map_or(0, |n| n.parse().unwrap_or(0)),
            (None, false) => request.offset.unwrap_or(0) as usize,
            _ => {
                return Err(Fault::new(
                    errors::INVALID_PARAM,
                    "a Community group is paged by Next, any other by Offset",
                ))
            }
        };
        let end = (start + limit).min(group.members);
        let members = (start..end).map(|i| member(i + 1)).collect();
        let next = match (community, group.behaviour) {
            (false, _) => None,
            (true, Behaviour::SameToken) if request.next.as_deref() != Some("") => request.next,
            (true, _) if end < group.members => Some(format!("n{end}")),
            (true, _) => Some(String::new()),
        };
        Ok(GetGroupMembersResponse {
            member_num: group.members as i32,
            members,
            next,
        })
    }

    /// Up to `ReqMsgNumber` messages at or below `ReqMsgSeq` (the latest without it), newest
    /// first: `IsFinished` 1 when nothing older is left, 0 when more is, 2 when every message
    /// of the page has expired (they come as placeholders).
    async fn get_group_history(
        &self,
        _context: RequestContext,
        request: GetGroupHistoryRequest,
    ) -> Result<GetGroupHistoryResponse, Fault> {
        let group = self.group(&request.group_id)?;
        self.saw(&request.group_id, json!({"ReqMsgSeq": request.req_msg_seq}));
        let top = match (group.behaviour, request.req_msg_seq) {
            (Behaviour::IgnoresSeq, _) | (_, None) => group.messages,
            (_, Some(seq)) => seq.min(group.messages),
        };
        let page: Vec<i64> = (1..=top)
            .rev()
            .take(request.req_msg_number.max(0) as usize)
            .collect();
        let expired = |seq: i64| seq < group.expired_below;
        let is_finished = match page.last() {
            _ if group.behaviour == Behaviour::UnknownFlag => 3,
            _ if group.behaviour == Behaviour::IgnoresSeq => 0,
            Some(_) if page.iter().all(|&s| expired(s)) => 2,
            Some(&oldest) if oldest > 1 => 0,
            _ => 1,
        };
        Ok(GetGroupHistoryResponse {
            group_id: request.group_id,
            is_finished,
            rsp_msg_list: page
                .into_iter()
                .map(|seq| HistoryMessage {
                    msg_seq: seq,
                    text: (!expired(seq)).then(|| format!("message {seq}")),
                    is_place_msg: expired(seq).then_some(1),
                    msg_body: None,
                })
                .collect(),
        })
    }
}

/// The walks every language makes: a name, the operation, and the first request.
fn walks() -> Vec<(&'static str, &'static str, Value)> {
    let members = |group: &str, next: Option<&str>| {
        let mut r = json!({"AppId": 1, "GroupId": group, "Limit": 2});
        if let Some(next) = next {
            r["Next"] = json!(next);
        }
        r
    };
    let history = |group: &str| json!({"AppId": 1, "GroupId": group, "ReqMsgNumber": 3});
    vec![
        ("plain", "GetGroupMembers", members("@TGS#1PLAIN", None)),
        ("even", "GetGroupMembers", members("@TGS#1EVEN", None)),
        (
            "community",
            "GetGroupMembers",
            members("@TGS#_COMMUNITY", Some("")),
        ),
        ("stuck", "GetGroupMembers", members("@TGS#_STUCK", Some(""))),
        ("history", "GetGroupHistory", history("@TGS#HISTORY")),
        ("expired", "GetGroupHistory", history("@TGS#EXPIRED")),
        ("odd", "GetGroupHistory", history("@TGS#ODD")),
        ("deaf", "GetGroupHistory", history("@TGS#DEAF")),
    ]
}

/// What each walk yields, in every language: each page's items (member accounts, or message
/// sequence numbers), and the field the walk's error names, if it ends with one.
fn expected_walks() -> Value {
    json!({
        // Ends when the offset reaches MemberNum: no request for an empty page after.
        "plain": {"pages": [["m1", "m2"], ["m3", "m4"], ["m5"]], "error": null},
        "even": {"pages": [["m1", "m2"], ["m3", "m4"]], "error": null},
        // The request sends Next, so the walk is by token, ending on an empty Next.
        "community": {"pages": [["m1", "m2"], ["m3", "m4"], ["m5"]], "error": null},
        // The answer names the token it was asked for: the page, then an error.
        "stuck": {"pages": [["m1", "m2"], ["m3", "m4"]], "error": "Next"},
        // Each ReqMsgSeq is the page's smallest MsgSeq minus 1; IsFinished 1 ends it.
        "history": {"pages": [[7, 6, 5], [4, 3, 2], [1]], "error": null},
        // IsFinished 2 (every message of the page expired) ends it too.
        "expired": {"pages": [[9, 8, 7], [6, 5, 4]], "error": null},
        // IsFinished 3 means neither: the page, then an error.
        "odd": {"pages": [[7, 6, 5]], "error": "IsFinished"},
        // The server ignores ReqMsgSeq: the second page does not move below it.
        "deaf": {"pages": [[7, 6, 5], [7, 6, 5]], "error": "RspMsgList"},
    })
}

/// The positions the router saw for each group, whichever language walked.
fn expected_positions() -> Value {
    json!({
        "@TGS#1PLAIN": [{"Offset": null, "Next": null}, {"Offset": 2, "Next": null}, {"Offset": 4, "Next": null}],
        "@TGS#1EVEN": [{"Offset": null, "Next": null}, {"Offset": 2, "Next": null}],
        "@TGS#_COMMUNITY": [{"Offset": null, "Next": ""}, {"Offset": null, "Next": "n2"}, {"Offset": null, "Next": "n4"}],
        "@TGS#_STUCK": [{"Offset": null, "Next": ""}, {"Offset": null, "Next": "n2"}],
        "@TGS#HISTORY": [{"ReqMsgSeq": null}, {"ReqMsgSeq": 4}, {"ReqMsgSeq": 1}],
        "@TGS#EXPIRED": [{"ReqMsgSeq": null}, {"ReqMsgSeq": 6}],
        "@TGS#ODD": [{"ReqMsgSeq": null}],
        "@TGS#DEAF": [{"ReqMsgSeq": null}, {"ReqMsgSeq": 4}],
    })
}

async fn start() -> (Arc<Pages>, loopback::Running, Client) {
    let pages = Arc::new(Pages::new());
    let config = ServerConfig::new(Gateway::new(StaticKeys::new().with_access_key(AK, SK)));
    let running = serve(router(pages.clone(), config)).await;
    let client = Client::builder(Credentials::new(AK, SK))
        .base_url(running.base_url.clone())
        .http(loopback::http())
        .build()
        .unwrap();
    (pages, running, client)
}

/// A walk's pages as items, and the field of the error that ended it.
fn summary<P>(results: Vec<Result<P, Error>>, items: impl Fn(&P) -> Vec<Value>) -> Value {
    let mut pages = Vec::new();
    let mut error = Value::Null;
    for r in results {
        match r {
            Ok(page) => pages.push(Value::Array(items(&page))),
            Err(Error::Decode(e)) => error = json!(e.path),
            Err(other) => panic!("an unexpected error: {other:?}"),
        }
    }
    json!({"pages": pages, "error": error})
}

#[tokio::test]
async fn the_rust_client_walks_each_shape_as_documented() {
    let (pages, _running, client) = start().await;
    let mut found = serde_json::Map::new();
    for (name, op, first) in walks() {
        let walked = match op {
            "GetGroupMembers" => {
                let request: GetGroupMembersRequest = serde_json::from_value(first).unwrap();
                let results = client
                    .get_group_members_pages(request)
                    .take(MAX_PAGES)
                    .collect()
                    .await;
                summary(results, |p: &GetGroupMembersResponse| {
                    p.members.iter().map(|m| json!(m.member_account)).collect()
                })
            }
            _ => {
                let request: GetGroupHistoryRequest = serde_json::from_value(first).unwrap();
                let results = client
                    .get_group_history_pages(request)
                    .take(MAX_PAGES)
                    .collect()
                    .await;
                summary(results, |p: &GetGroupHistoryResponse| {
                    p.rsp_msg_list.iter().map(|m| json!(m.msg_seq)).collect()
                })
            }
        };
        found.insert(name.to_owned(), walked);
    }
    assert_eq!(Value::Object(found), expected_walks());
    assert_eq!(json!(pages.take_seen()), expected_positions());
}

#[tokio::test]
async fn the_walks_errors_say_why() {
    let (_pages, _running, client) = start().await;
    let odd = GetGroupHistoryRequest::new(1, "@TGS#ODD", 3);
    let all: Vec<_> = client
        .get_group_history_pages(odd)
        .take(MAX_PAGES)
        .collect()
        .await;
    match &all[..] {
        [Ok(_), Err(Error::Decode(e))] => assert_eq!(
            e.message,
            "3 means neither that more pages follow (0) nor that this was the last (1 or 2)"
        ),
        other => panic!("{other:?}"),
    }
    let deaf = GetGroupHistoryRequest::new(1, "@TGS#DEAF", 3);
    let all: Vec<_> = client
        .get_group_history_pages(deaf)
        .take(MAX_PAGES)
        .collect()
        .await;
    match &all[..] {
        [Ok(_), Ok(_), Err(Error::Decode(e))] => assert!(
            e.message
                .contains("does not move on from the one just asked for"),
            "{e:?}"
        ),
        other => panic!("{other:?}"),
    }
}

fn history(seqs: &[i64], is_finished: i32) -> GetGroupHistoryResponse {
    GetGroupHistoryResponse {
        group_id: "g".to_owned(),
        is_finished,
        rsp_msg_list: seqs
            .iter()
            .map(|&msg_seq| HistoryMessage {
                msg_seq,
                text: None,
                is_place_msg: None,
                msg_body: None,
            })
            .collect(),
    }
}

#[test]
fn a_position_from_the_items_moves_below_the_one_asked_for() {
    let first = GetGroupHistoryRequest::new(1, "g", 3);
    match GetGroupHistory::next_page(&first, &history(&[9, 7, 8], 0)) {
        PageStep::Next(next) => assert_eq!(next.req_msg_seq, Some(6), "the smallest, minus 1"),
        other => panic!("{other:?}"),
    }
    let asked = first.clone().with_req_msg_seq(6);
    assert_eq!(
        GetGroupHistory::next_page(&asked, &history(&[9, 8], 0)),
        PageStep::Stalled("RspMsgList"),
        "a page above the position asked for goes back"
    );
    assert_eq!(
        GetGroupHistory::next_page(&asked, &history(&[7], 0)),
        PageStep::Stalled("RspMsgList"),
        "a next position equal to the one asked for"
    );
    for done in [1, 2] {
        assert_eq!(
            GetGroupHistory::next_page(&asked, &history(&[5], done)),
            PageStep::Done
        );
    }
    assert_eq!(
        GetGroupHistory::next_page(&asked, &history(&[], 0)),
        PageStep::Done,
        "an empty page"
    );
    assert!(matches!(
        GetGroupHistory::next_page(&asked, &history(&[5], -1)),
        PageStep::Invalid {
            field: "IsFinished",
            ..
        }
    ));
    assert_eq!(
        GetGroupHistory::next_page(&first, &history(&[i64::MIN], 0)),
        PageStep::Done,
        "no position lies below the smallest i64"
    );
    let [style] = GetGroupHistory::OP.pagination else {
        panic!("one style");
    };
    assert_eq!(
        (
            style.request_field,
            style.next_from_item,
            style.response_field
        ),
        ("ReqMsgSeq", Some("MsgSeq"), None)
    );
}

fn members(count: usize, member_num: i32, next: Option<&str>) -> GetGroupMembersResponse {
    GetGroupMembersResponse {
        member_num,
        members: (1..=count).map(member).collect(),
        next: next.map(str::to_owned),
    }
}

#[test]
fn the_request_picks_the_style_and_an_offset_ends_on_the_total() {
    let plain = GetGroupMembersRequest::new(1, "g").with_limit(2);
    match GetGroupMembers::next_page(&plain, &members(2, 5, Some("ignored"))) {
        PageStep::Next(next) => {
            assert_eq!((next.offset, next.next), (Some(2), None), "by offset");
        }
        other => panic!("{other:?}"),
    }
    let at_two = plain.clone().with_offset(2);
    assert_eq!(
        GetGroupMembers::next_page(&at_two, &members(2, 4, None)),
        PageStep::Done,
        "2 + 2 reaches the total"
    );
    assert_eq!(
        GetGroupMembers::next_page(&at_two, &members(2, 3, None)),
        PageStep::Done,
        "and passing it (members left meanwhile) ends it too"
    );
    let community = plain.clone().with_next("");
    match GetGroupMembers::next_page(&community, &members(2, 5, Some("n2"))) {
        PageStep::Next(next) => {
            assert_eq!((next.offset, next.next.as_deref()), (None, Some("n2")));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        GetGroupMembers::next_page(&community, &members(2, 2, Some(""))),
        PageStep::Done,
        "an empty Next ends a batch walk, whatever MemberNum says"
    );
    assert_eq!(
        GetGroupMembers::next_page(
            &community.clone().with_next("n2"),
            &members(2, 9, Some("n2"))
        ),
        PageStep::Stalled("Next")
    );
    let styles = GetGroupMembers::OP.pagination;
    assert_eq!(
        styles
            .iter()
            .map(|s| (s.request_field, s.when))
            .collect::<Vec<_>>(),
        [("Next", Some("`Next` is sent")), ("Offset", None)]
    );
}

/// Runs a language's walks against a router of its own, and checks what it found and what the
/// router saw.
async fn walk_in(command: Command) {
    let (pages, running, _client) = start().await;
    let mut command = command;
    command
        .env("PAGES_BASE_URL", &running.base_url)
        .env("PAGES_AK", AK)
        .env("PAGES_SK", SK)
        .env("PAGES_WALKS", json!(walks()).to_string());
    let out = tokio::task::spawn_blocking(move || command.output().expect("run the walks"))
        .await
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    let found: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(found, expected_walks());
    assert_eq!(json!(pages.take_seen()), expected_positions());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_typescript_package_walks_each_shape_alike() {
    let script = compile_typescript("tests/typescript/pages.ts", "ts-pages");
    let mut node = Command::new("node");
    node.arg(script);
    walk_in(node).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_python_package_walks_each_shape_alike() {
    let mut python = Command::new(python_tools());
    python
        .arg(repo_root().join("tests/python/pages.py"))
        .env(
            "PYTHONPATH",
            repo_root().join("tests/fixtures/extensions/generated/python"),
        )
        .env("PYTHONDONTWRITEBYTECODE", "1");
    walk_in(python).await;
}
