//! Decoding JSON bodies into generated types, with the wire path of whatever failed.

use std::fmt;

use serde::de::{
    self, value::MapAccessDeserializer, DeserializeOwned, DeserializeSeed, Deserializer,
    IgnoredAny, IntoDeserializer, MapAccess, Visitor,
};

use crate::strict::Strict;

/// A body that is not JSON, or not the JSON the type expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The wire path of the value that failed (`ParticipantInfos[3].UserId`); empty for the
    /// body itself.
    pub path: String,
    /// What was wrong (`invalid type: string "x", expected i64`).
    pub message: String,
    /// 1-based line of the body where decoding stopped (0 when unknown).
    pub line: usize,
    /// 1-based column of the body where decoding stopped (0 when unknown).
    pub column: usize,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DecodeError {}

impl DecodeError {
    /// A serde_json error at `path`, without the " at line L column C" suffix (kept as numbers).
    pub fn from_serde(e: &serde_json::Error, path: String) -> Self {
        let mut message = e.to_string();
        if let Some(cut) = message.rfind(" at line ") {
            message.truncate(cut);
        }
        DecodeError {
            path,
            message,
            line: e.line(),
            column: e.column(),
        }
    }
}

/// The first bytes of a body, for error messages.
pub fn excerpt(body: &[u8]) -> String {
    String::from_utf8_lossy(&body[..body.len().min(512)]).into_owned()
}

/// Decodes a JSON body into `T`, naming the wire path where it failed. Structs are read only
/// from JSON objects ([`Strict`]), as the vendors' decoders do.
pub fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(Strict(&mut de)).map_err(|e| {
        let path = e.path().to_string();
        // "." is the root and "?" a place serde could not name: both mean the body.
        let path = if path == "." || path == "?" {
            String::new()
        } else {
            path
        };
        DecodeError::from_serde(e.inner(), path)
    })?;
    de.end().map_err(|e| DecodeError {
        path: String::new(),
        message: "trailing characters after the JSON body".into(),
        line: e.line(),
        column: e.column(),
    })?;
    Ok(value)
}

/// The envelope's own fields of a response whose payload's fields sit beside them in one JSON
/// object (Tencent's `ActionStatus`, `ErrorCode`, … next to `MemberList`). Generated envelopes
/// implement it and decode through [`beside`].
pub trait EnvelopeFields<'de>: Default {
    /// Reads the value of `key` into `self` when it is one of the envelope's keys and returns
    /// `true`; returns `false` for a key of the payload, leaving its value unread.
    fn read<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;
}

/// Decodes one JSON object into the envelope's fields `H` and the payload `T` beside them.
///
/// serde's `#[serde(flatten)]` does this by buffering the payload's entries, which loses the
/// wire path of an error inside it and accepts what strict decoding refuses; here the payload
/// reads the entries straight from the object, so [`from_json`] names
/// `MemberList[1].Marks[1]` through the envelope as it does without it.
pub fn beside<'de, D, H, T>(deserializer: D) -> Result<(H, T), D::Error>
where
    D: Deserializer<'de>,
    H: EnvelopeFields<'de>,
    T: serde::Deserialize<'de>,
{
    deserializer.deserialize_map(Beside(std::marker::PhantomData))
}

struct Beside<H, T>(std::marker::PhantomData<fn() -> (H, T)>);

impl<'de, H: EnvelopeFields<'de>, T: serde::Deserialize<'de>> Visitor<'de> for Beside<H, T> {
    type Value = (H, T);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(H, T), A::Error> {
        let mut rest = Rest {
            map,
            head: H::default(),
        };
        let payload = T::deserialize(MapAccessDeserializer::new(&mut rest))?;
        // The payload may stop before the end (a map type reads all; be sure either way).
        while rest.next_key::<IgnoredAny>()?.is_some() {
            rest.next_value::<IgnoredAny>()?;
        }
        Ok((rest.head, payload))
    }
}

/// The object's entries minus the envelope's, which are read into `head` on the way.
struct Rest<A, H> {
    map: A,
    head: H,
}

