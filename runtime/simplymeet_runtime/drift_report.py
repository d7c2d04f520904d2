"""Spec against recorded responses: where the real API differs from the spec.

    simplymeet drift PATH                 # the installed package: against the spec it ships
    python -m tools.drift PATH            # this checkout: make drift RECORDINGS=PATH, against openapi/simplymeet.yaml
    ... PATH --json                       # the findings as a JSON array

PATH is a directory written by ``python -m tools.record`` (one JSON file per call, searched recursively), or a
HAR 1.2 file exported from a browser's developer tools while using the SimplyMeet web panel. Of a HAR, only the
API's entries are read: host ``secure.simplymeet.me``, a loopback host (the sandbox), ``SIMPLYMEET_BASE_URL``'s
host or one given with ``--origin``, and a URL path under the spec's ``/panel/api/`` or ``/api/``; the other
hosts' entries are listed once (``ignored: N entries for other hosts (...)``). A POST carrying
``webhook-signature`` (recorded where a delivery was received) is checked against the webhook's payload schema.
``"encoding": "base64"`` bodies are decoded.

Each response is matched to an operation by method, path template and status, and its body is checked against
the schema the spec declares for that status. One line per finding, aggregated over all responses::

    operationId  status  location  kind  ×count  example  → suggested spec change

Kinds: missing-property, undeclared-property, unexpected-null, type-mismatch, unknown-enum-value,
format-mismatch, undocumented-status, undocumented-operation. Locations are dotted paths with list indexes
collapsed (``items[].payment``). Examples are masked by key and by what a value is (:func:`mask`): keys, tokens
and secrets, e-mail addresses anywhere in a string (``Name <addr>`` with its name), phone numbers, people's names.

Exit status: 0 when the recordings agree with the spec, 1 when there are findings, 2 when the input cannot be
read (one line on stderr: not JSON, not a HAR, an entry of the wrong shape, JSON nested too deeply).
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import dataclasses
import datetime
import email.utils
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from . import spec as _model
from .drift import GATEWAY_STATUSES
from .spec import DATE, UUID, Route, escape_pointer, format_ok, type_ok, types_of


class InputError(Exception):
    """The recordings cannot be read: exit status 2 with this one-line message."""


@dataclass(frozen=True)
class Exchange:
    """One recorded call: what was asked and what came back."""

    method: str
    path: str
    status: int
    body: bytes | None
    source: str
    date: str = ""  # YYYY-MM-DD when it was seen, if known
    webhook: str = ""  # a webhook delivery (the request body is checked): the webhook's name


# ----------------------------------------------------------------------------------------------- reading input


API_HOSTS = frozenset({"secure.simplymeet.me"})
"""The production API's host: HAR entries of other hosts are not the API's (but for loopback, the sandbox)."""
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_DEPTH = 200
"""Deeper JSON is unreadable input (exit 2), not a finding: no real response nests this far."""


@dataclass
class Ignored:
    """HAR entries left out because they are another service's traffic: host -> count."""

    hosts: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        count = sum(self.hosts.values())
        names = ", ".join(sorted(self.hosts, key=lambda h: (-self.hosts[h], h)))
        return f"ignored: {count} entries for other hosts ({names})" if count else ""


def api_hosts(origins: tuple[str, ...] = ()) -> frozenset[str]:
    """The hosts whose HAR entries are the API's: production, loopback (the sandbox), ``SIMPLYMEET_BASE_URL``'s host
    and each of ``origins`` (a URL or a bare host)."""
    import os

    hosts = set(API_HOSTS | LOOPBACK)
    for origin in (*origins, os.environ.get("SIMPLYMEET_BASE_URL", "")):
        if origin:
            host = urlsplit(origin if "//" in origin else f"//{origin}").hostname
            if host:
                hosts.add(host)
    return frozenset(hosts)


