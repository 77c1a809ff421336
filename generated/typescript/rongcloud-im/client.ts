// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (client.ts.j2) (@generated). DO NOT EDIT.
//
// The client of RongCloud IM Server API, its validators, and the schema they read.

import { call, Credentials, HttpOptions, Schema, Signing, validate, Violation } from "../runtime";
import type * as t from "./types";

/** The shapes and limits of every type, which the validators and the decoder read. */
export const SCHEMA: Schema = {"types":{"BlockedUser":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["blockEndTime","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupCreateRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":1000,"min_items":1}],["groupId","string",true,{"code":"1005","max_length":64}],["groupName","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupCreateResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupDismissRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["groupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupDismissResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupGaggedUser":{"at_least_one_of":[],"fields":[["startTime","string",true,{}],["time","string",true,{}],["userId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupJoinRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":1000,"min_items":1}],["groupId","string",true,{}],["groupName","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupJoinResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupMemberId":{"at_least_one_of":[],"fields":[["id","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupQuitRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":1000,"min_items":1}],["groupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupQuitResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupRefreshRequest":{"at_least_one_of":[],"fields":[["groupId","string",true,{}],["groupName","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupRefreshResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupSyncRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["group",["map","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupSyncResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagAddRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":20,"min_items":1}],["groupId","string",false,{}],["minute","i32",true,{"maximum":43200,"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagAddResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagListRequest":{"at_least_one_of":[],"fields":[["groupId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagListResponse":{"at_least_one_of":[],"fields":[["users",["list",{"ref":"GroupGaggedUser"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagRollbackRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":20,"min_items":1}],["groupId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagRollbackResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserQueryRequest":{"at_least_one_of":[],"fields":[["groupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserQueryResponse":{"at_least_one_of":[],"fields":[["users",["list",{"ref":"GroupMemberId"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessageGroupPublishRequest":{"at_least_one_of":[],"fields":[["fromUserId","string",true,{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1}],["toGroupId",["list","string"],true,{"items":{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1},"max_items":3,"min_items":1}],["toUserId",["list","string"],false,{"items":{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1},"min_items":1}],["objectName","string",true,{"code":"1005","max_length":32,"min_length":1}],["content","string",true,{"code":"1005","length_unit":"bytes","max_length":131072,"min_length":1}],["pushContent","string",false,{}],["pushData","string",false,{}],["isPersisted","i32",false,{"maximum":1,"minimum":0}],["isIncludeSender","i32",false,{"maximum":1,"minimum":0}],["isMentioned","i32",false,{"maximum":1,"minimum":0}],["contentAvailable","i32",false,{"maximum":1,"minimum":0}],["expansion","bool",false,{}],["disablePush","bool",false,{}],["pushExt","string",false,{}]],"forbidden_when":[[["expansion"],["toUserId"],null,"toUserId is sent",null],[["disablePush"],["toUserId"],null,"toUserId is sent",null],[["pushExt"],["toUserId"],null,"toUserId is sent",null]],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessageGroupPublishResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessagePrivatePublishRequest":{"at_least_one_of":[],"fields":[["fromUserId","string",true,{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1}],["toUserId",["list","string"],true,{"items":{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1},"max_items":1000,"min_items":1}],["objectName","string",true,{"code":"1005","max_length":32,"min_length":1}],["content","string",true,{"code":"1005","length_unit":"bytes","max_length":131072,"min_length":1}],["pushContent","string",false,{}],["pushData","string",false,{}],["count","i32",false,{"maximum":9999,"minimum":-1}],["verifyBlacklist","i32",false,{"maximum":1,"minimum":0}],["isPersisted","i32",false,{"maximum":1,"minimum":0}],["isIncludeSender","i32",false,{"maximum":1,"minimum":0}],["contentAvailable","i32",false,{"maximum":1,"minimum":0}],["expansion","bool",false,{}],["disablePush","bool",false,{}],["pushExt","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessagePrivatePublishResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessageRecallRequest":{"at_least_one_of":[],"fields":[["fromUserId","string",true,{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1}],["conversationType",{"ref":"RecallConversationType"},true,{}],["targetId","string",true,{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1}],["busChannel","string",false,{}],["messageUID","string",true,{}],["sentTime","i64",true,{}],["isAdmin","i32",false,{"maximum":1,"minimum":0}],["isDelete","i32",false,{"maximum":1,"minimum":0}],["extra","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessageRecallResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RecallConversationType":{"allowed":["1 (Private)","3 (Group)","4 (Chatroom)","6 (System)","10 (UltraGroup)"],"kind":"enum","open":false,"repr":"i32","values":[1,3,4,6,10]},"UserBlockQueryRequest":{"at_least_one_of":[],"fields":[["page","i32",false,{"minimum":0}],["size","i32",false,{"minimum":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserBlockQueryResponse":{"at_least_one_of":[],"fields":[["users",["list",{"ref":"BlockedUser"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserBlockRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"items":{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1},"max_items":20,"min_items":1}],["minute","i32",true,{"maximum":43200,"minimum":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserBlockResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserCheckOnlineRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserCheckOnlineResponse":{"at_least_one_of":[],"fields":[["status",{"ref":"UserOnlineStatus"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserGetTokenRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1}],["name","string",true,{"code":"1005","max_length":64}],["portraitUri","string",false,{"code":"1005","length_unit":"bytes","max_length":1024}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserGetTokenResponse":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["token","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserGroupQueryRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["page","i32",false,{"minimum":0}],["size","i32",false,{"maximum":1000,"minimum":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserGroupQueryResponse":{"at_least_one_of":[],"fields":[["groups",["list",{"ref":"UserJoinedGroup"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserInfoRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserInfoResponse":{"at_least_one_of":[],"fields":[["userName","string",true,{}],["userPortrait","string",true,{}],["createTime","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserJoinedGroup":{"at_least_one_of":[],"fields":[["name","string",true,{}],["id","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserOnlineStatus":{"allowed":["\"1\" (Online)","\"0\" (Offline)"],"kind":"enum","open":false,"repr":"string","values":["1","0"]},"UserRefreshRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1}],["name","string",false,{"code":"1005","max_length":64}],["portraitUri","string",false,{"code":"1005","length_unit":"bytes","max_length":1024}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserRefreshResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserTokenExpireRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"items":{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1},"max_items":20,"min_items":1}],["time","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserTokenExpireResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserUnblockRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"items":{"code":"1005","length_unit":"bytes","max_length":64,"min_length":1},"max_items":20,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserUnblockResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]}},"envelope":{"fields":[["code","i64",true,{}],["errorMessage","string",false,{}]],"payload":null,"roles":{"code":["code"],"message":["errorMessage"],"number":["code"],"ok_code":200,"request_id":[],"request_id_header":"X-Request-Id","status":null}}} as Schema;

/** The endpoints, by region; `china` is the default. */
export const ENDPOINTS = {
  china: { host: "api.rong-api.com", signingRegion: "china" },
  singapore: { host: "api.sg-light-api.com", signingRegion: "singapore" },
  "singapore-b": { host: "api.sg-b-light-api.com", signingRegion: "singapore-b" },
  "north-america": { host: "api.us-light-api.com", signingRegion: "north-america" },
  "saudi-arabia": { host: "api.sau-light-api.com", signingRegion: "saudi-arabia" },
} as const;

/** How requests are signed: the `rongcloud-sha1` scheme. */
export const SIGNING = { scheme: "rongcloud-sha1", service: null, per_region: false } as const satisfies Signing;

/** How to reach the service and as whom. */
export interface ClientOptions extends Partial<HttpOptions> {
  /** The credentials requests are signed with. */
  credentials: Credentials[typeof SIGNING.scheme];
}

/**
 * RongCloud IM Server API
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
      baseUrl: options.baseUrl ?? "https://api.rong-api.com",
    };
  }

  /**
   * The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group.
   *
   * `POST /group/create.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/create-group
   */
  async groupCreate(request: t.GroupCreateRequest): Promise<t.GroupCreateResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/create.json", query: [], request: "GroupCreateRequest", response: "GroupCreateResponse", body: "form" }, request);
  }

  /**
   * Dismissing a group means that all users will no longer receive messages from that group.
   *
   * `POST /group/dismiss.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/dismiss-group
   */
  async groupDismiss(request: t.GroupDismissRequest): Promise<t.GroupDismissResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/dismiss.json", query: [], request: "GroupDismissRequest", response: "GroupDismissResponse", body: "form" }, request);
  }

  /**
   * The App backend calls the IM Service API to request joining the group. After successfully joining the group, the user can send and receive messages within the group.
   *
   * `POST /group/join.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/join-group
   */
  async groupJoin(request: t.GroupJoinRequest): Promise<t.GroupJoinResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/join.json", query: [], request: "GroupJoinRequest", response: "GroupJoinResponse", body: "form" }, request);
  }

  /**
   * Remove a user from a group so that they no longer receive messages from that group.
   *
   * `POST /group/quit.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/quit-group
   */
  async groupQuit(request: t.GroupQuitRequest): Promise<t.GroupQuitResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/quit.json", query: [], request: "GroupQuitRequest", response: "GroupQuitResponse", body: "form" }, request);
  }

  /**
   * Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.
   *
   * `POST /group/refresh.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/refresh-group-info
   */
  async groupRefresh(request: t.GroupRefreshRequest): Promise<t.GroupRefreshResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/refresh.json", query: [], request: "GroupRefreshRequest", response: "GroupRefreshResponse", body: "form" }, request);
  }

  /**
   * Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.
   *
   * `POST /group/sync.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/sync-group
   */
  async groupSync(request: t.GroupSyncRequest): Promise<t.GroupSyncResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/sync.json", query: [], request: "GroupSyncRequest", response: "GroupSyncResponse", body: "form" }, request);
  }

  /**
   * The group service supports muting specified users in a group. Apps can call this API to add users to the mute list.
   *
   * `POST /group/user/gag/add.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/mute/gag-user
   */
  async groupUserGagAdd(request: t.GroupUserGagAddRequest): Promise<t.GroupUserGagAddResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/user/gag/add.json", query: [], request: "GroupUserGagAddRequest", response: "GroupUserGagAddResponse", body: "form" }, request);
  }

  /**
   * Retrieve the list of users muted in a specified group, returning their user IDs.
   *
   * `POST /group/user/gag/list.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/mute/query-gagged-user
   */
  async groupUserGagList(request: t.GroupUserGagListRequest): Promise<t.GroupUserGagListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/user/gag/list.json", query: [], request: "GroupUserGagListRequest", response: "GroupUserGagListResponse", body: "form" }, request);
  }

  /**
   * Unmute one or more users in a specific group.
   *
   * `POST /group/user/gag/rollback.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/mute/ungag-user
   */
  async groupUserGagRollback(request: t.GroupUserGagRollbackRequest): Promise<t.GroupUserGagRollbackResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/user/gag/rollback.json", query: [], request: "GroupUserGagRollbackRequest", response: "GroupUserGagRollbackResponse", body: "form" }, request);
  }

  /**
   * Query the user IDs of all members in a specified group.
   *
   * `POST /group/user/query.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/query-group-member
   */
  async groupUserQuery(request: t.GroupUserQueryRequest): Promise<t.GroupUserQueryResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/group/user/query.json", query: [], request: "GroupUserQueryRequest", response: "GroupUserQueryResponse", body: "form" }, request);
  }

  /**
   * Send messages to one or multiple groups within your application.
   *
   * `POST /message/group/publish.json`; at most 20 calls per second (per app, counting one message per group (a message to 3 groups is 3 messages)).
   *
   * @see https://docs.rongcloud.io/platform-chat-api/message/send-group
   */
  async messageGroupPublish(request: t.MessageGroupPublishRequest): Promise<t.MessageGroupPublishResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/message/group/publish.json", query: [], request: "MessageGroupPublishRequest", response: "MessageGroupPublishResponse", body: "form" }, request);
  }

  /**
   * Users within an application can send one-to-one chat messages to other users.
   *
   * `POST /message/private/publish.json`; at most 6000 calls per minute (per app, counting one message per recipient (a request to 1000 users is 1000 messages)).
   *
   * @see https://docs.rongcloud.io/platform-chat-api/message/send-private
   */
  async messagePrivatePublish(request: t.MessagePrivatePublishRequest): Promise<t.MessagePrivatePublishResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/message/private/publish.json", query: [], request: "MessagePrivatePublishRequest", response: "MessagePrivatePublishResponse", body: "form" }, request);
  }

  /**
   * Recalling a specific message essentially involves sending a recall command message.
   *
   * `POST /message/recall.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/message/msgrecall
   */
  async messageRecall(request: t.MessageRecallRequest): Promise<t.MessageRecallResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/message/recall.json", query: [], request: "MessageRecallRequest", response: "MessageRecallResponse", body: "form" }, request);
  }

  /**
   * Ban specified single or multiple users.
   *
   * `POST /user/block.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/block
   */
  async userBlock(request: t.UserBlockRequest): Promise<t.UserBlockResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/block.json", query: [], request: "UserBlockRequest", response: "UserBlockResponse", body: "form" }, request);
  }

  /**
   * Query the information of banned users, including the user ID and the end time of the ban.
   *
   * `POST /user/block/query.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/query-blocked-list
   */
  async userBlockQuery(request: t.UserBlockQueryRequest): Promise<t.UserBlockQueryResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/block/query.json", query: [], request: "UserBlockQueryRequest", response: "UserBlockQueryResponse", body: "form" }, request);
  }

  /**
   * Actively query the online status of a specific user.
   *
   * `POST /user/checkOnline.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/check-online-status-by-user
   */
  async userCheckOnline(request: t.UserCheckOnlineRequest): Promise<t.UserCheckOnlineResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/checkOnline.json", query: [], request: "UserCheckOnlineRequest", response: "UserCheckOnlineResponse", body: "form" }, request);
  }

  /**
   * Exchange the user ID (userId) defined at the app layer for an authentication Token used in the IM service.
   *
   * `POST /user/getToken.json`; at most 200 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/register
   */
  async userGetToken(request: t.UserGetTokenRequest): Promise<t.UserGetTokenResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/getToken.json", query: [], request: "UserGetTokenRequest", response: "UserGetTokenResponse", body: "form" }, request);
  }

  /**
   * Query all groups that a user has joined based on their user ID, returning the group ID and group name.
   *
   * `POST /user/group/query.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/group/query-group-by-user
   */
  async userGroupQuery(request: t.UserGroupQueryRequest): Promise<t.UserGroupQueryResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/group/query.json", query: [], request: "UserGroupQueryRequest", response: "UserGroupQueryResponse", body: "form" }, request);
  }

  /**
   * Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
   *
   * `POST /user/info.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/get
   */
  async userInfo(request: t.UserInfoRequest): Promise<t.UserInfoResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/info.json", query: [], request: "UserInfoRequest", response: "UserInfoResponse", body: "form" }, request);
  }

  /**
   * Update the user name (name) and avatar (portraitUri) data stored on the IM service server.
   *
   * `POST /user/refresh.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/modify
   */
  async userRefresh(request: t.UserRefreshRequest): Promise<t.UserRefreshResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/refresh.json", query: [], request: "UserRefreshRequest", response: "UserRefreshResponse", body: "form" }, request);
  }

  /**
   * Invalidate all tokens obtained by a specified user before a certain point in time.
   *
   * `POST /user/token/expire.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/expire
   */
  async userTokenExpire(request: t.UserTokenExpireRequest): Promise<t.UserTokenExpireResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/token/expire.json", query: [], request: "UserTokenExpireRequest", response: "UserTokenExpireResponse", body: "form" }, request);
  }

  /**
   * Unban users of the App.
   *
   * `POST /user/unblock.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/unblock
   */
  async userUnblock(request: t.UserUnblockRequest): Promise<t.UserUnblockResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/unblock.json", query: [], request: "UserUnblockRequest", response: "UserUnblockResponse", body: "form" }, request);
  }
}

