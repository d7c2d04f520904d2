from enum import StrEnum
from typing import Any

from simplymeet_runtime.drift import note


class DurationType(StrEnum):
    FIXED = "fixed"
    FLEXIBLE = "flexible"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DurationType | None":
        """Forward compatibility: a value the spec does not list yet becomes a pseudo-member that keeps it.

        ``is_known`` is false for it, ``.value`` is the server's string, and ``to_dict()`` writes it back unchanged.
        Values that are not strings still fail. The value is reported as spec drift (``unknown-enum-value``).
        """
        if not isinstance(value, str):
            return None
        note(cls.__name__, value, "unknown-enum-value", value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (false for a value the server added since)."""
        return self._name_ in type(self).__members__
