//! The language-neutral model that template sets read.
//!
//! The IR carries Rust spellings (`rust`, `snake`, `module`) for the Rust emitter; templates
//! for other languages must not see them. This model is the IR restated for them: every name
//! is a [`Name`] (the wire spelling and its words, which a manifest's naming style joins), types
//! are a small tree ([`ir::Type`]), and every object and field is documented in
//! `templates/README.md`. `codegen model` prints it as JSON.
//!
//! Beside the prose, each service has a [`Schema`]: the types' shapes and limits as compact
//! data, which the other languages' hand-written runtimes interpret to validate and decode,
//! so their validators agree with the Rust ones by construction.

use super::schema::{condition_words, schema, Schema};
mod field_constraints;
use field_constraints::named;
pub use field_constraints::FieldConstraints;
use std::collections::BTreeMap;

use heck::ToSnakeCase;
use serde::Serialize;
use serde_json::Value;

use crate::ir::{self, Constraints, Type, TypeKind};

/// Every service, for templates rendered once per set.
#[derive(Debug, Clone, Serialize)]
pub struct Model {
    /// The services, sorted by name.
    pub services: Vec<Service>,
}

/// A name: its wire spelling and the words a naming style joins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Name {
    /// Exactly as the spec (or the wire) spells it: `ModifyMessage`, `Member_Account`.
    pub wire: String,
    /// Lower-case ASCII words: `["modify", "message"]`, `["member", "account"]`.
    pub words: Vec<String>,
    /// The names it must differ from once styled, as one key: `types` (every service's
    /// types), `<service>:operations`, and `<service>:<Type>.fields`, `.values` or
    /// `.variants`; `None` for a name alone (a service's). The `name` filter makes the names
    /// of one scope unique (`URL` and `Url` both `Url` in pascal: the second is `Url2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

impl Name {
    /// The name of `wire`, split into words at case changes, digits-to-letters and separators.
    pub fn new(wire: &str) -> Name {
        Name {
            wire: wire.to_owned(),
            words: words(wire),
            scope: None,
        }
    }

    /// The same name in `scope`.
    fn in_scope(mut self, scope: String) -> Name {
        self.scope = Some(scope);
        self
    }
}

/// The scope every type name is in (see [`Name::scope`]).
pub const TYPES_SCOPE: &str = "types";

impl Model {
    /// Every scope's names, in the model's order, each wire name once.
    pub fn scopes(&self) -> BTreeMap<String, Vec<String>> {
        let mut scopes: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut add = |name: &Name| {
            if let Some(scope) = &name.scope {
                let names = scopes.entry(scope.clone()).or_default();
                if !names.contains(&name.wire) {
                    names.push(name.wire.clone());
                }
            }
        };
        for s in &self.services {
            for t in &s.types {
                add(&t.name);
                t.fields.iter().for_each(|f| add(&f.name));
                t.values.iter().chain(&t.other).for_each(|v| add(&v.name));
                t.variants.iter().for_each(|v| add(&v.name));
            }
            s.operations.iter().for_each(|o| add(&o.name));
        }
        scopes
    }
}

/// Puts each name of a service in its scope.
fn scope_names(s: &mut Service) {
    let service = s.name.wire.clone();
    for t in &mut s.types {
        let ty = t.name.wire.clone();
        t.name = t.name.clone().in_scope(TYPES_SCOPE.to_owned());
        for f in &mut t.fields {
            f.name = f.name.clone().in_scope(format!("{service}:{ty}.fields"));
            f.constraints.values_scope =
                named(&f.ty).map(|enum_name| format!("{service}:{enum_name}.values"));
        }
        for v in t.values.iter_mut().chain(t.other.as_mut()) {
            v.name = v.name.clone().in_scope(format!("{service}:{ty}.values"));
        }
        for v in &mut t.variants {
            v.name = v.name.clone().in_scope(format!("{service}:{ty}.variants"));
        }
    }
    for o in &mut s.operations {
        o.name = o.name.clone().in_scope(format!("{service}:operations"));
    }
}

