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
 * The request body of `MessageGroupPublish`.
 */
export interface MessageGroupPublishRequest {
  /**
   * Sender's user ID. Non-group members can also send messages to a group via the Server API. Note: The user ID used to send the message must have obtained a user Token; otherwise, if the message triggers an offline push, the sender's user information will not be displayed correctly in the notification.
   *
   * Limits: 1 to 64 UTF-8 bytes (else error `1005`).
   */
  fromUserId: string;
  /**
   * Group ID(s) receiving the message. Supports up to 3 group IDs. When sending targeted group messages, only one group ID is supported.
   *
   * Limits: 1 to 3 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
   */
  toGroupId: Array<string>;
  /**
   * 发送群聊定向消息时,接收消息的群成员用户 ID 列表,群中其他用户无法收到该定向消息。仅当 toGroupId 传入单个群组 ID 时有效。
   *
   * For a targeted group message, the members who receive it; the group's other members do not. Only when `toGroupId` names one group.
   *
   * Limits: at least 1 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
   */
  toUserId?: Array<string>;
  /**
   * 接受内置消息类型(见消息类型概述)或自定义消息的消息类型值。注意:在自定义消息时,消息类型不可以 "RC:" 开头,以免与系统内置消息类型重名;消息类型长度不可超过 32 个字符。
   *
   * The message type: a built-in type or a custom one, which must not start with "RC:"; at most 32 characters.
   *
   * Limits: 1 to 32 characters (else error `1005`).
   */
  objectName: string;
  /**
   * 发送消息内容,单条消息最大 128k。内置消息以 JSON 方式进行数据序列化;如果 objectName 为自定义消息类型,该参数可自定义格式,不限于 JSON。
   *
   * The message content, at most 128k: a built-in type's content JSON serialized to text; a custom type may use any format.
   *
   * Limits: 1 to 131072 UTF-8 bytes (else error `1005`).
   */
  content: string;
  /**
   * 定义显示的 Push 内容,如果 objectName 为融云内置消息类型时,则发送后用户一定会收到 Push 信息。如果为自定义消息,则 pushContent 为自定义消息显示的 Push 内容,如果不传则用户不会收到 Push 通知。
   *
   * The push notification's text; a custom message type without it sends no push.
   */
  pushContent?: string;
  /**
   * 针对 iOS 平台为 Push 通知时附加到 payload 中,客户端获取远程推送内容时为 appData,Android 客户端收到推送消息时对应字段名为 pushData。
   *
   * Data carried with the push, `appData` on iOS and `pushData` on Android.
   */
  pushData?: string;
  /**
   * 针对融云服务端是否存储此条消息,0 表示为不存储、1 表示为存储,默认为 1 存储消息。
   *
   * Whether the server stores the message (1, the default) or not (0).
   *
   * Limits: between 0 and 1.
   *
   * Default: 1
   */
  isPersisted?: number;
  /**
   * 发送用户自己是否接收消息,0 表示为不接收,1 表示为接收,默认为 0 不接收,只有在 toGroupId 为一个群组 Id 的时候有效。
   *
   * Whether the sender receives the message too (1) or not (0, the default); only when `toGroupId` names one group.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  isIncludeSender?: number;
  /**
   * 是否为 @ 消息,0 表示为普通消息,1 表示为 @ 消息,默认为 0。当为 1 时 content 参数中必须携带 mentionedInfo @消息的详细内容。当指定了 toUserId 时,则 @ 的用户必须为 toUserId 中的用户。
   *
   * An @ message (1) or not (0, the default); an @ message's `content` carries `mentionedInfo`, and with `toUserId` the mentioned users must be among them.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  isMentioned?: number;
  /**
   * 针对 iOS 平台,对 SDK 处于后台暂停状态时为静默推送。1 表示为开启,0 表示为关闭,默认为 0。
   *
   * iOS only: a silent push that wakes a suspended app (1), or not (0, the default).
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  contentAvailable?: number;
  /**
   * 是否为可扩展消息,默认为 false,设为 true 时终端在收到该条消息后,可对该条消息设置扩展信息。暂不支持海外数据中心。
   *
   * Whether the message is extensible; not with `toUserId`, and not supported in overseas data centers.
   *
   * Default: false
   */
  expansion?: boolean;
  /**
   * 是否为静默消息,默认为 false,设为 true 时终端用户离线情况下不会收到通知提醒。暂不支持海外数据中心。
   *
   * A silent message: offline members get no notification; not with `toUserId`.
   *
   * Default: false
   */
  disablePush?: boolean;
  /**
   * 推送通知属性设置,pushExt 为 JSON 结构请求时需要做转义处理。disablePush 为 true 时此属性无效。暂不支持海外数据中心。
   *
   * Push notification settings, a JSON object sent as text; ignored when `disablePush` is true; not with `toUserId`.
   */
  pushExt?: string;
}

