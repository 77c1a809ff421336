// Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (types.ts.j2) (@generated). DO NOT EDIT.

/**
 * Tencent Cloud Chat (IM) server REST API
 *
 * Tencent Cloud Chat (Instant Messaging) server-side RESTful API. Every request is an HTTPS POST
 * to `https://{domain}/v4/{servicename}/{command}?sdkappid={SDKAppID}&identifier={admin}&usersig={UserSig}&random={u32}&contenttype=json`
 * with a UTF-8 JSON body (`{}` when an API takes no parameters). `identifier` must be an App
 * admin account and `usersig` that admin's UserSig (TLSSigAPIv2); `random` is a random 32-bit
 * unsigned integer (0 to 4294967295); `contenttype` is always `json`. Query parameter names and
 * values are case-sensitive.
 */

/**
 * The result of the request.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ActionStatus =
  | "OK"
  | "FAIL"
  | (string & {});

/** The documented values of `ActionStatus`, by name. */
export const ActionStatus = {
  /** The request succeeded. */
  Ok: "OK",
  /** The request failed; see ErrorCode and ErrorInfo. */
  Fail: "FAIL",
} as const;

/**
 * One element of a message (the document's TIMMsgElement). A message's `MsgBody` is a list of elements, so one message can hold text and emojis together; `MsgType` names the element's kind and `MsgContent` holds its fields.
 *
 * `MsgType` names the variant and `MsgContent` holds its content.
 */
export type TimMsgElement =
  | { MsgType: "TIMTextElem"; MsgContent: TimTextElem }
  | { MsgType: "TIMLocationElem"; MsgContent: TimLocationElem }
  | { MsgType: "TIMFaceElem"; MsgContent: TimFaceElem }
  | { MsgType: "TIMCustomElem"; MsgContent: TimCustomElem }
  | { MsgType: "TIMSoundElem"; MsgContent: TimSoundElem }
  | { MsgType: "TIMImageElem"; MsgContent: TimImageElem }
  | { MsgType: "TIMFileElem"; MsgContent: TimFileElem }
  | { MsgType: "TIMVideoFileElem"; MsgContent: TimVideoFileElem };

/**
 * The content of a text element (TIMTextElem).
 */
export interface TimTextElem {
  /**
   * Content of the message. When the receiver is an iOS or Android device and the app is working in the background, messages of this type are displayed as offline push text.
   */
  Text: string;
}

/**
 * The content of a location element (TIMLocationElem). The offline push text is "[Location]" in the English version.
 */
export interface TimLocationElem {
  /**
   * Description of the location.
   */
  Desc: string;
  /**
   * Latitude.
   */
  Latitude: number;
  /**
   * Longitude.
   */
  Longitude: number;
}

/**
 * The content of an emoji element (TIMFaceElem). The offline push text is "[Face]" in the English version.
 */
export interface TimFaceElem {
  /**
   * Emoji index customized by users.
   */
  Index: bigint;
  /**
   * Additional data.
   */
  Data: string;
}

/**
 * The content of a custom element (TIMCustomElem). When a message holds only one custom element and neither its `Desc` nor `OfflinePushInfo.Desc` is given, the message gets no offline push.
 */
export interface TimCustomElem {
  /**
   * Custom message data. This field is not delivered as a payload field by APNs, and therefore the data field cannot be obtained in payload.
   */
  Data: string;
  /**
   * Custom message description. When the receiver is an iOS or Android device and the app is working in the background, it is shown as the offline push text. `OfflinePushInfo.Desc` overrides it.
   */
  Desc?: string;
  /**
   * Extended field, delivered as the `Ext` key of the APNs payload when the receiver's app is in the background. Its format is defined by the business end; APNs passes it through.
   */
  Ext?: string;
  /**
   * Custom APNs push ringtone.
   */
  Sound?: string;
}

/**
 * The content of a voice element (TIMSoundElem). To send one through the REST API, give `Url`, `UUID` and `Download_Flag`; the voice must be downloadable from `Url`, and `UUID` globally unique (usually the MD5 of the voice file).
 */
export interface TimSoundElem {
  /**
   * Voice download URL, through which the voice content can be downloaded directly.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   */
  Url?: string;
  /**
   * Unique identifier of the voice, the key the client indexes the voice by.
   */
  UUID: string;
  /**
   * Voice data size, in bytes.
   *
   * Unit: bytes
   */
  Size?: bigint;
  /**
   * Voice duration, in seconds.
   *
   * Unit: seconds
   */
  Second?: bigint;
  /**
   * Flag of the voice download method. It must be 2: the voice can be downloaded from `Url`.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   *
   * Limits: between 2 and 2.
   */
  Download_Flag?: number;
}

/**
 * The content of an image element (TIMImageElem). To send one through the REST API, give each size's `URL`, `Width` and `Height` and a globally unique `UUID` (usually the MD5 of the image).
 */
export interface TimImageElem {
  /**
   * Unique identifier of the image, the key the client indexes the image by.
   */
  UUID: string;
  /**
   * Image format. JPG = 1, GIF = 2, PNG = 3, BMP = 4, Others = 255.
   */
  ImageFormat?: ImageFormat;
  /**
   * Download information of the original image, thumbnail, or large image.
   */
  ImageInfoArray: Array<ImageInfo>;
}

/**
 * An image's format.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ImageFormat =
  | 1
  | 2
  | 3
  | 4
  | 255
  | (number & {});

/** The documented values of `ImageFormat`, by name. */
export const ImageFormat = {
  /** JPG. */
  Jpg: 1,
  /** GIF. */
  Gif: 2,
  /** PNG. */
  Png: 3,
  /** BMP. */
  Bmp: 4,
  /** Other formats. */
  Other: 255,
} as const;

/**
 * One size of an image (an item of `ImageInfoArray`).
 */
export interface ImageInfo {
  /**
   * Image type. 1: original image, 2: large image, 3: thumbnail.
   */
  Type: ImageType;
  /**
   * Size of image data in bytes.
   *
   * Unit: bytes
   */
  Size: bigint;
  /**
   * Image width in pixels.
   */
  Width: bigint;
  /**
   * Image height in pixels.
   */
  Height: bigint;
  /**
   * Download URL of the image.
   */
  URL: string;
}

/**
 * Which size of an image an `ImageInfo` describes.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ImageType =
  | 1
  | 2
  | 3
  | (number & {});

/** The documented values of `ImageType`, by name. */
export const ImageType = {
  /** The original image. */
  Original: 1,
  /** The large image. */
  Large: 2,
  /** The thumbnail. */
  Thumbnail: 3,
} as const;

/**
 * The content of a file element (TIMFileElem). To send one through the REST API, give `Url`, `UUID` and `Download_Flag`; the file must be downloadable from `Url`, and `UUID` globally unique (usually the MD5 of the file).
 */
export interface TimFileElem {
  /**
   * Download URL of the file, through which the file can be downloaded directly.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   */
  Url?: string;
  /**
   * Unique identifier of the file, the key the client indexes the file by.
   */
  UUID: string;
  /**
   * Size of file data in bytes.
   *
   * Unit: bytes
   */
  FileSize?: bigint;
  /**
   * File name.
   */
  FileName?: string;
  /**
   * Flag of the file download method. It must be 2: the file can be downloaded from `Url`.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   *
   * Limits: between 2 and 2.
   */
  Download_Flag?: number;
}

/**
 * The content of a video element (TIMVideoFileElem). To send one through the REST API, give `VideoUrl`, `VideoUUID`, `ThumbUrl`, `ThumbUUID`, `ThumbWidth`, `ThumbHeight`, `VideoDownloadFlag` and `ThumbDownloadFlag`; the video and its thumbnail must be downloadable from their URLs, and the UUIDs globally unique (usually MD5 values).
 */
export interface TimVideoFileElem {
  /**
   * Download URL of the video, through which the video can be downloaded directly.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   */
  VideoUrl?: string;
  /**
   * Unique identifier of the video, the key the client indexes the video by.
   */
  VideoUUID: string;
  /**
   * Size of video data, in bytes.
   *
   * Unit: bytes
   */
  VideoSize?: bigint;
  /**
   * Video duration, in seconds. For web clients, this field cannot be obtained and the value `0` is used.
   *
   * Unit: seconds
   */
  VideoSecond?: bigint;
  /**
   * Video format, for example, MP4.
   */
  VideoFormat?: string;
  /**
   * Flag of the video download method. It must be 2: the video can be downloaded from `VideoUrl`.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   *
   * Limits: between 2 and 2.
   */
  VideoDownloadFlag?: number;
  /**
   * Download URL of the video thumbnail.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   */
  ThumbUrl?: string;
  /**
   * Unique identifier of the video thumbnail, the key the client indexes it by.
   */
  ThumbUUID: string;
  /**
   * Size of thumbnail data, in bytes.
   *
   * Unit: bytes
   */
  ThumbSize?: bigint;
  /**
   * Thumbnail width in pixels.
   */
  ThumbWidth: bigint;
  /**
   * Thumbnail height in pixels.
   */
  ThumbHeight: bigint;
  /**
   * Video thumbnail format, such as JPG or BMP.
   */
  ThumbFormat?: string;
  /**
   * Flag of the video thumbnail download method. It must be 2: the thumbnail can be downloaded from `ThumbUrl`.
   *
   * Required in a request (validation reports it absent); an answer may leave it out.
   *
   * Limits: between 2 and 2.
   */
  ThumbDownloadFlag?: number;
}

/**
 * One custom group member field.
 *
 * A `{Key, Value}` custom member field: member profiles (`GetGroupMemberInfo`) answer them and `ModifyGroupMemberInfo` sets them, so the type has a file of its own.
 */
export interface AppMemberDefinedData {
  /**
   * The field's key.
   */
  Key: string;
  /**
   * The field's value.
   */
  Value: string;
}

/**
 * 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群）
 *
 * How a group handles requests to join it. Creating, describing, modifying and importing a group all use it, so it has a file of its own.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ApplyJoinOption =
  | "FreeAccess"
  | "NeedPermission"
  | "DisableApply"
  | (string & {});

/** The documented values of `ApplyJoinOption`, by name. */
export const ApplyJoinOption = {
  /** Anyone may join freely. */
  FreeAccess: "FreeAccess",
  /** A request to join needs approval. */
  NeedPermission: "NeedPermission",
  /** No one may apply to join. */
  DisableApply: "DisableApply",
} as const;

/**
 * 群组维度的自定义字段
 *
 * One custom group field (an item of `AppDefinedData`), a key and its value. The fields are configured in the console; creating, describing, modifying and importing a group all carry them.
 */
export interface GroupDefinedData {
  /**
   * 自定义字段的 Key
   *
   * The field's key.
   */
  Key: string;
  /**
   * 自定义字段的值
   *
   * The field's value (binary data is allowed).
   */
  Value: string;
}

