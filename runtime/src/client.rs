//! [`ClientBuilder`]: how a generated client is pointed at a region or another server (an
//! emulator, a proxy, a test server) and tuned, without reading the configuration's fields.
//!
//! A generated client's `builder(..)` takes the credentials and starts from the service's
//! default region over HTTPS with [`HttpConfig::default`]. [`region`](ClientBuilder::region)
//! picks another of the service's endpoints, [`base_url`](ClientBuilder::base_url) any server;
//! the setters may come in any order, and the region is applied first, so a `base_url` always
//! wins over the region's host.

use std::fmt;
use std::time::Duration;

use crate::error::Error;
use crate::transport::{HttpConfig, RetryPolicy};

/// A vendor client's configuration, as far as the builder needs to know it.
pub trait ClientConfig: Sized {
    /// One of the service's endpoints.
    type Endpoint: 'static;

    /// The region key of an endpoint (`cn-north-1`, `singapore`).
    fn region(endpoint: &Self::Endpoint) -> &str;

    /// Points the configuration at an endpoint: its host over HTTPS, and whatever else the
    /// vendor ties to the region (Volcengine's signing region).
    fn use_endpoint(&mut self, endpoint: &Self::Endpoint);

    /// Scheme, host and port of the server called.
    fn base_url_mut(&mut self) -> &mut String;

    /// Timeouts, retries, pacing, validation and transport limits.
    fn http_mut(&mut self) -> &mut HttpConfig;
}

type Adjustment<Cfg> = Box<dyn FnOnce(&mut Cfg) + Send + Sync>;

/// Builds a generated client: credentials first (in the client's `builder(..)`), then any of
/// the setters below, then [`build`](Self::build).
///
/// ```text
/// let client = Client::builder(credentials)
///     .region("ap-southeast-1")
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// ```
pub struct ClientBuilder<Cfg: ClientConfig, C> {
    config: Cfg,
    endpoints: &'static [Cfg::Endpoint],
    region: Option<String>,
    adjustments: Vec<Adjustment<Cfg>>,
    build: fn(Cfg) -> Result<C, Error>,
}

impl<Cfg: ClientConfig + fmt::Debug, C> fmt::Debug for ClientBuilder<Cfg, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("config", &self.config)
            .field("region", &self.region)
            .field("adjustments", &self.adjustments.len())
            .finish_non_exhaustive()
    }
}

impl<Cfg: ClientConfig, C> ClientBuilder<Cfg, C> {
    /// A builder starting from `config` (the default endpoint's), choosing regions among
    /// `endpoints`, finished by `build`. Generated clients call this from their `builder(..)`.
    pub fn new(
        config: Cfg,
        endpoints: &'static [Cfg::Endpoint],
        build: fn(Cfg) -> Result<C, Error>,
    ) -> Self {
        ClientBuilder {
            config,
            endpoints,
            region: None,
            adjustments: Vec::new(),
            build,
        }
    }

    fn then(mut self, adjust: impl FnOnce(&mut Cfg) + Send + Sync + 'static) -> Self {
        self.adjustments.push(Box::new(adjust));
        self
    }

    /// Calls the service in another of its regions, by key (the client module's `ENDPOINTS`
    /// lists them). An unknown key is an [`Error::Config`] from [`build`](Self::build) that
    /// names the known ones.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Calls another server: scheme, host and port, such as `http://127.0.0.1:8080` for the
    /// emulator. Wins over [`region`](Self::region)'s host. A plain `http://` URL also needs
    /// [`allow_http`](Self::allow_http).
    pub fn base_url(self, base_url: impl Into<String>) -> Self {
        let base_url = base_url.into();
        self.then(move |c| *c.base_url_mut() = base_url)
    }

    /// Allows a plain `http://` base URL (off by default: credentials travel in every
    /// request). For servers on your own machine, such as the emulator.
    pub fn allow_http(self, allow: bool) -> Self {
        self.then(move |c| c.http_mut().allow_http = allow)
    }

