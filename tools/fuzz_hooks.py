"""schemathesis hooks of ``make fuzz`` (loaded in schemathesis's process through ``hooks`` in tools/fuzz.toml).

PHP query style. The spec's deepObject parameters marked ``x-query-style: php-brackets`` (``filter`` of listEvents
and listEventTypes, ``sorting`` of listMeetingTypes) send an array member as ``filter[ids][]=1&filter[ids][]=2``:
OpenAPI leaves arrays inside a deepObject undefined, and the service is PHP, which reads a repeated
``filter[ids]=1&filter[ids]=2`` as the one string ``"2"``. schemathesis 4.32.5 sends the repeated form, so a valid
filter would be refused as "not an array". This hook renames, on the wire only, each list-valued member of such a
parameter to its ``[]`` form; schemathesis still judges the case (positive or negative) on what it generated, and
its reports and reproducing requests show the wire form. A scalar drawn for an array member (a negative case) stays
scalar, which PHP reads as a string: still invalid, as generated.
"""

from __future__ import annotations

import functools
from typing import Any

from schemathesis.transport.requests import RequestsTransport

PHP_STYLE = "php-brackets"


def php_brackets(params: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    """``params`` with each list-valued ``name[member]`` of a PHP-style parameter ``name`` as ``name[member][]``."""
    wire: dict[str, Any] = {}
    for key, value in params.items():
        base, bracket, rest = key.partition("[")
        if bracket and base in names and isinstance(value, list) and rest.endswith("]") and "[" not in rest:
            key = f"{key}[]"
        wire[key] = value
    return wire


def _php_names(case: Any) -> frozenset[str]:
    return frozenset(
        parameter.name for parameter in case.operation.query if parameter.definition.get("x-query-style") == PHP_STYLE
    )


_serialize_case = RequestsTransport.serialize_case


@functools.wraps(_serialize_case)
def serialize_case(self: RequestsTransport, case: Any, **kwargs: Any) -> dict[str, Any]:
    data = _serialize_case(self, case, **kwargs)
    names = _php_names(case)
    if names and isinstance(data.get("params"), dict):
        data["params"] = php_brackets(data["params"], names)
    return data


RequestsTransport.serialize_case = serialize_case  # type: ignore[method-assign]
