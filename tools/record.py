"""Record the real API's responses, read-only and redacted, then run the drift report on them.

    SIMPLYMEET_API_KEY=... python -m tools.record --out recordings/2026-11-25   # make record OUT=...

For a maintainer with an account. It sends GET requests only, derived from the spec:

* every GET operation without path parameters: current user, users, ACL, integrations, tags, both
  cancellation policies, and the list operations (a list with ``page``/``onPage`` is read on its first and
  its last page, at the largest page size the spec allows);
* the detail GETs of up to ``--limit`` items (default 3) found in those lists: a path parameter named after a
  schema (``EventId`` -> ``EventDTO``) takes the ids of the list whose items are that schema (event, event
  type, its tags and the next 7 days of its availability, poll).

It never sends PUT, POST or DELETE: every request goes through :class:`ReadOnlyTransport`, which refuses them.
Each call is written to its own file (``NNN-operationId.json``): the request's method, path and query, the
response's status, a few harmless headers (never the key, auth or cookies) and its body. Personal data is
replaced by stable fake values of the same type and shape (``--no-redact`` keeps it): emails, names, phone
numbers, addresses, coordinates, notes, answers, reasons, comments and other free text. At the end the drift
report (``python -m tools.drift``) runs on what was written, and its exit status is this command's.

The key comes from ``SIMPLYMEET_API_KEY``; ``SIMPLYMEET_BASE_URL`` overrides the production server.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from simplymeet_client import AuthenticatedClient
from simplymeet_client.client import DEFAULT_BASE_URL
from simplymeet_client.types import encode_query_params
from simplymeet_runtime.spec import EMAIL
from tools import drift

KEPT_HEADERS = ("content-type", "date", "retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-request-id")
"""The only response headers written (an allowlist: no cookies, no auth)."""


class ReadOnlyTransport(httpx.BaseTransport):
    """Sends GET (and HEAD) requests through ``inner``; refuses every other method before it leaves."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method not in ("GET", "HEAD"):
            raise PermissionError(f"the recorder is read-only: refused {request.method} {request.url.path}")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


# ------------------------------------------------------------------------------------------------ the plan


@dataclass(frozen=True)
class Step:
    """A GET operation to record: its id, path template and parameters (component name -> parameter)."""

    op_id: str
    template: str
    path_params: dict[str, dict[str, Any]]
    query_params: dict[str, dict[str, Any]]
    item_schema: str | None  # for a paginated list: the schema of its items


def _parameters(spec: drift.Spec, op: drift.Operation) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for param in op.data.get("parameters", []):
        name = param["$ref"].rsplit("/", 1)[-1] if "$ref" in param else param["name"]
        if "$ref" in param:
            param, _ = spec.locate(param["$ref"])
        found.append((name, param))
    return found


def _item_schema(spec: drift.Spec, op: drift.Operation) -> str | None:
    """The items' schema name of a paginated list (``page``/``onPage`` and a ``{meta, items: [...]}`` body)."""
    names = {param["name"] for _, param in _parameters(spec, op) if param.get("in") == "query"}
    found = spec.response_schema(op, 200)
    if not {"page", "onPage"} <= names or not found or not found[0]:
        return None
    schema: dict[str, Any] = found[0]
    while "$ref" in schema:
        schema, _ = spec.locate(schema["$ref"])
    items = (schema.get("properties") or {}).get("items", {}).get("items", {})
    return items["$ref"].rsplit("/", 1)[-1] if "$ref" in items else None


def plan(spec: drift.Spec) -> tuple[list[Step], dict[str, tuple[Step, str]]]:
    """The GET operations without path parameters, and each detail GET with the list it takes ids from."""
    roots: list[Step] = []
    details: list[Step] = []
    for op in spec.operations:
        if op.method != "GET":
            continue
        params = _parameters(spec, op)
        step = Step(
            op.op_id,
            op.template,
            {n: p for n, p in params if p.get("in") == "path"},
            {n: p for n, p in params if p.get("in") == "query"},
            _item_schema(spec, op),
        )
        (details if step.path_params else roots).append(step)
    lists = {step.item_schema: step for step in roots if step.item_schema}
    sources: dict[str, tuple[Step, str]] = {}
    for step in sorted(details, key=lambda s: s.op_id):
        if len(step.path_params) != 1:
            continue
        component = next(iter(step.path_params))
        resource = re.sub(r"Id(ForTag)?$", "", component)  # EventTypeIdForTag -> EventType
        source = lists.get(f"{resource}DTO")
        if source is not None:
            sources[step.op_id] = (step, source.op_id)
    return sorted(roots, key=lambda s: s.op_id), sources


