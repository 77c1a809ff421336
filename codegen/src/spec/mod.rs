//! The spec format: what a person writes under `spec/`.
//!
//! A spec folder holds one folder per vendor protocol. Each has a `service.yaml`
//! ([`ServiceFile`]), one file per operation ([`OperationFile`]) and, in `types/`, a file per
//! shared type ([`TypeDef`]). These types are deserialized straight from YAML; the doc comments
//! double as the descriptions of the published JSON Schema, so they are written for the person
//! editing a spec file.
//!
//! The loader checks each file against the JSON Schema derived from these types before
//! deserializing it, so that every structural problem of a file (unknown keys, missing keys,
//! wrong types) is reported in one run; `#[schemars(deny_unknown_fields)]` makes the schema
//! refuse unknown keys. Strings are one line with no control characters, except those marked
//! `x-prose` (descriptions, glosses, notes, example bodies), which may span lines.

mod applies;
mod constraints;
mod errors;
pub mod index;
pub mod load;
mod pagination;
pub mod path;
pub mod refine;
mod required;
pub mod schema;

use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::Value;

pub use applies::{AppliesLimit, AppliesTo, AppliesToValue, LimitedValue};
pub use constraints::{Constraints, LengthUnit, Unit};
pub use errors::{ErrorDef, ErrorRole};
pub use pagination::{Carry, EndFlag, NextFromItems, PageEnd, PageStyle, Pagination, Paging};
pub use refine::{resolve_refinements, FieldChange, VariantChange};
pub use required::{Required, RequiredIn};

/// `service.yaml`: one vendor protocol, its endpoints, its envelope and the shapes its
/// operations share.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ServiceFile {
    /// The service's name in kebab-case. It must equal the folder name; it becomes the Rust
    /// module (`volcengine_rtc_im`) and the Cargo feature (`volcengine-rtc-im`).
    pub name: String,
    /// A one-line title.
    pub title: String,
    /// What the service is, in the documents' language.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
    /// An English gloss of the description, when the description is not in English.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub gloss: Option<String>,
    /// The wire protocol: request signing, URL layout and response envelope.
    pub protocol: Protocol,
    /// Settings for `protocol: volcengine`.
    #[serde(default)]
    pub volcengine: Option<VolcengineSettings>,
    /// Settings for `protocol: tencent`.
    #[serde(default)]
    pub tencent: Option<TencentSettings>,
    /// The regions and hosts the service answers on. Exactly one is the default.
    pub endpoints: Vec<Endpoint>,
    /// The response envelope that wraps every operation's payload.
    pub envelope: Envelope,
    /// Shapes shared by several operations (and the envelope's own shapes). A shared type may
    /// also have a file of its own, `types/<snake_name>.yaml`.
    #[serde(default)]
    pub types: Vec<TypeDef>,
    /// Errors any operation of the service can return (gateway, authentication, rate limits).
    #[serde(default)]
    pub errors: Vec<ErrorDef>,
    /// Where the service-level facts come from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Inconsistencies found in the vendor documents and how this spec resolved them.
    #[serde(default)]
    pub doc_notes: Vec<DocNote>,
}

/// The wire protocol of a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// Volcengine OpenAPI: `POST /?Action=…&Version=…`, JSON body, V4 "HMAC-SHA256" signature,
    /// `ResponseMetadata` + `Result` envelope.
    Volcengine,
    /// Tencent Cloud Chat REST API: `POST /v4/<service>/<command>?sdkappid=…&identifier=…&
    /// usersig=…&random=…&contenttype=json`, `ActionStatus`/`ErrorCode`/`ErrorInfo` envelope.
    Tencent,
    /// RongCloud Server API: `POST /<module>/<action>.json`, form-encoded body, `App-Key`/
    /// `Nonce`/`Timestamp`/`Signature` headers, `{"code": 200, …}` envelope.
    Rongcloud,
}

