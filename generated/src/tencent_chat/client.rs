// Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The client of Tencent Cloud Chat (IM) server REST API.
//!
//! Each call is validated and sent with the admin's UserSig (made from the secret key and cached until near its expiry) and a fresh `random`; the `ActionStatus`/`ErrorCode`/`ErrorInfo` envelope is decoded: a vendor error becomes [`Error::Vendor`] with its code and message.
//!
//! Failures that cannot have been applied (no connection, throttling) are retried with capped, jittered backoff; others only for idempotent operations. [`Client::new`] calls the default region with the default settings; [`Client::builder`] picks another region or server and sets timeouts, retries, pacing to the documented rate limits, and validation.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use imapi::tencent_chat::client::Client;
//!
//! let client = Client::builder(1400000000, "administrator", "<secret key>")
//!     .region("singapore") // a key of ENDPOINTS
//!     .timeout(Duration::from_secs(10))
//!     .build()?;
//!
//! // Any other server, such as the emulator on this machine:
//! let local = Client::builder(1400000000, "administrator", "<secret key>")
//!     .base_url("http://127.0.0.1:8080")
//!     .allow_http(true)
//!     .build()?;
//! # Ok::<(), imapi::Error>(())
//! ```

use imapi_runtime::{Error, OperationShape, Paginated};
use imapi_runtime::pager::Stream;
use imapi_runtime::tencent;
use super::{
    AccountCheck, AccountCheckRequest, AccountCheckResponse, AccountDelete,
    AccountDeleteRequest, AccountDeleteResponse, AccountImport, AccountImportRequest,
    AccountImportResponse, AddGroupMember, AddGroupMemberRequest, AddGroupMemberResponse,
    AdminGetRoamMsg, AdminGetRoamMsgRequest, AdminGetRoamMsgResponse, AdminMsgWithdraw,
    AdminMsgWithdrawRequest, AdminMsgWithdrawResponse, AdminSetMsgRead,
    AdminSetMsgReadRequest, AdminSetMsgReadResponse, BanGroupMember,
    BanGroupMemberRequest, BanGroupMemberResponse, BatchSendMsg, BatchSendMsgRequest,
    BatchSendMsgResponse, ChangeGroupOwner, ChangeGroupOwnerRequest,
    ChangeGroupOwnerResponse, CreateGroup, CreateGroupRequest, CreateGroupResponse,
    DeleteGroupMember, DeleteGroupMemberRequest, DeleteGroupMemberResponse,
    DeleteGroupMsgBySender, DeleteGroupMsgBySenderRequest,
    DeleteGroupMsgBySenderResponse, DestroyGroup, DestroyGroupRequest,
    DestroyGroupResponse, ForbidSendMsg, ForbidSendMsgRequest, ForbidSendMsgResponse,
    GetAppidGroupList, GetAppidGroupListRequest, GetAppidGroupListResponse,
    GetGroupBanMember, GetGroupBanMemberRequest, GetGroupBanMemberResponse, GetGroupInfo,
    GetGroupInfoRequest, GetGroupInfoResponse, GetGroupMemberInfo,
    GetGroupMemberInfoRequest, GetGroupMemberInfoResponse, GetGroupMutedAccount,
    GetGroupMutedAccountRequest, GetGroupMutedAccountResponse, GetJoinedGroupList,
    GetJoinedGroupListRequest, GetJoinedGroupListResponse, GetMembers, GetMembersRequest,
    GetMembersResponse, GetOnlineMemberNum, GetOnlineMemberNumRequest,
    GetOnlineMemberNumResponse, GetRoleInGroup, GetRoleInGroupRequest,
    GetRoleInGroupResponse, GroupMsgGetSimple, GroupMsgGetSimpleRequest,
    GroupMsgGetSimpleResponse, GroupMsgRecall, GroupMsgRecallRequest,
    GroupMsgRecallResponse, ImportGroup, ImportGroupMember, ImportGroupMemberRequest,
    ImportGroupMemberResponse, ImportGroupMsg, ImportGroupMsgRequest,
    ImportGroupMsgResponse, ImportGroupRequest, ImportGroupResponse, ImportMsg,
    ImportMsgRequest, ImportMsgResponse, ModifyGroupBaseInfo, ModifyGroupBaseInfoRequest,
    ModifyGroupBaseInfoResponse, ModifyGroupMemberInfo, ModifyGroupMemberInfoRequest,
    ModifyGroupMemberInfoResponse, ModifyUserInfo, ModifyUserInfoRequest,
    ModifyUserInfoResponse, MultiaccountImport, MultiaccountImportRequest,
    MultiaccountImportResponse, SendGroupMsg, SendGroupMsgRequest, SendGroupMsgResponse,
    SendGroupSystemNotification, SendGroupSystemNotificationRequest,
    SendGroupSystemNotificationResponse, SendMsg, SendMsgRequest, SendMsgResponse,
    SetUnreadMsgNum, SetUnreadMsgNumRequest, SetUnreadMsgNumResponse, TencentChat,
    UnbanGroupMember, UnbanGroupMemberRequest, UnbanGroupMemberResponse,
};

#[doc(inline)]
pub use tencent::{Config, Endpoint};

/// Where the service answers; the default region first.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        region: "china",
        host: "console.tim.qq.com",
        backup_host: Some("adminapi.my-imcloud.com"),
    },
    Endpoint {
        region: "singapore",
        host: "adminapisgp.im.qcloud.com",
        backup_host: Some("adminapisgp.my-imcloud.com"),
    },
    Endpoint {
        region: "seoul",
        host: "adminapikr.im.qcloud.com",
        backup_host: Some("adminapikr.my-imcloud.com"),
    },
    Endpoint {
        region: "tokyo",
        host: "adminapijpn.im.qcloud.com",
        backup_host: Some("adminapijpn.my-imcloud.com"),
    },
    Endpoint {
        region: "frankfurt",
        host: "adminapiger.im.qcloud.com",
        backup_host: Some("adminapiger.my-imcloud.com"),
    },
    Endpoint {
        region: "mumbai",
        host: "adminapiind.im.qcloud.com",
        backup_host: Some("adminapiind.my-imcloud.com"),
    },
    Endpoint {
        region: "silicon-valley",
        host: "adminapiusa.im.qcloud.com",
        backup_host: Some("adminapiusa.my-imcloud.com"),
    },
    Endpoint {
        region: "jakarta",
        host: "adminapiidn.im.qcloud.com",
        backup_host: Some("adminapiidn.my-imcloud.com"),
    },
];

/// Builds a [`Client`]: [`Client::builder`], the settings, then
/// [`build`](ClientBuilder::build).
pub type ClientBuilder = imapi_runtime::ClientBuilder<Config, Client>;

/// A client of Tencent Cloud Chat (IM) server REST API.
#[derive(Debug)]
pub struct Client {
    inner: tencent::Client,
}

impl Client {
    /// A client of the default region (the first of [`ENDPOINTS`]) with the default settings, given the app's SDKAppID, an App admin account (`identifier`) and the console's secret key, from which UserSigs are made.
    pub fn new(
        sdkappid: u64,
        identifier: &str,
        secret_key: &str,
    ) -> Result<Self, Error> {
        Self::builder(sdkappid, identifier, secret_key).build()
    }

