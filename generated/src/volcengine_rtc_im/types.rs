// Code generated from spec/volcengine-rtc-im/ by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The types that Volcengine RTC instant messaging (IM) OpenAPI's operations share: the `types` of `spec/volcengine-rtc-im/service.yaml`, the type files of `spec/volcengine-rtc-im/types/`, and the types an operation's file defines that other operations use too.

use imapi_runtime::{decode, encode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::collections::BTreeMap;

/// 返回结构中的请求元数据。
///
/// Request metadata in every response (BaseResponse.ResponseMetadata).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseMetadata {
    /// 请求标识。
    ///
    /// Example: `"Your_RequestId"`.
    pub request_id: String,
    /// 接口名称。
    ///
    /// Example: `"ModifyMessage"`.
    pub action: String,
    /// 接口版本。
    ///
    /// Example: `"2020-12-01"`.
    pub version: String,
    /// 服务名称。
    ///
    /// Example: `"rtc"`.
    pub service: String,
    /// 地域。
    ///
    /// Example: `"cn-north-1"`.
    pub region: String,
    /// 错误信息，仅在请求失败时返回。
    pub error: Option<ResponseError>,
}

impl serde::Serialize for ResponseMetadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ResponseMetadata",
                5 + usize::from(self.error.is_some()),
            )?;
        object.serialize_field("RequestId", &self.request_id)?;
        object.serialize_field("Action", &self.action)?;
        object.serialize_field("Version", &self.version)?;
        object.serialize_field("Service", &self.service)?;
        object.serialize_field("Region", &self.region)?;
        encode::optional(&mut object, "Error", &self.error)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResponseMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ResponseMetadata {
    const NAME: &'static str = "ResponseMetadata";

    fn field(key: &str) -> usize {
        match key {
            "RequestId" => 0,
            "Action" => 1,
            "Version" => 2,
            "Service" => 3,
            "Region" => 4,
            "Error" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut request_id_slot: Option<String> = None;
        let mut action_slot: Option<String> = None;
        let mut version_slot: Option<String> = None;
        let mut service_slot: Option<String> = None;
        let mut region_slot: Option<String> = None;
        let mut error_slot: Option<Option<ResponseError>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut request_id_slot, "RequestId", &mut map)?,
                1 => decode::once(&mut action_slot, "Action", &mut map)?,
                2 => decode::once(&mut version_slot, "Version", &mut map)?,
                3 => decode::once(&mut service_slot, "Service", &mut map)?,
                4 => decode::once(&mut region_slot, "Region", &mut map)?,
                5 => decode::once(&mut error_slot, "Error", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ResponseMetadata {
            request_id: request_id_slot
                .ok_or_else(|| A::Error::missing_field("RequestId"))?,
            action: action_slot.ok_or_else(|| A::Error::missing_field("Action"))?,
            version: version_slot.ok_or_else(|| A::Error::missing_field("Version"))?,
            service: service_slot.ok_or_else(|| A::Error::missing_field("Service"))?,
            region: region_slot.ok_or_else(|| A::Error::missing_field("Region"))?,
            error: error_slot.flatten(),
        })
    }
}

/// 请求失败时的错误信息。
///
/// The error of a failed request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseError {
    /// 网关错误码（数字），失败时非 0。
    ///
    /// The gateway's numeric error code; non-zero on failure.
    ///
    /// Example: `100010`. The document calls the type `Uint32`.
    pub code_n: Option<u32>,
    /// API 错误码。
    ///
    /// Example: `"InvalidParameter.AccountIdMismatch"`.
    pub code: String,
    /// 错误描述。
    ///
    /// Example: `"Check owner failed"`.
    pub message: String,
}

impl serde::Serialize for ResponseError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("ResponseError", 2 + usize::from(self.code_n.is_some()))?;
        encode::optional(&mut object, "CodeN", &self.code_n)?;
        object.serialize_field("Code", &self.code)?;
        object.serialize_field("Message", &self.message)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResponseError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ResponseError {
    const NAME: &'static str = "ResponseError";

    fn field(key: &str) -> usize {
        match key {
            "CodeN" => 0,
            "Code" => 1,
            "Message" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut code_n_slot: Option<Option<u32>> = None;
        let mut code_slot: Option<String> = None;
        let mut message_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut code_n_slot, "CodeN", &mut map)?,
                1 => decode::once(&mut code_slot, "Code", &mut map)?,
                2 => decode::once(&mut message_slot, "Message", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ResponseError {
            code_n: code_n_slot.flatten(),
            code: code_slot.ok_or_else(|| A::Error::missing_field("Code"))?,
            message: message_slot.ok_or_else(|| A::Error::missing_field("Message"))?,
        })
    }
}

