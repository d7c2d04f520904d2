"""The msgspec fast path (simplymeet_runtime.mirror) gives exactly what ``from_dict`` gives, or stands aside.

``load_model`` reads with msgspec a body that matches the spec, and one with the drift the tolerant reader
accepts (an undeclared key, an absent nullable property, an unknown enum value); anything else (a wrong type, a
naive date-time, a null where none is allowed, no JSON at all) goes to the exact path, which names it. Here: both
paths agree value for value and type for type, and report the same, on conforming and on drifting bodies; the fast
path is really taken, and steps aside only for an error.
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simplymeet_client import errors, models
from simplymeet_runtime import drift, mirror, wire
from tests.conftest import make_client
from tests.operations import CALLS, module_for
from tests.schema_strategies import strategy_for
from tests.spec_support import FIXTURES, operations, success_status, validator_for

FIXTURE_IDS = sorted(p.stem for p in FIXTURES.glob("*.json"))
RECORDINGS = sorted((FIXTURES.parent / "recordings").rglob("*.json"))


def _models_read_by_load_model() -> list[str]:
    names: set[str] = set()
    for path in (FIXTURES.parent.parent / "generated" / "simplymeet_client" / "api").rglob("*.py"):
        for line in path.read_text().splitlines():
            if "_endpoint.load_model(" in line:
                names.add(line.split("_endpoint.load_model(")[1].split(",")[0])
    return sorted(names)


LOADED = _models_read_by_load_model()
UNMIRRORABLE: set[str] = set()  # a property that may be left out (Unset) is mirrored too


@pytest.fixture
def exact_path_calls(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Bodies that went to the exact path (``from_dict``) since the test began."""
    calls: list[bytes] = []
    original = mirror.load_json

    def spy(content: bytes) -> Any:
        calls.append(content)
        return original(content)

    monkeypatch.setattr(mirror, "load_json", spy)
    return calls


def exact(cls: type, raw: bytes) -> Any:
    return cls.from_dict(json.loads(raw))  # type: ignore[attr-defined]


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, type, Any]]:
    """Every value of a parsed tree with its path and exact type (so 52 and 52.0 differ)."""
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from leaves(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}[{key!r}]")
    else:
        tz = value.tzinfo if isinstance(value, datetime.datetime) else None
        yield path, type(value), (value, tz)


def assert_same(fast: Any, slow: Any) -> None:
    assert type(fast) is type(slow)
    assert fast == slow
    assert list(leaves(fast)) == list(leaves(slow))
    assert fast.to_dict() == slow.to_dict()


def test_models_read_by_load_model_are_mirrored_unless_they_may_leave_a_property_out() -> None:
    assert len(LOADED) >= 14
    fast = {name for name in LOADED if mirror.fast_path(getattr(models, name))}
    assert set(LOADED) - fast == UNMIRRORABLE


def _bodies() -> list[tuple[str, int, bytes]]:
    """(operationId, status, body) of every fixture and every recording of an operation that returns a model (the
    others return lists, which load_model does not read)."""
    bodies = [
        (op_id, int(success_status(operations()[op_id])), (FIXTURES / f"{op_id}.json").read_bytes())
        for op_id in FIXTURE_IDS
    ]
    for path in RECORDINGS:
        entry = json.loads(path.read_text())
        bodies.append(
            (entry["operationId"], entry["response"]["status"], json.dumps(entry["response"]["body"]).encode())
        )
    success_model = re.compile(r"response_2\d\d = _endpoint\.load_model\(")
    return [body for body in bodies if success_model.search(inspect.getsource(module_for(body[0])))]


BODIES = _bodies()


@pytest.mark.parametrize(("op_id", "status", "raw"), BODIES, ids=[f"{i}-{b[0]}" for i, b in enumerate(BODIES)])
def test_fixtures_and_recordings_take_the_fast_path_and_match_the_exact_path(
    op_id: str, status: int, raw: bytes, exact_path_calls: list[bytes]
) -> None:
    client = make_client(lambda request: httpx.Response(status, content=raw), strict_responses=True)
    parsed = module_for(op_id).sync(client=client, **CALLS[op_id].kwargs())
    cls = type(parsed)
    assert cls.__name__ in LOADED
    assert exact_path_calls == ([raw] if cls.__name__ in UNMIRRORABLE else [])
    assert_same(parsed, exact(cls, raw))


SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)


@pytest.mark.parametrize("name", sorted(set(LOADED) - UNMIRRORABLE))
def test_bodies_the_spec_allows_read_the_same_both_ways(name: str) -> None:
    validator = validator_for(f"/components/schemas/{name}")
    cls = getattr(models, name)

    @SETTINGS
    @given(strategy_for({"$ref": f"#/components/schemas/{name}"}))
    def check(body: dict[str, Any]) -> None:
        validator.validate(body)
        raw = json.dumps(body).encode()
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a conforming body has nothing to report
            assert_same(mirror.load_model(cls, raw), exact(cls, raw))

    check()


PAGE = (FIXTURES / "listEvents.json").read_bytes()


def _changed(change: Any) -> bytes:
    body = json.loads(PAGE)
    change(body["items"][0])
    return json.dumps(body).encode()


def _set(key: str, value: Any) -> Any:
    return lambda event: event.__setitem__(key, value)


def _not_nullable() -> str:
    """A required string property of EventDTO that may not be null: ``uuid``, or another once traffic made it
    nullable (``make drift-apply``; this test runs on the applied copy)."""
    from simplymeet_client.spec import openapi

    schema = openapi()["components"]["schemas"]["EventDTO"]
    kinds = {str(name): schema["properties"][name].get("type") for name in schema["required"]}
    return next(name for name, kind in sorted(kinds.items(), key=lambda k: k[1] != "string") if isinstance(kind, str))


DIFFERENCES = {
    "undeclared property": _set("addedNextYear", {"x": [1, None]}),
    "missing nullable property": lambda event: event.pop("notes"),
    "unknown enum value": lambda event: event["eventType"].__setitem__("type", "value_added_next_year"),
    "int as a string": _set("id", "48213"),
    "bool for an int": _set("duration", True),
    "naive date-time": _set("createdAt", "2024-03-04T17:02:11"),
    "null where not nullable": _set(_not_nullable(), None),
    "nested undeclared property": lambda event: event["user"].__setitem__("addedNextYear", 1),
}


TOLERATED = {"undeclared property", "missing nullable property", "unknown enum value", "nested undeclared property"}


@pytest.mark.parametrize("difference", DIFFERENCES)
def test_a_body_that_differs_from_the_spec_goes_to_the_exact_path_only_to_name_an_error(
    difference: str, exact_path_calls: list[bytes]
) -> None:
    raw = _changed(DIFFERENCES[difference])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", errors.SpecDriftWarning)
        try:
            slow: Any = exact(models.EventListDTO, raw)
        except errors.SchemaMismatch as exc:
            slow = exc
        exact_path_calls.clear()
        try:
            fast: Any = mirror.load_model(models.EventListDTO, raw)
        except errors.SchemaMismatch as exc:
            fast = exc
    if difference in TOLERATED:
        # what the tolerant reader accepts stays on the fast path: msgspec calls SpecEnum._missing_ (the same
        # pseudo-member), the reader learns an undeclared key or an absent nullable property and reads it again
        assert exact_path_calls == []
    else:
        assert exact_path_calls == [raw]  # msgspec refused it; from_dict named what is wrong
    if isinstance(slow, Exception):
        assert type(fast) is type(slow) and str(fast) == str(slow)
    else:
        assert_same(fast, slow)


def test_not_json_goes_to_the_exact_path_and_fails_there(exact_path_calls: list[bytes]) -> None:
    with pytest.raises(ValueError):
        mirror.load_model(models.EventListDTO, b"<html>502 Bad Gateway</html>")
    assert exact_path_calls == [b"<html>502 Bad Gateway</html>"]


def test_each_model_gets_its_own_additional_properties() -> None:
    page = mirror.load_model(models.EventListDTO, PAGE)
    first, second = page.items[0], page.items[1]
    first.additional_properties["note"] = "mine"
    assert second.additional_properties == {} and first.user is not None
    assert first.user.additional_properties == {}
    assert mirror.load_model(models.EventListDTO, PAGE).items[0].additional_properties == {}


def test_without_msgspec_every_body_takes_the_exact_path(
    monkeypatch: pytest.MonkeyPatch, exact_path_calls: list[bytes]
) -> None:
    monkeypatch.setattr(mirror, "msgspec", None)
    monkeypatch.setattr(mirror, "_readers", {})
    page = mirror.load_model(models.EventListDTO, PAGE)
    assert exact_path_calls == [PAGE]
    assert not mirror.fast_path(models.EventListDTO)
    assert_same(page, exact(models.EventListDTO, PAGE))


