"""A client library for accessing SimplyMeet.me API"""

import importlib
from typing import TYPE_CHECKING, Any

from simplymeet_runtime.retry import RetryPolicy

from . import errors
from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .resources import AsyncSimplyMeet, SimplyMeet


def __getattr__(name: str) -> Any:  # the resource layer (and every model) loads on first use, not on import
    if name in ("SimplyMeet", "AsyncSimplyMeet"):
        return getattr(importlib.import_module(".resources", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AsyncSimplyMeet",
    "AuthenticatedClient",
    "SimplyMeet",
    "Client",
    "RetryPolicy",
    "errors",
)
