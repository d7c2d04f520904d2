"""`make bench`: the client against its baselines, side by side, in one run.

    python bench/run.py                 # full sizes; writes bench/results.json and bench/results.png
    python bench/run.py --smoke --out DIR   # tiny sizes (the smoke test in `make test`)

1. Parse a realistic 100-event page into models: this client's shipped path and its exact path vs `json.loads`
   and `orjson.loads` alone, msgspec Structs (the practical limit), pydantic v2 (with and without e-mail
   validation) and stock openapi-python-client output, all generated now from the same spec into a temp dir,
   not committed. Each parser runs in its own process (the generated packages share a name), three rounds
   interleaved; the best of each is reported.
2. List 10 000 events (100 pages of 100) from a server in another process adding 50 ms per request: a naive
   sequential raw-httpx loop, the sync iterator, the async iterator at concurrency 1, 2, 4, 8, and httpx alone
   without parsing at 4 and 8 (the practical limit); each against the round-trip floor, with the client's CPU
   and GC per page.
3. 100 sequential calls through one client: TCP connections the server accepted.
4. `make generate` wall time and the cold `import simplymeet_client` time (`python -X importtime`, best of 3).
5. `make drift` over a 500-entry HAR, and one page.
6. Peak RSS (VmHWM) of a fresh process listing 10 000, 30 000 and 60 000 events, sync and async.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import json
import math
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "runtime"), str(ROOT)]

import httpx

from simplymeet_client import AuthenticatedClient
from simplymeet_client.api.meeting import list_events
from tests.paging import build_page
from tools import SPEC
from tools.generate import render

FIXTURE = json.loads((ROOT / "tests" / "fixtures" / "listEvents.json").read_text())


def event_page(page: int, per_page: int, pages: int) -> dict[str, Any]:
    return build_page(FIXTURE["items"], page, per_page, pages * per_page)


# ------------------------------------------------------------------------------------------------ 1. parse

PARSERS = {
    "json.loads": "lambda raw: json.loads(raw)",
    "orjson.loads": "lambda raw: orjson.loads(raw)",
    # The shipped call path of every operation once the body is in: endpoint.parse (GC held, drift collected)
    # around load_model (msgspec for a body that matches the spec exactly, else the exact path).
    "this client": 'lambda raw: endpoint.parse(lambda: load_model(EventListDTO, raw), RESPONSE, "listEvents", False)',
    # The exact path, which reads every body that differs from the spec: load_json (msgspec's untyped decode), from_dict.
    "this client, exact path": "lambda raw: EventListDTO.from_dict(load_json(raw))",
    "this client, exact path (json.loads)": "lambda raw: EventListDTO.from_dict(json.loads(raw))",
    "stock openapi-python-client": "lambda raw: EventListDTO.from_dict(json.loads(raw))",
    "msgspec (Structs from the spec)": "lambda raw: decoder.decode(raw)",
    "pydantic v2 (model_validate_json)": "lambda raw: sm_models.EventListDTO.model_validate_json(raw)",
    "pydantic v2, e-mails as str": "lambda raw: sm_models.EventListDTO.model_validate_json(raw)",
}
ROUNDS = 3
# CPU time of the parsing thread (best of runs): on a shared machine wall time also counts the other processes.
TIMER = """
import json, sys, time
sys.path[:0] = {paths!r}
{imports}
raw = open({page!r}, "rb").read()
parse = {parser}
parse(raw)
best = min(
    (lambda t: (parse(raw), time.thread_time() - t)[1])(time.thread_time()) for _ in range({repeat})
)
print(best)
"""

# Other bodies, each parsed by this client's shipped path and by msgspec Structs from the spec, on the same bytes in
# the same run: (the body's file in the work dir, the model, the Struct).
BODIES = {
    "drifting page (one undeclared key per event)": ("drifting.json", "EventListDTO", "EventListDTO"),
    "page with optional keys absent": ("optional-absent.json", "EventListDTO", "EventListDTO"),
    "webhook delivery": ("delivery.json", "WebhookDelivery", "WebhookDelivery"),
    "HAL meeting-types page (100 items)": ("meeting-types.json", "MeetingTypeList", "MeetingTypeList"),
}
CLIENT_PARSER = 'lambda raw: endpoint.parse(lambda: load_model({model}, raw), RESPONSE, "op", False)'
WEBHOOK_PARSER = "lambda raw: webhooks.parse(raw, insecure_skip_verification=True)"
MSGSPEC_PARSER = "lambda raw: decoder.decode(raw)"


def without_optional(value: Any, cls: Any) -> Any:
    """``value`` (a body of model ``cls``) without the properties its schemas do not require, at every level."""
    import typing

    import attrs

    if isinstance(value, list):
        return [without_optional(item, cls) for item in value]
    if not isinstance(value, dict) or not hasattr(cls, "_WIRE_NAMES"):
        return value
    hints = typing.get_type_hints(cls)
    kept = {}
    for python_name, key in cls._WIRE_NAMES.items():
        if key in value and key in cls._REQUIRED:
            inner = [arg for arg in _leaves(hints[python_name]) if isinstance(arg, type) and attrs.has(arg)]
            kept[key] = without_optional(value[key], inner[0]) if inner else value[key]
    return kept


def _leaves(hint: Any) -> list[Any]:
    import typing

    args = typing.get_args(hint)
    return [hint] if not args else [leaf for arg in args for leaf in _leaves(arg)]


def write_bodies(work: Path, per_page: int) -> None:
    """The bodies of BODIES, in ``work``."""
    from simplymeet_client.models import EventListDTO

    page = event_page(1, per_page, 1)
    drifting = json.loads(json.dumps(page))
    for event in drifting["items"]:
        event["videoProvider"] = "zoom"
    (work / "drifting.json").write_text(json.dumps(drifting))
    (work / "optional-absent.json").write_text(json.dumps(without_optional(page, EventListDTO)))
    spec = json.loads((ROOT / "generated" / "simplymeet_client" / "openapi.json").read_text())
    delivery = spec["webhooks"]["meetingScheduled"]["post"]["requestBody"]["content"]["application/json"]["example"]
    (work / "delivery.json").write_text(json.dumps(delivery))
    hal = json.loads((ROOT / "tests" / "fixtures" / "listMeetingTypes.json").read_text())
    first = hal["_embedded"]["items"][0]
    hal["_embedded"]["items"] = [{**first, "uuid": f"{n:08x}-3b5f-4a60-8e9d-7c2b1f0e4d35"} for n in range(per_page)]
    hal["total"] = hal["limit"] = per_page
    (work / "meeting-types.json").write_text(json.dumps(hal))


def datamodel_codegen(directory: Path, module: str, model_type: str) -> Path:
    """``directory`` holding ``module``: datamodel-code-generator's ``model_type`` models of the spec."""
    directory.mkdir()
    subprocess.run(
        [str(BIN / "datamodel-codegen"), "--input", str(SPEC), "--input-file-type", "openapi",
         "--output", str(directory / module), "--output-model-type", model_type,
         "--target-python-version", "3.11", "--formatters", "ruff-format"],
        check=True, capture_output=True,
    )  # fmt: skip
    return directory


