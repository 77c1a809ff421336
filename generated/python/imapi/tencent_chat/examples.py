# Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the python template set (examples.py.j2) (@generated). DO NOT EDIT.
"""Every example of the spec, typed: ``mypy --strict`` rejects an example whose keys or values
do not fit the types."""

from __future__ import annotations

from typing import Any, Final

from . import types as t

ACCOUNT_CHECK_1_REQUEST: Final[t.AccountCheckRequest] = {"CheckItem": [{"UserID": "UserID_1"}, {"UserID": "UserID_2"}]}

ACCOUNT_CHECK_1_RESPONSE: Final[t.AccountCheckBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "ResultItem": [{"AccountStatus": "Imported", "ResultCode": 0, "ResultInfo": "", "UserID": "UserID_1"}, {"AccountStatus": "NotImported", "ResultCode": 0, "ResultInfo": "", "UserID": "UserID_2"}]}

ACCOUNT_DELETE_1_REQUEST: Final[t.AccountDeleteRequest] = {"DeleteItem": [{"UserID": "UserID_1"}, {"UserID": "UserID_2"}]}

ACCOUNT_DELETE_1_RESPONSE: Final[t.AccountDeleteBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "ResultItem": [{"ResultCode": 0, "ResultInfo": "", "UserID": "UserID_1"}, {"ResultCode": 70107, "ResultInfo": "Err_TLS_PT_Open_Login_Account_Not_Exist", "UserID": "UserID_2"}]}

ACCOUNT_IMPORT_1_REQUEST: Final[t.AccountImportRequest] = {"FaceUrl": "http://www.qq.com", "Nick": "test", "UserID": "test"}

