// Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! Tencent Cloud Chat (IM) server REST API
//!
//! Tencent Cloud Chat (Instant Messaging) server-side RESTful API. Every request is an HTTPS POST
//! to `https://{domain}/v4/{servicename}/{command}?sdkappid={SDKAppID}&identifier={admin}&usersig={UserSig}&random={u32}&contenttype=json`
//! with a UTF-8 JSON body (`{}` when an API takes no parameters). `identifier` must be an App
//! admin account and `usersig` that admin's UserSig (TLSSigAPIv2); `random` is a random 32-bit
//! unsigned integer (0 to 4294967295); `contenttype` is always `json`. Query parameter names and
//! values are case-sensitive.
//!
//! # Protocol
//!
//! Tencent Cloud Chat REST API: every operation is `POST /v4/<servicename>/<command>?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json`.
//!
//! # Endpoints
//!
//! | Region | Host | Notes |
//! | --- | --- | --- |
//! | `china` | `console.tim.qq.com` | default; backup `adminapi.my-imcloud.com`; China. |
//! | `singapore` | `adminapisgp.im.qcloud.com` | backup `adminapisgp.my-imcloud.com`; Singapore. |
//! | `seoul` | `adminapikr.im.qcloud.com` | backup `adminapikr.my-imcloud.com`; Seoul. |
//! | `tokyo` | `adminapijpn.im.qcloud.com` | backup `adminapijpn.my-imcloud.com`; Tokyo (not on the overview page; listed on 269/79267 and 1047/50293). |
//! | `frankfurt` | `adminapiger.im.qcloud.com` | backup `adminapiger.my-imcloud.com`; Frankfurt. |
//! | `mumbai` | `adminapiind.im.qcloud.com` | backup `adminapiind.my-imcloud.com`; Mumbai (not on the overview page; listed on 269/79267 and 1047/50293). |
//! | `silicon-valley` | `adminapiusa.im.qcloud.com` | backup `adminapiusa.my-imcloud.com`; Silicon Valley. |
//! | `jakarta` | `adminapiidn.im.qcloud.com` | backup `adminapiidn.my-imcloud.com`; Jakarta. |
//!
//! # Errors of every operation
//!
//! | Code | Meaning |
//! | --- | --- |
//! | `60002` | HTTP parse error; check the URL format. |
//! | `60003` | The request JSON could not be parsed. |
//! | `60004` | Account or signature error in the request URL or JSON body. |
//! | `60005` | Account or signature error in the request URL or JSON body. |
//! | `60006` | The SDKAppID is invalid. |
//! | `60007` | REST API call frequency over the limit. |
//! | `60008` | Service timeout, or the HTTP request format is wrong. |
//! | `60009` | Wrong request resource (URL). |
//! | `60010` | The request requires App admin permission. |
//! | `60011` | The SDKAppID's request frequency is over the limit. |
//! | `60012` | A REST API call must carry the SDKAppID. |
//! | `60013` | The response JSON could not be parsed. |
//! | `60014` | Account exchange timed out. |
//! | `60015` | The account type in the request body must be a string. |
//! | `60016` | The SDKAppID is disabled. |
//! | `60017` | The request is disabled (not a rate limit). |
//! | `60018` | Requests too frequent. |
//! | `60019` | Requests too frequent. |
//! | `60020` | The Pro package has expired. |
//! | `60021` | The caller's IP address is not allowed. |
//! | `70001` | The UserSig has expired. |
//! | `70003` | The UserSig could not be parsed (for example truncated). |
//! | `70009` | UserSig verification failed (wrong key or SDKAppID). |
//! | `70013` | The UserID in the request does not match the UserID in the UserSig. |
//! | `70014` | The SDKAppID in the request does not match the SDKAppID in the UserSig. |
//! | `70016` | The key or public key does not exist. |
//! | `70020` | The SDKAppID does not exist. |
//! | `70050` | UserSig verification failed and the account is frequency-limited; retry after 1 minute. |
//! | `70051` | The account is blacklisted. |
//! | `70107` | The account has not been imported. |
//! | `10002` | An internal server error; retry, or contact technical support (the group API pages: "A system error occurred", "Internal error of the server"). |
//! | `10004` | A parameter is invalid; the response's ErrorInfo says which (the group API pages: check whether the required fields are given and set as the protocol requires). |
//!
//! # Sources
//!
//! - RESTful API Overview (URL format, domains, envelope), <https://www.tencentcloud.com/document/product/1047/34620>
//! - 设置直播群成员标记 (domains including Tokyo and Mumbai), <https://cloud.tencent.com/document/product/269/79267>
//! - Getting Online Audio-Video Group Members (domains including Tokyo and Mumbai), <https://www.tencentcloud.com/zh/document/product/1047/50293>
//! - 错误码说明 (HTTP status always 200; RequestId), <https://cloud.tencent.com/document/product/269/117690>
//! - REST API 公共错误码 (60xxx and 70xxx codes), <https://cloud.tencent.com/document/product/679/131708>
//! - UserSig FAQ (default and maximum validity), <https://cloud.tencent.com/document/product/269/2660>
//! - Message Formats (MsgBody, TIMMsgElement and each element's MsgContent), <https://www.tencentcloud.com/document/product/1047/33527>
//! - Tencent's client SDK reading a voice element (react-native-tim-js V2TimSoundElem, `url?`), <https://github.com/TencentCloud/TIMSDK/blob/af6da49ff7b0407fa19d43fb0e7437b3425544a5/ReactNative/IMSDK/react-native-tim-js/src/interface/v2TimSoundElem.ts>
//! - Tencent's client SDK reading a file element (react-native-tim-js V2TimFileElem, `url?`), <https://github.com/TencentCloud/TIMSDK/blob/4ee3850af9e241df25189f76725c18ec822e68d6/ReactNative/IMSDK/react-native-tim-js/src/interface/v2TimFileElem.ts>
//! - Tencent's client SDK reading a video element (react-native-tim-js V2TimVideoElem, `videoUrl?`, `snapshotUrl?`), <https://github.com/TencentCloud/TIMSDK/blob/49f0786a39107d45b9595944ba931ea4ab7694f6/ReactNative/IMSDK/react-native-tim-js/src/interface/v2TimVideoElem.ts>
//! - Tencent's client SDK reading a location element (react-native-tim-js V2TimLocationElem, latitude and longitude not optional), <https://github.com/TencentCloud/TIMSDK/blob/4ee3850af9e241df25189f76725c18ec822e68d6/ReactNative/IMSDK/react-native-tim-js/src/interface/v2TimLocationElem.ts>
//! - tls-sig-api-v2-python (UserSig generation), <https://github.com/tencentyun/tls-sig-api-v2-python/tree/5326113eeffc7c24afa366bf90608f88aad99e3c>
//! - tls-sig-api-v2-golang (UserSig generation and verification), <https://github.com/tencentyun/tls-sig-api-v2-golang/tree/66c185fc88577374c54a1948b5aa4cd89d8de475>
//!
//! # Notes on the source document
//!
//! - `ErrorDisplay` appears in some APIs' responses but is not part of the envelope described on the overview page. — *Resolved:* `ErrorDisplay` is an optional string field of the envelope.
//! - `RequestId` is returned by newer APIs (269/117690) but is not in the overview's envelope or in most API pages' samples. — *Resolved:* `RequestId` is an optional string field of the envelope.
//! - The overview (1047/34620) lists six domains; Tokyo (`adminapijpn.im.qcloud.com`) and Mumbai (`adminapiind.im.qcloud.com`) appear only on other pages (269/79267, 1047/50293). — *Resolved:* All eight domains are endpoints, each with its `my-imcloud.com` backup host; China is the default.
//! - The API pages type `ErrorCode` as "Integer" without a width. — *Resolved:* `ErrorCode` is i64.
//! - The HTTP status is always 200 (unless a network error such as 502 occurs); errors are only in `ErrorCode`/`ErrorInfo`. — *Resolved:* The errors carry no `http_status`.
//! - The error-code page gives each code a meaning but not which failure a server reports it for; some pairings are plain (70001 expired UserSig, 60010 admin required), others are read from the descriptions. — *Resolved:* Each code a server answers with has a `role`. Read from the descriptions: 60002 ("HTTP parse error; check the URL format") for a missing or malformed query parameter, 60008 ("bad HTTP request format") for a method other than POST, 60009 ("wrong request resource (URL)") for an unknown service or command, 70020 ("SDKAppID does not exist") for an app the server does not know, and 60007 (first of the four frequency codes, "REST API call frequency over the limit") for the per-operation rate limit; all four frequency codes are `throttled`, so clients retry any of them.
//! - No code is documented for a request body that is too large. — *Resolved:* Servers answer it with 60003 (`role: malformed_body`), the code for a body they cannot parse.
//! - Two codes could answer a body missing a required field: 60003 ("request JSON parse error") and each command's 10004, whose description asks to check "whether the required fields have been specified or whether the fields are set according to protocol requirements". — *Resolved:* 60003 (`role: malformed_body`) is kept for a body that is not JSON text (cut short, empty, trailing characters); a body that is JSON but lacks, repeats or mistypes a field, or writes an object as an array, gets 10004 (`role: invalid_parameter`), as a broken constraint does.
//! - 10002 (internal error) and 10004 (invalid parameter) are not on the common-code page (679/131708), yet the error table of every group API page lists both with the same meaning, each in its own words (ModifyUserInfo's 1047/50294: "A system error occurred", "A parameter is invalid"; SendGroupMsg's 1047/34959: "Internal error of the server", "Invalid parameter"). — *Resolved:* Both are service-wide errors here, with the roles a server answers these failures with: 10002 `internal`, 10004 `invalid_parameter`. An operation's file lists them as its page does, in the page's words and without a role (the role, as a restated code's every other fact, comes from this file), so a new operation's file needs no error roles of its own. An operation whose page gives other codes for these failures lists them with the role in its own `errors`, which a server prefers to the service's.
//! - 60004 and 60005 have the same description on the error-code page; 60017 ("request disabled") sits among the frequency codes but is not a rate limit. — *Resolved:* Both 60004 and 60005 are kept with the same description. The rate-limit codes are 60007, 60011, 60018 and 60019; 60017 is described as not a rate limit.
//! - Message Formats names the element object `TIMMsgElement` and its kinds `TIMTextElem`, `TIMImageElem`, …; the spec's type names are PascalCase. — *Resolved:* The union is `TimMsgElement` and its contents `TimTextElem`, `TimImageElem`, …; on the wire the tags keep the document's spelling (`"MsgType": "TIMTextElem"`).
//! - The voice, file and video elements have a 2.X/3.X form without the download URL and flag, and Tencent's OpenAPI description of the SDK requires other fields than the page's "To send … through the server-side RESTful API, you need to enter …" notes (for example it requires `FileName` and `FileSize` but not `Url` for a file). — *Resolved:* The fields the page says a REST API sender must give are required (`Url`, `UUID`, `Download_Flag`; the video's URLs, UUIDs, thumbnail size and flags; the image's sizes); the others are optional.
//! - The element union is both sent and read: SendGroupMsg's `MsgBody` is what a REST sender gives, and history answers (`group_msg_get_simple`'s `RspMsgList[].MsgBody`, not yet in this spec) and callbacks return elements as they were stored, whoever sent them. The voice, file and video elements' 2.X/3.X form, the form older clients stored, has no download URL or download flag (the note above, from Message Formats), and Tencent's client SDK reads those elements with their URLs optional (react-native-tim-js: V2TimSoundElem `url?`, V2TimFileElem `url?`, V2TimVideoElem `videoUrl?`, `snapshotUrl?`). With the URLs required both ways, a history answer holding such an element would not decode at all (`missing field Url`, reported against group_msg_get_simple in issue 22). — *Resolved:* The voice and file elements' `Url` and `Download_Flag`, and the video element's `VideoUrl`, `VideoDownloadFlag`, `ThumbUrl` and `ThumbDownloadFlag`, are `required: request`: a request must carry them (validation refuses one without them, as the page's notes for REST senders ask) and an answer may leave them out. Every other field keeps its `required`: the client SDK's interfaces type nearly every field optional (all of an image's sizes, a text's `Text`, a face's `Index`; only a location's latitude and longitude are not), which says how a client is written rather than what a stored element lacks, and no page says a stored element lacks any other field. That the UUIDs, sizes and the video thumbnail's width and height are always stored is therefore not verified; the fields stay required both ways until a page or an answer shows otherwise.
//! - The file element's table spells the name field `fileName`, its example `FileName`. — *Resolved:* `FileName`, as in the example and the SDK's OpenAPI description.
//! - Tencent's OpenAPI description of image sizes declares a `URL` property but lists `Url` as required, a name that is not one of its properties; the page's table and example have only `URL`. — *Resolved:* `URL`, required for sending, as the page's table, example and note ("you need to enter the `URL`, `UUID`, `Width`, and `Height` fields") give it.
//! - The Chinese Message Formats page also lists `TIMRelayElem` (a combined, forwarded message); the English page's list of element kinds does not. — *Resolved:* Not a variant here: the union is open, so a `TIMRelayElem` element decodes into `TimMsgElement::Unknown` with its content kept as JSON, and a request that sends one is refused by validation.

