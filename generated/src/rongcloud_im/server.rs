// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The server side of RongCloud IM Server API: implement [`Service`] and serve it with [`router`].
//!
//! Requests are routed by their path, `/<module>/<action>.json`, and authenticated with the `App-Key`, `Nonce`, `Timestamp` and `Signature` headers (each also accepted with the `RC-` prefix): the signature is checked against the App Secret the [`Gateway`]'s [`Keys`] give for the App Key, and the timestamp must be within the gateway's window. Answers are `{"code": 200, …}` with the payload's fields beside `code`; refusals `{"code": …, "errorMessage": …}` with the code's HTTP status.
//!
//! Before a method is called, the request has been routed, authenticated, read (up to `ServerConfig::max_body_bytes`), decoded strictly, validated against every documented constraint and charged to its app's rate limit; each refusal is the vendor's own error code, HTTP status and envelope. A method's [`Fault`] is answered the same way, and a panic as the vendor's internal error. See [`imapi_runtime::server`] for the details.

use imapi_runtime::OperationShape;
use imapi_runtime::server::{
    Fault, Generic, Handler, RequestContext, Router, Routes, ServerConfig, Strict,
};
use std::future::Future;
use std::sync::Arc;
use super::{SPEC, UserInfo, UserInfoRequest, UserInfoResponse};

/// The gateway the router answers as, with the credentials it accepts: `ServerConfig::new(Gateway::new(StaticKeys::new()…))`.
#[doc(inline)]
pub use imapi_runtime::rongcloud::server::{Gateway, Keys, StaticKeys};

/// RongCloud IM Server API, served: one method per operation, each given the authenticated [`RequestContext`] and the request, decoded and validated. Share state across requests through `&self` (the router holds the implementation in an [`Arc`]).
///
/// A method left out answers the vendor's refusal for an operation the server does not offer ([`Fault::not_implemented`]), so an operation added to the spec never breaks an implementation; implement [`StrictService`] instead to have the compiler ask for every method.
pub trait Service: Send + Sync + 'static {
    /// `UserInfo`: Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
    ///
    /// See [the operation's page](super::user_info) for its rules, errors and notes.
    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserInfo::OP)))
    }
}

/// RongCloud IM Server API, every operation implemented: [`Service`] without its defaults, so that a method left out, or an operation added to the spec, is a compile error. Serve it through [`Strict`]: `router(Arc::new(Strict(implementation)), config)`.
pub trait StrictService: Send + Sync + 'static {
    /// `UserInfo`: Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
    ///
    /// See [the operation's page](super::user_info) for its rules, errors and notes.
    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send;
}

/// Every operation served by one generic [`Handler`]: for mocks, recorders and proxies.
impl<H: Handler> Service for Generic<H> {
    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send {
        self.0.handle::<UserInfo>(context, request)
    }
}

/// A [`StrictService`] served as a [`Service`].
impl<T: StrictService> Service for Strict<T> {
    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send {
        self.0.user_info(context, request)
    }
}

/// The router of the service: answers every operation like the vendor's gateway, calling into `service`. Add your own tower layers to it, and serve it with `axum::serve`.
pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
    Routes::new(&SPEC, service, config)
        .route::<
            UserInfo,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_info(context, request).await
        })
        .into_router()
}
