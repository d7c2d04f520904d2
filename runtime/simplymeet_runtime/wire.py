"""Request-side checks and formatting: integer arguments, and the API's date and date-time strings.

* Integer arguments (ids, ``page``, ``on_page``, ``concurrency``) must be ``int`` (not ``bool``) and, where the
  spec bounds them, in range (:func:`check_int`).

* Date filters (``format: date``, ``YYYY-MM-DD``) take a ``datetime.date``. A ``datetime.datetime`` is refused:
  which calendar day it means depends on a time zone the client cannot guess.
* Fields documented as ``Y-m-d H:i:s`` (``scheduledAt``, ``multipleScheduledAt``, reschedule ``start``/``end``)
  carry no offset. The client sends them in UTC, the zone every response timestamp uses
  (``2024-03-04T17:02:11+00:00``): a timezone-aware ``datetime`` is converted to UTC and formatted; a naive
  ``datetime`` is refused, because its zone is unknown; a ``str`` must already match ``Y-m-d H:i:s`` and is sent
  unchanged.

Errors are ``TypeError``/``ValueError`` naming the field, raised while the request is built, before it is sent.
"""

from __future__ import annotations

import datetime
import re

LOCAL_DATETIME_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


def check_int(value: object, name: str, minimum: int | None = None, maximum: int | None = None) -> None:
    """Refuse a non-int or out-of-range integer argument, naming it, before a request is built."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}: {value!r}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        allowed = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ValueError(f"{name} must be {allowed}, got {value}")


def format_date(value: datetime.date, field: str) -> str:
    """``YYYY-MM-DD`` for a date filter."""
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError(f"{field} must be a datetime.date (YYYY-MM-DD), got {type(value).__name__}: {value!r}")
    return value.isoformat()


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
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{field} is a naive datetime ({value.isoformat()}); attach a time zone "
            "(e.g. tzinfo=datetime.timezone.utc): the API takes UTC and the client will not guess the zone"
        )
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")