/// 会话成员信息。
///
/// A conversation member. Defined on another page of the docs (192711#participant); the fields follow the Go IM SDK's model.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// 会话 ID。
    ///
    /// Example: `1`.
    pub conversation_short_id: i64,
    /// 会话成员 UserId。
    ///
    /// Example: `10001`.
    pub participant_user_id: i64,
    /// 操作人 UserId。
    ///
    /// Example: `10`.
    pub operator: i64,
    /// 成员身份。
    pub role: ParticipantRole,
    /// 禁言截止时间戳，单位为秒。0 表示未禁言。
    ///
    /// Example: `0`.
    pub block_time: Option<i64>,
    /// 成员加入时间戳，单位为秒。
    ///
    /// Example: `1669694619`.
    pub create_time: Option<i64>,
    /// 成员扩展字段。
    pub ext: Option<BTreeMap<String, String>>,
    /// 成员等级。
    ///
    /// Example: `1`.
    pub level: Option<i32>,
    /// 成员昵称。
    ///
    /// Example: `"NickName1"`.
    pub nick_name: Option<String>,
    /// 成员状态。
    pub status: Option<ParticipantStatus>,
    /// 群成员头像
    ///
    /// The member's avatar. On the common data structures page (6348/192711), not in the Go SDK's model of BatchGetConversationParticipant.
    ///
    /// Example: `"Your_AvatarUrl"`.
    pub avatar_url: Option<String>,
    /// 成员标记
    ///
    /// The member's marks. In the newer Go and Java SDK models of ScanConversationParticipantList's members; not on the common data structures page.
    pub marks: Option<Vec<String>>,
}

