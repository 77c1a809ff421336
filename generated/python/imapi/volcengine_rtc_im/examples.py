# Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (examples.py.j2) (@generated). DO NOT EDIT.
"""Every example of the spec, typed: ``mypy --strict`` rejects an example whose keys or values
do not fit the types."""

from __future__ import annotations

from typing import Any, Final

from . import types as t

ADD_BLACK_LIST_1_REQUEST: Final[t.AddBlackListRequest] = {"AppId": 0, "BlackListInfos": [{"BlackListUserExt": {"key": "value"}, "BlackListUserId": 10002}, {"BlackListUserExt": {"key": "value"}, "BlackListUserId": 10003}, {"BlackListUserExt": {"key": "value"}, "BlackListUserId": 10004}], "InboxType": 0, "UserId": 10001}

ADD_FRIEND_1_REQUEST: Final[t.AddFriendRequest] = {"AppId": 0, "Ext": {"key": "value"}, "FriendUserIds": [10002], "InboxType": 0, "UserId": 10001}

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

BATCH_GET_CONVERSATIONS_1_REQUEST: Final[t.BatchGetConversationsRequest] = {"AppId": 0, "ConversationShortId": [1], "SkipMemberCount": False}

BATCH_GET_USER_1_REQUEST: Final[t.BatchGetUserRequest] = {"AppId": 0, "UserIds": [10001, 10002, 30000]}

BATCH_GET_WHITELIST_PARTICIPANT_1_REQUEST: Final[t.BatchGetWhitelistParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 20}

BATCH_MODIFY_CONVERSATION_PARTICIPANT_1_REQUEST: Final[t.BatchModifyConversationParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "Operator": 10, "ParticipantInfos": [{"BlockTime": 0, "Ext": {"key": "value"}, "Level": 2, "NickName": "Your_NickName", "ParticipantUserId": 10002}]}

BATCH_REMOVE_MANAGER_1_REQUEST: Final[t.BatchRemoveManagerRequest] = {"AppId": 0, "ConversationShortId": 1, "Operator": 100001, "RemoveManagerUserIds": [10002, 10004]}

