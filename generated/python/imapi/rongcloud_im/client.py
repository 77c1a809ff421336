# Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (client.py.j2) (@generated). DO NOT EDIT.
"""The client of RongCloud IM Server API, its validators, and the schema they read."""

from __future__ import annotations

import os
from typing import Any, Final, cast

from .._runtime import HttpOptions, Violation, call, validate
from . import types as t

__all__ = ["ENDPOINTS", "SCHEMA", "SIGNING", "Client", "validate_user_info_request"]

SCHEMA: Final[dict[str, Any]] = {"envelope": {"fields": [["code", "i64", True, {}], ["errorMessage", "string", False, {}]], "payload": None, "roles": {"code": ["code"], "message": ["errorMessage"], "number": ["code"], "ok_code": 200, "request_id": [], "request_id_header": "X-Request-Id", "status": None}}, "types": {"UserInfoRequest": {"at_least_one_of": [], "fields": [["userId", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}, "UserInfoResponse": {"at_least_one_of": [], "fields": [["userName", "string", True, {}], ["userPortrait", "string", True, {}], ["createTime", "string", True, {}]], "forbidden_when": [], "kind": "struct", "mutually_exclusive": [], "required_when": []}}}
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

    def user_info(self, request: t.UserInfoRequest) -> t.UserInfoResponse:
        """Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.

        ``POST /user/info.json``; at most 100 calls per second. See https://docs.rongcloud.io/platform-chat-api/user/get.
        """
        route: dict[str, Any] = {"path": "/user/info.json", "query": [],
                                 "request": "UserInfoRequest", "response": "UserInfoResponse", "body": "form"}
        return cast("t.UserInfoResponse", self._call(route, request))


def validate_user_info_request(request: t.UserInfoRequest) -> list[Violation]:
    """The violations of ``UserInfoRequest``'s documented limits (none when it is valid)."""
    return validate(SCHEMA, "UserInfoRequest", request)
