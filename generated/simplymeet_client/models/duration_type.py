from simplymeet_runtime.drift import SpecEnum


class DurationType(SpecEnum):
    FIXED = "fixed"
    FLEXIBLE = "flexible"

    def __str__(self) -> str:
        return str(self.value)