def bench_parse(work: Path, repeat: int, per_page: int) -> dict[str, Any]:
    page_file = work / "page.json"
    page_file.write_bytes(json.dumps(event_page(1, per_page, 1)).encode())
    stock = work / "stock"
    stock.mkdir()
    subprocess.run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(SPEC),
         "--meta", "none", "--output-path", str(stock / "simplymeet_client")],
        check=True, cwd=stock, capture_output=True,
    )  # fmt: skip
    pydantic_dir = datamodel_codegen(work / "pydantic", "sm_models.py", "pydantic_v2.BaseModel")
    # The same pydantic models with `format: email` as plain str: what the client checks, no more.
    plain_dir = work / "pydantic_plain"
    plain_dir.mkdir()
    models = (pydantic_dir / "sm_models.py").read_text()
    (plain_dir / "sm_models.py").write_text(models.replace("    EmailStr,\n", "").replace("EmailStr", "str"))
    msgspec_dir = datamodel_codegen(work / "msgspec", "sm_structs.py", "msgspec.Struct")
    ours = [str(ROOT / "generated"), str(ROOT / "runtime")]
    client_imports = (
        "from simplymeet_client.models import EventListDTO\n"
        "import httpx\nRESPONSE = httpx.Response(200)\n"
        "from simplymeet_runtime import endpoint\nfrom simplymeet_runtime.mirror import load_model\n"
        "from simplymeet_runtime.wire import load_json"
    )
    setups = {
        "json.loads": ([], ""),
        "orjson.loads": ([], "import orjson"),
        "this client": (ours, client_imports),
        "this client, exact path": (ours, client_imports),
        "this client, exact path (json.loads)": (ours, client_imports),
        "stock openapi-python-client": ([str(stock)], "from simplymeet_client.models import EventListDTO"),
        "msgspec (Structs from the spec)": ([str(msgspec_dir)], "import msgspec, sm_structs\ndecoder = msgspec.json.Decoder(sm_structs.EventListDTO)"),
        "pydantic v2 (model_validate_json)": ([str(pydantic_dir)], "import sm_models"),
        "pydantic v2, e-mails as str": ([str(plain_dir)], "import sm_models"),
    }  # fmt: skip
    # Rounds interleave the parsers, each in a fresh process, and keep each one's best: a shared VM's speed drifts
    # over a run, and one parser timed in a slow stretch would otherwise skew every ratio.
    seconds: dict[str, float] = {}
    for _ in range(ROUNDS):
        for name, (paths, imports) in setups.items():
            code = TIMER.format(paths=paths, imports=imports, page=str(page_file), parser=PARSERS[name], repeat=repeat)
            out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
            seconds[name] = min(float(out.strip()), seconds.get(name, float("inf")))
    write_bodies(work, per_page)
    body_seconds: dict[str, dict[str, float]] = {name: {} for name in BODIES}
    for _ in range(ROUNDS):
        for name, (file, model, struct) in BODIES.items():
            body_imports: dict[str, tuple[list[str], str]] = {
                "this client": (ours, client_imports.replace("EventListDTO", model) + "\nfrom simplymeet_client import webhooks"),
                "msgspec": ([str(msgspec_dir)], f"import msgspec, sm_structs\ndecoder = msgspec.json.Decoder(sm_structs.{struct})"),
            }  # fmt: skip
            for parser_name, (paths, imported) in body_imports.items():
                parser = MSGSPEC_PARSER if parser_name == "msgspec" else CLIENT_PARSER.format(model=model)
                if parser_name == "this client" and name == "webhook delivery":
                    parser = WEBHOOK_PARSER  # the generated webhooks.parse (signature check skipped)
                code = TIMER.format(paths=paths, imports=imported, page=str(work / file), parser=parser, repeat=repeat)
                out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
                known = body_seconds[name].get(parser_name, float("inf"))
                body_seconds[name][parser_name] = min(float(out.strip()), known)
    pyd = seconds["pydantic v2 (model_validate_json)"]
    return {
        "bodies": {
            name: {
                "bytes": (work / BODIES[name][0]).stat().st_size,
                "ms": {parser: s * 1e3 for parser, s in timed.items()},
                "ratio_to_msgspec": timed["this client"] / timed["msgspec"],
            }
            for name, timed in body_seconds.items()
        },
        "page_bytes": page_file.stat().st_size,
        "events": per_page,
        "us_per_event": {name: s / per_page * 1e6 for name, s in seconds.items()},
        "ms_per_page": {name: s * 1e3 for name, s in seconds.items()},
        "ratio_to_pydantic": {name: s / pyd for name, s in seconds.items()},
        "ratio_to_msgspec": {name: s / seconds["msgspec (Structs from the spec)"] for name, s in seconds.items()},
        "speedup_vs_stock": seconds["stock openapi-python-client"] / seconds["this client"],
    }


