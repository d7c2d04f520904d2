from simplymeet_runtime.drift import SpecEnum


class LocationType(SpecEnum):
    CUSTOM = "custom"
    GOOGLE_MEET = "google_meet"
    KOPANO_MEET = "kopano_meet"
    MICROSOFT_TEAMS = "microsoft_teams"
    REQUEST = "request"
    WHEREBY = "whereby"
    ZOOM = "zoom"

    def __str__(self) -> str:
        return str(self.value)
