//! RongCloud on an emulator in this process: the gateway (the signature headers under both
//! names, the refusals' codes and HTTP statuses, the request id header), users (Tokens,
//! profiles, bans, online status), basic groups (membership, names, paging, sync, the member
//! limit, mutes and their limit) and messages (sends stored with UIDs, recall by the sender
//! only), each rule with a passing and a failing case.

mod support;

use imapi::rongcloud_im as rc;
use imapi_runtime::rongcloud::sign;
use imapi_runtime::{Error, OperationShape};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use support::{code, RC_APP_KEY, RC_APP_SECRET};

async fn start() -> emulator::Local {
    support::in_process(
        "AKLTrongcloud",
        "rongcloud-secret",
        1_400_000_031,
        "rc-tencent-key",
    )
    .await
}

fn client(local: &emulator::Local) -> rc::client::Client {
    rc::client::Client::builder(rc::client::Credentials::new(RC_APP_KEY, RC_APP_SECRET))
        .base_url(local.base_url.clone())
        .http(support::http())
        .build()
        .unwrap()
}

fn req<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("a request of the operation's shape")
}

async fn call<Op: OperationShape<Service = rc::RongcloudIm>>(
    c: &rc::client::Client,
    request: Value,
) -> Result<Op::Output, Error>
where
    Op::Input: DeserializeOwned,
{
    c.call::<Op>(&req(request)).await
}