# ------------------------------------------------------------------------------------------ 2./3. listing


class PagesServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # a real listen backlog: with the default 5, concurrency 16 runs are erratic

    def __init__(self, pages: int, per_page: int, latency: float) -> None:
        self.pages = {n: json.dumps(event_page(n, per_page, pages)).encode() for n in range(1, pages + 1)}
        self.latency = latency
        self.connections = 0
        super().__init__(("127.0.0.1", 0), PageHandler)

    def get_request(self) -> tuple[Any, Any]:
        self.connections += 1  # one accept() per TCP connection
        return super().get_request()


class PageHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real API server
    server: PagesServer

    def do_GET(self) -> None:
        time.sleep(self.server.latency)
        query = parse_qs(urlsplit(self.path).query)
        body = self.server.pages.get(int(query.get("page", ["1"])[0]), b'{"meta":{},"items":[]}')
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(pages: int, per_page: int, latency: float) -> Iterator[PagesServer]:
    """The server in this process (for counting connections; it competes with the client for the GIL)."""
    server = PagesServer(pages, per_page, latency)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serving_elsewhere(pages: int, per_page: int, latency: float) -> Iterator[str]:
    """The server in its own process, so timing the client measures the client, not a shared GIL."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", f"{pages},{per_page},{latency}"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def url_of(server: socketserver.TCPServer) -> str:
    host, port = server.server_address[0], server.server_address[1]
    return f"http://{host!s}:{port}"


def serve_forever(spec: str) -> None:
    pages, per_page, latency = spec.split(",")
    server = PagesServer(int(pages), int(per_page), float(latency))
    print(url_of(server), flush=True)
    server.serve_forever()


def timed(action: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = action()
    return time.perf_counter() - start, count


class CpuMeter:
    """This process's CPU time over a run (all threads: the pages are served by another process), and the part
    the cyclic garbage collector took (timed by gc.callbacks)."""

    def __init__(self) -> None:
        self.gc_seconds = 0.0
        self._gc_start = 0.0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.gc_seconds += time.perf_counter() - self._gc_start

    def run(self, action: Callable[[], int]) -> tuple[float, int, float, float]:
        """Wall seconds, the action's count, CPU seconds, GC seconds."""
        self.gc_seconds = 0.0
        gc.callbacks.append(self._on_gc)
        cpu = time.process_time()
        try:
            seconds, count = timed(action)
        finally:
            gc.callbacks.remove(self._on_gc)
        return seconds, count, time.process_time() - cpu, self.gc_seconds


