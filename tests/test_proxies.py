"""Proxies from the environment, as httpx reads them, with the key only ever inside the TLS tunnel.

A real CONNECT proxy on 127.0.0.1 relays to a real TLS server on 127.0.0.1 (certificate from trustme) that
claims the API's host name; the client never resolves that name itself, the proxy does.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
import trustme

from simplymeet_client import SimplyMeet
from simplymeet_runtime.transport import env_proxy
from tests.conftest import API_KEY, JsonHandler
from tests.spec_support import load_fixture

API_HOST = "api.simplymeet.test"


class Api(JsonHandler):
    keys: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Api.keys.append(self.headers.get("X-API-KEY", ""))
        self.send_json(200, load_fixture("getCurrentUser"))


class ConnectProxy:
    """A CONNECT-only proxy: tunnels every request to ``target`` whatever host it names, and keeps what it relayed."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.requests: list[bytes] = []
        self.relayed = bytearray()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.listener.settimeout(0.05)
        while not self._stop:
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            self.requests.append(head)
            if not head.startswith(b"CONNECT "):
                client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                return
            with socket.create_connection(self.target) as upstream:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                for _ in range(2000):  # bounded: a few seconds at most
                    readable, _, _ = select.select([client, upstream], [], [], 0.01)
                    for source in readable:
                        data = source.recv(65536)
                        if not data:
                            return
                        self.relayed += data
                        (upstream if source is client else client).sendall(data)

    def close(self) -> None:
        self._stop = True
        self._thread.join()
        self.listener.close()


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_api(authority: trustme.CA) -> Iterator[tuple[int, ssl.SSLContext]]:
    """A TLS server on 127.0.0.1 with a certificate for API_HOST; yields its port and a context trusting it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(API_HOST).configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    trusting = ssl.create_default_context()
    authority.configure_trust(trusting)
    Api.keys = []
    try:
        yield server.server_address[1], trusting
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def proxy_to(port: int) -> Iterator[ConnectProxy]:
    proxy = ConnectProxy(("127.0.0.1", port))
    try:
        yield proxy
    finally:
        proxy.close()


def _client(port: int, trusting: ssl.SSLContext, **kwargs: Any) -> SimplyMeet:
    return SimplyMeet(api_key=API_KEY, base_url=f"https://{API_HOST}:{port}", httpx_args={"verify": trusting}, **kwargs)


def test_https_proxy_from_the_environment_is_used_and_sees_no_key(
    tls_api: tuple[int, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen: HTTPS_PROXY had no effect (the client hands httpx its own transport), so users behind a mandatory
    proxy got connection errors."""
    port, trusting = tls_api
    with proxy_to(port) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        user = _client(port, trusting).users.current()

        async def async_call() -> str:
            from simplymeet_client import AsyncSimplyMeet

            async with AsyncSimplyMeet(
                api_key=API_KEY, base_url=f"https://{API_HOST}:{port}", httpx_args={"verify": trusting}
            ) as sm:
                return (await sm.users.current()).email

        email = asyncio.run(async_call())
    assert user.email == email and Api.keys == [API_KEY, API_KEY]  # the key reached the API, through the tunnel
    assert [r.split(b"\r\n")[0] for r in proxy.requests] == [f"CONNECT {API_HOST}:{port} HTTP/1.1".encode()] * 2
    assert all(API_KEY.encode() not in r for r in proxy.requests)
    assert proxy.relayed and API_KEY.encode() not in bytes(proxy.relayed)  # TLS all the way


def test_trust_env_false_ignores_the_environment_and_an_explicit_proxy_wins(
    tls_api: tuple[int, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, trusting = tls_api
    with proxy_to(port) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens there
        with pytest.raises(httpx.ConnectError):
            _client(port, trusting, retry=None).users.current()
        assert _client(port, trusting, proxy=proxy.url).users.current().email
        assert _client(port, trusting, proxy=proxy.url, trust_env=False).users.current().email
        assert len(proxy.requests) == 2
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    sm = _client(port, trusting, trust_env=False, retry=None)
    with pytest.raises(httpx.ConnectError):  # direct: API_HOST does not resolve here, and no proxy was asked
        sm.users.current()


@pytest.mark.parametrize(
    ("environment", "url", "expected"),
    [
        ({"HTTPS_PROXY": "http://proxy:3128"}, "https://secure.simplymeet.me", "http://proxy:3128"),
        ({"HTTPS_PROXY": "proxy:3128"}, "https://secure.simplymeet.me", "http://proxy:3128"),
        ({"HTTP_PROXY": "http://proxy:3128"}, "https://secure.simplymeet.me", None),
        ({"ALL_PROXY": "http://proxy:3128"}, "https://secure.simplymeet.me", "http://proxy:3128"),
        ({"HTTPS_PROXY": "http://proxy:3128", "NO_PROXY": "simplymeet.me"}, "https://secure.simplymeet.me", None),
        ({"HTTPS_PROXY": "http://proxy:3128", "NO_PROXY": "*"}, "https://secure.simplymeet.me", None),
        (
            {"HTTPS_PROXY": "http://proxy:3128", "NO_PROXY": "example.com"},
            "https://secure.simplymeet.me",
            "http://proxy:3128",
        ),
        ({"ALL_PROXY": "http://proxy:3128"}, "http://127.0.0.1:4010", None),  # loopback: never proxied
        ({"ALL_PROXY": "http://proxy:3128"}, "http://localhost:4010", None),
    ],
)
def test_the_environment_is_read_as_httpx_reads_it(
    environment: dict[str, str], url: str, expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert env_proxy(httpx.URL(url)) == expected
