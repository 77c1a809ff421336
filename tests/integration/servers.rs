//! The generated routers as the vendors' gateways: every authentication failure with the
//! gateway's code, `CodeN` and HTTP status (Volcengine) or `ErrorCode` (Tencent); a corpus of
//! malformed requests, each answered in the vendor's envelope and never with a 500; rate limits
//! on a manual clock; and a rate limit shared by two routers through a real Redis.

use std::sync::Arc;
use std::time::Duration;

use imapi::tencent_chat as tc;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::server::{Generic, RedisLimiter, ServerConfig};
use imapi_runtime::tencent::usersig::{self, UserSigClaims};
use imapi_runtime::time::ManualClock;
use imapi_runtime::volcengine::sign::{self, Credentials, SignInput};
use imapi_runtime::{unix_now, HttpConfig, RetryPolicy};
use imapi_tests::loopback::{
    self, serve, Answer, Loopback, Recorder, Recording, Running, ADMIN, AK, KEY, NOT_ADMIN,
    SDKAPPID, SK,
};
use imapi_tests::tools::RedisServer;
use serde_json::{json, Value};

const MESSAGE: &str = r#"{"AppId":7,"ConversationShortId":2,"MessageId":3}"#;
const MARKS: &str =
    r#"{"GroupId":"@TGS#a","CommandType":1,"MemberList":[{"Member_Account":"a","Marks":[1000]}]}"#;

/// A request as sent, for the tests that write requests by hand.
struct Raw {
    method: reqwest::Method,
    path_and_query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

async fn send(base_url: &str, raw: Raw) -> (u16, Value) {
    let client = reqwest::Client::new();
    let mut request = client
        .request(raw.method, format!("{base_url}{}", raw.path_and_query))
        .body(raw.body);
    for (name, value) in &raw.headers {
        request = request.header(name.as_str(), value.as_str());
    }
    let response = request
        .send()
        .await
        .expect("an answer, never a dropped connection");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.expect("a body");
    let body = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "not the vendor's JSON ({e}): {}",
            String::from_utf8_lossy(&bytes)
        )
    });
    (status, body)
}

/// How a Volcengine request is signed: each field can be spoiled by a test.
struct Signing<'a> {
    action: &'a str,
    version: &'a str,
    extra_query: &'a str,
    body: &'a str,
    content_type: &'a str,
    access_key: &'a str,
    secret: &'a str,
    region: &'a str,
    service: &'a str,
    now: u64,
    /// The headers to sign, by name; `None` signs the SDKs' set.
    signed: Option<&'a [&'a str]>,
    token: Option<&'a str>,
}

impl Default for Signing<'_> {
    fn default() -> Self {
        Signing {
            action: "ModifyMessage",
            version: "2020-12-01",
            extra_query: "",
            body: MESSAGE,
            content_type: "application/json",
            access_key: AK,
            secret: SK,
            region: "cn-north-1",
            service: "rtc",
            now: unix_now(),
            signed: None,
            token: None,
        }
    }
}

fn volcengine_request(base_url: &str, s: &Signing<'_>) -> Raw {
    let host = base_url.trim_start_matches("http://").to_owned();
    let query = [("Action", s.action), ("Version", s.version)];
    let x_date = sign::format_x_date(s.now);
    let sha = sign::sha256_hex(s.body.as_bytes());
    let input = SignInput {
        method: "POST",
        host: &host,
        path: "/",
        query: &query,
        content_type: s.content_type,
        body: s.body.as_bytes(),
        x_date: &x_date,
        region: s.region,
        service: s.service,
    };
    let mut headers: Vec<(String, String)> = vec![
        ("Content-Type".into(), s.content_type.into()),
        ("Host".into(), host.clone()),
        ("X-Date".into(), x_date.clone()),
        ("X-Content-Sha256".into(), sha.clone()),
    ];
    if let Some(token) = s.token {
        headers.push(("X-Security-Token".into(), token.into()));
    }
    let credentials = Credentials {
        access_key_id: s.access_key.into(),
        secret_access_key: s.secret.into(),
        session_token: None,
    };
    let to_sign: Vec<(&str, &str)> = headers
        .iter()
        .filter(|(n, _)| {
            let n = n.to_ascii_lowercase();
            match s.signed {
                Some(names) => names.contains(&n.as_str()),
                None => true,
            }
        })
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let authorization = sign::authorization_for(&input, &to_sign, &credentials);
    // reqwest sets Host from the URL.
    headers.retain(|(n, _)| n != "Host");
    headers.push(("Authorization".into(), authorization));
    Raw {
        method: reqwest::Method::POST,
        path_and_query: format!("/?{}{}", sign::canonical_query(&query), s.extra_query),
        headers,
        body: s.body.as_bytes().to_vec(),
    }
}

