//! Decoding JSON bodies into generated types, with the wire path of whatever failed.

use std::fmt;

use serde::de::{
    self,
    value::{BorrowedStrDeserializer, MapAccessDeserializer},
    DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer, MapAccess,
    Visitor,
};

use crate::strict::Strict;

/// Whether a body was not JSON at all, or JSON of another shape than the type's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// The body is not JSON text: cut short, empty, not UTF-8, nested too deep, or followed
    /// by more than white space. Servers answer it as a malformed body (Tencent 60003,
    /// Volcengine `JsonParsingError`).
    Syntax,
    /// The body is JSON, but a field is missing, repeated or of the wrong type, or an object
    /// is written as an array. Servers answer it as an invalid parameter (Tencent 10004,
    /// Volcengine `InvalidParam`), as they answer a broken constraint.
    Shape,
}

/// A body that is not JSON, or not the JSON the type expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Which of the two it is.
    pub kind: DecodeErrorKind,
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
    /// JSON that is not what the type expects, at `path`, found after decoding (no line).
    pub fn shape(path: impl Into<String>, message: impl Into<String>) -> Self {
        DecodeError {
            kind: DecodeErrorKind::Shape,
            path: path.into(),
            message: message.into(),
            line: 0,
            column: 0,
        }
    }

    /// A serde_json error at `path`, without the " at line L column C" suffix (kept as numbers).
    pub fn from_serde(e: &serde_json::Error, path: String) -> Self {
        let mut message = e.to_string();
        if let Some(cut) = message.rfind(" at line ") {
            message.truncate(cut);
        }
        let kind = match e.classify() {
            serde_json::error::Category::Data => DecodeErrorKind::Shape,
            serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof
            | serde_json::error::Category::Io => DecodeErrorKind::Syntax,
        };
        DecodeError {
            kind,
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
/// from JSON objects, as the vendors' decoders do: generated types by themselves, derived ones
/// through [`Strict`].
pub fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeError> {
    // Tracking the path costs an allocation a key, so a body is read without it first, and
    // read again with it only when it fails, for the error's path.
    let mut de = serde_json::Deserializer::from_slice(body);
    if let Ok(value) = <T as serde::Deserialize>::deserialize(Strict(&mut de)) {
        if de.end().is_ok() {
            return Ok(value);
        }
    }
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
        kind: DecodeErrorKind::Syntax,
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
        while let Some(key) = self.map.next_key::<Key<'de>>()? {
            if !self.head.read(key.as_str(), &mut self.map)? {
                return match key.0 {
                    KeyText::Input(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
                    _ => seed.deserialize(key.as_str().into_deserializer()),
                }
                .map(Some);
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
#[inline]
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

/// A struct of generated code, read from a JSON object by [`object`]. The generator writes
/// this (and a `Deserialize` that calls [`object`]) for every struct instead of deriving
/// `Deserialize`: the derive's expansion is most of what recompiling the generated crate
/// costs, and it also reads a struct from a sequence, which the vendors never accept.
///
/// The generated [`field`](Self::field) numbers the wire names; [`read`](Self::read) is one
/// loop over [`next_field`](Self::next_field) that stores each field's value with [`once`],
/// reads past an unknown key's with [`skip`] (the vendors ignore those too) and names a
/// required field that never came. Keys are matched where they lie in the input, and nothing
/// is allocated for them.
///
/// Objects are read by key, as JSON and the other self-describing formats write structs;
/// formats that write a struct as a sequence of its fields (bincode, postcard) do not round-trip
/// generated types, which is not what they are for.
pub trait Object<'de>: Sized {
    /// The type's name, for errors: `invalid type: sequence, expected struct <NAME>`.
    const NAME: &'static str;

    /// The number of the field whose wire name is `key`, or [`UNKNOWN`].
    fn field(key: &str) -> usize;

    /// Reads the object's entries and builds the value.
    fn read<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;

    /// The number ([`field`](Self::field)) of the next key of the object; `None` at its end.
    #[inline]
    fn next_field<A: MapAccess<'de>>(map: &mut A) -> Result<Option<usize>, A::Error> {
        map.next_key_seed(FieldSeed::<Self>(std::marker::PhantomData))
    }
}

/// What [`Object::field`] answers for a key that is none of the struct's fields.
pub const UNKNOWN: usize = usize::MAX;

/// Decodes an [`Object`] from a JSON object (anything else is a type error).
#[inline]
pub fn object<'de, D: Deserializer<'de>, T: Object<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

struct ObjectVisitor<T>(std::marker::PhantomData<fn() -> T>);

impl<'de, T: Object<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }
}

/// Reads a key as the number of the field it names (serde's derive does the same with an
/// enum per struct).
struct FieldSeed<T>(std::marker::PhantomData<fn() -> T>);

impl<'de, T: Object<'de>> DeserializeSeed<'de> for FieldSeed<T> {
    type Value = usize;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: Object<'de>> Visitor<'de> for FieldSeed<T> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<usize, E> {
        Ok(T::field(key))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<usize, E> {
        Ok(std::str::from_utf8(key).map_or(UNKNOWN, T::field))
    }
}

/// Reads past the value of the entry whose key was just read.
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A key of an object read by [`beside`] or [`tagged`]. It points into the input when the key
/// lies there as it reads (`serde_json::from_slice`, no escapes); otherwise it is copied, onto
/// the stack when it is at most 32 bytes long. Only a longer key copied from the input
/// allocates.
struct Key<'de>(KeyText<'de>);

/// The longest key [`Key`] copies without allocating.
const SHORT_KEY: usize = 32;

enum KeyText<'de> {
    Input(&'de str),
    Short([u8; SHORT_KEY], usize),
    Long(String),
}

impl Key<'_> {
    /// The key.
    #[inline]
    fn as_str(&self) -> &str {
        match &self.0 {
            KeyText::Input(key) => key,
            // Copied whole from a `str`, so always UTF-8.
            KeyText::Short(bytes, len) => std::str::from_utf8(&bytes[..*len]).unwrap_or_default(),
            KeyText::Long(key) => key,
        }
    }
}

