# Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (client.py.j2) (@generated). DO NOT EDIT.
"""The client of Volcengine RTC instant messaging (IM) OpenAPI, its validators, and the schema they read."""

from __future__ import annotations

import os
from typing import Any, Final, Iterator, cast

from .._runtime import HttpOptions, Violation, call, pages, validate
from . import types as t

__all__ = ["ENDPOINTS", "SCHEMA", "SIGNING", "Client", "validate_add_black_list_request", "validate_add_friend_request", "validate_batch_add_block_participants_request", "validate_batch_add_conversation_participant_request", "validate_batch_add_manager_request", "validate_batch_add_whitelist_participant_request", "validate_batch_delete_block_participants_request", "validate_batch_delete_conversation_participant_request", "validate_batch_get_block_participants_request", "validate_batch_get_conversation_participant_request", "validate_batch_get_conversations_request", "validate_batch_get_user_request", "validate_batch_get_whitelist_participant_request", "validate_batch_modify_conversation_participant_request", "validate_batch_remove_manager_request", "validate_batch_remove_whitelist_participant_request", "validate_batch_send_message_request", "validate_batch_update_live_participants_request", "validate_batch_update_user_request", "validate_batch_update_user_tags_request", "validate_create_conversation_request", "validate_delete_conversation_message_request", "validate_delete_friend_request", "validate_delete_message_request", "validate_destroy_conversation_request", "validate_get_app_token_request", "validate_get_black_list_request", "validate_get_conversation_marks_request", "validate_get_conversation_messages_request", "validate_get_conversation_setting_request", "validate_get_conversation_user_count_request", "validate_get_messages_request", "validate_get_messages_read_receipt_request", "validate_get_participant_read_index_request", "validate_get_user_conversations_request", "validate_is_friend_request", "validate_is_in_black_list_request", "validate_is_user_in_conversation_request", "validate_list_friend_request", "validate_mark_conversation_request", "validate_modify_conversation_request", "validate_modify_conversation_setting_request", "validate_modify_message_request", "validate_modify_participant_read_index_request", "validate_query_live_participant_status_request", "validate_query_online_status_request", "validate_recall_message_request", "validate_register_users_request", "validate_remove_black_list_request", "validate_scan_conversation_participant_list_request", "validate_send_message_request", "validate_un_register_users_request", "validate_update_black_list_request", "validate_update_friend_request", "validate_user_broadcast_request"]

