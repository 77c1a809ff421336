//! What the emulator needs of each vendor, described in the vendor's own file
//! (`volcengine.rs`, `tencent.rs`) and registered in [`registry`](crate::registry): the rest of
//! the emulator (fault injection, logs, the admin endpoints, the accept loop) is the same for
//! every vendor and never names one.

use axum::body::Body;
use axum::http::request::Parts;
use axum::http::Response;
use imapi_runtime::server::{answer_refusal, RouteTable, ServerProtocol};
use imapi_runtime::time::{Clock, SystemClock};
use imapi_runtime::{
    ErrorCode, ErrorRole, Operation, OperationShape, OperationVisitor, ServiceSpec,
};

/// Where a request names its app, for fault rules that name one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppSource {
    /// A query parameter (Tencent's `sdkappid`).
    Query(&'static str),
    /// A field of the JSON body (Volcengine's `AppId`): the body is read to find it.
    Body(&'static str),
    /// Only the credentials name it (RongCloud's `App-Key` header), so only the router knows
    /// it: the journal shows it, and fault rules that name an app do not match these
    /// requests.
    Credentials,
}

/// Which paths a vendor's requests take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paths {
    /// Every path under a prefix (`/v4/`; Volcengine's `/`).
    Prefix(&'static str),
    /// The modules of its operations' paths: `/user/` and `/group/` for `/user/info.json`
    /// and `/group/create.json` (RongCloud's paths share no prefix).
    Modules,
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
    /// The paths its requests start with (the longest prefix of any vendor that matches
    /// wins).
    pub path_prefixes: Vec<String>,
    /// Where its requests name their app.
    pub app: AppSource,
}

impl Catalog {
    /// A catalog of the operations `each` visits (the service's `for_each_operation`).
    pub(crate) fn new(
        name: &'static str,
        spec: &'static ServiceSpec,
        codes: &'static [ErrorCode],
        paths: Paths,
        app: AppSource,
        each: fn(&mut Operations),
    ) -> Catalog {
        let mut operations = Operations(Vec::new());
        each(&mut operations);
        let path_prefixes = match paths {
            Paths::Prefix(prefix) => vec![prefix.to_owned()],
            Paths::Modules => {
                let mut modules: Vec<String> = operations
                    .0
                    .iter()
                    .filter_map(|op| {
                        let module = op.path.strip_prefix('/')?.split('/').next()?;
                        Some(format!("/{module}/"))
                    })
                    .collect();
                modules.sort();
                modules.dedup();
                modules
            }
        };
        Catalog {
            name,
            spec,
            codes,
            operations: operations.0,
            path_prefixes,
            app,
        }
    }

    /// The longest of its path prefixes `path` starts with, if any.
    pub fn matches(&self, path: &str) -> Option<usize> {
        self.path_prefixes
            .iter()
            .filter(|p| path.starts_with(p.as_str()))
            .map(String::len)
            .max()
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

/// A vendor being served: its catalog, its routing table, and its gateway's own answers, for
/// what stands in front of the table (injected faults, fault matching).
pub(crate) struct Served {
    pub catalog: &'static Catalog,
    /// The generated routes, served without axum's router: the emulator has already chosen
    /// the vendor by the path, and the table locates the operation itself.
    pub table: RouteTable,
    gateway: Box<dyn Answers>,
}

impl Served {
    /// A vendor served by `table`, answering as `gateway` does.
    pub(crate) fn new<P: ServerProtocol>(
        catalog: &'static Catalog,
        table: RouteTable,
        gateway: P,
    ) -> Served {
        Served {
            catalog,
            table,
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
