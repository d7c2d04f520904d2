"""End to end over real HTTP: all 44 operations through the client against the Prism mock of the spec.

The mock is started on a free loopback port for this module and stopped after it (tools/mock.py); Prism
validates each request against the spec and answers with the spec's examples, so a typed result here means
request encoding, the spec and the response models agree.
"""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import tools.mock
from simplymeet_client import AuthenticatedClient, Client, errors
from simplymeet_client.api.meeting import list_events
from simplymeet_client.api.user import get_current_user
from simplymeet_client.models import EventDTO, UserDTO
from tests.conftest import API_KEY
from tests.operations import CALLS, module_for
from tests.spec_support import operations
from tools import ROOT
from tools.mock import prism_pids, running_mock

pytestmark = pytest.mark.node

EXERCISED: set[str] = set()


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock() as url:
        yield url
    port = httpx.URL(url).port
    assert port is not None and prism_pids(port) == [], "the mock outlived its fixture"


@pytest.fixture(scope="module")
def client(mock_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=mock_url, token=API_KEY, retry=None)


def _check_type(value: Any, expected: Any) -> None:
    """isinstance for the return annotations the generator writes: a model, list[model], or None."""
    if expected is type(None):
        assert value is None
    elif typing.get_origin(expected) is list:
        (inner,) = typing.get_args(expected)
        assert isinstance(value, list) and value, "expected a non-empty list from the example"
        assert all(isinstance(item, inner) for item in value)
    else:
        assert isinstance(value, expected), f"{type(value).__name__} is not {expected}"


@pytest.mark.parametrize("op_id", sorted(CALLS))
def test_operation_over_http(client: AuthenticatedClient, op_id: str) -> None:
    module = module_for(op_id)
    expected = typing.get_type_hints(module.sync)["return"]
    result = module.sync(client=client, **CALLS[op_id].kwargs())
    _check_type(result, expected)
    if result is not None and not isinstance(result, list):
        assert result.additional_properties == {}, "the mock's example has a field the model does not know"
    EXERCISED.add(op_id)


def test_all_42_operations_were_exercised() -> None:
    assert EXERCISED == set(operations()) and len(EXERCISED) == 44


def test_async_and_iterators_over_http(client: AuthenticatedClient) -> None:
    user = asyncio.run(get_current_user.asyncio(client=client))
    assert isinstance(user, UserDTO) and user.email
    # The mock serves the same example page for every page number; meta says 2 pages, so 2 x 3 items.
    events = list(list_events.iterate(client=client, on_page=3))
    assert len(events) == 6 and all(isinstance(event, EventDTO) for event in events)


def test_malformed_request_is_refused_by_the_mock_naming_the_problem(client: AuthenticatedClient) -> None:
    # Bypass the client's own checks to see the mock validate: onPage over 100, a bad reschedule time.
    http = client.get_httpx_client()
    listing = http.get("/panel/api/event/", params={"onPage": "500"})
    assert listing.status_code == 422
    assert "onpage must be <= 100" in listing.headers["sl-violations"].lower()
    bad = {"start": "2024-03-12T15:00", "end": "2024-03-12 15:30:00", "eventTypeId": 812}
    reschedule = http.put("/panel/api/event/reschedule/48213", json=bad)
    assert reschedule.status_code == 422
    violations = json.loads(reschedule.headers["sl-violations"])
    assert [v["location"] for v in violations] == [["request", "body", "start"]]


def test_missing_key_is_a_401_from_the_mock(mock_url: str) -> None:
    with pytest.raises(errors.AuthenticationError) as info:
        get_current_user.sync(client=Client(base_url=mock_url))
    assert info.value.status_code == 401 and info.value.path == "/panel/api/current-user"


def test_mock_process_is_gone_after_the_context_even_on_failure() -> None:
    seen: dict[str, Any] = {}
    with pytest.raises(RuntimeError, match="boom"), running_mock() as url:
        seen["url"] = url
        assert prism_pids(httpx.URL(url).port or 0), "prism_pids must see the running server"
        assert httpx.get(f"{url}/panel/api/current-user", headers={"X-API-KEY": "k"}).status_code == 200
        raise RuntimeError("boom")
    port = httpx.URL(seen["url"]).port
    with pytest.raises(httpx.ConnectError):
        httpx.get(seen["url"])
    assert port is not None and prism_pids(port) == []


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port on 127.0.0.1 that something else already listens on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_make_mock_on_a_busy_port_exits_with_one_line_naming_the_port(busy_port: int) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tools.mock", "--port", str(busy_port)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and str(busy_port) in lines[0] and "PORT=" in lines[0], done.stderr
    assert prism_pids(busy_port) == []


def test_running_mock_notices_a_server_that_died_at_start(
    busy_port: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The port answers (someone else holds it) but the server exited: that is no mock, whatever answers."""
    dies = tmp_path / "prism"
    dies.write_text("#!/bin/sh\necho 'listen EADDRINUSE: address already in use' >&2\nexit 1\n")
    dies.chmod(0o755)
    monkeypatch.setattr(tools.mock, "PRISM", dies)
    monkeypatch.setattr(tools.mock, "_port_free", lambda port: True)  # as if the port was taken after the check
    with pytest.raises(RuntimeError, match=r"(?s)did not start .*exit 1\).*EADDRINUSE"), running_mock(busy_port):
        pytest.fail("running_mock yielded a URL for a server that had died")
