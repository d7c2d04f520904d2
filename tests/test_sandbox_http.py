"""The sandbox over HTTP (``FakeSimplyMeet.serve``) as a hostile client meets it: raw sockets for the framing, and
the example webhook receiver's body limit. Every request gets an HTTP answer; only an injected fault drops one."""

from __future__ import annotations

import gc
import json
import logging
import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import pytest

from simplymeet_client import SimplyMeet
from simplymeet_client.testing import FakeSimplyMeet
from simplymeet_runtime.fake import serving
from tools import ROOT

sys.path.insert(0, str(ROOT / "examples"))
import webhook_receiver

SECRET = "whsec_sandbox_http"


@pytest.fixture(scope="module")
def fake() -> FakeSimplyMeet:
    return FakeSimplyMeet(seed=3)


@pytest.fixture(scope="module")
def base_url(fake: FakeSimplyMeet) -> Iterator[str]:
    with fake.serve() as url:
        yield url


class Answer:
    """An HTTP response read off a raw socket; ``status`` None when the connection closed without one."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        head, _, self.body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1]) if raw.startswith(b"HTTP/1.") else None
        self.headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}

    def json(self) -> Any:
        return json.loads(self.body)


def exchange(url: str, request: bytes, *, shut_write: bool = False) -> Answer:
    """Send raw bytes to the server at ``url`` and read until it closes the connection or answers in full."""
    host, port = httpx.URL(url).host, httpx.URL(url).port
    assert port is not None
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(request)
        if shut_write:
            sock.shutdown(socket.SHUT_WR)
        raw = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            raw += chunk
            answer = Answer(raw)
            length = answer.headers.get("content-length")
            if answer.status is not None and length is not None and len(answer.body) >= int(length):
                break
    return Answer(raw)


def request(method: str, path: str, *headers: str, body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def keyed(fake: FakeSimplyMeet) -> str:
    return f"X-API-KEY: {fake.api_key}"


# ------------------------------------------------------------------------------------------------- framing


@pytest.mark.parametrize("length", ["abc", "-5", "1.5", "0x10", ""])
def test_an_invalid_content_length_is_400(base_url: str, fake: FakeSimplyMeet, length: str) -> None:
    answer = exchange(base_url, request("POST", "/api/webhooks", keyed(fake), f"Content-Length: {length}"))
    assert answer.status == 400, answer.raw


def test_conflicting_content_lengths_are_400(base_url: str, fake: FakeSimplyMeet) -> None:
    body = b'{"url": "https://a.example.com/", "events": ["meetingScheduled"], "secret": "s"}'
    lengths = (f"Content-Length: {len(body)}", f"Content-Length: {len(body) - 10}")
    assert exchange(base_url, request("POST", "/api/webhooks", keyed(fake), *lengths, body=body)).status == 400


@pytest.mark.parametrize("length", [99999999999999, 2 * 1024 * 1024])
def test_a_content_length_over_the_limit_is_413_before_reading(
    base_url: str, fake: FakeSimplyMeet, length: int
) -> None:
    answer = exchange(base_url, request("POST", "/api/webhooks", keyed(fake), f"Content-Length: {length}"))
    assert answer.status == 413 and "message" in answer.json(), answer.raw


def test_a_chunked_body_is_read(base_url: str, fake: FakeSimplyMeet) -> None:
    """httpx (and requests, fetch) send a streamed body chunked."""
    parts = [b'{"url": "https://chunked.example.com/hook", ', b'"events": ["meetingScheduled"], ', b'"secret": "s"}']
    answer = httpx.post(f"{base_url}/api/webhooks", content=iter(parts), headers={"X-API-KEY": fake.api_key})
    assert answer.status_code == 201, answer.text
    assert answer.json()["url"] == "https://chunked.example.com/hook"


def test_a_chunked_body_over_the_limit_is_413(base_url: str, fake: FakeSimplyMeet) -> None:
    chunk = b" " * 65536
    answer = httpx.post(
        f"{base_url}/api/webhooks", content=iter([chunk] * 20), headers={"X-API-KEY": fake.api_key}, timeout=10
    )
    assert answer.status_code == 413 and "message" in answer.json()


def test_a_body_nested_too_deep_is_the_apis_422(base_url: str, fake: FakeSimplyMeet) -> None:
    for depth in (100_000, 200):
        deep = b"[" * depth + b"]" * depth
        body = b'{"url": "https://deep.example.com/", "events": ' + deep + b', "secret": "s"}'
        answer = httpx.post(f"{base_url}/api/webhooks", content=body, headers={"X-API-KEY": fake.api_key})
        assert answer.status_code == 422, answer.text
        assert answer.json()["message"] == "Invalid arguments" and answer.json()["errors"]["body"]


# ----------------------------------------------------------------------------------------- methods


def test_head_works_on_every_get_route(base_url: str, fake: FakeSimplyMeet) -> None:
    event_id = fake.events[0]["id"]
    for path in ("/panel/api/current-user", "/panel/api/event/", f"/panel/api/event/{event_id}", "/api/webhooks"):
        got = httpx.get(base_url + path, headers={"X-API-KEY": fake.api_key})
        head = httpx.head(base_url + path, headers={"X-API-KEY": fake.api_key})
        assert got.status_code == head.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == "application/json"
        assert int(head.headers["content-length"]) == len(got.content), path
    for route in fake.spec.routes:  # every GET route: whatever GET answers (here often a 404), without the body
        if route.method == "GET":
            path = base_url + re.sub(r"\{\w+\}", "1", route.template)
            got = httpx.get(path, headers={"X-API-KEY": fake.api_key})
            head = httpx.head(path, headers={"X-API-KEY": fake.api_key})
            assert (head.status_code, head.content) == (got.status_code, b""), route.operation
            assert int(head.headers["content-length"]) == len(got.content), route.operation
    raw = exchange(base_url, request("HEAD", "/panel/api/current-user", keyed(fake)))
    assert raw.status == 200 and raw.body == b""
    assert fake.requests[-1].method == "HEAD" and fake.requests[-1].operation == "getCurrentUser"


def test_an_undeclared_method_on_a_known_path_is_405_with_allow(base_url: str, fake: FakeSimplyMeet) -> None:
    """What schemathesis's ``unsupported_method`` check expects, for every path of the spec."""
    for template in {route.template for route in fake.spec.routes}:
        path = re.sub(r"\{\w+\}", "1", template)
        allowed = {route.method for route in fake.spec.routes if route.template == template}
        allowed |= {"HEAD"} if "GET" in allowed else set()
        for method in sorted({"PUT", "PATCH", "DELETE", "POST", "GET", "OPTIONS", "TRACE"} - allowed):
            answer = exchange(base_url, request(method, path, keyed(fake)))
            assert answer.status == 405, (method, path, answer.raw)
            assert set(answer.headers["allow"].split(", ")) == allowed, (method, path)
            assert answer.headers["content-type"] == "application/json" and "message" in answer.json()
    assert exchange(base_url, request("OPTIONS", "/no/such/path")).status == 404


