// Code generated from spec/volcengine-rtc-im/get_conversation_messages.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetConversationMessages`: 你可以使用此接口批量查询会话中的消息。
//!
//! 你可以调用GetConversationMessages接口,指定你所属的AppId、会话 ID、查询起始位置和查询条数批量查询会话中的消息。
//!
//! 一次最多查询 20 条消息。
//!
//! Lists a conversation's messages a page at a time: give the `AppId`, the conversation, where to start (`Cursor`, a message's index in the conversation), how many (`Limit`, at most 20) and the direction (`Reverse`); send the answer's `NewCursor` back as `Cursor` while `HasMore` is true.
//!
//! - HTTP: `POST /?Action=GetConversationMessages&Version=2020-12-01`
//! - Request: [`GetConversationMessagesRequest`]; response payload: [`GetConversationMessagesResponse`]
//! - Rate limit: 100 requests per second
//! - Pages: `Cursor` is a cursor from the previous page's `NewCursor`; the items are in `Messages`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
//! - Source: 分批查询会话中的消息 GetConversationMessages, <https://www.volcengine.com/docs/6348/337138>
//! - Also from: volc-sdk-golang service/im model (GetConversationMessagesBody, GetConversationMessagesResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - 一次最多查询 20 条消息。
//! - 直播群只能取 1 (`Reverse`)：a live group is read backward whatever `Reverse` says.
//! - Only visible messages are listed (`Status` 0, as the page says): a recalled message, or one deleted for the conversation (DeleteConversationMessage), is left out.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在。 |
//!
//! # Notes on the source document
//!
//! - The saved page stops inside the `MessageBody` table, at its `Sender` row; the page's examples and error codes could not be read. — *Resolved:* `MessageBody` is the one GetMessages defines (the same table, completed from the Go SDK's `GetConversationMessagesResResultMessagesItem`); the example is made of the request table's values; `ConversationNotFound` is the code of the service's error-code page (412253) for a conversation that does not exist.
//! - "一次最多查询 20 条消息" (at most 20 messages a call) is prose; the `Limit` row gives no limit. — *Resolved:* `Limit` is 1 to 20 (validation refuses more).
//! - `Reverse`: "值不合法时自动调整为默认值" (an invalid value is taken as the default, 0) and "直播群只能取 1" (a live group takes only 1), without saying what a live group does with 0. — *Resolved:* `Reverse` is an enum (`QueryDirection`, 0 and 1) defaulting to 0 whose other values are valid (`Other`), so no value is refused; an unknown value reads forward, and a live group is read backward whatever the request says (the invalid value adjusted, as the page does for the others).
//! - `Cursor` is a message's "Index" (the table's example 1666495802476129), but the page does not say what the first page sends, nor what `NewCursor` is after the last page. — *Resolved:* Forward, the page holds the messages whose index is at least `Cursor` (0 starts at the oldest) and `NewCursor` is the index after the page's last message; backward, those whose index is at most `Cursor`, 0 starting at the newest, and `NewCursor` is the index before the page's last message (-1 when none is older). `HasMore` false ends the list (the pager stops on it).
//! - The response table has no required column. — *Resolved:* `HasMore`, `NewCursor` and `Messages` are required, as in the Go SDK's model.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, PageFields, PageStep, PageStyle, Paginated,
    RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{MessageBody, SPEC, VolcengineRtcIm};

/// `GetConversationMessages` as a type: it ties [`GetConversationMessagesRequest`] and [`GetConversationMessagesResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetConversationMessages>`) and servers (`route::<GetConversationMessages>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetConversationMessages;