    /// How long a whole attempt may take, answer included (30 s by default).
    pub fn timeout(self, timeout: Duration) -> Self {
        self.then(move |c| c.http_mut().timeout = timeout)
    }

    /// How long to wait for a connection (5 s by default).
    pub fn connect_timeout(self, timeout: Duration) -> Self {
        self.then(move |c| c.http_mut().connect_timeout = timeout)
    }

    /// When and how often failed calls are tried again ([`RetryPolicy::default`]: three
    /// attempts). Only what is safe to repeat is ever retried.
    pub fn retry(self, retry: RetryPolicy) -> Self {
        self.then(move |c| c.http_mut().retry = retry)
    }

    /// Whether calls are spaced to each operation's documented rate limit (off by default).
    pub fn pacing(self, pacing: bool) -> Self {
        self.then(move |c| c.http_mut().pacing = pacing)
    }

    /// Whether requests are validated before they are sent (on by default).
    pub fn validate(self, validate: bool) -> Self {
        self.then(move |c| c.http_mut().validate = validate)
    }

    /// The `User-Agent` header (`imapi/<version>` by default).
    pub fn user_agent(self, user_agent: impl Into<String>) -> Self {
        let user_agent = user_agent.into();
        self.then(move |c| c.http_mut().user_agent = user_agent)
    }

    /// The largest answer body read (4 MiB by default); a larger one is
    /// [`Error::ResponseTooLarge`].
    pub fn max_response_bytes(self, limit: u64) -> Self {
        self.then(move |c| c.http_mut().max_response_bytes = limit)
    }

    /// The longest `Retry-After` waited for before a retry (10 s by default).
    pub fn max_retry_after(self, limit: Duration) -> Self {
        self.then(move |c| c.http_mut().max_retry_after = limit)
    }

    /// Replaces every HTTP setting at once.
    pub fn http(self, http: HttpConfig) -> Self {
        self.then(move |c| *c.http_mut() = http)
    }

    /// Changes anything else in the vendor's configuration.
    pub fn configure(self, adjust: impl FnOnce(&mut Cfg) + Send + Sync + 'static) -> Self {
        self.then(adjust)
    }

    /// The configuration the client would be built with.
    pub fn into_config(self) -> Result<Cfg, Error> {
        let mut config = self.config;
        if let Some(region) = &self.region {
            let endpoint = self
                .endpoints
                .iter()
                .find(|e| Cfg::region(e) == region)
                .ok_or_else(|| {
                    let known: Vec<String> = self
                        .endpoints
                        .iter()
                        .map(|e| format!("`{}`", Cfg::region(e)))
                        .collect();
                    Error::Config(format!(
                        "unknown region `{}`; known: {}",
                        region.chars().take(60).collect::<String>(),
                        known.join(", ")
                    ))
                })?;
            config.use_endpoint(endpoint);
        }
        for adjust in self.adjustments {
            adjust(&mut config);
        }
        Ok(config)
    }

