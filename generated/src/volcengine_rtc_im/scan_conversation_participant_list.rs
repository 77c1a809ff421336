// Code generated from spec/volcengine-rtc-im/scan_conversation_participant_list.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ScanConversationParticipantList`: 你可以使用此接口分批扫描群中成员的详细信息。
//!
//! 你可以调用ScanConversationParticipantList接口，指定你所属的AppId、会话 ID，查询起始位置和人数，分批扫描群中成员的详细信息。
//!
//! 若只查询群成员的 UserId，单次最多可查询 50 人；若需查询群成员详细信息，单次最多可查询 20 人。
//!
//! Scans the members of a group a batch at a time: give the `AppId`, the conversation, where to start (`Cursor`) and how many (`Limit`): at most 50 when only UserIds are asked for (`OnlyUserIds`), otherwise at most 20. Send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
//!
//! - HTTP: `POST /?Action=ScanConversationParticipantList&Version=2020-12-01`
//! - Request: [`ScanConversationParticipantListRequest`]; response payload: [`ScanConversationParticipantListResponse`]
//! - Rate limit: 100 requests per second
//! - Applies to conversation type: `group`, `live group` only
//! - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
//! - Source: 分批扫描群聊中的成员详细信息 ScanConversationParticipantList, <https://www.volcengine.com/docs/6348/336993>
//! - Also from: volc-sdk-golang service/im model (ScanConversationParticipantListBody), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//!
//! # Rules the server enforces
//!
//! - `Limit` may be at most 20 unless `OnlyUserIds` is true (then at most 50). (error `InvalidParam`)
//! - The conversation must exist. (error `ConversationNotFound`)
//! - One-to-one conversations are not scanned. (error `SingleConversationNotSupport`)
//! - In a live group without `ScanOnlineParticipant`, only the owner and the managers are returned; with it, the online members, newest first.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `ConversationNotFound` | 会话不存在 |
//! | `SingleConversationNotSupport` | 单聊会话不允许调此接口 |
//!
//! # Notes on the source document
//!
//! - The request table's "required" column is blank in the copy that could be read; no request or response example, and only the heading of the `Participant` table, could be read. — *Resolved:* Required-ness follows Volcengine's Go SDK model of the API (`AppId`, `ConversationShortId`, `Cursor`, `Limit` required); members are the service's `Participant`.
//! - `Cursor` is Long but `NextCursor` Integer (int32 in the Go SDK), and `Limit` is Long in the table but Integer in the Java SDK. — *Resolved:* `Cursor` and `NextCursor` are both i64 (the next position is sent back as the cursor); `Limit` is i64.
//! - The page says a negative `NextCursor` means no more members, without saying how it relates to `HasMore`. — *Resolved:* The pager ends on `HasMore` false; the emulator answers -1 with `HasMore` false on the last batch.
//! - The per-call maximum depends on `OnlyUserIds` (50 or 20) and is stated only in prose; what the server does above it is not stated. — *Resolved:* `Limit` is 1 to 50 in the constraints; 20 without `OnlyUserIds` is a server rule answered with `InvalidParam`.
//! - The page's title is 分批扫描群聊中的成员详细信息 ("scan a group's members in batches"), and it does not say whether one-to-one conversations are accepted. — *Resolved:* It applies to group and live group conversations; the emulator answers a one-to-one conversation with `SingleConversationNotSupport` from the error-code page.

use imapi_runtime::{
    BodyFormat, Operation, OperationShape, PageFields, PageStep, PageStyle, Paginated,
    RateLimit, decode, encode,
};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{Participant, SPEC, VolcengineRtcIm};

/// `ScanConversationParticipantList` as a type: it ties [`ScanConversationParticipantListRequest`] and [`ScanConversationParticipantListResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ScanConversationParticipantList>`) and servers (`route::<ScanConversationParticipantList>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ScanConversationParticipantList;

