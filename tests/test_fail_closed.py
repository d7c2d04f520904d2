"""What the client refuses before anything is sent, and what never leaks: path arguments, the API key.

Each test drives the public API the way a user meets it (a generated function, the resource client) with the
mistakes and hostile values users and servers produce.
"""

from __future__ import annotations

import inspect
import uuid
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from simplymeet_client import SimplyMeet
from tests.conftest import Recorder, make_client
from tests.operations import CALLS, module_for
from tests.spec_support import spec

BAD_SEGMENTS = ["", ".", "..", "../..", "a/b", "%2e%2e/x", "x\\y", "x\n", "12/../1"]


def _path_parameters() -> list[tuple[str, str]]:
    """(operationId, Python argument name) of every path parameter of every operation in the spec."""
    found = []
    for item in spec()["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            signature = inspect.signature(module_for(operation["operationId"]).sync_detailed)
            positional = [p.name for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
            found += [(operation["operationId"], name) for name in positional]
    return found


PATH_PARAMETERS = _path_parameters()


def test_every_operation_with_a_path_parameter_is_walked() -> None:
    in_paths = sum(
        1
        for path, item in spec()["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
        for _ in range(path.count("{"))
    )
    assert len(PATH_PARAMETERS) == in_paths and in_paths >= 20


@pytest.mark.parametrize(("operation", "name"), PATH_PARAMETERS, ids=[f"{o}-{n}" for o, n in PATH_PARAMETERS])
def test_a_path_argument_that_would_leave_its_segment_is_refused_before_any_request(operation: str, name: str) -> None:
    recorder = Recorder()
    client = make_client(recorder)
    call = module_for(operation).sync_detailed
    for bad in [*BAD_SEGMENTS, None, 1.5, True]:
        kwargs: dict[str, Any] = CALLS[operation].kwargs()
        kwargs[name] = bad
        with pytest.raises((TypeError, ValueError)) as info:
            call(**kwargs, client=client)
        assert name in str(info.value), (operation, bad, str(info.value))
    assert recorder.requests == []


def test_a_uuid_path_argument_is_sent_in_canonical_form_from_a_uuid_or_its_string() -> None:
    recorder = Recorder(status=204)
    sm = SimplyMeet(api_key="sk_test_x", httpx_args={"transport": httpx.MockTransport(recorder)})
    hook = uuid.UUID("3e687c78-a8b8-4837-9333-57e3d807e61c")
    sm.webhooks.delete(hook)
    sm.webhooks.delete(str(hook).upper())  # type: ignore[arg-type]  # a string from a log or a CSV
    assert [r.url.path for r in recorder.requests] == [f"/api/webhooks/{hook}"] * 2
    for bad in ("..", ".", "", "not-a-uuid"):
        with pytest.raises(ValueError, match="^id must be a UUID"):
            sm.webhooks.delete(bad)  # type: ignore[arg-type]
    assert len(recorder.requests) == 2


def test_a_string_path_parameter_would_be_checked_as_one_segment() -> None:
    """No operation has one today; the generator emits the check for any that is neither an integer nor a UUID."""
    from simplymeet_runtime.wire import check_segment
    from tools.codegen import SpecFacts

    parameter = SimpleNamespace(python_name="slug", template="str_property.py.jinja", required=True)
    endpoint = SimpleNamespace(path_parameters=[parameter], query_parameters=[])
    assert SpecFacts(spec()).argument_checks(endpoint) == ['check_segment(slug, "slug")']
    check_segment("demo-call", "slug")
    for bad in BAD_SEGMENTS[:3] + BAD_SEGMENTS[4:]:
        if bad.startswith("%"):
            continue  # quote() sends "%" as %25: harmless
        with pytest.raises(ValueError, match="^slug must be one non-empty path segment"):
            check_segment(bad, "slug")
