// Code generated from spec/volcengine-rtc-im/create_conversation.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `CreateConversation`: 你可以使用此接口创建会话。
//!
//! 你可以调用CreateConversation接口，指定你所属的AppId、会话成员 ID 和会话详细信息进行创建会话。
//!
//! 请谨慎传入IdempotentId幂等Id，单聊如果不传幂等Id，IM服务端内部会根据双方的UserId拼接做为幂等Id，最终的效果就是双方只能创建一个单聊，如果创建时指定了幂等Id，IM服务端会优先以传入的为准，如果创建单聊时传入的幂等Id跟之前的单聊不一致，可能会出现双方创建多个单聊的情况。群聊如果不传幂等Id，IM服务端会使用一个不重复随机数作为幂等Id。
//!
//! Creates a conversation (one-to-one, group or live group) given the `AppId`, its owner and its details. `IdempotentId` makes creation idempotent: a second call with the same id creates nothing and answers the existing conversation with `Exist` true. Without it, a one-to-one conversation is keyed by its two members' UserIds (so two users have one such conversation), and a group by a fresh random id (so every call creates one).
//!
//! - HTTP: `POST /?Action=CreateConversation&Version=2020-12-01`
//! - Request: [`CreateConversationRequest`]; response payload: [`CreateConversationResponse`]
//! - Rate limit: 50 requests per second
//! - Idempotent when `IdempotentId` is sent: the server drops a repeat that carries the same value, so clients retry such a call whose outcome is unknown
//! - Source: 创建会话 CreateConversation, <https://www.volcengine.com/docs/6348/337013>
//! - Also from: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
//! - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
//!
//! # Rules the server enforces
//!
//! - A conversation already created with the request's `IdempotentId` is not created again: the answer is that conversation, with `Exist` true.
//! - Without `IdempotentId`, a one-to-one conversation's idempotency id is made of its two members' UserIds (two users have one such conversation), and a group's is a fresh random value (every call creates one).
//! - A user may belong to a limited number of conversations. (error `MoreThanUserConversationLimit`)
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `CreateSingleConversationNeedOtherParticipantId` | A one-to-one conversation needs `OtherUserId` (the IM error codes page's meaning). |
//! | `MoreThanUserConversationLimit` | The user's limit of conversations is exceeded (the IM error codes page's meaning). |
//!
//! # Notes on the source document
//!
//! - Only the page's opening, its request table and the first three rows of the `ConversationCoreInfo` table could be read: not the rest of that table, the response table, or the request and response examples. — *Resolved:* `ConversationCoreInfo.Notice`, `Ext` and `ConversationType` and the whole response follow Volcengine's Go SDK model of this API (generated from the same document), each marked `from: go-sdk`; the example is made of the table's example values.
//! - The page describes `OwnerUserId` as "会话成员 UserId" (a member's UserId); the Go SDK as "群主 UserId" (the owner's). — *Resolved:* The description keeps the page's words; the gloss says the user becomes the owner, as the SDK says and as the other conversation APIs (`OwnerUserId` of `ConversationInfo`) show.
//! - The page's `IdempotentId` row is cut short ("…接口返回的Exist字段为"); the Go SDK's comment ends "…Exist字段为true。". — *Resolved:* The description is the SDK's full sentence.
//! - `OtherUserId` is "创建单聊必填" (required for a one-to-one conversation), and the IM error codes page has `CreateSingleConversationNeedOtherParticipantId` for a one-to-one conversation without it. — *Resolved:* A `required_when` on `OtherUserId` when `ConversationCoreInfo.ConversationType` is 1, with that code: `validate()` refuses the request before it is sent, and servers answer the code.
//! - The answer's `ConversationInfo.ConversationType` lists only 1 (单聊) and 2 (群聊), while the request may create a live group (100), and the service's `ConversationType` has all three. — *Resolved:* The field takes the service's `ConversationType` with `values: [1, 2]`, as the document lists them: the docs and the OpenAPI export say so, and since the generated types hold every value of the shared enum, an answer about a live group (100) still decodes.
//! - The Go SDK types this answer's `ConversationInfo` apart from `GetUserConversations`' (no `ConversationId`; owner, creator and times optional). — *Resolved:* It is a type of its own, `NewConversationInfo`, as the SDK has it, so an answer without the fields `ConversationInfo` requires still decodes.
//! - The IM error codes page gives codes and meanings only, without saying which API answers which. — *Resolved:* The two codes whose meaning is about creating a conversation are listed here, described by their meanings on that page.

use imapi_runtime::{BodyFormat, Operation, OperationShape, RateLimit, decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;
use std::time::Duration;
use super::{ConversationStatus, ConversationType, SPEC, VolcengineRtcIm, errors};

/// `CreateConversation` as a type: it ties [`CreateConversationRequest`] and [`CreateConversationResponse`] to the operation's binding, rate limit and errors, for clients (`call::<CreateConversation>`) and servers (`route::<CreateConversation>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CreateConversation;

impl OperationShape for CreateConversation {
    type Service = VolcengineRtcIm;
    type Input = CreateConversationRequest;
    type Output = CreateConversationResponse;
    const OP: Operation = Operation {
        name: "CreateConversation",
        service: &SPEC,
        path: "/",
        action: Some("CreateConversation"),
        rate_limit: Some(RateLimit {
            requests: 50,
            per: Duration::from_secs(1),
        }),
        idempotent: false,
        errors: &[],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };

    fn app_id(input: &CreateConversationRequest) -> Option<i64> {
        Some(i64::from(input.app_id))
    }

    fn idempotent(input: &CreateConversationRequest) -> bool {
        input.idempotent_id.is_some()
    }
}

/// The request body of `CreateConversation`.
///
/// The request of [`CreateConversation`](self): 你可以使用此接口创建会话。
///
/// - HTTP: `POST /?Action=CreateConversation&Version=2020-12-01`
/// - Request: [`CreateConversationRequest`]; response payload: [`CreateConversationResponse`]
/// - Rate limit: 50 requests per second
/// - Idempotent when `IdempotentId` is sent: the server drops a repeat that carries the same value, so clients retry such a call whose outcome is unknown
/// - Source: 创建会话 CreateConversation, <https://www.volcengine.com/docs/6348/337013>
/// - Also from: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>
/// - Also from: 公共错误码 (IM business error codes), <https://www.volcengine.com/docs/6348/412253>
///
/// `OtherUserId` is required when `ConversationCoreInfo.ConversationType` is `1` (else error `CreateSingleConversationNeedOtherParticipantId`).
///
/// A dotted name is a wire path into the objects this one holds: when an object on the way is absent, so is the field.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateConversationRequest {
    /// 应用的唯一标志
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub app_id: i32,
    /// 信箱，用做逻辑隔离 默认值为 0
    ///
    /// The inbox, a logical partition of the app's conversations; 0 by default.
    ///
    /// Default when absent: `0`. Example: `0`. The document calls the type `Integer`.
    pub inbox_type: Option<i32>,
    /// 会话详细信息
    ///
    /// The conversation's type and details.
    ///
    /// The document calls the type `Object of ConversationCoreInfo`.
    pub conversation_core_info: ConversationCoreInfo,
    /// 会话成员 UserId
    ///
    /// The member who creates the conversation and owns it (the SDK calls it 群主 UserId).
    ///
    /// Example: `10001`. The document calls the type `Long`.
    pub owner_user_id: i64,
    /// 另一个成员的 UserId, 创建单聊必填
    ///
    /// The other member of a one-to-one conversation; required for one.
    ///
    /// Example: `10002`. The document calls the type `Long`.
    pub other_user_id: Option<i64>,
    /// 幂等id，如果创建时指定了此字段，并且数据库中存在此 id 对应的会话，则不会重复创建，并且接口返回的Exist字段为true。
    ///
    /// An idempotency id: when a conversation was already created with it, none is created and the answer's `Exist` is true.
    ///
    /// The document calls the type `String`.
    pub idempotent_id: Option<String>,
}

impl CreateConversationRequest {
    /// A value with the required `AppId`, `ConversationCoreInfo`, `OwnerUserId`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        app_id: i32,
        conversation_core_info: ConversationCoreInfo,
        owner_user_id: i64,
    ) -> Self {
        CreateConversationRequest {
            app_id,
            inbox_type: None,
            conversation_core_info,
            owner_user_id,
            other_user_id: None,
            idempotent_id: None,
        }
    }

    /// Sets `InboxType`.
    pub fn with_inbox_type(mut self, inbox_type: i32) -> Self {
        self.inbox_type = Some(inbox_type);
        self
    }

    /// Sets `OtherUserId`.
    pub fn with_other_user_id(mut self, other_user_id: i64) -> Self {
        self.other_user_id = Some(other_user_id);
        self
    }

    /// Sets `IdempotentId`.
    pub fn with_idempotent_id(mut self, idempotent_id: impl Into<String>) -> Self {
        self.idempotent_id = Some(idempotent_id.into());
        self
    }

    /// `InboxType` as the server reads it: the value sent, or the documented default `0` when absent.
    pub fn inbox_type_or_default(&self) -> i32 {
        self.inbox_type.unwrap_or(0)
    }
}

