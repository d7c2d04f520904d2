"""The pytest plugin of simplymeet-client (entry point ``pytest11``): the ``simplymeet_fake`` fixture.

The library does not depend on pytest; pytest loads this module only where both are installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from simplymeet_client.testing import FakeSimplyMeet


@pytest.fixture
def simplymeet_fake() -> FakeSimplyMeet:
    """A fresh :class:`~simplymeet_client.testing.FakeSimplyMeet` (seed 0) for each test: ``simplymeet_fake.client()``
    is a ``SimplyMeet`` answered by it in-process."""
    from simplymeet_client.testing import FakeSimplyMeet

    return FakeSimplyMeet()