BATCH_REMOVE_MANAGER_1_RESPONSE: Final[t.BatchRemoveManagerBody] = {"ResponseMetadata": {"Action": "BatchRemoveManager", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedManagerUserIds": []}}

BATCH_REMOVE_WHITELIST_PARTICIPANT_1_REQUEST: Final[t.BatchRemoveWhitelistParticipantRequest] = {"AppId": 0, "ConversationShortId": 1, "Operator": 10, "ParticipantUserIds": [10001, 10002]}

BATCH_REMOVE_WHITELIST_PARTICIPANT_1_RESPONSE: Final[t.BatchRemoveWhitelistParticipantBody] = {"ResponseMetadata": {"Action": "BatchRemoveWhitelistParticipant", "Region": "cn-beijing", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedUserIds": [10001]}}

BATCH_SEND_MESSAGE_1_REQUEST: Final[t.BatchSendMessageRequest] = {"AppId": 0, "Content": "{\"text\":\"hello\"}", "MsgType": 10001, "Receiver": [10002, 10003], "Sender": 10001}

BATCH_UPDATE_LIVE_PARTICIPANTS_1_REQUEST: Final[t.BatchUpdateLiveParticipantsRequest] = {"AppId": 0, "ConversationShortId": 1, "MarkAction": 1, "ParticipantInfos": [{"AvatarUrl": "https://xxxx.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname1", "UserId": 10002}, {"AvatarUrl": "https://yyyy.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname2", "UserId": 10001}, {"AvatarUrl": "https://xxxx.com", "Ext": {"key": "value"}, "Marks": ["Mark1", "Mark2"], "NickName": "Nickname3", "UserId": 99999}]}

BATCH_UPDATE_LIVE_PARTICIPANTS_1_RESPONSE: Final[t.BatchUpdateLiveParticipantsBody] = {"ResponseMetadata": {"Action": "BatchUpdateLiveParticipants", "Region": "cn-north-1", "RequestId": "2023092620261328037E0DB0EC6C03DD41", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedInfos": [{"Code": "ParticipantNotInConversation", "Message": "participant not in conversation", "UserId": 99999}]}}

BATCH_UPDATE_USER_1_REQUEST: Final[t.BatchUpdateUserRequest] = {"AppId": 0, "Users": [{"Ext": {"key": "value2"}, "NickName": "NewNickName", "Portrait": "https://example.com/new.png", "Tags": ["tag2"], "UserId": 10001}]}

BATCH_UPDATE_USER_TAGS_1_REQUEST: Final[t.BatchUpdateUserTagsRequest] = {"AppId": 0, "Op": 0, "Tags": ["tag1"], "UserIds": [10001, 10002]}

CREATE_CONVERSATION_1_REQUEST: Final[t.CreateConversationRequest] = {"AppId": 0, "ConversationCoreInfo": {"AvatarUrl": "http://xxx.com", "ConversationType": 1, "Description": "Your_Description", "Name": "conversation"}, "InboxType": 0, "OtherUserId": 10002, "OwnerUserId": 10001}

DELETE_CONVERSATION_MESSAGE_1_REQUEST: Final[t.DeleteConversationMessageRequest] = {"AppId": 0, "ConversationShortId": 1, "DeleteType": 0, "MessageId": 10001}

DELETE_FRIEND_1_REQUEST: Final[t.DeleteFriendRequest] = {"AppId": 0, "DeleteUserIds": [2000], "InboxType": 0, "UserId": 10001}

DELETE_MESSAGE_1_REQUEST: Final[t.DeleteMessageRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "ParticipantUserId": 10002}

DESTROY_CONVERSATION_1_REQUEST: Final[t.DestroyConversationRequest] = {"AppId": 0, "ConversationShortId": 1, "OwnerUserId": 10001}

DESTROY_CONVERSATION_1_RESPONSE: Final[t.DestroyConversationBody] = {"ResponseMetadata": {"Action": "DestroyConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}}

GET_APP_TOKEN_1_REQUEST: Final[t.GetAppTokenRequest] = {"AppId": 0, "ExpireTime": 4102444800000, "UserId": 10001}

GET_BLACK_LIST_1_REQUEST: Final[t.GetBlackListRequest] = {"AppId": 0, "Cursor": 0, "InboxType": 0, "Limit": 20, "NeedTotal": True, "UserId": 10001}

GET_CONVERSATION_MARKS_1_REQUEST: Final[t.GetConversationMarksRequest] = {"AppId": 0, "ConversationShortId": 1}

GET_CONVERSATION_MARKS_1_RESPONSE: Final[t.GetConversationMarksBody] = {"ResponseMetadata": {"Action": "GetConversationMarks", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"MarkTypes": ["Mark1", "Mark2"]}}

GET_CONVERSATION_MESSAGES_1_REQUEST: Final[t.GetConversationMessagesRequest] = {"AppId": 0, "ConversationShortId": 1, "Cursor": 1666495802476129, "Limit": 3, "Reverse": 0}

GET_CONVERSATION_SETTING_1_REQUEST: Final[t.GetConversationSettingRequest] = {"AppId": 0, "ConversationShortId": 1, "NoReadIndex": False, "ParticipantUserId": 10001}

GET_CONVERSATION_USER_COUNT_1_REQUEST: Final[t.GetConversationUserCountRequest] = {"AppId": 0, "ConversationShortId": 1}

GET_CONVERSATION_USER_COUNT_1_RESPONSE: Final[t.GetConversationUserCountBody] = {"ResponseMetadata": {"Action": "GetConversationUserCount", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"Count": 7}}

GET_MESSAGES_1_REQUEST: Final[t.GetMessagesRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageIds": [10003]}

GET_MESSAGES_READ_RECEIPT_1_REQUEST: Final[t.GetMessagesReadReceiptRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageIds": [10001]}

GET_PARTICIPANT_READ_INDEX_1_REQUEST: Final[t.GetParticipantReadIndexRequest] = {"AppId": 0, "ConversationShortId": 1}

GET_USER_CONVERSATIONS_1_REQUEST: Final[t.GetUserConversationsRequest] = {"AppId": 0, "Cursor": 0, "DataType": 0, "InboxType": 0, "Limit": 2, "ParticipantUserId": 10001, "SkipMemberCount": True}

IS_FRIEND_1_REQUEST: Final[t.IsFriendRequest] = {"AppId": 0, "FriendUserIds": [10002, 2000], "InboxType": 0, "UserId": 10001}

IS_FRIEND_1_RESPONSE: Final[t.IsFriendBody] = {"ResponseMetadata": {"Action": "IsFriend", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"Infos": [{"FriendUserId": 10002, "IsFriend": False}, {"FriendUserId": 2000, "IsFriend": True}]}}

IS_IN_BLACK_LIST_1_REQUEST: Final[t.IsInBlackListRequest] = {"AppId": 0, "BlackListUserIds": [10003, 10002], "InboxType": 0, "UserId": 10001}

IS_USER_IN_CONVERSATION_1_REQUEST: Final[t.IsUserInConversationRequest] = {"AppId": 0, "ConversationShortId": 1, "ParticipantUserId": 10001}

IS_USER_IN_CONVERSATION_1_RESPONSE: Final[t.IsUserInConversationBody] = {"ResponseMetadata": {"Action": "IsUserInConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"IsUserInConversation": True}}

LIST_FRIEND_1_REQUEST: Final[t.ListFriendRequest] = {"AppId": 0, "Cursor": 0, "InboxType": 0, "Limit": 20, "NeedTotal": True, "UserId": 10001}

MARK_CONVERSATION_1_REQUEST: Final[t.MarkConversationRequest] = {"AppId": 0, "ConversationShortId": 1, "MarkAction": 1, "MarkTypes": ["Mark1", "Mark2"], "Operator": 10001}

MARK_CONVERSATION_1_RESPONSE: Final[t.MarkConversationBody] = {"ResponseMetadata": {"Action": "MarkConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}}

MODIFY_CONVERSATION_1_REQUEST: Final[t.ModifyConversationRequest] = {"AppId": 0, "ConversationCoreInfo": {"ConversationShortId": 1, "Ext": {"key": "value"}, "OwnerUserId": 100001}}

MODIFY_CONVERSATION_1_RESPONSE: Final[t.ModifyConversationBody] = {"ResponseMetadata": {"Action": "ModifyConversation", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}}

MODIFY_CONVERSATION_SETTING_1_REQUEST: Final[t.ModifyConversationSettingRequest] = {"AppId": 0, "ConversationSettingInfo": {"ConversationShortId": 1, "IsMute": True, "IsStickTop": True, "ParticipantUserId": 10001, "StickTopTime": 0}}

MODIFY_CONVERSATION_SETTING_1_RESPONSE: Final[t.ModifyConversationSettingBody] = {"ResponseMetadata": {"Action": "ModifyConversationSetting", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}}

MODIFY_MESSAGE_1_REQUEST: Final[t.ModifyMessageRequest] = {"AppId": 0, "Content": "{\"text\":\"\"}", "ConversationShortId": 1, "Ext": {"key": "value"}, "MessageId": 10001}

MODIFY_MESSAGE_1_RESPONSE: Final[t.ModifyMessageBody] = {"ResponseMetadata": {"Action": "ModifyMessage", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {}}

MODIFY_PARTICIPANT_READ_INDEX_1_REQUEST: Final[t.ModifyParticipantReadIndexRequest] = {"AppId": 0, "ConversationShortId": 1, "ParticipantUserId": 10001, "ReadIndex": 10001}

QUERY_LIVE_PARTICIPANT_STATUS_1_REQUEST: Final[t.QueryLiveParticipantStatusRequest] = {"AppId": 0, "ConversationShortId": 1, "ParticipantUserIds": [10001, 10002]}

QUERY_ONLINE_STATUS_1_REQUEST: Final[t.QueryOnlineStatusRequest] = {"AppId": 0, "UserIds": [10001, 10002]}

RECALL_MESSAGE_1_REQUEST: Final[t.RecallMessageRequest] = {"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "ParticipantUserId": 10001, "RecallRole": 1}

REGISTER_USERS_1_REQUEST: Final[t.RegisterUsersRequest] = {"AppId": 0, "Users": [{"Ext": {"key": "value"}, "NickName": "NickName1", "Portrait": "https://example.com/portrait.png", "Tags": ["tag1"], "UserId": 20001}, {"UserId": 20002}]}

REMOVE_BLACK_LIST_1_REQUEST: Final[t.RemoveBlackListRequest] = {"AppId": 0, "BlackListUserIds": [10003], "InboxType": 0, "UserId": 10001}

SCAN_CONVERSATION_PARTICIPANT_LIST_1_REQUEST: Final[t.ScanConversationParticipantListRequest] = {"AppId": 0, "ConversationShortId": 1, "Cursor": 0, "Limit": 2, "OnlyUserIds": False, "Reverse": False, "ScanOnlineParticipant": False}

SEND_MESSAGE_1_REQUEST: Final[t.SendMessageRequest] = {"AppId": 0, "Content": "{\"text\":\"hello\"}", "ConversationShortId": 1, "Ext": {"key": "value"}, "MsgType": 10001, "Priority": 1, "Sender": 10001}

UN_REGISTER_USERS_1_REQUEST: Final[t.UnRegisterUsersRequest] = {"AppId": 0, "UserIds": [10003]}

UPDATE_BLACK_LIST_1_REQUEST: Final[t.UpdateBlackListRequest] = {"AppId": 0, "BlackListInfos": [{"BlackListUserExt": {"key1": "value2"}, "BlackListUserId": 10003}, {"BlackListUserExt": {"key1": "value2"}, "BlackListUserId": 10004}, {"BlackListUserExt": {"key2": "value2"}, "BlackListUserId": 10005}], "InboxType": 0, "UserId": 10001}

UPDATE_FRIEND_1_REQUEST: Final[t.UpdateFriendRequest] = {"AppId": 0, "FriendInfos": [{"Ext": {"test": "test"}, "FriendUserId": 10002}, {"Ext": {"7778": "777"}, "FriendUserId": 10003}], "UserId": 10001}

UPDATE_FRIEND_1_RESPONSE: Final[t.UpdateFriendBody] = {"ResponseMetadata": {"Action": "UpdateFriend", "Region": "cn-north-1", "RequestId": "Your_RequestId", "Service": "rtc", "Version": "2020-12-01"}, "Result": {"FailedInfos": []}}

USER_BROADCAST_1_REQUEST: Final[t.UserBroadcastRequest] = {"AppId": 0, "Content": "{\"text\":\"hello\"}", "MsgTTL": 3600, "MsgType": 10001, "Sender": 10001, "TagOp": 0, "Tags": ["vip"]}

EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "AddBlackList": [
        {"name": "doc", "request": ADD_BLACK_LIST_1_REQUEST, "response": None},
    ],
    "AddFriend": [
        {"name": "sdk fields", "request": ADD_FRIEND_1_REQUEST, "response": None},
    ],
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
    "BatchGetConversations": [
        {"name": "table values", "request": BATCH_GET_CONVERSATIONS_1_REQUEST, "response": None},
    ],
    "BatchGetUser": [
        {"name": "sdk fields", "request": BATCH_GET_USER_1_REQUEST, "response": None},
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
    "BatchUpdateUser": [
        {"name": "sdk fields", "request": BATCH_UPDATE_USER_1_REQUEST, "response": None},
    ],
    "BatchUpdateUserTags": [
        {"name": "sdk fields", "request": BATCH_UPDATE_USER_TAGS_1_REQUEST, "response": None},
    ],
    "CreateConversation": [
        {"name": "table values", "request": CREATE_CONVERSATION_1_REQUEST, "response": None},
    ],
    "DeleteConversationMessage": [
        {"name": "sdk values", "request": DELETE_CONVERSATION_MESSAGE_1_REQUEST, "response": None},
    ],
    "DeleteFriend": [
        {"name": "sdk fields", "request": DELETE_FRIEND_1_REQUEST, "response": None},
    ],
    "DeleteMessage": [
        {"name": "sdk values", "request": DELETE_MESSAGE_1_REQUEST, "response": None},
    ],
    "DestroyConversation": [
        {"name": "doc", "request": DESTROY_CONVERSATION_1_REQUEST, "response": DESTROY_CONVERSATION_1_RESPONSE},
    ],
    "GetAppToken": [
        {"name": "sdk values", "request": GET_APP_TOKEN_1_REQUEST, "response": None},
    ],
    "GetBlackList": [
        {"name": "sdk fields", "request": GET_BLACK_LIST_1_REQUEST, "response": None},
    ],
    "GetConversationMarks": [
        {"name": "doc", "request": GET_CONVERSATION_MARKS_1_REQUEST, "response": GET_CONVERSATION_MARKS_1_RESPONSE},
    ],
    "GetConversationMessages": [
        {"name": "table values", "request": GET_CONVERSATION_MESSAGES_1_REQUEST, "response": None},
    ],
    "GetConversationSetting": [
        {"name": "table values", "request": GET_CONVERSATION_SETTING_1_REQUEST, "response": None},
    ],
    "GetConversationUserCount": [
        {"name": "doc", "request": GET_CONVERSATION_USER_COUNT_1_REQUEST, "response": GET_CONVERSATION_USER_COUNT_1_RESPONSE},
    ],
    "GetMessages": [
        {"name": "table values", "request": GET_MESSAGES_1_REQUEST, "response": None},
    ],
    "GetMessagesReadReceipt": [
        {"name": "sdk values", "request": GET_MESSAGES_READ_RECEIPT_1_REQUEST, "response": None},
    ],
    "GetParticipantReadIndex": [
        {"name": "conversation 1", "request": GET_PARTICIPANT_READ_INDEX_1_REQUEST, "response": None},
    ],
    "GetUserConversations": [
        {"name": "table values", "request": GET_USER_CONVERSATIONS_1_REQUEST, "response": None},
    ],
    "IsFriend": [
        {"name": "doc", "request": IS_FRIEND_1_REQUEST, "response": IS_FRIEND_1_RESPONSE},
    ],
    "IsInBlackList": [
        {"name": "sdk fields", "request": IS_IN_BLACK_LIST_1_REQUEST, "response": None},
    ],
    "IsUserInConversation": [
        {"name": "doc", "request": IS_USER_IN_CONVERSATION_1_REQUEST, "response": IS_USER_IN_CONVERSATION_1_RESPONSE},
    ],
    "ListFriend": [
        {"name": "sdk fields", "request": LIST_FRIEND_1_REQUEST, "response": None},
    ],
    "MarkConversation": [
        {"name": "doc", "request": MARK_CONVERSATION_1_REQUEST, "response": MARK_CONVERSATION_1_RESPONSE},
    ],
    "ModifyConversation": [
        {"name": "doc", "request": MODIFY_CONVERSATION_1_REQUEST, "response": MODIFY_CONVERSATION_1_RESPONSE},
    ],
    "ModifyConversationSetting": [
        {"name": "doc", "request": MODIFY_CONVERSATION_SETTING_1_REQUEST, "response": MODIFY_CONVERSATION_SETTING_1_RESPONSE},
    ],
    "ModifyMessage": [
        {"name": "doc", "request": MODIFY_MESSAGE_1_REQUEST, "response": MODIFY_MESSAGE_1_RESPONSE},
    ],
    "ModifyParticipantReadIndex": [
        {"name": "member 10001", "request": MODIFY_PARTICIPANT_READ_INDEX_1_REQUEST, "response": None},
    ],
    "QueryLiveParticipantStatus": [
        {"name": "doc", "request": QUERY_LIVE_PARTICIPANT_STATUS_1_REQUEST, "response": None},
    ],
    "QueryOnlineStatus": [
        {"name": "sdk fields", "request": QUERY_ONLINE_STATUS_1_REQUEST, "response": None},
    ],
    "RecallMessage": [
        {"name": "sdk values", "request": RECALL_MESSAGE_1_REQUEST, "response": None},
    ],
    "RegisterUsers": [
        {"name": "sdk fields", "request": REGISTER_USERS_1_REQUEST, "response": None},
    ],
    "RemoveBlackList": [
        {"name": "sdk fields", "request": REMOVE_BLACK_LIST_1_REQUEST, "response": None},
    ],
    "ScanConversationParticipantList": [
        {"name": "table values", "request": SCAN_CONVERSATION_PARTICIPANT_LIST_1_REQUEST, "response": None},
    ],
    "SendMessage": [
        {"name": "sdk values", "request": SEND_MESSAGE_1_REQUEST, "response": None},
    ],
    "UnRegisterUsers": [
        {"name": "sdk fields", "request": UN_REGISTER_USERS_1_REQUEST, "response": None},
    ],
    "UpdateBlackList": [
        {"name": "doc", "request": UPDATE_BLACK_LIST_1_REQUEST, "response": None},
    ],
    "UpdateFriend": [
        {"name": "doc", "request": UPDATE_FRIEND_1_REQUEST, "response": UPDATE_FRIEND_1_RESPONSE},
    ],
    "UserBroadcast": [
        {"name": "sdk values", "request": USER_BROADCAST_1_REQUEST, "response": None},
    ],
}
"""The examples, by operation."""
