"""The sandbox over real HTTP: a small ASGI app over :meth:`FakeSimplyMeet.respond`, served by uvicorn (h11).

HTTP/1.1 framing is the server's job, not ours: h11 reads ``Content-Length`` and chunked bodies, refuses an invalid
or conflicting length, and uvicorn answers a request it cannot parse with 400 instead of dropping the connection.
What stays here is what only the sandbox knows: the body limit (:data:`MAX_BODY`, refused with 413 before anything
is read), a JSON 500 (logged with its traceback) for an exception inside the fake, and the dropped connection an
injected ``fail_next(..., disconnect=True)`` asks for. uvicorn is the ``sandbox`` extra
(``pip install 'simplymeet-client[sandbox]'``); the in-process client (``fake.client()``) does not need it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping
from typing import Any

logger = logging.getLogger("simplymeet_runtime.sandbox")

MAX_BODY = 1024 * 1024
"""The largest request body the sandbox reads (1 MiB); a request to the API is a few KB."""

WORKERS = 32
"""Requests answered at once: each runs ``respond`` in a thread, which also POSTs the call's webhook deliveries."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Respond = Callable[[str, str, str, Mapping[str, str], bytes], tuple[int, dict[str, str], bytes]]

MISSING_EXTRA = "FakeSimplyMeet.serve() needs uvicorn: pip install 'simplymeet-client[sandbox]'"


class App:
    """The ASGI application: one HTTP request, one call of ``respond`` (in a worker thread: it blocks)."""

    def __init__(self, respond: Respond, disconnect: type[Exception], executor: concurrent.futures.Executor) -> None:
        self.respond, self.disconnect, self.executor = respond, disconnect, executor

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan is off; no websockets
            return
        method: str = scope["method"]
        path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
        lengths = {value for name, value in scope["headers"] if name == b"content-length"}
        try:  # h11 already refused an invalid or conflicting Content-Length with 400
            declared = max((int(value) for value in lengths), default=0)
        except ValueError:
            await self._answer(send, 400, {"message": "Invalid Content-Length."}, close=True)
            return
        if declared > MAX_BODY:
            await self._too_large(send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > MAX_BODY:  # a chunked body says its size only as it comes
                await self._too_large(send)
                return
            if not message.get("more_body", False):
                break
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:  # a repeated header is one value joined with ", ", as httpx reads it
            key = name.decode("latin-1")
            headers[key] = f"{headers[key]}, {value.decode('latin-1')}" if key in headers else value.decode("latin-1")
        query = scope["query_string"].decode("latin-1")
        try:
            status, answer_headers, content = await asyncio.get_running_loop().run_in_executor(
                self.executor, self.respond, method, path, query, headers, bytes(body)
            )
        except self.disconnect:
            await self._drop(send, receive)
            return
        except Exception as error:
            logger.exception("sandbox: %s %s raised %s; answered 500", method, path, type(error).__name__)
            failed = f"The sandbox failed on {method} {path} ({type(error).__name__}); its log has the traceback."
            await self._answer(send, 500, {"message": failed})
            return
        answer_headers.setdefault("Content-Length", str(len(content)))  # HEAD: respond() sets the GET's length
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in answer_headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": content})

    @staticmethod
    async def _answer(send: Send, status: int, value: Any, *, close: bool = False) -> None:
        content = json.dumps(value).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode())]
        if close:  # the rest of the body is not read: the connection cannot carry another request
            headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    async def _too_large(self, send: Send) -> None:
        message = f"The request body is larger than the sandbox's limit of {MAX_BODY} bytes."
        await self._answer(send, 413, {"message": message}, close=True)

    @staticmethod
    async def _drop(send: Send, receive: Receive) -> None:
        """Close the connection without an answer (an injected fault). ASGI has no message for that: close the
        transport of uvicorn's request cycle (``send`` is its bound method), then wait until uvicorn has seen it."""
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        if not isinstance(transport, asyncio.BaseTransport):  # not uvicorn's h11 cycle
            raise RuntimeError("this server gives no way to drop a connection")  # noqa: TRY004
        transport.close()
        while (await receive())["type"] != "http.disconnect":
            pass


@contextlib.contextmanager
def serve(respond: Respond, disconnect: type[Exception], host: str, port: int) -> Iterator[str]:
    """Serve ``respond`` with uvicorn on ``host:port`` (0: a free port) in a thread of its own until the block
    exits; yields the base URL. A port that cannot be bound raises ``OSError`` here, in the caller's thread."""
    try:
        import uvicorn
    except ImportError as error:
        raise ImportError(MISSING_EXTRA, name="uvicorn") from error

    class Server(uvicorn.Server):
        """uvicorn's server, woken at once to stop (its own loop only looks at ``should_exit`` every 0.1 s)."""

        ready: threading.Event
        wake: asyncio.Event
        loop: asyncio.AbstractEventLoop

        async def main_loop(self) -> None:
            self.wake, self.loop = asyncio.Event(), asyncio.get_running_loop()
            self.ready.set()
            counter = 0
            while not await self.on_tick(counter):  # the Date header, should_exit
                counter = (counter + 1) % 864000
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), 0.1)

        def stop(self) -> None:
            self.should_exit = True
            if self.ready.is_set():
                self.loop.call_soon_threadsafe(self.wake.set)

    # proto given: asyncio sets TCP_NODELAY only on a socket whose proto is IPPROTO_TCP, and an accepted socket has
    # its listener's. With Nagle's algorithm on, uvicorn's two writes of an answer (head, then body) made every
    # answer after the first on a keep-alive connection wait for the client's delayed ACK: ~40 ms a request.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as http.server: a port in TIME_WAIT is free
        listener.bind((host, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    executor = concurrent.futures.ThreadPoolExecutor(WORKERS, thread_name_prefix="sandbox")
    config = uvicorn.Config(
        App(respond, disconnect, executor),
        http="h11",
        loop="asyncio",
        ws="none",
        lifespan="off",
        interface="asgi3",
        log_config=None,  # the application's logging stays as it is
        access_log=False,
        proxy_headers=False,
        timeout_graceful_shutdown=5,
        timeout_keep_alive=75,  # an idle client connection is kept as long as nginx would (uvicorn: 5 s)
    )
    server = Server(config)
    server.ready = threading.Event()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="sandbox-http", daemon=True)
    try:
        thread.start()
        while not server.ready.wait(0.01):
            if not thread.is_alive():
                raise RuntimeError("the sandbox's HTTP server did not start (see the log)")
        name = f"[{host}]" if ":" in host else host
        yield f"http://{name}:{listener.getsockname()[1]}"
    finally:
        server.stop()
        thread.join()
        listener.close()
        executor.shutdown(wait=False, cancel_futures=True)