def _concurrency(run: str) -> int:
    """Requests in flight of a listing run (1 for the sequential ones)."""
    return int(run.rsplit(" ", 1)[1]) if "concurrency" in run else 1


def bench_listing(pages: int, per_page: int, latency: float) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with serving_elsewhere(pages, per_page, latency) as base:

        def naive() -> int:
            count, page = 0, 1
            with httpx.Client(base_url=base) as http:
                while True:
                    body = http.get("/panel/api/event/", params={"page": page, "onPage": per_page}).json()
                    count += len(body["items"])
                    if page >= body["meta"]["pagesCount"]:
                        return count
                    page += 1

        def client() -> AuthenticatedClient:
            return AuthenticatedClient(base_url=base, token="bench", retry=None)

        def sync_iterator() -> int:
            with client() as c:
                return sum(1 for _ in list_events.iterate(client=c, on_page=per_page))

        def async_iterator(concurrency: int) -> int:
            async def run() -> int:
                count = 0  # items are counted and dropped, as in the other runs
                async with client() as c:
                    async for _ in list_events.aiterate(client=c, on_page=per_page, concurrency=concurrency):
                        count += 1
                return count

            return asyncio.run(run())

        def bytes_only(concurrency: int) -> int:
            """The practical limit of the transport: httpx.AsyncClient fetching the pages, no parsing at all."""

            async def run() -> int:
                gate = asyncio.Semaphore(concurrency)
                async with httpx.AsyncClient(base_url=base) as http:

                    async def one(page: int) -> int:
                        async with gate:
                            response = await http.get("/panel/api/event/", params={"page": page, "onPage": per_page})
                            return per_page if response.content else 0

                    return sum(await asyncio.gather(*(one(page) for page in range(1, pages + 1))))

            return asyncio.run(run())

        runs: dict[str, Callable[[], int]] = {"naive raw-httpx loop": naive, "sync iterator": sync_iterator}
        for concurrency in (1, 2, 4, 8):
            runs[f"async iterator, concurrency {concurrency}"] = functools.partial(async_iterator, concurrency)
        for concurrency in (4, 8):
            runs[f"httpx only, no parsing, concurrency {concurrency}"] = functools.partial(bytes_only, concurrency)
        cpu_ms: dict[str, float] = {}
        gc_ms: dict[str, float] = {}
        meter = CpuMeter()
        for name, action in runs.items():
            seconds, count, cpu, gc_seconds = meter.run(action)
            assert count == pages * per_page, (name, count)
            results[name] = seconds
            cpu_ms[name], gc_ms[name] = cpu / pages * 1e3, gc_seconds / pages * 1e3
    naive_seconds = results["naive raw-httpx loop"]
    floors = {name: latency * (1 + math.ceil((pages - 1) / _concurrency(name))) for name in results}
    return {
        "floor_seconds": floors,
        "ratio_to_floor": {name: results[name] / floors[name] for name in results},
        "pages": pages,
        "per_page": per_page,
        "latency_ms": latency * 1000,
        "seconds": results,
        "client_cpu_ms_per_page": cpu_ms,
        "client_gc_ms_per_page": gc_ms,
        "speedup_vs_naive": {name: naive_seconds / s for name, s in results.items()},
    }


