"""The wire format: ``UNSET``, JSON decoding, PHP-style query strings, argument checks, dates and date-times.

* Integer arguments (ids, ``page``, ``on_page``, ``concurrency``) must be ``int`` (not ``bool``) and, where the
  spec bounds them, in range (:func:`check_int`).
* Path parameters are checked against their spec type before anything is sent: a ``format: uuid`` one must be a
  ``uuid.UUID`` or a string that parses as one, and is sent in canonical form (:func:`check_uuid`); any other
  string one may not be empty, ``.`` or ``..`` nor hold ``/``, ``\\`` or control characters
  (:func:`check_segment`), so no argument can make a request leave its path (httpx resolves dot segments).

* Date filters (``format: date``, ``YYYY-MM-DD``) take a ``datetime.date``. A ``datetime.datetime`` is refused:
  which calendar day it means depends on a time zone the client cannot guess.
* ``format: date-time`` request fields (poll availability dates) take a timezone-aware ``datetime``, sent as
  ISO 8601 with its offset; a naive ``datetime`` is refused, as below.
* Fields documented as ``Y-m-d H:i:s`` (``scheduledAt``, ``multipleScheduledAt``, reschedule ``start``/``end``)
  carry no offset. The client sends them in UTC, the zone every response timestamp uses
  (``2024-03-04T17:02:11+00:00``): a timezone-aware ``datetime`` is converted to UTC and formatted; a naive
  ``datetime`` is refused, because its zone is unknown; a ``str`` must already match ``Y-m-d H:i:s`` and is sent
  unchanged.

Errors are ``TypeError``/``ValueError`` naming the field, raised while the request is built, before it is sent.
"""

from __future__ import annotations

import datetime
import difflib
import re
import uuid
import warnings
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, Literal, TypeVar

import msgspec


class Unset:
    """The type of :data:`UNSET`: an argument or property that was not given (as opposed to ``None``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
"""Not given: left out of the request (``None`` is sent as JSON ``null`` where the spec allows it)."""


_decode = msgspec.json.decode


def load_json(content: bytes) -> Any:
    """Decode a JSON body (a response, an error, a webhook delivery) the same way in every install.

    msgspec (a dependency) decodes strict RFC 8259 JSON as fast as orjson: ``NaN``/``Infinity``, a lone surrogate,
    a byte-order mark and invalid UTF-8 are refused, integers of any size stay exact, and nesting deeper than the
    interpreter's recursion limit (about 1 000 levels) is refused too. Every refusal is a ``ValueError``, which the
    callers turn into their documented error (``UnexpectedResponse``, ``InvalidWebhookPayload``).
    """
    try:
        return _decode(content)
    except RecursionError:
        raise ValueError("JSON is nested too deeply to be read (about 1 000 levels at most)") from None


def encode_query_params(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Encode query parameters the way the SimplyMeet.me (PHP) back end reads them.

    The spec declares object parameters (``filter``) as ``style: deepObject``; PHP reads nested
    keys in bracket notation and arrays with an empty bracket, so::

        {"page": 2, "filter": {"state": "new", "ids": [1, 2]}}

    becomes ``page=2&filter[state]=new&filter[ids][]=1&filter[ids][]=2``. ``None`` and ``UNSET``
    values are left out, booleans are sent as ``true``/``false``, enums by value.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        _encode_query_value(key, value, pairs)
    return pairs


def _encode_query_value(key: str, value: Any, pairs: list[tuple[str, str]]) -> None:
    if value is None or isinstance(value, Unset):
        return
    if isinstance(value, Mapping):
        for sub_key, sub_value in value.items():
            _encode_query_value(f"{key}[{sub_key}]", sub_value, pairs)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _encode_query_value(f"{key}[]", item, pairs)
    elif isinstance(value, bool):
        pairs.append((key, "true" if value else "false"))
    elif isinstance(value, Enum):
        _encode_query_value(key, value.value, pairs)
    else:
        pairs.append((key, str(value)))


LOCAL_DATETIME_REGEX = (
    r"^(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r" ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$"
)
"""The ``pattern`` the spec gives a PHP ``Y-m-d H:i:s`` request date-time (``scheduledAt``, reschedule start/end):
the one definition the generator, the client, the sandbox and the command line share. Each part within its range
(year 0001-9999, as Python's ``datetime``; no lookahead, which RE2-based validators lack); what a regular expression
cannot refuse is a day the month lacks (2024-02-30, 2023-02-29): :func:`is_local_datetime` does."""
LOCAL_DATETIME_PATTERN = re.compile(LOCAL_DATETIME_REGEX)


def is_local_datetime(value: str) -> bool:
    """``value`` matches ``Y-m-d H:i:s`` and names a real calendar date and time (not ``2024-13-11 10:00:00``)."""
    if not LOCAL_DATETIME_PATTERN.fullmatch(value):
        return False
    try:
        datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return False
    return True


def check_int(value: object, name: str, minimum: int | None = None, maximum: int | None = None) -> None:
    """Refuse a non-int or out-of-range integer argument, naming it, before a request is built."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}: {value!r}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        allowed = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ValueError(f"{name} must be {allowed}, got {value}")


def check_uuid(value: object, name: str) -> uuid.UUID:
    """A ``format: uuid`` path argument as a ``uuid.UUID`` (from a UUID or its string), else an error naming it."""
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a uuid.UUID or a UUID string, got {type(value).__name__}: {value!r}")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueError(f"{name} must be a UUID (like 3e687c78-a8b8-4837-9333-57e3d807e61c), got {value!r}") from None


E = TypeVar("E", bound=Enum)


def check_enum(cls: type[E], value: object, name: str) -> E:
    """An enum argument given as the enum or as one of its values (a plain string, as the resource methods take it)
    as the enum; another value is a ``ValueError`` naming the argument and the allowed values."""
    if isinstance(value, cls):
        return value
    allowed = [member.value for member in cls]
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}, got {value!r}")
    return cls(value)


