// Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (examples.ts.j2) (@generated). DO NOT EDIT.
//
// Every example of the spec, typed with ./types: `tsc --strict` rejects an example whose fields
// or values do not fit them. 64-bit integers are `bigint` literals.

import type * as t from "./types";

/** The examples, by operation: each request (and response, envelope included). */
export const EXAMPLES = {
  AccountCheck: [
    {
      name: "doc",
      request: {"CheckItem": [{"UserID": "UserID_1"}, {"UserID": "UserID_2"}]} satisfies t.AccountCheckRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "ResultItem": [{"AccountStatus": "Imported", "ResultCode": 0, "ResultInfo": "", "UserID": "UserID_1"}, {"AccountStatus": "NotImported", "ResultCode": 0, "ResultInfo": "", "UserID": "UserID_2"}]} satisfies t.Envelope<t.AccountCheckResponse>,
    },
  ],
  AccountDelete: [
    {
      name: "doc",
      request: {"DeleteItem": [{"UserID": "UserID_1"}, {"UserID": "UserID_2"}]} satisfies t.AccountDeleteRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "ResultItem": [{"ResultCode": 0, "ResultInfo": "", "UserID": "UserID_1"}, {"ResultCode": 70107, "ResultInfo": "Err_TLS_PT_Open_Login_Account_Not_Exist", "UserID": "UserID_2"}]} satisfies t.Envelope<t.AccountDeleteResponse>,
    },
  ],
  AccountImport: [
    {
      name: "doc",
      request: {"FaceUrl": "http://www.qq.com", "Nick": "test", "UserID": "test"} satisfies t.AccountImportRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.AccountImportResponse>,
    },
  ],
  AddGroupMember: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#2J4SZEAEL", "MemberList": [{"Member_Account": "tommy"}, {"Member_Account": "jared"}]} satisfies t.AddGroupMemberRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MemberList": [{"Member_Account": "tommy", "Result": 1}, {"Member_Account": "jared", "Result": 1}]} satisfies t.Envelope<t.AddGroupMemberResponse>,
    },
    {
      name: "silent",
      request: {"GroupId": "@TGS#2J4SZEAEL", "MemberList": [{"Member_Account": "tommy"}, {"Member_Account": "jared"}], "Silence": 1} satisfies t.AddGroupMemberRequest,
      response: undefined,
    },
  ],
  AdminGetRoamMsg: [
    {
      name: "first pull",
      request: {"MaxCnt": 100, "MaxTime": 1584673200n, "MinTime": 1584669600n, "Operator_Account": "user2", "Peer_Account": "user1"} satisfies t.AdminGetRoamMsgRequest,
      response: {"ActionStatus": "OK", "Complete": 0, "ErrorCode": 0n, "ErrorInfo": "", "LastMsgKey": "549396494_2578554_1584669680", "LastMsgTime": 1584669680n, "MsgCnt": 12, "MsgList": [{"CloudCustomData": "your cloud custom data", "From_Account": "user1", "IsPeerRead": 0, "MsgBody": [{"MsgContent": {"Text": "msg 1"}, "MsgType": "TIMTextElem"}], "MsgFlagBits": 0, "MsgKey": "549396494_2578554_1584669680", "MsgRandom": 2578554, "MsgSeq": 549396494, "MsgTimeStamp": 1584669680n, "To_Account": "user2"}, {"CloudCustomData": "your cloud custom data", "From_Account": "user2", "IsPeerRead": 0, "MsgBody": [{"MsgContent": {"Text": "msg 2"}, "MsgType": "TIMTextElem"}], "MsgFlagBits": 0, "MsgKey": "1054803289_7201_1584669689", "MsgRandom": 7201, "MsgSeq": 1054803289, "MsgTimeStamp": 1584669689n, "To_Account": "user1"}]} satisfies t.Envelope<t.AdminGetRoamMsgResponse>,
    },
    {
      name: "continued pull",
      request: {"LastMsgKey": "549396494_2578554_1584669680", "MaxCnt": 100, "MaxTime": 1584669680n, "MinTime": 1584669600n, "Operator_Account": "user2", "Peer_Account": "user1"} satisfies t.AdminGetRoamMsgRequest,
      response: undefined,
    },
  ],
  AdminMsgWithdraw: [
    {
      name: "doc",
      request: {"From_Account": "vinson", "MsgKey": "31906_833502_1572869830", "To_Account": "dramon"} satisfies t.AdminMsgWithdrawRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.AdminMsgWithdrawResponse>,
    },
  ],
  AdminSetMsgRead: [
    {
      name: "doc",
      request: {"Peer_Account": "dramon2", "Report_Account": "dramon1"} satisfies t.AdminSetMsgReadRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.AdminSetMsgReadResponse>,
    },
    {
      name: "up to a time",
      request: {"MsgReadTime": "1584669689", "Peer_Account": "dramon2", "Report_Account": "dramon1"} satisfies t.AdminSetMsgReadRequest,
      response: undefined,
    },
  ],
  BanGroupMember: [
    {
      name: "basic",
      request: {"Description": "you are banned because of irregularities", "Duration": 3600, "GroupId": "@TGS#aJRGC4MH6", "Members_Account": ["brennanli3", "brennanli12"]} satisfies t.BanGroupMemberRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.BanGroupMemberResponse>,
    },
  ],
  BatchSendMsg: [
    {
      name: "doc",
      request: {"MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 19901224, "MsgSeq": 28360, "SyncOtherMachine": 2, "To_Account": ["bonnie", "rong"]} satisfies t.BatchSendMsgRequest,
      response: undefined,
    },
    {
      name: "partial failure",
      request: undefined,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "ErrorList": [{"ErrorCode": 70107n, "To_Account": "rong"}], "MsgKey": "28360_19901224_1573192060", "MsgTime": 1573192060n} satisfies t.Envelope<t.BatchSendMsgResponse>,
    },
  ],
  ChangeGroupOwner: [
    {
      name: "basic",
      request: {"From_Account": "emily", "GroupId": "@TGS#1NVTZEAE4", "NewOwner_Account": "peter"} satisfies t.ChangeGroupOwnerRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.ChangeGroupOwnerResponse>,
    },
  ],
  CreateGroup: [
    {
      name: "basic",
      request: {"Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"} satisfies t.CreateGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#2J4SZEAEL"} satisfies t.Envelope<t.CreateGroupResponse>,
    },
    {
      name: "optional fields",
      request: {"ApplyJoinOption": "FreeAccess", "FaceUrl": "http://this.is.face.url", "Introduction": "This is group Introduction", "MaxMemberCount": 500, "Name": "TestGroup", "Notification": "This is group Notification", "Owner_Account": "leckie", "Type": "Public"} satisfies t.CreateGroupRequest,
      response: undefined,
    },
    {
      name: "initial members",
      request: {"MemberList": [{"Member_Account": "bob", "Role": "Admin"}, {"Member_Account": "peter"}], "Name": "TestGroup", "Type": "Public"} satisfies t.CreateGroupRequest,
      response: undefined,
    },
    {
      name: "custom group ID",
      request: {"GroupId": "MyFirstGroup", "Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"} satisfies t.CreateGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "MyFirstGroup"} satisfies t.Envelope<t.CreateGroupResponse>,
    },
    {
      name: "group custom fields",
      request: {"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "Name": "TestGroup", "Type": "Public"} satisfies t.CreateGroupRequest,
      response: undefined,
    },
    {
      name: "member custom fields",
      request: {"MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "MemberData1"}, {"Key": "MemberDefined2", "Value": "MemberData2"}], "Member_Account": "bob"}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "MemberData1"}, {"Key": "MemberDefined2", "Value": "MemberData2"}], "Member_Account": "peter"}], "Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"} satisfies t.CreateGroupRequest,
      response: undefined,
    },
    {
      name: "community",
      request: {"Name": "TestCommunityGroup", "SupportTopic": 1, "Type": "Community"} satisfies t.CreateGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#_@TGS#cRDH3HIM62CP", "HugeGroupFlag": 0, "Type": "Community"} satisfies t.Envelope<t.CreateGroupResponse>,
    },
  ],
  DeleteGroupMember: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#2J4SZEAEL", "MemberToDel_Account": ["tommy", "jared"]} satisfies t.DeleteGroupMemberRequest,
      response: undefined,
    },
    {
      name: "silent",
      request: {"GroupId": "@TGS#2J4SZEAEL", "MemberToDel_Account": ["tommy", "jared"], "Silence": 1} satisfies t.DeleteGroupMemberRequest,
      response: undefined,
    },
    {
      name: "with reason",
      request: {"GroupId": "@TGS#2J4SZEAEL", "MemberToDel_Account": ["tommy", "jared"], "Reason": "kick reason"} satisfies t.DeleteGroupMemberRequest,
      response: undefined,
    },
  ],
  DeleteGroupMsgBySender: [
    {
      name: "doc",
      request: {"GroupId": "@TGS#2C5SZEAEF", "Sender_Account": "leckie"} satisfies t.DeleteGroupMsgBySenderRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.DeleteGroupMsgBySenderResponse>,
    },
  ],
  DestroyGroup: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#2J4SZEAEL"} satisfies t.DestroyGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.DestroyGroupResponse>,
    },
  ],
  ForbidSendMsg: [
    {
      name: "mute",
      request: {"GroupId": "@TGS#2C5SZEAEF", "Members_Account": ["peter", "leckie"], "ShutUpTime": 60n} satisfies t.ForbidSendMsgRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.ForbidSendMsgResponse>,
    },
    {
      name: "unmute",
      request: {"GroupId": "@TGS#2C5SZEAEF", "Members_Account": ["peter", "leckie"], "ShutUpTime": 0n} satisfies t.ForbidSendMsgRequest,
      response: undefined,
    },
  ],
  GetAppidGroupList: [
    {
      name: "basic",
      request: {} satisfies t.GetAppidGroupListRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupIdList": [{"GroupId": "@TGS#2J4SZEAEL"}, {"GroupId": "@TGS#2C5SZEAEF"}], "Next": 4454685361n, "TotalCount": 2} satisfies t.Envelope<t.GetAppidGroupListResponse>,
    },
    {
      name: "paged",
      request: {"Limit": 1000, "Next": 0n} satisfies t.GetAppidGroupListRequest,
      response: undefined,
    },
    {
      name: "one type",
      request: {"GroupType": "Public"} satisfies t.GetAppidGroupListRequest,
      response: undefined,
    },
    {
      name: "all in one",
      request: {"GroupType": "Public", "Limit": 1000, "Next": 0n} satisfies t.GetAppidGroupListRequest,
      response: undefined,
    },
  ],
  GetGroupBanMember: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#aJRGC4MH6", "Limit": 20, "Offset": 0} satisfies t.GetGroupBanMemberRequest,
      response: {"ActionStatus": "OK", "BannedAccountList": [{"BannedUntil": 1660875916n, "Member_Account": "brennanli1"}, {"BannedUntil": 1660875916n, "Member_Account": "brennanli12"}], "ErrorCode": 0n, "ErrorInfo": "", "NextOffset": 2} satisfies t.Envelope<t.GetGroupBanMemberResponse>,
    },
  ],
  GetGroupInfo: [
    {
      name: "basic",
      request: {"GroupIdList": ["@TGS#1NVTZEAE4", "@TGS#1CXTZEAET"]} satisfies t.GetGroupInfoRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupInfo": [{"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "Appid": 1400001001n, "ApplyJoinOption": "FreeAccess", "CreateTime": 1426976500n, "ErrorCode": 0n, "ErrorInfo": "", "FaceUrl": "http://this.is.face.url", "GroupId": "@TGS#2J4SZEAEL", "Introduction": "TestGroup", "LastInfoTime": 1426976500n, "LastMsgTime": 1426976600n, "MaxMemberNum": 50, "MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500n, "LastSendMsgTime": 1425976500n, "Member_Account": "leckie", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233n, "MuteUntil": 1431069882n, "Role": "Owner"}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500n, "LastSendMsgTime": 1425976500n, "Member_Account": "peter", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233n, "MuteUntil": 0n, "Role": "Member"}], "MemberNum": 2, "MuteAllMember": "On", "Name": "MyFirstGroup", "NextMsgSeq": 1234n, "Notification": "TestGroup", "Owner_Account": "leckie", "Type": "Public"}]} satisfies t.Envelope<t.GetGroupInfoResponse>,
    },
    {
      name: "specified information",
      request: {"GroupIdList": ["@TGS#1NVTZEAE4", "@TGS#1CXTZEAET"], "ResponseFilter": {"AppDefinedDataFilter_Group": ["GroupTestData1", "GroupTestData2"], "AppDefinedDataFilter_GroupMember": ["MemberDefined2", "MemberDefined1"], "GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"], "MemberInfoFilter": ["Account", "Role"]}} satisfies t.GetGroupInfoRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupInfo": [{"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#2J4SZEAEL", "Introduction": "TestGroup", "MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "Member_Account": "leckie", "Role": "Owner"}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "Member_Account": "peter", "Role": "Member"}], "Name": "MyFirstGroup", "Notification": "TestGroup", "Type": "Public"}]} satisfies t.Envelope<t.GetGroupInfoResponse>,
    },
  ],
  GetGroupMemberInfo: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#1NVTZEAE4"} satisfies t.GetGroupMemberInfoRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MemberList": [{"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500n, "LastSendMsgTime": 1425976500n, "Member_Account": "bob", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233n, "Role": "Owner", "ShutUpUntil": 1431069882n}, {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyDefined1"}, {"Key": "MemberDefined2", "Value": "ModifyDefined2"}], "JoinTime": 1425976500n, "LastSendMsgTime": 1425976500n, "Member_Account": "peter", "MsgFlag": "AcceptAndNotify", "MsgSeq": 1233n, "Role": "Member", "ShutUpUntil": 0n}], "MemberNum": 2} satisfies t.Envelope<t.GetGroupMemberInfoResponse>,
    },
    {
      name: "pagination",
      request: {"GroupId": "@TGS#1NVTZEAE4", "Limit": 100, "Offset": 0} satisfies t.GetGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "specified information",
      request: {"GroupId": "@TGS#1NVTZEAE4", "MemberInfoFilter": ["Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "ShutUpUntil", "NameCard"]} satisfies t.GetGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "members in a role",
      request: {"GroupId": "@TGS#37AB3PAEC", "MemberRoleFilter": ["Owner", "Member"]} satisfies t.GetGroupMemberInfoRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MemberList": [{"JoinTime": 1450680436n, "LastSendMsgTime": 0n, "Member_Account": "Test_1", "MsgFlag": "AcceptNotNotify", "MsgSeq": 1n, "NameCard": "", "Role": "Owner", "ShutUpUntil": 0n}, {"JoinTime": 1450680436n, "LastSendMsgTime": 0n, "Member_Account": "Test_6", "MsgFlag": "AcceptNotNotify", "MsgSeq": 1n, "NameCard": "", "Role": "Admin", "ShutUpUntil": 0n}], "MemberNum": 8} satisfies t.Envelope<t.GetGroupMemberInfoResponse>,
    },
    {
      name: "custom member fields",
      request: {"AppDefinedDataFilter_GroupMember": ["MemberDefined2"], "GroupId": "@TGS#37AB3PAEC"} satisfies t.GetGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "all in one",
      request: {"AppDefinedDataFilter_GroupMember": ["MemberDefined2", "MemberDefined1"], "GroupId": "@TGS#1NVTZEAE4", "Limit": 100, "MemberInfoFilter": ["Role", "JoinTime", "MsgSeq", "MsgFlag", "LastSendMsgTime", "ShutUpUntil", "NameCard"], "MemberRoleFilter": ["Owner", "Member"], "Offset": 0} satisfies t.GetGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "community",
      request: {"GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", "Limit": 100, "Next": ""} satisfies t.GetGroupMemberInfoRequest,
      response: undefined,
    },
  ],
  GetGroupMutedAccount: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#1KGZ2RAEU"} satisfies t.GetGroupMutedAccountRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#1KGZ2RAEU", "ShuttedUinList": [{"Member_Account": "peter", "ShuttedUntil": 1458115189n}]} satisfies t.Envelope<t.GetGroupMutedAccountResponse>,
    },
  ],
  GetJoinedGroupList: [
    {
      name: "basic",
      request: {"Member_Account": "leckie"} satisfies t.GetJoinedGroupListRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupIdList": [{"GroupId": "@TGS#2J4SZEAEL"}, {"GroupId": "@TGS#2C5SZEAEF"}], "TotalCount": 2} satisfies t.Envelope<t.GetJoinedGroupListResponse>,
    },
    {
      name: "paged",
      request: {"Limit": 10, "Member_Account": "leckie", "Offset": 0} satisfies t.GetJoinedGroupListRequest,
      response: undefined,
    },
    {
      name: "filtered",
      request: {"GroupType": "Public", "Member_Account": "leckie", "ResponseFilter": {"GroupBaseInfoFilter": ["Type", "Name", "Introduction", "Notification"], "SelfInfoFilter": ["Role", "JoinTime"]}} satisfies t.GetJoinedGroupListRequest,
      response: undefined,
    },
  ],
  GetMembers: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#a6I4ZUUGO", "Timestamp": 0n} satisfies t.GetMembersRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MemberList": [{"Avatar": "http://www.example.com/teacher2.jpg", "JoinTime": 1657773110n, "Member_Account": "teacher2", "NickName": "Teacher t02"}], "NextTimestamp": 0n} satisfies t.Envelope<t.GetMembersResponse>,
    },
    {
      name: "by mark",
      request: {"GroupId": "@TGS#a6I4ZUUGO", "Mark": 1000n, "Timestamp": 0n} satisfies t.GetMembersRequest,
      response: undefined,
    },
  ],
  GetOnlineMemberNum: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#a6I4ZUUGO"} satisfies t.GetOnlineMemberNumRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "OnlineMemberNum": 1000n} satisfies t.Envelope<t.GetOnlineMemberNumResponse>,
    },
  ],
  GetRoleInGroup: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#2C5SZEAEF", "User_Account": ["leckie", "peter", "wesley"]} satisfies t.GetRoleInGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "UserIdList": [{"Member_Account": "leckie", "Role": "Owner"}, {"Member_Account": "peter", "Role": "Member"}, {"Member_Account": "wesley", "Role": "NotMember"}]} satisfies t.Envelope<t.GetRoleInGroupResponse>,
    },
  ],
  GroupMsgGetSimple: [
    {
      name: "latest",
      request: {"GroupId": "@TGS#15ERQPAER", "ReqMsgNumber": 2} satisfies t.GroupMsgGetSimpleRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#15ERQPAER", "IsFinished": 1, "RspMsgList": [{"From_Account": "144115197276518801", "IsPlaceMsg": 0, "MsgBody": [{"MsgContent": {"Data": "\b\u0001\u0010\u0006\u001a\u0006猫瞳", "Desc": "MIF", "Ext": ""}, "MsgType": "TIMCustomElem"}, {"MsgContent": {"Data": "", "Index": 15n}, "MsgType": "TIMFaceElem"}], "MsgPriority": 1, "MsgRandom": 51083293, "MsgSeq": 7803321n, "MsgTimeStamp": 1458721802n}, {"From_Account": "144115198339527735", "IsPlaceMsg": 0, "MsgBody": [{"MsgContent": {"Data": "\b\u0001\u0010\u0006\u001a\u000f西瓜妹妹。", "Desc": "MIF", "Ext": ""}, "MsgType": "TIMCustomElem"}, {"MsgContent": {"Text": "报上来"}, "MsgType": "TIMTextElem"}], "MsgPriority": 1, "MsgRandom": 235168582, "MsgSeq": 7803320n, "MsgTimeStamp": 1458721797n}]} satisfies t.Envelope<t.GroupMsgGetSimpleResponse>,
    },
    {
      name: "by seq",
      request: {"GroupId": "@TGS#15ERQPAER", "ReqMsgNumber": 2, "ReqMsgSeq": 7803321n} satisfies t.GroupMsgGetSimpleRequest,
      response: undefined,
    },
    {
      name: "an image as stored",
      request: undefined,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#15ERQPAER", "IsFinished": 1, "RspMsgList": [{"From_Account": "leckie", "IsPlaceMsg": 0, "MsgBody": [{"MsgContent": {"Height": 3264n, "ImageFormat": 1, "Size": 1853095n, "Type": 1, "URL": "https://example.com/original.jpg", "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F", "Width": 2448n}, "MsgType": "TIMImageElem"}], "MsgPriority": 2, "MsgRandom": 8912345, "MsgSeq": 12n, "MsgTimeStamp": 1497249503n}]} satisfies t.Envelope<t.GroupMsgGetSimpleResponse>,
    },
  ],
  GroupMsgRecall: [
    {
      name: "doc",
      request: {"GroupId": "@TGS#2J4SZEAEL", "MsgSeqList": [{"MsgSeq": 100n}, {"MsgSeq": 101n}]} satisfies t.GroupMsgRecallRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "RecallRetList": [{"MsgSeq": 100n, "RetCode": 10030}, {"MsgSeq": 101n, "RetCode": 0}]} satisfies t.Envelope<t.GroupMsgRecallResponse>,
    },
  ],
  ImportGroup: [
    {
      name: "basic",
      request: {"CreateTime": 1448357837n, "Name": "TestGroup", "Owner_Account": "leckie", "Type": "Public"} satisfies t.ImportGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#2J4SZEAEL"} satisfies t.Envelope<t.ImportGroupResponse>,
    },
    {
      name: "community",
      request: {"Name": "test_import_group", "SupportTopic": 1, "Type": "Community"} satisfies t.ImportGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "@TGS#_@TGS#c4YHCIIM62CX"} satisfies t.Envelope<t.ImportGroupResponse>,
    },
    {
      name: "all fields",
      request: {"AppDefinedData": [{"Key": "GroupTestData1", "Value": "xxxxx"}, {"Key": "GroupTestData2", "Value": "abc\u0000\u0001"}], "ApplyJoinOption": "FreeAccess", "CreateTime": 1448357837n, "FaceUrl": "http://this.is.face.url", "GroupId": "MyFirstGroup", "Introduction": "This is group Introduction", "MaxMemberCount": 500, "Name": "TestGroup", "Notification": "This is group Notification", "Owner_Account": "leckie", "Type": "Public"} satisfies t.ImportGroupRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "GroupId": "MyFirstGroup"} satisfies t.Envelope<t.ImportGroupResponse>,
    },
  ],
  ImportGroupMember: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#2J4SZEAEL", "MemberList": [{"JoinTime": 1448357837n, "Member_Account": "tommy", "Role": "Admin", "UnreadMsgNum": 5}, {"JoinTime": 1448357857n, "Member_Account": "jared", "UnreadMsgNum": 2}]} satisfies t.ImportGroupMemberRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MemberList": [{"Member_Account": "tommy", "Result": 1}, {"Member_Account": "jared", "Result": 1}]} satisfies t.Envelope<t.ImportGroupMemberResponse>,
    },
  ],
  ImportGroupMsg: [
    {
      name: "doc",
      request: {"GroupId": "@TGS#2C5SZEAEF", "MsgList": [{"From_Account": "leckie", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "Random": 8912345, "SendTime": 1620808101n}, {"From_Account": "peter", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}], "SendTime": 1620892821n}], "RecentContactFlag": 1} satisfies t.ImportGroupMsgRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "ImportMsgResult": [{"MsgSeq": 1n, "MsgTime": 1620808101n, "Result": 0}, {"MsgSeq": 2n, "MsgTime": 1620892821n, "Result": 0}]} satisfies t.Envelope<t.ImportGroupMsgResponse>,
    },
  ],
  ImportMsg: [
    {
      name: "real time",
      request: {"CloudCustomData": "your cloud custom data", "From_Account": "lumotuwe1", "MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 1287657, "MsgSeq": 827092, "MsgTimeStamp": 1556178721n, "SyncFromOldSystem": 1, "To_Account": "lumotuwe2"} satisfies t.ImportMsgRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.ImportMsgResponse>,
    },
  ],
  ModifyGroupBaseInfo: [
    {
      name: "basic information",
      request: {"ApplyJoinOption": "NeedPermission", "FaceUrl": "http://this.is.new.face.url", "GroupId": "@TGS#1NVTZEAE4", "Introduction": "NewIntroduction", "MaxMemberNum": 500, "MuteAllMember": "On", "Name": "NewName", "Notification": "NewNotification"} satisfies t.ModifyGroupBaseInfoRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.ModifyGroupBaseInfoResponse>,
    },
    {
      name: "earlier form",
      request: {"ApplyJoinOption": "NeedPermission", "FaceUrl": "http://this.is.new.face.url", "GroupId": "@TGS#1NVTZEAE4", "Introduction": "NewIntroduction", "MaxMemberNum": 500, "Name": "NewName", "Notification": "NewNotification", "ShutUpAllMember": "On"} satisfies t.ModifyGroupBaseInfoRequest,
      response: undefined,
    },
    {
      name: "custom fields",
      request: {"AppDefinedData": [{"Key": "GroupTestData1", "Value": "NewData"}], "GroupId": "@TGS#1NVTZEAE4"} satisfies t.ModifyGroupBaseInfoRequest,
      response: undefined,
    },
  ],
  ModifyGroupMemberInfo: [
    {
      name: "set an admin",
      request: {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "Role": "Admin"} satisfies t.ModifyGroupMemberInfoRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.ModifyGroupMemberInfoResponse>,
    },
    {
      name: "cancel an admin",
      request: {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "Role": "Member"} satisfies t.ModifyGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "message blocking type",
      request: {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "MsgFlag": "AcceptAndNotify"} satisfies t.ModifyGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "name card",
      request: {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "NameCard": "bob"} satisfies t.ModifyGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "custom member fields",
      request: {"AppMemberDefinedData": [{"Key": "MemberDefined1", "Value": "ModifyData1"}, {"Key": "MemberDefined3", "Value": "ModifyData3"}], "GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob"} satisfies t.ModifyGroupMemberInfoRequest,
      response: undefined,
    },
    {
      name: "muting period",
      request: {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "ShutUpTime": 86400n} satisfies t.ModifyGroupMemberInfoRequest,
      response: undefined,
    },
  ],
  ModifyUserInfo: [
    {
      name: "set",
      request: {"CommandType": 1, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000n], "Member_Account": "teacher10"}, {"Marks": [1001n], "Member_Account": "student9"}]} satisfies t.ModifyUserInfoRequest,
      response: {"ActionStatus": "OK", "CommandType": 1, "ErrorCode": 0n, "ErrorInfo": "", "MemberList": [{"Marks": [1000n], "Member_Account": "teacher10"}, {"Marks": [1001n], "Member_Account": "student9"}]} satisfies t.Envelope<t.ModifyUserInfoResponse>,
    },
    {
      name: "delete",
      request: {"CommandType": 2, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000n], "Member_Account": "teacher10"}, {"Marks": [1001n], "Member_Account": "student9"}]} satisfies t.ModifyUserInfoRequest,
      response: undefined,
    },
  ],
  MultiaccountImport: [
    {
      name: "old version",
      request: {"Accounts": ["UserID_001", "UserID_002", "UserID_003"]} satisfies t.MultiaccountImportRequest,
      response: undefined,
    },
    {
      name: "new version",
      request: {"AccountList": [{"FaceUrl": "http://www.qq.com", "Nick": "Nick_001", "UserID": "UserID_001"}, {"FaceUrl": "http://www.qq.com", "Nick": "Nick_002", "UserID": "UserID_002"}, {"FaceUrl": "http://www.qq.com", "Nick": "Nick_001", "UserID": "UserID_002"}]} satisfies t.MultiaccountImportRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "FailAccounts": ["UserID_002", "UserID_003"]} satisfies t.Envelope<t.MultiaccountImportResponse>,
    },
  ],
  SendGroupMsg: [
    {
      name: "basic",
      request: {"CloudCustomData": "your cloud custom data", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "OfflinePushInfo": {"AndroidInfo": {"Sound": "android.mp3"}, "ApnsInfo": {"BadgeMode": 1, "Image": "www.image.com", "Sound": "apns.mp3", "SubTitle": "apns subtitle", "Title": "apns title"}, "Desc": "Content to push offline", "Ext": "Passthrough content", "PushFlag": 0}, "Random": 8912345, "SupportMessageExtension": 0} satisfies t.SendGroupMsgRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MsgSeq": 1n, "MsgTime": 1497249503n} satisfies t.Envelope<t.SendGroupMsgResponse>,
    },
    {
      name: "sender",
      request: {"From_Account": "leckie", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "no conversation update",
      request: {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "Random": 8912345, "SendMsgControl": ["NoLastMsg"]} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "priority",
      request: {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "MsgPriority": "High", "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "forbid callbacks",
      request: {"ForbidCallbackControl": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "group at",
      request: {"GroupAtInfo": [{"GroupAtAllFlag": 1}, {"GroupAtAllFlag": 0, "GroupAt_Account": "tommy"}, {"GroupAtAllFlag": 0, "GroupAt_Account": "brennanli"}], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red @all @tommy @brennanli packet"}, "MsgType": "TIMTextElem"}], "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "online only",
      request: {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "OnlineOnlyFlag": 1, "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
  ],
  SendGroupSystemNotification: [
    {
      name: "to all members",
      request: {"Content": "Hello World", "GroupId": "@TGS#2C5SZEAEF"} satisfies t.SendGroupSystemNotificationRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.SendGroupSystemNotificationResponse>,
    },
    {
      name: "to specific members",
      request: {"Content": "Hello World", "GroupId": "@TGS#2C5SZEAEF", "ToMembers_Account": ["peter", "leckie"]} satisfies t.SendGroupSystemNotificationRequest,
      response: undefined,
    },
  ],
  SendMsg: [
    {
      name: "no sync to the sender",
      request: {"CloudCustomData": "your cloud custom data", "MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 1287657, "MsgSeq": 93847636, "SupportMessageExtension": 0, "SyncOtherMachine": 2, "To_Account": "lumotuwe2"} satisfies t.SendMsgRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MsgKey": "93847636_1287657_1573192060", "MsgTime": 1573192060n} satisfies t.Envelope<t.SendMsgResponse>,
    },
    {
      name: "as another account",
      request: {"From_Account": "lumotuwe1", "MsgBody": [{"MsgContent": {"Text": "hi, beauty"}, "MsgType": "TIMTextElem"}], "MsgRandom": 1287658, "MsgSeq": 93847637, "SyncOtherMachine": 1, "To_Account": "lumotuwe2"} satisfies t.SendMsgRequest,
      response: undefined,
    },
    {
      name: "online only",
      request: {"From_Account": "lumotuwe1", "MsgBody": [{"MsgContent": {"Data": "typing"}, "MsgType": "TIMCustomElem"}], "MsgLifeTime": 0n, "MsgRandom": 1287659, "SendMsgControl": ["NoUnread", "NoLastMsg"], "To_Account": "lumotuwe2"} satisfies t.SendMsgRequest,
      response: undefined,
    },
  ],
  SetUnreadMsgNum: [
    {
      name: "doc",
      request: {"GroupId": "@TGS#2CLUZEAEJ", "Member_Account": "bob", "UnreadMsgNum": 5n} satisfies t.SetUnreadMsgNumRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.SetUnreadMsgNumResponse>,
    },
  ],
  UnbanGroupMember: [
    {
      name: "basic",
      request: {"GroupId": "@TGS#aJRGC4MH6", "Members_Account": ["brennanli3", "brennanli12"]} satisfies t.UnbanGroupMemberRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": ""} satisfies t.Envelope<t.UnbanGroupMemberResponse>,
    },
  ],
};
