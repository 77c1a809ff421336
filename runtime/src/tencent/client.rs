//! The Tencent client: validate, put the admin's UserSig (cached until near expiry) and a fresh
//! `random` in the query, send, decode.

use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::usersig::{self, UserSigClaims};
use super::{decode_response, Endpoint};
use crate::error::Error;
use crate::operation::{Operation, OperationShape};
use crate::redact::{Scrubber, REDACTED};
use crate::transport::{HttpConfig, Transport};
use crate::url::uri_encode_into;
use crate::validate::Validate;

/// What a Tencent Cloud Chat client needs.
#[derive(Clone)]
pub struct Config {
    /// The app's SDKAppID.
    pub sdkappid: u64,
    /// The App admin account the calls are made as.
    pub identifier: String,
    /// The console's secret key, from which UserSigs are made.
    pub secret_key: String,
    /// Scheme and host (`https://console.tim.qq.com`).
    pub base_url: String,
    /// How long each generated UserSig is valid; a new one is made when less than a tenth of
    /// this is left.
    pub usersig_validity: Duration,
    /// Timeouts, retries, pacing, validation.
    pub http: HttpConfig,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("sdkappid", &self.sdkappid)
            .field("identifier", &self.identifier)
            .field("secret_key", &REDACTED)
            .field("base_url", &self.base_url)
            .field("usersig_validity", &self.usersig_validity)
            .field("http", &self.http)
            .finish()
    }
}

impl Config {
    /// A configuration for an endpoint over HTTPS; UserSigs last a day.
    pub fn new(sdkappid: u64, identifier: &str, secret_key: &str, endpoint: &Endpoint) -> Self {
        Config {
            sdkappid,
            identifier: identifier.to_owned(),
            secret_key: secret_key.to_owned(),
            base_url: format!("https://{}", endpoint.host),
            usersig_validity: Duration::from_secs(86_400),
            http: HttpConfig::default(),
        }
    }
}

impl crate::client::ClientConfig for Config {
    type Endpoint = Endpoint;

    fn region(endpoint: &Endpoint) -> &str {
        endpoint.region
    }

    fn use_endpoint(&mut self, endpoint: &Endpoint) {
        self.base_url = format!("https://{}", endpoint.host);
    }

    fn base_url_mut(&mut self) -> &mut String {
        &mut self.base_url
    }

    fn http_mut(&mut self) -> &mut HttpConfig {
        &mut self.http
    }
}

impl<C> crate::client::ClientBuilder<Config, C> {
    /// How long each generated UserSig is valid (a day by default, at least a minute).
    pub fn usersig_validity(self, validity: Duration) -> Self {
        self.configure(move |c| c.usersig_validity = validity)
    }
}

/// A client for one Tencent Cloud Chat REST service. Its `Debug` shows the configuration (the
/// secret key redacted) and never the cached UserSig.
pub struct Client {
    config: Config,
    transport: Transport,
    usersig: Mutex<Option<(String, u64)>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.config)
            .field("usersig", &REDACTED)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Builds the client.
    pub fn new(config: Config) -> Result<Self, Error> {
        if config.usersig_validity.as_secs() < 60 {
            return Err(Error::Config(
                "usersig_validity must be at least a minute".into(),
            ));
        }
        let transport = Transport::new(config.http.clone())?;
        transport.base_url(&config.base_url)?;
        Ok(Client {
            config,
            transport,
            usersig: Mutex::new(None),
        })
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The admin's UserSig, made anew when the cached one is near its expiry.
    pub fn usersig(&self) -> String {
        let now = crate::unix_now();
        let validity = self.config.usersig_validity.as_secs();
        let mut cached = self.usersig.lock().unwrap_or_else(|p| p.into_inner());
        match &*cached {
            Some((sig, expires_at)) if now + validity / 10 < *expires_at => sig.clone(),
            _ => {
                let claims = UserSigClaims {
                    identifier: self.config.identifier.clone(),
                    sdkappid: self.config.sdkappid,
                    time: now,
                    expire: validity,
                    userbuf: None,
                };
                let sig = usersig::generate(&self.config.secret_key, &claims);
                *cached = Some((sig.clone(), claims.expires_at()));
                sig
            }
        }
    }

    /// Calls an operation: validates the request (unless turned off), then sends it with the
    /// query credentials, retrying what is safe to retry, and decodes the payload.
    pub async fn call<Op: OperationShape>(&self, request: &Op::Input) -> Result<Op::Output, Error> {
        // An operation made idempotent by a dedupe field is retried only when it carries it.
        let op = Operation {
            idempotent: Op::idempotent(request),
            ..Op::OP
        };
        self.call_op(&op, request).await
    }

    /// [`call`](Self::call) for an operation known only by its facts.
    pub async fn call_op<Req, Resp>(&self, op: &Operation, request: &Req) -> Result<Resp, Error>
    where
        Req: Serialize + Validate,
        Resp: DeserializeOwned,
    {
        let (body, content_type) = self.transport.encode(op.body, request)?;
        let body = Bytes::from(body);
        let base = self.transport.url((op.path, ""), || {
            format!("{}{}", self.config.base_url.trim_end_matches('/'), op.path)
        })?;
        self.transport
            .run(op, || async {
                let usersig = self.usersig();
                let mut query = String::with_capacity(usersig.len() + 128);
                let sdkappid = self.config.sdkappid.to_string();
                let random = fastrand::u32(..).to_string();
                let values = [
                    sdkappid.as_str(),
                    self.config.identifier.as_str(),
                    usersig.as_str(),
                    random.as_str(),
                    "json",
                ];
                for (i, (name, value)) in super::QUERY_PARAMETERS.iter().zip(values).enumerate() {
                    if i > 0 {
                        query.push('&');
                    }
                    query.push_str(name);
                    query.push('=');
                    uri_encode_into(&mut query, value, false);
                }
                let mut url = base.clone();
                url.set_query(Some(&query));
                // Built only when there is an error to scrub.
                let scrubber =
                    || Scrubber::new([self.config.secret_key.as_str(), usersig.as_str()]);
                let http = self.transport.post(url, content_type, &body);
                let answer = self
                    .transport
                    .send(http)
                    .await
                    .map_err(|e| e.scrubbed(&scrubber()))?;
                decode_response(op, answer.status, &answer.body)
                    .map_err(|e| e.with_retry_after(answer.retry_after).scrubbed(&scrubber()))
            })
            .await
    }
}
