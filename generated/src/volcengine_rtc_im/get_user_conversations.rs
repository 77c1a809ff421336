// Code generated from spec/volcengine-rtc-im/get_user_conversations.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetUserConversations`: 你可以使用此接口查询某个成员拥有的会话。
//!
//! 你可以调用GetUserConversations接口，指定你所属的AppId、用户 ID、查询起始位置和查询数量来查询用户拥有的会话。
//!
//! Lists the conversations a user belongs to, a page at a time: give the `AppId`, the user's ID, where to start (`Cursor`) and how many (`Limit`, at most 20); send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
//!
//! - HTTP: `POST /?Action=GetUserConversations&Version=2020-12-01`
//! - Request: [`GetUserConversationsRequest`]; response payload: [`GetUserConversationsResponse`]
//! - Rate limit: 100 requests per second
//! - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `ConversationInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
//! - Source: 查询用户拥有会话 GetUserConversations, <https://www.volcengine.com/docs/6348/337049>
//! - Also from: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Notes on the source document
//!
//! - Only the first two rows of the `ConversationInfo` table, and no request or response example, could be read from the page. — *Resolved:* The other fields follow Volcengine's Go SDK model of this API (generated from the same document), each marked with its source; the example is made of the table's example values.
//! - The page does not say what `NextCursor` is once the list is exhausted, nor the first page's `Cursor` (the table's example is 1). — *Resolved:* `HasMore` false ends the list (the pager stops on it); the first page's `Cursor` is 0 (the emulator counts conversations from 0).
//! - The current Go SDK describes `ConversationType` as 1 (one-to-one) or 2 (group); an older version also lists 100 (live group), which this API's `DataType` 2 returns. — *Resolved:* `ConversationType` is an open enum of 1, 2 and 100.
//! - The default of `DataType` is not stated, nor what happens when `Limit` is above 20. — *Resolved:* `DataType` is optional without a default; `Limit` is 1 to 20 (validation refuses more).

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, PageFields, PageStep, PageStyle, Paginated,
    RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{ConversationInfo, SPEC, VolcengineRtcIm};

/// `GetUserConversations` as a type: it ties [`GetUserConversationsRequest`] and [`GetUserConversationsResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetUserConversations>`) and servers (`route::<GetUserConversations>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetUserConversations;

impl OperationShape for GetUserConversations {
    type Service = VolcengineRtcIm;
    type Input = GetUserConversationsRequest;
    type Output = GetUserConversationsResponse;
    const OP: Operation = Operation {
        name: "GetUserConversations",
        service: &SPEC,
        path: "/",
        action: Some("GetUserConversations"),
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
                items: "ConversationInfos",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetUserConversationsRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// Walking `GetUserConversations` page by page: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `ConversationInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
impl Paginated for GetUserConversations {
    fn next_page(
        request: &GetUserConversationsRequest,
        response: &GetUserConversationsResponse,
    ) -> PageStep<GetUserConversationsRequest> {
        if !response.has_more {
            return PageStep::Done;
        }
        if response.conversation_infos.is_empty() {
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

/// The request body of `GetUserConversations`.
///
/// The request of [`GetUserConversations`](self): 你可以使用此接口查询某个成员拥有的会话。
///
/// - HTTP: `POST /?Action=GetUserConversations&Version=2020-12-01`
/// - Request: [`GetUserConversationsRequest`]; response payload: [`GetUserConversationsResponse`]
/// - Rate limit: 100 requests per second
/// - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `ConversationInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
/// - Source: 查询用户拥有会话 GetUserConversations, <https://www.volcengine.com/docs/6348/337049>
/// - Also from: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserConversationsRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 查询用户 UserId
    ///
    /// The user whose conversations are listed.
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub participant_user_id: i64,
    /// 数据来源。
    /// - 0：从缓存中拉取，按会话最近活跃排序。
    /// - 1：从数据库中拉取，按照创建时间正序排序。
    /// - 2：拉取用户创建的直播群会话，按照创建时间逆序排序
    ///
    /// Where the list comes from, and its order: 0 the cache, most recently active first; 1 the database, oldest first; 2 the live groups the user created, newest first.
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub data_type: Option<ConversationDataType>,
    /// 查询起始位置
    ///
    /// Where the page starts; the previous page's `NextCursor`.
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub cursor: i64,
    /// 查询数量。最大值为 20。
    ///
    /// How many conversations per page, at most 20.
    ///
    /// Example: `2`. Limits: between 1 and 20. The document calls the type `Long`.
    pub limit: i64,
    /// 是否忽略会话成员数。
    /// - true：忽略。
    /// - false：不忽略。
    ///
    /// Whether the member counts are left out of the answer.
    ///
    /// Default when absent: `false`. Example: `true`. The document calls the type `Boolean`.
    pub skip_member_count: Option<bool>,
    /// 信箱，用于逻辑隔离。
    ///
    /// The inbox, a logical partition of the app's conversations.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Integer`.
    pub inbox_type: Option<i32>,
}

impl GetUserConversationsRequest {
    /// A value with the required `AppId`, `ParticipantUserId`, `Cursor`, `Limit`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, participant_user_id: i64, cursor: i64, limit: i64) -> Self {
        GetUserConversationsRequest {
            app_id,
            participant_user_id,
            data_type: None,
            cursor,
            limit,
            skip_member_count: None,
            inbox_type: None,
        }
    }

    /// Sets `DataType`.
    pub fn with_data_type(mut self, data_type: ConversationDataType) -> Self {
        self.data_type = Some(data_type);
        self
    }

    /// Sets `SkipMemberCount`.
    pub fn with_skip_member_count(mut self, skip_member_count: bool) -> Self {
        self.skip_member_count = Some(skip_member_count);
        self
    }

    /// Sets `InboxType`.
    pub fn with_inbox_type(mut self, inbox_type: i32) -> Self {
        self.inbox_type = Some(inbox_type);
        self
    }

    /// `SkipMemberCount` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn skip_member_count_or_default(&self) -> bool {
        self.skip_member_count.unwrap_or(false)
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }
}

impl serde::Serialize for GetUserConversationsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetUserConversationsRequest",
                4 + usize::from(self.data_type.is_some())
                    + usize::from(self.skip_member_count.is_some())
                    + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        encode::optional(&mut object, "DataType", &self.data_type)?;
        object.serialize_field("Cursor", &self.cursor)?;
        object.serialize_field("Limit", &self.limit)?;
        encode::optional(&mut object, "SkipMemberCount", &self.skip_member_count)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetUserConversationsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetUserConversationsRequest {
    const NAME: &'static str = "GetUserConversationsRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ParticipantUserId" => 1,
            "DataType" => 2,
            "Cursor" => 3,
            "Limit" => 4,
            "SkipMemberCount" => 5,
            "InboxType" => 6,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut data_type_slot: Option<Option<ConversationDataType>> = None;
        let mut cursor_slot: Option<i64> = None;
        let mut limit_slot: Option<i64> = None;
        let mut skip_member_count_slot: Option<Option<bool>> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
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
                2 => decode::once(&mut data_type_slot, "DataType", &mut map)?,
                3 => decode::once(&mut cursor_slot, "Cursor", &mut map)?,
                4 => decode::once(&mut limit_slot, "Limit", &mut map)?,
                5 => {
                    decode::once(
                        &mut skip_member_count_slot,
                        "SkipMemberCount",
                        &mut map,
                    )?
                }
                6 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetUserConversationsRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            data_type: data_type_slot.flatten(),
            cursor: cursor_slot.ok_or_else(|| A::Error::missing_field("Cursor"))?,
            limit: limit_slot.ok_or_else(|| A::Error::missing_field("Limit"))?,
            skip_member_count: skip_member_count_slot.flatten(),
            inbox_type: inbox_type_slot.flatten(),
        })
    }
}

