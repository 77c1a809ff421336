// Code generated from spec/volcengine-rtc-im/batch_add_conversation_participant.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchAddConversationParticipant`: 你可以使用此接口向群聊中批量添加群成员。
//!
//! 你可以调用BatchAddConversationParticipant接口,指定你所属的AppId、会话 ID,群成员信息和操作人 UserId 为指定群批量添加群成员。
//!
//! 你无法为单聊添加会话成员。
//!
//! 群聊添加成员上限与你在控制台的设置一致。
//!
//! 若待添加成员已在群聊中,调用此接口会覆盖原有数据,但并不推荐使用该接口进行成员信息更新。
//!
//! 服务端并不会对添加群成员的执行者做预先校验,如判断其是否在群中、是否有权限等。
//!
//! Adds several members to a group, given the `AppId`, the conversation, the members' details and the operator. One-to-one conversations take no new members. A group's member limit is the one set in the console. A member already in the group has its data overwritten (the page advises against using this call to update members). The server does not check the operator (membership, permissions). Members that could not be added come back in `FailedUserIds`.
//!
//! - HTTP: `POST /?Action=BatchAddConversationParticipant&Version=2020-12-01`
//! - Request: [`BatchAddConversationParticipantRequest`]; response payload: [`BatchAddConversationParticipantResponse`]
//! - Rate limit: 50 requests per second
//! - Source: 批量添加会话成员 BatchAddConversationParticipant, <https://www.volcengine.com/docs/6348/336991>
//! - Also from: volc-sdk-golang service/im model (BatchAddConversationParticipantBody, BatchAddConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 你无法为单聊添加会话成员。 (error `SingleConversationNotSupport`)
//! - A user already in the group has its data overwritten by the request's; the operator is not checked.
//! - Role 1 (owner) is accepted only for the conversation's owner; another user asking for it is not added and comes back in `FailedUserIds`. A role outside {0,1,2} is taken as 0.
//! - Users that could not be added come back in `FailedUserIds`; the others are added and the request succeeds.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `SingleConversationNotSupport` | 单聊会话不允许调此接口 |
//!
//! # Notes on the source document
//!
//! - The stored copy of the page ends at the request URL: the request example, the `Result` table and the response example could not be read. — *Resolved:* The response's `FailedUserIds` (a list of UserIds, empty on success) follows the Go SDK's model (`from: go-sdk`); the example is made of the tables' example values.
//! - The examples write `000000`, `000001` and `000010`, numbers with leading zeros that are not JSON; the `Ext` example `"key":"value"` has no braces. — *Resolved:* The example uses `0`, `1` and `10`, and `{"key": "value"}`.
//! - `ConversationShortId`, `Operator` and `ParticipantUserId` are typed "Int"; conversation and user ids are 64-bit in the Go SDK (and on the other IM pages), as is `ReadIndex`. — *Resolved:* They are i64; `AppId` and `Level` are i32 (`doc_type` keeps the page's words).
//! - The `Barrier` and `Role` cells are cut in the copy that could be read ("false。", "0,值不合法时自动调整为默认值。"): the lists of values are lost. — *Resolved:* The values follow the Go SDK's comments: `Barrier` false/true, default false; `Role` 0 member, 1 owner (the conversation's owner only), 2 manager, default 0, an invalid value taken as 0. `Role` is an integer, not the service's `ParticipantRole`: an enum would make clients and servers refuse the values the page says the server accepts (and takes as 0).
//! - The item type is called `ParticipantInfo`, a name the service already gives to BatchUpdateLiveParticipants' member profile, which has other fields. — *Resolved:* The item type is `AddParticipantInfo`.
//! - "UserId 必须大于 0" (the UserId must be greater than 0) is stated in prose only; the page does not say how many members one call may add (only that the group's limit is the console's) nor what happens over it. — *Resolved:* `ParticipantUserId` has `minimum: 1`; `ParticipantInfos` has `min_items: 1` and no maximum. The console's member limit has no code on the page and is not modelled.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchAddConversationParticipant` as a type: it ties [`BatchAddConversationParticipantRequest`] and [`BatchAddConversationParticipantResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchAddConversationParticipant>`) and servers (`route::<BatchAddConversationParticipant>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchAddConversationParticipant;

