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

MessageGroupPublishRequest = TypedDict("MessageGroupPublishRequest", {
    "fromUserId": Required[str],
    "toGroupId": Required[list[str]],
    "toUserId": NotRequired[list[str]],
    "objectName": Required[str],
    "content": Required[str],
    "pushContent": NotRequired[str],
    "pushData": NotRequired[str],
    "isPersisted": NotRequired[int],
    "isIncludeSender": NotRequired[int],
    "isMentioned": NotRequired[int],
    "contentAvailable": NotRequired[int],
    "expansion": NotRequired[bool],
    "disablePush": NotRequired[bool],
    "pushExt": NotRequired[str],
})
"""The request body of `MessageGroupPublish`.

``fromUserId``: Sender's user ID. Non-group members can also send messages to a group via the Server API. Note: The user ID used to send the message must have obtained a user Token; otherwise, if the message triggers an offline push, the sender's user information will not be displayed correctly in the notification. Limits: 1 to 64 UTF-8 bytes (else error `1005`).
``toGroupId``: Group ID(s) receiving the message. Supports up to 3 group IDs. When sending targeted group messages, only one group ID is supported. Limits: 1 to 3 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
``toUserId`` (optional): 发送群聊定向消息时,接收消息的群成员用户 ID 列表,群中其他用户无法收到该定向消息。仅当 toGroupId 传入单个群组 ID 时有效。 For a targeted group message, the members who receive it; the group's other members do not. Only when `toGroupId` names one group. Limits: at least 1 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
``objectName``: 接受内置消息类型(见消息类型概述)或自定义消息的消息类型值。注意:在自定义消息时,消息类型不可以 "RC:" 开头,以免与系统内置消息类型重名;消息类型长度不可超过 32 个字符。 The message type: a built-in type or a custom one, which must not start with "RC:"; at most 32 characters. Limits: 1 to 32 characters (else error `1005`).
``content``: 发送消息内容,单条消息最大 128k。内置消息以 JSON 方式进行数据序列化;如果 objectName 为自定义消息类型,该参数可自定义格式,不限于 JSON。 The message content, at most 128k: a built-in type's content JSON serialized to text; a custom type may use any format. Limits: 1 to 131072 UTF-8 bytes (else error `1005`).
``pushContent`` (optional): 定义显示的 Push 内容,如果 objectName 为融云内置消息类型时,则发送后用户一定会收到 Push 信息。如果为自定义消息,则 pushContent 为自定义消息显示的 Push 内容,如果不传则用户不会收到 Push 通知。 The push notification's text; a custom message type without it sends no push.
``pushData`` (optional): 针对 iOS 平台为 Push 通知时附加到 payload 中,客户端获取远程推送内容时为 appData,Android 客户端收到推送消息时对应字段名为 pushData。 Data carried with the push, `appData` on iOS and `pushData` on Android.
``isPersisted`` (optional): 针对融云服务端是否存储此条消息,0 表示为不存储、1 表示为存储,默认为 1 存储消息。 Whether the server stores the message (1, the default) or not (0). Limits: between 0 and 1. Default: ``1``.
``isIncludeSender`` (optional): 发送用户自己是否接收消息,0 表示为不接收,1 表示为接收,默认为 0 不接收,只有在 toGroupId 为一个群组 Id 的时候有效。 Whether the sender receives the message too (1) or not (0, the default); only when `toGroupId` names one group. Limits: between 0 and 1. Default: ``0``.
``isMentioned`` (optional): 是否为 @ 消息,0 表示为普通消息,1 表示为 @ 消息,默认为 0。当为 1 时 content 参数中必须携带 mentionedInfo @消息的详细内容。当指定了 toUserId 时,则 @ 的用户必须为 toUserId 中的用户。 An @ message (1) or not (0, the default); an @ message's `content` carries `mentionedInfo`, and with `toUserId` the mentioned users must be among them. Limits: between 0 and 1. Default: ``0``.
``contentAvailable`` (optional): 针对 iOS 平台,对 SDK 处于后台暂停状态时为静默推送。1 表示为开启,0 表示为关闭,默认为 0。 iOS only: a silent push that wakes a suspended app (1), or not (0, the default). Limits: between 0 and 1. Default: ``0``.
``expansion`` (optional): 是否为可扩展消息,默认为 false,设为 true 时终端在收到该条消息后,可对该条消息设置扩展信息。暂不支持海外数据中心。 Whether the message is extensible; not with `toUserId`, and not supported in overseas data centers. Default: ``false``.
``disablePush`` (optional): 是否为静默消息,默认为 false,设为 true 时终端用户离线情况下不会收到通知提醒。暂不支持海外数据中心。 A silent message: offline members get no notification; not with `toUserId`. Default: ``false``.
``pushExt`` (optional): 推送通知属性设置,pushExt 为 JSON 结构请求时需要做转义处理。disablePush 为 true 时此属性无效。暂不支持海外数据中心。 Push notification settings, a JSON object sent as text; ignored when `disablePush` is true; not with `toUserId`."""

