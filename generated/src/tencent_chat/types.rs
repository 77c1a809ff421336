// Code generated from spec/tencent-chat/ by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The types that Tencent Cloud Chat (IM) server REST API's operations share: the `types` of `spec/tencent-chat/service.yaml`, the type files of `spec/tencent-chat/types/`, and the types an operation's file defines that other operations use too.

use imapi_runtime::{decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};

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
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// One element of a message (the document's TIMMsgElement). A message's `MsgBody` is a list of elements, so one message can hold text and emojis together; `MsgType` names the element's kind and `MsgContent` holds its fields.
///
/// On the wire an object: `MsgType` names the variant and `MsgContent` holds its content. The union is open: a tag the spec does not list is kept in [`Self::Unknown`] with its content as JSON instead of failing to decode.
#[derive(Debug, Clone, PartialEq)]
pub enum TimMsgElement {
    /// `TIMTextElem`: A text message.
    Text(TimTextElem),
    /// `TIMLocationElem`: A geographic location.
    Location(TimLocationElem),
    /// `TIMFaceElem`: An emoji.
    Face(TimFaceElem),
    /// `TIMCustomElem`: A custom message. A combined message can contain only one custom element, and any number of other elements.
    Custom(TimCustomElem),
    /// `TIMSoundElem`: A voice message.
    Sound(TimSoundElem),
    /// `TIMImageElem`: An image message.
    Image(TimImageElem),
    /// `TIMFileElem`: A file message.
    File(TimFileElem),
    /// `TIMVideoFileElem`: A video message.
    VideoFile(TimVideoFileElem),
    /// A tag the spec does not list, kept with its content as received.
    Unknown {
        /// The tag.
        tag: String,
        /// The content, as JSON.
        content: serde_json::Value,
    },
}

impl TimMsgElement {
    /// The tag on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Text(_) => "TIMTextElem",
            Self::Location(_) => "TIMLocationElem",
            Self::Face(_) => "TIMFaceElem",
            Self::Custom(_) => "TIMCustomElem",
            Self::Sound(_) => "TIMSoundElem",
            Self::Image(_) => "TIMImageElem",
            Self::File(_) => "TIMFileElem",
            Self::VideoFile(_) => "TIMVideoFileElem",
            Self::Unknown { tag, .. } => tag,
        }
    }
}

impl serde::Serialize for TimMsgElement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("MsgType", self.tag())?;
        match self {
            Self::Text(content) => map.serialize_entry("MsgContent", content)?,
            Self::Location(content) => map.serialize_entry("MsgContent", content)?,
            Self::Face(content) => map.serialize_entry("MsgContent", content)?,
            Self::Custom(content) => map.serialize_entry("MsgContent", content)?,
            Self::Sound(content) => map.serialize_entry("MsgContent", content)?,
            Self::Image(content) => map.serialize_entry("MsgContent", content)?,
            Self::File(content) => map.serialize_entry("MsgContent", content)?,
            Self::VideoFile(content) => map.serialize_entry("MsgContent", content)?,
            Self::Unknown { content, .. } => map.serialize_entry("MsgContent", content)?,
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimMsgElement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::tagged(deserializer)
    }
}

impl<'de> decode::Tagged<'de> for TimMsgElement {
    const NAME: &'static str = "TimMsgElement";
    const TAG: &'static str = "MsgType";
    const CONTENT: &'static str = "MsgContent";

    fn content<D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Self, D::Error> {
        use serde::Deserialize;
        Ok(
            match tag {
                "TIMTextElem" => Self::Text(TimTextElem::deserialize(content)?),
                "TIMLocationElem" => {
                    Self::Location(TimLocationElem::deserialize(content)?)
                }
                "TIMFaceElem" => Self::Face(TimFaceElem::deserialize(content)?),
                "TIMCustomElem" => Self::Custom(TimCustomElem::deserialize(content)?),
                "TIMSoundElem" => Self::Sound(TimSoundElem::deserialize(content)?),
                "TIMImageElem" => Self::Image(TimImageElem::deserialize(content)?),
                "TIMFileElem" => Self::File(TimFileElem::deserialize(content)?),
                "TIMVideoFileElem" => {
                    Self::VideoFile(TimVideoFileElem::deserialize(content)?)
                }
                _ => {
                    Self::Unknown {
                        tag: tag.to_owned(),
                        content: serde_json::Value::deserialize(content)?,
                    }
                }
            },
        )
    }
}

impl Validate for TimMsgElement {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        match self {
            Self::Text(_) => {}
            Self::Location(_) => {}
            Self::Face(_) => {}
            Self::Custom(_) => {}
            Self::Sound(value) => {
                path.push(Segment::Field("MsgContent"));
                value.validate_into(path, out);
                path.pop();
            }
            Self::Image(value) => {
                path.push(Segment::Field("MsgContent"));
                value.validate_into(path, out);
                path.pop();
            }
            Self::File(value) => {
                path.push(Segment::Field("MsgContent"));
                value.validate_into(path, out);
                path.pop();
            }
            Self::VideoFile(value) => {
                path.push(Segment::Field("MsgContent"));
                value.validate_into(path, out);
                path.pop();
            }
            Self::Unknown { tag, .. } => {
                path.push(Segment::Field("MsgType"));
                validate::unknown_enum_value(
                    tag,
                    &[
                        "\"TIMTextElem\" (Text)",
                        "\"TIMLocationElem\" (Location)",
                        "\"TIMFaceElem\" (Face)",
                        "\"TIMCustomElem\" (Custom)",
                        "\"TIMSoundElem\" (Sound)",
                        "\"TIMImageElem\" (Image)",
                        "\"TIMFileElem\" (File)",
                        "\"TIMVideoFileElem\" (VideoFile)",
                    ],
                    path,
                    out,
                );
                path.pop();
            }
        }
    }
}

/// The content of a text element (TIMTextElem).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimTextElem {
    /// Content of the message. When the receiver is an iOS or Android device and the app is working in the background, messages of this type are displayed as offline push text.
    ///
    /// Example: `"hello world"`.
    pub text: String,
}

impl TimTextElem {
    /// A value with the required `Text`; optional fields absent. The `with_…` methods set the others.
    pub fn new(text: impl Into<String>) -> Self {
        TimTextElem { text: text.into() }
    }
}

impl serde::Serialize for TimTextElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("TimTextElem", 1)?;
        object.serialize_field("Text", &self.text)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimTextElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimTextElem {
    const NAME: &'static str = "TimTextElem";

    fn field(key: &str) -> usize {
        match key {
            "Text" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut text_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut text_slot, "Text", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimTextElem {
            text: text_slot.ok_or_else(|| A::Error::missing_field("Text"))?,
        })
    }
}

impl Validate for TimTextElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of a location element (TIMLocationElem). The offline push text is "\[Location\]" in the English version.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimLocationElem {
    /// Description of the location.
    ///
    /// Example: `"someinfo"`.
    pub desc: String,
    /// Latitude.
    ///
    /// Example: `29.340656774469956`. The document calls the type `Number`.
    pub latitude: f64,
    /// Longitude.
    ///
    /// Example: `116.77497920478824`. The document calls the type `Number`.
    pub longitude: f64,
}

impl TimLocationElem {
    /// A value with the required `Desc`, `Latitude`, `Longitude`; optional fields absent. The `with_…` methods set the others.
    pub fn new(desc: impl Into<String>, latitude: f64, longitude: f64) -> Self {
        TimLocationElem {
            desc: desc.into(),
            latitude,
            longitude,
        }
    }
}

impl serde::Serialize for TimLocationElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("TimLocationElem", 3)?;
        object.serialize_field("Desc", &self.desc)?;
        object.serialize_field("Latitude", &self.latitude)?;
        object.serialize_field("Longitude", &self.longitude)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimLocationElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimLocationElem {
    const NAME: &'static str = "TimLocationElem";

    fn field(key: &str) -> usize {
        match key {
            "Desc" => 0,
            "Latitude" => 1,
            "Longitude" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut desc_slot: Option<String> = None;
        let mut latitude_slot: Option<f64> = None;
        let mut longitude_slot: Option<f64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut desc_slot, "Desc", &mut map)?,
                1 => decode::once(&mut latitude_slot, "Latitude", &mut map)?,
                2 => decode::once(&mut longitude_slot, "Longitude", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimLocationElem {
            desc: desc_slot.ok_or_else(|| A::Error::missing_field("Desc"))?,
            latitude: latitude_slot.ok_or_else(|| A::Error::missing_field("Latitude"))?,
            longitude: longitude_slot
                .ok_or_else(|| A::Error::missing_field("Longitude"))?,
        })
    }
}

impl Validate for TimLocationElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of an emoji element (TIMFaceElem). The offline push text is "\[Face\]" in the English version.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimFaceElem {
    /// Emoji index customized by users.
    ///
    /// Example: `1`. The document calls the type `Number`.
    pub index: i64,
    /// Additional data.
    ///
    /// Example: `"content"`.
    pub data: String,
}

impl TimFaceElem {
    /// A value with the required `Index`, `Data`; optional fields absent. The `with_…` methods set the others.
    pub fn new(index: i64, data: impl Into<String>) -> Self {
        TimFaceElem {
            index,
            data: data.into(),
        }
    }
}

