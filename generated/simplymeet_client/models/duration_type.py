from enum import StrEnum


class DurationType(StrEnum):
    FIXED = "fixed"
    FLEXIBLE = "flexible"

    def __str__(self) -> str:
        return str(self.value)
