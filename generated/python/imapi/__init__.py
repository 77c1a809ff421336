# Code generated from spec/ by `cargo run -p codegen -- generate` with the python template set (package_init.py.j2) (@generated). DO NOT EDIT.
"""RongCloud IM Server API; Tencent Cloud Chat (IM) server REST API; Volcengine RTC instant messaging (IM) OpenAPI: one subpackage per
service, the runtime's errors and validator here."""

from ._runtime import (
    ApiError,
    HttpOptions,
    PagingError,
    TransportError,
    ValidationError,
    Violation,
    form_body,
    rongcloud_signature,
    user_sig,
    validate,
    volcengine_headers,
)
from . import rongcloud_im
from . import tencent_chat
from . import volcengine_rtc_im

__all__ = [
    "ApiError",
    "HttpOptions",
    "PagingError",
    "TransportError",
    "ValidationError",
    "Violation",
    "form_body",
    "rongcloud_signature",
    "user_sig",
    "validate",
    "volcengine_headers",
    "rongcloud_im",
    "tencent_chat",
    "volcengine_rtc_im",
]
