//! The emulator against hostile clients and configurations: clients that send a head slowly or
//! not at all, sit idle, send a body slowly, or open more connections than it serves; a process
//! out of file descriptors; empty secrets; fault rules and uploads that used to turn one
//! refusal into another; nested and endless files.

mod support;

use std::process::Command;
use std::time::Duration;

use imapi_runtime::tencent::usersig::{self, UserSigClaims};
use imapi_runtime::unix_now;
use imapi_runtime::volcengine::sign::{self, Credentials, SignInput};
use imapi_tests::loopback::read_http_answer;
use reqwest::Method;
use serde_json::Value;
use support::{file, Emulator, ADMIN, AK, KEY, SDKAPPID, SK};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn addr(emulator: &Emulator) -> String {
    emulator.base_url.trim_start_matches("http://").to_owned()
}

/// Reads until the server closes the connection (end of file or an error); `false` if it is
/// still open after `within`.
async fn closed_within(stream: &mut tokio::net::tcp::OwnedReadHalf, within: Duration) -> bool {
    let mut buf = [0u8; 1024];
    let wait = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(within, wait).await.is_ok()
}

/// A Tencent request head with good credentials, declaring a body of `length` bytes.
fn tencent_head(host: &str, length: usize) -> String {
    let sig = usersig::generate(
        KEY,
        &UserSigClaims {
            identifier: ADMIN.into(),
            sdkappid: SDKAPPID,
            time: unix_now(),
            expire: 86_400,
            userbuf: None,
        },
    );
    format!(
        "POST /v4/group_open_avchatroom_http_svc/modify_user_info?sdkappid={SDKAPPID}&identifier={ADMIN}&usersig={}&random=1&contenttype=json HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n",
        imapi_runtime::url::uri_encode(&sig, false)
    )
}

