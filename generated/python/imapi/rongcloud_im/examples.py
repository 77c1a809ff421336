# Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (examples.py.j2) (@generated). DO NOT EDIT.
"""Every example of the spec, typed: ``mypy --strict`` rejects an example whose keys or values
do not fit the types."""

from __future__ import annotations

from typing import Any, Final

from . import types as t

USER_INFO_1_REQUEST: Final[t.UserInfoRequest] = {"userId": "123"}

USER_INFO_1_RESPONSE: Final[t.UserInfoBody] = {"code": 200, "createTime": "2016-05-24 10:38:19", "userName": "123", "userPortrait": ""}

EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "UserInfo": [
        {"name": "doc", "request": USER_INFO_1_REQUEST, "response": USER_INFO_1_RESPONSE},
    ],
}
"""The examples, by operation."""
