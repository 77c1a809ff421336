// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The server side of RongCloud IM Server API: implement [`Service`] and serve it with [`router`].
//!
//! Requests are routed by their path, `/<module>/<action>.json`, and authenticated with the `App-Key`, `Nonce`, `Timestamp` and `Signature` headers (each also accepted with the `RC-` prefix): the signature is checked against the App Secret the [`Gateway`]'s [`Keys`] give for the App Key, and the timestamp must be within the gateway's window. Answers are `{"code": 200, …}` with the payload's fields beside `code`; refusals `{"code": …, "errorMessage": …}` with the code's HTTP status.
//!
//! Before a method is called, the request has been routed, authenticated, read (up to `ServerConfig::max_body_bytes`), decoded strictly, validated against every documented constraint and charged to its app's rate limit; each refusal is the vendor's own error code, HTTP status and envelope. A method's [`Fault`] is answered the same way, and a panic as the vendor's internal error. See [`imapi_runtime::server`] for the details.

use imapi_runtime::OperationShape;
use imapi_runtime::server::{
    Fault, Generic, Handler, RequestContext, Router, Routes, ServerConfig, Strict,
};
use std::future::Future;
use std::sync::Arc;
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
    MessageRecallRequest, MessageRecallResponse, SPEC, UserBlock, UserBlockQuery,
    UserBlockQueryRequest, UserBlockQueryResponse, UserBlockRequest, UserBlockResponse,
    UserCheckOnline, UserCheckOnlineRequest, UserCheckOnlineResponse, UserGetToken,
    UserGetTokenRequest, UserGetTokenResponse, UserGroupQuery, UserGroupQueryRequest,
    UserGroupQueryResponse, UserInfo, UserInfoRequest, UserInfoResponse, UserRefresh,
    UserRefreshRequest, UserRefreshResponse, UserTokenExpire, UserTokenExpireRequest,
    UserTokenExpireResponse, UserUnblock, UserUnblockRequest, UserUnblockResponse,
};

/// The gateway the router answers as, with the credentials it accepts: `ServerConfig::new(Gateway::new(StaticKeys::new()…))`.
#[doc(inline)]
pub use imapi_runtime::rongcloud::server::{Gateway, Keys, StaticKeys};

