//! Verifying a received request's V4 signature, as a server does: everything the head shows
//! first ([`verify_head`]), so a request that cannot pass costs no body read, then the body and
//! the signature over it ([`HeadVerified::verify_body`]). [`verify`] does both at once.

use hmac::Mac;

use super::sign::{
    canonical_head, canonical_host, canonical_request_hash, mac_string_to_sign,
    parse_authorization, scope, sha256_hex, signing_mac_cached,
};
use crate::operation::ErrorRole;
use crate::redact::REDACTED;
use crate::time::parse_compact;
use crate::url::decode_query_strict;

/// Why a signature was refused. Each maps to the gateway's error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyError {
    /// No `Authorization` header.
    MissingAuthorization,
    /// The header is not `HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
    MalformedAuthorization,
    /// The access key is not known.
    UnknownAccessKey,
    /// `X-Date` is missing, malformed, outside the allowed skew, or not the credential's date.
    InvalidTimestamp,
    /// The credential scope names another region or service.
    ScopeMismatch,
    /// A header named in `SignedHeaders` is missing or sent twice, or `host`, `x-date` or a
    /// sent `x-security-token` is not signed.
    MissingSignedHeader(String),
    /// The request's `Host` is not the host the server is pinned to.
    HostMismatch,
    /// The query string is not UTF-8 once percent-decoded.
    MalformedQuery,
    /// The body does not hash to the signed `X-Content-Sha256`.
    BodyHashMismatch,
    /// The signature does not match.
    SignatureMismatch,
}

impl VerifyError {
    /// The kind of failure, which the spec's errors map to the gateway's code (for the
    /// Volcengine gateway: `MissingAuthenticationToken`, `MissingSignature`,
    /// `InvalidAccessKey`, `InvalidTimestamp`, `MissingRequestInfo`, `SignatureDoesNotMatch`).
    pub fn role(&self) -> ErrorRole {
        match self {
            VerifyError::MissingAuthorization => ErrorRole::MissingCredentials,
            VerifyError::MalformedAuthorization => ErrorRole::MalformedCredentials,
            VerifyError::UnknownAccessKey => ErrorRole::UnknownCredentials,
            VerifyError::InvalidTimestamp => ErrorRole::ExpiredCredentials,
            VerifyError::ScopeMismatch
            | VerifyError::MissingSignedHeader(_)
            | VerifyError::HostMismatch => ErrorRole::CredentialScope,
            VerifyError::MalformedQuery => ErrorRole::MissingParameter,
            VerifyError::BodyHashMismatch | VerifyError::SignatureMismatch => {
                ErrorRole::SignatureMismatch
            }
        }
    }
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerifyError::MissingAuthorization => f.write_str("the request carries no Authorization header"),
            VerifyError::MalformedAuthorization => f.write_str("the Authorization header is not an HMAC-SHA256 signature"),
            VerifyError::UnknownAccessKey => f.write_str("the access key is not valid"),
            VerifyError::InvalidTimestamp => f.write_str("X-Date is missing, malformed or outside the allowed time window"),
            VerifyError::ScopeMismatch => f.write_str("the credential scope names another region or service"),
            VerifyError::MissingSignedHeader(h) => write!(f, "the header `{h}` must be signed and sent once"),
            VerifyError::HostMismatch => f.write_str("the request was signed for another host"),
            VerifyError::MalformedQuery => f.write_str("the query string is not UTF-8 once decoded"),
            VerifyError::BodyHashMismatch => f.write_str("the body does not match X-Content-Sha256"),
            VerifyError::SignatureMismatch => f.write_str(
                "The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method.",
            ),
        }
    }
}

impl std::error::Error for VerifyError {}

/// A received request, as a server sees it. Its `Debug` leaves out the values of the
/// `Authorization` and `X-Security-Token` headers.
#[derive(Clone, Copy)]
pub struct ReceivedRequest<'a> {
    /// The method.
    pub method: &'a str,
    /// The path, as received.
    pub path: &'a str,
    /// The raw query string, as received (form- or percent-encoded).
    pub raw_query: &'a str,
    /// Every header, by name (any case).
    pub headers: &'a [(&'a str, &'a str)],
    /// The body.
    pub body: &'a [u8],
}