MessageGroupPublishResponse = TypedDict("MessageGroupPublishResponse", {
})
"""The envelope's `code` alone.
"""

MessagePrivatePublishRequest = TypedDict("MessagePrivatePublishRequest", {
    "fromUserId": Required[str],
    "toUserId": Required[list[str]],
    "objectName": Required[str],
    "content": Required[str],
    "pushContent": NotRequired[str],
    "pushData": NotRequired[str],
    "count": NotRequired[int],
    "verifyBlacklist": NotRequired[int],
    "isPersisted": NotRequired[int],
    "isIncludeSender": NotRequired[int],
    "contentAvailable": NotRequired[int],
    "expansion": NotRequired[bool],
    "disablePush": NotRequired[bool],
    "pushExt": NotRequired[str],
})
"""The request body of `MessagePrivatePublish`.

``fromUserId``: The sender's user ID. Note: The user ID used to send the message must have obtained a user Token; otherwise, the sender's user information will not be correctly displayed in the notification if the message triggers an offline push. Limits: 1 to 64 UTF-8 bytes (else error `1005`).
``toUserId``: The recipient's user ID. Messages can be sent to multiple users, with a maximum of 1000 users per request. Limits: 1 to 1000 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
``objectName``: The message type, which accepts built-in message types (see Message Type Overview) or custom message type values. Note: When using custom messages, the message type must not start with "RC:" to avoid conflicts with built-in message types; the message type length must not exceed 32 characters. The custom message type must be registered in the SDK; otherwise, the SDK will not be able to parse the message upon receipt. Limits: 1 to 32 characters (else error `1005`).
``content``: The content of the message being sent, with a maximum size of 128k per message. Built-in message types: serialize the message content JSON object to a JSON string (for a text message, `{"content":"Hello world!"}`); a custom message type may use any format, not only JSON. Limits: 1 to 131072 UTF-8 bytes (else error `1005`).
``pushContent`` (optional): 指定收件人离线时触发的远程推送通知中的通知内容。注意:对于部分消息类型,该字段是否有值决定了是否触发远程推送通知。 The text of the push notification sent to a recipient who is offline; for some message types whether it is set decides whether a push is sent at all.
``pushData`` (optional): Push 透传信息,针对 iOS 平台 APNs 推送时附加到 payload 中,客户端获取远程推送内容时通过 appData,同时融云默认携带了消息基本信息,客户端可通过 'rc' 属性获取。针对 Android 平台收到推送消息时对应字段名为 pushData。 Data carried with the push: in the APNs payload as `appData` on iOS, as `pushData` on Android.
``count`` (optional): 针对 iOS 平台,Push 时用来控制未读消息显示数,只有在 toUserId 为一个用户 Id 的时候有效;为 -1 时不改变角标数,传入相应数字表示把角标数改为指定的数字,最大不超过 9999。 iOS only: the badge count the push sets, -1 to leave it; only when `toUserId` names one user. Limits: between -1 and 9999.
``verifyBlacklist`` (optional): 是否过滤接收用户黑名单列表,0 表示为不过滤,1 表示为过滤,默认为 0 不过滤。 Whether recipients' blocklists filter the message (1) or not (0, the default). Limits: between 0 and 1. Default: ``0``.
``isPersisted`` (optional): 针对融云服务端是否存储此条消息,0 表示为不存储,1 表示为存储,默认为 1 存储消息。 Whether the server stores the message (1, the default) or not (0). Limits: between 0 and 1. Default: ``1``.
``isIncludeSender`` (optional): 终端用户在线状态下,发送者是否接收该消息,0 表示为不接收,1 表示为接收,默认为 0 不接收,只有在 toUserId 为一个用户 Id 的时候有效。 Whether the sender's online clients receive the message too (1) or not (0, the default); only when `toUserId` names one user. Limits: between 0 and 1. Default: ``0``.
``contentAvailable`` (optional): 针对 iOS 平台,对 SDK 处于后台暂停状态时为静默推送。1 表示为开启,0 表示为关闭,默认为 0。 iOS only: a silent push that wakes a suspended app (1), or not (0, the default). Limits: between 0 and 1. Default: ``0``.
``expansion`` (optional): 是否为可扩展消息,默认为 false,设为 true 时终端在收到该条消息后,可对该条消息设置扩展信息。暂不支持海外数据中心。 Whether the message is extensible (clients may set extension data on it); not supported in overseas data centers. Default: ``false``.
``disablePush`` (optional): 是否为静默消息,默认为 false,设为 true 时终端用户离线情况下不会收到通知提醒。暂不支持海外数据中心。 A silent message: offline recipients get no notification; not supported in overseas data centers. Default: ``false``.
``pushExt`` (optional): 推送通知属性设置,pushExt 为 JSON 结构请求时需要做转义处理。disablePush 为 true 时此属性无效。暂不支持海外数据中心。 Push notification settings, a JSON object sent as text; ignored when `disablePush` is true; not supported in overseas data centers."""