use imapi_runtime::{ErrorRole, OperationVisitor, ServiceSpec, decode, encode};

#[cfg(feature = "client")]
#[rustfmt::skip]
pub mod client;

#[rustfmt::skip]
pub mod errors;

#[cfg(feature = "server")]
#[rustfmt::skip]
pub mod server;

#[rustfmt::skip]
pub mod account_check;

#[rustfmt::skip]
pub mod account_delete;

#[rustfmt::skip]
pub mod account_import;

#[rustfmt::skip]
pub mod add_group_member;

#[rustfmt::skip]
pub mod admin_get_roam_msg;

#[rustfmt::skip]
pub mod admin_msg_withdraw;

#[rustfmt::skip]
pub mod admin_set_msg_read;

#[rustfmt::skip]
pub mod ban_group_member;

#[rustfmt::skip]
pub mod batch_send_msg;

#[rustfmt::skip]
pub mod change_group_owner;

#[rustfmt::skip]
pub mod create_group;

#[rustfmt::skip]
pub mod delete_group_member;

#[rustfmt::skip]
pub mod delete_group_msg_by_sender;

#[rustfmt::skip]
pub mod destroy_group;

#[rustfmt::skip]
pub mod forbid_send_msg;

#[rustfmt::skip]
pub mod get_appid_group_list;

