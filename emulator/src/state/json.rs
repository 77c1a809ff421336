//! A stored message's body: JSON kept as its compact text, not as a `serde_json::Value` tree
//! (whose maps allocate a whole tree node for each object, about three times the text for a
//! message's elements). It is read back into the answer's types when a history asks for it.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// JSON as compact text; in state files, the JSON value itself.
#[derive(Clone, PartialEq, Eq)]
pub struct Json(Box<str>);

impl Json {
    /// `value` as compact JSON with every object's keys in order, so that equal values have
    /// equal text whatever wrote them (a request's struct, a state file's map); `null` for a
    /// value that does not serialize, which the generated types never are.
    pub fn of<T: Serialize + ?Sized>(value: &T) -> Json {
        let text = serde_json::to_value(value)
            .and_then(|v| serde_json::to_string(&v))
            .unwrap_or_else(|_| "null".to_owned());
        Json(text.into_boxed_str())
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.0
    }

    /// The value read into `T`.
    pub fn read<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_str(&self.0)
    }
}

impl Default for Json {
    fn default() -> Self {
        Json("null".into())
    }
}

impl std::fmt::Debug for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Json {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Only `of` and `deserialize` make the text, both from a JSON value.
        let value: serde_json::Value =
            serde_json::from_str(&self.0).map_err(serde::ser::Error::custom)?;
        value.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Ok(Json::of(&value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_kept_as_compact_text_and_are_values_in_state_files() {
        let body = serde_json::json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]);
        let json = Json::of(&body);
        assert_eq!(
            json.text(),
            r#"[{"MsgContent":{"Text":"hi"},"MsgType":"TIMTextElem"}]"#
        );
        assert_eq!(json.read::<serde_json::Value>().unwrap(), body);
        let yaml = serde_yaml::to_string(&json).unwrap();
        let back: Json = serde_yaml::from_str(&yaml).unwrap();
        assert_eq!(back, json);
        let from_file: Json = serde_yaml::from_str("- {MsgType: TIMTextElem}").unwrap();
        assert_eq!(from_file.text(), r#"[{"MsgType":"TIMTextElem"}]"#);
        // A struct's field order does not show: equal values, equal text.
        #[derive(Serialize)]
        #[serde(rename_all = "PascalCase")]
        struct Element {
            msg_type: &'static str,
            msg_content: serde_json::Value,
        }
        let written = Json::of(&[Element {
            msg_type: "TIMTextElem",
            msg_content: serde_json::json!({"Text": "hi"}),
        }]);
        assert_eq!(written, json);
        assert_eq!(Json::default().read::<Option<u8>>().unwrap(), None);
        assert_eq!(format!("{json:?}"), json.text());
    }
}
