"""Hand-written runtime of simplymeet-client.

The generated package ``simplymeet_client`` (under ``generated/``) is rebuilt from the spec by
``make generate``; the few behaviours that are not derived from the spec live here and are imported
by the generated code through the templates:

* :mod:`simplymeet_runtime.transport` -- the httpx transport: key kept to the API's origin, bounded bodies,
  retries, a total deadline; :mod:`simplymeet_runtime.retry` -- the retry policy it follows;
* :mod:`simplymeet_runtime.drift` -- reading responses that differ from the spec, and reporting it;
* :mod:`simplymeet_runtime.exceptions` -- the root error class and the transport's errors;
* :mod:`simplymeet_runtime.pagination` -- page iterators, sync and async (bounded concurrency);
* :mod:`simplymeet_runtime.wire` -- request-side checks of integer arguments and formatting of dates and
  ``Y-m-d H:i:s`` date-times.

Nothing here imports the generated package but its two users, the command line (``cli``) and the pytest
plugin (``pytest_plugin``); the client core never imports the CLI, the sandbox or the drift report. Both rules
are import-linter contracts (``.importlinter``), checked by ``make test``.
"""

import logging

# A library attaches only a NullHandler: its records go where the application's logging sends them, and nowhere
# (not logging's last-resort stderr handler) when it has none. SIMPLYMEET_LOG adds a stderr handler on request.
logging.getLogger("simplymeet_client").addHandler(logging.NullHandler())

_EXPORTS = {
    "DEFAULT_CONCURRENCY": "pagination",
    "MAX_ON_PAGE": "pagination",
    "aiterate_pages": "pagination",
    "iterate_pages": "pagination",
    "RetryPolicy": "retry",
    "parse_retry_after": "retry",
    "ApiKeyAuth": "transport",
    "ApiTransport": "transport",
    "check_int": "wire",
    "format_date": "wire",
    "format_local_datetime": "wire",
}


def __getattr__(name: str) -> object:  # loaded on first use: the command line starts without httpx
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = list(_EXPORTS)
