"""Runs a corpus of requests through the generated Python validators and prints what each
reports, for tests/integration/validators_agree.rs to hold against Rust and TypeScript. The
package is the `imapi` on PYTHONPATH (the repository's, or a fixture's); a service's schema is
its module's `SCHEMA` (`ext-demo` → `imapi.ext_demo`).

    python validate_corpus.py CORPUS.json  →  [[[path, rule, message]…] per case]
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import imapi


def schema(service: str) -> dict[str, Any]:
    module = importlib.import_module("imapi." + service.replace("-", "_"))
    found: dict[str, Any] = module.SCHEMA
    return found


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        corpus = json.load(f)
    out = [[[v.path, v.rule, v.message] for v in imapi.validate(schema(c["service"]), c["type"], c["value"])]
           for c in corpus]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