impl fmt::Debug for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(KeyText::Input(key)))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key(if key.len() <= SHORT_KEY {
            let mut bytes = [0; SHORT_KEY];
            bytes[..key.len()].copy_from_slice(key.as_bytes());
            KeyText::Short(bytes, key.len())
        } else {
            KeyText::Long(key.to_owned())
        }))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key(KeyText::Long(key)))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key<'de>, E> {
        self.visit_str(&String::from_utf8_lossy(key))
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
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let key = key.as_str();
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
    use serde::de::value::{Error as ValueError, MapDeserializer};
    use serde::Deserialize;

    /// A struct decoded the way the generator writes it: `Id` required, `Note` optional.
    #[derive(Debug, PartialEq)]
    struct Written {
        id: i64,
        note: Option<String>,
    }

    impl<'de> Deserialize<'de> for Written {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            object(deserializer)
        }
    }

    impl<'de> Object<'de> for Written {
        const NAME: &'static str = "Written";

        fn field(key: &str) -> usize {
            match key {
                "Id" => 0,
                "Note" => 1,
                _ => UNKNOWN,
            }
        }

        fn read<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            use serde::de::Error as _;
            let mut id_slot: Option<i64> = None;
            let mut note_slot: Option<Option<String>> = None;
            while let Some(field) = Self::next_field(&mut map)? {
                match field {
                    0 => once(&mut id_slot, "Id", &mut map)?,
                    1 => once(&mut note_slot, "Note", &mut map)?,
                    _ => skip(&mut map)?,
                }
            }
            Ok(Written {
                id: id_slot.ok_or_else(|| A::Error::missing_field("Id"))?,
                note: note_slot.flatten(),
            })
        }
    }

    #[test]
    fn objects_are_read_key_by_key() {
        let read = |body: &str| serde_json::from_str::<Written>(body).map_err(|e| e.to_string());
        let plain = Written { id: 1, note: None };
        assert_eq!(read(r#"{"Id":1}"#), Ok(plain));
        assert_eq!(
            read(r#"{"Other":{"x":[1]},"Note":"n","Id":2}"#),
            Ok(Written {
                id: 2,
                note: Some("n".into())
            })
        );
        assert_eq!(read(r#"{"Id":3,"Note":null}"#).unwrap().note, None);
        let error = |body: &str| read(body).unwrap_err();
        assert!(error(r#"{"Note":"n"}"#).starts_with("missing field `Id`"));
        assert!(error(r#"{"Id":1,"Id":2}"#).starts_with("duplicate field `Id`"));
        assert!(error(r#"[1,"n"]"#).starts_with("invalid type: sequence, expected struct Written"));
        assert!(error(r#"{"Id":"1"}"#).starts_with("invalid type: string \"1\", expected i64"));

        // Keys given as bytes (formats other than JSON) are matched too; bytes that are not
        // UTF-8 are an unknown key.
        let entries: Vec<(&[u8], i64)> = vec![(b"Id", 5), (b"\xff\xfe", 6)];
        let decoded =
            Written::deserialize(MapDeserializer::<_, ValueError>::new(entries.into_iter()))
                .unwrap();
        assert_eq!(decoded, Written { id: 5, note: None });
    }

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