impl serde::Serialize for TimFaceElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("TimFaceElem", 2)?;
        object.serialize_field("Index", &self.index)?;
        object.serialize_field("Data", &self.data)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimFaceElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimFaceElem {
    const NAME: &'static str = "TimFaceElem";

    fn field(key: &str) -> usize {
        match key {
            "Index" => 0,
            "Data" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut index_slot: Option<i64> = None;
        let mut data_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut index_slot, "Index", &mut map)?,
                1 => decode::once(&mut data_slot, "Data", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimFaceElem {
            index: index_slot.ok_or_else(|| A::Error::missing_field("Index"))?,
            data: data_slot.ok_or_else(|| A::Error::missing_field("Data"))?,
        })
    }
}

impl Validate for TimFaceElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of a custom element (TIMCustomElem). When a message holds only one custom element and neither its `Desc` nor `OfflinePushInfo.Desc` is given, the message gets no offline push.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimCustomElem {
    /// Custom message data. This field is not delivered as a payload field by APNs, and therefore the data field cannot be obtained in payload.
    ///
    /// Example: `"message"`.
    pub data: String,
    /// Custom message description. When the receiver is an iOS or Android device and the app is working in the background, it is shown as the offline push text. `OfflinePushInfo.Desc` overrides it.
    ///
    /// Example: `"notification"`.
    pub desc: Option<String>,
    /// Extended field, delivered as the `Ext` key of the APNs payload when the receiver's app is in the background. Its format is defined by the business end; APNs passes it through.
    ///
    /// Example: `"url"`.
    pub ext: Option<String>,
    /// Custom APNs push ringtone.
    ///
    /// Example: `"dingdong.aiff"`.
    pub sound: Option<String>,
}

impl TimCustomElem {
    /// A value with the required `Data`; optional fields absent. The `with_…` methods set the others.
    pub fn new(data: impl Into<String>) -> Self {
        TimCustomElem {
            data: data.into(),
            desc: None,
            ext: None,
            sound: None,
        }
    }

    /// Sets `Desc`.
    pub fn with_desc(mut self, desc: impl Into<String>) -> Self {
        self.desc = Some(desc.into());
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: impl Into<String>) -> Self {
        self.ext = Some(ext.into());
        self
    }

    /// Sets `Sound`.
    pub fn with_sound(mut self, sound: impl Into<String>) -> Self {
        self.sound = Some(sound.into());
        self
    }
}

impl serde::Serialize for TimCustomElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "TimCustomElem",
                1 + usize::from(self.desc.is_some()) + usize::from(self.ext.is_some())
                    + usize::from(self.sound.is_some()),
            )?;
        object.serialize_field("Data", &self.data)?;
        encode::optional(&mut object, "Desc", &self.desc)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "Sound", &self.sound)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimCustomElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimCustomElem {
    const NAME: &'static str = "TimCustomElem";

    fn field(key: &str) -> usize {
        match key {
            "Data" => 0,
            "Desc" => 1,
            "Ext" => 2,
            "Sound" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut data_slot: Option<String> = None;
        let mut desc_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<String>> = None;
        let mut sound_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut data_slot, "Data", &mut map)?,
                1 => decode::once(&mut desc_slot, "Desc", &mut map)?,
                2 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                3 => decode::once(&mut sound_slot, "Sound", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimCustomElem {
            data: data_slot.ok_or_else(|| A::Error::missing_field("Data"))?,
            desc: desc_slot.flatten(),
            ext: ext_slot.flatten(),
            sound: sound_slot.flatten(),
        })
    }
}

impl Validate for TimCustomElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of a voice element (TIMSoundElem). To send one through the REST API, give `Url`, `UUID` and `Download_Flag`; the voice must be downloadable from `Url`, and `UUID` globally unique (usually the MD5 of the voice file).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimSoundElem {
    /// Voice download URL, through which the voice content can be downloaded directly.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`.
    pub url: Option<String>,
    /// Unique identifier of the voice, the key the client indexes the voice by.
    ///
    /// Example: `"1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F"`.
    pub uuid: String,
    /// Voice data size, in bytes.
    ///
    /// Unit: bytes. Example: `62351`. The document calls the type `Number`.
    pub size: Option<i64>,
    /// Voice duration, in seconds.
    ///
    /// Unit: seconds. Example: `1`. The document calls the type `Number`.
    pub second: Option<i64>,
    /// Flag of the voice download method. It must be 2: the voice can be downloaded from `Url`.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`. Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    pub download_flag: Option<i32>,
}

impl TimSoundElem {
    /// A value with the required `Url`, `UUID`, `Download_Flag`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        url: impl Into<String>,
        uuid: impl Into<String>,
        download_flag: i32,
    ) -> Self {
        TimSoundElem {
            url: Some(url.into()),
            uuid: uuid.into(),
            size: None,
            second: None,
            download_flag: Some(download_flag),
        }
    }

    /// Sets `Size`.
    pub fn with_size(mut self, size: i64) -> Self {
        self.size = Some(size);
        self
    }

    /// Sets `Second`.
    pub fn with_second(mut self, second: i64) -> Self {
        self.second = Some(second);
        self
    }
}

impl serde::Serialize for TimSoundElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "TimSoundElem",
                1 + usize::from(self.url.is_some()) + usize::from(self.size.is_some())
                    + usize::from(self.second.is_some())
                    + usize::from(self.download_flag.is_some()),
            )?;
        encode::optional(&mut object, "Url", &self.url)?;
        object.serialize_field("UUID", &self.uuid)?;
        encode::optional(&mut object, "Size", &self.size)?;
        encode::optional(&mut object, "Second", &self.second)?;
        encode::optional(&mut object, "Download_Flag", &self.download_flag)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimSoundElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimSoundElem {
    const NAME: &'static str = "TimSoundElem";

    fn field(key: &str) -> usize {
        match key {
            "Url" => 0,
            "UUID" => 1,
            "Size" => 2,
            "Second" => 3,
            "Download_Flag" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut url_slot: Option<Option<String>> = None;
        let mut uuid_slot: Option<String> = None;
        let mut size_slot: Option<Option<i64>> = None;
        let mut second_slot: Option<Option<i64>> = None;
        let mut download_flag_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut url_slot, "Url", &mut map)?,
                1 => decode::once(&mut uuid_slot, "UUID", &mut map)?,
                2 => decode::once(&mut size_slot, "Size", &mut map)?,
                3 => decode::once(&mut second_slot, "Second", &mut map)?,
                4 => decode::once(&mut download_flag_slot, "Download_Flag", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimSoundElem {
            url: url_slot.flatten(),
            uuid: uuid_slot.ok_or_else(|| A::Error::missing_field("UUID"))?,
            size: size_slot.flatten(),
            second: second_slot.flatten(),
            download_flag: download_flag_slot.flatten(),
        })
    }
}

