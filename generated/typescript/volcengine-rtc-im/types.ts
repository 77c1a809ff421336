// Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (types.ts.j2) (@generated). DO NOT EDIT.

/**
 * Volcengine RTC instant messaging (IM) OpenAPI
 *
 * 火山引擎实时音视频（RTC）即时通讯（IM）服务端 OpenAPI。所有接口均为 POST 请求，
 * `Action` 与 `Version` 放在 Query 中，Body 为 JSON，请求使用 V4 "HMAC-SHA256" 签名。
 */

/**
 * 返回结构中的请求元数据。
 *
 * Request metadata in every response (BaseResponse.ResponseMetadata).
 */
export interface ResponseMetadata {
  /**
   * 请求标识。
   */
  RequestId: string;
  /**
   * 接口名称。
   */
  Action: string;
  /**
   * 接口版本。
   */
  Version: string;
  /**
   * 服务名称。
   */
  Service: string;
  /**
   * 地域。
   */
  Region: string;
  /**
   * 错误信息，仅在请求失败时返回。
   */
  Error?: ResponseError;
}

/**
 * 请求失败时的错误信息。
 *
 * The error of a failed request.
 */
export interface ResponseError {
  /**
   * 网关错误码（数字），失败时非 0。
   *
   * The gateway's numeric error code; non-zero on failure.
   */
  CodeN?: number;
  /**
   * API 错误码。
   */
  Code: string;
  /**
   * 错误描述。
   */
  Message: string;
}

/**
 * 会话成员信息。
 *
 * A conversation member. Defined on another page of the docs (192711#participant); the fields follow the Go IM SDK's model.
 */
export interface Participant {
  /**
   * 会话 ID。
   */
  ConversationShortId: bigint;
  /**
   * 会话成员 UserId。
   */
  ParticipantUserId: bigint;
  /**
   * 操作人 UserId。
   */
  Operator: bigint;
  /**
   * 成员身份。
   */
  Role: ParticipantRole;
  /**
   * 禁言截止时间戳，单位为秒。0 表示未禁言。
   */
  BlockTime?: bigint;
  /**
   * 成员加入时间戳，单位为秒。
   */
  CreateTime?: bigint;
  /**
   * 成员扩展字段。
   */
  Ext?: Record<string, string>;
  /**
   * 成员等级。
   */
  Level?: number;
  /**
   * 成员昵称。
   */
  NickName?: string;
  /**
   * 成员状态。
   */
  Status?: ParticipantStatus;
  /**
   * 群成员头像
   *
   * The member's avatar. On the common data structures page (6348/192711), not in the Go SDK's model of BatchGetConversationParticipant.
   */
  AvatarUrl?: string;
  /**
   * 成员标记
   *
   * The member's marks. In the newer Go and Java SDK models of ScanConversationParticipantList's members; not on the common data structures page.
   */
  Marks?: Array<string>;
}

/**
 * 会话成员身份。
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ParticipantRole =
  | 0
  | 1
  | 2
  | (number & {});

/** The documented values of `ParticipantRole`, by name. */
export const ParticipantRole = {
  /** 普通成员 */
  Member: 0,
  /** 群主 */
  Owner: 1,
  /** 管理员 */
  Manager: 2,
} as const;

/**
 * 会话成员状态。
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ParticipantStatus =
  | 0
  | 1
  | (number & {});

/** The documented values of `ParticipantStatus`, by name. */
export const ParticipantStatus = {
  /** 正常 */
  Normal: 0,
  /** 已退出 */
  Left: 1,
} as const;

/**
 * 操作行为。
 *
 * Which live-group list a block call works on: 0 the mute list (members who cannot speak), 1 the block list (users who cannot join).
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type BlockAction =
  | 0
  | 1
  | (number & {});

/** The documented values of `BlockAction`, by name. */
export const BlockAction = {
  /** 禁言。用户无法在直播群中发言。 */
  Mute: 0,
  /** 拉黑。用户无法加入直播群。 */
  Block: 1,
} as const;

/**
 * 消息详细信息
 *
 * A message as the message queries answer it (GetMessages, GetConversationMessages): its conversation, id, type, content, extension fields, state, time and sender. Both pages define the same table, so it has a file of its own.
 */
export interface MessageBody {
  /**
   * 会话类型
   * - 1:单聊。
   * - 2:群聊。
   *
   * The conversation's type (1 one-to-one, 2 group; 100 a live group).
   */
  ConversationType: ConversationType;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 消息 ID
   */
  MessageId: bigint;
  /**
   * 消息类型。
   * - 10001:文本。
   * - 10003:图片。
   * - 10004:视频
   * - 10005:文件
   * - 10006:音频
   * - 10012:自定义消息
   *
   * The message type: 10001 text, 10003 image, 10004 video, 10005 file, 10006 audio, 10012 custom.
   */
  MsgType: number;
  /**
   * 消息内容
   *
   * The content, in the client message format.
   */
  Content: string;
  /**
   * 消息的扩展字段,key 的数据类型为 String,value 的数据类型为 String。
   *
   * The message's extension fields.
   */
  Ext?: Record<string, string>;
  /**
   * 消息状态,取值为0,表示消息可见。
   *
   * The message's state; the queries answer only visible messages, so it is 0.
   */
  Status: MessageStatus;
  /**
   * 消息创建时间戳,单位为毫秒
   *
   * When the message was sent, in milliseconds.
   *
   * Unit: milliseconds
   */
  CreateTime: bigint;
  /**
   * 消息发送人 UserId
   *
   * The sender's UserId.
   */
  Sender: bigint;
  /**
   * 应用的唯一标志
   *
   * The app. The saved pages stop at this row; from the Go SDK's model.
   */
  AppId: number;
  /**
   * 消息在会话中的位置
   *
   * The message's position in its conversation: GetConversationMessages' `Cursor` counts in it. From the Go SDK's model.
   */
  IndexInConversation?: bigint;
  /**
   * 引用消息
   *
   * The message this one quotes, with that message's type and state. From the Go SDK's model.
   */
  RefMsgInfo?: RefMsgInfo;
}

/**
 * 消息状态
 *
 * Whether a message can be seen, and if not why. Message lists give only 0 (visible); a quoted message (`RefMsgInfo`) may be in any of these states.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type MessageStatus =
  | 0
  | 1
  | 2
  | 3
  | 4
  | (number & {});

/** The documented values of `MessageStatus`, by name. */
export const MessageStatus = {
  /** 消息可见 */
  Visible: 0,
  /** 消息已过期 */
  Expired: 1,
  /** 消息（对用户）不可见 */
  Invisible: 2,
  /** 消息被撤回 */
  Recalled: 3,
  /** 消息本身可见，后因删除不可见 */
  Deleted: 4,
} as const;

/**
 * 引用消息
 *
 * The message a message quotes, and the text shown for the quote. Messages sent and messages read carry it alike, so it has a file of its own: a sender gives the id and the text, a message read also tells the quoted message's type and state.
 */
export interface RefMsgInfo {
  /**
   * 被引用的消息 ID
   *
   * The quoted message's id.
   */
  ReferencedMessageId: bigint;
  /**
   * 消息引用时展示的文本内容
   *
   * The text shown for the quote.
   */
  Hint: string;
  /**
   * 被引用的消息类型
   *
   * The quoted message's type (10001 text, 10003 image, 10004 video, 10005 file, 10006 audio, 10012 custom). Given in messages read (GetMessages, GetConversationMessages); a sender leaves it out. From the Go SDK's model of the query pages.
   *
   * When absent: the message is being sent; read messages always carry it
   */
  ReferencedMessageType?: number;
  /**
   * 被引用的消息状态
   *
   * The quoted message's state now (visible, expired, invisible, recalled or deleted). Given in messages read; a sender leaves it out. From the Go SDK's model of the query pages (`GetMessagesResResultMessagesItemRefMsgInfo`).
   *
   * When absent: the message is being sent; read messages always carry it
   */
  Status?: MessageStatus;
}

/**
 * The request body of `AddBlackList`.
 */
export interface AddBlackListRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 ID
   */
  UserId: bigint;
  /**
   * 信箱,用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
  /**
   * 需要加入黑名单的 UserId 及每个用户对应的扩展信息,一次最多添加 10 个用户至黑名单
   *
   * The users to add, each with its extension fields; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  BlackListInfos: Array<BlackListUserInfo>;
}

/**
 * 其中 Result 的结构如下
 */
export interface AddBlackListResponse {
  /**
   * 添加黑名单失败的用户信息
   *
   * The users that could not be added, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * 需要加入黑名单的 UserId 及每个用户对应的扩展信息
 *
 * A user to add to a black list.
 */
export interface BlackListUserInfo {
  /**
   * 加入黑名单的用户 ID
   */
  BlackListUserId: bigint;
  /**
   * 黑名单用户扩展字段
   *
   * The extension fields kept with the blocked user.
   */
  BlackListUserExt?: Record<string, string>;
}

/**
 * The request body of `AddFriend`.
 */
export interface AddFriendRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 UserId
   */
  UserId: bigint;
  /**
   * 好友 UserId，一次最多添加 10 个好友
   *
   * The users to add as friends; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  FriendUserIds: Array<bigint>;
  /**
   * 好友扩展字段
   *
   * The friendship's extension fields, set on each friend added.
   */
  Ext?: Record<string, string>;
  /**
   * 信箱，用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * `Result` 的结构。
 */
export interface AddFriendResponse {
  /**
   * 添加失败的好友信息
   *
   * The friends that could not be added, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * The request body of `BatchAddBlockParticipants`.
 */
export interface BatchAddBlockParticipantsRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 操作行为
   * - 0：禁言。用户无法在直播群中发言。
   * - 1：拉黑。用户无法加入直播群。
   * 默认值为 0
   *
   * 0 mutes the users (default), 1 blocks them from joining.
   *
   * Default: 0
   */
  BlockAction?: BlockAction;
  /**
   * key 为群成员 ID,类型:String,只能传userId,value 为禁言或者拉黑时长,类型:int,单位为秒。
   *
   * Keyed by the users' UserIds written as strings; each value is how long the mute or block lasts, in seconds.
   */
  ParticipantBlockInfos: Record<string, bigint>;
}

/**
 * 本接口特有的返回参数（`Result` 的字段）。
 */
export interface BatchAddBlockParticipantsResponse {
  /**
   * 禁言或者拉黑失败的会话成员 UserId
   *
   * The UserIds that could not be muted or blocked; empty when all succeeded.
   */
  FailedParticipantUserIds: Array<bigint>;
}

/**
 * The request body of `BatchAddConversationParticipant`.
 */
export interface BatchAddConversationParticipantRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 群成员信息
   *
   * The members to add, with their details.
   *
   * Limits: at least 1 items.
   */
  ParticipantInfos: Array<AddParticipantInfo>;
  /**
   * 执行加群操作人的 UserId
   *
   * The UserId of the user who adds the members (not checked by the server).
   */
  Operator: bigint;
  /**
   * 是否开启屏障。如设置屏障,新加入用户无法看到历史会话消息。
   * - false：不开启。
   * - true：开启。
   * 默认值为false。
   *
   * Whether to set a barrier: with one, the new members cannot see the conversation's earlier messages. Default false.
   *
   * Default: false
   */
  Barrier?: boolean;
}