impl serde::Serialize for Participant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "Participant",
                4 + usize::from(self.block_time.is_some())
                    + usize::from(self.create_time.is_some())
                    + usize::from(self.ext.is_some()) + usize::from(self.level.is_some())
                    + usize::from(self.nick_name.is_some())
                    + usize::from(self.status.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.marks.is_some()),
            )?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ParticipantUserId", &self.participant_user_id)?;
        object.serialize_field("Operator", &self.operator)?;
        object.serialize_field("Role", &self.role)?;
        encode::optional(&mut object, "BlockTime", &self.block_time)?;
        encode::optional(&mut object, "CreateTime", &self.create_time)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        encode::optional(&mut object, "Level", &self.level)?;
        encode::optional(&mut object, "NickName", &self.nick_name)?;
        encode::optional(&mut object, "Status", &self.status)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "Marks", &self.marks)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for Participant {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for Participant {
    const NAME: &'static str = "Participant";

    fn field(key: &str) -> usize {
        match key {
            "ConversationShortId" => 0,
            "ParticipantUserId" => 1,
            "Operator" => 2,
            "Role" => 3,
            "BlockTime" => 4,
            "CreateTime" => 5,
            "Ext" => 6,
            "Level" => 7,
            "NickName" => 8,
            "Status" => 9,
            "AvatarUrl" => 10,
            "Marks" => 11,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut participant_user_id_slot: Option<i64> = None;
        let mut operator_slot: Option<i64> = None;
        let mut role_slot: Option<ParticipantRole> = None;
        let mut block_time_slot: Option<Option<i64>> = None;
        let mut create_time_slot: Option<Option<i64>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut level_slot: Option<Option<i32>> = None;
        let mut nick_name_slot: Option<Option<String>> = None;
        let mut status_slot: Option<Option<ParticipantStatus>> = None;
        let mut avatar_url_slot: Option<Option<String>> = None;
        let mut marks_slot: Option<Option<Vec<String>>> = None;
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
                        &mut participant_user_id_slot,
                        "ParticipantUserId",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut operator_slot, "Operator", &mut map)?,
                3 => decode::once(&mut role_slot, "Role", &mut map)?,
                4 => decode::once(&mut block_time_slot, "BlockTime", &mut map)?,
                5 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                6 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                7 => decode::once(&mut level_slot, "Level", &mut map)?,
                8 => decode::once(&mut nick_name_slot, "NickName", &mut map)?,
                9 => decode::once(&mut status_slot, "Status", &mut map)?,
                10 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                11 => decode::once(&mut marks_slot, "Marks", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(Participant {
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            participant_user_id: participant_user_id_slot
                .ok_or_else(|| A::Error::missing_field("ParticipantUserId"))?,
            operator: operator_slot.ok_or_else(|| A::Error::missing_field("Operator"))?,
            role: role_slot.ok_or_else(|| A::Error::missing_field("Role"))?,
            block_time: block_time_slot.flatten(),
            create_time: create_time_slot.flatten(),
            ext: ext_slot.flatten(),
            level: level_slot.flatten(),
            nick_name: nick_name_slot.flatten(),
            status: status_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            marks: marks_slot.flatten(),
        })
    }
}

/// 会话成员身份。
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParticipantRole {
    /// `0`: 普通成员
    Member,
    /// `1`: 群主
    Owner,
    /// `2`: 管理员
    Manager,
    /// A value the spec does not list, kept as received.
    Unknown(i64),
}

impl ParticipantRole {
    /// The value on the wire.
    pub const fn value(self) -> i64 {
        match self {
            Self::Member => 0,
            Self::Owner => 1,
            Self::Manager => 2,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i64) -> Self {
        match value {
            0 => Self::Member,
            1 => Self::Owner,
            2 => Self::Manager,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ParticipantRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ParticipantRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for ParticipantRole {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["0 (Member)", "1 (Owner)", "2 (Manager)"],
                path,
                out,
            );
        }
    }
}

/// 会话成员状态。
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParticipantStatus {
    /// `0`: 正常
    Normal,
    /// `1`: 已退出
    Left,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl ParticipantStatus {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Normal => 0,
            Self::Left => 1,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Normal,
            1 => Self::Left,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ParticipantStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ParticipantStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

/// 操作行为。
///
/// Which live-group list a block call works on: 0 the mute list (members who cannot speak), 1 the block list (users who cannot join).
///
/// Defined in `spec/volcengine-rtc-im/types/block_action.yaml`.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockAction {
    /// `0`: 禁言。用户无法在直播群中发言。
    Mute,
    /// `1`: 拉黑。用户无法加入直播群。
    Block,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl BlockAction {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Mute => 0,
            Self::Block => 1,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Mute,
            1 => Self::Block,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for BlockAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for BlockAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for BlockAction {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(value, &["0 (Mute)", "1 (Block)"], path, out);
        }
    }
}

/// 消息详细信息
///
/// A message as the message queries answer it (GetMessages, GetConversationMessages): its conversation, id, type, content, extension fields, state, time and sender. Both pages define the same table, so it has a file of its own.
///
/// Defined in `spec/volcengine-rtc-im/types/message_body.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageBody {
    /// 会话类型
    /// - 1:单聊。
    /// - 2:群聊。
    ///
    /// The conversation's type (1 one-to-one, 2 group; 100 a live group).
    ///
    /// Example: `1`. The document calls the type `Integer`.
    pub conversation_type: ConversationType,
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 消息 ID
    ///
    /// Example: `12`. The document calls the type `Long`.
    pub message_id: i64,
    /// 消息类型。
    /// - 10001:文本。
    /// - 10003:图片。
    /// - 10004:视频
    /// - 10005:文件
    /// - 10006:音频
    /// - 10012:自定义消息
    ///
    /// The message type: 10001 text, 10003 image, 10004 video, 10005 file, 10006 audio, 10012 custom.
    ///
    /// Example: `10001`. The document calls the type `Integer`.
    pub msg_type: i32,
    /// 消息内容
    ///
    /// The content, in the client message format.
    ///
    /// Example: `"Your_Content"`.
    pub content: String,
    /// 消息的扩展字段,key 的数据类型为 String,value 的数据类型为 String。
    ///
    /// The message's extension fields.
    ///
    /// Example: `{"key":"value"}`. The document calls the type `JSON Map`.
    pub ext: Option<BTreeMap<String, String>>,
    /// 消息状态,取值为0,表示消息可见。
    ///
    /// The message's state; the queries answer only visible messages, so it is 0.
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub status: MessageStatus,
    /// 消息创建时间戳,单位为毫秒
    ///
    /// When the message was sent, in milliseconds.
    ///
    /// Unit: milliseconds. Example: `1669723135771`. The document calls the type `Long`.
    pub create_time: i64,
    /// 消息发送人 UserId
    ///
    /// The sender's UserId.
    ///
    /// Example: `10`. The document calls the type `Long`.
    pub sender: i64,
    /// 应用的唯一标志
    ///
    /// The app. The saved pages stop at this row; from the Go SDK's model.
    pub app_id: i32,
    /// 消息在会话中的位置
    ///
    /// The message's position in its conversation: GetConversationMessages' `Cursor` counts in it. From the Go SDK's model.
    pub index_in_conversation: Option<i64>,
    /// 引用消息
    ///
    /// The message this one quotes, with that message's type and state. From the Go SDK's model.
    pub ref_msg_info: Option<RefMsgInfo>,
}

impl serde::Serialize for MessageBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "MessageBody",
                9 + usize::from(self.ext.is_some())
                    + usize::from(self.index_in_conversation.is_some())
                    + usize::from(self.ref_msg_info.is_some()),
            )?;
        object.serialize_field("ConversationType", &self.conversation_type)?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("MessageId", &self.message_id)?;
        object.serialize_field("MsgType", &self.msg_type)?;
        object.serialize_field("Content", &self.content)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        object.serialize_field("Status", &self.status)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.serialize_field("Sender", &self.sender)?;
        object.serialize_field("AppId", &self.app_id)?;
        encode::optional(
            &mut object,
            "IndexInConversation",
            &self.index_in_conversation,
        )?;
        encode::optional(&mut object, "RefMsgInfo", &self.ref_msg_info)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MessageBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MessageBody {
    const NAME: &'static str = "MessageBody";

    fn field(key: &str) -> usize {
        match key {
            "ConversationType" => 0,
            "ConversationShortId" => 1,
            "MessageId" => 2,
            "MsgType" => 3,
            "Content" => 4,
            "Ext" => 5,
            "Status" => 6,
            "CreateTime" => 7,
            "Sender" => 8,
            "AppId" => 9,
            "IndexInConversation" => 10,
            "RefMsgInfo" => 11,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_type_slot: Option<ConversationType> = None;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut message_id_slot: Option<i64> = None;
        let mut msg_type_slot: Option<i32> = None;
        let mut content_slot: Option<String> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut status_slot: Option<MessageStatus> = None;
        let mut create_time_slot: Option<i64> = None;
        let mut sender_slot: Option<i64> = None;
        let mut app_id_slot: Option<i32> = None;
        let mut index_in_conversation_slot: Option<Option<i64>> = None;
        let mut ref_msg_info_slot: Option<Option<RefMsgInfo>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_type_slot,
                        "ConversationType",
                        &mut map,
                    )?
                }
                1 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                2 => decode::once(&mut message_id_slot, "MessageId", &mut map)?,
                3 => decode::once(&mut msg_type_slot, "MsgType", &mut map)?,
                4 => decode::once(&mut content_slot, "Content", &mut map)?,
                5 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                6 => decode::once(&mut status_slot, "Status", &mut map)?,
                7 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                8 => decode::once(&mut sender_slot, "Sender", &mut map)?,
                9 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                10 => {
                    decode::once(
                        &mut index_in_conversation_slot,
                        "IndexInConversation",
                        &mut map,
                    )?
                }
                11 => decode::once(&mut ref_msg_info_slot, "RefMsgInfo", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(MessageBody {
            conversation_type: conversation_type_slot
                .ok_or_else(|| A::Error::missing_field("ConversationType"))?,
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            message_id: message_id_slot
                .ok_or_else(|| A::Error::missing_field("MessageId"))?,
            msg_type: msg_type_slot.ok_or_else(|| A::Error::missing_field("MsgType"))?,
            content: content_slot.ok_or_else(|| A::Error::missing_field("Content"))?,
            ext: ext_slot.flatten(),
            status: status_slot.ok_or_else(|| A::Error::missing_field("Status"))?,
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
            sender: sender_slot.ok_or_else(|| A::Error::missing_field("Sender"))?,
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            index_in_conversation: index_in_conversation_slot.flatten(),
            ref_msg_info: ref_msg_info_slot.flatten(),
        })
    }
}

/// 消息状态
///
/// Whether a message can be seen, and if not why. Message lists give only 0 (visible); a quoted message (`RefMsgInfo`) may be in any of these states.
///
/// Defined in `spec/volcengine-rtc-im/types/message_status.yaml`.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageStatus {
    /// `0`: 消息可见
    Visible,
    /// `1`: 消息已过期
    Expired,
    /// `2`: 消息（对用户）不可见
    Invisible,
    /// `3`: 消息被撤回
    Recalled,
    /// `4`: 消息本身可见，后因删除不可见
    Deleted,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl MessageStatus {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Visible => 0,
            Self::Expired => 1,
            Self::Invisible => 2,
            Self::Recalled => 3,
            Self::Deleted => 4,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Visible,
            1 => Self::Expired,
            2 => Self::Invisible,
            3 => Self::Recalled,
            4 => Self::Deleted,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for MessageStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for MessageStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for MessageStatus {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &[
                    "0 (Visible)",
                    "1 (Expired)",
                    "2 (Invisible)",
                    "3 (Recalled)",
                    "4 (Deleted)",
                ],
                path,
                out,
            );
        }
    }
}