def test_an_unknown_enum_value_read_by_msgspec_is_still_reported_or_refused() -> None:
    raw = _changed(DIFFERENCES["unknown enum value"])
    tolerant = make_client(lambda request: httpx.Response(200, content=raw))
    with pytest.warns(errors.SpecDriftWarning, match=r"items\[\]\.eventType\.type \[unknown-enum-value\]"):
        page = module_for("listEvents").sync(client=tolerant)
    kind = page.items[0].event_type.type_
    assert not kind.is_known and kind.value == "value_added_next_year"
    strict = make_client(lambda request: httpx.Response(200, content=raw), strict_responses=True)
    with pytest.raises(errors.UnexpectedResponse, match=r"items\[0\]\.eventType\.type"):
        module_for("listEvents").sync(client=strict)


def test_free_form_maps_and_undeclared_properties_keep_the_order_of_the_body() -> None:
    option = json.dumps({"zulu": "z", "alpha": "a", "mike": "m"}).encode()
    assert mirror.load_model(models.QuestionConfigOption, option).additional_keys == ["zulu", "alpha", "mike"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", errors.SpecDriftWarning)
        event = exact(models.EventListDTO, _changed(lambda e: e.update(zulu=1, alpha=2, mike=3))).items[0]
    assert event.additional_keys == ["zulu", "alpha", "mike"]


def test_a_map_value_of_the_wrong_type_is_refused_on_both_paths_with_its_path() -> None:
    body = json.loads(PAGE)
    body["items"][1]["eventType"]["questions"][1]["config"][2] = {"label": 51}
    raw = json.dumps(body).encode()
    path = "items[1].eventType.questions[1].config[2].label"
    with pytest.raises(errors.SchemaMismatch, match=re.escape(path)):
        exact(models.EventListDTO, raw)
    with pytest.raises(errors.SchemaMismatch, match=re.escape(path) + r".*expected string, got integer"):
        mirror.load_model(models.EventListDTO, raw)


def test_a_number_stays_as_written_on_both_paths() -> None:
    body = json.loads(PAGE)
    user = body["items"][0]["user"]
    user["lat"], user["lng"] = 52, 13.25
    raw = json.dumps(body).encode()
    for page in (mirror.load_model(models.EventListDTO, raw), exact(models.EventListDTO, raw)):
        first = page.items[0].user
        assert first is not None and (first.lat, first.lng) == (52, 13.25)
        assert type(first.lat) is int and type(first.lng) is float
        # the round trip writes 52, not 52.0 (key order aside: an optional property is written after the others)
        assert json.dumps(page.to_dict(), sort_keys=True) == json.dumps(body, sort_keys=True)
    user["lat"] = True  # a bool is no number
    with pytest.raises(errors.SchemaMismatch, match=r"items\[0\]\.user\.lat"):
        mirror.load_model(models.EventListDTO, json.dumps(body).encode())


# ------------------------------------------------------------------ drifting bodies: fast and exact agree


UNDECLARED_NAMES = ("xNotInAnySpecYet", "addedNextYear", "id2")
ODD_VALUES = (None, 1, "x", True, 2.5, [1, None], {"nested": "value"})


def _drift(data: st.DataObject, value: Any) -> Any:
    """``value`` (a JSON body drawn from the spec) with drift drawn into it: undeclared keys, absent properties,
    nulls and values of another type, anywhere in the tree."""
    if isinstance(value, list):
        return [_drift(data, item) for item in value]
    if not isinstance(value, dict):
        return value
    drifted: dict[str, Any] = {}
    for key, item in value.items():
        action = data.draw(st.sampled_from(("keep", "keep", "keep", "keep", "drop", "null", "other")))
        if action == "keep":
            drifted[key] = _drift(data, item)
        elif action == "null":
            drifted[key] = None
        elif action == "other":
            drifted[key] = data.draw(st.sampled_from(ODD_VALUES))
    for key in data.draw(st.lists(st.sampled_from(UNDECLARED_NAMES), max_size=2, unique=True)):
        if key not in value:
            drifted[key] = data.draw(st.sampled_from(ODD_VALUES))
    return drifted


def _read(parse: Any, strict: bool) -> tuple[Any, list[str]]:
    """What a client call gives for ``parse`` (the model or the error) and the warnings it reports, from scratch."""
    drift.reset_reported()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = drift.parse_checked(parse, "op", strict)
        except (errors.SchemaMismatch, ValueError, TypeError, KeyError, AttributeError) as exc:
            result = exc
    return result, [str(warning.message) for warning in caught]


@pytest.mark.parametrize("name", sorted(set(LOADED) - UNMIRRORABLE))
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
def test_drifting_bodies_give_the_same_models_and_reports_on_both_paths(name: str, strict: bool) -> None:
    cls = getattr(models, name)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(strategy_for({"$ref": f"#/components/schemas/{name}"}), st.data())
    def check(body: dict[str, Any], data: st.DataObject) -> None:
        raw = json.dumps(_drift(data, body)).encode()
        fast, fast_reports = _read(lambda: mirror.load_model(cls, raw), strict)
        slow, slow_reports = _read(lambda: cls.from_dict(wire.load_json(raw)), strict)
        if isinstance(slow, Exception):
            assert type(fast) is type(slow) and str(fast) == str(slow)
        else:
            # equal models, value for value and type for type; several undeclared keys of one object may be in
            # another order in additional_properties (a dict: equal all the same; reports are sorted by key)
            assert type(fast) is type(slow) and fast == slow
            assert sorted(leaves(fast), key=lambda leaf: leaf[0]) == sorted(leaves(slow), key=lambda leaf: leaf[0])
            assert fast.to_dict() == slow.to_dict()
        assert fast_reports == slow_reports

    check()


def test_a_drifting_page_is_read_in_one_pass_once_learned(exact_path_calls: list[bytes]) -> None:
    body = json.loads(PAGE)
    for event in body["items"]:
        event["xNotInAnySpecYet"] = "zoom"
        event.pop("notes")
    raw = json.dumps(body).encode()
    reader = mirror._reader_for(models.EventListDTO)
    assert reader is not None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", errors.SpecDriftWarning)
        first = mirror.load_model(models.EventListDTO, raw)
        decode = reader.decode
        again = mirror.load_model(models.EventListDTO, raw)
    assert reader.decode is decode  # nothing more to learn
    assert exact_path_calls == []
    assert_same(first, again)
    assert all(event["xNotInAnySpecYet"] == "zoom" and event._absent == {"notes"} for event in again.items)


def test_each_difference_is_reported_once_per_response_and_not_walked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.loads(PAGE)
    for event in body["items"]:
        event["xNotInAnySpecYet"] = "zoom"
    raw = json.dumps(body).encode()
    walks: list[Any] = []
    original = drift.walk

    def walk(value: Any, *where: str) -> Any:
        if not where:  # a response's walk, not a nested one
            walks.append(value)
        return original(value, *where)

    monkeypatch.setattr(drift, "walk", walk)
    drift.reset_reported()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            drift.parse_checked(lambda: mirror.load_model(models.EventListDTO, raw), "listEvents", False)
    assert [str(w.message) for w in caught] == [
        (
            "listEvents: items[].xNotInAnySpecYet [undeclared-property] EventDTO.xNotInAnySpecYet: not in the spec; kept "
            "in additional_properties"
        )
    ]
    assert len(walks) == 1  # the later responses had nothing new to report: no walk


def test_webhook_deliveries_take_the_fast_path_and_match_the_exact_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from simplymeet_client import webhooks
    from simplymeet_runtime import webhooks as runtime_webhooks

    exact_reads: list[bytes] = []

    def spy(raw: bytes) -> Any:
        exact_reads.append(raw)
        return wire.load_json(raw)

    monkeypatch.setattr(runtime_webhooks, "load_json", spy)
    spec = json.loads((FIXTURES.parent.parent / "generated" / "simplymeet_client" / "openapi.json").read_text())
    for item in spec["webhooks"].values():
        body = item["post"]["requestBody"]["content"]["application/json"]["example"]
        body["data"]["xNotInAnySpecYet"] = "zoom"  # drift the tolerant reader accepts stays on the fast path
        raw = json.dumps(body).encode()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", errors.SpecDriftWarning)
            delivery = webhooks.parse(raw, insecure_skip_verification=True)
            assert_same(delivery, exact(models.WebhookDelivery, raw))
    assert exact_reads == []