MessagePrivatePublishResponse = TypedDict("MessagePrivatePublishResponse", {
})
"""The envelope's `code` alone.
"""

MessageRecallRequest = TypedDict("MessageRecallRequest", {
    "fromUserId": Required[str],
    "conversationType": Required["RecallConversationType"],
    "targetId": Required[str],
    "busChannel": NotRequired[str],
    "messageUID": Required[str],
    "sentTime": Required[int],
    "isAdmin": NotRequired[int],
    "isDelete": NotRequired[int],
    "extra": NotRequired[str],
})
"""The request body of `MessageRecall`.

``fromUserId``: The user ID of the message sender. Limits: 1 to 64 UTF-8 bytes (else error `1005`).
``conversationType``: The conversation type. Supported conversation types include: 1 (one-to-one chat), 3 (group chat), 4 (chatroom), 6 (system conversation), 10 (ultra group).
``targetId``: 目标 ID,根据不同的会话类型(ConversationType),可能是用户 ID、群组 ID、聊天室 ID、超级群 ID,系统目标 ID。 The target ID: a user ID, group ID, chatroom ID, ultra group ID or system target ID, by the conversation type. Limits: 1 to 64 UTF-8 bytes (else error `1005`).
``busChannel`` (optional): 超级群频道 ID,仅适用于撤回超级群消息。如果发送消息时指定了频道 ID,则撤回时必须指定频道 ID,否则无法撤回;如果发送消息时未指定频道 ID,则撤回时不可指定频道 ID,否则无法撤回。客户端发送超级群消息时,频道 ID 对应字段名称为 channelId。 The ultra group channel ID, only for ultra group messages: given exactly when the message was sent in a channel.
``messageUID``: 消息唯一标识。可通过全量消息路由服务获取消息唯一标识,对应名称为 msgUID。 The message's unique ID (`msgUID` in the message routing callback).
``sentTime``: 消息发送时间,可通过服务端实时消息路由获取,对应名称为 msgTimestamp。 When the message was sent (`msgTimestamp` in the message routing callback).
``isAdmin`` (optional): 是否为管理员,默认为 0,设为 1 时,IMKit 收到此条消息后,小灰条默认显示为"管理员 撤回了一条消息"。 Whether an administrator recalls it; with 1, IMKit shows "an administrator recalled a message". Limits: between 0 and 1. Default: ``0``.
``isDelete`` (optional): 是否删除消息,默认为 0 撤回该条消息同时,用户端将该条消息删除并替换为一条小灰条撤回提示消息;为 1 时,该条消息删除后,不替换为小灰条提示消息。 0 (the default): the message is replaced by a recall notice; 1: it is deleted without a notice. Limits: between 0 and 1. Default: ``0``.
``extra`` (optional): 扩展信息,可以放置任意的数据内容。 Extension data, any content."""

