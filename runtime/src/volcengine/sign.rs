//! The Volcengine OpenAPI V4 "HMAC-SHA256" request signature: signing and verifying.
//!
//! The algorithm follows the official SDKs (volcengine-python `auth/SignerV4.py`,
//! volc-sdk-golang `base/sign.go`): a canonical request of method, URI, sorted RFC 3986 query,
//! the signed headers and the body's SHA-256; a string to sign with the credential scope
//! `<date>/<region>/<service>/request`; a signing key derived from the secret key with no
//! prefix. `tests/conformance/volcengine_v4.json` holds vectors produced by the Python SDK.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::redact::REDACTED;
use crate::url::uri_encode_into;

/// The algorithm name in the `Authorization` header and the string to sign.
pub const ALGORITHM: &str = "HMAC-SHA256";

/// The SHA-256 of an empty body.
pub const EMPTY_BODY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// An access key pair, with an optional STS session token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The access key id (AK).
    pub access_key_id: String,
    /// The secret access key (SK).
    pub secret_access_key: String,
    /// An STS session token, sent as `X-Security-Token` and signed.
    pub session_token: Option<String>,
}

impl Credentials {
    /// An access key pair without a session token.
    pub fn new(access_key_id: impl Into<String>, secret_access_key: impl Into<String>) -> Self {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token: None,
        }
    }

    /// The key pair in `VOLC_ACCESSKEY` and `VOLC_SECRETKEY`, the variables Volcengine's own
    /// SDKs read (volc-sdk-python's README); `None` when either is missing or empty.
    pub fn from_env() -> Option<Self> {
        let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
        Some(Credentials::new(
            var("VOLC_ACCESSKEY")?,
            var("VOLC_SECRETKEY")?,
        ))
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &REDACTED)
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| REDACTED),
            )
            .finish()
    }
}

/// What a signature covers: the request as it goes on the wire.
#[derive(Debug, Clone, Copy)]
pub struct SignInput<'a> {
    /// `POST`.
    pub method: &'a str,
    /// The host header value (`rtc.volcengineapi.com`, or `127.0.0.1:8080`).
    pub host: &'a str,
    /// The path (`/`).
    pub path: &'a str,
    /// Query parameters, decoded, in any order.
    pub query: &'a [(&'a str, &'a str)],
    /// The `Content-Type` header.
    pub content_type: &'a str,
    /// The body bytes.
    pub body: &'a [u8],
    /// `X-Date`: `YYYYMMDD'T'HHMMSS'Z'` in UTC.
    pub x_date: &'a str,
    /// The region in the credential scope (`cn-north-1`).
    pub region: &'a str,
    /// The service in the credential scope (`rtc`).
    pub service: &'a str,
}

/// The headers a signed request carries. Its `Debug` shows the signed header names but not the
/// signature or the STS token.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    /// `Authorization`.
    pub authorization: String,
    /// `X-Date`.
    pub x_date: String,
    /// `X-Content-Sha256`.
    pub x_content_sha256: String,
    /// `X-Security-Token`, when the credentials have a session token.
    pub x_security_token: Option<String>,
}

impl std::fmt::Debug for SignedHeaders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = parse_authorization(&self.authorization)
            .map(|a| a.redacted())
            .unwrap_or_else(|| REDACTED.to_owned());
        f.debug_struct("SignedHeaders")
            .field("authorization", &shown)
            .field("x_date", &self.x_date)
            .field("x_content_sha256", &self.x_content_sha256)
            .field(
                "x_security_token",
                &self.x_security_token.as_ref().map(|_| REDACTED),
            )
            .finish()
    }
}

impl SignedHeaders {
    /// The hex signature inside the `Authorization` header.
    pub fn signature(&self) -> Option<&str> {
        self.authorization
            .rsplit_once("Signature=")
            .map(|(_, signature)| signature)
    }

    /// The headers as (name, value) pairs, in the SDKs' spelling.
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        let mut pairs = vec![
            ("Authorization", self.authorization.as_str()),
            ("X-Date", self.x_date.as_str()),
            ("X-Content-Sha256", self.x_content_sha256.as_str()),
        ];
        if let Some(token) = &self.x_security_token {
            pairs.push(("X-Security-Token", token.as_str()));
        }
        pairs
    }
}

