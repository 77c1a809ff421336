# Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the python template set (types.py.j2) (@generated). DO NOT EDIT.
"""The types of Tencent Cloud Chat (IM) server REST API, with the wire names as keys.

Tencent Cloud Chat (Instant Messaging) server-side RESTful API. Every request is an HTTPS POST
to `https://{domain}/v4/{servicename}/{command}?sdkappid={SDKAppID}&identifier={admin}&usersig={UserSig}&random={u32}&contenttype=json`
with a UTF-8 JSON body (`{}` when an API takes no parameters). `identifier` must be an App
admin account and `usersig` that admin's UserSig (TLSSigAPIv2); `random` is a random 32-bit
unsigned integer (0 to 4294967295); `contenttype` is always `json`. Query parameter names and
values are case-sensitive.
"""

from __future__ import annotations

from typing import Final, Literal, NotRequired, Required, TypedDict, Union

ActionStatus = str
"""The result of the request.

Open: a value the spec does not list may still arrive in a response."""


class ActionStatusValues:
    """The documented values of ``ActionStatus``."""

    OK: Final = "OK"
    """The request succeeded."""
    FAIL: Final = "FAIL"
    """The request failed; see ErrorCode and ErrorInfo."""


TimMsgElement_Text = TypedDict("TimMsgElement_Text", {
    "MsgType": Required[Literal["TIMTextElem"]],
    "MsgContent": Required["TimTextElem"],
})
"""A text message."""

TimMsgElement_Location = TypedDict("TimMsgElement_Location", {
    "MsgType": Required[Literal["TIMLocationElem"]],
    "MsgContent": Required["TimLocationElem"],
})
"""A geographic location."""

TimMsgElement_Face = TypedDict("TimMsgElement_Face", {
    "MsgType": Required[Literal["TIMFaceElem"]],
    "MsgContent": Required["TimFaceElem"],
})
"""An emoji."""

TimMsgElement_Custom = TypedDict("TimMsgElement_Custom", {
    "MsgType": Required[Literal["TIMCustomElem"]],
    "MsgContent": Required["TimCustomElem"],
})
"""A custom message. A combined message can contain only one custom element, and any number of other elements."""

TimMsgElement_Sound = TypedDict("TimMsgElement_Sound", {
    "MsgType": Required[Literal["TIMSoundElem"]],
    "MsgContent": Required["TimSoundElem"],
})
"""A voice message."""

TimMsgElement_Image = TypedDict("TimMsgElement_Image", {
    "MsgType": Required[Literal["TIMImageElem"]],
    "MsgContent": Required["TimImageElem"],
})
"""An image message."""

TimMsgElement_File = TypedDict("TimMsgElement_File", {
    "MsgType": Required[Literal["TIMFileElem"]],
    "MsgContent": Required["TimFileElem"],
})
"""A file message."""

TimMsgElement_VideoFile = TypedDict("TimMsgElement_VideoFile", {
    "MsgType": Required[Literal["TIMVideoFileElem"]],
    "MsgContent": Required["TimVideoFileElem"],
})
"""A video message."""

TimMsgElement = Union["TimMsgElement_Text", "TimMsgElement_Location", "TimMsgElement_Face", "TimMsgElement_Custom", "TimMsgElement_Sound", "TimMsgElement_Image", "TimMsgElement_File", "TimMsgElement_VideoFile"]
"""One element of a message (the document's TIMMsgElement). A message's `MsgBody` is a list of elements, so one message can hold text and emojis together; `MsgType` names the element's kind and `MsgContent` holds its fields."""

TimTextElem = TypedDict("TimTextElem", {
    "Text": Required[str],
})
"""The content of a text element (TIMTextElem).

``Text``: Content of the message. When the receiver is an iOS or Android device and the app is working in the background, messages of this type are displayed as offline push text."""

TimLocationElem = TypedDict("TimLocationElem", {
    "Desc": Required[str],
    "Latitude": Required[float],
    "Longitude": Required[float],
})
"""The content of a location element (TIMLocationElem). The offline push text is "[Location]" in the English version.

``Desc``: Description of the location.
``Latitude``: Latitude.
``Longitude``: Longitude."""

TimFaceElem = TypedDict("TimFaceElem", {
    "Index": Required[int],
    "Data": Required[str],
})
"""The content of an emoji element (TIMFaceElem). The offline push text is "[Face]" in the English version.

``Index``: Emoji index customized by users.
``Data``: Additional data."""

TimCustomElem = TypedDict("TimCustomElem", {
    "Data": Required[str],
    "Desc": NotRequired[str],
    "Ext": NotRequired[str],
    "Sound": NotRequired[str],
})
"""The content of a custom element (TIMCustomElem). When a message holds only one custom element and neither its `Desc` nor `OfflinePushInfo.Desc` is given, the message gets no offline push.

``Data``: Custom message data. This field is not delivered as a payload field by APNs, and therefore the data field cannot be obtained in payload.
``Desc`` (optional): Custom message description. When the receiver is an iOS or Android device and the app is working in the background, it is shown as the offline push text. `OfflinePushInfo.Desc` overrides it.
``Ext`` (optional): Extended field, delivered as the `Ext` key of the APNs payload when the receiver's app is in the background. Its format is defined by the business end; APNs passes it through.
``Sound`` (optional): Custom APNs push ringtone."""

TimSoundElem = TypedDict("TimSoundElem", {
    "Url": NotRequired[str],
    "UUID": Required[str],
    "Size": NotRequired[int],
    "Second": NotRequired[int],
    "Download_Flag": NotRequired[int],
})
"""The content of a voice element (TIMSoundElem). To send one through the REST API, give `Url`, `UUID` and `Download_Flag`; the voice must be downloadable from `Url`, and `UUID` globally unique (usually the MD5 of the voice file).

``Url`` (required in a request; an answer may leave it out): Voice download URL, through which the voice content can be downloaded directly.
``UUID``: Unique identifier of the voice, the key the client indexes the voice by.
``Size`` (optional): Voice data size, in bytes.
``Second`` (optional): Voice duration, in seconds.
``Download_Flag`` (required in a request; an answer may leave it out): Flag of the voice download method. It must be 2: the voice can be downloaded from `Url`. Limits: between 2 and 2."""

TimImageElem = TypedDict("TimImageElem", {
    "UUID": Required[str],
    "ImageFormat": NotRequired["ImageFormat"],
    "ImageInfoArray": Required[list["ImageInfo"]],
})
"""The content of an image element (TIMImageElem). To send one through the REST API, give each size's `URL`, `Width` and `Height` and a globally unique `UUID` (usually the MD5 of the image).

``UUID``: Unique identifier of the image, the key the client indexes the image by.
``ImageFormat`` (optional): Image format. JPG = 1, GIF = 2, PNG = 3, BMP = 4, Others = 255.
``ImageInfoArray``: Download information of the original image, thumbnail, or large image."""

ImageFormat = int
"""An image's format.

Open: a value the spec does not list may still arrive in a response."""


class ImageFormatValues:
    """The documented values of ``ImageFormat``."""

    JPG: Final = 1
    """JPG."""
    GIF: Final = 2
    """GIF."""
    PNG: Final = 3
    """PNG."""
    BMP: Final = 4
    """BMP."""
    OTHER: Final = 255
    """Other formats."""


ImageInfo = TypedDict("ImageInfo", {
    "Type": Required["ImageType"],
    "Size": Required[int],
    "Width": Required[int],
    "Height": Required[int],
    "URL": Required[str],
})
"""One size of an image (an item of `ImageInfoArray`).

``Type``: Image type. 1: original image, 2: large image, 3: thumbnail.
``Size``: Size of image data in bytes.
``Width``: Image width in pixels.
``Height``: Image height in pixels.
``URL``: Download URL of the image."""

ImageType = int
"""Which size of an image an `ImageInfo` describes.

Open: a value the spec does not list may still arrive in a response."""


class ImageTypeValues:
    """The documented values of ``ImageType``."""

    ORIGINAL: Final = 1
    """The original image."""
    LARGE: Final = 2
    """The large image."""
    THUMBNAIL: Final = 3
    """The thumbnail."""


TimFileElem = TypedDict("TimFileElem", {
    "Url": NotRequired[str],
    "UUID": Required[str],
    "FileSize": NotRequired[int],
    "FileName": NotRequired[str],
    "Download_Flag": NotRequired[int],
})
"""The content of a file element (TIMFileElem). To send one through the REST API, give `Url`, `UUID` and `Download_Flag`; the file must be downloadable from `Url`, and `UUID` globally unique (usually the MD5 of the file).

``Url`` (required in a request; an answer may leave it out): Download URL of the file, through which the file can be downloaded directly.
``UUID``: Unique identifier of the file, the key the client indexes the file by.
``FileSize`` (optional): Size of file data in bytes.
``FileName`` (optional): File name.
``Download_Flag`` (required in a request; an answer may leave it out): Flag of the file download method. It must be 2: the file can be downloaded from `Url`. Limits: between 2 and 2."""

TimVideoFileElem = TypedDict("TimVideoFileElem", {
    "VideoUrl": NotRequired[str],
    "VideoUUID": Required[str],
    "VideoSize": NotRequired[int],
    "VideoSecond": NotRequired[int],
    "VideoFormat": NotRequired[str],
    "VideoDownloadFlag": NotRequired[int],
    "ThumbUrl": NotRequired[str],
    "ThumbUUID": Required[str],
    "ThumbSize": NotRequired[int],
    "ThumbWidth": Required[int],
    "ThumbHeight": Required[int],
    "ThumbFormat": NotRequired[str],
    "ThumbDownloadFlag": NotRequired[int],
})
"""The content of a video element (TIMVideoFileElem). To send one through the REST API, give `VideoUrl`, `VideoUUID`, `ThumbUrl`, `ThumbUUID`, `ThumbWidth`, `ThumbHeight`, `VideoDownloadFlag` and `ThumbDownloadFlag`; the video and its thumbnail must be downloadable from their URLs, and the UUIDs globally unique (usually MD5 values).

``VideoUrl`` (required in a request; an answer may leave it out): Download URL of the video, through which the video can be downloaded directly.
``VideoUUID``: Unique identifier of the video, the key the client indexes the video by.
``VideoSize`` (optional): Size of video data, in bytes.
``VideoSecond`` (optional): Video duration, in seconds. For web clients, this field cannot be obtained and the value `0` is used.
``VideoFormat`` (optional): Video format, for example, MP4.
``VideoDownloadFlag`` (required in a request; an answer may leave it out): Flag of the video download method. It must be 2: the video can be downloaded from `VideoUrl`. Limits: between 2 and 2.
``ThumbUrl`` (required in a request; an answer may leave it out): Download URL of the video thumbnail.
``ThumbUUID``: Unique identifier of the video thumbnail, the key the client indexes it by.
``ThumbSize`` (optional): Size of thumbnail data, in bytes.
``ThumbWidth``: Thumbnail width in pixels.
``ThumbHeight``: Thumbnail height in pixels.
``ThumbFormat`` (optional): Video thumbnail format, such as JPG or BMP.
``ThumbDownloadFlag`` (required in a request; an answer may leave it out): Flag of the video thumbnail download method. It must be 2: the thumbnail can be downloaded from `ThumbUrl`. Limits: between 2 and 2."""

AppMemberDefinedData = TypedDict("AppMemberDefinedData", {
    "Key": Required[str],
    "Value": Required[str],
})
"""One custom group member field.

A `{Key, Value}` custom member field: member profiles (`GetGroupMemberInfo`) answer them and `ModifyGroupMemberInfo` sets them, so the type has a file of its own.

``Key``: The field's key.
``Value``: The field's value."""

ApplyJoinOption = str
"""申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群）

How a group handles requests to join it. Creating, describing, modifying and importing a group all use it, so it has a file of its own.

Open: a value the spec does not list may still arrive in a response."""


class ApplyJoinOptionValues:
    """The documented values of ``ApplyJoinOption``."""

    FREE_ACCESS: Final = "FreeAccess"
    """Anyone may join freely."""
    NEED_PERMISSION: Final = "NeedPermission"
    """A request to join needs approval."""
    DISABLE_APPLY: Final = "DisableApply"
    """No one may apply to join."""


GroupDefinedData = TypedDict("GroupDefinedData", {
    "Key": Required[str],
    "Value": Required[str],
})
"""群组维度的自定义字段

One custom group field (an item of `AppDefinedData`), a key and its value. The fields are configured in the console; creating, describing, modifying and importing a group all carry them.

``Key``: 自定义字段的 Key The field's key.
``Value``: 自定义字段的值 The field's value (binary data is allowed)."""

GroupMsgFlag = str
"""How a member receives a group's messages (its message receiving option).

A member's message blocking type in a group. Member profiles (`GetGroupMemberInfo`) answer it and `ModifyGroupMemberInfo` sets it, so it has a file of its own.

Open: a value the spec does not list may still arrive in a response."""