/**
 * `Result` 的结构。
 */
export interface BatchAddConversationParticipantResponse {
  /**
   * 成功时为空，失败时返回失败用户 ID
   *
   * Empty on success; the UserIds that could not be added otherwise.
   */
  FailedUserIds: Array<bigint>;
}

/**
 * 群成员信息
 *
 * One member to add (the page's `ParticipantInfo`, renamed: the service's `ParticipantInfo` is BatchUpdateLiveParticipants' profile update).
 */
export interface AddParticipantInfo {
  /**
   * 添加成员所属 UserId,UserId 必须大于 0。
   *
   * The member's UserId; greater than 0.
   *
   * Limits: at least 1.
   */
  ParticipantUserId: bigint;
  /**
   * 成员等级
   */
  Level?: number;
  /**
   * 成员昵称
   */
  NickName?: string;
  /**
   * 成员身份,枚举值为 {0,1,2}。
   * - 0：普通成员。
   * - 1：群主。添加群主时，需确保会话中的 ownerUid 与群主的 UserId 相同。
   * - 2：群管理员。
   * 默认值为0,值不合法时自动调整为默认值。
   *
   * The member's role: 0 member, 1 owner (only the conversation's owner), 2 manager. Default 0; an invalid value is taken as 0.
   *
   * Default: 0
   */
  Role?: bigint;
  /**
   * 成员扩展字段
   */
  Ext?: Record<string, string>;
  /**
   * 成员已读位置点
   *
   * The member's read position (a message index).
   */
  ReadIndex?: bigint;
}

/**
 * The request body of `BatchAddManager`.
 */
export interface BatchAddManagerRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 操作人 UserId
   */
  Operator: bigint;
  /**
   * 要添加为管理员的群成员 UserId
   *
   * The UserIds of the members to make managers.
   *
   * Limits: at least 1 items.
   */
  ManagerUserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface BatchAddManagerResponse {
  /**
   * 添加失败的 UserId
   *
   * The UserIds that could not be made managers; empty when all succeeded.
   */
  FailedManagerUserIds: Array<bigint>;
}

/**
 * The request body of `BatchAddWhitelistParticipant`.
 */
export interface BatchAddWhitelistParticipantRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 操作人 UserId
   */
  Operator: bigint;
  /**
   * 要添加白名单成员 UserId
   *
   * The UserIds of the members to whitelist.
   *
   * Limits: at least 1 items.
   */
  ParticipantUserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface BatchAddWhitelistParticipantResponse {
  /**
   * 添加失败的 UserId
   *
   * The UserIds that could not be whitelisted; empty when all succeeded.
   */
  FailedUserIds: Array<bigint>;
}

/**
 * The request body of `BatchDeleteBlockParticipants`.
 */
export interface BatchDeleteBlockParticipantsRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 操作行为。
   * - 0：取消禁言。
   * - 1：取消拉黑。
   * 默认值为 0
   *
   * 0 unmutes the users (default), 1 unblocks them.
   *
   * Default: 0
   */
  BlockAction?: BlockAction;
  /**
   * 取消禁言或者取消拉黑的会员成员 UserId 列表
   *
   * The UserIds to unmute or unblock.
   *
   * Limits: at least 1 items.
   */
  ParticipantUserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface BatchDeleteBlockParticipantsResponse {
  /**
   * 取消禁言或者取消拉黑失败的会话成员 UserId
   *
   * The UserIds that could not be unmuted or unblocked; empty when all succeeded.
   */
  FailedParticipantUserIds: Array<bigint>;
}

/**
 * The request body of `BatchDeleteConversationParticipant`.
 */
export interface BatchDeleteConversationParticipantRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 执行删除群成员操作人的 UserId
   *
   * The UserId of the user who removes the members (not checked by the server).
   */
  Operator: bigint;
  /**
   * 需要删除群成员的 UserId
   *
   * The UserIds of the members to remove.
   *
   * Limits: at least 1 items.
   */
  ParticipantUserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface BatchDeleteConversationParticipantResponse {
  /**
   * 成功时为空,失败时返回失败用户 ID
   *
   * Empty on success; the UserIds that could not be removed otherwise.
   */
  FailedUserIds: Array<bigint>;
}

/**
 * The request body of `BatchGetBlockParticipants`.
 */
export interface BatchGetBlockParticipantsRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 分批起始位置
   *
   * Where the batch starts; 0 first, then the previous batch's `NextCursor`.
   */
  Cursor: bigint;
  /**
   * 每批查询条数，最大值为 20。
   *
   * How many per batch; at most 20.
   *
   * Limits: between 1 and 20.
   */
  Limit: bigint;
  /**
   * 操作行为
   * - 0：获取禁言列表
   * - 1：获取拉黑列表
   * 默认为 0。
   *
   * 0 lists the muted members (default), 1 the blocked users.
   *
   * Default: 0
   */
  BlockAction?: BlockAction;
}

/**
 * `Result` 的结构。
 */
export interface BatchGetBlockParticipantsResponse {
  /**
   * 禁言/拉黑成员列表
   *
   * The batch's muted or blocked users.
   */
  Participants: Array<BlockParticipant>;
  /**
   * 是否还有更多数据
   */
  HasMore: boolean;
  /**
   * 下一批数据起始位置
   *
   * Where the next batch starts; -1 when no batch follows.
   */
  NextCursor: bigint;
}

/**
 * 禁言/拉黑成员信息
 *
 * A muted or blocked user of a live group (table on the data-structures page 192711).
 */
export interface BlockParticipant {
  /**
   * 群成员 ID
   */
  ParticipantUserId: bigint;
  /**
   * 禁言/拉黑设置对应的时间戳,单位为秒
   *
   * When the mute or block was set (Unix seconds).
   */
  CreateTime: bigint;
  /**
   * 禁言/拉黑到何时对应时间戳,单位为秒
   *
   * When the mute or block ends (Unix seconds).
   */
  BlockTime: bigint;
  /**
   * 禁言/拉黑成员昵称
   */
  NickName?: string;
  /**
   * 禁言/拉黑成员扩展字段
   */
  Ext?: Record<string, string>;
  /**
   * 禁言/拉黑成员头像
   */
  AvatarUrl?: string;
  /**
   * 直播群群成员标记
   *
   * The member's live-group marks. In the Go SDK's model, not on the data-structures page.
   */
  Marks?: Array<string>;
}

/**
 * The request body of `BatchGetConversationParticipant`.
 */
export interface BatchGetConversationParticipantRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 需要查询会话成员的 UserId
   *
   * The UserIds of the members to look up.
   */
  ParticipantUserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface BatchGetConversationParticipantResponse {
  /**
   * 成功时返回查询会话成员信息，失败时为空。
   *
   * The members' details on success; empty (absent) on failure.
   */
  Participants?: Array<Participant>;
}

/**
 * The request body of `BatchGetConversations`.
 */
export interface BatchGetConversationsRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   *
   * The conversations to read (the field's name is singular on the wire).
   *
   * Limits: each item at least 1 (else error `ConversationShortIdsHasInvalidElem`).
   */
  ConversationShortId: Array<bigint>;
  /**
   * 是否忽略获取会话成员数。
   * - true: 忽略。
   * - false:不忽略。
   * 默认值为 true
   *
   * Whether the member counts are left out of the answer; true by default.
   *
   * Default: true
   */
  SkipMemberCount?: boolean;
}

/**
 * `Result` 的结构。
 */
export interface BatchGetConversationsResponse {
  /**
   * 会话详细信息
   *
   * The conversations found, each with its details.
   */
  ConversationCoreInfos: Array<ConversationInfo>;
}

/**
 * The request body of `BatchGetUser`.
 */
export interface BatchGetUserRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 查询用户 UserId，一次最多查询50个用户
   *
   * The users to read; at most 50 per call.
   *
   * Limits: 1 to 50 items.
   */
  UserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface BatchGetUserResponse {
  /**
   * 用户详细信息
   *
   * The profiles of the users found.
   */
  Users: Array<UserInfo>;
  /**
   * 未查到的用户uid，原因：未注册或者已注销
   *
   * The users not found, because they were never registered or were unregistered.
   */
  NotFoundUsers: Array<bigint>;
}

/**
 * 用户详细信息
 *
 * A registered user's profile.
 */
