# Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (types.py.j2) (@generated). DO NOT EDIT.
"""The types of Volcengine RTC instant messaging (IM) OpenAPI, with the wire names as keys.

火山引擎实时音视频（RTC）即时通讯（IM）服务端 OpenAPI。所有接口均为 POST 请求，
`Action` 与 `Version` 放在 Query 中，Body 为 JSON，请求使用 V4 "HMAC-SHA256" 签名。
"""

from __future__ import annotations

from typing import Final, Literal, NotRequired, Required, TypedDict, Union

ResponseMetadata = TypedDict("ResponseMetadata", {
    "RequestId": Required[str],
    "Action": Required[str],
    "Version": Required[str],
    "Service": Required[str],
    "Region": Required[str],
    "Error": NotRequired["ResponseError"],
})
"""返回结构中的请求元数据。

Request metadata in every response (BaseResponse.ResponseMetadata).

``RequestId``: 请求标识。
``Action``: 接口名称。
``Version``: 接口版本。
``Service``: 服务名称。
``Region``: 地域。
``Error`` (optional): 错误信息，仅在请求失败时返回。"""

ResponseError = TypedDict("ResponseError", {
    "CodeN": NotRequired[int],
    "Code": Required[str],
    "Message": Required[str],
})
"""请求失败时的错误信息。

The error of a failed request.

``CodeN`` (optional): 网关错误码（数字），失败时非 0。 The gateway's numeric error code; non-zero on failure.
``Code``: API 错误码。
``Message``: 错误描述。"""

Participant = TypedDict("Participant", {
    "ConversationShortId": Required[int],
    "ParticipantUserId": Required[int],
    "Operator": Required[int],
    "Role": Required["ParticipantRole"],
    "BlockTime": NotRequired[int],
    "CreateTime": NotRequired[int],
    "Ext": NotRequired[dict[str, str]],
    "Level": NotRequired[int],
    "NickName": NotRequired[str],
    "Status": NotRequired["ParticipantStatus"],
    "AvatarUrl": NotRequired[str],
    "Marks": NotRequired[list[str]],
})
"""会话成员信息。

A conversation member. Defined on another page of the docs (192711#participant); the fields follow the Go IM SDK's model.

``ConversationShortId``: 会话 ID。
``ParticipantUserId``: 会话成员 UserId。
``Operator``: 操作人 UserId。
``Role``: 成员身份。
``BlockTime`` (optional): 禁言截止时间戳，单位为秒。0 表示未禁言。
``CreateTime`` (optional): 成员加入时间戳，单位为秒。
``Ext`` (optional): 成员扩展字段。
``Level`` (optional): 成员等级。
``NickName`` (optional): 成员昵称。
``Status`` (optional): 成员状态。
``AvatarUrl`` (optional): 群成员头像 The member's avatar. On the common data structures page (6348/192711), not in the Go SDK's model of BatchGetConversationParticipant.
``Marks`` (optional): 成员标记 The member's marks. In the newer Go and Java SDK models of ScanConversationParticipantList's members; not on the common data structures page."""

ParticipantRole = int
"""会话成员身份。

Open: a value the spec does not list may still arrive in a response."""


class ParticipantRoleValues:
    """The documented values of ``ParticipantRole``."""

    MEMBER: Final = 0
    """普通成员"""
    OWNER: Final = 1
    """群主"""
    MANAGER: Final = 2
    """管理员"""


ParticipantStatus = int
"""会话成员状态。

Open: a value the spec does not list may still arrive in a response."""


class ParticipantStatusValues:
    """The documented values of ``ParticipantStatus``."""

    NORMAL: Final = 0
    """正常"""
    LEFT: Final = 1
    """已退出"""


BlockAction = int
"""操作行为。

Which live-group list a block call works on: 0 the mute list (members who cannot speak), 1 the block list (users who cannot join).

Open: a value the spec does not list may still arrive in a response."""


class BlockActionValues:
    """The documented values of ``BlockAction``."""

    MUTE: Final = 0
    """禁言。用户无法在直播群中发言。"""
    BLOCK: Final = 1
    """拉黑。用户无法加入直播群。"""


MessageBody = TypedDict("MessageBody", {
    "ConversationType": Required["ConversationType"],
    "ConversationShortId": Required[int],
    "MessageId": Required[int],
    "MsgType": Required[int],
    "Content": Required[str],
    "Ext": NotRequired[dict[str, str]],
    "Status": Required["MessageStatus"],
    "CreateTime": Required[int],
    "Sender": Required[int],
    "AppId": Required[int],
    "IndexInConversation": NotRequired[int],
    "RefMsgInfo": NotRequired["RefMsgInfo"],
})
"""消息详细信息

A message as the message queries answer it (GetMessages, GetConversationMessages): its conversation, id, type, content, extension fields, state, time and sender. Both pages define the same table, so it has a file of its own.

``ConversationType``: 会话类型 - 1:单聊。 - 2:群聊。 The conversation's type (1 one-to-one, 2 group; 100 a live group).
``ConversationShortId``: 会话 ID
``MessageId``: 消息 ID
``MsgType``: 消息类型。 - 10001:文本。 - 10003:图片。 - 10004:视频 - 10005:文件 - 10006:音频 - 10012:自定义消息 The message type: 10001 text, 10003 image, 10004 video, 10005 file, 10006 audio, 10012 custom.
``Content``: 消息内容 The content, in the client message format.
``Ext`` (optional): 消息的扩展字段,key 的数据类型为 String,value 的数据类型为 String。 The message's extension fields.
``Status``: 消息状态,取值为0,表示消息可见。 The message's state; the queries answer only visible messages, so it is 0.
``CreateTime``: 消息创建时间戳,单位为毫秒 When the message was sent, in milliseconds.
``Sender``: 消息发送人 UserId The sender's UserId.
``AppId``: 应用的唯一标志 The app. The saved pages stop at this row; from the Go SDK's model.
``IndexInConversation`` (optional): 消息在会话中的位置 The message's position in its conversation: GetConversationMessages' `Cursor` counts in it. From the Go SDK's model.
``RefMsgInfo`` (optional): 引用消息 The message this one quotes, with that message's type and state. From the Go SDK's model."""

MessageStatus = int
"""消息状态

Whether a message can be seen, and if not why. Message lists give only 0 (visible); a quoted message (`RefMsgInfo`) may be in any of these states.

Open: a value the spec does not list may still arrive in a response."""


class MessageStatusValues:
    """The documented values of ``MessageStatus``."""

    VISIBLE: Final = 0
    """消息可见"""
    EXPIRED: Final = 1
    """消息已过期"""
    INVISIBLE: Final = 2
    """消息（对用户）不可见"""
    RECALLED: Final = 3
    """消息被撤回"""
    DELETED: Final = 4
    """消息本身可见，后因删除不可见"""


RefMsgInfo = TypedDict("RefMsgInfo", {
    "ReferencedMessageId": Required[int],
    "Hint": Required[str],
    "ReferencedMessageType": NotRequired[int],
    "Status": NotRequired["MessageStatus"],
})
"""引用消息

The message a message quotes, and the text shown for the quote. Messages sent and messages read carry it alike, so it has a file of its own: a sender gives the id and the text, a message read also tells the quoted message's type and state.

``ReferencedMessageId``: 被引用的消息 ID The quoted message's id.
``Hint``: 消息引用时展示的文本内容 The text shown for the quote.
``ReferencedMessageType`` (optional): 被引用的消息类型 The quoted message's type (10001 text, 10003 image, 10004 video, 10005 file, 10006 audio, 10012 custom). Given in messages read (GetMessages, GetConversationMessages); a sender leaves it out. From the Go SDK's model of the query pages.
``Status`` (optional): 被引用的消息状态 The quoted message's state now (visible, expired, invisible, recalled or deleted). Given in messages read; a sender leaves it out. From the Go SDK's model of the query pages (`GetMessagesResResultMessagesItemRefMsgInfo`)."""

AddBlackListRequest = TypedDict("AddBlackListRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "InboxType": NotRequired[int],
    "BlackListInfos": Required[list["BlackListUserInfo"]],
})
"""The request body of `AddBlackList`.

``AppId``: 应用的唯一标志
``UserId``: 用户 ID
``InboxType`` (optional): 信箱,用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``.
``BlackListInfos``: 需要加入黑名单的 UserId 及每个用户对应的扩展信息,一次最多添加 10 个用户至黑名单 The users to add, each with its extension fields; at most 10 per call. Limits: 1 to 10 items."""

AddBlackListResponse = TypedDict("AddBlackListResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""其中 Result 的结构如下

``FailedInfos`` (optional): 添加黑名单失败的用户信息 The users that could not be added, each with its error code."""

BlackListUserInfo = TypedDict("BlackListUserInfo", {
    "BlackListUserId": Required[int],
    "BlackListUserExt": NotRequired[dict[str, str]],
})
"""需要加入黑名单的 UserId 及每个用户对应的扩展信息

A user to add to a black list.

``BlackListUserId``: 加入黑名单的用户 ID
``BlackListUserExt`` (optional): 黑名单用户扩展字段 The extension fields kept with the blocked user."""

AddFriendRequest = TypedDict("AddFriendRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "FriendUserIds": Required[list[int]],
    "Ext": NotRequired[dict[str, str]],
    "InboxType": NotRequired[int],
})
"""The request body of `AddFriend`.

``AppId``: 应用的唯一标志
``UserId``: 用户 UserId
``FriendUserIds``: 好友 UserId，一次最多添加 10 个好友 The users to add as friends; at most 10 per call. Limits: 1 to 10 items.
``Ext`` (optional): 好友扩展字段 The friendship's extension fields, set on each friend added.
``InboxType`` (optional): 信箱，用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``."""

AddFriendResponse = TypedDict("AddFriendResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""`Result` 的结构。

``FailedInfos`` (optional): 添加失败的好友信息 The friends that could not be added, each with its error code."""

BatchAddBlockParticipantsRequest = TypedDict("BatchAddBlockParticipantsRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "BlockAction": NotRequired["BlockAction"],
    "ParticipantBlockInfos": Required[dict[str, int]],
})
"""The request body of `BatchAddBlockParticipants`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``BlockAction`` (optional): 操作行为 - 0：禁言。用户无法在直播群中发言。 - 1：拉黑。用户无法加入直播群。 默认值为 0 0 mutes the users (default), 1 blocks them from joining. Default: ``0``.
``ParticipantBlockInfos``: key 为群成员 ID,类型:String,只能传userId,value 为禁言或者拉黑时长,类型:int,单位为秒。 Keyed by the users' UserIds written as strings; each value is how long the mute or block lasts, in seconds."""

BatchAddBlockParticipantsResponse = TypedDict("BatchAddBlockParticipantsResponse", {
    "FailedParticipantUserIds": Required[list[int]],
})
"""本接口特有的返回参数（`Result` 的字段）。

``FailedParticipantUserIds``: 禁言或者拉黑失败的会话成员 UserId The UserIds that could not be muted or blocked; empty when all succeeded."""

BatchAddConversationParticipantRequest = TypedDict("BatchAddConversationParticipantRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ParticipantInfos": Required[list["AddParticipantInfo"]],
    "Operator": Required[int],
    "Barrier": NotRequired[bool],
})
"""The request body of `BatchAddConversationParticipant`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``ParticipantInfos``: 群成员信息 The members to add, with their details. Limits: at least 1 items.
``Operator``: 执行加群操作人的 UserId The UserId of the user who adds the members (not checked by the server).
``Barrier`` (optional): 是否开启屏障。如设置屏障,新加入用户无法看到历史会话消息。 - false：不开启。 - true：开启。 默认值为false。 Whether to set a barrier: with one, the new members cannot see the conversation's earlier messages. Default false. Default: ``false``."""

