"""``make conformance``: a language-neutral conformance kit in ``published/conformance/``, for any SDK of the spec.

    python -m tools.conformance [--out published/conformance]

``published/`` is committed (``make publish`` writes all of it; ``tests/test_freshness.py`` checks it).

Three files of JSON cases, a JSON Schema for them (``schema.json``) and a README for other teams:

* ``requests.json``: an operation, its arguments as JSON (``path``, ``query`` as structured JSON, ``body``) and the
  exact wire request the reference client sends (method, path, raw query string, the headers that matter, the JSON
  body). One per operation (the request-contract table of ``tests/operations.py``) and more where encoding is
  subtle (filters, arrays, dates, bulk bodies).
* ``responses.json``: an operation, a status and a body, and the expected outcome: the parsed value as canonical
  JSON, the error kind, or the drift kinds a tolerant reader reports. The success body of every operation (the
  fixtures, HAL pages included), every documented error status of every operation (the spec's examples), and a
  case of each drift kind.
* ``webhooks.json``: a raw body, a secret, a signature header, and the expected verdict and event.

Nothing is written twice: requests come from the request-contract table run through the Python client (its
captured wire is the expectation), responses from the fixtures and the spec's examples, webhooks from the spec's
delivery examples and the sandbox's deliveries. ``tests/test_conformance.py`` replays every case in Python and
``sdk-smoke/ts`` in TypeScript.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

from simplymeet_runtime.spec import resolve_in
from tools import ROOT, SPEC

KEY = "sk_test_conformance"
SECRET = "whsec_conformance"
ERROR_KINDS = {
    401: "authentication",
    403: "permission_denied",
    404: "not_found",
    422: "validation",
    429: "rate_limit",
}
"""Error kinds by status (other 5xx: ``server``; any other non-2xx: ``api_status``); a body that does not fit is
``unexpected_response``."""


def error_kind(status: int) -> str:
    return ERROR_KINDS.get(status, "server" if status >= 500 else "api_status")


def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())  # type: ignore[no-any-return]


def operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path template, operation)."""
    found = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def resolve(document: dict[str, Any], node: Any) -> Any:
    """``node`` with its ``$ref`` followed (:func:`simplymeet_runtime.spec.resolve_in`)."""
    return resolve_in(document, node)


# ------------------------------------------------------------------------------------------------ requests


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    from simplymeet_client import AuthenticatedClient

    return AuthenticatedClient(token=KEY, retry=None, httpx_args={"transport": httpx.MockTransport(handler)})


def _capture(op_id: str, kwargs: dict[str, Any]) -> httpx.Request:
    from tests.operations import module_for

    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(204)

    module_for(op_id).sync_detailed(client=_client(handler), **kwargs)
    (request,) = captured
    return request


