// Code generated from spec/volcengine-rtc-im/modify_conversation_setting.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ModifyConversationSetting`: 你可以使用此接口修改会话成员对会话的设置。
//!
//! 你可以调用`ModifyConversationSetting`接口，指定你所属的`AppId`、会话 ID 和会话成员 UserId 修改该成员对会话的设置。
//!
//! Modifies one member's settings for a conversation (do-not-disturb, pin time, favourite time, extension fields), identified by `AppId`, conversation ID and the member's UserId.
//!
//! - HTTP: `POST /?Action=ModifyConversationSetting&Version=2020-12-01`
//! - Request: [`ModifyConversationSettingRequest`]; response payload: [`ModifyConversationSettingResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 修改会话成员对会话的设置, seed `000_4379b6a4d8acc11d.txt`
//!
//! # Rules the server enforces
//!
//! - `IsStickTop` 与 `IsSetFavorite` 表示“是否需要修改”：仅当 `IsStickTop` 为 `true` 时才按 `StickTopTime` 修改置顶时间，仅当 `IsSetFavorite` 为 `true` 时才按 `SetFavoriteTime` 修改收藏时间（时间戳单位为毫秒）。
//! - 被修改设置的用户必须是该会话的成员。 (error `ParticipantNotInConversation`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `ParticipantNotInConversation` | 成员不在会话中。 |
//! | `SettingNotFound` | 设置不存在。 |
//!
//! # Notes on the source document
//!
//! - The opening sentence says "你可以使用此接口查询会话成员对会话的设置" (this interface *queries* the settings), but the interface behaviour section and the parameters show that it modifies them. — *Resolved:* The summary says 修改 (modify); the operation is modelled as a modification.
//! - The response example says `"Action": "BatchModifyConversationParticipant"`, copied from another page. — *Resolved:* The example uses `"Action": "ModifyConversationSetting"`.
//! - The request example writes `"AppId": 000000` and `"ConversationShortId": 000001`, invalid JSON (leading zeros); the table's example values use the same style. — *Resolved:* The example uses `0` and `1`.
//! - The "必填" cell of `ConversationSettingInfo` in the Body table is `/` (and the row has no description cell). — *Resolved:* `ConversationSettingInfo` is required: it carries the conversation, the member and the settings to change, which are the whole point of the call (the Go IM SDK also marks it required).
//! - `IsStickTop` and `IsSetFavorite` read like state flags (pinned / favourite) but are described as "是否需要修改置顶时间" / "是否需要修改收藏时间": they say whether to change the paired `StickTopTime` / `SetFavoriteTime`, which are millisecond timestamps. — *Resolved:* The fields keep their wire names; their glosses and a rule record the pairing. No default is given for them because the document states none.
//! - Every id is typed "Int"; other pages type `ConversationShortId` as "Long", and the timestamps are milliseconds, beyond 32 bits. — *Resolved:* `AppId` is i32; `ConversationShortId`, `ParticipantUserId`, `StickTopTime` and `SetFavoriteTime` are i64 (`doc_type` keeps "Int").
//! - The response section links to `BaseResponse` on page 192711, which is not available. — *Resolved:* The envelope follows service.yaml (page 1178322); `Result` is empty.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{Path, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `ModifyConversationSetting` as a type: it ties [`ModifyConversationSettingRequest`] and [`ModifyConversationSettingResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ModifyConversationSetting>`) and servers (`route::<ModifyConversationSetting>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ModifyConversationSetting;