/**
 * The envelope's `code` alone.
 */
export interface MessageGroupPublishResponse {
}

/**
 * The request body of `MessagePrivatePublish`.
 */
export interface MessagePrivatePublishRequest {
  /**
   * The sender's user ID. Note: The user ID used to send the message must have obtained a user Token; otherwise, the sender's user information will not be correctly displayed in the notification if the message triggers an offline push.
   *
   * Limits: 1 to 64 UTF-8 bytes (else error `1005`).
   */
  fromUserId: string;
  /**
   * The recipient's user ID. Messages can be sent to multiple users, with a maximum of 1000 users per request.
   *
   * Limits: 1 to 1000 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
   */
  toUserId: Array<string>;
  /**
   * The message type, which accepts built-in message types (see Message Type Overview) or custom message type values. Note: When using custom messages, the message type must not start with "RC:" to avoid conflicts with built-in message types; the message type length must not exceed 32 characters. The custom message type must be registered in the SDK; otherwise, the SDK will not be able to parse the message upon receipt.
   *
   * Limits: 1 to 32 characters (else error `1005`).
   */
  objectName: string;
  /**
   * The content of the message being sent, with a maximum size of 128k per message. Built-in message types: serialize the message content JSON object to a JSON string (for a text message, `{"content":"Hello world!"}`); a custom message type may use any format, not only JSON.
   *
   * Limits: 1 to 131072 UTF-8 bytes (else error `1005`).
   */
  content: string;
  /**
   * 指定收件人离线时触发的远程推送通知中的通知内容。注意:对于部分消息类型,该字段是否有值决定了是否触发远程推送通知。
   *
   * The text of the push notification sent to a recipient who is offline; for some message types whether it is set decides whether a push is sent at all.
   */
  pushContent?: string;
  /**
   * Push 透传信息,针对 iOS 平台 APNs 推送时附加到 payload 中,客户端获取远程推送内容时通过 appData,同时融云默认携带了消息基本信息,客户端可通过 'rc' 属性获取。针对 Android 平台收到推送消息时对应字段名为 pushData。
   *
   * Data carried with the push: in the APNs payload as `appData` on iOS, as `pushData` on Android.
   */
  pushData?: string;
  /**
   * 针对 iOS 平台,Push 时用来控制未读消息显示数,只有在 toUserId 为一个用户 Id 的时候有效;为 -1 时不改变角标数,传入相应数字表示把角标数改为指定的数字,最大不超过 9999。
   *
   * iOS only: the badge count the push sets, -1 to leave it; only when `toUserId` names one user.
   *
   * Limits: between -1 and 9999.
   */
  count?: number;
  /**
   * 是否过滤接收用户黑名单列表,0 表示为不过滤,1 表示为过滤,默认为 0 不过滤。
   *
   * Whether recipients' blocklists filter the message (1) or not (0, the default).
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  verifyBlacklist?: number;
  /**
   * 针对融云服务端是否存储此条消息,0 表示为不存储,1 表示为存储,默认为 1 存储消息。
   *
   * Whether the server stores the message (1, the default) or not (0).
   *
   * Limits: between 0 and 1.
   *
   * Default: 1
   */
  isPersisted?: number;
  /**
   * 终端用户在线状态下,发送者是否接收该消息,0 表示为不接收,1 表示为接收,默认为 0 不接收,只有在 toUserId 为一个用户 Id 的时候有效。
   *
   * Whether the sender's online clients receive the message too (1) or not (0, the default); only when `toUserId` names one user.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  isIncludeSender?: number;
  /**
   * 针对 iOS 平台,对 SDK 处于后台暂停状态时为静默推送。1 表示为开启,0 表示为关闭,默认为 0。
   *
   * iOS only: a silent push that wakes a suspended app (1), or not (0, the default).
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  contentAvailable?: number;
  /**
   * 是否为可扩展消息,默认为 false,设为 true 时终端在收到该条消息后,可对该条消息设置扩展信息。暂不支持海外数据中心。
   *
   * Whether the message is extensible (clients may set extension data on it); not supported in overseas data centers.
   *
   * Default: false
   */
  expansion?: boolean;
  /**
   * 是否为静默消息,默认为 false,设为 true 时终端用户离线情况下不会收到通知提醒。暂不支持海外数据中心。
   *
   * A silent message: offline recipients get no notification; not supported in overseas data centers.
   *
   * Default: false
   */
  disablePush?: boolean;
  /**
   * 推送通知属性设置,pushExt 为 JSON 结构请求时需要做转义处理。disablePush 为 true 时此属性无效。暂不支持海外数据中心。
   *
   * Push notification settings, a JSON object sent as text; ignored when `disablePush` is true; not supported in overseas data centers.
   */
  pushExt?: string;
}

