// Code generated from spec/volcengine-rtc-im/list_friend.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ListFriend`: 你可以使用此接口查询好友列表。
//!
//! 查询起始位置，默认值为 0，即第一个添加的好友。
//!
//! Lists a user's friends in the order they were added, a page at a time: start at `Cursor` 0 (the first friend added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
//!
//! - HTTP: `POST /?Action=ListFriend&Version=2020-12-01`
//! - Request: [`ListFriendRequest`]; response payload: [`ListFriendResponse`]
//! - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `FriendInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
//! - Source: volc-sdk-golang service/im model (ListFriendBody, ListFriendResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Notes on the source document
//!
//! - The ListFriend page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. — *Resolved:* The operation is transcribed from the SDK model; no rate limit is set.
//! - The unit of `ApplyTime`, `CreateTime` and `ModifyTime` is not given; BatchGetUser's user times are in milliseconds. — *Resolved:* The friend times are in milliseconds too.
//! - `NextCursor` is negative when no more friends follow, and `HasMore` says the same; what `TotalCount` is without `NeedTotal` is not said. — *Resolved:* The pager stops on `HasMore` false (the emulator then answers `NextCursor` -1); `TotalCount` is 0 unless `NeedTotal` is true.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, PageFields, PageStep, PageStyle, Paginated,
    decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use super::{FriendDetail, SPEC, VolcengineRtcIm};

/// `ListFriend` as a type: it ties [`ListFriendRequest`] and [`ListFriendResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ListFriend>`) and servers (`route::<ListFriend>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ListFriend;

impl OperationShape for ListFriend {
    type Service = VolcengineRtcIm;
    type Input = ListFriendRequest;
    type Output = ListFriendResponse;
    const OP: Operation = Operation {
        name: "ListFriend",
        service: &SPEC,
        path: "/",
        action: Some("ListFriend"),
        rate_limit: None,
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
                items: "FriendInfos",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &ListFriendRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// Walking `ListFriend` page by page: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `FriendInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
impl Paginated for ListFriend {
    fn next_page(
        request: &ListFriendRequest,
        response: &ListFriendResponse,
    ) -> PageStep<ListFriendRequest> {
        if !response.has_more {
            return PageStep::Done;
        }
        if response.friend_infos.is_empty() {
            return PageStep::Done;
        }
        let next = response.next_cursor;
        if request.cursor.as_ref() == Some(&next) {
            return PageStep::Stalled("NextCursor");
        }
        let mut following = request.clone();
        following.cursor = Some(next);
        PageStep::Next(following)
    }
}

/// The request body of `ListFriend`.
///
/// The request of [`ListFriend`](self): 你可以使用此接口查询好友列表。
///
/// - HTTP: `POST /?Action=ListFriend&Version=2020-12-01`
/// - Request: [`ListFriendRequest`]; response payload: [`ListFriendResponse`]
/// - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `FriendInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
/// - Source: volc-sdk-golang service/im model (ListFriendBody, ListFriendResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFriendRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 查询用户 UserId
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub user_id: i64,
    /// 查询起始位置，默认值为 0，即第一个添加的好友。
    ///
    /// Where the page starts; 0 (the default) is the first friend added.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Long`.
    pub cursor: Option<i64>,
    /// 查询条数，每次最多查询 20 位好友。默认值为 20。
    ///
    /// How many friends per page, at most 20; 20 by default.
    ///
    /// Default when absent: `20`. Example: `20`. Limits: between 1 and 20. The document calls the type `Long`.
    pub limit: Option<i64>,
    /// 是否需要好友总数。
    /// * false：不需要。
    /// * true：需要。
    ///
    /// 默认值为 false。
    ///
    /// Whether the answer's `TotalCount` counts the friends.
    ///
    /// Default when absent: `false`. Example: `true`. The document calls the type `Boolean`.
    pub need_total: Option<bool>,
    /// 信箱，用做逻辑隔离。默认值为 0
    ///
    /// The inbox, a logical partition of the app's relations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Integer`.
    pub inbox_type: Option<i32>,
}

impl ListFriendRequest {
    /// A value with the required `AppId`, `UserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64) -> Self {
        ListFriendRequest {
            app_id,
            user_id,
            cursor: None,
            limit: None,
            need_total: None,
            inbox_type: None,
        }
    }

    /// Sets `Cursor`.
    pub fn with_cursor(mut self, cursor: i64) -> Self {
        self.cursor = Some(cursor);
        self
    }

