"""Transport faults over real loopback HTTP: where the key goes, bounded bodies, mid-body resets, the deadline.

Every server here is a real socket on 127.0.0.1 or 127.0.0.2, so redirects, gzip framing, connection resets and
slow bodies are those of the wire, not of an httpx.MockTransport.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Coroutine, Iterator
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import httpx
import pytest

from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.meeting import get_event
from simplymeet_client.api.single_use_link import create_single_use_link
from simplymeet_client.api.user import get_current_user
from simplymeet_client.models import UserDTO
from simplymeet_runtime.retry import RetryPolicy
from tests.conftest import API_KEY, JsonHandler, Sleeps, loopback_server
from tools import ROOT

USER = (Path(__file__).parent / "fixtures" / "getCurrentUser.json").read_bytes()
USER_PATH = "/panel/api/current-user"
T = TypeVar("T")


class Server(JsonHandler):
    """Records every request (method, path, headers); ``answer`` decides the response. Subclasses set both."""

    seen: ClassVar[list[tuple[str, str, dict[str, str]]]]

    def answer(self) -> None:
        raise NotImplementedError

    def handle_any(self) -> None:
        type(self).seen.append((self.command, self.path, dict(self.headers)))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            self.answer()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


def server(answer: Callable[[Server], None]) -> type[Server]:
    """A Server class of its own (own ``seen`` list) answering with ``answer``."""
    return type("Scripted", (Server,), {"seen": [], "answer": answer})


def client_for(base_url: str, **kwargs: Any) -> AuthenticatedClient:
    kwargs.setdefault("retry", Sleeps().policy())
    return AuthenticatedClient(base_url=base_url, token=API_KEY, **kwargs)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def current_user(client: AuthenticatedClient, mode: str) -> UserDTO:
    """getCurrentUser through ``sync`` or ``asyncio``."""
    return get_current_user.sync(client=client) if mode == "sync" else run(get_current_user.asyncio(client=client))


# -------------------------------------------------------------------------------------- 1. the key's origin


@pytest.fixture
def elsewhere() -> Iterator[tuple[str, type[Server]]]:
    """Another origin (127.0.0.2) that answers like the API would: a key sent there would be stolen."""
    other = server(lambda self: self.send(200, USER))
    with loopback_server(other, host="127.0.0.2") as url:
        yield url, other


@pytest.mark.parametrize("follow", [True, False])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_key_never_follows_a_redirect_to_another_host(
    elsewhere: tuple[str, type[Server]], follow: bool, mode: str
) -> None:
    other_url, other = elsewhere
    api = server(lambda self: self.send(302, b"", Location=f"{other_url}{self.path}"))
    with loopback_server(api) as api_url:
        client = client_for(api_url, follow_redirects=follow)
        response = (
            get_current_user.sync_detailed(client=client)
            if mode == "sync"
            else run(get_current_user.asyncio_detailed(client=client))
        )
    assert api.seen[0][2]["X-API-KEY"] == API_KEY  # the API itself did get the key
    if follow:
        assert response.status_code == 200 and isinstance(response.parsed, UserDTO)
        assert len(other.seen) == 1
        assert {name.lower() for name in other.seen[0][2]}.isdisjoint({"x-api-key"})
        assert API_KEY not in repr(other.seen)
    else:
        assert response.status_code == 302 and other.seen == []


def test_key_never_goes_to_another_port_of_the_same_host() -> None:
    other = server(lambda self: self.send(200, USER))
    with loopback_server(other) as other_url:
        api = server(lambda self: self.send(307, b"", Location=f"{other_url}{self.path}"))
        with loopback_server(api) as api_url:
            user = get_current_user.sync(client=client_for(api_url, follow_redirects=True))
    assert isinstance(user, UserDTO)
    assert len(other.seen) == 1 and "X-API-KEY" not in other.seen[0][2]


def test_key_never_goes_to_an_absolute_url_of_another_origin(elsewhere: tuple[str, type[Server]]) -> None:
    """Not only redirects: a request built by hand for another origin through the client's httpx client."""
    other_url, other = elsewhere
    with loopback_server(server(lambda self: self.send(200, USER))) as api_url:
        client = client_for(api_url)
        assert client.get_httpx_client().get(f"{other_url}/anything").status_code == 200
    assert len(other.seen) == 1 and "X-API-KEY" not in other.seen[0][2]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_same_origin_redirect_keeps_the_key(mode: str) -> None:
    def answer(self: Server) -> None:
        if self.path == "/old":
            self.send(301, b"", Location=USER_PATH)
        else:
            self.send(200 if self.headers.get("X-API-KEY") == API_KEY else 401, USER)

    api = server(answer)
    with loopback_server(api) as api_url:
        client = client_for(api_url, follow_redirects=True)
        if mode == "sync":
            response = client.get_httpx_client().get("/old")
        else:

            async def go() -> httpx.Response:
                async with client as opened:
                    return await opened.get_async_httpx_client().get("/old")

            response = run(go())
    assert response.status_code == 200 and [path for _, path, _ in api.seen] == ["/old", USER_PATH]
    assert all(headers["X-API-KEY"] == API_KEY for _, _, headers in api.seen)