/// The `Error` of a Volcengine answer: (status, Code, CodeN).
fn volcengine_error(answer: &(u16, Value)) -> (u16, String, i64) {
    let (status, body) = answer;
    let error = &body["ResponseMetadata"]["Error"];
    assert!(body.get("Result").is_none(), "no Result on failure: {body}");
    assert!(
        body["ResponseMetadata"]["RequestId"]
            .as_str()
            .is_some_and(|r| r.len() > 10),
        "{body}"
    );
    (
        *status,
        error["Code"].as_str().unwrap_or_default().to_owned(),
        error["CodeN"].as_i64().unwrap_or_default(),
    )
}

#[tokio::test]
async fn every_volcengine_authentication_failure_has_the_gateways_answer() {
    let lb = Loopback::start().await;
    let base = &lb.volcengine.base_url;
    let now = unix_now();
    let cases: Vec<(&str, Raw, (u16, &str, i64))> = vec![
        (
            "no Authorization",
            {
                let mut r = volcengine_request(base, &Signing::default());
                r.headers.retain(|(n, _)| n != "Authorization");
                r
            },
            (401, "MissingAuthenticationToken", 100003),
        ),
        (
            "a malformed Authorization",
            {
                let mut r = volcengine_request(base, &Signing::default());
                r.headers.retain(|(n, _)| n != "Authorization");
                r.headers
                    .push(("Authorization".into(), "Bearer 123".into()));
                r
            },
            (401, "MissingSignature", 100005),
        ),
        (
            "an unknown access key",
            volcengine_request(
                base,
                &Signing {
                    access_key: "AKLTunknown",
                    ..Signing::default()
                },
            ),
            (401, "InvalidAccessKey", 100009),
        ),
        (
            "a wrong signature",
            volcengine_request(
                base,
                &Signing {
                    secret: "wrong",
                    ..Signing::default()
                },
            ),
            (401, "SignatureDoesNotMatch", 100010),
        ),
        (
            "X-Date an hour ago",
            volcengine_request(
                base,
                &Signing {
                    now: now - 3600,
                    ..Signing::default()
                },
            ),
            (400, "InvalidTimestamp", 100006),
        ),
        (
            "another region in the scope",
            volcengine_request(
                base,
                &Signing {
                    region: "ap-singapore-1",
                    ..Signing::default()
                },
            ),
            (400, "MissingRequestInfo", 100004),
        ),
        (
            "another service in the scope",
            volcengine_request(
                base,
                &Signing {
                    service: "vod",
                    ..Signing::default()
                },
            ),
            (400, "MissingRequestInfo", 100004),
        ),
        (
            "host not signed",
            volcengine_request(
                base,
                &Signing {
                    signed: Some(&["content-type", "x-date", "x-content-sha256"]),
                    ..Signing::default()
                },
            ),
            (400, "MissingRequestInfo", 100004),
        ),
        (
            "x-date not signed",
            volcengine_request(
                base,
                &Signing {
                    signed: Some(&["content-type", "host", "x-content-sha256"]),
                    ..Signing::default()
                },
            ),
            (400, "MissingRequestInfo", 100004),
        ),
        (
            "a token sent but not signed",
            volcengine_request(
                base,
                &Signing {
                    token: Some("STS-token-0123456789"),
                    signed: Some(&["content-type", "host", "x-date", "x-content-sha256"]),
                    ..Signing::default()
                },
            ),
            (400, "MissingRequestInfo", 100004),
        ),
        (
            "a body that is not the signed one",
            {
                let mut r = volcengine_request(base, &Signing::default());
                r.body = br#"{"AppId":8,"ConversationShortId":2,"MessageId":3}"#.to_vec();
                r
            },
            (401, "SignatureDoesNotMatch", 100010),
        ),
        (
            "a query that is not UTF-8",
            volcengine_request(
                base,
                &Signing {
                    extra_query: "&x=%FF",
                    ..Signing::default()
                },
            ),
            (400, "MissingParameter", 100002),
        ),
        (
            "no Action",
            {
                let mut r = volcengine_request(base, &Signing::default());
                r.path_and_query = "/?Version=2020-12-01".into();
                r
            },
            (400, "MissingParameter", 100002),
        ),
        (
            "an unknown Action",
            volcengine_request(
                base,
                &Signing {
                    action: "DropAllTables",
                    ..Signing::default()
                },
            ),
            (404, "InvalidActionOrVersion", 100008),
        ),
        (
            "another Version",
            volcengine_request(
                base,
                &Signing {
                    version: "2018-01-01",
                    ..Signing::default()
                },
            ),
            (404, "InvalidActionOrVersion", 100008),
        ),
    ];
    for (what, raw, (status, code, code_n)) in cases {
        let answer = send(base, raw).await;
        assert_eq!(
            volcengine_error(&answer),
            (status, code.to_owned(), code_n),
            "{what}: {}",
            answer.1
        );
    }
    // A duplicate header in SignedHeaders.
    let mut raw = volcengine_request(base, &Signing::default());
    for (name, value) in raw.headers.iter_mut() {
        if name == "Authorization" {
            *value = value.replace(
                "SignedHeaders=content-type;",
                "SignedHeaders=content-type;content-type;",
            );
        }
    }
    let answer = send(base, raw).await;
    assert_eq!(
        volcengine_error(&answer),
        (401, "MissingSignature".into(), 100005)
    );
    assert!(
        lb.recorder.seen().is_empty(),
        "nothing reached the implementation"
    );

    // The good request goes through, with the envelope's metadata.
    lb.recorder
        .queue("ModifyMessage", Answer::Payload(json!({})));
    let (status, body) = send(base, volcengine_request(base, &Signing::default())).await;
    assert_eq!(status, 200, "{body}");
    let metadata = &body["ResponseMetadata"];
    assert_eq!(
        (
            &metadata["Action"],
            &metadata["Version"],
            &metadata["Service"],
            &metadata["Region"]
        ),
        (
            &json!("ModifyMessage"),
            &json!("2020-12-01"),
            &json!("rtc"),
            &json!("cn-north-1")
        )
    );
    assert_eq!(body["Result"], json!({}));
}