/// RongCloud IM Server API, served: one method per operation, each given the authenticated [`RequestContext`] and the request, decoded and validated. Share state across requests through `&self` (the router holds the implementation in an [`Arc`]).
///
/// A method left out answers the vendor's refusal for an operation the server does not offer ([`Fault::not_implemented`]), so an operation added to the spec never breaks an implementation; implement [`StrictService`] instead to have the compiler ask for every method.
pub trait Service: Send + Sync + 'static {
    /// `GroupCreate`: The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group.
    ///
    /// See [the operation's page](super::group_create) for its rules, errors and notes.
    fn group_create(
        &self,
        context: RequestContext,
        request: GroupCreateRequest,
    ) -> impl Future<Output = Result<GroupCreateResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupCreate::OP)))
    }

    /// `GroupDismiss`: Dismissing a group means that all users will no longer receive messages from that group.
    ///
    /// See [the operation's page](super::group_dismiss) for its rules, errors and notes.
    fn group_dismiss(
        &self,
        context: RequestContext,
        request: GroupDismissRequest,
    ) -> impl Future<Output = Result<GroupDismissResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupDismiss::OP)))
    }

    /// `GroupJoin`: The App backend calls the IM Service API to request joining the group. After successfully joining the group, the user can send and receive messages within the group.
    ///
    /// See [the operation's page](super::group_join) for its rules, errors and notes.
    fn group_join(
        &self,
        context: RequestContext,
        request: GroupJoinRequest,
    ) -> impl Future<Output = Result<GroupJoinResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupJoin::OP)))
    }

    /// `GroupQuit`: Remove a user from a group so that they no longer receive messages from that group.
    ///
    /// See [the operation's page](super::group_quit) for its rules, errors and notes.
    fn group_quit(
        &self,
        context: RequestContext,
        request: GroupQuitRequest,
    ) -> impl Future<Output = Result<GroupQuitResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupQuit::OP)))
    }

    /// `GroupRefresh`: Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
    ///
    /// See [the operation's page](super::group_refresh) for its rules, errors and notes.
    fn group_refresh(
        &self,
        context: RequestContext,
        request: GroupRefreshRequest,
    ) -> impl Future<Output = Result<GroupRefreshResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupRefresh::OP)))
    }

    /// `GroupSync`: Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
    ///
    /// See [the operation's page](super::group_sync) for its rules, errors and notes.
    fn group_sync(
        &self,
        context: RequestContext,
        request: GroupSyncRequest,
    ) -> impl Future<Output = Result<GroupSyncResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupSync::OP)))
    }

    /// `GroupUserGagAdd`: The group service supports muting specified users in a group. Apps can call this API to add users to the mute list.
    ///
    /// See [the operation's page](super::group_user_gag_add) for its rules, errors and notes.
    fn group_user_gag_add(
        &self,
        context: RequestContext,
        request: GroupUserGagAddRequest,
    ) -> impl Future<Output = Result<GroupUserGagAddResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupUserGagAdd::OP)))
    }

    /// `GroupUserGagList`: Retrieve the list of users muted in a specified group, returning their user IDs.
    ///
    /// See [the operation's page](super::group_user_gag_list) for its rules, errors and notes.
    fn group_user_gag_list(
        &self,
        context: RequestContext,
        request: GroupUserGagListRequest,
    ) -> impl Future<Output = Result<GroupUserGagListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupUserGagList::OP)))
    }

    /// `GroupUserGagRollback`: Unmute one or more users in a specific group.
    ///
    /// See [the operation's page](super::group_user_gag_rollback) for its rules, errors and notes.
    fn group_user_gag_rollback(
        &self,
        context: RequestContext,
        request: GroupUserGagRollbackRequest,
    ) -> impl Future<Output = Result<GroupUserGagRollbackResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupUserGagRollback::OP)))
    }

    /// `GroupUserQuery`: Query the user IDs of all members in a specified group.
    ///
    /// See [the operation's page](super::group_user_query) for its rules, errors and notes.
    fn group_user_query(
        &self,
        context: RequestContext,
        request: GroupUserQueryRequest,
    ) -> impl Future<Output = Result<GroupUserQueryResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupUserQuery::OP)))
    }

    /// `MessageGroupPublish`: Send messages to one or multiple groups within your application.
    ///
    /// See [the operation's page](super::message_group_publish) for its rules, errors and notes.
    fn message_group_publish(
        &self,
        context: RequestContext,
        request: MessageGroupPublishRequest,
    ) -> impl Future<Output = Result<MessageGroupPublishResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&MessageGroupPublish::OP)))
    }

    /// `MessagePrivatePublish`: Users within an application can send one-to-one chat messages to other users.
    ///
    /// See [the operation's page](super::message_private_publish) for its rules, errors and notes.
    fn message_private_publish(
        &self,
        context: RequestContext,
        request: MessagePrivatePublishRequest,
    ) -> impl Future<Output = Result<MessagePrivatePublishResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&MessagePrivatePublish::OP)))
    }

    /// `MessageRecall`: Recalling a specific message essentially involves sending a recall command message.
    ///
    /// See [the operation's page](super::message_recall) for its rules, errors and notes.
    fn message_recall(
        &self,
        context: RequestContext,
        request: MessageRecallRequest,
    ) -> impl Future<Output = Result<MessageRecallResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&MessageRecall::OP)))
    }

    /// `UserBlock`: Ban specified single or multiple users.
    ///
    /// See [the operation's page](super::user_block) for its rules, errors and notes.
    fn user_block(
        &self,
        context: RequestContext,
        request: UserBlockRequest,
    ) -> impl Future<Output = Result<UserBlockResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserBlock::OP)))
    }

    /// `UserBlockQuery`: Query the information of banned users, including the user ID and the end time of the ban.
    ///
    /// See [the operation's page](super::user_block_query) for its rules, errors and notes.
    fn user_block_query(
        &self,
        context: RequestContext,
        request: UserBlockQueryRequest,
    ) -> impl Future<Output = Result<UserBlockQueryResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserBlockQuery::OP)))
    }

    /// `UserCheckOnline`: Actively query the online status of a specific user.
    ///
    /// See [the operation's page](super::user_check_online) for its rules, errors and notes.
    fn user_check_online(
        &self,
        context: RequestContext,
        request: UserCheckOnlineRequest,
    ) -> impl Future<Output = Result<UserCheckOnlineResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserCheckOnline::OP)))
    }

    /// `UserGetToken`: Exchange the user ID (userId) defined at the app layer for an authentication Token used in the IM service.
    ///
    /// See [the operation's page](super::user_get_token) for its rules, errors and notes.
    fn user_get_token(
        &self,
        context: RequestContext,
        request: UserGetTokenRequest,
    ) -> impl Future<Output = Result<UserGetTokenResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserGetToken::OP)))
    }

    /// `UserGroupQuery`: Query all groups that a user has joined based on their user ID, returning the group ID and group name.
    ///
    /// See [the operation's page](super::user_group_query) for its rules, errors and notes.
    fn user_group_query(
        &self,
        context: RequestContext,
        request: UserGroupQueryRequest,
    ) -> impl Future<Output = Result<UserGroupQueryResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserGroupQuery::OP)))
    }

    /// `UserInfo`: Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
    ///
    /// See [the operation's page](super::user_info) for its rules, errors and notes.
    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserInfo::OP)))
    }

    /// `UserRefresh`: Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
    ///
    /// See [the operation's page](super::user_refresh) for its rules, errors and notes.
    fn user_refresh(
        &self,
        context: RequestContext,
        request: UserRefreshRequest,
    ) -> impl Future<Output = Result<UserRefreshResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserRefresh::OP)))
    }

    /// `UserTokenExpire`: Invalidate all tokens obtained by a specified user before a certain point in time.
    ///
    /// See [the operation's page](super::user_token_expire) for its rules, errors and notes.
    fn user_token_expire(
        &self,
        context: RequestContext,
        request: UserTokenExpireRequest,
    ) -> impl Future<Output = Result<UserTokenExpireResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserTokenExpire::OP)))
    }

    /// `UserUnblock`: Unban users of the App.
    ///
    /// See [the operation's page](super::user_unblock) for its rules, errors and notes.
    fn user_unblock(
        &self,
        context: RequestContext,
        request: UserUnblockRequest,
    ) -> impl Future<Output = Result<UserUnblockResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UserUnblock::OP)))
    }
}

