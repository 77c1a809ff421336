// @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (client.ts.j2). Do not edit by hand.
//
// The client of Volcengine RTC instant messaging (IM) OpenAPI, its validators, and the schema they read.

import { call, Credentials, HttpOptions, pages, Schema, Signing, validate, Violation } from "../runtime";
import type * as t from "./types";

/** The shapes and limits of every type, which the validators and the decoder read. */
export const SCHEMA: Schema = {"types":{"AddBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["BlackListInfos",["list",{"ref":"BlackListUserInfo"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddBlackListResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["FriendUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["Ext",["map","string"],false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"AddFriendResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationParticipantResponse":{"at_least_one_of":[],"fields":[["Participants",["list",{"ref":"Participant"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetUserRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"max_items":50,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetUserResponse":{"at_least_one_of":[],"fields":[["Users",["list",{"ref":"UserInfo"}],true,{}],["NotFoundUsers",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateLiveParticipantsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantInfos",["list",{"ref":"ParticipantInfo"}],true,{"max_items":10}],["MarkAction",{"ref":"MarkAction"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateLiveParticipantsResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Users",["list",{"ref":"UpdateUserInfo"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserTagsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"min_items":1}],["Tags",["list","string"],true,{}],["Op",{"ref":"TagOp"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateUserTagsResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BlackListDetail":{"at_least_one_of":[],"fields":[["BlackListUserId","i64",true,{}],["BlackListUserExt",["map","string"],false,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}],["FriendUserInfo",{"ref":"FriendDetail"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BlackListUserInfo":{"at_least_one_of":[],"fields":[["BlackListUserId","i64",true,{}],["BlackListUserExt",["map","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BlackListUserUpdate":{"at_least_one_of":[],"fields":[["BlackListUserId","i64",true,{}],["BlackListUserExt",["map","string"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationCoreInfo":{"at_least_one_of":[],"fields":[["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["ConversationType",{"ref":"ConversationType"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationDataType":{"allowed":["0 (Cache)","1 (Database)","2 (CreatedLiveGroups)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2]},"ConversationInfo":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ConversationId","string",true,{}],["AppId","i32",true,{}],["InboxType","i32",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["OwnerUserId","i64",true,{}],["CreatorUserId","i64",true,{}],["Notice","string",false,{}],["Status",{"ref":"ConversationStatus"},false,{}],["Ext",["map","string"],false,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}],["ConversationType",{"ref":"ConversationType"},true,{}],["MemberCount","i64",false,{}],["OnlineCount","i64",false,{}],["OtherUserId","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationSettingInfo":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["IsMute","bool",false,{}],["IsStickTop","bool",false,{}],["StickTopTime","i64",false,{}],["IsSetFavorite","bool",false,{}],["SetFavoriteTime","i64",false,{}],["Ext",["map","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationStatus":{"allowed":["0 (Normal)","1 (Dissolved)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"ConversationType":{"allowed":["1 (OneToOne)","2 (Group)","100 (LiveGroup)"],"kind":"enum","open":false,"repr":"i32","values":[1,2,100]},"CreateConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["InboxType","i32",false,{}],["ConversationCoreInfo",{"ref":"ConversationCoreInfo"},true,{}],["OwnerUserId","i64",true,{}],["OtherUserId","i64",false,{}],["IdempotentId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[[["OtherUserId"],["ConversationCoreInfo","ConversationType"],1,"ConversationCoreInfo.ConversationType is 1","CreateSingleConversationNeedOtherParticipantId"]]},"CreateConversationResponse":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ConversationInfo",{"ref":"NewConversationInfo"},true,{}],["Exist","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["DeleteUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DeleteFriendResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"FailedInfo":{"at_least_one_of":[],"fields":[["UserId","i64",true,{}],["UserIdStr","string",false,{}],["Code","string",true,{}],["Message","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"FriendDetail":{"at_least_one_of":[],"fields":[["FriendUserId","i64",true,{}],["Alias","string",true,{}],["Ext",["map","string"],false,{}],["ApplyTime","i64",true,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"FriendInfo":{"at_least_one_of":[[[["Ext"],["Alias"]],null]],"fields":[["FriendUserId","i64",true,{}],["Ext",["map","string"],false,{}],["Alias","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}],["NeedTotal","bool",false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetBlackListResponse":{"at_least_one_of":[],"fields":[["BlackListInfos",["list",{"ref":"BlackListDetail"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}],["TotalCount","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetUserConversationsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ParticipantUserId","i64",true,{}],["DataType",{"ref":"ConversationDataType"},false,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}],["SkipMemberCount","bool",false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetUserConversationsResponse":{"at_least_one_of":[],"fields":[["ConversationInfos",["list",{"ref":"ConversationInfo"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsFriendInfo":{"at_least_one_of":[],"fields":[["FriendUserId","i64",true,{}],["IsFriend","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["FriendUserIds",["list","i64"],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsFriendResponse":{"at_least_one_of":[],"fields":[["Infos",["list",{"ref":"IsFriendInfo"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsInBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["BlackListUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsInBlackListResponse":{"at_least_one_of":[],"fields":[["IsInBlackListInfos",["map","bool"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ListFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["Cursor","i64",false,{}],["Limit","i64",false,{"maximum":20,"minimum":1}],["NeedTotal","bool",false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ListFriendResponse":{"at_least_one_of":[],"fields":[["FriendInfos",["list",{"ref":"FriendDetail"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}],["TotalCount","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MarkAction":{"allowed":["1 (Add)","2 (Delete)"],"kind":"enum","open":false,"repr":"i32","values":[1,2]},"MessagePriority":{"allowed":["0 (Low)","1 (Normal)","2 (High)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2]},"ModifyConversationSettingRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationSettingInfo",{"ref":"ConversationSettingInfo"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyConversationSettingResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["Ext",["map","string"],false,{}],["Content","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyMessageResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"NewConversationInfo":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ConversationType",{"ref":"ConversationType"},true,{"allowed":["1 (OneToOne)","2 (Group)"],"values":[1,2]}],["InboxType","i32",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["OwnerUserId","i64",false,{}],["CreatorUserId","i64",false,{}],["OtherUserId","i64",false,{}],["CreateTime","i64",false,{}],["ModifyTime","i64",false,{}],["MemberCount","i64",false,{}],["OnlineCount","i64",false,{}],["Status",{"ref":"ConversationStatus"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"OnlineConnection":{"at_least_one_of":[],"fields":[["ConnId","string",true,{}],["UserId","i64",true,{}],["DeviceId","i64",true,{}],["ClientVersion","i64",true,{}],["Platform","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"Participant":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["Operator","i64",true,{}],["Role",{"ref":"ParticipantRole"},true,{}],["BlockTime","i64",false,{}],["CreateTime","i64",false,{}],["Ext",["map","string"],false,{}],["Level","i32",false,{}],["NickName","string",false,{}],["Status",{"ref":"ParticipantStatus"},false,{}],["AvatarUrl","string",false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantInfo":{"at_least_one_of":[[[["AvatarUrl"],["NickName"],["Ext"]],null]],"fields":[["UserId","i64",true,{}],["UserIdStr","string",false,{}],["AvatarUrl","string",false,{}],["NickName","string",false,{}],["Ext",["map","string"],false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantRole":{"allowed":["0 (Member)","1 (Owner)","2 (Manager)"],"kind":"enum","open":false,"repr":"i64","values":[0,1,2]},"ParticipantStatus":{"allowed":["0 (Normal)","1 (Left)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"QueryOnlineStatusRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"max_items":100,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"QueryOnlineStatusResponse":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["QueryOnlineResults",["map",["list",{"ref":"OnlineConnection"}]],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RefMsgInfo":{"at_least_one_of":[],"fields":[["ReferencedMessageId","i64",true,{}],["Hint","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RegisterUserInfo":{"at_least_one_of":[],"fields":[["UserId","i64",true,{}],["NickName","string",false,{"length_unit":"bytes","max_length":100}],["Portrait","string",false,{"length_unit":"bytes","max_length":500}],["Ext",["map","string"],false,{}],["Tags",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RegisterUsersRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Users",["list",{"ref":"RegisterUserInfo"}],true,{"max_items":20,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RegisterUsersResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RemoveBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["BlackListUserIds",["list","i64"],true,{"max_items":10,"min_items":1}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RemoveBlackListResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ResponseError":{"at_least_one_of":[],"fields":[["CodeN","u32",false,{}],["Code","string",true,{}],["Message","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ResponseMetadata":{"at_least_one_of":[],"fields":[["RequestId","string",true,{}],["Action","string",true,{}],["Version","string",true,{}],["Service","string",true,{}],["Region","string",true,{}],["Error",{"ref":"ResponseError"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ScanConversationParticipantListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":50,"minimum":1}],["Reverse","bool",false,{}],["OnlyUserIds","bool",false,{}],["ScanOnlineParticipant","bool",false,{}],["MarkType","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ScanConversationParticipantListResponse":{"at_least_one_of":[],"fields":[["Participants",["list",{"ref":"Participant"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Sender","i64",true,{}],["ConversationShortId","i64",true,{}],["MsgType","i32",true,{}],["Content","string",true,{}],["MentionedUsers",["list","i64"],false,{}],["VisibleUsers",["list","i64"],false,{}],["InvisibleUsers",["list","i64"],false,{}],["Ext",["map","string"],false,{}],["ClientMsgId","string",false,{}],["CreateTime","i64",false,{}],["Priority",{"ref":"MessagePriority"},false,{}],["RefMsgInfo",{"ref":"RefMsgInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMessageResponse":{"at_least_one_of":[],"fields":[["MessageId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"TagOp":{"allowed":["0 (Upsert)","1 (Delete)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"UnRegisterUsersRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserIds",["list","i64"],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UnRegisterUsersResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateBlackListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["BlackListInfos",["list",{"ref":"BlackListUserUpdate"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateBlackListResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateFriendRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["InboxType","i32",false,{}],["FriendInfos",["list",{"ref":"FriendInfo"}],true,{"max_items":10,"min_items":1}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateFriendResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UpdateUserInfo":{"at_least_one_of":[],"fields":[["UserId","i64",true,{}],["NickName","string",true,{}],["Portrait","string",true,{}],["Ext",["map","string"],true,{}],["Tags",["list","string"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserInfo":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["UserId","i64",true,{}],["NickName","string",true,{}],["Portrait","string",true,{}],["Ext",["map","string"],true,{}],["Tags",["list","string"],false,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]}},"envelope":{"fields":[["ResponseMetadata",{"ref":"ResponseMetadata"},true,{}]],"payload":"Result","roles":{"code":["ResponseMetadata","Error","Code"],"message":["ResponseMetadata","Error","Message"],"number":["ResponseMetadata","Error","CodeN"],"request_id":["ResponseMetadata","RequestId"],"status":null}}} as Schema;

/** The endpoints, by region; `cn-north-1` is the default. */
export const ENDPOINTS = {
  "cn-north-1": { host: "rtc.volcengineapi.com", signingRegion: "cn-north-1" },
  "ap-southeast-1": { host: "open-ap-singapore-1.volcengineapi.com", signingRegion: "ap-southeast-1" },
} as const;

/** How requests are signed: the `volcengine-v4` scheme. */
export const SIGNING = {"scheme":"volcengine-v4","service":"rtc","per_region":true} as const satisfies Signing;

/** How to reach the service and as whom. */
export interface ClientOptions extends Partial<HttpOptions> {
  /** The credentials requests are signed with. */
  credentials: Credentials[typeof SIGNING.scheme];
  /** The region a signature names; the default endpoint's by default (`cn-north-1`). */
  region?: string;
}

/**
 * Volcengine RTC instant messaging (IM) OpenAPI
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
      baseUrl: options.baseUrl ?? "https://rtc.volcengineapi.com",
      region: options.region ?? "cn-north-1",
    };
  }

  /**
   * 你可以使用此接口添加黑名单用户。
   *
   * Adds up to 10 users, each with its own extension fields, to a user's black list. Users that could not be added come back in `FailedInfos`.
   *
   * `POST /?Action=AddBlackList&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1152119
   */
  async addBlackList(request: t.AddBlackListRequest): Promise<t.AddBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"AddBlackList"},{"name":"Version","value":"2020-12-01"}], request: "AddBlackListRequest", response: "AddBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口添加好友。
   *
   * Makes up to 10 users friends of a user, with the same extension fields for each friendship. Friends that could not be added come back in `FailedInfos`.
   *
   * `POST /?Action=AddFriend&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async addFriend(request: t.AddFriendRequest): Promise<t.AddFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"AddFriend"},{"name":"Version","value":"2020-12-01"}], request: "AddFriendRequest", response: "AddFriendResponse" }, request);
  }

  /**
   * 你可以使用此接口批量查询会话成员的详细信息。
   *
   * Looks up the details of several members of one conversation, given the `AppId`, the conversation ID and the members' UserIds.
   *
   * `POST /?Action=BatchGetConversationParticipant&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336992
   */
  async batchGetConversationParticipant(request: t.BatchGetConversationParticipantRequest): Promise<t.BatchGetConversationParticipantResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetConversationParticipant"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetConversationParticipantRequest", response: "BatchGetConversationParticipantResponse" }, request);
  }

  /**
   * 你可以使用此接口批量查询用户资料。
   *
   * Reads the profiles of up to 50 users of an app; users not registered (or unregistered) are listed in `NotFoundUsers`.
   *
   * `POST /?Action=BatchGetUser&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchGetUser(request: t.BatchGetUserRequest): Promise<t.BatchGetUserResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetUser"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetUserRequest", response: "BatchGetUserResponse" }, request);
  }

  /**
   * 你可以使用此接口更新直播群成员资料。
   *
   * Updates the profiles (avatar, nickname, extension fields) and marks of up to 10 members of a live group. Only live groups support this interface; members that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=BatchUpdateLiveParticipants&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1162951
   */
  async batchUpdateLiveParticipants(request: t.BatchUpdateLiveParticipantsRequest): Promise<t.BatchUpdateLiveParticipantsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchUpdateLiveParticipants"},{"name":"Version","value":"2020-12-01"}], request: "BatchUpdateLiveParticipantsRequest", response: "BatchUpdateLiveParticipantsResponse" }, request);
  }

  /**
   * 你可以使用此接口批量更新用户资料。
   *
   * Replaces the profiles (nickname, portrait, extension fields, tags) of up to 10 registered users. Users that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=BatchUpdateUser&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchUpdateUser(request: t.BatchUpdateUserRequest): Promise<t.BatchUpdateUserResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchUpdateUser"},{"name":"Version","value":"2020-12-01"}], request: "BatchUpdateUserRequest", response: "BatchUpdateUserResponse" }, request);
  }

  /**
   * 你可以使用此接口批量更新用户标签。
   *
   * Adds tags to, or deletes tags from, several registered users. Users that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=BatchUpdateUserTags&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async batchUpdateUserTags(request: t.BatchUpdateUserTagsRequest): Promise<t.BatchUpdateUserTagsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchUpdateUserTags"},{"name":"Version","value":"2020-12-01"}], request: "BatchUpdateUserTagsRequest", response: "BatchUpdateUserTagsResponse" }, request);
  }

  /**
   * 你可以使用此接口创建会话。
   *
   * Creates a conversation (one-to-one, group or live group) given the `AppId`, its owner and its details. `IdempotentId` makes creation idempotent: a second call with the same id creates nothing and answers the existing conversation with `Exist` true. Without it, a one-to-one conversation is keyed by its two members' UserIds (so two users have one such conversation), and a group by a fresh random id (so every call creates one).
   *
   * `POST /?Action=CreateConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337013
   */
  async createConversation(request: t.CreateConversationRequest): Promise<t.CreateConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"CreateConversation"},{"name":"Version","value":"2020-12-01"}], request: "CreateConversationRequest", response: "CreateConversationResponse" }, request);
  }

  /**
   * 你可以使用此接口删除好友。
   *
   * Ends up to 10 of a user's friendships. Friends that could not be deleted come back in `FailedInfos`.
   *
   * `POST /?Action=DeleteFriend&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async deleteFriend(request: t.DeleteFriendRequest): Promise<t.DeleteFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"DeleteFriend"},{"name":"Version","value":"2020-12-01"}], request: "DeleteFriendRequest", response: "DeleteFriendResponse" }, request);
  }

  /**
   * 你可以使用此接口查询黑名单。
   *
   * Lists a user's black list, the most recently added first, a page at a time: start at `Cursor` 0 (the last user added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=GetBlackList&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async getBlackList(request: t.GetBlackListRequest): Promise<t.GetBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetBlackList"},{"name":"Version","value":"2020-12-01"}], request: "GetBlackListRequest", response: "GetBlackListResponse" }, request);
  }

  /**
   * Every page of `GetBlackList` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getBlackListPages(request: t.GetBlackListRequest): AsyncGenerator<t.GetBlackListResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"BlackListInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}], request, (r) => this.getBlackList(r));
  }

  /**
   * 你可以使用此接口查询某个成员拥有的会话。
   *
   * Lists the conversations a user belongs to, a page at a time: give the `AppId`, the user's ID, where to start (`Cursor`) and how many (`Limit`, at most 20); send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=GetUserConversations&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337049
   */
  async getUserConversations(request: t.GetUserConversationsRequest): Promise<t.GetUserConversationsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetUserConversations"},{"name":"Version","value":"2020-12-01"}], request: "GetUserConversationsRequest", response: "GetUserConversationsResponse" }, request);
  }

  /**
   * Every page of `GetUserConversations` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  getUserConversationsPages(request: t.GetUserConversationsRequest): AsyncGenerator<t.GetUserConversationsResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"ConversationInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}], request, (r) => this.getUserConversations(r));
  }

  /**
   * 你可以使用此接口校验两个用户之间的好友关系。
   *
   * Tells whether each of up to 10 users is a friend of a user.
   *
   * `POST /?Action=IsFriend&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1125754
   */
  async isFriend(request: t.IsFriendRequest): Promise<t.IsFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"IsFriend"},{"name":"Version","value":"2020-12-01"}], request: "IsFriendRequest", response: "IsFriendResponse" }, request);
  }

  /**
   * 你可以使用此接口校验用户是否在黑名单中。
   *
   * Tells whether each of up to 10 users is in a user's black list.
   *
   * `POST /?Action=IsInBlackList&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async isInBlackList(request: t.IsInBlackListRequest): Promise<t.IsInBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"IsInBlackList"},{"name":"Version","value":"2020-12-01"}], request: "IsInBlackListRequest", response: "IsInBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口查询好友列表。
   *
   * Lists a user's friends in the order they were added, a page at a time: start at `Cursor` 0 (the first friend added), at most 20 per page, and send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=ListFriend&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async listFriend(request: t.ListFriendRequest): Promise<t.ListFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ListFriend"},{"name":"Version","value":"2020-12-01"}], request: "ListFriendRequest", response: "ListFriendResponse" }, request);
  }

  /**
   * Every page of `ListFriend` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  listFriendPages(request: t.ListFriendRequest): AsyncGenerator<t.ListFriendResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"FriendInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}], request, (r) => this.listFriend(r));
  }

  /**
   * 你可以使用此接口修改会话成员对会话的设置。
   *
   * Modifies one member's settings for a conversation (do-not-disturb, pin time, favourite time, extension fields), identified by `AppId`, conversation ID and the member's UserId.
   *
   * `POST /?Action=ModifyConversationSetting&Version=2020-12-01`; at most 50 calls per second.
   */
  async modifyConversationSetting(request: t.ModifyConversationSettingRequest): Promise<t.ModifyConversationSettingResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyConversationSetting"},{"name":"Version","value":"2020-12-01"}], request: "ModifyConversationSettingRequest", response: "ModifyConversationSettingResponse" }, request);
  }

  /**
   * 你可以使用此接口修改消息扩展字段。
   *
   * Modifies a message's extension fields (and optionally its content). Expired messages cannot be modified.
   *
   * `POST /?Action=ModifyMessage&Version=2020-12-01`; at most 50 calls per second.
   */
  async modifyMessage(request: t.ModifyMessageRequest): Promise<t.ModifyMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyMessage"},{"name":"Version","value":"2020-12-01"}], request: "ModifyMessageRequest", response: "ModifyMessageResponse" }, request);
  }

  /**
   * 你可以使用此接口查询用户在线状态。
   *
   * Reads the connections of up to 100 users: for each user that is online, the connections it has (device, platform, client version).
   *
   * `POST /?Action=QueryOnlineStatus&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async queryOnlineStatus(request: t.QueryOnlineStatusRequest): Promise<t.QueryOnlineStatusResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"QueryOnlineStatus"},{"name":"Version","value":"2020-12-01"}], request: "QueryOnlineStatusRequest", response: "QueryOnlineStatusResponse" }, request);
  }

  /**
   * 你可以使用此接口注册用户。
   *
   * Registers up to 20 users of an app, each with an optional nickname, portrait, extension fields and tags (used for tag broadcasts). Users that could not be registered come back in `FailedInfos`; the others are registered.
   *
   * `POST /?Action=RegisterUsers&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async registerUsers(request: t.RegisterUsersRequest): Promise<t.RegisterUsersResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"RegisterUsers"},{"name":"Version","value":"2020-12-01"}], request: "RegisterUsersRequest", response: "RegisterUsersResponse" }, request);
  }

  /**
   * 你可以使用此接口移出黑名单用户。
   *
   * Removes up to 10 users from a user's black list.
   *
   * `POST /?Action=RemoveBlackList&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async removeBlackList(request: t.RemoveBlackListRequest): Promise<t.RemoveBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"RemoveBlackList"},{"name":"Version","value":"2020-12-01"}], request: "RemoveBlackListRequest", response: "RemoveBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口分批扫描群中成员的详细信息。
   *
   * Scans the members of a group a batch at a time: give the `AppId`, the conversation, where to start (`Cursor`) and how many (`Limit`): at most 50 when only UserIds are asked for (`OnlyUserIds`), otherwise at most 20. Send the answer's `NextCursor` back as `Cursor` while `HasMore` is true.
   *
   * `POST /?Action=ScanConversationParticipantList&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `group`, `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/336993
   */
  async scanConversationParticipantList(request: t.ScanConversationParticipantListRequest): Promise<t.ScanConversationParticipantListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ScanConversationParticipantList"},{"name":"Version","value":"2020-12-01"}], request: "ScanConversationParticipantListRequest", response: "ScanConversationParticipantListResponse" }, request);
  }

  /**
   * Every page of `ScanConversationParticipantList` from `request` on, each fetched when the previous one has
   * been taken, until the answer says it was the last. A failed call throws; a page that cannot
   * be walked on (its next position does not move on, or a paging field holds what the document
   * does not allow for) is yielded, then a `PagingError` is thrown.
   */
  scanConversationParticipantListPages(request: t.ScanConversationParticipantListRequest): AsyncGenerator<t.ScanConversationParticipantListResponse, void, undefined> {
    return pages([{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}], request, (r) => this.scanConversationParticipantList(r));
  }

  /**
   * 你可以使用此接口发送消息。
   *
   * Sends a message to a conversation, from a sender, with a message type and content in the client message format. In a live group, low and normal priority messages share 30 messages a second and high priority messages have 10: excess messages are discarded by the server (high priority ones are not guaranteed to arrive), while the call still succeeds.
   *
   * `POST /?Action=SendMessage&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async sendMessage(request: t.SendMessageRequest): Promise<t.SendMessageResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"SendMessage"},{"name":"Version","value":"2020-12-01"}], request: "SendMessageRequest", response: "SendMessageResponse" }, request);
  }

  /**
   * 你可以使用此接口注销用户。
   *
   * Unregisters up to 10 users of an app. Users that could not be unregistered come back in `FailedInfos`.
   *
   * `POST /?Action=UnRegisterUsers&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go
   */
  async unRegisterUsers(request: t.UnRegisterUsersRequest): Promise<t.UnRegisterUsersResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"UnRegisterUsers"},{"name":"Version","value":"2020-12-01"}], request: "UnRegisterUsersRequest", response: "UnRegisterUsersResponse" }, request);
  }

  /**
   * 你可以使用此接口更新黑名单中的用户信息。
   *
   * Merges new extension fields into those of up to 10 users of a user's black list. Users that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=UpdateBlackList&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/1152121
   */
  async updateBlackList(request: t.UpdateBlackListRequest): Promise<t.UpdateBlackListResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"UpdateBlackList"},{"name":"Version","value":"2020-12-01"}], request: "UpdateBlackListRequest", response: "UpdateBlackListResponse" }, request);
  }

  /**
   * 你可以使用此接口对好友信息进行更新。
   *
   * Updates the alias or the extension fields of up to 10 of a user's friends. Friends that could not be updated come back in `FailedInfos`.
   *
   * `POST /?Action=UpdateFriend&Version=2020-12-01`.
   *
   * @see https://www.volcengine.com/docs/6348/1125752
   */
  async updateFriend(request: t.UpdateFriendRequest): Promise<t.UpdateFriendResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"UpdateFriend"},{"name":"Version","value":"2020-12-01"}], request: "UpdateFriendRequest", response: "UpdateFriendResponse" }, request);
  }
}

/** The violations of `AddBlackListRequest`'s documented limits (none when it is valid). */
export function validateAddBlackListRequest(request: t.AddBlackListRequest): Violation[] {
  return validate(SCHEMA, "AddBlackListRequest", request);
}

/** The violations of `AddFriendRequest`'s documented limits (none when it is valid). */
export function validateAddFriendRequest(request: t.AddFriendRequest): Violation[] {
  return validate(SCHEMA, "AddFriendRequest", request);
}

/** The violations of `BatchGetConversationParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchGetConversationParticipantRequest(request: t.BatchGetConversationParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchGetConversationParticipantRequest", request);
}

/** The violations of `BatchGetUserRequest`'s documented limits (none when it is valid). */
export function validateBatchGetUserRequest(request: t.BatchGetUserRequest): Violation[] {
  return validate(SCHEMA, "BatchGetUserRequest", request);
}

/** The violations of `BatchUpdateLiveParticipantsRequest`'s documented limits (none when it is valid). */
export function validateBatchUpdateLiveParticipantsRequest(request: t.BatchUpdateLiveParticipantsRequest): Violation[] {
  return validate(SCHEMA, "BatchUpdateLiveParticipantsRequest", request);
}

/** The violations of `BatchUpdateUserRequest`'s documented limits (none when it is valid). */
export function validateBatchUpdateUserRequest(request: t.BatchUpdateUserRequest): Violation[] {
  return validate(SCHEMA, "BatchUpdateUserRequest", request);
}

/** The violations of `BatchUpdateUserTagsRequest`'s documented limits (none when it is valid). */
export function validateBatchUpdateUserTagsRequest(request: t.BatchUpdateUserTagsRequest): Violation[] {
  return validate(SCHEMA, "BatchUpdateUserTagsRequest", request);
}

/** The violations of `CreateConversationRequest`'s documented limits (none when it is valid). */
export function validateCreateConversationRequest(request: t.CreateConversationRequest): Violation[] {
  return validate(SCHEMA, "CreateConversationRequest", request);
}

/** The violations of `DeleteFriendRequest`'s documented limits (none when it is valid). */
export function validateDeleteFriendRequest(request: t.DeleteFriendRequest): Violation[] {
  return validate(SCHEMA, "DeleteFriendRequest", request);
}

/** The violations of `GetBlackListRequest`'s documented limits (none when it is valid). */
export function validateGetBlackListRequest(request: t.GetBlackListRequest): Violation[] {
  return validate(SCHEMA, "GetBlackListRequest", request);
}

/** The violations of `GetUserConversationsRequest`'s documented limits (none when it is valid). */
export function validateGetUserConversationsRequest(request: t.GetUserConversationsRequest): Violation[] {
  return validate(SCHEMA, "GetUserConversationsRequest", request);
}

/** The violations of `IsFriendRequest`'s documented limits (none when it is valid). */
export function validateIsFriendRequest(request: t.IsFriendRequest): Violation[] {
  return validate(SCHEMA, "IsFriendRequest", request);
}

/** The violations of `IsInBlackListRequest`'s documented limits (none when it is valid). */
export function validateIsInBlackListRequest(request: t.IsInBlackListRequest): Violation[] {
  return validate(SCHEMA, "IsInBlackListRequest", request);
}

/** The violations of `ListFriendRequest`'s documented limits (none when it is valid). */
export function validateListFriendRequest(request: t.ListFriendRequest): Violation[] {
  return validate(SCHEMA, "ListFriendRequest", request);
}

/** The violations of `ModifyConversationSettingRequest`'s documented limits (none when it is valid). */
export function validateModifyConversationSettingRequest(request: t.ModifyConversationSettingRequest): Violation[] {
  return validate(SCHEMA, "ModifyConversationSettingRequest", request);
}

/** The violations of `ModifyMessageRequest`'s documented limits (none when it is valid). */
export function validateModifyMessageRequest(request: t.ModifyMessageRequest): Violation[] {
  return validate(SCHEMA, "ModifyMessageRequest", request);
}

/** The violations of `QueryOnlineStatusRequest`'s documented limits (none when it is valid). */
export function validateQueryOnlineStatusRequest(request: t.QueryOnlineStatusRequest): Violation[] {
  return validate(SCHEMA, "QueryOnlineStatusRequest", request);
}

/** The violations of `RegisterUsersRequest`'s documented limits (none when it is valid). */
export function validateRegisterUsersRequest(request: t.RegisterUsersRequest): Violation[] {
  return validate(SCHEMA, "RegisterUsersRequest", request);
}

/** The violations of `RemoveBlackListRequest`'s documented limits (none when it is valid). */
export function validateRemoveBlackListRequest(request: t.RemoveBlackListRequest): Violation[] {
  return validate(SCHEMA, "RemoveBlackListRequest", request);
}

/** The violations of `ScanConversationParticipantListRequest`'s documented limits (none when it is valid). */
export function validateScanConversationParticipantListRequest(request: t.ScanConversationParticipantListRequest): Violation[] {
  return validate(SCHEMA, "ScanConversationParticipantListRequest", request);
}

/** The violations of `SendMessageRequest`'s documented limits (none when it is valid). */
export function validateSendMessageRequest(request: t.SendMessageRequest): Violation[] {
  return validate(SCHEMA, "SendMessageRequest", request);
}

/** The violations of `UnRegisterUsersRequest`'s documented limits (none when it is valid). */
export function validateUnRegisterUsersRequest(request: t.UnRegisterUsersRequest): Violation[] {
  return validate(SCHEMA, "UnRegisterUsersRequest", request);
}

/** The violations of `UpdateBlackListRequest`'s documented limits (none when it is valid). */
export function validateUpdateBlackListRequest(request: t.UpdateBlackListRequest): Violation[] {
  return validate(SCHEMA, "UpdateBlackListRequest", request);
}

/** The violations of `UpdateFriendRequest`'s documented limits (none when it is valid). */
export function validateUpdateFriendRequest(request: t.UpdateFriendRequest): Violation[] {
  return validate(SCHEMA, "UpdateFriendRequest", request);
}

/** What a caller needs to know of each operation. */
export const OPERATIONS = {
  AddBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "AddBlackList", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: [],
  },
  AddFriend: {
    method: "POST",
    path: "/",
    query: { Action: "AddFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  BatchGetConversationParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetConversationParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","ParticipantNotFound"],
  },
  BatchGetUser: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetUser", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  BatchUpdateLiveParticipants: {
    method: "POST",
    path: "/",
    query: { Action: "BatchUpdateLiveParticipants", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport","ParticipantNotInConversation","ParticipantNotFound"],
  },
  BatchUpdateUser: {
    method: "POST",
    path: "/",
    query: { Action: "BatchUpdateUser", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  BatchUpdateUserTags: {
    method: "POST",
    path: "/",
    query: { Action: "BatchUpdateUserTags", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  CreateConversation: {
    method: "POST",
    path: "/",
    query: { Action: "CreateConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: false,
    idempotentWhen: "IdempotentId",
    errors: ["CreateSingleConversationNeedOtherParticipantId","MoreThanUserConversationLimit"],
  },
  DeleteFriend: {
    method: "POST",
    path: "/",
    query: { Action: "DeleteFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  GetBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "GetBlackList", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"BlackListInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}],
    errors: [],
  },
  GetUserConversations: {
    method: "POST",
    path: "/",
    query: { Action: "GetUserConversations", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"ConversationInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}],
    errors: [],
  },
  IsFriend: {
    method: "POST",
    path: "/",
    query: { Action: "IsFriend", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
  IsInBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "IsInBlackList", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  ListFriend: {
    method: "POST",
    path: "/",
    query: { Action: "ListFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"FriendInfos","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}],
    errors: [],
  },
  ModifyConversationSetting: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyConversationSetting", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","ParticipantNotInConversation","SettingNotFound"],
  },
  ModifyMessage: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyMessage", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["MessageNotFound","ConversationNotFound"],
  },
  QueryOnlineStatus: {
    method: "POST",
    path: "/",
    query: { Action: "QueryOnlineStatus", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  RegisterUsers: {
    method: "POST",
    path: "/",
    query: { Action: "RegisterUsers", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  RemoveBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "RemoveBlackList", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  ScanConversationParticipantList: {
    method: "POST",
    path: "/",
    query: { Action: "ScanConversationParticipantList", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    pagination: [{"style":"cursor","when":null,"request_field":"Cursor","request_type":"i64","response_field":"NextCursor","next_from_items":null,"items":"Participants","page_size":"Limit","has_more":"HasMore","is_finished":null,"end_value":null,"total":null,"flag":null}],
    errors: ["ConversationNotFound","SingleConversationNotSupport"],
  },
  SendMessage: {
    method: "POST",
    path: "/",
    query: { Action: "SendMessage", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: false,
    idempotentWhen: "ClientMsgId",
    errors: ["ConversationNotFound"],
  },
  UnRegisterUsers: {
    method: "POST",
    path: "/",
    query: { Action: "UnRegisterUsers", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
  UpdateBlackList: {
    method: "POST",
    path: "/",
    query: { Action: "UpdateBlackList", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: [],
  },
  UpdateFriend: {
    method: "POST",
    path: "/",
    query: { Action: "UpdateFriend", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: [],
  },
} as const;
