"""Recorded responses: valid against the spec, parsed by the generated client, round-tripped."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.conftest import make_client
from tests.operations import CALLS, module_for
from tests.spec_support import (
    FIXTURES,
    load_fixture,
    operations,
    response_schema_pointer,
    success_status,
    validate_response_body,
)

FIXTURE_IDS = sorted(p.stem for p in FIXTURES.glob("*.json"))


def test_one_fixture_per_operation_with_a_body() -> None:
    with_body = sorted(op_id for op_id, op in operations().items() if response_schema_pointer(op))
    assert FIXTURE_IDS == with_body
    assert len(FIXTURE_IDS) >= 15


@pytest.mark.parametrize("op_id", FIXTURE_IDS)
def test_fixture_matches_spec_schema(op_id: str) -> None:
    validate_response_body(op_id, load_fixture(op_id))


def _to_dict(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


@pytest.mark.parametrize("op_id", FIXTURE_IDS)
def test_generated_client_parses_fixture_and_round_trips(op_id: str) -> None:
    raw = (FIXTURES / f"{op_id}.json").read_bytes()
    status = int(success_status(operations()[op_id]))
    client = make_client(
        lambda request: httpx.Response(status, content=raw, headers={"content-type": "application/json"}),
        strict_responses=True,
    )
    response = module_for(op_id).sync_detailed(client=client, **CALLS[op_id].kwargs())
    assert response.status_code == status
    assert response.parsed is not None
    assert _to_dict(response.parsed) == json.loads(raw)


def test_parsed_models_are_typed() -> None:
    """Spot-check that nested values become models, dates datetimes and enums enums."""
    from simplymeet_client.models import EventListDTO, EventTypeKind, UserDTO

    page = EventListDTO.from_dict(load_fixture("listEvents"))
    first, canceled = page.items[0], page.items[1]
    assert page.meta.pages_count == 2
    assert isinstance(first.user, UserDTO) and first.user.organization is not None
    assert first.scheduled_at is not None and first.scheduled_at.utcoffset() is not None
    assert first.cancellation is None and canceled.cancellation is not None
    assert canceled.cancellation.reason == "Client asked to cancel"
    assert canceled.event_type is not None and canceled.event_type.type_ is EventTypeKind.ROUND_ROBIN
    assert page.items[2].user is None