impl Validate for TimSoundElem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::required(self.url.is_some(), "Url", path, out);
        validate::required(self.download_flag.is_some(), "Download_Flag", path, out);
        if let Some(value) = &self.download_flag {
            path.push(Segment::Field("Download_Flag"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(2)),
                    maximum: Some(validate::Number::Int(2)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// The content of an image element (TIMImageElem). To send one through the REST API, give each size's `URL`, `Width` and `Height` and a globally unique `UUID` (usually the MD5 of the image).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimImageElem {
    /// Unique identifier of the image, the key the client indexes the image by.
    ///
    /// Example: `"1853095_D61040894AC3DE44CDFFFB3EC7EB720F"`.
    pub uuid: String,
    /// Image format. JPG = 1, GIF = 2, PNG = 3, BMP = 4, Others = 255.
    ///
    /// Example: `1`. The document calls the type `Number`.
    pub image_format: Option<ImageFormat>,
    /// Download information of the original image, thumbnail, or large image.
    ///
    /// The document calls the type `Array`.
    pub image_info_array: Vec<ImageInfo>,
}

impl TimImageElem {
    /// A value with the required `UUID`, `ImageInfoArray`; optional fields absent. The `with_…` methods set the others.
    pub fn new(uuid: impl Into<String>, image_info_array: Vec<ImageInfo>) -> Self {
        TimImageElem {
            uuid: uuid.into(),
            image_format: None,
            image_info_array,
        }
    }

    /// Sets `ImageFormat`.
    pub fn with_image_format(mut self, image_format: ImageFormat) -> Self {
        self.image_format = Some(image_format);
        self
    }
}

impl serde::Serialize for TimImageElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "TimImageElem",
                2 + usize::from(self.image_format.is_some()),
            )?;
        object.serialize_field("UUID", &self.uuid)?;
        encode::optional(&mut object, "ImageFormat", &self.image_format)?;
        object.serialize_field("ImageInfoArray", &self.image_info_array)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimImageElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimImageElem {
    const NAME: &'static str = "TimImageElem";

    fn field(key: &str) -> usize {
        match key {
            "UUID" => 0,
            "ImageFormat" => 1,
            "ImageInfoArray" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut uuid_slot: Option<String> = None;
        let mut image_format_slot: Option<Option<ImageFormat>> = None;
        let mut image_info_array_slot: Option<Vec<ImageInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut uuid_slot, "UUID", &mut map)?,
                1 => decode::once(&mut image_format_slot, "ImageFormat", &mut map)?,
                2 => {
                    decode::once(&mut image_info_array_slot, "ImageInfoArray", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimImageElem {
            uuid: uuid_slot.ok_or_else(|| A::Error::missing_field("UUID"))?,
            image_format: image_format_slot.flatten(),
            image_info_array: image_info_array_slot
                .ok_or_else(|| A::Error::missing_field("ImageInfoArray"))?,
        })
    }
}

impl Validate for TimImageElem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.image_format {
            path.push(Segment::Field("ImageFormat"));
            value.validate_into(path, out);
            path.pop();
        }
        {
            let value = &self.image_info_array;
            path.push(Segment::Field("ImageInfoArray"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// An image's format.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    /// `1`: JPG.
    Jpg,
    /// `2`: GIF.
    Gif,
    /// `3`: PNG.
    Png,
    /// `4`: BMP.
    Bmp,
    /// `255`: Other formats.
    Other,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl ImageFormat {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Jpg => 1,
            Self::Gif => 2,
            Self::Png => 3,
            Self::Bmp => 4,
            Self::Other => 255,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            1 => Self::Jpg,
            2 => Self::Gif,
            3 => Self::Png,
            4 => Self::Bmp,
            255 => Self::Other,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ImageFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ImageFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for ImageFormat {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["1 (Jpg)", "2 (Gif)", "3 (Png)", "4 (Bmp)", "255 (Other)"],
                path,
                out,
            );
        }
    }
}

/// One size of an image (an item of `ImageInfoArray`).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageInfo {
    /// Image type. 1: original image, 2: large image, 3: thumbnail.
    ///
    /// Example: `1`. The document calls the type `Number`.
    pub r#type: ImageType,
    /// Size of image data in bytes.
    ///
    /// Unit: bytes. Example: `1853095`. The document calls the type `Number`.
    pub size: i64,
    /// Image width in pixels.
    ///
    /// Example: `2448`. The document calls the type `Number`.
    pub width: i64,
    /// Image height in pixels.
    ///
    /// Example: `3264`. The document calls the type `Number`.
    pub height: i64,
    /// Download URL of the image.
    pub url: String,
}

impl ImageInfo {
    /// A value with the required `Type`, `Size`, `Width`, `Height`, `URL`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        r#type: ImageType,
        size: i64,
        width: i64,
        height: i64,
        url: impl Into<String>,
    ) -> Self {
        ImageInfo {
            r#type,
            size,
            width,
            height,
            url: url.into(),
        }
    }
}

impl serde::Serialize for ImageInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ImageInfo", 5)?;
        object.serialize_field("Type", &self.r#type)?;
        object.serialize_field("Size", &self.size)?;
        object.serialize_field("Width", &self.width)?;
        object.serialize_field("Height", &self.height)?;
        object.serialize_field("URL", &self.url)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ImageInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ImageInfo {
    const NAME: &'static str = "ImageInfo";

    fn field(key: &str) -> usize {
        match key {
            "Type" => 0,
            "Size" => 1,
            "Width" => 2,
            "Height" => 3,
            "URL" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut type_slot: Option<ImageType> = None;
        let mut size_slot: Option<i64> = None;
        let mut width_slot: Option<i64> = None;
        let mut height_slot: Option<i64> = None;
        let mut url_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut type_slot, "Type", &mut map)?,
                1 => decode::once(&mut size_slot, "Size", &mut map)?,
                2 => decode::once(&mut width_slot, "Width", &mut map)?,
                3 => decode::once(&mut height_slot, "Height", &mut map)?,
                4 => decode::once(&mut url_slot, "URL", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ImageInfo {
            r#type: type_slot.ok_or_else(|| A::Error::missing_field("Type"))?,
            size: size_slot.ok_or_else(|| A::Error::missing_field("Size"))?,
            width: width_slot.ok_or_else(|| A::Error::missing_field("Width"))?,
            height: height_slot.ok_or_else(|| A::Error::missing_field("Height"))?,
            url: url_slot.ok_or_else(|| A::Error::missing_field("URL"))?,
        })
    }
}

impl Validate for ImageInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.r#type;
            path.push(Segment::Field("Type"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// Which size of an image an `ImageInfo` describes.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageType {
    /// `1`: The original image.
    Original,
    /// `2`: The large image.
    Large,
    /// `3`: The thumbnail.
    Thumbnail,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl ImageType {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Original => 1,
            Self::Large => 2,
            Self::Thumbnail => 3,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            1 => Self::Original,
            2 => Self::Large,
            3 => Self::Thumbnail,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ImageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ImageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for ImageType {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["1 (Original)", "2 (Large)", "3 (Thumbnail)"],
                path,
                out,
            );
        }
    }
}

/// The content of a file element (TIMFileElem). To send one through the REST API, give `Url`, `UUID` and `Download_Flag`; the file must be downloadable from `Url`, and `UUID` globally unique (usually the MD5 of the file).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimFileElem {
    /// Download URL of the file, through which the file can be downloaded directly.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`.
    pub url: Option<String>,
    /// Unique identifier of the file, the key the client indexes the file by.
    ///
    /// Example: `"1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F"`.
    pub uuid: String,
    /// Size of file data in bytes.
    ///
    /// Unit: bytes. Example: `1773552`. The document calls the type `Number`.
    pub file_size: Option<i64>,
    /// File name.
    pub file_name: Option<String>,
    /// Flag of the file download method. It must be 2: the file can be downloaded from `Url`.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`. Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    pub download_flag: Option<i32>,
}

impl TimFileElem {
    /// A value with the required `Url`, `UUID`, `Download_Flag`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        url: impl Into<String>,
        uuid: impl Into<String>,
        download_flag: i32,
    ) -> Self {
        TimFileElem {
            url: Some(url.into()),
            uuid: uuid.into(),
            file_size: None,
            file_name: None,
            download_flag: Some(download_flag),
        }
    }

    /// Sets `FileSize`.
    pub fn with_file_size(mut self, file_size: i64) -> Self {
        self.file_size = Some(file_size);
        self
    }

    /// Sets `FileName`.
    pub fn with_file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }
}

impl serde::Serialize for TimFileElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "TimFileElem",
                1 + usize::from(self.url.is_some())
                    + usize::from(self.file_size.is_some())
                    + usize::from(self.file_name.is_some())
                    + usize::from(self.download_flag.is_some()),
            )?;
        encode::optional(&mut object, "Url", &self.url)?;
        object.serialize_field("UUID", &self.uuid)?;
        encode::optional(&mut object, "FileSize", &self.file_size)?;
        encode::optional(&mut object, "FileName", &self.file_name)?;
        encode::optional(&mut object, "Download_Flag", &self.download_flag)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimFileElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimFileElem {
    const NAME: &'static str = "TimFileElem";

    fn field(key: &str) -> usize {
        match key {
            "Url" => 0,
            "UUID" => 1,
            "FileSize" => 2,
            "FileName" => 3,
            "Download_Flag" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut url_slot: Option<Option<String>> = None;
        let mut uuid_slot: Option<String> = None;
        let mut file_size_slot: Option<Option<i64>> = None;
        let mut file_name_slot: Option<Option<String>> = None;
        let mut download_flag_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut url_slot, "Url", &mut map)?,
                1 => decode::once(&mut uuid_slot, "UUID", &mut map)?,
                2 => decode::once(&mut file_size_slot, "FileSize", &mut map)?,
                3 => decode::once(&mut file_name_slot, "FileName", &mut map)?,
                4 => decode::once(&mut download_flag_slot, "Download_Flag", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimFileElem {
            url: url_slot.flatten(),
            uuid: uuid_slot.ok_or_else(|| A::Error::missing_field("UUID"))?,
            file_size: file_size_slot.flatten(),
            file_name: file_name_slot.flatten(),
            download_flag: download_flag_slot.flatten(),
        })
    }
}

