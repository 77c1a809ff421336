// Code generated from spec/tencent-chat/get_appid_group_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `GetAppidGroupList`: App 管理员可以通过该接口获取 App 中所有群组的 ID。
//!
//! App 管理员可以通过该接口获取 App 中所有群组的 ID。
//!
//! 如果 App 中的总群数量超过10000个，最多只会返回10000个群组 ID（如果需要完整获取，必须使用分页拉取的形式）。
//! 可以使用 Limit 和 Next 两个值用于控制分页拉取：Limit 限制回包中 GroupIdList 中群组的个数，不得超过10000；Next 控制分页，对于分页请求，第一次填0，后面的请求填上一次返回的 Next 字段，当返回的 Next 为0，代表所有的群都已拉取到。Limit 或者 Next 的取值不会对应答包体中的 TotalCount 造成影响。
//!
//! Lists the IDs of the app's groups, for app administrators. Without `Limit` at most 10,000 IDs come back; to list them all, page with `Limit` and `Next` (0 first, then the `Next` the previous page answered, until it answers 0). `GroupType` keeps one type of group, and `TotalCount` then counts that type only; paging never changes it.
//!
//! - HTTP: `POST /v4/group_open_http_svc/get_appid_group_list`
//! - Request: [`GetAppidGroupListRequest`]; response payload: [`GetAppidGroupListResponse`]
//! - Rate limit: 1 requests per second
//! - Pages: `Next` is a cursor from the previous page's `Next`; the items are in `GroupIdList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size.
//! - Source: 获取 App 中的所有群组, <https://cloud.tencent.com/document/product/269/1614>
//!
//! # Rules the server enforces
//!
//! - 此 API 只有 App 管理员才可以调用。 (error `10007`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10002` | 服务器内部错误，请重试 |
//! | `10004` | 参数错误，请根据错误信息检查请求参数是否正确，例如`GroupType` |
//! | `10007` | 操作权限不足，此 API 只有 App 管理员才可以调用 |
//! | `10018` | 应答包长度超过最大包长（1MB），请求的内容过多，请尝试减少单次请求的数据量 |
//!
//! # Notes on the source document
//!
//! - The request and response tables type `Next` as Integer, which the project reads as 32 bits, but the response example answers `Next` 4454685361, past 2^31. — *Resolved:* `Next` is an i64 in the request and the response.
//! - The response table has no required column, and the `TotalCount` description speaks of `Offset`, a field this API does not have (it pages by `Next`). — *Resolved:* `TotalCount`, `GroupIdList` and `Next` are required, as every answer of the page's examples has them; `Offset` is read as `Next`.
//! - The items of `GroupIdList` have no table; the example shows objects with one key, `GroupId`. The group types are listed in prose only, and the page's call frequency is one call a second. — *Resolved:* The items are `GroupIdItem` with a required `GroupId`; `GroupType` is the shared enum `GroupType` (types/group_type.yaml), open to types the page does not list; `rate_limit` is 1 a second as the page says.
//! - Two of the page's request examples carry `//` comments, which JSON does not allow. — *Resolved:* The comments are dropped from the examples.

