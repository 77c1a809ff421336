"""Schemathesis hooks: every generated request is signed the way the vendor does it.

Loaded by `SCHEMATHESIS_HOOKS=hooks` (with this folder on PYTHONPATH). The credentials come from
the environment the test sets: IMAPI_VOLC_AK, IMAPI_VOLC_SK, IMAPI_VOLC_REGION,
IMAPI_TENCENT_SDKAPPID, IMAPI_TENCENT_KEY, IMAPI_TENCENT_ADMIN.

Signing happens in a `requests` auth object, which sees the request as it goes on the wire:
the final URL and the body's bytes. Volcengine requests get the V4 "HMAC-SHA256" headers;
Tencent requests get their `sdkappid`, `identifier`, `usersig` and `random` query values set,
replacing whatever was generated for them, so the fuzzing reaches the operation itself.

The signers are the project's own code, written from the protocol descriptions in the exported
documents; `self_test` checks them against the conformance vectors made with the vendors'
official packages (tests/conformance/).
"""

import base64
import hashlib
import hmac
import json
import os
import random
import time
import zlib
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import requests
import schemathesis


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def _hmac(key, text):
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def _encode(value):
    return quote(value, safe="-_.~")


def volcengine_headers(method, host, path, query, body, content_type, ak, sk, region,
                       service, x_date, session_token=""):
    """The headers a V4-signed request adds: X-Date, X-Content-Sha256, Authorization (and
    X-Security-Token for STS credentials)."""
    body_hash = sha256_hex(body)
    headers = {
        "content-type": content_type,
        "host": host,
        "x-content-sha256": body_hash,
        "x-date": x_date,
    }
    if session_token:
        headers["x-security-token"] = session_token
    names = sorted(headers)
    canonical = "\n".join([
        method,
        _encode(path).replace("%2F", "/") or "/",
        "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(query, key=lambda kv: kv[0])),
        "".join(f"{n}:{headers[n].strip()}\n" for n in names),
        ";".join(names),
        body_hash,
    ])
    short_date = x_date[:8]
    scope = f"{short_date}/{region}/{service}/request"
    to_sign = f"HMAC-SHA256\n{x_date}\n{scope}\n{sha256_hex(canonical.encode('utf-8'))}"
    key = sk.encode("utf-8")
    for part in (short_date, region, service, "request"):
        key = _hmac(key, part)
    signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    out = {
        "X-Date": x_date,
        "X-Content-Sha256": body_hash,
        "Authorization": f"HMAC-SHA256 Credential={ak}/{scope}, "
                         f"SignedHeaders={';'.join(names)}, Signature={signature}",
    }
    if session_token:
        out["X-Security-Token"] = session_token
    return out


def usersig(sdkappid, key, identifier, expire, now, userbuf=None):
    """A TLSSigAPIv2 UserSig."""
    content = (f"TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\n"
               f"TLS.time:{now}\nTLS.expire:{expire}\n")
    doc = {"TLS.ver": "2.0", "TLS.identifier": identifier, "TLS.sdkappid": int(sdkappid),
           "TLS.expire": int(expire), "TLS.time": int(now)}
    if userbuf is not None:
        encoded = base64.b64encode(userbuf).decode("ascii")
        content += f"TLS.userbuf:{encoded}\n"
        doc["TLS.userbuf"] = encoded
    doc["TLS.sig"] = base64.b64encode(_hmac(key.encode("utf-8"), content)).decode("ascii")
    compressed = zlib.compress(json.dumps(doc).encode("utf-8"))
    return (base64.b64encode(compressed).decode("ascii")
            .replace("+", "*").replace("/", "-").replace("=", "_"))


def self_test(conformance_dir):
    """Checks both signers against the vendors' vectors; returns how many were checked."""
    checked = 0
    with open(os.path.join(conformance_dir, "volcengine_v4.json"), encoding="utf-8") as f:
        for v in json.load(f)["vectors"]:
            got = volcengine_headers(v["method"], v["host"], v["path"],
                                     [tuple(q) for q in v["query"]], v["body"].encode("utf-8"),
                                     v["content_type"], v["access_key_id"],
                                     v["secret_access_key"], v["region"], v["service"],
                                     v["x_date"], v["session_token"])
            assert got["Authorization"] == v["expected"]["authorization"], (v["name"], got)
            assert got["X-Content-Sha256"] == v["expected"]["x_content_sha256"], v["name"]
            checked += 1
    with open(os.path.join(conformance_dir, "tencent_usersig.json"), encoding="utf-8") as f:
        for v in json.load(f)["vectors"]:
            userbuf = None if v["userbuf"] is None else bytes(v["userbuf"])
            got = usersig(v["sdkappid"], v["secret_key"], v["identifier"], v["expire"],
                          v["time"], userbuf)
            assert got == v["expected_usersig"], (v["name"], got)
            checked += 1
    return checked


class VendorAuth(requests.auth.AuthBase):
    """Signs a prepared request for the vendor its path belongs to."""

    def __call__(self, request):
        url = urlsplit(request.url)
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        if url.path.startswith("/v4/"):
            env = os.environ
            now = int(time.time())
            query = urlencode([
                ("sdkappid", env["IMAPI_TENCENT_SDKAPPID"]),
                ("identifier", env["IMAPI_TENCENT_ADMIN"]),
                ("usersig", usersig(env["IMAPI_TENCENT_SDKAPPID"], env["IMAPI_TENCENT_KEY"],
                                    env["IMAPI_TENCENT_ADMIN"], 86400, now)),
                ("random", str(random.randrange(0, 2**32))),
                ("contenttype", "json"),
            ])
            request.url = urlunsplit((url.scheme, url.netloc, url.path, query, ""))
            return request
        content_type = request.headers.get("Content-Type", "application/json")
        request.headers["Content-Type"] = content_type
        request.headers["Host"] = url.netloc
        x_date = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        request.headers.update(volcengine_headers(
            request.method, url.netloc, url.path or "/",
            parse_qsl(url.query, keep_blank_values=True), body, content_type,
            os.environ["IMAPI_VOLC_AK"], os.environ["IMAPI_VOLC_SK"],
            os.environ["IMAPI_VOLC_REGION"], "rtc", x_date))
        return request


@schemathesis.hook
def before_call(context, case, kwargs):
    kwargs["auth"] = VendorAuth()