/**
 * How a member receives a group's messages (its message receiving option).
 *
 * A member's message blocking type in a group. Member profiles (`GetGroupMemberInfo`) answer it and `ModifyGroupMemberInfo` sets it, so it has a file of its own.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type GroupMsgFlag =
  | "AcceptAndNotify"
  | "AcceptNotNotify"
  | "Discard"
  | (string & {});

/** The documented values of `GroupMsgFlag`, by name. */
export const GroupMsgFlag = {
  /** Receive and notify. */
  AcceptAndNotify: "AcceptAndNotify",
  /** Receive without notifying (no APNs push). */
  AcceptNotNotify: "AcceptNotNotify",
  /** Block the group's messages (none are pushed to the client). */
  Discard: "Discard",
} as const;

/**
 * 群组形态包括 Public（公开群），Private（即 Work，好友工作群），ChatRoom（即 Meeting，会议群），AVChatRoom（音视频聊天室），BChatRoom（在线成员广播大群）和社群（Community）
 *
 * A group's type, as the group pages name it. Listing, creating and describing groups all use it, so it has a file of its own.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type GroupType =
  | "Public"
  | "Private"
  | "ChatRoom"
  | "AVChatRoom"
  | "BChatRoom"
  | "Community"
  | (string & {});

/** The documented values of `GroupType`, by name. */
export const GroupType = {
  /** A public group. */
  Public: "Public",
  /** A friends' work group (Work). */
  Private: "Private",
  /** A meeting group (Meeting). */
  ChatRoom: "ChatRoom",
  /** An audio-video chat room. */
  AvChatRoom: "AVChatRoom",
  /** A broadcast chat room for online members. */
  BChatRoom: "BChatRoom",
  /** A community. */
  Community: "Community",
} as const;

/**
 * 群内群成员禁言，只有群管理员和群主以及系统管理员可以发言
 *
 * Whether a group mutes all its members (the owner and admins can still send). Describing and modifying a group both use it, so it has a file of its own.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type MuteAllMember =
  | "On"
  | "Off"
  | (string & {});

/** The documented values of `MuteAllMember`, by name. */
export const MuteAllMember = {
  /** All members but the owner and admins are muted. */
  On: "On",
  /** Members may send. */
  Off: "Off",
} as const;

/**
 * The request body of `AccountCheck`.
 */