    /// Sets `Limit`.
    pub fn with_limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `NeedTotal`.
    pub fn with_need_total(mut self, need_total: bool) -> Self {
        self.need_total = Some(need_total);
        self
    }

    /// Sets `InboxType`.
    pub fn with_inbox_type(mut self, inbox_type: i32) -> Self {
        self.inbox_type = Some(inbox_type);
        self
    }

    /// `Cursor` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn cursor_or_default(&self) -> i64 {
        self.cursor.unwrap_or(0)
    }

    /// `Limit` as the server reads it: the value sent, or the documented default `20` when absent.
    pub fn limit_or_default(&self) -> i64 {
        self.limit.unwrap_or(20)
    }

    /// `NeedTotal` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn need_total_or_default(&self) -> bool {
        self.need_total.unwrap_or(false)
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }
}

impl serde::Serialize for ListFriendRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ListFriendRequest",
                2 + usize::from(self.cursor.is_some())
                    + usize::from(self.limit.is_some())
                    + usize::from(self.need_total.is_some())
                    + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "Cursor", &self.cursor)?;
        encode::optional(&mut object, "Limit", &self.limit)?;
        encode::optional(&mut object, "NeedTotal", &self.need_total)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListFriendRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ListFriendRequest {
    const NAME: &'static str = "ListFriendRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "UserId" => 1,
            "Cursor" => 2,
            "Limit" => 3,
            "NeedTotal" => 4,
            "InboxType" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut user_id_slot: Option<i64> = None;
        let mut cursor_slot: Option<Option<i64>> = None;
        let mut limit_slot: Option<Option<i64>> = None;
        let mut need_total_slot: Option<Option<bool>> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                2 => decode::once(&mut cursor_slot, "Cursor", &mut map)?,
                3 => decode::once(&mut limit_slot, "Limit", &mut map)?,
                4 => decode::once(&mut need_total_slot, "NeedTotal", &mut map)?,
                5 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ListFriendRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            cursor: cursor_slot.flatten(),
            limit: limit_slot.flatten(),
            need_total: need_total_slot.flatten(),
            inbox_type: inbox_type_slot.flatten(),
        })
    }
}

impl Validate for ListFriendRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.limit {
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
/// The payload of a successful [`ListFriend`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFriendResponse {
    /// 好友详细信息
    ///
    /// The page's friends.
    pub friend_infos: Vec<FriendDetail>,
    /// 是否还有下一页
    ///
    /// Whether more pages follow.
    pub has_more: bool,
    /// 下一页起始位置。为负时表示后续没有成员数据
    ///
    /// Where the next page starts; negative when no more friends follow.
    pub next_cursor: i64,
    /// 好友总数
    ///
    /// How many friends the user has (0 unless `NeedTotal` was true).
    pub total_count: i64,
}

impl serde::Serialize for ListFriendResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ListFriendResponse", 4)?;
        object.serialize_field("FriendInfos", &self.friend_infos)?;
        object.serialize_field("HasMore", &self.has_more)?;
        object.serialize_field("NextCursor", &self.next_cursor)?;
        object.serialize_field("TotalCount", &self.total_count)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListFriendResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ListFriendResponse {
    const NAME: &'static str = "ListFriendResponse";

    fn field(key: &str) -> usize {
        match key {
            "FriendInfos" => 0,
            "HasMore" => 1,
            "NextCursor" => 2,
            "TotalCount" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut friend_infos_slot: Option<Vec<FriendDetail>> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut next_cursor_slot: Option<i64> = None;
        let mut total_count_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut friend_infos_slot, "FriendInfos", &mut map)?,
                1 => decode::once(&mut has_more_slot, "HasMore", &mut map)?,
                2 => decode::once(&mut next_cursor_slot, "NextCursor", &mut map)?,
                3 => decode::once(&mut total_count_slot, "TotalCount", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ListFriendResponse {
            friend_infos: friend_infos_slot
                .ok_or_else(|| A::Error::missing_field("FriendInfos"))?,
            has_more: has_more_slot.ok_or_else(|| A::Error::missing_field("HasMore"))?,
            next_cursor: next_cursor_slot
                .ok_or_else(|| A::Error::missing_field("NextCursor"))?,
            total_count: total_count_slot
                .ok_or_else(|| A::Error::missing_field("TotalCount"))?,
        })
    }
}
