// Code generated from spec/volcengine-rtc-im/batch_modify_conversation_participant.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchModifyConversationParticipant`: 批量修改群成员信息。
//!
//! 指定你所属的AppId、会话 ID、群成员信息和执行修改群成员信息操作人的 UserId，批量修改群成员信息。
//!
//! Modifies several members of a conversation (level, nickname, role, mute time, extension fields), given the `AppId`, the conversation, the members' new details and the operator. Members that could not be modified come back in `FailedUserIds`. The vendor's page could not be read; everything here follows the Go SDK's model.
//!
//! - HTTP: `POST /?Action=BatchModifyConversationParticipant&Version=2020-12-01`
//! - Request: [`BatchModifyConversationParticipantRequest`]; response payload: [`BatchModifyConversationParticipantResponse`]
//! - Rate limit: 50 requests per second
//! - Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - Users who are not members, and users given role 1 who are not the conversation's owner (or the owner given another role), are not modified and come back in `FailedUserIds`; the others are modified and the request succeeds.
//! - A field left out is not changed; `Ext` keys are merged into the member's; `BlockTime` mutes the member until that time (0 unmutes).
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//!
//! # Notes on the source document
//!
//! - The vendor's page for BatchModifyConversationParticipant could not be read (it is not in the stored pages); other pages' response examples name the action (`"Action": "BatchModifyConversationParticipant"`, copied there by mistake). — *Resolved:* Fields, types and required-ness follow the Go SDK's model (`from: go-sdk`); the summary and descriptions are the SDK's comments; the rate limit is the 50 per second of the other member-writing pages; the example is built from the model.
//! - The SDK's `Role` comment says "默认值为0" (default 0) for a modification, which read literally would reset a role left out to 0. — *Resolved:* `Role` has no default: a field left out is not changed, as for the others. It is an integer, not the service's `ParticipantRole` enum, so that an invalid value reaches the server, which takes it as 0.
//! - The SDK's model does not say which users fail, nor whether one-to-one conversations are accepted, nor how `Ext` is applied. — *Resolved:* The emulator accepts every conversation type, fails users who are not members and role changes to or from owner, and merges `Ext` as ModifyConversationSetting does (README's semantics section).

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchModifyConversationParticipant` as a type: it ties [`BatchModifyConversationParticipantRequest`] and [`BatchModifyConversationParticipantResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchModifyConversationParticipant>`) and servers (`route::<BatchModifyConversationParticipant>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchModifyConversationParticipant;

impl OperationShape for BatchModifyConversationParticipant {
    type Service = VolcengineRtcIm;
    type Input = BatchModifyConversationParticipantRequest;
    type Output = BatchModifyConversationParticipantResponse;
    const OP: Operation = Operation {
        name: "BatchModifyConversationParticipant",
        service: &SPEC,
        path: "/",
        action: Some("BatchModifyConversationParticipant"),
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

    fn app_id(input: &BatchModifyConversationParticipantRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchModifyConversationParticipant`.
///
/// The request of [`BatchModifyConversationParticipant`](self): 批量修改群成员信息。
///
/// - HTTP: `POST /?Action=BatchModifyConversationParticipant&Version=2020-12-01`
/// - Request: [`BatchModifyConversationParticipantRequest`]; response payload: [`BatchModifyConversationParticipantResponse`]
/// - Rate limit: 50 requests per second
/// - Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchModifyConversationParticipantRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_short_id: i64,
    /// 执行修改群成员信息操作人的 UserId
    ///
    /// The UserId of the user who modifies the members.
    ///
    /// Example: `10`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub operator: i64,
    /// 群成员信息
    ///
    /// The members to modify, with their new details.
    ///
    /// Limits: at least 1 items. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub participant_infos: Vec<ModifyParticipantInfo>,
}

impl BatchModifyConversationParticipantRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Operator`, `ParticipantInfos`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        operator: i64,
        participant_infos: Vec<ModifyParticipantInfo>,
    ) -> Self {
        BatchModifyConversationParticipantRequest {
            app_id,
            conversation_short_id,
            operator,
            participant_infos,
        }
    }
}

impl serde::Serialize for BatchModifyConversationParticipantRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchModifyConversationParticipantRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Operator", &self.operator)?;
        object.serialize_field("ParticipantInfos", &self.participant_infos)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchModifyConversationParticipantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchModifyConversationParticipantRequest {
    const NAME: &'static str = "BatchModifyConversationParticipantRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Operator" => 2,
            "ParticipantInfos" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut operator_slot: Option<i64> = None;
        let mut participant_infos_slot: Option<Vec<ModifyParticipantInfo>> = None;
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
                2 => decode::once(&mut operator_slot, "Operator", &mut map)?,
                3 => {
                    decode::once(
                        &mut participant_infos_slot,
                        "ParticipantInfos",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchModifyConversationParticipantRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            participant_infos: participant_infos_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantInfos"))?,
        })
    }
}

impl Validate for BatchModifyConversationParticipantRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.participant_infos;
            path.push(Segment::Field("ParticipantInfos"));
            validate::items(value, Some(1), None, path, out);
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchModifyConversationParticipant`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchModifyConversationParticipantResponse {
    /// 成功时为空，失败时返回失败用户 ID
    ///
    /// Empty on success; the UserIds that could not be modified otherwise.
    ///
    /// Example: `[]`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub failed_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchModifyConversationParticipantResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchModifyConversationParticipantResponse", 1)?;
        object.serialize_field("FailedUserIds", &self.failed_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchModifyConversationParticipantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchModifyConversationParticipantResponse {
    const NAME: &'static str = "BatchModifyConversationParticipantResponse";

    fn field(key: &str) -> usize {
        match key {
            "FailedUserIds" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut failed_user_ids_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut failed_user_ids_slot, "FailedUserIds", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchModifyConversationParticipantResponse {
            failed_user_ids: failed_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedUserIds"))?,
        })
    }
}

/// 群成员信息
///
/// One member's new details; a field left out is not changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyParticipantInfo {
    /// 进行修改的群成员的 UserId，UserId 必须大于 0。
    ///
    /// The member's UserId; greater than 0.
    ///
    /// Example: `10001`. Limits: at least 1. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub participant_user_id: i64,
    /// 禁言时间戳，表示禁言到何时，单位为秒。0表示未禁言。
    ///
    /// Muted until this time (Unix seconds); 0 unmutes.
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub block_time: Option<i64>,
    /// 成员扩展字段
    ///
    /// Example: `{"key":"value"}`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub ext: Option<BTreeMap<String, String>>,
    /// 成员等级
    ///
    /// Example: `1`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub level: Option<i32>,
    /// 成员昵称
    ///
    /// Example: `"Your_NickName"`. Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub nick_name: Option<String>,
    /// 成员身份，可取值为：0，1，2。
    /// - 0：普通成员。
    /// - 1：群主。
    /// - 2：群管理员。
    ///
    /// 默认值为0，值不合法时自动调整为默认值。
    ///
    /// The member's role: 0 member, 1 owner (only the conversation's owner), 2 manager. An invalid value is taken as 0.
    ///
    /// Source: volc-sdk-golang service/im model (BatchModifyConversationParticipantBody, BatchModifyConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub role: Option<i64>,
}

impl ModifyParticipantInfo {
    /// A value with the required `ParticipantUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(participant_user_id: i64) -> Self {
        ModifyParticipantInfo {
            participant_user_id,
            block_time: None,
            ext: None,
            level: None,
            nick_name: None,
            role: None,
        }
    }

    /// Sets `BlockTime`.
    pub fn with_block_time(mut self, block_time: i64) -> Self {
        self.block_time = Some(block_time);
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `Level`.
    pub fn with_level(mut self, level: i32) -> Self {
        self.level = Some(level);
        self
    }

    /// Sets `NickName`.
    pub fn with_nick_name(mut self, nick_name: impl Into<String>) -> Self {
        self.nick_name = Some(nick_name.into());
        self
    }

    /// Sets `Role`.
    pub fn with_role(mut self, role: i64) -> Self {
        self.role = Some(role);
        self
    }
}

impl serde::Serialize for ModifyParticipantInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ModifyParticipantInfo",
                1 + usize::from(self.block_time.is_some())
                    + usize::from(self.ext.is_some()) + usize::from(self.level.is_some())
                    + usize::from(self.nick_name.is_some())
                    + usize::from(self.role.is_some()),
            )?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        encode::optional(&mut object, "BlockTime", &self.block_time)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "Level", &self.level)?;
        encode::optional(&mut object, "NickName", &self.nick_name)?;
        encode::optional(&mut object, "Role", &self.role)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyParticipantInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyParticipantInfo {
    const NAME: &'static str = "ModifyParticipantInfo";

    fn field(key: &str) -> usize {
        match key {
            "ParticipantUserId" => 0,
            "BlockTime" => 1,
            "Ext" => 2,
            "Level" => 3,
            "NickName" => 4,
            "Role" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut block_time_slot: Option<Option<i64>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut level_slot: Option<Option<i32>> = None;
        let mut nick_name_slot: Option<Option<String>> = None;
        let mut role_slot: Option<Option<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut block_time_slot, "BlockTime", &mut map)?,
                2 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                3 => decode::once(&mut level_slot, "Level", &mut map)?,
                4 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                5 => decode::once(&mut role_slot, "Role", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyParticipantInfo {
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            block_time: block_time_slot.flatten(),
            ext: ext_slot.flatten(),
            level: level_slot.flatten(),
            nick_name: nick_name_slot.flatten(),
            role: role_slot.flatten(),
        })
    }
}

impl Validate for ModifyParticipantInfo {
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