/// Settings of a Volcengine OpenAPI service.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct VolcengineSettings {
    /// The service name used in the credential scope of the signature (`rtc`).
    pub service: String,
    /// The API version sent as the `Version` query parameter (`2020-12-01`).
    pub version: String,
    /// The request field that names the app (`AppId`). Rate limits hold per app, so servers
    /// count calls by it; every operation's request must have it, as an integer.
    #[serde(default)]
    pub app_field: Option<String>,
}

/// Settings of a Tencent Cloud Chat REST service.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TencentSettings {
    /// The REST API version, the first path segment (`v4`).
    pub version: String,
}

/// One region the service answers in.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Endpoint {
    /// The region's key (`cn-north-1`, `singapore`).
    pub region: String,
    /// The host name, without scheme.
    pub host: String,
    /// A backup host for the same region, if the vendor publishes one.
    #[serde(default)]
    pub backup_host: Option<String>,
    /// The region string used in the signature, when it differs from `region`.
    #[serde(default)]
    pub signing_region: Option<String>,
    /// Whether this endpoint is the default one.
    #[serde(default)]
    pub default: bool,
    /// A short description.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub description: Option<String>,
}

/// How a response payload travels inside the vendor's envelope.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Envelope {
    /// `wrapped`: the payload sits under `payload_field`; `flattened`: the payload's fields sit
    /// beside the envelope's own fields.
    pub style: EnvelopeStyle,
    /// For `wrapped`: the name of the field that carries the payload (`Result`).
    #[serde(default)]
    pub payload_field: Option<String>,
    /// What the vendor documents about the envelope.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
    /// The envelope's own fields (for example `ResponseMetadata`, or `ActionStatus`).
    pub fields: Vec<Field>,
}

/// See [`Envelope::style`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EnvelopeStyle {
    /// The payload is one field of the envelope.
    Wrapped,
    /// The payload's fields are merged into the envelope object.
    Flattened,
}

/// One operation file.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct OperationFile {
    /// The operation's name in PascalCase (`ModifyMessage`). Types `{name}Request` and
    /// `{name}Response` are generated from it.
    pub name: String,
    /// The document this operation was transcribed from.
    pub source: Source,
    /// A one-line summary in the document's language.
    pub summary: String,
    /// The full description in the document's language.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
    /// An English gloss of the summary and description.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub gloss: Option<String>,
    /// How the operation is bound to HTTP.
    pub http: HttpBinding,
    /// The documented call-rate limit.
    #[serde(default)]
    pub rate_limit: Option<RateLimit>,
    /// Further limits on a class of calls, besides `rate_limit` (for example a lower limit on
    /// high-priority messages). A call counts against `rate_limit` and against every class
    /// limit whose `when` it matches.
    #[serde(default)]
    pub class_limits: Vec<ClassLimit>,
    /// Other documents this operation's facts come from besides `source`; fields name one
    /// by its `id` in their `from`.
    #[serde(default)]
    pub also_from: Vec<Source>,
    /// Which kinds of resource the operation applies to, when the document restricts it (for
    /// example `{what: group type, values: [AVChatRoom]}`).
    #[serde(default)]
    pub applies_to: Option<AppliesTo>,
    /// How the operation pages through a long list (one style, or a list of styles the
    /// request chooses between); a client gets a stream of all pages.
    #[serde(default)]
    pub pagination: Option<Paging>,
    /// The request body.
    pub request: Shape,
    /// The response payload (for Volcengine the `Result` object; for Tencent the fields beside
    /// the envelope's).
    pub response: Shape,
    /// How this operation's answers differ from the service's envelope, when its document
    /// shows they do.
    #[serde(default)]
    pub envelope: Option<OperationEnvelope>,
    /// Named shapes and enums this operation introduces. Type names are shared by the whole
    /// service: another operation may use one (it is then generated with the service's shared
    /// types), and deleting this file then names that operation.
    #[serde(default)]
    pub types: Vec<TypeDef>,
    /// Errors this operation can return besides the service-wide ones.
    #[serde(default)]
    pub errors: Vec<ErrorDef>,
    /// Rules that depend on server state. They cannot be checked by a stateless validator; they
    /// are documented and left to server implementations.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// Request/response examples, as valid JSON. Each one is a test.
    #[serde(default)]
    pub examples: Vec<Example>,
    /// Inconsistencies found in the source document and how this spec resolved them.
    #[serde(default)]
    pub doc_notes: Vec<DocNote>,
    /// What `codegen import` could not decide, for a person to resolve: a draft's open
    /// questions. `validate` and `generate` refuse a spec that still holds one; resolve each
    /// (and record a doc error in `doc_notes`), then delete it.
    #[serde(default)]
    pub todo: Vec<Todo>,
}