fn now_ms() -> u64 {
    u64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

/// A hand-made request: `headers` as given, a form body; the status, the `X-Request-Id` and
/// the body as JSON.
async fn raw(
    local: &emulator::Local,
    method: reqwest::Method,
    path: &str,
    headers: &[(String, String)],
    content_type: &str,
    body: &str,
) -> (u16, Option<String>, Value) {
    let mut request = support::raw_client()
        .request(method, format!("{}{path}", local.base_url))
        .header("Content-Type", content_type)
        .body(body.to_owned());
    for (name, value) in headers {
        request = request.header(name.as_str(), value.as_str());
    }
    let response = request.send().await.expect("an answer");
    let status = response.status().as_u16();
    let id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let text = response.text().await.expect("a body");
    let body = serde_json::from_str(&text).expect("a JSON body");
    (status, id, body)
}

/// The four headers, signed with `secret` at `timestamp`, under `prefix` (`""` or `RC-`).
fn signed(secret: &str, timestamp: u64, prefix: &str) -> Vec<(String, String)> {
    let headers = sign::sign(
        &sign::Credentials::new(RC_APP_KEY, secret),
        "4711",
        timestamp,
    );
    headers
        .pairs()
        .iter()
        .map(|(n, v)| (format!("{prefix}{n}"), (*v).to_owned()))
        .collect()
}

const FORM: &str = "application/x-www-form-urlencoded";

#[tokio::test]
async fn the_gateway_answers_as_rongcloud_does() {
    let local = start().await;
    let post = reqwest::Method::POST;
    let now = now_ms();
    // Signed right, under either set of names: the payload beside code 200, and a request id.
    for prefix in ["", "RC-"] {
        let (status, id, body) = raw(
            &local,
            post.clone(),
            "/user/info.json",
            &signed(RC_APP_SECRET, now, prefix),
            FORM,
            "userId=123",
        )
        .await;
        assert_eq!(
            (status, &body["code"]),
            (200, &json!(200)),
            "{prefix}: {body}"
        );
        assert_eq!(body["userName"], "123");
        assert!(id.is_some_and(|id| !id.is_empty()));
    }
    // Seconds are read as well as milliseconds.
    let (status, _, _) = raw(
        &local,
        post.clone(),
        "/user/info.json",
        &signed(RC_APP_SECRET, now / 1000, ""),
        FORM,
        "userId=123",
    )
    .await;
    assert_eq!(status, 200);
    let refused = [
        (
            "a wrong secret",
            signed("not-the-secret", now, ""),
            FORM,
            "/user/info.json",
            401,
            1004,
        ),
        (
            "a timestamp ten minutes old",
            signed(RC_APP_SECRET, now - 600_000, ""),
            FORM,
            "/user/info.json",
            401,
            1004,
        ),
        (
            "no signature headers",
            Vec::new(),
            FORM,
            "/user/info.json",
            401,
            1004,
        ),
        (
            "an unknown App-Key",
            vec![("App-Key".to_owned(), "someone-else".to_owned())],
            FORM,
            "/user/info.json",
            401,
            1001,
        ),
        (
            "a JSON body",
            signed(RC_APP_SECRET, now, ""),
            "application/json",
            "/user/info.json",
            400,
            1002,
        ),
        (
            "a path no operation has",
            signed(RC_APP_SECRET, now, ""),
            FORM,
            "/user/nothing.json",
            404,
            404,
        ),
    ];
    for (why, headers, content_type, path, http, rc_code) in refused {
        let (status, id, body) = raw(
            &local,
            post.clone(),
            path,
            &headers,
            content_type,
            "userId=123",
        )
        .await;
        assert_eq!(
            (status, &body["code"]),
            (http, &json!(rc_code)),
            "{why}: {body}"
        );
        assert!(
            body["errorMessage"].as_str().is_some_and(|m| !m.is_empty()),
            "{why}"
        );
        assert!(id.is_some(), "{why}: a refusal has a request id too");
        assert!(!body.to_string().contains(RC_APP_SECRET));
    }
    // A method other than POST: "no POST data".
    let (status, _, body) = raw(
        &local,
        reqwest::Method::GET,
        "/user/info.json",
        &signed(RC_APP_SECRET, now, ""),
        FORM,
        "",
    )
    .await;
    assert_eq!((status, &body["code"]), (400, &json!(1003)), "{body}");
    // The generated client reads the request id from the header.
    let e = call::<rc::UserInfo>(&client(&local), json!({"userId": "nobody"}))
        .await
        .unwrap_err();
    let vendor = e.vendor().expect("a vendor error");
    assert_eq!((vendor.code.as_str(), vendor.http_status), ("1002", 400));
    assert!(vendor.request_id.is_some());
}

#[tokio::test]
async fn users_register_change_and_are_banned() {
    let local = start().await;
    let c = client(&local);
    let token = call::<rc::UserGetToken>(
        &c,
        json!({"userId": "u1", "name": "First", "portraitUri": "http://a/p.png"}),
    )
    .await
    .unwrap();
    assert_eq!(token.user_id, "u1");
    let again = call::<rc::UserGetToken>(&c, json!({"userId": "u1", "name": "Second"}))
        .await
        .unwrap();
    assert_ne!(token.token, again.token, "each call issues a new Token");
    let info = call::<rc::UserInfo>(&c, json!({"userId": "u1"}))
        .await
        .unwrap();
    assert_eq!(
        (info.user_name.as_str(), info.user_portrait.as_str()),
        ("Second", "")
    );
    // A refresh changes only what it names.
    call::<rc::UserRefresh>(&c, json!({"userId": "u1", "portraitUri": "http://a/q.png"}))
        .await
        .unwrap();
    let info = call::<rc::UserInfo>(&c, json!({"userId": "u1"}))
        .await
        .unwrap();
    assert_eq!(
        (info.user_name.as_str(), info.user_portrait.as_str()),
        ("Second", "http://a/q.png")
    );
    let e = call::<rc::UserRefresh>(&c, json!({"userId": "nobody", "name": "x"}))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "1002");
    // Limits the validator holds: at most 20 users a ban, 43,200 minutes.
    let many: Vec<String> = (0..21).map(|i| format!("u{i}")).collect();
    let e = call::<rc::UserBlock>(&c, json!({"userId": many, "minute": 10}))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
    // A ban lists the user until it is lifted; a banned user is offline.
    assert_eq!(
        call::<rc::UserCheckOnline>(&c, json!({"userId": "jlk456j5"}))
            .await
            .unwrap()
            .status,
        rc::UserOnlineStatus::Online
    );
    call::<rc::UserBlock>(&c, json!({"userId": ["jlk456j5", "u1"], "minute": 10}))
        .await
        .unwrap();
    let listed = call::<rc::UserBlockQuery>(&c, json!({})).await.unwrap();
    let ids: Vec<&str> = listed.users.iter().map(|u| u.user_id.as_str()).collect();
    // BWSZ's ban (the example state's) ends last, so it comes first.
    assert_eq!(ids, ["BWSZ", "jlk456j5", "u1"]);
    assert_eq!(
        listed.users[1].block_end_time.len(),
        "2016-05-24 10:38:19".len()
    );
    assert_eq!(
        call::<rc::UserCheckOnline>(&c, json!({"userId": "jlk456j5"}))
            .await
            .unwrap()
            .status,
        rc::UserOnlineStatus::Offline
    );
    let page = call::<rc::UserBlockQuery>(&c, json!({"page": 2, "size": 2}))
        .await
        .unwrap();
    assert_eq!(page.users.len(), 1);
    call::<rc::UserUnblock>(&c, json!({"userId": ["jlk456j5", "never-banned"]}))
        .await
        .unwrap();
    let listed = call::<rc::UserBlockQuery>(&c, json!({})).await.unwrap();
    assert_eq!(listed.users.len(), 2);
    let e = call::<rc::UserBlock>(&c, json!({"userId": ["nobody"], "minute": 1}))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "1002");
    // Token expiry is kept for the users named.
    call::<rc::UserTokenExpire>(&c, json!({"userId": ["u1"], "time": 1_700_000_000_000_i64}))
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    assert_eq!(
        state.rongcloud.users["u1"].tokens_void_before,
        1_700_000_000_000
    );
}

