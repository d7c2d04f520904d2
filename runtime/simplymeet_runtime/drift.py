"""Reading responses that differ from the spec: the model-side checks, and how differences are reported.

The spec is transcribed from the vendor's reference, not from traffic, so a real response may differ from it.
Generated ``from_dict`` methods call into this module; nothing here imports the generated package.

* :class:`SchemaMismatch` is what ``from_dict`` raises for a value that cannot be read honestly: a wrong type,
  a ``null`` the spec does not allow, a malformed date-time, a missing non-nullable property. It carries the
  field path (``items[3].user``) and a ``kind`` token (the same tokens ``make drift`` prints).
* A *tolerated* difference is read and remembered on the model:

  - a missing property that the spec marks nullable reads as ``None`` and is kept out of ``to_dict()``
    (:func:`fill_absent`, the model's ``_absent``);
  - an undeclared property stays in ``additional_properties``;
  - an unknown enum value becomes a pseudo-member with ``is_known == False``.

  ``from_dict`` calls :func:`note` for each. Inside a client call (:func:`parse_checked`) the notes only flag
  that the parsed tree has something to report; the tree is then walked once to name every difference by
  its path. In strict mode the first one raises :class:`SchemaMismatch`; in tolerant mode each is reported
  by :func:`report`, once per schema, property and kind per process: a :class:`SpecDriftWarning` pointing at the
  caller's line, or, with ``SIMPLYMEET_LOG`` set, a record on the ``simplymeet_client.drift`` logger instead.
  Outside a client call, :func:`note` reports at once.
"""

from __future__ import annotations

import datetime
import enum
import logging
import re
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Self, TypeVar

from .exceptions import SimplyMeetError, redact

logger = logging.getLogger("simplymeet_client.drift")

T = TypeVar("T")

MISSING_PROPERTY = "missing-property"
UNDECLARED_PROPERTY = "undeclared-property"
UNEXPECTED_NULL = "unexpected-null"
TYPE_MISMATCH = "type-mismatch"
UNKNOWN_ENUM_VALUE = "unknown-enum-value"
FORMAT_MISMATCH = "format-mismatch"
UNDOCUMENTED_STATUS = "undocumented-status"
UNDOCUMENTED_OPERATION = "undocumented-operation"

KINDS = (
    MISSING_PROPERTY,
    UNDECLARED_PROPERTY,
    UNEXPECTED_NULL,
    TYPE_MISMATCH,
    UNKNOWN_ENUM_VALUE,
    FORMAT_MISMATCH,
    UNDOCUMENTED_STATUS,
    UNDOCUMENTED_OPERATION,
)
"""Every kind of difference between a response and the spec, as ``make drift`` and the errors spell them."""


GATEWAY_STATUSES = frozenset({502, 503, 504})
"""Statuses a proxy or load balancer answers with, whatever the spec says: never reported as undocumented."""


class SpecDriftWarning(UserWarning):
    """A response differed from the spec in a way the client tolerated (tolerant mode).

    ``warnings.simplefilter("error", SpecDriftWarning)`` turns every such difference into an error.
    """


