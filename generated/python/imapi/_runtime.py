"""The hand-written runtime of the generated Python package.

The validator that reads each service's schema (the Rust crate's rules, paths and messages),
a signer per signing scheme, the one call pipeline on the standard library, which reads
each service's signing and envelope as data, and the pager that walks paginated operations
(each client's ``…_pages``). Copied as it is by the python template set.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, Sequence, TypeVar, cast
from urllib.parse import quote, urlsplit

__all__ = [
    "ApiError",
    "HttpOptions",
    "PagingError",
    "TransportError",
    "ValidationError",
    "Violation",
    "call",
    "form_body",
    "next_page",
    "pages",
    "rongcloud_signature",
    "user_sig",
    "validate",
    "volcengine_headers",
]

# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One broken constraint."""

    path: str
    """The wire path (``ParticipantInfos[3].Marks[0]``; empty for the request itself)."""
    rule: str
    """The rule's name (``max_items``), as in the spec and the Rust crate."""
    message: str
    """``ParticipantInfos must have at most 100 items, found 101 items``."""
    code: str | None = None
    """The vendor's documented code for breaking this constraint (``10005``), when the spec
    gives one; otherwise the service's code for an invalid parameter applies."""


class ValidationError(ValueError):
    """A request breaks its documented limits; nothing was sent."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        shown = "; ".join(v.message for v in violations[:5])
        super().__init__(f"the request breaks {len(violations)} constraint(s): {shown}")


_PLAIN_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _path_text(path: list[tuple[str, Any]]) -> str:
    """``ParticipantInfos[3].Marks[0]``; a map key that is not a plain ASCII word (letters,
    digits, ``_``, ``-``) is quoted as JSON: ``Ext["s:from"]``, ``Ext["键"]``."""
    out = ""
    for i, (kind, value) in enumerate(path):
        if kind == "field":
            out += ("." if i > 0 else "") + value
        elif kind == "index":
            out += f"[{value}]"
        else:
            plain = value != "" and all(c in _PLAIN_KEY for c in value)
            if plain:
                out += f".{value}" if i > 0 else value
            else:
                out += f"[{json.dumps(value, ensure_ascii=False)}]"
    return out


def _number_text(n: Any) -> str:
    if isinstance(n, float) and n.is_integer():
        return str(int(n))
    return str(n)


_MAX_SHOWN = 64
"""The most Unicode scalar values of a string a message quotes; a longer one is cut after them
and marked ``…``, as the Rust crate and the TypeScript package do."""


def _shown(value: Any) -> str:
    """An offending value as a message quotes it: JSON, a string cut after ``_MAX_SHOWN`` code
    points (``"中中…中"…``); any other value's JSON text cut the same way."""
    if isinstance(value, str):
        if len(value) > _MAX_SHOWN:
            return json.dumps(value[:_MAX_SHOWN], ensure_ascii=False) + "…"
        return json.dumps(value, ensure_ascii=False)
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text[:_MAX_SHOWN] + "…" if len(text) > _MAX_SHOWN else text


