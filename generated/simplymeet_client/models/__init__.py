"""Contains all the data models used in inputs/outputs"""

from .acl_rule_dto import AclRuleDTO
from .answer_dto import AnswerDTO
from .answer_request_dto import AnswerRequestDTO
from .availability_rule_config import AvailabilityRuleConfig
from .availability_rule_dto import AvailabilityRuleDTO
from .availability_rule_request_dto import AvailabilityRuleRequestDTO
from .cancel_event_list_request_dto import CancelEventListRequestDTO
from .cancel_event_request_dto import CancelEventRequestDTO
from .cancellation_dto import CancellationDTO
from .cancellation_policy_dto import CancellationPolicyDTO
from .cancellation_policy_request_dto import CancellationPolicyRequestDTO
from .cancellation_policy_type import CancellationPolicyType
from .create_event_request_dto import CreateEventRequestDTO
from .delete_event_list_request_dto import DeleteEventListRequestDTO
from .duration_type import DurationType
from .edit_event_answer_request_dto import EditEventAnswerRequestDTO
from .edit_event_invitee_request_dto import EditEventInviteeRequestDTO
from .edit_event_request_dto import EditEventRequestDTO
from .error_dto import ErrorDTO
from .event_dto import EventDTO
from .event_edit_notes_request_dto import EventEditNotesRequestDTO
from .event_invite_participants_request_dto import EventInviteParticipantsRequestDTO
from .event_list_dto import EventListDTO
from .event_order_field import EventOrderField
from .event_payment_dto import EventPaymentDTO
from .event_type_availability_dto import EventTypeAvailabilityDTO
from .event_type_availability_hours_dto import EventTypeAvailabilityHoursDTO
from .event_type_dto import EventTypeDTO
from .event_type_duration_dto import EventTypeDurationDTO
from .event_type_kind import EventTypeKind
from .event_type_list_dto import EventTypeListDTO
from .event_type_order_field import EventTypeOrderField
from .event_type_request_location_type_dto import EventTypeRequestLocationTypeDTO
from .event_type_tag_dto import EventTypeTagDTO
from .field_errors import FieldErrors
from .get_event_list_filter_dto import GetEventListFilterDTO
from .get_event_list_request_dto import GetEventListRequestDTO
from .get_event_type_availability_request_dto import GetEventTypeAvailabilityRequestDTO
from .get_event_type_list_filter_dto import GetEventTypeListFilterDTO
from .get_event_type_list_request_dto import GetEventTypeListRequestDTO
from .get_poll_list_request_dto import GetPollListRequestDTO
from .hal_link import HalLink
from .hal_page_links import HalPageLinks
from .hour_interval_dto import HourIntervalDTO
from .integration_list_dto import IntegrationListDTO
from .invitee_dto import InviteeDTO
from .invitee_request_dto import InviteeRequestDTO
from .location_type import LocationType
from .meeting_type import MeetingType
from .meeting_type_list import MeetingTypeList
from .meeting_type_list_embedded import MeetingTypeListEmbedded
from .meeting_type_sorting_dto import MeetingTypeSortingDTO
from .meta_data_dto import MetaDataDTO
from .no_show_event_list_request_dto import NoShowEventListRequestDTO
from .order_direction import OrderDirection
from .organization_dto import OrganizationDTO
from .participant_dto import ParticipantDTO
from .participant_request_dto import ParticipantRequestDTO
from .period_type_config import PeriodTypeConfig
from .poll_availability_dto import PollAvailabilityDTO
from .poll_availability_request_dto import PollAvailabilityRequestDTO
from .poll_dto import PollDTO
from .poll_list_dto import PollListDTO
from .poll_order_field import PollOrderField
from .poll_request_dto import PollRequestDTO
from .poll_result_dto import PollResultDTO
from .poll_result_request_dto import PollResultRequestDTO
from .question_config_option import QuestionConfigOption
from .question_dto import QuestionDTO
from .reschedule_event_request_dto import RescheduleEventRequestDTO
from .rescheduling_dto import ReschedulingDTO
from .simple_event_type_dto import SimpleEventTypeDTO
from .simple_user_dto import SimpleUserDTO
from .single_use_link_by_uuid_request import SingleUseLinkByUuidRequest
from .single_use_link_dto import SingleUseLinkDTO
from .social_link_dto import SocialLinkDTO
from .user_dto import UserDTO
from .user_event_type_tag_dto import UserEventTypeTagDTO
from .user_event_type_tag_request_dto import UserEventTypeTagRequestDTO
from .validation_error_dto import ValidationErrorDTO
from .webhook import Webhook
from .webhook_answer import WebhookAnswer
from .webhook_booking import WebhookBooking
from .webhook_delivery import WebhookDelivery
from .webhook_event_name import WebhookEventName
from .webhook_event_type import WebhookEventType
from .webhook_invitee import WebhookInvitee
from .webhook_list import WebhookList
from .webhook_list_embedded import WebhookListEmbedded
from .webhook_participant import WebhookParticipant
from .webhook_record import WebhookRecord
from .webhook_request import WebhookRequest

