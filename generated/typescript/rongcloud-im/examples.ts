// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (examples.ts.j2) (@generated). DO NOT EDIT.
//
// Every example of the spec, typed with ./types: `tsc --strict` rejects an example whose fields
// or values do not fit them. 64-bit integers are `bigint` literals.

import type * as t from "./types";

/** The examples, by operation: each request (and response, envelope included). */
export const EXAMPLES = {
  GroupCreate: [
    {
      name: "doc",
      request: {"groupId": "123", "groupName": "TestGroup", "userId": ["1", "2"]} satisfies t.GroupCreateRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupCreateResponse>,
    },
  ],
  GroupDismiss: [
    {
      name: "doc",
      request: {"groupId": "123", "userId": "1"} satisfies t.GroupDismissRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupDismissResponse>,
    },
  ],
  GroupJoin: [
    {
      name: "doc",
      request: {"groupId": "123", "groupName": "TestGroup", "userId": ["1", "2"]} satisfies t.GroupJoinRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupJoinResponse>,
    },
  ],
  GroupQuit: [
    {
      name: "doc",
      request: {"groupId": "123", "userId": ["1", "2"]} satisfies t.GroupQuitRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupQuitResponse>,
    },
  ],
  GroupRefresh: [
    {
      name: "doc",
      request: {"groupId": "123", "groupName": "new"} satisfies t.GroupRefreshRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupRefreshResponse>,
    },
  ],
  GroupSync: [
    {
      name: "doc",
      request: {"group": {"10001": "TestGroup1", "10002": "TestGroup2", "10003": "TestGroup3"}, "userId": "2014"} satisfies t.GroupSyncRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupSyncResponse>,
    },
  ],
  GroupUserGagAdd: [
    {
      name: "doc",
      request: {"groupId": "16", "minute": 1, "userId": ["2582", "2583"]} satisfies t.GroupUserGagAddRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupUserGagAddResponse>,
    },
  ],
  GroupUserGagList: [
    {
      name: "doc",
      request: {"groupId": "16"} satisfies t.GroupUserGagListRequest,
      response: {"code": 200n, "users": [{"startTime": "2024-02-07 18:25:12", "time": "2024-02-07 18:55:12", "userId": "2582"}]} satisfies t.Envelope<t.GroupUserGagListResponse>,
    },
  ],
  GroupUserGagRollback: [
    {
      name: "doc",
      request: {"groupId": "16", "userId": ["2582", "2583"]} satisfies t.GroupUserGagRollbackRequest,
      response: {"code": 200n} satisfies t.Envelope<t.GroupUserGagRollbackResponse>,
    },
  ],
  GroupUserQuery: [
    {
      name: "doc",
      request: {"groupId": "123"} satisfies t.GroupUserQueryRequest,
      response: {"code": 200n, "users": [{"id": "10001"}, {"id": "10002"}, {"id": "10000"}, {"id": "10003"}]} satisfies t.Envelope<t.GroupUserQueryResponse>,
    },
  ],
  MessageGroupPublish: [
    {
      name: "text",
      request: {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "objectName": "RC:TxtMsg", "toGroupId": ["123"]} satisfies t.MessageGroupPublishRequest,
      response: {"code": 200n} satisfies t.Envelope<t.MessageGroupPublishResponse>,
    },
    {
      name: "targeted",
      request: {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "objectName": "RC:TxtMsg", "toGroupId": ["123"], "toUserId": ["BWSZ", "jlk45211"]} satisfies t.MessageGroupPublishRequest,
      response: {"code": 200n} satisfies t.Envelope<t.MessageGroupPublishResponse>,
    },
  ],
  MessagePrivatePublish: [
    {
      name: "text",
      request: {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "objectName": "RC:TxtMsg", "toUserId": ["BWSZ"]} satisfies t.MessagePrivatePublishRequest,
      response: {"code": 200n} satisfies t.Envelope<t.MessagePrivatePublishResponse>,
    },
    {
      name: "to several users",
      request: {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "isPersisted": 1, "objectName": "RC:TxtMsg", "pushContent": "Hello world!", "toUserId": ["BWSZ", "jlk45211"], "verifyBlacklist": 0} satisfies t.MessagePrivatePublishRequest,
      response: {"code": 200n} satisfies t.Envelope<t.MessagePrivatePublishResponse>,
    },
  ],
  MessageRecall: [
    {
      name: "private",
      request: {"conversationType": 1, "fromUserId": "jlk456j5", "isAdmin": 0, "isDelete": 0, "messageUID": "5FGT-7VA9-G4DD-4V5P", "sentTime": 1585284151512n, "targetId": "BWSZ"} satisfies t.MessageRecallRequest,
      response: {"code": 200n} satisfies t.Envelope<t.MessageRecallResponse>,
    },
    {
      name: "group",
      request: {"conversationType": 3, "fromUserId": "jlk456j5", "isDelete": 1, "messageUID": "5FGT-7VA9-G4DD-4V5Q", "sentTime": 1585284151512n, "targetId": "123"} satisfies t.MessageRecallRequest,
      response: {"code": 200n} satisfies t.Envelope<t.MessageRecallResponse>,
    },
  ],
  UserBlock: [
    {
      name: "doc",
      request: {"minute": 10, "userId": ["BWSZ"]} satisfies t.UserBlockRequest,
      response: {"code": 200n} satisfies t.Envelope<t.UserBlockResponse>,
    },
  ],
  UserBlockQuery: [
    {
      name: "doc",
      request: {"page": 1, "size": 50} satisfies t.UserBlockQueryRequest,
      response: {"code": 200n, "users": [{"blockEndTime": "2015-01-11 01:28:20", "userId": "jlk456j5"}]} satisfies t.Envelope<t.UserBlockQueryResponse>,
    },
  ],
  UserCheckOnline: [
    {
      name: "doc",
      request: {"userId": "jlk456j5"} satisfies t.UserCheckOnlineRequest,
      response: {"code": 200n, "status": "1"} satisfies t.Envelope<t.UserCheckOnlineResponse>,
    },
  ],
  UserGetToken: [
    {
      name: "doc",
      request: {"name": "Ironman", "portraitUri": "http://abc.com/myportrait.jpg", "userId": "jlk456j5"} satisfies t.UserGetTokenRequest,
      response: {"code": 200n, "token": "sfd9823ihufi", "userId": "jlk456j5"} satisfies t.Envelope<t.UserGetTokenResponse>,
    },
  ],
  UserGroupQuery: [
    {
      name: "doc",
      request: {"userId": "123"} satisfies t.UserGroupQueryRequest,
      response: {"code": 200n, "groups": [{"id": "123", "name": "TestGroup"}]} satisfies t.Envelope<t.UserGroupQueryResponse>,
    },
  ],
  UserInfo: [
    {
      name: "doc",
      request: {"userId": "123"} satisfies t.UserInfoRequest,
      response: {"code": 200n, "createTime": "2016-05-24 10:38:19", "userName": "123", "userPortrait": ""} satisfies t.Envelope<t.UserInfoResponse>,
    },
  ],
  UserRefresh: [
    {
      name: "doc",
      request: {"name": "Ironman", "portraitUri": "http://abc.com/myportrait.jpg", "userId": "jlk456j5"} satisfies t.UserRefreshRequest,
      response: {"code": 200n} satisfies t.Envelope<t.UserRefreshResponse>,
    },
  ],
  UserTokenExpire: [
    {
      name: "doc",
      request: {"time": 1615362955344n, "userId": ["test1", "test2"]} satisfies t.UserTokenExpireRequest,
      response: {"code": 200n} satisfies t.Envelope<t.UserTokenExpireResponse>,
    },
  ],
  UserUnblock: [
    {
      name: "doc",
      request: {"userId": ["jlk456j5", "jlk45211"]} satisfies t.UserUnblockRequest,
      response: {"code": 200n} satisfies t.Envelope<t.UserUnblockResponse>,
    },
  ],
};
