"""Contains shared errors types that can be raised from API functions"""

from simplymeet_runtime.errors import *  # noqa: F403
from simplymeet_runtime.errors import __all__ as __all__