/// The lower-case ASCII words of a name (`TIMTextElem` → `tim`, `text`, `elem`).
pub fn words(text: &str) -> Vec<String> {
    text.to_snake_case()
        .split('_')
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// One service: a vendor protocol and its operations.
#[derive(Debug, Clone, Serialize)]
pub struct Service {
    /// The service's name (`tencent-chat`).
    pub name: Name,
    /// The spec file, relative to the spec folder.
    pub spec_file: String,
    /// One-line title.
    pub title: String,
    /// Description, in the documents' language.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// `volcengine` or `tencent`: which protocol, for prose. What the protocol does is data:
    /// `signing`, `envelope.roles` and each operation's `query`.
    pub protocol: String,
    /// The API version (`2020-12-01`, `v4`).
    pub api_version: String,
    /// How requests are signed: the scheme (`volcengine-v4`, `tencent-usersig`), the service
    /// its scope names (`rtc`, or `None`), and whether a signature names the region.
    pub signing: ir::Signing,
    /// The request field naming the app, by which servers count rate limits (`AppId`).
    pub app_field: Option<String>,
    /// Endpoints (`region`, `host`, `backup_host`, `signing_region`, `default`,
    /// `description`); the default one first.
    pub endpoints: Vec<ir::Endpoint>,
    /// The response envelope.
    pub envelope: Envelope,
    /// Named types, in spec order.
    pub types: Vec<TypeDef>,
    /// Each type's position in `types`, by name: `service.types[service.type_index[op.request]]`
    /// finds a type at once, where a loop over `types` per operation would cost the square.
    pub type_index: BTreeMap<String, usize>,
    /// Every distinct error code of the service and its operations.
    pub errors: Vec<ErrorDef>,
    /// Operations, sorted by name.
    pub operations: Vec<Operation>,
    /// Notes on the documents.
    pub doc_notes: Vec<ir::DocNote>,
    /// Where the service's facts come from.
    pub sources: Vec<ir::Source>,
    /// The types' shapes and limits as data, for runtimes to interpret (see
    /// [`schema`]).
    pub schema: Schema,
}

/// The response envelope.
#[derive(Debug, Clone, Serialize)]
pub struct Envelope {
    /// `wrapped` (the payload is one field) or `flattened` (beside the envelope's fields).
    pub style: String,
    /// For `wrapped`: the payload's wire name (`Result`).
    pub payload_field: Option<String>,
    /// Description.
    pub description: String,
    /// The envelope's own fields.
    pub fields: Vec<Field>,
    /// The fields that say how a call went (`request_id`, `code`, `number`, `message`, each a
    /// path of wire names, and `status`: `{path, ok}` or `None`).
    pub roles: ir::EnvelopeRoles,
}

/// What an operation applies to (`applies_to` in the spec), every kind in one form.
#[derive(Debug, Clone, Serialize)]
pub struct AppliesTo {
    /// The kind of resource (`group type`).
    pub what: String,
    /// The kinds it applies to.
    pub values: Vec<AppliesToValue>,
}

/// One kind an operation applies to.
#[derive(Debug, Clone, Serialize)]
pub struct AppliesToValue {
    /// Its name (`AVChatRoom`).
    pub value: String,
    /// How far the operation reaches for it (`{max: 300, of: members, description}`), or
    /// null when it applies wholly.
    pub limit: Option<crate::spec::AppliesLimit>,
}

/// A named type.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// Its name (PascalCase in the spec).
    pub name: Name,
    /// `struct`, `enum` or `union`.
    pub kind: String,
    /// Description.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// The type it refines (`refines:` in the spec), or null for a type written whole.
    pub refines: Option<String>,
    /// The operation it belongs to: the one whose file defines it, when no other operation
    /// uses it. `None` for a type the operations share (defined in service.yaml, in a type
    /// file, or in an operation's file and used by other operations too).
    pub operation: Option<String>,
    /// Whether a request reaches it.
    pub in_request: bool,
    /// Whether a response reaches it.
    pub in_response: bool,
    /// Struct: its fields in spec order (empty otherwise).
    pub fields: Vec<Field>,
    /// Struct: groups of which at least one field must be present (`fields`: wire names or
    /// wire paths; `code`: the documented error code for breaking the rule, or `None`).
    pub at_least_one_of: Vec<ir::Group>,
    /// Struct: groups of which at most one field may be present.
    pub mutually_exclusive: Vec<ir::Group>,
    /// Struct: fields required when a condition holds.
    pub required_when: Vec<Conditional>,
    /// Struct: fields forbidden when a condition holds.
    pub forbidden_when: Vec<Conditional>,
    /// Enum: `string` or an integer scalar (`i32`, `i64`…).
    pub repr: Option<String>,
    /// Enum: the documented values.
    pub values: Vec<EnumValue>,
    /// Enum: for a number with a few special values, what every other value means.
    pub other: Option<EnumValue>,
    /// Union: the tag's wire name (`MsgType`).
    pub tag: Option<String>,
    /// Union: the content's wire name (`MsgContent`).
    pub content: Option<String>,
    /// Union: the documented variants.
    pub variants: Vec<Variant>,
}