/// Lowercase hex, a table lookup per nibble (every signature and verification writes two
/// digests this way; `write!` per byte cost about a microsecond a request).
pub(super) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// Lowercase hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// The canonical query string: sorted by raw key (values of one key keep their order), each part
/// RFC 3986 encoded, joined with `&`.
pub fn canonical_query(query: &[(&str, &str)]) -> String {
    let mut out = String::new();
    canonical_query_into(&mut out, query);
    out
}

/// [`canonical_query`] appended to `out`.
fn canonical_query_into(out: &mut String, query: &[(&str, &str)]) {
    // A query is mostly in order already (`Action`, then `Version`): no sorted copy then.
    let sorted: Vec<&(&str, &str)>;
    let ordered: &mut dyn Iterator<Item = &(&str, &str)> = if query.is_sorted_by(|a, b| a.0 <= b.0)
    {
        &mut query.iter()
    } else {
        let mut copy: Vec<&(&str, &str)> = query.iter().collect();
        copy.sort_by(|a, b| a.0.cmp(b.0));
        sorted = copy;
        &mut sorted.iter().copied()
    };
    for (i, (k, v)) in ordered.enumerate() {
        if i > 0 {
            out.push('&');
        }
        uri_encode_into(out, k, false);
        out.push('=');
        uri_encode_into(out, v, false);
    }
}

/// A host value as signed: the default ports `:80` and `:443` are dropped.
pub(super) fn canonical_host(host: &str) -> &str {
    host.strip_suffix(":80")
        .or_else(|| host.strip_suffix(":443"))
        .unwrap_or(host)
}

/// The signing key: HMAC chain over date, region, service and `request`.
pub fn signing_key(secret: &str, short_date: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac(secret.as_bytes(), short_date.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, service.as_bytes());
    hmac(&k_service, b"request")
}

/// The HMAC keyed with a signing key, before any data: what signing and verifying start from.
pub(super) type SigningMac = Hmac<Sha256>;

/// The last signing key a thread derived, with what it was derived from, as a keyed MAC.
struct Derived {
    secret: Box<str>,
    scope: [Box<str>; 3],
    mac: SigningMac,
}

thread_local! {
    static LAST_KEY: std::cell::RefCell<Option<Derived>> = const { std::cell::RefCell::new(None) };
}

/// The MAC keyed with [`signing_key`], remembered per thread for the secret and scope it was
/// last derived for: a client signs, and a server verifies, many requests of one key pair on
/// one day, and the derivation is four HMACs and the keying two more block hashes (a quarter
/// of a verification's hashing). Nothing of it is shown anywhere.
pub(super) fn signing_mac_cached(
    secret: &str,
    short_date: &str,
    region: &str,
    service: &str,
) -> SigningMac {
    let same = |d: &Derived| {
        *d.secret == *secret
            && *d.scope[0] == *short_date
            && *d.scope[1] == *region
            && *d.scope[2] == *service
    };
    LAST_KEY.with(|last| {
        let mut last = last.borrow_mut();
        if let Some(d) = last.as_ref().filter(|d| same(d)) {
            return d.mac.clone();
        }
        let key = signing_key(secret, short_date, region, service);
        let mac =
            <SigningMac as Mac>::new_from_slice(&key).expect("HMAC takes a key of any length");
        *last = Some(Derived {
            secret: secret.into(),
            scope: [short_date.into(), region.into(), service.into()],
            mac: mac.clone(),
        });
        mac
    })
}

/// `mac` (keyed with the signing key) fed the string to sign in its parts rather than joined:
/// the algorithm, `X-Date`, the credential scope and the canonical request's hash, one a line.
pub(super) fn mac_string_to_sign(
    mac: SigningMac,
    x_date: &str,
    scope: &str,
    request_hash: &str,
) -> SigningMac {
    let mut mac = mac_string_to_sign_head(mac, x_date, scope);
    mac.update(request_hash.as_bytes());
    mac
}

/// [`mac_string_to_sign`] up to the canonical request's hash, which a verifier knows only
/// once the body is read.
pub(super) fn mac_string_to_sign_head(
    mut mac: SigningMac,
    x_date: &str,
    scope: &str,
) -> SigningMac {
    for part in [ALGORITHM, "\n", x_date, "\n", scope, "\n"] {
        mac.update(part.as_bytes());
    }
    mac
}

/// The credential scope `<date>/<region>/<service>/request`.
pub(super) fn scope(short_date: &str, region: &str, service: &str) -> String {
    let mut scope = String::with_capacity(short_date.len() + region.len() + service.len() + 10);
    for part in [short_date, "/", region, "/", service, "/request"] {
        scope.push_str(part);
    }
    scope
}

