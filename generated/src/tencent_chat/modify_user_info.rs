// Code generated from spec/tencent-chat/modify_user_info.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! `ModifyUserInfo`: App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members.
//!
//! App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members. To use this feature, you need to purchase the Premium edition, enable List of online audio-video group members on the Group configuration page of the Chat console. For other plan editions, calling this API will fail.
//!
//! Applicable group types: AVChatRoom only (Private/Work, Public, ChatRoom/Meeting and Community are not supported).
//!
//! - For audio-video group, up to 10 different marks can be set.
//! - Each mark can be set for up to 1,000 members. This limit is independent from the 1,000-member limit on the list of online members of an audio-video group.
//! - Marks can be set only for online group members, except the special mark 500, which is described in the "Special marks" part. When a member leaves a group or goes offline, its mark information will be cleared. When the member joins the group or goes online again, you can reset a mark for the member through a webhook.
//!
//!
//! Special marks: app admins and group owners can set marks within the range \[1000, +) for group members. In addition, app admins can set the following special marks that are preset in Chat:
//! - 500: When mark 500 is set for a member, the member is considered to be always online (disconnection events ignored) for a maximum of three days.
//! - 600: When a member is set with mark 600, the member is hidden when the list of online members is pulled, unless the list is explicitly specified to be pulled by the member's mark.
//!
//! - HTTP: `POST /v4/group_open_avchatroom_http_svc/modify_user_info`
//! - Request: [`ModifyUserInfoRequest`]; response payload: [`ModifyUserInfoResponse`]
//! - Rate limit: 200 requests per second
//! - Source: ライブグループメンバーマークの設定, <https://www.tencentcloud.com/jp/document/product/1047/50294>, seed `004_ba3295fb0df4b5b3.txt`
//!
//! # Rules the server enforces
//!
//! - Only the app admin or the group owner can call this API. (error `10007`)
//! - Only audio-video groups (AVChatRoom) support this API; Private (Work), Public, ChatRoom (Meeting) and Community groups do not.
//! - The app must be on the Premium edition (the Chinese page: 旗舰版/Ultimate) with "List of online audio-video group members" enabled on the Group configuration page of the Chat console; for other plan editions the call fails.
//! - An audio-video group can hold at most 10 different marks.
//! - Each mark can be set for at most 1,000 members (independent of the 1,000-member limit on the online member list).
//! - Marks can be set only for online group members, except the special mark 500. A member's marks are cleared when it leaves the group or goes offline.
//! - Only app admins can set the special marks 500 and 600; group owners can set marks of 1000 and above only.
//! - Mark 500 makes the member count as always online (disconnection events ignored) for at most three days. Mark 600 hides the member from the online member list unless the list is pulled by that mark.
//! - The response `MemberList` lists only the members whose marks were set: offline accounts are left out. If all accounts are offline or do not exist, the call fails.
//! - The HTTP status is always 200 unless a network error occurs (for example 502); errors are reported in `ErrorCode` and `ErrorInfo`.
//!
//! # Errors
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `10001` | The user is not logged in. Check whether the admin account and usersig are correct. |
//! | `10002` | A system error occurred. Try again or contact technical support. |
//! | `10003` | The request command is invalid. Try again or contact technical support. |
//! | `10004` | A parameter is invalid. Check the ErrorInfo field in the response packet to see whether the required fields have been specified or whether the fields are set according to protocol requirements. |
//! | `10007` | Insufficient permission. Only the app admin or group owner can call this API. |
//! | `10010` | The group does not exist or has been deleted. |
//! | `10015` | The group ID is invalid. Please check the group ID. |
//!
//! # Notes on the source document
//!
//! - The sample URL uses `v4/group_open_avchatroom_http_svc/modify_user_info`, but the request parameter table names `v4/group_open_http_svc/modify_group_member_info` ("Request API"), a different API (modify group member profile). — *Resolved:* The path is `group_open_avchatroom_http_svc/modify_user_info`, as in the sample URL and in both places on the Chinese pages (269/79267, zh 1047/50294); the table row is a copy error.
//! - The `GroupId` description, "The ID of the Group whose historical messages will be modified", is copied from another API. — *Resolved:* The description says what the field is here: the audio-video group whose members' marks are set or deleted.
//! - Both request samples end `MemberList` with a trailing comma (`...{"Member_Account": "student9","Marks": [1001]},]}`), which is invalid JSON. — *Resolved:* The examples drop the trailing commas.
//! - The response table types `MemberList` as "Object", but the sample response and the request table make it an array of `{Member_Account, Marks}` objects. — *Resolved:* `MemberList` is `list<MemberMarks>` in both request and response (`doc_type: Object` in the response).
//! - The request table types `MemberList` as "Array" without describing its items; the item fields `Member_Account` (string) and `Marks` (integers) appear only in the samples. — *Resolved:* The items are the named type `MemberMarks` with `Member_Account` string and `Marks` `list<i64>`, both required, as in every sample.
//! - `MemberMarks` is both sent (the request's `MemberList`) and read (the response's): a shape whose fields could be required in a request only (`required: request`). The page's sample response carries `Member_Account` and `Marks` for every member, as the request does; it gives no response for a mark deletion (`CommandType` 2), and no SDK describes this API's answer, so whether a deletion's answer carries `Marks` is not verified. — *Resolved:* Both fields stay required both ways, as every sample has them; a deletion's answer without `Marks` would fail to decode, and would make `Marks` `required: request`.
//! - The response table omits `CommandType`, which the sample response returns. — *Resolved:* `CommandType` is a required response field.
//! - "A mark is a number greater than or equal to 1,000", yet the "Special marks" section lets app admins set the preset marks 500 and 600. — *Resolved:* Each mark has `minimum: 1000` with `also_allowed: [500, 600]`; that only app admins may use 500 and 600 is a rule (it depends on who calls).
//! - This seed documents the special mark 600 (member hidden from the online member list unless pulled by that mark), while the project's protocol reference could not confirm 600 on the Chinese page (the "特殊标记" section was unavailable there). — *Resolved:* 600 is accepted as documented in this seed (`also_allowed`) and its meaning is recorded in a rule; only the 500 exception is confirmed on both language versions.
//! - The plan is called "Premium edition" on this page; the Chinese page asks for the Ultimate (旗舰版) / Enterprise plan. — *Resolved:* The rule names both; which plan names apply is the vendor's current pricing, not a request property.
//! - The domain list in the parameter table gives six regions (China, Singapore, Seoul, Frankfurt, Silicon Valley, Jakarta); Tokyo and Mumbai appear on other pages. — *Resolved:* The service's endpoints list all eight domains (see service.yaml).
//! - The `identifier` and `usersig` rows of the parameter table have empty descriptions. — *Resolved:* They are the service-wide query credentials described in service.yaml (App admin account and its UserSig).
//! - The page (<https://www.tencentcloud.com/jp/document/product/1047/50294>) has a Japanese title with an English body; the Chinese version is <https://cloud.tencent.com/document/product/269/79267>. — *Resolved:* `source` names the transcribed (jp/English) page; the Chinese page was used to confirm the path, the plan name and the limits.
//! - The page says the HTTP status is always 200 unless a network error occurs, with errors only in `ErrorCode`/`ErrorInfo`. — *Resolved:* The errors carry no `http_status`; the rule records the behaviour.

