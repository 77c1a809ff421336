// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! RongCloud IM Server API
//!
//! RongCloud's IM Server API (the classic form API). Every request is an HTTPS POST to
//! `https://{data center domain}/{module}/{action}.json` whose body is
//! `application/x-www-form-urlencoded`: a parameter sent several times is a list
//! (`userId=1&userId=2`), `key[sub]=value` a map (`group[10001]=Name`), and structured values
//! (a message's `content`) are JSON text in one parameter. Each request carries the headers
//! `App-Key`, `Nonce` (a random string), `Timestamp` and `Signature`, the hex SHA-1 of the App
//! Secret, the Nonce and the Timestamp concatenated; each may also be sent with the `RC-` prefix.
//! Answers are JSON: `code` 200 on success, with the API's own fields beside it.
//!
//! The classic Server API of RongCloud (融云), rebranded Nexconn in 2026; the pages still document it for existing apps.
//!
//! # Protocol
//!
//! RongCloud Server API: every operation is `POST /<module>/<action>.json` with a form-encoded body, signed with the `App-Key`, `Nonce`, `Timestamp` and `Signature` headers (`Signature` is the hex SHA-1 of the App Secret, the nonce and the timestamp).
//!
//! # Endpoints
//!
//! | Region | Host | Notes |
//! | --- | --- | --- |
//! | `china` | `api.rong-api.com` | default; backup `api-b.rong-api.com`; China (Beijing data center). Switch to the backup host when the first fails. |
//! | `singapore` | `api.sg-light-api.com` | backup `api-b.sg-light-api.com`; Singapore. |
//! | `singapore-b` | `api.sg-b-light-api.com` | backup `api-b.sg-b-light-api.com`; Singapore B. |
//! | `north-america` | `api.us-light-api.com` | backup `api-b.us-light-api.com`; North America. |
//! | `saudi-arabia` | `api.sau-light-api.com` | backup `api-b.sau-light-api.com`; Saudi Arabia. |
//!
//! # Errors of every operation
//!
//! | Code | CodeN | HTTP | Meaning |
//! | --- | --- | --- | --- |
//! | `404` |  | 404 | Not found; the server has no API at the requested address. |
//! | `1000` |  | 500 | Internal error in the server's logic; retry later. |
//! | `1001` |  | 401 | App Secret error; the App Key and App Secret do not match. |
//! | `1002` |  | 400 | Parameter error; the message says which. |
//! | `1003` |  | 400 | No POST data; the request posted nothing. |
//! | `1004` |  | 401 | Signature verification error. |
//! | `1005` |  | 400 | A parameter is too long; the message says which. |
//! | `1006` |  | 401 | The app is locked or deleted. |
//! | `1007` |  | 401 | The method is restricted from being called; the message says why. |
//! | `1008` |  | 429 | Call rate over the limit; the message says which. Also answered when broadcast messages are not enabled. |
//! | `1009` |  | 430 | The service is not enabled; enable it in the developer console or file a ticket. |
//! | `1015` |  | 200 | The data to delete does not exist (a keep-alive chat room ID that does not exist). |
//! | `1016` |  | 403 | Too many keep-alive chat rooms. |
//! | `1050` |  | 504 | An internal service timed out. |
//! | `2007` |  | 403 | Too many test users (a development app registers at most 100). |
//!
//! # Sources
//!
//! - API Request Signature (the four headers, the RC- prefix, the signature), <https://docs.rongcloud.io/platform-chat-api/auth>
//! - 签名规则 (the worked example the conformance vectors reproduce), <https://docs.rongcloud.cn/im/server/signature/>
//! - Server API Base URL (data center hosts and their backups), <https://docs.rongcloud.io/platform-chat-api/base-url>
//! - Server API 状态码 (the status-code table, a third-party copy; no official copy was found), <https://imooc.com/article/68442>
//! - The official Python server SDK (rc-server-sdk 3.2.0, PyPI), which the signature and form vectors come from, <https://pypi.org/project/rc-server-sdk/3.2.0/>
//!
//! # Notes on the source document
//!
//! - No official status-code page was found; the table is known from three identical third-party copies (imooc.com, blog.csdn.net, cloud.tencent.com/developer). The operation pages show only `code` 200, and no page shows a failure's body. — *Resolved:* `errors` transcribe that table with its HTTP statuses. A failure's body is `{"code": …, "errorMessage": …}`, as the official Go SDK (`CodeResult`) and the Java SDK's API descriptions read it; `errorMessage` is an optional field of the envelope.
//! - The table gives one code to several failures a server tells apart: 1004 for any signature that does not verify, 1002 for any parameter error. — *Resolved:* 1004 plays the roles of a missing, malformed, expired or wrong signature; 1002 those of an invalid parameter and of a body that is not a form of the request's shape; 1003 ("no POST data") that of a request that is not a POST.
//! - The signature pages say `Timestamp` is in milliseconds; the official Python and Go SDKs send seconds, and some request examples do too. No page gives a window within which a timestamp is accepted. — *Resolved:* Clients send milliseconds, as the pages say. The runtime's server accepts seconds or milliseconds (a value past 10^11 is milliseconds) within 300 seconds of its clock, the window NetEase documents for the same scheme; this window is our policy, not the vendor's.
//! - The request examples' `Signature` (`45beb7cc…`, with Nonce 14314 and Timestamp 1408710653491) is a placeholder: it is not the SHA-1 of the documented App Secret, Nonce and Timestamp. The older Chinese signature page's example (Timestamp 1408710653000, `30be0bb…c88f`) does verify. — *Resolved:* The conformance vectors (`tests/conformance/rongcloud_signature.json`) hold the verifying example and signatures made by the official Python SDK; the placeholder is not used.
//! - The current pages say `Nonce` is at most 18 characters; the older signature page says it has no length limit. — *Resolved:* Clients send at most 10 digits; the runtime's server accepts up to 64 characters.
//! - The pages do not say where the request id is. The help center's article on signature errors and the official Go SDK read it from the `X-Request-Id` response header. — *Resolved:* The envelope's request id is the `X-Request-Id` response header.

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
pub mod group_create;