#[rustfmt::skip]
pub mod get_group_ban_member;

#[rustfmt::skip]
pub mod get_group_info;

#[rustfmt::skip]
pub mod get_group_member_info;

#[rustfmt::skip]
pub mod get_group_muted_account;

#[rustfmt::skip]
pub mod get_joined_group_list;

#[rustfmt::skip]
pub mod get_members;

#[rustfmt::skip]
pub mod get_online_member_num;

#[rustfmt::skip]
pub mod get_role_in_group;

#[rustfmt::skip]
pub mod group_msg_get_simple;

#[rustfmt::skip]
pub mod group_msg_recall;

#[rustfmt::skip]
pub mod import_group;

#[rustfmt::skip]
pub mod import_group_member;

#[rustfmt::skip]
pub mod import_group_msg;

#[rustfmt::skip]
pub mod import_msg;

#[rustfmt::skip]
pub mod modify_group_base_info;

#[rustfmt::skip]
pub mod modify_group_member_info;

#[rustfmt::skip]
pub mod modify_user_info;

#[rustfmt::skip]
pub mod multiaccount_import;

#[rustfmt::skip]
pub mod send_group_msg;

#[rustfmt::skip]
pub mod send_group_system_notification;

#[rustfmt::skip]
pub mod send_msg;

