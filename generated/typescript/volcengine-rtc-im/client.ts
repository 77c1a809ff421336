// Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (client.ts.j2) (@generated). DO NOT EDIT.
//
// The client of Volcengine RTC instant messaging (IM) OpenAPI, its validators, and the schema they read.

import { call, Credentials, HttpOptions, pages, Schema, Signing, validate, Violation } from "../runtime";
import type * as t from "./types";

/** The shapes and limits of every type, which the validators and the decoder read. */
export const SCHEMA: Schema = {"types":{"AddBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["BlackListInfos",["list",{"ref":"BlackListUserInfo"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddBlackListResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["FriendUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["Ext",["map","string"],false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddFriendResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddParticipantInfo":{"at_least_one_of":[],"fields":[["ParticipantUserId","i64",true,{"minimum":1}],["Level","i32",false,{}],["NickName","string",false,{}],["Role","i64",false,{}],["Ext",["map","string"],false,{}],["ReadIndex","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddBlockParticipantsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["BlockAction",{"ref":"BlockAction"},false,{}],["ParticipantBlockInfos",["map","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddBlockParticipantsResponse":{"at_least_one_of":[],"fields":[["FailedParticipantUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddConversationParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantInfos",["list",{"ref":"AddParticipantInfo"}],true,{"min_items":1}],["Operator","i64",true,{}],["Barrier","bool",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddConversationParticipantResponse":{"at_least_one_of":[],"fields":[["FailedUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddManagerRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Operator","i64",true,{}],["ManagerUserIds",["list","i64"],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddManagerResponse":{"at_least_one_of":[],"fields":[["FailedManagerUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddWhitelistParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Operator","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchAddWhitelistParticipantResponse":{"at_least_one_of":[],"fields":[["FailedUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchDeleteBlockParticipantsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["BlockAction",{"ref":"BlockAction"},false,{}],["ParticipantUserIds",["list","i64"],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchDeleteBlockParticipantsResponse":{"at_least_one_of":[],"fields":[["FailedParticipantUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchDeleteConversationParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Operator","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchDeleteConversationParticipantResponse":{"at_least_one_of":[],"fields":[["FailedUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetBlockParticipantsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}],["BlockAction",{"ref":"BlockAction"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetBlockParticipantsResponse":{"at_least_one_of":[],"fields":[["Participants",["list",{"ref":"BlockParticipant"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationParticipantResponse":{"at_least_one_of":[],"fields":[["Participants",["list",{"ref":"Participant"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId",["list","i64"],true,{"items":{"code":"ConversationShortIdsHasInvalidElem","minimum":1}}],["SkipMemberCount","bool",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationsResponse":{"at_least_one_of":[],"fields":[["ConversationCoreInfos",["list",{"ref":"ConversationInfo"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetUserRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"max_items":50,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetUserResponse":{"at_least_one_of":[],"fields":[["Users",["list",{"ref":"UserInfo"}],true,{}],["NotFoundUsers",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetWhitelistParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetWhitelistParticipantResponse":{"at_least_one_of":[],"fields":[["NextCursor","i64",true,{}],["HasMore","bool",true,{}],["Participants",["list",{"ref":"WhitelistParticipant"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchModifyConversationParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Operator","i64",true,{}],["ParticipantInfos",["list",{"ref":"ModifyParticipantInfo"}],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchModifyConversationParticipantResponse":{"at_least_one_of":[],"fields":[["FailedUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchRemoveManagerRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Operator","i64",true,{}],["RemoveManagerUserIds",["list","i64"],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchRemoveManagerResponse":{"at_least_one_of":[],"fields":[["FailedManagerUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchRemoveWhitelistParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Operator","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchRemoveWhitelistParticipantResponse":{"at_least_one_of":[],"fields":[["FailedUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchSendMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Sender","i64",true,{}],["Receiver",["list","i64"],true,{}],["MsgType","i32",true,{}],["Content","string",true,{}],["Ext",["map","string"],false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchSendMessageResponse":{"at_least_one_of":[],"fields":[["UserMessageId",["map","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateLiveParticipantsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantInfos",["list",{"ref":"ParticipantInfo"}],true,{"max_items":10}],["MarkAction",{"ref":"MarkAction"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateLiveParticipantsResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Users",["list",{"ref":"UpdateUserInfo"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserTagsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"min_items":1}],["Tags",["list","string"],true,{}],["Op",{"ref":"TagUpdateOp"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserTagsResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BlackListDetail":{"at_least_one_of":[],"fields":[["BlackListUserId","i64",true,{}],["BlackListUserExt",["map","string"],false,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}],["FriendUserInfo",{"ref":"FriendDetail"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BlackListUserInfo":{"at_least_one_of":[],"fields":[["BlackListUserId","i64",true,{}],["BlackListUserExt",["map","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BlackListUserUpdate":{"at_least_one_of":[],"fields":[["BlackListUserId","i64",true,{}],["BlackListUserExt",["map","string"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BlockAction":{"allowed":["0 (Mute)","1 (Block)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"BlockParticipant":{"at_least_one_of":[],"fields":[["ParticipantUserId","i64",true,{}],["CreateTime","i64",true,{}],["BlockTime","i64",true,{}],["NickName","string",false,{}],["Ext",["map","string"],false,{}],["AvatarUrl","string",false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationCoreInfo":{"at_least_one_of":[],"fields":[["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["ConversationType",{"ref":"ConversationType"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationCoreInfoChange":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["OwnerUserId","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationDataType":{"allowed":["0 (Cache)","1 (Database)","2 (CreatedLiveGroups)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2]},"ConversationInfo":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ConversationId","string",true,{}],["AppId","i32",true,{}],["InboxType","i32",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["OwnerUserId","i64",true,{}],["CreatorUserId","i64",true,{}],["Notice","string",false,{}],["Status",{"ref":"ConversationStatus"},false,{}],["Ext",["map","string"],false,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}],["ConversationType",{"ref":"ConversationType"},true,{}],["MemberCount","i64",false,{}],["OnlineCount","i64",false,{}],["OtherUserId","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationSettingInfo":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["IsMute","bool",false,{}],["IsStickTop","bool",false,{}],["StickTopTime","i64",false,{}],["IsSetFavorite","bool",false,{}],["SetFavoriteTime","i64",false,{}],["Ext",["map","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationStatus":{"allowed":["0 (Normal)","1 (Dissolved)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"ConversationType":{"allowed":["1 (OneToOne)","2 (Group)","100 (LiveGroup)"],"kind":"enum","open":false,"repr":"i32","values":[1,2,100]},"CreateConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["InboxType","i32",false,{}],["ConversationCoreInfo",{"ref":"ConversationCoreInfo"},true,{}],["OwnerUserId","i64",true,{}],["OtherUserId","i64",false,{}],["IdempotentId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[[["OtherUserId"],["ConversationCoreInfo","ConversationType"],1,"ConversationCoreInfo.ConversationType is 1","CreateSingleConversationNeedOtherParticipantId"]]},"CreateConversationResponse":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ConversationInfo",{"ref":"NewConversationInfo"},true,{}],["Exist","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteConversationMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["DeleteType",{"ref":"MessageDeleteType"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteConversationMessageResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["DeleteUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteFriendResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["ParticipantUserId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteMessageResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DestroyConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["OwnerUserId","i64",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DestroyConversationResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"FailedInfo":{"at_least_one_of":[],"fields":[["UserId","i64",true,{}],["UserIdStr","string",false,{}],["Code","string",true,{}],["Message","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"FriendDetail":{"at_least_one_of":[],"fields":[["FriendUserId","i64",true,{}],["Alias","string",true,{}],["Ext",["map","string"],false,{}],["ApplyTime","i64",true,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"FriendInfo":{"at_least_one_of":[[[["Ext"],["Alias"]],null]],"fields":[["FriendUserId","i64",true,{}],["Ext",["map","string"],false,{}],["Alias","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetAppTokenRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["ExpireTime","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetAppTokenResponse":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Token","string",true,{}],["UserId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}],["NeedTotal","bool",false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetBlackListResponse":{"at_least_one_of":[],"fields":[["BlackListInfos",["list",{"ref":"BlackListDetail"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}],["TotalCount","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationMarksRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationMarksResponse":{"at_least_one_of":[],"fields":[["MarkTypes",["list","string"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationMessagesRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}],["Reverse",{"ref":"QueryDirection"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationMessagesResponse":{"at_least_one_of":[],"fields":[["HasMore","bool",true,{}],["NewCursor","i64",true,{}],["Messages",["list",{"ref":"MessageBody"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationSettingRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ParticipantUserId","i64",true,{"minimum":1}],["ConversationShortId","i64",true,{}],["NoReadIndex","bool",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationSettingResponse":{"at_least_one_of":[],"fields":[["ConversationSettingInfo",{"ref":"ParticipantConversationSetting"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationUserCountRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationUserCountResponse":{"at_least_one_of":[],"fields":[["Count","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetMessagesReadReceiptRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetMessagesReadReceiptResponse":{"at_least_one_of":[],"fields":[["ReadReceipt",["list",{"ref":"ReadReceipt"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetMessagesRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetMessagesResponse":{"at_least_one_of":[],"fields":[["Messages",["list",{"ref":"MessageBody"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetParticipantReadIndexRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetParticipantReadIndexResponse":{"at_least_one_of":[],"fields":[["ReadIndexes",["list",{"ref":"ParticipantReadIndex"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetUserConversationsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ParticipantUserId","i64",true,{}],["DataType",{"ref":"ConversationDataType"},false,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}],["SkipMemberCount","bool",false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetUserConversationsResponse":{"at_least_one_of":[],"fields":[["ConversationInfos",["list",{"ref":"ConversationInfo"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsFriendInfo":{"at_least_one_of":[],"fields":[["FriendUserId","i64",true,{}],["IsFriend","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["FriendUserIds",["list","i64"],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsFriendResponse":{"at_least_one_of":[],"fields":[["Infos",["list",{"ref":"IsFriendInfo"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsInBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["BlackListUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsInBlackListResponse":{"at_least_one_of":[],"fields":[["IsInBlackListInfos",["map","bool"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsUserInConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsUserInConversationResponse":{"at_least_one_of":[],"fields":[["IsUserInConversation","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ListFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["Cursor","i64",false,{}],["Limit","i64",false,{"maximum":20,"minimum":1}],["NeedTotal","bool",false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ListFriendResponse":{"at_least_one_of":[],"fields":[["FriendInfos",["list",{"ref":"FriendDetail"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}],["TotalCount","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"LiveParticipantStatus":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["IsInConversation","bool",true,{}],["CreateTime","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MarkAction":{"allowed":["1 (Add)","2 (Delete)"],"kind":"enum","open":false,"repr":"i32","values":[1,2]},"MarkConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MarkTypes",["list","string"],true,{"code":"ConversationMarkTypeMoreThanLimit","max_items":20}],["MarkAction",{"ref":"MarkAction"},false,{}],["Operator","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MarkConversationResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessageBody":{"at_least_one_of":[],"fields":[["ConversationType",{"ref":"ConversationType"},true,{}],["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["MsgType","i32",true,{}],["Content","string",true,{}],["Ext",["map","string"],false,{}],["Status",{"ref":"MessageStatus"},true,{}],["CreateTime","i64",true,{}],["Sender","i64",true,{}],["AppId","i32",true,{}],["IndexInConversation","i64",false,{}],["RefMsgInfo",{"ref":"RefMsgInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessageDeleteType":{"allowed":["0 (ForEveryone)","1 (SenderOnly)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"MessagePriority":{"allowed":["0 (Low)","1 (Normal)","2 (High)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2]},"MessageStatus":{"allowed":["0 (Visible)","1 (Expired)","2 (Invisible)","3 (Recalled)","4 (Deleted)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2,3,4]},"ModifyConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationCoreInfo",{"ref":"ConversationCoreInfoChange"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyConversationResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyConversationSettingRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationSettingInfo",{"ref":"ConversationSettingInfo"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyConversationSettingResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["Ext",["map","string"],false,{}],["Content","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyMessageResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyParticipantInfo":{"at_least_one_of":[],"fields":[["ParticipantUserId","i64",true,{"minimum":1}],["BlockTime","i64",false,{}],["Ext",["map","string"],false,{}],["Level","i32",false,{}],["NickName","string",false,{}],["Role","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyParticipantReadIndexRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{"minimum":1}],["ReadIndex","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyParticipantReadIndexResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"NewConversationInfo":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ConversationType",{"ref":"ConversationType"},true,{"allowed":["1 (OneToOne)","2 (Group)"],"values":[1,2]}],["InboxType","i32",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["OwnerUserId","i64",false,{}],["CreatorUserId","i64",false,{}],["OtherUserId","i64",false,{}],["CreateTime","i64",false,{}],["ModifyTime","i64",false,{}],["MemberCount","i64",false,{}],["OnlineCount","i64",false,{}],["Status",{"ref":"ConversationStatus"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"OnlineConnection":{"at_least_one_of":[],"fields":[["ConnId","string",true,{}],["UserId","i64",true,{}],["DeviceId","i64",true,{}],["ClientVersion","i64",true,{}],["Platform","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"Participant":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["Operator","i64",true,{}],["Role",{"ref":"ParticipantRole"},true,{}],["BlockTime","i64",false,{}],["CreateTime","i64",false,{}],["Ext",["map","string"],false,{}],["Level","i32",false,{}],["NickName","string",false,{}],["Status",{"ref":"ParticipantStatus"},false,{}],["AvatarUrl","string",false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantConversationSetting":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ParticipantUserId","i64",true,{}],["ConversationShortId","i64",true,{}],["ConversationId","string",true,{}],["ConversationType",{"ref":"ConversationType"},true,{"allowed":["1 (OneToOne)","2 (Group)"],"values":[1,2]}],["InboxType","i32",true,{}],["StickTopTime","i64",true,{}],["IsStickTop","bool",false,{}],["SetFavoriteTime","i64",false,{}],["IsSetFavorite","bool",false,{}],["IsMute","bool",false,{}],["Ext",["map","string"],false,{}],["ReadIndex","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantInfo":{"at_least_one_of":[[[["AvatarUrl"],["NickName"],["Ext"]],null]],"fields":[["UserId","i64",true,{}],["UserIdStr","string",false,{}],["AvatarUrl","string",false,{}],["NickName","string",false,{}],["Ext",["map","string"],false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantReadIndex":{"at_least_one_of":[],"fields":[["ParticipantUserId","i64",true,{}],["ReadIndex","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantRole":{"allowed":["0 (Member)","1 (Owner)","2 (Manager)"],"kind":"enum","open":false,"repr":"i64","values":[0,1,2]},"ParticipantStatus":{"allowed":["0 (Normal)","1 (Left)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"QueryDirection":{"allowed":["0 (Forward)","1 (Backward)"],"kind":"enum","open":true,"repr":"i32","values":[0,1]},"QueryLiveParticipantStatusRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"QueryLiveParticipantStatusResponse":{"at_least_one_of":[],"fields":[["Status",["list",{"ref":"LiveParticipantStatus"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"QueryOnlineStatusRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"max_items":100,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"QueryOnlineStatusResponse":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["QueryOnlineResults",["map",["list",{"ref":"OnlineConnection"}]],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ReadReceipt":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["ReadUserIds",["list","i64"],true,{}],["UnReadUserIds",["list","i64"],true,{}],["ReceiverIsRead","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RecallMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["ParticipantUserId","i64",true,{}],["RecallRole",{"ref":"ParticipantRole"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RecallMessageResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RefMsgInfo":{"at_least_one_of":[],"fields":[["ReferencedMessageId","i64",true,{}],["Hint","string",true,{}],["ReferencedMessageType","i32",false,{}],["Status",{"ref":"MessageStatus"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RegisterUserInfo":{"at_least_one_of":[],"fields":[["UserId","i64",true,{}],["NickName","string",false,{"length_unit":"bytes","max_length":100}],["Portrait","string",false,{"length_unit":"bytes","max_length":500}],["Ext",["map","string"],false,{}],["Tags",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RegisterUsersRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Users",["list",{"ref":"RegisterUserInfo"}],true,{"max_items":20,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RegisterUsersResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RemoveBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["BlackListUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RemoveBlackListResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ResponseError":{"at_least_one_of":[],"fields":[["CodeN","u32",false,{}],["Code","string",true,{}],["Message","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ResponseMetadata":{"at_least_one_of":[],"fields":[["RequestId","string",true,{}],["Action","string",true,{}],["Version","string",true,{}],["Service","string",true,{}],["Region","string",true,{}],["Error",{"ref":"ResponseError"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ScanConversationParticipantListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":50,"minimum":1}],["Reverse","bool",false,{}],["OnlyUserIds","bool",false,{}],["ScanOnlineParticipant","bool",false,{}],["MarkType","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ScanConversationParticipantListResponse":{"at_least_one_of":[],"fields":[["Participants",["list",{"ref":"Participant"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Sender","i64",true,{}],["ConversationShortId","i64",true,{}],["MsgType","i32",true,{}],["Content","string",true,{}],["MentionedUsers",["list","i64"],false,{}],["VisibleUsers",["list","i64"],false,{}],["InvisibleUsers",["list","i64"],false,{}],["Ext",["map","string"],false,{}],["ClientMsgId","string",false,{}],["CreateTime","i64",false,{}],["Priority",{"ref":"MessagePriority"},false,{}],["RefMsgInfo",{"ref":"RefMsgInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMessageResponse":{"at_least_one_of":[],"fields":[["MessageId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TagMatch":{"allowed":["0 (Or)","1 (And)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"TagUpdateOp":{"allowed":["0 (Upsert)","1 (Delete)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"UnRegisterUsersRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UnRegisterUsersResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["BlackListInfos",["list",{"ref":"BlackListUserUpdate"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateBlackListResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["FriendInfos",["list",{"ref":"FriendInfo"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateFriendResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateUserInfo":{"at_least_one_of":[],"fields":[["UserId","i64",true,{}],["NickName","string",true,{}],["Portrait","string",true,{}],["Ext",["map","string"],true,{}],["Tags",["list","string"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserBroadcastRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Sender","i64",true,{}],["MsgType","i32",true,{}],["Content","string",true,{}],["MsgTTL","i64",true,{"maximum":604800,"minimum":1}],["Ext",["map","string"],false,{}],["InboxType","i32",false,{}],["TagOp",{"ref":"TagMatch"},false,{}],["Tags",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserBroadcastResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserInfo":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["NickName","string",true,{}],["Portrait","string",true,{}],["Ext",["map","string"],true,{}],["Tags",["list","string"],false,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"WhitelistParticipant":{"at_least_one_of":[],"fields":[["ParticipantUserId","i64",true,{}],["CreateTime","i64",true,{}],["Operator","i64",true,{}],["NickName","string",false,{}],["Ext",["map","string"],false,{}],["AvatarUrl","string",false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]}},"envelope":{"fields":[["ResponseMetadata",{"ref":"ResponseMetadata"},true,{}]],"payload":"Result","roles":{"code":["ResponseMetadata","Error","Code"],"message":["ResponseMetadata","Error","Message"],"number":["ResponseMetadata","Error","CodeN"],"ok_code":null,"request_id":["ResponseMetadata","RequestId"],"request_id_header":null,"status":null}}} as Schema;

/** The endpoints, by region; `cn-north-1` is the default. */
export const ENDPOINTS = {
  "cn-north-1": { host: "rtc.volcengineapi.com", signingRegion: "cn-north-1" },
  "ap-southeast-1": { host: "open-ap-singapore-1.volcengineapi.com", signingRegion: "ap-southeast-1" },
} as const;

/** How requests are signed: the `volcengine-v4` scheme. */
export const SIGNING = { scheme: "volcengine-v4", service: "rtc", per_region: true } as const satisfies Signing;

/** How to reach the service and as whom. */
export interface ClientOptions extends Partial<HttpOptions> {
  /** The credentials requests are signed with. */
  credentials: Credentials[typeof SIGNING.scheme];
  /** The region a signature names; the default endpoint's by default (`cn-north-1`). */
  region?: string;
}

/**
 * Volcengine RTC instant messaging (IM) OpenAPI
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
      baseUrl: options.baseUrl ?? "https://rtc.volcengineapi.com",
      region: options.region ?? "cn-north-1",
    };
  }

  /**
   * 你可以使用此接口添加黑名单用户。
   *
   * Adds up to 10 users, each with its own extension fields, to a user's black list. Users that could not be added come back in `FailedInfos`.
   *
   * `POST /?Action=AddBlackList&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1152119
   */
  async addBlackList(request: t.AddBlackListRequest): Promise<t.AddBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"AddBlackList"},{"name":"Version","value":"2020-12-01"}], request: "AddBlackListRequest", response: "AddBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口添加好友。
   *
   * Makes up to 10 users friends of a user, with the same extension fields for each friendship. Friends that could not be added come back in `FailedInfos`.
   *
   * `POST /?Action=AddFriend&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async addFriend(request: t.AddFriendRequest): Promise<t.AddFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"AddFriend"},{"name":"Version","value":"2020-12-01"}], request: "AddFriendRequest", response: "AddFriendResponse" }, request);
  }

  /**
   * 你可以使用此接口在直播群中批量禁言或拉黑会话成员。
   *
   * Mutes several members of a live group (they cannot speak) or blocks users (they cannot join), each for a number of seconds, given the `AppId`, the conversation and the action. Only live groups support it. Users that could not be muted or blocked come back in `FailedParticipantUserIds`.
   *
   * `POST /?Action=BatchAddBlockParticipants&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/788462
   */
  async batchAddBlockParticipants(request: t.BatchAddBlockParticipantsRequest): Promise<t.BatchAddBlockParticipantsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchAddBlockParticipants"},{"name":"Version","value":"2020-12-01"}], request: "BatchAddBlockParticipantsRequest", response: "BatchAddBlockParticipantsResponse" }, request);
  }

  /**
   * 你可以使用此接口向群聊中批量添加群成员。
   *
   * Adds several members to a group, given the `AppId`, the conversation, the members' details and the operator. One-to-one conversations take no new members. A group's member limit is the one set in the console. A member already in the group has its data overwritten (the page advises against using this call to update members). The server does not check the operator (membership, permissions). Members that could not be added come back in `FailedUserIds`.
   *
   * `POST /?Action=BatchAddConversationParticipant&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336991
   */
  async batchAddConversationParticipant(request: t.BatchAddConversationParticipantRequest): Promise<t.BatchAddConversationParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchAddConversationParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchAddConversationParticipantRequest", response: "BatchAddConversationParticipantResponse" }, request);
  }

  /**
   * 批量添加直播群中的管理员。
   *
   * Makes several members of a live group its managers (role 2), given the `AppId`, the conversation, the operator and the members' UserIds. Only live groups support it. Users that could not be made managers come back in `FailedManagerUserIds`. The vendor's page could not be read; the fields follow the Go SDK's model, the rest the paired BatchRemoveManager page.
   *
   * `POST /?Action=BatchAddManager&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchAddManager(request: t.BatchAddManagerRequest): Promise<t.BatchAddManagerResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchAddManager"},{"name":"Version","value":"2020-12-01"}], request: "BatchAddManagerRequest", response: "BatchAddManagerResponse" }, request);
  }

  /**
   * 批量添加全员禁言下白名单成员。
   *
   * Adds several members to a live group's whitelist: the members who may still speak when the whole group is muted. Only live groups support it. Users that could not be added come back in `FailedUserIds`. The vendor's page could not be read; the fields follow the Go SDK's model, the rest the paired BatchRemoveWhitelistParticipant page.
   *
   * `POST /?Action=BatchAddWhitelistParticipant&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchAddWhitelistParticipant(request: t.BatchAddWhitelistParticipantRequest): Promise<t.BatchAddWhitelistParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchAddWhitelistParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchAddWhitelistParticipantRequest", response: "BatchAddWhitelistParticipantResponse" }, request);
  }

  /**
   * 你可以使用此接口在直播群中批量取消禁言或取消拉黑会话成员。
   *
   * Unmutes or unblocks several users of a live group, given the `AppId`, the conversation, the users and the action. Only live groups support it. Users that could not be unmuted or unblocked come back in `FailedParticipantUserIds`.
   *
   * `POST /?Action=BatchDeleteBlockParticipants&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/788463
   */
  async batchDeleteBlockParticipants(request: t.BatchDeleteBlockParticipantsRequest): Promise<t.BatchDeleteBlockParticipantsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchDeleteBlockParticipants"},{"name":"Version","value":"2020-12-01"}], request: "BatchDeleteBlockParticipantsRequest", response: "BatchDeleteBlockParticipantsResponse" }, request);
  }

  /**
   * 你可以使用此接口批量删除群成员。
   *
   * Removes several members from a group, given the `AppId`, the conversation, the operator and the members' UserIds. One-to-one conversations cannot use it. The server does not check the operator (membership, permissions). Members that could not be removed come back in `FailedUserIds`.
   *
   * `POST /?Action=BatchDeleteConversationParticipant&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336994
   */
  async batchDeleteConversationParticipant(request: t.BatchDeleteConversationParticipantRequest): Promise<t.BatchDeleteConversationParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchDeleteConversationParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchDeleteConversationParticipantRequest", response: "BatchDeleteConversationParticipantResponse" }, request);
  }

  /**
   * 分批查询直播群中的禁言或拉黑成员。
   *
   * Lists a live group's muted members (`BlockAction` 0) or blocked users (1), a batch at a time: at most 20 per batch; send the answer's `NextCursor` back as `Cursor` while `HasMore` is true. The vendor's page could not be read; the fields follow the Go SDK's model.
   *
   * `POST /?Action=BatchGetBlockParticipants&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchGetBlockParticipants(request: t.BatchGetBlockParticipantsRequest): Promise<t.BatchGetBlockParticipantsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetBlockParticipants"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetBlockParticipantsRequest", response: "BatchGetBlockParticipantsResponse" }, request);
  }

  /**
   * Every page of `BatchGetBlockParticipants` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  batchGetBlockParticipantsPages(request: t.BatchGetBlockParticipantsRequest): AsyncGenerator<t.BatchGetBlockParticipantsResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}], request, (r) => this.batchGetBlockParticipants(r));
  }

  /**
   * 你可以使用此接口批量查询会话成员的详细信息。
   *
   * Looks up the details of several members of one conversation, given the `AppId`, the conversation ID and the members' UserIds.
   *
   * `POST /?Action=BatchGetConversationParticipant&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336992
   */
  async batchGetConversationParticipant(request: t.BatchGetConversationParticipantRequest): Promise<t.BatchGetConversationParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetConversationParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetConversationParticipantRequest", response: "BatchGetConversationParticipantResponse" }, request);
  }

  /**
   * 你可以使用此接口批量查询会话。
   *
   * Reads several conversations' details at once, given the `AppId` and their IDs. A disbanded conversation cannot be read.
   *
   * `POST /?Action=BatchGetConversations&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337118
   */
  async batchGetConversations(request: t.BatchGetConversationsRequest): Promise<t.BatchGetConversationsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetConversations"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetConversationsRequest", response: "BatchGetConversationsResponse" }, request);
  }

  /**
   * 你可以使用此接口批量查询用户资料。
   *
   * Reads the profiles of up to 50 users of an app; users not registered (or unregistered) are listed in `NotFoundUsers`.
   *
   * `POST /?Action=BatchGetUser&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchGetUser(request: t.BatchGetUserRequest): Promise<t.BatchGetUserResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetUser"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetUserRequest", response: "BatchGetUserResponse" }, request);
  }

  /**
   * 你可以使用此接口批量查询全员禁言下白名单成员。
   *
   * Lists a live group's whitelist (the members who may speak when the whole group is muted), a batch at a time: at most 20 per batch; send the answer's `NextCursor` back as `Cursor` while `HasMore` is true (-1 when no batch follows). Only live groups support it.
   *
   * `POST /?Action=BatchGetWhitelistParticipant&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1051347
   */
  async batchGetWhitelistParticipant(request: t.BatchGetWhitelistParticipantRequest): Promise<t.BatchGetWhitelistParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetWhitelistParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetWhitelistParticipantRequest", response: "BatchGetWhitelistParticipantResponse" }, request);
  }

  /**
   * Every page of `BatchGetWhitelistParticipant` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  batchGetWhitelistParticipantPages(request: t.BatchGetWhitelistParticipantRequest): AsyncGenerator<t.BatchGetWhitelistParticipantResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}], request, (r) => this.batchGetWhitelistParticipant(r));
  }

  /**
   * 批量修改群成员信息。
   *
   * Modifies several members of a conversation (level, nickname, role, mute time, extension fields), given the `AppId`, the conversation, the members' new details and the operator. Members that could not be modified come back in `FailedUserIds`. The vendor's page could not be read; everything here follows the Go SDK's model.
   *
   * `POST /?Action=BatchModifyConversationParticipant&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchModifyConversationParticipant(request: t.BatchModifyConversationParticipantRequest): Promise<t.BatchModifyConversationParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchModifyConversationParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchModifyConversationParticipantRequest", response: "BatchModifyConversationParticipantResponse" }, request);
  }

  /**
   * 你可以使用此接口批量移除直播群中的管理员。
   *
   * Makes several managers of a live group ordinary members again, given the `AppId`, the conversation, the operator and the managers' UserIds. Only live groups support it. Users that could not be removed as managers come back in `FailedManagerUserIds`.
   *
   * `POST /?Action=BatchRemoveManager&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1051344
   */
  async batchRemoveManager(request: t.BatchRemoveManagerRequest): Promise<t.BatchRemoveManagerResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchRemoveManager"},{"name":"Version","value":"2020-12-01"}], request: "BatchRemoveManagerRequest", response: "BatchRemoveManagerResponse" }, request);
  }

  /**
   * 你可以使用此接口批量移除全员禁言下白名单成员。
   *
   * Removes several members from a live group's whitelist (the members who may speak when the whole group is muted). Only live groups support it. Users that could not be removed come back in `FailedUserIds`.
   *
   * `POST /?Action=BatchRemoveWhitelistParticipant&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1051346
   */
  async batchRemoveWhitelistParticipant(request: t.BatchRemoveWhitelistParticipantRequest): Promise<t.BatchRemoveWhitelistParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchRemoveWhitelistParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchRemoveWhitelistParticipantRequest", response: "BatchRemoveWhitelistParticipantResponse" }, request);
  }

  /**
   * 你可以使用此接口批量发送单聊消息。
   *
   * Sends the same one-to-one message from a sender to each of a list of receivers; the answer maps each receiver's UserId to the id of the message that receiver got.
   *
   * `POST /?Action=BatchSendMessage&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go
   */
  async batchSendMessage(request: t.BatchSendMessageRequest): Promise<t.BatchSendMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchSendMessage"},{"name":"Version","value":"2020-12-01"}], request: "BatchSendMessageRequest", response: "BatchSendMessageResponse" }, request);
  }

  /**
   * 你可以使用此接口更新直播群成员资料。
   *
   * Updates the profiles (avatar, nickname, extension fields) and marks of up to 10 members of a live group. Only live groups support this interface; members that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=BatchUpdateLiveParticipants&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1162951
   */
  async batchUpdateLiveParticipants(request: t.BatchUpdateLiveParticipantsRequest): Promise<t.BatchUpdateLiveParticipantsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchUpdateLiveParticipants"},{"name":"Version","value":"2020-12-01"}], request: "BatchUpdateLiveParticipantsRequest", response: "BatchUpdateLiveParticipantsResponse" }, request);
  }

  /**
   * 你可以使用此接口批量更新用户资料。
   *
   * Replaces the profiles (nickname, portrait, extension fields, tags) of up to 10 registered users. Users that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=BatchUpdateUser&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchUpdateUser(request: t.BatchUpdateUserRequest): Promise<t.BatchUpdateUserResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchUpdateUser"},{"name":"Version","value":"2020-12-01"}], request: "BatchUpdateUserRequest", response: "BatchUpdateUserResponse" }, request);
  }

  /**
   * 你可以使用此接口批量更新用户标签。
   *
   * Adds tags to, or deletes tags from, several registered users. Users that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=BatchUpdateUserTags&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchUpdateUserTags(request: t.BatchUpdateUserTagsRequest): Promise<t.BatchUpdateUserTagsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchUpdateUserTags"},{"name":"Version","value":"2020-12-01"}], request: "BatchUpdateUserTagsRequest", response: "BatchUpdateUserTagsResponse" }, request);
  }

  /**
   * 你可以使用此接口创建会话。
   *
   * Creates a conversation (one-to-one, group or live group) given the `AppId`, its owner and its details. `IdempotentId` makes creation idempotent: a second call with the same id creates nothing and answers the existing conversation with `Exist` true. Without it, a one-to-one conversation is keyed by its two members' UserIds (so two users have one such conversation), and a group by a fresh random id (so every call creates one).
   *
   * `POST /?Action=CreateConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337013
   */
  async createConversation(request: t.CreateConversationRequest): Promise<t.CreateConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"CreateConversation"},{"name":"Version","value":"2020-12-01"}], request: "CreateConversationRequest", response: "CreateConversationResponse" }, request);
  }

  /**
   * 你可以使用此接口删除会话中的消息。
   *
   * Deletes a message of a conversation for its members: for all of them (`DeleteType` 0), or for all but its sender (1). Live groups take only 0.
   *
   * `POST /?Action=DeleteConversationMessage&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go
   */
  async deleteConversationMessage(request: t.DeleteConversationMessageRequest): Promise<t.DeleteConversationMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"DeleteConversationMessage"},{"name":"Version","value":"2020-12-01"}], request: "DeleteConversationMessageRequest", response: "DeleteConversationMessageResponse" }, request);
  }

  /**
   * 你可以使用此接口删除好友。
   *
   * Ends up to 10 of a user's friendships. Friends that could not be deleted come back in `FailedInfos`.
   *
   * `POST /?Action=DeleteFriend&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async deleteFriend(request: t.DeleteFriendRequest): Promise<t.DeleteFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"DeleteFriend"},{"name":"Version","value":"2020-12-01"}], request: "DeleteFriendRequest", response: "DeleteFriendResponse" }, request);
  }

  /**
   * 你可以使用此接口为会话成员删除消息。
   *
   * Deletes a message of a conversation for one member (`ParticipantUserId`): the message is gone from that member's view only, and the others still see it.
   *
   * `POST /?Action=DeleteMessage&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go
   */
  async deleteMessage(request: t.DeleteMessageRequest): Promise<t.DeleteMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"DeleteMessage"},{"name":"Version","value":"2020-12-01"}], request: "DeleteMessageRequest", response: "DeleteMessageResponse" }, request);
  }

  /**
   * 你可以使用此接口解散群聊。
   *
   * Disbands a group conversation, given the `AppId`, the conversation's ID and its owner's UserId. Not for one-to-one conversations; only the owner may disband a group.
   *
   * `POST /?Action=DestroyConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `group`, `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/337036
   */
  async destroyConversation(request: t.DestroyConversationRequest): Promise<t.DestroyConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"DestroyConversation"},{"name":"Version","value":"2020-12-01"}], request: "DestroyConversationRequest", response: "DestroyConversationResponse" }, request);
  }

  /**
   * 你可以使用此接口生成用户登录 IM 所需的 Token。
   *
   * Issues the token a user's client signs in to IM with, valid until `ExpireTime`. The token is a secret: whoever holds it acts as that user, so keep it out of logs and hand it to that user's client only.
   *
   * `POST /?Action=GetAppToken&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go
   */
  async getAppToken(request: t.GetAppTokenRequest): Promise<t.GetAppTokenResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetAppToken"},{"name":"Version","value":"2020-12-01"}], request: "GetAppTokenRequest", response: "GetAppTokenResponse" }, request);
  }

  /**
   * 你可以使用此接口查询黑名单。
   *
   * Lists a user's black list, the most recently added first, a page at a time: start at `Cursor` 0 (the last user added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=GetBlackList&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async getBlackList(request: t.GetBlackListRequest): Promise<t.GetBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetBlackList"},{"name":"Version","value":"2020-12-01"}], request: "GetBlackListRequest", response: "GetBlackListResponse" }, request);
  }

  /**
   * Every page of `GetBlackList` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getBlackListPages(request: t.GetBlackListRequest): AsyncGenerator<t.GetBlackListResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"BlackListInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}], request, (r) => this.getBlackList(r));
  }

  /**
   * 你可以调用 GetConversationMarks 接口对会话标记进行查询。
   *
   * Reads a live group's marks (set by MarkConversation), given the `AppId` and the group's ID. Live groups only.
   *
   * `POST /?Action=GetConversationMarks&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1187905
   */
  async getConversationMarks(request: t.GetConversationMarksRequest): Promise<t.GetConversationMarksResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetConversationMarks"},{"name":"Version","value":"2020-12-01"}], request: "GetConversationMarksRequest", response: "GetConversationMarksResponse" }, request);
  }

  /**
   * 你可以使用此接口批量查询会话中的消息。
   *
   * Lists a conversation's messages a page at a time: give the `AppId`, the conversation, where to start (`Cursor`, a message's index in the conversation), how many (`Limit`, at most 20) and the direction (`Reverse`); send the answer's `NewCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=GetConversationMessages&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337138
   */
  async getConversationMessages(request: t.GetConversationMessagesRequest): Promise<t.GetConversationMessagesResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetConversationMessages"},{"name":"Version","value":"2020-12-01"}], request: "GetConversationMessagesRequest", response: "GetConversationMessagesResponse" }, request);
  }

  /**
   * Every page of `GetConversationMessages` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getConversationMessagesPages(request: t.GetConversationMessagesRequest): AsyncGenerator<t.GetConversationMessagesResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NewCursor","next_from_items":null,"items":"Messages","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}], request, (r) => this.getConversationMessages(r));
  }

  /**
   * 你可以使用此接口查询会话成员对会话的设置。
   *
   * Reads one member's settings for a conversation (do-not-disturb, pin and favourite times, extension fields, read position), given the `AppId`, the conversation's ID and the member's UserId.
   *
   * `POST /?Action=GetConversationSetting&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337014
   */
  async getConversationSetting(request: t.GetConversationSettingRequest): Promise<t.GetConversationSettingResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetConversationSetting"},{"name":"Version","value":"2020-12-01"}], request: "GetConversationSettingRequest", response: "GetConversationSettingResponse" }, request);
  }

  /**
   * 你可以使用此接口查询会话成员数量。
   *
   * Counts a conversation's members, given the `AppId` and the conversation's ID.
   *
   * `POST /?Action=GetConversationUserCount&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336997
   */
  async getConversationUserCount(request: t.GetConversationUserCountRequest): Promise<t.GetConversationUserCountResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetConversationUserCount"},{"name":"Version","value":"2020-12-01"}], request: "GetConversationUserCountRequest", response: "GetConversationUserCountResponse" }, request);
  }

  /**
   * 你可以使用此接口指定消息 ID 对消息进行批量查询。
   *
   * Looks up messages of a conversation by their ids: give the `AppId`, the conversation and the message ids; the answer has the details of each message found.
   *
   * `POST /?Action=GetMessages&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337136
   */
  async getMessages(request: t.GetMessagesRequest): Promise<t.GetMessagesResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetMessages"},{"name":"Version","value":"2020-12-01"}], request: "GetMessagesRequest", response: "GetMessagesResponse" }, request);
  }

  /**
   * 你可以使用此接口查询消息的已读回执。
   *
   * Tells, for messages of a conversation, which members have read each message and which have not, and for a one-to-one conversation whether the receiver has read it.
   *
   * `POST /?Action=GetMessagesReadReceipt&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go
   */
  async getMessagesReadReceipt(request: t.GetMessagesReadReceiptRequest): Promise<t.GetMessagesReadReceiptResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetMessagesReadReceipt"},{"name":"Version","value":"2020-12-01"}], request: "GetMessagesReadReceiptRequest", response: "GetMessagesReadReceiptResponse" }, request);
  }

  /**
   * 查询会话成员的已读位置。
   *
   * Reads the members' read positions in a conversation, given the `AppId` and the conversation's ID. A member left out of the answer has read position 0.
   *
   * `POST /?Action=GetParticipantReadIndex&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go
   */
  async getParticipantReadIndex(request: t.GetParticipantReadIndexRequest): Promise<t.GetParticipantReadIndexResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetParticipantReadIndex"},{"name":"Version","value":"2020-12-01"}], request: "GetParticipantReadIndexRequest", response: "GetParticipantReadIndexResponse" }, request);
  }

  /**
   * 你可以使用此接口查询某个成员拥有的会话。
   *
   * Lists the conversations a user belongs to, a page at a time: give the `AppId`, the user's ID, where to start (`Cursor`) and how many (`Limit`, at most 20); send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=GetUserConversations&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337049
   */
  async getUserConversations(request: t.GetUserConversationsRequest): Promise<t.GetUserConversationsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetUserConversations"},{"name":"Version","value":"2020-12-01"}], request: "GetUserConversationsRequest", response: "GetUserConversationsResponse" }, request);
  }

  /**
   * Every page of `GetUserConversations` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getUserConversationsPages(request: t.GetUserConversationsRequest): AsyncGenerator<t.GetUserConversationsResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"ConversationInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}], request, (r) => this.getUserConversations(r));
  }

  /**
   * 你可以使用此接口校验两个用户之间的好友关系。
   *
   * Tells whether each of up to 10 users is a friend of a user.
   *
   * `POST /?Action=IsFriend&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1125754
   */
  async isFriend(request: t.IsFriendRequest): Promise<t.IsFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"IsFriend"},{"name":"Version","value":"2020-12-01"}], request: "IsFriendRequest", response: "IsFriendResponse" }, request);
  }

  /**
   * 你可以使用此接口校验用户是否在黑名单中。
   *
   * Tells whether each of up to 10 users is in a user's black list.
   *
   * `POST /?Action=IsInBlackList&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async isInBlackList(request: t.IsInBlackListRequest): Promise<t.IsInBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"IsInBlackList"},{"name":"Version","value":"2020-12-01"}], request: "IsInBlackListRequest", response: "IsInBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口判断用户是否在会话中。
   *
   * Says whether a user is a member of a conversation, given the `AppId`, the conversation's ID and the user.
   *
   * `POST /?Action=IsUserInConversation&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336996
   */
  async isUserInConversation(request: t.IsUserInConversationRequest): Promise<t.IsUserInConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"IsUserInConversation"},{"name":"Version","value":"2020-12-01"}], request: "IsUserInConversationRequest", response: "IsUserInConversationResponse" }, request);
  }

  /**
   * 你可以使用此接口查询好友列表。
   *
   * Lists a user's friends in the order they were added, a page at a time: start at `Cursor` 0 (the first friend added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=ListFriend&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async listFriend(request: t.ListFriendRequest): Promise<t.ListFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ListFriend"},{"name":"Version","value":"2020-12-01"}], request: "ListFriendRequest", response: "ListFriendResponse" }, request);
  }

  /**
   * Every page of `ListFriend` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  listFriendPages(request: t.ListFriendRequest): AsyncGenerator<t.ListFriendResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"FriendInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}], request, (r) => this.listFriend(r));
  }

  /**
   * 你可以调用 MarkConversation 接口对会话进行标记。
   *
   * Adds marks to a live group, or removes them, given the `AppId`, the group's ID and the marks. Live groups only; a group has at most 20 marks. The answer's `Result` is empty whether the call succeeds or fails.
   *
   * `POST /?Action=MarkConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1187904
   */
  async markConversation(request: t.MarkConversationRequest): Promise<t.MarkConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"MarkConversation"},{"name":"Version","value":"2020-12-01"}], request: "MarkConversationRequest", response: "MarkConversationResponse" }, request);
  }

  /**
   * 你可以使用此接口修改会话信息。
   *
   * Changes a conversation's details (name, avatar, description, notice, extension fields, owner), given the `AppId` and the conversation's ID with the details to change; details left out are kept.
   *
   * `POST /?Action=ModifyConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337115
   */
  async modifyConversation(request: t.ModifyConversationRequest): Promise<t.ModifyConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyConversation"},{"name":"Version","value":"2020-12-01"}], request: "ModifyConversationRequest", response: "ModifyConversationResponse" }, request);
  }

  /**
   * 你可以使用此接口修改会话成员对会话的设置。
   *
   * Modifies one member's settings for a conversation (do-not-disturb, pin time, favourite time, extension fields), identified by `AppId`, conversation ID and the member's UserId.
   *
   * `POST /?Action=ModifyConversationSetting&Version=2020-12-01`; at most 50 calls per second.
   */
  async modifyConversationSetting(request: t.ModifyConversationSettingRequest): Promise<t.ModifyConversationSettingResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyConversationSetting"},{"name":"Version","value":"2020-12-01"}], request: "ModifyConversationSettingRequest", response: "ModifyConversationSettingResponse" }, request);
  }

  /**
   * 你可以使用此接口修改消息扩展字段。
   *
   * Modifies a message's extension fields (and optionally its content). Expired messages cannot be modified.
   *
   * `POST /?Action=ModifyMessage&Version=2020-12-01`; at most 50 calls per second.
   */
  async modifyMessage(request: t.ModifyMessageRequest): Promise<t.ModifyMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyMessage"},{"name":"Version","value":"2020-12-01"}], request: "ModifyMessageRequest", response: "ModifyMessageResponse" }, request);
  }

  /**
   * 修改会话成员的已读位置。
   *
   * Moves a member's read position in a conversation forward, given the `AppId`, the conversation's ID, the member and the new position, which must be greater than the current one.
   *
   * `POST /?Action=ModifyParticipantReadIndex&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go
   */
  async modifyParticipantReadIndex(request: t.ModifyParticipantReadIndexRequest): Promise<t.ModifyParticipantReadIndexResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyParticipantReadIndex"},{"name":"Version","value":"2020-12-01"}], request: "ModifyParticipantReadIndexRequest", response: "ModifyParticipantReadIndexResponse" }, request);
  }

  /**
   * 你可以使用此接口查询群成员在直播群的状态。
   *
   * Says whether users are in a live group and since when, given the `AppId`, the live group's ID and the users. Live groups only; at most 200 users are answered, the first 200 asked.
   *
   * `POST /?Action=QueryLiveParticipantStatus&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1051348
   */
  async queryLiveParticipantStatus(request: t.QueryLiveParticipantStatusRequest): Promise<t.QueryLiveParticipantStatusResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"QueryLiveParticipantStatus"},{"name":"Version","value":"2020-12-01"}], request: "QueryLiveParticipantStatusRequest", response: "QueryLiveParticipantStatusResponse" }, request);
  }

  /**
   * 你可以使用此接口查询用户在线状态。
   *
   * Reads the connections of up to 100 users: for each user that is online, the connections it has (device, platform, client version).
   *
   * `POST /?Action=QueryOnlineStatus&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async queryOnlineStatus(request: t.QueryOnlineStatusRequest): Promise<t.QueryOnlineStatusResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"QueryOnlineStatus"},{"name":"Version","value":"2020-12-01"}], request: "QueryOnlineStatusRequest", response: "QueryOnlineStatusResponse" }, request);
  }

  /**
   * 你可以使用此接口撤回会话中的消息。
   *
   * Recalls a message of a conversation, on behalf of a member (`ParticipantUserId`), who may say in which role (`RecallRole`). A recalled message is no longer listed by GetMessages and GetConversationMessages; a message quoting it shows it as recalled.
   *
   * `POST /?Action=RecallMessage&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go
   */
  async recallMessage(request: t.RecallMessageRequest): Promise<t.RecallMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"RecallMessage"},{"name":"Version","value":"2020-12-01"}], request: "RecallMessageRequest", response: "RecallMessageResponse" }, request);
  }

  /**
   * 你可以使用此接口注册用户。
   *
   * Registers up to 20 users of an app, each with an optional nickname, portrait, extension fields and tags (used for tag broadcasts). Users that could not be registered come back in `FailedInfos`; the others are registered.
   *
   * `POST /?Action=RegisterUsers&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async registerUsers(request: t.RegisterUsersRequest): Promise<t.RegisterUsersResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"RegisterUsers"},{"name":"Version","value":"2020-12-01"}], request: "RegisterUsersRequest", response: "RegisterUsersResponse" }, request);
  }

  /**
   * 你可以使用此接口移出黑名单用户。
   *
   * Removes up to 10 users from a user's black list.
   *
   * `POST /?Action=RemoveBlackList&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async removeBlackList(request: t.RemoveBlackListRequest): Promise<t.RemoveBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"RemoveBlackList"},{"name":"Version","value":"2020-12-01"}], request: "RemoveBlackListRequest", response: "RemoveBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口分批扫描群中成员的详细信息。
   *
   * Scans the members of a group a batch at a time: give the `AppId`, the conversation, where to start (`Cursor`) and how many (`Limit`): at most 50 when only UserIds are asked for (`OnlyUserIds`), otherwise at most 20. Send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=ScanConversationParticipantList&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `group`, `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/336993
   */
  async scanConversationParticipantList(request: t.ScanConversationParticipantListRequest): Promise<t.ScanConversationParticipantListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ScanConversationParticipantList"},{"name":"Version","value":"2020-12-01"}], request: "ScanConversationParticipantListRequest", response: "ScanConversationParticipantListResponse" }, request);
  }

  /**
   * Every page of `ScanConversationParticipantList` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  scanConversationParticipantListPages(request: t.ScanConversationParticipantListRequest): AsyncGenerator<t.ScanConversationParticipantListResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}], request, (r) => this.scanConversationParticipantList(r));
  }

  /**
   * 你可以使用此接口发送消息。
   *
   * Sends a message to a conversation, from a sender, with a message type and content in the client message format. In a live group, low and normal priority messages share 30 messages a second and high priority messages have 10: excess messages are discarded by the server (high priority ones are not guaranteed to arrive), while the call still succeeds.
   *
   * `POST /?Action=SendMessage&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async sendMessage(request: t.SendMessageRequest): Promise<t.SendMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"SendMessage"},{"name":"Version","value":"2020-12-01"}], request: "SendMessageRequest", response: "SendMessageResponse" }, request);
  }

  /**
   * 你可以使用此接口注销用户。
   *
   * Unregisters up to 10 users of an app. Users that could not be unregistered come back in `FailedInfos`.
   *
   * `POST /?Action=UnRegisterUsers&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async unRegisterUsers(request: t.UnRegisterUsersRequest): Promise<t.UnRegisterUsersResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"UnRegisterUsers"},{"name":"Version","value":"2020-12-01"}], request: "UnRegisterUsersRequest", response: "UnRegisterUsersResponse" }, request);
  }

  /**
   * 你可以使用此接口更新黑名单中的用户信息。
   *
   * Merges new extension fields into those of up to 10 users of a user's black list. Users that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=UpdateBlackList&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1152121
   */
  async updateBlackList(request: t.UpdateBlackListRequest): Promise<t.UpdateBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"UpdateBlackList"},{"name":"Version","value":"2020-12-01"}], request: "UpdateBlackListRequest", response: "UpdateBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口对好友信息进行更新。
   *
   * Updates the alias or the extension fields of up to 10 of a user's friends. Friends that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=UpdateFriend&Version=2020-12-01`.
   *
   * @see https://www.volcengine.com/docs/6348/1125752
   */
  async updateFriend(request: t.UpdateFriendRequest): Promise<t.UpdateFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"UpdateFriend"},{"name":"Version","value":"2020-12-01"}], request: "UpdateFriendRequest", response: "UpdateFriendResponse" }, request);
  }

  /**
   * 你可以使用此接口向全员或指定标签的用户广播消息。
   *
   * Broadcasts a message from a sender to every user of the app, or to the users with the given tags (any of them, or all of them, by `TagOp`); the message lives `MsgTTL` seconds.
   *
   * `POST /?Action=UserBroadcast&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go
   */
  async userBroadcast(request: t.UserBroadcastRequest): Promise<t.UserBroadcastResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"UserBroadcast"},{"name":"Version","value":"2020-12-01"}], request: "UserBroadcastRequest", response: "UserBroadcastResponse" }, request);
  }
}

/** The violations of `AddBlackListRequest`'s documented limits (none when it is valid). */
export function validateAddBlackListRequest(request: t.AddBlackListRequest): Violation[] {
  return validate(SCHEMA, "AddBlackListRequest", request);
}

/** The violations of `AddFriendRequest`'s documented limits (none when it is valid). */
export function validateAddFriendRequest(request: t.AddFriendRequest): Violation[] {
  return validate(SCHEMA, "AddFriendRequest", request);
}

/** The violations of `BatchAddBlockParticipantsRequest`'s documented limits (none when it is valid). */
export function validateBatchAddBlockParticipantsRequest(request: t.BatchAddBlockParticipantsRequest): Violation[] {
  return validate(SCHEMA, "BatchAddBlockParticipantsRequest", request);
}

/** The violations of `BatchAddConversationParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchAddConversationParticipantRequest(request: t.BatchAddConversationParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchAddConversationParticipantRequest", request);
}

/** The violations of `BatchAddManagerRequest`'s documented limits (none when it is valid). */
export function validateBatchAddManagerRequest(request: t.BatchAddManagerRequest): Violation[] {
  return validate(SCHEMA, "BatchAddManagerRequest", request);
}

/** The violations of `BatchAddWhitelistParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchAddWhitelistParticipantRequest(request: t.BatchAddWhitelistParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchAddWhitelistParticipantRequest", request);
}

/** The violations of `BatchDeleteBlockParticipantsRequest`'s documented limits (none when it is valid). */
export function validateBatchDeleteBlockParticipantsRequest(request: t.BatchDeleteBlockParticipantsRequest): Violation[] {
  return validate(SCHEMA, "BatchDeleteBlockParticipantsRequest", request);
}

/** The violations of `BatchDeleteConversationParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchDeleteConversationParticipantRequest(request: t.BatchDeleteConversationParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchDeleteConversationParticipantRequest", request);
}

/** The violations of `BatchGetBlockParticipantsRequest`'s documented limits (none when it is valid). */
export function validateBatchGetBlockParticipantsRequest(request: t.BatchGetBlockParticipantsRequest): Violation[] {
  return validate(SCHEMA, "BatchGetBlockParticipantsRequest", request);
}

/** The violations of `BatchGetConversationParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchGetConversationParticipantRequest(request: t.BatchGetConversationParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchGetConversationParticipantRequest", request);
}

/** The violations of `BatchGetConversationsRequest`'s documented limits (none when it is valid). */
export function validateBatchGetConversationsRequest(request: t.BatchGetConversationsRequest): Violation[] {
  return validate(SCHEMA, "BatchGetConversationsRequest", request);
}

/** The violations of `BatchGetUserRequest`'s documented limits (none when it is valid). */
export function validateBatchGetUserRequest(request: t.BatchGetUserRequest): Violation[] {
  return validate(SCHEMA, "BatchGetUserRequest", request);
}

/** The violations of `BatchGetWhitelistParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchGetWhitelistParticipantRequest(request: t.BatchGetWhitelistParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchGetWhitelistParticipantRequest", request);
}

/** The violations of `BatchModifyConversationParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchModifyConversationParticipantRequest(request: t.BatchModifyConversationParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchModifyConversationParticipantRequest", request);
}

/** The violations of `BatchRemoveManagerRequest`'s documented limits (none when it is valid). */
export function validateBatchRemoveManagerRequest(request: t.BatchRemoveManagerRequest): Violation[] {
  return validate(SCHEMA, "BatchRemoveManagerRequest", request);
}

/** The violations of `BatchRemoveWhitelistParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchRemoveWhitelistParticipantRequest(request: t.BatchRemoveWhitelistParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchRemoveWhitelistParticipantRequest", request);
}

/** The violations of `BatchSendMessageRequest`'s documented limits (none when it is valid). */
export function validateBatchSendMessageRequest(request: t.BatchSendMessageRequest): Violation[] {
  return validate(SCHEMA, "BatchSendMessageRequest", request);
}

/** The violations of `BatchUpdateLiveParticipantsRequest`'s documented limits (none when it is valid). */
export function validateBatchUpdateLiveParticipantsRequest(request: t.BatchUpdateLiveParticipantsRequest): Violation[] {
  return validate(SCHEMA, "BatchUpdateLiveParticipantsRequest", request);
}

/** The violations of `BatchUpdateUserRequest`'s documented limits (none when it is valid). */
export function validateBatchUpdateUserRequest(request: t.BatchUpdateUserRequest): Violation[] {
  return validate(SCHEMA, "BatchUpdateUserRequest", request);
}

/** The violations of `BatchUpdateUserTagsRequest`'s documented limits (none when it is valid). */
export function validateBatchUpdateUserTagsRequest(request: t.BatchUpdateUserTagsRequest): Violation[] {
  return validate(SCHEMA, "BatchUpdateUserTagsRequest", request);
}

/** The violations of `CreateConversationRequest`'s documented limits (none when it is valid). */
export function validateCreateConversationRequest(request: t.CreateConversationRequest): Violation[] {
  return validate(SCHEMA, "CreateConversationRequest", request);
}

/** The violations of `DeleteConversationMessageRequest`'s documented limits (none when it is valid). */
export function validateDeleteConversationMessageRequest(request: t.DeleteConversationMessageRequest): Violation[] {
  return validate(SCHEMA, "DeleteConversationMessageRequest", request);
}

/** The violations of `DeleteFriendRequest`'s documented limits (none when it is valid). */
export function validateDeleteFriendRequest(request: t.DeleteFriendRequest): Violation[] {
  return validate(SCHEMA, "DeleteFriendRequest", request);
}

/** The violations of `DeleteMessageRequest`'s documented limits (none when it is valid). */
export function validateDeleteMessageRequest(request: t.DeleteMessageRequest): Violation[] {
  return validate(SCHEMA, "DeleteMessageRequest", request);
}

/** The violations of `DestroyConversationRequest`'s documented limits (none when it is valid). */
export function validateDestroyConversationRequest(request: t.DestroyConversationRequest): Violation[] {
  return validate(SCHEMA, "DestroyConversationRequest", request);
}

/** The violations of `GetAppTokenRequest`'s documented limits (none when it is valid). */
export function validateGetAppTokenRequest(request: t.GetAppTokenRequest): Violation[] {
  return validate(SCHEMA, "GetAppTokenRequest", request);
}

/** The violations of `GetBlackListRequest`'s documented limits (none when it is valid). */
export function validateGetBlackListRequest(request: t.GetBlackListRequest): Violation[] {
  return validate(SCHEMA, "GetBlackListRequest", request);
}

/** The violations of `GetConversationMarksRequest`'s documented limits (none when it is valid). */
export function validateGetConversationMarksRequest(request: t.GetConversationMarksRequest): Violation[] {
  return validate(SCHEMA, "GetConversationMarksRequest", request);
}

/** The violations of `GetConversationMessagesRequest`'s documented limits (none when it is valid). */
export function validateGetConversationMessagesRequest(request: t.GetConversationMessagesRequest): Violation[] {
  return validate(SCHEMA, "GetConversationMessagesRequest", request);
}

/** The violations of `GetConversationSettingRequest`'s documented limits (none when it is valid). */
export function validateGetConversationSettingRequest(request: t.GetConversationSettingRequest): Violation[] {
  return validate(SCHEMA, "GetConversationSettingRequest", request);
}

/** The violations of `GetConversationUserCountRequest`'s documented limits (none when it is valid). */
export function validateGetConversationUserCountRequest(request: t.GetConversationUserCountRequest): Violation[] {
  return validate(SCHEMA, "GetConversationUserCountRequest", request);
}

/** The violations of `GetMessagesRequest`'s documented limits (none when it is valid). */
export function validateGetMessagesRequest(request: t.GetMessagesRequest): Violation[] {
  return validate(SCHEMA, "GetMessagesRequest", request);
}

/** The violations of `GetMessagesReadReceiptRequest`'s documented limits (none when it is valid). */
export function validateGetMessagesReadReceiptRequest(request: t.GetMessagesReadReceiptRequest): Violation[] {
  return validate(SCHEMA, "GetMessagesReadReceiptRequest", request);
}

/** The violations of `GetParticipantReadIndexRequest`'s documented limits (none when it is valid). */
export function validateGetParticipantReadIndexRequest(request: t.GetParticipantReadIndexRequest): Violation[] {
  return validate(SCHEMA, "GetParticipantReadIndexRequest", request);
}

/** The violations of `GetUserConversationsRequest`'s documented limits (none when it is valid). */
export function validateGetUserConversationsRequest(request: t.GetUserConversationsRequest): Violation[] {
  return validate(SCHEMA, "GetUserConversationsRequest", request);
}

/** The violations of `IsFriendRequest`'s documented limits (none when it is valid). */
export function validateIsFriendRequest(request: t.IsFriendRequest): Violation[] {
  return validate(SCHEMA, "IsFriendRequest", request);
}

/** The violations of `IsInBlackListRequest`'s documented limits (none when it is valid). */
export function validateIsInBlackListRequest(request: t.IsInBlackListRequest): Violation[] {
  return validate(SCHEMA, "IsInBlackListRequest", request);
}

/** The violations of `IsUserInConversationRequest`'s documented limits (none when it is valid). */
export function validateIsUserInConversationRequest(request: t.IsUserInConversationRequest): Violation[] {
  return validate(SCHEMA, "IsUserInConversationRequest", request);
}

/** The violations of `ListFriendRequest`'s documented limits (none when it is valid). */
export function validateListFriendRequest(request: t.ListFriendRequest): Violation[] {
  return validate(SCHEMA, "ListFriendRequest", request);
}

/** The violations of `MarkConversationRequest`'s documented limits (none when it is valid). */
export function validateMarkConversationRequest(request: t.MarkConversationRequest): Violation[] {
  return validate(SCHEMA, "MarkConversationRequest", request);
}

/** The violations of `ModifyConversationRequest`'s documented limits (none when it is valid). */
export function validateModifyConversationRequest(request: t.ModifyConversationRequest): Violation[] {
  return validate(SCHEMA, "ModifyConversationRequest", request);
}

/** The violations of `ModifyConversationSettingRequest`'s documented limits (none when it is valid). */
export function validateModifyConversationSettingRequest(request: t.ModifyConversationSettingRequest): Violation[] {
  return validate(SCHEMA, "ModifyConversationSettingRequest", request);
}

/** The violations of `ModifyMessageRequest`'s documented limits (none when it is valid). */
export function validateModifyMessageRequest(request: t.ModifyMessageRequest): Violation[] {
  return validate(SCHEMA, "ModifyMessageRequest", request);
}

/** The violations of `ModifyParticipantReadIndexRequest`'s documented limits (none when it is valid). */
export function validateModifyParticipantReadIndexRequest(request: t.ModifyParticipantReadIndexRequest): Violation[] {
  return validate(SCHEMA, "ModifyParticipantReadIndexRequest", request);
}

/** The violations of `QueryLiveParticipantStatusRequest`'s documented limits (none when it is valid). */
export function validateQueryLiveParticipantStatusRequest(request: t.QueryLiveParticipantStatusRequest): Violation[] {
  return validate(SCHEMA, "QueryLiveParticipantStatusRequest", request);
}

/** The violations of `QueryOnlineStatusRequest`'s documented limits (none when it is valid). */
export function validateQueryOnlineStatusRequest(request: t.QueryOnlineStatusRequest): Violation[] {
  return validate(SCHEMA, "QueryOnlineStatusRequest", request);
}

/** The violations of `RecallMessageRequest`'s documented limits (none when it is valid). */
export function validateRecallMessageRequest(request: t.RecallMessageRequest): Violation[] {
  return validate(SCHEMA, "RecallMessageRequest", request);
}

/** The violations of `RegisterUsersRequest`'s documented limits (none when it is valid). */
export function validateRegisterUsersRequest(request: t.RegisterUsersRequest): Violation[] {
  return validate(SCHEMA, "RegisterUsersRequest", request);
}

/** The violations of `RemoveBlackListRequest`'s documented limits (none when it is valid). */
export function validateRemoveBlackListRequest(request: t.RemoveBlackListRequest): Violation[] {
  return validate(SCHEMA, "RemoveBlackListRequest", request);
}

/** The violations of `ScanConversationParticipantListRequest`'s documented limits (none when it is valid). */
export function validateScanConversationParticipantListRequest(request: t.ScanConversationParticipantListRequest): Violation[] {
  return validate(SCHEMA, "ScanConversationParticipantListRequest", request);
}

/** The violations of `SendMessageRequest`'s documented limits (none when it is valid). */
export function validateSendMessageRequest(request: t.SendMessageRequest): Violation[] {
  return validate(SCHEMA, "SendMessageRequest", request);
}

/** The violations of `UnRegisterUsersRequest`'s documented limits (none when it is valid). */
export function validateUnRegisterUsersRequest(request: t.UnRegisterUsersRequest): Violation[] {
  return validate(SCHEMA, "UnRegisterUsersRequest", request);
}

/** The violations of `UpdateBlackListRequest`'s documented limits (none when it is valid). */
export function validateUpdateBlackListRequest(request: t.UpdateBlackListRequest): Violation[] {
  return validate(SCHEMA, "UpdateBlackListRequest", request);
}

/** The violations of `UpdateFriendRequest`'s documented limits (none when it is valid). */
export function validateUpdateFriendRequest(request: t.UpdateFriendRequest): Violation[] {
  return validate(SCHEMA, "UpdateFriendRequest", request);
}

/** The violations of `UserBroadcastRequest`'s documented limits (none when it is valid). */
export function validateUserBroadcastRequest(request: t.UserBroadcastRequest): Violation[] {
  return validate(SCHEMA, "UserBroadcastRequest", request);
}

/** What a caller needs to know of each operation. */
export const OPERATIONS = {
  AddBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "AddBlackList", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: [],
  },
  AddFriend: {
    method: "POST",
    path: "/",
    query: { Action: "AddFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  BatchAddBlockParticipants: {
    method: "POST",
    path: "/",
    query: { Action: "BatchAddBlockParticipants", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchAddConversationParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchAddConversationParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","SingleConversationNotSupport"],
  },
  BatchAddManager: {
    method: "POST",
    path: "/",
    query: { Action: "BatchAddManager", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchAddWhitelistParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchAddWhitelistParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchDeleteBlockParticipants: {
    method: "POST",
    path: "/",
    query: { Action: "BatchDeleteBlockParticipants", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchDeleteConversationParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchDeleteConversationParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","SingleConversationNotSupport"],
  },
  BatchGetBlockParticipants: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetBlockParticipants", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}],
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchGetConversationParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetConversationParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","ParticipantNotFound"],
  },
  BatchGetConversations: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetConversations", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationShortIdsHasInvalidElem"],
  },
  BatchGetUser: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetUser", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  BatchGetWhitelistParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetWhitelistParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}],
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchModifyConversationParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchModifyConversationParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  BatchRemoveManager: {
    method: "POST",
    path: "/",
    query: { Action: "BatchRemoveManager", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchRemoveWhitelistParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchRemoveWhitelistParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  BatchSendMessage: {
    method: "POST",
    path: "/",
    query: { Action: "BatchSendMessage", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: false,
    errors: [],
  },
  BatchUpdateLiveParticipants: {
    method: "POST",
    path: "/",
    query: { Action: "BatchUpdateLiveParticipants", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport","ParticipantNotInConversation","ParticipantNotFound"],
  },
  BatchUpdateUser: {
    method: "POST",
    path: "/",
    query: { Action: "BatchUpdateUser", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  BatchUpdateUserTags: {
    method: "POST",
    path: "/",
    query: { Action: "BatchUpdateUserTags", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  CreateConversation: {
    method: "POST",
    path: "/",
    query: { Action: "CreateConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: false,
    idempotentWhen: "IdempotentId",
    errors: ["CreateSingleConversationNeedOtherParticipantId","MoreThanUserConversationLimit"],
  },
  DeleteConversationMessage: {
    method: "POST",
    path: "/",
    query: { Action: "DeleteConversationMessage", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: ["ConversationNotFound","MessageNotFound"],
  },
  DeleteFriend: {
    method: "POST",
    path: "/",
    query: { Action: "DeleteFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  DeleteMessage: {
    method: "POST",
    path: "/",
    query: { Action: "DeleteMessage", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: ["ConversationNotFound","MessageNotFound","ParticipantNotInConversation"],
  },
  DestroyConversation: {
    method: "POST",
    path: "/",
    query: { Action: "DestroyConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: false,
    errors: ["ConversationNotFound","SingleConversationNotSupport","OnlyOwnerCanOperator"],
  },
  GetAppToken: {
    method: "POST",
    path: "/",
    query: { Action: "GetAppToken", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: false,
    errors: [],
  },
  GetBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "GetBlackList", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"BlackListInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}],
    errors: [],
  },
  GetConversationMarks: {
    method: "POST",
    path: "/",
    query: { Action: "GetConversationMarks", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  GetConversationMessages: {
    method: "POST",
    path: "/",
    query: { Action: "GetConversationMessages", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NewCursor","next_from_items":null,"items":"Messages","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}],
    errors: ["ConversationNotFound"],
  },
  GetConversationSetting: {
    method: "POST",
    path: "/",
    query: { Action: "GetConversationSetting", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","ParticipantNotInConversation"],
  },
  GetConversationUserCount: {
    method: "POST",
    path: "/",
    query: { Action: "GetConversationUserCount", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  GetMessages: {
    method: "POST",
    path: "/",
    query: { Action: "GetMessages", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  GetMessagesReadReceipt: {
    method: "POST",
    path: "/",
    query: { Action: "GetMessagesReadReceipt", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  GetParticipantReadIndex: {
    method: "POST",
    path: "/",
    query: { Action: "GetParticipantReadIndex", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  GetUserConversations: {
    method: "POST",
    path: "/",
    query: { Action: "GetUserConversations", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"ConversationInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}],
    errors: [],
  },
  IsFriend: {
    method: "POST",
    path: "/",
    query: { Action: "IsFriend", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  IsInBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "IsInBlackList", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  IsUserInConversation: {
    method: "POST",
    path: "/",
    query: { Action: "IsUserInConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  ListFriend: {
    method: "POST",
    path: "/",
    query: { Action: "ListFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"FriendInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}],
    errors: [],
  },
  MarkConversation: {
    method: "POST",
    path: "/",
    query: { Action: "MarkConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport","ConversationMarkTypeMoreThanLimit"],
  },
  ModifyConversation: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  ModifyConversationSetting: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyConversationSetting", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","ParticipantNotInConversation","SettingNotFound"],
  },
  ModifyMessage: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyMessage", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["MessageNotFound","ConversationNotFound"],
  },
  ModifyParticipantReadIndex: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyParticipantReadIndex", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: false,
    errors: ["ConversationNotFound","ParticipantNotInConversation","InvalidParam"],
  },
  QueryLiveParticipantStatus: {
    method: "POST",
    path: "/",
    query: { Action: "QueryLiveParticipantStatus", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  QueryOnlineStatus: {
    method: "POST",
    path: "/",
    query: { Action: "QueryOnlineStatus", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  RecallMessage: {
    method: "POST",
    path: "/",
    query: { Action: "RecallMessage", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: ["ConversationNotFound","MessageNotFound","ParticipantNotInConversation"],
  },
  RegisterUsers: {
    method: "POST",
    path: "/",
    query: { Action: "RegisterUsers", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  RemoveBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "RemoveBlackList", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  ScanConversationParticipantList: {
    method: "POST",
    path: "/",
    query: { Action: "ScanConversationParticipantList", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null,"carry":[]}],
    errors: ["ConversationNotFound","SingleConversationNotSupport"],
  },
  SendMessage: {
    method: "POST",
    path: "/",
    query: { Action: "SendMessage", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: false,
    idempotentWhen: "ClientMsgId",
    errors: ["ConversationNotFound"],
  },
  UnRegisterUsers: {
    method: "POST",
    path: "/",
    query: { Action: "UnRegisterUsers", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  UpdateBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "UpdateBlackList", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: [],
  },
  UpdateFriend: {
    method: "POST",
    path: "/",
    query: { Action: "UpdateFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  UserBroadcast: {
    method: "POST",
    path: "/",
    query: { Action: "UserBroadcast", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: false,
    errors: [],
  },
} as const;