impl<'de, A: MapAccess<'de>, H: EnvelopeFields<'de>> MapAccess<'de> for Rest<A, H> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key::<String>()? {
            if !self.head.read(&key, &mut self.map)? {
                return seed.deserialize(key.into_deserializer()).map(Some);
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// Stores a field of an [`EnvelopeFields`] value read from `map`, refusing a second one.
pub fn read_once<'de, A: MapAccess<'de>, V: serde::Deserialize<'de>>(
    slot: &mut Option<V>,
    key: &'static str,
    map: &mut A,
) -> Result<bool, A::Error> {
    once(slot, key, map)?;
    Ok(true)
}

/// Stores the value of the entry whose key was just read into `slot`, refusing a second one
/// (`duplicate field `AppId``).
pub fn once<'de, A: MapAccess<'de>, V: serde::Deserialize<'de>>(
    slot: &mut Option<V>,
    key: &'static str,
    map: &mut A,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// A required field's value, or the error that names it (`missing field `AppId``).
pub fn required<V, E: de::Error>(slot: Option<V>, key: &'static str) -> Result<V, E> {
    slot.ok_or_else(|| E::missing_field(key))
}

/// A struct of generated code, read from a JSON object by [`object`]. The generator writes
/// this (and a `Deserialize` that calls [`object`]) for every struct instead of deriving
/// `Deserialize`: the derive's expansion is most of what recompiling the generated crate
/// costs, and it also reads a struct from a sequence, which the vendors never accept.
///
/// The generated [`read`](Self::read) is one loop: [`next_key`] yields each key of
/// [`FIELDS`](Self::FIELDS) present (skipping the others, as the vendors do), [`once`] stores
/// its value, and [`required`] names a required field that never came.
pub trait Object<'de>: Sized {
    /// The type's name, for errors: `invalid type: sequence, expected struct <NAME>`.
    const NAME: &'static str;
    /// The wire names of the fields.
    const FIELDS: &'static [&'static str];

    /// Reads the object's entries and builds the value.
    fn read<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Decodes an [`Object`] from a JSON object (anything else is a type error).
pub fn object<'de, D: Deserializer<'de>, T: Object<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

struct ObjectVisitor<T>(std::marker::PhantomData<fn() -> T>);

impl<'de, T: Object<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }
}

/// The next key of the object that is one of `fields`, as the `'static` name from `fields`;
/// entries with other keys are read past. `None` at the end of the object. Keys are compared
/// where they lie in the input, without a copy.
pub fn next_key<'de, A: MapAccess<'de>>(
    map: &mut A,
    fields: &'static [&'static str],
) -> Result<Option<&'static str>, A::Error> {
    while let Some(key) = map.next_key_seed(FieldSeed(fields))? {
        match key {
            Some(field) => return Ok(Some(field)),
            None => skip(map)?,
        }
    }
    Ok(None)
}

/// Reads past the value of the entry whose key was just read.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// Finds a key among a struct's field names (`None`: not one of them).
struct FieldSeed(&'static [&'static str]);

impl FieldSeed {
    fn find(&self, key: &[u8]) -> Option<&'static str> {
        self.0.iter().copied().find(|field| field.as_bytes() == key)
    }
}

impl<'de> DeserializeSeed<'de> for FieldSeed {
    type Value = Option<&'static str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for FieldSeed {
    type Value = Option<&'static str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self.find(key.as_bytes()))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Self::Value, E> {
        Ok(self.find(key))
    }
}

/// A tagged union's variants, as generated code describes them: `{"<TAG>": "…", "<CONTENT>":
/// {…}}` where the tag decides the content's shape. Decoded through [`tagged`].
pub trait Tagged<'de>: Sized {
    /// The union's name, for error messages.
    const NAME: &'static str;
    /// The tag's wire name (`MsgType`).
    const TAG: &'static str;
    /// The content's wire name (`MsgContent`).
    const CONTENT: &'static str;

    /// The variant for `tag`, its content read from `content` (an unknown tag keeps the
    /// content as JSON).
    fn content<D: Deserializer<'de>>(tag: &str, content: D) -> Result<Self, D::Error>;
}