/// RongCloud IM Server API, every operation implemented: [`Service`] without its defaults, so that a method left out, or an operation added to the spec, is a compile error. Serve it through [`Strict`]: `router(Arc::new(Strict(implementation)), config)`.
pub trait StrictService: Send + Sync + 'static {
    /// `GroupCreate`: The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group.
    ///
    /// See [the operation's page](super::group_create) for its rules, errors and notes.
    fn group_create(
        &self,
        context: RequestContext,
        request: GroupCreateRequest,
    ) -> impl Future<Output = Result<GroupCreateResponse, Fault>> + Send;
    /// `GroupDismiss`: Dismissing a group means that all users will no longer receive messages from that group.
    ///
    /// See [the operation's page](super::group_dismiss) for its rules, errors and notes.
    fn group_dismiss(
        &self,
        context: RequestContext,
        request: GroupDismissRequest,
    ) -> impl Future<Output = Result<GroupDismissResponse, Fault>> + Send;
    /// `GroupJoin`: The App backend calls the IM Service API to request joining the group. After successfully joining the group, the user can send and receive messages within the group.
    ///
    /// See [the operation's page](super::group_join) for its rules, errors and notes.
    fn group_join(
        &self,
        context: RequestContext,
        request: GroupJoinRequest,
    ) -> impl Future<Output = Result<GroupJoinResponse, Fault>> + Send;
    /// `GroupQuit`: Remove a user from a group so that they no longer receive messages from that group.
    ///
    /// See [the operation's page](super::group_quit) for its rules, errors and notes.
    fn group_quit(
        &self,
        context: RequestContext,
        request: GroupQuitRequest,
    ) -> impl Future<Output = Result<GroupQuitResponse, Fault>> + Send;
    /// `GroupRefresh`: Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
    ///
    /// See [the operation's page](super::group_refresh) for its rules, errors and notes.
    fn group_refresh(
        &self,
        context: RequestContext,
        request: GroupRefreshRequest,
    ) -> impl Future<Output = Result<GroupRefreshResponse, Fault>> + Send;
    /// `GroupSync`: Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
    ///
    /// See [the operation's page](super::group_sync) for its rules, errors and notes.
    fn group_sync(
        &self,
        context: RequestContext,
        request: GroupSyncRequest,
    ) -> impl Future<Output = Result<GroupSyncResponse, Fault>> + Send;
    /// `GroupUserGagAdd`: The group service supports muting specified users in a group. Apps can call this API to add users to the mute list.
    ///
    /// See [the operation's page](super::group_user_gag_add) for its rules, errors and notes.
    fn group_user_gag_add(
        &self,
        context: RequestContext,
        request: GroupUserGagAddRequest,
    ) -> impl Future<Output = Result<GroupUserGagAddResponse, Fault>> + Send;
    /// `GroupUserGagList`: Retrieve the list of users muted in a specified group, returning their user IDs.
    ///
    /// See [the operation's page](super::group_user_gag_list) for its rules, errors and notes.
    fn group_user_gag_list(
        &self,
        context: RequestContext,
        request: GroupUserGagListRequest,
    ) -> impl Future<Output = Result<GroupUserGagListResponse, Fault>> + Send;
    /// `GroupUserGagRollback`: Unmute one or more users in a specific group.
    ///
    /// See [the operation's page](super::group_user_gag_rollback) for its rules, errors and notes.
    fn group_user_gag_rollback(
        &self,
        context: RequestContext,
        request: GroupUserGagRollbackRequest,
    ) -> impl Future<Output = Result<GroupUserGagRollbackResponse, Fault>> + Send;
    /// `GroupUserQuery`: Query the user IDs of all members in a specified group.
    ///
    /// See [the operation's page](super::group_user_query) for its rules, errors and notes.
    fn group_user_query(
        &self,
        context: RequestContext,
        request: GroupUserQueryRequest,
    ) -> impl Future<Output = Result<GroupUserQueryResponse, Fault>> + Send;
    /// `MessageGroupPublish`: Send messages to one or multiple groups within your application.
    ///
    /// See [the operation's page](super::message_group_publish) for its rules, errors and notes.
    fn message_group_publish(
        &self,
        context: RequestContext,
        request: MessageGroupPublishRequest,
    ) -> impl Future<Output = Result<MessageGroupPublishResponse, Fault>> + Send;
    /// `MessagePrivatePublish`: Users within an application can send one-to-one chat messages to other users.
    ///
    /// See [the operation's page](super::message_private_publish) for its rules, errors and notes.
    fn message_private_publish(
        &self,
        context: RequestContext,
        request: MessagePrivatePublishRequest,
    ) -> impl Future<Output = Result<MessagePrivatePublishResponse, Fault>> + Send;
    /// `MessageRecall`: Recalling a specific message essentially involves sending a recall command message.
    ///
    /// See [the operation's page](super::message_recall) for its rules, errors and notes.
    fn message_recall(
        &self,
        context: RequestContext,
        request: MessageRecallRequest,
    ) -> impl Future<Output = Result<MessageRecallResponse, Fault>> + Send;
    /// `UserBlock`: Ban specified single or multiple users.
    ///
    /// See [the operation's page](super::user_block) for its rules, errors and notes.
    fn user_block(
        &self,
        context: RequestContext,
        request: UserBlockRequest,
    ) -> impl Future<Output = Result<UserBlockResponse, Fault>> + Send;
    /// `UserBlockQuery`: Query the information of banned users, including the user ID and the end time of the ban.
    ///
    /// See [the operation's page](super::user_block_query) for its rules, errors and notes.
    fn user_block_query(
        &self,
        context: RequestContext,
        request: UserBlockQueryRequest,
    ) -> impl Future<Output = Result<UserBlockQueryResponse, Fault>> + Send;
    /// `UserCheckOnline`: Actively query the online status of a specific user.
    ///
    /// See [the operation's page](super::user_check_online) for its rules, errors and notes.
    fn user_check_online(
        &self,
        context: RequestContext,
        request: UserCheckOnlineRequest,
    ) -> impl Future<Output = Result<UserCheckOnlineResponse, Fault>> + Send;
    /// `UserGetToken`: Exchange the user ID (userId) defined at the app layer for an authentication Token used in the IM service.
    ///
    /// See [the operation's page](super::user_get_token) for its rules, errors and notes.
    fn user_get_token(
        &self,
        context: RequestContext,
        request: UserGetTokenRequest,
    ) -> impl Future<Output = Result<UserGetTokenResponse, Fault>> + Send;
    /// `UserGroupQuery`: Query all groups that a user has joined based on their user ID, returning the group ID and group name.
    ///
    /// See [the operation's page](super::user_group_query) for its rules, errors and notes.
    fn user_group_query(
        &self,
        context: RequestContext,
        request: UserGroupQueryRequest,
    ) -> impl Future<Output = Result<UserGroupQueryResponse, Fault>> + Send;
    /// `UserInfo`: Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
    ///
    /// See [the operation's page](super::user_info) for its rules, errors and notes.
    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send;
    /// `UserRefresh`: Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
    ///
    /// See [the operation's page](super::user_refresh) for its rules, errors and notes.
    fn user_refresh(
        &self,
        context: RequestContext,
        request: UserRefreshRequest,
    ) -> impl Future<Output = Result<UserRefreshResponse, Fault>> + Send;
    /// `UserTokenExpire`: Invalidate all tokens obtained by a specified user before a certain point in time.
    ///
    /// See [the operation's page](super::user_token_expire) for its rules, errors and notes.
    fn user_token_expire(
        &self,
        context: RequestContext,
        request: UserTokenExpireRequest,
    ) -> impl Future<Output = Result<UserTokenExpireResponse, Fault>> + Send;
    /// `UserUnblock`: Unban users of the App.
    ///
    /// See [the operation's page](super::user_unblock) for its rules, errors and notes.
    fn user_unblock(
        &self,
        context: RequestContext,
        request: UserUnblockRequest,
    ) -> impl Future<Output = Result<UserUnblockResponse, Fault>> + Send;
}

