// Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (client.ts.j2) (@generated). DO NOT EDIT.
//
// The client of Tencent Cloud Chat (IM) server REST API, its validators, and the schema they read.

import { call, Credentials, HttpOptions, pages, Schema, Signing, validate, Violation } from "../runtime";
import type * as t from "./types";

/** The shapes and limits of every type, which the validators and the decoder read. */
export const SCHEMA: Schema = {"types":{"AccountCheckRequest":{"at_least_one_of":[],"fields":[["CheckItem",["list",{"ref":"AccountUserId"}],true,{"code":"70402","max_items":100,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountCheckResponse":{"at_least_one_of":[],"fields":[["ResultItem",["list",{"ref":"AccountCheckResult"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountCheckResult":{"at_least_one_of":[],"fields":[["UserID","string",true,{}],["ResultCode","i32",true,{}],["ResultInfo","string",true,{}],["AccountStatus",{"ref":"AccountStatus"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountDeleteRequest":{"at_least_one_of":[],"fields":[["DeleteItem",["list",{"ref":"AccountUserId"}],true,{"code":"70402","max_items":100,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountDeleteResponse":{"at_least_one_of":[],"fields":[["ResultItem",["list",{"ref":"AccountDeleteResult"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountDeleteResult":{"at_least_one_of":[],"fields":[["ResultCode","i32",true,{}],["ResultInfo","string",true,{}],["UserID","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountImportRequest":{"at_least_one_of":[],"fields":[["UserID","string",true,{"code":"70402","length_unit":"bytes","max_length":32,"min_length":1}],["Nick","string",false,{"code":"40601","length_unit":"bytes","max_length":500}],["FaceUrl","string",false,{"code":"40601","length_unit":"bytes","max_length":500}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountImportResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AccountStatus":{"allowed":["\"Imported\" (Imported)","\"NotImported\" (NotImported)"],"kind":"enum","open":false,"repr":"string","values":["Imported","NotImported"]},"AccountUserId":{"at_least_one_of":[],"fields":[["UserID","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ActionStatus":{"allowed":["\"OK\" (Ok)","\"FAIL\" (Fail)"],"kind":"enum","open":false,"repr":"string","values":["OK","FAIL"]},"AddGroupMemberRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Silence","i32",false,{"maximum":1,"minimum":0}],["MemberList",["list",{"ref":"NewGroupMember"}],true,{"code":"10005","max_items":300,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddGroupMemberResponse":{"at_least_one_of":[],"fields":[["MemberList",["list",{"ref":"AddedGroupMember"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddMemberResult":{"allowed":["0 (Failed)","1 (Added)","2 (AlreadyMember)","3 (AwaitingConfirmation)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2,3]},"AddedGroupMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Result",{"ref":"AddMemberResult"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AdminGetRoamMsgRequest":{"at_least_one_of":[],"fields":[["Operator_Account","string",true,{}],["Peer_Account","string",true,{}],["MaxCnt","i32",true,{"minimum":1}],["MinTime","i64",true,{}],["MaxTime","i64",true,{}],["LastMsgKey","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AdminGetRoamMsgResponse":{"at_least_one_of":[],"fields":[["Complete","i32",true,{}],["MsgCnt","i32",true,{}],["LastMsgTime","i64",true,{}],["LastMsgKey","string",true,{}],["MsgList",["list",{"ref":"C2cHistoryMessage"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AdminMsgWithdrawRequest":{"at_least_one_of":[],"fields":[["From_Account","string",true,{"length_unit":"bytes","min_length":1}],["To_Account","string",true,{"length_unit":"bytes","min_length":1}],["MsgKey","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AdminMsgWithdrawResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AdminSetMsgReadRequest":{"at_least_one_of":[],"fields":[["Report_Account","string",true,{}],["Peer_Account","string",true,{}],["MsgReadTime","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AdminSetMsgReadResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AndroidPushInfo":{"at_least_one_of":[],"fields":[["Sound","string",false,{}],["HuaWeiChannelID","string",false,{}],["XiaoMiChannelID","string",false,{}],["OPPOChannelID","string",false,{}],["GoogleChannelID","string",false,{}],["VIVOClassification","i32",false,{"maximum":1,"minimum":0}],["HuaWeiImportance","string",false,{}],["ExtAsHuaweiIntentParam","i32",false,{"maximum":1,"minimum":0}],["HuaWeiCategory","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ApnsPushInfo":{"at_least_one_of":[],"fields":[["Sound","string",false,{}],["BadgeMode","i32",false,{"maximum":1,"minimum":0}],["Title","string",false,{}],["SubTitle","string",false,{}],["Image","string",false,{}],["MutableContent","i32",false,{"maximum":1,"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AppMemberDefinedData":{"at_least_one_of":[],"fields":[["Key","string",true,{}],["Value","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ApplyJoinOption":{"allowed":["\"FreeAccess\" (FreeAccess)","\"NeedPermission\" (NeedPermission)","\"DisableApply\" (DisableApply)"],"kind":"enum","open":false,"repr":"string","values":["FreeAccess","NeedPermission","DisableApply"]},"BanGroupMemberRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Members_Account",["list","string"],true,{"code":"10005","max_items":20,"min_items":1}],["Duration","u32",true,{}],["Description","string",false,{"code":"10004","length_unit":"bytes","max_length":1000}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BanGroupMemberResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BannedMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["BannedUntil","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchSendError":{"at_least_one_of":[],"fields":[["To_Account","string",true,{}],["ErrorCode","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchSendMsgRequest":{"at_least_one_of":[],"fields":[["SyncOtherMachine","i32",false,{"maximum":2,"minimum":1}],["From_Account","string",false,{"length_unit":"bytes","min_length":1}],["To_Account",["list","string"],true,{"code":"90011","max_items":500,"min_items":1}],["MsgLifeTime","i64",false,{"code":"90026","maximum":604800,"minimum":0}],["MsgSeq","u32",false,{}],["MsgRandom","u32",true,{}],["SendMsgControl",["list",{"ref":"C2cSendMsgControl"}],false,{}],["MsgBody",["list",{"ref":"TimMsgElement"}],true,{"min_items":1}],["CloudCustomData","string",false,{}],["SupportMessageExtension","i32",false,{"maximum":1,"minimum":0}],["OfflinePushInfo",{"ref":"OfflinePushInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchSendMsgResponse":{"at_least_one_of":[],"fields":[["MsgTime","i64",false,{}],["MsgKey","string",false,{}],["ErrorList",["list",{"ref":"BatchSendError"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"C2cHistoryMessage":{"at_least_one_of":[],"fields":[["From_Account","string",true,{}],["To_Account","string",true,{}],["MsgSeq","u32",true,{}],["MsgRandom","u32",true,{}],["MsgTimeStamp","i64",true,{}],["MsgFlagBits","i32",true,{}],["IsPeerRead","i32",false,{}],["MsgKey","string",true,{}],["MsgBody",["list",{"ref":"HistoryMsgElement"}],true,{}],["CloudCustomData","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"C2cSendMsgControl":{"allowed":["\"NoUnread\" (NoUnread)","\"NoLastMsg\" (NoLastMsg)","\"WithMuteNotifications\" (WithMuteNotifications)"],"kind":"enum","open":false,"repr":"string","values":["NoUnread","NoLastMsg","WithMuteNotifications"]},"CallbackControl":{"allowed":["\"ForbidBeforeSendMsgCallback\" (ForbidBeforeSendMsgCallback)","\"ForbidAfterSendMsgCallback\" (ForbidAfterSendMsgCallback)"],"kind":"enum","open":false,"repr":"string","values":["ForbidBeforeSendMsgCallback","ForbidAfterSendMsgCallback"]},"ChangeGroupOwnerRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["NewOwner_Account","string",true,{}],["From_Account","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ChangeGroupOwnerResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"CommandType":{"allowed":["1 (Set)","2 (Delete)"],"kind":"enum","open":false,"repr":"i32","values":[1,2]},"CreateGroupRequest":{"at_least_one_of":[],"fields":[["Owner_Account","string",false,{}],["Type",{"ref":"GroupType"},true,{"allowed":["\"Private\" (Private)","\"Public\" (Public)","\"ChatRoom\" (ChatRoom)","\"AVChatRoom\" (AvChatRoom)","\"Community\" (Community)"],"values":["Private","Public","ChatRoom","AVChatRoom","Community"]}],["GroupId","string",false,{"length_unit":"bytes","max_length":48,"min_length":1}],["Name","string",true,{"length_unit":"bytes","max_length":30}],["Introduction","string",false,{"length_unit":"bytes","max_length":240}],["Notification","string",false,{"length_unit":"bytes","max_length":300}],["FaceUrl","string",false,{"length_unit":"bytes","max_length":100}],["MaxMemberCount","i32",false,{"minimum":1}],["ApplyJoinOption",{"ref":"ApplyJoinOption"},false,{}],["AppDefinedData",["list",{"ref":"GroupDefinedData"}],false,{}],["MemberList",["list",{"ref":"InitialGroupMember"}],false,{"max_items":100}],["SupportTopic","i32",false,{"maximum":1,"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"CreateGroupResponse":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Type",{"ref":"GroupType"},false,{}],["HugeGroupFlag","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteGroupMemberRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Silence","i32",false,{"maximum":1,"minimum":0}],["Reason","string",false,{}],["MemberToDel_Account",["list","string"],true,{"max_items":100,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteGroupMemberResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteGroupMsgBySenderRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Sender_Account","string",true,{}],["TopicId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteGroupMsgBySenderResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DestroyGroupRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DestroyGroupResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ForbidSendMsgRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Members_Account",["list","string"],true,{"max_items":500,"min_items":1}],["ShutUpTime","i64",true,{"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ForbidSendMsgResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetAppidGroupListRequest":{"at_least_one_of":[],"fields":[["Limit","i32",false,{"maximum":10000,"minimum":1}],["Next","i64",false,{}],["GroupType",{"ref":"GroupType"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetAppidGroupListResponse":{"at_least_one_of":[],"fields":[["TotalCount","i32",true,{}],["GroupIdList",["list",{"ref":"GroupIdItem"}],true,{}],["Next","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetGroupBanMemberRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Limit","i32",false,{"maximum":100,"minimum":1}],["Offset","i32",true,{"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetGroupBanMemberResponse":{"at_least_one_of":[],"fields":[["BannedAccountList",["list",{"ref":"BannedMember"}],true,{}],["NextOffset","i32",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetGroupInfoRequest":{"at_least_one_of":[],"fields":[["GroupIdList",["list","string"],true,{"max_items":50,"min_items":1}],["ResponseFilter",{"ref":"GroupInfoResponseFilter"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetGroupInfoResponse":{"at_least_one_of":[],"fields":[["GroupInfo",["list",{"ref":"GroupInfoItem"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetGroupMemberInfoRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["MemberInfoFilter",["list","string"],false,{}],["MemberRoleFilter",["list",{"ref":"GroupMemberRole"}],false,{}],["AppDefinedDataFilter_GroupMember",["list","string"],false,{}],["Limit","i32",false,{"maximum":200,"minimum":1}],["Offset","i32",false,{"minimum":0}],["Next","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[[[["Next"],["Offset"]],null]],"required_when":[]},"GetGroupMemberInfoResponse":{"at_least_one_of":[],"fields":[["MemberNum","i32",true,{}],["MemberList",["list",{"ref":"GroupMemberInfo"}],true,{}],["Next","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetGroupMutedAccountRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetGroupMutedAccountResponse":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["ShuttedUinList",["list",{"ref":"MutedMember"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetJoinedGroupListRequest":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["WithHugeGroups","i32",false,{"maximum":1,"minimum":0}],["WithNoActiveGroups","i32",false,{"maximum":1,"minimum":0}],["Limit","i32",false,{"minimum":1}],["Offset","i32",false,{"minimum":0}],["GroupType",{"ref":"GroupType"},false,{}],["ResponseFilter",{"ref":"JoinedGroupResponseFilter"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetJoinedGroupListResponse":{"at_least_one_of":[],"fields":[["TotalCount","i32",true,{}],["GroupIdList",["list",{"ref":"JoinedGroup"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetMembersRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Timestamp","i64",true,{}],["Mark","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetMembersResponse":{"at_least_one_of":[],"fields":[["MemberList",["list",{"ref":"OnlineMember"}],true,{}],["NextTimestamp","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetOnlineMemberNumRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetOnlineMemberNumResponse":{"at_least_one_of":[],"fields":[["OnlineMemberNum","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetRoleInGroupRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["User_Account",["list","string"],true,{"max_items":500,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetRoleInGroupResponse":{"at_least_one_of":[],"fields":[["UserIdList",["list",{"ref":"UserRoleInGroup"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupAtInfo":{"at_least_one_of":[],"fields":[["GroupAtAllFlag","i32",true,{"maximum":1,"minimum":0}],["GroupAt_Account","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[[["GroupAt_Account"],["GroupAtAllFlag"],0,"GroupAtAllFlag is 0",null]]},"GroupDefinedData":{"at_least_one_of":[],"fields":[["Key","string",true,{}],["Value","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupHistoryMessage":{"at_least_one_of":[],"fields":[["From_Account","string",true,{}],["IsPlaceMsg","i32",true,{}],["MsgBody",["list",{"ref":"HistoryMsgElement"}],true,{}],["MsgPriority",{"ref":"StoredMsgPriority"},false,{}],["MsgRandom","u32",true,{}],["MsgSeq","i64",true,{}],["MsgTimeStamp","i64",true,{}],["IsSystemMsg","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupIdItem":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupInfoItem":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["ErrorCode","i64",true,{}],["ErrorInfo","string",true,{}],["Type",{"ref":"GroupType"},false,{}],["Name","string",false,{}],["Appid","i64",false,{}],["Introduction","string",false,{}],["Notification","string",false,{}],["FaceUrl","string",false,{}],["Owner_Account","string",false,{}],["CreateTime","i64",false,{}],["LastInfoTime","i64",false,{}],["LastMsgTime","i64",false,{}],["NextMsgSeq","i64",false,{}],["MemberNum","i32",false,{}],["MaxMemberNum","i32",false,{}],["ApplyJoinOption",{"ref":"ApplyJoinOption"},false,{}],["MuteAllMember",{"ref":"MuteAllMember"},false,{}],["AppDefinedData",["list",{"ref":"GroupDefinedData"}],false,{}],["MemberList",["list",{"ref":"GroupInfoMember"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupInfoMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Role",{"ref":"GroupMemberRole"},false,{}],["JoinTime","i64",false,{}],["MsgSeq","i64",false,{}],["MsgFlag",{"ref":"GroupMsgFlag"},false,{}],["LastSendMsgTime","i64",false,{}],["MuteUntil","i64",false,{}],["AppMemberDefinedData",["list",{"ref":"AppMemberDefinedData"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupInfoResponseFilter":{"at_least_one_of":[],"fields":[["GroupBaseInfoFilter",["list","string"],false,{}],["MemberInfoFilter",["list","string"],false,{}],["AppDefinedDataFilter_Group",["list","string"],false,{}],["AppDefinedDataFilter_GroupMember",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupMemberInfo":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Role",{"ref":"GroupMemberRole"},false,{}],["JoinTime","i64",false,{}],["MsgSeq","u64",false,{}],["MsgFlag",{"ref":"GroupMsgFlag"},false,{}],["LastSendMsgTime","i64",false,{}],["ShutUpUntil","i64",false,{}],["NameCard","string",false,{}],["AppMemberDefinedData",["list",{"ref":"AppMemberDefinedData"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupMemberRole":{"allowed":["\"Owner\" (Owner)","\"Admin\" (Admin)","\"Member\" (Member)"],"kind":"enum","open":false,"repr":"string","values":["Owner","Admin","Member"]},"GroupMsgFlag":{"allowed":["\"AcceptAndNotify\" (AcceptAndNotify)","\"AcceptNotNotify\" (AcceptNotNotify)","\"Discard\" (Discard)"],"kind":"enum","open":false,"repr":"string","values":["AcceptAndNotify","AcceptNotNotify","Discard"]},"GroupMsgGetSimpleRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["ReqMsgNumber","i32",true,{"maximum":20,"minimum":1}],["ReqMsgSeq","i64",false,{}],["WithRecalledMsg","i32",false,{"maximum":1,"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupMsgGetSimpleResponse":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["IsFinished","i32",true,{}],["RspMsgList",["list",{"ref":"GroupHistoryMessage"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupMsgRecallRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["MsgSeqList",["list",{"ref":"MsgSeqItem"}],true,{"max_items":10,"min_items":1}],["TopicId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupMsgRecallResponse":{"at_least_one_of":[],"fields":[["RecallRetList",["list",{"ref":"RecallResult"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupType":{"allowed":["\"Public\" (Public)","\"Private\" (Private)","\"ChatRoom\" (ChatRoom)","\"AVChatRoom\" (AvChatRoom)","\"BChatRoom\" (BChatRoom)","\"Community\" (Community)"],"kind":"enum","open":false,"repr":"string","values":["Public","Private","ChatRoom","AVChatRoom","BChatRoom","Community"]},"HistoryImageElem":{"at_least_one_of":[],"fields":[["Type",{"ref":"ImageType"},false,{}],["Size","i64",false,{}],["Width","i64",false,{}],["Height","i64",false,{}],["URL","string",false,{}],["UUID","string",true,{}],["ImageFormat",{"ref":"ImageFormat"},false,{}],["ImageInfoArray",["list",{"ref":"ImageInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"HistoryMsgElement":{"allowed":["\"TIMTextElem\" (Text)","\"TIMLocationElem\" (Location)","\"TIMFaceElem\" (Face)","\"TIMCustomElem\" (Custom)","\"TIMSoundElem\" (Sound)","\"TIMImageElem\" (Image)","\"TIMFileElem\" (File)","\"TIMVideoFileElem\" (VideoFile)"],"content":"MsgContent","kind":"union","tag":"MsgType","variants":{"TIMCustomElem":"TimCustomElem","TIMFaceElem":"TimFaceElem","TIMFileElem":"TimFileElem","TIMImageElem":"HistoryImageElem","TIMLocationElem":"TimLocationElem","TIMSoundElem":"TimSoundElem","TIMTextElem":"TimTextElem","TIMVideoFileElem":"TimVideoFileElem"}},"ImageFormat":{"allowed":["1 (Jpg)","2 (Gif)","3 (Png)","4 (Bmp)","255 (Other)"],"kind":"enum","open":false,"repr":"i32","values":[1,2,3,4,255]},"ImageInfo":{"at_least_one_of":[],"fields":[["Type",{"ref":"ImageType"},true,{}],["Size","i64",true,{}],["Width","i64",true,{}],["Height","i64",true,{}],["URL","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImageType":{"allowed":["1 (Original)","2 (Large)","3 (Thumbnail)"],"kind":"enum","open":false,"repr":"i32","values":[1,2,3]},"ImportGroupMemberRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["MemberList",["list",{"ref":"ImportedGroupMember"}],true,{"code":"10005","max_items":300,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportGroupMemberResponse":{"at_least_one_of":[],"fields":[["MemberList",["list",{"ref":"ImportedMemberResult"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportGroupMsgItem":{"at_least_one_of":[],"fields":[["From_Account","string",true,{}],["SendTime","i64",true,{}],["Random","u32",false,{}],["MsgBody",["list",{"ref":"TimMsgElement"}],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportGroupMsgRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["RecentContactFlag","i32",false,{"maximum":1,"minimum":0}],["MsgList",["list",{"ref":"ImportGroupMsgItem"}],true,{"max_items":7,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportGroupMsgResponse":{"at_least_one_of":[],"fields":[["ImportMsgResult",["list",{"ref":"ImportGroupMsgResult"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportGroupMsgResult":{"at_least_one_of":[],"fields":[["Result","i32",true,{}],["MsgTime","i64",true,{}],["MsgSeq","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportGroupRequest":{"at_least_one_of":[],"fields":[["Owner_Account","string",false,{}],["Type",{"ref":"GroupType"},true,{"allowed":["\"Private\" (Private)","\"Public\" (Public)","\"ChatRoom\" (ChatRoom)","\"AVChatRoom\" (AvChatRoom)","\"Community\" (Community)"],"values":["Private","Public","ChatRoom","AVChatRoom","Community"]}],["GroupId","string",false,{"length_unit":"bytes","max_length":48,"min_length":1}],["Name","string",true,{"length_unit":"bytes","max_length":30}],["Introduction","string",false,{"length_unit":"bytes","max_length":240}],["Notification","string",false,{"length_unit":"bytes","max_length":300}],["FaceUrl","string",false,{"length_unit":"bytes","max_length":100}],["MaxMemberCount","i32",false,{"minimum":1}],["ApplyJoinOption",{"ref":"ApplyJoinOption"},false,{}],["AppDefinedData",["list",{"ref":"GroupDefinedData"}],false,{}],["CreateTime","i64",false,{}],["SupportTopic","i32",false,{"maximum":1,"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportGroupResponse":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportMemberResult":{"allowed":["0 (Failed)","1 (Imported)","2 (AlreadyMember)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2]},"ImportMsgRequest":{"at_least_one_of":[],"fields":[["SyncFromOldSystem","i32",true,{"maximum":2,"minimum":1}],["From_Account","string",true,{}],["To_Account","string",true,{}],["MsgSeq","u32",false,{}],["MsgRandom","u32",true,{}],["MsgTimeStamp","i64",true,{}],["MsgBody",["list",{"ref":"TimMsgElement"}],true,{"min_items":1}],["CloudCustomData","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportMsgResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportedAccount":{"at_least_one_of":[],"fields":[["UserID","string",true,{"code":"70402","length_unit":"bytes","max_length":32,"min_length":1}],["Nick","string",false,{"code":"40601","length_unit":"bytes","max_length":500}],["FaceUrl","string",false,{"code":"40601","length_unit":"bytes","max_length":500}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportedGroupMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Role",{"ref":"GroupMemberRole"},false,{}],["JoinTime","i64",false,{}],["UnreadMsgNum","i32",false,{"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ImportedMemberResult":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Result",{"ref":"ImportMemberResult"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"InitialGroupMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Role",{"ref":"GroupMemberRole"},false,{"allowed":["\"Admin\" (Admin)"],"values":["Admin"]}],["AppMemberDefinedData",["list",{"ref":"AppMemberDefinedData"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"JoinedGroup":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Type",{"ref":"GroupType"},false,{}],["Name","string",false,{}],["Introduction","string",false,{}],["Notification","string",false,{}],["FaceUrl","string",false,{}],["Owner_Account","string",false,{}],["CreateTime","i64",false,{}],["LastInfoTime","i64",false,{}],["LastMsgTime","i64",false,{}],["NextMsgSeq","i64",false,{}],["MemberNum","i32",false,{}],["MaxMemberNum","i32",false,{}],["ApplyJoinOption",{"ref":"ApplyJoinOption"},false,{}],["ShutUpAllMember",{"ref":"MuteAllMember"},false,{}],["SelfInfo",{"ref":"JoinedGroupSelfInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"JoinedGroupResponseFilter":{"at_least_one_of":[],"fields":[["GroupBaseInfoFilter",["list","string"],false,{}],["SelfInfoFilter",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"JoinedGroupSelfInfo":{"at_least_one_of":[],"fields":[["Role",{"ref":"GroupMemberRole"},false,{}],["JoinTime","i64",false,{}],["MsgFlag",{"ref":"GroupMsgFlag"},false,{}],["MsgSeq","i64",false,{}],["UnreadMsgNum","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MemberMarks":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Marks",["list","i64"],true,{"items":{"also_allowed":[500,600],"minimum":1000}}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyGroupBaseInfoRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Name","string",false,{"length_unit":"bytes","max_length":30}],["Introduction","string",false,{"length_unit":"bytes","max_length":240}],["Notification","string",false,{"length_unit":"bytes","max_length":300}],["FaceUrl","string",false,{"length_unit":"bytes","max_length":100}],["MaxMemberNum","i32",false,{"minimum":1}],["ApplyJoinOption",{"ref":"ApplyJoinOption"},false,{}],["AppDefinedData",["list",{"ref":"GroupDefinedData"}],false,{}],["MuteAllMember",{"ref":"MuteAllMember"},false,{}],["ShutUpAllMember",{"ref":"MuteAllMember"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[[[["MuteAllMember"],["ShutUpAllMember"]],null]],"required_when":[]},"ModifyGroupBaseInfoResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyGroupMemberInfoRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Member_Account","string",true,{}],["Role",{"ref":"GroupMemberRole"},false,{}],["MsgFlag",{"ref":"GroupMsgFlag"},false,{}],["NameCard","string",false,{"code":"10004","length_unit":"bytes","max_length":50}],["AppMemberDefinedData",["list",{"ref":"AppMemberDefinedData"}],false,{}],["ShutUpTime","i64",false,{"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyGroupMemberInfoResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyUserInfoRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["CommandType",{"ref":"CommandType"},true,{}],["MemberList",["list",{"ref":"MemberMarks"}],true,{"max_items":500}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyUserInfoResponse":{"at_least_one_of":[],"fields":[["CommandType",{"ref":"CommandType"},true,{}],["MemberList",["list",{"ref":"MemberMarks"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MsgPriority":{"allowed":["\"High\" (High)","\"Normal\" (Normal)","\"Low\" (Low)"],"kind":"enum","open":false,"repr":"string","values":["High","Normal","Low"]},"MsgSeqItem":{"at_least_one_of":[],"fields":[["MsgSeq","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MultiaccountImportRequest":{"at_least_one_of":[[[["Accounts"],["AccountList"]],null]],"fields":[["Accounts",["list","string"],false,{"code":"70402","items":{"code":"70402","length_unit":"bytes","max_length":32,"min_length":1},"max_items":100,"min_items":1}],["AccountList",["list",{"ref":"ImportedAccount"}],false,{"code":"70402","max_items":100,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[[[["Accounts"],["AccountList"]],null]],"required_when":[]},"MultiaccountImportResponse":{"at_least_one_of":[],"fields":[["FailAccounts",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MuteAllMember":{"allowed":["\"On\" (On)","\"Off\" (Off)"],"kind":"enum","open":false,"repr":"string","values":["On","Off"]},"MutedMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["ShuttedUntil","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"NewGroupMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"OfflinePushInfo":{"at_least_one_of":[],"fields":[["PushFlag","i32",false,{"maximum":1,"minimum":0}],["Title","string",false,{}],["Desc","string",false,{}],["Ext","string",false,{}],["AndroidInfo",{"ref":"AndroidPushInfo"},false,{}],["ApnsInfo",{"ref":"ApnsPushInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"OnlineMember":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["JoinTime","i64",false,{}],["NickName","string",false,{}],["Avatar","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RecallResult":{"at_least_one_of":[],"fields":[["MsgSeq","i64",true,{}],["RetCode","i32",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RoleInGroup":{"allowed":["\"Owner\" (Owner)","\"Admin\" (Admin)","\"Member\" (Member)","\"NotMember\" (NotMember)"],"kind":"enum","open":false,"repr":"string","values":["Owner","Admin","Member","NotMember"]},"SendGroupMsgRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Random","u32",true,{}],["MsgPriority",{"ref":"MsgPriority"},false,{}],["MsgBody",["list",{"ref":"TimMsgElement"}],true,{"min_items":1}],["From_Account","string",false,{}],["OfflinePushInfo",{"ref":"OfflinePushInfo"},false,{}],["ForbidCallbackControl",["list",{"ref":"CallbackControl"}],false,{}],["OnlineOnlyFlag","i32",false,{"maximum":1,"minimum":0}],["SendMsgControl",["list",{"ref":"SendMsgControl"}],false,{}],["CloudCustomData","string",false,{}],["GroupAtInfo",["list",{"ref":"GroupAtInfo"}],false,{}],["SupportMessageExtension","i32",false,{"maximum":1,"minimum":0}]],"forbidden_when":[[["SendMsgControl"],["OnlineOnlyFlag"],1,"OnlineOnlyFlag is 1",null]],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendGroupMsgResponse":{"at_least_one_of":[],"fields":[["MsgTime","i64",true,{}],["MsgSeq","u64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendGroupSystemNotificationRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["ToMembers_Account",["list","string"],false,{"max_items":500}],["Content","string",true,{}],["TopicId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendGroupSystemNotificationResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMsgControl":{"allowed":["\"NoLastMsg\" (NoLastMsg)","\"NoUnread\" (NoUnread)"],"kind":"enum","open":false,"repr":"string","values":["NoLastMsg","NoUnread"]},"SendMsgRequest":{"at_least_one_of":[],"fields":[["SyncOtherMachine","i32",false,{"maximum":2,"minimum":1}],["From_Account","string",false,{}],["To_Account","string",true,{}],["MsgLifeTime","i64",false,{"code":"90026","maximum":604800,"minimum":0}],["MsgSeq","u32",false,{}],["MsgRandom","u32",true,{}],["MsgTimeStamp","i64",false,{}],["ForbidCallbackControl",["list",{"ref":"CallbackControl"}],false,{}],["SendMsgControl",["list",{"ref":"C2cSendMsgControl"}],false,{}],["MsgBody",["list",{"ref":"TimMsgElement"}],true,{"min_items":1}],["CloudCustomData","string",false,{}],["SupportMessageExtension","i32",false,{"maximum":1,"minimum":0}],["OfflinePushInfo",{"ref":"OfflinePushInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMsgResponse":{"at_least_one_of":[],"fields":[["MsgTime","i64",true,{}],["MsgKey","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SetUnreadMsgNumRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Member_Account","string",true,{}],["UnreadMsgNum","i64",true,{"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SetUnreadMsgNumResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"StoredMsgPriority":{"allowed":["1 (High)","2 (Normal)","3 (Low)","4 (Lowest)"],"kind":"enum","open":false,"repr":"i32","values":[1,2,3,4]},"TimCustomElem":{"at_least_one_of":[],"fields":[["Data","string",true,{}],["Desc","string",false,{}],["Ext","string",false,{}],["Sound","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TimFaceElem":{"at_least_one_of":[],"fields":[["Index","i64",true,{}],["Data","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TimFileElem":{"at_least_one_of":[],"fields":[["Url","string","request",{}],["UUID","string",true,{}],["FileSize","i64",false,{}],["FileName","string",false,{}],["Download_Flag","i32","request",{"maximum":2,"minimum":2}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TimImageElem":{"at_least_one_of":[],"fields":[["UUID","string",true,{}],["ImageFormat",{"ref":"ImageFormat"},false,{}],["ImageInfoArray",["list",{"ref":"ImageInfo"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TimLocationElem":{"at_least_one_of":[],"fields":[["Desc","string",true,{}],["Latitude","f64",true,{}],["Longitude","f64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TimMsgElement":{"allowed":["\"TIMTextElem\" (Text)","\"TIMLocationElem\" (Location)","\"TIMFaceElem\" (Face)","\"TIMCustomElem\" (Custom)","\"TIMSoundElem\" (Sound)","\"TIMImageElem\" (Image)","\"TIMFileElem\" (File)","\"TIMVideoFileElem\" (VideoFile)"],"content":"MsgContent","kind":"union","tag":"MsgType","variants":{"TIMCustomElem":"TimCustomElem","TIMFaceElem":"TimFaceElem","TIMFileElem":"TimFileElem","TIMImageElem":"TimImageElem","TIMLocationElem":"TimLocationElem","TIMSoundElem":"TimSoundElem","TIMTextElem":"TimTextElem","TIMVideoFileElem":"TimVideoFileElem"}},"TimSoundElem":{"at_least_one_of":[],"fields":[["Url","string","request",{}],["UUID","string",true,{}],["Size","i64",false,{}],["Second","i64",false,{}],["Download_Flag","i32","request",{"maximum":2,"minimum":2}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TimTextElem":{"at_least_one_of":[],"fields":[["Text","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TimVideoFileElem":{"at_least_one_of":[],"fields":[["VideoUrl","string","request",{}],["VideoUUID","string",true,{}],["VideoSize","i64",false,{}],["VideoSecond","i64",false,{}],["VideoFormat","string",false,{}],["VideoDownloadFlag","i32","request",{"maximum":2,"minimum":2}],["ThumbUrl","string","request",{}],["ThumbUUID","string",true,{}],["ThumbSize","i64",false,{}],["ThumbWidth","i64",true,{}],["ThumbHeight","i64",true,{}],["ThumbFormat","string",false,{}],["ThumbDownloadFlag","i32","request",{"maximum":2,"minimum":2}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UnbanGroupMemberRequest":{"at_least_one_of":[],"fields":[["GroupId","string",true,{}],["Members_Account",["list","string"],true,{"code":"10005","max_items":20,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UnbanGroupMemberResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserRoleInGroup":{"at_least_one_of":[],"fields":[["Member_Account","string",true,{}],["Role",{"ref":"RoleInGroup"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]}},"envelope":{"fields":[["ActionStatus",{"ref":"ActionStatus"},true,{}],["ErrorCode","i64",true,{}],["ErrorInfo","string",true,{}],["ErrorDisplay","string",false,{}],["RequestId","string",false,{}]],"payload":null,"roles":{"code":["ErrorCode"],"message":["ErrorInfo"],"number":["ErrorCode"],"ok_code":null,"request_id":["RequestId"],"request_id_header":null,"status":{"ok":"OK","path":["ActionStatus"]}}}} as Schema;

/** The endpoints, by region; `china` is the default. */
export const ENDPOINTS = {
  china: { host: "console.tim.qq.com", signingRegion: "china" },
  singapore: { host: "adminapisgp.im.qcloud.com", signingRegion: "singapore" },
  seoul: { host: "adminapikr.im.qcloud.com", signingRegion: "seoul" },
  tokyo: { host: "adminapijpn.im.qcloud.com", signingRegion: "tokyo" },
  frankfurt: { host: "adminapiger.im.qcloud.com", signingRegion: "frankfurt" },
  mumbai: { host: "adminapiind.im.qcloud.com", signingRegion: "mumbai" },
  "silicon-valley": { host: "adminapiusa.im.qcloud.com", signingRegion: "silicon-valley" },
  jakarta: { host: "adminapiidn.im.qcloud.com", signingRegion: "jakarta" },
} as const;

/** How requests are signed: the `tencent-usersig` scheme. */
export const SIGNING = { scheme: "tencent-usersig", service: null, per_region: false } as const satisfies Signing;

/** How to reach the service and as whom. */
export interface ClientOptions extends Partial<HttpOptions> {
  /** The credentials requests are signed with. */
  credentials: Credentials[typeof SIGNING.scheme];
}

/**
 * Tencent Cloud Chat (IM) server REST API
 *
 * Every method validates the request against the documented limits (a `ValidationError`
 * before anything is sent), signs it, and returns the decoded result or throws an `ApiError`
 * with the vendor's code.
 */
export class Client {
  // A private field: `console.log`, `util.inspect` and `JSON.stringify` never show the
  // credentials.
  readonly #options: ClientOptions & HttpOptions;

  constructor(options: ClientOptions) {
    this.#options = {
      ...options,
      baseUrl: options.baseUrl ?? "https://console.tim.qq.com",
    };
  }

  /**
   * This API is used to query whether app-owned accounts have been imported to Chat. Batch query is supported.
   *
   * `POST /v4/im_open_login_svc/account_check`; at most 100 calls per second.
   *
   * @see https://trtc.io/document/34956
   */
  async accountCheck(request: t.AccountCheckRequest): Promise<t.AccountCheckResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/im_open_login_svc/account_check", query: [], request: "AccountCheckRequest", response: "AccountCheckResponse" }, request);
  }

  /**
   * This API is used to delete accounts; their data cannot be recovered.
   *
   * `POST /v4/im_open_login_svc/account_delete`.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34955
   */
  async accountDelete(request: t.AccountDeleteRequest): Promise<t.AccountDeleteResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/im_open_login_svc/account_delete", query: [], request: "AccountDeleteRequest", response: "AccountDeleteResponse" }, request);
  }

  /**
   * This API is used to import an app-owned account to Chat and create an internal ID for the account to ensure that the account can use the Chat service.
   *
   * `POST /v4/im_open_login_svc/account_import`; at most 200 calls per second.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34953
   */
  async accountImport(request: t.AccountImportRequest): Promise<t.AccountImportResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/im_open_login_svc/account_import", query: [], request: "AccountImportRequest", response: "AccountImportResponse" }, request);
  }

  /**
   * This API allows the app administrator to add new members to a group.
   *
   * `POST /v4/group_open_http_svc/add_group_member`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34921
   */
  async addGroupMember(request: t.AddGroupMemberRequest): Promise<t.AddGroupMemberResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/add_group_member", query: [], request: "AddGroupMemberRequest", response: "AddGroupMemberResponse" }, request);
  }

  /**
   * This API is used by the app admin to query the message history of a one-to-one conversation from the perspective of a party of the conversation based on a specified time range.
   *
   * `POST /v4/openim/admin_getroammsg`; at most 200 calls per second.
   *
   * @see https://www.tencentcloud.com/document/product/1047/35478
   */
  async adminGetRoamMsg(request: t.AdminGetRoamMsgRequest): Promise<t.AdminGetRoamMsgResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/openim/admin_getroammsg", query: [], request: "AdminGetRoamMsgRequest", response: "AdminGetRoamMsgResponse" }, request);
  }

  /**
   * Every page of `AdminGetRoamMsg` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  adminGetRoamMsgPages(request: t.AdminGetRoamMsgRequest): AsyncGenerator<t.AdminGetRoamMsgResponse, void, undefined> {
    return pages([{"style":"token","when":null,"request_field":"LastMsgKey","request_type":"string","response_field":"LastMsgKey","next_from_items":null,"items":"MsgList","page_size":"MaxCnt","has_more":null,"is_finished":null,"end_value":null,"total":null,"flag":{"field":"Complete","more":[0],"done":[1]},"carry":[{"request_field":"MaxTime","response_field":"LastMsgTime"}]}], request, (r) => this.adminGetRoamMsg(r));
  }

  /**
   * This API enables administrators to recall one-to-one messages.
   *
   * `POST /v4/openim/admin_msgwithdraw`.
   *
   * @see https://www.tencentcloud.com/document/product/1047/35015
   */
  async adminMsgWithdraw(request: t.AdminMsgWithdrawRequest): Promise<t.AdminMsgWithdrawResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/openim/admin_msgwithdraw", query: [], request: "AdminMsgWithdrawRequest", response: "AdminMsgWithdrawResponse" }, request);
  }

  /**
   * This API is used to mark the messages of a one-to-one conversation as read.
   *
   * `POST /v4/openim/admin_set_msg_read`; at most 200 calls per second.
   *
   * @see https://trtc.io/document/38996
   */
  async adminSetMsgRead(request: t.AdminSetMsgReadRequest): Promise<t.AdminSetMsgReadResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/openim/admin_set_msg_read", query: [], request: "AdminSetMsgReadRequest", response: "AdminSetMsgReadResponse" }, request);
  }

  /**
   * This API is used to ban a member of an audio-video group.
   *
   * `POST /v4/group_open_http_svc/ban_group_member`; at most 200 calls per second.
   *
   * Applies to group type: `AVChatRoom` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/50296
   */
  async banGroupMember(request: t.BanGroupMemberRequest): Promise<t.BanGroupMemberResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/ban_group_member", query: [], request: "BanGroupMemberRequest", response: "BanGroupMemberResponse" }, request);
  }

  /**
   * This API is used to send one-to-one messages to multiple users (up to 500) at a time.
   *
   * `POST /v4/openim/batchsendmsg`; at most 200 calls per second.
   *
   * @see https://trtc.io/document/34920
   */
  async batchSendMsg(request: t.BatchSendMsgRequest): Promise<t.BatchSendMsgResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/openim/batchsendmsg", query: [], request: "BatchSendMsgRequest", response: "BatchSendMsgResponse" }, request);
  }

  /**
   * This API is used by the app admin to transfer the group ownership to another member.
   *
   * `POST /v4/group_open_http_svc/change_group_owner`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://intl.cloud.tencent.com/jp/document/product/1047/34966
   */
  async changeGroupOwner(request: t.ChangeGroupOwnerRequest): Promise<t.ChangeGroupOwnerResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/change_group_owner", query: [], request: "ChangeGroupOwnerRequest", response: "ChangeGroupOwnerResponse" }, request);
  }

  /**
   * This API is used by the app admin to create groups.
   *
   * `POST /v4/group_open_http_svc/create_group`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://trtc.io/ko/document/34895
   */
  async createGroup(request: t.CreateGroupRequest): Promise<t.CreateGroupResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/create_group", query: [], request: "CreateGroupRequest", response: "CreateGroupResponse" }, request);
  }

  /**
   * This API is used by app admins to delete group members.
   *
   * `POST /v4/group_open_http_svc/delete_group_member`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://tencentcloud.com/jp/document/product/1047/34949
   */
  async deleteGroupMember(request: t.DeleteGroupMemberRequest): Promise<t.DeleteGroupMemberResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/delete_group_member", query: [], request: "DeleteGroupMemberRequest", response: "DeleteGroupMemberResponse" }, request);
  }

  /**
   * This API can be used to recall the messages sent by a specified user among the last 1,000 messages.
   *
   * An app administrator silently recalls every message one sender sent among the group's last 1,000 messages; the group's history (`GroupMsgGetSimple`) then shows them recalled. An audio-video group stores no history: the call succeeds and changes nothing.
   *
   * `POST /v4/group_open_http_svc/delete_group_msg_by_sender`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34970
   */
  async deleteGroupMsgBySender(request: t.DeleteGroupMsgBySenderRequest): Promise<t.DeleteGroupMsgBySenderResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/delete_group_msg_by_sender", query: [], request: "DeleteGroupMsgBySenderRequest", response: "DeleteGroupMsgBySenderResponse" }, request);
  }

  /**
   * This API is used by the app admin to disband a group.
   *
   * `POST /v4/group_open_http_svc/destroy_group`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://tencentcloud.com/zh/document/product/1047/34896
   */
  async destroyGroup(request: t.DestroyGroupRequest): Promise<t.DestroyGroupResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/destroy_group", query: [], request: "DestroyGroupRequest", response: "DestroyGroupResponse" }, request);
  }

  /**
   * This API is used by the app admin to mute or unmute group members in bulk.
   *
   * `POST /v4/group_open_http_svc/forbid_send_msg`; at most 200 calls per second.
   *
   * Applies to group type: `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://intl.cloud.tencent.com/document/product/1047/34951
   */
  async forbidSendMsg(request: t.ForbidSendMsgRequest): Promise<t.ForbidSendMsgResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/forbid_send_msg", query: [], request: "ForbidSendMsgRequest", response: "ForbidSendMsgResponse" }, request);
  }

  /**
   * App 管理员可以通过该接口获取 App 中所有群组的 ID。
   *
   * Lists the IDs of the app's groups, for app administrators. Without `Limit` at most 10,000 IDs come back; to list them all, page with `Limit` and `Next` (0 first, then the `Next` the previous page answered, until it answers 0). `GroupType` keeps one type of group, and `TotalCount` then counts that type only; paging never changes it.
   *
   * `POST /v4/group_open_http_svc/get_appid_group_list`; at most 1 calls per second.
   *
   * @see https://cloud.tencent.com/document/product/269/1614
   */
  async getAppidGroupList(request: t.GetAppidGroupListRequest): Promise<t.GetAppidGroupListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_appid_group_list", query: [], request: "GetAppidGroupListRequest", response: "GetAppidGroupListResponse" }, request);
  }

  /**
   * Every page of `GetAppidGroupList` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getAppidGroupListPages(request: t.GetAppidGroupListRequest): AsyncGenerator<t.GetAppidGroupListResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Next","request_type":"i64","response_field":"Next","next_from_items":null,"items":"GroupIdList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":0,"total":null,"flag":null,"carry":[]}], request, (r) => this.getAppidGroupList(r));
  }

  /**
   * You can use this API to get the list of banned members of an audio-video group.
   *
   * `POST /v4/group_open_http_svc/get_group_ban_member`; at most 200 calls per second.
   *
   * Applies to group type: `AVChatRoom` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/50295
   */
  async getGroupBanMember(request: t.GetGroupBanMemberRequest): Promise<t.GetGroupBanMemberResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_group_ban_member", query: [], request: "GetGroupBanMemberRequest", response: "GetGroupBanMemberResponse" }, request);
  }

  /**
   * Every page of `GetGroupBanMember` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getGroupBanMemberPages(request: t.GetGroupBanMemberRequest): AsyncGenerator<t.GetGroupBanMemberResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Offset","request_type":"i32","response_field":"NextOffset","next_from_items":null,"items":"BannedAccountList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":0,"total":null,"flag":null,"carry":[]}], request, (r) => this.getGroupBanMember(r));
  }

  /**
   * This API is used by the app admin to query the detailed group information based on one or more group IDs.
   *
   * `POST /v4/group_open_http_svc/get_group_info`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://trtc.io/document/34961
   */
  async getGroupInfo(request: t.GetGroupInfoRequest): Promise<t.GetGroupInfoResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_group_info", query: [], request: "GetGroupInfoRequest", response: "GetGroupInfoResponse" }, request);
  }

  /**
   * This API is used by the app admin to obtain group member profiles based on the group ID.
   *
   * `POST /v4/group_open_http_svc/get_group_member_info`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34948
   */
  async getGroupMemberInfo(request: t.GetGroupMemberInfoRequest): Promise<t.GetGroupMemberInfoResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_group_member_info", query: [], request: "GetGroupMemberInfoRequest", response: "GetGroupMemberInfoResponse" }, request);
  }

  /**
   * Every page of `GetGroupMemberInfo` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getGroupMemberInfoPages(request: t.GetGroupMemberInfoRequest): AsyncGenerator<t.GetGroupMemberInfoResponse, void, undefined> {
    return pages([{"style":"token","when":{"field":"Next","path":["Next"],"equals":null,"condition":"Next is sent"},"request_field":"Next","request_type":"string","response_field":"Next","next_from_items":null,"items":"MemberList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":"","total":null,"flag":null,"carry":[]},{"style":"offset","when":null,"request_field":"Offset","request_type":"i32","response_field":null,"next_from_items":null,"items":"MemberList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":null,"total":"MemberNum","flag":null,"carry":[]}], request, (r) => this.getGroupMemberInfo(r));
  }

  /**
   * This API is used by the app admin to get the list of muted users in a group based on the group ID.
   *
   * Lists a group's members who are muted now, each with the time (Unix seconds, UTC) the mute ends, as `ForbidSendMsg` set it.
   *
   * `POST /v4/group_open_http_svc/get_group_muted_account`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://trtc.io/document/34964
   */
  async getGroupMutedAccount(request: t.GetGroupMutedAccountRequest): Promise<t.GetGroupMutedAccountResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_group_muted_account", query: [], request: "GetGroupMutedAccountRequest", response: "GetGroupMutedAccountResponse" }, request);
  }

  /**
   * App 管理员可以通过本接口获取某一用户加入的群信息。
   *
   * Lists the groups an account has joined, for app administrators. Work groups joined but not activated, and audio-video groups, are left out unless asked for. Without `Limit` every group comes in one answer; `Limit` and `Offset` page the list, and `ResponseFilter` asks for the groups' basic fields and the account's own data in each.
   *
   * `POST /v4/group_open_http_svc/get_joined_group_list`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://trtc.io/zh/document/34925
   */
  async getJoinedGroupList(request: t.GetJoinedGroupListRequest): Promise<t.GetJoinedGroupListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_joined_group_list", query: [], request: "GetJoinedGroupListRequest", response: "GetJoinedGroupListResponse" }, request);
  }

  /**
   * Every page of `GetJoinedGroupList` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getJoinedGroupListPages(request: t.GetJoinedGroupListRequest): AsyncGenerator<t.GetJoinedGroupListResponse, void, undefined> {
    return pages([{"style":"offset","when":null,"request_field":"Offset","request_type":"i32","response_field":null,"next_from_items":null,"items":"GroupIdList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":null,"total":"TotalCount","flag":null,"carry":[]}], request, (r) => this.getJoinedGroupList(r));
  }

  /**
   * This API is used to get the list of online members in an audio-video group based on the group ID.
   *
   * `POST /v4/group_open_avchatroom_http_svc/get_members`; at most 200 calls per second.
   *
   * Applies to group type: `AVChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/50293
   */
  async getMembers(request: t.GetMembersRequest): Promise<t.GetMembersResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_avchatroom_http_svc/get_members", query: [], request: "GetMembersRequest", response: "GetMembersResponse" }, request);
  }

  /**
   * Every page of `GetMembers` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getMembersPages(request: t.GetMembersRequest): AsyncGenerator<t.GetMembersResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Timestamp","request_type":"i64","response_field":"NextTimestamp","next_from_items":null,"items":"MemberList","page_size":null,"has_more":null,"is_finished":null,"end_value":0,"total":null,"flag":null,"carry":[]}], request, (r) => this.getMembers(r));
  }

  /**
   * The app admin can use the group ID to obtain the number of online users in a live stream group.
   *
   * `POST /v4/group_open_http_svc/get_online_member_num`; at most 200 calls per second.
   *
   * @see https://www.tencentcloud.com/document/product/1047/38521
   */
  async getOnlineMemberNum(request: t.GetOnlineMemberNumRequest): Promise<t.GetOnlineMemberNumResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_online_member_num", query: [], request: "GetOnlineMemberNumRequest", response: "GetOnlineMemberNumResponse" }, request);
  }

  /**
   * This API is used by the app admin to batch obtain the roles of users in a group.
   *
   * `POST /v4/group_open_http_svc/get_role_in_group`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://tencentcloud.com/document/product/1047/34963
   */
  async getRoleInGroup(request: t.GetRoleInGroupRequest): Promise<t.GetRoleInGroupResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/get_role_in_group", query: [], request: "GetRoleInGroupRequest", response: "GetRoleInGroupResponse" }, request);
  }

  /**
   * This API allows the app administrator to pull the historical messages of a group.
   *
   * `POST /v4/group_open_http_svc/group_msg_get_simple`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34971
   */
  async groupMsgGetSimple(request: t.GroupMsgGetSimpleRequest): Promise<t.GroupMsgGetSimpleResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/group_msg_get_simple", query: [], request: "GroupMsgGetSimpleRequest", response: "GroupMsgGetSimpleResponse" }, request);
  }

  /**
   * Every page of `GroupMsgGetSimple` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  groupMsgGetSimplePages(request: t.GroupMsgGetSimpleRequest): AsyncGenerator<t.GroupMsgGetSimpleResponse, void, undefined> {
    return pages([{"style":"sequence","when":null,"request_field":"ReqMsgSeq","request_type":"i64","response_field":null,"next_from_items":{"field":"MsgSeq","of":"min","add":-1},"items":"RspMsgList","page_size":"ReqMsgNumber","has_more":null,"is_finished":null,"end_value":null,"total":null,"flag":{"field":"IsFinished","more":[0],"done":[1,2]},"carry":[]}], request, (r) => this.groupMsgGetSimple(r));
  }

  /**
   * This API enables admins to recall group messages.
   *
   * An app administrator recalls up to 10 messages of a group by their seq; each comes back with its own result code (0 recalled). A recalled message then shows as recalled in the group's history (`GroupMsgGetSimple`: left out, or with `WithRecalledMsg` 1 given with `IsPlaceMsg` 2).
   *
   * `POST /v4/group_open_http_svc/group_msg_recall`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34965
   */
  async groupMsgRecall(request: t.GroupMsgRecallRequest): Promise<t.GroupMsgRecallResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/group_msg_recall", query: [], request: "GroupMsgRecallRequest", response: "GroupMsgRecallResponse" }, request);
  }

  /**
   * This API allows the app admin to import group data without triggering callbacks or delivering notifications.
   *
   * `POST /v4/group_open_http_svc/import_group`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://trtc.io/document/34967
   */
  async importGroup(request: t.ImportGroupRequest): Promise<t.ImportGroupResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/import_group", query: [], request: "ImportGroupRequest", response: "ImportGroupResponse" }, request);
  }

  /**
   * This API is used to import group members without triggering callbacks or delivering notifications.
   *
   * `POST /v4/group_open_http_svc/import_group_member`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34969
   */
  async importGroupMember(request: t.ImportGroupMemberRequest): Promise<t.ImportGroupMemberResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/import_group_member", query: [], request: "ImportGroupMemberRequest", response: "ImportGroupMemberResponse" }, request);
  }

  /**
   * This API is used to import group messages without triggering callbacks or sending notifications.
   *
   * An app administrator imports up to 7 past messages into a group's history (a migration), each with its own sender and time, oldest first and after the group's latest message; each is answered with its own `Result`, and the imported ones with the seq they got. Every member's unread count becomes 0.
   *
   * `POST /v4/group_open_http_svc/import_group_msg`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34968
   */
  async importGroupMsg(request: t.ImportGroupMsgRequest): Promise<t.ImportGroupMsgResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/import_group_msg", query: [], request: "ImportGroupMsgRequest", response: "ImportGroupMsgResponse" }, request);
  }

  /**
   * This API imports one-to-one chat history to Tencent Cloud Chat in chronological order.
   *
   * `POST /v4/openim/importmsg`; at most 200 calls per second.
   *
   * @see https://trtc.io/document/35014
   */
  async importMsg(request: t.ImportMsgRequest): Promise<t.ImportMsgResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/openim/importmsg", query: [], request: "ImportMsgRequest", response: "ImportMsgResponse" }, request);
  }

  /**
   * This API is used by the app admin to modify the profile of a specified group.
   *
   * `POST /v4/group_open_http_svc/modify_group_base_info`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://trtc.io/document/34962
   */
  async modifyGroupBaseInfo(request: t.ModifyGroupBaseInfoRequest): Promise<t.ModifyGroupBaseInfoResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/modify_group_base_info", query: [], request: "ModifyGroupBaseInfoRequest", response: "ModifyGroupBaseInfoResponse" }, request);
  }

  /**
   * This API is used by the app admin to modify the profile of a group member.
   *
   * `POST /v4/group_open_http_svc/modify_group_member_info`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `Community` only.
   *
   * @see https://intl.cloud.tencent.com/document/product/1047/34900
   */
  async modifyGroupMemberInfo(request: t.ModifyGroupMemberInfoRequest): Promise<t.ModifyGroupMemberInfoResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/modify_group_member_info", query: [], request: "ModifyGroupMemberInfoRequest", response: "ModifyGroupMemberInfoResponse" }, request);
  }

  /**
   * App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members.
   *
   * `POST /v4/group_open_avchatroom_http_svc/modify_user_info`; at most 200 calls per second.
   *
   * @see https://www.tencentcloud.com/jp/document/product/1047/50294
   */
  async modifyUserInfo(request: t.ModifyUserInfoRequest): Promise<t.ModifyUserInfoResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_avchatroom_http_svc/modify_user_info", query: [], request: "ModifyUserInfoRequest", response: "ModifyUserInfoResponse" }, request);
  }

  /**
   * This API is used to import multiple app-owned accounts to Chat in one request, creating an internal ID for each.
   *
   * `POST /v4/im_open_login_svc/multiaccount_import`; at most 100 calls per second.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34954
   */
  async multiaccountImport(request: t.MultiaccountImportRequest): Promise<t.MultiaccountImportResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/im_open_login_svc/multiaccount_import", query: [], request: "MultiaccountImportRequest", response: "MultiaccountImportResponse" }, request);
  }

  /**
   * This API is used by the app admin to send ordinary messages in a group.
   *
   * The Chinese page's summary: App 管理员可以通过该接口在群组中发送普通消息 (the App admin can send ordinary messages in a group through this API).
   *
   * `POST /v4/group_open_http_svc/send_group_msg`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34959
   */
  async sendGroupMsg(request: t.SendGroupMsgRequest): Promise<t.SendGroupMsgResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/send_group_msg", query: [], request: "SendGroupMsgRequest", response: "SendGroupMsgResponse" }, request);
  }

  /**
   * This API is used by app admins to push system notifications to group chats.
   *
   * An app administrator pushes a text notification to a group: to every member, or only to the members `ToMembers_Account` names (not in an audio-video group, which takes only the first). The notification is not a group message: it has no seq and is not in the history.
   *
   * `POST /v4/group_open_http_svc/send_group_system_notification`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` only.
   *
   * @see https://trtc.io/document/34958
   */
  async sendGroupSystemNotification(request: t.SendGroupSystemNotificationRequest): Promise<t.SendGroupSystemNotificationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/send_group_system_notification", query: [], request: "SendGroupSystemNotificationRequest", response: "SendGroupSystemNotificationResponse" }, request);
  }

  /**
   * This API is used by the app admin to send a one-to-one message to an account.
   *
   * `POST /v4/openim/sendmsg`; at most 200 calls per second.
   *
   * @see https://trtc.io/document/34919
   */
  async sendMsg(request: t.SendMsgRequest): Promise<t.SendMsgResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/openim/sendmsg", query: [], request: "SendMsgRequest", response: "SendMsgResponse" }, request);
  }

  /**
   * This API is used by app admins to set the unread message count of a group member.
   *
   * An app administrator sets how many of a group's messages one member has not read (for a migration); a count above the group's number of messages becomes that number. Meeting (ChatRoom) and audio-video groups have no unread counts: the call succeeds and changes nothing.
   *
   * `POST /v4/group_open_http_svc/set_unread_msg_num`; at most 200 calls per second.
   *
   * Applies to group type: `Private`, `Public`, `Community` only.
   *
   * @see https://www.tencentcloud.com/document/product/1047/34909
   */
  async setUnreadMsgNum(request: t.SetUnreadMsgNumRequest): Promise<t.SetUnreadMsgNumResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/set_unread_msg_num", query: [], request: "SetUnreadMsgNumRequest", response: "SetUnreadMsgNumResponse" }, request);
  }

  /**
   * This API is used to unban a member of an audio-video group.
   *
   * `POST /v4/group_open_http_svc/unban_group_member`; at most 200 calls per second.
   *
   * Applies to group type: `AVChatRoom` only.
   *
   * @see https://trtc.io/document/50297
   */
  async unbanGroupMember(request: t.UnbanGroupMemberRequest): Promise<t.UnbanGroupMemberResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/v4/group_open_http_svc/unban_group_member", query: [], request: "UnbanGroupMemberRequest", response: "UnbanGroupMemberResponse" }, request);
  }
}

/** The violations of `AccountCheckRequest`'s documented limits (none when it is valid). */
export function validateAccountCheckRequest(request: t.AccountCheckRequest): Violation[] {
  return validate(SCHEMA, "AccountCheckRequest", request);
}

/** The violations of `AccountDeleteRequest`'s documented limits (none when it is valid). */
export function validateAccountDeleteRequest(request: t.AccountDeleteRequest): Violation[] {
  return validate(SCHEMA, "AccountDeleteRequest", request);
}

/** The violations of `AccountImportRequest`'s documented limits (none when it is valid). */
export function validateAccountImportRequest(request: t.AccountImportRequest): Violation[] {
  return validate(SCHEMA, "AccountImportRequest", request);
}

/** The violations of `AddGroupMemberRequest`'s documented limits (none when it is valid). */
export function validateAddGroupMemberRequest(request: t.AddGroupMemberRequest): Violation[] {
  return validate(SCHEMA, "AddGroupMemberRequest", request);
}

/** The violations of `AdminGetRoamMsgRequest`'s documented limits (none when it is valid). */
export function validateAdminGetRoamMsgRequest(request: t.AdminGetRoamMsgRequest): Violation[] {
  return validate(SCHEMA, "AdminGetRoamMsgRequest", request);
}

/** The violations of `AdminMsgWithdrawRequest`'s documented limits (none when it is valid). */
export function validateAdminMsgWithdrawRequest(request: t.AdminMsgWithdrawRequest): Violation[] {
  return validate(SCHEMA, "AdminMsgWithdrawRequest", request);
}

/** The violations of `AdminSetMsgReadRequest`'s documented limits (none when it is valid). */
export function validateAdminSetMsgReadRequest(request: t.AdminSetMsgReadRequest): Violation[] {
  return validate(SCHEMA, "AdminSetMsgReadRequest", request);
}

/** The violations of `BanGroupMemberRequest`'s documented limits (none when it is valid). */
export function validateBanGroupMemberRequest(request: t.BanGroupMemberRequest): Violation[] {
  return validate(SCHEMA, "BanGroupMemberRequest", request);
}

/** The violations of `BatchSendMsgRequest`'s documented limits (none when it is valid). */
export function validateBatchSendMsgRequest(request: t.BatchSendMsgRequest): Violation[] {
  return validate(SCHEMA, "BatchSendMsgRequest", request);
}

/** The violations of `ChangeGroupOwnerRequest`'s documented limits (none when it is valid). */
export function validateChangeGroupOwnerRequest(request: t.ChangeGroupOwnerRequest): Violation[] {
  return validate(SCHEMA, "ChangeGroupOwnerRequest", request);
}

/** The violations of `CreateGroupRequest`'s documented limits (none when it is valid). */
export function validateCreateGroupRequest(request: t.CreateGroupRequest): Violation[] {
  return validate(SCHEMA, "CreateGroupRequest", request);
}

/** The violations of `DeleteGroupMemberRequest`'s documented limits (none when it is valid). */
export function validateDeleteGroupMemberRequest(request: t.DeleteGroupMemberRequest): Violation[] {
  return validate(SCHEMA, "DeleteGroupMemberRequest", request);
}

/** The violations of `DeleteGroupMsgBySenderRequest`'s documented limits (none when it is valid). */
export function validateDeleteGroupMsgBySenderRequest(request: t.DeleteGroupMsgBySenderRequest): Violation[] {
  return validate(SCHEMA, "DeleteGroupMsgBySenderRequest", request);
}

/** The violations of `DestroyGroupRequest`'s documented limits (none when it is valid). */
export function validateDestroyGroupRequest(request: t.DestroyGroupRequest): Violation[] {
  return validate(SCHEMA, "DestroyGroupRequest", request);
}

/** The violations of `ForbidSendMsgRequest`'s documented limits (none when it is valid). */
export function validateForbidSendMsgRequest(request: t.ForbidSendMsgRequest): Violation[] {
  return validate(SCHEMA, "ForbidSendMsgRequest", request);
}

/** The violations of `GetAppidGroupListRequest`'s documented limits (none when it is valid). */
export function validateGetAppidGroupListRequest(request: t.GetAppidGroupListRequest): Violation[] {
  return validate(SCHEMA, "GetAppidGroupListRequest", request);
}

/** The violations of `GetGroupBanMemberRequest`'s documented limits (none when it is valid). */
export function validateGetGroupBanMemberRequest(request: t.GetGroupBanMemberRequest): Violation[] {
  return validate(SCHEMA, "GetGroupBanMemberRequest", request);
}

/** The violations of `GetGroupInfoRequest`'s documented limits (none when it is valid). */
export function validateGetGroupInfoRequest(request: t.GetGroupInfoRequest): Violation[] {
  return validate(SCHEMA, "GetGroupInfoRequest", request);
}

/** The violations of `GetGroupMemberInfoRequest`'s documented limits (none when it is valid). */
export function validateGetGroupMemberInfoRequest(request: t.GetGroupMemberInfoRequest): Violation[] {
  return validate(SCHEMA, "GetGroupMemberInfoRequest", request);
}

/** The violations of `GetGroupMutedAccountRequest`'s documented limits (none when it is valid). */
export function validateGetGroupMutedAccountRequest(request: t.GetGroupMutedAccountRequest): Violation[] {
  return validate(SCHEMA, "GetGroupMutedAccountRequest", request);
}

/** The violations of `GetJoinedGroupListRequest`'s documented limits (none when it is valid). */
export function validateGetJoinedGroupListRequest(request: t.GetJoinedGroupListRequest): Violation[] {
  return validate(SCHEMA, "GetJoinedGroupListRequest", request);
}

/** The violations of `GetMembersRequest`'s documented limits (none when it is valid). */
export function validateGetMembersRequest(request: t.GetMembersRequest): Violation[] {
  return validate(SCHEMA, "GetMembersRequest", request);
}

/** The violations of `GetOnlineMemberNumRequest`'s documented limits (none when it is valid). */
export function validateGetOnlineMemberNumRequest(request: t.GetOnlineMemberNumRequest): Violation[] {
  return validate(SCHEMA, "GetOnlineMemberNumRequest", request);
}

/** The violations of `GetRoleInGroupRequest`'s documented limits (none when it is valid). */
export function validateGetRoleInGroupRequest(request: t.GetRoleInGroupRequest): Violation[] {
  return validate(SCHEMA, "GetRoleInGroupRequest", request);
}

/** The violations of `GroupMsgGetSimpleRequest`'s documented limits (none when it is valid). */
export function validateGroupMsgGetSimpleRequest(request: t.GroupMsgGetSimpleRequest): Violation[] {
  return validate(SCHEMA, "GroupMsgGetSimpleRequest", request);
}

/** The violations of `GroupMsgRecallRequest`'s documented limits (none when it is valid). */
export function validateGroupMsgRecallRequest(request: t.GroupMsgRecallRequest): Violation[] {
  return validate(SCHEMA, "GroupMsgRecallRequest", request);
}

/** The violations of `ImportGroupRequest`'s documented limits (none when it is valid). */
export function validateImportGroupRequest(request: t.ImportGroupRequest): Violation[] {
  return validate(SCHEMA, "ImportGroupRequest", request);
}

/** The violations of `ImportGroupMemberRequest`'s documented limits (none when it is valid). */
export function validateImportGroupMemberRequest(request: t.ImportGroupMemberRequest): Violation[] {
  return validate(SCHEMA, "ImportGroupMemberRequest", request);
}

/** The violations of `ImportGroupMsgRequest`'s documented limits (none when it is valid). */
export function validateImportGroupMsgRequest(request: t.ImportGroupMsgRequest): Violation[] {
  return validate(SCHEMA, "ImportGroupMsgRequest", request);
}

/** The violations of `ImportMsgRequest`'s documented limits (none when it is valid). */
export function validateImportMsgRequest(request: t.ImportMsgRequest): Violation[] {
  return validate(SCHEMA, "ImportMsgRequest", request);
}

/** The violations of `ModifyGroupBaseInfoRequest`'s documented limits (none when it is valid). */
export function validateModifyGroupBaseInfoRequest(request: t.ModifyGroupBaseInfoRequest): Violation[] {
  return validate(SCHEMA, "ModifyGroupBaseInfoRequest", request);
}

/** The violations of `ModifyGroupMemberInfoRequest`'s documented limits (none when it is valid). */
export function validateModifyGroupMemberInfoRequest(request: t.ModifyGroupMemberInfoRequest): Violation[] {
  return validate(SCHEMA, "ModifyGroupMemberInfoRequest", request);
}

/** The violations of `ModifyUserInfoRequest`'s documented limits (none when it is valid). */
export function validateModifyUserInfoRequest(request: t.ModifyUserInfoRequest): Violation[] {
  return validate(SCHEMA, "ModifyUserInfoRequest", request);
}

/** The violations of `MultiaccountImportRequest`'s documented limits (none when it is valid). */
export function validateMultiaccountImportRequest(request: t.MultiaccountImportRequest): Violation[] {
  return validate(SCHEMA, "MultiaccountImportRequest", request);
}

/** The violations of `SendGroupMsgRequest`'s documented limits (none when it is valid). */
export function validateSendGroupMsgRequest(request: t.SendGroupMsgRequest): Violation[] {
  return validate(SCHEMA, "SendGroupMsgRequest", request);
}

/** The violations of `SendGroupSystemNotificationRequest`'s documented limits (none when it is valid). */
export function validateSendGroupSystemNotificationRequest(request: t.SendGroupSystemNotificationRequest): Violation[] {
  return validate(SCHEMA, "SendGroupSystemNotificationRequest", request);
}

/** The violations of `SendMsgRequest`'s documented limits (none when it is valid). */
export function validateSendMsgRequest(request: t.SendMsgRequest): Violation[] {
  return validate(SCHEMA, "SendMsgRequest", request);
}

/** The violations of `SetUnreadMsgNumRequest`'s documented limits (none when it is valid). */
export function validateSetUnreadMsgNumRequest(request: t.SetUnreadMsgNumRequest): Violation[] {
  return validate(SCHEMA, "SetUnreadMsgNumRequest", request);
}

/** The violations of `UnbanGroupMemberRequest`'s documented limits (none when it is valid). */
export function validateUnbanGroupMemberRequest(request: t.UnbanGroupMemberRequest): Violation[] {
  return validate(SCHEMA, "UnbanGroupMemberRequest", request);
}

/** What a caller needs to know of each operation. */
export const OPERATIONS = {
  AccountCheck: {
    method: "POST",
    path: "/v4/im_open_login_svc/account_check",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [70169,70402,70403,70500],
  },
  AccountDelete: {
    method: "POST",
    path: "/v4/im_open_login_svc/account_delete",
    rateLimit: null,
    idempotent: true,
    errors: [70169,70402,70403,70500,71000],
  },
  AccountImport: {
    method: "POST",
    path: "/v4/im_open_login_svc/account_import",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [40006,40601,70169,70398,70402,70403,70500],
  },
  AddGroupMember: {
    method: "POST",
    path: "/v4/group_open_http_svc/add_group_member",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10003,10004,10005,10007,10010,10014,10015,10016,10019,10026,10037],
  },
  AdminGetRoamMsg: {
    method: "POST",
    path: "/v4/openim/admin_getroammsg",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    pagination: [{"style":"token","when":null,"request_field":"LastMsgKey","request_type":"string","response_field":"LastMsgKey","next_from_items":null,"items":"MsgList","page_size":"MaxCnt","has_more":null,"is_finished":null,"end_value":null,"total":null,"flag":{"field":"Complete","more":[0],"done":[1]},"carry":[{"request_field":"MaxTime","response_field":"LastMsgTime"}]}],
    errors: [90001,90009,90010,90048,90994],
  },
  AdminMsgWithdraw: {
    method: "POST",
    path: "/v4/openim/admin_msgwithdraw",
    rateLimit: null,
    idempotent: true,
    errors: [90001,90009,90010,90054,20022,20023,90994],
  },
  AdminSetMsgRead: {
    method: "POST",
    path: "/v4/openim/admin_set_msg_read",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [90001,90009,90010,90048,90994],
  },
  BanGroupMember: {
    method: "POST",
    path: "/v4/group_open_http_svc/ban_group_member",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10005,10007,10010,10015],
  },
  BatchSendMsg: {
    method: "POST",
    path: "/v4/openim/batchsendmsg",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [90001,90008,90009,90010,90011,90026,90055,90994],
  },
  ChangeGroupOwner: {
    method: "POST",
    path: "/v4/group_open_http_svc/change_group_owner",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  CreateGroup: {
    method: "POST",
    path: "/v4/group_open_http_svc/create_group",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10004,10007,10016,10021,10025,10036,10037,10038],
  },
  DeleteGroupMember: {
    method: "POST",
    path: "/v4/group_open_http_svc/delete_group_member",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10004,10007,10010,10015],
  },
  DeleteGroupMsgBySender: {
    method: "POST",
    path: "/v4/group_open_http_svc/delete_group_msg_by_sender",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  DestroyGroup: {
    method: "POST",
    path: "/v4/group_open_http_svc/destroy_group",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  ForbidSendMsg: {
    method: "POST",
    path: "/v4/group_open_http_svc/forbid_send_msg",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  GetAppidGroupList: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_appid_group_list",
    rateLimit: {"per":"second","requests":1},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Next","request_type":"i64","response_field":"Next","next_from_items":null,"items":"GroupIdList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":0,"total":null,"flag":null,"carry":[]}],
    errors: [10002,10004,10007,10018],
  },
  GetGroupBanMember: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_group_ban_member",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Offset","request_type":"i32","response_field":"NextOffset","next_from_items":null,"items":"BannedAccountList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":0,"total":null,"flag":null,"carry":[]}],
    errors: [10002,10003,10004,10007,10010,10015],
  },
  GetGroupInfo: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_group_info",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10004,10007,10010,10015,10018],
  },
  GetGroupMemberInfo: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_group_member_info",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    pagination: [{"style":"token","when":{"field":"Next","path":["Next"],"equals":null,"condition":"Next is sent"},"request_field":"Next","request_type":"string","response_field":"Next","next_from_items":null,"items":"MemberList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":"","total":null,"flag":null,"carry":[]},{"style":"offset","when":null,"request_field":"Offset","request_type":"i32","response_field":null,"next_from_items":null,"items":"MemberList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":null,"total":"MemberNum","flag":null,"carry":[]}],
    errors: [10002,10003,10004,10007,10018,10010,10015],
  },
  GetGroupMutedAccount: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_group_muted_account",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  GetJoinedGroupList: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_joined_group_list",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    pagination: [{"style":"offset","when":null,"request_field":"Offset","request_type":"i32","response_field":null,"next_from_items":null,"items":"GroupIdList","page_size":"Limit","has_more":null,"is_finished":null,"end_value":null,"total":"TotalCount","flag":null,"carry":[]}],
    errors: [10002,10004,10007],
  },
  GetMembers: {
    method: "POST",
    path: "/v4/group_open_avchatroom_http_svc/get_members",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Timestamp","request_type":"i64","response_field":"NextTimestamp","next_from_items":null,"items":"MemberList","page_size":null,"has_more":null,"is_finished":null,"end_value":0,"total":null,"flag":null,"carry":[]}],
    errors: [10002,10003,10004,10007,10010,10015],
  },
  GetOnlineMemberNum: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_online_member_num",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  GetRoleInGroup: {
    method: "POST",
    path: "/v4/group_open_http_svc/get_role_in_group",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10004,10007,10010,10015],
  },
  GroupMsgGetSimple: {
    method: "POST",
    path: "/v4/group_open_http_svc/group_msg_get_simple",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    pagination: [{"style":"sequence","when":null,"request_field":"ReqMsgSeq","request_type":"i64","response_field":null,"next_from_items":{"field":"MsgSeq","of":"min","add":-1},"items":"RspMsgList","page_size":"ReqMsgNumber","has_more":null,"is_finished":null,"end_value":null,"total":null,"flag":{"field":"IsFinished","more":[0],"done":[1,2]},"carry":[]}],
    errors: [10002,10004,10007,10010,10015],
  },
  GroupMsgRecall: {
    method: "POST",
    path: "/v4/group_open_http_svc/group_msg_recall",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  ImportGroup: {
    method: "POST",
    path: "/v4/group_open_http_svc/import_group",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10004,10007,10021,10025],
  },
  ImportGroupMember: {
    method: "POST",
    path: "/v4/group_open_http_svc/import_group_member",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10005,10007,10010,10015,10019],
  },
  ImportGroupMsg: {
    method: "POST",
    path: "/v4/group_open_http_svc/import_group_msg",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10004,10007,10010,10015,10020],
  },
  ImportMsg: {
    method: "POST",
    path: "/v4/openim/importmsg",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [20003,90001,90008,90009,90010,90012,90994,93000],
  },
  ModifyGroupBaseInfo: {
    method: "POST",
    path: "/v4/group_open_http_svc/modify_group_base_info",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10004,10007,10010,10015,10016],
  },
  ModifyGroupMemberInfo: {
    method: "POST",
    path: "/v4/group_open_http_svc/modify_group_member_info",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10007,10010,10015,80001],
  },
  ModifyUserInfo: {
    method: "POST",
    path: "/v4/group_open_avchatroom_http_svc/modify_user_info",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10001,10002,10003,10004,10007,10010,10015],
  },
  MultiaccountImport: {
    method: "POST",
    path: "/v4/im_open_login_svc/multiaccount_import",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [40006,40601,70169,70398,70402,70403,70500],
  },
  SendGroupMsg: {
    method: "POST",
    path: "/v4/group_open_http_svc/send_group_msg",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10004,10007,10010,10015,10016,10017,10023,80001,80002],
  },
  SendGroupSystemNotification: {
    method: "POST",
    path: "/v4/group_open_http_svc/send_group_system_notification",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  SendMsg: {
    method: "POST",
    path: "/v4/openim/sendmsg",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [20003,20006,90001,90002,90003,90005,90008,90009,90010,90012,90026,90031,90044,90992,90994,93000],
  },
  SetUnreadMsgNum: {
    method: "POST",
    path: "/v4/group_open_http_svc/set_unread_msg_num",
    rateLimit: {"per":"second","requests":200},
    idempotent: false,
    errors: [10002,10003,10004,10007,10010,10015],
  },
  UnbanGroupMember: {
    method: "POST",
    path: "/v4/group_open_http_svc/unban_group_member",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [10002,10003,10004,10005,10007,10010,10015],
  },
} as const;