#[rustfmt::skip]
pub mod group_dismiss;

#[rustfmt::skip]
pub mod group_join;

#[rustfmt::skip]
pub mod group_quit;

#[rustfmt::skip]
pub mod group_refresh;

#[rustfmt::skip]
pub mod group_sync;

#[rustfmt::skip]
pub mod group_user_gag_add;

#[rustfmt::skip]
pub mod group_user_gag_list;

#[rustfmt::skip]
pub mod group_user_gag_rollback;

#[rustfmt::skip]
pub mod group_user_query;

#[rustfmt::skip]
pub mod message_group_publish;

#[rustfmt::skip]
pub mod message_private_publish;

#[rustfmt::skip]
pub mod message_recall;

#[rustfmt::skip]
pub mod user_block;

#[rustfmt::skip]
pub mod user_block_query;

#[rustfmt::skip]
pub mod user_check_online;

#[rustfmt::skip]
pub mod user_get_token;

#[rustfmt::skip]
pub mod user_group_query;

#[rustfmt::skip]
pub mod user_info;

#[rustfmt::skip]
pub mod user_refresh;

#[rustfmt::skip]
pub mod user_token_expire;

#[rustfmt::skip]
pub mod user_unblock;

pub use group_create::*;
pub use group_dismiss::*;
pub use group_join::*;
pub use group_quit::*;
pub use group_refresh::*;
pub use group_sync::*;
pub use group_user_gag_add::*;
pub use group_user_gag_list::*;
pub use group_user_gag_rollback::*;
pub use group_user_query::*;
pub use message_group_publish::*;
pub use message_private_publish::*;
pub use message_recall::*;
pub use user_block::*;
pub use user_block_query::*;
pub use user_check_online::*;
pub use user_get_token::*;
pub use user_group_query::*;
pub use user_info::*;
pub use user_refresh::*;
pub use user_token_expire::*;
pub use user_unblock::*;