impl OperationShape for ModifyConversationSetting {
    type Service = VolcengineRtcIm;
    type Input = ModifyConversationSettingRequest;
    type Output = ModifyConversationSettingResponse;
    const OP: Operation = Operation {
        name: "ModifyConversationSetting",
        service: &SPEC,
        path: "/",
        action: Some("ModifyConversationSetting"),
        rate_limit: Some(RateLimit {
            requests: 50,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &ModifyConversationSettingRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `ModifyConversationSetting`.
///
/// The request of [`ModifyConversationSetting`](self): 你可以使用此接口修改会话成员对会话的设置。
///
/// - HTTP: `POST /?Action=ModifyConversationSetting&Version=2020-12-01`
/// - Request: [`ModifyConversationSettingRequest`]; response payload: [`ModifyConversationSettingResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 修改会话成员对会话的设置, seed `000_4379b6a4d8acc11d.txt`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyConversationSettingRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 需要修改的会话设置。
    ///
    /// The member and the settings to change.
    pub conversation_setting_info: ConversationSettingInfo,
}

impl ModifyConversationSettingRequest {
    /// A value with the required `AppId`, `ConversationSettingInfo`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, conversation_setting_info: ConversationSettingInfo) -> Self {
        ModifyConversationSettingRequest {
            app_id,
            conversation_setting_info,
        }
    }
}

impl serde::Serialize for ModifyConversationSettingRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("ModifyConversationSettingRequest", 2)?;
        object.serialize_field("AppId", &self.app_id)?;
        object
            .serialize_field(
                "ConversationSettingInfo",
                &self.conversation_setting_info,
            )?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyConversationSettingRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyConversationSettingRequest {
    const NAME: &'static str = "ModifyConversationSettingRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationSettingInfo" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_setting_info_slot: Option<ConversationSettingInfo> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut conversation_setting_info_slot,
                        "ConversationSettingInfo",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyConversationSettingRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_setting_info: conversation_setting_info_slot
                .ok_or_else(|| A::Error::missing_field("ConversationSettingInfo"))?,
        })
    }
}

impl Validate for ModifyConversationSettingRequest {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}

/// 本接口无特有的返回参数。`Result` 为空，可忽略。
///
/// The payload of a successful [`ModifyConversationSetting`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyConversationSettingResponse {}

impl serde::Serialize for ModifyConversationSettingResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        serializer.serialize_struct("ModifyConversationSettingResponse", 0)?.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyConversationSettingResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyConversationSettingResponse {
    const NAME: &'static str = "ModifyConversationSettingResponse";

    fn field(_key: &str) -> usize {
        decode::UNKNOWN
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        while Self::next_field(&mut map)?.is_some() {
            decode::skip(&mut map)?;
        }
        Ok(ModifyConversationSettingResponse {
        })
    }
}

/// 会话成员对会话的设置（修改请求）。
///
/// A member's settings for a conversation, as sent to ModifyConversationSetting. (The result of GetConversationSetting is a larger shape with the same name in the docs.)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationSettingInfo {
    /// 需要修改的会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 需要修改的会话成员UserId
    ///
    /// Example: `10001`. The document calls the type `Int`.
    pub participant_user_id: i64,
    /// 是否开启免打扰。
    /// - `true`：开启。
    /// - `false`：不开启
    ///
    /// 默认值为 `false`。
    ///
    /// Whether do-not-disturb is on. Defaults to `false`.
    ///
    /// Default when absent: `false`. Example: `false`.
    pub is_mute: Option<bool>,
    /// 是否需要修改置顶时间
    ///
    /// Whether to change the pin time. This is a "whether to change" flag, not the pinned state: when `true`, the pin time is set to `StickTopTime`.
    ///
    /// Example: `false`.
    pub is_stick_top: Option<bool>,
    /// 置顶时间戳，单位为毫秒
    ///
    /// The pin timestamp, in milliseconds; applied only when `IsStickTop` is `true`. 0 means not pinned (per the GetConversationSetting model).
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub stick_top_time: Option<i64>,
    /// 是否需要修改收藏时间
    ///
    /// Whether to change the favourite time. A "whether to change" flag: when `true`, the favourite time is set to `SetFavoriteTime`.
    ///
    /// Example: `false`.
    pub is_set_favorite: Option<bool>,
    /// 收藏时间戳，单位为毫秒
    ///
    /// The favourite timestamp, in milliseconds; applied only when `IsSetFavorite` is `true`.
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub set_favorite_time: Option<i64>,
    /// 扩展字段
    ///
    /// Extension fields; string keys and string values.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `map-key(string)-value(string)`.
    pub ext: Option<BTreeMap<String, String>>,
}