impl std::fmt::Debug for ReceivedRequest<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    *name,
                    if is_secret_header(name) {
                        REDACTED
                    } else {
                        value
                    },
                )
            })
            .collect();
        f.debug_struct("ReceivedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("raw_query", &self.raw_query)
            .field("headers", &headers)
            .field("body", &format_args!("{} bytes", self.body.len()))
            .finish()
    }
}

/// Whether a header's value is a credential: `Authorization` or `X-Security-Token`.
pub fn is_secret_header(name: &str) -> bool {
    name.eq_ignore_ascii_case("authorization") || name.eq_ignore_ascii_case("x-security-token")
}

/// What a verifier accepts.
#[derive(Debug, Clone)]
pub struct VerifyPolicy<'a> {
    /// The region the server is.
    pub region: &'a str,
    /// The service the server is.
    pub service: &'a str,
    /// How far `X-Date` may be from now, in seconds (900 by default).
    pub max_skew_seconds: u64,
    /// Now, as Unix seconds.
    pub now: u64,
    /// The host the request must be signed for, when the server pins one.
    pub host: Option<&'a str>,
}

/// Verifies a received request's signature, rebuilding the canonical request from exactly the
/// headers it names. `secret_for` looks up the secret key of an access key id. Returns the
/// access key id on success. A server that has not read the body yet calls [`verify_head`]
/// first and reads the body only for a request that passes it.
pub fn verify<K: AsRef<str>>(
    request: &ReceivedRequest<'_>,
    policy: &VerifyPolicy<'_>,
    secret_for: impl FnOnce(&str) -> Option<K>,
) -> Result<String, VerifyError> {
    let head = ReceivedRequest {
        body: &[],
        ..*request
    };
    verify_head(&head, policy, secret_for)?.verify_body(request.body)
}

/// A request whose method, path, query and headers passed every check that does not need the
/// body: the `Authorization` header's form, the access key, the scope, the `X-Date` window,
/// the signed headers and the pinned host. [`verify_body`](HeadVerified::verify_body) finishes
/// the check once the body is read. It owns what it needs, so a server keeps it across the
/// body's read; its `Debug` shows neither the secret nor the signature.
pub struct HeadVerified<K> {
    access_key_id: String,
    /// The canonical request before the body's hash (see `sign::canonical_head`): everything
    /// the head contributes, built once the head passed.
    canonical_head: String,
    /// `X-Date`, then the scope `date/region/service/request`, as the string to sign has them.
    x_date: String,
    scope: String,
    /// The signed `X-Content-Sha256`, when it was signed.
    claimed_body_sha256: Option<String>,
    signature: Vec<u8>,
    secret: K,
}

impl<K> std::fmt::Debug for HeadVerified<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let method_and_path: Vec<&str> = self.canonical_head.splitn(3, '\n').take(2).collect();
        f.debug_struct("HeadVerified")
            .field("method", &method_and_path.first().copied().unwrap_or(""))
            .field("path", &method_and_path.get(1).copied().unwrap_or(""))
            .field("access_key_id", &self.access_key_id)
            .field("scope", &self.scope)
            .field("signature", &REDACTED)
            .finish_non_exhaustive()
    }
}

