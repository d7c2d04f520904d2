"""One reading of JSON in every install, and one value per date-time on both the fast and the exact path.

msgspec (a dependency) decodes every body: nothing imports orjson, which the development install has only for
``make bench``'s baseline row (:func:`test_nothing_imports_orjson_and_the_client_works_without_it`).
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from typing import Annotated, Any

import httpx
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simplymeet_client import errors, models, webhooks
from simplymeet_client.api.meeting import get_event
from simplymeet_client.api.user import get_current_user
from simplymeet_runtime import mirror
from simplymeet_runtime.drift import parse_datetime
from tests.conftest import make_client
from tests.spec_support import FIXTURES

USER = json.loads((FIXTURES / "getCurrentUser.json").read_bytes())
EVENT = (FIXTURES / "getEvent.json").read_bytes()


def test_nothing_imports_orjson_and_the_client_works_without_it() -> None:
    """A fresh interpreter where ``import orjson`` fails: the client, the sandbox, the command line's and the drift
    report's modules import, a call is answered and parsed, JSON is read, and orjson was never asked for."""
    script = """
import sys
asked = []
class NoOrjson:  # import orjson: recorded, then ImportError, as where it is not installed
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] == "orjson":
            asked.append(name)
            raise ImportError("orjson is not installed here")
sys.modules.pop("orjson", None)
sys.meta_path.insert(0, NoOrjson)
import simplymeet_client, simplymeet_client.testing, simplymeet_runtime.cli, simplymeet_runtime.drift_report
from simplymeet_runtime.wire import load_json
fake = simplymeet_client.testing.FakeSimplyMeet(seed=1)
with fake.client() as client:
    assert client.users.current().email
assert load_json(b'{"a": [1, 2.5, null]}') == {"a": [1, 2.5, None]}
assert not asked and "orjson" not in sys.modules, asked
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def _user_with(raw_value: str) -> bytes:
    """getCurrentUser's fixture with ``lat`` (a number) spelt ``raw_value`` on the wire."""
    return json.dumps({**USER, "lat": 0.5}).replace('"lat": 0.5', f'"lat": {raw_value}').encode()


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize("raw_value", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_are_refused_on_every_path(raw_value: str) -> None:
    """The standard json module stored these as floats with no error and no drift report."""
    body = _user_with(raw_value)
    client = make_client(lambda request: httpx.Response(200, content=body))
    with pytest.raises(errors.UnexpectedResponse) as info:
        get_current_user.sync(client=client)
    assert info.value.status_code == 200
    with pytest.raises(errors.UnexpectedResponse):
        get_current_user.sync_detailed(client=client)
    with pytest.raises(errors.UnexpectedResponse):
        get_current_user.sync(client=make_client(lambda request: httpx.Response(200, content=body)))
    delivery = b'{"data": {"uuid": "u", "state": "new", "nested": ' + raw_value.encode() + b"}}"
    with pytest.raises(errors.InvalidWebhookPayload, match="not JSON"):
        webhooks.parse(delivery, insecure_skip_verification=True)


@pytest.mark.parametrize("levels", [1100, 5000, 100_000])
def test_deep_nesting_is_a_documented_error_on_every_path(levels: int) -> None:
    """Without orjson a deeply nested body used to raise a bare RecursionError."""
    body = json.dumps({**USER, "extra": "DEEP"}).replace('"DEEP"', _deep(levels)).encode()
    client = make_client(lambda request: httpx.Response(200, content=body))
    with pytest.raises(errors.UnexpectedResponse, match="nested too deeply"):
        get_current_user.sync(client=client)
    with pytest.raises(errors.UnexpectedResponse):
        get_current_user.sync_detailed(client=client)
    error_body = b'{"message": "Not found", "detail": ' + _deep(levels).encode() + b"}"
    with pytest.raises(errors.NotFoundError) as info:  # an error body that cannot be read: the status's error
        get_event.sync(1, client=make_client(lambda request: httpx.Response(404, content=error_body)))
    assert info.value.status_code == 404
    delivery = b'{"data": ' + _deep(levels).encode() + b"}"
    with pytest.raises(errors.InvalidWebhookPayload, match="nested too deeply"):
        webhooks.parse(delivery, insecure_skip_verification=True)


def test_moderate_nesting_in_an_undeclared_property_is_kept() -> None:
    body = json.dumps({**USER, "extra": "DEEP"}).replace('"DEEP"', _deep(200)).encode()
    with pytest.warns(Warning):
        user = get_current_user.sync(client=make_client(lambda request: httpx.Response(200, content=body)))
    assert isinstance(user.additional_properties["extra"], list)


# ------------------------------------------------------------------------------------------ date-times

# RFC 3339 date-times, as the spec's `format: date-time` allows them, with the variations servers produce:
# either case of T and Z, 0 to 12 fraction digits, offsets from -23:59 to +23:59.
RFC3339 = st.builds(
    lambda day, sep, hms, fraction, offset: f"{day.isoformat()}{sep}{hms}{fraction}{offset}",
    st.dates(min_value=datetime.date(1, 1, 2), max_value=datetime.date(9999, 12, 30)),
    st.sampled_from(["T", "t"]),
    st.times().map(lambda t: t.strftime("%H:%M:%S")),
    st.one_of(st.just(""), st.from_regex(r"\A\.[0-9]{1,12}\Z")),
    st.one_of(
        st.sampled_from(["Z", "z", "+00:00", "-00:00"]),
        st.builds(
            lambda sign, h, m: f"{sign}{h:02d}:{m:02d}", st.sampled_from("+-"), st.integers(0, 23), st.integers(0, 59)
        ),
    ),
)
_MSGSPEC_DATETIME = msgspec.json.Decoder(Annotated[datetime.datetime, msgspec.Meta(tz=True)])


def _both(text: str) -> tuple[Any, Any]:
    outcomes: list[Any] = []
    for read in (lambda: _MSGSPEC_DATETIME.decode(json.dumps(text).encode()), lambda: parse_datetime(text)):
        try:
            outcomes.append(read())
        except (ValueError, OverflowError):
            outcomes.append("refused")
    return outcomes[0], outcomes[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-04T10:00:00.9999996Z", "2024-03-04T10:00:01+00:00"),
        ("2024-03-04T10:00:00.9999995Z", "2024-03-04T10:00:01+00:00"),
        ("2024-03-04T10:00:00.9999994Z", "2024-03-04T10:00:00.999999+00:00"),
        ("2024-03-04t10:00:00z", "2024-03-04T10:00:00+00:00"),
        ("2024-12-31T23:59:59.99999999+02:00", "2025-01-01T00:00:00+02:00"),
    ],
)
def test_fast_and_exact_paths_read_the_same_instant(text: str, expected: str) -> None:
    """Seen: ``…00.9999996Z`` read as 10:00:01 through msgspec and 10:00:00.999999 through from_dict."""
    body = json.loads(EVENT)
    body["scheduledAt"] = text
    raw = json.dumps(body).encode()
    fast = mirror.load_model(models.EventDTO, raw)
    slow = models.EventDTO.from_dict(json.loads(raw))
    assert fast.scheduled_at == slow.scheduled_at == datetime.datetime.fromisoformat(expected)
    assert fast.scheduled_at is not None and slow.scheduled_at is not None
    assert fast.scheduled_at.utcoffset() == slow.scheduled_at.utcoffset()


@settings(max_examples=400, deadline=None)
@given(RFC3339)
def test_every_rfc3339_date_time_reads_the_same_on_both_paths(text: str) -> None:
    fast, exact = _both(text)
    if fast == "refused":  # msgspec refuses only what is out of range after rounding; the exact path then reads
        assert exact == "refused" or exact.year == 9999
        return
    assert exact == fast and exact.utcoffset() == fast.utcoffset(), text
