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

MESSAGE_GROUP_PUBLISH_1_REQUEST: Final[t.MessageGroupPublishRequest] = {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "objectName": "RC:TxtMsg", "toGroupId": ["123"]}

MESSAGE_GROUP_PUBLISH_1_RESPONSE: Final[t.MessageGroupPublishBody] = {"code": 200}

MESSAGE_GROUP_PUBLISH_2_REQUEST: Final[t.MessageGroupPublishRequest] = {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "objectName": "RC:TxtMsg", "toGroupId": ["123"], "toUserId": ["BWSZ", "jlk45211"]}

MESSAGE_GROUP_PUBLISH_2_RESPONSE: Final[t.MessageGroupPublishBody] = {"code": 200}

MESSAGE_PRIVATE_PUBLISH_1_REQUEST: Final[t.MessagePrivatePublishRequest] = {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "objectName": "RC:TxtMsg", "toUserId": ["BWSZ"]}

MESSAGE_PRIVATE_PUBLISH_1_RESPONSE: Final[t.MessagePrivatePublishBody] = {"code": 200}

MESSAGE_PRIVATE_PUBLISH_2_REQUEST: Final[t.MessagePrivatePublishRequest] = {"content": "{\"content\":\"Hello world!\"}", "fromUserId": "jlk456j5", "isPersisted": 1, "objectName": "RC:TxtMsg", "pushContent": "Hello world!", "toUserId": ["BWSZ", "jlk45211"], "verifyBlacklist": 0}

MESSAGE_PRIVATE_PUBLISH_2_RESPONSE: Final[t.MessagePrivatePublishBody] = {"code": 200}

MESSAGE_RECALL_1_REQUEST: Final[t.MessageRecallRequest] = {"conversationType": 1, "fromUserId": "jlk456j5", "isAdmin": 0, "isDelete": 0, "messageUID": "5FGT-7VA9-G4DD-4V5P", "sentTime": 1585284151512, "targetId": "BWSZ"}

MESSAGE_RECALL_1_RESPONSE: Final[t.MessageRecallBody] = {"code": 200}

MESSAGE_RECALL_2_REQUEST: Final[t.MessageRecallRequest] = {"conversationType": 3, "fromUserId": "jlk456j5", "isDelete": 1, "messageUID": "5FGT-7VA9-G4DD-4V5Q", "sentTime": 1585284151512, "targetId": "123"}

MESSAGE_RECALL_2_RESPONSE: Final[t.MessageRecallBody] = {"code": 200}

USER_BLOCK_1_REQUEST: Final[t.UserBlockRequest] = {"minute": 10, "userId": ["BWSZ"]}

USER_BLOCK_1_RESPONSE: Final[t.UserBlockBody] = {"code": 200}

USER_BLOCK_QUERY_1_REQUEST: Final[t.UserBlockQueryRequest] = {"page": 1, "size": 50}

USER_BLOCK_QUERY_1_RESPONSE: Final[t.UserBlockQueryBody] = {"code": 200, "users": [{"blockEndTime": "2015-01-11 01:28:20", "userId": "jlk456j5"}]}

USER_CHECK_ONLINE_1_REQUEST: Final[t.UserCheckOnlineRequest] = {"userId": "jlk456j5"}

USER_CHECK_ONLINE_1_RESPONSE: Final[t.UserCheckOnlineBody] = {"code": 200, "status": "1"}

USER_GET_TOKEN_1_REQUEST: Final[t.UserGetTokenRequest] = {"name": "Ironman", "portraitUri": "http://abc.com/myportrait.jpg", "userId": "jlk456j5"}

USER_GET_TOKEN_1_RESPONSE: Final[t.UserGetTokenBody] = {"code": 200, "token": "sfd9823ihufi", "userId": "jlk456j5"}

USER_GROUP_QUERY_1_REQUEST: Final[t.UserGroupQueryRequest] = {"userId": "123"}

USER_GROUP_QUERY_1_RESPONSE: Final[t.UserGroupQueryBody] = {"code": 200, "groups": [{"id": "123", "name": "TestGroup"}]}