def load(
    path: Path,
    prefixes: tuple[str, ...] = ("/",),
    *,
    hosts: frozenset[str] | None = None,
    ignored: Ignored | None = None,
) -> list[Exchange]:
    """The exchanges recorded in ``path`` (a recordings directory or a HAR file; of a HAR, only the entries of the
    API's ``hosts`` (default :func:`api_hosts`) whose URL path starts with one of ``prefixes``, see
    :meth:`Spec.prefixes`, and webhook deliveries; the other hosts' entries are counted in ``ignored``)."""
    if path.is_dir():
        return _load_directory(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file or directory")
    try:
        data = json.loads(path.read_bytes())
    except RecursionError:
        raise InputError(f"{path}: not a HAR file (JSON nested too deeply)") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: not a HAR file (not JSON: {exc})") from None
    if _is_recording(data):
        return [_from_recording(data, str(path))]
    return _load_har(data, path, prefixes, api_hosts() if hosts is None else hosts, ignored or Ignored())


def _is_recording(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("request"), dict) and isinstance(data.get("response"), dict)


def _load_directory(path: Path) -> list[Exchange]:
    files = sorted(p for p in path.rglob("*.json") if p.is_file())
    if not files:
        raise InputError(f"{path}: no recordings (*.json) in this directory")
    exchanges = []
    for file in files:
        try:
            data = json.loads(file.read_bytes())
        except RecursionError:
            raise InputError(f"{file}: not a recording (JSON nested too deeply)") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"{file}: not a recording (not JSON: {exc})") from None
        if not _is_recording(data):
            raise InputError(f"{file}: not a recording (needs 'request' and 'response' objects)")
        exchange = _from_recording(data, str(file))
        if not exchange.date:
            mtime = datetime.datetime.fromtimestamp(file.stat().st_mtime, datetime.UTC)
            exchange = dataclasses.replace(exchange, date=mtime.date().isoformat())
        exchanges.append(exchange)
    return exchanges


def _from_recording(data: dict[str, Any], source: str) -> Exchange:
    request, response = data["request"], data["response"]
    method, path, status = request.get("method"), request.get("path"), response.get("status")
    if not isinstance(method, str) or not isinstance(path, str) or type(status) is not int:
        raise InputError(f"{source}: not a recording (needs request.method, request.path and response.status)")
    if "body" in response:
        body: bytes | None = json.dumps(response["body"]).encode()
    elif isinstance(response.get("text"), str):
        body = response["text"].encode()
    else:
        body = None
    date = ""
    headers = response.get("headers") or {}
    sent = next((v for k, v in headers.items() if k.lower() == "date"), None) if isinstance(headers, dict) else None
    if isinstance(sent, str):
        with contextlib.suppress(TypeError, ValueError):
            date = email.utils.parsedate_to_datetime(sent).date().isoformat()
    return Exchange(method.upper(), path, status, body, source, date)


def _header(headers: Any, name: str) -> str | None:
    if isinstance(headers, list):
        for header in headers:
            if isinstance(header, dict) and str(header.get("name", "")).lower() == name:
                return str(header.get("value", ""))
    return None


