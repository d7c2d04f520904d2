"""A client library for accessing SimplyMeet.me API"""

from simplymeet_runtime.retry import RetryPolicy

from . import errors
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
    "errors",
)
