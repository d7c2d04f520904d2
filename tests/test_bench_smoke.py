"""`make bench` at tiny sizes: every measurement runs and the report is complete (numbers are not judged here)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.run import main


def test_bench_smoke(tmp_path: Path) -> None:
    results = main(["--smoke", "--out", str(tmp_path)])
    written = json.loads((tmp_path / "results.json").read_text())
    assert written == json.loads(json.dumps(results))
    assert (tmp_path / "results.png").read_bytes().startswith(b"\x89PNG")
    parse = results["parse"]
    assert set(parse["us_per_event"]) == {
        "json.loads",
        "orjson.loads",
        "this client",
        "this client, exact path",
        "this client, exact path (json.loads)",
        "stock openapi-python-client",
        "msgspec (Structs from the spec)",
        "pydantic v2 (model_validate_json)",
        "pydantic v2, e-mails as str",
    }
    assert all(value > 0 for value in parse["us_per_event"].values())
    assert parse["ratio_to_msgspec"]["msgspec (Structs from the spec)"] == 1.0
    assert set(parse["bodies"]) == {
        "drifting page (one undeclared key per event)",
        "page with optional keys absent",
        "webhook delivery",
        "HAL meeting-types page (100 items)",
    }
    assert all(
        row["ratio_to_msgspec"] > 0 and set(row["ms"]) == {"this client", "msgspec"} for row in parse["bodies"].values()
    )
    listing = results["listing"]
    assert set(listing["seconds"]) >= {"naive raw-httpx loop", "sync iterator", "async iterator, concurrency 4"}
    floor = listing["floor_seconds"]["async iterator, concurrency 4"]
    assert floor == listing["latency_ms"] / 1000 * (1 + -(-(listing["pages"] - 1) // 4))
    assert all(ratio > 0 for ratio in listing["ratio_to_floor"].values())
    assert results["connections"] == {"calls": 5, "tcp_connections": 1}  # keep-alive: one connection
    assert results["generate_import"]["generate_seconds"] > 0 and results["generate_import"]["import_ms"] > 0
    assert results["drift"]["har_entries"] == 20 and results["drift"]["har_seconds"] > 0
    assert results["drift"]["page_events"] == 5 and results["drift"]["page_ms"] > 0
    memory = results["memory"]["peak_rss_mib"]
    assert set(memory) == {"sync iterator", "async iterator, concurrency 8"}
    assert all(list(peaks) == ["15", "45"] for peaks in memory.values())  # 3 and 9 pages of 5 events, all listed
    assert all(mib > 10 for peaks in memory.values() for mib in peaks.values())


def test_the_readme_states_the_ratios_of_the_committed_run() -> None:
    """The README's parse table is what `make bench` wrote from bench/results.json, not figures typed by hand."""
    from bench.run import ROOT, readme_block

    results = json.loads((ROOT / "bench" / "results.json").read_text())
    assert readme_block(results) in (ROOT / "docs" / "performance.md").read_text()