impl Validate for TimFileElem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::required(self.url.is_some(), "Url", path, out);
        validate::required(self.download_flag.is_some(), "Download_Flag", path, out);
        if let Some(value) = &self.download_flag {
            path.push(Segment::Field("Download_Flag"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(2)),
                    maximum: Some(validate::Number::Int(2)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// The content of a video element (TIMVideoFileElem). To send one through the REST API, give `VideoUrl`, `VideoUUID`, `ThumbUrl`, `ThumbUUID`, `ThumbWidth`, `ThumbHeight`, `VideoDownloadFlag` and `ThumbDownloadFlag`; the video and its thumbnail must be downloadable from their URLs, and the UUIDs globally unique (usually MD5 values).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimVideoFileElem {
    /// Download URL of the video, through which the video can be downloaded directly.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`.
    pub video_url: Option<String>,
    /// Unique identifier of the video, the key the client indexes the video by.
    ///
    /// Example: `"5da38ba89d6521011e1f6f3fd6692e35"`.
    pub video_uuid: String,
    /// Size of video data, in bytes.
    ///
    /// Unit: bytes. Example: `1194603`. The document calls the type `Number`.
    pub video_size: Option<i64>,
    /// Video duration, in seconds. For web clients, this field cannot be obtained and the value `0` is used.
    ///
    /// Unit: seconds. Example: `5`. The document calls the type `Number`.
    pub video_second: Option<i64>,
    /// Video format, for example, MP4.
    ///
    /// Example: `"mp4"`.
    pub video_format: Option<String>,
    /// Flag of the video download method. It must be 2: the video can be downloaded from `VideoUrl`.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`. Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    pub video_download_flag: Option<i32>,
    /// Download URL of the video thumbnail.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`.
    pub thumb_url: Option<String>,
    /// Unique identifier of the video thumbnail, the key the client indexes it by.
    ///
    /// Example: `"6edaffedef5150684510cf97957b7bc8"`.
    pub thumb_uuid: String,
    /// Size of thumbnail data, in bytes.
    ///
    /// Unit: bytes. Example: `13907`. The document calls the type `Number`.
    pub thumb_size: Option<i64>,
    /// Thumbnail width in pixels.
    ///
    /// Example: `720`. The document calls the type `Number`.
    pub thumb_width: i64,
    /// Thumbnail height in pixels.
    ///
    /// Example: `1280`. The document calls the type `Number`.
    pub thumb_height: i64,
    /// Video thumbnail format, such as JPG or BMP.
    ///
    /// Example: `"JPG"`.
    pub thumb_format: Option<String>,
    /// Flag of the video thumbnail download method. It must be 2: the thumbnail can be downloaded from `ThumbUrl`.
    ///
    /// Required in a request (`validate()` reports it absent, rule `required`, and a server refuses the request); an answer may leave it out, so it is an `Option`. Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    pub thumb_download_flag: Option<i32>,
}

impl TimVideoFileElem {
    /// A value with the required `VideoUrl`, `VideoUUID`, `VideoDownloadFlag`, `ThumbUrl`, `ThumbUUID`, `ThumbWidth`, `ThumbHeight`, `ThumbDownloadFlag`; optional fields absent. The `with_…` methods set the others.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        video_url: impl Into<String>,
        video_uuid: impl Into<String>,
        video_download_flag: i32,
        thumb_url: impl Into<String>,
        thumb_uuid: impl Into<String>,
        thumb_width: i64,
        thumb_height: i64,
        thumb_download_flag: i32,
    ) -> Self {
        TimVideoFileElem {
            video_url: Some(video_url.into()),
            video_uuid: video_uuid.into(),
            video_size: None,
            video_second: None,
            video_format: None,
            video_download_flag: Some(video_download_flag),
            thumb_url: Some(thumb_url.into()),
            thumb_uuid: thumb_uuid.into(),
            thumb_size: None,
            thumb_width,
            thumb_height,
            thumb_format: None,
            thumb_download_flag: Some(thumb_download_flag),
        }
    }

    /// Sets `VideoSize`.
    pub fn with_video_size(mut self, video_size: i64) -> Self {
        self.video_size = Some(video_size);
        self
    }

    /// Sets `VideoSecond`.
    pub fn with_video_second(mut self, video_second: i64) -> Self {
        self.video_second = Some(video_second);
        self
    }

    /// Sets `VideoFormat`.
    pub fn with_video_format(mut self, video_format: impl Into<String>) -> Self {
        self.video_format = Some(video_format.into());
        self
    }

    /// Sets `ThumbSize`.
    pub fn with_thumb_size(mut self, thumb_size: i64) -> Self {
        self.thumb_size = Some(thumb_size);
        self
    }

    /// Sets `ThumbFormat`.
    pub fn with_thumb_format(mut self, thumb_format: impl Into<String>) -> Self {
        self.thumb_format = Some(thumb_format.into());
        self
    }
}

impl serde::Serialize for TimVideoFileElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "TimVideoFileElem",
                4 + usize::from(self.video_url.is_some())
                    + usize::from(self.video_size.is_some())
                    + usize::from(self.video_second.is_some())
                    + usize::from(self.video_format.is_some())
                    + usize::from(self.video_download_flag.is_some())
                    + usize::from(self.thumb_url.is_some())
                    + usize::from(self.thumb_size.is_some())
                    + usize::from(self.thumb_format.is_some())
                    + usize::from(self.thumb_download_flag.is_some()),
            )?;
        encode::optional(&mut object, "VideoUrl", &self.video_url)?;
        object.serialize_field("VideoUUID", &self.video_uuid)?;
        encode::optional(&mut object, "VideoSize", &self.video_size)?;
        encode::optional(&mut object, "VideoSecond", &self.video_second)?;
        encode::optional(&mut object, "VideoFormat", &self.video_format)?;
        encode::optional(&mut object, "VideoDownloadFlag", &self.video_download_flag)?;
        encode::optional(&mut object, "ThumbUrl", &self.thumb_url)?;
        object.serialize_field("ThumbUUID", &self.thumb_uuid)?;
        encode::optional(&mut object, "ThumbSize", &self.thumb_size)?;
        object.serialize_field("ThumbWidth", &self.thumb_width)?;
        object.serialize_field("ThumbHeight", &self.thumb_height)?;
        encode::optional(&mut object, "ThumbFormat", &self.thumb_format)?;
        encode::optional(&mut object, "ThumbDownloadFlag", &self.thumb_download_flag)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for TimVideoFileElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for TimVideoFileElem {
    const NAME: &'static str = "TimVideoFileElem";

    fn field(key: &str) -> usize {
        match key {
            "VideoUrl" => 0,
            "VideoUUID" => 1,
            "VideoSize" => 2,
            "VideoSecond" => 3,
            "VideoFormat" => 4,
            "VideoDownloadFlag" => 5,
            "ThumbUrl" => 6,
            "ThumbUUID" => 7,
            "ThumbSize" => 8,
            "ThumbWidth" => 9,
            "ThumbHeight" => 10,
            "ThumbFormat" => 11,
            "ThumbDownloadFlag" => 12,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut video_url_slot: Option<Option<String>> = None;
        let mut video_uuid_slot: Option<String> = None;
        let mut video_size_slot: Option<Option<i64>> = None;
        let mut video_second_slot: Option<Option<i64>> = None;
        let mut video_format_slot: Option<Option<String>> = None;
        let mut video_download_flag_slot: Option<Option<i32>> = None;
        let mut thumb_url_slot: Option<Option<String>> = None;
        let mut thumb_uuid_slot: Option<String> = None;
        let mut thumb_size_slot: Option<Option<i64>> = None;
        let mut thumb_width_slot: Option<i64> = None;
        let mut thumb_height_slot: Option<i64> = None;
        let mut thumb_format_slot: Option<Option<String>> = None;
        let mut thumb_download_flag_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut video_url_slot, "VideoUrl", &mut map)?,
                1 => decode::once(&mut video_uuid_slot, "VideoUUID", &mut map)?,
                2 => decode::once(&mut video_size_slot, "VideoSize", &mut map)?,
                3 => decode::once(&mut video_second_slot, "VideoSecond", &mut map)?,
                4 => decode::once(&mut video_format_slot, "VideoFormat", &mut map)?,
                5 => {
                    decode::once(
                        &mut video_download_flag_slot,
                        "VideoDownloadFlag",
                        &mut map,
                    )?
                }
                6 => decode::once(&mut thumb_url_slot, "ThumbUrl", &mut map)?,
                7 => decode::once(&mut thumb_uuid_slot, "ThumbUUID", &mut map)?,
                8 => decode::once(&mut thumb_size_slot, "ThumbSize", &mut map)?,
                9 => decode::once(&mut thumb_width_slot, "ThumbWidth", &mut map)?,
                10 => decode::once(&mut thumb_height_slot, "ThumbHeight", &mut map)?,
                11 => decode::once(&mut thumb_format_slot, "ThumbFormat", &mut map)?,
                12 => {
                    decode::once(
                        &mut thumb_download_flag_slot,
                        "ThumbDownloadFlag",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(TimVideoFileElem {
            video_url: video_url_slot.flatten(),
            video_uuid: video_uuid_slot
                .ok_or_else(|| A::Error::missing_field("VideoUUID"))?,
            video_size: video_size_slot.flatten(),
            video_second: video_second_slot.flatten(),
            video_format: video_format_slot.flatten(),
            video_download_flag: video_download_flag_slot.flatten(),
            thumb_url: thumb_url_slot.flatten(),
            thumb_uuid: thumb_uuid_slot
                .ok_or_else(|| A::Error::missing_field("ThumbUUID"))?,
            thumb_size: thumb_size_slot.flatten(),
            thumb_width: thumb_width_slot
                .ok_or_else(|| A::Error::missing_field("ThumbWidth"))?,
            thumb_height: thumb_height_slot
                .ok_or_else(|| A::Error::missing_field("ThumbHeight"))?,
            thumb_format: thumb_format_slot.flatten(),
            thumb_download_flag: thumb_download_flag_slot.flatten(),
        })
    }
}

impl Validate for TimVideoFileElem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::required(self.video_url.is_some(), "VideoUrl", path, out);
        validate::required(
            self.video_download_flag.is_some(),
            "VideoDownloadFlag",
            path,
            out,
        );
        if let Some(value) = &self.video_download_flag {
            path.push(Segment::Field("VideoDownloadFlag"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(2)),
                    maximum: Some(validate::Number::Int(2)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        validate::required(self.thumb_url.is_some(), "ThumbUrl", path, out);
        validate::required(
            self.thumb_download_flag.is_some(),
            "ThumbDownloadFlag",
            path,
            out,
        );
        if let Some(value) = &self.thumb_download_flag {
            path.push(Segment::Field("ThumbDownloadFlag"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(2)),
                    maximum: Some(validate::Number::Int(2)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// One custom group member field.
///
/// A `{Key, Value}` custom member field: member profiles (`GetGroupMemberInfo`) answer them and `ModifyGroupMemberInfo` sets them, so the type has a file of its own.
///
/// Defined in `spec/tencent-chat/types/app_member_defined_data.yaml`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppMemberDefinedData {
    /// The field's key.
    ///
    /// Example: `"MemberDefined1"`.
    pub key: String,
    /// The field's value.
    ///
    /// Example: `"ModifyDefined1"`.
    pub value: String,
}

impl AppMemberDefinedData {
    /// A value with the required `Key`, `Value`; optional fields absent. The `with_…` methods set the others.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        AppMemberDefinedData {
            key: key.into(),
            value: value.into(),
        }
    }
}

impl serde::Serialize for AppMemberDefinedData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AppMemberDefinedData", 2)?;
        object.serialize_field("Key", &self.key)?;
        object.serialize_field("Value", &self.value)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AppMemberDefinedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AppMemberDefinedData {
    const NAME: &'static str = "AppMemberDefinedData";

    fn field(key: &str) -> usize {
        match key {
            "Key" => 0,
            "Value" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut key_slot: Option<String> = None;
        let mut value_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut key_slot, "Key", &mut map)?,
                1 => decode::once(&mut value_slot, "Value", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AppMemberDefinedData {
            key: key_slot.ok_or_else(|| A::Error::missing_field("Key"))?,
            value: value_slot.ok_or_else(|| A::Error::missing_field("Value"))?,
        })
    }
}

impl Validate for AppMemberDefinedData {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群）
///
/// How a group handles requests to join it. Creating, describing, modifying and importing a group all use it, so it has a file of its own.
///
/// Defined in `spec/tencent-chat/types/apply_join_option.yaml`.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplyJoinOption {
    /// `"FreeAccess"`: Anyone may join freely.
    FreeAccess,
    /// `"NeedPermission"`: A request to join needs approval.
    NeedPermission,
    /// `"DisableApply"`: No one may apply to join.
    DisableApply,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl ApplyJoinOption {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FreeAccess => "FreeAccess",
            Self::NeedPermission => "NeedPermission",
            Self::DisableApply => "DisableApply",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ApplyJoinOption {
    fn from(value: String) -> Self {
        match value.as_str() {
            "FreeAccess" => Self::FreeAccess,
            "NeedPermission" => Self::NeedPermission,
            "DisableApply" => Self::DisableApply,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for ApplyJoinOption {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ApplyJoinOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for ApplyJoinOption {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &[
                    "\"FreeAccess\" (FreeAccess)",
                    "\"NeedPermission\" (NeedPermission)",
                    "\"DisableApply\" (DisableApply)",
                ],
                path,
                out,
            );
        }
    }
}

/// 群组维度的自定义字段
///
/// One custom group field (an item of `AppDefinedData`), a key and its value. The fields are configured in the console; creating, describing, modifying and importing a group all carry them.
///
/// Defined in `spec/tencent-chat/types/group_defined_data.yaml`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupDefinedData {
    /// 自定义字段的 Key
    ///
    /// The field's key.
    ///
    /// Example: `"GroupTestData1"`.
    pub key: String,
    /// 自定义字段的值
    ///
    /// The field's value (binary data is allowed).
    ///
    /// Example: `"xxxxx"`.
    pub value: String,
}

impl GroupDefinedData {
    /// A value with the required `Key`, `Value`; optional fields absent. The `with_…` methods set the others.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        GroupDefinedData {
            key: key.into(),
            value: value.into(),
        }
    }
}

impl serde::Serialize for GroupDefinedData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupDefinedData", 2)?;
        object.serialize_field("Key", &self.key)?;
        object.serialize_field("Value", &self.value)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupDefinedData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupDefinedData {
    const NAME: &'static str = "GroupDefinedData";

    fn field(key: &str) -> usize {
        match key {
            "Key" => 0,
            "Value" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut key_slot: Option<String> = None;
        let mut value_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut key_slot, "Key", &mut map)?,
                1 => decode::once(&mut value_slot, "Value", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupDefinedData {
            key: key_slot.ok_or_else(|| A::Error::missing_field("Key"))?,
            value: value_slot.ok_or_else(|| A::Error::missing_field("Value"))?,
        })
    }
}

impl Validate for GroupDefinedData {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// How a member receives a group's messages (its message receiving option).
///
/// A member's message blocking type in a group. Member profiles (`GetGroupMemberInfo`) answer it and `ModifyGroupMemberInfo` sets it, so it has a file of its own.
///
/// Defined in `spec/tencent-chat/types/group_msg_flag.yaml`.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupMsgFlag {
    /// `"AcceptAndNotify"`: Receive and notify.
    AcceptAndNotify,
    /// `"AcceptNotNotify"`: Receive without notifying (no APNs push).
    AcceptNotNotify,
    /// `"Discard"`: Block the group's messages (none are pushed to the client).
    Discard,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl GroupMsgFlag {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AcceptAndNotify => "AcceptAndNotify",
            Self::AcceptNotNotify => "AcceptNotNotify",
            Self::Discard => "Discard",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for GroupMsgFlag {
    fn from(value: String) -> Self {
        match value.as_str() {
            "AcceptAndNotify" => Self::AcceptAndNotify,
            "AcceptNotNotify" => Self::AcceptNotNotify,
            "Discard" => Self::Discard,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for GroupMsgFlag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GroupMsgFlag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for GroupMsgFlag {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &[
                    "\"AcceptAndNotify\" (AcceptAndNotify)",
                    "\"AcceptNotNotify\" (AcceptNotNotify)",
                    "\"Discard\" (Discard)",
                ],
                path,
                out,
            );
        }
    }
}

/// 群组形态包括 Public（公开群），Private（即 Work，好友工作群），ChatRoom（即 Meeting，会议群），AVChatRoom（音视频聊天室），BChatRoom（在线成员广播大群）和社群（Community）
///
/// A group's type, as the group pages name it. Listing, creating and describing groups all use it, so it has a file of its own.
///
/// Defined in `spec/tencent-chat/types/group_type.yaml`.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupType {
    /// `"Public"`: A public group.
    Public,
    /// `"Private"`: A friends' work group (Work).
    Private,
    /// `"ChatRoom"`: A meeting group (Meeting).
    ChatRoom,
    /// `"AVChatRoom"`: An audio-video chat room.
    AvChatRoom,
    /// `"BChatRoom"`: A broadcast chat room for online members.
    BChatRoom,
    /// `"Community"`: A community.
    Community,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl GroupType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "Public",
            Self::Private => "Private",
            Self::ChatRoom => "ChatRoom",
            Self::AvChatRoom => "AVChatRoom",
            Self::BChatRoom => "BChatRoom",
            Self::Community => "Community",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for GroupType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Public" => Self::Public,
            "Private" => Self::Private,
            "ChatRoom" => Self::ChatRoom,
            "AVChatRoom" => Self::AvChatRoom,
            "BChatRoom" => Self::BChatRoom,
            "Community" => Self::Community,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for GroupType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GroupType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for GroupType {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &[
                    "\"Public\" (Public)",
                    "\"Private\" (Private)",
                    "\"ChatRoom\" (ChatRoom)",
                    "\"AVChatRoom\" (AvChatRoom)",
                    "\"BChatRoom\" (BChatRoom)",
                    "\"Community\" (Community)",
                ],
                path,
                out,
            );
        }
    }
}

/// 群内群成员禁言，只有群管理员和群主以及系统管理员可以发言
///
/// Whether a group mutes all its members (the owner and admins can still send). Describing and modifying a group both use it, so it has a file of its own.
///
/// Defined in `spec/tencent-chat/types/mute_all_member.yaml`.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MuteAllMember {
    /// `"On"`: All members but the owner and admins are muted.
    On,
    /// `"Off"`: Members may send.
    Off,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl MuteAllMember {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "On",
            Self::Off => "Off",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for MuteAllMember {
    fn from(value: String) -> Self {
        match value.as_str() {
            "On" => Self::On,
            "Off" => Self::Off,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for MuteAllMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MuteAllMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for MuteAllMember {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["\"On\" (On)", "\"Off\" (Off)"],
                path,
                out,
            );
        }
    }
}

/// One account named by its UserID (an item of `CheckItem` or `DeleteItem`).
///
/// Defined in `spec/tencent-chat/account_check.yaml` (`types[0]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUserId {
    /// UserID of the account
    ///
    /// Example: `"UserID_1"`.
    pub user_id: String,
}

impl AccountUserId {
    /// A value with the required `UserID`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: impl Into<String>) -> Self {
        AccountUserId {
            user_id: user_id.into(),
        }
    }
}

impl serde::Serialize for AccountUserId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("AccountUserId", 1)?;
        object.serialize_field("UserID", &self.user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AccountUserId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AccountUserId {
    const NAME: &'static str = "AccountUserId";

    fn field(key: &str) -> usize {
        match key {
            "UserID" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "UserID", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AccountUserId {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserID"))?,
        })
    }
}

impl Validate for AccountUserId {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// A member's role in a group.
///
/// Defined in `spec/tencent-chat/get_group_member_info.yaml` (`types[0]`), and used by other operations too.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GroupMemberRole {
    /// `"Owner"`: The group owner.
    Owner,
    /// `"Admin"`: A group admin.
    Admin,
    /// `"Member"`: An ordinary member.
    Member,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl GroupMemberRole {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "Owner",
            Self::Admin => "Admin",
            Self::Member => "Member",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for GroupMemberRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Owner" => Self::Owner,
            "Admin" => Self::Admin,
            "Member" => Self::Member,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for GroupMemberRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GroupMemberRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for GroupMemberRole {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["\"Owner\" (Owner)", "\"Admin\" (Admin)", "\"Member\" (Member)"],
                path,
                out,
            );
        }
    }
}

/// One element of a stored message, as history answers return it: the same tags and `MsgType`/`MsgContent` shape as the element a sender gives, with an image's content as stored (`HistoryImageElem`).
///
/// A refinement of `TimMsgElement`: its wire shape, with the fields or variants this use of it adds or changes; a type of its own.
///
/// Defined in `spec/tencent-chat/group_msg_get_simple.yaml` (`types[2]`), and used by other operations too.
///
/// On the wire an object: `MsgType` names the variant and `MsgContent` holds its content. The union is open: a tag the spec does not list is kept in [`Self::Unknown`] with its content as JSON instead of failing to decode.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryMsgElement {
    /// `TIMTextElem`: A text message.
    Text(TimTextElem),
    /// `TIMLocationElem`: A geographic location.
    Location(TimLocationElem),
    /// `TIMFaceElem`: An emoji.
    Face(TimFaceElem),
    /// `TIMCustomElem`: A custom message. A combined message can contain only one custom element, and any number of other elements.
    Custom(TimCustomElem),
    /// `TIMSoundElem`: A voice message.
    Sound(TimSoundElem),
    /// `TIMImageElem`: An image message, as stored.
    Image(HistoryImageElem),
    /// `TIMFileElem`: A file message.
    File(TimFileElem),
    /// `TIMVideoFileElem`: A video message.
    VideoFile(TimVideoFileElem),
    /// A tag the spec does not list, kept with its content as received.
    Unknown {
        /// The tag.
        tag: String,
        /// The content, as JSON.
        content: serde_json::Value,
    },
}

impl HistoryMsgElement {
    /// The tag on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Text(_) => "TIMTextElem",
            Self::Location(_) => "TIMLocationElem",
            Self::Face(_) => "TIMFaceElem",
            Self::Custom(_) => "TIMCustomElem",
            Self::Sound(_) => "TIMSoundElem",
            Self::Image(_) => "TIMImageElem",
            Self::File(_) => "TIMFileElem",
            Self::VideoFile(_) => "TIMVideoFileElem",
            Self::Unknown { tag, .. } => tag,
        }
    }
}

