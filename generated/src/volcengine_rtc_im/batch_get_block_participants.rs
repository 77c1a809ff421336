// Code generated from spec/volcengine-rtc-im/batch_get_block_participants.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `BatchGetBlockParticipants`: 分批查询直播群中的禁言或拉黑成员。
//!
//! 指定你所属的AppId、会话 ID、分批起始位置、每批查询条数和操作行为，分批查询直播群的禁言列表或拉黑列表。
//!
//! Lists a live group's muted members (`BlockAction` 0) or blocked users (1), a batch at a time: at most 20 per batch; send the answer's `NextCursor` back as `Cursor` while `HasMore` is true. The vendor's page could not be read; the fields follow the Go SDK's model.
//!
//! - HTTP: `POST /?Action=BatchGetBlockParticipants&Version=2020-12-01`
//! - Request: [`BatchGetBlockParticipantsRequest`]; response payload: [`BatchGetBlockParticipantsResponse`]
//! - Rate limit: 100 requests per second
//! - Applies to conversation type: `live group` only
//! - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
//! - Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: 数据结构 (the block-list member table), <https://www.volcengine.com/docs/6348/192711>
//!
//! # Rules the server enforces
//!
//! - The conversation must exist. (error `ConversationNotFound`)
//! - Only live groups have mute and block lists. (error `OnlyLiveConversationSupport`)
//! - A mute or block whose end has passed is no longer listed. The list is in the order the users were muted or blocked, oldest first.
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
//! - The vendor's page for BatchGetBlockParticipants could not be read (it is not in the stored pages); the data-structures page (192711) has the table of a listed user. — *Resolved:* The request and the response's fields follow the Go SDK's model (`from: go-sdk`); the item type `BlockParticipant` follows page 192711's table, plus the SDK's `Marks`; the rate limit is the 100 per second of the other list pages.
//! - Page 192711 types the listed user's `NickName` "Int" (example `xxxx`); the Go SDK marks every item field required, including `NickName`, `Ext`, `AvatarUrl` and `Marks`, which a user who is not a member (a blocked user) does not have. — *Resolved:* `NickName` is a string; `NickName`, `Ext`, `AvatarUrl` and `Marks` are optional.
//! - The SDK's `NextCursor` comment ("下一批数据起始位置") does not say what it is on the last batch. — *Resolved:* The pager ends on `HasMore` false; the emulator answers -1 then, as BatchGetWhitelistParticipant's page documents for its list.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, PageFields, PageStep, PageStyle, Paginated,
    RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{BlockAction, SPEC, VolcengineRtcIm};

/// `BatchGetBlockParticipants` as a type: it ties [`BatchGetBlockParticipantsRequest`] and [`BatchGetBlockParticipantsResponse`] to the operation's binding, rate limit and errors, for clients (`call::<BatchGetBlockParticipants>`) and servers (`route::<BatchGetBlockParticipants>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct BatchGetBlockParticipants;

