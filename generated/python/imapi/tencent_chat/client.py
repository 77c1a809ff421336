# Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the python template set (client.py.j2) (@generated). DO NOT EDIT.
"""The client of Tencent Cloud Chat (IM) server REST API, its validators, and the schema they read."""

from __future__ import annotations

import os
from typing import Any, Final, Iterator, cast

from .._runtime import HttpOptions, Violation, call, pages, validate
from . import types as t

__all__ = ["ENDPOINTS", "SCHEMA", "SIGNING", "Client", "validate_account_check_request", "validate_account_delete_request", "validate_account_import_request", "validate_add_group_member_request", "validate_admin_get_roam_msg_request", "validate_admin_msg_withdraw_request", "validate_admin_set_msg_read_request", "validate_ban_group_member_request", "validate_batch_send_msg_request", "validate_change_group_owner_request", "validate_create_group_request", "validate_delete_group_member_request", "validate_delete_group_msg_by_sender_request", "validate_destroy_group_request", "validate_forbid_send_msg_request", "validate_get_appid_group_list_request", "validate_get_group_ban_member_request", "validate_get_group_info_request", "validate_get_group_member_info_request", "validate_get_group_muted_account_request", "validate_get_joined_group_list_request", "validate_get_members_request", "validate_get_online_member_num_request", "validate_get_role_in_group_request", "validate_group_msg_get_simple_request", "validate_group_msg_recall_request", "validate_import_group_request", "validate_import_group_member_request", "validate_import_group_msg_request", "validate_import_msg_request", "validate_modify_group_base_info_request", "validate_modify_group_member_info_request", "validate_modify_user_info_request", "validate_multiaccount_import_request", "validate_send_group_msg_request", "validate_send_group_system_notification_request", "validate_send_msg_request", "validate_set_unread_msg_num_request", "validate_unban_group_member_request"]

