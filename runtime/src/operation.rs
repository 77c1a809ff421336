//! What the runtime knows of a service and its operations. Generated code declares one
//! [`ServiceSpec`] per service and, per operation, a zero-sized marker type implementing
//! [`OperationShape`]: the typed link from an operation to its request and response types and
//! its [`Operation`] facts. Clients and servers are both generic over it, so each side needs
//! one line per operation.

use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

pub use crate::code::ErrorCode;
use crate::validate::Validate;

/// A documented call-rate limit: at most `requests` calls per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// How many calls.
    pub requests: u32,
    /// In how long.
    pub per: Duration,
}

impl RateLimit {
    /// The spacing between calls that keeps to the limit.
    pub fn interval(&self) -> Duration {
        self.per / self.requests.max(1)
    }
}

/// What a failure is, whatever the vendor calls it. The spec gives each documented error the
/// role it plays (`role: throttled`), so clients and servers find the vendor's code for a kind
/// of failure in the spec rather than in code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorRole {
    /// A required query parameter is missing or malformed.
    MissingParameter,
    /// No operation answers to the action, version or path.
    UnknownOperation,
    /// The HTTP request itself is not what the API takes (method).
    BadRequest,
    /// The request carries no credentials.
    MissingCredentials,
    /// The credentials are not in the expected form (a malformed `Authorization` or UserSig).
    MalformedCredentials,
    /// The access key (or app) is not known.
    UnknownCredentials,
    /// The signature's time is outside the allowed window, or the UserSig has expired.
    ExpiredCredentials,
    /// The signature's scope (region, service) or signed headers do not fit.
    CredentialScope,
    /// The signature does not match.
    SignatureMismatch,
    /// The UserSig was made for another account.
    IdentifierMismatch,
    /// The UserSig was made for another app.
    AppMismatch,
    /// The request names no app.
    MissingApp,
    /// The caller is not an app administrator.
    NotAdmin,
    /// The body is not JSON, or not JSON of the request's shape.
    MalformedBody,
    /// The request breaks a documented constraint.
    InvalidParameter,
    /// Too many calls: safe to retry later.
    Throttled,
    /// The server failed.
    Internal,
}

/// A documented error and the role it plays.
pub type RoleCode = (ErrorRole, ErrorCode);

/// One service: its name, version, signing service, and the errors every operation can return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceSpec {
    /// The service's name (`volcengine-rtc-im`).
    pub name: &'static str,
    /// Volcengine's `Version` query value; Tencent's version path segment (`v4`).
    pub version: &'static str,
    /// Volcengine: the service in the credential scope (`rtc`). Empty for Tencent.
    pub signing_service: &'static str,
    /// The service-wide errors that play a role.
    pub errors: &'static [RoleCode],
}

/// One operation of a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The operation's name (`ModifyMessage`).
    pub name: &'static str,
    /// Its service.
    pub service: &'static ServiceSpec,
    /// The URL path: `/` for Volcengine, `/v4/<service>/<command>` for Tencent.
    pub path: &'static str,
    /// Volcengine's `Action` query value.
    pub action: Option<&'static str>,
    /// The documented rate limit: clients may pace to it, servers enforce it per app.
    pub rate_limit: Option<RateLimit>,
    /// Whether sending the same request twice has the effect of sending it once, so that a
    /// call whose outcome is unknown may be retried. For an operation that is idempotent only
    /// with a dedupe field, `false`: [`OperationShape::idempotent`] decides per request.
    pub idempotent: bool,
    /// Errors of this operation that play a role, before the service's.
    pub errors: &'static [RoleCode],
    /// Further limits on classes of calls ([`OperationShape::in_class`] says which).
    pub class_limits: &'static [ClassLimit],
    /// How the operation pages through a list, for servers and tools that walk it: its
    /// styles, the first whose condition holds for a request paging it (empty when the
    /// operation does not page).
    pub pagination: &'static [PageFields],
    /// What its answers carry in the payload's place on failure too, when its document shows
    /// something there: the JSON text of an object, a Volcengine answer's `Result` (`{}` for
    /// `MarkConversation`) or fields beside a Tencent answer's error fields. A server writes
    /// it; a client reads the error and leaves it.
    pub payload_on_error: Option<&'static str>,
    /// How its request body is written.
    pub body: BodyFormat,
}

