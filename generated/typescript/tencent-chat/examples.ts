// @generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with templates/typescript/examples.ts.j2. Do not edit by hand.
//
// Every example of the spec, typed with the declarations of ./types: `tsc --strict` rejects an
// example whose fields or values do not fit them.

import type {
  Envelope,
  ModifyUserInfoRequest,
  ModifyUserInfoResponse,
  SendGroupMsgRequest,
  SendGroupMsgResponse,
} from "./types";

export const modify_user_info_1_request: ModifyUserInfoRequest = {"CommandType":1,"GroupId":"@TGS#a6I4ZUUGO","MemberList":[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]};
export const modify_user_info_1_response: Envelope<ModifyUserInfoResponse> = {"ActionStatus":"OK","CommandType":1,"ErrorCode":0,"ErrorInfo":"","MemberList":[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]};
export const modify_user_info_2_request: ModifyUserInfoRequest = {"CommandType":2,"GroupId":"@TGS#a6I4ZUUGO","MemberList":[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]};
export const send_group_msg_1_request: SendGroupMsgRequest = {"CloudCustomData":"your cloud custom data","GroupId":"@TGS#2C5SZEAEF","MsgBody":[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"},{"MsgContent":{"Data":"abc\u0000\u0001","Index":6},"MsgType":"TIMFaceElem"}],"OfflinePushInfo":{"AndroidInfo":{"Sound":"android.mp3"},"ApnsInfo":{"BadgeMode":1,"Image":"www.image.com","Sound":"apns.mp3","SubTitle":"apns subtitle","Title":"apns title"},"Desc":"Content to push offline","Ext":"Passthrough content","PushFlag":0},"Random":8912345,"SupportMessageExtension":0};
export const send_group_msg_1_response: Envelope<SendGroupMsgResponse> = {"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","MsgSeq":1,"MsgTime":1497249503};
export const send_group_msg_2_request: SendGroupMsgRequest = {"From_Account":"leckie","GroupId":"@TGS#2C5SZEAEF","MsgBody":[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"},{"MsgContent":{"Data":"abc\u0000\u0001","Index":6},"MsgType":"TIMFaceElem"}],"Random":8912345};
export const send_group_msg_3_request: SendGroupMsgRequest = {"GroupId":"@TGS#2C5SZEAEF","MsgBody":[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"},{"MsgContent":{"Data":"abc\u0000\u0001","Index":6},"MsgType":"TIMFaceElem"}],"Random":8912345,"SendMsgControl":["NoLastMsg"]};
export const send_group_msg_4_request: SendGroupMsgRequest = {"GroupId":"@TGS#2C5SZEAEF","MsgBody":[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"},{"MsgContent":{"Data":"abc\u0000\u0001","Index":6},"MsgType":"TIMFaceElem"}],"MsgPriority":"High","Random":8912345};
export const send_group_msg_5_request: SendGroupMsgRequest = {"ForbidCallbackControl":["ForbidBeforeSendMsgCallback","ForbidAfterSendMsgCallback"],"GroupId":"@TGS#2C5SZEAEF","MsgBody":[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"},{"MsgContent":{"Data":"abc\u0000\u0001","Index":6},"MsgType":"TIMFaceElem"}],"Random":8912345};
export const send_group_msg_6_request: SendGroupMsgRequest = {"GroupAtInfo":[{"GroupAtAllFlag":1},{"GroupAtAllFlag":0,"GroupAt_Account":"tommy"},{"GroupAtAllFlag":0,"GroupAt_Account":"brennanli"}],"GroupId":"@TGS#2C5SZEAEF","MsgBody":[{"MsgContent":{"Text":"red @all @tommy @brennanli packet"},"MsgType":"TIMTextElem"}],"Random":8912345};
export const send_group_msg_7_request: SendGroupMsgRequest = {"GroupId":"@TGS#2C5SZEAEF","MsgBody":[{"MsgContent":{"Text":"red packet"},"MsgType":"TIMTextElem"},{"MsgContent":{"Data":"abc\u0000\u0001","Index":6},"MsgType":"TIMFaceElem"}],"OnlineOnlyFlag":1,"Random":8912345};