/// The `Authorization` header's value.
fn authorization(access_key_id: &str, scope: &str, signed: &str, signature: &str) -> String {
    let parts = [
        ALGORITHM,
        " Credential=",
        access_key_id,
        "/",
        scope,
        ", SignedHeaders=",
        signed,
        ", Signature=",
        signature,
    ];
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// The canonical request's lines before the body's hash, each ended by a newline (method,
/// path, query, the headers, a blank line, the signed names), and the signed-header list, for
/// `headers` (lowercase names, trimmed values; sorted here).
pub(super) fn canonical_head<N, V>(
    method: &str,
    path: &str,
    query: &[(&str, &str)],
    headers: &mut [(N, V)],
) -> (String, String)
where
    N: AsRef<str> + Ord,
    V: AsRef<str> + Ord,
{
    canonical_head_with(method, path, Query::Pairs(query), headers)
}

/// A query as [`canonical_head_with`] takes it.
#[derive(Clone, Copy)]
pub(super) enum Query<'a> {
    /// Decoded pairs, to be sorted and encoded.
    Pairs(&'a [(&'a str, &'a str)]),
    /// A raw query that is its own canonical form ([`already_canonical`]).
    Canonical(&'a str),
}

/// Whether a raw query is already its canonical form: every pair `key=value` of unreserved
/// characters only (nothing to decode, nothing to encode), none empty, keys in order. A
/// client's `Action=…&Version=…` is; a verifier then hashes it as it came.
pub(super) fn already_canonical(raw: &str) -> bool {
    let mut previous: Option<&str> = None;
    raw.is_empty()
        || raw.split('&').all(|part| {
            let Some((key, value)) = part.split_once('=') else {
                return false;
            };
            let plain = |text: &str| {
                text.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'))
            };
            let in_order = previous.is_none_or(|p| p <= key);
            previous = Some(key);
            !key.is_empty() && plain(key) && plain(value) && in_order
        })
}

/// [`canonical_head`] with the query given either way.
pub(super) fn canonical_head_with<N, V>(
    method: &str,
    path: &str,
    query: Query<'_>,
    headers: &mut [(N, V)],
) -> (String, String)
where
    N: AsRef<str> + Ord,
    V: AsRef<str> + Ord,
{
    headers.sort();
    let mut canonical = String::with_capacity(256);
    canonical.push_str(method);
    canonical.push('\n');
    if path.is_empty() {
        canonical.push('/');
    } else {
        uri_encode_into(&mut canonical, path, true);
    }
    canonical.push('\n');
    match query {
        Query::Pairs(pairs) => canonical_query_into(&mut canonical, pairs),
        Query::Canonical(raw) => canonical.push_str(raw),
    }
    canonical.push('\n');
    for (name, value) in headers.iter() {
        canonical.push_str(name.as_ref());
        canonical.push(':');
        canonical.push_str(value.as_ref());
        canonical.push('\n');
    }
    canonical.push('\n');
    let mut signed = String::with_capacity(64);
    for (i, (name, _)) in headers.iter().enumerate() {
        if i > 0 {
            signed.push(';');
        }
        signed.push_str(name.as_ref());
    }
    canonical.push_str(&signed);
    canonical.push('\n');
    (canonical, signed)
}

/// The hex SHA-256 of the canonical request: `head` (from [`canonical_head`]) and the body's
/// hash, hashed in place rather than joined.
pub(super) fn canonical_request_hash(head: &str, body_sha256: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(head.as_bytes());
    hasher.update(body_sha256.as_bytes());
    hex(&hasher.finalize())
}

/// Signs a request: returns the headers to add.
pub fn sign(input: &SignInput<'_>, credentials: &Credentials) -> SignedHeaders {
    let body_sha256 = sha256_hex(input.body);
    let token = credentials.session_token.as_deref().map(str::trim);
    // The headers the SDKs sign, already in the canonical (sorted) order.
    let mut headers = [
        ("content-type", input.content_type.trim()),
        ("host", canonical_host(input.host.trim())),
        ("x-content-sha256", body_sha256.as_str()),
        ("x-date", input.x_date),
        ("x-security-token", token.unwrap_or_default()),
    ];
    let signed_count = if token.is_some() { 5 } else { 4 };
    let short_date = input.x_date.get(..8).unwrap_or(input.x_date);
    let scope = scope(short_date, input.region, input.service);
    let (head, signed) = canonical_head(
        input.method,
        input.path,
        input.query,
        &mut headers[..signed_count],
    );
    let mac = signing_mac_cached(
        &credentials.secret_access_key,
        short_date,
        input.region,
        input.service,
    );
    let request_hash = canonical_request_hash(&head, &body_sha256);
    let signature = hex(
        &mac_string_to_sign(mac, input.x_date, &scope, &request_hash)
            .finalize()
            .into_bytes(),
    );
    SignedHeaders {
        authorization: authorization(&credentials.access_key_id, &scope, &signed, &signature),
        x_date: input.x_date.to_owned(),
        x_content_sha256: body_sha256,
        x_security_token: credentials.session_token.clone(),
    }
}

/// The `Authorization` value for a request that signs exactly `headers` (names in any case,
/// values as sent). [`sign`] chooses the headers the SDKs sign; this signs what it is given,
/// for verifiers' tests and for clients with headers of their own.
pub fn authorization_for(
    input: &SignInput<'_>,
    headers: &[(&str, &str)],
    credentials: &Credentials,
) -> String {
    let body_sha256 = sha256_hex(input.body);
    let mut canonical: Vec<(String, String)> = headers
        .iter()
        .map(|(n, v)| {
            let name = n.to_ascii_lowercase();
            let value = if name == "host" {
                canonical_host(v.trim()).to_owned()
            } else {
                v.trim().to_owned()
            };
            (name, value)
        })
        .collect();
    let short_date = input.x_date.get(..8).unwrap_or(input.x_date);
    let scope = scope(short_date, input.region, input.service);
    let (head, signed) = canonical_head(input.method, input.path, input.query, &mut canonical);
    let key = signing_key(
        &credentials.secret_access_key,
        short_date,
        input.region,
        input.service,
    );
    let mac = <SigningMac as Mac>::new_from_slice(&key).expect("HMAC takes a key of any length");
    let request_hash = canonical_request_hash(&head, &body_sha256);
    let signature = hex(
        &mac_string_to_sign(mac, input.x_date, &scope, &request_hash)
            .finalize()
            .into_bytes(),
    );
    authorization(&credentials.access_key_id, &scope, &signed, &signature)
}

/// The parts of an `Authorization` header. Its `Debug` leaves out the signature.
#[derive(Clone, PartialEq, Eq)]
pub struct Authorization<'a> {
    /// The access key id.
    pub access_key_id: &'a str,
    /// `YYYYMMDD` of the scope.
    pub short_date: &'a str,
    /// The scope's region.
    pub region: &'a str,
    /// The scope's service.
    pub service: &'a str,
    /// The lowercase signed header names.
    pub signed_headers: Vec<&'a str>,
    /// The hex signature.
    pub signature: &'a str,
}

impl Authorization<'_> {
    /// The header with its signature left out, for logs.
    pub fn redacted(&self) -> String {
        format!(
            "{ALGORITHM} Credential={}/{}/{}/{}/request, SignedHeaders={}, Signature={REDACTED}",
            self.access_key_id,
            self.short_date,
            self.region,
            self.service,
            self.signed_headers.join(";")
        )
    }
}

