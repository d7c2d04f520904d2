"""The fast path for response bodies that match the spec exactly: msgspec reads them in C.

A generated model's ``from_dict`` (the exact path) reads every body: it checks each value in Python, tolerates and
reports what differs from the spec, and names the field of anything it refuses. It costs about 25 µs per event of
a listing. Most bodies, though, match the spec exactly; for those, :func:`load_model` lets msgspec do the work:

1. the body is decoded into *mirror* Structs, built on first use from the model's own type hints and wire names
   (no fact of the spec is restated here): every property required, none undeclared, each value of its type
   (a ``bool`` is no ``int``), each enum value one the spec lists, each date-time with a UTC offset;
2. ``msgspec.convert(..., from_attributes=True)`` turns the Structs into the same public attrs models.

If msgspec refuses the body anywhere, or is not installed, or a model has a type it cannot mirror (a property
that may be left out, ``Unset``), the body is read by ``from_dict`` as before, so what differs from the spec is
tolerated, reported or raised exactly as documented: the fast path can only be taken by a body that has nothing
to report. Models that hold free-form maps (``additionalProperties``) are read by their own ``from_dict`` inside
the fast path. The result equals what ``from_dict`` returns (tests/test_mirror.py checks it on every recording
and on bodies generated from the spec).
"""

from __future__ import annotations

import datetime
import threading
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from .wire import Unset, load_json

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
        except (msgspec.ValidationError, msgspec.DecodeError):
            pass  # differs from the spec somewhere (or is no JSON): the exact path reads or names it
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


# The model attributes that are not properties, as msgspec.convert reads them from a Struct: present, so that
# reading them does not raise (an AttributeError per object costs more than the rest of the conversion).
# convert copies the dict into each model (tests/test_mirror.py holds it to that).
_NOT_ON_THE_WIRE: dict[str, Any] = {"additional_properties": {}, "_absent": frozenset()}


class _Hooked:
    """Stands in the Structs for a model with a free-form map; holds the model its ``from_dict`` read."""

    __slots__ = ("model",)

    def __init__(self, model: Any) -> None:
        self.model = model

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)


class _Mirror:
    """Builds the mirror Structs of one model tree."""

    def __init__(self) -> None:
        self.structs: dict[type, Any] = {}
        self.hooked: dict[type, type] = {}

    def reader(self, cls: type) -> Callable[[bytes], Any]:
        try:
            msgspec.json.Decoder(cls)  # the public types themselves must be ones msgspec.convert can build
            decoder = msgspec.json.Decoder(self.struct(cls), dec_hook=self.dec_hook)
        except TypeError as exc:
            raise Unmirrorable(str(exc)) from exc
        convert = msgspec.convert

        def read(content: bytes) -> Any:
            return convert(decoder.decode(content), cls, from_attributes=True)

        return read

    def dec_hook(self, hook: type, value: Any) -> Any:
        if not isinstance(value, dict):
            raise msgspec.ValidationError(f"Expected `object`, got `{type(value).__name__}`")
        try:
            return hook(self.hooked[hook].from_dict(value))  # type: ignore[attr-defined]
        except Exception as exc:  # the exact path names it
            raise msgspec.ValidationError(str(exc)) from exc

    def struct(self, cls: type) -> Any:
        if cls in self.structs:
            return self.structs[cls]
        if not getattr(cls, "_UNDECLARED_EXTRAS", True):
            # Declared additionalProperties (a free-form map): the model's from_dict reads it, inside the fast path.
            hook = type(f"_Hooked{cls.__name__}", (_Hooked,), {"__slots__": ()})
            self.hooked[hook] = cls
            self.structs[cls] = hook
            return hook
        self.structs[cls] = None  # a model that contains itself cannot be mirrored in one pass
        hints = typing.get_type_hints(cls)
        wire_names: dict[str, str] = cls._WIRE_NAMES  # type: ignore[attr-defined]
        fields = [(name, self.type_of(hints[name])) for name in wire_names]
        struct = msgspec.defstruct(
            f"_Mirror{cls.__name__}",
            fields,
            namespace=_NOT_ON_THE_WIRE,
            rename=wire_names,
            forbid_unknown_fields=True,
            kw_only=True,
            gc=False,
        )
        self.structs[cls] = struct
        return struct

    def type_of(self, hint: Any) -> Any:
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            members = typing.get_args(hint)
            if Unset in members:
                raise Unmirrorable("a property that may be left out")
            mirrored = [self.type_of(member) for member in members]
            return typing.Union[tuple(mirrored)]  # noqa: UP007 - built from a tuple
        if origin is list:
            (item,) = typing.get_args(hint)
            return list[self.type_of(item)]  # type: ignore[misc]
        if hint is datetime.datetime:
            return typing.Annotated[datetime.datetime, msgspec.Meta(tz=True)]
        if isinstance(hint, type) and attrs.has(hint):
            struct = self.struct(hint)
            if struct is None:
                raise Unmirrorable(f"{hint.__name__} contains itself")
            return struct
        return hint