def validate(schema: Mapping[str, Any], type_name: str, value: Any) -> list[Violation]:
    """Checks ``value`` as a ``type_name`` of ``schema``: every violation, in the Rust crate's
    order."""
    types: Mapping[str, Any] = schema["types"]
    out: list[Violation] = []
    path: list[tuple[str, Any]] = []

    def push(rule: str, text: str, found: str | None = None, code: str | None = None) -> None:
        p = _path_text(path)
        subject = p if p else "the request"
        message = f"{subject} {text}" + ("" if found is None else f", found {found}")
        out.append(Violation(p, rule, message, code))

    def at(obj: Mapping[str, Any], wire_path: Sequence[str]) -> Any:
        """A wire path's value, through each object on the way: an absent (or null) one makes
        it absent."""
        v: Any = obj
        for f in wire_path:
            if not isinstance(v, Mapping):
                return None
            v = v.get(f)
        return v

    def present(obj: Mapping[str, Any], wire_path: Sequence[str]) -> bool:
        return at(obj, wire_path) is not None

    def dotted(wire_path: Sequence[str]) -> str:
        return ".".join(wire_path)

    def equal(a: Any, b: Any) -> bool:
        return type(a) is type(b) and a == b or (
            isinstance(a, (int, float)) and not isinstance(a, bool)
            and isinstance(b, (int, float)) and not isinstance(b, bool) and a == b
        )

    def named(name: str, v: Any, ignore_enum: bool = False) -> None:
        d = types.get(name)
        if d is None:
            return
        if d["kind"] == "enum":
            if ignore_enum or d["open"]:
                return
            if not any(equal(x, v) for x in d["values"]):
                push("enum", "must be one of " + ", ".join(d["allowed"]), _shown(v))
            return
        if not isinstance(v, Mapping):
            return
        if d["kind"] == "union":
            tag = v.get(d["tag"])
            content = d["variants"].get(tag) if isinstance(tag, str) else None
            if content is None:
                path.append(("field", d["tag"]))
                push("enum", "must be one of " + ", ".join(d["allowed"]), _shown(tag))
                path.pop()
            elif v.get(d["content"]) is not None:
                path.append(("field", d["content"]))
                named(content, v[d["content"]])
                path.pop()
            return
        for group, code in d["at_least_one_of"]:
            if not any(present(v, f) for f in group):
                push("at_least_one_of", "must have at least one of " + ", ".join(map(dotted, group)),
                     None, code)
        for group, code in d["mutually_exclusive"]:
            sent = [f for f in group if present(v, f)]
            if len(sent) > 1:
                push("mutually_exclusive", "must have at most one of " + ", ".join(map(dotted, group)),
                     " and ".join(map(dotted, sent)), code)
        for rules, rule, word in (
            (d["required_when"], "required_when", "must have"),
            (d["forbidden_when"], "forbidden_when", "must not have"),
        ):
            for field, when_field, equals, condition, code in rules:
                if equals is None:
                    holds = present(v, when_field)
                else:
                    holds = present(v, when_field) and equal(at(v, when_field), equals)
                if holds and present(v, field) == (rule == "forbidden_when"):
                    push(rule, f"{word} {dotted(field)} when {condition}", None, code)
        for entry in d["fields"]:
            wire, ty, presence, limits = entry[0], entry[1], entry[2], entry[3]
            coerced = len(entry) > 4 and entry[4] is True
            fv = v.get(wire)
            if fv is None:
                # Absent, which an answer may be; a request must carry it.
                if presence == "request":
                    path.append(("field", wire))
                    push("required", "must be present")
                    path.pop()
                continue
            path.append(("field", wire))
            check(ty, limits, fv, coerced)
            path.pop()

    def check(ty: Any, limits: Mapping[str, Any], v: Any, coerced: bool = False) -> None:
        if isinstance(ty, str):
            if ty == "string" and isinstance(v, str):
                in_bytes = limits.get("length_unit") == "bytes"
                measured = len(v.encode("utf-8")) if in_bytes else len(v)
                unit = "bytes" if in_bytes else "characters"
                lo, hi = limits.get("min_length"), limits.get("max_length")
                code = limits.get("code")
                if lo is not None and measured < lo:
                    push("min_length", f"must be at least {lo} {unit} long", f"{measured} {unit}", code)
                elif hi is not None and measured > hi:
                    push("max_length", f"must be at most {hi} {unit} long", f"{measured} {unit}", code)
            elif ty not in ("bool", "string") and isinstance(v, (int, float)) and not isinstance(v, bool):
                lo, hi = limits.get("minimum"), limits.get("maximum")
                also = limits.get("also_allowed", [])
                below = lo is not None and v < lo
                above = hi is not None and v > hi
                if (below or above) and v not in also:
                    exceptions = ""
                    if also:
                        exceptions = " (or exactly " + " or ".join(_number_text(a) for a in also) + ")"
                    code = limits.get("code")
                    if below:
                        push("minimum", f"must be at least {_number_text(lo)}{exceptions}", _number_text(v), code)
                    else:
                        push("maximum", f"must be at most {_number_text(hi)}{exceptions}", _number_text(v), code)
            return
        if isinstance(ty, list):
            shape, item = ty
            if shape == "null":
                if v is not None:
                    check(item, limits, v, coerced)
                return
            if shape == "list" and isinstance(v, list):
                lo, hi = limits.get("min_items"), limits.get("max_items")
                code = limits.get("code")
                if lo is not None and len(v) < lo:
                    push("min_items", f"must have at least {lo} items", f"{len(v)} items", code)
                elif hi is not None and len(v) > hi:
                    push("max_items", f"must have at most {hi} items", f"{len(v)} items", code)
                if limits.get("unique_items"):
                    seen: dict[str, int] = {}
                    for i, x in enumerate(v):
                        key = json.dumps(x, sort_keys=True)
                        if key in seen:
                            path.append(("index", i))
                            push("unique_items", f"must not repeat item [{seen[key]}]", _shown(x), code)
                            path.pop()
                        else:
                            seen[key] = i
                for i, x in enumerate(v):
                    if x is None:
                        continue
                    path.append(("index", i))
                    check(item, limits.get("items", {}), x, coerced)
                    path.pop()
            elif shape == "map" and isinstance(v, Mapping):
                # In the order of the keys' code points, as Rust's BTreeMap holds them, not in
                # insertion order.
                for k, x in sorted(v.items(), key=lambda entry: str(entry[0])):
                    if x is None:
                        continue
                    path.append(("key", k))
                    check(item, limits.get("items", {}), x, coerced)
                    path.pop()
            return
        only = limits.get("values")
        if only is not None:
            # Part of a shared enum: the field's values, in place of the enum's own check.
            if not any(equal(x, v) for x in only):
                push("enum", "must be one of " + ", ".join(limits["allowed"]), _shown(v),
                     limits.get("code"))
            return
        named(ty["ref"], v, coerced)

    named(type_name, value)
    return out


