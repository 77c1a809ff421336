//! Conformance with the vendors' official packages: the vectors in `tests/conformance/` were
//! produced by PyPI `volcengine`, `tls-sig-api-v2` and `rc-server-sdk` (see `make_vectors.py`
//! there). The runtime must compute the same bytes, its verifiers must accept them, and refuse
//! tampered copies.

use std::path::Path;

use imapi_runtime::tencent::usersig::{self, Expected, UserSigClaims, UserSigError};
use imapi_runtime::volcengine::sign::{self, Credentials, SignInput};
use imapi_runtime::volcengine::verify::{self, ReceivedRequest, VerifyError, VerifyPolicy};
use serde_json::Value;

fn vectors(file: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/conformance")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let doc: Value = serde_json::from_str(&text).expect("vectors are JSON");
    doc["vectors"].as_array().expect("a vector list").clone()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is a string"))
}

struct Volc {
    v: Value,
    query: Vec<(String, String)>,
}

impl Volc {
    fn new(v: Value) -> Self {
        let query = v["query"]
            .as_array()
            .expect("query")
            .iter()
            .map(|p| {
                (
                    p[0].as_str().unwrap().to_owned(),
                    p[1].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        Volc { v, query }
    }

    fn credentials(&self) -> Credentials {
        let token = s(&self.v, "session_token");
        Credentials {
            access_key_id: s(&self.v, "access_key_id").to_owned(),
            secret_access_key: s(&self.v, "secret_access_key").to_owned(),
            session_token: (!token.is_empty()).then(|| token.to_owned()),
        }
    }

    fn query(&self) -> Vec<(&str, &str)> {
        self.query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    fn sign(&self) -> sign::SignedHeaders {
        let query = self.query();
        sign::sign(
            &SignInput {
                method: s(&self.v, "method"),
                host: s(&self.v, "host"),
                path: s(&self.v, "path"),
                query: &query,
                content_type: s(&self.v, "content_type"),
                body: s(&self.v, "body").as_bytes(),
                x_date: s(&self.v, "x_date"),
                region: s(&self.v, "region"),
                service: s(&self.v, "service"),
            },
            &self.credentials(),
        )
    }

    /// The headers as a server receives them from the SDK.
    fn headers(&self) -> Vec<(String, String)> {
        let e = &self.v["expected"];
        let mut headers = vec![
            ("Host".to_owned(), s(&self.v, "host").to_owned()),
            (
                "Content-Type".to_owned(),
                s(&self.v, "content_type").to_owned(),
            ),
            ("Accept".to_owned(), "application/json".to_owned()),
            ("Authorization".to_owned(), s(e, "authorization").to_owned()),
        ];
        for (k, v) in e["headers"].as_object().expect("headers") {
            headers.push((k.clone(), v.as_str().unwrap().to_owned()));
        }
        headers
    }

    fn verify(
        &self,
        headers: &[(String, String)],
        raw_query: &str,
        body: &[u8],
        policy: VerifyPolicy<'_>,
        secret: &str,
    ) -> Result<String, VerifyError> {
        let h: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        verify::verify(
            &ReceivedRequest {
                method: "POST",
                path: "/",
                raw_query,
                headers: &h,
                body,
            },
            &policy,
            |ak| (ak == s(&self.v, "access_key_id")).then(|| secret.to_owned()),
        )
    }

    fn policy(&self) -> VerifyPolicy<'_> {
        VerifyPolicy {
            region: s(&self.v, "region"),
            service: "rtc",
            max_skew_seconds: 900,
            now: sign::parse_x_date(s(&self.v, "x_date")).expect("a valid X-Date"),
            host: None,
        }
    }
}

#[test]
fn volcengine_signatures_equal_the_python_sdk() {
    let all = vectors("volcengine_v4.json");
    assert!(all.len() >= 4);
    for v in all {
        let volc = Volc::new(v);
        let name = s(&volc.v, "name");
        let signed = volc.sign();
        let e = &volc.v["expected"];
        assert_eq!(signed.authorization, s(e, "authorization"), "{name}");
        assert_eq!(signed.x_content_sha256, s(e, "x_content_sha256"), "{name}");
        assert_eq!(signed.x_date, s(&volc.v, "x_date"), "{name}");
        assert_eq!(
            signed.x_security_token.as_deref().unwrap_or(""),
            s(&volc.v, "session_token"),
            "{name}"
        );
    }
}

#[test]
fn the_verifier_accepts_the_sdk_requests_and_refuses_tampered_ones() {
    for v in vectors("volcengine_v4.json") {
        let volc = Volc::new(v);
        let name = s(&volc.v, "name").to_owned();
        let headers = volc.headers();
        let body = s(&volc.v, "body").as_bytes();
        let wire = s(&volc.v, "wire_query");
        let secret = s(&volc.v, "secret_access_key");
        let ak = volc.verify(&headers, wire, body, volc.policy(), secret);
        assert_eq!(ak.as_deref(), Ok(s(&volc.v, "access_key_id")), "{name}");

        // The canonical query (%20) reads the same as the form-encoded one (+).
        let canonical = sign::canonical_query(&volc.query());
        assert!(
            volc.verify(&headers, &canonical, body, volc.policy(), secret)
                .is_ok(),
            "{name}"
        );

        let refused = |result: Result<String, VerifyError>, why: &str| {
            assert!(result.is_err(), "{name}: accepted with {why}");
            result.unwrap_err()
        };
        let wrong_key = refused(
            volc.verify(&headers, wire, body, volc.policy(), "not-the-secret"),
            "a wrong key",
        );
        assert_eq!(wrong_key, VerifyError::SignatureMismatch);
        assert_eq!(
            wrong_key.role(),
            imapi_runtime::ErrorRole::SignatureMismatch
        );

        let late = VerifyPolicy {
            now: volc.policy().now + 901,
            ..volc.policy()
        };
        assert_eq!(
            refused(
                volc.verify(&headers, wire, body, late, secret),
                "an expired date"
            ),
            VerifyError::InvalidTimestamp
        );
        let early = VerifyPolicy {
            now: volc.policy().now - 901,
            ..volc.policy()
        };
        assert_eq!(
            refused(
                volc.verify(&headers, wire, body, early, secret),
                "a future date"
            ),
            VerifyError::InvalidTimestamp
        );

        let mut altered = body.to_vec();
        altered.push(b' ');
        assert_eq!(
            refused(
                volc.verify(&headers, wire, &altered, volc.policy(), secret),
                "an altered body"
            ),
            VerifyError::BodyHashMismatch
        );

        let altered_query = format!("{wire}&Extra=1");
        assert_eq!(
            refused(
                volc.verify(&headers, &altered_query, body, volc.policy(), secret),
                "an altered query"
            ),
            VerifyError::SignatureMismatch
        );

        let without: Vec<_> = headers
            .iter()
            .filter(|(k, _)| k != "Content-Type")
            .cloned()
            .collect();
        assert_eq!(
            refused(
                volc.verify(&without, wire, body, volc.policy(), secret),
                "a missing signed header"
            ),
            VerifyError::MissingSignedHeader("content-type".into())
        );
        let other_region = VerifyPolicy {
            region: "us-east-1",
            ..volc.policy()
        };
        assert_eq!(
            refused(
                volc.verify(&headers, wire, body, other_region, secret),
                "another region"
            ),
            VerifyError::ScopeMismatch
        );
        let unknown = volc.verify(&headers, wire, body, volc.policy(), secret);
        assert!(unknown.is_ok());
        let no_auth: Vec<_> = headers
            .iter()
            .filter(|(k, _)| k != "Authorization")
            .cloned()
            .collect();
        assert_eq!(
            refused(
                volc.verify(&no_auth, wire, body, volc.policy(), secret),
                "no Authorization"
            ),
            VerifyError::MissingAuthorization
        );
        if s(&volc.v, "session_token").is_empty() {
            continue;
        }
        let swapped: Vec<_> = headers
            .iter()
            .map(|(k, v)| {
                if k == "X-Security-Token" {
                    (k.clone(), format!("{v}x"))
                } else {
                    (k.clone(), v.clone())
                }
            })
            .collect();
        assert_eq!(
            refused(
                volc.verify(&swapped, wire, body, volc.policy(), secret),
                "another STS token"
            ),
            VerifyError::SignatureMismatch
        );
    }
}

fn claims(v: &Value) -> UserSigClaims {
    UserSigClaims {
        identifier: s(v, "identifier").to_owned(),
        sdkappid: v["sdkappid"].as_u64().unwrap(),
        time: v["time"].as_u64().unwrap(),
        expire: v["expire"].as_u64().unwrap(),
        userbuf: v["userbuf"]
            .as_array()
            .map(|b| b.iter().map(|x| x.as_u64().unwrap() as u8).collect()),
    }
}

#[test]
fn usersigs_equal_the_python_package() {
    let all = vectors("tencent_usersig.json");
    assert!(all.len() >= 3);
    for v in all {
        let sig = usersig::generate(s(&v, "secret_key"), &claims(&v));
        assert_eq!(sig, s(&v, "expected_usersig"), "{}", s(&v, "name"));
    }
}

#[test]
fn usersig_verification_accepts_the_package_sigs_and_refuses_the_rest() {
    for v in vectors("tencent_usersig.json") {
        let name = s(&v, "name");
        let c = claims(&v);
        let key = s(&v, "secret_key");
        let sig = s(&v, "expected_usersig");
        let expected = Expected {
            sdkappid: c.sdkappid,
            identifier: &c.identifier,
            userbuf: c.userbuf.as_deref(),
            now: c.time,
        };
        assert_eq!(
            usersig::verify(key, sig, &expected).as_ref(),
            Ok(&c),
            "{name}"
        );
        let at_expiry = Expected {
            now: c.expires_at(),
            ..expected.clone()
        };
        assert!(
            usersig::verify(key, sig, &at_expiry).is_ok(),
            "{name}: valid to the last second"
        );

        let cases: Vec<(Result<UserSigClaims, UserSigError>, i64)> = vec![
            (
                usersig::verify(&key.replace('5', "4"), sig, &expected),
                70009,
            ),
            (
                usersig::verify(
                    key,
                    sig,
                    &Expected {
                        now: c.expires_at() + 1,
                        ..expected.clone()
                    },
                ),
                70001,
            ),
            (
                usersig::verify(
                    key,
                    sig,
                    &Expected {
                        identifier: "someone-else",
                        ..expected.clone()
                    },
                ),
                70013,
            ),
            (
                usersig::verify(
                    key,
                    sig,
                    &Expected {
                        sdkappid: c.sdkappid + 1,
                        ..expected.clone()
                    },
                ),
                70014,
            ),
            (
                usersig::verify(key, &sig[..sig.len() - 8], &expected),
                70003,
            ),
        ];
        for (result, code) in cases {
            assert_eq!(result.map_err(|e| e.code()), Err(code), "{name}");
        }
        let wrong_buf = Expected {
            userbuf: Some(b"other"),
            ..expected.clone()
        };
        assert_eq!(
            usersig::verify(key, sig, &wrong_buf),
            Err(UserSigError::UserbufMismatch),
            "{name}"
        );
    }
}

/// RongCloud's vectors file, whole (its `forms` beside its `vectors`).
fn rongcloud_file() -> Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance/rongcloud_signature.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("the vectors")).expect("JSON")
}

#[test]
fn rongcloud_signatures_equal_the_python_sdk_and_verify() {
    use imapi_runtime::rongcloud::sign::{self, Credentials, VerifyError};
    let all = vectors("rongcloud_signature.json");
    assert!(all.len() >= 4);
    for v in all {
        let name = s(&v, "name");
        let (secret, nonce, timestamp) = (s(&v, "app_secret"), s(&v, "nonce"), s(&v, "timestamp"));
        let expected = s(&v, "expected_signature");
        assert_eq!(
            sign::signature(secret, nonce, timestamp),
            expected,
            "{name}"
        );
        // The headers the SDK sent verify, at the time they name (seconds or milliseconds).
        let headers = &v["headers"];
        let header = |h: &'static str| headers[h].as_str();
        let credentials = Credentials::new(s(&v, "app_key"), secret);
        let now = sign::timestamp_secs(timestamp).expect("a timestamp");
        assert_eq!(sign::verify(header, &credentials, now), Ok(()), "{name}");
        assert_eq!(
            sign::verify(
                header,
                &Credentials::new(s(&v, "app_key"), "not-the-secret"),
                now
            ),
            Err(VerifyError::Mismatch),
            "{name}"
        );
    }
}

#[test]
fn rongcloud_forms_of_the_python_sdk_decode_and_ours_read_back() {
    use imapi_runtime::form::{decode, encode, Kind, Shape};
    const SHAPE: Shape = &[
        ("userId", Kind::List(&Kind::String)),
        ("group", Kind::Map(&Kind::String)),
        ("minute", Kind::Integer),
    ];
    let file = rongcloud_file();
    let forms = file["forms"].as_array().expect("forms");
    assert!(forms.len() >= 5);
    let expected = [
        (
            "register",
            serde_json::json!({"userId": ["u1"], "name": "Alice", "portraitUri": "http://example.com/a.png"}),
        ),
        (
            "create_group",
            serde_json::json!({"userId": ["u1", "u2", "u3"], "groupId": "g1", "groupName": "Group1"}),
        ),
        (
            "join_group",
            serde_json::json!({"userId": ["u4"], "groupId": "g1", "groupName": "Group1"}),
        ),
        (
            "sync_groups",
            serde_json::json!({"userId": ["u1"], "group": {"g1": "Group1", "g2": "Group2"}}),
        ),
        (
            "gag_members",
            serde_json::json!({"userId": ["u2", "u3"], "groupId": "g1", "minute": 60}),
        ),
    ];
    for (name, want) in expected {
        let form = forms
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("the SDK's {name} form"));
        let body = s(form, "body");
        let read = decode(body.as_bytes(), SHAPE).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(read, want, "{name}");
        // Our encoder writes what reads back the same (the SDK's raw `:` and `/` are escaped).
        assert_eq!(
            decode(encode(&read, SHAPE).unwrap().as_bytes(), SHAPE).unwrap(),
            want,
            "{name}"
        );
    }
}