BatchAddConversationParticipantResponse = TypedDict("BatchAddConversationParticipantResponse", {
    "FailedUserIds": Required[list[int]],
})
"""`Result` 的结构。

``FailedUserIds``: 成功时为空，失败时返回失败用户 ID Empty on success; the UserIds that could not be added otherwise."""

AddParticipantInfo = TypedDict("AddParticipantInfo", {
    "ParticipantUserId": Required[int],
    "Level": NotRequired[int],
    "NickName": NotRequired[str],
    "Role": NotRequired[int],
    "Ext": NotRequired[dict[str, str]],
    "ReadIndex": NotRequired[int],
})
"""群成员信息

One member to add (the page's `ParticipantInfo`, renamed: the service's `ParticipantInfo` is BatchUpdateLiveParticipants' profile update).

``ParticipantUserId``: 添加成员所属 UserId,UserId 必须大于 0。 The member's UserId; greater than 0. Limits: at least 1.
``Level`` (optional): 成员等级
``NickName`` (optional): 成员昵称
``Role`` (optional): 成员身份,枚举值为 {0,1,2}。 - 0：普通成员。 - 1：群主。添加群主时，需确保会话中的 ownerUid 与群主的 UserId 相同。 - 2：群管理员。 默认值为0,值不合法时自动调整为默认值。 The member's role: 0 member, 1 owner (only the conversation's owner), 2 manager. Default 0; an invalid value is taken as 0. Default: ``0``.
``Ext`` (optional): 成员扩展字段
``ReadIndex`` (optional): 成员已读位置点 The member's read position (a message index)."""

BatchAddManagerRequest = TypedDict("BatchAddManagerRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Operator": Required[int],
    "ManagerUserIds": Required[list[int]],
})
"""The request body of `BatchAddManager`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Operator``: 操作人 UserId
``ManagerUserIds``: 要添加为管理员的群成员 UserId The UserIds of the members to make managers. Limits: at least 1 items."""

BatchAddManagerResponse = TypedDict("BatchAddManagerResponse", {
    "FailedManagerUserIds": Required[list[int]],
})
"""`Result` 的结构。

``FailedManagerUserIds``: 添加失败的 UserId The UserIds that could not be made managers; empty when all succeeded."""

BatchAddWhitelistParticipantRequest = TypedDict("BatchAddWhitelistParticipantRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Operator": Required[int],
    "ParticipantUserIds": Required[list[int]],
})
"""The request body of `BatchAddWhitelistParticipant`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Operator``: 操作人 UserId
``ParticipantUserIds``: 要添加白名单成员 UserId The UserIds of the members to whitelist. Limits: at least 1 items."""

BatchAddWhitelistParticipantResponse = TypedDict("BatchAddWhitelistParticipantResponse", {
    "FailedUserIds": Required[list[int]],
})
"""`Result` 的结构。

``FailedUserIds``: 添加失败的 UserId The UserIds that could not be whitelisted; empty when all succeeded."""

BatchDeleteBlockParticipantsRequest = TypedDict("BatchDeleteBlockParticipantsRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "BlockAction": NotRequired["BlockAction"],
    "ParticipantUserIds": Required[list[int]],
})
"""The request body of `BatchDeleteBlockParticipants`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``BlockAction`` (optional): 操作行为。 - 0：取消禁言。 - 1：取消拉黑。 默认值为 0 0 unmutes the users (default), 1 unblocks them. Default: ``0``.
``ParticipantUserIds``: 取消禁言或者取消拉黑的会员成员 UserId 列表 The UserIds to unmute or unblock. Limits: at least 1 items."""

BatchDeleteBlockParticipantsResponse = TypedDict("BatchDeleteBlockParticipantsResponse", {
    "FailedParticipantUserIds": Required[list[int]],
})
"""`Result` 的结构。

``FailedParticipantUserIds``: 取消禁言或者取消拉黑失败的会话成员 UserId The UserIds that could not be unmuted or unblocked; empty when all succeeded."""

BatchDeleteConversationParticipantRequest = TypedDict("BatchDeleteConversationParticipantRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Operator": Required[int],
    "ParticipantUserIds": Required[list[int]],
})
"""The request body of `BatchDeleteConversationParticipant`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Operator``: 执行删除群成员操作人的 UserId The UserId of the user who removes the members (not checked by the server).
``ParticipantUserIds``: 需要删除群成员的 UserId The UserIds of the members to remove. Limits: at least 1 items."""

BatchDeleteConversationParticipantResponse = TypedDict("BatchDeleteConversationParticipantResponse", {
    "FailedUserIds": Required[list[int]],
})
"""`Result` 的结构。

``FailedUserIds``: 成功时为空,失败时返回失败用户 ID Empty on success; the UserIds that could not be removed otherwise."""

BatchGetBlockParticipantsRequest = TypedDict("BatchGetBlockParticipantsRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Cursor": Required[int],
    "Limit": Required[int],
    "BlockAction": NotRequired["BlockAction"],
})
"""The request body of `BatchGetBlockParticipants`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Cursor``: 分批起始位置 Where the batch starts; 0 first, then the previous batch's `NextCursor`.
``Limit``: 每批查询条数，最大值为 20。 How many per batch; at most 20. Limits: between 1 and 20.
``BlockAction`` (optional): 操作行为 - 0：获取禁言列表 - 1：获取拉黑列表 默认为 0。 0 lists the muted members (default), 1 the blocked users. Default: ``0``."""

BatchGetBlockParticipantsResponse = TypedDict("BatchGetBlockParticipantsResponse", {
    "Participants": Required[list["BlockParticipant"]],
    "HasMore": Required[bool],
    "NextCursor": Required[int],
})
"""`Result` 的结构。

``Participants``: 禁言/拉黑成员列表 The batch's muted or blocked users.
``HasMore``: 是否还有更多数据
``NextCursor``: 下一批数据起始位置 Where the next batch starts; -1 when no batch follows."""

BlockParticipant = TypedDict("BlockParticipant", {
    "ParticipantUserId": Required[int],
    "CreateTime": Required[int],
    "BlockTime": Required[int],
    "NickName": NotRequired[str],
    "Ext": NotRequired[dict[str, str]],
    "AvatarUrl": NotRequired[str],
    "Marks": NotRequired[list[str]],
})
"""禁言/拉黑成员信息

A muted or blocked user of a live group (table on the data-structures page 192711).

``ParticipantUserId``: 群成员 ID
``CreateTime``: 禁言/拉黑设置对应的时间戳,单位为秒 When the mute or block was set (Unix seconds).
``BlockTime``: 禁言/拉黑到何时对应时间戳,单位为秒 When the mute or block ends (Unix seconds).
``NickName`` (optional): 禁言/拉黑成员昵称
``Ext`` (optional): 禁言/拉黑成员扩展字段
``AvatarUrl`` (optional): 禁言/拉黑成员头像
``Marks`` (optional): 直播群群成员标记 The member's live-group marks. In the Go SDK's model, not on the data-structures page."""

BatchGetConversationParticipantRequest = TypedDict("BatchGetConversationParticipantRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ParticipantUserIds": Required[list[int]],
})
"""The request body of `BatchGetConversationParticipant`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``ParticipantUserIds``: 需要查询会话成员的 UserId The UserIds of the members to look up."""

BatchGetConversationParticipantResponse = TypedDict("BatchGetConversationParticipantResponse", {
    "Participants": NotRequired[list["Participant"]],
})
"""`Result` 的结构。

``Participants`` (optional): 成功时返回查询会话成员信息，失败时为空。 The members' details on success; empty (absent) on failure."""

BatchGetConversationsRequest = TypedDict("BatchGetConversationsRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[list[int]],
    "SkipMemberCount": NotRequired[bool],
})
"""The request body of `BatchGetConversations`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID The conversations to read (the field's name is singular on the wire). Limits: each item at least 1 (else error `ConversationShortIdsHasInvalidElem`).
``SkipMemberCount`` (optional): 是否忽略获取会话成员数。 - true: 忽略。 - false:不忽略。 默认值为 true Whether the member counts are left out of the answer; true by default. Default: ``true``."""

BatchGetConversationsResponse = TypedDict("BatchGetConversationsResponse", {
    "ConversationCoreInfos": Required[list["ConversationInfo"]],
})
"""`Result` 的结构。

``ConversationCoreInfos``: 会话详细信息 The conversations found, each with its details."""

BatchGetUserRequest = TypedDict("BatchGetUserRequest", {
    "AppId": Required[int],
    "UserIds": Required[list[int]],
})
"""The request body of `BatchGetUser`.

``AppId``: 应用的唯一标志
``UserIds``: 查询用户 UserId，一次最多查询50个用户 The users to read; at most 50 per call. Limits: 1 to 50 items."""

BatchGetUserResponse = TypedDict("BatchGetUserResponse", {
    "Users": Required[list["UserInfo"]],
    "NotFoundUsers": Required[list[int]],
})
"""`Result` 的结构。

``Users``: 用户详细信息 The profiles of the users found.
``NotFoundUsers``: 未查到的用户uid，原因：未注册或者已注销 The users not found, because they were never registered or were unregistered."""

UserInfo = TypedDict("UserInfo", {
    "AppId": Required[int],
    "UserId": Required[int],
    "NickName": Required[str],
    "Portrait": Required[str],
    "Ext": Required[dict[str, str]],
    "Tags": NotRequired[list[str]],
    "CreateTime": Required[int],
    "ModifyTime": Required[int],
})
"""用户详细信息

A registered user's profile.

``AppId``: 用户所属应用
``UserId``: 用户 UserId
``NickName``: 用户昵称
``Portrait``: 用户头像
``Ext``: map[string]string The user's extension fields.
``Tags`` (optional): []string The user's tags.
``CreateTime``: 用户注册时间戳，单位为毫秒
``ModifyTime``: 更新时间戳，单位为毫秒"""

BatchGetWhitelistParticipantRequest = TypedDict("BatchGetWhitelistParticipantRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Cursor": Required[int],
    "Limit": Required[int],
})
"""The request body of `BatchGetWhitelistParticipant`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Cursor``: 查询起始位置 Where the batch starts; 0 first, then the previous batch's `NextCursor`.
``Limit``: 每批查询条数。最大值为 20。 How many per batch; at most 20. Limits: between 1 and 20."""

BatchGetWhitelistParticipantResponse = TypedDict("BatchGetWhitelistParticipantResponse", {
    "NextCursor": Required[int],
    "HasMore": Required[bool],
    "Participants": Required[list["WhitelistParticipant"]],
})
"""本接口特有的返回参数（`Result` 的字段）。

``NextCursor``: 下一批数据起始位置。-1表示无更多数据。 Where the next batch starts; -1 when no batch follows.
``HasMore``: 是否还有更多数据
``Participants``: 白名单成员信息 The batch's whitelisted members."""

WhitelistParticipant = TypedDict("WhitelistParticipant", {
    "ParticipantUserId": Required[int],
    "CreateTime": Required[int],
    "Operator": Required[int],
    "NickName": NotRequired[str],
    "Ext": NotRequired[dict[str, str]],
    "AvatarUrl": NotRequired[str],
    "Marks": NotRequired[list[str]],
})
"""白名单成员信息

A whitelisted member of a live group.

``ParticipantUserId``: 白名单成员 UserId
``CreateTime``: 用户加入白名单时间,单位为秒 When the member was whitelisted (Unix seconds).
``Operator``: 执行加入白名单操作操作人 UserId Who whitelisted the member.
``NickName`` (optional): 白名单成员昵称
``Ext`` (optional): 白名单成员扩展字段。key 的类型为 string,value 的类型为 string。
``AvatarUrl`` (optional): 白名单成员头像
``Marks`` (optional): 直播群群成员标记 The member's live-group marks."""