#[tokio::test]
async fn groups_keep_members_names_and_mutes() {
    let local = start().await;
    let c = client(&local);
    call::<rc::GroupCreate>(
        &c,
        json!({"userId": ["a", "b"], "groupId": "g1", "groupName": "One"}),
    )
    .await
    .unwrap();
    call::<rc::GroupJoin>(
        &c,
        json!({"userId": ["c"], "groupId": "g1", "groupName": "Renamed"}),
    )
    .await
    .unwrap();
    let members =
        |r: rc::GroupUserQueryResponse| r.users.into_iter().map(|u| u.id).collect::<Vec<_>>();
    assert_eq!(
        members(
            call::<rc::GroupUserQuery>(&c, json!({"groupId": "g1"}))
                .await
                .unwrap()
        ),
        ["a", "b", "c"]
    );
    call::<rc::GroupQuit>(&c, json!({"userId": ["b"], "groupId": "g1"}))
        .await
        .unwrap();
    assert_eq!(
        members(
            call::<rc::GroupUserQuery>(&c, json!({"groupId": "g1"}))
                .await
                .unwrap()
        ),
        ["a", "c"]
    );
    call::<rc::GroupRefresh>(&c, json!({"groupId": "g1", "groupName": "Final"}))
        .await
        .unwrap();
    let joined = call::<rc::UserGroupQuery>(&c, json!({"userId": "a"}))
        .await
        .unwrap();
    assert_eq!(joined.groups.len(), 1);
    assert_eq!(
        (joined.groups[0].id.as_str(), joined.groups[0].name.as_str()),
        ("g1", "Final")
    );
    // A sync makes the user's groups exactly those given.
    call::<rc::GroupSync>(
        &c,
        json!({"userId": "a", "group": {"g2": "Two", "g3": "Three"}}),
    )
    .await
    .unwrap();
    let ids =
        |r: rc::UserGroupQueryResponse| r.groups.into_iter().map(|g| g.id).collect::<Vec<_>>();
    assert_eq!(
        ids(call::<rc::UserGroupQuery>(&c, json!({"userId": "a"}))
            .await
            .unwrap()),
        ["g2", "g3"]
    );
    assert_eq!(
        ids(
            call::<rc::UserGroupQuery>(&c, json!({"userId": "a", "page": 2, "size": 1}))
                .await
                .unwrap()
        ),
        ["g3"]
    );
    call::<rc::GroupSync>(&c, json!({"userId": "a"}))
        .await
        .unwrap();
    assert!(call::<rc::UserGroupQuery>(&c, json!({"userId": "a"}))
        .await
        .unwrap()
        .groups
        .is_empty());
    // A dismissed group has no members.
    call::<rc::GroupDismiss>(&c, json!({"userId": "anyone", "groupId": "g1"}))
        .await
        .unwrap();
    assert!(call::<rc::GroupUserQuery>(&c, json!({"groupId": "g1"}))
        .await
        .unwrap()
        .users
        .is_empty());
    // 3,000 members fit; the 3,001st is refused and changes nothing.
    for chunk in 0..3 {
        let users: Vec<String> = (0..1000).map(|i| format!("m{chunk}-{i}")).collect();
        call::<rc::GroupJoin>(&c, json!({"userId": users, "groupId": "big"}))
            .await
            .unwrap();
    }
    let e = call::<rc::GroupJoin>(
        &c,
        json!({"userId": ["one-more", "m0-0"], "groupId": "big"}),
    )
    .await
    .unwrap_err();
    assert_eq!(code(&e), "1002");
    assert_eq!(
        call::<rc::GroupUserQuery>(&c, json!({"groupId": "big"}))
            .await
            .unwrap()
            .users
            .len(),
        3000
    );
    call::<rc::GroupJoin>(&c, json!({"userId": ["m0-0"], "groupId": "big"}))
        .await
        .unwrap();
    // Mutes: listed per group, or among the users muted in every group; a rollback ends them.
    call::<rc::GroupUserGagAdd>(&c, json!({"userId": ["x"], "groupId": "g9", "minute": 30}))
        .await
        .unwrap();
    call::<rc::GroupUserGagAdd>(&c, json!({"userId": ["y"], "minute": 0}))
        .await
        .unwrap();
    let gagged = |r: rc::GroupUserGagListResponse| {
        r.users
            .into_iter()
            .map(|u| (u.user_id, u.time.is_empty()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        gagged(
            call::<rc::GroupUserGagList>(&c, json!({"groupId": "g9"}))
                .await
                .unwrap()
        ),
        [("x".to_owned(), false)]
    );
    assert_eq!(
        gagged(call::<rc::GroupUserGagList>(&c, json!({})).await.unwrap()),
        [("y".to_owned(), true)]
    );
    call::<rc::GroupUserGagRollback>(&c, json!({"userId": ["x"], "groupId": "g9"}))
        .await
        .unwrap();
    assert!(call::<rc::GroupUserGagList>(&c, json!({"groupId": "g9"}))
        .await
        .unwrap()
        .users
        .is_empty());
    // At most 100 users are muted in all groups: 99 more fit beside y, the next does not.
    for chunk in 0..5 {
        let users: Vec<String> = (0..20)
            .map(|i| format!("all{chunk}-{i}"))
            .filter(|u| u != "all4-19")
            .collect();
        call::<rc::GroupUserGagAdd>(&c, json!({"userId": users, "minute": 5}))
            .await
            .unwrap();
    }
    let e = call::<rc::GroupUserGagAdd>(&c, json!({"userId": ["one-too-many"], "minute": 5}))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "1002");
    let e = call::<rc::GroupUserGagAdd>(
        &c,
        json!({"userId": ["z"], "groupId": "g9", "minute": 43_201}),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)), "{e}");
}