/// 引用消息
///
/// The message a message quotes, and the text shown for the quote. Messages sent and messages read carry it alike, so it has a file of its own: a sender gives the id and the text, a message read also tells the quoted message's type and state.
///
/// Defined in `spec/volcengine-rtc-im/types/ref_msg_info.yaml`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefMsgInfo {
    /// 被引用的消息 ID
    ///
    /// The quoted message's id.
    pub referenced_message_id: i64,
    /// 消息引用时展示的文本内容
    ///
    /// The text shown for the quote.
    pub hint: String,
    /// 被引用的消息类型
    ///
    /// The quoted message's type (10001 text, 10003 image, 10004 video, 10005 file, 10006 audio, 10012 custom). Given in messages read (GetMessages, GetConversationMessages); a sender leaves it out. From the Go SDK's model of the query pages.
    ///
    /// When absent: the message is being sent; read messages always carry it.
    pub referenced_message_type: Option<i32>,
    /// 被引用的消息状态
    ///
    /// The quoted message's state now (visible, expired, invisible, recalled or deleted). Given in messages read; a sender leaves it out. From the Go SDK's model of the query pages (`GetMessagesResResultMessagesItemRefMsgInfo`).
    ///
    /// When absent: the message is being sent; read messages always carry it.
    pub status: Option<MessageStatus>,
}