/**
 * The envelope's `code` alone.
 */
export interface MessagePrivatePublishResponse {
}

/**
 * The request body of `MessageRecall`.
 */
export interface MessageRecallRequest {
  /**
   * The user ID of the message sender.
   *
   * Limits: 1 to 64 UTF-8 bytes (else error `1005`).
   */
  fromUserId: string;
  /**
   * The conversation type. Supported conversation types include: 1 (one-to-one chat), 3 (group chat), 4 (chatroom), 6 (system conversation), 10 (ultra group).
   */
  conversationType: RecallConversationType;
  /**
   * 目标 ID,根据不同的会话类型(ConversationType),可能是用户 ID、群组 ID、聊天室 ID、超级群 ID,系统目标 ID。
   *
   * The target ID: a user ID, group ID, chatroom ID, ultra group ID or system target ID, by the conversation type.
   *
   * Limits: 1 to 64 UTF-8 bytes (else error `1005`).
   */
  targetId: string;
  /**
   * 超级群频道 ID,仅适用于撤回超级群消息。如果发送消息时指定了频道 ID,则撤回时必须指定频道 ID,否则无法撤回;如果发送消息时未指定频道 ID,则撤回时不可指定频道 ID,否则无法撤回。客户端发送超级群消息时,频道 ID 对应字段名称为 channelId。
   *
   * The ultra group channel ID, only for ultra group messages: given exactly when the message was sent in a channel.
   */
  busChannel?: string;
  /**
   * 消息唯一标识。可通过全量消息路由服务获取消息唯一标识,对应名称为 msgUID。
   *
   * The message's unique ID (`msgUID` in the message routing callback).
   */
  messageUID: string;
  /**
   * 消息发送时间,可通过服务端实时消息路由获取,对应名称为 msgTimestamp。
   *
   * When the message was sent (`msgTimestamp` in the message routing callback).
   *
   * Unit: milliseconds
   */
  sentTime: bigint;
  /**
   * 是否为管理员,默认为 0,设为 1 时,IMKit 收到此条消息后,小灰条默认显示为"管理员 撤回了一条消息"。
   *
   * Whether an administrator recalls it; with 1, IMKit shows "an administrator recalled a message".
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  isAdmin?: number;
  /**
   * 是否删除消息,默认为 0 撤回该条消息同时,用户端将该条消息删除并替换为一条小灰条撤回提示消息;为 1 时,该条消息删除后,不替换为小灰条提示消息。
   *
   * 0 (the default): the message is replaced by a recall notice; 1: it is deleted without a notice.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  isDelete?: number;
  /**
   * 扩展信息,可以放置任意的数据内容。
   *
   * Extension data, any content.
   */
  extra?: string;
}

/**
 * The envelope's `code` alone.
 */
export interface MessageRecallResponse {
}

/**
 * The conversation types a message can be recalled from.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type RecallConversationType =
  | 1
  | 3
  | 4
  | 6
  | 10
  | (number & {});

/** The documented values of `RecallConversationType`, by name. */
export const RecallConversationType = {
  /** One-to-one chat. */
  Private: 1,
  /** Group chat. */
  Group: 3,
  /** Chatroom. */
  Chatroom: 4,
  /** System conversation. */
  System: 6,
  /** Ultra group. */
  UltraGroup: 10,
} as const;

/**
 * The request body of `UserBlock`.
 */
export interface UserBlockRequest {
  /**
   * User ID. Supports banning multiple users at once, with a maximum of 20.
   *
   * Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
   */
  userId: Array<string>;
  /**
   * Ban duration in minutes. The maximum value is 43,200 minutes.
   *
   * Limits: between 1 and 43200.
   */
  minute: number;
}

/**
 * The envelope's `code` alone.
 */
export interface UserBlockResponse {
}

/**
 * The request body of `UserBlockQuery`.
 */
export interface UserBlockQueryRequest {
  /**
   * The current page number when paginating the banned user list. If not passed or set to 0, no pagination will be performed, and the first 1000 banned users will be returned by default, sorted by the ban end time in descending order.
   *
   * Limits: at least 0.
   *
   * Default: 0
   */
  page?: number;
  /**
   * The number of rows per page when paginating the banned user list. If not passed, the default is 50.
   *
   * Limits: at least 1.
   *
   * Default: 50
   */
  size?: number;
}