/** The violations of `GroupCreateRequest`'s documented limits (none when it is valid). */
export function validateGroupCreateRequest(request: t.GroupCreateRequest): Violation[] {
  return validate(SCHEMA, "GroupCreateRequest", request);
}

/** The violations of `GroupDismissRequest`'s documented limits (none when it is valid). */
export function validateGroupDismissRequest(request: t.GroupDismissRequest): Violation[] {
  return validate(SCHEMA, "GroupDismissRequest", request);
}

/** The violations of `GroupJoinRequest`'s documented limits (none when it is valid). */
export function validateGroupJoinRequest(request: t.GroupJoinRequest): Violation[] {
  return validate(SCHEMA, "GroupJoinRequest", request);
}

/** The violations of `GroupQuitRequest`'s documented limits (none when it is valid). */
export function validateGroupQuitRequest(request: t.GroupQuitRequest): Violation[] {
  return validate(SCHEMA, "GroupQuitRequest", request);
}

/** The violations of `GroupRefreshRequest`'s documented limits (none when it is valid). */
export function validateGroupRefreshRequest(request: t.GroupRefreshRequest): Violation[] {
  return validate(SCHEMA, "GroupRefreshRequest", request);
}

/** The violations of `GroupSyncRequest`'s documented limits (none when it is valid). */
export function validateGroupSyncRequest(request: t.GroupSyncRequest): Violation[] {
  return validate(SCHEMA, "GroupSyncRequest", request);
}