use imapi_runtime::{
    BodyFormat, ErrorRole, Operation, OperationShape, PageFields, PageStep, PageStyle,
    Paginated, RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{GroupType, SPEC, TencentChat, errors};

/// `GetAppidGroupList` as a type: it ties [`GetAppidGroupListRequest`] and [`GetAppidGroupListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<GetAppidGroupList>`) and servers (`route::<GetAppidGroupList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GetAppidGroupList;

impl OperationShape for GetAppidGroupList {
    type Service = TencentChat;
    type Input = GetAppidGroupListRequest;
    type Output = GetAppidGroupListResponse;
    const OP: Operation = Operation {
        name: "GetAppidGroupList",
        service: &SPEC,
        path: "/v4/group_open_http_svc/get_appid_group_list",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 1,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[
            (ErrorRole::Internal, errors::E10002),
            (ErrorRole::InvalidParameter, errors::E10004),
        ],
        class_limits: &[],
        pagination: &[
            PageFields {
                style: PageStyle::Cursor,
                when: None,
                request_field: "Next",
                response_field: Some("Next"),
                next_from_item: None,
                items: "GroupIdList",
            },
        ],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// Walking `GetAppidGroupList` page by page: `Next` is a cursor from the previous page's `Next`; the items are in `GroupIdList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size.
impl Paginated for GetAppidGroupList {
    fn next_page(
        request: &GetAppidGroupListRequest,
        response: &GetAppidGroupListResponse,
    ) -> PageStep<GetAppidGroupListRequest> {
        if response.group_id_list.is_empty() {
            return PageStep::Done;
        }
        let next = response.next;
        if next == 0 {
            return PageStep::Done;
        }
        if request.next.as_ref() == Some(&next) {
            return PageStep::Stalled("Next");
        }
        let mut following = request.clone();
        following.next = Some(next);
        PageStep::Next(following)
    }
}

/// The request body of `GetAppidGroupList`.
///
/// The request of [`GetAppidGroupList`](self): App 管理员可以通过该接口获取 App 中所有群组的 ID。
///
/// - HTTP: `POST /v4/group_open_http_svc/get_appid_group_list`
/// - Request: [`GetAppidGroupListRequest`]; response payload: [`GetAppidGroupListResponse`]
/// - Rate limit: 1 requests per second
/// - Pages: `Next` is a cursor from the previous page's `Next`; the items are in `GroupIdList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size.
/// - Source: 获取 App 中的所有群组, <https://cloud.tencent.com/document/product/269/1614>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAppidGroupListRequest {
    /// 本次获取的群组 ID 数量的上限，不得超过 10000。如果不填，默认为最大值 10000
    ///
    /// The most group IDs this page holds; 10,000 (the largest) when not given.
    ///
    /// Default when absent: `10000`. Example: `1000`. Limits: between 1 and 10000. The document calls the type `Integer`.
    pub limit: Option<i32>,
    /// 群太多时分页拉取标志，第一次填0，以后填上一次返回的值，返回的 Next 为0代表拉完了
    ///
    /// Where the page starts: 0 for the first, then the `Next` the previous page answered.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Integer`.
    pub next: Option<i64>,
    /// 如果仅需要返回特定群组形态的群组，可以通过 GroupType 进行过滤，但此时返回的 TotalCount 的含义就变成了 App 中属于该群组形态的群组总数。不填为获取所有类型的群组。
    ///
    /// Lists only groups of this type (and `TotalCount` counts only them); all types when not given.
    ///
    /// Example: `"Public"`. The document calls the type `String`.
    pub group_type: Option<GroupType>,
}

impl GetAppidGroupListRequest {
    /// Sets `Limit`.
    pub fn with_limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `Next`.
    pub fn with_next(mut self, next: i64) -> Self {
        self.next = Some(next);
        self
    }

    /// Sets `GroupType`.
    pub fn with_group_type(mut self, group_type: GroupType) -> Self {
        self.group_type = Some(group_type);
        self
    }

    /// `Limit` as the server reads it: the value sent, or the documented default `10000` when absent.
    pub fn limit_or_default(&self) -> i32 {
        self.limit.unwrap_or(10000)
    }

    /// `Next` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn next_or_default(&self) -> i64 {
        self.next.unwrap_or(0)
    }
}

impl serde::Serialize for GetAppidGroupListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "GetAppidGroupListRequest",
                usize::from(self.limit.is_some()) + usize::from(self.next.is_some())
                    + usize::from(self.group_type.is_some()),
            )?;
        encode::optional(&mut object, "Limit", &self.limit)?;
        encode::optional(&mut object, "Next", &self.next)?;
        encode::optional(&mut object, "GroupType", &self.group_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetAppidGroupListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetAppidGroupListRequest {
    const NAME: &'static str = "GetAppidGroupListRequest";

    fn field(key: &str) -> usize {
        match key {
            "Limit" => 0,
            "Next" => 1,
            "GroupType" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut limit_slot: Option<Option<i32>> = None;
        let mut next_slot: Option<Option<i64>> = None;
        let mut group_type_slot: Option<Option<GroupType>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut limit_slot, "Limit", &mut map)?,
                1 => decode::once(&mut next_slot, "Next", &mut map)?,
                2 => decode::once(&mut group_type_slot, "GroupType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetAppidGroupListRequest {
            limit: limit_slot.flatten(),
            next: next_slot.flatten(),
            group_type: group_type_slot.flatten(),
        })
    }
}

impl Validate for GetAppidGroupListRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.limit {
            path.push(Segment::Field("Limit"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(10000)),
                    also_allowed: &[],
                },
                path,
                out,
            );
            path.pop();
        }
        if let Some(value) = &self.group_type {
            path.push(Segment::Field("GroupType"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The response payload of `GetAppidGroupList`.
///
/// The payload of a successful [`GetAppidGroupList`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAppidGroupListResponse {
    /// App 当前的群组总数。如果仅需要返回特定群组形态的群组，可以通过 GroupType 进行过滤，但此时返回的 TotalCount 的含义就变成了 App 中该群组形态的群组总数
    ///
    /// How many groups the app has (of `GroupType`, when the request gives one), whatever `Limit` and `Next` are.
    ///
    /// Example: `2`. The document calls the type `Integer`.
    pub total_count: i32,
    /// 获取到的群组 ID 的集合
    ///
    /// The group IDs of this page.
    ///
    /// The document calls the type `Array`.
    pub group_id_list: Vec<GroupIdItem>,
    /// 分页拉取的标志
    ///
    /// Where the next page starts; 0 when this page is the last.
    ///
    /// Example: `4454685361`. The document calls the type `Integer`.
    pub next: i64,
}

impl serde::Serialize for GetAppidGroupListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GetAppidGroupListResponse", 3)?;
        object.serialize_field("TotalCount", &self.total_count)?;
        object.serialize_field("GroupIdList", &self.group_id_list)?;
        object.serialize_field("Next", &self.next)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetAppidGroupListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GetAppidGroupListResponse {
    const NAME: &'static str = "GetAppidGroupListResponse";

    fn field(key: &str) -> usize {
        match key {
            "TotalCount" => 0,
            "GroupIdList" => 1,
            "Next" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut total_count_slot: Option<i32> = None;
        let mut group_id_list_slot: Option<Vec<GroupIdItem>> = None;
        let mut next_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut total_count_slot, "TotalCount", &mut map)?,
                1 => decode::once(&mut group_id_list_slot, "GroupIdList", &mut map)?,
                2 => decode::once(&mut next_slot, "Next", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GetAppidGroupListResponse {
            total_count: total_count_slot
                .ok_or_else(|| A::Error::missing_field("TotalCount"))?,
            group_id_list: group_id_list_slot
                .ok_or_else(|| A::Error::missing_field("GroupIdList"))?,
            next: next_slot.ok_or_else(|| A::Error::missing_field("Next"))?,
        })
    }
}

/// 获取到的群组 ID
///
/// One group of the list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupIdItem {
    /// 群组 ID
    ///
    /// The group's ID.
    ///
    /// Example: `"@TGS#2J4SZEAEL"`.
    pub group_id: String,
}

impl serde::Serialize for GroupIdItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("GroupIdItem", 1)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for GroupIdItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for GroupIdItem {
    const NAME: &'static str = "GroupIdItem";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(GroupIdItem {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
        })
    }
}