#[tokio::test]
async fn a_pinned_host_refuses_signatures_for_another() {
    let lb = Loopback::start_with_gateway(
        ServerConfig::new(()),
        loopback::volcengine_gateway().with_host("rtc.volcengineapi.com"),
    )
    .await;
    let base = &lb.volcengine.base_url;
    let answer = send(base, volcengine_request(base, &Signing::default())).await;
    assert_eq!(
        volcengine_error(&answer),
        (400, "MissingRequestInfo".into(), 100004)
    );
}

/// A Tencent request: query credentials for `identifier` with a UserSig of `claims`, signed
/// with `key`.
fn tencent_request(path: &str, query: &str, body: &str) -> Raw {
    Raw {
        method: reqwest::Method::POST,
        path_and_query: format!("{path}?{query}"),
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: body.as_bytes().to_vec(),
    }
}

fn usersig_for(identifier: &str, sdkappid: u64, key: &str, time: u64, expire: u64) -> String {
    usersig::generate(
        key,
        &UserSigClaims {
            identifier: identifier.into(),
            sdkappid,
            time,
            expire,
            userbuf: None,
        },
    )
}

fn credentials_query(sdkappid: &str, identifier: &str, sig: &str) -> String {
    format!(
        "sdkappid={sdkappid}&identifier={identifier}&usersig={}&random=12345&contenttype=json",
        imapi_runtime::url::uri_encode(sig, false)
    )
}

