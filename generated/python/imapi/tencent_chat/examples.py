# @generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the python template set (examples.py.j2). Do not edit by hand.
"""Every example of the spec, typed: ``mypy --strict`` rejects an example whose keys or values
do not fit the types."""

from __future__ import annotations

from typing import Any, Final

from . import types as t

MODIFY_USER_INFO_1_REQUEST: Final[t.ModifyUserInfoRequest] = {"CommandType": 1, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000], "Member_Account": "teacher10"}, {"Marks": [1001], "Member_Account": "student9"}]}

MODIFY_USER_INFO_1_RESPONSE: Final[t.ModifyUserInfoBody] = {"ActionStatus": "OK", "CommandType": 1, "ErrorCode": 0, "ErrorInfo": "", "MemberList": [{"Marks": [1000], "Member_Account": "teacher10"}, {"Marks": [1001], "Member_Account": "student9"}]}

MODIFY_USER_INFO_2_REQUEST: Final[t.ModifyUserInfoRequest] = {"CommandType": 2, "GroupId": "@TGS#a6I4ZUUGO", "MemberList": [{"Marks": [1000], "Member_Account": "teacher10"}, {"Marks": [1001], "Member_Account": "student9"}]}

SEND_GROUP_MSG_1_REQUEST: Final[t.SendGroupMsgRequest] = {"CloudCustomData": "your cloud custom data", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "OfflinePushInfo": {"AndroidInfo": {"Sound": "android.mp3"}, "ApnsInfo": {"BadgeMode": 1, "Image": "www.image.com", "Sound": "apns.mp3", "SubTitle": "apns subtitle", "Title": "apns title"}, "Desc": "Content to push offline", "Ext": "Passthrough content", "PushFlag": 0}, "Random": 8912345, "SupportMessageExtension": 0}

SEND_GROUP_MSG_1_RESPONSE: Final[t.SendGroupMsgBody] = {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MsgSeq": 1, "MsgTime": 1497249503}

SEND_GROUP_MSG_2_REQUEST: Final[t.SendGroupMsgRequest] = {"From_Account": "leckie", "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "Random": 8912345}

SEND_GROUP_MSG_3_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "Random": 8912345, "SendMsgControl": ["NoLastMsg"]}

SEND_GROUP_MSG_4_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "MsgPriority": "High", "Random": 8912345}

SEND_GROUP_MSG_5_REQUEST: Final[t.SendGroupMsgRequest] = {"ForbidCallbackControl": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "Random": 8912345}

SEND_GROUP_MSG_6_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupAtInfo": [{"GroupAtAllFlag": 1}, {"GroupAtAllFlag": 0, "GroupAt_Account": "tommy"}, {"GroupAtAllFlag": 0, "GroupAt_Account": "brennanli"}], "GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red @all @tommy @brennanli packet"}, "MsgType": "TIMTextElem"}], "Random": 8912345}

SEND_GROUP_MSG_7_REQUEST: Final[t.SendGroupMsgRequest] = {"GroupId": "@TGS#2C5SZEAEF", "MsgBody": [{"MsgContent": {"Text": "red packet"}, "MsgType": "TIMTextElem"}, {"MsgContent": {"Data": "abc\u0000\u0001", "Index": 6}, "MsgType": "TIMFaceElem"}], "OnlineOnlyFlag": 1, "Random": 8912345}

EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "ModifyUserInfo": [
        {"name": "set", "request": MODIFY_USER_INFO_1_REQUEST, "response": MODIFY_USER_INFO_1_RESPONSE},
        {"name": "delete", "request": MODIFY_USER_INFO_2_REQUEST, "response": None},
    ],
    "SendGroupMsg": [
        {"name": "basic", "request": SEND_GROUP_MSG_1_REQUEST, "response": SEND_GROUP_MSG_1_RESPONSE},
        {"name": "sender", "request": SEND_GROUP_MSG_2_REQUEST, "response": None},
        {"name": "no conversation update", "request": SEND_GROUP_MSG_3_REQUEST, "response": None},
        {"name": "priority", "request": SEND_GROUP_MSG_4_REQUEST, "response": None},
        {"name": "forbid callbacks", "request": SEND_GROUP_MSG_5_REQUEST, "response": None},
        {"name": "group at", "request": SEND_GROUP_MSG_6_REQUEST, "response": None},
        {"name": "online only", "request": SEND_GROUP_MSG_7_REQUEST, "response": None},
    ],
}
"""The examples, by operation."""