/// An open question `codegen import` left in a draft (see [`OperationFile::todo`]).
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct Todo {
    /// What to decide, and what the page says.
    #[schemars(extend("x-prose" = true))]
    pub what: String,
    /// The line of the page the question is about.
    #[serde(default)]
    pub line: Option<u64>,
}

/// A field fact `codegen import` drafted from the page's prose rather than read from a table
/// cell it understood (a limit found in a sentence): a person reviews it, then deletes the
/// marker. `validate` and `generate` refuse a spec that still holds one.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct Draft {
    /// The sentence of the page the fact was drafted from.
    #[schemars(extend("x-prose" = true))]
    pub sentence: String,
    /// Its line on the page.
    #[serde(default)]
    pub line: Option<u64>,
}

/// An operation's own envelope behaviour.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct OperationEnvelope {
    /// What the answers carry in the payload's place on failure too (`MarkConversation`
    /// answers `Result: {}` beside its error): an object, which is a Volcengine answer's
    /// `Result`, or fields beside a Tencent answer's error fields.
    pub payload_on_error: Value,
}

/// A call-rate limit on the calls that match a condition.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct ClassLimit {
    /// A short name of the class (`high priority`).
    pub class: String,
    /// How many calls of the class.
    pub requests: u32,
    /// Per which period.
    pub per: RatePeriod,
    /// Who the limit applies to, as the document says.
    #[serde(default)]
    pub scope: Option<String>,
    /// Which calls belong to the class, by the request: a field sent, equal to one value
    /// (`equals`), or to any of several values sharing this one budget (`in`).
    pub when: ClassCondition,
    /// A further condition on the server's state that the request cannot show (`the
    /// conversation is a live group`), in the document's words. A generated router cannot
    /// tell whether it holds, so it leaves such a class to the server implementation, which
    /// applies the class's budget when it finds the state holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-prose" = true))]
    pub state: Option<String>,
    /// What happens to a call over the class's budget: `refuse` (the default) answers the
    /// throttling error; `drop` answers it as a success and discards its effect.
    #[serde(default)]
    pub overflow: Overflow,
}

/// Which calls belong to a class of calls: a condition on one field of the request (its own,
/// or by wire path one inside an object it holds).
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct ClassCondition {
    /// The wire name or wire path of the field, as in other conditions.
    pub field: String,
    /// The value the field must have. Without it (and without `in`), the condition is that
    /// the field is present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<Value>,
    /// Values any of which puts the call in the class: the calls with these values share one
    /// budget. At least two; for one, write `equals`.
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    pub any_of: Option<Vec<Value>>,
}

impl ClassCondition {
    /// The condition as plain conditions, any one of which puts a call in the class.
    pub fn alternatives(&self) -> Vec<Condition> {
        match &self.any_of {
            Some(values) => values
                .iter()
                .map(|v| Condition {
                    field: self.field.clone(),
                    equals: Some(v.clone()),
                })
                .collect(),
            None => vec![Condition {
                field: self.field.clone(),
                equals: self.equals.clone(),
            }],
        }
    }
}

/// What a server does with a call over a class's budget.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Overflow {
    /// Refuse it with the throttling error.
    #[default]
    Refuse,
    /// Answer it as a success and discard its effect (a message that is not stored or
    /// delivered).
    Drop,
}

