# Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (examples.py.j2) (@generated). DO NOT EDIT.
"""Every example of the spec, typed: ``mypy --strict`` rejects an example whose keys or values
do not fit the types."""

from __future__ import annotations

from typing import Any, Final

from . import types as t

GROUP_CREATE_1_REQUEST: Final[t.GroupCreateRequest] = {"groupId": "123", "groupName": "TestGroup", "userId": ["1", "2"]}

GROUP_CREATE_1_RESPONSE: Final[t.GroupCreateBody] = {"code": 200}

GROUP_DISMISS_1_REQUEST: Final[t.GroupDismissRequest] = {"groupId": "123", "userId": "1"}

GROUP_DISMISS_1_RESPONSE: Final[t.GroupDismissBody] = {"code": 200}

GROUP_JOIN_1_REQUEST: Final[t.GroupJoinRequest] = {"groupId": "123", "groupName": "TestGroup", "userId": ["1", "2"]}

GROUP_JOIN_1_RESPONSE: Final[t.GroupJoinBody] = {"code": 200}

GROUP_QUIT_1_REQUEST: Final[t.GroupQuitRequest] = {"groupId": "123", "userId": ["1", "2"]}

GROUP_QUIT_1_RESPONSE: Final[t.GroupQuitBody] = {"code": 200}

GROUP_REFRESH_1_REQUEST: Final[t.GroupRefreshRequest] = {"groupId": "123", "groupName": "new"}

GROUP_REFRESH_1_RESPONSE: Final[t.GroupRefreshBody] = {"code": 200}

GROUP_SYNC_1_REQUEST: Final[t.GroupSyncRequest] = {"group": {"10001": "TestGroup1", "10002": "TestGroup2", "10003": "TestGroup3"}, "userId": "2014"}

GROUP_SYNC_1_RESPONSE: Final[t.GroupSyncBody] = {"code": 200}

GROUP_USER_GAG_ADD_1_REQUEST: Final[t.GroupUserGagAddRequest] = {"groupId": "16", "minute": 1, "userId": ["2582", "2583"]}

GROUP_USER_GAG_ADD_1_RESPONSE: Final[t.GroupUserGagAddBody] = {"code": 200}

GROUP_USER_GAG_LIST_1_REQUEST: Final[t.GroupUserGagListRequest] = {"groupId": "16"}

GROUP_USER_GAG_LIST_1_RESPONSE: Final[t.GroupUserGagListBody] = {"code": 200, "users": [{"startTime": "2024-02-07 18:25:12", "time": "2024-02-07 18:55:12", "userId": "2582"}]}

GROUP_USER_GAG_ROLLBACK_1_REQUEST: Final[t.GroupUserGagRollbackRequest] = {"groupId": "16", "userId": ["2582", "2583"]}

GROUP_USER_GAG_ROLLBACK_1_RESPONSE: Final[t.GroupUserGagRollbackBody] = {"code": 200}

GROUP_USER_QUERY_1_REQUEST: Final[t.GroupUserQueryRequest] = {"groupId": "123"}

GROUP_USER_QUERY_1_RESPONSE: Final[t.GroupUserQueryBody] = {"code": 200, "users": [{"id": "10001"}, {"id": "10002"}, {"id": "10000"}, {"id": "10003"}]}

USER_GROUP_QUERY_1_REQUEST: Final[t.UserGroupQueryRequest] = {"userId": "123"}

USER_GROUP_QUERY_1_RESPONSE: Final[t.UserGroupQueryBody] = {"code": 200, "groups": [{"id": "123", "name": "TestGroup"}]}

USER_INFO_1_REQUEST: Final[t.UserInfoRequest] = {"userId": "123"}

USER_INFO_1_RESPONSE: Final[t.UserInfoBody] = {"code": 200, "createTime": "2016-05-24 10:38:19", "userName": "123", "userPortrait": ""}

EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "GroupCreate": [
        {"name": "doc", "request": GROUP_CREATE_1_REQUEST, "response": GROUP_CREATE_1_RESPONSE},
    ],
    "GroupDismiss": [
        {"name": "doc", "request": GROUP_DISMISS_1_REQUEST, "response": GROUP_DISMISS_1_RESPONSE},
    ],
    "GroupJoin": [
        {"name": "doc", "request": GROUP_JOIN_1_REQUEST, "response": GROUP_JOIN_1_RESPONSE},
    ],
    "GroupQuit": [
        {"name": "doc", "request": GROUP_QUIT_1_REQUEST, "response": GROUP_QUIT_1_RESPONSE},
    ],
    "GroupRefresh": [
        {"name": "doc", "request": GROUP_REFRESH_1_REQUEST, "response": GROUP_REFRESH_1_RESPONSE},
    ],
    "GroupSync": [
        {"name": "doc", "request": GROUP_SYNC_1_REQUEST, "response": GROUP_SYNC_1_RESPONSE},
    ],
    "GroupUserGagAdd": [
        {"name": "doc", "request": GROUP_USER_GAG_ADD_1_REQUEST, "response": GROUP_USER_GAG_ADD_1_RESPONSE},
    ],
    "GroupUserGagList": [
        {"name": "doc", "request": GROUP_USER_GAG_LIST_1_REQUEST, "response": GROUP_USER_GAG_LIST_1_RESPONSE},
    ],
    "GroupUserGagRollback": [
        {"name": "doc", "request": GROUP_USER_GAG_ROLLBACK_1_REQUEST, "response": GROUP_USER_GAG_ROLLBACK_1_RESPONSE},
    ],
    "GroupUserQuery": [
        {"name": "doc", "request": GROUP_USER_QUERY_1_REQUEST, "response": GROUP_USER_QUERY_1_RESPONSE},
    ],
    "UserGroupQuery": [
        {"name": "doc", "request": USER_GROUP_QUERY_1_REQUEST, "response": USER_GROUP_QUERY_1_RESPONSE},
    ],
    "UserInfo": [
        {"name": "doc", "request": USER_INFO_1_REQUEST, "response": USER_INFO_1_RESPONSE},
    ],
}
"""The examples, by operation."""
