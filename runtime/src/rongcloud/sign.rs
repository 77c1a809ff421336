//! RongCloud's request signature: `Signature` is the lowercase hex SHA-1 of the App Secret, the
//! `Nonce` and the `Timestamp` written one after the other, sent with `App-Key` in four headers
//! (each also accepted with an `RC-` prefix, for proxies that drop unknown headers).
//!
//! The pages say the timestamp is in milliseconds; the official Python and Go SDKs send
//! seconds, and the signature is the same function of whatever text is sent. A verifier takes
//! both (a number past 10^11 is milliseconds) and, since no page gives a window, holds it to
//! [`WINDOW_SECS`] either side of its clock (the window NetEase documents for the same scheme).

use std::fmt;

use crate::redact::{same_secret as same, REDACTED};

/// The headers a signed request carries, in the order the SDKs write them.
pub const HEADERS: [&str; 4] = ["App-Key", "Nonce", "Timestamp", "Signature"];
/// The prefix each header may also be sent with (`RC-App-Key`).
pub const PREFIX: &str = "RC-";
/// How far a request's timestamp may be from the verifier's clock, either way (seconds).
pub const WINDOW_SECS: u64 = 300;
/// The longest nonce a verifier takes (the pages say at most 18 characters; the SDKs send
/// up to 10 digits; a longer one is refused as malformed, not truncated).
pub const MAX_NONCE_CHARS: usize = 64;

/// The signature of `nonce` and `timestamp` with `app_secret`: lowercase hex of
/// `SHA-1(app_secret + nonce + timestamp)`.
pub fn signature(app_secret: &str, nonce: &str, timestamp: &str) -> String {
    let mut hash = sha1_smol::Sha1::new();
    hash.update(app_secret.as_bytes());
    hash.update(nonce.as_bytes());
    hash.update(timestamp.as_bytes());
    hash.digest().to_string()
}

/// An app's key and secret.
#[derive(Clone)]
pub struct Credentials {
    /// The App Key, sent as `App-Key`.
    pub app_key: String,
    app_secret: String,
}

impl Credentials {
    /// The key pair of an app.
    pub fn new(app_key: impl Into<String>, app_secret: impl Into<String>) -> Self {
        Credentials {
            app_key: app_key.into(),
            app_secret: app_secret.into(),
        }
    }

    /// The secret, to sign with.
    pub fn app_secret(&self) -> &str {
        &self.app_secret
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("app_key", &self.app_key)
            .field("app_secret", &REDACTED)
            .finish()
    }
}

/// The four header values of a signed request.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    /// `App-Key`.
    pub app_key: String,
    /// `Nonce`.
    pub nonce: String,
    /// `Timestamp`.
    pub timestamp: String,
    /// `Signature`.
    pub signature: String,
}

impl fmt::Debug for SignedHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedHeaders")
            .field("app_key", &self.app_key)
            .field("nonce", &self.nonce)
            .field("timestamp", &self.timestamp)
            .field("signature", &REDACTED)
            .finish()
    }
}

impl SignedHeaders {
    /// The headers as (name, value) pairs, in [`HEADERS`]' order.
    pub fn pairs(&self) -> [(&'static str, &str); 4] {
        [
            (HEADERS[0], self.app_key.as_str()),
            (HEADERS[1], self.nonce.as_str()),
            (HEADERS[2], self.timestamp.as_str()),
            (HEADERS[3], self.signature.as_str()),
        ]
    }
}

/// Signs a request with `nonce` at `timestamp_ms` (Unix milliseconds, as the pages say).
pub fn sign(credentials: &Credentials, nonce: &str, timestamp_ms: u64) -> SignedHeaders {
    let timestamp = timestamp_ms.to_string();
    SignedHeaders {
        app_key: credentials.app_key.clone(),
        signature: signature(&credentials.app_secret, nonce, &timestamp),
        nonce: nonce.to_owned(),
        timestamp,
    }
}

/// Why a request's signature is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyError {
    /// A header is missing (its name).
    Missing(&'static str),
    /// A header is not in its form (its name, and why).
    Malformed(&'static str, &'static str),
    /// The App-Key is not the app's.
    UnknownAppKey,
    /// The timestamp is outside the window.
    Expired,
    /// The signature does not match.
    Mismatch,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyError::Missing(name) => write!(f, "the {name} header is missing"),
            VerifyError::Malformed(name, why) => write!(f, "the {name} header {why}"),
            VerifyError::UnknownAppKey => f.write_str("the App-Key is not this app's"),
            VerifyError::Expired => write!(
                f,
                "the Timestamp is more than {WINDOW_SECS} s from the server's clock"
            ),
            VerifyError::Mismatch => f.write_str(
                "the Signature is not SHA-1 of the App Secret, the Nonce and the Timestamp",
            ),
        }
    }
}

impl std::error::Error for VerifyError {}

/// The Unix time, in seconds, a `Timestamp` header names: milliseconds when past 10^11 (the
/// year 5138 in seconds), else seconds.
pub fn timestamp_secs(timestamp: &str) -> Option<u64> {
    if timestamp.is_empty()
        || timestamp.len() > 16
        || !timestamp.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let n: u64 = timestamp.parse().ok()?;
    Some(if n > 100_000_000_000 { n / 1000 } else { n })
}

