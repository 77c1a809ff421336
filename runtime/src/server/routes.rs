//! The generic pipeline: one routing table per service, and every step a request goes through
//! that is the same whatever the vendor. What differs is asked of the table's
//! [`ServerProtocol`].

use std::borrow::Cow;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::response::Response;
use futures_util::FutureExt;

use super::budget::Budgets;
use super::protocol::{Refused, ServerProtocol};
use super::ServerConfig;
use super::{
    request_id, BoxFuture, Classes, Fault, Refusal, RequestContext, RequestRecord, Router,
};
use crate::decode::{from_json, DecodeErrorKind};
use crate::operation::{BodyFormat, ErrorRole, Operation, OperationShape, ServiceSpec};
use crate::validate::Validate;

type RouteFn<S, P> = dyn Fn(Arc<S>, Arc<ServerConfig<P>>, RequestContext, Bytes) -> BoxFuture<'static, Routed>
    + Send
    + Sync;

/// What a route gives back: the app the request named, once its body was decoded (so that
/// the observer need not read the body again for it), and the payload or the refusal.
type Routed = (Option<i64>, Result<Vec<u8>, Refusal>);

/// One routed operation.
struct Route<S, P> {
    op: &'static Operation,
    call: Arc<RouteFn<S, P>>,
}

impl<S: Send + Sync + 'static, P> Route<S, P> {
    /// Decodes, validates, limits, calls and encodes: everything after authentication.
    async fn run(
        &self,
        service: Arc<S>,
        config: Arc<ServerConfig<P>>,
        context: RequestContext,
        body: Bytes,
    ) -> Routed {
        // A panic in the implementation (or below it) is the vendor's internal error, not a
        // dropped connection.
        let app = context.app;
        match AssertUnwindSafe((self.call)(service, config, context, body))
            .catch_unwind()
            .await
        {
            Ok(routed) => routed,
            Err(_) => (
                app,
                Err(Refusal::new(
                    ErrorRole::Internal,
                    "internal error while handling the request",
                )),
            ),
        }
    }
}

/// A service's routing table under construction: the generated `router` registers each
/// operation with one [`route`](Routes::route) call.
pub struct Routes<S, P> {
    spec: &'static ServiceSpec,
    service: Arc<S>,
    config: ServerConfig<P>,
    routes: Vec<Route<S, P>>,
}

