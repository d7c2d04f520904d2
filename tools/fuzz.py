"""``make fuzz``: schemathesis (pinned) against the sandbox, every phase, every check; a summary; exit 1 on any failure.

    python -m tools.fuzz [--max-examples 300] [--seed 30] [--phases examples,coverage,fuzzing,stateful]
    python -m tools.fuzz --url http://127.0.0.1:4010     # a sandbox already running; key in SIMPLYMEET_API_KEY
    python -m tools.fuzz --root ../other-checkout        # that checkout's sandbox (its generated/ and runtime/)
    python -m tools.fuzz -- --include-operation-id listEvents   # after --: more options of `schemathesis run`

By default the tool serves ``FakeSimplyMeet(seed=0)`` itself on a free port of 127.0.0.1 and runs
``schemathesis run`` on ``openapi/simplymeet.yaml`` against it with ``tools/fuzz.toml`` (the API key through the
environment, one worker, no example database), a fixed seed, and the ndjson and JUnit reports in ``--report-dir``.
schemathesis's own output goes to ``schemathesis.log`` there (``--verbose``: to the terminal as well). Then it
prints the summary read from the ndjson report: cases per phase, failing cases per check, dropped connections and
other errors, and each distinct failure (operation, check, status) with a reproducing request and the answer,
also written to ``summary.txt`` there. Exit status: 0 clean; 1 any failure, error or dropped connection; 2 bad usage.
"""

from __future__ import annotations

import argparse
import base64
import collections
import contextlib
import dataclasses
import json
import os
import socketserver
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tools import ROOT

CONFIG = ROOT / "tools" / "fuzz.toml"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
DEFAULT_SEED = 30
DEFAULT_EXAMPLES = 300
KEY_ENV = "SIMPLYMEET_API_KEY"


@dataclasses.dataclass
class Finding:
    """One distinct failure: what failed where, how often, and the first case that showed it."""

    operation: str
    check: str
    title: str
    status: int | None
    message: str
    request: str
    response: str
    phases: set[str] = dataclasses.field(default_factory=set)
    cases: int = 0


@dataclasses.dataclass
class Summary:
    """What one run did, read from its ndjson report."""

    cases: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    requests: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    failing_checks: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    checks_run: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    findings: dict[tuple[str, str, str, int | None], Finding] = dataclasses.field(default_factory=dict)
    errors: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)
    """(phase, operation, message) of each error schemathesis reported."""
    dropped: dict[str, tuple[int, str]] = dataclasses.field(default_factory=dict)
    """Requests that got no answer, per operation: how many, and the first of them."""
    filtered: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    """positive_data_acceptance failures dropped as legitimate refusals (tools/fuzz_hooks.py), per operation."""
    scenario_errors: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    """Scenarios (an operation's cases, a stateful sequence) that ended in an error, per phase."""

    @property
    def failures(self) -> int:
        return sum(self.failing_checks.values())


def _decode(value: Any, limit: int = 240) -> str:
    """A recorded body as one line of at most ``limit`` characters."""
    if not isinstance(value, dict) or "$base64" not in value:
        return ""
    text = " ".join(base64.b64decode(value["$base64"]).decode("utf-8", "replace").split())
    return text if len(text) <= limit else text[:limit] + "..."


def _request_line(interaction: dict[str, Any]) -> str:
    request = interaction.get("request") or {}
    line = f"{request.get('method', '?')} {request.get('uri', '?')}"
    body = _decode(request.get("body"))
    return f"{line} {body}" if body else line