impl ConversationSettingInfo {
    /// A value with the required `ConversationShortId`, `ParticipantUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(conversation_short_id: i64, participant_user_id: i64) -> Self {
        ConversationSettingInfo {
            conversation_short_id,
            participant_user_id,
            is_mute: None,
            is_stick_top: None,
            stick_top_time: None,
            is_set_favorite: None,
            set_favorite_time: None,
            ext: None,
        }
    }

    /// Sets `IsMute`.
    pub fn with_is_mute(mut self, is_mute: bool) -> Self {
        self.is_mute = Some(is_mute);
        self
    }

    /// Sets `IsStickTop`.
    pub fn with_is_stick_top(mut self, is_stick_top: bool) -> Self {
        self.is_stick_top = Some(is_stick_top);
        self
    }

    /// Sets `StickTopTime`.
    pub fn with_stick_top_time(mut self, stick_top_time: i64) -> Self {
        self.stick_top_time = Some(stick_top_time);
        self
    }

    /// Sets `IsSetFavorite`.
    pub fn with_is_set_favorite(mut self, is_set_favorite: bool) -> Self {
        self.is_set_favorite = Some(is_set_favorite);
        self
    }

    /// Sets `SetFavoriteTime`.
    pub fn with_set_favorite_time(mut self, set_favorite_time: i64) -> Self {
        self.set_favorite_time = Some(set_favorite_time);
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// `IsMute` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn is_mute_or_default(&self) -> bool {
        self.is_mute.unwrap_or(false)
    }
}

impl serde::Serialize for ConversationSettingInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ConversationSettingInfo",
                2 + usize::from(self.is_mute.is_some())
                    + usize::from(self.is_stick_top.is_some())
                    + usize::from(self.stick_top_time.is_some())
                    + usize::from(self.is_set_favorite.is_some())
                    + usize::from(self.set_favorite_time.is_some())
                    + usize::from(self.ext.is_some()),
            )?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        encode::optional(&mut object, "IsMute", &self.is_mute)?;
        encode::optional(&mut object, "IsStickTop", &self.is_stick_top)?;
        encode::optional(&mut object, "StickTopTime", &self.stick_top_time)?;
        encode::optional(&mut object, "IsSetFavorite", &self.is_set_favorite)?;
        encode::optional(&mut object, "SetFavoriteTime", &self.set_favorite_time)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConversationSettingInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ConversationSettingInfo {
    const NAME: &'static str = "ConversationSettingInfo";

    fn field(key: &str) -> usize {
        match key {
            "ConversationShortId" => 0,
            "ParticipantUserId" => 1,
            "IsMute" => 2,
            "IsStickTop" => 3,
            "StickTopTime" => 4,
            "IsSetFavorite" => 5,
            "SetFavoriteTime" => 6,
            "Ext" => 7,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut is_mute_slot: Option<Option<bool>> = None;
        let mut is_stick_top_slot: Option<Option<bool>> = None;
        let mut stick_top_time_slot: Option<Option<i64>> = None;
        let mut is_set_favorite_slot: Option<Option<bool>> = None;
        let mut set_favorite_time_slot: Option<Option<i64>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                1 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut is_mute_slot, "IsMute", &mut map)?,
                3 => decode::once(&mut is_stick_top_slot, "IsStickTop", &mut map)?,
                4 => decode::once(&mut stick_top_time_slot, "StickTopTime", &mut map)?,
                5 => decode::once(&mut is_set_favorite_slot, "IsSetFavorite", &mut map)?,
                6 => {
                    decode::once(
                        &mut set_favorite_time_slot,
                        "SetFavoriteTime",
                        &mut map,
                    )?
                }
                7 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ConversationSettingInfo {
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            is_mute: is_mute_slot.flatten(),
            is_stick_top: is_stick_top_slot.flatten(),
            stick_top_time: stick_top_time_slot.flatten(),
            is_set_favorite: is_set_favorite_slot.flatten(),
            set_favorite_time: set_favorite_time_slot.flatten(),
            ext: ext_slot.flatten(),
        })
    }
}

impl Validate for ConversationSettingInfo {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}