/// The operations of RongCloud IM Server API as a type: the `Service` of each operation's `OperationShape`, so a client or server takes only this service's operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct RongcloudIm;

/// What the runtime knows of the service: its name, version, signing service, and the service-wide errors that play a role (the code a server answers each kind of failure with).
pub const SPEC: ServiceSpec = ServiceSpec {
    name: "rongcloud-im",
    version: "",
    signing_service: "",
    errors: &[
        (ErrorRole::UnknownOperation, errors::E404),
        (ErrorRole::Internal, errors::E1000),
        (ErrorRole::UnknownCredentials, errors::E1001),
        (ErrorRole::InvalidParameter, errors::E1002),
        (ErrorRole::MalformedBody, errors::E1002),
        (ErrorRole::BadRequest, errors::E1003),
        (ErrorRole::SignatureMismatch, errors::E1004),
        (ErrorRole::MissingCredentials, errors::E1004),
        (ErrorRole::MalformedCredentials, errors::E1004),
        (ErrorRole::ExpiredCredentials, errors::E1004),
        (ErrorRole::Throttled, errors::E1008),
    ],
};

/// Calls `visitor.visit::<Op>()` for every operation of the service, in name order: code that works on any operation (tests, registries, mocks) needs no list of its own.
pub fn for_each_operation<V: OperationVisitor<RongcloudIm>>(visitor: &mut V) {
    visitor.visit::<GroupCreate>();
    visitor.visit::<GroupDismiss>();
    visitor.visit::<GroupJoin>();
    visitor.visit::<GroupQuit>();
    visitor.visit::<GroupRefresh>();
    visitor.visit::<GroupSync>();
    visitor.visit::<GroupUserGagAdd>();
    visitor.visit::<GroupUserGagList>();
    visitor.visit::<GroupUserGagRollback>();
    visitor.visit::<GroupUserQuery>();
    visitor.visit::<MessageGroupPublish>();
    visitor.visit::<MessagePrivatePublish>();
    visitor.visit::<MessageRecall>();
    visitor.visit::<UserBlock>();
    visitor.visit::<UserBlockQuery>();
    visitor.visit::<UserCheckOnline>();
    visitor.visit::<UserGetToken>();
    visitor.visit::<UserGroupQuery>();
    visitor.visit::<UserInfo>();
    visitor.visit::<UserRefresh>();
    visitor.visit::<UserTokenExpire>();
    visitor.visit::<UserUnblock>();
}

/// The response envelope: every response body of the service has this shape, with the operation's payload as `T`.
///
/// Every answer is a JSON object whose `code` is 200 on success, with the API's own fields
/// beside it; a failure carries another code and `errorMessage`, and most failures come with
/// an HTTP status of their own (401 for a signature that does not verify, 429 for a rate
/// limit). The request id is not in the body: the `X-Request-Id` response header carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope<T> {
    /// Return code; 200 is success.
    ///
    /// Example: `200`. The document calls the type `Number`.
    pub code: i64,
    /// Why the call failed, on failure.
    pub error_message: Option<String>,
    /// The operation's payload, whose fields sit beside the envelope's.
    pub payload: T,
}

impl<T: serde::Serialize> serde::Serialize for Envelope<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("code", &self.code)?;
        encode::optional_entry(&mut object, "errorMessage", &self.error_message)?;
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
            code: head.code.ok_or_else(|| D::Error::missing_field("code"))?,
            error_message: head.error_message.flatten(),
            payload,
        })
    }
}

/// The envelope's own fields while a body is decoded.
#[derive(Default)]
struct EnvelopeHead {
    code: Option<i64>,
    error_message: Option<Option<String>>,
}

impl<'de> decode::EnvelopeFields<'de> for EnvelopeHead {
    fn read<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => decode::read_once(&mut self.code, "code", map),
            "errorMessage" => {
                decode::read_once(&mut self.error_message, "errorMessage", map)
            }
            _ => Ok(false),
        }
    }
}