BatchModifyConversationParticipantRequest = TypedDict("BatchModifyConversationParticipantRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Operator": Required[int],
    "ParticipantInfos": Required[list["ModifyParticipantInfo"]],
})
"""The request body of `BatchModifyConversationParticipant`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Operator``: 执行修改群成员信息操作人的 UserId The UserId of the user who modifies the members.
``ParticipantInfos``: 群成员信息 The members to modify, with their new details. Limits: at least 1 items."""

BatchModifyConversationParticipantResponse = TypedDict("BatchModifyConversationParticipantResponse", {
    "FailedUserIds": Required[list[int]],
})
"""`Result` 的结构。

``FailedUserIds``: 成功时为空，失败时返回失败用户 ID Empty on success; the UserIds that could not be modified otherwise."""

ModifyParticipantInfo = TypedDict("ModifyParticipantInfo", {
    "ParticipantUserId": Required[int],
    "BlockTime": NotRequired[int],
    "Ext": NotRequired[dict[str, str]],
    "Level": NotRequired[int],
    "NickName": NotRequired[str],
    "Role": NotRequired[int],
})
"""群成员信息

One member's new details; a field left out is not changed.

``ParticipantUserId``: 进行修改的群成员的 UserId，UserId 必须大于 0。 The member's UserId; greater than 0. Limits: at least 1.
``BlockTime`` (optional): 禁言时间戳，表示禁言到何时，单位为秒。0表示未禁言。 Muted until this time (Unix seconds); 0 unmutes.
``Ext`` (optional): 成员扩展字段
``Level`` (optional): 成员等级
``NickName`` (optional): 成员昵称
``Role`` (optional): 成员身份，可取值为：0，1，2。 - 0：普通成员。 - 1：群主。 - 2：群管理员。 默认值为0，值不合法时自动调整为默认值。 The member's role: 0 member, 1 owner (only the conversation's owner), 2 manager. An invalid value is taken as 0."""

BatchRemoveManagerRequest = TypedDict("BatchRemoveManagerRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Operator": Required[int],
    "RemoveManagerUserIds": Required[list[int]],
})
"""The request body of `BatchRemoveManager`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Operator``: 操作人 UserId
``RemoveManagerUserIds``: 要移除的管理员 UserId The UserIds of the managers to remove. Limits: at least 1 items."""

BatchRemoveManagerResponse = TypedDict("BatchRemoveManagerResponse", {
    "FailedManagerUserIds": Required[list[int]],
})
"""`Result` 的结构。

``FailedManagerUserIds``: 移除失败的管理员 UserId The UserIds that could not be removed as managers; empty when all succeeded."""

BatchRemoveWhitelistParticipantRequest = TypedDict("BatchRemoveWhitelistParticipantRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Operator": Required[int],
    "ParticipantUserIds": Required[list[int]],
})
"""The request body of `BatchRemoveWhitelistParticipant`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Operator``: 操作人 UserId
``ParticipantUserIds``: 要移除白名单用户 UserId The UserIds to remove from the whitelist. Limits: at least 1 items."""

BatchRemoveWhitelistParticipantResponse = TypedDict("BatchRemoveWhitelistParticipantResponse", {
    "FailedUserIds": Required[list[int]],
})
"""本接口特有的返回参数（`Result` 的字段）。

``FailedUserIds``: 移除失败的 UserId The UserIds that could not be removed; empty when all succeeded."""

BatchSendMessageRequest = TypedDict("BatchSendMessageRequest", {
    "AppId": Required[int],
    "Sender": Required[int],
    "Receiver": Required[list[int]],
    "MsgType": Required[int],
    "Content": Required[str],
    "Ext": NotRequired[dict[str, str]],
    "InboxType": NotRequired[int],
})
"""The request body of `BatchSendMessage`.

``AppId``: 应用的唯一标志
``Sender``: 消息发送人 UserId The sender's UserId.
``Receiver``: 消息接收人 UserId 列表 The receivers' UserIds; each gets the message in their one-to-one conversation with the sender.
``MsgType``: 消息类型 The message type, as the client message format numbers it (10001 text).
``Content``: 消息内容。当你给客户端发消息时，Content 内容需符合客户端格式，详细信息请参看消息格式 The content; for clients to read it, it follows the client message format.
``Ext`` (optional): 消息的扩展字段，key 的数据类型为 String，value 的数据类型为 String The message's extension fields.
``InboxType`` (optional): 信箱，用做逻辑隔离 默认值为 0 The inbox, a logical partition of the app's conversations. Default: ``0``."""

BatchSendMessageResponse = TypedDict("BatchSendMessageResponse", {
    "UserMessageId": Required[dict[str, int]],
})
"""`Result` 的结构。

``UserMessageId``: 消息Id列表，key为用户UserId，value为消息Id For each receiver (its UserId as the key), the id of the message sent to them."""

BatchUpdateLiveParticipantsRequest = TypedDict("BatchUpdateLiveParticipantsRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ParticipantInfos": Required[list["ParticipantInfo"]],
    "MarkAction": NotRequired["MarkAction"],
})
"""The request body of `BatchUpdateLiveParticipants`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``ParticipantInfos``: 需要更新的成员资料。一次最多支持 10 个成员。 The member profiles to update; at most 10 members per call. Limits: at most 10 items.
``MarkAction`` (optional): 更新群成员标记。默认值为 `1`。 - `1`：添加 - `2`：删除 How `Marks` are applied to the members; 1 adds them (default), 2 deletes them. Default: ``1``."""

BatchUpdateLiveParticipantsResponse = TypedDict("BatchUpdateLiveParticipantsResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""本接口特有的返回参数（`Result` 的字段）。

``FailedInfos`` (optional): 更新资料失败的群成员信息 The members whose profile could not be updated; absent or empty when all succeeded."""

ParticipantInfo = TypedDict("ParticipantInfo", {
    "UserId": Required[int],
    "UserIdStr": NotRequired[str],
    "AvatarUrl": NotRequired[str],
    "NickName": NotRequired[str],
    "Ext": NotRequired[dict[str, str]],
    "Marks": NotRequired[list[str]],
})
"""需要更新的直播群成员资料。

One live-group member's profile update. At least one of `AvatarUrl`, `NickName` and `Ext` must be present.

``UserId``: 群成员用户 ID
``UserIdStr`` (optional): 群成员用户 ID（字符串形式），用户 ID 为字符串时使用。 The member's user ID as a string, for apps with string user IDs. Not on the doc page; taken from the Go IM SDK's model.
``AvatarUrl`` (optional): 群成员头像。`AvatarUrl`、`NickName`和`Ext`均为非必填参数，但是至少需要填一个，否则服务端会报错。 The member's avatar URL. `AvatarUrl`, `NickName` and `Ext` are each optional, but at least one of them must be given, otherwise the server returns an error.
``NickName`` (optional): 群成员昵称
``Ext`` (optional): 群成员扩展字段。`key` 的类型为 `String`，`value` 的类型为 `String`。 The member's extension fields; string keys and string values.
``Marks`` (optional): 群成员标记 The member's marks, as strings (unlike Tencent's integer marks). Added or deleted according to `MarkAction`."""

MarkAction = int
"""更新群成员标记的方式。

How the marks in `ParticipantInfo.Marks` are applied.

Open: a value the spec does not list may still arrive in a response."""


class MarkActionValues:
    """The documented values of ``MarkAction``."""

    ADD: Final = 1
    """添加"""
    DELETE: Final = 2
    """删除"""


FailedInfo = TypedDict("FailedInfo", {
    "UserId": Required[int],
    "UserIdStr": NotRequired[str],
    "Code": Required[str],
    "Message": Required[str],
})
"""更新资料失败的群成员信息。

A member whose profile update failed, with the reason.

``UserId``: 更新资料失败的群成员的 UserId
``UserIdStr`` (optional): 更新资料失败的群成员的 UserId（字符串形式）。 The failed member's user ID as a string, for apps with string user IDs. Not on the doc page; taken from the Go IM SDK's model.
``Code``: 错误码，参看[公共错误码](https://www.volcengine.com/docs/6348/412253)。 The business error code for this member (for example `ParticipantNotInConversation`).
``Message``: 错误描述"""

BatchUpdateUserRequest = TypedDict("BatchUpdateUserRequest", {
    "AppId": Required[int],
    "Users": Required[list["UpdateUserInfo"]],
})
"""The request body of `BatchUpdateUser`.

``AppId``: 用户的唯一标识 The app.
``Users``: 用户资料。一次最多 10 个用户 The users' new profiles; at most 10 per call. Limits: 1 to 10 items."""

BatchUpdateUserResponse = TypedDict("BatchUpdateUserResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""`Result` 的结构。

``FailedInfos`` (optional): 更新失败的用户信息 The users that could not be updated, each with its error code."""

UpdateUserInfo = TypedDict("UpdateUserInfo", {
    "UserId": Required[int],
    "NickName": Required[str],
    "Portrait": Required[str],
    "Ext": Required[dict[str, str]],
    "Tags": Required[list[str]],
})
"""用户资料

A user's new profile; every field is required and replaces the one stored.

``UserId``: 用户id
``NickName``: 昵称
``Portrait``: 头像 url
``Ext``: 扩展字段。key 的类型为 string，value 的类型为 string。 The extension fields; string keys and string values.
``Tags``: 标签"""

BatchUpdateUserTagsRequest = TypedDict("BatchUpdateUserTagsRequest", {
    "AppId": Required[int],
    "UserIds": Required[list[int]],
    "Tags": Required[list[str]],
    "Op": NotRequired["TagUpdateOp"],
})
"""The request body of `BatchUpdateUserTags`.

``AppId``: 应用的唯一标志
``UserIds``: 用户userId列表 The users whose tags change. Limits: at least 1 items.
``Tags``: 用户标签 The tags added or deleted.
``Op`` (optional): 标签更新方式。 0：对于重复 key，覆盖 value，对于新 key，进行添加 1：删除重复 key 默认值为 0。 How the tags are applied: 0 (the default) adds them (a tag the user has already is kept once), 1 deletes them. Default: ``0``."""

BatchUpdateUserTagsResponse = TypedDict("BatchUpdateUserTagsResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""`Result` 的结构。

``FailedInfos`` (optional): 更新失败的用户信息 The users whose tags could not be updated, each with its error code."""

TagUpdateOp = int
"""标签更新方式。

How BatchUpdateUserTags applies its tags.

Open: a value the spec does not list may still arrive in a response."""


class TagUpdateOpValues:
    """The documented values of ``TagUpdateOp``."""

    UPSERT: Final = 0
    """对于重复 key，覆盖 value，对于新 key，进行添加"""
    DELETE: Final = 1
    """删除重复 key"""


CreateConversationRequest = TypedDict("CreateConversationRequest", {
    "AppId": Required[int],
    "InboxType": NotRequired[int],
    "ConversationCoreInfo": Required["ConversationCoreInfo"],
    "OwnerUserId": Required[int],
    "OtherUserId": NotRequired[int],
    "IdempotentId": NotRequired[str],
})
"""The request body of `CreateConversation`.

``AppId``: 应用的唯一标志
``InboxType`` (optional): 信箱，用做逻辑隔离 默认值为 0 The inbox, a logical partition of the app's conversations; 0 by default. Default: ``0``.
``ConversationCoreInfo``: 会话详细信息 The conversation's type and details.
``OwnerUserId``: 会话成员 UserId The member who creates the conversation and owns it (the SDK calls it 群主 UserId).
``OtherUserId`` (optional): 另一个成员的 UserId, 创建单聊必填 The other member of a one-to-one conversation; required for one.
``IdempotentId`` (optional): 幂等id，如果创建时指定了此字段，并且数据库中存在此 id 对应的会话，则不会重复创建，并且接口返回的Exist字段为true。 An idempotency id: when a conversation was already created with it, none is created and the answer's `Exist` is true."""

CreateConversationResponse = TypedDict("CreateConversationResponse", {
    "ConversationShortId": Required[int],
    "ConversationInfo": Required["NewConversationInfo"],
    "Exist": Required[bool],
})
"""`Result` 的结构。

``ConversationShortId``: 会话 ID
``ConversationInfo``: 会话详细信息 The conversation's details, as created or as found.
``Exist``: 会话是否存在 Whether the conversation existed already (same `IdempotentId`), so none was created."""

ConversationCoreInfo = TypedDict("ConversationCoreInfo", {
    "Name": NotRequired[str],
    "AvatarUrl": NotRequired[str],
    "Description": NotRequired[str],
    "Notice": NotRequired[str],
    "Ext": NotRequired[dict[str, str]],
    "ConversationType": Required["ConversationType"],
})
"""会话详细信息。

A new conversation's type and details.

``Name`` (optional): 会话名称
``AvatarUrl`` (optional): 会话头像 url
``Description`` (optional): 会话描述
``Notice`` (optional): 会话公告
``Ext`` (optional): map 扩展字段 The conversation's extension fields.
``ConversationType``: 会话类型 1：单聊 2:群聊 100：直播群"""

NewConversationInfo = TypedDict("NewConversationInfo", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ConversationType": Required["ConversationType"],
    "InboxType": Required[int],
    "Name": NotRequired[str],
    "AvatarUrl": NotRequired[str],
    "Description": NotRequired[str],
    "Notice": NotRequired[str],
    "Ext": NotRequired[dict[str, str]],
    "OwnerUserId": NotRequired[int],
    "CreatorUserId": NotRequired[int],
    "OtherUserId": NotRequired[int],
    "CreateTime": NotRequired[int],
    "ModifyTime": NotRequired[int],
    "MemberCount": NotRequired[int],
    "OnlineCount": NotRequired[int],
    "Status": NotRequired["ConversationStatus"],
})
"""会话详细信息。

A conversation's details as `CreateConversation` answers them.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``ConversationType``: 会话类型。 1：单聊 2:群聊 Limits: only `1` (OneToOne) or `2` (Group).
``InboxType``: 信箱,用于逻辑隔离
``Name`` (optional): 群名
``AvatarUrl`` (optional): 群头像 url
``Description`` (optional): 群描述
``Notice`` (optional): 群公告
``Ext`` (optional): 会话的扩展字段。
``OwnerUserId`` (optional): 群主 UserId
``CreatorUserId`` (optional): 创群人 UserId
``OtherUserId`` (optional): 单聊另一个成员的UserId
``CreateTime`` (optional): 群聊创建时间戳，单位为秒
``ModifyTime`` (optional): 修改时间戳，单位为秒
``MemberCount`` (optional): 会话成员数
``OnlineCount`` (optional): 直播群在线人数
``Status`` (optional): 会话状态。 0：正常 1：已解散"""

DeleteConversationMessageRequest = TypedDict("DeleteConversationMessageRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "MessageId": Required[int],
    "DeleteType": NotRequired["MessageDeleteType"],
})
"""The request body of `DeleteConversationMessage`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``MessageId``: 消息 ID
``DeleteType`` (optional): 删除方式。 - 0：全部用户不可见。 - 1：仅发送人自己可见。 默认值为0。 直播群只允许传 0。 How the message is deleted: 0 no user sees it any more, 1 only its sender still sees it. Live groups allow only 0. Default: ``0``."""

