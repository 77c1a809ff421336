// Code generated from spec/volcengine-rtc-im/batch_get_whitelist_participant.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchGetWhitelistParticipant`: 你可以使用此接口批量查询全员禁言下白名单成员。
//!
//! 你可以调用BatchGetWhitelistParticipant接口,指定你所属的AppId、会话 ID、 查询起始位置和查询条数批量查询全员禁言下白名单成员。
//!
//! 目前仅直播群支持此接口
//!
//! Lists a live group's whitelist (the members who may speak when the whole group is muted), a batch at a time: at most 20 per batch; send the answer's `NextCursor` back as `Cursor` while `HasMore` is true (-1 when no batch follows). Only live groups support it.
//!
//! - HTTP: `POST /?Action=BatchGetWhitelistParticipant&Version=2020-12-01`
//! - Request: [`BatchGetWhitelistParticipantRequest`]; response payload: [`BatchGetWhitelistParticipantResponse`]
//! - Rate limit: 100 requests per second
//! - Applies to conversation type: `live group` only
//! - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
//! - Source: 批量查询全员禁言下白名单成员 BatchGetWhitelistParticipant, <https://www.volcengine.com/docs/6348/1051347>
//! - Also from: volc-sdk-golang service/im model (BatchGetWhitelistParticipantResResultParticipantsItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - 目前仅直播群支持此接口。 (error `OnlyLiveConversationSupport`)
//! - The whitelist is in the order members were added, oldest first.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//! | `OnlyLiveConversationSupport` | 仅直播群支持此操作。 |
//!
//! # Notes on the source document
//!
//! - The stored copy of the page ends inside the `WhitelistParticipant` table (at `AvatarUrl`'s description); the rest of the table and the examples could not be read. — *Resolved:* `AvatarUrl` and `Marks` follow the Go SDK's model (`from: go-sdk`); the example is made of the request table's values.
//! - The Go SDK marks `NickName`, `Ext` and `AvatarUrl` required, although a member need not have them. — *Resolved:* They are optional; `ParticipantUserId`, `CreateTime` and `Operator` are required.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, PageFields, PageStep, PageStyle, Paginated,
    RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{SPEC, VolcengineRtcIm};

/// `BatchGetWhitelistParticipant` as a type: it ties [`BatchGetWhitelistParticipantRequest`] and [`BatchGetWhitelistParticipantResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchGetWhitelistParticipant>`) and servers (`route::<BatchGetWhitelistParticipant>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchGetWhitelistParticipant;

