//! Tencent Cloud Chat UserSig (TLSSigAPIv2): generating and verifying.
//!
//! A UserSig is a JSON document (`TLS.ver`, `TLS.identifier`, `TLS.sdkappid`, `TLS.expire`,
//! `TLS.time`, optional `TLS.userbuf`, and `TLS.sig`, an HMAC-SHA256 over the other fields keyed
//! with the console's secret key as text), zlib-compressed and base64-encoded with `+/=`
//! replaced by `*-_`. Generation writes the document exactly as the official Python package
//! (`tls-sig-api-v2`) does, so the bytes match its output; verification accepts any zlib level
//! and any JSON layout, as the Go package's does. Vectors: `tests/conformance/tencent_usersig.json`.

use std::io::{Read, Write};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;
use flate2::Compression;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The default validity of a UserSig: 180 days, as in the official packages.
pub const DEFAULT_EXPIRE_SECONDS: u64 = 180 * 86_400;

/// The most compressed bytes a UserSig may inflate to (they are a few hundred bytes).
const MAX_INFLATED: u64 = 16 * 1024;

/// What a UserSig says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSigClaims {
    /// The account the sig is for.
    pub identifier: String,
    /// The app.
    pub sdkappid: u64,
    /// When it was issued (Unix seconds).
    pub time: u64,
    /// How long it is valid (seconds).
    pub expire: u64,
    /// Optional user data.
    pub userbuf: Option<Vec<u8>>,
}

impl UserSigClaims {
    /// The Unix time after which the sig is expired.
    pub fn expires_at(&self) -> u64 {
        self.time.saturating_add(self.expire)
    }
}

/// The HMAC over the claims' canonical text, keyed with the secret key as text.
fn claims_mac(secret_key: &str, claims: &UserSigClaims) -> Hmac<Sha256> {
    let mut content = format!(
        "TLS.identifier:{}\nTLS.sdkappid:{}\nTLS.time:{}\nTLS.expire:{}\n",
        claims.identifier, claims.sdkappid, claims.time, claims.expire
    );
    if let Some(buf) = &claims.userbuf {
        content.push_str(&format!("TLS.userbuf:{}\n", STANDARD.encode(buf)));
    }
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret_key.as_bytes())
        .expect("HMAC takes a key of any length");
    mac.update(content.as_bytes());
    mac
}

/// The `TLS.sig` of the claims: the HMAC, base64 (standard alphabet).
fn signature(secret_key: &str, claims: &UserSigClaims) -> String {
    STANDARD.encode(claims_mac(secret_key, claims).finalize().into_bytes())
}

/// A JSON string as Python's `json.dumps` writes it (ASCII only, `\uXXXX` escapes).
fn python_json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Generates a UserSig for `claims`, signed with `secret_key` (the console key, used as text).
pub fn generate(secret_key: &str, claims: &UserSigClaims) -> String {
    let sig = signature(secret_key, claims);
    let mut doc = format!(
        "{{\"TLS.ver\": \"2.0\", \"TLS.identifier\": {}, \"TLS.sdkappid\": {}, \"TLS.expire\": {}, \"TLS.time\": {}",
        python_json_string(&claims.identifier),
        claims.sdkappid,
        claims.expire,
        claims.time
    );
    if let Some(buf) = &claims.userbuf {
        doc.push_str(&format!(", \"TLS.userbuf\": \"{}\"", STANDARD.encode(buf)));
    }
    doc.push_str(&format!(", \"TLS.sig\": \"{sig}\"}}"));
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(doc.len()), Compression::new(6));
    encoder
        .write_all(doc.as_bytes())
        .expect("writing to memory cannot fail");
    let compressed = encoder.finish().expect("writing to memory cannot fail");
    to_sig_alphabet(STANDARD.encode(compressed))
}

fn to_sig_alphabet(base64: String) -> String {
    base64
        .chars()
        .map(|c| match c {
            '+' => '*',
            '/' => '-',
            '=' => '_',
            c => c,
        })
        .collect()
}

/// Why a UserSig was refused. Each kind maps to the Chat REST API's documented code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserSigError {
    /// Not the base64/zlib/JSON a UserSig is (70003).
    Malformed(String),
    /// Past `TLS.time + TLS.expire` (70001).
    Expired {
        /// When it expired.
        expired_at: u64,
    },
    /// Issued for another account (70013).
    IdentifierMismatch,
    /// Issued for another app (70014).
    SdkAppIdMismatch,
    /// The userbuf is not what the verifier expects (70009).
    UserbufMismatch,
    /// The HMAC does not match: wrong key, or the document was altered (70009).
    SignatureMismatch,
}

