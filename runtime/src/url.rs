//! Percent-encoding and query strings, for every protocol: RFC 3986 encoding (the V4
//! signature's canonical form, a UserSig in a URL) and the decoding of form- or
//! percent-encoded query strings (`+` is a space).

use std::borrow::Cow;

/// RFC 3986 encoding: unreserved characters kept, everything else `%XX` (uppercase) over UTF-8.
pub fn uri_encode(value: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(value.len());
    uri_encode_into(&mut out, value, keep_slash);
    out
}

/// [`uri_encode`] appended to `out`; runs of unreserved characters are copied whole.
pub fn uri_encode_into(out: &mut String, value: &str, keep_slash: bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let kept = |b: u8| {
        matches!(b, b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~')
            || (keep_slash && b == b'/')
    };
    let mut rest = value;
    while !rest.is_empty() {
        let run = rest.bytes().position(|b| !kept(b)).unwrap_or(rest.len());
        out.push_str(&rest[..run]);
        let Some(&b) = rest.as_bytes().get(run) else {
            break;
        };
        out.push('%');
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
        // `b` begins or continues a character; the next run starts at the next byte, which
        // may sit inside that character, so the rest is walked by bytes until a boundary.
        let mut next = run + 1;
        while next < rest.len() && !rest.is_char_boundary(next) {
            let b = rest.as_bytes()[next];
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
            next += 1;
        }
        rest = &rest[next..];
    }
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
/// queries must never canonicalize to the same text (`%FF` and `%FE` both to U+FFFD). A key or
/// value with nothing to decode is borrowed from `raw` (every request a server verifies has
/// its query decoded, and most have no escapes).
pub fn decode_query_strict(raw: &str) -> Option<Vec<(Cow<'_, str>, Cow<'_, str>)>> {
    fn decode(s: &str) -> Option<Cow<'_, str>> {
        if s.bytes().any(|b| b == b'%' || b == b'+') {
            String::from_utf8(percent_decode(s)).ok().map(Cow::Owned)
        } else {
            Some(Cow::Borrowed(s))
        }
    }
    raw.split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

/// The values of `names` in a query, as [`decode_query_strict`] would give them (the first
/// pair of each name, `None` for a name not there), without collecting every pair: `None` when
/// the query does not decode. A router reads the one or two parameters it routes by this way.
pub fn query_values<'q, const N: usize>(
    raw: &'q str,
    names: [&str; N],
) -> Option<[Option<Cow<'q, str>>; N]> {
    fn decode(s: &str) -> Option<Cow<'_, str>> {
        if s.bytes().any(|b| b == b'%' || b == b'+') {
            String::from_utf8(percent_decode(s)).ok().map(Cow::Owned)
        } else {
            Some(Cow::Borrowed(s))
        }
    }
    let mut found = [const { None }; N];
    for part in raw.split('&').filter(|part| !part.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        // Every pair is decoded, so that a query the verifier would refuse is refused here too.
        let (k, v) = (decode(k)?, decode(v)?);
        if let Some(i) = names.iter().position(|name| *name == k) {
            if found[i].is_none() {
                found[i] = Some(v);
            }
        }
    }
    Some(found)
}

fn percent_decode(s: &str) -> Vec<u8> {
    fn hex(b: &u8) -> Option<u8> {
        char::from(*b)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    }
    let mut out = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    // The runs between escapes are copied whole: a UserSig is hundreds of plain bytes.
    while let Some(at) = rest.iter().position(|&b| b == b'%' || b == b'+') {
        out.extend_from_slice(&rest[..at]);
        if rest[at] == b'+' {
            out.push(b' ');
            rest = &rest[at + 1..];
            continue;
        }
        match (
            rest.get(at + 1).and_then(hex),
            rest.get(at + 2).and_then(hex),
        ) {
            (Some(high), Some(low)) => {
                out.push(high << 4 | low);
                rest = &rest[at + 3..];
            }
            _ => {
                out.push(b'%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.extend_from_slice(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_the_first_pairs_the_full_decoding_gives() {
        for raw in [
            "Action=ModifyMessage&Version=2020-12-01",
            "Version=2020-12-01&&Action=A&Action=B",
            "Act%69on=Modify+Message&Other=%E4%B8%AD",
            "Action",
            "Action=&Version",
            "",
        ] {
            let all = decode_query_strict(raw).unwrap();
            let first = |name: &str| all.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
            let [action, version, missing] = query_values(raw, ["Action", "Version", "Missing"])
                .unwrap_or_else(|| panic!("{raw} decodes"));
            assert_eq!(action, first("Action"), "{raw}");
            assert_eq!(version, first("Version"), "{raw}");
            assert_eq!(missing, None, "{raw}");
        }
        // A query the verifier would refuse is refused, whichever pair breaks it.
        for raw in ["Action=A&Other=%FF", "%FE=1&Action=A", "Action=%C3"] {
            assert!(decode_query_strict(raw).is_none(), "{raw}");
            assert!(query_values(raw, ["Action"]).is_none(), "{raw}");
        }
        assert_eq!(
            query_values("Action=A", ["Action"]).unwrap()[0],
            Some(Cow::Borrowed("A")),
            "nothing to decode is borrowed"
        );
    }

    #[test]
    fn percent_decoding_copies_plain_runs_and_keeps_broken_escapes() {
        assert_eq!(percent_decode("abc"), b"abc");
        assert_eq!(percent_decode("a+b%2Bc%2b"), b"a b+c+");
        assert_eq!(percent_decode("%"), b"%");
        assert_eq!(percent_decode("x%4"), b"x%4");
        assert_eq!(percent_decode("%%41"), b"%A");
        assert_eq!(percent_decode("%e9%zz%C3%A9"), b"\xe9%zz\xc3\xa9");
        assert_eq!(percent_decode("\u{e9}%41"), "\u{e9}A".as_bytes());
    }

    #[test]
    fn encoding_by_runs_matches_encoding_byte_by_byte() {
        fn byte_by_byte(value: &str, keep_slash: bool) -> String {
            value
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                        char::from(b).to_string()
                    }
                    b'/' if keep_slash => "/".to_owned(),
                    _ => format!("%{b:02X}"),
                })
                .collect()
        }
        let alphabet = [
            'a', 'Z', '0', '-', '~', '/', ' ', '%', '+', '&', 'é', '中', '😀', '\u{7f}',
        ];
        // A fixed xorshift sequence: the same strings on every run.
        let mut state = 29u64;
        let mut next = |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        };
        for _ in 0..2000 {
            let len = next(12);
            let value: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            for keep_slash in [false, true] {
                assert_eq!(
                    uri_encode(&value, keep_slash),
                    byte_by_byte(&value, keep_slash),
                    "{value:?}"
                );
            }
        }
    }

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
        assert_eq!(decode_query_strict("%FF=a"), None);
        let decoded = decode_query_strict("a=%C3%BF&b+c=d&e").unwrap();
        assert_eq!(
            decoded,
            [
                (Cow::from("a"), Cow::from("\u{ff}")),
                ("b c".into(), "d".into()),
                ("e".into(), "".into())
            ]
        );
        // Only what had something to decode is a copy.
        assert!(matches!(decoded[0].0, Cow::Borrowed(_)));
        assert!(matches!(decoded[0].1, Cow::Owned(_)));
        assert!(matches!(decoded[2].0, Cow::Borrowed(_)));
    }
}
