"""How far templates/ is from openapi-python-client's own templates (``make templates-diff``).

    python -m tools.templates_diff           # per template: the unified diff against upstream, then a count each
    python -m tools.templates_diff --total   # only the counts and the total

A template's count is the number of changed lines (``diff upstream ours | grep -c '^[<>]'``: removed plus added);
a template upstream does not have counts whole. Upstream is the installed generator's package, so after bumping
its pin this shows exactly what has to be merged. The project keeps the total at or below ``LIMIT``.

``templates/project/`` is not counted: the project's own templates, for what openapi-python-client does not make
(resources, clients, command index, testing, spec and webhooks modules); they have no upstream to stay close to.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

import openapi_python_client

from tools import ROOT

OURS = ROOT / "templates"
OWN = OURS / "project"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
LIMIT = 350


def changed_lines(upstream: list[str], ours: list[str]) -> int:
    """Removed plus added lines between two versions of a file."""
    return sum(
        (i2 - i1) + (j2 - j1)
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, upstream, ours, autojunk=False).get_opcodes()
        if tag != "equal"
    )


def counts() -> dict[str, int]:
    result = {}
    for path in sorted(OURS.rglob("*.jinja")):
        if path.is_relative_to(OWN):
            continue
        name = str(path.relative_to(OURS))
        ours = path.read_text().splitlines()
        theirs = (UPSTREAM / name).read_text().splitlines() if (UPSTREAM / name).exists() else []
        result[name] = changed_lines(theirs, ours)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", action="store_true", help="only the counts")
    args = parser.parse_args()
    found = counts()
    if not args.total:
        for name in found:
            upstream = UPSTREAM / name
            theirs = upstream.read_text().splitlines(keepends=True) if upstream.exists() else []
            ours = (OURS / name).read_text().splitlines(keepends=True)
            sys.stdout.writelines(difflib.unified_diff(theirs, ours, f"upstream/{name}", f"templates/{name}"))
    version = openapi_python_client.__version__
    print(f"\nchanged lines against openapi-python-client {version}'s templates:")
    for name, count in found.items():
        print(f"  {count:5}  {name}{'' if (UPSTREAM / name).exists() else '  (new)'}")
    total = sum(found.values())
    print(f"  {total:5}  total (limit {LIMIT})")
    if total > LIMIT:
        sys.exit(f"templates/ differs from upstream by {total} lines, more than {LIMIT}")


if __name__ == "__main__":
    main()
