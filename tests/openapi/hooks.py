"""Schemathesis hooks: every generated request is signed the way the vendor does it.

Loaded by `SCHEMATHESIS_HOOKS=hooks` (with this folder on PYTHONPATH). The credentials come from
the environment the test sets: IMAPI_VOLC_AK, IMAPI_VOLC_SK, IMAPI_VOLC_REGION,
IMAPI_TENCENT_SDKAPPID, IMAPI_TENCENT_KEY, IMAPI_TENCENT_ADMIN, IMAPI_RONGCLOUD_APP_KEY and
IMAPI_RONGCLOUD_APP_SECRET.

Signing happens in a `requests` auth object, which sees the request as it goes on the wire:
the final URL and the body's bytes. Volcengine requests get the V4 "HMAC-SHA256" headers;
Tencent requests get their `sdkappid`, `identifier`, `usersig` and `random` query values set,
replacing whatever was generated for them, so the fuzzing reaches the operation itself;
RongCloud requests (`/<module>/<action>.json`) get the `App-Key`, `Nonce`, `Timestamp` and
`Signature` headers.

The signers are the generated Python package's (`imapi._runtime`, with generated/python on
PYTHONPATH): the same code its users sign with. `self_test` checks them against the
conformance vectors made with the vendors' official packages (tests/conformance/).
"""

import json
import os
import random
import time
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
import schemathesis
from imapi._runtime import rongcloud_signature, user_sig, volcengine_headers


def self_test(conformance_dir):
    """Checks the signers against the vendors' vectors; returns how many were checked."""
    checked = 0
    with open(os.path.join(conformance_dir, "volcengine_v4.json"), encoding="utf-8") as f:
        for v in json.load(f)["vectors"]:
            got = volcengine_headers(
                method=v["method"], host=v["host"], path=v["path"],
                query=[tuple(q) for q in v["query"]], body=v["body"].encode("utf-8"),
                content_type=v["content_type"], access_key_id=v["access_key_id"],
                secret_access_key=v["secret_access_key"], region=v["region"],
                service=v["service"], x_date=v["x_date"], session_token=v["session_token"])
            assert got["Authorization"] == v["expected"]["authorization"], (v["name"], got)
            assert got["X-Content-Sha256"] == v["expected"]["x_content_sha256"], v["name"]
            checked += 1
    with open(os.path.join(conformance_dir, "tencent_usersig.json"), encoding="utf-8") as f:
        for v in json.load(f)["vectors"]:
            userbuf = None if v["userbuf"] is None else bytes(v["userbuf"])
            got = user_sig(sdk_app_id=v["sdkappid"], secret_key=v["secret_key"],
                           identifier=v["identifier"], expire=v["expire"], now=v["time"],
                           user_buf=userbuf)
            assert got == v["expected_usersig"], (v["name"], got)
            checked += 1
    with open(os.path.join(conformance_dir, "rongcloud_signature.json"), encoding="utf-8") as f:
        for v in json.load(f)["vectors"]:
            got = rongcloud_signature(v["app_secret"], v["nonce"], v["timestamp"])
            assert got == v["expected_signature"], (v["name"], got)
            checked += 1
    return checked


def reset_state(url):
    """Puts the emulator back on its start state before a request, when the test gives the
    admin token (IMAPI_ADMIN_TOKEN): each generated case then meets the example state, so one
    that disbands a conversation or a group does not turn every later case into a refusal."""
    token = os.environ.get("IMAPI_ADMIN_TOKEN")
    if token:
        base = urlunsplit((url.scheme, url.netloc, "", "", ""))
        requests.post(f"{base}/_emulator/reset", headers={"X-Emulator-Token": token},
                      timeout=10).raise_for_status()


class VendorAuth(requests.auth.AuthBase):
    """Signs a prepared request for the vendor its path belongs to."""

    def __call__(self, request):
        url = urlsplit(request.url)
        reset_state(url)
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        if url.path.startswith("/v4/"):
            env = os.environ
            now = int(time.time())
            query = urlencode([
                ("sdkappid", env["IMAPI_TENCENT_SDKAPPID"]),
                ("identifier", env["IMAPI_TENCENT_ADMIN"]),
                ("usersig", user_sig(sdk_app_id=int(env["IMAPI_TENCENT_SDKAPPID"]),
                                     secret_key=env["IMAPI_TENCENT_KEY"],
                                     identifier=env["IMAPI_TENCENT_ADMIN"], expire=86400,
                                     now=now)),
                ("random", str(random.randrange(0, 2**32))),
                ("contenttype", "json"),
            ])
            request.url = urlunsplit((url.scheme, url.netloc, url.path, query, ""))
            return request
        if url.path.endswith(".json"):
            nonce = str(random.randrange(0, 2**32))
            timestamp = str(int(time.time() * 1000))
            request.headers.update({
                "App-Key": os.environ["IMAPI_RONGCLOUD_APP_KEY"], "Nonce": nonce,
                "Timestamp": timestamp,
                "Signature": rongcloud_signature(os.environ["IMAPI_RONGCLOUD_APP_SECRET"], nonce,
                                                 timestamp)})
            return request
        content_type = request.headers.get("Content-Type", "application/json")
        request.headers["Content-Type"] = content_type
        request.headers["Host"] = url.netloc
        x_date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        request.headers.update(volcengine_headers(
            method=request.method or "POST", host=url.netloc, path=url.path or "/",
            query=parse_qsl(url.query, keep_blank_values=True), body=body,
            content_type=content_type, access_key_id=os.environ["IMAPI_VOLC_AK"],
            secret_access_key=os.environ["IMAPI_VOLC_SK"],
            region=os.environ["IMAPI_VOLC_REGION"], service="rtc", x_date=x_date))
        return request


@schemathesis.hook
def before_call(context, case, kwargs):
    kwargs["auth"] = VendorAuth()
