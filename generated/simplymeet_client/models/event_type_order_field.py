from simplymeet_runtime.drift import SpecEnum


class EventTypeOrderField(SpecEnum):
    AMOUNT = "amount"
    COLOR = "color"
    CURRENCY = "currency"
    DURATION = "duration"
    DURATIONTYPE = "durationType"
    GROUPMEETINGLIMIT = "groupMeetingLimit"
    ID = "id"
    ISALLOWCANCEL = "isAllowCancel"
    ISALLOWRESCHEDULE = "isAllowReschedule"
    ISENABLED = "isEnabled"
    ISLOCALIZED = "isLocalized"
    ISMULTIPLEMEETING = "isMultipleMeeting"
    ISPHONEFIELDREQUIRED = "isPhoneFieldRequired"
    ISSECRET = "isSecret"
    ISSHOWPHONE = "isShowPhone"
    LOCATION = "location"
    LOCATIONLABEL = "locationLabel"
    LOCATIONTYPE = "locationType"
    NAME = "name"
    POSITION = "position"
    SHOWGROUPMEETINGREST = "showGroupMeetingRest"
    SLUG = "slug"
    TIMEZONE = "timezone"
    TYPE = "type"
    UUID = "uuid"

    def __str__(self) -> str:
        return str(self.value)