/// Every operation served by one generic [`Handler`]: for mocks, recorders and proxies.
impl<H: Handler> Service for Generic<H> {
    fn group_create(
        &self,
        context: RequestContext,
        request: GroupCreateRequest,
    ) -> impl Future<Output = Result<GroupCreateResponse, Fault>> + Send {
        self.0.handle::<GroupCreate>(context, request)
    }

    fn group_dismiss(
        &self,
        context: RequestContext,
        request: GroupDismissRequest,
    ) -> impl Future<Output = Result<GroupDismissResponse, Fault>> + Send {
        self.0.handle::<GroupDismiss>(context, request)
    }

    fn group_join(
        &self,
        context: RequestContext,
        request: GroupJoinRequest,
    ) -> impl Future<Output = Result<GroupJoinResponse, Fault>> + Send {
        self.0.handle::<GroupJoin>(context, request)
    }

    fn group_quit(
        &self,
        context: RequestContext,
        request: GroupQuitRequest,
    ) -> impl Future<Output = Result<GroupQuitResponse, Fault>> + Send {
        self.0.handle::<GroupQuit>(context, request)
    }

    fn group_refresh(
        &self,
        context: RequestContext,
        request: GroupRefreshRequest,
    ) -> impl Future<Output = Result<GroupRefreshResponse, Fault>> + Send {
        self.0.handle::<GroupRefresh>(context, request)
    }