ACCOUNT_IMPORT_1_RESPONSE: Final[t.AccountImportBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

ADD_GROUP_MEMBER_1_REQUEST: Final[t.AddGroupMemberRequest] = {"GroupId": "@TGS#2J4SZEAEL", "MemberList": [{"Member_Account": "tommy"}, {"Member_Account": "jared"}]}

ADD_GROUP_MEMBER_1_RESPONSE: Final[t.AddGroupMemberBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MemberList": [{"Member_Account": "tommy", "Result": 1}, {"Member_Account": "jared", "Result": 1}]}

ADD_GROUP_MEMBER_2_REQUEST: Final[t.AddGroupMemberRequest] = {"GroupId": "@TGS#2J4SZEAEL", "MemberList": [{"Member_Account": "tommy"}, {"Member_Account": "jared"}], "Silence": 1}

ADMIN_GET_ROAM_MSG_1_REQUEST: Final[t.AdminGetRoamMsgRequest] = {"MaxCnt": 100, "MaxTime": 1584673200, "MinTime": 1584669600, "Operator_Account": "user2", "Peer_Account": "user1"}

ADMIN_GET_ROAM_MSG_1_RESPONSE: Final[t.AdminGetRoamMsgBody] = {"ActionStatus": "OK", "Complete": 0, "ErrorCode": 0, "ErrorInfo": "", "LastMsgKey": "549396494_2578554_1584669680", "LastMsgTime": 1584669680, "MsgCnt": 12, "MsgList": [{"CloudCustomData": "your cloud custom data", "From_Account": "user1", "IsPeerRead": 0, "MsgBody": [{"MsgContent": {"Text": "msg 1"}, "MsgType": "TIMTextElem"}], "MsgFlagBits": 0, "MsgKey": "549396494_2578554_1584669680", "MsgRandom": 2578554, "MsgSeq": 549396494, "MsgTimeStamp": 1584669680, "To_Account": "user2"}, {"CloudCustomData": "your cloud custom data", "From_Account": "user2", "IsPeerRead": 0, "MsgBody": [{"MsgContent": {"Text": "msg 2"}, "MsgType": "TIMTextElem"}], "MsgFlagBits": 0, "MsgKey": "1054803289_7201_1584669689", "MsgRandom": 7201, "MsgSeq": 1054803289, "MsgTimeStamp": 1584669689, "To_Account": "user1"}]}

ADMIN_GET_ROAM_MSG_2_REQUEST: Final[t.AdminGetRoamMsgRequest] = {"LastMsgKey": "549396494_2578554_1584669680", "MaxCnt": 100, "MaxTime": 1584669680, "MinTime": 1584669600, "Operator_Account": "user2", "Peer_Account": "user1"}

ADMIN_MSG_WITHDRAW_1_REQUEST: Final[t.AdminMsgWithdrawRequest] = {"From_Account": "vinson", "MsgKey": "31906_833502_1572869830", "To_Account": "dramon"}

ADMIN_MSG_WITHDRAW_1_RESPONSE: Final[t.AdminMsgWithdrawBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

ADMIN_SET_MSG_READ_1_REQUEST: Final[t.AdminSetMsgReadRequest] = {"Peer_Account": "dramon2", "Report_Account": "dramon1"}

ADMIN_SET_MSG_READ_1_RESPONSE: Final[t.AdminSetMsgReadBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

ADMIN_SET_MSG_READ_2_REQUEST: Final[t.AdminSetMsgReadRequest] = {"MsgReadTime": "1584669689", "Peer_Account": "dramon2", "Report_Account": "dramon1"}

BAN_GROUP_MEMBER_1_REQUEST: Final[t.BanGroupMemberRequest] = {"Description": "you are banned because of irregularities", "Duration": 3600, "GroupId": "@TGS#aJRGC4MH6", "Members_Account": ["brennanli3", "brennanli12"]}

BAN_GROUP_MEMBER_1_RESPONSE: Final[t.BanGroupMemberBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

BATCH_SEND_MSG_1_REQUEST: Final[t.BatchSendMsgRequest] = {"MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 19901224, "MsgSeq": 28360, "SyncOtherMachine": 2, "To_Account": ["bonnie", "rong"]}

BATCH_SEND_MSG_2_RESPONSE: Final[t.BatchSendMsgBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "ErrorList": [{"ErrorCode": 70107, "To_Account": "rong"}], "MsgKey": "28360_19901224_1573192060", "MsgTime": 1573192060}

CHANGE_GROUP_OWNER_1_REQUEST: Final[t.ChangeGroupOwnerRequest] = {"From_Account": "emily", "GroupId": "@TGS#1NVTZEAE4", "NewOwner_Account": "peter"}

CHANGE_GROUP_OWNER_1_RESPONSE: Final[t.ChangeGroupOwnerBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

CREATE_GROUP_1_REQUEST: Final[t.CreateGroupRequest] = {"Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"}

CREATE_GROUP_1_RESPONSE: Final[t.CreateGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#2J4SZEAEL"}

CREATE_GROUP_2_REQUEST: Final[t.CreateGroupRequest] = {"ApplyJoinOption": "FreeAccess", "FaceUrl": "http://this.is.face.url", "Introduction": "This is group Introduction", "MaxMemberCount": 500, "Name": "TestGroup", "Notification": "This is group Notification", "Owner_Account": "leckie", "Type": "Public"}

CREATE_GROUP_3_REQUEST: Final[t.CreateGroupRequest] = {"MemberList": [{"Member_Account": "bob", "Role": "Admin"}, {"Member_Account": "peter"}], "Name": "TestGroup", "Type": "Public"}

CREATE_GROUP_4_REQUEST: Final[t.CreateGroupRequest] = {"GroupId": "MyFirstGroup", "Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"}

CREATE_GROUP_4_RESPONSE: Final[t.CreateGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "MyFirstGroup"}

CREATE_GROUP_5_REQUEST: Final[t.CreateGroupRequest] = {"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "Name": "TestGroup", "Type": "Public"}

CREATE_GROUP_6_REQUEST: Final[t.CreateGroupRequest] = {"MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "MemberData1"}, {"Key": "MemberDefined2", "Value": "MemberData2"}], "Member_Account": "bob"}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "MemberData1"}, {"Key": "MemberDefined2", "Value": "MemberData2"}], "Member_Account": "peter"}], "Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"}

CREATE_GROUP_7_REQUEST: Final[t.CreateGroupRequest] = {"Name": "TestCommunityGroup", "SupportTopic": 1, "Type": "Community"}

CREATE_GROUP_7_RESPONSE: Final[t.CreateGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#_@TGS#cRDH3HIM62CP", "HugeGroupFlag": 0, "Type": "Community"}

DELETE_GROUP_MEMBER_1_REQUEST: Final[t.DeleteGroupMemberRequest] = {"GroupId": "@TGS#2J4SZEAEL", "MemberToDel_Account": ["tommy", "jared"]}

DELETE_GROUP_MEMBER_2_REQUEST: Final[t.DeleteGroupMemberRequest] = {"GroupId": "@TGS#2J4SZEAEL", "MemberToDel_Account": ["tommy", "jared"], "Silence": 1}

DELETE_GROUP_MEMBER_3_REQUEST: Final[t.DeleteGroupMemberRequest] = {"GroupId": "@TGS#2J4SZEAEL", "MemberToDel_Account": ["tommy", "jared"], "Reason": "kick reason"}

DELETE_GROUP_MSG_BY_SENDER_1_REQUEST: Final[t.DeleteGroupMsgBySenderRequest] = {"GroupId": "@TGS#2C5SZEAEF", "Sender_Account": "leckie"}

DELETE_GROUP_MSG_BY_SENDER_1_RESPONSE: Final[t.DeleteGroupMsgBySenderBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

DESTROY_GROUP_1_REQUEST: Final[t.DestroyGroupRequest] = {"GroupId": "@TGS#2J4SZEAEL"}

DESTROY_GROUP_1_RESPONSE: Final[t.DestroyGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

FORBID_SEND_MSG_1_REQUEST: Final[t.ForbidSendMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "Members_Account": ["peter", "leckie"], "ShutUpTime": 60}

FORBID_SEND_MSG_1_RESPONSE: Final[t.ForbidSendMsgBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

FORBID_SEND_MSG_2_REQUEST: Final[t.ForbidSendMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "Members_Account": ["peter", "leckie"], "ShutUpTime": 0}

GET_APPID_GROUP_LIST_1_REQUEST: Final[t.GetAppidGroupListRequest] = {}

GET_APPID_GROUP_LIST_1_RESPONSE: Final[t.GetAppidGroupListBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupIdList": [{"GroupId": "@TGS#2J4SZEAEL"}, {"GroupId": "@TGS#2C5SZEAEF"}], "Next": 4454685361, "TotalCount": 2}

GET_APPID_GROUP_LIST_2_REQUEST: Final[t.GetAppidGroupListRequest] = {"Limit": 1000, "Next": 0}

GET_APPID_GROUP_LIST_3_REQUEST: Final[t.GetAppidGroupListRequest] = {"GroupType": "Public"}

GET_APPID_GROUP_LIST_4_REQUEST: Final[t.GetAppidGroupListRequest] = {"GroupType": "Public", "Limit": 1000, "Next": 0}

GET_GROUP_BAN_MEMBER_1_REQUEST: Final[t.GetGroupBanMemberRequest] = {"GroupId": "@TGS#aJRGC4MH6", "Limit": 20, "Offset": 0}

GET_GROUP_BAN_MEMBER_1_RESPONSE: Final[t.GetGroupBanMemberBody] = {"ActionStatus": "OK", "BannedAccountList": [{"BannedUntil": 1660875916, "Member_Account": "brennanli1"}, {"BannedUntil": 1660875916, "Member_Account": "brennanli12"}], "ErrorCode": 0, "ErrorInfo": "", "NextOffset": 2}

GET_GROUP_INFO_1_REQUEST: Final[t.GetGroupInfoRequest] = {"GroupIdList": ["@TGS#1NVTZEAE4", "@TGS#1CXTZEAET"]}

GET_GROUP_INFO_1_RESPONSE: Final[t.GetGroupInfoBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupInfo": [{"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "Appid": 1400001001, "ApplyJoinOption": "FreeAccess", "CreateTime": 1426976500, "ErrorCode": 0, "ErrorInfo": "", "FaceUrl": "http://this.is.face.url", "GroupId": "@TGS#2J4SZEAEL", "Introduction": "TestGroup", "LastInfoTime": 1426976500, "LastMsgTime": 1426976600, "MaxMemberNum": 50, "MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500, "LastSendMsgTime": 1425976500, "Member_Account": "leckie", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233, "MuteUntil": 1431069882, "Role": "Owner"}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500, "LastSendMsgTime": 1425976500, "Member_Account": "peter", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233, "MuteUntil": 0, "Role": "Member"}], "MemberNum": 2, "MuteAllMember": "On", "Name": "MyFirstGroup", "NextMsgSeq": 1234, "Notification": "TestGroup", "Owner_Account": "leckie", "Type": "Public"}]}

GET_GROUP_INFO_2_REQUEST: Final[t.GetGroupInfoRequest] = {"GroupIdList": ["@TGS#1NVTZEAE4", "@TGS#1CXTZEAET"], "ResponseFilter": {"AppDefinedDataFilter_Group": ["GroupTestData1", "GroupTestData2"], "AppDefinedDataFilter_GroupMember": ["MemberDefined2", "MemberDefined1"], "GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"], "MemberInfoFilter": ["Account", "Role"]}}

GET_GROUP_INFO_2_RESPONSE: Final[t.GetGroupInfoBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupInfo": [{"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#2J4SZEAEL", "Introduction": "TestGroup", "MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "Member_Account": "leckie", "Role": "Owner"}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "Member_Account": "peter", "Role": "Member"}], "Name": "MyFirstGroup", "Notification": "TestGroup", "Type": "Public"}]}

GET_GROUP_MEMBER_INFO_1_REQUEST: Final[t.GetGroupMemberInfoRequest] = {"GroupId": "@TGS#1NVTZEAE4"}

GET_GROUP_MEMBER_INFO_1_RESPONSE: Final[t.GetGroupMemberInfoBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500, "LastSendMsgTime": 1425976500, "Member_Account": "bob", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233, "Role": "Owner", "ShutUpUntil": 1431069882}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500, "LastSendMsgTime": 1425976500, "Member_Account": "peter", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233, "Role": "Member", "ShutUpUntil": 0}], "MemberNum": 2}

GET_GROUP_MEMBER_INFO_2_REQUEST: Final[t.GetGroupMemberInfoRequest] = {"GroupId": "@TGS#1NVTZEAE4", "Limit": 100, "Offset": 0}

GET_GROUP_MEMBER_INFO_3_REQUEST: Final[t.GetGroupMemberInfoRequest] = {"GroupId": "@TGS#1NVTZEAE4", "MemberInfoFilter": ["Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "ShutUpUntil", "NameCard"]}

GET_GROUP_MEMBER_INFO_4_REQUEST: Final[t.GetGroupMemberInfoRequest] = {"GroupId": "@TGS#37AB3PAEC", "MemberRoleFilter": ["Owner", "Member"]}

GET_GROUP_MEMBER_INFO_4_RESPONSE: Final[t.GetGroupMemberInfoBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MemberList": [{"JoinTime": 1450680436, "LastSendMsgTime": 0, "Member_Account": "Test_1", "MsgFlag": "AcceptNotNotify", "MsgSeq": 1, "NameCard": "", "Role": "Owner", "ShutUpUntil": 0}, {"JoinTime": 1450680436, "LastSendMsgTime": 0, "Member_Account": "Test_6", "MsgFlag": "AcceptNotNotify", "MsgSeq": 1, "NameCard": "", "Role": "Admin", "ShutUpUntil": 0}], "MemberNum": 8}

GET_GROUP_MEMBER_INFO_5_REQUEST: Final[t.GetGroupMemberInfoRequest] = {"AppDefinedDataFilter_GroupMember": ["MemberDefined2"], "GroupId": "@TGS#37AB3PAEC"}

GET_GROUP_MEMBER_INFO_6_REQUEST: Final[t.GetGroupMemberInfoRequest] = {"AppDefinedDataFilter_GroupMember": ["MemberDefined2", "MemberDefined1"], "GroupId": "@TGS#1NVTZEAE4", "Limit": 100, "MemberInfoFilter": ["Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "ShutUpUntil", "NameCard"], "MemberRoleFilter": ["Owner", "Member"], "Offset": 0}

GET_GROUP_MEMBER_INFO_7_REQUEST: Final[t.GetGroupMemberInfoRequest] = {"GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", "Limit": 100, "Next": ""}

GET_GROUP_MUTED_ACCOUNT_1_REQUEST: Final[t.GetGroupMutedAccountRequest] = {"GroupId": "@TGS#1KGZ2RAEU"}

GET_GROUP_MUTED_ACCOUNT_1_RESPONSE: Final[t.GetGroupMutedAccountBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#1KGZ2RAEU", "ShuttedUinList": [{"Member_Account": "peter", "ShuttedUntil": 1458115189}]}

GET_JOINED_GROUP_LIST_1_REQUEST: Final[t.GetJoinedGroupListRequest] = {"Member_Account": "leckie"}

GET_JOINED_GROUP_LIST_1_RESPONSE: Final[t.GetJoinedGroupListBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupIdList": [{"GroupId": "@TGS#2J4SZEAEL"}, {"GroupId": "@TGS#2C5SZEAEF"}], "TotalCount": 2}

GET_JOINED_GROUP_LIST_2_REQUEST: Final[t.GetJoinedGroupListRequest] = {"Limit": 10, "Member_Account": "leckie", "Offset": 0}

GET_JOINED_GROUP_LIST_3_REQUEST: Final[t.GetJoinedGroupListRequest] = {"GroupType": "Public", "Member_Account": "leckie", "ResponseFilter": {"GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"], "SelfInfoFilter": ["Role", "JoinTime"]}}

GET_MEMBERS_1_REQUEST: Final[t.GetMembersRequest] = {"GroupId": "@TGS#a6I4ZUUGO", "Timestamp": 0}

GET_MEMBERS_1_RESPONSE: Final[t.GetMembersBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MemberList": [{"Avatar": "http://www.example.com/teacher2.jpg", "JoinTime": 1657773110, "Member_Account": "teacher2", "NickName": "Teacher t02"}], "NextTimestamp": 0}

GET_MEMBERS_2_REQUEST: Final[t.GetMembersRequest] = {"GroupId": "@TGS#a6I4ZUUGO", "Mark": 1000, "Timestamp": 0}

GET_ONLINE_MEMBER_NUM_1_REQUEST: Final[t.GetOnlineMemberNumRequest] = {"GroupId": "@TGS#a6I4ZUUGO"}

GET_ONLINE_MEMBER_NUM_1_RESPONSE: Final[t.GetOnlineMemberNumBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "OnlineMemberNum": 1000}

GET_ROLE_IN_GROUP_1_REQUEST: Final[t.GetRoleInGroupRequest] = {"GroupId": "@TGS#2C5SZEAEF", "User_Account": ["leckie", "peter", "wesley"]}

GET_ROLE_IN_GROUP_1_RESPONSE: Final[t.GetRoleInGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "UserIdList": [{"Member_Account": "leckie", "Role": "Owner"}, {"Member_Account": "peter", "Role": "Member"}, {"Member_Account": "wesley", "Role": "NotMember"}]}

GROUP_MSG_GET_SIMPLE_1_REQUEST: Final[t.GroupMsgGetSimpleRequest] = {"GroupId": "@TGS#15ERQPAER", "ReqMsgNumber": 2}

GROUP_MSG_GET_SIMPLE_1_RESPONSE: Final[t.GroupMsgGetSimpleBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#15ERQPAER", "IsFinished": 1, "RspMsgList": [{"From_Account": "144115197276518801", "IsPlaceMsg": 0, "MsgBody": [{"MsgContent": {"Data": "\b\u0001\u0010\u0006\u001a\u0006猫瞳", "Desc": "MIF", "Ext": ""}, "MsgType": "TIMCustomElem"}, {"MsgContent": {"Data": "", "Index": 15}, "MsgType": "TIMFaceElem"}], "MsgPriority": 1, "MsgRandom": 51083293, "MsgSeq": 7803321, "MsgTimeStamp": 1458721802}, {"From_Account": "144115198339527735", "IsPlaceMsg": 0, "MsgBody": [{"MsgContent": {"Data": "\b\u0001\u0010\u0006\u001a\u000f西瓜妹妹。", "Desc": "MIF", "Ext": ""}, "MsgType": "TIMCustomElem"}, {"MsgContent": {"Text": "报上来"}, "MsgType": "TIMTextElem"}], "MsgPriority": 1, "MsgRandom": 235168582, "MsgSeq": 7803320, "MsgTimeStamp": 1458721797}]}

GROUP_MSG_GET_SIMPLE_2_REQUEST: Final[t.GroupMsgGetSimpleRequest] = {"GroupId": "@TGS#15ERQPAER", "ReqMsgNumber": 2, "ReqMsgSeq": 7803321}

GROUP_MSG_GET_SIMPLE_3_RESPONSE: Final[t.GroupMsgGetSimpleBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#15ERQPAER", "IsFinished": 1, "RspMsgList": [{"From_Account": "leckie", "IsPlaceMsg": 0, "MsgBody": [{"MsgContent": {"Height": 3264, "ImageFormat": 1, "Size": 1853095, "Type": 1, "URL": "https://example.com/original.jpg", "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F", "Width": 2448}, "MsgType": "TIMImageElem"}], "MsgPriority": 2, "MsgRandom": 8912345, "MsgSeq": 12, "MsgTimeStamp": 1497249503}]}

GROUP_MSG_RECALL_1_REQUEST: Final[t.GroupMsgRecallRequest] = {"GroupId": "@TGS#2J4SZEAEL", "MsgSeqList": [{"MsgSeq": 100}, {"MsgSeq": 101}]}

GROUP_MSG_RECALL_1_RESPONSE: Final[t.GroupMsgRecallBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "RecallRetList": [{"MsgSeq": 100, "RetCode": 10030}, {"MsgSeq": 101, "RetCode": 0}]}

IMPORT_GROUP_1_REQUEST: Final[t.ImportGroupRequest] = {"CreateTime": 1448357837, "Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"}

IMPORT_GROUP_1_RESPONSE: Final[t.ImportGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#2J4SZEAEL"}

IMPORT_GROUP_2_REQUEST: Final[t.ImportGroupRequest] = {"Name": "test_import_group", "SupportTopic": 1, "Type": "Community"}

IMPORT_GROUP_2_RESPONSE: Final[t.ImportGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "@TGS#_@TGS#c4YHCIIM62CX"}

IMPORT_GROUP_3_REQUEST: Final[t.ImportGroupRequest] = {"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "ApplyJoinOption": "FreeAccess", "CreateTime": 1448357837, "FaceUrl": "http://this.is.face.url", "GroupId": "MyFirstGroup", "Introduction": "This is group Introduction", "MaxMemberCount": 500, "Name": "TestGroup", "Notification": "This is group Notification", "Owner_Account": "leckie", "Type": "Public"}

IMPORT_GROUP_3_RESPONSE: Final[t.ImportGroupBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "GroupId": "MyFirstGroup"}

IMPORT_GROUP_MEMBER_1_REQUEST: Final[t.ImportGroupMemberRequest] = {"GroupId": "@TGS#2J4SZEAEL", "MemberList": [{"JoinTime": 1448357837, "Member_Account": "tommy", "Role": "Admin", "UnreadMsgNum": 5}, {"JoinTime": 1448357857, "Member_Account": "jared", "UnreadMsgNum": 2}]}

IMPORT_GROUP_MEMBER_1_RESPONSE: Final[t.ImportGroupMemberBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MemberList": [{"Member_Account": "tommy", "Result": 1}, {"Member_Account": "jared", "Result": 1}]}

IMPORT_GROUP_MSG_1_REQUEST: Final[t.ImportGroupMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "MsgList": [{"From_Account": "leckie", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "Random": 8912345, "SendTime": 1620808101}, {"From_Account": "peter", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}], "SendTime": 1620892821}], "RecentContactFlag": 1}

IMPORT_GROUP_MSG_1_RESPONSE: Final[t.ImportGroupMsgBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "ImportMsgResult": [{"MsgSeq": 1, "MsgTime": 1620808101, "Result": 0}, {"MsgSeq": 2, "MsgTime": 1620892821, "Result": 0}]}

IMPORT_MSG_1_REQUEST: Final[t.ImportMsgRequest] = {"CloudCustomData": "your cloud custom data", "From_Account": "lumotuwe1", "MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 1287657, "MsgSeq": 827092, "MsgTimeStamp": 1556178721, "SyncFromOldSystem": 1, "To_Account": "lumotuwe2"}

IMPORT_MSG_1_RESPONSE: Final[t.ImportMsgBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

MODIFY_GROUP_BASE_INFO_1_REQUEST: Final[t.ModifyGroupBaseInfoRequest] = {"ApplyJoinOption": "NeedPermission", "FaceUrl": "http://this.is.new.face.url", "GroupId": "@TGS#1NVTZEAE4", "Introduction": "NewIntroduction", "MaxMemberNum": 500, "MuteAllMember": "On", "Name": "NewName", "Notification": "NewNotification"}

MODIFY_GROUP_BASE_INFO_1_RESPONSE: Final[t.ModifyGroupBaseInfoBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

MODIFY_GROUP_BASE_INFO_2_REQUEST: Final[t.ModifyGroupBaseInfoRequest] = {"ApplyJoinOption": "NeedPermission", "FaceUrl": "http://this.is.new.face.url", "GroupId": "@TGS#1NVTZEAE4", "Introduction": "NewIntroduction", "MaxMemberNum": 500, "Name": "NewName", "Notification": "NewNotification", "ShutUpAllMember": "On"}

MODIFY_GROUP_BASE_INFO_3_REQUEST: Final[t.ModifyGroupBaseInfoRequest] = {"AppDefinedData": [{"Key": "GroupTestData1", "Value": "NewData"}], "GroupId": "@TGS#1NVTZEAE4"}

MODIFY_GROUP_MEMBER_INFO_1_REQUEST: Final[t.ModifyGroupMemberInfoRequest] = {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "Role": "Admin"}

MODIFY_GROUP_MEMBER_INFO_1_RESPONSE: Final[t.ModifyGroupMemberInfoBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

MODIFY_GROUP_MEMBER_INFO_2_REQUEST: Final[t.ModifyGroupMemberInfoRequest] = {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "Role": "Member"}

MODIFY_GROUP_MEMBER_INFO_3_REQUEST: Final[t.ModifyGroupMemberInfoRequest] = {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "MsgFlag": "AcceptAndNotify"}

MODIFY_GROUP_MEMBER_INFO_4_REQUEST: Final[t.ModifyGroupMemberInfoRequest] = {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "NameCard": "bob"}

MODIFY_GROUP_MEMBER_INFO_5_REQUEST: Final[t.ModifyGroupMemberInfoRequest] = {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyData1"}, {"Key": "MemberDefined3", "Value": "ModifyData3"}], "GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob"}

MODIFY_GROUP_MEMBER_INFO_6_REQUEST: Final[t.ModifyGroupMemberInfoRequest] = {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "ShutUpTime": 86400}

MODIFY_USER_INFO_1_REQUEST: Final[t.ModifyUserInfoRequest] = {"CommandType": 1, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000], "Member_Account": "teacher10"}, {"Marks": [1001], "Member_Account": "student9"}]}

MODIFY_USER_INFO_1_RESPONSE: Final[t.ModifyUserInfoBody] = {"ActionStatus": "OK", "CommandType": 1, "ErrorCode": 0, "ErrorInfo": "", "MemberList": [{"Marks": [1000], "Member_Account": "teacher10"}, {"Marks": [1001], "Member_Account": "student9"}]}

MODIFY_USER_INFO_2_REQUEST: Final[t.ModifyUserInfoRequest] = {"CommandType": 2, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000], "Member_Account": "teacher10"}, {"Marks": [1001], "Member_Account": "student9"}]}

MULTIACCOUNT_IMPORT_1_REQUEST: Final[t.MultiaccountImportRequest] = {"Accounts": ["UserID_001", "UserID_002", "UserID_003"]}

MULTIACCOUNT_IMPORT_2_REQUEST: Final[t.MultiaccountImportRequest] = {"AccountList": [{"FaceUrl": "http://www.qq.com", "Nick": "Nick_001", "UserID": "UserID_001"}, {"FaceUrl": "http://www.qq.com", "Nick": "Nick_002", "UserID": "UserID_002"}, {"FaceUrl": "http://www.qq.com", "Nick": "Nick_001", "UserID": "UserID_002"}]}

MULTIACCOUNT_IMPORT_2_RESPONSE: Final[t.MultiaccountImportBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "FailAccounts": ["UserID_002", "UserID_003"]}

SEND_GROUP_MSG_1_REQUEST: Final[t.SendGroupMsgRequest] = {"CloudCustomData": "your cloud custom data", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "OfflinePushInfo": {"AndroidInfo": {"Sound": "android.mp3"}, "ApnsInfo": {"BadgeMode": 1, "Image": "www.image.com", "Sound": "apns.mp3", "SubTitle": "apns subtitle", "Title": "apns title"}, "Desc": "Content to push offline", "Ext": "Passthrough content", "PushFlag": 0}, "Random": 8912345, "SupportMessageExtension": 0}

SEND_GROUP_MSG_1_RESPONSE: Final[t.SendGroupMsgBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MsgSeq": 1, "MsgTime": 1497249503}

SEND_GROUP_MSG_2_REQUEST: Final[t.SendGroupMsgRequest] = {"From_Account": "leckie", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "Random": 8912345}

SEND_GROUP_MSG_3_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "Random": 8912345, "SendMsgControl": ["NoLastMsg"]}

SEND_GROUP_MSG_4_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "MsgPriority": "High", "Random": 8912345}

SEND_GROUP_MSG_5_REQUEST: Final[t.SendGroupMsgRequest] = {"ForbidCallbackControl": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "Random": 8912345}

SEND_GROUP_MSG_6_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupAtInfo": [{"GroupAtAllFlag": 1}, {"GroupAtAllFlag": 0, "GroupAt_Account": "tommy"}, {"GroupAtAllFlag": 0, "GroupAt_Account": "brennanli"}], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red @all @tommy @brennanli packet"}, "MsgType": "TIMTextElem"}], "Random": 8912345}

SEND_GROUP_MSG_7_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "OnlineOnlyFlag": 1, "Random": 8912345}

SEND_GROUP_SYSTEM_NOTIFICATION_1_REQUEST: Final[t.SendGroupSystemNotificationRequest] = {"Content": "Hello World", "GroupId": "@TGS#2C5SZEAEF"}

SEND_GROUP_SYSTEM_NOTIFICATION_1_RESPONSE: Final[t.SendGroupSystemNotificationBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

SEND_GROUP_SYSTEM_NOTIFICATION_2_REQUEST: Final[t.SendGroupSystemNotificationRequest] = {"Content": "Hello World", "GroupId": "@TGS#2C5SZEAEF", "ToMembers_Account": ["peter", "leckie"]}

SEND_MSG_1_REQUEST: Final[t.SendMsgRequest] = {"CloudCustomData": "your cloud custom data", "MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 1287657, "MsgSeq": 93847636, "SupportMessageExtension": 0, "SyncOtherMachine": 2, "To_Account": "lumotuwe2"}

SEND_MSG_1_RESPONSE: Final[t.SendMsgBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MsgKey": "93847636_1287657_1573192060", "MsgTime": 1573192060}

SEND_MSG_2_REQUEST: Final[t.SendMsgRequest] = {"From_Account": "lumotuwe1", "MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 1287658, "MsgSeq": 93847637, "SyncOtherMachine": 1, "To_Account": "lumotuwe2"}

SEND_MSG_3_REQUEST: Final[t.SendMsgRequest] = {"From_Account": "lumotuwe1", "MsgBody": [{"MsgContent": {"Data": "typing"}, "MsgType": "TIMCustomElem"}], "MsgLifeTime": 0, "MsgRandom": 1287659, "SendMsgControl": ["NoUnread", "NoLastMsg"], "To_Account": "lumotuwe2"}

SET_UNREAD_MSG_NUM_1_REQUEST: Final[t.SetUnreadMsgNumRequest] = {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "UnreadMsgNum": 5}

SET_UNREAD_MSG_NUM_1_RESPONSE: Final[t.SetUnreadMsgNumBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

UNBAN_GROUP_MEMBER_1_REQUEST: Final[t.UnbanGroupMemberRequest] = {"GroupId": "@TGS#aJRGC4MH6", "Members_Account": ["brennanli3", "brennanli12"]}

UNBAN_GROUP_MEMBER_1_RESPONSE: Final[t.UnbanGroupMemberBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}

EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "AccountCheck": [
        {"name": "doc", "request": ACCOUNT_CHECK_1_REQUEST, "response": ACCOUNT_CHECK_1_RESPONSE},
    ],
    "AccountDelete": [
        {"name": "doc", "request": ACCOUNT_DELETE_1_REQUEST, "response": ACCOUNT_DELETE_1_RESPONSE},
    ],
    "AccountImport": [
        {"name": "doc", "request": ACCOUNT_IMPORT_1_REQUEST, "response": ACCOUNT_IMPORT_1_RESPONSE},
    ],
    "AddGroupMember": [
        {"name": "basic", "request": ADD_GROUP_MEMBER_1_REQUEST, "response": ADD_GROUP_MEMBER_1_RESPONSE},
        {"name": "silent", "request": ADD_GROUP_MEMBER_2_REQUEST, "response": None},
    ],
    "AdminGetRoamMsg": [
        {"name": "first pull", "request": ADMIN_GET_ROAM_MSG_1_REQUEST, "response": ADMIN_GET_ROAM_MSG_1_RESPONSE},
        {"name": "continued pull", "request": ADMIN_GET_ROAM_MSG_2_REQUEST, "response": None},
    ],
    "AdminMsgWithdraw": [
        {"name": "doc", "request": ADMIN_MSG_WITHDRAW_1_REQUEST, "response": ADMIN_MSG_WITHDRAW_1_RESPONSE},
    ],
    "AdminSetMsgRead": [
        {"name": "doc", "request": ADMIN_SET_MSG_READ_1_REQUEST, "response": ADMIN_SET_MSG_READ_1_RESPONSE},
        {"name": "up to a time", "request": ADMIN_SET_MSG_READ_2_REQUEST, "response": None},
    ],
    "BanGroupMember": [
        {"name": "basic", "request": BAN_GROUP_MEMBER_1_REQUEST, "response": BAN_GROUP_MEMBER_1_RESPONSE},
    ],
    "BatchSendMsg": [
        {"name": "doc", "request": BATCH_SEND_MSG_1_REQUEST, "response": None},
        {"name": "partial failure", "request": None, "response": BATCH_SEND_MSG_2_RESPONSE},
    ],
    "ChangeGroupOwner": [
        {"name": "basic", "request": CHANGE_GROUP_OWNER_1_REQUEST, "response": CHANGE_GROUP_OWNER_1_RESPONSE},
    ],
    "CreateGroup": [
        {"name": "basic", "request": CREATE_GROUP_1_REQUEST, "response": CREATE_GROUP_1_RESPONSE},
        {"name": "optional fields", "request": CREATE_GROUP_2_REQUEST, "response": None},
        {"name": "initial members", "request": CREATE_GROUP_3_REQUEST, "response": None},
        {"name": "custom group ID", "request": CREATE_GROUP_4_REQUEST, "response": CREATE_GROUP_4_RESPONSE},
        {"name": "group custom fields", "request": CREATE_GROUP_5_REQUEST, "response": None},
        {"name": "member custom fields", "request": CREATE_GROUP_6_REQUEST, "response": None},
        {"name": "community", "request": CREATE_GROUP_7_REQUEST, "response": CREATE_GROUP_7_RESPONSE},
    ],
    "DeleteGroupMember": [
        {"name": "basic", "request": DELETE_GROUP_MEMBER_1_REQUEST, "response": None},
        {"name": "silent", "request": DELETE_GROUP_MEMBER_2_REQUEST, "response": None},
        {"name": "with reason", "request": DELETE_GROUP_MEMBER_3_REQUEST, "response": None},
    ],
    "DeleteGroupMsgBySender": [
        {"name": "doc", "request": DELETE_GROUP_MSG_BY_SENDER_1_REQUEST, "response": DELETE_GROUP_MSG_BY_SENDER_1_RESPONSE},
    ],
    "DestroyGroup": [
        {"name": "basic", "request": DESTROY_GROUP_1_REQUEST, "response": DESTROY_GROUP_1_RESPONSE},
    ],
    "ForbidSendMsg": [
        {"name": "mute", "request": FORBID_SEND_MSG_1_REQUEST, "response": FORBID_SEND_MSG_1_RESPONSE},
        {"name": "unmute", "request": FORBID_SEND_MSG_2_REQUEST, "response": None},
    ],
    "GetAppidGroupList": [
        {"name": "basic", "request": GET_APPID_GROUP_LIST_1_REQUEST, "response": GET_APPID_GROUP_LIST_1_RESPONSE},
        {"name": "paged", "request": GET_APPID_GROUP_LIST_2_REQUEST, "response": None},
        {"name": "one type", "request": GET_APPID_GROUP_LIST_3_REQUEST, "response": None},
        {"name": "all in one", "request": GET_APPID_GROUP_LIST_4_REQUEST, "response": None},
    ],
    "GetGroupBanMember": [
        {"name": "basic", "request": GET_GROUP_BAN_MEMBER_1_REQUEST, "response": GET_GROUP_BAN_MEMBER_1_RESPONSE},
    ],
    "GetGroupInfo": [
        {"name": "basic", "request": GET_GROUP_INFO_1_REQUEST, "response": GET_GROUP_INFO_1_RESPONSE},
        {"name": "specified information", "request": GET_GROUP_INFO_2_REQUEST, "response": GET_GROUP_INFO_2_RESPONSE},
    ],
    "GetGroupMemberInfo": [
        {"name": "basic", "request": GET_GROUP_MEMBER_INFO_1_REQUEST, "response": GET_GROUP_MEMBER_INFO_1_RESPONSE},
        {"name": "pagination", "request": GET_GROUP_MEMBER_INFO_2_REQUEST, "response": None},
        {"name": "specified information", "request": GET_GROUP_MEMBER_INFO_3_REQUEST, "response": None},
        {"name": "members in a role", "request": GET_GROUP_MEMBER_INFO_4_REQUEST, "response": GET_GROUP_MEMBER_INFO_4_RESPONSE},
        {"name": "custom member fields", "request": GET_GROUP_MEMBER_INFO_5_REQUEST, "response": None},
        {"name": "all in one", "request": GET_GROUP_MEMBER_INFO_6_REQUEST, "response": None},
        {"name": "community", "request": GET_GROUP_MEMBER_INFO_7_REQUEST, "response": None},
    ],
    "GetGroupMutedAccount": [
        {"name": "basic", "request": GET_GROUP_MUTED_ACCOUNT_1_REQUEST, "response": GET_GROUP_MUTED_ACCOUNT_1_RESPONSE},
    ],
    "GetJoinedGroupList": [
        {"name": "basic", "request": GET_JOINED_GROUP_LIST_1_REQUEST, "response": GET_JOINED_GROUP_LIST_1_RESPONSE},
        {"name": "paged", "request": GET_JOINED_GROUP_LIST_2_REQUEST, "response": None},
        {"name": "filtered", "request": GET_JOINED_GROUP_LIST_3_REQUEST, "response": None},
    ],
    "GetMembers": [
        {"name": "basic", "request": GET_MEMBERS_1_REQUEST, "response": GET_MEMBERS_1_RESPONSE},
        {"name": "by mark", "request": GET_MEMBERS_2_REQUEST, "response": None},
    ],
    "GetOnlineMemberNum": [
        {"name": "basic", "request": GET_ONLINE_MEMBER_NUM_1_REQUEST, "response": GET_ONLINE_MEMBER_NUM_1_RESPONSE},
    ],
    "GetRoleInGroup": [
        {"name": "basic", "request": GET_ROLE_IN_GROUP_1_REQUEST, "response": GET_ROLE_IN_GROUP_1_RESPONSE},
    ],
    "GroupMsgGetSimple": [
        {"name": "latest", "request": GROUP_MSG_GET_SIMPLE_1_REQUEST, "response": GROUP_MSG_GET_SIMPLE_1_RESPONSE},
        {"name": "by seq", "request": GROUP_MSG_GET_SIMPLE_2_REQUEST, "response": None},
        {"name": "an image as stored", "request": None, "response": GROUP_MSG_GET_SIMPLE_3_RESPONSE},
    ],
    "GroupMsgRecall": [
        {"name": "doc", "request": GROUP_MSG_RECALL_1_REQUEST, "response": GROUP_MSG_RECALL_1_RESPONSE},
    ],
    "ImportGroup": [
        {"name": "basic", "request": IMPORT_GROUP_1_REQUEST, "response": IMPORT_GROUP_1_RESPONSE},
        {"name": "community", "request": IMPORT_GROUP_2_REQUEST, "response": IMPORT_GROUP_2_RESPONSE},
        {"name": "all fields", "request": IMPORT_GROUP_3_REQUEST, "response": IMPORT_GROUP_3_RESPONSE},
    ],
    "ImportGroupMember": [
        {"name": "basic", "request": IMPORT_GROUP_MEMBER_1_REQUEST, "response": IMPORT_GROUP_MEMBER_1_RESPONSE},
    ],
    "ImportGroupMsg": [
        {"name": "doc", "request": IMPORT_GROUP_MSG_1_REQUEST, "response": IMPORT_GROUP_MSG_1_RESPONSE},
    ],
    "ImportMsg": [
        {"name": "real time", "request": IMPORT_MSG_1_REQUEST, "response": IMPORT_MSG_1_RESPONSE},
    ],
    "ModifyGroupBaseInfo": [
        {"name": "basic information", "request": MODIFY_GROUP_BASE_INFO_1_REQUEST, "response": MODIFY_GROUP_BASE_INFO_1_RESPONSE},
        {"name": "earlier form", "request": MODIFY_GROUP_BASE_INFO_2_REQUEST, "response": None},
        {"name": "custom fields", "request": MODIFY_GROUP_BASE_INFO_3_REQUEST, "response": None},
    ],
    "ModifyGroupMemberInfo": [
        {"name": "set an admin", "request": MODIFY_GROUP_MEMBER_INFO_1_REQUEST, "response": MODIFY_GROUP_MEMBER_INFO_1_RESPONSE},
        {"name": "cancel an admin", "request": MODIFY_GROUP_MEMBER_INFO_2_REQUEST, "response": None},
        {"name": "message blocking type", "request": MODIFY_GROUP_MEMBER_INFO_3_REQUEST, "response": None},
        {"name": "name card", "request": MODIFY_GROUP_MEMBER_INFO_4_REQUEST, "response": None},
        {"name": "custom member fields", "request": MODIFY_GROUP_MEMBER_INFO_5_REQUEST, "response": None},
        {"name": "muting period", "request": MODIFY_GROUP_MEMBER_INFO_6_REQUEST, "response": None},
    ],
    "ModifyUserInfo": [
        {"name": "set", "request": MODIFY_USER_INFO_1_REQUEST, "response": MODIFY_USER_INFO_1_RESPONSE},
        {"name": "delete", "request": MODIFY_USER_INFO_2_REQUEST, "response": None},
    ],
    "MultiaccountImport": [
        {"name": "old version", "request": MULTIACCOUNT_IMPORT_1_REQUEST, "response": None},
        {"name": "new version", "request": MULTIACCOUNT_IMPORT_2_REQUEST, "response": MULTIACCOUNT_IMPORT_2_RESPONSE},
    ],
    "SendGroupMsg": [
        {"name": "basic", "request": SEND_GROUP_MSG_1_REQUEST, "response": SEND_GROUP_MSG_1_RESPONSE},
        {"name": "sender", "request": SEND_GROUP_MSG_2_REQUEST, "response": None},
        {"name": "no conversation update", "request": SEND_GROUP_MSG_3_REQUEST, "response": None},
        {"name": "priority", "request": SEND_GROUP_MSG_4_REQUEST, "response": None},
        {"name": "forbid callbacks", "request": SEND_GROUP_MSG_5_REQUEST, "response": None},
        {"name": "group at", "request": SEND_GROUP_MSG_6_REQUEST, "response": None},
        {"name": "online only", "request": SEND_GROUP_MSG_7_REQUEST, "response": None},
    ],
    "SendGroupSystemNotification": [
        {"name": "to all members", "request": SEND_GROUP_SYSTEM_NOTIFICATION_1_REQUEST, "response": SEND_GROUP_SYSTEM_NOTIFICATION_1_RESPONSE},
        {"name": "to specific members", "request": SEND_GROUP_SYSTEM_NOTIFICATION_2_REQUEST, "response": None},
    ],
    "SendMsg": [
        {"name": "no sync to the sender", "request": SEND_MSG_1_REQUEST, "response": SEND_MSG_1_RESPONSE},
        {"name": "as another account", "request": SEND_MSG_2_REQUEST, "response": None},
        {"name": "online only", "request": SEND_MSG_3_REQUEST, "response": None},
    ],
    "SetUnreadMsgNum": [
        {"name": "doc", "request": SET_UNREAD_MSG_NUM_1_REQUEST, "response": SET_UNREAD_MSG_NUM_1_RESPONSE},
    ],
    "UnbanGroupMember": [
        {"name": "basic", "request": UNBAN_GROUP_MEMBER_1_REQUEST, "response": UNBAN_GROUP_MEMBER_1_RESPONSE},
    ],
}
"""The examples, by operation."""