/** The violations of `GroupUserGagAddRequest`'s documented limits (none when it is valid). */
export function validateGroupUserGagAddRequest(request: t.GroupUserGagAddRequest): Violation[] {
  return validate(SCHEMA, "GroupUserGagAddRequest", request);
}

/** The violations of `GroupUserGagListRequest`'s documented limits (none when it is valid). */
export function validateGroupUserGagListRequest(request: t.GroupUserGagListRequest): Violation[] {
  return validate(SCHEMA, "GroupUserGagListRequest", request);
}

/** The violations of `GroupUserGagRollbackRequest`'s documented limits (none when it is valid). */
export function validateGroupUserGagRollbackRequest(request: t.GroupUserGagRollbackRequest): Violation[] {
  return validate(SCHEMA, "GroupUserGagRollbackRequest", request);
}

/** The violations of `GroupUserQueryRequest`'s documented limits (none when it is valid). */
export function validateGroupUserQueryRequest(request: t.GroupUserQueryRequest): Violation[] {
  return validate(SCHEMA, "GroupUserQueryRequest", request);
}

/** The violations of `MessageGroupPublishRequest`'s documented limits (none when it is valid). */
export function validateMessageGroupPublishRequest(request: t.MessageGroupPublishRequest): Violation[] {
  return validate(SCHEMA, "MessageGroupPublishRequest", request);
}