#[tokio::test]
async fn a_head_sent_slowly_or_not_at_all_is_cut_off() {
    let emulator = Emulator::start(&["--header-read-timeout", "1s", "--idle-timeout", "60s"]);
    // Nothing at all.
    let (mut read, _write) = TcpStream::connect(addr(&emulator))
        .await
        .unwrap()
        .into_split();
    assert!(closed_within(&mut read, Duration::from_secs(5)).await);
    // One header line every 300 ms, for ever.
    let (mut read, mut write) = TcpStream::connect(addr(&emulator))
        .await
        .unwrap()
        .into_split();
    let trickle = tokio::spawn(async move {
        let _ = write.write_all(b"POST / HTTP/1.1\r\n").await;
        for i in 0.. {
            tokio::time::sleep(Duration::from_millis(300)).await;
            if write
                .write_all(format!("X-Line-{i}: x\r\n").as_bytes())
                .await
                .is_err()
            {
                break;
            }
        }
    });
    assert!(
        closed_within(&mut read, Duration::from_secs(5)).await,
        "a head that never ends is cut off"
    );
    trickle.abort();
    // Clients that send whole requests are served as before.
    let health = support::raw_client()
        .get(format!("{}/_emulator/health", emulator.base_url))
        .header("X-Emulator-Token", support::TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
}

#[tokio::test]
async fn an_idle_connection_is_closed_but_a_slow_answer_is_not_idleness() {
    let emulator = Emulator::start(&["--header-read-timeout", "60s", "--idle-timeout", "1s"]);
    let (mut read, _write) = TcpStream::connect(addr(&emulator))
        .await
        .unwrap()
        .into_split();
    assert!(closed_within(&mut read, Duration::from_secs(5)).await);
    // After an answer, a kept-alive connection that stays quiet is closed too.
    let mut stream = TcpStream::connect(addr(&emulator)).await.unwrap();
    let host = addr(&emulator);
    stream
        .write_all(
            format!(
                "GET /_emulator/health HTTP/1.1\r\nHost: {host}\r\nX-Emulator-Token: {}\r\n\r\n",
                support::TOKEN
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let (status, _) = read_http_answer(&mut stream, Duration::from_secs(5))
        .await
        .unwrap();
    assert_eq!(status, 200);
    let (mut read, _write) = stream.into_split();
    assert!(closed_within(&mut read, Duration::from_secs(5)).await);
    // An answer that takes longer than the idle timeout (an injected latency) still comes.
    let (status, body) = emulator
        .admin(
            Method::PUT,
            "faults",
            "rules: [{vendor: volcengine, answer: {latency: {ms: 2500}}}]",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let request: imapi::volcengine_rtc_im::ModifyMessageRequest = serde_json::from_value(
        serde_json::json!({"AppId": 0, "ConversationShortId": 1, "MessageId": 10001}),
    )
    .unwrap();
    emulator
        .volcengine()
        .modify_message(&request)
        .await
        .expect("late but answered");
}

#[tokio::test]
async fn connections_past_the_cap_wait_for_a_free_one() {
    let emulator = Emulator::start(&[
        "--max-connections",
        "2",
        "--header-read-timeout",
        "60s",
        "--idle-timeout",
        "60s",
    ]);
    let host = addr(&emulator);
    let first = TcpStream::connect(&host).await.unwrap();
    let _second = TcpStream::connect(&host).await.unwrap();
    // The kernel accepts a third connection into the listen queue; the emulator does not
    // serve it while two are open.
    let mut third = TcpStream::connect(&host).await.unwrap();
    third
        .write_all(
            format!(
                "GET /_emulator/health HTTP/1.1\r\nHost: {host}\r\nX-Emulator-Token: {}\r\n\r\n",
                support::TOKEN
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    assert!(
        read_http_answer(&mut third, Duration::from_millis(700))
            .await
            .is_none(),
        "served past the cap"
    );
    drop(first);
    let (status, body) = read_http_answer(&mut third, Duration::from_secs(5))
        .await
        .expect("served once a connection closed");
    assert_eq!((status, body.as_str()), (200, r#"{"status":"ok"}"#));
}

#[tokio::test]
async fn a_body_sent_too_slowly_gets_the_vendors_refusal() {
    let emulator = Emulator::start(&["--body-read-timeout", "1s"]);
    let host = addr(&emulator);
    let mut stream = TcpStream::connect(&host).await.unwrap();
    stream
        .write_all(tencent_head(&host, 100).as_bytes())
        .await
        .unwrap();
    stream.write_all(b"{\"GroupId\":").await.unwrap();
    let (status, body) = read_http_answer(&mut stream, Duration::from_secs(5))
        .await
        .expect("answered without the rest of the body");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (status, &body["ErrorCode"]),
        (200, &Value::from(60003)),
        "{body}"
    );
    assert!(
        body["ErrorInfo"]
            .as_str()
            .is_some_and(|i| i.contains("did not arrive whole")),
        "{body}"
    );
}

/// CPU time (user and system) the process has used, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the process's stat");
    // The fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')').expect("a command name") + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[tokio::test]
async fn out_of_file_descriptors_the_accept_loop_waits_instead_of_spinning() {
    if Command::new("prlimit").arg("--version").output().is_err() {
        panic!("prlimit (util-linux) is needed to limit the emulator's file descriptors");
    }
    let mut command = Command::new("prlimit");
    command.args(["--nofile=64:64", "--", Emulator::binary()]);
    let emulator = Emulator::spawn_command(command, &["--quiet", "--admin-token", support::TOKEN])
        .expect("the emulator starts");
    let host = addr(&emulator);
    // More connections than the process has descriptors: the accept loop meets EMFILE.
    let mut held = Vec::new();
    for _ in 0..100 {
        if let Ok(stream) = TcpStream::connect(&host).await {
            held.push(stream);
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = cpu_ticks(emulator.pid());
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let used = cpu_ticks(emulator.pid()) - before;
    // A loop that retries at once burns a whole core: about 150 ticks in 1.5 s. Backing off
    // (5 ms doubling to 1 s) costs next to nothing.
    assert!(
        used < 40,
        "{used} ticks of CPU in 1.5 s while out of descriptors"
    );
    // Once connections close, it serves again.
    drop(held);
    let mut served = false;
    for _ in 0..50 {
        let answer = support::raw_client()
            .get(format!("{}/_emulator/health", emulator.base_url))
            .header("X-Emulator-Token", support::TOKEN)
            .timeout(Duration::from_secs(2))
            .send()
            .await;
        if answer.is_ok_and(|a| a.status() == 200) {
            served = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        served,
        "the emulator serves again once descriptors are free"
    );
}

#[tokio::test]
async fn empty_secrets_and_tokens_are_refused_at_start_up() {
    for (name, value, says) in [
        ("VOLC_SECRETKEY", "", "Volcengine secret key"),
        ("VOLC_SECRETKEY", "  \t", "Volcengine secret key"),
        ("TENCENT_SECRETKEY", "", "Tencent secret key"),
        ("EMULATOR_ADMIN_TOKEN", "", "admin token"),
        ("EMULATOR_ADMIN_TOKEN", "   ", "admin token"),
    ] {
        let mut command = Command::new(Emulator::binary());
        command.env(name, value);
        let e = Emulator::spawn_command(command, &[])
            .err()
            .unwrap_or_else(|| panic!("{name}={value:?} was accepted"));
        assert!(e.contains(says) && e.contains("empty"), "{name}: {e}");
        assert!(!e.contains(SK) && !e.contains(KEY), "no secret in {e}");
    }
    let config = emulator::Config::new(AK, "", SDKAPPID, KEY);
    let e = emulator::Local::start(config).await.unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
}

/// A Volcengine ModifyMessage request for app 0, signed over `body` (a valid request padded
/// with spaces to `size` bytes).
fn signed_volcengine(base_url: &str, size: usize) -> (Vec<(String, String)>, Vec<u8>) {
    let mut body = br#"{"AppId":0,"ConversationShortId":1,"MessageId":10001}"#.to_vec();
    body.resize(size.max(body.len()), b' ');
    let host = base_url.trim_start_matches("http://");
    let x_date = sign::format_x_date(unix_now());
    let signed = sign::sign(
        &SignInput {
            method: "POST",
            host,
            path: "/",
            query: &[("Action", "ModifyMessage"), ("Version", "2020-12-01")],
            content_type: "application/json",
            body: &body,
            x_date: &x_date,
            region: "cn-north-1",
            service: "rtc",
        },
        &Credentials::new(AK, SK),
    );
    let headers = signed
        .pairs()
        .into_iter()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .chain([("Content-Type".to_owned(), "application/json".to_owned())])
        .collect();
    (headers, body)
}

#[tokio::test]
async fn a_fault_rule_naming_an_app_keeps_each_refusal_the_one_deserved() {
    let emulator = Emulator::start(&[]);
    let (status, body) = emulator
        .admin(
            Method::PUT,
            "faults",
            "rules: [{vendor: volcengine, operation: ModifyMessage, app: 0, answer: throttle}]",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let url = format!(
        "{}/?Action=ModifyMessage&Version=2020-12-01",
        emulator.base_url
    );
    // A body over the router's limit, well signed: the router's refusal for its size, not a
    // signature refusal for a body swapped for an empty one.
    let (headers, body) = signed_volcengine(&emulator.base_url, (1 << 20) + 10);
    let mut request = support::raw_client().post(&url).body(body.clone());
    for (name, value) in &headers {
        request = request.header(name, value);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 400);
    let refused: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(
        refused["ResponseMetadata"]["Error"]["Code"], "JsonParsingError",
        "{refused}"
    );
    // The same without a Content-Length (chunked): read while streaming, then handed on.
    let host = addr(&emulator);
    let mut stream = TcpStream::connect(&host).await.unwrap();
    let mut head = format!(
        "POST /?Action=ModifyMessage&Version=2020-12-01 HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\n"
    );
    for (name, value) in &headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    for chunk in body.chunks(64 * 1024) {
        let framed = [
            format!("{:x}\r\n", chunk.len()).as_bytes(),
            chunk,
            b"\r\n".as_slice(),
        ]
        .concat();
        if stream.write_all(&framed).await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let (status, refused) = read_http_answer(&mut stream, Duration::from_secs(10))
        .await
        .expect("an answer");
    assert_eq!(status, 400, "{refused}");
    assert!(refused.contains("JsonParsingError"), "{refused}");
    // A body that fits still meets the rule.
    let (headers, body) = signed_volcengine(&emulator.base_url, 0);
    let mut request = support::raw_client().post(&url).body(body);
    for (name, value) in &headers {
        request = request.header(name, value);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 429);
}

#[tokio::test]
async fn fault_uploads_are_bounded_and_answer_only_final_statuses() {
    let emulator = Emulator::start(&[]);
    let big = format!("rules: []\n# {}\n", "x".repeat(1 << 20));
    let (status, body) = emulator.admin(Method::PUT, "faults", &big).await;
    assert_eq!(status, 413, "{body}");
    assert!(body.contains("larger than 1048576 bytes"), "{body}");
    for status_code in [101, 199, 600] {
        let rules =
            format!("rules: [{{vendor: tencent, answer: {{status: {{status: {status_code}}}}}}}]");
        let (status, body) = emulator.admin(Method::PUT, "faults", &rules).await;
        assert_eq!(status, 400, "{status_code}: {body}");
        assert!(body.contains("final answer"), "{body}");
    }
    let (status, _) = emulator
        .admin(
            Method::PUT,
            "faults",
            "rules: [{vendor: tencent, answer: {status: {status: 200}}}]",
        )
        .await;
    assert_eq!(status, 200);
    // Rules given in code are checked too.
    let mut config = emulator::Config::new(AK, SK, SDKAPPID, KEY);
    config.faults = emulator::Rules::parse("rules: []").unwrap();
    config.faults.rules.push(emulator::faults::Rule {
        vendor: "tencent".into(),
        operation: None,
        app: None,
        probability: 1.0,
        answer: emulator::FaultAnswer::Status {
            status: 101,
            retry_after: None,
        },
    });
    assert!(config.check().unwrap_err().contains("final answer"));
}

#[tokio::test]
async fn nested_files_and_uploads_are_refused_at_the_depth_limit() {
    // 97 KB of nested brackets, uploaded.
    let emulator = Emulator::start(&[]);
    let nested = format!("rules: {}", "[".repeat(97 * 1024));
    let (status, body) = emulator.admin(Method::PUT, "faults", &nested).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("nests deeper than 32 levels"), "{body}");
    // The same as files.
    let dir = tempfile::tempdir().unwrap();
    let state = file(
        dir.path(),
        "state.yaml",
        &format!("volcengine: {}", "[".repeat(160 * 1024)),
    );
    let e = Emulator::try_start(&["--state", &state]).err().unwrap();
    assert!(
        e.contains("nests deeper than 32 levels") && e.contains("state.yaml"),
        "{e}"
    );
    let faults = file(dir.path(), "faults.yaml", &nested);
    let e = Emulator::try_start(&["--faults", &faults]).err().unwrap();
    assert!(e.contains("nests deeper than 32 levels"), "{e}");
}

#[test]
fn state_files_must_be_regular_files_of_bounded_size() {
    let e = Emulator::try_start(&["--state", "/dev/zero"])
        .err()
        .unwrap();
    assert!(e.contains("/dev/zero is not a regular file"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    // A pipe would make a plain open wait for a writer.
    let fifo = dir.path().join("state.fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let e = Emulator::try_start(&["--state", &fifo.to_string_lossy()])
        .err()
        .unwrap();
    assert!(e.contains("is not a regular file"), "{e}");
    let e = Emulator::try_start(&["--faults", &dir.path().to_string_lossy()])
        .err()
        .unwrap();
    assert!(e.contains("is not a regular file"), "{e}");
    // A 600 MB file (sparse: it takes no disk) is refused on its size.
    let big = dir.path().join("big.yaml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(600 << 20)
        .unwrap();
    let e = Emulator::try_start(&["--state", &big.to_string_lossy()])
        .err()
        .unwrap();
    assert!(
        e.contains("is 629145600 bytes, more than the 536870912 read"),
        "{e}"
    );
}