# ------------------------------------------------------------------------------------------ failures


def test_an_exception_in_a_handler_is_a_logged_500(
    fake: FakeSimplyMeet, base_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(args: dict[str, Any]) -> Any:
        raise RuntimeError("the handler broke")

    monkeypatch.setattr(fake, "_op_getCurrentUser", broken)
    with httpx.Client(base_url=base_url, headers={"X-API-KEY": fake.api_key}) as http:
        with caplog.at_level(logging.ERROR):
            answer = http.get("/panel/api/current-user")
        assert answer.status_code == 500 and answer.json()["message"]
        assert fake.api_key not in answer.text
        (record,) = [r for r in caplog.records if r.exc_info and r.exc_info[0] is RuntimeError]
        assert "getCurrentUser" in record.getMessage() or "/panel/api/current-user" in record.getMessage()
        monkeypatch.undo()
        assert http.get("/panel/api/current-user").status_code == 200  # the server is still there


def test_an_injected_disconnect_still_drops_the_connection(fake: FakeSimplyMeet, base_url: str) -> None:
    fake.fail_next("getCurrentUser", disconnect=True)
    answer = exchange(base_url, request("GET", "/panel/api/current-user", keyed(fake)))
    assert answer.status is None and answer.raw == b""
    assert exchange(base_url, request("GET", "/panel/api/current-user", keyed(fake))).status == 200


@pytest.mark.parametrize("times", [0, -1])
def test_fail_next_refuses_fewer_than_one_time(fake: FakeSimplyMeet, times: int) -> None:
    with pytest.raises(ValueError, match="times"):
        fake.fail_next("getCurrentUser", status=500, times=times)
    assert fake.client().users.current().email  # nothing was injected


def test_serve_without_uvicorn_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSimplyMeet(seed=1, events=5)
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(ImportError, match=r"pip install 'simplymeet-client\[sandbox\]'"), fake.serve():
        pass
    assert fake.client().users.current().email  # the in-process client needs no server


def test_serve_starts_and_stops_quickly() -> None:
    fake = FakeSimplyMeet(seed=1, events=5)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        with fake.serve() as url:
            assert httpx.get(f"{url}/panel/api/current-user", headers={"X-API-KEY": fake.api_key}).status_code == 200
        timings.append(time.perf_counter() - started)
    assert sorted(timings)[2] < 1.0, timings  # generous: measured figures are in the README


def server_end(client: socket.socket) -> socket.socket:
    """The server's socket of ``client``'s connection: the server runs in this process, so it is one of its objects."""
    ends = [
        sock
        for sock in gc.get_objects()
        if isinstance(sock, socket.socket)
        and sock.fileno() != -1
        and sock is not client
        and sock.getsockname() == client.getpeername()
        and _peer(sock) == client.getsockname()
    ]
    assert len(ends) == 1, ends
    return ends[0]


def _peer(sock: socket.socket) -> Any:
    try:
        return sock.getpeername()
    except OSError:  # the listening socket
        return None


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_the_server_sends_without_nagle_on_keep_alive_connections(fake: FakeSimplyMeet, host: str) -> None:
    """uvicorn writes the head and the body of an answer apart: with Nagle's algorithm on, the body of every answer
    after the first on a keep-alive connection waited for the client's delayed ACK (~40 ms a request)."""
    if host == "::1" and not socket.has_ipv6:
        pytest.skip("no IPv6")
    with fake.serve(host=host) as url, socket.create_connection((host, httpx.URL(url).port or 0), timeout=10) as sock:
        ask = f"GET /panel/api/current-user HTTP/1.1\r\nHost: sandbox\r\n{keyed(fake)}\r\n\r\n".encode()
        for _ in range(2):  # the second on the same connection
            sock.sendall(ask)
            raw = b""
            while not raw.endswith(b"}"):
                raw += sock.recv(65536)
            assert raw.startswith(b"HTTP/1.1 200 "), raw
        assert server_end(sock).getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


# -------------------------------------------------------------------------------------------- deliveries


class Slow:
    """A webhook receiver that takes ``seconds`` to answer; records what it received, in order."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = threading.Event()
        self.finished = threading.Event()
        self.bodies: list[bytes] = []

    def handler(self) -> type[BaseHTTPRequestHandler]:
        slow = self

        class Receiver(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                slow.bodies.append(body)
                slow.started.set()
                time.sleep(slow.seconds)
                slow.finished.set()
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Receiver


def test_a_slow_webhook_receiver_does_not_block_other_clients() -> None:
    fake = FakeSimplyMeet(seed=4)
    slow = Slow(3.0)
    with serving(slow.handler()) as receiver, fake.serve() as url:
        fake.add_webhook(f"{receiver}/hook", ["meetingCancelled"], SECRET)
        event_id = next(e["id"] for e in fake.events if e["state"] == "new")
        canceller = SimplyMeet(api_key=fake.api_key, base_url=url)
        cancelling = threading.Thread(target=canceller.events.cancel, args=(event_id,))
        cancelling.start()
        assert slow.started.wait(10)
        other = SimplyMeet(api_key=fake.api_key, base_url=url)
        assert other.users.current().email and other.events.get(event_id).state == "canceled"
        answered_before_delivery_finished = not slow.finished.is_set()
        cancelling.join(10)
        fake.wait_for_deliveries(timeout=10)
    assert answered_before_delivery_finished
    (delivery,) = fake.deliveries
    assert delivery.status == 204 and delivery.event == "meetingCancelled"


def test_deliveries_to_one_webhook_keep_their_order_under_concurrent_calls() -> None:
    fake = FakeSimplyMeet(seed=5)
    slow = Slow(0.05)
    with serving(slow.handler()) as receiver, fake.serve() as url:
        fake.add_webhook(f"{receiver}/hook", ["meetingCancelled"], SECRET)
        ids = [e["id"] for e in fake.events if e["state"] == "new"][:8]
        clients = [SimplyMeet(api_key=fake.api_key, base_url=url) for _ in ids]
        threads = [threading.Thread(target=c.events.cancel, args=(i,)) for c, i in zip(clients, ids, strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        fake.wait_for_deliveries(timeout=10)
    assert len(fake.deliveries) == len(ids) and all(d.status == 204 for d in fake.deliveries)
    assert slow.bodies == [d.body for d in fake.deliveries]  # received in the order they were recorded


def test_wait_for_deliveries_gives_up_after_its_timeout() -> None:
    fake = FakeSimplyMeet(seed=6)
    slow = Slow(1.5)
    with serving(slow.handler()) as receiver:
        fake.add_webhook(f"{receiver}/hook", ["meetingCancelled"], SECRET)
        event_id = next(e["id"] for e in fake.events if e["state"] == "new")
        cancelling = threading.Thread(target=fake.client().events.cancel, args=(event_id,))
        cancelling.start()
        assert slow.started.wait(10)
        with pytest.raises(TimeoutError, match="1 webhook delivery"):
            fake.wait_for_deliveries(timeout=0.1)
        fake.wait_for_deliveries(timeout=10)
        cancelling.join(10)
    assert fake.deliveries[0].status == 204


# ----------------------------------------------------------------------------------- the example receiver


@pytest.fixture
def receiver_url() -> Iterator[str]:
    server = webhook_receiver.serve(0, SECRET, lambda event, delivery: None)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize(
    ("headers", "statuses"),
    [
        (["Content-Length: -1"], {400}),
        (["Content-Length: abc"], {400}),
        (["Content-Length: "], {400}),
        (["Content-Length: 1", "Content-Length: 2"], {400}),
        ([], {411}),
        (["Transfer-Encoding: chunked"], {411}),
        ([f"Content-Length: {2 * 1024 * 1024}"], {413}),
        (["Content-Length: 99999999999999"], {413}),
    ],
)
def test_the_example_receivers_body_limit_holds_for_any_length(
    receiver_url: str, headers: list[str], statuses: set[int]
) -> None:
    answer = exchange(receiver_url, request("POST", "/hooks", *headers), shut_write=True)
    assert answer.status in statuses, answer.raw


# ------------------------------------------------------------------------------------------- hostile values


@pytest.mark.parametrize(
    ("target", "status", "field"),
    [
        ("/panel/api/event/" + "9" * 5000, 404, None),  # past int()'s 4300 digits: was a 500
        ("/panel/api/event/?onPage=1&page=" + "9" * 5000, 422, "page"),
        ("/panel/api/event/?filter%5Bids%5D%5B%5D=" + "9" * 5000, 422, "filter.ids[0]"),
        ("/panel/api/event/?page=%D9%A1", 422, "page"),  # ARABIC-INDIC DIGIT ONE is not 1 (int() reads it so)
        ("/panel/api/event/%D9%A1", 404, None),
    ],
)
def test_an_integer_too_long_or_not_ascii_is_refused_not_a_500(
    base_url: str, fake: FakeSimplyMeet, target: str, status: int, field: str | None
) -> None:
    answer = exchange(base_url, request("GET", target, keyed(fake)))
    assert answer.status == status, answer.raw[:300]
    if field is not None:
        assert field in answer.json()["errors"]


def test_a_duplicated_api_key_header_is_one_value_as_in_process(base_url: str, fake: FakeSimplyMeet) -> None:
    """Two ``X-API-KEY`` lines are one value joined with ``, `` (RFC 9110), as httpx gives it in-process: the right
    key beside a wrong one is not the key, whichever comes last."""
    for first, second in ((fake.api_key, "wrong"), ("wrong", fake.api_key)):
        target = "/panel/api/current-user"
        answer = exchange(base_url, request("GET", target, f"X-API-KEY: {first}", f"X-API-KEY: {second}"))
        in_process = fake.handle(
            httpx.Request("GET", "http://sandbox" + target, headers=[("X-API-KEY", first), ("X-API-KEY", second)])
        )
        assert (answer.status, in_process.status_code) == (401, 401)


@pytest.mark.parametrize(
    "body",
    [
        '{"ids":[1]}'.encode("utf-16"),
        '{"ids":[1]}'.encode("utf-16-le"),
        '{"ids":[1]}'.encode("utf-32"),
        b'\xef\xbb\xbf{"ids":[1]}',
        b'{"ids":[1],"\xff":1}',
    ],
    ids=["utf-16", "utf-16-le", "utf-32", "utf-8 bom", "invalid utf-8"],
)
def test_a_body_that_is_not_utf8_json_is_the_apis_422(base_url: str, fake: FakeSimplyMeet, body: bytes) -> None:
    """JSON between systems is UTF-8 without a BOM (RFC 8259 §8.1), and PHP's json_decode reads nothing else."""
    answer = exchange(
        base_url, request("PUT", "/panel/api/event/cancel-list", keyed(fake), f"Content-Length: {len(body)}", body=body)
    )
    assert answer.status == 422, answer.raw[:300]
    assert answer.json()["errors"] == {"body": ["The body is not valid JSON."]}
