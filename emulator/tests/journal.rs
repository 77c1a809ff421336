//! The request journal as integrators use it: what each request was and how it was answered
//! (authentication, outcome, code, body, the fault that fired), from Rust through
//! `emulator::Local` (`requests`, `verify` with near-misses, typed requests) and through the
//! admin endpoints (list and filter, clear, verify, the console's session); bounded, and never
//! holding a credential.

mod support;

use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::server::Secret;
use imapi_runtime::tencent::usersig::{self, UserSigClaims};
use imapi_runtime::volcengine::sign::{self, Credentials, SignInput};
use serde_json::{json, Value};

use emulator::journal::{Auth, Filter, Outcome, Times};
use support::{code, modify_message, raw_client, tencent_in, volcengine_at};

const AK: &str = "AKLTjournalaccesskey";
const SK: &str = "am91cm5hbC1zZWNyZXQta2V5LXZhbHVl";
const SDKAPPID: u64 = 1_400_000_077;
const KEY: &str = "7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a";
const TOKEN: &str = "journal-admin-token-Zq81";

async fn start(configure: impl FnOnce(&mut emulator::Config)) -> emulator::Local {
    let mut config = emulator::Config {
        rate_limits: false,
        admin_token: Some(Secret::new(TOKEN)),
        ..emulator::Config::new(AK, SK, SDKAPPID, KEY)
            .with_rongcloud(support::RC_APP_KEY, support::RC_APP_SECRET)
    };
    configure(&mut config);
    emulator::Local::start(config).await.unwrap()
}

fn volcengine(local: &emulator::Local, sk: &str, validate: bool) -> vc::client::Client {
    volcengine_at(&local.base_url, AK, sk, validate)
}

fn marks() -> tc::ModifyUserInfoRequest {
    serde_json::from_value(json!({"GroupId": "@TGS#a6I4ZUUGO", "CommandType": 1, "MemberList": [{"Member_Account": "teacher10", "Marks": [1000]}]})).unwrap()
}