export interface UserInfo {
  /**
   * 用户所属应用
   */
  AppId: number;
  /**
   * 用户 UserId
   */
  UserId: bigint;
  /**
   * 用户昵称
   */
  NickName: string;
  /**
   * 用户头像
   */
  Portrait: string;
  /**
   * map[string]string
   *
   * The user's extension fields.
   */
  Ext: Record<string, string>;
  /**
   * []string
   *
   * The user's tags.
   */
  Tags?: Array<string>;
  /**
   * 用户注册时间戳，单位为毫秒
   *
   * Unit: milliseconds
   */
  CreateTime: bigint;
  /**
   * 更新时间戳，单位为毫秒
   *
   * Unit: milliseconds
   */
  ModifyTime: bigint;
}

/**
 * The request body of `BatchGetWhitelistParticipant`.
 */
export interface BatchGetWhitelistParticipantRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 查询起始位置
   *
   * Where the batch starts; 0 first, then the previous batch's `NextCursor`.
   */
  Cursor: bigint;
  /**
   * 每批查询条数。最大值为 20。
   *
   * How many per batch; at most 20.
   *
   * Limits: between 1 and 20.
   */
  Limit: bigint;
}

/**
 * 本接口特有的返回参数（`Result` 的字段）。
 */
export interface BatchGetWhitelistParticipantResponse {
  /**
   * 下一批数据起始位置。-1表示无更多数据。
   *
   * Where the next batch starts; -1 when no batch follows.
   */
  NextCursor: bigint;
  /**
   * 是否还有更多数据
   */
  HasMore: boolean;
  /**
   * 白名单成员信息
   *
   * The batch's whitelisted members.
   */
  Participants: Array<WhitelistParticipant>;
}

/**
 * 白名单成员信息
 *
 * A whitelisted member of a live group.
 */
export interface WhitelistParticipant {
  /**
   * 白名单成员 UserId
   */
  ParticipantUserId: bigint;
  /**
   * 用户加入白名单时间,单位为秒
   *
   * When the member was whitelisted (Unix seconds).
   */
  CreateTime: bigint;
  /**
   * 执行加入白名单操作操作人 UserId
   *
   * Who whitelisted the member.
   */
  Operator: bigint;
  /**
   * 白名单成员昵称
   */
  NickName?: string;
  /**
   * 白名单成员扩展字段。key 的类型为 string,value 的类型为 string。
   */
  Ext?: Record<string, string>;
  /**
   * 白名单成员头像
   */
  AvatarUrl?: string;
  /**
   * 直播群群成员标记
   *
   * The member's live-group marks.
   */
  Marks?: Array<string>;
}

/**
 * The request body of `BatchModifyConversationParticipant`.
 */
export interface BatchModifyConversationParticipantRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 执行修改群成员信息操作人的 UserId
   *
   * The UserId of the user who modifies the members.
   */
  Operator: bigint;
  /**
   * 群成员信息
   *
   * The members to modify, with their new details.
   *
   * Limits: at least 1 items.
   */
  ParticipantInfos: Array<ModifyParticipantInfo>;
}

/**
 * `Result` 的结构。
 */
export interface BatchModifyConversationParticipantResponse {
  /**
   * 成功时为空，失败时返回失败用户 ID
   *
   * Empty on success; the UserIds that could not be modified otherwise.
   */
  FailedUserIds: Array<bigint>;
}

/**
 * 群成员信息
 *
 * One member's new details; a field left out is not changed.
 */
export interface ModifyParticipantInfo {
  /**
   * 进行修改的群成员的 UserId，UserId 必须大于 0。
   *
   * The member's UserId; greater than 0.
   *
   * Limits: at least 1.
   */
  ParticipantUserId: bigint;
  /**
   * 禁言时间戳，表示禁言到何时，单位为秒。0表示未禁言。
   *
   * Muted until this time (Unix seconds); 0 unmutes.
   */
  BlockTime?: bigint;
  /**
   * 成员扩展字段
   */
  Ext?: Record<string, string>;
  /**
   * 成员等级
   */
  Level?: number;
  /**
   * 成员昵称
   */
  NickName?: string;
  /**
   * 成员身份，可取值为：0，1，2。
   * - 0：普通成员。
   * - 1：群主。
   * - 2：群管理员。
   * 默认值为0，值不合法时自动调整为默认值。
   *
   * The member's role: 0 member, 1 owner (only the conversation's owner), 2 manager. An invalid value is taken as 0.
   */
  Role?: bigint;
}

/**
 * The request body of `BatchRemoveManager`.
 */
export interface BatchRemoveManagerRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 操作人 UserId
   */
  Operator: bigint;
  /**
   * 要移除的管理员 UserId
   *
   * The UserIds of the managers to remove.
   *
   * Limits: at least 1 items.
   */
  RemoveManagerUserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface BatchRemoveManagerResponse {
  /**
   * 移除失败的管理员 UserId
   *
   * The UserIds that could not be removed as managers; empty when all succeeded.
   */
  FailedManagerUserIds: Array<bigint>;
}

/**
 * The request body of `BatchRemoveWhitelistParticipant`.
 */
export interface BatchRemoveWhitelistParticipantRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 操作人 UserId
   */
  Operator: bigint;
  /**
   * 要移除白名单用户 UserId
   *
   * The UserIds to remove from the whitelist.
   *
   * Limits: at least 1 items.
   */
  ParticipantUserIds: Array<bigint>;
}

/**
 * 本接口特有的返回参数（`Result` 的字段）。
 */
export interface BatchRemoveWhitelistParticipantResponse {
  /**
   * 移除失败的 UserId
   *
   * The UserIds that could not be removed; empty when all succeeded.
   */
  FailedUserIds: Array<bigint>;
}

/**
 * The request body of `BatchSendMessage`.
 */
export interface BatchSendMessageRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 消息发送人 UserId
   *
   * The sender's UserId.
   */
  Sender: bigint;
  /**
   * 消息接收人 UserId 列表
   *
   * The receivers' UserIds; each gets the message in their one-to-one conversation with the sender.
   */
  Receiver: Array<bigint>;
  /**
   * 消息类型
   *
   * The message type, as the client message format numbers it (10001 text).
   */
  MsgType: number;
  /**
   * 消息内容。当你给客户端发消息时，Content 内容需符合客户端格式，详细信息请参看消息格式
   *
   * The content; for clients to read it, it follows the client message format.
   */
  Content: string;
  /**
   * 消息的扩展字段，key 的数据类型为 String，value 的数据类型为 String
   *
   * The message's extension fields.
   */
  Ext?: Record<string, string>;
  /**
   * 信箱，用做逻辑隔离 默认值为 0
   *
   * The inbox, a logical partition of the app's conversations.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * `Result` 的结构。
 */
export interface BatchSendMessageResponse {
  /**
   * 消息Id列表，key为用户UserId，value为消息Id
   *
   * For each receiver (its UserId as the key), the id of the message sent to them.
   */
  UserMessageId: Record<string, bigint>;
}

/**
 * The request body of `BatchUpdateLiveParticipants`.
 */
export interface BatchUpdateLiveParticipantsRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 需要更新的成员资料。一次最多支持 10 个成员。
   *
   * The member profiles to update; at most 10 members per call.
   *
   * Limits: at most 10 items.
   */
  ParticipantInfos: Array<ParticipantInfo>;
  /**
   * 更新群成员标记。默认值为 `1`。
   * - `1`：添加
   * - `2`：删除
   *
   * How `Marks` are applied to the members; 1 adds them (default), 2 deletes them.
   *
   * Default: 1
   */
  MarkAction?: MarkAction;
}

/**
 * 本接口特有的返回参数（`Result` 的字段）。
 */