DeleteConversationMessageResponse = TypedDict("DeleteConversationMessageResponse", {
})
"""空。此接口无需关注
"""

MessageDeleteType = int
"""删除方式。

Who still sees a message DeleteConversationMessage deletes.

Open: a value the spec does not list may still arrive in a response."""


class MessageDeleteTypeValues:
    """The documented values of ``MessageDeleteType``."""

    FOR_EVERYONE: Final = 0
    """全部用户不可见"""
    SENDER_ONLY: Final = 1
    """仅发送人自己可见"""


DeleteFriendRequest = TypedDict("DeleteFriendRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "DeleteUserIds": Required[list[int]],
    "InboxType": NotRequired[int],
})
"""The request body of `DeleteFriend`.

``AppId``: 应用的唯一标志
``UserId``: 用户 UserId
``DeleteUserIds``: 要删除的好友 UserId，一次最多删除 10 个好友 The friends to delete; at most 10 per call. Limits: 1 to 10 items.
``InboxType`` (optional): 信箱，用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``."""

DeleteFriendResponse = TypedDict("DeleteFriendResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""`Result` 的结构。

``FailedInfos`` (optional): 删除失败的好友信息 The friends that could not be deleted, each with its error code."""

DeleteMessageRequest = TypedDict("DeleteMessageRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "MessageId": Required[int],
    "ParticipantUserId": Required[int],
})
"""The request body of `DeleteMessage`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``MessageId``: 消息 ID
``ParticipantUserId``: 群成员 ID The member for whom the message is deleted."""

DeleteMessageResponse = TypedDict("DeleteMessageResponse", {
})
"""空。此接口无需关注
"""

DestroyConversationRequest = TypedDict("DestroyConversationRequest", {
    "AppId": Required[int],
    "OwnerUserId": Required[int],
    "ConversationShortId": Required[int],
})
"""The request body of `DestroyConversation`.

``AppId``: 应用的唯一标志
``OwnerUserId``: 群主 UserId The group's owner, who disbands it.
``ConversationShortId``: 会话 ID"""

DestroyConversationResponse = TypedDict("DestroyConversationResponse", {
})
"""本接口无特有的返回参数。`Result` 为空。
"""

GetAppTokenRequest = TypedDict("GetAppTokenRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "ExpireTime": Required[int],
})
"""The request body of `GetAppToken`.

``AppId``: 应用的唯一标志
``UserId``: 用户UserId The user the token is for.
``ExpireTime``: Token过期时间 单位毫秒 When the token expires, a Unix time in milliseconds."""

GetAppTokenResponse = TypedDict("GetAppTokenResponse", {
    "AppId": Required[int],
    "Token": Required[str],
    "UserId": Required[int],
})
"""`Result` 的结构。

``AppId``: 应用的唯一标志
``Token``: 生成的Token The token, a secret that signs the user in, to be kept out of logs.
``UserId``: 用户UserId"""

GetBlackListRequest = TypedDict("GetBlackListRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "Cursor": Required[int],
    "Limit": Required[int],
    "NeedTotal": NotRequired[bool],
    "InboxType": NotRequired[int],
})
"""The request body of `GetBlackList`.

``AppId``: 应用的唯一标志
``UserId``: 被查询用户的 UserId
``Cursor``: 查询起始位置，按照添加顺序逆序查询。默认值为 0，即最后一个添加至黑名单的用户。 Where the page starts; 0 is the user added last (the list runs newest first).
``Limit``: 查询条数，每次最多查询 20 位用户。 How many users per page, at most 20. Limits: between 1 and 20.
``NeedTotal`` (optional): 是否需要黑名单用户总数。 * false：不需要。 * true：需要。 默认值为 false。 Whether the answer's `TotalCount` counts the black list. Default: ``false``.
``InboxType`` (optional): 信箱，用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``."""

GetBlackListResponse = TypedDict("GetBlackListResponse", {
    "BlackListInfos": Required[list["BlackListDetail"]],
    "HasMore": Required[bool],
    "NextCursor": Required[int],
    "TotalCount": Required[int],
})
"""`Result` 的结构。

``BlackListInfos``: 黑名单用户详细信息 The page's blocked users.
``HasMore``: 是否还有下一页 Whether more pages follow.
``NextCursor``: 下一页起始下标。为负时表示后续没有成员数据 Where the next page starts; negative when no more users follow.
``TotalCount``: 黑名单用户总数 How many users the black list holds (0 unless `NeedTotal` was true)."""

BlackListDetail = TypedDict("BlackListDetail", {
    "BlackListUserId": Required[int],
    "BlackListUserExt": NotRequired[dict[str, str]],
    "CreateTime": Required[int],
    "ModifyTime": Required[int],
    "FriendUserInfo": NotRequired["FriendDetail"],
})
"""黑名单用户详细信息

One user of a black list.

``BlackListUserId``: 黑名单用户 ID
``BlackListUserExt`` (optional): 黑名单用户扩展字段
``CreateTime``: 加入黑名单的时间 When the user was added.
``ModifyTime``: 黑名单更新时间 When the entry was last updated.
``FriendUserInfo`` (optional): 好友信息。若黑名单用户并不是查询用户好友则不返回此字段。 The friendship, when the blocked user is also a friend; absent otherwise."""

GetConversationMarksRequest = TypedDict("GetConversationMarksRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
})
"""The request body of `GetConversationMarks`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID"""

GetConversationMarksResponse = TypedDict("GetConversationMarksResponse", {
    "MarkTypes": Required[list[str]],
})
"""`Result` 的结构。

``MarkTypes``: 标记类型 The group's marks."""

GetConversationMessagesRequest = TypedDict("GetConversationMessagesRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Cursor": Required[int],
    "Limit": Required[int],
    "Reverse": NotRequired["QueryDirection"],
})
"""The request body of `GetConversationMessages`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Cursor``: 查询起始位置,即查询起始消息的 Index Where the page starts: the index (`IndexInConversation`) of its first message, or the previous page's `NewCursor`. Read backwards, 0 starts at the newest message.
``Limit``: 查询条数 How many messages per page, at most 20. Limits: between 1 and 20.
``Reverse`` (optional): 查询方向。 - 0:正向查询 - 1:反向查询 默认值为 0。值不合法时自动调整为默认值。 直播群只能取 1 The direction: 0 forward (from `Cursor` to newer messages), 1 backward (from `Cursor` to older ones). Any other value counts as 0; a live group is always read backward. Default: ``0``."""

GetConversationMessagesResponse = TypedDict("GetConversationMessagesResponse", {
    "HasMore": Required[bool],
    "NewCursor": Required[int],
    "Messages": Required[list["MessageBody"]],
})
"""`Result` 的结构。

``HasMore``: 是否还有下一页 Whether more pages follow.
``NewCursor``: 下一页起始位置 Where the next page starts; send it as `Cursor`.
``Messages``: 消息详细信息 The page's messages, in the direction asked."""

QueryDirection = int
"""查询方向。

Which way GetConversationMessages reads from its `Cursor`.

Any other value: 值不合法时自动调整为默认值（正向查询）。"""


class QueryDirectionValues:
    """The documented values of ``QueryDirection``."""

    FORWARD: Final = 0
    """正向查询"""
    BACKWARD: Final = 1
    """反向查询"""


GetConversationSettingRequest = TypedDict("GetConversationSettingRequest", {
    "AppId": Required[int],
    "ParticipantUserId": Required[int],
    "ConversationShortId": Required[int],
    "NoReadIndex": NotRequired[bool],
})
"""The request body of `GetConversationSetting`.

``AppId``: 应用的唯一标志
``ParticipantUserId``: 会话成员 UserId,UserId 必须大于 0 The member whose settings are read; greater than 0. Limits: at least 1.
``ConversationShortId``: 会话 ID
``NoReadIndex`` (optional): 是否需要该成员在会话中的已读位置。 - true:不需要。 - false:需要。 Whether the member's read position is left out (true) or given (false)."""

GetConversationSettingResponse = TypedDict("GetConversationSettingResponse", {
    "ConversationSettingInfo": Required["ParticipantConversationSetting"],
})
"""`Result` 的结构。

``ConversationSettingInfo``: 用户会话设置 The member's settings for the conversation."""

