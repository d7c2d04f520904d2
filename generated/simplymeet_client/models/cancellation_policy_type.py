from simplymeet_runtime.drift import SpecEnum


class CancellationPolicyType(SpecEnum):
    ORGANIZATION = "organization"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