MEMORY = """
import asyncio, sys
sys.path[:0] = {paths!r}
from simplymeet_client import AuthenticatedClient
from simplymeet_client.api.meeting import list_events

def client():
    return AuthenticatedClient(base_url={base!r}, token="bench", retry=None)

async def run() -> int:
    count = 0
    async with client() as c:
        async for _ in list_events.aiterate(client=c, on_page={per_page}, concurrency={concurrency}):
            count += 1
    return count

if {concurrency}:
    count = asyncio.run(run())
else:
    with client() as c:
        count = sum(1 for _ in list_events.iterate(client=c, on_page={per_page}))
# VmHWM: the peak RSS of this program's memory since exec (ru_maxrss would also count the forking parent's).
print(count, next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""
MEMORY_RUNS = {"sync iterator": 0, "async iterator, concurrency 8": 8}


def bench_memory(page_counts: tuple[int, ...], per_page: int) -> dict[str, Any]:
    """Peak RSS of a fresh process that lists every event, for listings of different lengths: it levels off
    instead of growing with the events listed (each page is dropped as the consumer moves on)."""
    peak_mib: dict[str, dict[str, float]] = {name: {} for name in MEMORY_RUNS}
    for pages in page_counts:
        with serving_elsewhere(pages, per_page, 0.005) as base:
            for name, concurrency in MEMORY_RUNS.items():
                paths = [str(ROOT / "generated"), str(ROOT / "runtime")]
                code = MEMORY.format(paths=paths, base=base, per_page=per_page, concurrency=concurrency)
                out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
                count, max_rss_kib = (int(value) for value in out.split())
                assert count == pages * per_page, (name, pages, count)
                peak_mib[name][str(count)] = max_rss_kib / 1024
    return {"events_listed": [pages * per_page for pages in page_counts], "peak_rss_mib": peak_mib}


def bench_connections(calls: int) -> dict[str, Any]:
    with serving(1, 1, 0.0) as server:
        with AuthenticatedClient(base_url=url_of(server), token="bench", retry=None) as c:
            for _ in range(calls):
                list_events.sync(client=c, page=1, on_page=1)
        return {"calls": calls, "tcp_connections": server.connections}


# ------------------------------------------------------------------------------------ 4. generate, import


def bench_generate_and_import(work: Path) -> dict[str, Any]:
    start = time.perf_counter()
    (work / "gen").mkdir()
    render(work / "gen")
    generate_seconds = time.perf_counter() - start
    import_us = []
    for _ in range(ROUNDS):  # best of a few fresh processes: one cold start is at the mercy of the machine
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import simplymeet_client"],
            capture_output=True, text=True, check=True,
            env={"PYTHONPATH": f"{ROOT / 'generated'}:{ROOT / 'runtime'}", "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        lines = out.stderr.splitlines()
        import_us += [int(line.split("|")[1]) for line in lines if line.rstrip().endswith("| simplymeet_client")]
    return {"generate_seconds": generate_seconds, "import_ms": min(import_us) / 1000}


# ------------------------------------------------------------------------------------------ 7. CLI startup


CLI_RUNS = {
    "python -c pass (the floor)": ["-c", "pass"],
    "python -c 'import click' (the CLI's library)": ["-c", "import click"],
    "simplymeet --help": ["-m", "simplymeet_runtime.command", "--help"],
    "simplymeet events list --help": ["-m", "simplymeet_runtime.command", "events", "list", "--help"],
    "python -m simplymeet_client --help": ["-m", "simplymeet_client", "--help"],
}


def bench_cli_startup(rounds: int) -> dict[str, Any]:
    """Wall time of fresh processes, best of ``rounds``, interleaved, beside the interpreter's own start."""
    env = {"PYTHONPATH": f"{ROOT / 'generated'}:{ROOT / 'runtime'}", "PATH": "/usr/bin:/bin", "COLUMNS": "100"}
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, args in CLI_RUNS.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, *args], capture_output=True, check=True, env=env)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    return {"ms": {name: seconds * 1000 for name, seconds in best.items()}}


