//! Verifying a received request's V4 signature, as a server does: everything the head shows
//! first ([`verify_head`]), so a request that cannot pass costs no body read, then the body and
//! the signature over it ([`HeadVerified::verify_body`]). [`verify`] does both at once.

use hmac::Mac;
use sha2::{Digest, Sha256};

use super::sign::{
    already_canonical, canonical_head_with, canonical_host, hex, mac_string_to_sign_head,
    parse_authorization, scope, signing_mac_cached, Query, SigningMac,
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
/// body's read: the canonical request hashed up to the body's hash, and the MAC keyed for the
/// request's scope fed the string to sign up to the canonical request's hash. It keeps no
/// secret key, and its `Debug` shows neither the MAC nor the signature.
pub struct HeadVerified {
    access_key_id: String,
    /// The credential scope, `date/region/service/request`.
    scope: String,
    /// The SHA-256 of the canonical request so far: everything but the body's hash.
    request: Sha256,
    /// The keyed MAC, fed the string to sign but the canonical request's hash.
    mac: SigningMac,
    /// The signed `X-Content-Sha256`, when it was signed: its digest, or `None` when it is not
    /// hex of one (no body matches it then).
    claimed_body_sha256: Option<Option<[u8; 32]>>,
    signature: [u8; 32],
}

impl std::fmt::Debug for HeadVerified {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HeadVerified")
            .field("access_key_id", &self.access_key_id)
            .field("scope", &self.scope)
            .field("signature", &REDACTED)
            .finish_non_exhaustive()
    }
}

/// A header's value as text, when it is: how [`verify_head_in`] reads the values of the
/// headers it needs, and only those (`&str` is always text; a server's `HeaderValue` is when
/// it is visible ASCII).
pub trait HeaderText<'h>: Copy {
    /// The value as text; `None` for a value that is not (the header counts as not sent).
    fn text(self) -> Option<&'h str>;
}

impl<'h> HeaderText<'h> for &'h str {
    fn text(self) -> Option<&'h str> {
        Some(self)
    }
}

/// The first half of [`verify`]: everything the request's head shows, with the body left
/// unread (`request.body` is not looked at). Refusing here costs a server no body read.
pub fn verify_head<K: AsRef<str>>(
    request: &ReceivedRequest<'_>,
    policy: &VerifyPolicy<'_>,
    secret_for: impl FnOnce(&str) -> Option<K>,
) -> Result<HeadVerified, VerifyError> {
    verify_head_in(
        request.method,
        request.path,
        request.raw_query,
        || request.headers.iter().copied(),
        policy,
        secret_for,
    )
}