def read_report(path: Path) -> Summary:
    """The summary of the ndjson report at ``path``."""
    summary = Summary()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            event = json.loads(line)
            if "NonFatalError" in event:
                error = event["NonFatalError"]
                value = error.get("value") or {}
                message = f"{value.get('type', 'Error')}: {value.get('message', '')}"
                summary.errors.append((error.get("phase") or "?", error.get("label") or "?", message))
            if "ScenarioFinished" not in event:
                continue
            scenario = event["ScenarioFinished"]
            phase = scenario["phase"]
            recorder = scenario.get("recorder") or {}
            cases = recorder.get("cases") or {}
            interactions = recorder.get("interactions") or {}
            summary.cases[phase] += sum(1 for case in cases.values() if not case.get("parent_id"))
            summary.requests[phase] += len(interactions)
            for case_id, count in (recorder.get("filtered_failures") or {}).items():
                value = (cases.get(case_id) or {}).get("value") or {}
                summary.filtered[f"{value.get('method', '?')} {value.get('path', '?')}"] += count
            if scenario.get("status") == "error":
                summary.scenario_errors[phase] += 1
            for case_id, interaction in interactions.items():
                if interaction.get("response") is None:
                    value = (cases.get(case_id) or {}).get("value") or {}
                    operation = f"{value.get('method', '?')} {value.get('path', '?')}"
                    count, first = summary.dropped.get(operation, (0, _request_line(interaction)))
                    summary.dropped[operation] = (count + 1, first)
            for case_id, checks in (recorder.get("checks") or {}).items():
                for check in checks:
                    summary.checks_run[check["name"]] += 1
                    if check["status"] != "failure":
                        continue
                    summary.failing_checks[check["name"]] += 1
                    failure = (check.get("failure_info") or {}).get("failure") or {}
                    interaction = interactions.get(case_id) or {}
                    response = interaction.get("response") or {}
                    status = response.get("status_code")
                    operation = failure.get("operation") or recorder.get("label", "?")
                    key = (operation, check["name"], failure.get("title", ""), status)
                    finding = summary.findings.get(key)
                    if finding is None:
                        finding = summary.findings[key] = Finding(
                            operation=operation,
                            check=check["name"],
                            title=failure.get("title", ""),
                            status=status,
                            message=" ".join(str(failure.get("message", "")).split())[:300],
                            request=_request_line(interaction),
                            response=_decode(response.get("content")),
                        )
                    finding.phases.add(phase)
                    finding.cases += 1
    return summary


def render(summary: Summary, code: int) -> str:
    """The summary as text: cases per phase, failing cases per check, errors, distinct failures; ``code`` is
    schemathesis's exit status."""
    out = ["", "== fuzz summary =="]
    total = 0
    for phase in PHASES:
        if phase in summary.cases or phase in summary.requests:
            out.append(f"  {phase:<9} {summary.cases[phase]:>6} cases, {summary.requests[phase]:>6} requests")
            total += summary.cases[phase]
    out.append(f"  {'total':<9} {total:>6} cases, {sum(summary.requests.values()):>6} requests")
    out.append("checks (failing cases / checked):")
    for name in sorted(summary.checks_run):
        out.append(f"  {name:<30} {summary.failing_checks[name]:>6} / {summary.checks_run[name]}")
    dropped = sum(count for count, _ in summary.dropped.values())
    out.append(f"dropped connections (requests without an answer): {dropped}")
    for operation, (count, first) in sorted(summary.dropped.items()):
        out.append(f"  {operation}: {count}, first: {first}")
    scenarios = ", ".join(f"{phase} {count}" for phase, count in sorted(summary.scenario_errors.items()))
    out.append(f"errors: {len(summary.errors)} reported, scenarios ending in an error: {scenarios or 0}")
    for phase, operation, message in summary.errors:
        out.append(f"  [{phase}] {operation}: {message}")
    filtered = ", ".join(f"{operation} {count}" for operation, count in sorted(summary.filtered.items()))
    out.append(f"dropped as legitimate 422s (tools/fuzz_hooks.py): {sum(summary.filtered.values())}")
    if filtered:
        out.append(f"  {filtered}")
    out.append(f"distinct failures (operation, check, status): {len(summary.findings)}")
    for finding in sorted(summary.findings.values(), key=lambda f: (f.check, f.operation, f.status or 0)):
        phases = ",".join(p for p in PHASES if p in finding.phases)
        out.append(f"  {finding.check} | {finding.operation} | {finding.status} | {finding.cases} cases [{phases}]")
        out.append(f"      {finding.title}: {finding.message}")
        out.append(f"      > {finding.request}")
        out.append(f"      < {finding.status} {finding.response}")
    if (
        not summary.failures
        and not summary.errors
        and not dropped
        and not summary.scenario_errors
        and code == 0
        and total
    ):
        out.append("fuzz: OK")
    else:
        why = f"{summary.failures} failing checks, {dropped} dropped connections, {len(summary.errors)} errors"
        why += f", schemathesis exited {code}"
        out.append(f"fuzz: FAILED ({why}{', no case ran' if not total else ''})")
    return "\n".join(out)


def _record_server_errors() -> list[str]:
    """Keep the last line of each traceback of an http.server sandbox's request handlers (what dropped a
    connection) for the summary. (A checkout from before the sandbox moved to uvicorn; uvicorn answers a 500
    instead, which not_a_server_error counts.)"""
    caught: list[str] = []

    def handle_error(self: socketserver.BaseServer, request: object, client_address: object) -> None:
        caught.append(traceback.format_exc().strip().splitlines()[-1])

    socketserver.BaseServer.handle_error = handle_error  # type: ignore[method-assign]
    return caught