# ---------------------------------------------------------------------------------------------
# Signing
# ---------------------------------------------------------------------------------------------


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()


def _encode(value: str) -> str:
    return quote(value, safe="-_.~")


def volcengine_headers(*, method: str, host: str, path: str, query: Sequence[tuple[str, str]],
                       body: bytes, content_type: str, access_key_id: str,
                       secret_access_key: str, region: str, service: str, x_date: str,
                       session_token: str = "") -> dict[str, str]:
    """The headers a Volcengine V4 ("HMAC-SHA256") signature adds to a request."""
    body_hash = _sha256_hex(body)
    host = host[:-3] if host.endswith(":80") else host[:-4] if host.endswith(":443") else host
    headers = {"content-type": content_type, "host": host, "x-content-sha256": body_hash,
               "x-date": x_date}
    if session_token:
        headers["x-security-token"] = session_token
    names = sorted(headers)
    canonical = "\n".join([
        method,
        "/".join(_encode(part) for part in path.split("/")) if path else "/",
        "&".join(f"{_encode(k)}={_encode(v)}" for k, v in sorted(query, key=lambda kv: kv[0])),
        "".join(f"{n}:{headers[n].strip()}\n" for n in names),
        ";".join(names),
        body_hash,
    ])
    short_date = x_date[:8]
    scope = f"{short_date}/{region}/{service}/request"
    to_sign = f"HMAC-SHA256\n{x_date}\n{scope}\n{_sha256_hex(canonical.encode('utf-8'))}"
    key = secret_access_key.encode("utf-8")
    for part in (short_date, region, service, "request"):
        key = _hmac(key, part)
    signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    out = {
        "X-Date": x_date,
        "X-Content-Sha256": body_hash,
        "Authorization": f"HMAC-SHA256 Credential={access_key_id}/{scope}, "
                         f"SignedHeaders={';'.join(names)}, Signature={signature}",
    }
    if session_token:
        out["X-Security-Token"] = session_token
    return out


