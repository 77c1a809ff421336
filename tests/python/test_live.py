"""The generated Python package against the emulator, run with pytest by
emulator/tests/other_languages.rs (which starts the emulator and sets the environment).

Every example request of every operation goes through the package's client (validated,
signed, sent, decoded); the signers must equal the vendors' official packages byte for byte on
the conformance vectors; a limit is refused before sending; a vendor error arrives with its
code.
"""

from __future__ import annotations

import json
import os
import re
import urllib.request
from pathlib import Path
from typing import Any, Callable

import pytest

import imapi
from imapi import rongcloud_im, tencent_chat, volcengine_rtc_im

HTTP = imapi.HttpOptions(base_url=os.environ.get("IMAPI_BASE_URL", "http://127.0.0.1:9"),
                         allow_http=True, timeout=5.0)
CONFORMANCE = Path(os.environ.get("IMAPI_CONFORMANCE_DIR", "tests/conformance"))


def volcengine() -> volcengine_rtc_im.Client:
    return volcengine_rtc_im.Client(access_key_id=os.environ["IMAPI_VOLC_AK"],
                                    secret_access_key=os.environ["IMAPI_VOLC_SK"],
                                    region="cn-north-1", http=HTTP)


def tencent() -> tencent_chat.Client:
    return tencent_chat.Client(sdk_app_id=int(os.environ["IMAPI_TENCENT_SDKAPPID"]),
                               identifier=os.environ["IMAPI_TENCENT_ADMIN"],
                               secret_key=os.environ["IMAPI_TENCENT_KEY"], http=HTTP)


def rongcloud() -> rongcloud_im.Client:
    return rongcloud_im.Client(app_key=os.environ["IMAPI_RONGCLOUD_APP_KEY"],
                               app_secret=os.environ["IMAPI_RONGCLOUD_APP_SECRET"], http=HTTP)


def reset_state() -> None:
    """Puts the emulator back to its start state, when the admin token is given."""
    token = os.environ.get("IMAPI_ADMIN_TOKEN")
    if token is None:
        return
    request = urllib.request.Request(f"{HTTP.base_url}/_emulator/reset", data=b"",
                                     method="POST", headers={"X-Emulator-Token": token})
    with urllib.request.urlopen(request, timeout=5) as answer:
        assert answer.status == 200


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


CASES = [(module, client, op, example)
         for module, client in ((volcengine_rtc_im, volcengine), (tencent_chat, tencent),
                                (rongcloud_im, rongcloud))
         for op, examples in module.EXAMPLES.items()
         for example in examples if example["request"] is not None]


@pytest.mark.parametrize("module,client,op,example", CASES,
                         ids=[f"{c[2]}-{c[3]['name']}" for c in CASES])
def test_every_example_request_succeeds(module: Any, client: Callable[[], Any], op: str,
                                        example: dict[str, Any]) -> None:
    # Each example starts from the example state: one operation's example (DestroyConversation's)
    # must not take away what another's needs.
    reset_state()
    method = getattr(client(), snake(op))
    result = method(example["request"])
    assert isinstance(result, dict)


def test_every_operation_has_an_example() -> None:
    ops = {c[2] for c in CASES}
    assert ops == (set(volcengine_rtc_im.EXAMPLES) | set(tencent_chat.EXAMPLES)
                   | set(rongcloud_im.EXAMPLES))
    assert len(ops) >= 8


def test_64_bit_ids_are_exact() -> None:
    got = volcengine().batch_get_conversation_participant(
        {"AppId": 0, "ConversationShortId": 1, "ParticipantUserIds": [10001]})
    assert got["Participants"][0]["ParticipantUserId"] == 10001
    assert json.loads('{"id": 9007199254740993}')["id"] == 9007199254740993


def test_a_request_over_its_limits_is_refused_before_sending() -> None:
    bad: tencent_chat.ModifyUserInfoRequest = {
        "GroupId": "@TGS#a6I4ZUUGO", "CommandType": 1,
        "MemberList": [{"Member_Account": "teacher10", "Marks": [1, 1000]}]}
    with pytest.raises(imapi.ValidationError) as refused:
        tencent().modify_user_info(bad)
    assert [(v.path, v.rule) for v in refused.value.violations] == [
        ("MemberList[0].Marks[0]", "minimum")]
    assert refused.value.violations[0].message == (
        "MemberList[0].Marks[0] must be at least 1000 (or exactly 500 or 600), found 1")


def test_a_vendor_error_arrives_with_its_code() -> None:
    with pytest.raises(imapi.ApiError) as error:
        volcengine().modify_message({"AppId": 0, "ConversationShortId": 987654321987,
                                     "MessageId": 1, "Content": "x"})
    assert (error.value.code, error.value.code_number, error.value.status) == (
        "ConversationNotFound", 1, 400)


def test_a_walk_carries_a_second_field() -> None:
    # Each continued AdminGetRoamMsg pull carries the previous LastMsgTime into MaxTime beside
    # LastMsgKey (the emulator refuses one that does not). The example state has two messages
    # between user1 and user2; one a page, newest first.
    reset_state()
    first: tencent_chat.AdminGetRoamMsgRequest = {
        "Operator_Account": "user2", "Peer_Account": "user1", "MaxCnt": 1,
        "MinTime": 1584669600, "MaxTime": 1584673200}
    walked = [(page["Complete"], [m["MsgKey"] for m in page["MsgList"]])
              for page in tencent().admin_get_roam_msg_pages(first)]
    assert walked == [(0, ["1054803289_7201_1584669689"]), (1, ["549396494_2578554_1584669680"])]


def test_secrets_stay_out_of_repr() -> None:
    assert os.environ["IMAPI_VOLC_SK"] not in repr(volcengine())
    assert os.environ["IMAPI_TENCENT_KEY"] not in repr(tencent())
    assert os.environ["IMAPI_RONGCLOUD_APP_SECRET"] not in repr(rongcloud())


def test_v4_signatures_equal_the_official_package() -> None:
    vectors = json.loads((CONFORMANCE / "volcengine_v4.json").read_text())["vectors"]
    for v in vectors:
        headers = imapi.volcengine_headers(
            method=v["method"], host=v["host"], path=v["path"],
            query=[(k, q) for k, q in v["query"]], body=v["body"].encode("utf-8"),
            content_type=v["content_type"], access_key_id=v["access_key_id"],
            secret_access_key=v["secret_access_key"], region=v["region"],
            service=v["service"], x_date=v["x_date"], session_token=v["session_token"])
        assert headers["Authorization"] == v["expected"]["authorization"], v["name"]
        assert headers["X-Content-Sha256"] == v["expected"]["x_content_sha256"], v["name"]
    assert len(vectors) >= 3


def test_rongcloud_signatures_equal_the_official_package() -> None:
    vectors = json.loads((CONFORMANCE / "rongcloud_signature.json").read_text())["vectors"]
    for v in vectors:
        assert imapi.rongcloud_signature(v["app_secret"], v["nonce"], v["timestamp"]) == \
            v["expected_signature"], v["name"]
    assert len(vectors) >= 3


def test_usersigs_equal_the_official_package() -> None:
    vectors = json.loads((CONFORMANCE / "tencent_usersig.json").read_text())["vectors"]
    for v in vectors:
        user_buf = None if v["userbuf"] is None else bytes(v["userbuf"])
        sig = imapi.user_sig(sdk_app_id=v["sdkappid"], secret_key=v["secret_key"],
                             identifier=v["identifier"], expire=v["expire"], now=v["time"],
                             user_buf=user_buf)
        assert sig == v["expected_usersig"], v["name"]
    assert len(vectors) >= 3