    fn group_sync(
        &self,
        context: RequestContext,
        request: GroupSyncRequest,
    ) -> impl Future<Output = Result<GroupSyncResponse, Fault>> + Send {
        self.0.handle::<GroupSync>(context, request)
    }

    fn group_user_gag_add(
        &self,
        context: RequestContext,
        request: GroupUserGagAddRequest,
    ) -> impl Future<Output = Result<GroupUserGagAddResponse, Fault>> + Send {
        self.0.handle::<GroupUserGagAdd>(context, request)
    }

    fn group_user_gag_list(
        &self,
        context: RequestContext,
        request: GroupUserGagListRequest,
    ) -> impl Future<Output = Result<GroupUserGagListResponse, Fault>> + Send {
        self.0.handle::<GroupUserGagList>(context, request)
    }

    fn group_user_gag_rollback(
        &self,
        context: RequestContext,
        request: GroupUserGagRollbackRequest,
    ) -> impl Future<Output = Result<GroupUserGagRollbackResponse, Fault>> + Send {
        self.0.handle::<GroupUserGagRollback>(context, request)
    }

    fn group_user_query(
        &self,
        context: RequestContext,
        request: GroupUserQueryRequest,
    ) -> impl Future<Output = Result<GroupUserQueryResponse, Fault>> + Send {
        self.0.handle::<GroupUserQuery>(context, request)
    }