# ------------------------------------------------------------------------------------------ 2. bounded bodies

BOMB_INFLATED = 200 * 1024 * 1024


@cache
def gzip_bomb() -> bytes:
    """One gzip member of about 200 KiB that inflates to 200 MiB of zeros.

    Built from one compressed 1 MiB block repeated (a full flush makes the blocks independent), so it takes
    about 0.1 s instead of compressing 200 MiB.
    """
    zeros = bytes(1024 * 1024)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(BOMB_INFLATED // len(zeros)):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", crc, BOMB_INFLATED & 0xFFFFFFFF)
    return header + block * (BOMB_INFLATED // len(zeros)) + deflate.flush() + trailer


def bomb(self: Server) -> None:
    self.send(200, gzip_bomb(), Content_Encoding="gzip", X_Request_Id="req-77")


def test_the_bomb_is_what_it_claims() -> None:
    data = gzip_bomb()
    assert len(data) < 300 * 1024
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    assert len(inflater.decompress(data[:4096])) > 1024 * 1024  # inflates about a thousandfold


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_gzip_bomb_raises_response_too_large_early(mode: str) -> None:
    api = server(bomb)
    with loopback_server(api) as api_url:
        client = client_for(api_url, max_response_bytes=1024 * 1024)
        with pytest.raises(errors.ResponseTooLarge) as info:
            current_user(client, mode)
    error = info.value
    assert isinstance(error, errors.ResponseError)
    assert (error.status_code, error.method, error.path, error.limit) == (200, "GET", USER_PATH, 1024 * 1024)
    assert error.headers["X-Request-Id"] == "req-77" and "req-77" not in str(error)
    assert "1,048,576" in str(error) and "GET /panel/api/current-user" in str(error)
    assert len(api.seen) == 1  # a body too large is not retried
    assert 0 < len(error.content) <= 4 * errors.EXCERPT_LIMIT


def test_plain_body_over_the_limit_stops_reading() -> None:
    """No Content-Encoding: the raw bytes count, and the rest of a 64 MiB body is never read."""

    def endless(self: Server) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(64 * 1024 * 1024))
        self.end_headers()
        chunk = b"x" * 65536
        for _ in range(1024):
            self.wfile.write(chunk)

    with loopback_server(server(endless)) as api_url:
        started = time.monotonic()
        with pytest.raises(errors.ResponseTooLarge):
            get_current_user.sync(client=client_for(api_url, max_response_bytes=100_000))
        assert time.monotonic() - started < 1.0


def test_a_body_within_the_limit_is_decoded_whole() -> None:
    packed = zlib.compress(USER, wbits=31)  # gzip
    with loopback_server(server(lambda self: self.send(200, packed, Content_Encoding="gzip"))) as api_url:
        response = get_current_user.sync_detailed(client=client_for(api_url, max_response_bytes=len(USER)))
    assert response.content == USER and isinstance(response.parsed, UserDTO)
    assert "content-encoding" not in response.headers
    with (
        loopback_server(server(lambda self: self.send(200, packed, Content_Encoding="gzip"))) as api_url,
        pytest.raises(errors.ResponseTooLarge),
    ):
        get_current_user.sync(client=client_for(api_url, max_response_bytes=len(USER) - 1))


def test_only_encodings_the_client_decodes_are_offered() -> None:
    api = server(lambda self: self.send(200, USER))
    with loopback_server(api) as api_url:
        get_current_user.sync(client=client_for(api_url))
    assert api.seen[0][2]["Accept-Encoding"] == "gzip, deflate"


PEAK_RSS = """
import json, resource, sys
from simplymeet_client import AuthenticatedClient, errors
from simplymeet_client.api.user import get_current_user

client = AuthenticatedClient(base_url=sys.argv[1], token="k", retry=None)
assert get_current_user.sync(client=client).id  # warm: imports, connection, parsing
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    get_current_user.sync(client=client)
except errors.ResponseTooLarge as error:
    outcome = [error.status_code, error.method, error.path, error.limit]
else:
    outcome = "no error"
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"growth_mib": (after - before) / 1024, "outcome": outcome}))
"""


def test_gzip_bomb_peak_memory_stays_well_under_100_mib() -> None:
    """The default limit (32 MiB) against 200 MiB inflated, in a fresh process whose peak RSS is measured."""
    calls: list[int] = []

    def first_user_then_bomb(self: Server) -> None:
        calls.append(1)
        if len(calls) == 1:
            self.send(200, USER)
        else:
            bomb(self)

    gzip_bomb()
    with loopback_server(server(first_user_then_bomb)) as api_url:
        done = subprocess.run(
            [sys.executable, "-c", PEAK_RSS, api_url],
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=ROOT,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["outcome"] == [200, "GET", USER_PATH, 32 * 1024 * 1024]
    print(f"peak RSS growth reading a 200 MiB gzip bomb: {result['growth_mib']:.1f} MiB")
    assert result["growth_mib"] < 80, result


# -------------------------------------------------------------------------------- 3. connection lost mid-body


def half_then_reset(self: Server) -> None:
    """The first request gets its headers and half its body, then a TCP reset; later ones are answered."""
    if len(type(self).seen) > 1:
        self.send(200, USER)
        return
    self.send_response(200)
    self.send_header("Content-Type", "application/json")
    self.send_header("Content-Length", str(len(USER)))
    self.end_headers()
    self.wfile.write(USER[: len(USER) // 2])
    self.wfile.flush()
    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = RST
    self.connection.close()
    self.close_connection = True


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_get_cut_off_mid_body_is_retried(mode: str) -> None:
    api = server(half_then_reset)
    sleeps = Sleeps()
    with loopback_server(api) as api_url:
        client = client_for(api_url, retry=sleeps.policy())
        user = current_user(client, mode)
    assert isinstance(user, UserDTO) and user.id == json.loads(USER)["id"]
    assert len(api.seen) == 2 and len(sleeps.waits) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_post_cut_off_mid_body_is_not_sent_again(mode: str) -> None:
    api = server(half_then_reset)
    with loopback_server(api) as api_url:
        client = client_for(api_url)
        with pytest.raises(httpx.ReadError):
            if mode == "sync":
                create_single_use_link.sync(812, client=client)
            else:
                run(create_single_use_link.asyncio(812, client=client))
    assert [method for method, _, _ in api.seen] == ["POST"]


# ----------------------------------------------------------------------------------------- 4. total deadline


def drip(self: Server) -> None:
    """Headers at once, then the body one byte every 0.2 s: no single read ever waits long enough to time out."""
    self.send_response(200)
    self.send_header("Content-Type", "application/json")
    self.send_header("Content-Length", str(len(USER)))
    self.end_headers()
    for byte in USER:
        self.wfile.write(bytes([byte]))
        self.wfile.flush()
        time.sleep(0.2)


@pytest.mark.parametrize(("mode", "deadline"), [("sync", 2.0), ("async", 1.0)])
def test_drip_fed_body_ends_at_the_deadline(mode: str, deadline: float) -> None:
    with loopback_server(server(drip)) as api_url:
        client = client_for(api_url, deadline=deadline, timeout=httpx.Timeout(5.0))
        started = time.monotonic()
        with pytest.raises(httpx.TimeoutException) as info:
            current_user(client, mode)
        took = time.monotonic() - started
    assert isinstance(info.value, errors.DeadlineExceeded) and isinstance(info.value, errors.SimplyMeetError)
    assert deadline <= took < deadline + 0.5
    assert f"deadline of {deadline:g} s" in str(info.value) and USER_PATH in str(info.value)


def test_deadline_includes_the_waits_between_retries() -> None:
    """503 with Retry-After: 1 every time; with a 1.5 s deadline the second wait would pass it, so the call
    stops with the 503 after one real wait instead of sleeping on."""
    api = server(lambda self: self.send(503, b'{"message": "busy"}', Retry_After="1"))
    with loopback_server(api) as api_url:
        client = client_for(api_url, deadline=1.5, retry=RetryPolicy())  # the default policy: it really waits
        started = time.monotonic()
        with pytest.raises(errors.ServerError) as info:
            get_current_user.sync(client=client)
        took = time.monotonic() - started
    assert len(api.seen) == 2 and 1.0 <= took < 1.5
    assert info.value.headers["Retry-After"] == "1"


def test_no_deadline_means_none() -> None:
    client = client_for("http://127.0.0.1:9", deadline=None)
    assert client.get_httpx_client()._transport.deadline is None  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="deadline"):
        client_for("http://127.0.0.1:9", deadline=0).get_httpx_client()
    with pytest.raises(ValueError, match="max_response_bytes"):
        client_for("http://127.0.0.1:9", max_response_bytes=0).get_httpx_client()


# ----------------------------------------------------------------------------------------- 5. error headers


def test_status_errors_and_unexpected_responses_carry_headers_outside_str() -> None:
    def answer(self: Server) -> None:
        if self.path.startswith("/panel/api/event/"):
            self.send(404, b'{"message": "Not found"}', X_Request_Id="req-404", X_RateLimit_Remaining="17")
        else:
            self.send(200, b"<html>maintenance</html>", Content_Type="text/html", X_Request_Id="req-html")

    with loopback_server(server(answer)) as api_url:
        client = client_for(api_url)
        with pytest.raises(errors.NotFoundError) as not_found:
            get_event.sync(48213, client=client)
        with pytest.raises(errors.UnexpectedResponse) as unexpected:
            create_single_use_link.sync(812, client=client)
    assert isinstance(not_found.value, errors.APIStatusError)
    assert not_found.value.headers["X-RateLimit-Remaining"] == "17"
    assert not_found.value.headers["x-request-id"] == "req-404"  # case-insensitive, as httpx.Headers
    assert unexpected.value.headers["X-Request-Id"] == "req-html"
    for error in (not_found.value, unexpected.value):
        assert "req-" not in str(error) and "X-Request-Id" not in str(error)


# ------------------------------------------------------------------------------------------ a bounded head


def big_header(size: int) -> Callable[[Server], None]:
    def answer(self: Server) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Padding", "p" * size)
        self.send_header("Content-Length", str(len(USER)))
        self.end_headers()
        self.wfile.write(USER)

    return answer


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_huge_response_head_is_refused_before_the_body(mode: str) -> None:
    """Seen: a 100 KiB header line was accepted (httpcore bounds a head only while it is incomplete)."""
    api = server(big_header(100 * 1024))
    with loopback_server(api) as api_url:
        client = client_for(api_url)
        with pytest.raises(errors.ResponseHeadTooLarge) as info:
            current_user(client, mode)
    error = info.value
    assert isinstance(error, errors.ResponseTooLarge) and error.limit == 64 * 1024 and error.status_code == 200
    assert "max_response_head_bytes" in str(error) and "p" * 100 not in str(error) and not error.headers
    assert len(api.seen) == 1  # not retried


def test_the_head_limit_is_an_option_beside_the_body_limit() -> None:
    from simplymeet_client import SimplyMeet

    with loopback_server(server(big_header(40 * 1024))) as api_url:
        assert get_current_user.sync(client=client_for(api_url)).email  # 40 KiB: within the default 64 KiB
        with pytest.raises(errors.ResponseHeadTooLarge, match="1,024 bytes"):
            get_current_user.sync(client=client_for(api_url, max_response_head_bytes=1024))
        sm = SimplyMeet(api_key=API_KEY, base_url=api_url, max_response_head_bytes=1024)
        with pytest.raises(errors.ResponseHeadTooLarge):
            sm.users.current()
        assert sm.with_options(max_response_head_bytes=None).users.current().email
    with pytest.raises(ValueError, match="max_response_head_bytes must be at least 1"):
        client_for("https://secure.simplymeet.me", max_response_head_bytes=0).get_httpx_client()