/// Checks a request's signature headers: `header(name)` gives a header's value (the caller
/// looks for `RC-` prefixed names too, [`header_names`]), `now_secs` the verifier's clock.
pub fn verify<'a>(
    header: impl Fn(&'static str) -> Option<&'a str>,
    credentials: &Credentials,
    now_secs: u64,
) -> Result<(), VerifyError> {
    let get = |name: &'static str| header(name).ok_or(VerifyError::Missing(name));
    let app_key = get(HEADERS[0])?;
    let nonce = get(HEADERS[1])?;
    let timestamp = get(HEADERS[2])?;
    let given = get(HEADERS[3])?;
    if nonce.is_empty() || nonce.chars().count() > MAX_NONCE_CHARS {
        return Err(VerifyError::Malformed(
            HEADERS[1],
            "is empty or longer than 64 characters",
        ));
    }
    let at = timestamp_secs(timestamp).ok_or(VerifyError::Malformed(
        HEADERS[2],
        "is not Unix time in seconds or milliseconds",
    ))?;
    if given.len() != 40 || !given.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(VerifyError::Malformed(
            HEADERS[3],
            "is not 40 hexadecimal digits",
        ));
    }
    if !same(app_key.as_bytes(), credentials.app_key.as_bytes()) {
        return Err(VerifyError::UnknownAppKey);
    }
    if at.abs_diff(now_secs) > WINDOW_SECS {
        return Err(VerifyError::Expired);
    }
    let expected = signature(&credentials.app_secret, nonce, timestamp);
    if same(given.to_ascii_lowercase().as_bytes(), expected.as_bytes()) {
        Ok(())
    } else {
        Err(VerifyError::Mismatch)
    }
}

/// The names a header may be sent under: its own, and with the `RC-` prefix.
pub fn header_names(name: &str) -> [String; 2] {
    [name.to_owned(), format!("{PREFIX}{name}")]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers<'a>(h: &'a SignedHeaders) -> impl Fn(&'static str) -> Option<&'a str> + 'a {
        move |name| {
            h.pairs()
                .into_iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v)
        }
    }

    #[test]
    fn a_signed_request_verifies_within_the_window_only() {
        let credentials = Credentials::new("key", "secret");
        let signed = sign(&credentials, "12345", 1_700_000_000_000);
        assert_eq!(signed.timestamp, "1700000000000");
        assert_eq!(
            verify(headers(&signed), &credentials, 1_700_000_000),
            Ok(())
        );
        assert_eq!(
            verify(headers(&signed), &credentials, 1_700_000_300),
            Ok(())
        );
        assert_eq!(
            verify(headers(&signed), &credentials, 1_700_000_301),
            Err(VerifyError::Expired)
        );
        assert_eq!(
            verify(
                headers(&signed),
                &Credentials::new("key", "other"),
                1_700_000_000
            ),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            verify(
                headers(&signed),
                &Credentials::new("other", "secret"),
                1_700_000_000
            ),
            Err(VerifyError::UnknownAppKey)
        );
        let mut upper = signed.clone();
        upper.signature = upper.signature.to_ascii_uppercase();
        assert_eq!(verify(headers(&upper), &credentials, 1_700_000_000), Ok(()));
    }

    #[test]
    fn malformed_headers_are_named() {
        let credentials = Credentials::new("key", "secret");
        let good = sign(&credentials, "1", 1_700_000_000_000);
        let check = |edit: fn(&mut SignedHeaders)| {
            let mut h = good.clone();
            edit(&mut h);
            verify(headers(&h), &credentials, 1_700_000_000).unwrap_err()
        };
        assert_eq!(
            check(|h| h.nonce.clear()),
            VerifyError::Malformed("Nonce", "is empty or longer than 64 characters")
        );
        assert_eq!(
            check(|h| h.nonce = "n".repeat(65)),
            VerifyError::Malformed("Nonce", "is empty or longer than 64 characters")
        );
        for bad in ["", "17e9", "-1", "12345678901234567"] {
            let mut h = good.clone();
            h.timestamp = bad.to_owned();
            assert!(
                matches!(
                    verify(headers(&h), &credentials, 1_700_000_000),
                    Err(VerifyError::Malformed("Timestamp", _))
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            check(|h| h.signature.truncate(39)),
            VerifyError::Malformed("Signature", _)
        ));
        let none = |_: &'static str| None;
        assert_eq!(
            verify(none, &credentials, 0),
            Err(VerifyError::Missing("App-Key"))
        );
    }

    #[test]
    fn seconds_and_milliseconds_are_both_read() {
        assert_eq!(timestamp_secs("1700000000"), Some(1_700_000_000));
        assert_eq!(timestamp_secs("1700000000123"), Some(1_700_000_000));
        assert_eq!(timestamp_secs("0"), Some(0));
        assert_eq!(timestamp_secs("+1"), None);
    }

    #[test]
    fn no_secret_in_debug() {
        let credentials = Credentials::new("key", "the-secret");
        let signed = sign(&credentials, "1", 1);
        let shown = format!("{credentials:?} {signed:?}");
        assert!(
            !shown.contains("the-secret") && !shown.contains(&signed.signature),
            "{shown}"
        );
    }
}