ParticipantConversationSetting = TypedDict("ParticipantConversationSetting", {
    "AppId": Required[int],
    "ParticipantUserId": Required[int],
    "ConversationShortId": Required[int],
    "ConversationId": Required[str],
    "ConversationType": Required["ConversationType"],
    "InboxType": Required[int],
    "StickTopTime": Required[int],
    "IsStickTop": NotRequired[bool],
    "SetFavoriteTime": NotRequired[int],
    "IsSetFavorite": NotRequired[bool],
    "IsMute": NotRequired[bool],
    "Ext": NotRequired[dict[str, str]],
    "ReadIndex": Required[int],
})
"""用户会话设置

A member's settings for a conversation, as read (the page's `ConversationSettingInfo` of this action, larger than ModifyConversationSetting's shape of the same name).

``AppId``: 应用的唯一标志
``ParticipantUserId``: 群成员UserId
``ConversationShortId``: 会话 ID
``ConversationId``: 会话Id,字符串类型,含义跟ConversationShortId一样,用来定位唯一的一个会话,历史原因,目前大部分接口都在使用ConversationShortId,但是仍然有比较比较老的接口会使用到ConversationId,如果目前您接入的功能没有使用到ConversationId直接忽略即可 The conversation's ID as a string, with the same meaning as `ConversationShortId`; some older APIs use it.
``ConversationType``: 会话类型。 - 1:单聊 - 2:群聊 Limits: only `1` (OneToOne) or `2` (Group).
``InboxType``: 信箱,用于逻辑隔离
``StickTopTime``: 置顶时间,单位为毫秒。0表示未置顶
``IsStickTop`` (optional): 是否置顶。 - true:置顶。 - false:不置顶 Whether the conversation is pinned (here a state, not ModifyConversationSetting's "whether to change").
``SetFavoriteTime`` (optional): 收藏时间,单位为毫秒。0表示未收藏
``IsSetFavorite`` (optional): 是否收藏。 - true:收藏。 - false:不收藏
``IsMute`` (optional): 是否开启免打扰。 - true:开启。 - false:不开启
``Ext`` (optional): 扩展字段。 key 的数据类型为 String,value 的数据类型为 String。
``ReadIndex``: 用户已读位置 The member's read position in the conversation (0 when `NoReadIndex` is true)."""

GetConversationUserCountRequest = TypedDict("GetConversationUserCountRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
})
"""The request body of `GetConversationUserCount`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID"""

GetConversationUserCountResponse = TypedDict("GetConversationUserCountResponse", {
    "Count": Required[int],
})
"""`Result` 的结构。

``Count``: 会话成员数量 How many members the conversation has."""

GetMessagesRequest = TypedDict("GetMessagesRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "MessageIds": Required[list[int]],
})
"""The request body of `GetMessages`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``MessageIds``: 消息 ID The ids of the messages to look up."""

GetMessagesResponse = TypedDict("GetMessagesResponse", {
    "Messages": Required[list["MessageBody"]],
})
"""`Result` 的结构。

``Messages``: 消息详细信息 The messages found, in the order asked; an id that names no visible message of the conversation is left out."""

GetMessagesReadReceiptRequest = TypedDict("GetMessagesReadReceiptRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "MessageIds": Required[list[int]],
})
"""The request body of `GetMessagesReadReceipt`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话Id
``MessageIds``: 消息Id The ids of the messages whose receipts are asked for."""

GetMessagesReadReceiptResponse = TypedDict("GetMessagesReadReceiptResponse", {
    "ReadReceipt": Required[list["ReadReceipt"]],
})
"""`Result` 的结构。

``ReadReceipt``: 已读回执详情 One receipt per message found, in the order asked."""

ReadReceipt = TypedDict("ReadReceipt", {
    "ConversationShortId": Required[int],
    "MessageId": Required[int],
    "ReadUserIds": Required[list[int]],
    "UnReadUserIds": Required[list[int]],
    "ReceiverIsRead": Required[bool],
})
"""已读回执详情

Who has read a message and who has not.

``ConversationShortId``: 会话Id
``MessageId``: 消息Id
``ReadUserIds``: 消息已读的UserId列表 The members who have read the message.
``UnReadUserIds``: 消息未读的UserId列表 The members who have not read it.
``ReceiverIsRead``: 单聊中消息的接收方是否已读（只有单聊会话这个字段才有意义） In a one-to-one conversation, whether the receiver has read the message; it means nothing in other conversations."""

GetParticipantReadIndexRequest = TypedDict("GetParticipantReadIndexRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
})
"""The request body of `GetParticipantReadIndex`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID"""

GetParticipantReadIndexResponse = TypedDict("GetParticipantReadIndexResponse", {
    "ReadIndexes": Required[list["ParticipantReadIndex"]],
})
"""`Result` 的结构。

``ReadIndexes``: 会话成员信息 The members' read positions; a member not listed has read position 0."""

ParticipantReadIndex = TypedDict("ParticipantReadIndex", {
    "ParticipantUserId": Required[int],
    "ReadIndex": Required[int],
})
"""会话成员的已读位置。

One member's read position in a conversation.

``ParticipantUserId``: 会话成员 UserId
``ReadIndex``: 成员已读位置。若没有返回某个成员的 ReadIndex，则表示该成员的 ReadIndex 为 0。 The member's read position; a member not returned has read position 0."""

GetUserConversationsRequest = TypedDict("GetUserConversationsRequest", {
    "AppId": Required[int],
    "ParticipantUserId": Required[int],
    "DataType": NotRequired["ConversationDataType"],
    "Cursor": Required[int],
    "Limit": Required[int],
    "SkipMemberCount": NotRequired[bool],
    "InboxType": NotRequired[int],
})
"""The request body of `GetUserConversations`.

``AppId``: 应用的唯一标志
``ParticipantUserId``: 查询用户 UserId The user whose conversations are listed.
``DataType`` (optional): 数据来源。 - 0：从缓存中拉取，按会话最近活跃排序。 - 1：从数据库中拉取，按照创建时间正序排序。 - 2：拉取用户创建的直播群会话，按照创建时间逆序排序 Where the list comes from, and its order: 0 the cache, most recently active first; 1 the database, oldest first; 2 the live groups the user created, newest first.
``Cursor``: 查询起始位置 Where the page starts; the previous page's `NextCursor`.
``Limit``: 查询数量。最大值为 20。 How many conversations per page, at most 20. Limits: between 1 and 20.
``SkipMemberCount`` (optional): 是否忽略会话成员数。 - true：忽略。 - false：不忽略。 Whether the member counts are left out of the answer. Default: ``false``.
``InboxType`` (optional): 信箱，用于逻辑隔离。 The inbox, a logical partition of the app's conversations. Default: ``0``."""

GetUserConversationsResponse = TypedDict("GetUserConversationsResponse", {
    "ConversationInfos": Required[list["ConversationInfo"]],
    "HasMore": Required[bool],
    "NextCursor": Required[int],
})
"""`Result` 的结构。

``ConversationInfos``: 会话详细信息 The page's conversations.
``HasMore``: 是否还有更多的数据 Whether more pages follow.
``NextCursor``: 下一批数据起始位置 Where the next page starts; send it as `Cursor`."""

ConversationDataType = int
"""数据来源。

Where `GetUserConversations` reads the list from, which decides its order.

Open: a value the spec does not list may still arrive in a response."""


class ConversationDataTypeValues:
    """The documented values of ``ConversationDataType``."""

    CACHE: Final = 0
    """从缓存中拉取，按会话最近活跃排序。"""
    DATABASE: Final = 1
    """从数据库中拉取，按照创建时间正序排序。"""
    CREATED_LIVE_GROUPS: Final = 2
    """拉取用户创建的直播群会话，按照创建时间逆序排序。"""


ConversationInfo = TypedDict("ConversationInfo", {
    "ConversationShortId": Required[int],
    "ConversationId": Required[str],
    "AppId": Required[int],
    "InboxType": Required[int],
    "Name": NotRequired[str],
    "AvatarUrl": NotRequired[str],
    "Description": NotRequired[str],
    "OwnerUserId": Required[int],
    "CreatorUserId": Required[int],
    "Notice": NotRequired[str],
    "Status": NotRequired["ConversationStatus"],
    "Ext": NotRequired[dict[str, str]],
    "CreateTime": Required[int],
    "ModifyTime": Required[int],
    "ConversationType": Required["ConversationType"],
    "MemberCount": NotRequired[int],
    "OnlineCount": NotRequired[int],
    "OtherUserId": NotRequired[int],
})
"""会话详细信息。

A conversation's details. The page shows only the first two rows of this table; the rest follow the Go SDK's model of the same page.

``ConversationShortId``: 会话 ID
``ConversationId``: 会话Id，字符串类型，含义跟`ConversationShortId`一样，用来定位唯一的一个会话，历史原因，目前大部分接口都在使用`ConversationShortId`，但是仍然有比较比较老的接口会使用到`ConversationId`，如果目前您接入的功能没有使用到`ConversationId`直接忽略即可 The conversation's ID as a string, with the same meaning as `ConversationShortId`; some older APIs use it.
``AppId``: 应用的唯一标志
``InboxType``: 信箱，用于逻辑隔离
``Name`` (optional): 群名
``AvatarUrl`` (optional): 群头像 url
``Description`` (optional): 群描述
``OwnerUserId``: 群主 UserId
``CreatorUserId``: 创群人 UserId
``Notice`` (optional): 群公告
``Status`` (optional): 会话状态。0：正常 1：已解散
``Ext`` (optional): 会话的扩展字段。
``CreateTime``: 群聊创建时间戳，单位为秒
``ModifyTime``: 修改时间戳，单位为秒
``ConversationType``: 会话类型。1：单聊 2：群聊
``MemberCount`` (optional): 会话成员数
``OnlineCount`` (optional): 直播群在线人数。
``OtherUserId`` (optional): 单聊会话另一个 UserId"""

ConversationStatus = int
"""会话状态。

Open: a value the spec does not list may still arrive in a response."""


class ConversationStatusValues:
    """The documented values of ``ConversationStatus``."""

    NORMAL: Final = 0
    """正常"""
    DISSOLVED: Final = 1
    """已解散"""


ConversationType = int
"""会话类型。

Open: a value the spec does not list may still arrive in a response."""


class ConversationTypeValues:
    """The documented values of ``ConversationType``."""

    ONE_TO_ONE: Final = 1
    """单聊"""
    GROUP: Final = 2
    """群聊"""
    LIVE_GROUP: Final = 100
    """直播群"""


IsFriendRequest = TypedDict("IsFriendRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "InboxType": NotRequired[int],
    "FriendUserIds": Required[list[int]],
})
"""The request body of `IsFriend`.

``AppId``: 应用的唯一标志
``UserId``: 用户 UserId
``InboxType`` (optional): 信箱,用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``.
``FriendUserIds``: 需要校验用户的 UserId,一次最多检验 10 个用户 The users to check; at most 10 per call. Limits: 1 to 10 items."""

IsFriendResponse = TypedDict("IsFriendResponse", {
    "Infos": Required[list["IsFriendInfo"]],
})
"""其中 Result 的结构如下

``Infos``: 好友关系详情 One entry per user checked, in the request's order."""

IsFriendInfo = TypedDict("IsFriendInfo", {
    "FriendUserId": Required[int],
    "IsFriend": Required[bool],
})
"""好友关系详情

Whether one user is a friend.

``FriendUserId``: 校验好友的 UserId
``IsFriend``: 是否是好友。 - true:是。 - false:否"""

IsInBlackListRequest = TypedDict("IsInBlackListRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "BlackListUserIds": Required[list[int]],
    "InboxType": NotRequired[int],
})
"""The request body of `IsInBlackList`.

``AppId``: 应用的唯一标志
``UserId``: 用户 ID
``BlackListUserIds``: 需要校验的用户的 UserId，一次最多校验 10 个用户 The users to check; at most 10 per call. Limits: 1 to 10 items.
``InboxType`` (optional): 信箱，用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``."""

IsInBlackListResponse = TypedDict("IsInBlackListResponse", {
    "IsInBlackListInfos": Required[dict[str, bool]],
})
"""`Result` 的结构。

``IsInBlackListInfos``: 校验结果。key 为 uid，value 为 true：在黑名单中。 value 为 false：不在黑名单中 One entry per user checked, keyed by its UserId as a string: true when it is in the black list."""