export interface BatchUpdateLiveParticipantsResponse {
  /**
   * 更新资料失败的群成员信息
   *
   * The members whose profile could not be updated; absent or empty when all succeeded.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * 需要更新的直播群成员资料。
 *
 * One live-group member's profile update. At least one of `AvatarUrl`, `NickName` and `Ext` must be present.
 */
export interface ParticipantInfo {
  /**
   * 群成员用户 ID
   */
  UserId: bigint;
  /**
   * 群成员用户 ID（字符串形式），用户 ID 为字符串时使用。
   *
   * The member's user ID as a string, for apps with string user IDs. Not on the doc page; taken from the Go IM SDK's model.
   */
  UserIdStr?: string;
  /**
   * 群成员头像。`AvatarUrl`、`NickName`和`Ext`均为非必填参数，但是至少需要填一个，否则服务端会报错。
   *
   * The member's avatar URL. `AvatarUrl`, `NickName` and `Ext` are each optional, but at least one of them must be given, otherwise the server returns an error.
   */
  AvatarUrl?: string;
  /**
   * 群成员昵称
   */
  NickName?: string;
  /**
   * 群成员扩展字段。`key` 的类型为 `String`，`value` 的类型为 `String`。
   *
   * The member's extension fields; string keys and string values.
   */
  Ext?: Record<string, string>;
  /**
   * 群成员标记
   *
   * The member's marks, as strings (unlike Tencent's integer marks). Added or deleted according to `MarkAction`.
   */
  Marks?: Array<string>;
}

/**
 * 更新群成员标记的方式。
 *
 * How the marks in `ParticipantInfo.Marks` are applied.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type MarkAction =
  | 1
  | 2
  | (number & {});

/** The documented values of `MarkAction`, by name. */
export const MarkAction = {
  /** 添加 */
  Add: 1,
  /** 删除 */
  Delete: 2,
} as const;

/**
 * 更新资料失败的群成员信息。
 *
 * A member whose profile update failed, with the reason.
 */
export interface FailedInfo {
  /**
   * 更新资料失败的群成员的 UserId
   */
  UserId: bigint;
  /**
   * 更新资料失败的群成员的 UserId（字符串形式）。
   *
   * The failed member's user ID as a string, for apps with string user IDs. Not on the doc page; taken from the Go IM SDK's model.
   */
  UserIdStr?: string;
  /**
   * 错误码，参看[公共错误码](https://www.volcengine.com/docs/6348/412253)。
   *
   * The business error code for this member (for example `ParticipantNotInConversation`).
   */
  Code: string;
  /**
   * 错误描述
   */
  Message: string;
}

/**
 * The request body of `BatchUpdateUser`.
 */
export interface BatchUpdateUserRequest {
  /**
   * 用户的唯一标识
   *
   * The app.
   */
  AppId: number;
  /**
   * 用户资料。一次最多 10 个用户
   *
   * The users' new profiles; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  Users: Array<UpdateUserInfo>;
}

/**
 * `Result` 的结构。
 */
export interface BatchUpdateUserResponse {
  /**
   * 更新失败的用户信息
   *
   * The users that could not be updated, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * 用户资料
 *
 * A user's new profile; every field is required and replaces the one stored.
 */
export interface UpdateUserInfo {
  /**
   * 用户id
   */
  UserId: bigint;
  /**
   * 昵称
   */
  NickName: string;
  /**
   * 头像 url
   */
  Portrait: string;
  /**
   * 扩展字段。key 的类型为 string，value 的类型为 string。
   *
   * The extension fields; string keys and string values.
   */
  Ext: Record<string, string>;
  /**
   * 标签
   */
  Tags: Array<string>;
}

/**
 * The request body of `BatchUpdateUserTags`.
 */
export interface BatchUpdateUserTagsRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户userId列表
   *
   * The users whose tags change.
   *
   * Limits: at least 1 items.
   */
  UserIds: Array<bigint>;
  /**
   * 用户标签
   *
   * The tags added or deleted.
   */
  Tags: Array<string>;
  /**
   * 标签更新方式。 0：对于重复 key，覆盖 value，对于新 key，进行添加 1：删除重复 key 默认值为 0。
   *
   * How the tags are applied: 0 (the default) adds them (a tag the user has already is kept once), 1 deletes them.
   *
   * Default: 0
   */
  Op?: TagUpdateOp;
}

/**
 * `Result` 的结构。
 */
export interface BatchUpdateUserTagsResponse {
  /**
   * 更新失败的用户信息
   *
   * The users whose tags could not be updated, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * 标签更新方式。
 *
 * How BatchUpdateUserTags applies its tags.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type TagUpdateOp =
  | 0
  | 1
  | (number & {});

/** The documented values of `TagUpdateOp`, by name. */
export const TagUpdateOp = {
  /** 对于重复 key，覆盖 value，对于新 key，进行添加 */
  Upsert: 0,
  /** 删除重复 key */
  Delete: 1,
} as const;

/**
 * The request body of `CreateConversation`.
 */
export interface CreateConversationRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 信箱，用做逻辑隔离 默认值为 0
   *
   * The inbox, a logical partition of the app's conversations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
  /**
   * 会话详细信息
   *
   * The conversation's type and details.
   */
  ConversationCoreInfo: ConversationCoreInfo;
  /**
   * 会话成员 UserId
   *
   * The member who creates the conversation and owns it (the SDK calls it 群主 UserId).
   */
  OwnerUserId: bigint;
  /**
   * 另一个成员的 UserId, 创建单聊必填
   *
   * The other member of a one-to-one conversation; required for one.
   */
  OtherUserId?: bigint;
  /**
   * 幂等id，如果创建时指定了此字段，并且数据库中存在此 id 对应的会话，则不会重复创建，并且接口返回的Exist字段为true。
   *
   * An idempotency id: when a conversation was already created with it, none is created and the answer's `Exist` is true.
   */
  IdempotentId?: string;
}

/**
 * `Result` 的结构。
 */
export interface CreateConversationResponse {
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 会话详细信息
   *
   * The conversation's details, as created or as found.
   */
  ConversationInfo: NewConversationInfo;
  /**
   * 会话是否存在
   *
   * Whether the conversation existed already (same `IdempotentId`), so none was created.
   */
  Exist: boolean;
}

/**
 * 会话详细信息。
 *
 * A new conversation's type and details.
 */
export interface ConversationCoreInfo {
  /**
   * 会话名称
   */
  Name?: string;
  /**
   * 会话头像 url
   */
  AvatarUrl?: string;
  /**
   * 会话描述
   */
  Description?: string;
  /**
   * 会话公告
   */
  Notice?: string;
  /**
   * map 扩展字段
   *
   * The conversation's extension fields.
   */
  Ext?: Record<string, string>;
  /**
   * 会话类型 1：单聊 2:群聊 100：直播群
   */
  ConversationType: ConversationType;
}

/**
 * 会话详细信息。
 *
 * A conversation's details as `CreateConversation` answers them.
 */
export interface NewConversationInfo {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 会话类型。 1：单聊 2:群聊
   *
   * Limits: only `1` (OneToOne) or `2` (Group).
   */
  ConversationType: ConversationType;
  /**
   * 信箱,用于逻辑隔离
   */
  InboxType: number;
  /**
   * 群名
   */
  Name?: string;
  /**
   * 群头像 url
   */
  AvatarUrl?: string;
  /**
   * 群描述
   */
  Description?: string;
  /**
   * 群公告
   */
  Notice?: string;
  /**
   * 会话的扩展字段。
   */
  Ext?: Record<string, string>;
  /**
   * 群主 UserId
   */
  OwnerUserId?: bigint;
  /**
   * 创群人 UserId
   */
  CreatorUserId?: bigint;
  /**
   * 单聊另一个成员的UserId
   */
  OtherUserId?: bigint;
  /**
   * 群聊创建时间戳，单位为秒
   *
   * Unit: seconds
   */
  CreateTime?: bigint;
  /**
   * 修改时间戳，单位为秒
   *
   * Unit: seconds
   */
  ModifyTime?: bigint;
  /**
   * 会话成员数
   */
  MemberCount?: bigint;
  /**
   * 直播群在线人数
   */
  OnlineCount?: bigint;
  /**
   * 会话状态。 0：正常 1：已解散
   */
  Status?: ConversationStatus;
}

/**
 * The request body of `DeleteConversationMessage`.
 */
export interface DeleteConversationMessageRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 消息 ID
   */
  MessageId: bigint;
  /**
   * 删除方式。
   * - 0：全部用户不可见。
   * - 1：仅发送人自己可见。
   * 默认值为0。 直播群只允许传 0。
   *
   * How the message is deleted: 0 no user sees it any more, 1 only its sender still sees it. Live groups allow only 0.
   *
   * Default: 0
   */
  DeleteType?: MessageDeleteType;
}

/**
 * 空。此接口无需关注
 */
export interface DeleteConversationMessageResponse {
}

/**
 * 删除方式。
 *
 * Who still sees a message DeleteConversationMessage deletes.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type MessageDeleteType =
  | 0
  | 1
  | (number & {});

/** The documented values of `MessageDeleteType`, by name. */
export const MessageDeleteType = {
  /** 全部用户不可见 */
  ForEveryone: 0,
  /** 仅发送人自己可见 */
  SenderOnly: 1,
} as const;

/**
 * The request body of `DeleteFriend`.
 */
export interface DeleteFriendRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 UserId
   */
  UserId: bigint;
  /**
   * 要删除的好友 UserId，一次最多删除 10 个好友
   *
   * The friends to delete; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  DeleteUserIds: Array<bigint>;
  /**
   * 信箱，用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * `Result` 的结构。
 */
export interface DeleteFriendResponse {
  /**
   * 删除失败的好友信息
   *
   * The friends that could not be deleted, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * The request body of `DeleteMessage`.
 */
export interface DeleteMessageRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 消息 ID
   */
  MessageId: bigint;
  /**
   * 群成员 ID
   *
   * The member for whom the message is deleted.
   */
  ParticipantUserId: bigint;
}

/**
 * 空。此接口无需关注
 */
export interface DeleteMessageResponse {
}

/**
 * The request body of `DestroyConversation`.
 */
export interface DestroyConversationRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 群主 UserId
   *
   * The group's owner, who disbands it.
   */
  OwnerUserId: bigint;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
}

/**
 * 本接口无特有的返回参数。`Result` 为空。
 */
export interface DestroyConversationResponse {
}

/**
 * The request body of `GetAppToken`.
 */
export interface GetAppTokenRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户UserId
   *
   * The user the token is for.
   */
  UserId: bigint;
  /**
   * Token过期时间 单位毫秒
   *
   * When the token expires, a Unix time in milliseconds.
   *
   * Unit: milliseconds
   */
  ExpireTime: bigint;
}

/**
 * `Result` 的结构。
 */
export interface GetAppTokenResponse {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 生成的Token
   *
   * The token, a secret that signs the user in, to be kept out of logs.
   */
  Token: string;
  /**
   * 用户UserId
   */
  UserId: bigint;
}

/**
 * The request body of `GetBlackList`.
 */
export interface GetBlackListRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 被查询用户的 UserId
   */
  UserId: bigint;
  /**
   * 查询起始位置，按照添加顺序逆序查询。默认值为 0，即最后一个添加至黑名单的用户。
   *
   * Where the page starts; 0 is the user added last (the list runs newest first).
   */
  Cursor: bigint;
  /**
   * 查询条数，每次最多查询 20 位用户。
   *
   * How many users per page, at most 20.
   *
   * Limits: between 1 and 20.
   */
  Limit: bigint;
  /**
   * 是否需要黑名单用户总数。
   * * false：不需要。
   * * true：需要。
   * 默认值为 false。
   *
   * Whether the answer's `TotalCount` counts the black list.
   *
   * Default: false
   */
  NeedTotal?: boolean;
  /**
   * 信箱，用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * `Result` 的结构。
 */
export interface GetBlackListResponse {
  /**
   * 黑名单用户详细信息
   *
   * The page's blocked users.
   */
  BlackListInfos: Array<BlackListDetail>;
  /**
   * 是否还有下一页
   *
   * Whether more pages follow.
   */
  HasMore: boolean;
  /**
   * 下一页起始下标。为负时表示后续没有成员数据
   *
   * Where the next page starts; negative when no more users follow.
   */
  NextCursor: bigint;
  /**
   * 黑名单用户总数
   *
   * How many users the black list holds (0 unless `NeedTotal` was true).
   */
  TotalCount: bigint;
}

