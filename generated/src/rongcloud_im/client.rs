// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The client of RongCloud IM Server API.
//!
//! Each call is validated, form-encoded and signed with a fresh nonce and timestamp (`Signature` is the hex SHA-1 of the App Secret, the nonce and the timestamp); the `code` envelope is decoded: any code but 200 becomes [`Error::Vendor`] with its code, `errorMessage` and the `X-Request-Id` the server answered with.
//!
//! Failures that cannot have been applied (no connection, throttling) are retried with capped, jittered backoff; others only for idempotent operations. [`Client::new`] calls the default region with the default settings; [`Client::builder`] picks another region or server and sets timeouts, retries, pacing to the documented rate limits, and validation.
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use imapi::rongcloud_im::client::{Client, Credentials};
//!
//! let client = Client::builder(Credentials::new("<app key>", "<app secret>"))
//!     .region("singapore") // a key of ENDPOINTS
//!     .timeout(Duration::from_secs(10))
//!     .build()?;
//!
//! // Any other server, such as the emulator on this machine:
//! let local = Client::builder(Credentials::new("<app key>", "<app secret>"))
//!     .base_url("http://127.0.0.1:8080")
//!     .allow_http(true)
//!     .build()?;
//! # Ok::<(), imapi::Error>(())
//! ```

use imapi_runtime::{Error, OperationShape};
use imapi_runtime::rongcloud;
use super::{
    GroupCreate, GroupCreateRequest, GroupCreateResponse, GroupDismiss,
    GroupDismissRequest, GroupDismissResponse, GroupJoin, GroupJoinRequest,
    GroupJoinResponse, GroupQuit, GroupQuitRequest, GroupQuitResponse, GroupRefresh,
    GroupRefreshRequest, GroupRefreshResponse, GroupSync, GroupSyncRequest,
    GroupSyncResponse, GroupUserGagAdd, GroupUserGagAddRequest, GroupUserGagAddResponse,
    GroupUserGagList, GroupUserGagListRequest, GroupUserGagListResponse,
    GroupUserGagRollback, GroupUserGagRollbackRequest, GroupUserGagRollbackResponse,
    GroupUserQuery, GroupUserQueryRequest, GroupUserQueryResponse, MessageGroupPublish,
    MessageGroupPublishRequest, MessageGroupPublishResponse, MessagePrivatePublish,
    MessagePrivatePublishRequest, MessagePrivatePublishResponse, MessageRecall,
    MessageRecallRequest, MessageRecallResponse, RongcloudIm, UserBlock, UserBlockQuery,
    UserBlockQueryRequest, UserBlockQueryResponse, UserBlockRequest, UserBlockResponse,
    UserCheckOnline, UserCheckOnlineRequest, UserCheckOnlineResponse, UserGetToken,
    UserGetTokenRequest, UserGetTokenResponse, UserGroupQuery, UserGroupQueryRequest,
    UserGroupQueryResponse, UserInfo, UserInfoRequest, UserInfoResponse, UserRefresh,
    UserRefreshRequest, UserRefreshResponse, UserTokenExpire, UserTokenExpireRequest,
    UserTokenExpireResponse, UserUnblock, UserUnblockRequest, UserUnblockResponse,
};

#[doc(inline)]
pub use rongcloud::{Config, Endpoint, Credentials};

/// Where the service answers; the default region first.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        region: "china",
        host: "api.rong-api.com",
        backup_host: Some("api-b.rong-api.com"),
    },
    Endpoint {
        region: "singapore",
        host: "api.sg-light-api.com",
        backup_host: Some("api-b.sg-light-api.com"),
    },
    Endpoint {
        region: "singapore-b",
        host: "api.sg-b-light-api.com",
        backup_host: Some("api-b.sg-b-light-api.com"),
    },
    Endpoint {
        region: "north-america",
        host: "api.us-light-api.com",
        backup_host: Some("api-b.us-light-api.com"),
    },
    Endpoint {
        region: "saudi-arabia",
        host: "api.sau-light-api.com",
        backup_host: Some("api-b.sau-light-api.com"),
    },
];

/// Builds a [`Client`]: [`Client::builder`], the settings, then
/// [`build`](ClientBuilder::build).
pub type ClientBuilder = imapi_runtime::ClientBuilder<Config, Client>;

