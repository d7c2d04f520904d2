"""Contains some shared types for properties"""

import json
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

try:  # orjson (the `fast` extra) decodes a 100-event page about 3x faster than the standard library
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised when the extra is not installed
    _orjson = None  # type: ignore[assignment]


def load_json(content: bytes) -> Any:
    """Decode a response body: orjson when installed, else :func:`json.loads`. Errors are ``ValueError``s."""
    if _orjson is not None:
        return _orjson.loads(content)
    return json.loads(content)


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "encode_query_params"]
