// Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! The server side of Tencent Cloud Chat (IM) server REST API: implement [`Service`] and serve it with [`router`].
//!
//! Requests are routed by their path, `/v4/<servicename>/<command>`, and authenticated with the `sdkappid`, `identifier` and `usersig` query parameters: the UserSig is verified with the app's secret key from the [`Gateway`]'s [`Keys`], and the identifier must be one of the app's administrators. Every answer is HTTP 200 with the `ActionStatus`/`ErrorCode`/`ErrorInfo` envelope.
//!
//! Before a method is called, the request has been routed, authenticated, read (up to `ServerConfig::max_body_bytes`), decoded strictly, validated against every documented constraint and charged to its app's rate limit; each refusal is the vendor's own error code, HTTP status and envelope. A method's [`Fault`] is answered the same way, and a panic as the vendor's internal error. See [`imapi_runtime::server`] for the details.

use imapi_runtime::OperationShape;
use imapi_runtime::server::{
    Fault, Generic, Handler, RequestContext, Router, Routes, ServerConfig, Strict,
};
use std::future::Future;
use std::sync::Arc;
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
    MultiaccountImportResponse, SPEC, SendGroupMsg, SendGroupMsgRequest,
    SendGroupMsgResponse, SendGroupSystemNotification,
    SendGroupSystemNotificationRequest, SendGroupSystemNotificationResponse, SendMsg,
    SendMsgRequest, SendMsgResponse, SetUnreadMsgNum, SetUnreadMsgNumRequest,
    SetUnreadMsgNumResponse, UnbanGroupMember, UnbanGroupMemberRequest,
    UnbanGroupMemberResponse,
};

/// The gateway the router answers as, with the credentials it accepts: `ServerConfig::new(Gateway::new(StaticKeys::new()…))`.
#[doc(inline)]
pub use imapi_runtime::tencent::server::{Gateway, Keys, StaticKeys};

