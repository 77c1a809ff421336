// Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The client of Volcengine RTC instant messaging (IM) OpenAPI.
//!
//! Each call is validated, signed with the V4 "HMAC-SHA256" algorithm (a fresh `X-Date` per attempt), sent over HTTPS, and its `ResponseMetadata`/`Result` envelope decoded: a vendor error becomes [`Error::Vendor`] with its code, `CodeN`, message and request id.
//!
//! Failures that cannot have been applied (no connection, throttling) are retried with capped, jittered backoff; others only for idempotent operations. [`Client::new`] calls the default region with the default settings; [`Client::builder`] picks another region or server and sets timeouts, retries, pacing to the documented rate limits, and validation.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use imapi::volcengine_rtc_im::client::{Client, Credentials};
//!
//! let client = Client::builder(Credentials::new("<access key id>", "<secret access key>"))
//!     .region("ap-southeast-1") // a key of ENDPOINTS
//!     .timeout(Duration::from_secs(10))
//!     .build()?;
//!
//! // Any other server, such as the emulator on this machine:
//! let local = Client::builder(Credentials::new("<access key id>", "<secret access key>"))
//!     .base_url("http://127.0.0.1:8080")
//!     .allow_http(true)
//!     .build()?;
//! # Ok::<(), imapi::Error>(())
//! ```

use imapi_runtime::{Error, OperationShape, Paginated};
use imapi_runtime::pager::Stream;
use imapi_runtime::volcengine;
use super::{
    AddBlackList, AddBlackListRequest, AddBlackListResponse, AddFriend, AddFriendRequest,
    AddFriendResponse, BatchAddBlockParticipants, BatchAddBlockParticipantsRequest,
    BatchAddBlockParticipantsResponse, BatchAddConversationParticipant,
    BatchAddConversationParticipantRequest, BatchAddConversationParticipantResponse,
    BatchAddManager, BatchAddManagerRequest, BatchAddManagerResponse,
    BatchAddWhitelistParticipant, BatchAddWhitelistParticipantRequest,
    BatchAddWhitelistParticipantResponse, BatchDeleteBlockParticipants,
    BatchDeleteBlockParticipantsRequest, BatchDeleteBlockParticipantsResponse,
    BatchDeleteConversationParticipant, BatchDeleteConversationParticipantRequest,
    BatchDeleteConversationParticipantResponse, BatchGetBlockParticipants,
    BatchGetBlockParticipantsRequest, BatchGetBlockParticipantsResponse,
    BatchGetConversationParticipant, BatchGetConversationParticipantRequest,
    BatchGetConversationParticipantResponse, BatchGetConversations,
    BatchGetConversationsRequest, BatchGetConversationsResponse, BatchGetUser,
    BatchGetUserRequest, BatchGetUserResponse, BatchGetWhitelistParticipant,
    BatchGetWhitelistParticipantRequest, BatchGetWhitelistParticipantResponse,
    BatchModifyConversationParticipant, BatchModifyConversationParticipantRequest,
    BatchModifyConversationParticipantResponse, BatchRemoveManager,
    BatchRemoveManagerRequest, BatchRemoveManagerResponse,
    BatchRemoveWhitelistParticipant, BatchRemoveWhitelistParticipantRequest,
    BatchRemoveWhitelistParticipantResponse, BatchSendMessage, BatchSendMessageRequest,
    BatchSendMessageResponse, BatchUpdateLiveParticipants,
    BatchUpdateLiveParticipantsRequest, BatchUpdateLiveParticipantsResponse,
    BatchUpdateUser, BatchUpdateUserRequest, BatchUpdateUserResponse,
    BatchUpdateUserTags, BatchUpdateUserTagsRequest, BatchUpdateUserTagsResponse,
    CreateConversation, CreateConversationRequest, CreateConversationResponse,
    DeleteConversationMessage, DeleteConversationMessageRequest,
    DeleteConversationMessageResponse, DeleteFriend, DeleteFriendRequest,
    DeleteFriendResponse, DeleteMessage, DeleteMessageRequest, DeleteMessageResponse,
    DestroyConversation, DestroyConversationRequest, DestroyConversationResponse,
    GetAppToken, GetAppTokenRequest, GetAppTokenResponse, GetBlackList,
    GetBlackListRequest, GetBlackListResponse, GetConversationMarks,
    GetConversationMarksRequest, GetConversationMarksResponse, GetConversationMessages,
    GetConversationMessagesRequest, GetConversationMessagesResponse,
    GetConversationSetting, GetConversationSettingRequest,
    GetConversationSettingResponse, GetConversationUserCount,
    GetConversationUserCountRequest, GetConversationUserCountResponse, GetMessages,
    GetMessagesReadReceipt, GetMessagesReadReceiptRequest,
    GetMessagesReadReceiptResponse, GetMessagesRequest, GetMessagesResponse,
    GetParticipantReadIndex, GetParticipantReadIndexRequest,
    GetParticipantReadIndexResponse, GetUserConversations, GetUserConversationsRequest,
    GetUserConversationsResponse, IsFriend, IsFriendRequest, IsFriendResponse,
    IsInBlackList, IsInBlackListRequest, IsInBlackListResponse, IsUserInConversation,
    IsUserInConversationRequest, IsUserInConversationResponse, ListFriend,
    ListFriendRequest, ListFriendResponse, MarkConversation, MarkConversationRequest,
    MarkConversationResponse, ModifyConversation, ModifyConversationRequest,
    ModifyConversationResponse, ModifyConversationSetting,
    ModifyConversationSettingRequest, ModifyConversationSettingResponse, ModifyMessage,
    ModifyMessageRequest, ModifyMessageResponse, ModifyParticipantReadIndex,
    ModifyParticipantReadIndexRequest, ModifyParticipantReadIndexResponse,
    QueryLiveParticipantStatus, QueryLiveParticipantStatusRequest,
    QueryLiveParticipantStatusResponse, QueryOnlineStatus, QueryOnlineStatusRequest,
    QueryOnlineStatusResponse, RecallMessage, RecallMessageRequest,
    RecallMessageResponse, RegisterUsers, RegisterUsersRequest, RegisterUsersResponse,
    RemoveBlackList, RemoveBlackListRequest, RemoveBlackListResponse,
    ScanConversationParticipantList, ScanConversationParticipantListRequest,
    ScanConversationParticipantListResponse, SendMessage, SendMessageRequest,
    SendMessageResponse, UnRegisterUsers, UnRegisterUsersRequest,
    UnRegisterUsersResponse, UpdateBlackList, UpdateBlackListRequest,
    UpdateBlackListResponse, UpdateFriend, UpdateFriendRequest, UpdateFriendResponse,
    UserBroadcast, UserBroadcastRequest, UserBroadcastResponse, VolcengineRtcIm,
};

#[doc(inline)]
pub use volcengine::{Config, Endpoint, Credentials};

/// Where the service answers; the default region first.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        region: "cn-north-1",
        host: "rtc.volcengineapi.com",
        signing_region: "cn-north-1",
    },
    Endpoint {
        region: "ap-southeast-1",
        host: "open-ap-singapore-1.volcengineapi.com",
        signing_region: "ap-southeast-1",
    },
];

/// The service name in the signature's credential scope.
pub const SERVICE: &str = "rtc";

/// The API version, sent as the `Version` query parameter.
pub const VERSION: &str = "2020-12-01";

/// Builds a [`Client`]: [`Client::builder`], the settings, then
/// [`build`](ClientBuilder::build).
pub type ClientBuilder = imapi_runtime::ClientBuilder<Config, Client>;

/// A client of Volcengine RTC instant messaging (IM) OpenAPI.
#[derive(Debug)]
pub struct Client {
    inner: volcengine::Client,
}

impl Client {
    /// A client of the default region (the first of [`ENDPOINTS`]) with the default settings, given the access key pair ([`Credentials::new`], or [`Credentials::from_env`] for `VOLC_ACCESSKEY` and `VOLC_SECRETKEY`).
    pub fn new(credentials: Credentials) -> Result<Self, Error> {
        Self::builder(credentials).build()
    }