/// A field that a condition on another field makes required (or forbidden).
#[derive(Debug, Clone, Serialize)]
pub struct Conditional {
    /// The field's wire name, or a wire path into the objects the struct holds.
    pub field: String,
    /// The wire name (or wire path, `ConversationCoreInfo.ConversationType`) of the field the
    /// condition reads.
    pub when_field: String,
    /// The value it must have; `None` means "is sent".
    pub equals: Option<Value>,
    /// The condition in words, as validators word it (`ConversationType is 1`).
    pub condition: String,
    /// The documented error code for breaking the rule, or `None`.
    pub code: Option<Value>,
}

/// A documented enum value.
#[derive(Debug, Clone, Serialize)]
pub struct EnumValue {
    /// The wire value.
    pub value: Value,
    /// Its name (`Member`).
    pub name: Name,
    /// Meaning.
    pub description: String,
}

/// A variant of a tagged union.
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    /// The tag's value on the wire (`TIMTextElem`).
    pub tag: String,
    /// The variant's name.
    pub name: Name,
    /// The content's type name.
    pub ty: String,
    /// Meaning.
    pub description: String,
}

/// A field of a struct or of the envelope.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// Its name: `name.wire` is the JSON key.
    pub name: Name,
    /// Its type.
    pub ty: Type,
    /// The type in the spec's spelling (`list<map<string,i64>>`).
    pub ty_spec: String,
    /// The documents' own word for the type.
    pub doc_type: Option<String>,
    /// Whether every request and every answer carries it.
    pub required: bool,
    /// Whether a request must carry it though an answer may leave it out (`required: request`):
    /// optional in the types, required by request validation. Never with `required`.
    pub required_in_request: bool,
    /// The value assumed when absent (on a required field, the recommended value).
    pub default: Option<Value>,
    /// What an absent optional field means, when not a value.
    pub when_absent: Option<String>,
    /// The unit of a number (`seconds`, `bytes`…).
    pub unit: Option<Value>,
    /// For an enum field: the value the server treats an unknown one as.
    pub unknown_as: Option<Value>,
    /// Description.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// Example value.
    pub example: Option<Value>,
    /// Value limits.
    pub constraints: FieldConstraints,
    /// The limits in words, one per entry (`at most 100 items`).
    pub limits: Vec<String>,
}

/// An error code.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorDef {
    /// The code (a string for Volcengine, an integer for Tencent).
    pub code: Value,
    /// The code as text.
    pub code_text: String,
    /// Volcengine's numeric `CodeN`.
    pub code_n: Option<u32>,
    /// The HTTP status.
    pub http_status: Option<u16>,
    /// Meaning.
    pub description: String,
    /// The kind of failure (`throttled`, `signature_mismatch`…): the first of `roles`.
    pub role: Option<Value>,
    /// Every kind of failure the code reports (usually one).
    pub roles: Vec<Value>,
}

/// One operation.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// Its name (`ModifyMessage`).
    pub name: Name,
    /// One-line summary.
    pub summary: String,
    /// Description.
    pub description: String,
    /// English gloss.
    pub gloss: Option<String>,
    /// The vendor page it comes from.
    pub source: ir::Source,
    /// The HTTP method (`POST`).
    pub method: String,
    /// The URL path from the root.
    pub path: String,
    /// The query parameters every call carries to name the operation, in order (`Action`
    /// and `Version`, each with its value); empty when the path names it.
    pub query: Vec<ir::QueryParam>,
    /// The path and that query, as a request line names them
    /// (`/?Action=ModifyMessage&Version=2020-12-01`).
    pub target: String,
    /// How the request body is written: `json`, or `form` (a list as its key repeated, a map
    /// as bracketed keys, a nested object as JSON text in one field).
    pub body: ir::BodyFormat,
    /// The body's `Content-Type` (`application/json`).
    pub content_type: String,
    /// Whether repeating the call is safe.
    pub idempotent: bool,
    /// The request field whose presence makes repeating it safe.
    pub idempotent_when: Option<String>,
    /// The request type's name.
    pub request: String,
    /// The response type's name.
    pub response: String,
    /// The documented rate limit.
    pub rate_limit: Option<ir::RateLimit>,
    /// Limits on classes of calls.
    pub class_limits: Vec<ir::ClassLimit>,
    /// What a failure's answer carries in the payload's place, when the document shows
    /// something there (an object); `None` otherwise.
    pub payload_on_error: Option<serde_json::Map<String, Value>>,
    /// What it applies to, each kind with its limit when it applies only in part.
    pub applies_to: Option<AppliesTo>,
    /// How it pages through a list: its styles, the first whose `when` holds for a request
    /// paging it; `None` when it does not page.
    pub pagination: Option<Vec<Pagination>>,
    /// The operation's own error codes.
    pub errors: Vec<ErrorDef>,
    /// Rules that need server state.
    pub rules: Vec<ir::Rule>,
    /// Examples.
    pub examples: Vec<Example>,
    /// Notes on the document.
    pub doc_notes: Vec<ir::DocNote>,
}

