"""A stateful fake of the SimplyMeet.me API for your tests; its behaviour: :mod:`simplymeet_runtime.fake`.

    fake = FakeSimplyMeet()          # a deterministic data set (seed=0)
    sm = fake.client()               # a SimplyMeet answered in-process by the fake
    with fake.serve() as base_url:   # the same state over HTTP on 127.0.0.1
        ...

With pytest, the ``simplymeet_fake`` fixture gives a fresh one per test.
"""

from simplymeet_runtime.fake import Delivery, Request
from simplymeet_runtime.fake import FakeSimplyMeet as _FakeSimplyMeet

from .resources import AsyncSimplyMeet, SimplyMeet


class FakeSimplyMeet(_FakeSimplyMeet[SimplyMeet, AsyncSimplyMeet]):
    __doc__ = _FakeSimplyMeet.__doc__
    _client_class = SimplyMeet
    _async_client_class = AsyncSimplyMeet
    _package = __name__.rpartition(".")[0]


__all__ = ["Delivery", "FakeSimplyMeet", "Request"]