def _load_har(
    data: Any, path: Path, prefixes: tuple[str, ...], hosts: frozenset[str], ignored: Ignored
) -> list[Exchange]:
    log = data.get("log") if isinstance(data, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{path}: not a HAR file (no log.entries object) and not a recording")
    exchanges = []
    for index, entry in enumerate(entries):
        where = f"{path}: log.entries[{index}]"
        try:
            request, response = entry["request"], entry["response"]
            url, method, status = request["url"], request["method"], response["status"]
            if not isinstance(url, str) or not isinstance(method, str):
                raise TypeError
        except (KeyError, TypeError):
            raise InputError(f"{where}: not a HAR entry (needs request.url, request.method, response.status)") from None
        started = entry.get("startedDateTime")
        date = started[:10] if isinstance(started, str) and re.match(r"\d{4}-\d{2}-\d{2}", started) else ""
        try:
            parts = urlsplit(url)
        except ValueError:  # "Invalid IPv6 URL": a '[' in the host; not the API's
            ignored.hosts["(not a URL)"] = ignored.hosts.get("(not a URL)", 0) + 1
            continue
        if method.upper() == "POST" and _header(request.get("headers"), "webhook-signature") is not None:
            # A webhook delivery, recorded where it was received: its request body is the API's payload.
            post = request.get("postData")
            text = post.get("text") if isinstance(post, dict) else None
            if not isinstance(text, str):
                raise InputError(f"{where}: a webhook delivery without request.postData.text")
            event = dict(part.partition("=")[::2] for part in parts.query.split("&")).get("event", "")
            exchanges.append(Exchange("POST", parts.path, 0, text.encode(), where, date, webhook=event or "*"))
            continue
        if (parts.hostname or "") not in hosts:
            host = parts.hostname or "(no host)"
            ignored.hosts[host] = ignored.hosts.get(host, 0) + 1
            continue
        if not parts.path.startswith(prefixes) or type(status) is not int or status <= 0:
            continue  # not an API call, or no response (blocked or aborted in the browser)
        content = response.get("content")
        if content is None:
            content = {}
        if not isinstance(content, dict):
            raise InputError(f"{where}: response.content is not an object")
        text = content.get("text")
        body: bytes | None = None
        if isinstance(text, str):
            if content.get("encoding") == "base64":
                try:
                    body = base64.b64decode(text, validate=True)
                except (binascii.Error, ValueError):
                    raise InputError(f"{where}: response.content.text is not valid base64") from None
            else:
                body = text.encode()
        exchanges.append(Exchange(method.upper(), parts.path, status, body, where, date))
    return exchanges


# ------------------------------------------------------------------------------------------ the spec's side


Spec = _model.Spec
"""The one model of the spec (:class:`simplymeet_runtime.spec.Spec`): this module's own copy is gone."""
JSON_TYPES = _model.JSON_TYPES
EMAIL, DATE_TIME = _model.EMAIL, _model.DATE_TIME
METHODS = ("get", "put", "post", "delete", "patch")
"""Kept for importers: the HTTP methods this module once read (the spec model reads every method of a path item)."""
Operation = Route
"""An operation of the spec as the report matches it (:class:`simplymeet_runtime.spec.Route`)."""


# ------------------------------------------------------------------------------------------- checking bodies


@dataclass
class Finding:
    """One kind of difference at one place, aggregated over every response that showed it.

    ``pointer`` is the spec node a fix changes (JSON pointer without ``#/``; for a property missing from or
    undeclared in an object, the object, and ``name`` the property); ``types`` counts the JSON types seen there,
    ``values`` keeps up to ten distinct values seen (raw: for enums and formats; examples are masked when shown);
    ``first``/``last`` are the dates seen and ``files`` the recordings' file names.
    """

    op_id: str
    status: str
    location: str
    kind: str
    suggestion: str
    count: int = 0
    example: str = ""
    sources: list[str] = field(default_factory=list)
    pointer: str = ""
    name: str = ""
    types: dict[str, int] = field(default_factory=dict)
    values: list[Any] = field(default_factory=list)
    first: str = ""
    last: str = ""
    files: list[str] = field(default_factory=list)
    objects: int = 0  # undeclared-property: how many objects of the schema at ``pointer`` were checked in all

    def line(self) -> str:
        return (
            f"{self.op_id}  {self.status}  {self.location}  {self.kind}  ×{self.count}  "
            f"example: {self.example}  → {self.suggestion}"
        )


_NOTHING: Any = object()
_format_ok = format_ok  # the one rule set: simplymeet_runtime.spec.FORMATS
_escape = escape_pointer


class Checker:
    """Checks response bodies against the spec and aggregates what differs."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.findings: dict[tuple[str, str, str, str], Finding] = {}
        self.responses = 0
        self.date = ""
        self.objects: dict[str, int] = {}  # schema pointer -> objects checked against it

    def add(
        self,
        op_id: str,
        status: str,
        location: str,
        kind: str,
        suggestion: str,
        example: Any,
        src: str,
        *,
        pointer: str = "",
        name: str = "",
        value: Any = _NOTHING,
    ) -> None:
        key = (op_id, status, location, kind)
        finding = self.findings.get(key)
        if finding is None:
            finding = self.findings[key] = Finding(
                op_id,
                status,
                location,
                kind,
                suggestion,
                example=example_of(example, key=name or location.rsplit(".", 1)[-1].removesuffix("[]")),
                pointer=pointer,
                name=name,
            )
        finding.count += 1
        if len(finding.sources) < 3:
            finding.sources.append(src)
        seen = value if value is not _NOTHING else example
        kind_seen = "null" if seen is None else JSON_TYPES.get(type(seen), "other")
        finding.types[kind_seen] = finding.types.get(kind_seen, 0) + 1
        if seen is not _NOTHING and len(finding.values) < 10 and seen not in finding.values and seen != "-":
            finding.values.append(seen)
        if self.date:
            finding.first = min(finding.first or self.date, self.date)
            finding.last = max(finding.last, self.date)
        file_name = Path(src.split(": log.entries[", 1)[0]).name
        if file_name not in finding.files:
            finding.files.append(file_name)

    def check_exchange(self, exchange: Exchange) -> None:
        self.responses += 1
        self.date = exchange.date
        status = str(exchange.status)
        if exchange.webhook:
            self._check_delivery(exchange)
            return
        op = self.spec.operation_for(exchange.method, exchange.path)
        if op is None:
            shape = re.sub(r"/\d+(?=/|$)", "/{n}", exchange.path)
            self.add(
                "-",
                status,
                f"{exchange.method} {shape}",
                "undocumented-operation",
                f"add operation: {exchange.method} {shape} to paths",
                "-",
                exchange.source,
            )
            return
        found = self.spec.response_schema(op, exchange.status)
        if found is None and exchange.status in GATEWAY_STATUSES:
            return  # a proxy's answer, not the API's
        if found is None:
            try:
                seen_body: Any = json.loads(exchange.body) if exchange.body else None
            except ValueError:
                seen_body = None
            responses = f"paths/{_escape(op.template)}/{op.method.lower()}/responses"
            self.add(
                op.op_id,
                status,
                "(status)",
                "undocumented-status",
                f"document response {status}: {responses}",
                _text_excerpt(exchange.body),
                exchange.source,
                pointer=responses,
                name=status,
                value=seen_body,
            )
            return
        schema, pointer = found
        if schema is None or exchange.status == 204:
            return
        if exchange.body is None or not exchange.body.strip():
            self.add(
                op.op_id, status, "(body)", "type-mismatch", f"the body is empty; see {pointer}", "-", exchange.source
            )
            return
        try:
            body = json.loads(exchange.body)
        except ValueError:
            excerpt = _text_excerpt(exchange.body)
            self.add(
                op.op_id,
                status,
                "(body)",
                "type-mismatch",
                f"the body is not JSON; see {pointer}",
                excerpt,
                exchange.source,
            )
            return
        self.check(body, schema, pointer, "", op.op_id, status, exchange.source)

    def _check_delivery(self, exchange: Exchange) -> None:
        found = self.spec.webhook_schema(exchange.webhook) or self.spec.webhook_schema("*")
        if found is None:
            return
        op_id, schema, pointer = found
        try:
            body = json.loads(exchange.body or b"")
        except ValueError:
            self.add(op_id, "delivery", "(body)", "type-mismatch", f"the body is not JSON; see {pointer}",
                     _text_excerpt(exchange.body), exchange.source)  # fmt: skip
            return
        self.check(body, schema, pointer, "", op_id, "delivery", exchange.source)

    def check(self, value: Any, schema: dict[str, Any], pointer: str, loc: str, op: str, status: str, src: str) -> None:
        site = pointer  # the node that says it (a property), before its $ref is followed
        while "$ref" in schema:
            schema, pointer = self.spec.locate(schema["$ref"])
        here = loc or "(body)"
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if alternatives is not None:
            self._check_alternatives(value, alternatives, pointer, loc, op, status, src)
            return
        types = types_of(schema)
        if value is None:
            if types and "null" not in types and not schema.get("nullable"):
                self.add(op, status, here, "unexpected-null", f"allow null: {site}", None, src, pointer=site)
            return
        if types and not type_ok(value, types):
            seen = JSON_TYPES.get(type(value), type(value).__name__)
            suggestion = f"change type to {seen} (or fix the data): {site}"
            self.add(op, status, here, "type-mismatch", suggestion, value, src, pointer=site)
            return
        if "enum" in schema and value not in schema["enum"]:
            suggestion = f"add {value!r} to the enum: {pointer}"
            self.add(op, status, here, "unknown-enum-value", suggestion, value, src, pointer=pointer)
        fmt = schema.get("format")
        if fmt and isinstance(value, str) and not format_ok(fmt, value):
            self.add(op, status, here, "format-mismatch", f"check format {fmt}: {pointer}", value, src, pointer=pointer)
        if isinstance(value, dict):
            self._check_object(value, schema, pointer, loc, op, status, src)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            items, item_pointer = schema["items"], f"{pointer}/items"
            for item in value:
                self.check(item, items, item_pointer, f"{loc}[]", op, status, src)

    def _check_object(
        self, value: dict[str, Any], schema: dict[str, Any], pointer: str, loc: str, op: str, status: str, src: str
    ) -> None:
        self.objects[pointer] = self.objects.get(pointer, 0) + 1
        properties: dict[str, Any] = schema.get("properties") or {}
        for name in schema.get("required") or ():
            if name not in value:
                where = _join(loc, name)
                suggestion = f"remove {name!r} from {pointer}/required"
                self.add(op, status, where, "missing-property", suggestion, "-", src, pointer=pointer, name=name)
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            where = _join(loc, name)
            if name in properties:
                self.check(item, properties[name], f"{pointer}/properties/{_escape(name)}", where, op, status, src)
            elif isinstance(extra, dict):
                self.check(item, extra, f"{pointer}/additionalProperties", where, op, status, src)
            elif extra is not True:
                seen = "null" if item is None else JSON_TYPES.get(type(item), "value")
                suggestion = f"add property: {pointer}/properties/{_escape(name)} (seen: {seen})"
                self.add(op, status, where, "undeclared-property", suggestion, item, src, pointer=pointer, name=name)

    def _check_alternatives(
        self, value: Any, alternatives: list[Any], pointer: str, loc: str, op: str, status: str, src: str
    ) -> None:
        resolved = []
        for index, alternative in enumerate(alternatives):
            node, at = alternative, f"{pointer}/oneOf/{index}"
            while "$ref" in node:
                node, at = self.spec.locate(node["$ref"])
            resolved.append((node, at))
        nullable = any(node.get("type") == "null" or "null" in (node.get("type") or []) for node, _ in resolved)
        if value is None:
            if not nullable:
                where = loc or "(body)"
                self.add(op, status, where, "unexpected-null", f"allow null: {pointer}", None, src, pointer=pointer)
            return
        candidates = [(node, at) for node, at in resolved if node.get("type") != "null"]
        if len(candidates) == 1:
            self.check(value, candidates[0][0], candidates[0][1], loc, op, status, src)
            return
        # Several shapes: check against each and keep the findings of the closest one.
        best: Checker | None = None
        for node, at in candidates:
            trial = Checker(self.spec)
            trial.date = self.date
            trial.check(value, node, at, loc, op, status, src)
            if best is None or len(trial.findings) < len(best.findings):
                best = trial
        if best is not None:
            for key, finding in best.findings.items():
                self.merge(key, finding)
            for at, count in best.objects.items():
                self.objects[at] = self.objects.get(at, 0) + count

    def merge(self, key: tuple[str, str, str, str], found: Finding) -> None:
        """Fold ``found`` (from a trial checker on one response) into this checker's finding at ``key``."""
        finding = self.findings.setdefault(
            key, dataclasses.replace(found, count=0, types={}, values=[], sources=[], files=[])
        )
        finding.count += found.count
        for kind, count in found.types.items():
            finding.types[kind] = finding.types.get(kind, 0) + count
        finding.values += [v for v in found.values if v not in finding.values][: 10 - len(finding.values)]
        finding.sources += found.sources[: 3 - len(finding.sources)]
        finding.files += [f for f in found.files if f not in finding.files]
        if found.first:
            finding.first = min(finding.first or found.first, found.first)
            finding.last = max(finding.last, found.last)

    def report(self) -> list[Finding]:
        for finding in self.findings.values():
            if finding.kind == "undeclared-property":
                finding.objects = self.objects.get(finding.pointer, finding.count)
        return sorted(self.findings.values(), key=lambda f: (f.op_id, f.status, f.location, f.kind))


def _join(loc: str, name: str) -> str:
    return f"{loc}.{name}" if loc else name


# ------------------------------------------------------------------------------------------------- masking

PERSONAL_KEY = re.compile(
    r"(?i)(name|e_?mail|phone|mobile|address|^notes?$|^answer|comment|organi[sz]er|attendee|contact|^(from|to|cc|bcc)$)"
)
SECRET_KEY = re.compile(r"(?i)(api_?key|token|secret|password|passwd|credential|authori[sz]ation|signature|cookie)")
PHONE = re.compile(r"\+?[\d\s().-]{7,}")
PHONE_IN = re.compile(r"\+\d[\d\s().-]{5,}\d")
EMAIL_IN = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
NAME_ADDR = re.compile(r"\"?([^\"<>,;@]*?)\"?\s*<\s*(" + EMAIL_IN.pattern + r")\s*>")
PREFIXED_TOKEN = re.compile(r"\b((?:sk|pk|rk|whsec|tok|key|api|acct|secret)_(?:[a-z]+_)?)[A-Za-z0-9]{6,}")
JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
LONG_TOKEN = re.compile(r"[A-Za-z0-9_+=-]{24,}")


def _random_looking(word: str) -> bool:
    """A long word of letters and digits that reads as a key or token (not a UUID, a slug or a date)."""
    if UUID.fullmatch(word) or "--" in word:
        return False
    digits = sum(c.isdigit() for c in word)
    lower, upper = any(c.islower() for c in word), any(c.isupper() for c in word)
    hexadecimal = all(c in "0123456789abcdefABCDEF" for c in word)
    return (digits >= 3 and lower and upper) or (hexadecimal and len(word) >= 32) or (digits >= 6 and (lower or upper))


def _mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain[:1]}***"