#[rustfmt::skip]
pub mod set_unread_msg_num;

#[rustfmt::skip]
pub mod unban_group_member;

#[rustfmt::skip]
mod types;

pub use types::*;
pub use account_check::*;
pub use account_delete::*;
pub use account_import::*;
pub use add_group_member::*;
pub use admin_get_roam_msg::*;
pub use admin_msg_withdraw::*;
pub use admin_set_msg_read::*;
pub use ban_group_member::*;
pub use batch_send_msg::*;
pub use change_group_owner::*;
pub use create_group::*;
pub use delete_group_member::*;
pub use delete_group_msg_by_sender::*;
pub use destroy_group::*;
pub use forbid_send_msg::*;
pub use get_appid_group_list::*;
pub use get_group_ban_member::*;
pub use get_group_info::*;
pub use get_group_member_info::*;
pub use get_group_muted_account::*;
pub use get_joined_group_list::*;
pub use get_members::*;
pub use get_online_member_num::*;
pub use get_role_in_group::*;
pub use group_msg_get_simple::*;
pub use group_msg_recall::*;
pub use import_group::*;
pub use import_group_member::*;
pub use import_group_msg::*;
pub use import_msg::*;
pub use modify_group_base_info::*;
pub use modify_group_member_info::*;
pub use modify_user_info::*;
pub use multiaccount_import::*;
pub use send_group_msg::*;
pub use send_group_system_notification::*;
pub use send_msg::*;
pub use set_unread_msg_num::*;
pub use unban_group_member::*;