impl OperationShape for BatchAddConversationParticipant {
    type Service = VolcengineRtcIm;
    type Input = BatchAddConversationParticipantRequest;
    type Output = BatchAddConversationParticipantResponse;
    const OP: Operation = Operation {
        name: "BatchAddConversationParticipant",
        service: &SPEC,
        path: "/",
        action: Some("BatchAddConversationParticipant"),
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

    fn app_id(input: &BatchAddConversationParticipantRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// The request body of `BatchAddConversationParticipant`.
///
/// The request of [`BatchAddConversationParticipant`](self): 你可以使用此接口向群聊中批量添加群成员。
///
/// - HTTP: `POST /?Action=BatchAddConversationParticipant&Version=2020-12-01`
/// - Request: [`BatchAddConversationParticipantRequest`]; response payload: [`BatchAddConversationParticipantResponse`]
/// - Rate limit: 50 requests per second
/// - Source: 批量添加会话成员 BatchAddConversationParticipant, <https://www.volcengine.com/docs/6348/336991>
/// - Also from: volc-sdk-golang service/im model (BatchAddConversationParticipantBody, BatchAddConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddConversationParticipantRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub conversation_short_id: i64,
    /// 群成员信息
    ///
    /// The members to add, with their details.
    ///
    /// Limits: at least 1 items. The document calls the type `Array of ParticipantInfo`.
    pub participant_infos: Vec<AddParticipantInfo>,
    /// 执行加群操作人的 UserId
    ///
    /// The UserId of the user who adds the members (not checked by the server).
    ///
    /// Example: `10`. The document calls the type `Int`.
    pub operator: i64,
    /// 是否开启屏障。如设置屏障,新加入用户无法看到历史会话消息。
    /// - false：不开启。
    /// - true：开启。
    ///
    /// 默认值为false。
    ///
    /// Whether to set a barrier: with one, the new members cannot see the conversation's earlier messages. Default false.
    ///
    /// Default when absent: `false`. Example: `false`. The document calls the type `Bool`.
    pub barrier: Option<bool>,
}

impl BatchAddConversationParticipantRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `ParticipantInfos`, `Operator`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        participant_infos: Vec<AddParticipantInfo>,
        operator: i64,
    ) -> Self {
        BatchAddConversationParticipantRequest {
            app_id,
            conversation_short_id,
            participant_infos,
            operator,
            barrier: None,
        }
    }

    /// Sets `Barrier`.
    pub fn with_barrier(mut self, barrier: bool) -> Self {
        self.barrier = Some(barrier);
        self
    }

    /// `Barrier` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn barrier_or_default(&self) -> bool {
        self.barrier.unwrap_or(false)
    }
}

impl serde::Serialize for BatchAddConversationParticipantRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchAddConversationParticipantRequest",
                4 + usize::from(self.barrier.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantInfos", &self.participant_infos)?;
        object.serialize_field("Operator", &self.operator)?;
        encode::optional(&mut object, "Barrier", &self.barrier)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddConversationParticipantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddConversationParticipantRequest {
    const NAME: &'static str = "BatchAddConversationParticipantRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "ParticipantInfos" => 2,
            "Operator" => 3,
            "Barrier" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut participant_infos_slot: Option<Vec<AddParticipantInfo>> = None;
        let mut operator_slot: Option<i64> = None;
        let mut barrier_slot: Option<Option<bool>> = None;
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
                3 => decode::once(&mut operator_slot, "Operator", &mut map)?,
                4 => decode::once(&mut barrier_slot, "Barrier", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchAddConversationParticipantRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_infos: participant_infos_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantInfos"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            barrier: barrier_slot.flatten(),
        })
    }
}

impl Validate for BatchAddConversationParticipantRequest {
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
/// The payload of a successful [`BatchAddConversationParticipant`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchAddConversationParticipantResponse {
    /// 成功时为空，失败时返回失败用户 ID
    ///
    /// Empty on success; the UserIds that could not be added otherwise.
    ///
    /// Example: `[]`. Source: volc-sdk-golang service/im model (BatchAddConversationParticipantBody, BatchAddConversationParticipantResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>. The document calls the type `Array of Int`.
    pub failed_user_ids: Vec<i64>,
}

