//! The web console in a real browser: headless Chromium (the Debian packages `chromium` and
//! `chromium-driver`, installed on first use), driven over WebDriver's HTTP protocol. The test
//! signs in, finds the signed calls and the refused one in the journal with their outcomes,
//! opens a request's detail and the state, adds a fault in the UI and sees it throttle the next
//! call, and checks that no page shows a credential. It saves a screenshot of the journal as
//! `target/emulator-console.png`.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use imapi::volcengine_rtc_im as vc;
use imapi_runtime::server::Secret;
use serde_json::{json, Value};

use support::{code, modify_message, raw_client, tencent_in, volcengine_at};

const AK: &str = "AKLTconsoleaccesskey";
const SK: &str = "Y29uc29sZS1zZWNyZXQta2V5LXZhbHVl";
const SDKAPPID: u64 = 1_400_000_078;
const KEY: &str = "5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c";
const TOKEN: &str = "console-admin-token-Pw92";
/// How long the test waits for the page to show something (it is busy when the whole suite
/// runs at once on two cores).
const PATIENCE: Duration = Duration::from_secs(30);

/// A chromedriver of the test's own on 127.0.0.1, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
    http: reqwest::Client,
    session: Option<String>,
    _profile: tempfile::TempDir,
}

impl Driver {
    async fn start() -> Driver {
        let (_, chromedriver) = imapi_tests::tools::chromium();
        let port = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            probe.local_addr().unwrap().port()
        };
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        raw_client();
        let mut driver = Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::new(),
            session: None,
            _profile: tempfile::tempdir().unwrap(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = driver
                .http
                .get(format!("{}/status", driver.url))
                .send()
                .await;
            if let Ok(answer) = ready {
                let text = answer.text().await.unwrap_or_default();
                let status: Value = serde_json::from_str(&text).unwrap_or_default();
                if status["value"]["ready"] == true {
                    break;
                }
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let binary = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
            .unwrap();
        let created = driver
            .command(
                reqwest::Method::POST,
                "/session",
                json!({"capabilities": {"alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": binary,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu",
                            "--disable-dev-shm-usage", "--window-size=1500,900",
                            format!("--user-data-dir={}", driver._profile.path().display()),
                        ],
                    },
                }}}),
            )
            .await;
        driver.session = Some(
            created["sessionId"]
                .as_str()
                .unwrap_or_else(|| panic!("a session: {created}"))
                .to_owned(),
        );
        driver
    }

    /// A WebDriver command's value, or the error it answered.
    async fn try_command(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Value,
    ) -> Result<Value, Value> {
        let mut request = self
            .http
            .request(method.clone(), format!("{}{path}", self.url));
        if !body.is_null() {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        let text = request
            .send()
            .await
            .expect("chromedriver answers")
            .text()
            .await
            .unwrap();
        let answer: Value = serde_json::from_str(&text).unwrap_or_else(|_| panic!("{text}"));
        let value = answer.get("value").cloned().unwrap_or(Value::Null);
        match value.get("error") {
            Some(_) => Err(value),
            None => Ok(value),
        }
    }

    async fn command(&self, method: reqwest::Method, path: &str, body: Value) -> Value {
        self.try_command(method.clone(), path, body)
            .await
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"))
    }

    async fn session(&self, method: reqwest::Method, path: &str, body: Value) -> Value {
        let id = self.session.as_deref().unwrap();
        self.command(method, &format!("/session/{id}{path}"), body)
            .await
    }

    async fn open(&self, url: &str) {
        self.session(reqwest::Method::POST, "/url", json!({"url": url}))
            .await;
    }

    async fn find(&self, css: &str) -> String {
        let found = self
            .session(
                reqwest::Method::POST,
                "/element",
                json!({"using": "css selector", "value": css}),
            )
            .await;
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_owned()
    }

    /// Clicks the element `css` finds. The page redraws what it shows as answers arrive (the
    /// journal is followed every second), so an element found may be gone by the time it is
    /// clicked: it is found and clicked again until a click lands (30 s at most).
    async fn click(&self, css: &str) {
        let id = self.session.as_deref().unwrap().to_owned();
        let deadline = Instant::now() + PATIENCE;
        loop {
            let found = self
                .try_command(
                    reqwest::Method::POST,
                    &format!("/session/{id}/element"),
                    json!({"using": "css selector", "value": css}),
                )
                .await;
            let clicked = match found {
                Ok(found) => {
                    let element = found
                        .as_object()
                        .and_then(|o| o.values().next())
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned();
                    self.try_command(
                        reqwest::Method::POST,
                        &format!("/session/{id}/element/{element}/click"),
                        json!({}),
                    )
                    .await
                }
                Err(e) => Err(e),
            };
            match clicked {
                Ok(_) => return,
                Err(e) => assert!(Instant::now() < deadline, "cannot click {css}: {e}"),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn type_in(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        self.session(
            reqwest::Method::POST,
            &format!("/element/{element}/value"),
            json!({"text": text}),
        )
        .await;
    }

    async fn script(&self, script: &str) -> Value {
        self.session(
            reqwest::Method::POST,
            "/execute/sync",
            json!({"script": script, "args": []}),
        )
        .await
    }

    /// Runs `script` until `holds` says yes of its value (30 s at most); returns the value.
    async fn wait_for(&self, script: &str, holds: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let value = self.script(script).await;
            if holds(&value) {
                return value;
            }
            assert!(
                Instant::now() < deadline,
                "waited in vain: {script} gave {value}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn source(&self) -> String {
        let value = self
            .session(reqwest::Method::GET, "/source", Value::Null)
            .await;
        value.as_str().unwrap_or_default().to_owned()
    }

    async fn screenshot(&self) -> Vec<u8> {
        let value = self
            .session(reqwest::Method::GET, "/screenshot", Value::Null)
            .await;
        base64::engine::general_purpose::STANDARD
            .decode(value.as_str().unwrap())
            .unwrap()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const ROWS: &str = "return [...document.querySelectorAll('#journal-rows tr.entry')].map(r => [r.dataset.operation, r.dataset.outcome]);";

fn rows(value: &Value) -> Vec<(String, String)> {
    value
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    (
                        r[0].as_str().unwrap().to_owned(),
                        r[1].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn volcengine(base_url: &str, sk: &str) -> vc::client::Client {
    volcengine_at(base_url, AK, sk, true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_console_shows_the_journal_and_its_faults_throttle_the_next_call() {
    let config = emulator::Config {
        rate_limits: false,
        admin_token: Some(Secret::new(TOKEN)),
        ..emulator::Config::new(AK, SK, SDKAPPID, KEY)
    };
    let local = emulator::Local::start(config).await.unwrap();
    let base = local.base_url.clone();
    volcengine(&base, SK)
        .modify_message(&modify_message())
        .await
        .unwrap();
    let marks = serde_json::from_value(json!({"GroupId": "@TGS#a6I4ZUUGO", "CommandType": 1, "MemberList": [{"Member_Account": "teacher10", "Marks": [1000]}]})).unwrap();
    tencent_in(&local, SDKAPPID, KEY, "administrator")
        .modify_user_info(&marks)
        .await
        .unwrap();
    let refused = volcengine(&base, "a-wrong-secret")
        .modify_message(&modify_message())
        .await;
    assert!(refused.is_err());

    let driver = Driver::start().await;
    driver.open(&format!("{base}/_emulator/ui")).await;
    driver.type_in("#token", TOKEN).await;
    driver.click("#login").await;
    let shown = driver.wait_for(ROWS, |v| rows(v).len() == 3).await;
    assert_eq!(
        rows(&shown),
        [
            ("ModifyMessage".to_owned(), "refused".to_owned()),
            ("ModifyUserInfo".to_owned(), "ok".to_owned()),
            ("ModifyMessage".to_owned(), "ok".to_owned()),
        ],
        "newest first, with their outcomes"
    );
    // A request's detail: the refused one, with its reason and body.
    driver
        .click("#journal-rows tr.entry[data-outcome='refused']")
        .await;
    let detail = driver
        .wait_for("return document.getElementById('detail').innerText;", |v| {
            v.as_str().is_some_and(|t| t.contains("Body"))
        })
        .await;
    let detail = detail.as_str().unwrap();
    assert!(detail.contains("the signature does not match"), "{detail}");
    assert!(detail.contains("\"MessageId\": 10001"), "{detail}");
    let mut sources = vec![("journal", driver.source().await)];

    // The state, per app.
    driver.click("#tab-state").await;
    let sections = driver
        .wait_for(
            "return [...document.querySelectorAll('#state h3')].map(h => h.textContent);",
            |v| v.as_array().is_some_and(|a| !a.is_empty()),
        )
        .await;
    assert!(sections.to_string().contains("conversations"), "{sections}");
    sources.push(("state", driver.source().await));

    // A fault added in the UI throttles the next call.
    driver.click("#tab-faults").await;
    driver
        .wait_for(
            "return document.querySelectorAll('#fault-operation option').length;",
            |v| v.as_u64().is_some_and(|n| n > 1),
        )
        .await;
    driver
        .click("#fault-vendor option[value='volcengine']")
        .await;
    driver
        .click("#fault-operation option[value='ModifyMessage']")
        .await;
    driver.click("#fault-answer option[value='throttle']").await;
    driver.click("#fault-add").await;
    driver
        .wait_for(
            "return document.querySelectorAll('#rule-rows tr.rule').length;",
            |v| v == 1,
        )
        .await;
    let rules = local.app().faults().rules();
    assert_eq!(rules.rules.len(), 1);
    assert_eq!(rules.rules[0].operation.as_deref(), Some("ModifyMessage"));
    sources.push(("faults", driver.source().await));
    let throttled = volcengine(&base, SK)
        .modify_message(&modify_message())
        .await
        .unwrap_err();
    assert_eq!(code(&throttled), "FlowLimitExceeded.QPSOverLimit");
    driver.click("#tab-journal").await;
    let shown = driver.wait_for(ROWS, |v| rows(v).len() == 4).await;
    assert_eq!(
        rows(&shown)[0],
        ("ModifyMessage".to_owned(), "throttled".to_owned())
    );

    driver
        .click("#journal-rows tr.entry[data-outcome='refused']")
        .await;
    driver
        .wait_for("return document.getElementById('detail').innerText;", |v| {
            v.as_str().is_some_and(|t| t.contains("signature"))
        })
        .await;
    let screenshot = driver.screenshot().await;
    assert!(screenshot.starts_with(b"\x89PNG"), "a PNG");
    let target = imapi_tests::repo_root().join("target");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join("emulator-console.png"), &screenshot).unwrap();

    // Removing it in the UI lets calls through again.
    driver.click("#tab-faults").await;
    driver
        .wait_for(
            "return document.querySelectorAll('#rule-rows tr.rule').length;",
            |v| v == 1,
        )
        .await;
    driver.click("#rule-rows tr.rule button.remove").await;
    driver
        .wait_for(
            "return document.querySelectorAll('#rule-rows tr.rule').length;",
            |v| v == 0,
        )
        .await;
    volcengine(&base, SK)
        .modify_message(&modify_message())
        .await
        .unwrap();

    // Thousands of entries: the page follows them, keeping the newest 1,000 rows.
    driver.click("#tab-journal").await;
    let sends: Vec<_> = (0..16)
        .map(|_| {
            let client = volcengine(&base, SK);
            tokio::spawn(async move {
                for _ in 0..150 {
                    client.modify_message(&modify_message()).await.unwrap();
                }
            })
        })
        .collect();
    for send in sends {
        send.await.unwrap();
    }
    let newest = local
        .requests(&emulator::Filter::default())
        .last()
        .unwrap()
        .seq;
    assert!(newest > 2_400, "{newest}");
    let shown = driver
        .wait_for(
            "const rows = document.querySelectorAll('#journal-rows tr.entry'); return [rows.length, Number(rows[0].dataset.seq), document.getElementById('journal-count').textContent];",
            |v| v[1].as_u64() == Some(newest),
        )
        .await;
    assert_eq!(shown[0], 1000, "the newest 1,000 rows: {shown}");
    assert!(
        shown[2]
            .as_str()
            .unwrap()
            .contains(&format!("holds {newest} of at most 5000")),
        "{shown}"
    );
    driver.click("#journal-rows tr.entry").await;
    driver
        .wait_for("return document.getElementById('detail').innerText;", |v| {
            v.as_str()
                .is_some_and(|t| t.contains(&format!("#{newest} at")))
        })
        .await;

    for (page, source) in &sources {
        for secret in [SK, KEY, TOKEN] {
            assert!(
                !source.contains(secret),
                "the {page} page shows a credential"
            );
        }
    }
    driver
        .session(reqwest::Method::DELETE, "", Value::Null)
        .await;
}