#[tokio::test]
async fn every_tencent_authentication_failure_has_its_error_code() {
    let lb = Loopback::start().await;
    let base = &lb.tencent.base_url;
    let path = "/v4/group_open_avchatroom_http_svc/modify_user_info";
    let now = unix_now();
    let app = SDKAPPID.to_string();
    let good = usersig_for(ADMIN, SDKAPPID, KEY, now, 86_400);
    let cases: Vec<(&str, String, String, i64)> = vec![
        (
            "an expired UserSig",
            path.into(),
            credentials_query(
                &app,
                ADMIN,
                &usersig_for(ADMIN, SDKAPPID, KEY, now - 7200, 60),
            ),
            70001,
        ),
        (
            "a UserSig that does not parse",
            path.into(),
            credentials_query(&app, ADMIN, "eJyrVgr-not-a-sig"),
            70003,
        ),
        (
            "a UserSig made with another key",
            path.into(),
            credentials_query(
                &app,
                ADMIN,
                &usersig_for(ADMIN, SDKAPPID, &"9".repeat(64), now, 86_400),
            ),
            70009,
        ),
        (
            "a UserSig of another account",
            path.into(),
            credentials_query(
                &app,
                ADMIN,
                &usersig_for("someone", SDKAPPID, KEY, now, 86_400),
            ),
            70013,
        ),
        (
            "a UserSig of another app",
            path.into(),
            credentials_query(
                &app,
                ADMIN,
                &usersig_for(ADMIN, 1_400_000_999, KEY, now, 86_400),
            ),
            70014,
        ),
        (
            "an account that is not an administrator",
            path.into(),
            credentials_query(
                &app,
                NOT_ADMIN,
                &usersig_for(NOT_ADMIN, SDKAPPID, KEY, now, 86_400),
            ),
            60010,
        ),
        (
            "no sdkappid",
            path.into(),
            format!("identifier={ADMIN}&usersig={good}&random=1&contenttype=json"),
            60012,
        ),
        (
            "an unknown sdkappid",
            path.into(),
            credentials_query("1400999999", ADMIN, &good),
            70020,
        ),
        (
            "no usersig",
            path.into(),
            format!("sdkappid={app}&identifier={ADMIN}&random=1&contenttype=json"),
            60002,
        ),
        (
            "a random that is not a u32",
            path.into(),
            credentials_query(&app, ADMIN, &good).replace("random=12345", "random=-1"),
            60002,
        ),
        (
            "contenttype other than json",
            path.into(),
            credentials_query(&app, ADMIN, &good).replace("contenttype=json", "contenttype=xml"),
            60002,
        ),
        (
            "an unknown command",
            "/v4/group_open_avchatroom_http_svc/drop_group".into(),
            credentials_query(&app, ADMIN, &good),
            60009,
        ),
    ];
    for (what, path, query, code) in cases {
        let (status, body) = send(base, tencent_request(&path, &query, MARKS)).await;
        assert_eq!(status, 200, "{what}: always 200");
        assert_eq!(body["ActionStatus"], "FAIL", "{what}: {body}");
        assert_eq!(body["ErrorCode"], code, "{what}: {body}");
        assert!(body["ErrorInfo"].as_str().is_some_and(|i| !i.is_empty()));
    }
    // A GET.
    let mut raw = tencent_request(path, &credentials_query(&app, ADMIN, &good), MARKS);
    raw.method = reqwest::Method::GET;
    let (status, body) = send(base, raw).await;
    assert_eq!((status, &body["ErrorCode"]), (200, &json!(60008)), "{body}");
    assert!(lb.recorder.seen().is_empty());

    lb.recorder.queue(
        "ModifyUserInfo",
        Answer::Payload(json!({"CommandType": 1, "MemberList": []})),
    );
    let (status, body) = send(
        base,
        tencent_request(path, &credentials_query(&app, ADMIN, &good), MARKS),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        (
            &body["ActionStatus"],
            &body["ErrorCode"],
            &body["ErrorInfo"],
            &body["CommandType"]
        ),
        (&json!("OK"), &json!(0), &json!(""), &json!(1)),
        "{body}"
    );
}

