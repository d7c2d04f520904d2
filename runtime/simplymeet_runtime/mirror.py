"""The fast path for response bodies: msgspec reads them in C, with the drift the tolerant reader accepts.

A generated model's ``from_dict`` (the exact path) checks each value in Python, tolerates and reports what differs
from the spec, and names the field of anything it refuses. :func:`load_model` lets msgspec do the work instead:

1. the body is decoded into *mirror* Structs, built on first use from the model's own type hints and wire names
   (no fact of the spec is restated here): each value of its type (a ``bool`` is no ``int``), each date-time with
   a UTC offset, a property the spec does not require (``X | Unset``) left out as the runtime's ``UNSET``. An enum
   value the spec does not list becomes the same reported pseudo-member as on the exact path (msgspec calls
   ``SpecEnum._missing_``);
2. drift is learned (:class:`_Reader`): when msgspec refuses a body for an undeclared key, or for an absent
   required property the spec allows to be ``null``, the mirror is rebuilt to accept it and the body read again;
   later bodies with that drift take one pass. An undeclared key lands in ``additional_properties``, an absent
   nullable property reads as ``None`` and is remembered in ``_absent``, each is noted for the drift report, as
   ``from_dict`` does;
3. the Structs' values become the same public attrs models, by converters written once per model (one statement
   per property that holds models, none per scalar). Nothing is checked twice: msgspec has checked every value,
   and the models have no validators.

Anything else msgspec refuses (a wrong type, a ``null`` the spec does not allow, an absent property that is not
nullable, a naive date-time, no JSON), and a model msgspec cannot mirror (a union of two models), goes to
``from_dict``, which names the path of what is wrong. The result equals what ``from_dict`` returns, value for
value and type for type, with the same reports (tests/test_mirror.py checks it on every fixture and recording, on
bodies drawn from the spec, and on drifting bodies drawn from them).
"""

from __future__ import annotations

import datetime
import itertools
import re
import threading
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from .drift import MISSING_PROPERTY, UNDECLARED_PROPERTY, note
from .wire import UNSET, Unset, load_json

__all__ = ["Unmirrorable", "fast_path", "load_json", "load_model", "read_fast"]

try:
    import msgspec
except ImportError:  # pragma: no cover - exercised when msgspec is not installed
    msgspec = None  # type: ignore[assignment]

T = TypeVar("T")

_lock = threading.Lock()
_readers: dict[type, _Reader | None] = {}


class Unmirrorable(TypeError):
    """A model with a type msgspec cannot mirror: its bodies take the exact path."""


def load_model(cls: type[T], content: bytes) -> T:
    """``cls`` read from a JSON body: msgspec when msgspec can read it (exactly or tolerating known drift), else
    ``cls.from_dict``."""
    found = read_fast(cls, content)
    if found is not None:
        return found
    return cls.from_dict(load_json(content))  # type: ignore[attr-defined, no-any-return]


def read_fast(cls: type[T], content: bytes) -> T | None:
    """``cls`` read from a JSON body by msgspec, or ``None`` when only ``cls.from_dict`` can read it (or say what
    is wrong with it: a wrong value, no JSON)."""
    try:
        reader = _readers[cls]
    except KeyError:
        reader = _reader_for(cls)
    if reader is not None:
        found = reader.read(content)
        if found is not _EXACT:
            return found  # type: ignore[no-any-return]
    return None


def fast_path(cls: type) -> bool:
    """Whether bodies of ``cls`` can take the fast path (msgspec installed and the model mirrorable)."""
    return _reader_for(cls) is not None


def _reader_for(cls: type) -> _Reader | None:
    with _lock:
        if cls in _readers:
            return _readers[cls]
        reader: _Reader | None = None
        if msgspec is not None:
            try:
                reader = _Reader(cls)
            except Unmirrorable:
                reader = None
        _readers[cls] = reader
        return reader


_EXACT = object()
"""What :meth:`_Reader.read` returns for a body only the exact path can read (or name the error of)."""

_UNKNOWN_FIELD = re.compile(r"Object contains unknown field `(.*?)`(?: - at `[^`]*`)?", re.DOTALL)
_MISSING_FIELD = re.compile(r"Object missing required field `(.*?)`(?: - at `[^`]*`)?", re.DOTALL)

MAX_LEARNED = 32
"""How many undeclared or absent property names a model tree's reader learns before it leaves the rest to the
exact path (a server that sends ever new keys would otherwise rebuild the decoder for ever)."""