IsUserInConversationRequest = TypedDict("IsUserInConversationRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ParticipantUserId": Required[int],
})
"""The request body of `IsUserInConversation`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``ParticipantUserId``: 查询用户 UserId The user asked about."""

IsUserInConversationResponse = TypedDict("IsUserInConversationResponse", {
    "IsUserInConversation": Required[bool],
})
"""`Result` 的结构。

``IsUserInConversation``: 用户是否在会话中。 - true:是。 - false:否。 Whether the user is a member of the conversation."""

ListFriendRequest = TypedDict("ListFriendRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "Cursor": NotRequired[int],
    "Limit": NotRequired[int],
    "NeedTotal": NotRequired[bool],
    "InboxType": NotRequired[int],
})
"""The request body of `ListFriend`.

``AppId``: 应用的唯一标志
``UserId``: 查询用户 UserId
``Cursor`` (optional): 查询起始位置，默认值为 0，即第一个添加的好友。 Where the page starts; 0 (the default) is the first friend added. Default: ``0``.
``Limit`` (optional): 查询条数，每次最多查询 20 位好友。默认值为 20。 How many friends per page, at most 20; 20 by default. Limits: between 1 and 20. Default: ``20``.
``NeedTotal`` (optional): 是否需要好友总数。 * false：不需要。 * true：需要。 默认值为 false。 Whether the answer's `TotalCount` counts the friends. Default: ``false``.
``InboxType`` (optional): 信箱，用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``."""

ListFriendResponse = TypedDict("ListFriendResponse", {
    "FriendInfos": Required[list["FriendDetail"]],
    "HasMore": Required[bool],
    "NextCursor": Required[int],
    "TotalCount": Required[int],
})
"""`Result` 的结构。

``FriendInfos``: 好友详细信息 The page's friends.
``HasMore``: 是否还有下一页 Whether more pages follow.
``NextCursor``: 下一页起始位置。为负时表示后续没有成员数据 Where the next page starts; negative when no more friends follow.
``TotalCount``: 好友总数 How many friends the user has (0 unless `NeedTotal` was true)."""

FriendDetail = TypedDict("FriendDetail", {
    "FriendUserId": Required[int],
    "Alias": Required[str],
    "Ext": NotRequired[dict[str, str]],
    "ApplyTime": Required[int],
    "CreateTime": Required[int],
    "ModifyTime": Required[int],
})
"""好友详细信息

One friend of a user.

``FriendUserId``: 好友 UserId
``Alias``: 好友备注
``Ext`` (optional): 好友扩展字段
``ApplyTime``: 发起好友申请时间 When the friendship was requested.
``CreateTime``: 成为好友的时间 When the two became friends.
``ModifyTime``: 好友更新时间 When the friendship was last updated."""

MarkConversationRequest = TypedDict("MarkConversationRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "MarkTypes": Required[list[str]],
    "MarkAction": NotRequired["MarkAction"],
    "Operator": NotRequired[int],
})
"""The request body of `MarkConversation`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``MarkTypes``: 标记类型。一个直播群最多有 20个 标记。 The marks to add or remove; a live group has at most 20 marks. Limits: at most 20 items (else error `ConversationMarkTypeMoreThanLimit`).
``MarkAction`` (optional): 操作类型。默认值为 1 - 1:新增 - 2:删除。 Whether the marks are added (1, the default) or removed (2). Default: ``1``.
``Operator`` (optional): 操作人UserId Who marks the group."""

MarkConversationResponse = TypedDict("MarkConversationResponse", {
})
"""本接口无特有的返回参数。当前返回值 Result 请求成功或失败时均返回空值。
"""

ModifyConversationRequest = TypedDict("ModifyConversationRequest", {
    "AppId": Required[int],
    "ConversationCoreInfo": Required["ConversationCoreInfoChange"],
})
"""The request body of `ModifyConversation`.

``AppId``: 应用的唯一标志
``ConversationCoreInfo``: 会话信息 The conversation and the details to change."""

ModifyConversationResponse = TypedDict("ModifyConversationResponse", {
})
"""本接口无特有的返回参数。
"""

ConversationCoreInfoChange = TypedDict("ConversationCoreInfoChange", {
    "ConversationShortId": Required[int],
    "Name": NotRequired[str],
    "AvatarUrl": NotRequired[str],
    "Description": NotRequired[str],
    "Notice": NotRequired[str],
    "Ext": NotRequired[dict[str, str]],
    "OwnerUserId": NotRequired[int],
})
"""会话信息

The conversation to change and its new details (the page's `ConversationCoreInfo` of this action, a shape apart from `CreateConversation`'s).

``ConversationShortId``: 需要修改的会话 ID
``Name`` (optional): 会话名
``AvatarUrl`` (optional): 会话头像 url
``Description`` (optional): 会话描述
``Notice`` (optional): 会话公告
``Ext`` (optional): 会话的扩展字段。key 的数据类型为 String,value 的数据类型为 String The conversation's extension fields, string keys and string values.
``OwnerUserId`` (optional): 会话拥有人 UserId The conversation's new owner."""

ModifyConversationSettingRequest = TypedDict("ModifyConversationSettingRequest", {
    "AppId": Required[int],
    "ConversationSettingInfo": Required["ConversationSettingInfo"],
})
"""The request body of `ModifyConversationSetting`.

``AppId``: 应用的唯一标志
``ConversationSettingInfo``: 需要修改的会话设置。 The member and the settings to change."""

ModifyConversationSettingResponse = TypedDict("ModifyConversationSettingResponse", {
})
"""本接口无特有的返回参数。`Result` 为空，可忽略。
"""

ConversationSettingInfo = TypedDict("ConversationSettingInfo", {
    "ConversationShortId": Required[int],
    "ParticipantUserId": Required[int],
    "IsMute": NotRequired[bool],
    "IsStickTop": NotRequired[bool],
    "StickTopTime": NotRequired[int],
    "IsSetFavorite": NotRequired[bool],
    "SetFavoriteTime": NotRequired[int],
    "Ext": NotRequired[dict[str, str]],
})
"""会话成员对会话的设置（修改请求）。

A member's settings for a conversation, as sent to ModifyConversationSetting. (The result of GetConversationSetting is a larger shape with the same name in the docs.)

``ConversationShortId``: 需要修改的会话 ID
``ParticipantUserId``: 需要修改的会话成员UserId
``IsMute`` (optional): 是否开启免打扰。 - `true`：开启。 - `false`：不开启 默认值为 `false`。 Whether do-not-disturb is on. Defaults to `false`. Default: ``false``.
``IsStickTop`` (optional): 是否需要修改置顶时间 Whether to change the pin time. This is a "whether to change" flag, not the pinned state: when `true`, the pin time is set to `StickTopTime`.
``StickTopTime`` (optional): 置顶时间戳，单位为毫秒 The pin timestamp, in milliseconds; applied only when `IsStickTop` is `true`. 0 means not pinned (per the GetConversationSetting model).
``IsSetFavorite`` (optional): 是否需要修改收藏时间 Whether to change the favourite time. A "whether to change" flag: when `true`, the favourite time is set to `SetFavoriteTime`.
``SetFavoriteTime`` (optional): 收藏时间戳，单位为毫秒 The favourite timestamp, in milliseconds; applied only when `IsSetFavorite` is `true`.
``Ext`` (optional): 扩展字段 Extension fields; string keys and string values."""

ModifyMessageRequest = TypedDict("ModifyMessageRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "MessageId": Required[int],
    "Ext": NotRequired[dict[str, str]],
    "Content": NotRequired[str],
})
"""The request body of `ModifyMessage`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``MessageId``: 消息 ID
``Ext`` (optional): 消息的扩展字段，key 的数据类型为 String，value 的数据类型为 String。目前更新的规则为相同的 key，value 直接覆盖。未出现的 key，直接追加。  举个例子，消息目前的 ext 为 {"key1":"value1","key2":"value2"}： 1. 传入的为 {"key3":"value3"}，key3 为一个新的 key，因此直接追加，最终 ext 为 {"key1":"value1","key2":"value2","key3":"value3"} 2. 传入的为 {"key1":"update_value"}，key1 目前已经存在了，因此直接覆盖对应的 value，最终 ext 为 {"key1":"update_value","key2":"value2"} 3. 传入的为 {"key1":"update_value","key3":"value3"}，key1 存在覆盖 value，key3 不存在需要追加，最终的 ext 为 {"key1":"update_value","key2":"value2","key3":"value3"} The message's extension fields. They are merged into the existing ones: a key already present has its value overwritten, a new key is appended; keys not sent are kept.
``Content`` (optional): 消息内容。修改时 `Content` 内容需符合客户端格式，详细信息请参看[消息格式](https://www.volcengine.com/docs/6348/372181#server)。 The message content; it must follow the client message format."""

ModifyMessageResponse = TypedDict("ModifyMessageResponse", {
})
"""本接口无特有的返回参数。`Result` 为空，可忽略。
"""

ModifyParticipantReadIndexRequest = TypedDict("ModifyParticipantReadIndexRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ParticipantUserId": Required[int],
    "ReadIndex": Required[int],
})
"""The request body of `ModifyParticipantReadIndex`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``ParticipantUserId``: 修改成员所属 UserId，UserId 必须大于 0。 The member whose read position moves; greater than 0. Limits: at least 1.
``ReadIndex``: 成员已读位置。传入的ReadIndex必须要大于该会话成员目前的ReadIndex。 The member's new read position, greater than the current one."""

ModifyParticipantReadIndexResponse = TypedDict("ModifyParticipantReadIndexResponse", {
})
"""空，此接口可忽略此字段。
"""

QueryLiveParticipantStatusRequest = TypedDict("QueryLiveParticipantStatusRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ParticipantUserIds": Required[list[int]],
})
"""The request body of `QueryLiveParticipantStatus`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``ParticipantUserIds``: 查询群成员 UserId The users to look up; only the first 200 are answered. Limits: the server reads the first 200 items."""

QueryLiveParticipantStatusResponse = TypedDict("QueryLiveParticipantStatusResponse", {
    "Status": Required[list["LiveParticipantStatus"]],
})
"""`Result` 的结构。

``Status``: 成员在直播群的状态 One item per user asked (the first 200), in the order asked."""

LiveParticipantStatus = TypedDict("LiveParticipantStatus", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "ParticipantUserId": Required[int],
    "IsInConversation": Required[bool],
    "CreateTime": Required[int],
})
"""成员在直播群的状态

Whether a user is in a live group, and since when.

``AppId``: 应用的唯一标志
``ConversationShortId``: 该成员所属会话 ID
``ParticipantUserId``: 该成员 UserId
``IsInConversation``: 是否在群中
``CreateTime``: 加群时间,单位为秒 When the user joined, in seconds (0 for a user not in the group)."""

QueryOnlineStatusRequest = TypedDict("QueryOnlineStatusRequest", {
    "AppId": Required[int],
    "UserIds": Required[list[int]],
})
"""The request body of `QueryOnlineStatus`.

``AppId``: 应用的唯一标志
``UserIds``: 查询用户的 UserId。一次最多查询 100 个成员。 The users to look up; at most 100 per call. Limits: 1 to 100 items."""

QueryOnlineStatusResponse = TypedDict("QueryOnlineStatusResponse", {
    "AppId": Required[int],
    "QueryOnlineResults": Required[dict[str, list["OnlineConnection"]]],
})
"""`Result` 的结构。

``AppId``: 应用的唯一标志
``QueryOnlineResults``: 用户在线状态 Each online user's connections, keyed by the user's UserId as a string; a user that is offline has no entry."""

