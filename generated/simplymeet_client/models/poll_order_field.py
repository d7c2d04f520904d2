from simplymeet_runtime.drift import SpecEnum


class PollOrderField(SpecEnum):
    COMMENTVISIBILITY = "commentVisibility"
    CREATEDAT = "createdAt"
    DURATION = "duration"
    EMAILNOTIFICATION = "emailNotification"
    ID = "id"
    NAME = "name"
    UUID = "uuid"
    VOTEVISIBILITY = "voteVisibility"

    def __str__(self) -> str:
        return str(self.value)