def user_sig(*, sdk_app_id: int, secret_key: str, identifier: str, expire: int, now: int,
             user_buf: bytes | None = None) -> str:
    """A Tencent Cloud Chat UserSig (TLSSigAPIv2)."""
    import zlib

    content = (f"TLS.identifier:{identifier}\nTLS.sdkappid:{sdk_app_id}\n"
               f"TLS.time:{now}\nTLS.expire:{expire}\n")
    doc: dict[str, Any] = {"TLS.ver": "2.0", "TLS.identifier": identifier,
                           "TLS.sdkappid": int(sdk_app_id), "TLS.expire": int(expire),
                           "TLS.time": int(now)}
    if user_buf is not None:
        encoded = base64.b64encode(user_buf).decode("ascii")
        content += f"TLS.userbuf:{encoded}\n"
        doc["TLS.userbuf"] = encoded
    doc["TLS.sig"] = base64.b64encode(_hmac(secret_key.encode("utf-8"), content)).decode("ascii")
    compressed = zlib.compress(json.dumps(doc).encode("utf-8"))
    return (base64.b64encode(compressed).decode("ascii")
            .replace("+", "*").replace("/", "-").replace("=", "_"))


# ---------------------------------------------------------------------------------------------
# The client core
# ---------------------------------------------------------------------------------------------


class ApiError(Exception):
    """A failure the vendor reported in its envelope."""

    def __init__(self, code: str, code_number: int | None, status: int, info: str,
                 request_id: str | None) -> None:
        super().__init__(f"{code}: {info}")
        self.code = code
        """The vendor's code (``ConversationNotFound``, ``10004``)."""
        self.code_number = code_number
        """Volcengine's ``CodeN``, or Tencent's ``ErrorCode``."""
        self.status = status
        self.info = info
        self.request_id = request_id


class TransportError(Exception):
    """No answer, a redirect, or an oversized or unreadable body."""


@dataclass
class HttpOptions:
    """How a client reaches the vendor."""

    base_url: str
    """``https://host`` (or ``http://127.0.0.1:port`` for an emulator, with ``allow_http``)."""
    timeout: float = 10.0
    """Per-request timeout in seconds."""
    max_response_bytes: int = 4 << 20
    """The largest response body read."""
    allow_http: bool = False
    """Permit plain ``http://``."""
    validate: bool = True
    """Whether requests are validated before sending."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> None:
        raise TransportError(f"redirected (HTTP {code}); redirects are not followed")


_OPENER = urllib.request.build_opener(_NoRedirects)


def _post(http: HttpOptions, url: str, headers: Mapping[str, str],
          body: bytes) -> tuple[int, bytes, Mapping[str, str]]:
    scheme = urlsplit(url).scheme
    if scheme != "https" and not (http.allow_http and scheme == "http"):
        raise TransportError(f"refusing {scheme}:// (set allow_http for a local emulator)")
    request = urllib.request.Request(url, data=body, headers=dict(headers), method="POST")
    try:
        response = _OPENER.open(request, timeout=http.timeout)
    except urllib.error.HTTPError as e:
        response = e
    except TransportError:
        raise
    except Exception as e:
        raise TransportError(f"no answer from {urlsplit(url).netloc}: {type(e).__name__}") from None
    with response:
        status = int(response.status if hasattr(response, "status") else response.code)
        announced = response.headers.get("Content-Length")
        if announced is not None and announced.isdigit() and int(announced) > http.max_response_bytes:
            raise TransportError(f"the response is larger than {http.max_response_bytes} bytes")
        data = response.read(http.max_response_bytes + 1)
        if len(data) > http.max_response_bytes:
            raise TransportError(f"the response is larger than {http.max_response_bytes} bytes")
        answered = {k.lower(): v for k, v in response.headers.items()}
    return status, data, answered


def _check(http: HttpOptions, schema: Mapping[str, Any], request_type: str, request: Any) -> None:
    if http.validate:
        violations = validate(schema, request_type, request)
        if violations:
            raise ValidationError(violations)


def _parse(data: bytes, status: int) -> dict[str, Any]:
    try:
        parsed = json.loads(data)
    except ValueError:
        raise TransportError(f"HTTP {status} with a body that is not JSON") from None
    if not isinstance(parsed, dict):
        raise TransportError(f"HTTP {status} with a body that is not a JSON object")
    return parsed


def _body(request: Any) -> bytes:
    return json.dumps(request, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_FORM_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._")


def _form_escape(text: str) -> str:
    return "".join(chr(b) if b in _FORM_SAFE else "+" if b == 0x20 else f"%{b:02X}"
                    for b in text.encode("utf-8"))


def form_body(schema: Mapping[str, Any], type_name: str, request: Mapping[str, Any]) -> bytes:
    """A request as a form body (``application/x-www-form-urlencoded``), as the Rust runtime
    writes one: a top-level list of scalars as its key repeated, a top-level map of scalars as
    ``key[sub]``, any other list or object as its JSON text, nulls left out."""
    types: Mapping[str, Any] = schema["types"]
    definition = types.get(type_name) or {}
    fields = {f[0]: f[1] for f in definition.get("fields", [])}

    def scalar(ty: Any) -> bool:
        if isinstance(ty, str):
            return True
        if isinstance(ty, list):
            return ty[0] == "null" and scalar(ty[1])
        return isinstance(ty, dict) and (types.get(ty["ref"]) or {}).get("kind") == "enum"

    def text(value: Any) -> str:
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    pairs: list[tuple[str, str]] = []
    for key, value in request.items():
        if value is None:
            continue
        ty = fields.get(key)
        while isinstance(ty, list) and ty[0] == "null":
            ty = ty[1]
        if isinstance(value, list) and isinstance(ty, list) and ty[0] == "list" and scalar(ty[1]):
            pairs += [(key, text(v)) for v in value if v is not None]
        elif isinstance(value, dict) and isinstance(ty, list) and ty[0] == "map" and scalar(ty[1]):
            pairs += [(f"{key}[{k}]", text(v)) for k, v in value.items() if v is not None]
        else:
            pairs.append((key, text(value)))
    return "&".join(f"{_form_escape(k)}={_form_escape(v)}" for k, v in pairs).encode("ascii")


@dataclass
class _Outgoing:
    """A request on its way out; a signer adds its headers and query parameters."""

    host: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes


def _sign_volcengine_v4(request: _Outgoing, credentials: Mapping[str, Any],
                        signing: Mapping[str, Any], region: str | None) -> None:
    """Volcengine's V4 "HMAC-SHA256": headers over the method, path, query, headers and body."""
    request.headers.update(volcengine_headers(
        method="POST", host=request.host, path=request.path, query=request.query,
        body=request.body, content_type="application/json",
        access_key_id=credentials["access_key_id"],
        secret_access_key=credentials["secret_access_key"], region=region or "",
        service=signing["service"] or "", x_date=time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()),
        session_token=credentials["session_token"]))