/// One style of paging an operation: wire names of the fields involved.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// `cursor`, `offset`, `sequence` or `token`.
    pub style: Value,
    /// The request condition that picks this style, when the operation has several; `None`
    /// for its only style, or the last one, which pages every other request.
    pub when: Option<PageWhen>,
    /// The request field holding the position.
    pub request_field: String,
    /// The position's wire type (`i64`, `string`), so a runtime writes a computed position in
    /// the type the request holds it in.
    pub request_type: String,
    /// The response field holding the next position.
    pub response_field: Option<String>,
    /// The next position computed from the page's items, instead of read from a field.
    pub next_from_items: Option<NextFromItems>,
    /// The response list of items.
    pub items: String,
    /// The request field holding the page size.
    pub page_size: Option<String>,
    /// The response bool that is true while more follow.
    pub has_more: Option<String>,
    /// The response bool that is true on the last page.
    pub is_finished: Option<String>,
    /// The next position that means the end.
    pub end_value: Option<Value>,
    /// The response integer holding the size of the whole list (offset walks).
    pub total: Option<String>,
    /// The response field whose values say whether more pages follow.
    pub flag: Option<PageFlag>,
    /// Other request fields the next request takes from the response (empty for most).
    pub carry: Vec<PageCarry>,
}

/// See [`Pagination::carry`].
#[derive(Debug, Clone, Serialize)]
pub struct PageCarry {
    /// The request field's wire name.
    pub request_field: String,
    /// The response field's wire name it is set from, when the response has it.
    pub response_field: String,
}

/// See [`Pagination::when`].
#[derive(Debug, Clone, Serialize)]
pub struct PageWhen {
    /// The request field's wire name, or wire path (`Filter.Kind`).
    pub field: String,
    /// The wire names from the request to that field (`["Filter", "Kind"]`).
    pub path: Vec<String>,
    /// The value it must have; `None` means "is sent".
    pub equals: Option<Value>,
    /// The condition in words (`Next is sent`).
    pub condition: String,
}

/// See [`Pagination::next_from_items`].
#[derive(Debug, Clone, Serialize)]
pub struct NextFromItems {
    /// The item field's wire name.
    pub field: String,
    /// `min` (the page's smallest value) or `max` (its largest).
    pub of: &'static str,
    /// Added to that value.
    pub add: i64,
}

/// See [`Pagination::flag`].
#[derive(Debug, Clone, Serialize)]
pub struct PageFlag {
    /// The response field's wire name.
    pub field: String,
    /// The values meaning more pages follow.
    pub more: Vec<Value>,
    /// The values meaning this was the last page.
    pub done: Vec<Value>,
}

/// An example.
#[derive(Debug, Clone, Serialize)]
pub struct Example {
    /// Its name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// The request body.
    pub request: Option<Value>,
    /// The whole response body, envelope included.
    pub response: Option<Value>,
}

/// Builds the model of the IR.
pub fn model(ir: &ir::Ir) -> Model {
    let mut services: Vec<Service> = ir.services.iter().map(service).collect();
    services.iter_mut().for_each(scope_names);
    Model { services }
}