class SchemaMismatch(SimplyMeetError, ValueError):
    """Raised by a model's ``from_dict`` when the data does not fit it.

    Attributes:
        path: Where, from the object being parsed (``items[3].user``); ``""`` for the object itself.
        reason: What is wrong.
        kind: One of :data:`KINDS` (``type-mismatch``, ``missing-property``, ...).
    """

    def __init__(self, path: str, reason: str, kind: str = TYPE_MISMATCH) -> None:
        self.path = path
        self.reason = reason
        self.kind = kind
        super().__init__(redact(f"{path or '(top level)'}: {reason}"))

    def nested(self, field: str, index: int = -1) -> SchemaMismatch:
        """This error as seen from the object that holds it in ``field`` (at list ``index`` when >= 0)."""
        prefix = f"{field}[{index}]" if index >= 0 else field
        path = f"{prefix}.{self.path}" if self.path and not self.path.startswith("[") else f"{prefix}{self.path}"
        return SchemaMismatch(path, self.reason, self.kind)

    @classmethod
    def from_error(cls, field: str, index: int, error: Exception) -> SchemaMismatch:
        """The error of ``from_dict`` at ``field`` (list ``index``) for a KeyError/TypeError/ValueError there."""
        if isinstance(error, KeyError) and index < 0:
            # from_dict only tracks fields it converts; a missing field's KeyError names the field itself.
            missing = error.args[0] if error.args and isinstance(error.args[0], str) else field
            found = cls("", "required field is missing", MISSING_PROPERTY)
            return found.nested(missing) if missing else found
        # Types are checked before conversion, so a ValueError is a string that does not parse (a date-time).
        kind = FORMAT_MISMATCH if isinstance(error, ValueError) else TYPE_MISMATCH
        found = cls("", f"{type(error).__name__}: {error}", kind)
        return found.nested(field, index) if field else found


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def wrong_type(expected: str, value: object) -> SchemaMismatch:
    """The error for a JSON value of the wrong type (``null`` where the spec allows none is its own kind)."""
    if value is None:
        return SchemaMismatch("", f"expected {expected}, got null", UNEXPECTED_NULL)
    return SchemaMismatch("", f"expected {expected}, got {_json_type(value)}: {_short(value)}", TYPE_MISMATCH)


def not_an_object(value: object) -> SchemaMismatch:
    """The error of ``from_dict`` for a value that is not a JSON object."""
    return wrong_type("an object", value)


def expect_list(value: Any) -> list[Any]:
    """``value`` if it is a JSON array, else a :class:`SchemaMismatch` (given its field path by the caller)."""
    if type(value) is not list:
        raise wrong_type("an array", value)
    return value


def expect_items(value: Any, types: tuple[type, ...], expected: str) -> list[Any]:
    """``value`` if it is a JSON array whose items are all of ``types`` (checked exactly: a bool is no int)."""
    for index, item in enumerate(expect_list(value)):
        if type(item) not in types:
            raise wrong_type(expected, item).nested("", index)
    return value  # type: ignore[no-any-return]


def convert_items(value: Any, convert: Callable[[Any], T]) -> list[T]:
    """The items of a JSON array, each converted (a model's ``from_dict``, an enum); an error names the index."""
    converted = []
    for index, item in enumerate(expect_list(value)):
        try:
            converted.append(convert(item))
        except SchemaMismatch as exc:
            raise exc.nested("", index) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error("", -1, exc).nested("", index) from exc
    return converted


def expect_values(value: dict[str, Any], types: tuple[type, ...], expected: str) -> dict[str, Any]:
    """``value`` if each of its values is of ``types`` (a map of scalars); else the error names the key."""
    for key, item in value.items():
        if type(item) not in types:
            raise wrong_type(expected, item).nested(key)
    return value


_LONG_FRACTION = re.compile(r"\.(\d{6})(\d+)")
_MICROSECOND = datetime.timedelta(microseconds=1)


def parse_datetime(value: str) -> datetime.datetime:
    """A response date-time: ISO-8601 with a UTC offset (``2024-03-04T17:02:11+00:00``); without one it is a
    ``ValueError`` (format-mismatch), since which instant a naive time means is unknown.

    It reads every RFC 3339 date-time exactly as the fast path (msgspec) does, so both give the same value: a
    lower-case ``t``/``z`` is accepted, and a fraction finer than a microsecond is rounded to the nearest one,
    half up (``…00.9999996Z`` is ``…01Z``). Other ISO-8601 forms that only ``fromisoformat`` reads are read here.
    """
    round_up = False
    if len(value) > 26 and (match := _LONG_FRACTION.search(value, 19)):  # rare: more than 6 fraction digits
        round_up = match.group(2)[0] >= "5"
        value = value[: match.start()] + "." + match.group(1) + value[match.end() :]
    if value[10:11] == "t" or value[-1:] == "z":
        value = value[:10] + value[10:11].upper() + value[11:-1] + value[-1:].upper()
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"date-time without a UTC offset: {value!r}")
    if round_up:
        try:
            parsed += _MICROSECOND
        except OverflowError:
            raise ValueError(f"date-time out of range: {value!r}") from None
    return parsed