def _query_for(step: Step, today: datetime.date) -> dict[str, Any]:
    """Values for a detail GET's date parameters: the first is today, the next a week later (availability)."""
    query: dict[str, Any] = {}
    dates = [p for p in step.query_params.values() if (p.get("schema") or {}).get("format") == "date"]
    for offset, param in zip((0, 7), dates, strict=False):
        query[param["name"]] = (today + datetime.timedelta(days=offset)).isoformat()
    return query


# ------------------------------------------------------------------------------------------------ redaction

_FIRST = ["Alex", "Sam", "Robin", "Kim", "Jo", "Charlie", "Taylor", "Morgan", "Avery", "Riley"]
_LAST = ["Smith", "Jones", "Brown", "Garcia", "Miller", "Davis", "Novak", "Schmidt", "Rossi", "Dubois"]
_NAME_KEY = re.compile(r"(?i)^(first_?name|last_?name|full_?name|user_?full_?name|username|name)$")
_TEXT_KEY = re.compile(r"(?i)(note|answer|reason|comment|message|description|details|address|location$|text$)")
_COORD_KEY = re.compile(r"(?i)^(lat|lng|lon|latitude|longitude)$")
_EMAIL = EMAIL  # the spec model's e-mail shape
_PHONE_KEY = re.compile(r"(?i)phone")
_PERSON_PARENTS = ("user", "users", "invitee", "participants")
_PERSON_KEYS = ("slug", "city", "zip", "state", "countryId", "avatarName")


def _digest(value: str) -> int:
    return int.from_bytes(hashlib.sha256(value.encode()).digest()[:8], "big")


def _fake_text(value: str) -> str:
    """Free text of the same length, words kept apart."""
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"]
    seed = _digest(value)
    out: list[str] = []
    while len(" ".join(out)) < len(value):
        out.append(words[(seed + len(out)) % len(words)])
    return " ".join(out)[: len(value)]


