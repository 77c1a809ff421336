// Code generated from spec/volcengine-rtc-im/get_black_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetBlackList`: 你可以使用此接口查询黑名单。
//!
//! 查询起始位置，按照添加顺序逆序查询。默认值为 0，即最后一个添加至黑名单的用户。
//!
//! Lists a user's black list, the most recently added first, a page at a time: start at `Cursor` 0 (the last user added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
//!
//! - HTTP: `POST /?Action=GetBlackList&Version=2020-12-01`
//! - Request: [`GetBlackListRequest`]; response payload: [`GetBlackListResponse`]
//! - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `BlackListInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
//! - Source: volc-sdk-golang service/im model (GetBlackListBody, GetBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Notes on the source document
//!
//! - The GetBlackList page could not be read. Every fact here is from Volcengine's Go SDK model of this API, generated from the same document. `Cursor` is REQUIRED there and also "默认值为 0" (0 by default). — *Resolved:* The operation is transcribed from the SDK model, `Cursor` required as marked; no rate limit is set.
//! - The unit of `CreateTime` and `ModifyTime` is not given. — *Resolved:* Milliseconds, as BatchGetUser's times and ListFriend's (their documents' own unit).
//! - The friend item's type is the same shape as ListFriend's (`FriendUserInfo`). — *Resolved:* It reuses ListFriend's `FriendDetail`.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, PageFields, PageStep, PageStyle, Paginated,
    decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use super::{FriendDetail, SPEC, VolcengineRtcIm};

/// `GetBlackList` as a type: it ties [`GetBlackListRequest`] and [`GetBlackListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetBlackList>`) and servers (`route::<GetBlackList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetBlackList;