impl OperationShape for ScanConversationParticipantList {
    type Service = VolcengineRtcIm;
    type Input = ScanConversationParticipantListRequest;
    type Output = ScanConversationParticipantListResponse;
    const OP: Operation = Operation {
        name: "ScanConversationParticipantList",
        service: &SPEC,
        path: "/",
        action: Some("ScanConversationParticipantList"),
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

    fn app_id(input: &ScanConversationParticipantListRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }
}

/// Walking `ScanConversationParticipantList` page by page: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
impl Paginated for ScanConversationParticipantList {
    fn next_page(
        request: &ScanConversationParticipantListRequest,
        response: &ScanConversationParticipantListResponse,
    ) -> PageStep<ScanConversationParticipantListRequest> {
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

/// The request body of `ScanConversationParticipantList`.
///
/// The request of [`ScanConversationParticipantList`](self): 你可以使用此接口分批扫描群中成员的详细信息。
///
/// - HTTP: `POST /?Action=ScanConversationParticipantList&Version=2020-12-01`
/// - Request: [`ScanConversationParticipantListRequest`]; response payload: [`ScanConversationParticipantListResponse`]
/// - Rate limit: 100 requests per second
/// - Applies to conversation type: `group`, `live group` only
/// - Pages: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size.
/// - Source: 分批扫描群聊中的成员详细信息 ScanConversationParticipantList, <https://www.volcengine.com/docs/6348/336993>
/// - Also from: volc-sdk-golang service/im model (ScanConversationParticipantListBody), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScanConversationParticipantListRequest {
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
    /// Where the batch starts; the previous batch's `NextCursor`.
    ///
    /// Example: `0`. The document calls the type `Long`.
    pub cursor: i64,
    /// 查询人数
    ///
    /// How many members per batch: at most 50 with `OnlyUserIds`, otherwise at most 20.
    ///
    /// Example: `2`. Limits: between 1 and 50. The document calls the type `Long`.
    pub limit: i64,
    /// 按照进群的时间正序或逆序查询。
    /// - false：正序。
    /// - true：逆序。
    ///
    /// Order by the time members joined: false oldest first, true newest first.
    ///
    /// Default when absent: `false`. Example: `false`. The document calls the type `Boolean`.
    pub reverse: Option<bool>,
    /// 是否只查询群成员 `UserId`。
    /// - true：是。
    /// - false：否。
    ///
    /// Whether only the members' UserIds are asked for.
    ///
    /// Default when absent: `false`. Example: `false`. The document calls the type `Boolean`.
    pub only_user_ids: Option<bool>,
    /// 直播群专用字段。是否需要获得直播群在线成员列表。
    /// - true：是：拉取直播群在线成员列表（包含群主和管理员，只要在线就会返回，非直播群不会返回任何数据）。
    /// - false：否：拉取成员列表（非直播群），拉取群主管理员（直播群）。
    ///
    /// 当此字段设置 true 时，`Reverse` 和 `OnlyUserIds` 字段均会失效，该接口按成员进入直播群时间逆序返回在线成员列表。
    ///
    /// Live groups only. true: the live group's online members (owner and managers included when online; other groups return nothing), newest first, with `Reverse` and `OnlyUserIds` ignored. false: the members (other groups), or the owner and managers (live groups).
    ///
    /// Default when absent: `false`. Example: `false`. The document calls the type `Boolean`.
    pub scan_online_participant: Option<bool>,
    /// 标记类型。仅支持查询具有该标记的在线成员。
    ///
    /// A mark; only online members with this mark are returned.
    ///
    /// Example: `"Mark1"`. Source: volc-sdk-golang service/im model (ScanConversationParticipantListBody), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>. The document calls the type `String`.
    pub mark_type: Option<String>,
}

impl ScanConversationParticipantListRequest {
    /// A value with the required `AppId`, `ConversationShortId`, `Cursor`, `Limit`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_short_id: i64,
        cursor: i64,
        limit: i64,
    ) -> Self {
        ScanConversationParticipantListRequest {
            app_id,
            conversation_short_id,
            cursor,
            limit,
            reverse: None,
            only_user_ids: None,
            scan_online_participant: None,
            mark_type: None,
        }
    }

    /// Sets `Reverse`.
    pub fn with_reverse(mut self, reverse: bool) -> Self {
        self.reverse = Some(reverse);
        self
    }

    /// Sets `OnlyUserIds`.
    pub fn with_only_user_ids(mut self, only_user_ids: bool) -> Self {
        self.only_user_ids = Some(only_user_ids);
        self
    }

    /// Sets `ScanOnlineParticipant`.
    pub fn with_scan_online_participant(
        mut self,
        scan_online_participant: bool,
    ) -> Self {
        self.scan_online_participant = Some(scan_online_participant);
        self
    }

    /// Sets `MarkType`.
    pub fn with_mark_type(mut self, mark_type: impl Into<String>) -> Self {
        self.mark_type = Some(mark_type.into());
        self
    }

    /// `Reverse` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn reverse_or_default(&self) -> bool {
        self.reverse.unwrap_or(false)
    }

