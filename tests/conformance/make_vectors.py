#!/usr/bin/env python3
"""Produce conformance vectors from the vendors' official Python packages.

Nothing of the vendors' code is committed: this script imports the packages, fixes the clock,
and writes what they compute as JSON next to it. The Rust tests (runtime/tests/conformance.rs)
assert that imapi-runtime computes the same bytes and that its verifiers accept them.

Rerun:
    python3 -m venv /tmp/vendor-venv
    /tmp/vendor-venv/bin/pip install volcengine==1.0.229 tls-sig-api-v2==1.1 rc-server-sdk==3.2.0
    /tmp/vendor-venv/bin/python tests/conformance/make_vectors.py

Volcengine: volcengine.auth.SignerV4.sign (the V4 "HMAC-SHA256" signature) with its clock
replaced by a fixed X-Date. Tencent: TLSSigAPIv2.gen_sig / gen_sig_with_userbuf with
time.time() replaced by a fixed instant. RongCloud: rongcloud.module.Module._signature (the
App-Key, Nonce, Timestamp and Signature headers) with random.randint and time.time fixed, and the
form bodies the SDK's group and user calls post, caught in place of its HTTP call.
"""

import json
import os
import random
import time
from collections import OrderedDict
from urllib.parse import urlencode

import TLSSigAPIv2
import volcengine
from volcengine.auth.SignerV4 import SignerV4
from volcengine.base.Request import Request
from volcengine.Credentials import Credentials

HERE = os.path.dirname(os.path.abspath(__file__))

# Made-up credentials: they only have to be the same on both sides.
AK = "AKLTZmFrZWFjY2Vzc2tleWlk"
SK = "WmpBME1qWTNNekE1WkRNME5EazVNV0ZtTnpJd00yRmlaV1JqT1RBNU5qYw=="
X_DATE = "20240102T030405Z"


def volcengine_vector(name, query, body, session_token="", region="cn-north-1",
                      host="rtc.volcengineapi.com"):
    SignerV4.get_current_format_date = staticmethod(lambda: X_DATE)
    request = Request()
    request.set_method("POST")
    request.set_schema("https")
    request.set_host(host)
    request.set_path("/")
    request.set_query(OrderedDict(query))
    request.set_headers(OrderedDict([
        ("Host", host),
        ("Content-Type", "application/json"),
        ("Accept", "application/json"),
    ]))
    request.set_body(body.encode("utf-8"))
    credentials = Credentials(AK, SK, "rtc", region, session_token)
    SignerV4.sign(request, credentials)
    authorization = request.headers["Authorization"]
    return {
        "name": name,
        "access_key_id": AK,
        "secret_access_key": SK,
        "session_token": session_token,
        "region": region,
        "service": "rtc",
        "method": "POST",
        "host": host,
        "path": "/",
        "query": [[k, v] for k, v in query],
        # The query as the SDK puts it on the wire (form encoding: a space is '+').
        "wire_query": urlencode(query),
        "content_type": "application/json",
        "body": body,
        "x_date": X_DATE,
        "expected": {
            "x_content_sha256": request.headers["X-Content-Sha256"],
            "authorization": authorization,
            "signed_headers": authorization.split("SignedHeaders=")[1].split(",")[0],
            "signature": authorization.split("Signature=")[1],
            "headers": {k: v for k, v in request.headers.items() if k.startswith("X-")},
        },
    }


def volcengine_vectors():
    modify = json.dumps({
        "AppId": 123456, "ConversationShortId": 7001, "MessageId": 10001,
        "Ext": {"key": "value"}, "Content": "{\"text\":\"\"}",
    }, separators=(",", ":"))
    chinese = json.dumps({
        "AppId": 123456, "ConversationShortId": 7001, "ParticipantInfos": [
            {"UserId": 10001, "NickName": "群成员一号", "Ext": {"备注": "直播间 🎉"}},
        ], "MarkAction": 1,
    }, separators=(",", ":"), ensure_ascii=False)
    action = lambda a: [("Action", a), ("Version", "2020-12-01")]
    return [
        volcengine_vector("modify_message", action("ModifyMessage"), modify),
        volcengine_vector("modify_message_sts", action("ModifyMessage"), modify,
                          session_token="STS2eyJMVEFjY2Vzc0tleUlkIjoiZmFrZSJ9.token/with+chars="),
        volcengine_vector("non_ascii_body", action("BatchUpdateLiveParticipants"), chinese),
        volcengine_vector("query_needs_encoding",
                          action("ModifyMessage") + [("Note", "a b/c~d*é+&="), ("Empty", "")],
                          modify),
        volcengine_vector("singapore_region", action("BatchGetConversationParticipant"),
                          json.dumps({"AppId": 1, "ConversationShortId": 2,
                                      "ParticipantUserIds": [3, 4]}, separators=(",", ":")),
                          region="ap-southeast-1", host="open-ap-singapore-1.volcengineapi.com"),
    ]


