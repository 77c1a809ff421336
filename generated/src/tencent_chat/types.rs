// @generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate`.
// Do not edit by hand: change the spec and regenerate.

//! The types that Tencent Cloud Chat (IM) server REST API's operations share: the `types` of `spec/tencent-chat/service.yaml`.

/// The result of the request.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActionStatus {
    /// `"OK"`: The request succeeded.
    Ok,
    /// `"FAIL"`: The request failed; see ErrorCode and ErrorInfo.
    Fail,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl ActionStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "OK",
            Self::Fail => "FAIL",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ActionStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "OK" => Self::Ok,
            "FAIL" => Self::Fail,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ActionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ActionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