def _sign_tencent_usersig(request: _Outgoing, credentials: Mapping[str, Any],
                          signing: Mapping[str, Any], region: str | None) -> None:
    """Tencent's UserSig: the app, an administrator and a fresh UserSig in the query."""
    sig = user_sig(sdk_app_id=credentials["sdk_app_id"], secret_key=credentials["secret_key"],
                   identifier=credentials["identifier"], expire=credentials["expire"],
                   now=int(time.time()))
    request.query += [("sdkappid", str(credentials["sdk_app_id"])),
                      ("identifier", credentials["identifier"]), ("usersig", sig),
                      ("random", str(random.randrange(0, 2**32))), ("contenttype", "json")]


def rongcloud_signature(app_secret: str, nonce: str, timestamp: str) -> str:
    """RongCloud's signature: the lower-case hex SHA-1 of the App Secret, the nonce and the
    timestamp, written one after the other."""
    return hashlib.sha1((app_secret + nonce + timestamp).encode("utf-8")).hexdigest()


def _sign_rongcloud_sha1(request: _Outgoing, credentials: Mapping[str, Any],
                         signing: Mapping[str, Any], region: str | None) -> None:
    """RongCloud's four headers: the App Key, a fresh nonce, the time in milliseconds and the
    signature of the three."""
    nonce = str(random.randrange(0, 2**32))
    timestamp = str(int(time.time() * 1000))
    request.headers.update({"App-Key": credentials["app_key"], "Nonce": nonce,
                            "Timestamp": timestamp,
                            "Signature": rongcloud_signature(credentials["app_secret"], nonce,
                                                             timestamp)})


_Signer = Callable[[_Outgoing, Mapping[str, Any], Mapping[str, Any], str | None], None]

