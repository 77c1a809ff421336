// @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (examples.ts.j2). Do not edit by hand.
//
// Every example of the spec, typed with ./types: `tsc --strict` rejects an example whose fields
// or values do not fit them. 64-bit integers are `bigint` literals.

import type * as t from "./types";

/** The examples, by operation: each request (and response, envelope included). */
export const EXAMPLES = {
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
  DeleteMessage: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "MessageId": 10001n, "ParticipantUserId": 10002n} satisfies t.DeleteMessageRequest,
      response: undefined,
    },
  ],
  GetAppToken: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ExpireTime": 4102444800000n, "UserId": 10001n} satisfies t.GetAppTokenRequest,
      response: undefined,
    },
  ],
  GetConversationMessages: [
    {
      name: "table values",
      request: {"AppId": 0, "ConversationShortId": 1n, "Cursor": 1666495802476129n, "Limit": 3n, "Reverse": 0} satisfies t.GetConversationMessagesRequest,
      response: undefined,
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
  GetUserConversations: [
    {
      name: "table values",
      request: {"AppId": 0, "Cursor": 0n, "DataType": 0, "InboxType": 0, "Limit": 2n, "ParticipantUserId": 10001n, "SkipMemberCount": true} satisfies t.GetUserConversationsRequest,
      response: undefined,
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
  RecallMessage: [
    {
      name: "sdk values",
      request: {"AppId": 0, "ConversationShortId": 1n, "MessageId": 10001n, "ParticipantUserId": 10001n, "RecallRole": 1} satisfies t.RecallMessageRequest,
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
  UserBroadcast: [
    {
      name: "sdk values",
      request: {"AppId": 0, "Content": "{\"text\":\"hello\"}", "MsgTTL": 3600n, "MsgType": 10001, "Sender": 10001n, "TagOp": 0, "Tags": ["vip"]} satisfies t.UserBroadcastRequest,
      response: undefined,
    },
  ],
};
