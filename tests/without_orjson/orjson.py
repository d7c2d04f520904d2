"""Put first on PYTHONPATH by ``make test``'s second run, so that ``import orjson`` fails everywhere from the
interpreter's start, as in the default ``pip install`` (no ``fast`` extra, nothing else pulling orjson in)."""

raise ImportError("orjson is hidden for this run (tests/without_orjson)")