impl UserSigError {
    /// The Chat REST API error code for this failure.
    pub fn code(&self) -> i64 {
        match self {
            UserSigError::Malformed(_) => 70003,
            UserSigError::Expired { .. } => 70001,
            UserSigError::IdentifierMismatch => 70013,
            UserSigError::SdkAppIdMismatch => 70014,
            UserSigError::UserbufMismatch | UserSigError::SignatureMismatch => 70009,
        }
    }
}

impl std::fmt::Display for UserSigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UserSigError::Malformed(why) => write!(f, "UserSig could not be parsed: {why}"),
            UserSigError::Expired { expired_at } => write!(f, "UserSig expired at {expired_at}"),
            UserSigError::IdentifierMismatch => {
                f.write_str("the identifier in the request differs from the UserSig's")
            }
            UserSigError::SdkAppIdMismatch => {
                f.write_str("the SDKAppID in the request differs from the UserSig's")
            }
            UserSigError::UserbufMismatch => {
                f.write_str("the UserSig's userbuf is not the expected one")
            }
            UserSigError::SignatureMismatch => {
                f.write_str("UserSig verification failed: wrong key or altered sig")
            }
        }
    }
}

impl std::error::Error for UserSigError {}

/// Decodes a UserSig without checking it: the claims and the signature it carries.
pub fn decode(usersig: &str) -> Result<(UserSigClaims, String), UserSigError> {
    let malformed = |why: &str| UserSigError::Malformed(why.to_owned());
    let base64: String = usersig
        .trim()
        .chars()
        .map(|c| match c {
            '*' => '+',
            '-' => '/',
            '_' => '=',
            c => c,
        })
        .collect();
    let compressed = STANDARD
        .decode(base64.as_bytes())
        .map_err(|_| malformed("not base64"))?;
    let mut json = Vec::new();
    ZlibDecoder::new(compressed.as_slice())
        .take(MAX_INFLATED)
        .read_to_end(&mut json)
        .map_err(|_| malformed("not zlib"))?;
    let doc: serde_json::Value =
        serde_json::from_slice(&json).map_err(|_| malformed("not JSON"))?;
    let text = |key: &str| doc.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    let number = |key: &str| doc.get(key).and_then(|v| v.as_u64());
    if text("TLS.ver").as_deref() != Some("2.0") {
        return Err(malformed("TLS.ver is not 2.0"));
    }
    let userbuf = match text("TLS.userbuf") {
        Some(b) => Some(
            STANDARD
                .decode(b)
                .map_err(|_| malformed("TLS.userbuf is not base64"))?,
        ),
        None => None,
    };
    let claims = UserSigClaims {
        identifier: text("TLS.identifier").ok_or_else(|| malformed("no TLS.identifier"))?,
        sdkappid: number("TLS.sdkappid").ok_or_else(|| malformed("no TLS.sdkappid"))?,
        time: number("TLS.time").ok_or_else(|| malformed("no TLS.time"))?,
        expire: number("TLS.expire").ok_or_else(|| malformed("no TLS.expire"))?,
        userbuf,
    };
    let sig = text("TLS.sig").ok_or_else(|| malformed("no TLS.sig"))?;
    Ok((claims, sig))
}

/// What a verifier expects of a UserSig.
#[derive(Debug, Clone)]
pub struct Expected<'a> {
    /// The app.
    pub sdkappid: u64,
    /// The account (the `identifier` query parameter).
    pub identifier: &'a str,
    /// The userbuf the sig must carry, or `None` for a sig without one.
    pub userbuf: Option<&'a [u8]>,
    /// Now (Unix seconds).
    pub now: u64,
}

