// Code generated from spec/volcengine-rtc-im/get_conversation_setting.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetConversationSetting`: 你可以使用此接口查询会话成员对会话的设置。
//!
//! 你可以调用GetConversationSetting接口,指定你所属的AppId、会话 ID和会话成员 UserId,查询会话成员对会话的设置。
//!
//! Reads one member's settings for a conversation (do-not-disturb, pin and favourite times, extension fields, read position), given the `AppId`, the conversation's ID and the member's UserId.
//!
//! - HTTP: `POST /?Action=GetConversationSetting&Version=2020-12-01`
//! - Request: [`GetConversationSettingRequest`]; response payload: [`GetConversationSettingResponse`]
//! - Rate limit: 100 requests per second
//! - Source: 查询成员对会话的设置 GetConversationSetting, <https://www.volcengine.com/docs/6348/337014>
//! - Also from: volc-sdk-golang service/im model (GetConversationSettingBody, GetConversationSettingResResultConversationSettingInfo), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - The user must be a member of the conversation. (error `ParticipantNotInConversation`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//! | `ParticipantNotInConversation` | 会话成员不在会话中 |
//!
//! # Notes on the source document
//!
//! - The stored copy of the page lost the request table's 是否必选 cells and ends inside the answer's `SetFavoriteTime` row, without the examples. — *Resolved:* Required flags and the rest of the answer (`SetFavoriteTime`'s description, `IsSetFavorite`, `IsMute`, `Ext`, `ReadIndex`) follow the Go SDK's model, marked `from: go-sdk`; the example is made of the request table's example values.
//! - The answer's object is called `ConversationSettingInfo`, the name of ModifyConversationSetting's smaller request shape, whose `IsStickTop` and `IsSetFavorite` mean "whether to change" where here they mean the state. — *Resolved:* The answer's type is `ParticipantConversationSetting`; `doc_type` keeps the page's name and the glosses say what the flags mean here.
//! - `ReadIndex` is required in the Go SDK's model, while `NoReadIndex` true asks for it to be left out. — *Resolved:* `ReadIndex` stays required (the SDK decodes it so); with `NoReadIndex` true the emulator answers 0.
//! - The answer's `ConversationType` lists only 1 and 2; live groups (100) have settings too. — *Resolved:* The shared `ConversationType` with `values: [1, 2]` as documented; an answer of 100 still decodes.
//! - "UserId 必须大于 0" is stated for `ParticipantUserId`, and the page names no error codes. — *Resolved:* `ParticipantUserId` has `minimum: 1`; the codes are the error-code page's for an unknown conversation and a user who is not a member.
//! - The examples' `StickTopTime` and `SetFavoriteTime` (1666495802476129) are microseconds, not milliseconds as described. — *Resolved:* The descriptions (milliseconds) are kept; the example cells are the page's.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{ConversationType, SPEC, VolcengineRtcIm};

/// `GetConversationSetting` as a type: it ties [`GetConversationSettingRequest`] and [`GetConversationSettingResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetConversationSetting>`) and servers (`route::<GetConversationSetting>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetConversationSetting;

impl OperationShape for GetConversationSetting {
    type Service = VolcengineRtcIm;
    type Input = GetConversationSettingRequest;
    type Output = GetConversationSettingResponse;
    const OP: Operation = Operation {
        name: "GetConversationSetting",
        service: &SPEC,
        path: "/",
        action: Some("GetConversationSetting"),
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetConversationSettingRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `GetConversationSetting`.
///
/// The request of [`GetConversationSetting`](self): 你可以使用此接口查询会话成员对会话的设置。
///
/// - HTTP: `POST /?Action=GetConversationSetting&Version=2020-12-01`
/// - Request: [`GetConversationSettingRequest`]; response payload: [`GetConversationSettingResponse`]
/// - Rate limit: 100 requests per second
/// - Source: 查询成员对会话的设置 GetConversationSetting, <https://www.volcengine.com/docs/6348/337014>
/// - Also from: volc-sdk-golang service/im model (GetConversationSettingBody, GetConversationSettingResResultConversationSettingInfo), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetConversationSettingRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话成员 UserId,UserId 必须大于 0
    ///
    /// The member whose settings are read; greater than 0.
    ///
    /// Example: `10001`. Limits: at least 1. The document calls the type `Long`.
    pub participant_user_id: i64,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 是否需要该成员在会话中的已读位置。
    /// - true:不需要。
    /// - false:需要。
    ///
    /// Whether the member's read position is left out (true) or given (false).
    ///
    /// Example: `false`. The document calls the type `Boolean`.
    pub no_read_index: Option<bool>,
}

impl GetConversationSettingRequest {
    /// A value with the required `AppId`, `ParticipantUserId`, `ConversationShortId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        participant_user_id: i64,
        conversation_short_id: i64,
    ) -> Self {
        GetConversationSettingRequest {
            app_id,
            participant_user_id,
            conversation_short_id,
            no_read_index: None,
        }
    }

