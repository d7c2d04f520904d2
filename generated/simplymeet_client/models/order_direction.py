from simplymeet_runtime.drift import SpecEnum


class OrderDirection(SpecEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
