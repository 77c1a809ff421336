//! Keeping credentials out of everything a person reads: `Debug` output, error messages, logs.
//!
//! Types that hold a secret write [`REDACTED`] in its place in their `Debug`. Error text that
//! comes from elsewhere (a transport error, a body a server sent back) goes through a
//! [`Scrubber`] that knows the call's secrets and blanks them out, as written and as
//! percent-encoded in a URL, so a proxy page that echoes the request URL cannot leak a UserSig.

use std::borrow::Cow;

/// What `Debug` output and scrubbed text show in place of a secret.
pub const REDACTED: &str = "<redacted>";

/// Whether two secrets (a token, a signature) are equal, compared in time that depends only on
/// their lengths, so that timing does not tell a guesser how much of one was right.
pub fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Secrets shorter than this are not searched for: they would blank out ordinary words, and no
/// real key, UserSig, token or signature is this short.
const MIN_SECRET_LEN: usize = 8;

/// The secrets of one call, to blank out of any text about it.
#[derive(Default)]
pub struct Scrubber {
    needles: Vec<String>,
}

impl std::fmt::Debug for Scrubber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Scrubber({} secrets)", self.needles.len())
    }
}

impl Scrubber {
    /// A scrubber for these secrets (empty and very short ones are ignored).
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Self {
        let mut scrubber = Scrubber::default();
        for secret in secrets {
            scrubber.add(secret);
        }
        scrubber
    }

    /// Adds a secret, and its percent-encoded spelling when that differs.
    pub fn add(&mut self, secret: &str) {
        if secret.len() < MIN_SECRET_LEN {
            return;
        }
        let encoded = crate::url::uri_encode(secret, false);
        if encoded != secret {
            self.needles.push(encoded);
        }
        self.needles.push(secret.to_owned());
        // Longest first, so a secret that contains another is blanked out whole.
        self.needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
    }

    /// `text` with every secret replaced by [`REDACTED`].
    pub fn scrub<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut out = Cow::Borrowed(text);
        for needle in &self.needles {
            if out.contains(needle.as_str()) {
                out = Cow::Owned(out.replace(needle.as_str(), REDACTED));
            }
        }
        out
    }

    /// Scrubs a string in place.
    pub fn scrub_in_place(&self, text: &mut String) {
        if let Cow::Owned(clean) = self.scrub(text) {
            *text = clean;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_blanked_as_written_and_as_encoded() {
        let s = Scrubber::new(["eJw1jE0*Lgo-Xk_", "", "short"]);
        assert_eq!(
            s.scrub("GET /v4/x?usersig=eJw1jE0%2ALgo-Xk_&random=1"),
            "GET /v4/x?usersig=<redacted>&random=1"
        );
        assert_eq!(s.scrub("sig eJw1jE0*Lgo-Xk_ again"), "sig <redacted> again");
        assert_eq!(s.scrub("a short word"), "a short word");
        assert!(matches!(s.scrub("nothing here"), Cow::Borrowed(_)));
        assert_eq!(format!("{s:?}"), "Scrubber(2 secrets)");
    }
}
