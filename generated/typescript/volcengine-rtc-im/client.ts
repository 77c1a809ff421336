// @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (client.ts.j2). Do not edit by hand.
//
// The client of Volcengine RTC instant messaging (IM) OpenAPI, its validators, and the schema they read.

import { call, Credentials, HttpOptions, pages, Schema, Signing, validate, Violation } from "../runtime";
import type * as t from "./types";

/** The shapes and limits of every type, which the validators and the decoder read. */
export const SCHEMA: Schema = {"types":{"BatchGetConversationParticipantRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationParticipantResponse":{"at_least_one_of":[],"fields":[["Participants",["list",{"ref":"Participant"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId",["list","i64"],true,{"items":{"code":"ConversationShortIdsHasInvalidElem","minimum":1}}],["SkipMemberCount","bool",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchGetConversationsResponse":{"at_least_one_of":[],"fields":[["ConversationCoreInfos",["list",{"ref":"ConversationInfo"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateLiveParticipantsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantInfos",["list",{"ref":"ParticipantInfo"}],true,{"max_items":10}],["MarkAction",{"ref":"MarkAction"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"BatchUpdateLiveParticipantsResponse":{"at_least_one_of":[],"fields":[["FailedInfos",["list",{"ref":"FailedInfo"}],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationCoreInfo":{"at_least_one_of":[],"fields":[["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["ConversationType",{"ref":"ConversationType"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationCoreInfoChange":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["OwnerUserId","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationDataType":{"allowed":["0 (Cache)","1 (Database)","2 (CreatedLiveGroups)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2]},"ConversationInfo":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ConversationId","string",true,{}],["AppId","i32",true,{}],["InboxType","i32",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["OwnerUserId","i64",true,{}],["CreatorUserId","i64",true,{}],["Notice","string",false,{}],["Status",{"ref":"ConversationStatus"},false,{}],["Ext",["map","string"],false,{}],["CreateTime","i64",true,{}],["ModifyTime","i64",true,{}],["ConversationType",{"ref":"ConversationType"},true,{}],["MemberCount","i64",false,{}],["OnlineCount","i64",false,{}],["OtherUserId","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationSettingInfo":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["IsMute","bool",false,{}],["IsStickTop","bool",false,{}],["StickTopTime","i64",false,{}],["IsSetFavorite","bool",false,{}],["SetFavoriteTime","i64",false,{}],["Ext",["map","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ConversationStatus":{"allowed":["0 (Normal)","1 (Dissolved)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"ConversationType":{"allowed":["1 (OneToOne)","2 (Group)","100 (LiveGroup)"],"kind":"enum","open":false,"repr":"i32","values":[1,2,100]},"CreateConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["InboxType","i32",false,{}],["ConversationCoreInfo",{"ref":"ConversationCoreInfo"},true,{}],["OwnerUserId","i64",true,{}],["OtherUserId","i64",false,{}],["IdempotentId","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[[["OtherUserId"],["ConversationCoreInfo","ConversationType"],1,"ConversationCoreInfo.ConversationType is 1","CreateSingleConversationNeedOtherParticipantId"]]},"CreateConversationResponse":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ConversationInfo",{"ref":"NewConversationInfo"},true,{}],["Exist","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DestroyConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["OwnerUserId","i64",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"DestroyConversationResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"FailedInfo":{"at_least_one_of":[],"fields":[["UserId","i64",true,{}],["UserIdStr","string",false,{}],["Code","string",true,{}],["Message","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationMarksRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationMarksResponse":{"at_least_one_of":[],"fields":[["MarkTypes",["list","string"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationSettingRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ParticipantUserId","i64",true,{"minimum":1}],["ConversationShortId","i64",true,{}],["NoReadIndex","bool",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationSettingResponse":{"at_least_one_of":[],"fields":[["ConversationSettingInfo",{"ref":"ParticipantConversationSetting"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationUserCountRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetConversationUserCountResponse":{"at_least_one_of":[],"fields":[["Count","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetParticipantReadIndexRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetParticipantReadIndexResponse":{"at_least_one_of":[],"fields":[["ReadIndexes",["list",{"ref":"ParticipantReadIndex"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetUserConversationsRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ParticipantUserId","i64",true,{}],["DataType",{"ref":"ConversationDataType"},false,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":20,"minimum":1}],["SkipMemberCount","bool",false,{}],["InboxType","i32",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"GetUserConversationsResponse":{"at_least_one_of":[],"fields":[["ConversationInfos",["list",{"ref":"ConversationInfo"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsUserInConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"IsUserInConversationResponse":{"at_least_one_of":[],"fields":[["IsUserInConversation","bool",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"LiveParticipantStatus":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["IsInConversation","bool",true,{}],["CreateTime","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MarkAction":{"allowed":["1 (Add)","2 (Delete)"],"kind":"enum","open":false,"repr":"i32","values":[1,2]},"MarkConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MarkTypes",["list","string"],true,{"code":"ConversationMarkTypeMoreThanLimit","max_items":20}],["MarkAction",{"ref":"MarkAction"},false,{}],["Operator","i64",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MarkConversationResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"MessagePriority":{"allowed":["0 (Low)","1 (Normal)","2 (High)"],"kind":"enum","open":false,"repr":"i32","values":[0,1,2]},"ModifyConversationRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationCoreInfo",{"ref":"ConversationCoreInfoChange"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyConversationResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyConversationSettingRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationSettingInfo",{"ref":"ConversationSettingInfo"},true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyConversationSettingResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["MessageId","i64",true,{}],["Ext",["map","string"],false,{}],["Content","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyMessageResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyParticipantReadIndexRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{"minimum":1}],["ReadIndex","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ModifyParticipantReadIndexResponse":{"at_least_one_of":[],"fields":[],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"NewConversationInfo":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ConversationType",{"ref":"ConversationType"},true,{"allowed":["1 (OneToOne)","2 (Group)"],"values":[1,2]}],["InboxType","i32",true,{}],["Name","string",false,{}],["AvatarUrl","string",false,{}],["Description","string",false,{}],["Notice","string",false,{}],["Ext",["map","string"],false,{}],["OwnerUserId","i64",false,{}],["CreatorUserId","i64",false,{}],["OtherUserId","i64",false,{}],["CreateTime","i64",false,{}],["ModifyTime","i64",false,{}],["MemberCount","i64",false,{}],["OnlineCount","i64",false,{}],["Status",{"ref":"ConversationStatus"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"Participant":{"at_least_one_of":[],"fields":[["ConversationShortId","i64",true,{}],["ParticipantUserId","i64",true,{}],["Operator","i64",true,{}],["Role",{"ref":"ParticipantRole"},true,{}],["BlockTime","i64",false,{}],["CreateTime","i64",false,{}],["Ext",["map","string"],false,{}],["Level","i32",false,{}],["NickName","string",false,{}],["Status",{"ref":"ParticipantStatus"},false,{}],["AvatarUrl","string",false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantConversationSetting":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ParticipantUserId","i64",true,{}],["ConversationShortId","i64",true,{}],["ConversationId","string",true,{}],["ConversationType",{"ref":"ConversationType"},true,{"allowed":["1 (OneToOne)","2 (Group)"],"values":[1,2]}],["InboxType","i32",true,{}],["StickTopTime","i64",true,{}],["IsStickTop","bool",false,{}],["SetFavoriteTime","i64",false,{}],["IsSetFavorite","bool",false,{}],["IsMute","bool",false,{}],["Ext",["map","string"],false,{}],["ReadIndex","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantInfo":{"at_least_one_of":[[[["AvatarUrl"],["NickName"],["Ext"]],null]],"fields":[["UserId","i64",true,{}],["UserIdStr","string",false,{}],["AvatarUrl","string",false,{}],["NickName","string",false,{}],["Ext",["map","string"],false,{}],["Marks",["list","string"],false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantReadIndex":{"at_least_one_of":[],"fields":[["ParticipantUserId","i64",true,{}],["ReadIndex","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ParticipantRole":{"allowed":["0 (Member)","1 (Owner)","2 (Manager)"],"kind":"enum","open":false,"repr":"i64","values":[0,1,2]},"ParticipantStatus":{"allowed":["0 (Normal)","1 (Left)"],"kind":"enum","open":false,"repr":"i32","values":[0,1]},"QueryLiveParticipantStatusRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["ParticipantUserIds",["list","i64"],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"QueryLiveParticipantStatusResponse":{"at_least_one_of":[],"fields":[["Status",["list",{"ref":"LiveParticipantStatus"}],true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"RefMsgInfo":{"at_least_one_of":[],"fields":[["ReferencedMessageId","i64",true,{}],["Hint","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ResponseError":{"at_least_one_of":[],"fields":[["CodeN","u32",false,{}],["Code","string",true,{}],["Message","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ResponseMetadata":{"at_least_one_of":[],"fields":[["RequestId","string",true,{}],["Action","string",true,{}],["Version","string",true,{}],["Service","string",true,{}],["Region","string",true,{}],["Error",{"ref":"ResponseError"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ScanConversationParticipantListRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["ConversationShortId","i64",true,{}],["Cursor","i64",true,{}],["Limit","i64",true,{"maximum":50,"minimum":1}],["Reverse","bool",false,{}],["OnlyUserIds","bool",false,{}],["ScanOnlineParticipant","bool",false,{}],["MarkType","string",false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"ScanConversationParticipantListResponse":{"at_least_one_of":[],"fields":[["Participants",["list",{"ref":"Participant"}],true,{}],["HasMore","bool",true,{}],["NextCursor","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMessageRequest":{"at_least_one_of":[],"fields":[["AppId","i32",true,{}],["Sender","i64",true,{}],["ConversationShortId","i64",true,{}],["MsgType","i32",true,{}],["Content","string",true,{}],["MentionedUsers",["list","i64"],false,{}],["VisibleUsers",["list","i64"],false,{}],["InvisibleUsers",["list","i64"],false,{}],["Ext",["map","string"],false,{}],["ClientMsgId","string",false,{}],["CreateTime","i64",false,{}],["Priority",{"ref":"MessagePriority"},false,{}],["RefMsgInfo",{"ref":"RefMsgInfo"},false,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"SendMessageResponse":{"at_least_one_of":[],"fields":[["MessageId","i64",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]}},"envelope":{"fields":[["ResponseMetadata",{"ref":"ResponseMetadata"},true,{}]],"payload":"Result","roles":{"code":["ResponseMetadata","Error","Code"],"message":["ResponseMetadata","Error","Message"],"number":["ResponseMetadata","Error","CodeN"],"request_id":["ResponseMetadata","RequestId"],"status":null}}} as Schema;

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
   * 你可以使用此接口批量查询会话。
   *
   * Reads several conversations' details at once, given the `AppId` and their IDs. A disbanded conversation cannot be read.
   *
   * `POST /?Action=BatchGetConversations&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337118
   */
  async batchGetConversations(request: t.BatchGetConversationsRequest): Promise<t.BatchGetConversationsResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"BatchGetConversations"},{"name":"Version","value":"2020-12-01"}], request: "BatchGetConversationsRequest", response: "BatchGetConversationsResponse" }, request);
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
   * 你可以使用此接口解散群聊。
   *
   * Disbands a group conversation, given the `AppId`, the conversation's ID and its owner's UserId. Not for one-to-one conversations; only the owner may disband a group.
   *
   * `POST /?Action=DestroyConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `group`, `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/337036
   */
  async destroyConversation(request: t.DestroyConversationRequest): Promise<t.DestroyConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"DestroyConversation"},{"name":"Version","value":"2020-12-01"}], request: "DestroyConversationRequest", response: "DestroyConversationResponse" }, request);
  }

  /**
   * 你可以调用 GetConversationMarks 接口对会话标记进行查询。
   *
   * Reads a live group's marks (set by MarkConversation), given the `AppId` and the group's ID. Live groups only.
   *
   * `POST /?Action=GetConversationMarks&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1187905
   */
  async getConversationMarks(request: t.GetConversationMarksRequest): Promise<t.GetConversationMarksResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetConversationMarks"},{"name":"Version","value":"2020-12-01"}], request: "GetConversationMarksRequest", response: "GetConversationMarksResponse" }, request);
  }

  /**
   * 你可以使用此接口查询会话成员对会话的设置。
   *
   * Reads one member's settings for a conversation (do-not-disturb, pin and favourite times, extension fields, read position), given the `AppId`, the conversation's ID and the member's UserId.
   *
   * `POST /?Action=GetConversationSetting&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337014
   */
  async getConversationSetting(request: t.GetConversationSettingRequest): Promise<t.GetConversationSettingResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetConversationSetting"},{"name":"Version","value":"2020-12-01"}], request: "GetConversationSettingRequest", response: "GetConversationSettingResponse" }, request);
  }

  /**
   * 你可以使用此接口查询会话成员数量。
   *
   * Counts a conversation's members, given the `AppId` and the conversation's ID.
   *
   * `POST /?Action=GetConversationUserCount&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336997
   */
  async getConversationUserCount(request: t.GetConversationUserCountRequest): Promise<t.GetConversationUserCountResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetConversationUserCount"},{"name":"Version","value":"2020-12-01"}], request: "GetConversationUserCountRequest", response: "GetConversationUserCountResponse" }, request);
  }

  /**
   * 查询会话成员的已读位置。
   *
   * Reads the members' read positions in a conversation, given the `AppId` and the conversation's ID. A member left out of the answer has read position 0.
   *
   * `POST /?Action=GetParticipantReadIndex&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go
   */
  async getParticipantReadIndex(request: t.GetParticipantReadIndexRequest): Promise<t.GetParticipantReadIndexResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"GetParticipantReadIndex"},{"name":"Version","value":"2020-12-01"}], request: "GetParticipantReadIndexRequest", response: "GetParticipantReadIndexResponse" }, request);
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
   * 你可以使用此接口判断用户是否在会话中。
   *
   * Says whether a user is a member of a conversation, given the `AppId`, the conversation's ID and the user.
   *
   * `POST /?Action=IsUserInConversation&Version=2020-12-01`; at most 100 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/336996
   */
  async isUserInConversation(request: t.IsUserInConversationRequest): Promise<t.IsUserInConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"IsUserInConversation"},{"name":"Version","value":"2020-12-01"}], request: "IsUserInConversationRequest", response: "IsUserInConversationResponse" }, request);
  }

  /**
   * 你可以调用 MarkConversation 接口对会话进行标记。
   *
   * Adds marks to a live group, or removes them, given the `AppId`, the group's ID and the marks. Live groups only; a group has at most 20 marks. The answer's `Result` is empty whether the call succeeds or fails.
   *
   * `POST /?Action=MarkConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1187904
   */
  async markConversation(request: t.MarkConversationRequest): Promise<t.MarkConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"MarkConversation"},{"name":"Version","value":"2020-12-01"}], request: "MarkConversationRequest", response: "MarkConversationResponse" }, request);
  }

  /**
   * 你可以使用此接口修改会话信息。
   *
   * Changes a conversation's details (name, avatar, description, notice, extension fields, owner), given the `AppId` and the conversation's ID with the details to change; details left out are kept.
   *
   * `POST /?Action=ModifyConversation&Version=2020-12-01`; at most 50 calls per second.
   *
   * @see https://www.volcengine.com/docs/6348/337115
   */
  async modifyConversation(request: t.ModifyConversationRequest): Promise<t.ModifyConversationResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyConversation"},{"name":"Version","value":"2020-12-01"}], request: "ModifyConversationRequest", response: "ModifyConversationResponse" }, request);
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
   * 修改会话成员的已读位置。
   *
   * Moves a member's read position in a conversation forward, given the `AppId`, the conversation's ID, the member and the new position, which must be greater than the current one.
   *
   * `POST /?Action=ModifyParticipantReadIndex&Version=2020-12-01`.
   *
   * @see https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go
   */
  async modifyParticipantReadIndex(request: t.ModifyParticipantReadIndexRequest): Promise<t.ModifyParticipantReadIndexResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"ModifyParticipantReadIndex"},{"name":"Version","value":"2020-12-01"}], request: "ModifyParticipantReadIndexRequest", response: "ModifyParticipantReadIndexResponse" }, request);
  }

  /**
   * 你可以使用此接口查询群成员在直播群的状态。
   *
   * Says whether users are in a live group and since when, given the `AppId`, the live group's ID and the users. Live groups only; at most 200 users are answered, the first 200 asked.
   *
   * `POST /?Action=QueryLiveParticipantStatus&Version=2020-12-01`; at most 100 calls per second.
   *
   * Applies to conversation type: `live group` only.
   *
   * @see https://www.volcengine.com/docs/6348/1051348
   */
  async queryLiveParticipantStatus(request: t.QueryLiveParticipantStatusRequest): Promise<t.QueryLiveParticipantStatusResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/", query: [{"name":"Action","value":"QueryLiveParticipantStatus"},{"name":"Version","value":"2020-12-01"}], request: "QueryLiveParticipantStatusRequest", response: "QueryLiveParticipantStatusResponse" }, request);
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
}

/** The violations of `BatchGetConversationParticipantRequest`'s documented limits (none when it is valid). */
export function validateBatchGetConversationParticipantRequest(request: t.BatchGetConversationParticipantRequest): Violation[] {
  return validate(SCHEMA, "BatchGetConversationParticipantRequest", request);
}

/** The violations of `BatchGetConversationsRequest`'s documented limits (none when it is valid). */
export function validateBatchGetConversationsRequest(request: t.BatchGetConversationsRequest): Violation[] {
  return validate(SCHEMA, "BatchGetConversationsRequest", request);
}

/** The violations of `BatchUpdateLiveParticipantsRequest`'s documented limits (none when it is valid). */
export function validateBatchUpdateLiveParticipantsRequest(request: t.BatchUpdateLiveParticipantsRequest): Violation[] {
  return validate(SCHEMA, "BatchUpdateLiveParticipantsRequest", request);
}

/** The violations of `CreateConversationRequest`'s documented limits (none when it is valid). */
export function validateCreateConversationRequest(request: t.CreateConversationRequest): Violation[] {
  return validate(SCHEMA, "CreateConversationRequest", request);
}

/** The violations of `DestroyConversationRequest`'s documented limits (none when it is valid). */
export function validateDestroyConversationRequest(request: t.DestroyConversationRequest): Violation[] {
  return validate(SCHEMA, "DestroyConversationRequest", request);
}

/** The violations of `GetConversationMarksRequest`'s documented limits (none when it is valid). */
export function validateGetConversationMarksRequest(request: t.GetConversationMarksRequest): Violation[] {
  return validate(SCHEMA, "GetConversationMarksRequest", request);
}

/** The violations of `GetConversationSettingRequest`'s documented limits (none when it is valid). */
export function validateGetConversationSettingRequest(request: t.GetConversationSettingRequest): Violation[] {
  return validate(SCHEMA, "GetConversationSettingRequest", request);
}

/** The violations of `GetConversationUserCountRequest`'s documented limits (none when it is valid). */
export function validateGetConversationUserCountRequest(request: t.GetConversationUserCountRequest): Violation[] {
  return validate(SCHEMA, "GetConversationUserCountRequest", request);
}

/** The violations of `GetParticipantReadIndexRequest`'s documented limits (none when it is valid). */
export function validateGetParticipantReadIndexRequest(request: t.GetParticipantReadIndexRequest): Violation[] {
  return validate(SCHEMA, "GetParticipantReadIndexRequest", request);
}

/** The violations of `GetUserConversationsRequest`'s documented limits (none when it is valid). */
export function validateGetUserConversationsRequest(request: t.GetUserConversationsRequest): Violation[] {
  return validate(SCHEMA, "GetUserConversationsRequest", request);
}

/** The violations of `IsUserInConversationRequest`'s documented limits (none when it is valid). */
export function validateIsUserInConversationRequest(request: t.IsUserInConversationRequest): Violation[] {
  return validate(SCHEMA, "IsUserInConversationRequest", request);
}

/** The violations of `MarkConversationRequest`'s documented limits (none when it is valid). */
export function validateMarkConversationRequest(request: t.MarkConversationRequest): Violation[] {
  return validate(SCHEMA, "MarkConversationRequest", request);
}

/** The violations of `ModifyConversationRequest`'s documented limits (none when it is valid). */
export function validateModifyConversationRequest(request: t.ModifyConversationRequest): Violation[] {
  return validate(SCHEMA, "ModifyConversationRequest", request);
}

/** The violations of `ModifyConversationSettingRequest`'s documented limits (none when it is valid). */
export function validateModifyConversationSettingRequest(request: t.ModifyConversationSettingRequest): Violation[] {
  return validate(SCHEMA, "ModifyConversationSettingRequest", request);
}

/** The violations of `ModifyMessageRequest`'s documented limits (none when it is valid). */
export function validateModifyMessageRequest(request: t.ModifyMessageRequest): Violation[] {
  return validate(SCHEMA, "ModifyMessageRequest", request);
}

/** The violations of `ModifyParticipantReadIndexRequest`'s documented limits (none when it is valid). */
export function validateModifyParticipantReadIndexRequest(request: t.ModifyParticipantReadIndexRequest): Violation[] {
  return validate(SCHEMA, "ModifyParticipantReadIndexRequest", request);
}

/** The violations of `QueryLiveParticipantStatusRequest`'s documented limits (none when it is valid). */
export function validateQueryLiveParticipantStatusRequest(request: t.QueryLiveParticipantStatusRequest): Violation[] {
  return validate(SCHEMA, "QueryLiveParticipantStatusRequest", request);
}

/** The violations of `ScanConversationParticipantListRequest`'s documented limits (none when it is valid). */
export function validateScanConversationParticipantListRequest(request: t.ScanConversationParticipantListRequest): Violation[] {
  return validate(SCHEMA, "ScanConversationParticipantListRequest", request);
}

/** The violations of `SendMessageRequest`'s documented limits (none when it is valid). */
export function validateSendMessageRequest(request: t.SendMessageRequest): Violation[] {
  return validate(SCHEMA, "SendMessageRequest", request);
}

/** What a caller needs to know of each operation. */
export const OPERATIONS = {
  BatchGetConversationParticipant: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetConversationParticipant", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","ParticipantNotFound"],
  },
  BatchGetConversations: {
    method: "POST",
    path: "/",
    query: { Action: "BatchGetConversations", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationShortIdsHasInvalidElem"],
  },
  BatchUpdateLiveParticipants: {
    method: "POST",
    path: "/",
    query: { Action: "BatchUpdateLiveParticipants", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport","ParticipantNotInConversation","ParticipantNotFound"],
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
  DestroyConversation: {
    method: "POST",
    path: "/",
    query: { Action: "DestroyConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: false,
    errors: ["ConversationNotFound","SingleConversationNotSupport","OnlyOwnerCanOperator"],
  },
  GetConversationMarks: {
    method: "POST",
    path: "/",
    query: { Action: "GetConversationMarks", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
  },
  GetConversationSetting: {
    method: "POST",
    path: "/",
    query: { Action: "GetConversationSetting", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","ParticipantNotInConversation"],
  },
  GetConversationUserCount: {
    method: "POST",
    path: "/",
    query: { Action: "GetConversationUserCount", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  GetParticipantReadIndex: {
    method: "POST",
    path: "/",
    query: { Action: "GetParticipantReadIndex", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: true,
    errors: ["ConversationNotFound"],
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
  IsUserInConversation: {
    method: "POST",
    path: "/",
    query: { Action: "IsUserInConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound"],
  },
  MarkConversation: {
    method: "POST",
    path: "/",
    query: { Action: "MarkConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport","ConversationMarkTypeMoreThanLimit"],
  },
  ModifyConversation: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyConversation", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":50},
    idempotent: true,
    errors: ["ConversationNotFound"],
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
  ModifyParticipantReadIndex: {
    method: "POST",
    path: "/",
    query: { Action: "ModifyParticipantReadIndex", Version: "2020-12-01" },
    rateLimit: null,
    idempotent: false,
    errors: ["ConversationNotFound","ParticipantNotInConversation","InvalidParam"],
  },
  QueryLiveParticipantStatus: {
    method: "POST",
    path: "/",
    query: { Action: "QueryLiveParticipantStatus", Version: "2020-12-01" },
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: ["ConversationNotFound","OnlyLiveConversationSupport"],
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
} as const;