impl<S: Send + Sync + 'static, P: ServerProtocol> Routes<S, P> {
    /// An empty table for `spec`, calling into `service`.
    pub fn new(spec: &'static ServiceSpec, service: Arc<S>, config: ServerConfig<P>) -> Self {
        Routes {
            spec,
            service,
            config,
            routes: Vec::new(),
        }
    }

    /// Routes operation `Op` to `handler`.
    pub fn route<Op, F, Fut>(mut self, handler: F) -> Self
    where
        Op: OperationShape,
        F: Fn(Arc<S>, RequestContext, Op::Input) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Op::Output, Fault>> + Send + 'static,
    {
        let handler = Arc::new(handler);
        let call: Arc<RouteFn<S, P>> = Arc::new(move |service, config, mut context, body| {
            let handler = handler.clone();
            Box::pin(async move {
                let mut app = context.app;
                let result = async {
                    // A body that is not JSON is malformed; JSON that breaks the request's shape
                    // (a field missing, mistyped, repeated) is an invalid parameter, as a broken
                    // constraint is: the vendors' tables give those two codes those two meanings.
                    // A form is read into the JSON it stands for first, by the operation's shape.
                    let json;
                    let body = match Op::OP.body {
                        BodyFormat::Json => &body[..],
                        BodyFormat::Form(shape) => {
                            let value = crate::form::decode(&body, shape).map_err(|e| {
                                let role = if e.syntax {
                                    ErrorRole::MalformedBody
                                } else {
                                    ErrorRole::InvalidParameter
                                };
                                Refusal::new(role, e.to_string())
                            })?;
                            json = serde_json::to_vec(&value).unwrap_or_default();
                            &json[..]
                        }
                    };
                    let input: Op::Input = from_json(body).map_err(|e| {
                        let role = match e.kind {
                            DecodeErrorKind::Syntax => ErrorRole::MalformedBody,
                            DecodeErrorKind::Shape => ErrorRole::InvalidParameter,
                        };
                        Refusal::new(role, e.to_string())
                    })?;
                    // A broken constraint with a documented code of its own is answered with
                    // that code (the first such violation's); any other, with the code of the
                    // invalid-parameter role.
                    if let Err(violations) = input.validate() {
                        return Err(Refusal {
                            role: ErrorRole::InvalidParameter,
                            code: violations.code(),
                            message: violations.to_string(),
                        });
                    }
                    if let Some(named) = Op::app_id(&input) {
                        context.app = Some(named);
                        app = Some(named);
                    }
                    let classes = Op::OP
                        .class_limits
                        .iter()
                        .enumerate()
                        .filter(|&(c, _)| Op::in_class(&input, c))
                        .map(|(_, class)| class);
                    context.classes = Budgets::new(&config, &Op::OP, &context)
                        .admit(classes)
                        .await?;
                    let output =
                        handler(service, context, input)
                            .await
                            .map_err(|fault| Refusal {
                                role: ErrorRole::Internal,
                                code: Some(fault.code),
                                message: fault.message,
                            })?;
                    serde_json::to_vec(&output).map_err(|e| {
                        Refusal::new(
                            ErrorRole::Internal,
                            format!("the answer does not encode: {e}"),
                        )
                    })
                }
                .await;
                (app, result)
            })
        });
        self.routes.push(Route { op: &Op::OP, call });
        self
    }

    /// The finished table, served without axum's router: for a server that dispatches
    /// requests itself.
    pub fn into_table(self) -> RouteTable {
        RouteTable(Arc::new(Table {
            spec: self.spec,
            service: self.service,
            config: Arc::new(self.config),
            operations: self.routes.iter().map(|r| r.op).collect(),
            routes: self.routes,
        }))
    }

    /// The finished router: the table as an axum router, to add tower layers to and serve.
    pub fn into_router(self) -> Router {
        let table = self.into_table();
        axum::Router::new().fallback(move |request: axum::extract::Request| {
            let table = table.clone();
            async move { table.serve(request).await }
        })
    }
}

/// A service's finished routing table ([`Routes::into_table`]): answers a request as its
/// router would, without axum's routing in front (which has nothing to route: the table
/// locates the operation itself). The emulator serves its vendors this way, behind its own
/// dispatch. Cheap to clone.
#[derive(Clone)]
pub struct RouteTable(Arc<dyn Serve>);

impl RouteTable {
    /// Answers one request.
    pub fn serve(&self, request: axum::extract::Request) -> BoxFuture<'_, Response> {
        self.0.serve(request)
    }
}

impl std::fmt::Debug for RouteTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RouteTable").finish_non_exhaustive()
    }
}

/// A [`Table`] of any service and protocol.
trait Serve: Send + Sync {
    fn serve(&self, request: axum::extract::Request) -> BoxFuture<'_, Response>;
}

impl<S: Send + Sync + 'static, P: ServerProtocol> Serve for Table<S, P> {
    fn serve(&self, request: axum::extract::Request) -> BoxFuture<'_, Response> {
        Box::pin(Table::serve(self, request))
    }
}

/// What a request showed on its way, for the [`Observer`](super::Observer).
#[derive(Default)]
struct Seen {
    op: Option<&'static Operation>,
    caller: Option<String>,
    app: Option<i64>,
    body: Option<Bytes>,
}

/// A finished routing table.
struct Table<S, P> {
    spec: &'static ServiceSpec,
    service: Arc<S>,
    config: Arc<ServerConfig<P>>,
    /// The routes' operations, in the same order, as protocols look them up.
    operations: Vec<&'static Operation>,
    routes: Vec<Route<S, P>>,
}

