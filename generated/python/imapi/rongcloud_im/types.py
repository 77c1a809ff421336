# Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (types.py.j2) (@generated). DO NOT EDIT.
"""The types of RongCloud IM Server API, with the wire names as keys.

RongCloud's IM Server API (the classic form API). Every request is an HTTPS POST to
`https://{data center domain}/{module}/{action}.json` whose body is
`application/x-www-form-urlencoded`: a parameter sent several times is a list
(`userId=1&userId=2`), `key[sub]=value` a map (`group[10001]=Name`), and structured values
(a message's `content`) are JSON text in one parameter. Each request carries the headers
`App-Key`, `Nonce` (a random string), `Timestamp` and `Signature`, the hex SHA-1 of the App
Secret, the Nonce and the Timestamp concatenated; each may also be sent with the `RC-` prefix.
Answers are JSON: `code` 200 on success, with the API's own fields beside it.
"""

from __future__ import annotations

from typing import Final, Literal, NotRequired, Required, TypedDict, Union

GroupCreateRequest = TypedDict("GroupCreateRequest", {
    "userId": Required[list[str]],
    "groupId": Required[str],
    "groupName": Required[str],
})
"""The request body of `GroupCreate`.

``userId``: The user ID to be added to the group, up to 1000. Limits: 1 to 1000 items.
``groupId``: The group ID to be created, with a maximum length of 64 characters. Supports a combination of uppercase and lowercase letters and numbers. Limits: at most 64 characters (else error `1005`).
``groupName``: The name corresponding to the group ID, used when sending group messages to display remote Push notifications. If the group name changes, the Refresh Group Information interface needs to be called to synchronize."""

GroupCreateResponse = TypedDict("GroupCreateResponse", {
})
"""Only the envelope's `code`.
"""

GroupDismissRequest = TypedDict("GroupDismissRequest", {
    "userId": Required[str],
    "groupId": Required[str],
})
"""The request body of `GroupDismiss`.

``userId``: The user ID of the operator dismissing the group. It can be any user ID; the group creator is not required to dismiss the group.
``groupId``: The group ID of the group to be dismissed."""

GroupDismissResponse = TypedDict("GroupDismissResponse", {
})
"""Only the envelope's `code`.
"""

GroupJoinRequest = TypedDict("GroupJoinRequest", {
    "userId": Required[list[str]],
    "groupId": Required[str],
    "groupName": NotRequired[str],
})
"""The request body of `GroupJoin`.

``userId``: The user ID(s) to join the group. Multiple IDs can be submitted, up to a maximum of 1000. Limits: 1 to 1000 items.
``groupId``: The group ID to join.
``groupName`` (optional): The name of the group to join. Note: If groupName is provided when joining the group, it will modify the group name in push notifications, similar to calling the refresh group information API."""

GroupJoinResponse = TypedDict("GroupJoinResponse", {
})
"""Only the envelope's `code`.
"""

GroupQuitRequest = TypedDict("GroupQuitRequest", {
    "userId": Required[list[str]],
    "groupId": Required[str],
})
"""The request body of `GroupQuit`.

``userId``: The user ID(s) to be removed from the group. Multiple user IDs can be submitted, with a maximum of 1000. Limits: 1 to 1000 items.
``groupId``: The group ID from which the user(s) will be removed."""

GroupQuitResponse = TypedDict("GroupQuitResponse", {
})
"""Only the envelope's `code`.
"""

GroupRefreshRequest = TypedDict("GroupRefreshRequest", {
    "groupId": Required[str],
    "groupName": Required[str],
})
"""The request body of `GroupRefresh`.

``groupId``: Group ID.
``groupName``: Group name."""

GroupRefreshResponse = TypedDict("GroupRefreshResponse", {
})
"""Only the envelope's `code`.
"""

GroupSyncRequest = TypedDict("GroupSyncRequest", {
    "userId": Required[str],
    "group": NotRequired[dict[str, str]],
})
"""The request body of `GroupSync`.

``userId``: The ID of the user whose group information is being synchronized.
``group`` (optional): The group information the user belongs to. If the group ID already exists, the corresponding group name will also be updated. This parameter can be passed multiple times. See the example below. Sent as `group[<group ID>]=<group name>`, once per group: the map's keys are group IDs, its values the groups' names."""

GroupSyncResponse = TypedDict("GroupSyncResponse", {
})
"""Only the envelope's `code`.
"""

GroupUserGagAddRequest = TypedDict("GroupUserGagAddRequest", {
    "userId": Required[list[str]],
    "groupId": NotRequired[str],
    "minute": Required[int],
})
"""The request body of `GroupUserGagAdd`.

``userId``: User ID, with a maximum of 20 users per request. Limits: 1 to 20 items.
``groupId`` (optional): Group ID. If left empty, the user will be muted in all groups they joined.
``minute``: Mute duration in minutes, with a maximum of 43,200 minutes. 0 indicates permanent mute. A number of minutes, sent as its decimal text like every form value. Limits: between 0 and 43200."""

GroupUserGagAddResponse = TypedDict("GroupUserGagAddResponse", {
})
"""Only the envelope's `code`.
"""

GroupUserGagListRequest = TypedDict("GroupUserGagListRequest", {
    "groupId": NotRequired[str],
})
"""The request body of `GroupUserGagList`.

``groupId`` (optional): Group ID. If empty, retrieves muted users from all groups."""