impl OperationShape for GetBlackList {
    type Service = VolcengineRtcIm;
    type Input = GetBlackListRequest;
    type Output = GetBlackListResponse;
    const OP: Operation = Operation {
        name: "GetBlackList",
        service: &SPEC,
        path: "/",
        action: Some("GetBlackList"),
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
                items: "BlackListInfos",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &GetBlackListRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// Walking `GetBlackList` page by page: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `BlackListInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
impl Paginated for GetBlackList {
    fn next_page(
        request: &GetBlackListRequest,
        response: &GetBlackListResponse,
    ) -> PageStep<GetBlackListRequest> {
        if !response.has_more {
            return PageStep::Done;
        }
        if response.black_list_infos.is_empty() {
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

/// The request body of `GetBlackList`.
///
/// The request of [`GetBlackList`](self): 你可以使用此接口查询黑名单。
///
/// - HTTP: `POST /?Action=GetBlackList&Version=2020-12-01`
/// - Request: [`GetBlackListRequest`]; response payload: [`GetBlackListResponse`]
/// - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `BlackListInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
/// - Source: volc-sdk-golang service/im model (GetBlackListBody, GetBlackListResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBlackListRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 被查询用户的 UserId
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub user_id: i64,
    /// 查询起始位置，按照添加顺序逆序查询。默认值为 0，即最后一个添加至黑名单的用户。
    ///
    /// Where the page starts; 0 is the user added last (the list runs newest first).
    ///
    /// Example: `0`. The document calls the type `Long`.
    pub cursor: i64,
    /// 查询条数，每次最多查询 20 位用户。
    ///
    /// How many users per page, at most 20.
    ///
    /// Example: `20`. Limits: between 1 and 20. The document calls the type `Long`.
    pub limit: i64,
    /// 是否需要黑名单用户总数。
    /// * false：不需要。
    /// * true：需要。
    ///
    /// 默认值为 false。
    ///
    /// Whether the answer's `TotalCount` counts the black list.
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

impl GetBlackListRequest {
    /// A value with the required `AppId`, `UserId`, `Cursor`, `Limit`; optional fields absent. The `with_…` methods set the others.
    pub fn new(app_id: i32, user_id: i64, cursor: i64, limit: i64) -> Self {
        GetBlackListRequest {
            app_id,
            user_id,
            cursor,
            limit,
            need_total: None,
            inbox_type: None,
        }
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

    /// `NeedTotal` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn need_total_or_default(&self) -> bool {
        self.need_total.unwrap_or(false)
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }
}

impl serde::Serialize for GetBlackListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetBlackListRequest",
                4 + usize::from(self.need_total.is_some())
                    + usize::from(self.inbox_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("UserId", &self.user_id)?;
        object.serialize_field("Cursor", &self.cursor)?;
        object.serialize_field("Limit", &self.limit)?;
        encode::optional(&mut object, "NeedTotal", &self.need_total)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetBlackListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetBlackListRequest {
    const NAME: &'static str = "GetBlackListRequest";

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
        let mut cursor_slot: Option<i64> = None;
        let mut limit_slot: Option<i64> = None;
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
        Ok(GetBlackListRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            cursor: cursor_slot.ok_or_else(|| A::Error::missing_field("Cursor"))?,
            limit: limit_slot.ok_or_else(|| A::Error::missing_field("Limit"))?,
            need_total: need_total_slot.flatten(),
            inbox_type: inbox_type_slot.flatten(),
        })
    }
}

impl Validate for GetBlackListRequest {
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
/// The payload of a successful [`GetBlackList`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBlackListResponse {
    /// 黑名单用户详细信息
    ///
    /// The page's blocked users.
    pub black_list_infos: Vec<BlackListDetail>,
    /// 是否还有下一页
    ///
    /// Whether more pages follow.
    pub has_more: bool,
    /// 下一页起始下标。为负时表示后续没有成员数据
    ///
    /// Where the next page starts; negative when no more users follow.
    pub next_cursor: i64,
    /// 黑名单用户总数
    ///
    /// How many users the black list holds (0 unless `NeedTotal` was true).
    pub total_count: i64,
}

impl serde::Serialize for GetBlackListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetBlackListResponse", 4)?;
        object.serialize_field("BlackListInfos", &self.black_list_infos)?;
        object.serialize_field("HasMore", &self.has_more)?;
        object.serialize_field("NextCursor", &self.next_cursor)?;
        object.serialize_field("TotalCount", &self.total_count)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetBlackListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetBlackListResponse {
    const NAME: &'static str = "GetBlackListResponse";

    fn field(key: &str) -> usize {
        match key {
            "BlackListInfos" => 0,
            "HasMore" => 1,
            "NextCursor" => 2,
            "TotalCount" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut black_list_infos_slot: Option<Vec<BlackListDetail>> = None;
        let mut has_more_slot: Option<bool> = None;
        let mut next_cursor_slot: Option<i64> = None;
        let mut total_count_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(&mut black_list_infos_slot, "BlackListInfos", &mut map)?
                }
                1 => decode::once(&mut has_more_slot, "HasMore", &mut map)?,
                2 => decode::once(&mut next_cursor_slot, "NextCursor", &mut map)?,
                3 => decode::once(&mut total_count_slot, "TotalCount", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetBlackListResponse {
            black_list_infos: black_list_infos_slot
                .ok_or_else(|| A::Error::missing_field("BlackListInfos"))?,
            has_more: has_more_slot.ok_or_else(|| A::Error::missing_field("HasMore"))?,
            next_cursor: next_cursor_slot
                .ok_or_else(|| A::Error::missing_field("NextCursor"))?,
            total_count: total_count_slot
                .ok_or_else(|| A::Error::missing_field("TotalCount"))?,
        })
    }
}

/// 黑名单用户详细信息
///
/// One user of a black list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BlackListDetail {
    /// 黑名单用户 ID
    ///
    /// Example: `10003`.
    pub black_list_user_id: i64,
    /// 黑名单用户扩展字段
    pub black_list_user_ext: Option<BTreeMap<String, String>>,
    /// 加入黑名单的时间
    ///
    /// When the user was added.
    ///
    /// Unit: milliseconds.
    pub create_time: i64,
    /// 黑名单更新时间
    ///
    /// When the entry was last updated.
    ///
    /// Unit: milliseconds.
    pub modify_time: i64,
    /// 好友信息。若黑名单用户并不是查询用户好友则不返回此字段。
    ///
    /// The friendship, when the blocked user is also a friend; absent otherwise.
    pub friend_user_info: Option<FriendDetail>,
}

impl serde::Serialize for BlackListDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "BlackListDetail",
                3 + usize::from(self.black_list_user_ext.is_some())
                    + usize::from(self.friend_user_info.is_some()),
            )?;
        object.serialize_field("BlackListUserId", &self.black_list_user_id)?;
        encode::optional(&mut object, "BlackListUserExt", &self.black_list_user_ext)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.serialize_field("ModifyTime", &self.modify_time)?;
        encode::optional(&mut object, "FriendUserInfo", &self.friend_user_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for BlackListDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for BlackListDetail {
    const NAME: &'static str = "BlackListDetail";

    fn field(key: &str) -> usize {
        match key {
            "BlackListUserId" => 0,
            "BlackListUserExt" => 1,
            "CreateTime" => 2,
            "ModifyTime" => 3,
            "FriendUserInfo" => 4,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut black_list_user_id_slot: Option<i64> = None;
        let mut black_list_user_ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut create_time_slot: Option<i64> = None;
        let mut modify_time_slot: Option<i64> = None;
        let mut friend_user_info_slot: Option<Option<FriendDetail>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut black_list_user_id_slot,
                        "BlackListUserId",
                        &mut map,
                    )?
                }
                1 => {
                    decode::once(
                        &mut black_list_user_ext_slot,
                        "BlackListUserExt",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                3 => decode::once(&mut modify_time_slot, "ModifyTime", &mut map)?,
                4 => {
                    decode::once(&mut friend_user_info_slot, "FriendUserInfo", &mut map)?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(BlackListDetail {
            black_list_user_id: black_list_user_id_slot
                .ok_or_else(|| A::Error::missing_field("BlackListUserId"))?,
            black_list_user_ext: black_list_user_ext_slot.flatten(),
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
            modify_time: modify_time_slot
                .ok_or_else(|| A::Error::missing_field("ModifyTime"))?,
            friend_user_info: friend_user_info_slot.flatten(),
        })
    }
}
