// @generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate`.
// Do not edit by hand: change the spec and regenerate.

//! The types that Tencent Cloud Chat (IM) server REST API's operations share: the `types` of `spec/tencent-chat/service.yaml`.

use imapi_runtime::decode;
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimTextElem {
    /// Content of the message. When the receiver is an iOS or Android device and the app is working in the background, messages of this type are displayed as offline push text.
    ///
    /// Example: `"hello world"`.
    #[serde(rename = "Text")]
    pub text: String,
}

impl TimTextElem {
    /// A value with the required `Text`; optional fields absent. The `with_…` methods set the others.
    pub fn new(text: impl Into<String>) -> Self {
        TimTextElem { text: text.into() }
    }
}

impl Validate for TimTextElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of a location element (TIMLocationElem). The offline push text is "\[Location\]" in the English version.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimLocationElem {
    /// Description of the location.
    ///
    /// Example: `"someinfo"`.
    #[serde(rename = "Desc")]
    pub desc: String,
    /// Latitude.
    ///
    /// Example: `29.340656774469956`. The document calls the type `Number`.
    #[serde(rename = "Latitude")]
    pub latitude: f64,
    /// Longitude.
    ///
    /// Example: `116.77497920478824`. The document calls the type `Number`.
    #[serde(rename = "Longitude")]
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

impl Validate for TimLocationElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of an emoji element (TIMFaceElem). The offline push text is "\[Face\]" in the English version.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimFaceElem {
    /// Emoji index customized by users.
    ///
    /// Example: `1`. The document calls the type `Number`.
    #[serde(rename = "Index")]
    pub index: i64,
    /// Additional data.
    ///
    /// Example: `"content"`.
    #[serde(rename = "Data")]
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

impl Validate for TimFaceElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of a custom element (TIMCustomElem). When a message holds only one custom element and neither its `Desc` nor `OfflinePushInfo.Desc` is given, the message gets no offline push.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimCustomElem {
    /// Custom message data. This field is not delivered as a payload field by APNs, and therefore the data field cannot be obtained in payload.
    ///
    /// Example: `"message"`.
    #[serde(rename = "Data")]
    pub data: String,
    /// Custom message description. When the receiver is an iOS or Android device and the app is working in the background, it is shown as the offline push text. `OfflinePushInfo.Desc` overrides it.
    ///
    /// Example: `"notification"`.
    #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Extended field, delivered as the `Ext` key of the APNs payload when the receiver's app is in the background. Its format is defined by the business end; APNs passes it through.
    ///
    /// Example: `"url"`.
    #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// Custom APNs push ringtone.
    ///
    /// Example: `"dingdong.aiff"`.
    #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
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

impl Validate for TimCustomElem {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// The content of a voice element (TIMSoundElem). To send one through the REST API, give `Url`, `UUID` and `Download_Flag`; the voice must be downloadable from `Url`, and `UUID` globally unique (usually the MD5 of the voice file).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimSoundElem {
    /// Voice download URL, through which the voice content can be downloaded directly.
    #[serde(rename = "Url")]
    pub url: String,
    /// Unique identifier of the voice, the key the client indexes the voice by.
    ///
    /// Example: `"1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F"`.
    #[serde(rename = "UUID")]
    pub uuid: String,
    /// Voice data size, in bytes.
    ///
    /// Unit: bytes. Example: `62351`. The document calls the type `Number`.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Voice duration, in seconds.
    ///
    /// Unit: seconds. Example: `1`. The document calls the type `Number`.
    #[serde(rename = "Second", default, skip_serializing_if = "Option::is_none")]
    pub second: Option<i64>,
    /// Flag of the voice download method. It must be 2: the voice can be downloaded from `Url`.
    ///
    /// Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    #[serde(rename = "Download_Flag")]
    pub download_flag: i32,
}

impl TimSoundElem {
    /// A value with the required `Url`, `UUID`, `Download_Flag`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        url: impl Into<String>,
        uuid: impl Into<String>,
        download_flag: i32,
    ) -> Self {
        TimSoundElem {
            url: url.into(),
            uuid: uuid.into(),
            size: None,
            second: None,
            download_flag,
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

impl Validate for TimSoundElem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.download_flag;
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimImageElem {
    /// Unique identifier of the image, the key the client indexes the image by.
    ///
    /// Example: `"1853095_D61040894AC3DE44CDFFFB3EC7EB720F"`.
    #[serde(rename = "UUID")]
    pub uuid: String,
    /// Image format. JPG = 1, GIF = 2, PNG = 3, BMP = 4, Others = 255.
    ///
    /// Example: `1`. The document calls the type `Number`.
    #[serde(rename = "ImageFormat", default, skip_serializing_if = "Option::is_none")]
    pub image_format: Option<ImageFormat>,
    /// Download information of the original image, thumbnail, or large image.
    ///
    /// The document calls the type `Array`.
    #[serde(rename = "ImageInfoArray")]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImageInfo {
    /// Image type. 1: original image, 2: large image, 3: thumbnail.
    ///
    /// Example: `1`. The document calls the type `Number`.
    #[serde(rename = "Type")]
    pub r#type: ImageType,
    /// Size of image data in bytes.
    ///
    /// Unit: bytes. Example: `1853095`. The document calls the type `Number`.
    #[serde(rename = "Size")]
    pub size: i64,
    /// Image width in pixels.
    ///
    /// Example: `2448`. The document calls the type `Number`.
    #[serde(rename = "Width")]
    pub width: i64,
    /// Image height in pixels.
    ///
    /// Example: `3264`. The document calls the type `Number`.
    #[serde(rename = "Height")]
    pub height: i64,
    /// Download URL of the image.
    #[serde(rename = "URL")]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimFileElem {
    /// Download URL of the file, through which the file can be downloaded directly.
    #[serde(rename = "Url")]
    pub url: String,
    /// Unique identifier of the file, the key the client indexes the file by.
    ///
    /// Example: `"1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F"`.
    #[serde(rename = "UUID")]
    pub uuid: String,
    /// Size of file data in bytes.
    ///
    /// Unit: bytes. Example: `1773552`. The document calls the type `Number`.
    #[serde(rename = "FileSize", default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<i64>,
    /// File name.
    #[serde(rename = "FileName", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Flag of the file download method. It must be 2: the file can be downloaded from `Url`.
    ///
    /// Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    #[serde(rename = "Download_Flag")]
    pub download_flag: i32,
}

impl TimFileElem {
    /// A value with the required `Url`, `UUID`, `Download_Flag`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        url: impl Into<String>,
        uuid: impl Into<String>,
        download_flag: i32,
    ) -> Self {
        TimFileElem {
            url: url.into(),
            uuid: uuid.into(),
            file_size: None,
            file_name: None,
            download_flag,
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

impl Validate for TimFileElem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.download_flag;
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TimVideoFileElem {
    /// Download URL of the video, through which the video can be downloaded directly.
    #[serde(rename = "VideoUrl")]
    pub video_url: String,
    /// Unique identifier of the video, the key the client indexes the video by.
    ///
    /// Example: `"5da38ba89d6521011e1f6f3fd6692e35"`.
    #[serde(rename = "VideoUUID")]
    pub video_uuid: String,
    /// Size of video data, in bytes.
    ///
    /// Unit: bytes. Example: `1194603`. The document calls the type `Number`.
    #[serde(rename = "VideoSize", default, skip_serializing_if = "Option::is_none")]
    pub video_size: Option<i64>,
    /// Video duration, in seconds. For web clients, this field cannot be obtained and the value `0` is used.
    ///
    /// Unit: seconds. Example: `5`. The document calls the type `Number`.
    #[serde(rename = "VideoSecond", default, skip_serializing_if = "Option::is_none")]
    pub video_second: Option<i64>,
    /// Video format, for example, MP4.
    ///
    /// Example: `"mp4"`.
    #[serde(rename = "VideoFormat", default, skip_serializing_if = "Option::is_none")]
    pub video_format: Option<String>,
    /// Flag of the video download method. It must be 2: the video can be downloaded from `VideoUrl`.
    ///
    /// Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    #[serde(rename = "VideoDownloadFlag")]
    pub video_download_flag: i32,
    /// Download URL of the video thumbnail.
    #[serde(rename = "ThumbUrl")]
    pub thumb_url: String,
    /// Unique identifier of the video thumbnail, the key the client indexes it by.
    ///
    /// Example: `"6edaffedef5150684510cf97957b7bc8"`.
    #[serde(rename = "ThumbUUID")]
    pub thumb_uuid: String,
    /// Size of thumbnail data, in bytes.
    ///
    /// Unit: bytes. Example: `13907`. The document calls the type `Number`.
    #[serde(rename = "ThumbSize", default, skip_serializing_if = "Option::is_none")]
    pub thumb_size: Option<i64>,
    /// Thumbnail width in pixels.
    ///
    /// Example: `720`. The document calls the type `Number`.
    #[serde(rename = "ThumbWidth")]
    pub thumb_width: i64,
    /// Thumbnail height in pixels.
    ///
    /// Example: `1280`. The document calls the type `Number`.
    #[serde(rename = "ThumbHeight")]
    pub thumb_height: i64,
    /// Video thumbnail format, such as JPG or BMP.
    ///
    /// Example: `"JPG"`.
    #[serde(rename = "ThumbFormat", default, skip_serializing_if = "Option::is_none")]
    pub thumb_format: Option<String>,
    /// Flag of the video thumbnail download method. It must be 2: the thumbnail can be downloaded from `ThumbUrl`.
    ///
    /// Example: `2`. Limits: between 2 and 2. The document calls the type `Number`.
    #[serde(rename = "ThumbDownloadFlag")]
    pub thumb_download_flag: i32,
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
            video_url: video_url.into(),
            video_uuid: video_uuid.into(),
            video_size: None,
            video_second: None,
            video_format: None,
            video_download_flag,
            thumb_url: thumb_url.into(),
            thumb_uuid: thumb_uuid.into(),
            thumb_size: None,
            thumb_width,
            thumb_height,
            thumb_format: None,
            thumb_download_flag,
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

impl Validate for TimVideoFileElem {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.video_download_flag;
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
        {
            let value = &self.thumb_download_flag;
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
