"""generated/ is exactly what `make generate` writes from the spec, templates and config; published/ is exactly what
`make publish` (which `make generate` runs too) writes from them."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest
import yaml

from tools import NODE_BIN, ROOT, spec_products
from tools.generate import PACKAGE, render


def _files(base: Path) -> set[str]:
    return {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _differences(fresh: Path, committed: Path, where: str) -> list[str]:
    fresh_files, committed_files = _files(fresh), _files(committed)
    differing = sorted(
        name for name in fresh_files & committed_files if not filecmp.cmp(fresh / name, committed / name, shallow=False)
    )
    return (
        [f"missing from {where}: {n}" for n in sorted(fresh_files - committed_files)]
        + [f"stale file in {where}: {n}" for n in sorted(committed_files - fresh_files)]
        + [f"differs: {n}" for n in differing]
    )


def test_generated_package_is_fresh(tmp_path: Path) -> None:
    fresh = render(tmp_path)
    committed = ROOT / "generated" / PACKAGE
    problems = _differences(fresh, committed, "generated/")
    assert not problems, "generated/ is stale; run `make generate` and commit:\n" + "\n".join(problems)
    assert "py.typed" in _files(committed)


@pytest.mark.node
@pytest.mark.skipif(
    not (NODE_BIN / "redocly").exists(),
    reason="the bundles and the TypeScript types need the Node tools: `make node-deps` (make test installs them)",
)
def test_published_folder_is_fresh(tmp_path: Path) -> None:
    fresh = spec_products.publish(tmp_path / "published")
    problems = _differences(fresh, spec_products.PUBLISHED, "published/")
    assert not problems, "published/ is stale; run `make generate` (or `make publish`) and commit:\n" + "\n".join(
        problems
    )
    assert {"openapi/simplymeet.openapi.json", "typescript/simplymeet.d.ts", "conformance/requests.json"} <= _files(
        spec_products.PUBLISHED
    )


def test_shipped_spec_can_be_reviewed_in_a_diff() -> None:
    # The package's openapi.json: one value per line, keys in the YAML's order, so a diff reads like the spec's.
    text = (ROOT / "generated" / PACKAGE / "openapi.json").read_text()
    source = yaml.safe_load((ROOT / "openapi" / "simplymeet.yaml").read_text())
    shipped = json.loads(text)
    assert shipped == source
    assert list(shipped["components"]["schemas"]) == list(source["components"]["schemas"])
    assert list(shipped["paths"]) == list(source["paths"])
    assert len(text.splitlines()) > 5000  # one line before
    assert text.startswith('{\n  "openapi": "3.1.0",\n  "info": {\n')


def test_every_generated_file_is_rendered_from_a_template() -> None:
    """One pipeline: what openapi-python-client does not make comes from templates/project/, not from strings."""
    committed = ROOT / "generated" / PACKAGE
    upstream = {"__init__.py", "client.py", "types.py", "errors.py"}
    own = ROOT / "templates" / "project"
    for name in sorted(_files(committed)):
        if name in upstream or name.startswith(("api/", "models/")):
            continue
        template = own / "resources" / "resource.py.jinja" if name.startswith("resources/") else None
        if not (own / f"{name}.jinja").exists():
            assert template is not None, f"{name}: no template in templates/project/"
    for tool in ("generate.py", "resources_gen.py"):
        source = (ROOT / "tools" / tool).read_text()
        assert "'''" not in source and "from __future__ import annotations\\n" not in source, tool
