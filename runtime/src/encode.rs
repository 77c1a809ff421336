//! Encoding generated types: the pieces their written-out `Serialize` impls share.

use std::fmt::Display;

use serde::ser::{self, Impossible, SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

/// Writes an optional field: its value when present, nothing when absent (`null` is never
/// sent for a field the caller left out).
pub fn optional<S: SerializeStruct, T: Serialize>(
    object: &mut S,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => object.serialize_field(key, value),
        None => object.skip_field(key),
    }
}

/// [`optional`] for an object written as a map (an envelope whose payload sits beside its
/// fields).
pub fn optional_entry<M: SerializeMap, T: Serialize>(
    object: &mut M,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => object.serialize_entry(key, value),
        None => Ok(()),
    }
}

/// Writes the fields of `payload` into `object`, beside the fields already there: Tencent's
/// envelope (`ActionStatus`, `ErrorCode`, …) and the operation's payload (`MemberList`, …) are
/// one JSON object. A struct or a map writes its entries, `()` and `None` write nothing, and
/// anything else is an error, as with serde's `#[serde(flatten)]` (which this replaces, so the
/// generated crate has no derives).
pub fn beside<M: SerializeMap, T: Serialize + ?Sized>(
    object: &mut M,
    payload: &T,
) -> Result<(), M::Error> {
    payload.serialize(Beside(object))
}

/// A serializer that writes a struct's or a map's entries into an enclosing map.
struct Beside<'a, M>(&'a mut M);

fn not_an_object<E: ser::Error>(what: impl Display) -> E {
    E::custom(format_args!(
        "a payload beside the envelope's fields must be an object, not {what}"
    ))
}

macro_rules! refuse {
    ($($method:ident($($arg:ty),*) => $what:literal;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<(), M::Error> {
            Err(not_an_object($what))
        }
    )*};
}

impl<M: SerializeMap> Serializer for Beside<'_, M> {
    type Ok = ();
    type Error = M::Error;
    type SerializeSeq = Impossible<(), M::Error>;
    type SerializeTuple = Impossible<(), M::Error>;
    type SerializeTupleStruct = Impossible<(), M::Error>;
    type SerializeTupleVariant = Impossible<(), M::Error>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), M::Error>;

    refuse! {
        serialize_bool(bool) => "a boolean";
        serialize_i8(i8) => "a number";
        serialize_i16(i16) => "a number";
        serialize_i32(i32) => "a number";
        serialize_i64(i64) => "a number";
        serialize_u8(u8) => "a number";
        serialize_u16(u16) => "a number";
        serialize_u32(u32) => "a number";
        serialize_u64(u64) => "a number";
        serialize_f32(f32) => "a number";
        serialize_f64(f64) => "a number";
        serialize_char(char) => "a string";
        serialize_str(&str) => "a string";
        serialize_bytes(&[u8]) => "bytes";
        serialize_unit_variant(&'static str, u32, &'static str) => "a string";
    }

    fn serialize_none(self) -> Result<(), M::Error> {
        Ok(())
    }

    fn serialize_unit(self) -> Result<(), M::Error> {
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), M::Error> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), M::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), M::Error> {
        Err(not_an_object("an enum variant"))
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, M::Error> {
        Err(not_an_object("an array"))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, M::Error> {
        Err(not_an_object("an array"))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, M::Error> {
        Err(not_an_object("an array"))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, M::Error> {
        Err(not_an_object("an enum variant"))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self, M::Error> {
        Ok(self)
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, M::Error> {
        Ok(self)
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, M::Error> {
        Err(not_an_object("an enum variant"))
    }
}

impl<M: SerializeMap> SerializeStruct for Beside<'_, M> {
    type Ok = ();
    type Error = M::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }

    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

impl<M: SerializeMap> SerializeMap for Beside<'_, M> {
    type Ok = ();
    type Error = M::Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), M::Error> {
        self.0.serialize_key(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), M::Error> {
        self.0.serialize_value(value)
    }

    fn end(self) -> Result<(), M::Error> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// An envelope of one field with a payload beside it.
    struct Envelope<T> {
        code: i64,
        note: Option<String>,
        payload: T,
    }

    impl<T: Serialize> Serialize for Envelope<T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = serializer.serialize_map(None)?;
            object.serialize_entry("Code", &self.code)?;
            optional_entry(&mut object, "Note", &self.note)?;
            beside(&mut object, &self.payload)?;
            object.end()
        }
    }

    struct Payload {
        list: Vec<u8>,
    }

    impl Serialize for Payload {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = serializer.serialize_struct("Payload", 1)?;
            object.serialize_field("List", &self.list)?;
            object.end()
        }
    }

    #[test]
    fn a_payload_sits_beside_the_envelope_fields() {
        let body = Envelope {
            code: 0,
            note: None,
            payload: Payload { list: vec![1, 2] },
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"Code":0,"List":[1,2]}"#
        );

        // A map payload, and an optional field present.
        let body = Envelope {
            code: 1,
            note: Some("n".to_owned()),
            payload: BTreeMap::from([("A", 1), ("B", 2)]),
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"Code":1,"Note":"n","A":1,"B":2}"#
        );

        // Nothing else has fields to put beside the envelope's.
        let body = Envelope {
            code: 1,
            note: None,
            payload: vec![1],
        };
        let e = serde_json::to_string(&body).unwrap_err().to_string();
        assert_eq!(
            e,
            "a payload beside the envelope's fields must be an object, not an array"
        );
        let body = Envelope {
            code: 1,
            note: None,
            payload: 7,
        };
        assert!(serde_json::to_string(&body).is_err());

        // Nothing at all writes nothing, as with `#[serde(flatten)]`.
        let body = Envelope {
            code: 2,
            note: None,
            payload: (),
        };
        assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"Code":2}"#);
        let body = Envelope {
            code: 2,
            note: None,
            payload: None::<Payload>,
        };
        assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"Code":2}"#);
    }
}
