//! Secrets as servers hold them. Each vendor's credentials (access keys, apps) are its own
//! types, in its `server` module; this one only makes sure a secret is never shown.

use std::sync::Arc;

use crate::redact::REDACTED;

/// A secret key. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Arc<str>);

impl Secret {
    /// Wraps a secret.
    pub fn new(secret: &str) -> Self {
        Secret(secret.into())
    }

    /// The secret itself, to sign or verify with.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether it is empty or only white space: no secret at all, since anyone could sign
    /// with it. Servers treat a key store's blank secret as no key.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_shows() {
        let secret = Secret::new("the-secret-access-key");
        assert_eq!(format!("{secret:?}"), REDACTED);
        assert_eq!(secret.expose(), "the-secret-access-key");
        assert!(!secret.is_blank());
        assert!(Secret::new(" \t").is_blank());
    }
}