/// The operations of Tencent Cloud Chat (IM) server REST API as a type: the `Service` of each operation's `OperationShape`, so a client or server takes only this service's operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TencentChat;

/// What the runtime knows of the service: its name, version, signing service, and the service-wide errors that play a role (the code a server answers each kind of failure with).
pub const SPEC: ServiceSpec = ServiceSpec {
    name: "tencent-chat",
    version: "v4",
    signing_service: "",
    errors: &[
        (ErrorRole::MissingParameter, errors::E60002),
        (ErrorRole::MalformedBody, errors::E60003),
        (ErrorRole::Throttled, errors::E60007),
        (ErrorRole::BadRequest, errors::E60008),
        (ErrorRole::UnknownOperation, errors::E60009),
        (ErrorRole::NotAdmin, errors::E60010),
        (ErrorRole::Throttled, errors::E60011),
        (ErrorRole::MissingApp, errors::E60012),
        (ErrorRole::Throttled, errors::E60018),
        (ErrorRole::Throttled, errors::E60019),
        (ErrorRole::ExpiredCredentials, errors::E70001),
        (ErrorRole::MalformedCredentials, errors::E70003),
        (ErrorRole::SignatureMismatch, errors::E70009),
        (ErrorRole::IdentifierMismatch, errors::E70013),
        (ErrorRole::AppMismatch, errors::E70014),
        (ErrorRole::UnknownCredentials, errors::E70020),
        (ErrorRole::Internal, errors::E10002),
        (ErrorRole::InvalidParameter, errors::E10004),
    ],
};

/// Calls `visitor.visit::<Op>()` for every operation of the service, in name order: code that works on any operation (tests, registries, mocks) needs no list of its own.
pub fn for_each_operation<V: OperationVisitor<TencentChat>>(visitor: &mut V) {
    visitor.visit::<AccountCheck>();
    visitor.visit::<AccountDelete>();
    visitor.visit::<AccountImport>();
    visitor.visit::<AddGroupMember>();
    visitor.visit::<AdminGetRoamMsg>();
    visitor.visit::<AdminMsgWithdraw>();
    visitor.visit::<AdminSetMsgRead>();
    visitor.visit::<BanGroupMember>();
    visitor.visit::<BatchSendMsg>();
    visitor.visit::<ChangeGroupOwner>();
    visitor.visit::<CreateGroup>();
    visitor.visit::<DeleteGroupMember>();
    visitor.visit::<DeleteGroupMsgBySender>();
    visitor.visit::<DestroyGroup>();
    visitor.visit::<ForbidSendMsg>();
    visitor.visit::<GetAppidGroupList>();
    visitor.visit::<GetGroupBanMember>();
    visitor.visit::<GetGroupInfo>();
    visitor.visit::<GetGroupMemberInfo>();
    visitor.visit::<GetGroupMutedAccount>();
    visitor.visit::<GetJoinedGroupList>();
    visitor.visit::<GetMembers>();
    visitor.visit::<GetOnlineMemberNum>();
    visitor.visit::<GetRoleInGroup>();
    visitor.visit::<GroupMsgGetSimple>();
    visitor.visit::<GroupMsgRecall>();
    visitor.visit::<ImportGroup>();
    visitor.visit::<ImportGroupMember>();
    visitor.visit::<ImportGroupMsg>();
    visitor.visit::<ImportMsg>();
    visitor.visit::<ModifyGroupBaseInfo>();
    visitor.visit::<ModifyGroupMemberInfo>();
    visitor.visit::<ModifyUserInfo>();
    visitor.visit::<MultiaccountImport>();
    visitor.visit::<SendGroupMsg>();
    visitor.visit::<SendGroupSystemNotification>();
    visitor.visit::<SendMsg>();
    visitor.visit::<SetUnreadMsgNum>();
    visitor.visit::<UnbanGroupMember>();
}

