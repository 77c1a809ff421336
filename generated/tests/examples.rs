// Code generated from spec/ by `cargo run -p codegen -- generate` (@generated). DO NOT EDIT.
// Change the spec and regenerate.

//! Every example of the spec, as a test: it decodes into the generated type and encodes
//! back to the same JSON. Responses are whole bodies, envelope included.

#![cfg(

    any(
        feature = "rongcloud-im",
        feature = "tencent-chat",
        feature = "volcengine-rtc-im"
    )
)]
#![cfg_attr(rustfmt, rustfmt::skip)]

use imapi::Validate;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes `json` as `T`, encodes it again, and checks that nothing was lost or added.
fn round_trip<T: Serialize + DeserializeOwned>(json: &str) -> T {
    let expected: Value = serde_json::from_str(json).expect("the example is JSON");
    let typed: T = match serde_json::from_str(json) {
        Ok(typed) => typed,
        Err(e) => panic!("the example does not decode: {e}"),
    };
    let encoded = serde_json::to_value(&typed).expect("the value encodes");
    assert_eq!(encoded, expected, "the example does not survive a round trip");
    typed
}

/// A request example round-trips and satisfies every constraint of the spec.
fn request<T: Serialize + DeserializeOwned + Validate>(json: &str) {
    if let Err(violations) = round_trip::<T>(json).validate() {
        panic!("the example breaks the spec's constraints: {violations}");
    }
}

/// A response example (a whole body, envelope included) round-trips.
fn response<T: Serialize + DeserializeOwned>(json: &str) {
    round_trip::<T>(json);
}

#[cfg(feature = "rongcloud-im")]
mod rongcloud_im {
    use imapi::rongcloud_im::{
        Envelope, GroupCreateRequest, GroupCreateResponse, GroupDismissRequest,
        GroupDismissResponse, GroupJoinRequest, GroupJoinResponse, GroupQuitRequest,
        GroupQuitResponse, GroupRefreshRequest, GroupRefreshResponse, GroupSyncRequest,
        GroupSyncResponse, GroupUserGagAddRequest, GroupUserGagAddResponse,
        GroupUserGagListRequest, GroupUserGagListResponse, GroupUserGagRollbackRequest,
        GroupUserGagRollbackResponse, GroupUserQueryRequest, GroupUserQueryResponse,
        MessageGroupPublishRequest, MessageGroupPublishResponse,
        MessagePrivatePublishRequest, MessagePrivatePublishResponse,
        MessageRecallRequest, MessageRecallResponse, UserBlockQueryRequest,
        UserBlockQueryResponse, UserBlockRequest, UserBlockResponse,
        UserCheckOnlineRequest, UserCheckOnlineResponse, UserGetTokenRequest,
        UserGetTokenResponse, UserGroupQueryRequest, UserGroupQueryResponse,
        UserInfoRequest, UserInfoResponse, UserRefreshRequest, UserRefreshResponse,
        UserTokenExpireRequest, UserTokenExpireResponse, UserUnblockRequest,
        UserUnblockResponse,
    };
    use super::{request, response};