def _fake_string(key: str, value: str) -> str:
    if not value:
        return value
    seed = _digest(value)
    if _EMAIL.fullmatch(value) or "email" in key.lower():
        return f"person{seed % 100000:05d}@example.com"
    if _PHONE_KEY.search(key):
        digits = iter(str(seed).rjust(len(value), "7"))
        return "".join(next(digits) if c.isdigit() else c for c in value)
    if _NAME_KEY.match(key):
        first, last = _FIRST[seed % len(_FIRST)], _LAST[(seed // 10) % len(_LAST)]
        return (
            first if key.lower().startswith("first") else last if key.lower().startswith("last") else f"{first} {last}"
        )
    return _fake_text(value)


def redact(value: Any, key: str = "", parent: str = "") -> Any:
    """``value`` with personal data replaced by stable fakes of the same type and shape.

    The same input always gives the same fake, so ids and joins between recordings survive. Keys decide
    (emails, names, phones, addresses, coordinates, notes, answers and free text); any string that looks like
    an email is replaced wherever it is.
    """
    if isinstance(value, dict):
        return {k: redact(v, k, key or parent) for k, v in value.items()}
    if isinstance(value, list):
        # the items of ``answers`` and similar lists are free text too
        return [redact(v, key, parent) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)) and _COORD_KEY.match(key):
        return round((_digest(repr(value)) % 180_000) / 1000 - 90, 3) if isinstance(value, float) else 0
    if isinstance(value, str):
        if _EMAIL.fullmatch(value) or "email" in key.lower() or _PHONE_KEY.search(key):
            return _fake_string(key, value)
        if _NAME_KEY.match(key) and key != "name" or key == "name" and parent in ("user", "users", "invitee"):
            return _fake_string(key, value)
        if _TEXT_KEY.search(key) or key in ("value", "answer"):
            return _fake_string(key, value)
        if parent in _PERSON_PARENTS and key in _PERSON_KEYS:
            return _fake_string(key, value)
    return value


# ------------------------------------------------------------------------------------------------ recording


class Recorder:
    def __init__(self, client: httpx.Client, out: Path, *, limit: int, redact: bool, today: datetime.date) -> None:
        self.client, self.out, self.limit, self.redact, self.today = client, out, limit, redact, today
        self.files: list[Path] = []

    def get(self, step: Step, path: str, query: dict[str, Any]) -> Any:
        response = self.client.get(path, params=tuple(encode_query_params(query)))
        try:
            body: Any = response.json()
            is_json = True
        except ValueError:
            body, is_json = response.text, False
        kept = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
        record: dict[str, Any] = {
            "operationId": step.op_id,
            "request": {
                "method": "GET",
                "path": response.request.url.path,
                "query": response.request.url.query.decode(),
            },
            "response": {"status": response.status_code, "headers": kept},
        }
        record["response"]["body" if is_json else "text"] = redact(body) if self.redact and is_json else body
        file = self.out / f"{len(self.files) + 1:03d}-{step.op_id}.json"
        file.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        self.files.append(file)
        return body if response.is_success else None

    def run(self, spec: drift.Spec) -> list[Path]:
        self.out.mkdir(parents=True, exist_ok=True)
        roots, details = plan(spec)
        ids: dict[str, list[Any]] = {}
        for step in roots:
            if step.item_schema:
                on_page = max(int((p.get("schema") or {}).get("maximum", 20)) for p in _named(step, "onPage"))
                first = self.get(step, step.template, {"page": 1, "onPage": on_page})
                items = list(_items(first))
                pages = _pages_count(first)
                if pages > 1:
                    items += _items(self.get(step, step.template, {"page": pages, "onPage": on_page}))
                ids[step.op_id] = [item["id"] for item in items if isinstance(item, dict) and "id" in item]
            else:
                self.get(step, step.template, {})
        for step, source in details.values():
            param = next(iter(step.path_params.values()))
            for item_id in ids.get(source, [])[: self.limit]:
                path = step.template.replace("{" + param["name"] + "}", str(item_id))
                self.get(step, path, _query_for(step, self.today))
        return self.files


def _named(step: Step, name: str) -> list[dict[str, Any]]:
    return [p for p in step.query_params.values() if p["name"] == name]


def _items(page: Any) -> list[Any]:
    items = page.get("items") if isinstance(page, dict) else None
    return items if isinstance(items, list) else []


def _pages_count(page: Any) -> int:
    meta = page.get("meta") if isinstance(page, dict) else None
    count = meta.get("pagesCount") if isinstance(meta, dict) else None
    return count if type(count) is int else 1


def make_client(base_url: str, api_key: str, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The project's own client (base-URL checks, key only in its auth, retries), made read-only."""
    inner = transport if transport is not None else httpx.HTTPTransport()
    client = AuthenticatedClient(base_url=base_url, token=api_key, httpx_args={"transport": ReadOnlyTransport(inner)})
    return client.get_httpx_client()


def main(argv: list[str] | None = None, transport: httpx.BaseTransport | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.record", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="directory for the recordings (created)")
    parser.add_argument("--limit", type=int, default=3, help="detail GETs per list (default 3)")
    parser.add_argument("--no-redact", action="store_true", help="keep personal data (do not commit the result)")
    args = parser.parse_args(argv)
    api_key = os.environ.get("SIMPLYMEET_API_KEY", "")
    if not api_key:
        print("record: set SIMPLYMEET_API_KEY to the account's API key", file=sys.stderr)
        return 2
    if args.limit < 0:
        print("record: --limit must be 0 or more", file=sys.stderr)
        return 2
    base_url = os.environ.get("SIMPLYMEET_BASE_URL") or DEFAULT_BASE_URL
    try:
        client = make_client(base_url, api_key, transport)
    except ValueError as exc:
        print(f"record: {exc}", file=sys.stderr)
        return 2
    spec = drift.Spec.load()
    with client:
        try:
            files = Recorder(
                client, args.out, limit=args.limit, redact=not args.no_redact, today=datetime.date.today()
            ).run(spec)
        except httpx.HTTPError as exc:
            print(f"record: {type(exc).__name__} talking to {base_url}: {exc}", file=sys.stderr)
            return 2
    print(f"recorded {len(files)} call(s) in {args.out}", file=sys.stderr)
    return drift.main([str(args.out)])


if __name__ == "__main__":
    sys.exit(main())
