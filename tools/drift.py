"""``make drift`` / ``python -m tools.drift PATH [--json]``: recorded traffic against openapi/simplymeet.yaml.

The report itself ships in the package (:mod:`simplymeet_runtime.drift_report`, ``simplymeet drift``); this is the
checkout's entry point, against the source spec instead of the one the package was generated from.
"""

from __future__ import annotations

import sys
from pathlib import Path

from simplymeet_runtime import drift_report
from simplymeet_runtime.drift_report import (
    Checker,
    Exchange,
    Finding,
    InputError,
    Operation,
    example_of,
    iter_lines,
    load,
    mask,
)
from tools import SPEC

__doc__ = (__doc__ or "") + "\n" + (drift_report.__doc__ or "")


class Spec(drift_report.Spec):
    """The source spec by default."""

    @classmethod
    def load(cls, path: Path = SPEC) -> Spec:
        return cls(drift_report.Spec.load(path).document)


def run(
    path: Path,
    spec: drift_report.Spec | None = None,
    *,
    origins: tuple[str, ...] = (),
    ignored: drift_report.Ignored | None = None,
) -> tuple[list[Finding], int]:
    return drift_report.run(path, spec or Spec.load(), origins=origins, ignored=ignored)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--apply" in args:  # make drift-apply: the findings into the spec, checked in a scratch copy, then replaced
        args.remove("--apply")
        origins: list[str] = []
        while "--origin" in args:
            at = args.index("--origin")
            if at + 1 >= len(args):
                break
            origins.append(args.pop(at + 1))
            args.pop(at)
        if len(args) != 1 or args[0].startswith("-"):
            print("usage: python -m tools.drift PATH --apply [--origin URL]...", file=sys.stderr)
            return 2
        from tools import drift_apply

        ignored = drift_report.Ignored()
        try:
            findings, _ = run(Path(args[0]), origins=tuple(origins), ignored=ignored)
        except InputError as exc:
            print(f"drift: cannot read {exc}", file=sys.stderr)
            return 2
        if ignored.line():
            print(ignored.line(), file=sys.stderr)
        return drift_apply.main(Path(args[0]), findings, origins=tuple(origins))
    from simplymeet_runtime.cli import json_text, visible  # what a HAR carries, shown as the CLI shows it

    return drift_report.main(args, spec=Spec.load(), shown=visible, json_text=json_text)


__all__ = [
    "Checker",
    "Exchange",
    "Finding",
    "InputError",
    "Operation",
    "Spec",
    "example_of",
    "iter_lines",
    "load",
    "main",
    "mask",
    "run",
]

if __name__ == "__main__":
    sys.exit(main())
