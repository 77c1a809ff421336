// @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate`.
// Do not edit by hand: change the spec and regenerate.

//! The types that Volcengine RTC instant messaging (IM) OpenAPI's operations share: the `types` of `spec/volcengine-rtc-im/service.yaml`.

use std::collections::BTreeMap;

/// 返回结构中的请求元数据。
///
/// Request metadata in every response (BaseResponse.ResponseMetadata).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResponseMetadata {
    /// 请求标识。
    ///
    /// Example: `"Your_RequestId"`.
    #[serde(rename = "RequestId")]
    pub request_id: String,
    /// 接口名称。
    ///
    /// Example: `"ModifyMessage"`.
    #[serde(rename = "Action")]
    pub action: String,
    /// 接口版本。
    ///
    /// Example: `"2020-12-01"`.
    #[serde(rename = "Version")]
    pub version: String,
    /// 服务名称。
    ///
    /// Example: `"rtc"`.
    #[serde(rename = "Service")]
    pub service: String,
    /// 地域。
    ///
    /// Example: `"cn-north-1"`.
    #[serde(rename = "Region")]
    pub region: String,
    /// 错误信息，仅在请求失败时返回。
    #[serde(rename = "Error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ResponseError>,
}

/// 请求失败时的错误信息。
///
/// The error of a failed request.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResponseError {
    /// 网关错误码（数字），失败时非 0。
    ///
    /// The gateway's numeric error code; non-zero on failure.
    ///
    /// Example: `100010`. The document calls the type `Uint32`.
    #[serde(rename = "CodeN", default, skip_serializing_if = "Option::is_none")]
    pub code_n: Option<u32>,
    /// API 错误码。
    ///
    /// Example: `"InvalidParameter.AccountIdMismatch"`.
    #[serde(rename = "Code")]
    pub code: String,
    /// 错误描述。
    ///
    /// Example: `"Check owner failed"`.
    #[serde(rename = "Message")]
    pub message: String,
}

/// 会话成员信息。
///
/// A conversation member. Defined on another page of the docs (192711#participant); the fields follow the Go IM SDK's model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Participant {
    /// 会话 ID。
    ///
    /// Example: `1`.
    #[serde(rename = "ConversationShortId")]
    pub conversation_short_id: i64,
    /// 会话成员 UserId。
    ///
    /// Example: `10001`.
    #[serde(rename = "ParticipantUserId")]
    pub participant_user_id: i64,
    /// 操作人 UserId。
    ///
    /// Example: `10`.
    #[serde(rename = "Operator")]
    pub operator: i64,
    /// 成员身份。
    #[serde(rename = "Role")]
    pub role: ParticipantRole,
    /// 禁言截止时间戳，单位为秒。0 表示未禁言。
    ///
    /// Example: `0`.
    #[serde(rename = "BlockTime", default, skip_serializing_if = "Option::is_none")]
    pub block_time: Option<i64>,
    /// 成员加入时间戳，单位为秒。
    ///
    /// Example: `1669694619`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<i64>,
    /// 成员扩展字段。
    #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<BTreeMap<String, String>>,
    /// 成员等级。
    ///
    /// Example: `1`.
    #[serde(rename = "Level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<i32>,
    /// 成员昵称。
    ///
    /// Example: `"NickName1"`.
    #[serde(rename = "NickName", default, skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    /// 成员状态。
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ParticipantStatus>,
    /// 群成员头像
    ///
    /// The member's avatar. On the common data structures page (6348/192711), not in the Go SDK's model of BatchGetConversationParticipant.
    ///
    /// Example: `"Your_AvatarUrl"`.
    #[serde(rename = "AvatarUrl", default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// 成员标记
    ///
    /// The member's marks. In the newer Go and Java SDK models of ScanConversationParticipantList's members; not on the common data structures page.
    #[serde(rename = "Marks", default, skip_serializing_if = "Option::is_none")]
    pub marks: Option<Vec<String>>,
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
