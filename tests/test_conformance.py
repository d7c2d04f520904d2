"""The conformance kit (``make conformance``): it validates against its schema, and the Python client replays every
case from the files alone (arguments to wire, responses to outcomes, webhooks to verdicts)."""

from __future__ import annotations

import datetime
import enum
import json
import types
import typing
import warnings
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from jsonschema import Draft202012Validator

from simplymeet_client import AuthenticatedClient, errors, webhooks
from simplymeet_runtime import drift
from tests.operations import module_for
from tests.spec_support import operations
from tools import conformance

KINDS = {
    errors.AuthenticationError: "authentication",
    errors.PermissionDeniedError: "permission_denied",
    errors.NotFoundError: "not_found",
    errors.ValidationError: "validation",
    errors.RateLimitError: "rate_limit",
    errors.ServerError: "server",
}


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("conformance")
    conformance.write(out)
    schema = json.loads((out / "schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    found = {}
    for kind in ("requests", "responses", "webhooks"):
        document = json.loads((out / f"{kind}.json").read_text())
        Draft202012Validator(schema).validate(document)
        found[kind] = document["cases"]
    return found


def test_the_kit_covers_every_operation_and_kind(kit: dict[str, list[dict[str, Any]]]) -> None:
    every = set(operations())
    assert {c["operation"] for c in kit["requests"]} == every and len(kit["requests"]) > len(every)
    per_operation = {op: sum(1 for c in kit["responses"] if c["operation"] == op) for op in every}
    assert min(per_operation.values()) >= 2
    drifts = {kind for c in kit["responses"] for kind in c["expected"].get("drift", [])}
    assert drifts >= {"missing-property", "undeclared-property", "unknown-enum-value", "undocumented-status"}
    refused = {
        c["expected"].get("field_path") for c in kit["responses"] if c["expected"].get("error") == "unexpected_response"
    }
    assert refused == {"uuid", "duration", "createdAt"}  # unexpected null, type and format mismatch
    assert any(c["operation"] == "listWebhooks" and "_embedded" in (c["body"] or {}) for c in kit["responses"])
    assert {c["expected"]["verdict"] for c in kit["webhooks"]} == {"valid", "invalid_signature", "missing_secret"}


def _member(hint: Any) -> Any:
    """The attrs model or enum of a ``Model | Unset`` hint, if any."""
    members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    return next((m for m in members if isinstance(m, type) and (attrs.has(m) or issubclass(m, enum.Enum))), None)


def _kwargs(case: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """The generated function's arguments, rebuilt from the case's language-neutral ones and the spec."""
    function = module_for(case["operation"]).sync_detailed
    hints = typing.get_type_hints(function)
    names = {name.rstrip("_").replace("_", "").lower(): name for name in hints}
    op = operations()[case["operation"]]
    formats = {p["name"]: (p.get("schema") or {}).get("format") for p in op.parameters()}
    positional = [
        case["arguments"]["path"][name] for name in [s[1:-1] for s in op.path.split("/") if s.startswith("{")]
    ]
    kwargs: dict[str, Any] = {}
    for wire, value in case["arguments"]["query"].items():
        name = names[wire.replace("_", "").lower()]
        model = _member(hints[name])
        if model is not None:
            kwargs[name] = model(value) if issubclass(model, enum.Enum) else model.from_dict(value)
        elif formats.get(wire) == "date":
            kwargs[name] = datetime.date.fromisoformat(value)
        else:
            kwargs[name] = value
    if case["arguments"]["body"] is not None:
        kwargs["body"] = _member(hints["body"]).from_dict(case["arguments"]["body"])
    return positional, kwargs


def test_every_request_case_is_sent_exactly_as_expected(kit: dict[str, list[dict[str, Any]]]) -> None:
    for case in kit["requests"]:
        captured: list[httpx.Request] = []

        def capture(request: httpx.Request, captured: list[httpx.Request] = captured) -> httpx.Response:
            captured.append(request)
            return httpx.Response(204)

        client = AuthenticatedClient(
            token=conformance.KEY, retry=None, httpx_args={"transport": httpx.MockTransport(capture)}
        )
        positional, kwargs = _kwargs(case)
        module_for(case["operation"]).sync_detailed(*positional, client=client, **kwargs)
        (request,) = captured
        expected = case["expected"]
        sent = {
            "method": request.method,
            "path": request.url.path,
            "query": request.url.query.decode(),
            "headers": {name: request.headers[name] for name in expected["headers"]},
            "body": json.loads(request.content) if request.content else None,
        }
        assert sent == expected, case["name"]


def test_every_response_case_has_the_expected_outcome(kit: dict[str, list[dict[str, Any]]]) -> None:
    from tests.operations import CALLS

    for case in kit["responses"]:
        content = b"" if case["body"] is None else json.dumps(case["body"]).encode()
        answer = httpx.Response(case["status"], content=content)
        client = AuthenticatedClient(
            token=conformance.KEY,
            retry=None,
            httpx_args={"transport": httpx.MockTransport(lambda r, answer=answer: answer)},
        )
        drift.reset_reported()
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            try:
                value = module_for(case["operation"]).sync(client=client, **CALLS[case["operation"]].kwargs())
                outcome: dict[str, Any] = {"outcome": "value", "value": _plain(value)}
            except errors.UnexpectedResponse as exc:
                outcome = {"outcome": "error", "error": "unexpected_response", "field_path": exc.field_path}
            except errors.APIStatusError as exc:
                outcome = {"outcome": "error", "error": KINDS.get(type(exc), "api_status")}
                if isinstance(exc, errors.ValidationError):
                    outcome["field_errors"] = exc.errors
        reported = sorted(
            {
                str(w.message).split(" [", 1)[1].split("]", 1)[0]
                for w in seen
                if issubclass(w.category, drift.SpecDriftWarning)
            }
        )
        if reported:
            outcome["drift"] = reported
        assert outcome == case["expected"], case["name"]


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def test_every_webhook_case_has_the_expected_verdict(kit: dict[str, list[dict[str, Any]]]) -> None:
    for case in kit["webhooks"]:
        headers = {} if case["signature"] is None else {"webhook-signature": case["signature"]}
        try:
            delivery = webhooks.parse(case["body"].encode(), headers, secret=case["secret"])
            verdict = {"verdict": "valid", "event": webhooks.event_of(delivery)}
        except errors.MissingWebhookSecret:
            verdict = {"verdict": "missing_secret"}
        except errors.InvalidWebhookSignature:
            verdict = {"verdict": "invalid_signature"}
        assert verdict == case["expected"], case["name"]


def test_make_conformance_writes_the_kit(tmp_path: Path) -> None:
    assert conformance.main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "README.md",
        "requests.json",
        "responses.json",
        "schema.json",
        "webhooks.json",
    ]
    assert "x-query-style: php-brackets" in (tmp_path / "README.md").read_text()