/**
 * 黑名单用户详细信息
 *
 * One user of a black list.
 */
export interface BlackListDetail {
  /**
   * 黑名单用户 ID
   */
  BlackListUserId: bigint;
  /**
   * 黑名单用户扩展字段
   */
  BlackListUserExt?: Record<string, string>;
  /**
   * 加入黑名单的时间
   *
   * When the user was added.
   *
   * Unit: milliseconds
   */
  CreateTime: bigint;
  /**
   * 黑名单更新时间
   *
   * When the entry was last updated.
   *
   * Unit: milliseconds
   */
  ModifyTime: bigint;
  /**
   * 好友信息。若黑名单用户并不是查询用户好友则不返回此字段。
   *
   * The friendship, when the blocked user is also a friend; absent otherwise.
   */
  FriendUserInfo?: FriendDetail;
}

/**
 * The request body of `GetConversationMarks`.
 */
export interface GetConversationMarksRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
}

/**
 * `Result` 的结构。
 */
export interface GetConversationMarksResponse {
  /**
   * 标记类型
   *
   * The group's marks.
   */
  MarkTypes: Array<string>;
}

/**
 * The request body of `GetConversationMessages`.
 */
export interface GetConversationMessagesRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 查询起始位置,即查询起始消息的 Index
   *
   * Where the page starts: the index (`IndexInConversation`) of its first message, or the previous page's `NewCursor`. Read backwards, 0 starts at the newest message.
   */
  Cursor: bigint;
  /**
   * 查询条数
   *
   * How many messages per page, at most 20.
   *
   * Limits: between 1 and 20.
   */
  Limit: bigint;
  /**
   * 查询方向。
   * - 0:正向查询
   * - 1:反向查询
   * 默认值为 0。值不合法时自动调整为默认值。
   * 直播群只能取 1
   *
   * The direction: 0 forward (from `Cursor` to newer messages), 1 backward (from `Cursor` to older ones). Any other value counts as 0; a live group is always read backward.
   *
   * Default: 0
   */
  Reverse?: QueryDirection;
}

/**
 * `Result` 的结构。
 */
export interface GetConversationMessagesResponse {
  /**
   * 是否还有下一页
   *
   * Whether more pages follow.
   */
  HasMore: boolean;
  /**
   * 下一页起始位置
   *
   * Where the next page starts; send it as `Cursor`.
   */
  NewCursor: bigint;
  /**
   * 消息详细信息
   *
   * The page's messages, in the direction asked.
   */
  Messages: Array<MessageBody>;
}

/**
 * 查询方向。
 *
 * Which way GetConversationMessages reads from its `Cursor`.
 *
 * Any other value: 值不合法时自动调整为默认值（正向查询）。
 */
export type QueryDirection =
  | 0
  | 1
  | (number & {});

/** The documented values of `QueryDirection`, by name. */
export const QueryDirection = {
  /** 正向查询 */
  Forward: 0,
  /** 反向查询 */
  Backward: 1,
} as const;

/**
 * The request body of `GetConversationSetting`.
 */
export interface GetConversationSettingRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话成员 UserId,UserId 必须大于 0
   *
   * The member whose settings are read; greater than 0.
   *
   * Limits: at least 1.
   */
  ParticipantUserId: bigint;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 是否需要该成员在会话中的已读位置。
   * - true:不需要。
   * - false:需要。
   *
   * Whether the member's read position is left out (true) or given (false).
   */
  NoReadIndex?: boolean;
}

/**
 * `Result` 的结构。
 */
export interface GetConversationSettingResponse {
  /**
   * 用户会话设置
   *
   * The member's settings for the conversation.
   */
  ConversationSettingInfo: ParticipantConversationSetting;
}

/**
 * 用户会话设置
 *
 * A member's settings for a conversation, as read (the page's `ConversationSettingInfo` of this action, larger than ModifyConversationSetting's shape of the same name).
 */
export interface ParticipantConversationSetting {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 群成员UserId
   */
  ParticipantUserId: bigint;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 会话Id,字符串类型,含义跟ConversationShortId一样,用来定位唯一的一个会话,历史原因,目前大部分接口都在使用ConversationShortId,但是仍然有比较比较老的接口会使用到ConversationId,如果目前您接入的功能没有使用到ConversationId直接忽略即可
   *
   * The conversation's ID as a string, with the same meaning as `ConversationShortId`; some older APIs use it.
   */
  ConversationId: string;
  /**
   * 会话类型。
   * - 1:单聊
   * - 2:群聊
   *
   * Limits: only `1` (OneToOne) or `2` (Group).
   */
  ConversationType: ConversationType;
  /**
   * 信箱,用于逻辑隔离
   */
  InboxType: number;
  /**
   * 置顶时间,单位为毫秒。0表示未置顶
   *
   * Unit: milliseconds
   */
  StickTopTime: bigint;
  /**
   * 是否置顶。
   * - true:置顶。
   * - false:不置顶
   *
   * Whether the conversation is pinned (here a state, not ModifyConversationSetting's "whether to change").
   */
  IsStickTop?: boolean;
  /**
   * 收藏时间,单位为毫秒。0表示未收藏
   *
   * Unit: milliseconds
   */
  SetFavoriteTime?: bigint;
  /**
   * 是否收藏。
   * - true:收藏。
   * - false:不收藏
   */
  IsSetFavorite?: boolean;
  /**
   * 是否开启免打扰。
   * - true:开启。
   * - false:不开启
   */
  IsMute?: boolean;
  /**
   * 扩展字段。 key 的数据类型为 String,value 的数据类型为 String。
   */
  Ext?: Record<string, string>;
  /**
   * 用户已读位置
   *
   * The member's read position in the conversation (0 when `NoReadIndex` is true).
   */
  ReadIndex: bigint;
}

/**
 * The request body of `GetConversationUserCount`.
 */
export interface GetConversationUserCountRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
}

/**
 * `Result` 的结构。
 */
export interface GetConversationUserCountResponse {
  /**
   * 会话成员数量
   *
   * How many members the conversation has.
   */
  Count: bigint;
}

/**
 * The request body of `GetMessages`.
 */
export interface GetMessagesRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 消息 ID
   *
   * The ids of the messages to look up.
   */
  MessageIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface GetMessagesResponse {
  /**
   * 消息详细信息
   *
   * The messages found, in the order asked; an id that names no visible message of the conversation is left out.
   */
  Messages: Array<MessageBody>;
}

/**
 * The request body of `GetMessagesReadReceipt`.
 */
export interface GetMessagesReadReceiptRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话Id
   */
  ConversationShortId: bigint;
  /**
   * 消息Id
   *
   * The ids of the messages whose receipts are asked for.
   */
  MessageIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface GetMessagesReadReceiptResponse {
  /**
   * 已读回执详情
   *
   * One receipt per message found, in the order asked.
   */
  ReadReceipt: Array<ReadReceipt>;
}

/**
 * 已读回执详情
 *
 * Who has read a message and who has not.
 */
export interface ReadReceipt {
  /**
   * 会话Id
   */
  ConversationShortId: bigint;
  /**
   * 消息Id
   */
  MessageId: bigint;
  /**
   * 消息已读的UserId列表
   *
   * The members who have read the message.
   */
  ReadUserIds: Array<bigint>;
  /**
   * 消息未读的UserId列表
   *
   * The members who have not read it.
   */
  UnReadUserIds: Array<bigint>;
  /**
   * 单聊中消息的接收方是否已读（只有单聊会话这个字段才有意义）
   *
   * In a one-to-one conversation, whether the receiver has read the message; it means nothing in other conversations.
   */
  ReceiverIsRead: boolean;
}

/**
 * The request body of `GetParticipantReadIndex`.
 */
export interface GetParticipantReadIndexRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
}

/**
 * `Result` 的结构。
 */
export interface GetParticipantReadIndexResponse {
  /**
   * 会话成员信息
   *
   * The members' read positions; a member not listed has read position 0.
   */
  ReadIndexes: Array<ParticipantReadIndex>;
}

/**
 * 会话成员的已读位置。
 *
 * One member's read position in a conversation.
 */
export interface ParticipantReadIndex {
  /**
   * 会话成员 UserId
   */
  ParticipantUserId: bigint;
  /**
   * 成员已读位置。若没有返回某个成员的 ReadIndex，则表示该成员的 ReadIndex 为 0。
   *
   * The member's read position; a member not returned has read position 0.
   */
  ReadIndex: bigint;
}

/**
 * The request body of `GetUserConversations`.
 */
export interface GetUserConversationsRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 查询用户 UserId
   *
   * The user whose conversations are listed.
   */
  ParticipantUserId: bigint;
  /**
   * 数据来源。
   * - 0：从缓存中拉取，按会话最近活跃排序。
   * - 1：从数据库中拉取，按照创建时间正序排序。
   * - 2：拉取用户创建的直播群会话，按照创建时间逆序排序
   *
   * Where the list comes from, and its order: 0 the cache, most recently active first; 1 the database, oldest first; 2 the live groups the user created, newest first.
   */
  DataType?: ConversationDataType;
  /**
   * 查询起始位置
   *
   * Where the page starts; the previous page's `NextCursor`.
   */
  Cursor: bigint;
  /**
   * 查询数量。最大值为 20。
   *
   * How many conversations per page, at most 20.
   *
   * Limits: between 1 and 20.
   */
  Limit: bigint;
  /**
   * 是否忽略会话成员数。
   * - true：忽略。
   * - false：不忽略。
   *
   * Whether the member counts are left out of the answer.
   *
   * Default: false
   */
  SkipMemberCount?: boolean;
  /**
   * 信箱，用于逻辑隔离。
   *
   * The inbox, a logical partition of the app's conversations.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * `Result` 的结构。
 */
