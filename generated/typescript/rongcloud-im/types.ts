// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (types.ts.j2) (@generated). DO NOT EDIT.

/**
 * RongCloud IM Server API
 *
 * RongCloud's IM Server API (the classic form API). Every request is an HTTPS POST to
 * `https://{data center domain}/{module}/{action}.json` whose body is
 * `application/x-www-form-urlencoded`: a parameter sent several times is a list
 * (`userId=1&userId=2`), `key[sub]=value` a map (`group[10001]=Name`), and structured values
 * (a message's `content`) are JSON text in one parameter. Each request carries the headers
 * `App-Key`, `Nonce` (a random string), `Timestamp` and `Signature`, the hex SHA-1 of the App
 * Secret, the Nonce and the Timestamp concatenated; each may also be sent with the `RC-` prefix.
 * Answers are JSON: `code` 200 on success, with the API's own fields beside it.
 */

/**
 * The request body of `GroupCreate`.
 */
export interface GroupCreateRequest {
  /**
   * The user ID to be added to the group, up to 1000.
   *
   * Limits: 1 to 1000 items.
   */
  userId: Array<string>;
  /**
   * The group ID to be created, with a maximum length of 64 characters. Supports a combination of uppercase and lowercase letters and numbers.
   *
   * Limits: at most 64 characters (else error `1005`).
   */
  groupId: string;
  /**
   * The name corresponding to the group ID, used when sending group messages to display remote Push notifications. If the group name changes, the Refresh Group Information interface needs to be called to synchronize.
   */
  groupName: string;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupCreateResponse {
}

/**
 * The request body of `GroupDismiss`.
 */
export interface GroupDismissRequest {
  /**
   * The user ID of the operator dismissing the group. It can be any user ID; the group creator is not required to dismiss the group.
   */
  userId: string;
  /**
   * The group ID of the group to be dismissed.
   */
  groupId: string;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupDismissResponse {
}

/**
 * The request body of `GroupJoin`.
 */
export interface GroupJoinRequest {
  /**
   * The user ID(s) to join the group. Multiple IDs can be submitted, up to a maximum of 1000.
   *
   * Limits: 1 to 1000 items.
   */
  userId: Array<string>;
  /**
   * The group ID to join.
   */
  groupId: string;
  /**
   * The name of the group to join. Note: If groupName is provided when joining the group, it will modify the group name in push notifications, similar to calling the refresh group information API.
   */
  groupName?: string;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupJoinResponse {
}

/**
 * The request body of `GroupQuit`.
 */
export interface GroupQuitRequest {
  /**
   * The user ID(s) to be removed from the group. Multiple user IDs can be submitted, with a maximum of 1000.
   *
   * Limits: 1 to 1000 items.
   */
  userId: Array<string>;
  /**
   * The group ID from which the user(s) will be removed.
   */
  groupId: string;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupQuitResponse {
}

/**
 * The request body of `GroupRefresh`.
 */
export interface GroupRefreshRequest {
  /**
   * Group ID.
   */
  groupId: string;
  /**
   * Group name.
   */
  groupName: string;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupRefreshResponse {
}

/**
 * The request body of `GroupSync`.
 */
export interface GroupSyncRequest {
  /**
   * The ID of the user whose group information is being synchronized.
   */
  userId: string;
  /**
   * The group information the user belongs to. If the group ID already exists, the corresponding group name will also be updated. This parameter can be passed multiple times. See the example below.
   *
   * Sent as `group[<group ID>]=<group name>`, once per group: the map's keys are group IDs, its values the groups' names.
   */
  group?: Record<string, string>;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupSyncResponse {
}

/**
 * The request body of `GroupUserGagAdd`.
 */
export interface GroupUserGagAddRequest {
  /**
   * User ID, with a maximum of 20 users per request.
   *
   * Limits: 1 to 20 items.
   */
  userId: Array<string>;
  /**
   * Group ID. If left empty, the user will be muted in all groups they joined.
   */
  groupId?: string;
  /**
   * Mute duration in minutes, with a maximum of 43,200 minutes. 0 indicates permanent mute.
   *
   * A number of minutes, sent as its decimal text like every form value.
   *
   * Limits: between 0 and 43200.
   */
  minute: number;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupUserGagAddResponse {
}

/**
 * The request body of `GroupUserGagList`.
 */
export interface GroupUserGagListRequest {
  /**
   * Group ID. If empty, retrieves muted users from all groups.
   */
  groupId?: string;
}

/**
 * The fields beside the envelope's `code`.
 */
export interface GroupUserGagListResponse {
  /**
   * List of muted members.
   */
  users: Array<GroupGaggedUser>;
}

/**
 * One muted user (an item of GroupUserGagList's `users`).
 */
export interface GroupGaggedUser {
  /**
   * Mute start time. Accurate to the second, in the format YYYY-MM-DD HH:MM:SS, e.g., 2022-09-25 16:12:38. Note: The value of time is related to the data center of the app. If your app uses the China (Beijing) Data Center, time is in Beijing time. If your app uses the global data center, time is in UTC time.
   */
  startTime: string;
  /**
   * Unmute time. Accurate to the second, in the format YYYY-MM-DD HH:MM:SS, e.g., 2022-09-25 16:12:38. Note: The value of time is related to the data center of the app. If your app uses the China (Beijing) Data Center, time is in Beijing time. If your app uses the global data center, time is in UTC time.
   */
  time: string;
  /**
   * User ID of the group member.
   */
  userId: string;
}

/**
 * The request body of `GroupUserGagRollback`.
 */
export interface GroupUserGagRollbackRequest {
  /**
   * User ID. Up to 20 users can be removed at once.
   *
   * Limits: 1 to 20 items.
   */
  userId: Array<string>;
  /**
   * Group ID. If empty, the user's mute setting in all groups will be removed.
   */
  groupId?: string;
}

/**
 * Only the envelope's `code`.
 */
export interface GroupUserGagRollbackResponse {
}

/**
 * The request body of `GroupUserQuery`.
 */
export interface GroupUserQueryRequest {
  /**
   * Group ID.
   */
  groupId: string;
}

/**
 * The fields beside the envelope's `code`.
 */
export interface GroupUserQueryResponse {
  /**
   * Array of group members.
   */
  users: Array<GroupMemberId>;
}

/**
 * One member of a group (an item of GroupUserQuery's `users`).
 */
export interface GroupMemberId {
  /**
   * User ID of the group member.
   */
  id: string;
}

/**
 * The request body of `UserGroupQuery`.
 */
export interface UserGroupQueryRequest {
  /**
   * User ID.
   */
  userId: string;
  /**
   * Current page number, used for paginated queries. If pagination is required, the default page size is 50, which can be adjusted using the size parameter. If pagination is not needed, this parameter can be omitted (or set to 0), and the first 5000 groups the user has joined will be returned.
   *
   * Limits: at least 0.
   *
   * Default: 0
   */
  page?: number;
  /**
   * Page size, only effective when page is provided. The default is 50 entries per page, with a maximum of 1000.
   *
   * Limits: between 1 and 1000.
   *
   * Default: 50
   */
  size?: number;
}

/**
 * The fields beside the envelope's `code`.
 */
export interface UserGroupQueryResponse {
  /**
   * An array of groups the user has joined.
   */
  groups: Array<UserJoinedGroup>;
}

/**
 * One group a user has joined (an item of UserGroupQuery's `groups`).
 */
export interface UserJoinedGroup {
  /**
   * Group name.
   */
  name: string;
  /**
   * Group ID.
   */
  id: string;
}

/**
 * The request body of `UserInfo`.
 */
export interface UserInfoRequest {
  /**
   * User ID
   */
  userId: string;
}

/**
 * The fields beside the envelope's `code`.
 */
export interface UserInfoResponse {
  /**
   * User name.
   */
  userName: string;
  /**
   * User avatar URL.
   */
  userPortrait: string;
  /**
   * User creation time.
   */
  createTime: string;
}

/**
 * Every answer is a JSON object whose `code` is 200 on success, with the API's own fields
 * beside it; a failure carries another code and `errorMessage`, and most failures come with
 * an HTTP status of their own (401 for a signature that does not verify, 429 for a rate
 * limit). The request id is not in the body: the `X-Request-Id` response header carries it.
 *
 * The response body of every operation, with its payload as `T`.
 */
export type Envelope<T> = {
  /**
   * Return code; 200 is success.
   */
  code: bigint;
  /**
   * Why the call failed, on failure.
   */
  errorMessage?: string;
} & T;