USER_INFO_1_REQUEST: Final[t.UserInfoRequest] = {"userId": "123"}

USER_INFO_1_RESPONSE: Final[t.UserInfoBody] = {"code": 200, "createTime": "2016-05-24 10:38:19", "userName": "123", "userPortrait": ""}

USER_REFRESH_1_REQUEST: Final[t.UserRefreshRequest] = {"name": "Ironman", "portraitUri": "http://abc.com/myportrait.jpg", "userId": "jlk456j5"}

USER_REFRESH_1_RESPONSE: Final[t.UserRefreshBody] = {"code": 200}

USER_TOKEN_EXPIRE_1_REQUEST: Final[t.UserTokenExpireRequest] = {"time": 1615362955344, "userId": ["test1", "test2"]}

USER_TOKEN_EXPIRE_1_RESPONSE: Final[t.UserTokenExpireBody] = {"code": 200}

USER_UNBLOCK_1_REQUEST: Final[t.UserUnblockRequest] = {"userId": ["jlk456j5", "jlk45211"]}

USER_UNBLOCK_1_RESPONSE: Final[t.UserUnblockBody] = {"code": 200}

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
    "MessageGroupPublish": [
        {"name": "text", "request": MESSAGE_GROUP_PUBLISH_1_REQUEST, "response": MESSAGE_GROUP_PUBLISH_1_RESPONSE},
        {"name": "targeted", "request": MESSAGE_GROUP_PUBLISH_2_REQUEST, "response": MESSAGE_GROUP_PUBLISH_2_RESPONSE},
    ],
    "MessagePrivatePublish": [
        {"name": "text", "request": MESSAGE_PRIVATE_PUBLISH_1_REQUEST, "response": MESSAGE_PRIVATE_PUBLISH_1_RESPONSE},
        {"name": "to several users", "request": MESSAGE_PRIVATE_PUBLISH_2_REQUEST, "response": MESSAGE_PRIVATE_PUBLISH_2_RESPONSE},
    ],
    "MessageRecall": [
        {"name": "private", "request": MESSAGE_RECALL_1_REQUEST, "response": MESSAGE_RECALL_1_RESPONSE},
        {"name": "group", "request": MESSAGE_RECALL_2_REQUEST, "response": MESSAGE_RECALL_2_RESPONSE},
    ],
    "UserBlock": [
        {"name": "doc", "request": USER_BLOCK_1_REQUEST, "response": USER_BLOCK_1_RESPONSE},
    ],
    "UserBlockQuery": [
        {"name": "doc", "request": USER_BLOCK_QUERY_1_REQUEST, "response": USER_BLOCK_QUERY_1_RESPONSE},
    ],
    "UserCheckOnline": [
        {"name": "doc", "request": USER_CHECK_ONLINE_1_REQUEST, "response": USER_CHECK_ONLINE_1_RESPONSE},
    ],
    "UserGetToken": [
        {"name": "doc", "request": USER_GET_TOKEN_1_REQUEST, "response": USER_GET_TOKEN_1_RESPONSE},
    ],
    "UserGroupQuery": [
        {"name": "doc", "request": USER_GROUP_QUERY_1_REQUEST, "response": USER_GROUP_QUERY_1_RESPONSE},
    ],
    "UserInfo": [
        {"name": "doc", "request": USER_INFO_1_REQUEST, "response": USER_INFO_1_RESPONSE},
    ],
    "UserRefresh": [
        {"name": "doc", "request": USER_REFRESH_1_REQUEST, "response": USER_REFRESH_1_RESPONSE},
    ],
    "UserTokenExpire": [
        {"name": "doc", "request": USER_TOKEN_EXPIRE_1_REQUEST, "response": USER_TOKEN_EXPIRE_1_RESPONSE},
    ],
    "UserUnblock": [
        {"name": "doc", "request": USER_UNBLOCK_1_REQUEST, "response": USER_UNBLOCK_1_RESPONSE},
    ],
}
"""The examples, by operation."""