/// A refusal on the way, and the operation it concerns when the request got that far.
type Failure = (Option<&'static Operation>, Refusal);

impl<S: Send + Sync + 'static, P: ServerProtocol> Table<S, P> {
    /// Locate, authenticate (head, then body), read, and hand over to the route; then answer
    /// and observe.
    async fn serve(&self, request: axum::extract::Request) -> Response {
        let now = self.config.clock.now();
        let (parts, body) = request.into_parts();
        let protocol = &self.config.protocol;
        let id = request_id(now);
        let located = protocol.locate(self.spec, &parts, &self.operations);
        let mut seen = Seen::default();
        let outcome = self
            .pass(&parts, body, located.found, now, &id, &mut seen)
            .await;
        let mut refused = None;
        let (response, code) = match outcome {
            Ok(payload) => (
                protocol.answer(self.spec, &located.asked, &id, Ok(&payload)),
                None,
            ),
            Err((op, refusal)) => {
                seen.op = seen.op.or(op);
                let code = refusal.code(self.spec, op);
                let response = protocol.answer(
                    self.spec,
                    &located.asked,
                    &id,
                    Err(Refused {
                        code: &code,
                        message: &refusal.message,
                        payload: op.and_then(|op| op.payload_on_error),
                    }),
                );
                refused = Some((refusal.role, refusal.message));
                (response, Some(code.code.to_owned()))
            }
        };
        if let Some(observer) = &self.config.observer {
            let (role, message) = refused.unzip();
            let path = match seen.op {
                Some(op) if op.path == parts.uri.path() => Cow::Borrowed(op.path),
                _ => Cow::Owned(parts.uri.path().to_owned()),
            };
            observer.on_request(RequestRecord {
                path,
                method: parts.method,
                operation: located.shown,
                caller: seen.caller,
                code,
                status: response.status().as_u16(),
                latency: self.config.clock.now().saturating_sub(now),
                received_at: now,
                op: seen.op.map(|op| op.name),
                app: seen.app,
                role,
                message,
                body: seen.body,
            });
        }
        response
    }

    async fn pass(
        &self,
        parts: &axum::http::request::Parts,
        body: Body,
        found: Result<usize, (Option<usize>, Refusal)>,
        now: Duration,
        id: &str,
        seen: &mut Seen,
    ) -> Result<Vec<u8>, Failure> {
        let route = match found {
            Ok(index) => &self.routes[index],
            Err((index, refusal)) => {
                return Err((index.map(|i| self.routes[i].op), refusal));
            }
        };
        let op = route.op;
        seen.op = Some(op);
        let fail = |refusal| (Some(op), refusal);
        let protocol = &self.config.protocol;
        // Everything the head shows is checked before a byte of the body is read.
        let (who, pending) = protocol.authenticate(self.spec, parts, now).map_err(fail)?;
        seen.caller = Some(who.id().to_owned());
        let body = read_body(body, &self.config).await.map_err(fail)?;
        if self.config.observer.is_some() {
            seen.body = Some(body.clone());
        }
        let admitted = protocol
            .admit(pending, parts, &body, op.body)
            .map_err(fail)?;
        seen.app = admitted.app;
        let context = RequestContext {
            request_id: id.to_owned(),
            caller: who,
            app: admitted.app,
            region: admitted.region,
            operation: op.name,
            received_at: now,
            classes: Classes::default(),
        };
        let (app, result) = route
            .run(self.service.clone(), self.config.clone(), context, body)
            .await;
        seen.app = seen.app.or(app);
        result.map_err(fail)
    }
}

/// Reads a body up to [`ServerConfig::max_body_bytes`], within
/// [`ServerConfig::body_read_timeout`]. A body whose `Content-Length` is over the limit is
/// refused unread.
async fn read_body<P>(body: Body, config: &ServerConfig<P>) -> Result<Bytes, Refusal> {
    let limit = config.max_body_bytes;
    let too_large = || {
        Refusal::new(
            ErrorRole::MalformedBody,
            format!("the body could not be read whole, or is larger than {limit} bytes"),
        )
    };
    if usize::try_from(axum::body::HttpBody::size_hint(&body).lower()).map_or(true, |n| n > limit) {
        return Err(too_large());
    }
    // A body that has arrived whole with its head (the usual small request) is read at once,
    // with no timer armed for it.
    let mut read = std::pin::pin!(axum::body::to_bytes(body, limit));
    let first = std::future::poll_fn(|cx| std::task::Poll::Ready(read.as_mut().poll(cx))).await;
    if let std::task::Poll::Ready(read) = first {
        return read.map_err(|_| too_large());
    }
    match tokio::time::timeout(config.body_read_timeout, read).await {
        Ok(read) => read.map_err(|_| too_large()),
        Err(_) => Err(Refusal::new(
            ErrorRole::MalformedBody,
            format!(
                "the body did not arrive whole within {} s",
                config.body_read_timeout.as_secs_f64()
            ),
        )),
    }
}