async fn admin(
    local: &emulator::Local,
    method: reqwest::Method,
    path: &str,
    body: &str,
) -> (u16, String) {
    let response = raw_client()
        .request(method, format!("{}/_emulator/{path}", local.base_url))
        .header("X-Emulator-Token", TOKEN)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn each_request_is_recorded_with_how_it_was_answered() {
    let local = start(|_| {}).await;
    volcengine(&local, SK, true)
        .modify_message(&modify_message())
        .await
        .expect("signed and valid");
    tencent_in(&local, SDKAPPID, KEY, "administrator")
        .modify_user_info(&marks())
        .await
        .expect("an administrator's UserSig");
    let refused = volcengine(&local, "not-the-secret", true)
        .modify_message(&modify_message())
        .await
        .unwrap_err();
    let bad_signature = code(&refused);
    // A broken constraint the client would have caught: the emulator refuses it.
    let invalid: vc::BatchGetUserRequest =
        serde_json::from_value(json!({"AppId": 0, "UserIds": (1..=51).collect::<Vec<i64>>()}))
            .unwrap();
    let broken = volcengine(&local, SK, false)
        .batch_get_user(&invalid)
        .await
        .unwrap_err();
    let _ = raw_client()
        .post(format!(
            "{}/?Action=NoSuchAction&Version=2020-12-01",
            local.base_url
        ))
        .body("{}")
        .send()
        .await
        .unwrap();

    let all = local.requests(&Filter::default());
    assert_eq!(all.len(), 5, "{all:#?}");
    let seqs: Vec<u64> = all.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, [1, 2, 3, 4, 5], "oldest first");

    let ok = &all[0];
    assert_eq!(
        (ok.vendor, &*ok.operation, ok.app, ok.caller.as_deref()),
        ("volcengine", "ModifyMessage", Some(0), Some(AK))
    );
    assert_eq!(
        (ok.auth, ok.outcome, ok.status, ok.code.as_deref()),
        (Auth::Passed, Outcome::Ok, 200, None)
    );
    assert_eq!(ok.path, "/");
    let typed = ok
        .request::<vc::ModifyMessage>()
        .expect("decodes as the generated type");
    assert_eq!(typed.message_id, 10001);
    assert!(
        ok.request::<vc::SendMessage>().is_err(),
        "another operation's type is refused"
    );

    let tencent = &all[1];
    assert_eq!(
        (
            tencent.vendor,
            &*tencent.operation,
            tencent.app,
            tencent.caller.as_deref()
        ),
        (
            "tencent",
            "ModifyUserInfo",
            Some(SDKAPPID as i64),
            Some("administrator")
        )
    );
    assert_eq!(
        tencent.path,
        "/v4/group_open_avchatroom_http_svc/modify_user_info"
    );
    assert_eq!(
        tencent.request::<tc::ModifyUserInfo>().unwrap().group_id,
        "@TGS#a6I4ZUUGO"
    );

    let signature = &all[2];
    assert_eq!(
        (signature.auth, signature.outcome),
        (Auth::Refused, Outcome::Refused)
    );
    assert_eq!(signature.code.as_deref(), Some(bad_signature.as_str()));
    assert_eq!(signature.reason, Some("the signature does not match"));
    assert!(signature.message.is_some());
    // V4 signs the body's hash, so the body was read to check it: it is there to compare.
    assert!(signature.body.as_deref().unwrap().contains("10001"));
    assert_eq!(
        signature.caller.as_deref(),
        Some(AK),
        "the key the request named"
    );

    let constraint = &all[3];
    assert_eq!(
        (constraint.auth, constraint.outcome),
        (Auth::Passed, Outcome::Refused)
    );
    assert_eq!(constraint.code.as_deref(), Some(code(&broken).as_str()));
    assert_eq!(constraint.operation, "BatchGetUser");
    assert!(
        constraint.message.as_deref().unwrap().contains("UserIds"),
        "{constraint:?}"
    );

    let unknown = &all[4];
    assert_eq!(
        (unknown.auth, unknown.known_operation),
        (Auth::NotChecked, false)
    );
    assert_eq!(unknown.operation, "NoSuchAction");

    // Filters.
    let refused = local.requests(&Filter {
        outcome: Some(Outcome::Refused),
        ..Filter::default()
    });
    assert_eq!(refused.iter().map(|e| e.seq).collect::<Vec<_>>(), [3, 4, 5]);
    let by_app = local.requests(&Filter {
        app: Some(SDKAPPID as i64),
        ..Filter::default()
    });
    assert_eq!(by_app.len(), 1);
    let by_body = local.requests(&Filter {
        body: Some(json!({"Ext": {"k": "v"}})),
        ..Filter::operation("ModifyMessage")
    });
    assert_eq!(by_body.iter().map(|e| e.seq).collect::<Vec<_>>(), [1, 3]);
    let passed = local.requests(&Filter {
        body: Some(json!({"Ext": {"k": "v"}})),
        outcome: Some(Outcome::Ok),
        ..Filter::operation("ModifyMessage")
    });
    assert_eq!(passed.iter().map(|e| e.seq).collect::<Vec<_>>(), [1]);
}