/// A condition on a field of an object: one of its own, or one inside an object it holds.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct Condition {
    /// The wire name of a field of the same object, or a wire path through the objects it
    /// holds (`ConversationCoreInfo.ConversationType`). A path whose parent object is absent
    /// names an absent field: the condition does not hold.
    pub field: String,
    /// The value the field must have (a scalar or an enum's wire value). Without it, the
    /// condition is that the field is present.
    #[serde(default)]
    pub equals: Option<Value>,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct Source {
    /// A short id, for fields to name the source of their facts (`from`).
    #[serde(default)]
    pub id: Option<String>,
    /// The seed document's file name, when the operation was transcribed from a seed.
    #[serde(default)]
    pub seed: Option<String>,
    /// The vendor's page.
    #[serde(default)]
    pub url: Option<String>,
    /// The document's title.
    #[serde(default)]
    pub title: Option<String>,
}

/// The HTTP binding of an operation. Volcengine operations name an `action`; Tencent
/// operations name a `path`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct HttpBinding {
    /// The HTTP method. Both vendors use POST.
    pub method: HttpMethod,
    /// Volcengine: the `Action` query parameter.
    #[serde(default)]
    pub action: Option<String>,
    /// Tencent: the path after the version, `<servicename>/<command>`.
    #[serde(default)]
    pub path: Option<String>,
    /// Whether making the call twice has the effect of making it once (reads, and writes that
    /// set or merge values). Clients retry an idempotent call whose outcome is unknown
    /// (timeout, broken connection, server error); others only when it was surely not applied.
    #[serde(default)]
    pub idempotent: bool,
    /// A request field that makes the call idempotent when present (a dedupe id such as
    /// `ClientMsgId`: the server drops a repeat that carries the same value). Set this instead
    /// of `idempotent`.
    #[serde(default)]
    pub idempotent_when: Option<String>,
}

/// HTTP methods the vendors use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    /// POST
    Post,
    /// GET
    Get,
}

/// A call-rate limit: at most `requests` calls per `per`.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct RateLimit {
    /// How many calls.
    pub requests: u32,
    /// Per which period.
    pub per: RatePeriod,
    /// Who the limit applies to, as the document says (for example "per app").
    #[serde(default)]
    pub scope: Option<String>,
}

/// The period of a [`RateLimit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RatePeriod {
    /// Per second (QPS).
    Second,
    /// Per minute.
    Minute,
}

/// A request body or response payload.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Shape {
    /// What the shape carries.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub description: Option<String>,
    /// The fields, in document order.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// Constraints that involve several fields.
    #[serde(default)]
    pub constraints: Option<ShapeConstraints>,
}

/// A named type: an object (`fields`), an enum (`enum`) or a tagged union (`union`). It is an
/// item of a `types` list (of `service.yaml` or an operation file), or the whole of a type
/// file: `<service>/types/<snake_name>.yaml`, one shared type, named after it (`MsgBody` in
/// `types/msg_body.yaml`). Type names are the service's: any file of it may use any of them.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TypeDef {
    /// The type's name in PascalCase.
    pub name: String,
    /// What it is, in the documents' language.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
    /// An English gloss.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub gloss: Option<String>,
    /// For an object: its fields, in document order. Give either `fields` or `enum`.
    #[serde(default)]
    pub fields: Option<Vec<Field>>,
    /// For an object: constraints that involve several fields.
    #[serde(default)]
    pub constraints: Option<ShapeConstraints>,
    /// For an enum: its wire type and values. Give one of `fields`, `enum` or `union`.
    #[serde(default, rename = "enum")]
    pub enumeration: Option<EnumDef>,
    /// For a tagged union: an object whose tag field decides the shape of its content field.
    #[serde(default)]
    pub union: Option<UnionDef>,
    /// A refinement: this type is the named object or union as one use of it has it (a history
    /// answer's image element, say), a distinct type built from that one. For an object,
    /// `fields` lists only the fields it adds and `changes` the fields of the base it changes;
    /// for a union, `variants` gives the variants whose content is a refinement of the base's.
    /// Leave out `enum` and `union`.
    #[serde(default)]
    pub refines: Option<String>,
    /// For a refinement of an object: the base's fields it changes, by wire name, each with
    /// only what changes.
    #[serde(default)]
    pub changes: Vec<FieldChange>,
    /// For a refinement of a union: the variants whose content type changes, by tag.
    #[serde(default)]
    pub variants: Vec<VariantChange>,
}