MessageRecallResponse = TypedDict("MessageRecallResponse", {
})
"""The envelope's `code` alone.
"""

RecallConversationType = int
"""The conversation types a message can be recalled from.

Open: a value the spec does not list may still arrive in a response."""


class RecallConversationTypeValues:
    """The documented values of ``RecallConversationType``."""

    PRIVATE: Final = 1
    """One-to-one chat."""
    GROUP: Final = 3
    """Group chat."""
    CHATROOM: Final = 4
    """Chatroom."""
    SYSTEM: Final = 6
    """System conversation."""
    ULTRA_GROUP: Final = 10
    """Ultra group."""


UserBlockRequest = TypedDict("UserBlockRequest", {
    "userId": Required[list[str]],
    "minute": Required[int],
})
"""The request body of `UserBlock`.

``userId``: User ID. Supports banning multiple users at once, with a maximum of 20. Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
``minute``: Ban duration in minutes. The maximum value is 43,200 minutes. Limits: between 1 and 43200."""

UserBlockResponse = TypedDict("UserBlockResponse", {
})
"""The envelope's `code` alone.
"""

UserBlockQueryRequest = TypedDict("UserBlockQueryRequest", {
    "page": NotRequired[int],
    "size": NotRequired[int],
})
"""The request body of `UserBlockQuery`.

``page`` (optional): The current page number when paginating the banned user list. If not passed or set to 0, no pagination will be performed, and the first 1000 banned users will be returned by default, sorted by the ban end time in descending order. Limits: at least 0. Default: ``0``.
``size`` (optional): The number of rows per page when paginating the banned user list. If not passed, the default is 50. Limits: at least 1. Default: ``50``."""

UserBlockQueryResponse = TypedDict("UserBlockQueryResponse", {
    "users": Required[list["BlockedUser"]],
})
"""The fields beside the envelope's `code`.

``users``: Array of banned users."""

BlockedUser = TypedDict("BlockedUser", {
    "userId": Required[str],
    "blockEndTime": Required[str],
})
"""A banned user (an item of `users`).

``userId``: Banned user ID.
``blockEndTime``: Ban end time."""

UserCheckOnlineRequest = TypedDict("UserCheckOnlineRequest", {
    "userId": Required[str],
})
"""The request body of `UserCheckOnline`.

``userId``: User ID. Limits: 1 to 64 UTF-8 bytes (else error `1005`)."""

UserCheckOnlineResponse = TypedDict("UserCheckOnlineResponse", {
    "status": Required["UserOnlineStatus"],
})
"""The fields beside the envelope's `code`.

``status``: User status. 1 - User is currently online. 0 - User is currently offline."""

UserOnlineStatus = str
"""Whether a user is connected to the IM service, as `UserCheckOnline` answers it.

Open: a value the spec does not list may still arrive in a response."""


class UserOnlineStatusValues:
    """The documented values of ``UserOnlineStatus``."""

    ONLINE: Final = "1"
    """User is currently online."""
    OFFLINE: Final = "0"
    """User is currently offline."""


UserGetTokenRequest = TypedDict("UserGetTokenRequest", {
    "userId": Required[str],
    "name": Required[str],
    "portraitUri": NotRequired[str],
})
"""The request body of `UserGetToken`.

``userId``: App-defined user ID for Token exchange. Supports alphanumeric characters (case-sensitive), max 64 bytes. Limits: 1 to 64 UTF-8 bytes (else error `1005`).
``name``: Display name for push notifications (max 64 chars). Note: This field is solely for RC's push service. RC does not host user profiles, so client SDKs cannot retrieve this data. Limits: at most 64 characters (else error `1005`).
``portraitUri`` (optional): User avatar URI (max 1024 bytes). Note: RC does not host user profiles, so client SDKs cannot retrieve this data. Limits: at most 1024 UTF-8 bytes (else error `1005`)."""