    fn message_group_publish(
        &self,
        context: RequestContext,
        request: MessageGroupPublishRequest,
    ) -> impl Future<Output = Result<MessageGroupPublishResponse, Fault>> + Send {
        self.0.handle::<MessageGroupPublish>(context, request)
    }

    fn message_private_publish(
        &self,
        context: RequestContext,
        request: MessagePrivatePublishRequest,
    ) -> impl Future<Output = Result<MessagePrivatePublishResponse, Fault>> + Send {
        self.0.handle::<MessagePrivatePublish>(context, request)
    }

    fn message_recall(
        &self,
        context: RequestContext,
        request: MessageRecallRequest,
    ) -> impl Future<Output = Result<MessageRecallResponse, Fault>> + Send {
        self.0.handle::<MessageRecall>(context, request)
    }

    fn user_block(
        &self,
        context: RequestContext,
        request: UserBlockRequest,
    ) -> impl Future<Output = Result<UserBlockResponse, Fault>> + Send {
        self.0.handle::<UserBlock>(context, request)
    }

    fn user_block_query(
        &self,
        context: RequestContext,
        request: UserBlockQueryRequest,
    ) -> impl Future<Output = Result<UserBlockQueryResponse, Fault>> + Send {
        self.0.handle::<UserBlockQuery>(context, request)
    }

    fn user_check_online(
        &self,
        context: RequestContext,
        request: UserCheckOnlineRequest,
    ) -> impl Future<Output = Result<UserCheckOnlineResponse, Fault>> + Send {
        self.0.handle::<UserCheckOnline>(context, request)
    }

    fn user_get_token(
        &self,
        context: RequestContext,
        request: UserGetTokenRequest,
    ) -> impl Future<Output = Result<UserGetTokenResponse, Fault>> + Send {
        self.0.handle::<UserGetToken>(context, request)
    }

    fn user_group_query(
        &self,
        context: RequestContext,
        request: UserGroupQueryRequest,
    ) -> impl Future<Output = Result<UserGroupQueryResponse, Fault>> + Send {
        self.0.handle::<UserGroupQuery>(context, request)
    }

    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send {
        self.0.handle::<UserInfo>(context, request)
    }

    fn user_refresh(
        &self,
        context: RequestContext,
        request: UserRefreshRequest,
    ) -> impl Future<Output = Result<UserRefreshResponse, Fault>> + Send {
        self.0.handle::<UserRefresh>(context, request)
    }

    fn user_token_expire(
        &self,
        context: RequestContext,
        request: UserTokenExpireRequest,
    ) -> impl Future<Output = Result<UserTokenExpireResponse, Fault>> + Send {
        self.0.handle::<UserTokenExpire>(context, request)
    }