class _Reader:
    """The fast path of one response model, and what it has learned of the server's drift.

    The mirror starts out exact (every declared property, nothing else). When msgspec refuses a body for an
    undeclared key, or for a required property the spec allows to be ``null`` that is absent, the reader learns the
    name, rebuilds its mirror to accept it (an undeclared key lands in ``additional_properties``, an absent nullable
    property reads as ``None`` and is remembered in ``_absent``, exactly as ``from_dict`` does) and reads the body
    again; later bodies with the same drift take one pass. Anything else msgspec refuses (a wrong type, an absent
    property that is not nullable, a malformed date-time) goes to the exact path, which names it.
    """

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.extras: tuple[str, ...] = ()
        self.absent: frozenset[str] = frozenset()
        self.nullable = _required_nullable(cls)
        self.decode, self.convert = _Mirror(self.extras, self.absent).reader(cls)

    def read(self, content: bytes) -> Any:
        for _ in range(MAX_LEARNED + 1):
            decode, convert = self.decode, self.convert
            try:
                return convert(decode(content))
            except msgspec.ValidationError as exc:  # (a DecodeError too: first)
                if not self.learn(str(exc), decode):
                    return _EXACT
            except (msgspec.DecodeError, RecursionError):
                return _EXACT  # no JSON, or too deep: the exact path raises its documented error
        return _EXACT

    def learn(self, message: str, decode: Callable[[bytes], Any]) -> bool:
        """Whether ``message`` named drift the mirror can now accept (rebuilt), or that another thread just did."""
        extras: tuple[str, ...] = ()
        absent: frozenset[str] = frozenset()
        if (unknown := _UNKNOWN_FIELD.fullmatch(message)) is not None:
            name = unknown.group(1)
            extras = (name,)
        elif (missing := _MISSING_FIELD.fullmatch(message)) is not None and missing.group(1) in self.nullable:
            name = missing.group(1)
            absent = frozenset({name})
        else:
            return False
        if any(c in '\\"' or ord(c) < 0x20 for c in name):
            return False  # a name msgspec cannot take as a field (control characters, quotes): the exact path reads it
        with _lock:
            if self.decode is not decode:
                return True  # rebuilt meanwhile: read again
            if name in self.extras or name in self.absent or len(self.extras) + len(self.absent) >= MAX_LEARNED:
                return False
            try:
                reader = _Mirror(self.extras + extras, self.absent | absent).reader(self.cls)
            except (ValueError, TypeError):
                return False  # msgspec refuses the mirror: the exact path reads the body
            self.extras += extras
            self.absent |= absent
            self.decode, self.convert = reader
        return True


Convert = Callable[[Any], Any]


class _Conv(typing.NamedTuple):
    """How a decoded value becomes the model's value: when its class is ``kind`` (a mirror Struct, ``list`` or
    ``dict``; ``None`` and the runtime's ``UNSET`` stay as they are), the expression ``emit(variable)``."""

    kind: Any
    emit: Callable[[str], str]


