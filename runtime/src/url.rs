//! Percent-encoding and query strings, for every protocol: RFC 3986 encoding (the V4
//! signature's canonical form, a UserSig in a URL) and the decoding of form- or
//! percent-encoded query strings (`+` is a space).

use std::fmt::Write as _;

/// RFC 3986 encoding: unreserved characters kept, everything else `%XX` (uppercase) over UTF-8.
pub fn uri_encode(value: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b'/' if keep_slash => out.push('/'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Decodes a form- or percent-encoded query string into (key, value) pairs: `+` is a space.
/// Bytes that are not UTF-8 once decoded are replaced (U+FFFD); a verifier uses
/// [`decode_query_strict`] instead.
pub fn decode_query(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (
                String::from_utf8_lossy(&percent_decode(k)).into_owned(),
                String::from_utf8_lossy(&percent_decode(v)).into_owned(),
            )
        })
        .collect()
}

/// [`decode_query`] that refuses a query whose decoded bytes are not UTF-8: two different
/// queries must never canonicalize to the same text (`%FF` and `%FE` both to U+FFFD).
pub fn decode_query_strict(raw: &str) -> Option<Vec<(String, String)>> {
    raw.split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            Some((
                String::from_utf8(percent_decode(k)).ok()?,
                String::from_utf8(percent_decode(v)).ok()?,
            ))
        })
        .collect()
}

fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hi = (bytes[i + 1] as char).to_digit(16);
                let lo = (bytes[i + 2] as char).to_digit(16);
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_follows_rfc_3986() {
        assert_eq!(uri_encode("a b/c~d*é", false), "a%20b%2Fc~d%2A%C3%A9");
        assert_eq!(uri_encode("/a b/", true), "/a%20b/");
        assert_eq!(
            decode_query("a=b+c&d=%2A%zz&e"),
            [
                ("a".into(), "b c".into()),
                ("d".into(), "*%zz".into()),
                ("e".into(), "".into())
            ]
        );
        assert_eq!(decode_query_strict("a=%FF"), None);
        assert_eq!(
            decode_query_strict("a=%C3%BF"),
            Some(vec![("a".into(), "\u{ff}".into())])
        );
    }
}