    /// `GroupCreate` example `doc`: the request.
    #[test]
    fn group_create_doc_request() {
        request::<
            GroupCreateRequest,
        >(
            r#"{
  "userId": ["1", "2"],
  "groupId": "123",
  "groupName": "TestGroup"
}"#,
        );
    }

    /// `GroupCreate` example `doc`: the response.
    #[test]
    fn group_create_doc_response() {
        response::<Envelope<GroupCreateResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupDismiss` example `doc`: the request.
    #[test]
    fn group_dismiss_doc_request() {
        request::<GroupDismissRequest>(r#"{
  "userId": "1",
  "groupId": "123"
}"#);
    }

    /// `GroupDismiss` example `doc`: the response.
    #[test]
    fn group_dismiss_doc_response() {
        response::<Envelope<GroupDismissResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupJoin` example `doc`: the request.
    #[test]
    fn group_join_doc_request() {
        request::<
            GroupJoinRequest,
        >(
            r#"{
  "userId": ["1", "2"],
  "groupId": "123",
  "groupName": "TestGroup"
}"#,
        );
    }

    /// `GroupJoin` example `doc`: the response.
    #[test]
    fn group_join_doc_response() {
        response::<Envelope<GroupJoinResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupQuit` example `doc`: the request.
    #[test]
    fn group_quit_doc_request() {
        request::<GroupQuitRequest>(r#"{
  "userId": ["1", "2"],
  "groupId": "123"
}"#);
    }

    /// `GroupQuit` example `doc`: the response.
    #[test]
    fn group_quit_doc_response() {
        response::<Envelope<GroupQuitResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupRefresh` example `doc`: the request.
    #[test]
    fn group_refresh_doc_request() {
        request::<
            GroupRefreshRequest,
        >(r#"{
  "groupId": "123",
  "groupName": "new"
}"#);
    }

    /// `GroupRefresh` example `doc`: the response.
    #[test]
    fn group_refresh_doc_response() {
        response::<Envelope<GroupRefreshResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupSync` example `doc`: the request.
    #[test]
    fn group_sync_doc_request() {
        request::<
            GroupSyncRequest,
        >(
            r#"{
  "userId": "2014",
  "group": {
    "10001": "TestGroup1",
    "10002": "TestGroup2",
    "10003": "TestGroup3"
  }
}"#,
        );
    }

    /// `GroupSync` example `doc`: the response.
    #[test]
    fn group_sync_doc_response() {
        response::<Envelope<GroupSyncResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupUserGagAdd` example `doc`: the request.
    #[test]
    fn group_user_gag_add_doc_request() {
        request::<
            GroupUserGagAddRequest,
        >(r#"{
  "userId": ["2582", "2583"],
  "groupId": "16",
  "minute": 1
}"#);
    }

    /// `GroupUserGagAdd` example `doc`: the response.
    #[test]
    fn group_user_gag_add_doc_response() {
        response::<Envelope<GroupUserGagAddResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupUserGagList` example `doc`: the request.
    #[test]
    fn group_user_gag_list_doc_request() {
        request::<GroupUserGagListRequest>(r#"{
  "groupId": "16"
}"#);
    }

    /// `GroupUserGagList` example `doc`: the response.
    #[test]
    fn group_user_gag_list_doc_response() {
        response::<
            Envelope<GroupUserGagListResponse>,
        >(
            r#"{
  "code": 200,
  "users": [
    {
      "startTime": "2024-02-07 18:25:12",
      "time": "2024-02-07 18:55:12",
      "userId": "2582"
    }
  ]
}"#,
        );
    }

    /// `GroupUserGagRollback` example `doc`: the request.
    #[test]
    fn group_user_gag_rollback_doc_request() {
        request::<
            GroupUserGagRollbackRequest,
        >(r#"{
  "userId": ["2582", "2583"],
  "groupId": "16"
}"#);
    }

    /// `GroupUserGagRollback` example `doc`: the response.
    #[test]
    fn group_user_gag_rollback_doc_response() {
        response::<Envelope<GroupUserGagRollbackResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `GroupUserQuery` example `doc`: the request.
    #[test]
    fn group_user_query_doc_request() {
        request::<GroupUserQueryRequest>(r#"{
  "groupId": "123"
}"#);
    }

    /// `GroupUserQuery` example `doc`: the response.
    #[test]
    fn group_user_query_doc_response() {
        response::<
            Envelope<GroupUserQueryResponse>,
        >(
            r#"{
  "code": 200,
  "users": [
    {"id": "10001"},
    {"id": "10002"},
    {"id": "10000"},
    {"id": "10003"}
  ]
}"#,
        );
    }

    /// `MessageGroupPublish` example `text`: the request.
    #[test]
    fn message_group_publish_text_request() {
        request::<
            MessageGroupPublishRequest,
        >(
            r#"{
  "fromUserId": "jlk456j5",
  "toGroupId": [
    "123"
  ],
  "objectName": "RC:TxtMsg",
  "content": "{\"content\":\"Hello world!\"}"
}"#,
        );
    }

    /// `MessageGroupPublish` example `text`: the response.
    #[test]
    fn message_group_publish_text_response() {
        response::<Envelope<MessageGroupPublishResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `MessageGroupPublish` example `targeted`: the request.
    #[test]
    fn message_group_publish_targeted_request() {
        request::<
            MessageGroupPublishRequest,
        >(
            r#"{
  "fromUserId": "jlk456j5",
  "toGroupId": [
    "123"
  ],
  "toUserId": [
    "BWSZ",
    "jlk45211"
  ],
  "objectName": "RC:TxtMsg",
  "content": "{\"content\":\"Hello world!\"}"
}"#,
        );
    }

    /// `MessageGroupPublish` example `targeted`: the response.
    #[test]
    fn message_group_publish_targeted_response() {
        response::<Envelope<MessageGroupPublishResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `MessagePrivatePublish` example `text`: the request.
    #[test]
    fn message_private_publish_text_request() {
        request::<
            MessagePrivatePublishRequest,
        >(
            r#"{
  "fromUserId": "jlk456j5",
  "toUserId": [
    "BWSZ"
  ],
  "objectName": "RC:TxtMsg",
  "content": "{\"content\":\"Hello world!\"}"
}"#,
        );
    }

    /// `MessagePrivatePublish` example `text`: the response.
    #[test]
    fn message_private_publish_text_response() {
        response::<Envelope<MessagePrivatePublishResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `MessagePrivatePublish` example `to several users`: the request.
    #[test]
    fn message_private_publish_to_several_users_request() {
        request::<
            MessagePrivatePublishRequest,
        >(
            r#"{
  "fromUserId": "jlk456j5",
  "toUserId": [
    "BWSZ",
    "jlk45211"
  ],
  "objectName": "RC:TxtMsg",
  "content": "{\"content\":\"Hello world!\"}",
  "pushContent": "Hello world!",
  "isPersisted": 1,
  "verifyBlacklist": 0
}"#,
        );
    }

    /// `MessagePrivatePublish` example `to several users`: the response.
    #[test]
    fn message_private_publish_to_several_users_response() {
        response::<Envelope<MessagePrivatePublishResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `MessageRecall` example `private`: the request.
    #[test]
    fn message_recall_private_request() {
        request::<
            MessageRecallRequest,
        >(
            r#"{
  "fromUserId": "jlk456j5",
  "conversationType": 1,
  "targetId": "BWSZ",
  "messageUID": "5FGT-7VA9-G4DD-4V5P",
  "sentTime": 1585284151512,
  "isAdmin": 0,
  "isDelete": 0
}"#,
        );
    }

    /// `MessageRecall` example `private`: the response.
    #[test]
    fn message_recall_private_response() {
        response::<Envelope<MessageRecallResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `MessageRecall` example `group`: the request.
    #[test]
    fn message_recall_group_request() {
        request::<
            MessageRecallRequest,
        >(
            r#"{
  "fromUserId": "jlk456j5",
  "conversationType": 3,
  "targetId": "123",
  "messageUID": "5FGT-7VA9-G4DD-4V5Q",
  "sentTime": 1585284151512,
  "isDelete": 1
}"#,
        );
    }

    /// `MessageRecall` example `group`: the response.
    #[test]
    fn message_recall_group_response() {
        response::<Envelope<MessageRecallResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `UserBlock` example `doc`: the request.
    #[test]
    fn user_block_doc_request() {
        request::<
            UserBlockRequest,
        >(r#"{
  "userId": [
    "BWSZ"
  ],
  "minute": 10
}"#);
    }

    /// `UserBlock` example `doc`: the response.
    #[test]
    fn user_block_doc_response() {
        response::<Envelope<UserBlockResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `UserBlockQuery` example `doc`: the request.
    #[test]
    fn user_block_query_doc_request() {
        request::<UserBlockQueryRequest>(r#"{
  "page": 1,
  "size": 50
}"#);
    }

    /// `UserBlockQuery` example `doc`: the response.
    #[test]
    fn user_block_query_doc_response() {
        response::<
            Envelope<UserBlockQueryResponse>,
        >(
            r#"{
  "code": 200,
  "users": [
    {
      "userId": "jlk456j5",
      "blockEndTime": "2015-01-11 01:28:20"
    }
  ]
}"#,
        );
    }

    /// `UserCheckOnline` example `doc`: the request.
    #[test]
    fn user_check_online_doc_request() {
        request::<UserCheckOnlineRequest>(r#"{
  "userId": "jlk456j5"
}"#);
    }

    /// `UserCheckOnline` example `doc`: the response.
    #[test]
    fn user_check_online_doc_response() {
        response::<
            Envelope<UserCheckOnlineResponse>,
        >(r#"{
  "code": 200,
  "status": "1"
}"#);
    }

    /// `UserGetToken` example `doc`: the request.
    #[test]
    fn user_get_token_doc_request() {
        request::<
            UserGetTokenRequest,
        >(
            r#"{
  "userId": "jlk456j5",
  "name": "Ironman",
  "portraitUri": "http://abc.com/myportrait.jpg"
}"#,
        );
    }

    /// `UserGetToken` example `doc`: the response.
    #[test]
    fn user_get_token_doc_response() {
        response::<
            Envelope<UserGetTokenResponse>,
        >(r#"{
  "code": 200,
  "userId": "jlk456j5",
  "token": "sfd9823ihufi"
}"#);
    }

    /// `UserGroupQuery` example `doc`: the request.
    #[test]
    fn user_group_query_doc_request() {
        request::<UserGroupQueryRequest>(r#"{
  "userId": "123"
}"#);
    }

    /// `UserGroupQuery` example `doc`: the response.
    #[test]
    fn user_group_query_doc_response() {
        response::<
            Envelope<UserGroupQueryResponse>,
        >(
            r#"{
  "code": 200,
  "groups": [
    {"name": "TestGroup", "id": "123"}
  ]
}"#,
        );
    }

    /// `UserInfo` example `doc`: the request.
    #[test]
    fn user_info_doc_request() {
        request::<UserInfoRequest>(r#"{
  "userId": "123"
}"#);
    }

    /// `UserInfo` example `doc`: the response.
    #[test]
    fn user_info_doc_response() {
        response::<
            Envelope<UserInfoResponse>,
        >(
            r#"{
  "code": 200,
  "userName": "123",
  "userPortrait": "",
  "createTime": "2016-05-24 10:38:19"
}"#,
        );
    }

    /// `UserRefresh` example `doc`: the request.
    #[test]
    fn user_refresh_doc_request() {
        request::<
            UserRefreshRequest,
        >(
            r#"{
  "userId": "jlk456j5",
  "name": "Ironman",
  "portraitUri": "http://abc.com/myportrait.jpg"
}"#,
        );
    }

    /// `UserRefresh` example `doc`: the response.
    #[test]
    fn user_refresh_doc_response() {
        response::<Envelope<UserRefreshResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `UserTokenExpire` example `doc`: the request.
    #[test]
    fn user_token_expire_doc_request() {
        request::<
            UserTokenExpireRequest,
        >(r#"{
  "userId": [
    "test1",
    "test2"
  ],
  "time": 1615362955344
}"#);
    }

    /// `UserTokenExpire` example `doc`: the response.
    #[test]
    fn user_token_expire_doc_response() {
        response::<Envelope<UserTokenExpireResponse>>(r#"{
  "code": 200
}"#);
    }

    /// `UserUnblock` example `doc`: the request.
    #[test]
    fn user_unblock_doc_request() {
        request::<
            UserUnblockRequest,
        >(r#"{
  "userId": [
    "jlk456j5",
    "jlk45211"
  ]
}"#);
    }

    /// `UserUnblock` example `doc`: the response.
    #[test]
    fn user_unblock_doc_response() {
        response::<Envelope<UserUnblockResponse>>(r#"{
  "code": 200
}"#);
    }
}

#[cfg(feature = "tencent-chat")]
mod tencent_chat {
    use imapi::tencent_chat::{
        AccountCheckRequest, AccountCheckResponse, AccountDeleteRequest,
        AccountDeleteResponse, AccountImportRequest, AccountImportResponse,
        AddGroupMemberRequest, AddGroupMemberResponse, AdminGetRoamMsgRequest,
        AdminGetRoamMsgResponse, AdminMsgWithdrawRequest, AdminMsgWithdrawResponse,
        AdminSetMsgReadRequest, AdminSetMsgReadResponse, BanGroupMemberRequest,
        BanGroupMemberResponse, BatchSendMsgRequest, BatchSendMsgResponse,
        ChangeGroupOwnerRequest, ChangeGroupOwnerResponse, CreateGroupRequest,
        CreateGroupResponse, DeleteGroupMemberRequest, DeleteGroupMsgBySenderRequest,
        DeleteGroupMsgBySenderResponse, DestroyGroupRequest, DestroyGroupResponse,
        Envelope, ForbidSendMsgRequest, ForbidSendMsgResponse, GetAppidGroupListRequest,
        GetAppidGroupListResponse, GetGroupBanMemberRequest, GetGroupBanMemberResponse,
        GetGroupInfoRequest, GetGroupInfoResponse, GetGroupMemberInfoRequest,
        GetGroupMemberInfoResponse, GetGroupMutedAccountRequest,
        GetGroupMutedAccountResponse, GetJoinedGroupListRequest,
        GetJoinedGroupListResponse, GetMembersRequest, GetMembersResponse,
        GetOnlineMemberNumRequest, GetOnlineMemberNumResponse, GetRoleInGroupRequest,
        GetRoleInGroupResponse, GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse,
        GroupMsgRecallRequest, GroupMsgRecallResponse, ImportGroupMemberRequest,
        ImportGroupMemberResponse, ImportGroupMsgRequest, ImportGroupMsgResponse,
        ImportGroupRequest, ImportGroupResponse, ImportMsgRequest, ImportMsgResponse,
        ModifyGroupBaseInfoRequest, ModifyGroupBaseInfoResponse,
        ModifyGroupMemberInfoRequest, ModifyGroupMemberInfoResponse,
        ModifyUserInfoRequest, ModifyUserInfoResponse, MultiaccountImportRequest,
        MultiaccountImportResponse, SendGroupMsgRequest, SendGroupMsgResponse,
        SendGroupSystemNotificationRequest, SendGroupSystemNotificationResponse,
        SendMsgRequest, SendMsgResponse, SetUnreadMsgNumRequest, SetUnreadMsgNumResponse,
        UnbanGroupMemberRequest, UnbanGroupMemberResponse,
    };
    use super::{request, response};

    /// `AccountCheck` example `doc`: the request.
    #[test]
    fn account_check_doc_request() {
        request::<
            AccountCheckRequest,
        >(
            r#"{
  "CheckItem": [
    {"UserID": "UserID_1"},
    {"UserID": "UserID_2"}
  ]
}"#,
        );
    }

    /// `AccountCheck` example `doc`: the response.
    #[test]
    fn account_check_doc_response() {
        response::<
            Envelope<AccountCheckResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorCode": 0,
  "ErrorInfo": "",
  "ResultItem": [
    {"UserID": "UserID_1", "ResultCode": 0, "ResultInfo": "", "AccountStatus": "Imported"},
    {"UserID": "UserID_2", "ResultCode": 0, "ResultInfo": "", "AccountStatus": "NotImported"}
  ]
}"#,
        );
    }

    /// `AccountDelete` example `doc`: the request.
    #[test]
    fn account_delete_doc_request() {
        request::<
            AccountDeleteRequest,
        >(
            r#"{
  "DeleteItem": [
    {"UserID": "UserID_1"},
    {"UserID": "UserID_2"}
  ]
}"#,
        );
    }

    /// `AccountDelete` example `doc`: the response.
    #[test]
    fn account_delete_doc_response() {
        response::<
            Envelope<AccountDeleteResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorCode": 0,
  "ErrorInfo": "",
  "ResultItem": [
    {"ResultCode": 0, "ResultInfo": "", "UserID": "UserID_1"},
    {"ResultCode": 70107, "ResultInfo": "Err_TLS_PT_Open_Login_Account_Not_Exist", "UserID": "UserID_2"}
  ]
}"#,
        );
    }

    /// `AccountImport` example `doc`: the request.
    #[test]
    fn account_import_doc_request() {
        request::<
            AccountImportRequest,
        >(
            r#"{
  "UserID": "test",
  "Nick": "test",
  "FaceUrl": "http://www.qq.com"
}"#,
        );
    }

    /// `AccountImport` example `doc`: the response.
    #[test]
    fn account_import_doc_response() {
        response::<
            Envelope<AccountImportResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }

    /// `AddGroupMember` example `basic`: the request.
    #[test]
    fn add_group_member_basic_request() {
        request::<
            AddGroupMemberRequest,
        >(
            r#"{
    "GroupId": "@TGS#2J4SZEAEL",
    "MemberList": [
        {
            "Member_Account": "tommy"
        },
        {
            "Member_Account": "jared"
        }
    ]
}"#,
        );
    }

    /// `AddGroupMember` example `basic`: the response.
    #[test]
    fn add_group_member_basic_response() {
        response::<
            Envelope<AddGroupMemberResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MemberList": [
        {
            "Member_Account": "tommy",
            "Result": 1
        },
        {
            "Member_Account": "jared",
            "Result": 1
        }
    ]
}"#,
        );
    }

    /// `AddGroupMember` example `silent`: the request.
    #[test]
    fn add_group_member_silent_request() {
        request::<
            AddGroupMemberRequest,
        >(
            r#"{
    "GroupId": "@TGS#2J4SZEAEL",
    "Silence": 1,
    "MemberList": [
        {
            "Member_Account": "tommy"
        },
        {
            "Member_Account": "jared"
        }
    ]
}"#,
        );
    }

    /// `AdminGetRoamMsg` example `first pull`: the request.
    #[test]
    fn admin_get_roam_msg_first_pull_request() {
        request::<
            AdminGetRoamMsgRequest,
        >(
            r#"{
    "Operator_Account": "user2",
    "Peer_Account": "user1",
    "MaxCnt": 100,
    "MinTime": 1584669600,
    "MaxTime": 1584673200
}"#,
        );
    }

    /// `AdminGetRoamMsg` example `first pull`: the response.
    #[test]
    fn admin_get_roam_msg_first_pull_response() {
        response::<
            Envelope<AdminGetRoamMsgResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "Complete": 0,
    "MsgCnt": 12,
    "LastMsgTime": 1584669680,
    "LastMsgKey": "549396494_2578554_1584669680",
    "MsgList": [
        {
            "From_Account": "user1",
            "To_Account": "user2",
            "MsgSeq": 549396494,
            "MsgRandom": 2578554,
            "MsgTimeStamp": 1584669680,
            "MsgFlagBits": 0,
            "IsPeerRead": 0,
            "MsgKey": "549396494_2578554_1584669680",
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem",
                    "MsgContent": {
                        "Text": "msg 1"
                    }
                }
            ],
            "CloudCustomData": "your cloud custom data"
        },
        {
            "From_Account": "user2",
            "To_Account": "user1",
            "MsgSeq": 1054803289,
            "MsgRandom": 7201,
            "MsgTimeStamp": 1584669689,
            "MsgFlagBits": 0,
            "IsPeerRead": 0,
            "MsgKey": "1054803289_7201_1584669689",
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem",
                    "MsgContent": {
                        "Text": "msg 2"
                    }
                }
            ],
            "CloudCustomData": "your cloud custom data"
        }
    ]
}"#,
        );
    }

    /// `AdminGetRoamMsg` example `continued pull`: the request.
    #[test]
    fn admin_get_roam_msg_continued_pull_request() {
        request::<
            AdminGetRoamMsgRequest,
        >(
            r#"{
    "Operator_Account": "user2",
    "Peer_Account": "user1",
    "MaxCnt": 100,
    "MinTime": 1584669600,
    "MaxTime": 1584669680,
    "LastMsgKey": "549396494_2578554_1584669680"
}"#,
        );
    }

    /// `AdminMsgWithdraw` example `doc`: the request.
    #[test]
    fn admin_msg_withdraw_doc_request() {
        request::<
            AdminMsgWithdrawRequest,
        >(
            r#"{
    "From_Account": "vinson",
    "To_Account": "dramon",
    "MsgKey": "31906_833502_1572869830"
}"#,
        );
    }

    /// `AdminMsgWithdraw` example `doc`: the response.
    #[test]
    fn admin_msg_withdraw_doc_response() {
        response::<
            Envelope<AdminMsgWithdrawResponse>,
        >(r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
}"#);
    }

    /// `AdminSetMsgRead` example `doc`: the request.
    #[test]
    fn admin_set_msg_read_doc_request() {
        request::<
            AdminSetMsgReadRequest,
        >(r#"{
    "Report_Account": "dramon1",
    "Peer_Account": "dramon2"
}"#);
    }

    /// `AdminSetMsgRead` example `doc`: the response.
    #[test]
    fn admin_set_msg_read_doc_response() {
        response::<
            Envelope<AdminSetMsgReadResponse>,
        >(r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
}"#);
    }

    /// `AdminSetMsgRead` example `up to a time`: the request.
    #[test]
    fn admin_set_msg_read_up_to_a_time_request() {
        request::<
            AdminSetMsgReadRequest,
        >(
            r#"{
    "Report_Account": "dramon1",
    "Peer_Account": "dramon2",
    "MsgReadTime": "1584669689"
}"#,
        );
    }

    /// `BanGroupMember` example `basic`: the request.
    #[test]
    fn ban_group_member_basic_request() {
        request::<
            BanGroupMemberRequest,
        >(
            r#"{
  "GroupId": "@TGS#aJRGC4MH6",
  "Members_Account": ["brennanli3", "brennanli12"],
  "Duration": 3600,
  "Description": "you are banned because of irregularities"
}"#,
        );
    }

    /// `BanGroupMember` example `basic`: the response.
    #[test]
    fn ban_group_member_basic_response() {
        response::<
            Envelope<BanGroupMemberResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }

    /// `BatchSendMsg` example `doc`: the request.
    #[test]
    fn batch_send_msg_doc_request() {
        request::<
            BatchSendMsgRequest,
        >(
            r#"{
    "SyncOtherMachine": 2,
    "To_Account": [
        "bonnie",
        "rong"
    ],
    "MsgSeq": 28360,
    "MsgRandom": 19901224,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "hi, beauty"
            }
        }
    ]
}"#,
        );
    }

    /// `BatchSendMsg` example `partial failure`: the response.
    #[test]
    fn batch_send_msg_partial_failure_response() {
        response::<
            Envelope<BatchSendMsgResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MsgTime": 1573192060,
    "MsgKey": "28360_19901224_1573192060",
    "ErrorList": [
        {
            "To_Account": "rong",
            "ErrorCode": 70107
        }
    ]
}"#,
        );
    }

    /// `ChangeGroupOwner` example `basic`: the request.
    #[test]
    fn change_group_owner_basic_request() {
        request::<
            ChangeGroupOwnerRequest,
        >(
            r#"{
    "GroupId": "@TGS#1NVTZEAE4",
    "NewOwner_Account": "peter",
    "From_Account": "emily"
}"#,
        );
    }

    /// `ChangeGroupOwner` example `basic`: the response.
    #[test]
    fn change_group_owner_basic_response() {
        response::<
            Envelope<ChangeGroupOwnerResponse>,
        >(r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
}"#);
    }

    /// `CreateGroup` example `basic`: the request.
    #[test]
    fn create_group_basic_request() {
        request::<
            CreateGroupRequest,
        >(
            r#"{
  "Owner_Account": "leckie",
  "Type": "Public",
  "Name": "TestGroup"
}"#,
        );
    }

    /// `CreateGroup` example `basic`: the response.
    #[test]
    fn create_group_basic_response() {
        response::<
            Envelope<CreateGroupResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupId": "@TGS#2J4SZEAEL"
}"#,
        );
    }

    /// `CreateGroup` example `optional fields`: the request.
    #[test]
    fn create_group_optional_fields_request() {
        request::<
            CreateGroupRequest,
        >(
            r#"{
  "Owner_Account": "leckie",
  "Type": "Public",
  "Name": "TestGroup",
  "Introduction": "This is group Introduction",
  "Notification": "This is group Notification",
  "FaceUrl": "http://this.is.face.url",
  "MaxMemberCount": 500,
  "ApplyJoinOption": "FreeAccess"
}"#,
        );
    }

    /// `CreateGroup` example `initial members`: the request.
    #[test]
    fn create_group_initial_members_request() {
        request::<
            CreateGroupRequest,
        >(
            r#"{
  "Name": "TestGroup",
  "Type": "Public",
  "MemberList": [
    {
      "Member_Account": "bob",
      "Role": "Admin"
    },
    {
      "Member_Account": "peter"
    }
  ]
}"#,
        );
    }

    /// `CreateGroup` example `custom group ID`: the request.
    #[test]
    fn create_group_custom_group_id_request() {
        request::<
            CreateGroupRequest,
        >(
            r#"{
  "Owner_Account": "leckie",
  "Type": "Public",
  "GroupId": "MyFirstGroup",
  "Name": "TestGroup"
}"#,
        );
    }

    /// `CreateGroup` example `custom group ID`: the response.
    #[test]
    fn create_group_custom_group_id_response() {
        response::<
            Envelope<CreateGroupResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupId": "MyFirstGroup"
}"#,
        );
    }

    /// `CreateGroup` example `group custom fields`: the request.
    #[test]
    fn create_group_group_custom_fields_request() {
        request::<
            CreateGroupRequest,
        >(
            r#"{
  "Name": "TestGroup",
  "Type": "Public",
  "AppDefinedData": [
    {
      "Key": "GroupTestData1",
      "Value": "xxxxx"
    },
    {
      "Key": "GroupTestData2",
      "Value": "abc\u0000\u0001"
    }
  ]
}"#,
        );
    }

    /// `CreateGroup` example `member custom fields`: the request.
    #[test]
    fn create_group_member_custom_fields_request() {
        request::<
            CreateGroupRequest,
        >(
            r#"{
  "Owner_Account": "leckie",
  "Type": "Public",
  "Name": "TestGroup",
  "MemberList": [
    {
      "Member_Account": "bob",
      "AppMemberDefinedData": [
        {"Key": "MemberDefined1", "Value": "MemberData1"},
        {"Key": "MemberDefined2", "Value": "MemberData2"}
      ]
    },
    {
      "Member_Account": "peter",
      "AppMemberDefinedData": [
        {"Key": "MemberDefined1", "Value": "MemberData1"},
        {"Key": "MemberDefined2", "Value": "MemberData2"}
      ]
    }
  ]
}"#,
        );
    }

    /// `CreateGroup` example `community`: the request.
    #[test]
    fn create_group_community_request() {
        request::<
            CreateGroupRequest,
        >(
            r#"{
  "Type": "Community",
  "Name": "TestCommunityGroup",
  "SupportTopic": 1
}"#,
        );
    }

    /// `CreateGroup` example `community`: the response.
    #[test]
    fn create_group_community_response() {
        response::<
            Envelope<CreateGroupResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupId": "@TGS#_@TGS#cRDH3HIM62CP",
  "HugeGroupFlag": 0,
  "Type": "Community"
}"#,
        );
    }

    /// `DeleteGroupMember` example `basic`: the request.
    #[test]
    fn delete_group_member_basic_request() {
        request::<
            DeleteGroupMemberRequest,
        >(
            r#"{
    "GroupId": "@TGS#2J4SZEAEL",
    "MemberToDel_Account": ["tommy", "jared"]
}"#,
        );
    }

    /// `DeleteGroupMember` example `silent`: the request.
    #[test]
    fn delete_group_member_silent_request() {
        request::<
            DeleteGroupMemberRequest,
        >(
            r#"{
    "GroupId": "@TGS#2J4SZEAEL",
    "Silence": 1,
    "MemberToDel_Account": ["tommy", "jared"]
}"#,
        );
    }

    /// `DeleteGroupMember` example `with reason`: the request.
    #[test]
    fn delete_group_member_with_reason_request() {
        request::<
            DeleteGroupMemberRequest,
        >(
            r#"{
    "GroupId": "@TGS#2J4SZEAEL",
    "Reason": "kick reason",
    "MemberToDel_Account": ["tommy", "jared"]
}"#,
        );
    }

    /// `DeleteGroupMsgBySender` example `doc`: the request.
    #[test]
    fn delete_group_msg_by_sender_doc_request() {
        request::<
            DeleteGroupMsgBySenderRequest,
        >(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "Sender_Account": "leckie"
}"#);
    }

    /// `DeleteGroupMsgBySender` example `doc`: the response.
    #[test]
    fn delete_group_msg_by_sender_doc_response() {
        response::<
            Envelope<DeleteGroupMsgBySenderResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }

    /// `DestroyGroup` example `basic`: the request.
    #[test]
    fn destroy_group_basic_request() {
        request::<DestroyGroupRequest>(r#"{
    "GroupId": "@TGS#2J4SZEAEL"
}"#);
    }

    /// `DestroyGroup` example `basic`: the response.
    #[test]
    fn destroy_group_basic_response() {
        response::<
            Envelope<DestroyGroupResponse>,
        >(r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
}"#);
    }

    /// `ForbidSendMsg` example `mute`: the request.
    #[test]
    fn forbid_send_msg_mute_request() {
        request::<
            ForbidSendMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "Members_Account": ["peter", "leckie"],
    "ShutUpTime": 60
}"#,
        );
    }

    /// `ForbidSendMsg` example `mute`: the response.
    #[test]
    fn forbid_send_msg_mute_response() {
        response::<
            Envelope<ForbidSendMsgResponse>,
        >(r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
}"#);
    }

    /// `ForbidSendMsg` example `unmute`: the request.
    #[test]
    fn forbid_send_msg_unmute_request() {
        request::<
            ForbidSendMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "Members_Account": ["peter", "leckie"],
    "ShutUpTime": 0
}"#,
        );
    }

    /// `GetAppidGroupList` example `basic`: the request.
    #[test]
    fn get_appid_group_list_basic_request() {
        request::<GetAppidGroupListRequest>(r#"{}"#);
    }

    /// `GetAppidGroupList` example `basic`: the response.
    #[test]
    fn get_appid_group_list_basic_response() {
        response::<
            Envelope<GetAppidGroupListResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TotalCount": 2,
    "GroupIdList": [
        {
            "GroupId": "@TGS#2J4SZEAEL"
        },
        {
            "GroupId": "@TGS#2C5SZEAEF"
        }
    ],
    "Next": 4454685361
}"#,
        );
    }

    /// `GetAppidGroupList` example `paged`: the request.
    #[test]
    fn get_appid_group_list_paged_request() {
        request::<GetAppidGroupListRequest>(r#"{
    "Limit": 1000,
    "Next": 0
}"#);
    }

    /// `GetAppidGroupList` example `one type`: the request.
    #[test]
    fn get_appid_group_list_one_type_request() {
        request::<GetAppidGroupListRequest>(r#"{
    "GroupType" : "Public"
}"#);
    }

    /// `GetAppidGroupList` example `all in one`: the request.
    #[test]
    fn get_appid_group_list_all_in_one_request() {
        request::<
            GetAppidGroupListRequest,
        >(r#"{
    "Limit": 1000,
    "Next": 0,
    "GroupType" : "Public"
}"#);
    }

    /// `GetGroupBanMember` example `basic`: the request.
    #[test]
    fn get_group_ban_member_basic_request() {
        request::<
            GetGroupBanMemberRequest,
        >(r#"{
  "GroupId": "@TGS#aJRGC4MH6",
  "Limit": 20,
  "Offset": 0
}"#);
    }

    /// `GetGroupBanMember` example `basic`: the response.
    #[test]
    fn get_group_ban_member_basic_response() {
        response::<
            Envelope<GetGroupBanMemberResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "BannedAccountList": [
    {
      "BannedUntil": 1660875916,
      "Member_Account": "brennanli1"
    },
    {
      "BannedUntil": 1660875916,
      "Member_Account": "brennanli12"
    }
  ],
  "ErrorCode": 0,
  "ErrorInfo": "",
  "NextOffset": 2
}"#,
        );
    }

    /// `GetGroupInfo` example `basic`: the request.
    #[test]
    fn get_group_info_basic_request() {
        request::<
            GetGroupInfoRequest,
        >(r#"{
  "GroupIdList": [
    "@TGS#1NVTZEAE4",
    "@TGS#1CXTZEAET"
  ]
}"#);
    }

    /// `GetGroupInfo` example `basic`: the response.
    #[test]
    fn get_group_info_basic_response() {
        response::<
            Envelope<GetGroupInfoResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupInfo": [
    {
      "GroupId": "@TGS#2J4SZEAEL",
      "ErrorCode": 0,
      "ErrorInfo": "",
      "Type": "Public",
      "Name": "MyFirstGroup",
      "Appid": 1400001001,
      "Introduction": "TestGroup",
      "Notification": "TestGroup",
      "FaceUrl": "http://this.is.face.url",
      "Owner_Account": "leckie",
      "CreateTime": 1426976500,
      "LastInfoTime": 1426976500,
      "LastMsgTime": 1426976600,
      "NextMsgSeq": 1234,
      "MemberNum": 2,
      "MaxMemberNum": 50,
      "ApplyJoinOption": "FreeAccess",
      "MuteAllMember": "On",
      "AppDefinedData": [
        {"Key": "GroupTestData1", "Value": "xxxx"},
        {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}
      ],
      "MemberList": [
        {
          "Member_Account": "leckie",
          "Role": "Owner",
          "JoinTime": 1425976500,
          "MsgSeq": 1233,
          "MsgFlag": "AcceptAndNotify",
          "LastSendMsgTime": 1425976500,
          "MuteUntil": 1431069882,
          "AppMemberDefinedData": [
            {"Key": "MemberDefined1", "Value": "ModifyDefined1"},
            {"Key": "MemberDefined2", "Value": "ModifyDefined2"}
          ]
        },
        {
          "Member_Account": "peter",
          "Role": "Member",
          "JoinTime": 1425976500,
          "MsgSeq": 1233,
          "MsgFlag": "AcceptAndNotify",
          "LastSendMsgTime": 1425976500,
          "MuteUntil": 0,
          "AppMemberDefinedData": [
            {"Key": "MemberDefined1", "Value": "ModifyDefined1"},
            {"Key": "MemberDefined2", "Value": "ModifyDefined2"}
          ]
        }
      ]
    }
  ]
}"#,
        );
    }

    /// `GetGroupInfo` example `specified information`: the request.
    #[test]
    fn get_group_info_specified_information_request() {
        request::<
            GetGroupInfoRequest,
        >(
            r#"{
  "GroupIdList": [
    "@TGS#1NVTZEAE4",
    "@TGS#1CXTZEAET"
  ],
  "ResponseFilter": {
    "GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"],
    "MemberInfoFilter": ["Account", "Role"],
    "AppDefinedDataFilter_Group": ["GroupTestData1", "GroupTestData2"],
    "AppDefinedDataFilter_GroupMember": ["MemberDefined2", "MemberDefined1"]
  }
}"#,
        );
    }

    /// `GetGroupInfo` example `specified information`: the response.
    #[test]
    fn get_group_info_specified_information_response() {
        response::<
            Envelope<GetGroupInfoResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupInfo": [
    {
      "GroupId": "@TGS#2J4SZEAEL",
      "ErrorCode": 0,
      "ErrorInfo": "",
      "Type": "Public",
      "Name": "MyFirstGroup",
      "Introduction": "TestGroup",
      "Notification": "TestGroup",
      "AppDefinedData": [
        {"Key": "GroupTestData1", "Value": "xxxx"},
        {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}
      ],
      "MemberList": [
        {
          "Member_Account": "leckie",
          "Role": "Owner",
          "AppMemberDefinedData": [
            {"Key": "MemberDefined1", "Value": "ModifyDefined1"},
            {"Key": "MemberDefined2", "Value": "ModifyDefined2"}
          ]
        },
        {
          "Member_Account": "peter",
          "Role": "Member",
          "AppMemberDefinedData": [
            {"Key": "MemberDefined1", "Value": "ModifyDefined1"},
            {"Key": "MemberDefined2", "Value": "ModifyDefined2"}
          ]
        }
      ]
    }
  ]
}"#,
        );
    }

    /// `GetGroupMemberInfo` example `basic`: the request.
    #[test]
    fn get_group_member_info_basic_request() {
        request::<GetGroupMemberInfoRequest>(r#"{
    "GroupId":"@TGS#1NVTZEAE4"
}"#);
    }

    /// `GetGroupMemberInfo` example `basic`: the response.
    #[test]
    fn get_group_member_info_basic_response() {
        response::<
            Envelope<GetGroupMemberInfoResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MemberNum": 2,
    "MemberList": [
        {
            "Member_Account": "bob",
            "Role": "Owner",
            "JoinTime": 1425976500,
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500,
            "ShutUpUntil": 1431069882,
            "AppMemberDefinedData": [
                {
                   "Key": "MemberDefined1",
                   "Value": "ModifyDefined1"
                },
                {
                    "Key": "MemberDefined2",
                    "Value": "ModifyDefined2"
                }
             ]
        },
        {
            "Member_Account": "peter",
            "Role": "Member",
            "JoinTime": 1425976500,
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500,
            "ShutUpUntil": 0,
            "AppMemberDefinedData": [
                {
                   "Key": "MemberDefined1",
                   "Value": "ModifyDefined1"
                },
                {
                    "Key": "MemberDefined2",
                    "Value": "ModifyDefined2"
                }
             ]
        }
    ]
}"#,
        );
    }

    /// `GetGroupMemberInfo` example `pagination`: the request.
    #[test]
    fn get_group_member_info_pagination_request() {
        request::<
            GetGroupMemberInfoRequest,
        >(r#"{
    "GroupId":"@TGS#1NVTZEAE4",
    "Limit": 100,
    "Offset": 0
}"#);
    }

    /// `GetGroupMemberInfo` example `specified information`: the request.
    #[test]
    fn get_group_member_info_specified_information_request() {
        request::<
            GetGroupMemberInfoRequest,
        >(
            r#"{
    "GroupId":"@TGS#1NVTZEAE4",
    "MemberInfoFilter": [
        "Role",
        "JoinTime",
        "MsgSeq",
        "MsgFlag",
        "LastSendMsgTime",
        "ShutUpUntil",
        "NameCard"
    ]
}"#,
        );
    }

    /// `GetGroupMemberInfo` example `members in a role`: the request.
    #[test]
    fn get_group_member_info_members_in_a_role_request() {
        request::<
            GetGroupMemberInfoRequest,
        >(
            r#"{
    "GroupId":"@TGS#37AB3PAEC",
    "MemberRoleFilter":[
        "Owner",
        "Member"
    ]
}"#,
        );
    }

    /// `GetGroupMemberInfo` example `members in a role`: the response.
    #[test]
    fn get_group_member_info_members_in_a_role_response() {
        response::<
            Envelope<GetGroupMemberInfoResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "MemberList": [
        {
            "JoinTime": 1450680436,
            "LastSendMsgTime": 0,
            "Member_Account": "Test_1",
            "MsgFlag": "AcceptNotNotify",
            "MsgSeq": 1,
            "NameCard": "",
            "Role": "Owner",
            "ShutUpUntil": 0
        },
        {
            "JoinTime": 1450680436,
            "LastSendMsgTime": 0,
            "Member_Account": "Test_6",
            "MsgFlag": "AcceptNotNotify",
            "MsgSeq": 1,
            "NameCard": "",
            "Role": "Admin",
            "ShutUpUntil": 0
        }
    ],
    "MemberNum": 8
}"#,
        );
    }

    /// `GetGroupMemberInfo` example `custom member fields`: the request.
    #[test]
    fn get_group_member_info_custom_member_fields_request() {
        request::<
            GetGroupMemberInfoRequest,
        >(
            r#"{
    "GroupId":"@TGS#37AB3PAEC",
    "AppDefinedDataFilter_GroupMember": [
        "MemberDefined2"
    ]
}"#,
        );
    }

    /// `GetGroupMemberInfo` example `all in one`: the request.
    #[test]
    fn get_group_member_info_all_in_one_request() {
        request::<
            GetGroupMemberInfoRequest,
        >(
            r#"{
    "GroupId":"@TGS#1NVTZEAE4",
    "MemberInfoFilter": [
        "Role",
        "JoinTime",
        "MsgSeq",
        "MsgFlag",
        "LastSendMsgTime",
        "ShutUpUntil",
        "NameCard"
    ],
   "MemberRoleFilter":[
        "Owner",
        "Member"
    ],
   "AppDefinedDataFilter_GroupMember": [
        "MemberDefined2",
        "MemberDefined1"
    ],
    "Limit": 100,
    "Offset": 0
}"#,
        );
    }

    /// `GetGroupMemberInfo` example `community`: the request.
    #[test]
    fn get_group_member_info_community_request() {
        request::<
            GetGroupMemberInfoRequest,
        >(
            r#"{
    "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ",
    "Limit": 100,
    "Next": ""
}"#,
        );
    }

    /// `GetGroupMutedAccount` example `basic`: the request.
    #[test]
    fn get_group_muted_account_basic_request() {
        request::<GetGroupMutedAccountRequest>(r#"{
    "GroupId":"@TGS#1KGZ2RAEU"
}"#);
    }

    /// `GetGroupMutedAccount` example `basic`: the response.
    #[test]
    fn get_group_muted_account_basic_response() {
        response::<
            Envelope<GetGroupMutedAccountResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "GroupId": "@TGS#1KGZ2RAEU",
    "ShuttedUinList": [
        {
            "Member_Account": "peter",
            "ShuttedUntil": 1458115189
        }
    ]
}"#,
        );
    }

    /// `GetJoinedGroupList` example `basic`: the request.
    #[test]
    fn get_joined_group_list_basic_request() {
        request::<GetJoinedGroupListRequest>(r#"{
  "Member_Account": "leckie"
}"#);
    }

    /// `GetJoinedGroupList` example `basic`: the response.
    #[test]
    fn get_joined_group_list_basic_response() {
        response::<
            Envelope<GetJoinedGroupListResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "TotalCount": 2,
  "GroupIdList": [
    {"GroupId": "@TGS#2J4SZEAEL"},
    {"GroupId": "@TGS#2C5SZEAEF"}
  ]
}"#,
        );
    }

    /// `GetJoinedGroupList` example `paged`: the request.
    #[test]
    fn get_joined_group_list_paged_request() {
        request::<
            GetJoinedGroupListRequest,
        >(r#"{
  "Member_Account": "leckie",
  "Limit": 10,
  "Offset": 0
}"#);
    }

    /// `GetJoinedGroupList` example `filtered`: the request.
    #[test]
    fn get_joined_group_list_filtered_request() {
        request::<
            GetJoinedGroupListRequest,
        >(
            r#"{
  "Member_Account": "leckie",
  "GroupType": "Public",
  "ResponseFilter": {
    "GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"],
    "SelfInfoFilter": ["Role", "JoinTime"]
  }
}"#,
        );
    }

    /// `GetMembers` example `basic`: the request.
    #[test]
    fn get_members_basic_request() {
        request::<
            GetMembersRequest,
        >(r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "Timestamp": 0
}"#);
    }

    /// `GetMembers` example `basic`: the response.
    #[test]
    fn get_members_basic_response() {
        response::<
            Envelope<GetMembersResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorCode": 0,
  "ErrorInfo": "",
  "MemberList": [
    {
      "JoinTime": 1657773110,
      "Member_Account": "teacher2",
      "NickName": "Teacher t02",
      "Avatar": "http://www.example.com/teacher2.jpg"
    }
  ],
  "NextTimestamp": 0
}"#,
        );
    }

    /// `GetMembers` example `by mark`: the request.
    #[test]
    fn get_members_by_mark_request() {
        request::<
            GetMembersRequest,
        >(r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "Mark": 1000,
  "Timestamp": 0
}"#);
    }

    /// `GetOnlineMemberNum` example `basic`: the request.
    #[test]
    fn get_online_member_num_basic_request() {
        request::<GetOnlineMemberNumRequest>(r#"{
  "GroupId": "@TGS#a6I4ZUUGO"
}"#);
    }

    /// `GetOnlineMemberNum` example `basic`: the response.
    #[test]
    fn get_online_member_num_basic_response() {
        response::<
            Envelope<GetOnlineMemberNumResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "OnlineMemberNum": 1000
}"#,
        );
    }

    /// `GetRoleInGroup` example `basic`: the request.
    #[test]
    fn get_role_in_group_basic_request() {
        request::<
            GetRoleInGroupRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "User_Account": ["leckie", "peter", "wesley"]
}"#,
        );
    }

    /// `GetRoleInGroup` example `basic`: the response.
    #[test]
    fn get_role_in_group_basic_response() {
        response::<
            Envelope<GetRoleInGroupResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "UserIdList": [
        {
            "Member_Account": "leckie",
            "Role": "Owner"
        },
        {
            "Member_Account": "peter",
            "Role": "Member"
        },
        {
            "Member_Account": "wesley",
            "Role": "NotMember"
        }
    ]
}"#,
        );
    }

    /// `GroupMsgGetSimple` example `latest`: the request.
    #[test]
    fn group_msg_get_simple_latest_request() {
        request::<
            GroupMsgGetSimpleRequest,
        >(r#"{
    "GroupId": "@TGS#15ERQPAER",
    "ReqMsgNumber": 2
}"#);
    }

    /// `GroupMsgGetSimple` example `latest`: the response.
    #[test]
    fn group_msg_get_simple_latest_response() {
        response::<
            Envelope<GroupMsgGetSimpleResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "@TGS#15ERQPAER",
    "IsFinished": 1,
    "RspMsgList": [
        {
            "From_Account": "144115197276518801",
            "IsPlaceMsg": 0,
            "MsgBody": [
                {
                    "MsgContent": {
                        "Data": "\b\u0001\u0010\u0006\u001a\u0006猫瞳",
                        "Desc": "MIF",
                        "Ext": ""
                    },
                    "MsgType": "TIMCustomElem"
                },
                {
                    "MsgContent": {
                        "Data": "",
                        "Index": 15
                    },
                    "MsgType": "TIMFaceElem"
                }
            ],
            "MsgPriority": 1,
            "MsgRandom": 51083293,
            "MsgSeq": 7803321,
            "MsgTimeStamp": 1458721802
        },
        {
            "From_Account": "144115198339527735",
            "IsPlaceMsg": 0,
            "MsgBody": [
                {
                    "MsgContent": {
                        "Data": "\b\u0001\u0010\u0006\u001a\u000f西瓜妹妹。",
                        "Desc": "MIF",
                        "Ext": ""
                    },
                    "MsgType": "TIMCustomElem"
                },
                {
                    "MsgContent": {
                        "Text": "报上来"
                    },
                    "MsgType": "TIMTextElem"
                }
            ],
            "MsgPriority": 1,
            "MsgRandom": 235168582,
            "MsgSeq": 7803320,
            "MsgTimeStamp": 1458721797
        }
    ]
}"#,
        );
    }

    /// `GroupMsgGetSimple` example `by seq`: the request.
    #[test]
    fn group_msg_get_simple_by_seq_request() {
        request::<
            GroupMsgGetSimpleRequest,
        >(
            r#"{
    "GroupId": "@TGS#15ERQPAER",
    "ReqMsgSeq": 7803321,
    "ReqMsgNumber": 2
}"#,
        );
    }

    /// `GroupMsgGetSimple` example `an image as stored`: the response.
    #[test]
    fn group_msg_get_simple_an_image_as_stored_response() {
        response::<
            Envelope<GroupMsgGetSimpleResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "@TGS#15ERQPAER",
    "IsFinished": 1,
    "RspMsgList": [
        {
            "From_Account": "leckie",
            "IsPlaceMsg": 0,
            "MsgBody": [
                {
                    "MsgType": "TIMImageElem",
                    "MsgContent": {
                        "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F",
                        "ImageFormat": 1,
                        "Type": 1,
                        "Size": 1853095,
                        "Width": 2448,
                        "Height": 3264,
                        "URL": "https://example.com/original.jpg"
                    }
                }
            ],
            "MsgPriority": 2,
            "MsgRandom": 8912345,
            "MsgSeq": 12,
            "MsgTimeStamp": 1497249503
        }
    ]
}"#,
        );
    }

    /// `GroupMsgRecall` example `doc`: the request.
    #[test]
    fn group_msg_recall_doc_request() {
        request::<
            GroupMsgRecallRequest,
        >(
            r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MsgSeqList": [
    {
      "MsgSeq": 100
    },
    {
      "MsgSeq": 101
    }
  ]
}"#,
        );
    }

    /// `GroupMsgRecall` example `doc`: the response.
    #[test]
    fn group_msg_recall_doc_response() {
        response::<
            Envelope<GroupMsgRecallResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "RecallRetList": [
    {
      "MsgSeq": 100,
      "RetCode": 10030
    },
    {
      "MsgSeq": 101,
      "RetCode": 0
    }
  ]
}"#,
        );
    }

    /// `ImportGroup` example `basic`: the request.
    #[test]
    fn import_group_basic_request() {
        request::<
            ImportGroupRequest,
        >(
            r#"{
  "Owner_Account": "leckie",
  "Type": "Public",
  "Name": "TestGroup",
  "CreateTime": 1448357837
}"#,
        );
    }

    /// `ImportGroup` example `basic`: the response.
    #[test]
    fn import_group_basic_response() {
        response::<
            Envelope<ImportGroupResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupId": "@TGS#2J4SZEAEL"
}"#,
        );
    }

    /// `ImportGroup` example `community`: the request.
    #[test]
    fn import_group_community_request() {
        request::<
            ImportGroupRequest,
        >(
            r#"{
  "Type": "Community",
  "Name": "test_import_group",
  "SupportTopic": 1
}"#,
        );
    }

    /// `ImportGroup` example `community`: the response.
    #[test]
    fn import_group_community_response() {
        response::<
            Envelope<ImportGroupResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupId": "@TGS#_@TGS#c4YHCIIM62CX"
}"#,
        );
    }

    /// `ImportGroup` example `all fields`: the request.
    #[test]
    fn import_group_all_fields_request() {
        request::<
            ImportGroupRequest,
        >(
            r#"{
  "Owner_Account": "leckie",
  "Type": "Public",
  "GroupId": "MyFirstGroup",
  "Name": "TestGroup",
  "Introduction": "This is group Introduction",
  "Notification": "This is group Notification",
  "FaceUrl": "http://this.is.face.url",
  "MaxMemberCount": 500,
  "ApplyJoinOption": "FreeAccess",
  "CreateTime": 1448357837,
  "AppDefinedData": [
    {"Key": "GroupTestData1", "Value": "xxxxx"},
    {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}
  ]
}"#,
        );
    }

    /// `ImportGroup` example `all fields`: the response.
    #[test]
    fn import_group_all_fields_response() {
        response::<
            Envelope<ImportGroupResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "GroupId": "MyFirstGroup"
}"#,
        );
    }

    /// `ImportGroupMember` example `basic`: the request.
    #[test]
    fn import_group_member_basic_request() {
        request::<
            ImportGroupMemberRequest,
        >(
            r#"{
  "GroupId": "@TGS#2J4SZEAEL",
  "MemberList": [
    {
      "Member_Account": "tommy",
      "Role": "Admin",
      "JoinTime": 1448357837,
      "UnreadMsgNum": 5
    },
    {
      "Member_Account": "jared",
      "JoinTime": 1448357857,
      "UnreadMsgNum": 2
    }
  ]
}"#,
        );
    }

    /// `ImportGroupMember` example `basic`: the response.
    #[test]
    fn import_group_member_basic_response() {
        response::<
            Envelope<ImportGroupMemberResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "MemberList": [
    {
      "Member_Account": "tommy",
      "Result": 1
    },
    {
      "Member_Account": "jared",
      "Result": 1
    }
  ]
}"#,
        );
    }

    /// `ImportGroupMsg` example `doc`: the request.
    #[test]
    fn import_group_msg_doc_request() {
        request::<
            ImportGroupMsgRequest,
        >(
            r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "RecentContactFlag": 1,
  "MsgList": [
    {
      "From_Account": "leckie",
      "SendTime": 1620808101,
      "Random": 8912345,
      "MsgBody": [
        {
          "MsgType": "TIMTextElem",
          "MsgContent": {
            "Text": "red packet"
          }
        },
        {
          "MsgType": "TIMFaceElem",
          "MsgContent": {
            "Index": 6,
            "Data": "abc\u0000\u0001"
          }
        }
      ]
    },
    {
      "From_Account": "peter",
      "SendTime": 1620892821,
      "MsgBody": [
        {
          "MsgType": "TIMTextElem",
          "MsgContent": {
            "Text": "red packet"
          }
        }
      ]
    }
  ]
}"#,
        );
    }

    /// `ImportGroupMsg` example `doc`: the response.
    #[test]
    fn import_group_msg_doc_response() {
        response::<
            Envelope<ImportGroupMsgResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0,
  "ImportMsgResult": [
    {
      "MsgSeq": 1,
      "MsgTime": 1620808101,
      "Result": 0
    },
    {
      "MsgSeq": 2,
      "MsgTime": 1620892821,
      "Result": 0
    }
  ]
}"#,
        );
    }

    /// `ImportMsg` example `real time`: the request.
    #[test]
    fn import_msg_real_time_request() {
        request::<
            ImportMsgRequest,
        >(
            r#"{
    "SyncFromOldSystem": 1,
    "From_Account": "lumotuwe1",
    "To_Account": "lumotuwe2",
    "MsgSeq": 827092,
    "MsgRandom": 1287657,
    "MsgTimeStamp": 1556178721,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "hi, beauty"
            }
        }
    ],
    "CloudCustomData": "your cloud custom data"
}"#,
        );
    }

    /// `ImportMsg` example `real time`: the response.
    #[test]
    fn import_msg_real_time_response() {
        response::<
            Envelope<ImportMsgResponse>,
        >(r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
}"#);
    }

    /// `ModifyGroupBaseInfo` example `basic information`: the request.
    #[test]
    fn modify_group_base_info_basic_information_request() {
        request::<
            ModifyGroupBaseInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "Name": "NewName",
  "Introduction": "NewIntroduction",
  "Notification": "NewNotification",
  "FaceUrl": "http://this.is.new.face.url",
  "MaxMemberNum": 500,
  "ApplyJoinOption": "NeedPermission",
  "MuteAllMember": "On"
}"#,
        );
    }

    /// `ModifyGroupBaseInfo` example `basic information`: the response.
    #[test]
    fn modify_group_base_info_basic_information_response() {
        response::<
            Envelope<ModifyGroupBaseInfoResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }

    /// `ModifyGroupBaseInfo` example `earlier form`: the request.
    #[test]
    fn modify_group_base_info_earlier_form_request() {
        request::<
            ModifyGroupBaseInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "Name": "NewName",
  "Introduction": "NewIntroduction",
  "Notification": "NewNotification",
  "FaceUrl": "http://this.is.new.face.url",
  "MaxMemberNum": 500,
  "ApplyJoinOption": "NeedPermission",
  "ShutUpAllMember": "On"
}"#,
        );
    }

    /// `ModifyGroupBaseInfo` example `custom fields`: the request.
    #[test]
    fn modify_group_base_info_custom_fields_request() {
        request::<
            ModifyGroupBaseInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#1NVTZEAE4",
  "AppDefinedData": [
    {"Key": "GroupTestData1", "Value": "NewData"}
  ]
}"#,
        );
    }

    /// `ModifyGroupMemberInfo` example `set an admin`: the request.
    #[test]
    fn modify_group_member_info_set_an_admin_request() {
        request::<
            ModifyGroupMemberInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "Role": "Admin"
}"#,
        );
    }

    /// `ModifyGroupMemberInfo` example `set an admin`: the response.
    #[test]
    fn modify_group_member_info_set_an_admin_response() {
        response::<
            Envelope<ModifyGroupMemberInfoResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }

    /// `ModifyGroupMemberInfo` example `cancel an admin`: the request.
    #[test]
    fn modify_group_member_info_cancel_an_admin_request() {
        request::<
            ModifyGroupMemberInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "Role": "Member"
}"#,
        );
    }

    /// `ModifyGroupMemberInfo` example `message blocking type`: the request.
    #[test]
    fn modify_group_member_info_message_blocking_type_request() {
        request::<
            ModifyGroupMemberInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "MsgFlag": "AcceptAndNotify"
}"#,
        );
    }

    /// `ModifyGroupMemberInfo` example `name card`: the request.
    #[test]
    fn modify_group_member_info_name_card_request() {
        request::<
            ModifyGroupMemberInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "NameCard": "bob"
}"#,
        );
    }

    /// `ModifyGroupMemberInfo` example `custom member fields`: the request.
    #[test]
    fn modify_group_member_info_custom_member_fields_request() {
        request::<
            ModifyGroupMemberInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "AppMemberDefinedData": [
    {
      "Key": "MemberDefined1",
      "Value": "ModifyData1"
    },
    {
      "Key": "MemberDefined3",
      "Value": "ModifyData3"
    }
  ]
}"#,
        );
    }

    /// `ModifyGroupMemberInfo` example `muting period`: the request.
    #[test]
    fn modify_group_member_info_muting_period_request() {
        request::<
            ModifyGroupMemberInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "ShutUpTime": 86400
}"#,
        );
    }

    /// `ModifyUserInfo` example `set`: the request.
    #[test]
    fn modify_user_info_set_request() {
        request::<
            ModifyUserInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "CommandType": 1,
  "MemberList": [
    {"Member_Account": "teacher10", "Marks": [1000]},
    {"Member_Account": "student9", "Marks": [1001]}
  ]
}"#,
        );
    }

    /// `ModifyUserInfo` example `set`: the response.
    #[test]
    fn modify_user_info_set_response() {
        response::<
            Envelope<ModifyUserInfoResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorCode": 0,
  "ErrorInfo": "",
  "CommandType": 1,
  "MemberList": [
    {"Member_Account": "teacher10", "Marks": [1000]},
    {"Member_Account": "student9", "Marks": [1001]}
  ]
}"#,
        );
    }

    /// `ModifyUserInfo` example `delete`: the request.
    #[test]
    fn modify_user_info_delete_request() {
        request::<
            ModifyUserInfoRequest,
        >(
            r#"{
  "GroupId": "@TGS#a6I4ZUUGO",
  "CommandType": 2,
  "MemberList": [
    {"Member_Account": "teacher10", "Marks": [1000]},
    {"Member_Account": "student9", "Marks": [1001]}
  ]
}"#,
        );
    }

    /// `MultiaccountImport` example `old version`: the request.
    #[test]
    fn multiaccount_import_old_version_request() {
        request::<
            MultiaccountImportRequest,
        >(r#"{
  "Accounts": ["UserID_001", "UserID_002", "UserID_003"]
}"#);
    }

    /// `MultiaccountImport` example `new version`: the request.
    #[test]
    fn multiaccount_import_new_version_request() {
        request::<
            MultiaccountImportRequest,
        >(
            r#"{
  "AccountList": [
    {"UserID": "UserID_001", "Nick": "Nick_001", "FaceUrl": "http://www.qq.com"},
    {"UserID": "UserID_002", "Nick": "Nick_002", "FaceUrl": "http://www.qq.com"},
    {"UserID": "UserID_002", "Nick": "Nick_001", "FaceUrl": "http://www.qq.com"}
  ]
}"#,
        );
    }

    /// `MultiaccountImport` example `new version`: the response.
    #[test]
    fn multiaccount_import_new_version_response() {
        response::<
            Envelope<MultiaccountImportResponse>,
        >(
            r#"{
  "ActionStatus": "OK",
  "ErrorCode": 0,
  "ErrorInfo": "",
  "FailAccounts": ["UserID_002", "UserID_003"]
}"#,
        );
    }

    /// `SendGroupMsg` example `basic`: the request.
    #[test]
    fn send_group_msg_basic_request() {
        request::<
            SendGroupMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "red packet"
            }
        },
        {
            "MsgType": "TIMFaceElem",
            "MsgContent": {
                "Index": 6,
                "Data": "abc\u0000\u0001"
            }
        }
    ],
    "CloudCustomData": "your cloud custom data",
    "SupportMessageExtension": 0,
    "OfflinePushInfo": {
        "PushFlag": 0,
        "Desc": "Content to push offline",
        "Ext": "Passthrough content",
        "AndroidInfo": {
            "Sound": "android.mp3"
        },
        "ApnsInfo": {
            "Sound": "apns.mp3",
            "BadgeMode": 1,
            "Title":"apns title",
            "SubTitle":"apns subtitle",
            "Image":"www.image.com"
        }
    }
}"#,
        );
    }

    /// `SendGroupMsg` example `basic`: the response.
    #[test]
    fn send_group_msg_basic_response() {
        response::<
            Envelope<SendGroupMsgResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MsgTime": 1497249503,
    "MsgSeq": 1
}"#,
        );
    }

    /// `SendGroupMsg` example `sender`: the request.
    #[test]
    fn send_group_msg_sender_request() {
        request::<
            SendGroupMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "From_Account": "leckie",
    "Random": 8912345,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "red packet"
            }
        },
        {
            "MsgType": "TIMFaceElem",
            "MsgContent": {
                "Index": 6,
                "Data": "abc\u0000\u0001"
            }
        }
    ]
}"#,
        );
    }

    /// `SendGroupMsg` example `no conversation update`: the request.
    #[test]
    fn send_group_msg_no_conversation_update_request() {
        request::<
            SendGroupMsgRequest,
        >(
            r#"{
     "GroupId": "@TGS#2C5SZEAEF",
     "Random": 8912345,
     "SendMsgControl":["NoLastMsg"],
     "MsgBody": [
         {
             "MsgType": "TIMTextElem",
             "MsgContent": {
                 "Text": "red packet"
             }
         },
         {
             "MsgType": "TIMFaceElem",
             "MsgContent": {
                 "Index": 6,
                 "Data": "abc\u0000\u0001"
             }
         }
     ]
 }"#,
        );
    }

    /// `SendGroupMsg` example `priority`: the request.
    #[test]
    fn send_group_msg_priority_request() {
        request::<
            SendGroupMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345,
    "MsgPriority": "High",
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "red packet"
            }
        },
        {
            "MsgType": "TIMFaceElem",
            "MsgContent": {
                "Index": 6,
                "Data": "abc\u0000\u0001"
            }
        }
    ]
}"#,
        );
    }

    /// `SendGroupMsg` example `forbid callbacks`: the request.
    #[test]
    fn send_group_msg_forbid_callbacks_request() {
        request::<
            SendGroupMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345,
    "ForbidCallbackControl":[
        "ForbidBeforeSendMsgCallback",
        "ForbidAfterSendMsgCallback"],
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "red packet"
            }
        },
        {
            "MsgType": "TIMFaceElem",
            "MsgContent": {
                "Index": 6,
                "Data": "abc\u0000\u0001"
            }
        }
    ]
}"#,
        );
    }

    /// `SendGroupMsg` example `group at`: the request.
    #[test]
    fn send_group_msg_group_at_request() {
        request::<
            SendGroupMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "red @all @tommy @brennanli packet"
            }
        }
    ],
    "GroupAtInfo":[
    {
        "GroupAtAllFlag":1
    },
    {
        "GroupAtAllFlag":0,
        "GroupAt_Account":"tommy"
    },
    {
        "GroupAtAllFlag":0,
        "GroupAt_Account":"brennanli"
    }
    ]
}"#,
        );
    }

    /// `SendGroupMsg` example `online only`: the request.
    #[test]
    fn send_group_msg_online_only_request() {
        request::<
            SendGroupMsgRequest,
        >(
            r#"{
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345,
    "OnlineOnlyFlag": 1,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "red packet"
            }
        },
        {
            "MsgType": "TIMFaceElem",
            "MsgContent": {
                "Index": 6,
                "Data": "abc\u0000\u0001"
            }
        }
    ]
}"#,
        );
    }

    /// `SendGroupSystemNotification` example `to all members`: the request.
    #[test]
    fn send_group_system_notification_to_all_members_request() {
        request::<
            SendGroupSystemNotificationRequest,
        >(r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "Content": "Hello World"
}"#);
    }

    /// `SendGroupSystemNotification` example `to all members`: the response.
    #[test]
    fn send_group_system_notification_to_all_members_response() {
        response::<
            Envelope<SendGroupSystemNotificationResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }

    /// `SendGroupSystemNotification` example `to specific members`: the request.
    #[test]
    fn send_group_system_notification_to_specific_members_request() {
        request::<
            SendGroupSystemNotificationRequest,
        >(
            r#"{
  "GroupId": "@TGS#2C5SZEAEF",
  "ToMembers_Account": ["peter", "leckie"],
  "Content": "Hello World"
}"#,
        );
    }

    /// `SendMsg` example `no sync to the sender`: the request.
    #[test]
    fn send_msg_no_sync_to_the_sender_request() {
        request::<
            SendMsgRequest,
        >(
            r#"{
    "SyncOtherMachine": 2,
    "To_Account": "lumotuwe2",
    "MsgSeq": 93847636,
    "MsgRandom": 1287657,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "hi, beauty"
            }
        }
    ],
    "CloudCustomData": "your cloud custom data",
    "SupportMessageExtension": 0
}"#,
        );
    }

    /// `SendMsg` example `no sync to the sender`: the response.
    #[test]
    fn send_msg_no_sync_to_the_sender_response() {
        response::<
            Envelope<SendMsgResponse>,
        >(
            r#"{
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MsgTime": 1573192060,
    "MsgKey": "93847636_1287657_1573192060"
}"#,
        );
    }

    /// `SendMsg` example `as another account`: the request.
    #[test]
    fn send_msg_as_another_account_request() {
        request::<
            SendMsgRequest,
        >(
            r#"{
    "SyncOtherMachine": 1,
    "From_Account": "lumotuwe1",
    "To_Account": "lumotuwe2",
    "MsgSeq": 93847637,
    "MsgRandom": 1287658,
    "MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "hi, beauty"
            }
        }
    ]
}"#,
        );
    }

    /// `SendMsg` example `online only`: the request.
    #[test]
    fn send_msg_online_only_request() {
        request::<
            SendMsgRequest,
        >(
            r#"{
    "From_Account": "lumotuwe1",
    "To_Account": "lumotuwe2",
    "MsgLifeTime": 0,
    "MsgRandom": 1287659,
    "SendMsgControl": ["NoUnread", "NoLastMsg"],
    "MsgBody": [
        {
            "MsgType": "TIMCustomElem",
            "MsgContent": {
                "Data": "typing"
            }
        }
    ]
}"#,
        );
    }

    /// `SetUnreadMsgNum` example `doc`: the request.
    #[test]
    fn set_unread_msg_num_doc_request() {
        request::<
            SetUnreadMsgNumRequest,
        >(
            r#"{
  "GroupId": "@TGS#2CLUZEAEJ",
  "Member_Account": "bob",
  "UnreadMsgNum": 5
}"#,
        );
    }

    /// `SetUnreadMsgNum` example `doc`: the response.
    #[test]
    fn set_unread_msg_num_doc_response() {
        response::<
            Envelope<SetUnreadMsgNumResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }

    /// `UnbanGroupMember` example `basic`: the request.
    #[test]
    fn unban_group_member_basic_request() {
        request::<
            UnbanGroupMemberRequest,
        >(
            r#"{
  "GroupId": "@TGS#aJRGC4MH6",
  "Members_Account": ["brennanli3", "brennanli12"]
}"#,
        );
    }

    /// `UnbanGroupMember` example `basic`: the response.
    #[test]
    fn unban_group_member_basic_response() {
        response::<
            Envelope<UnbanGroupMemberResponse>,
        >(r#"{
  "ActionStatus": "OK",
  "ErrorInfo": "",
  "ErrorCode": 0
}"#);
    }
}

#[cfg(feature = "volcengine-rtc-im")]
mod volcengine_rtc_im {
    use imapi::volcengine_rtc_im::{
        AddBlackListRequest, AddFriendRequest, BatchAddBlockParticipantsRequest,
        BatchAddBlockParticipantsResponse, BatchAddConversationParticipantRequest,
        BatchAddManagerRequest, BatchAddWhitelistParticipantRequest,
        BatchDeleteBlockParticipantsRequest, BatchDeleteBlockParticipantsResponse,
        BatchDeleteConversationParticipantRequest,
        BatchDeleteConversationParticipantResponse, BatchGetBlockParticipantsRequest,
        BatchGetConversationParticipantRequest, BatchGetConversationParticipantResponse,
        BatchGetConversationsRequest, BatchGetUserRequest,
        BatchGetWhitelistParticipantRequest, BatchModifyConversationParticipantRequest,
        BatchRemoveManagerRequest, BatchRemoveManagerResponse,
        BatchRemoveWhitelistParticipantRequest, BatchRemoveWhitelistParticipantResponse,
        BatchSendMessageRequest, BatchUpdateLiveParticipantsRequest,
        BatchUpdateLiveParticipantsResponse, BatchUpdateUserRequest,
        BatchUpdateUserTagsRequest, CreateConversationRequest,
        DeleteConversationMessageRequest, DeleteFriendRequest, DeleteMessageRequest,
        DestroyConversationRequest, DestroyConversationResponse, Envelope,
        GetAppTokenRequest, GetBlackListRequest, GetConversationMarksRequest,
        GetConversationMarksResponse, GetConversationMessagesRequest,
        GetConversationSettingRequest, GetConversationUserCountRequest,
        GetConversationUserCountResponse, GetMessagesReadReceiptRequest,
        GetMessagesRequest, GetParticipantReadIndexRequest, GetUserConversationsRequest,
        IsFriendRequest, IsFriendResponse, IsInBlackListRequest,
        IsUserInConversationRequest, IsUserInConversationResponse, ListFriendRequest,
        MarkConversationRequest, MarkConversationResponse, ModifyConversationRequest,
        ModifyConversationResponse, ModifyConversationSettingRequest,
        ModifyConversationSettingResponse, ModifyMessageRequest, ModifyMessageResponse,
        ModifyParticipantReadIndexRequest, QueryLiveParticipantStatusRequest,
        QueryOnlineStatusRequest, RecallMessageRequest, RegisterUsersRequest,
        RemoveBlackListRequest, ScanConversationParticipantListRequest,
        SendMessageRequest, UnRegisterUsersRequest, UpdateBlackListRequest,
        UpdateFriendRequest, UpdateFriendResponse, UserBroadcastRequest,
    };
    use super::{request, response};

    /// `AddBlackList` example `doc`: the request.
    #[test]
    fn add_black_list_doc_request() {
        request::<
            AddBlackListRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "InboxType": 0,
  "BlackListInfos": [
    {
      "BlackListUserId": 10002,
      "BlackListUserExt": {"key": "value"}
    },
    {
      "BlackListUserId": 10003,
      "BlackListUserExt": {"key": "value"}
    },
    {
      "BlackListUserId": 10004,
      "BlackListUserExt": {"key": "value"}
    }
  ]
}"#,
        );
    }

    /// `AddFriend` example `sdk fields`: the request.
    #[test]
    fn add_friend_sdk_fields_request() {
        request::<
            AddFriendRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "FriendUserIds": [10002],
  "Ext": {"key": "value"},
  "InboxType": 0
}"#,
        );
    }

    /// `BatchAddBlockParticipants` example `doc`: the request.
    #[test]
    fn batch_add_block_participants_doc_request() {
        request::<
            BatchAddBlockParticipantsRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "BlockAction": 0,
  "ParticipantBlockInfos": {
    "10001": 6000,
    "10002": 5000
  }
}"#,
        );
    }

    /// `BatchAddBlockParticipants` example `doc`: the response.
    #[test]
    fn batch_add_block_participants_doc_response() {
        response::<
            Envelope<BatchAddBlockParticipantsResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "BatchAddBlockParticipants",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-beijing"
  },
  "Result": {
    "FailedParticipantUserIds": [10001]
  }
}"#,
        );
    }

    /// `BatchAddConversationParticipant` example `table values`: the request.
    #[test]
    fn batch_add_conversation_participant_table_values_request() {
        request::<
            BatchAddConversationParticipantRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantInfos": [
    {
      "ParticipantUserId": 10001,
      "Level": 1,
      "NickName": "Your_NickName",
      "Role": 0,
      "Ext": {"key": "value"},
      "ReadIndex": 0
    }
  ],
  "Operator": 10,
  "Barrier": false
}"#,
        );
    }

    /// `BatchAddManager` example `sdk values`: the request.
    #[test]
    fn batch_add_manager_sdk_values_request() {
        request::<
            BatchAddManagerRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Operator": 10001,
  "ManagerUserIds": [10002]
}"#,
        );
    }

    /// `BatchAddWhitelistParticipant` example `sdk values`: the request.
    #[test]
    fn batch_add_whitelist_participant_sdk_values_request() {
        request::<
            BatchAddWhitelistParticipantRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Operator": 10,
  "ParticipantUserIds": [10001, 10002]
}"#,
        );
    }

    /// `BatchDeleteBlockParticipants` example `doc`: the request.
    #[test]
    fn batch_delete_block_participants_doc_request() {
        request::<
            BatchDeleteBlockParticipantsRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "BlockAction": 0,
  "ParticipantUserIds": [10001]
}"#,
        );
    }

    /// `BatchDeleteBlockParticipants` example `doc`: the response.
    #[test]
    fn batch_delete_block_participants_doc_response() {
        response::<
            Envelope<BatchDeleteBlockParticipantsResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "BatchDeleteBlockParticipants",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "FailedParticipantUserIds": []
  }
}"#,
        );
    }

    /// `BatchDeleteConversationParticipant` example `doc`: the request.
    #[test]
    fn batch_delete_conversation_participant_doc_request() {
        request::<
            BatchDeleteConversationParticipantRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 2,
  "Operator": 10,
  "ParticipantUserIds": [10001, 10002]
}"#,
        );
    }

    /// `BatchDeleteConversationParticipant` example `doc`: the response.
    #[test]
    fn batch_delete_conversation_participant_doc_response() {
        response::<
            Envelope<BatchDeleteConversationParticipantResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "BatchDeleteConversationParticipant",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "FailedUserIds": []
  }
}"#,
        );
    }

    /// `BatchGetBlockParticipants` example `sdk values`: the request.
    #[test]
    fn batch_get_block_participants_sdk_values_request() {
        request::<
            BatchGetBlockParticipantsRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Cursor": 0,
  "Limit": 20,
  "BlockAction": 0
}"#,
        );
    }

    /// `BatchGetConversationParticipant` example `doc`: the request.
    #[test]
    fn batch_get_conversation_participant_doc_request() {
        request::<
            BatchGetConversationParticipantRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantUserIds": [2, 3]
}"#,
        );
    }

    /// `BatchGetConversationParticipant` example `doc`: the response.
    #[test]
    fn batch_get_conversation_participant_doc_response() {
        response::<
            Envelope<BatchGetConversationParticipantResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "BatchGetConversationParticipant",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "Participants": [
      {
        "ConversationShortId": 1,
        "ParticipantUserId": 10001,
        "Level": 1,
        "NickName": "NickName1",
        "Operator": 10,
        "Status": 0,
        "CreateTime": 1669694619,
        "Ext": {
          "key": "value",
          "s:from": "biz"
        },
        "Role": 1,
        "BlockTime": 0
      },
      {
        "ConversationShortId": 1,
        "ParticipantUserId": 10002,
        "Level": 20,
        "NickName": "NickName2",
        "Operator": 10,
        "Status": 0,
        "CreateTime": 1669694619,
        "Ext": {
          "key": "value",
          "s:from": "biz"
        },
        "Role": 0,
        "BlockTime": 0
      }
    ]
  }
}"#,
        );
    }

    /// `BatchGetConversations` example `table values`: the request.
    #[test]
    fn batch_get_conversations_table_values_request() {
        request::<
            BatchGetConversationsRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": [1],
  "SkipMemberCount": false
}"#,
        );
    }

    /// `BatchGetUser` example `sdk fields`: the request.
    #[test]
    fn batch_get_user_sdk_fields_request() {
        request::<
            BatchGetUserRequest,
        >(r#"{
  "AppId": 0,
  "UserIds": [10001, 10002, 30000]
}"#);
    }

    /// `BatchGetWhitelistParticipant` example `table values`: the request.
    #[test]
    fn batch_get_whitelist_participant_table_values_request() {
        request::<
            BatchGetWhitelistParticipantRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Cursor": 0,
  "Limit": 20
}"#,
        );
    }

    /// `BatchModifyConversationParticipant` example `sdk values`: the request.
    #[test]
    fn batch_modify_conversation_participant_sdk_values_request() {
        request::<
            BatchModifyConversationParticipantRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Operator": 10,
  "ParticipantInfos": [
    {
      "ParticipantUserId": 10002,
      "Level": 2,
      "NickName": "Your_NickName",
      "Ext": {"key": "value"},
      "BlockTime": 0
    }
  ]
}"#,
        );
    }

    /// `BatchRemoveManager` example `doc`: the request.
    #[test]
    fn batch_remove_manager_doc_request() {
        request::<
            BatchRemoveManagerRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Operator": 100001,
  "RemoveManagerUserIds": [10002, 10004]
}"#,
        );
    }

    /// `BatchRemoveManager` example `doc`: the response.
    #[test]
    fn batch_remove_manager_doc_response() {
        response::<
            Envelope<BatchRemoveManagerResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "BatchRemoveManager",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "FailedManagerUserIds": []
  }
}"#,
        );
    }

    /// `BatchRemoveWhitelistParticipant` example `doc`: the request.
    #[test]
    fn batch_remove_whitelist_participant_doc_request() {
        request::<
            BatchRemoveWhitelistParticipantRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Operator": 10,
  "ParticipantUserIds": [10001, 10002]
}"#,
        );
    }

    /// `BatchRemoveWhitelistParticipant` example `doc`: the response.
    #[test]
    fn batch_remove_whitelist_participant_doc_response() {
        response::<
            Envelope<BatchRemoveWhitelistParticipantResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "BatchRemoveWhitelistParticipant",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-beijing"
  },
  "Result": {
    "FailedUserIds": [10001]
  }
}"#,
        );
    }

    /// `BatchSendMessage` example `sdk values`: the request.
    #[test]
    fn batch_send_message_sdk_values_request() {
        request::<
            BatchSendMessageRequest,
        >(
            r#"{
  "AppId": 0,
  "Sender": 10001,
  "Receiver": [10002, 10003],
  "MsgType": 10001,
  "Content": "{\"text\":\"hello\"}"
}"#,
        );
    }

    /// `BatchUpdateLiveParticipants` example `doc`: the request.
    #[test]
    fn batch_update_live_participants_doc_request() {
        request::<
            BatchUpdateLiveParticipantsRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantInfos": [
    {
      "UserId": 10002,
      "AvatarUrl": "https://xxxx.com",
      "NickName": "Nickname1",
      "Ext": {
        "key": "value"
      },
      "Marks": ["Mark1", "Mark2"]
    },
    {
      "UserId": 10001,
      "AvatarUrl": "https://yyyy.com",
      "NickName": "Nickname2",
      "Ext": {
        "key": "value"
      },
      "Marks": ["Mark1", "Mark2"]
    },
    {
      "UserId": 99999,
      "AvatarUrl": "https://xxxx.com",
      "NickName": "Nickname3",
      "Ext": {
        "key": "value"
      },
      "Marks": ["Mark1", "Mark2"]
    }
  ],
  "MarkAction": 1
}"#,
        );
    }

    /// `BatchUpdateLiveParticipants` example `doc`: the response.
    #[test]
    fn batch_update_live_participants_doc_response() {
        response::<
            Envelope<BatchUpdateLiveParticipantsResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "2023092620261328037E0DB0EC6C03DD41",
    "Action": "BatchUpdateLiveParticipants",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "FailedInfos": [
      {
        "UserId": 99999,
        "Code": "ParticipantNotInConversation",
        "Message": "participant not in conversation"
      }
    ]
  }
}"#,
        );
    }

    /// `BatchUpdateUser` example `sdk fields`: the request.
    #[test]
    fn batch_update_user_sdk_fields_request() {
        request::<
            BatchUpdateUserRequest,
        >(
            r#"{
  "AppId": 0,
  "Users": [
    {
      "UserId": 10001,
      "NickName": "NewNickName",
      "Portrait": "https://example.com/new.png",
      "Ext": {"key": "value2"},
      "Tags": ["tag2"]
    }
  ]
}"#,
        );
    }

    /// `BatchUpdateUserTags` example `sdk fields`: the request.
    #[test]
    fn batch_update_user_tags_sdk_fields_request() {
        request::<
            BatchUpdateUserTagsRequest,
        >(
            r#"{
  "AppId": 0,
  "UserIds": [10001, 10002],
  "Tags": ["tag1"],
  "Op": 0
}"#,
        );
    }

    /// `CreateConversation` example `table values`: the request.
    #[test]
    fn create_conversation_table_values_request() {
        request::<
            CreateConversationRequest,
        >(
            r#"{
  "AppId": 0,
  "InboxType": 0,
  "ConversationCoreInfo": {
    "Name": "conversation",
    "AvatarUrl": "http://xxx.com",
    "Description": "Your_Description",
    "ConversationType": 1
  },
  "OwnerUserId": 10001,
  "OtherUserId": 10002
}"#,
        );
    }

    /// `DeleteConversationMessage` example `sdk values`: the request.
    #[test]
    fn delete_conversation_message_sdk_values_request() {
        request::<
            DeleteConversationMessageRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MessageId": 10001,
  "DeleteType": 0
}"#,
        );
    }

    /// `DeleteFriend` example `sdk fields`: the request.
    #[test]
    fn delete_friend_sdk_fields_request() {
        request::<
            DeleteFriendRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "DeleteUserIds": [2000],
  "InboxType": 0
}"#,
        );
    }

    /// `DeleteMessage` example `sdk values`: the request.
    #[test]
    fn delete_message_sdk_values_request() {
        request::<
            DeleteMessageRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MessageId": 10001,
  "ParticipantUserId": 10002
}"#,
        );
    }

    /// `DestroyConversation` example `doc`: the request.
    #[test]
    fn destroy_conversation_doc_request() {
        request::<
            DestroyConversationRequest,
        >(r#"{
  "AppId": 0,
  "OwnerUserId": 10001,
  "ConversationShortId": 1
}"#);
    }

    /// `DestroyConversation` example `doc`: the response.
    #[test]
    fn destroy_conversation_doc_response() {
        response::<
            Envelope<DestroyConversationResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "DestroyConversation",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {}
}"#,
        );
    }

    /// `GetAppToken` example `sdk values`: the request.
    #[test]
    fn get_app_token_sdk_values_request() {
        request::<
            GetAppTokenRequest,
        >(r#"{
  "AppId": 0,
  "UserId": 10001,
  "ExpireTime": 4102444800000
}"#);
    }

    /// `GetBlackList` example `sdk fields`: the request.
    #[test]
    fn get_black_list_sdk_fields_request() {
        request::<
            GetBlackListRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "Cursor": 0,
  "Limit": 20,
  "NeedTotal": true,
  "InboxType": 0
}"#,
        );
    }

    /// `GetConversationMarks` example `doc`: the request.
    #[test]
    fn get_conversation_marks_doc_request() {
        request::<
            GetConversationMarksRequest,
        >(r#"{
  "AppId": 0,
  "ConversationShortId": 1
}"#);
    }

    /// `GetConversationMarks` example `doc`: the response.
    #[test]
    fn get_conversation_marks_doc_response() {
        response::<
            Envelope<GetConversationMarksResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "GetConversationMarks",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "MarkTypes": [
      "Mark1",
      "Mark2"
    ]
  }
}"#,
        );
    }

    /// `GetConversationMessages` example `table values`: the request.
    #[test]
    fn get_conversation_messages_table_values_request() {
        request::<
            GetConversationMessagesRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Cursor": 1666495802476129,
  "Limit": 3,
  "Reverse": 0
}"#,
        );
    }

    /// `GetConversationSetting` example `table values`: the request.
    #[test]
    fn get_conversation_setting_table_values_request() {
        request::<
            GetConversationSettingRequest,
        >(
            r#"{
  "AppId": 0,
  "ParticipantUserId": 10001,
  "ConversationShortId": 1,
  "NoReadIndex": false
}"#,
        );
    }

    /// `GetConversationUserCount` example `doc`: the request.
    #[test]
    fn get_conversation_user_count_doc_request() {
        request::<
            GetConversationUserCountRequest,
        >(r#"{
  "AppId": 0,
  "ConversationShortId": 1
}"#);
    }

    /// `GetConversationUserCount` example `doc`: the response.
    #[test]
    fn get_conversation_user_count_doc_response() {
        response::<
            Envelope<GetConversationUserCountResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "GetConversationUserCount",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "Count": 7
  }
}"#,
        );
    }

    /// `GetMessages` example `table values`: the request.
    #[test]
    fn get_messages_table_values_request() {
        request::<
            GetMessagesRequest,
        >(r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MessageIds": [10003]
}"#);
    }

    /// `GetMessagesReadReceipt` example `sdk values`: the request.
    #[test]
    fn get_messages_read_receipt_sdk_values_request() {
        request::<
            GetMessagesReadReceiptRequest,
        >(r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MessageIds": [10001]
}"#);
    }

    /// `GetParticipantReadIndex` example `conversation 1`: the request.
    #[test]
    fn get_participant_read_index_conversation_1_request() {
        request::<
            GetParticipantReadIndexRequest,
        >(r#"{
  "AppId": 0,
  "ConversationShortId": 1
}"#);
    }

    /// `GetUserConversations` example `table values`: the request.
    #[test]
    fn get_user_conversations_table_values_request() {
        request::<
            GetUserConversationsRequest,
        >(
            r#"{
  "AppId": 0,
  "ParticipantUserId": 10001,
  "DataType": 0,
  "Cursor": 0,
  "Limit": 2,
  "SkipMemberCount": true,
  "InboxType": 0
}"#,
        );
    }

    /// `IsFriend` example `doc`: the request.
    #[test]
    fn is_friend_doc_request() {
        request::<
            IsFriendRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "InboxType": 0,
  "FriendUserIds": [10002, 2000]
}"#,
        );
    }

    /// `IsFriend` example `doc`: the response.
    #[test]
    fn is_friend_doc_response() {
        response::<
            Envelope<IsFriendResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "IsFriend",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "Infos": [
      {
        "FriendUserId": 10002,
        "IsFriend": false
      },
      {
        "FriendUserId": 2000,
        "IsFriend": true
      }
    ]
  }
}"#,
        );
    }

    /// `IsInBlackList` example `sdk fields`: the request.
    #[test]
    fn is_in_black_list_sdk_fields_request() {
        request::<
            IsInBlackListRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "BlackListUserIds": [10003, 10002],
  "InboxType": 0
}"#,
        );
    }

    /// `IsUserInConversation` example `doc`: the request.
    #[test]
    fn is_user_in_conversation_doc_request() {
        request::<
            IsUserInConversationRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantUserId": 10001
}"#,
        );
    }

    /// `IsUserInConversation` example `doc`: the response.
    #[test]
    fn is_user_in_conversation_doc_response() {
        response::<
            Envelope<IsUserInConversationResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "IsUserInConversation",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "IsUserInConversation": true
  }
}"#,
        );
    }

    /// `ListFriend` example `sdk fields`: the request.
    #[test]
    fn list_friend_sdk_fields_request() {
        request::<
            ListFriendRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "Cursor": 0,
  "Limit": 20,
  "NeedTotal": true,
  "InboxType": 0
}"#,
        );
    }

    /// `MarkConversation` example `doc`: the request.
    #[test]
    fn mark_conversation_doc_request() {
        request::<
            MarkConversationRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MarkTypes": ["Mark1", "Mark2"],
  "MarkAction": 1,
  "Operator": 10001
}"#,
        );
    }

    /// `MarkConversation` example `doc`: the response.
    #[test]
    fn mark_conversation_doc_response() {
        response::<
            Envelope<MarkConversationResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "MarkConversation",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {}
}"#,
        );
    }

    /// `ModifyConversation` example `doc`: the request.
    #[test]
    fn modify_conversation_doc_request() {
        request::<
            ModifyConversationRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationCoreInfo": {
    "ConversationShortId": 1,
    "Ext": {
      "key": "value"
    },
    "OwnerUserId": 100001
  }
}"#,
        );
    }

    /// `ModifyConversation` example `doc`: the response.
    #[test]
    fn modify_conversation_doc_response() {
        response::<
            Envelope<ModifyConversationResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "ModifyConversation",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {}
}"#,
        );
    }

    /// `ModifyConversationSetting` example `doc`: the request.
    #[test]
    fn modify_conversation_setting_doc_request() {
        request::<
            ModifyConversationSettingRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationSettingInfo": {
    "ConversationShortId": 1,
    "ParticipantUserId": 10001,
    "IsMute": true,
    "IsStickTop": true,
    "StickTopTime": 0
  }
}"#,
        );
    }

    /// `ModifyConversationSetting` example `doc`: the response.
    #[test]
    fn modify_conversation_setting_doc_response() {
        response::<
            Envelope<ModifyConversationSettingResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "ModifyConversationSetting",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {}
}"#,
        );
    }

    /// `ModifyMessage` example `doc`: the request.
    #[test]
    fn modify_message_doc_request() {
        request::<
            ModifyMessageRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MessageId": 10001,
  "Ext": {"key": "value"},
  "Content": "{\"text\":\"\"}"
}"#,
        );
    }

    /// `ModifyMessage` example `doc`: the response.
    #[test]
    fn modify_message_doc_response() {
        response::<
            Envelope<ModifyMessageResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "ModifyMessage",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {}
}"#,
        );
    }

    /// `ModifyParticipantReadIndex` example `member 10001`: the request.
    #[test]
    fn modify_participant_read_index_member_10001_request() {
        request::<
            ModifyParticipantReadIndexRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantUserId": 10001,
  "ReadIndex": 10001
}"#,
        );
    }

    /// `QueryLiveParticipantStatus` example `doc`: the request.
    #[test]
    fn query_live_participant_status_doc_request() {
        request::<
            QueryLiveParticipantStatusRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "ParticipantUserIds": [10001, 10002]
}"#,
        );
    }

    /// `QueryOnlineStatus` example `sdk fields`: the request.
    #[test]
    fn query_online_status_sdk_fields_request() {
        request::<
            QueryOnlineStatusRequest,
        >(r#"{
  "AppId": 0,
  "UserIds": [10001, 10002]
}"#);
    }

    /// `RecallMessage` example `sdk values`: the request.
    #[test]
    fn recall_message_sdk_values_request() {
        request::<
            RecallMessageRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "MessageId": 10001,
  "ParticipantUserId": 10001,
  "RecallRole": 1
}"#,
        );
    }

    /// `RegisterUsers` example `sdk fields`: the request.
    #[test]
    fn register_users_sdk_fields_request() {
        request::<
            RegisterUsersRequest,
        >(
            r#"{
  "AppId": 0,
  "Users": [
    {
      "UserId": 20001,
      "NickName": "NickName1",
      "Portrait": "https://example.com/portrait.png",
      "Ext": {"key": "value"},
      "Tags": ["tag1"]
    },
    {
      "UserId": 20002
    }
  ]
}"#,
        );
    }

    /// `RemoveBlackList` example `sdk fields`: the request.
    #[test]
    fn remove_black_list_sdk_fields_request() {
        request::<
            RemoveBlackListRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "BlackListUserIds": [10003],
  "InboxType": 0
}"#,
        );
    }

    /// `ScanConversationParticipantList` example `table values`: the request.
    #[test]
    fn scan_conversation_participant_list_table_values_request() {
        request::<
            ScanConversationParticipantListRequest,
        >(
            r#"{
  "AppId": 0,
  "ConversationShortId": 1,
  "Cursor": 0,
  "Limit": 2,
  "Reverse": false,
  "OnlyUserIds": false,
  "ScanOnlineParticipant": false
}"#,
        );
    }

    /// `SendMessage` example `sdk values`: the request.
    #[test]
    fn send_message_sdk_values_request() {
        request::<
            SendMessageRequest,
        >(
            r#"{
  "AppId": 0,
  "Sender": 10001,
  "ConversationShortId": 1,
  "MsgType": 10001,
  "Content": "{\"text\":\"hello\"}",
  "Priority": 1,
  "Ext": {"key": "value"}
}"#,
        );
    }

    /// `UnRegisterUsers` example `sdk fields`: the request.
    #[test]
    fn un_register_users_sdk_fields_request() {
        request::<UnRegisterUsersRequest>(r#"{
  "AppId": 0,
  "UserIds": [10003]
}"#);
    }

    /// `UpdateBlackList` example `doc`: the request.
    #[test]
    fn update_black_list_doc_request() {
        request::<
            UpdateBlackListRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "BlackListInfos": [
    {
      "BlackListUserId": 10003,
      "BlackListUserExt": {"key1": "value2"}
    },
    {
      "BlackListUserId": 10004,
      "BlackListUserExt": {"key1": "value2"}
    },
    {
      "BlackListUserId": 10005,
      "BlackListUserExt": {"key2": "value2"}
    }
  ],
  "InboxType": 0
}"#,
        );
    }

    /// `UpdateFriend` example `doc`: the request.
    #[test]
    fn update_friend_doc_request() {
        request::<
            UpdateFriendRequest,
        >(
            r#"{
  "AppId": 0,
  "UserId": 10001,
  "FriendInfos": [
    {
      "FriendUserId": 10002,
      "Ext": {"test": "test"}
    },
    {
      "FriendUserId": 10003,
      "Ext": {"7778": "777"}
    }
  ]
}"#,
        );
    }

    /// `UpdateFriend` example `doc`: the response.
    #[test]
    fn update_friend_doc_response() {
        response::<
            Envelope<UpdateFriendResponse>,
        >(
            r#"{
  "ResponseMetadata": {
    "RequestId": "Your_RequestId",
    "Action": "UpdateFriend",
    "Version": "2020-12-01",
    "Service": "rtc",
    "Region": "cn-north-1"
  },
  "Result": {
    "FailedInfos": []
  }
}"#,
        );
    }

    /// `UserBroadcast` example `sdk values`: the request.
    #[test]
    fn user_broadcast_sdk_values_request() {
        request::<
            UserBroadcastRequest,
        >(
            r#"{
  "AppId": 0,
  "Sender": 10001,
  "MsgType": 10001,
  "Content": "{\"text\":\"hello\"}",
  "MsgTTL": 3600,
  "Tags": ["vip"],
  "TagOp": 0
}"#,
        );
    }
}
