"""Project tooling (run as modules from the project root: ``python -m tools.generate`` and so on)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The project root (the checkout)."""
NODE_BIN = ROOT / "node" / "node_modules" / ".bin"
"""The pinned Node tools (``make node-deps``): prism, spectral, redocly, openapi-typescript, tsc."""
SPEC = ROOT / "openapi" / "simplymeet.yaml"
"""The spec: the source of truth everything else is built from."""

# The tools run from a checkout (`python -m tools.x`); those that use the client or its runtime (drift, record,
# bench) import this checkout's packages, which are not installed in the development environment.
for _package_root in (ROOT / "generated", ROOT / "runtime"):
    if str(_package_root) not in sys.path:
        sys.path.append(str(_package_root))
