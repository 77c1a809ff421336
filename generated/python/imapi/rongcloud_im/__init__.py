# Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the python template set (service_init.py.j2) (@generated). DO NOT EDIT.
"""RongCloud IM Server API"""

from .client import *  # noqa: F401,F403
from .examples import EXAMPLES as EXAMPLES
from .types import *  # noqa: F401,F403
