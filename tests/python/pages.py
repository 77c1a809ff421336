"""The extensions fixture's Python package walks paginated operations: each walk of
PAGES_WALKS (name, operation, first request) through the client's ``…_pages`` generator,
against the loopback router tests/integration/extensions_pages.rs starts (PAGES_BASE_URL,
signed with PAGES_AK and PAGES_SK). Prints one JSON object: per walk, each page's items and the
field of the ``PagingError`` that ended it, if one did; any other failure raises.
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterator

import extensions_fixture
from extensions_fixture import ext_demo


MAX_PAGES = 20
"""A walk that goes on past this many pages is reported, not followed for ever."""


def walk(pages: Iterator[list[Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"pages": [], "error": None}
    try:
        for items in pages:
            out["pages"].append(items)
            if len(out["pages"]) >= MAX_PAGES:
                out["error"] = "endless"
                break
    except extensions_fixture.PagingError as e:
        out["error"] = e.field
    return out


def main() -> None:
    http = extensions_fixture.HttpOptions(base_url=os.environ["PAGES_BASE_URL"],
                                          allow_http=True, timeout=5.0)
    client = ext_demo.Client(access_key_id=os.environ["PAGES_AK"],
                             secret_access_key=os.environ["PAGES_SK"],
                             region="cn-north-1", http=http)
    out: dict[str, Any] = {}
    for name, op, first in json.loads(os.environ["PAGES_WALKS"]):
        if op == "GetGroupMembers":
            out[name] = walk([m["Member_Account"] for m in page["Members"]]
                             for page in client.get_group_members_pages(first))
        else:
            out[name] = walk([m["MsgSeq"] for m in page["RspMsgList"]]
                             for page in client.get_group_history_pages(first))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
