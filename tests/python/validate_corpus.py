"""Runs a corpus of requests through the generated Python validators and prints what each
reports, for tests/integration/validators_agree.rs to hold against Rust and TypeScript.

    python validate_corpus.py CORPUS.json  →  [[[path, rule, message]…] per case]
"""

from __future__ import annotations

import json
import sys
from typing import Any

import imapi
from imapi import tencent_chat, volcengine_rtc_im

SCHEMAS: dict[str, dict[str, Any]] = {
    "volcengine-rtc-im": volcengine_rtc_im.SCHEMA,
    "tencent-chat": tencent_chat.SCHEMA,
}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        corpus = json.load(f)
    out = [[[v.path, v.rule, v.message] for v in imapi.validate(SCHEMAS[c["service"]], c["type"], c["value"])]
           for c in corpus]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