class GroupMsgFlagValues:
    """The documented values of ``GroupMsgFlag``."""

    ACCEPT_AND_NOTIFY: Final = "AcceptAndNotify"
    """Receive and notify."""
    ACCEPT_NOT_NOTIFY: Final = "AcceptNotNotify"
    """Receive without notifying (no APNs push)."""
    DISCARD: Final = "Discard"
    """Block the group's messages (none are pushed to the client)."""


GroupType = str
"""群组形态包括 Public（公开群），Private（即 Work，好友工作群），ChatRoom（即 Meeting，会议群），AVChatRoom（音视频聊天室），BChatRoom（在线成员广播大群）和社群（Community）

A group's type, as the group pages name it. Listing, creating and describing groups all use it, so it has a file of its own.

Open: a value the spec does not list may still arrive in a response."""


class GroupTypeValues:
    """The documented values of ``GroupType``."""

    PUBLIC: Final = "Public"
    """A public group."""
    PRIVATE: Final = "Private"
    """A friends' work group (Work)."""
    CHAT_ROOM: Final = "ChatRoom"
    """A meeting group (Meeting)."""
    AV_CHAT_ROOM: Final = "AVChatRoom"
    """An audio-video chat room."""
    B_CHAT_ROOM: Final = "BChatRoom"
    """A broadcast chat room for online members."""
    COMMUNITY: Final = "Community"
    """A community."""


MuteAllMember = str
"""群内群成员禁言，只有群管理员和群主以及系统管理员可以发言

Whether a group mutes all its members (the owner and admins can still send). Describing and modifying a group both use it, so it has a file of its own.

Open: a value the spec does not list may still arrive in a response."""


class MuteAllMemberValues:
    """The documented values of ``MuteAllMember``."""

    ON: Final = "On"
    """All members but the owner and admins are muted."""
    OFF: Final = "Off"
    """Members may send."""


AccountCheckRequest = TypedDict("AccountCheckRequest", {
    "CheckItem": Required[list["AccountUserId"]],
})
"""The request body of `AccountCheck`.

``CheckItem``: Account object array to check. A single request can contain up to 100 accounts. Limits: 1 to 100 items (else error `70402`)."""

