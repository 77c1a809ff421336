//! What the emulator needs of each vendor, described in the vendor's own file
//! (`volcengine.rs`, `tencent.rs`): the rest of the emulator (fault injection, logs, the admin
//! endpoints, the accept loop) is the same for every vendor and never names one.

use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::http::request::Parts;
use axum::http::Response;
use imapi_runtime::server::{answer_refusal, Router, ServerConfig, ServerProtocol};
use imapi_runtime::time::{Clock, SystemClock};
use imapi_runtime::{
    ErrorCode, ErrorRole, Operation, OperationShape, OperationVisitor, ServiceSpec,
};

use crate::{Config, Emulator};

/// Where a request names its app, for fault rules that name one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppSource {
    /// A query parameter (Tencent's `sdkappid`).
    Query(&'static str),
    /// A field of the JSON body (Volcengine's `AppId`): the body is read to find it.
    Body(&'static str),
}

/// A vendor as fault rules, logs and the emulator's routing see it.
#[derive(Debug)]
pub struct Catalog {
    /// The name fault rules use (`volcengine`).
    pub name: &'static str,
    /// The service the vendor's routes serve.
    pub spec: &'static ServiceSpec,
    /// Its documented error codes, which `error` faults may answer.
    pub codes: &'static [ErrorCode],
    /// Its operations, in the spec's order.
    pub operations: Vec<&'static Operation>,
    /// The path its requests start with (the longest prefix that matches wins).
    pub path_prefix: &'static str,
    /// Where its requests name their app.
    pub app: AppSource,
}

impl Catalog {
    /// A catalog of the operations `each` visits (the service's `for_each_operation`).
    pub(crate) fn new(
        name: &'static str,
        spec: &'static ServiceSpec,
        codes: &'static [ErrorCode],
        path_prefix: &'static str,
        app: AppSource,
        each: fn(&mut Operations),
    ) -> Catalog {
        let mut operations = Operations(Vec::new());
        each(&mut operations);
        Catalog {
            name,
            spec,
            codes,
            operations: operations.0,
            path_prefix,
            app,
        }
    }

    /// The operation's names.
    pub fn operation_names(&self) -> Vec<&'static str> {
        self.operations.iter().map(|op| op.name).collect()
    }

    /// A documented code of the vendor: `MessageNotFound`, or `10010`.
    pub fn find_code(&self, code: &str) -> Option<ErrorCode> {
        self.codes.iter().find(|c| c.code == code).copied()
    }

    /// The vendor's code for a kind of failure (its throttling error for `Throttled`).
    pub fn code_for(&self, role: ErrorRole) -> Option<ErrorCode> {
        self.spec.error(role).copied()
    }
}

/// Collects every operation of a service.
pub(crate) struct Operations(Vec<&'static Operation>);

impl<Svc> OperationVisitor<Svc> for Operations {
    fn visit<Op: OperationShape<Service = Svc>>(&mut self) {
        self.0.push(&Op::OP);
    }
}

/// How a vendor's file serves it: its router over the emulator's state, with the settings every
/// router shares.
pub(crate) type Serve = fn(Arc<Emulator>, &Config, ServerConfig<()>, &'static Catalog) -> Served;

/// One emulated vendor: its catalog and how it is served.
struct Registration {
    catalog: fn() -> Catalog,
    serve: Serve,
}

/// Every emulated vendor, one line each.
const VENDORS: &[Registration] = &[
    Registration {
        catalog: crate::volcengine::catalog,
        serve: crate::volcengine::served,
    },
    Registration {
        catalog: crate::tencent::catalog,
        serve: crate::tencent::served,
    },
];

/// Every emulated vendor's catalog.
pub fn catalogs() -> &'static [Catalog] {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS.get_or_init(|| VENDORS.iter().map(|v| (v.catalog)()).collect())
}

/// Every vendor, served over `emulator`.
pub(crate) fn serve_all(emulator: &Arc<Emulator>, config: &Config) -> Vec<Served> {
    catalogs()
        .iter()
        .zip(VENDORS)
        .map(|(catalog, v)| (v.serve)(emulator.clone(), config, base(config), catalog))
        .collect()
}

/// The catalog of the vendor fault rules call `name`.
pub fn catalog(name: &str) -> Option<&'static Catalog> {
    catalogs().iter().find(|c| c.name == name)
}

/// The names of the emulated vendors, for messages.
pub fn names() -> Vec<&'static str> {
    catalogs().iter().map(|c| c.name).collect()
}

/// A vendor being served: its catalog, its router, and its gateway's own answers, for what
/// stands in front of the router (injected faults, fault matching).
pub(crate) struct Served {
    pub catalog: &'static Catalog,
    pub router: Router,
    gateway: Box<dyn Answers>,
}

impl Served {
    /// A vendor served by `router`, answering as `gateway` does.
    pub(crate) fn new<P: ServerProtocol>(
        catalog: &'static Catalog,
        router: Router,
        gateway: P,
    ) -> Served {
        Served {
            catalog,
            router,
            gateway: Box::new(Gateway { gateway, catalog }),
        }
    }

    /// The operation a request names, as the router would route it.
    pub(crate) fn locate(&self, parts: &Parts) -> Option<&'static str> {
        self.gateway.locate(parts)
    }

    /// The answer refusing a request with `code`, exactly as the router would frame it.
    pub(crate) fn refuse(&self, parts: &Parts, code: &ErrorCode, message: &str) -> Response<Body> {
        self.gateway.refuse(parts, code, message)
    }
}

/// A gateway's answers, whatever its protocol type.
trait Answers: Send + Sync {
    fn locate(&self, parts: &Parts) -> Option<&'static str>;
    fn refuse(&self, parts: &Parts, code: &ErrorCode, message: &str) -> Response<Body>;
}

struct Gateway<P> {
    gateway: P,
    catalog: &'static Catalog,
}

impl<P: ServerProtocol> Answers for Gateway<P> {
    fn locate(&self, parts: &Parts) -> Option<&'static str> {
        let operations = &self.catalog.operations;
        let located = self.gateway.locate(self.catalog.spec, parts, operations);
        located.found.ok().map(|i| operations[i].name)
    }

    fn refuse(&self, parts: &Parts, code: &ErrorCode, message: &str) -> Response<Body> {
        let now = SystemClock.now();
        answer_refusal(&self.gateway, self.catalog.spec, parts, code, message, now)
    }
}

/// The settings every vendor's router shares, from the emulator's configuration.
fn base(config: &Config) -> ServerConfig<()> {
    let mut server = ServerConfig::new(());
    server.enforce_rate_limits = config.rate_limits;
    server.body_read_timeout = config.limits.body_read_timeout;
    if config.log {
        server = server.with_observer(crate::Log);
    }
    server
}