/// The response envelope: every response body of the service has this shape, with the operation's payload as `T`.
///
/// Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on
/// success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always
/// 200 unless a network error occurs (for example 502); the real error is carried in
/// `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope<T> {
    /// Request result. OK: successful; FAIL: failed.
    ///
    /// Example: `"OK"`. The document calls the type `String`.
    pub action_status: ActionStatus,
    /// Error code. 0: successful; other values: failed.
    ///
    /// Example: `0`. The document calls the type `Integer`.
    pub error_code: i64,
    /// Error information.
    ///
    /// Example: `""`.
    pub error_info: String,
    /// A displayable error message, returned by some APIs. Not part of the overview's envelope.
    pub error_display: Option<String>,
    /// The request's unique ID, returned by newer APIs.
    pub request_id: Option<String>,
    /// The operation's payload, whose fields sit beside the envelope's.
    pub payload: T,
}

impl<T: serde::Serialize> serde::Serialize for Envelope<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("ActionStatus", &self.action_status)?;
        object.serialize_entry("ErrorCode", &self.error_code)?;
        object.serialize_entry("ErrorInfo", &self.error_info)?;
        encode::optional_entry(&mut object, "ErrorDisplay", &self.error_display)?;
        encode::optional_entry(&mut object, "RequestId", &self.request_id)?;
        encode::beside(&mut object, &self.payload)?;
        object.end()
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Envelope<T> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let (head, payload) = decode::beside::<D, EnvelopeHead, T>(deserializer)?;
        Ok(Envelope {
            action_status: head
                .action_status
                .ok_or_else(|| D::Error::missing_field("ActionStatus"))?,
            error_code: head
                .error_code
                .ok_or_else(|| D::Error::missing_field("ErrorCode"))?,
            error_info: head
                .error_info
                .ok_or_else(|| D::Error::missing_field("ErrorInfo"))?,
            error_display: head.error_display.flatten(),
            request_id: head.request_id.flatten(),
            payload,
        })
    }
}

/// The envelope's own fields while a body is decoded.
#[derive(Default)]
struct EnvelopeHead {
    action_status: Option<ActionStatus>,
    error_code: Option<i64>,
    error_info: Option<String>,
    error_display: Option<Option<String>>,
    request_id: Option<Option<String>>,
}

impl<'de> decode::EnvelopeFields<'de> for EnvelopeHead {
    fn read<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ActionStatus" => {
                decode::read_once(&mut self.action_status, "ActionStatus", map)
            }
            "ErrorCode" => decode::read_once(&mut self.error_code, "ErrorCode", map),
            "ErrorInfo" => decode::read_once(&mut self.error_info, "ErrorInfo", map),
            "ErrorDisplay" => {
                decode::read_once(&mut self.error_display, "ErrorDisplay", map)
            }
            "RequestId" => decode::read_once(&mut self.request_id, "RequestId", map),
            _ => Ok(false),
        }
    }
}