UserGetTokenResponse = TypedDict("UserGetTokenResponse", {
    "userId": Required[str],
    "token": Required[str],
})
"""The fields beside the envelope's `code`.

``userId``: User ID, the same as the user ID passed in.
``token``: The user's Token; at most 256 bytes, it may be cached in the app."""

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

UserRefreshRequest = TypedDict("UserRefreshRequest", {
    "userId": Required[str],
    "name": NotRequired[str],
    "portraitUri": NotRequired[str],
})
"""The request body of `UserRefresh`.

``userId``: User ID, supports a combination of uppercase and lowercase letters and numbers, with a maximum length of 64 bytes. userId is the unique identifier of the user within the App and must be ensured to be unique within the same App. Duplicate user IDs will be treated as the same user. Limits: 1 to 64 UTF-8 bytes (else error `1005`).
``name`` (optional): User name, with a maximum length of 64 characters (regardless of symbols, English characters, or Chinese characters, the maximum is uniformly limited to 64 characters). Used to display the user's name in Push notifications. If not provided, no refresh will be performed. Limits: at most 64 characters (else error `1005`).
``portraitUri`` (optional): User avatar URI, with a maximum length of 1024 bytes. Note: since the IM server does not host user profiles, client SDKs cannot fetch this avatar. Limits: at most 1024 UTF-8 bytes (else error `1005`)."""

UserRefreshResponse = TypedDict("UserRefreshResponse", {
})
"""The envelope's `code` alone.
"""

UserTokenExpireRequest = TypedDict("UserTokenExpireRequest", {
    "userId": Required[list[str]],
    "time": Required[int],
})
"""The request body of `UserTokenExpire`.

``userId``: The user ID for which the token should be invalidated. Supports multiple users, up to a maximum of 20. Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`).
``time``: The expiration timestamp in milliseconds. All tokens obtained by the user before this timestamp will be invalidated. Users already connected with tokens obtained before this timestamp will not be immediately disconnected but will be unable to reconnect after disconnection."""

UserTokenExpireResponse = TypedDict("UserTokenExpireResponse", {
})
"""The envelope's `code` alone.
"""

UserUnblockRequest = TypedDict("UserUnblockRequest", {
    "userId": Required[list[str]],
})
"""The request body of `UserUnblock`.

``userId``: User ID. Supports unbanning multiple users at once, with a maximum of 20 users. Limits: 1 to 20 items; each item 1 to 64 UTF-8 bytes (else error `1005`)."""

UserUnblockResponse = TypedDict("UserUnblockResponse", {
})
"""The envelope's `code` alone.
"""

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

MessageGroupPublishBody = TypedDict("MessageGroupPublishBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of MessageGroupPublish: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

MessagePrivatePublishBody = TypedDict("MessagePrivatePublishBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of MessagePrivatePublish: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

MessageRecallBody = TypedDict("MessageRecallBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of MessageRecall: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserBlockBody = TypedDict("UserBlockBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of UserBlock: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserBlockQueryBody = TypedDict("UserBlockQueryBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "users": NotRequired[list["BlockedUser"]],
})
"""The whole response body of UserBlockQuery: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserCheckOnlineBody = TypedDict("UserCheckOnlineBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "status": NotRequired["UserOnlineStatus"],
})
"""The whole response body of UserCheckOnline: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserGetTokenBody = TypedDict("UserGetTokenBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "userId": NotRequired[str],
    "token": NotRequired[str],
})
"""The whole response body of UserGetToken: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

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

UserRefreshBody = TypedDict("UserRefreshBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of UserRefresh: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserTokenExpireBody = TypedDict("UserTokenExpireBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of UserTokenExpire: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

UserUnblockBody = TypedDict("UserUnblockBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
})
"""The whole response body of UserUnblock: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