SDKAPPID = 1400000000
SECRET = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e"
NOW = 1700000000


def usersig_vector(name, identifier, expire, userbuf=None):
    time.time = lambda: NOW + 0.25
    api = TLSSigAPIv2.TLSSigAPIv2(SDKAPPID, SECRET)
    if userbuf is None:
        sig = api.gen_sig(identifier, expire)
    else:
        sig = api.gen_sig_with_userbuf(identifier, expire, userbuf)
    return {
        "name": name,
        "sdkappid": SDKAPPID,
        "secret_key": SECRET,
        "identifier": identifier,
        "expire": expire,
        "time": NOW,
        "userbuf": None if userbuf is None else list(userbuf),
        "expected_usersig": sig,
    }


def usersig_vectors():
    return [
        usersig_vector("administrator", "administrator", 180 * 86400),
        usersig_vector("teacher10_one_day", "teacher10", 86400),
        usersig_vector("with_userbuf", "student9", 3600, userbuf=b"abc\x00\xff"),
        usersig_vector("non_ascii_identifier", "管理员", 600),
    ]


RC_KEY = "c9kqb3rdkbb8j"
RC_SECRET = "uTNrkYskbNC"


def rongcloud_vector(name, secret, nonce, timestamp):
    import rongcloud.module
    random.randint = lambda a, b: nonce
    time.time = lambda: timestamp + 0.25
    module = rongcloud.module.Module(type("RC", (), {"app_key": RC_KEY, "app_secret": secret})())
    headers = module._signature()
    headers.pop("User-Agent", None)
    return {
        "name": name,
        "app_key": RC_KEY,
        "app_secret": secret,
        "nonce": str(nonce),
        "timestamp": str(timestamp),
        "expected_signature": headers["Signature"],
        "headers": headers,
    }


def rongcloud_vectors():
    return [
        rongcloud_vector("sdk_seconds", RC_SECRET, 123456789, 1700000000),
        rongcloud_vector("zero_nonce", RC_SECRET, 0, 1700000001),
        # The signature page's worked example, whose Timestamp is in milliseconds.
        rongcloud_vector("documented_example", "Y1W2MeFwwwRxa0", 14314, 1408710653000),
        rongcloud_vector("long_secret", "s3cr3t-with-dashes_and_UNDERSCORES.0123456789", 999999999, 2000000000),
    ]


def rongcloud_forms():
    """The bodies the SDK posts for some calls (its values are not percent-encoded: these use
    values that need no encoding)."""
    from rongcloud import rongcloud as rc_module
    sent = []
    rc = rc_module.RongCloud(RC_KEY, RC_SECRET, "http://127.0.0.1:9")
    def capture(self, url, data=""):
        sent.append({"path": url, "body": data})
        return {"code": 200}
    import rongcloud.group
    import rongcloud.module
    rongcloud.module.Module._http_post = capture
    calls = [
        ("register", lambda: rc.get_user().register("u1", "Alice", "http://example.com/a.png")),
        ("create_group", lambda: rc.get_group().create(["u1", "u2", "u3"], "g1", "Group1")),
        ("join_group", lambda: rc.get_group().join(["u4"], "g1", "Group1")),
        ("sync_groups", lambda: rc.get_group().sync("u1", [("g1", "Group1"), ("g2", "Group2")])),
        ("gag_members", lambda: rongcloud.group.Gag(rc).add(["u2", "u3"], "g1", 60)),
    ]
    out = []
    for name, call in calls:
        call()
        out.append(dict(name=name, **sent[-1]))
    return out


def write(name, vectors, source, **more):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"source": source, "vectors": vectors, **more}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", path)


if __name__ == "__main__":
    write("volcengine_v4.json", volcengine_vectors(),
          "PyPI volcengine==%s, volcengine.auth.SignerV4.sign with a fixed X-Date; "
          "made by tests/conformance/make_vectors.py" % getattr(volcengine, "__version__", "1.0.229"))
    write("tencent_usersig.json", usersig_vectors(),
          "PyPI tls-sig-api-v2==1.1, TLSSigAPIv2.gen_sig / gen_sig_with_userbuf with time.time() "
          "fixed; made by tests/conformance/make_vectors.py")
    write("rongcloud_signature.json", rongcloud_vectors(),
          "PyPI rc-server-sdk==3.2.0, rongcloud.module.Module._signature with random.randint and "
          "time.time() fixed (the SDK sends Timestamp in seconds, the pages say milliseconds); "
          "forms: the bodies its calls post, caught in place of Module._http_post; made by "
          "tests/conformance/make_vectors.py", forms=rongcloud_forms())