#[tokio::test]
async fn faults_are_recorded_with_the_rule_that_fired() {
    let local = start(|config| {
        config.faults = emulator::Rules::parse(
            "rules:\n  - {vendor: volcengine, operation: ModifyMessage, answer: {latency: {ms: 5}}}\n  - {vendor: tencent, operation: ModifyUserInfo, app: 1400000077, answer: throttle}\n  - {vendor: volcengine, operation: GetConversationMarks, answer: {status: {status: 503, retry_after: 2}}}\n  - {vendor: volcengine, operation: MarkConversation, answer: drop}\n",
        )
        .unwrap();
    })
    .await;
    let client = volcengine(&local, SK, true);
    client
        .modify_message(&modify_message())
        .await
        .expect("only later");
    let throttled = tencent_in(&local, SDKAPPID, KEY, "administrator")
        .modify_user_info(&marks())
        .await
        .unwrap_err();
    let marks_request: vc::GetConversationMarksRequest =
        serde_json::from_value(json!({"AppId": 0, "ConversationShortId": 1})).unwrap();
    client
        .get_conversation_marks(&marks_request)
        .await
        .unwrap_err();
    let mark: vc::MarkConversationRequest = serde_json::from_value(
        json!({"AppId": 0, "ConversationShortId": 1, "OperatorId": 10001, "MarkTypes": ["Mark1"]}),
    )
    .unwrap();
    client.mark_conversation(&mark).await.unwrap_err();

    let all = local.requests(&Filter::default());
    let summary: Vec<(&str, Outcome, u16, Option<usize>)> = all
        .iter()
        .map(|e| {
            (
                &*e.operation,
                e.outcome,
                e.status,
                e.fault.as_ref().map(|f| f.rule),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("ModifyMessage", Outcome::Ok, 200, Some(0)),
            ("ModifyUserInfo", Outcome::Throttled, 200, Some(1)),
            ("GetConversationMarks", Outcome::Fault, 503, Some(2)),
            ("MarkConversation", Outcome::Dropped, 0, Some(3)),
        ]
    );
    assert!(
        all[0].latency_us >= 5_000,
        "the added latency counts: {}",
        all[0].latency_us
    );
    assert_eq!(
        all[0].auth,
        Auth::Passed,
        "a delayed request goes on to the vendor"
    );
    assert_eq!(all[1].code.as_deref(), Some(code(&throttled).as_str()));
    assert_eq!(all[1].app, Some(SDKAPPID as i64), "the app the rule named");
    assert_eq!(
        all[1].auth,
        Auth::NotChecked,
        "a fault answers before the credentials are read"
    );
    // "Was my app throttled?"
    let verdict = local.verify(
        &Filter {
            outcome: Some(Outcome::Throttled),
            ..Filter::default()
        },
        Times::exactly(1),
    );
    assert!(verdict.holds, "{verdict}");
}

#[tokio::test]
async fn verify_counts_and_names_the_closest_requests_when_too_few_match() {
    let local = start(|_| {}).await;
    let client = volcengine(&local, SK, true);
    client.modify_message(&modify_message()).await.unwrap();
    let mut other = modify_message();
    other.message_id = 999_999;
    let _ = client.modify_message(&other).await.unwrap_err();

    let sent = Filter {
        body: Some(json!({"MessageId": 10001})),
        outcome: Some(Outcome::Ok),
        ..Filter::operation("ModifyMessage")
    };
    assert!(local.verify(&sent, Times::exactly(1)).holds);
    assert!(local.verify(&sent, Times::at_least(1)).holds);
    assert!(!local.verify(&sent, Times::never()).holds);

    let twice = local.verify(&sent, Times::exactly(2));
    assert!(!twice.holds);
    assert_eq!(twice.matched, 1);
    let miss = &twice.near_misses[0];
    assert_eq!(miss.entry.seq, 2);
    assert_eq!(
        miss.differences,
        [
            "outcome is refused (MessageNotFound), not ok".to_owned(),
            "body.MessageId is 999999, not 10001".to_owned()
        ]
    );
    let shown = twice.to_string();
    assert!(
        shown.contains("expected exactly 2 matching requests, found 1"),
        "{shown}"
    );
    assert!(
        shown.contains("closest: #2 volcengine ModifyMessage: outcome is refused"),
        "{shown}"
    );

    // The same over HTTP.
    let (status, body) = admin(
        &local,
        reqwest::Method::POST,
        "journal/verify",
        &json!({"filter": {"operation": "ModifyMessage", "body": {"MessageId": 10001}, "outcome": "ok"}, "count": 2}).to_string(),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["holds"], false);
    assert_eq!(answer["matched"], 1);
    assert_eq!(answer["expected"], "exactly 2");
    assert_eq!(answer["near_misses"][0]["entry"]["seq"], 2);
    assert_eq!(
        answer["near_misses"][0]["differences"][1],
        "body.MessageId is 999999, not 10001"
    );
    let (status, body) = admin(
        &local,
        reqwest::Method::POST,
        "journal/verify",
        r#"{"filter": {"operation": "ModifyMessage"}, "at_least": 2}"#,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["holds"], true);
    for bad in [
        r#"{"filter": {"opration": "X"}}"#,
        "not json",
        r#"{"count": -1}"#,
    ] {
        let (status, body) = admin(&local, reqwest::Method::POST, "journal/verify", bad).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
}

#[tokio::test]
async fn the_admin_endpoints_list_filter_and_clear_the_journal() {
    let local = start(|_| {}).await;
    let client = volcengine(&local, SK, true);
    for _ in 0..3 {
        client.modify_message(&modify_message()).await.unwrap();
    }
    tencent_in(&local, SDKAPPID, KEY, "administrator")
        .modify_user_info(&marks())
        .await
        .unwrap();
    let list = |query: &'static str| {
        let local = &local;
        async move {
            let (status, body) =
                admin(local, reqwest::Method::GET, &format!("journal{query}"), "").await;
            (
                status,
                serde_json::from_str::<Value>(&body).unwrap_or(Value::String(body)),
            )
        }
    };
    let (status, page) = list("").await;
    assert_eq!(status, 200);
    assert_eq!(page["held"], 4);
    assert_eq!(page["recorded"], 4);
    assert_eq!(page["entries"][0]["seq"], 4, "newest first");
    assert_eq!(
        list("?vendor=volcengine&limit=2").await.1["entries"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        list("?operation=ModifyUserInfo").await.1["entries"][0]["caller"],
        "administrator"
    );
    assert_eq!(
        list("?app=1400000077").await.1["entries"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        list("?after=3").await.1["entries"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        list("?outcome=refused").await.1["entries"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        list("?since=99999999999999").await.1["entries"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let body = "?body=%7B%22Ext%22%3A%7B%22k%22%3A%22v%22%7D%7D";
    assert_eq!(list(body).await.1["entries"].as_array().unwrap().len(), 3);
    for bad in [
        "?outcome=maybe",
        "?app=x",
        "?colour=red",
        "?limit=-1",
        "?body=%7B",
    ] {
        let (status, answer) = list(bad).await;
        assert_eq!(status, 400, "{bad}: {answer}");
        assert!(answer["error"].is_string(), "{bad}: {answer}");
    }
    let (status, body) = admin(&local, reqwest::Method::DELETE, "journal", "").await;
    assert_eq!((status, body.as_str()), (200, r#"{"cleared":4}"#));
    let (_, page) = list("").await;
    assert_eq!(
        (page["held"].as_u64(), page["recorded"].as_u64()),
        (Some(0), Some(4))
    );
    // Without the token: refused.
    let response = raw_client()
        .get(format!("{}/_emulator/journal", local.base_url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn the_journal_is_bounded_and_cuts_bodies() {
    let local = start(|config| {
        config.journal_capacity = 3;
        config.journal_body_bytes = 16;
    })
    .await;
    let client = volcengine(&local, SK, true);
    for _ in 0..5 {
        client.modify_message(&modify_message()).await.unwrap();
    }
    let all = local.requests(&Filter::default());
    assert_eq!(all.iter().map(|e| e.seq).collect::<Vec<_>>(), [3, 4, 5]);
    let e = &all[0];
    assert!(e.body_cut);
    assert_eq!(e.body.as_deref().map(str::len), Some(16));
    assert!(e.body_bytes > 16);
    assert_eq!(e.app, Some(0), "the app is read before the body is cut");
    assert!(
        e.request::<vc::ModifyMessage>().is_err(),
        "a cut body does not decode"
    );
    let verdict = local.verify(&Filter::operation("ModifyMessage"), Times::exactly(5));
    assert!(!verdict.holds);
    assert_eq!(verdict.evicted, 2);
    assert!(
        verdict
            .to_string()
            .contains("2 older requests had left the journal"),
        "{verdict}"
    );

    let off = start(|config| config.journal_capacity = 0).await;
    volcengine(&off, SK, true)
        .modify_message(&modify_message())
        .await
        .unwrap();
    assert!(off.requests(&Filter::default()).is_empty());

    let too_big = emulator::Config {
        journal_capacity: 10_000_000,
        ..emulator::Config::new(AK, SK, SDKAPPID, KEY)
    };
    let refused = emulator::Local::start(too_big).await.unwrap_err();
    assert!(refused.to_string().contains("--journal-size"), "{refused}");
}

/// Sends a Volcengine request signed here, so that the test knows its signature; returns the
/// `Authorization` header.
async fn signed_volcengine(local: &emulator::Local) -> String {
    let host = local.base_url.trim_start_matches("http://");
    let body = serde_json::to_string(&modify_message()).unwrap();
    let query = [("Action", "ModifyMessage"), ("Version", "2020-12-01")];
    let signed = sign::sign(
        &SignInput {
            method: "POST",
            host,
            path: "/",
            query: &query,
            content_type: "application/json",
            body: body.as_bytes(),
            x_date: &sign::format_x_date(imapi_runtime::unix_now()),
            region: "cn-north-1",
            service: "rtc",
        },
        &Credentials {
            access_key_id: AK.into(),
            secret_access_key: SK.into(),
            session_token: Some("STS-session-token-0xBEEF".into()),
        },
    );
    let response = raw_client()
        .post(format!(
            "{}/?Action=ModifyMessage&Version=2020-12-01",
            local.base_url
        ))
        .header("Content-Type", "application/json")
        .header("Authorization", &signed.authorization)
        .header("X-Date", &signed.x_date)
        .header("X-Content-Sha256", &signed.x_content_sha256)
        .header("X-Security-Token", signed.x_security_token.clone().unwrap())
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    signed.authorization
}

/// Every credential a test used, and the parts of them that must not show either.
pub fn credentials(authorization: &str, usersig: &str) -> Vec<String> {
    let signature = authorization
        .rsplit("Signature=")
        .next()
        .unwrap()
        .to_owned();
    vec![
        SK.to_owned(),
        KEY.to_owned(),
        TOKEN.to_owned(),
        "STS-session-token-0xBEEF".to_owned(),
        authorization.to_owned(),
        signature,
        usersig.to_owned(),
        imapi_runtime::url::uri_encode(usersig, false),
    ]
}

#[tokio::test]
async fn no_credential_reaches_the_journal_or_the_console() {
    let local = start(|_| {}).await;
    let authorization = signed_volcengine(&local).await;
    let sig = usersig::generate(
        KEY,
        &UserSigClaims {
            identifier: "administrator".into(),
            sdkappid: SDKAPPID,
            time: imapi_runtime::unix_now(),
            expire: 86_400,
            userbuf: None,
        },
    );
    let url = format!(
        "{}/v4/group_open_avchatroom_http_svc/modify_user_info?sdkappid={SDKAPPID}&identifier=administrator&usersig={}&random=7&contenttype=json",
        local.base_url,
        imapi_runtime::url::uri_encode(&sig, false)
    );
    let body = serde_json::to_string(&marks()).unwrap();
    let answer = raw_client()
        .post(&url)
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    // And refused ones, whose credentials are wrong but still secret-looking.
    raw_client()
        .post(url.replace("usersig=", "usersig=x"))
        .body(body)
        .send()
        .await
        .unwrap();

    // A RongCloud call: its App Secret and Signature must not show either.
    let now_ms = imapi_runtime::unix_now() * 1000;
    let rc = imapi_runtime::rongcloud::sign::sign(
        &imapi_runtime::rongcloud::Credentials::new(support::RC_APP_KEY, support::RC_APP_SECRET),
        "4242",
        now_ms,
    );
    let mut request = raw_client()
        .post(format!("{}/user/info.json", local.base_url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("userId=123");
    for (name, value) in rc.pairs() {
        request = request.header(name, value);
    }
    assert_eq!(request.send().await.unwrap().status(), 200);

    let mut secrets = credentials(&authorization, &sig);
    secrets.extend([support::RC_APP_SECRET.to_owned(), rc.signature.clone()]);
    let mut seen = Vec::new();
    for path in [
        "journal?limit=100",
        "journal?outcome=refused",
        "state",
        "faults",
        "catalog",
    ] {
        let (status, text) = admin(&local, reqwest::Method::GET, path, "").await;
        assert_eq!(status, 200, "{path}");
        seen.push((path.to_owned(), text));
    }
    let (_, verified) = admin(
        &local,
        reqwest::Method::POST,
        "journal/verify",
        r#"{"filter": {"operation": "Nope"}}"#,
    )
    .await;
    seen.push(("verify".into(), verified));
    let client = console_client();
    let login = client
        .post(format!("{}/_emulator/ui/login", local.base_url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("token={TOKEN}"))
        .send()
        .await
        .unwrap();
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        !cookie.contains(TOKEN),
        "the cookie is a session id, not the token"
    );
    for path in ["ui", "ui/console.js", "ui/console.css", "journal"] {
        let page = client
            .get(format!("{}/_emulator/{path}", local.base_url))
            .header("Cookie", cookie.split(';').next().unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200, "{path}");
        seen.push((path.to_owned(), page.text().await.unwrap()));
    }
    seen.push((
        "Debug of the entries".into(),
        format!("{:?}", local.requests(&Filter::default())),
    ));
    seen.push((
        "Debug of the emulator".into(),
        format!("{local:?} {:?}", local.app()),
    ));
    assert!(
        seen[0].1.contains("ModifyUserInfo")
            && seen[0].1.contains("ModifyMessage")
            && seen[0].1.contains("\"UserInfo\""),
        "the three calls are in the journal"
    );
    for (what, text) in &seen {
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{what} shows a credential: {secret}"
            );
        }
    }
}

fn console_client() -> reqwest::Client {
    raw_client();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_console_signs_in_with_the_token_and_guards_changes() {
    let local = start(|_| {}).await;
    let client = console_client();
    let url = |path: &str| format!("{}/_emulator/{path}", local.base_url);
    let first = client.get(url("ui")).send().await.unwrap();
    assert_eq!(first.status(), 200);
    let csp = first.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(
        first.text().await.unwrap().contains("id=\"token\""),
        "the sign-in page"
    );

    let wrong = client
        .post(url("ui/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("token=guess")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert!(wrong.text().await.unwrap().contains("not the admin token"));

    let login = client
        .post(url("ui/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("token={TOKEN}"))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 303);
    assert_eq!(login.headers()["location"], "/_emulator/ui");
    let set = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    let cookie = set.split(';').next().unwrap().to_owned();

    let console = client
        .get(url("ui"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert!(
        console.text().await.unwrap().contains("id=\"journal\""),
        "the console itself"
    );
    let read = client
        .get(url("journal"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), 200, "reading with the session");
    // A change with only the cookie (as a form of another site would send it) is refused.
    let forged = client
        .delete(url("journal"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let change = client
        .delete(url("journal"))
        .header("Cookie", &cookie)
        .header("X-Emulator-Console", "1")
        .send()
        .await
        .unwrap();
    assert_eq!(change.status(), 200);
    let made_up = client
        .get(url("journal"))
        .header("Cookie", "emulator_session=0000")
        .send()
        .await
        .unwrap();
    assert_eq!(made_up.status(), 401);

    let logout = client
        .post(url("ui/logout"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 303);
    let after = client
        .get(url("journal"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401, "the session is closed");

    // Without an admin token there is no console either.
    let closed = support::in_process(AK, SK, SDKAPPID, KEY).await;
    let page = client
        .get(format!("{}/_emulator/ui", closed.base_url))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
}
