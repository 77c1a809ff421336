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
};
