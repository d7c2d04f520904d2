"""``python -m simplymeet_runtime.sandbox`` (``make sandbox`` in a checkout): the stateful fake of the API
(``simplymeet_client.testing``) over HTTP until Ctrl-C; needs the ``sandbox`` extra (uvicorn).

    python -m simplymeet_runtime.sandbox [--port 4010] [--seed 0]

Unlike ``make mock`` (Prism: the spec's examples, every request validated, no state), the sandbox remembers:
an event cancelled reads back cancelled, pages are real pages, and webhooks to 127.0.0.1 are delivered. Its key is
printed once at start. A busy port exits 1 with one line. The server is uvicorn (h11), as in
``FakeSimplyMeet.serve()``; warnings (a request it could not parse) and the traceback of a 500 go to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import threading

PACKAGE = "simplymeet_client"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simplymeet_runtime.sandbox", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="sandbox: %(levelname)s %(name)s: %(message)s")
    fake = importlib.import_module(f"{PACKAGE}.testing").FakeSimplyMeet(seed=args.seed)
    try:
        serving = fake.serve(port=args.port)
        url = serving.__enter__()
    except ImportError as exc:  # no uvicorn: the message names the extra
        print(f"sandbox: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"sandbox: cannot listen on 127.0.0.1:{args.port} ({exc.strerror}); pick another with PORT=",
            file=sys.stderr,
        )
        return 1
    print(f"SimplyMeet sandbox on {url} ({len(fake.events)} events, seed {args.seed}); Ctrl-C stops it.")
    print(f"  export SIMPLYMEET_BASE_URL={url}")
    print(f"  export SIMPLYMEET_API_KEY={fake.api_key}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("\nsandbox stopped")
    finally:
        serving.__exit__(None, None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
