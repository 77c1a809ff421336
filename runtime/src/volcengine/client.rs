//! The Volcengine client: validate, sign (fresh `X-Date` per attempt), send, decode.

use bytes::Bytes;
use reqwest::header::{HeaderName, HeaderValue, ACCEPT, AUTHORIZATION};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::sign::{self, format_x_date, Credentials, SignInput};
use super::{decode_response, Endpoint};
use crate::error::Error;
use crate::operation::{Operation, OperationShape};
use crate::redact::Scrubber;
use crate::transport::{header, secret_header, HttpConfig, Transport};
use crate::validate::Validate;

const X_DATE: HeaderName = HeaderName::from_static("x-date");
const X_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-content-sha256");
const X_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-security-token");

/// What a Volcengine client needs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The access key pair (and STS token).
    pub credentials: Credentials,
    /// Scheme and host, and port if not the default (`https://rtc.volcengineapi.com`).
    pub base_url: String,
    /// The region in the signature's credential scope.
    pub signing_region: String,
    /// The service in the credential scope (`rtc`).
    pub service: String,
    /// The API version sent as `Version`.
    pub version: String,
    /// Timeouts, retries, pacing, validation.
    pub http: HttpConfig,
}

impl Config {
    /// A configuration for an endpoint over HTTPS.
    pub fn new(
        credentials: Credentials,
        endpoint: &Endpoint,
        service: &str,
        version: &str,
    ) -> Self {
        Config {
            credentials,
            base_url: format!("https://{}", endpoint.host),
            signing_region: endpoint.signing_region.to_owned(),
            service: service.to_owned(),
            version: version.to_owned(),
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
        self.signing_region = endpoint.signing_region.to_owned();
    }

    fn base_url_mut(&mut self) -> &mut String {
        &mut self.base_url
    }

    fn http_mut(&mut self) -> &mut HttpConfig {
        &mut self.http
    }
}

impl<C> crate::client::ClientBuilder<Config, C> {
    /// Signs with an STS session token as well (sent as `X-Security-Token`).
    pub fn session_token(self, token: impl Into<String>) -> Self {
        let token = token.into();
        self.configure(move |c| c.credentials.session_token = Some(token))
    }

    /// The region named in the signature's credential scope, when the server called is not
    /// one of the service's endpoints (the region's own is set by
    /// [`region`](crate::client::ClientBuilder::region)).
    pub fn signing_region(self, region: impl Into<String>) -> Self {
        let region = region.into();
        self.configure(move |c| c.signing_region = region)
    }
}

/// A signed-request client for one Volcengine service.
#[derive(Debug)]
pub struct Client {
    config: Config,
    host: String,
    transport: Transport,
}

impl Client {
    /// Builds the client.
    pub fn new(config: Config) -> Result<Self, Error> {
        let transport = Transport::new(config.http.clone())?;
        let url = transport.base_url(&config.base_url)?;
        let host = match (url.host_str(), url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (host, _) => host.unwrap_or_default().to_owned(),
        };
        Ok(Client {
            config,
            host,
            transport,
        })
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Calls an operation: validates the request (unless turned off), then signs and sends it,
    /// retrying what is safe to retry, and decodes the `Result`.
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
        let action = op
            .action
            .ok_or_else(|| Error::Config(format!("operation {} has no Action", op.name)))?;
        let query = [
            ("Action", action),
            ("Version", self.config.version.as_str()),
        ];
        let url = self.transport.url((op.path, action), || {
            format!(
                "{}{}?{}",
                self.config.base_url.trim_end_matches('/'),
                op.path,
                sign::canonical_query(&query)
            )
        })?;
        self.transport
            .run(op, || async {
                let x_date = format_x_date(crate::unix_now());
                let signed = sign::sign(
                    &SignInput {
                        method: "POST",
                        host: &self.host,
                        path: op.path,
                        query: &query,
                        content_type,
                        body: &body,
                        x_date: &x_date,
                        region: &self.config.signing_region,
                        service: &self.config.service,
                    },
                    &self.config.credentials,
                );
                // Built only when there is an error to scrub.
                let scrubber = || {
                    let credentials = &self.config.credentials;
                    Scrubber::new(
                        [
                            credentials.secret_access_key.as_str(),
                            credentials.session_token.as_deref().unwrap_or_default(),
                            signed.authorization.as_str(),
                        ]
                        .into_iter()
                        .chain(signed.signature()),
                    )
                };
                let mut http = self.transport.post(url.clone(), content_type, &body);
                let headers = http.headers_mut();
                headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
                headers.insert(
                    AUTHORIZATION,
                    secret_header("signature", &signed.authorization)?,
                );
                headers.insert(X_DATE, header("X-Date", &signed.x_date)?);
                headers.insert(
                    X_CONTENT_SHA256,
                    header("body hash", &signed.x_content_sha256)?,
                );
                if let Some(token) = &signed.x_security_token {
                    headers.insert(X_SECURITY_TOKEN, secret_header("session token", token)?);
                }
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