SCHEMA: Final[dict[str, Any]] = {"envelope": {"fields": [["ActionStatus", {"ref": "ActionStatus"}, True, {}], ["ErrorCode", "i64", True, {}], ["ErrorInfo", "string", True, {}], ["ErrorDisplay", "string", False, {}], ["RequestId", "string", False, {}]], "payload": None, "roles": {"code": ["ErrorCode"], "message": ["ErrorInfo"], "number": ["ErrorCode"], "ok_code": None, "request_id": ["RequestId"], "request_id_header": None, "status": {"ok": "OK", "path": ["ActionStatus"]}}}, "types": {"AccountCheckRequest": {"at_least_one_of": [], "fields": [["CheckItem", ["list", {"ref": "AccountUserId"}], True, {"code": "70402", "max_items": 100, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountCheckResponse": {"at_least_one_of": [], "fields": [["ResultItem", ["list", {"ref": "AccountCheckResult"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountCheckResult": {"at_least_one_of": [], "fields": [["UserID", "string", True, {}], ["ResultCode", "i32", True, {}], ["ResultInfo", "string", True, {}], ["AccountStatus", {"ref": "AccountStatus"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountDeleteRequest": {"at_least_one_of": [], "fields": [["DeleteItem", ["list", {"ref": "AccountUserId"}], True, {"code": "70402", "max_items": 100, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountDeleteResponse": {"at_least_one_of": [], "fields": [["ResultItem", ["list", {"ref": "AccountDeleteResult"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountDeleteResult": {"at_least_one_of": [], "fields": [["ResultCode", "i32", True, {}], ["ResultInfo", "string", True, {}], ["UserID", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountImportRequest": {"at_least_one_of": [], "fields": [["UserID", "string", True, {"code": "70402", "length_unit": "bytes", "max_length": 32, "min_length": 1}], ["Nick", "string", False, {"code": "40601", "length_unit": "bytes", "max_length": 500}], ["FaceUrl", "string", False, {"code": "40601", "length_unit": "bytes", "max_length": 500}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountImportResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AccountStatus": {"allowed": ["\"Imported\" (Imported)", "\"NotImported\" (NotImported)"], "kind": "enum", "open": False, "repr": "string", "values": ["Imported", "NotImported"]}, "AccountUserId": {"at_least_one_of": [], "fields": [["UserID", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ActionStatus": {"allowed": ["\"OK\" (Ok)", "\"FAIL\" (Fail)"], "kind": "enum", "open": False, "repr": "string", "values": ["OK", "FAIL"]}, "AddGroupMemberRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Silence", "i32", False, {"maximum": 1, "minimum": 0}], ["MemberList", ["list", {"ref": "NewGroupMember"}], True, {"code": "10005", "max_items": 300, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AddGroupMemberResponse": {"at_least_one_of": [], "fields": [["MemberList", ["list", {"ref": "AddedGroupMember"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AddMemberResult": {"allowed": ["0 (Failed)", "1 (Added)", "2 (AlreadyMember)", "3 (AwaitingConfirmation)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1, 2, 3]}, "AddedGroupMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Result", {"ref": "AddMemberResult"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AdminGetRoamMsgRequest": {"at_least_one_of": [], "fields": [["Operator_Account", "string", True, {}], ["Peer_Account", "string", True, {}], ["MaxCnt", "i32", True, {"minimum": 1}], ["MinTime", "i64", True, {}], ["MaxTime", "i64", True, {}], ["LastMsgKey", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AdminGetRoamMsgResponse": {"at_least_one_of": [], "fields": [["Complete", "i32", True, {}], ["MsgCnt", "i32", True, {}], ["LastMsgTime", "i64", True, {}], ["LastMsgKey", "string", True, {}], ["MsgList", ["list", {"ref": "C2cHistoryMessage"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AdminMsgWithdrawRequest": {"at_least_one_of": [], "fields": [["From_Account", "string", True, {"length_unit": "bytes", "min_length": 1}], ["To_Account", "string", True, {"length_unit": "bytes", "min_length": 1}], ["MsgKey", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AdminMsgWithdrawResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AdminSetMsgReadRequest": {"at_least_one_of": [], "fields": [["Report_Account", "string", True, {}], ["Peer_Account", "string", True, {}], ["MsgReadTime", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AdminSetMsgReadResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AndroidPushInfo": {"at_least_one_of": [], "fields": [["Sound", "string", False, {}], ["HuaWeiChannelID", "string", False, {}], ["XiaoMiChannelID", "string", False, {}], ["OPPOChannelID", "string", False, {}], ["GoogleChannelID", "string", False, {}], ["VIVOClassification", "i32", False, {"maximum": 1, "minimum": 0}], ["HuaWeiImportance", "string", False, {}], ["ExtAsHuaweiIntentParam", "i32", False, {"maximum": 1, "minimum": 0}], ["HuaWeiCategory", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ApnsPushInfo": {"at_least_one_of": [], "fields": [["Sound", "string", False, {}], ["BadgeMode", "i32", False, {"maximum": 1, "minimum": 0}], ["Title", "string", False, {}], ["SubTitle", "string", False, {}], ["Image", "string", False, {}], ["MutableContent", "i32", False, {"maximum": 1, "minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "AppMemberDefinedData": {"at_least_one_of": [], "fields": [["Key", "string", True, {}], ["Value", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ApplyJoinOption": {"allowed": ["\"FreeAccess\" (FreeAccess)", "\"NeedPermission\" (NeedPermission)", "\"DisableApply\" (DisableApply)"], "kind": "enum", "open": False, "repr": "string", "values": ["FreeAccess", "NeedPermission", "DisableApply"]}, "BanGroupMemberRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Members_Account", ["list", "string"], True, {"code": "10005", "max_items": 20, "min_items": 1}], ["Duration", "u32", True, {}], ["Description", "string", False, {"code": "10004", "length_unit": "bytes", "max_length": 1000}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BanGroupMemberResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BannedMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["BannedUntil", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchSendError": {"at_least_one_of": [], "fields": [["To_Account", "string", True, {}], ["ErrorCode", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchSendMsgRequest": {"at_least_one_of": [], "fields": [["SyncOtherMachine", "i32", False, {"maximum": 2, "minimum": 1}], ["From_Account", "string", False, {"length_unit": "bytes", "min_length": 1}], ["To_Account", ["list", "string"], True, {"code": "90011", "max_items": 500, "min_items": 1}], ["MsgLifeTime", "i64", False, {"code": "90026", "maximum": 604800, "minimum": 0}], ["MsgSeq", "u32", False, {}], ["MsgRandom", "u32", True, {}], ["SendMsgControl", ["list", {"ref": "C2cSendMsgControl"}], False, {}], ["MsgBody", ["list", {"ref": "TimMsgElement"}], True, {"min_items": 1}], ["CloudCustomData", "string", False, {}], ["SupportMessageExtension", "i32", False, {"maximum": 1, "minimum": 0}], ["OfflinePushInfo", {"ref": "OfflinePushInfo"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchSendMsgResponse": {"at_least_one_of": [], "fields": [["MsgTime", "i64", False, {}], ["MsgKey", "string", False, {}], ["ErrorList", ["list", {"ref": "BatchSendError"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "C2cHistoryMessage": {"at_least_one_of": [], "fields": [["From_Account", "string", True, {}], ["To_Account", "string", True, {}], ["MsgSeq", "u32", True, {}], ["MsgRandom", "u32", True, {}], ["MsgTimeStamp", "i64", True, {}], ["MsgFlagBits", "i32", True, {}], ["IsPeerRead", "i32", False, {}], ["MsgKey", "string", True, {}], ["MsgBody", ["list", {"ref": "HistoryMsgElement"}], True, {}], ["CloudCustomData", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "C2cSendMsgControl": {"allowed": ["\"NoUnread\" (NoUnread)", "\"NoLastMsg\" (NoLastMsg)", "\"WithMuteNotifications\" (WithMuteNotifications)"], "kind": "enum", "open": False, "repr": "string", "values": ["NoUnread", "NoLastMsg", "WithMuteNotifications"]}, "CallbackControl": {"allowed": ["\"ForbidBeforeSendMsgCallback\" (ForbidBeforeSendMsgCallback)", "\"ForbidAfterSendMsgCallback\" (ForbidAfterSendMsgCallback)"], "kind": "enum", "open": False, "repr": "string", "values": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"]}, "ChangeGroupOwnerRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["NewOwner_Account", "string", True, {}], ["From_Account", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ChangeGroupOwnerResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "CommandType": {"allowed": ["1 (Set)", "2 (Delete)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2]}, "CreateGroupRequest": {"at_least_one_of": [], "fields": [["Owner_Account", "string", False, {}], ["Type", {"ref": "GroupType"}, True, {"allowed": ["\"Private\" (Private)", "\"Public\" (Public)", "\"ChatRoom\" (ChatRoom)", "\"AVChatRoom\" (AvChatRoom)", "\"Community\" (Community)"], "values": ["Private", "Public", "ChatRoom", "AVChatRoom", "Community"]}], ["GroupId", "string", False, {"length_unit": "bytes", "max_length": 48, "min_length": 1}], ["Name", "string", True, {"length_unit": "bytes", "max_length": 30}], ["Introduction", "string", False, {"length_unit": "bytes", "max_length": 240}], ["Notification", "string", False, {"length_unit": "bytes", "max_length": 300}], ["FaceUrl", "string", False, {"length_unit": "bytes", "max_length": 100}], ["MaxMemberCount", "i32", False, {"minimum": 1}], ["ApplyJoinOption", {"ref": "ApplyJoinOption"}, False, {}], ["AppDefinedData", ["list", {"ref": "GroupDefinedData"}], False, {}], ["MemberList", ["list", {"ref": "InitialGroupMember"}], False, {"max_items": 100}], ["SupportTopic", "i32", False, {"maximum": 1, "minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "CreateGroupResponse": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Type", {"ref": "GroupType"}, False, {}], ["HugeGroupFlag", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteGroupMemberRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Silence", "i32", False, {"maximum": 1, "minimum": 0}], ["Reason", "string", False, {}], ["MemberToDel_Account", ["list", "string"], True, {"max_items": 100, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteGroupMemberResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteGroupMsgBySenderRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Sender_Account", "string", True, {}], ["TopicId", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DeleteGroupMsgBySenderResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DestroyGroupRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DestroyGroupResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ForbidSendMsgRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Members_Account", ["list", "string"], True, {"max_items": 500, "min_items": 1}], ["ShutUpTime", "i64", True, {"minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ForbidSendMsgResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetAppidGroupListRequest": {"at_least_one_of": [], "fields": [["Limit", "i32", False, {"maximum": 10000, "minimum": 1}], ["Next", "i64", False, {}], ["GroupType", {"ref": "GroupType"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetAppidGroupListResponse": {"at_least_one_of": [], "fields": [["TotalCount", "i32", True, {}], ["GroupIdList", ["list", {"ref": "GroupIdItem"}], True, {}], ["Next", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetGroupBanMemberRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Limit", "i32", False, {"maximum": 100, "minimum": 1}], ["Offset", "i32", True, {"minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetGroupBanMemberResponse": {"at_least_one_of": [], "fields": [["BannedAccountList", ["list", {"ref": "BannedMember"}], True, {}], ["NextOffset", "i32", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetGroupInfoRequest": {"at_least_one_of": [], "fields": [["GroupIdList", ["list", "string"], True, {"max_items": 50, "min_items": 1}], ["ResponseFilter", {"ref": "GroupInfoResponseFilter"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetGroupInfoResponse": {"at_least_one_of": [], "fields": [["GroupInfo", ["list", {"ref": "GroupInfoItem"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetGroupMemberInfoRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["MemberInfoFilter", ["list", "string"], False, {}], ["MemberRoleFilter", ["list", {"ref": "GroupMemberRole"}], False, {}], ["AppDefinedDataFilter_GroupMember", ["list", "string"], False, {}], ["Limit", "i32", False, {"maximum": 200, "minimum": 1}], ["Offset", "i32", False, {"minimum": 0}], ["Next", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [[[["Next"], ["Offset"]], None]], "required_when": []}, "GetGroupMemberInfoResponse": {"at_least_one_of": [], "fields": [["MemberNum", "i32", True, {}], ["MemberList", ["list", {"ref": "GroupMemberInfo"}], True, {}], ["Next", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetGroupMutedAccountRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetGroupMutedAccountResponse": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["ShuttedUinList", ["list", {"ref": "MutedMember"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetJoinedGroupListRequest": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["WithHugeGroups", "i32", False, {"maximum": 1, "minimum": 0}], ["WithNoActiveGroups", "i32", False, {"maximum": 1, "minimum": 0}], ["Limit", "i32", False, {"minimum": 1}], ["Offset", "i32", False, {"minimum": 0}], ["GroupType", {"ref": "GroupType"}, False, {}], ["ResponseFilter", {"ref": "JoinedGroupResponseFilter"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetJoinedGroupListResponse": {"at_least_one_of": [], "fields": [["TotalCount", "i32", True, {}], ["GroupIdList", ["list", {"ref": "JoinedGroup"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetMembersRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Timestamp", "i64", True, {}], ["Mark", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetMembersResponse": {"at_least_one_of": [], "fields": [["MemberList", ["list", {"ref": "OnlineMember"}], True, {}], ["NextTimestamp", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetOnlineMemberNumRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetOnlineMemberNumResponse": {"at_least_one_of": [], "fields": [["OnlineMemberNum", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetRoleInGroupRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["User_Account", ["list", "string"], True, {"max_items": 500, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetRoleInGroupResponse": {"at_least_one_of": [], "fields": [["UserIdList", ["list", {"ref": "UserRoleInGroup"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupAtInfo": {"at_least_one_of": [], "fields": [["GroupAtAllFlag", "i32", True, {"maximum": 1, "minimum": 0}], ["GroupAt_Account", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": [[["GroupAt_Account"], ["GroupAtAllFlag"], 0, "GroupAtAllFlag is 0", None]]}, "GroupDefinedData": {"at_least_one_of": [], "fields": [["Key", "string", True, {}], ["Value", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupHistoryMessage": {"at_least_one_of": [], "fields": [["From_Account", "string", True, {}], ["IsPlaceMsg", "i32", True, {}], ["MsgBody", ["list", {"ref": "HistoryMsgElement"}], True, {}], ["MsgPriority", {"ref": "StoredMsgPriority"}, False, {}], ["MsgRandom", "u32", True, {}], ["MsgSeq", "i64", True, {}], ["MsgTimeStamp", "i64", True, {}], ["IsSystemMsg", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupIdItem": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupInfoItem": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["ErrorCode", "i64", True, {}], ["ErrorInfo", "string", True, {}], ["Type", {"ref": "GroupType"}, False, {}], ["Name", "string", False, {}], ["Appid", "i64", False, {}], ["Introduction", "string", False, {}], ["Notification", "string", False, {}], ["FaceUrl", "string", False, {}], ["Owner_Account", "string", False, {}], ["CreateTime", "i64", False, {}], ["LastInfoTime", "i64", False, {}], ["LastMsgTime", "i64", False, {}], ["NextMsgSeq", "i64", False, {}], ["MemberNum", "i32", False, {}], ["MaxMemberNum", "i32", False, {}], ["ApplyJoinOption", {"ref": "ApplyJoinOption"}, False, {}], ["MuteAllMember", {"ref": "MuteAllMember"}, False, {}], ["AppDefinedData", ["list", {"ref": "GroupDefinedData"}], False, {}], ["MemberList", ["list", {"ref": "GroupInfoMember"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupInfoMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Role", {"ref": "GroupMemberRole"}, False, {}], ["JoinTime", "i64", False, {}], ["MsgSeq", "i64", False, {}], ["MsgFlag", {"ref": "GroupMsgFlag"}, False, {}], ["LastSendMsgTime", "i64", False, {}], ["MuteUntil", "i64", False, {}], ["AppMemberDefinedData", ["list", {"ref": "AppMemberDefinedData"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupInfoResponseFilter": {"at_least_one_of": [], "fields": [["GroupBaseInfoFilter", ["list", "string"], False, {}], ["MemberInfoFilter", ["list", "string"], False, {}], ["AppDefinedDataFilter_Group", ["list", "string"], False, {}], ["AppDefinedDataFilter_GroupMember", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupMemberInfo": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Role", {"ref": "GroupMemberRole"}, False, {}], ["JoinTime", "i64", False, {}], ["MsgSeq", "u64", False, {}], ["MsgFlag", {"ref": "GroupMsgFlag"}, False, {}], ["LastSendMsgTime", "i64", False, {}], ["ShutUpUntil", "i64", False, {}], ["NameCard", "string", False, {}], ["AppMemberDefinedData", ["list", {"ref": "AppMemberDefinedData"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupMemberRole": {"allowed": ["\"Owner\" (Owner)", "\"Admin\" (Admin)", "\"Member\" (Member)"], "kind": "enum", "open": False, "repr": "string", "values": ["Owner", "Admin", "Member"]}, "GroupMsgFlag": {"allowed": ["\"AcceptAndNotify\" (AcceptAndNotify)", "\"AcceptNotNotify\" (AcceptNotNotify)", "\"Discard\" (Discard)"], "kind": "enum", "open": False, "repr": "string", "values": ["AcceptAndNotify", "AcceptNotNotify", "Discard"]}, "GroupMsgGetSimpleRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["ReqMsgNumber", "i32", True, {"maximum": 20, "minimum": 1}], ["ReqMsgSeq", "i64", False, {}], ["WithRecalledMsg", "i32", False, {"maximum": 1, "minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupMsgGetSimpleResponse": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["IsFinished", "i32", True, {}], ["RspMsgList", ["list", {"ref": "GroupHistoryMessage"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupMsgRecallRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["MsgSeqList", ["list", {"ref": "MsgSeqItem"}], True, {"max_items": 10, "min_items": 1}], ["TopicId", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupMsgRecallResponse": {"at_least_one_of": [], "fields": [["RecallRetList", ["list", {"ref": "RecallResult"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupType": {"allowed": ["\"Public\" (Public)", "\"Private\" (Private)", "\"ChatRoom\" (ChatRoom)", "\"AVChatRoom\" (AvChatRoom)", "\"BChatRoom\" (BChatRoom)", "\"Community\" (Community)"], "kind": "enum", "open": False, "repr": "string", "values": ["Public", "Private", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]}, "HistoryImageElem": {"at_least_one_of": [], "fields": [["Type", {"ref": "ImageType"}, False, {}], ["Size", "i64", False, {}], ["Width", "i64", False, {}], ["Height", "i64", False, {}], ["URL", "string", False, {}], ["UUID", "string", True, {}], ["ImageFormat", {"ref": "ImageFormat"}, False, {}], ["ImageInfoArray", ["list", {"ref": "ImageInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "HistoryMsgElement": {"allowed": ["\"TIMTextElem\" (Text)", "\"TIMLocationElem\" (Location)", "\"TIMFaceElem\" (Face)", "\"TIMCustomElem\" (Custom)", "\"TIMSoundElem\" (Sound)", "\"TIMImageElem\" (Image)", "\"TIMFileElem\" (File)", "\"TIMVideoFileElem\" (VideoFile)"], "content": "MsgContent", "kind": "union", "tag": "MsgType", "variants": {"TIMCustomElem": "TimCustomElem", "TIMFaceElem": "TimFaceElem", "TIMFileElem": "TimFileElem", "TIMImageElem": "HistoryImageElem", "TIMLocationElem": "TimLocationElem", "TIMSoundElem": "TimSoundElem", "TIMTextElem": "TimTextElem", "TIMVideoFileElem": "TimVideoFileElem"}}, "ImageFormat": {"allowed": ["1 (Jpg)", "2 (Gif)", "3 (Png)", "4 (Bmp)", "255 (Other)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2, 3, 4, 255]}, "ImageInfo": {"at_least_one_of": [], "fields": [["Type", {"ref": "ImageType"}, True, {}], ["Size", "i64", True, {}], ["Width", "i64", True, {}], ["Height", "i64", True, {}], ["URL", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImageType": {"allowed": ["1 (Original)", "2 (Large)", "3 (Thumbnail)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2, 3]}, "ImportGroupMemberRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["MemberList", ["list", {"ref": "ImportedGroupMember"}], True, {"code": "10005", "max_items": 300, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportGroupMemberResponse": {"at_least_one_of": [], "fields": [["MemberList", ["list", {"ref": "ImportedMemberResult"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportGroupMsgItem": {"at_least_one_of": [], "fields": [["From_Account", "string", True, {}], ["SendTime", "i64", True, {}], ["Random", "u32", False, {}], ["MsgBody", ["list", {"ref": "TimMsgElement"}], True, {"min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportGroupMsgRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["RecentContactFlag", "i32", False, {"maximum": 1, "minimum": 0}], ["MsgList", ["list", {"ref": "ImportGroupMsgItem"}], True, {"max_items": 7, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportGroupMsgResponse": {"at_least_one_of": [], "fields": [["ImportMsgResult", ["list", {"ref": "ImportGroupMsgResult"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportGroupMsgResult": {"at_least_one_of": [], "fields": [["Result", "i32", True, {}], ["MsgTime", "i64", True, {}], ["MsgSeq", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportGroupRequest": {"at_least_one_of": [], "fields": [["Owner_Account", "string", False, {}], ["Type", {"ref": "GroupType"}, True, {"allowed": ["\"Private\" (Private)", "\"Public\" (Public)", "\"ChatRoom\" (ChatRoom)", "\"AVChatRoom\" (AvChatRoom)", "\"Community\" (Community)"], "values": ["Private", "Public", "ChatRoom", "AVChatRoom", "Community"]}], ["GroupId", "string", False, {"length_unit": "bytes", "max_length": 48, "min_length": 1}], ["Name", "string", True, {"length_unit": "bytes", "max_length": 30}], ["Introduction", "string", False, {"length_unit": "bytes", "max_length": 240}], ["Notification", "string", False, {"length_unit": "bytes", "max_length": 300}], ["FaceUrl", "string", False, {"length_unit": "bytes", "max_length": 100}], ["MaxMemberCount", "i32", False, {"minimum": 1}], ["ApplyJoinOption", {"ref": "ApplyJoinOption"}, False, {}], ["AppDefinedData", ["list", {"ref": "GroupDefinedData"}], False, {}], ["CreateTime", "i64", False, {}], ["SupportTopic", "i32", False, {"maximum": 1, "minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportGroupResponse": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportMemberResult": {"allowed": ["0 (Failed)", "1 (Imported)", "2 (AlreadyMember)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1, 2]}, "ImportMsgRequest": {"at_least_one_of": [], "fields": [["SyncFromOldSystem", "i32", True, {"maximum": 2, "minimum": 1}], ["From_Account", "string", True, {}], ["To_Account", "string", True, {}], ["MsgSeq", "u32", False, {}], ["MsgRandom", "u32", True, {}], ["MsgTimeStamp", "i64", True, {}], ["MsgBody", ["list", {"ref": "TimMsgElement"}], True, {"min_items": 1}], ["CloudCustomData", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportMsgResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportedAccount": {"at_least_one_of": [], "fields": [["UserID", "string", True, {"code": "70402", "length_unit": "bytes", "max_length": 32, "min_length": 1}], ["Nick", "string", False, {"code": "40601", "length_unit": "bytes", "max_length": 500}], ["FaceUrl", "string", False, {"code": "40601", "length_unit": "bytes", "max_length": 500}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportedGroupMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Role", {"ref": "GroupMemberRole"}, False, {}], ["JoinTime", "i64", False, {}], ["UnreadMsgNum", "i32", False, {"minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ImportedMemberResult": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Result", {"ref": "ImportMemberResult"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "InitialGroupMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Role", {"ref": "GroupMemberRole"}, False, {"allowed": ["\"Admin\" (Admin)"], "values": ["Admin"]}], ["AppMemberDefinedData", ["list", {"ref": "AppMemberDefinedData"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "JoinedGroup": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Type", {"ref": "GroupType"}, False, {}], ["Name", "string", False, {}], ["Introduction", "string", False, {}], ["Notification", "string", False, {}], ["FaceUrl", "string", False, {}], ["Owner_Account", "string", False, {}], ["CreateTime", "i64", False, {}], ["LastInfoTime", "i64", False, {}], ["LastMsgTime", "i64", False, {}], ["NextMsgSeq", "i64", False, {}], ["MemberNum", "i32", False, {}], ["MaxMemberNum", "i32", False, {}], ["ApplyJoinOption", {"ref": "ApplyJoinOption"}, False, {}], ["ShutUpAllMember", {"ref": "MuteAllMember"}, False, {}], ["SelfInfo", {"ref": "JoinedGroupSelfInfo"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "JoinedGroupResponseFilter": {"at_least_one_of": [], "fields": [["GroupBaseInfoFilter", ["list", "string"], False, {}], ["SelfInfoFilter", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "JoinedGroupSelfInfo": {"at_least_one_of": [], "fields": [["Role", {"ref": "GroupMemberRole"}, False, {}], ["JoinTime", "i64", False, {}], ["MsgFlag", {"ref": "GroupMsgFlag"}, False, {}], ["MsgSeq", "i64", False, {}], ["UnreadMsgNum", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MemberMarks": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Marks", ["list", "i64"], True, {"items": {"also_allowed": [500, 600], "minimum": 1000}}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyGroupBaseInfoRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Name", "string", False, {"length_unit": "bytes", "max_length": 30}], ["Introduction", "string", False, {"length_unit": "bytes", "max_length": 240}], ["Notification", "string", False, {"length_unit": "bytes", "max_length": 300}], ["FaceUrl", "string", False, {"length_unit": "bytes", "max_length": 100}], ["MaxMemberNum", "i32", False, {"minimum": 1}], ["ApplyJoinOption", {"ref": "ApplyJoinOption"}, False, {}], ["AppDefinedData", ["list", {"ref": "GroupDefinedData"}], False, {}], ["MuteAllMember", {"ref": "MuteAllMember"}, False, {}], ["ShutUpAllMember", {"ref": "MuteAllMember"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [[[["MuteAllMember"], ["ShutUpAllMember"]], None]], "required_when": []}, "ModifyGroupBaseInfoResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyGroupMemberInfoRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Member_Account", "string", True, {}], ["Role", {"ref": "GroupMemberRole"}, False, {}], ["MsgFlag", {"ref": "GroupMsgFlag"}, False, {}], ["NameCard", "string", False, {"code": "10004", "length_unit": "bytes", "max_length": 50}], ["AppMemberDefinedData", ["list", {"ref": "AppMemberDefinedData"}], False, {}], ["ShutUpTime", "i64", False, {"minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyGroupMemberInfoResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyUserInfoRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["CommandType", {"ref": "CommandType"}, True, {}], ["MemberList", ["list", {"ref": "MemberMarks"}], True, {"max_items": 500}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyUserInfoResponse": {"at_least_one_of": [], "fields": [["CommandType", {"ref": "CommandType"}, True, {}], ["MemberList", ["list", {"ref": "MemberMarks"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MsgPriority": {"allowed": ["\"High\" (High)", "\"Normal\" (Normal)", "\"Low\" (Low)"], "kind": "enum", "open": False, "repr": "string", "values": ["High", "Normal", "Low"]}, "MsgSeqItem": {"at_least_one_of": [], "fields": [["MsgSeq", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MultiaccountImportRequest": {"at_least_one_of": [[[["Accounts"], ["AccountList"]], None]], "fields": [["Accounts", ["list", "string"], False, {"code": "70402", "items": {"code": "70402", "length_unit": "bytes", "max_length": 32, "min_length": 1}, "max_items": 100, "min_items": 1}], ["AccountList", ["list", {"ref": "ImportedAccount"}], False, {"code": "70402", "max_items": 100, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [[[["Accounts"], ["AccountList"]], None]], "required_when": []}, "MultiaccountImportResponse": {"at_least_one_of": [], "fields": [["FailAccounts", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MuteAllMember": {"allowed": ["\"On\" (On)", "\"Off\" (Off)"], "kind": "enum", "open": False, "repr": "string", "values": ["On", "Off"]}, "MutedMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["ShuttedUntil", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "NewGroupMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "OfflinePushInfo": {"at_least_one_of": [], "fields": [["PushFlag", "i32", False, {"maximum": 1, "minimum": 0}], ["Title", "string", False, {}], ["Desc", "string", False, {}], ["Ext", "string", False, {}], ["AndroidInfo", {"ref": "AndroidPushInfo"}, False, {}], ["ApnsInfo", {"ref": "ApnsPushInfo"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "OnlineMember": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["JoinTime", "i64", False, {}], ["NickName", "string", False, {}], ["Avatar", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RecallResult": {"at_least_one_of": [], "fields": [["MsgSeq", "i64", True, {}], ["RetCode", "i32", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RoleInGroup": {"allowed": ["\"Owner\" (Owner)", "\"Admin\" (Admin)", "\"Member\" (Member)", "\"NotMember\" (NotMember)"], "kind": "enum", "open": False, "repr": "string", "values": ["Owner", "Admin", "Member", "NotMember"]}, "SendGroupMsgRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Random", "u32", True, {}], ["MsgPriority", {"ref": "MsgPriority"}, False, {}], ["MsgBody", ["list", {"ref": "TimMsgElement"}], True, {"min_items": 1}], ["From_Account", "string", False, {}], ["OfflinePushInfo", {"ref": "OfflinePushInfo"}, False, {}], ["ForbidCallbackControl", ["list", {"ref": "CallbackControl"}], False, {}], ["OnlineOnlyFlag", "i32", False, {"maximum": 1, "minimum": 0}], ["SendMsgControl", ["list", {"ref": "SendMsgControl"}], False, {}], ["CloudCustomData", "string", False, {}], ["GroupAtInfo", ["list", {"ref": "GroupAtInfo"}], False, {}], ["SupportMessageExtension", "i32", False, {"maximum": 1, "minimum": 0}]], "forbidden_when": [[["SendMsgControl"], ["OnlineOnlyFlag"], 1, "OnlineOnlyFlag is 1", None]], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendGroupMsgResponse": {"at_least_one_of": [], "fields": [["MsgTime", "i64", True, {}], ["MsgSeq", "u64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendGroupSystemNotificationRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["ToMembers_Account", ["list", "string"], False, {"max_items": 500}], ["Content", "string", True, {}], ["TopicId", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendGroupSystemNotificationResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendMsgControl": {"allowed": ["\"NoLastMsg\" (NoLastMsg)", "\"NoUnread\" (NoUnread)"], "kind": "enum", "open": False, "repr": "string", "values": ["NoLastMsg", "NoUnread"]}, "SendMsgRequest": {"at_least_one_of": [], "fields": [["SyncOtherMachine", "i32", False, {"maximum": 2, "minimum": 1}], ["From_Account", "string", False, {}], ["To_Account", "string", True, {}], ["MsgLifeTime", "i64", False, {"code": "90026", "maximum": 604800, "minimum": 0}], ["MsgSeq", "u32", False, {}], ["MsgRandom", "u32", True, {}], ["MsgTimeStamp", "i64", False, {}], ["ForbidCallbackControl", ["list", {"ref": "CallbackControl"}], False, {}], ["SendMsgControl", ["list", {"ref": "C2cSendMsgControl"}], False, {}], ["MsgBody", ["list", {"ref": "TimMsgElement"}], True, {"min_items": 1}], ["CloudCustomData", "string", False, {}], ["SupportMessageExtension", "i32", False, {"maximum": 1, "minimum": 0}], ["OfflinePushInfo", {"ref": "OfflinePushInfo"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendMsgResponse": {"at_least_one_of": [], "fields": [["MsgTime", "i64", True, {}], ["MsgKey", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SetUnreadMsgNumRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Member_Account", "string", True, {}], ["UnreadMsgNum", "i64", True, {"minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SetUnreadMsgNumResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "StoredMsgPriority": {"allowed": ["1 (High)", "2 (Normal)", "3 (Low)", "4 (Lowest)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2, 3, 4]}, "TimCustomElem": {"at_least_one_of": [], "fields": [["Data", "string", True, {}], ["Desc", "string", False, {}], ["Ext", "string", False, {}], ["Sound", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TimFaceElem": {"at_least_one_of": [], "fields": [["Index", "i64", True, {}], ["Data", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TimFileElem": {"at_least_one_of": [], "fields": [["Url", "string", "request", {}], ["UUID", "string", True, {}], ["FileSize", "i64", False, {}], ["FileName", "string", False, {}], ["Download_Flag", "i32", "request", {"maximum": 2, "minimum": 2}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TimImageElem": {"at_least_one_of": [], "fields": [["UUID", "string", True, {}], ["ImageFormat", {"ref": "ImageFormat"}, False, {}], ["ImageInfoArray", ["list", {"ref": "ImageInfo"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TimLocationElem": {"at_least_one_of": [], "fields": [["Desc", "string", True, {}], ["Latitude", "f64", True, {}], ["Longitude", "f64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TimMsgElement": {"allowed": ["\"TIMTextElem\" (Text)", "\"TIMLocationElem\" (Location)", "\"TIMFaceElem\" (Face)", "\"TIMCustomElem\" (Custom)", "\"TIMSoundElem\" (Sound)", "\"TIMImageElem\" (Image)", "\"TIMFileElem\" (File)", "\"TIMVideoFileElem\" (VideoFile)"], "content": "MsgContent", "kind": "union", "tag": "MsgType", "variants": {"TIMCustomElem": "TimCustomElem", "TIMFaceElem": "TimFaceElem", "TIMFileElem": "TimFileElem", "TIMImageElem": "TimImageElem", "TIMLocationElem": "TimLocationElem", "TIMSoundElem": "TimSoundElem", "TIMTextElem": "TimTextElem", "TIMVideoFileElem": "TimVideoFileElem"}}, "TimSoundElem": {"at_least_one_of": [], "fields": [["Url", "string", "request", {}], ["UUID", "string", True, {}], ["Size", "i64", False, {}], ["Second", "i64", False, {}], ["Download_Flag", "i32", "request", {"maximum": 2, "minimum": 2}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TimTextElem": {"at_least_one_of": [], "fields": [["Text", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "TimVideoFileElem": {"at_least_one_of": [], "fields": [["VideoUrl", "string", "request", {}], ["VideoUUID", "string", True, {}], ["VideoSize", "i64", False, {}], ["VideoSecond", "i64", False, {}], ["VideoFormat", "string", False, {}], ["VideoDownloadFlag", "i32", "request", {"maximum": 2, "minimum": 2}], ["ThumbUrl", "string", "request", {}], ["ThumbUUID", "string", True, {}], ["ThumbSize", "i64", False, {}], ["ThumbWidth", "i64", True, {}], ["ThumbHeight", "i64", True, {}], ["ThumbFormat", "string", False, {}], ["ThumbDownloadFlag", "i32", "request", {"maximum": 2, "minimum": 2}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UnbanGroupMemberRequest": {"at_least_one_of": [], "fields": [["GroupId", "string", True, {}], ["Members_Account", ["list", "string"], True, {"code": "10005", "max_items": 20, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UnbanGroupMemberResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserRoleInGroup": {"at_least_one_of": [], "fields": [["Member_Account", "string", True, {}], ["Role", {"ref": "RoleInGroup"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}}}
"""The shapes and limits of every type, which the validators read."""

ENDPOINTS: Final[dict[str, dict[str, str]]] = {
    "china": {"host": "console.tim.qq.com", "signing_region": "china"},
    "singapore": {"host": "adminapisgp.im.qcloud.com", "signing_region": "singapore"},
    "seoul": {"host": "adminapikr.im.qcloud.com", "signing_region": "seoul"},
    "tokyo": {"host": "adminapijpn.im.qcloud.com", "signing_region": "tokyo"},
    "frankfurt": {"host": "adminapiger.im.qcloud.com", "signing_region": "frankfurt"},
    "mumbai": {"host": "adminapiind.im.qcloud.com", "signing_region": "mumbai"},
    "silicon-valley": {"host": "adminapiusa.im.qcloud.com", "signing_region": "silicon-valley"},
    "jakarta": {"host": "adminapiidn.im.qcloud.com", "signing_region": "jakarta"},
}
"""The endpoints, by region; ``china`` is the default."""

SIGNING: Final[dict[str, Any]] = {"per_region": False, "scheme": "tencent-usersig", "service": None}
"""How requests are signed: the ``tencent-usersig`` scheme."""


class Client:
    """Tencent Cloud Chat (IM) server REST API.

    Every method validates the request against the documented limits (``ValidationError``
    before anything is sent), signs it, and returns the result or raises ``ApiError`` with the
    vendor's code.
    """

    def __init__(self, *, sdk_app_id: int, identifier: str, secret_key: str,
                 expire: int = 86400, http: HttpOptions | None = None) -> None:
        self._credentials: dict[str, Any] = {"sdk_app_id": sdk_app_id,
                                             "identifier": identifier,
                                             "secret_key": secret_key, "expire": expire}
        self._region: str | None = None
        self._http = http or HttpOptions(base_url="https://console.tim.qq.com")

    @classmethod
    def from_env(cls, http: HttpOptions | None = None) -> "Client":
        """Credentials from ``TENCENT_SDKAPPID``, ``TENCENT_SECRETKEY`` and ``TENCENT_ADMIN``."""
        return cls(sdk_app_id=int(os.environ["TENCENT_SDKAPPID"]),
                   identifier=os.environ.get("TENCENT_ADMIN", "administrator"),
                   secret_key=os.environ["TENCENT_SECRETKEY"], http=http)

    def __repr__(self) -> str:
        return (f"Client(sdk_app_id={self._credentials['sdk_app_id']!r}, "
                f"identifier={self._credentials['identifier']!r})")

    def _call(self, route: dict[str, Any], request: Any) -> Any:
        return call(self._http, SIGNING, self._credentials, SCHEMA, route, request,
                    region=self._region)

    def account_check(self, request: t.AccountCheckRequest) -> t.AccountCheckResponse:
        """This API is used to query whether app-owned accounts have been imported to Chat. Batch query is supported.

        ``POST /v4/im_open_login_svc/account_check``; at most 100 calls per second. See https://trtc.io/document/34956.
        """
        route: dict[str, Any] = {"path": "/v4/im_open_login_svc/account_check", "query": [],
                                 "request": "AccountCheckRequest", "response": "AccountCheckResponse"}
        return cast("t.AccountCheckResponse", self._call(route, request))

    def account_delete(self, request: t.AccountDeleteRequest) -> t.AccountDeleteResponse:
        """This API is used to delete accounts; their data cannot be recovered.

        ``POST /v4/im_open_login_svc/account_delete``. See https://www.tencentcloud.com/document/product/1047/34955.
        """
        route: dict[str, Any] = {"path": "/v4/im_open_login_svc/account_delete", "query": [],
                                 "request": "AccountDeleteRequest", "response": "AccountDeleteResponse"}
        return cast("t.AccountDeleteResponse", self._call(route, request))

    def account_import(self, request: t.AccountImportRequest) -> t.AccountImportResponse:
        """This API is used to import an app-owned account to Chat and create an internal ID for the account to ensure that the account can use the Chat service.

        ``POST /v4/im_open_login_svc/account_import``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34953.
        """
        route: dict[str, Any] = {"path": "/v4/im_open_login_svc/account_import", "query": [],
                                 "request": "AccountImportRequest", "response": "AccountImportResponse"}
        return cast("t.AccountImportResponse", self._call(route, request))

    def add_group_member(self, request: t.AddGroupMemberRequest) -> t.AddGroupMemberResponse:
        """This API allows the app administrator to add new members to a group.

        ``POST /v4/group_open_http_svc/add_group_member``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34921.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/add_group_member", "query": [],
                                 "request": "AddGroupMemberRequest", "response": "AddGroupMemberResponse"}
        return cast("t.AddGroupMemberResponse", self._call(route, request))

    def admin_get_roam_msg(self, request: t.AdminGetRoamMsgRequest) -> t.AdminGetRoamMsgResponse:
        """This API is used by the app admin to query the message history of a one-to-one conversation from the perspective of a party of the conversation based on a specified time range.

        ``POST /v4/openim/admin_getroammsg``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/35478.
        """
        route: dict[str, Any] = {"path": "/v4/openim/admin_getroammsg", "query": [],
                                 "request": "AdminGetRoamMsgRequest", "response": "AdminGetRoamMsgResponse"}
        return cast("t.AdminGetRoamMsgResponse", self._call(route, request))

    def admin_get_roam_msg_pages(self, request: t.AdminGetRoamMsgRequest) -> Iterator[t.AdminGetRoamMsgResponse]:
        """Every page of ``AdminGetRoamMsg`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [{"request_field": "MaxTime", "response_field": "LastMsgTime"}], "end_value": None, "flag": {"done": [1], "field": "Complete", "more": [0]}, "has_more": None, "is_finished": None, "items": "MsgList", "next_from_items": None, "page_size": "MaxCnt", "request_field": "LastMsgKey", "request_type": "string", "response_field": "LastMsgKey", "style": "token", "total": None, "when": None}], request, self.admin_get_roam_msg)

    def admin_msg_withdraw(self, request: t.AdminMsgWithdrawRequest) -> t.AdminMsgWithdrawResponse:
        """This API enables administrators to recall one-to-one messages.

        ``POST /v4/openim/admin_msgwithdraw``. See https://www.tencentcloud.com/document/product/1047/35015.
        """
        route: dict[str, Any] = {"path": "/v4/openim/admin_msgwithdraw", "query": [],
                                 "request": "AdminMsgWithdrawRequest", "response": "AdminMsgWithdrawResponse"}
        return cast("t.AdminMsgWithdrawResponse", self._call(route, request))

    def admin_set_msg_read(self, request: t.AdminSetMsgReadRequest) -> t.AdminSetMsgReadResponse:
        """This API is used to mark the messages of a one-to-one conversation as read.

        ``POST /v4/openim/admin_set_msg_read``; at most 200 calls per second. See https://trtc.io/document/38996.
        """
        route: dict[str, Any] = {"path": "/v4/openim/admin_set_msg_read", "query": [],
                                 "request": "AdminSetMsgReadRequest", "response": "AdminSetMsgReadResponse"}
        return cast("t.AdminSetMsgReadResponse", self._call(route, request))

    def ban_group_member(self, request: t.BanGroupMemberRequest) -> t.BanGroupMemberResponse:
        """This API is used to ban a member of an audio-video group.

        ``POST /v4/group_open_http_svc/ban_group_member``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/50296.
        Applies to group type: AVChatRoom.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/ban_group_member", "query": [],
                                 "request": "BanGroupMemberRequest", "response": "BanGroupMemberResponse"}
        return cast("t.BanGroupMemberResponse", self._call(route, request))

    def batch_send_msg(self, request: t.BatchSendMsgRequest) -> t.BatchSendMsgResponse:
        """This API is used to send one-to-one messages to multiple users (up to 500) at a time.

        ``POST /v4/openim/batchsendmsg``; at most 200 calls per second. See https://trtc.io/document/34920.
        """
        route: dict[str, Any] = {"path": "/v4/openim/batchsendmsg", "query": [],
                                 "request": "BatchSendMsgRequest", "response": "BatchSendMsgResponse"}
        return cast("t.BatchSendMsgResponse", self._call(route, request))

    def change_group_owner(self, request: t.ChangeGroupOwnerRequest) -> t.ChangeGroupOwnerResponse:
        """This API is used by the app admin to transfer the group ownership to another member.

        ``POST /v4/group_open_http_svc/change_group_owner``; at most 200 calls per second. See https://intl.cloud.tencent.com/jp/document/product/1047/34966.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/change_group_owner", "query": [],
                                 "request": "ChangeGroupOwnerRequest", "response": "ChangeGroupOwnerResponse"}
        return cast("t.ChangeGroupOwnerResponse", self._call(route, request))

    def create_group(self, request: t.CreateGroupRequest) -> t.CreateGroupResponse:
        """This API is used by the app admin to create groups.

        ``POST /v4/group_open_http_svc/create_group``; at most 200 calls per second. See https://trtc.io/ko/document/34895.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/create_group", "query": [],
                                 "request": "CreateGroupRequest", "response": "CreateGroupResponse"}
        return cast("t.CreateGroupResponse", self._call(route, request))

    def delete_group_member(self, request: t.DeleteGroupMemberRequest) -> t.DeleteGroupMemberResponse:
        """This API is used by app admins to delete group members.

        ``POST /v4/group_open_http_svc/delete_group_member``; at most 200 calls per second. See https://tencentcloud.com/jp/document/product/1047/34949.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/delete_group_member", "query": [],
                                 "request": "DeleteGroupMemberRequest", "response": "DeleteGroupMemberResponse"}
        return cast("t.DeleteGroupMemberResponse", self._call(route, request))

    def delete_group_msg_by_sender(self, request: t.DeleteGroupMsgBySenderRequest) -> t.DeleteGroupMsgBySenderResponse:
        """This API can be used to recall the messages sent by a specified user among the last 1,000 messages.

        ``POST /v4/group_open_http_svc/delete_group_msg_by_sender``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34970.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/delete_group_msg_by_sender", "query": [],
                                 "request": "DeleteGroupMsgBySenderRequest", "response": "DeleteGroupMsgBySenderResponse"}
        return cast("t.DeleteGroupMsgBySenderResponse", self._call(route, request))

    def destroy_group(self, request: t.DestroyGroupRequest) -> t.DestroyGroupResponse:
        """This API is used by the app admin to disband a group.

        ``POST /v4/group_open_http_svc/destroy_group``; at most 200 calls per second. See https://tencentcloud.com/zh/document/product/1047/34896.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/destroy_group", "query": [],
                                 "request": "DestroyGroupRequest", "response": "DestroyGroupResponse"}
        return cast("t.DestroyGroupResponse", self._call(route, request))

    def forbid_send_msg(self, request: t.ForbidSendMsgRequest) -> t.ForbidSendMsgResponse:
        """This API is used by the app admin to mute or unmute group members in bulk.

        ``POST /v4/group_open_http_svc/forbid_send_msg``; at most 200 calls per second. See https://intl.cloud.tencent.com/document/product/1047/34951.
        Applies to group type: Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/forbid_send_msg", "query": [],
                                 "request": "ForbidSendMsgRequest", "response": "ForbidSendMsgResponse"}
        return cast("t.ForbidSendMsgResponse", self._call(route, request))

    def get_appid_group_list(self, request: t.GetAppidGroupListRequest) -> t.GetAppidGroupListResponse:
        """App 管理员可以通过该接口获取 App 中所有群组的 ID。

        ``POST /v4/group_open_http_svc/get_appid_group_list``; at most 1 calls per second. See https://cloud.tencent.com/document/product/269/1614.
        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_appid_group_list", "query": [],
                                 "request": "GetAppidGroupListRequest", "response": "GetAppidGroupListResponse"}
        return cast("t.GetAppidGroupListResponse", self._call(route, request))

    def get_appid_group_list_pages(self, request: t.GetAppidGroupListRequest) -> Iterator[t.GetAppidGroupListResponse]:
        """Every page of ``GetAppidGroupList`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": 0, "flag": None, "has_more": None, "is_finished": None, "items": "GroupIdList", "next_from_items": None, "page_size": "Limit", "request_field": "Next", "request_type": "i64", "response_field": "Next", "style": "cursor", "total": None, "when": None}], request, self.get_appid_group_list)

    def get_group_ban_member(self, request: t.GetGroupBanMemberRequest) -> t.GetGroupBanMemberResponse:
        """You can use this API to get the list of banned members of an audio-video group.

        ``POST /v4/group_open_http_svc/get_group_ban_member``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/50295.
        Applies to group type: AVChatRoom.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_group_ban_member", "query": [],
                                 "request": "GetGroupBanMemberRequest", "response": "GetGroupBanMemberResponse"}
        return cast("t.GetGroupBanMemberResponse", self._call(route, request))

    def get_group_ban_member_pages(self, request: t.GetGroupBanMemberRequest) -> Iterator[t.GetGroupBanMemberResponse]:
        """Every page of ``GetGroupBanMember`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": 0, "flag": None, "has_more": None, "is_finished": None, "items": "BannedAccountList", "next_from_items": None, "page_size": "Limit", "request_field": "Offset", "request_type": "i32", "response_field": "NextOffset", "style": "cursor", "total": None, "when": None}], request, self.get_group_ban_member)

    def get_group_info(self, request: t.GetGroupInfoRequest) -> t.GetGroupInfoResponse:
        """This API is used by the app admin to query the detailed group information based on one or more group IDs.

        ``POST /v4/group_open_http_svc/get_group_info``; at most 200 calls per second. See https://trtc.io/document/34961.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_group_info", "query": [],
                                 "request": "GetGroupInfoRequest", "response": "GetGroupInfoResponse"}
        return cast("t.GetGroupInfoResponse", self._call(route, request))

    def get_group_member_info(self, request: t.GetGroupMemberInfoRequest) -> t.GetGroupMemberInfoResponse:
        """This API is used by the app admin to obtain group member profiles based on the group ID.

        ``POST /v4/group_open_http_svc/get_group_member_info``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34948.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_group_member_info", "query": [],
                                 "request": "GetGroupMemberInfoRequest", "response": "GetGroupMemberInfoResponse"}
        return cast("t.GetGroupMemberInfoResponse", self._call(route, request))

    def get_group_member_info_pages(self, request: t.GetGroupMemberInfoRequest) -> Iterator[t.GetGroupMemberInfoResponse]:
        """Every page of ``GetGroupMemberInfo`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": "", "flag": None, "has_more": None, "is_finished": None, "items": "MemberList", "next_from_items": None, "page_size": "Limit", "request_field": "Next", "request_type": "string", "response_field": "Next", "style": "token", "total": None, "when": {"condition": "Next is sent", "equals": None, "field": "Next", "path": ["Next"]}}, {"carry": [], "end_value": None, "flag": None, "has_more": None, "is_finished": None, "items": "MemberList", "next_from_items": None, "page_size": "Limit", "request_field": "Offset", "request_type": "i32", "response_field": None, "style": "offset", "total": "MemberNum", "when": None}], request, self.get_group_member_info)

    def get_group_muted_account(self, request: t.GetGroupMutedAccountRequest) -> t.GetGroupMutedAccountResponse:
        """This API is used by the app admin to get the list of muted users in a group based on the group ID.

        ``POST /v4/group_open_http_svc/get_group_muted_account``; at most 200 calls per second. See https://trtc.io/document/34964.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_group_muted_account", "query": [],
                                 "request": "GetGroupMutedAccountRequest", "response": "GetGroupMutedAccountResponse"}
        return cast("t.GetGroupMutedAccountResponse", self._call(route, request))

    def get_joined_group_list(self, request: t.GetJoinedGroupListRequest) -> t.GetJoinedGroupListResponse:
        """App 管理员可以通过本接口获取某一用户加入的群信息。

        ``POST /v4/group_open_http_svc/get_joined_group_list``; at most 200 calls per second. See https://trtc.io/zh/document/34925.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_joined_group_list", "query": [],
                                 "request": "GetJoinedGroupListRequest", "response": "GetJoinedGroupListResponse"}
        return cast("t.GetJoinedGroupListResponse", self._call(route, request))

    def get_joined_group_list_pages(self, request: t.GetJoinedGroupListRequest) -> Iterator[t.GetJoinedGroupListResponse]:
        """Every page of ``GetJoinedGroupList`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": None, "has_more": None, "is_finished": None, "items": "GroupIdList", "next_from_items": None, "page_size": "Limit", "request_field": "Offset", "request_type": "i32", "response_field": None, "style": "offset", "total": "TotalCount", "when": None}], request, self.get_joined_group_list)

    def get_members(self, request: t.GetMembersRequest) -> t.GetMembersResponse:
        """This API is used to get the list of online members in an audio-video group based on the group ID.

        ``POST /v4/group_open_avchatroom_http_svc/get_members``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/50293.
        Applies to group type: AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_avchatroom_http_svc/get_members", "query": [],
                                 "request": "GetMembersRequest", "response": "GetMembersResponse"}
        return cast("t.GetMembersResponse", self._call(route, request))

    def get_members_pages(self, request: t.GetMembersRequest) -> Iterator[t.GetMembersResponse]:
        """Every page of ``GetMembers`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": 0, "flag": None, "has_more": None, "is_finished": None, "items": "MemberList", "next_from_items": None, "page_size": None, "request_field": "Timestamp", "request_type": "i64", "response_field": "NextTimestamp", "style": "cursor", "total": None, "when": None}], request, self.get_members)

    def get_online_member_num(self, request: t.GetOnlineMemberNumRequest) -> t.GetOnlineMemberNumResponse:
        """The app admin can use the group ID to obtain the number of online users in a live stream group.

        ``POST /v4/group_open_http_svc/get_online_member_num``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/38521.
        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_online_member_num", "query": [],
                                 "request": "GetOnlineMemberNumRequest", "response": "GetOnlineMemberNumResponse"}
        return cast("t.GetOnlineMemberNumResponse", self._call(route, request))

    def get_role_in_group(self, request: t.GetRoleInGroupRequest) -> t.GetRoleInGroupResponse:
        """This API is used by the app admin to batch obtain the roles of users in a group.

        ``POST /v4/group_open_http_svc/get_role_in_group``; at most 200 calls per second. See https://tencentcloud.com/document/product/1047/34963.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/get_role_in_group", "query": [],
                                 "request": "GetRoleInGroupRequest", "response": "GetRoleInGroupResponse"}
        return cast("t.GetRoleInGroupResponse", self._call(route, request))

    def group_msg_get_simple(self, request: t.GroupMsgGetSimpleRequest) -> t.GroupMsgGetSimpleResponse:
        """This API allows the app administrator to pull the historical messages of a group.

        ``POST /v4/group_open_http_svc/group_msg_get_simple``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34971.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/group_msg_get_simple", "query": [],
                                 "request": "GroupMsgGetSimpleRequest", "response": "GroupMsgGetSimpleResponse"}
        return cast("t.GroupMsgGetSimpleResponse", self._call(route, request))

    def group_msg_get_simple_pages(self, request: t.GroupMsgGetSimpleRequest) -> Iterator[t.GroupMsgGetSimpleResponse]:
        """Every page of ``GroupMsgGetSimple`` from ``request`` on, each fetched when the previous one
        has been taken, until the answer says it was the last. A failed call raises; a page that
        cannot be walked on (its next position does not move on, or a paging field holds what the
        document does not allow for) is yielded, then ``PagingError`` is raised."""
        return pages([{"carry": [], "end_value": None, "flag": {"done": [1, 2], "field": "IsFinished", "more": [0]}, "has_more": None, "is_finished": None, "items": "RspMsgList", "next_from_items": {"add": -1, "field": "MsgSeq", "of": "min"}, "page_size": "ReqMsgNumber", "request_field": "ReqMsgSeq", "request_type": "i64", "response_field": None, "style": "sequence", "total": None, "when": None}], request, self.group_msg_get_simple)

    def group_msg_recall(self, request: t.GroupMsgRecallRequest) -> t.GroupMsgRecallResponse:
        """This API enables admins to recall group messages.

        ``POST /v4/group_open_http_svc/group_msg_recall``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34965.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/group_msg_recall", "query": [],
                                 "request": "GroupMsgRecallRequest", "response": "GroupMsgRecallResponse"}
        return cast("t.GroupMsgRecallResponse", self._call(route, request))

    def import_group(self, request: t.ImportGroupRequest) -> t.ImportGroupResponse:
        """This API allows the app admin to import group data without triggering callbacks or delivering notifications.

        ``POST /v4/group_open_http_svc/import_group``; at most 200 calls per second. See https://trtc.io/document/34967.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/import_group", "query": [],
                                 "request": "ImportGroupRequest", "response": "ImportGroupResponse"}
        return cast("t.ImportGroupResponse", self._call(route, request))

    def import_group_member(self, request: t.ImportGroupMemberRequest) -> t.ImportGroupMemberResponse:
        """This API is used to import group members without triggering callbacks or delivering notifications.

        ``POST /v4/group_open_http_svc/import_group_member``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34969.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/import_group_member", "query": [],
                                 "request": "ImportGroupMemberRequest", "response": "ImportGroupMemberResponse"}
        return cast("t.ImportGroupMemberResponse", self._call(route, request))

    def import_group_msg(self, request: t.ImportGroupMsgRequest) -> t.ImportGroupMsgResponse:
        """This API is used to import group messages without triggering callbacks or sending notifications.

        ``POST /v4/group_open_http_svc/import_group_msg``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34968.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/import_group_msg", "query": [],
                                 "request": "ImportGroupMsgRequest", "response": "ImportGroupMsgResponse"}
        return cast("t.ImportGroupMsgResponse", self._call(route, request))

    def import_msg(self, request: t.ImportMsgRequest) -> t.ImportMsgResponse:
        """This API imports one-to-one chat history to Tencent Cloud Chat in chronological order.

        ``POST /v4/openim/importmsg``; at most 200 calls per second. See https://trtc.io/document/35014.
        """
        route: dict[str, Any] = {"path": "/v4/openim/importmsg", "query": [],
                                 "request": "ImportMsgRequest", "response": "ImportMsgResponse"}
        return cast("t.ImportMsgResponse", self._call(route, request))

    def modify_group_base_info(self, request: t.ModifyGroupBaseInfoRequest) -> t.ModifyGroupBaseInfoResponse:
        """This API is used by the app admin to modify the profile of a specified group.

        ``POST /v4/group_open_http_svc/modify_group_base_info``; at most 200 calls per second. See https://trtc.io/document/34962.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/modify_group_base_info", "query": [],
                                 "request": "ModifyGroupBaseInfoRequest", "response": "ModifyGroupBaseInfoResponse"}
        return cast("t.ModifyGroupBaseInfoResponse", self._call(route, request))

    def modify_group_member_info(self, request: t.ModifyGroupMemberInfoRequest) -> t.ModifyGroupMemberInfoResponse:
        """This API is used by the app admin to modify the profile of a group member.

        ``POST /v4/group_open_http_svc/modify_group_member_info``; at most 200 calls per second. See https://intl.cloud.tencent.com/document/product/1047/34900.
        Applies to group type: Private, Public, ChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/modify_group_member_info", "query": [],
                                 "request": "ModifyGroupMemberInfoRequest", "response": "ModifyGroupMemberInfoResponse"}
        return cast("t.ModifyGroupMemberInfoResponse", self._call(route, request))

    def modify_user_info(self, request: t.ModifyUserInfoRequest) -> t.ModifyUserInfoResponse:
        """App admins and group owners can set different marks/labels for audio-video group members to distinguish different types of group members.

        ``POST /v4/group_open_avchatroom_http_svc/modify_user_info``; at most 200 calls per second. See https://www.tencentcloud.com/jp/document/product/1047/50294.
        """
        route: dict[str, Any] = {"path": "/v4/group_open_avchatroom_http_svc/modify_user_info", "query": [],
                                 "request": "ModifyUserInfoRequest", "response": "ModifyUserInfoResponse"}
        return cast("t.ModifyUserInfoResponse", self._call(route, request))

    def multiaccount_import(self, request: t.MultiaccountImportRequest) -> t.MultiaccountImportResponse:
        """This API is used to import multiple app-owned accounts to Chat in one request, creating an internal ID for each.

        ``POST /v4/im_open_login_svc/multiaccount_import``; at most 100 calls per second. See https://www.tencentcloud.com/document/product/1047/34954.
        """
        route: dict[str, Any] = {"path": "/v4/im_open_login_svc/multiaccount_import", "query": [],
                                 "request": "MultiaccountImportRequest", "response": "MultiaccountImportResponse"}
        return cast("t.MultiaccountImportResponse", self._call(route, request))

    def send_group_msg(self, request: t.SendGroupMsgRequest) -> t.SendGroupMsgResponse:
        """This API is used by the app admin to send ordinary messages in a group.

        ``POST /v4/group_open_http_svc/send_group_msg``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34959.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/send_group_msg", "query": [],
                                 "request": "SendGroupMsgRequest", "response": "SendGroupMsgResponse"}
        return cast("t.SendGroupMsgResponse", self._call(route, request))

    def send_group_system_notification(self, request: t.SendGroupSystemNotificationRequest) -> t.SendGroupSystemNotificationResponse:
        """This API is used by app admins to push system notifications to group chats.

        ``POST /v4/group_open_http_svc/send_group_system_notification``; at most 200 calls per second. See https://trtc.io/document/34958.
        Applies to group type: Private, Public, ChatRoom, AVChatRoom, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/send_group_system_notification", "query": [],
                                 "request": "SendGroupSystemNotificationRequest", "response": "SendGroupSystemNotificationResponse"}
        return cast("t.SendGroupSystemNotificationResponse", self._call(route, request))

    def send_msg(self, request: t.SendMsgRequest) -> t.SendMsgResponse:
        """This API is used by the app admin to send a one-to-one message to an account.

        ``POST /v4/openim/sendmsg``; at most 200 calls per second. See https://trtc.io/document/34919.
        """
        route: dict[str, Any] = {"path": "/v4/openim/sendmsg", "query": [],
                                 "request": "SendMsgRequest", "response": "SendMsgResponse"}
        return cast("t.SendMsgResponse", self._call(route, request))

    def set_unread_msg_num(self, request: t.SetUnreadMsgNumRequest) -> t.SetUnreadMsgNumResponse:
        """This API is used by app admins to set the unread message count of a group member.

        ``POST /v4/group_open_http_svc/set_unread_msg_num``; at most 200 calls per second. See https://www.tencentcloud.com/document/product/1047/34909.
        Applies to group type: Private, Public, Community.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/set_unread_msg_num", "query": [],
                                 "request": "SetUnreadMsgNumRequest", "response": "SetUnreadMsgNumResponse"}
        return cast("t.SetUnreadMsgNumResponse", self._call(route, request))

    def unban_group_member(self, request: t.UnbanGroupMemberRequest) -> t.UnbanGroupMemberResponse:
        """This API is used to unban a member of an audio-video group.

        ``POST /v4/group_open_http_svc/unban_group_member``; at most 200 calls per second. See https://trtc.io/document/50297.
        Applies to group type: AVChatRoom.

        """
        route: dict[str, Any] = {"path": "/v4/group_open_http_svc/unban_group_member", "query": [],
                                 "request": "UnbanGroupMemberRequest", "response": "UnbanGroupMemberResponse"}
        return cast("t.UnbanGroupMemberResponse", self._call(route, request))


def validate_account_check_request(request: t.AccountCheckRequest) -> list[Violation]:
    """The violations of ``AccountCheckRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AccountCheckRequest", request)


def validate_account_delete_request(request: t.AccountDeleteRequest) -> list[Violation]:
    """The violations of ``AccountDeleteRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AccountDeleteRequest", request)


def validate_account_import_request(request: t.AccountImportRequest) -> list[Violation]:
    """The violations of ``AccountImportRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AccountImportRequest", request)


def validate_add_group_member_request(request: t.AddGroupMemberRequest) -> list[Violation]:
    """The violations of ``AddGroupMemberRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AddGroupMemberRequest", request)


def validate_admin_get_roam_msg_request(request: t.AdminGetRoamMsgRequest) -> list[Violation]:
    """The violations of ``AdminGetRoamMsgRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AdminGetRoamMsgRequest", request)


def validate_admin_msg_withdraw_request(request: t.AdminMsgWithdrawRequest) -> list[Violation]:
    """The violations of ``AdminMsgWithdrawRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AdminMsgWithdrawRequest", request)


def validate_admin_set_msg_read_request(request: t.AdminSetMsgReadRequest) -> list[Violation]:
    """The violations of ``AdminSetMsgReadRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "AdminSetMsgReadRequest", request)


def validate_ban_group_member_request(request: t.BanGroupMemberRequest) -> list[Violation]:
    """The violations of ``BanGroupMemberRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BanGroupMemberRequest", request)


def validate_batch_send_msg_request(request: t.BatchSendMsgRequest) -> list[Violation]:
    """The violations of ``BatchSendMsgRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchSendMsgRequest", request)


def validate_change_group_owner_request(request: t.ChangeGroupOwnerRequest) -> list[Violation]:
    """The violations of ``ChangeGroupOwnerRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ChangeGroupOwnerRequest", request)


def validate_create_group_request(request: t.CreateGroupRequest) -> list[Violation]:
    """The violations of ``CreateGroupRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "CreateGroupRequest", request)


def validate_delete_group_member_request(request: t.DeleteGroupMemberRequest) -> list[Violation]:
    """The violations of ``DeleteGroupMemberRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DeleteGroupMemberRequest", request)


def validate_delete_group_msg_by_sender_request(request: t.DeleteGroupMsgBySenderRequest) -> list[Violation]:
    """The violations of ``DeleteGroupMsgBySenderRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DeleteGroupMsgBySenderRequest", request)


def validate_destroy_group_request(request: t.DestroyGroupRequest) -> list[Violation]:
    """The violations of ``DestroyGroupRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DestroyGroupRequest", request)


def validate_forbid_send_msg_request(request: t.ForbidSendMsgRequest) -> list[Violation]:
    """The violations of ``ForbidSendMsgRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ForbidSendMsgRequest", request)


def validate_get_appid_group_list_request(request: t.GetAppidGroupListRequest) -> list[Violation]:
    """The violations of ``GetAppidGroupListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetAppidGroupListRequest", request)


def validate_get_group_ban_member_request(request: t.GetGroupBanMemberRequest) -> list[Violation]:
    """The violations of ``GetGroupBanMemberRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetGroupBanMemberRequest", request)


def validate_get_group_info_request(request: t.GetGroupInfoRequest) -> list[Violation]:
    """The violations of ``GetGroupInfoRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetGroupInfoRequest", request)


def validate_get_group_member_info_request(request: t.GetGroupMemberInfoRequest) -> list[Violation]:
    """The violations of ``GetGroupMemberInfoRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetGroupMemberInfoRequest", request)


def validate_get_group_muted_account_request(request: t.GetGroupMutedAccountRequest) -> list[Violation]:
    """The violations of ``GetGroupMutedAccountRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetGroupMutedAccountRequest", request)


def validate_get_joined_group_list_request(request: t.GetJoinedGroupListRequest) -> list[Violation]:
    """The violations of ``GetJoinedGroupListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetJoinedGroupListRequest", request)


def validate_get_members_request(request: t.GetMembersRequest) -> list[Violation]:
    """The violations of ``GetMembersRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetMembersRequest", request)


def validate_get_online_member_num_request(request: t.GetOnlineMemberNumRequest) -> list[Violation]:
    """The violations of ``GetOnlineMemberNumRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetOnlineMemberNumRequest", request)


def validate_get_role_in_group_request(request: t.GetRoleInGroupRequest) -> list[Violation]:
    """The violations of ``GetRoleInGroupRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetRoleInGroupRequest", request)


def validate_group_msg_get_simple_request(request: t.GroupMsgGetSimpleRequest) -> list[Violation]:
    """The violations of ``GroupMsgGetSimpleRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupMsgGetSimpleRequest", request)


def validate_group_msg_recall_request(request: t.GroupMsgRecallRequest) -> list[Violation]:
    """The violations of ``GroupMsgRecallRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupMsgRecallRequest", request)


def validate_import_group_request(request: t.ImportGroupRequest) -> list[Violation]:
    """The violations of ``ImportGroupRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ImportGroupRequest", request)


def validate_import_group_member_request(request: t.ImportGroupMemberRequest) -> list[Violation]:
    """The violations of ``ImportGroupMemberRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ImportGroupMemberRequest", request)


def validate_import_group_msg_request(request: t.ImportGroupMsgRequest) -> list[Violation]:
    """The violations of ``ImportGroupMsgRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ImportGroupMsgRequest", request)


def validate_import_msg_request(request: t.ImportMsgRequest) -> list[Violation]:
    """The violations of ``ImportMsgRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ImportMsgRequest", request)


def validate_modify_group_base_info_request(request: t.ModifyGroupBaseInfoRequest) -> list[Violation]:
    """The violations of ``ModifyGroupBaseInfoRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ModifyGroupBaseInfoRequest", request)


def validate_modify_group_member_info_request(request: t.ModifyGroupMemberInfoRequest) -> list[Violation]:
    """The violations of ``ModifyGroupMemberInfoRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ModifyGroupMemberInfoRequest", request)


def validate_modify_user_info_request(request: t.ModifyUserInfoRequest) -> list[Violation]:
    """The violations of ``ModifyUserInfoRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ModifyUserInfoRequest", request)


def validate_multiaccount_import_request(request: t.MultiaccountImportRequest) -> list[Violation]:
    """The violations of ``MultiaccountImportRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "MultiaccountImportRequest", request)


def validate_send_group_msg_request(request: t.SendGroupMsgRequest) -> list[Violation]:
    """The violations of ``SendGroupMsgRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "SendGroupMsgRequest", request)


def validate_send_group_system_notification_request(request: t.SendGroupSystemNotificationRequest) -> list[Violation]:
    """The violations of ``SendGroupSystemNotificationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "SendGroupSystemNotificationRequest", request)


def validate_send_msg_request(request: t.SendMsgRequest) -> list[Violation]:
    """The violations of ``SendMsgRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "SendMsgRequest", request)


def validate_set_unread_msg_num_request(request: t.SetUnreadMsgNumRequest) -> list[Violation]:
    """The violations of ``SetUnreadMsgNumRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "SetUnreadMsgNumRequest", request)


def validate_unban_group_member_request(request: t.UnbanGroupMemberRequest) -> list[Violation]:
    """The violations of ``UnbanGroupMemberRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UnbanGroupMemberRequest", request)