/// Decodes a tagged union. When the tag comes first (as the vendors send it) the content is
/// read straight from the object, so a mistake inside it keeps its wire path
/// (`MsgBody[0].MsgContent.Text`); content before its tag is held as JSON until the tag comes.
/// Other keys are ignored; a missing tag or content, or either twice, is an error.
pub fn tagged<'de, D: Deserializer<'de>, U: Tagged<'de>>(deserializer: D) -> Result<U, D::Error> {
    deserializer.deserialize_map(TaggedVisitor(std::marker::PhantomData))
}

struct TaggedVisitor<U>(std::marker::PhantomData<fn() -> U>);

impl<'de, U: Tagged<'de>> Visitor<'de> for TaggedVisitor<U> {
    type Value = U;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object with {} and {}", U::NAME, U::TAG, U::CONTENT)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<U, A::Error> {
        let mut tag: Option<String> = None;
        let mut value: Option<U> = None;
        let mut held: Option<serde_json::Value> = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == U::TAG {
                if tag.is_some() {
                    return Err(de::Error::duplicate_field(U::TAG));
                }
                tag = Some(map.next_value()?);
            } else if key == U::CONTENT {
                if value.is_some() || held.is_some() {
                    return Err(de::Error::duplicate_field(U::CONTENT));
                }
                match &tag {
                    Some(tag) => {
                        value = Some(
                            map.next_value_seed(ContentSeed::<U>(tag, std::marker::PhantomData))?,
                        )
                    }
                    None => held = Some(map.next_value()?),
                }
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        let tag = tag.ok_or_else(|| de::Error::missing_field(U::TAG))?;
        match (value, held) {
            (Some(value), _) => Ok(value),
            (None, Some(json)) => U::content(&tag, json).map_err(de::Error::custom),
            (None, None) => Err(de::Error::missing_field(U::CONTENT)),
        }
    }
}

struct ContentSeed<'t, U>(&'t str, std::marker::PhantomData<fn() -> U>);

impl<'de, U: Tagged<'de>> DeserializeSeed<'de> for ContentSeed<'_, U> {
    type Value = U;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<U, D::Error> {
        U::content(self.0, deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        #[serde(rename = "UserId")]
        user_id: i64,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Body {
        #[serde(rename = "ParticipantInfos")]
        infos: Vec<Item>,
    }

    #[test]
    fn errors_name_the_wire_path() {
        let e = from_json::<Body>(br#"{"ParticipantInfos":[{"UserId":1},{"UserId":"x"}]}"#)
            .unwrap_err();
        assert_eq!(e.path, "ParticipantInfos[1].UserId");
        assert_eq!(e.message, "invalid type: string \"x\", expected i64");
        assert_eq!(
            e.to_string(),
            "ParticipantInfos[1].UserId: invalid type: string \"x\", expected i64"
        );

        let e = from_json::<Body>(br#"{"ParticipantInfos":[{}]}"#).unwrap_err();
        assert_eq!(e.path, "ParticipantInfos[0]");
        assert_eq!(e.message, "missing field `UserId`");

        let e = from_json::<Body>(b"{").unwrap_err();
        assert_eq!(e.path, "");
        assert_eq!(e.message, "EOF while parsing an object");
        assert_eq!((e.line, e.column), (1, 1));

        // A struct is an object on the wire; serde's derive alone would read it from a list.
        let e = from_json::<Body>(br#"{"ParticipantInfos":[[7]]}"#).unwrap_err();
        assert_eq!(e.path, "ParticipantInfos[0]");
        assert_eq!(e.message, "invalid type: sequence, expected struct Item");
        let e = from_json::<Body>(br#"[[{"UserId":1}]]"#).unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.message.as_str()),
            ("", "invalid type: sequence, expected struct Body")
        );
        assert!(
            serde_json::from_slice::<Body>(br#"[[{"UserId":1}]]"#).is_ok(),
            "what Strict guards against"
        );

        let e = from_json::<Body>(br#"{"ParticipantInfos":[]} x"#).unwrap_err();
        assert_eq!(e.message, "trailing characters after the JSON body");
        assert!(from_json::<Body>(br#"{"ParticipantInfos":[]}"#).is_ok());
    }
}