impl serde::Serialize for HistoryMsgElement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("MsgType", self.tag())?;
        match self {
            Self::Text(content) => map.serialize_entry("MsgContent", content)?,
            Self::Location(content) => map.serialize_entry("MsgContent", content)?,
            Self::Face(content) => map.serialize_entry("MsgContent", content)?,
            Self::Custom(content) => map.serialize_entry("MsgContent", content)?,
            Self::Sound(content) => map.serialize_entry("MsgContent", content)?,
            Self::Image(content) => map.serialize_entry("MsgContent", content)?,
            Self::File(content) => map.serialize_entry("MsgContent", content)?,
            Self::VideoFile(content) => map.serialize_entry("MsgContent", content)?,
            Self::Unknown { content, .. } => map.serialize_entry("MsgContent", content)?,
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HistoryMsgElement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::tagged(deserializer)
    }
}

impl<'de> decode::Tagged<'de> for HistoryMsgElement {
    const NAME: &'static str = "HistoryMsgElement";
    const TAG: &'static str = "MsgType";
    const CONTENT: &'static str = "MsgContent";

    fn content<D: serde::Deserializer<'de>>(
        tag: &str,
        content: D,
    ) -> Result<Self, D::Error> {
        use serde::Deserialize;
        Ok(
            match tag {
                "TIMTextElem" => Self::Text(TimTextElem::deserialize(content)?),
                "TIMLocationElem" => {
                    Self::Location(TimLocationElem::deserialize(content)?)
                }
                "TIMFaceElem" => Self::Face(TimFaceElem::deserialize(content)?),
                "TIMCustomElem" => Self::Custom(TimCustomElem::deserialize(content)?),
                "TIMSoundElem" => Self::Sound(TimSoundElem::deserialize(content)?),
                "TIMImageElem" => Self::Image(HistoryImageElem::deserialize(content)?),
                "TIMFileElem" => Self::File(TimFileElem::deserialize(content)?),
                "TIMVideoFileElem" => {
                    Self::VideoFile(TimVideoFileElem::deserialize(content)?)
                }
                _ => {
                    Self::Unknown {
                        tag: tag.to_owned(),
                        content: serde_json::Value::deserialize(content)?,
                    }
                }
            },
        )
    }
}