    /// Sets `NoReadIndex`.
    pub fn with_no_read_index(mut self, no_read_index: bool) -> Self {
        self.no_read_index = Some(no_read_index);
        self
    }
}

impl serde::Serialize for GetConversationSettingRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetConversationSettingRequest",
                3 + usize::from(self.no_read_index.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        encode::optional(&mut object, "NoReadIndex", &self.no_read_index)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationSettingRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationSettingRequest {
    const NAME: &'static str = "GetConversationSettingRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ParticipantUserId" => 1,
            "ConversationShortId" => 2,
            "NoReadIndex" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut no_read_index_slot: Option<Option<bool>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                2 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut no_read_index_slot, "NoReadIndex", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetConversationSettingRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            no_read_index: no_read_index_slot.flatten(),
        })
    }
}

impl Validate for GetConversationSettingRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.participant_user_id;
            path.push(Segment::Field("ParticipantUserId"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: None,
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`GetConversationSetting`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq)]
pub struct GetConversationSettingResponse {
    /// 用户会话设置
    ///
    /// The member's settings for the conversation.
    ///
    /// The document calls the type `Object of ConversationSettingInfo`.
    pub conversation_setting_info: ParticipantConversationSetting,
}

impl serde::Serialize for GetConversationSettingResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetConversationSettingResponse", 1)?;
        object
            .serialize_field(
                "ConversationSettingInfo",
                &self.conversation_setting_info,
            )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationSettingResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationSettingResponse {
    const NAME: &'static str = "GetConversationSettingResponse";

    fn field(key: &str) -> usize {
        match key {
            "ConversationSettingInfo" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_setting_info_slot: Option<ParticipantConversationSetting> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_setting_info_slot,
                        "ConversationSettingInfo",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetConversationSettingResponse {
            conversation_setting_info: conversation_setting_info_slot
                .ok_or_else(|| A::Error::missing_field("ConversationSettingInfo"))?,
        })
    }
}

/// 用户会话设置
///
/// A member's settings for a conversation, as read (the page's `ConversationSettingInfo` of this action, larger than ModifyConversationSetting's shape of the same name).
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantConversationSetting {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 群成员UserId
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub participant_user_id: i64,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 会话Id,字符串类型,含义跟ConversationShortId一样,用来定位唯一的一个会话,历史原因,目前大部分接口都在使用ConversationShortId,但是仍然有比较比较老的接口会使用到ConversationId,如果目前您接入的功能没有使用到ConversationId直接忽略即可
    ///
    /// The conversation's ID as a string, with the same meaning as `ConversationShortId`; some older APIs use it.
    ///
    /// Example: `"ConversationId"`. The document calls the type `String`.
    pub conversation_id: String,
    /// 会话类型。
    /// - 1:单聊
    /// - 2:群聊
    ///
    /// Example: `1`. Limits: only `1` (OneToOne) or `2` (Group). The document calls the type `Integer`.
    pub conversation_type: ConversationType,
    /// 信箱,用于逻辑隔离
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub inbox_type: i32,
    /// 置顶时间,单位为毫秒。0表示未置顶
    ///
    /// Unit: milliseconds. Example: `1666495802476129`. The document calls the type `Long`.
    pub stick_top_time: i64,
    /// 是否置顶。
    /// - true:置顶。
    /// - false:不置顶
    ///
    /// Whether the conversation is pinned (here a state, not ModifyConversationSetting's "whether to change").
    ///
    /// Example: `true`. The document calls the type `Boolean`.
    pub is_stick_top: Option<bool>,
    /// 收藏时间,单位为毫秒。0表示未收藏
    ///
    /// Unit: milliseconds. Example: `1666495802476129`. Source: volc-sdk-golang service/im model (GetConversationSettingBody, GetConversationSettingResResultConversationSettingInfo), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>. The document calls the type `Long`.
    pub set_favorite_time: Option<i64>,
    /// 是否收藏。
    /// - true:收藏。
    /// - false:不收藏
    ///
    /// Source: volc-sdk-golang service/im model (GetConversationSettingBody, GetConversationSettingResResultConversationSettingInfo), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub is_set_favorite: Option<bool>,
    /// 是否开启免打扰。
    /// - true:开启。
    /// - false:不开启
    ///
    /// Source: volc-sdk-golang service/im model (GetConversationSettingBody, GetConversationSettingResResultConversationSettingInfo), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub is_mute: Option<bool>,
    /// 扩展字段。 key 的数据类型为 String,value 的数据类型为 String。
    ///
    /// Source: volc-sdk-golang service/im model (GetConversationSettingBody, GetConversationSettingResResultConversationSettingInfo), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub ext: Option<BTreeMap<String, String>>,
    /// 用户已读位置
    ///
    /// The member's read position in the conversation (0 when `NoReadIndex` is true).
    ///
    /// Source: volc-sdk-golang service/im model (GetConversationSettingBody, GetConversationSettingResResultConversationSettingInfo), <https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go>.
    pub read_index: i64,
}