@contextlib.contextmanager
def sandbox(root: Path, seed: int) -> Iterator[tuple[str, str]]:
    """Serve ``FakeSimplyMeet(seed)`` of the checkout at ``root`` on a free port; yields (base URL, key)."""
    # An http.server sandbox (a checkout from before uvicorn) writes the headers and the body of an answer in two
    # segments: with Nagle's algorithm on, every keep-alive request waits out the client's delayed ACK (~40 ms).
    socketserver.StreamRequestHandler.disable_nagle_algorithm = True
    for package_root in (root / "runtime", root / "generated"):
        sys.path.insert(0, str(package_root))
    from simplymeet_client.testing import FakeSimplyMeet

    fake = FakeSimplyMeet(seed=seed)
    with fake.serve(port=0) as url:
        yield url, fake.api_key


def run(
    url: str,
    key: str,
    *,
    spec: Path,
    seed: int,
    max_examples: int,
    phases: str,
    report_dir: Path,
    verbose: bool,
    extra: list[str],
) -> tuple[int, Path | None]:
    """Run schemathesis once; its exit status and the ndjson report (None if it wrote none)."""
    report_dir.mkdir(parents=True, exist_ok=True)
    ndjson = report_dir / "fuzz.ndjson"
    ndjson.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--no-color",
        "--config-file",
        str(CONFIG),
        "run",
        str(spec),
        "--url",
        url,
        "--checks",
        "all",
        "--phases",
        phases,
        "--seed",
        str(seed),
        "--max-examples",
        str(max_examples),
        "--report",
        "ndjson,junit",
        "--report-ndjson-path",
        str(ndjson),
        "--report-junit-path",
        str(report_dir / "junit.xml"),
        *extra,
    ]
    env = {**os.environ, KEY_ENV: key, "PYTHONHASHSEED": "0", "PYTHONUNBUFFERED": "1"}
    with (report_dir / "schemathesis.log").open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT
        )
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            if verbose:
                sys.stdout.write(line)
        code = process.wait()
    return code, ndjson if ndjson.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=DEFAULT_EXAMPLES, help="cases per operation and phase")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="schemathesis's seed")
    parser.add_argument("--phases", default=",".join(PHASES))
    parser.add_argument("--url", help=f"fuzz a sandbox already running there (its key in ${KEY_ENV})")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose sandbox to serve")
    parser.add_argument("--spec", type=Path, help="the spec to fuzz by (default: ROOT/openapi/simplymeet.yaml)")
    parser.add_argument("--sandbox-seed", type=int, default=0, help="the seed of the sandbox's data set")
    parser.add_argument("--report-dir", type=Path, default=ROOT / "dist" / "fuzz")
    parser.add_argument("--verbose", action="store_true", help="schemathesis's output to the terminal too")
    argv = sys.argv[1:] if argv is None else argv
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: len(argv) - len(extra) - 1] if "--" in argv else argv)
    unknown = set(args.phases.split(",")) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
    spec = args.spec or args.root / "openapi" / "simplymeet.yaml"
    options: dict[str, Any] = {
        "spec": spec.resolve(),
        "seed": args.seed,
        "max_examples": args.max_examples,
        "phases": args.phases,
        "report_dir": args.report_dir.resolve(),
        "verbose": args.verbose,
        "extra": extra,
    }
    server_errors: list[str] = []
    if args.url:
        key = os.environ.get(KEY_ENV)
        if not key:
            parser.error(f"--url needs the sandbox's key in ${KEY_ENV}")
        code, report = run(args.url, key, **options)
    else:
        server_errors = _record_server_errors()
        with sandbox(args.root.resolve(), args.sandbox_seed) as (url, key):
            print(f"fuzz: schemathesis on {url} (sandbox of {args.root.resolve()}), seed {args.seed}", flush=True)
            code, report = run(url, key, **options)
    print(f"fuzz: schemathesis exited {code}; log, ndjson and JUnit reports in {args.report_dir}")
    if report is None:
        print("fuzz: schemathesis wrote no report", file=sys.stderr)
        return 1
    summary = read_report(report)
    text = render(summary, code)
    if server_errors:
        text += f"\nsandbox exceptions (each dropped its connection): {len(server_errors)}"
        for line, count in collections.Counter(server_errors).most_common():
            text += f"\n  {count} x {line}"
        text += "\nfuzz: FAILED (the sandbox raised)"
    print(text)
    (args.report_dir / "summary.txt").write_text(text + "\n", encoding="utf-8")
    return 0 if text.endswith("fuzz: OK") and not server_errors else 1


if __name__ == "__main__":
    sys.exit(main())