/// The content of an image element as history answers return it. Besides the sizes in `ImageInfoArray`, Tencent's OpenAPI description of the element gives one size's fields at content level (`Type`, `Size`, `Width`, `Height`, `URL`), which a decoder of the shape a sender gives would drop.
///
/// A refinement of `TimImageElem`: its wire shape, with the fields or variants this use of it adds or changes; a type of its own.
///
/// Defined in `spec/tencent-chat/group_msg_get_simple.yaml` (`types[3]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HistoryImageElem {
    /// The type of the size given at content level. 1: original image, 2: large image, 3: thumbnail.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub r#type: Option<ImageType>,
    /// The size, in bytes, of the image data given at content level.
    ///
    /// Unit: bytes. Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub size: Option<i64>,
    /// The width in pixels of the size given at content level.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub width: Option<i64>,
    /// The height in pixels of the size given at content level.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Integer`.
    pub height: Option<i64>,
    /// The download URL of the size given at content level.
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>.
    pub url: Option<String>,
    /// Unique identifier of the image, the key the client indexes the image by.
    ///
    /// Example: `"1853095_D61040894AC3DE44CDFFFB3EC7EB720F"`.
    pub uuid: String,
    /// Image format. JPG = 1, GIF = 2, PNG = 3, BMP = 4, Others = 255.
    ///
    /// Example: `1`. The document calls the type `Number`.
    pub image_format: Option<ImageFormat>,
    /// Download information of the original image, thumbnail and large image, when stored (the OpenAPI description does not require it).
    ///
    /// Source: Tencent Cloud Chat OpenAPI description (tencentcloud-im-sdk-java; GroupMsgGetSimpleResponse, TIMImageElem_MsgContent), <https://github.com/TencentCloud/tencentcloud-im-sdk-java/blob/af1726124245f88b590fcfba37a12b9c25747f0f/api/openapi.yaml>. The document calls the type `Array`.
    pub image_info_array: Option<Vec<ImageInfo>>,
}

impl serde::Serialize for HistoryImageElem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "HistoryImageElem",
                1 + usize::from(self.r#type.is_some()) + usize::from(self.size.is_some())
                    + usize::from(self.width.is_some())
                    + usize::from(self.height.is_some())
                    + usize::from(self.url.is_some())
                    + usize::from(self.image_format.is_some())
                    + usize::from(self.image_info_array.is_some()),
            )?;
        encode::optional(&mut object, "Type", &self.r#type)?;
        encode::optional(&mut object, "Size", &self.size)?;
        encode::optional(&mut object, "Width", &self.width)?;
        encode::optional(&mut object, "Height", &self.height)?;
        encode::optional(&mut object, "URL", &self.url)?;
        object.serialize_field("UUID", &self.uuid)?;
        encode::optional(&mut object, "ImageFormat", &self.image_format)?;
        encode::optional(&mut object, "ImageInfoArray", &self.image_info_array)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for HistoryImageElem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for HistoryImageElem {
    const NAME: &'static str = "HistoryImageElem";

    fn field(key: &str) -> usize {
        match key {
            "Type" => 0,
            "Size" => 1,
            "Width" => 2,
            "Height" => 3,
            "URL" => 4,
            "UUID" => 5,
            "ImageFormat" => 6,
            "ImageInfoArray" => 7,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut type_slot: Option<Option<ImageType>> = None;
        let mut size_slot: Option<Option<i64>> = None;
        let mut width_slot: Option<Option<i64>> = None;
        let mut height_slot: Option<Option<i64>> = None;
        let mut url_slot: Option<Option<String>> = None;
        let mut uuid_slot: Option<String> = None;
        let mut image_format_slot: Option<Option<ImageFormat>> = None;
        let mut image_info_array_slot: Option<Option<Vec<ImageInfo>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut type_slot, "Type", &mut map)?,
                1 => decode::once(&mut size_slot, "Size", &mut map)?,
                2 => decode::once(&mut width_slot, "Width", &mut map)?,
                3 => decode::once(&mut height_slot, "Height", &mut map)?,
                4 => decode::once(&mut url_slot, "URL", &mut map)?,
                5 => decode::once(&mut uuid_slot, "UUID", &mut map)?,
                6 => decode::once(&mut image_format_slot, "ImageFormat", &mut map)?,
                7 => {
                    decode::once(&mut image_info_array_slot, "ImageInfoArray", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(HistoryImageElem {
            r#type: type_slot.flatten(),
            size: size_slot.flatten(),
            width: width_slot.flatten(),
            height: height_slot.flatten(),
            url: url_slot.flatten(),
            uuid: uuid_slot.ok_or_else(|| A::Error::missing_field("UUID"))?,
            image_format: image_format_slot.flatten(),
            image_info_array: image_info_array_slot.flatten(),
        })
    }
}

/// A callback not to initiate for this message.
///
/// Defined in `spec/tencent-chat/send_group_msg.yaml` (`types[1]`), and used by other operations too.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallbackControl {
    /// `"ForbidBeforeSendMsgCallback"`: The callback before sending the message is forbidden.
    ForbidBeforeSendMsgCallback,
    /// `"ForbidAfterSendMsgCallback"`: The callback after sending the message is forbidden.
    ForbidAfterSendMsgCallback,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl CallbackControl {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ForbidBeforeSendMsgCallback => "ForbidBeforeSendMsgCallback",
            Self::ForbidAfterSendMsgCallback => "ForbidAfterSendMsgCallback",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CallbackControl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ForbidBeforeSendMsgCallback" => Self::ForbidBeforeSendMsgCallback,
            "ForbidAfterSendMsgCallback" => Self::ForbidAfterSendMsgCallback,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CallbackControl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CallbackControl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for CallbackControl {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &[
                    "\"ForbidBeforeSendMsgCallback\" (ForbidBeforeSendMsgCallback)",
                    "\"ForbidAfterSendMsgCallback\" (ForbidAfterSendMsgCallback)",
                ],
                path,
                out,
            );
        }
    }
}

/// Settings of the message's offline push, for APNs and the push services of Android vendors (Mi, Huawei, Meizu, OPPO, vivo). When given, the offline push settings in a `TIMCustomElem` are ignored. APNs packets hold at most 4 KB, so `Desc` and `Ext` together should not exceed 3 KB.
///
/// Defined in `spec/tencent-chat/send_group_msg.yaml` (`types[4]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OfflinePushInfo {
    /// 0: enable push, 1: disable offline push.
    ///
    /// Limits: between 0 and 1. Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>. The document calls the type `Integer`.
    pub push_flag: Option<i32>,
    /// Offline push title. This field is applicable to both iOS and Android.
    ///
    /// Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>.
    pub title: Option<String>,
    /// The offline push content. It overwrites the offline push text of the message's elements, and the `Desc` of a message's only `TIMCustomElem`. Without either, the message gets no offline push notification.
    ///
    /// Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>.
    pub desc: Option<String>,
    /// Passthrough content of offline push. To make sure the offline push of all Android vendors are attainable, this field must be in JSON format.
    ///
    /// Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>.
    pub ext: Option<String>,
    /// Android settings.
    ///
    /// Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>.
    pub android_info: Option<AndroidPushInfo>,
    /// APNs settings.
    ///
    /// Source: Message Formats (MsgBody, OfflinePushInfo), <https://www.tencentcloud.com/document/product/1047/33527>.
    pub apns_info: Option<ApnsPushInfo>,
}