/// A client of RongCloud IM Server API.
#[derive(Debug)]
pub struct Client {
    inner: rongcloud::Client,
}

impl Client {
    /// A client of the default region (the first of [`ENDPOINTS`]) with the default settings, given the app's App Key and App Secret ([`Credentials::new`]).
    pub fn new(credentials: Credentials) -> Result<Self, Error> {
        Self::builder(credentials).build()
    }

    /// A builder starting from the default region and settings, given the app's App Key and App Secret ([`Credentials::new`]): pick a region or another server, set timeouts, retries, pacing and validation, then [`build`](ClientBuilder::build).
    pub fn builder(credentials: Credentials) -> ClientBuilder {
        ClientBuilder::new(
            Config::new(credentials, &ENDPOINTS[0]),
            ENDPOINTS,
            Self::with_config,
        )
    }

    /// A client with a whole configuration of your own.
    pub fn with_config(config: Config) -> Result<Self, Error> {
        Ok(Client {
            inner: rongcloud::Client::new(config)?,
        })
    }

    /// Calls any operation of the service by its marker type:
    /// `client.call::<Operation>(&request)` is what each method below does.
    pub async fn call<Op: OperationShape<Service = RongcloudIm>>(
        &self,
        request: &Op::Input,
    ) -> Result<Op::Output, Error> {
        self.inner.call::<Op>(request).await
    }

