"""generated/ is exactly what `make generate` writes from the spec, templates and config."""

from __future__ import annotations

import filecmp
from pathlib import Path

from tools import ROOT
from tools.generate import PACKAGE, render


def _files(base: Path) -> set[str]:
    return {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_generated_package_is_fresh(tmp_path: Path) -> None:
    fresh = render(tmp_path)
    committed = ROOT / "generated" / PACKAGE
    fresh_files, committed_files = _files(fresh), _files(committed)
    differing = sorted(
        name for name in fresh_files & committed_files if not filecmp.cmp(fresh / name, committed / name, shallow=False)
    )
    problems = (
        [f"missing from generated/: {n}" for n in sorted(fresh_files - committed_files)]
        + [f"stale file in generated/: {n}" for n in sorted(committed_files - fresh_files)]
        + [f"differs: {n}" for n in differing]
    )
    assert not problems, "generated/ is stale; run `make generate` and commit:\n" + "\n".join(problems)
    assert "py.typed" in committed_files
