from simplymeet_runtime.drift import SpecEnum


class EventOrderField(SpecEnum):
    CANCELEDAT = "canceledAt"
    CREATEDAT = "createdAt"
    DETAILS = "details"
    DURATION = "duration"
    ENDDATE = "endDate"
    ID = "id"
    LASTSENTINVITEEEMAILFOLLOWUP = "lastSentInviteeEmailFollowUp"
    LASTSENTINVITEEEMAILREMINDER = "lastSentInviteeEmailReminder"
    LOCATION = "location"
    LOCATIONTYPE = "locationType"
    NOTES = "notes"
    ONLINEEVENTID = "onlineEventId"
    SCHEDULEDAT = "scheduledAt"
    SENTEMAILREMINDER = "sentEmailReminder"
    STATE = "state"
    UPDATEDAT = "updatedAt"
    UUID = "uuid"

    def __str__(self) -> str:
        return str(self.value)
