// Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (examples.ts.j2) (@generated). DO NOT EDIT.
//
// Every example of the spec, typed with ./types: `tsc --strict` rejects an example whose fields
// or values do not fit them. 64-bit integers are `bigint` literals.

import type * as t from "./types";

/** The examples, by operation: each request (and response, envelope included). */
export const EXAMPLES = {
  AddBlackList: [
    {
      name: "doc",
      request: {"AppId": 0, "BlackListInfos": [{"BlackListUserExt": {"key": "value"}, "BlackListUserId": 10002n}, {"BlackListUserExt": {"key": "value"}, "BlackListUserId": 10003n}, {"BlackListUserExt": {"key": "value"}, "BlackListUserId": 10004n}], "InboxType": 0, "UserId": 10001n} satisfies t.AddBlackListRequest,
      response: undefined,
    },
  ],
  AddFriend: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "Ext": {"key": "value"}, "FriendUserIds": [10002n], "InboxType": 0, "UserId": 10001n} satisfies t.AddFriendRequest,
      response: undefined,
    },
  ],
  BatchAddBlockParticipants: [
    {
      name: "doc",
      request: {"AppId": 0, "BlockAction": 0, "ConversationShortId": 1n, "ParticipantBlockInfos": {"10001": 6000n, "10002": 5000n}} satisfies t.BatchAddBlockParticipantsRequest,
      response: {"ResponseMetadata": {"Action": "BatchAddBlockParticipants", "Region": "cn-beijing", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedParticipantUserIds": [10001n]}} satisfies t.Envelope<t.BatchAddBlockParticipantsResponse>,
    },
  ],
  BatchAddConversationParticipant: [
    {
      name: "table values",
      request: {"AppId": 0, "Barrier": false, "ConversationShortId": 1n, "Operator": 10n, "ParticipantInfos": [{"Ext": {"key": "value"}, "Level": 1, "NickName": "Your_NickName", "ParticipantUserId": 10001n, "ReadIndex": 0n, "Role": 0n}]} satisfies t.BatchAddConversationParticipantRequest,
      response: undefined,
    },
  ],
  BatchAddManager: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "ManagerUserIds": [10002n], "Operator": 10001n} satisfies t.BatchAddManagerRequest,
      response: undefined,
    },
  ],
  BatchAddWhitelistParticipant: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "Operator": 10n, "ParticipantUserIds": [10001n, 10002n]} satisfies t.BatchAddWhitelistParticipantRequest,
      response: undefined,
    },
  ],
  BatchDeleteBlockParticipants: [
    {
      name: "doc",
      request: {"AppId": 0, "BlockAction": 0, "ConversationShortId": 1n, "ParticipantUserIds": [10001n]} satisfies t.BatchDeleteBlockParticipantsRequest,
      response: {"ResponseMetadata": {"Action": "BatchDeleteBlockParticipants", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedParticipantUserIds": []}} satisfies t.Envelope<t.BatchDeleteBlockParticipantsResponse>,
    },
  ],
  BatchDeleteConversationParticipant: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 2n, "Operator": 10n, "ParticipantUserIds": [10001n, 10002n]} satisfies t.BatchDeleteConversationParticipantRequest,
      response: {"ResponseMetadata": {"Action": "BatchDeleteConversationParticipant", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedUserIds": []}} satisfies t.Envelope<t.BatchDeleteConversationParticipantResponse>,
    },
  ],
  BatchGetBlockParticipants: [
    {
      name: "sdk values",
      request: {"AppId": 0, "BlockAction": 0, "ConversationShortId": 1n, "Cursor": 0n, "Limit": 20n} satisfies t.BatchGetBlockParticipantsRequest,
      response: undefined,
    },
  ],
  BatchGetConversationParticipant: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "ParticipantUserIds": [2n, 3n]} satisfies t.BatchGetConversationParticipantRequest,
      response: {"ResponseMetadata": {"Action": "BatchGetConversationParticipant", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"Participants": [{"BlockTime": 0n, "ConversationShortId": 1n, "CreateTime": 1669694619n, "Ext": {"key": "value", "s:from": "biz"}, "Level": 1, "NickName": "NickName1", "Operator": 10n, "ParticipantUserId": 10001n, "Role": 1, "Status": 0}, {"BlockTime": 0n, "ConversationShortId": 1n, "CreateTime": 1669694619n, "Ext": {"key": "value", "s:from": "biz"}, "Level": 20, "NickName": "NickName2", "Operator": 10n, "ParticipantUserId": 10002n, "Role": 0, "Status": 0}]}} satisfies t.Envelope<t.BatchGetConversationParticipantResponse>,
    },
  ],
  BatchGetConversations: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationShortId": [1n], "SkipMemberCount": false} satisfies t.BatchGetConversationsRequest,
      response: undefined,
    },
  ],
  BatchGetUser: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "UserIds": [10001n, 10002n, 30000n]} satisfies t.BatchGetUserRequest,
      response: undefined,
    },
  ],
  BatchGetWhitelistParticipant: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationShortId": 1n, "Cursor": 0n, "Limit": 20n} satisfies t.BatchGetWhitelistParticipantRequest,
      response: undefined,
    },
  ],
  BatchModifyConversationParticipant: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "Operator": 10n, "ParticipantInfos": [{"BlockTime": 0n, "Ext": {"key": "value"}, "Level": 2, "NickName": "Your_NickName", "ParticipantUserId": 10002n}]} satisfies t.BatchModifyConversationParticipantRequest,
      response: undefined,
    },
  ],
  BatchRemoveManager: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "Operator": 100001n, "RemoveManagerUserIds": [10002n, 10004n]} satisfies t.BatchRemoveManagerRequest,
      response: {"ResponseMetadata": {"Action": "BatchRemoveManager", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedManagerUserIds": []}} satisfies t.Envelope<t.BatchRemoveManagerResponse>,
    },
  ],
  BatchRemoveWhitelistParticipant: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "Operator": 10n, "ParticipantUserIds": [10001n, 10002n]} satisfies t.BatchRemoveWhitelistParticipantRequest,
      response: {"ResponseMetadata": {"Action": "BatchRemoveWhitelistParticipant", "Region": "cn-beijing", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedUserIds": [10001n]}} satisfies t.Envelope<t.BatchRemoveWhitelistParticipantResponse>,
    },
  ],
  BatchSendMessage: [
    {
      name: "sdk values",
      request: {"AppId": 0, "Content": "{\"text\":\"hello\"}", "MsgType": 10001, "Receiver": [10002n, 10003n], "Sender": 10001n} satisfies t.BatchSendMessageRequest,
      response: undefined,
    },
  ],
  BatchUpdateLiveParticipants: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "MarkAction": 1, "ParticipantInfos": [{"AvatarUrl": "https://xxxx.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname1", "UserId": 10002n}, {"AvatarUrl": "https://yyyy.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname2", "UserId": 10001n}, {"AvatarUrl": "https://xxxx.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname3", "UserId": 99999n}]} satisfies t.BatchUpdateLiveParticipantsRequest,
      response: {"ResponseMetadata": {"Action": "BatchUpdateLiveParticipants", "Region": "cn-north-1", "RequestId": "2023092620261328037E0DB0EC6C03DD41", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedInfos": [{"Code": "ParticipantNotInConversation", "Message": "participant not in conversation", "UserId": 99999n}]}} satisfies t.Envelope<t.BatchUpdateLiveParticipantsResponse>,
    },
  ],
  BatchUpdateUser: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "Users": [{"Ext": {"key": "value2"}, "NickName": "NewNickName", "Portrait": "https://example.com/new.png", "Tags": ["tag2"], "UserId": 10001n}]} satisfies t.BatchUpdateUserRequest,
      response: undefined,
    },
  ],
  BatchUpdateUserTags: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "Op": 0, "Tags": ["tag1"], "UserIds": [10001n, 10002n]} satisfies t.BatchUpdateUserTagsRequest,
      response: undefined,
    },
  ],
  CreateConversation: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationCoreInfo": {"AvatarUrl": "http://xxx.com", "ConversationType": 1, "Description": "Your_Description", "Name": "conversation"}, "InboxType": 0, "OtherUserId": 10002n, "OwnerUserId": 10001n} satisfies t.CreateConversationRequest,
      response: undefined,
    },
  ],
  DeleteConversationMessage: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "DeleteType": 0, "MessageId": 10001n} satisfies t.DeleteConversationMessageRequest,
      response: undefined,
    },
  ],
  DeleteFriend: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "DeleteUserIds": [2000n], "InboxType": 0, "UserId": 10001n} satisfies t.DeleteFriendRequest,
      response: undefined,
    },
  ],
  DeleteMessage: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "MessageId": 10001n, "ParticipantUserId": 10002n} satisfies t.DeleteMessageRequest,
      response: undefined,
    },
  ],
  DestroyConversation: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "OwnerUserId": 10001n} satisfies t.DestroyConversationRequest,
      response: {"ResponseMetadata": {"Action": "DestroyConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}} satisfies t.Envelope<t.DestroyConversationResponse>,
    },
  ],
  GetAppToken: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ExpireTime": 4102444800000n, "UserId": 10001n} satisfies t.GetAppTokenRequest,
      response: undefined,
    },
  ],
  GetBlackList: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "Cursor": 0n, "InboxType": 0, "Limit": 20n, "NeedTotal": true, "UserId": 10001n} satisfies t.GetBlackListRequest,
      response: undefined,
    },
  ],
  GetConversationMarks: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n} satisfies t.GetConversationMarksRequest,
      response: {"ResponseMetadata": {"Action": "GetConversationMarks", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"MarkTypes": ["Mark1", "Mark2"]}} satisfies t.Envelope<t.GetConversationMarksResponse>,
    },
  ],
  GetConversationMessages: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationShortId": 1n, "Cursor": 1666495802476129n, "Limit": 3n, "Reverse": 0} satisfies t.GetConversationMessagesRequest,
      response: undefined,
    },
  ],
  GetConversationSetting: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationShortId": 1n, "NoReadIndex": false, "ParticipantUserId": 10001n} satisfies t.GetConversationSettingRequest,
      response: undefined,
    },
  ],
  GetConversationUserCount: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n} satisfies t.GetConversationUserCountRequest,
      response: {"ResponseMetadata": {"Action": "GetConversationUserCount", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"Count": 7n}} satisfies t.Envelope<t.GetConversationUserCountResponse>,
    },
  ],
  GetMessages: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationShortId": 1n, "MessageIds": [10003n]} satisfies t.GetMessagesRequest,
      response: undefined,
    },
  ],
  GetMessagesReadReceipt: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "MessageIds": [10001n]} satisfies t.GetMessagesReadReceiptRequest,
      response: undefined,
    },
  ],
  GetParticipantReadIndex: [
    {
      name: "conversation 1",
      request: {"AppId": 0, "ConversationShortId": 1n} satisfies t.GetParticipantReadIndexRequest,
      response: undefined,
    },
  ],
  GetUserConversations: [
    {
      name: "table values",
      request: {"AppId": 0, "Cursor": 0n, "DataType": 0, "InboxType": 0, "Limit": 2n, "ParticipantUserId": 10001n, "SkipMemberCount": true} satisfies t.GetUserConversationsRequest,
      response: undefined,
    },
  ],
  IsFriend: [
    {
      name: "doc",
      request: {"AppId": 0, "FriendUserIds": [10002n, 2000n], "InboxType": 0, "UserId": 10001n} satisfies t.IsFriendRequest,
      response: {"ResponseMetadata": {"Action": "IsFriend", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"Infos": [{"FriendUserId": 10002n, "IsFriend": false}, {"FriendUserId": 2000n, "IsFriend": true}]}} satisfies t.Envelope<t.IsFriendResponse>,
    },
  ],
  IsInBlackList: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "BlackListUserIds": [10003n, 10002n], "InboxType": 0, "UserId": 10001n} satisfies t.IsInBlackListRequest,
      response: undefined,
    },
  ],
  IsUserInConversation: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "ParticipantUserId": 10001n} satisfies t.IsUserInConversationRequest,
      response: {"ResponseMetadata": {"Action": "IsUserInConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"IsUserInConversation": true}} satisfies t.Envelope<t.IsUserInConversationResponse>,
    },
  ],
  ListFriend: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "Cursor": 0n, "InboxType": 0, "Limit": 20n, "NeedTotal": true, "UserId": 10001n} satisfies t.ListFriendRequest,
      response: undefined,
    },
  ],
  MarkConversation: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "MarkAction": 1, "MarkTypes": ["Mark1", "Mark2"], "Operator": 10001n} satisfies t.MarkConversationRequest,
      response: {"ResponseMetadata": {"Action": "MarkConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}} satisfies t.Envelope<t.MarkConversationResponse>,
    },
  ],
  ModifyConversation: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationCoreInfo": {"ConversationShortId": 1n, "Ext": {"key": "value"}, "OwnerUserId": 100001n}} satisfies t.ModifyConversationRequest,
      response: {"ResponseMetadata": {"Action": "ModifyConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}} satisfies t.Envelope<t.ModifyConversationResponse>,
    },
  ],
  ModifyConversationSetting: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationSettingInfo": {"ConversationShortId": 1n, "IsMute": true, "IsStickTop": true, "ParticipantUserId": 10001n, "StickTopTime": 0n}} satisfies t.ModifyConversationSettingRequest,
      response: {"ResponseMetadata": {"Action": "ModifyConversationSetting", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}} satisfies t.Envelope<t.ModifyConversationSettingResponse>,
    },
  ],
  ModifyMessage: [
    {
      name: "doc",
      request: {"AppId": 0, "Content": "{\"text\":\"\"}", "ConversationShortId": 1n, "Ext": {"key": "value"}, "MessageId": 10001n} satisfies t.ModifyMessageRequest,
      response: {"ResponseMetadata": {"Action": "ModifyMessage", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}} satisfies t.Envelope<t.ModifyMessageResponse>,
    },
  ],
  ModifyParticipantReadIndex: [
    {
      name: "member 10001",
      request: {"AppId": 0, "ConversationShortId": 1n, "ParticipantUserId": 10001n, "ReadIndex": 10001n} satisfies t.ModifyParticipantReadIndexRequest,
      response: undefined,
    },
  ],
  QueryLiveParticipantStatus: [
    {
      name: "doc",
      request: {"AppId": 0, "ConversationShortId": 1n, "ParticipantUserIds": [10001n, 10002n]} satisfies t.QueryLiveParticipantStatusRequest,
      response: undefined,
    },
  ],
  QueryOnlineStatus: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "UserIds": [10001n, 10002n]} satisfies t.QueryOnlineStatusRequest,
      response: undefined,
    },
  ],
  RecallMessage: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "MessageId": 10001n, "ParticipantUserId": 10001n, "RecallRole": 1} satisfies t.RecallMessageRequest,
      response: undefined,
    },
  ],
  RegisterUsers: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "Users": [{"Ext": {"key": "value"}, "NickName": "NickName1", "Portrait": "https://example.com/portrait.png", "Tags": ["tag1"], "UserId": 20001n}, {"UserId": 20002n}]} satisfies t.RegisterUsersRequest,
      response: undefined,
    },
  ],
  RemoveBlackList: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "BlackListUserIds": [10003n], "InboxType": 0, "UserId": 10001n} satisfies t.RemoveBlackListRequest,
      response: undefined,
    },
  ],
  ScanConversationParticipantList: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationShortId": 1n, "Cursor": 0n, "Limit": 2n, "OnlyUserIds": false, "Reverse": false, "ScanOnlineParticipant": false} satisfies t.ScanConversationParticipantListRequest,
      response: undefined,
    },
  ],
  SendMessage: [
    {
      name: "sdk values",
      request: {"AppId": 0, "Content": "{\"text\":\"hello\"}", "ConversationShortId": 1n, "Ext": {"key": "value"}, "MsgType": 10001, "Priority": 1, "Sender": 10001n} satisfies t.SendMessageRequest,
      response: undefined,
    },
  ],
  UnRegisterUsers: [
    {
      name: "sdk fields",
      request: {"AppId": 0, "UserIds": [10003n]} satisfies t.UnRegisterUsersRequest,
      response: undefined,
    },
  ],
  UpdateBlackList: [
    {
      name: "doc",
      request: {"AppId": 0, "BlackListInfos": [{"BlackListUserExt": {"key1": "value2"}, "BlackListUserId": 10003n}, {"BlackListUserExt": {"key1": "value2"}, "BlackListUserId": 10004n}, {"BlackListUserExt": {"key2": "value2"}, "BlackListUserId": 10005n}], "InboxType": 0, "UserId": 10001n} satisfies t.UpdateBlackListRequest,
      response: undefined,
    },
  ],
  UpdateFriend: [
    {
      name: "doc",
      request: {"AppId": 0, "FriendInfos": [{"Ext": {"test": "test"}, "FriendUserId": 10002n}, {"Ext": {"7778": "777"}, "FriendUserId": 10003n}], "UserId": 10001n} satisfies t.UpdateFriendRequest,
      response: {"ResponseMetadata": {"Action": "UpdateFriend", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedInfos": []}} satisfies t.Envelope<t.UpdateFriendResponse>,
    },
  ],
  UserBroadcast: [
    {
      name: "sdk values",
      request: {"AppId": 0, "Content": "{\"text\":\"hello\"}", "MsgTTL": 3600n, "MsgType": 10001, "Sender": 10001n, "TagOp": 0, "Tags": ["vip"]} satisfies t.UserBroadcastRequest,
      response: undefined,
    },
  ],
};