impl RefMsgInfo {
    /// A value with the required `ReferencedMessageId`, `Hint`; optional fields absent. The `with_…` methods set the others.
    pub fn new(referenced_message_id: i64, hint: impl Into<String>) -> Self {
        RefMsgInfo {
            referenced_message_id,
            hint: hint.into(),
            referenced_message_type: None,
            status: None,
        }
    }

    /// Sets `ReferencedMessageType`.
    pub fn with_referenced_message_type(mut self, referenced_message_type: i32) -> Self {
        self.referenced_message_type = Some(referenced_message_type);
        self
    }

    /// Sets `Status`.
    pub fn with_status(mut self, status: MessageStatus) -> Self {
        self.status = Some(status);
        self
    }
}

impl serde::Serialize for RefMsgInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "RefMsgInfo",
                2 + usize::from(self.referenced_message_type.is_some())
                    + usize::from(self.status.is_some()),
            )?;
        object.serialize_field("ReferencedMessageId", &self.referenced_message_id)?;
        object.serialize_field("Hint", &self.hint)?;
        encode::optional(
            &mut object,
            "ReferencedMessageType",
            &self.referenced_message_type,
        )?;
        encode::optional(&mut object, "Status", &self.status)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for RefMsgInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for RefMsgInfo {
    const NAME: &'static str = "RefMsgInfo";

    fn field(key: &str) -> usize {
        match key {
            "ReferencedMessageId" => 0,
            "Hint" => 1,
            "ReferencedMessageType" => 2,
            "Status" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut referenced_message_id_slot: Option<i64> = None;
        let mut hint_slot: Option<String> = None;
        let mut referenced_message_type_slot: Option<Option<i32>> = None;
        let mut status_slot: Option<Option<MessageStatus>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut referenced_message_id_slot,
                        "ReferencedMessageId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut hint_slot, "Hint", &mut map)?,
                2 => {
                    decode::once(
                        &mut referenced_message_type_slot,
                        "ReferencedMessageType",
                        &mut map,
                    )?
                }
                3 => decode::once(&mut status_slot, "Status", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(RefMsgInfo {
            referenced_message_id: referenced_message_id_slot
                .ok_or_else(|| A::Error::missing_field("ReferencedMessageId"))?,
            hint: hint_slot.ok_or_else(|| A::Error::missing_field("Hint"))?,
            referenced_message_type: referenced_message_type_slot.flatten(),
            status: status_slot.flatten(),
        })
    }
}

impl Validate for RefMsgInfo {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Some(value) = &self.status {
            path.push(Segment::Field("Status"));
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// 更新群成员标记的方式。
///
/// How the marks in `ParticipantInfo.Marks` are applied.
///
/// Defined in `spec/volcengine-rtc-im/batch_update_live_participants.yaml` (`types[1]`), and used by other operations too.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkAction {
    /// `1`: 添加
    Add,
    /// `2`: 删除
    Delete,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl MarkAction {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Add => 1,
            Self::Delete => 2,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            1 => Self::Add,
            2 => Self::Delete,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for MarkAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for MarkAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for MarkAction {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(value, &["1 (Add)", "2 (Delete)"], path, out);
        }
    }
}

/// 更新资料失败的群成员信息。
///
/// A member whose profile update failed, with the reason.
///
/// Defined in `spec/volcengine-rtc-im/batch_update_live_participants.yaml` (`types[2]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FailedInfo {
    /// 更新资料失败的群成员的 UserId
    ///
    /// Example: `99999`. The document calls the type `Long`.
    pub user_id: i64,
    /// 更新资料失败的群成员的 UserId（字符串形式）。
    ///
    /// The failed member's user ID as a string, for apps with string user IDs. Not on the doc page; taken from the Go IM SDK's model.
    pub user_id_str: Option<String>,
    /// 错误码，参看[公共错误码](https://www.volcengine.com/docs/6348/412253)。
    ///
    /// The business error code for this member (for example `ParticipantNotInConversation`).
    ///
    /// Example: `"ParticipantNotInConversation"`.
    pub code: String,
    /// 错误描述
    ///
    /// Example: `"participant not in conversation"`.
    pub message: String,
}

impl serde::Serialize for FailedInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "FailedInfo",
                3 + usize::from(self.user_id_str.is_some()),
            )?;
        object.serialize_field("UserId", &self.user_id)?;
        encode::optional(&mut object, "UserIdStr", &self.user_id_str)?;
        object.serialize_field("Code", &self.code)?;
        object.serialize_field("Message", &self.message)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for FailedInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for FailedInfo {
    const NAME: &'static str = "FailedInfo";

    fn field(key: &str) -> usize {
        match key {
            "UserId" => 0,
            "UserIdStr" => 1,
            "Code" => 2,
            "Message" => 3,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut user_id_slot: Option<i64> = None;
        let mut user_id_str_slot: Option<Option<String>> = None;
        let mut code_slot: Option<String> = None;
        let mut message_slot: Option<String> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut user_id_slot, "UserId", &mut map)?,
                1 => decode::once(&mut user_id_str_slot, "UserIdStr", &mut map)?,
                2 => decode::once(&mut code_slot, "Code", &mut map)?,
                3 => decode::once(&mut message_slot, "Message", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(FailedInfo {
            user_id: user_id_slot.ok_or_else(|| A::Error::missing_field("UserId"))?,
            user_id_str: user_id_str_slot.flatten(),
            code: code_slot.ok_or_else(|| A::Error::missing_field("Code"))?,
            message: message_slot.ok_or_else(|| A::Error::missing_field("Message"))?,
        })
    }
}

/// 会话详细信息。
///
/// A conversation's details. The page shows only the first two rows of this table; the rest follow the Go SDK's model of the same page.
///
/// Defined in `spec/volcengine-rtc-im/get_user_conversations.yaml` (`types[1]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationInfo {
    /// 会话 ID
    ///
    /// Example: `1`. The document calls the type `Long`.
    pub conversation_short_id: i64,
    /// 会话Id，字符串类型，含义跟`ConversationShortId`一样，用来定位唯一的一个会话，历史原因，目前大部分接口都在使用`ConversationShortId`，但是仍然有比较比较老的接口会使用到`ConversationId`，如果目前您接入的功能没有使用到`ConversationId`直接忽略即可
    ///
    /// The conversation's ID as a string, with the same meaning as `ConversationShortId`; some older APIs use it.
    ///
    /// Example: `"ConversationId"`. The document calls the type `String`.
    pub conversation_id: String,
    /// 应用的唯一标志
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub app_id: i32,
    /// 信箱，用于逻辑隔离
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub inbox_type: i32,
    /// 群名
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub name: Option<String>,
    /// 群头像 url
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub avatar_url: Option<String>,
    /// 群描述
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub description: Option<String>,
    /// 群主 UserId
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub owner_user_id: i64,
    /// 创群人 UserId
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub creator_user_id: i64,
    /// 群公告
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub notice: Option<String>,
    /// 会话状态。0：正常 1：已解散
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub status: Option<ConversationStatus>,
    /// 会话的扩展字段。
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub ext: Option<BTreeMap<String, String>>,
    /// 群聊创建时间戳，单位为秒
    ///
    /// Unit: seconds. Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub create_time: i64,
    /// 修改时间戳，单位为秒
    ///
    /// Unit: seconds. Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub modify_time: i64,
    /// 会话类型。1：单聊 2：群聊
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub conversation_type: ConversationType,
    /// 会话成员数
    ///
    /// When absent: the request set `SkipMemberCount`. Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub member_count: Option<i64>,
    /// 直播群在线人数。
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub online_count: Option<i64>,
    /// 单聊会话另一个 UserId
    ///
    /// Source: volc-sdk-golang service/im model (GetUserConversationsResResultConversationInfosItem), <https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go>.
    pub other_user_id: Option<i64>,
}

impl serde::Serialize for ConversationInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct(
                "ConversationInfo",
                9 + usize::from(self.name.is_some())
                    + usize::from(self.avatar_url.is_some())
                    + usize::from(self.description.is_some())
                    + usize::from(self.notice.is_some())
                    + usize::from(self.status.is_some())
                    + usize::from(self.ext.is_some())
                    + usize::from(self.member_count.is_some())
                    + usize::from(self.online_count.is_some())
                    + usize::from(self.other_user_id.is_some()),
            )?;
        object.serialize_field("ConversationShortId", &self.conversation_short_id)?;
        object.serialize_field("ConversationId", &self.conversation_id)?;
        object.serialize_field("AppId", &self.app_id)?;
        object.serialize_field("InboxType", &self.inbox_type)?;
        encode::optional(&mut object, "Name", &self.name)?;
        encode::optional(&mut object, "AvatarUrl", &self.avatar_url)?;
        encode::optional(&mut object, "Description", &self.description)?;
        object.serialize_field("OwnerUserId", &self.owner_user_id)?;
        object.serialize_field("CreatorUserId", &self.creator_user_id)?;
        encode::optional(&mut object, "Notice", &self.notice)?;
        encode::optional(&mut object, "Status", &self.status)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.serialize_field("ModifyTime", &self.modify_time)?;
        object.serialize_field("ConversationType", &self.conversation_type)?;
        encode::optional(&mut object, "MemberCount", &self.member_count)?;
        encode::optional(&mut object, "OnlineCount", &self.online_count)?;
        encode::optional(&mut object, "OtherUserId", &self.other_user_id)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConversationInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ConversationInfo {
    const NAME: &'static str = "ConversationInfo";

    fn field(key: &str) -> usize {
        match key {
            "ConversationShortId" => 0,
            "ConversationId" => 1,
            "AppId" => 2,
            "InboxType" => 3,
            "Name" => 4,
            "AvatarUrl" => 5,
            "Description" => 6,
            "OwnerUserId" => 7,
            "CreatorUserId" => 8,
            "Notice" => 9,
            "Status" => 10,
            "Ext" => 11,
            "CreateTime" => 12,
            "ModifyTime" => 13,
            "ConversationType" => 14,
            "MemberCount" => 15,
            "OnlineCount" => 16,
            "OtherUserId" => 17,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut conversation_short_id_slot: Option<i64> = None;
        let mut conversation_id_slot: Option<String> = None;
        let mut app_id_slot: Option<i32> = None;
        let mut inbox_type_slot: Option<i32> = None;
        let mut name_slot: Option<Option<String>> = None;
        let mut avatar_url_slot: Option<Option<String>> = None;
        let mut description_slot: Option<Option<String>> = None;
        let mut owner_user_id_slot: Option<i64> = None;
        let mut creator_user_id_slot: Option<i64> = None;
        let mut notice_slot: Option<Option<String>> = None;
        let mut status_slot: Option<Option<ConversationStatus>> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut create_time_slot: Option<i64> = None;
        let mut modify_time_slot: Option<i64> = None;
        let mut conversation_type_slot: Option<ConversationType> = None;
        let mut member_count_slot: Option<Option<i64>> = None;
        let mut online_count_slot: Option<Option<i64>> = None;
        let mut other_user_id_slot: Option<Option<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => {
                    decode::once(
                        &mut conversation_short_id_slot,
                        "ConversationShortId",
                        &mut map,
                    )?
                }
                1 => decode::once(&mut conversation_id_slot, "ConversationId", &mut map)?,
                2 => decode::once(&mut app_id_slot, "AppId", &mut map)?,
                3 => decode::once(&mut inbox_type_slot, "InboxType", &mut map)?,
                4 => decode::once(&mut name_slot, "Name", &mut map)?,
                5 => decode::once(&mut avatar_url_slot, "AvatarUrl", &mut map)?,
                6 => decode::once(&mut description_slot, "Description", &mut map)?,
                7 => decode::once(&mut owner_user_id_slot, "OwnerUserId", &mut map)?,
                8 => decode::once(&mut creator_user_id_slot, "CreatorUserId", &mut map)?,
                9 => decode::once(&mut notice_slot, "Notice", &mut map)?,
                10 => decode::once(&mut status_slot, "Status", &mut map)?,
                11 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                12 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                13 => decode::once(&mut modify_time_slot, "ModifyTime", &mut map)?,
                14 => {
                    decode::once(
                        &mut conversation_type_slot,
                        "ConversationType",
                        &mut map,
                    )?
                }
                15 => decode::once(&mut member_count_slot, "MemberCount", &mut map)?,
                16 => decode::once(&mut online_count_slot, "OnlineCount", &mut map)?,
                17 => decode::once(&mut other_user_id_slot, "OtherUserId", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ConversationInfo {
            conversation_short_id: conversation_short_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationShortId"))?,
            conversation_id: conversation_id_slot
                .ok_or_else(|| A::Error::missing_field("ConversationId"))?,
            app_id: app_id_slot.ok_or_else(|| A::Error::missing_field("AppId"))?,
            inbox_type: inbox_type_slot
                .ok_or_else(|| A::Error::missing_field("InboxType"))?,
            name: name_slot.flatten(),
            avatar_url: avatar_url_slot.flatten(),
            description: description_slot.flatten(),
            owner_user_id: owner_user_id_slot
                .ok_or_else(|| A::Error::missing_field("OwnerUserId"))?,
            creator_user_id: creator_user_id_slot
                .ok_or_else(|| A::Error::missing_field("CreatorUserId"))?,
            notice: notice_slot.flatten(),
            status: status_slot.flatten(),
            ext: ext_slot.flatten(),
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
            modify_time: modify_time_slot
                .ok_or_else(|| A::Error::missing_field("ModifyTime"))?,
            conversation_type: conversation_type_slot
                .ok_or_else(|| A::Error::missing_field("ConversationType"))?,
            member_count: member_count_slot.flatten(),
            online_count: online_count_slot.flatten(),
            other_user_id: other_user_id_slot.flatten(),
        })
    }
}

/// 会话状态。
///
/// Defined in `spec/volcengine-rtc-im/get_user_conversations.yaml` (`types[2]`), and used by other operations too.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConversationStatus {
    /// `0`: 正常
    Normal,
    /// `1`: 已解散
    Dissolved,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl ConversationStatus {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Normal => 0,
            Self::Dissolved => 1,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            0 => Self::Normal,
            1 => Self::Dissolved,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ConversationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ConversationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

/// 会话类型。
///
/// Defined in `spec/volcengine-rtc-im/get_user_conversations.yaml` (`types[3]`), and used by other operations too.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConversationType {
    /// `1`: 单聊
    OneToOne,
    /// `2`: 群聊
    Group,
    /// `100`: 直播群
    LiveGroup,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl ConversationType {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::OneToOne => 1,
            Self::Group => 2,
            Self::LiveGroup => 100,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            1 => Self::OneToOne,
            2 => Self::Group,
            100 => Self::LiveGroup,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for ConversationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for ConversationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for ConversationType {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(
                value,
                &["1 (OneToOne)", "2 (Group)", "100 (LiveGroup)"],
                path,
                out,
            );
        }
    }
}

/// 好友详细信息
///
/// One friend of a user.
///
/// Defined in `spec/volcengine-rtc-im/list_friend.yaml` (`types[0]`), and used by other operations too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FriendDetail {
    /// 好友 UserId
    ///
    /// Example: `2000`.
    pub friend_user_id: i64,
    /// 好友备注
    ///
    /// Example: `"Your_Alias"`.
    pub alias: String,
    /// 好友扩展字段
    pub ext: Option<BTreeMap<String, String>>,
    /// 发起好友申请时间
    ///
    /// When the friendship was requested.
    ///
    /// Unit: milliseconds.
    pub apply_time: i64,
    /// 成为好友的时间
    ///
    /// When the two became friends.
    ///
    /// Unit: milliseconds.
    pub create_time: i64,
    /// 好友更新时间
    ///
    /// When the friendship was last updated.
    ///
    /// Unit: milliseconds.
    pub modify_time: i64,
}

impl serde::Serialize for FriendDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer
            .serialize_struct("FriendDetail", 5 + usize::from(self.ext.is_some()))?;
        object.serialize_field("FriendUserId", &self.friend_user_id)?;
        object.serialize_field("Alias", &self.alias)?;
        encode::optional(&mut object, "Ext", &self.ext)?;
        object.serialize_field("ApplyTime", &self.apply_time)?;
        object.serialize_field("CreateTime", &self.create_time)?;
        object.serialize_field("ModifyTime", &self.modify_time)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for FriendDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for FriendDetail {
    const NAME: &'static str = "FriendDetail";

    fn field(key: &str) -> usize {
        match key {
            "FriendUserId" => 0,
            "Alias" => 1,
            "Ext" => 2,
            "ApplyTime" => 3,
            "CreateTime" => 4,
            "ModifyTime" => 5,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut friend_user_id_slot: Option<i64> = None;
        let mut alias_slot: Option<String> = None;
        let mut ext_slot: Option<Option<BTreeMap<String, String>>> = None;
        let mut apply_time_slot: Option<i64> = None;
        let mut create_time_slot: Option<i64> = None;
        let mut modify_time_slot: Option<i64> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut friend_user_id_slot, "FriendUserId", &mut map)?,
                1 => decode::once(&mut alias_slot, "Alias", &mut map)?,
                2 => decode::once(&mut ext_slot, "Ext", &mut map)?,
                3 => decode::once(&mut apply_time_slot, "ApplyTime", &mut map)?,
                4 => decode::once(&mut create_time_slot, "CreateTime", &mut map)?,
                5 => decode::once(&mut modify_time_slot, "ModifyTime", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(FriendDetail {
            friend_user_id: friend_user_id_slot
                .ok_or_else(|| A::Error::missing_field("FriendUserId"))?,
            alias: alias_slot.ok_or_else(|| A::Error::missing_field("Alias"))?,
            ext: ext_slot.flatten(),
            apply_time: apply_time_slot
                .ok_or_else(|| A::Error::missing_field("ApplyTime"))?,
            create_time: create_time_slot
                .ok_or_else(|| A::Error::missing_field("CreateTime"))?,
            modify_time: modify_time_slot
                .ok_or_else(|| A::Error::missing_field("ModifyTime"))?,
        })
    }
}