use imapi_runtime::{BodyFormat, ErrorRole, Operation, OperationShape, RateLimit, decode};
use imapi_runtime::validate::{self, Path, Segment, Validate, Violations};
use std::time::Duration;
use super::{SPEC, TencentChat, errors};

/// `ModifyUserInfo` as a type: it ties [`ModifyUserInfoRequest`] and [`ModifyUserInfoResponse`] to the operation's binding, rate limit and errors, for clients (`call::<ModifyUserInfo>`) and servers (`route::<ModifyUserInfo>`) alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ModifyUserInfo;

impl OperationShape for ModifyUserInfo {
    type Service = TencentChat;
    type Input = ModifyUserInfoRequest;
    type Output = ModifyUserInfoResponse;
    const OP: Operation = Operation {
        name: "ModifyUserInfo",
        service: &SPEC,
        path: "/v4/group_open_avchatroom_http_svc/modify_user_info",
        action: None,
        rate_limit: Some(RateLimit {
            requests: 200,
            per: Duration::from_secs(1),
        }),
        idempotent: true,
        errors: &[
            (ErrorRole::Internal, errors::E10002),
            (ErrorRole::InvalidParameter, errors::E10004),
        ],
        class_limits: &[],
        pagination: &[],
        payload_on_error: None,
        body: BodyFormat::Json,
    };
}

