"""The root of the client's exception hierarchy (re-exported as ``simplymeet_client.errors.SimplyMeetError``)."""


class SimplyMeetError(Exception):
    """Base class of every error raised by this client."""
