// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (client.ts.j2) (@generated). DO NOT EDIT.
//
// The client of RongCloud IM Server API, its validators, and the schema they read.

import { call, Credentials, HttpOptions, Schema, Signing, validate, Violation } from "../runtime";
import type * as t from "./types";

/** The shapes and limits of every type, which the validators and the decoder read. */
export const SCHEMA: Schema = {"types":{"GroupCreateRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":1000,"min_items":1}],["groupId","string",true,{"code":"1005","max_length":64}],["groupName","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupCreateResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupDismissRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["groupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupDismissResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupGaggedUser":{"at_least_one_of":[],"fields":[["startTime","string",true,{}],["time","string",true,{}],["userId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupJoinRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":1000,"min_items":1}],["groupId","string",true,{}],["groupName","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupJoinResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupMemberId":{"at_least_one_of":[],"fields":[["id","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupQuitRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":1000,"min_items":1}],["groupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupQuitResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupRefreshRequest":{"at_least_one_of":[],"fields":[["groupId","string",true,{}],["groupName","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupRefreshResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupSyncRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["group",["map","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupSyncResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagAddRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":20,"min_items":1}],["groupId","string",false,{}],["minute","i32",true,{"maximum":43200,"minimum":0}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagAddResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagListRequest":{"at_least_one_of":[],"fields":[["groupId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagListResponse":{"at_least_one_of":[],"fields":[["users",["list",{"ref":"GroupGaggedUser"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagRollbackRequest":{"at_least_one_of":[],"fields":[["userId",["list","string"],true,{"max_items":20,"min_items":1}],["groupId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserGagRollbackResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserQueryRequest":{"at_least_one_of":[],"fields":[["groupId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GroupUserQueryResponse":{"at_least_one_of":[],"fields":[["users",["list",{"ref":"GroupMemberId"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserGroupQueryRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}],["page","i32",false,{"minimum":0}],["size","i32",false,{"maximum":1000,"minimum":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserGroupQueryResponse":{"at_least_one_of":[],"fields":[["groups",["list",{"ref":"UserJoinedGroup"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserInfoRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserInfoResponse":{"at_least_one_of":[],"fields":[["userName","string",true,{}],["userPortrait","string",true,{}],["createTime","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserJoinedGroup":{"at_least_one_of":[],"fields":[["name","string",true,{}],["id","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]}},"envelope":{"fields":[["code","i64",true,{}],["errorMessage","string",false,{}]],"payload":null,"roles":{"code":["code"],"message":["errorMessage"],"number":["code"],"ok_code":200,"request_id":[],"request_id_header":"X-Request-Id","status":null}}} as Schema;

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

/** The violations of `UserGroupQueryRequest`'s documented limits (none when it is valid). */
export function validateUserGroupQueryRequest(request: t.UserGroupQueryRequest): Violation[] {
  return validate(SCHEMA, "UserGroupQueryRequest", request);
}

/** The violations of `UserInfoRequest`'s documented limits (none when it is valid). */
export function validateUserInfoRequest(request: t.UserInfoRequest): Violation[] {
  return validate(SCHEMA, "UserInfoRequest", request);
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
} as const;
