// @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with templates/typescript/examples.ts.j2. Do not edit by hand.
//
// Every example of the spec, typed with the declarations of ./types: `tsc --strict` rejects an
// example whose fields or values do not fit them.

import type {
  Envelope,
  BatchGetConversationParticipantRequest,
  BatchGetConversationParticipantResponse,
  BatchUpdateLiveParticipantsRequest,
  BatchUpdateLiveParticipantsResponse,
  GetUserConversationsRequest,
  ModifyConversationSettingRequest,
  ModifyConversationSettingResponse,
  ModifyMessageRequest,
  ModifyMessageResponse,
  ScanConversationParticipantListRequest,
} from "./types";

export const batch_get_conversation_participant_1_request: BatchGetConversationParticipantRequest = {"AppId":0,"ConversationShortId":1,"ParticipantUserIds":[2,3]};
export const batch_get_conversation_participant_1_response: Envelope<BatchGetConversationParticipantResponse> = {"ResponseMetadata":{"Action":"BatchGetConversationParticipant","Region":"cn-north-1","RequestId":"Your_RequestId","Service":"rtc","Version":"2020-12-01"},"Result":{"Participants":[{"BlockTime":0,"ConversationShortId":1,"CreateTime":1669694619,"Ext":{"key":"value","s:from":"biz"},"Level":1,"NickName":"NickName1","Operator":10,"ParticipantUserId":10001,"Role":1,"Status":0},{"BlockTime":0,"ConversationShortId":1,"CreateTime":1669694619,"Ext":{"key":"value","s:from":"biz"},"Level":20,"NickName":"NickName2","Operator":10,"ParticipantUserId":10002,"Role":0,"Status":0}]}};
export const batch_update_live_participants_1_request: BatchUpdateLiveParticipantsRequest = {"AppId":0,"ConversationShortId":1,"MarkAction":1,"ParticipantInfos":[{"AvatarUrl":"https://xxxx.com","Ext":{"key":"value"},"Marks":["Mark1","Mark2"],"NickName":"Nickname1","UserId":10002},{"AvatarUrl":"https://yyyy.com","Ext":{"key":"value"},"Marks":["Mark1","Mark2"],"NickName":"Nickname2","UserId":10001},{"AvatarUrl":"https://xxxx.com","Ext":{"key":"value"},"Marks":["Mark1","Mark2"],"NickName":"Nickname3","UserId":99999}]};
export const batch_update_live_participants_1_response: Envelope<BatchUpdateLiveParticipantsResponse> = {"ResponseMetadata":{"Action":"BatchUpdateLiveParticipants","Region":"cn-north-1","RequestId":"2023092620261328037E0DB0EC6C03DD41","Service":"rtc","Version":"2020-12-01"},"Result":{"FailedInfos":[{"Code":"ParticipantNotInConversation","Message":"participant not in conversation","UserId":99999}]}};
export const get_user_conversations_1_request: GetUserConversationsRequest = {"AppId":0,"Cursor":0,"DataType":0,"InboxType":0,"Limit":2,"ParticipantUserId":10001,"SkipMemberCount":true};
export const modify_conversation_setting_1_request: ModifyConversationSettingRequest = {"AppId":0,"ConversationSettingInfo":{"ConversationShortId":1,"IsMute":true,"IsStickTop":true,"ParticipantUserId":10001,"StickTopTime":0}};
export const modify_conversation_setting_1_response: Envelope<ModifyConversationSettingResponse> = {"ResponseMetadata":{"Action":"ModifyConversationSetting","Region":"cn-north-1","RequestId":"Your_RequestId","Service":"rtc","Version":"2020-12-01"},"Result":{}};
export const modify_message_1_request: ModifyMessageRequest = {"AppId":0,"Content":"{\"text\":\"\"}","ConversationShortId":1,"Ext":{"key":"value"},"MessageId":10001};
export const modify_message_1_response: Envelope<ModifyMessageResponse> = {"ResponseMetadata":{"Action":"ModifyMessage","Region":"cn-north-1","RequestId":"Your_RequestId","Service":"rtc","Version":"2020-12-01"},"Result":{}};
export const scan_conversation_participant_list_1_request: ScanConversationParticipantListRequest = {"AppId":0,"ConversationShortId":1,"Cursor":0,"Limit":2,"OnlyUserIds":false,"Reverse":false,"ScanOnlineParticipant":false};
