//! The intermediate representation: the checked spec, resolved and ordered.
//!
//! Every emitter (the Rust one, and templates for other languages) reads only this. Names are
//! resolved here once, so all outputs agree. It serializes to JSON for templates and snapshots.

pub mod form;
mod pagination;
pub mod path;
pub mod reach;

use serde::Serialize;
use serde_json::Value;

pub use pagination::{Carried, EndFlag, NextPosition, Pagination};

pub use crate::spec::{
    AppliesTo, ClassCondition, ClassLimit, Condition, DocNote, EnvelopeStyle, ErrorRole,
    HttpMethod, LengthUnit, Overflow, PageStyle, Protocol, RateLimit, RatePeriod, RequiredWhen,
    Rule, Source, Unit,
};

/// The name of an operation's request type (`ModifyMessageRequest`).
pub fn request_type_name(operation: &str) -> String {
    format!("{operation}Request")
}

/// The name of an operation's response type (`ModifyMessageResponse`).
pub fn response_type_name(operation: &str) -> String {
    format!("{operation}Response")
}

/// The name of a service's marker type: its name in PascalCase (`VolcengineRtcIm`).
pub fn service_marker_name(service: &str) -> String {
    crate::naming::rust_name(service, crate::naming::Case::Pascal)
        .map(|n| n.plain)
        .unwrap_or_default()
}

/// Everything the spec folder describes.
#[derive(Debug, Clone, Serialize)]
pub struct Ir {
    /// The services, sorted by name.
    pub services: Vec<Service>,
}

/// One vendor protocol and its operations.
#[derive(Debug, Clone, Serialize)]
pub struct Service {
    /// kebab-case name, also the Cargo feature.
    pub name: String,
    /// The Rust module name.
    pub module: String,
    /// The spec file, relative to the spec folder.
    pub spec_file: String,
    /// One-line title.
    pub title: String,
    /// Description in the documents' language.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// The wire protocol: which implementation of the generator's `Protocol` trait serves the
    /// service. It is the one vendor enum, and only `protocol::of` tells its variants apart;
    /// what a protocol does is data below (`signing`, the envelope's `roles`, each
    /// operation's `route`).
    pub protocol: Protocol,
    /// The API version: Volcengine's `Version` query value, Tencent's path prefix.
    pub api_version: String,
    /// How requests are signed.
    pub signing: Signing,
    /// The request field that names the app (`AppId`), by which servers count calls against
    /// per-app rate limits; none when the app travels outside the body.
    pub app_field: Option<String>,
    /// Endpoints; the default one first.
    pub endpoints: Vec<Endpoint>,
    /// The response envelope.
    pub envelope: Envelope,
    /// Named types: the service file's first, then the type files' (by file name), then each
    /// operation file's, in spec order.
    pub types: Vec<TypeDef>,
    /// Errors any operation can return.
    pub errors: Vec<ErrorDef>,
    /// Sources of the service-level facts.
    pub sources: Vec<Source>,
    /// Notes on the documents.
    pub doc_notes: Vec<DocNote>,
    /// Operations, sorted by name.
    pub operations: Vec<Operation>,
    /// `types` by name, made on the first lookup: every lookup is O(1), so no emitter or
    /// check that looks types up per operation is quadratic.
    #[serde(skip)]
    pub type_index: std::sync::OnceLock<std::collections::HashMap<String, usize>>,
}

impl Service {
    /// The named type called `name`.
    pub fn type_named(&self, name: &str) -> Option<&TypeDef> {
        let index = self.type_index.get_or_init(|| {
            self.types
                .iter()
                .enumerate()
                .map(|(i, t)| (t.name.clone(), i))
                .collect()
        });
        index.get(name).and_then(|&i| self.types.get(i))
    }

    /// The error the spec lists with `code` (the service's, or any operation's).
    pub fn error_with_code(&self, code: &Value) -> Option<&ErrorDef> {
        self.errors
            .iter()
            .chain(self.operations.iter().flat_map(|o| &o.errors))
            .find(|e| &e.code == code)
    }

    /// The fields a wire path names from `fields` (an object's), through the objects they
    /// hold, or `None` when it names none (the checker reports that).
    pub fn field_path<'s>(&'s self, fields: &'s [Field], path: &str) -> Option<Vec<&'s Field>> {
        path::walk(|name| self.type_named(name), fields, path).ok()
    }