def _json_type(value: object) -> str:
    names = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)


class _Model:
    """What the walker needs of a generated model (for typing only)."""

    _WIRE_NAMES: dict[str, str]
    _absent: frozenset[str]
    additional_properties: dict[str, Any]


def fill_absent(
    cls: type[T], data: dict[str, Any], required: Iterable[str], nullable: frozenset[str], error: KeyError
) -> T:
    """``from_dict`` for an object that lacks required properties, called by ``from_dict`` on its KeyError.

    If every missing property is nullable in the spec, they read as ``None`` and the model remembers them in
    ``_absent`` (so ``to_dict()`` leaves them out again); each is noted as ``missing-property``. A missing
    property that is not nullable is a :class:`SchemaMismatch` naming it.
    """
    missing = [key for key in required if key not in data]
    if not missing:  # not a missing property after all
        raise SchemaMismatch.from_error("", -1, error)
    for key in missing:
        if key not in nullable:
            raise SchemaMismatch(key, "required field is missing", MISSING_PROPERTY)
    filled = dict(data)
    for key in missing:
        filled[key] = None
    model = cls.from_dict(filled)  # type: ignore[attr-defined]
    model._absent = frozenset(missing)
    for key in missing:
        note(cls.__name__, key, MISSING_PROPERTY)
    return model  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Drift:
    """One tolerated difference in a parsed response.

    Attributes:
        schema: The model (schema) name, e.g. ``EventDTO``.
        prop: The property as it is spelt on the wire, e.g. ``payment``.
        kind: One of :data:`KINDS`.
        path: Where, with list indexes (``items[3].payment``).
        location: Where, with list indexes collapsed (``items[].payment``): the same for every item.
        value: The value seen (for an undeclared property or an unknown enum value), else ``None``.
    """

    schema: str
    prop: str
    kind: str
    path: str
    location: str
    value: Any = None

    def describe(self, operation: str | None = None) -> str:
        what = {
            MISSING_PROPERTY: "required and nullable in the spec, absent in the response; read as None",
            UNDECLARED_PROPERTY: "not in the spec; kept in additional_properties",
            UNKNOWN_ENUM_VALUE: f"value {self.value!r} is not in the spec's enum; kept as an unknown member",
            UNDOCUMENTED_STATUS: f"status {self.prop} is not documented for this operation",
        }.get(self.kind, self.kind)
        where = f"{operation}: " if operation else ""
        return f"{where}{self.location} [{self.kind}] {self.schema}.{self.prop}: {what}"


_SINK: ContextVar[set[tuple[str, str, str]] | None] = ContextVar("simplymeet_drift_sink", default=None)


def note(schema: str, prop: str, kind: str, value: Any = None) -> None:
    """Called by ``from_dict`` (and the enums' ``_missing_``) for a tolerated difference."""
    sink = _SINK.get()
    if sink is not None:
        sink.add((schema, prop, kind))
    else:  # a model parsed directly, not through a client call: report it now, where it is known
        report([Drift(schema, prop, kind, f"{schema}.{prop}", f"{schema}.{prop}", value)], None)


def note_undeclared(schema: str, keys: Iterable[str]) -> None:
    """Called by ``from_dict`` for properties the spec does not declare (kept in ``additional_properties``)."""
    for key in keys:
        note(schema, key, UNDECLARED_PROPERTY)


def parse_checked(parse: Callable[[], T], operation: str, strict: bool) -> T:
    """Run ``parse`` (a response's ``from_dict``) and report or refuse what it tolerated.

    Strict: the first difference raises :class:`SchemaMismatch` with its path and kind. Tolerant: every
    difference is :func:`report`-ed and the parsed value is returned.
    """
    sink: set[tuple[str, str, str]] = set()
    token = _SINK.set(sink)
    try:
        parsed = parse()
    finally:
        _SINK.reset(token)
    if sink and (strict or not _all_reported(sink)):
        found = list(walk(parsed))
        if strict and found:
            first = found[0]
            raise SchemaMismatch(first.path, first.describe(), first.kind)
        report(found, operation)
    return parsed


