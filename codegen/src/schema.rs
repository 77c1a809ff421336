//! The JSON Schema of the spec format, derived from [`crate::spec`] so the two cannot drift.
//!
//! The schemas are written next to the spec folders (`spec/service.schema.json`,
//! `spec/operation.schema.json`) for editors; the loader also walks them to list the keys
//! allowed where an unknown key was found.

use serde_json::Value;

use crate::load::Segment;
use crate::spec::{OperationFile, ServiceFile};

/// Which kind of spec file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `service.yaml`.
    Service,
    /// An operation file.
    Operation,
}

impl Kind {
    /// The schema's file name inside the spec folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Service => "service.schema.json",
            Kind::Operation => "operation.schema.json",
        }
    }

    /// Both kinds.
    pub const ALL: [Kind; 2] = [Kind::Service, Kind::Operation];
}

/// The JSON Schema of one kind of spec file.
pub fn schema(kind: Kind) -> Value {
    let mut schema = match kind {
        Kind::Service => schemars::schema_for!(ServiceFile),
        Kind::Operation => schemars::schema_for!(OperationFile),
    }
    .to_value();
    if let Some(object) = schema.as_object_mut() {
        let title = match kind {
            Kind::Service => "imapi spec: service.yaml",
            Kind::Operation => "imapi spec: operation file",
        };
        object.insert("title".into(), Value::String(title.into()));
    }
    schema
}

/// The schema as the text written to disk.
pub fn render(kind: Kind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).expect("a JSON value serializes");
    text.push('\n');
    text
}

/// The keys allowed in the mapping at `path` of a file of `kind`, sorted. Empty when the path
/// does not lead to an object of the schema.
pub fn expected_keys(kind: Kind, path: &[Segment]) -> Vec<String> {
    let root = schema(kind);
    let mut node = &root;
    for segment in path {
        let Some(resolved) = resolve(&root, node) else {
            return Vec::new();
        };
        let next = match segment {
            Segment::Key(key) => resolved.get("properties").and_then(|p| p.get(key)),
            Segment::Index(_) => resolved.get("items"),
        };
        match next {
            Some(next) => node = next,
            None => return Vec::new(),
        }
    }
    let mut keys: Vec<String> = resolve(&root, node)
        .and_then(|n| n.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

/// Follows `$ref` and picks the non-null branch of `anyOf`/`oneOf` (how optional fields are
/// written), until an object or array schema is reached.
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..16 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let name = reference.strip_prefix("#/$defs/")?;
            node = root.get("$defs")?.get(name)?;
            continue;
        }
        if let Some(branches) = node
            .get("anyOf")
            .or_else(|| node.get("oneOf"))
            .and_then(Value::as_array)
        {
            node = branches
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))?;
            continue;
        }
        return Some(node);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(kind: Kind, path: &[Segment]) -> Vec<String> {
        expected_keys(kind, path)
    }

    #[test]
    fn expected_keys_follow_the_model() {
        let top = keys(Kind::Operation, &[]);
        assert!(top.contains(&"request".to_owned()));
        assert!(top.contains(&"doc_notes".to_owned()));
        let field = keys(
            Kind::Operation,
            &[
                Segment::Key("request".into()),
                Segment::Key("fields".into()),
                Segment::Index(0),
            ],
        );
        assert!(field.contains(&"required".to_owned()), "{field:?}");
        assert!(field.contains(&"type".to_owned()));
        let items = keys(
            Kind::Operation,
            &[
                Segment::Key("request".into()),
                Segment::Key("fields".into()),
                Segment::Index(0),
                Segment::Key("constraints".into()),
                Segment::Key("items".into()),
            ],
        );
        assert!(items.contains(&"also_allowed".to_owned()), "{items:?}");
        let endpoint = keys(
            Kind::Service,
            &[Segment::Key("endpoints".into()), Segment::Index(3)],
        );
        assert!(endpoint.contains(&"host".to_owned()));
        assert!(keys(Kind::Service, &[Segment::Key("nope".into())]).is_empty());
    }

    #[test]
    fn schemas_forbid_unknown_keys() {
        let schema = schema(Kind::Operation);
        assert_eq!(schema["additionalProperties"], Value::Bool(false));
        assert_eq!(
            schema["$defs"]["Field"]["additionalProperties"],
            Value::Bool(false)
        );
    }
}
