#!/usr/bin/env python3
"""Calls a server with the vendors' official Python packages, as an integrator's code would.

The emulator's tests (emulator/tests/official.rs) run this against the emulator: requests
signed by PyPI `volcengine` (V4), carrying UserSigs from PyPI `tls-sig-api-v2` or the headers
PyPI `rc-server-sdk` signs must be accepted, and the packages' wrong signatures and expired
UserSigs refused with the vendors' codes. It prints one JSON object: what each call answered.
RongCloud's App Key and App Secret come from IMAPI_RONGCLOUD_APP_KEY and
IMAPI_RONGCLOUD_APP_SECRET.

    python official_clients.py BASE_URL AK SK REGION SDKAPPID ADMIN KEY
    python official_clients.py BASE_URL AK SK REGION SDKAPPID ADMIN KEY SAMPLES ADMIN_TOKEN

With SAMPLES (a JSON file: a list of {"vendor", "operation", "path", "request"}) it sends each
request instead, Volcengine's through the `volcengine` package, Tencent's as a plain HTTP
POST carrying a UserSig the `tls-sig-api-v2` package made and RongCloud's as a form POST with
the headers the `rc-server-sdk` package signs, each on a state reset first (the
emulator's admin endpoint, with ADMIN_TOKEN), and prints what each answered.

Nothing of the vendors' code is in this repository: the packages are installed from PyPI into
a virtualenv by the test, at the versions it pins.
"""

import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import TLSSigAPIv2
from volcengine.ApiInfo import ApiInfo
from volcengine.Credentials import Credentials
from volcengine.ServiceInfo import ServiceInfo
from volcengine.base.Service import Service

BASE, AK, SK, REGION, SDKAPPID, ADMIN, KEY = sys.argv[1:8]
HOST = BASE.split("://", 1)[1]
SDKAPPID = int(SDKAPPID)


def volcengine(secret, action, body):
    """Calls `action` through the SDK; returns (ok, the answer as JSON)."""
    info = ServiceInfo(HOST, {"Accept": "application/json"},
                       Credentials(AK, secret, "rtc", REGION), 5, 5, scheme="http")
    api = {action: ApiInfo("POST", "/", {"Action": action, "Version": "2020-12-01"}, {}, {})}
    try:
        return True, json.loads(Service(info, api).json(action, {}, json.dumps(body)))
    except Exception as e:  # the SDK raises with the body of a non-200 answer
        text = e.args[0].decode("utf-8") if isinstance(e.args[0], bytes) else str(e.args[0])
        return False, json.loads(text)


def tencent(usersig, body, path="/v4/group_open_avchatroom_http_svc/modify_user_info"):
    """POSTs a command (ModifyUserInfo unless told) with the query credentials; returns the
    answer as JSON."""
    url = (f"{BASE}{path}?sdkappid={SDKAPPID}"
           f"&identifier={ADMIN}&usersig={usersig}&random=4242&contenttype=json")
    request = urllib.request.Request(url, data=json.dumps(body).encode("utf-8"),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=5) as response:
        return {"status": response.status, "body": json.loads(response.read())}


def rongcloud(body, path, secret=None):
    """POSTs a form with the four headers rc-server-sdk's signer makes (App-Key, Nonce,
    Timestamp, Signature); returns the status and the answer as JSON. A list is its key
    repeated, an object bracketed keys, as the pages send them."""
    import rongcloud.module

    app = type("App", (), {"app_key": os.environ["IMAPI_RONGCLOUD_APP_KEY"],
                           "app_secret": secret or os.environ["IMAPI_RONGCLOUD_APP_SECRET"]})
    headers = dict(rongcloud.module.Module(app())._signature())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    def text(value):
        return ("true" if value else "false") if isinstance(value, bool) else str(value)

    pairs = []
    for key, value in body.items():
        if isinstance(value, list):
            pairs += [(key, text(v)) for v in value]
        elif isinstance(value, dict):
            pairs += [(f"{key}[{sub}]", text(v)) for sub, v in value.items()]
        elif value is not None:
            pairs.append((key, text(value)))
    request = urllib.request.Request(f"{BASE}{path}", data=urllib.parse.urlencode(pairs).encode(),
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return {"status": response.status, "body": json.loads(response.read())}
    except urllib.error.HTTPError as e:
        return {"status": e.code, "body": json.loads(e.read())}


def usersig(key, expire=86400, issued=None):
    """A UserSig made by the official package, optionally as if issued at `issued`."""
    real = time.time
    if issued is not None:
        time.time = lambda: issued
    try:
        return TLSSigAPIv2.TLSSigAPIv2(SDKAPPID, key).gen_sig(ADMIN, expire)
    finally:
        time.time = real


def reset(token):
    """Puts the emulator back on its start state."""
    request = urllib.request.Request(f"{BASE}/_emulator/reset", data=b"", method="POST",
                                     headers={"X-Emulator-Token": token})
    with urllib.request.urlopen(request, timeout=5) as response:
        response.read()


def samples(path, token):
    """Sends each sample on a fresh state; returns what each answered."""
    with open(path, encoding="utf-8") as f:
        listed = json.load(f)
    sig = usersig(KEY)
    answers = []
    for sample in listed:
        reset(token)
        if sample["vendor"] == "volcengine":
            ok, answer = volcengine(SK, sample["operation"], sample["request"])
        elif sample["vendor"] == "rongcloud":
            answer = rongcloud(sample["request"], sample["path"])
            ok = answer["body"].get("code") == 200
        else:
            answer = tencent(sig, sample["request"], sample["path"])
            ok = answer["body"].get("ActionStatus") == "OK"
        answers.append({"operation": sample["operation"], "ok": ok, "answer": answer})
    return answers


if len(sys.argv) > 9:
    print(json.dumps(samples(sys.argv[8], sys.argv[9])))
    sys.exit(0)

message = {"AppId": 0, "ConversationShortId": 1, "MessageId": 10001, "Ext": {"from": "python"}}
marks = {"GroupId": "@TGS#a6I4ZUUGO", "CommandType": 1,
         "MemberList": [{"Member_Account": "teacher10", "Marks": [1000]}]}
results = {
    "volcengine_ok": volcengine(SK, "ModifyMessage", message),
    "volcengine_wrong_secret": volcengine("not-the-secret", "ModifyMessage", message),
    "volcengine_get": volcengine(SK, "BatchGetConversationParticipant",
                                 {"AppId": 0, "ConversationShortId": 1, "ParticipantUserIds": [10001]}),
    "tencent_ok": tencent(usersig(KEY), marks),
    "tencent_wrong_key": tencent(usersig("0" * 64), marks),
    "tencent_expired": tencent(usersig(KEY, expire=60, issued=time.time() - 3600), marks),
    "rongcloud_ok": rongcloud({"userId": "123"}, "/user/info.json"),
    "rongcloud_wrong_secret": rongcloud({"userId": "123"}, "/user/info.json", "not-the-secret"),
}
print(json.dumps(results))