/// A body sent to both routers, and what each vendor answers it with: (Volcengine status and
/// code, Tencent code); `None` where the request is accepted.
struct Malformed {
    what: &'static str,
    body: Vec<u8>,
    content_type: &'static str,
    volcengine: Option<(u16, &'static str)>,
    tencent: Option<i64>,
}

#[tokio::test]
async fn malformed_requests_get_the_vendors_envelope_never_a_500() {
    let lb = Loopback::start().await;
    let corpus = vec![
        Malformed {
            what: "truncated JSON",
            body: br#"{"AppId":7,"Conversati"#.to_vec(),
            content_type: "application/json",
            volcengine: Some((400, "JsonParsingError")),
            tencent: Some(60003),
        },
        Malformed {
            what: "wrong types",
            body: br#"{"AppId":"seven","ConversationShortId":2,"MessageId":3,"GroupId":1,"CommandType":"set","MemberList":{}}"#.to_vec(),
            content_type: "application/json",
            volcengine: Some((400, "InvalidParam")),
            tencent: Some(10004),
        },
        Malformed {
            what: "a top-level array",
            body: b"[1,2,3]".to_vec(),
            content_type: "application/json",
            volcengine: Some((400, "InvalidParam")),
            tencent: Some(10004),
        },
        Malformed {
            what: "a positional array for an object",
            body: br#"[7,2,3]"#.to_vec(),
            content_type: "application/json",
            volcengine: Some((400, "InvalidParam")),
            tencent: Some(10004),
        },
        Malformed {
            what: "a positional array for a nested object",
            body: br#"{"GroupId":"@TGS#a","CommandType":1,"MemberList":[["a",[1000]]]}"#.to_vec(),
            content_type: "application/json",
            volcengine: Some((400, "InvalidParam")),
            tencent: Some(10004),
        },
        Malformed {
            what: "a required field missing",
            body: br#"{"AppId":7,"ConversationShortId":2,"GroupId":"@TGS#a","CommandType":1}"#
                .to_vec(),
            content_type: "application/json",
            // JSON, but not the request: the code for a parameter, not for unreadable JSON.
            volcengine: Some((400, "InvalidParam")),
            tencent: Some(10004),
        },
        Malformed {
            what: "a repeated key",
            body: br#"{"AppId":7,"AppId":7,"ConversationShortId":2,"MessageId":3,"GroupId":"g","GroupId":"g","CommandType":1,"MemberList":[]}"#
                .to_vec(),
            content_type: "application/json",
            volcengine: Some((400, "InvalidParam")),
            tencent: Some(10004),
        },
        Malformed {
            what: "trailing characters after the JSON",
            body: br#"{"AppId":7,"ConversationShortId":2,"MessageId":3,"GroupId":"g","CommandType":1,"MemberList":[]} {}"#
                .to_vec(),
            content_type: "application/json",
            volcengine: Some((400, "JsonParsingError")),
            tencent: Some(60003),
        },
        Malformed {
            what: "a body over the limit",
            body: vec![b' '; 2 << 20],
            content_type: "application/json",
            volcengine: Some((400, "JsonParsingError")),
            tencent: Some(60003),
        },
        Malformed {
            what: "an empty body",
            body: Vec::new(),
            content_type: "application/json",
            volcengine: Some((400, "JsonParsingError")),
            tencent: Some(60003),
        },
        Malformed {
            what: "another Content-Type",
            body: MESSAGE.as_bytes().to_vec(),
            content_type: "text/plain",
            volcengine: Some((400, "JsonParsingError")),
            // Tencent reads the body as JSON whatever the header says; this JSON is not its
            // request (no GroupId).
            tencent: Some(10004),
        },
        Malformed {
            what: "a constraint broken",
            body: br#"{"AppId":7,"ConversationShortId":2,"MessageId":3,"GroupId":"g","CommandType":3,"MemberList":[{"Member_Account":"a","Marks":[1]}]}"#.to_vec(),
            content_type: "application/json",
            volcengine: None,
            tencent: Some(10004),
        },
        Malformed {
            what: "unknown fields and unicode",
            body: "{\"AppId\":7,\"ConversationShortId\":2,\"MessageId\":3,\"Content\":\"群成员 🎉 \\u0000\",\"Extra\":[1],\"GroupId\":\"群\",\"CommandType\":1,\"MemberList\":[{\"Member_Account\":\"成员\",\"Marks\":[1000]}]}".as_bytes().to_vec(),
            content_type: "application/json",
            volcengine: None,
            tencent: None,
        },
    ];
    let now = unix_now();
    let good = usersig_for(ADMIN, SDKAPPID, KEY, now, 86_400);
    let query = credentials_query(&SDKAPPID.to_string(), ADMIN, &good);
    for case in corpus {
        let body = String::from_utf8_lossy(&case.body).into_owned();
        // Volcengine: signed over exactly this body.
        let base = &lb.volcengine.base_url;
        let mut raw = volcengine_request(
            base,
            &Signing {
                body: &body,
                content_type: case.content_type,
                ..Signing::default()
            },
        );
        raw.body = case.body.clone();
        if case.volcengine.is_none() {
            lb.recorder
                .queue("ModifyMessage", Answer::Payload(json!({})));
        }
        let answer = send(base, raw).await;
        assert_ne!(answer.0, 500, "{}", case.what);
        match case.volcengine {
            Some((status, code)) => {
                let (s, c, n) = volcengine_error(&answer);
                assert_eq!(
                    (s, c.as_str()),
                    (status, code),
                    "{}: {}",
                    case.what,
                    answer.1
                );
                assert!(n != 0, "CodeN is never 0 on failure");
            }
            None => assert_eq!(answer.0, 200, "{}: {}", case.what, answer.1),
        }

        // Tencent.
        let base = &lb.tencent.base_url;
        let mut raw = tencent_request(
            "/v4/group_open_avchatroom_http_svc/modify_user_info",
            &query,
            "",
        );
        raw.body = case.body.clone();
        raw.headers = vec![("Content-Type".into(), case.content_type.into())];
        if case.tencent.is_none() {
            lb.recorder.queue(
                "ModifyUserInfo",
                Answer::Payload(json!({"CommandType": 1, "MemberList": []})),
            );
        }
        let (status, answer) = send(base, raw).await;
        assert_eq!(status, 200, "{}", case.what);
        match case.tencent {
            Some(code) => {
                assert_eq!(answer["ActionStatus"], "FAIL", "{}: {answer}", case.what);
                assert_eq!(answer["ErrorCode"], code, "{}: {answer}", case.what);
            }
            None => assert_eq!(answer["ActionStatus"], "OK", "{}: {answer}", case.what),
        }
    }
    // The decode error names the wire path.
    let base = &lb.tencent.base_url;
    let raw = tencent_request(
        "/v4/group_open_avchatroom_http_svc/modify_user_info",
        &query,
        r#"{"GroupId":"g","CommandType":1,"MemberList":[{"Member_Account":"a","Marks":[1000]},{"Member_Account":"b","Marks":[1000,"x"]}]}"#,
    );
    let (_, answer) = send(base, raw).await;
    assert!(
        answer["ErrorInfo"]
            .as_str()
            .is_some_and(|i| i.starts_with("MemberList[1].Marks[1]:")),
        "{answer}"
    );
}

fn no_retries(mut http: HttpConfig) -> HttpConfig {
    http.retry = RetryPolicy {
        max_attempts: 1,
        ..RetryPolicy::default()
    };
    http
}

/// Routers on a manual clock, and clients that do not retry.
async fn on_a_manual_clock(
    config: ServerConfig<()>,
    clock: &ManualClock,
) -> (Loopback, vc::client::Client, tc::client::Client) {
    let lb = Loopback::start_with(config.with_clock(clock.clone())).await;
    let volc = vc::client::Client::builder(Credentials::new(AK, SK))
        .base_url(lb.volcengine.base_url.clone())
        .http(no_retries(loopback::http()))
        .build()
        .unwrap();
    let tencent = tc::client::Client::builder(SDKAPPID, ADMIN, KEY)
        .base_url(lb.tencent.base_url.clone())
        .http(no_retries(loopback::http()))
        .build()
        .unwrap();
    (lb, volc, tencent)
}

fn message(app_id: i32) -> vc::ModifyMessageRequest {
    serde_json::from_value(json!({"AppId": app_id, "ConversationShortId": 2, "MessageId": 3}))
        .unwrap()
}

#[tokio::test]
async fn rate_limits_hold_per_app_and_operation_on_the_servers_clock() {
    let clock = ManualClock::at(Duration::from_secs(unix_now()));
    let (lb, volc, tencent) = on_a_manual_clock(ServerConfig::new(()), &clock).await;
    // ModifyMessage allows 50 per second per app: 50 at once, then none until time moves.
    for i in 0..51 {
        if i < 50 {
            lb.recorder
                .queue("ModifyMessage", Answer::Payload(json!({})));
        }
        let result = volc.modify_message(&message(7)).await;
        if i < 50 {
            result.unwrap_or_else(|e| panic!("call {i}: {e}"));
        } else {
            let e = result.unwrap_err();
            let v = e.vendor().expect("the vendor's throttling error");
            assert_eq!(
                (v.code.as_str(), v.http_status, v.throttled),
                ("FlowLimitExceeded.QPSOverLimit", 429, true)
            );
        }
    }
    // Another app has a budget of its own; another operation too.
    lb.recorder
        .queue("ModifyMessage", Answer::Payload(json!({})));
    volc.modify_message(&message(8)).await.expect("app 8");
    lb.recorder.queue(
        "BatchGetConversationParticipant",
        Answer::Payload(json!({})),
    );
    volc.batch_get_conversation_participant(
        &serde_json::from_value(
            json!({"AppId": 7, "ConversationShortId": 2, "ParticipantUserIds": [1]}),
        )
        .unwrap(),
    )
    .await
    .expect("another operation");
    // One interval later (20 ms) one more call fits.
    clock.advance(Duration::from_millis(20));
    lb.recorder
        .queue("ModifyMessage", Answer::Payload(json!({})));
    volc.modify_message(&message(7))
        .await
        .expect("after the interval");
    assert!(volc.modify_message(&message(7)).await.is_err());

    // Tencent: ModifyUserInfo allows 200 per second per sdkappid.
    let marks: tc::ModifyUserInfoRequest = serde_json::from_str(MARKS).unwrap();
    for i in 0..201 {
        if i < 200 {
            lb.recorder.queue(
                "ModifyUserInfo",
                Answer::Payload(json!({"CommandType": 1, "MemberList": []})),
            );
        }
        let result = tencent.modify_user_info(&marks).await;
        if i < 200 {
            result.unwrap_or_else(|e| panic!("call {i}: {e}"));
        } else {
            let v = result.unwrap_err();
            let v = v.vendor().expect("a vendor error").clone();
            assert_eq!((v.numeric_code, v.throttled), (Some(60007), true));
        }
    }
}

#[tokio::test]
async fn two_routers_share_one_budget_through_redis() {
    let redis = RedisServer::start();
    let clock = ManualClock::at(Duration::from_secs(unix_now()));
    let start = |prefix: &'static str| {
        let url = redis.url();
        let clock = clock.clone();
        async move {
            let limiter = RedisLimiter::connect(&url, prefix)
                .await
                .expect("connect to redis");
            let config = ServerConfig::new(loopback::volcengine_gateway())
                .with_limiter(limiter)
                .with_clock(clock);
            let recorder = Arc::new(Recorder::default());
            let service = Arc::new(Generic(Recording(recorder.clone())));
            let running: Running = serve(vc::server::router(service, config)).await;
            (recorder, running)
        }
    };
    let (first_recorder, first) = start("imapi-test:").await;
    let (second_recorder, second) = start("imapi-test:").await;
    let client = |base_url: &str| {
        vc::client::Client::builder(Credentials::new(AK, SK))
            .base_url(base_url)
            .http(no_retries(loopback::http()))
            .build()
            .unwrap()
    };
    let (a, b) = (client(&first.base_url), client(&second.base_url));
    // 50 per second for app 7, alternating between the two routers.
    let mut admitted = 0;
    let mut refused = 0;
    for i in 0..60 {
        let (recorder, c) = if i % 2 == 0 {
            (&first_recorder, &a)
        } else {
            (&second_recorder, &b)
        };
        recorder.queue("ModifyMessage", Answer::Payload(json!({})));
        match c.modify_message(&message(7)).await {
            Ok(_) => admitted += 1,
            Err(e) => {
                assert_eq!(e.vendor().map(|v| v.http_status), Some(429), "{e}");
                refused += 1;
            }
        }
    }
    assert_eq!((admitted, refused), (50, 10), "one budget for both routers");
    // A router with its own prefix (another deployment) has a budget of its own.
    let (third_recorder, third) = start("other-deployment:").await;
    third_recorder.queue("ModifyMessage", Answer::Payload(json!({})));
    client(&third.base_url)
        .modify_message(&message(7))
        .await
        .expect("a separate budget");
    clock.advance(Duration::from_secs(1));
    first_recorder.queue("ModifyMessage", Answer::Payload(json!({})));
    a.modify_message(&message(7)).await.expect("a second later");
}