    fn user_unblock(
        &self,
        context: RequestContext,
        request: UserUnblockRequest,
    ) -> impl Future<Output = Result<UserUnblockResponse, Fault>> + Send {
        self.0.handle::<UserUnblock>(context, request)
    }
}

/// A [`StrictService`] served as a [`Service`].
impl<T: StrictService> Service for Strict<T> {
    fn group_create(
        &self,
        context: RequestContext,
        request: GroupCreateRequest,
    ) -> impl Future<Output = Result<GroupCreateResponse, Fault>> + Send {
        self.0.group_create(context, request)
    }

    fn group_dismiss(
        &self,
        context: RequestContext,
        request: GroupDismissRequest,
    ) -> impl Future<Output = Result<GroupDismissResponse, Fault>> + Send {
        self.0.group_dismiss(context, request)
    }

    fn group_join(
        &self,
        context: RequestContext,
        request: GroupJoinRequest,
    ) -> impl Future<Output = Result<GroupJoinResponse, Fault>> + Send {
        self.0.group_join(context, request)
    }

    fn group_quit(
        &self,
        context: RequestContext,
        request: GroupQuitRequest,
    ) -> impl Future<Output = Result<GroupQuitResponse, Fault>> + Send {
        self.0.group_quit(context, request)
    }

    fn group_refresh(
        &self,
        context: RequestContext,
        request: GroupRefreshRequest,
    ) -> impl Future<Output = Result<GroupRefreshResponse, Fault>> + Send {
        self.0.group_refresh(context, request)
    }

    fn group_sync(
        &self,
        context: RequestContext,
        request: GroupSyncRequest,
    ) -> impl Future<Output = Result<GroupSyncResponse, Fault>> + Send {
        self.0.group_sync(context, request)
    }

    fn group_user_gag_add(
        &self,
        context: RequestContext,
        request: GroupUserGagAddRequest,
    ) -> impl Future<Output = Result<GroupUserGagAddResponse, Fault>> + Send {
        self.0.group_user_gag_add(context, request)
    }

    fn group_user_gag_list(
        &self,
        context: RequestContext,
        request: GroupUserGagListRequest,
    ) -> impl Future<Output = Result<GroupUserGagListResponse, Fault>> + Send {
        self.0.group_user_gag_list(context, request)
    }

    fn group_user_gag_rollback(
        &self,
        context: RequestContext,
        request: GroupUserGagRollbackRequest,
    ) -> impl Future<Output = Result<GroupUserGagRollbackResponse, Fault>> + Send {
        self.0.group_user_gag_rollback(context, request)
    }

    fn group_user_query(
        &self,
        context: RequestContext,
        request: GroupUserQueryRequest,
    ) -> impl Future<Output = Result<GroupUserQueryResponse, Fault>> + Send {
        self.0.group_user_query(context, request)
    }

    fn message_group_publish(
        &self,
        context: RequestContext,
        request: MessageGroupPublishRequest,
    ) -> impl Future<Output = Result<MessageGroupPublishResponse, Fault>> + Send {
        self.0.message_group_publish(context, request)
    }

    fn message_private_publish(
        &self,
        context: RequestContext,
        request: MessagePrivatePublishRequest,
    ) -> impl Future<Output = Result<MessagePrivatePublishResponse, Fault>> + Send {
        self.0.message_private_publish(context, request)
    }

    fn message_recall(
        &self,
        context: RequestContext,
        request: MessageRecallRequest,
    ) -> impl Future<Output = Result<MessageRecallResponse, Fault>> + Send {
        self.0.message_recall(context, request)
    }

    fn user_block(
        &self,
        context: RequestContext,
        request: UserBlockRequest,
    ) -> impl Future<Output = Result<UserBlockResponse, Fault>> + Send {
        self.0.user_block(context, request)
    }

    fn user_block_query(
        &self,
        context: RequestContext,
        request: UserBlockQueryRequest,
    ) -> impl Future<Output = Result<UserBlockQueryResponse, Fault>> + Send {
        self.0.user_block_query(context, request)
    }