    /// Every distinct error code of the service: its own, then each operation's, in spec order.
    pub fn all_errors(&self) -> Vec<&ErrorDef> {
        let mut seen = std::collections::BTreeSet::new();
        self.errors
            .iter()
            .chain(self.operations.iter().flat_map(|o| &o.errors))
            .filter(|e| seen.insert(e.code.to_string()))
            .collect()
    }
}

/// How a service's requests are signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signing {
    /// The scheme, by the name the runtimes know it by (`volcengine-v4`, `tencent-usersig`).
    pub scheme: String,
    /// The service the signature's scope names (`rtc`), for a scheme that names one.
    pub service: Option<String>,
    /// Whether a signature names the region it is sent to (an endpoint's `signing_region`).
    pub per_region: bool,
    /// The MAC the scheme is built on (`HMAC-SHA256`).
    pub algorithm: String,
    /// Where a request carries its credentials: `headers` or `query`.
    pub carrier: String,
    /// What a client adds to every request, in the carrier: each `{name, value}`, the value in
    /// words (`X-Date`: the time of signing, `YYYYMMDD'T'HHMMSS'Z'` in UTC).
    pub adds: Vec<SigningPart>,
    /// The headers a request signature covers, lower-case, in canonical order; empty for a
    /// scheme that signs no request (a UserSig signs the caller, not the request).
    pub signed_headers: Vec<String>,
    /// The credential scope, with `{date}`, `{region}` and `{service}` (V4), or `None`.
    pub scope: Option<String>,
    /// How long a signature is accepted, in words.
    pub validity: String,
    /// The conformance vectors every implementation of the scheme reproduces byte for byte,
    /// relative to the repository root (`tests/conformance/volcengine_v4.json`); each file says
    /// how its vectors were made.
    pub vectors: String,
}

/// See [`Signing::adds`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SigningPart {
    /// The header or query parameter (`Authorization`, `usersig`).
    pub name: String,
    /// What it holds, in words.
    pub value: String,
}

/// A region endpoint.
#[derive(Debug, Clone, Serialize)]
pub struct Endpoint {
    /// Region key.
    pub region: String,
    /// Host.
    pub host: String,
    /// Backup host.
    pub backup_host: Option<String>,
    /// Region string used in signatures.
    pub signing_region: String,
    /// Whether it is the default.
    pub default: bool,
    /// Description.
    pub description: Option<String>,
}

/// The response envelope.
#[derive(Debug, Clone, Serialize)]
pub struct Envelope {
    /// How the payload travels.
    pub style: EnvelopeStyle,
    /// For wrapped envelopes, the payload field.
    pub payload_field: Option<FieldName>,
    /// Description.
    pub description: String,
    /// The envelope's own fields.
    pub fields: Vec<Field>,
    /// Which of its fields say how the call went.
    pub roles: EnvelopeRoles,
}

/// The envelope fields a protocol reads to tell a failure from a success, each a path of
/// wire names from the body's root (`["ResponseMetadata", "Error", "Code"]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnvelopeRoles {
    /// The request id (`ResponseMetadata.RequestId`, `RequestId`); empty when the body does not
    /// carry one.
    pub request_id: Vec<String>,
    /// The response header that carries the request id when the body does not (RongCloud's
    /// `X-Request-Id`).
    pub request_id_header: Option<String>,
    /// A failure's code: a failure has one that is neither absent, null, `0` nor `ok_code`
    /// (`ResponseMetadata.Error.Code`, `ErrorCode`).
    pub code: Vec<String>,
    /// The value `code` and `number` hold on success, for a protocol whose success is not `0`
    /// (RongCloud answers `"code": 200`).
    pub ok_code: Option<i64>,
    /// A failure's numeric code, read like `code` (`ResponseMetadata.Error.CodeN`, `ErrorCode`).
    pub number: Vec<String>,
    /// A failure's message (`ResponseMetadata.Error.Message`, `ErrorInfo`).
    pub message: Vec<String>,
    /// A field that holds `ok` on success and anything else on failure (`ActionStatus`), for a
    /// protocol that has one.
    pub status: Option<StatusField>,
}

/// See [`EnvelopeRoles::status`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusField {
    /// The field, a path of wire names.
    pub path: Vec<String>,
    /// Its value on success (`OK`).
    pub ok: String,
}

/// A wire name and its Rust spelling.
#[derive(Debug, Clone, Serialize)]
pub struct FieldName {
    /// Exactly as on the wire.
    pub wire: String,
    /// The Rust identifier (raw prefix included).
    pub rust: String,
    /// The identifier without raw prefix.
    pub rust_plain: String,
}