/// [`verify_head`] over headers as a server holds them: `headers` walks them, each name (any
/// case) with its value. They are walked twice (for `Authorization`, then for everything it
/// names), never collected.
pub fn verify_head_in<'h, I, V, K>(
    method: &str,
    path: &str,
    raw_query: &str,
    headers: impl Fn() -> I,
    policy: &VerifyPolicy<'_>,
    secret_for: impl FnOnce(&str) -> Option<K>,
) -> Result<HeadVerified, VerifyError>
where
    I: Iterator<Item = (&'h str, V)>,
    V: HeaderText<'h>,
    K: AsRef<str>,
{
    let auth_header = headers()
        .filter(|(name, _)| name.eq_ignore_ascii_case("authorization"))
        .find_map(|(_, value)| value.text())
        .ok_or(VerifyError::MissingAuthorization)?;
    let auth = parse_authorization(auth_header).ok_or(VerifyError::MalformedAuthorization)?;
    let names = &auth.signed_headers;
    // More than 64 names: no SDK signs that many, and the pass below counts them in a word.
    if names.len() > 64
        || names
            .iter()
            .enumerate()
            .any(|(i, name)| names[..i].contains(name))
        || names
            .iter()
            .any(|h| h.bytes().any(|b| b.is_ascii_uppercase()))
    {
        // A header listed twice, or not in lowercase: no SDK signs that.
        return Err(VerifyError::MalformedAuthorization);
    }
    if auth.region != policy.region || auth.service != policy.service {
        return Err(VerifyError::ScopeMismatch);
    }
    // One pass for everything else the head needs: `X-Date`, whether a token is sent, the
    // host, and each signed header's value, with whether it was sent more than once.
    let mut x_date = None;
    let mut token_sent = false;
    let mut host = None;
    let mut signed: Vec<(&str, &str)> = names.iter().map(|name| (*name, "")).collect();
    let (mut sent, mut twice) = (0u64, 0u64);
    for (name, value) in headers() {
        let is = |known: &str| name.eq_ignore_ascii_case(known);
        let at = names.iter().position(|n| is(n));
        let (is_date, is_token, is_host) = (is("x-date"), is("x-security-token"), is("host"));
        if at.is_none() && !is_date && !is_token && !is_host {
            continue;
        }
        let Some(value) = value.text() else {
            continue;
        };
        if is_date && x_date.is_none() {
            x_date = Some(value);
        }
        token_sent |= is_token;
        if is_host && host.is_none() {
            host = Some(value);
        }
        if let Some(at) = at {
            let bit = 1u64 << at;
            twice |= sent & bit;
            if sent & bit == 0 {
                signed[at].1 = value;
            }
            sent |= bit;
        }
    }
    let x_date = x_date.ok_or(VerifyError::InvalidTimestamp)?.trim();
    let signed_at = parse_compact(x_date).ok_or(VerifyError::InvalidTimestamp)?;
    if signed_at.abs_diff(policy.now) > policy.max_skew_seconds || auth.short_date != &x_date[..8] {
        return Err(VerifyError::InvalidTimestamp);
    }
    // A token that is sent must be signed, or it could be swapped.
    let token = token_sent.then_some("x-security-token");
    for required in ["host", "x-date"].into_iter().chain(token) {
        if !names.contains(&required) {
            return Err(VerifyError::MissingSignedHeader(required.to_owned()));
        }
    }
    if let (Some(pinned), Some(host)) = (policy.host, host) {
        if canonical_host(host.trim()) != canonical_host(pinned) {
            return Err(VerifyError::HostMismatch);
        }
    }
    for (at, (name, value)) in signed.iter_mut().enumerate() {
        let bit = 1u64 << at;
        if sent & bit == 0 || twice & bit != 0 {
            return Err(VerifyError::MissingSignedHeader((*name).to_owned()));
        }
        *value = value.trim();
        if *name == "host" {
            *value = canonical_host(value);
        }
    }
    let signature = decode_hex(auth.signature).ok_or(VerifyError::MalformedAuthorization)?;
    // An empty secret is no secret: anyone could sign with it.
    let secret = secret_for(auth.access_key_id)
        .filter(|s| !s.as_ref().is_empty())
        .ok_or(VerifyError::UnknownAccessKey)?;
    let claimed_body_sha256 = signed
        .iter()
        .find(|(n, _)| *n == "x-content-sha256")
        .map(|(_, v)| decode_hex(v));
    // Most queries (`Action=…&Version=…`) are their own canonical form: nothing to decode,
    // sort or encode.
    let (canonical_head, _) = if already_canonical(raw_query) {
        canonical_head_with(method, path, Query::Canonical(raw_query), &mut signed)
    } else {
        let query = decode_query_strict(raw_query).ok_or(VerifyError::MalformedQuery)?;
        let query: Vec<(&str, &str)> = query.iter().map(|(k, v)| (&**k, &**v)).collect();
        canonical_head_with(method, path, Query::Pairs(&query), &mut signed)
    };
    let scope = scope(auth.short_date, auth.region, auth.service);
    let mac = signing_mac_cached(secret.as_ref(), auth.short_date, auth.region, auth.service);
    Ok(HeadVerified {
        access_key_id: auth.access_key_id.to_owned(),
        request: Sha256::new_with_prefix(canonical_head.as_bytes()),
        mac: mac_string_to_sign_head(mac, x_date, &scope),
        scope,
        claimed_body_sha256,
        signature,
    })
}

impl HeadVerified {
    /// The access key id the request is signed with.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The second half of [`verify`]: the body's hash against a signed `X-Content-Sha256`, and
    /// the signature over the whole request. Returns the access key id.
    pub fn verify_body(self, body: &[u8]) -> Result<String, VerifyError> {
        let body_sha256: [u8; 32] = Sha256::digest(body).into();
        if let Some(claimed) = self.claimed_body_sha256 {
            if claimed != Some(body_sha256) {
                return Err(VerifyError::BodyHashMismatch);
            }
        }
        let mut request = self.request;
        request.update(hex(&body_sha256).as_bytes());
        let mut mac = self.mac;
        mac.update(hex(&request.finalize()).as_bytes());
        mac.verify_slice(&self.signature)
            .map_err(|_| VerifyError::SignatureMismatch)?;
        Ok(self.access_key_id)
    }
}

/// `N` bytes written as `2N` hex digits (either case); `None` for anything else.
fn decode_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    fn nibble(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let bytes = s.as_bytes();
    if bytes.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (byte, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
        *byte = nibble(pair[0])? << 4 | nibble(pair[1])?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::sign::{authorization_for, sha256_hex, sign, Credentials, SignInput};
    use super::*;

    #[test]
    fn hex_signatures_decode_and_anything_else_does_not() {
        assert_eq!(decode_hex("00ff10Aa"), Some([0, 255, 16, 170]));
        assert_eq!(decode_hex(""), Some([]));
        assert_eq!(decode_hex::<2>("00ff10"), None, "too long");
        assert_eq!(decode_hex::<4>("00ff10"), None, "too short");
        for bad in ["0", "0g", "+f", "é0", "0 "] {
            assert_eq!(decode_hex::<1>(bad), None, "{bad:?}");
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
        // Up to 64 signed headers verify; more are refused (no SDK signs that many).
        let names: Vec<String> = (0..62).map(|i| format!("x-extra-{i:02}")).collect();
        let mut many = base.to_vec();
        many.extend(names.iter().map(|n| (n.as_str(), "v")));
        assert_eq!(many.len(), 65);
        assert_eq!(check(&many[..64], &many, q, &policy), Ok("AK".to_owned()));
        assert_eq!(
            check(&many, &many, q, &policy),
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