/** The violations of `MessagePrivatePublishRequest`'s documented limits (none when it is valid). */
export function validateMessagePrivatePublishRequest(request: t.MessagePrivatePublishRequest): Violation[] {
  return validate(SCHEMA, "MessagePrivatePublishRequest", request);
}

/** The violations of `MessageRecallRequest`'s documented limits (none when it is valid). */
export function validateMessageRecallRequest(request: t.MessageRecallRequest): Violation[] {
  return validate(SCHEMA, "MessageRecallRequest", request);
}

/** The violations of `UserBlockRequest`'s documented limits (none when it is valid). */
export function validateUserBlockRequest(request: t.UserBlockRequest): Violation[] {
  return validate(SCHEMA, "UserBlockRequest", request);
}

/** The violations of `UserBlockQueryRequest`'s documented limits (none when it is valid). */
export function validateUserBlockQueryRequest(request: t.UserBlockQueryRequest): Violation[] {
  return validate(SCHEMA, "UserBlockQueryRequest", request);
}

/** The violations of `UserCheckOnlineRequest`'s documented limits (none when it is valid). */
export function validateUserCheckOnlineRequest(request: t.UserCheckOnlineRequest): Violation[] {
  return validate(SCHEMA, "UserCheckOnlineRequest", request);
}

