//! The JSON the OpenAPI export builds: objects that keep the order in which they are built
//! (so the documents are deterministic and read in a sensible order), and the small pieces
//! every part of the export writes with. It stands below both the emitters
//! ([`crate::emit::openapi`]) and the protocols ([`crate::protocol`]), which write their parts of
//! the export with it, so that neither reaches up into the other.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::Value;

/// A JSON value whose objects keep their insertion order.
#[derive(Debug, Clone)]
pub enum J {
    /// An object, its entries in order.
    Object(Vec<(String, J)>),
    /// An array.
    Array(Vec<J>),
    /// Anything else (or a whole `serde_json` tree).
    Value(Value),
}

impl Serialize for J {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            J::Object(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
            J::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            J::Value(value) => value.serialize(serializer),
        }
    }
}

impl From<Value> for J {
    fn from(value: Value) -> J {
        J::Value(value)
    }
}

impl From<&str> for J {
    fn from(value: &str) -> J {
        J::Value(Value::from(value))
    }
}

impl From<String> for J {
    fn from(value: String) -> J {
        J::Value(Value::from(value))
    }
}

impl From<Obj> for J {
    fn from(value: Obj) -> J {
        J::Object(value.0)
    }
}

impl From<Vec<J>> for J {
    fn from(value: Vec<J>) -> J {
        J::Array(value)
    }
}

/// An object under construction.
#[derive(Debug, Clone, Default)]
pub struct Obj(Vec<(String, J)>);

impl Obj {
    /// An empty object.
    pub fn new() -> Obj {
        Obj::default()
    }

    /// The object with one more entry.
    pub fn with(mut self, key: &str, value: impl Into<J>) -> Obj {
        self.set(key, value);
        self
    }

    /// Adds an entry.
    pub fn set(&mut self, key: &str, value: impl Into<J>) {
        self.0.push((key.to_owned(), value.into()));
    }

    /// Adds an entry when there is a value.
    pub fn set_opt(&mut self, key: &str, value: Option<impl Into<J>>) {
        if let Some(value) = value {
            self.set(key, value);
        }
    }

    /// Whether the object has no entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds a list unless it is empty.
    pub fn set_nonempty(&mut self, key: &str, items: Vec<J>) {
        if !items.is_empty() {
            self.set(key, items);
        }
    }

    /// Adds every entry of `other`, in its order.
    pub fn extend(&mut self, other: Obj) {
        self.0.extend(other.0);
    }
}

impl From<i32> for J {
    fn from(value: i32) -> J {
        J::Value(Value::from(value))
    }
}

impl From<u32> for J {
    fn from(value: u32) -> J {
        J::Value(Value::from(value))
    }
}

impl From<u64> for J {
    fn from(value: u64) -> J {
        J::Value(Value::from(value))
    }
}

/// A reference to a schema component.
pub fn reference(name: &str) -> Obj {
    Obj::new().with("$ref", format!("#/components/schemas/{name}"))
}

/// A required query parameter.
pub fn query_parameter(name: &str, description: &str, schema: Obj) -> J {
    Obj::new()
        .with("name", name)
        .with("in", "query")
        .with("required", Value::Bool(true))
        .with("description", description)
        .with("schema", schema)
        .into()
}

/// A string schema that allows one value.
pub fn one_value(value: &str) -> Obj {
    Obj::new()
        .with("type", "string")
        .with("enum", vec![J::from(value)])
}