OnlineConnection = TypedDict("OnlineConnection", {
    "ConnId": Required[str],
    "UserId": Required[int],
    "DeviceId": Required[int],
    "ClientVersion": Required[int],
    "Platform": Required[str],
})
"""用户在线状态

One connection of an online user.

``ConnId``: The connection's id (no description in the SDK).
``UserId``: The user's UserId (no description in the SDK).
``DeviceId``: The device's id (no description in the SDK).
``ClientVersion``: The client's version (no description in the SDK).
``Platform``: The client's platform (no description in the SDK)."""

RecallMessageRequest = TypedDict("RecallMessageRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "MessageId": Required[int],
    "ParticipantUserId": Required[int],
    "RecallRole": NotRequired["ParticipantRole"],
})
"""The request body of `RecallMessage`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``MessageId``: 消息 ID
``ParticipantUserId``: 撤回消息的会话成员 ID The member who recalls the message.
``RecallRole`` (optional): 撤回消息的会话成员角色。 - 0：普通会话成员。 - 1：群主。 - 2：管理员。 The role the member recalls the message in: 0 an ordinary member, 1 the owner, 2 a manager."""

RecallMessageResponse = TypedDict("RecallMessageResponse", {
})
"""空，此接口可忽略此字段。
"""

RegisterUsersRequest = TypedDict("RegisterUsersRequest", {
    "AppId": Required[int],
    "Users": Required[list["RegisterUserInfo"]],
})
"""The request body of `RegisterUsers`.

``AppId``: 应用的唯一标志
``Users``: 注册用户的信息。一次最多注册 20 个用户。 The users to register; at most 20 per call. Limits: 1 to 20 items."""

RegisterUsersResponse = TypedDict("RegisterUsersResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""`Result` 的结构。

``FailedInfos`` (optional): 注册失败的用户信息 The users that could not be registered, each with its error code; empty when all were."""

RegisterUserInfo = TypedDict("RegisterUserInfo", {
    "UserId": Required[int],
    "NickName": NotRequired[str],
    "Portrait": NotRequired[str],
    "Ext": NotRequired[dict[str, str]],
    "Tags": NotRequired[list[str]],
})
"""注册用户的信息。

One user to register.

``UserId``: 注册用户的 UserId
``NickName`` (optional): 长度不能超过100字节 The user's nickname, at most 100 bytes. Limits: at most 100 UTF-8 bytes.
``Portrait`` (optional): 长度不能超过500字节 The user's portrait (avatar) URL, at most 500 bytes. Limits: at most 500 UTF-8 bytes.
``Ext`` (optional): 1. 字段个数不能超过20个； 2. key不能以"s:"开头（im的保留key），长度不能超过50字节 3. value长度不能超过500字节 The user's extension fields: at most 20; a key may not start with `s:` (keys IM reserves) and is at most 50 bytes; a value is at most 500 bytes.
``Tags`` (optional): 用于全员广播 The user's tags, which select the users of a tag broadcast."""

RemoveBlackListRequest = TypedDict("RemoveBlackListRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "BlackListUserIds": Required[list[int]],
    "InboxType": NotRequired[int],
})
"""The request body of `RemoveBlackList`.

``AppId``: 应用的唯一标志
``UserId``: 用户 ID
``BlackListUserIds``: 需要移出黑名单的用户的 ID，一次最多移出 10 个用户 The users to remove; at most 10 per call. Limits: 1 to 10 items.
``InboxType`` (optional): 信箱，用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``."""

RemoveBlackListResponse = TypedDict("RemoveBlackListResponse", {
})
"""空。此接口无需关注
"""

ScanConversationParticipantListRequest = TypedDict("ScanConversationParticipantListRequest", {
    "AppId": Required[int],
    "ConversationShortId": Required[int],
    "Cursor": Required[int],
    "Limit": Required[int],
    "Reverse": NotRequired[bool],
    "OnlyUserIds": NotRequired[bool],
    "ScanOnlineParticipant": NotRequired[bool],
    "MarkType": NotRequired[str],
})
"""The request body of `ScanConversationParticipantList`.

``AppId``: 应用的唯一标志
``ConversationShortId``: 会话 ID
``Cursor``: 查询起始位置 Where the batch starts; the previous batch's `NextCursor`.
``Limit``: 查询人数 How many members per batch: at most 50 with `OnlyUserIds`, otherwise at most 20. Limits: between 1 and 50.
``Reverse`` (optional): 按照进群的时间正序或逆序查询。 - false：正序。 - true：逆序。 Order by the time members joined: false oldest first, true newest first. Default: ``false``.
``OnlyUserIds`` (optional): 是否只查询群成员 `UserId`。 - true：是。 - false：否。 Whether only the members' UserIds are asked for. Default: ``false``.
``ScanOnlineParticipant`` (optional): 直播群专用字段。是否需要获得直播群在线成员列表。 - true：是：拉取直播群在线成员列表（包含群主和管理员，只要在线就会返回，非直播群不会返回任何数据）。 - false：否：拉取成员列表（非直播群），拉取群主管理员（直播群）。 当此字段设置 true 时，`Reverse` 和 `OnlyUserIds` 字段均会失效，该接口按成员进入直播群时间逆序返回在线成员列表。 Live groups only. true: the live group's online members (owner and managers included when online; other groups return nothing), newest first, with `Reverse` and `OnlyUserIds` ignored. false: the members (other groups), or the owner and managers (live groups). Default: ``false``.
``MarkType`` (optional): 标记类型。仅支持查询具有该标记的在线成员。 A mark; only online members with this mark are returned."""

ScanConversationParticipantListResponse = TypedDict("ScanConversationParticipantListResponse", {
    "Participants": Required[list["Participant"]],
    "HasMore": Required[bool],
    "NextCursor": Required[int],
})
"""`Result` 的结构。

``Participants``: 群成员详细信息 The batch's members.
``HasMore``: 是否还有下一页 Whether more batches follow.
``NextCursor``: 下一页起始位置。为负时表示后续没有成员数据 Where the next batch starts; negative when no members follow."""

SendMessageRequest = TypedDict("SendMessageRequest", {
    "AppId": Required[int],
    "Sender": Required[int],
    "ConversationShortId": Required[int],
    "MsgType": Required[int],
    "Content": Required[str],
    "MentionedUsers": NotRequired[list[int]],
    "VisibleUsers": NotRequired[list[int]],
    "InvisibleUsers": NotRequired[list[int]],
    "Ext": NotRequired[dict[str, str]],
    "ClientMsgId": NotRequired[str],
    "CreateTime": NotRequired[int],
    "Priority": NotRequired["MessagePriority"],
    "RefMsgInfo": NotRequired["RefMsgInfo"],
})
"""The request body of `SendMessage`.

``AppId``: 应用的唯一标志
``Sender``: 消息发送人 UserId The sender's UserId.
``ConversationShortId``: 会话 ID
``MsgType``: 消息类型 The message type, as the client message format numbers it (10001 text).
``Content``: 消息内容。当你给客户端发消息时，Content 内容需符合客户端格式，详细信息请参看[消息格式](https://www.volcengine.com/docs/6348/372181#server)。 The content; for clients to read it, it follows the client message format.
``MentionedUsers`` (optional): 会话中@的人 The members the message mentions.
``VisibleUsers`` (optional): 消息可见会话成员列表 The members who see the message.
``InvisibleUsers`` (optional): 消息不可见会话成员列表。VisibleUsers 和 InvisibleUsers均为空时，代表对所有人可见。 The members who do not see the message; with neither list, every member sees it.
``Ext`` (optional): 消息的扩展字段 The message's extension fields.
``ClientMsgId`` (optional): 幂等id，如果创建时指定了此字段，并且数据库中存在此 id 对应的消息，不会重复发送。如果不指定，会随机生成一个。 An idempotency id: a message already sent with it is not sent again. A random one is made when absent.
``CreateTime`` (optional): 消息对应时间戳，单位为毫秒。 The message's time, in milliseconds.
``Priority`` (optional): 消息优先级。 0：低优先级。 1:普通优先级。 2:高优先级。 该字段仅对直播群有效。为避免直播群中消息频率太多导致服务端压力过大，你可以设置消息的优先级。当前直播群下，普通优先级和低优先级消息共用频控阈值为 30 条/秒，超过部分会被服务端直接丢弃。高优消息频控阈值为 10 条/秒，超过部分服务端无法保证不丢失。 The message's priority, which counts in live groups only: low and normal priority messages share 30 messages a second there, and the excess is discarded; high priority messages have 10 a second, and the excess may be lost.
``RefMsgInfo`` (optional): 引用消息 The message this one quotes."""

SendMessageResponse = TypedDict("SendMessageResponse", {
    "MessageId": Required[int],
})
"""`Result` 的结构。

``MessageId``: 消息Id The new message's id."""

MessagePriority = int
"""消息优先级，仅对直播群有效。

A message's priority, which counts in live groups only.

Open: a value the spec does not list may still arrive in a response."""


class MessagePriorityValues:
    """The documented values of ``MessagePriority``."""

    LOW: Final = 0
    """低优先级"""
    NORMAL: Final = 1
    """普通优先级"""
    HIGH: Final = 2
    """高优先级"""


UnRegisterUsersRequest = TypedDict("UnRegisterUsersRequest", {
    "AppId": Required[int],
    "UserIds": Required[list[int]],
})
"""The request body of `UnRegisterUsers`.

``AppId``: 应用的唯一标志
``UserIds``: 注销用户 UserId。一次最多注销 10 个用户。 The users to unregister; at most 10 per call. Limits: 1 to 10 items."""