    fn user_check_online(
        &self,
        context: RequestContext,
        request: UserCheckOnlineRequest,
    ) -> impl Future<Output = Result<UserCheckOnlineResponse, Fault>> + Send {
        self.0.user_check_online(context, request)
    }

    fn user_get_token(
        &self,
        context: RequestContext,
        request: UserGetTokenRequest,
    ) -> impl Future<Output = Result<UserGetTokenResponse, Fault>> + Send {
        self.0.user_get_token(context, request)
    }

    fn user_group_query(
        &self,
        context: RequestContext,
        request: UserGroupQueryRequest,
    ) -> impl Future<Output = Result<UserGroupQueryResponse, Fault>> + Send {
        self.0.user_group_query(context, request)
    }

    fn user_info(
        &self,
        context: RequestContext,
        request: UserInfoRequest,
    ) -> impl Future<Output = Result<UserInfoResponse, Fault>> + Send {
        self.0.user_info(context, request)
    }

    fn user_refresh(
        &self,
        context: RequestContext,
        request: UserRefreshRequest,
    ) -> impl Future<Output = Result<UserRefreshResponse, Fault>> + Send {
        self.0.user_refresh(context, request)
    }

    fn user_token_expire(
        &self,
        context: RequestContext,
        request: UserTokenExpireRequest,
    ) -> impl Future<Output = Result<UserTokenExpireResponse, Fault>> + Send {
        self.0.user_token_expire(context, request)
    }

    fn user_unblock(
        &self,
        context: RequestContext,
        request: UserUnblockRequest,
    ) -> impl Future<Output = Result<UserUnblockResponse, Fault>> + Send {
        self.0.user_unblock(context, request)
    }
}

/// The routing table of the service, every operation routed to `service`: [`router`] makes it an axum router; [`Routes::into_table`] serves it without one, behind a dispatch of your own.
pub fn routes<S: Service>(
    service: Arc<S>,
    config: ServerConfig<Gateway>,
) -> Routes<S, Gateway> {
    Routes::new(&SPEC, service, config)
        .route::<
            GroupCreate,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_create(context, request).await
        })
        .route::<
            GroupDismiss,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_dismiss(context, request).await
        })
        .route::<
            GroupJoin,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_join(context, request).await
        })
        .route::<
            GroupQuit,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_quit(context, request).await
        })
        .route::<
            GroupRefresh,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_refresh(context, request).await
        })
        .route::<
            GroupSync,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_sync(context, request).await
        })
        .route::<
            GroupUserGagAdd,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_user_gag_add(context, request).await
        })
        .route::<
            GroupUserGagList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_user_gag_list(context, request).await
        })
        .route::<
            GroupUserGagRollback,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_user_gag_rollback(context, request).await
        })
        .route::<
            GroupUserQuery,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_user_query(context, request).await
        })
        .route::<
            MessageGroupPublish,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.message_group_publish(context, request).await
        })
        .route::<
            MessagePrivatePublish,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.message_private_publish(context, request).await
        })
        .route::<
            MessageRecall,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.message_recall(context, request).await
        })
        .route::<
            UserBlock,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_block(context, request).await
        })
        .route::<
            UserBlockQuery,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_block_query(context, request).await
        })
        .route::<
            UserCheckOnline,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_check_online(context, request).await
        })
        .route::<
            UserGetToken,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_get_token(context, request).await
        })
        .route::<
            UserGroupQuery,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_group_query(context, request).await
        })
        .route::<
            UserInfo,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_info(context, request).await
        })
        .route::<
            UserRefresh,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_refresh(context, request).await
        })
        .route::<
            UserTokenExpire,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_token_expire(context, request).await
        })
        .route::<
            UserUnblock,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.user_unblock(context, request).await
        })
}

/// The router of the service: answers every operation like the vendor's gateway, calling into `service`. Add your own tower layers to it, and serve it with `axum::serve`.
pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
    routes(service, config).into_router()
}