/// Tencent Cloud Chat (IM) server REST API, served: one method per operation, each given the authenticated [`RequestContext`] and the request, decoded and validated. Share state across requests through `&self` (the router holds the implementation in an [`Arc`]).
///
/// A method left out answers the vendor's refusal for an operation the server does not offer ([`Fault::not_implemented`]), so an operation added to the spec never breaks an implementation; implement [`StrictService`] instead to have the compiler ask for every method.
pub trait Service: Send + Sync + 'static {
    /// `AccountCheck`: This API is used to query whether app-owned accounts have been imported to Chat. Batch query is supported.
    ///
    /// See [the operation's page](super::account_check) for its rules, errors and notes.
    fn account_check(
        &self,
        context: RequestContext,
        request: AccountCheckRequest,
    ) -> impl Future<Output = Result<AccountCheckResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AccountCheck::OP)))
    }

    /// `AccountDelete`: This API is used to delete accounts; their data cannot be recovered.
    ///
    /// See [the operation's page](super::account_delete) for its rules, errors and notes.
    fn account_delete(
        &self,
        context: RequestContext,
        request: AccountDeleteRequest,
    ) -> impl Future<Output = Result<AccountDeleteResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AccountDelete::OP)))
    }

    /// `AccountImport`: This API is used to import an app-owned account to Chat and create an internal ID for the account to ensure that the account can use the Chat service.
    ///
    /// See [the operation's page](super::account_import) for its rules, errors and notes.
    fn account_import(
        &self,
        context: RequestContext,
        request: AccountImportRequest,
    ) -> impl Future<Output = Result<AccountImportResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AccountImport::OP)))
    }

    /// `AddGroupMember`: This API allows the app administrator to add new members to a group.
    ///
    /// See [the operation's page](super::add_group_member) for its rules, errors and notes.
    fn add_group_member(
        &self,
        context: RequestContext,
        request: AddGroupMemberRequest,
    ) -> impl Future<Output = Result<AddGroupMemberResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AddGroupMember::OP)))
    }

    /// `AdminGetRoamMsg`: This API is used by the app admin to query the message history of a one-to-one conversation from the perspective of a party of the conversation based on a specified time range.
    ///
    /// See [the operation's page](super::admin_get_roam_msg) for its rules, errors and notes.
    fn admin_get_roam_msg(
        &self,
        context: RequestContext,
        request: AdminGetRoamMsgRequest,
    ) -> impl Future<Output = Result<AdminGetRoamMsgResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AdminGetRoamMsg::OP)))
    }

    /// `AdminMsgWithdraw`: This API enables administrators to recall one-to-one messages.
    ///
    /// See [the operation's page](super::admin_msg_withdraw) for its rules, errors and notes.
    fn admin_msg_withdraw(
        &self,
        context: RequestContext,
        request: AdminMsgWithdrawRequest,
    ) -> impl Future<Output = Result<AdminMsgWithdrawResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AdminMsgWithdraw::OP)))
    }

    /// `AdminSetMsgRead`: This API is used to mark the messages of a one-to-one conversation as read.
    ///
    /// See [the operation's page](super::admin_set_msg_read) for its rules, errors and notes.
    fn admin_set_msg_read(
        &self,
        context: RequestContext,
        request: AdminSetMsgReadRequest,
    ) -> impl Future<Output = Result<AdminSetMsgReadResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&AdminSetMsgRead::OP)))
    }

    /// `BanGroupMember`: This API is used to ban a member of an audio-video group.
    ///
    /// See [the operation's page](super::ban_group_member) for its rules, errors and notes.
    fn ban_group_member(
        &self,
        context: RequestContext,
        request: BanGroupMemberRequest,
    ) -> impl Future<Output = Result<BanGroupMemberResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BanGroupMember::OP)))
    }

    /// `BatchSendMsg`: This API is used to send one-to-one messages to multiple users (up to 500) at a time.
    ///
    /// See [the operation's page](super::batch_send_msg) for its rules, errors and notes.
    fn batch_send_msg(
        &self,
        context: RequestContext,
        request: BatchSendMsgRequest,
    ) -> impl Future<Output = Result<BatchSendMsgResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&BatchSendMsg::OP)))
    }

    /// `ChangeGroupOwner`: This API is used by the app admin to transfer the group ownership to another member.
    ///
    /// See [the operation's page](super::change_group_owner) for its rules, errors and notes.
    fn change_group_owner(
        &self,
        context: RequestContext,
        request: ChangeGroupOwnerRequest,
    ) -> impl Future<Output = Result<ChangeGroupOwnerResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ChangeGroupOwner::OP)))
    }

    /// `CreateGroup`: This API is used by the app admin to create groups.
    ///
    /// See [the operation's page](super::create_group) for its rules, errors and notes.
    fn create_group(
        &self,
        context: RequestContext,
        request: CreateGroupRequest,
    ) -> impl Future<Output = Result<CreateGroupResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&CreateGroup::OP)))
    }

    /// `DeleteGroupMember`: This API is used by app admins to delete group members.
    ///
    /// See [the operation's page](super::delete_group_member) for its rules, errors and notes.
    fn delete_group_member(
        &self,
        context: RequestContext,
        request: DeleteGroupMemberRequest,
    ) -> impl Future<Output = Result<DeleteGroupMemberResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&DeleteGroupMember::OP)))
    }

    /// `DeleteGroupMsgBySender`: This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
    ///
    /// See [the operation's page](super::delete_group_msg_by_sender) for its rules, errors and notes.
    fn delete_group_msg_by_sender(
        &self,
        context: RequestContext,
        request: DeleteGroupMsgBySenderRequest,
    ) -> impl Future<Output = Result<DeleteGroupMsgBySenderResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&DeleteGroupMsgBySender::OP)))
    }

    /// `DestroyGroup`: This API is used by the app admin to disband a group.
    ///
    /// See [the operation's page](super::destroy_group) for its rules, errors and notes.
    fn destroy_group(
        &self,
        context: RequestContext,
        request: DestroyGroupRequest,
    ) -> impl Future<Output = Result<DestroyGroupResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&DestroyGroup::OP)))
    }

    /// `ForbidSendMsg`: This API is used by the app admin to mute or unmute group members in bulk.
    ///
    /// See [the operation's page](super::forbid_send_msg) for its rules, errors and notes.
    fn forbid_send_msg(
        &self,
        context: RequestContext,
        request: ForbidSendMsgRequest,
    ) -> impl Future<Output = Result<ForbidSendMsgResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ForbidSendMsg::OP)))
    }

    /// `GetAppidGroupList`: App 管理员可以通过该接口获取 App 中所有群组的 ID。
    ///
    /// See [the operation's page](super::get_appid_group_list) for its rules, errors and notes.
    fn get_appid_group_list(
        &self,
        context: RequestContext,
        request: GetAppidGroupListRequest,
    ) -> impl Future<Output = Result<GetAppidGroupListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetAppidGroupList::OP)))
    }

    /// `GetGroupBanMember`: You can use this API to get the list of banned members of an audio-video group.
    ///
    /// See [the operation's page](super::get_group_ban_member) for its rules, errors and notes.
    fn get_group_ban_member(
        &self,
        context: RequestContext,
        request: GetGroupBanMemberRequest,
    ) -> impl Future<Output = Result<GetGroupBanMemberResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetGroupBanMember::OP)))
    }

    /// `GetGroupInfo`: This API is used by the app admin to query the detailed group information based on one or more group IDs.
    ///
    /// See [the operation's page](super::get_group_info) for its rules, errors and notes.
    fn get_group_info(
        &self,
        context: RequestContext,
        request: GetGroupInfoRequest,
    ) -> impl Future<Output = Result<GetGroupInfoResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetGroupInfo::OP)))
    }

    /// `GetGroupMemberInfo`: This API is used by the app admin to obtain group member profiles based on the group ID.
    ///
    /// See [the operation's page](super::get_group_member_info) for its rules, errors and notes.
    fn get_group_member_info(
        &self,
        context: RequestContext,
        request: GetGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<GetGroupMemberInfoResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetGroupMemberInfo::OP)))
    }

    /// `GetGroupMutedAccount`: This API is used by the app admin to get the list of muted users in a group based on the group ID.
    ///
    /// See [the operation's page](super::get_group_muted_account) for its rules, errors and notes.
    fn get_group_muted_account(
        &self,
        context: RequestContext,
        request: GetGroupMutedAccountRequest,
    ) -> impl Future<Output = Result<GetGroupMutedAccountResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetGroupMutedAccount::OP)))
    }

    /// `GetJoinedGroupList`: App 管理员可以通过本接口获取某一用户加入的群信息。
    ///
    /// See [the operation's page](super::get_joined_group_list) for its rules, errors and notes.
    fn get_joined_group_list(
        &self,
        context: RequestContext,
        request: GetJoinedGroupListRequest,
    ) -> impl Future<Output = Result<GetJoinedGroupListResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetJoinedGroupList::OP)))
    }

    /// `GetMembers`: This API is used to get the list of online members in an audio-video group based on the group ID.
    ///
    /// See [the operation's page](super::get_members) for its rules, errors and notes.
    fn get_members(
        &self,
        context: RequestContext,
        request: GetMembersRequest,
    ) -> impl Future<Output = Result<GetMembersResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetMembers::OP)))
    }

    /// `GetOnlineMemberNum`: The app admin can use the group ID to obtain the number of online users in a live stream group.
    ///
    /// See [the operation's page](super::get_online_member_num) for its rules, errors and notes.
    fn get_online_member_num(
        &self,
        context: RequestContext,
        request: GetOnlineMemberNumRequest,
    ) -> impl Future<Output = Result<GetOnlineMemberNumResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetOnlineMemberNum::OP)))
    }

    /// `GetRoleInGroup`: This API is used by the app admin to batch obtain the roles of users in a group.
    ///
    /// See [the operation's page](super::get_role_in_group) for its rules, errors and notes.
    fn get_role_in_group(
        &self,
        context: RequestContext,
        request: GetRoleInGroupRequest,
    ) -> impl Future<Output = Result<GetRoleInGroupResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GetRoleInGroup::OP)))
    }

    /// `GroupMsgGetSimple`: This API allows the app administrator to pull the historical messages of a group.
    ///
    /// See [the operation's page](super::group_msg_get_simple) for its rules, errors and notes.
    fn group_msg_get_simple(
        &self,
        context: RequestContext,
        request: GroupMsgGetSimpleRequest,
    ) -> impl Future<Output = Result<GroupMsgGetSimpleResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupMsgGetSimple::OP)))
    }

    /// `GroupMsgRecall`: This API enables admins to recall group messages.
    ///
    /// See [the operation's page](super::group_msg_recall) for its rules, errors and notes.
    fn group_msg_recall(
        &self,
        context: RequestContext,
        request: GroupMsgRecallRequest,
    ) -> impl Future<Output = Result<GroupMsgRecallResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&GroupMsgRecall::OP)))
    }

    /// `ImportGroup`: This API allows the app admin to import group data without triggering callbacks or delivering notifications.
    ///
    /// See [the operation's page](super::import_group) for its rules, errors and notes.
    fn import_group(
        &self,
        context: RequestContext,
        request: ImportGroupRequest,
    ) -> impl Future<Output = Result<ImportGroupResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ImportGroup::OP)))
    }

    /// `ImportGroupMember`: This API is used to import group members without triggering callbacks or delivering notifications.
    ///
    /// See [the operation's page](super::import_group_member) for its rules, errors and notes.
    fn import_group_member(
        &self,
        context: RequestContext,
        request: ImportGroupMemberRequest,
    ) -> impl Future<Output = Result<ImportGroupMemberResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ImportGroupMember::OP)))
    }

    /// `ImportGroupMsg`: This API is used to import group messages without triggering callbacks or sending notifications.
    ///
    /// See [the operation's page](super::import_group_msg) for its rules, errors and notes.
    fn import_group_msg(
        &self,
        context: RequestContext,
        request: ImportGroupMsgRequest,
    ) -> impl Future<Output = Result<ImportGroupMsgResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ImportGroupMsg::OP)))
    }

    /// `ImportMsg`: This API imports one-to-one chat history to Tencent Cloud Chat in chronological order.
    ///
    /// See [the operation's page](super::import_msg) for its rules, errors and notes.
    fn import_msg(
        &self,
        context: RequestContext,
        request: ImportMsgRequest,
    ) -> impl Future<Output = Result<ImportMsgResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ImportMsg::OP)))
    }

    /// `ModifyGroupBaseInfo`: This API is used by the app admin to modify the profile of a specified group.
    ///
    /// See [the operation's page](super::modify_group_base_info) for its rules, errors and notes.
    fn modify_group_base_info(
        &self,
        context: RequestContext,
        request: ModifyGroupBaseInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupBaseInfoResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ModifyGroupBaseInfo::OP)))
    }

    /// `ModifyGroupMemberInfo`: This API is used by the app admin to modify the profile of a group member.
    ///
    /// See [the operation's page](super::modify_group_member_info) for its rules, errors and notes.
    fn modify_group_member_info(
        &self,
        context: RequestContext,
        request: ModifyGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupMemberInfoResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ModifyGroupMemberInfo::OP)))
    }

    /// `ModifyUserInfo`: App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members.
    ///
    /// See [the operation's page](super::modify_user_info) for its rules, errors and notes.
    fn modify_user_info(
        &self,
        context: RequestContext,
        request: ModifyUserInfoRequest,
    ) -> impl Future<Output = Result<ModifyUserInfoResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&ModifyUserInfo::OP)))
    }

    /// `MultiaccountImport`: This API is used to import multiple app-owned accounts to Chat in one request, creating an internal ID for each.
    ///
    /// See [the operation's page](super::multiaccount_import) for its rules, errors and notes.
    fn multiaccount_import(
        &self,
        context: RequestContext,
        request: MultiaccountImportRequest,
    ) -> impl Future<Output = Result<MultiaccountImportResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&MultiaccountImport::OP)))
    }

    /// `SendGroupMsg`: This API is used by the app admin to send ordinary messages in a group.
    ///
    /// See [the operation's page](super::send_group_msg) for its rules, errors and notes.
    fn send_group_msg(
        &self,
        context: RequestContext,
        request: SendGroupMsgRequest,
    ) -> impl Future<Output = Result<SendGroupMsgResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&SendGroupMsg::OP)))
    }

    /// `SendGroupSystemNotification`: This API is used by app admins to push system notifications to group chats.
    ///
    /// See [the operation's page](super::send_group_system_notification) for its rules, errors and notes.
    fn send_group_system_notification(
        &self,
        context: RequestContext,
        request: SendGroupSystemNotificationRequest,
    ) -> impl Future<
        Output = Result<SendGroupSystemNotificationResponse, Fault>,
    > + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&SendGroupSystemNotification::OP)))
    }

    /// `SendMsg`: This API is used by the app admin to send a one-to-one message to an account.
    ///
    /// See [the operation's page](super::send_msg) for its rules, errors and notes.
    fn send_msg(
        &self,
        context: RequestContext,
        request: SendMsgRequest,
    ) -> impl Future<Output = Result<SendMsgResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&SendMsg::OP)))
    }

    /// `SetUnreadMsgNum`: This API is used by app admins to set the unread message count of a group member.
    ///
    /// See [the operation's page](super::set_unread_msg_num) for its rules, errors and notes.
    fn set_unread_msg_num(
        &self,
        context: RequestContext,
        request: SetUnreadMsgNumRequest,
    ) -> impl Future<Output = Result<SetUnreadMsgNumResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&SetUnreadMsgNum::OP)))
    }

    /// `UnbanGroupMember`: This API is used to unban a member of an audio-video group.
    ///
    /// See [the operation's page](super::unban_group_member) for its rules, errors and notes.
    fn unban_group_member(
        &self,
        context: RequestContext,
        request: UnbanGroupMemberRequest,
    ) -> impl Future<Output = Result<UnbanGroupMemberResponse, Fault>> + Send {
        let _ = (context, request);
        std::future::ready(Err(Fault::not_implemented(&UnbanGroupMember::OP)))
    }
}

