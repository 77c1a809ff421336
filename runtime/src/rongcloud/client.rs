//! The RongCloud client: validate, form-encode, sign (a fresh nonce and timestamp per attempt),
//! send, decode.

use bytes::Bytes;
use reqwest::header::HeaderName;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::sign::{self, Credentials};
use super::{decode_response, Endpoint};
use crate::error::Error;
use crate::operation::{Operation, OperationShape};
use crate::redact::Scrubber;
use crate::transport::{header, secret_header, HttpConfig, Transport};
use crate::validate::Validate;

/// What a RongCloud client needs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The app's App Key and App Secret.
    pub credentials: Credentials,
    /// Scheme and host (`https://api.rong-api.com`).
    pub base_url: String,
    /// Timeouts, retries, pacing, validation.
    pub http: HttpConfig,
}

impl Config {
    /// A configuration for an endpoint over HTTPS.
    pub fn new(credentials: Credentials, endpoint: &Endpoint) -> Self {
        Config {
            credentials,
            base_url: format!("https://{}", endpoint.host),
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

/// A client for one RongCloud Server API service. Its `Debug` shows the App Key and never the
/// App Secret.
#[derive(Debug)]
pub struct Client {
    config: Config,
    transport: Transport,
}

impl Client {
    /// Builds the client.
    pub fn new(config: Config) -> Result<Self, Error> {
        if config.credentials.app_key.trim().is_empty()
            || config.credentials.app_secret().trim().is_empty()
        {
            return Err(Error::Config(
                "the App Key and App Secret must not be blank".into(),
            ));
        }
        let transport = Transport::new(config.http.clone())?;
        transport.base_url(&config.base_url)?;
        Ok(Client { config, transport })
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Calls an operation: validates the request (unless turned off), then sends it signed,
    /// retrying what is safe to retry, and decodes the payload.
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
        let url = self.transport.url((op.path, ""), || {
            format!("{}{}", self.config.base_url.trim_end_matches('/'), op.path)
        })?;
        self.transport
            .run(op, || async {
                // A fresh nonce and timestamp for every attempt: a retry is signed anew.
                let nonce = fastrand::u32(..).to_string();
                let now_ms = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
                let signed = sign::sign(&self.config.credentials, &nonce, now_ms);
                // Built only when there is an error to scrub.
                let scrubber = || {
                    Scrubber::new([
                        self.config.credentials.app_secret(),
                        signed.signature.as_str(),
                    ])
                };
                let mut http = self.transport.post(url.clone(), content_type, &body);
                for (name, value) in signed.pairs() {
                    let header_name = HeaderName::from_bytes(name.as_bytes())
                        .map_err(|_| Error::Config(format!("`{name}` is not a header name")))?;
                    let value = if name == sign::HEADERS[3] {
                        secret_header(name, value)?
                    } else {
                        header(name, value)?
                    };
                    http.headers_mut().insert(header_name, value);
                }
                let answer = self
                    .transport
                    .send(http)
                    .await
                    .map_err(|e| e.scrubbed(&scrubber()))?;
                decode_response(op, answer.status, &answer.body, answer.request_id)
                    .map_err(|e| e.with_retry_after(answer.retry_after).scrubbed(&scrubber()))
            })
            .await
    }
}