def _all_reported(noted: set[tuple[str, str, str]]) -> bool:
    """Whether every difference noted while parsing was reported before (then the walk would report nothing).

    A note names the same (schema, property, kind) as the walk's report for an absent or undeclared property; an
    unknown enum value is noted by its enum, so the walk runs to find where it is."""
    return all(key[2] in _NOTED_AS_REPORTED and key in _reported for key in noted)


_NOTED_AS_REPORTED = frozenset({MISSING_PROPERTY, UNDECLARED_PROPERTY})


def walk(value: Any, path: str = "", location: str = "") -> Iterator[Drift]:
    """Every tolerated difference in a parsed tree of models, with its path."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]", f"{location}[]")
        return
    wire_names = getattr(type(value), "_WIRE_NAMES", None)
    if wire_names is None:
        return
    model: _Model = value
    schema = type(value).__name__
    for key in sorted(model._absent):
        yield Drift(schema, key, MISSING_PROPERTY, _join(path, key), _join(location, key))
    if getattr(type(value), "_UNDECLARED_EXTRAS", False):
        for key, extra in sorted(model.additional_properties.items()):  # the same order however they were read
            yield Drift(schema, key, UNDECLARED_PROPERTY, _join(path, key), _join(location, key), extra)
    for python_name, key in wire_names.items():
        field = getattr(value, python_name)
        items = field if isinstance(field, list) else (field,)
        for index, item in enumerate(items):
            at, loc = _join(path, key), _join(location, key)
            if field is items:
                at, loc = f"{at}[{index}]", f"{loc}[]"
            if isinstance(item, enum.Enum):
                if not getattr(item, "is_known", True):
                    yield Drift(schema, key, UNKNOWN_ENUM_VALUE, at, loc, item.value)
            elif hasattr(type(item), "_WIRE_NAMES"):
                yield from walk(item, at, loc)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_reported: set[tuple[str, str, str]] = set()
_reported_lock = threading.Lock()


_routed_to_logging = False
_OWN_MODULES = ("simplymeet_client", "simplymeet_runtime")


def route_to_logging(routed: bool = True) -> None:
    """Report differences as records of the ``simplymeet_client.drift`` logger instead of warnings
    (``SIMPLYMEET_LOG`` turns this on, so operators get everything in one place, each difference once)."""
    global _routed_to_logging
    _routed_to_logging = routed


def _caller_stacklevel() -> int:
    """The ``stacklevel`` that makes a warning point at the first frame outside this client (the caller's line)."""
    frame = sys._getframe(1)  # report()
    level = 1
    while frame.f_back is not None and frame.f_globals.get("__name__", "").partition(".")[0] in _OWN_MODULES:
        frame = frame.f_back
        level += 1
    return level


def report(found: Iterable[Drift], operation: str | None) -> None:
    """Show each difference once per (schema, property, kind) per process: as a :class:`SpecDriftWarning` that
    points at the caller's line, or, with ``SIMPLYMEET_LOG`` set, as a record of the ``simplymeet_client.drift``
    logger. Never both: one drifting response prints one line per difference.

    A difference counts as reported only once its warning went out, so with the filter set to ``"error"``
    every occurrence raises.
    """
    for drift in found:
        key = (drift.schema, drift.prop, drift.kind)
        if key in _reported:
            continue
        message = drift.describe(operation)
        if _routed_to_logging:
            logger.warning("spec drift: %s", message)
        else:
            warnings.warn(message, SpecDriftWarning, stacklevel=_caller_stacklevel())
        with _reported_lock:
            _reported.add(key)


def reset_reported() -> None:
    """Forget what was reported, so each difference is warned about again (for tests)."""
    with _reported_lock:
        _reported.clear()


class SpecEnum(StrEnum):
    """The base of the generated string enums: a value the spec does not list yet still parses.

    It becomes a pseudo-member that keeps the server's string (``.value``), with ``is_known`` false; ``to_dict()``
    writes it back unchanged, and it is reported as spec drift (``unknown-enum-value``). Values that are not
    strings still fail.
    """

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        note(cls.__name__, value, UNKNOWN_ENUM_VALUE, value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (false for a value the server added since)."""
        return self._name_ in type(self).__members__