impl std::fmt::Debug for Authorization<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authorization")
            .field("access_key_id", &self.access_key_id)
            .field("short_date", &self.short_date)
            .field("region", &self.region)
            .field("service", &self.service)
            .field("signed_headers", &self.signed_headers)
            .field("signature", &REDACTED)
            .finish()
    }
}

/// Parses `HMAC-SHA256 Credential=AK/date/region/service/request, SignedHeaders=a;b, Signature=hex`.
/// Every request a server verifies is parsed here, so it reads the bytes once, by hand.
pub fn parse_authorization(header: &str) -> Option<Authorization<'_>> {
    let rest = header.trim().strip_prefix(ALGORITHM)?.trim_start();
    let mut credential = None;
    let mut signed = None;
    let mut signature = None;
    for part in pieces(rest, b',') {
        let (key, value) = part.trim().split_once('=')?;
        match key {
            "Credential" => credential = Some(value),
            "SignedHeaders" => signed = Some(value),
            "Signature" => signature = Some(value),
            _ => return None,
        }
    }
    let mut scope = pieces(credential?, b'/');
    let access_key_id = scope.next()?;
    let short_date = scope.next()?;
    let region = scope.next()?;
    let service = scope.next()?;
    if scope.next()? != "request" || scope.next().is_some() || access_key_id.is_empty() {
        return None;
    }
    let signature = signature?;
    if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let signed = signed?;
    let mut signed_headers = Vec::with_capacity(signed.bytes().filter(|&b| b == b';').count() + 1);
    signed_headers.extend(pieces(signed, b';').filter(|h| !h.is_empty()));
    Some(Authorization {
        access_key_id,
        short_date,
        region,
        service,
        signed_headers,
        signature,
    })
}

