"""A client library for accessing SimplyMeet.me API"""

from simplymeet_runtime.retry import RetryPolicy

from . import errors
from .client import AuthenticatedClient, Client
from .resources import AsyncSimplyMeet, SimplyMeet

__all__ = (
    "AsyncSimplyMeet",
    "AuthenticatedClient",
    "SimplyMeet",
    "Client",
    "RetryPolicy",
    "errors",
)
