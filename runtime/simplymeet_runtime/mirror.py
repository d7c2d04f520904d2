"""The fast path for response bodies that match the spec exactly: msgspec reads them in C.

A generated model's ``from_dict`` (the exact path) reads every body: it checks each value in Python, tolerates and
reports what differs from the spec, and names the field of anything it refuses. It costs about 25 µs per event of
a listing. Most bodies, though, match the spec exactly; for those, :func:`load_model` lets msgspec do the work:

1. the body is decoded into *mirror* Structs, built on first use from the model's own type hints and wire names
   (no fact of the spec is restated here): every property present, none undeclared, each value of its type
   (a ``bool`` is no ``int``), each date-time with a UTC offset. An enum value the spec does not list becomes
   the same reported pseudo-member as on the exact path (msgspec calls ``SpecEnum._missing_``);
2. each Struct's values (``msgspec.structs.astuple``, in the order of the model's constructor) become the
   arguments of the same public attrs model; nested Structs become their models first. Nothing is checked
   twice: msgspec has checked every value, and the models have no validators.

A property the spec does not require (``X | Unset``) is mirrored as ``X | msgspec.UnsetType`` with
``msgspec.UNSET`` as its default, and left out it becomes the runtime's ``UNSET``, as on the exact path.

If msgspec refuses the body anywhere, or is not installed, or a model has a type it cannot mirror (a union of
two models), the body is read by ``from_dict`` as before, so what differs from the spec is
tolerated, reported or raised exactly as documented. A model that is only a map (``additionalProperties``) is
read as a dict whose values msgspec checks. The result equals what ``from_dict`` returns, value for value and
type for type (tests/test_mirror.py checks it on every fixture and recording and on bodies drawn from the spec).
"""

from __future__ import annotations

import datetime
import functools
import threading
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from .wire import UNSET, Unset, load_json

__all__ = ["Unmirrorable", "fast_path", "load_json", "load_model"]

try:
    import msgspec
except ImportError:  # pragma: no cover - exercised when msgspec is not installed
    msgspec = None  # type: ignore[assignment]

T = TypeVar("T")

_lock = threading.Lock()
_readers: dict[type, Callable[[bytes], Any] | None] = {}


class Unmirrorable(TypeError):
    """A model with a type msgspec cannot mirror: its bodies take the exact path."""


def load_model(cls: type[T], content: bytes) -> T:
    """``cls`` read from a JSON body: msgspec when the body matches the spec exactly, else ``cls.from_dict``."""
    try:
        read = _readers[cls]
    except KeyError:
        read = _reader_for(cls)
    if read is not None:
        try:
            return read(content)  # type: ignore[no-any-return]
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            pass  # differs from the spec somewhere (or is no JSON, or too deep): the exact path reads or names it
    return cls.from_dict(load_json(content))  # type: ignore[attr-defined, no-any-return]


def fast_path(cls: type) -> bool:
    """Whether bodies of ``cls`` can take the fast path (msgspec installed and the model mirrorable)."""
    return _reader_for(cls) is not None


def _reader_for(cls: type) -> Callable[[bytes], Any] | None:
    with _lock:
        if cls in _readers:
            return _readers[cls]
        read: Callable[[bytes], Any] | None = None
        if msgspec is not None:
            try:
                read = _Mirror().reader(cls)
            except Unmirrorable:
                read = None
        _readers[cls] = read
        return read


Convert = Callable[[Any], Any]