/// `text` split at each `separator` (an ASCII byte), as `str::split` would.
fn pieces(text: &str, separator: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(char::from(separator)) {
            Some(at) => {
                rest = current.get(at + 1..);
                current.get(..at)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// `X-Date` for a Unix time: `YYYYMMDD'T'HHMMSS'Z'` (the compact ISO 8601 form).
pub fn format_x_date(unix_seconds: u64) -> String {
    crate::time::format_compact(unix_seconds)
}

/// The Unix time of an `X-Date`, or `None` when it is malformed.
pub fn parse_x_date(x_date: &str) -> Option<u64> {
    crate::time::parse_compact(x_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_taken_as_canonical_is_what_encoding_its_pairs_gives() {
        let canonical = |raw: &str| {
            let pairs = crate::url::decode_query_strict(raw).unwrap();
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (&**k, &**v)).collect();
            canonical_query(&pairs)
        };
        for raw in [
            "",
            "Action=ModifyMessage&Version=2020-12-01",
            "A=1&A=0&B=",
            "a.b=~x_y-z",
        ] {
            assert!(already_canonical(raw), "{raw}");
            assert_eq!(canonical(raw), raw);
        }
        // Out of order, an escape, a space, a bare key, an empty part, a second `=`, a
        // character to encode: each is decoded, sorted and encoded instead.
        for raw in [
            "Version=1&Action=A",
            "Action=A%20B",
            "Action=A+B",
            "Action",
            "Action=A&&Version=1",
            "&Action=A",
            "Action=A=B",
            "Action=A/B",
            "=A",
        ] {
            assert!(!already_canonical(raw), "{raw}");
        }
    }

    #[test]
    fn a_remembered_signing_key_is_the_one_its_inputs_give() {
        // Alternating inputs, and inputs that would read alike if joined with `/`.
        let cases = [
            ("secret", "20240101", "cn-north-1", "rtc"),
            ("secret", "20240102", "cn-north-1", "rtc"),
            ("other", "20240102", "cn-north-1", "rtc"),
            ("other", "20240102", "a/b", "c"),
            ("other", "20240102", "a", "b/c"),
            ("secret", "20240101", "cn-north-1", "rtc"),
        ];
        for _ in 0..2 {
            for (secret, date, region, service) in cases {
                let mut cached = signing_mac_cached(secret, date, region, service);
                cached.update(b"a string to sign");
                assert_eq!(
                    <[u8; 32]>::from(cached.finalize().into_bytes()),
                    hmac(
                        &signing_key(secret, date, region, service),
                        b"a string to sign"
                    ),
                    "{secret} {date} {region} {service}"
                );
            }
        }
    }

    #[test]
    fn the_canonical_query_is_sorted_by_key() {
        assert_eq!(
            canonical_query(&[
                ("Version", "2020-12-01"),
                ("Action", "ModifyMessage"),
                ("A", "2"),
                ("A", "1")
            ]),
            "A=2&A=1&Action=ModifyMessage&Version=2020-12-01"
        );
        // In order already, with a repeated key: kept as given.
        assert_eq!(
            canonical_query(&[("A", "2"), ("A", "1"), ("B", "x y")]),
            "A=2&A=1&B=x%20y"
        );
    }

    #[test]
    fn authorization_for_the_sdk_headers_is_what_sign_gives() {
        let creds = Credentials {
            access_key_id: "AK".into(),
            secret_access_key: "SK".into(),
            session_token: None,
        };
        let query = [("Action", "A"), ("Version", "1")];
        let input = SignInput {
            method: "POST",
            host: "h:8080",
            path: "/",
            query: &query,
            content_type: "application/json",
            body: b"{}",
            x_date: "20240102T030405Z",
            region: "cn-north-1",
            service: "rtc",
        };
        let signed = sign(&input, &creds);
        let headers = [
            ("Content-Type", "application/json"),
            ("Host", "h:8080"),
            ("X-Content-Sha256", signed.x_content_sha256.as_str()),
            ("X-Date", "20240102T030405Z"),
        ];
        assert_eq!(
            authorization_for(&input, &headers, &creds),
            signed.authorization
        );
    }
}