/// Sends `raw`'s head with `Content-Length: declared` and no body at all, and returns the
/// answer's status and JSON body; `None` when nothing is answered within two seconds (the
/// server waits for the body).
async fn head_only(base_url: &str, raw: &Raw, declared: usize) -> Option<(u16, Value)> {
    use tokio::io::AsyncWriteExt;
    let host = base_url.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.expect("connect");
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {declared}\r\n",
        raw.method, raw.path_and_query
    );
    for (name, value) in &raw.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.expect("send");
    let (status, body) = loopback::read_http_answer(&mut stream, Duration::from_secs(2)).await?;
    Some((status, serde_json::from_str(&body).ok()?))
}

#[tokio::test]
async fn a_volcengine_request_is_refused_on_its_head_before_its_body_is_read() {
    let lb = Loopback::start().await;
    let base = &lb.volcengine.base_url;
    let declared = 900 * 1024;
    let strip = |mut r: Raw| {
        r.headers.retain(|(n, _)| n != "Authorization");
        r
    };
    let cases: Vec<(&str, Raw, usize, (u16, &str))> = vec![
        (
            "no Authorization",
            strip(volcengine_request(base, &Signing::default())),
            declared,
            (401, "MissingAuthenticationToken"),
        ),
        (
            "an unknown access key",
            volcengine_request(
                base,
                &Signing {
                    access_key: "AKLTunknown",
                    ..Signing::default()
                },
            ),
            declared,
            (401, "InvalidAccessKey"),
        ),
        (
            "X-Date an hour ago",
            volcengine_request(
                base,
                &Signing {
                    now: unix_now() - 3600,
                    ..Signing::default()
                },
            ),
            declared,
            (400, "InvalidTimestamp"),
        ),
        (
            "another region in the scope",
            volcengine_request(
                base,
                &Signing {
                    region: "ap-singapore-1",
                    ..Signing::default()
                },
            ),
            declared,
            (400, "MissingRequestInfo"),
        ),
        (
            "a Content-Length over the limit, well signed",
            volcengine_request(base, &Signing::default()),
            2 << 20,
            (400, "JsonParsingError"),
        ),
    ];
    for (what, raw, declared, (status, code)) in cases {
        let answer = head_only(base, &raw, declared)
            .await
            .unwrap_or_else(|| panic!("{what}: no answer until the body came"));
        let (s, c, _) = volcengine_error(&answer);
        assert_eq!((s, c.as_str()), (status, code), "{what}: {}", answer.1);
    }
    // A request whose head passes waits for its body: the signature covers it.
    let good = volcengine_request(base, &Signing::default());
    assert!(head_only(base, &good, MESSAGE.len()).await.is_none());
    assert!(lb.recorder.seen().is_empty());
}