    /// The client. Fails on an unknown region, a base URL that is not a URL (or is plain
    /// `http://` without [`allow_http`](Self::allow_http)), or settings the vendor's client
    /// refuses.
    pub fn build(self) -> Result<C, Error> {
        let build = self.build;
        build(self.into_config()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tencent;
    use crate::volcengine::{self, Credentials};

    const VOLC: &[volcengine::Endpoint] = &[
        volcengine::Endpoint {
            region: "cn-north-1",
            host: "rtc.volcengineapi.com",
            signing_region: "cn-north-1",
        },
        volcengine::Endpoint {
            region: "ap-southeast-1",
            host: "open-ap-singapore-1.volcengineapi.com",
            signing_region: "ap-southeast-1",
        },
    ];

    const TENCENT: &[tencent::Endpoint] = &[tencent::Endpoint {
        region: "china",
        host: "console.tim.qq.com",
        backup_host: None,
    }];

    fn volc() -> ClientBuilder<volcengine::Config, volcengine::Config> {
        let config = volcengine::Config::new(
            Credentials::new("AKLTexample", "secret"),
            &VOLC[0],
            "rtc",
            "2020-12-01",
        );
        ClientBuilder::new(config, VOLC, Ok)
    }

    #[test]
    fn defaults_are_the_first_endpoint_over_https() {
        let config = volc().build().unwrap();
        assert_eq!(config.base_url, "https://rtc.volcengineapi.com");
        assert_eq!(config.signing_region, "cn-north-1");
        assert_eq!(config.http.timeout, HttpConfig::default().timeout);
    }

    #[test]
    fn a_region_sets_host_and_signing_region() {
        let config = volc().region("ap-southeast-1").build().unwrap();
        assert_eq!(
            config.base_url,
            "https://open-ap-singapore-1.volcengineapi.com"
        );
        assert_eq!(config.signing_region, "ap-southeast-1");
    }

    #[test]
    fn a_base_url_wins_over_the_region_in_any_order() {
        for builder in [
            volc()
                .base_url("http://127.0.0.1:9")
                .region("ap-southeast-1"),
            volc()
                .region("ap-southeast-1")
                .base_url("http://127.0.0.1:9"),
        ] {
            let config = builder.build().unwrap();
            assert_eq!(config.base_url, "http://127.0.0.1:9");
            assert_eq!(config.signing_region, "ap-southeast-1");
        }
    }

    #[test]
    fn an_unknown_region_names_the_known_ones() {
        let e = volc().region("mars-1").build().unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid client configuration: unknown region `mars-1`; known: `cn-north-1`, `ap-southeast-1`"
        );
    }

    #[test]
    fn http_settings_apply_in_order() {
        let retry = RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        };
        let config = volc()
            .timeout(Duration::from_secs(3))
            .connect_timeout(Duration::from_secs(1))
            .retry(retry)
            .pacing(true)
            .validate(false)
            .user_agent("mine/1")
            .allow_http(true)
            .max_response_bytes(1024)
            .max_retry_after(Duration::from_secs(2))
            .configure(|c| c.version = "2023-11-01".into())
            .build()
            .unwrap();
        let http = &config.http;
        assert_eq!(http.timeout, Duration::from_secs(3));
        assert_eq!(http.connect_timeout, Duration::from_secs(1));
        assert_eq!(http.retry, retry);
        assert!(http.pacing && !http.validate && http.allow_http);
        assert_eq!(http.user_agent, "mine/1");
        assert_eq!(http.max_response_bytes, 1024);
        assert_eq!(http.max_retry_after, Duration::from_secs(2));
        assert_eq!(config.version, "2023-11-01");

        let config = volc()
            .timeout(Duration::from_secs(3))
            .http(HttpConfig::default())
            .build()
            .unwrap();
        assert_eq!(config.http.timeout, HttpConfig::default().timeout);
    }

    #[test]
    fn tencent_builds_too_and_debug_keeps_the_key() {
        let config = tencent::Config::new(1400000000, "administrator", "s3cret-key", &TENCENT[0]);
        let builder: ClientBuilder<tencent::Config, tencent::Client> =
            ClientBuilder::new(config, TENCENT, tencent::Client::new);
        let shown = format!("{builder:?}");
        assert!(!shown.contains("s3cret-key"), "{shown}");
        let e = builder.base_url("http://127.0.0.1:9").build().unwrap_err();
        assert!(e.to_string().contains("http"), "{e}");
        let config = tencent::Config::new(1400000000, "administrator", "s3cret-key", &TENCENT[0]);
        let client = ClientBuilder::new(config, TENCENT, tencent::Client::new)
            .base_url("http://127.0.0.1:9")
            .allow_http(true)
            .build()
            .unwrap();
        assert_eq!(client.config().base_url, "http://127.0.0.1:9");
    }
}
