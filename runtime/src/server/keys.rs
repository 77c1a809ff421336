//! Who may call a server: access keys with their secrets (Volcengine), apps with their secret
//! keys and administrators (Tencent).

use std::collections::HashMap;
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
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REDACTED)
    }
}

/// A Tencent Cloud Chat app, as a server knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TencentApp {
    /// The console's secret key, which UserSigs are made with.
    pub secret_key: Secret,
    /// The accounts that are app administrators (the REST API takes calls from them only).
    pub admins: Vec<String>,
}

/// Where a server finds credentials. Implement it over your own store; [`StaticKeys`] holds a
/// fixed set.
pub trait KeyStore: Send + Sync + std::fmt::Debug + 'static {
    /// The secret access key of a Volcengine access key id.
    fn volcengine_secret(&self, _access_key_id: &str) -> Option<Secret> {
        None
    }

    /// A Tencent app by its SDKAppID.
    fn tencent_app(&self, _sdkappid: u64) -> Option<TencentApp> {
        None
    }
}

/// A fixed set of credentials.
#[derive(Debug, Clone, Default)]
pub struct StaticKeys {
    volcengine: HashMap<String, Secret>,
    tencent: HashMap<u64, TencentApp>,
}

impl StaticKeys {
    /// No credentials.
    pub fn new() -> Self {
        StaticKeys::default()
    }

    /// Adds a Volcengine access key pair.
    pub fn with_access_key(mut self, access_key_id: &str, secret_access_key: &str) -> Self {
        self.volcengine
            .insert(access_key_id.to_owned(), Secret::new(secret_access_key));
        self
    }

    /// Adds a Tencent app with its secret key and administrators.
    pub fn with_tencent_app(mut self, sdkappid: u64, secret_key: &str, admins: &[&str]) -> Self {
        self.tencent.insert(
            sdkappid,
            TencentApp {
                secret_key: Secret::new(secret_key),
                admins: admins.iter().map(|a| (*a).to_owned()).collect(),
            },
        );
        self
    }
}

impl KeyStore for StaticKeys {
    fn volcengine_secret(&self, access_key_id: &str) -> Option<Secret> {
        self.volcengine.get(access_key_id).cloned()
    }

    fn tencent_app(&self, sdkappid: u64) -> Option<TencentApp> {
        self.tencent.get(&sdkappid).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show() {
        let keys = StaticKeys::new()
            .with_access_key("AK", "the-secret-access-key")
            .with_tencent_app(1400000000, "the-console-key", &["administrator"]);
        let shown = format!("{keys:?}");
        assert!(!shown.contains("the-secret"), "{shown}");
        assert!(!shown.contains("the-console"), "{shown}");
        assert!(shown.contains("administrator"));
        assert_eq!(
            keys.volcengine_secret("AK").unwrap().expose(),
            "the-secret-access-key"
        );
        assert!(keys.tencent_app(1).is_none());
    }
}