# ------------------------------------------------------------------------------------------ 5. drift report


def bench_drift(work: Path, entries: int, per_page: int) -> dict[str, Any]:
    """``python -m tools.drift`` on a HAR of a web-panel session, and on one large event page."""
    from tests.test_drift_tool import har, har_entry, realistic_har_entries
    from tools import drift

    spec = drift.Spec.load()
    session = work / "session.har"
    session.write_text(json.dumps(har(realistic_har_entries(entries))))
    start = time.perf_counter()
    findings, responses = drift.run(session, spec)
    session_seconds = time.perf_counter() - start
    big = work / "big-page.har"
    url = "https://secure.simplymeet.me/panel/api/event/"
    big.write_text(json.dumps(har([har_entry("GET", url, 200, event_page(1, per_page, 1))])))
    start = time.perf_counter()
    drift.run(big, spec)
    return {
        "har_entries": responses,
        "har_bytes": session.stat().st_size,
        "har_seconds": session_seconds,
        "har_findings": len(findings),
        "page_events": per_page,
        "page_ms": (time.perf_counter() - start) * 1e3,
    }


# ------------------------------------------------------------------------------------------------- report


def chart(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5))
    parse = results["parse"]["us_per_event"]
    left.barh(list(parse), list(parse.values()), color=["#999", "#2a7", "#c55", "#57c"])
    left.set_xlabel("µs per event (lower is better)")
    left.set_title(f"Parse a {results['parse']['events']}-event page")
    listing = results["listing"]["speedup_vs_naive"]
    right.barh(list(listing), list(listing.values()), color="#2a7")
    right.axvline(1.0, color="#999")
    right.set_xlabel("speed-up vs naive sequential loop (higher is better)")
    right.set_title(
        f"List {results['listing']['pages'] * results['listing']['per_page']} events, "
        f"{results['listing']['latency_ms']:.0f} ms latency"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def table(results: dict[str, Any]) -> str:
    parse, listing = results["parse"], results["listing"]
    lines = [f"1. Parse one page of {parse['events']} events ({parse['page_bytes']:,} bytes), best of runs:"]
    lines.append(f"   {'parser':<36}{'ms/page':>10}{'µs/event':>10}{'× msgspec':>11}{'× pydantic':>12}")
    for name in parse["us_per_event"]:
        lines.append(
            f"   {name:<36}{parse['ms_per_page'][name]:>10.2f}{parse['us_per_event'][name]:>10.1f}"
            f"{parse['ratio_to_msgspec'][name]:>11.2f}{parse['ratio_to_pydantic'][name]:>12.2f}"
        )
    lines.append(f"   this client is {parse['speedup_vs_stock']:.2f}× faster than stock openapi-python-client output")
    lines.append(
        f"   {'other bodies (this client vs msgspec, same bytes)':<52}{'client ms':>10}{'msgspec ms':>11}{'×':>7}"
    )
    for name, row in parse["bodies"].items():
        lines.append(
            f"   {name:<52}{row['ms']['this client']:>10.3f}{row['ms']['msgspec']:>11.3f}{row['ratio_to_msgspec']:>7.2f}"
        )
    lines.append(
        f"2. List {listing['pages'] * listing['per_page']:,} events ({listing['pages']} pages of "
        f"{listing['per_page']}), {listing['latency_ms']:.0f} ms added per request:"
    )
    lines.append(
        f"   {'run':<36}{'seconds':>10}{'speed-up':>10}{'floor s':>9}{'× floor':>9}{'CPU ms/page':>13}{'(GC)':>7}"
    )
    for name, seconds in listing["seconds"].items():
        lines.append(
            f"   {name:<36}{seconds:>10.2f}{listing['speedup_vs_naive'][name]:>9.2f}×"
            f"{listing['floor_seconds'][name]:>9.2f}{listing['ratio_to_floor'][name]:>9.2f}"
            f"{listing['client_cpu_ms_per_page'][name]:>13.2f}{listing['client_gc_ms_per_page'][name]:>7.2f}"
        )
    conn = results["connections"]
    lines.append(f"3. {conn['calls']} sequential calls through one client: {conn['tcp_connections']} TCP connection(s)")
    gen = results["generate_import"]
    lines.append(
        f"4. make generate: {gen['generate_seconds']:.2f} s; cold `import simplymeet_client`: {gen['import_ms']:.1f} ms"
    )
    found = results["drift"]
    lines.append(
        f"5. make drift: a {found['har_entries']}-entry HAR ({found['har_bytes']:,} bytes) in "
        f"{found['har_seconds']:.2f} s ({found['har_findings']} findings); one {found['page_events']}-event page "
        f"in {found['page_ms']:.1f} ms"
    )
    lines.append("6. Peak RSS of a fresh process listing every event:")
    for name, peaks in results["memory"]["peak_rss_mib"].items():
        lines.append(
            f"   {name:<36}" + " · ".join(f"{int(events):,} events {mib:.0f} MiB" for events, mib in peaks.items())
        )
    lines.append("7. CLI start-up, fresh processes, best of runs (the console script runs simplymeet_runtime.command):")
    for name, ms in results["cli_startup"]["ms"].items():
        lines.append(f"   {name:<48}{ms:>8.0f} ms")
    return "\n".join(lines)


README_START = "<!-- bench: parse ratios (written by `make bench` from bench/results.json) -->"
README_END = "<!-- /bench -->"


def readme_block(results: dict[str, Any]) -> str:
    """The README's table of parse ratios, from a run's results (``make bench`` writes it; a test checks it)."""
    parse, listing = results["parse"], results["listing"]
    ratios = parse["ratio_to_msgspec"]
    rows = [
        "| body (this client's shipped path vs msgspec Structs, same bytes, same run) | × msgspec |",
        "| --- | --- |",
        f"| {parse['events']}-event page matching the spec exactly | {ratios['this client']:.2f}× |",
    ]
    rows += [f"| {name} | {row['ratio_to_msgspec']:.2f}× |" for name, row in parse["bodies"].items()]
    runs = [f"async iterator, concurrency {c}" for c in (4, 8)]
    floor = listing["ratio_to_floor"]
    rows.append(
        "| listing, × the floor (httpx alone, no parsing) | "
        + " · ".join(
            f"c={c} {floor[run]:.2f}× ({floor[f'httpx only, no parsing, concurrency {c}']:.2f}×), "
            f"{listing['client_cpu_ms_per_page'][run]:.1f} ms CPU per page, {listing['client_gc_ms_per_page'][run]:.1f} GC"
            for c, run in zip((4, 8), runs, strict=True)
        )
        + " |"
    )
    return "\n".join([README_START, *rows, README_END])


def write_readme(results: dict[str, Any]) -> None:
    readme = ROOT / "docs" / "performance.md"
    text = readme.read_text()
    start, end = text.index(README_START), text.index(README_END) + len(README_END)
    readme.write_text(text[:start] + readme_block(results) + text[end:])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for the test suite")
    parser.add_argument("--out", type=Path, default=ROOT / "bench")
    parser.add_argument("--serve", help=argparse.SUPPRESS)  # internal: run the page server (pages,per_page,latency)
    args = parser.parse_args(argv)
    if args.serve:
        serve_forever(args.serve)
    counts = {"repeat": 3, "per_page": 5, "pages": 3, "calls": 5} if args.smoke else {
        "repeat": 30, "per_page": 100, "pages": 100, "calls": 100
    }  # fmt: skip
    latency = 0.005 if args.smoke else 0.05
    sizes: dict[str, float] = {**counts, "latency": latency}
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        results = {
            "sizes": sizes,
            "python": sys.version.split()[0],
            "parse": bench_parse(work, counts["repeat"], counts["per_page"]),
            "listing": bench_listing(counts["pages"], counts["per_page"], latency),
            "connections": bench_connections(counts["calls"]),
            "generate_import": bench_generate_and_import(work),
            "drift": bench_drift(work, 20 if args.smoke else 500, counts["per_page"]),
            "memory": bench_memory((3, 9) if args.smoke else (100, 300, 600), counts["per_page"]),
            "cli_startup": bench_cli_startup(2 if args.smoke else 5),
        }
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    chart(results, args.out / "results.png")
    if args.out.resolve() == (ROOT / "bench").resolve():
        write_readme(results)  # the committed run: its ratios go into the README
    print(table(results))
    return results


if __name__ == "__main__":
    main()