impl serde::Serialize for BatchAddConversationParticipantResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchAddConversationParticipantResponse", 1)?;
        object.serialize_field("FailedUserIds", &self.failed_user_ids)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchAddConversationParticipantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchAddConversationParticipantResponse {
    const NAME: &'static str = "BatchAddConversationParticipantResponse";

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
        Ok(BatchAddConversationParticipantResponse {
            failed_user_ids: failed_user_ids_slot
                .ok_or_else(|| A::Error::missing_field("FailedUserIds"))?,
        })
    }
}

/// 群成员信息
///
/// One member to add (the page's `ParticipantInfo`, renamed: the service's `ParticipantInfo` is BatchUpdateLiveParticipants' profile update).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddParticipantInfo {
    /// 添加成员所属 UserId,UserId 必须大于 0。
    ///
    /// The member's UserId; greater than 0.
    ///
    /// Example: `10001`. Limits: at least 1. The document calls the type `Int`.
    pub participant_user_id: i64,
    /// 成员等级
    ///
    /// Example: `1`. The document calls the type `Int`.
    pub level: Option<i32>,
    /// 成员昵称
    ///
    /// Example: `"Your_NickName"`.
    pub nick_name: Option<String>,
    /// 成员身份,枚举值为 {0,1,2}。
    /// - 0：普通成员。
    /// - 1：群主。添加群主时，需确保会话中的 ownerUid 与群主的 UserId 相同。
    /// - 2：群管理员。
    ///
    /// 默认值为0,值不合法时自动调整为默认值。
    ///
    /// The member's role: 0 member, 1 owner (only the conversation's owner), 2 manager. Default 0; an invalid value is taken as 0.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Int`.
    pub role: Option<i64>,
    /// 成员扩展字段
    ///
    /// Example: `{"key":"value"}`. The document calls the type `map-key(string)-value(string)`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 成员已读位置点
    ///
    /// The member's read position (a message index).
    ///
    /// Example: `0`. The document calls the type `Int`.
    pub read_index: Option<i64>,
}

impl AddParticipantInfo {
    /// A value with the required `ParticipantUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(participant_user_id: i64) -> Self {
        AddParticipantInfo {
            participant_user_id,
            level: None,
            nick_name: None,
            role: None,
            ext: None,
            read_index: None,
        }
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

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }

    /// Sets `ReadIndex`.
    pub fn with_read_index(mut self, read_index: i64) -> Self {
        self.read_index = Some(read_index);
        self
    }

    /// `Role` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn role_or_default(&self) -> i64 {
        self.role.unwrap_or(0)
    }
}

impl serde::Serialize for AddParticipantInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "AddParticipantInfo",
                1 + usize::from(self.level.is_some())
                    + usize::from(self.nick_name.is_some())
                    + usize::from(self.role.is_some()) + usize::from(self.ext.is_some())
                    + usize::from(self.read_index.is_some()),
            )?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        encode::optional(&mut object, "Level", &self.level)?;
        encode::optional(&mut object, "NickName", &self.nick_name)?;
        encode::optional(&mut object, "Role", &self.role)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "ReadIndex", &self.read_index)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddParticipantInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for AddParticipantInfo {
    const NAME: &'static str = "AddParticipantInfo";

    fn field(key: &str) -> usize {
        match key {
            "ParticipantUserId" => 0,
            "Level" => 1,
            "NickName" => 2,
            "Role" => 3,
            "Ext" => 4,
            "ReadIndex" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut level_slot: Option<Option<i32>> = None;
        let mut nick_name_slot: Option<Option<String>> = None;
        let mut role_slot: Option<Option<i64>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut read_index_slot: Option<Option<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut level_slot, "Level", &mut map)?,
                2 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                3 => decode::once(&mut role_slot, "Role", &mut map)?,
                4 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                5 => decode::once(&mut read_index_slot, "ReadIndex", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(AddParticipantInfo {
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            level: level_slot.flatten(),
            nick_name: nick_name_slot.flatten(),
            role: role_slot.flatten(),
            ext: ext_slot.flatten(),
            read_index: read_index_slot.flatten(),
        })
    }
}

impl Validate for AddParticipantInfo {
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