impl serde::Serialize for CreateConversationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "CreateConversationRequest",
                3 + usize::from(self.inbox_type.is_some())
                    + usize::from(self.other_user_id.is_some())
                    + usize::from(self.idempotent_id.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        encode::optional(&mut object, "InboxType", &self.inbox_type)?;
        object.serialize_field("ConversationCoreInfo", &self.conversation_core_info)?;
        object.serialize_field("OwnerUserId", &self.owner_user_id)?;
        encode::optional(&mut object, "OtherUserId", &self.other_user_id)?;
        encode::optional(&mut object, "IdempotentId", &self.idempotent_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateConversationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for CreateConversationRequest {
    const NAME: &'static str = "CreateConversationRequest";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "InboxType" => 1,
            "ConversationCoreInfo" => 2,
            "OwnerUserId" => 3,
            "OtherUserId" => 4,
            "IdempotentId" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut inbox_type_slot: Option<Option<i32>> = None;
        let mut conversation_core_info_slot: Option<ConversationCoreInfo> = None;
        let mut owner_user_id_slot: Option<i64> = None;
        let mut other_user_id_slot: Option<Option<i64>> = None;
        let mut idempotent_id_slot: Option<Option<String>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                1 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                2 => {
                    decode::once(
                        &mut conversation_core_info_slot,
                        "ConversationCoreInfo",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut owner_user_id_slot, "OwnerUserId", &mut map)?,
                4 => decode::once(&mut other_user_id_slot, "OtherUserId", &mut map)?,
                5 => decode::once(&mut idempotent_id_slot, "IdempotentId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(CreateConversationRequest {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            inbox_type: inbox_type_slot.flatten(),
            conversation_core_info: conversation_core_info_slot
                .ok_or_else(|| A::Error::missing_field("ConversationCoreInfo"))?,
            owner_user_id: owner_user_id_slot
                .ok_or_else(|| A::Error::missing_field("OwnerUserId"))?,
            other_user_id: other_user_id_slot.flatten(),
            idempotent_id: idempotent_id_slot.flatten(),
        })
    }
}

impl Validate for CreateConversationRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if self.conversation_core_info.conversation_type.value() == 1 {
            out.coded(
                errors::CREATE_SINGLE_CONVERSATION_NEED_OTHER_PARTICIPANT_ID,
                |out| {
                    validate::required_when(
                        self.other_user_id.is_some(),
                        "OtherUserId",
                        "ConversationCoreInfo.ConversationType is 1",
                        path,
                        out,
                    );
                },
            );
        }
        {
            let value = &self.conversation_core_info;
            path.push(Segment::Field("ConversationCoreInfo"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// `Result` 的结构。
///
/// The payload of a successful [`CreateConversation`](self) call: the `Result` object of the response.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateConversationResponse {
    /// 会话 ID
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>. The document calls the type `int64`.
    pub conversation_short_id: i64,
    /// 会话详细信息
    ///
    /// The conversation's details, as created or as found.
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_info: NewConversationInfo,
    /// 会话是否存在
    ///
    /// Whether the conversation existed already (same `IdempotentId`), so none was created.
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub exist: bool,
}

impl serde::Serialize for CreateConversationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("CreateConversationResponse", 3)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ConversationInfo", &self.conversation_info)?;
        object.serialize_field("Exist", &self.exist)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateConversationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for CreateConversationResponse {
    const NAME: &'static str = "CreateConversationResponse";

    fn field(key: &str) -> usize {
        match key {
            "ConversationShortId" => 0,
            "ConversationInfo" => 1,
            "Exist" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut conversation_info_slot: Option<NewConversationInfo> = None;
        let mut exist_slot: Option<bool> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                1 => {
                    decode::once(
                        &mut conversation_info_slot,
                        "ConversationInfo",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut exist_slot, "Exist", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(CreateConversationResponse {
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            conversation_info: conversation_info_slot
                .ok_or_else(|| A::Error::missing_field("ConversationInfo"))?,
            exist: exist_slot.ok_or_else(|| A::Error::missing_field("Exist"))?,
        })
    }
}

/// 会话详细信息。
///
/// A new conversation's type and details.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationCoreInfo {
    /// 会话名称
    ///
    /// Example: `"conversation"`. The document calls the type `String`.
    pub name: Option<String>,
    /// 会话头像 url
    ///
    /// Example: `"http://xxx.com"`. The document calls the type `String`.
    pub avatar_url: Option<String>,
    /// 会话描述
    ///
    /// Example: `"Your_Description"`. The document calls the type `String`.
    pub description: Option<String>,
    /// 会话公告
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub notice: Option<String>,
    /// map 扩展字段
    ///
    /// The conversation's extension fields.
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub ext: Option<BTreeMap<String, String>>,
    /// 会话类型 1：单聊 2:群聊 100：直播群
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>. The document calls the type `int32`.
    pub conversation_type: ConversationType,
}

impl ConversationCoreInfo {
    /// A value with the required `ConversationType`; optional fields absent. The `with_…` methods set the others.
    pub fn new(conversation_type: ConversationType) -> Self {
        ConversationCoreInfo {
            name: None,
            avatar_url: None,
            description: None,
            notice: None,
            ext: None,
            conversation_type,
        }
    }

    /// Sets `Name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `AvatarUrl`.
    pub fn with_avatar_url(mut self, avatar_url: impl Into<String>) -> Self {
        self.avatar_url = Some(avatar_url.into());
        self
    }

    /// Sets `Description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets `Notice`.
    pub fn with_notice(mut self, notice: impl Into<String>) -> Self {
        self.notice = Some(notice.into());
        self
    }

    /// Sets `Ext`.
    pub fn with_ext(mut self, ext: BTreeMap<String, String>) -> Self {
        self.ext = Some(ext);
        self
    }
}

impl serde::Serialize for ConversationCoreInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ConversationCoreInfo",
                1 + usize::from(self.name.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.description.is_some())
                    + usize::from(self.notice.is_some())
                    + usize::from(self.ext.is_some()),
            )?;
        encode::optional(&mut object, "Name", &self.name)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "Description", &self.description)?;
        encode::optional(&mut object, "Notice", &self.notice)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        object.serialize_field("ConversationType", &self.conversation_type)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConversationCoreInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ConversationCoreInfo {
    const NAME: &'static str = "ConversationCoreInfo";

    fn field(key: &str) -> usize {
        match key {
            "Name" => 0,
            "AvatarUrl" => 1,
            "Description" => 2,
            "Notice" => 3,
            "Ext" => 4,
            "ConversationType" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut name_slot: Option<Option<String>> = None;
        let mut avatar_url_slot: Option<Option<String>> = None;
        let mut description_slot: Option<Option<String>> = None;
        let mut notice_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut conversation_type_slot: Option<ConversationType> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut name_slot, "Name", &mut map)?,
                1 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                2 => decode::once(&mut description_slot, "Description", &mut map)?,
                3 => decode::once(&mut notice_slot, "Notice", &mut map)?,
                4 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                5 => {
                    decode::once(
                        &mut conversation_type_slot,
                        "ConversationType",
                        &mut map,
                    )?
                }
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ConversationCoreInfo {
            name: name_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            description: description_slot.flatten(),
            notice: notice_slot.flatten(),
            ext: ext_slot.flatten(),
            conversation_type: conversation_type_slot
                .ok_or_else(|| A::Error::missing_field("ConversationType"))?,
        })
    }
}

impl Validate for ConversationCoreInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.conversation_type;
            path.push(Segment::Field("ConversationType"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// 会话详细信息。
///
/// A conversation's details as `CreateConversation` answers them.
#[derive(Debug, Clone, PartialEq)]
pub struct NewConversationInfo {
    /// 应用的唯一标志
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub app_id: i32,
    /// 会话 ID
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_short_id: i64,
    /// 会话类型。 1：单聊 2:群聊
    ///
    /// Limits: only `1` (OneToOne) or `2` (Group). Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_type: ConversationType,
    /// 信箱,用于逻辑隔离
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub inbox_type: i32,
    /// 群名
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub name: Option<String>,
    /// 群头像 url
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub avatar_url: Option<String>,
    /// 群描述
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub description: Option<String>,
    /// 群公告
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub notice: Option<String>,
    /// 会话的扩展字段。
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub ext: Option<BTreeMap<String, String>>,
    /// 群主 UserId
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub owner_user_id: Option<i64>,
    /// 创群人 UserId
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub creator_user_id: Option<i64>,
    /// 单聊另一个成员的UserId
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub other_user_id: Option<i64>,
    /// 群聊创建时间戳，单位为秒
    ///
    /// Unit: seconds. Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub create_time: Option<i64>,
    /// 修改时间戳，单位为秒
    ///
    /// Unit: seconds. Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub modify_time: Option<i64>,
    /// 会话成员数
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub member_count: Option<i64>,
    /// 直播群在线人数
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub online_count: Option<i64>,
    /// 会话状态。 0：正常 1：已解散
    ///
    /// Source: volc-sdk-golang service/im model (CreateConversationBody, CreateConversationResResult), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub status: Option<ConversationStatus>,
}

impl serde::Serialize for NewConversationInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "NewConversationInfo",
                4 + usize::from(self.name.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.description.is_some())
                    + usize::from(self.notice.is_some())
                    + usize::from(self.ext.is_some())
                    + usize::from(self.owner_user_id.is_some())
                    + usize::from(self.creator_user_id.is_some())
                    + usize::from(self.other_user_id.is_some())
                    + usize::from(self.create_time.is_some())
                    + usize::from(self.modify_time.is_some())
                    + usize::from(self.member_count.is_some())
                    + usize::from(self.online_count.is_some())
                    + usize::from(self.status.is_some()),
            )?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ConversationType", &self.conversation_type)?;
        object.serialize_field("InboxType", &self.inbox_type)?;
        encode::optional(&mut object, "Name", &self.name)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "Description", &self.description)?;
        encode::optional(&mut object, "Notice", &self.notice)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "OwnerUserId", &self.owner_user_id)?;
        encode::optional(&mut object, "CreatorUserId", &self.creator_user_id)?;
        encode::optional(&mut object, "OtherUserId", &self.other_user_id)?;
        encode::optional(&mut object, "CreateTime", &self.create_time)?;
        encode::optional(&mut object, "ModifyTime", &self.modify_time)?;
        encode::optional(&mut object, "MemberCount", &self.member_count)?;
        encode::optional(&mut object, "OnlineCount", &self.online_count)?;
        encode::optional(&mut object, "Status", &self.status)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewConversationInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for NewConversationInfo {
    const NAME: &'static str = "NewConversationInfo";

    fn field(key: &str) -> usize {
        match key {
            "AppId" => 0,
            "ConversationShortId" => 1,
            "ConversationType" => 2,
            "InboxType" => 3,
            "Name" => 4,
            "AvatarUrl" => 5,
            "Description" => 6,
            "Notice" => 7,
            "Ext" => 8,
            "OwnerUserId" => 9,
            "CreatorUserId" => 10,
            "OtherUserId" => 11,
            "CreateTime" => 12,
            "ModifyTime" => 13,
            "MemberCount" => 14,
            "OnlineCount" => 15,
            "Status" => 16,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut app_id_slot: Option<i32> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut conversation_type_slot: Option<ConversationType> = None;
        let mut inbox_type_slot: Option<i32> = None;
        let mut name_slot: Option<Option<String>> = None;
        let mut avatar_url_slot: Option<Option<String>> = None;
        let mut description_slot: Option<Option<String>> = None;
        let mut notice_slot: Option<Option<String>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut owner_user_id_slot: Option<Option<i64>> = None;
        let mut creator_user_id_slot: Option<Option<i64>> = None;
        let mut other_user_id_slot: Option<Option<i64>> = None;
        let mut create_time_slot: Option<Option<i64>> = None;
        let mut modify_time_slot: Option<Option<i64>> = None;
        let mut member_count_slot: Option<Option<i64>> = None;
        let mut online_count_slot: Option<Option<i64>> = None;
        let mut status_slot: Option<Option<ConversationStatus>> = None;
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
                        &mut conversation_type_slot,
                        "ConversationType",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                4 => decode::once(&mut name_slot, "Name", &mut map)?,
                5 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                6 => decode::once(&mut description_slot, "Description", &mut map)?,
                7 => decode::once(&mut notice_slot, "Notice", &mut map)?,
                8 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                9 => decode::once(&mut owner_user_id_slot, "OwnerUserId", &mut map)?,
                10 => decode::once(&mut creator_user_id_slot, "CreatorUserId", &mut map)?,
                11 => decode::once(&mut other_user_id_slot, "OtherUserId", &mut map)?,
                12 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                13 => decode::once(&mut modify_time_slot, "ModifyTime", &mut map)?,
                14 => decode::once(&mut member_count_slot, "MemberCount", &mut map)?,
                15 => decode::once(&mut online_count_slot, "OnlineCount", &mut map)?,
                16 => decode::once(&mut status_slot, "Status", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(NewConversationInfo {
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            conversation_type: conversation_type_slot
                .ok_or_else(|| A::Error::missing_field("ConversationType"))?,
            inbox_type: inbox_type_slot
                .ok_or_else(|| A::Error::missing_field("InboxType"))?,
            name: name_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            description: description_slot.flatten(),
            notice: notice_slot.flatten(),
            ext: ext_slot.flatten(),
            owner_user_id: owner_user_id_slot.flatten(),
            creator_user_id: creator_user_id_slot.flatten(),
            other_user_id: other_user_id_slot.flatten(),
            create_time: create_time_slot.flatten(),
            modify_time: modify_time_slot.flatten(),
            member_count: member_count_slot.flatten(),
            online_count: online_count_slot.flatten(),
            status: status_slot.flatten(),
        })
    }
}
