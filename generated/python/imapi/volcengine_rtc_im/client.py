# @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (client.py.j2). Do not edit by hand.
"""The client of Volcengine RTC instant messaging (IM) OpenAPI, its validators, and the schema they read."""

from __future__ import annotations

import os
from typing import Any, Final, Iterator, cast

from .._runtime import HttpOptions, Violation, call, pages, validate
from . import types as t

__all__ = ["ENDPOINTS", "SCHEMA", "SIGNING", "Client", "validate_batch_get_conversation_participant_request", "validate_batch_get_conversations_request", "validate_batch_update_live_participants_request", "validate_create_conversation_request", "validate_destroy_conversation_request", "validate_get_conversation_marks_request", "validate_get_conversation_setting_request", "validate_get_conversation_user_count_request", "validate_get_participant_read_index_request", "validate_get_user_conversations_request", "validate_is_user_in_conversation_request", "validate_mark_conversation_request", "validate_modify_conversation_request", "validate_modify_conversation_setting_request", "validate_modify_message_request", "validate_modify_participant_read_index_request", "validate_query_live_participant_status_request", "validate_scan_conversation_participant_list_request", "validate_send_message_request"]

SCHEMA: Final[dict[str, Any]] = {"envelope": {"fields": [["ResponseMetadata", {"ref": "ResponseMetadata"}, True, {}]], "payload": "Result", "roles": {"code": ["ResponseMetadata", "Error", "Code"], "message": ["ResponseMetadata", "Error", "Message"], "number": ["ResponseMetadata", "Error", "CodeN"], "request_id": ["ResponseMetadata", "RequestId"], "status": None}}, "types": {"BatchGetConversationParticipantRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetConversationParticipantResponse": {"at_least_one_of": [], "fields": [["Participants", ["list", {"ref": "Participant"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetConversationsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", ["list", "i64"], True, {"items": {"code": "ConversationShortIdsHasInvalidElem", "minimum": 1}}], ["SkipMemberCount", "bool", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchGetConversationsResponse": {"at_least_one_of": [], "fields": [["ConversationCoreInfos", ["list", {"ref": "ConversationInfo"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateLiveParticipantsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantInfos", ["list", {"ref": "ParticipantInfo"}], True, {"max_items": 10}], ["MarkAction", {"ref": "MarkAction"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "BatchUpdateLiveParticipantsResponse": {"at_least_one_of": [], "fields": [["FailedInfos", ["list", {"ref": "FailedInfo"}], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationCoreInfo": {"at_least_one_of": [], "fields": [["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["Notice", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["ConversationType", {"ref": "ConversationType"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationCoreInfoChange": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["Notice", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["OwnerUserId", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationDataType": {"allowed": ["0 (Cache)", "1 (Database)", "2 (CreatedLiveGroups)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1, 2]}, "ConversationInfo": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ConversationId", "string", True, {}], ["AppId", "i32", True, {}], ["InboxType", "i32", True, {}], ["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["OwnerUserId", "i64", True, {}], ["CreatorUserId", "i64", True, {}], ["Notice", "string", False, {}], ["Status", {"ref": "ConversationStatus"}, False, {}], ["Ext", ["map", "string"], False, {}], ["CreateTime", "i64", True, {}], ["ModifyTime", "i64", True, {}], ["ConversationType", {"ref": "ConversationType"}, True, {}], ["MemberCount", "i64", False, {}], ["OnlineCount", "i64", False, {}], ["OtherUserId", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationSettingInfo": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}], ["IsMute", "bool", False, {}], ["IsStickTop", "bool", False, {}], ["StickTopTime", "i64", False, {}], ["IsSetFavorite", "bool", False, {}], ["SetFavoriteTime", "i64", False, {}], ["Ext", ["map", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ConversationStatus": {"allowed": ["0 (Normal)", "1 (Dissolved)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "ConversationType": {"allowed": ["1 (OneToOne)", "2 (Group)", "100 (LiveGroup)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2, 100]}, "CreateConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["InboxType", "i32", False, {}], ["ConversationCoreInfo", {"ref": "ConversationCoreInfo"}, True, {}], ["OwnerUserId", "i64", True, {}], ["OtherUserId", "i64", False, {}], ["IdempotentId", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": [[["OtherUserId"], ["ConversationCoreInfo", "ConversationType"], 1, "ConversationCoreInfo.ConversationType is 1", "CreateSingleConversationNeedOtherParticipantId"]]}, "CreateConversationResponse": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ConversationInfo", {"ref": "NewConversationInfo"}, True, {}], ["Exist", "bool", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DestroyConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["OwnerUserId", "i64", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "DestroyConversationResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "FailedInfo": {"at_least_one_of": [], "fields": [["UserId", "i64", True, {}], ["UserIdStr", "string", False, {}], ["Code", "string", True, {}], ["Message", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationMarksRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationMarksResponse": {"at_least_one_of": [], "fields": [["MarkTypes", ["list", "string"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationSettingRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ParticipantUserId", "i64", True, {"minimum": 1}], ["ConversationShortId", "i64", True, {}], ["NoReadIndex", "bool", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationSettingResponse": {"at_least_one_of": [], "fields": [["ConversationSettingInfo", {"ref": "ParticipantConversationSetting"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationUserCountRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetConversationUserCountResponse": {"at_least_one_of": [], "fields": [["Count", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetParticipantReadIndexRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetParticipantReadIndexResponse": {"at_least_one_of": [], "fields": [["ReadIndexes", ["list", {"ref": "ParticipantReadIndex"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetUserConversationsRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ParticipantUserId", "i64", True, {}], ["DataType", {"ref": "ConversationDataType"}, False, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 20, "minimum": 1}], ["SkipMemberCount", "bool", False, {}], ["InboxType", "i32", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GetUserConversationsResponse": {"at_least_one_of": [], "fields": [["ConversationInfos", ["list", {"ref": "ConversationInfo"}], True, {}], ["HasMore", "bool", True, {}], ["NextCursor", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsUserInConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "IsUserInConversationResponse": {"at_least_one_of": [], "fields": [["IsUserInConversation", "bool", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "LiveParticipantStatus": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}], ["IsInConversation", "bool", True, {}], ["CreateTime", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MarkAction": {"allowed": ["1 (Add)", "2 (Delete)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 2]}, "MarkConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MarkTypes", ["list", "string"], True, {"code": "ConversationMarkTypeMoreThanLimit", "max_items": 20}], ["MarkAction", {"ref": "MarkAction"}, False, {}], ["Operator", "i64", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MarkConversationResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessagePriority": {"allowed": ["0 (Low)", "1 (Normal)", "2 (High)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1, 2]}, "ModifyConversationRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationCoreInfo", {"ref": "ConversationCoreInfoChange"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyConversationResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyConversationSettingRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationSettingInfo", {"ref": "ConversationSettingInfo"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyConversationSettingResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["MessageId", "i64", True, {}], ["Ext", ["map", "string"], False, {}], ["Content", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyMessageResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyParticipantReadIndexRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {"minimum": 1}], ["ReadIndex", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ModifyParticipantReadIndexResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "NewConversationInfo": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ConversationType", {"ref": "ConversationType"}, True, {"allowed": ["1 (OneToOne)", "2 (Group)"], "values": [1, 2]}], ["InboxType", "i32", True, {}], ["Name", "string", False, {}], ["AvatarUrl", "string", False, {}], ["Description", "string", False, {}], ["Notice", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["OwnerUserId", "i64", False, {}], ["CreatorUserId", "i64", False, {}], ["OtherUserId", "i64", False, {}], ["CreateTime", "i64", False, {}], ["ModifyTime", "i64", False, {}], ["MemberCount", "i64", False, {}], ["OnlineCount", "i64", False, {}], ["Status", {"ref": "ConversationStatus"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "Participant": {"at_least_one_of": [], "fields": [["ConversationShortId", "i64", True, {}], ["ParticipantUserId", "i64", True, {}], ["Operator", "i64", True, {}], ["Role", {"ref": "ParticipantRole"}, True, {}], ["BlockTime", "i64", False, {}], ["CreateTime", "i64", False, {}], ["Ext", ["map", "string"], False, {}], ["Level", "i32", False, {}], ["NickName", "string", False, {}], ["Status", {"ref": "ParticipantStatus"}, False, {}], ["AvatarUrl", "string", False, {}], ["Marks", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantConversationSetting": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ParticipantUserId", "i64", True, {}], ["ConversationShortId", "i64", True, {}], ["ConversationId", "string", True, {}], ["ConversationType", {"ref": "ConversationType"}, True, {"allowed": ["1 (OneToOne)", "2 (Group)"], "values": [1, 2]}], ["InboxType", "i32", True, {}], ["StickTopTime", "i64", True, {}], ["IsStickTop", "bool", False, {}], ["SetFavoriteTime", "i64", False, {}], ["IsSetFavorite", "bool", False, {}], ["IsMute", "bool", False, {}], ["Ext", ["map", "string"], False, {}], ["ReadIndex", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantInfo": {"at_least_one_of": [[[["AvatarUrl"], ["NickName"], ["Ext"]], None]], "fields": [["UserId", "i64", True, {}], ["UserIdStr", "string", False, {}], ["AvatarUrl", "string", False, {}], ["NickName", "string", False, {}], ["Ext", ["map", "string"], False, {}], ["Marks", ["list", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantReadIndex": {"at_least_one_of": [], "fields": [["ParticipantUserId", "i64", True, {}], ["ReadIndex", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ParticipantRole": {"allowed": ["0 (Member)", "1 (Owner)", "2 (Manager)"], "kind": "enum", "open": False, "repr": "i64", "values": [0, 1, 2]}, "ParticipantStatus": {"allowed": ["0 (Normal)", "1 (Left)"], "kind": "enum", "open": False, "repr": "i32", "values": [0, 1]}, "QueryLiveParticipantStatusRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["ParticipantUserIds", ["list", "i64"], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "QueryLiveParticipantStatusResponse": {"at_least_one_of": [], "fields": [["Status", ["list", {"ref": "LiveParticipantStatus"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RefMsgInfo": {"at_least_one_of": [], "fields": [["ReferencedMessageId", "i64", True, {}], ["Hint", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ResponseError": {"at_least_one_of": [], "fields": [["CodeN", "u32", False, {}], ["Code", "string", True, {}], ["Message", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ResponseMetadata": {"at_least_one_of": [], "fields": [["RequestId", "string", True, {}], ["Action", "string", True, {}], ["Version", "string", True, {}], ["Service", "string", True, {}], ["Region", "string", True, {}], ["Error", {"ref": "ResponseError"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ScanConversationParticipantListRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["ConversationShortId", "i64", True, {}], ["Cursor", "i64", True, {}], ["Limit", "i64", True, {"maximum": 50, "minimum": 1}], ["Reverse", "bool", False, {}], ["OnlyUserIds", "bool", False, {}], ["ScanOnlineParticipant", "bool", False, {}], ["MarkType", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "ScanConversationParticipantListResponse": {"at_least_one_of": [], "fields": [["Participants", ["list", {"ref": "Participant"}], True, {}], ["HasMore", "bool", True, {}], ["NextCursor", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendMessageRequest": {"at_least_one_of": [], "fields": [["AppId", "i32", True, {}], ["Sender", "i64", True, {}], ["ConversationShortId", "i64", True, {}], ["MsgType", "i32", True, {}], ["Content", "string", True, {}], ["MentionedUsers", ["list", "i64"], False, {}], ["VisibleUsers", ["list", "i64"], False, {}], ["InvisibleUsers", ["list", "i64"], False, {}], ["Ext", ["map", "string"], False, {}], ["ClientMsgId", "string", False, {}], ["CreateTime", "i64", False, {}], ["Priority", {"ref": "MessagePriority"}, False, {}], ["RefMsgInfo", {"ref": "RefMsgInfo"}, False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "SendMessageResponse": {"at_least_one_of": [], "fields": [["MessageId", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}}}
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

    def batch_update_live_participants(self, request: t.BatchUpdateLiveParticipantsRequest) -> t.BatchUpdateLiveParticipantsResponse:
        """你可以使用此接口更新直播群成员资料。

        ``POST /?Action=BatchUpdateLiveParticipants&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/1162951.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "BatchUpdateLiveParticipants"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "BatchUpdateLiveParticipantsRequest", "response": "BatchUpdateLiveParticipantsResponse"}
        return cast("t.BatchUpdateLiveParticipantsResponse", self._call(route, request))

    def create_conversation(self, request: t.CreateConversationRequest) -> t.CreateConversationResponse:
        """你可以使用此接口创建会话。

        ``POST /?Action=CreateConversation&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/337013.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "CreateConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "CreateConversationRequest", "response": "CreateConversationResponse"}
        return cast("t.CreateConversationResponse", self._call(route, request))

    def destroy_conversation(self, request: t.DestroyConversationRequest) -> t.DestroyConversationResponse:
        """你可以使用此接口解散群聊。

        ``POST /?Action=DestroyConversation&Version=2020-12-01``; at most 50 calls per second. See https://www.volcengine.com/docs/6348/337036.
        Applies to conversation type: group, live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "DestroyConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "DestroyConversationRequest", "response": "DestroyConversationResponse"}
        return cast("t.DestroyConversationResponse", self._call(route, request))

    def get_conversation_marks(self, request: t.GetConversationMarksRequest) -> t.GetConversationMarksResponse:
        """你可以调用 GetConversationMarks 接口对会话标记进行查询。

        ``POST /?Action=GetConversationMarks&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/1187905.
        Applies to conversation type: live group.

        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "GetConversationMarks"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "GetConversationMarksRequest", "response": "GetConversationMarksResponse"}
        return cast("t.GetConversationMarksResponse", self._call(route, request))

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
        return pages([{"end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "ConversationInfos", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.get_user_conversations)

    def is_user_in_conversation(self, request: t.IsUserInConversationRequest) -> t.IsUserInConversationResponse:
        """你可以使用此接口判断用户是否在会话中。

        ``POST /?Action=IsUserInConversation&Version=2020-12-01``; at most 100 calls per second. See https://www.volcengine.com/docs/6348/336996.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "IsUserInConversation"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "IsUserInConversationRequest", "response": "IsUserInConversationResponse"}
        return cast("t.IsUserInConversationResponse", self._call(route, request))

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
        return pages([{"end_value": None, "flag": None, "has_more": "HasMore", "is_finished": None, "items": "Participants", "next_from_items": None, "page_size": "Limit", "request_field": "Cursor", "request_type": "i64", "response_field": "NextCursor", "style": "cursor", "total": None, "when": None}], request, self.scan_conversation_participant_list)

    def send_message(self, request: t.SendMessageRequest) -> t.SendMessageResponse:
        """你可以使用此接口发送消息。

        ``POST /?Action=SendMessage&Version=2020-12-01``. See https://github.com/volcengine/volc-sdk-golang/blob/5ba97ab9d544419ea95c669004c2f579605469e5/service/im/model.go.
        """
        route: dict[str, Any] = {"path": "/", "query": [{"name": "Action", "value": "SendMessage"}, {"name": "Version", "value": "2020-12-01"}],
                                 "request": "SendMessageRequest", "response": "SendMessageResponse"}
        return cast("t.SendMessageResponse", self._call(route, request))


def validate_batch_get_conversation_participant_request(request: t.BatchGetConversationParticipantRequest) -> list[Violation]:
    """The violations of ``BatchGetConversationParticipantRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchGetConversationParticipantRequest", request)


def validate_batch_get_conversations_request(request: t.BatchGetConversationsRequest) -> list[Violation]:
    """The violations of ``BatchGetConversationsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchGetConversationsRequest", request)


def validate_batch_update_live_participants_request(request: t.BatchUpdateLiveParticipantsRequest) -> list[Violation]:
    """The violations of ``BatchUpdateLiveParticipantsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "BatchUpdateLiveParticipantsRequest", request)


def validate_create_conversation_request(request: t.CreateConversationRequest) -> list[Violation]:
    """The violations of ``CreateConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "CreateConversationRequest", request)


def validate_destroy_conversation_request(request: t.DestroyConversationRequest) -> list[Violation]:
    """The violations of ``DestroyConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "DestroyConversationRequest", request)


def validate_get_conversation_marks_request(request: t.GetConversationMarksRequest) -> list[Violation]:
    """The violations of ``GetConversationMarksRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetConversationMarksRequest", request)


def validate_get_conversation_setting_request(request: t.GetConversationSettingRequest) -> list[Violation]:
    """The violations of ``GetConversationSettingRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetConversationSettingRequest", request)


def validate_get_conversation_user_count_request(request: t.GetConversationUserCountRequest) -> list[Violation]:
    """The violations of ``GetConversationUserCountRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetConversationUserCountRequest", request)


def validate_get_participant_read_index_request(request: t.GetParticipantReadIndexRequest) -> list[Violation]:
    """The violations of ``GetParticipantReadIndexRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetParticipantReadIndexRequest", request)


def validate_get_user_conversations_request(request: t.GetUserConversationsRequest) -> list[Violation]:
    """The violations of ``GetUserConversationsRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GetUserConversationsRequest", request)


def validate_is_user_in_conversation_request(request: t.IsUserInConversationRequest) -> list[Violation]:
    """The violations of ``IsUserInConversationRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "IsUserInConversationRequest", request)


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


def validate_scan_conversation_participant_list_request(request: t.ScanConversationParticipantListRequest) -> list[Violation]:
    """The violations of ``ScanConversationParticipantListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "ScanConversationParticipantListRequest", request)


def validate_send_message_request(request: t.SendMessageRequest) -> list[Violation]:
    """The violations of ``SendMessageRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "SendMessageRequest", request)
