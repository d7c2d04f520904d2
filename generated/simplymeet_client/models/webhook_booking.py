from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from simplymeet_runtime.drift import (
    SchemaMismatch,
    expect_list,
    fill_absent,
    not_an_object,
    note_undeclared,
    parse_datetime,
    wrong_type,
)
from simplymeet_runtime.wire import format_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookBooking")


@_attrs_define
class WebhookBooking:
    """The booking a delivery is about (`data`). Property names are snake_case, unlike the `/panel/api/` responses.

    Attributes:
        uuid (str): Unique identifier of the booking.
        state (str): State of the booking (`new`, `canceled`, ...).
        scheduled_at (datetime.datetime): Start (ISO 8601 with offset).
        end_date (datetime.datetime): End (ISO 8601 with offset).
        canceled_at (datetime.datetime | None): When the booking was cancelled, or `null`.
        event_type (WebhookEventType): The event type of a booking, as a delivery carries it (snake_case).
        invitee (WebhookInvitee): The invitee of a booking, as a delivery carries it.
        pretty_scheduled_at (str | Unset): Start, formatted for the owner.
        pretty_scheduled_at_in_invitee_timezone (str | Unset): Start, formatted in the invitee's time zone.
        pretty_canceled_at (None | str | Unset): Cancellation time, formatted for the owner.
        pretty_canceled_at_in_invitee_timezone (None | str | Unset): Cancellation time in the invitee's time zone.
        answers (list[WebhookAnswer] | Unset): Answers to the event type's questions.
        participants (list[WebhookParticipant] | Unset): Extra participants.
        location (None | str | Unset): Where the meeting takes place (an address or a video link).
        location_type (None | str | Unset): Kind of location (`zoom`, `google_meet`, `phone`, ...).
        notes (None | str | Unset): Notes of the booking.
        details (None | str | Unset): Details of the booking.
        rescheduling (None | Unset | WebhookRecord): The rescheduling record when the booking was rescheduled, else
            `null`.
        cancellation (None | Unset | WebhookRecord): The cancellation record when the booking was cancelled, else
            `null`.
        payment (None | Unset | WebhookRecord): The payment of a paid booking, else `null`.
    """

    uuid: str
    state: str
    scheduled_at: datetime.datetime
    end_date: datetime.datetime
    canceled_at: datetime.datetime | None
    event_type: WebhookEventType
    invitee: WebhookInvitee
    pretty_scheduled_at: str | Unset = UNSET
    pretty_scheduled_at_in_invitee_timezone: str | Unset = UNSET
    pretty_canceled_at: None | str | Unset = UNSET
    pretty_canceled_at_in_invitee_timezone: None | str | Unset = UNSET
    answers: list[WebhookAnswer] | Unset = UNSET
    participants: list[WebhookParticipant] | Unset = UNSET
    location: None | str | Unset = UNSET
    location_type: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    details: None | str | Unset = UNSET
    rescheduling: None | Unset | WebhookRecord = UNSET
    cancellation: None | Unset | WebhookRecord = UNSET
    payment: None | Unset | WebhookRecord = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KNOWN_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {
            "uuid",
            "state",
            "scheduled_at",
            "end_date",
            "canceled_at",
            "event_type",
            "invitee",
            "pretty_scheduled_at",
            "pretty_scheduled_at_in_invitee_timezone",
            "pretty_canceled_at",
            "pretty_canceled_at_in_invitee_timezone",
            "answers",
            "participants",
            "location",
            "location_type",
            "notes",
            "details",
            "rescheduling",
            "cancellation",
            "payment",
        }
    )
    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "state": "state",
        "scheduled_at": "scheduled_at",
        "end_date": "end_date",
        "canceled_at": "canceled_at",
        "event_type": "event_type",
        "invitee": "invitee",
        "pretty_scheduled_at": "pretty_scheduled_at",
        "pretty_scheduled_at_in_invitee_timezone": "pretty_scheduled_at_in_invitee_timezone",
        "pretty_canceled_at": "pretty_canceled_at",
        "pretty_canceled_at_in_invitee_timezone": "pretty_canceled_at_in_invitee_timezone",
        "answers": "answers",
        "participants": "participants",
        "location": "location",
        "location_type": "location_type",
        "notes": "notes",
        "details": "details",
        "rescheduling": "rescheduling",
        "cancellation": "cancellation",
        "payment": "payment",
    }
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "uuid",
        "state",
        "scheduled_at",
        "end_date",
        "canceled_at",
        "event_type",
        "invitee",
    )
    _NULLABLE: ClassVar[frozenset[str]] = frozenset(
        {
            "canceled_at",
        }
    )
    _UNDECLARED_EXTRAS: ClassVar[bool] = True
    _absent: frozenset[str] = _attrs_field(init=False, default=frozenset(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        state = self.state

        scheduled_at = format_datetime(self.scheduled_at, "scheduled_at")

        end_date = format_datetime(self.end_date, "end_date")

        canceled_at: None | str
        if isinstance(self.canceled_at, datetime.datetime):
            canceled_at = format_datetime(self.canceled_at, "canceled_at_type_0")
        else:
            canceled_at = self.canceled_at

        event_type = self.event_type.to_dict()

        invitee = self.invitee.to_dict()

        pretty_scheduled_at = self.pretty_scheduled_at

        pretty_scheduled_at_in_invitee_timezone = self.pretty_scheduled_at_in_invitee_timezone

        pretty_canceled_at: None | str | Unset
        if isinstance(self.pretty_canceled_at, Unset):
            pretty_canceled_at = UNSET
        else:
            pretty_canceled_at = self.pretty_canceled_at

        pretty_canceled_at_in_invitee_timezone: None | str | Unset
        if isinstance(self.pretty_canceled_at_in_invitee_timezone, Unset):
            pretty_canceled_at_in_invitee_timezone = UNSET
        else:
            pretty_canceled_at_in_invitee_timezone = self.pretty_canceled_at_in_invitee_timezone

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        location_type: None | str | Unset
        if isinstance(self.location_type, Unset):
            location_type = UNSET
        else:
            location_type = self.location_type

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        rescheduling: dict[str, Any] | None | Unset
        if isinstance(self.rescheduling, Unset):
            rescheduling = UNSET
        elif isinstance(self.rescheduling, WebhookRecord):
            rescheduling = self.rescheduling.to_dict()
        else:
            rescheduling = self.rescheduling

        cancellation: dict[str, Any] | None | Unset
        if isinstance(self.cancellation, Unset):
            cancellation = UNSET
        elif isinstance(self.cancellation, WebhookRecord):
            cancellation = self.cancellation.to_dict()
        else:
            cancellation = self.cancellation

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, WebhookRecord):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "state": state,
                "scheduled_at": scheduled_at,
                "end_date": end_date,
                "canceled_at": canceled_at,
                "event_type": event_type,
                "invitee": invitee,
            }
        )
        if pretty_scheduled_at is not UNSET:
            field_dict["pretty_scheduled_at"] = pretty_scheduled_at
        if pretty_scheduled_at_in_invitee_timezone is not UNSET:
            field_dict["pretty_scheduled_at_in_invitee_timezone"] = pretty_scheduled_at_in_invitee_timezone
        if pretty_canceled_at is not UNSET:
            field_dict["pretty_canceled_at"] = pretty_canceled_at
        if pretty_canceled_at_in_invitee_timezone is not UNSET:
            field_dict["pretty_canceled_at_in_invitee_timezone"] = pretty_canceled_at_in_invitee_timezone
        if answers is not UNSET:
            field_dict["answers"] = answers
        if participants is not UNSET:
            field_dict["participants"] = participants
        if location is not UNSET:
            field_dict["location"] = location
        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        if notes is not UNSET:
            field_dict["notes"] = notes
        if details is not UNSET:
            field_dict["details"] = details
        if rescheduling is not UNSET:
            field_dict["rescheduling"] = rescheduling
        if cancellation is not UNSET:
            field_dict["cancellation"] = cancellation
        if payment is not UNSET:
            field_dict["payment"] = payment
        for key in self._absent:
            if field_dict.get(key) is None:
                field_dict.pop(key, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            raise not_an_object(src_dict)
        d = src_dict
        _f = ""
        _i = -1
        try:
            uuid = d["uuid"]
            if type(uuid) is not str:
                _f = "uuid"
                raise wrong_type("string", uuid)
            state = d["state"]
            if type(state) is not str:
                _f = "state"
                raise wrong_type("string", state)
            _f = "scheduled_at"
            _v = d["scheduled_at"]
            if type(_v) is not str:
                _f = "scheduled_at"
                raise wrong_type("string", _v)
            scheduled_at = parse_datetime(_v)
            _f = "end_date"
            _v = d["end_date"]
            if type(_v) is not str:
                _f = "end_date"
                raise wrong_type("string", _v)
            end_date = parse_datetime(_v)
            _f = "canceled_at"
            _v = d["canceled_at"]
            if _v is not None and type(_v) is not str:
                _f = "canceled_at"
                raise wrong_type("string or null", _v)
            canceled_at = _v if _v is None else parse_datetime(_v)
            _f = "event_type"
            _v = d["event_type"]

            event_type = WebhookEventType.from_dict(_v)
            _f = "invitee"
            _v = d["invitee"]

            invitee = WebhookInvitee.from_dict(_v)
            pretty_scheduled_at = d.get("pretty_scheduled_at", UNSET)
            if pretty_scheduled_at is not UNSET and type(pretty_scheduled_at) is not str:
                _f = "pretty_scheduled_at"
                raise wrong_type("string", pretty_scheduled_at)
            pretty_scheduled_at_in_invitee_timezone = d.get("pretty_scheduled_at_in_invitee_timezone", UNSET)
            if (
                pretty_scheduled_at_in_invitee_timezone is not UNSET
                and type(pretty_scheduled_at_in_invitee_timezone) is not str
            ):
                _f = "pretty_scheduled_at_in_invitee_timezone"
                raise wrong_type("string", pretty_scheduled_at_in_invitee_timezone)
            pretty_canceled_at = d.get("pretty_canceled_at", UNSET)
            if (
                pretty_canceled_at is not UNSET
                and pretty_canceled_at is not None
                and type(pretty_canceled_at) is not str
            ):
                _f = "pretty_canceled_at"
                raise wrong_type("string or null", pretty_canceled_at)
            pretty_canceled_at_in_invitee_timezone = d.get("pretty_canceled_at_in_invitee_timezone", UNSET)
            if (
                pretty_canceled_at_in_invitee_timezone is not UNSET
                and pretty_canceled_at_in_invitee_timezone is not None
                and type(pretty_canceled_at_in_invitee_timezone) is not str
            ):
                _f = "pretty_canceled_at_in_invitee_timezone"
                raise wrong_type("string or null", pretty_canceled_at_in_invitee_timezone)
            _f = "answers"
            _v = d.get("answers", UNSET)
            answers: list[WebhookAnswer] | Unset = UNSET
            if _v is not UNSET:
                answers = []
                for _i, _x in enumerate(expect_list(_v)):
                    answers.append(WebhookAnswer.from_dict(_x))
                _i = -1
            _f = "participants"
            _v = d.get("participants", UNSET)
            participants: list[WebhookParticipant] | Unset = UNSET
            if _v is not UNSET:
                participants = []
                for _i, _x in enumerate(expect_list(_v)):
                    participants.append(WebhookParticipant.from_dict(_x))
                _i = -1
            location = d.get("location", UNSET)
            if location is not UNSET and location is not None and type(location) is not str:
                _f = "location"
                raise wrong_type("string or null", location)
            location_type = d.get("location_type", UNSET)
            if location_type is not UNSET and location_type is not None and type(location_type) is not str:
                _f = "location_type"
                raise wrong_type("string or null", location_type)
            notes = d.get("notes", UNSET)
            if notes is not UNSET and notes is not None and type(notes) is not str:
                _f = "notes"
                raise wrong_type("string or null", notes)
            details = d.get("details", UNSET)
            if details is not UNSET and details is not None and type(details) is not str:
                _f = "details"
                raise wrong_type("string or null", details)
            _f = "rescheduling"
            _v = d.get("rescheduling", UNSET)

            rescheduling = _v if isinstance(_v, Unset) else _v if _v is None else WebhookRecord.from_dict(_v)
            _f = "cancellation"
            _v = d.get("cancellation", UNSET)

            cancellation = _v if isinstance(_v, Unset) else _v if _v is None else WebhookRecord.from_dict(_v)
            _f = "payment"
            _v = d.get("payment", UNSET)

            payment = _v if isinstance(_v, Unset) else _v if _v is None else WebhookRecord.from_dict(_v)
        except SchemaMismatch as exc:
            raise exc.nested(_f, _i) from None
        except KeyError as exc:
            # A required property is missing: read as None if the spec allows null (remembered), else an error.
            return fill_absent(cls, d, cls._REQUIRED, cls._NULLABLE, exc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SchemaMismatch.from_error(_f, _i, exc) from exc
        webhook_booking = cls(
            uuid=uuid,
            state=state,
            scheduled_at=scheduled_at,
            end_date=end_date,
            canceled_at=canceled_at,
            event_type=event_type,
            invitee=invitee,
            pretty_scheduled_at=pretty_scheduled_at,
            pretty_scheduled_at_in_invitee_timezone=pretty_scheduled_at_in_invitee_timezone,
            pretty_canceled_at=pretty_canceled_at,
            pretty_canceled_at_in_invitee_timezone=pretty_canceled_at_in_invitee_timezone,
            answers=answers,
            participants=participants,
            location=location,
            location_type=location_type,
            notes=notes,
            details=details,
            rescheduling=rescheduling,
            cancellation=cancellation,
            payment=payment,
        )

        _extra = d.keys() - cls._KNOWN_FIELDS
        if _extra:
            webhook_booking.additional_properties = {key: value for key, value in d.items() if key in _extra}
            note_undeclared("WebhookBooking", _extra)
        return webhook_booking

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.webhook_answer import WebhookAnswer
from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_invitee import WebhookInvitee
from ..models.webhook_participant import WebhookParticipant
from ..models.webhook_record import WebhookRecord