class _Mirror:
    """Builds the mirror Structs of one model tree, and for each the function that turns one into the model."""

    def __init__(self) -> None:
        self.models: dict[type, tuple[Any, Convert] | None] = {}

    def reader(self, cls: type) -> Callable[[bytes], Any]:
        struct, convert = self.model(cls)
        try:
            decoder = msgspec.json.Decoder(struct)
        except TypeError as exc:  # a type msgspec cannot read, e.g. a union of two models
            raise Unmirrorable(str(exc)) from exc
        decode = decoder.decode

        def read(content: bytes) -> Any:
            return convert(decode(content))

        return read

    def model(self, cls: type) -> tuple[Any, Convert]:
        if cls in self.models:
            known = self.models[cls]
            if known is None:
                raise Unmirrorable(f"{cls.__name__} contains itself")
            return known
        self.models[cls] = None
        hints = typing.get_type_hints(cls)
        wire_names: dict[str, str] = cls._WIRE_NAMES  # type: ignore[attr-defined]
        mirrored: tuple[Any, Convert]
        if getattr(cls, "_UNDECLARED_EXTRAS", True):
            mirrored = self.struct(cls, hints, wire_names)
        elif not wire_names:  # only a map (additionalProperties): msgspec checks its values
            value_type, value_convert = self.type_of(hints["additional_properties"])
            if value_convert is not None:
                raise Unmirrorable(f"a map of models in {cls.__name__}")
            mirrored = (value_type, functools.partial(_map_model, cls))
        else:  # declared properties and a map, or a closed request model: none is read from a response today
            raise Unmirrorable(f"{cls.__name__} has declared properties and additionalProperties")
        self.models[cls] = mirrored
        return mirrored

    def struct(self, cls: type, hints: dict[str, Any], wire_names: dict[str, str]) -> tuple[Any, Convert]:
        # In the order of the model's __init__, so that a Struct's values are its positional arguments.
        names = [field.name for field in attrs.fields(cls) if field.init]
        if sorted(names) != sorted(wire_names):
            raise Unmirrorable(f"{cls.__name__}'s constructor does not take exactly its properties")
        optional = [index for index, name in enumerate(names) if _may_be_left_out(hints[name])]
        types_and_converts = [self.type_of(_without_unset(hints[name])) for name in names]
        fields: list[Any] = [
            (name, mirror_type | msgspec.UnsetType, msgspec.UNSET) if index in optional else (name, mirror_type)
            for index, (name, (mirror_type, _)) in enumerate(zip(names, types_and_converts, strict=True))
        ]
        struct = msgspec.defstruct(
            f"_Mirror{cls.__name__}",
            fields,
            rename=wire_names,
            forbid_unknown_fields=True,
            kw_only=True,  # the fields stay in the constructor's order, with or without a default
            gc=False,
        )
        nested = [(index, convert) for index, (_, convert) in enumerate(types_and_converts) if convert is not None]
        astuple = msgspec.structs.astuple
        if not nested and not optional:
            return struct, lambda value: cls(*astuple(value))
        left_out = msgspec.UNSET

        def convert(value: Any) -> Any:
            values = list(astuple(value))
            for index in optional:
                if values[index] is left_out:
                    values[index] = UNSET
            for index, convert_one in nested:
                nested_value = values[index]
                if nested_value is not None and nested_value is not UNSET:
                    values[index] = convert_one(nested_value)
            return cls(*values)

        return struct, convert

    def type_of(self, hint: Any) -> tuple[Any, Convert | None]:
        """The type msgspec reads for ``hint``, and what turns its result into the model's value (None: as is)."""
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            members = typing.get_args(hint)
            if Unset in members:
                raise Unmirrorable("a property that may be left out")
            mirrored = [self.type_of(member) for member in members]
            union: Any = typing.Union[tuple(mirror_type for mirror_type, _ in mirrored)]  # noqa: UP007
            converts = [convert for _, convert in mirrored if convert is not None]
            if not converts:
                return union, None
            if len(mirrored) != 2 or type(None) not in members:
                raise Unmirrorable("a union of a model with anything but null")
            (convert,) = converts  # null stays null: the callers convert only what is not None
            return union, convert
        if origin is list:
            (item,) = typing.get_args(hint)
            item_type, item_convert = self.type_of(item)
            if item_convert is None:
                return list[item_type], None  # type: ignore[valid-type]
            return list[item_type], functools.partial(_convert_items, item_convert)  # type: ignore[valid-type]
        if origin is dict:
            if any(self.type_of(arg)[1] is not None for arg in typing.get_args(hint)):
                raise Unmirrorable("a map of models")
            return hint, None
        if hint is float:  # a JSON number stays as written (52 an int, 52.5 a float), as on the exact path
            return int | float, None
        if hint is datetime.datetime:
            return typing.Annotated[datetime.datetime, msgspec.Meta(tz=True)], None
        if isinstance(hint, type) and attrs.has(hint):
            return self.model(hint)
        return hint, None


def _may_be_left_out(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and Unset in typing.get_args(hint)


def _without_unset(hint: Any) -> Any:
    """``hint`` without ``Unset`` (``X | Unset`` is ``X``; ``X | None | Unset`` is ``X | None``)."""
    if not _may_be_left_out(hint):
        return hint
    rest = tuple(member for member in typing.get_args(hint) if member is not Unset)
    return rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007


def _convert_items(convert: Convert, items: list[Any]) -> list[Any]:
    """The items of a decoded list converted in place (the list is msgspec's, fresh from this body)."""
    for index, item in enumerate(items):
        if item is not None:
            items[index] = convert(item)
    return items


def _map_model(cls: type[T], value: dict[str, Any]) -> T:
    model = cls()
    model.additional_properties = value  # type: ignore[attr-defined]
    return model
