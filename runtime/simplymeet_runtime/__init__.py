"""Hand-written runtime of simplymeet-client.

The generated package ``simplymeet_client`` (under ``generated/``) is rebuilt from the spec by
``make generate``; the few behaviours that are not derived from the spec live here and are imported
by the generated code through the templates:

* :mod:`simplymeet_runtime.retry` -- the retrying httpx transport and its policy;
* :mod:`simplymeet_runtime.pagination` -- page iterators, sync and async (bounded concurrency);
* :mod:`simplymeet_runtime.wire` -- request-side checks of integer arguments and formatting of dates and
  ``Y-m-d H:i:s`` date-times.

Nothing here imports the generated package, so it can be tested on its own.
"""

from .pagination import DEFAULT_CONCURRENCY, MAX_ON_PAGE, aiterate_pages, iterate_pages
from .retry import RetryPolicy, RetryTransport, parse_retry_after
from .wire import check_int, format_date, format_local_datetime

__all__ = [
    "DEFAULT_CONCURRENCY",
    "MAX_ON_PAGE",
    "RetryPolicy",
    "RetryTransport",
    "aiterate_pages",
    "check_int",
    "format_date",
    "format_local_datetime",
    "iterate_pages",
    "parse_retry_after",
]
