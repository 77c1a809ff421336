// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The client of RongCloud IM Server API.
//!
//! Each call is validated, form-encoded and signed with a fresh nonce and timestamp (`Signature` is the hex SHA-1 of the App Secret, the nonce and the timestamp); the `code` envelope is decoded: any code but 200 becomes [`Error::Vendor`] with its code, `errorMessage` and the `X-Request-Id` the server answered with.
//!
//! Failures that cannot have been applied (no connection, throttling) are retried with capped, jittered backoff; others only for idempotent operations. [`Client::new`] calls the default region with the default settings; [`Client::builder`] picks another region or server and sets timeouts, retries, pacing to the documented rate limits, and validation.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use imapi::rongcloud_im::client::{Client, Credentials};
//!
//! let client = Client::builder(Credentials::new("<app key>", "<app secret>"))
//!     .region("singapore") // a key of ENDPOINTS
//!     .timeout(Duration::from_secs(10))
//!     .build()?;
//!
//! // Any other server, such as the emulator on this machine:
//! let local = Client::builder(Credentials::new("<app key>", "<app secret>"))
//!     .base_url("http://127.0.0.1:8080")
//!     .allow_http(true)
//!     .build()?;
//! # Ok::<(), imapi::Error>(())
//! ```

use imapi_runtime::{Error, OperationShape};
use imapi_runtime::rongcloud;
use super::{RongcloudIm, UserInfo, UserInfoRequest, UserInfoResponse};

#[doc(inline)]
pub use rongcloud::{Config, Endpoint, Credentials};

/// Where the service answers; the default region first.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        region: "china",
        host: "api.rong-api.com",
        backup_host: Some("api-b.rong-api.com"),
    },
    Endpoint {
        region: "singapore",
        host: "api.sg-light-api.com",
        backup_host: Some("api-b.sg-light-api.com"),
    },
    Endpoint {
        region: "singapore-b",
        host: "api.sg-b-light-api.com",
        backup_host: Some("api-b.sg-b-light-api.com"),
    },
    Endpoint {
        region: "north-america",
        host: "api.us-light-api.com",
        backup_host: Some("api-b.us-light-api.com"),
    },
    Endpoint {
        region: "saudi-arabia",
        host: "api.sau-light-api.com",
        backup_host: Some("api-b.sau-light-api.com"),
    },
];

/// Builds a [`Client`]: [`Client::builder`], the settings, then
/// [`build`](ClientBuilder::build).
pub type ClientBuilder = imapi_runtime::ClientBuilder<Config, Client>;

/// A client of RongCloud IM Server API.
#[derive(Debug)]
pub struct Client {
    inner: rongcloud::Client,
}

impl Client {
    /// A client of the default region (the first of [`ENDPOINTS`]) with the default settings, given the app's App Key and App Secret ([`Credentials::new`]).
    pub fn new(credentials: Credentials) -> Result<Self, Error> {
        Self::builder(credentials).build()
    }

    /// A builder starting from the default region and settings, given the app's App Key and App Secret ([`Credentials::new`]): pick a region or another server, set timeouts, retries, pacing and validation, then [`build`](ClientBuilder::build).
    pub fn builder(credentials: Credentials) -> ClientBuilder {
        ClientBuilder::new(
            Config::new(credentials, &ENDPOINTS[0]),
            ENDPOINTS,
            Self::with_config,
        )
    }

    /// A client with a whole configuration of your own.
    pub fn with_config(config: Config) -> Result<Self, Error> {
        Ok(Client {
            inner: rongcloud::Client::new(config)?,
        })
    }

    /// Calls any operation of the service by its marker type:
    /// `client.call::<Operation>(&request)` is what each method below does.
    pub async fn call<Op: OperationShape<Service = RongcloudIm>>(
        &self,
        request: &Op::Input,
    ) -> Result<Op::Output, Error> {
        self.inner.call::<Op>(request).await
    }

    /// `UserInfo`: Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
    ///
    /// See [the operation's page](super::user_info) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserInfoRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "123"
    /// }
    /// "#)?;
    /// let response = client.user_info(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_info(
        &self,
        request: &UserInfoRequest,
    ) -> Result<UserInfoResponse, Error> {
        self.call::<UserInfo>(request).await
    }
}