/// One operation.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// PascalCase name.
    pub name: String,
    /// snake_case name: the Rust module and method name.
    pub snake: String,
    /// The spec file, relative to the spec folder.
    pub spec_file: String,
    /// Source document.
    pub source: Source,
    /// One-line summary.
    pub summary: String,
    /// Description.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// HTTP binding.
    pub http: Http,
    /// Rate limit.
    pub rate_limit: Option<RateLimit>,
    /// Further limits on classes of calls.
    pub class_limits: Vec<ClassLimit>,
    /// Other sources, by id.
    pub also_from: Vec<Source>,
    /// What the operation applies to.
    pub applies_to: Option<AppliesTo>,
    /// How it pages through a list: its styles, the first whose `when` holds for a request
    /// paging it (empty when the operation does not page).
    pub pagination: Vec<Pagination>,
    /// The request type's name (`{name}Request`), a struct in `types`.
    pub request: String,
    /// The response type's name (`{name}Response`), a struct in `types`.
    pub response: String,
    /// Operation-specific errors.
    pub errors: Vec<ErrorDef>,
    /// What a failure's answer carries in the payload's place, when the document shows
    /// something there (an object: `Result: {}`, or fields beside Tencent's error fields).
    pub payload_on_error: Option<serde_json::Map<String, Value>>,
    /// Rules that need server state.
    pub rules: Vec<Rule>,
    /// Examples, parsed.
    pub examples: Vec<Example>,
    /// Notes on the document.
    pub doc_notes: Vec<DocNote>,
}

/// The HTTP binding.
#[derive(Debug, Clone, Serialize)]
pub struct Http {
    /// Method.
    pub method: HttpMethod,
    /// The URL path, from the root (`/` or `/v4/group_open_avchatroom_http_svc/modify_user_info`).
    pub path: String,
    /// Whether repeating the call is safe.
    pub idempotent: bool,
    /// The request field whose presence makes repeating the call safe.
    pub idempotent_when: Option<FieldName>,
    /// Where a request names the operation.
    pub route: Route,
    /// How the request body is written.
    pub body: BodyFormat,
}

/// How an operation's request body is written, as its protocol says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BodyFormat {
    /// JSON text (`application/json`).
    Json,
    /// A form (`application/x-www-form-urlencoded`): a list as its key repeated, a map as
    /// bracketed keys, a nested object as JSON text in one field.
    Form,
}

impl BodyFormat {
    /// The `Content-Type` of a body in this format.
    pub fn content_type(self) -> &'static str {
        match self {
            BodyFormat::Json => "application/json",
            BodyFormat::Form => "application/x-www-form-urlencoded",
        }
    }
}

/// Where a request names its operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "in", rename_all = "lowercase")]
pub enum Route {
    /// In two query parameters on a path every operation shares: the operation's name and the
    /// API version (`/?Action=ModifyMessage&Version=2020-12-01`).
    Query {
        /// The parameter that names the operation, and its value (`Action=ModifyMessage`).
        operation: QueryParam,
        /// The parameter that names the API version, and its value (`Version=2020-12-01`).
        version: QueryParam,
    },
    /// In the path, which is the operation's own
    /// (`/v4/group_open_avchatroom_http_svc/modify_user_info`).
    Path,
}

/// A query parameter and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueryParam {
    /// The parameter (`Action`).
    pub name: String,
    /// Its value (`ModifyMessage`).
    pub value: String,
}

impl Route {
    /// The query parameters every call carries to name the operation, in order; none when the
    /// path names it.
    pub fn query(&self) -> Vec<&QueryParam> {
        match self {
            Route::Query { operation, version } => vec![operation, version],
            Route::Path => Vec::new(),
        }
    }

    /// The operation's name in the query (`ModifyMessage`), when the query carries it.
    pub fn operation_in_query(&self) -> Option<&str> {
        match self {
            Route::Query { operation, .. } => Some(&operation.value),
            Route::Path => None,
        }
    }
}

impl Http {
    /// What the request line names: the path and the query that names the operation
    /// (`/?Action=ModifyMessage&Version=2020-12-01`), for docs.
    pub fn target(&self) -> String {
        let query: Vec<String> = self
            .route
            .query()
            .iter()
            .map(|q| format!("{}={}", q.name, q.value))
            .collect();
        if query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, query.join("&"))
        }
    }
}

/// A parsed example.
#[derive(Debug, Clone, Serialize)]
pub struct Example {
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Request body.
    pub request: Option<Value>,
    /// Whole response body, envelope included.
    pub response: Option<Value>,
    /// The request body as the spec writes it.
    pub request_text: Option<String>,
    /// The response body as the spec writes it.
    pub response_text: Option<String>,
}