/// The request body of `ModifyUserInfo`.
///
/// The request of [`ModifyUserInfo`](self): App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members.
///
/// - HTTP: `POST /v4/group_open_avchatroom_http_svc/modify_user_info`
/// - Request: [`ModifyUserInfoRequest`]; response payload: [`ModifyUserInfoResponse`]
/// - Rate limit: 200 requests per second
/// - Source: ライブグループメンバーマークの設定, <https://www.tencentcloud.com/jp/document/product/1047/50294>, seed `004_ba3295fb0df4b5b3.txt`
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyUserInfoRequest {
    /// The ID of the audio-video group (AVChatRoom) whose members' marks are set or deleted.
    ///
    /// Example: `"@TGS#a6I4ZUUGO"`.
    pub group_id: String,
    /// 1: Mark setting; 2: Mark deletion
    ///
    /// Example: `1`. The document calls the type `Integer`.
    pub command_type: CommandType,
    /// List of accounts for which marks are to be set. Up to 500 accounts are supported each time, and up to 10 different marks can be set for each group. A mark is a number greater than or equal to 1,000.
    ///
    /// Limits: at most 500 items. The document calls the type `Array`.
    pub member_list: Vec<MemberMarks>,
}

impl ModifyUserInfoRequest {
    /// A value with the required `GroupId`, `CommandType`, `MemberList`; optional fields absent. The `with_…` methods set the others.
    pub fn new(
        group_id: impl Into<String>,
        command_type: CommandType,
        member_list: Vec<MemberMarks>,
    ) -> Self {
        ModifyUserInfoRequest {
            group_id: group_id.into(),
            command_type,
            member_list,
        }
    }
}

impl serde::Serialize for ModifyUserInfoRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ModifyUserInfoRequest", 3)?;
        object.serialize_field("GroupId", &self.group_id)?;
        object.serialize_field("CommandType", &self.command_type)?;
        object.serialize_field("MemberList", &self.member_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyUserInfoRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyUserInfoRequest {
    const NAME: &'static str = "ModifyUserInfoRequest";

    fn field(key: &str) -> usize {
        match key {
            "GroupId" => 0,
            "CommandType" => 1,
            "MemberList" => 2,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut group_id_slot: Option<String> = None;
        let mut command_type_slot: Option<CommandType> = None;
        let mut member_list_slot: Option<Vec<MemberMarks>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut group_id_slot, "GroupId", &mut map)?,
                1 => decode::once(&mut command_type_slot, "CommandType", &mut map)?,
                2 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyUserInfoRequest {
            group_id: group_id_slot.ok_or_else(|| A::Error::missing_field("GroupId"))?,
            command_type: command_type_slot
                .ok_or_else(|| A::Error::missing_field("CommandType"))?,
            member_list: member_list_slot
                .ok_or_else(|| A::Error::missing_field("MemberList"))?,
        })
    }
}

impl Validate for ModifyUserInfoRequest {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.command_type;
            path.push(Segment::Field("CommandType"));
            value.validate_into(path, out);
            path.pop();
        }
        {
            let value = &self.member_list;
            path.push(Segment::Field("MemberList"));
            validate::items(value, None, Some(500), path, out);
            value.validate_into(path, out);
            path.pop();
        }
    }
}

/// The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
///
/// The payload of a successful [`ModifyUserInfo`](self) call: the fields of the response beside the envelope's.
#[derive(Debug, Clone, PartialEq)]
pub struct ModifyUserInfoResponse {
    /// The command of the request, echoed back (1 = mark setting, 2 = mark deletion).
    ///
    /// Example: `1`.
    pub command_type: CommandType,
    /// List of members whose marks are successfully set. In the case of mark setting for a batch of accounts, if certain accounts are offline, the backend does not return the offline accounts; if all accounts are offline or do not exist, the backend returns a failure result.
    ///
    /// The document calls the type `Object`.
    pub member_list: Vec<MemberMarks>,
}

