# Code generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with the python template set (service_init.py.j2) (@generated). DO NOT EDIT.
"""Tencent Cloud Chat (IM) server REST API"""

from .client import *  # noqa: F401,F403
from .examples import EXAMPLES as EXAMPLES
from .types import *  # noqa: F401,F403