/// How an operation's request body is written: what a client encodes and a server decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    /// JSON text (`application/json`).
    Json,
    /// A form (`application/x-www-form-urlencoded`), each field as the shape says
    /// ([`form`](crate::form)).
    Form(crate::form::Shape),
}

impl BodyFormat {
    /// The `Content-Type` of a body in this format.
    pub fn content_type(self) -> &'static str {
        match self {
            BodyFormat::Json => "application/json",
            BodyFormat::Form(_) => "application/x-www-form-urlencoded",
        }
    }
}

/// A rate limit on the calls of one class (high-priority messages), beside the operation's:
/// one budget for every call in the class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassLimit {
    /// The class's name.
    pub class: &'static str,
    /// Its limit.
    pub limit: RateLimit,
    /// What happens to a call over the budget.
    pub overflow: Overflow,
    /// The server state the limit holds in, in the document's words, when the request cannot
    /// show it (`the conversation is a live group`). A router leaves such a class to the
    /// implementation, which applies it where the state holds
    /// (`server::Classes::apply`, feature `server`).
    pub state: Option<&'static str>,
}

/// What a server does with a call over a class's budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overflow {
    /// Refuse it with the throttling error.
    Refuse,
    /// Answer it as a success and discard its effect: the implementation is told
    /// (`server::Classes::dropped`) and must not store or deliver it.
    Drop,
}

/// How a paginated operation names positions, in one of its styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageFields {
    /// How the next position is found.
    pub style: PageStyle,
    /// The request condition that picks this style, in words (`` `Next` is sent ``), when the
    /// operation has several; `None` for its only style, or the last, which pages every
    /// request the others' conditions do not match.
    pub when: Option<&'static str>,
    /// The request field holding the position.
    pub request_field: &'static str,
    /// The response field holding the next position (`None` for offsets, and for positions
    /// computed from the items).
    pub response_field: Option<&'static str>,
    /// The item field whose smallest (or largest) value on the page gives the next position
    /// (`MsgSeq`), when it is computed from the items.
    pub next_from_item: Option<&'static str>,
    /// The response list of the page's items.
    pub items: &'static str,
}

/// See [`PageFields::style`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageStyle {
    /// An opaque cursor from the response, sent back as is.
    Cursor,
    /// A number of items to skip.
    Offset,
    /// A sequence number from the response (or computed from its items).
    Sequence,
    /// A string token from the response, sent back as is.
    Token,
}

/// What follows a page.
#[derive(Debug, Clone, PartialEq)]
pub enum PageStep<T> {
    /// The request for the next page.
    Next(T),
    /// That was the last page.
    Done,
    /// The answer says more pages follow but its next position does not move on from the one
    /// just asked for (it names it again, or goes back): walking on would never end. The
    /// field that failed to move (`NextCursor`).
    Stalled(&'static str),
    /// The answer's paging fields hold what the document does not allow for (an end flag
    /// with a value that means neither more nor the last): walking on would be a guess.
    Invalid {
        /// The field (`IsFinished`).
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
}

/// An operation that pages through a list; generated for each operation with `pagination`.
pub trait Paginated: OperationShape {
    /// What follows the page `response` answered to `request`.
    fn next_page(request: &Self::Input, response: &Self::Output) -> PageStep<Self::Input>;
}

impl ServiceSpec {
    /// The service-wide documented error for a role.
    pub fn error(&self, role: ErrorRole) -> Option<&'static ErrorCode> {
        self.errors
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, code)| code)
    }
}