/// The first half of [`verify`]: everything the request's head shows, with the body left
/// unread (`request.body` is not looked at). Refusing here costs a server no body read.
pub fn verify_head<K: AsRef<str>>(
    request: &ReceivedRequest<'_>,
    policy: &VerifyPolicy<'_>,
    secret_for: impl FnOnce(&str) -> Option<K>,
) -> Result<HeadVerified<K>, VerifyError> {
    let header = |name: &str| {
        request
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    };
    let count = |name: &str| {
        request
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .count()
    };
    let auth_header = header("authorization").ok_or(VerifyError::MissingAuthorization)?;
    let auth = parse_authorization(auth_header).ok_or(VerifyError::MalformedAuthorization)?;
    let names = &auth.signed_headers;
    if names
        .iter()
        .enumerate()
        .any(|(i, name)| names[..i].contains(name))
        || auth
            .signed_headers
            .iter()
            .any(|h| h.bytes().any(|b| b.is_ascii_uppercase()))
    {
        // A header listed twice, or not in lowercase: no SDK signs that.
        return Err(VerifyError::MalformedAuthorization);
    }
    if auth.region != policy.region || auth.service != policy.service {
        return Err(VerifyError::ScopeMismatch);
    }
    let x_date = header("x-date")
        .ok_or(VerifyError::InvalidTimestamp)?
        .trim();
    let signed_at = parse_compact(x_date).ok_or(VerifyError::InvalidTimestamp)?;
    if signed_at.abs_diff(policy.now) > policy.max_skew_seconds || auth.short_date != &x_date[..8] {
        return Err(VerifyError::InvalidTimestamp);
    }
    let mut required = vec!["host", "x-date"];
    if header("x-security-token").is_some() {
        // A token that is sent must be signed, or it could be swapped.
        required.push("x-security-token");
    }
    for required in required {
        if !auth.signed_headers.contains(&required) {
            return Err(VerifyError::MissingSignedHeader(required.to_owned()));
        }
    }
    if let (Some(pinned), Some(host)) = (policy.host, header("host")) {
        if canonical_host(host.trim()) != canonical_host(pinned) {
            return Err(VerifyError::HostMismatch);
        }
    }
    let mut headers = Vec::with_capacity(auth.signed_headers.len());
    for name in &auth.signed_headers {
        if count(name) != 1 {
            return Err(VerifyError::MissingSignedHeader((*name).to_owned()));
        }
        let value =
            header(name).ok_or_else(|| VerifyError::MissingSignedHeader((*name).to_owned()))?;
        let value = value.trim();
        let value = if *name == "host" {
            canonical_host(value)
        } else {
            value
        };
        headers.push((*name, value));
    }
    let signature = decode_hex(auth.signature).ok_or(VerifyError::MalformedAuthorization)?;
    // An empty secret is no secret: anyone could sign with it.
    let secret = secret_for(auth.access_key_id)
        .filter(|s| !s.as_ref().is_empty())
        .ok_or(VerifyError::UnknownAccessKey)?;
    let query = decode_query_strict(request.raw_query).ok_or(VerifyError::MalformedQuery)?;
    let query: Vec<(&str, &str)> = query.iter().map(|(k, v)| (&**k, &**v)).collect();
    let claimed_body_sha256 = headers
        .iter()
        .find(|(n, _)| *n == "x-content-sha256")
        .map(|(_, v)| (*v).to_owned());
    let (canonical_head, _) = canonical_head(request.method, request.path, &query, &mut headers);
    Ok(HeadVerified {
        access_key_id: auth.access_key_id.to_owned(),
        canonical_head,
        x_date: x_date.to_owned(),
        scope: scope(auth.short_date, auth.region, auth.service),
        claimed_body_sha256,
        signature,
        secret,
    })
}