def warn_unknown(value: object, known: Sequence[str], name: str) -> None:
    """Warn (``UserWarning``) when a field of an open set of values (the spec's ``x-known-values``) is given one
    outside the known ones, with the closest known one; the value is still sent as given."""
    if isinstance(value, str) and value not in known:
        found = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
        hint = f" (did you mean {found[0]!r}?)" if found else f" (known: {', '.join(map(repr, known))})"
        warnings.warn(f"{name} {value!r} is not a known value{hint}; sent as given", UserWarning, stacklevel=3)


_UNSAFE_SEGMENT = re.compile(r"[/\\\x00-\x1f\x7f]")


def check_segment(value: object, name: str) -> None:
    """Refuse a path argument that would not stay one path segment: empty, ``.``, ``..``, or holding a slash,
    a backslash or a control character."""
    text = str(value.value if isinstance(value, Enum) else value)
    if text in ("", ".", "..") or _UNSAFE_SEGMENT.search(text):
        raise ValueError(f"{name} must be one non-empty path segment (not '.' or '..', no '/'), got {text!r}")


def format_date(value: datetime.date, field: str) -> str:
    """``YYYY-MM-DD`` for a date filter."""
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"{field} must be a datetime.date (YYYY-MM-DD), got {type(value).__name__}: {value!r}")
    return value.isoformat()


def format_datetime(value: datetime.datetime, field: str) -> str:
    """ISO 8601 with its offset for a ``format: date-time`` request field; a naive datetime is refused."""
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{field} must be a timezone-aware datetime.datetime, got {type(value).__name__}: {value!r}")
    _refuse_naive(value, field)
    return value.isoformat()


def _refuse_naive(value: datetime.datetime, field: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{field} is a naive datetime ({value.isoformat()}); attach a time zone "
            "(e.g. tzinfo=datetime.timezone.utc): the client will not guess the zone"
        )


def format_local_datetime(value: datetime.datetime | str, field: str) -> str:
    """``Y-m-d H:i:s`` in UTC for a ``scheduledAt``-style field."""
    if isinstance(value, str):
        if not LOCAL_DATETIME_PATTERN.fullmatch(value):
            raise ValueError(f"{field} must look like 'YYYY-MM-DD HH:MM:SS' (Y-m-d H:i:s, UTC), got {value!r}")
        try:
            datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError as exc:
            raise ValueError(f"{field} is not a valid date-time: {value!r} ({exc})") from None
        return value
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{field} must be a timezone-aware datetime or a 'Y-m-d H:i:s' string, got {value!r}")
    _refuse_naive(value, field)
    return value.astimezone(datetime.UTC).replace(tzinfo=None).isoformat(" ", "seconds")  # %Y: 999, not 0999