impl OperationShape for BatchGetWhitelistParticipant {
    type Service = VolcengineRtcIm;
    type Input = BatchGetWhitelistParticipantRequest;
    type Output = BatchGetWhitelistParticipantResponse;
    const OP: Operation = Operation {
        name: "BatchGetWhitelistParticipant",
        service: &SPEC,
        path: "/",
        action: Some("BatchGetWhitelistParticipant"),
        rate_limit: Some(RateLimit {
            requests: 100,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[],
        class_limits: &[],
        pagination: &[
            PageFields {
                style: PageStyle::Cursor,
                when: None,
                request_field: "Cursor",
                response_field: Some("NextCursor"),
                next_from_item: None,
                items: "Participants",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &BatchGetWhitelistParticipantRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// Walking `BatchGetWhitelistParticipant` page by page: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
impl Paginated for BatchGetWhitelistParticipant {
    fn next_page(
        request: &BatchGetWhitelistParticipantRequest,
        response: &BatchGetWhitelistParticipantResponse,
    ) -> PageStep<BatchGetWhitelistParticipantRequest> {
        if !response.has_more {
            return PageStep::Done;
        }
        if response.participants.is_empty() {
            return PageStep::Done;
        }
        let next = response.next_cursor;
        if request.cursor == next {
            return PageStep::Stalled("NextCursor");
        }
        let mut following = request.clone();
        following.cursor = next;
        PageStep::Next(following)
    }
}

/// The request body of `BatchGetWhitelistParticipant`.
///
/// The request of [`BatchGetWhitelistParticipant`](self): 你可以使用此接口批量查询全员禁言下白名单成员。
///
/// - HTTP: `POST /?Action=BatchGetWhitelistParticipant&Version=2020-12-01`
/// - Request: [`BatchGetWhitelistParticipantRequest`]; response payload: [`BatchGetWhitelistParticipantResponse`]
/// - Rate limit: 100 requests per second
/// - Applies to conversation type: `live group` only
/// - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
/// - Source: 批量查询全员禁言下白名单成员 BatchGetWhitelistParticipant, <https://www.volcengine.com/docs/6348/1051347>
/// - Also from: volc-sdk-golang service/im model (BatchGetWhitelistParticipantResResultParticipantsItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetWhitelistParticipantRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 查询起始位置
    ///
    /// Where the batch starts; 0 first, then the previous batch's `NextCursor`.
    ///
    /// Example: `0`. The document calls the type `Long`.
    pub cursor: i64,
    /// 每批查询条数。最大值为 20。
    ///
    /// How many per batch; at most 20.
    ///
    /// Example: `20`. Limits: between 1 and 20. The document calls the type `Long`.
    pub limit: i64,
}

impl BatchGetWhitelistParticipantRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Cursor`, `Limit`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        cursor: i64,
        limit: i64,
    ) -> Self {
        BatchGetWhitelistParticipantRequest {
            app_id,
            conversation_short_id,
            cursor,
            limit,
        }
    }
}

impl serde::Serialize for BatchGetWhitelistParticipantRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchGetWhitelistParticipantRequest", 4)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Cursor", &self.cursor)?;
        object.serialize_field("Limit", &self.limit)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetWhitelistParticipantRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetWhitelistParticipantRequest {
    const NAME: &'static str = "BatchGetWhitelistParticipantRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Cursor" => 2,
            "Limit" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut cursor_slot: Option<i64> = None;
        let mut limit_slot: Option<i64> = None;
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
                2 => decode::once(&mut cursor_slot, "Cursor", &mut map)?,
                3 => decode::once(&mut limit_slot, "Limit", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetWhitelistParticipantRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            cursor: cursor_slot.ok_or_else(|| A::Error::missing_field("Cursor"))?,
            limit: limit_slot.ok_or_else(|| A::Error::missing_field("Limit"))?,
        })
    }
}

impl Validate for BatchGetWhitelistParticipantRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.limit;
            path.push(Segment::Field("Limit"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(20)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}

/// 本接口特有的返回参数（`Result` 的字段）。
///
/// The payload of a successful [`BatchGetWhitelistParticipant`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetWhitelistParticipantResponse {
    /// 下一批数据起始位置。-1表示无更多数据。
    ///
    /// Where the next batch starts; -1 when no batch follows.
    ///
    /// Example: `-1`. The document calls the type `Long`.
    pub next_cursor: i64,
    /// 是否还有更多数据
    ///
    /// Example: `true`. The document calls the type `Boolean`.
    pub has_more: bool,
    /// 白名单成员信息
    ///
    /// The batch's whitelisted members.
    ///
    /// The document calls the type `Array of WhitelistParticipant`.
    pub participants: Vec<WhitelistParticipant>,
}

impl serde::Serialize for BatchGetWhitelistParticipantResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchGetWhitelistParticipantResponse", 3)?;
        object.serialize_field("NextCursor", &self.next_cursor)?;
        object.serialize_field("HasMore", &self.has_more)?;
        object.serialize_field("Participants", &self.participants)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetWhitelistParticipantResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetWhitelistParticipantResponse {
    const NAME: &'static str = "BatchGetWhitelistParticipantResponse";

    fn field(key: &str) -> usize {
        match key {
            "NextCursor" => 0,
            "HasMore" => 1,
            "Participants" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut next_cursor_slot: Option<i64> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut participants_slot: Option<Vec<WhitelistParticipant>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut next_cursor_slot, "NextCursor", &mut map)?,
                1 => decode::once(&mut has_more_slot, "HasMore", &mut map)?,
                2 => decode::once(&mut participants_slot, "Participants", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetWhitelistParticipantResponse {
            next_cursor: next_cursor_slot
                .ok_or_else(|| A::Error::missing_field("NextCursor"))?,
            has_more: has_more_slot.ok_or_else(|| A::Error::missing_field("HasMore"))?,
            participants: participants_slot
                .ok_or_else(|| A::Error::missing_field("Participants"))?,
        })
    }
}

/// 白名单成员信息
///
/// A whitelisted member of a live group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WhitelistParticipant {
    /// 白名单成员 UserId
    ///
    /// Example: `10002`. The document calls the type `Long`.
    pub participant_user_id: i64,
    /// 用户加入白名单时间,单位为秒
    ///
    /// When the member was whitelisted (Unix seconds).
    ///
    /// Example: `1686406665`. The document calls the type `Long`.
    pub create_time: i64,
    /// 执行加入白名单操作操作人 UserId
    ///
    /// Who whitelisted the member.
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub operator: i64,
    /// 白名单成员昵称
    ///
    /// Example: `"Your_NickName"`. The document calls the type `String`.
    pub nick_name: Option<String>,
    /// 白名单成员扩展字段。key 的类型为 string,value 的类型为 string。
    ///
    /// Example: `{"key":"value"}`. The document calls the type `JSON Map`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 白名单成员头像
    ///
    /// Example: `"https://xxxx.com"`. Source: volc-sdk-golang service/im model (BatchGetWhitelistParticipantResResultParticipantsItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>. The document calls the type `String`.
    pub avatar_url: Option<String>,
    /// 直播群群成员标记
    ///
    /// The member's live-group marks.
    ///
    /// Source: volc-sdk-golang service/im model (BatchGetWhitelistParticipantResResultParticipantsItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub marks: Option<Vec<String>>,
}

impl serde::Serialize for WhitelistParticipant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "WhitelistParticipant",
                3 + usize::from(self.nick_name.is_some())
                    + usize::from(self.ext.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.marks.is_some()),
            )?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.serialize_field("Operator", &self.operator)?;
        encode::optional(&mut object, "NickName", &self.nick_name)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "Marks", &self.marks)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for WhitelistParticipant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for WhitelistParticipant {
    const NAME: &'static str = "WhitelistParticipant";

    fn field(key: &str) -> usize {
        match key {
            "ParticipantUserId" => 0,
            "CreateTime" => 1,
            "Operator" => 2,
            "NickName" => 3,
            "Ext" => 4,
            "AvatarUrl" => 5,
            "Marks" => 6,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut create_time_slot: Option<i64> = None;
        let mut operator_slot: Option<i64> = None;
        let mut nick_name_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut avatar_url_slot: Option<Option<String>> = None;
        let mut marks_slot: Option<Option<Vec<String>>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                2 => decode::once(&mut operator_slot, "Operator", &mut map)?,
                3 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                4 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                5 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                6 => decode::once(&mut marks_slot, "Marks", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(WhitelistParticipant {
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            nick_name: nick_name_slot.flatten(),
            ext: ext_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            marks: marks_slot.flatten(),
        })
    }
}
