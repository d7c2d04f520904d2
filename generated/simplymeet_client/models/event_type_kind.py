from enum import StrEnum


class EventTypeKind(StrEnum):
    COLLECTIVE = "collective"
    REGULAR = "regular"
    ROUND_ROBIN = "round-robin"

    def __str__(self) -> str:
        return str(self.value)