impl serde::Serialize for ParticipantConversationSetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ParticipantConversationSetting",
                8 + usize::from(self.is_stick_top.is_some())
                    + usize::from(self.set_favorite_time.is_some())
                    + usize::from(self.is_set_favorite.is_some())
                    + usize::from(self.is_mute.is_some())
                    + usize::from(self.ext.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ConversationId", &self.conversation_id)?;
        object.serialize_field("ConversationType", &self.conversation_type)?;
        object.serialize_field("InboxType", &self.inbox_type)?;
        object.serialize_field("StickTopTime", &self.stick_top_time)?;
        encode::optional(&mut object, "IsStickTop", &self.is_stick_top)?;
        encode::optional(&mut object, "SetFavoriteTime", &self.set_favorite_time)?;
        encode::optional(&mut object, "IsSetFavorite", &self.is_set_favorite)?;
        encode::optional(&mut object, "IsMute", &self.is_mute)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        object.serialize_field("ReadIndex", &self.read_index)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ParticipantConversationSetting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ParticipantConversationSetting {
    const NAME: &'static str = "ParticipantConversationSetting";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ParticipantUserId" => 1,
            "ConversationShortId" => 2,
            "ConversationId" => 3,
            "ConversationType" => 4,
            "InboxType" => 5,
            "StickTopTime" => 6,
            "IsStickTop" => 7,
            "SetFavoriteTime" => 8,
            "IsSetFavorite" => 9,
            "IsMute" => 10,
            "Ext" => 11,
            "ReadIndex" => 12,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut conversation_id_slot: Option<String> = None;
        let mut conversation_type_slot: Option<ConversationType> = None;
        let mut inbox_type_slot: Option<i32> = None;
        let mut stick_top_time_slot: Option<i64> = None;
        let mut is_stick_top_slot: Option<Option<bool>> = None;
        let mut set_favorite_time_slot: Option<Option<i64>> = None;
        let mut is_set_favorite_slot: Option<Option<bool>> = None;
        let mut is_mute_slot: Option<Option<bool>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut read_index_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                2 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut conversation_id_slot, "ConversationId", &mut map)?,
                4 => {
                    decode::once(
                        &mut conversation_type_slot,
                        "ConversationType",
                        &mut map,
                    )?
                }
                5 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                6 => decode::once(&mut stick_top_time_slot, "StickTopTime", &mut map)?,
                7 => decode::once(&mut is_stick_top_slot, "IsStickTop", &mut map)?,
                8 => {
                    decode::once(
                        &mut set_favorite_time_slot,
                        "SetFavoriteTime",
                        &mut map,
                    )?
                }
                9 => decode::once(&mut is_set_favorite_slot, "IsSetFavorite", &mut map)?,
                10 => decode::once(&mut is_mute_slot, "IsMute", &mut map)?,
                11 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                12 => decode::once(&mut read_index_slot, "ReadIndex", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ParticipantConversationSetting {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            conversation_id: conversation_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationId"))?,
            conversation_type: conversation_type_slot
                .ok_or_else(|| A::Error::missing_field("ConversationType"))?,
            inbox_type: inbox_type_slot
                .ok_or_else(|| A::Error::missing_field("InboxType"))?,
            stick_top_time: stick_top_time_slot
                .ok_or_else(|| A::Error::missing_field("StickTopTime"))?,
            is_stick_top: is_stick_top_slot.flatten(),
            set_favorite_time: set_favorite_time_slot.flatten(),
            is_set_favorite: is_set_favorite_slot.flatten(),
            is_mute: is_mute_slot.flatten(),
            ext: ext_slot.flatten(),
            read_index: read_index_slot
                .ok_or_else(|| A::Error::missing_field("ReadIndex"))?,
        })
    }
}