export interface AccountCheckRequest {
  /**
   * Account object array to check. A single request can contain up to 100 accounts.
   *
   * Limits: 1 to 100 items (else error `70402`).
   */
  CheckItem: Array<AccountUserId>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface AccountCheckResponse {
  /**
   * Array of results for different accounts
   */
  ResultItem: Array<AccountCheckResult>;
}

/**
 * One account named by its UserID (an item of `CheckItem` or `DeleteItem`).
 */
export interface AccountUserId {
  /**
   * UserID of the account
   */
  UserID: string;
}

/**
 * The result for one account checked (an item of `ResultItem`).
 */
export interface AccountCheckResult {
  /**
   * UserID of the account checked
   */
  UserID: string;
  /**
   * Result of the check for the account. 0: successful; other values: failed
   */
  ResultCode: number;
  /**
   * Error information about the failure to check the account
   */
  ResultInfo: string;
  /**
   * Whether the account has been imported: `Imported` or `NotImported`
   */
  AccountStatus: AccountStatus;
}

/**
 * Whether an account has been imported to Chat.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type AccountStatus =
  | "Imported"
  | "NotImported"
  | (string & {});

/** The documented values of `AccountStatus`, by name. */
export const AccountStatus = {
  /** The account has been imported. */
  Imported: "Imported",
  /** The account has not been imported. */
  NotImported: "NotImported",
} as const;

/**
 * The request body of `AccountDelete`.
 */
export interface AccountDeleteRequest {
  /**
   * Account array to delete. A single request can contain up to 100 accounts.
   *
   * Limits: 1 to 100 items (else error `70402`).
   */
  DeleteItem: Array<AccountUserId>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface AccountDeleteResponse {
  /**
   * Array of results for different accounts
   */
  ResultItem: Array<AccountDeleteResult>;
}

/**
 * The result for one account to delete (an item of `ResultItem`).
 */
export interface AccountDeleteResult {
  /**
   * Error code for the account. 0: successful; other values: failed (70107: the account does not exist)
   */
  ResultCode: number;
  /**
   * Error information about the failure to delete the account
   */
  ResultInfo: string;
  /**
   * UserID of the account to delete
   */
  UserID: string;
}

/**
 * The request body of `AccountImport`.
 */
export interface AccountImportRequest {
  /**
   * Username, which is a string of up to 32 bytes in length
   *
   * Limits: 1 to 32 UTF-8 bytes (else error `70402`).
   */
  UserID: string;
  /**
   * User nickname
   *
   * Limits: at most 500 UTF-8 bytes (else error `40601`).
   */
  Nick?: string;
  /**
   * URL of the user's profile photo
   *
   * Limits: at most 500 UTF-8 bytes (else error `40601`).
   */
  FaceUrl?: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface AccountImportResponse {
}

/**
 * The request body of `AddGroupMember`.
 */
export interface AddGroupMemberRequest {
  /**
   * ID of the group to which members are added.
   */
  GroupId: string;
  /**
   * Whether to add members silently. `0`: add members and deliver a group system notification to all members; `1`: add members silently, without the notification.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  Silence?: number;
  /**
   * The members to add. A single request supports adding up to 300 members.
   *
   * Limits: 1 to 300 items (else error `10005`).
   */
  MemberList: Array<NewGroupMember>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface AddGroupMemberResponse {
  /**
   * The result of adding each member.
   */
  MemberList: Array<AddedGroupMember>;
}

/**
 * A member to add (an item of the request's `MemberList`).
 */
export interface NewGroupMember {
  /**
   * The UserID of the member to add.
   */
  Member_Account: string;
}

/**
 * What became of one member the request named (an item of the response's `MemberList`).
 */
export interface AddedGroupMember {
  /**
   * The UserID of the member.
   */
  Member_Account: string;
  /**
   * The result: `0` failed; `1` added; `2` already a member of the group; `3` waiting for the invitee to confirm.
   */
  Result: AddMemberResult;
}

/**
 * What became of one member of an add request.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type AddMemberResult =
  | 0
  | 1
  | 2
  | 3
  | (number & {});

/** The documented values of `AddMemberResult`, by name. */
export const AddMemberResult = {
  /** The member could not be added. */
  Failed: 0,
  /** The member was added. */
  Added: 1,
  /** The account is already a member of the group. */
  AlreadyMember: 2,
  /** The invitee has not confirmed yet. */
  AwaitingConfirmation: 3,
} as const;

/**
 * The request body of `AdminGetRoamMsg`.
 */
export interface AdminGetRoamMsgRequest {
  /**
   * UserID of the party of the conversation from whose perspective the history is queried.
   */
  Operator_Account: string;
  /**
   * UserID of the other party of the conversation.
   */
  Peer_Account: string;
  /**
   * Number of messages requested.
   *
   * Limits: at least 1.
   */
  MaxCnt: number;
  /**
   * Minimum of the time range of the messages requested (a Unix timestamp in seconds).
   *
   * Unit: seconds
   */
  MinTime: bigint;
  /**
   * Maximum of the time range of the messages requested (a Unix timestamp in seconds).
   *
   * Unit: seconds
   */
  MaxTime: bigint;
  /**
   * `MsgKey` of the last message pulled by the previous request; required when continuing a pull (with `MaxTime` set to the previous response's `LastMsgTime`).
   *
   * When absent: the pull starts from `MaxTime`
   */
  LastMsgKey?: string;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface AdminGetRoamMsgResponse {
  /**
   * Whether all the messages of the time range were pulled: `1` when they were; `0` when not, and the pull must continue.
   */
  Complete: number;
  /**
   * Number of messages returned by this pull.
   */
  MsgCnt: number;
  /**
   * Time of the last message of this pull, the `MaxTime` of a continued pull.
   *
   * Unit: seconds
   */
  LastMsgTime: bigint;
  /**
   * `MsgKey` of the last message of this pull, the `LastMsgKey` of a continued pull.
   */
  LastMsgKey: string;
  /**
   * The messages returned.
   */
  MsgList: Array<C2cHistoryMessage>;
}

/**
 * One stored one-to-one message (an item of `MsgList`).
 */
export interface C2cHistoryMessage {
  /**
   * UserID of the message sender.
   */
  From_Account: string;
  /**
   * UserID of the message recipient.
   */
  To_Account: string;
  /**
   * The message's sequence number (`MsgSeq`).
   */
  MsgSeq: number;
  /**
   * The message's random number (`MsgRandom`).
   */
  MsgRandom: number;
  /**
   * The message's timestamp, in seconds.
   *
   * Unit: seconds
   */
  MsgTimeStamp: bigint;
  /**
   * The message's flags: `0` for a normal message, `8` for a recalled message.
   */
  MsgFlagBits: number;
  /**
   * `1` when the recipient has sent the message's read receipt, else `0`.
   */
  IsPeerRead?: number;
  /**
   * The message's unique identifier, used to recall it.
   */
  MsgKey: string;
  /**
   * The message's content, its elements as stored (see Message Formats).
   */
  MsgBody: Array<HistoryMsgElement>;
  /**
   * The message's custom data.
   */
  CloudCustomData?: string;
}

/**
 * The request body of `AdminMsgWithdraw`.
 */
export interface AdminMsgWithdrawRequest {
  /**
   * The UserID of the message sender.
   *
   * Limits: at least 1 UTF-8 bytes.
   */
  From_Account: string;
  /**
   * UserID of the recipient
   *
   * Limits: at least 1 UTF-8 bytes.
   */
  To_Account: string;
  /**
   * The unique identifier of the message to be recalled, which can be found in the responses to the v4/openim/sendmsg and v4/openim/batchsendmsg API calls.
   */
  MsgKey: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface AdminMsgWithdrawResponse {
}

/**
 * The request body of `AdminSetMsgRead`.
 */
export interface AdminSetMsgReadRequest {
  /**
   * UserId of the account for which to mark messages as read
   */
  Report_Account: string;
  /**
   * UserId of the other account in the one-to-one conversation
   */
  Peer_Account: string;
  /**
   * Timestamp (in seconds). All messages before the specified timestamp are marked as read. If no value is specified, the current timestamp is used.
   *
   * When absent: the current time
   */
  MsgReadTime?: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface AdminSetMsgReadResponse {
}

/**
 * The request body of `BanGroupMember`.
 */
export interface BanGroupMemberRequest {
  /**
   * ID of the group whose members are to be banned
   */
  GroupId: string;
  /**
   * Account IDs of the members to be banned. Up to 20 account IDs are supported per request.
   *
   * Limits: 1 to 20 items (else error `10005`).
   */
  Members_Account: Array<string>;
  /**
   * Ban duration, in seconds. It is a 32-bit unsigned integer.
   *
   * Unit: seconds
   */
  Duration: number;
  /**
   * Ban information, which can be up to 1,000 bytes in length
   *
   * Limits: at most 1000 UTF-8 bytes (else error `10004`).
   *
   * When absent: no ban information
   */
  Description?: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface BanGroupMemberResponse {
}

/**
 * The request body of `BatchSendMsg`.
 */
export interface BatchSendMsgRequest {
  /**
   * `1`: synchronize the message to `From_Account`'s online terminals and roaming; `2`: do not synchronize the message to `From_Account`. When it is left out, the message is stored in `From_Account`'s roaming.
   *
   * Limits: between 1 and 2.
   */
  SyncOtherMachine?: number;
  /**
   * The account the admin sends as (when given, it must not be empty). When it is left out, the sender is the app admin calling the API.
   *
   * Limits: at least 1 UTF-8 bytes.
   *
   * When absent: the app admin calling the API is the sender
   */
  From_Account?: string;
  /**
   * UserIDs of the message recipients, up to 500.
   *
   * Limits: 1 to 500 items (else error `90011`).
   */
  To_Account: Array<string>;
  /**
   * Offline storage period of the message, in seconds; at most 7 days (604800 seconds). `0`: the message is sent to online users only, and not stored offline or for roaming.
   *
   * Limits: between 0 and 604800 (else error `90026`).
   *
   * Unit: seconds
   */
  MsgLifeTime?: bigint;
  /**
   * Sequence number of the message (a 32-bit unsigned integer), used to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
   */
  MsgSeq?: number;
  /**
   * Random number of the message (a 32-bit unsigned integer).
   */
  MsgRandom: number;
  /**
   * Message sending control options, valid only for this request. `NoUnread`: the message is not counted as unread; `NoLastMsg`: the message does not update the conversation list; `WithMuteNotifications`: the recipients' do-not-disturb settings for the sender apply.
   */
  SendMsgControl?: Array<C2cSendMsgControl>;
  /**
   * Message body, an array of message elements. For more information, see Message Formats.
   *
   * Limits: at least 1 items.
   */
  MsgBody: Array<TimMsgElement>;
  /**
   * Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
   */
  CloudCustomData?: string;
  /**
   * Whether the message supports message extensions (0 no, 1 yes).
   *
   * Limits: between 0 and 1.
   */
  SupportMessageExtension?: number;
  /**
   * Offline push information. For more information, see Message Formats.
   */
  OfflinePushInfo?: OfflinePushInfo;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface BatchSendMsgResponse {
  /**
   * Message timestamp, a Unix timestamp in seconds.
   *
   * Unit: seconds
   */
  MsgTime?: bigint;
  /**
   * Unique identifier of the message, used to recall it (the same for every recipient).
   */
  MsgKey?: string;
  /**
   * The recipients the message could not be sent to; absent or empty when it was sent to all.
   */
  ErrorList?: Array<BatchSendError>;
}

/**
 * A recipient the message could not be sent to (an item of `ErrorList`).
 */
export interface BatchSendError {
  /**
   * The recipient.
   */
  To_Account: string;
  /**
   * Why the message could not be sent to it (70107 for an account that does not exist).
   */
  ErrorCode: bigint;
}

/**
 * The request body of `ChangeGroupOwner`.
 */
export interface ChangeGroupOwnerRequest {
  /**
   * ID of the group whose ownership is to be transferred.
   */
  GroupId: string;
  /**
   * ID of the new group owner; it must be a member of the group.
   */
  NewOwner_Account: string;
  /**
   * Specified operator account (the operator designated to transfer group ownership).
   */
  From_Account?: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface ChangeGroupOwnerResponse {
}

/**
 * The request body of `CreateGroup`.
 */
export interface CreateGroupRequest {
  /**
   * 群主 ID（需是已导入的帐号）。填写后自动添加到群成员中；如果不填，群没有群主
   *
   * The owner's UserID (an imported account); the owner is added to the members. Without it the group has no owner.
   */
  Owner_Account?: string;
  /**
   * 群组形态，包括 Public（陌生人社交群），Private（即 Work，好友工作群），ChatRoom（即 Meeting，会议群），AVChatRoom（直播群），Community（社群）
   *
   * The group's type.
   *
   * Limits: only `"Private"` (Private) or `"Public"` (Public) or `"ChatRoom"` (ChatRoom) or `"AVChatRoom"` (AvChatRoom) or `"Community"` (Community).
   */
  Type: GroupType;
  /**
   * 为了使得群组 ID 更加简单，便于记忆传播，腾讯云支持 App 在通过 REST API 创建群组时自定义群组 ID
   *
   * A custom group ID; without one the server assigns an ID (`@TGS#…`). A custom ID is printable ASCII of at most 48 bytes, must not start with `@TGS#`, except that a Community group's must start with `@TGS#_`.
   *
   * Limits: 1 to 48 UTF-8 bytes.
   */
  GroupId?: string;
  /**
   * 群名称，最长30字节，使用 UTF-8 编码，1个汉字占3个字节
   *
   * The group's name, at most 30 bytes of UTF-8.
   *
   * Limits: at most 30 UTF-8 bytes.
   */
  Name: string;
  /**
   * 群简介，最长240字节，使用 UTF-8 编码，1个汉字占3个字节
   *
   * The group's introduction, at most 240 bytes of UTF-8.
   *
   * Limits: at most 240 UTF-8 bytes.
   */
  Introduction?: string;
  /**
   * 群公告，最长300字节，使用 UTF-8 编码，1个汉字占3个字节
   *
   * The group's notice, at most 300 bytes of UTF-8.
   *
   * Limits: at most 300 UTF-8 bytes.
   */
  Notification?: string;
  /**
   * 群头像 URL，最长100字节
   *
   * The URL of the group's profile photo, at most 100 bytes.
   *
   * Limits: at most 100 UTF-8 bytes.
   */
  FaceUrl?: string;
  /**
   * 最大群成员数量，缺省时的默认值：付费套餐包上限，例如体验版是20，如果升级套餐包，需按照修改群基础资料修改这个字段
   *
   * The most members the group may have; when not given, the limit of the app's plan (20 in the trial edition).
   *
   * Limits: at least 1.
   *
   * When absent: the limit of the app's plan
   */
  MaxMemberCount?: number;
  /**
   * 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群），不填默认为 NeedPermission（需要验证） 仅当创建支持申请加群的群组时，该字段有效
   *
   * How requests to join are handled; NeedPermission when not given. It only matters for group types that take requests to join.
   *
   * Default: "NeedPermission"
   */
  ApplyJoinOption?: ApplyJoinOption;
  /**
   * 群组维度的自定义字段，默认情况是没有的，可以通过即时通信 IM 控制台进行配置
   *
   * The group's custom fields (none unless configured in the console).
   */
  AppDefinedData?: Array<GroupDefinedData>;
  /**
   * 初始群成员列表，最多100个；成员信息字段详情请参阅群成员资料
   *
   * The group's first members, at most 100; not for an audio-video group (10007).
   *
   * Limits: at most 100 items.
   */
  MemberList?: Array<InitialGroupMember>;
  /**
   * Whether the topic option is supported. Valid values: `1`: yes; `0`: no.
   *
   * For a Community group, whether it supports topics.
   *
   * Limits: between 0 and 1.
   */
  SupportTopic?: number;
}

/**
 * The response payload of `CreateGroup`.
 */
export interface CreateGroupResponse {
  /**
   * ID of the created group
   */
  GroupId: string;
  /**
   * The type of the created group (the community sample answers it).
   */
  Type?: GroupType;
  /**
   * A flag the community sample answers (0); the page does not describe it.
   */
  HugeGroupFlag?: number;
}

/**
 * 初始群成员
 *
 * A member the group is created with (an item of the request's `MemberList`).
 */
export interface InitialGroupMember {
  /**
   * Member (required)
   */
  Member_Account: string;
  /**
   * Role assigned to the member (optional). Currently, only the Admin option is available.
   *
   * Limits: only `"Admin"` (Admin).
   */
  Role?: GroupMemberRole;
  /**
   * Group member custom field (optional)
   */
  AppMemberDefinedData?: Array<AppMemberDefinedData>;
}

/**
 * The request body of `DeleteGroupMember`.
 */
export interface DeleteGroupMemberRequest {
  /**
   * ID of the target group.
   */
  GroupId: string;
  /**
   * Whether to adopt silent deletion. `0`: no (default value); `1`: yes. Silent deletion means that no member of the group is notified of the deletion.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  Silence?: number;
  /**
   * The reason for deleting the members from the group.
   */
  Reason?: string;
  /**
   * The accounts of the group members to delete. A maximum of 100 members can be deleted per request.
   *
   * Limits: 1 to 100 items.
   */
  MemberToDel_Account: Array<string>;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface DeleteGroupMemberResponse {
}

/**
 * The request body of `DeleteGroupMsgBySender`.
 */
export interface DeleteGroupMsgBySenderRequest {
  /**
   * ID of the group where messages are to be recalled
   */
  GroupId: string;
  /**
   * ID of the sender of the messages to be recalled
   */
  Sender_Account: string;
  /**
   * Topic ID, which indicates message recall in the corresponding topic and applies only to topic-enabled communities.
   */
  TopicId?: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface DeleteGroupMsgBySenderResponse {
}

/**
 * The request body of `DestroyGroup`.
 */
export interface DestroyGroupRequest {
  /**
   * ID of the group to disband (操作的群 ID).
   */
  GroupId: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface DestroyGroupResponse {
}

/**
 * The request body of `ForbidSendMsg`.
 */
export interface ForbidSendMsgRequest {
  /**
   * The ID of the group whose members are muted or unmuted.
   */
  GroupId: string;
  /**
   * User accounts to be muted. Up to 500 accounts can be muted.
   *
   * Limits: 1 to 500 items.
   */
  Members_Account: Array<string>;
  /**
   * The muting period in seconds. The 0 value indicates that muting is canceled.
   *
   * Limits: at least 0.
   */
  ShutUpTime: bigint;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface ForbidSendMsgResponse {
}

/**
 * The request body of `GetAppidGroupList`.
 */
export interface GetAppidGroupListRequest {
  /**
   * 本次获取的群组 ID 数量的上限，不得超过 10000。如果不填，默认为最大值 10000
   *
   * The most group IDs this page holds; 10,000 (the largest) when not given.
   *
   * Limits: between 1 and 10000.
   *
   * Default: 10000
   */
  Limit?: number;
  /**
   * 群太多时分页拉取标志，第一次填0，以后填上一次返回的值，返回的 Next 为0代表拉完了
   *
   * Where the page starts: 0 for the first, then the `Next` the previous page answered.
   *
   * Default: 0
   */
  Next?: bigint;
  /**
   * 如果仅需要返回特定群组形态的群组，可以通过 GroupType 进行过滤，但此时返回的 TotalCount 的含义就变成了 App 中属于该群组形态的群组总数。不填为获取所有类型的群组。
   *
   * Lists only groups of this type (and `TotalCount` counts only them); all types when not given.
   */
  GroupType?: GroupType;
}

/**
 * The response payload of `GetAppidGroupList`.
 */
export interface GetAppidGroupListResponse {
  /**
   * App 当前的群组总数。如果仅需要返回特定群组形态的群组，可以通过 GroupType 进行过滤，但此时返回的 TotalCount 的含义就变成了 App 中该群组形态的群组总数
   *
   * How many groups the app has (of `GroupType`, when the request gives one), whatever `Limit` and `Next` are.
   */
  TotalCount: number;
  /**
   * 获取到的群组 ID 的集合
   *
   * The group IDs of this page.
   */
  GroupIdList: Array<GroupIdItem>;
  /**
   * 分页拉取的标志
   *
   * Where the next page starts; 0 when this page is the last.
   */
  Next: bigint;
}

/**
 * 获取到的群组 ID
 *
 * One group of the list.
 */
export interface GroupIdItem {
  /**
   * 群组 ID
   *
   * The group's ID.
   */
  GroupId: string;
}

/**
 * The request body of `GetGroupBanMember`.
 */
export interface GetGroupBanMemberRequest {
  /**
   * Group ID
   */
  GroupId: string;
  /**
   * Number of banned members to be pulled per page each time. The maximum value allowed is 100.
   *
   * Limits: between 1 and 100.
   *
   * When absent: the server's page size
   */
  Limit?: number;
  /**
   * Offset. For the first request, set `Offset` to 0. For subsequent requests, set `Offset` to the value of `NextOffset` in the response packet.
   *
   * Limits: at least 0.
   */
  Offset: number;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface GetGroupBanMemberResponse {
  /**
   * The banned members of the page.
   */
  BannedAccountList: Array<BannedMember>;
  /**
   * The `Offset` of the next request; `0` when the entire list of banned members of the audio-video group has been obtained.
   */
  NextOffset: number;
}

/**
 * One banned member of an audio-video group (an item of `BannedAccountList`).
 */
export interface BannedMember {
  /**
   * The banned account.
   */
  Member_Account: string;
  /**
   * When the member's ban ends (Unix time).
   *
   * Unit: seconds
   */
  BannedUntil: bigint;
}

/**
 * The request body of `GetGroupInfo`.
 */
export interface GetGroupInfoRequest {
  /**
   * The list of group IDs specified for the query. This parameter is required.
   *
   * Limits: 1 to 50 items.
   */
  GroupIdList: Array<string>;
  /**
   * The filters that you specify for the response.
   *
   * When absent: all the basic group information, member information and custom fields
   */
  ResponseFilter?: GroupInfoResponseFilter;
}

/**
 * The response payload of `GetGroupInfo`.
 */
export interface GetGroupInfoResponse {
  /**
   * 返回结果为群组信息数组，内容包括群基础资料字段、群成员资料字段、群组维度自定义字段和群成员维度自定义字段
   *
   * One item per group asked, each with its own `ErrorCode`: the basic information, members and custom fields the filters asked for.
   */
  GroupInfo: Array<GroupInfoItem>;
}

/**
 * The filters that you specify for the response.
 */
export interface GroupInfoResponseFilter {
  /**
   * 基础信息字段过滤器，指定需要获取的基础信息字段
   *
   * The basic information fields to obtain, by name (`Type`, `Name`, `Introduction`, `Notification`, `FaceUrl`, `Owner_Account`, `CreateTime`, `LastInfoTime`, `LastMsgTime`, `NextMsgSeq`, `MemberNum`, `MaxMemberNum`, `ApplyJoinOption`, `MuteAllMember`, `Appid`). Add this array if you want to query the basic information.
   *
   * When absent: no basic information
   */
  GroupBaseInfoFilter?: Array<string>;
  /**
   * 成员信息字段过滤器，指定需要获取的成员信息字段
   *
   * The member fields to obtain, by name (`Role`, `JoinTime`, `MsgSeq`, `MsgFlag`, `LastSendMsgTime`, `MuteUntil`; `Account` names the member ID, always given). Add this array if you want to query the member information.
   *
   * When absent: no member list
   */
  MemberInfoFilter?: Array<string>;
  /**
   * 该字段用来群组维度的自定义字段过滤器，指定需要获取的群组维度的自定义字段
   *
   * The keys of the group custom fields to obtain.
   *
   * When absent: no group custom fields
   */
  AppDefinedDataFilter_Group?: Array<string>;
  /**
   * 该字段用来群成员维度的自定义字段过滤器，指定需要获取的群成员维度的自定义字段
   *
   * The keys of the group member custom fields to obtain.
   *
   * When absent: no member custom fields
   */
  AppDefinedDataFilter_GroupMember?: Array<string>;
}

/**
 * A group's information (an item of `GroupInfo`).
 */
export interface GroupInfoItem {
  /**
   * The group's ID.
   */
  GroupId: string;
  /**
   * The result specific to this group
   *
   * 0 when the group's information was obtained; else why not (10010: no such group).
   */
  ErrorCode: bigint;
  /**
   * The result specific to this group
   */
  ErrorInfo: string;
  /**
   * Group type
   */
  Type?: GroupType;
  /**
   * Group name
   */
  Name?: string;
  /**
   * SDKAppID of the Chat app
   */
  Appid?: bigint;
  /**
   * Group introduction
   */
  Introduction?: string;
  /**
   * Group notice
   */
  Notification?: string;
  /**
   * Group profile photo
   */
  FaceUrl?: string;
  /**
   * Group owner ID
   */
  Owner_Account?: string;
  /**
   * Group creation time in UTC
   *
   * Unit: seconds
   */
  CreateTime?: bigint;
  /**
   * The UTC time when the group information was last updated
   *
   * Unit: seconds
   */
  LastInfoTime?: bigint;
  /**
   * The UTC time when the last message in the group was sent
   *
   * Unit: seconds
   */
  LastMsgTime?: bigint;
  /**
   * The sequence number the group's next message gets.
   */
  NextMsgSeq?: bigint;
  /**
   * Current number of members in the group
   */
  MemberNum?: number;
  /**
   * Maximum number of members in the group
   */
  MaxMemberNum?: number;
  /**
   * Method of handling requests to join the group
   */
  ApplyJoinOption?: ApplyJoinOption;
  /**
   * Whether to mute all members in the group
   */
  MuteAllMember?: MuteAllMember;
  /**
   * Group-specific custom fields
   */
  AppDefinedData?: Array<GroupDefinedData>;
  /**
   * Group member list
   */
  MemberList?: Array<GroupInfoMember>;
}

/**
 * A member as a group's information lists it (an item of `MemberList`).
 */
export interface GroupInfoMember {
  /**
   * Member ID
   */
  Member_Account: string;
  /**
   * The role of the member in the group
   */
  Role?: GroupMemberRole;
  /**
   * The UTC time when the member joined the group
   *
   * Unit: seconds
   */
  JoinTime?: bigint;
  /**
   * The sequence number of the last message the member read.
   */
  MsgSeq?: bigint;
  /**
   * Indicates whether the member blocks group messages.
   */
  MsgFlag?: GroupMsgFlag;
  /**
   * The last time in UTC when the member sent a message in the group
   *
   * Unit: seconds
   */
  LastSendMsgTime?: bigint;
  /**
   * The value `0` indicates that the member is not muted, and other values indicate the time when the member will be unmuted.
   *
   * Unit: seconds
   */
  MuteUntil?: bigint;
  /**
   * Custom group member fields
   */
  AppMemberDefinedData?: Array<AppMemberDefinedData>;
}

/**
 * The request body of `GetGroupMemberInfo`.
 */
export interface GetGroupMemberInfoRequest {
  /**
   * ID of the group whose members are obtained.
   */
  GroupId: string;
  /**
   * The member profile fields to obtain (for example `Role`, `JoinTime`, `MsgSeq`, `MsgFlag`, `LastSendMsgTime`, `ShutUpUntil`, `NameCard`); fields not named are not returned. `Member_Account` is always included.
   *
   * When absent: every field of the members' profiles
   */
  MemberInfoFilter?: Array<string>;
  /**
   * The roles of the members to obtain: `Owner`, `Admin` or `Member`. Only members with these roles are returned.
   *
   * When absent: members of every role
   */
  MemberRoleFilter?: Array<GroupMemberRole>;
  /**
   * The keys of the custom group member fields to obtain.
   *
   * When absent: no custom member fields
   */
  AppDefinedDataFilter_GroupMember?: Array<string>;
  /**
   * The maximum number of members in the response's `MemberList` (recommended: 100). If it is not given, the information of all members of the group is obtained.
   *
   * Limits: between 1 and 200.
   *
   * When absent: every member
   */
  Limit?: number;
  /**
   * The member to start from (how many members come before the page). Not for Community groups, which are fetched by `Next`.
   *
   * Limits: at least 0.
   *
   * Default: 0
   */
  Offset?: number;
  /**
   * Community groups only: the batch to fetch, `""` for the first batch and then the `Next` of the previous response. Cannot be used with `Offset`.
   */
  Next?: string;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface GetGroupMemberInfoResponse {
  /**
   * The total number of members in the group.
   */
  MemberNum: number;
  /**
   * The members' profiles.
   */
  MemberList: Array<GroupMemberInfo>;
  /**
   * Community groups: where the next batch starts, to be sent in the next request's `Next`; `""` when every member has been returned.
   */
  Next?: string;
}

/**
 * A member's role in a group.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type GroupMemberRole =
  | "Owner"
  | "Admin"
  | "Member"
  | (string & {});

/** The documented values of `GroupMemberRole`, by name. */
export const GroupMemberRole = {
  /** The group owner. */
  Owner: "Owner",
  /** A group admin. */
  Admin: "Admin",
  /** An ordinary member. */
  Member: "Member",
} as const;

/**
 * One member's profile in a group (an item of `MemberList`).
 */
export interface GroupMemberInfo {
  /**
   * The member's UserID.
   */
  Member_Account: string;
  /**
   * The member's role: `Owner`, `Admin` or `Member`.
   */
  Role?: GroupMemberRole;
  /**
   * When the member joined the group.
   *
   * Unit: seconds
   */
  JoinTime?: bigint;
  /**
   * The sequence number of the last message the member has read.
   */
  MsgSeq?: bigint;
  /**
   * How the member receives the group's messages: `AcceptAndNotify`, `AcceptNotNotify` or `Discard`.
   */
  MsgFlag?: GroupMsgFlag;
  /**
   * When the member last sent a message in the group.
   *
   * Unit: seconds
   */
  LastSendMsgTime?: bigint;
  /**
   * When the member's mute ends; `0` when the member is not muted.
   *
   * Unit: seconds
   */
  ShutUpUntil?: bigint;
  /**
   * The member's contact card in the group (at most 50 bytes).
   */
  NameCard?: string;
  /**
   * The member's custom fields asked for in `AppDefinedDataFilter_GroupMember`.
   */
  AppMemberDefinedData?: Array<AppMemberDefinedData>;
}

/**
 * The request body of `GetGroupMutedAccount`.
 */
export interface GetGroupMutedAccountRequest {
  /**
   * ID of the group for which the list of muted members is obtained
   */
  GroupId: string;
}

/**
 * The response payload of `GetGroupMutedAccount`.
 */
export interface GetGroupMutedAccountResponse {
  /**
   * The ID of the group.
   */
  GroupId: string;
  /**
   * List of muted users in the group.
   */
  ShuttedUinList: Array<MutedMember>;
}

/**
 * A muted member and the time the mute ends.
 */
export interface MutedMember {
  /**
   * The muted member's account.
   */
  Member_Account: string;
  /**
   * The time until which the member is muted (UTC, Unix seconds).
   */
  ShuttedUntil: bigint;
}

/**
 * The request body of `GetJoinedGroupList`.
 */
export interface GetJoinedGroupListRequest {
  /**
   * 需要查询的用户帐号
   *
   * The account whose groups are listed.
   */
  Member_Account: string;
  /**
   * 是否获取用户加入的 AVChatRoom(直播群)，0表示不获取，1表示获取。默认为0
   *
   * 1 lists the audio-video groups the account joined too; 0 (the default) leaves them out.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  WithHugeGroups?: number;
  /**
   * 是否获取用户已加入但未激活的 Private（即新版本中 Work，好友工作群) 群信息，0表示不获取，1表示获取。默认为0
   *
   * 1 lists the Work groups joined but not yet activated too; 0 (the default) leaves them out.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  WithNoActiveGroups?: number;
  /**
   * 单次拉取的群组数量，如果不填代表所有群组
   *
   * The most groups this page holds; every group when not given.
   *
   * Limits: at least 1.
   *
   * When absent: every group
   */
  Limit?: number;
  /**
   * 从第多少个群组开始拉取
   *
   * How many groups to skip (0 for the first page).
   *
   * Limits: at least 0.
   *
   * Default: 0
   */
  Offset?: number;
  /**
   * 拉取哪种群组类型，例如 Public(陌生人社交群)，Private（即新版本Work，好友工作群)，ChatRoom （即新版本Meeting，会议群），AVChatRoom(直播群)，Community（社群），不填为拉取所有
   *
   * Lists only groups of this type.
   *
   * When absent: groups of every type
   */
  GroupType?: GroupType;
  /**
   * 分别包含 GroupBaseInfoFilter 和 SelfInfoFilter 两个过滤器； GroupBaseInfoFilter 表示需要拉取哪些基础信息字段；SelfInfoFilter 表示需要拉取用户在每个群组中的哪些个人资料
   *
   * Which basic fields of each group, and which of the account's own data in it, to obtain.
   *
   * When absent: only each group's ID
   */
  ResponseFilter?: JoinedGroupResponseFilter;
}

/**
 * The response payload of `GetJoinedGroupList`.
 */
export interface GetJoinedGroupListResponse {
  /**
   * 用户所加入的群组个数
   *
   * How many groups the listing covers, whatever the page.
   */
  TotalCount: number;
  /**
   * 拉取到的群组信息，返回的结果是根据过滤器中设置的过滤字段进行过滤后的信息
   *
   * This page's groups, each with the fields the filters asked for.
   */
  GroupIdList: Array<JoinedGroup>;
}

/**
 * 分别包含 GroupBaseInfoFilter 和 SelfInfoFilter 两个过滤器
 *
 * The filters of a joined-group listing.
 */
export interface JoinedGroupResponseFilter {
  /**
   * 表示需要拉取哪些基础信息字段
   *
   * The basic fields to obtain, by name (`Type`, `Name`, `Introduction`, `Notification`, `FaceUrl`, `Owner_Account`, `CreateTime`, `LastInfoTime`, `LastMsgTime`, `NextMsgSeq`, `MemberNum`, `MaxMemberNum`, `ApplyJoinOption`, `ShutUpAllMember`).
   */
  GroupBaseInfoFilter?: Array<string>;
  /**
   * 表示需要拉取用户在每个群组中的哪些个人资料
   *
   * The account's own data to obtain in each group (`Role`, `JoinTime`, `MsgFlag`, `MsgSeq`, `UnreadMsgNum`).
   */
  SelfInfoFilter?: Array<string>;
}

/**
 * 拉取到的群组信息
 *
 * One group the account joined (an item of `GroupIdList`).
 */
export interface JoinedGroup {
  /**
   * 群组 ID
   *
   * The group's ID.
   */
  GroupId: string;
  /**
   * The group's type.
   */
  Type?: GroupType;
  /**
   * The group's name.
   */
  Name?: string;
  /**
   * The group's introduction.
   */
  Introduction?: string;
  /**
   * The group's notice.
   */
  Notification?: string;
  /**
   * The group's profile photo URL.
   */
  FaceUrl?: string;
  /**
   * The group owner's account.
   */
  Owner_Account?: string;
  /**
   * When the group was created.
   *
   * Unit: seconds
   */
  CreateTime?: bigint;
  /**
   * When the group's information last changed.
   *
   * Unit: seconds
   */
  LastInfoTime?: bigint;
  /**
   * When the group's last message was sent.
   *
   * Unit: seconds
   */
  LastMsgTime?: bigint;
  /**
   * The sequence number the group's next message gets.
   */
  NextMsgSeq?: bigint;
  /**
   * How many members the group has.
   */
  MemberNum?: number;
  /**
   * The most members the group may have.
   */
  MaxMemberNum?: number;
  /**
   * How the group handles requests to join.
   */
  ApplyJoinOption?: ApplyJoinOption;
  /**
   * Whether all members are muted.
   */
  ShutUpAllMember?: MuteAllMember;
  /**
   * The account's own data in the group, as `SelfInfoFilter` asked.
   */
  SelfInfo?: JoinedGroupSelfInfo;
}

/**
 * 用户在群组中的个人资料
 *
 * The listed account's own data in a group.
 */
export interface JoinedGroupSelfInfo {
  /**
   * The account's role in the group.
   */
  Role?: GroupMemberRole;
  /**
   * When the account joined the group.
   *
   * Unit: seconds
   */
  JoinTime?: bigint;
  /**
   * How the account receives the group's messages.
   */
  MsgFlag?: GroupMsgFlag;
  /**
   * The sequence number of the last message the account read.
   */
  MsgSeq?: bigint;
  /**
   * How many of the group's messages the account has not read.
   */
  UnreadMsgNum?: bigint;
}

/**
 * The request body of `GetMembers`.
 */
export interface GetMembersRequest {
  /**
   * ID of the target group
   */
  GroupId: string;
  /**
   * For the first request, the value is 0. If the audio-video group has 500 or less members, the backend returns all members and NextTimestamp with the value 0. If the audio-video group has more than 500 members, the backend returns NextTimestamp with a non-zero value, which is used as the value of Timestamp for the next request for pulling the remaining members.
   */
  Timestamp: bigint;
  /**
   * Only the online members with this mark (set by `ModifyUserInfo`) are obtained.
   *
   * When absent: members with any mark or none
   */
  Mark?: bigint;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface GetMembersResponse {
  /**
   * The online members of the page.
   */
  MemberList: Array<OnlineMember>;
  /**
   * `0` when every member has been returned; otherwise the value of `Timestamp` for the next request.
   */
  NextTimestamp: bigint;
}

/**
 * One online member of an audio-video group (an item of `MemberList`).
 */
export interface OnlineMember {
  /**
   * The member's UserID.
   */
  Member_Account: string;
  /**
   * When the member joined the group.
   *
   * Unit: seconds
   */
  JoinTime?: bigint;
  /**
   * The member's nickname.
   */
  NickName?: string;
  /**
   * The member's profile photo URL.
   */
  Avatar?: string;
}

/**
 * The request body of `GetOnlineMemberNum`.
 */
export interface GetOnlineMemberNumRequest {
  /**
   * The group ID.
   */
  GroupId: string;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface GetOnlineMemberNumResponse {
  /**
   * The number of online users in the group.
   */
  OnlineMemberNum: bigint;
}

/**
 * The request body of `GetRoleInGroup`.
 */
export interface GetRoleInGroupRequest {
  /**
   * The ID of the group to be queried.
   */
  GroupId: string;
  /**
   * User accounts to be queried. Up to 500 accounts are supported.
   *
   * Limits: 1 to 500 items.
   */
  User_Account: Array<string>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface GetRoleInGroupResponse {
  /**
   * Member roles that are pulled, including Owner, Admin, Member, and NotMember: one item per account of `User_Account`.
   */
  UserIdList: Array<UserRoleInGroup>;
}

/**
 * One queried account's role (an item of the response's `UserIdList`).
 */
export interface UserRoleInGroup {
  /**
   * The queried account.
   */
  Member_Account: string;
  /**
   * The account's role: `Owner`, `Admin`, `Member` or `NotMember`.
   */
  Role: RoleInGroup;
}

/**
 * An account's role in a group, or that it is not a member.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type RoleInGroup =
  | "Owner"
  | "Admin"
  | "Member"
  | "NotMember"
  | (string & {});

/** The documented values of `RoleInGroup`, by name. */
export const RoleInGroup = {
  /** The group owner. */
  Owner: "Owner",
  /** A group admin. */
  Admin: "Admin",
  /** An ordinary member. */
  Member: "Member",
  /** The account is not in the group. */
  NotMember: "NotMember",
} as const;

/**
 * The request body of `GroupMsgGetSimple`.
 */
export interface GroupMsgGetSimpleRequest {
  /**
   * The ID of the group of which messages are to be pulled.
   */
  GroupId: string;
  /**
   * The number of historical messages to be pulled. At present, a maximum of 20 historical messages can be returned per request, so set it to 20 or less.
   *
   * Limits: between 1 and 20.
   */
  ReqMsgNumber: number;
  /**
   * The maximum seq of the messages to be pulled: messages with a seq less than or equal to it are returned.
   *
   * When absent: the latest messages
   */
  ReqMsgSeq?: bigint;
  /**
   * Whether to pull recalled messages as well: `1` pulls them; by default (`0`) they are not pulled.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  WithRecalledMsg?: number;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface GroupMsgGetSimpleResponse {
  /**
   * The ID of the group whose messages were pulled.
   */
  GroupId: string;
  /**
   * Whether all the messages of the requested range were returned: `1` when they were; `0` when the messages are too long or the range too large (over 20) to return them all; `2` when, besides, every message of the range has expired.
   */
  IsFinished: number;
  /**
   * The messages pulled, newest (largest seq) first.
   */
  RspMsgList: Array<GroupHistoryMessage>;
}

/**
 * One stored group message (an item of `RspMsgList`).
 */
export interface GroupHistoryMessage {
  /**
   * The message's sender.
   */
  From_Account: string;
  /**
   * Whether the message is a placeholder (空洞消息): `1` when it was deleted or has expired, and its `MsgBody` is then empty; `2` when it was recalled; `0` otherwise.
   */
  IsPlaceMsg: number;
  /**
   * The message's content: its elements as stored (see Message Formats); empty for a placeholder.
   */
  MsgBody: Array<HistoryMsgElement>;
  /**
   * The message's priority: 1 High, 2 Normal, 3 Low, 4 Lowest.
   */
  MsgPriority?: StoredMsgPriority;
  /**
   * The message's random number, used to deduplicate messages: filled in by the client that sent it, or generated by the server when it was not.
   */
  MsgRandom: number;
  /**
   * The message's seq, which identifies it: the smaller, the earlier it was sent.
   */
  MsgSeq: bigint;
  /**
   * When the message was sent, in the server's time.
   *
   * Unit: seconds
   */
  MsgTimeStamp: bigint;
  /**
   * `1` when the message is a system message.
   */
  IsSystemMsg?: number;
}

/**
 * A stored message's priority, as history answers give it (a number).
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type StoredMsgPriority =
  | 1
  | 2
  | 3
  | 4
  | (number & {});

/** The documented values of `StoredMsgPriority`, by name. */
export const StoredMsgPriority = {
  /** A High priority message. */
  High: 1,
  /** A Normal priority message. */
  Normal: 2,
  /** A Low priority message. */
  Low: 3,
  /** A Lowest priority message. */
  Lowest: 4,
} as const;

/**
 * One element of a stored message, as history answers return it: the same tags and `MsgType`/`MsgContent` shape as the element a sender gives, with an image's content as stored (`HistoryImageElem`).
 *
 * A refinement of `TimMsgElement`, a type of its own.
 *
 * `MsgType` names the variant and `MsgContent` holds its content.
 */
export type HistoryMsgElement =
  | { MsgType: "TIMTextElem"; MsgContent: TimTextElem }
  | { MsgType: "TIMLocationElem"; MsgContent: TimLocationElem }
  | { MsgType: "TIMFaceElem"; MsgContent: TimFaceElem }
  | { MsgType: "TIMCustomElem"; MsgContent: TimCustomElem }
  | { MsgType: "TIMSoundElem"; MsgContent: TimSoundElem }
  | { MsgType: "TIMImageElem"; MsgContent: HistoryImageElem }
  | { MsgType: "TIMFileElem"; MsgContent: TimFileElem }
  | { MsgType: "TIMVideoFileElem"; MsgContent: TimVideoFileElem };

/**
 * The content of an image element as history answers return it. Besides the sizes in `ImageInfoArray`, Tencent's OpenAPI description of the element gives one size's fields at content level (`Type`, `Size`, `Width`, `Height`, `URL`), which a decoder of the shape a sender gives would drop.
 *
 * A refinement of `TimImageElem`, a type of its own.
 */
export interface HistoryImageElem {
  /**
   * The type of the size given at content level. 1: original image, 2: large image, 3: thumbnail.
   */
  Type?: ImageType;
  /**
   * The size, in bytes, of the image data given at content level.
   *
   * Unit: bytes
   */
  Size?: bigint;
  /**
   * The width in pixels of the size given at content level.
   */
  Width?: bigint;
  /**
   * The height in pixels of the size given at content level.
   */
  Height?: bigint;
  /**
   * The download URL of the size given at content level.
   */
  URL?: string;
  /**
   * Unique identifier of the image, the key the client indexes the image by.
   */
  UUID: string;
  /**
   * Image format. JPG = 1, GIF = 2, PNG = 3, BMP = 4, Others = 255.
   */
  ImageFormat?: ImageFormat;
  /**
   * Download information of the original image, thumbnail and large image, when stored (the OpenAPI description does not require it).
   */
  ImageInfoArray?: Array<ImageInfo>;
}

/**
 * The request body of `GroupMsgRecall`.
 */
export interface GroupMsgRecallRequest {
  /**
   * The ID of the Group whose historical messages will be modified
   */
  GroupId: string;
  /**
   * The sequence list of messages to be recalled. Up to 10 message sequences can be contained in a request.
   *
   * Limits: 1 to 10 items.
   */
  MsgSeqList: Array<MsgSeqItem>;
  /**
   * Topic ID, which indicates message recall in the corresponding topic and applies only to topic-enabled communities.
   */
  TopicId?: string;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface GroupMsgRecallResponse {
  /**
   * Detailed results of the message recall request
   */
  RecallRetList: Array<RecallResult>;
}

/**
 * One message to recall, by its seq (an item of `MsgSeqList`).
 */
export interface MsgSeqItem {
  /**
   * The sequence of the message to be recalled.
   */
  MsgSeq: bigint;
}

/**
 * The result of recalling one message (an item of `RecallRetList`).
 */
export interface RecallResult {
  /**
   * Seq of a single recalled message
   */
  MsgSeq: bigint;
  /**
   * Recall result of a single message: 0 means success; other values mean failure
   */
  RetCode: number;
}

/**
 * The request body of `ImportGroup`.
 */
export interface ImportGroupRequest {
  /**
   * 群主 ID，自动添加到群成员中。如果不填，群没有群主
   *
   * The owner's UserID, added to the members; without it the group has no owner.
   */
  Owner_Account?: string;
  /**
   * 群组类型，包括 Public（陌生人社交群），Private（同新版本中的Work，好友工作群）， ChatRoom（同新版本中的Meeting，会议群）、Community（社群）
   *
   * The group's type; an audio-video group (AVChatRoom) is refused with 10007.
   *
   * Limits: only `"Private"` (Private) or `"Public"` (Public) or `"ChatRoom"` (ChatRoom) or `"AVChatRoom"` (AvChatRoom) or `"Community"` (Community).
   */
  Type: GroupType;
  /**
   * 为了使得群组 ID 更加简单，便于记忆传播，腾讯云支持 App 在通过 REST API 创建群组时自定义群组 ID
   *
   * A custom group ID, kept to the same rules as `CreateGroup`'s; without one the server assigns an ID.
   *
   * Limits: 1 to 48 UTF-8 bytes.
   */
  GroupId?: string;
  /**
   * 群名称，最长30字节
   *
   * The group's name, at most 30 bytes.
   *
   * Limits: at most 30 UTF-8 bytes.
   */
  Name: string;
  /**
   * 群简介，最长240字节
   *
   * The group's introduction, at most 240 bytes.
   *
   * Limits: at most 240 UTF-8 bytes.
   */
  Introduction?: string;
  /**
   * 群公告，最长300字节
   *
   * The group's notice, at most 300 bytes.
   *
   * Limits: at most 300 UTF-8 bytes.
   */
  Notification?: string;
  /**
   * 群头像 URL，最长100字节
   *
   * The URL of the group's profile photo, at most 100 bytes.
   *
   * Limits: at most 100 UTF-8 bytes.
   */
  FaceUrl?: string;
  /**
   * 最大群成员数量，最大为6000，不填默认为2000个
   *
   * The most members the group may have.
   *
   * Limits: at least 1.
   *
   * When absent: the type's default
   */
  MaxMemberCount?: number;
  /**
   * 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群），不填默认为NeedPermission（需要验证）
   *
   * How requests to join are handled; NeedPermission when not given.
   *
   * Default: "NeedPermission"
   */
  ApplyJoinOption?: ApplyJoinOption;
  /**
   * 群组维度的自定义字段，默认情况是没有的，需要开通
   *
   * The group's custom fields (none unless configured in the console).
   */
  AppDefinedData?: Array<GroupDefinedData>;
  /**
   * Group creation time (optional). If this field is not specified, the default creation time is the request time.
   *
   * When absent: the time of the request
   *
   * Unit: seconds
   */
  CreateTime?: bigint;
  /**
   * Whether the topic option is supported. Valid values: `1`: yes; `0`: no.
   *
   * For a Community group, whether it supports topics.
   *
   * Limits: between 0 and 1.
   */
  SupportTopic?: number;
}

/**
 * The response payload of `ImportGroup`.
 */
export interface ImportGroupResponse {
  /**
   * The ID of the imported group.
   */
  GroupId: string;
}

/**
 * The request body of `ImportGroupMember`.
 */
export interface ImportGroupMemberRequest {
  /**
   * ID of the target group
   */
  GroupId: string;
  /**
   * A list of the members to be added (up to 300 at a time).
   *
   * Limits: 1 to 300 items (else error `10005`).
   */
  MemberList: Array<ImportedGroupMember>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface ImportGroupMemberResponse {
  /**
   * The result of each member of the request, in the request's order.
   */
  MemberList: Array<ImportedMemberResult>;
}

/**
 * One member to import (an item of the request's `MemberList`).
 */
export interface ImportedGroupMember {
  /**
   * Group member accounts to be imported
   */
  Member_Account: string;
  /**
   * Role of the group member to be imported. Currently, only Admin is supported. If this field is not specified, the value Member (ordinary user) is used.
   *
   * When absent: Member (an ordinary member)
   */
  Role?: GroupMemberRole;
  /**
   * Time when the group member to be imported joined the group
   *
   * When absent: the time of the import
   *
   * Unit: seconds
   */
  JoinTime?: bigint;
  /**
   * Unread message count of the member; a count greater than the group's current number of messages is set to that number.
   *
   * Limits: at least 0.
   *
   * When absent: 0
   */
  UnreadMsgNum?: number;
}

/**
 * What became of one member of an import (an item of the response's `MemberList`).
 */
export interface ImportedMemberResult {
  /**
   * The member's account, as the request named it.
   */
  Member_Account: string;
  /**
   * The import result: `0` failed; `1` succeeded; `2` already a group member.
   */
  Result: ImportMemberResult;
}

/**
 * What became of one member of an import request.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type ImportMemberResult =
  | 0
  | 1
  | 2
  | (number & {});

/** The documented values of `ImportMemberResult`, by name. */
export const ImportMemberResult = {
  /** The member failed to be imported. */
  Failed: 0,
  /** The member was imported. */
  Imported: 1,
  /** The account is already a member of the group. */
  AlreadyMember: 2,
} as const;

/**
 * The request body of `ImportGroupMsg`.
 */
export interface ImportGroupMsgRequest {
  /**
   * ID of the group for which to import messages
   */
  GroupId: string;
  /**
   * 1: triggers conversation update; conversation update is not triggered by default. (This field is not supported by AVChatRoom groups.)
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  RecentContactFlag?: number;
  /**
   * List of the messages to import
   *
   * Limits: 1 to 7 items.
   */
  MsgList: Array<ImportGroupMsgItem>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface ImportGroupMsgResponse {
  /**
   * Message import result
   */
  ImportMsgResult: Array<ImportGroupMsgResult>;
}

/**
 * One message to import (an item of `MsgList`).
 */
export interface ImportGroupMsgItem {
  /**
   * Message sender
   */
  From_Account: string;
  /**
   * Message sending time
   *
   * Unit: seconds
   */
  SendTime: bigint;
  /**
   * A 32-bit random number. If the random numbers of two messages within five minutes are the same, the later message will be discarded as a repeated message.
   *
   * When absent: a number the server chooses
   */
  Random?: number;
  /**
   * TIM message. For more information, see the definition of TIMMsgElement in Message Formats.
   *
   * Limits: at least 1 items.
   */
  MsgBody: Array<TimMsgElement>;
}

/**
 * The result of importing one message (an item of `ImportMsgResult`), in the order sent.
 */
export interface ImportGroupMsgResult {
  /**
   * Result of each message: 0: the message was imported successfully. 10004: the sending time of the message is invalid. 80001: the message contains restricted words and therefore cannot be stored. 80002: the message content exceeds the limit of 8,000 bytes. Please adjust the message size.
   */
  Result: number;
  /**
   * Message timestamp
   *
   * Unit: seconds
   */
  MsgTime: bigint;
  /**
   * Message sequence number, the unique identifier of a message
   */
  MsgSeq: bigint;
}

/**
 * The request body of `ImportMsg`.
 */
export interface ImportMsgRequest {
  /**
   * `1`: real-time message import, the message is counted as unread; `2`: historical message import, the message is not counted as unread. Other values are invalid.
   *
   * Limits: between 1 and 2.
   */
  SyncFromOldSystem: number;
  /**
   * Account of the sender
   */
  From_Account: string;
  /**
   * Account of the recipient
   */
  To_Account: string;
  /**
   * Sequence number of the message (a 32-bit unsigned integer), used to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
   */
  MsgSeq?: number;
  /**
   * A random number assigned to the message (a 32-bit unsigned integer).
   */
  MsgRandom: number;
  /**
   * UNIX timestamp in seconds of the message.
   *
   * Unit: seconds
   */
  MsgTimeStamp: bigint;
  /**
   * Message body, an array of message elements. For more information, see Message Formats.
   *
   * Limits: at least 1 items.
   */
  MsgBody: Array<TimMsgElement>;
  /**
   * Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
   */
  CloudCustomData?: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface ImportMsgResponse {
}

/**
 * The request body of `ModifyGroupBaseInfo`.
 */
export interface ModifyGroupBaseInfoRequest {
  /**
   * Group whose basic profile you want to modify (required)
   */
  GroupId: string;
  /**
   * 群名称，最长30字节
   *
   * The new group name, at most 30 bytes.
   *
   * Limits: at most 30 UTF-8 bytes.
   */
  Name?: string;
  /**
   * 群简介，最长240字节
   *
   * The new introduction, at most 240 bytes.
   *
   * Limits: at most 240 UTF-8 bytes.
   */
  Introduction?: string;
  /**
   * 群公告，最长300字节
   *
   * The new notice, at most 300 bytes.
   *
   * Limits: at most 300 UTF-8 bytes.
   */
  Notification?: string;
  /**
   * 群头像 URL，最长100字节
   *
   * The new profile photo URL, at most 100 bytes.
   *
   * Limits: at most 100 UTF-8 bytes.
   */
  FaceUrl?: string;
  /**
   * 最大群成员数量；私有群、公开群和聊天室：该字段阈值请参考群组系统和计费概述中的群成员人数上限相关说明；音视频聊天室和在线成员广播大群：该字段为无效字段，无需填写
   *
   * The most members the group may have (within the plan's limits); it has no effect on an audio-video group.
   *
   * Limits: at least 1.
   */
  MaxMemberNum?: number;
  /**
   * 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群）
   *
   * How requests to join are handled from now on.
   */
  ApplyJoinOption?: ApplyJoinOption;
  /**
   * 默认情况是没有的。开通群组维度的自定义字段详情请参见自定义字段
   *
   * Custom group fields to set (none unless configured in the console); a field given replaces its value, the others stay.
   */
  AppDefinedData?: Array<GroupDefinedData>;
  /**
   * Whether to mute all members in the group ("On" or "Off").
   *
   * "On" mutes every member but the owner and admins, "Off" lifts it; the current page's name for `ShutUpAllMember`.
   */
  MuteAllMember?: MuteAllMember;
  /**
   * Mutes all members (optional). "On": enable, "Off": disable
   *
   * The earlier pages' name for `MuteAllMember`; send one of the two.
   */
  ShutUpAllMember?: MuteAllMember;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface ModifyGroupBaseInfoResponse {
}

/**
 * The request body of `ModifyGroupMemberInfo`.
 */
export interface ModifyGroupMemberInfoRequest {
  /**
   * ID of the target group.
   */
  GroupId: string;
  /**
   * Target group member.
   */
  Member_Account: string;
  /**
   * Role of the member. Admin: set as an admin. Member: cancel the admin role.
   *
   * When absent: the member's role is unchanged
   */
  Role?: GroupMemberRole;
  /**
   * Message blocking type: `AcceptAndNotify` (accept and notify), `Discard` (neither accept nor notify) or `AcceptNotNotify` (accept but do not notify).
   *
   * When absent: the member's message blocking type is unchanged
   */
  MsgFlag?: GroupMsgFlag;
  /**
   * Group name card (with a maximum length of 50 bytes).
   *
   * Limits: at most 50 UTF-8 bytes (else error `10004`).
   *
   * When absent: the member's name card is unchanged
   */
  NameCard?: string;
  /**
   * Group member custom field. By default, this field is not available and needs to be enabled in the IM console. Each item sets one field's value; fields not named keep theirs.
   *
   * When absent: no custom member field is changed
   */
  AppMemberDefinedData?: Array<AppMemberDefinedData>;
  /**
   * Muting period in seconds. `0`: unmuted.
   *
   * Limits: at least 0.
   *
   * When absent: the member's mute is unchanged
   *
   * Unit: seconds
   */
  ShutUpTime?: bigint;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface ModifyGroupMemberInfoResponse {
}

/**
 * The request body of `ModifyUserInfo`.
 */
export interface ModifyUserInfoRequest {
  /**
   * The ID of the audio-video group (AVChatRoom) whose members' marks are set or deleted.
   */
  GroupId: string;
  /**
   * 1: Mark setting; 2: Mark deletion
   */
  CommandType: CommandType;
  /**
   * List of accounts for which marks are to be set. Up to 500 accounts are supported each time, and up to 10 different marks can be set for each group. A mark is a number greater than or equal to 1,000.
   *
   * Limits: at most 500 items.
   */
  MemberList: Array<MemberMarks>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface ModifyUserInfoResponse {
  /**
   * The command of the request, echoed back (1 = mark setting, 2 = mark deletion).
   */
  CommandType: CommandType;
  /**
   * List of members whose marks are successfully set. In the case of mark setting for a batch of accounts, if certain accounts are offline, the backend does not return the offline accounts; if all accounts are offline or do not exist, the backend returns a failure result.
   */
  MemberList: Array<MemberMarks>;
}

/**
 * Whether marks are set or deleted.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type CommandType =
  | 1
  | 2
  | (number & {});

/** The documented values of `CommandType`, by name. */
export const CommandType = {
  /** Mark setting. */
  Set: 1,
  /** Mark deletion. */
  Delete: 2,
} as const;

/**
 * A group member and its marks: in the request, the marks to set or delete; in the response, the marks that were set.
 */
export interface MemberMarks {
  /**
   * The member's account (UserID).
   */
  Member_Account: string;
  /**
   * The member's marks. A mark is a number greater than or equal to 1,000; app admins may also use the special marks 500 (always online for up to three days) and 600 (hidden from the online member list unless pulled by that mark).
   *
   * Limits: each item at least 1000, or 500 or 600.
   */
  Marks: Array<bigint>;
}

/**
 * The request body of `MultiaccountImport`.
 */
export interface MultiaccountImportRequest {
  /**
   * Username list (old version of the request), each username length not exceeding 32 bytes, up to 100 usernames can be imported at a time
   *
   * Limits: 1 to 100 items (else error `70402`); each item 1 to 32 UTF-8 bytes (else error `70402`).
   */
  Accounts?: Array<string>;
  /**
   * List of users to be imported (new version of the request), up to 100 users can be imported at a time
   *
   * Limits: 1 to 100 items (else error `70402`).
   */
  AccountList?: Array<ImportedAccount>;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface MultiaccountImportResponse {
  /**
   * List of failed account
   */
  FailAccounts?: Array<string>;
}

/**
 * One user to import (an item of `AccountList`).
 */
export interface ImportedAccount {
  /**
   * Username, which is a string of up to 32 bytes in length
   *
   * Limits: 1 to 32 UTF-8 bytes (else error `70402`).
   */
  UserID: string;
  /**
   * User nickname
   *
   * Limits: at most 500 UTF-8 bytes (else error `40601`).
   */
  Nick?: string;
  /**
   * URL of the user's profile photo
   *
   * Limits: at most 500 UTF-8 bytes (else error `40601`).
   */
  FaceUrl?: string;
}

/**
 * The request body of `SendGroupMsg`.
 */
export interface SendGroupMsgRequest {
  /**
   * ID of the group to which the message will be sent.
   */
  GroupId: string;
  /**
   * A 32-bit unsigned integer. If the random numbers of two messages within five minutes are the same, the later message will be discarded as a repeated message.
   */
  Random: number;
  /**
   * Message priority. There are three priority options in descending order: `High`, `Normal` and `Low`. They are case-sensitive.
   *
   * Default: "Normal"
   */
  MsgPriority?: MsgPriority;
  /**
   * Message body, which consists of an element array. For more information, see Message Formats.
   *
   * Limits: at least 1 items.
   */
  MsgBody: Array<TimMsgElement>;
  /**
   * Message source account. If this field is not specified, the message sender is the app admin account used to call the API. Alternatively, apps can specify the message sender in this field to implement some special features. Note that if this field is specified, you must ensure that the account in this field exists.
   *
   * When absent: the app admin calling the API is the sender
   */
  From_Account?: string;
  /**
   * Information of offline push. For more information, see Message Formats.
   */
  OfflinePushInfo?: OfflinePushInfo;
  /**
   * Message callback forbidding option, valid only for a single message. `ForbidBeforeSendMsgCallback`: callback before sending the message is forbidden; `ForbidAfterSendMsgCallback`: callback after sending the message is forbidden.
   *
   * When absent: callbacks are initiated
   */
  ForbidCallbackControl?: Array<CallbackControl>;
  /**
   * `1`: send to online members only; `0` (default value): send to all members. This field is not valid for audio-video groups (AVChatRoom).
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  OnlineOnlyFlag?: number;
  /**
   * Message sending permission, only valid for the current message. `NoLastMsg`: do not trigger conversation update; `NoUnread`: do not include the message in the unread count. Not allowed when `OnlineOnlyFlag` is 1, and not available for AVChatRoom.
   */
  SendMsgControl?: Array<SendMsgControl>;
  /**
   * Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
   */
  CloudCustomData?: string;
  /**
   * The members @-mentioned in the message. The target @ users set in the `GroupAtInfo` field have a one-to-one and sequential correspondence to the target @ users in the message body.
   */
  GroupAtInfo?: Array<GroupAtInfo>;
  /**
   * Whether the message supports message extensions (0 no, 1 yes).
   *
   * Limits: between 0 and 1.
   */
  SupportMessageExtension?: number;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface SendGroupMsgResponse {
  /**
   * Message sending timestamp, corresponding to the backend server time.
   *
   * Unit: seconds
   */
  MsgTime: bigint;
  /**
   * Message sequence number, the unique identifier of a message.
   */
  MsgSeq: bigint;
}

/**
 * A message's priority.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type MsgPriority =
  | "High"
  | "Normal"
  | "Low"
  | (string & {});

/** The documented values of `MsgPriority`, by name. */
export const MsgPriority = {
  /** The highest priority. */
  High: "High",
  /** The default priority. */
  Normal: "Normal",
  /** The lowest priority. */
  Low: "Low",
} as const;

/**
 * A callback not to initiate for this message.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type CallbackControl =
  | "ForbidBeforeSendMsgCallback"
  | "ForbidAfterSendMsgCallback"
  | (string & {});

/** The documented values of `CallbackControl`, by name. */
export const CallbackControl = {
  /** The callback before sending the message is forbidden. */
  ForbidBeforeSendMsgCallback: "ForbidBeforeSendMsgCallback",
  /** The callback after sending the message is forbidden. */
  ForbidAfterSendMsgCallback: "ForbidAfterSendMsgCallback",
} as const;

/**
 * How this message is counted by the receivers' clients.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type SendMsgControl =
  | "NoLastMsg"
  | "NoUnread"
  | (string & {});

/** The documented values of `SendMsgControl`, by name. */
export const SendMsgControl = {
  /** Do not trigger conversation update. */
  NoLastMsg: "NoLastMsg",
  /** Do not include the message in the unread count. */
  NoUnread: "NoUnread",
} as const;

/**
 * One @-mention in a group message.
 */
export interface GroupAtInfo {
  /**
   * `1`: @ all; `0`: @ a certain group member.
   *
   * Limits: between 0 and 1.
   */
  GroupAtAllFlag: number;
  /**
   * The group member @-mentioned, when `GroupAtAllFlag` is 0.
   */
  GroupAt_Account?: string;
}

/**
 * Settings of the message's offline push, for APNs and the push services of Android vendors (Mi, Huawei, Meizu, OPPO, vivo). When given, the offline push settings in a `TIMCustomElem` are ignored. APNs packets hold at most 4 KB, so `Desc` and `Ext` together should not exceed 3 KB.
 */
export interface OfflinePushInfo {
  /**
   * 0: enable push, 1: disable offline push.
   *
   * Limits: between 0 and 1.
   */
  PushFlag?: number;
  /**
   * Offline push title. This field is applicable to both iOS and Android.
   */
  Title?: string;
  /**
   * The offline push content. It overwrites the offline push text of the message's elements, and the `Desc` of a message's only `TIMCustomElem`. Without either, the message gets no offline push notification.
   */
  Desc?: string;
  /**
   * Passthrough content of offline push. To make sure the offline push of all Android vendors are attainable, this field must be in JSON format.
   */
  Ext?: string;
  /**
   * Android settings.
   */
  AndroidInfo?: AndroidPushInfo;
  /**
   * APNs settings.
   */
  ApnsInfo?: ApnsPushInfo;
}

/**
 * The Android part of `OfflinePushInfo` (`AndroidInfo`).
 */
export interface AndroidPushInfo {
  /**
   * Path to the offline push sound file in Android.
   */
  Sound?: string;
  /**
   * Notification channel field for Huawei phones with EMUI 10.0 or later; when not empty it overrides the ChannelID configured in the console.
   */
  HuaWeiChannelID?: string;
  /**
   * Notification type (Channel) field for Mi phones with MIUI 10 or later; when not empty it overrides the ChannelID configured in the console.
   */
  XiaoMiChannelID?: string;
  /**
   * NotificationChannel field for OPPO phones with Android 8.0 or later; when not empty it overrides the ChannelID configured in the console.
   */
  OPPOChannelID?: string;
  /**
   * Notification channel field for Google phones with Android 8.0 or later (new Google push API only).
   */
  GoogleChannelID?: string;
  /**
   * Push message classification for vivo phones: 0 operation message, 1 system message.
   *
   * Limits: between 0 and 1.
   *
   * Default: 1
   */
  VIVOClassification?: number;
  /**
   * Push notification message classification for Huawei phones: LOW or NORMAL.
   *
   * Default: "NORMAL"
   */
  HuaWeiImportance?: string;
  /**
   * With Huawei Push set to open a specified in-app page: 1 uses `Ext` as the Intent parameter, 0 as the Action parameter.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  ExtAsHuaweiIntentParam?: number;
  /**
   * Message type identifier for Huawei phones; when not empty it overrides the category configured in the console.
   */
  HuaWeiCategory?: string;
}

/**
 * The APNs part of `OfflinePushInfo` (`ApnsInfo`).
 */
export interface ApnsPushInfo {
  /**
   * The APNs push sound file.
   */
  Sound?: string;
  /**
   * 0 (the default) counts the message; 1 does not, so the number on the app icon does not increase.
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  BadgeMode?: number;
  /**
   * Title of an APNs push message; it replaces the top-level title.
   */
  Title?: string;
  /**
   * Subtitle of an APNs push message.
   */
  SubTitle?: string;
  /**
   * Image URL carried by APNs, shown by the client in a pop-up window.
   */
  Image?: string;
  /**
   * 1: enable the push extension of iOS 10 or later; 0 (default value).
   *
   * Limits: between 0 and 1.
   *
   * Default: 0
   */
  MutableContent?: number;
}

/**
 * The request body of `SendGroupSystemNotification`.
 */
export interface SendGroupSystemNotificationRequest {
  /**
   * ID of the group to which the notification will be sent
   */
  GroupId: string;
  /**
   * List of recipients. Up to 500 recipient UserIDs are supported. You can leave this field empty to send the notification to all members.
   *
   * Limits: at most 500 items.
   *
   * When absent: every member of the group
   */
  ToMembers_Account?: Array<string>;
  /**
   * Content of the notification
   */
  Content: string;
  /**
   * ID of the topic where system notices are sent. This field applies only to topic-enabled community groups.
   */
  TopicId?: string;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface SendGroupSystemNotificationResponse {
}

/**
 * The request body of `SendMsg`.
 */
export interface SendMsgRequest {
  /**
   * `1`: synchronize the message to `From_Account`'s online terminals and roaming; `2`: do not synchronize the message to `From_Account`. When it is left out, the message is stored in `From_Account`'s roaming.
   *
   * Limits: between 1 and 2.
   */
  SyncOtherMachine?: number;
  /**
   * UserID of the message sender (the account the admin sends as). When it is left out, the sender is the app admin calling the API.
   *
   * When absent: the app admin calling the API is the sender
   */
  From_Account?: string;
  /**
   * UserID of the message recipient.
   */
  To_Account: string;
  /**
   * Offline storage period of the message, in seconds; at most 7 days (604800 seconds). `0`: the message is sent to online users only, and not stored offline or for roaming. When it is left out, the message is kept for 7 days.
   *
   * Limits: between 0 and 604800 (else error `90026`).
   *
   * Unit: seconds
   */
  MsgLifeTime?: bigint;
  /**
   * Message sequence number (a 32-bit unsigned integer), used by the backend to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
   */
  MsgSeq?: number;
  /**
   * Message random number (a 32-bit unsigned integer), used by the backend to deduplicate messages of the same second. Make sure the value is random.
   */
  MsgRandom: number;
  /**
   * Message timestamp, a Unix timestamp in seconds.
   *
   * Unit: seconds
   */
  MsgTimeStamp?: bigint;
  /**
   * Message callback forbidding option, valid only for this message. `ForbidBeforeSendMsgCallback`: no callback before sending the message; `ForbidAfterSendMsgCallback`: no callback after sending the message.
   *
   * When absent: callbacks are initiated
   */
  ForbidCallbackControl?: Array<CallbackControl>;
  /**
   * Message sending control options, valid only for this message. `NoUnread`: the message is not counted as unread; `NoLastMsg`: the message does not update the conversation list; `WithMuteNotifications`: the recipient's do-not-disturb setting for the sender applies (by default it does not).
   */
  SendMsgControl?: Array<C2cSendMsgControl>;
  /**
   * Message body, which consists of an element array (a message can hold several elements). For more information, see Message Formats.
   *
   * Limits: at least 1 items.
   */
  MsgBody: Array<TimMsgElement>;
  /**
   * Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
   */
  CloudCustomData?: string;
  /**
   * Whether the message supports message extensions (0 no, 1 yes).
   *
   * Limits: between 0 and 1.
   */
  SupportMessageExtension?: number;
  /**
   * Offline push information. For more information, see Message Formats.
   */
  OfflinePushInfo?: OfflinePushInfo;
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface SendMsgResponse {
  /**
   * Message timestamp, a Unix timestamp in seconds.
   *
   * Unit: seconds
   */
  MsgTime: bigint;
  /**
   * Unique identifier of the message, used to recall it (`AdminMsgWithdraw`) and to page history (`AdminGetRoamMsg`).
   */
  MsgKey: string;
}

/**
 * How a one-to-one message is counted and notified by the recipient's clients.
 *
 * Open: a value the spec does not list is still accepted in a response.
 */
export type C2cSendMsgControl =
  | "NoUnread"
  | "NoLastMsg"
  | "WithMuteNotifications"
  | (string & {});

/** The documented values of `C2cSendMsgControl`, by name. */
export const C2cSendMsgControl = {
  /** Do not include the message in the unread count. */
  NoUnread: "NoUnread",
  /** Do not update the conversation list. */
  NoLastMsg: "NoLastMsg",
  /** The recipient's do-not-disturb setting for the sender applies. */
  WithMuteNotifications: "WithMuteNotifications",
} as const;

/**
 * The request body of `SetUnreadMsgNum`.
 */
export interface SetUnreadMsgNumRequest {
  /**
   * ID of the target group
   */
  GroupId: string;
  /**
   * Target group member
   */
  Member_Account: string;
  /**
   * Unread message count of the target member
   *
   * Limits: at least 0.
   */
  UnreadMsgNum: bigint;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface SetUnreadMsgNumResponse {
}

/**
 * The request body of `UnbanGroupMember`.
 */
export interface UnbanGroupMemberRequest {
  /**
   * ID of the group whose members are to be unbanned
   */
  GroupId: string;
  /**
   * Account IDs of the members to be unbanned. Up to 20 account IDs are supported per request.
   *
   * Limits: 1 to 20 items (else error `10005`).
   */
  Members_Account: Array<string>;
}

/**
 * The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
 */
export interface UnbanGroupMemberResponse {
}

/**
 * Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on
 * success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always
 * 200 unless a network error occurs (for example 502); the real error is carried in
 * `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999.
 *
 * The response body of every operation, with its payload as `T`.
 */
export type Envelope<T> = {
  /**
   * Request result. OK: successful; FAIL: failed.
   */
  ActionStatus: ActionStatus;
  /**
   * Error code. 0: successful; other values: failed.
   */
  ErrorCode: bigint;
  /**
   * Error information.
   */
  ErrorInfo: string;
  /**
   * A displayable error message, returned by some APIs. Not part of the overview's envelope.
   */
  ErrorDisplay?: string;
  /**
   * The request's unique ID, returned by newer APIs.
   */
  RequestId?: string;
} & T;