AccountCheckResponse = TypedDict("AccountCheckResponse", {
    "ResultItem": Required[list["AccountCheckResult"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``ResultItem``: Array of results for different accounts"""

AccountUserId = TypedDict("AccountUserId", {
    "UserID": Required[str],
})
"""One account named by its UserID (an item of `CheckItem` or `DeleteItem`).

``UserID``: UserID of the account"""

AccountCheckResult = TypedDict("AccountCheckResult", {
    "UserID": Required[str],
    "ResultCode": Required[int],
    "ResultInfo": Required[str],
    "AccountStatus": Required["AccountStatus"],
})
"""The result for one account checked (an item of `ResultItem`).

``UserID``: UserID of the account checked
``ResultCode``: Result of the check for the account. 0: successful; other values: failed
``ResultInfo``: Error information about the failure to check the account
``AccountStatus``: Whether the account has been imported: `Imported` or `NotImported`"""

AccountStatus = str
"""Whether an account has been imported to Chat.

Open: a value the spec does not list may still arrive in a response."""


class AccountStatusValues:
    """The documented values of ``AccountStatus``."""

    IMPORTED: Final = "Imported"
    """The account has been imported."""
    NOT_IMPORTED: Final = "NotImported"
    """The account has not been imported."""


AccountDeleteRequest = TypedDict("AccountDeleteRequest", {
    "DeleteItem": Required[list["AccountUserId"]],
})
"""The request body of `AccountDelete`.

``DeleteItem``: Account array to delete. A single request can contain up to 100 accounts. Limits: 1 to 100 items (else error `70402`)."""

AccountDeleteResponse = TypedDict("AccountDeleteResponse", {
    "ResultItem": Required[list["AccountDeleteResult"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``ResultItem``: Array of results for different accounts"""

AccountDeleteResult = TypedDict("AccountDeleteResult", {
    "ResultCode": Required[int],
    "ResultInfo": Required[str],
    "UserID": Required[str],
})
"""The result for one account to delete (an item of `ResultItem`).

``ResultCode``: Error code for the account. 0: successful; other values: failed (70107: the account does not exist)
``ResultInfo``: Error information about the failure to delete the account
``UserID``: UserID of the account to delete"""

AccountImportRequest = TypedDict("AccountImportRequest", {
    "UserID": Required[str],
    "Nick": NotRequired[str],
    "FaceUrl": NotRequired[str],
})
"""The request body of `AccountImport`.

``UserID``: Username, which is a string of up to 32 bytes in length Limits: 1 to 32 UTF-8 bytes (else error `70402`).
``Nick`` (optional): User nickname Limits: at most 500 UTF-8 bytes (else error `40601`).
``FaceUrl`` (optional): URL of the user's profile photo Limits: at most 500 UTF-8 bytes (else error `40601`)."""

AccountImportResponse = TypedDict("AccountImportResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

AddGroupMemberRequest = TypedDict("AddGroupMemberRequest", {
    "GroupId": Required[str],
    "Silence": NotRequired[int],
    "MemberList": Required[list["NewGroupMember"]],
})
"""The request body of `AddGroupMember`.

``GroupId``: ID of the group to which members are added.
``Silence`` (optional): Whether to add members silently. `0`: add members and deliver a group system notification to all members; `1`: add members silently, without the notification. Limits: between 0 and 1. Default: ``0``.
``MemberList``: The members to add. A single request supports adding up to 300 members. Limits: 1 to 300 items (else error `10005`)."""

AddGroupMemberResponse = TypedDict("AddGroupMemberResponse", {
    "MemberList": Required[list["AddedGroupMember"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``MemberList``: The result of adding each member."""

NewGroupMember = TypedDict("NewGroupMember", {
    "Member_Account": Required[str],
})
"""A member to add (an item of the request's `MemberList`).

``Member_Account``: The UserID of the member to add."""

AddedGroupMember = TypedDict("AddedGroupMember", {
    "Member_Account": Required[str],
    "Result": Required["AddMemberResult"],
})
"""What became of one member the request named (an item of the response's `MemberList`).

``Member_Account``: The UserID of the member.
``Result``: The result: `0` failed; `1` added; `2` already a member of the group; `3` waiting for the invitee to confirm."""

AddMemberResult = int
"""What became of one member of an add request.

Open: a value the spec does not list may still arrive in a response."""


class AddMemberResultValues:
    """The documented values of ``AddMemberResult``."""

    FAILED: Final = 0
    """The member could not be added."""
    ADDED: Final = 1
    """The member was added."""
    ALREADY_MEMBER: Final = 2
    """The account is already a member of the group."""
    AWAITING_CONFIRMATION: Final = 3
    """The invitee has not confirmed yet."""


AdminGetRoamMsgRequest = TypedDict("AdminGetRoamMsgRequest", {
    "Operator_Account": Required[str],
    "Peer_Account": Required[str],
    "MaxCnt": Required[int],
    "MinTime": Required[int],
    "MaxTime": Required[int],
    "LastMsgKey": NotRequired[str],
})
"""The request body of `AdminGetRoamMsg`.

``Operator_Account``: UserID of the party of the conversation from whose perspective the history is queried.
``Peer_Account``: UserID of the other party of the conversation.
``MaxCnt``: Number of messages requested. Limits: at least 1.
``MinTime``: Minimum of the time range of the messages requested (a Unix timestamp in seconds).
``MaxTime``: Maximum of the time range of the messages requested (a Unix timestamp in seconds).
``LastMsgKey`` (optional): `MsgKey` of the last message pulled by the previous request; required when continuing a pull (with `MaxTime` set to the previous response's `LastMsgTime`)."""

AdminGetRoamMsgResponse = TypedDict("AdminGetRoamMsgResponse", {
    "Complete": Required[int],
    "MsgCnt": Required[int],
    "LastMsgTime": Required[int],
    "LastMsgKey": Required[str],
    "MsgList": Required[list["C2cHistoryMessage"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``Complete``: Whether all the messages of the time range were pulled: `1` when they were; `0` when not, and the pull must continue.
``MsgCnt``: Number of messages returned by this pull.
``LastMsgTime``: Time of the last message of this pull, the `MaxTime` of a continued pull.
``LastMsgKey``: `MsgKey` of the last message of this pull, the `LastMsgKey` of a continued pull.
``MsgList``: The messages returned."""

C2cHistoryMessage = TypedDict("C2cHistoryMessage", {
    "From_Account": Required[str],
    "To_Account": Required[str],
    "MsgSeq": Required[int],
    "MsgRandom": Required[int],
    "MsgTimeStamp": Required[int],
    "MsgFlagBits": Required[int],
    "IsPeerRead": NotRequired[int],
    "MsgKey": Required[str],
    "MsgBody": Required[list["HistoryMsgElement"]],
    "CloudCustomData": NotRequired[str],
})
"""One stored one-to-one message (an item of `MsgList`).

``From_Account``: UserID of the message sender.
``To_Account``: UserID of the message recipient.
``MsgSeq``: The message's sequence number (`MsgSeq`).
``MsgRandom``: The message's random number (`MsgRandom`).
``MsgTimeStamp``: The message's timestamp, in seconds.
``MsgFlagBits``: The message's flags: `0` for a normal message, `8` for a recalled message.
``IsPeerRead`` (optional): `1` when the recipient has sent the message's read receipt, else `0`.
``MsgKey``: The message's unique identifier, used to recall it.
``MsgBody``: The message's content, its elements as stored (see Message Formats).
``CloudCustomData`` (optional): The message's custom data."""

AdminMsgWithdrawRequest = TypedDict("AdminMsgWithdrawRequest", {
    "From_Account": Required[str],
    "To_Account": Required[str],
    "MsgKey": Required[str],
})
"""The request body of `AdminMsgWithdraw`.

``From_Account``: The UserID of the message sender. Limits: at least 1 UTF-8 bytes.
``To_Account``: UserID of the recipient Limits: at least 1 UTF-8 bytes.
``MsgKey``: The unique identifier of the message to be recalled, which can be found in the responses to the v4/openim/sendmsg and v4/openim/batchsendmsg API calls."""

AdminMsgWithdrawResponse = TypedDict("AdminMsgWithdrawResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

AdminSetMsgReadRequest = TypedDict("AdminSetMsgReadRequest", {
    "Report_Account": Required[str],
    "Peer_Account": Required[str],
    "MsgReadTime": NotRequired[str],
})
"""The request body of `AdminSetMsgRead`.

``Report_Account``: UserId of the account for which to mark messages as read
``Peer_Account``: UserId of the other account in the one-to-one conversation
``MsgReadTime`` (optional): Timestamp (in seconds). All messages before the specified timestamp are marked as read. If no value is specified, the current timestamp is used."""

AdminSetMsgReadResponse = TypedDict("AdminSetMsgReadResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

BanGroupMemberRequest = TypedDict("BanGroupMemberRequest", {
    "GroupId": Required[str],
    "Members_Account": Required[list[str]],
    "Duration": Required[int],
    "Description": NotRequired[str],
})
"""The request body of `BanGroupMember`.

``GroupId``: ID of the group whose members are to be banned
``Members_Account``: Account IDs of the members to be banned. Up to 20 account IDs are supported per request. Limits: 1 to 20 items (else error `10005`).
``Duration``: Ban duration, in seconds. It is a 32-bit unsigned integer.
``Description`` (optional): Ban information, which can be up to 1,000 bytes in length Limits: at most 1000 UTF-8 bytes (else error `10004`)."""

BanGroupMemberResponse = TypedDict("BanGroupMemberResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

BatchSendMsgRequest = TypedDict("BatchSendMsgRequest", {
    "SyncOtherMachine": NotRequired[int],
    "From_Account": NotRequired[str],
    "To_Account": Required[list[str]],
    "MsgLifeTime": NotRequired[int],
    "MsgSeq": NotRequired[int],
    "MsgRandom": Required[int],
    "SendMsgControl": NotRequired[list["C2cSendMsgControl"]],
    "MsgBody": Required[list["TimMsgElement"]],
    "CloudCustomData": NotRequired[str],
    "SupportMessageExtension": NotRequired[int],
    "OfflinePushInfo": NotRequired["OfflinePushInfo"],
})
"""The request body of `BatchSendMsg`.

``SyncOtherMachine`` (optional): `1`: synchronize the message to `From_Account`'s online terminals and roaming; `2`: do not synchronize the message to `From_Account`. When it is left out, the message is stored in `From_Account`'s roaming. Limits: between 1 and 2.
``From_Account`` (optional): The account the admin sends as (when given, it must not be empty). When it is left out, the sender is the app admin calling the API. Limits: at least 1 UTF-8 bytes.
``To_Account``: UserIDs of the message recipients, up to 500. Limits: 1 to 500 items (else error `90011`).
``MsgLifeTime`` (optional): Offline storage period of the message, in seconds; at most 7 days (604800 seconds). `0`: the message is sent to online users only, and not stored offline or for roaming. Limits: between 0 and 604800 (else error `90026`).
``MsgSeq`` (optional): Sequence number of the message (a 32-bit unsigned integer), used to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
``MsgRandom``: Random number of the message (a 32-bit unsigned integer).
``SendMsgControl`` (optional): Message sending control options, valid only for this request. `NoUnread`: the message is not counted as unread; `NoLastMsg`: the message does not update the conversation list; `WithMuteNotifications`: the recipients' do-not-disturb settings for the sender apply.
``MsgBody``: Message body, an array of message elements. For more information, see Message Formats. Limits: at least 1 items.
``CloudCustomData`` (optional): Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
``SupportMessageExtension`` (optional): Whether the message supports message extensions (0 no, 1 yes). Limits: between 0 and 1.
``OfflinePushInfo`` (optional): Offline push information. For more information, see Message Formats."""

BatchSendMsgResponse = TypedDict("BatchSendMsgResponse", {
    "MsgTime": NotRequired[int],
    "MsgKey": NotRequired[str],
    "ErrorList": NotRequired[list["BatchSendError"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``MsgTime`` (optional): Message timestamp, a Unix timestamp in seconds.
``MsgKey`` (optional): Unique identifier of the message, used to recall it (the same for every recipient).
``ErrorList`` (optional): The recipients the message could not be sent to; absent or empty when it was sent to all."""

BatchSendError = TypedDict("BatchSendError", {
    "To_Account": Required[str],
    "ErrorCode": Required[int],
})
"""A recipient the message could not be sent to (an item of `ErrorList`).

``To_Account``: The recipient.
``ErrorCode``: Why the message could not be sent to it (70107 for an account that does not exist)."""

ChangeGroupOwnerRequest = TypedDict("ChangeGroupOwnerRequest", {
    "GroupId": Required[str],
    "NewOwner_Account": Required[str],
    "From_Account": NotRequired[str],
})
"""The request body of `ChangeGroupOwner`.

``GroupId``: ID of the group whose ownership is to be transferred.
``NewOwner_Account``: ID of the new group owner; it must be a member of the group.
``From_Account`` (optional): Specified operator account (the operator designated to transfer group ownership)."""

ChangeGroupOwnerResponse = TypedDict("ChangeGroupOwnerResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

CreateGroupRequest = TypedDict("CreateGroupRequest", {
    "Owner_Account": NotRequired[str],
    "Type": Required["GroupType"],
    "GroupId": NotRequired[str],
    "Name": Required[str],
    "Introduction": NotRequired[str],
    "Notification": NotRequired[str],
    "FaceUrl": NotRequired[str],
    "MaxMemberCount": NotRequired[int],
    "ApplyJoinOption": NotRequired["ApplyJoinOption"],
    "AppDefinedData": NotRequired[list["GroupDefinedData"]],
    "MemberList": NotRequired[list["InitialGroupMember"]],
    "SupportTopic": NotRequired[int],
})
"""The request body of `CreateGroup`.

``Owner_Account`` (optional): 群主 ID（需是已导入的帐号）。填写后自动添加到群成员中；如果不填，群没有群主 The owner's UserID (an imported account); the owner is added to the members. Without it the group has no owner.
``Type``: 群组形态，包括 Public（陌生人社交群），Private（即 Work，好友工作群），ChatRoom（即 Meeting，会议群），AVChatRoom（直播群），Community（社群） The group's type. Limits: only `"Private"` (Private) or `"Public"` (Public) or `"ChatRoom"` (ChatRoom) or `"AVChatRoom"` (AvChatRoom) or `"Community"` (Community).
``GroupId`` (optional): 为了使得群组 ID 更加简单，便于记忆传播，腾讯云支持 App 在通过 REST API 创建群组时自定义群组 ID A custom group ID; without one the server assigns an ID (`@TGS#…`). A custom ID is printable ASCII of at most 48 bytes, must not start with `@TGS#`, except that a Community group's must start with `@TGS#_`. Limits: 1 to 48 UTF-8 bytes.
``Name``: 群名称，最长30字节，使用 UTF-8 编码，1个汉字占3个字节 The group's name, at most 30 bytes of UTF-8. Limits: at most 30 UTF-8 bytes.
``Introduction`` (optional): 群简介，最长240字节，使用 UTF-8 编码，1个汉字占3个字节 The group's introduction, at most 240 bytes of UTF-8. Limits: at most 240 UTF-8 bytes.
``Notification`` (optional): 群公告，最长300字节，使用 UTF-8 编码，1个汉字占3个字节 The group's notice, at most 300 bytes of UTF-8. Limits: at most 300 UTF-8 bytes.
``FaceUrl`` (optional): 群头像 URL，最长100字节 The URL of the group's profile photo, at most 100 bytes. Limits: at most 100 UTF-8 bytes.
``MaxMemberCount`` (optional): 最大群成员数量，缺省时的默认值：付费套餐包上限，例如体验版是20，如果升级套餐包，需按照修改群基础资料修改这个字段 The most members the group may have; when not given, the limit of the app's plan (20 in the trial edition). Limits: at least 1.
``ApplyJoinOption`` (optional): 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群），不填默认为 NeedPermission（需要验证） 仅当创建支持申请加群的群组时，该字段有效 How requests to join are handled; NeedPermission when not given. It only matters for group types that take requests to join. Default: ``"NeedPermission"``.
``AppDefinedData`` (optional): 群组维度的自定义字段，默认情况是没有的，可以通过即时通信 IM 控制台进行配置 The group's custom fields (none unless configured in the console).
``MemberList`` (optional): 初始群成员列表，最多100个；成员信息字段详情请参阅群成员资料 The group's first members, at most 100; not for an audio-video group (10007). Limits: at most 100 items.
``SupportTopic`` (optional): Whether the topic option is supported. Valid values: `1`: yes; `0`: no. For a Community group, whether it supports topics. Limits: between 0 and 1."""

CreateGroupResponse = TypedDict("CreateGroupResponse", {
    "GroupId": Required[str],
    "Type": NotRequired["GroupType"],
    "HugeGroupFlag": NotRequired[int],
})
"""The response payload of `CreateGroup`.

``GroupId``: ID of the created group
``Type`` (optional): The type of the created group (the community sample answers it).
``HugeGroupFlag`` (optional): A flag the community sample answers (0); the page does not describe it."""

InitialGroupMember = TypedDict("InitialGroupMember", {
    "Member_Account": Required[str],
    "Role": NotRequired["GroupMemberRole"],
    "AppMemberDefinedData": NotRequired[list["AppMemberDefinedData"]],
})
"""初始群成员

A member the group is created with (an item of the request's `MemberList`).

``Member_Account``: Member (required)
``Role`` (optional): Role assigned to the member (optional). Currently, only the Admin option is available. Limits: only `"Admin"` (Admin).
``AppMemberDefinedData`` (optional): Group member custom field (optional)"""

DeleteGroupMemberRequest = TypedDict("DeleteGroupMemberRequest", {
    "GroupId": Required[str],
    "Silence": NotRequired[int],
    "Reason": NotRequired[str],
    "MemberToDel_Account": Required[list[str]],
})
"""The request body of `DeleteGroupMember`.

``GroupId``: ID of the target group.
``Silence`` (optional): Whether to adopt silent deletion. `0`: no (default value); `1`: yes. Silent deletion means that no member of the group is notified of the deletion. Limits: between 0 and 1. Default: ``0``.
``Reason`` (optional): The reason for deleting the members from the group.
``MemberToDel_Account``: The accounts of the group members to delete. A maximum of 100 members can be deleted per request. Limits: 1 to 100 items."""

DeleteGroupMemberResponse = TypedDict("DeleteGroupMemberResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

DeleteGroupMsgBySenderRequest = TypedDict("DeleteGroupMsgBySenderRequest", {
    "GroupId": Required[str],
    "Sender_Account": Required[str],
    "TopicId": NotRequired[str],
})
"""The request body of `DeleteGroupMsgBySender`.

``GroupId``: ID of the group where messages are to be recalled
``Sender_Account``: ID of the sender of the messages to be recalled
``TopicId`` (optional): Topic ID, which indicates message recall in the corresponding topic and applies only to topic-enabled communities."""

DeleteGroupMsgBySenderResponse = TypedDict("DeleteGroupMsgBySenderResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

DestroyGroupRequest = TypedDict("DestroyGroupRequest", {
    "GroupId": Required[str],
})
"""The request body of `DestroyGroup`.

``GroupId``: ID of the group to disband (操作的群 ID)."""

DestroyGroupResponse = TypedDict("DestroyGroupResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

ForbidSendMsgRequest = TypedDict("ForbidSendMsgRequest", {
    "GroupId": Required[str],
    "Members_Account": Required[list[str]],
    "ShutUpTime": Required[int],
})
"""The request body of `ForbidSendMsg`.

``GroupId``: The ID of the group whose members are muted or unmuted.
``Members_Account``: User accounts to be muted. Up to 500 accounts can be muted. Limits: 1 to 500 items.
``ShutUpTime``: The muting period in seconds. The 0 value indicates that muting is canceled. Limits: at least 0."""

ForbidSendMsgResponse = TypedDict("ForbidSendMsgResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

GetAppidGroupListRequest = TypedDict("GetAppidGroupListRequest", {
    "Limit": NotRequired[int],
    "Next": NotRequired[int],
    "GroupType": NotRequired["GroupType"],
})
"""The request body of `GetAppidGroupList`.

``Limit`` (optional): 本次获取的群组 ID 数量的上限，不得超过 10000。如果不填，默认为最大值 10000 The most group IDs this page holds; 10,000 (the largest) when not given. Limits: between 1 and 10000. Default: ``10000``.
``Next`` (optional): 群太多时分页拉取标志，第一次填0，以后填上一次返回的值，返回的 Next 为0代表拉完了 Where the page starts: 0 for the first, then the `Next` the previous page answered. Default: ``0``.
``GroupType`` (optional): 如果仅需要返回特定群组形态的群组，可以通过 GroupType 进行过滤，但此时返回的 TotalCount 的含义就变成了 App 中属于该群组形态的群组总数。不填为获取所有类型的群组。 Lists only groups of this type (and `TotalCount` counts only them); all types when not given."""

GetAppidGroupListResponse = TypedDict("GetAppidGroupListResponse", {
    "TotalCount": Required[int],
    "GroupIdList": Required[list["GroupIdItem"]],
    "Next": Required[int],
})
"""The response payload of `GetAppidGroupList`.

``TotalCount``: App 当前的群组总数。如果仅需要返回特定群组形态的群组，可以通过 GroupType 进行过滤，但此时返回的 TotalCount 的含义就变成了 App 中该群组形态的群组总数 How many groups the app has (of `GroupType`, when the request gives one), whatever `Limit` and `Next` are.
``GroupIdList``: 获取到的群组 ID 的集合 The group IDs of this page.
``Next``: 分页拉取的标志 Where the next page starts; 0 when this page is the last."""

GroupIdItem = TypedDict("GroupIdItem", {
    "GroupId": Required[str],
})
"""获取到的群组 ID

One group of the list.

``GroupId``: 群组 ID The group's ID."""

GetGroupBanMemberRequest = TypedDict("GetGroupBanMemberRequest", {
    "GroupId": Required[str],
    "Limit": NotRequired[int],
    "Offset": Required[int],
})
"""The request body of `GetGroupBanMember`.

``GroupId``: Group ID
``Limit`` (optional): Number of banned members to be pulled per page each time. The maximum value allowed is 100. Limits: between 1 and 100.
``Offset``: Offset. For the first request, set `Offset` to 0. For subsequent requests, set `Offset` to the value of `NextOffset` in the response packet. Limits: at least 0."""

GetGroupBanMemberResponse = TypedDict("GetGroupBanMemberResponse", {
    "BannedAccountList": Required[list["BannedMember"]],
    "NextOffset": Required[int],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``BannedAccountList``: The banned members of the page.
``NextOffset``: The `Offset` of the next request; `0` when the entire list of banned members of the audio-video group has been obtained."""

BannedMember = TypedDict("BannedMember", {
    "Member_Account": Required[str],
    "BannedUntil": Required[int],
})
"""One banned member of an audio-video group (an item of `BannedAccountList`).

``Member_Account``: The banned account.
``BannedUntil``: When the member's ban ends (Unix time)."""

GetGroupInfoRequest = TypedDict("GetGroupInfoRequest", {
    "GroupIdList": Required[list[str]],
    "ResponseFilter": NotRequired["GroupInfoResponseFilter"],
})
"""The request body of `GetGroupInfo`.

``GroupIdList``: The list of group IDs specified for the query. This parameter is required. Limits: 1 to 50 items.
``ResponseFilter`` (optional): The filters that you specify for the response."""

GetGroupInfoResponse = TypedDict("GetGroupInfoResponse", {
    "GroupInfo": Required[list["GroupInfoItem"]],
})
"""The response payload of `GetGroupInfo`.

``GroupInfo``: 返回结果为群组信息数组，内容包括群基础资料字段、群成员资料字段、群组维度自定义字段和群成员维度自定义字段 One item per group asked, each with its own `ErrorCode`: the basic information, members and custom fields the filters asked for."""

GroupInfoResponseFilter = TypedDict("GroupInfoResponseFilter", {
    "GroupBaseInfoFilter": NotRequired[list[str]],
    "MemberInfoFilter": NotRequired[list[str]],
    "AppDefinedDataFilter_Group": NotRequired[list[str]],
    "AppDefinedDataFilter_GroupMember": NotRequired[list[str]],
})
"""The filters that you specify for the response.

``GroupBaseInfoFilter`` (optional): 基础信息字段过滤器，指定需要获取的基础信息字段 The basic information fields to obtain, by name (`Type`, `Name`, `Introduction`, `Notification`, `FaceUrl`, `Owner_Account`, `CreateTime`, `LastInfoTime`, `LastMsgTime`, `NextMsgSeq`, `MemberNum`, `MaxMemberNum`, `ApplyJoinOption`, `MuteAllMember`, `Appid`). Add this array if you want to query the basic information.
``MemberInfoFilter`` (optional): 成员信息字段过滤器，指定需要获取的成员信息字段 The member fields to obtain, by name (`Role`, `JoinTime`, `MsgSeq`, `MsgFlag`, `LastSendMsgTime`, `MuteUntil`; `Account` names the member ID, always given). Add this array if you want to query the member information.
``AppDefinedDataFilter_Group`` (optional): 该字段用来群组维度的自定义字段过滤器，指定需要获取的群组维度的自定义字段 The keys of the group custom fields to obtain.
``AppDefinedDataFilter_GroupMember`` (optional): 该字段用来群成员维度的自定义字段过滤器，指定需要获取的群成员维度的自定义字段 The keys of the group member custom fields to obtain."""

GroupInfoItem = TypedDict("GroupInfoItem", {
    "GroupId": Required[str],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "Type": NotRequired["GroupType"],
    "Name": NotRequired[str],
    "Appid": NotRequired[int],
    "Introduction": NotRequired[str],
    "Notification": NotRequired[str],
    "FaceUrl": NotRequired[str],
    "Owner_Account": NotRequired[str],
    "CreateTime": NotRequired[int],
    "LastInfoTime": NotRequired[int],
    "LastMsgTime": NotRequired[int],
    "NextMsgSeq": NotRequired[int],
    "MemberNum": NotRequired[int],
    "MaxMemberNum": NotRequired[int],
    "ApplyJoinOption": NotRequired["ApplyJoinOption"],
    "MuteAllMember": NotRequired["MuteAllMember"],
    "AppDefinedData": NotRequired[list["GroupDefinedData"]],
    "MemberList": NotRequired[list["GroupInfoMember"]],
})
"""A group's information (an item of `GroupInfo`).

``GroupId``: The group's ID.
``ErrorCode``: The result specific to this group 0 when the group's information was obtained; else why not (10010: no such group).
``ErrorInfo``: The result specific to this group
``Type`` (optional): Group type
``Name`` (optional): Group name
``Appid`` (optional): SDKAppID of the Chat app
``Introduction`` (optional): Group introduction
``Notification`` (optional): Group notice
``FaceUrl`` (optional): Group profile photo
``Owner_Account`` (optional): Group owner ID
``CreateTime`` (optional): Group creation time in UTC
``LastInfoTime`` (optional): The UTC time when the group information was last updated
``LastMsgTime`` (optional): The UTC time when the last message in the group was sent
``NextMsgSeq`` (optional): The sequence number the group's next message gets.
``MemberNum`` (optional): Current number of members in the group
``MaxMemberNum`` (optional): Maximum number of members in the group
``ApplyJoinOption`` (optional): Method of handling requests to join the group
``MuteAllMember`` (optional): Whether to mute all members in the group
``AppDefinedData`` (optional): Group-specific custom fields
``MemberList`` (optional): Group member list"""

GroupInfoMember = TypedDict("GroupInfoMember", {
    "Member_Account": Required[str],
    "Role": NotRequired["GroupMemberRole"],
    "JoinTime": NotRequired[int],
    "MsgSeq": NotRequired[int],
    "MsgFlag": NotRequired["GroupMsgFlag"],
    "LastSendMsgTime": NotRequired[int],
    "MuteUntil": NotRequired[int],
    "AppMemberDefinedData": NotRequired[list["AppMemberDefinedData"]],
})
"""A member as a group's information lists it (an item of `MemberList`).

``Member_Account``: Member ID
``Role`` (optional): The role of the member in the group
``JoinTime`` (optional): The UTC time when the member joined the group
``MsgSeq`` (optional): The sequence number of the last message the member read.
``MsgFlag`` (optional): Indicates whether the member blocks group messages.
``LastSendMsgTime`` (optional): The last time in UTC when the member sent a message in the group
``MuteUntil`` (optional): The value `0` indicates that the member is not muted, and other values indicate the time when the member will be unmuted.
``AppMemberDefinedData`` (optional): Custom group member fields"""

GetGroupMemberInfoRequest = TypedDict("GetGroupMemberInfoRequest", {
    "GroupId": Required[str],
    "MemberInfoFilter": NotRequired[list[str]],
    "MemberRoleFilter": NotRequired[list["GroupMemberRole"]],
    "AppDefinedDataFilter_GroupMember": NotRequired[list[str]],
    "Limit": NotRequired[int],
    "Offset": NotRequired[int],
    "Next": NotRequired[str],
})
"""The request body of `GetGroupMemberInfo`.

``GroupId``: ID of the group whose members are obtained.
``MemberInfoFilter`` (optional): The member profile fields to obtain (for example `Role`, `JoinTime`, `MsgSeq`, `MsgFlag`, `LastSendMsgTime`, `ShutUpUntil`, `NameCard`); fields not named are not returned. `Member_Account` is always included.
``MemberRoleFilter`` (optional): The roles of the members to obtain: `Owner`, `Admin` or `Member`. Only members with these roles are returned.
``AppDefinedDataFilter_GroupMember`` (optional): The keys of the custom group member fields to obtain.
``Limit`` (optional): The maximum number of members in the response's `MemberList` (recommended: 100). If it is not given, the information of all members of the group is obtained. Limits: between 1 and 200.
``Offset`` (optional): The member to start from (how many members come before the page). Not for Community groups, which are fetched by `Next`. Limits: at least 0. Default: ``0``.
``Next`` (optional): Community groups only: the batch to fetch, `""` for the first batch and then the `Next` of the previous response. Cannot be used with `Offset`."""

GetGroupMemberInfoResponse = TypedDict("GetGroupMemberInfoResponse", {
    "MemberNum": Required[int],
    "MemberList": Required[list["GroupMemberInfo"]],
    "Next": NotRequired[str],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``MemberNum``: The total number of members in the group.
``MemberList``: The members' profiles.
``Next`` (optional): Community groups: where the next batch starts, to be sent in the next request's `Next`; `""` when every member has been returned."""

GroupMemberRole = str
"""A member's role in a group.

Open: a value the spec does not list may still arrive in a response."""


class GroupMemberRoleValues:
    """The documented values of ``GroupMemberRole``."""

    OWNER: Final = "Owner"
    """The group owner."""
    ADMIN: Final = "Admin"
    """A group admin."""
    MEMBER: Final = "Member"
    """An ordinary member."""


GroupMemberInfo = TypedDict("GroupMemberInfo", {
    "Member_Account": Required[str],
    "Role": NotRequired["GroupMemberRole"],
    "JoinTime": NotRequired[int],
    "MsgSeq": NotRequired[int],
    "MsgFlag": NotRequired["GroupMsgFlag"],
    "LastSendMsgTime": NotRequired[int],
    "ShutUpUntil": NotRequired[int],
    "NameCard": NotRequired[str],
    "AppMemberDefinedData": NotRequired[list["AppMemberDefinedData"]],
})
"""One member's profile in a group (an item of `MemberList`).

``Member_Account``: The member's UserID.
``Role`` (optional): The member's role: `Owner`, `Admin` or `Member`.
``JoinTime`` (optional): When the member joined the group.
``MsgSeq`` (optional): The sequence number of the last message the member has read.
``MsgFlag`` (optional): How the member receives the group's messages: `AcceptAndNotify`, `AcceptNotNotify` or `Discard`.
``LastSendMsgTime`` (optional): When the member last sent a message in the group.
``ShutUpUntil`` (optional): When the member's mute ends; `0` when the member is not muted.
``NameCard`` (optional): The member's contact card in the group (at most 50 bytes).
``AppMemberDefinedData`` (optional): The member's custom fields asked for in `AppDefinedDataFilter_GroupMember`."""

GetGroupMutedAccountRequest = TypedDict("GetGroupMutedAccountRequest", {
    "GroupId": Required[str],
})
"""The request body of `GetGroupMutedAccount`.

``GroupId``: ID of the group for which the list of muted members is obtained"""

GetGroupMutedAccountResponse = TypedDict("GetGroupMutedAccountResponse", {
    "GroupId": Required[str],
    "ShuttedUinList": Required[list["MutedMember"]],
})
"""The response payload of `GetGroupMutedAccount`.

``GroupId``: The ID of the group.
``ShuttedUinList``: List of muted users in the group."""

MutedMember = TypedDict("MutedMember", {
    "Member_Account": Required[str],
    "ShuttedUntil": Required[int],
})
"""A muted member and the time the mute ends.

``Member_Account``: The muted member's account.
``ShuttedUntil``: The time until which the member is muted (UTC, Unix seconds)."""

GetJoinedGroupListRequest = TypedDict("GetJoinedGroupListRequest", {
    "Member_Account": Required[str],
    "WithHugeGroups": NotRequired[int],
    "WithNoActiveGroups": NotRequired[int],
    "Limit": NotRequired[int],
    "Offset": NotRequired[int],
    "GroupType": NotRequired["GroupType"],
    "ResponseFilter": NotRequired["JoinedGroupResponseFilter"],
})
"""The request body of `GetJoinedGroupList`.

``Member_Account``: 需要查询的用户帐号 The account whose groups are listed.
``WithHugeGroups`` (optional): 是否获取用户加入的 AVChatRoom(直播群)，0表示不获取，1表示获取。默认为0 1 lists the audio-video groups the account joined too; 0 (the default) leaves them out. Limits: between 0 and 1. Default: ``0``.
``WithNoActiveGroups`` (optional): 是否获取用户已加入但未激活的 Private（即新版本中 Work，好友工作群) 群信息，0表示不获取，1表示获取。默认为0 1 lists the Work groups joined but not yet activated too; 0 (the default) leaves them out. Limits: between 0 and 1. Default: ``0``.
``Limit`` (optional): 单次拉取的群组数量，如果不填代表所有群组 The most groups this page holds; every group when not given. Limits: at least 1.
``Offset`` (optional): 从第多少个群组开始拉取 How many groups to skip (0 for the first page). Limits: at least 0. Default: ``0``.
``GroupType`` (optional): 拉取哪种群组类型，例如 Public(陌生人社交群)，Private（即新版本Work，好友工作群)，ChatRoom （即新版本Meeting，会议群），AVChatRoom(直播群)，Community（社群），不填为拉取所有 Lists only groups of this type.
``ResponseFilter`` (optional): 分别包含 GroupBaseInfoFilter 和 SelfInfoFilter 两个过滤器； GroupBaseInfoFilter 表示需要拉取哪些基础信息字段；SelfInfoFilter 表示需要拉取用户在每个群组中的哪些个人资料 Which basic fields of each group, and which of the account's own data in it, to obtain."""

GetJoinedGroupListResponse = TypedDict("GetJoinedGroupListResponse", {
    "TotalCount": Required[int],
    "GroupIdList": Required[list["JoinedGroup"]],
})
"""The response payload of `GetJoinedGroupList`.

``TotalCount``: 用户所加入的群组个数 How many groups the listing covers, whatever the page.
``GroupIdList``: 拉取到的群组信息，返回的结果是根据过滤器中设置的过滤字段进行过滤后的信息 This page's groups, each with the fields the filters asked for."""

JoinedGroupResponseFilter = TypedDict("JoinedGroupResponseFilter", {
    "GroupBaseInfoFilter": NotRequired[list[str]],
    "SelfInfoFilter": NotRequired[list[str]],
})
"""分别包含 GroupBaseInfoFilter 和 SelfInfoFilter 两个过滤器

The filters of a joined-group listing.

``GroupBaseInfoFilter`` (optional): 表示需要拉取哪些基础信息字段 The basic fields to obtain, by name (`Type`, `Name`, `Introduction`, `Notification`, `FaceUrl`, `Owner_Account`, `CreateTime`, `LastInfoTime`, `LastMsgTime`, `NextMsgSeq`, `MemberNum`, `MaxMemberNum`, `ApplyJoinOption`, `ShutUpAllMember`).
``SelfInfoFilter`` (optional): 表示需要拉取用户在每个群组中的哪些个人资料 The account's own data to obtain in each group (`Role`, `JoinTime`, `MsgFlag`, `MsgSeq`, `UnreadMsgNum`)."""

JoinedGroup = TypedDict("JoinedGroup", {
    "GroupId": Required[str],
    "Type": NotRequired["GroupType"],
    "Name": NotRequired[str],
    "Introduction": NotRequired[str],
    "Notification": NotRequired[str],
    "FaceUrl": NotRequired[str],
    "Owner_Account": NotRequired[str],
    "CreateTime": NotRequired[int],
    "LastInfoTime": NotRequired[int],
    "LastMsgTime": NotRequired[int],
    "NextMsgSeq": NotRequired[int],
    "MemberNum": NotRequired[int],
    "MaxMemberNum": NotRequired[int],
    "ApplyJoinOption": NotRequired["ApplyJoinOption"],
    "ShutUpAllMember": NotRequired["MuteAllMember"],
    "SelfInfo": NotRequired["JoinedGroupSelfInfo"],
})
"""拉取到的群组信息

One group the account joined (an item of `GroupIdList`).

``GroupId``: 群组 ID The group's ID.
``Type`` (optional): The group's type.
``Name`` (optional): The group's name.
``Introduction`` (optional): The group's introduction.
``Notification`` (optional): The group's notice.
``FaceUrl`` (optional): The group's profile photo URL.
``Owner_Account`` (optional): The group owner's account.
``CreateTime`` (optional): When the group was created.
``LastInfoTime`` (optional): When the group's information last changed.
``LastMsgTime`` (optional): When the group's last message was sent.
``NextMsgSeq`` (optional): The sequence number the group's next message gets.
``MemberNum`` (optional): How many members the group has.
``MaxMemberNum`` (optional): The most members the group may have.
``ApplyJoinOption`` (optional): How the group handles requests to join.
``ShutUpAllMember`` (optional): Whether all members are muted.
``SelfInfo`` (optional): The account's own data in the group, as `SelfInfoFilter` asked."""

JoinedGroupSelfInfo = TypedDict("JoinedGroupSelfInfo", {
    "Role": NotRequired["GroupMemberRole"],
    "JoinTime": NotRequired[int],
    "MsgFlag": NotRequired["GroupMsgFlag"],
    "MsgSeq": NotRequired[int],
    "UnreadMsgNum": NotRequired[int],
})
"""用户在群组中的个人资料

The listed account's own data in a group.

``Role`` (optional): The account's role in the group.
``JoinTime`` (optional): When the account joined the group.
``MsgFlag`` (optional): How the account receives the group's messages.
``MsgSeq`` (optional): The sequence number of the last message the account read.
``UnreadMsgNum`` (optional): How many of the group's messages the account has not read."""

GetMembersRequest = TypedDict("GetMembersRequest", {
    "GroupId": Required[str],
    "Timestamp": Required[int],
    "Mark": NotRequired[int],
})
"""The request body of `GetMembers`.

``GroupId``: ID of the target group
``Timestamp``: For the first request, the value is 0. If the audio-video group has 500 or less members, the backend returns all members and NextTimestamp with the value 0. If the audio-video group has more than 500 members, the backend returns NextTimestamp with a non-zero value, which is used as the value of Timestamp for the next request for pulling the remaining members.
``Mark`` (optional): Only the online members with this mark (set by `ModifyUserInfo`) are obtained."""

GetMembersResponse = TypedDict("GetMembersResponse", {
    "MemberList": Required[list["OnlineMember"]],
    "NextTimestamp": Required[int],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``MemberList``: The online members of the page.
``NextTimestamp``: `0` when every member has been returned; otherwise the value of `Timestamp` for the next request."""

OnlineMember = TypedDict("OnlineMember", {
    "Member_Account": Required[str],
    "JoinTime": NotRequired[int],
    "NickName": NotRequired[str],
    "Avatar": NotRequired[str],
})
"""One online member of an audio-video group (an item of `MemberList`).

``Member_Account``: The member's UserID.
``JoinTime`` (optional): When the member joined the group.
``NickName`` (optional): The member's nickname.
``Avatar`` (optional): The member's profile photo URL."""

GetOnlineMemberNumRequest = TypedDict("GetOnlineMemberNumRequest", {
    "GroupId": Required[str],
})
"""The request body of `GetOnlineMemberNum`.

``GroupId``: The group ID."""

GetOnlineMemberNumResponse = TypedDict("GetOnlineMemberNumResponse", {
    "OnlineMemberNum": Required[int],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``OnlineMemberNum``: The number of online users in the group."""

GetRoleInGroupRequest = TypedDict("GetRoleInGroupRequest", {
    "GroupId": Required[str],
    "User_Account": Required[list[str]],
})
"""The request body of `GetRoleInGroup`.

``GroupId``: The ID of the group to be queried.
``User_Account``: User accounts to be queried. Up to 500 accounts are supported. Limits: 1 to 500 items."""

GetRoleInGroupResponse = TypedDict("GetRoleInGroupResponse", {
    "UserIdList": Required[list["UserRoleInGroup"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``UserIdList``: Member roles that are pulled, including Owner, Admin, Member, and NotMember: one item per account of `User_Account`."""

UserRoleInGroup = TypedDict("UserRoleInGroup", {
    "Member_Account": Required[str],
    "Role": Required["RoleInGroup"],
})
"""One queried account's role (an item of the response's `UserIdList`).

``Member_Account``: The queried account.
``Role``: The account's role: `Owner`, `Admin`, `Member` or `NotMember`."""

RoleInGroup = str
"""An account's role in a group, or that it is not a member.

Open: a value the spec does not list may still arrive in a response."""


class RoleInGroupValues:
    """The documented values of ``RoleInGroup``."""

    OWNER: Final = "Owner"
    """The group owner."""
    ADMIN: Final = "Admin"
    """A group admin."""
    MEMBER: Final = "Member"
    """An ordinary member."""
    NOT_MEMBER: Final = "NotMember"
    """The account is not in the group."""


GroupMsgGetSimpleRequest = TypedDict("GroupMsgGetSimpleRequest", {
    "GroupId": Required[str],
    "ReqMsgNumber": Required[int],
    "ReqMsgSeq": NotRequired[int],
    "WithRecalledMsg": NotRequired[int],
})
"""The request body of `GroupMsgGetSimple`.

``GroupId``: The ID of the group of which messages are to be pulled.
``ReqMsgNumber``: The number of historical messages to be pulled. At present, a maximum of 20 historical messages can be returned per request, so set it to 20 or less. Limits: between 1 and 20.
``ReqMsgSeq`` (optional): The maximum seq of the messages to be pulled: messages with a seq less than or equal to it are returned.
``WithRecalledMsg`` (optional): Whether to pull recalled messages as well: `1` pulls them; by default (`0`) they are not pulled. Limits: between 0 and 1. Default: ``0``."""

GroupMsgGetSimpleResponse = TypedDict("GroupMsgGetSimpleResponse", {
    "GroupId": Required[str],
    "IsFinished": Required[int],
    "RspMsgList": Required[list["GroupHistoryMessage"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``GroupId``: The ID of the group whose messages were pulled.
``IsFinished``: Whether all the messages of the requested range were returned: `1` when they were; `0` when the messages are too long or the range too large (over 20) to return them all; `2` when, besides, every message of the range has expired.
``RspMsgList``: The messages pulled, newest (largest seq) first."""

GroupHistoryMessage = TypedDict("GroupHistoryMessage", {
    "From_Account": Required[str],
    "IsPlaceMsg": Required[int],
    "MsgBody": Required[list["HistoryMsgElement"]],
    "MsgPriority": NotRequired["StoredMsgPriority"],
    "MsgRandom": Required[int],
    "MsgSeq": Required[int],
    "MsgTimeStamp": Required[int],
    "IsSystemMsg": NotRequired[int],
})
"""One stored group message (an item of `RspMsgList`).

``From_Account``: The message's sender.
``IsPlaceMsg``: Whether the message is a placeholder (空洞消息): `1` when it was deleted or has expired, and its `MsgBody` is then empty; `2` when it was recalled; `0` otherwise.
``MsgBody``: The message's content: its elements as stored (see Message Formats); empty for a placeholder.
``MsgPriority`` (optional): The message's priority: 1 High, 2 Normal, 3 Low, 4 Lowest.
``MsgRandom``: The message's random number, used to deduplicate messages: filled in by the client that sent it, or generated by the server when it was not.
``MsgSeq``: The message's seq, which identifies it: the smaller, the earlier it was sent.
``MsgTimeStamp``: When the message was sent, in the server's time.
``IsSystemMsg`` (optional): `1` when the message is a system message."""

StoredMsgPriority = int
"""A stored message's priority, as history answers give it (a number).

Open: a value the spec does not list may still arrive in a response."""


class StoredMsgPriorityValues:
    """The documented values of ``StoredMsgPriority``."""

    HIGH: Final = 1
    """A High priority message."""
    NORMAL: Final = 2
    """A Normal priority message."""
    LOW: Final = 3
    """A Low priority message."""
    LOWEST: Final = 4
    """A Lowest priority message."""


HistoryMsgElement_Text = TypedDict("HistoryMsgElement_Text", {
    "MsgType": Required[Literal["TIMTextElem"]],
    "MsgContent": Required["TimTextElem"],
})
"""A text message."""

HistoryMsgElement_Location = TypedDict("HistoryMsgElement_Location", {
    "MsgType": Required[Literal["TIMLocationElem"]],
    "MsgContent": Required["TimLocationElem"],
})
"""A geographic location."""

HistoryMsgElement_Face = TypedDict("HistoryMsgElement_Face", {
    "MsgType": Required[Literal["TIMFaceElem"]],
    "MsgContent": Required["TimFaceElem"],
})
"""An emoji."""

HistoryMsgElement_Custom = TypedDict("HistoryMsgElement_Custom", {
    "MsgType": Required[Literal["TIMCustomElem"]],
    "MsgContent": Required["TimCustomElem"],
})
"""A custom message. A combined message can contain only one custom element, and any number of other elements."""

HistoryMsgElement_Sound = TypedDict("HistoryMsgElement_Sound", {
    "MsgType": Required[Literal["TIMSoundElem"]],
    "MsgContent": Required["TimSoundElem"],
})
"""A voice message."""

HistoryMsgElement_Image = TypedDict("HistoryMsgElement_Image", {
    "MsgType": Required[Literal["TIMImageElem"]],
    "MsgContent": Required["HistoryImageElem"],
})
"""An image message, as stored."""

HistoryMsgElement_File = TypedDict("HistoryMsgElement_File", {
    "MsgType": Required[Literal["TIMFileElem"]],
    "MsgContent": Required["TimFileElem"],
})
"""A file message."""

HistoryMsgElement_VideoFile = TypedDict("HistoryMsgElement_VideoFile", {
    "MsgType": Required[Literal["TIMVideoFileElem"]],
    "MsgContent": Required["TimVideoFileElem"],
})
"""A video message."""

HistoryMsgElement = Union["HistoryMsgElement_Text", "HistoryMsgElement_Location", "HistoryMsgElement_Face", "HistoryMsgElement_Custom", "HistoryMsgElement_Sound", "HistoryMsgElement_Image", "HistoryMsgElement_File", "HistoryMsgElement_VideoFile"]
"""One element of a stored message, as history answers return it: the same tags and `MsgType`/`MsgContent` shape as the element a sender gives, with an image's content as stored (`HistoryImageElem`).

A refinement of ``TimMsgElement``, a type of its own."""

HistoryImageElem = TypedDict("HistoryImageElem", {
    "Type": NotRequired["ImageType"],
    "Size": NotRequired[int],
    "Width": NotRequired[int],
    "Height": NotRequired[int],
    "URL": NotRequired[str],
    "UUID": Required[str],
    "ImageFormat": NotRequired["ImageFormat"],
    "ImageInfoArray": NotRequired[list["ImageInfo"]],
})
"""The content of an image element as history answers return it. Besides the sizes in `ImageInfoArray`, Tencent's OpenAPI description of the element gives one size's fields at content level (`Type`, `Size`, `Width`, `Height`, `URL`), which a decoder of the shape a sender gives would drop.

A refinement of ``TimImageElem``, a type of its own.

``Type`` (optional): The type of the size given at content level. 1: original image, 2: large image, 3: thumbnail.
``Size`` (optional): The size, in bytes, of the image data given at content level.
``Width`` (optional): The width in pixels of the size given at content level.
``Height`` (optional): The height in pixels of the size given at content level.
``URL`` (optional): The download URL of the size given at content level.
``UUID``: Unique identifier of the image, the key the client indexes the image by.
``ImageFormat`` (optional): Image format. JPG = 1, GIF = 2, PNG = 3, BMP = 4, Others = 255.
``ImageInfoArray`` (optional): Download information of the original image, thumbnail and large image, when stored (the OpenAPI description does not require it)."""

GroupMsgRecallRequest = TypedDict("GroupMsgRecallRequest", {
    "GroupId": Required[str],
    "MsgSeqList": Required[list["MsgSeqItem"]],
    "TopicId": NotRequired[str],
})
"""The request body of `GroupMsgRecall`.

``GroupId``: The ID of the Group whose historical messages will be modified
``MsgSeqList``: The sequence list of messages to be recalled. Up to 10 message sequences can be contained in a request. Limits: 1 to 10 items.
``TopicId`` (optional): Topic ID, which indicates message recall in the corresponding topic and applies only to topic-enabled communities."""

GroupMsgRecallResponse = TypedDict("GroupMsgRecallResponse", {
    "RecallRetList": Required[list["RecallResult"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``RecallRetList``: Detailed results of the message recall request"""

MsgSeqItem = TypedDict("MsgSeqItem", {
    "MsgSeq": Required[int],
})
"""One message to recall, by its seq (an item of `MsgSeqList`).

``MsgSeq``: The sequence of the message to be recalled."""

RecallResult = TypedDict("RecallResult", {
    "MsgSeq": Required[int],
    "RetCode": Required[int],
})
"""The result of recalling one message (an item of `RecallRetList`).

``MsgSeq``: Seq of a single recalled message
``RetCode``: Recall result of a single message: 0 means success; other values mean failure"""

ImportGroupRequest = TypedDict("ImportGroupRequest", {
    "Owner_Account": NotRequired[str],
    "Type": Required["GroupType"],
    "GroupId": NotRequired[str],
    "Name": Required[str],
    "Introduction": NotRequired[str],
    "Notification": NotRequired[str],
    "FaceUrl": NotRequired[str],
    "MaxMemberCount": NotRequired[int],
    "ApplyJoinOption": NotRequired["ApplyJoinOption"],
    "AppDefinedData": NotRequired[list["GroupDefinedData"]],
    "CreateTime": NotRequired[int],
    "SupportTopic": NotRequired[int],
})
"""The request body of `ImportGroup`.

``Owner_Account`` (optional): 群主 ID，自动添加到群成员中。如果不填，群没有群主 The owner's UserID, added to the members; without it the group has no owner.
``Type``: 群组类型，包括 Public（陌生人社交群），Private（同新版本中的Work，好友工作群）， ChatRoom（同新版本中的Meeting，会议群）、Community（社群） The group's type; an audio-video group (AVChatRoom) is refused with 10007. Limits: only `"Private"` (Private) or `"Public"` (Public) or `"ChatRoom"` (ChatRoom) or `"AVChatRoom"` (AvChatRoom) or `"Community"` (Community).
``GroupId`` (optional): 为了使得群组 ID 更加简单，便于记忆传播，腾讯云支持 App 在通过 REST API 创建群组时自定义群组 ID A custom group ID, kept to the same rules as `CreateGroup`'s; without one the server assigns an ID. Limits: 1 to 48 UTF-8 bytes.
``Name``: 群名称，最长30字节 The group's name, at most 30 bytes. Limits: at most 30 UTF-8 bytes.
``Introduction`` (optional): 群简介，最长240字节 The group's introduction, at most 240 bytes. Limits: at most 240 UTF-8 bytes.
``Notification`` (optional): 群公告，最长300字节 The group's notice, at most 300 bytes. Limits: at most 300 UTF-8 bytes.
``FaceUrl`` (optional): 群头像 URL，最长100字节 The URL of the group's profile photo, at most 100 bytes. Limits: at most 100 UTF-8 bytes.
``MaxMemberCount`` (optional): 最大群成员数量，最大为6000，不填默认为2000个 The most members the group may have. Limits: at least 1.
``ApplyJoinOption`` (optional): 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群），不填默认为NeedPermission（需要验证） How requests to join are handled; NeedPermission when not given. Default: ``"NeedPermission"``.
``AppDefinedData`` (optional): 群组维度的自定义字段，默认情况是没有的，需要开通 The group's custom fields (none unless configured in the console).
``CreateTime`` (optional): Group creation time (optional). If this field is not specified, the default creation time is the request time.
``SupportTopic`` (optional): Whether the topic option is supported. Valid values: `1`: yes; `0`: no. For a Community group, whether it supports topics. Limits: between 0 and 1."""

ImportGroupResponse = TypedDict("ImportGroupResponse", {
    "GroupId": Required[str],
})
"""The response payload of `ImportGroup`.

``GroupId``: The ID of the imported group."""

ImportGroupMemberRequest = TypedDict("ImportGroupMemberRequest", {
    "GroupId": Required[str],
    "MemberList": Required[list["ImportedGroupMember"]],
})
"""The request body of `ImportGroupMember`.

``GroupId``: ID of the target group
``MemberList``: A list of the members to be added (up to 300 at a time). Limits: 1 to 300 items (else error `10005`)."""

ImportGroupMemberResponse = TypedDict("ImportGroupMemberResponse", {
    "MemberList": Required[list["ImportedMemberResult"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``MemberList``: The result of each member of the request, in the request's order."""

ImportedGroupMember = TypedDict("ImportedGroupMember", {
    "Member_Account": Required[str],
    "Role": NotRequired["GroupMemberRole"],
    "JoinTime": NotRequired[int],
    "UnreadMsgNum": NotRequired[int],
})
"""One member to import (an item of the request's `MemberList`).

``Member_Account``: Group member accounts to be imported
``Role`` (optional): Role of the group member to be imported. Currently, only Admin is supported. If this field is not specified, the value Member (ordinary user) is used.
``JoinTime`` (optional): Time when the group member to be imported joined the group
``UnreadMsgNum`` (optional): Unread message count of the member; a count greater than the group's current number of messages is set to that number. Limits: at least 0."""

ImportedMemberResult = TypedDict("ImportedMemberResult", {
    "Member_Account": Required[str],
    "Result": Required["ImportMemberResult"],
})
"""What became of one member of an import (an item of the response's `MemberList`).

``Member_Account``: The member's account, as the request named it.
``Result``: The import result: `0` failed; `1` succeeded; `2` already a group member."""

ImportMemberResult = int
"""What became of one member of an import request.

Open: a value the spec does not list may still arrive in a response."""


class ImportMemberResultValues:
    """The documented values of ``ImportMemberResult``."""

    FAILED: Final = 0
    """The member failed to be imported."""
    IMPORTED: Final = 1
    """The member was imported."""
    ALREADY_MEMBER: Final = 2
    """The account is already a member of the group."""


ImportGroupMsgRequest = TypedDict("ImportGroupMsgRequest", {
    "GroupId": Required[str],
    "RecentContactFlag": NotRequired[int],
    "MsgList": Required[list["ImportGroupMsgItem"]],
})
"""The request body of `ImportGroupMsg`.

``GroupId``: ID of the group for which to import messages
``RecentContactFlag`` (optional): 1: triggers conversation update; conversation update is not triggered by default. (This field is not supported by AVChatRoom groups.) Limits: between 0 and 1. Default: ``0``.
``MsgList``: List of the messages to import Limits: 1 to 7 items."""

ImportGroupMsgResponse = TypedDict("ImportGroupMsgResponse", {
    "ImportMsgResult": Required[list["ImportGroupMsgResult"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``ImportMsgResult``: Message import result"""

ImportGroupMsgItem = TypedDict("ImportGroupMsgItem", {
    "From_Account": Required[str],
    "SendTime": Required[int],
    "Random": NotRequired[int],
    "MsgBody": Required[list["TimMsgElement"]],
})
"""One message to import (an item of `MsgList`).

``From_Account``: Message sender
``SendTime``: Message sending time
``Random`` (optional): A 32-bit random number. If the random numbers of two messages within five minutes are the same, the later message will be discarded as a repeated message.
``MsgBody``: TIM message. For more information, see the definition of TIMMsgElement in Message Formats. Limits: at least 1 items."""

ImportGroupMsgResult = TypedDict("ImportGroupMsgResult", {
    "Result": Required[int],
    "MsgTime": Required[int],
    "MsgSeq": Required[int],
})
"""The result of importing one message (an item of `ImportMsgResult`), in the order sent.

``Result``: Result of each message: 0: the message was imported successfully. 10004: the sending time of the message is invalid. 80001: the message contains restricted words and therefore cannot be stored. 80002: the message content exceeds the limit of 8,000 bytes. Please adjust the message size.
``MsgTime``: Message timestamp
``MsgSeq``: Message sequence number, the unique identifier of a message"""

ImportMsgRequest = TypedDict("ImportMsgRequest", {
    "SyncFromOldSystem": Required[int],
    "From_Account": Required[str],
    "To_Account": Required[str],
    "MsgSeq": NotRequired[int],
    "MsgRandom": Required[int],
    "MsgTimeStamp": Required[int],
    "MsgBody": Required[list["TimMsgElement"]],
    "CloudCustomData": NotRequired[str],
})
"""The request body of `ImportMsg`.

``SyncFromOldSystem``: `1`: real-time message import, the message is counted as unread; `2`: historical message import, the message is not counted as unread. Other values are invalid. Limits: between 1 and 2.
``From_Account``: Account of the sender
``To_Account``: Account of the recipient
``MsgSeq`` (optional): Sequence number of the message (a 32-bit unsigned integer), used to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
``MsgRandom``: A random number assigned to the message (a 32-bit unsigned integer).
``MsgTimeStamp``: UNIX timestamp in seconds of the message.
``MsgBody``: Message body, an array of message elements. For more information, see Message Formats. Limits: at least 1 items.
``CloudCustomData`` (optional): Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled."""

ImportMsgResponse = TypedDict("ImportMsgResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

ModifyGroupBaseInfoRequest = TypedDict("ModifyGroupBaseInfoRequest", {
    "GroupId": Required[str],
    "Name": NotRequired[str],
    "Introduction": NotRequired[str],
    "Notification": NotRequired[str],
    "FaceUrl": NotRequired[str],
    "MaxMemberNum": NotRequired[int],
    "ApplyJoinOption": NotRequired["ApplyJoinOption"],
    "AppDefinedData": NotRequired[list["GroupDefinedData"]],
    "MuteAllMember": NotRequired["MuteAllMember"],
    "ShutUpAllMember": NotRequired["MuteAllMember"],
})
"""The request body of `ModifyGroupBaseInfo`.

``GroupId``: Group whose basic profile you want to modify (required)
``Name`` (optional): 群名称，最长30字节 The new group name, at most 30 bytes. Limits: at most 30 UTF-8 bytes.
``Introduction`` (optional): 群简介，最长240字节 The new introduction, at most 240 bytes. Limits: at most 240 UTF-8 bytes.
``Notification`` (optional): 群公告，最长300字节 The new notice, at most 300 bytes. Limits: at most 300 UTF-8 bytes.
``FaceUrl`` (optional): 群头像 URL，最长100字节 The new profile photo URL, at most 100 bytes. Limits: at most 100 UTF-8 bytes.
``MaxMemberNum`` (optional): 最大群成员数量；私有群、公开群和聊天室：该字段阈值请参考群组系统和计费概述中的群成员人数上限相关说明；音视频聊天室和在线成员广播大群：该字段为无效字段，无需填写 The most members the group may have (within the plan's limits); it has no effect on an audio-video group. Limits: at least 1.
``ApplyJoinOption`` (optional): 申请加群处理方式。包含 FreeAccess（自由加入），NeedPermission（需要验证），DisableApply（禁止加群） How requests to join are handled from now on.
``AppDefinedData`` (optional): 默认情况是没有的。开通群组维度的自定义字段详情请参见自定义字段 Custom group fields to set (none unless configured in the console); a field given replaces its value, the others stay.
``MuteAllMember`` (optional): Whether to mute all members in the group ("On" or "Off"). "On" mutes every member but the owner and admins, "Off" lifts it; the current page's name for `ShutUpAllMember`.
``ShutUpAllMember`` (optional): Mutes all members (optional). "On": enable, "Off": disable The earlier pages' name for `MuteAllMember`; send one of the two."""

ModifyGroupBaseInfoResponse = TypedDict("ModifyGroupBaseInfoResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

ModifyGroupMemberInfoRequest = TypedDict("ModifyGroupMemberInfoRequest", {
    "GroupId": Required[str],
    "Member_Account": Required[str],
    "Role": NotRequired["GroupMemberRole"],
    "MsgFlag": NotRequired["GroupMsgFlag"],
    "NameCard": NotRequired[str],
    "AppMemberDefinedData": NotRequired[list["AppMemberDefinedData"]],
    "ShutUpTime": NotRequired[int],
})
"""The request body of `ModifyGroupMemberInfo`.

``GroupId``: ID of the target group.
``Member_Account``: Target group member.
``Role`` (optional): Role of the member. Admin: set as an admin. Member: cancel the admin role.
``MsgFlag`` (optional): Message blocking type: `AcceptAndNotify` (accept and notify), `Discard` (neither accept nor notify) or `AcceptNotNotify` (accept but do not notify).
``NameCard`` (optional): Group name card (with a maximum length of 50 bytes). Limits: at most 50 UTF-8 bytes (else error `10004`).
``AppMemberDefinedData`` (optional): Group member custom field. By default, this field is not available and needs to be enabled in the IM console. Each item sets one field's value; fields not named keep theirs.
``ShutUpTime`` (optional): Muting period in seconds. `0`: unmuted. Limits: at least 0."""

ModifyGroupMemberInfoResponse = TypedDict("ModifyGroupMemberInfoResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

ModifyUserInfoRequest = TypedDict("ModifyUserInfoRequest", {
    "GroupId": Required[str],
    "CommandType": Required["CommandType"],
    "MemberList": Required[list["MemberMarks"]],
})
"""The request body of `ModifyUserInfo`.

``GroupId``: The ID of the audio-video group (AVChatRoom) whose members' marks are set or deleted.
``CommandType``: 1: Mark setting; 2: Mark deletion
``MemberList``: List of accounts for which marks are to be set. Up to 500 accounts are supported each time, and up to 10 different marks can be set for each group. A mark is a number greater than or equal to 1,000. Limits: at most 500 items."""

ModifyUserInfoResponse = TypedDict("ModifyUserInfoResponse", {
    "CommandType": Required["CommandType"],
    "MemberList": Required[list["MemberMarks"]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``CommandType``: The command of the request, echoed back (1 = mark setting, 2 = mark deletion).
``MemberList``: List of members whose marks are successfully set. In the case of mark setting for a batch of accounts, if certain accounts are offline, the backend does not return the offline accounts; if all accounts are offline or do not exist, the backend returns a failure result."""

CommandType = int
"""Whether marks are set or deleted.

Open: a value the spec does not list may still arrive in a response."""


class CommandTypeValues:
    """The documented values of ``CommandType``."""

    SET: Final = 1
    """Mark setting."""
    DELETE: Final = 2
    """Mark deletion."""


MemberMarks = TypedDict("MemberMarks", {
    "Member_Account": Required[str],
    "Marks": Required[list[int]],
})
"""A group member and its marks: in the request, the marks to set or delete; in the response, the marks that were set.

``Member_Account``: The member's account (UserID).
``Marks``: The member's marks. A mark is a number greater than or equal to 1,000; app admins may also use the special marks 500 (always online for up to three days) and 600 (hidden from the online member list unless pulled by that mark). Limits: each item at least 1000, or 500 or 600."""

MultiaccountImportRequest = TypedDict("MultiaccountImportRequest", {
    "Accounts": NotRequired[list[str]],
    "AccountList": NotRequired[list["ImportedAccount"]],
})
"""The request body of `MultiaccountImport`.

``Accounts`` (optional): Username list (old version of the request), each username length not exceeding 32 bytes, up to 100 usernames can be imported at a time Limits: 1 to 100 items (else error `70402`); each item 1 to 32 UTF-8 bytes (else error `70402`).
``AccountList`` (optional): List of users to be imported (new version of the request), up to 100 users can be imported at a time Limits: 1 to 100 items (else error `70402`)."""

MultiaccountImportResponse = TypedDict("MultiaccountImportResponse", {
    "FailAccounts": NotRequired[list[str]],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``FailAccounts`` (optional): List of failed account"""

ImportedAccount = TypedDict("ImportedAccount", {
    "UserID": Required[str],
    "Nick": NotRequired[str],
    "FaceUrl": NotRequired[str],
})
"""One user to import (an item of `AccountList`).

``UserID``: Username, which is a string of up to 32 bytes in length Limits: 1 to 32 UTF-8 bytes (else error `70402`).
``Nick`` (optional): User nickname Limits: at most 500 UTF-8 bytes (else error `40601`).
``FaceUrl`` (optional): URL of the user's profile photo Limits: at most 500 UTF-8 bytes (else error `40601`)."""

SendGroupMsgRequest = TypedDict("SendGroupMsgRequest", {
    "GroupId": Required[str],
    "Random": Required[int],
    "MsgPriority": NotRequired["MsgPriority"],
    "MsgBody": Required[list["TimMsgElement"]],
    "From_Account": NotRequired[str],
    "OfflinePushInfo": NotRequired["OfflinePushInfo"],
    "ForbidCallbackControl": NotRequired[list["CallbackControl"]],
    "OnlineOnlyFlag": NotRequired[int],
    "SendMsgControl": NotRequired[list["SendMsgControl"]],
    "CloudCustomData": NotRequired[str],
    "GroupAtInfo": NotRequired[list["GroupAtInfo"]],
    "SupportMessageExtension": NotRequired[int],
})
"""The request body of `SendGroupMsg`.

``GroupId``: ID of the group to which the message will be sent.
``Random``: A 32-bit unsigned integer. If the random numbers of two messages within five minutes are the same, the later message will be discarded as a repeated message.
``MsgPriority`` (optional): Message priority. There are three priority options in descending order: `High`, `Normal` and `Low`. They are case-sensitive. Default: ``"Normal"``.
``MsgBody``: Message body, which consists of an element array. For more information, see Message Formats. Limits: at least 1 items.
``From_Account`` (optional): Message source account. If this field is not specified, the message sender is the app admin account used to call the API. Alternatively, apps can specify the message sender in this field to implement some special features. Note that if this field is specified, you must ensure that the account in this field exists.
``OfflinePushInfo`` (optional): Information of offline push. For more information, see Message Formats.
``ForbidCallbackControl`` (optional): Message callback forbidding option, valid only for a single message. `ForbidBeforeSendMsgCallback`: callback before sending the message is forbidden; `ForbidAfterSendMsgCallback`: callback after sending the message is forbidden.
``OnlineOnlyFlag`` (optional): `1`: send to online members only; `0` (default value): send to all members. This field is not valid for audio-video groups (AVChatRoom). Limits: between 0 and 1. Default: ``0``.
``SendMsgControl`` (optional): Message sending permission, only valid for the current message. `NoLastMsg`: do not trigger conversation update; `NoUnread`: do not include the message in the unread count. Not allowed when `OnlineOnlyFlag` is 1, and not available for AVChatRoom.
``CloudCustomData`` (optional): Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
``GroupAtInfo`` (optional): The members @-mentioned in the message. The target @ users set in the `GroupAtInfo` field have a one-to-one and sequential correspondence to the target @ users in the message body.
``SupportMessageExtension`` (optional): Whether the message supports message extensions (0 no, 1 yes). Limits: between 0 and 1."""

SendGroupMsgResponse = TypedDict("SendGroupMsgResponse", {
    "MsgTime": Required[int],
    "MsgSeq": Required[int],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``MsgTime``: Message sending timestamp, corresponding to the backend server time.
``MsgSeq``: Message sequence number, the unique identifier of a message."""

MsgPriority = str
"""A message's priority.

Open: a value the spec does not list may still arrive in a response."""


class MsgPriorityValues:
    """The documented values of ``MsgPriority``."""

    HIGH: Final = "High"
    """The highest priority."""
    NORMAL: Final = "Normal"
    """The default priority."""
    LOW: Final = "Low"
    """The lowest priority."""


CallbackControl = str
"""A callback not to initiate for this message.

Open: a value the spec does not list may still arrive in a response."""


class CallbackControlValues:
    """The documented values of ``CallbackControl``."""

    FORBID_BEFORE_SEND_MSG_CALLBACK: Final = "ForbidBeforeSendMsgCallback"
    """The callback before sending the message is forbidden."""
    FORBID_AFTER_SEND_MSG_CALLBACK: Final = "ForbidAfterSendMsgCallback"
    """The callback after sending the message is forbidden."""


SendMsgControl = str
"""How this message is counted by the receivers' clients.

Open: a value the spec does not list may still arrive in a response."""


class SendMsgControlValues:
    """The documented values of ``SendMsgControl``."""

    NO_LAST_MSG: Final = "NoLastMsg"
    """Do not trigger conversation update."""
    NO_UNREAD: Final = "NoUnread"
    """Do not include the message in the unread count."""


GroupAtInfo = TypedDict("GroupAtInfo", {
    "GroupAtAllFlag": Required[int],
    "GroupAt_Account": NotRequired[str],
})
"""One @-mention in a group message.

``GroupAtAllFlag``: `1`: @ all; `0`: @ a certain group member. Limits: between 0 and 1.
``GroupAt_Account`` (optional): The group member @-mentioned, when `GroupAtAllFlag` is 0."""

OfflinePushInfo = TypedDict("OfflinePushInfo", {
    "PushFlag": NotRequired[int],
    "Title": NotRequired[str],
    "Desc": NotRequired[str],
    "Ext": NotRequired[str],
    "AndroidInfo": NotRequired["AndroidPushInfo"],
    "ApnsInfo": NotRequired["ApnsPushInfo"],
})
"""Settings of the message's offline push, for APNs and the push services of Android vendors (Mi, Huawei, Meizu, OPPO, vivo). When given, the offline push settings in a `TIMCustomElem` are ignored. APNs packets hold at most 4 KB, so `Desc` and `Ext` together should not exceed 3 KB.

``PushFlag`` (optional): 0: enable push, 1: disable offline push. Limits: between 0 and 1.
``Title`` (optional): Offline push title. This field is applicable to both iOS and Android.
``Desc`` (optional): The offline push content. It overwrites the offline push text of the message's elements, and the `Desc` of a message's only `TIMCustomElem`. Without either, the message gets no offline push notification.
``Ext`` (optional): Passthrough content of offline push. To make sure the offline push of all Android vendors are attainable, this field must be in JSON format.
``AndroidInfo`` (optional): Android settings.
``ApnsInfo`` (optional): APNs settings."""

AndroidPushInfo = TypedDict("AndroidPushInfo", {
    "Sound": NotRequired[str],
    "HuaWeiChannelID": NotRequired[str],
    "XiaoMiChannelID": NotRequired[str],
    "OPPOChannelID": NotRequired[str],
    "GoogleChannelID": NotRequired[str],
    "VIVOClassification": NotRequired[int],
    "HuaWeiImportance": NotRequired[str],
    "ExtAsHuaweiIntentParam": NotRequired[int],
    "HuaWeiCategory": NotRequired[str],
})
"""The Android part of `OfflinePushInfo` (`AndroidInfo`).

``Sound`` (optional): Path to the offline push sound file in Android.
``HuaWeiChannelID`` (optional): Notification channel field for Huawei phones with EMUI 10.0 or later; when not empty it overrides the ChannelID configured in the console.
``XiaoMiChannelID`` (optional): Notification type (Channel) field for Mi phones with MIUI 10 or later; when not empty it overrides the ChannelID configured in the console.
``OPPOChannelID`` (optional): NotificationChannel field for OPPO phones with Android 8.0 or later; when not empty it overrides the ChannelID configured in the console.
``GoogleChannelID`` (optional): Notification channel field for Google phones with Android 8.0 or later (new Google push API only).
``VIVOClassification`` (optional): Push message classification for vivo phones: 0 operation message, 1 system message. Limits: between 0 and 1. Default: ``1``.
``HuaWeiImportance`` (optional): Push notification message classification for Huawei phones: LOW or NORMAL. Default: ``"NORMAL"``.
``ExtAsHuaweiIntentParam`` (optional): With Huawei Push set to open a specified in-app page: 1 uses `Ext` as the Intent parameter, 0 as the Action parameter. Limits: between 0 and 1. Default: ``0``.
``HuaWeiCategory`` (optional): Message type identifier for Huawei phones; when not empty it overrides the category configured in the console."""

ApnsPushInfo = TypedDict("ApnsPushInfo", {
    "Sound": NotRequired[str],
    "BadgeMode": NotRequired[int],
    "Title": NotRequired[str],
    "SubTitle": NotRequired[str],
    "Image": NotRequired[str],
    "MutableContent": NotRequired[int],
})
"""The APNs part of `OfflinePushInfo` (`ApnsInfo`).

``Sound`` (optional): The APNs push sound file.
``BadgeMode`` (optional): 0 (the default) counts the message; 1 does not, so the number on the app icon does not increase. Limits: between 0 and 1. Default: ``0``.
``Title`` (optional): Title of an APNs push message; it replaces the top-level title.
``SubTitle`` (optional): Subtitle of an APNs push message.
``Image`` (optional): Image URL carried by APNs, shown by the client in a pop-up window.
``MutableContent`` (optional): 1: enable the push extension of iOS 10 or later; 0 (default value). Limits: between 0 and 1. Default: ``0``."""

SendGroupSystemNotificationRequest = TypedDict("SendGroupSystemNotificationRequest", {
    "GroupId": Required[str],
    "ToMembers_Account": NotRequired[list[str]],
    "Content": Required[str],
    "TopicId": NotRequired[str],
})
"""The request body of `SendGroupSystemNotification`.

``GroupId``: ID of the group to which the notification will be sent
``ToMembers_Account`` (optional): List of recipients. Up to 500 recipient UserIDs are supported. You can leave this field empty to send the notification to all members. Limits: at most 500 items.
``Content``: Content of the notification
``TopicId`` (optional): ID of the topic where system notices are sent. This field applies only to topic-enabled community groups."""

SendGroupSystemNotificationResponse = TypedDict("SendGroupSystemNotificationResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

SendMsgRequest = TypedDict("SendMsgRequest", {
    "SyncOtherMachine": NotRequired[int],
    "From_Account": NotRequired[str],
    "To_Account": Required[str],
    "MsgLifeTime": NotRequired[int],
    "MsgSeq": NotRequired[int],
    "MsgRandom": Required[int],
    "MsgTimeStamp": NotRequired[int],
    "ForbidCallbackControl": NotRequired[list["CallbackControl"]],
    "SendMsgControl": NotRequired[list["C2cSendMsgControl"]],
    "MsgBody": Required[list["TimMsgElement"]],
    "CloudCustomData": NotRequired[str],
    "SupportMessageExtension": NotRequired[int],
    "OfflinePushInfo": NotRequired["OfflinePushInfo"],
})
"""The request body of `SendMsg`.

``SyncOtherMachine`` (optional): `1`: synchronize the message to `From_Account`'s online terminals and roaming; `2`: do not synchronize the message to `From_Account`. When it is left out, the message is stored in `From_Account`'s roaming. Limits: between 1 and 2.
``From_Account`` (optional): UserID of the message sender (the account the admin sends as). When it is left out, the sender is the app admin calling the API.
``To_Account``: UserID of the message recipient.
``MsgLifeTime`` (optional): Offline storage period of the message, in seconds; at most 7 days (604800 seconds). `0`: the message is sent to online users only, and not stored offline or for roaming. When it is left out, the message is kept for 7 days. Limits: between 0 and 604800 (else error `90026`).
``MsgSeq`` (optional): Message sequence number (a 32-bit unsigned integer), used by the backend to deduplicate messages and to sort the messages of the same second. When it is left out, the backend fills in a random number.
``MsgRandom``: Message random number (a 32-bit unsigned integer), used by the backend to deduplicate messages of the same second. Make sure the value is random.
``MsgTimeStamp`` (optional): Message timestamp, a Unix timestamp in seconds.
``ForbidCallbackControl`` (optional): Message callback forbidding option, valid only for this message. `ForbidBeforeSendMsgCallback`: no callback before sending the message; `ForbidAfterSendMsgCallback`: no callback after sending the message.
``SendMsgControl`` (optional): Message sending control options, valid only for this message. `NoUnread`: the message is not counted as unread; `NoLastMsg`: the message does not update the conversation list; `WithMuteNotifications`: the recipient's do-not-disturb setting for the sender applies (by default it does not).
``MsgBody``: Message body, which consists of an element array (a message can hold several elements). For more information, see Message Formats. Limits: at least 1 items.
``CloudCustomData`` (optional): Custom message data. It is saved in the cloud and will be sent to the peer end. Such data can be pulled after the app is uninstalled and reinstalled.
``SupportMessageExtension`` (optional): Whether the message supports message extensions (0 no, 1 yes). Limits: between 0 and 1.
``OfflinePushInfo`` (optional): Offline push information. For more information, see Message Formats."""

SendMsgResponse = TypedDict("SendMsgResponse", {
    "MsgTime": Required[int],
    "MsgKey": Required[str],
})
"""The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.

``MsgTime``: Message timestamp, a Unix timestamp in seconds.
``MsgKey``: Unique identifier of the message, used to recall it (`AdminMsgWithdraw`) and to page history (`AdminGetRoamMsg`)."""

C2cSendMsgControl = str
"""How a one-to-one message is counted and notified by the recipient's clients.

Open: a value the spec does not list may still arrive in a response."""


class C2cSendMsgControlValues:
    """The documented values of ``C2cSendMsgControl``."""

    NO_UNREAD: Final = "NoUnread"
    """Do not include the message in the unread count."""
    NO_LAST_MSG: Final = "NoLastMsg"
    """Do not update the conversation list."""
    WITH_MUTE_NOTIFICATIONS: Final = "WithMuteNotifications"
    """The recipient's do-not-disturb setting for the sender applies."""


SetUnreadMsgNumRequest = TypedDict("SetUnreadMsgNumRequest", {
    "GroupId": Required[str],
    "Member_Account": Required[str],
    "UnreadMsgNum": Required[int],
})
"""The request body of `SetUnreadMsgNum`.

``GroupId``: ID of the target group
``Member_Account``: Target group member
``UnreadMsgNum``: Unread message count of the target member Limits: at least 0."""

SetUnreadMsgNumResponse = TypedDict("SetUnreadMsgNumResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

UnbanGroupMemberRequest = TypedDict("UnbanGroupMemberRequest", {
    "GroupId": Required[str],
    "Members_Account": Required[list[str]],
})
"""The request body of `UnbanGroupMember`.

``GroupId``: ID of the group whose members are to be unbanned
``Members_Account``: Account IDs of the members to be unbanned. Up to 20 account IDs are supported per request. Limits: 1 to 20 items (else error `10005`)."""

UnbanGroupMemberResponse = TypedDict("UnbanGroupMemberResponse", {
})
"""The answer is the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo` only.
"""

AccountCheckBody = TypedDict("AccountCheckBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "ResultItem": NotRequired[list["AccountCheckResult"]],
})
"""The whole response body of AccountCheck: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

AccountDeleteBody = TypedDict("AccountDeleteBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "ResultItem": NotRequired[list["AccountDeleteResult"]],
})
"""The whole response body of AccountDelete: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

AccountImportBody = TypedDict("AccountImportBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of AccountImport: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

AddGroupMemberBody = TypedDict("AddGroupMemberBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "MemberList": NotRequired[list["AddedGroupMember"]],
})
"""The whole response body of AddGroupMember: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

AdminGetRoamMsgBody = TypedDict("AdminGetRoamMsgBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "Complete": NotRequired[int],
    "MsgCnt": NotRequired[int],
    "LastMsgTime": NotRequired[int],
    "LastMsgKey": NotRequired[str],
    "MsgList": NotRequired[list["C2cHistoryMessage"]],
})
"""The whole response body of AdminGetRoamMsg: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

AdminMsgWithdrawBody = TypedDict("AdminMsgWithdrawBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of AdminMsgWithdraw: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

AdminSetMsgReadBody = TypedDict("AdminSetMsgReadBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of AdminSetMsgRead: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

BanGroupMemberBody = TypedDict("BanGroupMemberBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of BanGroupMember: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

BatchSendMsgBody = TypedDict("BatchSendMsgBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "MsgTime": NotRequired[int],
    "MsgKey": NotRequired[str],
    "ErrorList": NotRequired[list["BatchSendError"]],
})
"""The whole response body of BatchSendMsg: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ChangeGroupOwnerBody = TypedDict("ChangeGroupOwnerBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of ChangeGroupOwner: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

CreateGroupBody = TypedDict("CreateGroupBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "GroupId": NotRequired[str],
    "Type": NotRequired["GroupType"],
    "HugeGroupFlag": NotRequired[int],
})
"""The whole response body of CreateGroup: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

DeleteGroupMemberBody = TypedDict("DeleteGroupMemberBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of DeleteGroupMember: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

DeleteGroupMsgBySenderBody = TypedDict("DeleteGroupMsgBySenderBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of DeleteGroupMsgBySender: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

DestroyGroupBody = TypedDict("DestroyGroupBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of DestroyGroup: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ForbidSendMsgBody = TypedDict("ForbidSendMsgBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of ForbidSendMsg: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetAppidGroupListBody = TypedDict("GetAppidGroupListBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "TotalCount": NotRequired[int],
    "GroupIdList": NotRequired[list["GroupIdItem"]],
    "Next": NotRequired[int],
})
"""The whole response body of GetAppidGroupList: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetGroupBanMemberBody = TypedDict("GetGroupBanMemberBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "BannedAccountList": NotRequired[list["BannedMember"]],
    "NextOffset": NotRequired[int],
})
"""The whole response body of GetGroupBanMember: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetGroupInfoBody = TypedDict("GetGroupInfoBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "GroupInfo": NotRequired[list["GroupInfoItem"]],
})
"""The whole response body of GetGroupInfo: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetGroupMemberInfoBody = TypedDict("GetGroupMemberInfoBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "MemberNum": NotRequired[int],
    "MemberList": NotRequired[list["GroupMemberInfo"]],
    "Next": NotRequired[str],
})
"""The whole response body of GetGroupMemberInfo: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetGroupMutedAccountBody = TypedDict("GetGroupMutedAccountBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "GroupId": NotRequired[str],
    "ShuttedUinList": NotRequired[list["MutedMember"]],
})
"""The whole response body of GetGroupMutedAccount: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetJoinedGroupListBody = TypedDict("GetJoinedGroupListBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "TotalCount": NotRequired[int],
    "GroupIdList": NotRequired[list["JoinedGroup"]],
})
"""The whole response body of GetJoinedGroupList: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetMembersBody = TypedDict("GetMembersBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "MemberList": NotRequired[list["OnlineMember"]],
    "NextTimestamp": NotRequired[int],
})
"""The whole response body of GetMembers: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetOnlineMemberNumBody = TypedDict("GetOnlineMemberNumBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "OnlineMemberNum": NotRequired[int],
})
"""The whole response body of GetOnlineMemberNum: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GetRoleInGroupBody = TypedDict("GetRoleInGroupBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "UserIdList": NotRequired[list["UserRoleInGroup"]],
})
"""The whole response body of GetRoleInGroup: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GroupMsgGetSimpleBody = TypedDict("GroupMsgGetSimpleBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "GroupId": NotRequired[str],
    "IsFinished": NotRequired[int],
    "RspMsgList": NotRequired[list["GroupHistoryMessage"]],
})
"""The whole response body of GroupMsgGetSimple: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

GroupMsgRecallBody = TypedDict("GroupMsgRecallBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "RecallRetList": NotRequired[list["RecallResult"]],
})
"""The whole response body of GroupMsgRecall: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ImportGroupBody = TypedDict("ImportGroupBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "GroupId": NotRequired[str],
})
"""The whole response body of ImportGroup: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ImportGroupMemberBody = TypedDict("ImportGroupMemberBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "MemberList": NotRequired[list["ImportedMemberResult"]],
})
"""The whole response body of ImportGroupMember: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ImportGroupMsgBody = TypedDict("ImportGroupMsgBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "ImportMsgResult": NotRequired[list["ImportGroupMsgResult"]],
})
"""The whole response body of ImportGroupMsg: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ImportMsgBody = TypedDict("ImportMsgBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of ImportMsg: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ModifyGroupBaseInfoBody = TypedDict("ModifyGroupBaseInfoBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of ModifyGroupBaseInfo: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ModifyGroupMemberInfoBody = TypedDict("ModifyGroupMemberInfoBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of ModifyGroupMemberInfo: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

ModifyUserInfoBody = TypedDict("ModifyUserInfoBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "CommandType": NotRequired["CommandType"],
    "MemberList": NotRequired[list["MemberMarks"]],
})
"""The whole response body of ModifyUserInfo: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

MultiaccountImportBody = TypedDict("MultiaccountImportBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "FailAccounts": NotRequired[list[str]],
})
"""The whole response body of MultiaccountImport: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

SendGroupMsgBody = TypedDict("SendGroupMsgBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "MsgTime": NotRequired[int],
    "MsgSeq": NotRequired[int],
})
"""The whole response body of SendGroupMsg: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

SendGroupSystemNotificationBody = TypedDict("SendGroupSystemNotificationBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of SendGroupSystemNotification: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

SendMsgBody = TypedDict("SendMsgBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
    "MsgTime": NotRequired[int],
    "MsgKey": NotRequired[str],
})
"""The whole response body of SendMsg: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

SetUnreadMsgNumBody = TypedDict("SetUnreadMsgNumBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of SetUnreadMsgNum: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

UnbanGroupMemberBody = TypedDict("UnbanGroupMemberBody", {
    "ActionStatus": Required["ActionStatus"],
    "ErrorCode": Required[int],
    "ErrorInfo": Required[str],
    "ErrorDisplay": NotRequired[str],
    "RequestId": NotRequired[str],
})
"""The whole response body of UnbanGroupMember: Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always 200 unless a network error occurs (for example 502); the real error is carried in `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999."""