impl OperationShape for BatchGetBlockParticipants {
    type Service = VolcengineRtcIm;
    type Input = BatchGetBlockParticipantsRequest;
    type Output = BatchGetBlockParticipantsResponse;
    const OP: Operation = Operation {
        name: "BatchGetBlockParticipants",
        service: &SPEC,
        path: "/",
        action: Some("BatchGetBlockParticipants"),
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

    fn app_id(input: &BatchGetBlockParticipantsRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// Walking `BatchGetBlockParticipants` page by page: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
impl Paginated for BatchGetBlockParticipants {
    fn next_page(
        request: &BatchGetBlockParticipantsRequest,
        response: &BatchGetBlockParticipantsResponse,
    ) -> PageStep<BatchGetBlockParticipantsRequest> {
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

/// The request body of `BatchGetBlockParticipants`.
///
/// The request of [`BatchGetBlockParticipants`](self): 分批查询直播群中的禁言或拉黑成员。
///
/// - HTTP: `POST /?Action=BatchGetBlockParticipants&Version=2020-12-01`
/// - Request: [`BatchGetBlockParticipantsRequest`]; response payload: [`BatchGetBlockParticipantsResponse`]
/// - Rate limit: 100 requests per second
/// - Applies to conversation type: `live group` only
/// - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
/// - Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: 数据结构 (the block-list member table), <https://www.volcengine.com/docs/6348/192711>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetBlockParticipantsRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_short_id: i64,
    /// 分批起始位置
    ///
    /// Where the batch starts; 0 first, then the previous batch's `NextCursor`.
    ///
    /// Example: `0`. Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub cursor: i64,
    /// 每批查询条数，最大值为 20。
    ///
    /// How many per batch; at most 20.
    ///
    /// Example: `20`. Limits: between 1 and 20. Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub limit: i64,
    /// 操作行为
    /// - 0：获取禁言列表
    /// - 1：获取拉黑列表
    ///
    /// 默认为 0。
    ///
    /// 0 lists the muted members (default), 1 the blocked users.
    ///
    /// Default when absent: `0` ([`BlockAction::Mute`]). Example: `0`. Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub block_action: Option<BlockAction>,
}

impl BatchGetBlockParticipantsRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Cursor`, `Limit`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        cursor: i64,
        limit: i64,
    ) -> Self {
        BatchGetBlockParticipantsRequest {
            app_id,
            conversation_short_id,
            cursor,
            limit,
            block_action: None,
        }
    }

    /// Sets `BlockAction`.
    pub fn with_block_action(mut self, block_action: BlockAction) -> Self {
        self.block_action = Some(block_action);
        self
    }

    /// `BlockAction` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn block_action_or_default(&self) -> BlockAction {
        self.block_action.unwrap_or(BlockAction::Mute)
    }
}

impl serde::Serialize for BatchGetBlockParticipantsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BatchGetBlockParticipantsRequest",
                4 + usize::from(self.block_action.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Cursor", &self.cursor)?;
        object.serialize_field("Limit", &self.limit)?;
        encode::optional(&mut object, "BlockAction", &self.block_action)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetBlockParticipantsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetBlockParticipantsRequest {
    const NAME: &'static str = "BatchGetBlockParticipantsRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Cursor" => 2,
            "Limit" => 3,
            "BlockAction" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut cursor_slot: Option<i64> = None;
        let mut limit_slot: Option<i64> = None;
        let mut block_action_slot: Option<Option<BlockAction>> = None;
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
                4 => decode::once(&mut block_action_slot, "BlockAction", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetBlockParticipantsRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            cursor: cursor_slot.ok_or_else(|| A::Error::missing_field("Cursor"))?,
            limit: limit_slot.ok_or_else(|| A::Error::missing_field("Limit"))?,
            block_action: block_action_slot.flatten(),
        })
    }
}

impl Validate for BatchGetBlockParticipantsRequest {
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
        if let Some(value) = &self.block_action {
            path.push(Segment::Field("BlockAction"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`BatchGetBlockParticipants`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchGetBlockParticipantsResponse {
    /// 禁言/拉黑成员列表
    ///
    /// The batch's muted or blocked users.
    ///
    /// Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub participants: Vec<BlockParticipant>,
    /// 是否还有更多数据
    ///
    /// Example: `false`. Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub has_more: bool,
    /// 下一批数据起始位置
    ///
    /// Where the next batch starts; -1 when no batch follows.
    ///
    /// Example: `-1`. Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub next_cursor: i64,
}

impl serde::Serialize for BatchGetBlockParticipantsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("BatchGetBlockParticipantsResponse", 3)?;
        object.serialize_field("Participants", &self.participants)?;
        object.serialize_field("HasMore", &self.has_more)?;
        object.serialize_field("NextCursor", &self.next_cursor)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BatchGetBlockParticipantsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BatchGetBlockParticipantsResponse {
    const NAME: &'static str = "BatchGetBlockParticipantsResponse";

    fn field(key: &str) -> usize {
        match key {
            "Participants" => 0,
            "HasMore" => 1,
            "NextCursor" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut participants_slot: Option<Vec<BlockParticipant>> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut next_cursor_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut participants_slot, "Participants", &mut map)?,
                1 => decode::once(&mut has_more_slot, "HasMore", &mut map)?,
                2 => decode::once(&mut next_cursor_slot, "NextCursor", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BatchGetBlockParticipantsResponse {
            participants: participants_slot
                .ok_or_else(|| A::Error::missing_field("Participants"))?,
            has_more: has_more_slot.ok_or_else(|| A::Error::missing_field("HasMore"))?,
            next_cursor: next_cursor_slot
                .ok_or_else(|| A::Error::missing_field("NextCursor"))?,
        })
    }
}

/// 禁言/拉黑成员信息
///
/// A muted or blocked user of a live group (table on the data-structures page 192711).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BlockParticipant {
    /// 群成员 ID
    ///
    /// Example: `10001`. The document calls the type `Int`.
    pub participant_user_id: i64,
    /// 禁言/拉黑设置对应的时间戳,单位为秒
    ///
    /// When the mute or block was set (Unix seconds).
    ///
    /// Example: `1669694619`. The document calls the type `Int`.
    pub create_time: i64,
    /// 禁言/拉黑到何时对应时间戳,单位为秒
    ///
    /// When the mute or block ends (Unix seconds).
    ///
    /// Example: `1669700619`. The document calls the type `Int`.
    pub block_time: i64,
    /// 禁言/拉黑成员昵称
    ///
    /// Example: `"Your_NickName"`. The document calls the type `Int`.
    pub nick_name: Option<String>,
    /// 禁言/拉黑成员扩展字段
    ///
    /// Example: `{"key":"value"}`. The document calls the type `map-key(string)-value(string)`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 禁言/拉黑成员头像
    ///
    /// Example: `"https://xxxx.com"`.
    pub avatar_url: Option<String>,
    /// 直播群群成员标记
    ///
    /// The member's live-group marks. In the Go SDK's model, not on the data-structures page.
    ///
    /// Source: volc-sdk-golang service/im model (BatchGetBlockParticipantsBody, BatchGetBlockParticipantsResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub marks: Option<Vec<String>>,
}

impl serde::Serialize for BlockParticipant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BlockParticipant",
                3 + usize::from(self.nick_name.is_some())
                    + usize::from(self.ext.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.marks.is_some()),
            )?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.serialize_field("BlockTime", &self.block_time)?;
        encode::optional(&mut object, "NickName", &self.nick_name)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "Marks", &self.marks)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BlockParticipant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BlockParticipant {
    const NAME: &'static str = "BlockParticipant";

    fn field(key: &str) -> usize {
        match key {
            "ParticipantUserId" => 0,
            "CreateTime" => 1,
            "BlockTime" => 2,
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
        let mut block_time_slot: Option<i64> = None;
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
                2 => decode::once(&mut block_time_slot, "BlockTime", &mut map)?,
                3 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                4 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                5 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                6 => decode::once(&mut marks_slot, "Marks", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BlockParticipant {
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
            block_time: block_time_slot
                .ok_or_else(|| A::Error::missing_field("BlockTime"))?,
            nick_name: nick_name_slot.flatten(),
            ext: ext_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            marks: marks_slot.flatten(),
        })
    }
}