impl OperationShape for GetConversationMessages {
    type Service = VolcengineRtcIm;
    type Input = GetConversationMessagesRequest;
    type Output = GetConversationMessagesResponse;
    const OP: Operation = Operation {
        name: "GetConversationMessages",
        service: &SPEC,
        path: "/",
        action: Some("GetConversationMessages"),
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
                response_field: Some("NewCursor"),
                next_from_item: None,
                items: "Messages",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetConversationMessagesRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// Walking `GetConversationMessages` page by page: `Cursor` is a cursor from the previous page's `NewCursor`; the items are in `Messages`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
impl Paginated for GetConversationMessages {
    fn next_page(
        request: &GetConversationMessagesRequest,
        response: &GetConversationMessagesResponse,
    ) -> PageStep<GetConversationMessagesRequest> {
        if !response.has_more {
            return PageStep::Done;
        }
        if response.messages.is_empty() {
            return PageStep::Done;
        }
        let next = response.new_cursor;
        if request.cursor == next {
            return PageStep::Stalled("NewCursor");
        }
        let mut following = request.clone();
        following.cursor = next;
        PageStep::Next(following)
    }
}

/// The request body of `GetConversationMessages`.
///
/// The request of [`GetConversationMessages`](self): 你可以使用此接口批量查询会话中的消息。
///
/// - HTTP: `POST /?Action=GetConversationMessages&Version=2020-12-01`
/// - Request: [`GetConversationMessagesRequest`]; response payload: [`GetConversationMessagesResponse`]
/// - Rate limit: 100 requests per second
/// - Pages: `Cursor` is a cursor from the previous page's `NewCursor`; the items are in `Messages`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
/// - Source: 分批查询会话中的消息 GetConversationMessages, <https://www.volcengine.com/docs/6348/337138>
/// - Also from: volc-sdk-golang service/im model (GetConversationMessagesBody, GetConversationMessagesResResult), <https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetConversationMessagesRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 查询起始位置,即查询起始消息的 Index
    ///
    /// Where the page starts: the index (`IndexInConversation`) of its first message, or the previous page's `NewCursor`. Read backwards, 0 starts at the newest message.
    ///
    /// Example: `1666495802476129`. The document calls the type `Long`.
    pub cursor: i64,
    /// 查询条数
    ///
    /// How many messages per page, at most 20.
    ///
    /// Example: `3`. Limits: between 1 and 20. The document calls the type `Long`.
    pub limit: i64,
    /// 查询方向。
    /// - 0:正向查询
    /// - 1:反向查询
    ///
    /// 默认值为 0。值不合法时自动调整为默认值。
    /// 直播群只能取 1
    ///
    /// The direction: 0 forward (from `Cursor` to newer messages), 1 backward (from `Cursor` to older ones). Any other value counts as 0; a live group is always read backward.
    ///
    /// Default when absent: `0` ([`QueryDirection::Forward`]). Example: `0`. The document calls the type `Integer`.
    pub reverse: Option<QueryDirection>,
}

impl GetConversationMessagesRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Cursor`, `Limit`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        cursor: i64,
        limit: i64,
    ) -> Self {
        GetConversationMessagesRequest {
            app_id,
            conversation_short_id,
            cursor,
            limit,
            reverse: None,
        }
    }

    /// Sets `Reverse`.
    pub fn with_reverse(mut self, reverse: QueryDirection) -> Self {
        self.reverse = Some(reverse);
        self
    }

    /// `Reverse` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn reverse_or_default(&self) -> QueryDirection {
        self.reverse.unwrap_or(QueryDirection::Forward)
    }
}

impl serde::Serialize for GetConversationMessagesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetConversationMessagesRequest",
                4 + usize::from(self.reverse.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Cursor", &self.cursor)?;
        object.serialize_field("Limit", &self.limit)?;
        encode::optional(&mut object, "Reverse", &self.reverse)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationMessagesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationMessagesRequest {
    const NAME: &'static str = "GetConversationMessagesRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Cursor" => 2,
            "Limit" => 3,
            "Reverse" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut cursor_slot: Option<i64> = None;
        let mut limit_slot: Option<i64> = None;
        let mut reverse_slot: Option<Option<QueryDirection>> = None;
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
                4 => decode::once(&mut reverse_slot, "Reverse", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetConversationMessagesRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            cursor: cursor_slot.ok_or_else(|| A::Error::missing_field("Cursor"))?,
            limit: limit_slot.ok_or_else(|| A::Error::missing_field("Limit"))?,
            reverse: reverse_slot.flatten(),
        })
    }
}

impl Validate for GetConversationMessagesRequest {
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

/// `Result` 的结构。
///
/// The payload of a successful [`GetConversationMessages`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetConversationMessagesResponse {
    /// 是否还有下一页
    ///
    /// Whether more pages follow.
    ///
    /// Example: `true`. The document calls the type `Boolean`.
    pub has_more: bool,
    /// 下一页起始位置
    ///
    /// Where the next page starts; send it as `Cursor`.
    ///
    /// Example: `20`. The document calls the type `Long`.
    pub new_cursor: i64,
    /// 消息详细信息
    ///
    /// The page's messages, in the direction asked.
    ///
    /// The document calls the type `Array of MessageBody`.
    pub messages: Vec<MessageBody>,
}

impl serde::Serialize for GetConversationMessagesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("GetConversationMessagesResponse", 3)?;
        object.serialize_field("HasMore", &self.has_more)?;
        object.serialize_field("NewCursor", &self.new_cursor)?;
        object.serialize_field("Messages", &self.messages)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetConversationMessagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetConversationMessagesResponse {
    const NAME: &'static str = "GetConversationMessagesResponse";

    fn field(key: &str) -> usize {
        match key {
            "HasMore" => 0,
            "NewCursor" => 1,
            "Messages" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut has_more_slot: Option<bool> = None;
        let mut new_cursor_slot: Option<i64> = None;
        let mut messages_slot: Option<Vec<MessageBody>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut has_more_slot, "HasMore", &mut map)?,
                1 => decode::once(&mut new_cursor_slot, "NewCursor", &mut map)?,
                2 => decode::once(&mut messages_slot, "Messages", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetConversationMessagesResponse {
            has_more: has_more_slot.ok_or_else(|| A::Error::missing_field("HasMore"))?,
            new_cursor: new_cursor_slot
                .ok_or_else(|| A::Error::missing_field("NewCursor"))?,
            messages: messages_slot.ok_or_else(|| A::Error::missing_field("Messages"))?,
        })
    }
}

/// 查询方向。
///
/// Which way GetConversationMessages reads from its `Cursor`.
///
/// Besides the named values, every other value is valid and kept in [`Self::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QueryDirection {
    /// `0`: 正向查询
    Forward,
    /// `1`: 反向查询
    Backward,
    /// Any other value: 值不合法时自动调整为默认值（正向查询）。
    Other(i32),
}

impl QueryDirection {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Forward => 0,
            Self::Backward => 1,
            Self::Other(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Forward,
            1 => Self::Backward,
            other => Self::Other(other),
        }
    }
}

impl serde::Serialize for QueryDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for QueryDirection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for QueryDirection {
    fn validate_into<'a>(&'a self, _path: &mut Path<'a>, _out: &mut Violations) {}
}