impl<K: AsRef<str>> HeadVerified<K> {
    /// The access key id the request is signed with.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The second half of [`verify`]: the body's hash against a signed `X-Content-Sha256`, and
    /// the signature over the whole request. Returns the access key id.
    pub fn verify_body(self, body: &[u8]) -> Result<String, VerifyError> {
        let body_sha256 = sha256_hex(body);
        if let Some(claimed) = &self.claimed_body_sha256 {
            if !claimed.eq_ignore_ascii_case(&body_sha256) {
                return Err(VerifyError::BodyHashMismatch);
            }
        }
        let request_hash = canonical_request_hash(&self.canonical_head, &body_sha256);
        let mut scope = self.scope.split('/');
        let (short_date, region, service) = (
            scope.next().unwrap_or(""),
            scope.next().unwrap_or(""),
            scope.next().unwrap_or(""),
        );
        let mac = signing_mac_cached(self.secret.as_ref(), short_date, region, service);
        let mac = mac_string_to_sign(mac, &self.x_date, &self.scope, &request_hash);
        mac.verify_slice(&self.signature)
            .map_err(|_| VerifyError::SignatureMismatch)?;
        Ok(self.access_key_id)
    }
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    fn nibble(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let bytes = s.as_bytes();
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 2);
    for pair in bytes.chunks_exact(2) {
        out.push(nibble(pair[0])? << 4 | nibble(pair[1])?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::sign::{authorization_for, sign, Credentials, SignInput};
    use super::*;

    #[test]
    fn hex_signatures_decode_and_anything_else_does_not() {
        assert_eq!(decode_hex("00ff10Aa"), Some(vec![0, 255, 16, 170]));
        assert_eq!(decode_hex(""), Some(vec![]));
        for bad in ["0", "0g", "+f", "é0", "0 "] {
            assert_eq!(decode_hex(bad), None, "{bad:?}");
        }
    }

    /// What the verifier tests accept: `cn-north-1`, `rtc`, 15 minutes around the X-Date
    /// they sign with.
    fn policy_at_x_date() -> VerifyPolicy<'static> {
        VerifyPolicy {
            region: "cn-north-1",
            service: "rtc",
            max_skew_seconds: 900,
            now: parse_compact("20240102T030405Z").unwrap(),
            host: None,
        }
    }

    #[test]
    fn the_verifier_refuses_what_the_hardening_forbids() {
        let creds = Credentials {
            access_key_id: "AK".into(),
            secret_access_key: "SK".into(),
            session_token: None,
        };
        let query = [("Action", "A"), ("Version", "1"), ("x", "\u{ff}")];
        let input = SignInput {
            method: "POST",
            host: "h",
            path: "/",
            query: &query,
            content_type: "application/json",
            body: b"{}",
            x_date: "20240102T030405Z",
            region: "cn-north-1",
            service: "rtc",
        };
        let sha = sha256_hex(b"{}");
        let policy = policy_at_x_date();
        let base = [
            ("Host", "h"),
            ("X-Date", "20240102T030405Z"),
            ("X-Content-Sha256", sha.as_str()),
        ];
        let check = |signed: &[(&str, &str)],
                     sent: &[(&str, &str)],
                     raw_query: &str,
                     policy: &VerifyPolicy<'_>| {
            let auth = authorization_for(&input, signed, &creds);
            let mut headers: Vec<(&str, &str)> = sent.to_vec();
            headers.push(("Authorization", auth.as_str()));
            let request = ReceivedRequest {
                method: "POST",
                path: "/",
                raw_query,
                headers: &headers,
                body: b"{}",
            };
            verify(&request, policy, |_| Some("SK"))
        };
        let q = "Action=A&Version=1&x=%C3%BF";
        assert_eq!(check(&base, &base, q, &policy), Ok("AK".to_owned()));
        // host and x-date must be signed.
        assert_eq!(
            check(&base[1..], &base, q, &policy),
            Err(VerifyError::MissingSignedHeader("host".into()))
        );
        // A token that is sent must be signed.
        let mut with_token = base.to_vec();
        with_token.push(("X-Security-Token", "tok"));
        assert_eq!(
            check(&base, &with_token, q, &policy),
            Err(VerifyError::MissingSignedHeader("x-security-token".into()))
        );
        assert_eq!(
            check(&with_token, &with_token, q, &policy),
            Ok("AK".to_owned())
        );
        // A signed header sent twice is ambiguous.
        let mut twice = base.to_vec();
        twice.push(("X-Date", "20240102T030406Z"));
        assert_eq!(
            check(&base, &twice, q, &policy),
            Err(VerifyError::MissingSignedHeader("x-date".into()))
        );
        // %FF and %FE are not UTF-8: refused, never read as U+FFFD.
        assert_eq!(
            check(&base, &base, "Action=A&Version=1&x=%FF", &policy),
            Err(VerifyError::MalformedQuery)
        );
        // A pinned host.
        let pinned = VerifyPolicy {
            host: Some("rtc.volcengineapi.com"),
            ..policy.clone()
        };
        assert_eq!(
            check(&base, &base, q, &pinned),
            Err(VerifyError::HostMismatch)
        );
        // A header listed twice in SignedHeaders.
        let auth = authorization_for(&input, &base, &creds)
            .replace("SignedHeaders=host;", "SignedHeaders=host;host;");
        let mut headers = base.to_vec();
        headers.push(("Authorization", auth.as_str()));
        let request = ReceivedRequest {
            method: "POST",
            path: "/",
            raw_query: q,
            headers: &headers,
            body: b"{}",
        };
        assert_eq!(
            verify(&request, &policy, |_| Some("SK")),
            Err(VerifyError::MalformedAuthorization)
        );
    }