export interface GetUserConversationsResponse {
  /**
   * 会话详细信息
   *
   * The page's conversations.
   */
  ConversationInfos: Array<ConversationInfo>;
  /**
   * 是否还有更多的数据
   *
   * Whether more pages follow.
   */
  HasMore: boolean;
  /**
   * 下一批数据起始位置
   *
   * Where the next page starts; send it as `Cursor`.
   */
  NextCursor: bigint;
}

/**
 * 数据来源。
 *
 * Where `GetUserConversations` reads the list from, which decides its order.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ConversationDataType =
  | 0
  | 1
  | 2
  | (number & {});

/** The documented values of `ConversationDataType`, by name. */
export const ConversationDataType = {
  /** 从缓存中拉取，按会话最近活跃排序。 */
  Cache: 0,
  /** 从数据库中拉取，按照创建时间正序排序。 */
  Database: 1,
  /** 拉取用户创建的直播群会话，按照创建时间逆序排序。 */
  CreatedLiveGroups: 2,
} as const;

/**
 * 会话详细信息。
 *
 * A conversation's details. The page shows only the first two rows of this table; the rest follow the Go SDK's model of the same page.
 */
export interface ConversationInfo {
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 会话Id，字符串类型，含义跟`ConversationShortId`一样，用来定位唯一的一个会话，历史原因，目前大部分接口都在使用`ConversationShortId`，但是仍然有比较比较老的接口会使用到`ConversationId`，如果目前您接入的功能没有使用到`ConversationId`直接忽略即可
   *
   * The conversation's ID as a string, with the same meaning as `ConversationShortId`; some older APIs use it.
   */
  ConversationId: string;
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 信箱，用于逻辑隔离
   */
  InboxType: number;
  /**
   * 群名
   */
  Name?: string;
  /**
   * 群头像 url
   */
  AvatarUrl?: string;
  /**
   * 群描述
   */
  Description?: string;
  /**
   * 群主 UserId
   */
  OwnerUserId: bigint;
  /**
   * 创群人 UserId
   */
  CreatorUserId: bigint;
  /**
   * 群公告
   */
  Notice?: string;
  /**
   * 会话状态。0：正常 1：已解散
   */
  Status?: ConversationStatus;
  /**
   * 会话的扩展字段。
   */
  Ext?: Record<string, string>;
  /**
   * 群聊创建时间戳，单位为秒
   *
   * Unit: seconds
   */
  CreateTime: bigint;
  /**
   * 修改时间戳，单位为秒
   *
   * Unit: seconds
   */
  ModifyTime: bigint;
  /**
   * 会话类型。1：单聊 2：群聊
   */
  ConversationType: ConversationType;
  /**
   * 会话成员数
   *
   * When absent: the request set `SkipMemberCount`
   */
  MemberCount?: bigint;
  /**
   * 直播群在线人数。
   */
  OnlineCount?: bigint;
  /**
   * 单聊会话另一个 UserId
   */
  OtherUserId?: bigint;
}

/**
 * 会话状态。
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ConversationStatus =
  | 0
  | 1
  | (number & {});

/** The documented values of `ConversationStatus`, by name. */
export const ConversationStatus = {
  /** 正常 */
  Normal: 0,
  /** 已解散 */
  Dissolved: 1,
} as const;

/**
 * 会话类型。
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ConversationType =
  | 1
  | 2
  | 100
  | (number & {});

/** The documented values of `ConversationType`, by name. */
export const ConversationType = {
  /** 单聊 */
  OneToOne: 1,
  /** 群聊 */
  Group: 2,
  /** 直播群 */
  LiveGroup: 100,
} as const;

/**
 * The request body of `IsFriend`.
 */
export interface IsFriendRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 UserId
   */
  UserId: bigint;
  /**
   * 信箱,用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
  /**
   * 需要校验用户的 UserId,一次最多检验 10 个用户
   *
   * The users to check; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  FriendUserIds: Array<bigint>;
}

/**
 * 其中 Result 的结构如下
 */
export interface IsFriendResponse {
  /**
   * 好友关系详情
   *
   * One entry per user checked, in the request's order.
   */
  Infos: Array<IsFriendInfo>;
}

/**
 * 好友关系详情
 *
 * Whether one user is a friend.
 */
export interface IsFriendInfo {
  /**
   * 校验好友的 UserId
   */
  FriendUserId: bigint;
  /**
   * 是否是好友。
   * - true:是。
   * - false:否
   */
  IsFriend: boolean;
}

/**
 * The request body of `IsInBlackList`.
 */
export interface IsInBlackListRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 ID
   */
  UserId: bigint;
  /**
   * 需要校验的用户的 UserId，一次最多校验 10 个用户
   *
   * The users to check; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  BlackListUserIds: Array<bigint>;
  /**
   * 信箱，用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * `Result` 的结构。
 */
export interface IsInBlackListResponse {
  /**
   * 校验结果。key 为 uid，value 为 true：在黑名单中。 value 为 false：不在黑名单中
   *
   * One entry per user checked, keyed by its UserId as a string: true when it is in the black list.
   */
  IsInBlackListInfos: Record<string, boolean>;
}

/**
 * The request body of `IsUserInConversation`.
 */
export interface IsUserInConversationRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 查询用户 UserId
   *
   * The user asked about.
   */
  ParticipantUserId: bigint;
}

/**
 * `Result` 的结构。
 */
export interface IsUserInConversationResponse {
  /**
   * 用户是否在会话中。
   * - true:是。
   * - false:否。
   *
   * Whether the user is a member of the conversation.
   */
  IsUserInConversation: boolean;
}

/**
 * The request body of `ListFriend`.
 */
export interface ListFriendRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 查询用户 UserId
   */
  UserId: bigint;
  /**
   * 查询起始位置，默认值为 0，即第一个添加的好友。
   *
   * Where the page starts; 0 (the default) is the first friend added.
   *
   * Default: 0
   */
  Cursor?: bigint;
  /**
   * 查询条数，每次最多查询 20 位好友。默认值为 20。
   *
   * How many friends per page, at most 20; 20 by default.
   *
   * Limits: between 1 and 20.
   *
   * Default: 20
   */
  Limit?: bigint;
  /**
   * 是否需要好友总数。
   * * false：不需要。
   * * true：需要。
   * 默认值为 false。
   *
   * Whether the answer's `TotalCount` counts the friends.
   *
   * Default: false
   */
  NeedTotal?: boolean;
  /**
   * 信箱，用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * `Result` 的结构。
 */
export interface ListFriendResponse {
  /**
   * 好友详细信息
   *
   * The page's friends.
   */
  FriendInfos: Array<FriendDetail>;
  /**
   * 是否还有下一页
   *
   * Whether more pages follow.
   */
  HasMore: boolean;
  /**
   * 下一页起始位置。为负时表示后续没有成员数据
   *
   * Where the next page starts; negative when no more friends follow.
   */
  NextCursor: bigint;
  /**
   * 好友总数
   *
   * How many friends the user has (0 unless `NeedTotal` was true).
   */
  TotalCount: bigint;
}

/**
 * 好友详细信息
 *
 * One friend of a user.
 */
export interface FriendDetail {
  /**
   * 好友 UserId
   */
  FriendUserId: bigint;
  /**
   * 好友备注
   */
  Alias: string;
  /**
   * 好友扩展字段
   */
  Ext?: Record<string, string>;
  /**
   * 发起好友申请时间
   *
   * When the friendship was requested.
   *
   * Unit: milliseconds
   */
  ApplyTime: bigint;
  /**
   * 成为好友的时间
   *
   * When the two became friends.
   *
   * Unit: milliseconds
   */
  CreateTime: bigint;
  /**
   * 好友更新时间
   *
   * When the friendship was last updated.
   *
   * Unit: milliseconds
   */
  ModifyTime: bigint;
}

/**
 * The request body of `MarkConversation`.
 */
export interface MarkConversationRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 标记类型。一个直播群最多有 20个 标记。
   *
   * The marks to add or remove; a live group has at most 20 marks.
   *
   * Limits: at most 20 items (else error `ConversationMarkTypeMoreThanLimit`).
   */
  MarkTypes: Array<string>;
  /**
   * 操作类型。默认值为 1
   * - 1:新增
   * - 2:删除。
   *
   * Whether the marks are added (1, the default) or removed (2).
   *
   * Default: 1
   */
  MarkAction?: MarkAction;
  /**
   * 操作人UserId
   *
   * Who marks the group.
   */
  Operator?: bigint;
}

/**
 * 本接口无特有的返回参数。当前返回值 Result 请求成功或失败时均返回空值。
 */
export interface MarkConversationResponse {
}

/**
 * The request body of `ModifyConversation`.
 */
export interface ModifyConversationRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话信息
   *
   * The conversation and the details to change.
   */
  ConversationCoreInfo: ConversationCoreInfoChange;
}

/**
 * 本接口无特有的返回参数。
 */
export interface ModifyConversationResponse {
}

/**
 * 会话信息
 *
 * The conversation to change and its new details (the page's `ConversationCoreInfo` of this action, a shape apart from `CreateConversation`'s).
 */
export interface ConversationCoreInfoChange {
  /**
   * 需要修改的会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 会话名
   */
  Name?: string;
  /**
   * 会话头像 url
   */
  AvatarUrl?: string;
  /**
   * 会话描述
   */
  Description?: string;
  /**
   * 会话公告
   */
  Notice?: string;
  /**
   * 会话的扩展字段。key 的数据类型为 String,value 的数据类型为 String
   *
   * The conversation's extension fields, string keys and string values.
   */
  Ext?: Record<string, string>;
  /**
   * 会话拥有人 UserId
   *
   * The conversation's new owner.
   */
  OwnerUserId?: bigint;
}

/**
 * The request body of `ModifyConversationSetting`.
 */