/// An error code.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorDef {
    /// The code (string or integer).
    pub code: Value,
    /// Volcengine `CodeN`.
    pub code_n: Option<u32>,
    /// HTTP status.
    pub http_status: Option<u16>,
    /// Meaning.
    pub description: String,
    /// The kinds of failure it reports (usually one).
    pub roles: Vec<ErrorRole>,
}

impl ErrorDef {
    /// The code as text: `MessageNotFound`, or `10004` for numeric codes.
    pub fn code_text(&self) -> String {
        match &self.code {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }

    /// The numeric code: Volcengine's `CodeN`, or a Tencent code itself.
    pub fn numeric(&self) -> Option<i64> {
        self.code.as_i64().or_else(|| self.code_n.map(i64::from))
    }
}

/// A named type.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// PascalCase name, also the Rust name.
    pub name: String,
    /// The spec file that defines it.
    pub spec_file: String,
    /// Where in that file (`types[2]`, `request`, `response`; empty for a type file, which is
    /// the type).
    pub spec_path: String,
    /// The operation it belongs to, generated with it: the one whose file defines it, when no
    /// other operation (nor the envelope) uses it. `None` for the types the operations share:
    /// those of service.yaml and the type files, and those an operation's file defines that
    /// other operations use too.
    pub operation: Option<String>,
    /// Description.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// The type it refines (`refines:` in the spec): it was built from that one, with the
    /// fields or variants this use changes. `None` for a type written whole.
    pub refines: Option<String>,
    /// Object or enum.
    pub kind: TypeKind,
    /// Whether any request reaches it.
    pub in_request: bool,
    /// Whether any response (or the envelope) reaches it.
    pub in_response: bool,
}

/// What a named type is.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// An object with fields.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// Groups of which at least one field must be present.
        at_least_one_of: Vec<Group>,
        /// Groups of which at most one field may be present.
        mutually_exclusive: Vec<Group>,
        /// Fields required when a condition holds.
        required_when: Vec<RequiredWhen>,
        /// Fields forbidden when a condition holds.
        forbidden_when: Vec<RequiredWhen>,
    },
    /// An open enum over integer or string values.
    Enum {
        /// The wire type.
        repr: Scalar,
        /// The documented values.
        values: Vec<EnumValue>,
        /// For a number with named special values: the variant that holds every other value.
        other: Option<EnumValue>,
    },
    /// A tagged union: the tag field's value decides the content field's shape.
    Union {
        /// The tag's wire name.
        tag: String,
        /// The content's wire name.
        content: String,
        /// The documented variants.
        variants: Vec<UnionVariant>,
    },
}

/// A group of fields of an object (`at_least_one_of`, `mutually_exclusive`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The fields' wire names, or wire paths into the objects the object holds
    /// (`ConversationCoreInfo.Members`, see [`path`]).
    pub fields: Vec<String>,
    /// The documented error code for breaking the rule, one of the service's errors.
    pub code: Option<Value>,
}

/// A variant of a tagged union.
#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    /// The tag's value on the wire.
    pub tag: String,
    /// The variant's name (PascalCase).
    pub name: String,
    /// The struct type of the content.
    pub ty: String,
    /// Meaning.
    pub description: String,
}

/// A documented enum value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumValue {
    /// The wire value.
    pub value: Value,
    /// The variant name (PascalCase).
    pub name: String,
    /// Meaning.
    pub description: String,
}

/// A field.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// Wire and Rust names.
    pub name: FieldName,
    /// The type.
    pub ty: Type,
    /// The doc's own word for the type, where it was resolved.
    pub doc_type: Option<String>,
    /// Whether every request and every answer carries it (`required: true`): a plain value,
    /// decoded strictly. False for `required: request`, which `required_in_request` marks.
    pub required: bool,
    /// Whether a request must carry it though an answer may leave it out (`required: request`,
    /// on a shape both sent and read): an optional value that decodes when absent, and that
    /// request validation requires (rule `required`). Never with `required`.
    pub required_in_request: bool,
    /// The value assumed when absent (on a required field, the recommended value).
    pub default: Option<Value>,
    /// What an absent optional field means, when not a value.
    pub when_absent: Option<String>,
    /// The unit of a number.
    pub unit: Option<Unit>,
    /// Where the field's facts come from, when not the operation's main source.
    pub from: Option<Source>,
    /// For an enum field: the value an unknown value is treated as.
    pub unknown_as: Option<Value>,
    /// Description.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// Example value.
    pub example: Option<Value>,
    /// Value limits.
    pub constraints: Constraints,
}

