"""Regenerate the client from openapi/simplymeet.yaml.

    python -m tools.generate            # rewrite generated/simplymeet_client
    python -m tools.generate --out DIR  # write DIR/simplymeet_client instead (freshness test)

The output is deterministic: openapi-python-client renders the spec with our templates/ into a
temporary directory, ruff fixes and formats it with this project's settings, and the result
replaces the target package whole. Nothing in generated/ is edited by hand.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import ROOT, SPEC

PACKAGE = "simplymeet_client"
BIN = Path(sys.executable).parent


def render(dest: Path) -> Path:
    """Render the package into ``dest/PACKAGE`` and return that path."""
    target = dest / PACKAGE
    subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(ROOT / "templates"),
            "--meta",
            "none",
            "--fail-on-warning",
            "--output-path",
            str(target),
        ],
        check=True,
        cwd=dest,
        stdout=subprocess.DEVNULL,
    )
    ruff = [str(BIN / "ruff"), "--config", str(ROOT / "ruff-generated.toml")]
    subprocess.run([*ruff[:1], "check", *ruff[1:], "--fix-only", "--quiet", str(target)], check=True)
    subprocess.run([*ruff[:1], "format", *ruff[1:], "--quiet", str(target)], check=True)
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    (target / "py.typed").write_text("# Marker file for PEP 561\n")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        rendered = render(Path(tmp))
        final = args.out / PACKAGE
        shutil.rmtree(final, ignore_errors=True)
        shutil.copytree(rendered, final)
    print(f"generated {final.relative_to(ROOT) if final.is_relative_to(ROOT) else final}")


if __name__ == "__main__":
    main()