def _arguments(document: dict[str, Any], op_id: str, request: httpx.Request) -> dict[str, Any]:
    """The call's arguments as JSON, read back from its wire request with the spec: path values by name, the query
    as structured JSON (typed by the schema), the body."""
    from tests.spec_support import coerce, php_decode

    _, template, operation = operations(document)[op_id]
    item = document["paths"][template]
    parameters = [resolve(document, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
    path_values: dict[str, Any] = {}
    segments, actual = template.split("/"), request.url.path.split("/")
    for segment, value in zip(segments, actual, strict=True):
        if segment.startswith("{"):
            name = segment[1:-1]
            schema = next(p["schema"] for p in parameters if p["name"] == name and p["in"] == "path")
            path_values[name] = coerce(value, schema)
    query = php_decode(list(request.url.params.multi_items()))
    for parameter in parameters:
        if parameter["in"] == "query" and parameter["name"] in query:
            query[parameter["name"]] = coerce(query[parameter["name"]], parameter["schema"])
    body = json.loads(request.content) if request.content else None
    return {"path": path_values, "query": query, "body": body}


def _request_case(document: dict[str, Any], name: str, op_id: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    request = _capture(op_id, kwargs)
    headers = {"x-api-key": request.headers["X-API-KEY"]}
    if request.content:
        headers["content-type"] = request.headers["content-type"]
    return {
        "name": name,
        "operation": op_id,
        "arguments": _arguments(document, op_id, request),
        "expected": {
            "method": request.method,
            "path": request.url.path,
            "query": request.url.query.decode("ascii"),
            "headers": headers,
            "body": json.loads(request.content) if request.content else None,
        },
    }


def _subtle_calls() -> dict[str, tuple[str, Callable[[], dict[str, Any]]]]:
    """More calls where the encoding is subtle: arrays in a filter, booleans, dates, bulk bodies."""
    import datetime

    from simplymeet_client import models

    return {
        "listEvents: filter ids only (PHP array brackets)": (
            "listEvents", lambda: {"filter_": models.GetEventListFilterDTO(ids=[1, 22, 333])}
        ),
        "listEvents: several filter arrays and a date range": (
            "listEvents",
            lambda: {
                "page": 2,
                "on_page": 50,
                "filter_": models.GetEventListFilterDTO(
                    event_type_list=[812, 813], user_list=[1024], scheduled_at_from=datetime.date(2024, 3, 1),
                    scheduled_at_to=datetime.date(2024, 3, 31),
                ),
            },
        ),
        "listEventTypes: boolean filters": (
            "listEventTypes",
            lambda: {"filter_": models.GetEventTypeListFilterDTO(for_current_user=True, manage_round_robin=False)},
        ),
        "getEventTypeAvailability: dates and a time zone": (
            "getEventTypeAvailability",
            lambda: {"id": 812, "start_date": datetime.date(2024, 3, 11), "end_date": datetime.date(2024, 3, 17),
                     "timezone": "Europe/Berlin"},
        ),
        "rescheduleEvent: an aware date-time sent as Y-m-d H:i:s in UTC": (
            "rescheduleEvent",
            lambda: {"id": 48213, "body": models.RescheduleEventRequestDTO(
                start=datetime.datetime(2024, 3, 12, 16, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
                end=datetime.datetime(2024, 3, 12, 16, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
                event_type_id=812,
            )},
        ),
        "cancelEventList: a bulk body": (
            "cancelEventList",
            lambda: {"body": models.CancelEventListRequestDTO(ids=[48213, 48214, 48215], reason="Office closed")},
        ),
    }  # fmt: skip


def request_cases(document: dict[str, Any]) -> list[dict[str, Any]]:
    from tests.operations import CALLS

    cases = [_request_case(document, op_id, op_id, call.kwargs()) for op_id, call in sorted(CALLS.items())]
    for name, (op_id, kwargs) in _subtle_calls().items():
        cases.append(_request_case(document, name, op_id, kwargs()))
    return cases


# ----------------------------------------------------------------------------------------------- responses


def _fixture(op_id: str) -> Any:
    path = ROOT / "tests" / "fixtures" / f"{op_id}.json"
    return json.loads(path.read_text()) if path.exists() else None


def _outcome(op_id: str, status: int, body: Any) -> dict[str, Any]:
    """What the reference client makes of a response, tolerant mode: a value (with drift kinds) or an error."""
    from simplymeet_client import errors
    from simplymeet_runtime import drift
    from tests.operations import CALLS, module_for

    content = b"" if body is None else json.dumps(body).encode()
    client = _client(lambda request: httpx.Response(status, content=content))
    drift.reset_reported()
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            value = module_for(op_id).sync(client=client, **CALLS[op_id].kwargs())
        except errors.APIStatusError as exc:
            outcome: dict[str, Any] = {"outcome": "error", "error": error_kind(exc.status_code)}
            if isinstance(exc, errors.ValidationError):
                outcome["field_errors"] = exc.errors
        except errors.UnexpectedResponse as exc:
            outcome = {"outcome": "error", "error": "unexpected_response", "field_path": exc.field_path}
        else:
            plain = (
                value.to_dict()
                if hasattr(value, "to_dict")
                else ([item.to_dict() for item in value] if isinstance(value, list) else value)
            )
            outcome = {"outcome": "value", "value": plain}
    drifted = [str(w.message) for w in seen if issubclass(w.category, drift.SpecDriftWarning)]
    kinds = sorted({found.group(1) for message in drifted if (found := re.search(r"\[([a-z-]+)\]", message))})
    if kinds:
        outcome["drift"] = kinds
    return outcome


def _response_case(op_id: str, name: str, status: int, body: Any) -> dict[str, Any]:
    return {"name": name, "operation": op_id, "status": status, "body": body, "expected": _outcome(op_id, status, body)}


def _drifted(body: Any, change: Callable[[dict[str, Any]], None]) -> Any:
    changed = copy.deepcopy(body)
    change(changed)
    return changed


def response_cases(document: dict[str, Any]) -> list[dict[str, Any]]:
    cases = []
    for op_id, (_, _, operation) in sorted(operations(document).items()):
        codes = sorted(int(code) for code in operation["responses"] if code.isdigit())
        success = min(code for code in codes if 200 <= code < 300)
        body = _fixture(op_id)
        cases.append(
            _response_case(
                op_id, f"{op_id}: {success}", success if body is not None else 204 if 204 in codes else success, body
            )
        )
        for code in codes:
            if code >= 400:
                response = resolve(document, operation["responses"][str(code)])
                media = response.get("content", {}).get("application/json", {})
                named = [e["value"] for e in media.get("examples", {}).values()]  # an operation's own 422 examples
                example = media.get("example", named[0] if named else None)
                cases.append(_response_case(op_id, f"{op_id}: {code}", code, example))
    event = _fixture("getEvent")
    page = _fixture("listEvents")
    drifts = {
        "missing-property (nullable: read as null)": ("getEvent", 200, _drifted(event, lambda e: e.pop("notes"))),
        "undeclared-property (kept)": ("getEvent", 200, _drifted(event, lambda e: e.update(meetingRoom="B2"))),
        "unknown-enum-value (kept)": ("listEvents", 200, _drifted(page, lambda p: p["items"][0]["eventType"].update(type="webinar"))),
        "unexpected-null (refused)": ("getEvent", 200, _drifted(event, lambda e: e.update(uuid=None))),
        "type-mismatch (refused)": ("getEvent", 200, _drifted(event, lambda e: e.update(duration="30"))),
        "format-mismatch (refused)": ("getEvent", 200, _drifted(event, lambda e: e.update(createdAt="2024-03-04 17:02:11"))),
        "undocumented-status": ("getEvent", 418, {"message": "I'm a teapot"}),
    }  # fmt: skip
    for name, (op_id, status, body) in drifts.items():
        cases.append(_response_case(op_id, f"drift: {name}", status, body))
    return cases


# ------------------------------------------------------------------------------------------------ webhooks


def webhook_cases(document: dict[str, Any]) -> list[dict[str, Any]]:
    from simplymeet_client.testing import FakeSimplyMeet
    from simplymeet_runtime.webhooks import sign

    cases: list[dict[str, Any]] = []
    for event, item in document["webhooks"].items():
        raw = json.dumps(item["post"]["requestBody"]["content"]["application/json"]["example"], separators=(",", ":"))
        signature = sign(raw.encode(), SECRET)
        cases.append({"name": f"{event}: signed", "body": raw, "secret": SECRET, "signature": signature,
                      "expected": {"verdict": "valid", "event": event}})  # fmt: skip
        if event == "meetingScheduled":
            variants: dict[str, tuple[str, str, str | None, str]] = {
                "tampered body": (raw.replace("Bernice", "Mallory"), SECRET, signature, "invalid_signature"),
                "wrong secret": (raw, "whsec_other", signature, "invalid_signature"),
                "no signature header": (raw, SECRET, None, "invalid_signature"),
                "signature over re-serialised JSON": (
                    raw,
                    SECRET,
                    sign(json.dumps(json.loads(raw), indent=2).encode(), SECRET),
                    "invalid_signature",
                ),
                "no secret configured": (raw, "", signature, "missing_secret"),
            }
            for name, (body, secret, header, verdict) in variants.items():
                case: dict[str, Any] = {"name": f"{event}: {name}", "body": body, "secret": secret}
                cases.append({**case, "signature": header, "expected": {"verdict": verdict}})
    fake = FakeSimplyMeet()
    fake.add_webhook(
        "https://receiver.example/hooks", ["meetingScheduled", "meetingRescheduled", "meetingCancelled"], SECRET
    )
    sm = fake.client()
    booked = sm.events.create(
        scheduled_at="2024-03-20 09:00:00", event_type=812, invitee={"fullName": "Ada", "email": "ada@example.com"}
    )
    sm.events.reschedule(booked.id, start="2024-03-21 09:00:00", end="2024-03-21 09:30:00", event_type_id=812)
    sm.events.cancel(booked.id, reason="Travel")
    for delivery in fake.deliveries:
        cases.append({"name": f"sandbox lifecycle: {delivery.event}", "body": delivery.body.decode(), "secret": SECRET,
                      "signature": delivery.headers["webhook-signature"], "expected": {"verdict": "valid", "event": delivery.event}})  # fmt: skip
    return cases


# ------------------------------------------------------------------------------------------------- writing

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://secure.simplymeet.me/conformance/schema.json",
    "title": "SimplyMeet.me SDK conformance cases",
    "type": "object",
    "required": ["kind", "spec_version", "cases"],
    "properties": {
        "kind": {"enum": ["requests", "responses", "webhooks"]},
        "spec_version": {"type": "string"},
        "cases": {"type": "array"},
    },
    "allOf": [
        {"if": {"properties": {"kind": {"const": "requests"}}},
         "then": {"properties": {"cases": {"items": {"$ref": "#/$defs/request"}}}}},
        {"if": {"properties": {"kind": {"const": "responses"}}},
         "then": {"properties": {"cases": {"items": {"$ref": "#/$defs/response"}}}}},
        {"if": {"properties": {"kind": {"const": "webhooks"}}},
         "then": {"properties": {"cases": {"items": {"$ref": "#/$defs/webhook"}}}}},
    ],
    "$defs": {
        "request": {
            "type": "object", "additionalProperties": False, "required": ["name", "operation", "arguments", "expected"],
            "properties": {
                "name": {"type": "string"}, "operation": {"type": "string"},
                "arguments": {"type": "object", "additionalProperties": False, "required": ["path", "query", "body"],
                              "properties": {"path": {"type": "object"}, "query": {"type": "object"}, "body": {}}},
                "expected": {"type": "object", "additionalProperties": False,
                             "required": ["method", "path", "query", "headers", "body"],
                             "properties": {"method": {"enum": ["GET", "POST", "PUT", "PATCH", "DELETE"]},
                                            "path": {"type": "string"}, "query": {"type": "string"},
                                            "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                                            "body": {}}},
            },
        },
        "response": {
            "type": "object", "additionalProperties": False, "required": ["name", "operation", "status", "body", "expected"],
            "properties": {
                "name": {"type": "string"}, "operation": {"type": "string"},
                "status": {"type": "integer", "minimum": 100, "maximum": 599}, "body": {},
                "expected": {"type": "object", "required": ["outcome"], "properties": {
                    "outcome": {"enum": ["value", "error"]}, "value": {},
                    "error": {"enum": ["authentication", "permission_denied", "not_found", "validation", "rate_limit",
                                       "server", "api_status", "unexpected_response"]},
                    "field_errors": {"type": "object"}, "field_path": {"type": ["string", "null"]},
                    "drift": {"type": "array", "items": {"type": "string"}}}},
            },
        },
        "webhook": {
            "type": "object", "additionalProperties": False, "required": ["name", "body", "secret", "signature", "expected"],
            "properties": {
                "name": {"type": "string"}, "body": {"type": "string"}, "secret": {"type": "string"},
                "signature": {"type": ["string", "null"]},
                "expected": {"type": "object", "required": ["verdict"], "properties": {
                    "verdict": {"enum": ["valid", "invalid_signature", "missing_secret"]},
                    "event": {"enum": ["meetingScheduled", "meetingCancelled", "meetingRescheduled"]}}},
            },
        },
    },
}  # fmt: skip

README = """# SimplyMeet.me SDK conformance kit

Cases any client of `openapi/simplymeet.yaml` can replay, whatever its language. Written by `make publish` into
`published/conformance/` (committed) from the spec and the reference client's fixtures; the Python client
(`tests/test_conformance.py`) and a TypeScript client built from the bundle alone (`sdk-smoke/ts`) replay them in
`make test`. `schema.json` describes the files.

- `requests.json`: call `operation` with `arguments` (`path` values, `query` as structured JSON, `body`) against an
  HTTP server you control and compare what arrives with `expected`: method, path, the raw query string (byte for
  byte), the headers that matter (`x-api-key` is `{key}`) and the JSON body (compare parsed).
- `responses.json`: answer `operation` with `status` and `body` (JSON; `null` is an empty body) and compare the
  outcome: `value` (the parsed value written back as JSON: compare parsed), or `error` with its kind
  (`authentication` 401, `permission_denied` 403, `not_found` 404, `validation` 422 with `field_errors`,
  `rate_limit` 429, `server` 5xx, `api_status` any other, `unexpected_response` for a body that does not fit, with
  `field_path`), and `drift`: the differences a tolerant reader reports (and keeps) instead of failing.
- `webhooks.json`: verify `signature` (the `webhook-signature` header: base64 of HMAC-SHA256 over the raw `body`
  bytes with `secret`) in constant time; `verdict` is `valid`, `invalid_signature`, or `missing_secret` (an empty
  secret must refuse everything, never skip the check); for a valid one, infer `event` from the booking:
  `canceled_at` or `cancellation` set (present and not null) is `meetingCancelled`, else `rescheduling` set is
  `meetingRescheduled`, else `meetingScheduled`.

What a generator must be told that OpenAPI cannot say, and where the spec says it:

- **PHP query style.** The service is PHP: a `deepObject` parameter's members are `filter[state]=new`, and arrays
  repeat with empty brackets, `filter[ids][]=1&filter[ids][]=2` (brackets percent-encoded on the wire). OpenAPI
  leaves arrays inside `deepObject` undefined; the spec marks such parameters `x-query-style: php-brackets`. Most
  generators' default (`filter[ids]=1&filter[ids]=2`, or `ids=1&ids=2`) does not match: use a custom serializer.
- **Request date-times** documented as `Y-m-d H:i:s` carry no offset: send UTC (`pattern` in the spec).
"""


def write(out: Path) -> dict[str, int]:
    """Write the kit into ``out``; the number of cases of each kind."""
    document = spec()
    out.mkdir(parents=True, exist_ok=True)
    kinds = {"requests": request_cases, "responses": response_cases, "webhooks": webhook_cases}
    counts = {}
    for kind, build in kinds.items():
        cases = build(document)
        counts[kind] = len(cases)
        payload = {"kind": kind, "spec_version": document["info"]["version"], "cases": cases}
        (out / f"{kind}.json").write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
    (out / "schema.json").write_text(json.dumps(SCHEMA, indent=1) + "\n")
    (out / "README.md").write_text(README.replace("{key}", KEY))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "published" / "conformance")
    args = parser.parse_args(argv)
    counts = write(args.out)
    print(f"{args.out}: " + ", ".join(f"{count} {kind} cases" for kind, count in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
