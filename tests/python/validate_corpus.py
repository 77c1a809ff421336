"""Runs a corpus of requests through the generated Python validators and prints what each
reports, for tests/integration/validators_agree.rs to hold against Rust and TypeScript. PACKAGE
is the generated package to use, found on PYTHONPATH (`imapi`, or a fixture's); a service's
schema is its module's `SCHEMA` (`ext-demo` → `PACKAGE.ext_demo`).

    python validate_corpus.py CORPUS.json PACKAGE  →  [[[path, rule, message, code]…] per case]
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any


def main(path: str, package_name: str) -> None:
    package = importlib.import_module(package_name)

    def schema(service: str) -> dict[str, Any]:
        module = importlib.import_module(package_name + "." + service.replace("-", "_"))
        found: dict[str, Any] = module.SCHEMA
        return found

    with open(path, encoding="utf-8") as f:
        corpus = json.load(f)
    out = [[[v.path, v.rule, v.message, v.code] for v in package.validate(schema(c["service"]), c["type"], c["value"])]
           for c in corpus]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
