# @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (examples.py.j2). Do not edit by hand.
"""Every example of the spec, typed: ``mypy --strict`` rejects an example whose keys or values
do not fit the types."""

from __future__ import annotations

from typing import Any, Final

from . import types as t

BATCH_ADD_BLOCK_PARTICIPANTS_1_REQUEST: Final[t.BatchAddBlockParticipantsRequest] = {"AppId": 0, "BlockAction": 0, "ConversationShortId": 1, "ParticipantBlockInfos": {"10001": 6000, "10002": 5000}}

BATCH_ADD_BLOCK_PARTICIPANTS_1_RESPONSE: Final[t.BatchAddBlockParticipantsBody] = {"ResponseMetadata": {"Action": "BatchAddBlockParticipants", "Region": "cn-beijing", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedParticipantUserIds": [10001]}}

BATCH_ADD_CONVERSATION_PARTICIPANT_1_REQUEST: Final[t.BatchAddConversationParticipantRequest] = {"AppId": 0, "Barrier": False, "ConversationShortId": 1, "Operator": 10, "ParticipantInfos": [{"Ext": {"key": "value"}, "Level": 1, "NickName": "Your_NickName", "ParticipantUserId": 10001, "ReadIndex": 0, "Role": 0}]}

BATCH_ADD_MANAGER_1_REQUEST: Final[t.BatchAddManagerRequest] = {"AppId": 0, "ConversationShortId": 1, "ManagerUserIds": [10002], "Operator": 10001}

BATCH_ADD_WHITELIST_PARTICIPANT_1_REQUEST: Final[t.BatchAddWhitelistParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "Operator": 10, "ParticipantUserIds": [10001, 10002]}

BATCH_DELETE_BLOCK_PARTICIPANTS_1_REQUEST: Final[t.BatchDeleteBlockParticipantsRequest] = {"AppId": 0, "BlockAction": 0, "ConversationShortId": 1, "ParticipantUserIds": [10001]}

BATCH_DELETE_BLOCK_PARTICIPANTS_1_RESPONSE: Final[t.BatchDeleteBlockParticipantsBody] = {"ResponseMetadata": {"Action": "BatchDeleteBlockParticipants", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedParticipantUserIds": []}}

BATCH_DELETE_CONVERSATION_PARTICIPANT_1_REQUEST: Final[t.BatchDeleteConversationParticipantRequest] = {"AppId": 0, "ConversationShortId": 2, "Operator": 10, "ParticipantUserIds": [10001, 10002]}

BATCH_DELETE_CONVERSATION_PARTICIPANT_1_RESPONSE: Final[t.BatchDeleteConversationParticipantBody] = {"ResponseMetadata": {"Action": "BatchDeleteConversationParticipant", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedUserIds": []}}

BATCH_GET_BLOCK_PARTICIPANTS_1_REQUEST: Final[t.BatchGetBlockParticipantsRequest] = {"AppId": 0, "BlockAction": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20}

BATCH_GET_CONVERSATION_PARTICIPANT_1_REQUEST: Final[t.BatchGetConversationParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "ParticipantUserIds": [2, 3]}

BATCH_GET_CONVERSATION_PARTICIPANT_1_RESPONSE: Final[t.BatchGetConversationParticipantBody] = {"ResponseMetadata": {"Action": "BatchGetConversationParticipant", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"Participants": [{"BlockTime": 0, "ConversationShortId": 1, "CreateTime": 1669694619, "Ext": {"key": "value", "s:from": "biz"}, "Level": 1, "NickName": "NickName1", "Operator": 10, "ParticipantUserId": 10001, "Role": 1, "Status": 0}, {"BlockTime": 0, "ConversationShortId": 1, "CreateTime": 1669694619, "Ext": {"key": "value", "s:from": "biz"}, "Level": 20, "NickName": "NickName2", "Operator": 10, "ParticipantUserId": 10002, "Role": 0, "Status": 0}]}}

BATCH_GET_WHITELIST_PARTICIPANT_1_REQUEST: Final[t.BatchGetWhitelistParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20}

BATCH_MODIFY_CONVERSATION_PARTICIPANT_1_REQUEST: Final[t.BatchModifyConversationParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "Operator": 10, "ParticipantInfos": [{"BlockTime": 0, "Ext": {"key": "value"}, "Level": 2, "NickName": "Your_NickName", "ParticipantUserId": 10002}]}

BATCH_REMOVE_MANAGER_1_REQUEST: Final[t.BatchRemoveManagerRequest] = {"AppId": 0, "ConversationShortId": 1, "Operator": 100001, "RemoveManagerUserIds": [10002, 10004]}

BATCH_REMOVE_MANAGER_1_RESPONSE: Final[t.BatchRemoveManagerBody] = {"ResponseMetadata": {"Action": "BatchRemoveManager", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedManagerUserIds": []}}

BATCH_REMOVE_WHITELIST_PARTICIPANT_1_REQUEST: Final[t.BatchRemoveWhitelistParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "Operator": 10, "ParticipantUserIds": [10001, 10002]}

BATCH_REMOVE_WHITELIST_PARTICIPANT_1_RESPONSE: Final[t.BatchRemoveWhitelistParticipantBody] = {"ResponseMetadata": {"Action": "BatchRemoveWhitelistParticipant", "Region": "cn-beijing", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedUserIds": [10001]}}

BATCH_SEND_MESSAGE_1_REQUEST: Final[t.BatchSendMessageRequest] = {"AppId": 0, "Content": "{\"text\":\"hello\"}", "MsgType": 10001, "Receiver": [10002, 10003], "Sender": 10001}

BATCH_UPDATE_LIVE_PARTICIPANTS_1_REQUEST: Final[t.BatchUpdateLiveParticipantsRequest] = {"AppId": 0, "ConversationShortId": 1, "MarkAction": 1, "ParticipantInfos": [{"AvatarUrl": "https://xxxx.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname1", "UserId": 10002}, {"AvatarUrl": "https://yyyy.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname2", "UserId": 10001}, {"AvatarUrl": "https://xxxx.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname3", "UserId": 99999}]}

BATCH_UPDATE_LIVE_PARTICIPANTS_1_RESPONSE: Final[t.BatchUpdateLiveParticipantsBody] = {"ResponseMetadata": {"Action": "BatchUpdateLiveParticipants", "Region": "cn-north-1", "RequestId": "2023092620261328037E0DB0EC6C03DD41", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedInfos": [{"Code": "ParticipantNotInConversation", "Message": "participant not in conversation", "UserId": 99999}]}}

CREATE_CONVERSATION_1_REQUEST: Final[t.CreateConversationRequest] = {"AppId": 0, "ConversationCoreInfo": {"AvatarUrl": "http://xxx.com", "ConversationType": 1, "Description": "Your_Description", "Name": "conversation"}, "InboxType": 0, "OtherUserId": 10002, "OwnerUserId": 10001}

DELETE_CONVERSATION_MESSAGE_1_REQUEST: Final[t.DeleteConversationMessageRequest] = {"AppId": 0, "ConversationShortId": 1, "DeleteType": 0, "MessageId": 10001}

DELETE_MESSAGE_1_REQUEST: Final[t.DeleteMessageRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "ParticipantUserId": 10002}

GET_APP_TOKEN_1_REQUEST: Final[t.GetAppTokenRequest] = {"AppId": 0, "ExpireTime": 4102444800000, "UserId": 10001}

GET_CONVERSATION_MESSAGES_1_REQUEST: Final[t.GetConversationMessagesRequest] = {"AppId": 0, "ConversationShortId": 1, "Cursor": 1666495802476129, "Limit": 3, "Reverse": 0}

GET_MESSAGES_1_REQUEST: Final[t.GetMessagesRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageIds": [10003]}

GET_MESSAGES_READ_RECEIPT_1_REQUEST: Final[t.GetMessagesReadReceiptRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageIds": [10001]}

GET_USER_CONVERSATIONS_1_REQUEST: Final[t.GetUserConversationsRequest] = {"AppId": 0, "Cursor": 0, "DataType": 0, "InboxType": 0, "Limit": 2, "ParticipantUserId": 10001, "SkipMemberCount": True}

MODIFY_CONVERSATION_SETTING_1_REQUEST: Final[t.ModifyConversationSettingRequest] = {"AppId": 0, "ConversationSettingInfo": {"ConversationShortId": 1, "IsMute": True, "IsStickTop": True, "ParticipantUserId": 10001, "StickTopTime": 0}}

MODIFY_CONVERSATION_SETTING_1_RESPONSE: Final[t.ModifyConversationSettingBody] = {"ResponseMetadata": {"Action": "ModifyConversationSetting", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}}

MODIFY_MESSAGE_1_REQUEST: Final[t.ModifyMessageRequest] = {"AppId": 0, "Content": "{\"text\":\"\"}", "ConversationShortId": 1, "Ext": {"key": "value"}, "MessageId": 10001}

MODIFY_MESSAGE_1_RESPONSE: Final[t.ModifyMessageBody] = {"ResponseMetadata": {"Action": "ModifyMessage", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}}

RECALL_MESSAGE_1_REQUEST: Final[t.RecallMessageRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "ParticipantUserId": 10001, "RecallRole": 1}

SCAN_CONVERSATION_PARTICIPANT_LIST_1_REQUEST: Final[t.ScanConversationParticipantListRequest] = {"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 2, "OnlyUserIds": False, "Reverse": False, "ScanOnlineParticipant": False}

SEND_MESSAGE_1_REQUEST: Final[t.SendMessageRequest] = {"AppId": 0, "Content": "{\"text\":\"hello\"}", "ConversationShortId": 1, "Ext": {"key": "value"}, "MsgType": 10001, "Priority": 1, "Sender": 10001}

USER_BROADCAST_1_REQUEST: Final[t.UserBroadcastRequest] = {"AppId": 0, "Content": "{\"text\":\"hello\"}", "MsgTTL": 3600, "MsgType": 10001, "Sender": 10001, "TagOp": 0, "Tags": ["vip"]}

EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "BatchAddBlockParticipants": [
        {"name": "doc", "request": BATCH_ADD_BLOCK_PARTICIPANTS_1_REQUEST, "response": BATCH_ADD_BLOCK_PARTICIPANTS_1_RESPONSE},
    ],
    "BatchAddConversationParticipant": [
        {"name": "table values", "request": BATCH_ADD_CONVERSATION_PARTICIPANT_1_REQUEST, "response": None},
    ],
    "BatchAddManager": [
        {"name": "sdk values", "request": BATCH_ADD_MANAGER_1_REQUEST, "response": None},
    ],
    "BatchAddWhitelistParticipant": [
        {"name": "sdk values", "request": BATCH_ADD_WHITELIST_PARTICIPANT_1_REQUEST, "response": None},
    ],
    "BatchDeleteBlockParticipants": [
        {"name": "doc", "request": BATCH_DELETE_BLOCK_PARTICIPANTS_1_REQUEST, "response": BATCH_DELETE_BLOCK_PARTICIPANTS_1_RESPONSE},
    ],
    "BatchDeleteConversationParticipant": [
        {"name": "doc", "request": BATCH_DELETE_CONVERSATION_PARTICIPANT_1_REQUEST, "response": BATCH_DELETE_CONVERSATION_PARTICIPANT_1_RESPONSE},
    ],
    "BatchGetBlockParticipants": [
        {"name": "sdk values", "request": BATCH_GET_BLOCK_PARTICIPANTS_1_REQUEST, "response": None},
    ],
    "BatchGetConversationParticipant": [
        {"name": "doc", "request": BATCH_GET_CONVERSATION_PARTICIPANT_1_REQUEST, "response": BATCH_GET_CONVERSATION_PARTICIPANT_1_RESPONSE},
    ],
    "BatchGetWhitelistParticipant": [
        {"name": "table values", "request": BATCH_GET_WHITELIST_PARTICIPANT_1_REQUEST, "response": None},
    ],
    "BatchModifyConversationParticipant": [
        {"name": "sdk values", "request": BATCH_MODIFY_CONVERSATION_PARTICIPANT_1_REQUEST, "response": None},
    ],
    "BatchRemoveManager": [
        {"name": "doc", "request": BATCH_REMOVE_MANAGER_1_REQUEST, "response": BATCH_REMOVE_MANAGER_1_RESPONSE},
    ],
    "BatchRemoveWhitelistParticipant": [
        {"name": "doc", "request": BATCH_REMOVE_WHITELIST_PARTICIPANT_1_REQUEST, "response": BATCH_REMOVE_WHITELIST_PARTICIPANT_1_RESPONSE},
    ],
    "BatchSendMessage": [
        {"name": "sdk values", "request": BATCH_SEND_MESSAGE_1_REQUEST, "response": None},
    ],
    "BatchUpdateLiveParticipants": [
        {"name": "doc", "request": BATCH_UPDATE_LIVE_PARTICIPANTS_1_REQUEST, "response": BATCH_UPDATE_LIVE_PARTICIPANTS_1_RESPONSE},
    ],
    "CreateConversation": [
        {"name": "table values", "request": CREATE_CONVERSATION_1_REQUEST, "response": None},
    ],
    "DeleteConversationMessage": [
        {"name": "sdk values", "request": DELETE_CONVERSATION_MESSAGE_1_REQUEST, "response": None},
    ],
    "DeleteMessage": [
        {"name": "sdk values", "request": DELETE_MESSAGE_1_REQUEST, "response": None},
    ],
    "GetAppToken": [
        {"name": "sdk values", "request": GET_APP_TOKEN_1_REQUEST, "response": None},
    ],
    "GetConversationMessages": [
        {"name": "table values", "request": GET_CONVERSATION_MESSAGES_1_REQUEST, "response": None},
    ],
    "GetMessages": [
        {"name": "table values", "request": GET_MESSAGES_1_REQUEST, "response": None},
    ],
    "GetMessagesReadReceipt": [
        {"name": "sdk values", "request": GET_MESSAGES_READ_RECEIPT_1_REQUEST, "response": None},
    ],
    "GetUserConversations": [
        {"name": "table values", "request": GET_USER_CONVERSATIONS_1_REQUEST, "response": None},
    ],
    "ModifyConversationSetting": [
        {"name": "doc", "request": MODIFY_CONVERSATION_SETTING_1_REQUEST, "response": MODIFY_CONVERSATION_SETTING_1_RESPONSE},
    ],
    "ModifyMessage": [
        {"name": "doc", "request": MODIFY_MESSAGE_1_REQUEST, "response": MODIFY_MESSAGE_1_RESPONSE},
    ],
    "RecallMessage": [
        {"name": "sdk values", "request": RECALL_MESSAGE_1_REQUEST, "response": None},
    ],
    "ScanConversationParticipantList": [
        {"name": "table values", "request": SCAN_CONVERSATION_PARTICIPANT_LIST_1_REQUEST, "response": None},
    ],
    "SendMessage": [
        {"name": "sdk values", "request": SEND_MESSAGE_1_REQUEST, "response": None},
    ],
    "UserBroadcast": [
        {"name": "sdk values", "request": USER_BROADCAST_1_REQUEST, "response": None},
    ],
}
"""The examples, by operation."""