__all__ = (
    "AclRuleDTO",
    "AnswerDTO",
    "AnswerRequestDTO",
    "AvailabilityRuleConfig",
    "AvailabilityRuleDTO",
    "AvailabilityRuleRequestDTO",
    "CancelEventListRequestDTO",
    "CancelEventRequestDTO",
    "CancellationDTO",
    "CancellationPolicyDTO",
    "CancellationPolicyRequestDTO",
    "CancellationPolicyType",
    "CreateEventRequestDTO",
    "DeleteEventListRequestDTO",
    "DurationType",
    "EditEventAnswerRequestDTO",
    "EditEventInviteeRequestDTO",
    "EditEventRequestDTO",
    "ErrorDTO",
    "EventDTO",
    "EventEditNotesRequestDTO",
    "EventInviteParticipantsRequestDTO",
    "EventListDTO",
    "EventOrderField",
    "EventPaymentDTO",
    "EventTypeAvailabilityDTO",
    "EventTypeAvailabilityHoursDTO",
    "EventTypeDTO",
    "EventTypeDurationDTO",
    "EventTypeKind",
    "EventTypeListDTO",
    "EventTypeOrderField",
    "EventTypeRequestLocationTypeDTO",
    "EventTypeTagDTO",
    "FieldErrors",
    "GetEventListFilterDTO",
    "GetEventListRequestDTO",
    "GetEventTypeAvailabilityRequestDTO",
    "GetEventTypeListFilterDTO",
    "GetEventTypeListRequestDTO",
    "GetPollListRequestDTO",
    "HalLink",
    "HalPageLinks",
    "HourIntervalDTO",
    "IntegrationListDTO",
    "InviteeDTO",
    "InviteeRequestDTO",
    "LocationType",
    "MeetingType",
    "MeetingTypeList",
    "MeetingTypeListEmbedded",
    "MeetingTypeSortingDTO",
    "MetaDataDTO",
    "NoShowEventListRequestDTO",
    "OrderDirection",
    "OrganizationDTO",
    "ParticipantDTO",
    "ParticipantRequestDTO",
    "PeriodTypeConfig",
    "PollAvailabilityDTO",
    "PollAvailabilityRequestDTO",
    "PollDTO",
    "PollListDTO",
    "PollOrderField",
    "PollRequestDTO",
    "PollResultDTO",
    "PollResultRequestDTO",
    "QuestionConfigOption",
    "QuestionDTO",
    "RescheduleEventRequestDTO",
    "ReschedulingDTO",
    "SimpleEventTypeDTO",
    "SimpleUserDTO",
    "SingleUseLinkByUuidRequest",
    "SingleUseLinkDTO",
    "SocialLinkDTO",
    "UserDTO",
    "UserEventTypeTagDTO",
    "UserEventTypeTagRequestDTO",
    "ValidationErrorDTO",
    "Webhook",
    "WebhookAnswer",
    "WebhookBooking",
    "WebhookDelivery",
    "WebhookEventName",
    "WebhookEventType",
    "WebhookInvitee",
    "WebhookList",
    "WebhookListEmbedded",
    "WebhookParticipant",
    "WebhookRecord",
    "WebhookRequest",
)