/// Tencent Cloud Chat (IM) server REST API, every operation implemented: [`Service`] without its defaults, so that a method left out, or an operation added to the spec, is a compile error. Serve it through [`Strict`]: `router(Arc::new(Strict(implementation)), config)`.
pub trait StrictService: Send + Sync + 'static {
    /// `AccountCheck`: This API is used to query whether app-owned accounts have been imported to Chat. Batch query is supported.
    ///
    /// See [the operation's page](super::account_check) for its rules, errors and notes.
    fn account_check(
        &self,
        context: RequestContext,
        request: AccountCheckRequest,
    ) -> impl Future<Output = Result<AccountCheckResponse, Fault>> + Send;
    /// `AccountDelete`: This API is used to delete accounts; their data cannot be recovered.
    ///
    /// See [the operation's page](super::account_delete) for its rules, errors and notes.
    fn account_delete(
        &self,
        context: RequestContext,
        request: AccountDeleteRequest,
    ) -> impl Future<Output = Result<AccountDeleteResponse, Fault>> + Send;
    /// `AccountImport`: This API is used to import an app-owned account to Chat and create an internal ID for the account to ensure that the account can use the Chat service.
    ///
    /// See [the operation's page](super::account_import) for its rules, errors and notes.
    fn account_import(
        &self,
        context: RequestContext,
        request: AccountImportRequest,
    ) -> impl Future<Output = Result<AccountImportResponse, Fault>> + Send;
    /// `AddGroupMember`: This API allows the app administrator to add new members to a group.
    ///
    /// See [the operation's page](super::add_group_member) for its rules, errors and notes.
    fn add_group_member(
        &self,
        context: RequestContext,
        request: AddGroupMemberRequest,
    ) -> impl Future<Output = Result<AddGroupMemberResponse, Fault>> + Send;
    /// `AdminGetRoamMsg`: This API is used by the app admin to query the message history of a one-to-one conversation from the perspective of a party of the conversation based on a specified time range.
    ///
    /// See [the operation's page](super::admin_get_roam_msg) for its rules, errors and notes.
    fn admin_get_roam_msg(
        &self,
        context: RequestContext,
        request: AdminGetRoamMsgRequest,
    ) -> impl Future<Output = Result<AdminGetRoamMsgResponse, Fault>> + Send;
    /// `AdminMsgWithdraw`: This API enables administrators to recall one-to-one messages.
    ///
    /// See [the operation's page](super::admin_msg_withdraw) for its rules, errors and notes.
    fn admin_msg_withdraw(
        &self,
        context: RequestContext,
        request: AdminMsgWithdrawRequest,
    ) -> impl Future<Output = Result<AdminMsgWithdrawResponse, Fault>> + Send;
    /// `AdminSetMsgRead`: This API is used to mark the messages of a one-to-one conversation as read.
    ///
    /// See [the operation's page](super::admin_set_msg_read) for its rules, errors and notes.
    fn admin_set_msg_read(
        &self,
        context: RequestContext,
        request: AdminSetMsgReadRequest,
    ) -> impl Future<Output = Result<AdminSetMsgReadResponse, Fault>> + Send;
    /// `BanGroupMember`: This API is used to ban a member of an audio-video group.
    ///
    /// See [the operation's page](super::ban_group_member) for its rules, errors and notes.
    fn ban_group_member(
        &self,
        context: RequestContext,
        request: BanGroupMemberRequest,
    ) -> impl Future<Output = Result<BanGroupMemberResponse, Fault>> + Send;
    /// `BatchSendMsg`: This API is used to send one-to-one messages to multiple users (up to 500) at a time.
    ///
    /// See [the operation's page](super::batch_send_msg) for its rules, errors and notes.
    fn batch_send_msg(
        &self,
        context: RequestContext,
        request: BatchSendMsgRequest,
    ) -> impl Future<Output = Result<BatchSendMsgResponse, Fault>> + Send;
    /// `ChangeGroupOwner`: This API is used by the app admin to transfer the group ownership to another member.
    ///
    /// See [the operation's page](super::change_group_owner) for its rules, errors and notes.
    fn change_group_owner(
        &self,
        context: RequestContext,
        request: ChangeGroupOwnerRequest,
    ) -> impl Future<Output = Result<ChangeGroupOwnerResponse, Fault>> + Send;
    /// `CreateGroup`: This API is used by the app admin to create groups.
    ///
    /// See [the operation's page](super::create_group) for its rules, errors and notes.
    fn create_group(
        &self,
        context: RequestContext,
        request: CreateGroupRequest,
    ) -> impl Future<Output = Result<CreateGroupResponse, Fault>> + Send;
    /// `DeleteGroupMember`: This API is used by app admins to delete group members.
    ///
    /// See [the operation's page](super::delete_group_member) for its rules, errors and notes.
    fn delete_group_member(
        &self,
        context: RequestContext,
        request: DeleteGroupMemberRequest,
    ) -> impl Future<Output = Result<DeleteGroupMemberResponse, Fault>> + Send;
    /// `DeleteGroupMsgBySender`: This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
    ///
    /// See [the operation's page](super::delete_group_msg_by_sender) for its rules, errors and notes.
    fn delete_group_msg_by_sender(
        &self,
        context: RequestContext,
        request: DeleteGroupMsgBySenderRequest,
    ) -> impl Future<Output = Result<DeleteGroupMsgBySenderResponse, Fault>> + Send;
    /// `DestroyGroup`: This API is used by the app admin to disband a group.
    ///
    /// See [the operation's page](super::destroy_group) for its rules, errors and notes.
    fn destroy_group(
        &self,
        context: RequestContext,
        request: DestroyGroupRequest,
    ) -> impl Future<Output = Result<DestroyGroupResponse, Fault>> + Send;
    /// `ForbidSendMsg`: This API is used by the app admin to mute or unmute group members in bulk.
    ///
    /// See [the operation's page](super::forbid_send_msg) for its rules, errors and notes.
    fn forbid_send_msg(
        &self,
        context: RequestContext,
        request: ForbidSendMsgRequest,
    ) -> impl Future<Output = Result<ForbidSendMsgResponse, Fault>> + Send;
    /// `GetAppidGroupList`: App 管理员可以通过该接口获取 App 中所有群组的 ID。
    ///
    /// See [the operation's page](super::get_appid_group_list) for its rules, errors and notes.
    fn get_appid_group_list(
        &self,
        context: RequestContext,
        request: GetAppidGroupListRequest,
    ) -> impl Future<Output = Result<GetAppidGroupListResponse, Fault>> + Send;
    /// `GetGroupBanMember`: You can use this API to get the list of banned members of an audio-video group.
    ///
    /// See [the operation's page](super::get_group_ban_member) for its rules, errors and notes.
    fn get_group_ban_member(
        &self,
        context: RequestContext,
        request: GetGroupBanMemberRequest,
    ) -> impl Future<Output = Result<GetGroupBanMemberResponse, Fault>> + Send;
    /// `GetGroupInfo`: This API is used by the app admin to query the detailed group information based on one or more group IDs.
    ///
    /// See [the operation's page](super::get_group_info) for its rules, errors and notes.
    fn get_group_info(
        &self,
        context: RequestContext,
        request: GetGroupInfoRequest,
    ) -> impl Future<Output = Result<GetGroupInfoResponse, Fault>> + Send;
    /// `GetGroupMemberInfo`: This API is used by the app admin to obtain group member profiles based on the group ID.
    ///
    /// See [the operation's page](super::get_group_member_info) for its rules, errors and notes.
    fn get_group_member_info(
        &self,
        context: RequestContext,
        request: GetGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<GetGroupMemberInfoResponse, Fault>> + Send;
    /// `GetGroupMutedAccount`: This API is used by the app admin to get the list of muted users in a group based on the group ID.
    ///
    /// See [the operation's page](super::get_group_muted_account) for its rules, errors and notes.
    fn get_group_muted_account(
        &self,
        context: RequestContext,
        request: GetGroupMutedAccountRequest,
    ) -> impl Future<Output = Result<GetGroupMutedAccountResponse, Fault>> + Send;
    /// `GetJoinedGroupList`: App 管理员可以通过本接口获取某一用户加入的群信息。
    ///
    /// See [the operation's page](super::get_joined_group_list) for its rules, errors and notes.
    fn get_joined_group_list(
        &self,
        context: RequestContext,
        request: GetJoinedGroupListRequest,
    ) -> impl Future<Output = Result<GetJoinedGroupListResponse, Fault>> + Send;
    /// `GetMembers`: This API is used to get the list of online members in an audio-video group based on the group ID.
    ///
    /// See [the operation's page](super::get_members) for its rules, errors and notes.
    fn get_members(
        &self,
        context: RequestContext,
        request: GetMembersRequest,
    ) -> impl Future<Output = Result<GetMembersResponse, Fault>> + Send;
    /// `GetOnlineMemberNum`: The app admin can use the group ID to obtain the number of online users in a live stream group.
    ///
    /// See [the operation's page](super::get_online_member_num) for its rules, errors and notes.
    fn get_online_member_num(
        &self,
        context: RequestContext,
        request: GetOnlineMemberNumRequest,
    ) -> impl Future<Output = Result<GetOnlineMemberNumResponse, Fault>> + Send;
    /// `GetRoleInGroup`: This API is used by the app admin to batch obtain the roles of users in a group.
    ///
    /// See [the operation's page](super::get_role_in_group) for its rules, errors and notes.
    fn get_role_in_group(
        &self,
        context: RequestContext,
        request: GetRoleInGroupRequest,
    ) -> impl Future<Output = Result<GetRoleInGroupResponse, Fault>> + Send;
    /// `GroupMsgGetSimple`: This API allows the app administrator to pull the historical messages of a group.
    ///
    /// See [the operation's page](super::group_msg_get_simple) for its rules, errors and notes.
    fn group_msg_get_simple(
        &self,
        context: RequestContext,
        request: GroupMsgGetSimpleRequest,
    ) -> impl Future<Output = Result<GroupMsgGetSimpleResponse, Fault>> + Send;
    /// `GroupMsgRecall`: This API enables admins to recall group messages.
    ///
    /// See [the operation's page](super::group_msg_recall) for its rules, errors and notes.
    fn group_msg_recall(
        &self,
        context: RequestContext,
        request: GroupMsgRecallRequest,
    ) -> impl Future<Output = Result<GroupMsgRecallResponse, Fault>> + Send;
    /// `ImportGroup`: This API allows the app admin to import group data without triggering callbacks or delivering notifications.
    ///
    /// See [the operation's page](super::import_group) for its rules, errors and notes.
    fn import_group(
        &self,
        context: RequestContext,
        request: ImportGroupRequest,
    ) -> impl Future<Output = Result<ImportGroupResponse, Fault>> + Send;
    /// `ImportGroupMember`: This API is used to import group members without triggering callbacks or delivering notifications.
    ///
    /// See [the operation's page](super::import_group_member) for its rules, errors and notes.
    fn import_group_member(
        &self,
        context: RequestContext,
        request: ImportGroupMemberRequest,
    ) -> impl Future<Output = Result<ImportGroupMemberResponse, Fault>> + Send;
    /// `ImportGroupMsg`: This API is used to import group messages without triggering callbacks or sending notifications.
    ///
    /// See [the operation's page](super::import_group_msg) for its rules, errors and notes.
    fn import_group_msg(
        &self,
        context: RequestContext,
        request: ImportGroupMsgRequest,
    ) -> impl Future<Output = Result<ImportGroupMsgResponse, Fault>> + Send;
    /// `ImportMsg`: This API imports one-to-one chat history to Tencent Cloud Chat in chronological order.
    ///
    /// See [the operation's page](super::import_msg) for its rules, errors and notes.
    fn import_msg(
        &self,
        context: RequestContext,
        request: ImportMsgRequest,
    ) -> impl Future<Output = Result<ImportMsgResponse, Fault>> + Send;
    /// `ModifyGroupBaseInfo`: This API is used by the app admin to modify the profile of a specified group.
    ///
    /// See [the operation's page](super::modify_group_base_info) for its rules, errors and notes.
    fn modify_group_base_info(
        &self,
        context: RequestContext,
        request: ModifyGroupBaseInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupBaseInfoResponse, Fault>> + Send;
    /// `ModifyGroupMemberInfo`: This API is used by the app admin to modify the profile of a group member.
    ///
    /// See [the operation's page](super::modify_group_member_info) for its rules, errors and notes.
    fn modify_group_member_info(
        &self,
        context: RequestContext,
        request: ModifyGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupMemberInfoResponse, Fault>> + Send;
    /// `ModifyUserInfo`: App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members.
    ///
    /// See [the operation's page](super::modify_user_info) for its rules, errors and notes.
    fn modify_user_info(
        &self,
        context: RequestContext,
        request: ModifyUserInfoRequest,
    ) -> impl Future<Output = Result<ModifyUserInfoResponse, Fault>> + Send;
    /// `MultiaccountImport`: This API is used to import multiple app-owned accounts to Chat in one request, creating an internal ID for each.
    ///
    /// See [the operation's page](super::multiaccount_import) for its rules, errors and notes.
    fn multiaccount_import(
        &self,
        context: RequestContext,
        request: MultiaccountImportRequest,
    ) -> impl Future<Output = Result<MultiaccountImportResponse, Fault>> + Send;
    /// `SendGroupMsg`: This API is used by the app admin to send ordinary messages in a group.
    ///
    /// See [the operation's page](super::send_group_msg) for its rules, errors and notes.
    fn send_group_msg(
        &self,
        context: RequestContext,
        request: SendGroupMsgRequest,
    ) -> impl Future<Output = Result<SendGroupMsgResponse, Fault>> + Send;
    /// `SendGroupSystemNotification`: This API is used by app admins to push system notifications to group chats.
    ///
    /// See [the operation's page](super::send_group_system_notification) for its rules, errors and notes.
    fn send_group_system_notification(
        &self,
        context: RequestContext,
        request: SendGroupSystemNotificationRequest,
    ) -> impl Future<Output = Result<SendGroupSystemNotificationResponse, Fault>> + Send;
    /// `SendMsg`: This API is used by the app admin to send a one-to-one message to an account.
    ///
    /// See [the operation's page](super::send_msg) for its rules, errors and notes.
    fn send_msg(
        &self,
        context: RequestContext,
        request: SendMsgRequest,
    ) -> impl Future<Output = Result<SendMsgResponse, Fault>> + Send;
    /// `SetUnreadMsgNum`: This API is used by app admins to set the unread message count of a group member.
    ///
    /// See [the operation's page](super::set_unread_msg_num) for its rules, errors and notes.
    fn set_unread_msg_num(
        &self,
        context: RequestContext,
        request: SetUnreadMsgNumRequest,
    ) -> impl Future<Output = Result<SetUnreadMsgNumResponse, Fault>> + Send;
    /// `UnbanGroupMember`: This API is used to unban a member of an audio-video group.
    ///
    /// See [the operation's page](super::unban_group_member) for its rules, errors and notes.
    fn unban_group_member(
        &self,
        context: RequestContext,
        request: UnbanGroupMemberRequest,
    ) -> impl Future<Output = Result<UnbanGroupMemberResponse, Fault>> + Send;
}

/// Every operation served by one generic [`Handler`]: for mocks, recorders and proxies.
impl<H: Handler> Service for Generic<H> {
    fn account_check(
        &self,
        context: RequestContext,
        request: AccountCheckRequest,
    ) -> impl Future<Output = Result<AccountCheckResponse, Fault>> + Send {
        self.0.handle::<AccountCheck>(context, request)
    }

    fn account_delete(
        &self,
        context: RequestContext,
        request: AccountDeleteRequest,
    ) -> impl Future<Output = Result<AccountDeleteResponse, Fault>> + Send {
        self.0.handle::<AccountDelete>(context, request)
    }

    fn account_import(
        &self,
        context: RequestContext,
        request: AccountImportRequest,
    ) -> impl Future<Output = Result<AccountImportResponse, Fault>> + Send {
        self.0.handle::<AccountImport>(context, request)
    }

    fn add_group_member(
        &self,
        context: RequestContext,
        request: AddGroupMemberRequest,
    ) -> impl Future<Output = Result<AddGroupMemberResponse, Fault>> + Send {
        self.0.handle::<AddGroupMember>(context, request)
    }

    fn admin_get_roam_msg(
        &self,
        context: RequestContext,
        request: AdminGetRoamMsgRequest,
    ) -> impl Future<Output = Result<AdminGetRoamMsgResponse, Fault>> + Send {
        self.0.handle::<AdminGetRoamMsg>(context, request)
    }

    fn admin_msg_withdraw(
        &self,
        context: RequestContext,
        request: AdminMsgWithdrawRequest,
    ) -> impl Future<Output = Result<AdminMsgWithdrawResponse, Fault>> + Send {
        self.0.handle::<AdminMsgWithdraw>(context, request)
    }

    fn admin_set_msg_read(
        &self,
        context: RequestContext,
        request: AdminSetMsgReadRequest,
    ) -> impl Future<Output = Result<AdminSetMsgReadResponse, Fault>> + Send {
        self.0.handle::<AdminSetMsgRead>(context, request)
    }

    fn ban_group_member(
        &self,
        context: RequestContext,
        request: BanGroupMemberRequest,
    ) -> impl Future<Output = Result<BanGroupMemberResponse, Fault>> + Send {
        self.0.handle::<BanGroupMember>(context, request)
    }

    fn batch_send_msg(
        &self,
        context: RequestContext,
        request: BatchSendMsgRequest,
    ) -> impl Future<Output = Result<BatchSendMsgResponse, Fault>> + Send {
        self.0.handle::<BatchSendMsg>(context, request)
    }

    fn change_group_owner(
        &self,
        context: RequestContext,
        request: ChangeGroupOwnerRequest,
    ) -> impl Future<Output = Result<ChangeGroupOwnerResponse, Fault>> + Send {
        self.0.handle::<ChangeGroupOwner>(context, request)
    }

    fn create_group(
        &self,
        context: RequestContext,
        request: CreateGroupRequest,
    ) -> impl Future<Output = Result<CreateGroupResponse, Fault>> + Send {
        self.0.handle::<CreateGroup>(context, request)
    }

    fn delete_group_member(
        &self,
        context: RequestContext,
        request: DeleteGroupMemberRequest,
    ) -> impl Future<Output = Result<DeleteGroupMemberResponse, Fault>> + Send {
        self.0.handle::<DeleteGroupMember>(context, request)
    }

    fn delete_group_msg_by_sender(
        &self,
        context: RequestContext,
        request: DeleteGroupMsgBySenderRequest,
    ) -> impl Future<Output = Result<DeleteGroupMsgBySenderResponse, Fault>> + Send {
        self.0.handle::<DeleteGroupMsgBySender>(context, request)
    }

    fn destroy_group(
        &self,
        context: RequestContext,
        request: DestroyGroupRequest,
    ) -> impl Future<Output = Result<DestroyGroupResponse, Fault>> + Send {
        self.0.handle::<DestroyGroup>(context, request)
    }

    fn forbid_send_msg(
        &self,
        context: RequestContext,
        request: ForbidSendMsgRequest,
    ) -> impl Future<Output = Result<ForbidSendMsgResponse, Fault>> + Send {
        self.0.handle::<ForbidSendMsg>(context, request)
    }

    fn get_appid_group_list(
        &self,
        context: RequestContext,
        request: GetAppidGroupListRequest,
    ) -> impl Future<Output = Result<GetAppidGroupListResponse, Fault>> + Send {
        self.0.handle::<GetAppidGroupList>(context, request)
    }

    fn get_group_ban_member(
        &self,
        context: RequestContext,
        request: GetGroupBanMemberRequest,
    ) -> impl Future<Output = Result<GetGroupBanMemberResponse, Fault>> + Send {
        self.0.handle::<GetGroupBanMember>(context, request)
    }

    fn get_group_info(
        &self,
        context: RequestContext,
        request: GetGroupInfoRequest,
    ) -> impl Future<Output = Result<GetGroupInfoResponse, Fault>> + Send {
        self.0.handle::<GetGroupInfo>(context, request)
    }

    fn get_group_member_info(
        &self,
        context: RequestContext,
        request: GetGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<GetGroupMemberInfoResponse, Fault>> + Send {
        self.0.handle::<GetGroupMemberInfo>(context, request)
    }

    fn get_group_muted_account(
        &self,
        context: RequestContext,
        request: GetGroupMutedAccountRequest,
    ) -> impl Future<Output = Result<GetGroupMutedAccountResponse, Fault>> + Send {
        self.0.handle::<GetGroupMutedAccount>(context, request)
    }

    fn get_joined_group_list(
        &self,
        context: RequestContext,
        request: GetJoinedGroupListRequest,
    ) -> impl Future<Output = Result<GetJoinedGroupListResponse, Fault>> + Send {
        self.0.handle::<GetJoinedGroupList>(context, request)
    }

    fn get_members(
        &self,
        context: RequestContext,
        request: GetMembersRequest,
    ) -> impl Future<Output = Result<GetMembersResponse, Fault>> + Send {
        self.0.handle::<GetMembers>(context, request)
    }

    fn get_online_member_num(
        &self,
        context: RequestContext,
        request: GetOnlineMemberNumRequest,
    ) -> impl Future<Output = Result<GetOnlineMemberNumResponse, Fault>> + Send {
        self.0.handle::<GetOnlineMemberNum>(context, request)
    }

    fn get_role_in_group(
        &self,
        context: RequestContext,
        request: GetRoleInGroupRequest,
    ) -> impl Future<Output = Result<GetRoleInGroupResponse, Fault>> + Send {
        self.0.handle::<GetRoleInGroup>(context, request)
    }

    fn group_msg_get_simple(
        &self,
        context: RequestContext,
        request: GroupMsgGetSimpleRequest,
    ) -> impl Future<Output = Result<GroupMsgGetSimpleResponse, Fault>> + Send {
        self.0.handle::<GroupMsgGetSimple>(context, request)
    }

    fn group_msg_recall(
        &self,
        context: RequestContext,
        request: GroupMsgRecallRequest,
    ) -> impl Future<Output = Result<GroupMsgRecallResponse, Fault>> + Send {
        self.0.handle::<GroupMsgRecall>(context, request)
    }

    fn import_group(
        &self,
        context: RequestContext,
        request: ImportGroupRequest,
    ) -> impl Future<Output = Result<ImportGroupResponse, Fault>> + Send {
        self.0.handle::<ImportGroup>(context, request)
    }

    fn import_group_member(
        &self,
        context: RequestContext,
        request: ImportGroupMemberRequest,
    ) -> impl Future<Output = Result<ImportGroupMemberResponse, Fault>> + Send {
        self.0.handle::<ImportGroupMember>(context, request)
    }

    fn import_group_msg(
        &self,
        context: RequestContext,
        request: ImportGroupMsgRequest,
    ) -> impl Future<Output = Result<ImportGroupMsgResponse, Fault>> + Send {
        self.0.handle::<ImportGroupMsg>(context, request)
    }

    fn import_msg(
        &self,
        context: RequestContext,
        request: ImportMsgRequest,
    ) -> impl Future<Output = Result<ImportMsgResponse, Fault>> + Send {
        self.0.handle::<ImportMsg>(context, request)
    }

    fn modify_group_base_info(
        &self,
        context: RequestContext,
        request: ModifyGroupBaseInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupBaseInfoResponse, Fault>> + Send {
        self.0.handle::<ModifyGroupBaseInfo>(context, request)
    }

    fn modify_group_member_info(
        &self,
        context: RequestContext,
        request: ModifyGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupMemberInfoResponse, Fault>> + Send {
        self.0.handle::<ModifyGroupMemberInfo>(context, request)
    }

    fn modify_user_info(
        &self,
        context: RequestContext,
        request: ModifyUserInfoRequest,
    ) -> impl Future<Output = Result<ModifyUserInfoResponse, Fault>> + Send {
        self.0.handle::<ModifyUserInfo>(context, request)
    }

    fn multiaccount_import(
        &self,
        context: RequestContext,
        request: MultiaccountImportRequest,
    ) -> impl Future<Output = Result<MultiaccountImportResponse, Fault>> + Send {
        self.0.handle::<MultiaccountImport>(context, request)
    }

    fn send_group_msg(
        &self,
        context: RequestContext,
        request: SendGroupMsgRequest,
    ) -> impl Future<Output = Result<SendGroupMsgResponse, Fault>> + Send {
        self.0.handle::<SendGroupMsg>(context, request)
    }

    fn send_group_system_notification(
        &self,
        context: RequestContext,
        request: SendGroupSystemNotificationRequest,
    ) -> impl Future<
        Output = Result<SendGroupSystemNotificationResponse, Fault>,
    > + Send {
        self.0.handle::<SendGroupSystemNotification>(context, request)
    }

    fn send_msg(
        &self,
        context: RequestContext,
        request: SendMsgRequest,
    ) -> impl Future<Output = Result<SendMsgResponse, Fault>> + Send {
        self.0.handle::<SendMsg>(context, request)
    }

    fn set_unread_msg_num(
        &self,
        context: RequestContext,
        request: SetUnreadMsgNumRequest,
    ) -> impl Future<Output = Result<SetUnreadMsgNumResponse, Fault>> + Send {
        self.0.handle::<SetUnreadMsgNum>(context, request)
    }

    fn unban_group_member(
        &self,
        context: RequestContext,
        request: UnbanGroupMemberRequest,
    ) -> impl Future<Output = Result<UnbanGroupMemberResponse, Fault>> + Send {
        self.0.handle::<UnbanGroupMember>(context, request)
    }
}

/// A [`StrictService`] served as a [`Service`].
impl<T: StrictService> Service for Strict<T> {
    fn account_check(
        &self,
        context: RequestContext,
        request: AccountCheckRequest,
    ) -> impl Future<Output = Result<AccountCheckResponse, Fault>> + Send {
        self.0.account_check(context, request)
    }

    fn account_delete(
        &self,
        context: RequestContext,
        request: AccountDeleteRequest,
    ) -> impl Future<Output = Result<AccountDeleteResponse, Fault>> + Send {
        self.0.account_delete(context, request)
    }

    fn account_import(
        &self,
        context: RequestContext,
        request: AccountImportRequest,
    ) -> impl Future<Output = Result<AccountImportResponse, Fault>> + Send {
        self.0.account_import(context, request)
    }

    fn add_group_member(
        &self,
        context: RequestContext,
        request: AddGroupMemberRequest,
    ) -> impl Future<Output = Result<AddGroupMemberResponse, Fault>> + Send {
        self.0.add_group_member(context, request)
    }

    fn admin_get_roam_msg(
        &self,
        context: RequestContext,
        request: AdminGetRoamMsgRequest,
    ) -> impl Future<Output = Result<AdminGetRoamMsgResponse, Fault>> + Send {
        self.0.admin_get_roam_msg(context, request)
    }

    fn admin_msg_withdraw(
        &self,
        context: RequestContext,
        request: AdminMsgWithdrawRequest,
    ) -> impl Future<Output = Result<AdminMsgWithdrawResponse, Fault>> + Send {
        self.0.admin_msg_withdraw(context, request)
    }

    fn admin_set_msg_read(
        &self,
        context: RequestContext,
        request: AdminSetMsgReadRequest,
    ) -> impl Future<Output = Result<AdminSetMsgReadResponse, Fault>> + Send {
        self.0.admin_set_msg_read(context, request)
    }

    fn ban_group_member(
        &self,
        context: RequestContext,
        request: BanGroupMemberRequest,
    ) -> impl Future<Output = Result<BanGroupMemberResponse, Fault>> + Send {
        self.0.ban_group_member(context, request)
    }

    fn batch_send_msg(
        &self,
        context: RequestContext,
        request: BatchSendMsgRequest,
    ) -> impl Future<Output = Result<BatchSendMsgResponse, Fault>> + Send {
        self.0.batch_send_msg(context, request)
    }

    fn change_group_owner(
        &self,
        context: RequestContext,
        request: ChangeGroupOwnerRequest,
    ) -> impl Future<Output = Result<ChangeGroupOwnerResponse, Fault>> + Send {
        self.0.change_group_owner(context, request)
    }

    fn create_group(
        &self,
        context: RequestContext,
        request: CreateGroupRequest,
    ) -> impl Future<Output = Result<CreateGroupResponse, Fault>> + Send {
        self.0.create_group(context, request)
    }

    fn delete_group_member(
        &self,
        context: RequestContext,
        request: DeleteGroupMemberRequest,
    ) -> impl Future<Output = Result<DeleteGroupMemberResponse, Fault>> + Send {
        self.0.delete_group_member(context, request)
    }

    fn delete_group_msg_by_sender(
        &self,
        context: RequestContext,
        request: DeleteGroupMsgBySenderRequest,
    ) -> impl Future<Output = Result<DeleteGroupMsgBySenderResponse, Fault>> + Send {
        self.0.delete_group_msg_by_sender(context, request)
    }

    fn destroy_group(
        &self,
        context: RequestContext,
        request: DestroyGroupRequest,
    ) -> impl Future<Output = Result<DestroyGroupResponse, Fault>> + Send {
        self.0.destroy_group(context, request)
    }

    fn forbid_send_msg(
        &self,
        context: RequestContext,
        request: ForbidSendMsgRequest,
    ) -> impl Future<Output = Result<ForbidSendMsgResponse, Fault>> + Send {
        self.0.forbid_send_msg(context, request)
    }

    fn get_appid_group_list(
        &self,
        context: RequestContext,
        request: GetAppidGroupListRequest,
    ) -> impl Future<Output = Result<GetAppidGroupListResponse, Fault>> + Send {
        self.0.get_appid_group_list(context, request)
    }

    fn get_group_ban_member(
        &self,
        context: RequestContext,
        request: GetGroupBanMemberRequest,
    ) -> impl Future<Output = Result<GetGroupBanMemberResponse, Fault>> + Send {
        self.0.get_group_ban_member(context, request)
    }

    fn get_group_info(
        &self,
        context: RequestContext,
        request: GetGroupInfoRequest,
    ) -> impl Future<Output = Result<GetGroupInfoResponse, Fault>> + Send {
        self.0.get_group_info(context, request)
    }

    fn get_group_member_info(
        &self,
        context: RequestContext,
        request: GetGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<GetGroupMemberInfoResponse, Fault>> + Send {
        self.0.get_group_member_info(context, request)
    }

    fn get_group_muted_account(
        &self,
        context: RequestContext,
        request: GetGroupMutedAccountRequest,
    ) -> impl Future<Output = Result<GetGroupMutedAccountResponse, Fault>> + Send {
        self.0.get_group_muted_account(context, request)
    }

    fn get_joined_group_list(
        &self,
        context: RequestContext,
        request: GetJoinedGroupListRequest,
    ) -> impl Future<Output = Result<GetJoinedGroupListResponse, Fault>> + Send {
        self.0.get_joined_group_list(context, request)
    }

    fn get_members(
        &self,
        context: RequestContext,
        request: GetMembersRequest,
    ) -> impl Future<Output = Result<GetMembersResponse, Fault>> + Send {
        self.0.get_members(context, request)
    }

    fn get_online_member_num(
        &self,
        context: RequestContext,
        request: GetOnlineMemberNumRequest,
    ) -> impl Future<Output = Result<GetOnlineMemberNumResponse, Fault>> + Send {
        self.0.get_online_member_num(context, request)
    }

    fn get_role_in_group(
        &self,
        context: RequestContext,
        request: GetRoleInGroupRequest,
    ) -> impl Future<Output = Result<GetRoleInGroupResponse, Fault>> + Send {
        self.0.get_role_in_group(context, request)
    }

    fn group_msg_get_simple(
        &self,
        context: RequestContext,
        request: GroupMsgGetSimpleRequest,
    ) -> impl Future<Output = Result<GroupMsgGetSimpleResponse, Fault>> + Send {
        self.0.group_msg_get_simple(context, request)
    }

    fn group_msg_recall(
        &self,
        context: RequestContext,
        request: GroupMsgRecallRequest,
    ) -> impl Future<Output = Result<GroupMsgRecallResponse, Fault>> + Send {
        self.0.group_msg_recall(context, request)
    }

    fn import_group(
        &self,
        context: RequestContext,
        request: ImportGroupRequest,
    ) -> impl Future<Output = Result<ImportGroupResponse, Fault>> + Send {
        self.0.import_group(context, request)
    }

    fn import_group_member(
        &self,
        context: RequestContext,
        request: ImportGroupMemberRequest,
    ) -> impl Future<Output = Result<ImportGroupMemberResponse, Fault>> + Send {
        self.0.import_group_member(context, request)
    }

    fn import_group_msg(
        &self,
        context: RequestContext,
        request: ImportGroupMsgRequest,
    ) -> impl Future<Output = Result<ImportGroupMsgResponse, Fault>> + Send {
        self.0.import_group_msg(context, request)
    }

    fn import_msg(
        &self,
        context: RequestContext,
        request: ImportMsgRequest,
    ) -> impl Future<Output = Result<ImportMsgResponse, Fault>> + Send {
        self.0.import_msg(context, request)
    }

    fn modify_group_base_info(
        &self,
        context: RequestContext,
        request: ModifyGroupBaseInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupBaseInfoResponse, Fault>> + Send {
        self.0.modify_group_base_info(context, request)
    }

    fn modify_group_member_info(
        &self,
        context: RequestContext,
        request: ModifyGroupMemberInfoRequest,
    ) -> impl Future<Output = Result<ModifyGroupMemberInfoResponse, Fault>> + Send {
        self.0.modify_group_member_info(context, request)
    }

    fn modify_user_info(
        &self,
        context: RequestContext,
        request: ModifyUserInfoRequest,
    ) -> impl Future<Output = Result<ModifyUserInfoResponse, Fault>> + Send {
        self.0.modify_user_info(context, request)
    }

    fn multiaccount_import(
        &self,
        context: RequestContext,
        request: MultiaccountImportRequest,
    ) -> impl Future<Output = Result<MultiaccountImportResponse, Fault>> + Send {
        self.0.multiaccount_import(context, request)
    }

    fn send_group_msg(
        &self,
        context: RequestContext,
        request: SendGroupMsgRequest,
    ) -> impl Future<Output = Result<SendGroupMsgResponse, Fault>> + Send {
        self.0.send_group_msg(context, request)
    }

    fn send_group_system_notification(
        &self,
        context: RequestContext,
        request: SendGroupSystemNotificationRequest,
    ) -> impl Future<
        Output = Result<SendGroupSystemNotificationResponse, Fault>,
    > + Send {
        self.0.send_group_system_notification(context, request)
    }

    fn send_msg(
        &self,
        context: RequestContext,
        request: SendMsgRequest,
    ) -> impl Future<Output = Result<SendMsgResponse, Fault>> + Send {
        self.0.send_msg(context, request)
    }

    fn set_unread_msg_num(
        &self,
        context: RequestContext,
        request: SetUnreadMsgNumRequest,
    ) -> impl Future<Output = Result<SetUnreadMsgNumResponse, Fault>> + Send {
        self.0.set_unread_msg_num(context, request)
    }

    fn unban_group_member(
        &self,
        context: RequestContext,
        request: UnbanGroupMemberRequest,
    ) -> impl Future<Output = Result<UnbanGroupMemberResponse, Fault>> + Send {
        self.0.unban_group_member(context, request)
    }
}

/// The routing table of the service, every operation routed to `service`: [`router`] makes it an axum router; [`Routes::into_table`] serves it without one, behind a dispatch of your own.
pub fn routes<S: Service>(
    service: Arc<S>,
    config: ServerConfig<Gateway>,
) -> Routes<S, Gateway> {
    Routes::new(&SPEC, service, config)
        .route::<
            AccountCheck,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.account_check(context, request).await
        })
        .route::<
            AccountDelete,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.account_delete(context, request).await
        })
        .route::<
            AccountImport,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.account_import(context, request).await
        })
        .route::<
            AddGroupMember,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.add_group_member(context, request).await
        })
        .route::<
            AdminGetRoamMsg,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.admin_get_roam_msg(context, request).await
        })
        .route::<
            AdminMsgWithdraw,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.admin_msg_withdraw(context, request).await
        })
        .route::<
            AdminSetMsgRead,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.admin_set_msg_read(context, request).await
        })
        .route::<
            BanGroupMember,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.ban_group_member(context, request).await
        })
        .route::<
            BatchSendMsg,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.batch_send_msg(context, request).await
        })
        .route::<
            ChangeGroupOwner,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.change_group_owner(context, request).await
        })
        .route::<
            CreateGroup,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.create_group(context, request).await
        })
        .route::<
            DeleteGroupMember,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.delete_group_member(context, request).await
        })
        .route::<
            DeleteGroupMsgBySender,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.delete_group_msg_by_sender(context, request).await
        })
        .route::<
            DestroyGroup,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.destroy_group(context, request).await
        })
        .route::<
            ForbidSendMsg,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.forbid_send_msg(context, request).await
        })
        .route::<
            GetAppidGroupList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_appid_group_list(context, request).await
        })
        .route::<
            GetGroupBanMember,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_group_ban_member(context, request).await
        })
        .route::<
            GetGroupInfo,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_group_info(context, request).await
        })
        .route::<
            GetGroupMemberInfo,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_group_member_info(context, request).await
        })
        .route::<
            GetGroupMutedAccount,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_group_muted_account(context, request).await
        })
        .route::<
            GetJoinedGroupList,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_joined_group_list(context, request).await
        })
        .route::<
            GetMembers,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_members(context, request).await
        })
        .route::<
            GetOnlineMemberNum,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_online_member_num(context, request).await
        })
        .route::<
            GetRoleInGroup,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.get_role_in_group(context, request).await
        })
        .route::<
            GroupMsgGetSimple,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_msg_get_simple(context, request).await
        })
        .route::<
            GroupMsgRecall,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.group_msg_recall(context, request).await
        })
        .route::<
            ImportGroup,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.import_group(context, request).await
        })
        .route::<
            ImportGroupMember,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.import_group_member(context, request).await
        })
        .route::<
            ImportGroupMsg,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.import_group_msg(context, request).await
        })
        .route::<
            ImportMsg,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.import_msg(context, request).await
        })
        .route::<
            ModifyGroupBaseInfo,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.modify_group_base_info(context, request).await
        })
        .route::<
            ModifyGroupMemberInfo,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.modify_group_member_info(context, request).await
        })
        .route::<
            ModifyUserInfo,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.modify_user_info(context, request).await
        })
        .route::<
            MultiaccountImport,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.multiaccount_import(context, request).await
        })
        .route::<
            SendGroupMsg,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.send_group_msg(context, request).await
        })
        .route::<
            SendGroupSystemNotification,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.send_group_system_notification(context, request).await
        })
        .route::<
            SendMsg,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.send_msg(context, request).await
        })
        .route::<
            SetUnreadMsgNum,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.set_unread_msg_num(context, request).await
        })
        .route::<
            UnbanGroupMember,
            _,
            _,
        >(|service: Arc<S>, context, request| async move {
            service.unban_group_member(context, request).await
        })
}

/// The router of the service: answers every operation like the vendor's gateway, calling into `service`. Add your own tower layers to it, and serve it with `axum::serve`.
pub fn router<S: Service>(service: Arc<S>, config: ServerConfig<Gateway>) -> Router {
    routes(service, config).into_router()
}