/**
 * The fields beside the envelope's `code`.
 */
export interface UserBlockQueryResponse {
  /**
   * Array of banned users.
   */
  users: Array<BlockedUser>;
}

/**
 * A banned user (an item of `users`).
 */
export interface BlockedUser {
  /**
   * Banned user ID.
   */
  userId: string;
  /**
   * Ban end time.
   */
  blockEndTime: string;
}

/**
 * The request body of `UserCheckOnline`.
 */
export interface UserCheckOnlineRequest {
  /**
   * User ID.
   *
   * Limits: 1 to 64 UTF-8 bytes (else error `1005`).
   */
  userId: string;
}

/**
 * The fields beside the envelope's `code`.
 */
export interface UserCheckOnlineResponse {
  /**
   * User status. 1 - User is currently online. 0 - User is currently offline.
   */
  status: UserOnlineStatus;
}

/**
 * Whether a user is connected to the IM service, as `UserCheckOnline` answers it.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type UserOnlineStatus =
  | "1"
  | "0"
  | (string & {});

/** The documented values of `UserOnlineStatus`, by name. */
export const UserOnlineStatus = {
  /** User is currently online. */
  Online: "1",
  /** User is currently offline. */
  Offline: "0",
} as const;

/**
 * The request body of `UserGetToken`.
 */
export interface UserGetTokenRequest {
  /**
   * App-defined user ID for Token exchange. Supports alphanumeric characters (case-sensitive), max 64 bytes.
   *
   * Limits: 1 to 64 UTF-8 bytes (else error `1005`).
   */
  userId: string;
  /**
   * Display name for push notifications (max 64 chars). Note: This field is solely for RC's push service. RC does not host user profiles, so client SDKs cannot retrieve this data.
   *
   * Limits: at most 64 characters (else error `1005`).
   */
  name: string;
  /**
   * User avatar URI (max 1024 bytes). Note: RC does not host user profiles, so client SDKs cannot retrieve this data.
   *
   * Limits: at most 1024 UTF-8 bytes (else error `1005`).
   */
  portraitUri?: string;
}

/**
 * The fields beside the envelope's `code`.
 */
export interface UserGetTokenResponse {
  /**
   * User ID, the same as the user ID passed in.
   */
  userId: string;
  /**
   * The user's Token; at most 256 bytes, it may be cached in the app.
   */
  token: string;
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
 * The request body of `UserRefresh`.
 */
export interface UserRefreshRequest {
  /**
   * User ID, supports a combination of uppercase and lowercase letters and numbers, with a maximum length of 64 bytes. userId is the unique identifier of the user within the App and must be ensured to be unique within the same App. Duplicate user IDs will be treated as the same user.
   *
   * Limits: 1 to 64 UTF-8 bytes (else error `1005`).
   */
  userId: string;
  /**
   * User name, with a maximum length of 64 characters (regardless of symbols, English characters, or Chinese characters, the maximum is uniformly limited to 64 characters). Used to display the user's name in Push notifications. If not provided, no refresh will be performed.
   *
   * Limits: at most 64 characters (else error `1005`).
   *
   * When absent: the name is not changed
   */
  name?: string;
  /**
   * User avatar URI, with a maximum length of 1024 bytes. Note: since the IM server does not host user profiles, client SDKs cannot fetch this avatar.
   *
   * Limits: at most 1024 UTF-8 bytes (else error `1005`).
   *
   * When absent: the avatar is not changed
   */
  portraitUri?: string;
}

/**
 * The envelope's `code` alone.
 */
export interface UserRefreshResponse {
}

/**
 * The request body of `UserTokenExpire`.
 */
export interface UserTokenExpireRequest {
  /**
   * The user ID for which the token should be invalidated. Supports multiple users, up to a maximum of 20.
   *
   * Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
   */
  userId: Array<string>;
  /**
   * The expiration timestamp in milliseconds. All tokens obtained by the user before this timestamp will be invalidated. Users already connected with tokens obtained before this timestamp will not be immediately disconnected but will be unable to reconnect after disconnection.
   *
   * Unit: milliseconds
   */
  time: bigint;
}

/**
 * The envelope's `code` alone.
 */
export interface UserTokenExpireResponse {
}

/**
 * The request body of `UserUnblock`.
 */
export interface UserUnblockRequest {
  /**
   * User ID. Supports unbanning multiple users at once, with a maximum of 20 users.
   *
   * Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
   */
  userId: Array<string>;
}

/**
 * The envelope's `code` alone.
 */
export interface UserUnblockResponse {
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
