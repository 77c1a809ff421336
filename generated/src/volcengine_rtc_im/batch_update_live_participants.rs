// Code generated from spec/volcengine-rtc-im/batch_update_live_participants.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchUpdateLiveParticipants`: 你可以使用此接口更新直播群成员资料。
//!
//! 你可以调用 `BatchUpdateLiveParticipants` 接口，指定你所属的`AppId`、会话 Id、 直播群成员 ID 来更新群成员资料。
//!
//! 目前仅直播群支持此接口。
//!
//! Updates the profiles (avatar, nickname, extension fields) and marks of up to 10 members of a live group. Only live groups support this interface; members that could not be updated come back in `FailedInfos`.
//!
//! - HTTP: `POST /?Action=BatchUpdateLiveParticipants&Version=2020-12-01`
//! - Request: [`BatchUpdateLiveParticipantsRequest`]; response payload: [`BatchUpdateLiveParticipantsResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 更新直播群成员资料, <https://www.volcengine.com/docs/6348/1162951>, seed `001_1d69801c7d866c96.txt`
//!
//! # Rules the server enforces
//!
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - 部分成员更新失败时请求仍然成功，失败的成员及其错误码（字符串，例如 `ParticipantNotInConversation`）在 `Result.FailedInfos` 中返回。
//! - `MarkAction` 决定 `Marks` 的处理方式：1（默认）添加这些标记，2 删除这些标记。
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `OnlyLiveConversationSupport` | 仅直播群支持此操作。 |
//! | `ParticipantNotInConversation` | 成员不在会话中。通常不作为整个请求的错误返回，而是出现在 `FailedInfos[].Code` 中。 |
//! | `ParticipantNotFound` | 成员不存在。 |
//!
//! # Notes on the source document
//!
//! - The request example is invalid JSON: each `"Ext": {...}` object is followed by `"Marks"` with no comma, `AppId` and `ConversationShortId` are written `000000` and `000001` (leading zeros), and the code block starts with the line `POST https://rtc.volcengineapi.com?Action=BatchUpdateLiveParticipants&Version=2020-12-01`. — *Resolved:* The example adds the missing commas, uses `0` and `1`, and keeps only the JSON body (the URL is the operation's HTTP binding).
//! - The `MarkAction` row continues over two extra table rows with a trailing `\|\`, a Markdown continuation that most renderers show as empty rows holding "`1`：添加" and "`2`：删除". — *Resolved:* The continuation is read as part of the `MarkAction` description: an enum `MarkAction` with 1 = Add and 2 = Delete, default 1.
//! - `ParticipantInfos` "一次最多支持 10 个成员" (at most 10 members per call); the minimum is not stated. — *Resolved:* `max_items: 10`; no `min_items`.
//! - The `AvatarUrl` description says `AvatarUrl`, `NickName` and `Ext` are each optional but at least one must be given. Read literally, this rejects an item that only changes `Marks`. — *Resolved:* `ParticipantInfo` carries `at_least_one_of: [[AvatarUrl, NickName, Ext]]`, exactly as documented (`Marks` is not part of the group).
//! - `Marks` are "Array of String" here, while Tencent Chat's member marks are integers. — *Resolved:* `Marks` is `list<string>`; the two vendors' marks are separate types.
//! - The page says "目前仅直播群支持此接口" (live groups only); the IM error-code page has `OnlyLiveConversationSupport` for this case. — *Resolved:* A rule with error `OnlyLiveConversationSupport`.
//! - The response table names the item type `FailedInfos` (the same as the field) and lists only `UserId`, `Code` and `Message`; the Go IM SDK's model also has an optional `UserIdStr`, and the request item likewise has `UserIdStr` in the SDK but not on the page. — *Resolved:* The item type is named `FailedInfo`; `UserIdStr` is an optional string in both `FailedInfo` and `ParticipantInfo`. Partial failures come back in `FailedInfos` with a string error `Code`, so the field is optional.
//! - The `Ext` example value in the `ParticipantInfo` table is `"key":"value"` without braces. — *Resolved:* The field example is the object `{"key": "value"}`.
//! - The response section links to `BaseResponse` on page 192711, which is not available. — *Resolved:* The envelope follows service.yaml (page 1178322).

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{FailedInfo, MarkAction, SPEC, VolcengineRtcIm};

/// `BatchUpdateLiveParticipants` as a type: it ties [`BatchUpdateLiveParticipantsRequest`] and [`BatchUpdateLiveParticipantsResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchUpdateLiveParticipants>`) and servers (`route::<BatchUpdateLiveParticipants>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchUpdateLiveParticipants;