export interface ModifyConversationSettingRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 需要修改的会话设置。
   *
   * The member and the settings to change.
   */
  ConversationSettingInfo: ConversationSettingInfo;
}

/**
 * 本接口无特有的返回参数。`Result` 为空，可忽略。
 */
export interface ModifyConversationSettingResponse {
}

/**
 * 会话成员对会话的设置（修改请求）。
 *
 * A member's settings for a conversation, as sent to ModifyConversationSetting. (The result of GetConversationSetting is a larger shape with the same name in the docs.)
 */
export interface ConversationSettingInfo {
  /**
   * 需要修改的会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 需要修改的会话成员UserId
   */
  ParticipantUserId: bigint;
  /**
   * 是否开启免打扰。
   * - `true`：开启。
   * - `false`：不开启
   * 默认值为 `false`。
   *
   * Whether do-not-disturb is on. Defaults to `false`.
   *
   * Default: false
   */
  IsMute?: boolean;
  /**
   * 是否需要修改置顶时间
   *
   * Whether to change the pin time. This is a "whether to change" flag, not the pinned state: when `true`, the pin time is set to `StickTopTime`.
   */
  IsStickTop?: boolean;
  /**
   * 置顶时间戳，单位为毫秒
   *
   * The pin timestamp, in milliseconds; applied only when `IsStickTop` is `true`. 0 means not pinned (per the GetConversationSetting model).
   */
  StickTopTime?: bigint;
  /**
   * 是否需要修改收藏时间
   *
   * Whether to change the favourite time. A "whether to change" flag: when `true`, the favourite time is set to `SetFavoriteTime`.
   */
  IsSetFavorite?: boolean;
  /**
   * 收藏时间戳，单位为毫秒
   *
   * The favourite timestamp, in milliseconds; applied only when `IsSetFavorite` is `true`.
   */
  SetFavoriteTime?: bigint;
  /**
   * 扩展字段
   *
   * Extension fields; string keys and string values.
   */
  Ext?: Record<string, string>;
}

/**
 * The request body of `ModifyMessage`.
 */
export interface ModifyMessageRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 消息 ID
   */
  MessageId: bigint;
  /**
   * 消息的扩展字段，key 的数据类型为 String，value 的数据类型为 String。目前更新的规则为相同的 key，value 直接覆盖。未出现的 key，直接追加。
   * 
   * 举个例子，消息目前的 ext 为 {"key1":"value1","key2":"value2"}：
   * 1. 传入的为 {"key3":"value3"}，key3 为一个新的 key，因此直接追加，最终 ext 为 {"key1":"value1","key2":"value2","key3":"value3"}
   * 2. 传入的为 {"key1":"update_value"}，key1 目前已经存在了，因此直接覆盖对应的 value，最终 ext 为 {"key1":"update_value","key2":"value2"}
   * 3. 传入的为 {"key1":"update_value","key3":"value3"}，key1 存在覆盖 value，key3 不存在需要追加，最终的 ext 为 {"key1":"update_value","key2":"value2","key3":"value3"}
   *
   * The message's extension fields. They are merged into the existing ones: a key already present has its value overwritten, a new key is appended; keys not sent are kept.
   */
  Ext?: Record<string, string>;
  /**
   * 消息内容。修改时 `Content` 内容需符合客户端格式，详细信息请参看[消息格式](https://www.volcengine.com/docs/6348/372181#server)。
   *
   * The message content; it must follow the client message format.
   */
  Content?: string;
}

/**
 * 本接口无特有的返回参数。`Result` 为空，可忽略。
 */
export interface ModifyMessageResponse {
}

/**
 * The request body of `ModifyParticipantReadIndex`.
 */
export interface ModifyParticipantReadIndexRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 修改成员所属 UserId，UserId 必须大于 0。
   *
   * The member whose read position moves; greater than 0.
   *
   * Limits: at least 1.
   */
  ParticipantUserId: bigint;
  /**
   * 成员已读位置。传入的ReadIndex必须要大于该会话成员目前的ReadIndex。
   *
   * The member's new read position, greater than the current one.
   */
  ReadIndex: bigint;
}

/**
 * 空，此接口可忽略此字段。
 */
export interface ModifyParticipantReadIndexResponse {
}

/**
 * The request body of `QueryLiveParticipantStatus`.
 */
export interface QueryLiveParticipantStatusRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 查询群成员 UserId
   *
   * The users to look up; only the first 200 are answered.
   *
   * Limits: the server reads the first 200 items.
   */
  ParticipantUserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface QueryLiveParticipantStatusResponse {
  /**
   * 成员在直播群的状态
   *
   * One item per user asked (the first 200), in the order asked.
   */
  Status: Array<LiveParticipantStatus>;
}

/**
 * 成员在直播群的状态
 *
 * Whether a user is in a live group, and since when.
 */
export interface LiveParticipantStatus {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 该成员所属会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 该成员 UserId
   */
  ParticipantUserId: bigint;
  /**
   * 是否在群中
   */
  IsInConversation: boolean;
  /**
   * 加群时间,单位为秒
   *
   * When the user joined, in seconds (0 for a user not in the group).
   *
   * Unit: seconds
   */
  CreateTime: bigint;
}

/**
 * The request body of `QueryOnlineStatus`.
 */
export interface QueryOnlineStatusRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 查询用户的 UserId。一次最多查询 100 个成员。
   *
   * The users to look up; at most 100 per call.
   *
   * Limits: 1 to 100 items.
   */
  UserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface QueryOnlineStatusResponse {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户在线状态
   *
   * Each online user's connections, keyed by the user's UserId as a string; a user that is offline has no entry.
   */
  QueryOnlineResults: Record<string, Array<OnlineConnection>>;
}

/**
 * 用户在线状态
 *
 * One connection of an online user.
 */
export interface OnlineConnection {
  /**
   * The connection's id (no description in the SDK).
   */
  ConnId: string;
  /**
   * The user's UserId (no description in the SDK).
   */
  UserId: bigint;
  /**
   * The device's id (no description in the SDK).
   */
  DeviceId: bigint;
  /**
   * The client's version (no description in the SDK).
   */
  ClientVersion: bigint;
  /**
   * The client's platform (no description in the SDK).
   */
  Platform: string;
}

/**
 * The request body of `RecallMessage`.
 */
export interface RecallMessageRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 消息 ID
   */
  MessageId: bigint;
  /**
   * 撤回消息的会话成员 ID
   *
   * The member who recalls the message.
   */
  ParticipantUserId: bigint;
  /**
   * 撤回消息的会话成员角色。
   * - 0：普通会话成员。
   * - 1：群主。
   * - 2：管理员。
   *
   * The role the member recalls the message in: 0 an ordinary member, 1 the owner, 2 a manager.
   */
  RecallRole?: ParticipantRole;
}

/**
 * 空，此接口可忽略此字段。
 */
export interface RecallMessageResponse {
}

/**
 * The request body of `RegisterUsers`.
 */
export interface RegisterUsersRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 注册用户的信息。一次最多注册 20 个用户。
   *
   * The users to register; at most 20 per call.
   *
   * Limits: 1 to 20 items.
   */
  Users: Array<RegisterUserInfo>;
}

/**
 * `Result` 的结构。
 */
export interface RegisterUsersResponse {
  /**
   * 注册失败的用户信息
   *
   * The users that could not be registered, each with its error code; empty when all were.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * 注册用户的信息。
 *
 * One user to register.
 */
export interface RegisterUserInfo {
  /**
   * 注册用户的 UserId
   */
  UserId: bigint;
  /**
   * 长度不能超过100字节
   *
   * The user's nickname, at most 100 bytes.
   *
   * Limits: at most 100 UTF-8 bytes.
   */
  NickName?: string;
  /**
   * 长度不能超过500字节
   *
   * The user's portrait (avatar) URL, at most 500 bytes.
   *
   * Limits: at most 500 UTF-8 bytes.
   */
  Portrait?: string;
  /**
   * 1. 字段个数不能超过20个；
   * 2. key不能以"s:"开头（im的保留key），长度不能超过50字节
   * 3. value长度不能超过500字节
   *
   * The user's extension fields: at most 20; a key may not start with `s:` (keys IM reserves) and is at most 50 bytes; a value is at most 500 bytes.
   */
  Ext?: Record<string, string>;
  /**
   * 用于全员广播
   *
   * The user's tags, which select the users of a tag broadcast.
   */
  Tags?: Array<string>;
}

/**
 * The request body of `RemoveBlackList`.
 */
export interface RemoveBlackListRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 ID
   */
  UserId: bigint;
  /**
   * 需要移出黑名单的用户的 ID，一次最多移出 10 个用户
   *
   * The users to remove; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  BlackListUserIds: Array<bigint>;
  /**
   * 信箱，用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
}

/**
 * 空。此接口无需关注
 */
export interface RemoveBlackListResponse {
}

/**
 * The request body of `ScanConversationParticipantList`.
 */
export interface ScanConversationParticipantListRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 查询起始位置
   *
   * Where the batch starts; the previous batch's `NextCursor`.
   */
  Cursor: bigint;
  /**
   * 查询人数
   *
   * How many members per batch: at most 50 with `OnlyUserIds`, otherwise at most 20.
   *
   * Limits: between 1 and 50.
   */
  Limit: bigint;
  /**
   * 按照进群的时间正序或逆序查询。
   * - false：正序。
   * - true：逆序。
   *
   * Order by the time members joined: false oldest first, true newest first.
   *
   * Default: false
   */
  Reverse?: boolean;
  /**
   * 是否只查询群成员 `UserId`。
   * - true：是。
   * - false：否。
   *
   * Whether only the members' UserIds are asked for.
   *
   * Default: false
   */
  OnlyUserIds?: boolean;
  /**
   * 直播群专用字段。是否需要获得直播群在线成员列表。
   * - true：是：拉取直播群在线成员列表（包含群主和管理员，只要在线就会返回，非直播群不会返回任何数据）。
   * - false：否：拉取成员列表（非直播群），拉取群主管理员（直播群）。
   * 当此字段设置 true 时，`Reverse` 和 `OnlyUserIds` 字段均会失效，该接口按成员进入直播群时间逆序返回在线成员列表。
   *
   * Live groups only. true: the live group's online members (owner and managers included when online; other groups return nothing), newest first, with `Reverse` and `OnlyUserIds` ignored. false: the members (other groups), or the owner and managers (live groups).
   *
   * Default: false
   */
  ScanOnlineParticipant?: boolean;
  /**
   * 标记类型。仅支持查询具有该标记的在线成员。
   *
   * A mark; only online members with this mark are returned.
   */
  MarkType?: string;
}

