// @generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (examples.ts.j2). Do not edit by hand.
//
// Every example of the spec, typed with ./types: `tsc --strict` rejects an example whose fields
// or values do not fit them. 64-bit integers are `bigint` literals.

import type * as t from "./types";

/** The examples, by operation: each request (and response, envelope included). */
export const EXAMPLES = {
  ModifyUserInfo: [
    {
      name: "set",
      request: {"CommandType": 1, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000n], "Member_Account": "teacher10"}, {"Marks": [1001n], "Member_Account": "student9"}]} satisfies t.ModifyUserInfoRequest,
      response: {"ActionStatus": "OK", "CommandType": 1, "ErrorCode": 0n, "ErrorInfo": "", "MemberList": [{"Marks": [1000n], "Member_Account": "teacher10"}, {"Marks": [1001n], "Member_Account": "student9"}]} satisfies t.Envelope<t.ModifyUserInfoResponse>,
    },
    {
      name: "delete",
      request: {"CommandType": 2, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000n], "Member_Account": "teacher10"}, {"Marks": [1001n], "Member_Account": "student9"}]} satisfies t.ModifyUserInfoRequest,
      response: undefined,
    },
  ],
  SendGroupMsg: [
    {
      name: "basic",
      request: {"CloudCustomData": "your cloud custom data", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "OfflinePushInfo": {"AndroidInfo": {"Sound": "android.mp3"}, "ApnsInfo": {"BadgeMode": 1, "Image": "www.image.com", "Sound": "apns.mp3", "SubTitle": "apns subtitle", "Title": "apns title"}, "Desc": "Content to push offline", "Ext": "Passthrough content", "PushFlag": 0}, "Random": 8912345, "SupportMessageExtension": 0} satisfies t.SendGroupMsgRequest,
      response: {"ActionStatus": "OK", "ErrorCode": 0n, "ErrorInfo": "", "MsgSeq": 1n, "MsgTime": 1497249503n} satisfies t.Envelope<t.SendGroupMsgResponse>,
    },
    {
      name: "sender",
      request: {"From_Account": "leckie", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "no conversation update",
      request: {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "Random": 8912345, "SendMsgControl": ["NoLastMsg"]} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "priority",
      request: {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "MsgPriority": "High", "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "forbid callbacks",
      request: {"ForbidCallbackControl": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "group at",
      request: {"GroupAtInfo": [{"GroupAtAllFlag": 1}, {"GroupAtAllFlag": 0, "GroupAt_Account": "tommy"}, {"GroupAtAllFlag": 0, "GroupAt_Account": "brennanli"}], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red @all @tommy @brennanli packet"}, "MsgType": "TIMTextElem"}], "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
    {
      name: "online only",
      request: {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6n}, "MsgType": "TIMFaceElem"}], "OnlineOnlyFlag": 1, "Random": 8912345} satisfies t.SendGroupMsgRequest,
      response: undefined,
    },
  ],
};