_SIGNERS: dict[str, _Signer] = {
    "volcengine-v4": _sign_volcengine_v4,
    "tencent-usersig": _sign_tencent_usersig,
    "rongcloud-sha1": _sign_rongcloud_sha1,
}
"""The signer of each scheme, by the scheme's name (``service.signing.scheme`` in the model)."""


def call(http: HttpOptions, signing: Mapping[str, Any], credentials: Mapping[str, Any],
         schema: Mapping[str, Any], route: Mapping[str, Any], request: Any, *,
         region: str | None = None) -> Any:
    """Calls an operation: validates the request, signs it with the service's scheme
    (``signing``), posts it, and returns the payload, or raises the failure the envelope (or the
    HTTP status) reports. ``route`` is where the request names the operation (``path``, and the
    ``query`` parameters that name it) and its ``request`` and ``response`` types."""
    _check(http, schema, route["request"], request)
    base = http.base_url.rstrip("/")
    form = route.get("body") == "form"
    outgoing = _Outgoing(host=urlsplit(base).netloc, path=route["path"],
                         query=[(q["name"], q["value"]) for q in route["query"]],
                         headers={"Content-Type": "application/x-www-form-urlencoded" if form
                                  else "application/json"},
                         body=form_body(schema, route["request"], request) if form
                         else _body(request))
    _SIGNERS[signing["scheme"]](outgoing, credentials, signing, region)
    query = "&".join(f"{_encode(k)}={_encode(v)}" for k, v in outgoing.query)
    url = f"{base}{outgoing.path}?{query}" if query else f"{base}{outgoing.path}"
    status, data, answered = _post(http, url, outgoing.headers, outgoing.body)
    return _payload(schema["envelope"], status, data, answered)


def _payload(envelope: Mapping[str, Any], status: int, data: bytes,
             headers: Mapping[str, str]) -> Any:
    """The payload of an answer, read through the envelope's roles: a failure the envelope
    reports is an ``ApiError`` with the vendor's code, and so is an HTTP status other than 200."""
    try:
        body = _parse(data, status)
    except TransportError:
        if status != 200:
            raise ApiError("HTTP", None, status, f"HTTP {status}", None) from None
        raise

    def at(path: Sequence[str]) -> Any:
        value: Any = body
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        return value

    roles = envelope["roles"]
    ok_code = roles["ok_code"]

    def failing(value: Any) -> bool:
        return (value is not None and value != 0 and value != ""
                and not (ok_code is not None and value == ok_code))

    code, number = at(roles["code"]), at(roles["number"])
    request_id = at(roles["request_id"]) if roles["request_id"] else None
    if not isinstance(request_id, str):
        header = roles["request_id_header"]
        request_id = headers.get(header.lower()) if header is not None else None
    state = roles["status"]
    if ((state is not None and at(state["path"]) != state["ok"]) or failing(code)
            or failing(number)):
        raise ApiError(str(code if code is not None else ""),
                       None if number is None else int(number), status,
                       str(at(roles["message"]) or ""), request_id)
    if status != 200:
        raise ApiError("HTTP", None, status, f"HTTP {status} without an error in the envelope",
                       request_id)
    payload = envelope["payload"]
    return body if payload is None else (body.get(payload) or {})


# ---------------------------------------------------------------------------------------------
# Paging: walking a paginated operation, as the Rust crate's ``…_pages`` does
# ---------------------------------------------------------------------------------------------