UnRegisterUsersResponse = TypedDict("UnRegisterUsersResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""`Result` 的结构。

``FailedInfos`` (optional): 注销失败的用户信息 The users that could not be unregistered, each with its error code."""

UpdateBlackListRequest = TypedDict("UpdateBlackListRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "InboxType": NotRequired[int],
    "BlackListInfos": Required[list["BlackListUserUpdate"]],
})
"""The request body of `UpdateBlackList`.

``AppId``: 应用的唯一标志
``UserId``: 用户 ID
``InboxType`` (optional): 信箱,用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``.
``BlackListInfos``: 黑名单用户 ID 及需要更新的扩展字段。一次最多更新 10 个黑名单用户的扩展字段。 The blocked users and their new extension fields; at most 10 per call. Limits: 1 to 10 items."""

UpdateBlackListResponse = TypedDict("UpdateBlackListResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""其中 Result 的结构如下

``FailedInfos`` (optional): 更新失败的黑名单用户信息 The users that could not be updated, each with its error code."""

BlackListUserUpdate = TypedDict("BlackListUserUpdate", {
    "BlackListUserId": Required[int],
    "BlackListUserExt": Required[dict[str, str]],
})
"""黑名单用户 ID 及需要更新的扩展字段

A blocked user's new extension fields. The page names this table `BlackListUserInfo`, like AddBlackList's, but here the extension fields are required.

``BlackListUserId``: 黑名单用户 ID
``BlackListUserExt``: 黑名单用户的扩展字段,支持新增 key 和更新已有 key。更新已有 key 时,新 value 会覆盖旧 value。参看示例 Fields merged into the blocked user's: a new key is added, an existing key gets the new value, keys not given are kept."""

UpdateFriendRequest = TypedDict("UpdateFriendRequest", {
    "AppId": Required[int],
    "UserId": Required[int],
    "InboxType": NotRequired[int],
    "FriendInfos": Required[list["FriendInfo"]],
})
"""The request body of `UpdateFriend`.

``AppId``: 应用的唯一标志
``UserId``: 用户 UserId
``InboxType`` (optional): 信箱,用做逻辑隔离。默认值为 0 The inbox, a logical partition of the app's relations; 0 by default. Default: ``0``.
``FriendInfos``: 好友信息 The friends to update; at most 10 per call. Limits: 1 to 10 items."""

UpdateFriendResponse = TypedDict("UpdateFriendResponse", {
    "FailedInfos": NotRequired[list["FailedInfo"]],
})
"""其中 Result 的结构如下

``FailedInfos`` (optional): 更新失败的好友信息 The friends that could not be updated, each with its error code."""

FriendInfo = TypedDict("FriendInfo", {
    "FriendUserId": Required[int],
    "Ext": NotRequired[dict[str, str]],
    "Alias": NotRequired[str],
})
"""好友信息

One friend's update. At least one of `Ext` and `Alias` must be present.

``FriendUserId``: 好友 UserId
``Ext`` (optional): 好友扩展字段。Ext 与 Alias 为非必填字段,但是至少需要填一个,否则服务端会报错。 The friendship's extension fields. `Ext` and `Alias` are each optional, but at least one of them must be given, otherwise the server returns an error.
``Alias`` (optional): 好友备注 The alias the user gives the friend."""

UserBroadcastRequest = TypedDict("UserBroadcastRequest", {
    "AppId": Required[int],
    "Sender": Required[int],
    "MsgType": Required[int],
    "Content": Required[str],
    "MsgTTL": Required[int],
    "Ext": NotRequired[dict[str, str]],
    "InboxType": NotRequired[int],
    "TagOp": NotRequired["TagMatch"],
    "Tags": NotRequired[list[str]],
})
"""The request body of `UserBroadcast`.

``AppId``: 应用的唯一标志
``Sender``: 发送方 The sender's UserId.
``MsgType``: 消息类型。 The message type, as the client message format numbers it (10001 text).
``Content``: 消息内容。关于消息类型和消息内容，参看 消息相关 [https://www.volcengine.com/docs/6348/372181] The content, in the client message format.
``MsgTTL``: 消息过期时间，单位为秒，范围为[1,604800] How long the message lives, in seconds, from 1 to 604,800 (seven days). Limits: between 1 and 604800.
``Ext`` (optional): 消息的扩展字段。key 的类型为 String，value 的类型为 String。 The message's extension fields.
``InboxType`` (optional): 信箱，用做逻辑隔离。默认值为 0。 The inbox, a logical partition of the app's users. Default: ``0``.
``TagOp`` (optional): 筛选用户时，Tag 匹配关系。 0：或 1：且 默认值为 0。 How `Tags` select users (0 a user with any of them, 1 a user with all of them). Default: ``0``.
``Tags`` (optional): 筛选标签。不填表示全员广播。 The tags that select the receivers; without them, every user receives the message."""

UserBroadcastResponse = TypedDict("UserBroadcastResponse", {
})
"""空，此接口可忽略此字段。
"""

TagMatch = int
"""筛选用户时，Tag 匹配关系。

How UserBroadcast's `Tags` select users.

Open: a value the spec does not list may still arrive in a response."""


class TagMatchValues:
    """The documented values of ``TagMatch``."""

    OR: Final = 0
    """或"""
    AND: Final = 1
    """且"""


AddBlackListBody = TypedDict("AddBlackListBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["AddBlackListResponse"],
})
"""The whole response body of AddBlackList: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

AddFriendBody = TypedDict("AddFriendBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["AddFriendResponse"],
})
"""The whole response body of AddFriend: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchAddBlockParticipantsBody = TypedDict("BatchAddBlockParticipantsBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchAddBlockParticipantsResponse"],
})
"""The whole response body of BatchAddBlockParticipants: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchAddConversationParticipantBody = TypedDict("BatchAddConversationParticipantBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchAddConversationParticipantResponse"],
})
"""The whole response body of BatchAddConversationParticipant: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchAddManagerBody = TypedDict("BatchAddManagerBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchAddManagerResponse"],
})
"""The whole response body of BatchAddManager: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchAddWhitelistParticipantBody = TypedDict("BatchAddWhitelistParticipantBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchAddWhitelistParticipantResponse"],
})
"""The whole response body of BatchAddWhitelistParticipant: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchDeleteBlockParticipantsBody = TypedDict("BatchDeleteBlockParticipantsBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchDeleteBlockParticipantsResponse"],
})
"""The whole response body of BatchDeleteBlockParticipants: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchDeleteConversationParticipantBody = TypedDict("BatchDeleteConversationParticipantBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchDeleteConversationParticipantResponse"],
})
"""The whole response body of BatchDeleteConversationParticipant: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchGetBlockParticipantsBody = TypedDict("BatchGetBlockParticipantsBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchGetBlockParticipantsResponse"],
})
"""The whole response body of BatchGetBlockParticipants: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchGetConversationParticipantBody = TypedDict("BatchGetConversationParticipantBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchGetConversationParticipantResponse"],
})
"""The whole response body of BatchGetConversationParticipant: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchGetConversationsBody = TypedDict("BatchGetConversationsBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchGetConversationsResponse"],
})
"""The whole response body of BatchGetConversations: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchGetUserBody = TypedDict("BatchGetUserBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchGetUserResponse"],
})
"""The whole response body of BatchGetUser: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchGetWhitelistParticipantBody = TypedDict("BatchGetWhitelistParticipantBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchGetWhitelistParticipantResponse"],
})
"""The whole response body of BatchGetWhitelistParticipant: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchModifyConversationParticipantBody = TypedDict("BatchModifyConversationParticipantBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchModifyConversationParticipantResponse"],
})
"""The whole response body of BatchModifyConversationParticipant: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchRemoveManagerBody = TypedDict("BatchRemoveManagerBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchRemoveManagerResponse"],
})
"""The whole response body of BatchRemoveManager: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchRemoveWhitelistParticipantBody = TypedDict("BatchRemoveWhitelistParticipantBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchRemoveWhitelistParticipantResponse"],
})
"""The whole response body of BatchRemoveWhitelistParticipant: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchSendMessageBody = TypedDict("BatchSendMessageBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchSendMessageResponse"],
})
"""The whole response body of BatchSendMessage: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchUpdateLiveParticipantsBody = TypedDict("BatchUpdateLiveParticipantsBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchUpdateLiveParticipantsResponse"],
})
"""The whole response body of BatchUpdateLiveParticipants: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchUpdateUserBody = TypedDict("BatchUpdateUserBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchUpdateUserResponse"],
})
"""The whole response body of BatchUpdateUser: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

BatchUpdateUserTagsBody = TypedDict("BatchUpdateUserTagsBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["BatchUpdateUserTagsResponse"],
})
"""The whole response body of BatchUpdateUserTags: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

CreateConversationBody = TypedDict("CreateConversationBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["CreateConversationResponse"],
})
"""The whole response body of CreateConversation: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

DeleteConversationMessageBody = TypedDict("DeleteConversationMessageBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["DeleteConversationMessageResponse"],
})
"""The whole response body of DeleteConversationMessage: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

DeleteFriendBody = TypedDict("DeleteFriendBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["DeleteFriendResponse"],
})
"""The whole response body of DeleteFriend: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

DeleteMessageBody = TypedDict("DeleteMessageBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["DeleteMessageResponse"],
})
"""The whole response body of DeleteMessage: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

DestroyConversationBody = TypedDict("DestroyConversationBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["DestroyConversationResponse"],
})
"""The whole response body of DestroyConversation: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetAppTokenBody = TypedDict("GetAppTokenBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetAppTokenResponse"],
})
"""The whole response body of GetAppToken: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetBlackListBody = TypedDict("GetBlackListBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetBlackListResponse"],
})
"""The whole response body of GetBlackList: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetConversationMarksBody = TypedDict("GetConversationMarksBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetConversationMarksResponse"],
})
"""The whole response body of GetConversationMarks: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetConversationMessagesBody = TypedDict("GetConversationMessagesBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetConversationMessagesResponse"],
})
"""The whole response body of GetConversationMessages: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetConversationSettingBody = TypedDict("GetConversationSettingBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetConversationSettingResponse"],
})
"""The whole response body of GetConversationSetting: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetConversationUserCountBody = TypedDict("GetConversationUserCountBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetConversationUserCountResponse"],
})
"""The whole response body of GetConversationUserCount: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetMessagesBody = TypedDict("GetMessagesBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetMessagesResponse"],
})
"""The whole response body of GetMessages: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetMessagesReadReceiptBody = TypedDict("GetMessagesReadReceiptBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetMessagesReadReceiptResponse"],
})
"""The whole response body of GetMessagesReadReceipt: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetParticipantReadIndexBody = TypedDict("GetParticipantReadIndexBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetParticipantReadIndexResponse"],
})
"""The whole response body of GetParticipantReadIndex: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

GetUserConversationsBody = TypedDict("GetUserConversationsBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["GetUserConversationsResponse"],
})
"""The whole response body of GetUserConversations: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

IsFriendBody = TypedDict("IsFriendBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["IsFriendResponse"],
})
"""The whole response body of IsFriend: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

IsInBlackListBody = TypedDict("IsInBlackListBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["IsInBlackListResponse"],
})
"""The whole response body of IsInBlackList: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

IsUserInConversationBody = TypedDict("IsUserInConversationBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["IsUserInConversationResponse"],
})
"""The whole response body of IsUserInConversation: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

ListFriendBody = TypedDict("ListFriendBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["ListFriendResponse"],
})
"""The whole response body of ListFriend: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

MarkConversationBody = TypedDict("MarkConversationBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["MarkConversationResponse"],
})
"""The whole response body of MarkConversation: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

ModifyConversationBody = TypedDict("ModifyConversationBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["ModifyConversationResponse"],
})
"""The whole response body of ModifyConversation: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

ModifyConversationSettingBody = TypedDict("ModifyConversationSettingBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["ModifyConversationSettingResponse"],
})
"""The whole response body of ModifyConversationSetting: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

ModifyMessageBody = TypedDict("ModifyMessageBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["ModifyMessageResponse"],
})
"""The whole response body of ModifyMessage: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

ModifyParticipantReadIndexBody = TypedDict("ModifyParticipantReadIndexBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["ModifyParticipantReadIndexResponse"],
})
"""The whole response body of ModifyParticipantReadIndex: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

QueryLiveParticipantStatusBody = TypedDict("QueryLiveParticipantStatusBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["QueryLiveParticipantStatusResponse"],
})
"""The whole response body of QueryLiveParticipantStatus: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

QueryOnlineStatusBody = TypedDict("QueryOnlineStatusBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["QueryOnlineStatusResponse"],
})
"""The whole response body of QueryOnlineStatus: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

RecallMessageBody = TypedDict("RecallMessageBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["RecallMessageResponse"],
})
"""The whole response body of RecallMessage: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

RegisterUsersBody = TypedDict("RegisterUsersBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["RegisterUsersResponse"],
})
"""The whole response body of RegisterUsers: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

RemoveBlackListBody = TypedDict("RemoveBlackListBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["RemoveBlackListResponse"],
})
"""The whole response body of RemoveBlackList: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

ScanConversationParticipantListBody = TypedDict("ScanConversationParticipantListBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["ScanConversationParticipantListResponse"],
})
"""The whole response body of ScanConversationParticipantList: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

SendMessageBody = TypedDict("SendMessageBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["SendMessageResponse"],
})
"""The whole response body of SendMessage: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

UnRegisterUsersBody = TypedDict("UnRegisterUsersBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["UnRegisterUsersResponse"],
})
"""The whole response body of UnRegisterUsers: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

UpdateBlackListBody = TypedDict("UpdateBlackListBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["UpdateBlackListResponse"],
})
"""The whole response body of UpdateBlackList: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

UpdateFriendBody = TypedDict("UpdateFriendBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["UpdateFriendResponse"],
})
"""The whole response body of UpdateFriend: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

UserBroadcastBody = TypedDict("UserBroadcastBody", {
    "ResponseMetadata": Required["ResponseMetadata"],
    "Result": NotRequired["UserBroadcastResponse"],
})
"""The whole response body of UserBroadcast: BaseResponse：`ResponseMetadata` 与 `Result`。HTTP 状态码不为 200 时请求失败；状态码为 200 时，`ResponseMetadata.Error` 不存在或为空才表示成功。`Result` 仅在请求成功时返回。"""