impl OfflinePushInfo {
    /// Sets `PushFlag`.
    pub fn with_push_flag(mut self, push_flag: i32) -> Self {
        self.push_flag = Some(push_flag);
        self
    }

    /// Sets `Title`.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets `Desc`.
    pub fn with_desc(mut self, desc: impl Into<String>) -> Self {
        self.desc = Some(desc.into());
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: impl Into<String>) -> Self {
        self.ext = Some(ext.into());
        self
    }

    /// Sets `AndroidInfo`.
    pub fn with_android_info(mut self, android_info: AndroidPushInfo) -> Self {
        self.android_info = Some(android_info);
        self
    }

    /// Sets `ApnsInfo`.
    pub fn with_apns_info(mut self, apns_info: ApnsPushInfo) -> Self {
        self.apns_info = Some(apns_info);
        self
    }
}

impl serde::Serialize for OfflinePushInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "OfflinePushInfo",
                usize::from(self.push_flag.is_some()) + usize::from(self.title.is_some())
                    + usize::from(self.desc.is_some()) + usize::from(self.ext.is_some())
                    + usize::from(self.android_info.is_some())
                    + usize::from(self.apns_info.is_some()),
            )?;
        encode::optional(&mut object, "PushFlag", &self.push_flag)?;
        encode::optional(&mut object, "Title", &self.title)?;
        encode::optional(&mut object, "Desc", &self.desc)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "AndroidInfo", &self.android_info)?;
        encode::optional(&mut object, "ApnsInfo", &self.apns_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for OfflinePushInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for OfflinePushInfo {
    const NAME: &'static str = "OfflinePushInfo";

    fn field(key: &str) -> usize {
        match key {
            "PushFlag" => 0,
            "Title" => 1,
            "Desc" => 2,
            "Ext" => 3,
            "AndroidInfo" => 4,
            "ApnsInfo" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut push_flag_slot: Option<Option<i32>> = None;
        let mut title_slot: Option<Option<String>> = None;
        let mut desc_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<String>> = None;
        let mut android_info_slot: Option<Option<AndroidPushInfo>> = None;
        let mut apns_info_slot: Option<Option<ApnsPushInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut push_flag_slot, "PushFlag", &mut map)?,
                1 => decode::once(&mut title_slot, "Title", &mut map)?,
                2 => decode::once(&mut desc_slot, "Desc", &mut map)?,
                3 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                4 => decode::once(&mut android_info_slot, "AndroidInfo", &mut map)?,
                5 => decode::once(&mut apns_info_slot, "ApnsInfo", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(OfflinePushInfo {
            push_flag: push_flag_slot.flatten(),
            title: title_slot.flatten(),
            desc: desc_slot.flatten(),
            ext: ext_slot.flatten(),
            android_info: android_info_slot.flatten(),
            apns_info: apns_info_slot.flatten(),
        })
    }
}

impl Validate for OfflinePushInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.push_flag {
            path.push(Segment::Field("PushFlag"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.android_info {
            path.push(Segment::Field("AndroidInfo"));
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.apns_info {
            path.push(Segment::Field("ApnsInfo"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The Android part of `OfflinePushInfo` (`AndroidInfo`).
///
/// Defined in `spec/tencent-chat/send_group_msg.yaml` (`types[5]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AndroidPushInfo {
    /// Path to the offline push sound file in Android.
    pub sound: Option<String>,
    /// Notification channel field for Huawei phones with EMUI 10.0 or later; when not empty it overrides the ChannelID configured in the console.
    pub hua_wei_channel_id: Option<String>,
    /// Notification type (Channel) field for Mi phones with MIUI 10 or later; when not empty it overrides the ChannelID configured in the console.
    pub xiao_mi_channel_id: Option<String>,
    /// NotificationChannel field for OPPO phones with Android 8.0 or later; when not empty it overrides the ChannelID configured in the console.
    pub oppo_channel_id: Option<String>,
    /// Notification channel field for Google phones with Android 8.0 or later (new Google push API only).
    pub google_channel_id: Option<String>,
    /// Push message classification for vivo phones: 0 operation message, 1 system message.
    ///
    /// Default when absent: `1`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub vivo_classification: Option<i32>,
    /// Push notification message classification for Huawei phones: LOW or NORMAL.
    ///
    /// Default when absent: `"NORMAL"`.
    pub hua_wei_importance: Option<String>,
    /// With Huawei Push set to open a specified in-app page: 1 uses `Ext` as the Intent parameter, 0 as the Action parameter.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub ext_as_huawei_intent_param: Option<i32>,
    /// Message type identifier for Huawei phones; when not empty it overrides the category configured in the console.
    pub hua_wei_category: Option<String>,
}

impl AndroidPushInfo {
    /// Sets `Sound`.
    pub fn with_sound(mut self, sound: impl Into<String>) -> Self {
        self.sound = Some(sound.into());
        self
    }

    /// Sets `HuaWeiChannelID`.
    pub fn with_hua_wei_channel_id(
        mut self,
        hua_wei_channel_id: impl Into<String>,
    ) -> Self {
        self.hua_wei_channel_id = Some(hua_wei_channel_id.into());
        self
    }

    /// Sets `XiaoMiChannelID`.
    pub fn with_xiao_mi_channel_id(
        mut self,
        xiao_mi_channel_id: impl Into<String>,
    ) -> Self {
        self.xiao_mi_channel_id = Some(xiao_mi_channel_id.into());
        self
    }

    /// Sets `OPPOChannelID`.
    pub fn with_oppo_channel_id(mut self, oppo_channel_id: impl Into<String>) -> Self {
        self.oppo_channel_id = Some(oppo_channel_id.into());
        self
    }

    /// Sets `GoogleChannelID`.
    pub fn with_google_channel_id(
        mut self,
        google_channel_id: impl Into<String>,
    ) -> Self {
        self.google_channel_id = Some(google_channel_id.into());
        self
    }

    /// Sets `VIVOClassification`.
    pub fn with_vivo_classification(mut self, vivo_classification: i32) -> Self {
        self.vivo_classification = Some(vivo_classification);
        self
    }

    /// Sets `HuaWeiImportance`.
    pub fn with_hua_wei_importance(
        mut self,
        hua_wei_importance: impl Into<String>,
    ) -> Self {
        self.hua_wei_importance = Some(hua_wei_importance.into());
        self
    }

    /// Sets `ExtAsHuaweiIntentParam`.
    pub fn with_ext_as_huawei_intent_param(
        mut self,
        ext_as_huawei_intent_param: i32,
    ) -> Self {
        self.ext_as_huawei_intent_param = Some(ext_as_huawei_intent_param);
        self
    }

    /// Sets `HuaWeiCategory`.
    pub fn with_hua_wei_category(mut self, hua_wei_category: impl Into<String>) -> Self {
        self.hua_wei_category = Some(hua_wei_category.into());
        self
    }

    /// `VIVOClassification` as the server reads it: the value sent, or the documented default `1` when absent.
    pub fn vivo_classification_or_default(&self) -> i32 {
        self.vivo_classification.unwrap_or(1)
    }

    /// `HuaWeiImportance` as the server reads it: the value sent, or the documented default `"NORMAL"` when absent.
    pub fn hua_wei_importance_or_default(&self) -> &str {
        self.hua_wei_importance.as_deref().unwrap_or("NORMAL")
    }

    /// `ExtAsHuaweiIntentParam` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn ext_as_huawei_intent_param_or_default(&self) -> i32 {
        self.ext_as_huawei_intent_param.unwrap_or(0)
    }
}

impl serde::Serialize for AndroidPushInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AndroidPushInfo",
                usize::from(self.sound.is_some())
                    + usize::from(self.hua_wei_channel_id.is_some())
                    + usize::from(self.xiao_mi_channel_id.is_some())
                    + usize::from(self.oppo_channel_id.is_some())
                    + usize::from(self.google_channel_id.is_some())
                    + usize::from(self.vivo_classification.is_some())
                    + usize::from(self.hua_wei_importance.is_some())
                    + usize::from(self.ext_as_huawei_intent_param.is_some())
                    + usize::from(self.hua_wei_category.is_some()),
            )?;
        encode::optional(&mut object, "Sound", &self.sound)?;
        encode::optional(&mut object, "HuaWeiChannelID", &self.hua_wei_channel_id)?;
        encode::optional(&mut object, "XiaoMiChannelID", &self.xiao_mi_channel_id)?;
        encode::optional(&mut object, "OPPOChannelID", &self.oppo_channel_id)?;
        encode::optional(&mut object, "GoogleChannelID", &self.google_channel_id)?;
        encode::optional(&mut object, "VIVOClassification", &self.vivo_classification)?;
        encode::optional(&mut object, "HuaWeiImportance", &self.hua_wei_importance)?;
        encode::optional(
            &mut object,
            "ExtAsHuaweiIntentParam",
            &self.ext_as_huawei_intent_param,
        )?;
        encode::optional(&mut object, "HuaWeiCategory", &self.hua_wei_category)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AndroidPushInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AndroidPushInfo {
    const NAME: &'static str = "AndroidPushInfo";

    fn field(key: &str) -> usize {
        match key {
            "Sound" => 0,
            "HuaWeiChannelID" => 1,
            "XiaoMiChannelID" => 2,
            "OPPOChannelID" => 3,
            "GoogleChannelID" => 4,
            "VIVOClassification" => 5,
            "HuaWeiImportance" => 6,
            "ExtAsHuaweiIntentParam" => 7,
            "HuaWeiCategory" => 8,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut sound_slot: Option<Option<String>> = None;
        let mut hua_wei_channel_id_slot: Option<Option<String>> = None;
        let mut xiao_mi_channel_id_slot: Option<Option<String>> = None;
        let mut oppo_channel_id_slot: Option<Option<String>> = None;
        let mut google_channel_id_slot: Option<Option<String>> = None;
        let mut vivo_classification_slot: Option<Option<i32>> = None;
        let mut hua_wei_importance_slot: Option<Option<String>> = None;
        let mut ext_as_huawei_intent_param_slot: Option<Option<i32>> = None;
        let mut hua_wei_category_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut sound_slot, "Sound", &mut map)?,
                1 => {
                    decode::once(
                        &mut hua_wei_channel_id_slot,
                        "HuaWeiChannelID",
                        &mut map,
                    )?
                }
                2 => {
                    decode::once(
                        &mut xiao_mi_channel_id_slot,
                        "XiaoMiChannelID",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut oppo_channel_id_slot, "OPPOChannelID", &mut map)?,
                4 => {
                    decode::once(
                        &mut google_channel_id_slot,
                        "GoogleChannelID",
                        &mut map,
                    )?
                }
                5 => {
                    decode::once(
                        &mut vivo_classification_slot,
                        "VIVOClassification",
                        &mut map,
                    )?
                }
                6 => {
                    decode::once(
                        &mut hua_wei_importance_slot,
                        "HuaWeiImportance",
                        &mut map,
                    )?
                }
                7 => {
                    decode::once(
                        &mut ext_as_huawei_intent_param_slot,
                        "ExtAsHuaweiIntentParam",
                        &mut map,
                    )?
                }
                8 => {
                    decode::once(&mut hua_wei_category_slot, "HuaWeiCategory", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AndroidPushInfo {
            sound: sound_slot.flatten(),
            hua_wei_channel_id: hua_wei_channel_id_slot.flatten(),
            xiao_mi_channel_id: xiao_mi_channel_id_slot.flatten(),
            oppo_channel_id: oppo_channel_id_slot.flatten(),
            google_channel_id: google_channel_id_slot.flatten(),
            vivo_classification: vivo_classification_slot.flatten(),
            hua_wei_importance: hua_wei_importance_slot.flatten(),
            ext_as_huawei_intent_param: ext_as_huawei_intent_param_slot.flatten(),
            hua_wei_category: hua_wei_category_slot.flatten(),
        })
    }
}

impl Validate for AndroidPushInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.vivo_classification {
            path.push(Segment::Field("VIVOClassification"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.ext_as_huawei_intent_param {
            path.push(Segment::Field("ExtAsHuaweiIntentParam"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// The APNs part of `OfflinePushInfo` (`ApnsInfo`).
///
/// Defined in `spec/tencent-chat/send_group_msg.yaml` (`types[6]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApnsPushInfo {
    /// The APNs push sound file.
    pub sound: Option<String>,
    /// 0 (the default) counts the message; 1 does not, so the number on the app icon does not increase.
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub badge_mode: Option<i32>,
    /// Title of an APNs push message; it replaces the top-level title.
    pub title: Option<String>,
    /// Subtitle of an APNs push message.
    pub sub_title: Option<String>,
    /// Image URL carried by APNs, shown by the client in a pop-up window.
    pub image: Option<String>,
    /// 1: enable the push extension of iOS 10 or later; 0 (default value).
    ///
    /// Default when absent: `0`. Limits: between 0 and 1. The document calls the type `Integer`.
    pub mutable_content: Option<i32>,
}

impl ApnsPushInfo {
    /// Sets `Sound`.
    pub fn with_sound(mut self, sound: impl Into<String>) -> Self {
        self.sound = Some(sound.into());
        self
    }

    /// Sets `BadgeMode`.
    pub fn with_badge_mode(mut self, badge_mode: i32) -> Self {
        self.badge_mode = Some(badge_mode);
        self
    }

    /// Sets `Title`.
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets `SubTitle`.
    pub fn with_sub_title(mut self, sub_title: impl Into<String>) -> Self {
        self.sub_title = Some(sub_title.into());
        self
    }

    /// Sets `Image`.
    pub fn with_image(mut self, image: impl Into<String>) -> Self {
        self.image = Some(image.into());
        self
    }

    /// Sets `MutableContent`.
    pub fn with_mutable_content(mut self, mutable_content: i32) -> Self {
        self.mutable_content = Some(mutable_content);
        self
    }

    /// `BadgeMode` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn badge_mode_or_default(&self) -> i32 {
        self.badge_mode.unwrap_or(0)
    }

    /// `MutableContent` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn mutable_content_or_default(&self) -> i32 {
        self.mutable_content.unwrap_or(0)
    }
}

impl serde::Serialize for ApnsPushInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ApnsPushInfo",
                usize::from(self.sound.is_some())
                    + usize::from(self.badge_mode.is_some())
                    + usize::from(self.title.is_some())
                    + usize::from(self.sub_title.is_some())
                    + usize::from(self.image.is_some())
                    + usize::from(self.mutable_content.is_some()),
            )?;
        encode::optional(&mut object, "Sound", &self.sound)?;
        encode::optional(&mut object, "BadgeMode", &self.badge_mode)?;
        encode::optional(&mut object, "Title", &self.title)?;
        encode::optional(&mut object, "SubTitle", &self.sub_title)?;
        encode::optional(&mut object, "Image", &self.image)?;
        encode::optional(&mut object, "MutableContent", &self.mutable_content)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ApnsPushInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ApnsPushInfo {
    const NAME: &'static str = "ApnsPushInfo";

    fn field(key: &str) -> usize {
        match key {
            "Sound" => 0,
            "BadgeMode" => 1,
            "Title" => 2,
            "SubTitle" => 3,
            "Image" => 4,
            "MutableContent" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut sound_slot: Option<Option<String>> = None;
        let mut badge_mode_slot: Option<Option<i32>> = None;
        let mut title_slot: Option<Option<String>> = None;
        let mut sub_title_slot: Option<Option<String>> = None;
        let mut image_slot: Option<Option<String>> = None;
        let mut mutable_content_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut sound_slot, "Sound", &mut map)?,
                1 => decode::once(&mut badge_mode_slot, "BadgeMode", &mut map)?,
                2 => decode::once(&mut title_slot, "Title", &mut map)?,
                3 => decode::once(&mut sub_title_slot, "SubTitle", &mut map)?,
                4 => decode::once(&mut image_slot, "Image", &mut map)?,
                5 => decode::once(&mut mutable_content_slot, "MutableContent", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ApnsPushInfo {
            sound: sound_slot.flatten(),
            badge_mode: badge_mode_slot.flatten(),
            title: title_slot.flatten(),
            sub_title: sub_title_slot.flatten(),
            image: image_slot.flatten(),
            mutable_content: mutable_content_slot.flatten(),
        })
    }
}

impl Validate for ApnsPushInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.badge_mode {
            path.push(Segment::Field("BadgeMode"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.mutable_content {
            path.push(Segment::Field("MutableContent"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(0)),
                    maximum: Some(validate::Number::Int(1)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// How a one-to-one message is counted and notified by the recipient's clients.
///
/// Defined in `spec/tencent-chat/send_msg.yaml` (`types[0]`), and used by other operations too.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum C2cSendMsgControl {
    /// `"NoUnread"`: Do not include the message in the unread count.
    NoUnread,
    /// `"NoLastMsg"`: Do not update the conversation list.
    NoLastMsg,
    /// `"WithMuteNotifications"`: The recipient's do-not-disturb setting for the sender applies.
    WithMuteNotifications,
    /// A value the spec does not list, kept as received.
    Unknown(String),
}

impl C2cSendMsgControl {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoUnread => "NoUnread",
            Self::NoLastMsg => "NoLastMsg",
            Self::WithMuteNotifications => "WithMuteNotifications",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for C2cSendMsgControl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NoUnread" => Self::NoUnread,
            "NoLastMsg" => Self::NoLastMsg,
            "WithMuteNotifications" => Self::WithMuteNotifications,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for C2cSendMsgControl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for C2cSendMsgControl {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

impl Validate for C2cSendMsgControl {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &[
                    "\"NoUnread\" (NoUnread)",
                    "\"NoLastMsg\" (NoLastMsg)",
                    "\"WithMuteNotifications\" (WithMuteNotifications)",
                ],
                path,
                out,
            );
        }
    }
}