    #[test]
    fn the_head_is_checked_alone_and_an_empty_secret_is_no_secret() {
        let creds = Credentials::new("AK", "SK");
        let input = SignInput {
            method: "POST",
            host: "h",
            path: "/",
            query: &[("Action", "A"), ("Version", "1")],
            content_type: "application/json",
            body: b"{}",
            x_date: "20240102T030405Z",
            region: "cn-north-1",
            service: "rtc",
        };
        let signed = sign(&input, &creds);
        let headers = [
            ("Host", "h"),
            ("X-Date", "20240102T030405Z"),
            ("X-Content-Sha256", signed.x_content_sha256.as_str()),
            ("Content-Type", "application/json"),
            ("Authorization", signed.authorization.as_str()),
        ];
        let policy = policy_at_x_date();
        let head = ReceivedRequest {
            method: "POST",
            path: "/",
            raw_query: "Action=A&Version=1",
            headers: &headers,
            body: &[],
        };
        let checked = verify_head(&head, &policy, |_| Some("SK")).expect("the head passes");
        assert_eq!(checked.access_key_id(), "AK");
        let shown = format!("{checked:?}");
        assert!(!shown.contains(signed.signature().unwrap()), "{shown}");
        assert_eq!(checked.verify_body(b"{}"), Ok("AK".to_owned()));
        let checked = verify_head(&head, &policy, |_| Some("SK")).unwrap();
        assert_eq!(
            checked.verify_body(b"{ }"),
            Err(VerifyError::BodyHashMismatch)
        );
        // A key store that answers with an empty secret knows no such key: a signature made
        // with the empty key does not pass.
        let forged = sign(&input, &Credentials::new("AK", ""));
        let headers = [
            ("Host", "h"),
            ("X-Date", "20240102T030405Z"),
            ("X-Content-Sha256", forged.x_content_sha256.as_str()),
            ("Content-Type", "application/json"),
            ("Authorization", forged.authorization.as_str()),
        ];
        let request = ReceivedRequest {
            headers: &headers,
            body: b"{}",
            ..head
        };
        assert_eq!(
            verify(&request, &policy, |_| Some("")),
            Err(VerifyError::UnknownAccessKey)
        );
    }

    #[test]
    fn authorization_headers_parse() {
        let a = parse_authorization(
            "HMAC-SHA256 Credential=AK/20240102/cn-north-1/rtc/request, SignedHeaders=host;x-date, Signature=0000000000000000000000000000000000000000000000000000000000000000",
        )
        .expect("parses");
        assert_eq!(a.access_key_id, "AK");
        assert_eq!(a.region, "cn-north-1");
        assert_eq!(a.signed_headers, ["host", "x-date"]);
        assert!(parse_authorization("AWS4-HMAC-SHA256 Credential=a").is_none());
        assert!(parse_authorization(
            "HMAC-SHA256 Credential=AK/20240102/cn-north-1/rtc, SignedHeaders=host, Signature=00"
        )
        .is_none());
    }
}