impl OperationShape for BatchUpdateLiveParticipants {
    type Service = VolcengineRtcIm;
    type Input = BatchUpdateLiveParticipantsRequest;
    type Output = BatchUpdateLiveParticipantsResponse;
    const OP: Operation = Operation {
        name: "BatchUpdateLiveParticipants",
        service: &SPEC,
        path: "/",
        action: Some("BatchUpdateLiveParticipants"),
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

    fn app_id(input: &BatchUpdateLiveParticipantsRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchUpdateLiveParticipants`.
///
/// The request of [`BatchUpdateLiveParticipants`](self): 你可以使用此接口更新直播群成员资料。
///
/// - HTTP: `POST /?Action=BatchUpdateLiveParticipants&Version=2020-12-01`
/// - Request: [`BatchUpdateLiveParticipantsRequest`]; response payload: [`BatchUpdateLiveParticipantsResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 更新直播群成员资料, <https://www.volcengine.com/docs/6348/1162951>, seed `001_1d69801c7d866c96.txt`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateLiveParticipantsRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 需要更新的成员资料。一次最多支持 10 个成员。
    ///
    /// The member profiles to update; at most 10 members per call.
    ///
    /// Limits: at most 10 items.
    pub participant_infos: Vec<ParticipantInfo>,
    /// 更新群成员标记。默认值为 `1`。
    /// - `1`：添加
    /// - `2`：删除
    ///
    /// How `Marks` are applied to the members; 1 adds them (default), 2 deletes them.
    ///
    /// Default when absent: `1` ([`MarkAction::Add`]). Example: `1`. The document calls the type `Integer`.
    pub mark_action: Option<MarkAction>,
}

impl BatchUpdateLiveParticipantsRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantInfos`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_infos: Vec<ParticipantInfo>,
    ) -> Self {
        BatchUpdateLiveParticipantsRequest {
            app_id,
            conversation_short_id,
            participant_infos,
            mark_action: None,
        }
    }

    /// Sets `MarkAction`.
    pub fn with_mark_action(mut self, mark_action: MarkAction) -> Self {
        self.mark_action = Some(mark_action);
        self
    }

    /// `MarkAction` as the server reads it: the value sent, or the documented default `1` when absent.
    pub fn mark_action_or_default(&self) -> MarkAction {
        self.mark_action.unwrap_or(MarkAction::Add)
    }
}

impl serde::Serialize for BatchUpdateLiveParticipantsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchUpdateLiveParticipantsRequest",
                3 + usize::from(self.mark_action.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantInfos", &self.participant_infos)?;
        encode::optional(&mut object, "MarkAction", &self.mark_action)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchUpdateLiveParticipantsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchUpdateLiveParticipantsRequest {
    const NAME: &'static str = "BatchUpdateLiveParticipantsRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "ParticipantInfos" => 2,
            "MarkAction" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut participant_infos_slot: Option<Vec<ParticipantInfo>> = None;
        let mut mark_action_slot: Option<Option<MarkAction>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                2 => {
                    decode::once(
                        &mut participant_infos_slot,
                        "ParticipantInfos",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut mark_action_slot, "MarkAction", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchUpdateLiveParticipantsRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_infos: participant_infos_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantInfos"))?,
            mark_action: mark_action_slot.flatten(),
        })
    }
}

impl Validate for BatchUpdateLiveParticipantsRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.participant_infos;
            path.push(Segment::Field("ParticipantInfos"));
            validate::items(value, None, Some(10), path, out);
            value.validate_into(path, out);
            path.pop();
        }
        if let Some(value) = &self.mark_action {
            path.push(Segment::Field("MarkAction"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// 本接口特有的返回参数（`Result` 的字段）。
///
/// The payload of a successful [`BatchUpdateLiveParticipants`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchUpdateLiveParticipantsResponse {
    /// 更新资料失败的群成员信息
    ///
    /// The members whose profile could not be updated; absent or empty when all succeeded.
    pub failed_infos: Option<Vec<FailedInfo>>,
}

impl serde::Serialize for BatchUpdateLiveParticipantsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchUpdateLiveParticipantsResponse",
                usize::from(self.failed_infos.is_some()),
            )?;
        encode::optional(&mut object, "FailedInfos", &self.failed_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchUpdateLiveParticipantsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchUpdateLiveParticipantsResponse {
    const NAME: &'static str = "BatchUpdateLiveParticipantsResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedInfos" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut failed_infos_slot: Option<Option<Vec<FailedInfo>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut failed_infos_slot, "FailedInfos", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchUpdateLiveParticipantsResponse {
            failed_infos: failed_infos_slot.flatten(),
        })
    }
}

/// 需要更新的直播群成员资料。
///
/// One live-group member's profile update. At least one of `AvatarUrl`, `NickName` and `Ext` must be present.
///
/// At least one of `AvatarUrl`, `NickName`, `Ext` must be present.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParticipantInfo {
    /// 群成员用户 ID
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub user_id: i64,
    /// 群成员用户 ID（字符串形式），用户 ID 为字符串时使用。
    ///
    /// The member's user ID as a string, for apps with string user IDs. Not on the doc page; taken from the Go IM SDK's model.
    pub user_id_str: Option<String>,
    /// 群成员头像。`AvatarUrl`、`NickName`和`Ext`均为非必填参数，但是至少需要填一个，否则服务端会报错。
    ///
    /// The member's avatar URL. `AvatarUrl`, `NickName` and `Ext` are each optional, but at least one of them must be given, otherwise the server returns an error.
    ///
    /// Example: `"Your_AvatarUrl"`.
    pub avatar_url: Option<String>,
    /// 群成员昵称
    ///
    /// Example: `"Your_NickName"`.
    pub nick_name: Option<String>,
    /// 群成员扩展字段。`key` 的类型为 `String`，`value` 的类型为 `String`。
    ///
    /// The member's extension fields; string keys and string values.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `JSON Map`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 群成员标记
    ///
    /// The member's marks, as strings (unlike Tencent's integer marks). Added or deleted according to `MarkAction`.
    ///
    /// Example: `["Mark1","Mark2"]`. The document calls the type `Array of String`.
    pub marks: Option<Vec<String>>,
}

impl ParticipantInfo {
    /// A value with the required `UserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(user_id: i64) -> Self {
        ParticipantInfo {
            user_id,
            user_id_str: None,
            avatar_url: None,
            nick_name: None,
            ext: None,
            marks: None,
        }
    }

    /// Sets `UserIdStr`.
    pub fn with_user_id_str(mut self, user_id_str: impl Into<String>) -> Self {
        self.user_id_str = Some(user_id_str.into());
        self
    }

    /// Sets `AvatarUrl`.
    pub fn with_avatar_url(mut self, avatar_url: impl Into<String>) -> Self {
        self.avatar_url = Some(avatar_url.into());
        self
    }

    /// Sets `NickName`.
    pub fn with_nick_name(mut self, nick_name: impl Into<String>) -> Self {
        self.nick_name = Some(nick_name.into());
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `Marks`.
    pub fn with_marks(mut self, marks: Vec<String>) -> Self {
        self.marks = Some(marks);
        self
    }
}

impl serde::Serialize for ParticipantInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ParticipantInfo",
                1 + usize::from(self.user_id_str.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.nick_name.is_some())
                    + usize::from(self.ext.is_some()) + usize::from(self.marks.is_some()),
            )?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "UserIdStr", &self.user_id_str)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "NickName", &self.nick_name)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "Marks", &self.marks)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ParticipantInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ParticipantInfo {
    const NAME: &'static str = "ParticipantInfo";

    fn field(key: &str) -> usize {
        match key {
            "UserId" => 0,
            "UserIdStr" => 1,
            "AvatarUrl" => 2,
            "NickName" => 3,
            "Ext" => 4,
            "Marks" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<i64> = None;
        let mut user_id_str_slot: Option<Option<String>> = None;
        let mut avatar_url_slot: Option<Option<String>> = None;
        let mut nick_name_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut marks_slot: Option<Option<Vec<String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                1 => decode::once(&mut user_id_str_slot, "UserIdStr", &mut map)?,
                2 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                3 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                4 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                5 => decode::once(&mut marks_slot, "Marks", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ParticipantInfo {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            user_id_str: user_id_str_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            nick_name: nick_name_slot.flatten(),
            ext: ext_slot.flatten(),
            marks: marks_slot.flatten(),
        })
    }
}

impl Validate for ParticipantInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        validate::at_least_one_of(
            &[self.avatar_url.is_some(), self.nick_name.is_some(), self.ext.is_some()],
            &["AvatarUrl", "NickName", "Ext"],
            path,
            out,
        );
    }
}