SCHEMA: Final[dict[str, Any]] = {"envelope": {"fields": [["ResponseMetadata", {"ref": "ResponseMetadata"}, True, {}]], "payload": "Result", "roles": {"code": ["ResponseMetadata", "Error", "Code"], "message": ["ResponseMetadata", "Error", "Message"], "number": ["ResponseMetadata", "Error", "CodeN"], "ok_code": None, "request_id": ["ResponseMetadata", "RequestId"], "request_id_header": None, "status": None}}, "types": {"AddBlackListRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["InboxType", "i32", False, {}], ["BlackListInfos", ["list", {"ref": "BlackListUserInfo"}], True, {"max_items": 10, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AddBlackListResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AddFriendRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["FriendUserIds", ["list", "i64"], True, {"max_items": 10, "min_items": 1}], ["Ext", ["map", "string"], False, {}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AddFriendResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AddParticipantInfo": {"at_least_one_of": [], "fields": [["ParticipantUserId", "i64", True, {"minimum": 1}], ["Level", "i32", False, {}], ["NickName", "string", False, {}], ["Role", "i64", False, {}], ["Ext", ["map", "string"], False, {}], ["ReadIndex", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddBlockParticipantsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["BlockAction", {"ref": "BlockAction"}, False, {}], ["ParticipantBlockInfos", ["map", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddBlockParticipantsResponse": {"at_least_one_of": [], "fields": [["FailedParticipantUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddConversationParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantInfos", ["list", {"ref": "AddParticipantInfo"}], True, {"min_items": 1}], ["Operator", "i64", True, {}], ["Barrier", "bool", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddConversationParticipantResponse": {"at_least_one_of": [], "fields": [["FailedUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddManagerRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Operator", "i64", True, {}], ["ManagerUserIds", ["list", "i64"], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddManagerResponse": {"at_least_one_of": [], "fields": [["FailedManagerUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddWhitelistParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Operator", "i64", True, {}], ["ParticipantUserIds", ["list", "i64"], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchAddWhitelistParticipantResponse": {"at_least_one_of": [], "fields": [["FailedUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchDeleteBlockParticipantsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["BlockAction", {"ref": "BlockAction"}, False, {}], ["ParticipantUserIds", ["list", "i64"], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchDeleteBlockParticipantsResponse": {"at_least_one_of": [], "fields": [["FailedParticipantUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchDeleteConversationParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Operator", "i64", True, {}], ["ParticipantUserIds", ["list", "i64"], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchDeleteConversationParticipantResponse": {"at_least_one_of": [], "fields": [["FailedUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetBlockParticipantsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 20, "minimum": 1}], ["BlockAction", {"ref": "BlockAction"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetBlockParticipantsResponse": {"at_least_one_of": [], "fields": [["Participants", ["list", {"ref": "BlockParticipant"}], True, {}], ["HasMore", "bool", True, {}], ["NextCursor", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetConversationParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetConversationParticipantResponse": {"at_least_one_of": [], "fields": [["Participants", ["list", {"ref": "Participant"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetConversationsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", ["list", "i64"], True, {"items": {"code": "ConversationShortIdsHasInvalidElem", "minimum": 1}}], ["SkipMemberCount", "bool", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetConversationsResponse": {"at_least_one_of": [], "fields": [["ConversationCoreInfos", ["list", {"ref": "ConversationInfo"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetUserRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserIds", ["list", "i64"], True, {"max_items": 50, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetUserResponse": {"at_least_one_of": [], "fields": [["Users", ["list", {"ref": "UserInfo"}], True, {}], ["NotFoundUsers", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetWhitelistParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 20, "minimum": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetWhitelistParticipantResponse": {"at_least_one_of": [], "fields": [["NextCursor", "i64", True, {}], ["HasMore", "bool", True, {}], ["Participants", ["list", {"ref": "WhitelistParticipant"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchModifyConversationParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Operator", "i64", True, {}], ["ParticipantInfos", ["list", {"ref": "ModifyParticipantInfo"}], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchModifyConversationParticipantResponse": {"at_least_one_of": [], "fields": [["FailedUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchRemoveManagerRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Operator", "i64", True, {}], ["RemoveManagerUserIds", ["list", "i64"], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchRemoveManagerResponse": {"at_least_one_of": [], "fields": [["FailedManagerUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchRemoveWhitelistParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Operator", "i64", True, {}], ["ParticipantUserIds", ["list", "i64"], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchRemoveWhitelistParticipantResponse": {"at_least_one_of": [], "fields": [["FailedUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchSendMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["Sender", "i64", True, {}], ["Receiver", ["list", "i64"], True, {}], ["MsgType", "i32", True, {}], ["Content", "string", True, {}], ["Ext", ["map", "string"], False, {}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchSendMessageResponse": {"at_least_one_of": [], "fields": [["UserMessageId", ["map", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateLiveParticipantsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantInfos", ["list", {"ref": "ParticipantInfo"}], True, {"max_items": 10}], ["MarkAction", {"ref": "MarkAction"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateLiveParticipantsResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateUserRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["Users", ["list", {"ref": "UpdateUserInfo"}], True, {"max_items": 10, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateUserResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateUserTagsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserIds", ["list", "i64"], True, {"min_items": 1}], ["Tags", ["list", "string"], True, {}], ["Op", {"ref": "TagUpdateOp"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateUserTagsResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BlackListDetail": {"at_least_one_of": [], "fields": [["BlackListUserId", "i64", True, {}], ["BlackListUserExt", ["map", "string"], False, {}], ["CreateTime", "i64", True, {}], ["ModifyTime", "i64", True, {}], ["FriendUserInfo", {"ref": "FriendDetail"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BlackListUserInfo": {"at_least_one_of": [], "fields": [["BlackListUserId", "i64", True, {}], ["BlackListUserExt", ["map", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BlackListUserUpdate": {"at_least_one_of": [], "fields": [["BlackListUserId", "i64", True, {}], ["BlackListUserExt", ["map", "string"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BlockAction": {"allowed": ["0 (Mute)", "1 (Block)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "BlockParticipant": {"at_least_one_of": [], "fields": [["ParticipantUserId", "i64", True, {}], ["CreateTime", "i64", True, {}], ["BlockTime", "i64", True, {}], ["NickName", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["AvatarUrl", "string", False, {}], ["Marks", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationCoreInfo": {"at_least_one_of": [], "fields": [["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["Notice", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["ConversationType", {"ref": "ConversationType"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationCoreInfoChange": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["Notice", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["OwnerUserId", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationDataType": {"allowed": ["0 (Cache)", "1 (Database)", "2 (CreatedLiveGroups)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1, 2]}, "ConversationInfo": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ConversationId", "string", True, {}], ["AppId", "i32", True, {}], ["InboxType", "i32", True, {}], ["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["OwnerUserId", "i64", True, {}], ["CreatorUserId", "i64", True, {}], ["Notice", "string", False, {}], ["Status", {"ref": "ConversationStatus"}, False, {}], ["Ext", ["map", "string"], False, {}], ["CreateTime", "i64", True, {}], ["ModifyTime", "i64", True, {}], ["ConversationType", {"ref": "ConversationType"}, True, {}], ["MemberCount", "i64", False, {}], ["OnlineCount", "i64", False, {}], ["OtherUserId", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationSettingInfo": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}], ["IsMute", "bool", False, {}], ["IsStickTop", "bool", False, {}], ["StickTopTime", "i64", False, {}], ["IsSetFavorite", "bool", False, {}], ["SetFavoriteTime", "i64", False, {}], ["Ext", ["map", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationStatus": {"allowed": ["0 (Normal)", "1 (Dissolved)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "ConversationType": {"allowed": ["1 (OneToOne)", "2 (Group)", "100 (LiveGroup)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2, 100]}, "CreateConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["InboxType", "i32", False, {}], ["ConversationCoreInfo", {"ref": "ConversationCoreInfo"}, True, {}], ["OwnerUserId", "i64", True, {}], ["OtherUserId", "i64", False, {}], ["IdempotentId", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": [[["OtherUserId"], ["ConversationCoreInfo", "ConversationType"], 1, "ConversationCoreInfo.ConversationType is 1", "CreateSingleConversationNeedOtherParticipantId"]]}, "CreateConversationResponse": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ConversationInfo", {"ref": "NewConversationInfo"}, True, {}], ["Exist", "bool", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteConversationMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MessageId", "i64", True, {}], ["DeleteType", {"ref": "MessageDeleteType"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteConversationMessageResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteFriendRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["DeleteUserIds", ["list", "i64"], True, {"max_items": 10, "min_items": 1}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteFriendResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MessageId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteMessageResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DestroyConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["OwnerUserId", "i64", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DestroyConversationResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "FailedInfo": {"at_least_one_of": [], "fields": [["UserId", "i64", True, {}], ["UserIdStr", "string", False, {}], ["Code", "string", True, {}], ["Message", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "FriendDetail": {"at_least_one_of": [], "fields": [["FriendUserId", "i64", True, {}], ["Alias", "string", True, {}], ["Ext", ["map", "string"], False, {}], ["ApplyTime", "i64", True, {}], ["CreateTime", "i64", True, {}], ["ModifyTime", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "FriendInfo": {"at_least_one_of": [[[["Ext"], ["Alias"]], None]], "fields": [["FriendUserId", "i64", True, {}], ["Ext", ["map", "string"], False, {}], ["Alias", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetAppTokenRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["ExpireTime", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetAppTokenResponse": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["Token", "string", True, {}], ["UserId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetBlackListRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 20, "minimum": 1}], ["NeedTotal", "bool", False, {}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetBlackListResponse": {"at_least_one_of": [], "fields": [["BlackListInfos", ["list", {"ref": "BlackListDetail"}], True, {}], ["HasMore", "bool", True, {}], ["NextCursor", "i64", True, {}], ["TotalCount", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationMarksRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationMarksResponse": {"at_least_one_of": [], "fields": [["MarkTypes", ["list", "string"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationMessagesRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 20, "minimum": 1}], ["Reverse", {"ref": "QueryDirection"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationMessagesResponse": {"at_least_one_of": [], "fields": [["HasMore", "bool", True, {}], ["NewCursor", "i64", True, {}], ["Messages", ["list", {"ref": "MessageBody"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationSettingRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ParticipantUserId", "i64", True, {"minimum": 1}], ["ConversationShortId", "i64", True, {}], ["NoReadIndex", "bool", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationSettingResponse": {"at_least_one_of": [], "fields": [["ConversationSettingInfo", {"ref": "ParticipantConversationSetting"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationUserCountRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationUserCountResponse": {"at_least_one_of": [], "fields": [["Count", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetMessagesReadReceiptRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MessageIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetMessagesReadReceiptResponse": {"at_least_one_of": [], "fields": [["ReadReceipt", ["list", {"ref": "ReadReceipt"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetMessagesRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MessageIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetMessagesResponse": {"at_least_one_of": [], "fields": [["Messages", ["list", {"ref": "MessageBody"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetParticipantReadIndexRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetParticipantReadIndexResponse": {"at_least_one_of": [], "fields": [["ReadIndexes", ["list", {"ref": "ParticipantReadIndex"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetUserConversationsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ParticipantUserId", "i64", True, {}], ["DataType", {"ref": "ConversationDataType"}, False, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 20, "minimum": 1}], ["SkipMemberCount", "bool", False, {}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetUserConversationsResponse": {"at_least_one_of": [], "fields": [["ConversationInfos", ["list", {"ref": "ConversationInfo"}], True, {}], ["HasMore", "bool", True, {}], ["NextCursor", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsFriendInfo": {"at_least_one_of": [], "fields": [["FriendUserId", "i64", True, {}], ["IsFriend", "bool", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsFriendRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["InboxType", "i32", False, {}], ["FriendUserIds", ["list", "i64"], True, {"max_items": 10, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsFriendResponse": {"at_least_one_of": [], "fields": [["Infos", ["list", {"ref": "IsFriendInfo"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsInBlackListRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["BlackListUserIds", ["list", "i64"], True, {"max_items": 10, "min_items": 1}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsInBlackListResponse": {"at_least_one_of": [], "fields": [["IsInBlackListInfos", ["map", "bool"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsUserInConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsUserInConversationResponse": {"at_least_one_of": [], "fields": [["IsUserInConversation", "bool", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ListFriendRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["Cursor", "i64", False, {}], ["Limit", "i64", False, {"maximum": 20, "minimum": 1}], ["NeedTotal", "bool", False, {}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ListFriendResponse": {"at_least_one_of": [], "fields": [["FriendInfos", ["list", {"ref": "FriendDetail"}], True, {}], ["HasMore", "bool", True, {}], ["NextCursor", "i64", True, {}], ["TotalCount", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "LiveParticipantStatus": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}], ["IsInConversation", "bool", True, {}], ["CreateTime", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MarkAction": {"allowed": ["1 (Add)", "2 (Delete)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2]}, "MarkConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MarkTypes", ["list", "string"], True, {"code": "ConversationMarkTypeMoreThanLimit", "max_items": 20}], ["MarkAction", {"ref": "MarkAction"}, False, {}], ["Operator", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MarkConversationResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessageBody": {"at_least_one_of": [], "fields": [["ConversationType", {"ref": "ConversationType"}, True, {}], ["ConversationShortId", "i64", True, {}], ["MessageId", "i64", True, {}], ["MsgType", "i32", True, {}], ["Content", "string", True, {}], ["Ext", ["map", "string"], False, {}], ["Status", {"ref": "MessageStatus"}, True, {}], ["CreateTime", "i64", True, {}], ["Sender", "i64", True, {}], ["AppId", "i32", True, {}], ["IndexInConversation", "i64", False, {}], ["RefMsgInfo", {"ref": "RefMsgInfo"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessageDeleteType": {"allowed": ["0 (ForEveryone)", "1 (SenderOnly)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "MessagePriority": {"allowed": ["0 (Low)", "1 (Normal)", "2 (High)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1, 2]}, "MessageStatus": {"allowed": ["0 (Visible)", "1 (Expired)", "2 (Invisible)", "3 (Recalled)", "4 (Deleted)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1, 2, 3, 4]}, "ModifyConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationCoreInfo", {"ref": "ConversationCoreInfoChange"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyConversationResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyConversationSettingRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationSettingInfo", {"ref": "ConversationSettingInfo"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyConversationSettingResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MessageId", "i64", True, {}], ["Ext", ["map", "string"], False, {}], ["Content", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyMessageResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyParticipantInfo": {"at_least_one_of": [], "fields": [["ParticipantUserId", "i64", True, {"minimum": 1}], ["BlockTime", "i64", False, {}], ["Ext", ["map", "string"], False, {}], ["Level", "i32", False, {}], ["NickName", "string", False, {}], ["Role", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyParticipantReadIndexRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {"minimum": 1}], ["ReadIndex", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyParticipantReadIndexResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "NewConversationInfo": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ConversationType", {"ref": "ConversationType"}, True, {"allowed": ["1 (OneToOne)", "2 (Group)"], "values": [1, 2]}], ["InboxType", "i32", True, {}], ["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["Notice", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["OwnerUserId", "i64", False, {}], ["CreatorUserId", "i64", False, {}], ["OtherUserId", "i64", False, {}], ["CreateTime", "i64", False, {}], ["ModifyTime", "i64", False, {}], ["MemberCount", "i64", False, {}], ["OnlineCount", "i64", False, {}], ["Status", {"ref": "ConversationStatus"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "OnlineConnection": {"at_least_one_of": [], "fields": [["ConnId", "string", True, {}], ["UserId", "i64", True, {}], ["DeviceId", "i64", True, {}], ["ClientVersion", "i64", True, {}], ["Platform", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "Participant": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}], ["Operator", "i64", True, {}], ["Role", {"ref": "ParticipantRole"}, True, {}], ["BlockTime", "i64", False, {}], ["CreateTime", "i64", False, {}], ["Ext", ["map", "string"], False, {}], ["Level", "i32", False, {}], ["NickName", "string", False, {}], ["Status", {"ref": "ParticipantStatus"}, False, {}], ["AvatarUrl", "string", False, {}], ["Marks", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantConversationSetting": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ParticipantUserId", "i64", True, {}], ["ConversationShortId", "i64", True, {}], ["ConversationId", "string", True, {}], ["ConversationType", {"ref": "ConversationType"}, True, {"allowed": ["1 (OneToOne)", "2 (Group)"], "values": [1, 2]}], ["InboxType", "i32", True, {}], ["StickTopTime", "i64", True, {}], ["IsStickTop", "bool", False, {}], ["SetFavoriteTime", "i64", False, {}], ["IsSetFavorite", "bool", False, {}], ["IsMute", "bool", False, {}], ["Ext", ["map", "string"], False, {}], ["ReadIndex", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantInfo": {"at_least_one_of": [[[["AvatarUrl"], ["NickName"], ["Ext"]], None]], "fields": [["UserId", "i64", True, {}], ["UserIdStr", "string", False, {}], ["AvatarUrl", "string", False, {}], ["NickName", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["Marks", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantReadIndex": {"at_least_one_of": [], "fields": [["ParticipantUserId", "i64", True, {}], ["ReadIndex", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantRole": {"allowed": ["0 (Member)", "1 (Owner)", "2 (Manager)"], "kind": "enum", "open": False, "repr": "i64", "values": [0, 1, 2]}, "ParticipantStatus": {"allowed": ["0 (Normal)", "1 (Left)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "QueryDirection": {"allowed": ["0 (Forward)", "1 (Backward)"], "kind": "enum", "open": True, "repr": "i32", "values": [0, 1]}, "QueryLiveParticipantStatusRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "QueryLiveParticipantStatusResponse": {"at_least_one_of": [], "fields": [["Status", ["list", {"ref": "LiveParticipantStatus"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "QueryOnlineStatusRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserIds", ["list", "i64"], True, {"max_items": 100, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "QueryOnlineStatusResponse": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["QueryOnlineResults", ["map", ["list", {"ref": "OnlineConnection"}]], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ReadReceipt": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["MessageId", "i64", True, {}], ["ReadUserIds", ["list", "i64"], True, {}], ["UnReadUserIds", ["list", "i64"], True, {}], ["ReceiverIsRead", "bool", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RecallMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MessageId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}], ["RecallRole", {"ref": "ParticipantRole"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RecallMessageResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RefMsgInfo": {"at_least_one_of": [], "fields": [["ReferencedMessageId", "i64", True, {}], ["Hint", "string", True, {}], ["ReferencedMessageType", "i32", False, {}], ["Status", {"ref": "MessageStatus"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RegisterUserInfo": {"at_least_one_of": [], "fields": [["UserId", "i64", True, {}], ["NickName", "string", False, {"length_unit": "bytes", "max_length": 100}], ["Portrait", "string", False, {"length_unit": "bytes", "max_length": 500}], ["Ext", ["map", "string"], False, {}], ["Tags", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RegisterUsersRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["Users", ["list", {"ref": "RegisterUserInfo"}], True, {"max_items": 20, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RegisterUsersResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RemoveBlackListRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["BlackListUserIds", ["list", "i64"], True, {"max_items": 10, "min_items": 1}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RemoveBlackListResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ResponseError": {"at_least_one_of": [], "fields": [["CodeN", "u32", False, {}], ["Code", "string", True, {}], ["Message", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ResponseMetadata": {"at_least_one_of": [], "fields": [["RequestId", "string", True, {}], ["Action", "string", True, {}], ["Version", "string", True, {}], ["Service", "string", True, {}], ["Region", "string", True, {}], ["Error", {"ref": "ResponseError"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ScanConversationParticipantListRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 50, "minimum": 1}], ["Reverse", "bool", False, {}], ["OnlyUserIds", "bool", False, {}], ["ScanOnlineParticipant", "bool", False, {}], ["MarkType", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ScanConversationParticipantListResponse": {"at_least_one_of": [], "fields": [["Participants", ["list", {"ref": "Participant"}], True, {}], ["HasMore", "bool", True, {}], ["NextCursor", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["Sender", "i64", True, {}], ["ConversationShortId", "i64", True, {}], ["MsgType", "i32", True, {}], ["Content", "string", True, {}], ["MentionedUsers", ["list", "i64"], False, {}], ["VisibleUsers", ["list", "i64"], False, {}], ["InvisibleUsers", ["list", "i64"], False, {}], ["Ext", ["map", "string"], False, {}], ["ClientMsgId", "string", False, {}], ["CreateTime", "i64", False, {}], ["Priority", {"ref": "MessagePriority"}, False, {}], ["RefMsgInfo", {"ref": "RefMsgInfo"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendMessageResponse": {"at_least_one_of": [], "fields": [["MessageId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TagMatch": {"allowed": ["0 (Or)", "1 (And)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "TagUpdateOp": {"allowed": ["0 (Upsert)", "1 (Delete)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "UnRegisterUsersRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserIds", ["list", "i64"], True, {"max_items": 10, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UnRegisterUsersResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UpdateBlackListRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["InboxType", "i32", False, {}], ["BlackListInfos", ["list", {"ref": "BlackListUserUpdate"}], True, {"max_items": 10, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UpdateBlackListResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UpdateFriendRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["InboxType", "i32", False, {}], ["FriendInfos", ["list", {"ref": "FriendInfo"}], True, {"max_items": 10, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UpdateFriendResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UpdateUserInfo": {"at_least_one_of": [], "fields": [["UserId", "i64", True, {}], ["NickName", "string", True, {}], ["Portrait", "string", True, {}], ["Ext", ["map", "string"], True, {}], ["Tags", ["list", "string"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserBroadcastRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["Sender", "i64", True, {}], ["MsgType", "i32", True, {}], ["Content", "string", True, {}], ["MsgTTL", "i64", True, {"maximum": 604800, "minimum": 1}], ["Ext", ["map", "string"], False, {}], ["InboxType", "i32", False, {}], ["TagOp", {"ref": "TagMatch"}, False, {}], ["Tags", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserBroadcastResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserInfo": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["UserId", "i64", True, {}], ["NickName", "string", True, {}], ["Portrait", "string", True, {}], ["Ext", ["map", "string"], True, {}], ["Tags", ["list", "string"], False, {}], ["CreateTime", "i64", True, {}], ["ModifyTime", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "WhitelistParticipant": {"at_least_one_of": [], "fields": [["ParticipantUserId", "i64", True, {}], ["CreateTime", "i64", True, {}], ["Operator", "i64", True, {}], ["NickName", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["AvatarUrl", "string", False, {}], ["Marks", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}}}
"""The shapes and limits of every type, which the validators read."""

ENDPOINTS: Final[dict[str, dict[str, str]]] = {
    "cn-north-1": {"host": "rtc.volcengineapi.com", "signing_region": "cn-north-1"},
    "ap-southeast-1": {"host": "open-ap-singapore-1.volcengineapi.com", "signing_region": "ap-southeast-1"},
}
"""The endpoints, by region; ``cn-north-1`` is the default."""

SIGNING: Final[dict[str, Any]] = {"per_region": True, "scheme": "volcengine-v4", "service": "rtc"}
"""How requests are signed: the ``volcengine-v4`` scheme."""


class Client:
    """Volcengine RTC instant messaging (IM) OpenAPI.

    Every method validates the request against the documented limits (``ValidationError``
    before anything is sent), signs it, and returns the result or raises ``ApiError`` with the
    vendor's code.
    """

    def __init__(self, *, access_key_id: str, secret_access_key: str, session_token: str = "",
                 region: str = "cn-north-1",
                 http: HttpOptions | None = None) -> None:
        self._credentials: dict[str, Any] = {"access_key_id": access_key_id,
                                             "secret_access_key": secret_access_key,
                                             "session_token": session_token}
        self._region: str | None = region
        self._http = http or HttpOptions(base_url="https://rtc.volcengineapi.com")

    @classmethod
    def from_env(cls, http: HttpOptions | None = None) -> "Client":
        """Credentials from ``VOLC_ACCESSKEY``, ``VOLC_SECRETKEY`` (and ``VOLC_SESSION_TOKEN``)."""
        return cls(access_key_id=os.environ["VOLC_ACCESSKEY"],
                   secret_access_key=os.environ["VOLC_SECRETKEY"],
                   session_token=os.environ.get("VOLC_SESSION_TOKEN", ""), http=http)

    def __repr__(self) -> str:
        return f"Client(access_key_id={self._credentials['access_key_id']!r}, region={self._region!r})"

    def _call(self, route: dict[str, Any], request: Any) -> Any:
        return call(self._http, SIGNING, self._credentials, SCHEMA, route, request,
                    region=self._region)

    def add_black_list(self, request: t.AddBlackListRequest) -> t.AddBlackListResponse:
        """你可以使用此接口添加黑名单用户。

        ``POST /?Action=AddBlackList&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/1152119.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "AddBlackList"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "AddBlackListRequest", "response": "AddBlackListResponse"}
        return cast("t.AddBlackListResponse", self._call(route, request))

    def add_friend(self, request: t.AddFriendRequest) -> t.AddFriendResponse:
        """你可以使用此接口添加好友。

        ``POST /?Action=AddFriend&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "AddFriend"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "AddFriendRequest", "response": "AddFriendResponse"}
        return cast("t.AddFriendResponse", self._call(route, request))

    def batch_add_block_participants(self, request: t.BatchAddBlockParticipantsRequest) -> t.BatchAddBlockParticipantsResponse:
        """你可以使用此接口在直播群中批量禁言或拉黑会话成员。

        ``POST /?Action=BatchAddBlockParticipants&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/788462.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchAddBlockParticipants"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchAddBlockParticipantsRequest", "response": "BatchAddBlockParticipantsResponse"}
        return cast("t.BatchAddBlockParticipantsResponse", self._call(route, request))

    def batch_add_conversation_participant(self, request: t.BatchAddConversationParticipantRequest) -> t.BatchAddConversationParticipantResponse:
        """你可以使用此接口向群聊中批量添加群成员。

        ``POST /?Action=BatchAddConversationParticipant&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/336991.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchAddConversationParticipant"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchAddConversationParticipantRequest", "response": "BatchAddConversationParticipantResponse"}
        return cast("t.BatchAddConversationParticipantResponse", self._call(route, request))

    def batch_add_manager(self, request: t.BatchAddManagerRequest) -> t.BatchAddManagerResponse:
        """批量添加直播群中的管理员。

        ``POST /?Action=BatchAddManager&Version=2020-12-01``; at most 50 calls per second. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchAddManager"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchAddManagerRequest", "response": "BatchAddManagerResponse"}
        return cast("t.BatchAddManagerResponse", self._call(route, request))

    def batch_add_whitelist_participant(self, request: t.BatchAddWhitelistParticipantRequest) -> t.BatchAddWhitelistParticipantResponse:
        """批量添加全员禁言下白名单成员。

        ``POST /?Action=BatchAddWhitelistParticipant&Version=2020-12-01``; at most 50 calls per second. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchAddWhitelistParticipant"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchAddWhitelistParticipantRequest", "response": "BatchAddWhitelistParticipantResponse"}
        return cast("t.BatchAddWhitelistParticipantResponse", self._call(route, request))

    def batch_delete_block_participants(self, request: t.BatchDeleteBlockParticipantsRequest) -> t.BatchDeleteBlockParticipantsResponse:
        """你可以使用此接口在直播群中批量取消禁言或取消拉黑会话成员。

        ``POST /?Action=BatchDeleteBlockParticipants&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/788463.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchDeleteBlockParticipants"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchDeleteBlockParticipantsRequest", "response": "BatchDeleteBlockParticipantsResponse"}
        return cast("t.BatchDeleteBlockParticipantsResponse", self._call(route, request))

    def batch_delete_conversation_participant(self, request: t.BatchDeleteConversationParticipantRequest) -> t.BatchDeleteConversationParticipantResponse:
        """你可以使用此接口批量删除群成员。

        ``POST /?Action=BatchDeleteConversationParticipant&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/336994.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchDeleteConversationParticipant"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchDeleteConversationParticipantRequest", "response": "BatchDeleteConversationParticipantResponse"}
        return cast("t.BatchDeleteConversationParticipantResponse", self._call(route, request))

    def batch_get_block_participants(self, request: t.BatchGetBlockParticipantsRequest) -> t.BatchGetBlockParticipantsResponse:
        """分批查询直播群中的禁言或拉黑成员。

        ``POST /?Action=BatchGetBlockParticipants&Version=2020-12-01``; at most 100 calls per second. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchGetBlockParticipants"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchGetBlockParticipantsRequest", "response": "BatchGetBlockParticipantsResponse"}
        return cast("t.BatchGetBlockParticipantsResponse", self._call(route, request))

    def batch_get_block_participants_pages(self, request: t.BatchGetBlockParticipantsRequest) -> Iterator[t.BatchGetBlockParticipantsResponse]:
        """Every page of ``BatchGetBlockParticipants`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "Participants", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.batch_get_block_participants)

    def batch_get_conversation_participant(self, request: t.BatchGetConversationParticipantRequest) -> t.BatchGetConversationParticipantResponse:
        """你可以使用此接口批量查询会话成员的详细信息。

        ``POST /?Action=BatchGetConversationParticipant&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/336992.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchGetConversationParticipant"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchGetConversationParticipantRequest", "response": "BatchGetConversationParticipantResponse"}
        return cast("t.BatchGetConversationParticipantResponse", self._call(route, request))

    def batch_get_conversations(self, request: t.BatchGetConversationsRequest) -> t.BatchGetConversationsResponse:
        """你可以使用此接口批量查询会话。

        ``POST /?Action=BatchGetConversations&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/337118.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchGetConversations"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchGetConversationsRequest", "response": "BatchGetConversationsResponse"}
        return cast("t.BatchGetConversationsResponse", self._call(route, request))

    def batch_get_user(self, request: t.BatchGetUserRequest) -> t.BatchGetUserResponse:
        """你可以使用此接口批量查询用户资料。

        ``POST /?Action=BatchGetUser&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchGetUser"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchGetUserRequest", "response": "BatchGetUserResponse"}
        return cast("t.BatchGetUserResponse", self._call(route, request))

    def batch_get_whitelist_participant(self, request: t.BatchGetWhitelistParticipantRequest) -> t.BatchGetWhitelistParticipantResponse:
        """你可以使用此接口批量查询全员禁言下白名单成员。

        ``POST /?Action=BatchGetWhitelistParticipant&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/1051347.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchGetWhitelistParticipant"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchGetWhitelistParticipantRequest", "response": "BatchGetWhitelistParticipantResponse"}
        return cast("t.BatchGetWhitelistParticipantResponse", self._call(route, request))

    def batch_get_whitelist_participant_pages(self, request: t.BatchGetWhitelistParticipantRequest) -> Iterator[t.BatchGetWhitelistParticipantResponse]:
        """Every page of ``BatchGetWhitelistParticipant`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "Participants", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.batch_get_whitelist_participant)

    def batch_modify_conversation_participant(self, request: t.BatchModifyConversationParticipantRequest) -> t.BatchModifyConversationParticipantResponse:
        """批量修改群成员信息。

        ``POST /?Action=BatchModifyConversationParticipant&Version=2020-12-01``; at most 50 calls per second. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchModifyConversationParticipant"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchModifyConversationParticipantRequest", "response": "BatchModifyConversationParticipantResponse"}
        return cast("t.BatchModifyConversationParticipantResponse", self._call(route, request))

    def batch_remove_manager(self, request: t.BatchRemoveManagerRequest) -> t.BatchRemoveManagerResponse:
        """你可以使用此接口批量移除直播群中的管理员。

        ``POST /?Action=BatchRemoveManager&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/1051344.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchRemoveManager"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchRemoveManagerRequest", "response": "BatchRemoveManagerResponse"}
        return cast("t.BatchRemoveManagerResponse", self._call(route, request))

    def batch_remove_whitelist_participant(self, request: t.BatchRemoveWhitelistParticipantRequest) -> t.BatchRemoveWhitelistParticipantResponse:
        """你可以使用此接口批量移除全员禁言下白名单成员。

        ``POST /?Action=BatchRemoveWhitelistParticipant&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/1051346.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchRemoveWhitelistParticipant"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchRemoveWhitelistParticipantRequest", "response": "BatchRemoveWhitelistParticipantResponse"}
        return cast("t.BatchRemoveWhitelistParticipantResponse", self._call(route, request))

    def batch_send_message(self, request: t.BatchSendMessageRequest) -> t.BatchSendMessageResponse:
        """你可以使用此接口批量发送单聊消息。

        ``POST /?Action=BatchSendMessage&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchSendMessage"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchSendMessageRequest", "response": "BatchSendMessageResponse"}
        return cast("t.BatchSendMessageResponse", self._call(route, request))

    def batch_update_live_participants(self, request: t.BatchUpdateLiveParticipantsRequest) -> t.BatchUpdateLiveParticipantsResponse:
        """你可以使用此接口更新直播群成员资料。

        ``POST /?Action=BatchUpdateLiveParticipants&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/1162951.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchUpdateLiveParticipants"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchUpdateLiveParticipantsRequest", "response": "BatchUpdateLiveParticipantsResponse"}
        return cast("t.BatchUpdateLiveParticipantsResponse", self._call(route, request))

    def batch_update_user(self, request: t.BatchUpdateUserRequest) -> t.BatchUpdateUserResponse:
        """你可以使用此接口批量更新用户资料。

        ``POST /?Action=BatchUpdateUser&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchUpdateUser"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchUpdateUserRequest", "response": "BatchUpdateUserResponse"}
        return cast("t.BatchUpdateUserResponse", self._call(route, request))

    def batch_update_user_tags(self, request: t.BatchUpdateUserTagsRequest) -> t.BatchUpdateUserTagsResponse:
        """你可以使用此接口批量更新用户标签。

        ``POST /?Action=BatchUpdateUserTags&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchUpdateUserTags"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchUpdateUserTagsRequest", "response": "BatchUpdateUserTagsResponse"}
        return cast("t.BatchUpdateUserTagsResponse", self._call(route, request))

    def create_conversation(self, request: t.CreateConversationRequest) -> t.CreateConversationResponse:
        """你可以使用此接口创建会话。

        ``POST /?Action=CreateConversation&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/337013.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "CreateConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "CreateConversationRequest", "response": "CreateConversationResponse"}
        return cast("t.CreateConversationResponse", self._call(route, request))

    def delete_conversation_message(self, request: t.DeleteConversationMessageRequest) -> t.DeleteConversationMessageResponse:
        """你可以使用此接口删除会话中的消息。

        ``POST /?Action=DeleteConversationMessage&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "DeleteConversationMessage"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "DeleteConversationMessageRequest", "response": "DeleteConversationMessageResponse"}
        return cast("t.DeleteConversationMessageResponse", self._call(route, request))

    def delete_friend(self, request: t.DeleteFriendRequest) -> t.DeleteFriendResponse:
        """你可以使用此接口删除好友。

        ``POST /?Action=DeleteFriend&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "DeleteFriend"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "DeleteFriendRequest", "response": "DeleteFriendResponse"}
        return cast("t.DeleteFriendResponse", self._call(route, request))

    def delete_message(self, request: t.DeleteMessageRequest) -> t.DeleteMessageResponse:
        """你可以使用此接口为会话成员删除消息。

        ``POST /?Action=DeleteMessage&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "DeleteMessage"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "DeleteMessageRequest", "response": "DeleteMessageResponse"}
        return cast("t.DeleteMessageResponse", self._call(route, request))

    def destroy_conversation(self, request: t.DestroyConversationRequest) -> t.DestroyConversationResponse:
        """你可以使用此接口解散群聊。

        ``POST /?Action=DestroyConversation&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/337036.
        Applies to conversation type: group, live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "DestroyConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "DestroyConversationRequest", "response": "DestroyConversationResponse"}
        return cast("t.DestroyConversationResponse", self._call(route, request))

    def get_app_token(self, request: t.GetAppTokenRequest) -> t.GetAppTokenResponse:
        """你可以使用此接口生成用户登录 IM 所需的 Token。

        ``POST /?Action=GetAppToken&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetAppToken"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetAppTokenRequest", "response": "GetAppTokenResponse"}
        return cast("t.GetAppTokenResponse", self._call(route, request))

    def get_black_list(self, request: t.GetBlackListRequest) -> t.GetBlackListResponse:
        """你可以使用此接口查询黑名单。

        ``POST /?Action=GetBlackList&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetBlackList"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetBlackListRequest", "response": "GetBlackListResponse"}
        return cast("t.GetBlackListResponse", self._call(route, request))

    def get_black_list_pages(self, request: t.GetBlackListRequest) -> Iterator[t.GetBlackListResponse]:
        """Every page of ``GetBlackList`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "BlackListInfos", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.get_black_list)

    def get_conversation_marks(self, request: t.GetConversationMarksRequest) -> t.GetConversationMarksResponse:
        """你可以调用 GetConversationMarks 接口对会话标记进行查询。

        ``POST /?Action=GetConversationMarks&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/1187905.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetConversationMarks"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetConversationMarksRequest", "response": "GetConversationMarksResponse"}
        return cast("t.GetConversationMarksResponse", self._call(route, request))

    def get_conversation_messages(self, request: t.GetConversationMessagesRequest) -> t.GetConversationMessagesResponse:
        """你可以使用此接口批量查询会话中的消息。

        ``POST /?Action=GetConversationMessages&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/337138.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetConversationMessages"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetConversationMessagesRequest", "response": "GetConversationMessagesResponse"}
        return cast("t.GetConversationMessagesResponse", self._call(route, request))

    def get_conversation_messages_pages(self, request: t.GetConversationMessagesRequest) -> Iterator[t.GetConversationMessagesResponse]:
        """Every page of ``GetConversationMessages`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "Messages", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NewCursor", "style": "cursor", "total": None, "when": None}], request, self.get_conversation_messages)

    def get_conversation_setting(self, request: t.GetConversationSettingRequest) -> t.GetConversationSettingResponse:
        """你可以使用此接口查询会话成员对会话的设置。

        ``POST /?Action=GetConversationSetting&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/337014.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetConversationSetting"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetConversationSettingRequest", "response": "GetConversationSettingResponse"}
        return cast("t.GetConversationSettingResponse", self._call(route, request))

    def get_conversation_user_count(self, request: t.GetConversationUserCountRequest) -> t.GetConversationUserCountResponse:
        """你可以使用此接口查询会话成员数量。

        ``POST /?Action=GetConversationUserCount&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/336997.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetConversationUserCount"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetConversationUserCountRequest", "response": "GetConversationUserCountResponse"}
        return cast("t.GetConversationUserCountResponse", self._call(route, request))

    def get_messages(self, request: t.GetMessagesRequest) -> t.GetMessagesResponse:
        """你可以使用此接口指定消息 ID 对消息进行批量查询。

        ``POST /?Action=GetMessages&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/337136.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetMessages"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetMessagesRequest", "response": "GetMessagesResponse"}
        return cast("t.GetMessagesResponse", self._call(route, request))

    def get_messages_read_receipt(self, request: t.GetMessagesReadReceiptRequest) -> t.GetMessagesReadReceiptResponse:
        """你可以使用此接口查询消息的已读回执。

        ``POST /?Action=GetMessagesReadReceipt&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetMessagesReadReceipt"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetMessagesReadReceiptRequest", "response": "GetMessagesReadReceiptResponse"}
        return cast("t.GetMessagesReadReceiptResponse", self._call(route, request))

    def get_participant_read_index(self, request: t.GetParticipantReadIndexRequest) -> t.GetParticipantReadIndexResponse:
        """查询会话成员的已读位置。

        ``POST /?Action=GetParticipantReadIndex&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetParticipantReadIndex"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetParticipantReadIndexRequest", "response": "GetParticipantReadIndexResponse"}
        return cast("t.GetParticipantReadIndexResponse", self._call(route, request))

    def get_user_conversations(self, request: t.GetUserConversationsRequest) -> t.GetUserConversationsResponse:
        """你可以使用此接口查询某个成员拥有的会话。

        ``POST /?Action=GetUserConversations&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/337049.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetUserConversations"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetUserConversationsRequest", "response": "GetUserConversationsResponse"}
        return cast("t.GetUserConversationsResponse", self._call(route, request))

    def get_user_conversations_pages(self, request: t.GetUserConversationsRequest) -> Iterator[t.GetUserConversationsResponse]:
        """Every page of ``GetUserConversations`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "ConversationInfos", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.get_user_conversations)

    def is_friend(self, request: t.IsFriendRequest) -> t.IsFriendResponse:
        """你可以使用此接口校验两个用户之间的好友关系。

        ``POST /?Action=IsFriend&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/1125754.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "IsFriend"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "IsFriendRequest", "response": "IsFriendResponse"}
        return cast("t.IsFriendResponse", self._call(route, request))

    def is_in_black_list(self, request: t.IsInBlackListRequest) -> t.IsInBlackListResponse:
        """你可以使用此接口校验用户是否在黑名单中。

        ``POST /?Action=IsInBlackList&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "IsInBlackList"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "IsInBlackListRequest", "response": "IsInBlackListResponse"}
        return cast("t.IsInBlackListResponse", self._call(route, request))

    def is_user_in_conversation(self, request: t.IsUserInConversationRequest) -> t.IsUserInConversationResponse:
        """你可以使用此接口判断用户是否在会话中。

        ``POST /?Action=IsUserInConversation&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/336996.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "IsUserInConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "IsUserInConversationRequest", "response": "IsUserInConversationResponse"}
        return cast("t.IsUserInConversationResponse", self._call(route, request))

    def list_friend(self, request: t.ListFriendRequest) -> t.ListFriendResponse:
        """你可以使用此接口查询好友列表。

        ``POST /?Action=ListFriend&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "ListFriend"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "ListFriendRequest", "response": "ListFriendResponse"}
        return cast("t.ListFriendResponse", self._call(route, request))

    def list_friend_pages(self, request: t.ListFriendRequest) -> Iterator[t.ListFriendResponse]:
        """Every page of ``ListFriend`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "FriendInfos", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.list_friend)

    def mark_conversation(self, request: t.MarkConversationRequest) -> t.MarkConversationResponse:
        """你可以调用 MarkConversation 接口对会话进行标记。

        ``POST /?Action=MarkConversation&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/1187904.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "MarkConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "MarkConversationRequest", "response": "MarkConversationResponse"}
        return cast("t.MarkConversationResponse", self._call(route, request))

    def modify_conversation(self, request: t.ModifyConversationRequest) -> t.ModifyConversationResponse:
        """你可以使用此接口修改会话信息。

        ``POST /?Action=ModifyConversation&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/337115.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "ModifyConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "ModifyConversationRequest", "response": "ModifyConversationResponse"}
        return cast("t.ModifyConversationResponse", self._call(route, request))

    def modify_conversation_setting(self, request: t.ModifyConversationSettingRequest) -> t.ModifyConversationSettingResponse:
        """你可以使用此接口修改会话成员对会话的设置。

        ``POST /?Action=ModifyConversationSetting&Version=2020-12-01``; at most 50 calls per second.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "ModifyConversationSetting"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "ModifyConversationSettingRequest", "response": "ModifyConversationSettingResponse"}
        return cast("t.ModifyConversationSettingResponse", self._call(route, request))

    def modify_message(self, request: t.ModifyMessageRequest) -> t.ModifyMessageResponse:
        """你可以使用此接口修改消息扩展字段。

        ``POST /?Action=ModifyMessage&Version=2020-12-01``; at most 50 calls per second.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "ModifyMessage"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "ModifyMessageRequest", "response": "ModifyMessageResponse"}
        return cast("t.ModifyMessageResponse", self._call(route, request))

    def modify_participant_read_index(self, request: t.ModifyParticipantReadIndexRequest) -> t.ModifyParticipantReadIndexResponse:
        """修改会话成员的已读位置。

        ``POST /?Action=ModifyParticipantReadIndex&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/main/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "ModifyParticipantReadIndex"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "ModifyParticipantReadIndexRequest", "response": "ModifyParticipantReadIndexResponse"}
        return cast("t.ModifyParticipantReadIndexResponse", self._call(route, request))

    def query_live_participant_status(self, request: t.QueryLiveParticipantStatusRequest) -> t.QueryLiveParticipantStatusResponse:
        """你可以使用此接口查询群成员在直播群的状态。

        ``POST /?Action=QueryLiveParticipantStatus&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/1051348.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "QueryLiveParticipantStatus"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "QueryLiveParticipantStatusRequest", "response": "QueryLiveParticipantStatusResponse"}
        return cast("t.QueryLiveParticipantStatusResponse", self._call(route, request))

    def query_online_status(self, request: t.QueryOnlineStatusRequest) -> t.QueryOnlineStatusResponse:
        """你可以使用此接口查询用户在线状态。

        ``POST /?Action=QueryOnlineStatus&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "QueryOnlineStatus"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "QueryOnlineStatusRequest", "response": "QueryOnlineStatusResponse"}
        return cast("t.QueryOnlineStatusResponse", self._call(route, request))

    def recall_message(self, request: t.RecallMessageRequest) -> t.RecallMessageResponse:
        """你可以使用此接口撤回会话中的消息。

        ``POST /?Action=RecallMessage&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "RecallMessage"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "RecallMessageRequest", "response": "RecallMessageResponse"}
        return cast("t.RecallMessageResponse", self._call(route, request))

    def register_users(self, request: t.RegisterUsersRequest) -> t.RegisterUsersResponse:
        """你可以使用此接口注册用户。

        ``POST /?Action=RegisterUsers&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "RegisterUsers"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "RegisterUsersRequest", "response": "RegisterUsersResponse"}
        return cast("t.RegisterUsersResponse", self._call(route, request))

    def remove_black_list(self, request: t.RemoveBlackListRequest) -> t.RemoveBlackListResponse:
        """你可以使用此接口移出黑名单用户。

        ``POST /?Action=RemoveBlackList&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "RemoveBlackList"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "RemoveBlackListRequest", "response": "RemoveBlackListResponse"}
        return cast("t.RemoveBlackListResponse", self._call(route, request))

    def scan_conversation_participant_list(self, request: t.ScanConversationParticipantListRequest) -> t.ScanConversationParticipantListResponse:
        """你可以使用此接口分批扫描群中成员的详细信息。

        ``POST /?Action=ScanConversationParticipantList&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/336993.
        Applies to conversation type: group, live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "ScanConversationParticipantList"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "ScanConversationParticipantListRequest", "response": "ScanConversationParticipantListResponse"}
        return cast("t.ScanConversationParticipantListResponse", self._call(route, request))

    def scan_conversation_participant_list_pages(self, request: t.ScanConversationParticipantListRequest) -> Iterator[t.ScanConversationParticipantListResponse]:
        """Every page of ``ScanConversationParticipantList`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "Participants", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.scan_conversation_participant_list)

    def send_message(self, request: t.SendMessageRequest) -> t.SendMessageResponse:
        """你可以使用此接口发送消息。

        ``POST /?Action=SendMessage&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "SendMessage"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "SendMessageRequest", "response": "SendMessageResponse"}
        return cast("t.SendMessageResponse", self._call(route, request))

    def un_register_users(self, request: t.UnRegisterUsersRequest) -> t.UnRegisterUsersResponse:
        """你可以使用此接口注销用户。

        ``POST /?Action=UnRegisterUsers&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "UnRegisterUsers"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "UnRegisterUsersRequest", "response": "UnRegisterUsersResponse"}
        return cast("t.UnRegisterUsersResponse", self._call(route, request))

    def update_black_list(self, request: t.UpdateBlackListRequest) -> t.UpdateBlackListResponse:
        """你可以使用此接口更新黑名单中的用户信息。

        ``POST /?Action=UpdateBlackList&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/1152121.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "UpdateBlackList"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "UpdateBlackListRequest", "response": "UpdateBlackListResponse"}
        return cast("t.UpdateBlackListResponse", self._call(route, request))

    def update_friend(self, request: t.UpdateFriendRequest) -> t.UpdateFriendResponse:
        """你可以使用此接口对好友信息进行更新。

        ``POST /?Action=UpdateFriend&Version=2020-12-01``. See https://www.volcengine.com/docs/6348/1125752.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "UpdateFriend"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "UpdateFriendRequest", "response": "UpdateFriendResponse"}
        return cast("t.UpdateFriendResponse", self._call(route, request))

    def user_broadcast(self, request: t.UserBroadcastRequest) -> t.UserBroadcastResponse:
        """你可以使用此接口向全员或指定标签的用户广播消息。

        ``POST /?Action=UserBroadcast&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/14db249c2724fefd3e86dc98fcc9df2abfae8cc7/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "UserBroadcast"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "UserBroadcastRequest", "response": "UserBroadcastResponse"}
        return cast("t.UserBroadcastResponse", self._call(route, request))


def validate_add_black_list_request(request: t.AddBlackListRequest) -> list[Violation]:
    """The violations of ``AddBlackListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AddBlackListRequest", request)


def validate_add_friend_request(request: t.AddFriendRequest) -> list[Violation]:
    """The violations of ``AddFriendRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AddFriendRequest", request)


def validate_batch_add_block_participants_request(request: t.BatchAddBlockParticipantsRequest) -> list[Violation]:
    """The violations of ``BatchAddBlockParticipantsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchAddBlockParticipantsRequest", request)


def validate_batch_add_conversation_participant_request(request: t.BatchAddConversationParticipantRequest) -> list[Violation]:
    """The violations of ``BatchAddConversationParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchAddConversationParticipantRequest", request)


def validate_batch_add_manager_request(request: t.BatchAddManagerRequest) -> list[Violation]:
    """The violations of ``BatchAddManagerRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchAddManagerRequest", request)


def validate_batch_add_whitelist_participant_request(request: t.BatchAddWhitelistParticipantRequest) -> list[Violation]:
    """The violations of ``BatchAddWhitelistParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchAddWhitelistParticipantRequest", request)


def validate_batch_delete_block_participants_request(request: t.BatchDeleteBlockParticipantsRequest) -> list[Violation]:
    """The violations of ``BatchDeleteBlockParticipantsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchDeleteBlockParticipantsRequest", request)


def validate_batch_delete_conversation_participant_request(request: t.BatchDeleteConversationParticipantRequest) -> list[Violation]:
    """The violations of ``BatchDeleteConversationParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchDeleteConversationParticipantRequest", request)


def validate_batch_get_block_participants_request(request: t.BatchGetBlockParticipantsRequest) -> list[Violation]:
    """The violations of ``BatchGetBlockParticipantsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchGetBlockParticipantsRequest", request)


def validate_batch_get_conversation_participant_request(request: t.BatchGetConversationParticipantRequest) -> list[Violation]:
    """The violations of ``BatchGetConversationParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchGetConversationParticipantRequest", request)


def validate_batch_get_conversations_request(request: t.BatchGetConversationsRequest) -> list[Violation]:
    """The violations of ``BatchGetConversationsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchGetConversationsRequest", request)


def validate_batch_get_user_request(request: t.BatchGetUserRequest) -> list[Violation]:
    """The violations of ``BatchGetUserRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchGetUserRequest", request)


def validate_batch_get_whitelist_participant_request(request: t.BatchGetWhitelistParticipantRequest) -> list[Violation]:
    """The violations of ``BatchGetWhitelistParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchGetWhitelistParticipantRequest", request)


def validate_batch_modify_conversation_participant_request(request: t.BatchModifyConversationParticipantRequest) -> list[Violation]:
    """The violations of ``BatchModifyConversationParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchModifyConversationParticipantRequest", request)


def validate_batch_remove_manager_request(request: t.BatchRemoveManagerRequest) -> list[Violation]:
    """The violations of ``BatchRemoveManagerRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchRemoveManagerRequest", request)


def validate_batch_remove_whitelist_participant_request(request: t.BatchRemoveWhitelistParticipantRequest) -> list[Violation]:
    """The violations of ``BatchRemoveWhitelistParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchRemoveWhitelistParticipantRequest", request)


def validate_batch_send_message_request(request: t.BatchSendMessageRequest) -> list[Violation]:
    """The violations of ``BatchSendMessageRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchSendMessageRequest", request)


def validate_batch_update_live_participants_request(request: t.BatchUpdateLiveParticipantsRequest) -> list[Violation]:
    """The violations of ``BatchUpdateLiveParticipantsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchUpdateLiveParticipantsRequest", request)


def validate_batch_update_user_request(request: t.BatchUpdateUserRequest) -> list[Violation]:
    """The violations of ``BatchUpdateUserRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchUpdateUserRequest", request)


def validate_batch_update_user_tags_request(request: t.BatchUpdateUserTagsRequest) -> list[Violation]:
    """The violations of ``BatchUpdateUserTagsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchUpdateUserTagsRequest", request)


def validate_create_conversation_request(request: t.CreateConversationRequest) -> list[Violation]:
    """The violations of ``CreateConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "CreateConversationRequest", request)


def validate_delete_conversation_message_request(request: t.DeleteConversationMessageRequest) -> list[Violation]:
    """The violations of ``DeleteConversationMessageRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DeleteConversationMessageRequest", request)


def validate_delete_friend_request(request: t.DeleteFriendRequest) -> list[Violation]:
    """The violations of ``DeleteFriendRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DeleteFriendRequest", request)


def validate_delete_message_request(request: t.DeleteMessageRequest) -> list[Violation]:
    """The violations of ``DeleteMessageRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DeleteMessageRequest", request)


def validate_destroy_conversation_request(request: t.DestroyConversationRequest) -> list[Violation]:
    """The violations of ``DestroyConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DestroyConversationRequest", request)


def validate_get_app_token_request(request: t.GetAppTokenRequest) -> list[Violation]:
    """The violations of ``GetAppTokenRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetAppTokenRequest", request)


def validate_get_black_list_request(request: t.GetBlackListRequest) -> list[Violation]:
    """The violations of ``GetBlackListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetBlackListRequest", request)


def validate_get_conversation_marks_request(request: t.GetConversationMarksRequest) -> list[Violation]:
    """The violations of ``GetConversationMarksRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetConversationMarksRequest", request)


def validate_get_conversation_messages_request(request: t.GetConversationMessagesRequest) -> list[Violation]:
    """The violations of ``GetConversationMessagesRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetConversationMessagesRequest", request)


def validate_get_conversation_setting_request(request: t.GetConversationSettingRequest) -> list[Violation]:
    """The violations of ``GetConversationSettingRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetConversationSettingRequest", request)


def validate_get_conversation_user_count_request(request: t.GetConversationUserCountRequest) -> list[Violation]:
    """The violations of ``GetConversationUserCountRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetConversationUserCountRequest", request)


def validate_get_messages_request(request: t.GetMessagesRequest) -> list[Violation]:
    """The violations of ``GetMessagesRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetMessagesRequest", request)


def validate_get_messages_read_receipt_request(request: t.GetMessagesReadReceiptRequest) -> list[Violation]:
    """The violations of ``GetMessagesReadReceiptRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetMessagesReadReceiptRequest", request)


def validate_get_participant_read_index_request(request: t.GetParticipantReadIndexRequest) -> list[Violation]:
    """The violations of ``GetParticipantReadIndexRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetParticipantReadIndexRequest", request)


def validate_get_user_conversations_request(request: t.GetUserConversationsRequest) -> list[Violation]:
    """The violations of ``GetUserConversationsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetUserConversationsRequest", request)


def validate_is_friend_request(request: t.IsFriendRequest) -> list[Violation]:
    """The violations of ``IsFriendRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "IsFriendRequest", request)


def validate_is_in_black_list_request(request: t.IsInBlackListRequest) -> list[Violation]:
    """The violations of ``IsInBlackListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "IsInBlackListRequest", request)


def validate_is_user_in_conversation_request(request: t.IsUserInConversationRequest) -> list[Violation]:
    """The violations of ``IsUserInConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "IsUserInConversationRequest", request)


def validate_list_friend_request(request: t.ListFriendRequest) -> list[Violation]:
    """The violations of ``ListFriendRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ListFriendRequest", request)


def validate_mark_conversation_request(request: t.MarkConversationRequest) -> list[Violation]:
    """The violations of ``MarkConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "MarkConversationRequest", request)


def validate_modify_conversation_request(request: t.ModifyConversationRequest) -> list[Violation]:
    """The violations of ``ModifyConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ModifyConversationRequest", request)


def validate_modify_conversation_setting_request(request: t.ModifyConversationSettingRequest) -> list[Violation]:
    """The violations of ``ModifyConversationSettingRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ModifyConversationSettingRequest", request)


def validate_modify_message_request(request: t.ModifyMessageRequest) -> list[Violation]:
    """The violations of ``ModifyMessageRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ModifyMessageRequest", request)


def validate_modify_participant_read_index_request(request: t.ModifyParticipantReadIndexRequest) -> list[Violation]:
    """The violations of ``ModifyParticipantReadIndexRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ModifyParticipantReadIndexRequest", request)


def validate_query_live_participant_status_request(request: t.QueryLiveParticipantStatusRequest) -> list[Violation]:
    """The violations of ``QueryLiveParticipantStatusRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "QueryLiveParticipantStatusRequest", request)


def validate_query_online_status_request(request: t.QueryOnlineStatusRequest) -> list[Violation]:
    """The violations of ``QueryOnlineStatusRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "QueryOnlineStatusRequest", request)


def validate_recall_message_request(request: t.RecallMessageRequest) -> list[Violation]:
    """The violations of ``RecallMessageRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "RecallMessageRequest", request)


def validate_register_users_request(request: t.RegisterUsersRequest) -> list[Violation]:
    """The violations of ``RegisterUsersRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "RegisterUsersRequest", request)


def validate_remove_black_list_request(request: t.RemoveBlackListRequest) -> list[Violation]:
    """The violations of ``RemoveBlackListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "RemoveBlackListRequest", request)


def validate_scan_conversation_participant_list_request(request: t.ScanConversationParticipantListRequest) -> list[Violation]:
    """The violations of ``ScanConversationParticipantListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ScanConversationParticipantListRequest", request)


def validate_send_message_request(request: t.SendMessageRequest) -> list[Violation]:
    """The violations of ``SendMessageRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "SendMessageRequest", request)


def validate_un_register_users_request(request: t.UnRegisterUsersRequest) -> list[Violation]:
    """The violations of ``UnRegisterUsersRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UnRegisterUsersRequest", request)


def validate_update_black_list_request(request: t.UpdateBlackListRequest) -> list[Violation]:
    """The violations of ``UpdateBlackListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UpdateBlackListRequest", request)


def validate_update_friend_request(request: t.UpdateFriendRequest) -> list[Violation]:
    """The violations of ``UpdateFriendRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UpdateFriendRequest", request)


def validate_user_broadcast_request(request: t.UserBroadcastRequest) -> list[Violation]:
    """The violations of ``UserBroadcastRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserBroadcastRequest", request)