/// A tagged union: `{"<tag>": "<variant tag>", "<content>": {…the variant's shape…}}`. A tag
/// the spec does not list is kept with its content as JSON, not refused.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct UnionDef {
    /// The wire name of the tag field (`MsgType`).
    pub tag: String,
    /// The wire name of the content field (`MsgContent`).
    pub content: String,
    /// The documented variants.
    pub variants: Vec<UnionVariant>,
}

/// One variant of a [`UnionDef`].
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct UnionVariant {
    /// The tag's value on the wire (`TIMTextElem`).
    pub tag: String,
    /// The variant's name in PascalCase (`Text`).
    pub name: String,
    /// The shape of the content: a struct type of the service.
    #[serde(rename = "type")]
    pub ty: String,
    /// What the variant carries.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
}

/// An enum: a closed list of documented values over one wire type.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EnumDef {
    /// The wire type: an integer type (`i32`, `i64`, `u32`, `u64`) or `string`.
    #[serde(rename = "type")]
    pub ty: String,
    /// The documented values.
    pub values: Vec<EnumValue>,
    /// For a number with named special values: what every other value means. With it, values
    /// not listed are valid (`ShutUpTime`: 0 unmutes, 4294967295 is forever, any other value
    /// is a duration) and kept in a variant of this name instead of `Unknown`.
    #[serde(default)]
    pub other: Option<EnumOther>,
}

/// See [`EnumDef::other`].
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EnumOther {
    /// The variant's name in PascalCase (`Seconds`).
    pub name: String,
    /// What the value means.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
}

/// One value of an enum.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EnumValue {
    /// The value on the wire.
    pub value: Value,
    /// The variant's name in PascalCase.
    pub name: String,
    /// What the value means.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
}

/// One field of a shape.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Field {
    /// The wire name, exactly as on the wire (`ConversationShortId`, `Member_Account`).
    pub name: String,
    /// The field's name in generated code (snake_case), when the one made from the wire name
    /// would not do: two wire names that differ only in case (`URL` and `Url`) need one.
    #[serde(default)]
    pub rust_name: Option<String>,
    /// The type: `bool`, `i32`, `i64`, `u32`, `u64`, `f64`, `string`, `list<T>`,
    /// `map<string,T>` or the name of a type defined in the service. Items of a list or map
    /// that may be `null` are written `T?` (`list<string?>`).
    #[serde(rename = "type")]
    pub ty: String,
    /// The type as the document wrote it (`Int`, `Long`, `JSON Map`), when it had to be
    /// resolved.
    #[serde(default)]
    pub doc_type: Option<String>,
    /// Whether the field must be present: `true` (in every request and answer), `false`, or
    /// `request` (a request must carry it, an answer may leave it out: for a shape both sent
    /// and read, such as a message element that history answers return as stored).
    pub required: Required,
    /// The value the server assumes when the field is absent; on a required field, the value
    /// the document recommends (generated constructors start from it).
    #[serde(default)]
    pub default: Option<Value>,
    /// What an absent optional field means, when it is not a value (`every member`).
    #[serde(default)]
    pub when_absent: Option<String>,
    /// The unit of a number (`seconds`, `milliseconds`).
    #[serde(default)]
    pub unit: Option<Unit>,
    /// The `id` of the operation's `also_from` source this field's facts come from.
    #[serde(default)]
    pub from: Option<String>,
    /// For an enum field: the value the server uses in place of a value the spec does not
    /// list, which it accepts instead of refusing (`Role`: an unknown role is treated as 0).
    #[serde(default)]
    pub unknown_as: Option<Value>,
    /// What the field means, in the document's language.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
    /// An English gloss.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub gloss: Option<String>,
    /// An example value.
    #[serde(default)]
    pub example: Option<Value>,
    /// Limits on the value.
    #[serde(default)]
    pub constraints: Option<Constraints>,
    /// Set by `codegen import` on a fact drafted from prose: to review, then delete.
    #[serde(default)]
    pub draft: Option<Draft>,
}