class PagingError(Exception):
    """Raised by a walk after the page it cannot walk on: its next position does not move on
    from the one just asked for (the walk would never end), or a paging field holds what the
    document does not allow for. ``field`` is the field's wire name, as the Rust crate's
    ``Error::Decode`` path."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


_STALLED = ("the answer says more pages follow but its next position does not move on from the "
            "one just asked for")

_RANGES: dict[str, tuple[int, int]] = {
    "i32": (-(2 ** 31), 2 ** 31 - 1),
    "u32": (0, 2 ** 32 - 1),
    "i64": (-(2 ** 63), 2 ** 63 - 1),
    "u64": (0, 2 ** 64 - 1),
}


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _same(a: Any, b: Any) -> bool:
    return (type(a) is type(b) and bool(a == b)) or (_is_int(a) and _is_int(b) and a == b)


def _holds(when: Mapping[str, Any], request: Mapping[str, Any]) -> bool:
    """Whether a style's condition holds: the field (through the objects on its path; an absent
    one makes it absent) is sent, or equals the value."""
    v: Any = request
    for f in when["path"]:
        v = v.get(f) if isinstance(v, Mapping) else None
    if v is None:
        return False
    return when["equals"] is None or _same(v, when["equals"])


def next_page(styles: Sequence[Mapping[str, Any]], request: Mapping[str, Any],
              page: Mapping[str, Any]) -> dict[str, Any] | PagingError | None:
    """What follows ``page``, the answer to ``request``, in the first style whose condition
    holds: the next request, ``None`` at the end, or the error that ends the walk."""
    s = next((st for st in styles if st["when"] is None or _holds(st["when"], request)),
             styles[-1])
    if s["has_more"] is not None and page.get(s["has_more"]) is not True:
        return None
    if s["is_finished"] is not None and page.get(s["is_finished"]) is not False:
        return None
    flag = s["flag"]
    if flag is not None:
        value = page.get(flag["field"])
        if value is None or any(_same(value, d) for d in flag["done"]):
            return None
        if not any(_same(value, m) for m in flag["more"]):
            def words(vs: Sequence[Any]) -> str:
                return " or ".join(json.dumps(v) for v in vs)
            return PagingError(flag["field"], f"{value} means neither that more pages follow "
                               f"({words(flag['more'])}) nor that this was the last "
                               f"({words(flag['done'])})")
    items = page.get(s["items"])
    if not isinstance(items, list) or not items:
        return None
    current = request.get(s["request_field"])
    low, high = _RANGES.get(s["request_type"], _RANGES["i64"])
    derive = s["next_from_items"]
    next_position: Any
    if s["response_field"] is not None:
        next_position = page.get(s["response_field"])
        if next_position is None:
            return None
        if s["end_value"] is not None and _same(next_position, s["end_value"]):
            return None
        if current is not None and _same(current, next_position):
            return PagingError(s["response_field"], _STALLED)
    elif derive is None:
        # An offset: the one asked for plus the items received.
        next_position = (current or 0) + len(items)
        if not low <= next_position <= high:
            return PagingError(s["request_field"], _STALLED)
        total = page.get(s["total"]) if s["total"] is not None else None
        if total is not None and next_position >= total:
            return None
    else:
        values = [item.get(derive["field"]) for item in items if isinstance(item, Mapping)]
        present = [v for v in values if v is not None]
        if not present:
            return PagingError(s["items"], f"no item of the page has `{derive['field']}`, which "
                               "the next position is computed from")
        extreme = min(present) if derive["of"] == "min" else max(present)
        next_position = extreme + derive["add"]
        # A position the request field cannot hold does not exist: nothing lies beyond.
        if not low <= next_position <= high:
            return None
        if s["end_value"] is not None and _same(next_position, s["end_value"]):
            return None
        if current is not None and (next_position >= current if derive["of"] == "min"
                                    else next_position <= current):
            return PagingError(s["items"], _STALLED)
    following = {**request, s["request_field"]: next_position}
    # An answer without a carried field leaves the request's value.
    for carried in s["carry"]:
        value = page.get(carried["response_field"])
        if value is not None:
            following[carried["request_field"]] = value
    return following


_Req = TypeVar("_Req")
_Res = TypeVar("_Res")


def pages(styles: Sequence[Mapping[str, Any]], first: _Req,
          fetch: Callable[[_Req], _Res]) -> Iterator[_Res]:
    """Every page from ``first`` on, each fetched when the previous one has been taken, until
    the answer says it was the last. A failed call raises; a page that cannot be walked on is
    yielded, then ``PagingError`` is raised."""
    request = first
    while True:
        page = fetch(request)
        step = next_page(styles, cast("Mapping[str, Any]", request),
                         cast("Mapping[str, Any]", page))
        yield page
        if step is None:
            return
        if isinstance(step, PagingError):
            raise step
        request = cast("_Req", step)