    /// A builder starting from the default region and settings, given the access key pair ([`Credentials::new`], or [`Credentials::from_env`] for `VOLC_ACCESSKEY` and `VOLC_SECRETKEY`): pick a region or another server, set timeouts, retries, pacing and validation, then [`build`](ClientBuilder::build).
    pub fn builder(credentials: Credentials) -> ClientBuilder {
        ClientBuilder::new(
            Config::new(credentials, &ENDPOINTS[0], SERVICE, VERSION),
            ENDPOINTS,
            Self::with_config,
        )
    }

    /// A client with a whole configuration of your own.
    pub fn with_config(config: Config) -> Result<Self, Error> {
        Ok(Client {
            inner: volcengine::Client::new(config)?,
        })
    }

    /// Calls any operation of the service by its marker type:
    /// `client.call::<Operation>(&request)` is what each method below does.
    pub async fn call<Op: OperationShape<Service = VolcengineRtcIm>>(
        &self,
        request: &Op::Input,
    ) -> Result<Op::Output, Error> {
        self.inner.call::<Op>(request).await
    }

    /// Every page of a paginated operation from `request` on, by its marker type: the
    /// `…_pages` methods below are this. Consume it with `StreamExt::next`
    /// (`imapi::runtime::pager::StreamExt`).
    pub fn pages<Op: Paginated<Service = VolcengineRtcIm>>(
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

    /// `AddBlackList`: 你可以使用此接口添加黑名单用户。
    ///
    /// 你可以调用 AddBlackList 接口,指定你所属的 AppId、用户 ID 和对方的用户 ID,将对方加入黑名单。一次最多支持添加 10 个用户至黑名单。
    ///
    /// Adds up to 10 users, each with its own extension fields, to a user's black list. Users that could not be added come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::add_black_list) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::AddBlackListRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "InboxType": 0,
    ///   "BlackListInfos": [
    ///     {
    ///       "BlackListUserId": 10002,
    ///       "BlackListUserExt": {"key": "value"}
    ///     },
    ///     {
    ///       "BlackListUserId": 10003,
    ///       "BlackListUserExt": {"key": "value"}
    ///     },
    ///     {
    ///       "BlackListUserId": 10004,
    ///       "BlackListUserExt": {"key": "value"}
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.add_black_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn add_black_list(
        &self,
        request: &AddBlackListRequest,
    ) -> Result<AddBlackListResponse, Error> {
        self.call::<AddBlackList>(request).await
    }

    /// `AddFriend`: 你可以使用此接口添加好友。
    ///
    /// 好友 UserId，一次最多添加 10 个好友
    ///
    /// Makes up to 10 users friends of a user, with the same extension fields for each friendship. Friends that could not be added come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::add_friend) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::AddFriendRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "FriendUserIds": [10002],
    ///   "Ext": {"key": "value"},
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.add_friend(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn add_friend(
        &self,
        request: &AddFriendRequest,
    ) -> Result<AddFriendResponse, Error> {
        self.call::<AddFriend>(request).await
    }

    /// `BatchAddBlockParticipants`: 你可以使用此接口在直播群中批量禁言或拉黑会话成员。
    ///
    /// 你可以调用BatchAddBlockParticipants接口,指定你所属的AppId、会话 ID、 会话成员 UserId 和具体的操作行为,来批量禁言或者拉黑会话成员。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// Mutes several members of a live group (they cannot speak) or blocks users (they cannot join), each for a number of seconds, given the `AppId`, the conversation and the action. Only live groups support it. Users that could not be muted or blocked come back in `FailedParticipantUserIds`.
    ///
    /// See [the operation's page](super::batch_add_block_participants) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchAddBlockParticipantsRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "BlockAction": 0,
    ///   "ParticipantBlockInfos": {
    ///     "10001": 6000,
    ///     "10002": 5000
    ///   }
    /// }
    /// "#)?;
    /// let response = client.batch_add_block_participants(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_add_block_participants(
        &self,
        request: &BatchAddBlockParticipantsRequest,
    ) -> Result<BatchAddBlockParticipantsResponse, Error> {
        self.call::<BatchAddBlockParticipants>(request).await
    }

    /// `BatchAddConversationParticipant`: 你可以使用此接口向群聊中批量添加群成员。
    ///
    /// 你可以调用BatchAddConversationParticipant接口,指定你所属的AppId、会话 ID,群成员信息和操作人 UserId 为指定群批量添加群成员。
    ///
    /// 你无法为单聊添加会话成员。
    ///
    /// 群聊添加成员上限与你在控制台的设置一致。
    ///
    /// 若待添加成员已在群聊中,调用此接口会覆盖原有数据,但并不推荐使用该接口进行成员信息更新。
    ///
    /// 服务端并不会对添加群成员的执行者做预先校验,如判断其是否在群中、是否有权限等。
    ///
    /// Adds several members to a group, given the `AppId`, the conversation, the members' details and the operator. One-to-one conversations take no new members. A group's member limit is the one set in the console. A member already in the group has its data overwritten (the page advises against using this call to update members). The server does not check the operator (membership, permissions). Members that could not be added come back in `FailedUserIds`.
    ///
    /// See [the operation's page](super::batch_add_conversation_participant) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchAddConversationParticipantRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "ParticipantInfos": [
    ///     {
    ///       "ParticipantUserId": 10001,
    ///       "Level": 1,
    ///       "NickName": "Your_NickName",
    ///       "Role": 0,
    ///       "Ext": {"key": "value"},
    ///       "ReadIndex": 0
    ///     }
    ///   ],
    ///   "Operator": 10,
    ///   "Barrier": false
    /// }
    /// "#)?;
    /// let response = client.batch_add_conversation_participant(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_add_conversation_participant(
        &self,
        request: &BatchAddConversationParticipantRequest,
    ) -> Result<BatchAddConversationParticipantResponse, Error> {
        self.call::<BatchAddConversationParticipant>(request).await
    }