#[tokio::test]
async fn a_tencent_body_over_the_limit_is_refused_unread() {
    let lb = Loopback::start().await;
    let base = &lb.tencent.base_url;
    let sig = usersig_for(ADMIN, SDKAPPID, KEY, unix_now(), 86_400);
    let raw = tencent_request(
        "/v4/group_open_avchatroom_http_svc/modify_user_info",
        &credentials_query(&SDKAPPID.to_string(), ADMIN, &sig),
        "",
    );
    let (status, body) = head_only(base, &raw, 2 << 20)
        .await
        .expect("refused without waiting for the body");
    assert_eq!((status, &body["ErrorCode"]), (200, &json!(60003)), "{body}");
    // Bad credentials are refused on the query, before the body too.
    let raw = tencent_request(
        "/v4/group_open_avchatroom_http_svc/modify_user_info",
        &credentials_query(&SDKAPPID.to_string(), ADMIN, "not-a-usersig"),
        "",
    );
    let (_, body) = head_only(base, &raw, 900 * 1024)
        .await
        .expect("refused without waiting for the body");
    assert_eq!(body["ErrorCode"], json!(70003), "{body}");
}

/// An implementation that serves nothing: every method is the trait's default.
struct Nothing;

impl vc::server::Service for Nothing {}
impl tc::server::Service for Nothing {}