impl Validate for GetUserConversationsRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.data_type {
            path.push(Segment::Field("DataType"));
            value.validate_into(path, out);
            path.pop();
        }
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

/// `Result` 的结构。
///
/// The payload of a successful [`GetUserConversations`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserConversationsResponse {
    /// 会话详细信息
    ///
    /// The page's conversations.
    ///
    /// The document calls the type `Array of ConversationInfo`.
    pub conversation_infos: Vec<ConversationInfo>,
    /// 是否还有更多的数据
    ///
    /// Whether more pages follow.
    ///
    /// Example: `true`. The document calls the type `Boolean`.
    pub has_more: bool,
    /// 下一批数据起始位置
    ///
    /// Where the next page starts; send it as `Cursor`.
    ///
    /// Example: `20`. The document calls the type `Long`.
    pub next_cursor: i64,
}

impl serde::Serialize for GetUserConversationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetUserConversationsResponse", 3)?;
        object.serialize_field("ConversationInfos", &self.conversation_infos)?;
        object.serialize_field("HasMore", &self.has_more)?;
        object.serialize_field("NextCursor", &self.next_cursor)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetUserConversationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetUserConversationsResponse {
    const NAME: &'static str = "GetUserConversationsResponse";

    fn field(key: &str) -> usize {
        match key {
            "ConversationInfos" => 0,
            "HasMore" => 1,
            "NextCursor" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_infos_slot: Option<Vec<ConversationInfo>> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut next_cursor_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_infos_slot,
                        "ConversationInfos",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut has_more_slot, "HasMore", &mut map)?,
                2 => decode::once(&mut next_cursor_slot, "NextCursor", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetUserConversationsResponse {
            conversation_infos: conversation_infos_slot
                .ok_or_else(|| A::Error::missing_field("ConversationInfos"))?,
            has_more: has_more_slot.ok_or_else(|| A::Error::missing_field("HasMore"))?,
            next_cursor: next_cursor_slot
                .ok_or_else(|| A::Error::missing_field("NextCursor"))?,
        })
    }
}

/// 数据来源。
///
/// Where `GetUserConversations` reads the list from, which decides its order.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConversationDataType {
    /// `0`: 从缓存中拉取，按会话最近活跃排序。
    Cache,
    /// `1`: 从数据库中拉取，按照创建时间正序排序。
    Database,
    /// `2`: 拉取用户创建的直播群会话，按照创建时间逆序排序。
    CreatedLiveGroups,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl ConversationDataType {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Cache => 0,
            Self::Database => 1,
            Self::CreatedLiveGroups => 2,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Cache,
            1 => Self::Database,
            2 => Self::CreatedLiveGroups,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ConversationDataType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ConversationDataType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for ConversationDataType {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["0 (Cache)", "1 (Database)", "2 (CreatedLiveGroups)"],
                path,
                out,
            );
        }
    }
}
