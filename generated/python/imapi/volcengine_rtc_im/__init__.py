# @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (service_init.py.j2). Do not edit by hand.
"""Volcengine RTC instant messaging (IM) OpenAPI"""

from imapi.volcengine_rtc_im.client import *  # noqa: F401,F403
from imapi.volcengine_rtc_im.examples import EXAMPLES as EXAMPLES
from imapi.volcengine_rtc_im.types import *  # noqa: F401,F403