    /// A builder starting from the default region and settings, given the app's SDKAppID, an App admin account (`identifier`) and the console's secret key, from which UserSigs are made: pick a region or another server, set timeouts, retries, pacing and validation, then [`build`](ClientBuilder::build).
    pub fn builder(sdkappid: u64, identifier: &str, secret_key: &str) -> ClientBuilder {
        ClientBuilder::new(
            Config::new(sdkappid, identifier, secret_key, &ENDPOINTS[0]),
            ENDPOINTS,
            Self::with_config,
        )
    }

    /// A client with a whole configuration of your own.
    pub fn with_config(config: Config) -> Result<Self, Error> {
        Ok(Client {
            inner: tencent::Client::new(config)?,
        })
    }

    /// Calls any operation of the service by its marker type:
    /// `client.call::<Operation>(&request)` is what each method below does.
    pub async fn call<Op: OperationShape<Service = TencentChat>>(
        &self,
        request: &Op::Input,
    ) -> Result<Op::Output, Error> {
        self.inner.call::<Op>(request).await
    }

    /// Every page of a paginated operation from `request` on, by its marker type: the
    /// `…_pages` methods below are this. Consume it with `StreamExt::next`
    /// (`imapi::runtime::pager::StreamExt`).
    pub fn pages<Op: Paginated<Service = TencentChat>>(
        &self,
        request: Op::Input,
    ) -> impl Stream<Item = Result<Op::Output, Error>> + Send + Unpin + '_ {
        imapi_runtime::pager::pages::<
            Op,
            _,
            _,
        >(
            request,
            move |request| async move {
                let answer = self.call::<Op>(&request).await;
                (request, answer)
            },
        )
    }

    /// `AccountCheck`: This API is used to query whether app-owned accounts have been imported to Chat. Batch query is supported.
    ///
    /// This API is used to query whether app-owned accounts have been imported to Chat. Batch query
    /// is supported.
    ///
    /// See [the operation's page](super::account_check) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::AccountCheckRequest = serde_json::from_str(r#"
    /// {
    ///   "CheckItem": [
    ///     {"UserID": "UserID_1"},
    ///     {"UserID": "UserID_2"}
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.account_check(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn account_check(
        &self,
        request: &AccountCheckRequest,
    ) -> Result<AccountCheckResponse, Error> {
        self.call::<AccountCheck>(request).await
    }

    /// `AccountDelete`: This API is used to delete accounts; their data cannot be recovered.
    ///
    /// The Chat trial edition and Chat developer edition applications support account deletion by
    /// default. For other types of applications (such as: TRTC, whiteboard, professional edition,
    /// ultimate edition), it needs to be enabled in the console.
    ///
    /// After deleting an account, the user's data will be irrecoverable, please use this interface
    /// with caution. When deleting an account, that user's contacts, profile, groups, sessions, and
    /// other data will also be deleted.
    ///
    /// The Chat trial edition and Chat free trial edition support importing deleted UserIDs. For
    /// other types of applications, deleted UserIDs are not allowed to be re-imported within 3
    /// months.
    ///
    /// See [the operation's page](super::account_delete) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::AccountDeleteRequest = serde_json::from_str(r#"
    /// {
    ///   "DeleteItem": [
    ///     {"UserID": "UserID_1"},
    ///     {"UserID": "UserID_2"}
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.account_delete(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn account_delete(
        &self,
        request: &AccountDeleteRequest,
    ) -> Result<AccountDeleteResponse, Error> {
        self.call::<AccountDelete>(request).await
    }

    /// `AccountImport`: This API is used to import an app-owned account to Chat and create an internal ID for the account to ensure that the account can use the Chat service.
    ///
    /// This API is used to import an app-owned account to Chat and create an internal ID for the
    /// account to ensure that the account can use the Chat service.
    ///
    /// If the same account is imported to Chat repeatedly, only one internal ID will be created for
    /// the account.
    ///
    /// See [the operation's page](super::account_import) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::AccountImportRequest = serde_json::from_str(r#"
    /// {
    ///   "UserID": "test",
    ///   "Nick": "test",
    ///   "FaceUrl": "http://www.qq.com"
    /// }
    /// "#)?;
    /// let response = client.account_import(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn account_import(
        &self,
        request: &AccountImportRequest,
    ) -> Result<AccountImportResponse, Error> {
        self.call::<AccountImport>(request).await
    }

    /// `AddGroupMember`: This API allows the app administrator to add new members to a group.
    ///
    /// This API allows the app administrator to add new members to a group.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community. Audio-video
    /// groups (AVChatRoom) do not support this API: used on an audio-video group it returns error
    /// 10007, and the only way for users to join such a group is to apply to join.
    ///
    /// See [the operation's page](super::add_group_member) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::AddGroupMemberRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#2J4SZEAEL",
    ///     "MemberList": [
    ///         {
    ///             "Member_Account": "tommy"
    ///         },
    ///         {
    ///             "Member_Account": "jared"
    ///         }
    ///     ]
    /// }
    /// "#)?;
    /// let response = client.add_group_member(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn add_group_member(
        &self,
        request: &AddGroupMemberRequest,
    ) -> Result<AddGroupMemberResponse, Error> {
        self.call::<AddGroupMember>(request).await
    }

    /// `AdminGetRoamMsg`: This API is used by the app admin to query the message history of a one-to-one conversation from the perspective of a party of the conversation based on a specified time range.
    ///
    /// This API is used by the app admin to query the message history of a one-to-one conversation
    /// from the perspective of a party of the conversation based on a specified time range.
    ///
    /// The one-to-one conversation to be queried is specified by `Operator_Account` and
    /// `Peer_Account` in the request and the query is performed from the perspective of the party
    /// specified by `Operator_Account`. The query result contains the messages sent between both
    /// parties. The specific sender and recipient of each message are specified by `From_Account`
    /// and `To_Account` respectively.
    ///
    /// The query result contains recalled messages indicated by the `MsgFlagBits` field. The
    /// `IsPeerRead` field indicates whether the recipient sent the read receipt of the message.
    /// Whether all the messages of the time range were pulled is indicated by the `Complete` field
    /// in the response; when it is 0, pull on with `MaxTime` set to the response's `LastMsgTime` and
    /// `LastMsgKey` set to its `LastMsgKey`.
    ///
    /// See [the operation's page](super::admin_get_roam_msg) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::AdminGetRoamMsgRequest = serde_json::from_str(r#"
    /// {
    ///     "Operator_Account": "user2",
    ///     "Peer_Account": "user1",
    ///     "MaxCnt": 100,
    ///     "MinTime": 1584669600,
    ///     "MaxTime": 1584673200
    /// }
    /// "#)?;
    /// let response = client.admin_get_roam_msg(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn admin_get_roam_msg(
        &self,
        request: &AdminGetRoamMsgRequest,
    ) -> Result<AdminGetRoamMsgResponse, Error> {
        self.call::<AdminGetRoamMsg>(request).await
    }

    /// Every page of `AdminGetRoamMsg` from `request` on, each fetched when the stream is polled: `LastMsgKey` is a token from the previous page's `LastMsgKey`; the next request's `MaxTime` is the previous page's `LastMsgTime`; the items are in `MsgList`; `Complete` is `0` while more pages follow and `1` on the last (any other value ends the walk with an error); an empty page ends the list; `MaxCnt` is the page size. A failed call ends the stream after its error.
    pub fn admin_get_roam_msg_pages(
        &self,
        request: AdminGetRoamMsgRequest,
    ) -> impl Stream<Item = Result<AdminGetRoamMsgResponse, Error>> + Send + Unpin + '_ {
        self.pages::<AdminGetRoamMsg>(request)
    }

    /// `AdminMsgWithdraw`: This API enables administrators to recall one-to-one messages.
    ///
    /// This API enables administrators to recall one-to-one messages, including those sent by clients
    /// or by the `v4/openim/sendmsg` and `v4/openim/batchsendmsg` RESTful APIs. The `MsgKey` of a
    /// message sent by those two APIs is in their responses; that of any message can be queried with
    /// `v4/openim/admin_getroammsg`.
    ///
    /// Once a one-to-one message is recalled by this API, it is recalled from offline storage,
    /// roaming storage, and the local cache of the sender's and recipient's clients. This API can
    /// recall one-to-one messages sent at any time; there is no time limit. One-to-one messages
    /// recalled by this API cannot be restored.
    ///
    /// See [the operation's page](super::admin_msg_withdraw) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::AdminMsgWithdrawRequest = serde_json::from_str(r#"
    /// {
    ///     "From_Account": "vinson",
    ///     "To_Account": "dramon",
    ///     "MsgKey": "31906_833502_1572869830"
    /// }
    /// "#)?;
    /// let response = client.admin_msg_withdraw(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn admin_msg_withdraw(
        &self,
        request: &AdminMsgWithdrawRequest,
    ) -> Result<AdminMsgWithdrawResponse, Error> {
        self.call::<AdminMsgWithdraw>(request).await
    }

    /// `AdminSetMsgRead`: This API is used to mark the messages of a one-to-one conversation as read.
    ///
    /// This API is used to mark the messages of a one-to-one conversation as read: all the messages
    /// the account received in its conversation with the peer before `MsgReadTime` (the current
    /// time when it is left out).
    ///
    /// See [the operation's page](super::admin_set_msg_read) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::AdminSetMsgReadRequest = serde_json::from_str(r#"
    /// {
    ///     "Report_Account": "dramon1",
    ///     "Peer_Account": "dramon2"
    /// }
    /// "#)?;
    /// let response = client.admin_set_msg_read(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn admin_set_msg_read(
        &self,
        request: &AdminSetMsgReadRequest,
    ) -> Result<AdminSetMsgReadResponse, Error> {
        self.call::<AdminSetMsgRead>(request).await
    }

    /// `BanGroupMember`: This API is used to ban a member of an audio-video group.
    ///
    /// This API is used to ban a member of an audio-video group. A banned member cannot receive
    /// messages nor rejoin the audio-video group during the ban duration.
    ///
    /// Audio-video group member banning is supported by SDK Enhanced edition v6.6 or later and web
    /// SDK v2.22.0 or later. To use it, you need to purchase the Premium edition and enable
    /// Audio-video group member banning in the console's group feature configuration.
    ///
    /// Applicable group types: AVChatRoom only.
    ///
    /// See [the operation's page](super::ban_group_member) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::BanGroupMemberRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#aJRGC4MH6",
    ///   "Members_Account": ["brennanli3", "brennanli12"],
    ///   "Duration": 3600,
    ///   "Description": "you are banned because of irregularities"
    /// }
    /// "#)?;
    /// let response = client.ban_group_member(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn ban_group_member(
        &self,
        request: &BanGroupMemberRequest,
    ) -> Result<BanGroupMemberResponse, Error> {
        self.call::<BanGroupMember>(request).await
    }

    /// `BatchSendMsg`: This API is used to send one-to-one messages to multiple users (up to 500) at a time.
    ///
    /// This API is used to send one-to-one messages to multiple users (up to 500) at a time. Compared
    /// with the API for sending one-to-one messages to one user, it is more suitable for
    /// time-sensitive messages, such as marketing messages and system notifications.
    ///
    /// When the admin specifies an account to send a message to multiple target accounts, the sender
    /// displayed to the recipients is not the admin, but the account specified by the admin. This API
    /// does not trigger callback requests, and does not check whether the sender and the recipients
    /// are friends or blocklisted by either party or whether the senders are muted, nor, by default,
    /// whether a recipient has muted notifications for messages from the sender
    /// (`WithMuteNotifications` in `SendMsgControl` makes it check).
    ///
    /// For one-to-one messages, the `MsgSeq` field is specified by the user when the message is sent;
    /// the messages of a conversation are sorted by timestamp first, then by `MsgSeq` within a second.
    /// `SyncOtherMachine` says whether the message is synchronized to the sender.
    ///
    /// See [the operation's page](super::batch_send_msg) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::BatchSendMsgRequest = serde_json::from_str(r#"
    /// {
    ///     "SyncOtherMachine": 2,
    ///     "To_Account": [
    ///         "bonnie",
    ///         "rong"
    ///     ],
    ///     "MsgSeq": 28360,
    ///     "MsgRandom": 19901224,
    ///     "MsgBody": [
    ///         {
    ///             "MsgType": "TIMTextElem",
    ///             "MsgContent": {
    ///                 "Text": "hi, beauty"
    ///             }
    ///         }
    ///     ]
    /// }
    /// "#)?;
    /// let response = client.batch_send_msg(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_send_msg(
        &self,
        request: &BatchSendMsgRequest,
    ) -> Result<BatchSendMsgResponse, Error> {
        self.call::<BatchSendMsg>(request).await
    }

    /// `ChangeGroupOwner`: This API is used by the app admin to transfer the group ownership to another member.
    ///
    /// The app admin can call this API to transfer the group ownership to others. For a group
    /// without an owner, the app admin can call this API to specify a user as the owner of the
    /// group. The new group owner must be a member of the group.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
    /// Audio-video groups (AVChatRoom) do not support the transfer of group ownership: called for
    /// one, this API returns error 10007.
    ///
    /// See [the operation's page](super::change_group_owner) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ChangeGroupOwnerRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#1NVTZEAE4",
    ///     "NewOwner_Account": "peter",
    ///     "From_Account": "emily"
    /// }
    /// "#)?;
    /// let response = client.change_group_owner(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn change_group_owner(
        &self,
        request: &ChangeGroupOwnerRequest,
    ) -> Result<ChangeGroupOwnerResponse, Error> {
        self.call::<ChangeGroupOwner>(request).await
    }

    /// `CreateGroup`: This API is used by the app admin to create groups.
    ///
    /// This API is used by the app admin to create groups.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and Community.
    /// An audio-video group (AVChatRoom) takes no members when it is created: a request naming
    /// members for one returns error 10007, and users (its owner too) join it only by requesting
    /// to, through the SDK. For other types, the owner and the members the request names are
    /// added to the group automatically. The number of groups a user can join at the same time is
    /// limited; past it, joining or creating a group fails.
    ///
    /// See [the operation's page](super::create_group) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::CreateGroupRequest = serde_json::from_str(r#"
    /// {
    ///   "Owner_Account": "leckie",
    ///   "Type": "Public",
    ///   "Name": "TestGroup"
    /// }
    /// "#)?;
    /// let response = client.create_group(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn create_group(
        &self,
        request: &CreateGroupRequest,
    ) -> Result<CreateGroupResponse, Error> {
        self.call::<CreateGroup>(request).await
    }

    /// `DeleteGroupMember`: This API is used by app admins to delete group members.
    ///
    /// This API is used by app admins to delete group members. A single request deletes up to 100
    /// members. By default every member receives a system notification of the deletion, except in
    /// a Private (Work) group that has not been activated; `Silence` 1 sends none. Even if an
    /// account to delete is not in the group, the API still returns success.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
    /// Audio-video groups (AVChatRoom) do not support deleting members: the API returns error 10004
    /// for one (admins can batch mute members instead).
    ///
    /// See [the operation's page](super::delete_group_member) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::DeleteGroupMemberRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#2J4SZEAEL",
    ///     "MemberToDel_Account": ["tommy", "jared"]
    /// }
    /// "#)?;
    /// let response = client.delete_group_member(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_group_member(
        &self,
        request: &DeleteGroupMemberRequest,
    ) -> Result<DeleteGroupMemberResponse, Error> {
        self.call::<DeleteGroupMember>(request).await
    }

    /// `DeleteGroupMsgBySender`: This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
    ///
    /// This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
    ///
    /// This API recalls messages that are in historical message storage, but audio-video groups (AVChatRoom) do not support historical message storage. Therefore, this API does not take effect when it is used to recall messages for a user in an audio-video group (but no error will be returned).
    ///
    /// This API currently supports silent recall only. A recalled message will be marked as recalled on the server, and the client will not be notified of the recall. The client can know that the message is recalled only when it pulls roaming messages.
    ///
    /// An app administrator silently recalls every message one sender sent among the group's last 1,000 messages; the group's history (`GroupMsgGetSimple`) then shows them recalled. An audio-video group stores no history: the call succeeds and changes nothing.
    ///
    /// See [the operation's page](super::delete_group_msg_by_sender) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::DeleteGroupMsgBySenderRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#2C5SZEAEF",
    ///   "Sender_Account": "leckie"
    /// }
    /// "#)?;
    /// let response = client.delete_group_msg_by_sender(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_group_msg_by_sender(
        &self,
        request: &DeleteGroupMsgBySenderRequest,
    ) -> Result<DeleteGroupMsgBySenderResponse, Error> {
        self.call::<DeleteGroupMsgBySender>(request).await
    }

    /// `DestroyGroup`: This API is used by the app admin to disband a group.
    ///
    /// This API is used by the app admin to disband a group. Disbanding is irrevocable: call it
    /// with caution.
    ///
    /// Applicable group types: all of them, Private (Work), Public, ChatRoom (Meeting), AVChatRoom
    /// and Community.
    ///
    /// See [the operation's page](super::destroy_group) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::DestroyGroupRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#2J4SZEAEL"
    /// }
    /// "#)?;
    /// let response = client.destroy_group(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn destroy_group(
        &self,
        request: &DestroyGroupRequest,
    ) -> Result<DestroyGroupResponse, Error> {
        self.call::<DestroyGroup>(request).await
    }

    /// `ForbidSendMsg`: This API is used by the app admin to mute or unmute group members in bulk.
    ///
    /// The app admin can mute certain group members for a specific period of time, and unmute
    /// certain group members (a muting period of 0). When muted users leave and then enter the
    /// group again, they remain muted.
    ///
    /// Applicable group types: Public, ChatRoom (Meeting), AVChatRoom and Community. Private
    /// groups (Work groups in the new version) do not support muting members.
    ///
    /// See [the operation's page](super::forbid_send_msg) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ForbidSendMsgRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#2C5SZEAEF",
    ///     "Members_Account": ["peter", "leckie"],
    ///     "ShutUpTime": 60
    /// }
    /// "#)?;
    /// let response = client.forbid_send_msg(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn forbid_send_msg(
        &self,
        request: &ForbidSendMsgRequest,
    ) -> Result<ForbidSendMsgResponse, Error> {
        self.call::<ForbidSendMsg>(request).await
    }

    /// `GetAppidGroupList`: App 管理员可以通过该接口获取 App 中所有群组的 ID。
    ///
    /// App 管理员可以通过该接口获取 App 中所有群组的 ID。
    ///
    /// 如果 App 中的总群数量超过10000个，最多只会返回10000个群组 ID（如果需要完整获取，必须使用分页拉取的形式）。
    /// 可以使用 Limit 和 Next 两个值用于控制分页拉取：Limit 限制回包中 GroupIdList 中群组的个数，不得超过10000；Next 控制分页，对于分页请求，第一次填0，后面的请求填上一次返回的 Next 字段，当返回的 Next 为0，代表所有的群都已拉取到。Limit 或者 Next 的取值不会对应答包体中的 TotalCount 造成影响。
    ///
    /// Lists the IDs of the app's groups, for app administrators. Without `Limit` at most 10,000 IDs come back; to list them all, page with `Limit` and `Next` (0 first, then the `Next` the previous page answered, until it answers 0). `GroupType` keeps one type of group, and `TotalCount` then counts that type only; paging never changes it.
    ///
    /// See [the operation's page](super::get_appid_group_list) for its rules, errors and notes. Rate limit: 1 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetAppidGroupListRequest = serde_json::from_str(r#"
    /// {}
    /// "#)?;
    /// let response = client.get_appid_group_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_appid_group_list(
        &self,
        request: &GetAppidGroupListRequest,
    ) -> Result<GetAppidGroupListResponse, Error> {
        self.call::<GetAppidGroupList>(request).await
    }

    /// Every page of `GetAppidGroupList` from `request` on, each fetched when the stream is polled: `Next` is a cursor from the previous page's `Next`; the items are in `GroupIdList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn get_appid_group_list_pages(
        &self,
        request: GetAppidGroupListRequest,
    ) -> impl Stream<
        Item = Result<GetAppidGroupListResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<GetAppidGroupList>(request)
    }

    /// `GetGroupBanMember`: You can use this API to get the list of banned members of an audio-video group.
    ///
    /// You can use this API to get the list of banned members of an audio-video group, page by page
    /// with `Offset` and `Limit`.
    ///
    /// Applicable group types: AVChatRoom only.
    ///
    /// See [the operation's page](super::get_group_ban_member) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetGroupBanMemberRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#aJRGC4MH6",
    ///   "Limit": 20,
    ///   "Offset": 0
    /// }
    /// "#)?;
    /// let response = client.get_group_ban_member(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_group_ban_member(
        &self,
        request: &GetGroupBanMemberRequest,
    ) -> Result<GetGroupBanMemberResponse, Error> {
        self.call::<GetGroupBanMember>(request).await
    }

    /// Every page of `GetGroupBanMember` from `request` on, each fetched when the stream is polled: `Offset` is a cursor from the previous page's `NextOffset`; the items are in `BannedAccountList`; a next position of `0` means the end; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn get_group_ban_member_pages(
        &self,
        request: GetGroupBanMemberRequest,
    ) -> impl Stream<
        Item = Result<GetGroupBanMemberResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<GetGroupBanMember>(request)
    }

    /// `GetGroupInfo`: This API is used by the app admin to query the detailed group information based on one or more group IDs.
    ///
    /// This API is used by the app admin to query the detailed group information based on one or
    /// more group IDs.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and Community.
    /// A request without `ResponseFilter` obtains all the basic group information, group member
    /// information and custom information; a request supports the query for information on a
    /// maximum of 50 groups. The call's `ErrorCode` and `ErrorInfo` say nothing of each group:
    /// check the `ErrorCode` and `ErrorInfo` of each group.
    ///
    /// See [the operation's page](super::get_group_info) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetGroupInfoRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupIdList": [
    ///     "@TGS#1NVTZEAE4",
    ///     "@TGS#1CXTZEAET"
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.get_group_info(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_group_info(
        &self,
        request: &GetGroupInfoRequest,
    ) -> Result<GetGroupInfoResponse, Error> {
        self.call::<GetGroupInfo>(request).await
    }

    /// `GetGroupMemberInfo`: This API is used by the app admin to obtain group member profiles based on the group ID.
    ///
    /// This API is used by the app admin to obtain group member profiles based on the group ID.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community. Due to the
    /// large number of members in a community group, a Community group is not paged by `Limit` and
    /// `Offset` but fetched in batches by the `Next` field.
    ///
    /// See [the operation's page](super::get_group_member_info) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetGroupMemberInfoRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId":"@TGS#1NVTZEAE4"
    /// }
    /// "#)?;
    /// let response = client.get_group_member_info(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_group_member_info(
        &self,
        request: &GetGroupMemberInfoRequest,
    ) -> Result<GetGroupMemberInfoResponse, Error> {
        self.call::<GetGroupMemberInfo>(request).await
    }

    /// Every page of `GetGroupMemberInfo` from `request` on, each fetched when the stream is polled: When `Next` is sent: `Next` is a token from the previous page's `Next`; the items are in `MemberList`; a next position of `""` means the end; an empty page ends the list; `Limit` is the page size. Otherwise: `Offset` is an offset: the next page's is this one plus the items received; the items are in `MemberList`; the walk ends once the offset plus the items received reaches `MemberNum`; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn get_group_member_info_pages(
        &self,
        request: GetGroupMemberInfoRequest,
    ) -> impl Stream<
        Item = Result<GetGroupMemberInfoResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<GetGroupMemberInfo>(request)
    }

    /// `GetGroupMutedAccount`: This API is used by the app admin to get the list of muted users in a group based on the group ID.
    ///
    /// This API is used by the app admin to get the list of muted users in a group based on the
    /// group ID.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and Community.
    ///
    /// Lists a group's members who are muted now, each with the time (Unix seconds, UTC) the mute ends, as `ForbidSendMsg` set it.
    ///
    /// See [the operation's page](super::get_group_muted_account) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetGroupMutedAccountRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId":"@TGS#1KGZ2RAEU"
    /// }
    /// "#)?;
    /// let response = client.get_group_muted_account(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_group_muted_account(
        &self,
        request: &GetGroupMutedAccountRequest,
    ) -> Result<GetGroupMutedAccountResponse, Error> {
        self.call::<GetGroupMutedAccount>(request).await
    }

    /// `GetJoinedGroupList`: App 管理员可以通过本接口获取某一用户加入的群信息。
    ///
    /// App 管理员可以通过本接口获取某一用户加入的群信息。默认不获取用户已加入但未激活好友工作群(Work)以及直播群(AVChatRoom)群信息。
    ///
    /// 适用的群组类型：Private（同新版本中的 Work，好友工作群，但默认不返回已加入但未激活的此类型群信息），Public，ChatRoom（同新版本中的 Meeting，临时会议群），AVChatRoom（但默认不返回此类型群信息。如果指定拉取 AVChatRoom 类型群信息，获得的群信息可能不完整，AVChatRoom 并不存储所有的群成员资料），Community（社群）。
    ///
    /// Lists the groups an account has joined, for app administrators. Work groups joined but not activated, and audio-video groups, are left out unless asked for. Without `Limit` every group comes in one answer; `Limit` and `Offset` page the list, and `ResponseFilter` asks for the groups' basic fields and the account's own data in each.
    ///
    /// See [the operation's page](super::get_joined_group_list) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetJoinedGroupListRequest = serde_json::from_str(r#"
    /// {
    ///   "Member_Account": "leckie"
    /// }
    /// "#)?;
    /// let response = client.get_joined_group_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_joined_group_list(
        &self,
        request: &GetJoinedGroupListRequest,
    ) -> Result<GetJoinedGroupListResponse, Error> {
        self.call::<GetJoinedGroupList>(request).await
    }

    /// Every page of `GetJoinedGroupList` from `request` on, each fetched when the stream is polled: `Offset` is an offset: the next page's is this one plus the items received; the items are in `GroupIdList`; the walk ends once the offset plus the items received reaches `TotalCount`; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn get_joined_group_list_pages(
        &self,
        request: GetJoinedGroupListRequest,
    ) -> impl Stream<
        Item = Result<GetJoinedGroupListResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<GetJoinedGroupList>(request)
    }

    /// `GetMembers`: This API is used to get the list of online members in an audio-video group based on the group ID.
    ///
    /// This API is used to get the list of online members in an audio-video group based on the group
    /// ID. To use this feature, you need to purchase the Premium edition, go to the Chat console,
    /// select Group feature configuration, and enable List of online audio-video group members. In
    /// other plan editions, the list of up to 30 latest group members will be returned after this API
    /// is called.
    ///
    /// The list of group members is updated once every 10 seconds. When there are more than 1,000
    /// members in an audio-video group, only the 1,000 latest online members will be returned. An
    /// audio-video group of 500 members or fewer is returned in one answer; a larger one is pulled
    /// in pages by `Timestamp`.
    ///
    /// Applicable group types: AVChatRoom and Community.
    ///
    /// See [the operation's page](super::get_members) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetMembersRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#a6I4ZUUGO",
    ///   "Timestamp": 0
    /// }
    /// "#)?;
    /// let response = client.get_members(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_members(
        &self,
        request: &GetMembersRequest,
    ) -> Result<GetMembersResponse, Error> {
        self.call::<GetMembers>(request).await
    }

    /// Every page of `GetMembers` from `request` on, each fetched when the stream is polled: `Timestamp` is a cursor from the previous page's `NextTimestamp`; the items are in `MemberList`; a next position of `0` means the end; an empty page ends the list. A failed call ends the stream after its error.
    pub fn get_members_pages(
        &self,
        request: GetMembersRequest,
    ) -> impl Stream<Item = Result<GetMembersResponse, Error>> + Send + Unpin + '_ {
        self.pages::<GetMembers>(request)
    }

    /// `GetOnlineMemberNum`: The app admin can use the group ID to obtain the number of online users in a live stream group.
    ///
    /// The app admin can use the group ID to obtain the number of online users in a live stream
    /// group.
    ///
    /// The number of online users is updated every 10s. When there are web users, the number of
    /// online users will be updated 10s to 20s after a user joins or quits the group.
    ///
    /// Applicable group types: the 2022 page names AVChatRoom only; the current copy names every
    /// type (Private, Public, ChatRoom, AVChatRoom, Community).
    ///
    /// See [the operation's page](super::get_online_member_num) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetOnlineMemberNumRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#a6I4ZUUGO"
    /// }
    /// "#)?;
    /// let response = client.get_online_member_num(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_online_member_num(
        &self,
        request: &GetOnlineMemberNumRequest,
    ) -> Result<GetOnlineMemberNumResponse, Error> {
        self.call::<GetOnlineMemberNum>(request).await
    }

    /// `GetRoleInGroup`: This API is used by the app admin to batch obtain the roles of users in a group.
    ///
    /// This API is used by the app admin to batch obtain the roles of users in a group: for each
    /// account asked about, `Owner`, `Admin`, `Member`, or `NotMember` when the account is not in
    /// the group.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
    /// Audio-video groups (AVChatRoom) do not support this API: called for one it returns error
    /// 10007; the API for getting group member profiles gives their members' roles instead.
    ///
    /// See [the operation's page](super::get_role_in_group) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GetRoleInGroupRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#2C5SZEAEF",
    ///     "User_Account": ["leckie", "peter", "wesley"]
    /// }
    /// "#)?;
    /// let response = client.get_role_in_group(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_role_in_group(
        &self,
        request: &GetRoleInGroupRequest,
    ) -> Result<GetRoleInGroupResponse, Error> {
        self.call::<GetRoleInGroup>(request).await
    }

    /// `GroupMsgGetSimple`: This API allows the app administrator to pull the historical messages of a group.
    ///
    /// This API allows the app administrator to pull the historical messages of a group.
    ///
    /// Group messages are sorted by seq, allocated in the order the server receives them: a message
    /// sent earlier has a smaller seq. To pull all the messages of a group, leave out the seq on the
    /// first pull (the server returns the latest messages), and on each later pull send the smallest
    /// seq returned so far minus 1. A message whose `IsPlaceMsg` is 1 has expired, failed to be
    /// stored, or been deleted.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
    /// Audio-video groups (AVChatRoom) do not support this API because their historical messages
    /// are not stored.
    ///
    /// See [the operation's page](super::group_msg_get_simple) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GroupMsgGetSimpleRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#15ERQPAER",
    ///     "ReqMsgNumber": 2
    /// }
    /// "#)?;
    /// let response = client.group_msg_get_simple(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_msg_get_simple(
        &self,
        request: &GroupMsgGetSimpleRequest,
    ) -> Result<GroupMsgGetSimpleResponse, Error> {
        self.call::<GroupMsgGetSimple>(request).await
    }

    /// Every page of `GroupMsgGetSimple` from `request` on, each fetched when the stream is polled: `ReqMsgSeq` is computed from the previous page: its smallest `MsgSeq` minus 1; the items are in `RspMsgList`; `IsFinished` is `0` while more pages follow and `1` or `2` on the last (any other value ends the walk with an error); an empty page ends the list; `ReqMsgNumber` is the page size. A failed call ends the stream after its error.
    pub fn group_msg_get_simple_pages(
        &self,
        request: GroupMsgGetSimpleRequest,
    ) -> impl Stream<
        Item = Result<GroupMsgGetSimpleResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<GroupMsgGetSimple>(request)
    }

    /// `GroupMsgRecall`: This API enables admins to recall group messages.
    ///
    /// This API enables admins to recall group messages.
    ///
    /// This API enables the recall of all group messages valid for roaming, including group messages sent from a client and those sent with a RESTful API.
    ///
    /// To recall group messages sent from a client, enable After a Group Message Is Sent first, which records the GroupId and MsgSeq of each group message, and then enter the GroupId and MsgSeqList obtained from the webhook in this API to recall the message. Alternatively, get information of group messages to be recalled with Pulling Historical Messages, and then recall the message with this API.
    ///
    /// To recall group messages sent with the RESTful API Sending Ordinary Messages in a Group, get MsgSeq contained in the response packets of these APIs and then recall the messages.
    ///
    /// Once a message is recalled by this API, it is recalled from the local caches of the sender's and recipients' clients.
    ///
    /// This API can recall group messages sent for any period of time, but the group messages must be valid for roaming.
    ///
    /// Messages that have been recalled cannot be restored. Therefore, use this API with caution.
    ///
    /// An app administrator recalls up to 10 messages of a group by their seq; each comes back with its own result code (0 recalled). A recalled message then shows as recalled in the group's history (`GroupMsgGetSimple`: left out, or with `WithRecalledMsg` 1 given with `IsPlaceMsg` 2).
    ///
    /// See [the operation's page](super::group_msg_recall) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::GroupMsgRecallRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#2J4SZEAEL",
    ///   "MsgSeqList": [
    ///     {
    ///       "MsgSeq": 100
    ///     },
    ///     {
    ///       "MsgSeq": 101
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.group_msg_recall(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_msg_recall(
        &self,
        request: &GroupMsgRecallRequest,
    ) -> Result<GroupMsgRecallResponse, Error> {
        self.call::<GroupMsgRecall>(request).await
    }

    /// `ImportGroup`: This API allows the app admin to import group data without triggering callbacks or delivering notifications.
    ///
    /// This API allows the app admin to import group data without triggering callbacks or
    /// delivering notifications. When your app needs to be migrated to Chat from another instant
    /// messaging system, you can use this API to import existing group data.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
    /// AVChatRoom groups do not support importing basic group data: importing one returns error
    /// 10007. To achieve the effect of importing basic group data, create a group and modify its
    ///
    /// basic group data.
    ///
    /// See [the operation's page](super::import_group) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ImportGroupRequest = serde_json::from_str(r#"
    /// {
    ///   "Owner_Account": "leckie",
    ///   "Type": "Public",
    ///   "Name": "TestGroup",
    ///   "CreateTime": 1448357837
    /// }
    /// "#)?;
    /// let response = client.import_group(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn import_group(
        &self,
        request: &ImportGroupRequest,
    ) -> Result<ImportGroupResponse, Error> {
        self.call::<ImportGroup>(request).await
    }

    /// `ImportGroupMember`: This API is used to import group members without triggering callbacks or delivering notifications.
    ///
    /// This API is used to import group members without triggering callbacks or delivering
    /// notifications. When your app needs to be migrated to Chat from another instant messaging
    /// system, you can use this API to import existing group member data.
    ///
    /// A single request can import up to 300 members. If the unread message count specified by this
    /// API is greater than the current number of messages of the group, the unread message count is
    /// set to the group's current number of messages. Make sure each imported member's join time is
    /// later than the group's creation time and earlier than the current time; otherwise that member
    /// fails to be imported.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
    /// Generally, importing group members is not required for audio-video groups (AVChatRoom), so
    /// audio-video groups do not support this API; error 10007 is returned for them.
    ///
    /// See [the operation's page](super::import_group_member) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ImportGroupMemberRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#2J4SZEAEL",
    ///   "MemberList": [
    ///     {
    ///       "Member_Account": "tommy",
    ///       "Role": "Admin",
    ///       "JoinTime": 1448357837,
    ///       "UnreadMsgNum": 5
    ///     },
    ///     {
    ///       "Member_Account": "jared",
    ///       "JoinTime": 1448357857,
    ///       "UnreadMsgNum": 2
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.import_group_member(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn import_group_member(
        &self,
        request: &ImportGroupMemberRequest,
    ) -> Result<ImportGroupMemberResponse, Error> {
        self.call::<ImportGroupMember>(request).await
    }

    /// `ImportGroupMsg`: This API is used to import group messages without triggering callbacks or sending notifications.
    ///
    /// This API is used to import group messages without triggering callbacks or sending notifications.
    ///
    /// When you are migrating your app from another instant messaging system to Tencent Cloud IM, you can use this API to import group message data.
    ///
    /// Audio-video groups (AVChatRoom) do not support importing group messages. If you attempt to import group messages for these groups, error 10007 will be returned. Therefore, members of an audio-video group cannot view the messages sent before they join the group.
    ///
    /// A single request can import up to seven group messages.
    /// After messages are imported through this API, the unread message count for all members will become 0. To retain the unread message count, you need to import group members or set the unread message count for members after importing all messages.
    /// The messages must be imported in ascending order by timestamp, and the timestamps of imported messages must be earlier than the current time, and later than the group creation time and the creation time of the latest message in the group. Otherwise, the import will fail.
    ///
    /// An app administrator imports up to 7 past messages into a group's history (a migration), each with its own sender and time, oldest first and after the group's latest message; each is answered with its own `Result`, and the imported ones with the seq they got. Every member's unread count becomes 0.
    ///
    /// See [the operation's page](super::import_group_msg) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ImportGroupMsgRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#2C5SZEAEF",
    ///   "RecentContactFlag": 1,
    ///   "MsgList": [
    ///     {
    ///       "From_Account": "leckie",
    ///       "SendTime": 1620808101,
    ///       "Random": 8912345,
    ///       "MsgBody": [
    ///         {
    ///           "MsgType": "TIMTextElem",
    ///           "MsgContent": {
    ///             "Text": "red packet"
    ///           }
    ///         },
    ///         {
    ///           "MsgType": "TIMFaceElem",
    ///           "MsgContent": {
    ///             "Index": 6,
    ///             "Data": "abc\u0000\u0001"
    ///           }
    ///         }
    ///       ]
    ///     },
    ///     {
    ///       "From_Account": "peter",
    ///       "SendTime": 1620892821,
    ///       "MsgBody": [
    ///         {
    ///           "MsgType": "TIMTextElem",
    ///           "MsgContent": {
    ///             "Text": "red packet"
    ///           }
    ///         }
    ///       ]
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.import_group_msg(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn import_group_msg(
        &self,
        request: &ImportGroupMsgRequest,
    ) -> Result<ImportGroupMsgResponse, Error> {
        self.call::<ImportGroupMsg>(request).await
    }

    /// `ImportMsg`: This API imports one-to-one chat history to Tencent Cloud Chat in chronological order.
    ///
    /// This API imports one-to-one chat history to Tencent Cloud Chat in chronological order: it
    /// imports your messages from other instant messaging platforms, updates a conversation, and does
    /// not trigger a callback.
    ///
    /// It deduplicates the imported messages in a one-to-one conversation based on the `MsgSeq`,
    /// `MsgRandom`, and `MsgTimeStamp` fields. When the values of all these three fields match their
    /// counterparts, the two messages are considered duplicates, regardless of their contents (also
    /// when `From_Account` and `To_Account` are opposite). Imported messages will not be overwritten
    /// by the same messages from later imports.
    ///
    /// The historical messages of the same conversation are sorted by timestamp first, and then the
    /// messages of the same second are sorted by `MsgSeq`.
    ///
    /// See [the operation's page](super::import_msg) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ImportMsgRequest = serde_json::from_str(r#"
    /// {
    ///     "SyncFromOldSystem": 1,
    ///     "From_Account": "lumotuwe1",
    ///     "To_Account": "lumotuwe2",
    ///     "MsgSeq": 827092,
    ///     "MsgRandom": 1287657,
    ///     "MsgTimeStamp": 1556178721,
    ///     "MsgBody": [
    ///         {
    ///             "MsgType": "TIMTextElem",
    ///             "MsgContent": {
    ///                 "Text": "hi, beauty"
    ///             }
    ///         }
    ///     ],
    ///     "CloudCustomData": "your cloud custom data"
    /// }
    /// "#)?;
    /// let response = client.import_msg(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn import_msg(
        &self,
        request: &ImportMsgRequest,
    ) -> Result<ImportMsgResponse, Error> {
        self.call::<ImportMsg>(request).await
    }

    /// `ModifyGroupBaseInfo`: This API is used by the app admin to modify the profile of a specified group.
    ///
    /// This API is used by the app admin to modify the profile of a specified group: basic group
    /// information, such as the group name and group announcement, and the group's custom fields.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and
    /// Community.
    ///
    /// See [the operation's page](super::modify_group_base_info) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ModifyGroupBaseInfoRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#1NVTZEAE4",
    ///   "Name": "NewName",
    ///   "Introduction": "NewIntroduction",
    ///   "Notification": "NewNotification",
    ///   "FaceUrl": "http://this.is.new.face.url",
    ///   "MaxMemberNum": 500,
    ///   "ApplyJoinOption": "NeedPermission",
    ///   "MuteAllMember": "On"
    /// }
    /// "#)?;
    /// let response = client.modify_group_base_info(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn modify_group_base_info(
        &self,
        request: &ModifyGroupBaseInfoRequest,
    ) -> Result<ModifyGroupBaseInfoResponse, Error> {
        self.call::<ModifyGroupBaseInfo>(request).await
    }

    /// `ModifyGroupMemberInfo`: This API is used by the app admin to modify the profile of a group member.
    ///
    /// This API is used by the app admin to modify the profile of a group member: the member's role
    /// (setting or cancelling an admin), message blocking type, group name card, custom member
    /// fields and muting period. Only the fields sent are changed.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting) and Community.
    /// Audio-video groups (AVChatRoom) do not store group member profiles and therefore do not
    /// allow member profile modification.
    ///
    /// See [the operation's page](super::modify_group_member_info) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ModifyGroupMemberInfoRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#2CLUZEAEJ",
    ///   "Member_Account": "bob",
    ///   "Role": "Admin"
    /// }
    /// "#)?;
    /// let response = client.modify_group_member_info(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn modify_group_member_info(
        &self,
        request: &ModifyGroupMemberInfoRequest,
    ) -> Result<ModifyGroupMemberInfoResponse, Error> {
        self.call::<ModifyGroupMemberInfo>(request).await
    }

    /// `ModifyUserInfo`: App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members.
    ///
    /// App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members. To use this feature, you need to purchase the Premium edition, enable List of online audio-video group members on the Group configuration page of the Chat console. For other plan editions, calling this API will fail.
    ///
    /// Applicable group types: AVChatRoom only (Private/Work, Public, ChatRoom/Meeting and Community are not supported).
    ///
    /// - For audio-video group, up to 10 different marks can be set.
    /// - Each mark can be set for up to 1,000 members. This limit is independent from the 1,000-member limit on the list of online members of an audio-video group.
    /// - Marks can be set only for online group members, except the special mark 500, which is described in the "Special marks" part. When a member leaves a group or goes offline, its mark information will be cleared. When the member joins the group or goes online again, you can reset a mark for the member through a webhook.
    ///
    ///
    /// Special marks: app admins and group owners can set marks within the range \[1000, +) for group members. In addition, app admins can set the following special marks that are preset in Chat:
    /// - 500: When mark 500 is set for a member, the member is considered to be always online (disconnection events ignored) for a maximum of three days.
    /// - 600: When a member is set with mark 600, the member is hidden when the list of online members is pulled, unless the list is explicitly specified to be pulled by the member's mark.
    ///
    /// See [the operation's page](super::modify_user_info) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::ModifyUserInfoRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#a6I4ZUUGO",
    ///   "CommandType": 1,
    ///   "MemberList": [
    ///     {"Member_Account": "teacher10", "Marks": [1000]},
    ///     {"Member_Account": "student9", "Marks": [1001]}
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.modify_user_info(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn modify_user_info(
        &self,
        request: &ModifyUserInfoRequest,
    ) -> Result<ModifyUserInfoResponse, Error> {
        self.call::<ModifyUserInfo>(request).await
    }

    /// `MultiaccountImport`: This API is used to import multiple app-owned accounts to Chat in one request, creating an internal ID for each.
    ///
    /// This API is used to import multiple app-owned accounts to Chat in one request, creating an
    /// internal ID for each so that it can use the Chat service. Up to 100 accounts can be imported
    /// at a time; importing the same account repeatedly creates only one internal ID.
    ///
    /// An old version of the request lists only the usernames (`Accounts`); the new version lists
    /// each user with a nickname and profile photo (`AccountList`). When an account exists, it is
    /// updated with the new nickname and profile photo URL.
    ///
    /// See [the operation's page](super::multiaccount_import) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::MultiaccountImportRequest = serde_json::from_str(r#"
    /// {
    ///   "Accounts": ["UserID_001", "UserID_002", "UserID_003"]
    /// }
    /// "#)?;
    /// let response = client.multiaccount_import(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn multiaccount_import(
        &self,
        request: &MultiaccountImportRequest,
    ) -> Result<MultiaccountImportResponse, Error> {
        self.call::<MultiaccountImport>(request).await
    }

    /// `SendGroupMsg`: This API is used by the app admin to send ordinary messages in a group.
    ///
    /// This API is used by the app admin to send ordinary messages in a group.
    ///
    /// Applicable group types: Private (Work), Public, ChatRoom (Meeting), AVChatRoom and Community all support this REST API.
    ///
    /// The Chinese page's summary: App 管理员可以通过该接口在群组中发送普通消息 (the App admin can send ordinary messages in a group through this API).
    ///
    /// See [the operation's page](super::send_group_msg) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::SendGroupMsgRequest = serde_json::from_str(r#"
    /// {
    ///     "GroupId": "@TGS#2C5SZEAEF",
    ///     "Random": 8912345,
    ///     "MsgBody": [
    ///         {
    ///             "MsgType": "TIMTextElem",
    ///             "MsgContent": {
    ///                 "Text": "red packet"
    ///             }
    ///         },
    ///         {
    ///             "MsgType": "TIMFaceElem",
    ///             "MsgContent": {
    ///                 "Index": 6,
    ///                 "Data": "abc\u0000\u0001"
    ///             }
    ///         }
    ///     ],
    ///     "CloudCustomData": "your cloud custom data",
    ///     "SupportMessageExtension": 0,
    ///     "OfflinePushInfo": {
    ///         "PushFlag": 0,
    ///         "Desc": "Content to push offline",
    ///         "Ext": "Passthrough content",
    ///         "AndroidInfo": {
    ///             "Sound": "android.mp3"
    ///         },
    ///         "ApnsInfo": {
    ///             "Sound": "apns.mp3",
    ///             "BadgeMode": 1,
    ///             "Title":"apns title",
    ///             "SubTitle":"apns subtitle",
    ///             "Image":"www.image.com"
    ///         }
    ///     }
    /// }
    /// "#)?;
    /// let response = client.send_group_msg(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn send_group_msg(
        &self,
        request: &SendGroupMsgRequest,
    ) -> Result<SendGroupMsgResponse, Error> {
        self.call::<SendGroupMsg>(request).await
    }

    /// `SendGroupSystemNotification`: This API is used by app admins to push system notifications to group chats.
    ///
    /// This API is used by app admins to push system notifications to group chats.
    ///
    /// A non-audio-video group supports sending system notifications to specified group members, but an audio-video group (AVChatRoom) only supports sending system notifications to all group members.
    ///
    /// For more information on the API (V2TIMGroupListener.onReceiveRESTCustomData) for clients to receive system notifications, see Android or iOS.
    ///
    /// An app administrator pushes a text notification to a group: to every member, or only to the members `ToMembers_Account` names (not in an audio-video group, which takes only the first). The notification is not a group message: it has no seq and is not in the history.
    ///
    /// See [the operation's page](super::send_group_system_notification) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::SendGroupSystemNotificationRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#2C5SZEAEF",
    ///   "Content": "Hello World"
    /// }
    /// "#)?;
    /// let response = client.send_group_system_notification(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn send_group_system_notification(
        &self,
        request: &SendGroupSystemNotificationRequest,
    ) -> Result<SendGroupSystemNotificationResponse, Error> {
        self.call::<SendGroupSystemNotification>(request).await
    }

    /// `SendMsg`: This API is used by the app admin to send a one-to-one message to an account.
    ///
    /// When the admin sends a message to an account, the sender displayed to the recipient is the
    /// admin. When the admin specifies an account to send a message to another account, the sender
    /// displayed to the recipient is not the admin, but the account specified by the admin.
    ///
    /// This API does not check whether the sender and the recipients are friends or blocklisted by
    /// either party or whether the senders are muted, nor, by default, whether the recipient has
    /// muted notifications for messages from the sender (`WithMuteNotifications` in
    /// `SendMsgControl` makes it check).
    ///
    /// For one-to-one messages, the `MsgSeq` field is specified by the user when the message is sent.
    /// Its value can be repeated. It is not generated by the backend and not globally unique. The
    /// historical messages of the same conversation are sorted by timestamp first, and then the
    /// historical messages of the same second are sorted by `MsgSeq`.
    ///
    /// When calling this API you must specify whether to synchronize the message to the sender (the
    /// admin account or the account specified by the admin), to its online terminals and roaming
    /// servers, with `SyncOtherMachine`.
    ///
    /// See [the operation's page](super::send_msg) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::SendMsgRequest = serde_json::from_str(r#"
    /// {
    ///     "SyncOtherMachine": 2,
    ///     "To_Account": "lumotuwe2",
    ///     "MsgSeq": 93847636,
    ///     "MsgRandom": 1287657,
    ///     "MsgBody": [
    ///         {
    ///             "MsgType": "TIMTextElem",
    ///             "MsgContent": {
    ///                 "Text": "hi, beauty"
    ///             }
    ///         }
    ///     ],
    ///     "CloudCustomData": "your cloud custom data",
    ///     "SupportMessageExtension": 0
    /// }
    /// "#)?;
    /// let response = client.send_msg(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn send_msg(
        &self,
        request: &SendMsgRequest,
    ) -> Result<SendMsgResponse, Error> {
        self.call::<SendMsg>(request).await
    }

    /// `SetUnreadMsgNum`: This API is used by app admins to set the unread message count of a group member.
    ///
    /// This document is only for users who are migrating their apps to Tencent Cloud IM.
    ///
    /// This API is used by app admins to set the unread message count of a group member. When this API is called, no callback is triggered and no notification is sent.
    ///
    /// When you are migrating your app from another IM system to Tencent Cloud IM, you can use this API to set the unread message count of group members.
    ///
    /// ChatRoom and AVChatroom (audio-video) groups do not support unread message counts. Therefore, you cannot set an unread message count for members of these two group types. If you try to do so, no error will be returned.
    ///
    /// An app administrator sets how many of a group's messages one member has not read (for a migration); a count above the group's number of messages becomes that number. Meeting (ChatRoom) and audio-video groups have no unread counts: the call succeeds and changes nothing.
    ///
    /// See [the operation's page](super::set_unread_msg_num) for its rules, errors and notes. Rate limit: 200 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::SetUnreadMsgNumRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#2CLUZEAEJ",
    ///   "Member_Account": "bob",
    ///   "UnreadMsgNum": 5
    /// }
    /// "#)?;
    /// let response = client.set_unread_msg_num(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn set_unread_msg_num(
        &self,
        request: &SetUnreadMsgNumRequest,
    ) -> Result<SetUnreadMsgNumResponse, Error> {
        self.call::<SetUnreadMsgNum>(request).await
    }

    /// `UnbanGroupMember`: This API is used to unban a member of an audio-video group.
    ///
    /// This API is used to unban a member of an audio-video group. An unbanned member can rejoin
    /// the audio-video group to receive messages.
    ///
    /// Applicable group types: AVChatRoom only.
    ///
    /// See [the operation's page](super::unban_group_member) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::tencent_chat::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::tencent_chat::UnbanGroupMemberRequest = serde_json::from_str(r#"
    /// {
    ///   "GroupId": "@TGS#aJRGC4MH6",
    ///   "Members_Account": ["brennanli3", "brennanli12"]
    /// }
    /// "#)?;
    /// let response = client.unban_group_member(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn unban_group_member(
        &self,
        request: &UnbanGroupMemberRequest,
    ) -> Result<UnbanGroupMemberResponse, Error> {
        self.call::<UnbanGroupMember>(request).await
    }
}
