# Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (client.py.j2) (@generated). DO NOT EDIT.
"""The client of RongCloud IM Server API, its validators, and the schema they read."""

from __future__ import annotations

import os
from typing import Any, Final, cast

from .._runtime import HttpOptions, Violation, call, validate
from . import types as t

__all__ = ["ENDPOINTS", "SCHEMA", "SIGNING", "Client", "validate_group_create_request", "validate_group_dismiss_request", "validate_group_join_request", "validate_group_quit_request", "validate_group_refresh_request", "validate_group_sync_request", "validate_group_user_gag_add_request", "validate_group_user_gag_list_request", "validate_group_user_gag_rollback_request", "validate_group_user_query_request", "validate_message_group_publish_request", "validate_message_private_publish_request", "validate_message_recall_request", "validate_user_block_request", "validate_user_block_query_request", "validate_user_check_online_request", "validate_user_get_token_request", "validate_user_group_query_request", "validate_user_info_request", "validate_user_refresh_request", "validate_user_token_expire_request", "validate_user_unblock_request"]

SCHEMA: Final[dict[str, Any]] = {"envelope": {"fields": [["code", "i64", True, {}], ["errorMessage", "string", False, {}]], "payload": None, "roles": {"code": ["code"], "message": ["errorMessage"], "number": ["code"], "ok_code": 200, "request_id": [], "request_id_header": "X-Request-Id", "status": None}}, "types": {"BlockedUser": {"at_least_one_of": [], "fields": [["userId", "string", True, {}], ["blockEndTime", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupCreateRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"max_items": 1000, "min_items": 1}], ["groupId", "string", True, {"code": "1005", "max_length": 64}], ["groupName", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupCreateResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupDismissRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {}], ["groupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupDismissResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupGaggedUser": {"at_least_one_of": [], "fields": [["startTime", "string", True, {}], ["time", "string", True, {}], ["userId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupJoinRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"max_items": 1000, "min_items": 1}], ["groupId", "string", True, {}], ["groupName", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupJoinResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupMemberId": {"at_least_one_of": [], "fields": [["id", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupQuitRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"max_items": 1000, "min_items": 1}], ["groupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupQuitResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupRefreshRequest": {"at_least_one_of": [], "fields": [["groupId", "string", True, {}], ["groupName", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupRefreshResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupSyncRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {}], ["group", ["map", "string"], False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupSyncResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserGagAddRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"max_items": 20, "min_items": 1}], ["groupId", "string", False, {}], ["minute", "i32", True, {"maximum": 43200, "minimum": 0}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserGagAddResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserGagListRequest": {"at_least_one_of": [], "fields": [["groupId", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserGagListResponse": {"at_least_one_of": [], "fields": [["users", ["list", {"ref": "GroupGaggedUser"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserGagRollbackRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"max_items": 20, "min_items": 1}], ["groupId", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserGagRollbackResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserQueryRequest": {"at_least_one_of": [], "fields": [["groupId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "GroupUserQueryResponse": {"at_least_one_of": [], "fields": [["users", ["list", {"ref": "GroupMemberId"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessageGroupPublishRequest": {"at_least_one_of": [], "fields": [["fromUserId", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}], ["toGroupId", ["list", "string"], True, {"items": {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}, "max_items": 3, "min_items": 1}], ["toUserId", ["list", "string"], False, {"items": {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}, "min_items": 1}], ["objectName", "string", True, {"code": "1005", "max_length": 32, "min_length": 1}], ["content", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 131072, "min_length": 1}], ["pushContent", "string", False, {}], ["pushData", "string", False, {}], ["isPersisted", "i32", False, {"maximum": 1, "minimum": 0}], ["isIncludeSender", "i32", False, {"maximum": 1, "minimum": 0}], ["isMentioned", "i32", False, {"maximum": 1, "minimum": 0}], ["contentAvailable", "i32", False, {"maximum": 1, "minimum": 0}], ["expansion", "bool", False, {}], ["disablePush", "bool", False, {}], ["pushExt", "string", False, {}]], "forbidden_when": [[["expansion"], ["toUserId"], None, "toUserId is sent", None], [["disablePush"], ["toUserId"], None, "toUserId is sent", None], [["pushExt"], ["toUserId"], None, "toUserId is sent", None]], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessageGroupPublishResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessagePrivatePublishRequest": {"at_least_one_of": [], "fields": [["fromUserId", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}], ["toUserId", ["list", "string"], True, {"items": {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}, "max_items": 1000, "min_items": 1}], ["objectName", "string", True, {"code": "1005", "max_length": 32, "min_length": 1}], ["content", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 131072, "min_length": 1}], ["pushContent", "string", False, {}], ["pushData", "string", False, {}], ["count", "i32", False, {"maximum": 9999, "minimum": -1}], ["verifyBlacklist", "i32", False, {"maximum": 1, "minimum": 0}], ["isPersisted", "i32", False, {"maximum": 1, "minimum": 0}], ["isIncludeSender", "i32", False, {"maximum": 1, "minimum": 0}], ["contentAvailable", "i32", False, {"maximum": 1, "minimum": 0}], ["expansion", "bool", False, {}], ["disablePush", "bool", False, {}], ["pushExt", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessagePrivatePublishResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessageRecallRequest": {"at_least_one_of": [], "fields": [["fromUserId", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}], ["conversationType", {"ref": "RecallConversationType"}, True, {}], ["targetId", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}], ["busChannel", "string", False, {}], ["messageUID", "string", True, {}], ["sentTime", "i64", True, {}], ["isAdmin", "i32", False, {"maximum": 1, "minimum": 0}], ["isDelete", "i32", False, {"maximum": 1, "minimum": 0}], ["extra", "string", False, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "MessageRecallResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "RecallConversationType": {"allowed": ["1 (Private)", "3 (Group)", "4 (Chatroom)", "6 (System)", "10 (UltraGroup)"], "kind": "enum", "open": False, "repr": "i32", "values": [1, 3, 4, 6, 10]}, "UserBlockQueryRequest": {"at_least_one_of": [], "fields": [["page", "i32", False, {"minimum": 0}], ["size", "i32", False, {"minimum": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserBlockQueryResponse": {"at_least_one_of": [], "fields": [["users", ["list", {"ref": "BlockedUser"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserBlockRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"items": {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}, "max_items": 20, "min_items": 1}], ["minute", "i32", True, {"maximum": 43200, "minimum": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserBlockResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserCheckOnlineRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserCheckOnlineResponse": {"at_least_one_of": [], "fields": [["status", {"ref": "UserOnlineStatus"}, True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserGetTokenRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}], ["name", "string", True, {"code": "1005", "max_length": 64}], ["portraitUri", "string", False, {"code": "1005", "length_unit": "bytes", "max_length": 1024}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserGetTokenResponse": {"at_least_one_of": [], "fields": [["userId", "string", True, {}], ["token", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserGroupQueryRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {}], ["page", "i32", False, {"minimum": 0}], ["size", "i32", False, {"maximum": 1000, "minimum": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserGroupQueryResponse": {"at_least_one_of": [], "fields": [["groups", ["list", {"ref": "UserJoinedGroup"}], True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserInfoRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserInfoResponse": {"at_least_one_of": [], "fields": [["userName", "string", True, {}], ["userPortrait", "string", True, {}], ["createTime", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserJoinedGroup": {"at_least_one_of": [], "fields": [["name", "string", True, {}], ["id", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserOnlineStatus": {"allowed": ["\"1\" (Online)", "\"0\" (Offline)"], "kind": "enum", "open": False, "repr": "string", "values": ["1", "0"]}, "UserRefreshRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}], ["name", "string", False, {"code": "1005", "max_length": 64}], ["portraitUri", "string", False, {"code": "1005", "length_unit": "bytes", "max_length": 1024}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserRefreshResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserTokenExpireRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"items": {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}, "max_items": 20, "min_items": 1}], ["time", "i64", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserTokenExpireResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserUnblockRequest": {"at_least_one_of": [], "fields": [["userId", ["list", "string"], True, {"items": {"code": "1005", "length_unit": "bytes", "max_length": 64, "min_length": 1}, "max_items": 20, "min_items": 1}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserUnblockResponse": {"at_least_one_of": [], "fields": [], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}}}
"""The shapes and limits of every type, which the validators read."""

ENDPOINTS: Final[dict[str, dict[str, str]]] = {
    "china": {"host": "api.rong-api.com", "signing_region": "china"},
    "singapore": {"host": "api.sg-light-api.com", "signing_region": "singapore"},
    "singapore-b": {"host": "api.sg-b-light-api.com", "signing_region": "singapore-b"},
    "north-america": {"host": "api.us-light-api.com", "signing_region": "north-america"},
    "saudi-arabia": {"host": "api.sau-light-api.com", "signing_region": "saudi-arabia"},
}
"""The endpoints, by region; ``china`` is the default."""

SIGNING: Final[dict[str, Any]] = {"per_region": False, "scheme": "rongcloud-sha1", "service": None}
"""How requests are signed: the ``rongcloud-sha1`` scheme."""


class Client:
    """RongCloud IM Server API.

    Every method validates the request against the documented limits (``ValidationError``
    before anything is sent), signs it, and returns the result or raises ``ApiError`` with the
    vendor's code.
    """

    def __init__(self, *, app_key: str, app_secret: str,
                 http: HttpOptions | None = None) -> None:
        self._credentials: dict[str, Any] = {"app_key": app_key, "app_secret": app_secret}
        self._region: str | None = None
        self._http = http or HttpOptions(base_url="https://api.rong-api.com")

    @classmethod
    def from_env(cls, http: HttpOptions | None = None) -> "Client":
        """Credentials from ``RONGCLOUD_APP_KEY`` and ``RONGCLOUD_APP_SECRET``."""
        return cls(app_key=os.environ["RONGCLOUD_APP_KEY"],
                   app_secret=os.environ["RONGCLOUD_APP_SECRET"], http=http)

    def __repr__(self) -> str:
        return f"Client(app_key={self._credentials['app_key']!r})"

    def _call(self, route: dict[str, Any], request: Any) -> Any:
        return call(self._http, SIGNING, self._credentials, SCHEMA, route, request,
                    region=self._region)

    def group_create(self, request: t.GroupCreateRequest) -> t.GroupCreateResponse:
        """The App backend generates a group ID and calls the IM Service server API to create the group. It can also pass in the user IDs of those who need to join the group.

        ``POST /group/create.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/create-group.
        """
        route: dict[str, Any] = {"path": "/group/create.json", "query": [],
                                 "request": "GroupCreateRequest", "response": "GroupCreateResponse", "body": "form"}
        return cast("t.GroupCreateResponse", self._call(route, request))

    def group_dismiss(self, request: t.GroupDismissRequest) -> t.GroupDismissResponse:
        """Dismissing a group means that all users will no longer receive messages from that group.

        ``POST /group/dismiss.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/dismiss-group.
        """
        route: dict[str, Any] = {"path": "/group/dismiss.json", "query": [],
                                 "request": "GroupDismissRequest", "response": "GroupDismissResponse", "body": "form"}
        return cast("t.GroupDismissResponse", self._call(route, request))

    def group_join(self, request: t.GroupJoinRequest) -> t.GroupJoinResponse:
        """The App backend calls the IM Service API to request joining the group. After successfully joining the group, the user can send and receive messages within the group.

        ``POST /group/join.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/join-group.
        """
        route: dict[str, Any] = {"path": "/group/join.json", "query": [],
                                 "request": "GroupJoinRequest", "response": "GroupJoinResponse", "body": "form"}
        return cast("t.GroupJoinResponse", self._call(route, request))

    def group_quit(self, request: t.GroupQuitRequest) -> t.GroupQuitResponse:
        """Remove a user from a group so that they no longer receive messages from that group.

        ``POST /group/quit.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/quit-group.
        """
        route: dict[str, Any] = {"path": "/group/quit.json", "query": [],
                                 "request": "GroupQuitRequest", "response": "GroupQuitResponse", "body": "form"}
        return cast("t.GroupQuitResponse", self._call(route, request))

    def group_refresh(self, request: t.GroupRefreshRequest) -> t.GroupRefreshResponse:
        """Synchronize the group name with the IM server to ensure consistency between the group name in your application and the IM server.

        ``POST /group/refresh.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/refresh-group-info.
        """
        route: dict[str, Any] = {"path": "/group/refresh.json", "query": [],
                                 "request": "GroupRefreshRequest", "response": "GroupRefreshResponse", "body": "form"}
        return cast("t.GroupRefreshResponse", self._call(route, request))

    def group_sync(self, request: t.GroupSyncRequest) -> t.GroupSyncResponse:
        """Synchronize all groups that a specified user has joined with the IM server to prevent inconsistencies between the user's group information in the application and the user's group information on the IM server.

        ``POST /group/sync.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/sync-group.
        """
        route: dict[str, Any] = {"path": "/group/sync.json", "query": [],
                                 "request": "GroupSyncRequest", "response": "GroupSyncResponse", "body": "form"}
        return cast("t.GroupSyncResponse", self._call(route, request))

    def group_user_gag_add(self, request: t.GroupUserGagAddRequest) -> t.GroupUserGagAddResponse:
        """The group service supports muting specified users in a group. Apps can call this API to add users to the mute list.

        ``POST /group/user/gag/add.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/mute/gag-user.
        """
        route: dict[str, Any] = {"path": "/group/user/gag/add.json", "query": [],
                                 "request": "GroupUserGagAddRequest", "response": "GroupUserGagAddResponse", "body": "form"}
        return cast("t.GroupUserGagAddResponse", self._call(route, request))

    def group_user_gag_list(self, request: t.GroupUserGagListRequest) -> t.GroupUserGagListResponse:
        """Retrieve the list of users muted in a specified group, returning their user IDs.

        ``POST /group/user/gag/list.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/mute/query-gagged-user.
        """
        route: dict[str, Any] = {"path": "/group/user/gag/list.json", "query": [],
                                 "request": "GroupUserGagListRequest", "response": "GroupUserGagListResponse", "body": "form"}
        return cast("t.GroupUserGagListResponse", self._call(route, request))

    def group_user_gag_rollback(self, request: t.GroupUserGagRollbackRequest) -> t.GroupUserGagRollbackResponse:
        """Unmute one or more users in a specific group.

        ``POST /group/user/gag/rollback.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/mute/ungag-user.
        """
        route: dict[str, Any] = {"path": "/group/user/gag/rollback.json", "query": [],
                                 "request": "GroupUserGagRollbackRequest", "response": "GroupUserGagRollbackResponse", "body": "form"}
        return cast("t.GroupUserGagRollbackResponse", self._call(route, request))

    def group_user_query(self, request: t.GroupUserQueryRequest) -> t.GroupUserQueryResponse:
        """Query the user IDs of all members in a specified group.

        ``POST /group/user/query.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/query-group-member.
        """
        route: dict[str, Any] = {"path": "/group/user/query.json", "query": [],
                                 "request": "GroupUserQueryRequest", "response": "GroupUserQueryResponse", "body": "form"}
        return cast("t.GroupUserQueryResponse", self._call(route, request))

    def message_group_publish(self, request: t.MessageGroupPublishRequest) -> t.MessageGroupPublishResponse:
        """Send messages to one or multiple groups within your application.

        ``POST /message/group/publish.json``; at most 20 calls per second. See https://docs.rongcloud.io/platform-chat-api/message/send-group.
        """
        route: dict[str, Any] = {"path": "/message/group/publish.json", "query": [],
                                 "request": "MessageGroupPublishRequest", "response": "MessageGroupPublishResponse", "body": "form"}
        return cast("t.MessageGroupPublishResponse", self._call(route, request))

    def message_private_publish(self, request: t.MessagePrivatePublishRequest) -> t.MessagePrivatePublishResponse:
        """Users within an application can send one-to-one chat messages to other users.

        ``POST /message/private/publish.json``; at most 6000 calls per minute. See https://docs.rongcloud.io/platform-chat-api/message/send-private.
        """
        route: dict[str, Any] = {"path": "/message/private/publish.json", "query": [],
                                 "request": "MessagePrivatePublishRequest", "response": "MessagePrivatePublishResponse", "body": "form"}
        return cast("t.MessagePrivatePublishResponse", self._call(route, request))

    def message_recall(self, request: t.MessageRecallRequest) -> t.MessageRecallResponse:
        """Recalling a specific message essentially involves sending a recall command message.

        ``POST /message/recall.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/message/msgrecall.
        """
        route: dict[str, Any] = {"path": "/message/recall.json", "query": [],
                                 "request": "MessageRecallRequest", "response": "MessageRecallResponse", "body": "form"}
        return cast("t.MessageRecallResponse", self._call(route, request))

    def user_block(self, request: t.UserBlockRequest) -> t.UserBlockResponse:
        """Ban specified single or multiple users.

        ``POST /user/block.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/block.
        """
        route: dict[str, Any] = {"path": "/user/block.json", "query": [],
                                 "request": "UserBlockRequest", "response": "UserBlockResponse", "body": "form"}
        return cast("t.UserBlockResponse", self._call(route, request))

    def user_block_query(self, request: t.UserBlockQueryRequest) -> t.UserBlockQueryResponse:
        """Query the information of banned users, including the user ID and the end time of the ban.

        ``POST /user/block/query.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/query-blocked-list.
        """
        route: dict[str, Any] = {"path": "/user/block/query.json", "query": [],
                                 "request": "UserBlockQueryRequest", "response": "UserBlockQueryResponse", "body": "form"}
        return cast("t.UserBlockQueryResponse", self._call(route, request))

    def user_check_online(self, request: t.UserCheckOnlineRequest) -> t.UserCheckOnlineResponse:
        """Actively query the online status of a specific user.

        ``POST /user/checkOnline.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/check-online-status-by-user.
        """
        route: dict[str, Any] = {"path": "/user/checkOnline.json", "query": [],
                                 "request": "UserCheckOnlineRequest", "response": "UserCheckOnlineResponse", "body": "form"}
        return cast("t.UserCheckOnlineResponse", self._call(route, request))

    def user_get_token(self, request: t.UserGetTokenRequest) -> t.UserGetTokenResponse:
        """Exchange the user ID (userId) defined at the app layer for an authentication Token used in the IM service.

        ``POST /user/getToken.json``; at most 200 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/register.
        """
        route: dict[str, Any] = {"path": "/user/getToken.json", "query": [],
                                 "request": "UserGetTokenRequest", "response": "UserGetTokenResponse", "body": "form"}
        return cast("t.UserGetTokenResponse", self._call(route, request))

    def user_group_query(self, request: t.UserGroupQueryRequest) -> t.UserGroupQueryResponse:
        """Query all groups that a user has joined based on their user ID, returning the group ID and group name.

        ``POST /user/group/query.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/group/query-group-by-user.
        """
        route: dict[str, Any] = {"path": "/user/group/query.json", "query": [],
                                 "request": "UserGroupQueryRequest", "response": "UserGroupQueryResponse", "body": "form"}
        return cast("t.UserGroupQueryResponse", self._call(route, request))

    def user_info(self, request: t.UserInfoRequest) -> t.UserInfoResponse:
        """Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.

        ``POST /user/info.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/get.
        """
        route: dict[str, Any] = {"path": "/user/info.json", "query": [],
                                 "request": "UserInfoRequest", "response": "UserInfoResponse", "body": "form"}
        return cast("t.UserInfoResponse", self._call(route, request))

    def user_refresh(self, request: t.UserRefreshRequest) -> t.UserRefreshResponse:
        """Update the user name (name) and avatar (portraitUri) data stored on the IM service server.

        ``POST /user/refresh.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/modify.
        """
        route: dict[str, Any] = {"path": "/user/refresh.json", "query": [],
                                 "request": "UserRefreshRequest", "response": "UserRefreshResponse", "body": "form"}
        return cast("t.UserRefreshResponse", self._call(route, request))

    def user_token_expire(self, request: t.UserTokenExpireRequest) -> t.UserTokenExpireResponse:
        """Invalidate all tokens obtained by a specified user before a certain point in time.

        ``POST /user/token/expire.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/expire.
        """
        route: dict[str, Any] = {"path": "/user/token/expire.json", "query": [],
                                 "request": "UserTokenExpireRequest", "response": "UserTokenExpireResponse", "body": "form"}
        return cast("t.UserTokenExpireResponse", self._call(route, request))

    def user_unblock(self, request: t.UserUnblockRequest) -> t.UserUnblockResponse:
        """Unban users of the App.

        ``POST /user/unblock.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/unblock.
        """
        route: dict[str, Any] = {"path": "/user/unblock.json", "query": [],
                                 "request": "UserUnblockRequest", "response": "UserUnblockResponse", "body": "form"}
        return cast("t.UserUnblockResponse", self._call(route, request))


def validate_group_create_request(request: t.GroupCreateRequest) -> list[Violation]:
    """The violations of ``GroupCreateRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupCreateRequest", request)


def validate_group_dismiss_request(request: t.GroupDismissRequest) -> list[Violation]:
    """The violations of ``GroupDismissRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupDismissRequest", request)


def validate_group_join_request(request: t.GroupJoinRequest) -> list[Violation]:
    """The violations of ``GroupJoinRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupJoinRequest", request)


def validate_group_quit_request(request: t.GroupQuitRequest) -> list[Violation]:
    """The violations of ``GroupQuitRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupQuitRequest", request)


def validate_group_refresh_request(request: t.GroupRefreshRequest) -> list[Violation]:
    """The violations of ``GroupRefreshRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupRefreshRequest", request)


def validate_group_sync_request(request: t.GroupSyncRequest) -> list[Violation]:
    """The violations of ``GroupSyncRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupSyncRequest", request)


def validate_group_user_gag_add_request(request: t.GroupUserGagAddRequest) -> list[Violation]:
    """The violations of ``GroupUserGagAddRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupUserGagAddRequest", request)


def validate_group_user_gag_list_request(request: t.GroupUserGagListRequest) -> list[Violation]:
    """The violations of ``GroupUserGagListRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupUserGagListRequest", request)


def validate_group_user_gag_rollback_request(request: t.GroupUserGagRollbackRequest) -> list[Violation]:
    """The violations of ``GroupUserGagRollbackRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupUserGagRollbackRequest", request)


def validate_group_user_query_request(request: t.GroupUserQueryRequest) -> list[Violation]:
    """The violations of ``GroupUserQueryRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "GroupUserQueryRequest", request)


def validate_message_group_publish_request(request: t.MessageGroupPublishRequest) -> list[Violation]:
    """The violations of ``MessageGroupPublishRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "MessageGroupPublishRequest", request)


def validate_message_private_publish_request(request: t.MessagePrivatePublishRequest) -> list[Violation]:
    """The violations of ``MessagePrivatePublishRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "MessagePrivatePublishRequest", request)


def validate_message_recall_request(request: t.MessageRecallRequest) -> list[Violation]:
    """The violations of ``MessageRecallRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "MessageRecallRequest", request)


def validate_user_block_request(request: t.UserBlockRequest) -> list[Violation]:
    """The violations of ``UserBlockRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserBlockRequest", request)


def validate_user_block_query_request(request: t.UserBlockQueryRequest) -> list[Violation]:
    """The violations of ``UserBlockQueryRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserBlockQueryRequest", request)


def validate_user_check_online_request(request: t.UserCheckOnlineRequest) -> list[Violation]:
    """The violations of ``UserCheckOnlineRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserCheckOnlineRequest", request)


def validate_user_get_token_request(request: t.UserGetTokenRequest) -> list[Violation]:
    """The violations of ``UserGetTokenRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserGetTokenRequest", request)


def validate_user_group_query_request(request: t.UserGroupQueryRequest) -> list[Violation]:
    """The violations of ``UserGroupQueryRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserGroupQueryRequest", request)


def validate_user_info_request(request: t.UserInfoRequest) -> list[Violation]:
    """The violations of ``UserInfoRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserInfoRequest", request)


def validate_user_refresh_request(request: t.UserRefreshRequest) -> list[Violation]:
    """The violations of ``UserRefreshRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserRefreshRequest", request)


def validate_user_token_expire_request(request: t.UserTokenExpireRequest) -> list[Violation]:
    """The violations of ``UserTokenExpireRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserTokenExpireRequest", request)


def validate_user_unblock_request(request: t.UserUnblockRequest) -> list[Violation]:
    """The violations of ``UserUnblockRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserUnblockRequest", request)