class _Mirror:
    """Builds the mirror Structs of one model tree, and for each the function that turns one into the model.

    The functions are Python source written here once per model (straight-line: one statement per property that
    holds a model or a list of them, none per scalar) and compiled; a model with nothing to convert is built by
    ``cls(*astuple(struct))``, a list of such models by ``starmap`` (no Python frame but the model's ``__init__``).
    A property left out reads as the runtime's ``UNSET`` straight from msgspec (the Struct field's default).

    ``extras``: undeclared keys every Struct accepts (as ``Any``, into ``additional_properties``); ``absent``:
    required nullable properties a Struct lets be left out (read as ``None``, remembered in ``_absent``).
    """

    def __init__(self, extras: tuple[str, ...] = (), absent: frozenset[str] = frozenset()) -> None:
        self.models: dict[type, tuple[Any, _Conv] | None] = {}
        self.extras = extras
        self.absent = absent
        self.namespace: dict[str, Any] = {
            "_astuple": msgspec.structs.astuple,
            "_starmap": itertools.starmap,
            "_map": map,
            "_list": list,
            "_dict": dict,
            "_LEFT": msgspec.UNSET,
            "_map_model": _map_model,
            "_note": note,
            "_frozenset": frozenset,
            "_UNDECLARED": UNDECLARED_PROPERTY,
            "_MISSING": MISSING_PROPERTY,
        }

    def name(self, value: Any, prefix: str) -> str:
        """The name ``value`` has in the generated code's namespace."""
        name = f"{prefix}{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def reader(self, cls: type) -> tuple[Callable[[bytes], Any], Convert]:
        struct, conv = self.model(cls)
        try:
            decoder = msgspec.json.Decoder(struct)
        except TypeError as exc:  # a type msgspec cannot read, e.g. a union of two models
            raise Unmirrorable(str(exc)) from exc
        convert: Convert = eval(f"lambda _v: {conv.emit('_v')}", self.namespace)  # our own source, from the models
        return decoder.decode, convert

    def model(self, cls: type) -> tuple[Any, _Conv]:
        if cls in self.models:
            known = self.models[cls]
            if known is None:
                raise Unmirrorable(f"{cls.__name__} contains itself")
            return known
        self.models[cls] = None
        hints = typing.get_type_hints(cls)
        wire_names: dict[str, str] = cls._WIRE_NAMES  # type: ignore[attr-defined]
        mirrored: tuple[Any, _Conv]
        if getattr(cls, "_UNDECLARED_EXTRAS", True):
            mirrored = self.struct(cls, hints, wire_names)
        elif not wire_names:  # only a map (additionalProperties): msgspec checks its values
            value_type, value_conv = self.type_of(hints["additional_properties"])  # dict[str, ...]
            if value_conv is not None:
                raise Unmirrorable(f"a map of models in {cls.__name__}")
            model = self.name(cls, "M")
            mirrored = (value_type, _Conv(dict, lambda var: f"_map_model({model}, {var})"))
        else:  # declared properties and a map, or a closed request model: none is read from a response today
            raise Unmirrorable(f"{cls.__name__} has declared properties and additionalProperties")
        self.models[cls] = mirrored
        return mirrored

    def struct(self, cls: type, hints: dict[str, Any], wire_names: dict[str, str]) -> tuple[Any, _Conv]:
        # In the order of the model's __init__, so that a Struct's values are its positional arguments.
        names = [field.name for field in attrs.fields(cls) if field.init]
        if sorted(names) != sorted(wire_names):
            raise Unmirrorable(f"{cls.__name__}'s constructor does not take exactly its properties")
        nullable: frozenset[str] = getattr(cls, "_NULLABLE", frozenset())
        may_be_absent = [index for index, name in enumerate(names) if wire_names[name] in self.absent & nullable]
        fields: list[Any] = []
        convs: list[tuple[int, _Conv]] = []
        for index, name in enumerate(names):
            mirror_type, conv = self.type_of(_without_unset(hints[name]))
            if conv is not None:
                convs.append((index, conv))
            if _may_be_left_out(hints[name]):
                fields.append((name, mirror_type, UNSET))  # left out: the runtime's UNSET, as from_dict reads it
            elif index in may_be_absent:
                fields.append((name, mirror_type, msgspec.UNSET))
            else:
                fields.append((name, mirror_type))
        declared = set(wire_names.values())
        extras = [key for key in self.extras if key not in declared]
        rename = dict(wire_names)
        for number, key in enumerate(extras):
            fields.append((f"extra__{number}", Any, msgspec.UNSET))  # msgspec reads any value as it is
            rename[f"extra__{number}"] = key
        struct = msgspec.defstruct(
            f"_Mirror{cls.__name__}",
            fields,
            rename=rename,
            forbid_unknown_fields=True,
            kw_only=True,  # the fields stay in the constructor's order, with or without a default
            gc=False,
        )
        model = self.name(cls, "M")
        if not convs and not extras and not may_be_absent:
            return struct, _Conv(struct, lambda var: f"{model}(*_astuple({var}))")
        count = len(names)
        lines = ["def convert(_s):", "    _x = _list(_astuple(_s))"]
        if may_be_absent:
            lines.append("    _absent = []")
            for index in may_be_absent:
                key = wire_names[names[index]]
                lines += [
                    f"    if _x[{index}] is _LEFT:",
                    f"        _x[{index}] = None",
                    f"        _absent.append({key!r})",
                ]
        for index, conv in convs:
            kind = self.name(conv.kind, "K")
            lines += [
                f"    _y = _x[{index}]",
                f"    if _y.__class__ is {kind}:",
                f"        _x[{index}] = {conv.emit('_y')}",
            ]
        lines.append(f"    _m = {model}(*_x)" if not extras else f"    _m = {model}(*_x[:{count}])")
        if extras:
            lines.append("    _e = {}")
            for index, key in enumerate(extras, count):
                lines += [f"    if _x[{index}] is not _LEFT:", f"        _e[{key!r}] = _x[{index}]"]
            lines += [
                "    if _e:",
                "        _m.additional_properties = _e",
                "        for _k in _e:",
                f"            _note({cls.__name__!r}, _k, _UNDECLARED)",
            ]
        if may_be_absent:
            lines += [
                "    if _absent:",
                "        _m._absent = _frozenset(_absent)",
                "        for _k in _absent:",
                f"            _note({cls.__name__!r}, _k, _MISSING)",
            ]
        lines.append("    return _m")
        scope: dict[str, Any] = {}
        exec("\n".join(lines), self.namespace, scope)  # noqa: S102 - our own source, from the model's fields
        function = self.name(scope["convert"], "F")
        return struct, _Conv(struct, lambda var: f"{function}({var})")

    def type_of(self, hint: Any, depth: int = 0) -> tuple[Any, _Conv | None]:
        """The type msgspec reads for ``hint``, and how its value becomes the model's value (None: as is)."""
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            members = typing.get_args(hint)
            if Unset in members:
                raise Unmirrorable("a property that may be left out")
            mirrored = [self.type_of(member, depth) for member in members]
            union: Any = typing.Union[tuple(mirror_type for mirror_type, _ in mirrored)]  # noqa: UP007
            convs = [conv for _, conv in mirrored if conv is not None]
            if not convs:
                return union, None
            if len(mirrored) != 2 or type(None) not in members:
                raise Unmirrorable("a union of a model with anything but null")
            return union, convs[0]  # null stays null: the class of the value is checked before converting
        if origin is list:
            (item,) = typing.get_args(hint)
            item_type, item_conv = self.type_of(item, depth + 1)
            if item_conv is None:
                return list[item_type], None  # type: ignore[valid-type]
            return list[item_type], _Conv(list, self.items(item, item_type, item_conv, depth))  # type: ignore[valid-type]
        if origin is dict:
            if any(self.type_of(arg, depth)[1] is not None for arg in typing.get_args(hint)):
                raise Unmirrorable("a map of models")
            return hint, None
        if hint is float:  # a JSON number stays as written (52 an int, 52.5 a float), as on the exact path
            return int | float, None
        if hint is datetime.datetime:
            return typing.Annotated[datetime.datetime, msgspec.Meta(tz=True)], None
        if isinstance(hint, type) and attrs.has(hint):
            return self.model(hint)
        return hint, None

    def items(self, item: Any, item_type: Any, conv: _Conv, depth: int) -> Callable[[str], str]:
        """The expression of a decoded list's items converted (a fresh list; msgspec's own is dropped)."""
        plain = isinstance(item, type) and attrs.has(item)  # no null among the items
        if plain and isinstance(conv.kind, type) and conv.kind is item_type:
            probe = conv.emit("_PROBE")
            if probe.endswith("(*_astuple(_PROBE))"):  # a model with nothing to convert: no Python frame per item
                model = probe.removesuffix("(*_astuple(_PROBE))")
                return lambda var: f"_list(_starmap({model}, _map(_astuple, {var})))"
            if probe.endswith("(_PROBE)"):
                function = probe.removesuffix("(_PROBE)")
                return lambda var: f"_list(_map({function}, {var}))"
        kind = self.name(conv.kind, "K")
        each = f"_i{depth}"
        return lambda var: f"[{conv.emit(each)} if {each}.__class__ is {kind} else {each} for {each} in {var}]"


def _may_be_left_out(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and Unset in typing.get_args(hint)


def _without_unset(hint: Any) -> Any:
    """``hint`` without ``Unset`` (``X | Unset`` is ``X``; ``X | None | Unset`` is ``X | None``)."""
    if not _may_be_left_out(hint):
        return hint
    rest = tuple(member for member in typing.get_args(hint) if member is not Unset)
    return rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007


def _map_model(cls: type[T], value: dict[str, Any]) -> T:
    model = cls()
    model.additional_properties = value  # type: ignore[attr-defined]
    return model


def _required_nullable(cls: type) -> frozenset[str]:
    """The required nullable properties of ``cls`` and of every model it holds (names as on the wire)."""
    found: set[str] = set()
    seen: set[type] = set()
    todo = [cls]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        found |= getattr(model, "_NULLABLE", frozenset())
        for hint in typing.get_type_hints(model).values():
            todo += [arg for arg in _flatten(hint) if isinstance(arg, type) and attrs.has(arg)]
    return frozenset(found)


def _flatten(hint: Any) -> list[Any]:
    args = typing.get_args(hint)
    return [hint] if not args else [leaf for arg in args for leaf in _flatten(arg)]