def mask_text(text: str) -> str:
    """``text`` with what it carries of secrets and personal data masked, wherever in it: keys and tokens
    (``sk_live_…``, ``whsec_…``, JWTs, long random words), e-mail addresses (with the name of ``Name <addr>``) and
    phone numbers (``+`` and seven digits or more)."""
    text = NAME_ADDR.sub(lambda m: f"{m.group(1)[:1]}*** <{_mask_email(m.group(2))}>" if m.group(1).strip()
                         else f"<{_mask_email(m.group(2))}>", text)  # fmt: skip
    text = EMAIL_IN.sub(lambda m: _mask_email(m.group(0)) if "***@" not in m.group(0) else m.group(0), text)
    text = JWT.sub("eyJ***", text)
    text = PREFIXED_TOKEN.sub(lambda m: f"{m.group(1)}***", text)
    text = LONG_TOKEN.sub(lambda m: f"{m.group(0)[:2]}***" if _random_looking(m.group(0)) else m.group(0), text)
    return PHONE_IN.sub(lambda m: f"{m.group(0)[:2]}***", text)


def mask(value: Any, key: str = "") -> Any:
    """``value`` with secrets and personal data masked, recursively: by the key it is under (keys, tokens,
    secrets, passwords; names, e-mails, phones, addresses, notes) and by what a string is wherever it appears
    (:func:`mask_text`; a whole string that is a phone number)."""
    if isinstance(value, dict):
        return {k: mask(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [mask(v, key) for v in value]
    if isinstance(value, str) and value:
        if SECRET_KEY.search(key):
            return "***"
        if PERSONAL_KEY.search(key):
            return f"{value[:1]}***"
        if PHONE.fullmatch(value) and sum(c.isdigit() for c in value) >= 7 and not DATE.match(value.strip()):
            return f"{value[:1]}***"
        return mask_text(value)
    return value


def example_of(value: Any, limit: int = 60, *, key: str = "") -> str:
    if isinstance(value, str) and value == "-":
        return "-"
    text = json.dumps(mask(value, key), ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_excerpt(body: bytes | None, limit: int = 40) -> str:
    if not body:
        return "(empty)"
    text = body[: limit * 4].decode("utf-8", errors="replace")
    try:
        return example_of(json.loads(body), limit)
    except ValueError:
        text = mask_text(text)
        return json.dumps(text if len(text) <= limit else text[:limit] + "…")


# -------------------------------------------------------------------------------------------------- command


def run(
    path: Path, spec: Spec, *, origins: tuple[str, ...] = (), ignored: Ignored | None = None
) -> tuple[list[Finding], int]:
    """The findings for the recordings at ``path``, and how many responses were checked (HAR entries of hosts other
    than :func:`api_hosts` with ``origins`` are counted in ``ignored``)."""
    checker = Checker(spec)
    for exchange in load(path, spec.prefixes(), hosts=api_hosts(origins), ignored=ignored):
        try:
            checker.check_exchange(exchange)
        except RecursionError:
            raise InputError(f"{exchange.source}: the body is nested too deeply to be an API response") from None
    return checker.report(), checker.responses


def iter_lines(findings: list[Finding]) -> Iterator[str]:
    for finding in findings:
        yield finding.line()


def _as_is(text: str) -> str:
    return text


def main(
    argv: list[str] | None = None,
    *,
    spec: Spec,
    prog: str = "python -m tools.drift",
    shown: Callable[[str], str] = _as_is,
    json_text: Callable[[Any, int], str] | None = None,
) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a recordings directory (make record) or a HAR 1.2 file")
    parser.add_argument("--json", action="store_true", help="print the findings as one JSON array")
    parser.add_argument(
        "--origin",
        action="append",
        default=[],
        help="another origin whose HAR entries are the API's (besides https://secure.simplymeet.me, loopback and "
        "SIMPLYMEET_BASE_URL); repeatable",
    )
    args = parser.parse_args(argv)
    return report(args.path, spec, as_json=args.json, origins=tuple(args.origin), shown=shown, json_text=json_text)


def report(
    path: Path,
    spec: Spec,
    *,
    as_json: bool = False,
    origins: tuple[str, ...] = (),
    shown: Callable[[str], str] = _as_is,
    json_text: Callable[[Any, int], str] | None = None,
) -> int:
    """Print the findings for ``path`` (one line each, or a JSON array) and a summary on stderr; the exit status.
    What a HAR carries (names, values, URLs, hosts) may hold terminal escapes: ``shown`` makes a line safe to print
    and ``json_text`` the JSON (the command line's :func:`simplymeet_runtime.cli.visible` and ``json_text``)."""
    ignored = Ignored()
    try:
        findings, responses = run(path, spec, origins=origins, ignored=ignored)
    except InputError as exc:
        print(shown(f"drift: cannot read {exc}"), file=sys.stderr)
        return 2
    if as_json:
        keys = ("op_id", "status", "location", "kind", "count", "example", "suggestion", "sources")
        found = [{k: getattr(f, k) for k in keys} for f in findings]
        print(json_text(found, 2) if json_text else json.dumps(found, indent=2, ensure_ascii=False))
    else:
        for line in iter_lines(findings):
            print(shown(line))
    if ignored.line():
        print(shown(ignored.line()), file=sys.stderr)
    kinds = len({f.kind for f in findings})
    summary = f"{len(findings)} finding(s) of {kinds} kind(s) in {responses} response(s)" if findings else ""
    print(summary or f"no drift: {responses} response(s) agree with the spec", file=sys.stderr)
    return 1 if findings else 0
