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

UserInfoBody = TypedDict("UserInfoBody", {
    "code": Required[int],
    "errorMessage": NotRequired[str],
    "userName": NotRequired[str],
    "userPortrait": NotRequired[str],
    "createTime": NotRequired[str],
})
"""The whole response body of UserInfo: Every answer is a JSON object whose `code` is 200 on success, with the API's own fields beside it; a failure carries another code and `errorMessage`, and most failures come with an HTTP status of their own (401 for a signature that does not verify, 429 for a rate limit). The request id is not in the body: the `X-Request-Id` response header carries it."""

