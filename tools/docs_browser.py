"""The built docs site (dist/site) in headless Chromium, driven over the DevTools protocol (make docs-browser).

Serves the site on 127.0.0.1, loads the home page, a guide page and the API reference, and fails on a console error,
an uncaught exception, a failed or >= 400 request, or a link to a page of the site that does not answer 200; then
types a method name into the site's search and expects a result pointing at the reference. Screenshots of each page
and of the search go to dist/site-check/. Needs Debian's ``chromium`` (``apt-get install chromium``; .ci/run
installs it); without it, says so and exits 0 unless ``DOCS_BROWSER_REQUIRED=1`` (as CI sets it).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import http.server
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import websocket

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "dist" / "site"
SHOTS = ROOT / "dist" / "site-check"
PAGES = {"home": "index.html", "guide": "client.html", "reference": "reference/api.html"}
SEARCHED = "reschedule"
"""A method name (``events.reschedule``) the search must find in the API reference."""


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the browser dropping a connection it no longer needs (a broken pipe) is not the site's fault


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    server = Server(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class Browser:
    """One headless Chromium and one page in it, over the DevTools protocol (flattened session)."""

    def __init__(self, executable: str, profile: Path) -> None:
        self.process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--no-sandbox",  # CI runs as root
                "--disable-gpu",
                "--no-first-run",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "--window-size=1280,900",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (active.exists() and len(active.read_text().split()) == 2):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.1)
        port, path = active.read_text().split()
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=30, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        message_id = next(self.ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        self.ws.settimeout(60)
        while True:
            answer = json.loads(self.ws.recv())
            if answer.get("id") == message_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            self.events.append(answer)

    def wait_for(self, method: str, seconds: float = 30) -> None:
        if any(e.get("method") == method for e in self.events):
            return
        self.ws.settimeout(seconds)
        while True:
            event = json.loads(self.ws.recv())
            self.events.append(event)
            if event.get("method") == method:
                return

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def open(self, url: str) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")
        time.sleep(0.5)  # the theme's scripts settle (search worker, instant loading)
        self.drain()

    def drain(self) -> None:
        self.ws.settimeout(0.2)
        with contextlib.suppress(websocket.WebSocketTimeoutException):
            while True:
                self.events.append(json.loads(self.ws.recv()))

    def screenshot(self, out: Path) -> None:
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        out.write_bytes(base64.b64decode(data))

    def problems(self) -> list[str]:
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                found.append("exception: " + params["exceptionDetails"].get("text", ""))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                found.append(f"log: {params['entry']['text']} {params['entry'].get('url', '')}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"request failed: {params.get('errorText')}")
            elif method == "Network.responseReceived" and params["response"]["status"] >= 400:
                found.append(f"HTTP {params['response']['status']}: {params['response']['url']}")
        return found

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def broken_links(browser: Browser, base: str) -> list[str]:
    hrefs: list[str] = browser.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)") or []
    broken = []
    for href in sorted({h.split("#")[0] for h in hrefs if h.startswith(base)}):
        try:
            with urllib.request.urlopen(href, timeout=10) as response:  # our own loopback server
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        if status != 200:
            broken.append(f"{status}: {href}")
    return broken


def check(site: Path = SITE, shots: Path = SHOTS) -> list[str]:
    executable = chromium()
    if executable is None:
        raise FileNotFoundError("chromium")
    shots.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    with serving(site) as base, tempfile.TemporaryDirectory() as profile:
        browser = Browser(executable, Path(profile))
        try:
            for name, page in PAGES.items():
                browser.open(base + page)
                browser.screenshot(shots / f"{name}.png")
                title = browser.evaluate("document.title")
                failures += [f"{page}: {p}" for p in browser.problems()]
                failures += [f"{page}: broken link {b}" for b in broken_links(browser, base)]
                if not title:
                    failures.append(f"{page}: no title")
                print(f"{page}: {title!r}, screenshot {shots.relative_to(ROOT) / (name + '.png')}")
            browser.open(base + "index.html?q=" + urllib.parse.quote(SEARCHED))
            deadline, hits = time.monotonic() + 20, list[str]()
            while time.monotonic() < deadline and not hits:
                hits = (
                    browser.evaluate("[...document.querySelectorAll('.md-search-result__item a')].map(a => a.href)")
                    or []
                )
                time.sleep(0.25)
            browser.screenshot(shots / "search.png")
            if not any("reference/api.html" in h for h in hits):
                failures.append(f"search for {SEARCHED!r}: no result in the API reference ({len(hits)} results)")
            else:
                print(f"search {SEARCHED!r}: {len(hits)} results, the API reference among them")
            failures += [f"search: {p}" for p in browser.problems()]
        finally:
            browser.close()
    return failures


def main() -> int:
    started = time.monotonic()
    try:
        failures = check()
    except FileNotFoundError:
        print("skipped: no chromium on PATH (apt-get install chromium; .ci/run installs it)", file=sys.stderr)
        return 1 if os.environ.get("DOCS_BROWSER_REQUIRED") == "1" else 0
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"browser check: {'FAILED' if failures else 'ok'} in {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