/// Constraints that involve several fields of one shape. Each names fields by wire name, or by
/// wire path into the objects the shape holds (`ConversationCoreInfo.ConversationType`); a
/// path whose parent object is absent names an absent field.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ShapeConstraints {
    /// Groups of optional fields of which at least one must be present.
    #[serde(default)]
    pub at_least_one_of: Vec<FieldGroup>,
    /// Groups of optional fields of which at most one may be present (`[Next, Offset]`).
    #[serde(default)]
    pub mutually_exclusive: Vec<FieldGroup>,
    /// Optional fields that must be present when a condition on another field holds
    /// (`OtherUserId` when `ConversationType` is 1).
    #[serde(default)]
    pub required_when: Vec<RequiredWhen>,
    /// Optional fields that must be absent when a condition on another field holds
    /// (`SendMsgControl` when `OnlineOnlyFlag` is 1).
    #[serde(default)]
    pub forbidden_when: Vec<RequiredWhen>,
}

/// A group of [`ShapeConstraints::at_least_one_of`] or [`ShapeConstraints::mutually_exclusive`]:
/// a list of fields (`[Next, Offset]`), or a mapping that also gives the group's error code
/// (`{fields: [Next, Offset], code: 10005}`).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum FieldGroup {
    /// The fields' wire names or paths.
    Fields(Vec<String>),
    /// The fields, and the error code for breaking the rule.
    Coded(CodedGroup),
}

/// A [`FieldGroup`] with its error code.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CodedGroup {
    /// The fields' wire names or paths.
    pub fields: Vec<String>,
    /// The error code the document gives for breaking the rule, one of the operation's or the
    /// service's `errors`: a server answers it instead of the `invalid_parameter` role's code.
    pub code: Value,
}

impl FieldGroup {
    /// The fields' wire names or paths.
    pub fn fields(&self) -> &[String] {
        match self {
            FieldGroup::Fields(fields) | FieldGroup::Coded(CodedGroup { fields, .. }) => fields,
        }
    }

    /// The group's error code, if it has one.
    pub fn code(&self) -> Option<&Value> {
        match self {
            FieldGroup::Fields(_) => None,
            FieldGroup::Coded(c) => Some(&c.code),
        }
    }
}

/// See [`ShapeConstraints::required_when`] and [`ShapeConstraints::forbidden_when`].
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct RequiredWhen {
    /// The wire name (or wire path) of the optional field that becomes required (or
    /// forbidden).
    pub field: String,
    /// When.
    pub when: Condition,
    /// The error code the document gives for breaking the rule, one of the operation's or the
    /// service's `errors`: a server answers it instead of the `invalid_parameter` role's code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Value>,
}

/// A rule that depends on server state.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct Rule {
    /// What must hold.
    #[schemars(extend("x-prose" = true))]
    pub description: String,
    /// The vendor error code returned when it does not.
    #[serde(default)]
    pub error: Option<Value>,
}

/// A request/response example. Both are JSON text; the response is the whole wire body,
/// envelope included.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Example {
    /// A short name, unique within the operation.
    pub name: String,
    /// What the example shows.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub description: Option<String>,
    /// The request body, as JSON text.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub request: Option<String>,
    /// The response body, as JSON text.
    #[serde(default)]
    #[schemars(extend("x-prose" = true))]
    pub response: Option<String>,
}

/// An inconsistency in a source document and how the spec resolved it.
#[derive(Debug, Clone, Deserialize, JsonSchema, serde::Serialize)]
#[schemars(deny_unknown_fields)]
pub struct DocNote {
    /// What the document says.
    #[schemars(extend("x-prose" = true))]
    pub issue: String,
    /// What the spec does about it.
    #[schemars(extend("x-prose" = true))]
    pub resolution: String,
}
