"""schemathesis hooks of ``make fuzz`` (loaded in schemathesis's process through ``hooks`` in tools/fuzz.toml).

PHP query style. The spec's deepObject parameters marked ``x-query-style: php-brackets`` (``filter`` of listEvents
and listEventTypes, ``sorting`` of listMeetingTypes) send an array member as ``filter[ids][]=1&filter[ids][]=2``:
OpenAPI leaves arrays inside a deepObject undefined, and the service is PHP, which reads a repeated
``filter[ids]=1&filter[ids]=2`` as the one string ``"2"``. schemathesis 4.32.5 sends the repeated form, so a valid
filter would be refused as "not an array". This hook renames, on the wire only, each list-valued member of such a
parameter to its ``[]`` form; schemathesis still judges the case (positive or negative) on what it generated, and
its reports and reproducing requests show the wire form. A scalar drawn for an array member (a negative case) stays
scalar, which PHP reads as a string: still invalid, as generated.

Legitimate refusals of valid data. positive_data_acceptance fails when a request valid by the schema is refused.
A body can be valid by its schema and still name an event, event type, duration, poll, answer or meeting type
that does not exist (schemathesis draws ``{"ids": [0]}``, and puts ids of objects it created into the examples'
paths), or an event already canceled (an earlier case cancelled it), or an ``endDate`` before the ``startDate`` or
too far after it: rules no schema states, whose answer is the operation's documented 422 (an unknown id in the
*path* is 404, which the check already accepts). :func:`filter_failure` drops exactly those failures, in every
phase: a 422 whose every error message is one of :data:`LEGITIMATE_422`. Every other refusal of valid data still
fails the run. The dropped ones are counted in the summary. (That the spec's examples agree with the sandbox's data
is tested by the sandbox's own tests, not here: a run's earlier cases change that data.)
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

import schemathesis
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


LEGITIMATE_422 = re.compile(
    r"(?i)\bnot found\b"  # Events not found: 0. / Event types not found: 0. / Meeting Type with uuid ... was not found.
    r"|\bdoes not exist\b"  # This duration / poll / event type does not exist.
    r"|\bhas no answer\b"  # This event has no answer 90211.
    r"|^not an? \w+ of this \w+\b"  # Not an availability of this poll: 0, -214.
    r"|^already canceled\b"  # Already canceled: 48214.
    r"|end date must not be before the start date"
    r"|^the end must be after the start\b"  # saveAvailabilityRule: an hour interval ending before it starts
    r"|^at most \d+ days at once\b"  # getEventTypeAvailability: endDate - startDate over its range
)
"""The sandbox's messages for a refusal that the schema cannot foresee (see the module's docstring)."""


def legitimate_refusal(status: int, body: bytes) -> bool:
    """Whether an answer is a 422 whose every field error is one of :data:`LEGITIMATE_422`."""
    if status != 422:
        return False
    try:
        errors = json.loads(body).get("errors")
    except (ValueError, AttributeError):
        return False
    if not isinstance(errors, dict) or not errors:
        return False
    messages = [message for field in errors.values() for message in (field if isinstance(field, list) else [field])]
    return bool(messages) and all(isinstance(m, str) and LEGITIMATE_422.search(m) for m in messages)


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure but a positive_data_acceptance one that :func:`legitimate_refusal` explains."""
    if "positive_data_acceptance" not in getattr(failure, "checks", ()):
        return True
    return not legitimate_refusal(response.status_code, response.content)