#[tokio::test]
async fn an_operation_left_out_answers_the_vendors_refusal_for_an_operation_not_offered() {
    let config = ServerConfig::new(());
    let volcengine = serve(vc::server::router(
        Arc::new(Nothing),
        config.clone().with_protocol(loopback::volcengine_gateway()),
    ))
    .await;
    let tencent = serve(tc::server::router(
        Arc::new(Nothing),
        config.with_protocol(loopback::tencent_gateway()),
    ))
    .await;
    let base = &volcengine.base_url;
    let answer = send(base, volcengine_request(base, &Signing::default())).await;
    assert_eq!(
        volcengine_error(&answer),
        (404, "InvalidActionOrVersion".into(), 100008)
    );
    assert!(
        answer.1["ResponseMetadata"]["Error"]["Message"]
            .as_str()
            .is_some_and(|m| m.contains("ModifyMessage is not implemented")),
        "{}",
        answer.1
    );
    let sig = usersig_for(ADMIN, SDKAPPID, KEY, unix_now(), 86_400);
    let (status, body) = send(
        &tencent.base_url,
        tencent_request(
            "/v4/group_open_avchatroom_http_svc/modify_user_info",
            &credentials_query(&SDKAPPID.to_string(), ADMIN, &sig),
            MARKS,
        ),
    )
    .await;
    assert_eq!((status, &body["ErrorCode"]), (200, &json!(60009)), "{body}");
    // Authentication still comes first: a bad signature is refused as one.
    let answer = send(
        base,
        volcengine_request(
            base,
            &Signing {
                secret: "wrong",
                ..Signing::default()
            },
        ),
    )
    .await;
    assert_eq!(volcengine_error(&answer).1, "SignatureDoesNotMatch");
}
