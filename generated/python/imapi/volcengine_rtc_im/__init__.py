# Code generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (service_init.py.j2) (@generated). DO NOT EDIT.
"""Volcengine RTC instant messaging (IM) OpenAPI"""

from .client import *  # noqa: F401,F403
from .examples import EXAMPLES as EXAMPLES
from .types import *  # noqa: F401,F403