impl Operation {
    /// The documented error for a role: the operation's own first, then the service's.
    pub fn error(&self, role: ErrorRole) -> Option<&'static ErrorCode> {
        self.errors
            .iter()
            .chain(self.service.errors)
            .find(|(r, _)| *r == role)
            .map(|(_, code)| code)
    }

    /// Whether the vendor's code plays `role` for this operation (any of the codes listed with
    /// it counts: Tencent has four throttling codes).
    pub fn code_has_role(&self, code: &str, role: ErrorRole) -> bool {
        self.errors
            .iter()
            .chain(self.service.errors)
            .any(|(r, c)| *r == role && c.code == code)
    }
}

/// An operation as a type: generated code declares a zero-sized marker per operation
/// (`pub struct ModifyMessage;`) that ties the request and response types to the operation's
/// facts, for clients (`call::<ModifyMessage>`) and servers (`route::<ModifyMessage>`) alike.
pub trait OperationShape: Send + Sync + 'static {
    /// The service's marker type, so that a client or server takes only its own operations.
    type Service: 'static;
    /// The request body.
    type Input: Serialize + DeserializeOwned + Validate + Send + Sync + 'static;
    /// The response payload.
    type Output: Serialize + DeserializeOwned + Send + Sync + 'static;
    /// The operation's facts.
    const OP: Operation;

    /// The app a request is made for, when the request names it (Volcengine's `AppId`): rate
    /// limits hold per app.
    fn app_id(_input: &Self::Input) -> Option<i64> {
        None
    }

    /// Whether repeating this request is harmless: [`Operation::idempotent`], or for an
    /// operation made idempotent by a dedupe field (`ClientMsgId`), whether the request has it.
    fn idempotent(_input: &Self::Input) -> bool {
        Self::OP.idempotent
    }

    /// Whether the request belongs to the class of `Self::OP.class_limits[class]`.
    fn in_class(_input: &Self::Input, _class: usize) -> bool {
        false
    }
}

/// Something done once per operation of service `Svc`, generically: each generated service
/// module has a `for_each_operation` that calls [`visit`](OperationVisitor::visit) for each
/// of its operations, so tests, registries and mocks need no per-operation code. Knowing the
/// service, a visitor can call a generated client's `call::<Op>`.
pub trait OperationVisitor<Svc> {
    /// Called once per operation.
    fn visit<Op: OperationShape<Service = Svc>>(&mut self);
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICE: ServiceSpec = ServiceSpec {
        name: "demo",
        version: "v4",
        signing_service: "",
        errors: &[
            (
                ErrorRole::Throttled,
                ErrorCode {
                    code: "60007",
                    numeric: Some(60007),
                    http_status: None,
                },
            ),
            (
                ErrorRole::Throttled,
                ErrorCode {
                    code: "60011",
                    numeric: Some(60011),
                    http_status: None,
                },
            ),
            (
                ErrorRole::InvalidParameter,
                ErrorCode {
                    code: "60003",
                    numeric: Some(60003),
                    http_status: None,
                },
            ),
        ],
    };

    #[test]
    fn intervals_spread_calls_evenly() {
        let limit = RateLimit {
            requests: 50,
            per: Duration::from_secs(1),
        };
        assert_eq!(limit.interval(), Duration::from_millis(20));
    }

    #[test]
    fn roles_resolve_to_the_operation_first() {
        let op = Operation {
            name: "Op",
            service: &SERVICE,
            path: "/v4/a/b",
            action: None,
            rate_limit: None,
            idempotent: false,
            errors: &[(
                ErrorRole::InvalidParameter,
                ErrorCode {
                    code: "10004",
                    numeric: Some(10004),
                    http_status: None,
                },
            )],
            class_limits: &[],
            payload_on_error: None,
            body: crate::BodyFormat::Json,
            pagination: &[],
        };
        assert_eq!(op.error(ErrorRole::InvalidParameter).unwrap().code, "10004");
        assert_eq!(op.error(ErrorRole::Throttled).unwrap().code, "60007");
        assert!(op.code_has_role("60011", ErrorRole::Throttled));
        assert!(!op.code_has_role("60003", ErrorRole::Throttled));
        assert!(op.error(ErrorRole::Internal).is_none());
    }
}