/**
 * `Result` 的结构。
 */
export interface ScanConversationParticipantListResponse {
  /**
   * 群成员详细信息
   *
   * The batch's members.
   */
  Participants: Array<Participant>;
  /**
   * 是否还有下一页
   *
   * Whether more batches follow.
   */
  HasMore: boolean;
  /**
   * 下一页起始位置。为负时表示后续没有成员数据
   *
   * Where the next batch starts; negative when no members follow.
   */
  NextCursor: bigint;
}

/**
 * The request body of `SendMessage`.
 */
export interface SendMessageRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 消息发送人 UserId
   *
   * The sender's UserId.
   */
  Sender: bigint;
  /**
   * 会话 ID
   */
  ConversationShortId: bigint;
  /**
   * 消息类型
   *
   * The message type, as the client message format numbers it (10001 text).
   */
  MsgType: number;
  /**
   * 消息内容。当你给客户端发消息时，Content 内容需符合客户端格式，详细信息请参看[消息格式](https://www.volcengine.com/docs/6348/372181#server)。
   *
   * The content; for clients to read it, it follows the client message format.
   */
  Content: string;
  /**
   * 会话中@的人
   *
   * The members the message mentions.
   */
  MentionedUsers?: Array<bigint>;
  /**
   * 消息可见会话成员列表
   *
   * The members who see the message.
   */
  VisibleUsers?: Array<bigint>;
  /**
   * 消息不可见会话成员列表。VisibleUsers 和 InvisibleUsers均为空时，代表对所有人可见。
   *
   * The members who do not see the message; with neither list, every member sees it.
   *
   * When absent: every member sees the message, unless `VisibleUsers` says otherwise
   */
  InvisibleUsers?: Array<bigint>;
  /**
   * 消息的扩展字段
   *
   * The message's extension fields.
   */
  Ext?: Record<string, string>;
  /**
   * 幂等id，如果创建时指定了此字段，并且数据库中存在此 id 对应的消息，不会重复发送。如果不指定，会随机生成一个。
   *
   * An idempotency id: a message already sent with it is not sent again. A random one is made when absent.
   *
   * When absent: a random id, so every call sends
   */
  ClientMsgId?: string;
  /**
   * 消息对应时间戳，单位为毫秒。
   *
   * The message's time, in milliseconds.
   *
   * Unit: milliseconds
   */
  CreateTime?: bigint;
  /**
   * 消息优先级。 0：低优先级。 1:普通优先级。 2:高优先级。 该字段仅对直播群有效。为避免直播群中消息频率太多导致服务端压力过大，你可以设置消息的优先级。当前直播群下，普通优先级和低优先级消息共用频控阈值为 30 条/秒，超过部分会被服务端直接丢弃。高优消息频控阈值为 10 条/秒，超过部分服务端无法保证不丢失。
   *
   * The message's priority, which counts in live groups only: low and normal priority messages share 30 messages a second there, and the excess is discarded; high priority messages have 10 a second, and the excess may be lost.
   */
  Priority?: MessagePriority;
  /**
   * 引用消息
   *
   * The message this one quotes.
   */
  RefMsgInfo?: RefMsgInfo;
}

/**
 * `Result` 的结构。
 */
export interface SendMessageResponse {
  /**
   * 消息Id
   *
   * The new message's id.
   */
  MessageId: bigint;
}

/**
 * 消息优先级，仅对直播群有效。
 *
 * A message's priority, which counts in live groups only.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type MessagePriority =
  | 0
  | 1
  | 2
  | (number & {});

/** The documented values of `MessagePriority`, by name. */
export const MessagePriority = {
  /** 低优先级 */
  Low: 0,
  /** 普通优先级 */
  Normal: 1,
  /** 高优先级 */
  High: 2,
} as const;

/**
 * The request body of `UnRegisterUsers`.
 */
export interface UnRegisterUsersRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 注销用户 UserId。一次最多注销 10 个用户。
   *
   * The users to unregister; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  UserIds: Array<bigint>;
}

/**
 * `Result` 的结构。
 */
export interface UnRegisterUsersResponse {
  /**
   * 注销失败的用户信息
   *
   * The users that could not be unregistered, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * The request body of `UpdateBlackList`.
 */
export interface UpdateBlackListRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 ID
   */
  UserId: bigint;
  /**
   * 信箱,用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
  /**
   * 黑名单用户 ID 及需要更新的扩展字段。一次最多更新 10 个黑名单用户的扩展字段。
   *
   * The blocked users and their new extension fields; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  BlackListInfos: Array<BlackListUserUpdate>;
}

/**
 * 其中 Result 的结构如下
 */
export interface UpdateBlackListResponse {
  /**
   * 更新失败的黑名单用户信息
   *
   * The users that could not be updated, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * 黑名单用户 ID 及需要更新的扩展字段
 *
 * A blocked user's new extension fields. The page names this table `BlackListUserInfo`, like AddBlackList's, but here the extension fields are required.
 */
export interface BlackListUserUpdate {
  /**
   * 黑名单用户 ID
   */
  BlackListUserId: bigint;
  /**
   * 黑名单用户的扩展字段,支持新增 key 和更新已有 key。更新已有 key 时,新 value 会覆盖旧 value。参看示例
   *
   * Fields merged into the blocked user's: a new key is added, an existing key gets the new value, keys not given are kept.
   */
  BlackListUserExt: Record<string, string>;
}

/**
 * The request body of `UpdateFriend`.
 */
export interface UpdateFriendRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 用户 UserId
   */
  UserId: bigint;
  /**
   * 信箱,用做逻辑隔离。默认值为 0
   *
   * The inbox, a logical partition of the app's relations; 0 by default.
   *
   * Default: 0
   */
  InboxType?: number;
  /**
   * 好友信息
   *
   * The friends to update; at most 10 per call.
   *
   * Limits: 1 to 10 items.
   */
  FriendInfos: Array<FriendInfo>;
}

/**
 * 其中 Result 的结构如下
 */
export interface UpdateFriendResponse {
  /**
   * 更新失败的好友信息
   *
   * The friends that could not be updated, each with its error code.
   */
  FailedInfos?: Array<FailedInfo>;
}

/**
 * 好友信息
 *
 * One friend's update. At least one of `Ext` and `Alias` must be present.
 */
export interface FriendInfo {
  /**
   * 好友 UserId
   */
  FriendUserId: bigint;
  /**
   * 好友扩展字段。Ext 与 Alias 为非必填字段,但是至少需要填一个,否则服务端会报错。
   *
   * The friendship's extension fields. `Ext` and `Alias` are each optional, but at least one of them must be given, otherwise the server returns an error.
   */
  Ext?: Record<string, string>;
  /**
   * 好友备注
   *
   * The alias the user gives the friend.
   */
  Alias?: string;
}

/**
 * The request body of `UserBroadcast`.
 */
export interface UserBroadcastRequest {
  /**
   * 应用的唯一标志
   */
  AppId: number;
  /**
   * 发送方
   *
   * The sender's UserId.
   */
  Sender: bigint;
  /**
   * 消息类型。
   *
   * The message type, as the client message format numbers it (10001 text).
   */
  MsgType: number;
  /**
   * 消息内容。关于消息类型和消息内容，参看 消息相关 [https://www.volcengine.com/docs/6348/372181]
   *
   * The content, in the client message format.
   */
  Content: string;
  /**
   * 消息过期时间，单位为秒，范围为[1,604800]
   *
   * How long the message lives, in seconds, from 1 to 604,800 (seven days).
   *
   * Limits: between 1 and 604800.
   *
   * Unit: seconds
   */
  MsgTTL: bigint;
  /**
   * 消息的扩展字段。key 的类型为 String，value 的类型为 String。
   *
   * The message's extension fields.
   */
  Ext?: Record<string, string>;
  /**
   * 信箱，用做逻辑隔离。默认值为 0。
   *
   * The inbox, a logical partition of the app's users.
   *
   * Default: 0
   */
  InboxType?: number;
  /**
   * 筛选用户时，Tag 匹配关系。 0：或 1：且 默认值为 0。
   *
   * How `Tags` select users (0 a user with any of them, 1 a user with all of them).
   *
   * Default: 0
   */
  TagOp?: TagMatch;
  /**
   * 筛选标签。不填表示全员广播。
   *
   * The tags that select the receivers; without them, every user receives the message.
   *
   * When absent: every user of the app receives the message
   */
  Tags?: Array<string>;
}

/**
 * 空，此接口可忽略此字段。
 */
export interface UserBroadcastResponse {
}

/**
 * 筛选用户时，Tag 匹配关系。
 *
 * How UserBroadcast's `Tags` select users.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type TagMatch =
  | 0
  | 1
  | (number & {});

/** The documented values of `TagMatch`, by name. */
export const TagMatch = {
  /** 或 */
  Or: 0,
  /** 且 */
  And: 1,
} as const;

/**
 * BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200
 * 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。
 *
 * The response body of every operation, with its payload as `T`.
 */
export interface Envelope<T> {
  /**
   * 请求的元数据。
   *
   * Metadata of the request; carries the error on failure.
   */
  ResponseMetadata: ResponseMetadata;
  /** The operation's payload; present only when the call succeeded. */
  Result?: T;
}