/** The violations of `UserGetTokenRequest`'s documented limits (none when it is valid). */
export function validateUserGetTokenRequest(request: t.UserGetTokenRequest): Violation[] {
  return validate(SCHEMA, "UserGetTokenRequest", request);
}

/** The violations of `UserGroupQueryRequest`'s documented limits (none when it is valid). */
export function validateUserGroupQueryRequest(request: t.UserGroupQueryRequest): Violation[] {
  return validate(SCHEMA, "UserGroupQueryRequest", request);
}

/** The violations of `UserInfoRequest`'s documented limits (none when it is valid). */
export function validateUserInfoRequest(request: t.UserInfoRequest): Violation[] {
  return validate(SCHEMA, "UserInfoRequest", request);
}

/** The violations of `UserRefreshRequest`'s documented limits (none when it is valid). */
export function validateUserRefreshRequest(request: t.UserRefreshRequest): Violation[] {
  return validate(SCHEMA, "UserRefreshRequest", request);
}

/** The violations of `UserTokenExpireRequest`'s documented limits (none when it is valid). */
export function validateUserTokenExpireRequest(request: t.UserTokenExpireRequest): Violation[] {
  return validate(SCHEMA, "UserTokenExpireRequest", request);
}

/** The violations of `UserUnblockRequest`'s documented limits (none when it is valid). */
export function validateUserUnblockRequest(request: t.UserUnblockRequest): Violation[] {
  return validate(SCHEMA, "UserUnblockRequest", request);
}