fn service(s: &ir::Service) -> Service {
    Service {
        name: Name::new(&s.name),
        spec_file: s.spec_file.clone(),
        title: s.title.clone(),
        description: s.description.clone(),
        gloss: s.gloss.clone(),
        protocol: tag(&s.protocol),
        api_version: s.api_version.clone(),
        signing: s.signing.clone(),
        app_field: s.app_field.clone(),
        endpoints: s.endpoints.clone(),
        envelope: Envelope {
            style: tag(&s.envelope.style),
            payload_field: s.envelope.payload_field.as_ref().map(|f| f.wire.clone()),
            description: s.envelope.description.clone(),
            fields: s.envelope.fields.iter().map(field).collect(),
            roles: s.envelope.roles.clone(),
        },
        types: s.types.iter().map(type_def).collect(),
        type_index: s
            .types
            .iter()
            .enumerate()
            .map(|(i, t)| (t.name.clone(), i))
            .collect(),
        errors: s.all_errors().into_iter().map(error).collect(),
        operations: s.operations.iter().map(|op| operation(s, op)).collect(),
        doc_notes: s.doc_notes.clone(),
        sources: s.sources.clone(),
        schema: schema(s),
    }
}

/// A serde enum's wire spelling (`volcengine`, `wrapped`).
fn tag(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

fn error(e: &ir::ErrorDef) -> ErrorDef {
    ErrorDef {
        code: e.code.clone(),
        code_text: e.code_text(),
        code_n: e.code_n,
        http_status: e.http_status,
        description: e.description.clone(),
        role: e
            .roles
            .first()
            .map(|r| serde_json::to_value(r).unwrap_or(Value::Null)),
        roles: e
            .roles
            .iter()
            .map(|r| serde_json::to_value(r).unwrap_or(Value::Null))
            .collect(),
    }
}

fn conditional(r: &ir::RequiredWhen) -> Conditional {
    Conditional {
        field: r.field.clone(),
        when_field: r.when.field.clone(),
        equals: r.when.equals.clone(),
        condition: condition_words(&r.when),
        code: r.code.clone(),
    }
}

fn type_def(t: &ir::TypeDef) -> TypeDef {
    let mut out = TypeDef {
        name: Name::new(&t.name),
        kind: String::new(),
        description: t.description.clone(),
        gloss: t.gloss.clone(),
        refines: t.refines.clone(),
        operation: t.operation.clone(),
        in_request: t.in_request,
        in_response: t.in_response,
        fields: Vec::new(),
        at_least_one_of: Vec::new(),
        mutually_exclusive: Vec::new(),
        required_when: Vec::new(),
        forbidden_when: Vec::new(),
        repr: None,
        values: Vec::new(),
        other: None,
        tag: None,
        content: None,
        variants: Vec::new(),
    };
    let value = |v: &ir::EnumValue| EnumValue {
        value: v.value.clone(),
        name: Name::new(&v.name),
        description: v.description.clone(),
    };
    match &t.kind {
        TypeKind::Struct {
            fields,
            at_least_one_of,
            mutually_exclusive,
            required_when,
            forbidden_when,
        } => {
            out.kind = "struct".into();
            out.fields = fields.iter().map(field).collect();
            out.at_least_one_of = at_least_one_of.clone();
            out.mutually_exclusive = mutually_exclusive.clone();
            out.required_when = required_when.iter().map(conditional).collect();
            out.forbidden_when = forbidden_when.iter().map(conditional).collect();
        }
        TypeKind::Enum {
            repr,
            values,
            other,
        } => {
            out.kind = "enum".into();
            out.repr = Some(repr.spec_name().to_owned());
            out.values = values.iter().map(value).collect();
            out.other = other.as_ref().map(value);
        }
        TypeKind::Union {
            tag,
            content,
            variants,
        } => {
            out.kind = "union".into();
            out.tag = Some(tag.clone());
            out.content = Some(content.clone());
            out.variants = variants
                .iter()
                .map(|v| Variant {
                    tag: v.tag.clone(),
                    name: Name::new(&v.name),
                    ty: v.ty.clone(),
                    description: v.description.clone(),
                })
                .collect();
        }
    }
    out
}

fn field(f: &ir::Field) -> Field {
    Field {
        name: Name::new(&f.name.wire),
        ty: f.ty.clone(),
        ty_spec: f.ty.spec_name(),
        doc_type: f.doc_type.clone(),
        required: f.required,
        required_in_request: f.required_in_request,
        default: f.default.clone(),
        when_absent: f.when_absent.clone(),
        unit: f
            .unit
            .map(|u| serde_json::to_value(u).unwrap_or(Value::Null)),
        unknown_as: f.unknown_as.clone(),
        description: f.description.clone(),
        gloss: f.gloss.clone(),
        example: f.example.clone(),
        constraints: FieldConstraints {
            limits: f.constraints.clone(),
            values_scope: None,
        },
        limits: limits(&f.constraints),
    }
}

/// The limits in words: the Rust docs' wording, and what the server ignores.
fn limits(c: &Constraints) -> Vec<String> {
    let mut out = crate::emit::rust::docs::constraint_parts(c);
    if let Some(n) = c.truncated_after {
        out.push(format!("the server reads the first {n} items"));
    }
    out
}

fn operation(s: &ir::Service, op: &ir::Operation) -> Operation {
    Operation {
        name: Name::new(&op.name),
        summary: op.summary.clone(),
        description: op.description.clone(),
        gloss: op.gloss.clone(),
        source: op.source.clone(),
        method: tag(&op.http.method).to_uppercase(),
        path: op.http.path.clone(),
        query: op.http.route.query().into_iter().cloned().collect(),
        target: op.http.target(),
        body: op.http.body,
        content_type: op.http.body.content_type().to_owned(),
        idempotent: op.http.idempotent,
        idempotent_when: op.http.idempotent_when.as_ref().map(|f| f.wire.clone()),
        request: op.request.clone(),
        response: op.response.clone(),
        rate_limit: op.rate_limit.clone(),
        applies_to: op.applies_to.as_ref().map(|a| AppliesTo {
            what: a.what.clone(),
            values: a
                .values
                .iter()
                .map(|v| AppliesToValue {
                    value: v.value().to_owned(),
                    limit: v.limit().cloned(),
                })
                .collect(),
        }),
        class_limits: op.class_limits.clone(),
        payload_on_error: op.payload_on_error.clone(),
        pagination: (!op.pagination.is_empty())
            .then(|| op.pagination.iter().map(|p| pagination(s, op, p)).collect()),
        errors: op.errors.iter().map(error).collect(),
        rules: op.rules.clone(),
        examples: op
            .examples
            .iter()
            .map(|e| Example {
                name: e.name.clone(),
                description: e.description.clone(),
                request: e.request.clone(),
                response: e.response.clone(),
            })
            .collect(),
        doc_notes: op.doc_notes.clone(),
    }
}

/// One style of paging, for templates and the runtimes that walk it.
fn pagination(s: &ir::Service, op: &ir::Operation, p: &ir::Pagination) -> Pagination {
    let wire = |f: &ir::Field| f.name.wire.clone();
    let request_fields: &[ir::Field] = match s.type_named(&op.request).map(|t| &t.kind) {
        Some(TypeKind::Struct { fields, .. }) => fields,
        _ => &[],
    };
    Pagination {
        style: serde_json::to_value(p.style).unwrap_or(Value::Null),
        when: p.when.as_ref().map(|c| PageWhen {
            field: c.field.clone(),
            path: ir::path::segments(request_fields, &c.field)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            equals: c.equals.clone(),
            condition: condition_words(c),
        }),
        request_field: wire(&p.request_field),
        request_type: p.request_field.ty.spec_name(),
        response_field: p.response_field().map(wire),
        next_from_items: match &p.next {
            ir::NextPosition::Items {
                field,
                smallest,
                add,
            } => Some(NextFromItems {
                field: field.clone(),
                of: if *smallest { "min" } else { "max" },
                add: *add,
            }),
            _ => None,
        },
        items: wire(&p.items),
        page_size: p.page_size.as_ref().map(wire),
        has_more: p.has_more.as_ref().map(wire),
        is_finished: p.is_finished.as_ref().map(wire),
        end_value: p.end_value.clone(),
        total: p.total.as_ref().map(wire),
        flag: p.flag.as_ref().map(|f| PageFlag {
            field: wire(&f.field),
            more: f.more.clone(),
            done: f.done.clone(),
        }),
        carry: p
            .carry
            .iter()
            .map(|c| PageCarry {
                request_field: wire(&c.request_field),
                response_field: wire(&c.response_field),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_words() {
        assert_eq!(words("ModifyMessage"), ["modify", "message"]);
        assert_eq!(words("TIMTextElem"), ["tim", "text", "elem"]);
        assert_eq!(words("Member_Account"), ["member", "account"]);
        assert_eq!(words("tencent-chat"), ["tencent", "chat"]);
        assert_eq!(
            words("group_open_http_svc"),
            ["group", "open", "http", "svc"]
        );
        assert_eq!(words("2fa"), ["2fa"]);
    }
}