GroupUserGagListResponse = TypedDict("GroupUserGagListResponse", {
    "users": Required[list["GroupGaggedUser"]],
})
"""The fields beside the envelope's `code`.

``users``: List of muted members."""

GroupGaggedUser = TypedDict("GroupGaggedUser", {
    "startTime": Required[str],
    "time": Required[str],
    "userId": Required[str],
})
"""One muted user (an item of GroupUserGagList's `users`).

``startTime``: Mute start time. Accurate to the second, in the format YYYY-MM-DD HH:MM:SS, e.g., 2022-09-25 16:12:38. Note: The value of time is related to the data center of the app. If your app uses the China (Beijing) Data Center, time is in Beijing time. If your app uses the global data center, time is in UTC time.
``time``: Unmute time. Accurate to the second, in the format YYYY-MM-DD HH:MM:SS, e.g., 2022-09-25 16:12:38. Note: The value of time is related to the data center of the app. If your app uses the China (Beijing) Data Center, time is in Beijing time. If your app uses the global data center, time is in UTC time.
``userId``: User ID of the group member."""

GroupUserGagRollbackRequest = TypedDict("GroupUserGagRollbackRequest", {
    "userId": Required[list[str]],
    "groupId": NotRequired[str],
})
"""The request body of `GroupUserGagRollback`.

``userId``: User ID. Up to 20 users can be removed at once. Limits: 1 to 20 items.
``groupId`` (optional): Group ID. If empty, the user's mute setting in all groups will be removed."""

GroupUserGagRollbackResponse = TypedDict("GroupUserGagRollbackResponse", {
})
"""Only the envelope's `code`.
"""

GroupUserQueryRequest = TypedDict("GroupUserQueryRequest", {
    "groupId": Required[str],
})
"""The request body of `GroupUserQuery`.

``groupId``: Group ID."""

GroupUserQueryResponse = TypedDict("GroupUserQueryResponse", {
    "users": Required[list["GroupMemberId"]],
})
"""The fields beside the envelope's `code`.

``users``: Array of group members."""

GroupMemberId = TypedDict("GroupMemberId", {
    "id": Required[str],
})
"""One member of a group (an item of GroupUserQuery's `users`).

``id``: User ID of the group member."""

UserGroupQueryRequest = TypedDict("UserGroupQueryRequest", {
    "userId": Required[str],
    "page": NotRequired[int],
    "size": NotRequired[int],
})
"""The request body of `UserGroupQuery`.

``userId``: User ID.
``page`` (optional): Current page number, used for paginated queries. If pagination is required, the default page size is 50, which can be adjusted using the size parameter. If pagination is not needed, this parameter can be omitted (or set to 0), and the first 5000 groups the user has joined will be returned. Limits: at least 0. Default: ``0``.
``size`` (optional): Page size, only effective when page is provided. The default is 50 entries per page, with a maximum of 1000. Limits: between 1 and 1000. Default: ``50``."""

UserGroupQueryResponse = TypedDict("UserGroupQueryResponse", {
    "groups": Required[list["UserJoinedGroup"]],
})
"""The fields beside the envelope's `code`.

``groups``: An array of groups the user has joined."""

UserJoinedGroup = TypedDict("UserJoinedGroup", {
    "name": Required[str],
    "id": Required[str],
})
"""One group a user has joined (an item of UserGroupQuery's `groups`).

``name``: Group name.
``id``: Group ID."""

UserInfoRequest = TypedDict("UserInfoRequest", {
    "userId": Required[str],
})
"""The request body of `UserInfo`.

``userId``: User ID"""

UserInfoResponse = TypedDict("UserInfoResponse", {
    "userName": Required[str],
    "userPortrait": Required[str],
    "createTime": Required[str],
})
"""The fields beside the envelope's `code`.

``userName``: User name.
``userPortrait``: User avatar URL.
``createTime``: User creation time."""

GroupCreateBody = TypedDict("GroupCreateBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupCreate: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupDismissBody = TypedDict("GroupDismissBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupDismiss: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupJoinBody = TypedDict("GroupJoinBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupJoin: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupQuitBody = TypedDict("GroupQuitBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupQuit: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupRefreshBody = TypedDict("GroupRefreshBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupRefresh: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupSyncBody = TypedDict("GroupSyncBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupSync: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupUserGagAddBody = TypedDict("GroupUserGagAddBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupUserGagAdd: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupUserGagListBody = TypedDict("GroupUserGagListBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "users": NotRequired[list["GroupGaggedUser"]],
})
"""The whole response body of GroupUserGagList: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupUserGagRollbackBody = TypedDict("GroupUserGagRollbackBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of GroupUserGagRollback: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

GroupUserQueryBody = TypedDict("GroupUserQueryBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "users": NotRequired[list["GroupMemberId"]],
})
"""The whole response body of GroupUserQuery: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserGroupQueryBody = TypedDict("UserGroupQueryBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "groups": NotRequired[list["UserJoinedGroup"]],
})
"""The whole response body of UserGroupQuery: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserInfoBody = TypedDict("UserInfoBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "userName": NotRequired[str],
    "userPortrait": NotRequired[str],
    "createTime": NotRequired[str],
})
"""The whole response body of UserInfo: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