impl serde::Serialize for ModifyUserInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("ModifyUserInfoResponse", 2)?;
        object.serialize_field("CommandType", &self.command_type)?;
        object.serialize_field("MemberList", &self.member_list)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for ModifyUserInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for ModifyUserInfoResponse {
    const NAME: &'static str = "ModifyUserInfoResponse";

    fn field(key: &str) -> usize {
        match key {
            "CommandType" => 0,
            "MemberList" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut command_type_slot: Option<CommandType> = None;
        let mut member_list_slot: Option<Vec<MemberMarks>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut command_type_slot, "CommandType", &mut map)?,
                1 => decode::once(&mut member_list_slot, "MemberList", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(ModifyUserInfoResponse {
            command_type: command_type_slot
                .ok_or_else(|| A::Error::missing_field("CommandType"))?,
            member_list: member_list_slot
                .ok_or_else(|| A::Error::missing_field("MemberList"))?,
        })
    }
}

/// Whether marks are set or deleted.
///
/// The enum is open: a value the spec does not list is kept in [`Self::Unknown`] instead of failing to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommandType {
    /// `1`: Mark setting.
    Set,
    /// `2`: Mark deletion.
    Delete,
    /// A value the spec does not list, kept as received.
    Unknown(i32),
}

impl CommandType {
    /// The value on the wire.
    pub const fn value(self) -> i32 {
        match self {
            Self::Set => 1,
            Self::Delete => 2,
            Self::Unknown(value) => value,
        }
    }

    /// The variant for a wire value.
    pub const fn from_value(value: i32) -> Self {
        match value {
            1 => Self::Set,
            2 => Self::Delete,
            other => Self::Unknown(other),
        }
    }
}

impl serde::Serialize for CommandType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

impl<'de> serde::Deserialize<'de> for CommandType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i32::deserialize(deserializer).map(Self::from_value)
    }
}

impl Validate for CommandType {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        if let Self::Unknown(value) = self {
            validate::unknown_enum_value(value, &["1 (Set)", "2 (Delete)"], path, out);
        }
    }
}

/// A group member and its marks: in the request, the marks to set or delete; in the response, the marks that were set.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MemberMarks {
    /// The member's account (UserID).
    ///
    /// Example: `"teacher10"`.
    pub member_account: String,
    /// The member's marks. A mark is a number greater than or equal to 1,000; app admins may also use the special marks 500 (always online for up to three days) and 600 (hidden from the online member list unless pulled by that mark).
    ///
    /// Example: `[1000]`. Limits: each item at least 1000, or 500 or 600.
    pub marks: Vec<i64>,
}

impl MemberMarks {
    /// A value with the required `Member_Account`, `Marks`; optional fields absent. The `with_…` methods set the others.
    pub fn new(member_account: impl Into<String>, marks: Vec<i64>) -> Self {
        MemberMarks {
            member_account: member_account.into(),
            marks,
        }
    }
}

impl serde::Serialize for MemberMarks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut object = serializer.serialize_struct("MemberMarks", 2)?;
        object.serialize_field("Member_Account", &self.member_account)?;
        object.serialize_field("Marks", &self.marks)?;
        object.end()
    }
}

impl<'de> serde::Deserialize<'de> for MemberMarks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        decode::object(deserializer)
    }
}

impl<'de> decode::Object<'de> for MemberMarks {
    const NAME: &'static str = "MemberMarks";

    fn field(key: &str) -> usize {
        match key {
            "Member_Account" => 0,
            "Marks" => 1,
            _ => decode::UNKNOWN,
        }
    }

    fn read<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use serde::de::Error as _;
        let mut member_account_slot: Option<String> = None;
        let mut marks_slot: Option<Vec<i64>> = None;
        while let Some(field) = Self::next_field(&mut map)? {
            match field {
                0 => decode::once(&mut member_account_slot, "Member_Account", &mut map)?,
                1 => decode::once(&mut marks_slot, "Marks", &mut map)?,
                _ => decode::skip(&mut map)?,
            }
        }
        Ok(MemberMarks {
            member_account: member_account_slot
                .ok_or_else(|| A::Error::missing_field("Member_Account"))?,
            marks: marks_slot.ok_or_else(|| A::Error::missing_field("Marks"))?,
        })
    }
}

impl Validate for MemberMarks {
    fn validate_into<'a>(&'a self, path: &mut Path<'a>, out: &mut Violations) {
        {
            let value = &self.marks;
            path.push(Segment::Field("Marks"));
            validate::each_number(
                value,
                &validate::Bounds {
                    minimum: Some(validate::Number::Int(1000)),
                    maximum: None,
                    also_allowed: &[
                        validate::Number::Int(500),
                        validate::Number::Int(600),
                    ],
                },
                path,
                out,
            );
            path.pop();
        }
    }
}
