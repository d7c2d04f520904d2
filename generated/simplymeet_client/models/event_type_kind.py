from simplymeet_runtime.drift import SpecEnum


class EventTypeKind(SpecEnum):
    COLLECTIVE = "collective"
    REGULAR = "regular"
    ROUND_ROBIN = "round-robin"

    def __str__(self) -> str:
        return str(self.value)
