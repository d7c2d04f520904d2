"""tools/codegen.py: the facts of the spec the templates are handed (bounds, operationIds, base URL, key header)."""

from __future__ import annotations

import copy
import datetime
import pydoc
import re
from pathlib import Path
from typing import Any

import pytest

from simplymeet_client import models
from simplymeet_client.api.meeting import list_events
from simplymeet_client.api.user import get_current_user
from tests.conftest import Recorder, make_client
from tests.spec_support import spec
from tools import codegen
from tools.generate import render


def test_argument_checks_take_their_bounds_from_the_spec() -> None:
    source = Path(list_events.__file__).read_text()
    assert 'check_int(on_page, "on_page", 1, 100)' in source
    assert 'check_int(page, "page", 1, None)' in source
    with pytest.raises(ValueError, match="on_page must be between 1 and 100, got 101"):
        list_events.sync(client=make_client(Recorder(500)), on_page=101)


def test_every_bounded_integer_parameter_of_the_spec_is_checked() -> None:
    """Each integer parameter with a minimum (components/parameters) appears with its bounds in a generated check."""
    sources = "\n".join(p.read_text() for p in Path(list_events.__file__).parents[1].rglob("*.py"))
    bounded = [p for p in spec()["components"]["parameters"].values() if "minimum" in p.get("schema", {})]
    assert len(bounded) >= 4
    for parameter in bounded:
        low, high = parameter["schema"]["minimum"], parameter["schema"].get("maximum")
        assert re.search(rf'check_int\(\w+, "\w+", {low}, {high}\)', sources), parameter["name"]


def test_facts_follow_the_spec_not_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Changing the spec's bounds, server and key header changes the generated code."""
    changed = copy.deepcopy(spec())
    changed["components"]["parameters"]["OnPage"]["schema"]["maximum"] = 50
    changed["servers"][0]["url"] = "https://api.example.test"
    for scheme in changed["components"]["securitySchemes"].values():
        scheme["name"] = "X-OTHER-KEY"
    real_globals = codegen.template_globals
    monkeypatch.setattr(codegen, "template_globals", lambda _spec: real_globals(changed))
    package = render(tmp_path)
    assert 'check_int(on_page, "on_page", 1, 50)' in (package / "api" / "meeting" / "list_events.py").read_text()
    client = (package / "client.py").read_text()
    assert 'DEFAULT_BASE_URL = "https://api.example.test"' in client and '"X-OTHER-KEY"' in client


def test_operation_ids_are_the_spec_s() -> None:
    ids = {op["operationId"] for item in spec()["paths"].values() for op in item.values() if isinstance(op, dict)}
    sources = [p.read_text() for p in Path(list_events.__file__).parents[1].rglob("*.py")]
    found = [m for source in sources for m in re.findall(r'^_OPERATION = "(\w+)"$', source, re.MULTILINE)]
    assert sorted(found) == sorted(ids) and len(ids) >= 42
    assert 'OPERATION = "getCurrentUser"' in Path(get_current_user.__file__).read_text()


def test_unknown_key_scheme_is_refused() -> None:
    broken: dict[str, Any] = copy.deepcopy(spec())
    broken["components"]["securitySchemes"] = {}
    with pytest.raises(ValueError, match="one apiKey security scheme"):
        codegen.SpecFacts(broken)


def test_request_date_times_refuse_naive_datetimes_everywhere() -> None:
    naive = datetime.datetime(2024, 3, 12, 14, 0)
    poll_date = models.PollAvailabilityRequestDTO(date=naive)
    with pytest.raises(ValueError, match="date is a naive datetime"):
        poll_date.to_dict()
    aware = models.PollAvailabilityRequestDTO(date=naive.replace(tzinfo=datetime.UTC))
    assert aware.to_dict() == {"date": "2024-03-12T14:00:00+00:00"}
    event = models.RescheduleEventRequestDTO(start=naive, end=naive, event_type_id=812)
    with pytest.raises(ValueError, match="start is a naive datetime"):
        event.to_dict()


def test_docstrings_state_the_accepted_types() -> None:
    doc = models.CreateEventRequestDTO.__doc__ or ""
    assert "scheduled_at (datetime.datetime | str)" in doc and "naive datetime is refused" in doc
    assert "date (datetime.datetime)" in (models.PollAvailabilityRequestDTO.__doc__ or "")


def test_help_shows_unset_as_unset() -> None:
    text = pydoc.render_doc(list_events, renderer=pydoc.TextDoc())
    assert "UNSET" in text and "object at 0x" not in text