#[tokio::test]
async fn messages_are_stored_and_only_their_sender_recalls_them() {
    let local = start().await;
    let c = client(&local);
    let content = r#"{"content":"Hello world!"}"#;
    call::<rc::MessagePrivatePublish>(&c, json!({"fromUserId": "s", "toUserId": ["r1", "r2"], "objectName": "RC:TxtMsg", "content": content})).await.unwrap();
    call::<rc::MessageGroupPublish>(&c, json!({"fromUserId": "s", "toGroupId": ["123"], "objectName": "RC:TxtMsg", "content": content})).await.unwrap();
    let e = call::<rc::MessageGroupPublish>(&c, json!({"fromUserId": "s", "toGroupId": ["123", "16"], "toUserId": ["1"], "objectName": "RC:TxtMsg", "content": content})).await.unwrap_err();
    assert_eq!(code(&e), "1002", "a targeted message names one group");
    let state = local.app().emulator().snapshot();
    let sent: Vec<_> = state
        .rongcloud
        .messages
        .iter()
        .filter(|m| m.from_user_id == "s")
        .collect();
    assert_eq!(sent.len(), 3, "one per recipient and per group");
    assert_eq!(sent[0].content, content, "the content is kept as sent");
    let first = sent[0].clone();
    let recall = |from: &str, sent_time: i64| json!({"fromUserId": from, "conversationType": 1, "targetId": first.target_id, "messageUID": first.uid, "sentTime": sent_time});
    let e = call::<rc::MessageRecall>(&c, recall("someone-else", first.sent_time))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "1002", "only the sender recalls");
    let e = call::<rc::MessageRecall>(&c, recall("s", first.sent_time + 1))
        .await
        .unwrap_err();
    assert_eq!(code(&e), "1002", "the sent time must be the message's");
    call::<rc::MessageRecall>(&c, recall("s", first.sent_time))
        .await
        .unwrap();
    let state = local.app().emulator().snapshot();
    assert!(state
        .rongcloud
        .messages
        .iter()
        .any(|m| m.uid == first.uid && m.recalled));
}