/// Verifies a UserSig, in the order of the official Go package's `VerifyUserSig`: app, account,
/// expiry, userbuf, then the HMAC (compared in constant time).
pub fn verify(
    secret_key: &str,
    usersig: &str,
    expected: &Expected<'_>,
) -> Result<UserSigClaims, UserSigError> {
    let (claims, sig) = decode(usersig)?;
    if claims.sdkappid != expected.sdkappid {
        return Err(UserSigError::SdkAppIdMismatch);
    }
    if claims.identifier != expected.identifier {
        return Err(UserSigError::IdentifierMismatch);
    }
    if expected.now > claims.expires_at() {
        return Err(UserSigError::Expired {
            expired_at: claims.expires_at(),
        });
    }
    if claims.userbuf.as_deref() != expected.userbuf {
        return Err(UserSigError::UserbufMismatch);
    }
    let claimed = STANDARD
        .decode(sig.as_bytes())
        .map_err(|_| UserSigError::Malformed("TLS.sig is not base64".into()))?;
    claims_mac(secret_key, &claims)
        .verify_slice(&claimed)
        .map_err(|_| UserSigError::SignatureMismatch)?;
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

    fn claims() -> UserSigClaims {
        UserSigClaims {
            identifier: "administrator".into(),
            sdkappid: 1_400_000_000,
            time: 1_700_000_000,
            expire: 86_400,
            userbuf: None,
        }
    }

    fn expected(now: u64) -> Expected<'static> {
        Expected {
            sdkappid: 1_400_000_000,
            identifier: "administrator",
            userbuf: None,
            now,
        }
    }

    #[test]
    fn python_json_escapes_like_json_dumps() {
        assert_eq!(python_json_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(python_json_string("管理员"), r#""\u7ba1\u7406\u5458""#);
        assert_eq!(python_json_string("🎉"), r#""\ud83c\udf89""#);
        assert_eq!(python_json_string("/"), r#""/""#);
    }

    #[test]
    fn generated_sigs_verify_until_they_expire() {
        let sig = generate(KEY, &claims());
        assert!(sig
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "*-_".contains(c)));
        assert_eq!(verify(KEY, &sig, &expected(1_700_000_000)), Ok(claims()));
        assert_eq!(
            verify(KEY, &sig, &expected(1_700_086_400)),
            Ok(claims()),
            "the last second still passes"
        );
        assert_eq!(
            verify(KEY, &sig, &expected(1_700_086_401)),
            Err(UserSigError::Expired {
                expired_at: 1_700_086_400
            })
        );
    }

    #[test]
    fn each_refusal_has_its_code() {
        let sig = generate(KEY, &claims());
        let now = 1_700_000_001;
        let other_key = KEY.replace('5', "6");
        assert_eq!(
            verify(&other_key, &sig, &expected(now)).unwrap_err().code(),
            70009
        );
        let wrong_id = Expected {
            identifier: "admin",
            ..expected(now)
        };
        assert_eq!(verify(KEY, &sig, &wrong_id).unwrap_err().code(), 70013);
        let wrong_app = Expected {
            sdkappid: 1,
            ..expected(now)
        };
        assert_eq!(verify(KEY, &sig, &wrong_app).unwrap_err().code(), 70014);
        let with_buf = Expected {
            userbuf: Some(b"x"),
            ..expected(now)
        };
        assert_eq!(verify(KEY, &sig, &with_buf).unwrap_err().code(), 70009);
        assert_eq!(
            verify(KEY, "not a sig", &expected(now)).unwrap_err().code(),
            70003
        );
        assert_eq!(
            verify(KEY, &sig[..sig.len() / 2], &expected(now))
                .unwrap_err()
                .code(),
            70003
        );
    }

    #[test]
    fn any_zlib_level_and_json_layout_is_accepted() {
        // The Go package stores without compression and writes compact JSON with a newline.
        let c = claims();
        let doc = format!(
            "{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"{}\",\"TLS.sdkappid\":{},\"TLS.expire\":{},\"TLS.time\":{},\"TLS.sig\":\"{}\"}}\n",
            c.identifier, c.sdkappid, c.expire, c.time, signature(KEY, &c)
        );
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::none());
        encoder.write_all(doc.as_bytes()).unwrap();
        let sig = to_sig_alphabet(STANDARD.encode(encoder.finish().unwrap()));
        assert_eq!(verify(KEY, &sig, &expected(1_700_000_000)), Ok(c));
    }

    #[test]
    fn altered_claims_fail_the_hmac() {
        let sig = generate(KEY, &claims());
        let (mut c, mac) = decode(&sig).unwrap();
        c.expire = 10 * 86_400 * 365;
        let forged_doc = format!(
            "{{\"TLS.ver\": \"2.0\", \"TLS.identifier\": \"{}\", \"TLS.sdkappid\": {}, \"TLS.expire\": {}, \"TLS.time\": {}, \"TLS.sig\": \"{mac}\"}}",
            c.identifier, c.sdkappid, c.expire, c.time
        );
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(forged_doc.as_bytes()).unwrap();
        let forged = to_sig_alphabet(STANDARD.encode(encoder.finish().unwrap()));
        assert_eq!(
            verify(KEY, &forged, &expected(1_800_000_000)),
            Err(UserSigError::SignatureMismatch)
        );
    }
}