    /// `BatchAddManager`: 批量添加直播群中的管理员。
    ///
    /// 指定你所属的 AppId、会话 ID、操作人 UserId 和要添加为管理员的群成员 UserId，批量添加直播群中的管理员。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// Makes several members of a live group its managers (role 2), given the `AppId`, the conversation, the operator and the members' UserIds. Only live groups support it. Users that could not be made managers come back in `FailedManagerUserIds`. The vendor's page could not be read; the fields follow the Go SDK's model, the rest the paired BatchRemoveManager page.
    ///
    /// See [the operation's page](super::batch_add_manager) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchAddManagerRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Operator": 10001,
    ///   "ManagerUserIds": [10002]
    /// }
    /// "#)?;
    /// let response = client.batch_add_manager(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_add_manager(
        &self,
        request: &BatchAddManagerRequest,
    ) -> Result<BatchAddManagerResponse, Error> {
        self.call::<BatchAddManager>(request).await
    }

    /// `BatchAddWhitelistParticipant`: 批量添加全员禁言下白名单成员。
    ///
    /// 指定你所属的AppId、会话 ID、操作人 UserId、要添加白名单成员 UserId，批量添加全员禁言下可发言白名单成员。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// Adds several members to a live group's whitelist: the members who may still speak when the whole group is muted. Only live groups support it. Users that could not be added come back in `FailedUserIds`. The vendor's page could not be read; the fields follow the Go SDK's model, the rest the paired BatchRemoveWhitelistParticipant page.
    ///
    /// See [the operation's page](super::batch_add_whitelist_participant) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchAddWhitelistParticipantRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Operator": 10,
    ///   "ParticipantUserIds": [10001, 10002]
    /// }
    /// "#)?;
    /// let response = client.batch_add_whitelist_participant(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_add_whitelist_participant(
        &self,
        request: &BatchAddWhitelistParticipantRequest,
    ) -> Result<BatchAddWhitelistParticipantResponse, Error> {
        self.call::<BatchAddWhitelistParticipant>(request).await
    }

    /// `BatchDeleteBlockParticipants`: 你可以使用此接口在直播群中批量取消禁言或取消拉黑会话成员。
    ///
    /// 你可以调用BatchDeleteBlockParticipants接口,指定你所属的AppId、会话 ID、 会话成员 UserId 列表和具体的操作行为,来批量取消禁言和取消拉黑会话成员。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// Unmutes or unblocks several users of a live group, given the `AppId`, the conversation, the users and the action. Only live groups support it. Users that could not be unmuted or unblocked come back in `FailedParticipantUserIds`.
    ///
    /// See [the operation's page](super::batch_delete_block_participants) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchDeleteBlockParticipantsRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "BlockAction": 0,
    ///   "ParticipantUserIds": [10001]
    /// }
    /// "#)?;
    /// let response = client.batch_delete_block_participants(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_delete_block_participants(
        &self,
        request: &BatchDeleteBlockParticipantsRequest,
    ) -> Result<BatchDeleteBlockParticipantsResponse, Error> {
        self.call::<BatchDeleteBlockParticipants>(request).await
    }

    /// `BatchDeleteConversationParticipant`: 你可以使用此接口批量删除群成员。
    ///
    /// 你可以调用BatchDeleteConversationParticipant接口,指定你所属的AppId、会话 ID,操作人 ID和待删除群成员 UserId 来批量删除群成员。
    ///
    /// 单聊无法调用此接口。
    ///
    /// 服务端并不会对删除群成员的执行者做预先校验,如判断其是否在群中、是否有权限等。
    ///
    /// Removes several members from a group, given the `AppId`, the conversation, the operator and the members' UserIds. One-to-one conversations cannot use it. The server does not check the operator (membership, permissions). Members that could not be removed come back in `FailedUserIds`.
    ///
    /// See [the operation's page](super::batch_delete_conversation_participant) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchDeleteConversationParticipantRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 2,
    ///   "Operator": 10,
    ///   "ParticipantUserIds": [10001, 10002]
    /// }
    /// "#)?;
    /// let response = client.batch_delete_conversation_participant(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_delete_conversation_participant(
        &self,
        request: &BatchDeleteConversationParticipantRequest,
    ) -> Result<BatchDeleteConversationParticipantResponse, Error> {
        self.call::<BatchDeleteConversationParticipant>(request).await
    }

    /// `BatchGetBlockParticipants`: 分批查询直播群中的禁言或拉黑成员。
    ///
    /// 指定你所属的AppId、会话 ID、分批起始位置、每批查询条数和操作行为，分批查询直播群的禁言列表或拉黑列表。
    ///
    /// Lists a live group's muted members (`BlockAction` 0) or blocked users (1), a batch at a time: at most 20 per batch; send the answer's `NextCursor` back as `Cursor` while `HasMore` is true. The vendor's page could not be read; the fields follow the Go SDK's model.
    ///
    /// See [the operation's page](super::batch_get_block_participants) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchGetBlockParticipantsRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Cursor": 0,
    ///   "Limit": 20,
    ///   "BlockAction": 0
    /// }
    /// "#)?;
    /// let response = client.batch_get_block_participants(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_get_block_participants(
        &self,
        request: &BatchGetBlockParticipantsRequest,
    ) -> Result<BatchGetBlockParticipantsResponse, Error> {
        self.call::<BatchGetBlockParticipants>(request).await
    }

    /// Every page of `BatchGetBlockParticipants` from `request` on, each fetched when the stream is polled: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn batch_get_block_participants_pages(
        &self,
        request: BatchGetBlockParticipantsRequest,
    ) -> impl Stream<
        Item = Result<BatchGetBlockParticipantsResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<BatchGetBlockParticipants>(request)
    }

    /// `BatchGetConversationParticipant`: 你可以使用此接口批量查询会话成员的详细信息。
    ///
    /// 你可以调用`BatchGetConversationParticipant`接口，指定你所属的`AppId`、会话 ID 和查询会话成员 UserId 进行批量查询会话成员的详细信息。
    ///
    /// Looks up the details of several members of one conversation, given the `AppId`, the conversation ID and the members' UserIds.
    ///
    /// See [the operation's page](super::batch_get_conversation_participant) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchGetConversationParticipantRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "ParticipantUserIds": [2, 3]
    /// }
    /// "#)?;
    /// let response = client.batch_get_conversation_participant(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_get_conversation_participant(
        &self,
        request: &BatchGetConversationParticipantRequest,
    ) -> Result<BatchGetConversationParticipantResponse, Error> {
        self.call::<BatchGetConversationParticipant>(request).await
    }

    /// `BatchGetConversations`: 你可以使用此接口批量查询会话。
    ///
    /// 你可以调用BatchGetConversations接口,指定你所属的AppId和会话 ID 批量查询会话信息。
    ///
    /// 无法查询已解散会话。
    ///
    /// Reads several conversations' details at once, given the `AppId` and their IDs. A disbanded conversation cannot be read.
    ///
    /// See [the operation's page](super::batch_get_conversations) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchGetConversationsRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": [1],
    ///   "SkipMemberCount": false
    /// }
    /// "#)?;
    /// let response = client.batch_get_conversations(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_get_conversations(
        &self,
        request: &BatchGetConversationsRequest,
    ) -> Result<BatchGetConversationsResponse, Error> {
        self.call::<BatchGetConversations>(request).await
    }

    /// `BatchGetUser`: 你可以使用此接口批量查询用户资料。
    ///
    /// 查询用户 UserId，一次最多查询50个用户
    ///
    /// Reads the profiles of up to 50 users of an app; users not registered (or unregistered) are listed in `NotFoundUsers`.
    ///
    /// See [the operation's page](super::batch_get_user) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchGetUserRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserIds": [10001, 10002, 30000]
    /// }
    /// "#)?;
    /// let response = client.batch_get_user(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_get_user(
        &self,
        request: &BatchGetUserRequest,
    ) -> Result<BatchGetUserResponse, Error> {
        self.call::<BatchGetUser>(request).await
    }

    /// `BatchGetWhitelistParticipant`: 你可以使用此接口批量查询全员禁言下白名单成员。
    ///
    /// 你可以调用BatchGetWhitelistParticipant接口,指定你所属的AppId、会话 ID、 查询起始位置和查询条数批量查询全员禁言下白名单成员。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// Lists a live group's whitelist (the members who may speak when the whole group is muted), a batch at a time: at most 20 per batch; send the answer's `NextCursor` back as `Cursor` while `HasMore` is true (-1 when no batch follows). Only live groups support it.
    ///
    /// See [the operation's page](super::batch_get_whitelist_participant) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchGetWhitelistParticipantRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Cursor": 0,
    ///   "Limit": 20
    /// }
    /// "#)?;
    /// let response = client.batch_get_whitelist_participant(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_get_whitelist_participant(
        &self,
        request: &BatchGetWhitelistParticipantRequest,
    ) -> Result<BatchGetWhitelistParticipantResponse, Error> {
        self.call::<BatchGetWhitelistParticipant>(request).await
    }

    /// Every page of `BatchGetWhitelistParticipant` from `request` on, each fetched when the stream is polled: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn batch_get_whitelist_participant_pages(
        &self,
        request: BatchGetWhitelistParticipantRequest,
    ) -> impl Stream<
        Item = Result<BatchGetWhitelistParticipantResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<BatchGetWhitelistParticipant>(request)
    }

    /// `BatchModifyConversationParticipant`: 批量修改群成员信息。
    ///
    /// 指定你所属的AppId、会话 ID、群成员信息和执行修改群成员信息操作人的 UserId，批量修改群成员信息。
    ///
    /// Modifies several members of a conversation (level, nickname, role, mute time, extension fields), given the `AppId`, the conversation, the members' new details and the operator. Members that could not be modified come back in `FailedUserIds`. The vendor's page could not be read; everything here follows the Go SDK's model.
    ///
    /// See [the operation's page](super::batch_modify_conversation_participant) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchModifyConversationParticipantRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Operator": 10,
    ///   "ParticipantInfos": [
    ///     {
    ///       "ParticipantUserId": 10002,
    ///       "Level": 2,
    ///       "NickName": "Your_NickName",
    ///       "Ext": {"key": "value"},
    ///       "BlockTime": 0
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.batch_modify_conversation_participant(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_modify_conversation_participant(
        &self,
        request: &BatchModifyConversationParticipantRequest,
    ) -> Result<BatchModifyConversationParticipantResponse, Error> {
        self.call::<BatchModifyConversationParticipant>(request).await
    }

    /// `BatchRemoveManager`: 你可以使用此接口批量移除直播群中的管理员。
    ///
    /// 你可以调用BatchRemoveManager接口,指定你所属的 AppId、会话 ID、 操作人 UserId 和要移除的管理员 UserId 批量移除直播群中的管理员。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// Makes several managers of a live group ordinary members again, given the `AppId`, the conversation, the operator and the managers' UserIds. Only live groups support it. Users that could not be removed as managers come back in `FailedManagerUserIds`.
    ///
    /// See [the operation's page](super::batch_remove_manager) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchRemoveManagerRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Operator": 100001,
    ///   "RemoveManagerUserIds": [10002, 10004]
    /// }
    /// "#)?;
    /// let response = client.batch_remove_manager(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_remove_manager(
        &self,
        request: &BatchRemoveManagerRequest,
    ) -> Result<BatchRemoveManagerResponse, Error> {
        self.call::<BatchRemoveManager>(request).await
    }

    /// `BatchRemoveWhitelistParticipant`: 你可以使用此接口批量移除全员禁言下白名单成员。
    ///
    /// 你可以调用BatchRemoveWhitelistParticipant接口,指定你所属的AppId、会话 ID、 操作人 UserId、要移除白名单成员 UserId,批量移除全员禁言下可发言白名单成员。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// Removes several members from a live group's whitelist (the members who may speak when the whole group is muted). Only live groups support it. Users that could not be removed come back in `FailedUserIds`.
    ///
    /// See [the operation's page](super::batch_remove_whitelist_participant) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchRemoveWhitelistParticipantRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Operator": 10,
    ///   "ParticipantUserIds": [10001, 10002]
    /// }
    /// "#)?;
    /// let response = client.batch_remove_whitelist_participant(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_remove_whitelist_participant(
        &self,
        request: &BatchRemoveWhitelistParticipantRequest,
    ) -> Result<BatchRemoveWhitelistParticipantResponse, Error> {
        self.call::<BatchRemoveWhitelistParticipant>(request).await
    }

    /// `BatchSendMessage`: 你可以使用此接口批量发送单聊消息。
    ///
    /// 指定你所属的 AppId、消息发送人 UserId、消息接收人 UserId 列表、消息类型和消息内容，向每个接收人发送一条单聊消息。
    ///
    /// Sends the same one-to-one message from a sender to each of a list of receivers; the answer maps each receiver's UserId to the id of the message that receiver got.
    ///
    /// See [the operation's page](super::batch_send_message) for its rules, errors and notes. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchSendMessageRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "Sender": 10001,
    ///   "Receiver": [10002, 10003],
    ///   "MsgType": 10001,
    ///   "Content": "{\"text\":\"hello\"}"
    /// }
    /// "#)?;
    /// let response = client.batch_send_message(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_send_message(
        &self,
        request: &BatchSendMessageRequest,
    ) -> Result<BatchSendMessageResponse, Error> {
        self.call::<BatchSendMessage>(request).await
    }

    /// `BatchUpdateLiveParticipants`: 你可以使用此接口更新直播群成员资料。
    ///
    /// 你可以调用 `BatchUpdateLiveParticipants` 接口，指定你所属的`AppId`、会话 Id、 直播群成员 ID 来更新群成员资料。
    ///
    /// 目前仅直播群支持此接口。
    ///
    /// Updates the profiles (avatar, nickname, extension fields) and marks of up to 10 members of a live group. Only live groups support this interface; members that could not be updated come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::batch_update_live_participants) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchUpdateLiveParticipantsRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "ParticipantInfos": [
    ///     {
    ///       "UserId": 10002,
    ///       "AvatarUrl": "https://xxxx.com",
    ///       "NickName": "Nickname1",
    ///       "Ext": {
    ///         "key": "value"
    ///       },
    ///       "Marks": ["Mark1", "Mark2"]
    ///     },
    ///     {
    ///       "UserId": 10001,
    ///       "AvatarUrl": "https://yyyy.com",
    ///       "NickName": "Nickname2",
    ///       "Ext": {
    ///         "key": "value"
    ///       },
    ///       "Marks": ["Mark1", "Mark2"]
    ///     },
    ///     {
    ///       "UserId": 99999,
    ///       "AvatarUrl": "https://xxxx.com",
    ///       "NickName": "Nickname3",
    ///       "Ext": {
    ///         "key": "value"
    ///       },
    ///       "Marks": ["Mark1", "Mark2"]
    ///     }
    ///   ],
    ///   "MarkAction": 1
    /// }
    /// "#)?;
    /// let response = client.batch_update_live_participants(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_update_live_participants(
        &self,
        request: &BatchUpdateLiveParticipantsRequest,
    ) -> Result<BatchUpdateLiveParticipantsResponse, Error> {
        self.call::<BatchUpdateLiveParticipants>(request).await
    }

    /// `BatchUpdateUser`: 你可以使用此接口批量更新用户资料。
    ///
    /// 用户资料。一次最多 10 个用户
    ///
    /// Replaces the profiles (nickname, portrait, extension fields, tags) of up to 10 registered users. Users that could not be updated come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::batch_update_user) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchUpdateUserRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "Users": [
    ///     {
    ///       "UserId": 10001,
    ///       "NickName": "NewNickName",
    ///       "Portrait": "https://example.com/new.png",
    ///       "Ext": {"key": "value2"},
    ///       "Tags": ["tag2"]
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.batch_update_user(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_update_user(
        &self,
        request: &BatchUpdateUserRequest,
    ) -> Result<BatchUpdateUserResponse, Error> {
        self.call::<BatchUpdateUser>(request).await
    }

    /// `BatchUpdateUserTags`: 你可以使用此接口批量更新用户标签。
    ///
    /// 标签更新方式。 0：对于重复 key，覆盖 value，对于新 key，进行添加 1：删除重复 key 默认值为 0。
    ///
    /// Adds tags to, or deletes tags from, several registered users. Users that could not be updated come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::batch_update_user_tags) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::BatchUpdateUserTagsRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserIds": [10001, 10002],
    ///   "Tags": ["tag1"],
    ///   "Op": 0
    /// }
    /// "#)?;
    /// let response = client.batch_update_user_tags(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn batch_update_user_tags(
        &self,
        request: &BatchUpdateUserTagsRequest,
    ) -> Result<BatchUpdateUserTagsResponse, Error> {
        self.call::<BatchUpdateUserTags>(request).await
    }

    /// `CreateConversation`: 你可以使用此接口创建会话。
    ///
    /// 你可以调用CreateConversation接口，指定你所属的AppId、会话成员 ID 和会话详细信息进行创建会话。
    ///
    /// 请谨慎传入IdempotentId幂等Id，单聊如果不传幂等Id，IM服务端内部会根据双方的UserId拼接做为幂等Id，最终的效果就是双方只能创建一个单聊，如果创建时指定了幂等Id，IM服务端会优先以传入的为准，如果创建单聊时传入的幂等Id跟之前的单聊不一致，可能会出现双方创建多个单聊的情况。群聊如果不传幂等Id，IM服务端会使用一个不重复随机数作为幂等Id。
    ///
    /// Creates a conversation (one-to-one, group or live group) given the `AppId`, its owner and its details. `IdempotentId` makes creation idempotent: a second call with the same id creates nothing and answers the existing conversation with `Exist` true. Without it, a one-to-one conversation is keyed by its two members' UserIds (so two users have one such conversation), and a group by a fresh random id (so every call creates one).
    ///
    /// See [the operation's page](super::create_conversation) for its rules, errors and notes. Rate limit: 50 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::CreateConversationRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "InboxType": 0,
    ///   "ConversationCoreInfo": {
    ///     "Name": "conversation",
    ///     "AvatarUrl": "http://xxx.com",
    ///     "Description": "Your_Description",
    ///     "ConversationType": 1
    ///   },
    ///   "OwnerUserId": 10001,
    ///   "OtherUserId": 10002
    /// }
    /// "#)?;
    /// let response = client.create_conversation(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn create_conversation(
        &self,
        request: &CreateConversationRequest,
    ) -> Result<CreateConversationResponse, Error> {
        self.call::<CreateConversation>(request).await
    }

    /// `DeleteConversationMessage`: 你可以使用此接口删除会话中的消息。
    ///
    /// 指定你所属的 AppId、会话 ID、消息 ID 和删除方式，删除会话中的一条消息。
    ///
    /// Deletes a message of a conversation for its members: for all of them (`DeleteType` 0), or for all but its sender (1). Live groups take only 0.
    ///
    /// See [the operation's page](super::delete_conversation_message) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::DeleteConversationMessageRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "MessageId": 10001,
    ///   "DeleteType": 0
    /// }
    /// "#)?;
    /// let response = client.delete_conversation_message(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_conversation_message(
        &self,
        request: &DeleteConversationMessageRequest,
    ) -> Result<DeleteConversationMessageResponse, Error> {
        self.call::<DeleteConversationMessage>(request).await
    }

    /// `DeleteFriend`: 你可以使用此接口删除好友。
    ///
    /// 要删除的好友 UserId，一次最多删除 10 个好友
    ///
    /// Ends up to 10 of a user's friendships. Friends that could not be deleted come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::delete_friend) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::DeleteFriendRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "DeleteUserIds": [2000],
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.delete_friend(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_friend(
        &self,
        request: &DeleteFriendRequest,
    ) -> Result<DeleteFriendResponse, Error> {
        self.call::<DeleteFriend>(request).await
    }

    /// `DeleteMessage`: 你可以使用此接口为会话成员删除消息。
    ///
    /// 指定你所属的 AppId、会话 ID、消息 ID 和群成员 ID，为该成员删除一条消息。
    ///
    /// Deletes a message of a conversation for one member (`ParticipantUserId`): the message is gone from that member's view only, and the others still see it.
    ///
    /// See [the operation's page](super::delete_message) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::DeleteMessageRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "MessageId": 10001,
    ///   "ParticipantUserId": 10002
    /// }
    /// "#)?;
    /// let response = client.delete_message(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn delete_message(
        &self,
        request: &DeleteMessageRequest,
    ) -> Result<DeleteMessageResponse, Error> {
        self.call::<DeleteMessage>(request).await
    }

    /// `DestroyConversation`: 你可以使用此接口解散群聊。
    ///
    /// 你可以调用DestroyConversation接口,指定你所属的AppId、会话 ID 和群主 ID来解散指定群聊。
    ///
    /// 单聊无法调用此接口。
    /// 只有群主可以解散群聊。
    ///
    /// Disbands a group conversation, given the `AppId`, the conversation's ID and its owner's UserId. Not for one-to-one conversations; only the owner may disband a group.
    ///
    /// See [the operation's page](super::destroy_conversation) for its rules, errors and notes. Rate limit: 50 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::DestroyConversationRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "OwnerUserId": 10001,
    ///   "ConversationShortId": 1
    /// }
    /// "#)?;
    /// let response = client.destroy_conversation(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn destroy_conversation(
        &self,
        request: &DestroyConversationRequest,
    ) -> Result<DestroyConversationResponse, Error> {
        self.call::<DestroyConversation>(request).await
    }

    /// `GetAppToken`: 你可以使用此接口生成用户登录 IM 所需的 Token。
    ///
    /// 指定你所属的 AppId、用户 UserId 和 Token 过期时间，生成该用户的 Token。
    ///
    /// Token 本质是使用 AppKey 对 AppID,UserID,Token 的过期时间三个字段进行对称性加密。客户端所有跟 IM 服务端交互的请求,都需要携带Token,IM 服务端会解密 Token 从而获取请求方的身份信息,一旦解密失败或者 Token 过期,则会请求失败。
    ///
    /// Issues the token a user's client signs in to IM with, valid until `ExpireTime`. The token is a secret: whoever holds it acts as that user, so keep it out of logs and hand it to that user's client only.
    ///
    /// See [the operation's page](super::get_app_token) for its rules, errors and notes. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetAppTokenRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "ExpireTime": 4102444800000
    /// }
    /// "#)?;
    /// let response = client.get_app_token(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_app_token(
        &self,
        request: &GetAppTokenRequest,
    ) -> Result<GetAppTokenResponse, Error> {
        self.call::<GetAppToken>(request).await
    }

    /// `GetBlackList`: 你可以使用此接口查询黑名单。
    ///
    /// 查询起始位置，按照添加顺序逆序查询。默认值为 0，即最后一个添加至黑名单的用户。
    ///
    /// Lists a user's black list, the most recently added first, a page at a time: start at `Cursor` 0 (the last user added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
    ///
    /// See [the operation's page](super::get_black_list) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetBlackListRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "Cursor": 0,
    ///   "Limit": 20,
    ///   "NeedTotal": true,
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.get_black_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_black_list(
        &self,
        request: &GetBlackListRequest,
    ) -> Result<GetBlackListResponse, Error> {
        self.call::<GetBlackList>(request).await
    }

    /// Every page of `GetBlackList` from `request` on, each fetched when the stream is polled: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `BlackListInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn get_black_list_pages(
        &self,
        request: GetBlackListRequest,
    ) -> impl Stream<Item = Result<GetBlackListResponse, Error>> + Send + Unpin + '_ {
        self.pages::<GetBlackList>(request)
    }

    /// `GetConversationMarks`: 你可以调用 GetConversationMarks 接口对会话标记进行查询。
    ///
    /// 你可以调用 GetConversationMarks 接口,指定你所属的 AppId、会话成员 ID 对会话标记进行查询。
    ///
    /// 当前仅支持直播群。
    ///
    /// Reads a live group's marks (set by MarkConversation), given the `AppId` and the group's ID. Live groups only.
    ///
    /// See [the operation's page](super::get_conversation_marks) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetConversationMarksRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1
    /// }
    /// "#)?;
    /// let response = client.get_conversation_marks(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_conversation_marks(
        &self,
        request: &GetConversationMarksRequest,
    ) -> Result<GetConversationMarksResponse, Error> {
        self.call::<GetConversationMarks>(request).await
    }

    /// `GetConversationMessages`: 你可以使用此接口批量查询会话中的消息。
    ///
    /// 你可以调用GetConversationMessages接口,指定你所属的AppId、会话 ID、查询起始位置和查询条数批量查询会话中的消息。
    ///
    /// 一次最多查询 20 条消息。
    ///
    /// Lists a conversation's messages a page at a time: give the `AppId`, the conversation, where to start (`Cursor`, a message's index in the conversation), how many (`Limit`, at most 20) and the direction (`Reverse`); send the answer's `NewCursor` back as `Cursor` while `HasMore` is true.
    ///
    /// See [the operation's page](super::get_conversation_messages) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetConversationMessagesRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Cursor": 1666495802476129,
    ///   "Limit": 3,
    ///   "Reverse": 0
    /// }
    /// "#)?;
    /// let response = client.get_conversation_messages(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_conversation_messages(
        &self,
        request: &GetConversationMessagesRequest,
    ) -> Result<GetConversationMessagesResponse, Error> {
        self.call::<GetConversationMessages>(request).await
    }

    /// Every page of `GetConversationMessages` from `request` on, each fetched when the stream is polled: `Cursor` is a cursor from the previous page's `NewCursor`; the items are in `Messages`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn get_conversation_messages_pages(
        &self,
        request: GetConversationMessagesRequest,
    ) -> impl Stream<
        Item = Result<GetConversationMessagesResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<GetConversationMessages>(request)
    }

    /// `GetConversationSetting`: 你可以使用此接口查询会话成员对会话的设置。
    ///
    /// 你可以调用GetConversationSetting接口,指定你所属的AppId、会话 ID和会话成员 UserId,查询会话成员对会话的设置。
    ///
    /// Reads one member's settings for a conversation (do-not-disturb, pin and favourite times, extension fields, read position), given the `AppId`, the conversation's ID and the member's UserId.
    ///
    /// See [the operation's page](super::get_conversation_setting) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetConversationSettingRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ParticipantUserId": 10001,
    ///   "ConversationShortId": 1,
    ///   "NoReadIndex": false
    /// }
    /// "#)?;
    /// let response = client.get_conversation_setting(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_conversation_setting(
        &self,
        request: &GetConversationSettingRequest,
    ) -> Result<GetConversationSettingResponse, Error> {
        self.call::<GetConversationSetting>(request).await
    }

    /// `GetConversationUserCount`: 你可以使用此接口查询会话成员数量。
    ///
    /// 你可以调用GetConversationUserCount接口,指定你所属的AppId和会话 ID,查询会话成员数量。
    ///
    /// Counts a conversation's members, given the `AppId` and the conversation's ID.
    ///
    /// See [the operation's page](super::get_conversation_user_count) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetConversationUserCountRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1
    /// }
    /// "#)?;
    /// let response = client.get_conversation_user_count(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_conversation_user_count(
        &self,
        request: &GetConversationUserCountRequest,
    ) -> Result<GetConversationUserCountResponse, Error> {
        self.call::<GetConversationUserCount>(request).await
    }

    /// `GetMessages`: 你可以使用此接口指定消息 ID 对消息进行批量查询。
    ///
    /// 你可以调用GetMessages接口,指定你所属的AppId和,会话 ID 和消息 ID,查询指定消息的详细信息。
    ///
    /// Looks up messages of a conversation by their ids: give the `AppId`, the conversation and the message ids; the answer has the details of each message found.
    ///
    /// See [the operation's page](super::get_messages) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetMessagesRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "MessageIds": [10003]
    /// }
    /// "#)?;
    /// let response = client.get_messages(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_messages(
        &self,
        request: &GetMessagesRequest,
    ) -> Result<GetMessagesResponse, Error> {
        self.call::<GetMessages>(request).await
    }

    /// `GetMessagesReadReceipt`: 你可以使用此接口查询消息的已读回执。
    ///
    /// 指定你所属的 AppId、会话 ID 和消息 ID，查询这些消息的已读回执：哪些会话成员已读、哪些未读。
    ///
    /// Tells, for messages of a conversation, which members have read each message and which have not, and for a one-to-one conversation whether the receiver has read it.
    ///
    /// See [the operation's page](super::get_messages_read_receipt) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetMessagesReadReceiptRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "MessageIds": [10001]
    /// }
    /// "#)?;
    /// let response = client.get_messages_read_receipt(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_messages_read_receipt(
        &self,
        request: &GetMessagesReadReceiptRequest,
    ) -> Result<GetMessagesReadReceiptResponse, Error> {
        self.call::<GetMessagesReadReceipt>(request).await
    }

    /// `GetParticipantReadIndex`: 查询会话成员的已读位置。
    ///
    /// 查询会话成员已读位置。若没有返回某个成员的 ReadIndex，则表示该成员的 ReadIndex 为 0。
    ///
    /// Reads the members' read positions in a conversation, given the `AppId` and the conversation's ID. A member left out of the answer has read position 0.
    ///
    /// See [the operation's page](super::get_participant_read_index) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetParticipantReadIndexRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1
    /// }
    /// "#)?;
    /// let response = client.get_participant_read_index(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_participant_read_index(
        &self,
        request: &GetParticipantReadIndexRequest,
    ) -> Result<GetParticipantReadIndexResponse, Error> {
        self.call::<GetParticipantReadIndex>(request).await
    }

    /// `GetUserConversations`: 你可以使用此接口查询某个成员拥有的会话。
    ///
    /// 你可以调用GetUserConversations接口，指定你所属的AppId、用户 ID、查询起始位置和查询数量来查询用户拥有的会话。
    ///
    /// Lists the conversations a user belongs to, a page at a time: give the `AppId`, the user's ID, where to start (`Cursor`) and how many (`Limit`, at most 20); send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
    ///
    /// See [the operation's page](super::get_user_conversations) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::GetUserConversationsRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ParticipantUserId": 10001,
    ///   "DataType": 0,
    ///   "Cursor": 0,
    ///   "Limit": 2,
    ///   "SkipMemberCount": true,
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.get_user_conversations(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get_user_conversations(
        &self,
        request: &GetUserConversationsRequest,
    ) -> Result<GetUserConversationsResponse, Error> {
        self.call::<GetUserConversations>(request).await
    }

    /// Every page of `GetUserConversations` from `request` on, each fetched when the stream is polled: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `ConversationInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn get_user_conversations_pages(
        &self,
        request: GetUserConversationsRequest,
    ) -> impl Stream<
        Item = Result<GetUserConversationsResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<GetUserConversations>(request)
    }

    /// `IsFriend`: 你可以使用此接口校验两个用户之间的好友关系。
    ///
    /// 你可以调用 IsFriend 接口,指定你所属的 AppId、用户 ID 和 检验用户 ID 判断双方是否为好友。一次最多支持校验 10 个好友。
    ///
    /// Tells whether each of up to 10 users is a friend of a user.
    ///
    /// See [the operation's page](super::is_friend) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::IsFriendRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "InboxType": 0,
    ///   "FriendUserIds": [10002, 2000]
    /// }
    /// "#)?;
    /// let response = client.is_friend(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn is_friend(
        &self,
        request: &IsFriendRequest,
    ) -> Result<IsFriendResponse, Error> {
        self.call::<IsFriend>(request).await
    }

    /// `IsInBlackList`: 你可以使用此接口校验用户是否在黑名单中。
    ///
    /// 需要校验的用户的 UserId，一次最多校验 10 个用户
    ///
    /// Tells whether each of up to 10 users is in a user's black list.
    ///
    /// See [the operation's page](super::is_in_black_list) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::IsInBlackListRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "BlackListUserIds": [10003, 10002],
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.is_in_black_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn is_in_black_list(
        &self,
        request: &IsInBlackListRequest,
    ) -> Result<IsInBlackListResponse, Error> {
        self.call::<IsInBlackList>(request).await
    }

    /// `IsUserInConversation`: 你可以使用此接口判断用户是否在会话中。
    ///
    /// 你可以调用IsUserInConversation接口,指定你所属的AppId、会话 ID 和会话成员 UserId,判断该用户是否在会话中。
    ///
    /// Says whether a user is a member of a conversation, given the `AppId`, the conversation's ID and the user.
    ///
    /// See [the operation's page](super::is_user_in_conversation) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::IsUserInConversationRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "ParticipantUserId": 10001
    /// }
    /// "#)?;
    /// let response = client.is_user_in_conversation(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn is_user_in_conversation(
        &self,
        request: &IsUserInConversationRequest,
    ) -> Result<IsUserInConversationResponse, Error> {
        self.call::<IsUserInConversation>(request).await
    }

    /// `ListFriend`: 你可以使用此接口查询好友列表。
    ///
    /// 查询起始位置，默认值为 0，即第一个添加的好友。
    ///
    /// Lists a user's friends in the order they were added, a page at a time: start at `Cursor` 0 (the first friend added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
    ///
    /// See [the operation's page](super::list_friend) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::ListFriendRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "Cursor": 0,
    ///   "Limit": 20,
    ///   "NeedTotal": true,
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.list_friend(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn list_friend(
        &self,
        request: &ListFriendRequest,
    ) -> Result<ListFriendResponse, Error> {
        self.call::<ListFriend>(request).await
    }

    /// Every page of `ListFriend` from `request` on, each fetched when the stream is polled: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `FriendInfos`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn list_friend_pages(
        &self,
        request: ListFriendRequest,
    ) -> impl Stream<Item = Result<ListFriendResponse, Error>> + Send + Unpin + '_ {
        self.pages::<ListFriend>(request)
    }

    /// `MarkConversation`: 你可以调用 MarkConversation 接口对会话进行标记。
    ///
    /// 你可以调用 MarkConversation 接口,指定你所属的 AppId、会话成员 ID 和标记类型对会话进行标记。
    ///
    /// 当前仅支持直播群。
    ///
    /// Adds marks to a live group, or removes them, given the `AppId`, the group's ID and the marks. Live groups only; a group has at most 20 marks. The answer's `Result` is empty whether the call succeeds or fails.
    ///
    /// See [the operation's page](super::mark_conversation) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::MarkConversationRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "MarkTypes": ["Mark1", "Mark2"],
    ///   "MarkAction": 1,
    ///   "Operator": 10001
    /// }
    /// "#)?;
    /// let response = client.mark_conversation(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn mark_conversation(
        &self,
        request: &MarkConversationRequest,
    ) -> Result<MarkConversationResponse, Error> {
        self.call::<MarkConversation>(request).await
    }

    /// `ModifyConversation`: 你可以使用此接口修改会话信息。
    ///
    /// 你可以调用ModifyConversation接口,指定你所属的AppId和会话信息修改会话的详细信息。
    ///
    /// Changes a conversation's details (name, avatar, description, notice, extension fields, owner), given the `AppId` and the conversation's ID with the details to change; details left out are kept.
    ///
    /// See [the operation's page](super::modify_conversation) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::ModifyConversationRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationCoreInfo": {
    ///     "ConversationShortId": 1,
    ///     "Ext": {
    ///       "key": "value"
    ///     },
    ///     "OwnerUserId": 100001
    ///   }
    /// }
    /// "#)?;
    /// let response = client.modify_conversation(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn modify_conversation(
        &self,
        request: &ModifyConversationRequest,
    ) -> Result<ModifyConversationResponse, Error> {
        self.call::<ModifyConversation>(request).await
    }

    /// `ModifyConversationSetting`: 你可以使用此接口修改会话成员对会话的设置。
    ///
    /// 你可以调用`ModifyConversationSetting`接口，指定你所属的`AppId`、会话 ID 和会话成员 UserId 修改该成员对会话的设置。
    ///
    /// Modifies one member's settings for a conversation (do-not-disturb, pin time, favourite time, extension fields), identified by `AppId`, conversation ID and the member's UserId.
    ///
    /// See [the operation's page](super::modify_conversation_setting) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::ModifyConversationSettingRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationSettingInfo": {
    ///     "ConversationShortId": 1,
    ///     "ParticipantUserId": 10001,
    ///     "IsMute": true,
    ///     "IsStickTop": true,
    ///     "StickTopTime": 0
    ///   }
    /// }
    /// "#)?;
    /// let response = client.modify_conversation_setting(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn modify_conversation_setting(
        &self,
        request: &ModifyConversationSettingRequest,
    ) -> Result<ModifyConversationSettingResponse, Error> {
        self.call::<ModifyConversationSetting>(request).await
    }

    /// `ModifyMessage`: 你可以使用此接口修改消息扩展字段。
    ///
    /// 你可以调用 `ModifyMessage` 接口，指定你所属的 `AppId`、会话 ID 和消息 ID，修改消息的扩展字段。
    ///
    /// 无法修改已过期消息。
    ///
    /// Modifies a message's extension fields (and optionally its content). Expired messages cannot be modified.
    ///
    /// See [the operation's page](super::modify_message) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::ModifyMessageRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "MessageId": 10001,
    ///   "Ext": {"key": "value"},
    ///   "Content": "{\"text\":\"\"}"
    /// }
    /// "#)?;
    /// let response = client.modify_message(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn modify_message(
        &self,
        request: &ModifyMessageRequest,
    ) -> Result<ModifyMessageResponse, Error> {
        self.call::<ModifyMessage>(request).await
    }

    /// `ModifyParticipantReadIndex`: 修改会话成员的已读位置。
    ///
    /// 修改会话成员已读位置。传入的ReadIndex必须要大于该会话成员目前的ReadIndex。
    ///
    /// Moves a member's read position in a conversation forward, given the `AppId`, the conversation's ID, the member and the new position, which must be greater than the current one.
    ///
    /// See [the operation's page](super::modify_participant_read_index) for its rules, errors and notes. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::ModifyParticipantReadIndexRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "ParticipantUserId": 10001,
    ///   "ReadIndex": 10001
    /// }
    /// "#)?;
    /// let response = client.modify_participant_read_index(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn modify_participant_read_index(
        &self,
        request: &ModifyParticipantReadIndexRequest,
    ) -> Result<ModifyParticipantReadIndexResponse, Error> {
        self.call::<ModifyParticipantReadIndex>(request).await
    }

    /// `QueryLiveParticipantStatus`: 你可以使用此接口查询群成员在直播群的状态。
    ///
    /// 你可以调用QueryLiveParticipantStatus接口,指定你所属的AppId、会话 ID 和查询群成员的 UserId,查询指定成员在直播群的状态。
    ///
    /// 目前仅直播群支持此接口
    ///
    /// 一次最多支持查询 200 个群成员状态。如查询群成员数超过 200,只返回前 200 个成员状态。
    ///
    /// Says whether users are in a live group and since when, given the `AppId`, the live group's ID and the users. Live groups only; at most 200 users are answered, the first 200 asked.
    ///
    /// See [the operation's page](super::query_live_participant_status) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::QueryLiveParticipantStatusRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "ParticipantUserIds": [10001, 10002]
    /// }
    /// "#)?;
    /// let response = client.query_live_participant_status(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn query_live_participant_status(
        &self,
        request: &QueryLiveParticipantStatusRequest,
    ) -> Result<QueryLiveParticipantStatusResponse, Error> {
        self.call::<QueryLiveParticipantStatus>(request).await
    }

    /// `QueryOnlineStatus`: 你可以使用此接口查询用户在线状态。
    ///
    /// 查询用户的 UserId。一次最多查询 100 个成员。
    ///
    /// Reads the connections of up to 100 users: for each user that is online, the connections it has (device, platform, client version).
    ///
    /// See [the operation's page](super::query_online_status) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::QueryOnlineStatusRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserIds": [10001, 10002]
    /// }
    /// "#)?;
    /// let response = client.query_online_status(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn query_online_status(
        &self,
        request: &QueryOnlineStatusRequest,
    ) -> Result<QueryOnlineStatusResponse, Error> {
        self.call::<QueryOnlineStatus>(request).await
    }

    /// `RecallMessage`: 你可以使用此接口撤回会话中的消息。
    ///
    /// 指定你所属的 AppId、会话 ID、消息 ID 和撤回消息的会话成员 ID，撤回会话中的一条消息。
    ///
    /// Recalls a message of a conversation, on behalf of a member (`ParticipantUserId`), who may say in which role (`RecallRole`). A recalled message is no longer listed by GetMessages and GetConversationMessages; a message quoting it shows it as recalled.
    ///
    /// See [the operation's page](super::recall_message) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::RecallMessageRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "MessageId": 10001,
    ///   "ParticipantUserId": 10001,
    ///   "RecallRole": 1
    /// }
    /// "#)?;
    /// let response = client.recall_message(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn recall_message(
        &self,
        request: &RecallMessageRequest,
    ) -> Result<RecallMessageResponse, Error> {
        self.call::<RecallMessage>(request).await
    }

    /// `RegisterUsers`: 你可以使用此接口注册用户。
    ///
    /// 注册用户的信息。一次最多注册 20 个用户。
    ///
    /// Registers up to 20 users of an app, each with an optional nickname, portrait, extension fields and tags (used for tag broadcasts). Users that could not be registered come back in `FailedInfos`; the others are registered.
    ///
    /// See [the operation's page](super::register_users) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::RegisterUsersRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "Users": [
    ///     {
    ///       "UserId": 20001,
    ///       "NickName": "NickName1",
    ///       "Portrait": "https://example.com/portrait.png",
    ///       "Ext": {"key": "value"},
    ///       "Tags": ["tag1"]
    ///     },
    ///     {
    ///       "UserId": 20002
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.register_users(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn register_users(
        &self,
        request: &RegisterUsersRequest,
    ) -> Result<RegisterUsersResponse, Error> {
        self.call::<RegisterUsers>(request).await
    }

    /// `RemoveBlackList`: 你可以使用此接口移出黑名单用户。
    ///
    /// 需要移出黑名单的用户的 ID，一次最多移出 10 个用户
    ///
    /// Removes up to 10 users from a user's black list.
    ///
    /// See [the operation's page](super::remove_black_list) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::RemoveBlackListRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "BlackListUserIds": [10003],
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.remove_black_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn remove_black_list(
        &self,
        request: &RemoveBlackListRequest,
    ) -> Result<RemoveBlackListResponse, Error> {
        self.call::<RemoveBlackList>(request).await
    }

    /// `ScanConversationParticipantList`: 你可以使用此接口分批扫描群中成员的详细信息。
    ///
    /// 你可以调用ScanConversationParticipantList接口，指定你所属的AppId、会话 ID，查询起始位置和人数，分批扫描群中成员的详细信息。
    ///
    /// 若只查询群成员的 UserId，单次最多可查询 50 人；若需查询群成员详细信息，单次最多可查询 20 人。
    ///
    /// Scans the members of a group a batch at a time: give the `AppId`, the conversation, where to start (`Cursor`) and how many (`Limit`): at most 50 when only UserIds are asked for (`OnlyUserIds`), otherwise at most 20. Send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
    ///
    /// See [the operation's page](super::scan_conversation_participant_list) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::ScanConversationParticipantListRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "ConversationShortId": 1,
    ///   "Cursor": 0,
    ///   "Limit": 2,
    ///   "Reverse": false,
    ///   "OnlyUserIds": false,
    ///   "ScanOnlineParticipant": false
    /// }
    /// "#)?;
    /// let response = client.scan_conversation_participant_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn scan_conversation_participant_list(
        &self,
        request: &ScanConversationParticipantListRequest,
    ) -> Result<ScanConversationParticipantListResponse, Error> {
        self.call::<ScanConversationParticipantList>(request).await
    }

    /// Every page of `ScanConversationParticipantList` from `request` on, each fetched when the stream is polled: `Cursor` is a cursor from the previous page's `NextCursor`; the items are in `Participants`; the last page has `HasMore` false; an empty page ends the list; `Limit` is the page size. A failed call ends the stream after its error.
    pub fn scan_conversation_participant_list_pages(
        &self,
        request: ScanConversationParticipantListRequest,
    ) -> impl Stream<
        Item = Result<ScanConversationParticipantListResponse, Error>,
    > + Send + Unpin + '_ {
        self.pages::<ScanConversationParticipantList>(request)
    }

    /// `SendMessage`: 你可以使用此接口发送消息。
    ///
    /// 发送消息：指定你所属的 AppId、消息发送人 UserId、会话 ID、消息类型和消息内容，向会话发送一条消息。
    ///
    /// 消息优先级（Priority）仅对直播群有效。为避免直播群中消息频率太多导致服务端压力过大，你可以设置消息的优先级。当前直播群下，普通优先级和低优先级消息共用频控阈值为 30 条/秒，超过部分会被服务端直接丢弃。高优消息频控阈值为 10 条/秒，超过部分服务端无法保证不丢失。
    ///
    /// Sends a message to a conversation, from a sender, with a message type and content in the client message format. In a live group, low and normal priority messages share 30 messages a second and high priority messages have 10: excess messages are discarded by the server (high priority ones are not guaranteed to arrive), while the call still succeeds.
    ///
    /// See [the operation's page](super::send_message) for its rules, errors and notes. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::SendMessageRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "Sender": 10001,
    ///   "ConversationShortId": 1,
    ///   "MsgType": 10001,
    ///   "Content": "{\"text\":\"hello\"}",
    ///   "Priority": 1,
    ///   "Ext": {"key": "value"}
    /// }
    /// "#)?;
    /// let response = client.send_message(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn send_message(
        &self,
        request: &SendMessageRequest,
    ) -> Result<SendMessageResponse, Error> {
        self.call::<SendMessage>(request).await
    }

    /// `UnRegisterUsers`: 你可以使用此接口注销用户。
    ///
    /// 注销用户 UserId。一次最多注销 10 个用户。
    ///
    /// Unregisters up to 10 users of an app. Users that could not be unregistered come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::un_register_users) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::UnRegisterUsersRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserIds": [10003]
    /// }
    /// "#)?;
    /// let response = client.un_register_users(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn un_register_users(
        &self,
        request: &UnRegisterUsersRequest,
    ) -> Result<UnRegisterUsersResponse, Error> {
        self.call::<UnRegisterUsers>(request).await
    }

    /// `UpdateBlackList`: 你可以使用此接口更新黑名单中的用户信息。
    ///
    /// 你可以调用 UpdateBlackList 接口,指定你所属的 AppId、用户 ID 和黑名单中用户的 ID,更新黑名单用户的扩展信息。 一次最多支持更新 10 个好友。
    ///
    /// Merges new extension fields into those of up to 10 users of a user's black list. Users that could not be updated come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::update_black_list) for its rules, errors and notes. Rate limit: 50 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::UpdateBlackListRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "BlackListInfos": [
    ///     {
    ///       "BlackListUserId": 10003,
    ///       "BlackListUserExt": {"key1": "value2"}
    ///     },
    ///     {
    ///       "BlackListUserId": 10004,
    ///       "BlackListUserExt": {"key1": "value2"}
    ///     },
    ///     {
    ///       "BlackListUserId": 10005,
    ///       "BlackListUserExt": {"key2": "value2"}
    ///     }
    ///   ],
    ///   "InboxType": 0
    /// }
    /// "#)?;
    /// let response = client.update_black_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn update_black_list(
        &self,
        request: &UpdateBlackListRequest,
    ) -> Result<UpdateBlackListResponse, Error> {
        self.call::<UpdateBlackList>(request).await
    }

    /// `UpdateFriend`: 你可以使用此接口对好友信息进行更新。
    ///
    /// 你可以调用 UpdateFriend 接口,指定你所属的 AppId、用户 ID 和 好友 ID 更新好友信息。 一次最多支持更新 10 个好友。
    ///
    /// Updates the alias or the extension fields of up to 10 of a user's friends. Friends that could not be updated come back in `FailedInfos`.
    ///
    /// See [the operation's page](super::update_friend) for its rules, errors and notes. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::UpdateFriendRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "UserId": 10001,
    ///   "FriendInfos": [
    ///     {
    ///       "FriendUserId": 10002,
    ///       "Ext": {"test": "test"}
    ///     },
    ///     {
    ///       "FriendUserId": 10003,
    ///       "Ext": {"7778": "777"}
    ///     }
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.update_friend(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn update_friend(
        &self,
        request: &UpdateFriendRequest,
    ) -> Result<UpdateFriendResponse, Error> {
        self.call::<UpdateFriend>(request).await
    }

    /// `UserBroadcast`: 你可以使用此接口向全员或指定标签的用户广播消息。
    ///
    /// 指定你所属的 AppId、发送方、消息类型、消息内容和消息过期时间，向全员或具有指定标签的用户广播一条消息。
    ///
    /// Broadcasts a message from a sender to every user of the app, or to the users with the given tags (any of them, or all of them, by `TagOp`); the message lives `MsgTTL` seconds.
    ///
    /// See [the operation's page](super::user_broadcast) for its rules, errors and notes. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::volcengine_rtc_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::volcengine_rtc_im::UserBroadcastRequest = serde_json::from_str(r#"
    /// {
    ///   "AppId": 0,
    ///   "Sender": 10001,
    ///   "MsgType": 10001,
    ///   "Content": "{\"text\":\"hello\"}",
    ///   "MsgTTL": 3600,
    ///   "Tags": ["vip"],
    ///   "TagOp": 0
    /// }
    /// "#)?;
    /// let response = client.user_broadcast(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_broadcast(
        &self,
        request: &UserBroadcastRequest,
    ) -> Result<UserBroadcastResponse, Error> {
        self.call::<UserBroadcast>(request).await
    }
}