    /// `GroupCreate`: The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group.
    ///
    /// The IM Service does not manage the business logic of groups. Therefore, all the business logic of groups is implemented on the App server. For client developers, creating a group only requires interaction with the App backend.
    ///
    /// Each group can have up to 3000 members. There is no limit to the number of groups within the App, and there is no limit to the number of groups a user can join or create.
    ///
    /// Basic Process: when the App client needs to create a group, it sends a request to the App backend. The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group. After the IM Service successfully creates the group, it returns the result to the App backend. The App backend notifies the client that the group has been successfully created. The user has joined the group and can send and receive messages within the group.
    ///
    /// See [the operation's page](super::group_create) for its rules, errors and notes. Rate limit: 100 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupCreateRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": ["1", "2"],
    ///   "groupId": "123",
    ///   "groupName": "TestGroup"
    /// }
    /// "#)?;
    /// let response = client.group_create(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_create(
        &self,
        request: &GroupCreateRequest,
    ) -> Result<GroupCreateResponse, Error> {
        self.call::<GroupCreate>(request).await
    }

    /// `GroupDismiss`: Dismissing a group means that all users will no longer receive messages from that group.
    ///
    /// Dismissing a group means that all users will no longer receive messages from that group.
    ///
    /// Impact on local historical message records: after the group is dismissed, clients can still view the group's historical messages that have been saved locally.
    ///
    /// Impact on remote historical message records (only applicable if the Cloud Storage for One-to-One and Group Messages service is enabled): dismissing a group does not delete the group's historical messages on the server. If you need to clear them, you can use the IM service's API to delete messages. Once the group relationship is dismissed, the App client no longer has the right to pull the group's historical messages from the cloud storage service. If the historical messages in the Cloud Storage for One-to-One and Group Messages service are not cleared, as long as a group with the same ID is created, the client can still pull the previous historical messages.
    ///
    /// Basic Process: the user performs the group dismissal operation in the App and initiates a group dismissal request to the App server. The App backend calls the IM service's API to dismiss the group.
    ///
    /// See [the operation's page](super::group_dismiss) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupDismissRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "1",
    ///   "groupId": "123"
    /// }
    /// "#)?;
    /// let response = client.group_dismiss(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_dismiss(
        &self,
        request: &GroupDismissRequest,
    ) -> Result<GroupDismissResponse, Error> {
        self.call::<GroupDismiss>(request).await
    }

    /// `GroupJoin`: The App backend calls the IM Service API to request joining the group. After successfully joining the group, the user can send and receive messages within the group.
    ///
    /// The IM Service does not manage the business logic of groups. Therefore, all group business logic is implemented on the App server.
    ///
    /// Each group can have up to 3000 members. There is no limit to the number of groups within an App, and there is no limit to the number of groups a user can join or create.
    ///
    /// Basic Process: the client requests the App backend to join a group. The App backend calls the IM Service API to request joining the group. The group ID is managed by the App server and is returned to the client upon successful creation. After successfully joining the group, the user can send and receive messages within the group.
    ///
    /// After joining a group, users can only view messages sent after the time they joined by default. If you want users to view historical messages after joining, enable the following features in the Console: Cloud Storage for One-to-One and Group Messages; New Users Can Retrieve Historical Messages Before Joining the Group.
    ///
    /// See [the operation's page](super::group_join) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupJoinRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": ["1", "2"],
    ///   "groupId": "123",
    ///   "groupName": "TestGroup"
    /// }
    /// "#)?;
    /// let response = client.group_join(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_join(
        &self,
        request: &GroupJoinRequest,
    ) -> Result<GroupJoinResponse, Error> {
        self.call::<GroupJoin>(request).await
    }

    /// `GroupQuit`: Remove a user from a group so that they no longer receive messages from that group.
    ///
    /// Remove a user from a group so that they no longer receive messages from that group.
    ///
    /// Basic Process: the user initiates the leave group operation in the app, and this operation request is sent to the app server. The app server calls the IM service's server API to remove the user from the group. After removal, the user will no longer receive messages from that group.
    ///
    /// The IM service does not maintain basic group information (avatar, name, group member profiles, etc.). This must be managed by the developer's app server. Calling the leave group API does not automatically send a notification message to the SDK. If you wish to notify the user about leaving the group, you can send a system message for notification.
    ///
    /// See [the operation's page](super::group_quit) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupQuitRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": ["1", "2"],
    ///   "groupId": "123"
    /// }
    /// "#)?;
    /// let response = client.group_quit(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_quit(
        &self,
        request: &GroupQuitRequest,
    ) -> Result<GroupQuitResponse, Error> {
        self.call::<GroupQuit>(request).await
    }

    /// `GroupRefresh`: Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
    ///
    /// Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
    ///
    /// When the group name changes, call this API to refresh the group name information stored on the IM server, ensuring that the correct group name is displayed in remote push notifications (PUSH).
    ///
    /// The refresh group information API only updates the group name carried in remote push notifications (PUSH).
    ///
    /// The refreshed group information takes effect within 5 minutes, and the updated group name will be displayed in push notifications after it takes effect.
    ///
    /// See [the operation's page](super::group_refresh) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupRefreshRequest = serde_json::from_str(r#"
    /// {
    ///   "groupId": "123",
    ///   "groupName": "new"
    /// }
    /// "#)?;
    /// let response = client.group_refresh(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_refresh(
        &self,
        request: &GroupRefreshRequest,
    ) -> Result<GroupRefreshResponse, Error> {
        self.call::<GroupRefresh>(request).await
    }

    /// `GroupSync`: Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
    ///
    /// Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
    ///
    /// If there is existing group data on the App Server before integrating the IM service, you can use this interface to synchronize the existing user-group relationships with the IM server when connecting to the IM service for the first time.
    ///
    /// When the `group[id]=name` parameter is not submitted, it means that the binding relationship of the `userId` with the corresponding group is removed.
    ///
    /// See [the operation's page](super::group_sync) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupSyncRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "2014",
    ///   "group": {
    ///     "10001": "TestGroup1",
    ///     "10002": "TestGroup2",
    ///     "10003": "TestGroup3"
    ///   }
    /// }
    /// "#)?;
    /// let response = client.group_sync(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_sync(
        &self,
        request: &GroupSyncRequest,
    ) -> Result<GroupSyncResponse, Error> {
        self.call::<GroupSync>(request).await
    }

    /// `GroupUserGagAdd`: The group service supports muting specified users in a group. Apps can call this API to add users to the mute list.
    ///
    /// The group service supports muting specified users in a group. Apps can call this API to add users to the mute list. The following capabilities are supported:
    ///
    /// - Mute one or more users in a specified group.
    /// - If no group is specified (the groupId can be left empty), the user will be muted in all groups they have joined. Up to 100 users can be set. To check if the limit has been reached, you can call the Query Group Member Mute List interface (/group/user/gag/list.json) with groupId left empty.
    /// - Supports setting the mute duration, which can be a fixed duration (up to 43,200 minutes) or permanent.
    /// - Once a user is added to the mute list, the mute status takes effect immediately. A muted group member can receive and view chat messages in the group but cannot send messages to the group via the client SDK.
    ///
    ///
    /// The mute data is not cleared when a user leaves the group:
    ///
    /// - A user who has been set to a permanent mute will retain the mute status if they rejoin the group.
    /// - A user who has been set to a temporary mute will retain the mute status if they rejoin the group within the mute duration.
    ///
    ///
    /// The server-side (Server API) group message sending interface is not restricted by the group-wide mute status. Muted users can send messages to the group via the Server API.
    ///
    /// See [the operation's page](super::group_user_gag_add) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupUserGagAddRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": ["2582", "2583"],
    ///   "groupId": "16",
    ///   "minute": 1
    /// }
    /// "#)?;
    /// let response = client.group_user_gag_add(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_user_gag_add(
        &self,
        request: &GroupUserGagAddRequest,
    ) -> Result<GroupUserGagAddResponse, Error> {
        self.call::<GroupUserGagAdd>(request).await
    }

    /// `GroupUserGagList`: Retrieve the list of users muted in a specified group, returning their user IDs.
    ///
    /// Retrieve the list of users muted in a specified group, returning their user IDs.
    ///
    /// If no group is specified (groupId is empty), the list of muted users from all groups will be retrieved.
    ///
    /// See [the operation's page](super::group_user_gag_list) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupUserGagListRequest = serde_json::from_str(r#"
    /// {
    ///   "groupId": "16"
    /// }
    /// "#)?;
    /// let response = client.group_user_gag_list(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_user_gag_list(
        &self,
        request: &GroupUserGagListRequest,
    ) -> Result<GroupUserGagListResponse, Error> {
        self.call::<GroupUserGagList>(request).await
    }

    /// `GroupUserGagRollback`: Unmute one or more users in a specific group.
    ///
    /// Unmute one or more users in a specific group.
    ///
    /// If a user is muted in all groups, you can unmute them by leaving the groupId parameter empty.
    ///
    /// See [the operation's page](super::group_user_gag_rollback) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupUserGagRollbackRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": ["2582", "2583"],
    ///   "groupId": "16"
    /// }
    /// "#)?;
    /// let response = client.group_user_gag_rollback(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_user_gag_rollback(
        &self,
        request: &GroupUserGagRollbackRequest,
    ) -> Result<GroupUserGagRollbackResponse, Error> {
        self.call::<GroupUserGagRollback>(request).await
    }

    /// `GroupUserQuery`: Query the user IDs of all members in a specified group.
    ///
    /// See [the operation's page](super::group_user_query) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::GroupUserQueryRequest = serde_json::from_str(r#"
    /// {
    ///   "groupId": "123"
    /// }
    /// "#)?;
    /// let response = client.group_user_query(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn group_user_query(
        &self,
        request: &GroupUserQueryRequest,
    ) -> Result<GroupUserQueryResponse, Error> {
        self.call::<GroupUserQuery>(request).await
    }

    /// `MessageGroupPublish`: Send messages to one or multiple groups within your application.
    ///
    /// Send messages to one or multiple groups within your application. Note that when sending
    /// messages to a group via the Server API, the sender does not need to be a group member. The app
    /// must control message-sending permissions. This API supports the following functionalities:
    ///
    /// - Send regular group messages: Supports sending messages to up to 3 groups at a time.
    /// - Send targeted group messages: Allows sending messages to one or more specified users within
    ///   a group, but only one target group is supported per request.
    ///
    ///
    /// Messages sent via this API are not synchronized to the sender's client by default, nor are
    /// they stored in the sender's message history. For synchronization, refer to the
    /// isIncludeSender parameter.
    ///
    /// When sending targeted group messages, only one toGroupId is supported, and expansion,
    /// extraContent, disablePush, and pushExt fields are not supported.
    ///
    /// See [the operation's page](super::message_group_publish) for its rules, errors and notes. Rate limit: 20 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::MessageGroupPublishRequest = serde_json::from_str(r#"
    /// {
    ///   "fromUserId": "jlk456j5",
    ///   "toGroupId": [
    ///     "123"
    ///   ],
    ///   "objectName": "RC:TxtMsg",
    ///   "content": "{\"content\":\"Hello world!\"}"
    /// }
    /// "#)?;
    /// let response = client.message_group_publish(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn message_group_publish(
        &self,
        request: &MessageGroupPublishRequest,
    ) -> Result<MessageGroupPublishResponse, Error> {
        self.call::<MessageGroupPublish>(request).await
    }

    /// `MessagePrivatePublish`: Users within an application can send one-to-one chat messages to other users.
    ///
    /// Users within an application can send one-to-one chat messages to other users.
    ///
    /// - A single request supports sending messages to one or multiple users, with a maximum of 1000
    ///   users per request.
    /// - Messages sent through this API will not be synchronized to the sender's client by default,
    ///   nor will they be stored in the sender's historical message records. To enable
    ///   synchronization, refer to the usage of the isIncludeSender parameter.
    ///
    /// See [the operation's page](super::message_private_publish) for its rules, errors and notes. Rate limit: 6000 requests per minute. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::MessagePrivatePublishRequest = serde_json::from_str(r#"
    /// {
    ///   "fromUserId": "jlk456j5",
    ///   "toUserId": [
    ///     "BWSZ"
    ///   ],
    ///   "objectName": "RC:TxtMsg",
    ///   "content": "{\"content\":\"Hello world!\"}"
    /// }
    /// "#)?;
    /// let response = client.message_private_publish(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn message_private_publish(
        &self,
        request: &MessagePrivatePublishRequest,
    ) -> Result<MessagePrivatePublishResponse, Error> {
        self.call::<MessagePrivatePublish>(request).await
    }

    /// `MessageRecall`: Recalling a specific message essentially involves sending a recall command message.
    ///
    /// Recalling a specific message essentially involves sending a recall command message. When the
    /// mobile client receives the recall command message, the original target message will be
    /// deleted, and a notification message with objectName as RC:RcNtf will be generated. The chat UI
    /// can display this based on RC:RcNtf.
    ///
    /// The recall command message will also be stored in the message history. When the SDK retrieves
    /// the message history, it will fetch both the recall command message and the original message
    /// that was recalled. The mobile SDK has already implemented the deletion logic internally, so
    /// developers do not need to handle it additionally.
    ///
    /// No service activation is required to use the Recall Message feature. When recalling a message
    /// via the server, if the client of the recall operator is online, the client will synchronously
    /// execute the recall operation. If the operator's client remains offline for an extended period,
    /// the message recalled via the Server API might still be displayed on the sender's client upon
    /// their next login (the recipient is not affected).
    ///
    /// See [the operation's page](super::message_recall) for its rules, errors and notes. Rate limit: 100 requests per second. Not idempotent: retried only when it surely was not applied.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::MessageRecallRequest = serde_json::from_str(r#"
    /// {
    ///   "fromUserId": "jlk456j5",
    ///   "conversationType": 1,
    ///   "targetId": "BWSZ",
    ///   "messageUID": "5FGT-7VA9-G4DD-4V5P",
    ///   "sentTime": 1585284151512,
    ///   "isAdmin": 0,
    ///   "isDelete": 0
    /// }
    /// "#)?;
    /// let response = client.message_recall(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn message_recall(
        &self,
        request: &MessageRecallRequest,
    ) -> Result<MessageRecallResponse, Error> {
        self.call::<MessageRecall>(request).await
    }

    /// `UserBlock`: Ban specified single or multiple users.
    ///
    /// Banning an App user is typically used in cases of user violations.
    ///
    /// - When banning, a time range must be set, with minutes as the smallest unit. The maximum ban
    ///   duration is 30 days (43,200 minutes).
    /// - Permanent bans are not supported.
    /// - After the ban period expires, the ban is automatically lifted. You can also actively call
    ///   the unban method to lift the ban.
    ///
    ///
    /// Ban specified single or multiple users. The ban takes effect immediately, with the following
    /// impacts:
    ///
    /// - If the banned user is currently connected to the IM service, the IM connection will be
    ///   immediately disconnected.
    /// - The banned user cannot establish an IM connection with the IM service and cannot actively
    ///   use the IM service.
    /// - During the ban period, other users can send messages to the banned user, but the banned
    ///   user cannot receive messages or push notifications. After the ban is lifted, the user can
    ///   normally connect and use the IM service. Upon reconnecting, the user can receive offline
    ///   messages from the banned period. Please note that offline messages are stored for a
    ///   maximum of 7 days.
    ///
    /// See [the operation's page](super::user_block) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserBlockRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": [
    ///     "BWSZ"
    ///   ],
    ///   "minute": 10
    /// }
    /// "#)?;
    /// let response = client.user_block(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_block(
        &self,
        request: &UserBlockRequest,
    ) -> Result<UserBlockResponse, Error> {
        self.call::<UserBlock>(request).await
    }

    /// `UserBlockQuery`: Query the information of banned users, including the user ID and the end time of the ban.
    ///
    /// Query the information of banned users, including the user ID and the end time of the ban.
    ///
    /// The ban will be automatically lifted after the ban period expires. You can also proactively
    /// call the unban method to lift the ban.
    ///
    /// See [the operation's page](super::user_block_query) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserBlockQueryRequest = serde_json::from_str(r#"
    /// {
    ///   "page": 1,
    ///   "size": 50
    /// }
    /// "#)?;
    /// let response = client.user_block_query(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_block_query(
        &self,
        request: &UserBlockQueryRequest,
    ) -> Result<UserBlockQueryResponse, Error> {
        self.call::<UserBlockQuery>(request).await
    }

    /// `UserCheckOnline`: Actively query the online status of a specific user.
    ///
    /// Actively query the online status of a specific user.
    ///
    /// Through the Server API interface, you can actively query the online status of a specific user.
    /// The API call is rate-limited and should not be invoked frequently. This can be used to display
    /// user status on a management platform or to check if the client of a specified user has
    /// successfully connected to the IM service.
    ///
    /// If you need the IM service to send real-time notifications about user status changes, you can
    /// enable the Subscription User Status service.
    ///
    /// See [the operation's page](super::user_check_online) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserCheckOnlineRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "jlk456j5"
    /// }
    /// "#)?;
    /// let response = client.user_check_online(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_check_online(
        &self,
        request: &UserCheckOnlineRequest,
    ) -> Result<UserCheckOnlineResponse, Error> {
        self.call::<UserCheckOnline>(request).await
    }

    /// `UserGetToken`: Exchange the user ID (userId) defined at the app layer for an authentication Token used in the IM service.
    ///
    /// Exchange the user ID (userId) defined at the app layer for an authentication Token used in the
    /// IM service. The same interface is used to re-obtain a Token for the same user ID.
    ///
    /// When establishing a connection with the IM service, the client must pass the user's
    /// authentication token (Token) for the IM service. The Token serves as the unique identifier for
    /// the user in the IM service. Obtaining a Token signifies that a user has completed registration
    /// in the IM service.
    ///
    /// The same user ID can obtain a Token multiple times. If the Token is within its validity period,
    /// it can be used to connect to the IM service. Once you refresh the App Secret in the Console,
    /// all Tokens obtained under the App Key will become invalid.
    ///
    /// The name and portraitUri parameters provided during Token retrieval are exclusively for mobile
    /// push notifications. For profile updates, use the Update User Info method. New values in
    /// subsequent Token requests overwrite existing data.
    ///
    /// See [the operation's page](super::user_get_token) for its rules, errors and notes. Rate limit: 200 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserGetTokenRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "jlk456j5",
    ///   "name": "Ironman",
    ///   "portraitUri": "http://abc.com/myportrait.jpg"
    /// }
    /// "#)?;
    /// let response = client.user_get_token(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_get_token(
        &self,
        request: &UserGetTokenRequest,
    ) -> Result<UserGetTokenResponse, Error> {
        self.call::<UserGetToken>(request).await
    }

    /// `UserGroupQuery`: Query all groups that a user has joined based on their user ID, returning the group ID and group name.
    ///
    /// Query all groups that a user has joined based on their user ID, returning the group ID and group name. By default, it retrieves a list of the first 5000 groups the user has joined.
    ///
    /// The IM Service does not store group profile information. It is recommended that developers maintain group profiles and member information on their application servers. If there are discrepancies in the user-group relationships maintained by the application server, this interface can be used for verification.
    ///
    /// See [the operation's page](super::user_group_query) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserGroupQueryRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "123"
    /// }
    /// "#)?;
    /// let response = client.user_group_query(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_group_query(
        &self,
        request: &UserGroupQueryRequest,
    ) -> Result<UserGroupQueryResponse, Error> {
        self.call::<UserGroupQuery>(request).await
    }

    /// `UserInfo`: Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
    ///
    /// See [the operation's page](super::user_info) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserInfoRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "123"
    /// }
    /// "#)?;
    /// let response = client.user_info(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_info(
        &self,
        request: &UserInfoRequest,
    ) -> Result<UserInfoResponse, Error> {
        self.call::<UserInfo>(request).await
    }

    /// `UserRefresh`: Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
    ///
    /// Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
    ///
    /// The user name (name) and avatar (portraitUri) data stored on the IM service server are only
    /// used for push notifications. The name field is displayed as the default user name in mobile
    /// client push notifications. User profile information modified via the /user/refresh.json
    /// interface will not be automatically synchronized to the User Profile Hosting service.
    ///
    /// The name and portraitUri fields take effect immediately after refreshing user information. The
    /// updated user name will be displayed in Push notifications. The user nickname and avatar data
    /// displayed in the App need to be implemented by you.
    ///
    /// See [the operation's page](super::user_refresh) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserRefreshRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": "jlk456j5",
    ///   "name": "Ironman",
    ///   "portraitUri": "http://abc.com/myportrait.jpg"
    /// }
    /// "#)?;
    /// let response = client.user_refresh(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_refresh(
        &self,
        request: &UserRefreshRequest,
    ) -> Result<UserRefreshResponse, Error> {
        self.call::<UserRefresh>(request).await
    }

    /// `UserTokenExpire`: Invalidate all tokens obtained by a specified user before a certain point in time.
    ///
    /// Invalidate all tokens obtained by a specified user before a certain point in time.
    ///
    /// When a user ID obtains multiple tokens (e.g., by reissuing a token), all previously obtained
    /// tokens remain valid within their expiration period. You can invalidate all tokens for a
    /// specific user based on business needs. Invalidating a token does not affect existing
    /// connections established with that token.
    ///
    /// - Once a client user reconnects (including automatic reconnection in case of weak network), a
    ///   token invalidation error will be returned. At this point, a new token should be obtained.
    /// - After token invalidation, if an app user attempts to establish an IM connection using an
    ///   invalidated token, a token invalidation error will be returned. At this point, a new token
    ///   should be obtained.
    ///
    ///
    /// Tokens are permanently valid by default. The expiration period can be modified in the Console.
    ///
    /// See [the operation's page](super::user_token_expire) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserTokenExpireRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": [
    ///     "test1",
    ///     "test2"
    ///   ],
    ///   "time": 1615362955344
    /// }
    /// "#)?;
    /// let response = client.user_token_expire(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_token_expire(
        &self,
        request: &UserTokenExpireRequest,
    ) -> Result<UserTokenExpireResponse, Error> {
        self.call::<UserTokenExpire>(request).await
    }

    /// `UserUnblock`: Unban users of the App.
    ///
    /// Unban users of the App. Multiple users can be unbanned at once.
    ///
    /// After unbanning, users can re-establish IM connections and use IM services to send and receive
    /// messages normally. Upon going online, they will receive offline messages from the period they
    /// were banned. Please note that offline messages are stored for a maximum of 7 days. If the
    /// client does not go online within 7 days, the server will discard expired messages.
    ///
    /// See [the operation's page](super::user_unblock) for its rules, errors and notes. Rate limit: 100 requests per second. Idempotent: retried when the outcome is unknown.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &imapi::rongcloud_im::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let request: imapi::rongcloud_im::UserUnblockRequest = serde_json::from_str(r#"
    /// {
    ///   "userId": [
    ///     "jlk456j5",
    ///     "jlk45211"
    ///   ]
    /// }
    /// "#)?;
    /// let response = client.user_unblock(&request).await?;
    /// println!("{response:?}");
    /// # Ok(())
    /// # }
    /// ```
    pub async fn user_unblock(
        &self,
        request: &UserUnblockRequest,
    ) -> Result<UserUnblockResponse, Error> {
        self.call::<UserUnblock>(request).await
    }
}
