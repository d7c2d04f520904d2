"""Contract tests from recordings: every response under tests/recordings/ is parsed through the client in strict
mode, so a maintainer who records the real API (``make record``) and commits it gets a red test exactly where the
spec is wrong. tests/recordings/prism-mock/ was recorded from the Prism mock of the spec (``make record`` against
``make mock``)."""

from __future__ import annotations

import json
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import make_client
from tests.operations import CALLS, module_for
from tools import ROOT, drift

RECORDINGS = ROOT / "tests" / "recordings"
FILES = sorted(RECORDINGS.rglob("*.json"))
spec = cache(drift.Spec.load)


def _to_dict(parsed: Any) -> Any:
    return [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()


def test_there_are_recordings_of_every_get_operation() -> None:
    recorded = {json.loads(f.read_text())["operationId"] for f in FILES}
    gets = {op.op_id for op in spec().operations if op.method == "GET"}
    assert recorded == gets


@pytest.mark.parametrize("file", FILES, ids=[str(f.relative_to(RECORDINGS)) for f in FILES])
def test_recording_parses_strictly_and_round_trips(file: Path) -> None:
    recording = json.loads(file.read_text())
    request, response = recording["request"], recording["response"]
    op = spec().operation_for(request["method"], request["path"])
    assert op is not None, f"{request['method']} {request['path']} matches no operation of the spec"
    content = json.dumps(response["body"]).encode() if "body" in response else response.get("text", "").encode()

    def answer(sent: httpx.Request) -> httpx.Response:
        return httpx.Response(response["status"], content=content, headers=response.get("headers", {}))

    client = make_client(answer, strict_responses=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # strict: no drift is tolerated, so none is warned about either
        result = module_for(op.op_id).sync_detailed(client=client, **CALLS[op.op_id].kwargs())
    assert result.status_code == response["status"]
    if "body" in response:
        assert result.parsed is not None
        assert _to_dict(result.parsed) == response["body"]


def test_the_drift_report_of_the_recordings_is_clean() -> None:
    findings, responses = drift.run(RECORDINGS, spec())
    assert responses == len(FILES) and findings == []