impl Field {
    /// Whether a request must carry it: `required`, or `required_in_request`. What request
    /// validation and the rules across fields, which only requests go through, go by.
    pub fn required_when_sent(&self) -> bool {
        self.required || self.required_in_request
    }
}

/// Scalar wire types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scalar {
    /// `true`/`false`.
    Bool,
    /// 32-bit signed.
    I32,
    /// 64-bit signed.
    I64,
    /// 32-bit unsigned.
    U32,
    /// 64-bit unsigned.
    U64,
    /// Double.
    F64,
    /// UTF-8 string.
    String,
}

impl Scalar {
    /// The spec spelling.
    pub fn spec_name(self) -> &'static str {
        match self {
            Scalar::Bool => "bool",
            Scalar::I32 => "i32",
            Scalar::I64 => "i64",
            Scalar::U32 => "u32",
            Scalar::U64 => "u64",
            Scalar::F64 => "f64",
            Scalar::String => "string",
        }
    }

    /// Parses the spec spelling.
    pub fn parse(name: &str) -> Option<Scalar> {
        [
            Scalar::Bool,
            Scalar::I32,
            Scalar::I64,
            Scalar::U32,
            Scalar::U64,
            Scalar::F64,
            Scalar::String,
        ]
        .into_iter()
        .find(|s| s.spec_name() == name)
    }

    /// Whether it is an integer type.
    pub fn is_integer(self) -> bool {
        matches!(self, Scalar::I32 | Scalar::I64 | Scalar::U32 | Scalar::U64)
    }

    /// Whether it is a number type.
    pub fn is_number(self) -> bool {
        self.is_integer() || self == Scalar::F64
    }

    /// The inclusive integer range of an integer type.
    pub fn integer_range(self) -> Option<(i128, i128)> {
        match self {
            Scalar::I32 => Some((i32::MIN.into(), i32::MAX.into())),
            Scalar::I64 => Some((i64::MIN.into(), i64::MAX.into())),
            Scalar::U32 => Some((0, u32::MAX.into())),
            Scalar::U64 => Some((0, u64::MAX.into())),
            _ => None,
        }
    }
}

/// A field's type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Type {
    /// A scalar.
    Scalar {
        /// Which.
        scalar: Scalar,
    },
    /// A list.
    List {
        /// Item type.
        item: Box<Type>,
    },
    /// A map with string keys.
    Map {
        /// Value type.
        value: Box<Type>,
    },
    /// A named type of the service.
    Named {
        /// Its name.
        name: String,
    },
    /// A list or map item that may be `null`.
    Nullable {
        /// The item's type when present.
        item: Box<Type>,
    },
}

impl Type {
    /// The spec spelling (`list<map<string,string>>`).
    pub fn spec_name(&self) -> String {
        match self {
            Type::Scalar { scalar } => scalar.spec_name().to_owned(),
            Type::List { item } => format!("list<{}>", item.spec_name()),
            Type::Map { value } => format!("map<string,{}>", value.spec_name()),
            Type::Named { name } => name.clone(),
            Type::Nullable { item } => format!("{}?", item.spec_name()),
        }
    }
}

/// Limits on one value, as data. Checked to fit the field's type.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Constraints {
    /// Smallest allowed number.
    pub minimum: Option<serde_json::Number>,
    /// Largest allowed number.
    pub maximum: Option<serde_json::Number>,
    /// Numbers allowed outside the range.
    pub also_allowed: Vec<serde_json::Number>,
    /// Shortest string.
    pub min_length: Option<u64>,
    /// Longest string.
    pub max_length: Option<u64>,
    /// How lengths are counted.
    pub length_unit: Option<LengthUnit>,
    /// Fewest list items.
    pub min_items: Option<u64>,
    /// Most list items.
    pub max_items: Option<u64>,
    /// Items must be distinct.
    pub unique_items: bool,
    /// Limits on each item.
    pub items: Option<Box<Constraints>>,
    /// The server processes only this many items and ignores the rest.
    pub truncated_after: Option<u64>,
    /// The only values of an enum this value takes (part of a shared enum), in the spec's
    /// order; empty when it takes every value.
    pub values: Vec<EnumValue>,
    /// The documented error code for breaking these limits (not those of `items`), one of the
    /// service's errors.
    pub code: Option<Value>,
}

impl Constraints {
    /// Whether nothing is limited.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}