    /// `OnlyUserIds` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn only_user_ids_or_default(&self) -> bool {
        self.only_user_ids.unwrap_or(false)
    }

    /// `ScanOnlineParticipant` as the server reads it: the value sent, or the documented default `false` when absent.
    pub fn scan_online_participant_or_default(&self) -> bool {
        self.scan_online_participant.unwrap_or(false)
    }
}

impl serde::Serialize for ScanConversationParticipantListRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ScanConversationParticipantListRequest",
                4 + usize::from(self.reverse.is_some())
                    + usize::from(self.only_user_ids.is_some())
                    + usize::from(self.scan_online_participant.is_some())
                    + usize::from(self.mark_type.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("Cursor", &self.cursor)?;
        object.serialize_field("Limit", &self.limit)?;
        encode::optional(&mut object, "Reverse", &self.reverse)?;
        encode::optional(&mut object, "OnlyUserIds", &self.only_user_ids)?;
        encode::optional(
            &mut object,
            "ScanOnlineParticipant",
            &self.scan_online_participant,
        )?;
        encode::optional(&mut object, "MarkType", &self.mark_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ScanConversationParticipantListRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ScanConversationParticipantListRequest {
    const NAME: &'static str = "ScanConversationParticipantListRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "Cursor" => 2,
            "Limit" => 3,
            "Reverse" => 4,
            "OnlyUserIds" => 5,
            "ScanOnlineParticipant" => 6,
            "MarkType" => 7,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut cursor_slot: Option<i64> = None;
        let mut limit_slot: Option<i64> = None;
        let mut reverse_slot: Option<Option<bool>> = None;
        let mut only_user_ids_slot: Option<Option<bool>> = None;
        let mut scan_online_participant_slot: Option<Option<bool>> = None;
        let mut mark_type_slot: Option<Option<String>> = None;
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
                5 => decode::once(&mut only_user_ids_slot, "OnlyUserIds", &mut map)?,
                6 => {
                    decode::once(
                        &mut scan_online_participant_slot,
                        "ScanOnlineParticipant",
                        &mut map,
                    )?
                }
                7 => decode::once(&mut mark_type_slot, "MarkType", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ScanConversationParticipantListRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            cursor: cursor_slot.ok_or_else(|| A::Error::missing_field("Cursor"))?,
            limit: limit_slot.ok_or_else(|| A::Error::missing_field("Limit"))?,
            reverse: reverse_slot.flatten(),
            only_user_ids: only_user_ids_slot.flatten(),
            scan_online_participant: scan_online_participant_slot.flatten(),
            mark_type: mark_type_slot.flatten(),
        })
    }
}

impl Validate for ScanConversationParticipantListRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.limit;
            path.push(Segment::Field("Limit"));
            validate::number(
                *value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1)),
                    maximum: Some(validate::Number::Int(50)),
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
/// The payload of a successful [`ScanConversationParticipantList`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScanConversationParticipantListResponse {
    /// 群成员详细信息
    ///
    /// The batch's members.
    ///
    /// The document calls the type `Array of Participant`.
    pub participants: Vec<Participant>,
    /// 是否还有下一页
    ///
    /// Whether more batches follow.
    ///
    /// Example: `true`. The document calls the type `Boolean`.
    pub has_more: bool,
    /// 下一页起始位置。为负时表示后续没有成员数据
    ///
    /// Where the next batch starts; negative when no members follow.
    ///
    /// Example: `2`. The document calls the type `Integer`.
    pub next_cursor: i64,
}

impl serde::Serialize for ScanConversationParticipantListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("ScanConversationParticipantListResponse", 3)?;
        object.serialize_field("Participants", &self.participants)?;
        object.serialize_field("HasMore", &self.has_more)?;
        object.serialize_field("NextCursor", &self.next_cursor)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ScanConversationParticipantListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ScanConversationParticipantListResponse {
    const NAME: &'static str = "ScanConversationParticipantListResponse";

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
        let mut participants_slot: Option<Vec<Participant>> = None;
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
        Ok(ScanConversationParticipantListResponse {
            participants: participants_slot
                .ok_or_else(|| A::Error::missing_field("Participants"))?,
            has_more: has_more_slot.ok_or_else(|| A::Error::missing_field("HasMore"))?,
            next_cursor: next_cursor_slot
                .ok_or_else(|| A::Error::missing_field("NextCursor"))?,
        })
    }
}