/** What a caller needs to know of each operation. */
export const OPERATIONS = {
  GroupCreate: {
    method: "POST",
    path: "/group/create.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: false,
    errors: [],
  },
  GroupDismiss: {
    method: "POST",
    path: "/group/dismiss.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupJoin: {
    method: "POST",
    path: "/group/join.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupQuit: {
    method: "POST",
    path: "/group/quit.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupRefresh: {
    method: "POST",
    path: "/group/refresh.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupSync: {
    method: "POST",
    path: "/group/sync.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupUserGagAdd: {
    method: "POST",
    path: "/group/user/gag/add.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupUserGagList: {
    method: "POST",
    path: "/group/user/gag/list.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupUserGagRollback: {
    method: "POST",
    path: "/group/user/gag/rollback.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  GroupUserQuery: {
    method: "POST",
    path: "/group/user/query.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  MessageGroupPublish: {
    method: "POST",
    path: "/message/group/publish.json",
    rateLimit: {"per":"second","requests":20},
    idempotent: false,
    errors: [],
  },
  MessagePrivatePublish: {
    method: "POST",
    path: "/message/private/publish.json",
    rateLimit: {"per":"minute","requests":6000},
    idempotent: false,
    errors: [],
  },
  MessageRecall: {
    method: "POST",
    path: "/message/recall.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: false,
    errors: [],
  },
  UserBlock: {
    method: "POST",
    path: "/user/block.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  UserBlockQuery: {
    method: "POST",
    path: "/user/block/query.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  UserCheckOnline: {
    method: "POST",
    path: "/user/checkOnline.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  UserGetToken: {
    method: "POST",
    path: "/user/getToken.json",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
    errors: [2007],
  },
  UserGroupQuery: {
    method: "POST",
    path: "/user/group/query.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  UserInfo: {
    method: "POST",
    path: "/user/info.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  UserRefresh: {
    method: "POST",
    path: "/user/refresh.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  UserTokenExpire: {
    method: "POST",
    path: "/user/token/expire.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  UserUnblock: {
    method: "POST",
    path: "/user/unblock.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
} as const;
