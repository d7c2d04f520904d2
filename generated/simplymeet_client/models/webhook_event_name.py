from simplymeet_runtime.drift import SpecEnum


class WebhookEventName(SpecEnum):
    MEETINGCANCELLED = "meetingCancelled"
    MEETINGRESCHEDULED = "meetingRescheduled"
    MEETINGSCHEDULED = "meetingScheduled"

    def __str__(self) -> str:
        return str(self.value)
